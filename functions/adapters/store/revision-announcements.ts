/**
 * Announcements on a dyad's revision item: with each revision it takes, a store names the event
 * items it stored since its last one. A scorer container that kept the dyad's items reads those
 * items again when other scorers took revisions, instead of its whole look-back (EventReadCache).
 *
 * An item is named by a prefix of its sort key, `<day start>#<first CHUNK_PREFIX characters of its
 * chunk id>`: a query for the prefix reads that item (and its coverage twin and split parts), and
 * the name is written in about 11 characters (`<day number in base 36>:<the chunk id's first 6>`),
 * so the revision item stays well under the kilobyte of one write unit. A name that cannot be
 * read makes its revision count as unannounced, so a reader then reads the table. Each store
 * writes attributes of its own, so no two stores overwrite each other's:
 *
 * - `ar<store>`: the store's latest revision, computed in the same update as the revision itself;
 * - `ad<store>`: the items of that revision, their names separated by commas;
 * - `aw<store>`: when the store took it (epoch ms, its clock);
 * - `ah<store>`: its ANNOUNCEMENT_HISTORY revisions before, as `rev=names=when;rev=names=when`
 *   (`when` in base 36; entries written before 2026-12-05 have none), so that a reader that missed
 *   several revisions of one store still finds them all.
 *
 * When the revisions were taken tells a reader which items may be too new for an eventually
 * consistent read to return (itemsNotSettled).
 *
 * A store that has not announced for ANNOUNCEMENT_KEEP_REVISIONS revisions of the dyad (a container
 * long gone) has its attributes removed by the next store that takes a revision.
 */

type Item = Record<string, unknown>;

const REVISION = 'ar';
const ITEMS = 'ad';
const TAKEN = 'aw';
const HISTORY = 'ah';
/** Earlier revisions of a store kept in its history attribute. */
export const ANNOUNCEMENT_HISTORY = 4;
/** A store whose latest revision is this many revisions old is removed: its container is gone. */
export const ANNOUNCEMENT_KEEP_REVISIONS = 64;

/** Characters of a chunk id an announcement keeps: 36 bits, no two chunks of a dyad's day alike. */
export const CHUNK_PREFIX = 6;
const DAY_MS = 86_400_000;
/** Written for an item whose key does not fit the format: readers then take the revision as unannounced. */
const UNREADABLE = '?';

/** One revision a store took, with the sort-key prefixes (see the module comment) it announced. */
export interface Announcement {
  rev: number;
  items: readonly string[];
  /** When the store took the revision (epoch ms); unknown for revisions announced before times were. */
  at?: number;
}

/** The prefix a stored item is announced by, from its sort key `<day start>#<chunk id>[#...]`. */
export function announcedPrefix(sk: string): string {
  const [day = '', chunk = ''] = sk.split('#');
  return `${day}#${chunk.slice(0, CHUNK_PREFIX)}`;
}

/** `<day number in base 36>:<chunk id prefix>`; any day, before 1970 (history) or far ahead, fits. */
function encodeItem(prefix: string): string {
  const [day = '', chunk = ''] = prefix.split('#');
  const dayNumber = Date.parse(day) / DAY_MS;
  const exact = Number.isInteger(dayNumber) && new Date(dayNumber * DAY_MS).toISOString() === day;
  return exact && /^[\w-]+$/.test(chunk) ? `${dayNumber.toString(36)}:${chunk}` : UNREADABLE;
}

function encodeItems(prefixes: Iterable<string>): string {
  return [...new Set(prefixes)].sort().map(encodeItem).join(',');
}

/** The prefixes an announcement names, or null when one cannot be read (the revision then counts as unannounced). */
function decodeItems(value: unknown): string[] | null {
  if (typeof value !== 'string') return null;
  if (value === '') return [];
  const prefixes: string[] = [];
  for (const entry of value.split(',')) {
    const [day = '', chunk = '', ...rest] = entry.split(':');
    if (rest.length > 0 || !/^-?[0-9a-z]+$/.test(day) || !/^[\w-]+$/.test(chunk)) return null;
    const ms = Number.parseInt(day, 36) * DAY_MS;
    // The range of a Date: beyond it there is no day start to name.
    if (!(Math.abs(ms) <= 8.64e15)) return null;
    prefixes.push(`${new Date(ms).toISOString()}#${chunk}`);
  }
  return prefixes;
}

function encodeHistory(history: readonly Announcement[]): string {
  return history
    .map(
      ({ rev, items, at }) => `${rev}=${encodeItems(items)}${at === undefined ? '' : `=${at.toString(36)}`}`,
    )
    .join(';');
}

/** A time as written (epoch ms), or undefined when there is none to read. */
function decodeTime(value: unknown): number | undefined {
  const ms =
    typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 36) : Number.NaN;
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/**
 * A store's earlier revisions, with when they were taken where written; one whose items cannot be
 * read has no items (unannounced).
 */
