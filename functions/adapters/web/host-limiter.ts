/** At most `perHost` requests in flight to one host; the rest wait their turn in order. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1)
      throw new RangeError(`perHost must be >= 1, got ${perHost}`);
  }

  /** Requests currently running against `host`. */
  inFlight(host: string): number {
    return this.active.get(host) ?? 0;
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private acquire(host: string): Promise<void> {
    const running = this.active.get(host) ?? 0;
    if (running < this.perHost) {
      this.active.set(host, running + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(host) ?? [];
      queue.push(resolve);
      this.waiting.set(host, queue);
    });
  }

  private release(host: string): void {
    const queue = this.waiting.get(host);
    const next = queue?.shift();
    if (next) {
      // The slot passes straight to the next waiter; the active count stays the same.
      if (queue?.length === 0) this.waiting.delete(host);
      next();
      return;
    }
    const running = (this.active.get(host) ?? 1) - 1;
    if (running <= 0) this.active.delete(host);
    else this.active.set(host, running);
  }
}
