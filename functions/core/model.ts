/**
 * The shared vocabulary of the domain core: articles in, extractions out, score points stored.
 * Pure types and zod schemas only; no AWS, no I/O. Every layer (handlers, CLI, local runner,
 * dashboard API) speaks these shapes.
 */
import * as z from '../../lib/config/zod-mini';

/** ISO 3166-1 alpha-3 code, e.g. "KGZ". */
export type Iso3 = string;

/** A dyad key: two ISO3 codes sorted and joined by "-", e.g. "KGZ-TJK". */
export type DyadPair = string;

export const DYAD_PAIR_PATTERN = /^[A-Z]{3}-[A-Z]{3}$/;

/** Build the canonical pair key for two states (sorted, so KGZ-TJK and TJK-KGZ are one dyad). */
export function dyadPair(a: Iso3, b: Iso3): DyadPair {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** One news article as it travels from a feed through SQS to the extractor. */
export const ArticleSchema = z.object({
  /** Stable id: a hash of the canonical URL, or given by the caller. */
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  url: z.optional(z.string().check(z.maxLength(4096))),
  title: z._default(z.string().check(z.maxLength(2000)), ''),
  /** Body text (plain text, not HTML). */
  text: z.string(),
  /** Publication date-time, ISO 8601 (date only is allowed). */
  published: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  /** Feed or outlet that carried it (used to tell syndication from corroboration). */
  source: z.optional(z.string().check(z.maxLength(200))),
  /** True when the body was cut to fit a queue message. */
  truncated: z.optional(z.boolean()),
});
export type Article = z.infer<typeof ArticleSchema>;

/** CAMEO-style actor role codes; NGO is a non-governmental organisation (a rights group, an aid agency). */
export type ActorRole =
  | 'MIL'
  | 'GOV'
  | 'COP'
  | 'REB'
  | 'CVL'
  | 'IGO'
  | 'NGO'
  | 'MED'
  | 'BUS'
  | 'OPP'
  | 'SPY'
  | 'UNK';

export interface ActorRef {
  /** ISO3 of the state the actor belongs to, or null for an international organisation / unknown. */
  country: Iso3 | null;
  role: ActorRole;
  /** Organisation acronym when the actor is one (e.g. "CSTO"). */
  org?: string;
}

export type Polarity = 'escalation' | 'de-escalation' | 'neutral';

export type WeaponCategory =
  | 'small-arms'
  | 'artillery'
  | 'armour'
  | 'aircraft'
  | 'drone'
  | 'missile'
  | 'heavy-weapons'
  | 'naval'
  | 'explosive';

export interface ExtractedEvent {
  /** CAMEO code as a string: root ("19") or full ("194", "0871"). */
  cameo: string;
  /** Project taxonomy name, e.g. "exchange-of-fire", "shelling", "ceasefire-call". */
  type: string;
  polarity: Polarity;
  actor: ActorRef | null;
  target: ActorRef | null;
  /** YYYY-MM-DD the event happened (resolved relative to publication), or null when unknown. */
  date: string | null;
  /** True when the date is approximate ("earlier this week"). */
  dateApproximate?: boolean;
  negated: boolean;
  alleged: boolean;
  threat: boolean;
  historical: boolean;
  /** Who reports or claims it ("Kyrgyz border service", "TJK", "Russian media"), or null. */
  source: string | null;
  killed: number | null;
  injured: number | null;
  /** Weapon names mentioned with the event. */
  weapons: string[];
  /** Weapon categories of those weapons. */
  weaponCategories?: WeaponCategory[];
  /** The sentence the event was read from. */
  evidence: string;
  /** Dyad the event is about, when actor and target (or context) give one. */
  pair?: DyadPair | null;
}

/** Every field of T, optional ones included: a copy that forgets one does not compile. */
export type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/**
 * A field-by-field copy of an event. Not `{ ...event, field }`: V8 builds a spread literal with
 * overrides tens of times slower, and copies made here all share one shape, which keeps the
 * property reads of extraction and scoring monomorphic.
 */
export function copyEvent(event: ExtractedEvent): EveryField<ExtractedEvent> {
  return {
    cameo: event.cameo,
    type: event.type,
    polarity: event.polarity,
    actor: event.actor,
    target: event.target,
    date: event.date,
    dateApproximate: event.dateApproximate,
    negated: event.negated,
    alleged: event.alleged,
    threat: event.threat,
    historical: event.historical,
    source: event.source,
    killed: event.killed,
    injured: event.injured,
    weapons: event.weapons,
    weaponCategories: event.weaponCategories,
    evidence: event.evidence,
    pair: event.pair,
  };
}

export interface CasualtyClaim {
  killed: number | null;
  injured: number | null;
  civilian: boolean | null;
  approximate: boolean;
  claimant: string | null;
  evidence: string;
}

export interface Extraction {
  id: string;
  published: string | null;
  dyads: { pair: DyadPair; salience: number }[];
  entities: {
    countries: { iso3: Iso3; name: string; mentions: number }[];
    organizations: { name: string; acronym: string | null }[];
    people: { name: string; title: string | null }[];
    places: { name: string; country: Iso3 | null; lat: number | null; lon: number | null }[];
    weapons: { name: string; category: WeaponCategory }[];
  };
  events: ExtractedEvent[];
  casualties: { killed: number; injured: number; claims?: CasualtyClaim[] };
}

/** Tension levels, lowest first. */
export const LEVELS = ['calm', 'elevated', 'high', 'critical'] as const;
export type Level = (typeof LEVELS)[number];

export type Bucket = 'hour' | 'day';

/** One event as it contributes to a score point (what a person needs to see why). */
export interface Evidence {
  articleId: string;
  url: string | null;
  title: string;
  sentence: string;
  cameo: string;
  /** Signed contribution: negative for escalation, positive for de-escalation (Goldstein sign). */
  weight: number;
  date: string;
  /** Where the store keeps the text still to fill in (see StoredEvent.textRef); never stored or served. */
  textRef?: string;
}

/** One point of a dyad's tension series. */
export interface ScorePoint {
  pair: DyadPair;
  bucket: Bucket;
  /** Start of the bucket, ISO 8601 UTC (e.g. "2022-09-16T00:00:00.000Z"). */
  t: string;
  /** Tension 0–100. */
  score: number;
  level: Level;
  /** Change of score over the previous 24 hours. */
  trend: number;
  anomaly: boolean;
  /** Decayed escalation pressure (>= 0). */
  escalation: number;
  /** Decayed de-escalation pressure (>= 0). */
  deescalation: number;
  /** Events (stories) and articles that fell in this bucket. */
  events: number;
  articles: number;
  evidence: Evidence[];
}
