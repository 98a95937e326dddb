/**
 * The one typed configuration of border-tension, shared by the CDK stack (`bin/app.ts`) and the
 * local runner (`npm start`). Every field has a default, so an empty object is a working config.
 */
import { z } from 'zod';
import { DYAD_PAIR_PATTERN } from '../../functions/core/model';

export const FEED_FORMATS = ['rss', 'rdf', 'atom', 'jsonfeed', 'gdelt', 'auto'] as const;

export const SourceConfigSchema = z.object({
  /** Short stable id, used in logs, metrics and the per-source fetch state. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes'),
  url: z.url({ protocol: /^https?$/ }),
  format: z.enum(FEED_FORMATS).default('auto'),
  /** Fetch the article page and extract its main text when the feed only gives a summary. */
  fetchFullText: z.boolean().default(false),
  /** Outlet name, used to tell syndicated copies from independent corroboration. */
  outlet: z.string().max(200).optional(),
});
export type SourceConfig = z.infer<typeof SourceConfigSchema>;

const FunctionSizeSchema = z.object({
  memoryMiB: z.number().int().min(128).max(10240),
  timeoutSeconds: z.number().int().min(1).max(900),
});

export const ConfigSchema = z.object({
  /** Deployment stage; one stack per stage. `dev` may be destroyed, others retain their table. */
  stage: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,15}$/, 'lowercase letter first, then letters, digits or dashes')
    .default('dev'),
  sources: z.array(SourceConfigSchema).default([]),
  schedule: z
    .object({
      /** How often the dispatcher fans out one message per source. */
      rateMinutes: z.number().int().min(1).max(1440).default(15),
      /** Scheduler retries when invoking the dispatcher fails, before the event goes to its DLQ. */
      retryAttempts: z.number().int().min(0).max(185).default(3),
      /** Drop a tick older than this: the next one is due anyway. */
      maxEventAgeMinutes: z.number().int().min(1).max(1440).default(15),
    })
    .prefault({}),
  queues: z
    .object({
      maxReceiveCount: z.number().int().min(1).max(50).default(5),
      batchSize: z.number().int().min(1).max(10000).default(10),
      maxBatchingWindowSeconds: z.number().int().min(0).max(300).default(5),
      /** Days the seen-article records live (de-duplication window). */
      seenTtlDays: z.number().int().min(1).max(365).default(30),
    })
    .prefault({}),
  functions: z
    .object({
      dispatcher: FunctionSizeSchema.default({ memoryMiB: 256, timeoutSeconds: 30 }),
      fetcher: FunctionSizeSchema.default({ memoryMiB: 512, timeoutSeconds: 120 }),
      scorer: FunctionSizeSchema.default({ memoryMiB: 1024, timeoutSeconds: 60 }),
      api: FunctionSizeSchema.default({ memoryMiB: 512, timeoutSeconds: 10 }),
    })
    .prefault({}),
  dyads: z
    .object({
      /** Extra dyads beyond land neighbours (maritime, e.g. CHN-PHL). */
      extraPairs: z.array(z.string().regex(DYAD_PAIR_PATTERN, 'a pair like CHN-PHL')).default([]),
    })
    .prefault({}),
  scoring: z
    .object({
      halfLifeDays: z.number().positive().max(365).default(3),
      /** Trailing window for the anomaly baseline. */
      baselineDays: z.number().int().min(7).max(730).default(90),
      /** Days of history recomputed when new events arrive for a dyad. */
      recomputeDays: z.number().int().min(1).max(365).default(30),
      /** Level changes older than this are recorded but not alerted (no alert storm on backfill). */
      alertMaxAgeHours: z.number().positive().max(87600).default(72),
      /**
       * How long a scorer's claim on a level change holds off other scorers while it publishes the
       * alert; must stay below the articles queue's visibility timeout, so a redelivery after a crash
       * can take the claim over.
       */
      alertLeaseSeconds: z.number().int().min(1).max(900).default(60),
    })
    .prefault({}),
  fetch: z
    .object({
      timeoutMs: z.number().int().min(100).max(120000).default(10000),
      maxBodyBytes: z
        .number()
        .int()
        .min(1024)
        .max(50 * 1024 * 1024)
        .default(5 * 1024 * 1024),
      maxRedirects: z.number().int().min(0).max(5).default(5),
      retries: z.number().int().min(0).max(5).default(2),
      perHostConcurrency: z.number().int().min(1).max(16).default(2),
      userAgent: z
        .string()
        .min(1)
        .default('border-tension/0.1 (+https://github.com/border-tension/border-tension)'),
      /** SSRF guard exception, for the local runner only: allow loopback addresses. */
      allowLoopback: z.boolean().default(false),
    })
    .prefault({}),
  api: z
    .object({
      throttleRateLimit: z.number().int().min(1).max(10000).default(50),
      throttleBurstLimit: z.number().int().min(1).max(5000).default(100),
    })
    .prefault({}),
  alerts: z
    .object({
      /** E-mail addresses subscribed to level-change alerts. */
      emails: z.array(z.email()).default([]),
      /** E-mail addresses subscribed to operational alarms. */
      opsEmails: z.array(z.email()).default([]),
      /** HTTPS endpoints subscribed to level-change alerts (they must confirm the subscription). */
      webhookUrls: z.array(z.url({ protocol: /^https$/ })).default([]),
      /** Alarm when no article was scored for this many hours. */
      silentPipelineHours: z.number().int().min(1).max(168).default(6),
      /** Alarm when a dead-letter queue holds at least this many messages. */
      dlqDepthThreshold: z.number().int().min(1).max(100000).default(1),
      /** Alarm when the oldest message in a work queue is older than this. */
      queueAgeMinutes: z.number().int().min(1).max(20160).default(60),
      /** Alarm when a consumer Lambda reports at least this many errors in 5 minutes. */
      consumerErrorThreshold: z.number().int().min(1).max(100000).default(1),
    })
    .prefault({}),
  observability: z
    .object({
      /** CloudWatch namespace of the Powertools metrics (POWERTOOLS_METRICS_NAMESPACE). */
      metricsNamespace: z
        .string()
        .regex(/^[A-Za-z0-9._/#:-]{1,255}$/, 'letters, digits and . _ / # : -')
        .default('BorderTension'),
      logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
      /** Days Lambda and API access logs are kept. */
      logRetentionDays: z
        .literal([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653])
        .default(30),
      /** Dyads whose tension the dashboard graphs. */
      dashboardDyads: z.array(z.string().regex(DYAD_PAIR_PATTERN, 'a pair like KGZ-TJK')).max(20).default([]),
    })
    .prefault({}),
  local: z
    .object({
      port: z.number().int().min(1).max(65535).default(8787),
      dataDir: z.string().min(1).default('.border-tension'),
      intervalSeconds: z.number().int().min(5).max(86400).default(60),
    })
    .prefault({}),
});

export type Config = z.infer<typeof ConfigSchema>;
