/**
 * Announcements on a dyad's revision item: with each revision it takes, a store names the event
 * items it stored since its last one. A scorer container that kept the dyad's items reads those
 * items again when other scorers took revisions, instead of its whole look-back (EventReadCache).
 *
 * An item is named by a prefix of its sort key, `<day start>#<first CHUNK_PREFIX characters of its
 * chunk id>`: a query for the prefix reads that item (and its coverage twin and split parts), and
 * the name is written in 9 characters (the day as a base-36 day number in 3, then the chunk id's
 * first 6), so the revision item stays well under the kilobyte of one write unit. Each store writes
 * attributes of its own, so no two stores overwrite each other's:
 *
 * - `ar<store>`: the store's latest revision, computed in the same update as the revision itself;
 * - `ad<store>`: the items of that revision, their names concatenated;
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
const DAY_DIGITS = 3;

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

function encodeItems(prefixes: Iterable<string>): string {
  return [...new Set(prefixes)]
    .sort()
    .map((prefix) => {
      const [day = '', chunk = ''] = prefix.split('#');
      return (
        Math.floor(Date.parse(day) / DAY_MS)
          .toString(36)
          .padStart(DAY_DIGITS, '0') + chunk
      );
    })
    .join('');
}

function decodeItems(value: string): string[] {
  const size = DAY_DIGITS + CHUNK_PREFIX;
  const prefixes: string[] = [];
  for (let at = 0; at + size <= value.length; at += size) {
    const day = new Date(Number.parseInt(value.slice(at, at + DAY_DIGITS), 36) * DAY_MS).toISOString();
    prefixes.push(`${day}#${value.slice(at + DAY_DIGITS, at + size)}`);
  }
  return prefixes;
}

function encodeHistory(history: readonly Announcement[]): string {
  return history.map(({ rev, items }) => `${rev}=${encodeItems(items)}`).join(';');
}

function decodeHistory(value: unknown): Announcement[] {
  if (typeof value !== 'string' || value === '') return [];
  return value.split(';').flatMap((entry) => {
    const [rev, items = ''] = entry.split('=');
    const revision = Number(rev);
    return Number.isInteger(revision) ? [{ rev: revision, items: decodeItems(items) }] : [];
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
    const items = attributes[ITEMS + store];
    announced.set(latest, decodeItems(typeof items === 'string' ? items : ''));
    for (const earlier of decodeHistory(attributes[HISTORY + store])) {
      announced.set(earlier.rev, [...earlier.items]);
    }
    if (store !== self && latest <= rev - ANNOUNCEMENT_KEEP_REVISIONS) stale.push(store);
  }
  return { announced, stale };
}
