import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ArticleInputError,
  areLandNeighbours,
  countryName,
  extractArticle,
} from '../../../functions/core/extraction';
import type { ExtractedEvent, Extraction } from '../../../functions/core/model';
import { FIXTURES } from './fixtures';

const SEED = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'seed-article.txt');

function find(x: Extraction, root: string, actor: string | null, target: string | null): ExtractedEvent[] {
  return x.events.filter(
    (e) =>
      e.cameo.startsWith(root) &&
      (e.actor?.country ?? null) === actor &&
      (e.target?.country ?? null) === target,
  );
}

describe('extractArticle on the reference article', () => {
  const run = existsSync(SEED) ? it : it.skip;
  run('reads the Kyrgyz-Tajik clash the way the analyst does', () => {
    const [title = '', ...body] = readFileSync(SEED, 'utf8').split('\n');
    const x = extractArticle({ id: 'seed', title, text: body.join('\n'), published: '2022-09-16' });
    expect(x.dyads[0]?.pair).toBe('KGZ-TJK');
    expect(x.dyads.map((d) => d.pair)).toEqual(['KGZ-TJK']);
    expect(x.casualties).toMatchObject({ killed: 1, injured: 3 });
    expect(x.entities.countries.map((c) => c.iso3).sort()).toEqual(['KGZ', 'POL', 'RUS', 'TJK']);
    expect(x.entities.organizations.map((o) => o.acronym)).toEqual(expect.arrayContaining(['CSTO', 'OSCE']));
    expect(x.entities.people).toContainEqual({ name: 'Stanislav Zas', title: 'Secretary General' });
    expect(x.entities.places).toContainEqual(expect.objectContaining({ name: 'Isfara', country: 'TJK' }));
    expect(x.entities.places).toContainEqual(expect.objectContaining({ name: 'Moscow', country: 'RUS' }));
    expect(new Set(x.entities.weapons.map((w) => w.category))).toEqual(
      new Set(['armour', 'artillery', 'heavy-weapons']),
    );

    const current = (e: ExtractedEvent) => !e.historical && e.date === '2022-09-16';
    expect(find(x, '19', 'TJK', 'KGZ').filter(current).length).toBeGreaterThanOrEqual(2);
    expect(find(x, '19', 'KGZ', 'TJK').filter((e) => current(e) && !e.alleged)).not.toHaveLength(0);
    const shelling = find(x, '19', 'KGZ', 'TJK').filter((e) => e.alleged);
    expect(shelling).toHaveLength(1);
    expect(shelling[0]).toMatchObject({ source: 'TJK', killed: 1, injured: 3 });
    expect(find(x, '11', 'TJK', 'KGZ')).toHaveLength(1);
    expect(find(x, '10', 'KGZ', 'TJK')).toHaveLength(1);
    expect(find(x, '15', 'TJK', 'KGZ')).toHaveLength(1);
    expect(x.events.filter((e) => e.cameo.startsWith('04') && e.actor?.org === 'CSTO')).toHaveLength(2);
    expect(find(x, '03', 'KGZ', 'TJK')[0]?.polarity).toBe('de-escalation');
    const appeals = x.events.filter((e) => e.cameo.startsWith('02'));
    expect(appeals.map((e) => e.actor?.org ?? e.actor?.country).sort()).toEqual([
      'OSCE',
      'OSCE',
      'RUS',
      'RUS',
    ]);
    expect(appeals.every((e) => e.polarity === 'de-escalation' && !e.historical)).toBe(true);
    const historical = x.events.filter((e) => e.historical);
    expect(historical.length).toBeGreaterThan(0);
    expect(historical.every((e) => e.date !== '2022-09-16')).toBe(true);
    const earlierThisWeek = x.events.find(
      (e) => e.dateApproximate && e.date === '2022-09-14' && e.cameo.startsWith('19'),
    );
    expect(earlierThisWeek).toBeDefined();
    expect(x.events.every((e) => e.pair === 'KGZ-TJK')).toBe(true);
  });
});

