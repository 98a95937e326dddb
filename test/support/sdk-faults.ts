/**
 * Fault injection for AWS SDK v3 clients, by middleware: a seeded share of calls fails the way AWS
 * fails (throttling, 5xx, timeouts before the request left, and timeouts after the service had
 * applied it: the nasty case for conditional writes). The middleware sits inside the SDK's retry
 * middleware, so the SDK's own retries with backoff handle the faults, as they would in AWS.
 * Deterministic: the same seed and the same sequence of calls inject the same faults.
 */
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import type { MiddlewareStack } from '@smithy/types';

export const FAULT_KINDS = ['throttle', 'server', 'timeout-before', 'timeout-after'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultOptions {
  /** Share of calls that fail, in [0, 1]. */
  rate: number;
  seed: number;
  kinds?: readonly FaultKind[];
  /** Only calls of these commands (e.g. "PutItemCommand"); every command when absent. */
  commands?: readonly string[];
  /**
   * Also fail the first call of every command (the kinds in turn), so that each step meets a fault
   * whatever order concurrent work calls them in: the seeded share alone may miss a command called
   * only a few times when that order changes.
   */
  firstOfEachCommand?: boolean;
}

export interface FaultLog {
  calls: number;
  injected: Record<FaultKind, number>;
  /** Faults per command name. */
  byCommand: Record<string, number>;
  /** Stop injecting (the client keeps working). */
  stop(): void;
}

/** mulberry32, as in bench/generate-corpus.ts: a tiny seeded PRNG. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Errors shaped as the SDK shapes service and network errors, so its retry classifier sees them. */
const ERRORS: Record<FaultKind, (command: string) => Error> = {
  throttle: (command) =>
    Object.assign(new Error(`injected: rate exceeded (${command})`), {
      name: 'ThrottlingException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    }),
  server: (command) =>
    Object.assign(new Error(`injected: internal server error (${command})`), {
      name: 'InternalServerError',
      $fault: 'server',
      $metadata: { httpStatusCode: 500 },
    }),
  'timeout-before': (command) =>
    Object.assign(new Error(`injected: socket timed out before sending (${command})`), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
    }),
  'timeout-after': (command) =>
    Object.assign(new Error(`injected: response lost after the service applied it (${command})`), {
      name: 'TimeoutError',
      code: 'ECONNRESET',
    }),
};

// biome-ignore lint/suspicious/noExplicitAny: middleware stacks are generic over each client's input and output types
type AnyStack = MiddlewareStack<any, any>;

/** Add the fault middleware to a client (a DynamoDBDocumentClient shares its client's stack). */
export function injectFaults(client: { middlewareStack: AnyStack }, options: FaultOptions): FaultLog {
  if (!(options.rate >= 0 && options.rate <= 1))
    throw new RangeError(`rate must be in [0, 1]: ${options.rate}`);
  const kinds = options.kinds ?? FAULT_KINDS;
  const random = seeded(options.seed);
  let active = true;
  /** Faults forced by firstOfEachCommand so far: they take the kinds in turn. */
  let forced = 0;
  const log: FaultLog = {
    calls: 0,
    injected: { throttle: 0, server: 0, 'timeout-before': 0, 'timeout-after': 0 },
    byCommand: {},
    stop: () => {
      active = false;
    },
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? 'unknown');
      log.calls++;
      const draw = random();
      let kind = kinds[Math.floor(random() * kinds.length)] as FaultKind;
      const targeted = !options.commands || options.commands.includes(command);
      const first = !!options.firstOfEachCommand && log.byCommand[command] === undefined;
      if (!active || !targeted || (draw >= options.rate && !first)) return next(args);
      if (first && draw >= options.rate) kind = kinds[forced++ % kinds.length] as FaultKind;
      log.injected[kind]++;
      log.byCommand[command] = (log.byCommand[command] ?? 0) + 1;
      if (kind === 'timeout-after') {
        await next(args);
        throw ERRORS[kind](command);
      }
      throw ERRORS[kind](command);
    },
    { step: 'deserialize', priority: 'high', name: 'injectFaults', override: true },
  );
  return log;
}

/**
 * Retries with short backoff for tests (the SDK default waits 100 ms–20 s per retry): the same
 * standard strategy and retry quota, exponential backoff with full jitter, capped at `maxDelayMs`.
 */
export function fastRetries(client: { config: object }, maxAttempts = 10, maxDelayMs = 100): void {
  const strategy = new ConfiguredRetryStrategy(maxAttempts, (attempt) =>
    Math.floor(Math.random() * Math.min(maxDelayMs, 2 * 2 ** attempt)),
  );
  Object.assign(client.config, { retryStrategy: async () => strategy, maxAttempts: async () => maxAttempts });
}
