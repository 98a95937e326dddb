/**
 * Feed parsing: RSS 2.0, RSS 1.0 (RDF), Atom 1.0, JSON Feed 1.1 and the GDELT DOC 2.0 ArtList,
 * into one FeedItem shape. Pure: a body in, items out. Hostile input gets a FeedParseError that
 * says what is wrong; DTD entity declarations are refused outright (billion laughs, external
 * entities), nesting is bounded, and a bad entry is dropped with a reason instead of sinking the feed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeedDate } from './dates';
import { decodeEntities, htmlToText, looksLikeHtml, normaliseWhitespace } from './html-text';
import {
  type ConcreteFeedFormat,
  type FeedFormat,
  type FeedItem,
  FeedParseError,
  type ParsedFeed,
  type ParseFeedOptions,
} from './types';

const DEFAULT_MAX_ITEMS = 500;
const MAX_TITLE = 2000;
const MAX_TEXT = 200_000;
const MAX_NESTED_TAGS = 64;

type Node = unknown;
type Obj = Record<string, unknown>;

/** What parseFeed reads from one entry before normalising (format-specific readers fill it). */
interface RawEntry {
  link: string | undefined;
  title: string;
  text: string;
  date: unknown;
  language?: string;
  guid?: string;
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // DTD entities are refused before parsing; these bounds are a second line of defence.
  processEntities: {
    enabled: true,
    maxEntityCount: 0,
    maxExpandedLength: 100_000,
    maxTotalExpansions: 10_000,
  },
  htmlEntities: false,
  maxNestedTags: MAX_NESTED_TAGS,
  // Atom text constructs keep their raw markup (xhtml content would otherwise lose word order).
  stopNodes: ['feed.entry.content', 'feed.entry.summary', 'feed.entry.title'],
  isArray: (name: string) => name === 'item' || name === 'entry' || name === 'link',
});

function isObj(node: Node): node is Obj {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** Entries of a list; an empty or scalar entry becomes {} so it is reported, not silently lost. */
function asEntries(list: unknown): Obj[] {
  return Array.isArray(list) ? list.map((entry) => (isObj(entry) ? entry : {})) : [];
}

function first(node: Node): Node {
  return Array.isArray(node) ? node[0] : node;
}

/** Text of a parsed XML node: a string, or the #text of an element that also has attributes. */
function textOf(node: Node): string {
  const value = first(node);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObj(value)) return textOf(value['#text']);
  return '';
}

