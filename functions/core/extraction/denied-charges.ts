/**
 * "Rwanda accused Congo of shelling Gisenyi. Congo's army rejected that claim": a charge told before
 * and then denied by the one charged is the charged deed, negated, by the denier. The labelling rules
 * read "B denied that its troops fired" so, and a charge denied by name ("denied the charge") is the
 * same denial told shorter. A rejected account is no rejection (CAMEO 12) of a proposal or a
 * demand: CAMEO files denials apart from rejections.
 */
import { DENYING_VERBS, type DraftEvent, findSources } from './events';
import type { SentenceReading } from './mentions';

/** Nouns that name a charge told before: "rejected that claim", "denied the Polish account". */
const CHARGE_NAMES = new Set([
  'charge',
  'charges',
  'claim',
  'claims',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'account',
  'accounts',
  'version',
  // "denied any involvement", "rejected any responsibility".
  'involvement',
  'responsibility',
]);
/** Words that point a charge noun back to a charge told before. */
const POINTING_BACK = new Set(['the', 'that', 'this', 'these', 'those', 'such', 'any']);
/** Words after a charge noun that tell the charge there ("the claim that ...", "accusations of ..."). */
const TOLD_AFTER = new Set(['that', 'of', 'about']);
/** How many words may stand between the pointing word and the charge noun ("the Polish account"). */
const CHARGE_NOUN_REACH = 2;
/** How far before the verb its subject may end ("Congo's army rejected"). */
const DENIER_REACH = 3;
/** How many sentences back the charge may have been told. */
const CHARGE_SENTENCES_BACK = 6;

/** Where the charge noun a denying verb at `k` takes ends, or -1 when it takes none. */
function chargeNamedAfter(reading: SentenceReading, k: number): number {
  const { tokens } = reading;
  if (!POINTING_BACK.has(tokens[k + 1]?.lower ?? '')) return -1;
  for (let j = k + 2; j <= k + 2 + CHARGE_NOUN_REACH && j < tokens.length; j++) {
    const token = tokens[j]!;
    // "rejected the claim that talks had failed", "denied the accusations of shelling": a charge told
    // right there, whose own words the events read, is no pointer back.
    if (CHARGE_NAMES.has(token.lower)) return TOLD_AFTER.has(tokens[j + 1]?.lower ?? '') ? -1 : j + 1;
    if (token.kind !== 'word') return -1;
  }
  return -1;
}

/** Does a side other than `country` tell the sentence (its sources name another state)? */
function toldByOther(reading: SentenceReading | undefined, country: string): boolean {
  if (!reading) return false;
  return findSources(reading).some((s) => !!s.mention?.actor.country && s.mention.actor.country !== country);
}

/** The code of fire told with no more said: what a bare denial ("denied that its soldiers had fired") reads. */
const BARE_FIRE = '190';

/** The latest deed by `country` charged before `sentence`/`at`: alleged, or told by another side. */
function chargedDeed(
  readings: readonly SentenceReading[],
  drafts: readonly DraftEvent[],
  country: string,
  sentence: number,
  at: number,
): DraftEvent | undefined {
  return drafts.findLast(
    (d) =>
      (d.sentence < sentence || (d.sentence === sentence && d.at < at)) &&
      d.sentence >= sentence - CHARGE_SENTENCES_BACK &&
      // Alleged, or told by another side ('"Congolese mortar rounds landed in Rubavu," he said').
      (d.alleged || toldByOther(readings[d.sentence], country)) &&
      !d.negated &&
      d.polarity === 'escalation' &&
      d.actor?.country === country,
  );
}

/**
 * "Bhutan accused Chinese soldiers of firing warning shots ... China denied that its soldiers had
 * fired any shots": a bare denial of fire denies the deed charged, and takes its code (a warning
 * is 17, not the 190 of fire with no more said).
 */
function codeBareDenials(readings: readonly SentenceReading[], drafts: readonly DraftEvent[]): void {
  for (const draft of drafts) {
    if (!draft.negated || draft.cameo !== BARE_FIRE || !draft.actor?.country) continue;
    const deed = chargedDeed(readings, drafts, draft.actor.country, draft.sentence, draft.at);
    // Fire or warning fire only: "did not fire back" denies no crossing told before.
    if (!deed || deed.cameo === BARE_FIRE || !(deed.pattern.fight || deed.cameo.startsWith(WARNING_ROOT)))
      continue;
    draft.cameo = deed.cameo;
    draft.type = deed.type;
  }
}
/** The root of warning fire ("warning shots"), which a bare denial of fire may deny besides fights. */
const WARNING_ROOT = '17';

/**
 * Turn each denial of a charge told before into the charged deed negated, in place of any rejection
 * read from the same verb, and give a bare denial of fire the code of the deed charged. `drafts`
 * are in reading order.
 */
export function readDeniedCharges(readings: readonly SentenceReading[], drafts: DraftEvent[]): DraftEvent[] {
  codeBareDenials(readings, drafts);
  const denials: DraftEvent[] = [];
  const replaced = new Set<DraftEvent>();
  for (const reading of readings) {
    if (reading.inTitle) continue;
    const { tokens } = reading;
    for (let k = 1; k < tokens.length; k++) {
      if (!DENYING_VERBS.has(tokens[k]!.lower) || chargeNamedAfter(reading, k) < 0) continue;
      const denier = reading.actors.findLast(
        (a) => a.end <= k && a.end >= k - DENIER_REACH && !!a.actor.country && !a.locative,
      );
      const country = denier?.actor.country;
      if (!country) continue;
      const deed = chargedDeed(readings, drafts, country, reading.index, k);
      if (!deed) continue;
      // 'Rwanda denied the accusation. "Rwandan soldiers are not fighting in Congo," ...': the denial
      // told in full, right there, says what is denied.
      if (
        drafts.some(
          (d) =>
            d.negated &&
            d.actor?.country === country &&
            d.sentence >= reading.index &&
            d.sentence <= reading.index + 1,
        )
      )
        continue;
      for (const d of drafts) if (d.sentence === reading.index && d.at === k) replaced.add(d);
      denials.push({
        ...deed,
        sentence: reading.index,
        at: k,
        negated: true,
        alleged: false,
        threat: false,
        source: country,
        killed: null,
        injured: null,
        tolls: undefined,
        evidence: reading.sentence.text,
        mutual: false,
        anaphoric: false,
      });
    }
  }
  if (denials.length === 0) return drafts;
  const kept = drafts.filter((d) => !replaced.has(d));
  for (const denial of denials) {
    // After the drafts of its sentence read before it, so reading order holds.
    const after = kept.findLastIndex(
      (d) => d.sentence < denial.sentence || (d.sentence === denial.sentence && d.at < denial.at),
    );
    kept.splice(after + 1, 0, denial);
  }
  return kept;
}
