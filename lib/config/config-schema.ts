/**
 * The one typed configuration of border-tension, shared by the CDK stack (`bin/app.ts`) and the
 * local runner (`npm start`). Every field has a default, so an empty object is a working config.
 *
 * Written with zod/mini (see ./zod-mini.ts) because the Lambdas validate their settings with these
 * same sub-schemas: `z._default(x, v)` is classic `x.default(v)`, `z.prefault(x, v)` is
 * `x.prefault(v)`, `.check(z.minimum(n))` is `.min(n)` and so on, with the same messages.
 */
import { DYAD_PAIR_PATTERN } from '../../functions/core/model';
import * as z from './zod-mini';

export const FEED_FORMATS = ['rss', 'rdf', 'atom', 'jsonfeed', 'gdelt', 'auto'] as const;

/** A whole number in [min, max] (classic `z.number().int().min(min).max(max)`). */
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** A whole number in [min, max] with a default. */
const intDefault = (min: number, max: number, value: number) => z._default(int(min, max), value);

/** A number above zero and at most `max`, with a default. */
const positiveDefault = (max: number, value: number) =>
  z._default(z.number().check(z.positive(), z.maximum(max)), value);

/** A feed to fetch. Built in a pure call, like ConfigSchema: the scorer and the API never build it. */
export const SourceConfigSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Short stable id, used in logs, metrics and the per-source fetch state. */
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes')),
    url: z.url({ protocol: /^https?$/ }),
    format: z._default(z.enum(FEED_FORMATS), 'auto'),
    /** Fetch the article page and extract its main text when the feed only gives a summary. */
    fetchFullText: z._default(z.boolean(), false),
    /** Outlet name, used to tell syndicated copies from independent corroboration. */
    outlet: z.optional(z.string().check(z.maxLength(200))),
  }))();

export type SourceConfig = z.infer<typeof SourceConfigSchema>;

const FunctionSizeSchema = /* @__PURE__ */ (() =>
  z.object({
    memoryMiB: int(128, 10240),
    timeoutSeconds: int(1, 900),
  }))();

/** Queue and batch sizes; the scorer reads `seenTtlDays`. */
export const QueuesSettingsSchema = z.prefault(
  z.object({
    maxReceiveCount: intDefault(1, 50, 5),
    /** Sources per fetcher invocation. */
    batchSize: intDefault(1, 10000, 10),
    /**
     * Articles per scorer invocation. Large on purpose: each dyad a batch touches is rescored, read
     * and written once per batch, so read and write units per article fall as batches grow
     * (docs/benchmarks.md, section 3). Lambda also closes a batch at 6 MB of messages. Above 10,
     * Lambda needs a batching window of at least one second.
     */
    articlesBatchSize: intDefault(1, 10000, 1000),
    /**
     * How long an event source gathers a batch that is not full. Long enough for the fetchers of
     * one scheduled cycle to queue its articles, so the cycle is scored in a batch or two and not
     * in a dozen: alerts wait that much longer, little against a schedule of minutes.
     */
    maxBatchingWindowSeconds: intDefault(0, 300, 30),
    /**
     * Scorer containers the articles queue may run at once (the event source's maximum
     * concurrency, 2-1000). Few on purpose: a container serves a dyad's next rescore from the
     * events it keeps when no other container scored the dyad since, and two containers rescoring
     * one dyad at once pay for refused writes. Each container scores hundreds of articles a second.
     */
    scorerMaxConcurrency: intDefault(2, 1000, 2),
    /** Days the seen-article records live (de-duplication window). */
    seenTtlDays: intDefault(1, 365, 30),
  }),
  {},
);

/** Which dyads are scored beyond land neighbours; the scorer reads it. */
export const DyadsSettingsSchema = z.prefault(
  z.object({
    /** Extra dyads beyond land neighbours (maritime, e.g. CHN-PHL). */
    extraPairs: z._default(z.array(z.string().check(z.regex(DYAD_PAIR_PATTERN, 'a pair like CHN-PHL'))), []),
  }),
  {},
);

/** Settings of the scoring model operators tune per deployment (functions/core/scoring/settings.ts). */
export const ScoringSettingsSchema = z.prefault(
  z.object({
    halfLifeDays: positiveDefault(365, 3),
    /** Trailing window for the anomaly baseline. */
    baselineDays: intDefault(7, 730, 90),
    /** Days of history recomputed when new events arrive for a dyad. */
    recomputeDays: intDefault(1, 365, 30),
    /** Level changes older than this are recorded but not alerted (no alert storm on backfill). */
    alertMaxAgeHours: positiveDefault(87600, 72),
    /**
     * How long a scorer's claim on a level change holds off other scorers while it publishes the
     * alert; must stay below the articles queue's visibility timeout, so a redelivery after a crash
     * can take the claim over.
     */
    alertLeaseSeconds: intDefault(1, 900, 60),
  }),
  {},
);

