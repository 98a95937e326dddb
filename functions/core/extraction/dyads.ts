/**
 * Dyads: pairs of states an article is about. Candidates are pairs of mentioned states that are
 * land neighbours (or configured extra pairs); salience grows with events between them, borders
 * named between them and sentences that name both, and stays low when nothing is in conflict.
 */
import { compareCodes } from '../collections';
import { type DyadPair, dyadPair, type Iso3 } from '../model';
import type { DraftEvent } from './events';
import { getLexicon } from './lexicon';
import type { SentenceReading } from './mentions';

const WEIGHTS = {
  /** An event whose actor and target are the two states. */
  eventBetween: 3,
  /** An event in a sentence that names both. */
  eventNear: 1.5,
  /** "the border between A and B", "the A-B border". */
  borderNamed: 3,
  /** A sentence naming both. */
  cooccurrence: 1,
  /** The title naming both. */
  titleCooccurrence: 2,
  /** A fight with one side named, the other a neighbour named elsewhere in the article. */
  fightSideElsewhere: 1,
} as const;

/** Appeals and demands: made to others, so states making one together are not its two sides. */
export const APPEAL_ROOTS: ReadonlySet<string> = new Set(['02', '10']);

/** Salience factor for a pair with no conflict (escalation, ceasefire, mediation) at all: trade, sport, weather. */
const NO_CONFLICT_FACTOR = 0.3;
/** Raw score at which salience reaches one half. */
const HALF_SALIENCE = 4;
const CONFLICT_TYPES = new Set([
  'ceasefire',
  'peace-agreement',
  'troop-withdrawal',
  'ceasefire-call',
  // "called for talks between the two": an appeal to meet is made over a conflict too.
  'appeal-to-negotiate',
  'mediation-offer',
  'stand-down',
  'release',
  // "will complete disengagement by October 28-29": a step down stated is one in a conflict.
  'intent-to-de-escalate',
]);

export function areLandNeighbours(a: Iso3, b: Iso3): boolean {
  return getLexicon().countries.get(a)?.borders.includes(b) ?? false;
}

export function isDyadCandidate(a: Iso3, b: Iso3, extraPairs: ReadonlySet<DyadPair>): boolean {
  return a !== b && (areLandNeighbours(a, b) || extraPairs.has(dyadPair(a, b)));
}

function isConflict(event: DraftEvent): boolean {
  return (
    !event.negated && !event.historical && (event.polarity === 'escalation' || CONFLICT_TYPES.has(event.type))
  );
}

/**
 * The states a sentence names, each once, in order of first mention (few: no Set per sentence),
 * with those of the organisations acting in it: "a firefight between Taliban and Pakistan military"
 * names Afghanistan's side without naming Afghanistan.
 */
function distinctCountries(reading: SentenceReading): Iso3[] {
  const present: Iso3[] = [];
  for (const c of reading.countries) {
    // "met Xi Jinping in Russia's Kazan": the state a meeting place lies in is no side of the news.
    const placeOwner =
      reading.tokens[c.end]?.text === "'s" && reading.actors.some((a) => a.start === c.start && a.locative);
    if (!placeOwner && !present.includes(c.iso3)) present.push(c.iso3);
  }
  for (const m of reading.actors) {
    const country = m.actor.country;
    if (m.actor.org !== undefined && country && !m.locative && !present.includes(country))
      present.push(country);
  }
  return present;
}

/** The states that fight in an article with no target named (the sides of one-sided fights). */
function oneSidedFighters(events: readonly DraftEvent[]): Iso3[] {
  const states: Iso3[] = [];
  for (const event of events) {
    const actor = event.actor?.country;
    if (
      actor &&
      !event.target?.country &&
      event.pattern.twoSided &&
      !event.negated &&
      !states.includes(actor)
    )
      states.push(actor);
  }
  return states;
}

