/**
 * Pronoun subjects across sentences: "Kyrgyzstan's border service said ... He accused Tajikistan
 * of ..." — "he" is the side that spoke or acted last. Wire reports keep one speaker per paragraph,
 * so the topic is the source of the latest sentence that names one, else its first acting state.
 */

import type { ActorRef } from '../model';
import { QUOTE_MARKS, type Token } from '../text/tokenize';
import { ARMED_NON_STATE_ROLES } from './data/actors';
import { REGIONAL_NAMES, type RegionalName } from './data/countries';
import { WEEKDAY_NAMES } from './data/cues';
import { officialBySurname } from './data/officials';
import { areLandNeighbours } from './dyads';
import { findSource, isPastVerb, ORDERING_VERBS, PERFECT_AUXILIARIES, REPORTING } from './events';
import { type ActorMention, NEIGHBOUR_WORDS, POSSESSIVES, type SentenceReading } from './mentions';

/** Subject pronouns that stand for the last speaker; "it" only before a verb of saying or acting. */
const PERSONAL = new Set(['he', 'she', 'they']);
/** After "it", words that make it a dummy subject ("it was not possible", "it is unclear"). */
const DUMMY_IT_NEXT = new Set(['was', 'is', 'has', 'had', 'remains', 'remained', 'seems', 'appears', "'s"]);
/** Modals after which "it" acts: "said it would", "said it will". */
const MODALS = new Set(['would', 'will', 'could', 'might']);
/** Every word the pronoun loop reads: one lookup turns away the other tokens. */
const PRONOUN_WORDS = new Set([...PERSONAL, ...POSSESSIVES, 'it']);

/** Forms of "be" before an -ing form: "they were recalling" (a progressive, not a passive). */
const PROGRESSIVE_BE = new Set(['was', 'were', 'is', 'are']);

/** Adverbs and auxiliaries that may sit between a subject pronoun and its verb ("he also said", "they had fired"). */
const BEFORE_VERB = new Set([
  'also',
  'then',
  'later',
  'had',
  'has',
  'have',
  'again',
  'further',
  'repeatedly',
  // "Both sides said they had since disengaged", "they have already pulled back".
  'since',
  'already',
  'now',
  'just',
  'jointly',
]);

function verbFollows(reading: SentenceReading, from: number): boolean {
  let k = from;
  while (k < from + 2 && BEFORE_VERB.has(reading.tokens[k]?.lower ?? '')) k++;
  // "they were recalling": a progressive; "they were shelled" is a passive, its subject no actor.
  if (PROGRESSIVE_BE.has(reading.tokens[k]?.lower ?? '') && reading.tokens[k + 1]?.lower.endsWith('ing')) k++;
  const word = reading.tokens[k]?.lower ?? '';
  return REPORTING.has(word) || reading.triggers.some((t) => t.start === k);
}

function topicOf(reading: SentenceReading): ActorMention | undefined {
  const source = findSource(reading)?.mention;
  // '"Rwandan soldiers are not fighting in Congo," said a spokeswoman': the states a quotation
  // names are not its speaker.
  const quoted = QUOTE_MARKS.has(reading.tokens[0]?.text ?? '') ? quotedTokens(reading.tokens) : undefined;
  if (source && (source.actor.country || source.mutual) && !quoted?.[source.start]) return source;
  // "Government spokesman Patrick Muyaya said Rwandan troops had taken part in attacks": a teller
  // of no state named speaks for the topic so far, not for the states it tells of.
  if (
    !source?.actor.country &&
    reading.people.some((p) => !p.actor?.country && REPORTING.has(reading.tokens[p.end]?.lower ?? ''))
  )
    return undefined;
  return reading.actors.find(
    (a) => !a.locative && (a.actor.country || a.mutual) && a.start <= 8 && !quoted?.[a.start],
  );
}

/**
 * Adds, in place, an actor mention for each pronoun subject and possessive (a copy of its antecedent),
 * and gives unnamed opening forces the topic's state. Runs once per article, before events are read.
 */
