/**
 * How the domain's records are laid out in table items (docs/data-model.md). Write units are
 * billed per started kilobyte of an item, so the layouts are compact: a batch's events for a dyad
 * and day share one item, and a dyad's day holds its daily point and its 24 hourly values.
 * Pure functions: the adapter does the I/O.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { groupBy } from '../../core/collections';
import {
  type ActorRef,
  copyEvent,
  type DyadPair,
  type Evidence,
  type ExtractedEvent,
  LEVELS,
  type Level,
  type ScorePoint,
} from '../../core/model';
import type { StoredEvent } from '../../core/ports/tension-store';
import { eventTime, floorTo } from '../../core/scoring';
import { CURRENT_EVENT_CHUNK_DICTIONARY, EVENT_CHUNK_DICTIONARIES } from './event-chunk-dictionary';

const HOUR_MS = 3_600_000;
const HOURS_PER_DAY = 24;

/** Fields every stored event has: omitted from the item when they hold these values. */
const EVENT_DEFAULTS = {
  actor: null,
  target: null,
  date: null,
  negated: false,
  alleged: false,
  threat: false,
  historical: false,
  source: null,
  killed: null,
  injured: null,
  weapons: [],
} as const;

/** Fields an article gives all its events: stored once per item. */
const ARTICLE_FIELDS = ['articleId', 'pair', 'url', 'title', 'published', 'outlet', 'textHash'] as const;

type ArticleFields = Pick<StoredEvent, (typeof ARTICLE_FIELDS)[number]>;

/**
 * Compress a JSON attribute (DEFLATE, stored as Binary). Write units are billed per started
 * kilobyte, and these JSON documents (evidence sentences, 24 hours of values) shrink to about half.
 */
export function packText(text: string): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8')));
}

/** The text of a packed attribute (plain strings, as written before compression, pass through). */
export function unpackText(value: unknown): string | null {
  if (value instanceof Uint8Array) return inflateRawSync(value).toString('utf8');
  return typeof value === 'string' ? value : null;
}

/**
 * The instant a stored record counts at, epoch ms: an event at its own time (its publication when
 * undated), a coverage record at its publication.
 */
export function countsAt(event: StoredEvent, coverage = false): number {
  return coverage ? Date.parse(event.published) : (eventTime(event) ?? Date.parse(event.published));
}

/** Day start (ISO 8601) of the instant an event counts at. */
export function eventDay(event: StoredEvent): string {
  return new Date(floorTo(countsAt(event), 'day')).toISOString();
}

/** Group events by dyad and by day (of their event time by default): one chunk each. */
export function groupByDyadDay(
  events: readonly StoredEvent[],
  dayOf: (event: StoredEvent) => string = eventDay,
): Map<string, StoredEvent[]> {
  return groupBy(events, (event) => `${event.pair}|${dayOf(event)}`);
}

/**
 * Short names of event fields in an item: an event's field names would otherwise be a third of its
 * bytes. Fields not listed (added later) are stored under their own names.
 */
const EVENT_FIELD_CODES: Readonly<Record<string, string>> = {
  cameo: 'c',
  type: 'y',
  polarity: 'p',
  actor: 'a',
  target: 't',
  date: 'd',
  dateApproximate: 'x',
  negated: 'n',
  alleged: 'l',
  threat: 'h',
  historical: 'o',
  source: 's',
  killed: 'k',
  injured: 'j',
  weapons: 'w',
  weaponCategories: 'g',
  evidence: 'e',
  index: 'i',
};
const EVENT_FIELD_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(EVENT_FIELD_CODES).map(([name, code]) => [code, name]),
);

type ActorTuple = [string | null, string, string?];

function encodeActor(actor: ActorRef | null): ActorTuple | null {
  if (!actor) return null;
  return actor.org === undefined ? [actor.country, actor.role] : [actor.country, actor.role, actor.org];
}

function decodeActor(tuple: ActorTuple | null): ActorRef | null {
  if (!tuple) return null;
  const [country, role, org] = tuple;
  return { country, role: role as ActorRef['role'], ...(org === undefined ? {} : { org }) };
}

/** An event without its article's fields, short names, fields at their defaults left out. */
function compactEvent(event: StoredEvent): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (value === undefined || (ARTICLE_FIELDS as readonly string[]).includes(key)) continue;
    const fallback = EVENT_DEFAULTS[key as keyof typeof EVENT_DEFAULTS];
    if (fallback !== undefined && JSON.stringify(value) === JSON.stringify(fallback)) continue;
    const encoded = key === 'actor' || key === 'target' ? encodeActor(value as ActorRef | null) : value;
    rest[EVENT_FIELD_CODES[key] ?? key] = encoded;
  }
  return rest;
}

