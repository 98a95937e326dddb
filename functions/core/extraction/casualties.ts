/**
 * Casualty counts: numbers (digits or words) next to casualty words, read sentence by sentence,
 * then consolidated the way human coders do: a figure repeated is counted once, different
 * victims add up, and when claimants disagree the lowest figure is the count.
 */
import type { CasualtyClaim, Iso3 } from '../model';
import { type Token, wordBackPastFillers } from '../text/tokenize';
import { ARMED_NON_STATE_ROLES } from './data/actors';
import {
  AGENT_VICTIMS,
  CASUALTY_FILLERS,
  CASUALTY_WORDS,
  DISASTER_WORDS,
  EXECUTED_NON_PERSONS,
  NUMBER_WORDS,
  VICTIM_KIND,
} from './data/cues';
import { inTimeGap, nearestMark } from './dates';
import type { SentenceReading } from './mentions';

export interface SentenceCasualties extends CasualtyClaim {
  victimCountry: Iso3 | null;
  /** Token of the casualty word: the claim belongs to the act told last before it. */
  at: number;
  /**
   * "The confrontations between Hezbollah and Israel have killed 426 people": what the hostilities
   * as a whole have cost so far, the article's toll only when it tells no toll of its own.
   */
  runningTotal?: true;
}

const LOOK_BEFORE = 9;
const LOOK_AFTER = 5;
/** Possessives that make the victims the claimant's own ("23 of its soldiers"). */
const OWN_WORDS = new Set(['its', 'our', 'their']);
/** How long before the news a toll told "N days after" belongs to another event. */
const OTHER_EVENT_DAYS = 7;
/** A claimant that is a state (source labels are ISO3 codes or names). */
const ISO3 = /^[A-Z]{3}$/;
/** Verbs by which a state gives its own toll: "Azerbaijan reported three dead". */
const OWN_TOLL_VERBS = new Set(['reported', 'confirmed', 'acknowledged', 'admitted', 'announced']);

const UNIT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const TENS_WORDS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** The tens word right before the unit word at `k` ("twenty-three", "thirty five"), as a value, or 0. */
function tensBefore(tokens: readonly Token[], k: number): number {
  const at = tokens[k - 1]?.text === '-' ? k - 2 : k - 1;
  const word = tokens[at]?.lower ?? '';
  return TENS_WORDS.has(word) ? NUMBER_WORDS.get(word)!.value : 0;
}

/** Words between "an" and a figure that make it an estimate: "an estimated 80,000". */
const ESTIMATE_WORDS = new Set(['estimated', 'approximate', 'reported']);

/** Words after a number that make it a time of day. */
const CLOCK_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'hrs', 'gmt', 'utc']);

function numberAt(tokens: readonly Token[], k: number): { value: number; approx: boolean } | null {
  const token = tokens[k];
  if (!token) return null;
  if (token.kind === 'num') {
    // "injured at around 12:30 pm": a time of day, not a toll.
    if (tokens[k + 1]?.text === ':' || CLOCK_WORDS.has(tokens[k + 1]?.lower ?? '')) return null;
    const value = Number(token.lower.replace(/,/g, ''));
    // Years are dates, not tolls.
    if (!Number.isFinite(value) || (value >= 1900 && value <= 2100 && !token.text.includes(','))) return null;
    return { value, approx: false };
  }
  // "One person was killed and another injured": one more of the same.
  const after = tokens[k + 1]?.lower ?? '';
  if (token.lower === 'another' && (CASUALTY_WORDS.has(after) || VICTIM_KIND.has(after)))
    return { value: 1, approx: false };
  // "minor injuries to a few personnel": no figure.
  if (token.lower === 'a' && after === 'few') return null;
  // "killed as many as 58 soldiers": the figure after "as many as" (not "many", the quantifier).
  if (token.lower === 'many' && tokens[k - 1]?.lower === 'as' && after === 'as') return null;
  // "the deaths of an estimated 80,000 people": the figure after the estimate.
  if ((token.lower === 'a' || token.lower === 'an') && ESTIMATE_WORDS.has(after)) {
    const estimate = numberAt(tokens, k + 2);
    return estimate ? { value: estimate.value, approx: true } : null;
  }
  const word = NUMBER_WORDS.get(token.lower);
  if (!word) return null;
  // "Twenty-three", "thirty five": a tens word and its unit are one figure, read from either word.
  if (UNIT_WORDS.has(token.lower)) {
    const tens = tensBefore(tokens, k);
    if (tens) return { value: tens + word.value, approx: false };
  }
  if (TENS_WORDS.has(token.lower)) {
    const unitAt = tokens[k + 1]?.text === '-' ? k + 2 : k + 1;
    const unit = tokens[unitAt]?.lower ?? '';
    if (UNIT_WORDS.has(unit)) return { value: word.value + NUMBER_WORDS.get(unit)!.value, approx: false };
  }
  // "no one was killed"
  if (token.lower === 'one' && tokens[k - 1]?.lower === 'no') return { value: 0, approx: false };
  // "which includes both dead and injured PLA soldiers": "both ... and" joins two words, it counts no one.
  if (token.lower === 'both' && tokens[k + 2]?.lower === 'and') return null;
  // "a dozen", "two dozen", "three hundred"
  const next = tokens[k + 1]?.lower;
  if (next === 'dozen' || next === 'hundred')
    return { value: word.value * NUMBER_WORDS.get(next)!.value, approx: !!word.approx };
  return { value: word.value, approx: !!word.approx };
}

/** How far back a victim's relative clause may open before its verb ("A soldier who was ... has died"). */
const VICTIM_CLAUSE_REACH = 25;
const DEATH_AUXILIARIES = new Set(['has', 'had', 'have']);

/**
 * "A Polish soldier who was stabbed by a man ... last week has died of his wounds": where the
 * relative clause between a victim and a perfect "has died" opens, so the figure is read before it.
 */
