/**
 * What the local runner shows on the terminal: one line per step of a cycle (sources fetched,
 * articles queued and scored), a progress bar while the first backlog is scored, alerts as they
 * come, and after each cycle the table of dyads. Colours and in-place redraws only on a TTY; a
 * pipe or a log file gets plain lines.
 */
import type { Level } from '../functions/core/model';

export interface DyadRow {
  pair: string;
  score: number;
  level: Level;
  /** Change over the previous 24 hours at the latest point. */
  trend: number;
  /** Events and articles over the whole stored daily series. */
  events: number;
  articles: number;
  /** Bucket start of the latest point, ISO 8601. */
  latest: string;
}

const LEVEL_COLOURS: Record<Level, string> = {
  calm: '\u001b[32m',
  elevated: '\u001b[33m',
  high: '\u001b[35m',
  critical: '\u001b[31m',
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

const COLUMNS: { title: string; align: 'left' | 'right'; cell: (row: DyadRow) => string }[] = [
  { title: 'pair', align: 'left', cell: (r) => r.pair },
  { title: 'score', align: 'right', cell: (r) => r.score.toFixed(1) },
  { title: 'level', align: 'left', cell: (r) => r.level },
  { title: 'trend', align: 'right', cell: (r) => formatTrend(r.trend) },
  { title: 'events', align: 'right', cell: (r) => String(r.events) },
  { title: 'articles', align: 'right', cell: (r) => String(r.articles) },
  { title: 'latest', align: 'left', cell: (r) => r.latest.slice(0, 10) },
];

export function formatTrend(trend: number): string {
  if (Math.abs(trend) < 0.05) return '→ 0.0';
  return `${trend > 0 ? '↑ +' : '↓ '}${trend.toFixed(1)}`;
}

/** Rank dyads: highest score first, then most events, then pair name (stable output). */
export function rankRows(rows: DyadRow[]): DyadRow[] {
  return [...rows].sort((a, b) => b.score - a.score || b.events - a.events || a.pair.localeCompare(b.pair));
}

/** The dyad table as text, ranked; `colour` paints the level column. */
export function formatDyadTable(rows: DyadRow[], options: { colour?: boolean } = {}): string {
  if (rows.length === 0) return 'No dyad has a score yet.\n';
  const ranked = rankRows(rows);
  const cells = ranked.map((row) => COLUMNS.map((c) => c.cell(row)));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.map((r) => (r[i] ?? '').length)));
  const pad = (text: string, i: number) => {
    const column = COLUMNS[i];
    const width = widths[i] ?? text.length;
    return column?.align === 'right' ? text.padStart(width) : text.padEnd(width);
  };
  const header = COLUMNS.map((c, i) => pad(c.title, i)).join('  ');
  const lines = cells.map((row, r) =>
    row
      .map((text, i) => {
        const padded = pad(text, i);
        const level = ranked[r]?.level;
        return options.colour && COLUMNS[i]?.title === 'level' && level
          ? `${LEVEL_COLOURS[level]}${padded}${RESET}`
          : padded;
      })
      .join('  ')
      .trimEnd(),
  );
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return `${options.colour ? `${BOLD}${header.trimEnd()}${RESET}` : header.trimEnd()}\n${rule}\n${lines.join('\n')}\n`;
}

/** A text progress bar, e.g. "[██████░░░░]  60% 30/50". */
export function formatBar(done: number, total: number, width = 30): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  const percent = `${Math.round(ratio * 100)}%`.padStart(4);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent} ${done}/${total}`;
}

export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export class Progress {
  private readonly tty: boolean;
  private barShown = false;
  private lastPlainPercent = -1;

  constructor(private readonly out: ProgressSink) {
    this.tty = Boolean(out.isTTY) && !process.env.NO_COLOR;
  }

  get colour(): boolean {
    return this.tty;
  }

  /** A line of news; clears an in-place bar first. */
  line(text: string): void {
    this.clearBar();
    this.out.write(`${text}\n`);
  }

  /** Show scoring progress of the backlog: redrawn in place on a TTY, every 10 % otherwise. */
  backlog(scored: number, total: number): void {
    if (total <= 0) return;
    if (this.tty) {
      this.out.write(`\r  scoring ${formatBar(scored, total)}`);
      this.barShown = true;
      return;
    }
    const percent = Math.floor((Math.min(scored, total) / total) * 10) * 10;
    if (percent !== this.lastPlainPercent) {
      this.lastPlainPercent = percent;
      this.out.write(`  scoring ${formatBar(scored, total)}\n`);
    }
  }

  /** The backlog is done: end the bar line. */
  backlogDone(): void {
    if (this.barShown) this.out.write('\n');
    this.barShown = false;
    this.lastPlainPercent = -1;
  }

  private clearBar(): void {
    if (!this.barShown) return;
    this.out.write('\r\u001b[2K');
    this.barShown = false;
  }
}
