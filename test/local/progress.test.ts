import {
  type DyadRow,
  formatBar,
  formatDyadTable,
  formatTrend,
  Progress,
  rankRows,
} from '../../local/progress';

const rows: DyadRow[] = [
  {
    pair: 'ARM-AZE',
    score: 41.25,
    level: 'elevated',
    trend: -3.2,
    events: 12,
    articles: 9,
    latest: '2026-10-14T00:00:00.000Z',
  },
  {
    pair: 'KGZ-TJK',
    score: 72.5,
    level: 'high',
    trend: 8.04,
    events: 30,
    articles: 22,
    latest: '2026-10-15T00:00:00.000Z',
  },
  {
    pair: 'IND-PAK',
    score: 41.25,
    level: 'elevated',
    trend: 0,
    events: 15,
    articles: 10,
    latest: '2026-10-13T00:00:00.000Z',
  },
];

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, write: (text: string) => chunks.push(text), isTTY };
}

describe('dyad table', () => {
  it('ranks by score, then events, then pair', () => {
    expect(rankRows(rows).map((r) => r.pair)).toEqual(['KGZ-TJK', 'IND-PAK', 'ARM-AZE']);
  });

  it('prints a header, a rule and one aligned line per dyad, without colour codes by default', () => {
    const text = formatDyadTable(rows);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^pair\s+score\s+level\s+trend\s+events\s+articles\s+latest$/);
    expect(lines[1]).toMatch(/^─+/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^KGZ-TJK\s+72\.5\s+high\s+↑ \+8\.0\s+30\s+22\s+2026-10-15$/);
    expect(lines[4]).toContain('↓ -3.2');
    expect(text).not.toContain('\u001b[');
    // Right-aligned numbers end in the same column.
    const scoreEnd = (line: string | undefined) => (line ?? '').indexOf('score') + 'score'.length;
    expect((lines[2] ?? '').slice(0, scoreEnd(lines[0])).endsWith('72.5')).toBe(true);
  });

  it('paints the level only when asked', () => {
    expect(formatDyadTable(rows, { colour: true })).toContain('\u001b[35mhigh');
  });

  it('says so when there is nothing to rank', () => {
    expect(formatDyadTable([])).toBe('No dyad has a score yet.\n');
  });

  it('formats trends and bars', () => {
    expect(formatTrend(0.01)).toBe('→ 0.0');
    expect(formatTrend(2)).toBe('↑ +2.0');
    expect(formatBar(5, 10, 10)).toBe('[█████░░░░░]  50% 5/10');
    expect(formatBar(0, 0, 4)).toBe('[████] 100% 0/0');
  });
});

describe('Progress', () => {
  it('redraws the bar in place on a TTY and clears it before a line', () => {
    const out = sink(true);
    const progress = new Progress(out);
    progress.backlog(1, 4);
    progress.backlog(2, 4);
    progress.line('ALERT KGZ-TJK');
    expect(out.chunks[0]).toMatch(/^\r {2}scoring \[/);
    expect(out.chunks).toContain('\r\u001b[2K');
    expect(out.chunks.at(-1)).toBe('ALERT KGZ-TJK\n');
  });

  it('prints plain lines at most every 10 % when not a TTY', () => {
    const out = sink(false);
    const progress = new Progress(out);
    for (let i = 0; i <= 100; i++) progress.backlog(i, 100);
    progress.backlogDone();
    expect(out.chunks).toHaveLength(11);
    expect(out.chunks.join('')).not.toContain('\r');
    expect(out.chunks.at(-1)).toContain('100% 100/100');
  });
});
