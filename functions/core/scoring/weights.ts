/**
 * Every constant of the tension model, as typed data with the reason for each value. The doc
 * (docs/scoring.md) explains the formulas; tuning happens here and nowhere else.
 *
 * Sign convention (Goldstein): conflict is negative, cooperation positive. Magnitudes follow the
 * spirit of the Goldstein scale used by GDELT, with two deliberate departures for borders:
 * fighting starts lower and is raised by casualties and weapons (Goldstein gives every kind of
 * fire -10 whatever the toll), and third-party calls for a ceasefire count as de-escalation
 * (Goldstein scores 0256, 1056 and 107 as conflict because they are appeals and demands).
 */
import { memoize } from '../collections';
import type { ExtractedEvent, WeaponCategory } from '../model';

export interface WeightEntry {
  weight: number;
  reason: string;
}

/** Severity per CAMEO code; the longest matching prefix wins (e.g. "0871" before "087" before "08"). */
export const CAMEO_WEIGHTS: Readonly<Record<string, WeightEntry>> = {
  '01': { weight: 0, reason: 'Public statements carry no direction on their own.' },
  '018': {
    weight: 2,
    reason: "Condolences for the other side's dead: a gesture toward calm, as an appeal is (Goldstein +3.4).",
  },
  '02': { weight: 2, reason: 'An appeal opens a door; mildly cooperative as in Goldstein (+3), less sure.' },
  '023': {
    weight: 0,
    reason:
      'Appeal for aid (e.g. to an ally under a defence treaty): help sought from a third party says nothing of calm between the two sides (Goldstein +3.4).',
  },
  '025': { weight: 3, reason: 'Appeal to yield (e.g. withdraw troops) asks for a step back.' },
  '0256': {
    weight: 5,
    reason: 'Appeal to de-escalate military engagement: a border de-escalation signal (Goldstein: conflict).',
  },
  '03': { weight: 4, reason: 'Stated intent to cooperate (e.g. both sides confirm need for talks).' },
  '0356': { weight: 5, reason: 'Intent to de-escalate military engagement: stronger than generic intent.' },
  '036': { weight: 4, reason: 'Intent to meet or negotiate.' },
  '04': { weight: 1.5, reason: 'Consultations and phone calls: contact, not yet agreement.' },
  '043': { weight: 2.5, reason: 'Hosting or attending a meeting moves further than a call.' },
  '046': { weight: 4, reason: 'Negotiation is under way.' },
  '05': { weight: 3.5, reason: 'Diplomatic cooperation (Goldstein +3.5).' },
  '057': { weight: 8, reason: 'A signed agreement (e.g. on demarcation) is the strongest verbal step.' },
  '06': { weight: 6, reason: 'Material cooperation (Goldstein +6).' },
  '07': { weight: 5, reason: 'Aid, typically humanitarian after a clash.' },
  '08': { weight: 5, reason: 'Yielding (Goldstein +5).' },
  '081': { weight: 4, reason: 'Easing administrative sanctions, e.g. reopening a crossing.' },
  '087': { weight: 8, reason: 'De-escalating military engagement: troops pulled back.' },
  '0871': { weight: 9, reason: 'Declared ceasefire: the clearest de-escalation on a border.' },
  '0872': { weight: 8, reason: 'Easing a military blockade.' },
  '0874': { weight: 8, reason: 'Retreat or surrender of positions.' },
  '09': { weight: -1, reason: 'An investigation implies a contested incident, little more.' },
  '10': { weight: -3, reason: 'Demands (Goldstein -5); lowered because most border demands are verbal.' },
  '1056': {
    weight: 4,
    reason:
      'Demand to de-escalate military engagement: third-party pressure toward calm (Goldstein: conflict).',
  },
  '107': { weight: 4, reason: 'Demand for a ceasefire: a de-escalation signal on a border (Goldstein -5).' },
  '11': { weight: -2, reason: 'Disapproval and accusations (Goldstein -2).' },
  '12': { weight: -4, reason: 'Rejection of proposals or talks (Goldstein -4).' },
  '13': { weight: -5, reason: 'Threats (Goldstein -6); the threat modifier already lowers conditionals.' },
  '138': { weight: -7, reason: 'Threat of military force: the step before fighting.' },
  '14': { weight: -5, reason: 'Protests and demonstrations at the border (Goldstein -6.5).' },
  '15': { weight: -6, reason: 'Force posture: troop build-ups, alerts, mobilisation (Goldstein -7.2).' },
  '16': { weight: -4, reason: 'Reduced relations, incl. border closures (Goldstein -4).' },
  '17': { weight: -6, reason: 'Coercion: seizures, arrests of border guards (Goldstein -7).' },
  '18': { weight: -7, reason: 'Unconventional assault, e.g. an ambush of a patrol.' },
  '19': {
    weight: -7,
    reason: 'Fighting; starts below Goldstein -10 so casualties and weapons can grade it.',
  },
  '190': { weight: -7, reason: 'Conventional military force, unspecified.' },
  '193': { weight: -6, reason: 'Small-arms fire: the most common and least lethal border clash.' },
  '194': { weight: -8, reason: 'Artillery and tanks: heavier, longer range, more damage.' },
  '195': { weight: -9, reason: 'Aerial weapons: air strikes cross a political threshold.' },
  '196': { weight: -6, reason: 'Violating a ceasefire: fighting that also breaks an agreement.' },
  '20': { weight: -10, reason: 'Mass violence (Goldstein -10).' },
};