function attr(node: Node, name: string): string | undefined {
  const value = isObj(node) ? node[`@_${name}`] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Plain text of a field that may hold HTML (RSS descriptions, titles with entities). */
function plain(value: string): string {
  return looksLikeHtml(value) ? htmlToText(value) : normaliseWhitespace(decodeEntities(value));
}

/** Raw XML inner text (stop node): CDATA sections kept literally, XML entities decoded elsewhere. */
function unescapeRawXml(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('');
}

/** An Atom text construct (type text | html | xhtml) as plain text. */
function atomText(node: Node): string {
  const value = first(node);
  const raw = textOf(value);
  const type = attr(value, 'type') ?? 'text';
  if (type === 'xhtml') return htmlToText(raw);
  const unescaped = unescapeRawXml(raw);
  return type === 'html' ? htmlToText(unescaped) : normaliseWhitespace(unescaped);
}

// ---- format readers: document → raw entries --------------------------------------------------

function rssEntries(doc: Obj): { entries: Obj[]; language?: string } {
  const channel = first((doc.rss as Obj | undefined)?.channel);
  if (!isObj(channel)) throw new FeedParseError('RSS document has no <channel>');
  const items = channel.item;
  return {
    entries: asEntries(items),
    language: textOf(channel.language) || textOf(channel['dc:language']) || undefined,
  };
}

function rssEntry(item: Obj): RawEntry {
  const guid = textOf(item.guid);
  const permalink = attr(first(item.guid), 'isPermaLink') !== 'false' && /^https?:/i.test(guid) ? guid : '';
  return {
    link: textOf(item.link) || permalink || undefined,
    title: plain(textOf(item.title)),
    text: plain(textOf(item['content:encoded']) || textOf(item.description)),
    date: textOf(item.pubDate) || textOf(item['dc:date']) || undefined,
    language: textOf(item['dc:language']) || undefined,
    guid: guid || undefined,
  };
}

function rdfEntries(doc: Obj): { entries: Obj[]; language?: string } {
  const root = doc['rdf:RDF'] as Obj;
  const channel = first(root.channel);
  const items = root.item;
  return {
    entries: asEntries(items),
    language: isObj(channel) ? textOf(channel['dc:language']) || undefined : undefined,
  };
}

function rdfEntry(item: Obj): RawEntry {
  return {
    link: textOf(item.link) || attr(item, 'rdf:about') || undefined,
    title: plain(textOf(item.title)),
    text: plain(textOf(item['content:encoded']) || textOf(item.description)),
    date: textOf(item['dc:date']) || undefined,
    language: textOf(item['dc:language']) || undefined,
  };
}

function atomEntries(doc: Obj): { entries: Obj[]; language?: string } {
  const feed = doc.feed as Obj;
  const entries = feed.entry;
  return {
    entries: asEntries(entries),
    language: attr(feed, 'xml:lang'),
  };
}

function atomEntry(entry: Obj): RawEntry {
  const links = (Array.isArray(entry.link) ? entry.link : []) as Node[];
  const alternate =
    links.find((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate' && attr(link, 'href')) ??
    links.find((link) => attr(link, 'href'));
  return {
    link: attr(alternate, 'href'),
    title: atomText(entry.title),
    text: atomText(entry.content ?? entry.summary) || atomText(entry.summary),
    date: textOf(entry.published) || textOf(entry.updated) || undefined,
    language: attr(entry, 'xml:lang'),
    guid: textOf(entry.id) || undefined,
  };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function jsonFeedEntry(item: Obj): RawEntry {
  const html = str(item.content_html);
  return {
    link: str(item.url) || str(item.external_url) || undefined,
    title: plain(str(item.title)),
    text: str(item.content_text)
      ? normaliseWhitespace(str(item.content_text))
      : html
        ? htmlToText(html)
        : plain(str(item.summary)),
    date: item.date_published ?? item.date_modified,
    language: str(item.language) || undefined,
    guid: typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : undefined,
  };
}

function gdeltEntry(article: Obj): RawEntry {
  return {
    link: str(article.url) || undefined,
    title: plain(str(article.title)),
    // The ArtList gives no body: the title is the text unless the source fetches full text.
    text: '',
    date: article.seendate,
    language: str(article.language) || undefined,
  };
}

// ---- detection ---------------------------------------------------------------------------------

const XML_ROOTS: Record<string, ConcreteFeedFormat> = { rss: 'rss', 'rdf:RDF': 'rdf', feed: 'atom' };

function refuseHostileXml(body: string): void {
  if (/<!ENTITY/i.test(body)) {
    throw new FeedParseError(
      'document declares XML entities (<!ENTITY>): refused to prevent entity expansion',
    );
  }
  if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]/i.test(body)) {
    throw new FeedParseError('got an HTML page where an XML feed was expected');
  }
}

function parseXml(body: string): { doc: Obj; format: ConcreteFeedFormat } {
  refuseHostileXml(body);
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new FeedParseError(
      `malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
    );
  }
  let doc: Obj;
  try {
    doc = xmlParser.parse(body) as Obj;
  } catch (error) {
    throw new FeedParseError(`unreadable XML: ${(error as Error).message}`);
  }
  const root = Object.keys(doc).find((key) => key in XML_ROOTS);
  if (!root) {
    const found = Object.keys(doc).filter((key) => !key.startsWith('?'));
    throw new FeedParseError(`XML root <${found[0] ?? '?'}> is not a feed (expected rss, rdf:RDF or feed)`);
  }
  return { doc, format: XML_ROOTS[root]! };
}

function parseJson(body: string): { doc: Obj; format: ConcreteFeedFormat } {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    throw new FeedParseError(`malformed JSON: ${(error as Error).message}`);
  }
  if (!isObj(doc)) throw new FeedParseError('JSON feed is not an object');
  if (typeof doc.version === 'string' && doc.version.startsWith('https://jsonfeed.org/version/')) {
    return { doc, format: 'jsonfeed' };
  }
  if (Array.isArray(doc.articles) || Object.keys(doc).length === 0) return { doc, format: 'gdelt' };
  throw new FeedParseError('JSON is neither a JSON Feed (no version) nor a GDELT ArtList (no articles)');
}

function parseDocument(body: string): { doc: Obj; format: ConcreteFeedFormat } {
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') return parseJson(body);
  if (start === '<') return parseXml(body);
  throw new FeedParseError(
    body.trim() ? `not a feed: starts with "${body.trimStart().slice(0, 20)}"` : 'empty response body',
  );
}

// ---- entry point -------------------------------------------------------------------------------

function readEntries(doc: Obj, format: ConcreteFeedFormat): { raw: RawEntry[]; language?: string } {
  switch (format) {
    case 'rss': {
      const { entries, language } = rssEntries(doc);
      return { raw: entries.map(rssEntry), language };
    }
    case 'rdf': {
      const { entries, language } = rdfEntries(doc);
      return { raw: entries.map(rdfEntry), language };
    }
    case 'atom': {
      const { entries, language } = atomEntries(doc);
      return { raw: entries.map(atomEntry), language };
    }
    case 'jsonfeed': {
      const items = asEntries(doc.items);
      return { raw: items.map(jsonFeedEntry), language: str(doc.language) || undefined };
    }
    case 'gdelt': {
      const articles = asEntries(doc.articles);
      return { raw: articles.map(gdeltEntry) };
    }
  }
}

function resolveLink(link: string | undefined, baseUrl: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Parse a feed body. `format` 'auto' detects; a concrete format must match the document. */
export function parseFeed(body: string, format: FeedFormat, options: ParseFeedOptions = {}): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '');
  const { doc, format: detected } = parseDocument(text);
  if (format !== 'auto' && format !== detected) {
    throw new FeedParseError(`configured as ${format} but the document is ${detected}`);
  }
  const now = options.now ?? new Date();
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const { raw, language: feedLanguage } = readEntries(doc, detected);
  const problems: string[] = [];
  const items: FeedItem[] = [];
  let dropped = 0;
  if (raw.length > maxItems)
    problems.push(`${raw.length - maxItems} entries beyond the first ${maxItems} ignored`);
  raw.slice(0, maxItems).forEach((entry, index) => {
    const label = `entry ${index + 1}`;
    const url = resolveLink(entry.link, options.baseUrl);
    if (!url) {
      problems.push(`${label}: no usable http(s) link`);
      dropped++;
      return;
    }
    if (!entry.title && !entry.text) {
      problems.push(`${label}: neither title nor text`);
      dropped++;
      return;
    }
    const date = parseFeedDate(entry.date, now);
    if (date.problem) problems.push(`${label}: ${date.problem}`);
    const item: FeedItem = {
      url,
      title: entry.title.slice(0, MAX_TITLE),
      text: entry.text.slice(0, MAX_TEXT),
      published: date.iso,
    };
    if (date.problem) item.dateProblem = date.problem;
    const language = entry.language ?? feedLanguage;
    if (language) item.language = language;
    if (entry.guid) item.guid = entry.guid.slice(0, 500);
    items.push(item);
  });
  return { format: detected, items, problems, dropped };
}

/** Detect a body's feed format without keeping the items (throws FeedParseError when it is none). */
export function detectFeedFormat(body: string): ConcreteFeedFormat {
  return parseDocument(body.replace(/^\uFEFF/, '')).format;
}
