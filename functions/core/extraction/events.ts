/**
 * Sentence-local event reading: each trigger takes its actor from the nearest mention before it
 * (or after "by"/"from" in the passive) and its target from the first mention after it; triggers
 * that take a complement ("accused X of", "denied", "threatened to", "called for") set the
 * modality of the triggers they govern. Date is the nearest time expression.
 */
import type { ActorRef, ActorRole, ExtractedEvent, Iso3 } from '../model';
import type { TrieMatch } from '../text/token-trie';
import {
  QUOTE_MARKS,
  type Token,
  wordBackBeforeStop,
  wordBackPastFillers,
  wordBeforeStop,
  wordIn,
} from '../text/tokenize';
import type { SentenceCasualties } from './casualties';
import { ARMED_NON_STATE_ROLES, CIVILIAN_ROLES, INTERNATIONAL_BODIES, NON_STATE_ROLES } from './data/actors';
import { CASUALTY_WORDS, type Cue, NUMBER_WORDS } from './data/cues';
import type { EventPattern } from './data/events';
import { FIGHT_CODE_BY_WEAPON, FIGHT_CODE_RANK } from './data/weapons';
import {
  ANSWER_NOUNS,
  ANSWER_PREPOSITIONS,
  NEW_CLAUSE_JOINERS,
  nearestMark,
  PLANNED_AUXILIARIES,
  summingAppositionAt,
} from './dates';
import { EVENT_VALUES } from './generated/values';
import {
  type ActorMention,
  INDEFINITE_ARTICLES as ARTICLES,
  BACKER_PARTICIPLES,
  BASED_PARTICIPLES,
  BORDER_NOUNS,
  COMPASS_WORDS,
  FLIGHT_VERBS,
  GROUP_HEADS,
  POSSESSIVES,
  type SentenceReading,
} from './mentions';

/** An event before the article-level steps (dyad, two-sided completion, dedupe). */
export interface DraftEvent extends ExtractedEvent {
  sentence: number;
  /**
   * "the latest violence between the Lebanese military and militants on the border with Syria": a
   * fight of no actor whose sentence names an armed group of no state; that group, not the other
   * state, is its missing side.
   */
  armedGroup?: ActorRef;
  at: number;
  pattern: EventPattern;
  /** The actor is "both sides": the event runs in both directions of the dyad. */
  mutual: boolean;
  /** "a unilateral ceasefire": an act of one side only, never mirrored. */
  oneSided?: boolean;
  /** The two states of a coordinated actor ("Thailand and Cambodia agreed"), when the text names them. */
  mutualPair?: [string, string];
  /** "Saudi Arabia and Jordan condemned it": a coordinated actor denouncing together, not each other. */
  jointDenunciation?: boolean;
  /** "Both sides agreed to ask the OSCE to": "both sides" addressing a body of no state, not each other. */
  bodyAddressed?: boolean;
  /** "the fighting", "this attack": a noun that may refer back to an event already told. */
  anaphoric: boolean;
  /** "urged Baku to halt": an appeal to one state named alone, not to both sides. */
  oneAddressee?: boolean;
  /** "Turkey and Somalia agreed to a defence agreement": the actor's state and the one it is joined to by "and". */
  pairedSubject?: [Iso3, Iso3];
  /** "armed men fired ... from the Venezuelan side": armed men of no state, given their state by where they fired from. */
  firedAcross?: boolean;
  /** "an explosion of pagers in Lebanon": an act of no named doer whose only state is where it happened. */
  placeOnly?: boolean;
  /**
   * "Myanmar's military has been fighting the Arakan Army": the foe is the actor's own state's armed
   * group and the sentence names no other state, so no neighbour is filled in as the other side.
   */
  ownGroupFought?: boolean;
  /** "fought alongside Ethiopia's federal army": the state a fight names as the actor's ally, never its target. */
  ally?: Iso3;
  /** "a bomb ... killed five people and wounded eight": every toll the act holds is of civilians. */
  civilianToll?: boolean;
  /** "air strikes killed 46 people, the Taliban said on Wednesday": dated by the day its report was made. */
  reportDated?: boolean;
  /** The toll claims the act holds, split between a clash's directions by whose dead they are. */
  tolls?: readonly SentenceCasualties[];
  /** States its toll's text names the victims of ("six of its soldiers"), not inferred from the dyad. */
  namedVictims?: readonly Iso3[];
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got']);
/** Adverbs between a passive's auxiliary and its participle ("was also targeted"). */
const PASSIVE_ADVERBS = new Set([
  'also',
  'again',
  'reportedly',
  'allegedly',
  'repeatedly',
  'twice',
  'briefly',
]);
/** Acts on envoys, whose passive of any tense has the envoy as its target. */
const ENVOY_TYPES = new Set(['envoy-summoned', 'expulsion']);
const AGENT_MARKERS = new Set(['by', 'from']);
/**
 * Participles between a passive's auxiliary and its act: "were ordered closed", "were found shot
 * dead" (the victims found, not the shooters).
 */
const ORDERING_PARTICIPLES = new Set(['ordered', 'declared', 'kept', 'left', 'found']);
export const REPORTING = new Set([
  'said',
  'says',
  // "Somalia had also argued that Kenya had violated its sovereignty".
  'argued',
  'argues',
  'reported',
  'announced',
  'stated',
  'wrote',
  'told',
  'added',
  'adding',
  'saying',
  'according',
  'claimed',
  'alleged',
  'insisted',
  'quoted',
  'cited',
  // "the Pakistani side had informed them that two of their own soldiers were killed".
  'informed',
  // "Villagers on the Pakistani side described shells landing near their homes": witnesses, not actors.
  'described',
  // "vowed that the killings 'will not go unpunished'": what is vowed is the vower's word.
  'vowed',
  // "Lt-Gen Atta noted that airports ... are legitimate targets".
  'noted',
]);
const APPOSITION_WINDOW = 12;

/** Whether token `at` sits inside a quotation (an odd number of quote marks before it). */
function insideQuote(tokens: readonly Token[], at: number): boolean {
  let marks = 0;
  let open = -1;
  for (let k = 0; k < at; k++)
    if (QUOTE_MARKS.has(tokens[k]!.text)) {
      marks++;
      open = k;
    }
  if (marks % 2 === 0) return false;
  // 'Nica troops allegedly "threatened" police officers': a word or two in quotation marks is the
  // teller's wording, not a quotation of someone speaking.
  for (let k = at; k < Math.min(tokens.length, open + SCARE_QUOTE_WORDS + 2); k++)
    if (QUOTE_MARKS.has(tokens[k]!.text)) return false;
  return true;
}

/** At most this many words between quotation marks make them scare quotes. */
const SCARE_QUOTE_WORDS = 2;

/** "by the European Union", "by Malaysia": an agent, never the object of an active verb. */
function afterAgentMarker(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1]?.lower ?? '';
  if (AGENT_MARKERS.has(previous) && previous !== 'from') return true;
  return previous === 'the' && tokens[at - 2]?.lower === 'by';
}

/** -ing words that describe a noun rather than tell a deed ("accused neighbouring Eritrea of", "of ongoing attacks"). */
const ATTRIBUTIVE_ING = new Set([
  'neighbouring',
  'neighboring',
  'bordering',
  'warring',
  'ruling',
  'opposing',
  'ongoing',
  'continuing',
  'growing',
  'increasing',
  'escalating',
  'recurring',
  'outstanding',
  'remaining',
  'surrounding',
]);

/** -ing verbs whose deed is their object: "accused Djibouti of launching attacks", "of carrying out strikes". */
const LIGHT_VERBS = new Set(['launching', 'carrying', 'conducting', 'staging', 'mounting', 'committing']);

/** An -ing verb that is no trigger between "accused X of" and a trigger: the deed alleged is another. */
function otherDeedBetween(reading: SentenceReading, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = reading.tokens[k]!.lower;
    // A trigger none of whose patterns holds here ("violating a ceasefire" is no violation of sovereignty) is a plain word.
    if (
      word.length > 5 &&
      word.endsWith('ing') &&
      !ATTRIBUTIVE_ING.has(word) &&
      !LIGHT_VERBS.has(word) &&
      !reading.triggers.some((t) => t.start <= k && t.end > k && firstPatternInContext(reading, t))
    )
      return true;
  }
  // "accused Pakistan of violating a ceasefire agreed hours earlier": the truce is what the alleged
  // deed acts on (its object, an article at most between), not a deed of its own.
  const objectAt = ARTICLES.has(reading.tokens[to - 1]?.lower ?? '') ? to - 1 : to;
  return reading.triggers.some(
    (t) =>
      t.start >= from && t.end === objectAt && firstPatternInContext(reading, t)?.polarity === 'escalation',
  );
}

/** Roots of acts only a party does (speech, appeals, demands, refusals, force): no thing's. */
const PARTY_ONLY_ROOTS = new Set(['02', '10', '11', '12', '13', '14', '19']);

/** Groups of no state a charge may be laid on: "accused the party of defying his government". */
const ACCUSED_GROUPS = new Set([
  'party',
  'group',
  'movement',
  'front',
  'rebels',
  'militants',
  'militia',
  'insurgents',
]);

/** People an appeal may be addressed to who are no state: "urged the group to surrender". */
const ADDRESSED_PEOPLE = new Set([
  'group',
  'men',
  'gunmen',
  'migrants',
  'protesters',
  'crowd',
  'suspects',
  'hijackers',
  'kidnappers',
]);

/** Words back from an actor within which "whom ... claim are" is looked for. */
const CLAIMED_IDENTITY_REACH = 6;
/** Verbs of a claim about who someone is: "gunmen, whom locals claim are Ethiopian soldiers". */
const IDENTITY_CLAIMS = new Set([
  'claim',
  'claims',
  'claimed',
  'say',
  'says',
  'said',
  'believe',
  'believed',
  'suspect',
  'suspected',
]);

/** Is the actor named only by a claim of who the doers are ("gunmen, whom locals claim are Ethiopian soldiers")? */
function claimedIdentity(tokens: readonly Token[], actor: ActorMention | undefined): boolean {
  if (!actor || !COPULAS.has(tokens[actor.start - 1]?.lower ?? '')) return false;
  if (!IDENTITY_CLAIMS.has(tokens[actor.start - 2]?.lower ?? '')) return false;
  for (let k = actor.start - 3; k >= Math.max(0, actor.start - CLAIMED_IDENTITY_REACH); k--)
    if (tokens[k]!.lower === 'whom' || tokens[k]!.lower === 'who') return true;
  return false;
}

/** Is the object at `at` ("the" skipped) another state, or a place the gazetteer puts only in one? */
function foreignPlaceAfter(reading: SentenceReading, at: number, actor: string | null | undefined): boolean {
  if (!actor) return false;
  const start = reading.tokens[at]?.lower === 'the' ? at + 1 : at;
  const state = reading.countries.find((c) => c.start === start);
  if (state) return state.iso3 !== actor;
  const place = reading.places.find((p) => p.start === start);
  const countries = new Set(place?.candidates.map((c) => c.country));
  return countries.size === 1 && !countries.has(actor as Iso3) && !countries.has(null);
}

/** Mentions of an envoy: "High Commissioner of Bangladesh", "Myanmar's ambassador". */
const ENVOY_TITLE = /ambassador|envoy|commissioner|charg[e\u00e9]|diplomat/i;

/** Verbs whose passive subject is a fight: "a battle has been fought", "a war was waged". */
const FIGHT_NOUN_VERBS = new Set(['fought', 'waged']);

/** Steps down a state takes with its own forces (whoever a passive leaves unnamed; a third party's are none of a dyad's). */
export const OWN_FORCES_STEPS: ReadonlySet<string> = new Set(['troop-withdrawal', 'stand-down']);

/** Words back from a participle within which the "with" of an absolute phrase is looked for. */
const ABSOLUTE_REACH = 5;

/** Is the trigger at `at` a participle in "with <what it befell> <participle>" ("with one tank destroyed")? */
function withAbsolute(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!.lower;
  if (!isParticiple(word) || tokens[at - 1]?.kind !== 'word' || tokens[at - 1]!.cap) return false;
  for (let k = at - 1; k >= Math.max(0, at - ABSOLUTE_REACH); k--) {
    const w = tokens[k]!;
    if (w.kind === 'punct') return false;
    // (", with at least one tank destroyed": an absolute phrase follows a comma.)
    if (w.lower === 'with') return k < at - 1 && tokens[k - 1]?.text === ',';
    if (isPastVerb(w.lower) || REPORTING.has(w.lower)) return false;
  }
  return false;
}

/** Prepositions that open what a charge is for: "blamed for the attack", "accused of shelling". */
const CHARGE_PREPOSITIONS = new Set(['for', 'of']);

/** Verbs by which the accused answers a charge: "an accusation Serbia denies". */
export const DENYING_VERBS = new Set([
  'denies',
  'denied',
  'rejects',
  'rejected',
  'dismisses',
  'dismissed',
  'refutes',
]);

/** Is the trigger a participle with its agent after "by", right after the people it was done to ("fishermen killed by")? */
function agentedParticiple(reading: SentenceReading, trigger: TrieMatch<EventPattern>): boolean {
  const { tokens } = reading;
  const byAt =
    tokens[trigger.end - 1]?.lower === 'by'
      ? trigger.end - 1
      : tokens[trigger.end]?.lower === 'by'
        ? trigger.end
        : -1;
  return (
    byAt >= 0 &&
    isParticiple(tokens[trigger.start]!.lower) &&
    reading.actors.some((a) => a.end === trigger.start) &&
    reading.actors.some((a) => a.start >= byAt + 1 && a.start <= byAt + 2 && !!a.actor.country)
  );
}

/** Subjects of a claimed clause that are the claimant itself: "claimed that it was launching the attacks". */
const SELF_CLAIM_PRONOUNS = new Set(['it', 'they', 'we']);
/** Verbs of undergoing after such a subject: "claimed that it had come under fire" still accuses. */
const UNDERGOING_VERBS = new Set(['been', 'come', 'came', 'suffered', 'sustained', 'lost', 'was', 'were']);

/** Does the verb at `at` tell a deed the subject did ("was launching", "had struck"), not one it underwent? */
function ownDeedFollows(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]?.lower ?? '';
  const next = tokens[at + 1]?.lower ?? '';
  if (verb === 'was' || verb === 'were' || verb === 'is' || verb === 'are') return isGerund(next);
  if (verb === 'had' || verb === 'has' || verb === 'have') return !UNDERGOING_VERBS.has(next);
  return isPastVerb(verb) && !UNDERGOING_VERBS.has(verb);
}

/** `mention`'s state and the state it is joined to by "and" before `before` ("Turkey and Somalia agreed"), if any. */
function pairedSubjectOf(
  actors: readonly ActorMention[],
  tokens: readonly Token[],
  mention: ActorMention,
  before: number,
): [Iso3, Iso3] | undefined {
  const state = (a: ActorMention) => a !== mention && !!a.actor.country && !a.locative;
  const other =
    tokens[mention.end]?.lower === 'and'
      ? actors.find((a) => state(a) && a.start === mention.end + 1 && a.end <= before)
      : tokens[mention.start - 1]?.lower === 'and'
        ? actors.find((a) => state(a) && a.end === mention.start - 1)
        : undefined;
  return other?.actor.country && mention.actor.country
    ? [mention.actor.country, other.actor.country]
    : undefined;
}

/** Participles of where people live: "Colombians living in Venezuela". */
const RESIDING = new Set(['living', 'residing', 'resident', 'settled']);

/** Acts whose noun names its victim after "of": "the assassination of the president", "the arrest of two guards". */
const PATIENT_OF_TYPES = new Set([
  'assassination',
  'killing',
  'abduction',
  'arrest',
  'expulsion',
  'release',
  'seizure',
]);

/**
 * Words in [from, to), a hyphenated compound counted as one: "no eyeball-to-eyeball confrontation"
 * has one word between the negation and the act, as "no direct confrontation" has.
 */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.text !== '-' && tokens[k - 1]?.text !== '-') words++;
  return words;
}

/**
 * Words that set what follows against what went before ("agreed to refrain from attacks, but its army
 * shelled ..."): a negation before one does not reach past it.
 */
const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'whereas', 'although', 'though', 'while']);

/** Verbs whose subject undergoes the act named after them: "has seen incursions", "suffered attacks". */
const EXPERIENCE_VERBS = new Set([
  'seen',
  'saw',
  'suffered',
  'faced',
  'endured',
  'weathered',
  'experienced',
  'witnessed',
]);
/** Words between such a verb and the act it undergoes: "weathered waves of drone attacks". */
const UNDERGONE_REACH = 4;

/** Is [from, to) a verb of undergoing and the act's modifiers: "has seen previous" before "incursions"? */
function undergoneBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  if (PERFECT_AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  if (!EXPERIENCE_VERBS.has(tokens[k]?.lower ?? '')) return false;
  if (to - k - 1 > UNDERGONE_REACH) return false;
  for (let j = k + 1; j < to; j++) if (tokens[j]!.kind === 'punct') return false;
  return true;
}

/** Words between a group's description's gerund and the fight noun it does: "carrying out terror attacks". */
const DESCRIBED_DEED_REACH = 6;

/**
 * Is the fight at `at` the deed of a gerund describing an armed group placed somewhere ("terrorists
 * operating from Kabul and carrying out attacks")?
 */
function describedGroupDeed(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  let gerund = -1;
  for (let k = at - 1; k >= Math.max(1, at - DESCRIBED_DEED_REACH); k--)
    if (LIGHT_VERBS.has(tokens[k]!.lower)) {
      gerund = k;
      break;
    }
  if (gerund < 0 || tokens[gerund - 1]?.lower !== 'and') return false;
  return reading.actors.some(
    (a) =>
      a.end < gerund &&
      ARMED_NON_STATE_ROLES.has(a.actor.role) &&
      BASED_PARTICIPLES.has(tokens[tokens[a.end]?.kind === 'punct' ? a.end + 1 : a.end]?.lower ?? '') &&
      gerund - a.end <= GROUP_DESCRIPTION_REACH,
  );
}
/** Tokens from a group's mention to the gerund of its description: "operating from the capital Kabul and". */
const GROUP_DESCRIPTION_REACH = 8;

/** Words naming a breach before the truce it breaks: "in violation of a 1991 truce", "breaching the ceasefire". */
const BREACH_NOUNS = new Set(['violation', 'violations', 'breach', 'breaches']);
const BREACH_VERBS = new Set([
  'violating',
  'violated',
  'violate',
  'violates',
  'breaching',
  'breached',
  'breach',
  'breaking',
  'broke',
]);

/** Is the truce word at `at` what a breach named before it breaks (past an article and a modifier or two)? */
function breachedTruce(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const word = tokens[k]!.lower;
    if (BREACH_VERBS.has(word)) return true;
    if (word === 'of') return BREACH_NOUNS.has(tokens[k - 1]?.lower ?? '');
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') return false;
  }
  return false;
}

/** Relative pronouns end the phrase a trigger's object can be found in ("a meeting at which members condemned X"). */
const OBJECT_CLAUSE_ENDS = new Set([
  'which',
  'who',
  'whom',
  'where',
  'while',
  'but',
  ';',
  'by',
  // A subordinate clause tells why or when, not to whom: "shut its crossings after asylum seekers
  // from Syria arrived".
  'after',
  'before',
  'when',
  'because',
  'until',
  'although',
  'though',
]);
/** Acts between the sides whose object is never a place: "talks in Kuala Lumpur" are not talks with Malaysia. */
const MEETING_TYPES = new Set([
  'talks',
  'consultation',
  'mediation',
  'brokering',
  'agreement',
  'peace-agreement',
  'ceasefire',
  'cooperation',
]);

/** Where the clause of an act's object ends, from `from` up to `limit` (never past the sentence). */
function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from; k < Math.min(limit, tokens.length); k++) {
    if (OBJECT_CLAUSE_ENDS.has(tokens[k]!.lower)) return k;
    // "called for an end to the fighting, and France asked ...": a new subject opens a new clause.
    if (tokens[k]!.text === ',' && NEW_CLAUSE_JOINERS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.cap)
      return k;
    // "clashed on Tuesday, as Russia said it had brokered a ceasefire": a clause of its own.
    if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'as') return k;
    // "capturing 13 others, and asked Russia for military help": a new predicate of the subject.
    if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'and' && isPastVerb(tokens[k + 2]?.lower ?? ''))
      return k;
    // '"... continued to attack Cambodian territory," she told reporters': a quotation's end ends its clause.
    if (QUOTE_MARKS.has(tokens[k]!.text) && k > from) return k;
    // "denied that Belgrade was behind the attack, saying the gunmen were local Serbs": so does a
    // participle of saying.
    if (
      tokens[k]!.text === ',' &&
      REPORTING.has(tokens[k + 1]?.lower ?? '') &&
      isGerund(tokens[k + 1]!.lower)
    )
      return k;
    // "denied that Belgrade was behind the attack and said the gunmen ...": a new report opens.
    if (tokens[k]!.lower === 'and' && REPORTING.has(tokens[k + 1]?.lower ?? '')) return k;
    // "consider shooting down the balloons and invoking NATO consultations": a second gerund's object.
    if (tokens[k]!.lower === 'and' && k > from && isGerund(tokens[k + 1]?.lower ?? '')) return k;
    // "signed a deal with Somaliland, a move Somalia called a violation": a summing-up apposition.
    if (summingAppositionAt(tokens, k)) return k;
  }
  return Math.min(limit, tokens.length);
}

/** Determiners before a state's adjective on an act noun ("a Russian attack", "the Indian strikes"). */
const ADJECTIVE_DETERMINERS = new Set(['a', 'an', 'the']);

/** Words after a mention within which its verb of saying stands: "Pakistani officials said". */
const SPEAKER_REACH = 3;

/** A mention followed by a verb of saying before the trigger: it reports the event, it does not act in it. */
function speakerOf(tokens: readonly Token[], mention: ActorMention, triggerAt: number): boolean {
  // "Lebanon's health ministry said": past the possessive, the body that speaks for the state.
  const reach = tokens[mention.end]?.lower === "'s" ? SPEAKER_REACH + 2 : SPEAKER_REACH;
  // "The Inter-Services Public Relations (ISPR) said": past the acronym in brackets (not for a
  // body after a preposition: "the Polish mission to the OSCE (OSCE) reported" is the mission's word).
  let from = mention.end;
  const objectOf = tokens[beforeArticle(tokens, mention.start)]?.lower ?? '';
  if (tokens[from]?.text === '(' && tokens[from + 2]?.text === ')' && !ANY_PREPOSITIONS.has(objectOf))
    from += 3;
  for (let k = from; k < Math.min(triggerAt, from + reach); k++) {
    const word = tokens[k]!.lower;
    if (REPORTING.has(word) && word !== 'according') return true;
    // "The Uzbek border guards noticed that a herd of cattle crossed": who saw it did not do it.
    if (PERCEIVING_VERBS.has(word) && tokens[k + 1]?.lower === 'that') return true;
  }
  return false;
}

/** Verbs of seeing something happen, before "that". */
const PERCEIVING_VERBS = new Set([
  'noticed',
  'observed',
  'saw',
  'spotted',
  'detected',
  'discovered',
  'witnessed',
]);

/** Prepositions a mention may be the object of (then it speaks for no one). */
const ANY_PREPOSITIONS = new Set(['to', 'of', 'in', 'at', 'from', 'with', 'for', 'by', 'on']);

/** "..., and ordered": the trigger is a second verb of the same subject (no subordinate clause between). */
function conjoinedVerb(tokens: readonly Token[], from: number, to: number): boolean {
  let joined = false;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    // "ordered a new state in Essequibo, which is administered by Guyana, and demanded": past a
    // relative clause set off by commas, the verbs go on.
    if ((word === 'which' || word === 'who') && tokens[k - 1]?.text === ',') {
      let close = k + 1;
      while (close < to && tokens[close]!.text !== ',') close++;
      if (close < to) {
        k = close;
        continue;
      }
    }
    if (CLAUSE_BREAKS.has(word) || word === 'which' || word === 'who' || word === 'that') return false;
    if (word === 'and') joined = true;
  }
  return joined;
}

/** Prepositions whose object is not the subject of a later verb ("the border with Cambodia closed"). */
const OBJECT_PREPOSITIONS = new Set([
  // "protesters marched through Yerevan": a city passed through is no one acting.
  'through',
  'with',
  'against',
  'on',
  'at',
  'into',
  'toward',
  'towards',
  'near',
  'to',
  'in',
]);
/** A state named after a preposition ("an apology from Cameroon"): an object, no verb's subject. */
function prepositionalObject(tokens: readonly Token[], mention: { start: number }): boolean {
  const before = wordBeforeMention(
    tokens,
    tokens[mention.start - 1]?.lower === 'the' ? mention.start - 1 : mention.start,
  );
  return OBJECT_PREPOSITIONS.has(before) || before === 'from';
}

/** Words of a part taken of an object: "one of the", "two of its". */
const PART_OF_WORDS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'of',
  'one',
  'two',
  'three',
  'some',
  'several',
]);
/** How far back such words may reach from the object's mention to its verb. */
const PART_OF_REACH = 4;

/** Is the mention at `start` the object of a past verb, past "one of the" and the like ("boarded Philippine boats")? */
function pastVerbObject(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 1 - PART_OF_REACH); k--) {
    const word = tokens[k]!.lower;
    if (isPastVerb(word)) return true;
    if (!PART_OF_WORDS.has(word)) return false;
  }
  return false;
}

/** How far into a sentence its subject may start ("On Monday, Thailand ..."). */
const SUBJECT_REACH = 4;

/** A mention inside a relative clause closed before the trigger: "Russia, which has bases in both countries, called". */
function insideRelativeClause(
  tokens: readonly Token[],
  mention: { start: number; end: number },
  triggerAt: number,
): boolean {
  return relativeAsideStart(tokens, mention.start - 1) >= 0 && commaBetween(tokens, mention.end, triggerAt);
}

const RELATIVE_ASIDE_OPENERS = new Set(['which', 'who', 'whose']);

/** The comma that opens a ", which/who/whose ..." aside holding token `from` (none nearer before it), or -1. */
function relativeAsideStart(tokens: readonly Token[], from: number): number {
  for (let j = from; j >= 1; j--) {
    if (tokens[j]!.text !== ',') continue;
    // "which groups Liberia, Ivory Coast, Guinea and Sierra Leone": a comma of a list of names.
    if (tokens[j + 1]?.cap && tokens[j - 1]?.cap) continue;
    const opener = tokens[j + 1]?.lower ?? '';
    // ", in which 17 guerrillas died,": a preposition before the pronoun opens one too.
    const pronoun = tokens[j + 1]?.kind === 'word' && tokens[j + 2]?.lower === 'which' ? 'which' : opener;
    return RELATIVE_ASIDE_OPENERS.has(pronoun) ? j : -1;
  }
  return -1;
}

/**
 * Verbs of cutting forces back: a deployment they govern is a pullback, no posture. ("scaled" and
 * "thinned" are left out: "scaled up its deployment" is a build-up.)
 */
const REDUCING_VERBS: ReadonlySet<string> = new Set(['reduce', 'reduced', 'reducing', 'reduces']);

/** Roles of a state's forces, which it commands rather than addresses. */
const FORCE_ROLES: ReadonlySet<string> = new Set(['MIL', 'COP']);

/** Is the mention right after an appeal (`from`) the appealer's own civilians ("asked Chinese citizens")? */
function ownPeopleAddressed(
  reading: SentenceReading,
  from: number,
  actorMention: ActorMention | undefined,
): boolean {
  const own = actorMention?.actor.country;
  // "warned that its troops would respond": the subject of what is warned of is not addressed.
  const addressed = reading.actors.find(
    (a) => a.start >= from && a.start <= from + 1 && reading.tokens[from]?.lower !== 'that',
  );
  // "Local authorities on both sides have urged residents": each side its own people.
  if (actorMention?.mutual)
    return !!addressed && !addressed.actor.country && CIVILIAN_ROLES.has(addressed.actor.role);
  if (!own || !addressed) return false;
  // "Lebanon's prime minister asked the Lebanese military to take all necessary measures": a
  // state's orders to its own organs are no act on another state.
  if (addressed.actor.country === own && FORCE_ROLES.has(addressed.actor.role)) return true;
  // "The Belize Territorial Volunteers are urging the Government of Belize to act": a call on one's
  // own government is a domestic one.
  if (addressed.actor.country === own && /^(the )?government\b/i.test(addressed.text)) return true;
  if (!(CIVILIAN_ROLES.has(addressed.actor.role) || addressed.actor.role === 'BUS')) return false;
  // "prompting Bangkok to urge its citizens to leave": the appealer's own, by the possessive.
  return (
    addressed.actor.country === own || (!addressed.actor.country && /^(its|their) /i.test(addressed.text))
  );
}

/** Are the words right after a warning (`from`) civilians of no named state told "(not) to" do something? */
function civiliansAdvised(reading: SentenceReading, from: number): boolean {
  const addressed = reading.actors.find(
    (a) => a.start === from || (a.start === from + 1 && reading.tokens[from]!.lower === 'the'),
  );
  if (!addressed || addressed.actor.country || !CIVILIAN_ROLES.has(addressed.actor.role)) return false;
  const next = addressed.end;
  const to = reading.tokens[next]?.lower === 'not' ? next + 1 : next;
  return reading.tokens[to]?.lower === 'to';
}

/** Roots of taking people or things by force (17 coerce: arrests; 18 assault: abductions). */
const SEIZURE_ROOTS = new Set(['17', '18']);

/** Verbs of holding a view, present tense, before a copula that names a deed ("which Helsinki claims is a hybrid attack"). */
const VIEW_VERBS = new Set(['claims', 'believes', 'considers', 'argues', 'insists']);

/** Words back from a named act to the verb of saying before its copula: "said the balloons were a". */
const REPORTED_COPULA_REACH = 8;

/** Is the fight noun at `at` the complement of a copula in a reported clause ('said X were a "hybrid attack"')? */
function reportedCopulaBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  // Past the complement's adjectives and quotation marks, to its article.
  while (k > 0 && at - k <= NAMING_COMPLEMENT_REACH && !ARTICLES.has(tokens[k]!.lower)) {
    if (tokens[k]!.text === ',' || CLAUSE_BREAKS.has(tokens[k]!.lower)) return false;
    k--;
  }
  if (!ARTICLES.has(tokens[k]?.lower ?? '') || !COPULAS.has(tokens[k - 1]?.lower ?? '')) return false;
  for (let v = k - 2; v >= Math.max(0, k - REPORTED_COPULA_REACH); v--) {
    const word = tokens[v]!.lower;
    // "an influx which Helsinki claims is a hybrid attack": a view held names the deed too.
    if (REPORTING.has(word) || VIEW_VERBS.has(word)) return true;
    if (word === ',' || word === '.') return false;
  }
  return false;
}

/** "and", as wordIn's set. */
const AND_WORDS: ReadonlySet<string> = new Set(['and']);

/** Verbs of giving whose first object is the one given to: "gave Laos an ultimatum". */
const GIVING_VERBS = new Set([
  'gave',
  'given',
  'give',
  'gives',
  'giving',
  'handed',
  'issued',
  'served',
  'sent',
]);

/** Is `mention` the indirect object of a verb of giving, with the trigger its direct object ("given Laos an ultimatum")? */
function recipientOf(
  tokens: readonly Token[],
  mention: { start: number; end: number },
  triggerAt: number,
): boolean {
  // "gave Laos an ultimatum", "given Kenyan diplomats seven days to leave".
  return (
    GIVING_VERBS.has(tokens[mention.start - 1]?.lower ?? '') &&
    triggerAt - mention.end >= 1 &&
    triggerAt - mention.end <= 2 &&
    (ARTICLES.has(tokens[mention.end]!.lower) ||
      tokens[mention.end]!.kind === 'num' ||
      NUMBER_WORDS.has(tokens[mention.end]!.lower))
  );
}

/** Words back from an envoy's state to the verb that gave them time to leave. */
const GIVEN_REACH = 6;

/** Is `mention` in the object of a verb of giving, right before the time given ("gave the attache at the Serbian embassy 48 hours")? */
function givenTimeToLeave(
  tokens: readonly Token[],
  mention: { start: number; end: number },
  triggerAt: number,
): boolean {
  const after = tokens[mention.end];
  if (triggerAt - mention.end > 2 || !(after?.kind === 'num' || NUMBER_WORDS.has(after?.lower ?? '')))
    return false;
  for (let k = mention.start - 1; k >= Math.max(0, mention.start - GIVEN_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (GIVING_VERBS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "accused each other", "blamed one another": a reciprocal object within a few words of `from`. */
function eachOtherAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 4); k++) {
    const word = tokens[k]!.lower;
    const next = tokens[k + 1]!.lower;
    if ((word === 'each' && next === 'other') || (word === 'one' && next === 'another')) return true;
  }
  return false;
}

/** Is there a comma in [from, to): the close of an aside before the verb? */
function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') return true;
  return false;
}

/** Words back from a mention to the comma that opens its apposition: ", a close ally of". */
const APPOSITION_REACH = 5;

/**
 * "China, North Korea's main ally, urged both sides", "China, an ally of North Korea, urged": a state
 * named as the owner inside an apposition that commas set off before the verb says whose the subject
 * is, and is not the subject.
 */
function possessiveApposition(
  tokens: readonly Token[],
  mention: { start: number; end: number },
  triggerAt: number,
): boolean {
  const owner = tokens[mention.end]?.lower === "'s" || tokens[mention.start - 1]?.lower === 'of';
  if (!owner) return false;
  let open = mention.start - 1;
  while (open > 0 && mention.start - open <= APPOSITION_REACH && tokens[open]!.kind === 'word') open--;
  if (open < 1 || tokens[open]!.text !== ',') return false;
  // The apposition opens with the owner or an article: ", North Korea's main ally", ", an ally of".
  if (open + 1 !== mention.start && !ADJECTIVE_DETERMINERS.has(tokens[open + 1]!.lower)) return false;
  return commaBetween(tokens, mention.end, triggerAt);
}

/**
 * "Vietnam said China's decision was illegal, demanded that the rig be withdrawn": the owner of what
 * a report speaks of, before a comma, is not the subject of the teller's next verb.
 */
function reportedOwner(
  tokens: readonly Token[],
  mention: { start: number; end: number },
  triggerAt: number,
): boolean {
  if (tokens[mention.end]?.lower !== "'s") return false;
  const before = tokens[mention.start - 1]?.lower === 'that' ? mention.start - 2 : mention.start - 1;
  return REPORTING.has(tokens[before]?.lower ?? '') && commaBetween(tokens, mention.end, triggerAt);
}

/**
 * "Somalia's ambassador to the United Nations Abukar Dahir Osman accused": the body or state an envoy
 * is posted to is no subject; the envoy's state is.
 */
function postedTo(tokens: readonly Token[], start: number): boolean {
  const to = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return tokens[to]?.lower === 'to' && POSTED_ENVOYS.has(tokens[to - 1]?.lower ?? '');
}

/** Envoys named with where they are posted: "ambassador to the United Nations". */
const POSTED_ENVOYS = new Set(['ambassador', 'envoy', 'representative', 'commissioner', 'affaires']);

/** Tokens back from a mention within which a restrictive "who" is looked for. */
const RESTRICTIVE_REACH = 6;

/**
 * "A gunman who drove a truck from Jordan opened fire": a state named inside a "who" clause with no
 * comma before it tells of the subject (the antecedent), and is not itself the next verb's subject.
 */
function inRestrictiveRelative(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 1 && start - k <= RESTRICTIVE_REACH; k--) {
    const word = tokens[k]!;
    if (word.kind === 'punct') return false;
    if (word.lower === 'who') return tokens[k - 1]!.kind === 'word' && k < start - 1;
  }
  return false;
}

/** Is the word ending at `end` in a relative clause (", which ...") that a comma closes before `at`? */
function closedRelative(tokens: readonly Token[], end: number, at: number): boolean {
  return insideRelativeClause(tokens, { start: end - 1, end }, at);
}

const ONE_SIDED = new Set(['unilateral', 'unilaterally']);

/** Subjects whose words report or judge, not act: "Analysts warned", "Diplomats said". */
const COMMENTATORS = new Set([
  'analysts',
  'diplomats',
  'observers',
  'experts',
  'critics',
  'commentators',
  'residents',
  'villagers',
  'witnesses',
  'aid',
  'relatives',
  'traders',
]);

/**
 * The side named in a comma-bounded phrase right before a verb of saying: "Pakistan's army chief,
 * General Tariq Hussain, said", "Gul Rahman, a spokesman for the Taliban administration, said".
 */
function appositionBefore(reading: SentenceReading, sayAt: number): ActorMention | undefined {
  const { tokens, actors } = reading;
  if (tokens[sayAt - 1]?.text !== ',') return undefined;
  let open = sayAt - 2;
  while (open >= 0 && sayAt - open <= APPOSITION_WINDOW && tokens[open]!.text !== ',') open--;
  if (open < 0 || sayAt - open > APPOSITION_WINDOW) return undefined;
  const inside = actors.find((a) => a.start > open && a.end < sayAt && a.actor.country && !a.locative);
  // Else the head before the apposition: "Pakistan's army chief, General Tariq Hussain, said".
  return inside ?? [...actors].reverse().find((a) => a.end === open && a.actor.country && !a.locative);
}

/** Reporting participles after a comma: their speaker is the subject of the clause before. */
const PARTICIPLES = new Set(['saying', 'adding']);
/** Tokens back from a participle's comma within which its clause's subject is looked for. */
const PARTICIPLE_REACH = 8;

function participleSpeaker(reading: SentenceReading, sayAt: number): ActorMention | undefined {
  const { tokens, actors } = reading;
  const comma = sayAt - 1;
  if (tokens[comma]?.text !== ',') return actorEndingJustBefore(actors, sayAt);
  // The clause before the comma starts after the comma before it (or with the sentence).
  let clause = comma - 1;
  while (clause > 0 && comma - clause <= PARTICIPLE_REACH && tokens[clause - 1]!.text !== ',') clause--;
  if (comma - clause > PARTICIPLE_REACH) return undefined;
  return actors.find((a) => a.start >= clause && a.end <= comma && !a.locative && a.actor.country);
}

/** Relative pronouns: after a comma they open a clause about the noun before it (", which ...,"). */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'where']);

/** Verbs that may open a clause after an apposition: "Rakhmon, in power since 1992, is critical". */
const VERB_OPENERS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'remains', 'remained']);

/**
 * "Algeria closed its airspace to Mali and said ...": a verb after "and" shares its clause's subject,
 * the first state named since the clause began (after the last comma before `and`).
 */
function clauseSubject(reading: SentenceReading, and: number, reported = false): ActorMention | undefined {
  const { tokens, actors } = reading;
  // ", and said": the comma before "and" closes the clause, it does not open it.
  let clause = tokens[and - 1]?.text === ',' ? and - 1 : and;
  // A clause begins after a comma or a subordinator ("killed when Pakistani troops ... and opened fire").
  while (clause > 0 && tokens[clause - 1]!.text !== ',' && !SUBORDINATORS.has(tokens[clause - 1]!.lower))
    clause--;
  // "Armenian units, which it said had mined roads and fired on ...": "and" inside a relative clause
  // joins its verbs, whose subject is the clause's antecedent.
  const pronoun = tokens[clause]?.lower;
  if (
    (pronoun === 'which' || pronoun === 'who') &&
    tokens[and - 1]?.text !== ',' &&
    tokens[clause - 1]?.text === ','
  ) {
    const antecedent = actors.find((a) => a.end === clause - 1 && !a.locative && a.actor.country);
    const subject = antecedent ?? bodyBefore(reading, clause - 1);
    if (subject) return subject;
  }
  // "said Armenian units had mined roads and fired on ...": force (or a passive) joined to a reported
  // clause is that clause's subject's, not the speaker's (a speech act so joined may be either, and
  // stays the speaker's: callers ask for the reported subject only for the others).
  if (reported) {
    for (let k = and - 1; k >= clause; k--) {
      // "said two of its vessels were struck and that Russian crews boarded them and seized them":
      // a second reported clause opens at "and that".
      const secondClause = tokens[k]!.lower === 'that' && tokens[k - 1]?.lower === 'and';
      if (!REPORTING.has(tokens[k]!.lower) && !secondClause) continue;
      let opens = tokens[k + 1]?.lower === 'that' || secondClause ? k + (secondClause ? 1 : 2) : k + 1;
      if (tokens[opens]?.lower === 'the') opens++;
      const reported = actors.find((a) => a.start === opens && !a.locative && a.actor.country && a.end < and);
      if (reported) return reported;
      break;
    }
  }
  // "had crossed the border while chasing smugglers and exchanged fire": a participle after a
  // subordinator has no subject of its own; the clause before it goes on.
  while (
    clause > 1 &&
    SUBORDINATORS.has(tokens[clause - 1]!.lower) &&
    isGerund(tokens[clause]?.lower ?? '')
  ) {
    clause--;
    while (clause > 0 && tokens[clause - 1]!.text !== ',' && !SUBORDINATORS.has(tokens[clause - 1]!.lower))
      clause--;
  }
  // "ordered ... in Essequibo, which is administered by Guyana, and demanded": past a relative clause.
  while (clause > 1 && RELATIVE_PRONOUNS.has(tokens[clause]?.lower ?? '')) {
    clause--;
    while (clause > 0 && tokens[clause - 1]!.text !== ',') clause--;
  }
  // "General Yasser al-Atta, a member of Sudan's ruling council, said ..., and warned": a clause
  // opened by its verb of saying has the speaker of that verb for subject.
  if (REPORTING.has(tokens[clause]?.lower ?? '')) {
    // As readSources finds it, without reading the sentence's sources (they ask this function).
    const speaker = actorEndingJustBefore(actors, clause) ?? appositionBefore(reading, clause);
    if (speaker?.actor.country) return speaker;
  }
  // "said airports in Chad were being used ..., and warned": a state after a preposition is no subject.
  const subjectIn = (from: number, to: number) =>
    actors.find(
      (a) =>
        a.start >= from && a.end <= to && !a.locative && a.actor.country && !prepositionalObject(tokens, a),
    );
  // "conveyed its concerns to Kabul over the presence of terrorists, including the TTP, on Afghan
  // soil, and urged Kabul": past asides and phrases of place, the clause goes on before them.
  let end = and;
  for (let hops = 0; hops < MAX_ASIDES; hops++) {
    const opener = tokens[clause]?.lower ?? '';
    // "..., leaving Terespol as the only crossing open, and sent": a participle phrase is an aside too.
    // "President Rakhmon, in power since 1992, is openly critical of the Taliban, and urged": a
    // clause opened by its verb has its subject before the aside.
    const aside =
      ASIDE_OPENERS.has(opener) ||
      isGerund(opener) ||
      (hops === 0 && VERB_OPENERS.has(opener)) ||
      (hops > 0 && SUBORDINATORS.has(opener));
    const subject = aside ? undefined : subjectIn(clause, end);
    if (subject || clause === 0 || tokens[clause - 1]?.text !== ',') return subject;
    if (!aside && !OBJECT_PREPOSITIONS.has(opener) && !WHERE_PREPOSITIONS.has(opener)) return undefined;
    end = clause - 1;
    clause = end;
    // Back to the comma that opens the aside ("in power since 1992"), past a subordinator in it.
    while (clause > 0 && tokens[clause - 1]!.text !== ',') clause--;
  }
  return undefined;
}

/** Comma-separated asides and phrases of place a clause's subject is looked for past, at most. */
const MAX_ASIDES = 3;

/** Words that open an aside between commas: "including the TTP", "among them", "such as". */
const ASIDE_OPENERS = new Set(['including', 'among', 'such', 'notably', 'especially']);

/** Roots of speech acts: their actor is the one who speaks. */
const SPEAKER_CODES = new Set(['10', '11', '12', '13']);
/** Speech acts and protests a participle may add to its clause subject's deed ("handed a note ..., objecting"). */
const OBJECTING_CODES = new Set([...SPEAKER_CODES, '14']);
const INVERSION_BLOCKERS = new Set(['that', 'on', 'in', 'to', 'it']);
/** The verb follows the quote it reports: '"...," said the ministry'. */
const INVERSION_MARKS = new Set([',', '"', '\u201d', "'"]);
/** Verbs that say what something is, not what anyone did. */
const COPULAS = new Set(['was', 'is', 'were', 'are']);

const COMMENT_VERBS = new Set([
  'commented',
  'comment',
  'responded',
  'respond',
  'reacted',
  'react',
  'replied',
  'reply',
]);

/** Is the noun at `at` what someone commented on or responded to ("commented on the accusation")? */
function commentedOn(tokens: readonly Token[], at: number): boolean {
  const article = ARTICLES.has(tokens[at - 1]?.lower ?? '') || tokens[at - 1]?.lower === 'the' ? 1 : 0;
  const preposition = tokens[at - 1 - article]?.lower;
  return (
    (preposition === 'on' || preposition === 'to') &&
    COMMENT_VERBS.has(tokens[at - 2 - article]?.lower ?? '') &&
    !tokens[at]!.lower.endsWith('ed')
  );
}

/** Is the trigger before a "to" an act whose purpose follows (not an appeal or a speech act)? */
function purposeOf(reading: SentenceReading, previous: TrieMatch<EventPattern>): boolean {
  const pattern = firstPatternInContext(reading, previous);
  if (!pattern) return false;
  // An envoy is summoned to be told something: the summoner speaks.
  return pattern.type === 'envoy-summoned' || (!pattern.governs && !SPEECH_OR_PROTEST.test(pattern.cameo));
}

/** Speech acts and protests (CAMEO 10 to 14), which may be taken to a body about a state. */
const SPEECH_OR_PROTEST = /^1[0-4]/;
const GRIEVANCE_PREPOSITIONS = new Set(['over', 'against', 'about', 'regarding']);

/** Tokens before a deed within which "against" or "over" makes it a complaint's object. */
const GRIEVANCE_REACH = 12;

/** Does "against"/"over" open the deed at `at`, after the complaint's trigger at `from`, in its clause? */
function grievanceOpens(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = at - 1; k > from && k >= at - GRIEVANCE_REACH; k--) {
    const word = tokens[k]!.lower;
    if (word === 'against' || word === 'over') return true;
    if (word === ',' || word === ';') return false;
  }
  return false;
}

const AGENT_BY: ReadonlySet<string> = new Set(['by']);
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';']);

/** "the expulsion of its nationals by Algeria": an agent named after the deed. */
function agentAfter(tokens: readonly Token[], from: number): boolean {
  return wordBeforeStop(tokens, from, GRIEVANCE_REACH, AGENT_BY, CLAUSE_PUNCTUATION);
}

/** The state a grievance is about: "over Israel's construction", "against Israel", after `from`. */
function grievanceObject(reading: SentenceReading, from: number, to: number): ActorMention | undefined {
  const { tokens } = reading;
  return reading.actors.find(
    (a) =>
      a.start >= from &&
      a.start < to &&
      !!a.actor.country &&
      GRIEVANCE_PREPOSITIONS.has(tokens[a.start - 1]?.lower ?? ''),
  );
}

/** Does a relative clause (", who", ", which") open in [from, to)? */
function insideRelative(tokens: readonly Token[], from: number, to: number): boolean {
  let open = false;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k - 1]!.text === ',' && (tokens[k]!.lower === 'who' || tokens[k]!.lower === 'which'))
      open = true;
    // "Tajik citizens, who were grazing livestock there, didn't obey ... and attacked": the comma
    // after the clause closes it, and the verbs go on with its antecedent.
    else if (open && tokens[k]!.text === ',') open = false;
  }
  return open;
}

/** "militants behind last month's attack": the mention right before "behind", a few words before the act. */
function behindAgent(reading: SentenceReading, at: number): ActorMention | undefined {
  const { tokens, actors } = reading;
  for (let k = at - 1; k >= Math.max(1, at - 5); k--) {
    if (tokens[k]!.lower !== 'behind') continue;
    // "militants behind the attack", "denied that Belgrade was behind the attack".
    const end = COPULAS.has(tokens[k - 1]!.lower) ? k - 1 : k;
    return actors.find((a) => a.end === end && !a.locative);
  }
  return undefined;
}

/**
 * Nouns after a state's adjective that make "from X ..." the place fire came from ("from the
 * Ukrainian bank of the Dniester": a river's bank is a side too).
 */
const ORIGIN_NOUNS = new Set(['territory', 'soil', 'side', 'bank', 'shore']);

/** Does "from (the) <state's> side|territory|soil" follow at `from`? */
function sideAfterFrom(reading: SentenceReading, from: number): boolean {
  const { tokens } = reading;
  const at = originStart(tokens, from);
  const state = reading.countries.find((c) => c.start === at);
  if (!state) return false;
  if (
    at > from + 2 ||
    ORIGIN_NOUNS.has(tokens[state.end]?.lower ?? '') ||
    (tokens[state.end]?.lower === "'s" && ORIGIN_NOUNS.has(tokens[state.end + 1]?.lower ?? ''))
  )
    return true;
  // "gunfire from Botswana's anti-poaching military": the fire of a state's forces, past modifiers.
  let k = state.end + (tokens[state.end]?.lower === "'s" ? 1 : 0);
  for (let steps = 0; steps < FORCE_MODIFIER_REACH && k < tokens.length; steps++, k++)
    if (FIRING_FORCES.has(tokens[k]!.lower)) return true;
    else if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') return false;
  return false;
}

/**
 * The state of "from the Ukrainian bank" at `from` as the shooter, where no actor is named there
 * (a side, a bank or a territory is a place, not a mention of forces).
 */
function sideAsActor(reading: SentenceReading, from: number): ActorMention | undefined {
  const state = reading.countries.find((c) => c.start === originStart(reading.tokens, from));
  if (!state) return undefined;
  const text = reading.tokens
    .slice(state.start, state.end)
    .map((t) => t.text)
    .join(' ');
  return {
    start: state.start,
    end: state.end,
    text,
    actor: { country: state.iso3, role: 'MIL' },
    locative: false,
  };
}

/** Words between a possessive and the act's noun it owns: "Russia's full-scale invasion". */
const POSSESSED_MODIFIER_REACH = 4;

/**
 * "Azerbaijan's shelling of Armenian villages", "Russia's full-scale invasion of Ukraine": the state
 * whose possessive owns a noun of force did it, to the state named after "of" (else to the other
 * side the sentence names). Undefined when no state owns the noun.
 */
function possessedAct(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): { actor: ActorMention; target: ActorMention | undefined } | undefined {
  const { tokens } = reading;
  let k = trigger.start - 1;
  for (
    let n = 0;
    n < POSSESSED_MODIFIER_REACH &&
    k > 0 &&
    !tokens[k]!.cap &&
    tokens[k]!.lower !== "'s" &&
    (tokens[k]!.kind === 'word' || tokens[k]!.text === '-');
    n++
  )
    k--;
  if (tokens[k]?.lower !== "'s") return undefined;
  const owner = reading.actors.find((a) => a.end === k && !!a.actor.country);
  if (!owner) return undefined;
  const state = owner.actor.country;
  const ofAt = tokens[trigger.end]?.lower === 'of' ? trigger.end + 1 : -1;
  const object =
    ofAt < 0
      ? undefined
      : reading.actors.find(
          (a) => (a.start === ofAt || a.start === ofAt + 1) && !!a.actor.country && a.actor.country !== state,
        );
  const other =
    object ?? [target, actor].find((m) => m !== owner && !!m?.actor.country && m.actor.country !== state);
  return { actor: { ...owner, actor: { ...owner.actor, role: 'MIL' }, locative: false }, target: other };
}

/** People in flight, who cross a border for refuge: "Thousands of people fleeing Sudan's West Darfur state crossed into Chad". */
const FLEEING_WORDS = new Set(['fleeing', 'refugees', 'migrants', 'asylum-seekers', 'displaced']);
/** Armed men, whose crossing stays one whatever they flee. */
const ARMED_CROSSER_WORDS = new Set([
  'troops',
  'soldiers',
  'forces',
  'fighters',
  'gunmen',
  'militants',
  'rebels',
]);
/** Words before a crossing within which its crossers are told. */
const CROSSERS_REACH = 8;

/** Are the crossers of the crossing at `at` people in flight, with no armed men told between? */
function fleeingCrossers(tokens: readonly Token[], at: number): boolean {
  return wordBackBeforeStop(tokens, at, CROSSERS_REACH, FLEEING_WORDS, ARMED_CROSSER_WORDS);
}

/** Words from a passive's "by" to a group as its agent: "by a number of terrorists". */
const AGENT_GROUP_REACH = 4;

/** Nouns of where fire came from before "of" and its state: "gunfire from the direction of Iran". */
const ORIGIN_OF_NOUNS = new Set(['direction', 'side']);

/** Where the origin after "from" at `from` is named: past "the", and past "direction of". */
function originStart(tokens: readonly Token[], from: number): number {
  // "from inside Pakistan's soil", "from within Afghan territory".
  let at = from + 1 + (tokens[from + 1]?.lower === 'inside' || tokens[from + 1]?.lower === 'within' ? 1 : 0);
  if (tokens[at]?.lower === 'the') at++;
  if (ORIGIN_OF_NOUNS.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'of') at += 2;
  return at;
}

/** A state's forces whose fire "from" names its shooter: "gunfire from Botswana's anti-poaching military". */
const FIRING_FORCES = new Set([
  'military',
  'army',
  'forces',
  'troops',
  'soldiers',
  'guards',
  'positions',
  'patrol',
]);
/** Tokens of modifiers between a state's possessive and its forces ("anti - poaching"). */
const FORCE_MODIFIER_REACH = 5;

/**
 * Where "from" names the origin of a fight: right after its trigger ("rockets fired from Lebanon"),
 * or later in its clause before a state's territory ("fired on a camp in Tajikistan from Afghan
 * territory"). -1 when there is none.
 */
function originMarker(reading: SentenceReading, trigger: TrieMatch<EventPattern>, across = false): number {
  const { tokens } = reading;
  if (tokens[trigger.end]?.lower === 'from') return trigger.end;
  // "wounded by harassment fire across the Syrian border": fire over a state's border, of which the
  // victims are on the other side, came from that state.
  if (across && tokens[trigger.end]?.lower === 'across' && tokens[trigger.end + 1]?.lower === 'the') {
    const state = reading.countries.find((c) => c.start === trigger.end + 2);
    if (state && BORDER_NOUNS.has(tokens[state.end]?.lower ?? '')) return trigger.end;
  }
  const end = clauseEnd(tokens, trigger.end, trigger.end + TARGET_WINDOW);
  for (let k = trigger.end; k < end; k++) {
    if (tokens[k]!.lower !== 'from') continue;
    const state = reading.countries.find((c) => c.start === k + 1 || c.start === k + 2);
    // "from Afghan territory", "from inside Pakistan's soil".
    const noun = tokens[state?.end ?? -1]?.lower === "'s" ? (state?.end ?? 0) + 1 : (state?.end ?? -1);
    if (state && ORIGIN_NOUNS.has(tokens[noun]?.lower ?? '')) return k;
  }
  return -1;
}

/** Words between an absolute "with" phrase's subject and its gerund: "with Algeria on Wednesday accusing". */
const ABSOLUTE_FILLERS = new Set(['on', 'now', 'also', 'again', 'then', 'still', 'openly']);

/** The state named right after "with" whose gerund stands at `at`: "with Algeria on Wednesday accusing". */
function absoluteSubject(reading: SentenceReading, at: number): ActorMention | undefined {
  const { tokens } = reading;
  let k = at - 1;
  while (
    k > 0 &&
    at - k < 6 &&
    (ABSOLUTE_FILLERS.has(tokens[k]!.lower) || (tokens[k]!.cap && tokens[k - 1]?.lower === 'on'))
  )
    k--;
  const subject = reading.actors.find((a) => a.end === k + 1 && !!a.actor.country && !a.locative);
  return subject && tokens[subject.start - 1]?.lower === 'with' ? subject : undefined;
}

/** The state after a "by" later in the clause from `from`: "accused of being mercenaries by the Malian authorities". */
function agentLater(reading: SentenceReading, from: number): ActorMention | undefined {
  const { tokens } = reading;
  const end = Math.min(tokens.length, from + TARGET_WINDOW);
  for (let k = from; k < end; k++) {
    if (tokens[k]!.kind === 'punct') return undefined;
    if (tokens[k]!.lower !== 'by') continue;
    const at = k + (tokens[k + 1]?.lower === 'the' ? 2 : 1);
    return reading.actors.find((a) => a.start === at && !!a.actor.country && !a.locative);
  }
  return undefined;
}

/**
 * The state an arrest was made in, for an arrest of no named agent: "in Mali, where 46 Ivorian
 * soldiers were arrested", "were arrested in Mali" (not the arrested people's own).
 */
function arrestedIn(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
  arrested: ActorMention | undefined,
): ActorMention | undefined {
  const { tokens } = reading;
  const own = arrested?.actor.country;
  return reading.actors.find((a) => {
    if (!a.actor.country || a.actor.country === own || tokens[a.start - 1]?.lower !== 'in') return false;
    if (a.start === trigger.end + 1) return true;
    return a.end < trigger.start && tokens[a.end]?.text === ',' && tokens[a.end + 1]?.lower === 'where';
  });
}

/** Participles naming where an attack came from: "an attack launched from Afghanistan". */
const ORIGIN_PARTICIPLES = new Set(['launched', 'originating', 'originated', 'coming', 'emanating', 'out']);
/** Tokens after an attack's trigger within which its origin participle's "from" stands. */
const ORIGIN_PARTICIPLE_REACH = 6;

/**
 * The state an attack came from, named after an origin participle in the fight's clause: "an attack
 * launched from Afghanistan", "originating from Afghanistan", "carried out from the territory of
 * Afghanistan", "carried out from across the border in Afghanistan".
 */
function originByParticiple(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
): ActorMention | undefined {
  const { tokens } = reading;
  // The participle of the attack itself: "an attack that was carried out from", not of its object.
  const end = Math.min(
    clauseEnd(tokens, trigger.end, trigger.end + TARGET_WINDOW),
    trigger.end + ORIGIN_PARTICIPLE_REACH,
  );
  for (let k = trigger.end; k < end; k++) {
    if (tokens[k]!.lower !== 'from' || !ORIGIN_PARTICIPLES.has(tokens[k - 1]?.lower ?? '')) continue;
    let at = k + 1;
    if (
      tokens[at]?.lower === 'across' &&
      tokens[at + 1]?.lower === 'the' &&
      BORDER_NOUNS.has(tokens[at + 2]?.lower ?? '')
    )
      at += tokens[at + 3]?.lower === 'in' ? 4 : 3;
    if (tokens[at]?.lower === 'the') at++;
    if (ORIGIN_NOUNS.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'of') at += 2;
    return reading.actors.find((a) => a.start === at && !!a.actor.country);
  }
  return undefined;
}

/** Tokens after a fight's trigger within which it may be laid on someone ("an attack that Algiers attributed to"). */
const ATTRIBUTION_REACH = 6;
const ATTRIBUTION_FILLERS = new Set(['the', 'neighbouring', 'neighboring', 'its', 'their']);

/** Nouns of a fight that a sentence may only fear ("a war could", "war appears likely"). */
const FEARED_FIGHT_NOUNS = new Set([
  'war',
  'wars',
  'conflict',
  'confrontation',
  'clash',
  'clashes',
  'fighting',
  'hostilities',
]);
/** Words after a feared fight noun, besides the modals, that make it a possibility: "war appears likely", "a war must never be fought". */
const POSSIBILITY_WORDS = new Set([
  'cannot',
  'must',
  'likely',
  'looms',
  'loomed',
  'looming',
  // "doubt that a confrontation is imminent", "said a clash was not inevitable".
  'imminent',
  'inevitable',
  'unlikely',
  'possible',
]);

/** Verbs that lay a deed "to" someone, and verbs that lay it "on" someone. */
const ATTRIBUTING_VERBS = new Set(['attributed', 'attributes', 'attribute']);
const BLAMING_VERBS = new Set(['blamed', 'blames', 'blame']);

/** "an attack that Algiers attributed to neighboring Morocco", "a bombing blamed on Morocco": whom a fight is laid on. */
function attributedTo(reading: SentenceReading, trigger: TrieMatch<EventPattern>): ActorMention | undefined {
  const { tokens } = reading;
  const end = Math.min(tokens.length - 2, trigger.end + ATTRIBUTION_REACH);
  for (let k = trigger.end; k < end; k++) {
    const word = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct' && word !== ',') return undefined;
    const next = tokens[k + 1]!.lower;
    // "a remote attack, which Hezbollah attributes to Israel": the present too.
    if (!((ATTRIBUTING_VERBS.has(word) && next === 'to') || (BLAMING_VERBS.has(word) && next === 'on')))
      continue;
    let at = k + 2;
    while (at < k + 5 && ATTRIBUTION_FILLERS.has(tokens[at]?.lower ?? '')) at++;
    return reading.actors.find((a) => a.start === at && !!a.actor.country);
  }
  return undefined;
}

/** Words that end a span: "closed until November 30". */
/** "will meet before the end of September": a deadline set, like a span's end, dates no act. */
const SPAN_END_WORDS = new Set(['until', 'till', 'through', 'before']);
/** Words between "until" and the date it ends a span at: "until the end of November". */
const SPAN_END_FILLERS = new Set(['the', 'end', 'of', 'early', 'late', 'mid', 'at', 'least']);

/** Does a time expression at `at` end a span ("until the end of November"), not date an act? */
function spanEndAt(tokens: readonly Token[], at: number): boolean {
  return wordBackPastFillers(tokens, at, SPAN_END_REACH, SPAN_END_WORDS, SPAN_END_FILLERS);
}
const SPAN_END_REACH = 5;

/** Words between an accusation and the "of" of its deed within which the accused is read. */
const ACCUSED_REACH = 4;

/**
 * Is the accused between an accusation ending at `from` and its "of" before the deed at `to` named
 * by no state, body or pair ("accused the West of fighting")?
 */
function accusedOfNoState(reading: SentenceReading, from: number, to: number): boolean {
  const { tokens } = reading;
  let of = from + 1;
  while (of < to && of <= from + ACCUSED_REACH && tokens[of]!.lower !== 'of') of++;
  // "of fighting a hybrid war": the gerund, its article and a modifier before the trigger.
  if (tokens[of]?.lower !== 'of' || of > from + ACCUSED_REACH || to - of > ACCUSED_REACH) return false;
  for (let k = from; k < of; k++) if (tokens[k]!.kind !== 'word') return false;
  // A name ("the West"), not a word that refers back ("the country", read by coreference).
  const named = tokens.slice(from, of).some((t) => t.cap);
  return named && !reading.actors.some((a) => a.start < of && a.end > from);
}

/** Bodies of one state that meet at home: "the National Security Council met". */
const HOME_BODIES = new Set(['council', 'cabinet', 'parliament', 'committee', 'committees', 'assembly']);
/** A state's own bodies, whose meetings its leader chairs: those that meet at home, and its government. */
const CHAIRED_AT_HOME = new Set([...HOME_BODIES, 'government']);
/** Words before "chaired by" within which the body chaired is read. */
const OWN_BODY_REACH = 5;

/** Nouns of a closure ("announced the closure of its border"). */
const CLOSURE_NOUNS = new Set(['closure', 'closures']);
/** Words after a closure noun within which the state across the closed border is read. */
const CLOSED_BORDER_REACH = 8;

/** Words after a condemnation within which the "by" of the denounced deed's doer is read. */
const DEED_DOER_REACH = 5;

/** The state named after "by" in the deed a condemnation names ("condemned the attack by Belarus"). */
function deedDoerAfter(reading: SentenceReading, from: number): ActorMention | undefined {
  const { tokens } = reading;
  for (let k = from; k < tokens.length && k < from + DEED_DOER_REACH; k++) {
    if (tokens[k]!.kind === 'punct') return undefined;
    if (tokens[k]!.lower === 'by')
      return reading.actors.find((a) => a.start > k && a.start <= k + 2 && !!a.actor.country && !a.locative);
  }
  return undefined;
}

/** Participles that open what a subject says after its act: "condemned the raid, saying ...". */
const SAYING_PARTICIPLES = new Set(['saying', 'adding', 'calling', 'describing', 'noting', 'insisting']);
/** Participles of speech acts a sentence's subject does after a comma: ", warning that", ", vowing to". */
const SPEECH_PARTICIPLES = new Set([
  'warning',
  'vowing',
  'threatening',
  'accusing',
  'urging',
  'demanding',
  'condemning',
  'blaming',
]);

/** Verbs of reaching someone for a purpose told after ("telephoned Vucic to urge"). */
const CALLING_VERBS = new Set(['telephoned', 'phoned', 'called', 'rang', 'contacted', 'visited', 'wrote']);

/**
 * The caller and the one called when the trigger at `start` is the purpose of a call ("telephoned
 * Serbian President Aleksandar Vucic to urge"), else undefined.
 */
function callPurpose(
  reading: SentenceReading,
  start: number,
): { caller: ActorMention; called: ActorMention } | undefined {
  const { tokens, actors } = reading;
  // The trigger may hold its "to" ("to urge").
  const to = tokens[start]?.lower === 'to' ? start : start - 1;
  if (tokens[to]?.lower !== 'to') return undefined;
  const called = actors.findLast((a) => a.end === to && !!a.actor.country && !a.locative);
  if (!called) return undefined;
  // "Serbian President Aleksandar Vucic": a title and a name of one state, one object.
  let objectStart = called.start;
  for (let a = actors.findLast((b) => b.end === objectStart); a?.actor.country === called.actor.country; ) {
    objectStart = a.start;
    a = actors.findLast((b) => b.end === objectStart);
  }
  if (!CALLING_VERBS.has(tokens[objectStart - 1]?.lower ?? '')) return undefined;
  const caller = actors.findLast(
    (a) =>
      a.end < objectStart && !!a.actor.country && !a.locative && a.actor.country !== called.actor.country,
  );
  return caller ? { caller, called } : undefined;
}

/** Words that name an armed group of no state as what an act is aimed at ("the group's hide-outs"). */
const GROUP_OBJECT_WORDS = new Set([
  'group',
  'groups',
  'militants',
  'rebels',
  'terrorists',
  'insurgents',
  'jihadists',
  'smugglers',
  'gangs',
]);
/** Tokens after a trigger read as its object by groupObject. */
const GROUP_OBJECT_REACH = 6;
/** The same after a strike allies make together ("air strikes and artillery fire from Uganda on the positions of ADF terrorists"). */
const JOINT_OBJECT_REACH = 12;
/** Words of allies acting together: "joint", "concerted", "with our Congolese allies". */
const JOINT_CUE = /\b(?:joint|jointly|concerted|our [A-Z][a-z]+ allies|in coordination with)\b/;

/** Is the mention the state across a border it is named after ("the border with Kyrgyzstan")? */
function acrossBorder(tokens: readonly Token[], mention: { start: number }): boolean {
  return (
    tokens[mention.start - 1]?.lower === 'with' && BORDER_NOUNS.has(tokens[mention.start - 2]?.lower ?? '')
  );
}

/** Codes of accords and truces (057, 0871): what "under" an accord frames. */
const ACCORD_ROOTS = new Set(['057', '087']);
/** Participles that tell an accord's making after its noun: "a ceasefire agreement reached in Kuala Lumpur". */
const ACCORD_MADE = new Set(['reached', 'agreed', 'signed', 'struck', 'sealed', 'concluded']);
/** Words between "under" and the accord it frames: "Under a Russia-brokered armistice". */
const UNDER_ACCORD_REACH = 5;

/** Does "under" frame the accord noun at `at`, past its article and modifiers ("Under a Russia-brokered armistice")? */
function underAccordAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - UNDER_ACCORD_REACH); k--) {
    const token = tokens[k]!;
    if (token.lower === 'under') return k < at - 1;
    if (token.kind === 'punct' && token.text !== '-') return false;
  }
  return false;
}

/**
 * Verbs that welcome an act another did: "welcomed the signing" (not "confirmed", whose act is as
 * often the speaker's own: "Liberia's army has confirmed the detention of 12 soldiers").
 */
const WELCOMING_VERBS = new Set([
  'welcomed',
  'welcomes',
  'welcoming',
  'hailed',
  'hails',
  'praised',
  'praises',
  'applauded',
  'lauded',
]);
/** Words between such a verb and the act noun: "welcomed the presidential signing". */
const WELCOMED_ACT_REACH = 3;

/** Where a welcoming verb stands before the act noun at `at` ("welcomed the signing"), or -1. */
function welcomingVerbBefore(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - WELCOMED_ACT_REACH); k--) {
    const token = tokens[k]!;
    if (WELCOMING_VERBS.has(token.lower)) return k < at - 1 ? k : -1;
    if (token.kind !== 'word' || token.cap) return -1;
  }
  return -1;
}

/**
 * Is the act at `at` one still to come, as what something makes way for or what people wait for
 * ("paving the way for the deployment of", "trucks were waiting for the reopening")?
 */
function pendingActAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.lower ?? '';
  const forAt = before === 'the' || ARTICLES.has(before) ? at - 2 : at - 1;
  if (AWAITING.has(tokens[forAt]?.lower ?? '')) return true;
  if (tokens[forAt]?.lower !== 'for') return false;
  // "were waiting on both sides of the border for the reopening": past where they wait.
  for (let k = forAt - 1; k >= Math.max(0, forAt - PENDING_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (MADE_WAY_FOR.has(tokens[k]!.lower)) return true;
  }
  return false;
}
/** Words back from "for" within which the waiting is told. */
const PENDING_REACH = 8;
/** Words before "for" and an act still to come: "the way for", "waiting for". */
const MADE_WAY_FOR = new Set(['way', 'waiting', 'wait', 'waited', 'waits']);
/** Verbs of waiting for or weighing an act: "still studying the reopening of the border". */
const AWAITING = new Set([
  'awaiting',
  'await',
  'awaited',
  'awaits',
  'studying',
  'considering',
  'discussing',
  'weighing',
  'mulling',
]);

/**
 * "ahead of joint Russian-Belarusian military exercises": two states' forces named together as
 * doing the act at `at` (the last word before it). They act together, not on each other.
 */
function jointPairBefore(tokens: readonly Token[], at: number): boolean {
  const joiner = tokens[at - 2]?.text;
  return (
    tokens[at - 4]?.lower === 'joint' &&
    !!tokens[at - 3]?.cap &&
    !!tokens[at - 1]?.cap &&
    (joiner === '-' || joiner === 'and')
  );
}

/** Is what an act starting its object at `from` aims at an armed group ("target the group's hide-outs", "on the ADF")? */
function groupObject(reading: SentenceReading, from: number, reach = GROUP_OBJECT_REACH): boolean {
  const { tokens } = reading;
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && token.text !== "'s") return false;
    if (GROUP_OBJECT_WORDS.has(token.lower)) return true;
    if (reading.actors.some((a) => a.start === k && ARMED_NON_STATE_ROLES.has(a.actor.role))) return true;
  }
  return false;
}

/** Verbs of which an act noun is the subject and its victims the object ("the strike killed"). */
const STRIKE_TOLL_VERBS = new Set(['killed', 'kills', 'wounded', 'wounds', 'injured', 'injures']);
/** Words of a strike's subject phrase before its toll verb ("an air strike on Idlib in Syria killed"). */
const STRIKE_SUBJECT_REACH = 8;

/**
 * The victims named as the object of a toll verb the act noun ending at `from` is the subject of
 * ("An air strike in Syria killed 33 Turkish soldiers"), if any.
 */
function deadOfStrike(reading: SentenceReading, from: number): ActorMention | undefined {
  const { tokens } = reading;
  for (let k = from; k < tokens.length && k <= from + STRIKE_SUBJECT_REACH; k++) {
    const token = tokens[k]!;
    // "war-ravaged Idlib": a hyphen joins words; other marks end the subject.
    if ((token.kind === 'punct' && token.text !== '-') || CLAUSE_BREAKS.has(token.lower)) return undefined;
    if (!STRIKE_TOLL_VERBS.has(token.lower)) continue;
    // "killed 33 Turkish soldiers": the victims follow the verb, past a figure.
    const counted = tokens[k + 1]?.kind === 'num' || NUMBER_WORDS.has(tokens[k + 1]?.lower ?? '');
    const at = k + 1 + (counted ? 1 : 0);
    return reading.actors.find((a) => a.start === at && a.actor.country && !a.locative);
  }
  return undefined;
}

/** Words of an "of" complement between an act noun and its agent: "the abduction of 150 Ethiopian mine workers by". */
const OF_COMPLEMENT_REACH = 7;

/**
 * Where the "by" of an act noun's agent stands: right after it ("the ceasefire violation by
 * Pakistan"), or after its "of" complement ("a violation of its airspace by Azerbaijani drones");
 * -1 when there is none.
 */
function nounAgentMarker(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): number {
  if (tokens[trigger.end]?.lower === 'by') return trigger.end;
  // "an attack carried out by Ethiopian forces": a reduced relative names its doer too.
  if (DEED_PARTICIPLES.has(tokens[trigger.end]?.lower ?? '')) {
    const by = tokens[trigger.end + 1]?.lower === 'out' ? trigger.end + 2 : trigger.end + 1;
    if (tokens[by]?.lower === 'by') return by;
  }
  // "attacks were carried out by the PKK".
  const deed = deedPassiveBy(tokens, trigger.end);
  if (deed >= 0) return deed;
  const of =
    tokens[trigger.end - 1]!.lower === 'of'
      ? trigger.end - 1
      : tokens[trigger.end]?.lower === 'of'
        ? trigger.end
        : -1;
  if (of < 0) return -1;
  // "the killing of a 15-year-old girl by": a hyphenated compound counts as one word.
  for (let k = of + 1, words = 0; words < OF_COMPLEMENT_REACH && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.lower === 'by') return k;
    // "attacks of this kind were carried out by".
    const passiveBy = deedPassiveBy(tokens, k);
    if (passiveBy >= 0) return passiveBy;
    if (token.text === '-') continue;
    if (token.kind !== 'word' && token.kind !== 'num') return -1;
    if (tokens[k + 1]?.text !== '-') words++;
  }
  return -1;
}

/** Does a trigger of a use of force start at token `k`? */
function fightTriggerAt(reading: SentenceReading, k: number): boolean {
  for (const t of reading.triggers) if (t.start === k) for (const v of t.values) if (v.fight) return true;
  return false;
}

/** Participles whose "by" names the doer of a deed: "carried out by", "conducted by". */
const DEED_PARTICIPLES = new Set(['carried', 'conducted', 'launched', 'staged', 'mounted', 'committed']);

/** Where the "by" stands of a passive deed starting at `at` ("were carried out by", "had been staged by"), or -1. */
function deedPassiveBy(tokens: readonly Token[], at: number): number {
  let k = at;
  if (tokens[k]?.lower === 'had' || tokens[k]?.lower === 'have' || tokens[k]?.lower === 'has') k++;
  if (!PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '')) return -1;
  if (tokens[k + 1]?.lower === 'been') k++;
  if (!DEED_PARTICIPLES.has(tokens[k + 1]?.lower ?? '')) return -1;
  const by = tokens[k + 2]?.lower === 'out' ? k + 3 : k + 2;
  return tokens[by]?.lower === 'by' ? by : -1;
}
/** Words between an act noun and the "by" of a relative clause telling who did it. */
const RELATIVE_AGENT_REACH = 40;

/**
 * Where the "by" stands of a relative clause naming an act noun's doer: "condemned air strikes on
 * Sweida that killed 10 civilians, and which intelligence sources said were carried out by Jordan's
 * air force"; -1 when there is none, or when another act noun stands nearer the relative pronoun.
 */
function relativeAgentMarker(reading: SentenceReading, trigger: TrieMatch<EventPattern>): number {
  const { tokens } = reading;
  let relative = false;
  const end = Math.min(tokens.length, trigger.end + RELATIVE_AGENT_REACH);
  for (let k = trigger.end; k < end; k++) {
    const word = tokens[k]!.lower;
    if (word === ';') return -1;
    if (SUBJECT_RELATIVES.has(word)) relative = true;
    else if (!relative && fightTriggerAt(reading, k)) return -1;
    if (word !== 'by' || !relative) continue;
    const participle = tokens[k - 1]?.lower === 'out' ? k - 2 : k - 1;
    if (
      DEED_PARTICIPLES.has(tokens[participle]?.lower ?? '') &&
      PASSIVE_AUXILIARIES.has(tokens[participle - 1]?.lower ?? '')
    )
      return k;
  }
  return -1;
}

/** Words between a fight noun and "blamed on" it names an agent with: "an ambush (that) he blamed on". */
const BLAMED_ON_REACH = 5;

/** Where "on" of "... blamed on X" right after a fight noun stands ("an ambush he blamed on"), or -1. */
function blamedOnMarker(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): number {
  const end = Math.min(tokens.length - 1, trigger.end + BLAMED_ON_REACH);
  for (let k = trigger.end; k < end; k++) {
    const word = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct') return -1;
    if ((word === 'blamed' || word === 'blames') && tokens[k + 1]?.lower === 'on') return k + 1;
  }
  return -1;
}

/** Forces named by the border they hold ("border troops", "border guards"): those of its two states. */
const BORDER_FORCES = /^(?:the )?(?:border|frontier) (?:troops|guards|forces|guard units|posts|units)$/i;

/** Verbs whose object is the means of an act: "using North Korean missiles", "fired Iranian drones". */
const MEANS_VERBS = new Set(['using', 'used', 'uses', 'use', 'fired', 'firing', 'launched', 'launching']);

/** Prepositions that place something by a landmark: "opposite the Thai town of Mae Sot". */
const LANDMARK_PREPOSITIONS = new Set(['opposite', 'facing']);

/** Words that make the mention after them a fighter's ally: "alongside the M23", "together with". */
const ALLY_MARKERS = new Set(['alongside', 'beside']);
/** Documents a body or state is named before: "Security Council resolutions", "the UN Charter". */
const DOCUMENT_NOUNS = new Set(['resolution', 'resolutions', 'charter', 'convention', 'conventions']);
/** Nouns of working together before "with": "in close cooperation with the United States". */
const PARTNERSHIP_NOUNS = new Set(['cooperation', 'coordination', 'partnership', 'conjunction']);

/** Is the mention at `start` a partner named after "in cooperation with" and the like? */
function partnerMention(tokens: readonly Token[], start: number): boolean {
  const before = beforeArticle(tokens, start);
  return tokens[before]?.lower === 'with' && PARTNERSHIP_NOUNS.has(tokens[before - 1]?.lower ?? '');
}
const ALLY_NOUNS = new Set(['ally', 'allies']);

/** Where the word before a mention at `start` stands, past its article: "alongside [the] M23". */
function beforeArticle(tokens: readonly Token[], start: number): number {
  return tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
}

/** Is the mention at `start` named as an ally ("fighting alongside the M23", "together with Russian troops")? */
function alliedMention(tokens: readonly Token[], start: number): boolean {
  const before = beforeArticle(tokens, start);
  const word = tokens[before]?.lower ?? '';
  return ALLY_MARKERS.has(word) || (word === 'with' && tokens[before - 1]?.lower === 'together');
}

/** The state named as an ally right after a fight ("fought alongside Ethiopia's federal army"), if any. */
function allyAfter(reading: SentenceReading, from: number): Iso3 | undefined {
  const end = clauseEnd(reading.tokens, from, from + TARGET_WINDOW);
  const ally = reading.actors.find(
    (a) => a.start >= from && a.start < end && !!a.actor.country && alliedMention(reading.tokens, a.start),
  );
  return ally?.actor.country ?? undefined;
}

/** Words after "from" that place a shooter beyond the border without naming its state. */
const ACROSS_WORDS = new Set(['across', 'beyond']);

/**
 * Fire that came over the border: "firing from across the border", "shelling from the other side",
 * "cross-border firing". Its shooter is the state on the other side of the target's border.
 */
function fireFromAcross(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): boolean {
  const at = trigger.start;
  if (tokens[at - 1]?.lower === 'border' && tokens[at - 2]?.text === '-' && tokens[at - 3]?.lower === 'cross')
    return true;
  const end = clauseEnd(tokens, trigger.end, trigger.end + TARGET_WINDOW);
  for (let k = trigger.end; k < end - 1; k++) {
    if (tokens[k]!.lower !== 'from') continue;
    const next = tokens[k + 1]!.lower;
    if (ACROSS_WORDS.has(next)) return true;
    if (next === 'the' && tokens[k + 2]?.lower === 'other' && tokens[k + 3]?.lower === 'side') return true;
  }
  return false;
}

/** Words between a subject relative pronoun and its verb: "which had violated", "that allegedly crossed". */
const RELATIVE_FILLERS = new Set(['had', 'has', 'have', 'also', 'allegedly', 'reportedly', 'then']);
const SUBJECT_RELATIVES = new Set(['which', 'that', 'who']);

/** Munitions named after the state that fired them: "a Syrian mortar bomb", "Israeli rockets". */
const MUNITION_HEADS = [
  'bomb',
  'bombs',
  'round',
  'rounds',
  'shell',
  'shells',
  'rocket',
  'rockets',
  'missile',
  'missiles',
];
const MUNITION_HEAD_SET: ReadonlySet<string> = new Set(MUNITION_HEADS);

/**
 * The subject of a verb right after a subject relative pronoun ("X, which ...", "X that ..."):
 * the state mention the pronoun stands for, or none when it stands for a thing ("a ceasefire
 * between Armenia and Azerbaijan that took effect": no state took effect). Undefined when no
 * relative pronoun opens the verb's clause.
 */
function relativeSubject(
  reading: SentenceReading,
  at: number,
): { antecedent: ActorMention | undefined } | undefined {
  const { tokens, actors } = reading;
  let k = at - 1;
  while (k > 0 && RELATIVE_FILLERS.has(tokens[k]!.lower)) k--;
  if (!SUBJECT_RELATIVES.has(tokens[k]?.lower ?? '')) return undefined;
  // "said that Tajik forces fired": a "that" after a verb of saying opens a report, not a relative clause.
  if (tokens[k]!.lower === 'that' && REPORTING.has(tokens[k - 1]?.lower ?? '')) return undefined;
  const comma = tokens[k - 1]?.text === ',';
  // "a Syrian mortar bomb that killed five": the state that fired the munition.
  const end = comma ? k - 1 : MUNITION_HEAD_SET.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
  // Without a comma, a state inside a phrase is no antecedent: "a ceasefire between Armenia and
  // Azerbaijan that took effect". After one, the mention before it is ("ties with Moscow, which called").
  const antecedent = actors.find(
    (a) =>
      a.end === end &&
      !a.locative &&
      // "Poland and Lithuania, which closed": a pair of states is an antecedent too.
      (!!a.actor.country || (!!a.mutual && !!a.pair)) &&
      (comma || !INNER_MENTION_OPENERS.has(tokens[a.start - 1]?.lower ?? '')),
  );
  return { antecedent: antecedent ?? (comma ? bodyBefore(reading, end) : undefined) };
}

/**
 * "a meeting of NATO ambassadors, who condemned the attack": an international body (or its envoys)
 * right before the comma of a relative clause is its subject.
 */
function bodyBefore(reading: SentenceReading, end: number): ActorMention | undefined {
  const { tokens, actors } = reading;
  const head = GROUP_HEADS.has(tokens[end - 1]?.lower ?? '') ? end - 1 : end;
  return actors.find((a) => a.end === head && !a.locative && !a.actor.country && !!a.actor.org);
}
const INNER_MENTION_OPENERS = new Set([...OBJECT_PREPOSITIONS, 'and', 'between', 'of', 'in', 'near', 'by']);

/** Verbs whose object is what was hit: "struck a rocket launcher", "shot down drones". */
const HIT_VERBS = new Set([
  'struck',
  'strike',
  'strikes',
  'hit',
  'hits',
  'destroyed',
  'destroying',
  'targeted',
  'targeting',
  'downed',
  'down',
  'intercepted',
]);
/** Prepositions after a verb of firing that introduce what was fired on: "fired on a fighter jet". */
const FIRED_ON = new Set(['on', 'at', 'upon']);
/** Words that end an object phrase before its head: what follows is no longer the object. */
const OBJECT_BREAKS = new Set(['with', 'using', 'and', ',', 'from', 'by', 'in', 'near', 'to']);

/**
 * Is the weapon at `at` what the act hit rather than what it used ("fired on a Congolese fighter jet",
 * "struck a Hezbollah rocket launcher")? Then it does not refine the act's code.
 */
function weaponIsTarget(tokens: readonly Token[], trigger: TrieMatch<EventPattern>, at: number): boolean {
  if (at < trigger.end) return false;
  let k = trigger.end;
  const last = tokens[trigger.end - 1]!.lower;
  if (FIRED_ON.has(tokens[k]?.lower ?? '')) k++;
  else if (!HIT_VERBS.has(last) && !FIRED_ON.has(last)) return false;
  if (at - k > 4) return false;
  for (; k < at; k++) if (OBJECT_BREAKS.has(tokens[k]!.lower)) return false;
  return true;
}

const WEAPON_WINDOW_BEFORE = 4;
const WEAPON_WINDOW_AFTER = 12;
const TARGET_WINDOW = 15;
const GOVERN_WINDOW = 12;
const IRREALIS_WINDOW = 5;

/**
 * The state or group a relative pronoun right before `mention` stands for (", which Burundi blames"):
 * the mention with a state ending in the two words before its comma, if any.
 */
function relativeAntecedent(reading: SentenceReading, mention: ActorMention): ActorMention | undefined {
  const { tokens, actors } = reading;
  const pronoun = mention.start - 1;
  // "an Islamist rebel group that Uganda blames for the bombings": a restrictive clause's antecedent
  // stands right before its pronoun, state or not.
  const word = tokens[pronoun]?.lower ?? '';
  if ((word === 'that' || word === 'which') && tokens[pronoun - 1]?.text !== ',')
    return actors.find((a) => a.end <= pronoun && a.end >= pronoun - 1 && !a.locative);
  if (!RELATIVE_PRONOUNS.has(word) || tokens[pronoun - 1]?.text !== ',') return undefined;
  const comma = pronoun - 1;
  return actors.find((a) => a.end <= comma && a.end >= comma - 2 && !!a.actor.country && !a.locative);
}

/** Mentions added for pronouns: "warned it would respond" names the subject of what it says. */
const PRONOUN_MENTIONS = new Set(['it', 'he', 'she', 'they']);

/** Phrases that name the act an act answers: "in retaliation for an attack", "to avenge the killing". */
const CAUSE_PHRASES = [
  ['in', 'retaliation', 'for'],
  ['in', 'response', 'to'],
  ['in', 'reprisal', 'for'],
  ['in', 'revenge', 'for'],
  ['to', 'avenge'],
  ['retaliating', 'for'],
];
/** Words between a cause phrase and the act it names: "for the deadly attack", "to Pakistani shelling". */
const CAUSE_REACH = 4;

/** Where a cause phrase ending at most CAUSE_REACH tokens before `at` starts, or -1. */
function causePhraseBefore(tokens: readonly Token[], at: number): number {
  for (let end = at - 1; end >= Math.max(0, at - CAUSE_REACH); end--) {
    if (tokens[end]!.kind === 'punct') return -1;
    for (const phrase of CAUSE_PHRASES) {
      const start = end - phrase.length + 1;
      if (start >= 0 && phrase.every((word, i) => tokens[start + i]!.lower === word)) return start;
    }
  }
  return -1;
}

/** Last words of the cause phrases: "in retaliation for", "in response to". */
const CAUSE_PHRASE_ENDS = new Set(CAUSE_PHRASES.map((phrase) => phrase[phrase.length - 1]!));

/** Words back from an act within which its "would" is looked for, across verbs joined by "and". */
const MODAL_REACH = 8;

/**
 * Does "would" govern the act at `at`: right before it (an adverb between), or before a verb the
 * act is joined to by "and" ("would downgrade relations with Cambodia and expel the ambassador")?
 */
function modalReaches(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.lower === 'would' || tokens[at - 2]?.lower === 'would') return true;
  if (tokens[at - 1]?.lower !== 'and') return false;
  for (let k = at - 2; k >= Math.max(0, at - MODAL_REACH); k--) {
    const word = tokens[k]!.lower;
    if (word === 'would') return true;
    if (word === ',' || word === ';' || REPORTING.has(word)) return false;
  }
  return false;
}

/** Modals of what is required, not done: "must withdraw", "should return to talks". */
const OBLIGATION_MODALS = new Set(['must', 'should']);
/** Words between an obligation modal and its act: "must immediately withdraw", "should not cross". */
const OBLIGATION_FILLERS = new Set([
  'immediately',
  'also',
  'now',
  'not',
  'never',
  'urgently',
  'first',
  'then',
]);

/** Is the act at `at` governed by "must" or "should" right before it (past adverbs)? */
function obligedBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && OBLIGATION_FILLERS.has(tokens[k]!.lower)) k--;
  return k >= 0 && OBLIGATION_MODALS.has(tokens[k]!.lower);
}

/** Auxiliaries of the present perfect: "Azerbaijan has demanded" is news, whatever came before. */
export const PRESENT_PERFECT = new Set(['has', 'have']);

/** Nouns of a charge a relative clause without "which" may follow: "an accusation Baku rejected". */
const CHARGE_NOUNS = new Set(['accusation', 'accusations', 'charge', 'charges', 'claim', 'claims']);

/** Is there a planning auxiliary ("would", "will") in [from, to)? */
function plannedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return wordIn(tokens, from, to, PLANNED_AUXILIARIES);
}

/** How far before "closed" the "keep" of "keep its border with Lithuania closed" may stand. */
const KEPT_REACH = 8;

/** Adverbs between "would" and the act it announces: "said it would also close". */
const ANNOUNCED_ADVERBS = new Set(['also', 'soon', 'immediately', 'further', 'permanently', 'completely']);

/** Where the "would" or "will" announcing the act ending at `k` stands (past one adverb), or -1. */
function announcingModalAt(tokens: readonly Token[], k: number): number {
  const at = ANNOUNCED_ADVERBS.has(tokens[k]?.lower ?? '') ? k - 1 : k;
  const modal = tokens[at]?.lower;
  return modal === 'would' || modal === 'will' ? at : -1;
}

/** Verbs of a state that goes on: "the border would remain closed" is closed now, and stays so. */
const STAYING_VERBS = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
const CLOSED_WORDS = new Set(['closed', 'shut', 'sealed']);

/** Is the closure at `at` one in force that is said to go on ("would remain closed")? */
function closureKept(tokens: readonly Token[], at: number): boolean {
  return CLOSED_WORDS.has(tokens[at]!.lower) && STAYING_VERBS.has(tokens[at - 1]?.lower ?? '');
}

/** "said it would downgrade relations", "say they will close": a speaker announcing its own act. */
function announcedStep(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  // "said it would keep its border with Lithuania closed": the verb kept is the one announced.
  if (tokens[at]!.lower === 'closed')
    for (let j = at - 1; j >= Math.max(0, at - KEPT_REACH); j--)
      if (tokens[j]!.lower === 'keep') {
        k = j - 1;
        break;
      }
  k = announcingModalAt(tokens, k);
  if (k < 0) return false;
  const subject = tokens[k - 1]?.lower;
  // "said on Saturday it would", "said Tuesday it will": the day of the saying between.
  let say = k - 2;
  if (tokens[say]?.cap && tokens[say - 1]?.lower === 'on') say -= 2;
  else if (tokens[say]?.cap && REPORTING.has(tokens[say - 1]?.lower ?? '')) say -= 1;
  return (subject === 'it' || subject === 'they') && REPORTING.has(tokens[say]?.lower ?? '');
}

/** "tariffs on Chinese goods": the state whose goods a trade measure falls on, named right after it. */
function goodsOrigin(reading: SentenceReading, end: number): ActorRef | null {
  const at = reading.tokens[end]?.lower === 'the' ? end + 1 : end;
  const country = reading.countries.find((c) => c.start === at);
  return country ? { country: country.iso3, role: 'GOV' } : null;
}

/** Roots of steps a state takes with its forces, envoys or borders (not words): posture to force. */
const MATERIAL_STEP_ROOTS = new Set(['15', '16', '17', '18', '19', '20']);

/**
 * "Duque said Colombia would strengthen its forces": the speaker's own state, named as the subject
 * of "would" or "will" right after the verb of saying, announcing its act.
 */
function ownStateAnnounces(reading: SentenceReading, at: number, speaker: ActorMention | undefined): boolean {
  const { tokens, actors } = reading;
  const k = announcingModalAt(tokens, at - 1);
  if (k < 0) return false;
  const subject = actors.find((a) => a.end === k && !!a.actor.country && !a.locative);
  const before = tokens[(subject?.start ?? 0) - 1]?.lower ?? '';
  return (
    !!subject &&
    (REPORTING.has(before) || before === 'that') &&
    !!speaker?.actor.country &&
    speaker.actor.country === subject.actor.country
  );
}

/** "would strike ... if": a modal right before the act (an adverb between) and a condition after it. */
function conditionalThreat(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): boolean {
  if (!modalReaches(tokens, trigger.start)) return false;
  for (let k = trigger.end; k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    if (word === 'if' || word === 'unless') return true;
    if (word === ';') return false;
  }
  return false;
}

/** Words that make a party a breakaway authority, not the state it broke from. */
const BREAKAWAY_WORDS = new Set([
  'breakaway',
  'separatist',
  'self-declared',
  'self-proclaimed',
  'secessionist',
]);

/** Does the object of an act, in its clause, name a breakaway authority ("with breakaway Abkhazia")? */
function breakawayObject(tokens: readonly Token[], from: number): boolean {
  const end = clauseEnd(tokens, from, from + TARGET_WINDOW);
  for (let k = from; k < end; k++) if (BREAKAWAY_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Where the figure before a mention starts ("two civilians", "dozens of soldiers"), or the mention. */
function figureStart(tokens: readonly Token[], mentionStart: number): number {
  let k = mentionStart;
  while (
    k > 0 &&
    mentionStart - k < 3 &&
    (tokens[k - 1]!.kind === 'num' ||
      NUMBER_WORDS.has(tokens[k - 1]!.lower) ||
      tokens[k - 1]!.lower === 'of' ||
      // "16 other guerrillas"
      (tokens[k - 1]!.lower === 'other' && mentionStart === k))
  )
    k--;
  return k;
}

/** Capitalised words of a name before "and" at `and` ("Raul Reyes and 16 other guerrillas"): where they begin. */
function namedBefore(tokens: readonly Token[], and: number): number {
  let k = and;
  while (k > 0 && and - k < 4 && tokens[k - 1]!.cap && tokens[k - 1]!.kind === 'word') k--;
  return k;
}

/** A casualty verb right before a mention ("killed 23 Pakistani soldiers"), a number between: its position, or -1. */
function killedBefore(
  tokens: readonly Token[],
  mentionStart: number,
  actors: readonly ActorMention[] = [],
): number {
  // "killed dozens of Malian soldiers and Wagner fighters": the last of coordinated victims.
  const and = figureStart(tokens, mentionStart) - 1;
  const first =
    tokens[and]?.lower === 'and'
      ? (actors.find((a) => a.end === and)?.start ??
        (namedBefore(tokens, and) < and ? namedBefore(tokens, and) : mentionStart))
      : mentionStart;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (CASUALTY_WORDS.has(tokens[k]!.lower)) return k;
    if (tokens[k]!.kind !== 'num' && !NUMBER_WORDS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'of')
      return -1;
  }
  return -1;
}

/** Words back from a fight noun within which its "in" is looked for: "in unprovoked cross-border firing". */
const FIGHT_NOUN_REACH = 5;

/**
 * Where the "in" (or "during") of "... in [a / the / Pakistani / cross-border] shelling" stands before a
 * fight noun at `at`, within FIGHT_NOUN_REACH words and no comma; -1 when there is none.
 */
function fightNounPhraseAt(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - FIGHT_NOUN_REACH); k--) {
    const word = tokens[k]!.lower;
    if (word === 'in' || word === 'during') return k;
    // "sustained injuries from a landmine explosion": a toll's cause after "from".
    if (
      word === 'from' &&
      (CASUALTY_WORDS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'wounds')
    )
      return k;
    if (tokens[k]!.kind === 'punct' && word !== '-') return -1;
  }
  return -1;
}

/** Words between the dead and their casualty word: "were killed", "had been seriously wounded", "were shot dead". */
const CASUALTY_VERB_REACH = 4;

/** A casualty word right after a mention, before `to`: its people are the dead or wounded ("soldiers were killed in"). */
function casualtyVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k <= from + CASUALTY_VERB_REACH; k++) {
    if (CASUALTY_WORDS.has(tokens[k]!.lower) || lostBodyPart(tokens, k, to))
      return to - from <= CASUALTY_VERB_REACH + 1 || coordinatedToll(tokens, k + 1, to);
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** Words of a toll joined to one before it: "and two others injured", "and four more wounded". */
const COORDINATED_TOLL_WORDS = 5;

/** Is [from, to) a toll joined to the one just told ("were killed and two others injured in")? */
function coordinatedToll(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.lower !== 'and' || to - from > COORDINATED_TOLL_WORDS) return false;
  for (let k = from + 1; k < to; k++) if (tokens[k]!.kind === 'punct') return false;
  return CASUALTY_WORDS.has(tokens[to - 1]?.lower ?? '');
}

/** Participles of a place or force struck: "Moscow was also targeted in an unprecedented drone attack". */
const STRUCK_PARTICIPLES = new Set([
  'targeted',
  'targetted',
  'hit',
  'struck',
  'attacked',
  'shelled',
  'bombed',
]);

/** A passive of striking between the one struck and the "in" of the act ("was also targeted in")? */
function struckBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > CASUALTY_VERB_REACH + 1 || !PASSIVE_AUXILIARIES.has(tokens[from]?.lower ?? ''))
    return false;
  for (let k = from + 1; k < to; k++) {
    if (STRUCK_PARTICIPLES.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** What a victim may lose: "lost his right foot in the explosion", "lost their lives in the attack". */
const LOST_PARTS = new Set([
  'foot',
  'feet',
  'leg',
  'legs',
  'arm',
  'arms',
  'hand',
  'hands',
  'eye',
  'eyes',
  'life',
  'lives',
  'limb',
  'limbs',
]);

/** Does "lost" at `k` open a loss of the body or of life before `to` ("lost his right foot")? */
function lostBodyPart(tokens: readonly Token[], k: number, to: number): boolean {
  if (tokens[k]!.lower !== 'lost') return false;
  for (let m = k + 1; m < Math.min(to, k + 5); m++) if (LOST_PARTS.has(tokens[m]!.lower)) return true;
  return false;
}

/** Is the object of an appeal, in its clause, a sanction or a cut in ties ("called for sanctions on")? */
function punishmentCalledFor(reading: SentenceReading, trigger: TrieMatch<EventPattern>): boolean {
  const { tokens } = reading;
  let end = clauseEnd(tokens, trigger.end, trigger.end + TARGET_WINDOW);
  // "called for restraint, and the border crossings were closed": what follows ", and" is told apart.
  for (let k = trigger.end; k < end; k++)
    if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'and') {
      end = k;
      break;
    }
  return reading.triggers.some(
    (t) => t.start >= trigger.end && t.start < end && t.values.some((p) => p.cameo.startsWith('16')),
  );
}

/** Determiners of an act not yet told ("a new war", "any conflict", "another clash"). */
const INDEFINITES = new Set(['a', 'an', 'any', 'another']);
const MODALS = new Set(['could', 'would', 'might', 'may', 'can', 'will']);
/** Words after which an indefinite act may be a clause's subject. */
const SUBJECT_OPENERS = new Set([
  'said',
  'says',
  'that',
  ',',
  'but',
  'and',
  'warned',
  'fear',
  'fears',
  'feared',
]);
/** How many words an indefinite act's noun phrase may run to before its modal ("a war between the two states could"). */
const HYPOTHESIS_REACH = 8;

/**
 * "a new war between the neighbours, who fought ..., could destabilise the region": an indefinite
 * act that is the subject of a modal is a hypothesis. A relative clause between commas is skipped.
 */
function modalAfterIndefinite(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): boolean {
  // "War between Ethiopia and Eritrea appears increasingly likely": a fight noun opening its clause bare.
  const feared = trigger.end - trigger.start === 1 && FEARED_FIGHT_NOUNS.has(tokens[trigger.start]!.lower);
  const bare = feared && (trigger.start === 0 || tokens[trigger.start - 1]!.kind === 'punct');
  if (!bare) {
    let determiner = -1;
    for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - 3); k--) {
      const token = tokens[k]!;
      if (INDEFINITES.has(token.lower)) {
        determiner = k;
        break;
      }
      if (token.kind !== 'word' || token.cap) return false;
    }
    // A subject opens its clause ("Analysts said a new war ...", "• A war in this region could");
    // "called the move a direct threat" is no subject.
    const opener = tokens[determiner - 1];
    if (determiner < 0 || (opener && !SUBJECT_OPENERS.has(opener.lower) && opener.kind !== 'punct'))
      return false;
  }
  let words = 0;
  for (let k = trigger.end; k < tokens.length && words <= HYPOTHESIS_REACH; k++) {
    const word = tokens[k]!.lower;
    // (Not "May", the month: "a confrontation in May that killed a soldier".)
    if ((MODALS.has(word) || (feared && POSSIBILITY_WORDS.has(word))) && !tokens[k]!.cap) return true;
    if (word === ',' && RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) {
      // Skip ", who fought a border war from 1998 to 2000," to the comma that closes it.
      let close = k + 1;
      while (close < tokens.length && tokens[close]!.lower !== ',' && tokens[close]!.kind !== 'punct')
        close++;
      if (tokens[close]?.lower !== ',') return false;
      k = close;
      continue;
    }
    if (tokens[k]!.kind === 'punct') return false;
    words++;
  }
  return false;
}

/** How far after a show of force its purpose may be told ("deployed troops and helicopters to evacuate"). */
const RELIEF_WINDOW = 8;

/** Is there a cue of this kind starting within `window` tokens from `from`, in the same clause? */
function cueAfter(reading: SentenceReading, from: number, kind: 'relief', window: number): boolean {
  const { tokens } = reading;
  let end = clauseEnd(tokens, from, from + window);
  // "deployed to the frontier, and only humanitarian convoys will be allowed through": a clause of its own.
  for (let k = from; k < end - 1; k++) {
    if (tokens[k]!.text === ',' && NEW_CLAUSE_JOINERS.has(tokens[k + 1]!.lower)) {
      end = k;
      break;
    }
  }
  return reading.cues.some((c) => c.values[0]!.kind === kind && c.start >= from && c.start < end);
}

/** Is there a cue of this kind ending at most IRREALIS_WINDOW tokens before the token at `at`? */
function cueBefore(reading: SentenceReading, at: number, kind: 'irrealis' | 'question'): boolean {
  const { tokens } = reading;
  // "an unfriendly act that would hurt people and accused Warsaw": a past verb after "and" is a
  // predicate of its own, out of the modal's reach.
  const joinedPast = tokens[at - 1]?.lower === 'and' && isPastVerb(tokens[at]!.lower);
  return reading.cues.some(
    (c) =>
      c.values[0]!.kind === kind &&
      c.end <= at &&
      at - c.end <= IRREALIS_WINDOW &&
      !(joinedPast && c.end < at - 1) &&
      // "cancelled all exhibitions planned by Turkish institutions in protest": a participle with
      // its agent describes a noun; what comes after it is not planned.
      tokens[c.end]?.lower !== 'by',
  );
}

const FUTURE_MODALS = new Set(['will', 'would']);
const MODAL_NEGATIONS = new Set(['not', 'never', "n't", 'no']);

/**
 * Are the irrealis cues before token `at` only "will" or "would", with no negation after them (a
 * stated future, no doubt: not "would not accept any mediation")?
 */
function onlyFutureModalBefore(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  return reading.cues.every(
    (c) =>
      c.values[0]!.kind !== 'irrealis' ||
      c.end > at ||
      at - c.end > IRREALIS_WINDOW ||
      (c.end - c.start === 1 &&
        FUTURE_MODALS.has(tokens[c.start]!.lower) &&
        !wordIn(tokens, c.end, at, MODAL_NEGATIONS)),
  );
}

const ANAPHORS = new Set(['the', 'this', 'that', 'these', "'s"]);
const BACKGROUND_NOUNS = new Set([
  'shooting',
  'fighting',
  'clashes',
  'clash',
  'hostilities',
  'war',
  'confrontation',
  'confrontations',
  'skirmishes',
  'shelling',
  'attacks',
  'violence',
  'battles',
  'exchanges',
  'exchange',
]);
const BACKGROUND_MARKERS = new Set([
  'during',
  'including',
  'after',
  'following',
  'since',
  'amid',
  'before',
  'of',
  'despite',
  'by',
  'over',
  'than',
  'instead',
]);

/** Nouns after "warning" that make it shots fired, not a threat cue. */
const WARNING_SHOT_WORDS = new Set(['shot', 'shots', 'fire']);

/** Auxiliaries after which "since" is an adverb: "both sides have since disengaged" is news. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

function sinceBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const word = tokens[k]!.lower;
    if (word === 'since') return !PERFECT_AUXILIARIES.has(tokens[k - 1]?.lower ?? '');
    if (word !== 'the' && word !== 'a' && word !== 'an' && !tokens[k]!.cap) return false;
  }
  return false;
}

/** Verbs of a beginning: "since the two countries began peace talks". */
const BEGINNING_VERBS = new Set(['began', 'begun', 'started', 'launched', 'opened', 'signed']);
/** Tokens back from a trigger within which "since ... began" is looked for. */
const SINCE_CLAUSE_REACH = 8;

function sinceBegun(tokens: readonly Token[], at: number): boolean {
  let begun = false;
  for (let k = at - 1; k >= Math.max(0, at - SINCE_CLAUSE_REACH); k--) {
    const word = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct') return false;
    if (BEGINNING_VERBS.has(word)) begun = true;
    if (word === 'since') return begun;
  }
  return false;
}

/** "the fighting", "this attack", "the May shooting", "Tuesday's fighting": a noun that points back. */
/**
 * "said at an expanded meeting of the Senate committees", "were holed up in a crisis meeting", "while
 * meeting security officials": a meeting not told before ("the meeting") with no second state in
 * its sentence, no "both sides" and no "with" or "between" after it is one side's own.
 */
function ownSideMeeting(
  reading: SentenceReading,
  trigger: { start: number; end: number },
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): boolean {
  const { tokens, actors } = reading;
  // "Iraq's National Security Council met on Wednesday, discussing Turkey's new military
  // activities": a body of one state meeting with no one named.
  if (tokens[trigger.start]!.lower === 'met')
    return (
      !!actor &&
      HOME_BODIES.has(tokens[actor.end - 1]?.lower ?? '') &&
      actor.end === trigger.start &&
      !wordIn(tokens, trigger.end, Math.min(tokens.length, trigger.end + 3), MEETING_PARTNER_WORDS)
    );
  if (!tokens[trigger.start]!.lower.startsWith('meeting')) return false;
  if (definiteBefore(tokens, trigger.start) || actor?.mutual || target?.mutual) return false;
  // "During their meeting in Baghdad": a meeting of those told before.
  if (MEETING_OWNERS.has(tokens[trigger.start - 1]?.lower ?? '')) return false;
  for (let k = trigger.end; k < Math.min(trigger.end + 3, tokens.length); k++)
    if (MEETING_PARTNER_WORDS.has(tokens[k]!.lower)) return false;
  // "Ambassador U Aung Kyaw Moe came in for a meeting": a foreign envoy or delegation met; "the
  // agreement was reached at a meeting of the working mechanism": its parties met.
  for (const token of tokens) if (MEETING_GUEST_WORDS.has(token.lower)) return false;
  const states = new Set<string>();
  for (const a of actors) if (a.actor.country && !a.locative) states.add(a.actor.country);
  return states.size < 2 && !actors.some((a) => a.mutual);
}

/** Words after "meeting" that bring in the other side: "a meeting with his Tajik counterpart". */
const MEETING_PARTNER_WORDS = new Set(['with', 'between']);
/** Words of a peacekeeping mission, and how far after a deployment they are looked for. */
const PEACEKEEPING = new Set(['peacekeeping', 'peacekeepers']);
const PEACEKEEPING_REACH = 14;

/** Words back from a noun within which the verb refusing it is looked for. */
const REFUSED_OBJECT_REACH = 5;
/** Auxiliaries of a passive told of a noun before it: "a peace treaty was never signed". */
const PASSIVE_AUXILIARIES_AFTER = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** Is the act noun ending at `end` the subject of a negated passive ("was never signed", "has not been ratified")? */
function negatedPassiveAfter(tokens: readonly Token[], end: number): boolean {
  if (!PASSIVE_AUXILIARIES_AFTER.has(tokens[end]?.lower ?? '')) return false;
  const not = tokens[end + 1]?.lower;
  if (not !== 'not' && not !== 'never') return false;
  const next = tokens[end + 2]?.lower === 'been' ? end + 3 : end + 2;
  return isParticiple(tokens[next]?.lower ?? '');
}

/** Verbs of a decision whose object clause tells a step taken: "decided that the crossings be closed". */
const DECIDING_VERBS = new Set(['decided', 'ordered', 'announced', 'declared', 'decreed', 'instructed']);

/** Verbs of stopping, which a negation before them turns into going on: "does not stop shelling". */
const STOPPING_VERBS = new Set(['stop', 'stopped', 'stopping', 'cease', 'ceased', 'halt', 'halted']);

/** Verbs of turning down what is handed over: "refused to take in the protest note". */
const REFUSING_VERBS = new Set(['refused', 'rejected', 'declined', 'refuses', 'rejects']);

/** Is the noun at `at` the object of a refusal ("refused to take in the protest note")? */
function refusedObject(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - REFUSED_OBJECT_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (REFUSING_VERBS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Possessives before "meeting" that point back to its parties: "their meeting". */
const MEETING_OWNERS = new Set(['their', 'its', 'his', 'her']);
/** Words of the other side's people in a meeting's sentence: "Ambassador ... came in for a meeting". */
const MEETING_GUEST_WORDS = new Set([
  'ambassador',
  'envoy',
  'counterpart',
  'counterparts',
  'delegation',
  'delegations',
  'chargé',
  'charge',
  'agreement',
  'agreements',
  'deal',
  'accord',
  'treaty',
]);

function definiteBefore(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (!previous) return false;
  // "a mortar bomb that killed five": "that" before a verb opens a clause, it points to nothing.
  if (previous.lower === 'that' && isPastVerb(tokens[at]!.lower)) return false;
  if (ANAPHORS.has(previous.lower)) return !reportedThat(tokens, at - 1);
  // "objected to the reported transgressions": past a word of how it was told.
  if (TOLD_MODIFIERS.has(previous.lower)) return ANAPHORS.has(tokens[at - 2]?.lower ?? '');
  // "the Eritreans ambushed": a people before a past verb is its subject, not a name of the act.
  if (previous.lower.endsWith('s') && isPastVerb(tokens[at]!.lower)) return false;
  return previous.cap && ANAPHORS.has(tokens[at - 2]?.lower ?? '') && !reportedThat(tokens, at - 2);
}

/**
 * Is "that" at `k` the opening of what is told ("the SDF reported on Thursday that Turkish air
 * strikes ..."), not a pointer to an act told before? A word of telling stands a few words before it.
 */
function reportedThat(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'that') return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const token = tokens[j]!;
    if (token.kind === 'punct') return false;
    if (REPORTING.has(token.lower)) return true;
  }
  return false;
}

/** Words of how an act was told, between "the" and the act: "the reported transgressions". */
const TOLD_MODIFIERS = new Set(['reported', 'alleged', 'purported', 'claimed']);

/** People told of one at a time, whom "the" refers back to: "the soldier", "the guard". */
const SINGLE_VICTIMS = new Set(['soldier', 'guard', 'officer', 'policeman', 'serviceman', 'man', 'woman']);

/**
 * "A Polish soldier who was stabbed by a man ... The soldier was attacked through a gap in the
 * fence": a passive act with no agent on a person "the" refers back to tells that person's incident
 * again (extractArticle drops it unless it names who acted).
 */
function retoldVictim(
  tokens: readonly Token[],
  passive: boolean,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): boolean {
  return (
    passive &&
    !actor &&
    !!target &&
    tokens[target.start - 1]?.lower === 'the' &&
    SINGLE_VICTIMS.has(tokens[target.end - 1]!.lower)
  );
}

/** The background marker before a fight noun ("after", "including"), if any, within its phrase. */
function backgroundMarkerBefore(tokens: readonly Token[], at: number): string | undefined {
  // "after four days of missile, drone and artillery attacks": past a list of the fight's means.
  let reach = 4;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    const word = tokens[k]!.lower;
    if (word === ',' && listOfModifiers(tokens, k, at)) {
      reach = Math.min(reach + 5, MAX_BACKGROUND_REACH);
      continue;
    }
    // "killed in two days of fighting" is the news; "after two days of fighting" still background.
    if (word === 'of' && SHORT_SPANS.has(tokens[k - 1]?.lower ?? '')) continue;
    // "ten civilians were killed by Pakistani shelling": the agent of the toll is the news.
    if (word === 'by' && CASUALTY_WORDS.has(tokens[k - 1]?.lower ?? '')) return undefined;
    // "It responded by shelling villages in southern Lebanon": the means of an answer is the news.
    if (word === 'by' && ANSWERING_VERBS.has(tokens[k - 1]?.lower ?? '')) return undefined;
    // "more than 150 wounded in fighting": the toll's fight is the news, whatever its figure says.
    if (word === 'in' && CASUALTY_WORDS.has(tokens[k - 1]?.lower ?? '')) return undefined;
    if (BACKGROUND_MARKERS.has(word)) return word;
    if (word === ',' || word === ';') return undefined;
  }
  return undefined;
}
/** Verbs of answering whose "by" tells how: "responded by shelling", "retaliated by firing". */
const ANSWERING_VERBS = new Set([
  'responded',
  'responds',
  'retaliated',
  'retaliates',
  'reacted',
  'replied',
  'answered',
]);

/** Words back from a fight noun past a list of its modifiers ("of missile, drone and artillery attacks"). */
const MAX_BACKGROUND_REACH = 10;

/** Does the comma at `k` join lowercase modifiers of the noun at `at` ("missile, drone and artillery")? */
function listOfModifiers(tokens: readonly Token[], k: number, at: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.cap || before.kind !== 'word') return false;
  for (let j = k + 1; j < at; j++) {
    const token = tokens[j]!;
    if (token.lower === 'and' || token.lower === 'or') return true;
    if (token.cap || token.kind !== 'word') return false;
  }
  return false;
}

/** Spans of days or less: "two days of fighting" is told as news, "months of fighting" as background. */
const SHORT_SPANS = new Set(['days', 'day', 'hours', 'nights', 'night']);
/**
 * Markers that make a fight background even when it carries its own date ("including an exchange of
 * fire in November"; "protested over the shooting on Monday": the date is the protest's).
 */
const STRONG_BACKGROUND = new Set(['including', 'during', 'amid', 'despite', 'instead', 'than', 'over']);
/** Modifiers that make a fight noun a pattern, not an incident: "repeated clashes", "an accidental clash". */
const GENERIC_MODIFIERS = new Set([
  'repeated',
  'frequent',
  'sporadic',
  'periodic',
  'occasional',
  'recurrent',
  'recurring',
  'accidental',
  'regular',
  'such',
  'unexploded',
  'stray',
  'wider',
  'larger',
  'bigger',
  'broader',
  'full-scale',
  'any',
  'future',
  'past',
  'previous',
]);
const INVOLVING_WORDS = new Set(['involving']);
/** Words that make a deed noun any such deed to come: "any aggression", "every new attack". */
const ANY_DEED_WORDS = new Set(['any', 'every', 'further']);
/** How far back from a state after "by" or "from" such a word is read: "any further aggression by". */
const ANY_DEED_REACH = 4;

/** Is the threat's phrase at `at` told in the passive: "would be shot down", "will receive a response"? */
function passiveAnswer(tokens: readonly Token[], at: number): boolean {
  const modal = tokens[at]?.lower;
  const verb = tokens[at + 1]?.lower;
  return (modal === 'will' || modal === 'would') && (verb === 'be' || verb === 'receive');
}

/**
 * Is the state at `start` the doer of a deed to come that opens the clause before `trigger`:
 * "any aggression by Pakistan will receive a response", "every drone from Belarus will be shot down"?
 */
function deedOfOtherSide(tokens: readonly Token[], start: number, trigger: number): boolean {
  const preposition = tokens[start - 1]?.lower;
  if (preposition !== 'by' && preposition !== 'from') return false;
  for (let k = start + 1; k < trigger; k++) if (tokens[k]!.kind === 'punct') return false;
  for (let k = start - 2; k >= Math.max(0, start - 1 - ANY_DEED_REACH); k--) {
    if (ANY_DEED_WORDS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/**
 * Who threatens whom, where the sentence's first reading of the sides is the threatened state's:
 *
 * - "any aggression by Pakistan will be met with force": the state whose deed a promised answer is
 *   to is the threatened side; the one who threatens is the speaker. "Latvia said Belarusian drones
 *   would be shot down": so is the state of what a passive answer hits. (Only with a speaker of
 *   another state: "any violation of its sovereignty will be answered" names no such side.)
 * - "He said Bhutan should not be used by others and warned that China would take all necessary
 *   measures": the state that would act on the warning threatens; the subject of what he said is threatened.
 * - "If the Tajik side does not keep its word, we will act again, a Kyrgyz commander said": the
 *   state a condition is laid on is threatened; the threatener is the speaker, or a state named after.
 */
function threatSides(
  reading: SentenceReading,
  trigger: { start: number; end: number },
  speaker: ActorMention | undefined,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): Sides {
  const { tokens, actors } = reading;
  const threatener = speaker?.actor.country ? speaker : undefined;
  // "Bangura warned that Sierra Leone 'will not wait forever'": no one named before, the one
  // that would act is the warned clause's subject (read as the object before).
  if (!actor?.actor.country) {
    // "the two sides warned": both, as read.
    if (actor?.mutual) return { actor, target };
    const warned = warnedActor(reading, trigger);
    if (warned) return { actor: warned, target: target === warned ? undefined : target };
    // "warned that the army 'will respond' if Mauritanian citizens are attacked again": people a
    // condition would harm are the threatener's own; the threat is their state's.
    // "If a single shell lands on Thai soil again, we will answer": so is the ground it would hit.
    const protectedPeople =
      harmedInCondition(reading, trigger.end) ?? groundInCondition(reading, trigger.start);
    return protectedPeople
      ? {
          actor: { ...protectedPeople, actor: { country: protectedPeople.actor.country, role: 'GOV' } },
          target: undefined,
        }
      : { actor, target };
  }
  if (
    threatener &&
    actor.actor.country !== threatener.actor.country &&
    (deedOfOtherSide(tokens, actor.start, trigger.start) ||
      (passiveAnswer(tokens, trigger.start) && actor.end <= trigger.start && actor.start > threatener.end))
  )
    return { actor: threatener, target: actor };
  if (embeddedSubject(tokens, actor)) {
    const actsOnWarning = warnedActor(reading, trigger);
    return actsOnWarning?.actor.country && actsOnWarning.actor.country !== actor.actor.country
      ? { actor: actsOnWarning, target: actor }
      : { actor, target };
  }
  if (actor.end <= trigger.start && conditionSubject(tokens, actor, trigger.start)) {
    const conditioned = actor.actor.country;
    const other =
      (threatener?.actor.country !== conditioned ? threatener : undefined) ??
      actors.find(
        (a) => a.start > trigger.start && !!a.actor.country && a.actor.country !== conditioned && !a.locative,
      );
    return { actor: other, target: actor };
  }
  return { actor, target };
}

/** Words between "warned" and its "that" ("warned on Monday that"). */
const WARNED_THAT_REACH = 4;

/** Verbs after a modal whose subject undergoes what is warned of: "warned that India would face consequences". */
const UNDERGOING_AFTER_MODAL = new Set([
  'face',
  'pay',
  'suffer',
  'regret',
  'bear',
  'be',
  'have',
  'get',
  'receive',
]);

/** Is the mention the subject of a clause told by a verb of saying ("said Nepal should ...")? */
function embeddedSubject(tokens: readonly Token[], mention: ActorMention): boolean {
  const before = tokens[mention.start - 1]?.lower ?? '';
  return REPORTING.has(before) || before === 'that';
}

/**
 * The state a warning says would act ("warned that China would take all necessary measures"): the
 * subject right after "warned that", before a modal and a verb it does, not one it undergoes.
 */
function warnedActor(
  reading: SentenceReading,
  trigger: { start: number; end: number },
): ActorMention | undefined {
  const { tokens } = reading;
  if (!WARNING_VERBS.has(tokens[trigger.start]!.lower)) return undefined;
  // "warned on Monday that": past the day told.
  let that = trigger.end;
  while (
    that < trigger.end + WARNED_THAT_REACH &&
    tokens[that] &&
    tokens[that]!.kind !== 'punct' &&
    tokens[that]!.lower !== 'that'
  )
    that++;
  if (tokens[that]?.lower !== 'that') return undefined;
  const subject = reading.actors.find(
    (a) => a.start === that + 1 || (a.start === that + 2 && tokens[that + 1]!.lower === 'the'),
  );
  if (!subject?.actor.country) return undefined;
  // 'that Sierra Leone "will not wait forever"': past a quotation mark.
  const modal = subject.end + (QUOTE_MARKS.has(tokens[subject.end]?.text ?? '') ? 1 : 0);
  if (!MODALS.has(tokens[modal]?.lower ?? '')) return undefined;
  const negated = tokens[modal + 1]?.lower === 'not';
  const verb = tokens[modal + (negated ? 2 : 1)]?.lower ?? '';
  return UNDERGOING_AFTER_MODAL.has(verb) ? undefined : subject;
}

/** "hit by rifle fire from a Rwandan patrol": the forces named right after "from" fired. */
function firerAfter(reading: SentenceReading, from: number): ActorMention | undefined {
  const { tokens } = reading;
  if (tokens[from]?.lower !== 'from') return undefined;
  const at = from + 1 + (ARTICLES.has(tokens[from + 1]?.lower ?? '') ? 1 : 0);
  return reading.actors.find(
    (a) => a.start === at && !!a.actor.country && !a.locative && FORCE_ROLES.has(a.actor.role),
  );
}

/** Participles that tell where forces are: "troops stationed at", "units based near". */
const WHEREABOUTS_PARTICIPLES = new Set([
  'stationed',
  'based',
  'posted',
  'positioned',
  'deployed',
  'garrisoned',
]);
/** Finite verbs that follow such a participle's noun phrase as its clause's own verb. */
const CLAUSE_VERBS = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'will', 'would']);
/** Tokens after the participle read for the clause's own verb. */
const CLAUSE_VERB_REACH = 8;

/** Is the trigger a participle right after its forces, with the clause's own verb after it? */
function describingParticiple(
  reading: SentenceReading,
  trigger: { start: number; end: number },
  forces: ActorMention | undefined,
): boolean {
  const { tokens } = reading;
  if (!forces || forces.end !== trigger.start || !WHEREABOUTS_PARTICIPLES.has(tokens[trigger.start]!.lower))
    return false;
  const end = Math.min(tokens.length, trigger.end + CLAUSE_VERB_REACH);
  for (let k = trigger.end; k < end; k++) {
    if (tokens[k]!.kind === 'punct') return false;
    if (CLAUSE_VERBS.has(tokens[k]!.lower) || reading.triggers.some((t) => t.start === k)) return true;
  }
  return false;
}

/** Is the act at `at` a verb joined by "and" or "or" to the one before ("crossed ... or detained")? */
function joinedDeed(tokens: readonly Token[], at: number): boolean {
  const joiner = tokens[at - 1]?.lower;
  return (joiner === 'or' || joiner === 'and') && tokens[at]!.lower.endsWith('ed');
}

/** Tokens back from a charge's second gerund within which its first is looked for. */
const CHARGED_PAIR_REACH = 8;

/**
 * "accused X of abducting and killing", "of crossing the Drina and detaining two fishermen": the
 * second gerund of a charge (past the first one's object), its subject the accused's.
 */
function chargedGerundPair(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== 'and') return false;
  for (let k = at - 2; k >= Math.max(1, at - CHARGED_PAIR_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (tokens[k - 1]!.lower === 'of') return tokens[k]!.lower.endsWith('ing');
  }
  return false;
}

/** The people of a state that a condition after `from` has harmed: "if Mauritanian citizens are attacked". */
function harmedInCondition(reading: SentenceReading, from: number): ActorMention | undefined {
  const { tokens } = reading;
  for (let k = from; k < tokens.length; k++) {
    if (!CONDITION_WORDS.has(tokens[k]!.lower)) continue;
    const harmed = reading.actors.find(
      (a) => a.start > k && a.start <= k + 2 && !!a.actor.country && !a.locative,
    );
    return harmed && PASSIVE_AUXILIARIES.has(tokens[harmed.end]?.lower ?? '') ? harmed : undefined;
  }
  return undefined;
}

/** Ground of a state a condition names: "lands on Thai soil", "enters Polish territory". */
const GROUND_NOUNS = new Set(['soil', 'territory', 'land', 'airspace']);

/** The state whose ground a condition before the act at `before` names ("if a shell lands on Thai soil"). */
function groundInCondition(reading: SentenceReading, before: number): ActorMention | undefined {
  const { tokens } = reading;
  const condition = tokens.findIndex((t, k) => k < before && CONDITION_WORDS.has(t.lower));
  if (condition < 0) return undefined;
  return reading.actors.find(
    (a) =>
      a.start > condition &&
      a.end < before &&
      !!a.actor.country &&
      (GROUND_NOUNS.has(tokens[a.end]?.lower ?? '') || GROUND_NOUNS.has(tokens[a.end - 1]!.lower)),
  );
}

/**
 * Is the act at `at` a speech act of its own, outside the allegation or denial (`found`) that would
 * govern it? "accused X of ... and warned that": a second speech act of the accuser is its own act,
 * not alleged ("accused Venezuela of openly threatening to seize" alleges the threat itself).
 * "Eritrea denied the report and accused Djibouti": a speech act in the past after "and" is the
 * denier's next predicate ("denied threatening Finland" still denies the threat).
 */
function ownSpeechAct(
  tokens: readonly Token[],
  at: number,
  pattern: EventPattern,
  found: Governing | undefined,
): boolean {
  return !!(
    (found?.pattern.governs === 'allege' &&
      SPEAKER_CODES.has(pattern.cameo.slice(0, 2)) &&
      !allegedDeedAt(tokens, at)) ||
    (found?.pattern.governs === 'deny' &&
      SPEAKER_CODES.has(pattern.cameo.slice(0, 2)) &&
      ((tokens[at - 1]?.lower === 'and' &&
        (isPastVerb(tokens[at]!.lower) ||
          // "Kigali denies this and accuses Kinshasa": the present tense of both verbs, as well.
          (isPresentThirdPerson(tokens[found.end - 1]!.lower) && isPresentThirdPerson(tokens[at]!.lower)))) ||
        // "Rwanda denied backing the M23, accusing Congo of ...": a participle after a comma is
        // the denier's next speech act.
        (tokens[at - 1]?.text === ',' && tokens[at]!.lower.endsWith('ing'))))
  );
}

/** Words between a verb of fire and the munition it fired: "fired a single shell", "fired two rockets". */
const FIRED_COUNT_WORDS = new Set(['a', 'an', 'the', 'single', 'one', 'any', 'several', 'dozens', 'of']);

/** Is `trigger` a munition noun that the fight verb `previous` fired, only counting words between? */
function firedObject(
  reading: SentenceReading,
  previous: TrieMatch<EventPattern>,
  trigger: TrieMatch<EventPattern>,
): boolean {
  const { tokens } = reading;
  if (trigger.start - previous.end > 3 || !firstPatternInContext(reading, previous)?.fight) return false;
  if (!FIRE_VERBS.has(tokens[previous.start]!.lower)) return false;
  for (let k = previous.end; k < trigger.start; k++) {
    const token = tokens[k]!;
    if (!(token.kind === 'num' || FIRED_COUNT_WORDS.has(token.lower) || NUMBER_WORDS.has(token.lower)))
      return false;
  }
  return true;
}
const FIRE_VERBS = new Set(['fired', 'fire', 'fires', 'firing', 'launched', 'lobbed']);

/** Words that open the condition of a threat: "if the Tajik side does not keep its word, we will act". */
const CONDITION_WORDS = new Set(['if', 'unless']);
/** Tokens of a condition clause read back from a mention for its opening word. */
const CONDITION_REACH = 12;

/**
 * Does the mention lie in a condition clause ("if ... , ") that ends before the trigger? The state
 * whose deed a threat is conditioned on is the one threatened, not the one who threatens.
 */
function conditionSubject(tokens: readonly Token[], mention: ActorMention, trigger: number): boolean {
  let opened = false;
  for (let k = mention.start - 1; k >= Math.max(0, mention.start - CONDITION_REACH); k--) {
    if (tokens[k]!.kind === 'punct') break;
    if (CONDITION_WORDS.has(tokens[k]!.lower)) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let k = mention.end; k < trigger; k++) if (tokens[k]!.text === ',') return true;
  return false;
}

/** Words after a fight noun that name who fights whom: "clashes between the army and rebels". */
const PARTY_MARKERS = new Set(['between', 'with', 'involving', 'against']);
/** Prepositions after named sides that tell where they fought: "clashes with PKK militants in Iraq". */
const SIDES_PLACE_PREPOSITIONS = new Set(['in', 'inside', 'near', 'along', 'at']);
/** A state's organs: what an armed group of that state fights in an internal conflict. */
const STATE_SIDES = new Set(['MIL', 'GOV', 'COP']);
const PARTY_WINDOW = 8;
/** How far a dash aside among the sides is read: "— the Tigray People's Liberation Front (TPLF) —". */
const PARTY_ASIDE_WINDOW = 24;
const DASHES = new Set(['—', '–']);

/** The sides named after a fight noun ("fighting between Myanmar's army and Karen rebels"), up to the clause end. */
function namedSides(reading: SentenceReading, at: number): ActorMention[] {
  const { tokens, actors } = reading;
  // "fighting raged between", "clashes broke out between": a verb may stand before the sides.
  let from = at;
  while (from < at + 2 && !PARTY_MARKERS.has(tokens[from]?.lower ?? '') && isPlainWord(tokens[from])) from++;
  if (!PARTY_MARKERS.has(tokens[from]?.lower ?? '')) return [];
  // "opened fire with automatic rifles on farmers": "with" names the means, not a side.
  if (tokens[from]!.lower === 'with' && reading.weapons.some((w) => w.start > from && w.start <= from + 3))
    return [];
  let end = from + 1;
  // "between Ethiopia's government and the then-governing party in Tigray — the Tigray People's
  // Liberation Front (TPLF) —": a side named in a dash aside is read to the aside's end.
  let limit = from + PARTY_WINDOW;
  while (end < tokens.length && end <= limit) {
    const word = tokens[end]!.lower;
    // A list of sides may run over commas ("involving the army, the M23 rebels and allied groups").
    if (word === ';' || word === 'which' || word === 'who' || word === 'that') break;
    // "clashes with PKK militants in northern Iraq": where the sides fought is no side.
    if (SIDES_PLACE_PREPOSITIONS.has(word) && end > from + 1) break;
    end++;
  }
  for (
    let k = from + 1;
    k < Math.min(tokens.length, from + PARTY_ASIDE_WINDOW) && k < limit + PARTY_WINDOW;
    k++
  ) {
    if (!DASHES.has(tokens[k]!.text)) continue;
    for (let close = k + 1; close < Math.min(tokens.length, k + PARTY_ASIDE_WINDOW); close++)
      if (DASHES.has(tokens[close]!.text)) {
        limit = close;
        end = Math.max(end, close);
        break;
      }
    break;
  }
  return actors.filter((a) => a.start > from && a.start < end);
}

function ownHistoricalDateOf(reading: SentenceReading, trigger: TrieMatch<EventPattern>): boolean {
  return reading.dates.some(
    (d) => d.historical && d.at >= trigger.end && d.at <= trigger.end + OWN_DATE_WINDOW,
  );
}

function isPlainWord(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && !token.cap && !CLAUSE_BREAKS.has(token.lower);
}

/** A fight noun or verb with a generic modifier right before it is no incident. */
function genericMention(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    if (GENERIC_MODIFIERS.has(tokens[k]!.lower)) return true;
    // "blame the other for the earlier clashes" (not "warplanes earlier carried out strikes").
    if (tokens[k]!.lower === 'earlier' && (tokens[k - 1]?.lower === 'the' || tokens[k - 1]?.lower === 'an'))
      return true;
  }
  return false;
}

/** Words between the "by" of a passive's agent and the fight noun it names: "by cross-border firing". */
const AGENT_NOUN_REACH = 4;

/**
 * Where the "by" stands when the fight noun at `at` is a passive's agent ("was wounded by sniper
 * fire", "were killed by cross-border firing"); -1 when it is not.
 */
function passiveAgentBy(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(2, at - AGENT_NOUN_REACH); k--) {
    const token = tokens[k]!;
    if (token.lower === 'by') {
      const participle = tokens[k - 1]!.lower;
      if (!isParticiple(participle)) return -1;
      // "One soldier was killed and four others wounded by harassment fire": a casualty participle
      // whose auxiliary the coordination leaves out.
      return PASSIVE_AUXILIARIES.has(tokens[k - 2]!.lower) || CASUALTY_WORDS.has(participle) ? k : -1;
    }
    if (token.kind !== 'word' && token.text !== '-') return -1;
  }
  return -1;
}

/** Nouns of what was said, which a verdict after them refutes: "the statement ... has nothing to do with reality". */
const REPORT_NOUNS: ReadonlySet<string> = new Set([
  ...CHARGE_NOUNS,
  'allegation',
  'allegations',
  'assertion',
  'assertions',
  'information',
  'report',
  'reports',
  'statement',
  'statements',
]);

/**
 * Is the trigger told inside a report that a verdict after it refutes? "The information on ...
 * shelling from the Azerbaijani army is false": the act is one side's word, denied.
 */
function refutedReport(reading: SentenceReading, trigger: TrieMatch<EventPattern>): boolean {
  if (!reading.cues.some((c) => c.values[0]!.kind === 'refuted' && c.start >= trigger.end)) return false;
  for (let k = trigger.start - 1; k >= 0; k--) if (REPORT_NOUNS.has(reading.tokens[k]!.lower)) return true;
  return false;
}

/** Words between a rejection and the charge it rejects: "rejected the accusations", "dismissed all the charges". */
const REJECTED_CHARGE_REACH = 3;

/** Is the charge noun `trigger` the object of a rejection just before it ("denied the accusation" is a negated one)? */
function chargeRejected(reading: SentenceReading, trigger: TrieMatch<EventPattern>): boolean {
  return reading.triggers.some(
    (t) =>
      t.end <= trigger.start &&
      trigger.start - t.end < REJECTED_CHARGE_REACH &&
      t.values.some((v) => v.type === 'rejection'),
  );
}

/** Things "threatened" in the sense of endangered: "threatened farms", "threatens regional stability". */
const ENDANGERED_NOUNS = new Set([
  'farms',
  'farmland',
  'crops',
  'harvests',
  'livelihoods',
  'lives',
  'homes',
  'supplies',
  'stability',
  'sovereignty',
  'peace',
  'environment',
  'wildlife',
  'ecosystem',
  'economy',
]);
/** Words between "threatened" and what it endangers: "threatened the region's fragile stability". */
const ENDANGERED_REACH = 4;

/** Does a threat verb ending at `from` take an endangered thing for object rather than a party? */
function endangeredObject(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + ENDANGERED_REACH); k++) {
    const token = tokens[k]!;
    // "threatened Pakistan's security" (not "Pakistan's security forces").
    if (
      ENDANGERED_NOUNS.has(token.lower) ||
      (token.lower === 'security' && !SECURITY_BODIES.has(tokens[k + 1]?.lower ?? ''))
    )
      return true;
    // A state's possessive names whose the endangered thing is: "Pakistan's security".
    if (token.cap && tokens[k + 1]?.lower === "'s") {
      k++;
      continue;
    }
    if (token.kind !== 'word' || token.cap || token.lower === 'to' || token.lower === 'that') return false;
  }
  return false;
}

/** Nouns after "security" that make it a force, not a thing endangered: "security forces". */
const SECURITY_BODIES = new Set([
  'forces',
  'force',
  'personnel',
  'officials',
  'guards',
  'services',
  'council',
  'agencies',
]);

/** Verbs that tell forces what to do: "ordered troops to withdraw". */
const ORDER_VERBS = new Set(['ordered', 'orders', 'told', 'instructed', 'directed', 'commanded']);

/** Verbs of warning: a threat only when the warning names something the speaker would do. */
const WARNING_VERBS = new Set(['warned', 'warns', 'warning']);
/** Words of a warned clause read for a modal of what is to come ("would face", "will respond"). */
const WARNED_CLAUSE_REACH = 10;

/**
 * Is the clause after "warned" ("that Azerbaijan was seeking a pretext") about a state other than
 * the speaker's, with no modal? ("warned that Ukrainian forces were ready to respond" is the speaker's own.)
 */
function warnedOfOther(reading: SentenceReading, from: number, speaker: Iso3 | null | undefined): boolean {
  const { tokens } = reading;
  if (tokens[from]?.lower !== 'that') return false;
  const subject = reading.actors.find(
    (a) => a.start === from + 1 || (a.start === from + 2 && tokens[from + 1]!.lower === 'the'),
  );
  if (!subject?.actor.country || !speaker || subject.actor.country === speaker) return false;
  const end = Math.min(tokens.length, subject.end + WARNED_CLAUSE_REACH);
  for (let k = subject.end; k < end; k++) {
    const word = tokens[k]!.lower;
    // "warned that Russian troops could attack at any moment": what the other side may do is
    // foretold, not threatened; "warned that India would face consequences" is the threat.
    // (A named state only: a pronoun ("warned that it would hit back") may stand for the speaker.)
    if (MODALS.has(word) && k === subject.end && !SUBJECT_PRONOUNS.has(tokens[subject.start]!.lower)) {
      const verb = tokens[k + 1]?.lower === 'not' ? tokens[k + 2]?.lower : tokens[k + 1]?.lower;
      return !UNDERGOING_AFTER_MODAL.has(verb ?? '');
    }
    if (MODALS.has(word) || word === 'must' || word === 'if' || word === ',' || word === 'and') return false;
  }
  return true;
}

/**
 * Words between a posture verb and the "to" of what its forces are told to do: "ordered its troops
 * to", "ordered the FARDC [Congolese troops] to".
 */
const ORDERED_TO_REACH = 7;

/** Does a step down follow the forces of a posture verb ending at `from` ("ordered troops to pull back")? */
function orderedBack(reading: SentenceReading, from: number): boolean {
  const { tokens } = reading;
  const end = Math.min(tokens.length - 1, from + ORDERED_TO_REACH);
  for (let k = from; k < end; k++) {
    if (tokens[k]!.lower !== 'to') continue;
    // "ordered the FARDC [Congolese troops] to lay down their arms": forces told to give up theirs.
    const verb = tokens[k + 1]?.lower ?? '';
    if (
      SURRENDER_VERBS.has(verb) ||
      ((verb === 'lay' || verb === 'hand') && GIVE_UP_PARTICLES.has(tokens[k + 2]?.lower ?? ''))
    )
      return true;
    return reading.triggers.some(
      (t) => t.start === k + 1 && t.values.some((v) => v.polarity === 'de-escalation'),
    );
  }
  return false;
}

/** Verbs forces are ordered to give up their arms by: "to surrender", "to disarm" (and "to lay down", "to hand over"). */
const SURRENDER_VERBS = new Set(['surrender', 'disarm']);
const GIVE_UP_PARTICLES = new Set(['down', 'over']);

/** Words between an indefinite article and the armed group it introduces: "an ethnic armed group". */
const DESCRIBED_GROUP_REACH = 2;

/** Is the -ing fight word at `at` the description of an armed group just introduced ("a rebel group fighting")? */
function describedGroup(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  if (!isGerund(tokens[at]!.lower)) return false;
  const group = reading.actors.find((a) => a.end === at && ARMED_NON_STATE_ROLES.has(a.actor.role));
  if (!group) return false;
  for (let k = group.start; k >= Math.max(0, group.start - DESCRIBED_GROUP_REACH); k--)
    if (INDEFINITES.has(tokens[k]!.lower)) return true;
  return false;
}

function habitualBefore(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  return reading.cues.some(
    (c) =>
      c.values[0]!.kind === 'habitual' &&
      c.end <= at &&
      at - c.end <= HABITUAL_WINDOW &&
      // "Russia, which historically mediated the conflict, urged restraint": a habit told in a
      // relative clause closed before the act is the antecedent's, not the act's.
      !(wordIn(tokens, c.end, at, COMMA) && relativeOpensBefore(tokens, c.start)),
  );
}

/** Is the word at `at` in a ", which ..." or ", who ..." clause (the pronoun a few words back)? */
function relativeOpensBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - RELATIVE_OPEN_REACH); k--) {
    if (tokens[k]!.text === ',') return false;
    if ((tokens[k]!.lower === 'which' || tokens[k]!.lower === 'who') && tokens[k - 1]!.text === ',')
      return true;
  }
  return false;
}
const RELATIVE_OPEN_REACH = 6;

function gerundSubject(tokens: readonly Token[], at: number, fight: boolean): boolean {
  const word = tokens[at]!.lower;
  if (!word.endsWith('ing')) return false;
  if (at !== 0 && !QUOTE_MARKS.has(tokens[at - 1]!.text)) return false;
  // 'described the move as "creeping occupation"': a quotation inside a clause opens no sentence.
  if (at > 1 && !QUOTATION_OPENERS.has(tokens[at - 2]!.text)) return false;
  if (!fight) return true;
  // "Fighting broke out", "Shelling resumed", "Fighting between the two armies spread": a fight noun
  // told in the past or placed, not a view.
  // "Fighting reportedly continued": past an adverb.
  let after = at + 1;
  while (tokens[after]?.lower.endsWith('ly') || FIGHT_NOUN_ADVERBS.has(tokens[after]?.lower ?? '')) after++;
  const next = tokens[after]?.lower ?? '';
  return !(FIGHT_NOUN_FOLLOWERS.has(next) || (next.endsWith('ed') && next.length > 3));
}
/** Adverbs between a sentence's first fight noun and its verb: "Fighting still continued". */
const FIGHT_NOUN_ADVERBS = new Set(['still', 'again', 'also', 'soon']);
/** Marks after which a quotation begins a sentence of its own: 'He said: "Clearing mines ..."'. */
const QUOTATION_OPENERS = new Set([',', ':']);
/** Words after a sentence's first "-ing" fight word that make it a noun of news, not a gerund of opinion. */
const FIGHT_NOUN_FOLLOWERS = new Set([
  'between',
  'along',
  'near',
  'in',
  'on',
  'at',
  'across',
  'around',
  'broke',
  'spread',
  'began',
  'went',
  'was',
  'were',
  'has',
  'had',
  'left',
  'killed',
  'hit',
]);
const HABITUAL_WINDOW = 4;
/** Tokens after a fight noun within which a time expression dates it ("the fighting over temples a decade ago"). */
const OWN_DATE_WINDOW = 12;

/** Words that start a new clause: a governing trigger ("called for") does not reach past them. */
const CLAUSE_BREAKS = new Set([
  'after',
  'as',
  'while',
  'when',
  'but',
  'although',
  'because',
  ';',
  'since',
  'before',
]);

/** Also commas and "and" when `loose` (a new subject may follow them: "..., and Kyrgyz troops returned fire"). */
function clauseBreakBetween(tokens: readonly Token[], from: number, to: number, loose = false): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    if (
      CLAUSE_BREAKS.has(word) ||
      (loose && (word === ',' || word === 'and' || word === 'which' || word === 'who'))
    )
      return true;
  }
  return false;
}

const IRREGULAR_PARTICIPLES = new Set([
  // "the crossing was shut from the Pakistan side".
  'shut',
  'hit',
  'shot',
  'struck',
  'fought',
  'seized',
  'told',
  'shot dead',
  'shot down',
  'taken',
  'withdrawn',
  'driven',
  'thrown',
]);

/** Irregular past forms of the verbs of border news: "and sent troops", "and took up positions". */
const IRREGULAR_PAST = new Set([
  'sent',
  'took',
  'began',
  'held',
  'met',
  'made',
  'threw',
  'drew',
  'gave',
  'kept',
  'put',
  'withdrew',
  'broke',
  'shut',
  'fought',
  'struck',
  'shot',
  'hit',
]);

function isGerund(word: string): boolean {
  return word.length > 4 && word.endsWith('ing');
}

/** A past verb: regular ("fired") or one of the irregular ones of border news ("sent"). */
export function isPastVerb(word: string): boolean {
  return word.endsWith('ed') || IRREGULAR_PAST.has(word);
}

/** "denies", "accuses": a verb's present third person (not "accusations", "press"). */
function isPresentThirdPerson(word: string): boolean {
  return word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('ions');
}

function isParticiple(word: string): boolean {
  return word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word);
}

/** Words after a trigger read as its object by a pattern's `objectNot`: "closed his country's embassy". */
const OBJECT_NOT_REACH = 4;

/** Object pronouns that take the place of a near word told earlier in the sentence. */
const OBJECT_PRONOUNS = new Set(['it', 'them']);

/** A near or not-near list as words ("heavy weapons" as two), split once per list. */
const splitLists = new WeakMap<readonly string[], readonly (readonly string[])[]>();
function wordsOf(list: readonly string[]): readonly (readonly string[])[] {
  let words = splitLists.get(list);
  if (!words) {
    // Hyphens are tokens of their own: "counter-measures" is read as "counter", "-", "measures".
    words = list.map((entry) => entry.replace(/-/g, ' - ').split(/\s+/));
    splitLists.set(list, words);
  }
  return words;
}

/** Does one of `phrases` start at token `k` ("to support", "heavy weapons", or a single word)? */
function phraseStartsAt(
  tokens: readonly Token[],
  k: number,
  phrases: readonly (readonly string[])[],
): boolean {
  const word = tokens[k]!.lower;
  for (const phrase of phrases) {
    if (phrase[0] !== word) continue;
    let i = 1;
    while (i < phrase.length && tokens[k + i]?.lower === phrase[i]) i++;
    if (i === phrase.length) return true;
  }
  return false;
}

function nearWordPresent(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
  pattern: EventPattern,
): boolean {
  if (!pattern.near && !pattern.notNear && !pattern.objectNot) return true;
  const window = pattern.window ?? 5;
  if (pattern.objectNot) {
    // "threatens South Sudan's fragile oil sector": a state's name, however many words, counts as one.
    const owner = reading.countries.find((c) => c.start === trigger.end);
    const from = owner ? owner.end : trigger.end;
    const end = Math.min(reading.tokens.length, from + OBJECT_NOT_REACH);
    for (let k = trigger.end; k < end; k++)
      if (pattern.objectNot.includes(reading.tokens[k]!.lower)) return false;
  }
  // "when Pakistani authorities shut it": a pronoun object stands for a word told before it.
  const pronounObject = OBJECT_PRONOUNS.has(reading.tokens[trigger.end]?.lower ?? '');
  const from = pattern.nearAfterOnly ? trigger.end : pronounObject ? 0 : Math.max(0, trigger.start - window);
  const to = Math.min(reading.tokens.length, trigger.end + window);
  const voiding = pattern.notNear && wordsOf(pattern.notNear);
  const needed = pattern.near && wordsOf(pattern.near);
  for (let k = from; k < to; k++) {
    // "signed a trade memorandum": a word of the object's kind voids it (trade is no border matter).
    if (voiding && phraseStartsAt(reading.tokens, k, voiding)) return false;
    if (needed && phraseStartsAt(reading.tokens, k, needed)) return true;
  }
  // "seized 1.5 million methamphetamine pills": with no word it needs, only the words that void it count.
  if (!pattern.near) return true;
  if (pattern.partyObject) {
    const at = trigger.end + (reading.tokens[trigger.end]?.lower === 'the' ? 1 : 0);
    // "launching Nepal's Munal satellite": a state's possessive names the owner of the object, not the object.
    return reading.actors.some(
      (a) =>
        a.start === at &&
        !a.locative &&
        reading.tokens[a.end]?.lower !== "'s" &&
        // "Israel struck Syria and Lebanon": two neighbours named together are a party each.
        (!!a.actor.country || !!a.mutual || ARMED_ROLES.has(a.actor.role)),
    );
  }
  return false;
}

/** Verbs that name what something is: "calls the incursions a 'hybrid attack'". */
const NAMING_VERBS = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'termed',
  'terming',
  'branded',
  'branding',
  'labelled',
  'labeled',
  'dubbed',
  'described',
  'describing',
]);
/** What a naming verb is followed by when it names nothing ("called for a", "called on the"). */
const NAMING_VERB_PARTICLES = new Set(['for', 'on', 'off', 'up', 'in', 'back']);
const NAMING_OBJECT_REACH = 4;
/** How long the object of a calling verb may be before a denunciation's words ("an act of aggression"). */
const DENOUNCED_OBJECT_REACH = 9;
const NAMING_COMPLEMENT_REACH = 5;

/**
 * "Vilnius calls the incursions a 'hybrid attack'", "calling it an 'unprecedentedly brazen'
 * incursion", "described the shelling as aggression": the trigger names an act told already; the
 * namer denounces it and no new act is told. Where the naming verb stands, or -1.
 */
function namingVerbBefore(tokens: readonly Token[], at: number, objectReach = NAMING_OBJECT_REACH): number {
  // "called the deportations a crisis and recalled her ambassador": a past verb after "and" is the
  // namer's next predicate, not part of the name.
  if (tokens[at - 1]?.lower === 'and' && isPastVerb(tokens[at]!.lower)) return -1;
  let k = at - 1;
  while (
    k >= 0 &&
    at - k <= NAMING_COMPLEMENT_REACH &&
    !ARTICLES.has(tokens[k]!.lower) &&
    tokens[k]!.lower !== 'as'
  ) {
    const word = tokens[k]!.lower;
    if (word === ',' || word === '.' || CLAUSE_BREAKS.has(word)) return -1;
    k--;
  }
  if (k < 1 || at - k > NAMING_COMPLEMENT_REACH) return -1;
  // Words of a relative aside the object carries ("called the raid, in which 17 died, a massacre").
  let aside = 0;
  for (let v = k - 1; v >= 0 && k - v - aside <= objectReach + 1; v--) {
    if (v === k - 1 && tokens[v]!.text === ',') {
      const open = relativeAsideStart(tokens, v - 1);
      if (open > 0) {
        aside = v - open + 1;
        v = open;
        continue;
      }
    }
    const word = tokens[v]!.lower;
    if (NAMING_VERBS.has(word))
      // The named thing is the object ("calls the incursions a"), or "what" before the namer ("in
      // what Baku called a 'terrorist attack'").
      return (v < k - 1 || tokens[v - 2]?.lower === 'what' || tokens[v - 3]?.lower === 'what') &&
        !NAMING_VERB_PARTICLES.has(tokens[v + 1]!.lower) &&
        // "described" names with "as" only ("described shells landing" is a witness's account).
        (tokens[k]!.lower === 'as' || !word.startsWith('describ'))
        ? v
        : -1;
    if (word === ',' || word === ';' || word === '.') return -1;
  }
  return -1;
}

/** Words of the day a report was made, between its verb and a participle: "said on Wednesday, vowing". */
const SAID_DAY_WORDS = 2;

/** Words between the comma and a participle that do not change its subject: ", each accusing the other". */
const PARTICIPLE_FILLERS = new Set(['each', 'both', 'also']);
/** Participles of a feeling voiced: "expressing strong protest", "voicing concern". */
const EXPRESSING_PARTICIPLES = new Set(['expressing', 'voicing', 'conveying', 'registering']);

/** Is the time at `at` the day a report was made: "said on Wednesday", "said Wednesday"? */
function reportingDate(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at - 1]?.lower === 'on' ? at - 2 : at - 1;
  return REPORTING.has(tokens[verb]?.lower ?? '');
}

/** How far before a span's time its "after" may stand: "after more than three years of talks". */
const SPAN_REACH = 5;

/** Does "after" open the phrase of the time at `markAt`, past the act's word ending at `from`? */
function spanEndedBy(tokens: readonly Token[], from: number, markAt: number): boolean {
  for (let k = markAt - 1; k >= from && k >= markAt - SPAN_REACH; k--) {
    const word = tokens[k]!.lower;
    if (word === 'after') return true;
    if (word === ',' || word === 'and') return false;
  }
  return false;
}

/** Nouns that close a place's name: "the Massacre river", "Peace Bridge", "Battle Creek". */
const PLACE_NAME_HEADS = new Set([
  'river',
  'lake',
  'bridge',
  'valley',
  'mountain',
  'mountains',
  'island',
  'islands',
  'canal',
  'dam',
  'creek',
  'bay',
  'street',
  'square',
]);

/** Roots of acts of force (18 assault, 19 fight, 20 mass violence). */
export const FIGHT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/** Tokens before a fight noun within which "in a" may open it (quote marks count): "in a 'barbaric' attack". */
const MEANS_REACH = 6;

/** Is the fight noun at `at` "in a/an (...) attack" right in the clause of a use of force ending at `toldEnd`? */
function meansOfToldAct(tokens: readonly Token[], toldEnd: number, at: number): boolean {
  for (let k = at - 2; k >= Math.max(toldEnd, at - MEANS_REACH); k--) {
    if (tokens[k]!.lower === 'in' && ARTICLES.has(tokens[k + 1]?.lower ?? ''))
      return !clauseBreakBetween(tokens, toldEnd, k, true);
  }
  return false;
}

/**
 * Verbs of what a deed drew from others: "triggering warning shots from the South Korean military",
 * "prompted a formal protest from the Peruvian foreign ministry".
 */
const CAUSING_PARTICIPLES = new Set([
  'triggering',
  'prompting',
  'drawing',
  'sparking',
  'provoking',
  'triggered',
  'prompted',
  'drew',
  'sparked',
  'provoked',
  // "In April, a similar breach led to warning shots from South Korea".
  'led',
  'leading',
]);
/** Words between a causing verb and what it drew: "prompted a formal \"strong protest\"". */
const CAUSED_REACH = 4;

/** Does a causing verb stand before the noun at `at`, past an article, adjectives and quotation marks? */
function causedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - CAUSED_REACH; k--) {
    const token = tokens[k]!;
    if (CAUSING_PARTICIPLES.has(token.lower)) return true;
    if (token.kind === 'punct' ? !QUOTE_MARKS.has(token.text) : token.cap) return false;
  }
  return false;
}

/** Words that make the state after them a go-between: "under the mediation of Malaysia". */
const MEDIATOR_WORDS = new Set(['mediation', 'auspices', 'brokered', 'hosted', 'help', 'facilitation']);

/** Is the mention one a mediation phrase names ("the mediation of Malaysia", "brokered by Qatar")? */
function mediatorMention(tokens: readonly Token[], mention: ActorMention): boolean {
  const before = tokens[mention.start - 1]?.lower;
  if (before !== 'of' && before !== 'by') return false;
  return MEDIATOR_WORDS.has(tokens[mention.start - 2]?.lower ?? '');
}

/** Prepositions before the act a state's adjective qualifies: "concerns over Iranian military exercises". */
const TOPIC_PREPOSITIONS = new Set(['over', 'about', 'against', 'amid', 'despite']);

/** Words from an act to the "with" of its means: "violating its airspace with". */
const WITH_MEANS_REACH = 3;

/** Words that join an act to a negated one before it, negating it too: "did not cross ... or fire". */
const NEGATED_DISJUNCTIONS = new Set(['or', 'nor', 'alone']);
/** Tokens from a negated act to one joined to it. */
const NEGATED_DISJUNCTION_REACH = 14;

/**
 * Is the trigger at `at` joined by "or", "nor" or "let alone" to a negated act ending at `negatedEnd`
 * ("At no stage has the army transgressed across the LAC or resorted to ... firing")?
 */
function disjoinedFromNegated(tokens: readonly Token[], negatedEnd: number, at: number): boolean {
  if (negatedEnd < 0 || at - negatedEnd > NEGATED_DISJUNCTION_REACH) return false;
  let joined = false;
  for (let k = negatedEnd; k < at; k++) {
    const word = tokens[k]!.lower;
    if (word === '.' || word === ';' || word === 'but' || QUOTE_MARKS.has(tokens[k]!.text)) return false;
    if (NEGATED_DISJUNCTIONS.has(word) && (word !== 'alone' || tokens[k - 1]?.lower === 'let')) joined = true;
  }
  return joined;
}

/** Does "between" open the sides after a fight at `end`, past a verb ("fighting raged between", "broke out between")? */
function sidesBetween(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k <= end + 2; k++) {
    if (tokens[k]?.lower === 'between') return true;
    if (!isPlainWord(tokens[k])) return false;
  }
  return false;
}

/** Tokens from "<group> to" to the step it is to take: "the M23 to accept a ceasefire and withdraw". */
const GROUP_STEP_REACH = 8;

/** Is the step at `at` one an armed group is to take ("for the M23 to accept a ceasefire")? */
function groupToAct(reading: SentenceReading, at: number): boolean {
  const { tokens, actors } = reading;
  const group = actors.findLast((a) => a.end <= at && at - a.end <= GROUP_STEP_REACH);
  return (
    !!group &&
    ARMED_NON_STATE_ROLES.has(group.actor.role) &&
    tokens[group.end]?.lower === 'to' &&
    !clauseBreakBetween(tokens, group.end, at)
  );
}

/** Is an "and" between `from` and `to`, with no clause break: "summoned X ... and lodged a protest"? */
function andBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let joined = false;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    if (word === '.' || word === ';' || word === ',') return false;
    if (word === 'and') joined = true;
  }
  return joined;
}

/** Nouns that stand for a state told before: "the country", "its neighbour". */
const OTHER_STATE_NOUNS = new Set(['country', 'neighbour', 'neighbor']);

/** Tokens of "the country" / "its neighbour" at `at` (2), or 0. */
function otherStateNounAt(tokens: readonly Token[], at: number): number {
  const determiner = tokens[at]?.lower;
  return (determiner === 'the' || determiner === 'its') && OTHER_STATE_NOUNS.has(tokens[at + 1]?.lower ?? '')
    ? 2
    : 0;
}

/** Words of a fight noun's modifiers back to "in response to": "in response to heavy shelling". */
const ANSWERED_MODIFIERS_REACH = 2;

/**
 * Where the "to"/"for" of "in response to", "in retaliation for" stands before the fight noun at
 * `at` (past a modifier or two, not past a state's mention, which names the agent), or -1.
 */
function answeredActAt(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - 1 - ANSWERED_MODIFIERS_REACH); k--) {
    const token = tokens[k]!;
    if (ANSWER_PREPOSITIONS.has(token.lower)) return ANSWER_NOUNS.has(tokens[k - 1]!.lower) ? k : -1;
    if (token.kind !== 'word' || token.cap) return -1;
  }
  return -1;
}

/** Irregulars a state's adjective ties to it: "Ethiopian militias". */
const MILITIA_WORDS = /\bmilitias?\b/i;

/** Does a sentence name an armed group of no state and the forces of one state only? */
function oneStateAgainstGroup(actors: readonly ActorMention[]): boolean {
  let forces: string | null = null;
  let group = false;
  for (const a of actors) {
    if (a.locative) continue;
    if (!a.actor.country) group ||= ARMED_NON_STATE_ROLES.has(a.actor.role) && !a.mutual;
    else if (a.actor.role === 'MIL' || a.actor.role === 'COP') {
      if (forces && forces !== a.actor.country) return false;
      forces = a.actor.country;
    }
  }
  return group && forces !== null;
}

/** Words that open a clause of an earlier act: "protested on Friday after a jet crossed", "a boy who was shot". */
const EARLIER_ACT_OPENERS = new Set([
  'after',
  'following',
  'who',
  'which',
  'that',
  'when',
  'retaliation',
  'response',
  'reprisal',
  'revenge',
]);

/**
 * Is the time at `markAt` another act's, told before the trigger, whose clause the trigger's act
 * opens ("summoned the envoy on Sunday after a shell killed a man")? The act then happened that
 * day or before it, like an act dated by its report.
 */
function datedByEarlierAct(
  reading: SentenceReading,
  markAt: number,
  trigger: TrieMatch<EventPattern>,
): boolean {
  if (markAt >= trigger.start || !wordIn(reading.tokens, markAt, trigger.start, EARLIER_ACT_OPENERS))
    return false;
  return reading.triggers.some((t) => t.end <= markAt && !t.values[0]!.block);
}

/** Accords an appeal may name: "to abide by an agreement", "to respect the truce". */
const ACCORD_NOUNS = new Set([
  'agreement',
  'agreements',
  'deal',
  'accord',
  'accords',
  'ceasefire',
  'truce',
  'treaty',
  'pact',
]);

function accordBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ACCORD_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Is `trigger` an act, in its context, that is no use of force ("scrambled" jets)? */
function nonFightAct(reading: SentenceReading, trigger: TrieMatch<EventPattern>): boolean {
  const pattern = firstPatternInContext(reading, trigger);
  return !!pattern && !pattern.fight;
}

/** Determiners of an act told before, as the object of a naming verb: "called the attack". */
const NAMED_DEED_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/** Is the fight noun `trigger` a told act a naming verb names ("called the attack an invasion")? */
function namedDeed(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): boolean {
  // 'called the attack "a large-scale provocation"': past the quotation mark.
  const opening = QUOTE_MARKS.has(tokens[trigger.end]?.text ?? '') ? trigger.end + 1 : trigger.end;
  const after = tokens[opening]?.lower ?? '';
  return (
    NAMED_DEED_DETERMINERS.has(tokens[trigger.start - 1]?.lower ?? '') &&
    NAMING_VERBS.has(tokens[trigger.start - 2]?.lower ?? '') &&
    (after === 'as' || ARTICLES.has(after))
  );
}

/** Who marches and protests at home: "Thousands of people marched ... to protest against". */
const CROWD_WORDS = new Set([
  'people',
  'protesters',
  'protestors',
  'demonstrators',
  'crowd',
  'crowds',
  'marchers',
  'activists',
  'supporters',
  'students',
]);

/** Nouns of protest by the public when no state is named as protesting. */
/** Does a subordinate clause open right before the phrase at `at` ("after two rockets were fired")? */
function openedBy(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (CLAUSE_OPENERS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** Role words of an air arm: what they strike with is aircraft. */
const AIR_ARMS = new Set(['aircraft', 'planes', 'airplanes']);
const AERIAL_CODE = '195';

/** Verbs whose object is an act they set off: "sparked protests", "prompted the recall of the ambassador". */
const CAUSING_VERBS = new Set([
  'sparked',
  'triggered',
  'prompted',
  'provoked',
  'drew',
  'caused',
  'fuelled',
  'fueled',
  // The participles: "inaugurated a road ..., prompting protests in Kathmandu".
  'sparking',
  'triggering',
  'prompting',
  'provoking',
  'drawing',
  'causing',
  'fuelling',
  'fueling',
]);
/** What sets protests off, or holds them as its agent: "the trucks were held up by protests on the Nepali side". */
const PROTEST_CAUSES = new Set([...CAUSING_VERBS, 'by']);
const STREET_PROTEST_NOUNS = new Set(['protests', 'demonstrations']);

/** Is the word at `at` a participle ("demanding") after a lowercase plural noun that no actor mention ends with? */
function unnamedPluralBefore(tokens: readonly Token[], actors: readonly ActorMention[], at: number): boolean {
  const word = tokens[at]!;
  const noun = tokens[at - 1];
  return (
    word.lower.endsWith('ing') &&
    noun?.kind === 'word' &&
    !noun.cap &&
    noun.lower.length > 3 &&
    noun.lower.endsWith('s') &&
    !actors.some((a) => a.end === at)
  );
}

/** No actor, or people of no state ("protesters", "residents"): a crowd's voice, not a state's. */
function crowdLike(mention: ActorMention | undefined): boolean {
  return !mention || (!mention.actor.country && !mention.actor.org && CROWD_ROLES.has(mention.actor.role));
}
const CROWD_ROLES = new Set(['OPP', 'CVL']);

function crowdBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (CROWD_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Addressees that are the world at large: "the international community", "the world". */
const WORLD_ADDRESSEES = [['international', 'community'], ['world', 'community'], ['world']] as const;

function worldAddressed(tokens: readonly Token[], at: number): boolean {
  const from = tokens[at]?.lower === 'the' ? at + 1 : at;
  return WORLD_ADDRESSEES.some((words) => words.every((word, i) => tokens[from + i]?.lower === word));
}

/** Object pronouns for people: an accusation of "them" that stands for no state accuses no state. */
const PERSON_OBJECTS = new Set(['them', 'him', 'her']);

/** Verbs whose subject did the deed a denunciation names: "had committed a flagrant violation". */
const COMMIT_VERBS = new Set(['committed', 'commits', 'commit', 'committing']);

/** Is the condemnation at `at` a deed its subject committed ("X committed a violation of ...")? */
function denouncedOrNamed(pattern: EventPattern, tokens: readonly Token[], at: number): boolean {
  if (pattern.type !== 'condemnation') return false;
  const before = ARTICLES.has(tokens[at]!.lower)
    ? at - 1
    : QUOTE_MARKS.has(tokens[at - 1]?.text ?? '')
      ? at - 2
      : at - 1;
  const verbAt = ARTICLES.has(tokens[before]?.lower ?? '') ? before - 1 : before;
  const quoteSkipped = QUOTE_MARKS.has(tokens[verbAt]?.text ?? '') ? verbAt - 1 : verbAt;
  return COMMIT_VERBS.has(tokens[quoteSkipped]?.lower ?? '');
}

/** What a named act becomes: its namer's denunciation (CAMEO 111). */
const DENUNCIATION = EVENT_VALUES.find((p) => p.type === 'condemnation')!;
const REJECTION = EVENT_VALUES.find((p) => p.type === 'rejection')!;
const INTENT_TO_DE_ESCALATE = EVENT_VALUES.find((p) => p.type === 'intent-to-de-escalate')!;
/**
 * "are due to meet on Friday": an intent is stated on the day it is told, whatever day it names.
 * (One with no actor of its own, "agreed that commanders would meet on Tuesday", leaves the
 * agreement to say it.)
 */
const isIntentStatedNow = (pattern: EventPattern): boolean => pattern.cameo.startsWith('03');
const AIRSPACE_VIOLATION = EVENT_VALUES.find((p) => p.type === 'airspace-violation')!;
const WARNING_SHOTS = EVENT_VALUES.find((p) => p.type === 'warning-shots')!;

/** Where shots aimed to warn go: "over their heads", "into the air". */
const WARNING_AIMS: readonly (readonly string[])[] = [
  ['over', 'their', 'heads'],
  ['over', 'the', 'heads'],
  ['over', 'his', 'head'],
  ['into', 'the', 'air'],
  ['in', 'the', 'air'],
];
/** How far after the verb the aim of warning fire may be told ("fired rifle shots over their heads"). */
const WARNING_REACH = 5;

/**
 * "soldiers fired rifle shots over their heads": fire aimed to warn, not to hit, is a warning
 * (CAMEO 17, as "warning shots" are), whatever weapon is named between.
 */
function warningFire(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + WARNING_REACH && k < tokens.length; k++) {
    if (tokens[k]!.kind === 'punct') return false;
    if (WARNING_AIMS.some((aim) => aim.every((word, i) => tokens[k + i]?.lower === word))) return true;
  }
  return false;
}

/** Weapons that move by air: the craft that cross a line in the sky. */
const CRAFT_CATEGORIES: ReadonlySet<string> = new Set(['aircraft', 'drone']);

/**
 * "an Iranian military drone had crossed the frontier", "two helicopters crossed into Polish
 * airspace": craft over the line violate airspace (CAMEO 150, a show of force), where troops
 * crossing take ground (192). The mover is a craft named in the same clause just before the verb.
 */
function craftCrossing(reading: SentenceReading, trigger: { start: number; end: number }): boolean {
  const { tokens } = reading;
  const from = Math.max(0, trigger.start - CRAFT_WINDOW);
  const craftAt = (k: number) =>
    k >= from && k < trigger.start && !clauseBreakBetween(tokens, k, trigger.start);
  // "an incursion by two Belarusian helicopters": a noun's mover follows it, after "by".
  const byAt = (k: number) =>
    tokens[trigger.end]?.lower === 'by' &&
    k > trigger.end &&
    k <= trigger.end + CRAFT_WINDOW &&
    !clauseBreakBetween(tokens, trigger.end, k, true);
  const isCraft = (k: number) => craftAt(k) || byAt(k);
  if (reading.weapons.some((w) => CRAFT_CATEGORIES.has(w.category) && isCraft(w.start))) return true;
  // "A Myanmar jet flew five kilometres into Tak province": a craft the weapon table names by its model only.
  const last = Math.min(tokens.length, trigger.end + CRAFT_WINDOW + 1);
  for (let k = from; k < last; k++) if (CRAFT_NOUNS.has(tokens[k]!.lower) && isCraft(k)) return true;
  // "an incursion into Polish airspace": the sky is the ground taken.
  for (let k = trigger.end; k < last && tokens[k]!.kind !== 'punct'; k++) {
    if (tokens[k]!.lower === 'airspace') return !clauseBreakBetween(tokens, trigger.end, k);
  }
  return false;
}
/** Weapons that fly as fired: their crossing is the fire told by its own trigger. */
const MUNITION_CATEGORIES: ReadonlySet<string> = new Set(['artillery', 'missile', 'explosive']);
/** Munitions the weapon table names only in the plural or within a longer phrase. */
const MUNITION_NOUNS = new Set([
  'shell',
  'round',
  'rounds',
  'bullet',
  'bullets',
  'projectile',
  'projectiles',
]);

/** Is the subject right before the verb at `triggerStart` (past auxiliaries and "not one") a munition? */
function munitionCrossing(reading: SentenceReading, triggerStart: number): boolean {
  const { tokens } = reading;
  let head = triggerStart - 1;
  while (
    head >= 0 &&
    (PERFECT_AUXILIARIES.has(tokens[head]!.lower) || CROSSING_ADVERBS.has(tokens[head]!.lower))
  )
    head--;
  if (head < 0) return false;
  if (MUNITION_NOUNS.has(tokens[head]!.lower)) return true;
  // "soldiers with rocket launchers crossed": a weapon carried is not the mover.
  return reading.weapons.some(
    (w) =>
      MUNITION_CATEGORIES.has(w.category) &&
      w.start <= head &&
      head - w.start <= 2 &&
      tokens[w.start - 1]?.lower !== 'with' &&
      !clauseBreakBetween(tokens, w.start, head + 1, true),
  );
}
const CROSSING_ADVERBS = new Set(['also', 'reportedly', 'allegedly', 'apparently', 'even', 'ever', 'again']);

/** Craft the weapon table does not name (it has "jets" and "warplanes", not a bare "jet" or "plane"). */
const CRAFT_NOUNS = new Set(['jet', 'plane', 'planes', 'aircraft']);
const CRAFT_WINDOW = 6;

/** Roles of an armed party, whatever its state: "would strike Hezbollah", "hit the rebels". */
const ARMED_ROLES = new Set(['MIL', 'REB', 'OPP']);

function firstPatternInContext(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
): EventPattern | undefined {
  for (const pattern of trigger.values) if (nearWordPresent(reading, trigger, pattern)) return pattern;
  return undefined;
}

function sourceLabel(mention: ActorMention | undefined): string | null {
  if (!mention) return null;
  return mention.actor.org ?? mention.actor.country ?? mention.text;
}

/** Who a sentence says its content comes from: "according to X", "X said", "said X"; one per reporting word. */
export interface Source {
  at: number;
  label: string;
  mention: ActorMention | undefined;
}

/**
 * Sources per sentence, read once (pronouns, events and casualties all ask; actors are final by then).
 * Cached on the reading itself: a WeakMap entry per sentence cost more than reading the sources.
 */
export function findSources(reading: SentenceReading): Source[] {
  reading.sources ??= readSources(reading);
  return reading.sources;
}

/** The mention ends its clause: the sentence or a punctuation mark follows it. */
function closesClause(tokens: readonly Token[], mention: ActorMention | undefined): boolean {
  return !!mention && (mention.end >= tokens.length || tokens[mention.end]!.kind === 'punct');
}

/** Some token before `end` is a quotation mark. */
function quoteBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) if (QUOTE_MARKS.has(tokens[k]!.text)) return true;
  return false;
}

/** The last actor ending within three tokens before `at` ([...actors].reverse().find, without the copy). */
function actorEndingJustBefore(actors: readonly ActorMention[], at: number): ActorMention | undefined {
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.end <= at && a.end >= at - 3) return a;
  }
  return undefined;
}

function readSources(reading: SentenceReading): Source[] {
  const { tokens, actors } = reading;
  const sources: Source[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!REPORTING.has(tokens[k]!.lower)) continue;
    // "struck what New Delhi said was a militant camp": a say framing a noun phrase reports nothing else.
    if (framingSay(tokens, k)) continue;
    if (tokens[k]!.lower === 'according') {
      const after = actors.find((a) => a.start > k && a.start <= k + 8);
      const country = reading.countries.find((c) => c.start > k && c.start <= k + 8);
      if (after) sources.push({ at: k, label: sourceLabel(after)!, mention: after });
      else if (country) sources.push({ at: k, label: country.iso3, mention: undefined });
      continue;
    }
    // "Pakistan's army chief, General Tariq Hussain, said": the side sits before the apposition.
    // "a figure Kyrgyzstan dismissed as invented, saying ...": a participle's speaker is its clause's subject.
    // "Bhutan, which has no diplomatic relations with China, said": the speaker stands before the aside.
    const aside = tokens[k - 1]?.text === ',' ? relativeAsideStart(tokens, k - 2) : -1;
    const beforeAside = aside >= 0 ? actorEndingJustBefore(actors, aside) : undefined;
    const before = PARTICIPLES.has(tokens[k]!.lower)
      ? participleSpeaker(reading, k)
      : tokens[k - 1]?.lower === 'and'
        ? clauseSubject(reading, k - 1)
        : (beforeAside ?? actorEndingJustBefore(actors, k) ?? appositionBefore(reading, k));
    // "said the ministry" names its source after the verb; "adding that X ..." does not.
    const next = tokens[k + 1];
    const previous = tokens[k - 1]?.text ?? '';
    // Inversion follows a quotation ('"...," said the ministry'); "X, a spokesman, said Y had" is not one.
    // "X, a spokesman, said Pakistani forces had fired" is no inversion: after a comma, only a quotation
    // before or a speaker that ends its clause ("..., said the ministry.") makes one.
    const inverted =
      !!next &&
      (next.lower === 'the' || next.cap) &&
      !INVERSION_BLOCKERS.has(next.lower) &&
      INVERSION_MARKS.has(previous) &&
      (previous !== ',' ||
        quoteBefore(tokens, k) ||
        closesClause(
          tokens,
          actors.find((a) => a.start > k && a.start <= k + 3),
        ));
    // '"...," said Zabihullah Naseri, a spokesman for the Taliban administration': the apposition names the side.
    const after = inverted
      ? (actors.find((a) => a.start > k && a.start <= k + 3) ??
        actors.find(
          (a) =>
            a.start > k &&
            a.start <= k + APPOSITION_WINDOW &&
            !a.locative &&
            a.actor.country &&
            tokens.slice(k + 1, a.start).some((t) => t.text === ','),
        ))
      : undefined;
    // A mention inside the quote before an inverted "said" is what was said, not who said it.
    const mention = inverted ? after : (after ?? before);
    if (mention) sources.push({ at: k, label: sourceLabel(mention)!, mention });
  }
  return sources;
}

/** How far before a framing say its "what" may stand ("what the Indian army said was"). */
const FRAMING_REACH = 5;

/** Is the say at `k` one of "what X said was ...", which names a thing rather than reports? */
function framingSay(tokens: readonly Token[], k: number): boolean {
  if (!COPULAS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - FRAMING_REACH); j--) {
    if (tokens[j]!.lower === 'what') return true;
    if (tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

/** Words between a framing say's copula and the act it names: "said was an", "said were repeated". */
const FRAMED_ACT_REACH = 3;

/** Does "what X said was" stand right before the act at `at` ("what it said was an incursion")? */
function framedBySay(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 2; k >= Math.max(0, at - 1 - FRAMED_ACT_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (REPORTING.has(tokens[k]!.lower) && framingSay(tokens, k)) return true;
  }
  return false;
}

/** Words that join a new clause with a speaker of its own: "India struck ..., and Pakistan said it ...". */
const CLAUSE_JOINERS = new Set(['and', 'while', 'but', 'whereas', ';']);
/** "recalled its envoy after Algeria said ...": a speaker after one of these reports its own clause. */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'because',
  'since',
  'until',
  'once',
  'although',
  'though',
]);

/**
 * The source that reports a trigger: the last speaker before it, else the first after it, unless
 * that one opens a clause of its own after "and", "while" or "after" (it reports what follows it, not the trigger).
 */
function sourceOf(sources: readonly Source[], tokens: readonly Token[], at: number): Source | null {
  let before: Source | null = null;
  for (const source of sources) {
    if (source.at < at) before = source;
    else if (before) return before;
    else {
      const start = source.mention?.start ?? source.at;
      const opener = tokens[start - 1]?.lower ?? '';
      // "diplomats and residents said" joins speakers, not clauses: "and" opens a clause after a comma.
      const opens =
        SUBORDINATORS.has(opener) ||
        (CLAUSE_JOINERS.has(opener) && (opener !== 'and' || tokens[start - 2]?.text === ','));
      return start < source.at && opens ? null : source;
    }
  }
  return before;
}

export function findSource(
  reading: SentenceReading,
): { label: string; mention: ActorMention | undefined } | null {
  return findSources(reading)[0] ?? null;
}

/** Per-trigger helpers are loops, not filter/reverse/find chains: they run for every trigger of every sentence. */

/**
 * A verb of saying between a governing trigger and `at` opens a new report: "denied that its troops
 * had fired and said Azerbaijani units had shot" denies the first act only.
 */
function reportBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return wordIn(tokens, from, to, REPORTING);
}

/** The latest governing trigger that reaches `at` (within its window, no clause break between). */
function governorOf(
  governing: readonly Governing[],
  tokens: readonly Token[],
  at: number,
): Governing | undefined {
  for (let k = governing.length - 1; k >= 0; k--) {
    const g = governing[k]!;
    // "accused X of laying mines, which Cambodia denied, and downgraded relations": a closed relative
    // clause governs nothing after it, and what follows it is a new predicate no earlier verb governs.
    if (closedRelative(tokens, g.end, at)) return undefined;
    // "said it would respond in kind, and later recalled its ambassadors": a verb in the past after
    // ", and" is a new predicate of the subject, not what the governing verb speaks of.
    if (conjoinedPast(tokens, g.end, at)) return undefined;
    // "Despite repeated calls for restraint, both nations have traded blame": an opening phrase ends
    // at its comma, and what it holds governs nothing in the main clause.
    if (OPENING_PHRASE_WORDS.has(tokens[0]?.lower ?? '') && wordIn(tokens, g.end, at, COMMA))
      return undefined;
    // "demanded an apology from Cameroon and ordered troops on alert": what is demanded or called
    // for is never told in the past, so a past verb after "and" is the subject's next predicate.
    if (g.pattern.governs === 'absorb' && tokens[at - 1]?.lower === 'and' && isPastVerb(tokens[at]!.lower))
      return undefined;
    // "accused Cambodia of shelling villages and closed the border": a charge told in the gerund goes
    // on in the gerund ("and of killing", "and killing"); a finite past verb is the accuser's next predicate.
    if (
      g.pattern.governs === 'allege' &&
      tokens[at - 1]?.lower === 'and' &&
      isPastVerb(tokens[at]!.lower) &&
      gerundChargeAfter(tokens, g.end, at) &&
      !wordIn(tokens, g.end, at, PERFECT_AUXILIARIES)
    )
      return undefined;
    // "denied sheltering militants and instead accused Pakistan": "and" with an adverb of contrast or
    // sequence opens the subject's next predicate, which the verb before does not govern.
    if (
      tokens[at - 2]?.lower === 'and' &&
      PREDICATE_ADVERBS.has(tokens[at - 1]?.lower ?? '') &&
      isPastVerb(tokens[at]!.lower)
    )
      return undefined;
    // "accused Rwanda of blocking its goods at their shared border and of killing two people": a
    // second charge after "and of" is as far as the first.
    const secondCharge =
      g.pattern.governs === 'allege' && tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.lower === 'and';
    if (
      at - g.end <= (secondCharge ? 2 * GOVERN_WINDOW : GOVERN_WINDOW) &&
      !clauseBreakBetween(tokens, g.end, at) &&
      !reportBetween(tokens, g.end, at)
    )
      return g;
  }
  return undefined;
}

/** Words between an accusing verb and the "of" of its charge: "accused the Cambodian army of". */
const CHARGE_OF_REACH = 6;

/** Is the charge an accusing verb ending at `from` makes told in the gerund ("of shelling"), before `to`? */
function gerundChargeAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to - 1, from + CHARGE_OF_REACH); k++)
    if (tokens[k]!.lower === 'of') return isGerund(tokens[k + 1]!.lower);
  return false;
}

/** Adverbs between "and" and a subject's next verb: "and instead accused", "and later recalled". */
const PREDICATE_ADVERBS = new Set(['instead', 'then', 'later', 'also', 'subsequently', 'yet']);

/** Words that open a sentence's adverbial phrase, ended by a comma: "Despite calls for restraint, ...". */
const OPENING_PHRASE_WORDS = new Set(['despite', 'amid', 'notwithstanding']);
const COMMA = new Set([',']);

/** ", and [adverb] recalled": a comma and "and" between, then a past tense at `at`. */
function conjoinedPast(tokens: readonly Token[], from: number, at: number): boolean {
  if (!isPastVerb(tokens[at]!.lower)) return false;
  for (let k = from; k < at - 1; k++)
    if (tokens[k]!.text === ',' && tokens[k + 1]!.lower === 'and') return true;
  return false;
}

/** The word before a mention, past a point of the compass ("in southern Lebanon" gives "in"). */
export function wordBeforeMention(tokens: readonly Token[], start: number): string {
  const before = tokens[start - 1]?.lower ?? '';
  // "armed men in neighboring Venezuela": past the adjective to the preposition.
  return COMPASS_WORDS.has(before) || NEIGHBOUR_ADJECTIVES.has(before)
    ? (tokens[start - 2]?.lower ?? '')
    : before;
}

const NEIGHBOUR_ADJECTIVES = new Set(['neighboring', 'neighbouring', 'nearby']);

function subjectBefore(tokens: readonly Token[], a: ActorMention, triggerAt: number): boolean {
  return (
    a.end <= triggerAt &&
    !a.locative &&
    // "the SPLA, backed by JEM fighters, attacked": rebels backing an army are not its subject; a
    // state backing gunmen ("gunmen backed by Ethiopian forces opened fire") stands for them.
    !(inBackingAside(tokens, a.start) && (!a.actor.country || NON_STATE_ROLES.has(a.actor.role))) &&
    (!OBJECT_PREPOSITIONS.has(wordBeforeMention(tokens, a.start)) ||
      withParticiple(tokens, a, triggerAt) ||
      sidesOfGroup(tokens, a) ||
      affiliateOf(tokens, a.start)) &&
    !insideRelativeClause(tokens, a, triggerAt) &&
    !possessiveApposition(tokens, a, triggerAt) &&
    !reportedOwner(tokens, a, triggerAt) &&
    !postedTo(tokens, a.start) &&
    // "issuing anti-Pyongyang propaganda broadcasts": what a thing is against does not act.
    !(tokens[a.start - 1]?.text === '-' && tokens[a.start - 2]?.lower === 'anti') &&
    !inRestrictiveRelative(tokens, a.start) &&
    !regionOwner(tokens, a.start) &&
    !speakerOf(tokens, a, triggerAt) &&
    // "Guyana condemned an attack on six soldiers": who comments on an act did not do it.
    !judgedAct(tokens, a.end, triggerAt) &&
    !subordinateBetween(tokens, a.end, triggerAt) &&
    // '"Georgia is under Russian military attack," he said, and called up reservists': what a
    // quotation names does not act outside it.
    !(insideQuote(tokens, a.start) && !insideQuote(tokens, triggerAt))
  );
}

/** Is the trigger at `at` the deed an accusation names: "of threatening", "of openly threatening"? */
function allegedDeedAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.lower ?? '';
  return before === 'of' || (before.endsWith('ly') && tokens[at - 2]?.lower === 'of');
}

/** Participles before "by" that name a subject's backers: "units of the army, backed by JEM fighters, attacked". */
const BACKING_PARTICIPLES = new Set([
  'backed',
  'supported',
  'aided',
  'helped',
  'joined',
  'accompanied',
  'assisted',
]);
/** Words back from a mention within which its "backed by" is looked for. */
const BACKING_REACH = 12;

/**
 * Is the mention at `start` inside a ", backed by ..." aside (its backers, not the subject), or a
 * ", including ..." one ("the Congolese army and its allies, including the FDLR militia, had fired")?
 */
function inBackingAside(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 1 && k >= start - BACKING_REACH; k--) {
    if (tokens[k]!.text === ',') return false;
    if (tokens[k]!.lower === 'by' && BACKING_PARTICIPLES.has(tokens[k - 1]!.lower)) return true;
    if (tokens[k]!.lower === 'including' && tokens[k - 1]!.text === ',') return true;
  }
  return false;
}

/** Prepositions of where something happened: "reached in Kuala Lumpur", "talks at Doha". */
/** Prepositions after which a state is a place whatever its mention (for acts that are not force). */
const PLACE_PREPOSITIONS = new Set(['in', 'at']);
const WHERE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'via']);

/** Nouns of a place that lies between two states: "the crossing between A and B". */
const BETWEEN_PLACES = new Set([
  'crossing',
  'border',
  'frontier',
  'bridge',
  'line',
  'road',
  'corridor',
  'boundary',
]);

/** Tokens back from a mention within which the "between" of a fight's sides is looked for. */
const SIDES_REACH = 6;

/** Is the mention at `at` one of the sides ("between A and B") of a fight named after `trigger`? */
function otherFightsSides(reading: SentenceReading, trigger: TrieMatch<EventPattern>, at: number): boolean {
  const { tokens } = reading;
  for (let k = at - 1; k >= Math.max(trigger.end, at - SIDES_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (tokens[k]!.lower !== 'between') continue;
    return reading.triggers.some(
      (t) => t.start >= trigger.end && t.end === k && t.values.some((p) => p.fight),
    );
  }
  return false;
}

/** Is the mention at `at` one of the two states a place lies between ("the crossing between A and B")? */
function betweenPlace(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 6); k--) {
    const word = tokens[k]!.lower;
    if (word === 'between') return BETWEEN_PLACES.has(tokens[k - 1]!.lower);
    if (word === ',' || tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** "with Kyrgyzstan accusing Tajikistan": after "with", a mention right before an -ing verb is its subject. */
function withParticiple(tokens: readonly Token[], a: ActorMention, triggerAt: number): boolean {
  // "with both sides using rifles" describes a fight told already: only one side's act is news.
  return (
    tokens[a.start - 1]?.lower === 'with' &&
    !a.mutual &&
    a.end === triggerAt &&
    tokens[triggerAt]!.lower.endsWith('ing')
  );
}

/** People a group of both sides is made of: "local authorities on both sides met". */
const GROUP_NOUNS = new Set([
  'authorities',
  'officials',
  'commanders',
  'leaders',
  'ministers',
  'delegations',
  'representatives',
  'guards',
  'troops',
  'forces',
  'soldiers',
]);

/** Is a mutual mention the sides of a group named before it ("officials on both sides", "commanders from the two countries")? */
function sidesOfGroup(tokens: readonly Token[], a: ActorMention): boolean {
  const before = tokens[a.start - 1]?.lower ?? '';
  return (
    !!a.mutual &&
    (before === 'on' || before === 'from' || before === 'of') &&
    GROUP_NOUNS.has(tokens[a.start - 2]?.lower ?? '')
  );
}

/** Prepositions that place a group in a state: "armed men in neighboring Venezuela", "gunmen from Syria". */
const PLACING_PREPOSITIONS = new Set(['in', 'from']);

/** The state named right after `at` behind one of `prepositions` (past an article or "neighboring"). */
function stateRightAfter(
  reading: SentenceReading,
  at: number,
  prepositions: ReadonlySet<string>,
): ActorMention | undefined {
  if (!prepositions.has(reading.tokens[at]?.lower ?? '')) return undefined;
  return reading.actors.find(
    (a) =>
      a.start > at &&
      a.start <= at + 2 &&
      !!a.actor.country &&
      wordBeforeMention(reading.tokens, beforeArticleStart(reading.tokens, a.start)) ===
        reading.tokens[at]!.lower,
  );
}

/** Where a mention starts counting its article: "the" before it, if any. */
function beforeArticleStart(tokens: readonly Token[], start: number): number {
  return tokens[start - 1]?.lower === 'the' ? start - 1 : start;
}

/** Pronouns of a relative clause, looked for this far before an allegation word. */
const CLAUSE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);
const RELATIVE_CUE_REACH = 3;

/** Verbs of a fight coming to an end: "fighting paused", "the clashes subsided". */
const ENDING_VERBS = new Set([
  'paused',
  'stopped',
  'ended',
  'ceased',
  'halted',
  'subsided',
  'eased',
  'abated',
]);
/** Words from a fight noun to the verb of its ending: "fighting near Kibumba has eased". */
const ENDING_REACH = 5;

/** Does the verb after the fight noun ending at `end` tell the fight ending? */
function fightEnding(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + ENDING_REACH); k++) {
    const word = tokens[k]!.lower;
    // "declare war 'has come to an end'": past the quotation mark of the words quoted.
    if (QUOTE_MARKS.has(tokens[k]!.text) || tokens[k]!.text === "'") continue;
    if (tokens[k]!.kind === 'punct') return false;
    if (ENDING_VERBS.has(word)) return true;
    // "the war has come to an end", "the war is over".
    if (word === 'come' && tokens[k + 1]?.lower === 'to' && tokens[k + 3]?.lower === 'end') return true;
    if (word === 'over' && COPULAS_OF_END.has(tokens[k - 1]?.lower ?? '')) return true;
    if (isPastVerb(word) && !PERFECT_AUXILIARIES.has(word)) return false;
  }
  return false;
}

/** "The war is over", "the fighting was over". */
const COPULAS_OF_END = new Set(['is', 'was', 'are', 'were']);
/** Words back from a fight noun within which the end of it may be told: "the end of the 20-year old war". */
const ENDED_REACH = 7;
/** Words that tell the end of the fight noun after them: "the end of", "ended the", "an end to". */
const END_WORDS = new Set(['end', 'ended', 'ending', 'ends']);

/**
 * Is the fight noun at `at` one whose end is told ("signaled the end of the 20-year old war",
 * "pledged to end the war", "put an end to the fighting")? An ended fight is no new one.
 */
function fightEnded(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - ENDED_REACH); k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && token.text !== '-' && !QUOTE_MARKS.has(token.text)) return false;
    // "the end of the truce led to clashes", "by the end of the week fighting had resumed": what
    // ends is another thing, and the fight is told after it.
    if (isPastVerb(token.lower) || ENDED_OTHER_NOUNS.has(token.lower)) return false;
    if (END_WORDS.has(token.lower)) return true;
  }
  return false;
}

/** Nouns whose end, told before a fight noun, is their own: "the end of the truce", "of the week". */
const ENDED_OTHER_NOUNS = new Set([
  'truce',
  'ceasefire',
  'talks',
  'meeting',
  'summit',
  'visit',
  'day',
  'week',
  'month',
  'night',
  'session',
  'deadline',
]);

/** "Poland's military reported 19 airspace violations": who records hostile acts suffered them. */
const RECORDING_VERBS = new Set([
  'reported',
  // "Cambodia reports airstrikes despite ceasefire agreement".
  'reports',
  'recorded',
  'records',
  'registered',
  'documented',
  'logged',
]);

/** The state that records a hostile act told as its verb's object: "Poland's military reported 19 airspace violations". */
function recorderOf(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  triggerAt: number,
): ActorMention | undefined {
  for (let k = triggerAt - 1; k >= Math.max(0, triggerAt - RECORDED_OBJECT_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return undefined;
    if (!RECORDING_VERBS.has(tokens[k]!.lower)) continue;
    return actors.find((a) => a.end === k && !!a.actor.country && !a.locative);
  }
  return undefined;
}
/** Words between a recording verb and the act it records: "reported 19 separate airspace violations". */
const RECORDED_OBJECT_REACH = 5;

/** Verbs of judging or looking into an act: their subject is not its doer (nor, by judgedAct, that of recording verbs). */
const JUDGING_VERBS = new Set([
  'condemned',
  'condemns',
  'condemning',
  'denounced',
  'denounces',
  'deplored',
  // "Guatemala protested the killing of a boy in a shooting involving Belizean soldiers".
  'protested',
  'protesting',
  'decried',
  'regretted',
  'investigating',
  'investigate',
  'investigated',
  'investigates',
  'probing',
  'probed',
  'mourned',
  'mourning',
  // "reiterated its opposition to Kurdish parties using its territory to launch attacks".
  'opposition',
  'opposes',
  'opposed',
  // "provided a video that showed smoke rising from an explosion": who shows an act did not do it.
  'showed',
  'shows',
  'showing',
  'depicted',
  'footage',
]);

/**
 * Is the act at `to` the object of a judging verb after `from` ("condemned an attack on six
 * soldiers"), not a verb joined to it ("condemned the attack and shelled")?
 */
function judgedAct(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const word = tokens[k]!.lower;
    if (word === 'and' || word === ',') return false;
    if (JUDGING_VERBS.has(word)) return true;
    // "Poland's military reported 19 airspace violations" (not "reported that the body issued calls").
    if (RECORDING_VERBS.has(word)) return to - k <= RECORDED_OBJECT_REACH && tokens[k + 1]?.lower !== 'that';
  }
  return false;
}

/** Nouns of a part of a state: "the Qalamun region of Syria". */
const REGION_NOUNS = new Set(['region', 'province', 'district', 'area', 'territory', 'part', 'mountains']);

/**
 * Is the mention at `start` the state a region named before it lies in ("gunmen coming from the
 * Qalamun region of Syria attacked")? A place's owner, not the subject.
 */
function regionOwner(tokens: readonly Token[], start: number): boolean {
  const before = beforeArticle(tokens, start);
  return tokens[before]?.lower === 'of' && REGION_NOUNS.has(tokens[before - 1]?.lower ?? '');
}

/** Participles that tie a group to the one it serves: "a group affiliated with Hezbollah". */
const AFFILIATION_PARTICIPLES = new Set([
  'affiliated',
  'linked',
  'allied',
  'loyal',
  'aligned',
  'tied',
  'connected',
]);

/**
 * Is the mention at `start` the body a group serves ("a group affiliated with Hezbollah abducted",
 * "gunmen loyal to the general attacked")? Then it stands for the group as its subject.
 */
function affiliateOf(tokens: readonly Token[], start: number): boolean {
  const before = beforeArticle(tokens, start);
  const word = tokens[before]?.lower;
  return (word === 'with' || word === 'to') && AFFILIATION_PARTICIPLES.has(tokens[before - 1]?.lower ?? '');
}

/** Subordinators that open a clause of their own before its verb: "a day after a landmine blast wounded". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'because', 'although', 'though', 'once']);
/**
 * Openers of a clause of time only after a verb's participle: "One Thai soldier was injured as
 * gunfire continued" (not "work such as laying mines").
 */
const AFTER_VERB_OPENERS = new Set(['as', 'while']);

/**
 * Does a subordinate clause open between a mention and a trigger, and run on to it (no comma
 * closes it first)? Then the trigger is that clause's verb, and the mention is not its subject:
 * "Thailand recalled its ambassador, a day after a landmine blast wounded five soldiers". A
 * parenthesis closed by a comma ("Armenia, after weeks of talks, agreed") leaves the subject.
 */
function subordinateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  // "agreed after talks to withdraw": an infinitive is the main verb's complement.
  if (tokens[to - 1]?.lower === 'to') return false;
  let opened = false;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    if (
      CLAUSE_OPENERS.has(word) ||
      (AFTER_VERB_OPENERS.has(word) && isParticiple(tokens[k - 1]?.lower ?? ''))
    )
      opened = true;
    // A comma closes the clause; an infinitive after it ("agreed after talks to de-escalate and
    // withdraw") is the main verb's complement.
    else if (word === ',' || word === 'to') opened = false;
  }
  return opened;
}

/** Addressees of an appeal that are no party: "urged the media", "called on the public". */
const PUBLIC_ADDRESSEES = new Set(['media', 'press', 'public', 'journalists', 'reporters']);

/** Is the mention the state of a border something happened near ("near the Afghan border")? */
function nearBorderMention(tokens: readonly Token[], mention: { start: number; end: number }): boolean {
  const article = tokens[mention.start - 1]?.lower === 'the' ? mention.start - 1 : mention.start;
  const before = tokens[article - 1]?.lower ?? '';
  const nearWord =
    before === 'near' || before === 'along' || (before === 'to' && tokens[article - 2]?.lower === 'close');
  return nearWord && BORDER_NOUNS.has(tokens[mention.end]?.lower ?? '');
}

/** Subordinators that tell of an act other than the main clause's: "after rockets were fired". */
const OTHER_ACT_OPENERS = new Set(['after', 'before', 'because']);

function otherActBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OTHER_ACT_OPENERS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Participles that tell a fight's toll: ", killing three Israeli civilians". */
const TOLL_PARTICIPLES = new Set(['killing', 'wounding', 'injuring']);
/** Tokens after a fight within which its toll's participle is looked for, and after that its victims. */
const TOLL_PARTICIPLE_REACH = 30;
const TOLL_VICTIM_REACH = 5;

/** The victims, of a state other than the actor's, that a toll participle after `from` names. */
function participleVictims(
  reading: SentenceReading,
  from: number,
  actor: ActorMention | undefined,
): ActorMention | undefined {
  const { tokens } = reading;
  const end = Math.min(tokens.length, from + TOLL_PARTICIPLE_REACH);
  for (let k = from; k < end; k++) {
    const word = tokens[k]!.lower;
    const toll = TOLL_PARTICIPLES.has(word) && tokens[k - 1]?.text === ',';
    // Another act between the two has a toll of its own.
    if (word === ';' || word === '.' || (!toll && reading.triggers.some((t) => t.start === k)))
      return undefined;
    if (!toll) continue;
    return reading.actors.find(
      (a) =>
        a.start > k &&
        a.start <= k + TOLL_VICTIM_REACH &&
        !a.locative &&
        !!a.actor.country &&
        a.actor.country !== actor?.actor.country,
    );
  }
  return undefined;
}

/** Prepositions whose object a fight noun is: "at sources of shelling from", "in response to fire from". */
const NOUN_OBJECT_PREPOSITIONS = new Set(['of', 'at', 'to']);

/**
 * Words that may stand between a subject and its verb: "Tajik guards had reportedly killed", and
 * the munition a state's mention names with its clause ("a Syrian mortar bomb (that) killed five").
 */
const SUBJECT_VERB_FILLERS = new Set([...RELATIVE_FILLERS, ...MUNITION_HEADS, ...SUBJECT_RELATIVES]);

/** Tokens back from a mention within which "between" makes it one of a pair of objects. */
const BETWEEN_REACH = 4;

/** Is `mention` the subject right before the verb at `at`, or the accused of an "of" gerund there? */
function subjectRightBefore(
  tokens: readonly Token[],
  mention: ActorMention | undefined,
  at: number,
): boolean {
  if (!mention || mention.start >= at || betweenPlace(tokens, mention.start)) return false;
  // "Artillery exchanges between Indian and Pakistani troops killed": the object of a preposition,
  // unless a relative clause makes it its subject ("in retaliation for a Syrian mortar bomb that killed").
  const before = wordBeforeMention(tokens, mention.start);
  if (
    (before === 'of' || before === 'from' || OBJECT_PREPOSITIONS.has(before)) &&
    !wordIn(tokens, mention.end, at, SUBJECT_RELATIVES) &&
    // "Dozens of Serb gunmen killed": a count of the subject, not a preposition's object.
    !(before === 'of' && QUANTITY_HEADS.has(tokens[mention.start - 2]?.lower ?? ''))
  )
    return false;
  for (let k = mention.start - 1; k >= 0 && mention.start - k <= BETWEEN_REACH; k--) {
    if (tokens[k]!.kind === 'punct') break;
    if (tokens[k]!.lower === 'between') return false;
  }
  if (tokens[at - 1]?.lower === 'of') return true;
  // "Serb gunmen dressed in combat uniforms killed": past what the subject wore.
  if (DRESS_PARTICIPLES.has(tokens[mention.end]?.lower ?? '') && at - mention.end <= DRESS_REACH) {
    let plain = true;
    for (let m = mention.end; m < at && plain; m++) plain = tokens[m]!.kind !== 'punct';
    if (plain) return true;
  }
  let k = at - 1;
  while (k >= mention.end && SUBJECT_VERB_FILLERS.has(tokens[k]!.lower)) k--;
  return k === mention.end - 1;
}

/** Counts of people before "of": "Dozens of Serb gunmen", "a group of Afghan soldiers". */
const QUANTITY_HEADS = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'group',
  'groups',
  'unit',
  'band',
]);
/** Participles of what a subject wore between it and its verb ("gunmen dressed in combat uniforms killed"). */
const DRESS_PARTICIPLES = new Set(['dressed', 'wearing', 'clad']);
const DRESS_REACH = 6;

function firstSubjectBefore(
  actors: readonly ActorMention[],
  tokens: readonly Token[],
  triggerAt: number,
): ActorMention | undefined {
  for (const a of actors) if (subjectBefore(tokens, a, triggerAt)) return a;
  return undefined;
}

/**
 * The last mention before a trigger that may be its subject or, when `subject` is false, the last
 * that does not report the trigger (a passive's target).
 */
function lastMentionBefore(
  actors: readonly ActorMention[],
  tokens: readonly Token[],
  triggerAt: number,
  subject: boolean,
): ActorMention | undefined {
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (
      subject ? subjectBefore(tokens, a, triggerAt) : a.end <= triggerAt && !speakerOf(tokens, a, triggerAt)
    )
      return a;
  }
  return undefined;
}

/** The sentence's subject, for a gerund right after "after" or "before" ("days after closing it"). */
function subjectOfTimedGerund(reading: SentenceReading, at: number): ActorMention | undefined {
  const { tokens } = reading;
  const word = tokens[at - 1]?.lower;
  if ((word !== 'after' && word !== 'before') || !tokens[at]!.lower.endsWith('ing')) return undefined;
  const subject = reading.actors[0];
  return subject && subject.start < at && subject.actor.country && !subject.locative ? subject : undefined;
}

/** Tokens after an occupying verb within which "from" names the state the ground was taken from. */
const TAKEN_FROM_REACH = 6;

/** The state after "from" past the ground taken ("captured the West Bank from Jordan"), if any. */
function takenFrom(reading: SentenceReading, end: number): ActorMention | undefined {
  const { tokens } = reading;
  for (let k = end; k < Math.min(tokens.length, end + TAKEN_FROM_REACH); k++) {
    const word = tokens[k]!.lower;
    if (word === ',' || word === ';') return undefined;
    if (word === 'from') return reading.actors.find((a) => a.start === k + 1 && !!a.actor.country);
  }
  return undefined;
}

/**
 * Is the fight noun at `at` introduced by "in a" after a fight of the sentence between a state and
 * armed men of no state ("killed five smugglers and wounded others in a clash")?
 */
function foughtNamedAfter(
  tokens: readonly Token[],
  at: number,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): boolean {
  return (
    tokens[at - 2]?.lower === 'in' &&
    (tokens[at - 1]?.lower === 'a' || tokens[at - 1]?.lower === 'an') &&
    !!actor?.actor.country &&
    !!target &&
    !target.actor.country &&
    ARMED_NON_STATE_ROLES.has(target.actor.role)
  );
}

/** Is "days to leave" told in a passive of giving ("had been given seven days to leave")? */
function givenPassiveBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.kind === 'num' || NUMBER_WORDS.has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'given' && PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '');
}

/** "by" or "from" among the last token of a passive trigger and the three after it. */
function agentMarkerAt(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): number | undefined {
  for (let k = trigger.end - 1; k <= trigger.end + 2; k++)
    if (k >= trigger.start && AGENT_MARKERS.has(tokens[k]?.lower ?? '')) return k;
  return undefined;
}

/** An act read earlier in the sentence, for the acts told with it: where it ends and its sides. */
interface ToldAct {
  end: number;
  actor: ActorMention | undefined;
  target: ActorMention | undefined;
}

interface Governing {
  end: number;
  pattern: EventPattern;
  actor: ActorMention | undefined;
  /** "denies the accusations": a charge noun its actor rejects, so its actor is the one accused. */
  rejectedCharge?: boolean;
  /** The accuser of a rejected charge told by its adjective ("Thai accusations"); `actor` is then the denier. */
  accuser?: ActorMention;
}

/** Prepositions before the state a protest or complaint is lodged with: "lodged a protest with Beijing". */
const ADDRESSEE_PREPOSITIONS = new Set(['with', 'to']);
/** Roots of what is lodged with a state: complaints (11) and protests (14). */
const LODGED_CODES = new Set(['11', '14']);

/** Superlatives that rank a fight among others ("the worst clash since 2015", "the deadliest fighting in years"). */
const RANKING_SUPERLATIVES = new Set([
  'worst',
  'deadliest',
  'heaviest',
  'fiercest',
  'bloodiest',
  'biggest',
  'largest',
  'serious',
  'first',
]);

/** "It is", "This was": a sentence that opens by pointing back at what was told. */
function pointsBack(tokens: readonly Token[], before: number): boolean {
  const subject = tokens[0]?.lower;
  return before > 2 && (subject === 'it' || subject === 'this') && COPULAS.has(tokens[1]?.lower ?? '');
}

/** Is the fight word at `trigger` a ranked noun ("in the worst clash since ...") comparing with other times? */
function rankedFightNoun(tokens: readonly Token[], trigger: TrieMatch<EventPattern>): boolean {
  // "the worst border fighting between the two countries in four decades": past one modifier.
  const modified = RANKED_FIGHT_MODIFIERS.has(tokens[trigger.start - 1]?.lower ?? '');
  const before = tokens[trigger.start - (modified ? 2 : 1)]?.lower ?? '';
  const after = tokens[trigger.end]?.lower ?? '';
  return RANKING_SUPERLATIVES.has(before) && RANKED_FIGHT_SEQUELS.has(after);
}

/** Words between a superlative and the fight noun it ranks: "the worst border fighting". */
const RANKED_FIGHT_MODIFIERS = new Set(['border', 'armed', 'military', 'frontier', 'major', 'such']);
/** Words after a ranked fight noun that rank it against others: "since 2015", "in years", "between the two". */
const RANKED_FIGHT_SEQUELS = new Set(['since', 'in', 'for', 'between']);

/** Allegation words that may qualify a noun ("alleged militant hideouts"). */
const ALLEGATION_ADJECTIVES = new Set(['alleged', 'purported']);

/** Words from "responsibility for" to the act claimed: "claimed responsibility for the deadly attack". */
const CLAIMED_ACT_REACH = 4;

/** Is the act at `at` claimed ("claimed responsibility for an attack") by no state's mention? */
function unnamedClaimant(reading: SentenceReading, at: number): boolean {
  const { tokens, actors } = reading;
  for (let k = at - 1; k >= Math.max(2, at - CLAIMED_ACT_REACH); k--) {
    if (tokens[k]!.lower !== 'for' || tokens[k - 1]!.lower !== 'responsibility') continue;
    let verb = k - 2;
    if (!CLAIM_VERBS.has(tokens[verb]?.lower ?? '')) return false;
    // "has claimed": the claimant ends before the auxiliary.
    if (PERFECT_AUXILIARIES.has(tokens[verb - 1]?.lower ?? '')) verb--;
    return !actors.some((a) => a.end === verb && (a.actor.country || a.actor.org));
  }
  return false;
}
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming']);

/** One state of a pair read as one mention ("Saudi Arabia and Qatar"), in the pair's role unless told. */
function memberOfPair(pair: ActorMention, country: Iso3, role: ActorRole = pair.actor.role): ActorMention {
  return { ...pair, actor: { country, role }, mutual: false, pair: undefined };
}

/** Does an absolute phrase (", with the group claiming ...") open between `from` and `to`? */
function absolutePhraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (tokens[k]!.lower === 'with' && tokens[k - 1]!.text === ',') return true;
  return false;
}

/** Is an allegation cue an adjective before a noun ("alleged bases"), not a verb ("alleged that")? */
function attributiveAllegation(tokens: readonly Token[], cue: TrieMatch<Cue>): boolean {
  if (cue.end - cue.start !== 1 || !ALLEGATION_ADJECTIVES.has(tokens[cue.start]!.lower)) return false;
  const next = tokens[cue.end];
  return next?.kind === 'word' && !NOT_NOUN_AFTER_ALLEGED.has(next.lower);
}
/** Words after "alleged" that make it a verb: "alleged that", "alleged to have", "alleged by". */
const NOT_NOUN_AFTER_ALLEGED = new Set(['that', 'to', 'by', 'in', 'on', 'the', 'a', 'an']);

/**
 * Who names the act at the trigger a denunciation: the teller of a naming participle after a
 * report ("..., the Estonian government said, calling it an incursion"), the subject of a calling
 * verb ("when Somalia called Ethiopia's memorandum ... an act of aggression"), or the pronoun of
 * "what it called" standing for the source.
 */
function namerOf(
  reading: SentenceReading,
  sources: readonly Source[],
  source: Source | null,
  /** The pattern is the one the trigger matched (not a denunciation it was turned into). */
  unchanged: boolean,
  trigger: TrieMatch<EventPattern>,
  pattern: EventPattern,
  namingVerb: number,
): ActorMention | undefined {
  const { tokens, actors } = reading;
  const namedAt =
    namingVerb >= 0
      ? namingVerb
      : unchanged && pattern.type === 'condemnation'
        ? namingVerbBefore(
            tokens,
            // "an act of aggression": the phrase's own article is the one before the complement.
            ARTICLES.has(tokens[trigger.start]!.lower) ? trigger.start + 1 : trigger.start,
            DENOUNCED_OBJECT_REACH,
          )
        : -1;
  // "the Taliban administration said, vowing to retaliate for what it called a 'barbaric' attack":
  // the pronoun naming the deed is the teller.
  const pronounNamer =
    namedAt > 1 &&
    PRONOUN_MENTIONS.has(tokens[namedAt - 1]!.lower) &&
    tokens[namedAt - 2]?.lower === 'what' &&
    (source?.mention?.actor.country || source?.mention?.mutual)
      ? source.mention
      : undefined;
  return (
    pronounNamer ??
    (namedAt > 1 && tokens[namedAt - 1]!.text === ','
      ? (sources.find((s) => s.at === namedAt - 2 && s.mention?.actor.country)?.mention ??
        (namingVerb < 0 && isGerund(tokens[namedAt]!.lower)
          ? firstSubjectBefore(actors, tokens, namedAt)
          : undefined))
      : namingVerb < 0 && namedAt > 0
        ? lastMentionBefore(actors, tokens, namedAt, true)
        : undefined)
  );
}

/** The actor and target a helper of readEvents settles on. */
interface Sides {
  actor: ActorMention | undefined;
  target: ActorMention | undefined;
}

/**
 * The sides of a fight told with its dead before "in" ("Afghan forces killed 23 Pakistani soldiers in
 * an attack", "Two Indian soldiers were killed in Pakistani shelling"): the dead of a state are its
 * target, their killers before them its actor. Null when killers of no state make it an internal fight.
 */
function victimSides(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
  inAt: number,
  lead: ActorMention,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): Sides | null {
  const { tokens, actors } = reading;
  let actorMention = actor;
  let targetMention = target;
  // "killed 23 Pakistani soldiers and two civilians": the victims of a state are its target.
  const last = lead;
  const and = figureStart(tokens, last.start) - 1;
  const coordinated = tokens[and]?.lower === 'and' ? actors.find((a) => a.end === and) : undefined;
  const victims = !last.actor.country && coordinated?.actor.country ? coordinated : last;
  const verb = killedBefore(tokens, last.start, actors);
  const killer =
    verb < 0
      ? undefined
      : actors.findLast((a) => a.end <= verb && a.actor.country && a.actor.country !== victims.actor.country);
  // "the rebels said they had killed dozens of Malian soldiers in three days of fighting": killers
  // of no state make the fight an internal one.
  const armedGroup =
    verb < 0
      ? undefined
      : actors.findLast((a) => a.end <= verb && !a.actor.country && NON_STATE_ROLES.has(a.actor.role));
  if (killer) {
    targetMention = victims;
    actorMention = killer;
  } else if (armedGroup) return null;
  else if (casualtyVerbBetween(tokens, victims.end, inAt) || struckBetween(tokens, victims.end, inAt)) {
    const own = actors.find(
      (a) =>
        a.start > inAt &&
        a.end <= trigger.start &&
        a.actor.country &&
        a.actor.country !== victims.actor.country,
    );
    if (victims.actor.country) {
      targetMention = victims;
      actorMention = own;
    } else if (own) {
      // "three civilians were wounded on Thursday in Israeli air strikes": victims of no state
      // named; the act's adjective still names who struck.
      actorMention = own;
      if (targetMention === own) targetMention = undefined;
    }
  }
  return { actor: actorMention, target: targetMention };
}

/**
 * The sides of an act whose agent is named after "by" (or "blamed on") at `byAt`: "an ambush by
 * Ethiopian forces", "by India's Border Security Force", or a doer of no state ("carried out by
 * terrorist organisations"). Returns the sides it settles on.
 */
function agentSides(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
  byAt: number,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): Sides {
  const { tokens, actors } = reading;
  let actorMention = actor;
  let targetMention = target;
  const ofAt = pastMembers(tokens, byAt);
  // "by the Indian BSF": past the state's adjective to its organ.
  const named = actors.find(
    (a) =>
      a.start > ofAt &&
      a.actor.country &&
      (a.start <= ofAt + 2 ||
        (a.start === ofAt + 3 &&
          reading.countries.some(
            (c) => c.end === a.start && c.start === ofAt + 2 && c.iso3 === a.actor.country,
          ))),
  );
  // "by India's Border Security Force": the state's organ, not the state.
  const organ =
    named && tokens[named.end]?.lower === "'s"
      ? actors.find((a) => a.start === named.end + 1 && a.actor.country === named.actor.country)
      : undefined;
  const agent = organ ?? named;
  // "Turkey said attacks of this kind were carried out by terrorist organisations": a doer
  // named, of no state; the subject before the deed only tells of it.
  const statelessDoer =
    !agent &&
    DEED_PARTICIPLES.has(tokens[tokens[byAt - 1]?.lower === 'out' ? byAt - 2 : byAt - 1]?.lower ?? '') &&
    (tokens[byAt + 1]?.kind === 'word' || tokens[byAt + 2]?.kind === 'word');
  if (statelessDoer && actorMention && actorMention.end <= trigger.start) actorMention = undefined;
  if (agent && agent.actor.country !== actorMention?.actor.country) {
    if (actorMention?.actor.country && (!targetMention || targetMention === agent))
      targetMention = actorMention;
    else if (targetMention === agent) targetMention = undefined;
    actorMention = agent;
  }
  return { actor: actorMention, target: targetMention };
}

/**
 * The sides of an airspace violation: the state whose airspace is named inside the trigger is its
 * target ("violated its airspace"), and no state violates its own. Returns the sides it settles on.
 */
function airspaceSides(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
  subject: ActorMention | undefined,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): Sides {
  const { tokens, actors } = reading;
  let actorMention = actor;
  let targetMention = target;
  const owner = actors.find(
    (a) =>
      a.start >= trigger.start &&
      a.end <= trigger.end &&
      !!a.actor.country &&
      a.actor.country !== actorMention?.actor.country,
  );
  if (owner) targetMention = owner;
  // "Pakistan issued a condemnation of the violation of its airspace": no state violates its own
  // airspace; the violator is the other side.
  const own = actorMention === subject ? actorMention?.actor.country : undefined;
  const ownAirspace = owner
    ? undefined
    : actors.find(
        (a) =>
          a !== actorMention &&
          a.start >= trigger.start &&
          a.start <= trigger.end &&
          !!own &&
          a.actor.country === own &&
          (a.text.toLowerCase().endsWith('airspace') || tokens[a.end]?.lower === 'airspace'),
      );
  if (ownAirspace) {
    targetMention = ownAirspace;
    actorMention = undefined;
  }
  return { actor: actorMention, target: targetMention };
}

/**
 * The sides of a speech act told by a source ("Cambodia's ministry said ... and accused Thailand"):
 * the speaker speaks when the act names no state of its own, or names the speaker's object, or is
 * quoted. Returns the sides it settles on.
 */
function speechActSides(
  reading: SentenceReading,
  trigger: TrieMatch<EventPattern>,
  pattern: EventPattern,
  speaker: ActorMention,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): Sides {
  const { tokens, actors } = reading;
  let actorMention = actor;
  let targetMention = target;
  // "Cambodia's ministry said Thai jets had dropped bombs ... and accused Thailand of aggression": no
  // side accuses itself; a state that is the object of the speech act leaves it to the speaker.
  const ownObject =
    pattern.governs === 'allege' &&
    actorMention?.actor.country &&
    actorMention.actor.country !== speaker.actor.country
      ? actors.find(
          (a) =>
            a.start >= trigger.end &&
            a.start < trigger.end + TARGET_WINDOW &&
            !a.locative &&
            !PRONOUN_MENTIONS.has(a.text.toLowerCase()) &&
            a.actor.country === actorMention!.actor.country,
        )
      : undefined;
  if (ownObject) {
    targetMention = ownObject;
    actorMention = speaker;
  } else if (!actorMention || (!actorMention.actor.country && !actorMention.mutual)) actorMention = speaker;
  else if (insideQuote(tokens, trigger.start) && actorMention.actor.country !== speaker.actor.country) {
    if (!targetMention) targetMention = actorMention;
    actorMention = speaker;
  }
  return { actor: actorMention, target: targetMention };
}

/**
 * The sides of a speech act or a deed told in a participle after a comma ("..., vowing to", "...,
 * using drones", "..., accusing Uganda of"): the speaker of the clause before, the last fight's
 * actor, or the sentence's subject, as the participle tells. Returns the sides it settles on.
 */
function participleSides(
  reading: SentenceReading,
  sources: readonly Source[],
  pattern: EventPattern,
  participleAt: number,
  subject: ActorMention | undefined,
  lastFightActor: ActorMention | undefined,
  actor: ActorMention | undefined,
  target: ActorMention | undefined,
): Sides {
  let actorMention = actor;
  let targetMention = target;
  // "..., the Taliban administration said on Wednesday, vowing to": past the day it was said.
  const saidBefore = (at: number) =>
    at === participleAt - 2 ||
    (at < participleAt - 2 &&
      at >= participleAt - 2 - SAID_DAY_WORDS &&
      reading.dates.some((d) => d.at > at && d.at < participleAt - 1));
  // "Pakistan's military spokesman said India had fired missiles at five locations, vowing that the
  // country would respond": a speech act after the clause reported is the speaker's, who opened the
  // sentence (an act's result, "killing three", stays the act's).
  const opener = sources[0];
  const speaker = (
    sources.find((s) => saidBefore(s.at) && (s.mention?.actor.country || s.mention?.mutual)) ??
    (!pattern.fight && sources.length === 1 && opener?.mention?.actor.country && opener.mention.start === 0
      ? opener
      : undefined)
  )?.mention;
  if (speaker && speaker.actor.country !== actorMention?.actor.country) {
    if (targetMention?.actor.country === speaker.actor.country) targetMention = actorMention;
    actorMention = speaker;
  } else if (!speaker && pattern.fight && lastFightActor?.actor.country) {
    // "struck hideouts of the BLA ..., using drones": the means of an act are its actor's.
    if (targetMention === lastFightActor) targetMention = undefined;
    actorMention = lastFightActor;
  } else if (
    !speaker &&
    actorMention &&
    CIVILIAN_ROLES.has(actorMention.actor.role) &&
    subject?.actor.country &&
    subject !== actorMention
  ) {
    // "closed its crossing and told its citizens not to travel, accusing Uganda of": the people
    // told are the object before the participle; the sentence's subject does the accusing.
    actorMention = subject;
  } else if (
    !speaker &&
    actorMention &&
    CIVILIAN_ROLES.has(actorMention.actor.role) &&
    (SPEAKER_CODES.has(pattern.cameo.slice(0, 2)) || pattern.cameo.startsWith('02'))
  ) {
    // "Tajikistan has said that three Chinese workers were killed ..., calling on the Taliban
    // administration to act": the victims of the report call on no one; its teller does.
    const teller = sources.find(
      (s) => s.at < participleAt && !!s.mention?.actor.country && !CIVILIAN_ROLES.has(s.mention.actor.role),
    )?.mention;
    if (teller) {
      if (targetMention?.actor.country === teller.actor.country) targetMention = undefined;
      actorMention = teller;
    }
  } else if (
    !speaker &&
    !actorMention?.actor.country &&
    subject?.actor.country &&
    SPEAKER_CODES.has(pattern.cameo.slice(0, 2))
  ) {
    // "closed his embassy in Bogota, warning that a raid on Venezuelan soil would mean war": the
    // sentence's subject warns, and its own soil is what it warns about, not whom.
    actorMention = subject;
    if (targetMention?.actor.country === subject.actor.country) targetMention = undefined;
  }
  return { actor: actorMention, target: targetMention };
}

/** Was a fight told by a trigger before trigger t of the sentence? */
function earlierFight(reading: SentenceReading, t: number): boolean {
  for (let k = 0; k < t; k++) if (firstPatternInContext(reading, reading.triggers[k]!)?.fight) return true;
  return false;
}

export function readEvents(reading: SentenceReading, published: string | null): DraftEvent[] {
  if (reading.inTitle || reading.triggers.length === 0) return [];
  const drafts: DraftEvent[] = [];
  const { tokens, actors, triggers } = reading;
  const sources = findSources(reading);
  const allegations = reading.cues.filter(
    (c) => c.values[0]!.kind === 'allegation' && !c.values[0]!.sourceAfter,
  );
  /**
   * Does an allegation word cover the act at `at`? All of the sentence's do, but one in a relative
   * clause after the act ("recalled its ambassador ..., after a soldier lost a limb to a landmine that
   * Bangkok alleged had been laid") covers only what its clause tells.
   */
  const allegedAt = (at: number, onlyBefore = false) =>
    allegations.some(
      (c) =>
        c.start < at ||
        (!onlyBefore &&
          // "launched air strikes on alleged militant hideouts": an adjective of the act's object
          // doubts what was struck, not that it was.
          !attributiveAllegation(tokens, c) &&
          !wordIn(tokens, Math.max(0, c.start - RELATIVE_CUE_REACH), c.start, CLAUSE_PRONOUNS) &&
          // "exchanged fire on Wednesday, with the group claiming to have caused casualties": a
          // claim in an absolute phrase after the act covers what that phrase tells.
          !absolutePhraseBetween(tokens, at, c.start) &&
          // "were arrested by Surinamese authorities for allegedly fishing illegally": the reason
          // is alleged, not the arrest.
          !(c.start > at && tokens[c.start - 1]?.lower === 'for')),
    );
  const governing: Governing[] = [];
  const extraActors: { at: number; mention: ActorMention }[] = [];
  /** The actor of the last use of force read in the sentence: a participle after it shares it. */
  let lastFightActor: ActorMention | undefined;
  /** The target of that use of force: a seizure told after it in the same breath took its people. */
  let lastFightTarget: ActorMention | undefined;
  /** Where the trigger of the last use of force with a state's actor ends, or -1. */
  let lastFightEnd = -1;
  /** Where the last negated act read in the sentence ends: "did not cross ..., let alone open fire". */
  let lastNegatedEnd = -1;
  /** The last summons of an envoy read in the sentence: a protest told with it is the summoner's. */
  let lastSummons: ToldAct | undefined;
  /** The last hostile act read in the sentence: "violating its airspace with strikes" tells its means. */
  let lastDeed: ToldAct | undefined;
  /** The last condemnation or charge read in the sentence: "condemned the raid, saying the airstrikes ...". */
  let lastCharge: ToldAct | undefined;

  for (let t = 0; t < triggers.length; t++) {
    const trigger = triggers[t]!;
    // A phrase may head several patterns ("suspended" a crossing or a pact): the first whose context holds.
    const matched = firstPatternInContext(reading, trigger);
    if (!matched) continue;
    // "the Massacre river's water": a capitalised word heading a place's name is no act.
    if (
      trigger.start > 0 &&
      tokens[trigger.start]!.cap &&
      PLACE_NAME_HEADS.has(tokens[trigger.end]?.lower ?? '')
    )
      continue;
    // "apps including TikTok, WeChat and Clash of Kings": a capitalised word with "of" and another
    // capital after it inside a sentence heads a name (a game, a book, a battle of old), no act.
    if (
      trigger.start > 0 &&
      trigger.end - trigger.start === 1 &&
      tokens[trigger.start]!.cap &&
      !tokens[trigger.start - 1]!.cap &&
      tokens[trigger.end]?.lower === 'of' &&
      tokens[trigger.end + 1]?.cap &&
      tokens[trigger.end + 1]?.kind === 'word'
    )
      continue;
    // "The group has claimed responsibility for an attack on Gatumba": a claimant of no state
    // named makes the attack no state's (not one a border or an earlier sentence names).
    if (matched.fight && unnamedClaimant(reading, trigger.start)) continue;
    // 'targeted 19 "joint operation" forces': a quoted phrase naming the forces after it is no act
    // (a single quoted word is the teller's: 'had "neutralised" air defence radars').
    if (
      trigger.end - trigger.start > 1 &&
      QUOTE_MARKS.has(tokens[trigger.start - 1]?.text ?? '') &&
      QUOTE_MARKS.has(tokens[trigger.end]?.text ?? '') &&
      actors.some((a) => a.start === trigger.end + 1)
    )
      continue;
    let pattern = matched;
    // "Not one FARDC shell has crossed into Rwanda": a munition crossing is the fire, not ground taken.
    if (pattern.type === 'incursion' && munitionCrossing(reading, trigger.start)) continue;
    if (pattern.type === 'incursion' && craftCrossing(reading, trigger)) pattern = AIRSPACE_VIOLATION;
    else if (pattern.fight && warningFire(tokens, trigger.end)) pattern = WARNING_SHOTS;
    // "fired tear gas at migrants ..., in the worst clash since Hungary sealed its frontier": a
    // superlative fight noun ranks the act told before it; it is no other fight, with other sides.
    // "It is the first major clash between the two armies since August 2020": so does one a sentence
    // opens by pointing back.
    if (
      pattern.fight &&
      rankedFightNoun(tokens, trigger) &&
      (earlierFight(reading, t) || pointsBack(tokens, trigger.start))
    )
      continue;
    // "Although fighting paused on Sunday", "Fighting near Kibumba has eased": a fight told ending
    // is no new one.
    if (pattern.fight && (fightEnding(tokens, trigger.end) || fightEnded(tokens, trigger.start))) continue;
    // "a roadblock built in violation of a 1991 truce": a truce broken is no truce agreed.
    if (pattern.type === 'ceasefire' && breachedTruce(tokens, trigger.start)) continue;
    // "Pristina accuses Belgrade of backing the terrorists, an accusation Serbia denies": a charge told
    // before, named again as the object of its denial, is no new accusation (the denial is a rejection).
    if (
      pattern.type === 'accusation' &&
      CHARGE_NOUNS.has(tokens[trigger.end - 1]!.lower) &&
      triggers.some((p) => p.end <= trigger.start && p.values.some((v) => v.type === 'accusation'))
    ) {
      const denier = actors.find((a) => a.start === trigger.end && !!a.actor.country);
      if (denier && DENYING_VERBS.has(tokens[denier.end]?.lower ?? '')) continue;
    }
    // "The IRGC claimed that it was launching the attacks": a claim of one's own deed accuses no one
    // (the deed is read as the claimant's).
    if (
      pattern.governs === 'allege' &&
      tokens[trigger.end - 1]?.lower === 'that' &&
      SELF_CLAIM_PRONOUNS.has(tokens[trigger.end]?.lower ?? '') &&
      ownDeedFollows(tokens, trigger.end + 1)
    )
      continue;
    // "TTP terrorists operating from Kabul and carrying out terror attacks against Pakistan": what a
    // group is described as doing is no act of the day.
    if (pattern.fight && describedGroupDeed(reading, trigger.start)) continue;
    // "South Korea called the attack an invasion", "described the shelling as aggression": naming an
    // act told before denounces it.
    let deedNamed = pattern.fight && namedDeed(tokens, trigger);
    if (deedNamed) pattern = DENUNCIATION;
    const namingVerb = pattern.cameo.startsWith('11') ? -1 : namingVerbBefore(tokens, trigger.start);
    if (namingVerb >= 0) {
      // A calm word naming an act ("called it a step towards peace") is praise, no act of its own.
      if (pattern.polarity !== 'escalation') continue;
      pattern = DENUNCIATION;
      deedNamed = true;
    }
    // 'said the balloons were a "hybrid attack" by the Belarusian regime': a reported "X was an
    // attack" names X; the teller denounces whoever did it.
    const copulaNamed = !deedNamed && !!pattern.fight && reportedCopulaBefore(tokens, trigger.start);
    if (copulaNamed) {
      pattern = DENUNCIATION;
      deedNamed = true;
    }
    const source = sourceOf(sources, tokens, trigger.start);
    const found = governorOf(governing, tokens, trigger.start);
    const governor = ownSpeechAct(tokens, trigger.start, pattern, found) ? undefined : found;

    // Actor and target.
    // "were closed", and "were ordered closed": a participle after a passive of ordering; "was also
    // targeted", "were reportedly shelled": past an adverb between the auxiliary and its participle.
    const passiveParticipleAt = PASSIVE_ADVERBS.has(tokens[trigger.start - 1]?.lower ?? '')
      ? trigger.start - 1
      : trigger.start;
    const auxiliaryAt = ORDERING_PARTICIPLES.has(tokens[passiveParticipleAt - 1]?.lower ?? '')
      ? passiveParticipleAt - 2
      : passiveParticipleAt - 1;
    // "Chinese troops were committed to maintaining peace": a participle and "to" are a stated intent.
    const intent = pattern.cameo.startsWith('03') && tokens[trigger.end - 1]?.lower === 'to';
    const passive =
      pattern.passive ||
      (!intent &&
        (PASSIVE_AUXILIARIES.has(tokens[auxiliaryAt]?.lower ?? '') ||
          // "The Ethiopian ambassador will be summoned": an envoy is the one sent for, whatever the
          // tense (a crossing that "will be closed" is read with its clause's subject instead).
          (ENVOY_TYPES.has(pattern.type) && tokens[auxiliaryAt]?.lower === 'be')) &&
        isParticiple(tokens[trigger.start]!.lower)) ||
      // "sustained heavy damage, with at least one tank destroyed": a participle after "with" and
      // what it befell is a passive.
      withAbsolute(tokens, trigger.start) ||
      // "Burundi's Red Tabara rebels, blamed for last December's attack": a charge in a reduced
      // passive is laid on the mention before it, by whoever its agent is.
      (pattern.type === 'accusation' &&
        tokens[trigger.start - 1]?.text === ',' &&
        isParticiple(tokens[trigger.start]!.lower) &&
        CHARGE_PREPOSITIONS.has(tokens[trigger.end]?.lower ?? '')) ||
      // "Kenyan diplomats had been given seven days to leave": told to go, by whoever gave it.
      (pattern.type === 'expulsion' && givenPassiveBefore(tokens, trigger.start));
    const previous = t > 0 ? triggers[t - 1] : undefined;
    // "a fierce battle between the Arakan Army and the junta has been fought": the verb of a fight
    // noun told before is that fight, whose sides the noun gave.
    if (
      FIGHT_NOUN_VERBS.has(tokens[trigger.start]!.lower) &&
      PASSIVE_AUXILIARIES.has(tokens[trigger.start - 1]?.lower ?? '') &&
      triggers.some((p, i) => i < t && firstPatternInContext(reading, p)?.fight)
    )
      continue;
    // "has not fired a single shell": the munition fired is the verb's object, one act told once
    // (with the verb's negation and weapons).
    if (previous && pattern.fight && firedObject(reading, previous, trigger)) continue;
    // "signed a peace treaty": the noun is the verb's object, one act told once.
    if (
      previous &&
      MEETING_TYPES.has(pattern.type) &&
      (trigger.start === previous.end ||
        (trigger.start === previous.end + 1 && ARTICLES.has(tokens[previous.end]!.lower))) &&
      firstPatternInContext(reading, previous)?.cameo === pattern.cameo
    )
      continue;
    // Subjects only: not a prepositional object ("the border with Cambodia") nor inside ", which ...,",
    // nor the speaker of the clause that holds the trigger ("Thai officials said rockets fired from ...").
    // The first and the last of them (all that is read of the list: no array per trigger).
    const subject = firstSubjectBefore(actors, tokens, trigger.start);
    const candidate = subject && lastMentionBefore(actors, tokens, trigger.start, true);
    let actorMention: ActorMention | undefined;
    let targetMention: ActorMention | undefined;
    /** A subject candidate passed over as an earlier trigger's object ("killed twelve Kyrgyz soldiers in a clash"). */
    let earlierObject: ActorMention | undefined;
    /** The state's forces fight an armed group of their own state (see ownGroupFought on DraftEvent). */
    let ownGroupFought = false;
    /** The indirect object of a verb of giving before the trigger ("gave Laos an ultimatum"). */
    let recipient: ActorMention | undefined;
    // "after a meeting of the High Security Council chaired by President Tebboune": a state's own
    // body chaired by its head brings no sides together.
    if (
      pattern.type === 'mediation' &&
      tokens[trigger.start]!.lower === 'chaired' &&
      wordIn(tokens, Math.max(0, trigger.start - OWN_BODY_REACH), trigger.start, CHAIRED_AT_HOME)
    )
      continue;
    if (pattern.type === 'mediation') {
      // "mediated by Angola", "brokered by the United States and France": the mediators, to both sides.
      // "after mediation by Saudi Arabia and Qatar": a pair read as one mention is two mediators.
      const mediators = mediatorsAfter(reading, trigger.end, trigger.start).flatMap((m) =>
        m.mutual && m.pair ? m.pair.map((country) => memberOfPair(m, country)) : [m],
      );
      actorMention = mediators[0];
      for (const other of mediators.slice(1)) extraActors.push({ at: trigger.start, mention: other });
      targetMention = undefined;
    } else if (passive) {
      const agentAt = agentMarkerAt(tokens, trigger);
      actorMention =
        agentAt === undefined ? undefined : actors.find((a) => a.start > agentAt && a.start <= agentAt + 3);
      targetMention = lastMentionBefore(actors, tokens, trigger.start, false);
      // "its positions near the border with Armenia came under fire": the positions were fired on,
      // not the state across the line named as where they stand.
      const borderSide = targetMention;
      if (
        borderSide &&
        tokens[borderSide.start - 1]?.lower === 'with' &&
        BORDER_NOUNS.has(tokens[borderSide.start - 2]?.lower ?? '')
      )
        targetMention =
          actors.findLast((a) => a.end < borderSide.start && !speakerOf(tokens, a, trigger.start)) ??
          borderSide;
      // "Nearly 1,100 Colombians living in Venezuela have been deported": where they live is no
      // one the act befell; the people who live there are.
      if (
        targetMention &&
        tokens[targetMention.start - 1]?.lower === 'in' &&
        RESIDING.has(tokens[targetMention.start - 2]?.lower ?? '')
      ) {
        const residents = targetMention;
        targetMention =
          actors.findLast((a) => a.end <= residents.start - 2 && !!a.actor.country) ?? targetMention;
      }
      // "struck southern Lebanon after rockets were fired at Metula": the main clause's object is no
      // target of a passive in a clause of another act ("killed in Tajikistan when a drone was
      // launched" is the same act's).
      if (targetMention && otherActBetween(tokens, targetMention.end, trigger.start))
        targetMention = undefined;
      // "had crossed into its territory and been detained": a passive joined by "and" is said of
      // its clause's subject, not of the object before it.
      if (
        tokens[trigger.start - 2]?.lower === 'and' &&
        PASSIVE_AUXILIARIES.has(tokens[trigger.start - 1]!.lower)
      )
        targetMention = clauseSubject(reading, trigger.start - 2, true) ?? targetMention;
      // "The Deputy High Commissioner of Bangladesh to India, Nural Islam was summoned": the envoy
      // summoned is the target, and the state the envoy is posted to summons when no agent is named.
      // "Kenyan diplomats in Mogadishu had been given seven days to leave": the envoys told to go,
      // not the capital they serve in.
      if (pattern.type === 'expulsion') {
        const envoys = actors.find(
          (a) => a.end <= trigger.start && !!a.actor.country && !a.locative && ENVOY_TITLE.test(a.text),
        );
        if (envoys && actorMention !== envoys) targetMention = envoys;
      }
      if (pattern.type === 'envoy-summoned') {
        const envoy = actors.find(
          (a) => a.end <= trigger.start && !!a.actor.country && ENVOY_TITLE.test(a.text),
        );
        if (envoy) {
          targetMention = envoy;
          actorMention ??= actors.find(
            (a) =>
              a.start > envoy.start &&
              a.end <= trigger.start &&
              tokens[a.start - 1]?.lower === 'to' &&
              !!a.actor.country &&
              a.actor.country !== envoy.actor.country,
          );
        }
      }
      // "Somalia's envoys were being recalled from Nairobi": the envoys' own state calls them home,
      // from the state named after "from" (no agent).
      if (
        pattern.type === 'envoy-recall' &&
        targetMention?.actor.country &&
        (!actorMention || (agentAt !== undefined && tokens[agentAt]!.lower === 'from'))
      ) {
        const from = actorMention;
        actorMention = targetMention;
        targetMention = from?.actor.country !== actorMention.actor.country ? from : undefined;
      }
      // "Ethiopian forces have been reinforced": forces put in posture are their own state's act.
      if (!actorMention && pattern.type === 'force-posture' && targetMention?.actor.country) {
        actorMention = targetMention;
        targetMention = undefined;
      }
      // "Zambian troops occupying two villages in Congo have been withdrawn": forces withdrawn are
      // their own state's step, whatever place the clause names after them.
      if (
        !actorMention &&
        OWN_FORCES_STEPS.has(pattern.type) &&
        subject?.actor.country &&
        subject.actor.role === 'MIL'
      ) {
        actorMention = subject;
        targetMention = targetMention?.actor.country !== subject.actor.country ? targetMention : undefined;
      }
    } else {
      // A mention that is the object of an earlier trigger is not this one's subject.
      // "Thailand accused Cambodia of ..., which Cambodia denied, and downgraded ...": any earlier verb's.
      // The adjective of an act answered ("in retaliation for Indian missile strikes") names its actor.
      const answered =
        !!candidate &&
        candidate.end === trigger.start &&
        CAUSE_PHRASE_ENDS.has(tokens[candidate.start - 1]?.lower ?? '') &&
        causePhraseBefore(tokens, candidate.start) >= 0;
      // "during a Russian attack on western Ukraine": a state's adjective right before an act noun
      // names who acts, whatever verb came before it.
      // "concerns over Iranian military exercises": after a preposition of what is talked about too.
      const adjective =
        !!candidate &&
        candidate.end === trigger.start &&
        candidate.end - candidate.start === 1 &&
        !!candidate.actor.country &&
        (ADJECTIVE_DETERMINERS.has(tokens[candidate.start - 1]?.lower ?? '') ||
          TOPIC_PREPOSITIONS.has(tokens[candidate.start - 1]?.lower ?? ''));
      const objectOfPrevious =
        !!candidate &&
        !answered &&
        !adjective &&
        (triggers.some(
          (p, i) =>
            i < t &&
            candidate.start >= p.end &&
            !clauseBreakBetween(tokens, p.end, candidate.start, true) &&
            // "an accusation Cambodia's defence ministry rejected": the mention after a charge and
            // right before the verb is that verb's subject (a relative clause without "which").
            !(
              CHARGE_NOUNS.has(tokens[p.end - 1]!.lower) &&
              candidate.start === p.end &&
              candidate.end === trigger.start
            ) &&
            // "ordered the army to be placed on combat readiness": the forces ordered do what they are ordered to.
            !(
              candidate.actor.role === 'MIL' &&
              ORDERING_VERBS.has(tokens[p.end - 1]!.lower) &&
              candidate.start - p.end <= 1 &&
              tokens[candidate.end]?.lower === 'to'
            ),
        ) ||
          // "Somalia called Ethiopia's memorandum ... an act of aggression and threatened": what a
          // calling verb names is its object; "Ruginiene told reporters, accusing Minsk": those told
          // are an audience.
          NAMING_VERBS.has(tokens[beforeArticle(tokens, candidate.start)]?.lower ?? '') ||
          TELLING_VERBS.has(tokens[beforeArticle(tokens, candidate.start)]?.lower ?? ''));
      actorMention = candidate && !objectOfPrevious ? candidate : undefined;
      if (objectOfPrevious) earlierObject = candidate;
      // "Hun Sen had given Laos an ultimatum": who is given the act is its target, the giver its actor.
      // "ordered the Rwandan ambassador to leave the country": the one ordered out is the target.
      // "gave the defence attache at the Serbian embassy 48 hours to leave": so is the one given the
      // hours, past the post they hold.
      const orderedOut =
        pattern.type === 'expulsion' &&
        !!candidate &&
        (ORDERING_VERBS.has(tokens[beforeArticle(tokens, candidate.start)]?.lower ?? '') ||
          givenTimeToLeave(tokens, candidate, trigger.start));
      if (
        candidate &&
        candidate !== subject &&
        (orderedOut || recipientOf(tokens, candidate, trigger.start))
      ) {
        actorMention = subject;
        recipient = candidate;
      }
      // "a Congolese fighter jet that violated its airspace": a relative clause's subject is its antecedent,
      // even when that is the object of the act before it.
      const relative = relativeSubject(reading, trigger.start);
      if (relative) actorMention = relative.antecedent;
      // "militants behind last month's attack": who is behind an act did it.
      const behind = behindAgent(reading, trigger.start);
      if (behind) actorMention = behind;
      if (!actorMention && governor?.actor && !candidate) actorMention = governor.actor;
      if (!actorMention && candidate && governor && candidate.start >= governor.end - 1)
        actorMention = candidate;
      // "Thailand accused Cambodia of ..., and ordered all crossings closed": the sentence's subject goes on.
      if (
        !actorMention &&
        subject &&
        subject.start <= SUBJECT_REACH &&
        subject !== candidate &&
        !governor &&
        previous &&
        conjoinedVerb(tokens, previous.end, trigger.start)
      )
        // "... of NATO ambassadors, who condemned the attack and demanded": inside a relative clause
        // the verbs are its antecedent's.
        actorMention =
          tokens[trigger.start - 1]?.lower === 'and' && insideRelative(tokens, subject.end, trigger.start)
            ? clauseSubject(reading, trigger.start - 1)
            : subject;
      // "The United States said it supported Guyana's sovereignty and urged ...": a verb joined by "and"
      // to one that is no trigger shares its clause's subject, not a state named in that verb's object.
      // "has been expanding an outpost near its border with Guyana and has moved tanks": past a perfect's auxiliary.
      // "denied sheltering militants and instead accused Pakistan": past an adverb of the new predicate.
      const andAt =
        tokens[trigger.start - 1]?.lower === 'and'
          ? trigger.start - 1
          : (PERFECT_AUXILIARIES.has(tokens[trigger.start - 1]?.lower ?? '') ||
                PREDICATE_ADVERBS.has(tokens[trigger.start - 1]?.lower ?? '')) &&
              tokens[trigger.start - 2]?.lower === 'and'
            ? trigger.start - 2
            : -1;
      // "controls Gaza ... and yet accuses Egypt": a present verb so joined goes on the same way.
      if (
        actorMention &&
        andAt >= 0 &&
        (isPastVerb(tokens[trigger.start]!.lower) ||
          (andAt === trigger.start - 2 && isPresentThirdPerson(tokens[trigger.start]!.lower))) &&
        // "while chasing drug smugglers and exchanged fire": a party of no state right before "and"
        // is the object of the verb before it; so is a state after a preposition ("demanded an
        // apology from Cameroon and ordered troops on alert").
        (actorMention.end < andAt ||
          !actorMention.actor.country ||
          prepositionalObject(tokens, actorMention) ||
          // "boarded Philippine navy boats and seized rifles": the object of the verb before.
          // "rammed one of the Ukrainian boats and opened fire": past the part taken of the object.
          pastVerbObject(tokens, actorMention.start)) &&
        // "Pakistani troops violated a ceasefire and opened fire": the mention is an earlier act's subject.
        // Not of a charge's gerund: "accused Cambodia of shelling and closed the border" goes on with the accuser.
        !triggers.some(
          (p) =>
            p.start >= actorMention!.end &&
            p.start < trigger.start &&
            !(tokens[p.start - 1]?.lower === 'of' && isGerund(tokens[p.start]!.lower)),
        )
      )
        // A deed of force (CAMEO 15 on) so joined is the reported clause's subject's; a word may be the teller's.
        actorMention =
          clauseSubject(reading, andAt, pattern.fight || Number(pattern.cameo.slice(0, 2)) >= 15) ??
          (prepositionalObject(tokens, actorMention) ? undefined : actorMention);
      // "Lebanon decided to go to the Security Council to secure Israel's withdrawal, warning that
      // ...": a word of speech in a participle after a comma is said by the sentence's subject, not by
      // a state named in the main clause's object.
      if (
        !pattern.fight &&
        tokens[trigger.start - 1]?.text === ',' &&
        SPEECH_PARTICIPLES.has(tokens[trigger.start]!.lower) &&
        subject?.actor.country &&
        subject.start <= SUBJECT_REACH &&
        actorMention &&
        actorMention !== subject &&
        actorMention.start > subject.end
      )
        actorMention = subject;
      // "Armenia said Azerbaijani troops had crossed its border and advanced ..., and asked Russia for
      // help": a comma before "and" closes the reported clause; an appeal or a word after it is the teller's.
      // "The European Commission said Spain's borders were Europe's borders and called on Morocco":
      // so does a reported clause that only says what something is.
      if (
        !pattern.fight &&
        tokens[trigger.start - 1]?.lower === 'and' &&
        actorMention &&
        (tokens[trigger.start - 2]?.text === ',' ||
          wordIn(tokens, actorMention.end, trigger.start, COPULAS) ||
          // "Somalia argued that Kenya had violated its waters and demanded reparations": a word in
          // the simple past after a pluperfect report is the teller's next predicate.
          (SPEAKER_CODES.has(pattern.cameo.slice(0, 2)) &&
            tokens[actorMention.end]?.lower === 'had' &&
            isPastVerb(tokens[trigger.start]!.lower))) &&
        (source?.mention?.actor.country || source?.mention?.actor.org) &&
        source.mention !== actorMention &&
        source.at < actorMention.start
      )
        actorMention = source.mention;
      // "Iran summoned Pakistan's ambassador to demand their release": the purpose of an act is its
      // subject's (not after an appeal: "urged Pakistan to release" asks Pakistan).
      if (
        !actorMention &&
        tokens[trigger.start - 1]?.lower === 'to' &&
        previous &&
        purposeOf(reading, previous)
      )
        actorMention = clauseSubject(reading, trigger.start - 1);
      // "Ecuador ordered troops to withdraw": forces of no named state told to act are the teller's.
      const ordered = actorMention;
      if (
        ordered &&
        !ordered.actor.country &&
        ordered.actor.role === 'MIL' &&
        ordered.end === trigger.start - 1 &&
        tokens[ordered.end]?.lower === 'to' &&
        ORDER_VERBS.has(tokens[ordered.start - 1]?.lower ?? '')
      ) {
        const orderer = actors.findLast((a) => a.end < ordered.start && a.actor.country && !a.locative);
        if (orderer)
          actorMention = { ...ordered, actor: { ...ordered.actor, country: orderer.actor.country } };
      }
      const targetEnd = clauseEnd(tokens, trigger.end, trigger.end + TARGET_WINDOW);
      targetMention = actors.find(
        (a) =>
          a.start >= trigger.end &&
          a.start < targetEnd &&
          // "a ceasefire agreement reached in Kuala Lumpur": a place where something happened is no
          // target, but for force ("fired into Pakistani territory"); a seat recalled from or sent to is.
          // "their leaders agreed in Malaysia to end the fighting": a state right after "in" or "at" is where.
          !(
            (a.locative || PLACE_PREPOSITIONS.has(tokens[a.start - 1]?.lower ?? '')) &&
            !pattern.fight &&
            WHERE_PREPOSITIONS.has(tokens[a.start - 1]?.lower ?? '')
          ) &&
          // "in a raid near the Afghan border": a border an act was near is where, even for force.
          !nearBorderMention(tokens, a) &&
          !afterAgentMarker(tokens, a.start) &&
          // "a clear violation of United Nations Security Council resolutions": a body that wrote the
          // rule broken is no party; nor is a partner ("in close cooperation with the United States").
          !DOCUMENT_NOUNS.has(tokens[a.end]?.lower ?? '') &&
          !partnerMention(tokens, a.start) &&
          a.start < trigger.end + TARGET_WINDOW &&
          a !== actorMention &&
          // "struck targets in Quneitra, Syrian state media said": who tells of an act is not its target,
          // nor is the title before the teller's name ("Malaysian Prime Minister Anwar Ibrahim said").
          a !== source?.mention &&
          // "the Joint Chiefs of Staff (JCS) said": the teller's name and its acronym are one teller.
          !(source?.mention?.actor.org && a.actor.org === source.mention.actor.org) &&
          !(
            source?.mention &&
            a.end === source.mention.start &&
            a.actor.country === source.mention.actor.country
          ) &&
          // "a mortar shell fired from Myanmar": where fire came from is not what it hit.
          !(pattern.fight && tokens[a.start - 1]?.lower === 'from') &&
          // "troops were fighting alongside the M23": an ally is no target.
          !(pattern.fight && alliedMention(tokens, a.start)) &&
          // "closed the border in solidarity with its ally Azerbaijan": nor is a state named as one.
          !ALLY_NOUNS.has(tokens[a.start - 1]?.lower ?? '') &&
          !(tokens[a.start - 1]?.lower === 'with' && tokens[a.start - 2]?.lower === 'solidarity') &&
          // "using North Korean missiles": the maker of the weapon used is no target (what is shot
          // down or destroyed is: "shot down five Indian fighter jets").
          !(
            MEANS_VERBS.has(tokens[trigger.end - 1]!.lower) &&
            reading.weapons.some((w) => w.start >= a.start && w.start <= a.end)
          ) &&
          // "an offensive on the town, a hub opposite the Thai town of Mae Sot": a landmark, not a target.
          !LANDMARK_PREPOSITIONS.has(tokens[beforeArticle(tokens, a.start)]?.lower ?? '') &&
          // "met in St. Vincent, with Brazil and Caricom acting as mediators": a mediator is no party.
          !(pattern.cameo.startsWith('04') && namedMediator(tokens, a)) &&
          // "opened fire at the crossing between the West Bank and Jordan": where, not at whom.
          !betweenPlace(tokens, a.start) &&
          // "shells fired during fighting between Myanmar's army and Karen rebels landed in Thailand":
          // the sides of another fight told in between are not this act's target.
          !otherFightsSides(reading, trigger, a.start) &&
          // "men ambushed a patrol near the border with Serbia": by no named state, the act lay on this
          // side of the border, not in the state across it.
          !(!actorMention?.actor.country && !actorMention?.mutual && acrossBorder(tokens, a)) &&
          // "damaged the temple, a UNESCO World Heritage site": a body after "a" only qualifies a noun.
          !(a.actor.org && !a.actor.country && ARTICLES.has(tokens[a.start - 1]?.lower ?? '')) &&
          !(
            actorMention &&
            a.actor.country === actorMention.actor.country &&
            a.actor.org === actorMention.actor.org
          ),
      );
      // "will keep its land borders with Benin and Niger closed": a closure's border told before it.
      if (!targetMention && pattern.type === 'border-closure')
        targetMention = actors.findLast(
          (a) => a.end <= trigger.start && a.start >= (actorMention?.end ?? 0) && acrossBorder(tokens, a),
        );
      // "set roadblocks with armed men in the Kazakh village of Kordai, on the border with
      // Kyrgyzstan": a post of control on a border holds up the state across it.
      if (!targetMention?.actor.country && pattern.type === 'obstruction')
        targetMention = actors.find(
          (a) =>
            a.start >= trigger.end &&
            !!a.actor.country &&
            a.actor.country !== actorMention?.actor.country &&
            acrossBorder(tokens, a),
        );
      // "lodged a complaint with the UN over Israeli violations": a body a grievance is taken to is
      // not whom it is about.
      if (targetMention?.actor.org && !targetMention.actor.country && SPEECH_OR_PROTEST.test(pattern.cameo))
        targetMention = grievanceObject(reading, targetMention.end, targetEnd) ?? targetMention;
    }

    if (recipient) targetMention = recipient;
    // "Algeria announced the closure of its border with Morocco": who announces a closure makes
    // it, and the state across the border named after it is closed off.
    if (pattern.type === 'border-closure' && CLOSURE_NOUNS.has(tokens[trigger.start]!.lower)) {
      if (!actorMention && subject?.actor.country && !subject.locative) actorMention = subject;
      targetMention ??= actors.find(
        (a) =>
          a.start > trigger.end &&
          a.start <= trigger.end + CLOSED_BORDER_REACH &&
          !!a.actor.country &&
          a.actor.country !== actorMention?.actor.country &&
          acrossBorder(tokens, a),
      );
    }
    // "Blinken had telephoned Serbian President Aleksandar Vucic to urge de-escalation": the caller
    // acts, on the one called.
    const call = pattern.fight ? undefined : callPurpose(reading, trigger.start);
    if (call) [actorMention, targetMention] = [call.caller, call.called];
    // "China's embassy in Dushanbe asked Chinese citizens to leave the border area", "warned Thai
    // nationals to leave Cambodia", "issued a warning to Chinese companies": advice to a state's own
    // people (or orders to its own forces) is no appeal, demand or threat to anyone.
    // "the military warned residents not to move outside town": a warning to people of no named
    // state to keep safe is advice, not a threat.
    const warning = pattern.cameo.startsWith('13');
    if (
      ((warning || pattern.cameo.startsWith('02') || pattern.cameo.startsWith('10')) &&
        ownPeopleAddressed(reading, trigger.end, actorMention)) ||
      (warning && civiliansAdvised(reading, trigger.end))
    ) {
      if (pattern.governs) governing.push({ end: trigger.end, pattern, actor: actorMention });
      continue;
    }
    // "called the fighting a 'real war' and asked the UN Security Council to convene": what the next
    // predicate addresses is not whom the naming denounces.
    if (deedNamed && targetMention && wordIn(tokens, trigger.end, targetMention.start, AND_WORDS))
      targetMention = undefined;
    // "Afghan forces killed 23 Pakistani soldiers in an attack": the dead are the attack's target,
    // the killers before them its actor. "Two Indian soldiers were killed in Pakistani shelling": the
    // dead before their casualty word are the target, and the act's own adjective, if any, its actor.
    // "militants killed four Kenyan police officers in an explosion": a bombing too.
    // "soldiers sustained injuries in the ceasefire violation": a breach of a truce is fire too.
    const violent = pattern.fight || pattern.cameo.startsWith('18') || pattern.type === 'ceasefire-violation';
    const lead = actorMention ?? earlierObject;
    const inAt = violent && lead && !passive ? fightNounPhraseAt(tokens, trigger.start) : -1;
    if (inAt >= 0 && lead && lead.end <= inAt) {
      const sides = victimSides(reading, trigger, inAt, lead, actorMention, targetMention);
      if (!sides) continue;
      ({ actor: actorMention, target: targetMention } = sides);
    }
    // "Three Algerian citizens were killed in a Moroccan bombardment": the act's own adjective is its
    // actor (above), and the dead told before "in" its target.
    if (inAt >= 0 && lead && lead.start > inAt && !targetMention?.actor.country) {
      const victims = actors.findLast((a) => a.end <= inAt && !a.locative);
      if (
        victims?.actor.country &&
        victims.actor.country !== lead.actor.country &&
        casualtyVerbBetween(tokens, victims.end, inAt)
      )
        targetMention = victims;
    }
    // "opened fire at the crossing between the West Bank and Jordan on Sunday, killing three Israeli
    // civilians": with no target named nearer, the dead of the fight's participle are whom it hit.
    if (pattern.fight && !passive && !targetMention?.actor.country)
      targetMention = participleVictims(reading, trigger.end, actorMention) ?? targetMention;
    // "Warsaw has decided that all border crossings between Poland and Belarus be closed": crossings
    // closed with no agent are closed by the state whose decision the sentence tells, to the other
    // state the crossings are named with.
    if (
      pattern.type === 'border-closure' &&
      (tokens[trigger.start - 1]?.lower === 'be' ||
        PASSIVE_AUXILIARIES.has(tokens[trigger.start - 1]?.lower ?? '')) &&
      subject?.actor.country &&
      subject.start <= SUBJECT_REACH &&
      wordIn(tokens, subject.end, trigger.start, DECIDING_VERBS)
    ) {
      const other = actors.findLast(
        (a) =>
          a.start > subject.end &&
          a.end <= trigger.start &&
          !!a.actor.country &&
          a.actor.country !== subject.actor.country,
      );
      if (other) {
        actorMention = subject;
        targetMention = other;
      }
    }
    // "Issuing a formal note of protest, Argentina's Foreign Ministry has demanded a correction": a
    // word in a participle opening the sentence is said by the main clause's subject.
    const openingComma =
      isGerund(tokens[0]?.lower ?? '') && !pattern.fight ? tokens.findIndex((t) => t.text === ',') : -1;
    if (openingComma > trigger.start) {
      const after = tokens[openingComma + 1]?.lower === 'the' ? openingComma + 2 : openingComma + 1;
      const main = actors.find((a) => a.start === after && !!a.actor.country && !a.locative);
      if (main && main !== actorMention) {
        if (targetMention === main)
          targetMention = actorMention?.actor.country !== main.actor.country ? actorMention : undefined;
        actorMention = main;
      }
    }
    // "The BGB has sent a protest letter to the BSF expressing strong protest": the feeling a
    // participle expresses is the sentence subject's, to those just addressed.
    const voicedTo = EXPRESSING_PARTICIPLES.has(tokens[trigger.start - 1]?.lower ?? '')
      ? actors.find(
          (a) =>
            a.end === trigger.start - 1 &&
            !!a.actor.country &&
            tokens[beforeArticle(tokens, a.start)]?.lower === 'to',
        )
      : undefined;
    if (
      voicedTo &&
      subject?.actor.country &&
      subject.start <= SUBJECT_REACH &&
      subject.end < voicedTo.start &&
      subject.actor.country !== voicedTo.actor.country
    ) {
      targetMention = voicedTo;
      actorMention = subject;
    }
    // "Pashinyan said, calling on Baku to withdraw them": a participle after a report is its speaker's act.
    // "the two countries' armies said, each accusing the other": "each" between them is the teller's.
    const participleAt = PARTICIPLE_FILLERS.has(tokens[trigger.start - 1]?.lower ?? '')
      ? trigger.start - 1
      : trigger.start;
    // "attacked its troops, killing one soldier and capturing 13 others": a seizure joined to a
    // fight's participle is that fight's actor's, on the same side.
    if (
      !actorMention?.actor.country &&
      SEIZURE_ROOTS.has(pattern.cameo.slice(0, 2)) &&
      tokens[trigger.start - 1]?.lower === 'and' &&
      isGerund(tokens[trigger.start]!.lower) &&
      lastFightActor?.actor.country
    ) {
      actorMention = lastFightActor;
      targetMention ??= lastFightTarget;
    }
    // "reopened the post, three days after closing it": a gerund after "after" or "before" with no
    // subject of its own is the act of the sentence's subject.
    const timedBy = actorMention ? undefined : subjectOfTimedGerund(reading, trigger.start);
    if (timedBy) {
      if (targetMention?.actor.country === timedBy.actor.country) targetMention = undefined;
      actorMention = timedBy;
    }
    // "Israel captured the West Bank from Jordan": ground is taken from the state after "from".
    if (pattern.cameo === '192') targetMention = takenFrom(reading, trigger.end) ?? targetMention;
    // "killed five armed smugglers ... in a clash on the border with Syria": the fight named after
    // the killing is the same fight, with the same armed men of no state, not with the neighbour.
    if (pattern.fight && foughtNamedAfter(tokens, trigger.start, lastFightActor, lastFightTarget)) {
      actorMention = lastFightActor;
      targetMention = lastFightTarget;
    }
    // "accusing the country of violating its airspace with strikes on Balochistan": force told as the
    // means of the act just before it is that act's doer's; with that doer unknown, at least not its
    // target's.
    const meansOf =
      pattern.fight && tokens[trigger.start - 1]?.lower === 'with' && lastDeed ? lastDeed : undefined;
    if (meansOf && trigger.start - 1 - meansOf.end <= WITH_MEANS_REACH) {
      if (meansOf.actor?.actor.country) {
        if (targetMention === meansOf.actor) targetMention = undefined;
        actorMention = meansOf.actor;
      } else if (
        meansOf.target?.actor.country &&
        actorMention?.actor.country === meansOf.target.actor.country
      ) {
        actorMention = undefined;
        targetMention ??= meansOf.target;
      }
    }
    if (!passive && tokens[participleAt - 1]?.text === ',' && tokens[trigger.start]!.lower.endsWith('ing'))
      ({ actor: actorMention, target: targetMention } = participleSides(
        reading,
        sources,
        pattern,
        participleAt,
        subject,
        lastFightActor,
        actorMention,
        targetMention,
      ));
    // "handed a diplomatic note to the Indian ambassador objecting to the road": a speech act's
    // participle with no subject of its own is its clause subject's, on the state of the object before it.
    if (
      !passive &&
      tokens[participleAt - 1]?.text !== ',' &&
      subject?.actor.country &&
      (!actorMention?.actor.country ||
        (actorMention !== subject && prepositionalObject(tokens, actorMention))) &&
      subject.end <= trigger.start &&
      isGerund(tokens[trigger.start]!.lower) &&
      OBJECTING_CODES.has(pattern.cameo.slice(0, 2))
    ) {
      const state = subject.actor.country;
      actorMention = subject;
      const object = actors.findLast(
        (a) =>
          a.start >= subject.end &&
          a.end <= trigger.start &&
          !a.locative &&
          !!a.actor.country &&
          a.actor.country !== state,
      );
      if (!targetMention?.actor.country || targetMention.actor.country === state)
        targetMention = object ?? targetMention;
    }
    // "rockets fired from Lebanese territory": where the fire came from is who fired, over a subject of
    // no state ("its soldiers and civilians have been killed by attacks from Lebanon").
    // "it had intercepted a drone launched from Syria": a weapon's participle is a reduced relative,
    // whose origin fired it, whoever the sentence's subject is.
    const launchedFrom =
      tokens[trigger.end]?.lower === 'from' &&
      reading.weapons.some((w) => w.start < trigger.start && w.start >= trigger.start - 3);
    // "returned fire at sources of shelling from Syrian territory": a fight noun in a preposition's
    // object came from where it came from, whoever the sentence's subject is.
    const objectNounFrom =
      tokens[trigger.end]?.lower === 'from' &&
      NOUN_OBJECT_PREPOSITIONS.has(tokens[trigger.start - 1]?.lower ?? '');
    // "was wounded by sniper fire from Azerbaijani positions": a fight noun that is a passive's agent
    // acts on the passive's subject; who fired is told after it, if at all.
    // So does a blast: "five Thai soldiers were wounded by a land mine explosion".
    const agentBy = pattern.fight || pattern.type === 'bombing' ? passiveAgentBy(tokens, trigger.start) : -1;
    if (agentBy >= 0 && actorMention && actorMention.end <= agentBy) {
      targetMention = actorMention;
      actorMention = undefined;
    }
    // "soldiers crossed the border, triggering warning shots from the South Korean military": what
    // a deed drew from the other side is that side's, on the deed's doer.
    // 'His words prompted a formal "strong protest" from the Peruvian Foreign Ministry': past the
    // object's modifiers and quotation marks.
    const drawnFrom = QUOTE_MARKS.has(tokens[trigger.end]?.text ?? '') ? trigger.end + 1 : trigger.end;
    if (causedBefore(tokens, trigger.start) && tokens[drawnFrom]?.lower === 'from') {
      const fromWhom = drawnFrom + (tokens[drawnFrom + 1]?.lower === 'the' ? 2 : 1);
      const answerer = actors.find((a) => a.start === fromWhom && !!a.actor.country && !a.locative);
      if (answerer && answerer.actor.country !== actorMention?.actor.country) {
        if (actorMention?.actor.country) targetMention = actorMention;
        actorMention = answerer;
      }
    }
    let firedAcross = false;
    // "the Armenian media distributed information about shelling from Azerbaijan": the press tells
    // of fighting, it never fights.
    if (pattern.fight && actorMention?.actor.role === 'MED') actorMention = undefined;
    // "missiles ... hit a border village in Iran, according to the semi-official news agency":
    // nor is it what the fighting hits.
    if (pattern.fight && targetMention?.actor.role === 'MED') targetMention = undefined;
    // "harassment fire from the Syrian side killed one Turkish soldier": fire from a side named
    // right after it is that side's, whoever the sentence's subject is.
    const fromSide = tokens[trigger.end]?.lower === 'from' && sideAfterFrom(reading, trigger.end);
    const fromAt =
      pattern.fight && (!actorMention?.actor.country || launchedFrom || objectNounFrom || fromSide)
        ? originMarker(reading, trigger, agentBy >= 0)
        : -1;
    if (fromAt >= 0) {
      const reach = Math.max(fromAt + 2, originStart(tokens, fromAt));
      const origin =
        actors.find((a) => a.start > fromAt && a.start <= reach && a.actor.country) ??
        (fromSide ? sideAsActor(reading, fromAt) : undefined);
      if (origin) {
        // "armed men fired on a boat from the Venezuelan side": men of no state stay what they are.
        firedAcross =
          !!actorMention && !actorMention.actor.country && ARMED_NON_STATE_ROLES.has(actorMention.actor.role);
        // "were killed by a number of terrorists ... from inside Pakistan's soil": the agent's kind.
        const byAt = tokens[trigger.end - 1]?.lower === 'by' ? trigger.end - 1 : agentBy;
        const agentGroup =
          !actorMention && byAt >= 0
            ? actors.find(
                (a) =>
                  a.start > byAt &&
                  a.start <= byAt + AGENT_GROUP_REACH &&
                  !a.actor.country &&
                  ARMED_NON_STATE_ROLES.has(a.actor.role),
              )
            : undefined;
        const role = firedAcross ? actorMention!.actor.role : (agentGroup?.actor.role ?? 'MIL');
        // "The death of four Namibians by gunfire from Botswana's military": who was taken for the
        // shooter was hit.
        const hit = actorMention?.actor.country !== origin.actor.country ? actorMention : undefined;
        actorMention = { ...origin, actor: { ...origin.actor, role }, locative: false };
        if (targetMention === origin) targetMention = undefined;
        if (hit?.actor.country && !targetMention?.actor.country) targetMention = hit;
      }
    }
    // "Three Chinese workers in Tajikistan were killed in an attack launched from Afghanistan": the
    // state an attack came from made it, and its victims, whoever they are, were hit where they were.
    const launchedFromState =
      pattern.fight && !pattern.reversed ? originByParticiple(reading, trigger) : undefined;
    if (launchedFromState && launchedFromState.actor.country !== actorMention?.actor.country) {
      if (actorMention?.actor.country) targetMention = actorMention;
      actorMention = {
        ...launchedFromState,
        actor: { ...launchedFromState.actor, role: 'MIL' },
        locative: false,
      };
      if (targetMention === launchedFromState) targetMention = undefined;
    }
    // "Azerbaijan's shelling of Armenian villages", "Russia's full-scale invasion of Ukraine".
    const possessed = pattern.fight ? possessedAct(reading, trigger, actorMention, targetMention) : undefined;
    if (possessed) {
      actorMention = possessed.actor;
      targetMention = possessed.target;
    }
    // "Tensions between Algeria and Morocco continue, with Algeria accusing its arch-rival of":
    // the subject of a gerund after "with" is named right after "with", and its object right after it.
    const withSubject = isGerund(tokens[trigger.start]!.lower)
      ? absoluteSubject(reading, trigger.start)
      : undefined;
    if (withSubject && withSubject !== actorMention) {
      actorMention = withSubject;
      const object = actors.find(
        (a) => a.start === trigger.end && !!a.actor.country && a.actor.country !== withSubject.actor.country,
      );
      if (object) targetMention = object;
      else if (targetMention?.actor.country === withSubject.actor.country) targetMention = undefined;
    }
    // "accused of being mercenaries by the Malian authorities": a reduced passive's agent accuses.
    if (pattern.type === 'accusation' && tokens[trigger.end]?.lower === 'of') {
      const accuser = agentLater(reading, trigger.end);
      if (accuser && accuser.actor.country !== actorMention?.actor.country) {
        if (
          actorMention?.actor.country &&
          (trigger.start - actorMention.end <= 2 || tokens[trigger.start - 1]?.text === ',')
        )
          targetMention = actorMention;
        actorMention = accuser;
      }
    }
    // 'He blamed "Serbia-sponsored criminals"': a group of no state is blamed on its sponsor.
    if (pattern.type === 'accusation' && targetMention && !targetMention.actor.country) {
      const sponsor = sponsorBefore(reading, targetMention.start);
      if (sponsor && sponsor !== actorMention?.actor.country)
        targetMention = { ...targetMention, actor: { ...targetMention.actor, country: sponsor } };
    }
    // "the scenario in Mali, where 46 Ivorian soldiers were arrested": arrests of no named agent
    // are made by the state they were made in.
    if (pattern.type === 'arrest' && !actorMention?.actor.country) {
      const where = arrestedIn(reading, trigger, targetMention);
      if (where)
        actorMention = { ...where, actor: { country: where.actor.country, role: 'GOV' }, locative: false };
    }
    if (pattern.polarity === 'escalation' && !actorMention?.actor.country) {
      const recorder = recorderOf(tokens, actors, trigger.start);
      if (recorder) targetMention = recorder;
    }
    const laidOn = pattern.fight ? attributedTo(reading, trigger) : undefined;
    if (laidOn && laidOn.actor.country !== actorMention?.actor.country) {
      if (targetMention === laidOn || targetMention?.actor.country === laidOn.actor.country)
        targetMention = undefined;
      // "an ambush blamed on Colombian paramilitaries": an armed group stays what it is.
      const role = ARMED_NON_STATE_ROLES.has(laidOn.actor.role) ? laidOn.actor.role : 'MIL';
      actorMention = { ...laidOn, actor: { ...laidOn.actor, role }, locative: false };
    }
    if (launchedFromState && (!targetMention || targetMention.actor.role === 'CVL')) {
      const victims = targetMention;
      const hitIn = reading.actors.find(
        (a) =>
          (a.locative || reading.tokens[a.start - 1]?.lower === 'in') &&
          !!a.actor.country &&
          a.actor.country !== launchedFromState.actor.country &&
          a.actor.country !== victims?.actor.country,
      );
      if (hitIn)
        targetMention = {
          ...hitIn,
          actor: { country: hitIn.actor.country, role: victims?.actor.role ?? 'MIL' },
          locative: false,
        };
    }
    // "six soldiers were injured when armed men in neighboring Venezuela opened fire": men of no
    // state placed in a state act from it (and stay what they are).
    if (
      pattern.fight &&
      actorMention &&
      !actorMention.actor.country &&
      ARMED_NON_STATE_ROLES.has(actorMention.actor.role)
    ) {
      const placedIn = stateRightAfter(reading, actorMention.end, PLACING_PREPOSITIONS);
      if (placedIn) {
        firedAcross = true;
        actorMention = {
          ...placedIn,
          actor: { ...placedIn.actor, role: actorMention.actor.role },
          locative: false,
        };
        if (targetMention === placedIn) targetMention = undefined;
      }
    }
    // "killed in an ambush by Ethiopian forces", "the ceasefire violation by Pakistan": a fight noun's
    // (or a hostile act noun's) agent follows "by"; the subject before it (the victims of a passive) is its target.
    // "called the downing an act of aggression by Algeria": who a denounced deed is by is the one
    // denounced, not the denouncer (handled with the target below).
    // So is one named by a naming verb ("to condemn what it called a military offensive by Ethiopia").
    const denouncedDeed =
      pattern.type === 'condemnation' && (ARTICLES.has(tokens[trigger.start]!.lower) || deedNamed);
    // "Poland and Lithuania condemned the attack by Belarus": the doer of a denounced deed is whom
    // the pair's condemnation is of (a single state's target is its counterpart in the dyad already).
    if (pattern.type === 'condemnation' && !targetMention && actorMention?.mutual)
      targetMention = deedDoerAfter(reading, trigger.end);
    const hostileNoun =
      !denouncedDeed &&
      (pattern.fight || (pattern.polarity === 'escalation' && !isParticiple(tokens[trigger.end - 1]!.lower)));
    const nounBy = hostileNoun && !passive ? nounAgentMarker(tokens, trigger) : -1;
    // "wounded in an ambush he blamed on Colombian paramilitaries": the blamed are its (alleged) agent.
    const blamedOn = nounBy < 0 && pattern.fight && !passive ? blamedOnMarker(tokens, trigger) : -1;
    const byAt =
      blamedOn >= 0
        ? blamedOn
        : nounBy < 0 && hostileNoun && !passive
          ? relativeAgentMarker(reading, trigger)
          : nounBy;
    if (byAt >= 0)
      ({ actor: actorMention, target: targetMention } = agentSides(
        reading,
        trigger,
        byAt,
        actorMention,
        targetMention,
      ));
    // "Kadhimi said Turkey had committed 'a flagrant violation of Iraqi sovereignty'": who committed
    // the denounced deed is its target; the denouncer is the speaker (or the other side).
    if (denouncedOrNamed(pattern, tokens, trigger.start) && actorMention) {
      targetMention = actorMention;
      actorMention = source?.mention?.actor.country ? source.mention : undefined;
    }
    // "the deployment of Thai tanks", "a withdrawal of Israeli forces": the noun's actor follows "of".
    if (
      !passive &&
      !possessed &&
      tokens[trigger.end]?.lower === 'of' &&
      definiteBefore(tokens, trigger.start)
    ) {
      // "the warning of the Tajik border guards": past the owner's article too (not for a charge,
      // whose "of the Azerbaijani side" a denial before it reads: "denies the accusations of").
      const ownerAt =
        trigger.end + (tokens[trigger.end + 1]?.lower === 'the' && pattern.type !== 'accusation' ? 2 : 1);
      // "the disengagement of Indian and Chinese troops": a pair's forces act on each other.
      const owner = actors.find((a) => a.start === ownerAt && (a.actor.country || a.mutual) && !a.locative);
      // "after the assassination of the Haitian president": what is done to someone names its
      // victim after "of", not its doer.
      if (owner && PATIENT_OF_TYPES.has(pattern.type)) {
        if (!owner.mutual && targetMention === undefined) targetMention = owner;
        if (actorMention === owner) actorMention = undefined;
      } else if (owner) {
        if (owner.mutual) targetMention = undefined;
        else if (actorMention && actorMention.actor.country !== owner.actor.country && !targetMention)
          targetMention = actorMention;
        actorMention = owner;
        if (targetMention === owner) targetMention = undefined;
      }
    }
    // "the RED-Tabara rebel group, which Burundi blames for an attack": the accused is what "which" stands for.
    if (pattern.governs === 'allege' && actorMention) {
      const accused = relativeAntecedent(reading, actorMention);
      if (accused) targetMention = accused;
    }
    // "criticised Iran's military exercises": a state's organ whose mention runs into the act noun
    // ("Iran's military" and "military exercises") does the act.
    const runInOwner = passive
      ? undefined
      : actors.find(
          (a) => a.start < trigger.start && a.end > trigger.start && !!a.actor.country && !a.locative,
        );
    if (
      runInOwner &&
      actorMention !== runInOwner &&
      runInOwner.actor.country !== actorMention?.actor.country
    ) {
      if (actorMention?.actor.country && (!targetMention || targetMention === runInOwner))
        targetMention = actorMention;
      else if (targetMention === runInOwner) targetMention = undefined;
      actorMention = runInOwner;
    }
    // "condemned the Israeli army's raid ..., saying the incursion and subsequent airstrikes amounted
    // to a war crime": a deed the condemner names in what it says after is the condemned's.
    if (
      hostileNoun &&
      !passive &&
      byAt < 0 &&
      lastCharge?.target?.actor.country &&
      actorMention === lastCharge.actor &&
      wordIn(tokens, lastCharge.end, trigger.start, SAYING_PARTICIPLES)
    )
      [actorMention, targetMention] = [lastCharge.target, lastCharge.actor];
    // "An air strike in Syria killed 33 Turkish soldiers": the dead a strike killed are its target;
    // the state it struck in is the other side.
    const dead = hostileNoun && !passive && byAt < 0 ? deadOfStrike(reading, trigger.end) : undefined;
    if (dead && targetMention?.actor.country && dead.actor.country !== targetMention.actor.country) {
      if (!actorMention || actorMention === dead) actorMention = targetMention;
      targetMention = dead;
    }
    // "its air defences intercepted Pakistani drones": the drones' side attacked the interceptor.
    if (pattern.reversed) [actorMention, targetMention] = [targetMention, actorMention];
    // "Sudanese forces crossed the river in response to shelling": the act answered is the other
    // side's, on the subject (its agent, if named, is read below: "shelling by", "shelling from").
    const answerAt = pattern.fight && !pattern.reversed ? answeredActAt(tokens, trigger.start) : -1;
    if (answerAt >= 0 && actorMention && actorMention.end <= answerAt && !targetMention) {
      targetMention = actorMention;
      actorMention = undefined;
    }
    // "Russia has seen previous incursions of its territory", "has weathered waves of drone
    // attacks": the subject of a verb of undergoing is what the act was done to.
    if (
      hostileNoun &&
      !passive &&
      actorMention?.actor.country &&
      actorMention.end < trigger.start &&
      undergoneBetween(tokens, actorMention.end, trigger.start)
    ) {
      const other =
        targetMention?.actor.country && targetMention.actor.country !== actorMention.actor.country
          ? targetMention
          : undefined;
      targetMention = actorMention;
      actorMention = other;
    }
    if (pattern.type === 'threat')
      ({ actor: actorMention, target: targetMention } = threatSides(
        reading,
        trigger,
        source?.mention,
        actorMention,
        targetMention,
      ));
    // "a Russian drone violated its airspace during an attack on Ukraine's ports": the airspace
    // named inside the trigger is whose the violation is, not a state named after it.
    if (pattern.type === 'airspace-violation')
      ({ actor: actorMention, target: targetMention } = airspaceSides(
        reading,
        trigger,
        subject,
        actorMention,
        targetMention,
      ));
    // "Romania summoned Russia's ambassador after a drone violated its airspace during an attack on
    // Ukraine's Danube ports": a fight noun that only sets the time takes no doer from the sentence's
    // subject; only one named right before it, or the doer of the act it frames ("a Russian drone").
    let framedBy: ActorRef | undefined;
    const framingWord = ADJECTIVE_DETERMINERS.has(tokens[trigger.start - 1]?.lower ?? '')
      ? tokens[trigger.start - 2]
      : tokens[trigger.start - 1];
    if (
      pattern.fight &&
      framingWord?.lower === 'during' &&
      actorMention &&
      actorMention.end !== trigger.start
    ) {
      actorMention = undefined;
      const framed = drafts.at(-1);
      if (framed?.actor?.country && framed.target?.country !== framed.actor.country) framedBy = framed.actor;
    }
    // "India struck ..., in retaliation for an attack on tourists": the act answered was done to the one
    // answering it; its own actor is named inside the phrase ("in response to Pakistani shelling") or not at all.
    const cause = causePhraseBefore(tokens, trigger.start);
    if (cause >= 0 && actorMention && actorMention.end <= cause) {
      // "an attack on tourists": victims of no named state are the answering state's.
      if (!targetMention?.actor.country) targetMention = actorMention;
      actorMention = undefined;
    }
    // "The Malaysian foreign ministry said it was in contact with both sides": "it" before a copula
    // after a verb of saying is the speaker.
    if (
      !actorMention &&
      source?.mention?.actor.country &&
      COPULAS.has(tokens[trigger.start - 1]?.lower ?? '') &&
      tokens[trigger.start - 2]?.lower === 'it' &&
      REPORTING.has(tokens[trigger.start - 3]?.lower ?? '')
    )
      actorMention = source.mention;
    // "Turkey's ministry said its aircraft ... and accused Greece": an unnamed accuser or warner is the speaker,
    // and so is the one who utters a threat or demand in a quotation.
    const speechAct = SPEAKER_CODES.has(pattern.cameo.slice(0, 2));
    // "Analysts warned that ...": commentators are no party; their words are no act between states.
    const appeal = pattern.cameo.startsWith('02');
    // "called for stronger sanctions on Moscow": a call to punish is no appeal for calm, and the
    // sanctions it absorbs are not imposed.
    if (appeal && punishmentCalledFor(reading, trigger)) {
      if (pattern.governs) governing.push({ end: trigger.end, pattern, actor: actorMention });
      continue;
    }
    // "urged the group to surrender, but it refused": a pronoun subject that stands for no state
    // (coreference.ts gave it none) acts for none.
    // ("since it took effect": a truce's own verb is no party's act.)
    if (
      !passive &&
      PARTY_ONLY_ROOTS.has(pattern.cameo.slice(0, 2)) &&
      SUBJECT_PRONOUNS.has(tokens[trigger.start - 1]?.lower ?? '') &&
      !actors.some((a) => a.start === trigger.start - 1)
    )
      continue;
    // "He has also accused the party of defying his government": a charge against a group of no
    // state named is no act on the other side.
    if (
      pattern.type === 'accusation' &&
      !targetMention &&
      tokens[trigger.end]?.lower === 'the' &&
      ACCUSED_GROUPS.has(tokens[trigger.end + 1]?.lower ?? '') &&
      // ("Hezbollah denied ..., after the Israeli military blamed the group": the group named before.)
      !actors.some(
        (a) => a.end <= trigger.start && (!!a.actor.org || ARMED_NON_STATE_ROLES.has(a.actor.role)),
      )
    )
      continue;
    // "Vietnamese and Chinese authorities urged the group to surrender": both sides appealing
    // together to people of neither side ask nothing of each other.
    if (
      (appeal || pattern.type === 'demand') &&
      actorMention?.mutual &&
      !targetMention &&
      ADDRESSED_PEOPLE.has(tokens[trigger.end + (tokens[trigger.end]?.lower === 'the' ? 1 : 0)]?.lower ?? '')
    )
      continue;
    // Diplomats' appeals to both sides are third-party appeals; their warnings are commentary.
    const commentator = COMMENTATORS.has(tokens[0]!.lower) && !(appeal && tokens[0]!.lower === 'diplomats');
    if ((speechAct || appeal) && !actorMention?.actor.country && commentator) continue;
    // "China's foreign ministry said ... and urged India to", "the Taliban said it had halted its
    // operations": an appeal or an act of one side with no one before it is the speaker's.
    if ((appeal || pattern.oneSided) && !actorMention && !commentator && source?.mention?.actor.country)
      actorMention = source.mention;
    // "Both governments said that a joint committee would meet": an intent told by both sides is theirs.
    if (!actorMention && source?.mention?.mutual && pattern.polarity === 'de-escalation')
      actorMention = source.mention;
    // "Eritrea announced a general mobilisation": a step announced is the announcer's.
    if (
      !actorMention &&
      !commentator &&
      source?.mention?.actor.country &&
      announcedAct(tokens, trigger.start)
    )
      actorMention = source.mention;
    // "the minister said the rebels used Venezuelan territory and called on Caracas to act": rebels
    // reported on make no appeal to a government; the one reporting does.
    if (
      appeal &&
      actorMention &&
      !actorMention.actor.country &&
      NON_STATE_ROLES.has(actorMention.actor.role) &&
      source?.mention?.actor.country
    )
      actorMention = source.mention;
    // "after the villagers refused to pay taxes": civilians speaking for themselves are no state.
    if (
      speechAct &&
      actorMention &&
      !actorMention.actor.country &&
      CIVILIAN_ROLES.has(actorMention.actor.role) &&
      subjectRightBefore(tokens, actorMention, trigger.start)
    )
      continue;
    // "The fishermen were accused of fishing in Ugandan waters, a Kenyan official said": who accused
    // them is not told; the one telling it is not the accuser.
    const unsaidAgent = passive && !actorMention;
    if (speechAct && source?.mention?.actor.country && !unsaidAgent)
      ({ actor: actorMention, target: targetMention } = speechActSides(
        reading,
        trigger,
        pattern,
        source.mention,
        actorMention,
        targetMention,
      ));
    // "..., the Estonian government said, calling it an incursion": a naming participle after a
    // report is its speaker's denunciation of the act's actor.
    // "Iraq recalled its ambassador ... and summoned Iran's charge d'affaires, calling the strikes 'a
    // blatant violation'": a denunciation in a naming participle after a clause is its subject's.
    // "when Somalia called Ethiopia's memorandum of understanding with Somaliland an act of
    // aggression": a denunciation named by a calling verb is its subject's, however long the object.
    const namer = namerOf(reading, sources, source, pattern === matched, trigger, pattern, namingVerb);
    if (namer && namer.actor.country !== actorMention?.actor.country) {
      if (!targetMention?.actor.country || targetMention.actor.country === namer.actor.country)
        targetMention = actorMention;
      actorMention = namer;
    }
    if (copulaNamed && source?.mention?.actor.country) {
      const teller = source.mention;
      // The agent after "by" is whom the teller denounces; else the other side, as the dyad fills it in.
      const agent = actors.find(
        (a) =>
          a.start >= trigger.end &&
          a.start <= trigger.end + 3 &&
          a.actor.country &&
          a.actor.country !== teller.actor.country &&
          tokens[beforeArticle(tokens, a.start)]?.lower === 'by',
      );
      actorMention = teller;
      targetMention = agent;
    }
    // "accused Venezuela of harbouring the rebels": a charge inside an accusation is that accusation.
    if (pattern.speakerActs && pattern.type === 'accusation' && governor?.pattern.governs === 'allege')
      continue;
    if (pattern.speakerActs) {
      // The teller, or the one whose word governs the trigger ("warned that ... were legitimate targets").
      const speaker = source?.mention ?? governor?.actor;
      if (!speaker?.actor.country) continue;
      if (actorMention && actorMention.actor.country !== speaker.actor.country) targetMention = actorMention;
      actorMention = speaker;
    }
    // "Students marched on the Cameroonian embassy demanding war": a participle right after a place
    // marched on is the marchers' word, not the place's.
    if (
      SPEECH_OR_PROTEST.test(pattern.cameo) &&
      actorMention?.end === trigger.start &&
      tokens[trigger.start]!.lower.endsWith('ing') &&
      prepositionalObject(tokens, actorMention)
    )
      actorMention = undefined;
    // "Thousands of people marched ..., demanding the resignation of Pashinyan": a crowd's demand is
    // the street's, no state's.
    // "protests by Madhesi groups demanding changes to the constitution": a participle after a
    // plural noun no state is named in is that noun's demand.
    if (
      SPEECH_OR_PROTEST.test(pattern.cameo) &&
      ((crowdLike(actorMention) && crowdBefore(tokens, trigger.start)) ||
        unnamedPluralBefore(tokens, actors, trigger.start))
    ) {
      // What the street demands ("demanding war") is no event either.
      if (pattern.governs) governing.push({ end: trigger.end, pattern, actor: undefined });
      continue;
    }
    if (
      pattern.civilianProtest &&
      !actorMention?.actor.country &&
      (actors.some((a) => !a.actor.country && CIVILIAN_ROLES.has(a.actor.role)) ||
        crowdBefore(tokens, trigger.start) ||
        // "despite protests in Kyrgyzstan": protests of no one named are the street's.
        STREET_PROTEST_NOUNS.has(tokens[trigger.start]!.lower))
    )
      continue;
    // "a move that sparked protests in Kyrgyzstan": protests a decision sets off are the street's,
    // whoever the sentence's subject.
    if (
      pattern.civilianProtest &&
      STREET_PROTEST_NOUNS.has(tokens[trigger.start]!.lower) &&
      PROTEST_CAUSES.has(tokens[trigger.start - 1]?.lower ?? '') &&
      // "drew protests from India" is India's.
      tokens[trigger.end]?.lower !== 'from'
    )
      continue;
    if (
      pattern.pairActor &&
      !actorMention?.mutual &&
      !(targetMention && tokens[targetMention.start - 1]?.lower === 'with')
    )
      continue;
    // "the lack of response from Chadian authorities has prompted the recall of the ambassador": the
    // cause's subject did not do the act it set off.
    if (
      actorMention &&
      actorMention.end <= trigger.start - 2 &&
      tokens[trigger.start - 1]?.lower === 'the' &&
      CAUSING_VERBS.has(tokens[trigger.start - 2]?.lower ?? '') &&
      !isParticiple(tokens[trigger.start]!.lower)
    )
      actorMention = undefined;
    // "The UN chief welcomed the signing of the border treaty by Kyrgyzstan and Tajikistan": the act
    // a welcome names is not the speaker's; its agent after "by" did it.
    const welcomedAt = welcomingVerbBefore(tokens, trigger.start);
    if (welcomedAt >= 0 && actorMention && actorMention.end <= welcomedAt) {
      const byAt = nounAgentMarker(tokens, trigger);
      const agent =
        byAt >= 0
          ? actors.find((a) => a.start > byAt && a.start <= byAt + 2 && (a.actor.country || a.mutual))
          : undefined;
      if (targetMention === actorMention) targetMention = undefined;
      actorMention = agent;
      if (agent?.mutual || targetMention === agent) targetMention = undefined;
    }
    // "Under a Russia-brokered armistice, transit along the corridor ...": an accord in force, the
    // frame of what is told, not news of its own.
    // ("under a ceasefire agreement reached in Kuala Lumpur" tells its making, which is news).
    if (
      ACCORD_ROOTS.has(pattern.cameo.slice(0, 3)) &&
      underAccordAt(tokens, trigger.start) &&
      !ACCORD_MADE.has(tokens[trigger.end]?.lower ?? '') &&
      !ACCORD_MADE.has(tokens[trigger.end + 1]?.lower ?? '')
    )
      continue;
    // "withdrew ..., paving the way for the deployment of the Lebanese Army", "trucks waiting for
    // the reopening": what an act makes possible, or what is waited for, has not happened yet.
    if (pendingActAt(tokens, trigger.start)) continue;
    // "began reducing its troop deployment": a deployment cut back is the pullback read above.
    if (
      pattern.type === 'force-posture' &&
      wordIn(tokens, Math.max(0, trigger.start - 3), trigger.start, REDUCING_VERBS)
    )
      continue;
    // Allies' joint exercises are no posture against each other.
    if (pattern.type === 'force-posture' && jointPairBefore(tokens, trigger.start)) continue;
    // "Russian and Belarusian troops held joint drills near the border with Poland": the pair are
    // the partners; a state named after them is where, not a third partner.
    if (pattern.pairActor && actorMention?.mutual) targetMention = undefined;
    // "China's new map drew protests from India": the protests are the state they come from, against
    // the subject.
    if (pattern.type === 'protest' && tokens[trigger.end]?.lower === 'from') {
      const protester = actors.find((a) => a.start === trigger.end + 1 && a.actor.country && !a.locative);
      if (protester && protester.actor.country !== actorMention?.actor.country) {
        targetMention = actorMention?.actor.country ? actorMention : targetMention;
        actorMention = protester;
      }
    }
    // "following accusations from the Sudanese government that Chadian authorities are ...": the
    // charge comes from the one after "from", against the one it names after.
    if (pattern.type === 'accusation' && tokens[trigger.end]?.lower === 'from') {
      const ownerAt = trigger.end + (tokens[trigger.end + 1]?.lower === 'the' ? 2 : 1);
      const accuser = actors.find((a) => a.start === ownerAt && a.actor.country && !a.locative);
      if (accuser) {
        const accused = actors.find(
          (a) => a.start >= accuser.end && !!a.actor.country && a.actor.country !== accuser.actor.country,
        );
        actorMention = accuser;
        targetMention = accused ?? (targetMention === accuser ? undefined : targetMention);
      }
    }
    // "the concerted actions with the Ugandan army started today with air strikes ... from Uganda on
    // the positions of ADF terrorists in the DRC": allied strikes on a group are no act on the host.
    if (
      pattern.fight &&
      JOINT_CUE.test(reading.sentence.text) &&
      groupObject(reading, trigger.end, JOINT_OBJECT_REACH)
    )
      continue;
    // "Both countries' spokespeople indicated the aerial offensive will target the group's
    // hide-outs", "killings blamed on the ADF": allies striking, or blaming, an armed group together
    // act on the group, not on each other.
    if (
      actorMention?.mutual &&
      (pattern.fight ||
        (pattern.type === 'accusation' &&
          (tokens[trigger.end]?.lower === 'on' || tokens[trigger.end - 1]!.lower === 'on'))) &&
      groupObject(reading, trigger.end)
    )
      continue;
    // "Thailand and Cambodia have agreed to a ceasefire ... under the mediation of Malaysia": a third
    // state named as the go-between is no party to the pair's step.
    if (actorMention?.mutual && actorMention.pair && targetMention && mediatorMention(tokens, targetMention))
      targetMention = undefined;
    // "Venezuela closed three bridges connecting Colombia and Venezuela": a pair the actor is one of,
    // named as what it acts on, leaves the other as the target.
    const actingState = actorMention?.actor.country;
    if (
      actingState &&
      !actorMention?.mutual &&
      targetMention?.mutual &&
      targetMention.pair?.includes(actingState)
    ) {
      const [first, second] = targetMention.pair;
      targetMention = memberOfPair(targetMention, first === actingState ? second : first, 'GOV');
    }
    // "Poland and Lithuania closed their borders with Belarus": a pair acting on a third state is
    // each of them acting on it.
    const third = targetMention?.actor.country;
    if (actorMention?.mutual && actorMention.pair && third && !actorMention.pair.includes(third)) {
      const [first, second] = actorMention.pair;
      extraActors.push({ at: trigger.start, mention: memberOfPair(actorMention, second) });
      actorMention = memberOfPair(actorMention, first);
    }
    // "Ethiopian forces and militias ambushed Sudanese troops": armed men of no state listed after a
    // state's forces act with them, for that state.
    if (
      actorMention &&
      !actorMention.actor.country &&
      ARMED_NON_STATE_ROLES.has(actorMention.actor.role) &&
      tokens[actorMention.start - 1]?.lower === 'and'
    ) {
      const start = actorMention.start;
      const forces = actors.find(
        (a) => a.end === start - 1 && !!a.actor.country && !a.locative && a.actor.role === 'MIL',
      );
      if (forces && forces !== targetMention) actorMention = forces;
    }
    // "The United States and Japan urged both sides": each of two coordinated states acts.
    if (actorMention)
      for (const coActor of coordinatedBefore(actors, tokens, actorMention))
        extraActors.push({ at: trigger.start, mention: coActor });
    if (pattern.governs) {
      const rejectedCharge =
        pattern.governs === 'allege' &&
        CHARGE_NOUNS.has(tokens[trigger.end - 1]!.lower) &&
        (governor?.pattern.governs === 'deny' || chargeRejected(reading, trigger));
      // "Cambodia denied Thai accusations of planting landmines": the adjective before the charge is
      // its accuser; the denier is the accused whose deed it names.
      const denier = rejectedCharge && governor?.pattern.governs === 'deny' ? governor.actor : undefined;
      const adjectiveAccuser =
        denier?.actor.country &&
        actorMention?.end === trigger.start &&
        actorMention.actor.country &&
        actorMention.actor.country !== denier.actor.country
          ? actorMention
          : undefined;
      governing.push({
        end: trigger.end,
        pattern,
        actor: adjectiveAccuser ? denier : actorMention,
        rejectedCharge,
        ...(adjectiveAccuser ? { accuser: adjectiveAccuser } : {}),
      });
    }
    // "accused Minsk of orchestrating the crisis, a charge Belarus denies": a denial of the charge
    // told in a relative clause after it is the denier's rejection of the accuser.
    if (
      pattern.governs === 'deny' &&
      actorMention?.end === trigger.start &&
      CHARGE_NOUNS.has(tokens[actorMention.start - 1]?.lower ?? '')
    )
      pattern = REJECTION;
    // '"We are baffled by the accusations from Djibouti," an Eritrean official said': the charge is
    // the state's it comes from, against the one who answers it.
    if (
      pattern.type === 'accusation' &&
      CHARGE_NOUNS.has(tokens[trigger.end - 1]!.lower) &&
      tokens[trigger.end]?.lower === 'from'
    ) {
      const from = actors.find((a) => a.start === trigger.end + 1 && !!a.actor.country);
      if (from && from !== actorMention) {
        targetMention = actorMention?.actor.country !== from.actor.country ? actorMention : undefined;
        actorMention = from;
      }
    }
    // "3,000 Ethiopian soldiers are stationed in the country as part of an African Union
    // peacekeeping mission": peacekeepers are no posture against their host.
    if (
      pattern.type === 'force-posture' &&
      wordIn(
        tokens,
        trigger.end,
        clauseEnd(tokens, trigger.end, trigger.end + PEACEKEEPING_REACH),
        PEACEKEEPING,
      )
    )
      continue;
    // "the Serbian diplomat refused to take in the protest note": a protest refused is the other
    // side's, told before; the refusal is the act.
    if (pattern.type === 'protest' && refusedObject(tokens, trigger.start)) continue;
    // "Eritrea denied accusations that its troops had crossed": a charge the denier answers is no
    // accusation of the denier's; "denied Thai accusations" is the accuser's, made and not denied.
    const answeredCharge =
      pattern.type === 'accusation' &&
      governor?.pattern.governs === 'deny' &&
      CHARGE_NOUNS.has(tokens[trigger.end - 1]!.lower);
    if (answeredCharge) {
      const denier = governor!.actor;
      const accuser =
        actorMention?.end === trigger.start &&
        actorMention.actor.country &&
        actorMention.actor.country !== denier?.actor.country
          ? actorMention
          : undefined;
      if (!accuser) continue;
      targetMention = denier;
    }
    if (pattern.governs === 'deny' || pattern.block) continue; // modality or scope only: no event of its own
    // "warned that it would strike": the warning is the event; the strike has not happened.
    if (governor?.pattern.governs === 'threaten' && pattern !== governor.pattern) continue;
    // "to demand justice for four fishermen killed by the Botswana Defence Force": a deed told of the
    // object's people, by its agent, happened; it is no part of what is demanded.
    if (
      governor?.pattern.governs === 'absorb' &&
      pattern !== governor.pattern &&
      !agentedParticiple(reading, trigger)
    )
      continue;
    // "Armenia denies the accusations of the Azerbaijani side on opening fire": the deed of a charge
    // its actor rejects is that actor's, against the accuser named after the charge, and denied.
    const deniedDeed = !!governor?.rejectedCharge && !!governor.actor?.actor.country;
    if (deniedDeed) {
      const accused = governor!.actor!;
      const accuser =
        governor!.accuser ??
        (tokens[governor!.end]?.lower === 'of'
          ? actors.find(
              (a) =>
                a.start > governor!.end &&
                a.start <= governor!.end + 2 &&
                !!a.actor.country &&
                a.actor.country !== accused.actor.country,
            )
          : undefined);
      if (accuser || targetMention?.actor.country === accused.actor.country) targetMention = accuser;
      actorMention = accused;
    }
    // "accused the West of fighting a hybrid war against Belarus": an accused of no state named does
    // the deed, not the state named near it.
    else if (governor?.pattern.governs === 'allege' && accusedOfNoState(reading, governor.end, trigger.start))
      continue;
    // "Israel blamed the group for an attack": the accuser is the target of the deed it alleges.
    else if (governor?.pattern.governs === 'allege' && governor.actor?.actor.country) {
      const accuser = governor.actor;
      if (!actorMention?.actor.country || actorMention.actor.country === accuser.actor.country) {
        // "the RED-Tabara rebel group, which Burundi blames for an attack": the accused is what "which" stands for.
        actorMention = relativeAntecedent(reading, accuser);
        targetMention = accuser;
      }
    }
    // "detained activists, accusing them of plotting unrest": an accusation of people of no state.
    // "Vucic asked them to remove barricades": a demand or appeal to people of no state.
    // "spoke to the leaders of both countries and urged them to agree a ceasefire": "them" are the sides
    // named before it, and an appeal with no target goes to both.
    if (
      (pattern.governs === 'allege' || appeal || pattern.cameo.startsWith('10')) &&
      !targetMention &&
      PERSON_OBJECTS.has(tokens[trigger.end]?.lower ?? '') &&
      !(
        appeal &&
        tokens[trigger.end]!.lower === 'them' &&
        actors.some((a) => a.mutual && a.end <= trigger.start)
      )
    )
      continue;
    // "Qatar recalled its ambassador to Cairo after Egypt accused it of supporting terrorism": "it"
    // is a state named before in the sentence, other than the accuser, not the article's other side.
    // So is "the country" ("recalled its ambassador from Iran after accusing the country of violating
    // its airspace"), over the airspace told after it.
    const otherStateObject = tokens[trigger.end]?.lower === 'it' ? 1 : otherStateNounAt(tokens, trigger.end);
    if (
      pattern.governs === 'allege' &&
      otherStateObject > 0 &&
      (!targetMention || targetMention.start >= trigger.end + otherStateObject)
    ) {
      const own = actorMention?.actor.country;
      const named = actors.findLast(
        (a) => a.end <= trigger.start && a.actor.country && a.actor.country !== own && !a.locative,
      );
      if (named) targetMention = named;
    }
    // "accused Algeria of an act of aggression": the charge is the accusation's own wording, no deed of its own.
    if (governor?.pattern.governs === 'allege' && denouncedDeed) continue;
    // "accused Pakistan of harbouring the group behind the attack": the alleged deed is the harbouring.
    if (
      governor?.pattern.governs === 'allege' &&
      // "... of blocking its goods and of killing two people": each charge after its own "of", and
      // each of two gerunds after one ("of abducting and killing seven herders").
      !(tokens[trigger.start - 1]?.lower === 'of' && tokens[trigger.start - 2]?.lower === 'and') &&
      !chargedGerundPair(tokens, trigger.start) &&
      otherDeedBetween(reading, governor.end, trigger.start)
    )
      continue;
    // "the ceasefire agreed with Malaysian help": a definite truce was told before; it is no new agreement.
    if (pattern.indefinite && definiteBefore(tokens, trigger.start)) continue;
    // "North Korea has not commented on the accusation": a charge commented on is the other side's.
    if (SPEAKER_CODES.has(pattern.cameo.slice(0, 2)) && commentedOn(tokens, trigger.start)) continue;
    // A match report's "attack" is no force; "ambushed Ethiopian troops while they were holding a
    // football match" names armed forces, and is.
    if (
      pattern.polarity === 'escalation' &&
      reading.sport &&
      reading.weapons.length === 0 &&
      !actors.some((a) => a.actor.role === 'MIL' && !a.locative)
    )
      continue;
    // "deployed troops and helicopters to evacuate residents": a posture of relief, not of force.
    if (pattern.cameo.startsWith('15') && cueAfter(reading, trigger.end, 'relief', RELIEF_WINDOW)) continue;
    // "signed a memorandum with the breakaway region of Somaliland": a deal with a breakaway
    // authority is none with the state it broke from (that state reads it as a hostile act).
    if (pattern.polarity !== 'escalation' && breakawayObject(tokens, trigger.end)) continue;
    // "refugees fleeing fighting in the Tigray region": the fighting fled is a cause told, whoever
    // fought, not a fight between the state fled and the state fled to.
    // ("fled the fighting between Thai and Cambodian troops" names the fight's sides: told.)
    if (
      pattern.fight &&
      FLIGHT_VERBS.has(tokens[beforeArticle(tokens, trigger.start)]?.lower ?? '') &&
      tokens[trigger.end]?.lower !== 'between'
    )
      continue;
    // "accused Asmara of mobilising its army": forces put in posture are the actor's own, not a target
    // (but "a Russian drone entered its airspace": the airspace violated is the target's).
    if (
      pattern.cameo.startsWith('15') &&
      pattern.type !== 'airspace-violation' &&
      targetMention &&
      targetMention.start >= trigger.end &&
      POSSESSIVES.has(tokens[targetMention.start]!.lower)
    )
      targetMention = undefined;

    // "could afford a war", "ahead of talks": nothing happened (threats are coded by their own triggers).
    // "did not say whether it would respond": an open question is not even a threat.
    const irrealis =
      (cueBefore(reading, trigger.start, 'irrealis') || modalAfterIndefinite(tokens, trigger)) &&
      !closureKept(tokens, trigger.start);
    if (cueBefore(reading, trigger.start, 'question')) continue;
    // "said Israel would strike Hezbollah if it violated the agreement": a use of force on a
    // condition is a threat.
    const conditional = pattern.polarity === 'escalation' && conditionalThreat(tokens, trigger);
    // "Finland said it would downgrade relations": a hostile step a state announces it will take
    // is its threat, not a mere possibility.
    const announced =
      irrealis &&
      pattern.polarity === 'escalation' &&
      (announcedStep(tokens, trigger.start) ||
        // Material steps only: "said Guyana would ask the Security Council to act" is no demand yet.
        (MATERIAL_STEP_ROOTS.has(pattern.cameo.slice(0, 2)) &&
          ownStateAnnounces(reading, trigger.start, source?.mention)));
    // "The two governments said they would reopen border crossings": a step down a state announces
    // is its stated intent to de-escalate (0356), not yet the step.
    if (
      irrealis &&
      pattern.polarity === 'de-escalation' &&
      pattern.cameo.startsWith('08') &&
      announcedStep(tokens, trigger.start)
    )
      pattern = INTENT_TO_DE_ESCALATE;
    else if (
      irrealis &&
      !pattern.threat &&
      governor?.pattern.governs !== 'threaten' &&
      !conditional &&
      !announced &&
      // "the two countries would handle the matter through friendly consultation": what a state
      // says it will do is its stated intent, which an intent's code already tells.
      !(pattern.cameo.startsWith('03') && onlyFutureModalBefore(reading, trigger.start))
    )
      continue;
    // "called for maximum military restraint from both countries": past a role word used as an
    // adjective, the appeal's addressees.
    // "urged the international community to respond": a call for others' support, no call on a side.
    if (appeal && worldAddressed(tokens, trigger.end)) continue;
    // "Both governments appealed for international help", "the WFP appealed for funding": help
    // sought from no one named is sought from donors, not from a side.
    if (pattern.type === 'aid-appeal' && !targetMention) continue;
    // "urged the media not to exaggerate it": a call on the press or the public, no side.
    const addressee = tokens[trigger.end]?.lower === 'the' ? trigger.end + 1 : trigger.end;
    if (appeal && PUBLIC_ADDRESSEES.has(tokens[addressee]?.lower ?? '')) continue;
    // "called on the United Nations to back a coalition against Islamic State in Libya": a call on a
    // world body to act is no call on a side.
    if (appeal && actors.some((a) => a.start === addressee && INTERNATIONAL_BODIES.has(a.actor.role)))
      continue;
    // "called on the governments in Juba and Khartoum": a plural addressee stands for the sides.
    // (Governments or forces only: "urged residents to boil water" is a call on the public.)
    const pluralAddressee =
      !!targetMention &&
      STATE_SIDES.has(targetMention.actor.role) &&
      tokens[targetMention.end - 1]!.lower.endsWith('s');
    // "called on Azerbaijani forces to withdraw": forces of one named state are one addressee.
    const namedPlural =
      pluralAddressee &&
      reading.countries.some((c) => c.start >= targetMention!.start && c.end <= targetMention!.end);
    if (appeal && targetMention && !targetMention.actor.country && !targetMention.mutual && pluralAddressee)
      targetMention = undefined;
    if (
      appeal &&
      targetMention &&
      !targetMention.actor.country &&
      !targetMention.mutual &&
      !pluralAddressee
    ) {
      const end = clauseEnd(tokens, targetMention.end, targetMention.end + TARGET_WINDOW);
      const party = actors.find(
        (a) => a.start >= targetMention!.end && a.start < end && (a.mutual || a.actor.country) && !a.locative,
      );
      if (party) targetMention = party;
    }
    if (
      pattern.cameo.startsWith('02') &&
      targetMention &&
      !targetMention.actor.country &&
      !targetMention.mutual &&
      !INTERNATIONAL_BODIES.has(targetMention.actor.role)
    ) {
      continue; // "urged residents to boil water": an appeal to the public, not to a party
    }
    // "Bhutan said the Chinese army had begun building a road ... and lodged a protest with Beijing":
    // a protest lodged with the reported subject's own state is the teller's.
    if (
      LODGED_CODES.has(pattern.cameo.slice(0, 2)) &&
      source?.mention?.actor.country &&
      actorMention?.actor.country
    ) {
      const teller = source.mention;
      const own = actorMention.actor.country;
      const addressee = actors.find(
        (a) =>
          a.start > trigger.end &&
          a.start <= trigger.end + 2 &&
          a.actor.country === own &&
          ADDRESSEE_PREPOSITIONS.has(tokens[a.start - 1]?.lower ?? ''),
      );
      if (addressee && teller !== actorMention && teller.actor.country !== own) {
        actorMention = teller;
        targetMention = addressee;
      }
    }
    if (
      targetMention &&
      actorMention &&
      targetMention.actor.country &&
      targetMention.actor.country === actorMention.actor.country
    ) {
      // "Addis Ababa signed a peace deal with the TPLF": a state's accord with its own armed group
      // is an internal matter, not one with its neighbour.
      if (pattern.polarity === 'de-escalation' && NON_STATE_ROLES.has(targetMention.actor.role)) continue;
      // "The Arakan Army fired on a Myanmar army post": an armed group against its own state's forces too.
      if (NON_STATE_ROLES.has(actorMention.actor.role) && STATE_SIDES.has(targetMention.actor.role)) continue;
      // "Turkey denied the attack and blamed the PKK": blaming its own armed group accuses no neighbour,
      // nor does accusing its own government ("accused the government of giving away Armenian land").
      if (pattern.type === 'accusation') continue;
      // "Myanmar's military has been fighting the Arakan Army": a state's forces against its own armed
      // group fight no neighbour, unless the sentence names another state ("struck bases of Jaish
      // al-Adl in Pakistan": the strike is on Pakistan, as the dyad fills it in) other than by its
      // border ("struck the Karen National Liberation Army near the Thai border").
      if (pattern.fight && ARMED_NON_STATE_ROLES.has(targetMention.actor.role))
        ownGroupFought = !actors.some(
          (a) =>
            a.actor.country &&
            a.actor.country !== actorMention!.actor.country &&
            !BORDER_NOUNS.has(tokens[a.end]?.lower ?? ''),
        );
      targetMention = undefined;
    }

    // "Bangladesh summoned Myanmar's ambassador in protest against ... violation of the Bangladeshi
    // airspace", "has summoned Myanmar's ambassador ... and lodged a strong protest": the protest is
    // the summoner's, against the summoned envoy's state.
    if (pattern.type === 'protest' && lastSummons) {
      const inProtest = tokens[trigger.start]!.lower === 'in';
      // "has summoned Kenya's envoy to Juba to protest an alleged encroachment": the summons'
      // purpose, the summoner's protest (not the envoy's); "summoned Morocco's ambassador to
      // protest." names nothing protested beyond the summons.
      const toProtest =
        tokens[trigger.start]!.lower === 'to' && !clauseBreakBetween(tokens, lastSummons.end, trigger.start);
      if (toProtest && tokens[trigger.end]?.kind === 'punct') continue;
      if (inProtest || toProtest || andBetween(tokens, lastSummons.end, trigger.start)) {
        actorMention = lastSummons.actor ?? (inProtest ? subject : actorMention);
        targetMention = lastSummons.target;
      }
    } else if (
      (pattern.type === 'demand' || pattern.cameo.startsWith('02')) &&
      lastSummons &&
      tokens[trigger.start - 1]?.text === ',' &&
      tokens[trigger.start]!.lower.endsWith('ing') &&
      !actors.some(
        (a) =>
          a.start >= lastSummons!.end &&
          a.end <= trigger.start &&
          !a.locative &&
          a.actor.country &&
          a.actor.country !== lastSummons!.target?.actor.country,
      )
    ) {
      // "summoned Myanmar's ambassador in Beijing on Friday night, urging Myanmar to investigate":
      // the summoner's demand, on the summoned envoy's state.
      actorMention = lastSummons.actor;
      targetMention = lastSummons.target;
    } else if (
      pattern.type === 'protest' &&
      tokens[trigger.start]!.lower === 'in' &&
      subject?.actor.country &&
      actorMention &&
      actorMention !== subject
    ) {
      // "Azerbaijan has canceled all events planned by Russian state institutions in protest over the
      // deaths": what is done in protest is the subject's deed, against the state it was done to.
      if (actorMention.actor.country !== subject.actor.country) targetMention = actorMention;
      actorMention = subject;
    }
    const negationCue = reading.cues.find((c) => {
      const cue = c.values[0]!;
      return (
        cue.kind === 'negation' &&
        // "refused to reopen": a cue ending inside the act's phrase ("to reopen") still precedes it.
        (c.end <= trigger.start || (c.start < trigger.start && c.end < trigger.end)) &&
        wordsBetween(tokens, Math.min(c.end, trigger.start), trigger.start) < cue.window &&
        // "Russia does not stop shelling the Sumy region": an act not stopped goes on.
        !wordIn(tokens, c.end, trigger.start, STOPPING_VERBS) &&
        !wordIn(tokens, c.end, trigger.start, CONTRAST_WORDS)
      );
    });
    const threatCue = reading.cues.some(
      (c) =>
        c.values[0]!.kind === 'threat' &&
        c.end <= trigger.start &&
        trigger.start - c.end <= 6 &&
        // "fired warning shots after North Korean soldiers crossed": shots fired, no threat.
        !WARNING_SHOT_WORDS.has(tokens[c.end]?.lower ?? ''),
    );
    const governs = governor?.pattern.governs;
    // "no Pakistani post had fired": a negated subject negates its act.
    const noSubject = !!actorMention && tokens[actorMention.start - 1]?.lower === 'no';
    const refuted = refutedReport(reading, trigger);
    const negated =
      !!negationCue ||
      (governs === 'deny' && !answeredCharge) ||
      noSubject ||
      deniedDeed ||
      refuted ||
      disjoinedFromNegated(tokens, lastNegatedEnd, trigger.start) ||
      negatedPassiveAfter(tokens, trigger.end);
    if (negated) lastNegatedEnd = trigger.end;
    let threat =
      !!pattern.threat ||
      governs === 'threaten' ||
      conditional ||
      announced ||
      (threatCue && pattern.polarity === 'escalation');
    // "a remote attack, which Hezbollah attributes to Israel": laid on a state by someone's word.
    const attributed = !!laidOn && actorMention?.actor.country === laidOn.actor.country;
    let alleged =
      governs === 'allege' || blamedOn >= 0 || attributed || claimedIdentity(tokens, actorMention);
    let eventSource: string | null = null;
    if (governs === 'allege' || governs === 'deny') eventSource = sourceLabel(governor?.actor);
    if (!eventSource && source) {
      eventSource = source.label;
      // One side's word about the other's deeds is an allegation.
      const claimant = source.mention?.actor.country ?? (source.label.length === 3 ? source.label : null);
      const parties = [
        actorMention?.actor.country,
        targetMention?.actor.country,
        ...(actorMention?.pair ?? []),
      ];
      if (
        claimant &&
        parties.includes(claimant) &&
        pattern.polarity === 'escalation' &&
        // An accusation is a deed of its own, whoever tells of it (what it alleges is flagged apart).
        pattern.governs !== 'allege' &&
        actorMention?.actor.country !== claimant
      ) {
        alleged = true;
      }
    }
    // ("rejected India's claims as baseless": the claims rejected are the other side's word; the
    // rejection is not alleged.)
    if (
      (allegedAt(trigger.start, pattern.type === 'rejection') || refuted) &&
      pattern.polarity === 'escalation' &&
      !pattern.governs
    )
      alleged = true;
    // "summoned the charge d'affaires over what it said was an incursion": the act is named as one
    // side's word has it.
    if (pattern.polarity === 'escalation' && !pattern.governs && framedBySay(tokens, trigger.start))
      alleged = true;

    // Weapons and the refined fight code.
    const weapons = reading.weapons.filter(
      (w) =>
        w.start >= trigger.start - WEAPON_WINDOW_BEFORE &&
        w.start < trigger.end + WEAPON_WINDOW_AFTER &&
        (pattern.reversed || !weaponIsTarget(tokens, trigger, w.start)) &&
        // "struck Syrian positions after two rockets were fired from Syria": another clause's weapons
        // (not "firing shortly after dawn and later used mortars").
        !(w.start >= trigger.end && openedBy(tokens, w.start)) &&
        // "returned fire and scrambled fighter jets": the weapon another act's verb takes is that act's.
        !(
          w.start >= trigger.end &&
          triggers.some((p) => p.start >= trigger.end && p.end <= w.start && nonFightAct(reading, p))
        ),
    );
    let cameo = pattern.cameo;
    if (pattern.fight && weapons.length > 0) {
      const codes = weapons.map((w) => FIGHT_CODE_BY_WEAPON[w.category]);
      if (cameo !== '190') codes.push(cameo);
      cameo = FIGHT_CODE_RANK.find((code) => codes.includes(code)) ?? cameo;
    }
    // "Israeli aircraft struck Syrian army positions": force of an air arm is from the air.
    if (
      cameo === '190' &&
      pattern.fight &&
      actorMention &&
      AIR_ARMS.has(tokens[actorMention.end - 1]?.lower ?? '') &&
      actorMention.end <= trigger.start
    )
      cameo = AERIAL_CODE;

    // "after three days of fighting", "following the clashes": background to the news, not an event of it,
    // unless the phrase dates itself ("after a short confrontation earlier this week").
    const ownDate = reading.dates.some(
      (d) =>
        d.at >= trigger.end &&
        d.at <= trigger.end + OWN_DATE_WINDOW &&
        !clauseBreakBetween(tokens, trigger.end, d.at, true),
    );
    // "returned fire at sources of shelling from Syrian territory": a fight noun whose origin is named
    // is an act told, not background.
    const marker =
      BACKGROUND_NOUNS.has(tokens[trigger.start]!.lower) && !objectNounFrom
        ? backgroundMarkerBefore(tokens, trigger.start)
        : undefined;
    // "the largest prisoner exchange of the war on Sunday": the war as a whole is no incident of the day.
    const strong =
      !!marker &&
      (STRONG_BACKGROUND.has(marker) || (marker === 'of' && tokens[trigger.start]!.lower === 'war'));
    if (pattern.fight && marker && (!ownDate || strong) && !governor) continue;
    // "push for the M23 to accept a ceasefire and withdraw": a step down an armed group is to take is
    // between it and its state, no step between two states.
    if (pattern.polarity === 'de-escalation' && groupToAct(reading, trigger.start)) continue;
    // "calm since the pullback", "since the ceasefire": what came before the news, not news.
    // "Since then, both countries had reinforced ...": a recap of what came between, not news.
    // ("Since then the two sides have agreed to hold talks": the present perfect reaches the news.)
    if (
      tokens[0]!.lower === 'since' &&
      !ownHistoricalDateOf(reading, trigger) &&
      !(tokens[1]?.lower === 'then' && PRESENT_PERFECT.has(tokens[trigger.start - 1]?.lower ?? ''))
    )
      continue;
    // "India must withdraw its troops, Pakistan said", "both sides should return to talks": a deed
    // required is not done (the requirement is the speaker's demand or appeal).
    if (obligedBefore(tokens, trigger.start)) continue;
    // A dated past event after "since" is history ("since a deadly clash in 2020"); a recent one is background.
    const ownHistoricalDate = ownHistoricalDateOf(reading, trigger);
    if (!ownHistoricalDate && !governor && sinceBefore(tokens, trigger.start)) continue;
    // "the deadliest incident since the two countries began peace talks": a process begun is the
    // background a since-clause measures from (a fight begun may be the story itself).
    if (!pattern.fight && !ownHistoricalDate && !governor && sinceBegun(tokens, trigger.start)) continue;
    if (pattern.fight && genericMention(reading, trigger.start)) continue;
    // "the Chin National Front, an ethnic armed group fighting the junta": what a group is, not a deed.
    if (pattern.fight && describedGroup(reading, trigger.start)) continue;
    // "Attacking civilians is a crime", '"Clearing mines together builds trust"': a gerund subject states a view.
    if (gerundSubject(tokens, trigger.start, !!pattern.fight)) continue;
    // "disputes that have repeatedly closed the frontier": a habit, not an event of the day.
    if (habitualBefore(reading, trigger.start)) continue;
    // "Chad rejected the accusations as baseless": the charge rejected is no accusation of the rejecter's.
    if (
      pattern.type === 'accusation' &&
      CHARGE_NOUNS.has(tokens[trigger.end - 1]!.lower) &&
      chargeRejected(reading, trigger)
    )
      continue;
    // "the canal ... threatened farms in Dajabon": what is endangered is no party threatened.
    if (
      pattern.type === 'threat' &&
      tokens[trigger.start]!.lower.startsWith('threaten') &&
      endangeredObject(tokens, trigger.end)
    )
      continue;
    // "warned that Azerbaijan was seeking a pretext for a new war": a warning of what the other side
    // is doing, with nothing the speaker would do, is no threat.
    if (
      pattern.type === 'threat' &&
      WARNING_VERBS.has(tokens[trigger.start]!.lower) &&
      warnedOfOther(reading, trigger.end, source?.mention?.actor.country ?? actorMention?.actor.country)
    )
      continue;
    // "ordered troops to withdraw from the border": forces ordered back are no build-up.
    if (pattern.type === 'force-posture' && orderedBack(reading, trigger.end)) continue;
    // "troops stationed at Koindu have been told to keep their distance": a participle after the
    // forces tells where they are, before the clause's own verb; no new deployment.
    if (pattern.type === 'force-posture' && describingParticiple(reading, trigger, actorMention)) continue;
    // "the shells had damaged a house", "the attack was one of the deadliest": told already, unless newly
    // dated or its sides are named ("the war between Eritrea and Ethiopia began in 1998").
    const sidesNamed = PARTY_MARKERS.has(tokens[trigger.end]?.lower ?? '');
    if (pattern.fight && !ownDate && !sidesNamed && definiteBefore(tokens, trigger.start) && !governor)
      continue;
    // "killed by Azerbaijani fire": the adjective is the act's actor; with none, no act.
    if (pattern.stateAdjective) {
      // "killed by Azerbaijani fire", and "killed in Azerbaijan's fire from across the border".
      const possessive = tokens[trigger.start - 1]?.lower === "'s" ? 1 : 0;
      const adjective =
        actors.find(
          (a) =>
            a.end === trigger.start - possessive &&
            a.end - a.start === 1 &&
            !!a.actor.country &&
            (!a.locative || possessive === 1),
        ) ?? firerAfter(reading, trigger.end);
      if (!adjective) continue;
      if (targetMention === adjective) targetMention = undefined;
      actorMention = { ...adjective, actor: { ...adjective.actor, role: 'MIL' } };
    }
    // "Azerbaijan's concerns over Iranian military exercises": a state's adjective opening the show of
    // force names whose it is; the subject before it is then whom it faces.
    if (pattern.type === 'force-posture') {
      const own = actors.find(
        (a) =>
          a.start === trigger.start - 1 &&
          !!a.actor.country &&
          !a.locative &&
          reading.countries.some((c) => c.start === a.start && c.end === trigger.start),
      );
      if (own && own.actor.country !== actorMention?.actor.country) {
        targetMention = actorMention?.actor.country ? actorMention : targetMention;
        actorMention = own;
      }
    }
    // "didn't obey the demand of the Uzbek border guards to leave and attacked them": "them" after
    // the act stands for the last other party named before it.
    if (
      !targetMention &&
      pattern.fight &&
      actorMention?.actor.country &&
      tokens[trigger.end]?.lower === 'them'
    )
      targetMention = actors.findLast(
        (a) =>
          a.end <= trigger.start &&
          !a.locative &&
          a.actor.country &&
          a.actor.country !== actorMention!.actor.country,
      );
    // "confirmed the detention of 16 soldiers from Sierra Leone, alleging they crossed into Guinean
    // territory": no one crosses into their own state's land; the crossers are the other state named.
    if (pattern.type === 'incursion') {
      const into = actors.find((a) => a.start === trigger.end && a.actor.country);
      const pronounSubject = SUBJECT_PRONOUNS.has(tokens[trigger.start - 1]?.lower ?? '');
      if (
        into &&
        (actorMention?.actor.country ? into.actor.country === actorMention.actor.country : pronounSubject)
      ) {
        const crosser = actors.findLast(
          (a) =>
            a.end <= trigger.start &&
            !a.locative &&
            a.actor.country &&
            a.actor.country !== into.actor.country,
        );
        if (crosser) {
          actorMention = crosser;
          targetMention = into;
        }
      }
    }
    // "Rwandan troops on Sunday entered Goma": only a town of another state makes the entry an incursion.
    if (pattern.foreignPlaceObject && !foreignPlaceAfter(reading, trigger.end, actorMention?.actor.country))
      continue;
    // A weak verb ("used", "hit") is a use of force only when its user is named.
    // "The two countries" are no actor of a one-sided act ("when trucks crossed the border").
    // "soldiers were injured in firing from across the border": the shooter is the other side, named or not.
    const fromAcross = !!targetMention?.actor.country && fireFromAcross(tokens, trigger);
    if (
      pattern.needsActor &&
      !actorMention?.actor.country &&
      !(actorMention?.mutual && pattern.twoSided) &&
      !fromAcross
    )
      continue;
    if (
      pattern.armedActor &&
      ((actorMention && CIVILIAN_ROLES.has(actorMention.actor.role)) ||
        fleeingCrossers(tokens, trigger.start))
    )
      continue;
    // "who was shot and killed by Kyrgyz border guards": a passive's agent needs no subject place.
    const byAgent = passive && !!actorMention && actorMention.start >= trigger.end;
    if (
      pattern.subjectActor &&
      !byAgent &&
      !subjectRightBefore(tokens, actorMention, trigger.start) &&
      !(governor?.pattern.governs === 'allege' && chargedGerundPair(tokens, trigger.start))
    )
      continue;
    // A fight with rebels, militias or communities on one side is an internal matter, not the dyad's.
    const sides = pattern.fight || MEETING_TYPES.has(pattern.type) ? namedSides(reading, trigger.end) : [];
    // "clashed with Ethiopian forces and militias": beside two states' forces, militias do not make it
    // internal; nor do a neighbour's militias fought by a state's forces ("Sudanese soldiers ... clashes
    // with Ethiopian militias"), irregulars told by their state's adjective (not a named group: "the
    // M23"). Foreign to whom: with the sides named after "between", the first of them ("as fighting
    // raged between Congo's army and M23 rebels", whatever state is named outside); after "with",
    // which names one side, the subject (or the victims).
    const between = sides.length >= 2 && sidesBetween(tokens, trigger.end);
    const own = between
      ? sides[0]!.actor.country
      : (actorMention?.actor.country ?? targetMention?.actor.country);
    const states = new Set(
      sides
        .filter(
          (side) =>
            // "near the Afghan border" names a place, not a side.
            (!side.locative && !NON_STATE_ROLES.has(side.actor.role)) ||
            (!!own &&
              side.actor.country !== own &&
              side.actor.org === undefined &&
              MILITIA_WORDS.test(side.text)),
        )
        .map((side) => side.actor.country),
    );
    if (!between && own) states.add(own);
    states.delete(null);
    const foreignForces = states.size >= 2;
    if (pattern.fight && !foreignForces && sides.some((side) => NON_STATE_ROLES.has(side.actor.role)))
      continue;
    // "clashes between the two armies", "a ceasefire between A and B": the sides, not the subject.
    const [firstSide, secondSide] = sides;
    // "brokered a ceasefire between A and B": the broker acts; the sides are whom it brings together.
    if (firstSide && sidesBetween(tokens, trigger.end) && !MEDIATION_TYPES.has(pattern.type)) {
      actorMention = firstSide;
      targetMention =
        secondSide && secondSide.actor.country !== firstSide.actor.country ? secondSide : undefined;
      // "exchanges of fire between border troops": the border's forces of no named state are both sides.
      if (!secondSide && !firstSide.actor.country && BORDER_FORCES.test(firstSide.text))
        actorMention = { ...firstSide, mutual: true };
    }
    // "a shooting incident involving members of the Botswana Defence Force": the one party named, with
    // no actor else, did the shooting.
    if (
      firstSide?.actor.country &&
      (!secondSide?.actor.country || secondSide.actor.country === firstSide.actor.country) &&
      !actorMention?.actor.country &&
      wordIn(tokens, trigger.end, firstSide.start, INVOLVING_WORDS)
    ) {
      actorMention = firstSide;
      if (targetMention === firstSide) targetMention = undefined;
    }
    // "one of their fighters was killed in Sunday's combat with Iranian border guards": the side
    // fought with is the subject's foe.
    if (
      firstSide?.actor.country &&
      tokens[trigger.end]?.lower === 'with' &&
      !actorMention?.actor.country &&
      targetMention?.actor.country &&
      targetMention.actor.country !== firstSide.actor.country
    )
      actorMention = firstSide;
    // "accused Morocco of killing three civilians in a 'barbaric' attack on their trucks": the means of
    // the act just told, not an act of its own (a clash, "killed twelve soldiers in a clash", has two sides).
    if (
      pattern.fight &&
      !pattern.reciprocal &&
      lastFightEnd >= 0 &&
      meansOfToldAct(tokens, lastFightEnd, trigger.start)
    )
      continue;
    // "killed six members of an irregular armed group ... in fighting in Apure": a fight of no side named,
    // in a sentence of one state's forces and an armed group of no state, is that state's with the group.
    if (pattern.fight && !actorMention && !targetMention && oneStateAgainstGroup(actors)) continue;
    let mark = nearestMark(reading.dates, trigger.start);
    // "The borders were closed in August, and Benin's president has called for talks": an act in the
    // present perfect after ", and" is news, not the earlier clause's past.
    // So is one before ", but" and a past told after it ("Neither side has fired a shot in the
    // standoff, but 20 soldiers were killed in June").
    if (mark && PRESENT_PERFECT.has(tokens[trigger.start - 1]?.lower ?? '')) {
      const [from, to] = mark.at < trigger.start ? [mark.at + 1, trigger.start - 1] : [trigger.end, mark.at];
      for (let k = from; k < to; k++)
        if (
          tokens[k]!.text === ',' &&
          CLAUSE_JOINERS.has(tokens[k + 1]?.lower ?? '') &&
          // "For years now, ... have provided materiel, and have fought alongside them": the same
          // subject's habit goes on.
          !(mark.habitual && PRESENT_PERFECT.has(tokens[k + 2]?.lower ?? ''))
        ) {
          mark = undefined;
          break;
        }
    }
    // An appeal is a reaction to the news: the past of a background sentence before it does not date it
    // ("In 2010, shelling killed four. The United States urged Pyongyang to return to talks").
    if (appeal && mark?.carried && mark.historical) mark = undefined;
    // Nor does a vague time carried from the sentence before date a reaction ("... a bombing in
    // Istanbul last week. The Syrian government condemned the strikes"), nor an appeal ("... held
    // talks earlier this month but failed to agree. The OAS urged both countries to").
    if (
      mark?.carried &&
      mark.approx &&
      !mark.historical &&
      (appeal || SPEAKER_CODES.has(pattern.cameo.slice(0, 2)))
    )
      mark = undefined;
    // "called on Venezuela to abide by an agreement the two presidents reached in December": a time
    // told after the accord an appeal names is the accord's.
    if (
      appeal &&
      mark &&
      !mark.carried &&
      mark.at > trigger.end &&
      accordBetween(tokens, trigger.end, mark.at)
    )
      mark = undefined;
    // "will keep its border with Belarus closed until the end of November": the end of a span
    // dates nothing.
    if (mark && !mark.carried && mark.at > trigger.end && spanEndAt(tokens, mark.at)) mark = undefined;
    // "agreed that commanders would meet on Tuesday": a plan told after the act dates the plan only.
    if (mark?.future && mark.at > trigger.end && plannedBetween(tokens, trigger.end, mark.at))
      mark = undefined;
    // "signed the agreement after more than three years of talks": the span the act ended is no time of it.
    if (
      mark?.historical &&
      !mark.carried &&
      mark.at > trigger.end &&
      spanEndedBy(tokens, trigger.end, mark.at)
    )
      mark = undefined;
    // Dated after publication: planned ("will meet in Istanbul on October 25"), not done. A step
    // down planned so ("will complete disengagement by October 28-29") is its stated intent (0356).
    if (mark?.future) {
      const willTake = [1, 2, 3].some((back) =>
        PLANNED_AUXILIARIES.has(tokens[trigger.start - back]?.lower ?? ''),
      );
      if (
        willTake &&
        pattern.polarity === 'escalation' &&
        (MATERIAL_STEP_ROOTS.has(cameo.slice(0, 2)) || pattern.type === 'envoy-summoned') &&
        actorMention?.actor.country &&
        !negated
      ) {
        // "will close all borders with Haiti starting Friday": a hostile step a state has set a day
        // for is its threat now; "said it would summon the Russian ambassador on Wednesday" is the
        // protest made now (the summons its form).
        if (pattern.type !== 'envoy-summoned') threat = true;
        mark = undefined;
      } else if (isIntentStatedNow(pattern) && actorMention) mark = undefined;
      else {
        if (pattern.polarity !== 'de-escalation' || !pattern.cameo.startsWith('08') || !willTake) continue;
        pattern = INTENT_TO_DE_ESCALATE;
        cameo = pattern.cameo;
        mark = undefined;
      }
    }
    if (pattern.type === 'consultation' && ownSideMeeting(reading, trigger, actorMention, targetMention))
      continue;
    // "The army offered condolences to the fallen captain's family": sympathy is with the other side
    // only when the text names it, or both sides give it ("The two leaders expressed condolences").
    if (
      pattern.cameo === '018' &&
      !actorMention?.mutual &&
      !targetMention?.actor.country &&
      !targetMention?.mutual
    )
      continue;
    // "had crossed into Bosnia or detained anyone": a deed joined to the one before, by its actor,
    // is done where that one was, to the same side.
    if (
      !targetMention?.actor.country &&
      lastDeed?.target &&
      lastDeed.actor === actorMention &&
      joinedDeed(tokens, trigger.start)
    )
      targetMention = lastDeed.target;
    const historical = !!mark?.historical;
    const date = historical ? mark!.date : (mark?.date ?? (published ? published.slice(0, 10) : null));
    if (pattern.fight) {
      lastFightActor = actorMention;
      lastFightTarget = targetMention;
    }
    if (FIGHT_ROOTS.has(cameo.slice(0, 2)) && actorMention?.actor.country) lastFightEnd = trigger.end;
    if (pattern.polarity === 'escalation')
      lastDeed = { end: trigger.end, actor: actorMention, target: targetMention };
    if (cameo.startsWith('11')) lastCharge = { end: trigger.end, actor: actorMention, target: targetMention };
    if (pattern.type === 'envoy-summoned')
      lastSummons = { end: trigger.end, actor: actorMention, target: targetMention };
    drafts.push({
      cameo,
      type: pattern.type,
      polarity: pattern.polarity,
      actor: actorMention ? { ...actorMention.actor } : framedBy ? { ...framedBy } : null,
      target: targetMention
        ? { ...targetMention.actor }
        : pattern.type === 'sanctions'
          ? goodsOrigin(reading, trigger.end)
          : null,
      date,
      dateApproximate: mark ? mark.approx : false,
      negated,
      alleged,
      threat,
      historical,
      source: eventSource,
      killed: null,
      injured: null,
      weapons: weapons.length === 0 ? [] : [...new Set(weapons.map((w) => w.name))],
      weaponCategories: weapons.length === 0 ? [] : [...new Set(weapons.map((w) => w.category))],
      evidence: reading.sentence.text,
      mutual: !!actorMention?.mutual,
      mutualPair: actorMention?.pair,
      bodyAddressed:
        !!actorMention?.mutual &&
        !!targetMention &&
        !targetMention.actor.country &&
        INTERNATIONAL_BODIES.has(targetMention.actor.role) &&
        targetMention.start <= trigger.end + 1,
      jointDenunciation:
        !!actorMention?.pair &&
        !targetMention &&
        pattern.cameo.startsWith('11') &&
        !pattern.reciprocal &&
        !eachOtherAfter(tokens, trigger.end),
      oneSided:
        !!pattern.oneSided ||
        ONE_SIDED.has(tokens[trigger.start - 1]?.lower ?? '') ||
        ONE_SIDED.has(tokens[trigger.start - 2]?.lower ?? ''),
      anaphoric:
        definiteBefore(tokens, trigger.start) || retoldVictim(tokens, passive, actorMention, targetMention),
      // The appeal's object itself ("urged Baku to"), not a state after a preposition ("a peaceful
      // resolution with Venezuela", which still goes to both sides).
      oneAddressee:
        appeal &&
        !!targetMention?.actor.country &&
        (!pluralAddressee || namedPlural) &&
        targetMention.start <= trigger.end + 1,
      firedAcross,
      ownGroupFought,
      pairedSubject: actorMention?.actor.country
        ? pairedSubjectOf(actors, tokens, actorMention, trigger.start)
        : undefined,
      reportDated:
        !!mark &&
        !mark.carried &&
        // "..., the ministry said on Monday", "said on Monday that a gang opened fire": the telling's day.
        (reportingDate(tokens, mark.at) || datedByEarlierAct(reading, mark.at, trigger)),
      ally: pattern.fight && !targetMention?.actor.country ? allyAfter(reading, trigger.end) : undefined,
      sentence: reading.index,
      at: trigger.start,
      pattern,
    });
    // "summoned Algeria's ambassador to protest against the expulsion of its nationals": a deed a
    // complaint is against, with no agent of its own, is the addressee's, on the complainant's side.
    if (pattern.polarity === 'escalation' && !SPEECH_OR_PROTEST.test(pattern.cameo) && !pattern.governs) {
      const draft = drafts[drafts.length - 1]!;
      const complaint = drafts.findLast(
        (d) =>
          d !== draft &&
          d.at < trigger.start &&
          !!d.actor?.country &&
          !!d.target?.country &&
          (d.type === 'envoy-summoned' || SPEECH_OR_PROTEST.test(d.cameo)),
      );
      const complainant = complaint?.actor?.country;
      const addressee = complaint?.target?.country;
      if (
        complainant &&
        addressee &&
        complainant !== addressee &&
        draft.actor?.country !== addressee &&
        !agentAfter(tokens, trigger.end) &&
        grievanceOpens(tokens, complaint!.at, trigger.start)
      ) {
        // "the expulsion of its nationals": the complainant's people the deed names are its target.
        const own = [draft.actor, draft.target].find((side) => side?.country === complainant);
        draft.actor = { country: addressee, role: complaint!.target!.role };
        draft.target = own ?? { country: complainant, role: draft.target?.role ?? 'GOV' };
      }
    }
    // "reinforced its border with Venezuela and Guyana": a third state acts on each of a named pair.
    const pairTarget = targetMention?.mutual ? targetMention.pair : undefined;
    const actorState = actorMention?.actor.country;
    if (pairTarget && actorState && !pairTarget.includes(actorState)) {
      const model = drafts[drafts.length - 1]!;
      const role = targetMention!.actor.role;
      model.target = { country: pairTarget[0], role };
      drafts.push({ ...model, target: { country: pairTarget[1], role }, weapons: [...model.weapons] });
    }
    // "fired missiles at Iraq and Pakistan": two states that are no pair are each a target.
    const next =
      targetMention?.actor.country && tokens[targetMention.end]?.lower === 'and'
        ? actors.find((a) => a.start === targetMention!.end + 1 && a.actor.country && !a.locative)
        : undefined;
    if (next && next.actor.country !== actorState && next.actor.country !== targetMention!.actor.country) {
      const model = drafts[drafts.length - 1]!;
      drafts.push({ ...model, target: { ...next.actor }, weapons: [...model.weapons] });
    }
  }
  for (const { at, mention } of extraActors) {
    const model = drafts.find((d) => d.at === at);
    if (!model) continue;
    // "The Indian Army and the Chinese Army will complete disengagement": a step down two states'
    // forces take together is each one's towards the other.
    const together =
      (model.cameo.startsWith('08') || model.cameo.startsWith('03')) &&
      !model.target &&
      !!model.actor?.country &&
      !!mention.actor.country &&
      model.actor.country !== mention.actor.country;
    const target = together ? { ...model.actor! } : model.target;
    if (together) model.target = { ...mention.actor };
    // A co-actor acts alone, even beside a pair acting together ("Mali and its allies A and B").
    drafts.push({
      ...model,
      actor: { ...mention.actor },
      target,
      mutual: false,
      mutualPair: undefined,
      jointDenunciation: false,
      weapons: [],
      weaponCategories: [],
    });
  }
  return mergeWithinSentence(dropGenericYielding(withoutBrokers(drafts)), reading);
}

/**
 * "Moscow said it had brokered a ceasefire that took effect at 9 a.m.": who brokered an accord of
 * its sentence is no party to it; the accord is left to the sides.
 */
function withoutBrokers(drafts: DraftEvent[]): DraftEvent[] {
  const brokers = drafts.filter((d) => MEDIATION_TYPES.has(d.type) && d.actor?.country);
  if (brokers.length === 0) return drafts;
  for (const draft of drafts) {
    if (!ACCORD_TYPES.has(draft.type) || !draft.actor?.country) continue;
    if (brokers.some((b) => b.actor!.country === draft.actor!.country && b.at < draft.at)) draft.actor = null;
  }
  return drafts;
}
/** A third party bringing the sides together ("brokered by Qatar", "Russia brokered a truce"). */
export const MEDIATION_TYPES: ReadonlySet<string> = new Set(['mediation', 'brokering']);
const ACCORD_TYPES = new Set(['ceasefire', 'agreement', 'peace-agreement']);

/** The first of two states joined by "and" as one subject ("the United States and Japan"). */
function coordinatedBefore(
  actors: readonly ActorMention[],
  tokens: readonly Token[],
  mention: ActorMention,
): ActorMention[] {
  // "Mali, Niger and Burkina Faso said they were recalling": "they" stands for the whole list.
  if (mention.antecedent && PLURAL_PRONOUNS.has(tokens[mention.start]?.lower ?? ''))
    return coordinatedBefore(actors, tokens, mention.antecedent).filter(
      (a) => a.actor.country !== mention.actor.country,
    );
  const own = mention.actor.country ? [mention.actor.country] : (mention.pair ?? []);
  // "China and the United States urged": past the article of the second.
  const start = tokens[mention.start - 1]?.lower === 'the' ? mention.start - 1 : mention.start;
  // "Mali and its allies Burkina Faso and Niger recalled": the allies are listed with the first.
  const andAt =
    tokens[start - 1]?.lower === 'and'
      ? start - 1
      : ALLY_WORDS.has(tokens[start - 1]?.lower ?? '') &&
          POSSESSIVES.has(tokens[start - 2]?.lower ?? '') &&
          tokens[start - 3]?.lower === 'and'
        ? start - 3
        : -1;
  // "The Iraqi government and the United Nations condemned": a body of no state may close the list.
  if ((own.length === 0 && !mention.actor.org) || andAt < 0) return [];
  const list: ActorMention[] = [];
  // Back over "X, Y and" (an Oxford comma too): "The United States, Britain and Saudi Arabia urged".
  let end = tokens[andAt - 1]?.text === ',' ? andAt - 1 : andAt;
  const countries = new Set(own);
  while (list.length < MAX_COORDINATED) {
    const before = actors.find(
      (a) => a.end === end && !a.locative && !!a.actor.country && !countries.has(a.actor.country),
    );
    if (!before) break;
    list.push(before);
    countries.add(before.actor.country!);
    if (tokens[before.start - 1]?.text !== ',') break;
    end = before.start - 1;
  }
  // "struck two bases in Pakistan, and Burundi blamed": a list opened by a preposition is an
  // object, not subjects.
  const first = list[list.length - 1];
  if (first && LIST_OPENING_PREPOSITIONS.has(tokens[first.start - 1]?.lower ?? '')) return [];
  return list;
}

/** Verbs whose object is an audience: "told reporters", "briefed journalists". */
const TELLING_VERBS = new Set(['told', 'tells', 'telling', 'briefed', 'briefing', 'addressed', 'addressing']);

/** Words for some of a force's men: "by members of", "by elements of". */
const MEMBER_NOUNS = new Set([
  'members',
  'member',
  'personnel',
  'elements',
  'officers',
  'soldiers',
  'troops',
  'units',
]);

/** The state that backs a group named at `at`: "Serbia-sponsored criminals". */
function sponsorBefore(reading: SentenceReading, at: number): Iso3 | undefined {
  const { tokens } = reading;
  if (!BACKER_PARTICIPLES.has(tokens[at - 1]?.lower ?? '') || tokens[at - 2]?.text !== '-') return undefined;
  return reading.countries.find((c) => c.end === at - 2)?.iso3;
}

/** Vessels and vehicles that carry a force's men: "by two boats of 12 members of". */
const CARRIER_NOUNS = new Set(['boats', 'boat', 'vehicles', 'trucks', 'groups', 'group']);
/** Parts told before a force, at most: "two boats of 12 members of". */
const MEMBER_PARTS = 2;

/**
 * "by members of India's Border Security Force", "by two boats of 12 members of the Venezuelan
 * gang": the last "of" past the parts of a force named after `at`, or `at` when none is.
 */
function pastMembers(tokens: readonly Token[], at: number): number {
  let ofAt = at;
  for (let parts = 0; parts < MEMBER_PARTS; parts++) {
    const count = tokens[ofAt + 1];
    const noun = count?.kind === 'num' || NUMBER_WORDS.has(count?.lower ?? '') ? ofAt + 2 : ofAt + 1;
    const word = tokens[noun]?.lower ?? '';
    if ((!MEMBER_NOUNS.has(word) && !CARRIER_NOUNS.has(word)) || tokens[noun + 1]?.lower !== 'of') break;
    ofAt = noun + 1;
  }
  return ofAt;
}

/** Verbs that announce a step of the speaker's own: "announced a general mobilisation". */
const ANNOUNCING = new Set(['announced', 'announces', 'announcing', 'declared', 'declares', 'proclaimed']);
/** Words between an announcing verb and the step it announces: "a general", "the full". */
const ANNOUNCED_REACH = 3;

/** Is the trigger at `start` the object of an announcing verb ("announced a general mobilisation")? */
function announcedAct(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - ANNOUNCED_REACH); k--) {
    const token = tokens[k]!;
    if (ANNOUNCING.has(token.lower)) return k < start - 1 && ARTICLES.has(tokens[k + 1]!.lower);
    if (token.kind !== 'word' || token.cap) return false;
  }
  return false;
}

/** Verbs of ordering whose object does what follows "to": "ordered the army to". */
export const ORDERING_VERBS: ReadonlySet<string> = new Set([
  'ordered',
  'orders',
  'ordering',
  'instructed',
  'directed',
  'commanded',
  'told',
]);

const PLURAL_PRONOUNS = new Set(['they', 'their', 'them']);
/** Pronouns that stand as a verb's subject: "alleging they crossed into Guinean territory". */
const SUBJECT_PRONOUNS = new Set(['they', 'it', 'he', 'she']);

const LIST_OPENING_PREPOSITIONS = new Set([
  'in',
  'near',
  'at',
  'from',
  'into',
  'across',
  'inside',
  'on',
  'against',
]);

/** "and its allies", "and their neighbours": a list's last members named as the first's partners. */
const ALLY_WORDS = new Set([...ALLY_NOUNS, 'neighbours', 'neighbors', 'partners']);

/** States listed before the one next to a verb, at most: "A, B, C and D urged". */
const MAX_COORDINATED = 4;

/** Words after a mediator's name, up to the "acting as" or "as" that names its role. */
const MEDIATOR_ROLE_REACH = 6;
const MEDIATOR_NOUNS = new Set([
  'mediator',
  'mediators',
  'facilitator',
  'facilitators',
  'broker',
  'brokers',
  'host',
  'hosts',
]);
/** Tokens an apposition between a mediator and its role may take: ", the current chair of the regional bloc CELAC,". */
const MEDIATOR_APPOSITION_REACH = 12;

/** Is `mention` named as a mediator after it ("Brazil and the Caribbean Community acting as mediators")? */
function namedMediator(tokens: readonly Token[], mention: { end: number }): boolean {
  let reach = mention.end + MEDIATOR_ROLE_REACH;
  for (let k = mention.end; k < Math.min(tokens.length - 1, reach); k++) {
    const word = tokens[k]!.lower;
    // "Ralph Gonsalves of St Vincent and the Grenadines, the current chair of CELAC, acting as host":
    // past an apposition to its closing comma.
    if (word === ',' && k === mention.end && ADJECTIVE_DETERMINERS.has(tokens[k + 1]?.lower ?? '')) {
      let close = k + 1;
      while (close < tokens.length && close - k <= MEDIATOR_APPOSITION_REACH && tokens[close]!.text !== ',')
        close++;
      if (tokens[close]?.text !== ',') return false;
      k = close;
      reach = close + MEDIATOR_ROLE_REACH;
      continue;
    }
    if (word === ',' || word === '.' || word === ';') return false;
    if (word === 'as' && MEDIATOR_NOUNS.has(tokens[k + 1]!.lower)) return true;
  }
  return false;
}

/**
 * Up to two mediators joined by "and" right after "by" / "of": "the United States and France"; with
 * none there, those named before "acting as mediators" (a phrase starting at `phraseStart`).
 */
function mediatorsAfter(reading: SentenceReading, from: number, phraseStart: number): ActorMention[] {
  const { actors, tokens } = reading;
  const first =
    actors.find((a) => a.start >= from && a.start <= from + 2) ??
    actors.find(
      (a) =>
        a.end <= phraseStart &&
        phraseStart - a.end <= MEDIATOR_ROLE_REACH + MEDIATOR_APPOSITION_REACH &&
        namedMediator(tokens, a),
    );
  if (!first) return adjectiveMediator(reading, phraseStart);
  // "Brazil and the Caribbean Community": past the article.
  const after = tokens[first.end + 1]?.lower === 'the' ? first.end + 2 : first.end + 1;
  const second = tokens[first.end]?.lower === 'and' ? actors.find((a) => a.start === after) : undefined;
  return second ? [first, second] : [first];
}

/** "under Angolan mediation": the state of the adjective between "under" and the phrase. */
function adjectiveMediator(reading: SentenceReading, phraseStart: number): ActorMention[] {
  const country = reading.countries.find((c) => c.end === phraseStart);
  if (!country || reading.tokens[country.start - 1]?.lower !== 'under') return [];
  const text = reading.tokens[country.start]!.text;
  return [
    {
      start: country.start,
      end: country.end,
      text,
      actor: { country: country.iso3, role: 'GOV' },
      locative: false,
    },
  ];
}

/**
 * A generic "agreed to" gives way to the specific act of the same sentence ("agreed to a truce",
 * "signed a protocol and agreed on water sharing"): the specific act is what was agreed.
 */
function dropGenericYielding(drafts: DraftEvent[]): DraftEvent[] {
  // "the two armies agreed to resume joint patrols": joint work agreed on is an intent to cooperate
  // (the agreement, 030), not work done (061); it gives way to the agreement instead.
  const agreedWork = (d: DraftEvent) =>
    d.pattern.type === 'cooperation' &&
    drafts.some(
      (other) => other.pattern.generic && other.pattern.type === 'intent-to-cooperate' && other.at < d.at,
    );
  return drafts.filter(
    (d) =>
      !agreedWork(d) &&
      (!d.pattern.generic ||
        // (Not to an act of no side named: "agreed that their commission would meet" stays agreed.)
        !drafts.some(
          (other) =>
            other !== d &&
            !other.pattern.generic &&
            other.polarity === d.polarity &&
            !(
              d.pattern.type === 'intent-to-cooperate' &&
              (other.pattern.type === 'talks' || other.pattern.type === 'consultation')
            ) &&
            !agreedWork(other) &&
            !ownActAfterJointAgreement(d, other) &&
            (!!other.actor || !!other.target || other.mutual || !!d.actor || !!d.target),
        )),
  );
}

/**
 * "Zambia and Zimbabwe agreed to set up a hotline, and Zimbabwe freed eleven fishermen": one side's
 * own act told after what both agreed is no part of the agreement.
 */
function ownActAfterJointAgreement(agreement: DraftEvent, other: DraftEvent): boolean {
  return agreement.mutual && !other.mutual && other.at > agreement.at && !!other.actor;
}

function sameSide(a: ActorRef | null, b: ActorRef | null): boolean {
  return (a?.country ?? null) === (b?.country ?? null) && (a?.org ?? null) === (b?.org ?? null);
}

/** One sentence, one root, one actor: one event ("returned fire as clashes took place"). */
/** The type of a bare killing verb ("Tajik guards killed two Kyrgyz soldiers"): a fight named beside it says more. */
const KILLING = 'killing';

function mergeWithinSentence(drafts: DraftEvent[], reading: SentenceReading): DraftEvent[] {
  const kept: DraftEvent[] = [];
  // "Iran's Guards struck two bases ..., and Burundi blamed RED-Tabara for an attack": an accusation
  // between two tellings opens another act, not the same one told again.
  // So does a cause phrase: "struck Indian air bases in retaliation for Indian missile strikes".
  const accusationBetween = (a: number, b: number) =>
    reading.triggers.some(
      (t) =>
        t.start > Math.min(a, b) && t.start < Math.max(a, b) && t.values.some((v) => v.governs === 'allege'),
    ) || causePhraseBefore(reading.tokens, Math.max(a, b)) > Math.min(a, b);
  for (const draft of drafts) {
    const root = draft.cameo.slice(0, 2);
    const twin = kept.find(
      (k) =>
        k.cameo.slice(0, 2) === root &&
        // Different acts of one root stay apart ("pulled back ... and reopened the crossings"); fights merge.
        (k.type === draft.type || (!!k.pattern.fight && !!draft.pattern.fight)) &&
        k.negated === draft.negated &&
        // A sentence may date two fights apart ("opened fire again after a confrontation earlier this week").
        (k.date === draft.date || !k.pattern.fight) &&
        (k.historical === draft.historical || !k.pattern.fight) &&
        (sameSide(k.actor, draft.actor) || !draft.actor || !k.actor) &&
        (sameSide(k.target, draft.target) || !draft.target || !k.target) &&
        !accusationBetween(k.at, draft.at),
    );
    if (!twin) {
      kept.push(draft);
      continue;
    }
    // "The crossing has been closed since Feb. 21, when Pakistani authorities shut it": the telling that
    // names the actor dates the act.
    if (!twin.actor && draft.actor && (!twin.target || sameSide(twin.target, draft.target))) {
      twin.date = draft.date;
      twin.dateApproximate = draft.dateApproximate;
      twin.historical = draft.historical;
      // "killed in the fighting ..., when Tajik troops attacked": the telling that names who acted
      // says how (a one-way attack, not a clash both ways).
      twin.pattern = draft.pattern;
      twin.type = draft.type;
    }
    // "its forces had killed twelve Kyrgyz soldiers in a clash": the fight's own name says what it was
    // (a clash, both ways), over the bare killing verb.
    if (twin.type === KILLING && draft.pattern.fight && draft.type !== KILLING) {
      twin.pattern = draft.pattern;
      twin.type = draft.type;
    }
    twin.actor ??= draft.actor;
    twin.target ??= draft.target;
    // Two halves of one telling never make a state act on itself.
    if (twin.target?.country && twin.target.country === twin.actor?.country) twin.target = null;
    twin.alleged ||= draft.alleged;
    twin.weapons = [...new Set([...twin.weapons, ...draft.weapons])];
    twin.weaponCategories = [
      ...new Set([...(twin.weaponCategories ?? []), ...(draft.weaponCategories ?? [])]),
    ];
    if (
      FIGHT_CODE_RANK.indexOf(draft.cameo) !== -1 &&
      FIGHT_CODE_RANK.indexOf(draft.cameo) < FIGHT_CODE_RANK.indexOf(twin.cameo)
    ) {
      twin.cameo = draft.cameo;
    }
  }
  return kept;
}
