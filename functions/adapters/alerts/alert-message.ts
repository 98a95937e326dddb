/**
 * What a level-change alert says, shared by the SNS and console publishers: a one-line subject a
 * person can triage from a phone, and a JSON body with everything a machine or an analyst needs.
 */
import { countryName } from '../../core/extraction';
import { type Evidence, LEVELS } from '../../core/model';
import type { LevelChangeAlert } from '../../core/ports/alert-publisher';

/** Events carried in an alert: enough to see why, small enough for any subscriber. */
export const ALERT_EVIDENCE_LIMIT = 5;
/** SNS subjects must be ASCII, one line and under 100 characters. */
const SUBJECT_MAX = 99;

export interface AlertMessage {
  type: 'level-change';
  pair: string;
  countries: { iso3: string; name: string | null }[];
  from: LevelChangeAlert['from'];
  to: LevelChangeAlert['to'];
  direction: 'up' | 'down';
  t: string;
  score: number;
  trend: number;
  summary: string;
  evidence: Evidence[];
}

export function alertDirection(alert: Pick<LevelChangeAlert, 'from' | 'to'>): 'up' | 'down' {
  return LEVELS.indexOf(alert.to) > LEVELS.indexOf(alert.from) ? 'up' : 'down';
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${round1(value)}`;

/** "Kyrgyzstan-Tajikistan" (falls back to the codes). */
function dyadName(pair: string): string {
  return pair
    .split('-')
    .map((iso3) => countryName(iso3) ?? iso3)
    .join('-');
}

/** Keep to printable ASCII (accents folded: "Côte" → "Cote") on one line. */
function toAsciiLine(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function alertSubject(alert: LevelChangeAlert): string {
  const verb = alertDirection(alert) === 'up' ? 'rose' : 'eased';
  const subject = `[border-tension] ${alert.pair} ${verb} to ${alert.to.toUpperCase()} (${alert.from} -> ${alert.to}), score ${round1(alert.score)}`;
  return toAsciiLine(subject).slice(0, SUBJECT_MAX);
}

export function alertSummary(alert: LevelChangeAlert): string {
  const verb = alertDirection(alert) === 'up' ? 'rose' : 'eased';
  const strongest = [...alert.evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0];
  const why = strongest
    ? ` Strongest event: "${strongest.sentence}" (${strongest.title || strongest.url || strongest.articleId}).`
    : '';
  return `Tension on ${dyadName(alert.pair)} (${alert.pair}) ${verb} from ${alert.from} to ${alert.to} at ${alert.t}: score ${round1(alert.score)}, ${signed(alert.trend)} in 24 h.${why}`;
}

export function buildAlertMessage(alert: LevelChangeAlert): AlertMessage {
  return {
    type: 'level-change',
    pair: alert.pair,
    countries: alert.pair.split('-').map((iso3) => ({ iso3, name: countryName(iso3) ?? null })),
    from: alert.from,
    to: alert.to,
    direction: alertDirection(alert),
    t: alert.t,
    score: round1(alert.score),
    trend: round1(alert.trend),
    summary: alertSummary(alert),
    evidence: [...alert.evidence]
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, ALERT_EVIDENCE_LIMIT),
  };
}
