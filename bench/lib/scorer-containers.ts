/**
 * The parent side of bench/workers/scorer-container.ts: fork scorer containers (each its own
 * process, as Lambda containers are), start them polling, hear their batches, and collect the AWS
 * calls each made when told to stop.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type {
  ContainerBatchReport,
  ContainerOptions,
  FromContainer,
  ToContainer,
} from '../workers/scorer-container';
import type { UsageSnapshot } from './usage-meter';

export interface ScorerContainers {
  /** Start polling; resolves once `onBatch` returns true (everything is scored). */
  run(onBatch: (report: ContainerBatchReport) => boolean, timeoutMs: number): Promise<void>;
  /** Count each container's AWS calls from zero again (after a cycle not measured). */
  resetUsage(): Promise<void>;
  /** Stop polling; the AWS calls each container made. */
  stop(): Promise<UsageSnapshot[]>;
  /** End every container still running (after `stop`, or when the run failed). */
  kill(): void;
}

/** Fork `count` scorer containers and wait until each has loaded the handler. */
export async function startScorerContainers(
  count: number,
  options: ContainerOptions,
): Promise<ScorerContainers> {
  // Same Node flags as this process: the scorer's Lambda heap flags and tsx.
  const children: ChildProcess[] = Array.from({ length: count }, () =>
    fork(join(__dirname, '..', 'workers', 'scorer-container.ts'), ['--options', JSON.stringify(options)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const kill = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  const next = <T extends FromContainer['type']>(child: ChildProcess, type: T) =>
    new Promise<Extract<FromContainer, { type: T }>>((resolve, reject) => {
      const onMessage = (message: FromContainer) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message as Extract<FromContainer, { type: T }>);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`scorer container exited (${code}) before ${type}`)));
    });
  try {
    await Promise.all(children.map((child) => next(child, 'ready')));
  } catch (error) {
    kill();
    throw error;
  }
  return {
    // Callable again for another cycle: each run listens for its own batches.
    run: (onBatch, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        const listeners = new Map<ChildProcess, (message: FromContainer) => void>();
        const done = () => {
          clearTimeout(timer);
          for (const [child, listener] of listeners) child.off('message', listener);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`not all scored within ${timeoutMs} ms`));
        }, timeoutMs);
        for (const child of children) {
          const listener = (message: FromContainer) => {
            if (message.type === 'batch' && onBatch(message.report)) {
              done();
              resolve();
            }
          };
          listeners.set(child, listener);
          child.on('message', listener);
          child.once('exit', (code) => {
            if (code !== 0) reject(new Error(`scorer container exited with ${code}`));
          });
          child.send({ type: 'start' } satisfies ToContainer);
        }
      }),
    resetUsage: async () => {
      const acks = children.map((child) => next(child, 'reset'));
      for (const child of children) child.send({ type: 'reset' } satisfies ToContainer);
      await Promise.all(acks);
    },
    stop: async () => {
      const usages = children.map((child) => next(child, 'usage'));
      for (const child of children) child.send({ type: 'stop' } satisfies ToContainer);
      return (await Promise.all(usages)).map((message) => message.usage);
    },
    kill,
  };
}
