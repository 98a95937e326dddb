import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import worldCountries from 'world-countries';
import type { ExtractedEvent, Extraction } from '../../functions/core/model';
import {
  type CorpusEntry,
  ExpectedSchema,
  loadCorpus,
  parseCorpusEntry,
} from '../../scripts/eval/corpus-schema';
import { evaluateCorpus, formatReport } from '../../scripts/eval/evaluate';
import {
  bareName,
  matchEvents,
  normalizeName,
  scoreArticle,
  scoreField,
  scoreNamed,
  scoreSet,
  toScore,
} from '../../scripts/eval/metrics';
import { loadSeedEntry, SEED_EXPECTED } from '../../scripts/eval/seed-expected';

const ROOT = join(__dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus', 'dev');

function predictedEvent(
  actor: string | null,
  target: string | null,
  cameo: string,
  flags: Partial<Pick<ExtractedEvent, 'negated' | 'alleged' | 'threat' | 'historical'>> = {},
): ExtractedEvent {
  return {
    cameo,
    type: 'test',
    polarity: 'neutral',
    actor: actor === null ? null : { country: actor, role: 'MIL' },
    target: target === null ? null : { country: target, role: 'MIL' },
    date: null,
    negated: false,
    alleged: false,
    threat: false,
    historical: false,
    source: null,
    killed: null,
    injured: null,
    weapons: [],
    evidence: '',
    ...flags,
  };
}

const plain = { negated: false, alleged: false, threat: false, historical: false };

describe('metric helpers', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = toScore({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('scores an empty prediction for empty labels as perfect, and silence against labels as zero', () => {
    expect(toScore({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(toScore({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(toScore({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('matches keys as a multiset: a key expected twice needs two predictions', () => {
    const r = scoreField(['a', 'a', 'b'], ['a', 'c', 'c']);
    expect(r).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(r.missed.sort()).toEqual(['a', 'b']);
    expect(r.spurious).toEqual(['c', 'c']);
  });

  it('matches sets ignoring duplicates', () => {
    expect(scoreSet(['KGZ', 'TJK'], ['KGZ', 'KGZ', 'RUS'])).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('matches names by any accepted spelling, case, accents and a leading "the"', () => {
    expect(normalizeName('The  Organization for Security & Co-operation')).toBe(
      'organization for security co operation',
    );
    const r = scoreNamed(
      ['OSCE', 'Kyiv|Kiev', 'Nagorno-Karabakh'],
      [
        { display: 'OSCE', names: ['Organization for Security and Co-operation in Europe', 'OSCE'] },
        { display: 'Kiev', names: ['kiev'] },
        { display: 'Baku', names: ['Baku'] },
      ],
    );
    expect(r).toMatchObject({ tp: 2, fp: 1, fn: 1, missed: ['Nagorno-Karabakh'], spurious: ['baku'] });
  });

  it('matches people with a leading rank or title to the bare name', () => {
    expect(bareName('Lieutenant General Anil Bhatia')).toBe('anil bhatia');
    expect(bareName('General Lee')).toBe('general lee'); // never strip down to one word
    const r = scoreArticle(
      { ...SEED_EXPECTED, people: ['Gustavo Lozano'] },
      extraction({
        events: [],
        entities: { ...emptyEntities, people: [{ name: 'General Gustavo Lozano', title: null }] },
      }),
    );
    expect(r.fields.people).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches events on actor, target and CAMEO root, preferring the prediction whose flags agree', () => {
    const expected = [
      { actor: 'AZE', target: 'ARM', cameo: '19', ...plain },
      { actor: 'AZE', target: 'ARM', cameo: '19', ...plain, negated: true },
      { actor: 'ARM', target: 'AZE', cameo: '11', ...plain },
    ];
    const predicted = [
      predictedEvent('AZE', 'ARM', '194', { negated: true }),
      predictedEvent('AZE', 'ARM', '190'),
      predictedEvent('AZE', 'ARM', '11'), // wrong direction
    ];
    const { counts, flags } = matchEvents(expected, predicted);
    expect(counts).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(counts.missed).toEqual(['ARM>AZE:11']);
    expect(counts.spurious).toEqual(['AZE>ARM:11']);
    expect(flags.negated).toEqual({ agree: 2, matched: 2, set: { tp: 1, fp: 0, fn: 0 } });
  });

  it('counts a wrong flag against accuracy and the flag set', () => {
    const { flags } = matchEvents(
      [{ actor: 'IND', target: 'PAK', cameo: '13', ...plain, threat: true }],
      [predictedEvent('IND', 'PAK', '13')],
    );
    expect(flags.threat).toEqual({ agree: 0, matched: 1, set: { tp: 0, fp: 0, fn: 1 } });
  });
});

const emptyEntities: Extraction['entities'] = {
  countries: [],
  organizations: [],
  people: [],
  places: [],
  weapons: [],
};

function extraction(partial: Partial<Extraction> & Pick<Extraction, 'events'>): Extraction {
  return {
    id: 'x',
    published: null,
    dyads: [],
    entities: { countries: [], organizations: [], people: [], places: [], weapons: [] },
    casualties: { killed: 0, injured: 0 },
    ...partial,
  };
}

describe('evaluateCorpus', () => {
  const entry: CorpusEntry = {
    article: { id: 'toy-1', title: 'Toy', text: 'toy text', published: '2024-01-01' },
    expected: {
      dyads: ['ARM-AZE'],
      countries: ['ARM', 'AZE'],
      organizations: ['OSCE'],
      people: ['Anna Petrosyan'],
      places: [{ name: 'Tavush', country: 'ARM' }],
      weapons: ['artillery'],
      events: [{ actor: 'AZE', target: 'ARM', cameo: '19', ...plain }],
      casualties: { killed: 2, injured: 0 },
    },
  };

  it('sums counts over articles and reports extractor errors as misses', () => {
    const perfect = extraction({
      dyads: [{ pair: 'ARM-AZE', salience: 1 }],
      entities: {
        countries: [
          { iso3: 'ARM', name: 'Armenia', mentions: 1 },
          { iso3: 'AZE', name: 'Azerbaijan', mentions: 1 },
        ],
        organizations: [{ name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE' }],
        people: [{ name: 'Anna Petrosyan', title: null }],
        places: [{ name: 'Tavush', country: 'ARM', lat: null, lon: null }],
        weapons: [{ name: 'howitzer', category: 'artillery' }],
      },
      events: [predictedEvent('AZE', 'ARM', '194')],
      casualties: { killed: 2, injured: 0 },
    });
    const second = { ...entry, article: { ...entry.article, id: 'toy-2' } };
    const report = evaluateCorpus([entry, second], (article) => {
      if (article.id === 'toy-2') throw new Error('unusable input');
      return perfect;
    });
    expect(report.articles).toBe(2);
    expect(report.fields.dyads).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(report.fields.events).toMatchObject({ tp: 1, fn: 1 });
    expect(report.casualties.killed).toBe(0.5);
    expect(report.errors).toEqual([{ id: 'toy-2', message: 'Error: unusable input' }]);
    expect(formatReport('toy', report, true)).toContain('ERROR toy-2');
  });
});

describe('corpus files', () => {
  it('rejects a file with inconsistent labels with a clear message', () => {
    const bad = {
      article: { id: 'bad-one', title: 'T', text: 'x', published: '2024-01-01' },
      expected: { ...SEED_EXPECTED, dyads: ['TJK-KGZ'] },
    };
    expect(() => parseCorpusEntry(JSON.stringify(bad), 'bad-one.json')).toThrow(/not canonical/);
    expect(() => parseCorpusEntry('{', 'x.json')).toThrow(/x.json: not valid JSON/);
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      writeFileSync(join(dir, 'bad-one.json'), JSON.stringify(bad));
      const { entries, errors } = loadCorpus(dir);
      expect(entries).toHaveLength(0);
      expect(errors[0]?.message).toMatch(/bad-one.json: expected.dyads.0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const { entries, errors } = loadCorpus(CORPUS);

  it('every corpus file parses and carries labels', () => {
    expect(errors).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(70);
    for (const entry of entries) {
      const words = entry.article.text.split(/\s+/).filter(Boolean).length;
      expect([entry.article.id, words >= 150 && words <= 600]).toEqual([entry.article.id, true]);
    }
  });

  it('covers at least 12 dyads on at least 4 continents, plus no-dyad stories', () => {
    const dyads = new Set(entries.flatMap((e) => e.expected.dyads));
    expect(dyads.size).toBeGreaterThanOrEqual(12);
    const continent = (iso3: string) => {
      const country = worldCountries.find((c) => c.cca3 === iso3);
      // The Americas are two continents; tell them apart by subregion.
      return country?.region === 'Americas' ? country.subregion : country?.region;
    };
    const continents = new Set([...dyads].flatMap((pair) => pair.split('-').map(continent)));
    expect(continents.has(undefined)).toBe(false);
    expect(continents.size).toBeGreaterThanOrEqual(4);
    expect(entries.filter((e) => e.expected.dyads.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  it('has a scenario of at least 12 dated articles about one dyad over 4 to 6 weeks', () => {
    const scenario = entries.filter((e) => e.article.id.startsWith('scenario-'));
    expect(scenario.length).toBeGreaterThanOrEqual(12);
    const pairs = new Set(scenario.flatMap((e) => e.expected.dyads));
    expect(pairs.size).toBe(1);
    const days = scenario.map((e) => Date.parse(e.article.published)).sort((a, b) => a - b);
    const spanDays = ((days.at(-1) ?? 0) - (days[0] ?? 0)) / 86_400_000;
    expect(spanDays).toBeGreaterThanOrEqual(28);
    expect(spanDays).toBeLessThanOrEqual(42);
  });

  it('covers the tricky cases: negation, allegation, threats, history', () => {
    const events = entries.flatMap((e) => e.expected.events);
    for (const flag of ['negated', 'alleged', 'threat', 'historical'] as const) {
      expect([flag, events.filter((e) => e[flag]).length >= 5]).toEqual([flag, true]);
    }
  });

  it('does not copy sentences from the reference article', () => {
    const seed = loadSeedEntry(join(ROOT, '..', 'shared', 'reference'));
    if (!seed) return; // shared folder absent: nothing to compare against
    const sentences = seed.article.text
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 40);
    const all = entries.map((e) => e.article.text).join('\n');
    expect(sentences.filter((s) => all.includes(s))).toEqual([]);
  });
});

describe('held-out corpus files', () => {
  const { entries, errors } = loadCorpus(join(ROOT, 'corpus', 'holdout'));
  const dev = loadCorpus(CORPUS).entries;

  it('parse, carry labels and are told apart from the development corpus by their ids', () => {
    expect(errors).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(30);
    for (const entry of entries) expect(entry.article.id).toMatch(/^ho-/);
    const devIds = new Set(dev.map((e) => e.article.id));
    expect(entries.filter((e) => devIds.has(e.article.id))).toEqual([]);
  });

  it('cover conflicts, quiet neighbours and the tricky cases', () => {
    expect(new Set(entries.flatMap((e) => e.expected.dyads)).size).toBeGreaterThanOrEqual(12);
    expect(entries.filter((e) => e.expected.dyads.length === 0).length).toBeGreaterThanOrEqual(6);
    const events = entries.flatMap((e) => e.expected.events);
    for (const flag of ['negated', 'alleged', 'threat', 'historical'] as const) {
      expect([flag, events.filter((e) => e[flag]).length >= 3]).toEqual([flag, true]);
    }
  });

  it('share no sentence with the development corpus or the reference article', () => {
    const sentencesOf = (text: string) =>
      text
        .split(/(?<=[.!?])\s+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 40);
    const seed = loadSeedEntry(join(ROOT, '..', 'shared', 'reference'));
    const elsewhere = new Set([...dev, ...(seed ? [seed] : [])].flatMap((e) => sentencesOf(e.article.text)));
    const copied = entries.flatMap((e) => sentencesOf(e.article.text)).filter((s) => elsewhere.has(s));
    expect(copied).toEqual([]);
  });
});

describe('seed labels', () => {
  it('are valid labels', () => {
    expect(ExpectedSchema.safeParse(SEED_EXPECTED).success).toBe(true);
  });

  it('load the reference article when the shared folder is present', () => {
    const dir = join(ROOT, '..', 'shared', 'reference');
    const seed = loadSeedEntry(dir);
    if (!existsSync(join(dir, 'seed-article.txt'))) {
      expect(seed).toBeNull();
      return;
    }
    const firstLine = readFileSync(join(dir, 'seed-article.txt'), 'utf8').split('\n')[0];
    expect(seed?.article.title).toBe(firstLine?.trim());
    expect(seed?.article.text).toContain('Isfara');
    expect(seed?.article.published).toBe('2022-09-16');
  });
});

describe('npm run eval (scripts/eval.ts)', () => {
  it('scores a corpus folder with the real extractor and prints JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      const { entries } = loadCorpus(CORPUS);
      for (const entry of entries.slice(0, 2)) {
        writeFileSync(join(dir, `${entry.article.id}.json`), JSON.stringify(entry));
      }
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/eval.ts', '--json', '--corpus', dir],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as {
        corpus: { articles: number; fields: { dyads: { f1: number } } };
      };
      expect(out.corpus.articles).toBe(2);
      expect(out.corpus.fields.dyads.f1).toBeGreaterThanOrEqual(0);
      // Without --corpus: the development corpus, then the held-out one.
      const both = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(both.status).toBe(0);
      const scored = JSON.parse(both.stdout) as {
        corpus: { articles: number };
        heldOut: { articles: number };
      };
      expect(scored.corpus.articles).toBe(loadCorpus(CORPUS).entries.length);
      expect(scored.heldOut.articles).toBe(loadCorpus(join(ROOT, 'corpus', 'holdout')).entries.length);
      const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--nope'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('unknown argument --nope');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
