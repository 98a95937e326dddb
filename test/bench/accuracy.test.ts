/**
 * Section 6 of the bench: both extractors scored on the same annotated articles, with the eval's
 * matching. Hand-made extractions stand in for the extractors, so each rule is checked on its own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureAccuracy, runAccuracy } from '../../bench/sections/accuracy';
import type { Article, Extraction } from '../../functions/core/model';
import type { CorpusEntry } from '../../scripts/eval/corpus-schema';

const ENTRY: CorpusEntry = {
  article: {
    id: 'kgz-tjk-test',
    title: 'Border guards exchange fire',
    text: "Kyrgyz and Tajik border guards exchanged fire near Batken, Kyrgyzstan's border service said.",
    published: '2022-09-16',
  },
  expected: {
    dyads: ['KGZ-TJK'],
    countries: ['KGZ', 'TJK'],
    organizations: ['Border Service'],
    people: ['Sadyr Japarov'],
    places: [{ name: 'Batken', country: 'KGZ' }],
    weapons: [],
    events: [
      {
        actor: 'KGZ',
        target: 'TJK',
        cameo: '19',
        negated: false,
        alleged: false,
        threat: false,
        historical: false,
      },
      {
        actor: 'TJK',
        target: 'KGZ',
        cameo: '19',
        negated: false,
        alleged: false,
        threat: false,
        historical: false,
      },
    ],
    casualties: { killed: 0, injured: 0 },
  },
};

function ourExtraction(article: Article): Extraction {
  return {
    id: article.id,
    published: article.published ?? null,
    dyads: [{ pair: 'KGZ-TJK', salience: 1 }],
    entities: {
      countries: [
        { iso3: 'KGZ', name: 'Kyrgyzstan', mentions: 2 },
        { iso3: 'TJK', name: 'Tajikistan', mentions: 1 },
      ],
      organizations: [{ name: 'Border Service', acronym: null }],
      people: [{ name: "President Sadyr Japarov's", title: 'President' }],
      places: [{ name: 'Batken', country: 'TJK', lat: null, lon: null }],
      weapons: [],
    },
    events: [],
    casualties: { killed: 0, injured: 0 },
  };
}

describe('measureAccuracy', () => {
  const result = measureAccuracy([ENTRY], 'one test article', {
    ours: ourExtraction,
    compromise: () => ({
      people: ['Japarov'],
      // A country's name among the places counts as that country, not as a wrong place.
      places: ['Kyrgyzstan', 'Batken', 'Osh'],
      organizations: ["Kyrgyzstan's border service"],
      events: [
        { cameo: '19', polarity: 'escalation', sentence: 0 },
        { cameo: '04', polarity: 'de-escalation', sentence: 0 },
      ],
    }),
  });
  const row = (field: string) => {
    const found = result.rows.find((r) => r.field === field);
    if (!found) throw new Error(`no row ${field}`);
    return found;
  };

  it('scores names with the eval rules, titles and a possessive aside, for both extractors', () => {
    expect(row('people').ours).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(row('people').compromise).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(row('organisations').ours).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(row('organisations').compromise).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("gives the baseline its country names as countries, and asks neither for a place's country by name", () => {
    expect(row('countries').compromise).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(row('countries').ours).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(row('place names').compromise).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    // Batken put in the wrong country is a right name but a wrong place.
    expect(row('place names').ours).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(row('places with their country').ours).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("reads the baseline's dyads as every pair of land neighbours among its countries", () => {
    expect(row('dyads').ours).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // Only Kyrgyzstan is named among its places: no pair.
    expect(row('dyads').compromise).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    const paired = measureAccuracy([ENTRY], 'x', {
      ours: ourExtraction,
      compromise: () => ({
        people: [],
        places: ['Kyrgyzstan', 'Tajikistan', 'Russia'],
        organizations: [],
        events: [],
      }),
    });
    // Russia borders neither: one pair, the right one.
    expect(paired.rows.find((r) => r.field === 'dyads')?.compromise).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('compares the kinds of act reported as sets of CAMEO roots, whoever acted', () => {
    expect(row('kinds of act').compromise).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(row('kinds of act').ours).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('leaves the baseline out of the fields it does not produce, and scores ours on them with the eval', () => {
    for (const field of ['events', 'negated events', 'historical events']) {
      expect(row(field).compromise).toBeNull();
    }
    expect(row('events').ours).toMatchObject({ tp: 0, fp: 0, fn: 2 });
    expect(result.casualtiesExact).toEqual({ killed: 1, injured: 1 });
    expect(result).toMatchObject({ articles: 1, corpus: 'one test article' });
  });

  it('scores an article our extractor throws on as finding nothing, as the eval does', () => {
    const failed = measureAccuracy([ENTRY], 'x', {
      ours: () => {
        throw new Error('boom');
      },
      compromise: () => ({ people: [], places: [], organizations: [], events: [] }),
    });
    expect(failed.rows.find((r) => r.field === 'people')?.ours).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(failed.rows.find((r) => r.field === 'countries')?.ours).toMatchObject({ tp: 0, fp: 0, fn: 2 });
  });

  it('stops the section on a bad corpus file, naming the corpus and the file, before anything is bundled', () => {
    const root = mkdtempSync(join(tmpdir(), 'accuracy-'));
    try {
      mkdirSync(join(root, 'corpus', 'holdout'), { recursive: true });
      mkdirSync(join(root, 'corpus', 'dev'), { recursive: true });
      writeFileSync(join(root, 'corpus', 'dev', `${ENTRY.article.id}.json`), JSON.stringify(ENTRY));
      writeFileSync(join(root, 'corpus', 'holdout', 'ho-broken.json'), '{ "article": ');
      expect(() => runAccuracy(root)).toThrow(/^corpus\/holdout: .*ho-broken\.json: not valid JSON/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
