/**
 * The extraction engine: reads one news article the way a conflict analyst does (who, what to
 * whom, when, with what, how many casualties, which border) and returns an Extraction. Pure and
 * deterministic: no I/O, no clock (dates resolve against the article's publication date).
 */
import { compareCodes } from '../collections';
import {
  type ActorRef,
  type Article,
  type CasualtyClaim,
  copyEvent,
  type DyadPair,
  dyadPair,
  type ExtractedEvent,
  type Extraction,
  type Iso3,
} from '../model';
import { type DatelineSplit, splitDateline } from '../text/dateline';
import { isLinkTeaser } from '../text/link-teasers';
import { splitSentences, type Token } from '../text/tokenize';
import { consolidateCasualties, readCasualties, type SentenceCasualties, tollRelativeAt } from './casualties';
import { resolvePronouns } from './coreference';
import {
  ARMED_NON_STATE_ROLES,
  CIVILIAN_ROLES,
  DATELINE_SIGNATURES,
  INTERNATIONAL_BODIES,
  NON_STATE_ROLES,
} from './data/actors';
import { CONFLICT_TOPIC_WORDS, type Cue, DISASTER_WORDS, TRADE_TOPIC_WORDS } from './data/cues';
import { type DateMark, inNarratedYear, isoDay, parsePublished, timeGapAt } from './dates';
import { readDeniedCharges } from './denied-charges';
import { APPEAL_ROOTS, areLandNeighbours, isDyadCandidate, scoreDyads } from './dyads';
import {
  type DraftEvent,
  FIGHT_ROOTS,
  findSources,
  MEDIATION_TYPES,
  OWN_FORCES_STEPS,
  PRESENT_PERFECT,
  readEvents,
  wordBeforeMention,
} from './events';
import { getLexicon, lookupPlace, type PlaceCandidate } from './lexicon';
import { type ActorMention, headBefore, REGION_WORDS, readSentence, type SentenceReading } from './mentions';
import { placeLookupKey } from './place-lookup-key';
import { assertReadableText } from './validate';

export { ArticleInputError, MAX_TEXT_CHARS } from './validate';
export { areLandNeighbours };

export interface ExtractOptions {
  /** Non-neighbour pairs that are dyads too (maritime: "CHN-PHL"). */
  extraPairs?: string[];
}

/** English short name of a country by ISO3, or undefined for an unknown code. */
export function countryName(iso3: Iso3): string | undefined {
  return getLexicon().countries.get(iso3)?.name;
}

/**
 * The act each casualty claim of a sentence belongs to: the fight told last before its casualty
 * word, else the sentence's first ("three soldiers were killed when Tajik forces opened fire").
 * "India struck ..., in retaliation for an attack on tourists last month that killed 26": the 26 are
 * the attack's, not the strike's. Undefined when the sentence tells no fight: an accusation or a
 * closure is no act that kills ("accused Venezuela of harbouring the rebels after fighting killed 80").
 */
function tollHolders(
  events: readonly DraftEvent[],
  claims: readonly SentenceCasualties[],
  marks: readonly DateMark[],
): Map<DraftEvent | undefined, SentenceCasualties[]> {
  const acts = events.filter((e) => FIGHT_ROOTS.has(e.cameo.slice(0, 2)));
  const byHolder = new Map<DraftEvent | undefined, SentenceCasualties[]>();
  for (const claim of claims) {
    // "struck militant targets, a day after 12 soldiers were killed in clashes with PKK fighters":
    // a toll told in a clause of an earlier day is an act of that clause's, or of none.
    const gap = timeGapAt(marks, claim.at, 1);
    const candidates = gap ? acts.filter((act) => act.at >= gap.from && act.at < gap.to) : acts;
    let holder: DraftEvent | undefined;
    // "its troops had killed more than 200 Taliban": a killing verb is its own toll's act.
    for (const act of candidates) if (act.at <= claim.at && (!holder || act.at > holder.at)) holder = act;
    holder ??= candidates[0];
    // "23 Pakistani soldiers were killed in clashes ..., adding that its troops had killed 200":
    // victims of a named state are the toll of the act on that state, when the nearest is on another.
    const victims = claim.victimCountry;
    if (victims && holder?.target?.country && holder.target.country !== victims)
      holder = candidates.find((act) => act.target?.country === victims) ?? holder;
    // "Indian artillery and Pakistani guns exchanged fire, and six civilians were killed in shelling
    // of the Pakistani town of Kel": the dead of the side that acted are the toll of an act on them,
    // or of another state's with no target named, when the sentence tells one. (Else the act told
    // keeps them: the dyad's toll counts, whichever way it is told.) A clash of two sides keeps its
    // toll: it is split between its directions by whose dead they are.
    const twoSided = !!holder && (holder.mutual || !!holder.mutualPair || !!holder.pattern.reciprocal);
    if (victims && !twoSided && holder?.actor?.country === victims && holder.target?.country !== victims)
      holder =
        candidates.find((act) => act.target?.country === victims && !!act.actor?.country) ??
        candidates.find(
          (act) => act.actor?.country && act.actor.country !== victims && !act.target?.country,
        ) ??
        holder;
    const held = byHolder.get(holder);
    if (held) held.push(claim);
    else byHolder.set(holder, [claim]);
  }
  return byHolder;
}

/** Words that put a sentence in the present: "the text still needs to be signed". */
// "Both countries blame the other for the latest outbreak of violence": the outbreak told now.
const PRESENT_WORDS = new Set(['still', 'now', 'currently', 'latest']);

/**
 * Does a sentence tell of the present, in a word, in an act in the present perfect, or in a threat
 * ("Mitsotakis said Greece would defend its sovereignty" after a paragraph on 1996 is today's)?
 */
function tellsOfNow(reading: SentenceReading): boolean {
  const { tokens } = reading;
  return (
    tokens.some((t) => PRESENT_WORDS.has(t.lower)) ||
    reading.triggers.some(
      (t) => PRESENT_PERFECT.has(tokens[t.start - 1]?.lower ?? '') || t.values.some((p) => p.threat),
    )
  );
}

/**
 * The time mark a sentence passes on to the next one when that one has none of its own; no
 * historical time to a sentence that tells of the present (`toPresent`, asked only when the marks
 * are all historical: reading a sentence for the present scans all its words).
 */
function carriedDate(marks: readonly DateMark[], toPresent: () => boolean): DateMark | undefined {
  // Only the sentence's own time carries, not that of a phrase inside it ("since ... four years ago"),
  // but for what the sentence reports being said of the days of the news.
  const dates = marks.filter((d) => !d.scope || (d.scope.reported && !d.historical));
  // Historical time carries over only from a sentence that is wholly about the past.
  let allPast = dates.length > 0;
  for (const d of dates) if (!d.historical || d.habitual) allPast = false;
  if (allPast && toPresent()) allPast = false;
  for (const d of dates) if (!d.habitual && (allPast || !d.historical)) return d;
  return undefined;
}

const NO_DRAFTS: readonly DraftEvent[] = [];
/**
 * Calm a match report tells of: teams, not governments, meeting, and a side that "pulled one back"
 * or withdrew from a tournament.
 */
const SPORT_CALM_TYPES = new Set(['consultation', 'talks', 'troop-withdrawal']);
/**
 * Are there more sentences with hostile acts and no word of sport than sentences with words of
 * sport? Then the article is a conflict report, whatever it says of a match.
 */
function mostlyConflict(readings: readonly SentenceReading[], drafts: readonly DraftEvent[]): boolean {
  let sportSentences = 0;
  for (const r of readings) if (r.sport) sportSentences++;
  const acts = new Set<number>();
  for (const d of drafts)
    if (d.polarity === 'escalation' && !readings[d.sentence]?.sport) acts.add(d.sentence);
  return acts.size > sportSentences;
}

/** Sports words in an article above which violent verbs are read as sport. */
const SPORT_STORY_CUES = 3;