function relativeClauseStart(tokens: readonly Token[], k: number): number | undefined {
  if (!DEATH_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') || tokens[k]!.lower !== 'died') return undefined;
  for (let r = k - 2; r > 0 && k - r <= VICTIM_CLAUSE_REACH; r--) {
    const word = tokens[r]!.lower;
    if (word === '.' || word === ';') return undefined;
    if (word === 'who') return VICTIM_KIND.has(tokens[r - 1]!.lower) ? r : undefined;
  }
  return undefined;
}

/** Words before a fight that make it what came before the news: "after the Galwan clash". */
const BACKGROUND_OPENERS = new Set(['after', 'since', 'following', 'before', 'amid']);
/** Nouns of a fight a relative clause may tell the toll of. */
const FIGHT_NOUNS = new Set([
  'clash',
  'clashes',
  'fighting',
  'war',
  'attack',
  'attacks',
  'skirmish',
  'battle',
  'conflict',
]);
/** Words back from a casualty word within which its relative pronoun is looked for. */
const RELATIVE_REACH = 10;

/** Words that set a fight before the news: "the earlier clashes", "the previous fighting". */
const EARLIER_WORDS = new Set(['earlier', 'previous', 'past']);

/**
 * Is the casualty word at `k` in a relative clause of a named fight the sentence gives as background
 * ("deployed after the Galwan clash, in which 20 Indian soldiers were killed")? That toll is an
 * earlier fight's, told to explain the news.
 */
function backgroundFightClause(tokens: readonly Token[], k: number): boolean {
  for (let r = k - 1; r >= Math.max(1, k - RELATIVE_REACH); r--) {
    const word = tokens[r]!.lower;
    if (word !== 'which' && word !== 'that') continue;
    // "have soured since Russia's downing of an Azerbaijan Airlines plane that killed 67": what a
    // "since" phrase names happened before the news.
    for (let j = r - 1; j >= Math.max(0, r - SINCE_ANTECEDENT_REACH); j--) {
      if (tokens[j]!.kind === 'punct') break;
      if (tokens[j]!.lower === 'since') return true;
    }
    let noun = r - 1;
    while (
      noun > 0 &&
      (tokens[noun]!.lower === ',' || tokens[noun]!.lower === 'in' || tokens[noun]!.lower === 'during')
    )
      noun--;
    if (!FIGHT_NOUNS.has(tokens[noun]?.lower ?? '')) return false;
    // "the earlier clashes, which killed at least 48 people": fights told as before the news.
    if (EARLIER_WORDS.has(tokens[noun - 1]?.lower ?? '')) return true;
    // A fight named by a place or a year ("the Galwan clash", "the 2020 war"), not "after clashes
    // that killed 12", which may be the news itself.
    const name = tokens[noun - 1];
    if (!name || (!name.cap && name.kind !== 'num') || tokens[noun - 2]?.lower !== 'the') return false;
    return BACKGROUND_OPENERS.has(tokens[noun - 3]?.lower ?? '');
  }
  return false;
}

/** Words back from a toll's relative pronoun to a "since" opening its antecedent's phrase. */
const SINCE_ANTECEDENT_REACH = 10;

/** The country each token of a country mention names. */
function countryAt(reading: SentenceReading): Map<number, Iso3> {
  const at = new Map<number, Iso3>();
  for (const country of reading.countries)
    for (let k = country.start; k < country.end; k++) at.set(k, country.iso3);
  // "one Taliban fighter": an organisation's name gives its state as a demonym does.
  for (const mention of reading.actors) {
    const { org, country } = mention.actor;
    if (!org || !country) continue;
    for (let k = mention.start; k < mention.end; k++) if (reading.tokens[k]!.cap) at.set(k, country);
  }
  return at;
}

/**
 * Casualty claims of one sentence; each is credited to the nearest reporting source before it
 * ("Tajik authorities said five ..., while the Kyrgyz service said three ...").
 */
export function readCasualties(
  reading: SentenceReading,
  sources: readonly { at: number; label: string; mention?: { actor: { country: Iso3 | null } } }[],
): SentenceCasualties[] {
  const { tokens } = reading;
  const claims: SentenceCasualties[] = [];
  // Made at the first casualty word: most sentences have none.
  let demonymAt: Map<number, Iso3> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const kind = CASUALTY_WORDS.get(tokens[k]!.lower) ?? woundsTaken(tokens, k) ?? lifeLost(tokens, k);
    // A toll dated in the past ("since a brawl in June 2020, in which 20 soldiers were killed") or
    // told a week or more before the news ("two weeks after gunmen killed 26 tourists") is another
    // event's; "a day after strikes killed 27" is the story's own.
    if (
      !kind ||
      executedNoPerson(tokens, k) ||
      inTimeGap(reading.dates, k, OTHER_EVENT_DAYS) ||
      nearestMark(reading.dates, k)?.historical ||
      backgroundFightClause(tokens, k) ||
      tallyNear(tokens, k) ||
      spanTallyNear(reading, k) ||
      conflictTallyAfter(tokens, k) ||
      tollSinceConflictBegan(tokens, k) ||
      disasterToll(tokens, k) ||
      groupTally(reading, k)
    )
      continue;
    // "Three Kyrgyzstanis received gunshot wounds, they were taken to a hospital where they died":
    // the wounded told just before are the dead.
    if (kind === 'killed' && succumbed(tokens, k)) {
      const wounded = claims.at(-1);
      if (wounded && wounded.injured !== null && wounded.killed === null) {
        wounded.killed = wounded.injured;
        wounded.injured = null;
      }
      continue;
    }
    // The toll of "the conflict" or "the war" as a whole ("The conflict ... led to the deaths of an
    // estimated 80,000 people"), in a sentence that gives no time of its own, is no incident's (a
    // running total of the hostilities keeps its own rule, below).
    if (wholeConflictToll(reading, k) && !runningTotalAt(tokens, k)) continue;
    demonymAt ??= countryAt(reading);
    let found: { value: number; approx: boolean; at: number } | null = null;
    let victimCountry: Iso3 | null = null;
    // "49 of its soldiers": the victims are the claimant's own.
    let own = false;
    // "killing a man and a woman and wounding four": a verb right after "and" has its figure after it.
    // ("was shot and killed" is one deed told in two words.)
    const secondVerb = tokens[k - 1]?.lower === 'and' && !HOW_KILLED.has(tokens[k - 2]?.lower ?? '');
    const origin = relativeClauseStart(tokens, k) ?? k;
    let lookFrom = Math.max(0, origin - LOOK_BEFORE);
    for (let j = origin - 1; j >= lookFrom && !secondVerb; j--) {
      // "nine people, including four children, were killed": the figure is the head's, before the aside.
      const aside = inclusionAside(tokens, j);
      if (aside >= 0) {
        lookFrom = Math.max(0, lookFrom - (j - aside + 1));
        j = aside;
        continue;
      }
      // "killed two soldiers ..., and a third soldier was killed": the dead so far, this one included.
      const ordinal = tokens[j - 1]?.lower === 'a' ? ORDINAL_TOLLS.get(tokens[j]!.lower) : undefined;
      if (ordinal) {
        found = { value: ordinal, approx: false, at: j };
        break;
      }
      const number = numberAt(tokens, j);
      if (number) {
        // "Two people including a Bangladeshi woman were killed": the head's figure, before "including".
        const part = partBefore(tokens, j);
        if (part) {
          found = part;
          break;
        }
        const head = tokens[j - 1]?.lower === 'including' ? headFigureBefore(tokens, j - 1) : null;
        // "killing three civilians and wounding nine": a figure right after another casualty word is that word's.
        if (head) found = head;
        else if (!afterOtherCasualtyWord(tokens, j)) found = { ...number, at: j };
        break;
      }
      // Past an apposition, an age, a description or a name of the victim, to the words before it.
      const spanStart = victimSpanStart(tokens, j, demonymAt);
      // "three citizens of Kyrgyzstan": whose citizens they are (not "workers in Tajikistan": where).
      if (spanStart >= 0 && tokens[spanStart]!.lower === 'of')
        for (let m = spanStart + 1; m <= j && !victimCountry; m++) victimCountry = demonymAt.get(m) ?? null;
      if (spanStart >= 0) {
        lookFrom = Math.max(0, lookFrom - (j - spanStart + 1));
        j = spanStart;
        continue;
      }
      const word = tokens[j]!.lower;
      if (OWN_WORDS.has(word)) own = true;
      if (demonymAt.has(j)) victimCountry = demonymAt.get(j)!;
      else if (
        !CASUALTY_FILLERS.has(word) &&
        !VICTIM_KIND.has(word) &&
        !(AGENT_VICTIMS.has(word) && tollOfState(tokens, k)) &&
        !joinsVictims(tokens, j) &&
        // "received gunshot wounds"
        !(tokens[k]!.lower === 'wounds' && WOUND_KINDS.has(word))
      )
        break;
    }
    if (!found) {
      // "Tajik guards had killed twelve soldiers": before an active verb stand the killers, not the dead.
      victimCountry = null;
      own = false;
      for (let j = k + 1; j < Math.min(tokens.length, k + 1 + LOOK_AFTER); j++) {
        const number = numberAt(tokens, j);
        if (number) {
          found = { ...number, at: j };
          break;
        }
        // "have been killed and more than 260,000 people displaced": a figure after "and" is the next
        // predicate's.
        if (!CASUALTY_FILLERS.has(tokens[j]!.lower) || tokens[j]!.lower === 'and') break;
      }
      if (!found) found = namedAndOthers(tokens, k + 1);
      if (!found) found = singleVictimOf(tokens, k);
      // "the death toll from the worst fighting in a decade rose to 33": the figure the toll reaches.
      const deathToll = tokens[k]!.lower === 'death' && tokens[k + 1]?.lower === 'toll';
      if (!found && deathToll) found = tollFigure(tokens, k + 2);
      // "bringing the Kyrgyz death toll to 61": the toll of the state named before it.
      if (found && deathToll) victimCountry = demonymAt.get(k - 1) ?? null;
      if (found)
        for (let j = found.at; j < Math.min(tokens.length, found.at + 4); j++) {
          // "killing three Algerians in Western Sahara": a place after a preposition is where, not whose.
          if (tokens[j]!.kind === 'punct' || PLACE_AFTER_FIGURE.has(tokens[j]!.lower)) break;
          victimCountry ??= demonymAt.get(j) ?? null;
        }
    }
    if (!found) continue;
    // "accused Russian forces of indiscriminately bombing civilian areas ... and killing thousands of
    // people": thousands told with no count are a war's dead over its course, no incident's.
    if (found.approx && WAR_SCALE_QUANTIFIERS.has(tokens[found.at]?.lower ?? '')) continue;
    // "leaving one soldier dead on each side": the figure is each side's.
    if (eachSideAfter(tokens, k)) found = { ...found, value: found.value * 2 };
    // "10 deaths on their side": the claimant's own; "killed ... on the Tajik side", "died in Tajik
    // villages": the named side's.
    const side = sideAfter(tokens, k, demonymAt);
    if (side === 'own') own = true;
    else if (side) victimCountry ??= side;
    // "14 civilians and one soldier had been killed": each group before its own figure.
    // "killing a man and a woman": after the verb, each group after its own figure.
    const groups =
      found.at < k
        ? coordinatedFigures(tokens, found.at, demonymAt)
        : figuresAfter(tokens, found.at, demonymAt);
    // "Five were killed on the Armenian side and three on the Azerbaijani side": the other side's dead.
    if (side && side !== 'own') {
      const other = otherSideFigure(tokens, k, demonymAt);
      if (other && other.victimCountry !== side) groups.push(other);
    }
    const at = Math.min(groups.at(-1)?.at ?? found.at, k);
    const teller = [...sources].reverse().find((s) => s.at < at) ?? sources.find((s) => s.at > at);
    const claimant = teller?.label ?? null;
    // "The Taliban government said ... nine of its fighters had been killed": an organisation's own
    // dead are of its state.
    if (own && !victimCountry)
      victimCountry = claimant && ISO3.test(claimant) ? claimant : (teller?.mention?.actor.country ?? null);
    // "while Azerbaijan reported three dead": a state owning up to a toll of no named side owns its dead.
    if (!victimCountry && OWN_TOLL_VERBS.has(tokens[found.at - 1]?.lower ?? ''))
      victimCountry =
        reading.actors.find((a) => a.end === found.at - 1 && a.actor.country)?.actor.country ?? null;
    // "59 of its citizens had been killed and 144 wounded": a figure joined to the last one's
    // casualty word is of the same victims.
    const joined = claims.at(-1);
    if (!victimCountry && joined && tokens[found.at - 1]?.lower === 'and' && joined.at === found.at - 2)
      victimCountry = joined.victimCountry;
    // "3,800 people have been killed in Lebanon since October": the dead of a country named where they died.
    victimCountry ??= countryWhere(reading, k);
    // "killing at least 12 people in Thailand": after the victims the verb is followed by.
    if (found.at > k && isVictimWord(tokens[found.at + 1]?.lower ?? ''))
      victimCountry ??= countryWhere(reading, found.at + 1);
    // Past the figure's demonyms: "two South Korean marines".
    // "hundreds of migrants": past the "of" too.
    let victimsEnd = Math.max(found.at, k) + 3 + (tokens[found.at + 1]?.lower === 'of' ? 1 : 0);
    for (let j = found.at + 1; j < victimsEnd && demonymAt.has(j); j++) victimsEnd++;
    // After the verb, the victims follow their figure; the words before the verb name the killers
    // ("border guards killed hundreds of migrants").
    const civilian = civilianOrMilitary(tokens, found.at < k ? found.at - 1 : found.at, victimsEnd);
    // "Pakistan said 26 civilians had been killed in the strikes": a state's count of civilian dead
    // placed nowhere else is of its own civilians.
    if (!victimCountry && civilian === true && claimant && ISO3.test(claimant))
      victimCountry = claimant as Iso3;
    // Figures of one kind of victim given together add up ("a man and a woman" are two).
    const figures: Omit<VictimFigure, 'at'>[] = [];
    const told = [{ ...found, civilian, victimCountry }, ...groups];
    // "Two Pakistani soldiers and three civilians were killed": groups told together, one of them
    // placed, are of that one side.
    const countries = new Set(told.map((f) => f.victimCountry).filter((c) => c !== null));
    if (countries.size === 1) {
      const [only] = countries;
      for (const figure of told) figure.victimCountry ??= only ?? null;
    }
    // "two soldiers and three other people": a group of no kind told beside others adds to them, so
    // the list is one toll of no kind (apart, the larger reading would cover both).
    const kindless = told.length > 1 && told.some((f) => f.civilian === null);
    for (const figure of told) {
      const same = figures.find(
        (f) => (kindless || f.civilian === figure.civilian) && f.victimCountry === figure.victimCountry,
      );
      if (same) {
        same.value += figure.value;
        same.approx ||= figure.approx;
        if (same.civilian !== figure.civilian) same.civilian = null;
      } else figures.push({ ...figure });
    }
    const running = runningTotalAt(tokens, k);
    const superseded = firstFigureTold(tokens, Math.min(found.at, k));
    for (const figure of figures) {
      claims.push({
        killed: kind === 'killed' ? figure.value : null,
        injured: kind === 'injured' ? figure.value : null,
        civilian: figure.civilian,
        // A first count later revised says only "at least": it yields to a counted figure.
        approximate: figure.approx || superseded,
        claimant,
        victimCountry: figure.victimCountry,
        evidence: reading.sentence.text,
        at: k,
        ...(running ? { runningTotal: true as const } : {}),
      });
    }
  }
  return claims;
}

