/** Input checks: an article the engine cannot read gets a clear ArticleInputError, never a guess. */

/** Thrown for unusable input (empty, too large, binary, HTML); the message says which. */
export class ArticleInputError extends Error {
  override readonly name = 'ArticleInputError';
}

export const MAX_TEXT_CHARS = 1_000_000;

/** Share of control or replacement characters above which text is taken for binary data. */
const MAX_BINARY_RATIO = 0.01;

/** HTML tags that plain news text does not contain; a few of them mean markup was passed in. */
const HTML_TAGS = [
  '<p>',
  '<p ',
  '<div',
  '<br',
  '<html',
  '<body',
  '<span',
  '<a href',
  '<script',
  '<!doctype',
  '<head',
  '<table',
  '<li>',
];

/**
 * Any character the binary check counts (C0 controls but tab, LF and CR; DEL and C1 controls; the
 * replacement character) or NUL: most texts have none, and one native scan says so.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SUSPICIOUS_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/** Validate the body of an article; returns nothing, throws ArticleInputError when unusable. */
export function assertReadableText(text: unknown, title = ''): void {
  if (typeof text !== 'string') throw new ArticleInputError('article text must be a string');
  if (text.length > MAX_TEXT_CHARS) {
    throw new ArticleInputError(
      `article text is too long: ${text.length} characters (limit ${MAX_TEXT_CHARS})`,
    );
  }
  if (text.trim().length === 0 && title.trim().length === 0)
    throw new ArticleInputError('article text is empty');
  const suspicious = SUSPICIOUS_CHAR.test(text) ? countSuspicious(text) : 0;
  if (suspicious > 8 && suspicious / text.length > MAX_BINARY_RATIO) {
    throw new ArticleInputError(
      `article text looks binary: ${suspicious} control or replacement characters in ${text.length}`,
    );
  }
  // Every tag starts with "<": text without one (most text) needs no lowercased copy.
  if (text.indexOf('<') === -1) return;
  const lower = text.slice(0, 20000).toLowerCase();
  let tags = 0;
  for (const tag of HTML_TAGS) {
    let at = lower.indexOf(tag);
    while (at !== -1 && tags < 3) {
      tags++;
      at = lower.indexOf(tag, at + 1);
    }
  }
  if (tags >= 2 || lower.trimStart().startsWith('<!doctype') || lower.trimStart().startsWith('<html')) {
    throw new ArticleInputError('article text looks like HTML: pass the extracted plain text instead');
  }
}

/** Control and replacement characters in the text; throws at a NUL byte. */
function countSuspicious(text: string): number {
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) throw new ArticleInputError('article text looks binary: it contains NUL bytes');
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13) ||
      code === 0xfffd ||
      (code >= 0x7f && code < 0xa0)
    ) {
      suspicious++;
    }
  }
  return suspicious;
}
