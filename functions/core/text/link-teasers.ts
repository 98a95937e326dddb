/**
 * Links to other stories that scraped pages leave in an article's text ("READ MORE: Tajikistan,
 * Kyrgyzstan agree ceasefire after deadly clashes", "Read moreIntense fighting rages in eastern DR
 * Congo", an explainer's "Explained: What Is The LAC That Led To Deadly Galwan Clashes?"). They are
 * another report's headline, of another day: read as this article's sentences, they date that
 * report's clash to this one's publication.
 */

/** What opens a link to another story. */
const TEASER_OPENER =
  /^\s*(?:(?:read|see) (?:more|also)|also (?:read|see)|related(?: (?:stories|news|articles?|coverage|content))?|recommended(?: (?:stories|reading|for you))?|must read|more on this(?: story)?|you may also like|more stories|explained(?=\s*:))/i;

/** After the opener, a separator, or the headline's capital with no space between (as pages flatten a link). */
const AFTER_OPENER = /^(?:\s*[:|\u2013\u2014>\u00bb-]|[A-Z]|\s*$)/;

/** Is this sentence (a line of the text) a link to another story rather than part of the report? */
export function isLinkTeaser(sentence: string): boolean {
  const opener = TEASER_OPENER.exec(sentence);
  return opener !== null && AFTER_OPENER.test(sentence.slice(opener[0].length));
}
