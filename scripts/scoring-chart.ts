/**
 * Draws docs/img/backtest-scenario.svg: a daily backtest of the multi-week scenario corpus
 * (corpus/dev/scenario-*.json, or test/fixtures/scenario/ while that is absent) through the real
 * extraction and scoring. Hand-rolled SVG: no chart library, stable output for the repo.
 *
 *   npx tsx scripts/scoring-chart.ts [--out FILE]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runBacktest } from '../cli/commands/backtest';
import type { ScorePoint } from '../functions/core/model';
import { MODEL } from '../functions/core/scoring';

const ROOT = join(__dirname, '..');

/** Scenario articles (JSONL lines) from the corpus, or from the test fixture when the corpus has none. */
export function scenarioLines(root = ROOT): { source: string; lines: string[] } {
  const candidates = [join(root, 'corpus', 'dev'), join(root, 'test', 'fixtures', 'scenario')];
  for (const dir of candidates) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => /^scenario-.*\.json$/.test(f));
    } catch {
      continue;
    }
    if (files.length < 12) continue;
    const lines = files.sort().map((f) => {
      const { article } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { article: unknown };
      return JSON.stringify(article);
    });
    return { source: dir.slice(root.length + 1), lines };
  }
  throw new Error(
    'no scenario corpus: expected >= 12 scenario-*.json files in corpus/dev or test/fixtures/scenario',
  );
}

/** Backtest JSONL lines in memory; returns the points of every dyad. */
export async function backtestLines(lines: string[], to?: string): Promise<ScorePoint[]> {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const stderr = new PassThrough();
  stderr.resume();
  await runBacktest(
    { input: '-', bucket: 'day', csv: false, to },
    { stdin: Readable.from(lines.map((l) => `${l}\n`)), stdout, stderr },
  );
  stdout.end();
  return chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ScorePoint);
}

const LEVEL_COLOURS = { calm: '#e8f5e9', elevated: '#fff8e1', high: '#ffe0b2', critical: '#ffcdd2' } as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The chart as an SVG document: score line, level bands, daily story counts, level of each day. */
export function renderChart(points: ScorePoint[], title: string): string {
  const width = 960;
  const height = 420;
  const margin = { left: 56, right: 24, top: 48, bottom: 72 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const n = Math.max(points.length - 1, 1);
  const x = (i: number) => margin.left + (i / n) * plotW;
  const y = (score: number) => margin.top + plotH - (score / 100) * plotH;
  const thresholds = MODEL.levelThresholds.value;
  const bands: [keyof typeof LEVEL_COLOURS, number, number][] = [
    ['calm', 0, thresholds.elevated],
    ['elevated', thresholds.elevated, thresholds.high],
    ['high', thresholds.high, thresholds.critical],
    ['critical', thresholds.critical, 100],
  ];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin.left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (const [level, low, high] of bands) {
    parts.push(
      `<rect x="${margin.left}" y="${y(high)}" width="${plotW}" height="${y(low) - y(high)}" fill="${LEVEL_COLOURS[level]}"/>`,
      `<text x="${width - margin.right - 4}" y="${y(high) + 14}" text-anchor="end" fill="#666">${level} (≥ ${low})</text>`,
    );
  }
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${margin.left - 4}" x2="${margin.left}" y1="${y(tick)}" y2="${y(tick)}" stroke="#333"/>`,
      `<text x="${margin.left - 8}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
    );
  }
  const maxEvents = Math.max(1, ...points.map((p) => p.events));
  const barW = Math.max(2, plotW / (n + 1) - 2);
  points.forEach((p, i) => {
    if (p.events > 0) {
      const h = (p.events / maxEvents) * (plotH * 0.25);
      parts.push(
        `<rect x="${x(i) - barW / 2}" y="${margin.top + plotH - h}" width="${barW}" height="${h}" fill="#90a4ae" opacity="0.7"><title>${p.t.slice(0, 10)}: ${p.events} stories, ${p.articles} articles</title></rect>`,
      );
    }
    if (i % 7 === 0 || i === points.length - 1) {
      parts.push(
        `<text x="${x(i)}" y="${margin.top + plotH + 18}" text-anchor="middle">${p.t.slice(5, 10)}</text>`,
        `<line x1="${x(i)}" x2="${x(i)}" y1="${margin.top + plotH}" y2="${margin.top + plotH + 4}" stroke="#333"/>`,
      );
    }
  });
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`)
    .join(' ');
  parts.push(`<path d="${path}" fill="none" stroke="#c62828" stroke-width="2.5"/>`);
  points.forEach((p, i) => {
    parts.push(
      `<circle cx="${x(i).toFixed(1)}" cy="${y(p.score).toFixed(1)}" r="${p.anomaly ? 4.5 : 2.5}" fill="${p.anomaly ? '#6a1b9a' : '#c62828'}"><title>${p.t.slice(0, 10)} score ${p.score} (${p.level}), trend ${p.trend}${p.anomaly ? ', anomaly' : ''}</title></circle>`,
    );
  });
  parts.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
    `<text x="16" y="${margin.top + plotH / 2}" transform="rotate(-90 16 ${margin.top + plotH / 2})" text-anchor="middle">tension score (0–100)</text>`,
    `<line x1="${margin.left}" x2="${margin.left + 24}" y1="${height - 22}" y2="${height - 22}" stroke="#c62828" stroke-width="2.5"/>`,
    `<text x="${margin.left + 30}" y="${height - 18}">daily score (end of day)</text>`,
    `<circle cx="${margin.left + 200}" cy="${height - 22}" r="4.5" fill="#6a1b9a"/>`,
    `<text x="${margin.left + 210}" y="${height - 18}">anomaly vs own baseline</text>`,
    `<rect x="${margin.left + 380}" y="${height - 28}" width="12" height="12" fill="#90a4ae" opacity="0.7"/>`,
    `<text x="${margin.left + 398}" y="${height - 18}">stories that day (scaled)</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const out =
    outIndex > 0
      ? (process.argv[outIndex + 1] as string)
      : join(ROOT, 'docs', 'img', 'backtest-scenario.svg');
  const { source, lines } = scenarioLines();
  // Ten days past the last article, to show the decay after the final de-escalation.
  const lastPublished = lines
    .map((l) => Date.parse(String((JSON.parse(l) as { published?: string }).published)))
    .filter((t) => !Number.isNaN(t))
    .reduce((a, b) => Math.max(a, b), 0);
  const to = new Date(Math.floor(lastPublished / 86_400_000) * 86_400_000 + 11 * 86_400_000).toISOString();
  const all = await backtestLines(lines, to);
  const counts = new Map<string, number>();
  for (const p of all) counts.set(p.pair, (counts.get(p.pair) ?? 0) + p.events);
  const [pair] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!pair) throw new Error('the scenario produced no dyad events');
  const points = all.filter((p) => p.pair === pair);
  const peak = points.reduce((a, b) => (b.score > a.score ? b : a));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderChart(points, `Backtest ${pair}, daily (${source}, ${lines.length} articles)`));
  process.stderr.write(
    `wrote ${out}: ${pair}, ${points.length} days, peak ${peak.score} (${peak.level}) on ${peak.t.slice(0, 10)}\n`,
  );
  for (const p of points)
    process.stdout.write(
      `${p.t.slice(0, 10)} ${p.score.toFixed(1).padStart(5)} ${p.level} events=${p.events}\n`,
    );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`scoring-chart: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