/** Used when an event carries a CAMEO code the table does not know: only its polarity counts. */
export const POLARITY_FALLBACK_WEIGHTS: Readonly<Record<ExtractedEvent['polarity'], WeightEntry>> = {
  escalation: { weight: -3, reason: 'Unknown code, read as escalation: weight of a demand.' },
  'de-escalation': { weight: 3, reason: 'Unknown code, read as de-escalation: weight of an appeal.' },
  neutral: { weight: 0, reason: 'Unknown code without direction.' },
};

/** Raising factors for escalation by weapon category; the largest applies (they do not stack). */
export const WEAPON_FACTORS: Readonly<Record<WeaponCategory, WeightEntry>> = {
  'small-arms': { weight: 1, reason: 'Already the baseline of a border firefight.' },
  explosive: { weight: 1.1, reason: 'Mines and grenades wound more than rifles.' },
  naval: { weight: 1.15, reason: 'Warships at a maritime border raise the stakes.' },
  armour: { weight: 1.25, reason: 'Tanks and APCs: heavy weapons.' },
  artillery: { weight: 1.25, reason: 'Mortars and howitzers hit villages beyond the line.' },
  'heavy-weapons': { weight: 1.25, reason: 'Reported as "heavy weaponry" without detail.' },
  missile: { weight: 1.35, reason: 'Missiles and rockets reach far behind the border.' },
  drone: { weight: 1.35, reason: 'Armed drones: air power, a threshold states notice.' },
  aircraft: { weight: 1.4, reason: 'Air strikes: the largest step up short of war.' },
};

/**
 * Same-day diminishing returns group stories by kind. Words are one kind whatever the verb: a day
 * of protest, demand, accusation and rejection is one diplomatic spat, not four escalations.
 */
export const SAME_DAY_GROUPS: Readonly<Record<string, WeightEntry & { group: string }>> = {
  '02': { group: 'verbal', weight: 1, reason: 'Appeals are words.' },
  '03': { group: 'verbal', weight: 1, reason: 'Stated intentions are words.' },
  '04': { group: 'verbal', weight: 1, reason: 'Consultations are words.' },
  '05': { group: 'verbal', weight: 1, reason: 'Diplomatic cooperation is words (agreements included).' },
  '09': { group: 'verbal', weight: 1, reason: 'Calls for investigation are words.' },
  '10': { group: 'verbal', weight: 1, reason: 'Demands are words.' },
  '11': { group: 'verbal', weight: 1, reason: 'Accusations are words.' },
  '12': { group: 'verbal', weight: 1, reason: 'Rejections are words.' },
  '13': { group: 'verbal', weight: 1, reason: 'Threats are words.' },
  '14': { group: 'verbal', weight: 1, reason: 'Protests are words.' },
};

/** The same-day group of a CAMEO root: "verbal" for words, else the root itself (acts). */
export function sameDayGroup(root: string): string {
  return SAME_DAY_GROUPS[root]?.group ?? root;
}

