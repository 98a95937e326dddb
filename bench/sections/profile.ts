/**
 * Where our pipeline spends its CPU: a sampling profile (node:inspector) of a separate pass over
 * part of the corpus, after the timed runs, summed by function and file. It explains a missed
 * throughput target; it is never part of the timed figures (profiling slows what it watches).
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import type { Article } from '../../functions/core/model';
import type { ArticleContender } from './throughput';

export interface HotSpot {
  function: string;
  /** File relative to the repo (or the package for dependencies, "node:" for Node internals). */
  location: string;
  /** Share of sampled CPU time spent in the function itself. */
  selfPercent: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

function location(url: string, root: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return url;
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? `${pkg[1]} (package)` : relative(root, path);
}

/** Where a profiled position lies in the sources, for code run from a bundle (undefined: not known). */
export type Locate = (url: string, line: number, column: number) => string | undefined;

export async function profileContender(
  contender: ArticleContender,
  articles: readonly Article[],
  root: string,
  options: { top?: number; locate?: Locate } = {},
): Promise<HotSpot[]> {
  const { top = 12, locate } = options;
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (const article of articles) await contender.run(article);
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    const totals = new Map<string, { fn: string; where: string; hits: number }>();
    let all = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      all += hits;
      const fn = node.callFrame.functionName || '(anonymous)';
      if (fn === '(idle)' || fn === '(program)') continue;
      const { url, lineNumber, columnNumber } = node.callFrame;
      const where = locate?.(url, lineNumber, columnNumber) ?? location(url, root);
      const key = `${fn}@${where}:${lineNumber}:${columnNumber}`;
      const entry = totals.get(key) ?? { fn, where, hits: 0 };
      entry.hits += hits;
      totals.set(key, entry);
    }
    return [...totals.values()]
      .sort((a, b) => b.hits - a.hits)
      .slice(0, top)
      .map((t) => ({ function: t.fn, location: t.where, selfPercent: all ? (t.hits / all) * 100 : 0 }));
  } finally {
    await session.post('Profiler.disable').catch(() => undefined);
    session.disconnect();
  }
}