/** Words that tell a count as the first one given: "The army initially said that an officer and two soldiers were killed". */
const FIRST_COUNT_WORDS = new Set(['initially', 'originally']);
/** How far before a figure its clause's "initially" may stand. */
const FIRST_COUNT_REACH = 8;

/** Is the figure at `at` a first count, told as such (and so revised, or open to it)? */
function firstFigureTold(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - FIRST_COUNT_REACH); j--) {
    if (tokens[j]!.text === ';') return false;
    if (FIRST_COUNT_WORDS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/** Fights whose toll, told in the perfect and in round thousands, is their whole run's. */
const TALLIED_FIGHTS = new Set(['fighting', 'violence', 'war', 'conflict', 'clashes', 'hostilities']);
/** Round figures of a whole war's dead: "fighting that has killed thousands". */
const ROUND_TOLLS = new Set(['thousands', 'hundreds', 'tens', 'millions']);
/** Words of a count with no figure at a war's scale ("tens" of thousands, "thousands"). */
const WAR_SCALE_QUANTIFIERS = new Set(['thousands', 'tens', 'millions']);

/** Words back from a casualty word within which the fight a round toll sums up is looked for. */
const TALLIED_FIGHT_REACH = 6;

/**
 * "to end fighting that has killed thousands", "The clashes are believed to have killed thousands":
 * a round toll in the perfect is the war's as a whole, not the news's.
 */
function conflictTallyAfter(tokens: readonly Token[], k: number): boolean {
  if (!PERFECT_AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) return false;
  if (!ROUND_TOLLS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k - 2; j >= Math.max(0, k - TALLIED_FIGHT_REACH); j--)
    if (TALLIED_FIGHTS.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * Words after a casualty verb within which "since the insurgency began" is looked for, past the
 * victims and where they died ("has killed nearly 36,000 Palestinians in the Gaza Strip since").
 */
const SINCE_REACH = 10;
/** Verbs of a conflict's start: "since the insurgency began". */
const CONFLICT_STARTS = new Set(['began', 'begun', 'started', 'erupted', 'broke']);

/**
 * Is the toll at `k` what a conflict has mounted up to since it began ("have killed more than 2,110
 * people since the insurgency begun"), not an incident's?
 */
function tollSinceConflictBegan(tokens: readonly Token[], k: number): boolean {
  if (!PERFECT_AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) return false;
  for (let j = k + 1; j < Math.min(tokens.length - 3, k + SINCE_REACH); j++) {
    if (tokens[j]!.lower !== 'since') continue;
    const noun = tokens[j + 1]!.lower === 'the' ? j + 2 : j + 1;
    if (WHOLE_CONFLICT_NOUNS.has(tokens[noun]!.lower) && CONFLICT_STARTS.has(tokens[noun + 1]?.lower ?? ''))
      return true;
    // "has killed nearly 36,000 Palestinians in the Gaza Strip since a cross-border incursion by
    // Hamas on Oct. 7", "since the start of the war": counted from the act that opened a war.
    for (let n = j + 1; n < Math.min(tokens.length, j + 1 + OPENING_ACT_REACH); n++)
      if (OPENING_ACTS.has(tokens[n]!.lower)) return true;
    return false;
  }
  return false;
}

/** Acts and moments a war is counted from: "since the invasion", "since the start of the war". */
const OPENING_ACTS = new Set([
  'invasion',
  'incursion',
  'start',
  'beginning',
  'outbreak',
  'onset',
  'offensive',
]);
/** Words after "since" within which such an act is named ("since a cross-border incursion"). */
const OPENING_ACT_REACH = 5;

/** Verbs of how someone was killed, before "and killed": "shot and killed". */
const HOW_KILLED = new Set(['shot', 'stabbed', 'beaten', 'hacked']);

/** Words after a casualty word within which "on each side" is looked for. */
const EACH_SIDE_REACH = 4;

/** Is the casualty word at `k` followed by "on each side" or "on both sides"? */
function eachSideAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length - 2, k + EACH_SIDE_REACH); j++) {
    if (tokens[j]!.kind === 'punct') return false;
    if (tokens[j]!.lower !== 'on') continue;
    const which = tokens[j + 1]!.lower;
    const side = tokens[j + 2]!.lower;
    return (which === 'each' && side === 'side') || (which === 'both' && side === 'sides');
  }
  return false;
}

/**
 * Where the walk back from a casualty word goes on when token `end` ends a span about the victim,
 * or -1: "Khusnidin Khozhiev, a border guard of Kyrgyzstan, was killed" (an apposition), "a
 * 27-year-old Kyrgyz border guard" (an age: the article before it counts one), "A man wearing a
 * Congolese military uniform was killed" (what the victim wore or carried), "a 27-year-old Kyrgyz
 * border guard Husniddin Khozhiyev was killed" (the victim's name).
 */
function victimSpanStart(
  tokens: readonly Token[],
  end: number,
  demonymAt: ReadonlyMap<number, Iso3>,
): number {
  let start = victimAppositionStart(tokens, end);
  if (start < 0) start = ageStart(tokens, end);
  if (start < 0) start = victimDescriptionStart(tokens, end);
  if (start < 0) start = victimNameStart(tokens, end, demonymAt);
  return start;
}

/** Where "27-year-old" ending at token `end` starts (its number), or -1. */
function ageStart(tokens: readonly Token[], end: number): number {
  const unit = tokens[end - 2]?.lower ?? '';
  return tokens[end]?.lower === 'old' &&
    tokens[end - 1]?.text === '-' &&
    (unit === 'year' || unit === 'month') &&
    tokens[end - 3]?.text === '-' &&
    tokens[end - 4]?.kind === 'num'
    ? end - 4
    : -1;
}

/** Verbs that may follow a victim's apposition: "..., a border guard of Kyrgyzstan, was killed". */
const APPOSITION_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'died']);
/** Longest apposition read, in tokens between its commas. */
const APPOSITION_REACH = 8;