export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  const title = article.title ?? '';
  assertReadableText(article.text, title);
  const published = parsePublished(article.published);
  const publishedDay = published ? isoDay(published) : null;
  const extraPairs = new Set(
    (options.extraPairs ?? []).map((pair) => {
      const [a = '', b = ''] = pair.split('-');
      return dyadPair(a, b);
    }),
  );

  const readings: SentenceReading[] = [];
  for (const sentence of splitSentences(title))
    readings.push(readSentence(sentence, readings.length, true, published));
  let previous: SentenceReading | undefined;
  // Where the report was filed is no part of its lead ("NEW DELHI, May 7 (Reuters) - Pakistan said ...").
  const dateline = splitDateline(article.text);
  for (const sentence of splitSentences(dateline.body)) {
    if (isLinkTeaser(sentence.text)) continue;
    const reading = readSentence(sentence, readings.length, false, published);
    // Only a day told without its year is re-dated: most sentences need no look at the one before.
    if (previous && reading.dates.some((d) => d.yearless))
      inNarratedYear(
        reading.dates,
        carriedDate(previous.dates, () => false),
        published,
      );
    // A sentence without a time expression continues the time of the one before it, but for an
    // answer to it ("In response, the South resumed broadcasts"), which came after. A time inside
    // one of its phrases ("after years of tension") is that phrase's, not the sentence's: a past
    // told before carries past it (a war's deeds, told on), the news's days do not ("Guyana called
    // on Venezuela to abide by an agreement reached in December" is today's call).
    if (reading.dates.every((d) => d.scope && d.scope.from > 0) && previous && !answersBefore(reading)) {
      const found = carriedDate(previous.dates, () => tellsOfNow(reading));
      const carried = reading.dates.length === 0 || found?.historical ? found : undefined;
      // "On April 19, Mauritania summoned ... The following day, its minister visited": a day on.
      const later = daysLater(reading);
      const date =
        carried?.date && !carried.approx && later > 0
          ? dayAfter(carried.date, publishedDay, later)
          : carried?.date;
      // Listed rather than spread: `habitual` is never set on a carried mark.
      if (carried)
        reading.dates.push({
          at: 0,
          date: date ?? null,
          approx: carried.approx,
          historical: carried.historical,
          carried: true,
        });
    }
    readings.push(reading);
    previous = reading;
  }

  resolvePronouns(readings);
  // Loops rather than flatMap here and below: flatMap is markedly slower in V8 and this runs per article.
  let drafts: DraftEvent[] = [];
  for (const reading of readings) for (const draft of readEvents(reading, publishedDay)) drafts.push(draft);
  followSuit(readings, drafts, publishedDay);
  drafts = readDeniedCharges(readings, drafts);
  for (const draft of drafts) {
    if (!draft.actor && draft.target && AGENTLESS_TYPES.has(draft.type)) {
      // "A coordinated explosion of pagers in Lebanon and parts of Syria": a blast of no named doer
      // in a state is where it went off, no act on that state by the other one named.
      const { tokens, actors } = readings[draft.sentence]!;
      const country = draft.target.country;
      const named = actors.filter((m) => m.actor.country === country);
      if (named.length > 0 && named.every((m) => placeOpened(tokens, m.start))) draft.placeOnly = true;
    } else if (
      !draft.actor &&
      draft.target?.role === 'CVL' &&
      draft.target.country &&
      UNNAMED_ATTACK_TYPES.has(draft.type)
    ) {
      // "Eight Pakistani workers killed in attack in southeast Iran": civilians killed by no named
      // attacker in a state named only as the place is no act of that state.
      const { tokens, actors } = readings[draft.sentence]!;
      const victims = draft.target.country;
      const others = actors.filter((m) => m.actor.country && m.actor.country !== victims);
      if (others.length > 0 && others.every((m) => placeOpened(tokens, m.start))) draft.placeOnly = true;
    }
    if ((draft.actor && draft.target) || !FIGHT_ROOTS.has(draft.cameo.slice(0, 2)) || draft.firedAcross)
      continue;
    // A missing target only among what follows the act ("shelling areas where the insurgents are"),
    // and either side in the act's clause ("denied that Belgrade was behind the attack, saying the
    // gunmen were local Serbs": the gunmen are no target).
    const { tokens, actors, triggers } = readings[draft.sentence]!;
    const group = actors.find(
      (m) =>
        // "accusations of harboring militants": the object of another act is no side of this one.
        !triggers.some(
          (t) => t.end === m.start || (t.end === m.start - 1 && tokens[t.end]!.lower === 'the'),
        ) &&
        !punctuationBetween(tokens, Math.min(m.start, draft.at), Math.max(m.start, draft.at)) &&
        !alliedWithState(actors, tokens, m, draft.target?.country) &&
        !m.locative &&
        !m.actor.country &&
        ARMED_NON_STATE_ROLES.has(m.actor.role) &&
        m.actor !== draft.target &&
        m.actor !== draft.actor &&
        // A missing actor: the group before the act, or among the sides "between" names ("violence
        // between the army and militants"), not an object ("harboring militants and conducting attacks").
        (draft.actor ? m.start > draft.at : m.start < draft.at || sidesNamedBefore(tokens, m.start)),
    );
    if (group) draft.armedGroup = group.actor;
  }
  // "The fighting killed thousands", "the attack was one of the deadliest": the story's event again.
  // A definite fight noun with no side named ("The fighting, which began last week, killed three") sums up
  // the conflict rather than reporting a new clash.
  const rootsTold = new Set<string>();
  const told: DraftEvent[] = [];
  for (const d of drafts) {
    const root = d.cameo.slice(0, 2);
    const retold = d.anaphoric && !d.actor && (!!d.pattern.fight || rootsTold.has(root));
    rootsTold.add(root);
    if (!retold) told.push(d);
    // "The deployment follows a shootout last Sunday": the day told dates what it followed, not it.
    if (ownExactDate(readings[d.sentence], d.at) && !followsOther(readings[d.sentence]!.tokens, d.at))
      dateVagueActs(told, d, retold);
  }
  drafts = told;
  // A match report ("a fierce pace attack", "fought back") is no border clash.
  let sportCues = 0;
  for (const r of readings)
    if (r.sport) for (const c of r.cues) if (c.values[0]!.kind === 'sport') sportCues++;
  const weaponsNamed = readings.some((r) => r.weapons.length > 0);
  // In a match report two teams "met" and one "pulled one back": no consultation or pullback either.
  // A conflict report that tells of players among the dead ("three cricketers were killed in the
  // strikes") tells more of its acts in sentences with no word of sport than a match report does.
  if (sportCues >= SPORT_STORY_CUES && !weaponsNamed && !mostlyConflict(readings, drafts))
    drafts = drafts.filter((d) => d.polarity !== 'escalation' && !SPORT_CALM_TYPES.has(d.type));
  const conflictStory = drafts.some((d) => d.polarity === 'escalation' && !d.negated);
  for (const draft of drafts) {
    // Talks between parties in conflict are a step down; between friends they are routine.
    if (draft.type === 'consultation' && conflictStory) draft.polarity = 'de-escalation';
  }

  const draftsBySentence = new Map<number, DraftEvent[]>();
  for (const draft of drafts) {
    const list = draftsBySentence.get(draft.sentence);
    if (list) list.push(draft);
    else draftsBySentence.set(draft.sentence, [draft]);
  }
  const claims: SentenceCasualties[] = [];
  const earlierClaims: SentenceCasualties[] = [];
  const runningTotals: SentenceCasualties[] = [];
  const tolls: { claims: SentenceCasualties[]; actor: Iso3; target: Iso3 | null }[] = [];
  // "Leaders hail deal after clashes that killed hundreds", in a report whose only violence is
  // dated in the past: an undated toll is that past violence's, not news.
  // So is one in a report that tells no violence of its own and dates something in the past ("the
  // 25th anniversary of the 1999 Kargil war ... More than 500 Indian soldiers were killed in the conflict").
  const pastViolenceOnly =
    (drafts.some((d) => d.historical && FIGHT_ROOTS.has(d.cameo.slice(0, 2))) ||
      readings.some((r) => r.dates.some((d) => !d.carried && yearsBefore(r, d, published)))) &&
    !drafts.some((d) => !d.historical && !d.negated && FIGHT_ROOTS.has(d.cameo.slice(0, 2)));
  const disasterStory = readings.some((r) => r.tokens.some((t) => DISASTER_WORDS.has(t.lower)));
  // "A quake struck the border region, killing 400": a disaster telling of no violence has no conflict toll.
  const disasterOnly = !drafts.some((d) => FIGHT_ROOTS.has(d.cameo.slice(0, 2))) && disasterStory;
  for (const reading of readings) {
    const sentenceEvents = draftsBySentence.get(reading.index) ?? NO_DRAFTS;
    // The sentence's own time: "six soldiers were killed ..., who refused a peace deal in 2016" is news.
    const own = reading.dates.filter((d) => !d.scope && !d.within);
    const historicalOnly = own.length > 0 && own.every((d) => d.historical);
    if (
      historicalOnly ||
      (sentenceEvents.length > 0 && sentenceEvents.every((e) => e.historical || e.negated)) ||
      (pastViolenceOnly && own.every((d) => d.carried)) ||
      disasterOnly
    )
      continue;
    const read = readCasualties(reading, findSources(reading));
    // "militants blamed for a February 14 suicide bombing that killed 40 Indian troops", in a report
    // of March 3: the toll of an act dated a week or more before the news is that act's, told as
    // background (counted only when the story has no toll of its own).
    const background = read.filter((claim) => datedBeforeToll(reading, claim.at, published));
    if (background.length > 0) earlierClaims.push(...background);
    // Running totals of the hostilities count only when the article tells no toll of its own.
    const sentenceClaims = read.filter((claim) => !claim.runningTotal && !background.includes(claim));
    if (sentenceClaims.length < read.length)
      runningTotals.push(...read.filter((claim) => claim.runningTotal));
    if (sentenceClaims.length === 0) continue;
    // "On July 16, three Thai soldiers were injured when one stepped on a mine", in a report of a
    // blast a week later: a toll of a day a week or more before the news, with no act of its own,
    // is an earlier incident's (left out of the totals when the story has a toll of its own).
    if (sentenceEvents.length === 0 && own.length > 0 && own.every((d) => weekOrMoreBefore(d, published)))
      earlierClaims.push(...sentenceClaims);
    else claims.push(...sentenceClaims);
    // "Ethiopian and Eritrean troops exchanged fire on Monday. At least four soldiers were killed, a
    // local administrator said.": a toll of its own sentence, undated and with no act, is the clash
    // told just before it.
    let holders = sentenceEvents;
    if (sentenceEvents.length === 0 && own.every((d) => d.carried)) {
      holders = heldBefore(draftsBySentence, reading.index, sentenceClaims, reading);
      if (holders.length === 0)
        holders = heldAfter(draftsBySentence, reading, readings.length, sentenceClaims);
    }
    for (const [holder, held] of tollHolders(holders, sentenceClaims, reading.dates)) {
      // "26 civilians were killed in the Indian strikes": the dead of a one-way act are on the other side
      // (its target, or the actor's counterpart in the article's dyad, known once the dyads are scored).
      // The act may be one told before, named again with its agent ("the Indian missile strikes").
      const actor = holder ? holder.actor?.country : agentOfFightNoun(reading);
      const mirrored = sentenceEvents.some(
        (e) => e.target?.country === actor && !!e.actor?.country && e.actor.country !== actor,
      );
      // A clash's toll with no side named is of both sides: no victims' state to infer.
      const bothSides = !!holder && (holder.mutual || !!holder.pattern.reciprocal);
      if (actor && !mirrored && !bothSides)
        tolls.push({ claims: held, actor, target: holder?.target?.country ?? null });
      if (holder) {
        // "four civilians and a border guard were killed": groups of victims add up, as in the
        // article's totals.
        const total = consolidateCasualties(held);
        if (held.some((c) => c.killed !== null)) holder.killed = total.killed;
        if (held.some((c) => c.injured !== null)) holder.injured = total.injured;
        if (held.every((c) => c.civilian)) holder.civilianToll = true;
        holder.tolls = holder.tolls ? [...holder.tolls, ...held] : held;
        // Before the dyads fill in whose dead the rest are.
        const named = held.flatMap((c) => (c.victimCountry ? [c.victimCountry] : []));
        if (named.length > 0) holder.namedVictims = [...(holder.namedVictims ?? []), ...named];
      }
    }
  }

  if (claims.length === 0) claims.push(...earlierClaims);
  if (claims.length === 0) claims.push(...runningTotals);
  const mentions = countryMentions(readings);
  const { places, guessed } = resolvePlaces(readings, mentions);
  targetPlaces(drafts, readings, places, guessed, extraPairs);
  const candidates = scoreDyads(readings, drafts, extraPairs);
  for (const toll of tolls) {
    const pair = candidates.find((d) => d.pair.includes(toll.actor))?.pair;
    const victims = toll.target ?? (pair?.split('-').find((side) => side !== toll.actor) as Iso3 | undefined);
    if (victims && victims !== toll.actor) for (const claim of toll.claims) claim.victimCountry ??= victims;
  }
  // "Militants attacked a police station in Iran ... Pakistan condemned the attack": condemning an armed
  // group's attack on a state stands with that state, no act against it.
  drafts = drafts.filter(
    (d) =>
      !standsWithVictim(d, drafts, readings) &&
      // "Both countries closed the crossing until the road is cleared": a crossing shut or reopened
      // for an avalanche or a flood, in a story with no fighting, is no sanction or step down.
      !(disasterOnly && SAFETY_CROSSING_TYPES.has(d.type)),
  );
  for (const draft of drafts) {
    if (draft.mutual && !draft.mutualPair && !draft.actor?.country && !draft.target?.country)
      draft.mutualPair = recentPair(readings, draft.sentence, candidates);
  }
  // Events between two states only; internal conflicts and unattributable events are left out.
  const finalized: ExtractedEvent[] = [];
  // "Egypt, Qatar and Saudi Arabia condemned the incursion": states speaking together at one trigger
  // (only speech acts ask, so only theirs are keyed).
  const speakersAt = new Map<string, Set<Iso3>>();
  for (const draft of drafts) {
    const country = draft.actor?.country;
    const key = speechKey(draft);
    if (!country || !key) continue;
    const set = speakersAt.get(key);
    if (set) set.add(country);
    else speakersAt.set(key, new Set([country]));
  }
  reopenByCloser(drafts);
  const namedTargets = namedTargetsOf(drafts);
  const ngoTold = readings.some((r) => r.organizations.some((o) => o.role === 'NGO'));
  for (const draft of drafts) {
    if (ngoTold && rejectsNoStatesWord(draft, drafts)) continue;
    if (unnamedPeopleFight(draft, readings[draft.sentence]!)) continue;
    const key = speechKey(draft);
    const from = finalized.length;
    finalizeEvent(
      draft,
      groupActOnState(draft)
        ? dyadsNamedWith(candidates, draft.target!.country!, readings[draft.sentence]!)
        : candidates,
      extraPairs,
      finalized,
      key ? speakersAt.get(key) : undefined,
      namedTargets,
    );
    if (draft.tolls && finalized.length - from > 1) splitTolls(finalized, from, draft.tolls);
  }
  // No state acts on itself between two states: "Taliban fighters" of Afghanistan on Afghanistan is
  // an internal matter, whichever way its sides were filled in.
  const events = dedupe(finalized).filter(
    (e) => e.pair && !(e.actor?.country && e.actor.country === e.target?.country),
  );
  // A dyad is reported when something is happening between the two now (not only in the past).
  // In a disaster story, help and joint relief between neighbours are no conflict news, nor is a
  // railway deal in a story of trade that never touches their conflict or border security: such a
  // dyad needs a current act beyond cooperation.
  // Read only when a dyad's current acts are all cooperation: most articles never need the scan.
  let cooperationIsNews: boolean | undefined;
  const cooperationNews = () => (cooperationIsNews ??= !disasterStory && !tradeOnlyStory(readings));
  const dyads = candidates.filter((d) =>
    events.some(
      (e) =>
        e.pair === d.pair &&
        !e.historical &&
        !e.negated &&
        (!COOPERATION_ROOTS.has(e.cameo.slice(0, 2)) || cooperationNews()),
    ),
  );

  return {
    id: article.id,
    published: publishedDay,
    dyads,
    entities: collectEntities(
      readings,
      mentions,
      places,
      datelinePlaces(dateline, mentions, places, published),
      readDatelinePart(
        dateline.agency && (DATELINE_SIGNATURES[dateline.agency] ?? dateline.agency),
        published,
      )?.organizations ?? [],
    ),
    events,
    casualties: {
      ...consolidateCasualties(claims),
      claims: claims.map(publicClaim),
    },
  };
}

