/**
 * The read API's representations of stored data. Shapes are the contract in api/openapi.json;
 * numbers are rounded so responses (and their ETags) do not churn on float noise.
 */
import { compareCodes } from '../collections';
import { countryName } from '../extraction';
import { type DyadPair, type Evidence, LEVELS, type Level, type ScorePoint } from '../model';
import type { LevelTransition } from '../ports/tension-store';
import { MODEL } from '../scoring/weights';

export interface CountryView {
  iso3: string;
  name: string | null;
}

/** A score point without what the URL already says (pair, bucket) and without its evidence. */
export type PointView = Omit<ScorePoint, 'pair' | 'bucket' | 'evidence'>;

export interface DyadSummaryView {
  rank: number;
  pair: DyadPair;
  countries: CountryView[];
  score: number;
  level: ScorePoint['level'];
  trend: number;
  anomaly: boolean;
  bucket: ScorePoint['bucket'];
  /** Start of the bucket of the latest point: when the dyad was last scored. */
  updated: string;
}

const round = (value: number, digits = 2) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export function countriesOf(pair: DyadPair): CountryView[] {
  return pair.split('-').map((iso3) => ({ iso3, name: countryName(iso3) ?? null }));
}

export function pointView(point: ScorePoint): PointView {
  return {
    t: point.t,
    score: round(point.score),
    level: point.level,
    trend: round(point.trend),
    anomaly: point.anomaly,
    escalation: round(point.escalation, 3),
    deescalation: round(point.deescalation, 3),
    events: point.events,
    articles: point.articles,
  };
}

export function evidenceView(evidence: Evidence): Evidence {
  return { ...evidence, weight: round(evidence.weight, 3) };
}

export function transitionView(transition: LevelTransition): LevelTransition {
  return { ...transition, score: round(transition.score), trend: round(transition.trend) };
}

/** Rank dyads by score (highest first), ties by the larger rise, then by pair for a stable order. */
export function rankDyads(latest: readonly ScorePoint[]): DyadSummaryView[] {
  // One row per dyad even if the store returns a point per bucket: the most recent wins.
  const byPair = new Map<DyadPair, ScorePoint>();
  for (const point of latest) {
    const seen = byPair.get(point.pair);
    if (!seen || point.t > seen.t || (point.t === seen.t && point.bucket === 'hour')) {
      byPair.set(point.pair, point);
    }
  }
  return [...byPair.values()]
    .sort((a, b) => b.score - a.score || b.trend - a.trend || compareCodes(a.pair, b.pair))
    .map((point, index) => ({
      rank: index + 1,
      pair: point.pair,
      countries: countriesOf(point.pair),
      score: round(point.score),
      level: point.level,
      trend: round(point.trend),
      anomaly: point.anomaly,
      bucket: point.bucket,
      updated: point.t,
    }));
}

/** Key that identifies one event across the points it contributes to. */
const evidenceKey = (e: Evidence) => `${e.articleId}\u0000${e.cameo}\u0000${e.sentence}`;

/**
 * The strongest contributing events across points: each event once (it is carried by every point
 * its decay reaches), strongest absolute weight first, newest first on ties.
 */
export function topEvidence(
  points: readonly ScorePoint[],
  limit: number,
): { items: Evidence[]; total: number } {
  const unique = new Map<string, Evidence>();
  for (const point of points) {
    for (const evidence of point.evidence) {
      const key = evidenceKey(evidence);
      const seen = unique.get(key);
      if (!seen || Math.abs(evidence.weight) > Math.abs(seen.weight)) unique.set(key, evidence);
    }
  }
  const items = [...unique.values()].sort(
    (a, b) =>
      Math.abs(b.weight) - Math.abs(a.weight) ||
      compareCodes(b.date, a.date) ||
      evidenceKey(a).localeCompare(evidenceKey(b)),
  );
  return { items: items.slice(0, limit).map(evidenceView), total: items.length };
}

export interface LevelBand {
  level: Level;
  /** Score at which the level starts (when rising; the scorer leaves it with hysteresis). */
  from: number;
  to: number;
}

/** The score bands of each level, from the scoring model, so charts draw what the scorer uses. */
export function levelBands(): LevelBand[] {
  const starts: Record<Level, number> = { calm: 0, ...MODEL.levelThresholds.value };
  return LEVELS.map((level, index) => {
    const next = LEVELS[index + 1];
    return { level, from: starts[level], to: next ? starts[next] : 100 };
  });
}
