/** Score points for the store tests: one evidence item, the level following the score. */
import type { Evidence, ScorePoint } from '../../../functions/core/model';

export const SAMPLE_EVIDENCE: Evidence[] = [
  {
    articleId: 'a',
    url: null,
    title: 'A title',
    sentence: 'Fire was exchanged.',
    cameo: '190',
    weight: -3.2,
    date: '2022-09-16',
  },
];

/** A KGZ-TJK hourly point at `t` with `score`; anything else through `overrides`. */
export function scorePoint(t: string, score: number, overrides: Partial<ScorePoint> = {}): ScorePoint {
  return {
    pair: 'KGZ-TJK',
    bucket: 'hour',
    t,
    score,
    level: score >= 45 ? 'high' : 'calm',
    trend: 0,
    anomaly: false,
    escalation: score / 4,
    deescalation: 0,
    events: 1,
    articles: 1,
    evidence: SAMPLE_EVIDENCE,
    ...overrides,
  };
}