/** A story told in words of trade and building with no word of conflict or border security. */
function tradeOnlyStory(readings: readonly SentenceReading[]): boolean {
  return (
    readings.some((r) => r.tokens.some((t) => TRADE_TOPIC_WORDS.has(t.lower))) &&
    !readings.some((r) => r.tokens.some((t) => CONFLICT_TOPIC_WORDS.has(t.lower)))
  );
}

/**
 * "Israeli jets struck targets near Daraa": a state's use of force with no target named hits the
 * neighbour its sentence places the act in. Only places the gazetteer or the text ties to a state,
 * and only when the sentence's places lie in one state other than the actor's. A use of force with
 * no actor either, by artillery or from the air ("Shelling killed three people in Batken"), hits
 * the state it is placed in; the dyad then names the other side, as for any act with one side named.
 */
function targetPlaces(
  drafts: readonly DraftEvent[],
  readings: readonly SentenceReading[],
  places: ReadonlyMap<string, ResolvedPlace>,
  guessed: ReadonlySet<string>,
  extraPairs: ReadonlySet<DyadPair>,
): void {
  for (const draft of drafts) {
    const actor = draft.actor?.country ?? null;
    if (draft.mutual || draft.polarity !== 'escalation' || draft.negated) continue;
    // An armed group of one state striking a place in another ("Hezbollah fired rockets at Kiryat
    // Shmona") acts across the border; in its own state (places of `actor` are passed over below),
    // or with no state, it is an internal matter.
    if (draft.actor?.org && !actor) continue;
    // Unnamed people acting: an internal matter, whatever the place. With no actor
    // at all, only shelling and air strikes, a state's means ("a suicide attack" may be anyone's).
    if (!actor && (draft.actor || !(STATE_MEANS_CODES.has(draft.cameo) || draft.pattern.stateMeans)))
      continue;
    if (draft.target?.country || draft.target?.org) continue;
    // "Jordanian warplanes struck smugglers' hideouts inside Syria ... in Sweida": armed men of no
    // state struck in another state's land are struck in that state, as its people would be.
    if (
      draft.target &&
      !STATE_ROLES.has(draft.target.role) &&
      !CIVILIAN_ROLES.has(draft.target.role) &&
      !(actor && ARMED_NON_STATE_ROLES.has(draft.target.role))
    )
      continue;
    if (!FIGHT_ROOTS.has(draft.cameo.slice(0, 2))) continue;
    const reading = readings[draft.sentence];
    if (!reading) continue;
    // "a Syrian government offensive on the southern city of Sweida": force a state turns on a place
    // of its own is an internal matter, whoever answers it.
    if (actor && !draft.target && ownPlaceAttacked(reading, draft.at, actor, places, guessed)) {
      draft.target = { country: actor, role: 'GOV' };
      continue;
    }
    let where: Iso3 | null | undefined;
    const armedTarget = !!draft.target && ARMED_NON_STATE_ROLES.has(draft.target.role);
    for (const mention of reading.places) {
      // "Kigali accuses Kinshasa of shelling": a seat that speaks or acts is no place anything hit.
      if (mention.seatOf && reading.actors.some((a) => a.start === mention.start && !a.locative)) continue;
      if (mention.dateline) continue;
      // "bombed resistance positions near the border opposite Thailand's Tak province": across from
      // a place is not in it; and armed men are struck where their own act's clause puts them, not
      // where "a stray shell landed" in another clause.
      if (oppositePlace(reading.tokens, mention.start)) continue;
      if (armedTarget && !inActClause(reading, draft.at, mention.start)) continue;
      const country = guessed.has(mention.name) ? null : places.get(mention.name)?.country;
      if (!country || country === actor) continue;
      where = where === undefined || where === country ? country : null;
    }
    // "struck smugglers' hideouts inside Syria": armed men of no state are struck in the state named.
    if (draft.target && ARMED_NON_STATE_ROLES.has(draft.target.role))
      for (const a of reading.actors) {
        const country = a.actor.country;
        // "in northern Iraq": past a point of the compass. In the act's own clause, as places are: "The
        // jet flew into Thailand's Tak province during an airstrike on rebel positions" is no strike there.
        if (
          !country ||
          country === actor ||
          !INSIDE_WORDS.has(wordBeforeMention(reading.tokens, a.start)) ||
          !inActClause(reading, draft.at, a.start)
        )
          continue;
        where = where === undefined || where === country ? country : null;
      }
    if (!where || (actor && !isDyadCandidate(actor, where, extraPairs))) continue;
    // "a bomb ... killed five people in a field in China's Yunnan": the dead say whom the act hit.
    const role = draft.target?.role ?? (draft.civilianToll ? 'CVL' : draft.pattern.twoSided ? 'MIL' : 'GOV');
    draft.target = { country: where, role };
  }
}

/** Tokens after a fight's trigger within which "on" a place names what it hit. */
const ATTACKED_PLACE_REACH = 8;
const ON_WORDS = new Set(['on', 'against']);

/** Does the fight at `at` hit, "on" or "against", a place the gazetteer puts in the actor's own state? */
function ownPlaceAttacked(
  reading: SentenceReading,
  at: number,
  actor: Iso3,
  places: ReadonlyMap<string, ResolvedPlace>,
  guessed: ReadonlySet<string>,
): boolean {
  const { tokens } = reading;
  let on = -1;
  for (let k = at + 1; k < Math.min(tokens.length, at + 3); k++)
    if (ON_WORDS.has(tokens[k]!.lower)) {
      on = k;
      break;
    }
  if (on < 0) return false;
  return reading.places.some((mention) => {
    if (mention.start <= on || mention.start > on + ATTACKED_PLACE_REACH || guessed.has(mention.name))
      return false;
    for (let k = on + 1; k < mention.start; k++) if (tokens[k]!.kind === 'punct') return false;
    return places.get(mention.name)?.country === actor;
  });
}

/**
 * "Pakistan closed the Chaman crossing ... It was reopened on Monday": a crossing reopened by no
 * one named is reopened by the state that closed it, toward the same neighbour.
 */
function reopenByCloser(drafts: readonly DraftEvent[]): void {
  for (const [i, draft] of drafts.entries()) {
    if (draft.type !== 'border-reopening' || draft.actor) continue;
    const closure = drafts.findLast((d, j) => j < i && d.type === 'border-closure' && !!d.actor?.country);
    if (!closure?.actor) continue;
    draft.actor = { ...closure.actor };
    draft.target = closure.target ? { ...closure.target } : null;
  }
}

/**
 * The states each state acts against by name in the article ("Romania summoned Russia's
 * ambassador"; not appeals to third parties, "called on the United States and France to act").
 */
function namedTargetsOf(drafts: readonly DraftEvent[]): Map<Iso3, Set<Iso3>> {
  const named = new Map<Iso3, Set<Iso3>>();
  for (const d of drafts) {
    const a = d.actor?.country;
    const t = d.target?.country;
    if (!a || !t || a === t || d.polarity !== 'escalation') continue;
    const set = named.get(a);
    if (set) set.add(t);
    else named.set(a, new Set([t]));
  }
  return named;
}

/**
 * "A Saudi government source rejected the allegations" of a rights group's report (the caller
 * checks one is named): with no other state accusing anyone, a rejection of no one named rejects
 * no state's word.
 */
function rejectsNoStatesWord(draft: DraftEvent, drafts: readonly DraftEvent[]): boolean {
  if (draft.type !== 'rejection' || draft.target) return false;
  const rejecter = draft.actor?.country;
  return !drafts.some((d) => d.cameo.startsWith('11') && !!d.actor?.country && d.actor.country !== rejecter);
}

/** Words a place named across from another may stand after: "opposite Thailand's Tak province". */
const OPPOSITE_REACH = 4;

/** Is the place at `start` named as across from where something is ("opposite (the) X's Y")? */
function oppositePlace(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - OPPOSITE_REACH; k--) {
    const token = tokens[k]!;
    if (token.lower === 'opposite') return true;
    if (!token.cap && token.lower !== 'the' && token.lower !== "'s") return false;
  }
  return false;
}

/** Does the place at `place` follow the act at `at` within its clause (no other act or semicolon between)? */
function inActClause(reading: SentenceReading, at: number, place: number): boolean {
  if (place < at) return false;
  if (reading.triggers.some((t) => t.start > at && t.start < place)) return false;
  for (let k = at; k < place; k++) if (reading.tokens[k]!.text === ';') return false;
  return true;
}

