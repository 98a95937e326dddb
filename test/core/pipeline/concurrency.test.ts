/**
 * Two scorers updating the same dyad at the same time, through real dynalite: the final stored
 * series must equal the series computed from all events, whatever order their writes land in.
 */
import { ConsoleAlertPublisher } from '../../../functions/adapters/alerts/console-alert-publisher';
import type { Article, ExtractedEvent, ScorePoint } from '../../../functions/core/model';
import { type Extract, processArticle } from '../../../functions/core/pipeline/process-article';
import type { TensionStore } from '../../../functions/core/ports/tension-store';
import { scoreSeries } from '../../../functions/core/scoring';
import { startTestTable, type TestTable } from '../../adapters/store/dynalite';
import { storedEvent } from '../scoring/events';

const NOW = new Date('2022-09-18T12:00:00.000Z');

function eventFor(id: string, cameo: string, killed: number | null): ExtractedEvent {
  const {
    articleId: _a,
    index: _i,
    url: _u,
    title: _t,
    published: _p,
    outlet: _o,
    textHash: _h,
    ...event
  } = storedEvent({ articleId: id, cameo, killed, date: '2022-09-17' });
  return event;
}

const extract: Extract = (article) => ({
  id: article.id,
  published: article.published ?? null,
  dyads: [{ pair: 'KGZ-TJK', salience: 1 }],
  entities: { countries: [], organizations: [], people: [], places: [], weapons: [] },
  events: article.id === 'scorer-a' ? [eventFor(article.id, '194', 4)] : [eventFor(article.id, '15', null)],
  casualties: { killed: 0, injured: 0 },
});

const article = (id: string, text: string): Article => ({
  id,
  title: id,
  text,
  published: '2022-09-17T08:00:00Z',
});

/**
 * Fault injection: signals when this scorer has read the dyad's events, and holds its score writes
 * until `release` resolves, so its stale recomputation lands after a newer one.
 */
function slowScorer(store: TensionStore, release: Promise<void>, onRead: () => void): TensionStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'queryEvents') {
        return async (...args: Parameters<TensionStore['queryEvents']>) => {
          const events = await target.queryEvents(...args);
          onRead();
          return events;
        };
      }
      if (property === 'putScorePoints') {
        return async (points: ScorePoint[], revision: number) => {
          await release;
          return target.putScorePoints(points, revision);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('two scorers on one dyad (dynalite)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(async () => table.close());

  async function expectSeriesOfAllEvents() {
    const store = table.store();
    const events = await store.queryEvents('KGZ-TJK', '2022-01-01', '2022-12-31');
    const ids = new Set(events.map((e) => e.articleId));
    for (const bucket of ['hour', 'day'] as const) {
      const from = bucket === 'hour' ? '2022-09-17T08:00:00.000Z' : '2022-09-17';
      const stored = await store.querySeries('KGZ-TJK', bucket, from, NOW.toISOString());
      const expected = scoreSeries(events, { pair: 'KGZ-TJK', bucket, from, to: NOW, now: NOW });
      expect(stored.items.map((p) => p.t)).toEqual(expected.map((p) => p.t));
      expect(stored.items.map((p) => p.score)).toEqual(expected.map((p) => p.score));
    }
    const latest = await store.getLatest('KGZ-TJK');
    expect(latest?.escalation).toBeGreaterThan(0);
    return ids;
  }

  it('keeps both articles when the scorer that read fewer events writes last', async () => {
    let releaseA!: () => void;
    const released = new Promise<void>((resolve) => {
      releaseA = resolve;
    });
    let readA!: () => void;
    const aHasRead = new Promise<void>((resolve) => {
      readA = resolve;
    });
    // Scorer A takes the lower revision and reads only its own event; its writes are held.
    const a = processArticle(article('scorer-a', 'Artillery duel at the border posts.'), {
      store: slowScorer(table.store(), released, readA),
      publisher: new ConsoleAlertPublisher(() => {}),
      now: NOW,
      extract,
    });
    await aHasRead;
    // Then B stores its event, takes a newer revision, reads both events and writes first.
    const b = await processArticle(article('scorer-b', 'Troops massed near the crossing.'), {
      store: table.store(),
      publisher: new ConsoleAlertPublisher(() => {}),
      now: NOW,
      extract,
    });
    releaseA();
    await a;
    expect(b.status).toBe('scored');
    const ids = await expectSeriesOfAllEvents();
    expect([...ids].sort()).toEqual(['scorer-a', 'scorer-b']);
  });

  it('reflects every article when several scorers run at once', async () => {
    const extras = Array.from({ length: 5 }, (_, i) => `burst-${i}`);
    await Promise.all(
      extras.map((id) =>
        processArticle(article(id, `Independent account number ${id} of troop movements.`), {
          store: table.store(),
          publisher: new ConsoleAlertPublisher(() => {}),
          now: NOW,
          extract,
        }),
      ),
    );
    const ids = await expectSeriesOfAllEvents();
    expect(ids.size).toBe(7);
  });
});
