import { latestDate, replayShiftDays, shiftDates } from '../../local/replay-dates';

describe('story replay', () => {
  it('moves every date notation of the sample feeds and keeps links and ids', () => {
    const text = [
      '<pubDate>Sat, 12 Sep 2026 05:20:00 +0000</pubDate>',
      '<published>2026-09-13T06:05:00Z</published>',
      '"seendate": "20260928T100500Z"',
      '<time datetime="2026-09-28T10:05:00Z">28 September 2026</time>',
      '<link>https://steppewire.example/2026/09/12/shots-fired</link>',
      '<id>tag:caucasusmonitor.example,2026-09-13:clashes</id>',
      'the understanding reached in February 2021',
    ].join('\n');
    const shifted = shiftDates(text, 42).split('\n');
    expect(shifted[0]).toBe('<pubDate>Sat, 24 Oct 2026 05:20:00 +0000</pubDate>');
    expect(shifted[1]).toBe('<published>2026-10-25T06:05:00Z</published>');
    expect(shifted[2]).toBe('"seendate": "20261109T100500Z"');
    expect(shifted[3]).toBe('<time datetime="2026-11-09T10:05:00Z">09 November 2026</time>');
    expect(shifted[4]).toBe('<link>https://steppewire.example/2026/09/12/shots-fired</link>');
    expect(shifted[5]).toBe('<id>tag:caucasusmonitor.example,2026-09-13:clashes</id>');
    expect(shifted[6]).toBe('the understanding reached in February 2021');
    expect(shiftDates(text, 0)).toBe(text);
  });

  it('finds the latest date across notations', () => {
    expect(
      latestDate(['x 2026-09-01T00:00:00Z', 'Wed, 14 Oct 2026 09:05:00 +0000', '20261001T000000Z']),
    ).toBe(Date.parse('2026-10-14T09:05:00Z'));
    expect(latestDate(['no dates here'])).toBeUndefined();
  });

  it('shifts by whole weeks so the story ends within the past week, never in the future', () => {
    const latest = Date.parse('2026-10-14T09:05:00Z');
    expect(replayShiftDays(latest, new Date('2026-11-28T20:00:00Z'))).toBe(42);
    expect(replayShiftDays(latest, new Date('2026-10-21T09:05:00Z'))).toBe(7);
    expect(replayShiftDays(latest, new Date('2026-10-21T09:04:59Z'))).toBe(0);
    expect(replayShiftDays(latest, new Date('2026-10-01T00:00:00Z'))).toBe(0);
    for (const now of ['2026-12-31T23:59:59Z', '2027-06-01T00:00:00Z']) {
      const shift = replayShiftDays(latest, new Date(now));
      expect(shift % 7).toBe(0);
      const end = latest + shift * 86_400_000;
      expect(end).toBeLessThanOrEqual(Date.parse(now));
      expect(Date.parse(now) - end).toBeLessThan(7 * 86_400_000);
    }
  });
});