/** Every other constant of the model, with why it has its value. */
export const MODEL = {
  casualtyScale: {
    value: 0.35,
    reason:
      'Factor 1 + 0.35 ln(1 + toll): 1 death x1.24, 10 x1.84, 100 x2.6; tolls differ in order of magnitude.',
  },
  casualtyFactorCap: { value: 4, reason: 'Beyond ~5000 deaths it is war; the score is saturated anyway.' },
  civilianDeathWeight: { value: 2, reason: 'Civilian deaths inflame publics and politicians more.' },
  injuredWeight: { value: 0.3, reason: 'An injury weighs about a third of a death.' },
  allegedFactor: { value: 0.6, reason: 'Claims by one party are often exaggerated or denied.' },
  threatFactor: { value: 0.5, reason: 'A threatened or conditional act has not happened.' },
  approximateDateFactor: {
    value: 0.85,
    reason: 'Vague dates ("earlier this week") may be an already counted event.',
  },
  singleReportConfidence: {
    value: 0.6,
    reason:
      'Chance one report of a border event is accurate; each independent report removes 60% of the doubt.',
  },
  confidenceFloor: {
    value: 0.6,
    reason: 'Weight multiplier = floor + (1 - floor) x confidence: corroboration raises, never multiplies.',
  },
  maxIndependentReports: { value: 4, reason: 'Confidence is ~0.97 at four reports; more adds nothing.' },
  syndicationDistance: {
    value: 10,
    reason:
      'SimHash bits (of 64) within which two texts are copies (wire syndication, a changed lead or credit line); unrelated texts differ by ~32 +/- 4.',
  },
  sameDayRootRatio: {
    value: 0.5,
    reason:
      'Each further story of the same kind (CAMEO root, or words) on the same day counts half the previous: a media surge.',
  },
  deescalationWeight: { value: 0.6, reason: 'Words of calm weigh less than shots fired.' },
  deescalationMaxShare: {
    value: 0.5,
    reason: 'De-escalation can cancel at most half the escalation pressure: calls cannot erase fighting.',
  },
  saturation: {
    value: 12,
    reason: 'Score = 100 (1 - e^(-P/12)): one heavy clash with a death (P ~ 10) reads about 55 (high).',
  },
  deescalationReachDays: {
    value: 1,
    reason:
      'A de-escalation pulls down fighting reported up to a day after it, not later: fighting that resumes after a ceasefire counts in full.',
  },
  decayTailHalfLives: {
    value: 12,
    reason:
      'Events older than 12 half-lives weigh < 0.03%; ignored (de-escalation one reach later, see above).',
  },
  levelThresholds: {
    value: { elevated: 20, high: 45, critical: 70 } as const,
    reason: 'Score at which each level starts (rising).',
  },
  hysteresis: { value: 8, reason: 'A level is left only when the score falls 8 points below its start.' },
  warmupDays: { value: 14, reason: 'Days of daily scores run before a series to set its hysteresis state.' },
  hourlyWarmupDays: {
    value: 3,
    reason:
      'The last days of the warm-up run hour by hour, so a level reached by an intra-day peak is kept across midnight.',
  },
  anomalyZ: { value: 3, reason: 'Anomalous: 3 standard deviations above the dyad’s own baseline ...' },
  anomalyMinJump: { value: 15, reason: '... and at least 15 points above its mean (flat baselines).' },
  quietShare: {
    value: 0.25,
    reason: 'A day with < 25% of the usual article count about a dyad is a quiet feed, not peace ...',
  },
  quietMinDailyArticles: { value: 1, reason: '... for dyads usually covered at least once a day ...' },
  quietHoldDays: { value: 3, reason: '... and the level is held (not lowered) for up to 3 quiet days.' },
  evidenceCount: { value: 5, reason: 'Top contributing events kept per score point.' },
  evidenceSentenceChars: { value: 300, reason: 'Enough to read the sentence; bounded item size.' },
} as const;

/** Word stems to categorise weapon names when the extractor gave no categories. */
export const WEAPON_NAME_CATEGORIES: readonly [RegExp, WeaponCategory][] = [
  [/\b(tank|armou?red|apc|bmp|btr)/i, 'armour'],
  [/\b(artillery|mortar|howitzer|shell|cannon|grad|mlrs)/i, 'artillery'],
  [/\bheavy weapon/i, 'heavy-weapons'],
  [/\b(missile|rocket)/i, 'missile'],
  [/\b(drone|uav|bayraktar)/i, 'drone'],
  [/\b(aircraft|jet|helicopter|air ?strike|bomber|fighter)/i, 'aircraft'],
  [/\b(warship|frigate|navy|naval|patrol boat|coast guard)/i, 'naval'],
  [/\b(mine|grenade|explosive|ied)/i, 'explosive'],
  [/\b(rifle|gun|machine|small arms|sniper)/i, 'small-arms'],
];