export function resolvePronouns(readings: readonly SentenceReading[]): void {
  let topic: ActorMention | undefined;
  /** The last state named with each role: what "the military" or "the government" goes back to. */
  const lastOfRole = new Map<string, { country: string; at: number }>();
  /** The last state of one person named by role and head word: what "the soldier" goes back to. */
  const lastPersonOf = new Map<string, string>();
  /** The state of the organ named last by each head word ("Azerbaijan's defense ministry"): what "the ministry" goes back to. */
  const lastOfHead = new Map<string, { country: string; at: number }>();
  /** People named with their state ("Azerbaijan's president Ilham Aliyev"), by surname. */
  const bySurname = new Map<string, ActorRef>();
  const regional = regionalNamesOf(readings);
  /** Whom the sentence before told to act ("The UPDF told the FARDC to hand over their weapons"). */
  let addressee: ActorMention | undefined;
  for (const reading of readings) {
    if (reading.inTitle) continue;
    const { tokens, actors } = reading;
    if (regional.size > 0) nameRegionalStates(reading, regional);
    // "Pakistan Army troops responded": a role word right after a state's organ is that organ's.
    for (let i = 1; i < actors.length; i++) {
      const a = actors[i]!;
      const before = actors[i - 1]!;
      if (
        !a.actor.country &&
        before.end === a.start &&
        before.actor.country &&
        before.actor.role === a.actor.role
      )
        a.actor = { ...a.actor, country: before.actor.country };
      // "the two countries' military chiefs spoke by phone": the organs of both, acting together.
      else if (
        !a.actor.country &&
        !a.actor.org &&
        before.mutual &&
        before.end === a.start - 1 &&
        POSSESSIVE_MARKS.has(tokens[before.end]!.text)
      ) {
        a.mutual = true;
        if (before.pair) a.pair = before.pair;
      }
    }
    // "A gunman who drove a truck from Jordan opened fire": where an armed man of no state came from
    // is his side, as "a Jordanian gunman" would be.
    for (const a of actors) {
      if (a.actor.country || a.mutual || a.actor.org || !ARMED_NON_STATE_ROLES.has(a.actor.role)) continue;
      if (tokens[a.end]?.lower !== 'who') continue;
      const origin = actors.find(
        (b) =>
          b.start > a.end &&
          b.start - a.end <= ORIGIN_REACH &&
          b.actor.country &&
          tokens[b.start - 1]?.lower === 'from' &&
          !tokens.slice(a.end, b.start).some((t) => t.kind === 'punct'),
      );
      if (origin) a.actor = { ...a.actor, country: origin.actor.country };
    }
    // Tokens inside quotation marks: a quotation's mentions are never a pronoun's antecedent outside it.
    // Made when first needed (a pronoun's antecedent, or the organs the sentence names).
    let quoted: boolean[] | undefined;
    // "Pakistan's military said ... The military said its troops had responded": a definite role
    // word with no state, before any state of its sentence, is the one of that role named last.
    for (const a of actors) {
      if (a.actor.country) break;
      // A junta is an army in power: "the junta" goes back to the state whose military was named last.
      const junta = tokens[a.end - 1]?.lower === 'junta';
      // "the soldier" is the soldier told before, not the army ("a man in a Congolese uniform ... the
      // Rwandan military said ... the soldier began shooting"): one person goes back to one person.
      const head = tokens[a.end - 1]?.lower ?? '';
      // "Azerbaijan's defense ministry reported ... The ministry claimed": the organ of that name
      // told last, whatever its role.
      // "following accusations that the Ethiopian army executed ... the Sudanese armed forces said
      // ... The army said": the organ of that name unless a state's organ of that role was named since.
      const byHead = lastOfHead.get(head);
      const byRole = lastOfRole.get(junta ? 'MIL' : a.actor.role);
      const country = SINGLE_PERSON_HEADS.has(head)
        ? lastPersonOf.get(`${a.actor.role}|${head}`)
        : (byHead && (!byRole || byHead.at >= byRole.at) ? byHead : byRole)?.country;
      if (!country || a.mutual || a.actor.org || a.locative || !DEFINITE_ROLES.has(a.actor.role)) continue;
      if (tokens[a.start]?.lower !== 'the' && tokens[a.start - 1]?.lower !== 'the') continue;
      if (reading.countries.some((c) => c.start < a.start)) break;
      a.actor = { ...a.actor, country };
    }
    // "Serbia's President Aleksandar Vucic has ordered the army to be placed on": the forces a
    // state's leader orders are that state's.
    for (const a of actors) {
      if (a.actor.country || a.mutual || a.locative || a.actor.org || a.actor.role !== 'MIL') continue;
      const verbAt = a.start - (tokens[a.start - 1]?.lower === 'the' ? 2 : 1);
      if (!ORDERING_VERBS.has(tokens[verbAt]?.lower ?? '')) continue;
      const leader = actors.findLast(
        (b) => b.end <= verbAt && !!b.actor.country && !b.locative && b.actor.role === 'GOV',
      );
      if (leader) a.actor = { ...a.actor, country: leader.actor.country };
    }
    // "North Korean leader Kim Jong Un declared ..., and since then the regime has laid mines": a
    // regime is the government of the state whose leadership its sentence named before it.
    for (const a of actors) {
      if (a.actor.country || !a.definite || tokens[a.end - 1]?.lower !== 'regime') continue;
      const ruler = actors.findLast(
        (b) =>
          b.end <= a.start &&
          !!b.actor.country &&
          !b.locative &&
          RULER_HEADS.has(tokens[b.end - 1]?.lower ?? ''),
      );
      if (ruler) a.actor = { ...a.actor, country: ruler.actor.country };
    }
    // "A Surinamese spokeswoman insisted that the coast guard had not fired": a definite force no
    // state named before explains is the speaker's own, told in what the speaker said.
    for (const a of actors) {
      if (a.actor.country || a.mutual || a.locative || a.actor.org || !FORCE_ORGAN_ROLES.has(a.actor.role))
        continue;
      const article = tokens[a.start]?.lower === 'the' ? a.start : a.start - 1;
      if (tokens[article]?.lower !== 'the') continue;
      const said = tokens[article - 1]?.lower === 'that' ? article - 2 : article - 1;
      // ("said the boats carried no licences, and insisted that": the subject of the first saying.)
      const coordinated = tokens[said - 1]?.lower === 'and';
      const speaker = REPORTING.has(tokens[said]?.lower ?? '')
        ? actors.find(
            (b) =>
              !!b.actor.country &&
              !b.locative &&
              (b.end === said ||
                (coordinated &&
                  b.end < said &&
                  // "the defence ministry spokeswoman said": past the speaker's title.
                  (REPORTING.has(tokens[b.end]?.lower ?? '') ||
                    REPORTING.has(tokens[b.end + 1]?.lower ?? '')))),
          )
        : undefined;
      if (speaker) a.actor = { ...a.actor, country: speaker.actor.country };
    }
    // "the ministry" that no state named before explains is no actor (mentions.ts, definite).
    for (let i = actors.length - 1; i >= 0; i--)
      if (actors[i]!.definite && !actors[i]!.actor.country) actors.splice(i, 1);
    // "Guyana's president said the country's military was on alert": "the country's" forces are
    // those of the state named before them in the sentence, else of the topic; so are "his
    // country's defence forces" (one word may stand between "'s" and the role).
    for (const a of actors) {
      if (a.actor.country || a.mutual) continue;
      const owned = tokens[a.start - 1]?.lower === "'s" ? a.start - 1 : a.start - 2;
      if (tokens[owned]?.lower !== "'s" || !COUNTRY_NOUNS.has(tokens[owned - 1]?.lower ?? '')) continue;
      const determiner = tokens[owned - 2]?.lower ?? '';
      if (determiner !== 'the' && !PERSONAL_POSSESSIVES.has(determiner)) continue;
      const owner = actors.find((b) => b.end <= owned - 2 && b.actor.country && !b.locative) ?? topic;
      if (owner?.actor.country) a.actor = { ...a.actor, country: owner.actor.country };
    }
    // People named with their office, this sentence's first: "Bangladeshi Home Minister Asaduzzaman
    // Khan told reporters" speaks for Bangladesh, past the title between.
    for (const person of reading.people) {
      const surname = person.name.split(' ').at(-1);
      const office = person.actor ?? officeNamedWith(reading, person)?.actor;
      if (office?.country && surname && person.name.includes(' ')) bySurname.set(surname, office);
    }
    // "Azerbaijan's president Ilham Aliyev said ... Aliyev demanded": a surname told again, before a
    // verb, is that person, acting for their state. Before the pronouns: "Pashinyan said he had
    // appealed" is Armenia's appeal, not one of the state the sentence before named.
    // "Putin said": an official the table knows (data/officials.ts) is so too, named before or not.
    const surnames: ActorMention[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.cap) continue;
      let known = bySurname.get(token.text);
      // "Mr Hun Sen accused": a full name the table keys whole ("hun sen"), after a title it lacks.
      const fullName = tokens[k - 1]?.cap ? `${tokens[k - 1]!.lower} ${token.lower}` : '';
      const twoWords =
        !known && !officialBySurname(token.lower) && !!fullName && !!officialBySurname(fullName);
      if (!known) {
        const state = officialBySurname(token.lower) ?? (twoWords ? officialBySurname(fullName) : undefined);
        if (state) known = { country: state, role: 'GOV' };
      }
      // "Burhan's administration had lodged the complaint": a known leader's organ is their state's.
      const organ =
        known && tokens[k + 1]?.lower === "'s"
          ? actors.find((a) => a.start === k + 2 && !a.actor.country && !a.mutual && !a.actor.org)
          : undefined;
      if (organ && known) {
        organ.actor = { ...organ.actor, country: known.country };
        continue;
      }
      // "thanking Trump for his mediation": the one thanked, named for what he did.
      const thanked = THANKING.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower === 'for';
      // "Maduro gave Colombian diplomats 24 hours to leave": a known official before any past verb acts.
      if (
        !known ||
        actors.some((a) => a.start <= k && a.end > k) ||
        !(thanked || verbFollows(reading, k + 1) || isPastVerb(tokens[k + 1]?.lower ?? ''))
      )
        continue;
      const start = twoWords ? k - 1 : k;
      if (twoWords && actors.some((a) => a.start <= start && a.end > start)) continue;
      surnames.push({
        start,
        end: k + 1,
        text: twoWords ? `${tokens[k - 1]!.text} ${tokens[k]!.text}` : tokens[k]!.text,
        actor: { ...known },
        locative: false,
      });
    }
    if (surnames.length > 0) {
      actors.push(...surnames);
      actors.sort((a, b) => a.start - b.start);
    }
    const added: ActorMention[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const word = tokens[k]!.lower;
      if (!PRONOUN_WORDS.has(word)) continue;
      const possessive = POSSESSIVES.has(word);
      if (actors.some((a) => a.start <= k && a.end > k)) continue;
      const next = tokens[k + 1]?.lower ?? '';
      // "it was", "it had": a dummy subject ("it had been reported") unless an act follows the auxiliary.
      const auxiliaryIt = word === 'it' && DUMMY_IT_NEXT.has(next);
      // "Brazil said it had reinforced its border": not a dummy.
      const personal =
        PERSONAL.has(word) ||
        (word === 'it' &&
          (!auxiliaryIt || ((next === 'had' || next === 'has') && verbFollows(reading, k + 1))));
      // A possessive before a role word: the role's owner ("its forces", "their troops").
      const owned = possessive ? actors.find((a) => a.start === k + 1 && !a.actor.country) : undefined;
      // "Poland said a Russian drone entered its airspace from Belarus": the owner's land, sea or sky.
      const territory = possessive && !owned && TERRITORY_NOUNS.has(tokens[k + 1]?.lower ?? '');
      if (!personal && !owned && !territory && !(possessive && k === 0)) continue;
      // A pronoun is an actor only as the subject of saying or of an event ("he warned", "they accused").
      // "Mauritania's army said it would not tolerate ... and had reinforced its positions": after a
      // verb of saying, "it" before a modal is the speaker, whatever verb the modal carries.
      // "Finland said on Tuesday it would close": past the day of the saying.
      const sayAt = REPORTING.has(tokens[k - 1]?.lower ?? '')
        ? k - 1
        : tokens[k - 1]?.cap && tokens[k - 2]?.lower === 'on'
          ? k - 3
          : tokens[k - 1]?.cap
            ? k - 2
            : -1;
      // "The two governments said they would reopen": "they" too; "the president has announced he
      // will close" is the president's.
      const saidModal =
        (word === 'it' || PERSONAL.has(word)) &&
        sayAt >= 0 &&
        REPORTING.has(tokens[sayAt]?.lower ?? '') &&
        MODALS.has(next);
      if (personal && !verbFollows(reading, k + 1) && !saidModal) continue;
      // The antecedent: the sentence's subject before it ("Azerbaijan denied that its troops", "Brazil,
      // which borders both, said it"), else the topic; an unnamed subject ("Police said they") resolves to nothing.
      // "it had" names the sentence's own subject only ("The mission said it had increased patrols": not
      // a state of an earlier sentence).
      // '"... attack Cambodian territory," she told reporters': who is quoted is not who speaks.
      quoted ??= quotedTokens(tokens);
      const inQuote = quoted;
      // "Armenia and Azerbaijan clashed, as Russia said it had brokered a ceasefire": right after a
      // verb of saying, the pronoun is its speaker's.
      // "... told the FARDC to hand over their weapons. They refused": who answers an order is whom it was given.
      const answering = k === 0 && ANSWERING_VERBS.has(next) ? addressee : undefined;
      const antecedent =
        answering ??
        thankedFor(reading, k) ??
        speakerJustBefore(reading, k) ??
        // ("accused Congolese forces of shelling its territory": the land shelled is the accuser's).
        (territory ? undefined : accusedJustBefore(reading, k)) ??
        actors.find((a) => a.end <= k && !a.locative && !inQuote[a.start]) ??
        (auxiliaryIt ? undefined : topic);
      if (!antecedent || !(antecedent.actor.country || antecedent.mutual)) continue;
      // "Vietnamese and Chinese authorities urged the group to surrender, but it refused": "it" is
      // never two states together.
      if (word === 'it' && antecedent.mutual) continue;
      const end = owned ? owned.end : territory ? k + 2 : k + 1;
      // "keep its border with Benin closed, accusing its neighbour of": the owner's neighbour named
      // in the sentence, not the owner.
      let country = antecedent.actor.country;
      if (owned && NEIGHBOUR_WORDS.has(tokens[owned.end - 1]!.lower)) {
        const owner = country;
        country =
          actors.find(
            (a) =>
              a.actor.country &&
              owner &&
              a.actor.country !== owner &&
              areLandNeighbours(owner, a.actor.country),
          )?.actor.country ?? null;
        if (!country) continue;
      }
      added.push({
        ...antecedent,
        start: k,
        end,
        text: tokens
          .slice(k, end)
          .map((t) => t.text)
          .join(' '),
        actor: { ...antecedent.actor, country, role: owned?.actor.role ?? antecedent.actor.role },
        locative: false,
        antecedent,
      });
      if (owned) actors.splice(actors.indexOf(owned), 1);
    }
    // "Soldiers were deployed along the frontier": unnamed forces opening a sentence that names no state
    // are the forces of the side the report is about.
    const opening = actors[0];
    if (
      topic?.actor.country &&
      opening &&
      opening.start === 0 &&
      !opening.actor.country &&
      opening.actor.role === 'MIL' &&
      !actors.some((a) => a.actor.country || a.mutual) &&
      reading.countries.length === 0
    ) {
      opening.actor = { ...opening.actor, country: topic.actor.country };
    }
    // '"Liberian soldiers fired on farmers," the Ivorian army said. "This is unacceptable. We will
    // respond firmly."': the "we" of a quotation that ends past its speaker's sentence is the
    // speaker's state.
    if (topic?.actor.country && closesContinuedQuote(tokens) && !findSource(reading)) {
      for (let k = 0; k < tokens.length; k++) {
        if (
          tokens[k]!.lower !== 'we' ||
          actors.some((a) => a.start <= k && a.end > k) ||
          !verbFollows(reading, k + 1)
        )
          continue;
        added.push({
          ...topic,
          start: k,
          end: k + 1,
          text: tokens[k]!.text,
          actor: { country: topic.actor.country, role: 'GOV' },
          locative: false,
          antecedent: topic,
        });
      }
    }
    if (added.length > 0) {
      actors.push(...added);
      actors.sort((a, b) => a.start - b.start);
    }
    topic = topicOf(reading) ?? topic;
    // Per role, the sentence's first state (its subject before its objects): "Bangladesh lodged a
    // protest with India ..., the foreign ministry said" is Bangladesh's ministry next time too.
    const firstOfRole = new Map<string, string>();
    // '"... the Ethiopian army executed seven Sudanese soldiers," the Sudanese army accused': the
    // states a quotation names do not speak; "the army" next time is the teller's.
    quoted ??= quotedTokens(tokens);
    const inQuotation = quoted;
    for (const a of actors)
      if (
        a.actor.country &&
        !inQuotation[a.start] &&
        !a.locative &&
        // "the Sudanese armed forces (SAF) said ... The army said": a state's own forces named as an
        // organisation are its military too (an armed group or a party has no organ's role).
        DEFINITE_ROLES.has(a.actor.role) &&
        !firstOfRole.has(a.actor.role) &&
        // "hand back four border villages to Azerbaijan": a state things go to is not the one "the
        // government" later stands for; nor is one a place is in ("in the Indian state of Tripura").
        !(
          DESTINATION_PREPOSITIONS.has(tokens[a.start - 1]?.lower ?? '') &&
          // "According to Azerbaijan's Foreign Ministry": a source, no destination.
          tokens[a.start - 2]?.lower !== 'according'
        ) &&
        // "raided homes in Russia's Ural Mountains": a state whose place it is, not the one speaking.
        !(LOCATION_PREPOSITIONS.has(tokens[a.start - 1]?.lower ?? '') && tokens[a.end]?.lower === "'s") &&
        // "Myanmar's ambassador was summoned": an envoy is his state abroad, not the ministry at home.
        !ENVOY_HEADS.has(tokens[a.end - 1]?.lower ?? '') &&
        // "had lodged the complaint against Chad": the state acted against, not the one acting.
        tokens[a.start - 1]?.lower !== 'against' &&
        !(tokens[a.start - 1]?.lower === 'the' && LOCATION_PREPOSITIONS.has(tokens[a.start - 2]?.lower ?? ''))
      )
        firstOfRole.set(a.actor.role, a.actor.country);
    for (const [role, country] of firstOfRole) lastOfRole.set(role, { country, at: reading.index });
    const firstOfHead = new Map<string, string>();
    for (const a of actors) {
      const head = tokens[a.end - 1]?.lower ?? '';
      if (
        a.actor.country &&
        !a.locative &&
        !inQuotation[a.start] &&
        ORGAN_HEADS.has(head) &&
        !firstOfHead.has(head)
      )
        firstOfHead.set(head, a.actor.country);
    }
    for (const [head, country] of firstOfHead) lastOfHead.set(head, { country, at: reading.index });
    for (const a of actors) {
      const head = tokens[a.end - 1]?.lower ?? '';
      if (a.actor.country && !a.locative && SINGLE_PERSON_HEADS.has(head))
        lastPersonOf.set(`${a.actor.role}|${head}`, a.actor.country);
    }
    addressee = actors.find((a) => {
      const verbAt = a.start - (tokens[a.start - 1]?.lower === 'the' ? 2 : 1);
      // "told the FARDC [Congolese soldiers] to hand over": past a gloss in brackets.
      let after = a.end;
      if (OPENING_BRACKETS.has(tokens[after]?.text ?? '')) {
        while (after < tokens.length && !CLOSING_BRACKETS.has(tokens[after]!.text)) after++;
        after++;
      }
      return (
        !!a.actor.country && tokens[after]?.lower === 'to' && ORDERING_VERBS.has(tokens[verbAt]?.lower ?? '')
      );
    });
  }
}

