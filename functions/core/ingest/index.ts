/** Ingestion: fetch sources, admit new articles once, hand them to the articles queue. */
export {
  type IngestDeps,
  type IngestRunSummary,
  ingestSource,
  runIngest,
  type SourceRunResult,
  summarizeRun,
} from './fetch-run';
export {
  ArticleSendError,
  type ArticleSendResult,
  type ArticleSink,
  type ConditionalGet,
  type FetchedResource,
  type FetchRequest,
  type IngestStore,
  type PageText,
  type PageTextExtractor,
  type ResourceFetcher,
} from './ports';