/**
 * When the comma at `end` closes an apposition right before the casualty verb, where the walk back
 * goes on: past the closing comma into "a border guard of Kyrgyzstan" (its article counts one), or
 * past an age ("A Kyrgyz border guard, aged 27, was killed") to the victim before it. -1 otherwise:
 * "fired at three men, killing two" has no verb after its comma, and its figure is after the verb.
 */
function victimAppositionStart(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ',' || !APPOSITION_VERBS.has(tokens[end + 1]?.lower ?? '')) return -1;
  let open = -1;
  for (let i = end - 1; i >= Math.max(0, end - APPOSITION_REACH - 1); i--) {
    if (tokens[i]!.text === ',') {
      open = i;
      break;
    }
    if (tokens[i]!.kind === 'punct' && tokens[i]!.text !== '-') return -1;
  }
  if (open < 1) return -1;
  const first = tokens[open + 1]!.lower;
  const age =
    (end - open === 2 && tokens[open + 1]!.kind === 'num') ||
    (end - open === 3 && first === 'aged' && tokens[open + 2]!.kind === 'num');
  if (age) return isVictimWord(tokens[open - 1]!.lower) ? open : -1;
  if (first !== 'a' && first !== 'an') return -1;
  for (let i = open + 2; i < end; i++) if (isVictimWord(tokens[i]!.lower)) return end;
  return -1;
}

/** Lower-case words of a place after a victim ("workers in the Khatlon region"). */
const IN_VICTIM_WORDS = new Set(['the', 'region', 'province']);
/** Lower-case words of an employer or nationality after a victim ("employees of the company of Chinese citizenship"). */
const OF_VICTIM_WORDS = new Set(['the', 'of', 'citizenship', 'nationality', 'origin', 'company']);

/** Participles that describe a victim by what they wore or carried: "a man wearing a uniform". */
const DESCRIBING_PARTICIPLES = new Set(['wearing', 'carrying', 'dressed', 'armed', 'working', 'employed']);
/** Words of such a description, back from its end to its participle. */
const DESCRIPTION_REACH = 6;

/**
 * Where the participle stands whose description of a victim ends at `end` ("man wearing a Congolese
 * military uniform"), so the victim word before it is read next; -1 when there is none.
 */
function victimDescriptionStart(tokens: readonly Token[], end: number): number {
  for (let m = end; m >= Math.max(1, end - DESCRIPTION_REACH); m--) {
    const token = tokens[m]!;
    if (token.kind === 'punct' && token.text !== '-') return -1;
    if (DESCRIBING_PARTICIPLES.has(token.lower)) return isVictimWord(tokens[m - 1]!.lower) ? m : -1;
  }
  return victimPlaceOrEmployerStart(tokens, end);
}

/** Words of a victim's place or employer, back from its end to its preposition. */
const PLACE_OR_EMPLOYER_REACH = 10;

/**
 * "Three Chinese workers in Tajikistan were killed": where the victims were, a name after "in";
 * "three employees of the LLC Shahin SM of Chinese citizenship": whose employees, of what
 * nationality. Where the preposition stands, so the victim word before it is read next; or -1.
 */
function victimPlaceOrEmployerStart(tokens: readonly Token[], end: number): number {
  for (let m = end - 1; m >= Math.max(1, end - PLACE_OR_EMPLOYER_REACH); m--) {
    const word = tokens[m]!.lower;
    if ((word === 'in' || word === 'of') && isVictimWord(tokens[m - 1]!.lower)) {
      const words = word === 'of' ? OF_VICTIM_WORDS : IN_VICTIM_WORDS;
      for (let i = m + 1; i <= end; i++) if (!tokens[i]!.cap && !words.has(tokens[i]!.lower)) return -1;
      return m;
    }
  }
  return -1;
}

/** Words of a victim's name told after the victim word: "border guard Husniddin Khozhiyev". */
const VICTIM_NAME_WORDS = 3;

/**
 * Where the victim word stands whose name ends at token `end` ("guard Husniddin Khozhiyev", "guard,
 * Husniddin Khozhiyev,"), so the figure before it is read; -1 when `end` ends no such name.
 */
function victimNameStart(
  tokens: readonly Token[],
  end: number,
  demonymAt: ReadonlyMap<number, Iso3>,
): number {
  let k = end;
  if (tokens[k]?.text === ',') k--;
  let words = 0;
  while (words < VICTIM_NAME_WORDS && tokens[k]?.kind === 'word' && tokens[k]!.cap && !demonymAt.has(k)) {
    k--;
    words++;
  }
  if (words === 0) return -1;
  if (tokens[k]?.text === ',') k--;
  return k >= 0 && isVictimWord(tokens[k]!.lower) ? k + 1 : -1;
}