const OPENING_BRACKETS = new Set(['(', '[']);
const CLOSING_BRACKETS = new Set([')', ']']);

/** Verbs of answering an order, after a subject pronoun: "They refused", "it complied". */
const ANSWERING_VERBS = new Set(['refused', 'declined', 'complied', 'obeyed', 'ignored', 'rejected']);

/** Heads of a mention of a state's envoy: "Myanmar's ambassador". */
const ENVOY_HEADS = new Set(['ambassador', 'envoy', 'affaires', 'diplomat', 'diplomats', 'embassy']);

/** Heads of an organ's mention that "the ministry" or "the army" goes back to by name. */
const ORGAN_HEADS = new Set(['ministry', 'army', 'military', 'police', 'navy']);

/** Heads of a mention of one person, whom "the soldier" goes back to (not the army as a whole). */
const SINGLE_PERSON_HEADS = new Set(['soldier', 'guard', 'officer', 'policeman', 'serviceman', 'trooper']);

/** The regional names (see REGIONAL_NAMES) an article's states bring into play, by word. */
function regionalNamesOf(readings: readonly SentenceReading[]): Map<string, RegionalName> {
  const active = new Map<string, RegionalName>();
  for (const name of REGIONAL_NAMES)
    if (readings.some((r) => r.countries.some((c) => name.context.includes(c.iso3))))
      active.set(name.word, name);
  return active;
}

