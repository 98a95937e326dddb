/**
 * HTML to plain text for feed summaries, and the canonical link of a page. Feeds embed escaped HTML
 * (sometimes with scripts); the extractor wants sentences, so markup, scripts and styles go and
 * entities are decoded. Deliberately small: full pages go through Readability in the web adapter.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  ntilde: 'ñ',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
};

/** Elements whose content is never text a reader sees. */
const INVISIBLE_ELEMENTS = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head'];
/** Elements that end a line of text (so words on either side do not run together). */
const BLOCK_TAG =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article|header|footer|figure|figcaption|pre|hr|table)\b[^>]*>/gi;

function codePointText(code: number): string {
  // Lone surrogates, NUL and out-of-range numbers decode to nothing rather than to garbage.
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return '';
  return String.fromCodePoint(code);
}

/** Decode HTML character references (named ones from a short table, all numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return codePointText(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Collapse runs of spaces, keep paragraph breaks as single newlines. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/[\t\f\v\r \u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/** Plain text of an HTML fragment: invisible elements dropped, tags removed, entities decoded. */
export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?(-->|$)/g, ' ');
  for (const element of INVISIBLE_ELEMENTS) {
    text = text.replace(new RegExp(`<${element}\\b[\\s\\S]*?(</${element}\\s*>|$)`, 'gi'), ' ');
  }
  text = text.replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, ' ');
  return normaliseWhitespace(decodeEntities(text));
}

/** True when the text looks like HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(text);
}

/** The `<link rel="canonical" href>` of a page, resolved against the page URL; undefined when absent. */
export function findCanonicalLink(html: string, pageUrl: string): string | undefined {
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?canonical["'\s>/]/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (!value) continue;
    try {
      const resolved = new URL(decodeEntities(value.trim()), pageUrl);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // An unparseable canonical link is ignored: the page URL stands.
    }
  }
  return undefined;
}
