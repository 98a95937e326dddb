import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScorePoint } from '../../functions/core/model';
import { backtestLines, renderChart, scenarioLines } from '../../scripts/scoring-chart';

const FIXTURE = join(__dirname, '..', 'fixtures', 'scenario');

describe('scoring chart', () => {
  let root: string;
  beforeAll(() => {
    // A repo-like root holding only the fixture scenario (the corpus one may change under us).
    root = mkdtempSync(join(tmpdir(), 'chart-'));
    mkdirSync(join(root, 'test', 'fixtures'), { recursive: true });
    cpSync(FIXTURE, join(root, 'test', 'fixtures', 'scenario'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('backtests the multi-week scenario into a rise, a peak and a de-escalation', async () => {
    const { source, lines } = scenarioLines(root);
    expect(source).toBe(join('test', 'fixtures', 'scenario'));
    expect(lines.length).toBeGreaterThanOrEqual(12);
    const points = (await backtestLines(lines, '2024-07-08T00:00:00.000Z')).filter(
      (p) => p.pair === 'KHM-THA',
    );
    const peakIndex = points.reduce((best, p, i) => (p.score > (points[best]?.score ?? -1) ? i : best), 0);
    const peak = points[peakIndex] as ScorePoint;
    expect(points[0]?.level).toBe('calm');
    expect(peak.level).toBe('critical');
    expect(peak.t >= '2024-05-23' && peak.t < '2024-05-28').toBe(true);
    expect(points[points.length - 1]?.level).toBe('calm');
    expect(points.slice(peakIndex).some((p) => p.level === 'elevated')).toBe(true);
  });

  it('renders an SVG with one point per bucket and the level bands', () => {
    const points = [0, 30, 80, 50, 10].map(
      (score, i): ScorePoint => ({
        pair: 'KHM-THA',
        bucket: 'day',
        t: `2024-05-0${i + 1}T00:00:00.000Z`,
        score,
        level: score >= 70 ? 'critical' : score >= 20 ? 'elevated' : 'calm',
        trend: 0,
        anomaly: score === 80,
        escalation: 0,
        deescalation: 0,
        events: i,
        articles: i,
        evidence: [],
      }),
    );
    const svg = renderChart(points, 'Test <chart>');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Test &#60;chart&#62;');
    expect(svg.match(/<circle /g)?.length).toBe(points.length + 1);
    expect(svg.match(/d="M[^"]+"/)?.[0].split(' ')).toHaveLength(points.length);
    for (const level of ['calm', 'elevated', 'high', 'critical']) expect(svg).toContain(`${level} (≥`);
  });
});