/**
 * "The South's military said", "urged the North to stop": the state a regional name stands for,
 * given to the role word it owns or added as its government.
 */
function nameRegionalStates(reading: SentenceReading, regional: ReadonlyMap<string, RegionalName>): void {
  const { tokens, actors } = reading;
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const name = tokens[k]!.cap ? regional.get(tokens[k]!.text) : undefined;
    if (!name || tokens[k - 1]!.lower !== 'the') continue;
    // "the North Korean army" is named already; "the South China Sea" is no state.
    if (tokens[k + 1]?.cap || actors.some((a) => a.start <= k && a.end > k)) continue;
    const actor = { country: name.country, role: 'GOV' as const };
    const owned = tokens[k + 1]?.lower === "'s" ? actors.find((a) => a.start === k + 2) : undefined;
    if (owned) {
      if (!owned.actor.country) owned.actor = { ...owned.actor, country: name.country };
      continue;
    }
    actors.push({ start: k - 1, end: k + 1, text: `the ${name.word}`, actor, locative: false });
    added = true;
  }
  if (added) actors.sort((a, b) => a.start - b.start);
}

/** Capitalised words a rank may run to between an office and a name ("Lieutenant General"). */
const RANK_REACH = 3;
/** Articles that open an apposition after a name: "Anil Rawat, an Indian army spokesman". */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);
/** How far after its article an apposition's office may start ("an Indian ...", "the Thai army's ..."). */
const APPOSED_OFFICE_REACH = 2;

