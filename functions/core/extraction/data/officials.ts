/**
 * Officials wire reports name without their state ("President Vladimir Putin said", "Lamamra told a
 * news conference"): heads of state and government, foreign and defence ministers and spokespeople
 * of states with contested borders, past and present (a former leader still speaks for the same
 * state). Keyed by surname, or by full name where the surname alone is common ("kim jong un",
 * "irfaan ali"). People who moved to international posts are left out: their state would mislead.
 */
import type { Iso3 } from '../../model';

export const OFFICIALS: Readonly<Record<Iso3, readonly string[]>> = {
  AFG: ['akhundzada', 'muttaqi', 'zabihullah mujahid'],
  ARG: ['milei'],
  ARM: ['pashinyan', 'mirzoyan', 'papikyan'],
  AZE: ['aliyev', 'bayramov', 'hikmet hajiyev'],
  BGD: ['hasina', 'muhammad yunus'],
  BOL: ['luis arce', 'evo morales'],
  CHL: ['boric'],
  BLR: ['lukashenko'],
  BRA: ['lula'],
  BTN: ['tshering tobgay', 'tandi dorji'],
  CHN: ['xi', 'xi jinping', 'wang yi', 'li qiang', 'mao ning', 'lin jian', 'wang wenbin', 'zhao lijian'],
  COD: ['tshisekedi', 'kabila'],
  COL: ['petro', 'uribe'],
  DOM: ['abinader'],
  DZA: ['tebboune', 'lamamra', 'attaf'],
  ECU: ['correa', 'noboa'],
  EGY: ['sisi', 'shoukry', 'abdelatty'],
  ERI: ['afwerki', 'gebremeskel'],
  EST: ['tsahkna'],
  ETH: ['abiy ahmed', 'abiy'],
  FIN: ['stubb', 'orpo'],
  FRA: ['macron'],
  GEO: ['kobakhidze', 'garibashvili'],
  GRC: ['mitsotakis'],
  GUY: ['irfaan ali', 'jagdeo'],
  HTI: ['ariel henry'],
  IND: ['modi', 'jaishankar', 'rajnath singh', 'doval', 'vikram misri'],
  IRN: ['khamenei', 'raisi', 'pezeshkian', 'araqchi', 'amirabdollahian', 'kanaani', 'baghaei'],
  IRQ: ['sudani', 'kadhimi'],
  ISR: ['netanyahu', 'gallant', 'gantz', 'herzog'],
  JOR: ['safadi'],
  KAZ: ['tokayev'],
  KEN: ['ruto', 'kenyatta'],
  KGZ: ['japarov', 'tashiev'],
  KHM: ['hun manet', 'hun sen'],
  KOR: ['yoon suk yeol', 'lee jae-myung', 'lee myung-bak', 'moon jae-in'],
  LBN: ['mikati'],
  LTU: ['landsbergis', 'nauseda'],
  MAR: ['bourita'],
  MDA: ['sandu'],
  MMR: ['min aung hlaing', 'zaw min tun'],
  NGA: ['tinubu'],
  NPL: ['oli', 'pushpa kamal dahal', 'prachanda', 'deuba'],
  PAK: ['shehbaz sharif', 'nawaz sharif', 'asim munir', 'ishaq dar', 'khawaja asif', 'imran khan'],
  PER: ['boluarte'],
  POL: ['tusk', 'duda', 'sikorski'],
  PRK: ['kim jong un', 'kim yo jong'],
  RUS: ['putin', 'lavrov', 'peskov', 'shoigu', 'zakharova', 'medvedev', 'belousov', 'gerasimov', 'patrushev'],
  RWA: ['kagame', 'nduhungirehe'],
  SDN: ['burhan', 'dagalo', 'hemedti', 'atta'],
  SOM: ['hassan sheikh mohamud'],
  SRB: ['vucic', 'dacic'],
  SSD: ['kiir'],
  SYR: ['assad', 'sharaa', 'mekdad'],
  THA: ['shinawatra', 'thavisin', 'charnvirakul'],
  TJK: ['rahmon', 'rakhmon', 'rakhmonov'],
  TUR: ['erdogan', 'fidan', 'cavusoglu'],
  UGA: ['museveni'],
  UKR: ['zelenskiy', 'zelensky', 'zelenskyy', 'kuleba', 'sybiha', 'syrskyi', 'zaluzhnyi', 'shmyhal'],
  USA: ['biden', 'trump', 'blinken', 'rubio', 'hegseth', 'kirby'],
  UZB: ['mirziyoyev'],
  VEN: ['maduro', 'chavez', 'padrino'],
  XKX: ['kurti', 'osmani'],
};

const BY_NAME = new Map<string, Iso3>();
for (const [iso3, names] of Object.entries(OFFICIALS) as [Iso3, readonly string[]][])
  for (const name of names) BY_NAME.set(name, iso3);

/** A name as the table keys it: lower case, without accents ("Erdoğan") or an "al-" before the surname. */
function keyOf(name: string): string {
  // Most names are plain ASCII: decomposing accents is only worth it for the rest.
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) if (name.charCodeAt(i) > 127) ascii = false;
  const plain = ascii
    ? name.toLowerCase()
    : name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  return plain.includes('al-') ? plain.replace(/\bal-/g, '') : plain;
}

/** The state an official speaks for, by full name or surname ("Vladimir Putin", "Putin"); null when unknown. */
export function officialState(name: string): Iso3 | null {
  const key = keyOf(name);
  return BY_NAME.get(key) ?? BY_NAME.get(key.slice(key.lastIndexOf(' ') + 1)) ?? null;
}

/** The state of an official named by surname alone, from the word in lower case ("putin"): no accents folded. */
export function officialBySurname(lower: string): Iso3 | undefined {
  return BY_NAME.get(lower);
}