/** The stored event a compactEvent record and its article's fields stand for. */
function expandEvent(stored: Record<string, unknown>, article: ArticleFields, textRef?: string): StoredEvent {
  const rest: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(stored)) {
    const key = EVENT_FIELD_NAMES[code] ?? code;
    rest[key] = key === 'actor' || key === 'target' ? decodeActor(value as ActorTuple | null) : value;
  }
  // Written by compactEvent from whole events: what it left out are the defaults.
  const field = <K extends keyof ExtractedEvent>(key: K, fallback: ExtractedEvent[K]): ExtractedEvent[K] =>
    key in rest ? (rest[key] as ExtractedEvent[K]) : fallback;
  // Field by field in the order toStoredEvents gives, not spread: every decoded event then has
  // the one shape scoring's reads are fast on (see copyEvent).
  const event = Object.assign(
    copyEvent({
      cameo: field('cameo', ''),
      type: field('type', ''),
      polarity: field('polarity', 'neutral'),
      actor: field('actor', EVENT_DEFAULTS.actor),
      target: field('target', EVENT_DEFAULTS.target),
      date: field('date', EVENT_DEFAULTS.date),
      dateApproximate: field('dateApproximate', undefined),
      negated: field('negated', EVENT_DEFAULTS.negated),
      alleged: field('alleged', EVENT_DEFAULTS.alleged),
      threat: field('threat', EVENT_DEFAULTS.threat),
      historical: field('historical', EVENT_DEFAULTS.historical),
      source: field('source', EVENT_DEFAULTS.source),
      killed: field('killed', EVENT_DEFAULTS.killed),
      injured: field('injured', EVENT_DEFAULTS.injured),
      weapons: field('weapons', []),
      weaponCategories: field('weaponCategories', undefined),
      evidence: field('evidence', ''),
      pair: article.pair,
    }),
    {
      articleId: article.articleId,
      index: rest.index as number,
      url: article.url,
      title: article.title,
      published: article.published,
      outlet: article.outlet,
      textHash: article.textHash,
      pair: article.pair,
    },
    textRef === undefined ? undefined : { textRef },
  );
  // Fields added to events after this codec was written are kept under their own names.
  for (const key of Object.keys(rest))
    if (!(key in event)) (event as Record<string, unknown>)[key] = rest[key];
  return event;
}

/** An article's fields in a chunk written before texts were split off (2026-12-07): articleId, url, title, published, outlet, textHash. */
type ArticleTuple = [string, string | null, string, string, string | null, string];

/** An article's fields in an events chunk: articleId, published, outlet, textHash. */
type ChunkArticleTuple = [string, string, string | null, string];

/** An article's fields in a texts item: url, title. */
type TextArticleTuple = [string | null, string];

/** The text of one stored event: what its evidence shows. */
export interface EventText {
  url: string | null;
  title: string;
  sentence: string;
}

/**
 * One chunk of events: the events of one dyad and day from any number of articles, each article's
 * fields once, stored as two items. `chunk` (the `EV#` item, compressed with a preset dictionary)
 * holds what scoring reads, and every rescore reads its dyad's look-back of these again; `texts`
 * (the `TXT#` item) holds the events' sentences and their articles' titles and URLs, read only
 * for the few events a point shows as evidence (TensionStore.completeEvidence). A batch's reports
 * of one clash share a chunk, so they share its started kilobytes and its compression.
 */
export function encodeEventChunk(events: readonly StoredEvent[]): {
  pair: string;
  chunk: Uint8Array;
  dict: number;
  texts: Uint8Array;
} {
  const first = events[0];
  if (!first) throw new RangeError('encodeEventChunk: no events');
  const articles: ChunkArticleTuple[] = [];
  const textArticles: TextArticleTuple[] = [];
  const articleIndex = new Map<string, number>();
  const sentences: [number, string][] = [];
  const compact = events.map((event) => {
    if (event.pair !== first.pair) {
      throw new RangeError(`encodeEventChunk: events of ${first.pair} and ${event.pair} in one chunk`);
    }
    let at = articleIndex.get(event.articleId);
    if (at === undefined) {
      at = articles.length;
      articleIndex.set(event.articleId, at);
      articles.push([event.articleId, event.published, event.outlet, event.textHash]);
      textArticles.push([event.url, event.title]);
    }
    sentences.push([at, event.evidence]);
    const { e: _evidence, ...scored } = compactEvent(event);
    return [at, scored] as const;
  });
  const dictionary = EVENT_CHUNK_DICTIONARIES.get(CURRENT_EVENT_CHUNK_DICTIONARY) as Buffer;
  return {
    pair: first.pair,
    chunk: new Uint8Array(
      deflateRawSync(Buffer.from(JSON.stringify({ a: articles, e: compact }), 'utf8'), { dictionary }),
    ),
    dict: CURRENT_EVENT_CHUNK_DICTIONARY,
    texts: packText(JSON.stringify({ a: textArticles, e: sentences })),
  };
}

