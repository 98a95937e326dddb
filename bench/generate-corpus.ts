/**
 * Synthetic wire-style articles for throughput benchmarks and load tests (e.g. 20,000 articles
 * through the queue). Deterministic: the same (count, seed) always gives the same articles, so
 * benchmark runs are comparable. Articles are assembled from sentence templates filled with
 * states, places, numbers and dates from the tables below, mixing escalation, de-escalation and
 * neutral paragraphs across dyads, so the extractor sees realistic variety rather than one text.
 */
import type { Article } from '../functions/core/model';

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface StateInfo {
  name: string;
  adj: string;
  capital: string;
  places: readonly string[];
}

const STATES = {
  ARM: {
    name: 'Armenia',
    adj: 'Armenian',
    capital: 'Yerevan',
    places: ['Tavush', 'Syunik', 'Jermuk', 'Sotk'],
  },
  AZE: { name: 'Azerbaijan', adj: 'Azerbaijani', capital: 'Baku', places: ['Gazakh', 'Kalbajar', 'Lachin'] },
  IND: { name: 'India', adj: 'Indian', capital: 'New Delhi', places: ['Poonch', 'Kupwara', 'Uri', 'Ladakh'] },
  PAK: { name: 'Pakistan', adj: 'Pakistani', capital: 'Islamabad', places: ['Kotli', 'Chaman', 'Torkham'] },
  CHN: { name: 'China', adj: 'Chinese', capital: 'Beijing', places: ['Moldo', 'Hotan', 'Yadong'] },
  AFG: { name: 'Afghanistan', adj: 'Afghan', capital: 'Kabul', places: ['Khost', 'Nangarhar', 'Paktika'] },
  KGZ: { name: 'Kyrgyzstan', adj: 'Kyrgyz', capital: 'Bishkek', places: ['Batken', 'Leilek', 'Osh'] },
  TJK: { name: 'Tajikistan', adj: 'Tajik', capital: 'Dushanbe', places: ['Isfara', 'Vorukh', 'Khujand'] },
  KOR: {
    name: 'South Korea',
    adj: 'South Korean',
    capital: 'Seoul',
    places: ['Paju', 'Cheorwon', 'Yeonpyeong'],
  },
  PRK: { name: 'North Korea', adj: 'North Korean', capital: 'Pyongyang', places: ['Kaesong', 'Wonsan'] },
  ISR: {
    name: 'Israel',
    adj: 'Israeli',
    capital: 'Jerusalem',
    places: ['Metula', 'Kiryat Shmona', 'Shlomi'],
  },
  LBN: { name: 'Lebanon', adj: 'Lebanese', capital: 'Beirut', places: ['Naqoura', 'Marjayoun', 'Kfar Kila'] },
  ETH: { name: 'Ethiopia', adj: 'Ethiopian', capital: 'Addis Ababa', places: ['Gondar', 'Metema', 'Humera'] },
  SDN: { name: 'Sudan', adj: 'Sudanese', capital: 'Khartoum', places: ['Gedaref', 'Kassala', 'Gallabat'] },
  ERI: { name: 'Eritrea', adj: 'Eritrean', capital: 'Asmara', places: ['Assab', 'Badme', 'Tesseney'] },
  COD: {
    name: 'the Democratic Republic of Congo',
    adj: 'Congolese',
    capital: 'Kinshasa',
    places: ['Goma', 'Rutshuru'],
  },
  RWA: { name: 'Rwanda', adj: 'Rwandan', capital: 'Kigali', places: ['Gisenyi', 'Musanze', 'Rusizi'] },
  COL: { name: 'Colombia', adj: 'Colombian', capital: 'Bogota', places: ['Cucuta', 'Arauca', 'Maicao'] },
  VEN: {
    name: 'Venezuela',
    adj: 'Venezuelan',
    capital: 'Caracas',
    places: ['San Cristobal', 'Apure', 'Tachira'],
  },
  GUY: { name: 'Guyana', adj: 'Guyanese', capital: 'Georgetown', places: ['Essequibo', 'Lethem', 'Bartica'] },
  THA: { name: 'Thailand', adj: 'Thai', capital: 'Bangkok', places: ['Surin', 'Sa Kaeo', 'Aranyaprathet'] },
  KHM: { name: 'Cambodia', adj: 'Cambodian', capital: 'Phnom Penh', places: ['Poipet', 'Oddar Meanchey'] },
  GRC: { name: 'Greece', adj: 'Greek', capital: 'Athens', places: ['Lesbos', 'Evros', 'Chios'] },
  TUR: { name: 'Turkey', adj: 'Turkish', capital: 'Ankara', places: ['Edirne', 'Izmir', 'Canakkale'] },
  RUS: { name: 'Russia', adj: 'Russian', capital: 'Moscow', places: ['Belgorod', 'Kursk', 'Bryansk'] },
  UKR: { name: 'Ukraine', adj: 'Ukrainian', capital: 'Kyiv', places: ['Kharkiv', 'Sumy', 'Vovchansk'] },
} as const satisfies Record<string, StateInfo>;
type StateCode = keyof typeof STATES;