/**
 * The office a person is named with: right before the name ("Azerbaijan's president Ilham
 * Aliyev"), past a rank ("Indian army spokesman Colonel Anil Rawat"), or set off after it
 * ("said Colonel Anil Rawat, an Indian army spokesman").
 */
function officeNamedWith(
  reading: SentenceReading,
  person: { start: number; end: number },
): ActorMention | undefined {
  const { tokens, actors } = reading;
  let rank = person.start;
  while (rank > person.start - RANK_REACH && tokens[rank - 1]?.cap && tokens[rank - 1]!.kind === 'word')
    rank--;
  const before = actors.find((a) => !a.locative && (a.end === person.start || a.end === rank));
  if (before) return before;
  if (tokens[person.end]?.text !== ',' || !APPOSITION_ARTICLES.has(tokens[person.end + 1]?.lower ?? ''))
    return undefined;
  const from = person.end + 2;
  return actors.find(
    (a) => !a.locative && !!a.actor.country && a.start >= from && a.start <= from + APPOSED_OFFICE_REACH - 1,
  );
}

/** The state mention right before the verb of saying a pronoun at `k` follows ("Russia said (that) it"). */
function speakerJustBefore(reading: SentenceReading, k: number): ActorMention | undefined {
  const { tokens, actors } = reading;
  // "both countries said on Friday (that) they had agreed": past the day the saying is dated by.
  let verbAt = k - 1;
  while (verbAt > k - 4 && SAID_WHEN.has(tokens[verbAt]?.lower ?? '')) verbAt--;
  if (!REPORTING.has(tokens[verbAt]?.lower ?? '')) return undefined;
  // "The Dominican Republic's president has announced he will close": past a perfect's auxiliary;
  // "and the Sudanese army later said it had recaptured Heglig": past an adverb of the saying.
  const speakerEnd =
    PERFECT_AUXILIARIES.has(tokens[verbAt - 1]?.lower ?? '') ||
    SAYING_ADVERBS.has(tokens[verbAt - 1]?.lower ?? '')
      ? verbAt - 1
      : verbAt;
  const speaker = actors.find((a) => a.end === speakerEnd && !a.locative);
  return speaker && (speaker.actor.country || speaker.mutual) ? speaker : undefined;
}

