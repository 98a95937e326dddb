/**
 * Safe HTTP GET for feeds and article pages, on Node's fetch. Every hop is checked by the SSRF
 * guard after DNS resolution; redirects are followed by hand (at most `maxRedirects`); each attempt
 * has a timeout that covers headers and body; bodies are counted while streaming and cut off at
 * `maxBodyBytes` (after decompression, so a gzip bomb stops too); timeouts, network errors, 429
 * and 5xx are retried with jittered exponential backoff; a per-host limit keeps us polite.
 */
import type { FetchedResource, FetchRequest, ResourceFetcher } from '../../core/ingest/ports';
import { BodyDecodeError, decodeBody } from './charset';
import { HostLimiter } from './host-limiter';
import { assertFetchable, BlockedUrlError, type HostLookup } from './ssrf';

export interface WebFetchSettings {
  timeoutMs: number;
  maxBodyBytes: number;
  maxRedirects: number;
  retries: number;
  perHostConcurrency: number;
  userAgent: string;
  allowLoopback: boolean;
}

export type FetchErrorKind =
  | 'blocked'
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'too-large'
  | 'redirect'
  | 'charset'
  | 'binary';

/** A failed fetch; `kind` groups failures for metrics, the message says exactly what happened. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url: string,
    readonly statusCode?: number,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return (
      this.kind === 'timeout' ||
      this.kind === 'network' ||
      (this.kind === 'http-status' && (this.statusCode === 429 || (this.statusCode ?? 0) >= 500))
    );
  }
}

export interface WebFetcherDeps {
  lookup?: HostLookup;
  /** Base of the exponential backoff between retries (default 500 ms). */
  backoffBaseMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const MAX_BACKOFF_MS = 10_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class WebFetcher implements ResourceFetcher {
  private readonly limiter: HostLimiter;

  constructor(
    private readonly settings: WebFetchSettings,
    private readonly deps: WebFetcherDeps = {},
  ) {
    this.limiter = new HostLimiter(settings.perHostConcurrency);
  }

  /** GET a URL, following redirects safely; resolves to the body or to 'not-modified'. */
  async get(url: string, request: FetchRequest = {}): Promise<FetchedResource> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      throw new FetchError('blocked', `not a URL: ${url.slice(0, 200)}`, url);
    }
    const visited = new Set<string>();
    for (let hop = 0; ; hop++) {
      await this.guard(current);
      visited.add(current.href);
      const response = await this.withRetries(current, request);
      if (response.kind === 'redirect') {
        const next = response.location;
        if (hop >= this.settings.maxRedirects) {
          throw new FetchError('redirect', `more than ${this.settings.maxRedirects} redirects`, url);
        }
        if (visited.has(next.href))
          throw new FetchError('redirect', `redirect loop back to ${next.href}`, url);
        current = next;
        continue;
      }
      return response.resource;
    }
  }

  private async guard(url: URL): Promise<void> {
    try {
      await assertFetchable(url, { allowLoopback: this.settings.allowLoopback, lookup: this.deps.lookup });
    } catch (error) {
      if (error instanceof BlockedUrlError) throw new FetchError('blocked', error.message, url.href);
      throw error;
    }
  }

  private async withRetries(url: URL, request: FetchRequest): Promise<Attempt> {
    const sleep = this.deps.sleep ?? defaultSleep;
    const random = this.deps.random ?? Math.random;
    const base = this.deps.backoffBaseMs ?? 500;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.limiter.run(url.host, () => this.attempt(url, request));
      } catch (error) {
        if (!(error instanceof FetchError) || !error.retryable || attempt >= this.settings.retries)
          throw error;
        // Full jitter: spreads retries of many fetchers hitting one struggling host.
        await sleep(random() * Math.min(MAX_BACKOFF_MS, base * 2 ** attempt));
      }
    }
  }

  private async attempt(url: URL, request: FetchRequest): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    const headers: Record<string, string> = {
      'user-agent': this.settings.userAgent,
      accept: request.accept ?? FEED_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    try {
      let response: Response;
      try {
        response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      } catch (error) {
        throw this.transportError(error, url, controller.signal.aborted);
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchError('redirect', `HTTP ${response.status} without Location`, url.href);
        try {
          return { kind: 'redirect', location: new URL(location, url) };
        } catch {
          throw new FetchError(
            'redirect',
            `unusable redirect Location "${location.slice(0, 200)}"`,
            url.href,
          );
        }
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: 'done', resource: { status: 'not-modified', url: url.href } };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(
          'http-status',
          `HTTP ${response.status} from ${url.href}`,
          url.href,
          response.status,
        );
      }
      const bytes = await this.readBody(response, url, controller.signal);
      const contentType = response.headers.get('content-type') ?? undefined;
      let text: string;
      try {
        text = decodeBody(bytes, contentType).text;
      } catch (error) {
        if (error instanceof BodyDecodeError) throw new FetchError(error.kind, error.message, url.href);
        throw error;
      }
      return {
        kind: 'done',
        resource: {
          status: 'ok',
          url: url.href,
          body: text,
          bytes: bytes.byteLength,
          ...optional('contentType', contentType),
          ...optional('etag', response.headers.get('etag')),
          ...optional('lastModified', response.headers.get('last-modified')),
        },
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private async readBody(response: Response, url: URL, signal: AbortSignal): Promise<Uint8Array> {
    const limit = this.settings.maxBodyBytes;
    const declared = Number(response.headers.get('content-length'));
    // Content-Length counts compressed bytes; only an uncompressed length can be refused up front.
    if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > limit) {
      await response.body?.cancel();
      throw new FetchError(
        'too-large',
        `body of ${declared} bytes exceeds the limit of ${limit} bytes`,
        url.href,
      );
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array(0);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limit) {
          await reader.cancel();
          throw new FetchError('too-large', `body exceeds the limit of ${limit} bytes`, url.href);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw this.transportError(error, url, signal.aborted);
    }
    return Buffer.concat(chunks, total);
  }

  private transportError(error: unknown, url: URL, timedOut: boolean): FetchError {
    if (timedOut)
      return new FetchError('timeout', `no complete response within ${this.settings.timeoutMs} ms`, url.href);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    return new FetchError('network', `network error fetching ${url.href}: ${detail}`, url.href);
  }
}

type Attempt = { kind: 'redirect'; location: URL } | { kind: 'done'; resource: FetchedResource };

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
