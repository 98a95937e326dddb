/**
 * What the ingest run needs from the outside world, as ports: an HTTP fetcher (the web adapter,
 * with its SSRF guard and limits), a page-text extractor, the store's ingestion methods, and a
 * sink for article messages (SQS in AWS). Tests and the local runner plug in the same adapters.
 */
import type { Article } from '../model';
import type { TensionStore } from '../ports/tension-store';

export interface ConditionalGet {
  etag?: string;
  lastModified?: string;
}

export interface FetchRequest extends ConditionalGet {
  /** Accept header (feeds or HTML). */
  accept?: string;
}

export type FetchedResource =
  | {
      status: 'ok';
      /** Final URL after redirects. */
      url: string;
      body: string;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      /** Decoded body size in bytes as received. */
      bytes: number;
    }
  | { status: 'not-modified'; url: string };

export interface ResourceFetcher {
  get(url: string, request?: FetchRequest): Promise<FetchedResource>;
}

/** Main text of an article page (the web adapter uses Readability). */
export interface PageText {
  text: string;
  title?: string;
  /** `<link rel="canonical">` of the page, when it has one. */
  canonicalUrl?: string;
}

export type PageTextExtractor = (html: string, pageUrl: string) => PageText | undefined;

/** The store methods ingestion uses (a TensionStore provides them). */
export type IngestStore = Pick<
  TensionStore,
  'markArticleSeen' | 'forgetArticleSeen' | 'getSourceState' | 'putSourceState'
>;

export interface ArticleSendResult {
  sent: number;
  /** Ids whose text was cut to fit a message. */
  truncated: string[];
}

/** Where new articles go (the articles queue). Throws ArticleSendError naming the ids it could not send. */
export interface ArticleSink {
  send(articles: Article[]): Promise<ArticleSendResult>;
}

/** Raised when some articles could not be handed over; `failedIds` says which. */
export class ArticleSendError extends Error {
  override readonly name = 'ArticleSendError';
  constructor(
    message: string,
    readonly failedIds: string[],
  ) {
    super(message);
  }
}