/** The day after `day` (ISO), never after the report: told of a day not yet over, "the next day" is the report's. */
function dayAfter(day: string, publishedDay: string | null, days = 1): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return publishedDay && isoDay(next) > publishedDay ? publishedDay : isoDay(next);
}

/** Forms of address and short ranks before a name told again: "Mr Anutin", "Gen Nattapon". */
const HONORIFICS = new Set([
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
  'Gen',
  'Gen.',
  'Col',
  'Col.',
  'Lt',
  'Sgt',
]);

/**
 * "Anutin Charnvirakul", then "Mr Anutin"; "Abdourahamane Tchiani", then "Tchiani": one person,
 * under the full name (with the title either telling gives). A short name that two full names
 * share ("Hun" of Hun Sen and Hun Manet) is left as it is.
 */
function mergeShortNames<T extends { name: string; title: string | null }>(people: readonly T[]): T[] {
  // "Yasir al-Atta", then "Atta": the particle before a surname is no part of it.
  const words = (name: string) =>
    name
      .split(' ')
      .filter((w) => !HONORIFICS.has(w))
      .map((w) => w.replace(/^(al|el)-/i, ''));
  const merged: T[] = [];
  const absorbed = new Set<T>();
  // "Hector Villegas Mora", then "Villegas Mora": a double surname told alone ends the full name.
  const shortFor = (own: readonly string[], full: readonly string[]) =>
    own.length === 1
      ? full.length > 1 && full.includes(own[0]!)
      : full.length > own.length && own.every((word, k) => full[full.length - own.length + k] === word);
  for (const person of people) {
    const own = words(person.name);
    const fuller = people.filter((p) => p !== person && shortFor(own, words(p.name)));
    if (fuller.length !== 1) continue;
    const full = fuller[0]!;
    if (!full.title && person.title) full.title = person.title;
    absorbed.add(person);
  }
  for (const person of people) if (!absorbed.has(person)) merged.push(person);
  return merged;
}

/** Where the first cue of `kind` starts in the sentence, or -1. */
function cueAt(reading: SentenceReading, kind: Cue['kind']): number {
  return reading.cues.find((c) => c.values[0]!.kind === kind)?.start ?? -1;
}

/** Days after the act told before that a sentence tells of ("the next day": 1), or 0. */
function daysLater(reading: SentenceReading): number {
  for (const c of reading.cues) {
    const cue = c.values[0]!;
    if (cue.kind === 'dayAfterAct') return cue.days ?? 1;
  }
  return 0;
}

/**
 * "Colombia recalled its ambassador from Caracas. Venezuela did the same the next day": a state that
 * follows suit does the last act of the sentence before, with the states' places swapped when it
 * was that act's target.
 */
function followSuit(
  readings: readonly SentenceReading[],
  drafts: DraftEvent[],
  publishedDay: string | null,
): void {
  for (const reading of readings) {
    if (reading.inTitle) continue;
    const at = cueAt(reading, 'repeatsAct');
    if (at < 0) continue;
    const follower = reading.actors.findLast((a) => a.end <= at && a.actor.country && !a.locative);
    const model = drafts.findLast((d) => d.sentence === reading.index - 1);
    const country = follower?.actor.country;
    if (!country || !model?.actor?.country || model.actor.country === country) continue;
    const swapped = model.target?.country === country;
    let date = model.date;
    const later = daysLater(reading);
    if (date && later > 0) date = dayAfter(date, publishedDay, later);
    // The follower acts alone, with none of the model's tolls or lists shared.
    drafts.push({
      ...model,
      actor: { ...model.actor, country },
      target: swapped ? model.actor : model.target,
      date,
      alleged: false,
      source: null,
      killed: null,
      injured: null,
      tolls: undefined,
      weapons: [...model.weapons],
      weaponCategories: model.weaponCategories ? [...model.weaponCategories] : undefined,
      mutual: false,
      mutualPair: undefined,
      jointDenunciation: false,
      evidence: reading.sentence.text,
      sentence: reading.index,
      at,
    });
  }
}

/** Words that put what follows inside a state: "inside Syria", "in Afghanistan". */
const INSIDE_WORDS = new Set(['inside', 'in', 'into']);

/** Determiners of a deed told before: "condemned the attack", "this bombing". */
const DEED_DETERMINERS = new Set(['the', 'this', 'that', 'these']);
/** Words between a determiner and the deed noun: "the deadly attack", "the cowardly terrorist attack". */
const DEED_NOUN_REACH = 3;

/**
 * Is `draft` a condemnation of a deed told before ("condemned the attack") whose doer is of no state
 * and whose victim is a state other than the condemner? Then the condemner stands with the victim.
 */
function standsWithVictim(
  draft: DraftEvent,
  drafts: readonly DraftEvent[],
  readings: readonly SentenceReading[],
): boolean {
  if (draft.type !== 'condemnation' || draft.target?.country || !draft.actor?.country) return false;
  const reading = readings[draft.sentence];
  if (!reading) return false;
  const { tokens } = reading;
  const trigger = reading.triggers.find((t) => t.start === draft.at);
  if (!trigger || !DEED_DETERMINERS.has(tokens[trigger.end]?.lower ?? '')) return false;
  const deed = reading.triggers.some(
    (t) => t.start > trigger.end && t.start <= trigger.end + DEED_NOUN_REACH && t.values.some((v) => v.fight),
  );
  if (!deed) return false;
  let told: DraftEvent | undefined;
  for (const d of drafts) {
    if (d.sentence > draft.sentence || (d.sentence === draft.sentence && d.at >= draft.at)) break;
    if (FIGHT_ROOTS.has(d.cameo.slice(0, 2)) && !d.negated && !d.historical) told = d;
  }
  const victim = told?.target?.country;
  return !!told && !!told.actor && !told.actor.country && !!victim && victim !== draft.actor.country;
}

/** Uses of force only a state's forces commonly have: artillery and air power (CAMEO 194, 195). */
const STATE_MEANS_CODES = new Set(['194', '195']);

/**
 * The current, affirmed clashes of a sentence's drafts: a toll told after a clash is its dead
 * whoever they are, while one told after a one-way act may be of the other side's act before it.
 */
function clashesOf(drafts: readonly DraftEvent[] | undefined): readonly DraftEvent[] {
  return (drafts ?? NO_DRAFTS).filter(
    (d) =>
      FIGHT_ROOTS.has(d.cameo.slice(0, 2)) &&
      (d.pattern.reciprocal || d.mutual) &&
      !d.historical &&
      !d.negated &&
      !d.threat,
  );
}

/**
 * "exchanged artillery fire ..., killing two Thai civilians and one Cambodian soldier": each
 * direction of a clash holds the dead of the state it is on, where the toll says whose they are.
 */
function splitTolls(events: ExtractedEvent[], from: number, tolls: readonly SentenceCasualties[]): void {
  if (!tolls.some((c) => c.victimCountry)) return;
  for (let i = from; i < events.length; i++) {
    const event = events[i] as ExtractedEvent;
    const own = tolls.filter((c) => c.victimCountry === event.target?.country);
    // A toll of no side's dead (the clash's total) where the side's own is not told.
    const unplaced = tolls.filter((c) => !c.victimCountry);
    const figure = (field: 'killed' | 'injured') => {
      for (const claims of [own, unplaced]) {
        const values = claims.map((c) => c[field]).filter((v): v is number => v !== null);
        if (values.length > 0) return Math.max(...values);
      }
      return null;
    };
    event.killed = figure('killed');
    event.injured = figure('injured');
  }
}

const ANSWER_NOUNS = new Set(['response', 'retaliation', 'reply', 'return']);

/** Does a sentence open as an answer to what was told before ("In response, ...")? */
function answersBefore(reading: SentenceReading): boolean {
  const [first, second] = reading.tokens;
  return first?.lower === 'in' && ANSWER_NOUNS.has(second?.lower ?? '') && reading.tokens[2]?.text === ',';
}

/** Acts whose doer, when the text names none, is not to be guessed from where they happened. */
const AGENTLESS_TYPES: ReadonlySet<string> = new Set(['bombing']);
/** Words of where in a state, between a place preposition and the state: "in southeast Iran". */
const DIRECTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  ...REGION_WORDS,
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** Is the state named at `at` a place: after "in", "across", "parts of", past words of direction? */
function placeOpened(tokens: readonly Token[], at: number): boolean {
  return PLACE_OPENERS.has(tokens[headBefore(tokens, at, DIRECTION_WORDS)]?.lower ?? '');
}

/** Fights told by a generic word ("attack", "killed"), not by a state's weapon ("shelling", "air strike"). */
const UNNAMED_ATTACK_TYPES: ReadonlySet<string> = new Set(['armed-clash', 'killing']);
/** Words before a state that make it where an act happened: "in Lebanon", "across Lebanon", "parts of Syria". */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'of']);

/** Is a historical time a year or more before the report ("the 1999 Kargil war"; not "since January")? */
function yearsBefore(reading: SentenceReading, mark: DateMark, published: Date | null): boolean {
  if (!mark.historical || !published) return false;
  // A year told as an adjective ("the 1999 Kargil war") is marked without a day: its number is the time.
  const year = reading.tokens[mark.at]?.text ?? '';
  const date = mark.date ?? (/^\d{4}$/.test(year) ? `${year}-01-01` : null);
  return !!date && published.getTime() - Date.parse(date) >= YEAR_MS;
}
const YEAR_MS = 365 * 86_400_000;
/** How long before the news a dated toll with no act of its own is an earlier incident's. */
const EARLIER_INCIDENT_MS = 7 * 86_400_000;

/** Words from a noun's date to the relative clause after the noun phrase. */
const DATED_NOUN_REACH = 10;
const DETERMINERS = new Set(['a', 'an', 'the', 'that', 'this']);

/**
 * Is the casualty word at `at` in a relative clause ("that killed 40") of a noun whose own date
 * ("a February 14 suicide bombing") lies a week or more before the news?
 */
function datedBeforeToll(reading: SentenceReading, at: number, published: Date | null): boolean {
  const { tokens } = reading;
  const r = tollRelativeAt(tokens, at);
  if (r < 0) return false;
  // The date a modifier of a noun before the clause: "a February 14 suicide bombing in X that killed".
  return reading.dates.some(
    (mark) =>
      mark.at < r &&
      r - mark.at <= DATED_NOUN_REACH &&
      (mark.scope?.kind === 'attributive' || DETERMINERS.has(tokens[mark.at - 1]?.lower ?? '')) &&
      weekOrMoreBefore(mark, published),
  );
}

/** Does a mark name a day of its own a week or more before the news? */
function weekOrMoreBefore(mark: DateMark, published: Date | null): boolean {
  if (mark.carried || !mark.date || !published) return false;
  return published.getTime() - Date.parse(mark.date) >= EARLIER_INCIDENT_MS;
}

