/**
 * Event triggers: phrase → CAMEO code, project taxonomy name and polarity. Sentence-local: the
 * actor is found before the trigger, the target after it (see events.ts for voice and coreference).
 */
import type { Polarity } from '../../model';
import { VICTIM_KIND } from './cues';
import { WEAPONS } from './weapons';

/**
 * What a trigger means: the value the token trie holds for its phrases. The Lambdas read these from
 * the build's artefact (generated/values.ts), which leaves the phrases out: the lexicon has them.
 */
export interface EventPattern {
  cameo: string;
  type: string;
  polarity: Polarity;
  /** A fight whose code is refined from the weapons next to it (193 small arms, 194 artillery...). */
  fight?: boolean;
  /**
   * How the trigger governs the triggers after it in its sentence: 'allege' ("accused X of
   * shelling": alleged, with the accuser as source), 'deny' ("denied that its troops shelled":
   * negated), 'threaten' ("threatened to shell": threat), 'absorb' ("called for an end to the
   * fighting": the fighting is the object of the appeal, not an event).
   */
  governs?: 'allege' | 'deny' | 'threaten' | 'absorb';
  /** The mention before the trigger is its target and the actor follows "by"/"from" ("came under fire from"). */
  passive?: boolean;
  /** The event is itself a threat or warning. */
  threat?: boolean;
  /** Only an event when one of these words is within `window` tokens ("asked ... to", "took up ... positions"). */
  near?: string[];
  window?: number;
  /** The object did it to the subject: "intercepted Pakistani drones" is Pakistan's attack. */
  reversed?: boolean;
  /** No event when no state is named as its actor and civilians are named in its sentence: street protests. */
  civilianProtest?: boolean;
  /** Done together: only by a pair acting together or with a partner after "with" ("held joint drills with India"). */
  pairActor?: boolean;
  /** `near` and `notNear` words count only after the trigger: its object ("destroyed 44 Ukrainian drones"). */
  nearAfterOnly?: boolean;
  /**
   * Words that void the event: with `near`, read before the near word ("signed a trade memorandum");
   * without, anywhere in the window ("seized 1.5 million methamphetamine pills").
   */
  notNear?: string[];
  /**
   * Words in the trigger's object (its next few words) that void it, whatever near word stands before
   * the trigger: "ordered tanks to Venezuela's border ... and closed his country's embassy".
   */
  objectNot?: string[];
  /**
   * The act is the teller's, on the trigger's subject: '"Pakistan has violated Afghanistan's
   * sovereignty," said a Taliban spokesman' is Afghanistan condemning Pakistan. No teller, no event.
   */
  speakerActs?: boolean;
  /** With `near`: an armed party or a state as direct object makes an event too ("would strike Hezbollah"). */
  partyObject?: boolean;
  /** A fight has two sides: a missing target is the actor's counterpart in the article's dyad. */
  twoSided?: boolean;
  /** Blocks a shorter trigger inside it ("trade war", "fire brigade"); makes no event. */
  block?: boolean;
  /**
   * Both sides do it to each other ("clashed", "exchanged fire", "traded accusations"): coded once
   * per direction whoever is named first, as the labelling rules do for acts with no initiator.
   */
  reciprocal?: boolean;
  /** Only an event when its actor is a named state ("the attackers used explosives" is no state's act). */
  needsActor?: boolean;
  /** Only an event when its object is a place the gazetteer puts in a state other than the actor's ("entered Goma"). */
  foreignPlaceObject?: boolean;
  /** Only an event when its actor is armed (a state's organs or an armed group), not a state's civilians. */
  armedActor?: boolean;
  /**
   * Only an event when its actor is the verb's subject right before it ("Tajik guards killed"), or
   * the accused of a gerund ("accused Ethiopia's army of executing"): "fighting on the border
   * between Sudan and South Sudan killed eleven" is no state's act.
   */
  subjectActor?: boolean;
  /** Only an event with a state's adjective right before it, which is its actor: "killed by Azerbaijani fire". */
  stateAdjective?: boolean;
  /** An act of one side only, never mirrored even when its type is ("halted its operations"). */
  oneSided?: boolean;
  /** A noun that is news only without a definite article ("agreed a truce", not "the truce agreed"). */
  indefinite?: boolean;
  /** A generic verb ("agreed to") that yields to a more specific trigger in its own clause ("agreed to a truce"). */
  generic?: boolean;
  /**
   * Force only a state's military commonly uses (military strikes, as artillery and air power): with
   * no actor named, it hits the state its sentence places it in ("five were killed in a strike on a
   * house in Touline").
   */
  stateMeans?: boolean;
}

/** A row of the table: the phrases that trigger a pattern, and the pattern. */
export interface EventPatternRow extends EventPattern {
  phrases: string[];
}

/**
 * Agreeing to end or restore something: a truce when fighting or calm is named near (the 0871 row), a
 * promise to work together otherwise (the 030 row). "agree to stop the firing", in a timeline's present too.
 */
const AGREEING_TO_STOP = [
  'agreed to end',
  'agreed to restore',
  'agreed to stop',
  'agreed to halt',
  'agree to end',
  'agree to stop',
  'agree to halt',
  'agree to restore',
  'agrees to end',
  'agrees to stop',
  'agrees to halt',
];

/** What an attack may be on that is words or a decision, not a place or forces: "attacked a decree". */
const WORDS_ATTACKED = [
  'decree',
  'decision',
  'plan',
  'policy',
  'remarks',
  'comments',
  'statement',
  'statements',
  'proposal',
  'claims',
  'law',
  'bill',
  'report',
  'speech',
];

/** Diplomats a state sends home: "expelled two diplomats", "the defence attache ... 48 hours to leave". */
const DIPLOMATS_EXPELLED = [
  'diplomats',
  'diplomat',
  'ambassador',
  'envoy',
  'envoys',
  'embassy staff',
  'attache',
  'attaché',
  'counsellor',
  'consul',
  'charge',
  'chargé',
  'military attache',
];

/** What an answer in kind is made with, not force: "retaliated with tariffs", "by expelling diplomats". */
const ANSWERS_IN_KIND = [
  'by',
  'tariffs',
  'tariff',
  'duties',
  'sanctions',
  'visa',
  'visas',
  'diplomats',
  'diplomat',
  'ban',
  'bans',
  'trade',
  'boycott',
  'measures',
  // "Cambodia retaliated almost immediately, announcing the shutdown of the same checkpoint": a
  // closure in answer, told after the verb.
  'announcing',
  'closing',
  'shutdown',
  'closure',
  // "Serbia retaliated before nightfall, expelling a counsellor": diplomats sent home in answer.
  'expelling',
  'expelled',
];

/** Who a killing verb's object may be: "killed two Kyrgyz soldiers", "executing seven Sudanese soldiers". */
const VICTIM_NOUNS = [
  // Every word that tells who the dead were ("killed 97 Nigerian fishermen"), and a few more.
  ...VICTIM_KIND.keys(),
  'soldiers',
  'soldier',
  'troops',
  'guards',
  'guard',
  'servicemen',
  'civilians',
  'civilian',
  'villagers',
  'people',
  'residents',
  'policemen',
  'officers',
  'farmers',
  'shepherd',
  'herders',
  // "its troops had killed more than 200 Taliban and affiliated militants".
  'fighters',
  'militants',
  'taliban',
  // "accused Russian officers of beating several of the detainees".
  'detainees',
  'prisoners',
  'migrants',
  'traders',
  // "killing one soldier and capturing 13 others".
  'others',
  // "had captured 32 individuals, destroyed six encampments": people taken, no ground.
  'individuals',
  'persons',
  'suspects',
  'insurgents',
  'guerrillas',
];

/** A border and the ways across it: what is closed or reopened ("closed the crossing", "to reopen the border"). */
const BORDER_WAYS = ['border', 'borders', 'crossing', 'crossings', 'frontier', 'checkpoint', 'checkpoints'];

/** A state's missions abroad: closing one reduces relations (CAMEO 161). */
const EMBASSY_NOUNS = ['embassy', 'embassies', 'consulate', 'consulates'];

/**
 * Words that make a generic verb ("used", "hit", "struck") a use of force: every one-word weapon
 * name of the weapons table ("warplanes", "howitzers"), and words of force that name no weapon.
 */
const WEAPON_HINTS = [
  ...new Set([
    ...WEAPONS.flatMap((weapon) => weapon.phrases)
      .filter((phrase) => !phrase.includes(' '))
      .map((phrase) => phrase.toLowerCase()),
    'heavy',
    // "was hit by fire from Rwandan territory".
    'fire',
    'weaponry',
    'weapons',
    'armoured',
    'armored',
    'airstrike',
    // What strikes hit: "India struck nine sites in Pakistan", "hit militant camps".
    'sites',
    'radars',
    'radar',
    'targets',
    'positions',
    'camps',
    'hideouts',
    'infrastructure',
    // "destroyed 19 Taliban posts", "struck militant bases".
    'posts',
    'outposts',
    'bunkers',
    'bases',
    'depots',
    'launchpads',
    'installations',
    // "struck an Israeli 'espionage headquarters' in Erbil".
    'headquarters',
    'facilities',
    'compound',
    'compounds',
    'airbase',
    'airfield',
  ]),
];

const E: Polarity = 'escalation';
const D: Polarity = 'de-escalation';
const N: Polarity = 'neutral';

/** A verb of force with a weapon or a military target near it, and a party as its object. */
const WEAPON_USE = {
  cameo: '190',
  type: 'armed-clash',
  polarity: E,
  fight: true,
  twoSided: true,
  near: WEAPON_HINTS,
  window: 5,
  partyObject: true,
  needsActor: true,
} as const satisfies EventPattern;