/** Where the text of the event at `position` of the chunk stored under `sk` is: StoredEvent.textRef. */
export function textRefOf(sk: string, position: number): string {
  return `${sk}|${position}`;
}

/** The sort key and the position a textRef names. */
export function parseTextRef(ref: string): { sk: string; position: number } {
  const bar = ref.lastIndexOf('|');
  const position = Number(ref.slice(bar + 1));
  if (bar < 0 || !Number.isInteger(position) || position < 0)
    throw new RangeError(`bad text reference ${ref}`);
  return { sk: ref.slice(0, bar), position };
}

/** The texts of a chunk's events, by position, from its `TXT#` item. */
export function decodeEventTexts(item: Record<string, unknown>): EventText[] {
  const { a, e } = JSON.parse(unpackText(item.texts) ?? '{"a":[],"e":[]}') as {
    a: TextArticleTuple[];
    e: [number, string][];
  };
  return e.map(([at, sentence]) => {
    const article = a[at];
    if (!article) throw new RangeError(`event texts ${String(item.sk)}: no article ${at}`);
    return { url: article[0], title: article[1], sentence };
  });
}

/** The JSON of an events item's chunk: inflated with the preset dictionary the item names, if any. */
function decodeChunkJson(item: Record<string, unknown>) {
  const value = item.chunk;
  const version = item.dict;
  const json =
    version === undefined
      ? unpackText(value)
      : value instanceof Uint8Array
        ? inflateRawSync(value, { dictionary: dictionaryOf(version) }).toString('utf8')
        : null;
  return JSON.parse(json ?? '{"a":[],"e":[]}') as {
    a: unknown[][];
    e: [number, Record<string, unknown>][];
  };
}

function dictionaryOf(version: unknown): Buffer {
  const dictionary = EVENT_CHUNK_DICTIONARIES.get(Number(version));
  if (!dictionary) throw new RangeError(`events chunk compressed with unknown dictionary ${String(version)}`);
  return dictionary;
}

function decodeEventChunk(item: Record<string, unknown>): StoredEvent[] {
  const pair = String(item.pair);
  const { a, e } = decodeChunkJson(item);
  const split = item.dict !== undefined;
  const articles: ArticleFields[] = split
    ? (a as ChunkArticleTuple[]).map(([articleId, published, outlet, textHash]) => ({
        articleId,
        pair,
        url: null,
        title: '',
        published,
        outlet,
        textHash,
      }))
    : (a as ArticleTuple[]).map(([articleId, url, title, published, outlet, textHash]) => ({
        articleId,
        pair,
        url,
        title,
        published,
        outlet,
        textHash,
      }));
  const sk = String(item.sk);
  return e.map(([at, stored], position) => {
    const article = articles[at];
    if (!article) throw new RangeError(`events chunk ${sk}: no article ${at}`);
    return expandEvent(stored, article, split ? textRefOf(sk, position) : undefined);
  });
}

/**
 * The events of an item of the `EV#` partition: a chunk, or an item of the layout written before
 * chunks (2026-12-04: one item per article, dyad and day, the article's fields as attributes).
 */
export function decodeEventsItem(item: Record<string, unknown>): StoredEvent[] {
  if (item.chunk !== undefined) return decodeEventChunk(item);
  const article: ArticleFields = {
    articleId: String(item.articleId),
    pair: String(item.pair),
    url: (item.url as string | null | undefined) ?? null,
    title: String(item.title ?? ''),
    published: String(item.published),
    outlet: (item.outlet as string | null | undefined) ?? null,
    textHash: String(item.textHash),
  };
  const compact = JSON.parse(unpackText(item.events) ?? '[]') as Record<string, unknown>[];
  return compact.map((stored) => expandEvent(stored, article));
}