/** Does a sentence name a day of its own ("The clash took place on December 9"), not one carried over, for the act at `at`? */
function ownExactDate(reading: SentenceReading | undefined, at: number): boolean {
  // A day scoped to the telling's own noun counts ("the attack on Sunday").
  const own = (d: DateMark) =>
    !d.scope || (d.scope.kind === 'attributive' && at >= d.scope.from && at < d.scope.to);
  return !!reading?.dates.some((d) => !d.carried && own(d) && !d.approx && !d.historical && d.date);
}

/** How many days before the day of its report a retold act may have happened. */
const REPORT_LAG_DAYS = 7;

/** How far after a vague date ("last week", "this month") the day a retold act names may lie. */
const VAGUE_DATE_REACH_DAYS = 31;

/** Verbs by which an act is told as coming after another: "The deployment follows a shootout". */
const SEQUENCE_VERBS = new Set(['follows', 'followed', 'follow', 'came', 'comes', 'preceded']);

/** Does a verb of sequence stand right after the retold act's noun at `at`? */
function followsOther(tokens: readonly { lower: string }[], at: number): boolean {
  return SEQUENCE_VERBS.has(tokens[at + 1]?.lower ?? '') || SEQUENCE_VERBS.has(tokens[at + 2]?.lower ?? '');
}

/**
 * "Indian and Chinese troops clashed last week ... The clash took place on December 9": a retold act
 * that names its day dates the acts of its kind told before it with a vague date that day falls in.
 * A telling that is not a retelling (it names a side, or no definite noun points back) dates only
 * acts whose day was their report's or an earlier act's, by no other actor: "protested on Friday after
 * a jet crossed into its airspace ... The jet flew into Tak province on Thursday".
 */
function dateVagueActs(told: readonly DraftEvent[], telling: DraftEvent, retold: boolean): void {
  if (!telling.date) return;
  const day = Date.parse(telling.date);
  const root = telling.cameo.slice(0, 2);
  const actor = telling.actor?.country;
  for (const act of told) {
    if (
      !(act.dateApproximate || act.reportDated) ||
      !act.date ||
      act.historical ||
      act.cameo.slice(0, 2) !== root
    )
      continue;
    if (
      !retold &&
      (act === telling ||
        act.dateApproximate ||
        (!!actor && !!act.actor?.country && act.actor.country !== actor))
    )
      continue;
    const gap = day - Date.parse(act.date);
    // A vague time holds the day after it; the day of a report, the days just before it ("air strikes
    // killed 46, the Taliban said on Wednesday ... The strikes late on Tuesday hit several villages").
    const within = act.dateApproximate
      ? gap >= 0 && gap < VAGUE_DATE_REACH_DAYS * DAY_MS
      : gap <= 0 && gap > -REPORT_LAG_DAYS * DAY_MS;
    if (within) {
      act.date = telling.date;
      act.dateApproximate = false;
    }
  }
}

/**
 * The acts told just before a toll sentence that hold its toll: the clashes, and ("Baku said Armenian
 * units fired on its positions. It said 50 Azerbaijani servicemen had been killed.") a one-way act
 * on the state whose dead the toll names.
 */
function heldBefore(
  draftsBySentence: ReadonlyMap<number, readonly DraftEvent[]>,
  sentence: number,
  claims: readonly SentenceCasualties[],
  reading?: SentenceReading,
): readonly DraftEvent[] {
  const clashes = clashesOf(draftsBySentence.get(sentence - 1));
  if (clashes.length > 0) return clashes;
  // "58 Pakistani soldiers were killed ... in the clashes, while nine Taliban fighters lost their
  // lives": a toll of "the clashes" is the clash told before, not a strike days earlier between them.
  if (reading && definiteFightNoun(reading))
    for (let back = sentence - 2; back >= 0; back--) {
      const earlier = clashesOf(draftsBySentence.get(back));
      if (earlier.length > 0) return earlier;
    }
  const victims = new Set(claims.map((c) => c.victimCountry));
  // "Turkish artillery fired on targets inside Syria ... Turkish officials said several Syrian
  // soldiers had been killed by the return fire": the last act on those victims' state told before.
  for (let back = sentence - 1; back >= 0; back--) {
    const acts = actsOnVictims(draftsBySentence.get(back), victims);
    if (acts.length > 0) return acts;
  }
  return NO_DRAFTS;
}

/**
 * "Khozhiev, a border guard of Kyrgyzstan, was killed in the shootout at the border. ... the
 * detachment was attacked by the border guards of Tajikistan": a toll in "the" fight of a sentence
 * no fight is told before is the fight the article tells next (its clash, or its act on the victims).
 */
function heldAfter(
  draftsBySentence: ReadonlyMap<number, readonly DraftEvent[]>,
  reading: SentenceReading,
  sentences: number,
  claims: readonly SentenceCasualties[],
): readonly DraftEvent[] {
  if (!definiteFightNoun(reading)) return NO_DRAFTS;
  for (let back = reading.index - 1; back >= 0; back--)
    if ((draftsBySentence.get(back) ?? NO_DRAFTS).some((d) => FIGHT_ROOTS.has(d.cameo.slice(0, 2))))
      return NO_DRAFTS;
  const victims = new Set(claims.map((c) => c.victimCountry));
  for (let next = reading.index + 1; next < sentences; next++) {
    const drafts = draftsBySentence.get(next);
    const clashes = clashesOf(drafts);
    if (clashes.length > 0) return clashes;
    const acts = actsOnVictims(drafts, victims);
    if (acts.length > 0) return acts;
  }
  return NO_DRAFTS;
}

/** Does the sentence name "the" fight ("in the shootout", "in the clashes")? */
function definiteFightNoun(reading: SentenceReading): boolean {
  return reading.triggers.some(
    (trigger) =>
      trigger.values.some((pattern) => pattern.fight) && reading.tokens[trigger.start - 1]?.lower === 'the',
  );
}

/**
 * Fight acts among `drafts` on the victims' state. "Afghan forces had opened fire on Pakistani
 * posts. Two Pakistani soldiers were wounded": an act of another state with no target named is on
 * the victims' too (the dyad names its other side).
 */
function actsOnVictims(
  drafts: readonly DraftEvent[] | undefined,
  victims: ReadonlySet<Iso3 | null>,
): readonly DraftEvent[] {
  const onVictims = (d: DraftEvent) =>
    d.target?.country
      ? victims.has(d.target.country)
      : !!d.actor?.country && !victims.has(d.actor.country) && !victims.has(null);
  return (drafts ?? NO_DRAFTS).filter(
    (d) => FIGHT_ROOTS.has(d.cameo.slice(0, 2)) && onVictims(d) && !d.historical && !d.negated && !d.threat,
  );
}

/** The state named right before a fight noun of the sentence ("the Indian missile strikes"), if one. */
function agentOfFightNoun(reading: SentenceReading): Iso3 | undefined {
  for (const trigger of reading.triggers) {
    if (!trigger.values.some((pattern) => pattern.fight)) continue;
    const country = reading.countries.find((c) => c.end === trigger.start || c.end === trigger.start - 1);
    // "Afghan-Iran border clash leaves one dead": a pair of states names both sides, no agent.
    const paired =
      !!country &&
      reading.tokens[country.start - 1]?.text === '-' &&
      reading.countries.some((c) => c.end === country.start - 1);
    if (country && !paired) return country.iso3;
  }
  return undefined;
}

/** A claim without its victimCountry, fields in readCasualties' order (listed: a rest copy costs more). */
function publicClaim(claim: SentenceCasualties): CasualtyClaim {
  return {
    killed: claim.killed,
    injured: claim.injured,
    civilian: claim.civilian,
    approximate: claim.approximate,
    claimant: claim.claimant,
    evidence: claim.evidence,
  };
}

/** Roles of a state's own organs: an unnamed one facing a state is taken to be the other state's. */
const STATE_ROLES = new Set<ActorRef['role']>(['MIL', 'GOV', 'COP']);

/** Roots whose actor is whoever speaks: never inferred from the dyad. */
const SPEAKER_ROOTS = new Set(['11', '12', '13']);

/** Where a speech act (SPEAKER_ROOTS) was told, as a key; none for other acts. */
function speechKey(draft: DraftEvent): string | undefined {
  return SPEAKER_ROOTS.has(draft.cameo.slice(0, 2)) ? `${draft.sentence}:${draft.at}` : undefined;
}

/** Events both sides do together: coded once per direction, as GDELT-style dyadic data does. */
const MUTUAL_TYPES = new Set([
  'talks',
  'consultation',
  'intent-to-cooperate',
  'agreement',
  'peace-agreement',
  'ceasefire',
  'cooperation',
]);
/** Events a third party (or an unnamed one) addresses to both sides of the dyad. */
const TO_BOTH_SIDES_ROOTS = new Set(['02', '03', '04', '05', '08']);
/** Acts addressed to someone (appeals, demands, criticism, threats, protests), as CAMEO roots. */
const ADDRESSED_ROOTS = new Set(['02', '10', '11', '12', '13', '14']);