describe('extractArticle on our own fixtures', () => {
  it('keeps an allegation and its denial apart (ARM-AZE)', () => {
    const x = extractArticle(FIXTURES.armAzeDenial);
    expect(x.dyads[0]?.pair).toBe('ARM-AZE');
    const alleged = find(x, '19', 'AZE', 'ARM').filter((e) => e.alleged);
    expect(alleged).toHaveLength(1);
    expect(alleged[0]).toMatchObject({ cameo: '194', source: 'ARM', date: '2024-05-09', negated: false });
    expect(find(x, '11', 'ARM', 'AZE')).toHaveLength(1);
    expect(find(x, '19', 'AZE', 'ARM').filter((e) => e.negated)).toHaveLength(1);
    expect(x.casualties).toMatchObject({ killed: 0, injured: 2 });
    expect(x.entities.places).toContainEqual({ name: 'Sotk', country: 'ARM', lat: 40.2, lon: 45.94 });
  });

  it('flags threats and keeps them apart from deeds (IND-PAK)', () => {
    const x = extractArticle(FIXTURES.indPakThreat);
    expect(x.dyads[0]?.pair).toBe('IND-PAK');
    const threats = find(x, '13', 'IND', 'PAK');
    expect(threats).toHaveLength(1);
    expect(threats[0]!.threat).toBe(true);
    expect(find(x, '12', 'PAK', 'IND')).toHaveLength(1);
    expect(x.events.filter((e) => e.cameo.startsWith('19') && !e.threat)).toHaveLength(0);
  });

  it('codes a ceasefire in both directions as de-escalation, and third-party appeals to both sides (THA-KHM)', () => {
    const x = extractArticle(FIXTURES.thaKhmCeasefire);
    expect(x.dyads[0]?.pair).toBe('KHM-THA');
    expect(find(x, '08', 'THA', 'KHM')[0]?.polarity).toBe('de-escalation');
    expect(find(x, '08', 'KHM', 'THA')).toHaveLength(1);
    const appeals = x.events.filter((e) => e.cameo.startsWith('02'));
    expect(appeals.map((e) => e.target?.country).sort()).toEqual(['KHM', 'THA']);
    expect(appeals.every((e) => e.actor?.org === 'UN')).toBe(true);
    expect(x.events.filter((e) => e.cameo.startsWith('04'))).toHaveLength(0); // talks "next week" have not happened
  });

  it('reads a border closure and an exchange of fire (AFG-PAK)', () => {
    const x = extractArticle(FIXTURES.afgPakClosure);
    expect(x.dyads[0]?.pair).toBe('AFG-PAK');
    expect(find(x, '16', 'PAK', 'AFG')).toHaveLength(1);
    expect(find(x, '19', 'AFG', 'PAK').length + find(x, '19', 'PAK', 'AFG').length).toBeGreaterThanOrEqual(1);
    expect(x.casualties).toMatchObject({ killed: 0, injured: 3 });
    expect(x.entities.places).toContainEqual(expect.objectContaining({ name: 'Torkham' }));
  });

  it('gives a trade story between neighbours a low salience and no escalation (ECU-PER)', () => {
    const x = extractArticle(FIXTURES.ecuPerTrade);
    expect(x.entities.countries.map((c) => c.iso3).sort()).toEqual(['ECU', 'PER']);
    expect(x.dyads.every((d) => d.salience < 0.35)).toBe(true);
    expect(x.events.filter((e) => e.polarity === 'escalation')).toEqual([]);
  });

  it('reads a cricket match as sport (IND-PAK)', () => {
    const x = extractArticle(FIXTURES.indPakCricket);
    expect(x.dyads).toEqual([]);
    expect(x.events.filter((e) => e.polarity === 'escalation')).toEqual([]);
  });

  it('leaves an internal conflict out of the dyads (COL)', () => {
    const x = extractArticle(FIXTURES.colInternal);
    expect(x.dyads).toEqual([]);
    expect(x.events).toEqual([]);
    expect(x.casualties.killed).toBe(4);
  });

  it('flags a war of the past as historical, with no current dyad (ERI-ETH)', () => {
    const x = extractArticle(FIXTURES.eriEthHistory);
    expect(x.dyads).toEqual([]);
    const fights = x.events.filter((e) => e.cameo.startsWith('19'));
    expect(fights.length).toBeGreaterThan(0);
    expect(fights.every((e) => e.historical && e.date === null)).toBe(true);
    expect(x.casualties.killed).toBe(0); // the war's toll is history, not news
  });

  it('keeps each side’s casualty claim and reports the lowest (KGZ-TJK)', () => {
    const x = extractArticle(FIXTURES.kgzTjkDispute);
    expect(x.dyads[0]?.pair).toBe('KGZ-TJK');
    expect(x.casualties.killed).toBe(3);
    expect(x.casualties.injured).toBe(24);
    const claims = x.casualties.claims ?? [];
    expect(claims).toContainEqual(expect.objectContaining({ killed: 5, claimant: 'TJK' }));
    expect(claims).toContainEqual(expect.objectContaining({ killed: 3, claimant: 'KGZ' }));
    expect(claims.find((c) => c.injured === 24)?.approximate).toBe(true);
    expect(x.events.find((e) => e.cameo.startsWith('19'))?.date).toBe('2024-03-07');
  });

  it('reports a maritime pair only when configured (CHN-PHL)', () => {
    expect(extractArticle(FIXTURES.chnPhlMaritime).dyads).toEqual([]);
    const x = extractArticle(FIXTURES.chnPhlMaritime, { extraPairs: ['PHL-CHN'] });
    expect(x.dyads[0]?.pair).toBe('CHN-PHL');
    expect(find(x, '11', 'PHL', 'CHN')).toHaveLength(1);
    expect(x.entities.weapons).toContainEqual({ name: 'warships', category: 'naval' });
  });

  it('reads Korean forms and seats of government (PRK-KOR)', () => {
    const x = extractArticle(FIXTURES.prkKorWarning);
    expect(x.dyads[0]?.pair).toBe('KOR-PRK');
    expect(find(x, '17', 'KOR', 'PRK')).toHaveLength(1); // warning shots coerce, they do not fight
  });

  it('is deterministic', () => {
    expect(extractArticle(FIXTURES.kgzTjkDispute)).toEqual(extractArticle(FIXTURES.kgzTjkDispute));
  });
});

