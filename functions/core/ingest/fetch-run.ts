/**
 * One fetch of one source, and a run over many: fetch the feed (conditional GET), parse it, give
 * every entry its canonical id, enqueue each new English article exactly once, and report what
 * happened. Plain functions over ports, so the fetcher Lambda, the local runner and the tests run
 * the same code.
 *
 * Failure policy: a source that cannot be fetched or parsed is reported (status 'failed', with the
 * reason) and does not throw: the next scheduled run tries again, and one broken feed never holds
 * up the others. Store and queue failures do throw: the caller's message goes back to its queue.
 * Seen marks of articles that could not be enqueued are released so they are
 * not lost, and the conditional-GET state only advances after the articles are handed over.
 */
import type { SourceConfig } from '../../../lib/config/config-schema';
import { ArticleUrlError, articleIdForUrl, canonicalizeUrl } from '../feeds/canonical-url';
import { judgeEnglish } from '../feeds/language';
import { parseFeed } from '../feeds/parse-feed';
import type { ConcreteFeedFormat, FeedItem } from '../feeds/types';
import type { Article } from '../model';
import type { SourceState } from '../ports/tension-store';
import {
  ArticleSendError,
  type ArticleSink,
  type FetchedResource,
  type IngestStore,
  type PageTextExtractor,
  type ResourceFetcher,
} from './ports';

export interface IngestDeps {
  fetcher: ResourceFetcher;
  store: IngestStore;
  sink: ArticleSink;
  /** Needed for sources with fetchFullText; without it their summaries are used. */
  extractPageText?: PageTextExtractor;
  settings: { seenTtlDays: number };
  now?: () => Date;
}

export interface SourceRunResult {
  sourceId: string;
  status: 'ok' | 'not-modified' | 'failed';
  /** Why the source failed (fetch or parse), for the run summary. */
  error?: string;
  /** Failure group for metrics: a FetchError kind, 'parse', or 'error'. */
  errorKind?: string;
  format?: ConcreteFeedFormat;
  /** Entries read from the feed. */
  seen: number;
  /** Articles enqueued. */
  new: number;
  /** Entries already seen (this run or before). */
  duplicate: number;
  skippedNonEnglish: number;
  /** Entries dropped as unusable (no link, no text, bad URL). */
  skippedInvalid: number;
  /** Articles whose text was cut to fit a message. */
  truncated: number;
  fullTextFetched: number;
  fullTextFailed: number;
  /** Entry-level problems (bad dates, missing links), at most MAX_PROBLEMS. */
  problems: string[];
}

export interface IngestRunSummary {
  sourcesOk: number;
  sourcesNotModified: number;
  sourcesFailed: { sourceId: string; kind: string; reason: string }[];
  seen: number;
  new: number;
  duplicate: number;
  skippedNonEnglish: number;
  skippedInvalid: number;
  truncated: number;
}

const MAX_PROBLEMS = 20;
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

function emptyResult(sourceId: string): SourceRunResult {
  return {
    sourceId,
    status: 'ok',
    seen: 0,
    new: 0,
    duplicate: 0,
    skippedNonEnglish: 0,
    skippedInvalid: 0,
    truncated: 0,
    fullTextFetched: 0,
    fullTextFailed: 0,
    problems: [],
  };
}

