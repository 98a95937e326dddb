/** Feed parsing and article identity: pure functions over feed bodies and URLs. */
export { ArticleUrlError, articleIdForUrl, canonicalizeUrl } from './canonical-url';
export { type FeedDate, parseFeedDate } from './dates';
export {
  decodeEntities,
  findCanonicalLink,
  htmlToText,
  looksLikeHtml,
  normaliseWhitespace,
} from './html-text';
export { judgeEnglish, type LanguageVerdict } from './language';
export { detectFeedFormat, parseFeed } from './parse-feed';
export {
  CONCRETE_FEED_FORMATS,
  type ConcreteFeedFormat,
  type FeedFormat,
  type FeedItem,
  FeedParseError,
  type ParsedFeed,
  type ParseFeedOptions,
} from './types';