function weaponCategoryOfName(name: string): WeaponCategory[] {
  return WEAPON_NAME_CATEGORIES.filter(([pattern]) => pattern.test(name)).map(([, category]) => category);
}

/** The event's weapon categories: the extractor's, else categorised from the weapon names. */
export function eventWeaponCategories(
  event: Pick<ExtractedEvent, 'weapons' | 'weaponCategories'>,
): WeaponCategory[] {
  return event.weaponCategories ?? event.weapons.flatMap(weaponCategoryOfName);
}

/** Weapon categories read as heavy (for the doc and tests). */
export const HEAVY_WEAPON_CATEGORIES: readonly WeaponCategory[] = [
  'armour',
  'artillery',
  'heavy-weapons',
  'missile',
];

/** The table entry for a CAMEO code: the longest known prefix, or undefined. */
export const cameoEntry = memoize((cameo: string): WeightEntry | undefined => {
  for (let length = Math.min(cameo.length, 4); length >= 2; length--) {
    const entry = CAMEO_WEIGHTS[cameo.slice(0, length)];
    if (entry) return entry;
  }
  return undefined;
});

/** Two-digit CAMEO root ("194" -> "19"). */
export function cameoRoot(cameo: string): string {
  return cameo.slice(0, 2);
}

export interface WeightedEvent {
  /** Signed weight of one report of the event (before corroboration and decay). */
  weight: number;
  /** Why it weighs what it does, factor by factor (for evidence and debugging). */
  factors: string[];
}

/** The signed weight of one reported event, from the tables above, with why. */
export function eventWeight(event: ExtractedEvent & { civilian?: boolean }): WeightedEvent {
  const factors: string[] = [];
  return { weight: weightOf(event, factors), factors };
}

/**
 * The signed weight alone: scoring weighs every stored event on every rescore, so it builds no
 * explanation (eventWeight asks for one by passing `factors`).
 */
export function weightOf(event: ExtractedEvent & { civilian?: boolean }, factors?: string[]): number {
  if (event.negated) {
    factors?.push('negated');
    return 0;
  }
  if (event.historical) {
    factors?.push('historical');
    return 0;
  }
  const entry = cameoEntry(event.cameo) ?? POLARITY_FALLBACK_WEIGHTS[event.polarity];
  let weight = entry.weight;
  factors?.push(`cameo ${event.cameo}: ${entry.weight}`);
  if (weight < 0) {
    const killed = Math.max(0, event.killed ?? 0);
    const injured = Math.max(0, event.injured ?? 0);
    const civilian = event.civilian === true || event.target?.role === 'CVL';
    const toll =
      killed * (civilian ? MODEL.civilianDeathWeight.value : 1) + injured * MODEL.injuredWeight.value;
    if (toll > 0) {
      const factor = Math.min(
        1 + MODEL.casualtyScale.value * Math.log1p(toll),
        MODEL.casualtyFactorCap.value,
      );
      weight *= factor;
      factors?.push(`casualties x${factor.toFixed(2)}`);
    }
    let weaponFactor = 1;
    for (const category of eventWeaponCategories(event)) {
      weaponFactor = Math.max(weaponFactor, WEAPON_FACTORS[category]?.weight ?? 1);
    }
    if (weaponFactor > 1) {
      weight *= weaponFactor;
      factors?.push(`weapons x${weaponFactor}`);
    }
  }
  if (event.alleged) {
    weight *= MODEL.allegedFactor.value;
    factors?.push(`alleged x${MODEL.allegedFactor.value}`);
  }
  if (event.threat) {
    weight *= MODEL.threatFactor.value;
    factors?.push(`threat x${MODEL.threatFactor.value}`);
  }
  if (event.dateApproximate) {
    weight *= MODEL.approximateDateFactor.value;
    factors?.push(`approximate date x${MODEL.approximateDateFactor.value}`);
  }
  return weight;
}
