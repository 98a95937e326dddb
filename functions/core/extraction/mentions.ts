/**
 * Per-sentence reading: matches every lexicon layer once, then groups the matches into actor
 * mentions (a country + a role word, an organisation, a titled person, a seat of government),
 * people and places.
 */
import type { ActorRef, ActorRole, Iso3, WeaponCategory } from '../model';
import type { TrieMatch } from '../text/token-trie';
import { QUOTE_MARKS, type Sentence, type Token, wordBeforeStop, wordIn } from '../text/tokenize';
import { INSTITUTIONS, NAMED_ONLY_INSTITUTIONS, type Organization, type TITLES } from './data/actors';
import { type Cue, NUMBER_WORDS, VICTIM_KIND, WEEKDAY_NAMES } from './data/cues';
import type { EventPattern } from './data/events';
import { officialBySurname, officialState } from './data/officials';
import { type DateMark, findDateMarks } from './dates';
import { areLandNeighbours } from './dyads';
import type { Source } from './events';
import { type EntityValue, getLexicon, lookupPlace, matchSentence, type PlaceCandidate } from './lexicon';
import type { CountryForm, RoleValue } from './lexicon-format';

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  actor: ActorRef;
  /** A country named as a place ("the Tajik city of", "Indian territory"): a target, never an actor. */
  locative: boolean;
  /** "both sides", "each government": both states of the dyad, one event per direction. */
  mutual?: boolean;
  /** The two states of a coordinated mention ("Thailand and Cambodia", "Afghan and Pakistani guards"). */
  pair?: [Iso3, Iso3];
  /**
   * "the ministry", "the government": a state's organ told again without its state, an actor only
   * once coreference.ts finds whose (dropped otherwise).
   */
  definite?: boolean;
  /** For a pronoun coreference.ts resolved: the mention it stands for (whose list "they" may stand for). */
  antecedent?: ActorMention;
}

export interface PersonMention {
  start: number;
  end: number;
  name: string;
  title: string | null;
  actor: ActorRef | null;
}

export interface PlaceMention {
  start: number;
  name: string;
  /** Candidates from the gazetteer (most populous first); resolved with the article's countries. */
  candidates: readonly PlaceCandidate[];
  /** Set when the place is a seat of government matched as a country alias. */
  seatOf?: Iso3;
  /** "NAIROBI (AFP) —": the city a report was filed from, where nothing told happened. */
  dateline?: boolean;
  /** "the disputed border village of Yenga": no one state's, whatever lies near it. */
  disputed?: boolean;
  /** Country read from the text when the gazetteer does not know the place. */
  country?: Iso3 | null;
  /** `country` is the sentence's nearest country, not one the text ties to the place. */
  guessed?: boolean;
  /**
   * A gazetteer place this one is coordinated with ("in Surin and Sisaket provinces") or lies in
   * ("Kok-Tash in the Batken region"): a guessed country gives way to that place's.
   */
  listedWith?: string;
  /**
   * The state the place lies along the border with, or that strikes it, its sentence's only state:
   * the place is in a neighbour of it.
   */
  acrossFrom?: Iso3;
}

export interface SentenceReading {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  /** Title sentences count for mentions and dyads, not for events. */
  inTitle: boolean;
  countries: { start: number; end: number; iso3: Iso3 }[];
  organizations: Organization[];
  actors: ActorMention[];
  people: PersonMention[];
  places: PlaceMention[];
  weapons: { start: number; name: string; category: WeaponCategory }[];
  triggers: readonly TrieMatch<EventPattern>[];
  cues: readonly TrieMatch<Cue>[];
  dates: DateMark[];
  /** Country pairs named as sharing a border ("the border between A and B", "the A-B border"). */
  borderPairs: [Iso3, Iso3][];
  sport: boolean;
  /** findSources() (events.ts) caches the sentence's sources here on first use. */
  sources?: Source[];
}

/** Posts a state keeps in another's capital: "the embassy in Kabul" is no Afghan organ. */
const FOREIGN_POSTS = new Set([
  'embassy',
  'embassies',
  'consulate',
  'mission',
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'diplomats',
  'diplomat',
  'attache',
]);

/** Words after a counted demonym that leave it a noun, not an adjective: "five Sudanese were held". */
const PEOPLE_FOLLOWERS = new Set([
  'were',
  'was',
  'are',
  'have',
  'had',
  'who',
  ',',
  '.',
  'and',
  'in',
  'on',
  'at',
  'near',
  'from',
]);

/** Words before "<demonym> position" that make it a post held, not a stance: "an Israeli position". */
const POST_DETERMINERS = new Set(['a', 'an', 'one', 'another']);

/** Role words that say nothing alone ("the side", "positions"): actors only with a country. */
const NEEDS_COUNTRY = new Set([
  'side',
  'sides',
  'shore',
  'people',
  'state',
  'base',
  'bases',
  'positions',
  'position',
  'units',
  'village',
  'villages',
  'town',
  'towns',
  'homes',
  'houses',
  'school',
  'schools',
  'population',
  'mission',
  'officials',
  'official',
  'authorities',
  'local authority',
  'provincial authority',
  'leader',
  'leaders',
  'government',
  'president',
  'outpost',
  'outposts',
  'children',
  'women',
  'citizens',
  'nationals',
  'delegation',
  'administration',
  'cabinet',
  'force',
  'patrol',
  'patrols',
  'guards',
  'division',
  'jets',
  'aircraft',
  // "approached oil production vessels": craft of no state named are no one's forces.
  'ships',
  'vessels',
  'boats',
  'patrol vessels',
  'patrol boats',
  'plane',
  'planes',
  'warplane',
  'warplanes',
  'settlements',
  'press',
  'television',
  'newspaper',
  'companies',
  'firms',
  'media',
  'ministry',
  'embassy',
  'foreign ministry',
  'foreign minister',
  'prime minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'parliament',
  'ambassador',
  'envoy',
  'diplomats',
  'diplomat',
  'regime',
  'presidency',
  'security council',
  'security councils',
  'defence ministry',
  'defense ministry',
  'defence minister',
  'defense minister',
  'interior ministry',
  'neighbour',
  'neighbor',
  'commander',
  'commanders',
  'colonel',
  'officer',
  'officers',
]);

/** Role words for the owner's neighbour: "accusing its neighbour of". */
export const NEIGHBOUR_WORDS: ReadonlySet<string> = new Set(['neighbour', 'neighbor', 'rival', 'archrival']);

/**
 * Organs of a state (of those NEEDS_COUNTRY holds) that "the" makes a reference back to the state
 * last named with that organ's role: "Tajikistan's foreign ministry said ... The ministry called on".
 */
const DEFINITE_ORGANS = new Set([
  'ministry',
  'foreign ministry',
  'defence ministry',
  'defense ministry',
  'interior ministry',
  'government',
  'presidency',
  'cabinet',
  'administration',
  // "North Korean leader Kim Jong Un declared ..., and since then the regime has laid fresh mines".
  'regime',
]);

/** Words after which a seat of government is where something happens rather than who acts. */
const SEAT_AS_LOCATION = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'into', 'visited', 'via']);
/** Words before a seat travelled to or from: "flew to Damascus and Ankara". */
const TRAVEL_PREPOSITIONS = new Set(['to', 'from', 'via', 'into', 'visited']);
/**
 * Verbs of flight: the state after one and "to" is where people went, not who acted ("the emir fled
 * to Saudi Arabia"); the fight after one is a cause told ("refugees fleeing fighting", in events.ts).
 */
export const FLIGHT_VERBS: ReadonlySet<string> = new Set([
  'fled',
  'flee',
  'flees',
  'fleeing',
  'escape',
  'escaped',
  'escaping',
  'evacuated',
  'flown',
]);

