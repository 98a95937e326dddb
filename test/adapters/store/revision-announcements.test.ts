import {
  ANNOUNCEMENT_HISTORY,
  ANNOUNCEMENT_KEEP_REVISIONS,
  announcedPrefix,
  announcingUpdate,
  itemsNotSettled,
  readAnnouncements,
  SETTLED_AFTER_MS,
} from '../../../functions/adapters/store/revision-announcements';

const DAY = '2022-09-13T00:00:00.000Z';

describe('revision announcements', () => {
  it('names an item by its day and the start of its chunk id, whatever follows', () => {
    expect(announcedPrefix(`${DAY}#Ab3_x-9qQw#1`)).toBe(`${DAY}#Ab3_x-`);
    expect(announcedPrefix(`${DAY}#Ab3_x-9qQw#coverage`)).toBe(`${DAY}#Ab3_x-`);
  });

  it('announces each item once in about eleven characters, with the store history and removals', () => {
    const update = announcingUpdate(
      'abc',
      [`${DAY}#Ab3_x-`, '2022-09-12T00:00:00.000Z#zz9-_a', `${DAY}#Ab3_x-`],
      Array.from({ length: ANNOUNCEMENT_HISTORY + 2 }, (_, i) => ({
        rev: i + 1,
        items: [`2022-09-0${i + 1}T00:00:00.000Z#aaaaa${i}`],
      })),
      ['old'],
      0,
    );
    expect(update.ExpressionAttributeValues[':items']).toBe('eun:zz9-_a,euo:Ab3_x-');
    // Only the latest ANNOUNCEMENT_HISTORY earlier revisions.
    expect(String(update.ExpressionAttributeValues[':history']).split(';')).toHaveLength(
      ANNOUNCEMENT_HISTORY,
    );
    expect(update.ExpressionAttributeValues[':history']).toMatch(/^3=/);
    expect(update.UpdateExpression).toMatch(/ REMOVE #r0, #i0, #w0, #h0$/);
    expect(update.ExpressionAttributeNames['#r0']).toBe('arold');
    expect(announcingUpdate('abc', [], [], [], 0).UpdateExpression).not.toMatch(/REMOVE/);
  });

  it('reads back every store latest revision and history, and names the stores far behind', () => {
    const written = (items: string[], earlier: { rev: number; items: string[] }[]) =>
      announcingUpdate('x', items, earlier, [], 0).ExpressionAttributeValues;
    const abc = written([`${DAY}#Ab3_x-`], [{ rev: 190, items: [`${DAY}#zz9-_a`, `${DAY}#q0q0q0`] }]);
    const item = {
      pk: 'DYAD#KGZ-TJK',
      sk: 'REV',
      rev: 200,
      arabc: 199,
      adabc: abc[':items'],
      ahabc: abc[':history'],
      arxyz: 200,
      adxyz: '',
      ahxyz: '',
      argone: 200 - ANNOUNCEMENT_KEEP_REVISIONS,
      adgone: written(['1970-01-01T00:00:00.000Z#000000'], [])[':items'],
    };
    const { announced, stale } = readAnnouncements(item, 'xyz', 200);
    expect(Object.fromEntries(announced)).toEqual({
      199: [`${DAY}#Ab3_x-`],
      190: [`${DAY}#q0q0q0`, `${DAY}#zz9-_a`],
      200: [],
      [200 - ANNOUNCEMENT_KEEP_REVISIONS]: ['1970-01-01T00:00:00.000Z#000000'],
    });
    expect(stale).toEqual(['gone']);
    // A store never names itself stale.
    expect(readAnnouncements({ ...item, rev: 1000 }, 'xyz', 1000).stale).toEqual(['abc', 'gone']);
  });

  it('reads back items of any day, history before 1970 and dates far ahead included', () => {
    const days = ['1962-10-20T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '2150-01-01T00:00:00.000Z'];
    const items = days.map((day) => `${day}#Ab3_x-`);
    const written = announcingUpdate('abc', items, [{ rev: 4, items }], [], 0).ExpressionAttributeValues;
    const { announced } = readAnnouncements(
      { rev: 5, arabc: 5, adabc: written[':items'], ahabc: written[':history'] },
      'xyz',
      5,
    );
    expect(announced.get(5)).toEqual(items);
    expect(announced.get(4)).toEqual(items);
  });

  it('takes a revision whose items cannot be read as unannounced, so its readers read the table', () => {
    // A key that does not fit the format is written as unreadable, not as a wrong name.
    const odd = announcingUpdate('abc', ['not a day#Ab3_x-'], [], [], 0).ExpressionAttributeValues[':items'];
    const item = {
      rev: 9,
      arabc: 9,
      adabc: odd,
      ahabc: '7=eun:zz9-_a;8=eun:zz9:_a,;x=eun:q0q0q0',
      arxyz: 6,
      adxyz: 'eun:zz9-_a,zzzzzzzzzzzz:ab',
    };
    const { announced } = readAnnouncements(item, 'abc', 9);
    expect([...announced.keys()].sort()).toEqual([7]);
    expect(announced.get(7)).toEqual(['2022-09-12T00:00:00.000Z#zz9-_a']);
  });

  it('reads back when each revision was taken, and none for history written before times were', () => {
    const at = Date.parse('2022-09-16T10:00:00.000Z');
    const written = announcingUpdate(
      'abc',
      [`${DAY}#Ab3_x-`],
      [
        { rev: 3, items: [`${DAY}#zz9-_a`] },
        { rev: 4, items: [], at: at - 5_000 },
      ],
      [],
      at,
    ).ExpressionAttributeValues;
    const { announced, takenAt } = readAnnouncements(
      { rev: 5, arabc: 5, adabc: written[':items'], awabc: written[':taken'], ahabc: written[':history'] },
      'xyz',
      5,
    );
    expect(Object.fromEntries(takenAt)).toEqual({ 4: at - 5_000, 5: at });
    expect(Object.fromEntries(announced)).toEqual({ 3: [`${DAY}#zz9-_a`], 4: [], 5: [`${DAY}#Ab3_x-`] });
    // A reader of the layout before times reads the same revisions and items from it.
    expect(
      String(written[':history'])
        .split(';')
        .map((entry) => entry.split('=').slice(0, 2)),
    ).toEqual([
      ['3', 'euo:zz9-_a'],
      ['4', ''],
    ]);
  });

  describe('itemsNotSettled', () => {
    const now = Date.parse('2022-09-16T10:00:00.000Z');
    const old = now - SETTLED_AFTER_MS - 1;
    const day = (n: number) => `2022-09-0${n}T00:00:00.000Z#aaaaa${n}`;

    it('names the items of every revision since one taken before the settling time, its own included', () => {
      const announced = new Map([
        [7, [day(7)]],
        [6, [day(6), day(1)]],
        [5, [day(5)]],
        [4, [day(4)]],
      ]);
      const takenAt = new Map([
        [7, now],
        [6, now - 1_000],
        [4, old],
      ]);
      // Revision 5 has no time (announced before times were): it counts as recent.
      expect(itemsNotSettled(announced, takenAt, 7, now)).toEqual([day(1), day(5), day(6), day(7)]);
      // Revisions before an old one are not needed, announced or not.
      expect(itemsNotSettled(new Map([...announced, [2, [day(2)]]]), takenAt, 7, now)).toEqual([
        day(1),
        day(5),
        day(6),
        day(7),
      ]);
    });

    it('is null when a revision since then announced nothing that can be read', () => {
      const announced = new Map([
        [7, [day(7)]],
        [5, [day(5)]],
      ]);
      expect(itemsNotSettled(announced, new Map([[5, old]]), 7, now)).toBeNull();
      // Its own revision's items unknown: nothing can be left to an eventual read.
      expect(itemsNotSettled(new Map([[6, [day(6)]]]), new Map([[6, old]]), 7, now)).toBeNull();
    });

    it('reads every revision back to the first when none is old, and none when the old one is the last', () => {
      const announced = new Map([
        [3, [day(3)]],
        [2, []],
        [1, [day(1)]],
      ]);
      expect(itemsNotSettled(announced, new Map(), 3, now)).toEqual([day(1), day(3)]);
      expect(itemsNotSettled(announced, new Map([[2, old]]), 3, now)).toEqual([day(3)]);
      // Taken exactly the settling time ago counts as settled; a millisecond later does not.
      expect(itemsNotSettled(announced, new Map([[2, now - SETTLED_AFTER_MS]]), 3, now)).toEqual([day(3)]);
      expect(itemsNotSettled(announced, new Map([[2, now - SETTLED_AFTER_MS + 1]]), 3, now)).toEqual([
        day(1),
        day(3),
      ]);
    });
  });
});