function finalizeEvent(
  draft: DraftEvent,
  dyads: readonly { pair: DyadPair; salience: number }[],
  extraPairs: ReadonlySet<DyadPair>,
  out: ExtractedEvent[],
  /** The states whose speech act this is, told at the same trigger (speech acts only). */
  together: ReadonlySet<Iso3> | undefined,
  /** The states each state acts against by name elsewhere in the article. */
  namedTargets: ReadonlyMap<Iso3, ReadonlySet<Iso3>> = new Map(),
): void {
  const { pattern, mutual, mutualPair, oneSided } = draft;
  // A fresh object: pushed as is when the draft gives one event, copied (withSides) for each further one.
  const event = publicEvent(draft);
  if (draft.placeOnly) {
    out.push(event);
    return;
  }
  if (draft.armedGroup) {
    if (!event.actor) event.actor = { ...draft.armedGroup };
    else if (!event.target) event.target = { ...draft.armedGroup };
  }
  const a = event.actor?.country ?? null;
  const b = event.target?.country ?? null;
  let pair: DyadPair | null = null;
  const top = dyads[0];
  const root = event.cameo.slice(0, 2);
  // "Kyrgyz authorities detained more than 20 activists": an arrest of no named foreigners is domestic.
  if (pattern.type === 'arrest' && !b && !mutual) {
    out.push(event);
    return;
  }
  if (a && b && a !== b) {
    pair = areLandNeighbours(a, b) || extraPairs.has(dyadPair(a, b)) ? dyadPair(a, b) : null;
    // A mediator talking to one side ("Malaysia hosted Thai officials") acts on the article's main dyad.
    const direct = dyads.find((d) => d.pair === pair)?.salience ?? 0;
    if (
      top &&
      TO_BOTH_SIDES_ROOTS.has(root) &&
      top.pair.includes(b) &&
      !top.pair.includes(a) &&
      top.salience > direct
    ) {
      pair = top.pair;
    }
  } else {
    const known = a ?? b;
    // States denouncing together are not each other's other side (those meeting together are, and
    // so are those blaming each other: "with both sides blaming the other").
    const apart = a && !pattern.reciprocal ? together : undefined;
    const withKnown = known
      ? dyads.find(
          (d) => d.pair.includes(known) && !(apart && [...apart].some((c) => c !== a && d.pair.includes(c))),
        )
      : undefined;
    // A side of no dyad ("blamed RED-Tabara for an attack" on Burundi, in a report on Iran and
    // Pakistan) makes the act no dyad's, not one between the article's main pair.
    pair = withKnown?.pair ?? (known ? null : (dyads[0]?.pair ?? null));
    // "The two countries broke diplomatic relations over a standoff that centers on Western Sahara":
    // the two of the article's main dyad; a state named later in the clause is not one of them.
    if (mutual && !mutualPair && !a && b && top && !top.pair.includes(b)) {
      pair = top.pair;
      event.target = null;
    }
    // "the second deadly attack on Chinese workers" in a report on Afghanistan and Tajikistan: an
    // act of no named side on another state's civilians has no aggressor to pair them with.
    if (!a && b && event.target && CIVILIAN_ROLES.has(event.target.role) && top && !top.pair.includes(b))
      pair = null;
    // "Russia called on both sides to stop": a third party's appeal goes to the article's main dyad,
    // not to a dyad of its own with a neighbour the article names less.
    // (Not a step a state takes with its own border or forces: "South Africa reopened the
    // Beitbridge post" in a week's round-up is its own dyad's.)
    if (
      a &&
      top &&
      TO_BOTH_SIDES_ROOTS.has(root) &&
      !(root === '08' && withKnown) &&
      !top.pair.includes(a) &&
      top.salience > (withKnown?.salience ?? 0)
    ) {
      pair = top.pair;
    }
    // A mediator brings the article's main dyad together, not a dyad of its own with one side.
    if (MEDIATION_TYPES.has(pattern.type)) pair = dyads.find((d) => !a || !d.pair.includes(a))?.pair ?? null;
  }
  if (mutualPair) {
    // "Saudi Arabia and Jordan also condemned it": with no one named, whom they denounce is unknown.
    if (draft.jointDenunciation && !b) {
      event.pair = null;
      out.push(event);
      return;
    }
    const named = dyadPair(mutualPair[0], mutualPair[1]);
    // "Islamabad and Tehran pledged to step up cooperation against armed groups": what two states
    // act together against is no side; they act with each other.
    // "Ugandan and Congolese troops launched joint strikes against the ADF": allies fighting an
    // armed group together (of no state, or of one of theirs) fight no one between them.
    const armedGroup = !!event.target && ARMED_NON_STATE_ROLES.has(event.target.role);
    if (armedGroup && pattern.fight && (!b || mutualPair.includes(b))) {
      event.pair = null;
      out.push(event);
      return;
    }
    if (armedGroup && !b) event.target = null;
    // "Qatar and Saudi Arabia urged restraint": states appealing together, to the sides of the
    // article's main dyad, not to each other.
    if (
      top &&
      APPEAL_ROOTS.has(root) &&
      !top.pair.includes(mutualPair[0]) &&
      !top.pair.includes(mutualPair[1])
    ) {
      event.pair = top.pair;
      const role = event.actor?.role ?? 'GOV';
      for (const appealer of mutualPair)
        for (const side of [top.pair.slice(0, 3), top.pair.slice(4)] as Iso3[])
          out.push(withSides(event, { country: appealer as Iso3, role }, { country: side, role: 'GOV' }));
      return;
    }
    // "Mali and Niger recalled their ambassadors from Algeria": each of the two acts on a third state.
    if (b && !pattern.twoSided && !mutualPair.includes(b)) {
      const role = event.actor?.role ?? 'GOV';
      for (const side of mutualPair as [Iso3, Iso3]) {
        const copy = withSides(event, { country: side, role }, event.target);
        const sidePair = dyadPair(side, b);
        copy.pair = areLandNeighbours(side, b) || extraPairs.has(sidePair) ? sidePair : null;
        out.push(copy);
      }
      return;
    }
    if (areLandNeighbours(mutualPair[0], mutualPair[1]) || extraPairs.has(named)) pair = named;
  }
  event.pair = pair;
  if (!pair) {
    out.push(event);
    return;
  }
  // The two codes of "AAA-BBB" (pair.split('-') without the array).
  const dash = pair.indexOf('-');
  const x = pair.slice(0, dash) as Iso3;
  const y = pair.slice(dash + 1) as Iso3;
  // "Both sides agreed to ask the OSCE to dissolve the Minsk Group": what the two ask of a body of
  // no state they do not ask of each other.
  if (mutual && draft.bodyAddressed && ADDRESSED_ROOTS.has(root)) {
    event.pair = null;
    out.push(event);
    return;
  }
  if (mutual) {
    const role = event.actor?.role ?? 'GOV';
    out.push(
      withSides(event, { country: x, role }, { country: y, role }),
      withSides(event, { country: y, role }, { country: x, role }),
    );
    return;
  }
  const defaultRole: ActorRef['role'] = pattern.twoSided ? 'MIL' : 'GOV';
  const aParty = a !== null && pair.includes(a);
  const bParty = b !== null && pair.includes(b);

  // The missing side of an event between the two states is the other state.
  // A rebel group hitting an unnamed target or another armed group ("ELN fighters attacked former
  // FARC members") is an internal matter, not a dyad's, and civilians of no named state are no side
  // ("tens of thousands of refugees have crossed into Sudan").
  // Armed men of a named state firing across ("armed men fired on a boat from the Venezuelan side")
  // hit the other side, as that state's forces would; so do those whose toll is the other side's
  // ("six of its soldiers were wounded when a Venezuelan criminal gang opened fire on a military boat").
  const otherSide = a === x ? y : x;
  const armedAcross = !b && (!!draft.firedAcross || (aParty && !!draft.namedVictims?.includes(otherSide)));
  if (
    event.actor &&
    NON_STATE_ROLES.has(event.actor.role) &&
    ((!bParty && !armedAcross) ||
      (!event.actor.country && CIVILIAN_ROLES.has(event.actor.role)) ||
      (event.target !== null && ARMED_NON_STATE_ROLES.has(event.target.role)))
  ) {
    event.pair = null;
    out.push(event);
    return;
  }
  // A state against rebels or militias of no named state is no interstate act ("accused militias of attacks").
  if (event.target && !event.target.country && ARMED_NON_STATE_ROLES.has(event.target.role)) {
    // A speech act's object is not its addressee ("rejected a claim that it helped militants"): left to the
    // dyad; but an accusation of the group itself ("blamed the PKK") accuses no state.
    if (!SPEAKER_ROOTS.has(root) || event.type === 'accusation') {
      event.pair = null;
      out.push(event);
      return;
    }
    event.target = null;
  }

  // "the government was holding peace talks with the ELN": an unnamed (or no) government dealing with
  // an armed group of a state is that state's own, an internal matter, not the neighbour's.
  if (
    event.target?.country &&
    ARMED_NON_STATE_ROLES.has(event.target.role) &&
    (!event.actor || (!isNamed(event.actor) && STATE_ROLES.has(event.actor.role)))
  ) {
    event.pair = null;
    out.push(event);
    return;
  }
  // "blamed armed herders who pass through the area": a charge laid on people of no named state is
  // no charge against a neighbour (a group the table gives a state, as Hezbollah, still names it).
  if (root === '11' && event.target && !event.target.country && NON_STATE_ROLES.has(event.target.role)) {
    event.pair = null;
    out.push(event);
    return;
  }
  if (aParty) {
    const counterpart = a === x ? y : x;
    // "Eritrean forces fought alongside Ethiopia's federal army": an ally is no other side; nor is a
    // neighbour of a state fighting its own armed group at home.
    if (!event.target?.country && (draft.ally === counterpart || draft.ownGroupFought)) {
      event.pair = null;
      out.push(event);
      return;
    }
    // "Romania summoned Russia's ambassador ... Romania would not hesitate to shoot down drones": a
    // speech act with no one named is not on a neighbour the speaker names no act on, when it names
    // another state it acts on (one it shares no border with).
    const named = namedTargets.get(a as Iso3);
    if (!event.target && SPEAKER_ROOTS.has(root) && named && !named.has(counterpart)) {
      event.pair = null;
      out.push(event);
      return;
    }
    // "Kazakh police shot dead one suspect in a raid on a smuggling ring": police acting on people
    // no one names enforce the law at home (border police are forces, ROLE_WORDS.MIL).
    if (!event.target && event.actor?.role === 'COP') {
      event.pair = null;
      out.push(event);
      return;
    }
    if (!event.target)
      event.target = {
        country: counterpart,
        role: draft.civilianToll ? 'CVL' : pattern.twoSided ? fightRole(event.actor?.role) : 'GOV',
      };
    else if (!event.target.country && !INTERNATIONAL_BODIES.has(event.target.role))
      event.target = { ...event.target, country: counterpart };
  } else if (
    bParty &&
    (!event.actor || (!event.actor.country && STATE_ROLES.has(event.actor.role))) &&
    root !== '02' &&
    // "after the assassination of the Haitian president": a political murder of no named doer is
    // no neighbour's deed.
    !(pattern.type === 'assassination' && !event.actor)
  ) {
    event.actor = { ...(event.actor ?? { role: defaultRole }), country: b === x ? y : x };
  }
  // Threats, accusations and rejections need a speaker: "officials warned residents" is no party's act.
  if (!event.actor && SPEAKER_ROOTS.has(root)) return;
  const actorParty = event.actor?.country != null && pair.includes(event.actor.country);
  const targetParty = event.target?.country != null && pair.includes(event.target.country);

  // A denial speaks for one side only ("our soldiers are not fighting there").
  const mirrored = !oneSided && (MUTUAL_TYPES.has(event.type) || (pattern.reciprocal && !event.negated));
  if (actorParty && targetParty && mirrored) {
    // "This latest confrontation left 15 Afghan civilians dead": the dead are no side of the fight;
    // their state's forces are.
    const other =
      pattern.fight && event.target && CIVILIAN_ROLES.has(event.target.role)
        ? { ...event.target, role: 'MIL' as const }
        : event.target;
    out.push(event, withSides(event, other, event.actor));
    return;
  }
  // "Turkey and Somalia agreed to a defence agreement": a third state's step taken with one side,
  // named with it as one subject, is the two's alone (no mediation between the dyad's sides).
  const paired = draft.pairedSubject?.filter((state) => pair.includes(state)).length;
  if (paired === 1) return;
  if (!actorParty && !targetParty) {
    const thirdParty = event.actor !== null;
    if (!thirdParty && (pattern.reciprocal || MUTUAL_TYPES.has(event.type))) {
      out.push(
        withSides(event, { country: x, role: defaultRole }, { country: y, role: defaultRole }),
        withSides(event, { country: y, role: defaultRole }, { country: x, role: defaultRole }),
      );
      return;
    }
    // A third party's own meeting ("the Security Council held a meeting") is no consultation with the sides,
    // nor are its own forces pulled back ("days after U.S. troops pulled back from the border area")
    // a step down between them.
    const ownMeeting = root === '04' && !MEDIATION_TYPES.has(pattern.type) && !event.target;
    // Steps down a state takes with its own forces: a third party's are none of the dyad's.
    const ownForces = thirdParty && OWN_FORCES_STEPS.has(event.type);
    if (TO_BOTH_SIDES_ROOTS.has(root) && (thirdParty || root === '02') && !ownMeeting && !ownForces) {
      out.push(
        withSides(event, event.actor, { country: x, role: 'GOV' }),
        withSides(event, event.actor, { country: y, role: 'GOV' }),
      );
      return;
    }
  }
  const unnamedActor = !event.actor?.country && !event.actor?.org;
  if (unnamedActor && targetParty && MUTUAL_TYPES.has(event.type) && !oneSided) {
    // "before a ceasefire halted the fighting": an accord of no named party binds both sides.
    out.push(
      withSides(event, { country: x, role: defaultRole }, { country: y, role: defaultRole }),
      withSides(event, { country: y, role: defaultRole }, { country: x, role: defaultRole }),
    );
    return;
  }
  // "The United States urged Baku to halt the offensive": an appeal to one side named goes to it alone.
  if (!actorParty && targetParty && root === '02' && draft.oneAddressee) {
    out.push(event);
    return;
  }
  if (!actorParty && targetParty && TO_BOTH_SIDES_ROOTS.has(root)) {
    // A mediator speaks to both: "held calls with the Kyrgyz and Tajik councils".
    const role = event.target?.role ?? 'GOV';
    out.push(
      withSides(event, event.actor, { country: x, role }),
      withSides(event, event.actor, { country: y, role }),
    );
    return;
  }
  // A third party's act on nobody of the dyad ("the Security Council held a meeting") is not the dyad's.
  if (!actorParty && !targetParty) return;
  // Nobody doing nothing to nobody: a cue without parties ("officials warned of delays") is no dyad event,
  // nor is an act of unnamed people on unnamed people ("volunteers were killed in the fighting").
  if (!isNamed(event.actor) && !isNamed(event.target)) return;
  out.push(event);
}