/** Nouns of one death: "the death of its serviceman". */
const DEATH_NOUNS = new Set(['death', 'killing']);
/** Words between "the death of" and the one victim: "of its serviceman", "of a border guard". */
const ONE_VICTIM_FILLERS = new Set(['its', 'his', 'her', 'one', 'a', 'an', 'the', 'border', 'young']);

/** "reported the death of its serviceman": one victim, told in the singular after a noun of death. */
function singleVictimOf(
  tokens: readonly Token[],
  k: number,
): { value: number; approx: boolean; at: number } | null {
  if (!DEATH_NOUNS.has(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'of') return null;
  for (let j = k + 2; j < Math.min(tokens.length, k + 6); j++) {
    const word = tokens[j]!.lower;
    if (VICTIM_KIND.has(word))
      return word.endsWith('s') || word === 'personnel' ? null : { value: 1, approx: false, at: j };
    if (!ONE_VICTIM_FILLERS.has(word)) return null;
  }
  return null;
}

/** "they died", "he later died": the death of victims the sentence has already counted. */
function succumbed(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'died') return false;
  let j = k - 1;
  if (tokens[j]?.lower === 'later') j--;
  const word = tokens[j]?.lower;
  return word === 'they' || word === 'he' || word === 'she';
}

/** Kinds of wound between the verb and "wounds": "received gunshot wounds". */
const WOUND_KINDS = new Set([
  'gunshot',
  'shrapnel',
  'bullet',
  'stab',
  'shell',
  'multiple',
  'serious',
  'minor',
  'severe',
]);

/** Verbs by which victims take wounds: "received minor wounds" (not "died of his wounds"). */
const WOUND_TAKING_VERBS = new Set([
  'received',
  'sustained',
  'suffered',
  'receiving',
  'sustaining',
  'suffering',
]);

/** "executed a measured response": a plan carried out, no one put to death. */
function executedNoPerson(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k]!.lower.startsWith('execut')) return false;
  for (let j = k + 1; j <= k + 4 && tokens[j]?.kind === 'word'; j++)
    if (EXECUTED_NON_PERSONS.has(tokens[j]!.lower)) return true;
  return false;
}

/** 'killed' for one "life" lost ("A fighter of the SDF lost his life"), else undefined. */
function lifeLost(tokens: readonly Token[], k: number): 'killed' | undefined {
  if (tokens[k]!.lower !== 'life') return undefined;
  const owner = tokens[k - 1]?.lower ?? '';
  return (owner === 'his' || owner === 'her') && LOSING_VERBS.has(tokens[k - 2]?.lower ?? '')
    ? 'killed'
    : undefined;
}
const LOSING_VERBS = new Set(['lost', 'losing', 'loses']);

/** 'injured' for "wounds" taken ("had received minor wounds", "sustained wounds"), else undefined. */
function woundsTaken(tokens: readonly Token[], k: number): 'injured' | undefined {
  if (tokens[k]!.lower !== 'wounds') return undefined;
  let j = k - 1;
  while (WOUND_KINDS.has(tokens[j]?.lower ?? '') && j > k - 3) j--;
  return WOUND_TAKING_VERBS.has(tokens[j]?.lower ?? '') ? 'injured' : undefined;
}

/** Verbs of a toll reaching a figure: "rose to 33", "stood at 12". */
const TOLL_VERBS = new Set([
  'rose',
  'risen',
  'climbed',
  'reached',
  'stood',
  'stands',
  'jumped',
  'increased',
  'toll',
]);
/** Words between "to"/"at" and a toll's figure. */
const TOLL_FIGURE_FILLERS = new Set([
  'at',
  'least',
  'more',
  'than',
  'over',
  'nearly',
  'about',
  'some',
  'around',
  'almost',
]);
/** How far after "death toll" its verb may come ("the death toll from ... rose to"). */
const TOLL_REACH = 25;

/** The figure a death toll reaches, from `from` on: "(rose|stood|...) to|at [at least] N", or "toll to N". */
function tollFigure(
  tokens: readonly Token[],
  from: number,
): { value: number; approx: boolean; at: number } | null {
  for (let j = from - 1; j < Math.min(tokens.length, from + TOLL_REACH); j++) {
    const word = tokens[j]!.lower;
    if (word === ';' || (tokens[j]!.kind === 'punct' && word !== ',' && word !== '-')) return null;
    // "rose to 33", "stood at 12", and "a lower death toll of 23 troops".
    const next = tokens[j + 1]?.lower;
    if (!TOLL_VERBS.has(word) || (next !== 'to' && next !== 'at' && !(word === 'toll' && next === 'of')))
      continue;
    let k = j + 2;
    while (k < tokens.length && TOLL_FIGURE_FILLERS.has(tokens[k]!.lower)) k++;
    const number = numberAt(tokens, k);
    return number ? { ...number, at: k } : null;
  }
  return null;
}

/** Ordinals that, after "a", count the dead so far: "a third soldier was killed" makes three. */
const ORDINAL_TOLLS: ReadonlyMap<string, number> = new Map([
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);

/** The figure of the victims named right before "including" at `at` ("Two people including"), if any. */
function headFigureBefore(
  tokens: readonly Token[],
  at: number,
): { value: number; approx: boolean; at: number } | null {
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const number = numberAt(tokens, j);
    if (number) return { ...number, at: j };
    if (!VICTIM_KIND.has(tokens[j]!.lower) && !CASUALTY_FILLERS.has(tokens[j]!.lower)) return null;
  }
  return null;
}

/**
 * Words that open an aside naming part of the victims: "nine people, including four children,",
 * "35 people, mostly civilians, have been killed".
 */
const INCLUSION_OPENERS = new Set([
  'including',
  'among',
  'mostly',
  'mainly',
  'most',
  'many',
  'largely',
  'all',
]);
/** Longest aside skipped, in tokens from its opener to its closing comma. */
const MAX_ASIDE_TOKENS = 12;

/**
 * When the comma at `at` closes an aside that names part of the victims ("including four children
 * and three women", "among them two soldiers"), the index of the comma that opens it; else -1.
 */
function inclusionAside(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== ',') return -1;
  for (let i = at - 1; i > 0 && i >= at - MAX_ASIDE_TOKENS; i--) {
    const word = tokens[i]!.lower;
    if (word === ',' || tokens[i]!.kind === 'punct') {
      return INCLUSION_OPENERS.has(tokens[i + 1]?.lower ?? '') && word === ',' ? i : -1;
    }
  }
  return -1;
}

/** "70 of its soldiers and civilians": an "and" between victim words joins them under one figure. */
function joinsVictims(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]!.lower === 'and' &&
    VICTIM_KIND.has(tokens[at - 1]?.lower ?? '') &&
    VICTIM_KIND.has(tokens[at + 1]?.lower ?? '')
  );
}

/** Words that may follow "killed in <country>" when the country is where they died, not whose strikes. */
const AFTER_PLACE = new Set([
  'since',
  'on',
  'over',
  'during',
  'last',
  'this',
  'in',
  'and',
  'after',
  'at',
  'when',
]);

/** The country named right after "in" after a casualty word at k ("killed in Lebanon since"), if one. */
function countryWhere(reading: SentenceReading, k: number): Iso3 | null {
  if (reading.tokens[k + 1]?.lower !== 'in') return null;
  const country = reading.countries.find((c) => c.start === k + 2);
  if (!country) return null;
  const after = reading.tokens[country.end];
  return !after || after.kind === 'punct' || AFTER_PLACE.has(after.lower) ? country.iso3 : null;
}

/** Nouns of where on one side of a border the dead were: "in Tajik villages", "on the Kyrgyz side". */
const SIDE_NOUNS = new Set([
  'side',
  'villages',
  'village',
  'territory',
  'soil',
  'towns',
  'town',
  'city',
  'areas',
  'area',
  'positions',
  'district',
]);
/** Acts told between "in" and the side they hit: "killed in shelling of the Pakistani town of Kel". */
const SIDE_HITTING_NOUNS = new Set([
  'shelling',
  'attack',
  'attacks',
  'strike',
  'strikes',
  'bombardment',
  'raid',
]);
/** Words a casualty word's side may stand after: "killed and 154 wounded on its side". */
const SIDE_REACH = 5;

