/**
 * Bytes to text. The charset comes from Content-Type, else a byte-order mark, else the XML prolog
 * or an HTML meta tag, else UTF-8. Decoding is strict: bytes that are not valid in the declared
 * charset are an error (a feed labelled UTF-8 but sent as Latin-1 would otherwise feed the
 * extractor replacement characters), and binary bodies are refused.
 */

export class BodyDecodeError extends Error {
  override readonly name = 'BodyDecodeError';
  constructor(
    readonly kind: 'charset' | 'binary',
    message: string,
  ) {
    super(message);
  }
}

/** Content types that are never text. */
const BINARY_TYPES = /^(image|audio|video|font)\/|^application\/(octet-stream|zip|gzip|pdf|x-tar|wasm)/i;

function charsetParameter(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The encoding an XML prolog or HTML meta tag declares in the first bytes. */
function declaredInDocument(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return (
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ??
    /<meta\b[^>]*\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head)?.[1]
  );
}

export interface DecodedBody {
  text: string;
  charset: string;
  /** Where the charset came from. */
  charsetSource: 'content-type' | 'bom' | 'document' | 'default';
}

/** Decode a response body strictly; throws BodyDecodeError for binary or undecodable bodies. */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  if (contentType && BINARY_TYPES.test(contentType)) {
    throw new BodyDecodeError('binary', `binary content type ${contentType.split(';')[0]}`);
  }
  const fromHeader = charsetParameter(contentType);
  const fromBom = fromHeader ? undefined : bomCharset(bytes);
  const fromDocument = fromHeader || fromBom ? undefined : declaredInDocument(bytes);
  const charset = (fromHeader ?? fromBom ?? fromDocument ?? 'utf-8').toLowerCase();
  const charsetSource = fromHeader ? 'content-type' : fromBom ? 'bom' : fromDocument ? 'document' : 'default';
  if (!charset.startsWith('utf-16') && bytes.subarray(0, 8192).includes(0)) {
    throw new BodyDecodeError('binary', 'body contains NUL bytes: binary, not text');
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new BodyDecodeError('charset', `unsupported charset "${charset}" (from ${charsetSource})`);
  }
  try {
    return { text: decoder.decode(bytes), charset, charsetSource };
  } catch {
    throw new BodyDecodeError('charset', `body is not valid ${charset} (charset from ${charsetSource})`);
  }
}