function errorKind(error: unknown, fallback: string): string {
  const kind = (error as { kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : fallback;
}

/** Fetch the page of an item and return its text and canonical URL, or undefined when that fails. */
async function fetchPage(item: FeedItem & { url: string }, deps: IngestDeps) {
  if (!deps.extractPageText) return undefined;
  try {
    const page = await deps.fetcher.get(item.url, { accept: PAGE_ACCEPT });
    if (page.status !== 'ok') return undefined;
    return deps.extractPageText(page.body, page.url);
  } catch {
    return undefined;
  }
}

type Verdict =
  | { kind: 'new'; article: Article }
  | { kind: 'duplicate' }
  | { kind: 'non-english' }
  | { kind: 'invalid'; problem: string };

/** Decide what one entry is; marks new articles as seen (so a second source or run skips them). */
async function admitItem(
  item: FeedItem,
  source: SourceConfig,
  deps: IngestDeps,
  run: { ids: Set<string>; now: Date; result: SourceRunResult },
): Promise<Verdict> {
  let canonical: string;
  try {
    canonical = canonicalizeUrl(item.url ?? '');
  } catch (error) {
    if (error instanceof ArticleUrlError) return { kind: 'invalid', problem: error.message };
    throw error;
  }
  let id = articleIdForUrl(canonical);
  if (run.ids.has(id)) return { kind: 'duplicate' };
  run.ids.add(id);
  const ttl = deps.settings.seenTtlDays;
  if (!(await deps.store.markArticleSeen(id, ttl))) return { kind: 'duplicate' };

  let { title, text } = item;
  if (source.fetchFullText && item.url) {
    const page = await fetchPage({ ...item, url: item.url }, deps);
    if (page) {
      run.result.fullTextFetched++;
      text = page.text;
      title ||= page.title ?? '';
      // The page's canonical link beats the feed link: the same story syndicated under two URLs is one id.
      const pageCanonical = page.canonicalUrl ? safeCanonical(page.canonicalUrl) : undefined;
      if (pageCanonical && pageCanonical !== canonical) {
        const pageId = articleIdForUrl(pageCanonical);
        if (run.ids.has(pageId) || !(await deps.store.markArticleSeen(pageId, ttl)))
          return { kind: 'duplicate' };
        run.ids.add(pageId);
        canonical = pageCanonical;
        id = pageId;
      }
    } else {
      run.result.fullTextFailed++;
    }
  }

  if (!judgeEnglish(`${title}\n${text}`, item.language).english) return { kind: 'non-english' };
  return {
    kind: 'new',
    article: {
      id,
      url: canonical,
      title,
      // Feeds such as the GDELT ArtList carry only a headline: it is all the extractor can read.
      text: text || title,
      // An undated entry is taken as published when first seen (feeds list recent stories).
      published: item.published ?? run.now.toISOString(),
      source: source.outlet ?? source.id,
    },
  };
}

function safeCanonical(url: string): string | undefined {
  try {
    return canonicalizeUrl(url);
  } catch {
    return undefined;
  }
}

/** Fetch and enqueue one source. Throws only for store/queue failures (see the module comment). */
export async function ingestSource(source: SourceConfig, deps: IngestDeps): Promise<SourceRunResult> {
  const now = deps.now?.() ?? new Date();
  const result = emptyResult(source.id);
  const previous: SourceState = (await deps.store.getSourceState(source.id)) ?? {};

  let fetched: FetchedResource;
  let items: FeedItem[];
  try {
    fetched = await deps.fetcher.get(source.url, {
      etag: previous.etag,
      lastModified: previous.lastModified,
    });
    if (fetched.status === 'not-modified') {
      result.status = 'not-modified';
      await deps.store.putSourceState(source.id, {
        ...previous,
        lastFetchedAt: now.toISOString(),
        lastStatus: 'not-modified',
      });
      return result;
    }
    const feed = parseFeed(fetched.body, source.format, { now, baseUrl: fetched.url });
    result.format = feed.format;
    result.problems.push(...feed.problems.slice(0, MAX_PROBLEMS));
    result.skippedInvalid += feed.dropped;
    items = feed.items;
  } catch (error) {
    result.status = 'failed';
    result.error = (error as Error).message;
    result.errorKind = errorKind(error, (error as Error).name === 'FeedParseError' ? 'parse' : 'error');
    await deps.store.putSourceState(source.id, {
      ...previous,
      lastFetchedAt: now.toISOString(),
      lastStatus: `failed: ${result.error}`.slice(0, 500),
    });
    return result;
  }

  result.seen = items.length + result.skippedInvalid;
  const run = { ids: new Set<string>(), now, result };
  const articles: Article[] = [];
  for (const item of items) {
    const verdict = await admitItem(item, source, deps, run);
    if (verdict.kind === 'new') articles.push(verdict.article);
    else if (verdict.kind === 'duplicate') result.duplicate++;
    else if (verdict.kind === 'non-english') result.skippedNonEnglish++;
    else {
      result.skippedInvalid++;
      if (result.problems.length < MAX_PROBLEMS) result.problems.push(verdict.problem);
    }
  }

  if (articles.length) {
    try {
      const sent = await deps.sink.send(articles);
      result.truncated = sent.truncated.length;
    } catch (error) {
      const failed = error instanceof ArticleSendError ? error.failedIds : articles.map((a) => a.id);
      // Release the claims so the next run picks these articles up again instead of losing them.
      for (const id of failed) await deps.store.forgetArticleSeen(id);
      throw error;
    }
  }
  result.new = articles.length;
  await deps.store.putSourceState(source.id, {
    ...optionalState(fetched),
    lastFetchedAt: now.toISOString(),
    lastStatus: 'ok',
  });
  return result;
}

function optionalState(fetched: FetchedResource): Pick<SourceState, 'etag' | 'lastModified'> {
  if (fetched.status !== 'ok') return {};
  return {
    ...(fetched.etag ? { etag: fetched.etag } : {}),
    ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
  };
}

/** Add up per-source results into the run summary that is logged and turned into metrics. */
export function summarizeRun(results: SourceRunResult[]): IngestRunSummary {
  const summary: IngestRunSummary = {
    sourcesOk: 0,
    sourcesNotModified: 0,
    sourcesFailed: [],
    seen: 0,
    new: 0,
    duplicate: 0,
    skippedNonEnglish: 0,
    skippedInvalid: 0,
    truncated: 0,
  };
  for (const result of results) {
    if (result.status === 'failed') {
      summary.sourcesFailed.push({
        sourceId: result.sourceId,
        kind: result.errorKind ?? 'error',
        reason: result.error ?? 'unknown',
      });
    } else if (result.status === 'not-modified') summary.sourcesNotModified++;
    else summary.sourcesOk++;
    summary.seen += result.seen;
    summary.new += result.new;
    summary.duplicate += result.duplicate;
    summary.skippedNonEnglish += result.skippedNonEnglish;
    summary.skippedInvalid += result.skippedInvalid;
    summary.truncated += result.truncated;
  }
  return summary;
}

/**
 * Ingest many sources with bounded concurrency (the local runner; in AWS each source is its own
 * SQS message). A source that throws (store or queue failure) is reported as failed too.
 */
export async function runIngest(
  sources: SourceConfig[],
  deps: IngestDeps,
  concurrency = 4,
): Promise<{ results: SourceRunResult[]; summary: IngestRunSummary }> {
  const results: SourceRunResult[] = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      const source = sources[index]!;
      try {
        results[index] = await ingestSource(source, deps);
      } catch (error) {
        results[index] = {
          ...emptyResult(source.id),
          status: 'failed',
          error: (error as Error).message,
          errorKind: errorKind(error, 'infrastructure'),
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, sources.length)) }, worker));
  return { results, summary: summarizeRun(results) };
}