/**
 * The side of the border a casualty word places its dead on, right after it or after a second toll
 * joined to it: 'own' for "on its / our / their side", a state for "on the Tajik side" or "in Tajik
 * villages"; null when none is named.
 */
function sideAfter(
  tokens: readonly Token[],
  k: number,
  demonymAt: ReadonlyMap<number, Iso3>,
): Iso3 | 'own' | null {
  for (let j = k + 1; j <= k + SIDE_REACH && j < tokens.length; j++) {
    const word = tokens[j]!.lower;
    if (word === 'on' || word === 'in') return sideAt(tokens, j, demonymAt);
    // Only over a second toll: "killed and 154 wounded on its side".
    if (word !== 'and' && !numberAt(tokens, j) && !CASUALTY_WORDS.has(word) && !CASUALTY_FILLERS.has(word))
      return null;
  }
  return null;
}

/** The side "on/in (the) ... side" at `at` names: 'own' for "on its side", a state for "on the Tajik side". */
function sideAt(
  tokens: readonly Token[],
  at: number,
  demonymAt: ReadonlyMap<number, Iso3>,
): Iso3 | 'own' | null {
  let first = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  if (
    tokens[at]?.lower === 'in' &&
    SIDE_HITTING_NOUNS.has(tokens[first]?.lower ?? '') &&
    (tokens[first + 1]?.lower === 'of' || tokens[first + 1]?.lower === 'on')
  )
    first += tokens[first + 2]?.lower === 'the' ? 3 : 2;
  if (OWN_WORDS.has(tokens[first]?.lower ?? '') && tokens[first + 1]?.lower === 'side') return 'own';
  const country = demonymAt.get(first);
  return country && SIDE_NOUNS.has(tokens[first + 1]?.lower ?? '') ? country : null;
}

/**
 * The figure of a second side after a first one: "killed on the Kyrgyz side and 35 on the Tajik
 * side" (`k` the casualty word, the first side within SIDE_REACH after it).
 */
function otherSideFigure(
  tokens: readonly Token[],
  k: number,
  demonymAt: ReadonlyMap<number, Iso3>,
): VictimFigure | null {
  for (let j = k + 1; j <= k + SIDE_REACH + 4 && j < tokens.length; j++) {
    if (tokens[j]!.lower !== 'and') continue;
    const figure = numberAt(tokens, j + 1);
    const on = tokens[j + 2]?.lower;
    if (!figure || (on !== 'on' && on !== 'in')) return null;
    const country = sideAt(tokens, j + 2, demonymAt);
    if (!country || country === 'own') return null;
    return { ...figure, at: j + 1, civilian: null, victimCountry: country };
  }
  return null;
}

/** Does the figure at `at` follow a casualty word ("killing at least three"), whose object it is? */
function afterOtherCasualtyWord(tokens: readonly Token[], at: number): boolean {
  return wordBackPastFillers(tokens, at, FIGURE_QUALIFIER_REACH, CASUALTY_VERB_WORDS, FIGURE_QUALIFIERS);
}
const FIGURE_QUALIFIER_REACH = 3;
const CASUALTY_VERB_WORDS: ReadonlySet<string> = new Set(CASUALTY_WORDS.keys());

/** Words between a casualty verb and its figure: "killing at least", "wounding some". */
const FIGURE_QUALIFIERS = new Set([
  'at',
  'least',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'more',
  'than',
  'up',
  'to',
  // "killed as many as 58 Pakistani soldiers".
  'as',
  'many',
]);

/** A figure of one group of victims ("14 civilians", "two South Korean marines") at token `at`. */
interface VictimFigure {
  value: number;
  approx: boolean;
  at: number;
  civilian: boolean | null;
  victimCountry: Iso3 | null;
}

/** Groups of victims read coordinated with a figure, at most: "three soldiers, two guards and a civilian". */
const MAX_COORDINATED_FIGURES = 3;

/**
 * Figures coordinated before the one found at `at` ("14 civilians and one soldier", "three
 * soldiers, two police officers and a civilian"): each is followed by its victim words, then
 * "and" or a comma. Up to three, nearest first.
 */
/** Is the casualty word at `k` a state of the dead ("left ... dead", "were killed"), not an act? */
function tollOfState(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.lower;
  return word === 'dead' || word === 'died' || PASSIVE_BEFORE_TOLL.has(tokens[k - 1]?.lower ?? '');
}
const PASSIVE_BEFORE_TOLL = new Set(['was', 'were', 'been']);

/** "three of the 30 attackers": the part's figure before the whole's at `at`, if any. */
function partBefore(
  tokens: readonly Token[],
  at: number,
): { value: number; approx: boolean; at: number } | null {
  if (tokens[at - 1]?.lower !== 'the' || tokens[at - 2]?.lower !== 'of') return null;
  const part = numberAt(tokens, at - 3);
  return part ? { ...part, at: at - 3 } : null;
}

function coordinatedFigures(
  tokens: readonly Token[],
  at: number,
  demonymAt: ReadonlyMap<number, Iso3>,
): VictimFigure[] {
  const figures: VictimFigure[] = [];
  let joiner = at - 1;
  while (
    figures.length < MAX_COORDINATED_FIGURES &&
    (tokens[joiner]?.lower === 'and' || tokens[joiner]?.lower === ',')
  ) {
    let victimCountry: Iso3 | null = null;
    let victims = 0;
    let m = joiner - 1;
    for (; m >= Math.max(0, joiner - 4); m--) {
      if (numberAt(tokens, m)) break;
      const word = tokens[m]!.lower;
      if (demonymAt.has(m)) victimCountry ??= demonymAt.get(m)!;
      else if (VICTIM_KIND.has(word) || AGENT_VICTIMS.has(word)) victims++;
      else break;
    }
    const part = partBefore(tokens, m);
    if (part) m = part.at;
    const figure = numberAt(tokens, m);
    // A figure with no victim word of its own ("between 10 and 12") is no group; one with a state's
    // adjective shares the victim word after the last ("two Armenian and three Azerbaijani soldiers").
    if (!figure || (victims === 0 && !victimCountry)) break;
    figures.push({ ...figure, at: m, civilian: civilianOrMilitary(tokens, m, joiner), victimCountry });
    joiner = m - 1;
  }
  return figures;
}

/**
 * Figures coordinated after the one found at `at`, which follows its verb ("killing a man and a
 * woman", "killing three soldiers and two civilians"): each is a figure with victim words of its own,
 * after "and" or a comma that follows victim words. Up to three.
 */