export const EVENT_PATTERNS: EventPatternRow[] = [
  // 15 show of force: missiles fired as a test or into the sea hit no one (before the generic "fired").
  {
    phrases: [
      'fired',
      'launched',
      'missile test',
      'missile tests',
      'missile launch',
      'missile launches',
      'test-fired',
      'test-launched',
    ],
    cameo: '152',
    type: 'missile-test',
    polarity: E,
    near: ['sea', 'test', 'tests', 'launch', 'launches', 'test-fired', 'test-launched'],
    window: 10,
  },
  // 19 fight
  {
    // Acts of both sides at once: no initiator.
    phrases: [
      'exchanged fire',
      'exchange of fire',
      'exchanges of fire',
      // "An Egyptian soldier was killed in an exchange with Israel": an exchange one died in is of fire.
      'killed in an exchange with',
      'killed in an exchange between',
      'wounded in an exchange with',
      'injured in an exchange with',
      'died in an exchange with',
      'exchanging fire',
      'exchanged gunfire',
      'exchange of gunfire',
      'exchanges of gunfire',
      // "Hezbollah and Israel engaged in a new exchange of cross-border fire".
      'exchange of cross-border fire',
      'exchanges of cross-border fire',
      'exchanged cross-border fire',
      'exchanging cross-border fire',
      'exchange cross-border fire',
      'traded cross-border fire',
      // "Indian and Chinese troops scuffled along the Line of Actual Control": a fight without fire.
      'scuffled',
      'scuffle',
      'scuffles',
      'brawl',
      'brawled',
      'hand-to-hand combat',
      'traded fire',
      'trading fire',
      // Headline and summary tense: "Thai, Cambodian troops exchange fire".
      'exchange fire',
      'exchanges fire',
      'trade fire',
      'trades fire',
      'shootout',
      'shoot-out',
      'clashes',
      'clash',
      'clashed',
      'clashing',
      'firefight',
      'gunbattle',
      'gun battle',
      'fighting',
      'fought',
      'skirmish',
      'skirmishes',
      'hostilities',
      'battle',
      'battles',
      'war',
      'all-out war',
      'artillery duel',
      'artillery duels',
      'confrontation',
      'confrontations',
      // "killed in Sunday's combat", "combat broke out" (not "combat troops" or "combat readiness").
      "'s combat",
      'combat broke out',
      'killed in combat',
      // "a violent face-off took place yesterday night with casualties".
      'violent face-off',
      'violent faceoff',
      'violent standoff',
      'deadly face-off',
      'deadly standoff',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    reciprocal: true,
    // "the troops were on Nicaraguan soil, fighting drug traffickers": policing crime, no side's fight.
    notNear: [
      'traffickers',
      'trafficking',
      'smugglers',
      'smuggling',
      'drug',
      'drugs',
      'narcotics',
      'poachers',
      'bandits',
      'cartel',
      'cartels',
      'gang',
      'gangs',
      'criminals',
      // "lost his battle for life", "fighting for his life in hospital".
      'life',
    ],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "Guyana's new government on Monday attacked a decree by Venezuelan President Nicolas Maduro":
    // a decree, a plan or remarks attacked are censured (before the force the same verbs head).
    phrases: ['attacked', 'attacks', 'attacking'],
    cameo: '111',
    type: 'condemnation',
    polarity: E,
    near: WORDS_ATTACKED,
    nearAfterOnly: true,
    window: 3,
  },
  {
    phrases: [
      'opened fire',
      'open fire',
      'opens fire',
      'opening fire',
      'returned fire',
      'return fire',
      'returning fire',
      'fired back',
      'fire back',
      'firing back',
      'fired on',
      'fired at',
      'firing on',
      'fired upon',
      'attacked',
      'attack',
      'attacks',
      'attacking',
      'assault',
      'offensive',
      'raided',
      'raid',
      'ambushed',
      'ambush',
      'repelled',
      'repulsed',
      'fought off',
      'beat back',
      'counterattack',
      'counter-attack',
      'counteroffensive',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
  },

  {
    // 'opened "unprovoked and indiscriminate fire" on the civilian population', "opened heavy fire":
    // fire opened with words of its manner between.
    phrases: ['opened', 'opens', 'opening'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    near: ['fire'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "Sudanese forces ... fell into an ambush": the subject is whom the ambush hit.
    phrases: ['fell into an ambush', 'ran into an ambush', 'walked into an ambush', 'fell into ambush'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    reversed: true,
  },
  {
    // "Pakistan violated the ceasefire, prompting the Indian Army to retaliate": force used in answer.
    // Not an answer in kind ("retaliated with tariffs", "retaliated by expelling diplomats"), and
    // "will retaliate" is a threat (its own pattern). "Turkish forces retaliated against the Syrian
    // government": done, against whom it was done.
    // "its troops responded befittingly to unprovoked Indian firing", "responded in kind": fire
    // answered, as the armies of the region say it.
    phrases: [
      'retaliated',
      'retaliating',
      'retaliates',
      'responded befittingly',
      'responded effectively',
      'responded in kind',
      'responded strongly',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    notNear: ANSWERS_IN_KIND,
    nearAfterOnly: true,
    window: 6,
  },
  {
    // The bare verb with "against" a state is what a threat promises ("reserved the right to
    // retaliate against Libya"), no force used.
    phrases: ['retaliate'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    notNear: [...ANSWERS_IN_KIND, 'against'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "an Azerbaijani soldier was killed by an Armenian sniper": the killer after "by" acts on the
    // dead before it. Only with a state's agent ("killed by a landmine" is no act of anyone's).
    phrases: ['killed by', 'shot by', 'shot dead by', 'wounded by', 'injured by'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    passive: true,
    needsActor: true,
  },
  {
    // "two bombs landed on the Indian side", "shells fell in Thai territory": munitions coming down on
    // a state's soil hit it, whoever fired them (the other side of the dyad when no one is named);
    // "stray shells" aimed at no one are no act on it.
    phrases: ['landed', 'fell', 'crashed'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    stateMeans: true,
    notNear: ['stray', 'errant'],
    near: [
      'shell',
      'shells',
      'bomb',
      'bombs',
      'rocket',
      'rockets',
      'mortar',
      'mortars',
      'missile',
      'missiles',
      'projectile',
      'projectiles',
    ],
    window: 4,
  },
  {
    phrases: [
      'came under fire',
      'came under attack',
      'under fire',
      'under attack',
      'came under shelling',
      // "came under mortar fire from the Tajik side": the means between "under" and "fire".
      'came under heavy fire',
      'came under mortar fire',
      'came under heavy mortar fire',
      'came under artillery fire',
      'came under heavy artillery fire',
      'came under rocket fire',
      'came under sniper fire',
      'came under heavy shelling',
      'came under drone attack',
      'under heavy fire',
      'under mortar fire',
      'under artillery fire',
      'under rocket fire',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    passive: true,
  },
  {
    // "its units had taken adequate retaliatory measures", "carried out retaliatory operations against
    // Pakistani security forces": force in answer (not "retaliatory tariffs" on trade).
    phrases: [
      'retaliatory measures',
      'retaliatory operations',
      'retaliatory operation',
      'retaliatory action',
      'retaliatory fire',
      'retaliatory attack',
      'retaliatory attacks',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    notNear: [
      'tariffs',
      'tariff',
      'trade',
      'sanctions',
      'duties',
      'imports',
      'exports',
      'economic',
      'diplomatic',
    ],
    window: 8,
  },
  {
    // "its forces had targeted civilians": forces aiming at people or posts attack them, with no
    // weapon named (the general "targeted" above needs one: "targeted sanctions" are no attack).
    phrases: ['targeted', 'targeting', 'target'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    armedActor: true,
    near: [
      'civilians',
      'civilian',
      'villagers',
      'residents',
      'soldiers',
      'troops',
      'post',
      'posts',
      'outpost',
      'outposts',
      'position',
      'positions',
      'checkpoint',
      'checkpoints',
      'base',
      'bases',
      'patrol',
      'convoy',
    ],
    nearAfterOnly: true,
    // "targeted an Israeli army post": past an article and the post's owner.
    window: 4,
  },
  {
    // "Armenian units subjected our positions in the Kalbajar direction to fire": the wording of
    // the Azerbaijani and Armenian defence ministries' daily reports.
    phrases: ['subjected', 'subjecting', 'subjects'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    near: ['fire', 'shelling', 'shellfire', 'gunfire', 'bombardment', 'attack', 'attacks'],
    nearAfterOnly: true,
    window: 12,
  },
  {
    // "its air defences destroyed 44 Ukrainian drones": munitions destroyed in the air were the
    // attack of their side (as "shot down"). Only with the munitions after the verb: "Russian drones
    // destroyed a power plant" is the drones' own attack, read by the pattern below.
    phrases: ['destroyed'],
    cameo: '195',
    type: 'aerial-attack',
    polarity: E,
    fight: true,
    twoSided: true,
    reversed: true,
    near: ['drones', 'drone', 'missiles', 'missile', 'rockets', 'uavs', 'unmanned'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    phrases: ['strike', 'struck', 'strikes', 'hit', 'targeted', 'targeting', 'launched', 'launching'],
    ...WEAPON_USE,
  },
  {
    // '"neutralised" air defence radars and systems at several locations in Pakistan'; not "a bomb
    // disposal squad neutralised the IEDs": explosives made safe are no force used.
    phrases: ['destroyed', 'neutralised', 'neutralized'],
    ...WEAPON_USE,
    objectNot: [
      'ieds',
      'ied',
      'explosives',
      'explosive',
      'mines',
      'landmines',
      'ordnance',
      'bombs',
      'unexploded',
    ],
  },
  {
    // "used drones against": force used; not "using its military bases to train terrorists" nor
    // "used its territory": a place used for something is no use of force.
    phrases: ['using', 'used'],
    ...WEAPON_USE,
    // "accused Niamey of using Benin as a scapegoat": a state used is no target of force.
    partyObject: false,
    objectNot: [
      'bases',
      'base',
      'territory',
      'soil',
      'airspace',
      'camps',
      'infrastructure',
      'facilities',
      // "used trucks and a helicopter to reach stranded families": craft put to rescue, no force.
      'trucks',
      'boats',
      'ambulances',
      'rescue',
      'evacuate',
      'reach',
      'deliver',
      'ferry',
    ],
  },
  {
    // Firing needs a named shooter: "no Pakistani post had fired", "Cambodian soldiers had fired first";
    // so do strikes that kill or are military, whatever the weapon (no labour strike): "Indian strikes
    // killed 31 civilians", "Pakistan carried out military strikes inside Iran".
    phrases: [
      'fired',
      'firing',
      // "North Korea fires artillery near the sea border" (the noun "fires" is no shooting).
      'fires artillery',
      'fires rockets',
      'fires missiles',
      'fires shells',
      'opens fire',
      'strikes killed',
      'strike killed',
      'strikes that killed',
      'strike that killed',
      'strikes have killed',
      'strikes had killed',
      'military strikes',
      'military strike',
      'retaliatory strikes',
      'retaliatory attack',
      'retaliatory attacks',
      'retaliatory operation',
      'retaliatory operations',
      'precision strikes',
      'cross-border strikes',
      'carried out strikes',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
  },
  {
    // "An Israeli strike Friday killed two Hezbollah fighters": a strike that kills, its day between.
    phrases: ['strike', 'strikes'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    near: ['killed', 'kills', 'wounded', 'injured'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    phrases: [
      'strike on',
      'strikes on',
      'wave of strikes',
      'carried out strikes',
      'carried out a strike',
      // "Pakistan launched strikes in Afghanistan": launched or conducted, strikes are force wherever they fell.
      'launched strikes',
      'launched a strike',
      'launched retaliatory strikes',
      'conducted strikes',
      'conducted a strike',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    stateMeans: true,
  },
  {
    phrases: [
      'gunfire',
      'fired shots',
      'shots were fired',
      'shooting',
      'shot dead',
      'shot at',
      'shooting at',
      'sniper fire',
      'small-arms fire',
      'small arms fire',
      'machine-gun fire',
      // Turkish usage: "harassment fire from the Syrian side killed one Turkish soldier".
      'harassment fire',
      'harassing fire',
      // Border-service usage: "Border guards of Uzbekistan used weapons against three citizens".
      'used weapons against',
      'used firearms against',
      'using weapons against',
    ],
    cameo: '193',
    type: 'small-arms-fire',
    polarity: E,
    fight: true,
    twoSided: true,
  },
  {
    phrases: [
      'shelled',
      'shell',
      'shelling',
      'shells',
      'bombarded',
      'bombardment',
      'artillery fire',
      'artillery strikes',
      'mortar fire',
      'mortar attack',
      'rocket fire',
      'rocket attack',
      'rocket attacks',
      'pounded',
      'heavy fire',
      'cross-border shelling',
      'shelling attack',
    ],
    cameo: '194',
    type: 'shelling',
    polarity: E,
    fight: true,
    twoSided: true,
  },
  {
    // "Artillery exchanges along the Line of Control killed ten": shelling both sides do to each other.
    phrases: [
      'artillery exchange',
      'artillery exchanges',
      'exchange of artillery fire',
      'exchanges of artillery fire',
      'exchanged artillery fire',
      'exchanging artillery fire',
      'mortar exchanges',
      'exchanges of mortar fire',
      'exchanged mortar fire',
    ],
    cameo: '194',
    type: 'shelling',
    polarity: E,
    fight: true,
    twoSided: true,
    reciprocal: true,
  },
  {
    // "Azerbaijani forces began pounding Armenian positions": by a named armed side only (rain pounds
    // too), and not "pound" or "pounds", which are money more often than fire.
    phrases: ['pounding'],
    cameo: '194',
    type: 'shelling',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    armedActor: true,
  },
  {
    // "dropped guided bombs", "dropped explosives from a drone": bombs with words between;
    // "showered with ballistic missiles and suicide drones bases of Kurdish opposition groups",
    // "rained down missiles on": munitions poured on a place.
    phrases: ['dropped', 'dropping', 'showered', 'rained down', 'rains down', 'raining down'],
    cameo: '195',
    type: 'aerial-attack',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    near: ['bombs', 'bomb', 'munitions', 'explosives', 'grenades', 'missiles', 'rockets', 'shells'],
    window: 4,
  },
  {
    // "its air defences intercepted Pakistani drones", "shot down eleven Ukrainian drones": the
    // munitions' side attacked the side that stopped them (what the labels and GDELT code).
    // "drones ... were engaged by Indian air defences": engaged as the air defences do.
    phrases: [
      'shot down',
      'intercepted',
      'downed',
      'intercepting',
      'repelled',
      'shoots down',
      'intercepts',
      'engaged by',
    ],
    cameo: '195',
    type: 'aerial-attack',
    polarity: E,
    fight: true,
    twoSided: true,
    reversed: true,
    // "intercepted and destroyed 12 Ukrainian unmanned aerial vehicles" ("vehicles" alone are trucks too).
    near: [
      'drones',
      'drone',
      'missiles',
      'missile',
      'rockets',
      'rocket',
      'projectiles',
      'uav',
      'uavs',
      'shells',
      'unmanned',
    ],
    window: 6,
  },
  {
    phrases: [
      'airstrike',
      'airstrikes',
      'air strike',
      'air strikes',
      'air raid',
      'air raids',
      // "a day after Russia launched its largest air attack on Ukraine".
      'air attack',
      'air attacks',
      'aerial attack',
      'aerial attacks',
      'bombed',
      'bombing raid',
      'dropped bombs',
      'dropped a bomb',
      'drone strike',
      'drone strikes',
      'drone attack',
      'drone attacks',
      'missile strike',
      'missile strikes',
      'missile attack',
      'missile attacks',
      'shot down',
      'shoots down',
      'launched missiles',
      'fired missiles',
      'fired a missile',
    ],
    cameo: '195',
    type: 'aerial-attack',
    polarity: E,
    fight: true,
    twoSided: true,
  },
  {
    phrases: [
      'violated the ceasefire',
      'violating the ceasefire',
      'violates the ceasefire',
      'ceasefire violation',
      'ceasefire violations',
      'violation of the ceasefire',
      'violations of the ceasefire',
      'breached the ceasefire',
      'breach of the ceasefire',
      'broke the ceasefire',
      // "accused Pakistan of breaking the ceasefire", "Pakistan has broken the ceasefire".
      'breaking the ceasefire',
      'broken the ceasefire',
      'breaking the truce',
      'broke the truce',
      'broken the truce',
      'violated the truce',
      'breached the truce',
      'truce violations',
      'violated the cease-fire',
      'cease-fire violations',
      // "accused Pakistan of repeated violations of the understanding" (a ceasefire agreed hours earlier).
      'violations of the understanding',
      'violation of the understanding',
      'violated the understanding',
    ],
    cameo: '196',
    type: 'ceasefire-violation',
    polarity: E,
    twoSided: true,
  },
  {
    // "accused Pakistan of violating a ceasefire agreed just hours earlier": the verb alone, so that
    // the truce it names is still read ("a ceasefire agreed on Wednesday").
    phrases: ['violated', 'violating', 'violates', 'breached', 'breaching'],
    cameo: '196',
    type: 'ceasefire-violation',
    polarity: E,
    twoSided: true,
    near: ['ceasefire', 'truce', 'cease-fire'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    phrases: [
      'occupied',
      'occupying',
      'seized territory',
      // "said it had recaptured the Heglig oil field from South Sudanese forces".
      'recaptured',
      'retook',
      'retaken',
      'infiltrated',
      'crossed into',
      // "Ethiopian forces did not cross into Sudanese territory": the base form after "did not", "would".
      'cross into',
      'advanced into',
      'pushed into',
      'pushing into',
      'advancing into',
      'annexed',
      'invaded',
      // "Russia's full-scale invasion of Ukraine in 2022", "the Iraqi invasion of Kuwait".
      'invasion of',
      // "The Peruvian government has just appropriated Colombian territory".
      'appropriated',
      'appropriating',
    ],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    // "Hundreds of trucks crossed into Pakistan" is trade; a state's forces crossing in is an incursion.
    needsActor: true,
    // "Thousands of Thai tourists crossed into Cambodia" is travel.
    armedActor: true,
    // "soldiers and medics crossed into southern Laos on Wednesday to help evacuate villagers": help.
    notNear: ['to help', 'to rescue', 'to evacuate', 'to assist', 'to deliver aid', 'rescue teams'],
    nearAfterOnly: true,
    window: 9,
  },
  {
    // "Azerbaijan liberates Shusha after 28 years of Armenian occupation": ground taken back by
    // force, as the side that took it tells it (not "liberated the hostages", a release; and not the
    // noun, which names fronts: "the Popular Front for the Liberation of Palestine").
    phrases: ['liberated', 'liberates', 'liberating'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    notNear: [
      'hostages',
      'hostage',
      'prisoners',
      'prisoner',
      'captives',
      'detainees',
      'people',
      'civilians',
      'women',
      'children',
      'slaves',
      'trade',
      'prices',
    ],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "advanced about 3.5 km into Armenian territory": a distance between the verb and "into"; so
    // "crossed some 800 meters into Lebanese territory" (not "crossed the border into", a plain crossing).
    // "flew about two kilometres into Polish territory": craft, an airspace violation (events.ts).
    phrases: ['advanced', 'advancing', 'penetrated', 'crossed', 'flew', 'flown'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    near: ['into'],
    window: 6,
  },
  {
    // "the drone had flown 600 metres across the Working Boundary": across a line.
    phrases: ['flew', 'flown'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    near: ['across'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "denied that any Indian drone had crossed over", "troops crossed over into Pakistani territory".
    phrases: ['crossed over'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
  },
  {
    // "summoned Kenya's envoy to protest an alleged encroachment on its territory": land taken by a
    // state (its people or its forces) is an incursion, as the one who protests tells it.
    phrases: [
      'encroachment on',
      'encroachment into',
      'encroachments on',
      'encroachments into',
      'encroached on',
      'encroached into',
      'encroaching on',
      'encroaching into',
    ],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
  },
  {
    // "Chinese troops came more than 20 kilometres inside Indian territory": forces inside the other's
    // land, a distance told between.
    phrases: ['came', 'went', 'ventured', 'strayed'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    near: ['inside'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "Troops from South Sudan moved into an oil-rich border town claimed by Sudan", "Sudan's army said
    // it was advancing on the disputed town of Heglig": forces entering ground the other side holds.
    phrases: ['moved into', 'moving into', 'moves into', 'advancing on', 'advanced on', 'marching on'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    // Only ground the other side holds or claims: a move into one's own region is a posture (below).
    near: ['disputed', 'claimed', 'contested'],
    nearAfterOnly: true,
    window: 8,
  },
  {
    // "Russian border guards have moved signs marking the boundary ... deeper into Georgian-controlled
    // territory": the line moved onto the neighbour's land ("borderization"). Not a fence or signs
    // put up: states build those on their own side.
    phrases: ['moved', 'moving', 'shifted', 'shifting'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    near: ['signs', 'banners', 'markers', 'border signs', 'boundary signs'],
    nearAfterOnly: true,
    window: 2,
    objectNot: ['own'],
  },
  {
    // "Turkish special forces landed on the second islet": forces put ashore on disputed ground.
    phrases: ['landed', 'landing'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    near: ['islet', 'islets', 'island', 'islands', 'rock', 'rocks', 'reef', 'shore', 'coast'],
    nearAfterOnly: true,
    window: 5,
  },
  {
    // Indian usage for crossing the Line of Actual Control: "Chinese soldiers tried to transgress the LAC".
    phrases: ['transgress', 'transgressed', 'transgressing'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
  },
  {
    // As for "incursion": "objected to the reported transgressions" names ones told before.
    phrases: ['transgression', 'transgressions'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    indefinite: true,
  },
  {
    // "an incursion by Indian troops" is news; "condemned the Israeli incursion" names one told before.
    phrases: ['incursion', 'incursions'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    indefinite: true,
  },
  {
    // "soldiers briefly crossed the military demarcation line": a state's forces over the line.
    // Only with a state for actor: trucks and refugees cross borders every day.
    phrases: ['crossed'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    near: ['border', 'line', 'frontier', 'boundary', 'lac', 'loc'],
    window: 4,
    needsActor: true,
  },
  {
    // "No shots have been fired", "not a single shot was fired": fire no one exchanged, told of both
    // sides at once (a shot told fired is read by its agent, not here).
    phrases: [
      'shots have been fired',
      'shots were fired',
      'shots had been fired',
      'shot was fired',
      'shot has been fired',
      'shot had been fired',
      'fire was exchanged',
      'fire has been exchanged',
      'shots fired',
    ],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    reciprocal: true,
    // Right before the shots only: "shots were fired, no one was hurt" tells fire.
    near: ['no', 'single'],
    window: 1,
  },
  {
    // Shots that signal rather than fight: CAMEO coerce, not fight.
    phrases: [
      'warning shots',
      'fired warning shots',
      // "accused Chinese soldiers of firing warning shots" (not the fight "firing" before them).
      'firing warning shots',
      'fire warning shots',
      'fires warning shots',
      'fired into the air',
      'shots into the air',
      'fired shots into the air',
      'fired in the air',
      'fired shots in the air',
      'shots in the air',
    ],
    cameo: '17',
    type: 'warning-shots',
    polarity: E,
  },
  // 20 mass violence, 18 assault
  {
    phrases: ['massacre', 'massacred', 'ethnic cleansing', 'genocide', 'carpet bombing', 'mass killings'],
    cameo: '200',
    type: 'mass-violence',
    polarity: E,
  },
  {
    phrases: ['abducted', 'kidnapped', 'abduction', 'kidnapping', 'took hostage'],
    cameo: '181',
    type: 'abduction',
    polarity: E,
  },
  {
    // "had taken away at least seven Mauritanian herders": people carried off by armed men.
    phrases: ['taken away', 'took away', 'carried off', 'led away'],
    cameo: '181',
    type: 'abduction',
    polarity: E,
    armedActor: true,
    near: VICTIM_NOUNS,
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "accused Sudan's air force of bombing an area near the border": bombing from the air (the
    // bombing below, a suicide or car bomb's, is no state's weapon).
    phrases: ['bombing', 'bombings'],
    cameo: '195',
    type: 'aerial-attack',
    polarity: E,
    fight: true,
    twoSided: true,
    near: [
      'air',
      'aircraft',
      'airspace',
      'jets',
      'warplanes',
      'planes',
      'helicopter',
      'helicopters',
      'bombers',
      'drone',
      'drones',
    ],
    window: 6,
  },
  {
    phrases: ['suicide bombing', 'car bomb', 'bomb attack', 'bombing', 'roadside bomb', 'blast', 'explosion'],
    cameo: '183',
    type: 'bombing',
    polarity: E,
  },
  {
    // "Sources say Israel booby-trapped the devices", "Israel detonated the pagers": a bombing by a
    // named doer (with none named, "booby-trapped cars" are no state's act).
    phrases: [
      'booby-trapped',
      'booby-trapping',
      'detonated the devices',
      'detonated the pagers',
      'remotely detonated',
    ],
    cameo: '183',
    type: 'bombing',
    polarity: E,
    needsActor: true,
  },
  { phrases: ['assassinated', 'assassination'], cameo: '186', type: 'assassination', polarity: E },
  {
    // "protest against the killing of a 15-year-old girl by India's Border Security Force": a
    // killing with its killer named after "by" (without one it is a casualty, not an act).
    phrases: ['killing of', 'killings of'],
    cameo: '190',
    type: 'killing',
    polarity: E,
    needsActor: true,
  },
  {
    // "Tajik guards killed two Kyrgyz soldiers", "accused Ethiopia's army of executing seven Sudanese
    // soldiers": armed men of a named state killing people are its use of force (the toll is read
    // by casualties.ts); "the clash killed three" has no such actor.
    // "accused Israel of wounding one of its border guards": a wounding told as a deed, its victims
    // named after it (the gerund only: "the wounded" and tolls are no acts).
    phrases: [
      'killed',
      'kills',
      'killing',
      'executed',
      'executing',
      'shot and killed',
      'wounding',
      'injuring',
    ],
    cameo: '190',
    type: 'killing',
    polarity: E,
    fight: true,
    twoSided: true,
    needsActor: true,
    armedActor: true,
    subjectActor: true,
    near: VICTIM_NOUNS,
    nearAfterOnly: true,
    // "killed more than 200 Ethiopian TPLF troops": past a figure and the victims' state.
    window: 7,
  },

  {
    // "four of its soldiers had been killed by Azerbaijani fire", "came under Israeli fire": fire is
    // a state's only with its adjective ("a fire broke out" is no one's).
    phrases: ['fire'],
    cameo: '190',
    type: 'armed-clash',
    polarity: E,
    fight: true,
    twoSided: true,
    stateAdjective: true,
  },
  {
    // "accused Cambodia of laying new mines in the area": mines laid on the line are a use of force.
    phrases: ['laid', 'laying', 'planted', 'planting'],
    cameo: '190',
    type: 'mine-laying',
    polarity: E,
    needsActor: true,
    // "accused Cambodian troops of planting it": a pronoun object reads the sentence before it.
    near: ['mines', 'landmines', 'mine', 'landmine'],
    window: 3,
  },
  {
    // "a Polish soldier who was stabbed by a migrant", "Indian troops beat up herders": bodily
    // assault by someone of a named side.
    // Only with the victims after the verb: "a Polish soldier stabbed at the border" was stabbed
    // ("beaten" alone is a team's defeat).
    // "accused Russian officers of beating several of the detainees", "had mistreated the detainees".
    phrases: [
      'stabbed',
      'stabbing',
      'beat up',
      'beating up',
      'beat',
      'beating',
      'assaulted',
      'tortured',
      'torturing',
      'mistreated',
      'mistreating',
      'ill-treated',
    ],
    cameo: '182',
    type: 'physical-assault',
    polarity: E,
    needsActor: true,
    near: VICTIM_NOUNS,
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "was stabbed by a migrant", "beaten to death by Indian border guards": the doer after "by".
    phrases: [
      'stabbed by',
      'beaten to death by',
      'beaten up by',
      'assaulted by',
      'tortured by',
      'mistreated by',
    ],
    cameo: '182',
    type: 'physical-assault',
    polarity: E,
    passive: true,
    needsActor: true,
  },
  {
    // Forces burning homes: violence against property, by a named side ("Tajik forces set fire to houses").
    phrases: ['set fire to', 'set ablaze', 'torched', 'burned down', 'burnt down'],
    cameo: '180',
    type: 'arson',
    polarity: E,
    needsActor: true,
  },
  {
    // "North Korea blew up sections of two roads": destroying roads, bridges or posts on the line.
    phrases: ['blew up', 'blown up', 'blowing up', 'demolished', 'dynamited'],
    cameo: '180',
    type: 'demolition',
    polarity: E,
    needsActor: true,
    near: [
      'roads',
      'road',
      'bridge',
      'bridges',
      'railway',
      'railways',
      'tunnel',
      'tunnels',
      'posts',
      'post',
      'checkpoint',
      // "North Korea blew up the inter-Korean liaison office in Kaesong".
      'office',
      'building',
    ],
    window: 6,
  },
  {
    // "Chinese ships rammed Vietnamese coast guard vessels near the oil rig": force on a vessel
    // without fire (182, physical assault).
    phrases: ['rammed', 'ramming', 'rams', 'ram into', 'rammed into'],
    cameo: '182',
    type: 'physical-assault',
    polarity: E,
    needsActor: true,
    // "Video from a Russian ship ... shows it ramming a Ukrainian tug": only a subject right before rams.
    subjectActor: true,
    near: ['vessels', 'vessel', 'ships', 'ship', 'boats', 'boat', 'us', 'tugboat', 'frigate', 'patrol'],
    nearAfterOnly: true,
    window: 5,
  },
  {
    // "Tajik forces had burned houses in the village of Kok-Tash": burning homes or buildings.
    phrases: ['burned', 'burnt', 'burning'],
    cameo: '180',
    type: 'arson',
    polarity: E,
    needsActor: true,
    near: ['houses', 'homes', 'house', 'home', 'villages', 'buildings', 'schools', 'school', 'shops'],
    window: 3,
  },
  // 17 coerce
  {
    // "a Chinese coast guard vessel fired a water cannon at a Philippine ship": force short of arms
    // (no armed clash, whatever "fired" says).
    phrases: [
      'water cannon',
      'water cannons',
      'water-cannoned',
      'water cannoned',
      'fired a water cannon',
      'fired water cannon',
      'fired water cannons',
      'used water cannon',
      'used water cannons',
      'used a water cannon',
    ],
    cameo: '175',
    type: 'water-cannon',
    polarity: E,
    needsActor: true,
  },

  {
    // "Kyrgyz police rounded up 20 Tajik traders at the market".
    phrases: [
      'detained',
      'arrested',
      'detains',
      'arrests',
      // "accused Serbian police of detaining two Bosnian fishermen".
      'detaining',
      'arresting',
      'apprehended',
      'captured soldiers',
      'rounded up',
    ],
    cameo: '173',
    type: 'arrest',
    polarity: E,
  },
  {
    // "captured six Armenian soldiers": people taken are detained; ground taken is occupied (below).
    phrases: ['captured', 'capturing'],
    cameo: '173',
    type: 'arrest',
    polarity: E,
    near: VICTIM_NOUNS,
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "seven others captured by the MFDC": captives taken by the one after "by" (no ground taken).
    phrases: ['captured by', 'detained by', 'arrested by'],
    cameo: '173',
    type: 'arrest',
    polarity: E,
    passive: true,
    needsActor: true,
  },
  {
    // "condemned the detention of two Georgian citizens by Russian border guards".
    phrases: ['detention of', 'arrest of', 'arrests of', 'detentions of'],
    cameo: '173',
    type: 'arrest',
    polarity: E,
    needsActor: true,
  },
  {
    phrases: ['captured', 'capturing'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    notNear: VICTIM_NOUNS,
    nearAfterOnly: true,
    window: 4,
  },
  {
    phrases: ['seized', 'seizing', 'confiscated', 'impounded', 'blockade', 'blockaded'],
    cameo: '171',
    type: 'seizure',
    polarity: E,
    // "seized about 1.5 million methamphetamine pills": contraband taken at a border is policing.
    notNear: [
      'drugs',
      'narcotics',
      'pills',
      'methamphetamine',
      'heroin',
      'cocaine',
      'opium',
      'cannabis',
      'contraband',
      'cigarettes',
      'smuggled',
      'counterfeit',
    ],
    nearAfterOnly: true,
    window: 8,
  },
  {
    // "Russian border guards removed two dozen buoys marking the border": the other side's border
    // marks taken away.
    phrases: ['removed', 'removing', 'dismantled', 'dismantling', 'tore down', 'uprooted', 'pulled out'],
    cameo: '171',
    type: 'seizure',
    polarity: E,
    needsActor: true,
    near: ['buoys', 'buoy', 'markers', 'marker', 'border posts', 'pillars'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "expelled two Russian diplomats", "the expulsion of the Serbian ambassador": envoys sent home
    // cut diplomatic relations (CAMEO 161, as a recall does), not people deported (174).
    phrases: ['expelled', 'expel', 'expels', 'expelling', 'expulsion', 'expulsions'],
    cameo: '161',
    type: 'expulsion',
    polarity: E,
    near: DIPLOMATS_EXPELLED,
    window: 5,
  },
  {
    // "Ugandan police evicted Kenyan fishermen from the island".
    phrases: ['expelled', 'expel', 'expels', 'expelling', 'deported', 'expulsion', 'evicted', 'evicting'],
    cameo: '174',
    type: 'expulsion',
    polarity: E,
  },
  {
    // "Phnom Penh gave Vientiane 72 hours to pull its construction crews back": a deadline given
    // to the other side is an ultimatum (what it is told to do is not done).
    phrases: ['hours to', 'days to', 'weeks to'],
    cameo: '138',
    type: 'threat',
    polarity: E,
    threat: true,
    governs: 'threaten',
    needsActor: true,
    near: ['gave', 'given', 'giving', 'gives'],
    window: 5,
  },
  {
    // "given Kenyan diplomats seven days to leave", "gave the defence attache 48 hours to leave the country".
    phrases: ['days to leave', 'hours to leave', 'to leave the country'],
    cameo: '161',
    type: 'expulsion',
    polarity: E,
    near: DIPLOMATS_EXPELLED,
    window: 8,
  },
  {
    // "ordered its diplomats home from Nairobi": envoys recalled.
    phrases: ['diplomats home', 'ambassador home', 'envoy home', 'envoys home'],
    cameo: '161',
    type: 'envoy-recall',
    polarity: E,
  },
  {
    // 'said Venezuela was protecting "narco-terrorist" groups': harbouring armed men named by
    // another state is the teller's accusation of the harbourer.
    phrases: ['protecting', 'sheltering', 'harbouring', 'harboring', 'shielding', 'giving refuge to'],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    near: [
      'terrorist',
      'terrorists',
      'narco-terrorist',
      'militants',
      'rebels',
      'insurgents',
      'armed groups',
      'guerrillas',
    ],
    // "protecting its borders from terrorists" guards against them.
    notNear: ['from', 'against'],
    nearAfterOnly: true,
    window: 5,
    speakerActs: true,
  },
  // 16 reduce relations
  {
    phrases: [
      'closed the border',
      'closes the border',
      'closing the border',
      'closed its border',
      'closed their border',
      'shut the border',
      'shut its border',
      'sealed the border',
      'sealed its border',
      'closed border crossings',
      'closed the crossings',
      'closed the crossing',
      'suspended border crossings',
      'shut down the border',
      'halted cross-border trade',
      'suspended trade',
    ],
    cameo: '1621',
    type: 'border-closure',
    polarity: E,
  },
  {
    // "said it would permanently cut off roads and railways linking it to the South".
    phrases: ['cut off', 'cut off all', 'sever', 'severed', 'severing', 'block off', 'blocked off'],
    cameo: '1621',
    type: 'border-closure',
    polarity: E,
    needsActor: true,
    near: ['roads', 'railways', 'railway', 'rail links', 'road links', 'crossings'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "Finland will close the last crossing point on its border with Russia", "shut the Torkham
    // crossing": a state closing a border or its crossings, whatever words stand between ("close to
    // the border" is where, not what).
    // "blocked river border crossings into Niger".
    phrases: [
      'close',
      'closes',
      'closed',
      'closing',
      'shut',
      'shuts',
      'shutting',
      'seal',
      'seals',
      'blocked',
      'blocks',
      // "Finland has shuttered the Raja-Jooseppi border checkpoint".
      'shuttered',
      'shutters',
      'shuttering',
      // "announcing the permanent shutdown of the same checkpoint".
      'shutdown',
    ],
    cameo: '1621',
    type: 'border-closure',
    polarity: E,
    needsActor: true,
    near: [
      'border',
      'borders',
      'crossing',
      'crossings',
      'checkpoint',
      'checkpoints',
      'frontier',
      'border posts',
      // "decided to close three bridges connecting Colombia and Venezuela", "temporarily closed the
      // 'Saatse Boot' passage".
      'bridge',
      'bridges',
      'passage',
    ],
    notNear: ['to', 'by', 'near', 'from', 'in', 'at', 'on'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "ordered a border closure" is news; "described the border closure as regrettable" tells it again.
    phrases: ['border closure', 'border closures'],
    cameo: '1621',
    type: 'border-closure',
    polarity: E,
    indefinite: true,
  },
  {
    phrases: [
      'severed ties',
      'severed diplomatic ties',
      'severed relations',
      'severed diplomatic relations',
      'cut diplomatic ties',
      'cut ties',
      'cut diplomatic relations',
      'cut relations',
      'cuts ties',
      'cuts relations',
      'cuts diplomatic ties',
      'cuts diplomatic relations',
      'broke off relations',
      'broke off diplomatic relations',
      'broke off ties',
      'broke off diplomatic ties',
      'broken off diplomatic relations',
      'severing relations',
      'severing diplomatic relations',
      'downgraded ties',
      'downgraded relations',
      'downgraded diplomatic ties',
      'downgraded diplomatic relations',
      // "would downgrade diplomatic relations": the act a threat names.
      'downgrade relations',
      'downgrade diplomatic relations',
      'downgrade ties',
      'downgrade diplomatic ties',
      // "hit back by downgrading relations to the lowest level".
      'downgrading ties',
      'downgrading relations',
      'downgrading diplomatic ties',
      'downgrading diplomatic relations',
      'severing ties',
      'severing diplomatic ties',
      'cutting ties',
      'cutting diplomatic ties',
      // "Algeria is cutting diplomatic relations with Morocco".
      'cutting relations',
      'cutting diplomatic relations',
      // "broke diplomatic relations in August", "is severing its diplomatic relations with Morocco".
      'broke diplomatic relations',
      'broke diplomatic ties',
      'broken diplomatic relations',
      'broken diplomatic ties',
      'break diplomatic relations',
      'break off diplomatic relations',
      'breaking off diplomatic relations',
      'sever ties',
      'sever diplomatic ties',
      'sever diplomatic relations',
      'severed its diplomatic relations',
      'severed its ties',
      'severed all ties',
      'severing its diplomatic relations',
      'severing its relations',
      'severing its ties',
    ],
    cameo: '161',
    type: 'ties-cut',
    polarity: E,
  },
  {
    phrases: [
      'recalled its ambassador',
      'recalled their ambassadors',
      // "it is calling back its ambassador to Ethiopia".
      'calling back its ambassador',
      'called back its ambassador',
      'calls back its ambassador',
      'call back its ambassador',
      'recalled ambassador',
      'recalled ambassadors',
      'recalled its envoy',
      'recalled their envoys',
      'recalled its high commissioner',
      'recalls its ambassador',
      'recalling its ambassador',
      'recalling their ambassadors',
      // "prompting Bangkok to recall its ambassador": done, as the verb before it says.
      'recall its ambassador',
      'recall their ambassadors',
      'recall its envoy',
      'withdrew its ambassador',
      'withdrew their ambassadors',
      // "led Bangkok to withdraw its ambassador to Cambodia": done, as with "recall" above.
      'withdraw its ambassador',
      'withdraw their ambassadors',
      'withdraw its envoy',
      'recalled his ambassador',
      // "had summoned his ambassador to Belize for consultations": one's own envoy summoned is called home.
      'summoned its ambassador',
      'summoned his ambassador',
      'summoned her ambassador',
      'summoned their ambassadors',
      'summoned its envoy',
    ],
    cameo: '161',
    type: 'envoy-recall',
    polarity: E,
  },
  {
    // "Cambodia downgraded ties and withdrew its diplomats from Bangkok": envoys withdrawn, no troops.
    phrases: ['withdrew', 'withdrawn', 'withdrawing', 'withdraws', 'pulled out'],
    cameo: '161',
    type: 'envoy-recall',
    polarity: E,
    near: ['diplomats', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'embassy'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "recalling its own ambassadors from Mali and Niger": a recall with words before its envoys.
    phrases: ['recalled', 'recalling', 'recall', 'recalls'],
    cameo: '161',
    type: 'envoy-recall',
    polarity: E,
    // "would recall its charge d'affaires from Ankara".
    near: [
      'ambassador',
      'ambassadors',
      'envoy',
      'envoys',
      'diplomats',
      "charge d'affaires",
      "chargé d'affaires",
      'high commissioner',
    ],
    // "recalled her country's ambassador".
    window: 4,
  },
  {
    // "Rabat recalled her for consultations": an envoy told before, recalled as envoys are.
    phrases: ['recalled', 'recalls'],
    cameo: '161',
    type: 'envoy-recall',
    polarity: E,
    near: ['consultations'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    phrases: [
      'imposed sanctions',
      'sanctions on',
      'embargo',
      'trade ban',
      'transit ban',
      'import ban',
      'export ban',
    ],
    cameo: '163',
    type: 'sanctions',
    polarity: E,
    // "called on the UN to lift an arms embargo on the Libyan army": lifting one imposes none.
    notNear: ['lift', 'lifted', 'lifting', 'lifts', 'ease', 'eased', 'easing', 'eases'],
    window: 3,
  },
  {
    // "Ecuador imposed a 30 percent tariff on Colombian imports", "responded with a matching tariff",
    // "suspended electricity sales to Ecuador": trade used against a neighbour.
    phrases: [
      'tariff on',
      'tariffs on',
      'matching tariff',
      'retaliatory tariff',
      'retaliatory tariffs',
      'suspended electricity sales',
      'suspended electricity exports',
      'cut off electricity',
      'halted electricity exports',
      // "Uzbekistan cut off gas supplies to Tajikistan", "halted gas deliveries to Tajikistan in 2012".
      'cut off gas',
      'cut off gas supplies',
      'halted gas supplies',
      'suspended gas supplies',
      'halted gas deliveries',
      'stopped gas deliveries',
      'suspended gas deliveries',
    ],
    cameo: '163',
    type: 'sanctions',
    polarity: E,
    needsActor: true,
  },
  {
    // "banning three Croatian members of parliament from entering Serbia": the other side's people
    // kept out, a restriction on it.
    phrases: ['banned', 'banning', 'barred', 'barring', 'bans', 'bars'],
    cameo: '163',
    type: 'sanctions',
    polarity: E,
    needsActor: true,
    near: ['from entering'],
    nearAfterOnly: true,
    window: 8,
  },
  {
    // "banning the rail transit of goods ... to Kaliningrad", "banned imports of Georgian wine".
    phrases: ['banned', 'bans', 'banning', 'ban', 'restricted', 'restricting', 'barred', 'barring'],
    cameo: '163',
    type: 'sanctions',
    polarity: E,
    needsActor: true,
    near: ['transit', 'imports', 'exports', 'shipments', 'cargo', 'entry'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    phrases: [
      'suspended talks',
      'called off talks',
      'walked out of talks',
      'pulled out of talks',
      'broke off talks',
      'broke off negotiations',
      'suspended negotiations',
      // "suspended a planned meeting on the border dispute": talks halted, no border closed.
      'suspended a planned meeting',
      'suspended a meeting',
      'suspended the meeting',
      'cancelled a planned meeting',
      'cancelled a meeting',
      'canceled a meeting',
      'called off a meeting',
      'called off a planned meeting',
    ],
    cameo: '164',
    type: 'talks-halted',
    polarity: E,
  },
  {
    // "closed his country's embassy in Bogota": diplomatic relations reduced, not a border closed.
    phrases: ['closed', 'closes', 'closing', 'shut', 'shuts', 'shut down'],
    cameo: '161',
    type: 'ties-cut',
    polarity: E,
    needsActor: true,
    near: EMBASSY_NOUNS,
    nearAfterOnly: true,
    window: 4,
  },
  {
    phrases: [
      'closed',
      'closes',
      'closing',
      'shut',
      'shuts',
      'sealed',
      'seals',
      'suspended',
      // "had already shut down seven of the eight border checkpoints".
      'shut down',
      // "prompting authorities to close the crossing" (a bare "close" is as often "close to").
      'to close',
      'to shut',
      'to seal',
    ],
    cameo: '1621',
    type: 'border-closure',
    polarity: E,
    // "suspended farming around the blast area": work stopped near a border closes nothing.
    objectNot: [...EMBASSY_NOUNS, 'farming', 'cultivation', 'work', 'works', 'construction'],
    // "Poland and Lithuania closed their borders with Belarus", "to shut two bridges connecting".
    near: [...BORDER_WAYS, 'border crossings', 'airspace', 'bridge', 'bridges'],
    // "closed the Torkham and Chaman crossings", "shut seven of its eight crossings".
    window: 6,
  },
  {
    // "Kigali announced the closure of the Gatuna border post", "announced the closure of the
    // country's airspace to all Moroccan planes".
    phrases: ['closure', 'closures'],
    cameo: '1621',
    type: 'border-closure',
    polarity: E,
    objectNot: EMBASSY_NOUNS,
    near: [...BORDER_WAYS, 'border post', 'airspace'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // A pact suspended or torn up: reduce relations.
    // "voted to fully suspend a 2018 military agreement": the bare verb after a decision too.
    phrases: [
      'suspended',
      'suspends',
      'suspend',
      'suspending',
      'scrapped',
      'scrap',
      'scrapping',
      'withdrew from',
      'pulled out of',
      'tore up',
      // "announced the suspension of the peace agreement", "to halt the implementation of the peace agreement".
      'suspension',
      'halt the implementation',
      'halted the implementation',
      'halting the implementation',
    ],
    cameo: '165',
    type: 'pact-suspended',
    polarity: E,
    near: ['agreement', 'pact', 'accord', 'treaty', 'deal', 'agreements'],
    window: 6,
  },
  {
    // Coercion short of force (labelling rules: warning shots and propaganda broadcasts are 17).
    phrases: [
      'propaganda broadcasts',
      'loudspeaker broadcasts',
      'resumed broadcasts',
      'propaganda leaflets',
      'trash balloons',
      'rubbish balloons',
      'balloons carrying',
      'propaganda loudspeakers',
    ],
    cameo: '17',
    type: 'propaganda',
    polarity: E,
    // "smugglers flew dozens of balloons carrying cigarettes": contraband, no propaganda.
    notNear: ['cigarettes', 'contraband', 'smuggled', 'smugglers', 'tobacco'],
    window: 5,
  },
  {
    // "Seoul halted loudspeaker broadcasts into North Korea to restore trust", "ordered the suspension
    // of loudspeaker broadcasts", "completed dismantling its loudspeakers": coercion stopped is a
    // step down, not the coercion (nor is what the broadcasts were "targeting" an attack).
    phrases: [
      'halted',
      'halts',
      'halting',
      'halt',
      'suspended',
      'suspends',
      'suspending',
      'suspend',
      // (the bare noun, which the pacts suspended share: "the suspension of loudspeaker broadcasts").
      'suspension',
      'stopped',
      'dismantled',
      'dismantling',
      'dismantle',
      'turned off',
      'switched off',
    ],
    cameo: '087',
    type: 'stand-down',
    polarity: D,
    oneSided: true,
    governs: 'absorb',
    near: ['loudspeaker', 'loudspeakers', 'broadcast', 'broadcasts', 'propaganda', 'leaflets', 'balloons'],
    nearAfterOnly: true,
    // "to suspend from 2 p.m. Wednesday its propaganda broadcasts".
    window: 7,
  },
  {
    // "switched on its propaganda loudspeakers along the border", "resumed loudspeaker broadcasts".
    phrases: ['switched on', 'turned on', 'resumed', 'restarted'],
    cameo: '17',
    type: 'propaganda',
    polarity: E,
    near: ['loudspeakers', 'loudspeaker', 'propaganda'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "The Chinese People's Liberation Army has been blocking Indian patrols": one side's forces
    // kept from moving on ground it claims. Coded under coercion, not as the blockade of CAMEO 191,
    // which this project reads as fighting.
    phrases: ['blocked', 'blocking', 'blocks', 'obstructed', 'obstructing', 'obstructs'],
    cameo: '17',
    type: 'obstruction',
    polarity: E,
    near: ['patrols', 'patrol', 'patrolling'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "Azerbaijan announced it had opened a checkpoint at the start of the road that leads from
    // Armenia": a new post of control on the way, no crossing opened to the neighbour.
    phrases: [
      'opened a checkpoint',
      'opened a new checkpoint',
      'set up a checkpoint',
      'installed a checkpoint',
      'established a checkpoint',
      'erected a checkpoint',
      // "Kazakhstan set roadblocks with armed men in the Kazakh village of Kordai".
      'set roadblocks',
      'set up roadblocks',
      'erected roadblocks',
      'set up checkpoints',
    ],
    cameo: '17',
    type: 'obstruction',
    polarity: E,
    needsActor: true,
  },
  // 15 force posture
  {
    phrases: [
      'deployed',
      'deploying',
      'deployment',
      'deployments',
      'troop build-up',
      'build-up',
      'buildup',
      'troop buildup',
      'military build-up',
      'massing',
      'massed',
      'mobilised',
      'mobilized',
      'mobilising',
      'mobilizing',
      'mobilisation',
      'mobilization',
      'reinforcements',
      'reinforced',
      // "fortify its side of the border".
      'fortify',
      'fortified',
      'fortifying',
      // "Colombia would strengthen its forces on its side of the frontier".
      'strengthen its forces',
      'strengthened its forces',
      'strengthening its forces',
      'bolster its forces',
      'bolstered its forces',
      'strengthen its military presence',
      'strengthened its military presence',
      'military drills',
      'military exercises',
      // "The Venezuelan military is conducting exercises at its border with Guyana".
      'conducting exercises',
      'conducted exercises',
      'conducts exercises',
      'holding exercises',
      'held exercises',
      // "Iran's national army has begun exercises near its border" (not "exercises its right").
      'begun exercises',
      'began exercises',
      'begins exercises',
      'held exercises',
      'holds exercises',
      'staged exercises',
      'conducted exercises',
      'army exercises',
      'joint exercises',
      'war games',
      'drills',
      'high alert',
      'on alert',
      'full alert',
      'maximum alert',
      'highest alert',
      // "raised its alert to the highest level", "declared a quasi-state of war in front-line areas".
      'raised its alert',
      'raised the alert',
      'raised its alert level',
      'raised the alert level',
      'quasi-state of war',
      'semi-war state',
      'state of semi-war',
      'full readiness',
      'combat readiness',
      'moved troops',
      // "Maduro orders troops to Guyana border" (not "deploys": "under the deal, the army deploys
      // soldiers south of the river" tells what a deal provides).
      'orders troops',
      'ordered troops',
      'sends troops',
      'masses troops',
      'moves troops',
      // "have been moving tanks and artillery towards the border" ("moving away" is a pullback).
      'moving troops',
      'moving tanks',
      'moving artillery',
      'moving heavy weapons',
      'moving armour',
      'moving armor',
      'moving reinforcements',
      'moved tanks',
      'moved artillery',
      'sent troops',
      'sent reinforcements',
      'amassed',
      'amassing',
      'took up positions',
      'fortified',
      'scrambled',
      // "prompting Thailand to scramble F-16s".
      'to scramble',
    ],
    cameo: '154',
    type: 'force-posture',
    polarity: E,
    // "Uganda has deployed troops in South Sudan since March to support President Salva Kiir's
    // government": forces sent to an ally's aid are no posture against it.
    notNear: ['to support', 'in support of', 'at the request of', 'at the invitation of'],
    nearAfterOnly: true,
    window: 9,
  },
  {
    // "Poland will reinforce its border with Belarus with 500 policemen": a border made stronger is
    // forces sent to it ("reinforced" alone is a posture already).
    phrases: [
      'reinforce',
      'reinforces',
      'reinforcing',
      'bolster',
      'bolsters',
      'bolstered',
      'bolstering',
      'beef up',
      'beefs up',
      'beefed up',
      'beefing up',
    ],
    cameo: '154',
    type: 'force-posture',
    polarity: E,
    needsActor: true,
    near: ['border', 'borders', 'frontier'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "Greek jets had harassed Turkish aircraft over the Aegean": forces menacing the other side's
    // craft or patrols, no shot fired (a show of force, 150).
    phrases: ['harassed', 'harassing', 'harasses', 'harass'],
    cameo: '150',
    type: 'force-posture',
    polarity: E,
    needsActor: true,
    armedActor: true,
    near: [
      'aircraft',
      'jets',
      'planes',
      'vessels',
      'ships',
      'boats',
      'patrol',
      'patrols',
      'troops',
      'soldiers',
    ],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "Thai and Cambodian soldiers faced off at the Ta Muen Thom temple": forces squared up, no shot
    // fired; "Greek and Turkish coast guard vessels were locked in a standoff near Imia".
    phrases: [
      'faced off',
      'face off',
      'facing off',
      'faced each other',
      'facing each other',
      'standoff',
      'stand-off',
      'locked in a standoff',
    ],
    cameo: '154',
    type: 'force-posture',
    polarity: E,
    reciprocal: true,
    armedActor: true,
    // Forces named near: not delegations "facing each other" across a table, nor a candidate
    // "facing off against" a rival in an election.
    near: [
      'soldiers',
      'troops',
      'forces',
      'guards',
      'army',
      'armies',
      'military',
      'warships',
      'vessels',
      'tanks',
      'coast guard',
    ],
    window: 8,
  },
  {
    // "ordered 3,200 troops to the border", "ordered tanks and 10 battalions to": forces as the order's
    // object (forces ordered back are a pullback: events.ts, orderedBack).
    phrases: ['ordered', 'orders', 'ordering'],
    cameo: '154',
    type: 'force-posture',
    polarity: E,
    near: [
      'troops',
      'soldiers',
      'tanks',
      'battalions',
      'battalion',
      'brigade',
      'reinforcements',
      'warships',
      'armoured',
      'armored',
    ],
    nearAfterOnly: true,
    // "ordered more than 5,000 troops": a head count before the forces.
    window: 5,
  },
  {
    // Verbs that move forces: a posture only with forces as their object ("sent additional troops").
    phrases: [
      'sent',
      'sending',
      // A timeline's present: "Guatemala sends 300 soldiers and two army helicopters to Jutiapa".
      'sends',
      // "said Poland would send more troops".
      'send',
      'moved',
      'called up',
      'rushed',
      // "Cambodia answered by rushing troops and armoured vehicles to the border".
      'rushing',
      'dispatched',
      'dispatching',
      'stationed',
      'positioned',
      'brought in',
      // "had placed surface-to-air missile systems along the border".
      'placed',
      'installed',
      'increased',
      'stepped up',
      'boosted',
      'heading towards',
      'heading toward',
      // "10,000 Mexican troops head to US border".
      'head to',
      'heads to',
      'headed to',
      'heading to',
      'moving towards',
      'moving toward',
      'advancing towards',
      // "Israeli troops moved into the buffer zone": a move of forces (into a town held by the other
      // side, an incursion: the pattern before).
      'moved into',
      'moving into',
      'moves into',
    ],
    cameo: '154',
    type: 'force-posture',
    polarity: E,
    near: [
      'troops',
      'soldiers',
      'units',
      'reservists',
      'reinforcements',
      'tanks',
      'armoured',
      'armored',
      // "had moved heavy armour towards the border".
      'armour',
      'armor',
      'heavy weapons',
      'military equipment',
      'military hardware',
      'artillery',
      'battalions',
      // "sent an extra battalion to Twic County", "moved a brigade and a regiment of howitzers".
      'battalion',
      'brigade',
      'brigades',
      'regiment',
      'regiments',
      'howitzers',
      'rocket launchers',
      'missile systems',
      'missile batteries',
      'surface-to-air',
      'anti-aircraft',
      'air defence systems',
      'air defense systems',
      'warships',
      'forces',
      'military presence',
      'patrols',
      // "sent two navy patrol boats to a stretch of the river", "moved two of its own launches".
      'patrol boats',
      'gunboats',
      'launches',
      // "moved an extra company of soldiers to Shang'ombo".
      'company of soldiers',
      'company of troops',
      'platoon',
      'platoons',
    ],
    window: 4,
  },

  {
    phrases: [
      'entered',
      // "helicopters were seen entering Bangladeshi airspace".
      'entering',
      'enters',
      'flew into',
      'flying into',
      'strayed into',
      'flew over',
      'flown over',
      'intruded into',
      'intruding into',
      'violated',
      'violation of',
      'violations of',
      // "Amid Iran's breach of Pakistani airspace".
      'breach of',
      'breached',
      'breaching',
    ],
    cameo: '150',
    type: 'airspace-violation',
    polarity: E,
    near: ['airspace', 'waters', 'territorial waters', 'islands'],
    window: 4,
  },
  {
    // "Chinese troops have intruded deep into Indian territory": forces intruding on land (into
    // airspace or waters, the violation above).
    phrases: ['intruded into', 'intruding into', 'intruded deep into', 'intruding deep into'],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
  },
  {
    // "Peru's government has declared a state of emergency along its northern border": the border
    // put under emergency rule, its forces on alert (not a flood or an epidemic at home).
    phrases: ['state of emergency', 'states of emergency'],
    cameo: '154',
    type: 'force-posture',
    polarity: E,
    near: ['border', 'borders', 'frontier'],
    nearAfterOnly: true,
    window: 8,
  },
  {
    // "Rwandan troops on Sunday entered Goma": forces entering a town of another state; "Serbian
    // servicemen tried to enter Croatia": or the state itself. "The Myanmar jet flew into Thailand's
    // Tak province": into land as well as airspace (the row above); craft make it an airspace
    // violation (events.ts).
    phrases: [
      'entered',
      'entering',
      'enters',
      'to enter',
      'stormed into',
      'pushed into',
      'flew into',
      'flying into',
      'flown into',
    ],
    cameo: '192',
    type: 'incursion',
    polarity: E,
    needsActor: true,
    armedActor: true,
    foreignPlaceObject: true,
  },
  {
    phrases: ['took up', 'taken up', 'take up'],
    cameo: '150',
    type: 'force-posture',
    polarity: E,
    near: ['positions', 'position'],
    window: 5,
  },
  {
    phrases: [
      'airspace violation',
      'violated airspace',
      'violated its airspace',
      'violating its airspace',
      'airspace violations',
    ],
    cameo: '150',
    type: 'airspace-violation',
    polarity: E,
  },
  {
    // "accused Minsk of sending two reconnaissance drones into the Zhytomyr region": craft sent
    // over the line.
    phrases: ['sent', 'sending', 'sends'],
    cameo: '150',
    type: 'airspace-violation',
    polarity: E,
    needsActor: true,
    near: ['drones into', 'drone into', 'jets into', 'aircraft into', 'helicopters into'],
    nearAfterOnly: true,
    window: 5,
  },
  // 14 protest
  {
    phrases: [
      'lodged a protest',
      // "Greece lodged a formal complaint with Ankara".
      'formal complaint',
      'lodged a complaint',
      // Filed, not announced: "said it would file a complaint" is a plan (as the labels read it).
      'filed a complaint',
      // "lodged a demarche with Ankara".
      'demarche',
      'démarche',
      // "have complained to Damascus" (to reporters, to the press: no one's protest to a state).
      'complained to',
      'strong protest',
      // "lodged stern representations with India": Beijing's formal protest.
      'stern representations',
      'solemn representations',
      'protest note',
      'note of protest',
      // "Nepal lodged a diplomatic note with China over the missing border pillars".
      'lodged a diplomatic note',
      'sent a diplomatic note',
      'handed a diplomatic note',
      'delivered a diplomatic note',
      // "The BGB has sent a protest letter to the BSF", "filed a protest letter to Cambodia's government".
      'protest letter',
      'letter of protest',
      // "had sent a written protest to Cambodia", "its strongest and most energetic protest".
      'written protest',
      'lodged a protest',
      'energetic protest',
      'strongest protest',
      'vigorous protest',
      'formal protest',
      'protested',
      'protests',
      'to protest',
      'in protest',
      'demonstrations',
      'rallied',
      // "handed a diplomatic note to the Indian ambassador objecting to the road".
      'objecting to',
      'objected to',
      'objects to',
    ],
    cameo: '140',
    type: 'protest',
    polarity: E,
    // "The decision sparked protests in the Armenian village of Kirants, where residents blocked a
    // highway": residents protesting at home are no state's protest to another.
    civilianProtest: true,
    // "Iranian officials place the blame for protests sweeping Iran on Kurdish groups": unrest at home.
    notNear: ['sweeping', 'rocking', 'rocked', 'nationwide', 'anti-government', 'throughout'],
    window: 3,
  },
  // 13 threaten
  {
    // "warned that there is a risk of the Belarusian authorities orchestrating a provocation": a
    // warning of what the other side may do charges it, and threatens nothing.
    phrases: ['warned', 'warns', 'warning'],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    governs: 'allege',
    near: ['risk of', 'danger of', 'risk that', 'danger that'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    phrases: [
      'threatened',
      'threatens',
      'threatening',
      'warned',
      'warns',
      'warning',
      'ultimatum',
      'vowed to retaliate',
      'vowed retaliation',
      'vowed retaliatory measures',
      'vowed retaliatory action',
      'vowed revenge',
      'vowed to respond',
      'vows to respond',
      'vowed to avenge',
      'vowing to retaliate',
      'vowing retaliation',
      'vowing revenge',
      'vowing to respond',
      'vow to retaliate',
      'vows to retaliate',
      // "Sudan vowed to retake Heglig", "vowed to strike back", "will use all legitimate means to repulse".
      'vowed to retake',
      'vows to retake',
      'vowed to strike back',
      'vows to strike back',
      'vowed to repulse',
      'all legitimate means',
      'react by all means',
    ],
    cameo: '138',
    type: 'threat',
    polarity: E,
    threat: true,
    governs: 'threaten',
    // "issued the unilateral navigational warning", "a travel warning": a notice, not a threat.
    // ("issued warning broadcasts": a kind of broadcast, no warning of one's own.)
    notNear: ['navigational', 'navigation', 'travel', 'weather', 'storm', 'flood', 'broadcasts', 'broadcast'],
    window: 2,
    // "threatening 45 years of peace between the two countries": what is put at risk, no one threatened.
    // "The takeover further threatens Sudan's collapsing energy sector", "threatens South Sudan's
    // economic lifeline": an economy put at risk.
    objectNot: [
      'peace',
      'stability',
      'ties',
      'relations',
      'years',
      'livelihoods',
      'lives',
      'future',
      'sector',
      'economy',
      'economic',
      'lifeline',
      'exports',
      'supplies',
      // "the health ministry warned the public to keep away from pagers", "warned members against
      // using mobile phones": advice at home.
      'public',
      'hospitals',
      'citizens',
      'members',
    ],
  },
  {
    // "accused the Mexicans of pulling guns on the U.S. soldiers": weapons drawn on the other side
    // threaten force; no troops are pulled back.
    phrases: [
      'pulling guns on',
      'pulled guns on',
      'pulled a gun on',
      'pulled their guns on',
      'pulled weapons on',
      'pointed guns at',
      'pointing guns at',
      'pointed their guns at',
      'pointed weapons at',
      'pointing weapons at',
      'drew guns on',
      'drew weapons on',
      'drew their weapons on',
    ],
    cameo: '138',
    type: 'threat',
    polarity: E,
    threat: true,
  },
  {
    // "would consider Chadian airports used for such shipments legitimate targets"; "warned that
    // Chad's airports were legitimate targets": the teller threatens what is called a target.
    phrases: ['legitimate target', 'legitimate targets'],
    cameo: '138',
    type: 'threat',
    polarity: E,
    threat: true,
    governs: 'threaten',
    speakerActs: true,
  },
  {
    // '"These are ridiculous accusations," he claimed': charges called baseless are rejected, not made.
    phrases: [
      'are ridiculous accusations',
      'are baseless accusations',
      'are false accusations',
      'are unfounded accusations',
      'are groundless accusations',
      'are absurd accusations',
      'are baseless allegations',
      'are false allegations',
      'are unfounded allegations',
      'are groundless allegations',
      'is a baseless accusation',
      'is a false accusation',
      'is a baseless allegation',
    ],
    cameo: '120',
    type: 'rejection',
    polarity: E,
  },
  {
    // 'Russia has vowed unspecified "counter-measures" against Finland': steps in answer, promised.
    phrases: ['vowed', 'vows', 'vowing', 'promised', 'promises', 'threatened', 'threatens'],
    cameo: '138',
    type: 'threat',
    polarity: E,
    threat: true,
    near: [
      'countermeasures',
      'counter-measures',
      'counter measures',
      'retaliatory measures',
      'reciprocal measures',
    ],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // 'vowed a "very painful and far-reaching" response': a response promised is a threat.
    phrases: ['vowed a', 'vows a', 'vowed an', 'promised a', 'promises a', 'threatened a'],
    cameo: '138',
    type: 'threat',
    polarity: E,
    threat: true,
    near: ['response', 'retaliation', 'revenge', 'reprisal', 'reprisals'],
    nearAfterOnly: true,
    window: 10,
  },
  {
    // Threats made without the word: promised force in answer to the other side.
    phrases: [
      'reserves the right',
      'reserve the right',
      'reserved the right',
      'pay a price',
      'pay a heavy price',
      'will be met with',
      'would be met with',
      'decisive response',
      'will respond',
      'would respond',
      'will retaliate',
      'would retaliate',
      // Only as an intent: "Cambodia hit back on Thursday by downgrading relations" is the act itself.
      'will hit back',
      'would hit back',
      'to hit back',
      'serious consequences',
      'answered with full force',
      'ready to answer',
      'ready to respond',
      'ready to defend',
      // "has every right to respond forcefully".
      'right to respond',
      'respond forcefully',
      // 'would "respond firmly" to any aggression' (a quotation mark may part it from its modal).
      'respond firmly',
      'respond decisively',
      'firm response',
      'would defend its',
      'will defend its',
      'defend every inch',
      // "would face consequences", "will not allow any threat to go unanswered".
      'face consequences',
      'face the consequences',
      'go unanswered',
      // "Our response will not go unanswered": the negation is the threat's own.
      'not go unanswered',
      // 'Moscow would "not leave this unanswered" and was preparing retaliatory measures'.
      'not leave this unanswered',
      'not leave it unanswered',
      'preparing retaliatory measures',
      'preparing countermeasures',
      'preparing counter-measures',
      'preparing a response',
      // "vowed that the killings 'will not go unpunished'".
      'not go unpunished',
      'not hesitate',
      // "would not rule out force", "will take back Essequibo by force if necessary".
      'not rule out force',
      'not rule out the use of force',
      'not rule out military action',
      'not ruling out force',
      'not ruling out military action',
      'by force if necessary',
      // Answers promised to the next attack: "any aggression against our soil will receive a
      // response", "every bullet will be answered", "we will answer with full force".
      'will receive a response',
      'will receive a resolute response',
      'will receive a decisive response',
      'will receive a fitting response',
      'will be given a befitting response',
      'will be given a fitting response',
      // "we will give a befitting reply" ("gave a befitting reply" is fire returned), "any
      // misadventure will be met with full force".
      'will give a befitting',
      'would give a befitting',
      'will give a fitting',
      'would give a fitting',
      'met with full force',
      'met with force',
      'met with a befitting',
      'met with a firm',
      'met with a strong',
      'met with a decisive',
      // "we will act again, and with greater force" ("hit back with greater force" is fire returned).
      'will act again',
      'will be answered',
      'would be answered',
      'will answer with',
      'would answer with',
      'will answer any',
      'would answer any',
      'answer escalation with escalation',
      // "any aircraft that enters our airspace will be treated as a hostile target", "will be shot down".
      'will be treated as a hostile',
      'would be treated as a hostile',
      'will be treated as hostile',
      'will be shot down',
      'would be shot down',
      // "would act with force wherever it saw a threat", "would do it by force".
      'act with force',
      'act with full force',
      'do it by force',
      // "the army would not stand aside if Serbs came under attack".
      'not stand aside',
      'not stand idly by',
    ],
    cameo: '138',
    type: 'threat',
    polarity: E,
    threat: true,
    governs: 'threaten',
  },
  // 12 reject
  {
    // "Such artificial enlargement of territorial claims will not be accepted by India": refused, by
    // the state after "by".
    phrases: ['will not be accepted', 'would not be accepted', 'will never be accepted'],
    cameo: '120',
    type: 'rejection',
    polarity: E,
    passive: true,
  },
  {
    phrases: ['rejected', 'rejects', 'dismissed', 'dismisses', 'refused', 'refuses', 'rebuffed'],
    cameo: '120',
    type: 'rejection',
    polarity: E,
    // "said it rejected any violence against civilians": a disavowal of violence, no rebuff of a side;
    // "dismissed the report as 'fabricated'": a rights group's report denied, no side rebuffed.
    notNear: ['violence', 'terrorism', 'extremism', 'report', 'reports'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    phrases: [
      'denied',
      'denies',
      'deny',
      'denying',
      'refuted',
      'rejected claims',
      'dismissed claims',
      'rejected the accusation',
      'rejected accusations',
      'rejected allegations',
      'dismissed reports',
      // "dismissed as baseless reports that Eritrean troops were massing": the reports are denied.
      'rejected reports',
      'dismissed as baseless',
      'dismissed as false',
      'rejected as baseless',
      'rejected as false',
      'rejected as untrue',
      'dismissed as untrue',
    ],
    cameo: '120',
    type: 'denial',
    polarity: N,
    governs: 'deny',
  },
  // 11 disapprove
  {
    // "called the remarks 'a direct threat'": a threat named by the one it is aimed at, a denunciation
    // (not "poses a direct threat", which names no one's word).
    // 'called the removal "a provocative act"': a deed named a provocation is denounced.
    phrases: [
      'a direct threat',
      'a serious threat',
      'an existential threat',
      'a grave threat',
      'a provocative act',
      'a provocative action',
      'a provocative move',
      'a provocation',
      'a serious provocation',
      'a dangerous provocation',
      'a blatant provocation',
    ],
    cameo: '111',
    type: 'condemnation',
    polarity: E,
    near: ['called', 'calling', 'calls', 'described', 'describing', 'branded', 'labelled', 'labeled'],
    window: 6,
  },
  {
    // 'The election, described by Guyana's president as "scandalous, false, propagandistic"',
    // "called the vote illegal": a deed named unlawful or a sham by the one it wrongs is denounced.
    phrases: ['scandalous', 'illegal', 'illegitimate', 'null and void', 'a sham', 'a farce', 'a travesty'],
    cameo: '111',
    type: 'condemnation',
    polarity: E,
    near: ['described', 'describing', 'branded', 'branding', 'labelled', 'labeled', 'denounced'],
    window: 9,
  },
  {
    // "held Tehran responsible", "holds Kabul fully responsible": blame laid on a state.
    phrases: ['held', 'holds', 'holding'],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    needsActor: true,
    near: ['responsible', 'accountable'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    phrases: [
      'accused',
      'accuses',
      'accuse',
      'accusing',
      'accusation',
      'accusations',
      'blamed',
      'blames',
      'blaming',
      'alleged that',
      // "a remote attack, which Hezbollah attributes to Israel", "attributed it to Israel": a blame
      // laid (a bare "attributed to" is as often a quote's source).
      'attributes to',
      'attributed it to',
      'attributing it to',
      'attributed the attack to',
      'attributed the attacks to',
      'attributed the explosions to',
      'attributed the blasts to',
      // "confirmed the detention of 16 soldiers, alleging they crossed into Guinean territory".
      'alleging',
      'claimed that',
      'claims that',
    ],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    governs: 'allege',
  },
  {
    phrases: [
      'traded accusations',
      // "both nations have traded blame".
      'traded blame',
      'trade blame',
      'trading blame',
      'trade accusations',
      'trading accusations',
      'exchanged accusations',
      'traded blame',
      'accused each other',
      'accuse each other',
      'blamed each other',
      'blame each other',
      // "Each country blamed the other for the incident", "Each nation held the other responsible".
      'blamed the other',
      'blames the other',
      'blame the other',
      'blaming the other',
      'accuse the other',
      'accusing the other',
      'held the other responsible',
      'holds the other responsible',
      'accused the other',
      'accuses the other',
    ],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    reciprocal: true,
    governs: 'absorb',
  },
  {
    phrases: [
      'condemned',
      'condemns',
      'condemning',
      'criticised',
      'criticized',
      'denounced',
      'slammed',
      // "called the move a direct threat to his country's sovereignty"
      'threat to its sovereignty',
      'threat to our sovereignty',
      "threat to his country's sovereignty",
      "threat to the country's sovereignty",
      // "called the deal an act of aggression", "calling the attack an act of war".
      'an act of aggression',
      'an act of war',
      // 'described the move as "creeping occupation"' (Georgia on South Ossetia's moving line).
      'creeping occupation',
      'creeping annexation',
      'a violation of its sovereignty',
      'a violation of our sovereignty',
      'a breach of its sovereignty',
      // "Pakistan issued a strong condemnation of the violation of its airspace".
      'strong condemnation',
      'issued a condemnation',
    ],
    cameo: '111',
    type: 'condemnation',
    polarity: E,
  },
  {
    // "The move brought condemnation from Moscow": the censure comes from the one after "from",
    // on the doer of the move the subject names.
    phrases: [
      'drew condemnation from',
      'drew strong condemnation from',
      'brought condemnation from',
      'prompted condemnation from',
      'sparked condemnation from',
      'drew criticism from',
      'drew sharp criticism from',
      'drew a rebuke from',
    ],
    cameo: '111',
    type: 'condemnation',
    polarity: E,
    passive: true,
  },
  {
    // "called the strike a 'flagrant violation' of its sovereignty" (not "Israel's flagrant
    // violation of the ceasefire", a violation told).
    phrases: ['flagrant violation', 'blatant violation', 'gross violation'],
    cameo: '111',
    type: 'condemnation',
    polarity: E,
    // "said the move was a flagrant violation of the 1974 agreement": a pact broken, as named.
    near: ['sovereignty', 'territorial', 'airspace', 'law', 'agreement', 'accord', 'treaty', 'charter'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "Sudanese units had opened fire first", "Iranian guards started the shooting": who started a
    // fight, in the word of the other side, is the teller's charge against it (the fight is read too).
    phrases: [
      'started the shooting',
      'started the firing',
      'started the fighting',
      'started the clash',
      'started the clashes',
      'started the exchange',
      'provoked the clash',
      'provoked the clashes',
      'provoked the incident',
    ],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    speakerActs: true,
  },
  {
    // "had opened fire first", "fired the first shots", "were the first to open fire": on "first", so
    // that the fight's own phrase is read as well.
    phrases: ['first'],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    speakerActs: true,
    near: ['fire', 'fired', 'shot', 'shots', 'open fire', 'shoot'],
    window: 2,
  },
  {
    // "China said the men had crossed illegally into Chinese territory", "the vessel had been fishing
    // illegally in Turkish waters": the teller charges the other side's people with a crossing.
    phrases: ['illegally'],
    cameo: '112',
    type: 'accusation',
    polarity: E,
    near: ['crossed', 'crossing', 'entered', 'entering', 'fishing', 'fished', 'intruded'],
    window: 3,
    speakerActs: true,
  },
  {
    // '"Pakistan has violated Afghanistan's sovereignty," said a spokesman': the teller condemns.
    phrases: ['violated', 'violates', 'violating'],
    cameo: '111',
    type: 'condemnation',
    polarity: E,
    near: ['sovereignty', 'territorial'],
    nearAfterOnly: true,
    window: 4,
    speakerActs: true,
  },
  {
    // "Mali's ambassador was called in to hear the strong protest".
    phrases: ['summoned', 'summons', 'summon', 'summoning', 'called in'],
    cameo: '114',
    type: 'envoy-summoned',
    polarity: E,
    // "summoned India's acting high commissioner": Commonwealth states' envoys to each other;
    // "summoned the head of Russia's diplomatic mission".
    near: ['ambassador', 'envoy', 'charge', 'diplomat', 'diplomats', 'commissioner', 'consul', 'mission'],
    // "The Deputy High Commissioner of Bangladesh to India, Nural Islam was summoned": past the
    // envoy's post and name.
    window: 10,
  },
  // 023 appeal for aid
  {
    // "asked Russia for help under a friendship treaty", "appealed to the CSTO for military
    // assistance": a side seeking a third party's help, no call on the other side to calm down.
    phrases: [
      'appealed',
      'appeals',
      'appealing',
      'asked',
      'asks',
      'requested',
      'requests',
      'requesting',
      'sought',
      'seeks',
      'seeking',
    ],
    cameo: '023',
    type: 'aid-appeal',
    polarity: N,
    near: [
      'help',
      'assistance',
      'aid',
      'support',
      'intervention',
      'backing',
      'funding',
      'funds',
      'donations',
    ],
    nearAfterOnly: true,
    // Past a long body's name: "appealed to the Collective Security Treaty Organization for help".
    window: 10,
  },
  // 10 demand
  {
    // "insisted on": "insisted its air force had downed the jets" reports a claim (an allegation cue).
    phrases: ['demanded', 'demands', 'demanding', 'insisted on', 'issued that request', 'requested'],
    cameo: '100',
    type: 'demand',
    polarity: E,
    governs: 'absorb',
  },
  {
    // "rejected the Dominican demand": a demand told before is no new one.
    phrases: ['demand', 'request'],
    cameo: '100',
    type: 'demand',
    polarity: E,
    governs: 'absorb',
    indefinite: true,
  },
  {
    phrases: ['asked', 'ask', 'asks'],
    cameo: '100',
    type: 'demand',
    polarity: E,
    near: ['to'],
    window: 6,
    governs: 'absorb',
    // "asked health workers to limit wireless device usage": a request at home.
    objectNot: [
      'workers',
      'hospitals',
      'public',
      'citizens',
      'residents',
      'people',
      'parliament',
      'lawmakers',
    ],
  },
  // 08 yield
  {
    phrases: [
      'agreed to a ceasefire',
      // "if they did not agree to a ceasefire": the verb carries its negation (and condition).
      'agree to a ceasefire',
      'agreed a ceasefire',
      'agreed on a ceasefire',
      'declared a ceasefire',
      'ceasefire took effect',
      'ceasefire came into force',
      'ceasefire was agreed',
      'ceasefire agreement',
      'ceasefire deal',
      'truce',
      'signed a ceasefire',
      'ceasefire was brokered',
      'ceasefire holds',
      'ceasefire held',
      'agreed to cease fire',
      'halted fire',
      'restored the ceasefire',
      'agreed to stop firing',
      'agreed to a truce',
      'observe the ceasefire',
      'respect the ceasefire',
      'uphold the ceasefire',
      'maintain the ceasefire',
      'abide by the ceasefire',
      'recommitted to the ceasefire',
      'ceasefire was reached',
      'reached a ceasefire',
    ],
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
  },
  {
    // One side standing down: "the Taliban said it had halted its operations".
    phrases: [
      'halted its operations',
      'halted their operations',
      'halted military operations',
      // "said it was unilaterally halting military operations".
      'halting its operations',
      'halting their operations',
      'halting military operations',
      'halted its offensive',
      'suspended military operations',
      'suspended its operations',
      'suspended their operations',
    ],
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
    oneSided: true,
  },
  {
    // A law signed at home is no accord ("signed into law a bill on ..."), unless what it enacts is
    // an accord with another state: "have signed into law several documents on the delimitation of
    // their border, including an agreement to jointly manage the Kempir-Abad water reservoir".
    phrases: ['signed into law'],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    near: ['agreement', 'agreements', 'treaty', 'delimitation', 'demarcation', 'border deal'],
    nearAfterOnly: true,
    window: 10,
  },
  {
    // "Both sides agreed for strict observance of all agreements, cease firing along the LoC".
    phrases: ['ceasefire', 'cease-fire', 'truce', 'armistice', 'cease firing'],
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
    indefinite: true,
    near: [
      'agreed',
      'agree',
      'agreeing',
      'accepted',
      'accept',
      'signed',
      'declared',
      'announced',
      'effect',
      'force',
      'halted',
      'ended',
      // "agreed to extend a ceasefire brokered by Qatar and Turkey"
      'extend',
      'extended',
      'extending',
      'renewed',
      'brokered',
      'mediated',
    ],
    // 'agreed on Monday to an "immediate and unconditional" ceasefire' (quotation marks count as words)
    window: 11,
  },
  {
    phrases: [
      'took effect',
      'came into force',
      'came into effect',
      'was holding',
      'is holding',
      'held overnight',
    ],
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
    near: ['ceasefire', 'truce', 'cease-fire', 'armistice'],
    window: 7,
  },
  {
    phrases: ['agreed to observe', 'agreed to respect'],
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
    governs: 'absorb',
  },
  {
    // Stopping is a truce only of fighting: "agreed to halt its loudspeaker broadcasts" is a concession.
    phrases: ['agreed to stop', 'agreed to halt', 'agreed to cease'],
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
    governs: 'absorb',
    near: [
      'fighting',
      'hostilities',
      'firing',
      'fire',
      'clashes',
      'violence',
      'attacks',
      'shelling',
      'operations',
      'offensive',
      'strikes',
    ],
    window: 5,
  },
  {
    // "agreed on Saturday to halt all firing and military action": a truce, with a time between the
    // verb and its object (the phrases are unambiguous on their own).
    phrases: [
      'to halt all firing',
      'to halt firing',
      'to stop all firing',
      'to stop firing',
      'to cease firing',
      'to halt hostilities',
      'to stop hostilities',
      'to cease hostilities',
      // "Thailand, Cambodia to cease all hostilities at disputed border in peace deal".
      'to halt all hostilities',
      'to stop all hostilities',
      'to cease all hostilities',
      'to end all hostilities',
      // "agreed to cease all hostilities" (after "agreed to" is read), "shall immediately cease all
      // hostilities": a stop to all fighting, no fight.
      'cease all hostilities',
      'halt all hostilities',
      'end all hostilities',
      'stop all hostilities',
      'to halt all military action',
      'to stop all military action',
    ],
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
    governs: 'absorb',
  },
  {
    // "The North agreed to lift the semi-war state it had declared": a war footing stood down.
    phrases: [
      'lift the semi-war state',
      'lifted the semi-war state',
      'lifting the semi-war state',
      'lift the quasi-state of war',
      'lifted the quasi-state of war',
      'lifted the state of war',
      'lowered its alert',
      'lowered the alert level',
      'stood down its troops',
      'stood down its forces',
    ],
    cameo: '087',
    type: 'stand-down',
    polarity: D,
    oneSided: true,
  },
  {
    // Ending or restoring is a truce only of fighting or calm: "agreed to restore air links" is cooperation.
    phrases: AGREEING_TO_STOP,
    cameo: '0871',
    type: 'ceasefire',
    polarity: D,
    governs: 'absorb',
    near: [
      'fighting',
      'hostilities',
      'firing',
      'clashes',
      'violence',
      'calm',
      'ceasefire',
      'truce',
      'shelling',
    ],
    window: 5,
  },
  {
    // Otherwise a promise to work together: "agreed to restore air links", "agreed to halt its broadcasts".
    phrases: [...AGREEING_TO_STOP, 'agreed to cease'],
    cameo: '030',
    type: 'intent-to-cooperate',
    polarity: D,
    governs: 'absorb',
  },
  {
    // The object of an appeal or a truce is no event: "an end to the fighting", "ending a year of fighting".
    phrases: [
      'ending',
      'ended',
      'an end to',
      'end to',
      'to end',
      'to stop',
      'to halt',
      'halt to',
      'stop to',
      'cessation of',
      'put an end',
    ],
    cameo: '',
    type: 'scope',
    polarity: N,
    block: true,
    governs: 'absorb',
  },
  {
    phrases: [
      'withdrew troops',
      'withdrew its troops',
      'withdrew forces',
      'withdrawal of troops',
      'pulled back',
      'pullback',
      'pull back',
      'disengage',
      'disengaged',
      'disengaging',
      'disengages',
      'withdraw troops',
      'withdrawal of forces',
      'withdrawing troops',
      // "Syrian troops retreated from their fortified positions".
      'retreated',
      'retreating',
    ],
    cameo: '0874',
    type: 'troop-withdrawal',
    polarity: D,
  },
  {
    // "said it had withdrawn its troops from the area on its own accord"; not "New Delhi withdrew
    // the region's special status": what is withdrawn there is no force.
    phrases: ['withdrew', 'withdrawn'],
    cameo: '0874',
    type: 'troop-withdrawal',
    polarity: D,
    notNear: [
      'status',
      'recognition',
      'support',
      'accreditation',
      'autonomy',
      'citizenship',
      'visa',
      'visas',
      'licence',
      'license',
      'privileges',
      'concessions',
      'funding',
      'aid',
      'bill',
      'complaint',
      'candidacy',
      'nomination',
      'offer',
      'request',
      'objection',
    ],
    nearAfterOnly: true,
    window: 5,
  },
  {
    // "Israeli troops withdrew from southern Lebanon": the phrase a pact's end also heads, read as
    // a pullback when what is left is no pact, talks or contest.
    phrases: ['withdrew from', 'pulled out of'],
    cameo: '0874',
    type: 'troop-withdrawal',
    polarity: D,
    notNear: [
      'talks',
      'negotiations',
      'agreement',
      'agreements',
      'treaty',
      'pact',
      'accord',
      'deal',
      'summit',
      'meeting',
      'election',
      'race',
      'competition',
      'tournament',
      'organisation',
      'organization',
    ],
    nearAfterOnly: true,
    window: 5,
  },
  {
    phrases: ['disengagement'],
    cameo: '0874',
    type: 'troop-withdrawal',
    polarity: D,
    // "the 1974 disengagement agreement", "the UN Disengagement Observer Force": a name, no pullback.
    notNear: [
      'agreement',
      'accord',
      'deal',
      'pact',
      'treaty',
      'line',
      'lines',
      'zone',
      'talks',
      'observer',
      'plan',
    ],
    nearAfterOnly: true,
    window: 1,
  },
  {
    phrases: [
      'prisoner exchange',
      'prisoner swap',
      'exchanged prisoners',
      'returned the bodies',
      'repatriated',
    ],
    cameo: '084',
    type: 'release',
    polarity: D,
  },
  {
    phrases: ['exchanged', 'swapped', 'freed', 'handed back', 'returned'],
    cameo: '084',
    type: 'release',
    polarity: D,
    near: ['prisoners', 'detainees', 'captives', 'pows', 'bodies'],
    window: 4,
  },
  {
    // People released or handed over; "released a revised map", "released a statement" are not.
    // "handed back three Georgian shepherds", "freed the four Kazakh herders", "released the trawler".
    phrases: ['released', 'handed over', 'releasing', 'release', 'freed', 'handed back', 'frees', 'releases'],
    cameo: '084',
    type: 'release',
    polarity: D,
    near: [
      'prisoners',
      'prisoner',
      'detainees',
      'captives',
      'pows',
      'bodies',
      'hostages',
      'soldiers',
      'soldier',
      'troops',
      'servicemen',
      'guards',
      'fishermen',
      'civilians',
      'nationals',
      'citizens',
      'sailors',
      'crew',
      'pilot',
      'shepherds',
      'herders',
      'herdsmen',
      'villagers',
      'farmers',
      'traders',
      'workers',
      'migrants',
      'trawler',
      'vessel',
      'boats',
      'policemen',
      'officers',
    ],
    // "said it had freed the kidnapped herders": its own people rescued from captors, no release.
    notNear: ['kidnapped', 'abducted'],
    nearAfterOnly: true,
    window: 5,
  },
  {
    // "Armenia has returned to Azerbaijan four border villages it had seized decades ago", "ceded
    // the villages to Azerbaijan's control": land given back (CAMEO 084, return).
    phrases: ['returned', 'returns', 'returning', 'handed back', 'ceded'],
    cameo: '084',
    type: 'release',
    polarity: D,
    needsActor: true,
    near: ['villages', 'village', 'territory', 'territories', 'land', 'lands', 'enclave', 'enclaves'],
    // "the soldiers returned to their territory": people going back, no land given.
    objectNot: ['their', 'its', 'his', 'home'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "The Chinese side handed both men back at the end of the meeting": people or land given back,
    // whatever is named between.
    phrases: ['handed', 'hands'],
    cameo: '084',
    type: 'release',
    polarity: D,
    needsActor: true,
    near: ['back'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "agreed to hand over 18 Cambodian soldiers held by Thailand".
    phrases: ['hand over', 'handing over', 'hands over'],
    cameo: '084',
    type: 'release',
    polarity: D,
    near: ['soldiers', 'prisoners', 'detainees', 'captives', 'bodies', 'troops'],
    window: 4,
  },
  {
    phrases: [
      'reopened the border',
      'reopen the border',
      'reopening of the border',
      'reopened border crossings',
      'reopened the crossing',
      'reopened',
      // "re-opened crossing points on their shared border".
      're-opened',
      // "FRIDAY - The Ishkashim crossing reopens": a timeline's present.
      'reopens',
    ],
    cameo: '081',
    type: 'border-reopening',
    polarity: D,
  },
  {
    // "agreed on Wednesday to reopen the Ras Jedir border crossing": a crossing named between;
    // "to reopen the last stretch of their shared border", "will reopen the Tienditas bridge".
    phrases: ['reopen', 'to reopen', 'reopening', 're-open', 're-opening'],
    cameo: '081',
    type: 'border-reopening',
    polarity: D,
    near: [...BORDER_WAYS, 'bridge', 'border bridge'],
    nearAfterOnly: true,
    window: 7,
  },
  {
    // "opened the frontier in a ceremony", "opened another frontier crossing at Bure": a border
    // opened to its neighbour (not "opened fire", nor "opened an investigation"; not "an open
    // border" nor "opening the border would mean betraying ...", which open nothing).
    // "decided to open the Adré border crossing with Chad": a decision taken to open one too.
    phrases: ['opened', 'opens', 'to open'],
    cameo: '081',
    type: 'border-reopening',
    polarity: D,
    near: [...BORDER_WAYS, 'border crossing', 'border crossings'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "Kazakhstan has eased inspections of goods at its border with Kyrgyzstan": restrictions on trade
    // eased (081). Not "relaxed border controls", which may let migrants through to press a neighbour.
    phrases: ['eased', 'eases', 'easing', 'lifted', 'lifts', 'lifting'],
    cameo: '081',
    type: 'restrictions-eased',
    polarity: D,
    needsActor: true,
    near: ['inspections', 'checks', 'restrictions', 'curbs', 'ban', 'blockade', 'embargo'],
    nearAfterOnly: true,
    window: 3,
  },
  // 06 material cooperation
  {
    phrases: [
      'joint demining',
      'clearing mines together',
      'clearing landmines together',
      'joint patrol',
      'joint patrols',
      'joint project',
      'joint projects',
      'joint search',
      'joint rescue',
      'demarcation work',
      'began demarcating',
      'began demarcation',
    ],
    cameo: '061',
    type: 'cooperation',
    polarity: D,
  },
  {
    // "said they were ready to open a joint inquiry": an inquiry together is mostly proposed or
    // agreed, seldom told as done: an intent to cooperate.
    phrases: ['joint inquiry', 'joint investigation'],
    cameo: '030',
    type: 'intent-to-cooperate',
    polarity: D,
  },
  {
    // Not "Iraq's Joint Operations Command has condemned the offensive": the name of one side's command.
    phrases: ['joint operation', 'joint operations'],
    cameo: '061',
    type: 'cooperation',
    polarity: D,
    notNear: ['command', 'centre', 'center', 'headquarters', 'room'],
    nearAfterOnly: true,
    window: 1,
  },
  {
    // Marking the line together: "installed the first border markers"; not markers one side
    // removed or placed on the other's land ("removed the boundary markers from the Narva River",
    // "criticised Russia for placing border markers around South Ossetia").
    phrases: ['border markers', 'boundary markers', 'border pillars'],
    cameo: '061',
    type: 'cooperation',
    polarity: D,
    // Nor pillars gone missing ("lodged a diplomatic note over the missing border pillars").
    notNear: [
      'removed',
      'removing',
      'dismantled',
      'moved',
      'moving',
      'placing',
      'placed',
      'uprooted',
      'missing',
      'damaged',
      'destroyed',
    ],
    window: 5,
  },
  {
    // "Russia and Belarus began joint military exercises": allies drilling together cooperate
    // militarily; whom the drills threaten is told apart ("drawing concern from Poland").
    phrases: [
      'joint military exercises',
      'joint military exercise',
      'joint exercises',
      'joint exercise',
      'joint military drills',
      'joint drills',
      'joint war games',
      // "launched a joint aerial operation against the Allied Democratic Forces".
      'joint military operation',
      'joint military operations',
      'joint aerial operation',
      'joint air operation',
      'joint offensive',
    ],
    cameo: '062',
    type: 'cooperation',
    polarity: D,
    // "She described the joint exercises as a rehearsal for invasion" tells of no one drilling together.
    pairActor: true,
  },
  {
    // "exchanged lists of prisoners and nuclear installations": information, no one released.
    phrases: [
      'exchanged lists',
      'exchange lists',
      'exchanged the lists',
      'shared intelligence',
      'share intelligence',
    ],
    cameo: '064',
    type: 'cooperation',
    polarity: D,
  },
  // 01 make public statement
  {
    // "Syria offered condolences to the Turkish people": sympathy for the other side's dead (018).
    phrases: [
      'offered condolences',
      'offered its condolences',
      'offered his condolences',
      'offered her condolences',
      'expressed condolences',
      'expressed its condolences',
      'expressed his condolences',
      'expressed her condolences',
      'conveyed condolences',
      'conveyed its condolences',
      'sent condolences',
      'sent its condolences',
      // "Ahidjo expressed his sympathy and said an inquiry would be held".
      'expressed sympathy',
      'expressed his sympathy',
      'expressed her sympathy',
      'expressed its sympathy',
    ],
    cameo: '018',
    type: 'sympathy',
    polarity: D,
  },
  // 05 diplomatic cooperation
  {
    // "Putin apologised to Aliyev for what he called a 'tragic incident'".
    phrases: [
      'apologised',
      'apologized',
      'apologises',
      'apologizes',
      'apologising',
      'apologizing',
      'apology',
      // "Barak expressed regret for the deaths of the Egyptian policemen".
      'expressed regret',
      'expressed its regret',
      'expressed his regret',
      'expressed her regret',
      'expressed deep regret',
      'expressed its deep regret',
      'expressed his deep regret',
      'voiced regret',
    ],
    cameo: '055',
    type: 'apology',
    polarity: D,
    needsActor: true,
  },
  {
    phrases: [
      'signed an agreement',
      // With words between: "signed a cooperation agreement", "signed a memorandum of understanding".
      'signed a cooperation agreement',
      'signed cooperation agreements',
      'signed a border agreement',
      'signed a memorandum',
      'signed a memorandum of understanding',
      'signed agreements',
      'signed a deal',
      'signed a treaty',
      'signed an accord',
      'reached an agreement',
      'initialled an agreement',
      'initialed an agreement',
      'initialled a deal',
      'initialed a deal',
      'struck a deal',
      'restored diplomatic relations',
      'restored ties',
      'restored relations',
      'restored diplomatic ties',
      're-established relations',
      're-established diplomatic relations',
      'normalised relations',
      'normalized relations',
      'agreed to demarcate',
      'demarcation agreement',
      // A timeline's present: "1999 - Oman signs an agreement with the UAE" (not "sign", which is
      // as often the infinitive of a plan: "agreed to sign an agreement").
      'signs an agreement',
      'signs a treaty',
      'signs a border agreement',
    ],
    cameo: '057',
    type: 'agreement',
    polarity: D,
  },

  {
    // "China and Kazakhstan settled their 1,780-kilometre border in a series of agreements": a line
    // or a dispute settled between two states (not "settled near the border").
    phrases: ['settled their', 'settled the border', 'settled the boundary'],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    near: ['border', 'frontier', 'boundary', 'dispute', 'disputes'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "signed a declaration of friendly relations", "signed more than a dozen agreements", "signed
    // the treaty in Bishkek": signing with the accord named after the verb, whatever words between.
    phrases: ['signed', 'signing'],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    near: [
      'agreement',
      'agreements',
      'treaty',
      'accord',
      'accords',
      'deal',
      'declaration',
      'memorandum',
      'memorandums',
      'memoranda',
      'pact',
      'protocol',
      'protocols',
    ],
    // Trade and economic deals are no border matter (docs/extraction-eval.md, labelling rules).
    notNear: ['trade', 'economic', 'investment', 'energy', 'tourism', 'aviation', 'customs', 'visa', 'tax'],
    nearAfterOnly: true,
    window: 6,
  },
  {
    // "a treaty the two countries signed in 1973", "the 1974 agreement, signed by Israel and Syria",
    // "the accord the two governments signed in 2011": an accord whose signing a clause after it tells.
    // (On "signed", the accord named before it: a trigger on the noun would stand in other readings' way.)
    phrases: ['signed'],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    reciprocal: true,
    near: ['treaty', 'agreement', 'accord', 'protocol', 'pact'],
    window: 5,
    // Trade and economic deals are no border matter (docs/extraction-eval.md, labelling rules); "a
    // peace agreement was signed" is read by the peace accord's own phrase.
    notNear: [
      'peace',
      'trade',
      'economic',
      'investment',
      'energy',
      'tourism',
      'aviation',
      'customs',
      'visa',
      'tax',
    ],
  },
  {
    // "concluded a detailed agreement on the modalities of disengagement", "clinched a deal".
    phrases: [
      'concluded',
      'concludes',
      'clinched',
      'clinches',
      'finalised',
      'finalized',
      'finalises',
      'finalizes',
    ],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    near: ['agreement', 'agreements', 'accord', 'deal', 'treaty', 'pact'],
    notNear: ['trade', 'economic', 'investment', 'energy', 'tourism', 'aviation', 'customs', 'visa', 'tax'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "A general framework agreement was concluded first at the diplomatic level": an accord told
    // as news, its verb after it.
    phrases: [
      'agreement was concluded',
      'agreements were concluded',
      'accord was concluded',
      'treaty was concluded',
      'deal was clinched',
      'deal was struck',
      'agreement was finalised',
      'agreement was finalized',
    ],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    indefinite: true,
  },
  {
    // "Lebanon and Israel both announced that a US-mediated agreement to define their shared
    // maritime border ... has been reached": an accord told reached, its noun well before the verb.
    phrases: ['has been reached', 'have been reached', 'had been reached', 'was reached'],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    near: ['agreement', 'deal', 'accord'],
    // "A ceasefire agreement ... was reached": the truce's own pattern reads it; nor is a trade deal a border matter.
    notNear: ['ceasefire', 'truce', 'cease-fire', 'trade', 'economic', 'investment', 'energy'],
    window: 14,
  },
  {
    // A peace accord ends a conflict: its dyad is one in conflict, unlike one of a trade deal.
    phrases: [
      'signed a peace deal',
      'signed a peace agreement',
      'signed a final peace agreement',
      'initialled a peace deal',
      'initialled a peace agreement',
      'initialed a peace agreement',
    ],
    cameo: '057',
    type: 'peace-agreement',
    polarity: D,
  },
  {
    // "Armenia and Azerbaijan published the text of a US-brokered peace agreement": the agreed text
    // made public is the accord's news.
    phrases: ['published the text of', 'released the text of', 'publish the text of'],
    cameo: '057',
    type: 'peace-agreement',
    polarity: D,
    near: ['agreement', 'deal', 'treaty', 'accord'],
    nearAfterOnly: true,
    window: 8,
  },
  {
    // A peace or border accord named with its signing: "a peace agreement was signed in Algiers".
    phrases: [
      'peace agreement',
      'peace deal',
      'peace treaty',
      'peace accord',
      'border agreement',
      'border treaty',
    ],
    cameo: '057',
    type: 'peace-agreement',
    polarity: D,
    near: ['signed', 'sign', 'concluded', 'reached', 'initialled', 'initialed', 'finalised', 'finalized'],
    window: 4,
    indefinite: true,
  },
  {
    phrases: [
      'declared an end to their state of war',
      'declared an end to the state of war',
      'ended the state of war',
      'ended their state of war',
    ],
    cameo: '057',
    type: 'agreement',
    polarity: D,
  },
  {
    // 'declared an end to their "state of war"': quoted, past the quotation mark.
    phrases: ['declared an end to their', 'declared an end to the'],
    cameo: '057',
    type: 'agreement',
    polarity: D,
    near: ['state'],
    nearAfterOnly: true,
    window: 2,
  },
  // 04 consult
  {
    phrases: [
      'held talks',
      'hold talks',
      'holding talks',
      // "commanders and local governors were in talks regarding the incident".
      'were in talks',
      'are in talks',
      'was in talks',
      'is in talks',
      'negotiated',
      'negotiating',
      'resumed talks',
      'opened talks',
      'began talks',
      // "Congolese and Zambian experts went into talks on August 11".
      'went into talks',
      'go into talks',
      'entered talks',
      'entered into talks',
    ],
    cameo: '046',
    type: 'talks',
    polarity: D,
  },
  {
    // Bare nouns name talks that happened only next to a verb of meeting ("met for talks", "talks were held").
    phrases: ['talks', 'negotiations', 'peace talks'],
    cameo: '046',
    type: 'talks',
    polarity: D,
    near: [
      'held',
      'hold',
      'holding',
      'met',
      'meet',
      'began',
      'opened',
      'resumed',
      'attended',
      'concluded',
      'ended',
      'during',
      'took place',
      'hosted',
      // "Turkey mediated talks between Ethiopia and Somalia".
      'mediated',
      'brokered',
      'underway',
      'ongoing',
      // "arrived in Dushanbe on Friday for talks with Tajik President Emomali Rahmon".
      'arrived',
      'visit',
      'visited',
      'visiting',
      // "brought officials from both countries together in Monrovia for a first round of talks".
      'together',
    ],
    window: 6,
  },
  {
    phrases: [
      'phone call',
      'phone calls',
      'telephone conversation',
      'telephone conversations',
      'spoke by phone',
      'spoken by phone',
      'spoke by telephone',
      // A timeline's present: "Friday - the two ministers speak by telephone".
      'speak by phone',
      'speak by telephone',
      'speaks by phone',
      'speaks by telephone',
      // "the envoys of Armenia and Turkey shook hands at the Margara crossing", "sat down for an hour".
      'shook hands',
      'sat down for',
      'sat down with',
      'sat down together',
      // "Qatari and Saudi officials sit down face to face in Kuwait City".
      'sat down face to face',
      'sit down face to face',
      'met face to face',
      'meet face to face',
      'spoke by radio',
      'spoke over the hotline',
      'talked by phone',
      'video call',
      'spoken by telephone',
      // "discussed the incident by telephone with his Turkish counterpart".
      'by telephone with',
      'by phone with',
      'on the phone with',
      'talked by telephone',
      'spoke on the phone',
      'telephone call',
      'held a call',
      'hotline',
      'met',
      // "Friday - Sudan's foreign minister flies to Cairo and meets his Egyptian counterpart".
      'meets',
      'held a meeting',
      'held meetings',
      'flag meeting',
    ],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    // "who met with the injured at Bahawal Victoria Hospital": a state's officials with its own people,
    // or with the press, meet no other side.
    objectNot: [
      'injured',
      'wounded',
      'victims',
      'families',
      'relatives',
      'survivors',
      'residents',
      'villagers',
      'displaced',
      'refugees',
      'patients',
      'journalists',
      'reporters',
      'correspondents',
    ],
  },
  {
    // "Peruvian President Dina Boluarte received her Ecuadorian counterpart Daniel Noboa": a leader
    // received by another is a meeting.
    phrases: ['received', 'receives', 'receiving', 'welcomed', 'welcomes', 'welcoming'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    near: ['counterpart', 'counterparts'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "hosted the talks"; not "has long hosted and supported the Polisario Front" nor "hosted
    // refugees": a host of armed groups, forces or people in flight met no one.
    phrases: ['hosted'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    // "hosted the country's Independence Day celebrations" met no one: a meeting or its guests.
    near: [
      'talks',
      'meeting',
      'meetings',
      'summit',
      'delegation',
      'delegations',
      'counterpart',
      'counterparts',
      'leader',
      'leaders',
      'head',
      'chief',
      'president',
      'minister',
      'ministers',
      'officials',
      'envoy',
      'envoys',
      'sides',
      'conference',
      'negotiations',
    ],
    nearAfterOnly: true,
    window: 7,
    partyObject: true,
    objectNot: [
      'supported',
      'backed',
      'armed',
      'refugees',
      'migrants',
      'troops',
      'forces',
      'bases',
      'fighters',
      'rebels',
      'militants',
      'camps',
      'front',
      'movement',
    ],
  },
  {
    // "visited Islamabad", not "the ministers who had visited the contact line": a place of the
    // front visited is no meeting with the other side. "The Turkish president flew to Yerevan": a
    // journey to the other side's seat is a visit.
    phrases: ['visited', 'flew to', 'flies to'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    objectNot: [
      'line',
      'front',
      'frontline',
      'area',
      'site',
      'scene',
      'sector',
      'positions',
      'region',
      'troops',
      'border',
      // "visited relatives in Chad": kin, no state met.
      'relatives',
      'family',
      'families',
      // "visited the Amazon District of Santa Rosa", "visited the island": a place, no one met.
      'district',
      'island',
      'islands',
      'province',
      'town',
      'village',
    ],
    // "when The EastAfrican visited Gatuna": a newspaper's reporter met no one.
    needsActor: true,
    // "Villagers visited relatives": a state's people, no organ of it.
    armedActor: true,
  },
  {
    // "recalled its ambassador from Cairo for consultations": called home, not meeting the other side.
    phrases: ['consultations'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    notNear: ['recalled', 'recalls', 'recalling', 'recall', 'summoned', 'ambassador', 'envoy'],
    window: 8,
  },
  {
    // "The Malaysian foreign ministry said it was in contact with both sides": a third party's line to them.
    phrases: ['in contact with', 'in touch with'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    near: ['sides', 'side', 'both', 'counterpart', 'counterparts', 'leaders', 'governments', 'officials'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "Rubio spoke with his counterparts in New Delhi and Islamabad", not "spoke to reporters about".
    phrases: ['spoke with', 'spoke to', 'talked with', 'spoken to', 'spoken with'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    near: [
      'counterpart',
      'counterparts',
      'president',
      'minister',
      'ministers',
      'leader',
      'leaders',
      'presidents',
    ],
    nearAfterOnly: true,
    window: 5,
  },
  {
    // "The IDF began reducing its troop deployment in Rafah", "scaled down its forces on the
    // border": fewer troops facing the other side.
    phrases: [
      'reduce',
      'reduced',
      'reducing',
      'reduces',
      'scale down',
      'scaled down',
      'scaling down',
      'draw down',
      'drew down',
      'drawing down',
      'thin out',
      'thinned out',
    ],
    cameo: '0874',
    type: 'troop-withdrawal',
    polarity: D,
    near: ['troops', 'troop', 'forces', 'deployment', 'presence', 'soldiers', 'units', 'contingent'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "ordered the immediate withdrawal of his troops", "an orderly withdrawal will commence".
    phrases: [
      'pull',
      'pulled',
      'pulling',
      'withdraw',
      'withdrawing',
      'move back',
      'moved back',
      'withdrawal',
    ],
    cameo: '0874',
    type: 'troop-withdrawal',
    polarity: D,
    // "agreed to withdraw heavy weapons from the border", "the withdrawal of Indian and Chinese troops".
    near: ['troops', 'forces', 'back', 'units', 'soldiers', 'positions', 'weapons', 'artillery', 'tanks'],
    window: 5,
  },
  {
    phrases: [
      'signed a protocol',
      'signed protocols',
      'signed a memorandum',
      'signed a joint declaration',
      'adopted a joint declaration',
      'joint declaration',
    ],
    cameo: '057',
    type: 'agreement',
    polarity: D,
  },
  {
    // "Monday's session, the sixth between Armenian envoy Levon Sargsyan and his Turkish
    // counterpart": a session of the two sides, named by "between".
    phrases: ['session', 'sessions'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    near: ['between'],
    nearAfterOnly: true,
    window: 4,
  },
  {
    // "ended with a joint pledge to open Margara": what both sides undertake together.
    phrases: ['joint pledge', 'joint commitment', 'jointly pledged', 'jointly committed'],
    cameo: '030',
    type: 'intent-to-cooperate',
    polarity: D,
    // What is pledged ("to open the border") is not done yet.
    governs: 'absorb',
  },
  {
    // "Armenia would accept no preconditions", "will not accept any change to the border".
    phrases: [
      'would accept no',
      'will accept no',
      'would not accept',
      'will not accept',
      'will never accept',
      'would never accept',
      'cannot accept',
      'refused to accept',
      'refuses to accept',
    ],
    cameo: '120',
    type: 'rejection',
    polarity: E,
  },
  {
    phrases: ['meeting', 'meetings'],
    cameo: '040',
    type: 'consultation',
    polarity: N,
    // "The ceasefire meeting between Cambodian Prime Minister Hun Manet and acting Thai Prime Minister".
    near: ['held', 'in', 'during', 'at', 'after', 'attended', 'between'],
    // "Sarksyan told a meeting of ambassadors in Yerevan": an audience, no meeting of the two sides.
    notNear: ['told', 'addressed', 'addressing', 'telling'],
    // "in a meeting with foreign correspondents in Lima": the press is an audience too.
    objectNot: ['correspondents', 'journalists', 'reporters', 'press', 'media'],
    window: 3,
  },
  {
    // (Not the present "agree": "analysts agree that the border is tense" is an opinion.)
    phrases: ['agreed'],
    cameo: '030',
    type: 'intent-to-cooperate',
    polarity: D,
    near: ['to', 'on', 'that'],
    window: 4,
    generic: true,
  },
  {
    // A timeline's present: "the two ministers agree to set up a joint committee", "they agree on the
    // need to meet again" (an intent with its object; "analysts agree that" stays an opinion).
    phrases: ['agree to', 'agrees to', 'agree on the need', 'agrees on the need'],
    cameo: '030',
    type: 'intent-to-cooperate',
    polarity: D,
    generic: true,
  },
  {
    // "agreed with his Pakistani counterpart to set up a mechanism", not "agreed with Malaysian help".
    phrases: ['agreed with'],
    cameo: '030',
    type: 'intent-to-cooperate',
    polarity: D,
    near: ['to'],
    window: 6,
    generic: true,
  },
  // 03 intent to cooperate
  {
    // "Abiy Ahmed's peace overtures to Asmara", "extended an olive branch to Eritrea".
    phrases: ['peace overtures', 'peace overture', 'olive branch'],
    cameo: '030',
    type: 'intent-to-cooperate',
    polarity: D,
    oneSided: true,
  },
  {
    phrases: [
      'confirmed the need',
      'need for an urgent ceasefire',
      'agreed to hold talks',
      'agreed to talks',
      'agreed to negotiate',
      'agreed to resolve',
      'agreed to work',
    ],
    cameo: '036',
    type: 'intent-to-cooperate',
    polarity: D,
    governs: 'absorb',
  },
  {
    // "held talks and agreed to de-escalate": an intent to de-escalate military engagement (0356),
    // more than the generic "agreed", which gives way to the talks beside it.
    phrases: [
      'agreed to de-escalate',
      'agreed to deescalate',
      'agreed to defuse',
      'agreed to ease tensions',
      'agreed to reduce tensions',
      'pledged to de-escalate',
      'committed to de-escalation',
      // "has accepted the idea to de-escalate hostilities in Kosovo's north": the fighting named is
      // what is to be calmed, none told.
      'de-escalate hostilities',
      'de-escalate the hostilities',
      'de-escalation of hostilities',
    ],
    cameo: '0356',
    type: 'intent-to-de-escalate',
    polarity: D,
  },
  {
    // One side's stated readiness: coded for that side only, unless both sides say it.
    phrases: [
      'ready to negotiate',
      'ready to discuss',
      'prepared to discuss',
      'willing to discuss',
      'ready to talk',
      'ready for talks',
      // "Malaysia said it was ready to host a new round in Kuala Lumpur".
      'ready to host',
      // "Damascus was ready to sit down with Baghdad".
      'ready to sit down',
      'willing to sit down',
      'prepared to sit down',
      'ready for dialogue',
      'willing to talk',
      // "said it was ready to hold talks": talks offered, not held.
      'ready to hold',
      // "said it wanted to resolve the dispute through talks", "sent notes seeking a meeting".
      'wanted to resolve',
      'wants to resolve',
      'want to resolve',
      'seeking talks',
      // "India remained open to dialogue with Nepal", "would begin talks on a joint body".
      'open to dialogue',
      'open to talks',
      'open to negotiations',
      'would begin talks',
      'will begin talks',
      'would start talks',
      'will start talks',
      'would open talks',
      'will open talks',
      'ready to attend',
      'offered to host',
      'sought talks',
      'seeking a meeting',
      'prepared to hold',
      'willing to hold',
      'offered to hold',
      'offered talks',
      'offered to negotiate',
      // "Nigeria proposed a joint investigation", "proposed an urgent meeting of the joint commission".
      'proposed a joint',
      'proposed joint',
      'proposes a joint',
      'proposed talks',
      'proposed a meeting',
      'proposed an urgent meeting',
      'proposed a new round',
      // "would handle the matter properly through friendly consultation": Beijing's set phrase.
      'through friendly consultation',
      'through friendly consultations',
      'ready to meet',
      'will hold talks',
      'will hold consultations',
      // "officials said they would hold talks through a binational commission".
      'would hold talks',
      'would hold consultations',
      // "said it would resume talks" (talks carried on, "would continue talks", are no new step).
      'would resume talks',
      'will resume talks',
      'would resume dialogue',
      'will resume dialogue',
      'expressed readiness',
      'pledged to',
      // A timeline's present: "the two governments pledge to set up a hotline".
      'pledge to',
      'pledges to',
      'committed to',
      // "both countries had committed not to support groups carrying out attacks".
      'committed not to',
      'pledged not to',
      'agreed not to',
      'vowed to resolve',
      'promised to',
      'willing to',
    ],
    cameo: '036',
    type: 'intent',
    polarity: D,
    governs: 'absorb',
  },
  {
    // "said they would take up the incident at the next round of border talks": an incident put
    // before talks to come (not "parliament will take up the issue").
    phrases: [
      'would take up the incident',
      'will take up the incident',
      'would take up the matter',
      'will take up the matter',
      'would take up the issue',
      'will take up the issue',
      // "said they would take the matter to the trinational commission", "the case would be raised
      // at the next meeting of their joint commission".
      'would take the matter to',
      'will take the matter to',
      'would take the issue to',
      'will take the issue to',
      'would be taken up by',
      'will be taken up by',
      'would be raised at',
      'will be raised at',
      // "the issue was expected to be raised at a meeting of the Union State's council".
      'to be raised at',
      'would be discussed at',
      'will be discussed at',
    ],
    cameo: '036',
    type: 'intent',
    polarity: D,
    // "would take up the matter when their foreign ministers meet in Paramaribo".
    near: ['talks', 'meeting', 'commission', 'committee', 'round', 'meet', 'meets', 'session'],
    nearAfterOnly: true,
    window: 10,
  },
  {
    // "said they would form a team of officials from both sides to establish what happened", "will
    // set up a joint investigation": joint work to come.
    phrases: [
      'would form',
      'will form',
      'would set up',
      'will set up',
      'would establish',
      'will establish',
      'would create',
      'will create',
    ],
    cameo: '036',
    type: 'intent',
    polarity: D,
    // (Not "a joint committee to plan flood defences": work together on a flood is no answer to the other.)
    near: [
      'joint investigation',
      'joint inquiry',
      'joint team',
      'joint patrols',
      'joint commission',
      'binational',
      'from both sides',
      'of both sides',
      'from both countries',
    ],
    nearAfterOnly: true,
    window: 10,
  },
  {
    // "Local commanders will meet later Friday with their Cambodian counterparts to cool things
    // down": a meeting to come of the sides' people (not "will meet its obligations").
    // ("agreed to meet" is an agreement, 030, read by "agreed".)
    // "a joint technical committee would meet in Baghdad next week".
    // "commanders of the two countries' border commission are due to meet in Lago Agrio on Friday".
    phrases: ['will meet', 'would meet', 'due to meet', 'are to meet'],
    cameo: '036',
    type: 'intent',
    polarity: D,
    near: [
      'committee',
      'commission',
      'counterpart',
      'counterparts',
      'commanders',
      'delegation',
      'delegations',
      'officials',
      'leaders',
      'ministers',
      'minister',
      'president',
      'envoys',
      'envoy',
    ],
    window: 8,
  },
  {
    // "set up a delegation to travel to Conakry soon for talks with the Guinean authorities": a
    // journey for talks to come.
    // "would send a delegation to Kinshasa in the coming days to discuss the incident".
    phrases: [
      'to travel to',
      'will travel to',
      'is due to travel',
      'is to travel',
      'will visit',
      'to visit',
      'would send a delegation',
      'will send a delegation',
    ],
    cameo: '036',
    type: 'intent',
    polarity: D,
    near: ['for talks', 'for negotiations', 'to hold talks', 'to negotiate', 'to discuss'],
    nearAfterOnly: true,
    window: 8,
  },
  {
    // "urged Belize to investigate and bring those responsible to justice": a call for a state to
    // answer for a deed is a demand on it, no appeal to step down.
    phrases: [
      'urged',
      'urges',
      'urging',
      'called on',
      'calls on',
      'calling on',
      'called upon',
      'called for',
      'calls for',
      'calling for',
    ],
    cameo: '100',
    type: 'demand',
    polarity: E,
    governs: 'absorb',
    near: [
      'investigate',
      'investigation',
      'probe',
      'punish',
      'prosecute',
      'prosecution',
      'to justice',
      'accountable',
    ],
    notNear: ['restraint', 'calm', 'ceasefire', 'truce', 'de-escalate', 'de-escalation', 'dialogue', 'talks'],
    nearAfterOnly: true,
    window: 8,
  },
  // 02 appeal
  {
    // "Lobo called for a meeting with his Nicaraguan counterpart": an appeal to meet (CAMEO 026),
    // not to stand down (longer than "called for", so it is read first).
    phrases: [
      'called for a meeting',
      'calls for a meeting',
      'calling for a meeting',
      'called for talks',
      'calls for talks',
      'calling for talks',
      'called for dialogue',
      'calls for dialogue',
      'called for negotiations',
      'calls for negotiations',
    ],
    cameo: '026',
    type: 'appeal-to-negotiate',
    polarity: D,
    notNear: ['cabinet'],
    nearAfterOnly: true,
    window: 5,
  },
  {
    phrases: [
      'called for',
      'calls for',
      'calling for',
      'called on',
      'calls on',
      'calling on',
      // "prompting the United States to call on Belgrade to withdraw": the infinitive too (a bare
      // "we call on ... to stop spreading it" is as often a retort as an appeal).
      'to call on',
      'to call upon',
      'urged',
      'urges',
      'urging',
      'to urge',
      'appealed',
      'appeals',
      'appealing',
      'issued calls',
      'issued a call',
      'called upon',
      'plea',
      // "recommended that the two countries withdraw security forces": advice, nothing done yet.
      'recommended that',
      'recommends that',
    ],
    cameo: '0256',
    type: 'ceasefire-call',
    polarity: D,
    governs: 'absorb',
    // "Siniora called for an urgent meeting of his cabinet": a government convened at home.
    // "urged the Security Council to condemn the offensive": a call for censure is no step down.
    // "called for decisive action against what he described as Chadian aggression": a call to strike back.
    // "called for reinforced security and checks": a call to tighten one's guard is no step down.
    notNear: [
      'cabinet',
      'condemn',
      'condemnation',
      'decisive',
      'retaliation',
      'retaliatory',
      'punitive',
      'reinforced',
      // "called for reinforcement of NATO's eastern flank": a call to guard oneself better.
      'reinforcement',
      'reinforcements',
      'tightened',
      'heightened',
      'vigilance',
    ],
    nearAfterOnly: true,
    window: 7,
    // "a guy calling for help", "called for strengthening the armed forces' presence": help sought
    // and one's own guard raised are no call on the other side to step down; nor is a call on
    // people ("called on people from the diaspora to use the crossing").
    objectNot: [
      'help',
      'strengthening',
      'bolstering',
      'reinforcing',
      'boosting',
      'people',
      'citizens',
      'residents',
      'voters',
      'supporters',
      // "urged hospitals to prepare for an influx", "urged the National Assembly to pass a law": a
      // call on one's own institutions, not on the other side.
      'hospitals',
      'public',
      'population',
      'parliament',
      'lawmakers',
      'legislators',
      'assembly',
    ],
  },
  {
    // "flew to the two capitals to press for a truce": pressing for calm is calling for it, not
    // "pressed for the restoration of patrolling rights" (a side's demand in talks).
    phrases: ['press for', 'pressed for', 'pressing for', 'push for', 'pushed for', 'pushing for'],
    cameo: '0256',
    type: 'ceasefire-call',
    polarity: D,
    governs: 'absorb',
    near: ['truce', 'ceasefire', 'cease-fire', 'calm', 'peace', 'restraint', 'de-escalation', 'dialogue'],
    nearAfterOnly: true,
    window: 3,
  },
  {
    // "Russia said it had brokered a ceasefire": the subject is a third party that mediated between
    // the article's sides, not a side of the truce (finalizeEvent sends it to the main dyad).
    phrases: [
      'brokered a ceasefire',
      'brokered a truce',
      // "Kuwait's emir brokered the reconciliation between Riyadh and Doha".
      'brokered the reconciliation',
      'brokered a reconciliation',
      'mediated the reconciliation',
      'brokered a peace deal',
      'mediated a ceasefire',
      'mediated a truce',
    ],
    cameo: '045',
    type: 'brokering',
    polarity: D,
    oneSided: true,
  },
  {
    // "Qatar mediated talks between Afghanistan and Pakistan", "the Mano River Union brought
    // officials from both countries together": the third party's act with each side (the talks
    // between the sides are read from their own word).
    phrases: ['mediated', 'hosted', 'convened', 'brought', 'brings'],
    cameo: '045',
    type: 'brokering',
    polarity: D,
    oneSided: true,
    near: ['talks', 'negotiations', 'consultations', 'together'],
    nearAfterOnly: true,
    window: 9,
  },
  {
    // "Angola's foreign minister shuttled between Kigali and Kampala": shuttle diplomacy, with each side.
    phrases: ['shuttled between', 'shuttling between', 'shuttles between'],
    cameo: '045',
    type: 'brokering',
    polarity: D,
    oneSided: true,
  },
  {
    // The third party named after "by" brought both sides together: one consultation with each.
    phrases: [
      'mediated by',
      'brokered by',
      'hosted by',
      'mediation by',
      'chaired by',
      'under the chairmanship of',
      'facilitated by',
      'under the auspices of',
      'under the mediation of',
    ],
    cameo: '045',
    type: 'mediation',
    polarity: D,
    passive: true,
  },
  {
    // "with Brazil and the Caribbean Community acting as mediators": the mediators named before.
    // "with Prime Minister Ralph Gonsalves of St Vincent and the Grenadines ... acting as host".
    phrases: [
      'acting as mediators',
      'acting as mediator',
      'acting as facilitators',
      'acting as host',
      'acting as hosts',
      // "with Qatari and American officials present as mediators".
      'present as mediators',
      'present as mediator',
      'serving as mediators',
      'serving as mediator',
    ],
    cameo: '045',
    type: 'mediation',
    polarity: D,
  },
  {
    phrases: [
      'offered to mediate',
      'offer to mediate',
      'mediate',
      'good offices',
      // "China offered to play a constructive role in easing tensions between its two neighbours".
      'offered to play a constructive role',
      // "was ready to act as a mediator if asked".
      'act as a mediator',
      'act as mediator',
    ],
    cameo: '039',
    type: 'mediation-offer',
    polarity: D,
    // An offer is one state's word: a speaker before "it was ready to" makes it.
    oneSided: true,
  },
  {
    // "Delegations met in Luanda under Angolan mediation": mediation given, by the state of the
    // adjective before it (the first row of the phrase whose context holds is read).
    phrases: ['mediation'],
    cameo: '045',
    type: 'mediation',
    polarity: D,
    passive: true,
    near: ['under'],
    window: 2,
  },
  {
    phrases: ['mediation'],
    cameo: '039',
    type: 'mediation-offer',
    polarity: D,
    // An offer is one state's word: a speaker before "it was ready to" makes it.
    oneSided: true,
  },
  // Phrases that contain a trigger but are no conflict event.
  {
    phrases: [
      // "called an emergency cabinet meeting": a government meeting at home.
      'cabinet meeting',
      'emergency cabinet meeting',
      'cabinet session',
      // "regretted that Finland had chosen confrontation": a course of policy, no fight.
      'chosen confrontation',
      'chose confrontation',
      'choose confrontation',
      'path of confrontation',
      'policy of confrontation',
      // "Syrian troops retreated from their fortified positions": a position's state, not a deed.
      'their fortified',
      'its fortified',
      'heavily fortified',
      'trade war',
      'price war',
      'war of words',
      'war on drugs',
      'cold war',
      'world war',
      // "The deal, which has its origins in the First Gulf War": a named past war, no fight told.
      'gulf war',
      'six-day war',
      'yom kippur war',
      'korean war',
      'kargil war',
      'civil war era',
      // "Syria's civil war has regularly spilled into Lebanon": a war within one state, no border fight.
      'civil war',
      'civil wars',
      // "The two sides fought a civil war that lasted decades": the verb with its war.
      'fought a civil war',
      'fought a long civil war',
      'fought a bloody civil war',
      'fought a decades-long civil war',
      'fire brigade',
      'wildfire',
      'forest fire',
      'fire broke out',
      'heat wave',
      'released a statement',
      'released footage',
      'released a video',
      'fight against corruption',
      'fight against poverty',
      'fighting poverty',
      'shell company',
      'shell companies',
      'attack on goal',
      'free kick',
      'ceasefire line',
      'line of control',
      'hit song',
      'box office',
      'used to',
      'heart attack',
      'panic attack',
      'talks about',
      'cessation of hostilities',
      'end to hostilities',
      'end the fighting',
      'end to the fighting',
      'halt to the fighting',
      'stop the fighting',
      'stop the shelling',
      'prisoners of war',
      'prisoner of war',
      'war crimes',
      'war crime',
      // "the occupied West Bank": a territory's status, not an occupation told as news.
      'occupied West Bank',
      'occupied territories',
      'occupied territory',
      'occupied Palestinian territories',
      'occupied Golan Heights',
      'occupied east Jerusalem',
      'occupied East Jerusalem',
      // "a war monitor said": who counts the strikes is no war.
      'war monitor',
      'war-monitoring',
      'war correspondent',
      'war memorial',
      'war veterans',
      'war museum',
      'talk show',
      // Wire boilerplate: asking a side for comment is no demand between states.
      'request for comment',
      'requests for comment',
      'request to comment',
      'requests to comment',
      // "according to a local official who asked not to be named": anonymity asked of the press.
      'asked not to be named',
      'asked not to be identified',
      'asked not to be quoted',
      'asked to remain anonymous',
      'asked for anonymity',
      'requested anonymity',
      // "since the military seized power": a coup at home, no territory or goods taken.
      'seized power',
      'seize power',
      'seizing power',
      'seizure of power',
      'seized control of the government',
      'grabbed power',
      'power grab',
      // "offensive" as an adjective describes; only the noun is a military offensive.
      'offensive manoeuvre',
      'offensive maneuver',
      'offensive posture',
      'offensive weapons',
      'offensive capabilities',
      'offensive capability',
      'offensive remarks',
      'offensive comments',
      'offensive language',
      // A statement is no release of anyone: "said in a press release that Indian soldiers had fired".
      'press release',
      'news release',
      'press releases',
      // "handed over the captured pilot": a participle before its noun, no capture told.
      'the captured',
      'a captured',
      'its captured',
      'their captured',
      // A law signed at home is no accord with another state ("signed a law nullifying the memorandum").
      'signed a law',
      'signed the law',
      'signed a decree',
      'signed the decree',
      'signed a bill',
      'signed the bill',
      'signed the ratification law',
      'signing a law',
      // "retreated after the warning broadcasts and shots": a warning told again, or no threat at all.
      'warning broadcasts',
      'warning broadcast',
      'warning signs',
      'early warning',
      'warning system',
      // "the soldiers had strayed from agreed routes": a participle before its noun, no agreement told.
      'agreed routes',
      'agreed route',
      'agreed patrol routes',
      'agreed procedures',
      'agreed protocols',
      'agreed rules',
      'agreed boundary',
      'agreed boundaries',
      // "the abandoned 'truce village' of Panmunjom": a place's name, no truce.
      'truce village',
      // "Israel sounded warning sirens in the Golan Heights": an alarm at home, no threat to anyone.
      'warning sirens',
      'warning siren',
      'air raid sirens',
      // "The final version of the offer satisfies Lebanon, meets its demands": demands met, none made.
      'meets its demands',
      'met its demands',
      'meet its demands',
      'meets their demands',
      'met their demands',
      // "switched on loudspeakers to blast propaganda": sound blasted is no explosion.
      'to blast',
      'blast propaganda',
      'blast anti',
      'blast music',
      'blast messages',
      'blasting propaganda',
      'blasting anti',
      'blasted propaganda',
      'blasted anti',
      // "sealed the crossing with concrete blast walls": a barrier against blasts, none set off.
      'blast walls',
      'blast wall',
      // "Chad's military said it has freed the kidnapped victims": people taken before, no new taking.
      'the kidnapped',
      'the abducted',
      // "suspended farming around the blast area": the place of a blast told before.
      'blast area',
      'blast site',
      // "as Israel is under fire for indiscriminately targeting civilians": criticised, not shot at.
      'under fire for',
      'came under fire for',
      'comes under fire for',
      'under fire over',
      'came under fire over',
      // "utter disregard for any negotiated settlement of border disputes": a kind of settlement, no talks held.
      'negotiated settlement',
      'negotiated solution',
      // "A verbal skirmish broke out between them and the Kyrgyz": words exchanged, no fire.
      'verbal skirmish',
      'verbal clash',
      'verbal clashes',
      'verbal altercation',
      'verbal confrontation',
      // "locked in mutual suspicion and rhetorical confrontation".
      'rhetorical confrontation',
      // "a small, war-scarred nation": what a war left, no fight told.
      'war-scarred',
      'war-torn',
      'war-ravaged',
      // "images show the arrival of battle groups with tanks": units, no battle.
      'battle group',
      'battle groups',
      'battlegroup',
      'battlegroups',
      // "fired toward Afghanistan, which was met with a counter-reaction": an answer, no meeting.
      'was met with',
      'were met with',
      'be met with',
      'been met with',
      'is met with',
      'are met with',
      // "The rapid advance, met with little resistance, ...": an answer met, no meeting.
      'met with little',
      'met with no',
      // "commitments to respect territorial integrity, halt hostilities, disengage": a stop to the
      // fighting pledged, no fight told.
      'halt hostilities',
      'halting hostilities',
      'cease hostilities',
      'ceasing hostilities',
      'end hostilities',
      'ending hostilities',
      'stop hostilities',
      // "withdraw to their pre-confrontation positions", "the pre-war border": a time before one.
      'pre-confrontation',
      'pre-conflict',
      'pre-war',
      'post-war',
      'post-conflict',
      // "amidst unresolved international legal battles": a case in court, no fight.
      'legal battle',
      'legal battles',
      'court battle',
      'court battles',
      'legal fight',
      'diplomatic battle',
      'political battle',
      // "the movement of light tanks, infantry fighting vehicles": a kind of vehicle.
      'fighting vehicle',
      'fighting vehicles',
      // "dragging the whole region towards war", "a slide toward conflict": a war on the way, none fought.
      'towards war',
      'toward war',
      'towards a war',
      'toward a war',
      'towards conflict',
      'toward conflict',
      'towards confrontation',
      'toward confrontation',
      // "the Mi-24 attack helicopters flew into Polish territory": a kind of craft, no attack.
      'attack helicopter',
      'attack helicopters',
      'attack drone',
      'attack drones',
      'attack aircraft',
      'attack jet',
      'attack jets',
      'attack submarine',
      'attack submarines',
      'attack boat',
      'attack boats',
      'attack craft',
      // "after negotiating some tough seas during her winter crossing": a ship's passage, no talks.
      'negotiating some tough',
      'negotiating tough',
      'negotiating rough',
      'negotiating heavy seas',
      // "100,000 troops ready for battle in Ukraine": a readiness, no battle; "have remained on a war
      // footing since then": a posture kept, no war fought; "declare war 'has come to an end'".
      'ready for battle',
      'war footing',
      'war has come to an end',
      // "Ethiopia and Eritrea are no longer at war".
      'no longer at war',
      'war had come to an end',
      'war is over',
      // "Pakistan, Iran move to man border for fighting terrorism": a common cause, no fight between them.
      'fighting terrorism',
      'fight terrorism',
      'fight against terrorism',
      'combat terrorism',
      'combating terrorism',
      'combatting terrorism',
      // "A heated exchange unfolded in Parliament": words traded, no fire.
      'heated exchange',
      'heated exchanges',
      'war of words',
    ],
    cameo: '',
    type: 'block',
    polarity: N,
    block: true,
  },
  {
    // A standing commitment restated is no new act, nor is what it is committed to ("remained
    // committed to signing a peace treaty this year": none signed).
    phrases: [
      'remain committed',
      'remains committed',
      'remained committed',
      'was committed',
      'is committed',
      'are committed',
    ],
    cameo: '',
    type: 'block',
    polarity: N,
    block: true,
    governs: 'absorb',
  },
];
