/**
 * Labels for the reference article (../shared/reference/seed-article.txt, the 16 Sept 2022
 * Kyrgyz–Tajik clash), encoded from the analyst's reading in ../shared/reference/README.md.
 * Only labels live here, never the article's sentences: the text is read from the shared folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusEntry, Expected, ExpectedEvent } from './corpus-schema';

export const SEED_ARTICLE_ID = 'seed-kgz-tjk-2022-09-16';
export const SEED_PUBLISHED = '2022-09-16';

const plain = { negated: false, alleged: false, threat: false, historical: false };
const ev = (actor: string | null, target: string | null, cameo: string, flags: Partial<typeof plain> = {}) =>
  ({ actor, target, cameo, ...plain, ...flags }) satisfies ExpectedEvent;

export const SEED_EXPECTED: Expected = {
  dyads: ['KGZ-TJK'],
  // Russia appears as "Russian" and "Moscow", Poland through its OSCE mission; neither is a party.
  countries: ['KGZ', 'TJK', 'RUS', 'POL'],
  organizations: [
    'CSTO|Collective Security Treaty Organization',
    'OSCE|Organization for Security and Co-operation in Europe',
    'Kyrgyz border service|border service|State Border Service of Kyrgyzstan',
    'Kyrgyz security council|Security Council of Kyrgyzstan|Kyrgyz Security Council',
    'Tajik security council|Security Council of Tajikistan|Tajik Security Council',
  ],
  people: ['Stanislav Zas'],
  places: [
    { name: 'Isfara', country: 'TJK' },
    { name: 'Moscow', country: 'RUS' },
  ],
  // Tanks and APCs (armour), mortars (artillery), "heavy weaponry".
  weapons: ['armour', 'artillery', 'heavy-weapons'],
  events: [
    ev('TJK', 'KGZ', '19'), // Tajik forces opened fire on Kyrgyz outposts
    ev('KGZ', 'TJK', '19'), // Kyrgyz border guards returned fire
    ev('TJK', 'KGZ', '19'), // tanks, APCs and mortars, per the Kyrgyz border service
    ev('KGZ', 'TJK', '19', { alleged: true }), // Tajik accusation of shelling an outpost and villages
    ev('TJK', 'KGZ', '11'), // the accusation itself
    ev('KGZ', 'TJK', '10'), // demand to give up combat positions
    ev('TJK', 'KGZ', '15'), // Tajik side took up combat positions
    ev(null, 'KGZ', '04'), // CSTO calls with both security councils
    ev(null, 'TJK', '04'),
    ev('KGZ', 'TJK', '03'), // both confirmed the need for a ceasefire and talks
    ev('TJK', 'KGZ', '03'),
    ev(null, 'KGZ', '02'), // OSCE calls to restore the ceasefire
    ev(null, 'TJK', '02'),
    ev('RUS', 'KGZ', '02'), // Moscow calls for a cessation of hostilities
    ev('RUS', 'TJK', '02'),
    ev('KGZ', 'TJK', '19'), // short confrontation earlier this week (mutual)
    ev('TJK', 'KGZ', '19'),
    ev('KGZ', 'TJK', '19', { historical: true }), // last year's near all-out war
    ev('TJK', 'KGZ', '19', { historical: true }),
  ],
  casualties: { killed: 1, injured: 3 },
};

/** The seed article as a corpus entry (first line title, the rest body), or null when the folder is absent. */
export function loadSeedEntry(referenceDir: string): CorpusEntry | null {
  const file = join(referenceDir, 'seed-article.txt');
  if (!existsSync(file)) return null;
  const [title = '', ...body] = readFileSync(file, 'utf8').split(/\r?\n/);
  return {
    article: {
      id: SEED_ARTICLE_ID,
      title: title.trim(),
      text: body.join('\n').trim(),
      published: SEED_PUBLISHED,
    },
    expected: SEED_EXPECTED,
  };
}