/** Neighbouring pairs the generator writes about. */
const DYADS: readonly [StateCode, StateCode][] = [
  ['ARM', 'AZE'],
  ['IND', 'PAK'],
  ['CHN', 'IND'],
  ['AFG', 'PAK'],
  ['KGZ', 'TJK'],
  ['KOR', 'PRK'],
  ['ISR', 'LBN'],
  ['ETH', 'SDN'],
  ['ERI', 'ETH'],
  ['COD', 'RWA'],
  ['COL', 'VEN'],
  ['GUY', 'VEN'],
  ['KHM', 'THA'],
  ['GRC', 'TUR'],
  ['RUS', 'UKR'],
];

const MEDIATORS = [
  'the United Nations',
  'the African Union',
  'the European Union',
  'ASEAN',
  'the OSCE',
  'Qatar',
  'Turkey',
  'Angola',
];
const WEAPONS = [
  'mortars',
  'artillery',
  'rifles and machine guns',
  'drones',
  'rockets',
  'tanks',
  'anti-tank missiles',
  'grenades',
];
const FIRST_NAMES = ['Anna', 'Karim', 'Elena', 'Tomas', 'Leyla', 'Ravi', 'Samuel', 'Mei', 'Daniel', 'Nadia'];
const LAST_NAMES = [
  'Petrov',
  'Haddad',
  'Okafor',
  'Mendez',
  'Novak',
  'Rahimi',
  'Tan',
  'Kovac',
  'Osei',
  'Lindgren',
];
const TITLES = [
  'a government spokesman',
  'the defence minister',
  'a senior army officer',
  'the foreign minister',
];
/** Weekday names by `Date#getUTCDay()` (0 is Sunday). */
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** How far before its publication an article's events happened: the mix of a live feed, or a week's spread. */
export const NEWS_LAGS = ['recent', 'week'] as const;
export type NewsLag = (typeof NEWS_LAGS)[number];

/**
 * Weights of 0, 1, ... 6 days between a story's events and its publication. Wire reports mostly
 * cover the day's events and the previous day's (the reference article reports a clash of its own
 * morning); a few come back to an event days later. `week` spreads stories evenly over the past
 * week: every article then revises a different past day of its dyad's series, the stress case.
 */
export const NEWS_LAG_WEIGHTS: Readonly<Record<NewsLag, readonly number[]>> = {
  recent: [50, 30, 10, 4, 3, 2, 1],
  week: [1, 1, 1, 1, 1, 1, 1],
};

/** Slots a template may use. */
interface Slots {
  A: string;
  B: string;
  Aadj: string;
  Badj: string;
  Acap: string;
  Bcap: string;
  placeA: string;
  placeB: string;
  weapon: string;
  person: string;
  title: string;
  mediator: string;
  day: string;
  n1: string;
  n2: string;
  n3: string;
}

type Kind = 'clash' | 'allegation' | 'buildup' | 'closure' | 'ceasefire' | 'talks' | 'neutral';
const KINDS: readonly Kind[] = ['clash', 'allegation', 'buildup', 'closure', 'ceasefire', 'talks', 'neutral'];

const TITLE_TEMPLATES: Record<Kind, readonly string[]> = {
  clash: [
    '{Aadj} and {Badj} troops exchange fire near {placeA}',
    '{n1} killed in border clash between {A} and {B}',
  ],
  allegation: [
    '{B} accuses {A} of shelling {placeB}; {Acap} denies',
    '{A} rejects {Badj} claim of cross-border attack',
  ],
  buildup: ['{A} moves troops towards {Badj} border', '{Aadj} build-up near {placeA} alarms {B}'],
  closure: ['{A} closes border crossings with {B}', 'Trucks stranded as {A} shuts frontier with {B}'],
  ceasefire: [
    '{A} and {B} agree to ceasefire after mediation by {mediator}',
    'Truce takes hold on {Aadj}-{Badj} border',
  ],
  talks: [
    '{Aadj} and {Badj} officials meet for border talks',
    '{A} and {B} agree to revive border commission',
  ],
  neutral: [
    'Traders on {Aadj}-{Badj} frontier report busy season',
    'Heavy rains hit border districts of {A} and {B}',
  ],
};