/** How the fetcher fetches feeds and pages. */
export const FetchSettingsSchema = z.prefault(
  z.object({
    timeoutMs: intDefault(100, 120000, 10000),
    maxBodyBytes: intDefault(1024, 50 * 1024 * 1024, 5 * 1024 * 1024),
    maxRedirects: intDefault(0, 5, 5),
    retries: intDefault(0, 5, 2),
    perHostConcurrency: intDefault(1, 16, 2),
    userAgent: z._default(
      z.string().check(z.minLength(1)),
      'border-tension/0.1 (+https://github.com/border-tension/border-tension)',
    ),
    /** SSRF guard exception, for the local runner only: allow loopback addresses. */
    allowLoopback: z._default(z.boolean(), false),
  }),
  {},
);

/**
 * Built in a call marked pure: a Lambda bundle imports only the sections it validates
 * (functions/commons/runtime-settings.ts), and esbuild drops an unused pure call, so the Lambdas do
 * not build the schemas of the whole config at load (a few milliseconds of every cold start).
 */
export const ConfigSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Deployment stage; one stack per stage. `dev` may be destroyed, others retain their table. */
    stage: z._default(
      z
        .string()
        .check(z.regex(/^[a-z][a-z0-9-]{0,15}$/, 'lowercase letter first, then letters, digits or dashes')),
      'dev',
    ),
    sources: z._default(z.array(SourceConfigSchema), []),
    schedule: z.prefault(
      z.object({
        /** How often the dispatcher fans out one message per source. */
        rateMinutes: intDefault(1, 1440, 15),
        /** Scheduler retries when invoking the dispatcher fails, before the event goes to its DLQ. */
        retryAttempts: intDefault(0, 185, 3),
        /** Drop a tick older than this: the next one is due anyway. */
        maxEventAgeMinutes: intDefault(1, 1440, 15),
      }),
      {},
    ),
    queues: QueuesSettingsSchema,
    functions: z.prefault(
      z.object({
        dispatcher: z._default(FunctionSizeSchema, { memoryMiB: 256, timeoutSeconds: 30 }),
        fetcher: z._default(FunctionSizeSchema, { memoryMiB: 512, timeoutSeconds: 120 }),
        scorer: z._default(FunctionSizeSchema, { memoryMiB: 1024, timeoutSeconds: 60 }),
        api: z._default(FunctionSizeSchema, { memoryMiB: 512, timeoutSeconds: 10 }),
      }),
      {},
    ),
    dyads: DyadsSettingsSchema,
    scoring: ScoringSettingsSchema,
    fetch: FetchSettingsSchema,
    api: z.prefault(
      z.object({
        throttleRateLimit: intDefault(1, 10000, 50),
        throttleBurstLimit: intDefault(1, 5000, 100),
      }),
      {},
    ),
    alerts: z.prefault(
      z.object({
        /** E-mail addresses subscribed to level-change alerts. */
        emails: z._default(z.array(z.email()), []),
        /** E-mail addresses subscribed to operational alarms. */
        opsEmails: z._default(z.array(z.email()), []),
        /** HTTPS endpoints subscribed to level-change alerts (they must confirm the subscription). */
        webhookUrls: z._default(z.array(z.url({ protocol: /^https$/ })), []),
        /** Alarm when no article was scored for this many hours. */
        silentPipelineHours: intDefault(1, 168, 6),
        /** Alarm when a dead-letter queue holds at least this many messages. */
        dlqDepthThreshold: intDefault(1, 100000, 1),
        /** Alarm when the oldest message in a work queue is older than this. */
        queueAgeMinutes: intDefault(1, 20160, 60),
        /** Alarm when a consumer Lambda reports at least this many errors in 5 minutes. */
        consumerErrorThreshold: intDefault(1, 100000, 1),
      }),
      {},
    ),
    observability: z.prefault(
      z.object({
        /** CloudWatch namespace of the Powertools metrics (POWERTOOLS_METRICS_NAMESPACE). */
        metricsNamespace: z._default(
          z.string().check(z.regex(/^[A-Za-z0-9._/#:-]{1,255}$/, 'letters, digits and . _ / # : -')),
          'BorderTension',
        ),
        logLevel: z._default(z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']), 'INFO'),
        /** Days Lambda and API access logs are kept. */
        logRetentionDays: z._default(
          z.literal([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653]),
          30,
        ),
        /** Dyads whose tension the dashboard graphs. */
        dashboardDyads: z._default(
          z.array(z.string().check(z.regex(DYAD_PAIR_PATTERN, 'a pair like KGZ-TJK'))).check(z.maxLength(20)),
          [],
        ),
      }),
      {},
    ),
    local: z.prefault(
      z.object({
        port: intDefault(1, 65535, 8787),
        dataDir: z._default(z.string().check(z.minLength(1)), '.border-tension'),
        intervalSeconds: intDefault(5, 86400, 60),
        /**
         * The local event sources' batching window, in place of `queues.maxBatchingWindowSeconds`:
         * the bundled feeds are served from disk, so a cycle's messages are queued within a second
         * and waiting out the deployed window would only hold the run up.
         */
        batchingWindowSeconds: intDefault(0, 300, 1),
      }),
      {},
    ),
  }))();

export type Config = z.infer<typeof ConfigSchema>;