export function scoreDyads(
  readings: readonly SentenceReading[],
  events: readonly DraftEvent[],
  extraPairs: ReadonlySet<DyadPair>,
): { pair: DyadPair; salience: number }[] {
  const raw = new Map<DyadPair, number>();
  const conflict = new Set<DyadPair>();
  const add = (a: Iso3, b: Iso3, weight: number) => {
    if (!isDyadCandidate(a, b, extraPairs)) return;
    const pair = dyadPair(a, b);
    raw.set(pair, (raw.get(pair) ?? 0) + weight);
  };
  let articleStates: Iso3[] | undefined;
  const countriesBySentence = new Map<number, Iso3[]>();
  const bordersBySentence = new Map<number, readonly [Iso3, Iso3][]>();
  for (const reading of readings) {
    const present = distinctCountries(reading);
    countriesBySentence.set(reading.index, present);
    if (reading.borderPairs.length > 0) bordersBySentence.set(reading.index, reading.borderPairs);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        add(present[i]!, present[j]!, reading.inTitle ? WEIGHTS.titleCooccurrence : WEIGHTS.cooccurrence);
      }
    }
    for (const [a, b] of reading.borderPairs) add(a, b, WEIGHTS.borderNamed);
  }
  for (const event of events) {
    // "Armenia and Azerbaijan initialled a peace agreement": the two named together are its sides,
    // but not of an appeal they make together ("Qatar and Saudi Arabia urged restraint"), which
    // says nothing of the pair they form.
    const mutual = event.mutualPair;
    const appealers =
      mutual && APPEAL_ROOTS.has(event.cameo.slice(0, 2)) ? dyadPair(mutual[0], mutual[1]) : null;
    const [a, b] = mutual && !appealers ? mutual : [event.actor?.country, event.target?.country];
    if (a && b && a !== b && isDyadCandidate(a, b, extraPairs)) {
      add(a, b, event.negated ? 1 : WEIGHTS.eventBetween);
      if (isConflict(event)) conflict.add(dyadPair(a, b));
      continue;
    }
    // "Pakistani troops fired across the Line of Control": an act at a border named in its sentence
    // is between that border's states.
    const present = countriesBySentence.get(event.sentence) ?? [];
    for (const [x, y] of bordersBySentence.get(event.sentence) ?? []) {
      // A border the sentence names both states of counts below, with the sentence's other pairs.
      if (present.includes(x) && present.includes(y)) continue;
      if ((a && a !== x && a !== y) || !isDyadCandidate(x, y, extraPairs)) continue;
      add(x, y, WEIGHTS.eventNear);
      if (isConflict(event)) conflict.add(dyadPair(x, y));
    }
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        if (!isDyadCandidate(present[i]!, present[j]!, extraPairs)) continue;
        if (appealers === dyadPair(present[i]!, present[j]!)) continue;
        add(present[i]!, present[j]!, WEIGHTS.eventNear);
        if (isConflict(event)) conflict.add(dyadPair(present[i]!, present[j]!));
      }
    }
    // "Pakistan violated the ceasefire. Indian troops retaliated.": a fight with one side named, in
    // a sentence that names no other state, has for its other side a neighbour that also fights in
    // the article with no side named.
    if (a && !b && event.pattern.twoSided && present.length <= 1 && !event.negated) {
      // Not any state the article names: "called on Russian peacekeepers" makes no side.
      articleStates ??= oneSidedFighters(events);
      for (const other of articleStates)
        if (other !== a && isDyadCandidate(a, other, extraPairs)) {
          add(a, other, WEIGHTS.fightSideElsewhere);
          if (isConflict(event)) conflict.add(dyadPair(a, other));
        }
    }
  }
  return [...raw.entries()]
    .map(([pair, score]) => {
      const salience = (score / (score + HALF_SALIENCE)) * (conflict.has(pair) ? 1 : NO_CONFLICT_FACTOR);
      return { pair, salience: Math.round(salience * 100) / 100 };
    })
    .filter((d) => d.salience > 0)
    .sort((a, b) => b.salience - a.salience || compareCodes(a.pair, b.pair));
}