/** Helpers of finalizeEvent and dedupe live at module level: they run per event (pair). */
function fightRole(role: ActorRef['role'] | undefined): ActorRef['role'] {
  // Armed men of no state ("armed men fired from the Venezuelan side") are met by forces.
  return role === 'GOV' || role === 'CVL' || !role || ARMED_NON_STATE_ROLES.has(role) ? 'MIL' : role;
}

function isNamed(ref: ActorRef | null): boolean {
  return !!ref && (!!ref.country || !!ref.org);
}

/**
 * The public fields of a draft (listed, not rest-copied: this runs for every event of every article).
 * `pair` comes last, where the spread copies this replaced put it, so the JSON keeps its key order.
 */
function publicEvent(draft: DraftEvent): ExtractedEvent {
  return {
    cameo: draft.cameo,
    type: draft.type,
    polarity: draft.polarity,
    actor: draft.actor,
    target: draft.target,
    date: draft.date,
    dateApproximate: draft.dateApproximate,
    negated: draft.negated,
    alleged: draft.alleged,
    threat: draft.threat,
    historical: draft.historical,
    source: draft.source,
    killed: draft.killed,
    injured: draft.injured,
    weapons: draft.weapons,
    weaponCategories: draft.weaponCategories,
    evidence: draft.evidence,
    pair: null,
  };
}

/** A copy of a finalized event with other sides: `{ ...event, actor, target }` without the spread. */
function withSides(event: ExtractedEvent, actor: ActorRef | null, target: ActorRef | null): ExtractedEvent {
  const copy = copyEvent(event);
  copy.actor = actor;
  copy.target = target;
  // A side telling of its own part in a clash alleges nothing: "Indian and Chinese troops clashed,
  // India said" is an allegation against China only.
  if (copy.alleged && copy.source !== null && copy.source === actor?.country) copy.alleged = false;
  return copy;
}

/**
 * Two mentions of one event: same root, sides (by state: "Hezbollah" and "Lebanese forces" are one
 * side), modality, and day (a day apart when both are exact: "late on Wednesday" told again on
 * Thursday), and the same means of force (a later "they used tanks" is news; a second "opened
 * fire", told once by each side, is the same shooting). One side's claim and the other's account of one
 * incident are one event, kept with the first telling's flags.
 * This key holds every part but the day and the means; they are compared by sameDay and sameMeans.
 */
function incidentKey(e: ExtractedEvent): string {
  const flags = (e.negated ? 4 : 0) + (e.historical ? 2 : 0) + (e.threat ? 1 : 0);
  // Separated by a control character, which neither codes nor the tables' names contain.
  // Uses of force and meetings merge by root (one shooting told as "fired" and as "shelled", one
  // meeting as "met" and as "talks"); other acts by kind: a truce, a pullback and a prisoner
  // release agreed on one day are three acts of root 08.
  const root = e.cameo.slice(0, 2);
  const kind = ROOT_MERGED.has(root) ? root : e.type;
  return `${kind}\u0001${sideOf(e.actor)}\u0001${sideOf(e.target)}\u0001${flags}`;
}

/**
 * The same means of force: the same weapons' kinds, or one telling names none and has the other's
 * code and kind of target ("a Syrian mortar bomb that killed five civilians ... The Syrian shell hit
 * a house": both artillery on civilians, 194).
 */
function sameMeans(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (meansOf(a) === meansOf(b)) return true;
  const named = (e: ExtractedEvent) => (e.weaponCategories ?? []).length > 0;
  return a.cameo === b.cameo && a.target?.role === b.target?.role && (!named(a) || !named(b));
}

/** A code that names its root's act without a kind: "190" (force, unspecified), "040" (consult). */
function isUnspecified(cameo: string): boolean {
  return cameo.length === 2 || (cameo.length === 3 && cameo.endsWith('0'));
}

const INCURSION_CODE = '192';

/** Kinds a retelling may give an unspecified act: force by its means, meetings by their form. */
const SPECIFIC_CODES = new Set(['193', '194', '195', '041', '042', '043', '044', '045', '046']);

/** Roots whose tellings of one day are one act whatever their kind: force, and meetings. */
const ROOT_MERGED = new Set([...FIGHT_ROOTS, '04']);

function sameDay(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (a.date === b.date) return true;
  if (!a.date || !b.date || a.dateApproximate || b.dateApproximate) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= DAY_MS;
}

function sideOf(ref: ActorRef | null): string {
  return ref ? (ref.country ?? ref.org ?? '') : '-';
}

function meansOf(e: ExtractedEvent): string {
  const categories = e.weaponCategories ?? [];
  if (categories.length === 0) return '';
  if (categories.length === 1) return categories[0]!;
  return [...categories].sort().join(',');
}
const DAY_MS = 86_400_000;

/**
 * The same event told twice (lead and quote, or by each side) is one event: it merges into the
 * first kept event of its incident. Kept events are grouped by incidentKey (in the order they were
 * kept), so an event is compared only with those it could be (the key holds no part a merge changes).
 */
function dedupe(events: ExtractedEvent[]): ExtractedEvent[] {
  const kept: ExtractedEvent[] = [];
  const byKey = new Map<string, ExtractedEvent[]>();
  for (const event of events) {
    const key = incidentKey(event);
    const group = byKey.get(key);
    let first: ExtractedEvent | undefined;
    if (group) {
      for (const k of group) {
        if (sameDay(k, event) && sameMeans(k, event)) {
          first = k;
          break;
        }
      }
    }
    if (!first) {
      kept.push(event);
      if (group) group.push(event);
      else byKey.set(key, [event]);
      continue;
    }
    // "clashed" and then "launched air strikes": the one act takes the code of its means (195), and
    // the sentence that gives it, not the unspecified one (190) it was first told by. Not a ceasefire
    // violation (196): the day's toll stays the clash's, not the later shots'.
    // "crossed into northern Kenya and shot dead three herders": shots fired in an incursion are its
    // graver act (and the toll is theirs).
    if ((isUnspecified(first.cameo) || first.cameo === INCURSION_CODE) && SPECIFIC_CODES.has(event.cameo)) {
      // The shots' own target (the herders) over the land entered.
      if (first.cameo === INCURSION_CODE) first.target = event.target;
      first.cameo = event.cameo;
      first.type = event.type;
      first.evidence = event.evidence;
    }
    first.weapons = [...new Set([...first.weapons, ...event.weapons])];
    first.weaponCategories = [
      ...new Set([...(first.weaponCategories ?? []), ...(event.weaponCategories ?? [])]),
    ];
    if (event.killed !== null) first.killed = Math.max(first.killed ?? 0, event.killed);
    if (event.injured !== null) first.injured = Math.max(first.injured ?? 0, event.injured);
  }
  return kept;
}

/** Acts on a crossing that a disaster, not a quarrel, explains in a story with no fighting. */
const SAFETY_CROSSING_TYPES: ReadonlySet<string> = new Set(['border-closure', 'border-reopening']);

/** Sentences back from an act of "both countries" within which the two are looked for. */
const RECENT_PAIR_REACH = 3;

/**
 * "ministers from both countries met": the candidate dyad whose two states the sentence or the
 * nearest ones before it name, where a story of several dyads tells of more than one (undefined
 * when that is the article's main dyad anyway, or none is named near).
 */
function recentPair(
  readings: readonly SentenceReading[],
  at: number,
  candidates: readonly { pair: DyadPair }[],
): [string, string] | undefined {
  const named = new Set<string>();
  for (let s = at; s >= Math.max(0, at - RECENT_PAIR_REACH); s--) {
    for (const c of readings[s]!.countries) named.add(c.iso3);
    const found = candidates.find((d) => d.pair.split('-').every((side) => named.has(side)));
    if (found) return found === candidates[0] ? undefined : (found.pair.split('-') as [string, string]);
  }
  return undefined;
}

/** CAMEO roots of cooperation: intent to cooperate, consultation, diplomatic and material cooperation, aid, demands for help. */
const COOPERATION_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06', '07', '10']);

/** Plain nouns of people, of no state unless one is named with them. */
const PLAIN_PEOPLE = new Set(['people', 'residents', 'villagers', 'locals', 'farmers', 'herders', 'youths']);

/**
 * "it is sad to think people fought over it": a fight whose only side is people of no named state
 * is no act of the article's two states (it would be filled in with their forces).
 */
function unnamedPeopleFight(draft: DraftEvent, reading: SentenceReading): boolean {
  return (
    !draft.actor &&
    !draft.target &&
    FIGHT_ROOTS.has(draft.cameo.slice(0, 2)) &&
    PLAIN_PEOPLE.has(reading.tokens[draft.at - 1]?.lower ?? '')
  );
}

