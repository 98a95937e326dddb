/**
 * Curated country aliases the world-countries dataset lacks: common short names, demonyms and
 * adjectives in everyday news use, and capitals or seats that stand for a government.
 */
import type { Iso3 } from '../../model';

export interface CountryAliases {
  names?: string[];
  demonyms?: string[];
  /** Capitals and seats of government ("the Kremlin") standing for the state's government. */
  seats?: string[];
  /** Acronyms matched case-exactly ("US", "UK", "DRC"). */
  codes?: string[];
}

export const COUNTRY_ALIASES: Record<Iso3, CountryAliases> = {
  // "The Islamic Emirate considers this a violation": the Taliban government's name for its state.
  AFG: {
    demonyms: ['Afghani'],
    names: ['Afghan Taliban government', 'Islamic Emirate', 'Islamic Emirate of Afghanistan'],
  },
  ARE: { names: ['UAE', 'Emirates'], demonyms: ['Emirati'], codes: ['UAE'] },
  // A people of one state named with another's adjective: "a Kosovar Albanian police officer" is
  // Kosovo's, and Greek and Turkish Cypriots are Cyprus's.
  XKX: { demonyms: ['Kosovar Albanian', 'Kosovo Albanian', 'Kosovar Albanians', 'Kosovo Albanians'] },
  CYP: { demonyms: ['Greek Cypriot', 'Turkish Cypriot', 'Greek Cypriots', 'Turkish Cypriots'] },
  ARM: { demonyms: ['Armenian'] },
  AZE: { demonyms: ['Azerbaijani', 'Azeri'] },
  BGD: { demonyms: ['Bangladeshi'], seats: ['Dhaka'] },
  // Gitega has been the capital since 2019; the news still says "Bujumbura" for the government.
  BDI: { demonyms: ['Burundian'], seats: ['Bujumbura'] },
  BIH: { names: ['Bosnia'], demonyms: ['Bosnian'] },
  BLR: { demonyms: ['Belarusian', 'Belarussian'] },
  CHN: {
    names: ["People's Republic of China", 'PRC', 'mainland China'],
    demonyms: ['Chinese'],
    // Peking: the capital's name in reports before the 1980s (the archives backtests replay).
    seats: ['Beijing', 'Peking'],
  },
  // Seats of government the dataset does not list as capitals (it gives Yamoussoukro, Sucre,
  // Porto-Novo and Dodoma): the news names the government after the city it sits in.
  CIV: { names: ['Ivory Coast', "Cote d'Ivoire"], demonyms: ['Ivorian'], seats: ['Abidjan'] },
  BOL: { seats: ['La Paz'] },
  BEN: { seats: ['Cotonou'] },
  TZA: { seats: ['Dar es Salaam'] },
  // Common spellings the dataset lacks.
  ECU: { demonyms: ['Ecuadorian', 'Ecuadoran'] },
  CPV: { names: ['Cabo Verde'], demonyms: ['Cape Verdean'] },
  DJI: { demonyms: ['Djiboutian'] },
  NPL: { demonyms: ['Nepali'] },
  ARG: { demonyms: ['Argentinian'] },
  BWA: { demonyms: ['Botswanan'] },
  SVN: { demonyms: ['Slovenian'] },
  SLE: { demonyms: ['Sierra Leonean'] },
  COD: {
    names: [
      'Congo',
      'DR Congo',
      'Democratic Republic of Congo',
      'Democratic Republic of the Congo',
      'Congo-Kinshasa',
    ],
    demonyms: ['Congolese'],
    codes: ['DRC'],
    seats: ['Kinshasa'],
  },
  // "CAR" is how most reports name the Central African Republic after the first mention.
  CAF: { names: ['Central Africa Republic'], codes: ['CAR'] },
  // Central America's own press: "Nica troops", "the Tico government".
  NIC: { demonyms: ['Nicaraguan', 'Nica'] },
  CRI: { demonyms: ['Costa Rican', 'Tico'] },
  // "the Republic of Congo" without its article is still Congo-Brazzaville, not the DRC.
  COG: { names: ['Congo-Brazzaville', 'Republic of the Congo', 'Republic of Congo'] },
  COL: { demonyms: ['Colombian'], seats: ['Bogota'] },
  CZE: { names: ['Czech Republic'], demonyms: ['Czech'] },
  ERI: { demonyms: ['Eritrean'], seats: ['Asmara'] },
  ETH: { demonyms: ['Ethiopian'], seats: ['Addis Ababa'] },
  GBR: {
    names: ['Britain', 'Great Britain', 'United Kingdom'],
    demonyms: ['British'],
    codes: ['UK'],
    seats: ['Downing Street', 'Whitehall'],
  },
  GEO: { demonyms: ['Georgian'], seats: ['Tbilisi'] },
  GMB: { names: ['Gambia'] },
  IND: { demonyms: ['Indian'], seats: ['New Delhi', 'Delhi'] },
  IRN: { demonyms: ['Iranian', 'Persian'], seats: ['Tehran'] },
  IRQ: { demonyms: ['Iraqi'] },
  ISR: { demonyms: ['Israeli'], seats: ['Jerusalem'] },
  KAZ: { demonyms: ['Kazakh', 'Kazakhstani'], seats: ['Astana'] },
  KGZ: {
    demonyms: ['Kyrgyz', 'Kyrgyzstani', 'Kirghiz', 'Kirgiz'],
    names: ['Kirghizia', 'Kirgizia'],
    seats: ['Bishkek'],
  },
  KHM: { demonyms: ['Cambodian', 'Khmer'], seats: ['Phnom Penh'] },
  KOR: {
    names: ['South Korea', 'Republic of Korea'],
    demonyms: ['South Korean'],
    codes: ['ROK'],
    seats: ['Seoul'],
  },
  LAO: { names: ['Laos'], demonyms: ['Lao', 'Laotian'] },
  LBN: { demonyms: ['Lebanese'], seats: ['Beirut'] },
  MDA: { names: ['Moldova'], demonyms: ['Moldovan'] },
  MKD: { names: ['Macedonia', 'North Macedonia'], demonyms: ['Macedonian'] },
  MMR: { names: ['Burma'], demonyms: ['Burmese', 'Myanmarese'], seats: ['Naypyidaw', 'Naypyitaw'] },
  NLD: { names: ['Holland', 'the Netherlands'], demonyms: ['Dutch'] },
  PAK: { demonyms: ['Pakistani'], seats: ['Islamabad'] },
  PHL: { demonyms: ['Filipino', 'Philippine'], seats: ['Manila'] },
  PRK: {
    names: ['North Korea', "Democratic People's Republic of Korea"],
    demonyms: ['North Korean'],
    codes: ['DPRK'],
    seats: ['Pyongyang'],
  },
  PSE: { names: ['Palestine', 'Palestinian territories', 'Gaza', 'West Bank'], demonyms: ['Palestinian'] },
  RUS: { names: ['Russian Federation'], demonyms: ['Russian'], seats: ['Moscow', 'the Kremlin', 'Kremlin'] },
  SDN: { demonyms: ['Sudanese'], seats: ['Khartoum'] },
  SSD: { demonyms: ['South Sudanese'], seats: ['Juba'] },
  // "Five Guyanese have been arrested by Surinamese authorities" (the dataset has "Surinamer").
  SUR: { demonyms: ['Surinamese'], seats: ['Paramaribo'] },
  SLV: { demonyms: ['Salvadorean'] },
  TLS: { demonyms: ['Timorese'] },
  SRB: { demonyms: ['Serbian', 'Serb'] },
  SYR: { demonyms: ['Syrian'], seats: ['Damascus'] },
  THA: { demonyms: ['Thai'], seats: ['Bangkok'], names: ['Siam'] },
  TJK: { demonyms: ['Tajik', 'Tajikistani', 'Tadjik', 'Tadzhik'], seats: ['Dushanbe'] },
  TKM: { demonyms: ['Turkmen', 'Turkmenistani'] },
  TUR: { names: ['Turkey', 'Turkiye', 'Türkiye'], demonyms: ['Turkish'], seats: ['Ankara'] },
  TWN: { demonyms: ['Taiwanese'], seats: ['Taipei'] },
  UKR: { demonyms: ['Ukrainian'], seats: ['Kyiv', 'Kiev'] },
  USA: {
    names: ['United States', 'United States of America', 'America'],
    demonyms: ['American'],
    codes: ['US', 'U.S.', 'USA'],
    seats: ['Washington', 'the White House', 'the Pentagon'],
  },
  UZB: { demonyms: ['Uzbek', 'Uzbekistani'], seats: ['Tashkent'] },
  VEN: { demonyms: ['Venezuelan'], seats: ['Caracas'] },
  // "Prime Minister Ralph Gonsalves of St Vincent and the Grenadines": "St" as the news writes it.
  VCT: {
    names: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'Saint Vincent', 'St Vincent'],
  },
  LCA: { names: ['St Lucia', 'St. Lucia'] },
  KNA: { names: ['St Kitts and Nevis', 'St. Kitts and Nevis'] },
  VNM: { names: ['Viet Nam'], demonyms: ['Vietnamese'], seats: ['Hanoi'] },
  YEM: { demonyms: ['Yemeni'] },
};

