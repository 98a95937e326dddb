import { type EventItem, EventReadCache } from '../../../functions/adapters/store/event-read-cache';
import { storedEvent } from '../../core/scoring/events';

const PAIR = 'KGZ-TJK';

function item(sk: string, writtenAt = 1, events = 1): EventItem {
  return {
    sk,
    writtenAt,
    coverage: false,
    events: Array.from({ length: events }, (_, index) => storedEvent({ articleId: sk, index })),
  };
}

const keys = (items: readonly EventItem[] | undefined) => items?.map((i) => i.sk);

describe('EventReadCache', () => {
  let clock = 0;
  const cache = (options: { maxEvents?: number; maxAgeMs?: number } = {}) =>
    new EventReadCache({ ...options, now: () => clock });
  beforeEach(() => {
    clock = 1_000;
  });

  it('serves nothing it has not read, and a read from its first day on', () => {
    const c = cache();
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    c.revision(PAIR, 3);
    expect(c.revisionOf(PAIR)).toBe(3);
    c.install(PAIR, '2022-09-01', 3, [item('2022-09-02#a'), item('2022-09-05#b')], clock);
    // The read itself served the revision taken; the next revision is served from memory.
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    c.revision(PAIR, 4);
    // Days before the read were not read.
    expect(c.read(PAIR, '2022-08-31')).toBeUndefined();
    expect(keys(c.read(PAIR, '2022-09-03'))).toEqual(['2022-09-05#b']);
    c.revision(PAIR, 5);
    expect(keys(c.read(PAIR, '2022-09-01'))).toEqual(['2022-09-02#a', '2022-09-05#b']);
    expect(c.read('ARM-AZE', '2022-09-01')).toBeUndefined();
  });

  it('serves one read per revision taken: a reader that takes none always reads the table', () => {
    const c = cache();
    c.install(PAIR, '2022-09-01', 0, [item('2022-09-02#a')], clock);
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    c.revision(PAIR, 1);
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a')], clock);
    c.revision(PAIR, 2);
    expect(c.read(PAIR, '2022-09-01')).toBeDefined();
    // Read again without a new revision: another scorer may have stored since.
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
  });

  it('takes in what it stored when the next revision is its own, and nothing when another scorer took one', () => {
    const c = cache();
    c.revision(PAIR, 1);
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a')], clock);
    c.stored(PAIR, [item('2022-09-03#own')]);
    c.revision(PAIR, 2);
    expect(keys(c.read(PAIR, '2022-09-01'))).toEqual(['2022-09-02#a', '2022-09-03#own']);
    // Revision 3 went to another scorer: what it stored is not known here.
    c.stored(PAIR, [item('2022-09-04#own')]);
    c.revision(PAIR, 4);
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    // A read after revision 4 serves the next one, with what this container stored in the meantime.
    c.install(PAIR, '2022-09-01', 4, [item('2022-09-02#a'), item('2022-09-03#other')], clock);
    c.revision(PAIR, 5);
    // (and what it stored before: a read that started before it was stored may lack it).
    expect(keys(c.read(PAIR, '2022-09-01'))).toEqual([
      '2022-09-02#a',
      '2022-09-03#other',
      '2022-09-03#own',
      '2022-09-04#own',
    ]);
    expect(c.eventCount).toBe(4);
  });

  it('reads the table again once its items are maxAgeMs old (events stored and never announced)', () => {
    const c = cache({ maxAgeMs: 60_000 });
    c.revision(PAIR, 1);
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a')], clock);
    c.revision(PAIR, 2);
    clock += 60_000;
    expect(c.read(PAIR, '2022-09-01')).toBeDefined();
    c.revision(PAIR, 3);
    clock += 1;
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
  });

  it('keeps the newer of two reads, and of two copies of one item the later write', () => {
    const c = cache();
    c.revision(PAIR, 5);
    c.revision(PAIR, 6);
    c.install(PAIR, '2022-09-01', 6, [item('2022-09-02#a', 10)], clock);
    // A read that started before revision 6 was taken finishes last: it is not kept.
    c.install(PAIR, '2022-09-01', 5, [], clock);
    // The same chunk stored again by this container, then by a redelivery elsewhere (later).
    c.stored(PAIR, [item('2022-09-02#a', 5)]);
    c.revision(PAIR, 7);
    expect(c.read(PAIR, '2022-09-01')?.[0]?.writtenAt).toBe(10);
    c.stored(PAIR, [item('2022-09-02#a', 20, 2)]);
    c.revision(PAIR, 8);
    expect(c.read(PAIR, '2022-09-01')?.[0]?.writtenAt).toBe(20);
    expect(c.eventCount).toBe(2);
  });

  it('takes in what was stored while a read was under way', () => {
    const c = cache();
    c.revision(PAIR, 1);
    const rev = c.revisionOf(PAIR);
    // Stored (and announced) by this container after the read started: the read may have missed it.
    c.stored(PAIR, [item('2022-09-09#late')]);
    c.revision(PAIR, 2);
    c.install(PAIR, '2022-09-01', rev, [item('2022-09-02#a')], clock);
    // Revision 2 was taken after the read started: not served...
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    // ...until a read after it, which has the late item either way.
    c.install(PAIR, '2022-09-01', 2, [item('2022-09-02#a')], clock);
    c.revision(PAIR, 3);
    expect(keys(c.read(PAIR, '2022-09-01'))).toEqual(['2022-09-02#a', '2022-09-09#late']);
  });

  it('keeps what it stored for reads that started before, whichever of them finishes last', () => {
    const c = cache();
    c.revision(PAIR, 1);
    // Read X starts, another batch of this container takes revision 2, read Y starts.
    const x = c.revisionOf(PAIR);
    c.revision(PAIR, 2);
    const y = c.revisionOf(PAIR);
    // This container stores an item: both reads may miss it.
    c.stored(PAIR, [item('2022-09-09#late')]);
    c.install(PAIR, '2022-09-01', x, [item('2022-09-02#a')], clock);
    c.install(PAIR, '2022-09-01', y, [item('2022-09-02#a')], clock);
    // Its own revision 3 follows Y's: served, with the item.
    c.revision(PAIR, 3);
    expect(keys(c.read(PAIR, '2022-09-01'))).toEqual(['2022-09-02#a', '2022-09-09#late']);
  });

  it('counts the reads it served and those that went to the table', () => {
    const c = cache();
    c.revision(PAIR, 1);
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a')], clock);
    c.revision(PAIR, 2);
    expect(c.read(PAIR, '2022-09-01')).toBeDefined();
    c.revision(PAIR, 3);
    expect(c.read(PAIR, '2022-09-01')).toBeDefined();
    // Another scorer took revision 4 and announced its days: read again, then served.
    expect(c.revision(PAIR, 5, new Map([[4, ['2022-09-03']]]))).toEqual(['2022-09-03']);
    c.refreshed(PAIR, 5, []);
    expect(c.read(PAIR, '2022-09-01')).toBeDefined();
    expect(c.takeReadCounts()).toEqual({ memory: 2, refreshed: 1, table: 1 });
    expect(c.takeReadCounts()).toEqual({ memory: 0, refreshed: 0, table: 0 });
  });

  it('reads only the items other scorers announced, when every revision between was announced', () => {
    const c = cache();
    c.revision(PAIR, 1);
    // A dyad in the news: its look-back takes more read units than a query per announced item.
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a', 1, 100), item('2022-09-05#b', 1, 100)], clock);
    c.stored(PAIR, [item('2022-09-06#own')]);
    // Revisions 2 and 3 were other scorers'; days before the kept ones are not asked for.
    const announced = new Map([
      [2, ['2022-08-20', '2022-09-05']],
      [3, ['2022-09-07']],
    ]);
    expect(c.revision(PAIR, 4, announced)).toEqual(['2022-09-05', '2022-09-07']);
    // Not served before the days are in.
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    c.refreshed(PAIR, 4, [item('2022-09-05#b', 2, 3), item('2022-09-07#c')]);
    // The days read again replace what was kept of them (the later write stays), and the items this
    // container stored are taken in.
    const served = c.read(PAIR, '2022-09-01');
    expect(keys(served)).toEqual(['2022-09-02#a', '2022-09-05#b', '2022-09-06#own', '2022-09-07#c']);
    expect(served?.find((i) => i.sk === '2022-09-05#b')?.events).toHaveLength(3);
  });

  it('reads the table when a revision between was not announced, or another was taken during the refresh', () => {
    const c = cache();
    c.revision(PAIR, 1);
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a')], clock);
    // Revision 3's announcement is missing (overwritten by the same scorer's revision 4).
    expect(
      c.revision(
        PAIR,
        5,
        new Map([
          [2, ['2022-09-03']],
          [4, ['2022-09-04']],
        ]),
      ),
    ).toBeUndefined();
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
    c.install(PAIR, '2022-09-01', 5, [item('2022-09-02#a')], clock);
    expect(c.revision(PAIR, 7, new Map([[6, ['2022-09-03']]]))).toEqual(['2022-09-03']);
    // This container took revision 8 in another batch before the refresh came back.
    c.revision(PAIR, 8);
    c.refreshed(PAIR, 7, [item('2022-09-03#x')]);
    expect(c.read(PAIR, '2022-09-01')).toBeUndefined();
  });

  it('reads the whole look-back of a dyad with little news: fewer read units than a query per item', () => {
    const c = cache();
    c.revision(PAIR, 1);
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a', 1, 30)], clock);
    // 30 events fit in one read unit: one announced item is worth a query, two are not.
    expect(c.revision(PAIR, 3, new Map([[2, ['2022-09-03#x', '2022-09-04#y']]]))).toBeUndefined();
    c.install(PAIR, '2022-09-01', 3, [item('2022-09-02#a', 1, 30)], clock);
    expect(c.revision(PAIR, 5, new Map([[4, ['2022-09-03#x']]]))).toEqual(['2022-09-03#x']);
  });

  it('does not refresh a snapshot older than maxAgeMs', () => {
    const c = cache({ maxAgeMs: 60_000 });
    c.revision(PAIR, 1);
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-02#a')], clock);
    clock += 60_001;
    expect(c.revision(PAIR, 3, new Map([[2, ['2022-09-03']]]))).toBeUndefined();
  });

  it('serves items in key order, as the table returns them', () => {
    const c = cache();
    c.revision(PAIR, 1);
    c.install(PAIR, '2022-09-01', 1, [item('2022-09-05#b')], clock);
    c.stored(PAIR, [item('2022-09-03#a'), item('2022-09-07#c')]);
    c.revision(PAIR, 2);
    expect(keys(c.read(PAIR, '2022-09-01'))).toEqual(['2022-09-03#a', '2022-09-05#b', '2022-09-07#c']);
  });

  it('drops the dyads used longest ago beyond its budget', () => {
    const c = cache({ maxEvents: 11 });
    for (const [n, pair] of ['A-B', 'C-D', 'E-F'].entries()) {
      c.revision(pair, 1);
      c.install(pair, '2022-09-01', 1, [item(`2022-09-0${n + 1}#x`, 1, 4)], clock);
    }
    // 12 events over a budget of 11: the dyad used longest ago goes (down to 8.25 at most).
    expect(c.eventCount).toBe(8);
    for (const pair of ['A-B', 'C-D', 'E-F']) c.revision(pair, 2);
    expect(c.read('A-B', '2022-09-01')).toBeUndefined();
    expect(c.read('C-D', '2022-09-01')).toBeDefined();
    expect(c.read('E-F', '2022-09-01')).toBeDefined();
  });
});