function figuresAfter(
  tokens: readonly Token[],
  at: number,
  demonymAt: ReadonlyMap<number, Iso3>,
): VictimFigure[] {
  const figures: VictimFigure[] = [];
  let from = at;
  let firstJoiner: string | undefined;
  let genderOnly = true;
  while (figures.length < MAX_COORDINATED_FIGURES) {
    // The victim words of the figure at `from`, then a joiner.
    let j = from + 1;
    let victims = 0;
    let demonyms = 0;
    for (; j < from + 5 && (demonymAt.has(j) || isVictimWord(tokens[j]?.lower ?? '')); j++)
      if (isVictimWord(tokens[j]!.lower)) victims++;
      else demonyms++;
    // "killed five people in the village of Haris and four in Tallousa": past where the victims were.
    const victimsEnd = j;
    let placed = false;
    if (victims > 0 && PLACE_AFTER_FIGURE.has(tokens[j]?.lower ?? '')) {
      let p = j + 1;
      while (p < j + PLACE_PHRASE_REACH && tokens[p]?.kind === 'word' && tokens[p]!.lower !== 'and') p++;
      if (tokens[p]?.lower === 'and') {
        j = p;
        placed = true;
      }
    }
    const joiner = tokens[j]?.lower;
    // "killing eight Cambodian and five Thai soldiers": a state's adjective shares the victim word
    // of the next figure.
    const sharesVictims = victims === 0 && demonyms > 0 && joiner === 'and';
    if ((victims === 0 && !sharesVictims) || (joiner !== 'and' && joiner !== ',')) break;
    firstJoiner ??= joiner;
    const next = j + 1 + (tokens[j]?.lower === ',' && tokens[j + 1]?.lower === 'and' ? 1 : 0);
    const figure = numberAt(tokens, next);
    if (!figure) break;
    let victimCountry: Iso3 | null = null;
    let victimWords = 0;
    // "two soldiers and three other people": "other" adds a group, it names no victims.
    const victimsFrom = next + (OTHER_WORDS.has(tokens[next + 1]?.lower ?? '') ? 2 : 1);
    for (
      let m = victimsFrom;
      m < next + 5 && (victimQualifier(tokens, demonymAt, m) || isVictimWord(tokens[m]?.lower ?? ''));
      m++
    ) {
      if (victimQualifier(tokens, demonymAt, m)) victimCountry ??= demonymAt.get(m) ?? null;
      else {
        victimWords++;
        if (!GENDER_WORDS.has(tokens[m]!.lower)) genderOnly = false;
      }
    }
    // "killing three soldiers and two days later ...": a figure with no victims of its own is no group,
    // but for one placed as the one before it was ("five people in Haris and four in Tallousa").
    const samePlaced = placed && victimWords === 0 && PLACE_AFTER_FIGURE.has(tokens[next + 1]?.lower ?? '');
    if (victimWords === 0 && !samePlaced) break;
    figures.push({
      ...figure,
      at: next,
      civilian: samePlaced
        ? civilianOrMilitary(tokens, from, victimsEnd)
        : civilianOrMilitary(tokens, next, next + 5),
      victimCountry,
    });
    from = next;
  }
  // "killed two soldiers, a man and a woman, who were guarding a post": who the two were, not two more.
  const first = numberAt(tokens, at);
  if (
    firstJoiner === ',' &&
    genderOnly &&
    first &&
    figures.reduce((sum, figure) => sum + figure.value, 0) === first.value
  )
    return [];
  return figures;
}

/** Words of a place phrase after victims, up to the "and" of the next figure: "in the village of Haris and". */
const PLACE_PHRASE_REACH = 7;

/** Victim words of no kind: "two soldiers and three other people". */
const PEOPLE_WORDS = new Set(['people', 'persons', 'others']);

function isVictimWord(word: string): boolean {
  return VICTIM_KIND.has(word) || PEOPLE_WORDS.has(word);
}

/** A demonym, or ("a Rohingya man") a people the gazetteer has no state for, before victim words. */
function victimQualifier(tokens: readonly Token[], demonymAt: ReadonlyMap<number, Iso3>, m: number): boolean {
  return demonymAt.has(m) || (tokens[m]?.cap === true && isVictimWord(tokens[m + 1]?.lower ?? ''));
}

/** Words between a coordinated figure and its victims that make them more of the same: "and 16 other rebels". */
const OTHER_WORDS = new Set(['other', 'more']);

/** Capitalised words a named victim may take before "and N other ...": "killing Raul Reyes and 16 other rebels". */
const NAMED_VICTIM_WORDS = 4;

/**
 * "killing Raul Reyes and 16 other rebels": one named victim and a figure of others, counted as
 * the figure plus one (at the figure), or null.
 */
function namedAndOthers(
  tokens: readonly Token[],
  from: number,
): { value: number; approx: boolean; at: number } | null {
  let j = from;
  while (j < from + NAMED_VICTIM_WORDS && tokens[j]?.kind === 'word' && tokens[j]!.cap) j++;
  if (j === from || tokens[j]?.lower !== 'and' || !OTHER_WORDS.has(tokens[j + 2]?.lower ?? '')) return null;
  const figure = numberAt(tokens, j + 1);
  return figure ? { value: figure.value + 1, approx: figure.approx, at: j + 1 } : null;
}

/** Auxiliaries of a toll told over time: "the ADF has killed thousands". */
const TALLY_AUXILIARIES = new Set(['has', 'have']);
/** Word figures of a record over years: "has killed thousands", "tens of thousands". */
const RECORD_QUANTIFIERS = new Set(['thousands', 'hundreds', 'tens', 'scores']);

/** Words after a casualty verb within which a record's word figure is looked for: "has killed tens of thousands". */
const RECORD_FIGURE_REACH = 3;

/**
 * "Al-Shabaab, which has fought the government since 2006, has killed thousands of civilians": an
 * armed group's toll in the perfect, told with no time of its own, is its record, not one act's dead.
 */
function groupTally(reading: SentenceReading, k: number): boolean {
  const { tokens } = reading;
  if (!TALLY_AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) return false;
  // "has killed three Israeli soldiers" may be the day's news; "has killed thousands" is a record.
  let quantified = false;
  for (let d = 1; d <= RECORD_FIGURE_REACH && !quantified; d++)
    quantified = RECORD_QUANTIFIERS.has(tokens[k + d]?.lower ?? '');
  if (!quantified) return false;
  if (reading.dates.some((d) => !d.historical && !d.carried)) return false;
  return reading.actors.some((a) => a.end <= k && !!a.actor.org && ARMED_NON_STATE_ROLES.has(a.actor.role));
}

/** Words between a disaster and the verb of its toll: "wildfires that killed", "the quake has killed". */
const DISASTER_VERB_FILLERS = new Set(['that', 'which', 'has', 'have', 'had']);

/** "wildfires that killed at least 90 people": the dead of a disaster, not of violence. */
function disasterToll(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && DISASTER_VERB_FILLERS.has(tokens[j]!.lower)) j--;
  return DISASTER_WORDS.has(tokens[j]?.lower ?? '');
}

/** Tokens around a casualty word within which a tally phrase makes its figure a running total. */
const TALLY_REACH = 8;

/**
 * "the BSF had killed at least 25 Bangladeshis this year": a running total of the dead of many
 * incidents, not the toll of the one told ("so far" may be one fight's: "the clashes have killed
 * 30 so far").
 */
function tallyNear(tokens: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - TALLY_REACH); j < Math.min(tokens.length - 1, k + TALLY_REACH); j++) {
    if (tokens[j]!.lower === 'this' && tokens[j + 1]!.lower === 'year') return true;
  }
  return false;
}

/**
 * "from January to July 2023, 35 civilians have been killed", "in the last month alone, 17 people
 * have lost their lives": a running total over a span, not the toll of the incident told.
 */
