/**
 * Main text of an article page: Mozilla Readability over linkedom's light DOM (no browser, no
 * script execution). Bounded: pages above `maxHtmlChars` are refused and Readability stops after
 * `maxElemsToParse` elements, so a hostile page cannot hold the fetcher for long.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { findCanonicalLink, htmlToText } from '../../core/feeds';
import type { PageText } from '../../core/ingest/ports';

export interface FullTextLimits {
  maxHtmlChars: number;
  maxElemsToParse: number;
  /** Below this many characters the extraction is judged a failure (menus, paywalls). */
  minTextChars: number;
}

export const DEFAULT_FULL_TEXT_LIMITS: FullTextLimits = {
  maxHtmlChars: 2_000_000,
  maxElemsToParse: 20_000,
  minTextChars: 200,
};

function countStartTags(html: string, stopAfter: number): number {
  const tag = /<[a-z]/gi;
  let count = 0;
  while (tag.exec(html) && count <= stopAfter) count++;
  return count;
}

/** Extract the readable text of a page; undefined when the page has no article-like content. */
export function extractPageText(
  html: string,
  pageUrl: string,
  limits: FullTextLimits = DEFAULT_FULL_TEXT_LIMITS,
): PageText | undefined {
  if (html.length > limits.maxHtmlChars) return undefined;
  // Counted on the markup, before building a DOM: linkedom's getElementsByTagName('*') returns
  // nothing, which would silently disable Readability's own maxElemsToParse check.
  if (countStartTags(html, limits.maxElemsToParse) > limits.maxElemsToParse) return undefined;
  const canonicalUrl = findCanonicalLink(html, pageUrl);
  // linkedom ships loose types (its parseHTML takes `any`); we only need the document.
  const { document } = parseHTML(html) as unknown as { document: Document };
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(document, { maxElemsToParse: limits.maxElemsToParse }).parse();
  } catch {
    // A page Readability cannot handle has no usable text; the feed summary stands.
    return undefined;
  }
  const text = article?.content ? htmlToText(article.content) : '';
  if (text.length < limits.minTextChars) return undefined;
  return {
    text,
    ...(article?.title ? { title: article.title } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
  };
}