/** Prepositions and nouns after which a capitalised name is a place ("in Isfara", "the city of Isfara"). */
const PLACE_CONTEXT = new Set([
  'in',
  'near',
  'at',
  'outside',
  'around',
  'from',
  'towards',
  'toward',
  'into',
  'of',
  'to',
  'across',
  // "a drone strike on Sumy", "rockets fired on Kiryat Shmona".
  'on',
  // "the hills above Jacmel", "shipped via Torkham", "strikes inside Pakistan", "trucks through Taftan".
  'above',
  'below',
  'beyond',
  'via',
  'through',
  'inside',
  'within',
  // Verbs of reaching, visiting or striking a place: "migrants reached Melilla", "shelled Kobi".
  'reached',
  'reaching',
  'visited',
  'visiting',
  'shelled',
  'bombed',
  'besieged',
  'surrounded',
  'evacuated',
  // "the road between Yunguyo and Copacabana", "boats detained off Dandong", "downed over Mafraq".
  'between',
  'off',
  'over',
  // "armoured vehicles moved to the Danube bank opposite Vukovar", "the town facing Moreh".
  'opposite',
  'facing',
  // "Scud missiles struck Riyadh and Dhahran", "gunmen attacked Zvornik".
  'struck',
  'hit',
  'attacked',
  'raided',
  // Verbs of taking or entering ground: "M23 fighters entered Kanyabayonga", "seized Goma".
  'entered',
  'captured',
  'seized',
  'overran',
  'retook',
  'recaptured',
]);
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'district',
  'region',
  'province',
  'area',
  'settlement',
  'municipality',
  'enclave',
  'port',
  'capital',
  // "near the towns of Jermuk, Goris and Kapan": the first name; the rest are coordinated with it.
  'cities',
  'towns',
  'villages',
  'districts',
  'provinces',
  'regions',
]);
/** Portfolios that name a "Department" or "State" of government, not a place. */
const OFFICE_WORDS = new Set([
  'state',
  'defense',
  'defence',
  'justice',
  'treasury',
  'homeland',
  'interior',
  'health',
  'energy',
  'commerce',
  'labor',
  'labour',
  'education',
  'agriculture',
  'transportation',
  'police',
  'foreign',
  'home',
  'war',
  'security',
  // "the 2nd Army Region said": a military command named after its area.
  'army',
  'navy',
  'military',
]);
/** Nouns after a name that make it a place ("the Torkham crossing", "Poonch district"). */
const PLACE_SUFFIX_WORDS = [
  'district',
  'province',
  'region',
  'crossing',
  'checkpoint',
  // "the Dariali gorge".
  'gorge',
  'valley',
  'village',
  'town',
  'sector',
  // "the Doklam plateau", "the disputed Shebaa Farms area".
  'plateau',
  'area',
  'county',
  'state',
  'department',
  // "Mafraq governorate", "the Bakassi peninsula", "Kurgan oblast".
  'governorate',
  'peninsula',
  'oblast',
  'prefecture',
] as const;
const PLACE_SUFFIXES = new Set<string>(PLACE_SUFFIX_WORDS);
/** Words naming the kind of a crossing between a name and its noun ("the Malpasse border post"). */
const CROSSING_KINDS = new Set(['border', 'road', 'rail', 'pedestrian', 'land', 'frontier']);
/** Nouns of border points after such a word. */
const CROSSING_NOUNS = new Set([
  'crossing',
  'crossings',
  'post',
  'posts',
  'checkpoint',
  'checkpoints',
  'point',
  'gate',
  'town',
  'village',
]);
/** Their plurals, after coordinated names ("the Khost and Paktika provinces"). */
const PLACE_SUFFIX_PLURALS = new Set(
  PLACE_SUFFIX_WORDS.map((word) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`)),
);

/**
 * "Iran-backed", "Russian-aligned": a state so joined to a group names its backer only; "a
 * US-mediated agreement" its broker, no party to it.
 */
export const BACKER_PARTICIPLES: ReadonlySet<string> = new Set([
  'backed',
  'mediated',
  'brokered',
  'supported',
  'sponsored',
  'funded',
  'armed',
  'aligned',
  'allied',
  'affiliated',
]);

/** Words between a country and its role word that keep them one phrase ("Tajik patrol guards", "Pakistan's army"). */
const ROLE_JOINERS = new Set([
  "'s",
  '-',
  'the',
  'border',
  'frontier',
  // "Guyana's defence forces", "Ukraine's air defence forces".
  'defence',
  'defense',
  'air',
  'elite',
  'regular',
  'national',
  'armed',
  'special',
]);

function isPlaceCandidate(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && token.cap && token.text.length > 1;
}

/**
 * Does a locative word lead to token k: "in X", "near the X", "the town of X", "residents of X"
 * ("of" only after a place noun or a lowercase word: "Ministry of Defence" is no place)?
 */
function hasPlaceContext(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1]!;
  // "the town Isfara", and in apposition: "the provincial capital, Goma".
  if (PLACE_NOUNS.has(previous.lower)) return true;
  if (previous.lower === ',' && PLACE_NOUNS.has(tokens[k - 2]?.lower ?? '')) return true;
  // "in nearby Helong", "in the northern Tine": an adjective of where between the word and the name.
  const adjectiveFirst = PLACE_ADJECTIVES.has(previous.lower);
  const [word, before] = adjectiveFirst
    ? tokens[k - 2]?.lower === 'the'
      ? [tokens[k - 3], k - 4]
      : [tokens[k - 2], k - 3]
    : previous.lower === 'the'
      ? [tokens[k - 2], k - 3]
      : [previous, k - 2];
  // "towns such as Zvornik and Bijeljina".
  if (word?.lower === 'as' && tokens[k - 2]?.lower === 'such')
    return PLACE_NOUNS.has(tokens[k - 3]?.lower ?? '');
  // "residents left for Calabar", "a convoy bound for Goma": "for" leads to a place after going.
  if (word?.lower === 'for') return DEPARTURE_WORDS.has(tokens[before]?.lower ?? '');
  if (!word || !PLACE_CONTEXT.has(word.lower)) return false;
  if (word.lower !== 'of') return true;
  const owner = tokens[before];
  // A capital that only opens the sentence is no proper name: "Residents of Khost".
  return PLACE_NOUNS.has(owner?.lower ?? '') || owner?.cap === false || before === 0;
}

/**
 * The two towns a hyphenated crossing name at token k joins ("Saryagash-Keles crossing"), when the
 * gazetteer knows each but not the whole, with where each stands; undefined otherwise.
 */
function crossingPair(
  sentence: Sentence,
  tokens: readonly Token[],
  k: number,
): [number, string][] | undefined {
  if (tokens[k + 1]?.text !== '-' || !isPlaceCandidate(tokens[k + 2])) return undefined;
  const after = tokens[k + 3]?.lower ?? '';
  if (!CROSSING_NOUNS.has(after) && !CROSSING_KINDS.has(after)) return undefined;
  if (lookupPlace(textOf(sentence, tokens, k, k + 3)).length > 0) return undefined;
  const first = tokens[k]!.text;
  const second = tokens[k + 2]!.text;
  if (lookupPlace(first).length === 0 || lookupPlace(second).length === 0) return undefined;
  return [
    [k, first],
    [k + 2, second],
  ];
}

/** Words of leaving after which "for" names the destination: "left for Calabar". */
const DEPARTURE_WORDS = new Set([
  'left',
  'leave',
  'leaving',
  'headed',
  'heading',
  'bound',
  'departed',
  'set',
  'fled',
]);

/** Forces named with where they are: "Moroccan forces in Western Sahara", "Russian troops in Transnistria". */
const STATIONED_FORCES = new Set([
  'forces',
  'troops',
  'soldiers',
  'units',
  'army',
  'military',
  'contingent',
  'bases',
  'garrison',
]);
/** Words between "in" and the state in such a phrase: "in the disputed Western Sahara". */
const STATIONED_FILLERS = new Set([
  'the',
  'disputed',
  'occupied',
  'neighbouring',
  'neighboring',
  'northern',
  'southern',
  'eastern',
  'western',
]);

/**
 * The first token before `at` that is not one of `skipped`, going back fewer than `reach` tokens
 * (a phrase's head past its fillers: "in the disputed Western Sahara", "in southeast Iran").
 */
export function headBefore(
  tokens: readonly Token[],
  at: number,
  skipped: ReadonlySet<string>,
  reach = Number.POSITIVE_INFINITY,
): number {
  let k = at - 1;
  while (k > 0 && skipped.has(tokens[k]!.lower) && at - k < reach) k--;
  return k;
}

/** Is the state at `start` where forces named before it are ("forces in the disputed Western Sahara")? */
function forcesStationedIn(tokens: readonly Token[], start: number): boolean {
  const k = headBefore(tokens, start, STATIONED_FILLERS, 4);
  return tokens[k]?.lower === 'in' && STATIONED_FORCES.has(tokens[k - 1]?.lower ?? '');
}

/** Participles that place a group where it operates: "criminal groups operating inside Afghanistan". */
export const BASED_PARTICIPLES = new Set(['operating', 'based', 'located', 'active', 'hiding', 'sheltering']);
const BASED_PREPOSITIONS = new Set(['in', 'inside', 'from', 'within']);

/**
 * "criminal groups operating inside Afghanistan", "terrorists operating from Kabul": an armed group of
 * no state, placed in a state, acts from that state (its role stays the group's).
 */
function placeArmedGroups(
  tokens: readonly Token[],
  states: readonly StateMention[],
  actors: ActorMention[],
): void {
  for (const a of actors) {
    if (a.actor.country || a.actor.org || (a.actor.role !== 'REB' && a.actor.role !== 'OPP')) continue;
    // '"criminal groups" operating': past the closing quotation mark.
    let end = tokens[a.end]?.kind === 'punct' && tokens[a.end]?.text !== ',' ? a.end + 1 : a.end;
    // "opposition groups inside the Kurdistan Region": "inside" places them without a participle;
    // "armed assailants from Nigeria killed": where they came from is theirs.
    if (BASED_PARTICIPLES.has(tokens[end]?.lower ?? '')) end++;
    else if (tokens[end]?.lower !== 'inside' && tokens[end]?.lower !== 'from') {
      const crossedFrom = crossingFrom(tokens, states, a.end);
      if (crossedFrom) a.actor = { ...a.actor, country: crossedFrom };
      continue;
    }
    if (!BASED_PREPOSITIONS.has(tokens[end]?.lower ?? '')) continue;
    const at = end + 1 + (tokens[end + 1]?.lower === 'the' ? 1 : 0);
    const state = states.find((s) => s.match.start === at);
    const country = state?.iso3 ?? stateOfNamedPlace(tokens, at);
    if (!country) continue;
    a.actor = { ...a.actor, country };
    // "armed assailants from Nigeria killed": one mention, the group, up to the verb.
    if (tokens[end]?.lower === 'from' && state && end === a.end) {
      const named = actors.findIndex((b) => b.start === state.match.start && b.end === state.match.end);
      if (named >= 0) actors.splice(named, 1);
      a.end = state.match.end;
    }
  }
}

/**
 * The state named right before a body several states have ("the US Joint Chiefs"), or before its
 * officer ("the US chairman of the Joint Chiefs").
 */
function sharedNameOwner(
  tokens: readonly Token[],
  states: readonly StateMention[],
  at: number,
): Iso3 | undefined {
  const from = tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'of' ? at - 3 : at;
  return states.find((s) => s.match.end === from)?.iso3;
}

/** Verbs of coming over a border, before the "from" that names where from. */
const CROSSING_VERBS = new Set([
  'cross',
  'crossed',
  'crossing',
  'infiltrate',
  'infiltrated',
  'infiltrating',
  'sneak',
]);
/** Tokens after a group that its clause's crossing is looked for in. */
const CROSSING_REACH = 10;

/**
 * "killed 27 smugglers as they tried to cross the border from Syria": a group of no state that
 * crosses from a state, in its own clause, comes from there.
 */
function crossingFrom(
  tokens: readonly Token[],
  states: readonly StateMention[],
  from: number,
): Iso3 | undefined {
  let verb = -1;
  for (let k = from; k < tokens.length && k < from + CROSSING_REACH; k++) {
    const word = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct') return undefined;
    if (CROSSING_VERBS.has(word)) verb = k;
    else if (word === 'from' && verb >= 0 && k - verb <= 3) {
      const at = k + 1 + (tokens[k + 1]?.lower === 'the' ? 1 : 0);
      return states.find((s) => s.match.start === at)?.iso3;
    }
  }
  return undefined;
}

/** Capitalised words read for a place's name after a preposition ("the Kurdistan Region"). */
const PLACE_NAME_WORDS = 3;

/** The state of a place of note the gazetteer holds, named by the capitalised words at `at`. */
function stateOfNamedPlace(tokens: readonly Token[], at: number): Iso3 | undefined {
  let end = at;
  while (
    end < tokens.length &&
    end - at < PLACE_NAME_WORDS &&
    tokens[end]!.cap &&
    tokens[end]!.kind === 'word'
  )
    end++;
  for (let stop = end; stop > at; stop--) {
    const name = tokens
      .slice(at, stop)
      .map((t) => t.text)
      .join(' ');
    const found = lookupPlace(name)[0];
    if (found) return found.minor || !found.country ? undefined : found.country;
  }
  return undefined;
}

/** Words that coordinate names in a list. */
const JOINERS = new Set(['and', ',', 'or']);

/**
 * Is token k a later name of a list a place noun opens: "the towns of Jermuk, Goris and Kapan",
 * "the villages of Sotk and Kut"?
 */
function inPlaceList(tokens: readonly Token[], k: number): boolean {
  let at = k - 1;
  // Back over joiners and the capitalised names between them, up to a few names.
  for (let steps = 0; steps < 12 && at >= 2; steps++, at--) {
    const word = tokens[at]!.lower;
    if (word === 'of') return PLACE_NOUNS.has(tokens[at - 1]!.lower) && at < k - 2;
    if (word !== 'and' && word !== ',' && word !== '-' && !isPlaceCandidate(tokens[at])) return false;
  }
  return false;
}

/**
 * Is the name ending before token `end` followed by a place noun: "X district", or coordinated
 * names before a plural one ("X and Y provinces")?
 */
function placeNounFollows(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next) return false;
  if (PLACE_SUFFIXES.has(next.lower) || PLACE_SUFFIX_PLURALS.has(next.lower)) return true;
  // "the Kara-Suu road crossing", "the Malpasse border post": a kind of crossing between.
  if (CROSSING_KINDS.has(next.lower) && CROSSING_NOUNS.has(tokens[end + 1]?.lower ?? '')) return true;
  if (next.lower !== 'and' && next.lower !== ',') return false;
  // Up to three more names of up to three words each: "the Khost, Paktika and Kunar provinces".
  let k = end + 1;
  for (let names = 0; names < 3; names++) {
    let words = 0;
    while (words < 3 && isPlaceCandidate(tokens[k])) {
      k++;
      words++;
    }
    if (words === 0) return false;
    const after = tokens[k]?.lower ?? '';
    if (PLACE_SUFFIX_PLURALS.has(after)) return true;
    if (after !== 'and' && after !== ',') return false;
    k++;
  }
  return false;
}

/**
 * Generic words a gazetteer name may follow, the place near it or part of it: "Mount Hermon", "Lake
 * Sarez", "Ras Baalbek" (Arabic "head of"), "Kfar Kila", "Tell Abyad".
 */
const NAME_PREFIXES = new Set([
  'ras',
  'tell',
  'tal',
  'jabal',
  'jebel',
  'wadi',
  'ain',
  'bir',
  'kfar',
  'kafr',
  'deir',
  'beit',
  'khirbet',
  'umm',
  'mount',
  'lake',
  'cape',
  'fort',
  'port',
  'upper',
  'lower',
  'greater',
  'old',
  'new',
]);

/**
 * Is the capitalised word at k the last part of a longer name the gazetteer lacks ("the Yangi
 * Kurgan region of Uzbekistan" is not the Russian city of Kurgan)?
 */
function tailOfUnknownName(tokens: readonly Token[], k: number, covered: Uint8Array): boolean {
  // "the Yangi-Kurgan area": past the hyphen too.
  const at = tokens[k - 1]!.text === '-' ? k - 2 : k - 1;
  const before = tokens[at];
  return (
    at > 0 &&
    !!before &&
    isPlaceCandidate(before) &&
    !covered[at] &&
    !NAME_STOP.has(before.text) &&
    !REGION_WORDS.has(before.lower) &&
    !NAME_PREFIXES.has(before.lower)
  );
}

/** Tokens a chain of places ("area of the Manas district of the Talas region in ...") is read over. */
const PLACE_CHAIN_REACH = 16;

/**
 * The state a chain of places after a place's name ends in: "(Zhaiylgan) area of the Manas district
 * of the Talas region in northern Kyrgyzstan", "(Samore) area in Moyale, Kenya".
 */
function stateEndingPlaceChain(
  tokens: readonly Token[],
  countries: readonly { start: number; end: number; iso3: Iso3 }[],
  from: number,
): { start: number; end: number; iso3: Iso3 } | undefined {
  if (!PLACE_SUFFIXES.has(tokens[from]?.lower ?? '')) return undefined;
  for (let j = from + 1; j < Math.min(tokens.length, from + PLACE_CHAIN_REACH); j++) {
    const state = countries.find((c) => c.start === j);
    if (state) {
      let before = j - 1;
      while (before > from && COMPASS_WORDS.has(tokens[before]!.lower)) before--;
      return CHAIN_LINKS.has(tokens[before]!.lower) || tokens[before]!.text === ',' ? state : undefined;
    }
    const word = tokens[j]!;
    if (
      word.cap ||
      CHAIN_LINKS.has(word.lower) ||
      PLACE_SUFFIXES.has(word.lower) ||
      COMPASS_WORDS.has(word.lower)
    )
      continue;
    if (word.text === ',' && tokens[j - 1]?.cap) continue;
    return undefined;
  }
  return undefined;
}

/** Words before a place's noun within which "disputed" is looked for. */
const DISPUTED_REACH = 3;

/** Is the place noun at `nounAt` told as disputed ("the disputed border village of")? */
function toldDisputed(tokens: readonly Token[], nounAt: number): boolean {
  for (let k = nounAt - 1; k >= Math.max(0, nounAt - DISPUTED_REACH); k--)
    if (tokens[k]!.lower === 'disputed' || tokens[k]!.lower === 'contested') return true;
  return false;
}

/** Words that link a place to the larger one it lies in. */
const CHAIN_LINKS = new Set(['of', 'in', 'the']);

/** Particles inside place names: "San Jose Las Flores", "Cuhurestii de Jos", "Melchor de Mencos". */
const PLACE_NAME_PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'do',
  'da',
  'dos',
  'das',
  'di',
  'du',
  'des',
]);

/** Is the name from `start` to `end` a piece of a longer one joined by a particle? */
function longerNameAround(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  if (after && PLACE_NAME_PARTICLES.has(after.lower) && tokens[end + 1]?.cap) return true;
  const before = tokens[start - 1];
  return !!before && PLACE_NAME_PARTICLES.has(before.lower) && !before.cap && !!tokens[start - 2]?.cap;
}

/** Is a state's name the end of a place of another state named after it ("Iran's West Azerbaijan province")? */
function placeNamedAfter(
  sentence: Sentence,
  tokens: readonly Token[],
  match: TrieMatch<unknown>,
  iso3: Iso3,
): boolean {
  const before = tokens[match.start - 1];
  if (!before?.cap || before.kind !== 'word') return false;
  return lookupPlace(textOf(sentence, tokens, match.start - 1, match.end)).some((p) => p.country !== iso3);
}

/** Is a seat ending at `end` the first part of a route's name ("Baku-Supsa", not "Moscow-Kyiv")? */
function routeName(
  tokens: readonly Token[],
  entities: readonly TrieMatch<EntityValue>[],
  end: number,
): boolean {
  const hyphen = tokens[end];
  const part = tokens[end + 1];
  return (
    hyphen?.text === '-' &&
    hyphen.start === tokens[end - 1]?.end &&
    !!part?.cap &&
    part.start === hyphen.end &&
    !entities.some((e) => e.start === end + 1)
  );
}

/** Words of an office whose "of" names a body or a portfolio, not a place ("Inspector General of Police"). */
const TITLES_BEFORE_OF = new Set(['general', 'inspector', 'commissioner']);

/** Does a place preposition stand before the state whose "'s" is at `possessive` ("in Somalia's")? */
function placeOfStateAt(tokens: readonly Token[], possessive: number, covered: Uint8Array): boolean {
  let start = possessive - 1;
  while (start > 0 && covered[start - 1]) start--;
  return PLACE_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '');
}

/** Words after an outlet's name: "the SANA news agency". */
const OUTLET_WORDS = new Set(['news', 'agency', 'newspaper', 'times', 'television', 'tv', 'radio']);

/** Prepositions of where something is: "in Russia's Kazan". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near']);

/** Points of the compass before a place ("in southern Lebanon"): the preposition stands before them. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
]);

/** Adjectives of where that stand between a locative word and a place's name ("in nearby Helong"). */
const PLACE_ADJECTIVES: ReadonlySet<string> = new Set([
  ...COMPASS_WORDS,
  'nearby',
  'neighbouring',
  'neighboring',
  'remote',
]);

/** Words of a region between "in" and the state it is of: "in northern Kosovo", "in north Kosovo". */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  ...COMPASS_WORDS,
  'north',
  'south',
  'east',
  'west',
]);

/** Does "in [northern] <another state>" follow a people's name ending at `end`? */
function livingElsewhere(
  entities: readonly TrieMatch<EntityValue>[],
  tokens: readonly Token[],
  end: number,
  own: Iso3,
): boolean {
  if (tokens[end]?.lower !== 'in') return false;
  const at = end + 1 + (REGION_WORDS.has(tokens[end + 1]?.lower ?? '') ? 1 : 0);
  const state = entities.find((e) => e.start === at)?.values[0];
  return state?.kind === 'country' && state.iso3 !== own;
}

/**
 * "Spokeswoman Mali Socheata", "Defence Minister Israel Katz": a one-word state's name between a
 * title and a capitalised word that is nothing else is a person's given name, not the state.
 */
function givenNameAt(
  tokens: readonly Token[],
  match: TrieMatch<EntityValue>,
  titles: readonly TrieMatch<unknown>[],
  entities: readonly TrieMatch<EntityValue>[],
): boolean {
  const next = tokens[match.end];
  return (
    match.end - match.start === 1 &&
    next?.kind === 'word' &&
    next.cap &&
    titles.some((t) => t.end === match.start) &&
    !entities.some((e) => e.start === match.end)
  );
}

export function readSentence(
  sentence: Sentence,
  index: number,
  inTitle: boolean,
  published: Date | null,
): SentenceReading {
  const tokens = sentence.tokens;
  const matches = matchSentence(tokens);
  const {
    entities: entityMatches,
    roles: roleMatches,
    titles: titleMatches,
    cues,
    events: triggers,
  } = matches;
  const weapons: SentenceReading['weapons'] = [];
  for (const m of matches.weapons)
    weapons.push({ start: m.start, name: m.values[0]!.name, category: m.values[0]!.category });

  const covered = new Uint8Array(tokens.length);
  const countries: SentenceReading['countries'] = [];
  const organizations: Organization[] = [];
  const actors: ActorMention[] = [];
  const places: PlaceMention[] = [];
  // Starts of locative cues: few per sentence, so an array (a Set per sentence cost more).
  const locativeAt: number[] = [];
  let sport = false;
  for (const cue of cues) {
    const kind = cue.values[0]!.kind;
    if (kind === 'locative') locativeAt.push(cue.start);
    else if (kind === 'sport') sport = true;
  }

  const stateMentions: {
    match: TrieMatch<EntityValue>;
    iso3: Iso3;
    form: CountryForm;
    used: boolean;
  }[] = [];
  /** Pairs of the named border lines ("the Line of Control"), for borderPairs. */
  const namedBorders: (readonly [Iso3, Iso3])[] = [];
  for (const match of entityMatches) {
    const value = match.values[0]!;
    if (value.kind === 'country' && givenNameAt(tokens, match, titleMatches, entityMatches)) continue;
    if (
      value.kind === 'country' &&
      value.form === 'name' &&
      placeNamedAfter(sentence, tokens, match, value.iso3)
    )
      continue;
    for (let k = match.start; k < match.end; k++) covered[k] = 1;
    if (value.kind === 'block') continue;
    if (value.kind === 'border') {
      namedBorders.push(value.pair);
      continue;
    }
    if (value.kind === 'org') {
      let org = value.org;
      const branchOf = org.nationalBranches
        ? stateMentions.find((s) => s.match.end === match.start)
        : undefined;
      // "the Red Crescent Society of Uzbekistan": the state after the name.
      const after =
        org.nationalBranches && !branchOf && tokens[match.end]?.lower === 'of'
          ? entityMatches.find((m) => m.start === match.end + 1)
          : undefined;
      const stateAfter = after?.values[0]?.kind === 'country' ? after.values[0].iso3 : undefined;
      const iso3 = branchOf?.iso3 ?? stateAfter;
      if (iso3) {
        const name = branchOf
          ? textOf(sentence, tokens, branchOf.match.start, match.end)
          : textOf(sentence, tokens, match.start, after!.end);
        org = organizations.find((o) => o.name === name) ?? {
          acronym: null,
          name,
          country: iso3,
          role: 'NGO',
        };
        if (branchOf) branchOf.used = true;
      }
      if (!organizations.includes(org)) organizations.push(org);
      // "commanders of the two countries' border commission, known as COMBIFRON": a name given to
      // what is told before it, which acts.
      if (tokens[match.start - 1]?.lower === 'as' && tokens[match.start - 2]?.lower === 'known') continue;
      const owner = org.sharedName ? sharedNameOwner(tokens, stateMentions, match.start) : undefined;
      if (owner) org = { ...org, country: owner };
      // "U.N.-backed Congolese forces": the backer names the forces, it is no party itself.
      if (tokens[match.end]?.text === '-' && BACKER_PARTICIPLES.has(tokens[match.end + 1]?.lower ?? ''))
        continue;
      actors.push({
        start: match.start,
        end: match.end,
        text: textOf(sentence, tokens, match.start, match.end),
        actor: org.country
          ? { country: org.country, role: org.role ?? 'GOV', org: org.acronym ?? org.name }
          : { country: null, role: org.role ?? 'IGO', org: org.acronym ?? org.name },
        locative: false,
      });
      continue;
    }
    // "the Ottawa Convention", "the Minsk agreements", "the Doha talks": a seat naming an accord or
    // a meeting held there stands for no state (it is still a place, below).
    const namesAccord = value.form === 'seat' && NAMED_AFTER_SEAT.has(tokens[match.end]?.lower ?? '');
    // "ethnic Chinese rebels in the Kokang region": a people, not the state of that name.
    const ethnic =
      value.form !== 'name' && value.form !== 'seat' && tokens[match.start - 1]?.lower === 'ethnic';
    if (ethnic) continue;
    // "the community of San Jose Las Flores": a capital's name inside a longer one is no mention of it.
    if (value.form === 'seat' && longerNameAround(tokens, match.start, match.end)) continue;
    // "the Baku-Supsa oil pipeline": a seat joined to a place of no state names a route.
    if (value.form === 'seat' && routeName(tokens, entityMatches, match.end)) continue;
    // "Serbs in northern Kosovo set up barricades": a people living in another state, not their state.
    if (value.form === 'people' && livingElsewhere(entityMatches, tokens, match.end, value.iso3)) continue;
    // "NAIROBI (AFP) — Eritrea denied": a dateline's city is where the report was filed, a place only.
    // (A headline in capitals, "MOSCOW WARNS KYIV", keeps its seats as actors.)
    const dateline =
      !inTitle &&
      value.form === 'seat' &&
      match.start === 0 &&
      (tokens[match.end]?.text === '(' || isAllCaps(tokens[0]!.text));
    if (!namesAccord && !dateline) {
      countries.push({ start: match.start, end: match.end, iso3: value.iso3 });
      stateMentions.push({ match, iso3: value.iso3, form: value.form, used: false });
    }
    // A seat of government is a named city whether the text puts something there ("in Baku") or lets it
    // stand for its government ("Baku said"), as the reference reading lists Moscow.
    // Seat aliases such as "the Kremlin" are buildings, not places.
    if (value.form === 'seat' && tokens[match.start]!.lower !== 'the' && tokens[match.start]!.cap) {
      places.push({
        start: match.start,
        name: textOf(sentence, tokens, match.start, match.end),
        candidates: lookupPlace(textOf(sentence, tokens, match.start, match.end)).filter(
          (p) => p.country === value.iso3,
        ),
        seatOf: value.iso3,
        ...(dateline ? { dateline } : {}),
      });
    }
  }

  // Role words join the country before them ("Kyrgyz border guards") or after "of" ("the army of Armenia").
  for (const role of roleMatches) {
    const roleWord =
      role.end - role.start === 1
        ? tokens[role.start]!.lower
        : tokens
            .slice(role.start, role.end)
            .map((t) => t.lower)
            .join(' ');
    // "Iraq's neighbour Iran": a neighbour is never its owner's organ (only "its neighbour", which
    // coreference.ts resolves to the neighbour, is read).
    if (NEIGHBOUR_WORDS.has(roleWord) && !POSSESSIVES.has(tokens[role.start - 1]?.lower ?? '')) continue;
    // "Sudan's army-backed government": the backer qualifies the organ after it.
    if (tokens[role.end]?.text === '-' && BACKER_PARTICIPLES.has(tokens[role.end + 1]?.lower ?? '')) continue;
    // "reiterated its opposition to Kurdish parties using its territory": a stance, not the opposition.
    if (roleWord === 'opposition' && tokens[role.end]?.lower === 'to') continue;
    // "rejected the Turkish position on Cyprus", "Turkey's position": a stance; "fired at an Israeli
    // position" is a post (after "a", "an", "one" or "another" only).
    if (roleWord === 'position' && !POST_DETERMINERS.has(tokens[role.start - 2]?.lower ?? '')) continue;
    // "near the military demarcation line": a line's name, no forces.
    if (LINE_WORDS.has(tokens[role.end]?.lower ?? '')) continue;
    let owner = findOwnerBefore(stateMentions, tokens, role.start, triggers);
    // "pro-Russian separatists": the state they side with, not their own; "an anti-Moroccan armed
    // group": the state they fight.
    if (
      owner &&
      tokens[owner.match.start - 1]?.text === '-' &&
      (tokens[owner.match.start - 2]?.lower === 'pro' || tokens[owner.match.start - 2]?.lower === 'anti')
    ) {
      owner.used = true;
      owner = undefined;
    }
    if (!owner && tokens[role.end]?.lower === 'of')
      owner = findOwnerAfter(stateMentions, tokens, role.end + 1);
    // "the detention of 16 soldiers from neighboring Sierra Leone": counted people from a state are
    // its own (not "withdrew troops from Sudan", where they leave it).
    if (!owner && tokens[role.end]?.lower === 'from' && countedBefore(tokens, role.start)) {
      const at = NEIGHBOURING.has(tokens[role.end + 1]?.lower ?? '') ? role.end + 2 : role.end + 1;
      owner = findOwnerAfter(stateMentions, tokens, at);
    }
    // "the information ministry in Asmara", "officials in Kabul": an organ at a seat of government is
    // that state's (not an embassy there: a foreign state's post).
    if (!owner && tokens[role.end]?.lower === 'in' && !FOREIGN_POSTS.has(roleWord))
      owner = stateMentions.find((s) => s.match.start === role.end + 1 && s.form === 'seat' && !s.used);
    // "The interior ministry of the government of national unity in Tripoli": the government's seat.
    if (!owner && tokens[role.end]?.lower === 'of' && tokens[role.end + 2]?.lower === 'government')
      owner = seatOfGovernmentAfter(stateMentions, tokens, role.end + 3);
    if (owner) {
      const coordinated =
        tokens[owner.match.start - 1]?.lower === 'and'
          ? stateMentions.find((s) => s.match.end === owner!.match.start - 1)
          : undefined;
      // "the Thai army" is the state's forces; "the Indian Army" a named body.
      const named = !NAMED_ONLY_INSTITUTIONS.has(roleWord) || tokens[role.start]!.cap;
      if (INSTITUTIONS.has(roleWord) && owner.form !== 'seat' && named) {
        // "the Kyrgyz and Tajik security councils": both are institutions.
        // As written: "the Indian Army", "the Kyrgyz border service".
        const written = textOf(sentence, tokens, role.start, role.end);
        const singular = roleWord.endsWith('councils') ? written.slice(0, -1) : written;
        for (const state of [coordinated, owner]) {
          if (!state) continue;
          // "Kyrgyzstan's border service" is the Kyrgyz border service; "the Pakistan Army" and "the
          // Royal Bhutan Army" are named with the state's name, as written.
          const stateText =
            state.form === 'name' && tokens[state.match.end]?.text === "'s"
              ? (getLexicon().countries.get(state.iso3)?.demonym ??
                textOf(sentence, tokens, state.match.start, state.match.end))
              : textOf(sentence, tokens, state.match.start, state.match.end);
          // "the Royal Thai Air Force": a kingdom's forces bear the crown in their name.
          const royal = tokens[state.match.start - 1]?.text === 'Royal' ? 'Royal ' : '';
          const name = `${royal}${stateText} ${singular}`;
          if (!organizations.some((o) => o.name === name))
            organizations.push({ acronym: null, name, country: state.iso3, role: role.values[0]! });
        }
      }
      owner.used = true;
      const start = Math.min(owner.match.start, role.start);
      const end = Math.max(owner.match.end, role.end);
      // "between Thai and Cambodian troops": the role word is the first adjective's too. (Where the
      // two act together, coordinate() replaces both with one mutual mention.)
      if (coordinated && coordinated.form !== 'seat' && owner.form === 'demonym' && !coordinated.used) {
        coordinated.used = true;
        actors.push({
          start: coordinated.match.start,
          end: coordinated.match.end,
          text: textOf(sentence, tokens, coordinated.match.start, coordinated.match.end),
          actor: { country: coordinated.iso3, role: role.values[0]! },
          locative: false,
        });
      }
      actors.push({
        start,
        end,
        text: textOf(sentence, tokens, start, end),
        actor: { country: owner.iso3, role: role.values[0]! },
        locative: false,
      });
    } else if (extendsOrganization(actors, role.start, role.end, role.values[0]!, sentence, tokens)) {
      // "Taliban forces", "Hezbollah fighters": the organisation's own forces, one mention.
    } else if (!covered[role.start]) {
      // "fired on its positions": a possessive names the owner (coreference.ts gives it its state).
      const owned = !NEEDS_COUNTRY.has(roleWord) || POSSESSIVES.has(tokens[role.start - 1]?.lower ?? '');
      const definite = !owned && DEFINITE_ORGANS.has(roleWord) && tokens[role.start - 1]?.lower === 'the';
      // "Authorities in Edirne said", "the local authority in the nearby town of Edirne": an organ
      // placed in a town the gazetteer puts in one state is that state's (a civil organ or the police:
      // forces in a place may be a foreign state's, and a patrol there anyone's).
      const placedIn =
        owned || FOREIGN_POSTS.has(roleWord) || !PLACED_ORGAN_ROLES.has(role.values[0]!)
          ? null
          : (stateOfPlaceAfter(tokens, role.end) ?? openingSeatState(tokens, stateMentions, role.start));
      if (owned || definite || placedIn)
        actors.push({
          start: role.start,
          end: role.end,
          text: textOf(sentence, tokens, role.start, role.end),
          actor: { country: placedIn, role: role.values[0]! },
          locative: false,
          ...(definite && !placedIn ? { definite } : {}),
        });
    }
  }
  // Weapons name their side too: "Azerbaijani artillery", "a Russian cruise missile", "Tajik drones".
  for (const weapon of matches.weapons) {
    const owner = findOwnerBefore(stateMentions, tokens, weapon.start, triggers);
    if (!owner || owner.used || owner.form === 'seat') continue;
    // "Indian missile strikes", "Pakistani sniper fire": a weapon inside (or the whole of) an act's
    // phrase leaves the adjective to name the act's actor.
    if (triggers.some((t) => t.start <= weapon.start && t.end > weapon.start && t.end >= weapon.end))
      continue;
    owner.used = true;
    actors.push({
      start: owner.match.start,
      end: weapon.end,
      text: textOf(sentence, tokens, owner.match.start, weapon.end),
      actor: { country: owner.iso3, role: 'MIL' },
      locative: false,
    });
  }
  for (const state of stateMentions) {
    if (state.used) continue;
    const { match } = state;
    let after = match.end;
    // "the Kyrgyz-Tajik border": skip the second country of a hyphenated pair.
    while (tokens[after]?.text === '-' && stateMentions.some((s) => s.match.start === after + 1)) {
      after = stateMentions.find((s) => s.match.start === after + 1)!.match.end;
    }
    // "the Iran-backed group fired rockets": the group's backer, not who fired.
    if (tokens[after]?.text === '-' && BACKER_PARTICIPLES.has(tokens[after + 1]?.lower ?? '')) continue;
    // "the chief of an anti-Morocco militant group": the state a group opposes, not who acts.
    if (tokens[match.start - 1]?.text === '-' && tokens[match.start - 2]?.lower === 'anti') continue;
    // Where people fled to is neither who acted nor whom it hit, not even as a place of fighting.
    if (tokens[match.start - 1]?.lower === 'to' && FLIGHT_VERBS.has(tokens[match.start - 2]?.lower ?? ''))
      continue;
    const joined = JOINERS.has(tokens[match.start - 1]?.lower ?? '') ? actors.at(-1) : undefined;
    // "met in Brussels": a seat after a place preposition is where, not who.
    const locative =
      locativeAt.includes(after) ||
      forcesStationedIn(tokens, match.start) ||
      // "in Russia's Kazan", "in Pakistan's Balochistan province": the state a place lies in.
      (PLACE_PREPOSITIONS.has(tokens[match.start - 1]?.lower ?? '') && tokens[after]?.lower === "'s") ||
      // "the streets of Armenia's capital", "in the Armenian capital Yerevan": where, not who ("Ukraine's
      // capital Kyiv was targeted" is what was hit).
      (tokens[after]?.lower === "'s" &&
        tokens[after + 1]?.lower === 'capital' &&
        (tokens[match.start - 1]?.lower === 'of' ||
          PLACE_PREPOSITIONS.has(tokens[match.start - 1]?.lower ?? ''))) ||
      (state.form === 'seat' &&
        tokens[match.start - 1]?.lower === 'capital' &&
        PLACE_PREPOSITIONS.has(tokens[match.start - 4]?.lower ?? '')) ||
      (state.form === 'seat' && SEAT_AS_LOCATION.has(tokens[match.start - 1]?.lower ?? '')) ||
      // "flew to Damascus and Ankara": a seat joined to one travelled to is a place too ("the
      // governments in Bogota and Caracas" are both governments).
      (state.form === 'seat' &&
        !!joined?.locative &&
        joined.end === match.start - 1 &&
        TRAVEL_PREPOSITIONS.has(tokens[joined.start - 1]?.lower ?? ''));
    // A bare adjective ("Russian allies") is no actor, unless it qualifies an act: "Pakistani
    // airstrikes", "Chinese protests" name who did it. Names and seats stand for the government.
    // "killing three Algerians" names people; "the Pakistanis said" the side.
    // "Five Guyanese have been arrested", "arrested five Sudanese on Monday": a counted demonym of the
    // same form in the plural names people.
    const countedPeople =
      state.form === 'demonym' &&
      countedBefore(tokens, match.start) &&
      tokens[match.start]!.lower.endsWith('ese') &&
      PEOPLE_FOLLOWERS.has(tokens[after]?.lower ?? '.');
    if (state.form === 'people' || countedPeople) {
      actors.push({
        start: match.start,
        end: match.end,
        text: textOf(sentence, tokens, match.start, match.end),
        actor: { country: state.iso3, role: countedBefore(tokens, match.start) ? 'CVL' : 'GOV' },
        locative: false,
      });
      continue;
    }
    if (state.form === 'demonym' && !locativeAt.includes(after)) {
      // 'He said the Chinese "used water cannon to attack': the act may open a quotation.
      const actAt = QUOTE_MARKS.has(tokens[after]?.text ?? '') ? after + 1 : after;
      const act = triggers.find((t) => t.start === actAt)?.values[0];
      if (act?.polarity !== 'escalation') continue;
      actors.push({
        start: match.start,
        end: match.end,
        text: textOf(sentence, tokens, match.start, match.end),
        actor: { country: state.iso3, role: act.fight ? 'MIL' : 'GOV' },
        locative: false,
      });
      continue;
    }
    actors.push({
      start: match.start,
      end: match.end,
      text: textOf(sentence, tokens, match.start, match.end),
      actor: { country: state.iso3, role: 'GOV' },
      locative,
    });
  }

  coordinate(sentence, tokens, stateMentions, roleMatches, actors);
  pairWithCounterpart(sentence, tokens, actors);
  placeArmedGroups(tokens, stateMentions, actors);

  for (const match of matches.mutual) {
    // "both governments" is one mutual mention, not also a bare "governments".
    for (let k = actors.length - 1; k >= 0; k--) {
      const a = actors[k]!;
      if (a.start >= match.start && a.end <= match.end) actors.splice(k, 1);
    }
    actors.push({
      start: match.start,
      end: match.end,
      text: textOf(sentence, tokens, match.start, match.end),
      actor: { country: null, role: match.values[0]! },
      locative: false,
      mutual: true,
    });
  }

  const people = findPeople(sentence, tokens, titleMatches, entityMatches, covered);
  for (const person of people) {
    // "foreign minister Therese Kayikwamba Wagner": a one-word organisation name (no acronym) right
    // after a titled name is its surname.
    const surname = person.title
      ? entityMatches.find((e) => e.start === person.end && e.end === person.end + 1)
      : undefined;
    const value = surname?.values[0];
    const word = tokens[person.end];
    if (surname && value?.kind === 'org' && word?.cap && word.text !== word.text.toUpperCase()) {
      person.end += 1;
      person.name = textOf(sentence, tokens, person.start, person.end);
      const at = actors.findIndex((a) => a.start === surname.start);
      if (at >= 0) actors.splice(at, 1);
      const stillNamed = entityMatches.some((e) => e !== surname && e.values[0] === value);
      const listed = organizations.indexOf(value.org);
      if (!stillNamed && listed >= 0) organizations.splice(listed, 1);
    }
    for (let k = person.start; k < person.end; k++) covered[k] = 1;
    if (person.actor)
      actors.push({
        start: person.start,
        end: person.end,
        text: person.name,
        actor: person.actor,
        locative: false,
      });
  }
  if (actors.length > 1) actors.sort(byStart);
  pairPeople(sentence, tokens, actors, people);

  // Places: a capitalised name after a locative word ("in Isfara", "the town of Isfara", "in the
  // Batken region") or before a place noun ("the Kotli district", "the Torkham and Chaman
  // crossings"), looked up in the gazetteer.
  // Where the last place found ends: a name coordinated with it is a place too ("in Meta and Arauca").
  let placeEnd = -1;
  /** Token spans of the places the gazetteer knows, for names coordinated with them. */
  const known: { start: number; end: number; name: string }[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (covered[k] || !isPlaceCandidate(tokens[k]) || tailOfUnknownName(tokens, k, covered)) continue;
    const joiner = tokens[k - 1]!.lower;
    // "the Inspector General of Police Simon Sirro": an office's body, not the Polish town.
    if (joiner === 'of' && TITLES_BEFORE_OF.has(tokens[k - 2]?.lower ?? '')) continue;
    const context =
      hasPlaceContext(tokens, k) ||
      // "Russian missiles struck Kharkiv": the object of a use of force is where it hit.
      triggers.some((t) => t.end === k && t.values[0]!.fight === true) ||
      ((joiner === 'and' || joiner === ',') && (placeEnd === k - 1 || inPlaceList(tokens, k)));
    // "the Saryagash-Keles crossing", "the Kapikoy-Razi border post": a crossing named after the
    // towns on either side of it, each a place of its own.
    // (The hyphen first: the noun and gazetteer checks run for hyphenated names only.)
    const pair =
      tokens[k + 1]?.text === '-' &&
      (context || placeNounFollows(tokens, k + 3)) &&
      crossingPair(sentence, tokens, k);
    if (pair) {
      for (const [at, name] of pair) {
        places.push({ start: at, name, candidates: lookupPlace(name) });
        known.push({ start: at, end: at + 1, name });
      }
      covered[k] = covered[k + 1] = covered[k + 2] = 1;
      placeEnd = k + 3;
      k += 2;
      continue;
    }
    for (let length = Math.min(3, tokens.length - k); length >= 1; length--) {
      const last = tokens[k + length - 1]!;
      if (!isPlaceCandidate(last) && length > 1) continue;
      if (!context && !placeNounFollows(tokens, k + length)) continue;
      // "the Kyzyl-Bel checkpoint" is not the Russian city of Kyzyl.
      if (tokens[k + length]?.text === '-' && isPlaceCandidate(tokens[k + length + 1])) continue;
      // "the SANA news agency", "the Tehran Times": an outlet, not the Peruvian town of Sana.
      if (OUTLET_WORDS.has(tokens[k + length]?.lower ?? '')) continue;
      // "across the Panj river": the river, not the town named after it.
      if (tokens[k + length]?.lower === 'river') continue;
      // "San Jose Las Flores", "Cuhurestii de Jos": part of a longer name the gazetteer lacks.
      if (longerNameAround(tokens, k, k + length)) continue;
      const name = sentence.text.slice(tokens[k]!.start - sentence.start, last.end - sentence.start);
      const candidates = lookupPlace(name);
      if (candidates.length > 0) {
        // As written: "Vovchansk", not the gazetteer's "Vovchans’k".
        // "the Algerian border town of Tin Zaouatine": the text names the state a homonym lies in.
        const tiedTo =
          tokens[k - 1]?.lower === 'of' && PLACE_NOUNS.has(tokens[k - 2]?.lower ?? '') ? k - 2 : -1;
        const named =
          tiedTo < 0
            ? undefined
            : countries.find(
                (c) =>
                  c.end === tiedTo || (c.end === tiedTo - 1 && BORDER_NOUNS.has(tokens[tiedTo - 1]!.lower)),
              );
        places.push({ start: k, name, candidates, ...(named ? { country: named.iso3 } : {}) });
        known.push({ start: k, end: k + length, name });
        for (let c = k; c < k + length; c++) covered[c] = 1;
        placeEnd = k + length;
        k += length - 1;
        break;
      }
    }
  }

  // Names the gazetteer lacks, known as places by their noun: "the Armenian village of Sotk", "the Kalbajar district".
  for (let k = 1; k < tokens.length; k++) {
    // "“The area where ...": a capitalised function word starts no name.
    if (covered[k] || !isPlaceCandidate(tokens[k]) || NAME_STOP.has(tokens[k]!.text)) continue;
    const before = tokens[k - 1]!;
    const nounBefore =
      (before.lower === 'of' && PLACE_NOUNS.has(tokens[k - 2]?.lower ?? '')) || inPlaceList(tokens, k);
    // "The Raja-Jooseppi crossing": a sentence's capitalised article does not run into the name.
    const nounAfterPossible = !before.cap || before.lower === 'the';
    if (!nounBefore && !nounAfterPossible) continue;
    // "VILNIUS -Border crossings between ...": a border's own word, capitalised, names no place.
    if (BORDER_NOUNS.has(tokens[k]!.lower)) continue;
    // Up to three capitalised words, hyphens included: "North Waziristan", "Nagorno-Karabakh", "Kfar Kila".
    let end = k + 1;
    while (
      end < tokens.length &&
      end - k < 5 &&
      (isPlaceCandidate(tokens[end]) || (tokens[end]!.text === '-' && isPlaceCandidate(tokens[end + 1])))
    ) {
      if (covered[end] || PLACE_SUFFIXES.has(tokens[end]!.lower)) break;
      end++;
    }
    const nounAt = nounBefore ? k - 2 : end;
    if (!nounBefore && !placeNounFollows(tokens, end)) continue;
    // "the State Department", "the Justice Department": a body of government, not a department of France.
    if (!nounBefore && end === k + 1 && tokens[end]!.cap && OFFICE_WORDS.has(tokens[k]!.lower)) continue;
    // "Interior Ministry State Secretary Victor Ciobanu": a ministry's post, no state of a federation.
    if (tokens[end - 1]!.lower === 'ministry') continue;
    // The country: an adjective before the noun ("the Armenian village of"), else the nearest country named.
    const tied = countries.find((c) => c.end === (nounBefore ? nounAt : k) || c.end === nounAt - 1);
    // "the Abu Tyour area ... along the border with Ethiopia": the state a place borders is not its own.
    const across = (c: { start: number }) =>
      tokens[c.start - 1]?.lower === 'with' && BORDER_NOUNS.has(tokens[c.start - 2]?.lower ?? '');
    // "Israeli drones carried out airstrikes on the village of Khiam": nor is the state striking it.
    const striking = (c: { end: number }) =>
      triggers.some((t) => c.end <= t.start && t.end <= k && t.values.some((v) => v.fight === true));
    const nearest = [...countries].sort((p, q) => Math.abs(p.start - k) - Math.abs(q.start - k));
    // "the Zhaiylgan area of the Manas district of the Talas region in northern Kyrgyzstan": the
    // state the chain of its places ends in.
    const chained = tied ? undefined : stateEndingPlaceChain(tokens, countries, end);
    // "the disputed border village of Yenga": told as disputed, it is no one state's (as the gazetteer
    // keeps disputed places).
    const disputed = !tied && !chained && toldDisputed(tokens, nounAt);
    const owner = disputed ? undefined : (tied ?? chained ?? nearest.find((c) => !across(c) && !striking(c)));
    // "the village of Kok-Tash in the Batken region": in the country of the place it lies in, also
    // past a noun of its kind ("Dondar Gushchu village of Tovuz district").
    const kindAfter = PLACE_SUFFIXES.has(tokens[end]?.lower ?? '') || tokens[end]?.lower === 'border';
    const inAt = kindAfter ? end + 1 : end;
    const liesIn = tokens[inAt]?.lower === 'in' || (kindAfter && tokens[inAt]?.lower === 'of');
    const partner = tied
      ? undefined
      : known.find(
          (place) =>
            (place.end === k - 1 && JOINERS.has(before.lower)) ||
            (place.start === end + 1 && JOINERS.has(tokens[end]?.lower ?? '')) ||
            (liesIn &&
              (place.start === inAt + 1 || (place.start === inAt + 2 && tokens[inAt + 1]!.lower === 'the'))),
        );
    // "at Samore area in Moyale": a place in a known place is where that one is, not across from the
    // state striking near it.
    const insidePartner = !!partner && liesIn && partner.start > end;
    const acrossFrom = tied || owner || insidePartner || disputed ? undefined : nearest[0]?.iso3;
    // "Zambia's Western Province": a point of the compass names the place with its kind.
    const compassNamed =
      end === k + 1 && kindAfter && tokens[end]!.cap && COMPASS_WORDS.has(tokens[k]!.lower);
    places.push({
      start: k,
      name: textOf(sentence, tokens, k, compassNamed ? end + 1 : end),
      candidates: [],
      country: owner?.iso3 ?? null,
      ...((owner && !tied && !chained) || (!owner && insidePartner) ? { guessed: true } : {}),
      ...(disputed ? { disputed } : {}),
      ...(partner ? { listedWith: partner.name } : {}),
      ...(acrossFrom ? { acrossFrom } : {}),
    });
    for (let c = k; c < end; c++) covered[c] = 1;
  }

  for (const a of actors) {
    // "scrambled fighters", "Greek fighters were scrambled": fighter jets, a state's air arm, not militants.
    if (
      a.actor.role === 'REB' &&
      !a.actor.org &&
      FIGHTER_WORDS.has(tokens[a.end - 1]!.lower) &&
      scrambled(tokens, a)
    )
      a.actor = { ...a.actor, role: 'MIL' };
    // "The United Nations peacekeeping force in Lebanon", "wounding two peacekeepers": peacekeepers of
    // no state are an international body's ("Russian peacekeepers" are Russia's).
    else if (a.actor.role === 'MIL' && !a.actor.country && peacekeeping(tokens, a))
      a.actor = { ...a.actor, role: 'IGO' };
  }

  return {
    index,
    sentence,
    tokens,
    inTitle,
    countries,
    organizations,
    actors,
    people,
    places,
    weapons,
    triggers: withoutBareBlocks(triggers),
    cues,
    dates: nounDatesScoped(tokens, triggers, findDateMarks(tokens, cues, published)),
    borderPairs: findBorderPairs(tokens, stateMentions, namedBorders),
    sport,
    sources: undefined,
  };
}

/** Roles of the organs whose state a town they are placed in tells. */
const PLACED_ORGAN_ROLES: ReadonlySet<ActorRole> = new Set(['GOV', 'COP']);

/** Lowercase words of a place noun phrase before the name: "in the nearby town of Edirne". */
const PLACE_PHRASE_WORDS = 4;

/**
 * The one state of the place named after "in" at `at` ("in Edirne", "in the nearby town of
 * Edirne"), by the gazetteer; null when there is none or it lies in more than one.
 */
function stateOfPlaceAfter(tokens: readonly Token[], at: number): Iso3 | null {
  if (tokens[at]?.lower !== 'in') return null;
  let k = at + 1;
  if (tokens[k]?.lower === 'the') {
    let words = 0;
    while (
      words < PLACE_PHRASE_WORDS &&
      tokens[k + 1] &&
      !tokens[k + 1]!.cap &&
      tokens[k + 1]!.lower !== 'of'
    ) {
      k++;
      words++;
    }
    if (tokens[k + 1]?.lower !== 'of') return null;
    k += 2;
  }
  const name = tokens[k];
  if (!name?.cap || name.kind !== 'word') return null;
  const states = new Set(lookupPlace(name.text).map((c) => c.country));
  const [state] = states;
  return states.size === 1 && state ? state : null;
}

/**
 * Joins a role word to the organisation of a state named right before it ("Taliban forces" are
 * Afghanistan's forces, "Hezbollah fighters" Hezbollah's): the mention grows over the role word,
 * and a governing organisation's forces take the role word's role. False when there is none.
 */
function extendsOrganization(
  actors: ActorMention[],
  start: number,
  end: number,
  role: RoleValue,
  sentence: Sentence,
  tokens: readonly Token[],
): boolean {
  const org = actors.find((a) => a.end === start && a.actor.org && a.actor.country);
  if (!org) return false;
  org.end = end;
  org.text = textOf(sentence, tokens, org.start, end);
  if (org.actor.role === 'GOV') org.actor = { ...org.actor, role };
  return true;
}

/** A blocking phrase that governs nothing: it only stops other triggers from matching there. */
function bareBlock(trigger: TrieMatch<EventPattern>): boolean {
  for (const v of trigger.values) if (v.block && !v.governs) return true;
  return false;
}

/**
 * Blocking phrases stay only when they govern what follows ("an end to the fighting"). The same
 * array when none is dropped (most sentences): no copy.
 */
function withoutBareBlocks(triggers: readonly TrieMatch<EventPattern>[]): readonly TrieMatch<EventPattern>[] {
  for (const trigger of triggers) if (bareBlock(trigger)) return triggers.filter((t) => !bareBlock(t));
  return triggers;
}

/** Plural heads of "the N of A and B" that make the pair the actor ("the foreign ministers of A and B"). */
export const GROUP_HEADS = new Set([
  'ambassadors',
  'ministers',
  'presidents',
  'leaders',
  'heads',
  'delegations',
  'representatives',
  'governments',
  'armies',
  'officials',
  'commanders',
  'chiefs',
  'envoys',
  'militaries',
  'forces',
  'troops',
  'negotiators',
  'diplomats',
]);

/** Words before "X and Y" that make the pair a prepositional object, not a party ("the border between A and B"). */
const COORDINATION_BLOCKERS = new Set(['between', 'in', 'at', 'to', 'into', 'across', 'near', 'visited']);

/** A blocker a few adjectives before a pair: "between the occupied West Bank and Jordan". */
function blockerBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 2; k >= Math.max(0, start - 4); k--) {
    const word = tokens[k]!.lower;
    if (word === 'between') return true;
    if (tokens[k]!.kind !== 'word' || tokens[k]!.cap) return false;
  }
  return false;
}

/**
 * Two states joined by "and" act together: "Thailand and Cambodia agreed", "Afghan and Pakistani
 * border guards", "the foreign ministers of Armenia and Azerbaijan", "border guards from A and B".
 * The pair becomes one mutual mention (one event per direction) replacing the single-state ones.
 */
function coordinate(
  sentence: Sentence,
  tokens: readonly Token[],
  states: StateMention[],
  roles: readonly TrieMatch<unknown>[],
  actors: ActorMention[],
): void {
  for (const first of states) {
    if (tokens[first.match.end]?.lower !== 'and') continue;
    // "Uganda and the Democratic Republic of Congo launched": past a name's article.
    const at = first.match.end + (tokens[first.match.end + 1]?.lower === 'the' ? 2 : 1);
    const second = states.find((s) => s.match.start === at);
    // "Islamabad and Tehran pledged": two seats stand for two governments; a seat beside a name does not pair.
    if (!second || second.iso3 === first.iso3 || (first.form === 'seat') !== (second.form === 'seat'))
      continue;
    // Two neighbours acting together are a dyad's both sides; "the United States and Japan" stay two actors.
    if (!areLandNeighbours(first.iso3, second.iso3)) continue;
    // The last two of a list ("Egypt, Qatar and Saudi Arabia condemned") act alongside the others, not as a pair.
    const listed =
      tokens[first.match.start - 1]?.text === ',' &&
      states.some((s) => s.match.end === first.match.start - 1);
    if (listed) continue;
    let start = first.match.start;
    let end = second.match.end;
    const before = tokens[start - 1]?.lower ?? '';
    // "the foreign ministers of A and B", "border guards from A and B": the role word before names the actor.
    const headBefore =
      (before === 'of' || before === 'from') &&
      (roles.find((r) => r.end === start - 1 || r.end === start - 2) ??
        (GROUP_HEADS.has(tokens[start - 2]?.lower ?? '') ? { start: start - 2 } : undefined));
    // "Thai and Cambodian troops", "Armenia and Azerbaijan's armies": the role word after the pair.
    const roleAfter = roles.find((r) => r.start >= end && r.start <= end + 2);
    // "the disengagement of Indian and Chinese troops": two peoples' forces after "of" act together
    // too; "the border of A and B" names no one acting.
    const forcesAfterOf =
      before === 'of' && first.form === 'demonym' && second.form === 'demonym' && !!roleAfter;
    if (COORDINATION_BLOCKERS.has(before) || (before === 'of' && !headBefore && !forcesAfterOf)) continue;
    // "the crossing between the occupied West Bank and Jordan": a place between two, not two acting.
    if (blockerBefore(tokens, start)) continue;
    const roleBefore = headBefore || undefined;
    if (first.form === 'demonym' && second.form === 'demonym') {
      // "Thai and Cambodian officials": demonyms need their role word.
      if (!roleAfter) continue;
      end = roleAfter.end;
    }
    if (roleBefore) start = roleBefore.start;
    // The pair's role: its role word's ("troops" are MIL), else a government's.
    const roleMatch = roleBefore && 'values' in roleBefore ? (roleBefore as TrieMatch<unknown>) : roleAfter;
    const role = (roleMatch?.values[0] as Exclude<ActorRole, 'UNK'> | undefined) ?? 'GOV';
    for (let k = actors.length - 1; k >= 0; k--) {
      const a = actors[k]!;
      if (a.start < end && a.end > start) actors.splice(k, 1);
    }
    first.used = true;
    second.used = true;
    actors.push({
      start,
      end,
      text: textOf(sentence, tokens, start, end),
      actor: { country: null, role },
      locative: false,
      mutual: true,
      pair: [first.iso3, second.iso3],
    });
  }
}

/** Quantities of people: "many Afghans", "dozens of Israelis". */
const PEOPLE_QUANTIFIERS = new Set([
  'many',
  'several',
  'some',
  'few',
  'dozens',
  'hundreds',
  'thousands',
  'scores',
]);

/** Is a people counted ("three Algerians", "dozens of Israelis"), so people, not a side? */
function countedBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower === 'of' ? start - 2 : start - 1;
  const token = tokens[before];
  return (
    !!token && (token.kind === 'num' || NUMBER_WORDS.has(token.lower) || PEOPLE_QUANTIFIERS.has(token.lower))
  );
}

/** Possessive pronouns: the owner of what follows them ("its positions", "his Cambodian counterpart"). */
/** Nouns a seat of government names an accord or a meeting by: "the Ottawa Convention", "the Minsk agreements". */
const NAMED_AFTER_SEAT = new Set([
  'convention',
  'conventions',
  'accord',
  'accords',
  'agreement',
  'agreements',
  'treaty',
  'protocol',
  'declaration',
  'format',
  'process',
  'talks',
  'summit',
  'principles',
]);

export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their']);

/**
 * "Thailand's army chief and his Cambodian counterpart agreed": an office holder and the other
 * state's holder of that office act together, one mutual mention of the two (neighbours only, as
 * for any pair joined by "and"). The first mention may end up to two words before "and" ("chief").
 */
function pairWithCounterpart(sentence: Sentence, tokens: readonly Token[], actors: ActorMention[]): void {
  const second = actors.find(
    (a) =>
      a.actor.country &&
      tokens[a.end - 1]!.lower.startsWith('counterpart') &&
      POSSESSIVES.has(tokens[a.start - 1]?.lower ?? '') &&
      tokens[a.start - 2]?.lower === 'and',
  );
  if (!second) return;
  const andAt = second.start - 2;
  const first = actors.find(
    (a) => a.actor.country && !a.locative && a.end <= andAt && a.end >= andAt - 2 && a !== second,
  );
  if (
    !first?.actor.country ||
    !second.actor.country ||
    !areLandNeighbours(first.actor.country, second.actor.country)
  )
    return;
  const start = first.start;
  const end = second.end;
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.start < end && a.end > start) actors.splice(k, 1);
  }
  actors.push({
    start,
    end,
    text: textOf(sentence, tokens, start, end),
    actor: { country: null, role: first.actor.role },
    locative: false,
    mutual: true,
    pair: [first.actor.country, second.actor.country],
  });
}

/**
 * "Presidents Sadyr Japarov and Emomali Rahmon agreed": two leaders of neighbouring states named
 * together act together, one mutual mention of the two, as "Kyrgyzstan and Tajikistan" would.
 */
function pairPeople(
  sentence: Sentence,
  tokens: readonly Token[],
  actors: ActorMention[],
  people: readonly PersonMention[],
): void {
  for (let i = 0; i + 1 < people.length; i++) {
    const first = actors.find((a) => a.start === people[i]!.start && a.end === people[i]!.end);
    const second = actors.find((a) => a.start === people[i + 1]!.start && a.end === people[i + 1]!.end);
    const a = first?.actor.country;
    const b = second?.actor.country;
    if (!first || !second || !a || !b || tokens[first.end]?.lower !== 'and' || second.start !== first.end + 1)
      continue;
    if (a === b || !areLandNeighbours(a, b)) continue;
    actors.splice(actors.indexOf(second), 1);
    actors.splice(actors.indexOf(first), 1, {
      start: first.start,
      end: second.end,
      text: textOf(sentence, tokens, first.start, second.end),
      actor: { country: null, role: first.actor.role },
      locative: false,
      mutual: true,
      pair: [a, b],
    });
  }
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function textOf(sentence: Sentence, tokens: readonly Token[], start: number, end: number): string {
  return sentence.text.slice(tokens[start]!.start - sentence.start, tokens[end - 1]!.end - sentence.start);
}

type StateMention = {
  match: TrieMatch<EntityValue>;
  iso3: Iso3;
  form: CountryForm;
  used: boolean;
};

/** The letters of a model designation before its hyphen and number ("F" of F-16, "BM" of BM-21, "Su" of Su-25). */
/** The letters of a model designation before its number: "F" (-16), "Su" (-25), "Sukhoi" (-25), "Mirage" (-2000). */
function isModelPrefix(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && token.cap;
}

function findOwnerBefore(
  states: StateMention[],
  tokens: readonly Token[],
  roleStart: number,
  triggers: readonly { start: number }[],
): StateMention | undefined {
  let k = roleStart - 1;
  let skipped = 0;
  while (k >= 0 && skipped <= 2) {
    // A seat or a people owns no organ: "Baku border guards", "Afghans fighters" are no names.
    const owner = states.find((s) => s.match.end === k + 1 && s.form !== 'seat' && s.form !== 'people');
    if (owner) return owner;
    const token = tokens[k]!;
    // A model designation between them: "Thai F-16 jets", "Russian Su-25 aircraft".
    if (token.kind === 'num' && tokens[k - 1]?.text === '-' && isModelPrefix(tokens[k - 2])) {
      k -= 3;
      skipped++;
      continue;
    }
    // A name in quotation marks between them: 'the Venezuelan "syndicato" gang'.
    if (
      QUOTE_MARKS.has(token.text) &&
      tokens[k - 1]?.kind === 'word' &&
      QUOTE_MARKS.has(tokens[k - 2]?.text ?? '')
    ) {
      k -= 3;
      skipped++;
      continue;
    }
    if (
      !ROLE_JOINERS.has(token.lower) &&
      // "Kyrgyz border guards"; not a verb between a state and its object ("Eritrea massed troops",
      // "Iran launched drones"): the state is that act's subject, not the owner of a longer name.
      !(
        token.kind === 'word' &&
        !token.cap &&
        skipped === 0 &&
        tokens[k - 1]?.cap &&
        !triggers.some((t) => t.start === k) &&
        // "Mauritania conducted military drills": a past verb between them, not a modifier ("armed").
        !(token.lower.endsWith('ed') && !MODIFYING_PARTICIPLES.has(token.lower)) &&
        // "struck southern Lebanon after rockets were fired": a state before a subordinator owns nothing after it.
        !CLAUSE_LINKS.has(token.lower)
      )
    ) {
      return undefined;
    }
    k--;
    skipped++;
  }
  return undefined;
}

/** Participles that modify an organ's name: "Kyrgyz armed forces", "Syrian allied militias". */
const MODIFYING_PARTICIPLES = new Set([
  'armed',
  'allied',
  'combined',
  'united',
  'unified',
  'specialised',
  'specialized',
]);

/** Words that open a clause or a phrase of their own: no state before one owns the noun after it. */
const CLAUSE_LINKS = new Set([
  'after',
  'before',
  'when',
  'while',
  'as',
  'since',
  'until',
  'because',
  'if',
  'and',
  'or',
  'but',
]);

function findOwnerAfter(
  states: StateMention[],
  tokens: readonly Token[],
  from: number,
): StateMention | undefined {
  const at = tokens[from]?.lower === 'the' ? from + 1 : from;
  return states.find((s) => s.match.start === at && s.form === 'name');
}

/** Is a word written in capitals only ("NAIROBI")? */
function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Words after a role word that make it part of a line's or zone's name: "the military demarcation line". */
const LINE_WORDS = new Set(['demarcation', 'buffer']);

/** Tokens after "of the government" within which its seat ("in Tripoli") is looked for. */
const GOVERNMENT_SEAT_REACH = 6;

/** The seat after "in" that a government named at `from` sits in: "of national unity in Tripoli". */
function seatOfGovernmentAfter(
  states: readonly StateMention[],
  tokens: readonly Token[],
  from: number,
): StateMention | undefined {
  for (let k = from; k < Math.min(tokens.length, from + GOVERNMENT_SEAT_REACH); k++) {
    if (tokens[k]!.kind === 'punct') return undefined;
    if (tokens[k]!.lower === 'in')
      return states.find((s) => s.match.start === k + 1 && s.form === 'seat' && !s.used);
  }
  return undefined;
}

/** Tokens after "In <capital>," within which an organ is that capital's state's. */
const OPENING_SEAT_REACH = 6;

/**
 * "In Bangkok, Foreign Ministry spokesperson Nikorndej Balankura warned": an organ of no named state
 * right after a sentence's opening capital is that capital's state's.
 */
function openingSeatState(
  tokens: readonly Token[],
  states: readonly StateMention[],
  at: number,
): Iso3 | null {
  if (tokens[0]?.lower !== 'in') return null;
  // "In Kuala Lumpur,": a seat of one word or more.
  const seat = states.find(
    (s) => s.match.start === 1 && s.form === 'seat' && tokens[s.match.end]?.text === ',',
  );
  return seat && at <= seat.match.end + OPENING_SEAT_REACH ? seat.iso3 : null;
}

/** Adjectives between "from" and a state: "soldiers from neighbouring Sierra Leone". */
const NEIGHBOURING = new Set(['neighbouring', 'neighboring']);

/** Per-sentence helpers are module functions, not closures: a closure per call costs more than its work. */
function stateAt(states: readonly StateMention[], k: number): StateMention | undefined {
  return states.find((s) => s.match.start === k);
}

/** "the border between A and B", "the A-B border", "A's border with B". */
function findBorderPairs(
  tokens: readonly Token[],
  states: StateMention[],
  named: readonly (readonly [Iso3, Iso3])[],
): [Iso3, Iso3][] {
  const pairs: [Iso3, Iso3][] = named.map(([a, b]) => [a, b]);
  // Every pattern below names two states: most sentences name fewer, and need no scan.
  if (states.length < 2) return pairs;
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    // The words are 6 to 8 letters long: the length turns most tokens away before any comparison.
    if (word.length < 6 || word.length > 8) continue;
    if (word !== 'border' && word !== 'frontier' && word !== 'boundary' && word !== 'borders') continue;
    if (tokens[k + 1]?.lower === 'between') {
      const first = stateAt(states, k + 2) ?? stateAt(states, k + 3);
      if (first) {
        const andAt = first.match.end;
        if (tokens[andAt]?.lower === 'and') {
          const second = stateAt(states, andAt + 1) ?? stateAt(states, andAt + 2);
          if (second && second.iso3 !== first.iso3) pairs.push([first.iso3, second.iso3]);
        }
      }
    }
    if (tokens[k + 1]?.lower === 'with') {
      const other = stateAt(states, k + 2) ?? stateAt(states, k + 3);
      const own = states.filter((s) => s.match.end <= k && s.match.end >= k - 3).pop();
      if (other && own && own.iso3 !== other.iso3) pairs.push([own.iso3, other.iso3]);
    }
    // "the Kyrgyz-Tajik border"
    const second = states.find((s) => s.match.end === k);
    if (second && tokens[second.match.start - 1]?.text === '-') {
      const first = states.find((s) => s.match.end === second.match.start - 1);
      if (first && first.iso3 !== second.iso3) pairs.push([first.iso3, second.iso3]);
    }
  }
  return pairs;
}

/**
 * Capitalised words that are no part of a name: sentence openers, and the function words of a
 * headline in title case ("Pakistan Recalls Iran Ambassador After Missile Strikes").
 */
const NAME_STOP = new Set([
  // "Last August, the government ...": a time, not a person named August.
  'Last',
  'Next',
  'The',
  'A',
  'An',
  'On',
  'In',
  'He',
  'She',
  'They',
  'It',
  'But',
  'And',
  'After',
  'Before',
  'Amid',
  'Over',
  'At',
  'With',
  'For',
  'From',
  'To',
  'As',
  'By',
  'Against',
  'Despite',
  'Following',
  'Of',
  'Says',
  'Said',
  // "Later Aigul Sadykova said": adverbs that open a sentence.
  'Later',
  'Earlier',
  'Meanwhile',
  'Separately',
  'Then',
  'Also',
]);
/**
 * "told AFP Monday": a day is no part of a name; nor is a month that no one is named ("In December
 * Banda said": April, May, June and August are given names too).
 */
const WEEKDAYS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  'january',
  'february',
  'september',
  'october',
  'november',
  'december',
]);

function isNameToken(token: Token | undefined, covered: Uint8Array, k: number): boolean {
  return (
    !!token &&
    token.kind === 'word' &&
    token.cap &&
    !covered[k] &&
    !NAME_STOP.has(token.text) &&
    !WEEKDAYS.has(token.lower)
  );
}

/** Does the hyphen at `at` join, with no space, the word before it and a word part after it? */
function hyphenJoins(tokens: readonly Token[], at: number, covered: Uint8Array): boolean {
  const hyphen = tokens[at];
  const part = tokens[at + 1];
  return (
    hyphen?.text === '-' &&
    hyphen.start === tokens[at - 1]?.end &&
    part?.kind === 'word' &&
    part.start === hyphen.end &&
    !covered[at + 1] &&
    !NAME_STOP.has(part.text)
  );
}

/**
 * Where the word of a name starting at k ends: one capitalised token, with the parts hyphenated to
 * it ("Jean-Pierre", "Ji-hoon"); k when no name starts there.
 */
function nameWordEnd(tokens: readonly Token[], k: number, covered: Uint8Array): number {
  if (!isNameToken(tokens[k], covered, k)) return k;
  let end = k + 1;
  while (hyphenJoins(tokens, end, covered)) end += 2;
  return end;
}

/** Where the word of a name ending before `end` starts (see nameWordEnd); `end` when none does. */
function nameWordStart(tokens: readonly Token[], end: number, covered: Uint8Array): number {
  let start = end - 1;
  while (start >= 2 && hyphenJoins(tokens, start - 1, covered)) start -= 2;
  return start >= 0 && isNameToken(tokens[start], covered, start) ? start : end;
}

/** Words of a body's name after the state it is of: "People's Army". */
const BODY_NAME_TAIL = 4;

/** What "the ... with X" names the line of: "the border with Serbia". */
export const BORDER_NOUNS: ReadonlySet<string> = new Set([
  'border',
  'frontier',
  'boundary',
  'borders',
  'frontiers',
]);

/** Lowercase articles of Arabic family names: "al-Bashir", "el-Sisi". */
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'ul']);

/** Does a word of the name in [from, to) name an official the table knows ("Lula" in "Luiz Inacio Lula da Silva")? */
function knownOfficialIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.cap && officialBySurname(tokens[k]!.lower)) return true;
  return false;
}

/** Lowercase particles inside a family name, one or two of them: "Lula da Silva", "Ursula von der Leyen". */
const SURNAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'van', 'von', 'der', 'den', 'di']);

/** Capitalised words of a name that say whose son or daughter follows: "Ould", "Ag", "Bin". */
const PATRONYMICS = new Set(['Ould', 'Ag', 'Bin', 'Ben', 'Ibn', 'Abu', 'Wad']);

/** Does "al-Bashir" start at k: a particle, a hyphen with no space, and a capitalised word? */
function particleJoins(tokens: readonly Token[], k: number, covered: Uint8Array): boolean {
  const particle = tokens[k];
  const hyphen = tokens[k + 1];
  const word = tokens[k + 2];
  return (
    !!particle &&
    NAME_PARTICLES.has(particle.text) &&
    hyphen?.text === '-' &&
    hyphen.start === particle.end &&
    !!word &&
    word.start === hyphen.end &&
    isNameToken(word, covered, k + 2)
  );
}

/** Where a name of up to three words starting at k ends, and how many words it has. */
function nameForward(
  tokens: readonly Token[],
  k: number,
  covered: Uint8Array,
): { end: number; words: number } {
  let end = k;
  let words = 0;
  let joined = false;
  // "Mohamed Lemine Ould Sidi": a patronymic word ("son of") leads to one more name; so does a
  // lowercase particle ("Luiz Inacio Lula da Silva").
  while (
    words < 3 ||
    (words === 3 &&
      (PATRONYMICS.has(tokens[end - 1]!.text) || (!joined && SURNAME_PARTICLES.has(tokens[end]?.text ?? ''))))
  ) {
    let next = nameWordEnd(tokens, end, covered);
    // "Omar al-Bashir", "Mustafa al-Kadhimi": a lowercase article joined to the family name.
    if (next === end && words >= 1 && particleJoins(tokens, end, covered)) next = end + 3;
    if (next === end && words >= 1 && !joined && SURNAME_PARTICLES.has(tokens[end]?.text ?? '')) {
      // "von der Leyen": two particles at most.
      const after = end + (SURNAME_PARTICLES.has(tokens[end + 1]?.text ?? '') ? 2 : 1);
      const surname = nameWordEnd(tokens, after, covered);
      if (surname > after) {
        joined = true;
        next = surname;
      }
    }
    if (next === end) break;
    end = next;
    words++;
    // "John F. Kennedy"
    if (tokens[end]?.text === '.' && tokens[end - 1]!.text.length === 1) end++;
  }
  return { end, words };
}

function entityEndingAt(
  entities: readonly TrieMatch<EntityValue>[],
  k: number,
): TrieMatch<EntityValue> | undefined {
  return entities.find((e) => e.end === k);
}

/** The state a titled official of the table speaks for (data/officials.ts), in the title's role. */
function officialOf(name: string, role: Exclude<ActorRole, 'UNK'>): ActorRef | null {
  const known = officialState(name);
  return known ? { country: known, role: role === 'IGO' ? 'GOV' : role } : null;
}

/** Capitalised words of a portfolio between a state and a title ("Bangladeshi Home Minister"). */
const PORTFOLIO_REACH = 2;

/** Who a titled person speaks for: the organisation or state named with the title. */
function affiliation(
  entity: TrieMatch<EntityValue> | undefined,
  role: Exclude<ActorRole, 'UNK'>,
): ActorRef | null {
  const value = entity?.values[0];
  if (!value || value.kind === 'block' || value.kind === 'border') return null;
  if (value.kind === 'org')
    return { country: null, role: value.org.role ?? 'IGO', org: value.org.acronym ?? value.org.name };
  return { country: value.iso3, role: role === 'IGO' ? 'GOV' : role };
}

/**
 * People: a title followed by a capitalised name ("CSTO Secretary General Stanislav Zas",
 * "Secretary General of the CSTO Stanislav Zas"), or a name followed by ", the <title>".
 */
function findPeople(
  sentence: Sentence,
  tokens: readonly Token[],
  titles: readonly TrieMatch<(typeof TITLES)[number]>[],
  entities: readonly TrieMatch<EntityValue>[],
  covered: Uint8Array,
): PersonMention[] {
  const people: PersonMention[] = [];
  for (const title of titles) {
    const info = title.values[0]!;
    let k = title.end;
    // "Bangladeshi Home Minister Asaduzzaman Khan": the state named before a portfolio the title table lacks.
    let from = title.start;
    for (
      let n = 0;
      n < PORTFOLIO_REACH &&
      !entityEndingAt(entities, from) &&
      tokens[from - 1]?.cap &&
      tokens[from - 1]!.kind === 'word';
      n++
    )
      from--;
    let affiliated = affiliation(entityEndingAt(entities, from), info.role);
    if (tokens[k]?.lower === 'of') {
      const after = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const entity = entities.find((e) => e.start === after);
      if (entity) {
        affiliated ??= affiliation(entity, info.role);
        k = entity.end;
        // "(CSTO)"
        if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
        // "of the North Korean People's Army, Ko Jong Chol": the rest of the body's name, before
        // the name in apposition.
        let tail = k;
        while (tail < k + BODY_NAME_TAIL && (tokens[tail]?.text === "'s" || tokens[tail]?.cap)) tail++;
        if (tail > k && tokens[tail]?.text === ',' && nameForward(tokens, tail + 1, covered).words >= 2)
          k = tail;
      }
    }
    // "the commerce minister, Nooruddin Azizi": the name in apposition after the title.
    if (tokens[k]?.text === ',' && nameForward(tokens, k + 1, covered).words >= 2) k++;
    // "air force commander Lieutenant General Mykola Oleshchuk": the rank right after is the nearer
    // title, and the name is read after it.
    if (titles.some((other) => other.start === k)) continue;
    const nameStart = k;
    const name = nameForward(tokens, k, covered);
    k = name.end;
    // "the North Korean People's Army": a possessive noun, not a name.
    if (name.words > 0 && tokens[k]?.text === "'s") continue;
    // "the Army General Command and Defence Ministry": a body's name ends in its kind, not a person.
    if (name.words > 0 && BODY_NOUNS.has(tokens[k - 1]!.lower)) continue;
    if (name.words > 0 && PLACE_FIRST_WORDS.has(tokens[nameStart]!.lower)) continue;
    // "the Army General Staff": a body after a rank, not a person.
    if (name.words > 0 && wordIn(tokens, nameStart, k, NO_NAME_WORDS)) continue;
    if (
      name.words >= 2 ||
      (name.words === 1 && tokens[nameStart]!.text.length > 2 && /^[A-Z]/.test(info.title))
    ) {
      const title = info.singular ?? info.title;
      // "President Vladimir Putin said": an official the table knows speaks for their state.
      const name = textOf(sentence, tokens, nameStart, k);
      people.push({
        start: nameStart,
        end: k,
        name,
        title,
        actor: affiliated ?? officialOf(name, info.role),
      });
      // "Presidents Nicolas Maduro and Irfaan Ali": the second name has the title too (and its own state).
      const second =
        info.singular && tokens[k]?.lower === 'and' ? nameForward(tokens, k + 1, covered) : undefined;
      if (second && second.words >= 2) {
        const name = textOf(sentence, tokens, k + 1, second.end);
        people.push({
          start: k + 1,
          end: second.end,
          name,
          title,
          actor: affiliated ?? officialOf(name, info.role),
        });
      }
      continue;
    }
    // "Stanislav Zas, the CSTO secretary general"
    let back = title.start - 1;
    while (back >= 0 && (tokens[back]!.lower === 'the' || entityEndingAt(entities, back + 1))) {
      const entity = entityEndingAt(entities, back + 1);
      if (entity) {
        affiliated ??= affiliation(entity, info.role);
        back = entity.start - 1;
      } else back--;
    }
    if (tokens[back]?.text !== ',') continue;
    let start = back;
    let words = 0;
    while (words < 3) {
      const previous = nameWordStart(tokens, start, covered);
      if (previous === start) break;
      start = previous;
      words++;
    }
    // "Senior Colonel Long Shaohua, spokesperson for": a rank read back is no part of the name.
    const rank = titles.find((t) => t.start <= start && t.end > start && t.end < back);
    if (rank) {
      for (let k = start; k < rank.end; k++) if (tokens[k]!.kind === 'word') words--;
      start = rank.end;
    }
    if (words >= 2) {
      people.push({
        start,
        end: back,
        name: textOf(sentence, tokens, start, back),
        title: info.title,
        actor: affiliated,
      });
    }
  }
  // Untitled names next to a reporting verb or an apposition: "said Leyla Mammadova, a spokeswoman", "Raghavan writes".
  // Tokens of a match or of a person found above.
  const taken = covered.slice();
  for (const person of people) for (let k = person.start; k < person.end; k++) taken[k] = 1;
  // "said Lieutenant General Anil Bhatia": a title is no name.
  for (const title of titles) for (let k = title.start; k < title.end; k++) taken[k] = 1;
  for (let k = 0; k < tokens.length; k++) {
    // "Historian Meera Raghavan": an occupation opening the sentence is no part of the name.
    if (!isNameToken(tokens[k], taken, k) || OCCUPATIONS.has(tokens[k]!.lower)) continue;
    const { end, words } = nameForward(tokens, k, taken);
    if (words < 2) continue;
    const before = tokens[k - 1]?.lower ?? '';
    const after = tokens[end]?.lower ?? '';
    // "Luisa Carvajal, a spokeswoman", "Luisa Carvajal, who runs a shelter".
    // "Isla Portillos, an island in the San Juan River" is a place; so is "towns including Qasr and
    // Hawsh al-Sayyed Ali, the Lebanese health ministry said": what follows is the teller.
    const apposition =
      after === ',' &&
      ['a', 'an', 'the', 'who'].includes(tokens[end + 1]?.lower ?? '') &&
      // "Khusnidin Khozhiev, a border guard of Kyrgyzstan": a place kind may name where a person serves.
      !(
        INDEFINITE_ARTICLES.has(tokens[end + 1]!.lower) &&
        PLACE_KINDS.has(tokens[end + 2]?.lower ?? '') &&
        !VICTIM_KIND.has(tokens[end + 3]?.lower ?? '')
      ) &&
      !tellerAfter(tokens, end + 1);
    // "Tigran Avetisyan, secretary of the council", "Rosa Quizhpe, local councillor": a role with no
    // article; "the county commissioner, Joseph Mwangi, said": a name set off before its verb.
    const roleApposed =
      after === ',' &&
      !tokens[end + 1]?.cap &&
      (APPOSED_ROLES.has(tokens[end + 1]?.lower ?? '') || APPOSED_ROLES.has(tokens[end + 2]?.lower ?? ''));
    const setOff = before === ',' && after === ',' && PERSON_VERBS.has(tokens[end + 1]?.lower ?? '');
    // "Nurbek Tursynov, 34, dies at the scene": a name with an age set off after it.
    const aged =
      after === ',' && /^\d{1,3}$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ',';
    // "the head of Kazakhstan's Border Service, Daulet Ismagulov, and", "the group's leader, Khurshed
    // Davlatov,": a name set off after the role it holds.
    const afterRole =
      before === ',' && roleBeforeComma(tokens, k - 1) && (after === ',' || after === 'and' || after === '.');
    // "As reported by The Daily Caller": a capitalised article inside a sentence starts a title, no name.
    // "residents of the border town of Phop Phra said": a place of a kind named before it.
    if (
      (tokens[k - 1]?.text === 'The' && k > 1) ||
      (before === 'of' && PLACE_KINDS.has(tokens[k - 2]?.lower ?? ''))
    ) {
      k = end;
      continue;
    }
    // "Historian Meera Raghavan", "Congo's Therese Kayikwamba Wagner", "Kamchybek Tashiev of
    // Kyrgyzstan": an occupation before, or a state named with the possessive or with "of".
    const placed =
      OCCUPATIONS.has(before) ||
      // "In February 2019 Nicolas Maduro sealed the border": an official the table knows by name.
      (words >= 2 && knownOfficialIn(tokens, k, end)) ||
      (before === "'s" && !!covered[k - 2] && tokens[k - 2]!.cap) ||
      (after === 'of' && !!covered[end + 1] && tokens[end + 1]!.cap) ||
      // A byline: a paragraph of its own, "By Jelena Markovic".
      (k === 1 && tokens[0]!.text === 'By' && end === tokens.length);
    // "Irfaan Ali and Nicolas Maduro met": a name joined to one before a verb of a person.
    const partner = after === 'and' ? nameForward(tokens, end + 1, taken) : undefined;
    const joined = !!partner && partner.words >= 2 && PERSON_VERBS.has(tokens[partner.end]?.lower ?? '');
    if (
      !PERSON_VERBS.has(before) &&
      !PERSON_VERBS.has(after) &&
      !apposition &&
      !roleApposed &&
      !setOff &&
      !aged &&
      !afterRole &&
      !placed &&
      !joined
    ) {
      k = end;
      continue;
    }
    // "Western Theatre Command said", "Arunachal Pradesh, the Indian state": a body or a place;
    // "the Ministry of Foreign Affairs said": the end of a body's name.
    const name = textOf(sentence, tokens, k, end);
    // ("the War of the Triple Alliance", "the Commission for the Pilcomayo River Basin": past "the".)
    const tailAt = before === 'the' ? k - 1 : k;
    const bodyTail =
      (tokens[tailAt - 1]?.lower === 'of' || tokens[tailAt - 1]?.lower === 'for') &&
      tokens[tailAt - 2]?.cap === true;
    if (
      bodyTail ||
      // "heavy gunfire was reported in Somalia's Bulla Hawa": a name a state has where things
      // happen is a place.
      (before === "'s" && placeOfStateAt(tokens, k - 1, covered)) ||
      bodyKindBefore(tokens, k) ||
      // "the trawler Kapitan Gerasimov": a ship's name.
      CRAFT_NOUNS.has(before) ||
      BODY_NOUNS.has(tokens[end - 1]!.lower) ||
      wordIn(tokens, k, end, NO_NAME_WORDS) ||
      PLACE_FIRST_WORDS.has(tokens[k]!.lower) ||
      COMPANY_FORMS.has(tokens[k]!.lower) ||
      COMPANY_FORMS.has(tokens[end - 1]!.lower) ||
      lookupPlace(name).length > 0 ||
      // "Pakistan's Balochistan Province": a place and its kind, not a person ("supporter Peter
      // Mutua" is one, whatever town is called Peter).
      (placed && !OCCUPATIONS.has(before) && lookupPlace(tokens[k]!.text).length > 0)
    ) {
      k = end;
      continue;
    }
    const title = apposition ? titles.find((t) => t.start > end && t.start <= end + 6)?.values[0] : undefined;
    const known = officialState(name);
    people.push({
      start: k,
      end,
      name,
      title: title?.title ?? null,
      actor: known ? { country: known, role: 'GOV' } : null,
    });
    for (let c = k; c < end; c++) taken[c] = 1;
    k = end;
  }
  return people;
}

const FIGHTER_WORDS = new Set(['fighters', 'fighter']);
const SCRAMBLE_WORDS = new Set(['scrambled', 'scramble', 'scrambling', 'scrambles']);

/** Does a mention name peacekeepers ("peacekeepers", "the peacekeeping force")? */
function peacekeeping(tokens: readonly Token[], mention: { start: number; end: number }): boolean {
  for (let k = mention.start; k < mention.end; k++) if (tokens[k]!.lower.startsWith('peacekeep')) return true;
  return false;
}

/** Is a mention scrambled: "scrambled fighters", "fighters were scrambled", "fighters scrambled"? */
function scrambled(tokens: readonly Token[], mention: { start: number; end: number }): boolean {
  const after = tokens[mention.end]?.lower ?? '';
  return (
    SCRAMBLE_WORDS.has(tokens[mention.start - 1]?.lower ?? '') ||
    SCRAMBLE_WORDS.has(after) ||
    ((after === 'were' || after === 'was') && SCRAMBLE_WORDS.has(tokens[mention.end + 1]?.lower ?? ''))
  );
}

/** Determiners of an act told before: "the attack on Sunday", "this attack on Sunday". */
const DEFINITE_DETERMINERS = new Set(['the', 'this', 'that']);

/**
 * "said the attack on Sunday was a serious violation": a day right after a definite act noun dates
 * that noun only, not the sentence (nor, carried, the next one).
 */
function nounDatesScoped(
  tokens: readonly Token[],
  triggers: readonly TrieMatch<EventPattern>[],
  marks: DateMark[],
): DateMark[] {
  for (const mark of marks) {
    if (mark.scope || tokens[mark.at - 1]?.lower !== 'on') continue;
    const noun = triggers.find(
      (t) => t.end === mark.at - 1 && DEFINITE_DETERMINERS.has(tokens[t.start - 1]?.lower ?? ''),
    );
    // A past form after "the" is a participle's act ("the shelled village"), not a noun told again.
    if (noun && !tokens[noun.start]!.lower.endsWith('ed'))
      mark.scope = { from: noun.start, to: mark.at + 1, kind: 'attributive' };
  }
  return marks;
}

/** Tokens after a comma within which "the ministry said" is a teller, not an apposition. */
const TELLER_REACH = 6;

const SAYING: ReadonlySet<string> = new Set(['said', 'says']);
const COMMA: ReadonlySet<string> = new Set([',']);

/** Does a clause starting at `from` end in a verb of saying before any comma ("the Lebanese health ministry said")? */
function tellerAfter(tokens: readonly Token[], from: number): boolean {
  return wordBeforeStop(tokens, from, TELLER_REACH, SAYING, COMMA);
}

/** "a" and "an" (events.ts reads them too). */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Kinds of place an apposition may name: "Isla Portillos, an island". */
const PLACE_KINDS = new Set([
  'island',
  'islet',
  'town',
  'towns',
  'village',
  'villages',
  'city',
  'region',
  'river',
  'area',
  'district',
  'province',
  'mountain',
  'lake',
  'reservoir',
  'valley',
  'border',
  'crossing',
  'promontory',
  'peninsula',
  'plateau',
  'hill',
  'pass',
  'outpost',
  'enclave',
  'exclave',
]);

/** Occupations named before a person with no title of office: "Historian Meera Raghavan". */
const OCCUPATIONS = new Set([
  // "Schoolteacher Christiane Ekambi Ngo", "farmer Ali Rahimi said": people the news quotes by trade.
  'teacher',
  'schoolteacher',
  'farmer',
  'fisherman',
  'shopkeeper',
  'trader',
  'merchant',
  'resident',
  'villager',
  'driver',
  'nurse',
  'doctor',
  'herder',
  'shepherd',
  'councillor',
  'councilor',
  'student',
  'engineer',
  'businessman',
  'businesswoman',
  'widow',
  'elder',
  'imam',
  'priest',
  'veteran',
  'witness',
  'survivor',
  'smuggler',
  'reporter',
  'photographer',
  'writer',
  'historian',
  'analyst',
  'researcher',
  'professor',
  'journalist',
  'scholar',
  'economist',
  'lawyer',
  'activist',
  'expert',
  'author',
  // "substitute Gaspar Soares fired", "goalkeeper Artem Lysenko": the players of a match report.
  'coach',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'substitute',
  'winger',
  'footballer',
  'referee',
  // "said Kenyan supporter Peter Mutua", "said MSF coordinator Julien Marchetti", "district
  // commissioner Dominic Mwandira".
  'supporter',
  'fan',
  'coordinator',
  'commissioner',
]);

/** Words back from a comma within which the role a name is set off after is named. */
const ROLE_BEFORE_REACH = 6;

/**
 * Is a role of a person ("head", "leader", "spokesman") named in the phrase ending at the comma at
 * `comma` ("the head of Kazakhstan's Border Service,"), with no other comma or verb of saying between?
 */
function roleBeforeComma(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - ROLE_BEFORE_REACH; k--) {
    const token = tokens[k]!;
    if (token.text === ',' || PERSON_VERBS.has(token.lower)) return false;
    if (!token.cap && APPOSED_ROLES.has(token.lower))
      // ("’s" is lowered to "'s".)
      return tokens[k - 1]?.lower === 'the' || tokens[k - 1]?.lower === 'a' || tokens[k - 1]?.lower === "'s";
  }
  return false;
}

/** Roles a name is set off by with no article: "Tigran Avetisyan, secretary of the council". */
const APPOSED_ROLES: ReadonlySet<string> = new Set([
  ...OCCUPATIONS,
  'secretary',
  'head',
  'chief',
  'director',
  'deputy',
  'member',
  'leader',
  'adviser',
  'advisor',
  'commander',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'envoy',
  'ambassador',
  'commissioner',
  'owner',
]);

/** Kinds of body named before a body's name: "Rights group Ain o Salish Kendra says". */
const BODY_KINDS = new Set([
  // "according to the website Jeune Afrique", "the company Shohin SM": an outlet or a firm.
  'website',
  'newspaper',
  'magazine',
  'outlet',
  'portal',
  'broadcaster',
  'channel',
  'daily',
  'weekly',
  'company',
  'firm',
  'group',
  'organisation',
  'organization',
  'watchdog',
  'monitor',
  'charity',
  'ngo',
]);

/** Legal forms of a company, before or after its name: "LLC Shohin SM", "Gazprom PJSC". */
const COMPANY_FORMS = new Set([
  'llc',
  'jsc',
  'ojsc',
  'cjsc',
  'pjsc',
  'ooo',
  'ltd',
  'inc',
  'plc',
  'gmbh',
  'corp',
]);

/** Is the name at `k` a body's, its kind named before it (past its other words and particles)? */
function bodyKindBefore(tokens: readonly Token[], k: number): boolean {
  let b = k - 1;
  while (
    b >= 0 &&
    b >= k - 3 &&
    (tokens[b]!.cap || (tokens[b]!.kind === 'word' && tokens[b]!.lower.length <= 2))
  )
    b--;
  return BODY_KINDS.has(tokens[b]?.lower ?? '');
}

/** Last words that make a capitalised name a body, not a person ("Western Theatre Command"). */
const BODY_NOUNS = new Set([
  // "Iran's Red Crescent sent tents".
  'crescent',
  'cross',
  // "the Western Province of Zambia", "the Kurdistan Region of Iraq": places by their kind.
  'province',
  'region',
  'district',
  'state',
  'republic',
  'kingdom',
  'valley',
  'river',
  // "the King Hussein Bridge", "Russia's Ural Mountains", "State House, Nairobi": landmarks.
  'bridge',
  'mountains',
  'hills',
  'house',
  'districts',
  'provinces',
  'park',
  'airport',
  'dam',
  'islands',
  'island',
  'strait',
  'gulf',
  'sea',
  'command',
  // "the Joint Chiefs said": South Korea's Joint Chiefs of Staff, told short.
  'chiefs',
  'council',
  'committee',
  'commission',
  'ministry',
  'army',
  'forces',
  'force',
  'agency',
  'office',
  'service',
  'party',
  'front',
  'court',
  'assembly',
  'parliament',
  'government',
  'organization',
  'organisation',
  'union',
  'institute',
  'university',
  'association',
  'group',
  'corps',
  'guard',
  'guards',
  'police',
  'navy',
  'militia',
  'brigade',
  'battalion',
  'regiment',
  'division',
  'administration',
  'department',
  'bureau',
  'authority',
  'center',
  'centre',
  // "the Bureau of Fisheries and Aquatic Resources said", "the Department of Foreign Affairs said".
  'board',
  'resources',
  'affairs',
  'services',
  'fisheries',
  // "told Arab News", "told The Kathmandu Post": outlets.
  'news',
  'times',
  'post',
  'tribune',
  'gazette',
  'herald',
  'journal',
  'express',
  'jazeera',
  // "Army Officials said", "Security Sources said": people unnamed.
  'officials',
  'sources',
  // "the General Service Unit", "Tunisian Tataouine Radio said".
  'unit',
  'radio',
  'television',
  // "Greece's Skai TV aired", "the King Talal Military Hospital": a channel, a building.
  'tv',
  'hospital',
  'clinic',
  'airport',
  'stadium',
  // "Niger's West African neighbours": a region's people, no name.
  'african',
  'european',
  'asian',
  'american',
]);

/** First words that make a capitalised name a place: "between Lake Mweru and Lake Tanganyika". */
const PLACE_FIRST_WORDS = new Set(['lake', 'mount', 'mt', 'cape']);

/**
 * Nouns no personal name holds, wherever they stand in it: "Iran's Army Holds Drill" (a headline in
 * title case), "Georgia's Breakaway Regions", "the Expert Group Meeting", "celebrating Oxi Day, a
 * holiday", "Heritage Oil, a British company".
 */
const NO_NAME_WORDS = new Set([
  'army',
  'regions',
  'boundary',
  'boundaries',
  'line',
  'group',
  'meeting',
  'meetings',
  'border',
  'security',
  'day',
  'palace',
  'church',
  'oil',
  'media',
  'minister',
  // "the Army General Staff", "Minister for Foreign Affairs and External Trade", "the BGB's Ghagra
  // BOP" (a border outpost).
  'staff',
  'trade',
  'bop',
]);

/** Verbs of saying that sit next to a person's name. */
/** Kinds of ship before a ship's name ("the trawler Kapitan Gerasimov"). */
const CRAFT_NOUNS = new Set([
  'trawler',
  'vessel',
  'ship',
  'tanker',
  'freighter',
  'frigate',
  'destroyer',
  'ferry',
]);

const PERSON_VERBS = new Set([
  'said',
  'met',
  'says',
  'told',
  'added',
  'wrote',
  'writes',
  'stated',
  'warned',
  'argued',
  'noted',
  'explained',
  'insisted',
  'recalled',
  'urged',
]);
