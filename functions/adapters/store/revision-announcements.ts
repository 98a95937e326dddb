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
 * - `ah<store>`: its ANNOUNCEMENT_HISTORY revisions before, as `rev=names;rev=names`, so that a
 *   reader that missed several revisions of one store still finds them all.
 *
 * A store that has not announced for ANNOUNCEMENT_KEEP_REVISIONS revisions of the dyad (a container
 * long gone) has its attributes removed by the next store that takes a revision.
 */

type Item = Record<string, unknown>;

const REVISION = 'ar';
const ITEMS = 'ad';
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
  return history.map(({ rev, items }) => `${rev}=${encodeItems(items)}`).join(';');
}

/** A store's earlier revisions; one whose items cannot be read is left out (unannounced). */
function decodeHistory(value: unknown): Announcement[] {
  if (typeof value !== 'string' || value === '') return [];
  return value.split(';').flatMap((entry) => {
    const [rev, items = ''] = entry.split('=');
    const revision = Number(rev);
    const prefixes = decodeItems(items);
    return Number.isInteger(revision) && prefixes ? [{ rev: revision, items: prefixes }] : [];
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
): {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
} {
  const names: Record<string, string> = {
    '#rev': REVISION + store,
    '#items': ITEMS + store,
    '#history': HISTORY + store,
  };
  const removes: string[] = [];
  stale.forEach((other, i) => {
    names[`#r${i}`] = REVISION + other;
    names[`#i${i}`] = ITEMS + other;
    names[`#h${i}`] = HISTORY + other;
    removes.push(`#r${i}`, `#i${i}`, `#h${i}`);
  });
  // The announced revision is computed from the revision before, as the new one is: both are one more.
  const set =
    'SET rev = if_not_exists(rev, :zero) + :one, #rev = if_not_exists(rev, :zero) + :one, #items = :items, #history = :history';
  return {
    UpdateExpression: removes.length > 0 ? `${set} REMOVE ${removes.join(', ')}` : set,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: {
      ':zero': 0,
      ':one': 1,
      ':items': encodeItems(items),
      ':history': encodeHistory(earlier.slice(-ANNOUNCEMENT_HISTORY)),
    },
  };
}

/**
 * The revisions announced on a revision item (every store's latest and history), and the stores
 * other than `self` whose latest revision is ANNOUNCEMENT_KEEP_REVISIONS or more behind `rev`.
 */
export function readAnnouncements(
  attributes: Item,
  self: string,
  rev: number,
): { announced: Map<number, string[]>; stale: string[] } {
  const announced = new Map<number, string[]>();
  const stale: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!name.startsWith(REVISION)) continue;
    const store = name.slice(REVISION.length);
    const latest = Number(value);
    if (!Number.isInteger(latest)) continue;
    const items = decodeItems(attributes[ITEMS + store]);
    if (items) announced.set(latest, items);
    for (const earlier of decodeHistory(attributes[HISTORY + store])) {
      announced.set(earlier.rev, [...earlier.items]);
    }
    if (store !== self && latest <= rev - ANNOUNCEMENT_KEEP_REVISIONS) stale.push(store);
  }
  return { announced, stale };
}