/** Evidence as tuples: the field names would otherwise take a fifth of a series item. */
type EvidenceTuple = [string, string | null, string, string, string, number, string];

export function encodeEvidence(evidence: readonly Evidence[]): EvidenceTuple[] {
  return evidence.map((e) => [e.articleId, e.url, e.title, e.sentence, e.cameo, e.weight, e.date]);
}

export function decodeEvidence(tuples: readonly EvidenceTuple[]): Evidence[] {
  return tuples.map(([articleId, url, title, sentence, cameo, weight, date]) => ({
    articleId,
    url,
    title,
    sentence,
    cameo,
    weight,
    date,
  }));
}

/** A point as stored in a day item (`d`) or the latest item (`p`): evidence as tuples. */
export function encodePoint(point: ScorePoint): string {
  return JSON.stringify({ ...point, evidence: encodeEvidence(point.evidence) });
}

export function decodePoint(json: string): ScorePoint {
  const stored = JSON.parse(json) as Omit<ScorePoint, 'evidence'> & { evidence: EvidenceTuple[] };
  return { ...stored, evidence: decodeEvidence(stored.evidence) };
}

/** One hour of a day item: score, level index, trend, anomaly, escalation, de-escalation, events, articles. */
type HourValues = [number, number, number, 0 | 1, number, number, number, number];

/** The stored form of one dyad-day: `d` the daily point, `h` the 24 hours (null where never scored). */
export interface SeriesDay {
  d: string | null;
  h: string | null;
}

type DailyValues = Omit<ScorePoint, 'pair' | 'bucket' | 't'>;

function hourValues(point: ScorePoint): HourValues {
  return [
    point.score,
    LEVELS.indexOf(point.level),
    point.trend,
    point.anomaly ? 1 : 0,
    point.escalation,
    point.deescalation,
    point.events,
    point.articles,
  ];
}

/**
 * Merge points into a stored day: the daily point replaces the stored one, hourly points replace
 * their hours, the rest is kept. Returns the new stored form.
 */
export function mergeSeriesDay(
  stored: SeriesDay | undefined,
  dayStartIso: string,
  points: readonly ScorePoint[],
) {
  const dayStart = Date.parse(dayStartIso);
  let daily = stored?.d ?? null;
  const hours: (HourValues | null)[] = stored?.h
    ? (JSON.parse(stored.h) as (HourValues | null)[])
    : Array.from({ length: HOURS_PER_DAY }, () => null);
  let hoursChanged = false;
  for (const point of points) {
    if (point.bucket === 'day') {
      const { pair: _pair, bucket: _bucket, t: _t, evidence, ...values } = point;
      daily = JSON.stringify({ ...values, evidence: encodeEvidence(evidence) });
    } else {
      const hour = Math.floor((Date.parse(point.t) - dayStart) / HOUR_MS);
      if (hour < 0 || hour >= HOURS_PER_DAY)
        throw new RangeError(`hour ${point.t} is not in day ${dayStartIso}`);
      hours[hour] = hourValues(point);
      hoursChanged = true;
    }
  }
  const h = hoursChanged || stored?.h ? JSON.stringify(hours) : null;
  return { d: daily, h } satisfies SeriesDay;
}

/** The points of a stored day, of one bucket. */
export function decodeSeriesDay(
  pair: DyadPair,
  dayStartIso: string,
  day: Partial<SeriesDay>,
  bucket: 'hour' | 'day',
) {
  if (bucket === 'day') {
    if (!day.d) return [];
    const { evidence, ...values } = JSON.parse(day.d) as Omit<DailyValues, 'evidence'> & {
      evidence: EvidenceTuple[];
    };
    return [
      { pair, bucket, t: dayStartIso, ...values, evidence: decodeEvidence(evidence) } satisfies ScorePoint,
    ];
  }
  if (!day.h) return [];
  const dayStart = Date.parse(dayStartIso);
  const points: ScorePoint[] = [];
  (JSON.parse(day.h) as (HourValues | null)[]).forEach((values, hour) => {
    if (!values) return;
    const [score, level, trend, anomaly, escalation, deescalation, events, articles] = values;
    points.push({
      pair,
      bucket: 'hour',
      t: new Date(dayStart + hour * HOUR_MS).toISOString(),
      score,
      level: (LEVELS[level] ?? 'calm') as Level,
      trend,
      anomaly: anomaly === 1,
      escalation,
      deescalation,
      events,
      articles,
      evidence: [] as Evidence[],
    });
  });
  return points;
}