/** Dataset names that mislead in news use: "Congo" and "Congolese" nearly always mean the DRC today. */
export const DATASET_EXCLUSIONS: Record<Iso3, string[]> = {
  COG: ['Congo', 'Congolese'],
  // "Dominican" in the news is the Dominican Republic far more often than Dominica.
  DMA: ['Dominican', 'Dominique'],
  // Native spellings that are English words or names: "Yeonpyeong Island", "Thomas Mann".
  ISL: ['Island'],
  IMN: ['Mann', 'Mannin'],
};

/**
 * Phrases that contain a country word but do not name the state: matched first so that the
 * country inside them is not counted ("Indian Ocean", "Turkish delight", "Russian roulette").
 */
export const NOT_A_COUNTRY = [
  'Indian Ocean',
  'American Indian',
  'Native American',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Latin American',
  'South American',
  'Central American',
  'North American',
  'Inter-American',
  'Pan-American',
  'Russian roulette',
  'Turkish delight',
  'Chinese New Year',
  'New Mexico',
  'New Guinea',
  'Georgia Tech',
  'Jordan River',
  'Dead Sea',
  'Arabian Sea',
  'Persian Gulf',
  'South China Sea',
  'East China Sea',
  'Korean Peninsula',
  'Washington Post',
  'Washington, D.C.',
];

