/**
 * From stored events (one per report) to stories (one per real event): syndicated copies and
 * independent reports of the same event merge; corroboration raises confidence, never severity.
 */
import type { DyadPair } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { hammingDistance } from './simhash';
import { cameoRoot, eventWeight, MODEL, sameDayGroup } from './weights';

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface Story {
  /** Deterministic identity: date | CAMEO root | sign | casualty class. */
  key: string;
  /** Same-day same-kind group for diminishing returns: date | root or "verbal" | sign. */
  groupKey: string;
  date: string;
  root: string;
  /** -1 escalation, +1 de-escalation. */
  sign: -1 | 1;
  /** Epoch ms: the earliest report's event time. */
  time: number;
  /** Signed weight of the story: its strongest report times the corroboration multiplier. */
  weight: number;
  confidence: number;
  /** Independent reports (syndicated copies and same-article reports count once), capped. */
  reports: number;
  /** The strongest report: what evidence shows. */
  representative: StoredEvent;
}

/** When an event happened, epoch ms: its publication time on its own date, else the start of its date. */
export function eventTime(event: Pick<StoredEvent, 'date' | 'published'>): number | null {
  const published = Date.parse(event.published);
  if (event.date && DATE_ONLY.test(event.date)) {
    const dayStart = Date.parse(`${event.date}T00:00:00.000Z`);
    if (Number.isNaN(dayStart)) return Number.isNaN(published) ? null : published;
    const sameDay = !Number.isNaN(published) && published >= dayStart && published < dayStart + DAY_MS;
    return sameDay ? published : dayStart;
  }
  return Number.isNaN(published) ? null : published;
}

/** Casualty class of a report: reports of one event agree on the order of magnitude of the toll. */
export function casualtyClass(event: Pick<StoredEvent, 'killed' | 'injured'>): string {
  if (event.killed === null && event.injured === null) return 'unknown';
  const killed = event.killed ?? 0;
  if (killed === 0) return 'none';
  if (killed <= 2) return '1-2';
  if (killed <= 9) return '3-9';
  if (killed <= 99) return '10-99';
  return '100+';
}

export function eventKey(event: Pick<StoredEvent, 'articleId' | 'index'>): string {
  return `${event.articleId}#${String(event.index).padStart(4, '0')}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Size of the largest set of mutually independent reports (no two within the syndication
 * distance), capped. A maximum independent set only grows when reports are added, so adding a
 * report never lowers confidence (a greedy count or connected components could).
 */
export function independentReports(hashes: string[], cap = MODEL.maxIndependentReports.value): number {
  const nodes = [...new Set(hashes)].sort();
  const near = (a: string, b: string) => hammingDistance(a, b) <= MODEL.syndicationDistance.value;
  let best = 0;
  const search = (candidates: string[], size: number): boolean => {
    if (size > best) best = size;
    if (best >= cap) return true;
    if (size + candidates.length <= best) return false;
    for (let i = 0; i < candidates.length; i++) {
      const pick = candidates[i] as string;
      const rest = candidates.slice(i + 1).filter((other) => !near(pick, other));
      if (search(rest, size + 1)) return true;
    }
    return false;
  };
  search(nodes, 0);
  return Math.min(best, cap);
}

export function confidenceOf(reports: number): number {
  return 1 - (1 - MODEL.singleReportConfidence.value) ** Math.max(1, reports);
}

/** De-duplicate by storage key: the same report stored or passed twice counts once. */
export function uniqueEvents(events: readonly StoredEvent[]): StoredEvent[] {
  const byKey = new Map<string, StoredEvent>();
  for (const event of events) {
    const key = eventKey(event);
    const kept = byKey.get(key);
    // Two different events under one key should not happen; keep a deterministic one if it does.
    if (!kept || compareText(JSON.stringify(event), JSON.stringify(kept)) < 0) byKey.set(key, event);
  }
  return [...byKey.values()];
}

/** Stories of one dyad, sorted by time then key (the order is part of the determinism). */
export function buildStories(events: readonly StoredEvent[], pair: DyadPair): Story[] {
  interface Draft {
    key: string;
    date: string;
    root: string;
    sign: -1 | 1;
    time: number;
    best: { event: StoredEvent; weight: number; key: string } | null;
    hashes: string[];
  }
  const drafts = new Map<string, Draft>();
  for (const event of uniqueEvents(events.filter((e) => e.pair === pair))) {
    const time = eventTime(event);
    if (time === null) continue;
    const { weight } = eventWeight(event);
    if (weight === 0 || !Number.isFinite(weight)) continue;
    const sign = weight < 0 ? -1 : 1;
    const date = new Date(time).toISOString().slice(0, 10);
    const root = cameoRoot(event.cameo);
    const key = `${date}|${root}|${sign < 0 ? 'esc' : 'deesc'}|${casualtyClass(event)}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = { key, date, root, sign, time, best: null, hashes: [] };
      drafts.set(key, draft);
    }
    draft.time = Math.min(draft.time, time);
    // Reports within one article are one source: the article hash stands for them all.
    draft.hashes.push(event.textHash);
    const reportKey = eventKey(event);
    const stronger =
      !draft.best ||
      Math.abs(weight) > Math.abs(draft.best.weight) ||
      (Math.abs(weight) === Math.abs(draft.best.weight) && reportKey < draft.best.key);
    if (stronger) draft.best = { event, weight, key: reportKey };
  }
  const stories: Story[] = [];
  for (const draft of drafts.values()) {
    if (!draft.best) continue;
    const reports = independentReports(draft.hashes);
    const confidence = confidenceOf(reports);
    const floor = MODEL.confidenceFloor.value;
    stories.push({
      key: draft.key,
      groupKey: `${draft.date}|${sameDayGroup(draft.root)}|${draft.sign}`,
      date: draft.date,
      root: draft.root,
      sign: draft.sign,
      time: draft.time,
      weight: draft.best.weight * (floor + (1 - floor) * confidence),
      confidence,
      reports,
      representative: draft.best.event,
    });
  }
  return stories.sort((a, b) => a.time - b.time || compareText(a.key, b.key));
}
