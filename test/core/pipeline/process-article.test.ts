import { ConsoleAlertPublisher } from '../../../functions/adapters/alerts/console-alert-publisher';
import type { Article, ExtractedEvent, Extraction } from '../../../functions/core/model';
import {
  type Extract,
  InvalidArticleError,
  processArticle,
} from '../../../functions/core/pipeline/process-article';
import { scoreSeries } from '../../../functions/core/scoring';
import { startTestTable, type TestTable } from '../../adapters/store/dynalite';
import { seedLikeDay } from '../scoring/events';

const NOW = new Date('2022-09-17T06:30:00.000Z');

/** Extraction fixture: the events of seedLikeDay as an extractor would return them. */
function extractionOf(article: Article, events: ExtractedEvent[]): Extraction {
  return {
    id: article.id,
    published: article.published ?? null,
    dyads: [{ pair: 'KGZ-TJK', salience: 1 }],
    entities: { countries: [], organizations: [], people: [], places: [], weapons: [] },
    events,
    casualties: { killed: 1, injured: 3 },
  };
}

const seedEvents: ExtractedEvent[] = seedLikeDay().map(
  ({ articleId: _a, index: _i, url: _u, title: _t, published: _p, outlet: _o, textHash: _h, ...event }) =>
    event,
);
const extract: Extract = (article) =>
  extractionOf(article, article.text.includes('quiet') ? [] : seedEvents.map((e) => ({ ...e })));

const article = (id: string, text = 'Fighting broke out along the frontier today.'): Article => ({
  id,
  url: `https://news.example/${id}`,
  title: `Clash ${id}`,
  text,
  published: '2022-09-16T10:00:00Z',
  source: 'Example Wire',
});

/** Collects published alerts without printing them. */
const collector = () => new ConsoleAlertPublisher(() => {});

describe('processArticle (dynalite)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(async () => table.close());

  it('stores events, rescores the dyad, and claims the level change once', async () => {
    const store = table.store();
    const publisher = collector();
    const result = await processArticle(article('a1'), { store, publisher, now: NOW, extract });
    expect(result.status).toBe('scored');
    expect(result.pairs).toEqual(['KGZ-TJK']);
    // Every event with a pair is stored, including the historical one (coverage), which weighs 0.
    expect(result.events).toBe(seedEvents.length);
    expect(result.transitions.map((t) => [t.from, t.to])).toEqual([['calm', 'high']]);
    expect(result.transitions[0]!.evidence.length).toBeGreaterThan(0);
    expect(publisher.published).toEqual(result.transitions);
    expect(await store.getTransitionState(result.transitions[0]!)).toBe('sent');

    const latest = await store.getLatest('KGZ-TJK');
    expect(latest?.level).toBe('high');
    expect(latest?.t).toBe('2022-09-17T06:00:00.000Z');
    const day = await store.querySeries('KGZ-TJK', 'day', '2022-09-16', '2022-09-17');
    expect(day.items.map((p) => p.level)).toEqual(['high']);
    const stored = await store.queryEvents('KGZ-TJK', '2022-01-01', '2022-12-31');
    const expected = await store.completeEvidence(
      scoreSeries(stored, { pair: 'KGZ-TJK', bucket: 'day', from: '2022-09-16', to: '2022-09-17' }),
    );
    expect(expected[0]?.evidence[0]?.sentence).toMatch(/\w/);
    expect(day.items).toEqual(expected);
  });

  it('processes a redelivered article again without changing anything or alerting twice', async () => {
    const store = table.store();
    const before = await store.querySeries('KGZ-TJK', 'hour', '2022-09-16', '2022-09-18');
    const eventsBefore = await store.queryEvents('KGZ-TJK', '2022-01-01', '2022-12-31');
    const publisher = collector();
    const result = await processArticle(article('a1'), { store, publisher, now: NOW, extract });
    expect(result).toMatchObject({ status: 'scored', pairs: ['KGZ-TJK'], transitions: [], suppressed: [] });
    expect(publisher.published).toEqual([]);
    expect(await store.querySeries('KGZ-TJK', 'hour', '2022-09-16', '2022-09-18')).toEqual(before);
    expect(await store.queryEvents('KGZ-TJK', '2022-01-01', '2022-12-31')).toEqual(eventsBefore);
  });

  it('reports an article without dyad events', async () => {
    const store = table.store();
    const result = await processArticle(article('q1', 'A quiet day at the market.'), {
      store,
      publisher: collector(),
      now: NOW,
      extract,
    });
    expect(result).toMatchObject({ status: 'no-events', pairs: [], events: 0 });
  });

  it('rejects an invalid article with a clear error and stores nothing', async () => {
    const store = table.store();
    const bad = { id: '', text: 42 } as unknown as Article;
    const deps = { store, publisher: collector(), now: NOW, extract };
    await expect(processArticle(bad, deps)).rejects.toThrow(InvalidArticleError);
    await expect(processArticle(bad, deps)).rejects.toThrow(/id|text/);
  });

  it('propagates extractor errors and stores nothing of the article', async () => {
    const store = table.store();
    const failing: Extract = () => {
      throw new Error('text looks like HTML');
    };
    const deps = { store, publisher: collector(), now: NOW, extract: failing };
    await expect(processArticle(article('h1'), deps)).rejects.toThrow(/HTML/);
    const stored = await store.queryEvents('KGZ-TJK', '2022-01-01', '2022-12-31');
    expect(stored.filter((e) => e.articleId === 'h1')).toEqual([]);
  });
});