/** Lead and body sentences by story kind. */
const LEADS: Record<Kind, readonly string[]> = {
  clash: [
    '{Aadj} and {Badj} forces exchanged fire near {placeA} on {day}, killing {n1} soldiers and wounding {n2} others, officials said.',
    'Fighting broke out on {day} along the border between {A} and {B}, with troops using {weapon} near {placeB}, according to officials on both sides.',
  ],
  allegation: [
    '{B} accused {A} on {day} of firing {weapon} at villages around {placeB}, wounding {n2} civilians, a charge that {Acap} denied.',
    '{Aadj} officials on {day} rejected a {Badj} claim that their troops had shelled border posts near {placeB}.',
  ],
  buildup: [
    '{A} has moved thousands of extra troops and {weapon} towards its border with {B}, officials and residents said on {day}.',
    'Satellite images show a large {Aadj} build-up near {placeA}, close to the frontier with {B}, analysts said on {day}.',
  ],
  closure: [
    '{A} closed all crossings on its border with {B} on {day}, stranding hundreds of trucks and travellers.',
    'The {Aadj} government ordered the frontier with {B} shut on {day}, citing security threats near {placeA}.',
  ],
  ceasefire: [
    '{A} and {B} agreed on {day} to a ceasefire along their border after talks mediated by {mediator}.',
    'A truce between {A} and {B} took effect on {day}, ending {n3} days of clashes near {placeA}.',
  ],
  talks: [
    'Officials from {A} and {B} met in {Acap} on {day} for talks on the demarcation of their shared border.',
    'Delegations from {A} and {B} agreed on {day} to revive a joint commission on their disputed frontier.',
  ],
  neutral: [
    'Traders in {placeA}, near the border between {A} and {B}, said on {day} that business had picked up this season.',
    'Heavy rain flooded farmland in border districts of {A} and {B} on {day}, local officials said.',
  ],
};

const BODY: Record<'escalation' | 'deescalation' | 'reaction' | 'background' | 'local', readonly string[]> = {
  escalation: [
    'The {Aadj} side said its troops had come under fire from {weapon} and had responded in kind.',
    'Residents near {placeB} said they had heard explosions for several hours before the firing stopped.',
    '{Badj} officials said their forces had returned fire and had inflicted heavy losses on the attackers.',
    'A {Badj} army statement said {n2} soldiers had been wounded and taken to hospital in {placeB}.',
    'Each side accused the other of starting the exchange, and neither account could be independently verified.',
    '{person}, {title} of {A}, warned that any further provocation would be answered with force.',
    'Local authorities near {placeA} ordered schools closed and told families to stay indoors.',
    'Video shared online appeared to show smoke rising from hills near {placeB}, though it could not be verified.',
  ],
  deescalation: [
    'Commanders from both armies spoke by telephone and agreed to pull back units from the most exposed positions.',
    '{mediator} welcomed the agreement and offered to send observers to the border area.',
    '{person}, {title} of {A}, said the two governments had agreed to meet again within {n3} weeks.',
    'Both sides said they remained committed to resolving the dispute through dialogue.',
    'Border crossings near {placeA} were reopened to traffic, and traders returned to the market.',
    'A joint statement said the two sides would exchange maps of the disputed sections.',
  ],
  reaction: [
    '{mediator} called on both governments to exercise restraint and return to talks.',
    'Diplomats in {Acap} said they were concerned that a small incident could spiral into a wider conflict.',
    'The {Badj} foreign ministry summoned the {Aadj} ambassador to protest.',
    'Analysts said neither government appeared to want a full-scale war but warned of the risk of miscalculation.',
    'Officials in {Bcap} said they were studying all options and would respond at a time of their choosing.',
  ],
  background: [
    'The border between {A} and {B} has been the scene of repeated incidents, many of them linked to disputes over land and water.',
    'Large parts of the frontier have never been fully demarcated, and both countries claim several contested areas.',
    'The two neighbours fought a short war over the area decades ago, and relations have remained uneasy since.',
    'Trade between {A} and {B} has grown in recent years despite the political tensions between them.',
    'A ceasefire agreed several years ago has largely held, although violations are reported from time to time.',
  ],
  local: [
    'Farmers near {placeA} said they had been unable to reach their fields for {n3} days.',
    'Shopkeepers in {placeB} said sales had fallen sharply since the start of the month.',
    'A local teacher in {placeA} said children had returned to school after a week at home.',
    'The road between {placeA} and {placeB} was reopened after repairs, local officials said.',
    'Aid groups said {n1} hundred families had received food parcels and blankets.',
    'Prices of flour and cooking oil in {placeB} rose by {n2} percent over the past month, traders said.',
    'Health workers in {placeA} reported a rise in seasonal illnesses among children.',
  ],
};

/** Which body sections each kind of story draws from, most weight first. */
const MIX: Record<Kind, readonly (keyof typeof BODY)[]> = {
  clash: ['escalation', 'escalation', 'reaction', 'background', 'local'],
  allegation: ['escalation', 'reaction', 'reaction', 'background', 'local'],
  buildup: ['escalation', 'reaction', 'background', 'local'],
  closure: ['reaction', 'local', 'local', 'background'],
  ceasefire: ['deescalation', 'deescalation', 'reaction', 'background', 'local'],
  talks: ['deescalation', 'deescalation', 'background', 'local'],
  neutral: ['local', 'local', 'local', 'background'],
};