/** Adverbs between a speaker and the verb of saying: "the army later said it had". */
const SAYING_ADVERBS = new Set(['later', 'also', 'then', 'earlier', 'separately', 'previously']);

/** Prepositions of where something is: "in the Indian state of Tripura". */
const LOCATION_PREPOSITIONS = new Set(['in', 'into', 'inside', 'near', 'at']);

/** Verbs of thanking or praising someone "for" what they did. */
const THANKING = new Set([
  'thanked',
  'thanking',
  'thank',
  'thanks',
  'praised',
  'praising',
  'commended',
  'credited',
]);

/** "thanked Qatar for its mediation": the possessive after "for" is the one thanked. */
function thankedFor(reading: SentenceReading, k: number): ActorMention | undefined {
  const { tokens, actors } = reading;
  if (tokens[k - 1]?.lower !== 'for' || !POSSESSIVES.has(tokens[k]!.lower)) return undefined;
  const thanked = actors.find((a) => a.end === k - 1 && !a.locative);
  return thanked &&
    THANKING.has(tokens[thanked.start - 1]?.lower ?? '') &&
    (thanked.actor.country || thanked.mutual)
    ? thanked
    : undefined;
}

/** Words between a verb of saying and its pronoun subject: "said (on Friday) (that) they". */
const SAID_WHEN = new Set<string>(['that', 'on', ...WEEKDAY_NAMES, 'yesterday', 'today']);

