/**
 * Test support: score series for a few dyads, written through the TensionStore port, for the read
 * API, handler, local server and dashboard tests. Sentences are invented for the tests.
 */
import type { Bucket, DyadPair, Evidence, Level, ScorePoint } from '../../../functions/core/model';
import type { TensionStore } from '../../../functions/core/ports/tension-store';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Level of a score, by the model's rising thresholds (20 / 45 / 70). */
export function levelOf(score: number): Level {
  if (score >= 70) return 'critical';
  if (score >= 45) return 'high';
  if (score >= 20) return 'elevated';
  return 'calm';
}

export interface DyadFixture {
  pair: DyadPair;
  /** Daily scores, oldest first, ending on the fixture's last day. */
  daily: number[];
  /** Index into `daily` → the events reported that day. */
  events: Record<number, Omit<Evidence, 'date'>[]>;
}

const ev = (articleId: string, title: string, sentence: string, cameo: string, weight: number) => ({
  articleId,
  url: `https://news.example.org/${articleId}`,
  title,
  sentence,
  cameo,
  weight,
});

/** Three dyads: one flaring up (critical at the end), one elevated, one calm. */
export const DYADS: DyadFixture[] = [
  {
    pair: 'KGZ-TJK',
    daily: [4, 4, 5, 5, 6, 6, 5, 5, 8, 12, 18, 24, 30, 41, 52, 63, 72, 78, 74, 71],
    events: {
      13: [
        ev(
          'a-1301',
          'Shots reported at a border post',
          'Guards at a mountain post said they came under rifle fire overnight.',
          '190',
          -4.2,
        ),
      ],
      16: [
        ev(
          'a-1601',
          'Artillery duel along the frontier',
          'Both armies traded artillery fire along the valley road for several hours.',
          '194',
          -9.1,
        ),
        ev(
          'a-1602',
          'Mediators call for calm',
          'A regional security bloc urged the two capitals to stop shooting and talk.',
          '02',
          2.5,
        ),
      ],
      18: [
        ev(
          'a-1801',
          'Village shelled, one dead',
          'A farmer was killed when a shell hit a village near the disputed canal.',
          '195',
          -8.4,
        ),
      ],
    },
  },
  {
    pair: 'ARM-AZE',
    daily: [30, 31, 33, 32, 30, 29, 31, 34, 36, 35, 33, 32, 34, 35, 37, 36, 35, 34, 33, 33],
    events: {
      15: [
        ev(
          'b-1501',
          'Troops dig in on the ridge',
          'Soldiers were seen fortifying positions on a ridge above the border.',
          '154',
          -3.0,
        ),
      ],
    },
  },
  {
    pair: 'CHN-IND',
    daily: [8, 8, 7, 7, 6, 6, 6, 5, 5, 5, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3],
    events: {
      17: [
        ev(
          'c-1701',
          'Commanders meet at the pass',
          'Local commanders met at a mountain pass and agreed to keep patrols apart.',
          '036',
          3.5,
        ),
      ],
    },
  },
];

/** Midnight UTC of a date. */
export const dayStart = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/**
 * The fixture's points with the last daily point on `lastDay` (midnight UTC), plus 48 hourly points
 * up to `lastDay` 15:00.
 */
export function fixturePoints(lastDay: Date, dyads: DyadFixture[] = DYADS): ScorePoint[] {
  const points: ScorePoint[] = [];
  for (const dyad of dyads) {
    const n = dyad.daily.length;
    const point = (
      bucket: Bucket,
      t: Date,
      score: number,
      prev: number,
      evidence: Evidence[],
    ): ScorePoint => ({
      pair: dyad.pair,
      bucket,
      t: t.toISOString(),
      score,
      level: levelOf(score),
      trend: score - prev,
      anomaly: score - prev >= 15,
      escalation: Math.max(0, score / 10),
      deescalation: evidence.filter((e) => e.weight > 0).reduce((sum, e) => sum + e.weight, 0),
      events: evidence.length,
      articles: evidence.length,
      evidence,
    });
    dyad.daily.forEach((score, i) => {
      const t = new Date(lastDay.getTime() - (n - 1 - i) * DAY_MS);
      const evidence = (dyad.events[i] ?? []).map((e) => ({ ...e, date: t.toISOString().slice(0, 10) }));
      points.push(point('day', t, score, dyad.daily[i - 1] ?? score, evidence));
    });
    // Hourly: interpolate the last two days.
    const last = dyad.daily[n - 1] ?? 0;
    const before = dyad.daily[n - 2] ?? last;
    for (let h = 0; h < 48; h++) {
      const t = new Date(lastDay.getTime() + (15 - 47 + h) * HOUR_MS);
      const score = Math.round((before + ((last - before) * h) / 47) * 100) / 100;
      points.push(point('hour', t, score, before, []));
    }
  }
  return points;
}

/** Write the fixture to a store, series and latest items, and record a level transition. */
export async function seedStore(store: TensionStore, lastDay: Date): Promise<ScorePoint[]> {
  const points = fixturePoints(lastDay);
  await store.putScorePoints(points, 1);
  await store.claimTransition({
    pair: 'KGZ-TJK',
    t: new Date(lastDay.getTime() - 3 * DAY_MS).toISOString(),
    from: 'high',
    to: 'critical',
    score: 72,
    trend: 9,
  });
  return points;
}

export const FIXTURE_LAST_DAY = new Date('2022-09-18T00:00:00.000Z');
/** "Now" for API tests: the afternoon of the fixture's last day. */
export const FIXTURE_NOW = new Date('2022-09-18T15:30:00.000Z');