describe('country helpers', () => {
  it('names countries and knows land borders', () => {
    expect(countryName('KGZ')).toBe('Kyrgyzstan');
    expect(countryName('XXX')).toBeUndefined();
    expect(areLandNeighbours('KGZ', 'TJK')).toBe(true);
    expect(areLandNeighbours('CHN', 'PHL')).toBe(false);
  });
});

describe('bad input', () => {
  const base = { id: 'bad', title: '', published: '2024-01-01' };
  it.each([
    ['empty text', '', /empty/],
    ['text over 1,000,000 characters', 'word '.repeat(1_000_000), /too long/],
    ['binary bytes', `GIF89a\u0000\u0001\u0002${'x'.repeat(100)}`, /binary/],
    [
      'control characters',
      '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(20),
      /binary/,
    ],
    ['HTML', '<html><body><p>Troops opened fire.</p><div>More</div></body></html>', /HTML/],
  ])('rejects %s with ArticleInputError', (_name, text, message) => {
    expect(() => extractArticle({ ...base, text })).toThrow(ArticleInputError);
    expect(() => extractArticle({ ...base, text })).toThrow(message);
  });

  it('reads adversarial text of 100k+ characters without blowing up', () => {
    const inputs = [
      'Tajik '.repeat(25_000),
      'killed '.repeat(20_000),
      `${'a'.repeat(200_000)}.`,
      'The border between Kyrgyzstan and '.repeat(4_000),
      'September 14, '.repeat(10_000),
      `"${'(['.repeat(50_000)}`,
    ];
    for (const text of inputs) {
      const x = extractArticle({ ...base, text });
      expect(x.id).toBe('bad');
    }
  });
});