/** Which tokens lie between an opening and a closing quotation mark (the marks excluded). */
function quotedTokens(tokens: readonly { text: string }[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const token of tokens) {
    if (QUOTE_MARKS.has(token.text)) {
      open = !open;
      inside.push(false);
    } else inside.push(open);
  }
  return inside;
}

/** What a possessive names its state's own place by: "its airspace", "their territory". */
const TERRITORY_NOUNS = new Set(['airspace', 'territory', 'waters', 'soil']);

/** Nouns for a state that "the ...'s" refers back with ("the country's military"). */
const COUNTRY_NOUNS = new Set(['country', 'nation']);
/** "his country's forces": a speaker's own country, as "the country's" is. */
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'our']);

/** Tokens after "who" within which the origin is looked for. */
const ORIGIN_REACH = 8;

/** Prepositions before a state that something goes to or comes from. */
const DESTINATION_PREPOSITIONS = new Set(['to', 'into', 'from', 'through', 'toward', 'towards']);

/**
 * "accusing France of using its military bases": a possessive in the deed an accusation names is
 * the accused's, named just before "of".
 */
function accusedJustBefore(reading: SentenceReading, k: number): ActorMention | undefined {
  const { tokens } = reading;
  if (tokens[k - 2]?.lower !== 'of' || !tokens[k - 1]?.lower.endsWith('ing')) return undefined;
  return reading.actors.find((a) => a.end === k - 2 && !!a.actor.country && !a.locative);
}