export const MIN_WORDS = 400;
export const MAX_WORDS = 800;

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty table');
  return item;
}

function pickWeighted(rand: () => number, weights: readonly number[]): number {
  let left = rand() * weights.reduce((sum, weight) => sum + weight, 0);
  for (let i = 0; i < weights.length; i++) {
    left -= weights[i] ?? 0;
    if (left < 0) return i;
  }
  return weights.length - 1;
}

function fill(template: string, slots: Slots): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in slots ? slots[name as keyof Slots] : whole,
  );
  // Sentences may start with a slot such as "the Democratic Republic of Congo".
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function makeArticle(rand: () => number, index: number, seed: number, newsLag: NewsLag): Article {
  const pair = pick(rand, DYADS);
  const [aCode, bCode] = rand() < 0.5 ? pair : ([pair[1], pair[0]] as const);
  const a: StateInfo = STATES[aCode];
  const b: StateInfo = STATES[bCode];
  const kind = pick(rand, KINDS);
  const published = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 730) * 86_400_000);
  // The lead names the day of the story's events; the sentences after it carry that date.
  const lagDays = pickWeighted(rand, NEWS_LAG_WEIGHTS[newsLag]);
  const newsDay = WEEKDAYS[(published.getUTCDay() - lagDays + 7) % 7] as string;
  const slotsFor = (): Slots => ({
    A: a.name,
    B: b.name,
    Aadj: a.adj,
    Badj: b.adj,
    Acap: a.capital,
    Bcap: b.capital,
    placeA: pick(rand, a.places),
    placeB: pick(rand, b.places),
    weapon: pick(rand, WEAPONS),
    person: `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`,
    title: pick(rand, TITLES),
    mediator: pick(rand, MEDIATORS),
    day: newsDay,
    n1: String(1 + Math.floor(rand() * 12)),
    n2: String(1 + Math.floor(rand() * 30)),
    n3: String(2 + Math.floor(rand() * 10)),
  });

  const target = MIN_WORDS + Math.floor(rand() * (MAX_WORDS - MIN_WORDS + 1));
  const paragraphs: string[] = [fill(pick(rand, LEADS[kind]), slotsFor())];
  let words = wordCount(paragraphs[0] ?? '');
  // Paragraphs of 2–4 sentences until the drawn length is reached; never past MAX_WORDS.
  // A shuffle bag per section: no template repeats until its section has been used up.
  const bags = new Map<keyof typeof BODY, string[]>();
  const draw = (section: keyof typeof BODY): string => {
    let bag = bags.get(section);
    if (!bag || bag.length === 0) {
      bag = [...BODY[section]];
      bags.set(section, bag);
    }
    const [template] = bag.splice(Math.floor(rand() * bag.length), 1);
    return template ?? '';
  };
  let guard = 0;
  while (words < target && guard < 500) {
    guard += 1;
    const section = pick(rand, MIX[kind]);
    const sentences: string[] = [];
    const size = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < size; i += 1) {
      const sentence = fill(draw(section), slotsFor());
      const n = wordCount(sentence);
      if (words + n > MAX_WORDS) break;
      sentences.push(sentence);
      words += n;
      if (words >= target) break;
    }
    if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  }
  const day = published.toISOString().slice(0, 10);
  const id = `gen-${seed}-${String(index).padStart(6, '0')}`;
  return {
    id,
    url: `https://example.org/wire/${day}/${id}`,
    title: fill(pick(rand, TITLE_TEMPLATES[kind]), slotsFor()),
    text: paragraphs.join('\n\n'),
    published: day,
    source: pick(rand, ['Synthetic Wire', 'Bench Daily', 'Generated Gazette']),
  };
}

/**
 * `count` synthetic articles (400–800 words each), the same for the same seed. Their events happen
 * within a week before publication, mostly the same or the previous day (`newsLag`, default `recent`).
 */
export function generateCorpus(count: number, seed: number, options: { newsLag?: NewsLag } = {}): Article[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const rand = mulberry32(seed);
  const newsLag = options.newsLag ?? 'recent';
  return Array.from({ length: count }, (_, index) => makeArticle(rand, index, seed, newsLag));
}

/**
 * The articles in publication order (ties by id), as a live scorer meets them: each rescore then
 * finds its dyad's whole look-back stored. In generated order, whose dates are drawn at random
 * over two years, it would find only the articles run before it, about half on average.
 */
export function inPublicationOrder(articles: readonly Article[]): Article[] {
  const at = (article: Article) => Date.parse(article.published ?? '');
  return [...articles].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