function spanTallyNear(reading: SentenceReading, k: number): boolean {
  const { tokens } = reading;
  const monthSpan = reading.cues.some(
    (c) =>
      c.values[0]!.kind === 'month' &&
      Math.abs(c.start - k) <= SPAN_TALLY_REACH &&
      SPAN_OPENERS.has(tokens[c.start - 1]?.lower ?? ''),
  );
  if (monthSpan) return true;
  for (let j = Math.max(1, k - SPAN_TALLY_REACH); j < Math.min(tokens.length - 1, k + SPAN_TALLY_REACH); j++)
    if (
      RECENT_SPAN_WORDS.has(tokens[j]!.lower) &&
      SPAN_UNITS.has(tokens[j + 1]!.lower) &&
      // "in last week's fighting": a time of the fight, not a span counted over.
      tokens[j + 2]?.lower !== "'s" &&
      SPAN_PREPOSITIONS.has(tokens[j - (tokens[j - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '')
    )
      return true;
  return false;
}
/** Tokens around a casualty word within which a span of time makes its figure a running total. */
const SPAN_TALLY_REACH = 15;
/**
 * Words before a month that open a span of months ("since January" is left to the toll told: "says
 * about 7,000 people have been killed since January" is the war's count of its dead).
 */
const SPAN_OPENERS = new Set(['from']);
/**
 * "in the last month (alone)": a count over a span ("The fighting over the past month killed three"
 * is the toll of the fighting told, its span a part of its subject).
 */
const RECENT_SPAN_WORDS = new Set(['last', 'past']);
const SPAN_UNITS = new Set(['month', 'months', 'week', 'weeks', 'year']);
const SPAN_PREPOSITIONS = new Set(['in']);

/** Nouns of a conflict as a whole, not of an incident: "the war has killed 500,000". */
const WHOLE_CONFLICT_NOUNS = new Set(['conflict', 'war', 'insurgency', 'dispute']);
/** Words from the sentence start within which such a subject stands. */
const CONFLICT_SUBJECT_REACH = 4;
/** Words back from a relative pronoun to the conflict noun it may follow, past the noun's modifiers. */
const CONFLICT_ANTECEDENT_REACH = 8;

/**
 * Is the toll at `at` told of "the conflict" or "the war" opening a sentence with no time of its own,
 * or of a conflict a relative clause follows ("a three-decade insurgency in Turkey's southeast that
 * has killed about 40,000 people")?
 */
function wholeConflictToll(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  if (reading.dates.some((d) => !d.carried)) return false;
  for (let k = 1; k < Math.min(at, CONFLICT_SUBJECT_REACH); k++)
    if (WHOLE_CONFLICT_NOUNS.has(tokens[k]!.lower) && tokens[k - 1]!.lower === 'the') return true;
  const r = tollRelativeAt(tokens, at);
  for (let k = r - 1; r >= 0 && k >= Math.max(0, r - CONFLICT_ANTECEDENT_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (WHOLE_CONFLICT_NOUNS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Words back from a casualty word to the relative pronoun that opens its clause ("that killed"). */
const TOLL_RELATIVE_REACH = 3;

/** Where the "that" or "which" opening the relative clause of the casualty word at `at` stands, or -1. */
export function tollRelativeAt(tokens: readonly Token[], at: number): number {
  for (let r = at - 1; r >= Math.max(1, at - TOLL_RELATIVE_REACH); r--) {
    const word = tokens[r]!.lower;
    if (word === 'that' || word === 'which') return r;
  }
  return -1;
}

/** "The confrontations ... have killed 426 people": a toll the hostilities as a whole have mounted up to. */
function runningTotalAt(tokens: readonly Token[], k: number): boolean {
  return (
    PERFECT_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') &&
    tokens[0]?.lower === 'the' &&
    CONFLICT_SUMS.has(tokens[1]?.lower ?? '')
  );
}

/** Auxiliaries of the present perfect: a toll that "has" mounted up. */
const PERFECT_AUXILIARIES = new Set(['have', 'has']);
/** Plural nouns that sum up hostilities as a whole: "The clashes have killed ...". */
const CONFLICT_SUMS = new Set([
  'confrontations',
  'clashes',
  'hostilities',
  'exchanges',
  'fighting',
  'attacks',
  'strikes',
]);

/** Prepositions that end a figure's victims: what follows is where they were. */
const PLACE_AFTER_FIGURE = new Set(['in', 'at', 'on', 'near', 'inside', 'along', 'across']);

/** Victim words that tell only who the victims were: an apposition of them restates a figure. */
const GENDER_WORDS = new Set(['man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls']);

/** Whether the first victim word in [from, to) names civilians (true) or forces (false); null without one. */
function civilianOrMilitary(tokens: readonly Token[], from: number, to: number): boolean | null {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    const kind = VICTIM_KIND.get(tokens[k]!.lower);
    if (kind) return kind === 'civilian';
  }
  return null;
}

/**
 * One total from many claims: per victim group and claimant the largest figure (a repeat is not
 * a new death), per victim group the lowest across claimants, summed over victim groups.
 */
export function consolidateCasualties(claims: readonly SentenceCasualties[]): {
  killed: number;
  injured: number;
} {
  const total = (field: 'killed' | 'injured') => {
    // Per group, figures by claimant: counted ones, and word quantifiers ("thousands") apart.
    const groups = new Map<string, { counted: Map<string, number>; vague: Map<string, number> }>();
    for (const claim of claims) {
      const value = claim[field];
      if (value === null) continue;
      const group = `${claim.victimCountry ?? '?'}|${claim.civilian ?? '?'}`;
      const held = groups.get(group) ?? {
        counted: new Map<string, number>(),
        vague: new Map<string, number>(),
      };
      const byClaimant = claim.approximate ? held.vague : held.counted;
      const who = claim.claimant ?? '';
      byClaimant.set(who, Math.max(byClaimant.get(who) ?? 0, value));
      groups.set(group, held);
    }
    // A group that lacks the country or the kind of its victims is the one group that matches what
    // it says: "killed twelve soldiers" after "twelve Kyrgyz soldiers" is the same claim, and so are
    // "a Pakistani farmer" and "a villager" killed on the Pakistani side.
    for (const partial of [...groups.keys()]) {
      const [country = '?', kind = '?'] = partial.split('|');
      if (partial === '?|?' || (country !== '?' && kind !== '?')) continue;
      const matching = [...groups].filter(([group]) => {
        const [c, k] = group.split('|');
        return group !== partial && c !== '?' && k !== '?' && (country === '?' ? k === kind : c === country);
      });
      // "two of its citizens were killed" and "the two dead were a man ... killed by a shell": as many
      // dead of a kind and no country as of the one country told and no kind are told again.
      if (matching.length === 0 && country === '?') {
        const countries = [...groups.keys()].filter((group) => !group.startsWith('?|'));
        const only = countries.length === 1 ? countries[0] : undefined;
        const held = only?.endsWith('|?') ? groups.get(only) : undefined;
        const figures = (h: typeof held) => [...(h?.counted.values() ?? [])].sort().join(',');
        if (only && held && figures(held) !== '' && figures(held) === figures(groups.get(partial)))
          matching.push([only, held]);
      }
      if (matching.length !== 1) continue;
      const [, into] = matching[0]!;
      const from = groups.get(partial)!;
      for (const figures of ['counted', 'vague'] as const)
        for (const [who, value] of from[figures])
          into[figures].set(who, Math.max(into[figures].get(who) ?? 0, value));
      groups.delete(partial);
    }
    // "3 killed in Israeli strikes in Lebanon" over "two Hezbollah fighters and one civilian were
    // killed": a country's dead of no kind that its dead of each kind add up to are the same dead.
    const lowestOf = (held: { counted: Map<string, number>; vague: Map<string, number> }) =>
      Math.min(...(held.counted.size > 0 ? held.counted : held.vague).values());
    for (const [partial, held] of [...groups]) {
      const [country = '?', kind = '?'] = partial.split('|');
      if (country === '?' || kind !== '?') continue;
      let kinds = 0;
      let sum = 0;
      for (const [group, other] of groups) {
        const [c, k] = group.split('|');
        if (c === country && k !== '?') {
          kinds++;
          sum += lowestOf(other);
        }
      }
      if (kinds > 1 && lowestOf(held) <= sum) groups.delete(partial);
    }
    let specified = 0;
    let unspecified = 0;
    // Soldiers (or civilians) of no named country, and those of named countries, by kind.
    const unplaced = new Map<string, number>();
    const placed = new Map<string, number>();
    for (const [group, { counted, vague }] of groups) {
      // "Thousands" only says at least some; a counted figure ("about 7,000") says how many.
      const figures = counted.size > 0 ? counted : vague;
      // A figure no one is named as giving (a hospital's count of one village) is no rival claim to
      // a side's own count: the claimants named decide.
      const named = [...figures].filter(([who]) => who !== '').map(([, value]) => value);
      const lowest = Math.min(...(named.length > 0 ? named : figures.values()));
      const [country, kind = '?'] = group.split('|');
      if (group === '?|?') unspecified = lowest;
      else if (kind === '?') specified += lowest;
      else if (country === '?') unplaced.set(kind, lowest);
      else placed.set(kind, (placed.get(kind) ?? 0) + lowest);
    }
    // "killing two marines" in the headline, "two South Korean marines" in the text: the same dead.
    for (const kind of new Set([...unplaced.keys(), ...placed.keys()]))
      specified += Math.max(unplaced.get(kind) ?? 0, placed.get(kind) ?? 0);
    // "five people were killed ... three soldiers among them": the larger reading covers both.
    return Math.max(specified, unspecified);
  };
  return { killed: total('killed'), injured: total('injured') };
}