/**
 * Does the sentence end a quotation opened in a sentence before it: an odd number of quotation
 * marks, the first of them closing ('We will respond firmly."'), none opening it?
 */
function closesContinuedQuote(tokens: readonly Token[]): boolean {
  // Most sentences end in no quotation mark: counted only for those that do.
  const last = tokens.at(-1);
  if (!last || !QUOTE_MARKS.has(last.text) || QUOTE_MARKS.has(tokens[0]!.text)) return false;
  let marks = 0;
  for (const t of tokens) if (QUOTE_MARKS.has(t.text)) marks++;
  return marks === 1;
}

/** Marks of a possessive: "the two countries'", "the neighbours's", curly or straight. */
const POSSESSIVE_MARKS = new Set(["'", "'s", '\u2019']);

/** Heads of a mention of a state's rulers, whose state "the regime" after them is: "North Korean leader". */
const RULER_HEADS = new Set(['leader', 'leaders', 'president', 'dictator', 'ruler', 'rulers', 'leadership']);

/** Roles of a state's forces, which a speaker of that state calls by a definite noun ("the coast guard"). */
const FORCE_ORGAN_ROLES = new Set(['MIL', 'COP']);

/** Roles of a state's organs that a definite noun refers back to ("the military", "the government"). */
const DEFINITE_ROLES = new Set(['MIL', 'GOV', 'COP']);