/**
 * Named border lines: a line names its two states as surely as "the border between A and B" does
 * ("fired across the Line of Control" is India and Pakistan even when the text names one of them).
 * Names match capitalised as written, codes case-exactly.
 */
export const NAMED_BORDERS: { names: string[]; codes?: string[]; pair: [Iso3, Iso3] }[] = [
  { names: ['Line of Control'], codes: ['LoC', 'LOC'], pair: ['IND', 'PAK'] },
  { names: ['Working Boundary'], pair: ['IND', 'PAK'] },
  { names: ['Line of Actual Control', 'McMahon Line'], codes: ['LAC'], pair: ['CHN', 'IND'] },
  { names: ['Durand Line'], pair: ['AFG', 'PAK'] },
  {
    names: [
      'Military Demarcation Line',
      'Korean Demilitarized Zone',
      'Korean Demilitarised Zone',
      'Northern Limit Line',
    ],
    codes: ['NLL'],
    pair: ['KOR', 'PRK'],
  },
  { names: ['Blue Line'], pair: ['ISR', 'LBN'] },
];

/**
 * Names that stand for a state only in its region's news: "the North" is North Korea in a report
 * that names either Korea, and nothing in one that names neither.
 */
export interface RegionalName {
  /** The capitalised word after "the" ("the North's military", "warned the South"). */
  word: string;
  country: Iso3;
  /** States one of which the article must name. */
  context: Iso3[];
}

export const REGIONAL_NAMES: readonly RegionalName[] = [
  { word: 'North', country: 'PRK', context: ['KOR', 'PRK'] },
  { word: 'South', country: 'KOR', context: ['KOR', 'PRK'] },
  // Since 2011 "the South" and "the North" of Sudan's news are South Sudan and Sudan; a report that
  // names only Sudan may mean its own regions.
  { word: 'South', country: 'SSD', context: ['SSD'] },
  { word: 'North', country: 'SDN', context: ['SSD'] },
];