function decodeHistory(value: unknown): { rev: number; items: string[] | null; at?: number }[] {
  if (typeof value !== 'string' || value === '') return [];
  return value.split(';').flatMap((entry) => {
    const [rev, items = '', at] = entry.split('=');
    const revision = Number(rev);
    const time = at === undefined || !/^[0-9a-z]+$/.test(at) ? undefined : decodeTime(at);
    return Number.isInteger(revision) ? [{ rev: revision, items: decodeItems(items), at: time }] : [];
  });
}

/**
 * The update that takes the next revision of a dyad and announces `items` (their prefixes) for
 * it, as `store` (with its earlier announcements, oldest first), removing the attributes of
 * `stale` stores.
 */
export function announcingUpdate(
  store: string,
  items: Iterable<string>,
  earlier: readonly Announcement[],
  stale: readonly string[],
  /** When the store takes it (epoch ms). */
  at: number,
): {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
} {
  const names: Record<string, string> = {
    '#rev': REVISION + store,
    '#items': ITEMS + store,
    '#taken': TAKEN + store,
    '#history': HISTORY + store,
  };
  const removes: string[] = [];
  stale.forEach((other, i) => {
    names[`#r${i}`] = REVISION + other;
    names[`#i${i}`] = ITEMS + other;
    names[`#w${i}`] = TAKEN + other;
    names[`#h${i}`] = HISTORY + other;
    removes.push(`#r${i}`, `#i${i}`, `#w${i}`, `#h${i}`);
  });
  // The announced revision is computed from the revision before, as the new one is: both are one more.
  const set =
    'SET rev = if_not_exists(rev, :zero) + :one, #rev = if_not_exists(rev, :zero) + :one, #items = :items, #taken = :taken, #history = :history';
  return {
    UpdateExpression: removes.length > 0 ? `${set} REMOVE ${removes.join(', ')}` : set,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: {
      ':zero': 0,
      ':one': 1,
      ':items': encodeItems(items),
      ':taken': at,
      ':history': encodeHistory(earlier.slice(-ANNOUNCEMENT_HISTORY)),
    },
  };
}

/**
 * The revisions announced on a revision item (every store's latest and history), when each was
 * taken where that is written, and the stores other than `self` whose latest revision is
 * ANNOUNCEMENT_KEEP_REVISIONS or more behind `rev`.
 */
export function readAnnouncements(
  attributes: Item,
  self: string,
  rev: number,
): { announced: Map<number, string[]>; takenAt: Map<number, number>; stale: string[] } {
  const announced = new Map<number, string[]>();
  const takenAt = new Map<number, number>();
  const stale: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!name.startsWith(REVISION)) continue;
    const store = name.slice(REVISION.length);
    const latest = Number(value);
    if (!Number.isInteger(latest)) continue;
    const items = decodeItems(attributes[ITEMS + store]);
    if (items) announced.set(latest, items);
    const at = decodeTime(attributes[TAKEN + store]);
    if (at !== undefined) takenAt.set(latest, at);
    for (const earlier of decodeHistory(attributes[HISTORY + store])) {
      if (earlier.items) announced.set(earlier.rev, earlier.items);
      if (earlier.at !== undefined) takenAt.set(earlier.rev, earlier.at);
    }
    if (store !== self && latest <= rev - ANNOUNCEMENT_KEEP_REVISIONS) stale.push(store);
  }
  return { announced, takenAt, stale };
}

/**
 * How long after a revision is taken the items stored before it are taken to be in every copy of
 * the table, so that an eventually consistent read returns them. DynamoDB reaches consistency across
 * its copies "usually within a second"; a minute also covers the clocks of two scorers disagreeing.
 */
export const SETTLED_AFTER_MS = 60_000;

/**
 * Whether the look-back read that follows revision `rev` may be eventually consistent in part, and
 * if so which items it must read consistently: those of every revision taken within
 * SETTLED_AFTER_MS of `now`, its own included. Revisions are taken in order, each after its store
 * stored its items, so once a revision before `rev` was taken before that, the items of every
 * revision up to it have settled. Null when one revision since then announced nothing that can be
 * read (its items are unknown): the whole read must then be consistent.
 */
export function itemsNotSettled(
  announced: ReadonlyMap<number, readonly string[]>,
  takenAt: ReadonlyMap<number, number>,
  rev: number,
  now: number,
): string[] | null {
  const prefixes = new Set<string>();
  for (let r = rev; r >= 1; r--) {
    const at = takenAt.get(r);
    if (r < rev && at !== undefined && at <= now - SETTLED_AFTER_MS) break;
    const items = announced.get(r);
    if (!items) return null;
    for (const prefix of items) prefixes.add(prefix);
  }
  return [...prefixes].sort();
}