/** An act of armed men of no state on a state: "Islamic State militants ambushed an Iraqi patrol". */
function groupActOnState(draft: DraftEvent): boolean {
  return (
    !!draft.actor &&
    !draft.actor.country &&
    ARMED_NON_STATE_ROLES.has(draft.actor.role) &&
    !!draft.target?.country &&
    !draft.armedGroup
  );
}

/**
 * The dyads of `state` whose other side its sentence names: an armed group's act on a state is
 * that border's news when the sentence ties it there ("near the border with Pakistan", "gunmen
 * coming from Syria"), not with every neighbour the article names elsewhere.
 */
function dyadsNamedWith<T extends { pair: DyadPair }>(
  dyads: readonly T[],
  state: Iso3,
  reading: SentenceReading,
): T[] {
  return dyads.filter((d) => {
    const other = d.pair.split('-').find((side) => side !== state);
    return !!other && reading.countries.some((c) => c.iso3 === other);
  });
}

/** A place as the extraction reports it. */
type ResolvedPlace = Extraction['entities']['places'][number];

/** How often each state is named in the article: homonymous places go to the states it names most. */
function countryMentions(readings: readonly SentenceReading[]): Map<Iso3, number> {
  const mentions = new Map<Iso3, number>();
  for (const reading of readings)
    for (const c of reading.countries) mentions.set(c.iso3, (mentions.get(c.iso3) ?? 0) + 1);
  return mentions;
}

/**
 * The article's places by name, each in one country, and the names whose country is only the
 * nearest one named in their sentence (`guessed`).
 */
function resolvePlaces(
  readings: readonly SentenceReading[],
  mentions: ReadonlyMap<Iso3, number>,
): { places: Map<string, ResolvedPlace>; guessed: ReadonlySet<string> } {
  const places = new Map<string, ResolvedPlace>();
  /** Places whose country is only the nearest one named in their sentence. */
  const guessed = new Set<string>();
  /** Guessed places by the gazetteer place they are coordinated with. */
  const listedWith = new Map<string, string>();
  for (const reading of readings) {
    // Countries of the sentence's places that have one reading: "Bahawalpur in Punjab province" is
    // Pakistan's Punjab, whichever country the article names more.
    let near: Set<Iso3 | null> | undefined;
    for (const place of reading.places) {
      // A country the text ties to a place outranks the nearest country guessed elsewhere.
      if (places.has(place.name) && !(guessed.has(place.name) && place.country && !place.guessed)) continue;
      near ??= new Set(
        reading.places.filter((p) => p.candidates.length === 1).map((p) => p.candidates[0]!.country),
      );
      const weight = (country: Iso3 | null) =>
        country === null ? 0 : (near!.has(country) ? 1_000_000 : 0) + (mentions.get(country) ?? 0);
      // Homonyms: the place in the country of its neighbours in the sentence, else in the one the
      // article talks about most. A minor place (a small border town) only in a country the article names.
      const ranked = place.candidates
        .filter((c) => !c.minor || (c.country !== null && mentions.has(c.country)))
        .sort((p, q) => weight(q.country) - weight(p.country));
      let best = ranked[0];
      // "the Algerian border town of Tin Zaouatine": the state the text ties a place to outranks the
      // gazetteer's homonym elsewhere (a town that straddles the border has a name on both sides).
      if (best && place.country && !place.guessed && best.country !== place.country)
        best = place.candidates.find((c) => c.country === place.country) ?? {
          name: place.name,
          country: place.country,
          lat: null,
          lon: null,
        };
      // Only minor places of countries the article does not name: a word, or a place elsewhere.
      if (!best && place.candidates.length > 0) continue;
      // "in Dobo-Korgon area of Aktam rural administration of Ala-Buka district, Jalal-Abad region":
      // a name the gazetteer lacks, in a sentence whose known places all lie in one state, lies there too.
      // It outranks the state named nearest ("..., where Uzbek border guards opened fire").
      const withKnown =
        !best &&
        place.candidates.length === 0 &&
        !place.seatOf &&
        !place.disputed &&
        (!place.country || place.guessed) &&
        !place.acrossFrom
          ? soleCountry(near)
          : null;
      places.set(place.name, {
        name: place.name,
        // A disputed place (no country in the gazetteer) stays in no country.
        country: best
          ? best.country
          : (place.seatOf ??
            withKnown ??
            place.country ??
            (place.acrossFrom ? neighbourNamedMost(place.acrossFrom, mentions) : null)),
        lat: best?.lat ?? null,
        lon: best?.lon ?? null,
      });
      if (!best && (place.guessed || withKnown)) guessed.add(place.name);
      else guessed.delete(place.name);
      if (!best && place.guessed && place.listedWith) listedWith.set(place.name, place.listedWith);
    }
  }
  // "in Surin and Sisaket provinces": a name the gazetteer lacks is in the country of the known
  // place it is listed with, not the sentence's nearest country.
  for (const [name, partner] of listedWith) {
    const place = places.get(name);
    const country = places.get(partner)?.country;
    if (place && guessed.has(name) && !guessed.has(partner) && country) {
      place.country = country;
      guessed.delete(name);
    }
  }
  return { places, guessed };
}

/** Words back from a mention within which "between" names it a side. */
const BETWEEN_REACH = 6;

/** Is the mention at `start` among the sides a "between" before it names? */
function sidesNamedBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - BETWEEN_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (tokens[k]!.lower === 'between') return true;
  }
  return false;
}

/**
 * Is an armed group told with a state's forces other than the target's ("accused Ethiopian troops
 * and allied militiamen of attacking"), so it fights on their side, not as the missing one?
 */
function alliedWithState(
  actors: SentenceReading['actors'],
  tokens: readonly Token[],
  group: { start: number },
  target: Iso3 | null | undefined,
): boolean {
  let k = group.start - 1;
  if (tokens[k]?.lower === 'allied' || tokens[k]?.lower === 'other') k--;
  if (tokens[k]?.lower !== 'and') return false;
  const before = actors.find((a) => a.end === k);
  return !!before?.actor.country && before.actor.country !== target;
}

/** Is there punctuation (a hyphen aside) strictly between tokens `from` and `to`? */
function punctuationBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') return true;
  return false;
}

/** The one state of a set, if it holds just one (and no disputed place's null). */
function soleCountry(countries: ReadonlySet<Iso3 | null>): Iso3 | null {
  if (countries.size !== 1) return null;
  const [only] = countries;
  return only ?? null;
}

/** The neighbour of `state` the article names most: the side of the border a place along it lies on. */
function neighbourNamedMost(state: Iso3, mentions: ReadonlyMap<Iso3, number>): Iso3 | null {
  let best: Iso3 | null = null;
  for (const [country, count] of mentions)
    if (areLandNeighbours(state, country) && count > (best ? (mentions.get(best) ?? 0) : 0)) best = country;
  return best;
}

/**
 * The places a dateline names that the body does not: "TALLINN, June 11 (Reuters) -" files the
 * report from Tallinn, a place of the story, though never an actor of its lead. Homonyms go to the
 * state the dateline's region names, else the one the article names most; a small place only to a
 * state the article names, as in the body. A city the gazetteer lacks is kept when its region is a
 * state ("IDABATO, Cameroon -").
 */
function datelinePlaces(
  dateline: DatelineSplit,
  mentions: ReadonlyMap<Iso3, number>,
  places: ReadonlyMap<string, ResolvedPlace>,
  published: Date | null,
): ResolvedPlace[] {
  if (dateline.cities.length === 0) return [];
  const regionCountry = readDatelinePart(dateline.region, published)?.countries[0]?.iso3 ?? null;
  const weight = (country: Iso3 | null) =>
    country === null ? 0 : (country === regionCountry ? 1_000_000 : 0) + (mentions.get(country) ?? 0);
  const known = new Set([...places.keys()].map(placeLookupKey));
  const found: ResolvedPlace[] = [];
  for (const city of dateline.cities) {
    const key = placeLookupKey(city);
    if (known.has(key)) continue;
    known.add(key);
    const candidates = lookupPlace(city);
    let best: PlaceCandidate | undefined;
    for (const candidate of candidates)
      if (
        (!candidate.minor || (candidate.country !== null && mentions.has(candidate.country))) &&
        (!best || weight(candidate.country) > weight(best.country))
      )
        best = candidate;
    if (best) found.push({ name: best.name, country: best.country, lat: best.lat, lon: best.lon });
    else if (regionCountry && candidates.length === 0)
      found.push({ name: titleCase(city), country: regionCountry, lat: null, lon: null });
  }
  return found;
}

/**
 * A part of the dateline read as a sentence, by the same lexicon as the body: its region's state
 * ("Malaysia", "Congo"), its agency ("AFP", "/TASS/.") when the organisation table knows it.
 */
function readDatelinePart(text: string | null, published: Date | null): SentenceReading | undefined {
  const [sentence] = text ? splitSentences(text) : [];
  return sentence ? readSentence(sentence, -1, false, published) : undefined;
}

/** "MAE HONG SON" as "Mae Hong Son", "N'DJAMENA" as "N'djamena": a capitalised name as a name. */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

function collectEntities(
  readings: readonly SentenceReading[],
  mentions: ReadonlyMap<Iso3, number>,
  places: ReadonlyMap<string, ResolvedPlace>,
  datelined: readonly ResolvedPlace[],
  agencies: SentenceReading['organizations'],
): Extraction['entities'] {
  const lexicon = getLexicon();
  const countries = [...mentions.entries()]
    .map(([iso3, count]) => ({ iso3, name: lexicon.countries.get(iso3)?.name ?? iso3, mentions: count }))
    .sort((x, y) => y.mentions - x.mentions || compareCodes(x.iso3, y.iso3));

  const organizations = new Map<string, { name: string; acronym: string | null }>();
  for (const org of agencies) organizations.set(org.name, { name: org.name, acronym: org.acronym });
  const people = new Map<string, { name: string; title: string | null }>();
  const weapons = new Map<string, Extraction['entities']['weapons'][number]>();
  // "Therese Kayikwamba Wagner", then "Kayikwamba Wagner said": a surname of the article's people is
  // no organisation of that name.
  const surnames = new Set(readings.flatMap((r) => r.people.map((p) => p.name.split(' ').at(-1) ?? '')));
  for (const reading of readings) {
    for (const org of reading.organizations) {
      const key = org.acronym ?? org.name;
      const asSurname = (a: ActorMention) => a.actor.org === key && surnames.has(a.text);
      if (
        !org.acronym &&
        reading.actors.some(asSurname) &&
        !reading.actors.some((a) => a.actor.org === key && !asSurname(a))
      )
        continue;
      organizations.set(org.name, { name: org.name, acronym: org.acronym });
    }
    for (const person of reading.people)
      if (!people.has(person.name)) people.set(person.name, { name: person.name, title: person.title });
    for (const weapon of reading.weapons)
      weapons.set(weapon.name, { name: weapon.name, category: weapon.category });
  }
  return {
    countries,
    organizations: [...organizations.values()],
    people: mergeShortNames([...people.values()]),
    places: [...datelined, ...places.values()],
    weapons: [...weapons.values()],
  };
}
