import { MemoryTensionStore } from '../../bench/lib/memory-store';
import type { StoredEvent } from '../../functions/core/ports/tension-store';

function event(articleId: string, index: number, date: string, pair = 'KGZ-TJK'): StoredEvent {
  return {
    cameo: '190',
    type: 'exchange-of-fire',
    polarity: 'escalation',
    actor: { country: 'TJK', role: 'MIL' },
    target: { country: 'KGZ', role: 'MIL' },
    date,
    negated: false,
    alleged: false,
    threat: false,
    historical: false,
    source: null,
    killed: null,
    injured: null,
    weapons: [],
    evidence: 'Guards traded fire.',
    pair,
    articleId,
    index,
    url: null,
    title: 't',
    published: `${date}T10:00:00.000Z`,
    outlet: null,
    textHash: '0000000000000000',
  };
}

describe('MemoryTensionStore (bench stand-in for the table)', () => {
  it('answers time-range queries per dyad, in time order, whatever the insertion order', async () => {
    const store = new MemoryTensionStore();
    await store.putArticleEvents([
      { id: 'b', published: '2026-09-20T10:00:00.000Z', events: [event('b', 0, '2026-09-20')] },
    ]);
    await store.putArticleEvents([
      {
        id: 'a',
        published: '2026-09-10T10:00:00.000Z',
        events: [event('a', 0, '2026-09-10'), event('a', 1, '2026-09-10', 'ARM-AZE')],
      },
    ]);
    await store.putArticleEvents([
      { id: 'c', published: '2026-09-15T10:00:00.000Z', events: [event('c', 0, '2026-09-15')] },
    ]);
    const all = await store.queryEvents('KGZ-TJK', '2026-09-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z');
    expect(all.map((e) => e.articleId)).toEqual(['a', 'c', 'b']);
    const middle = await store.queryEvents('KGZ-TJK', '2026-09-11T00:00:00.000Z', '2026-09-20T00:00:00.000Z');
    expect(middle.map((e) => e.articleId)).toEqual(['c']);
    expect(store.eventCount).toBe(4);
  });

  it('is idempotent: re-putting an article keeps one copy of each event', async () => {
    const store = new MemoryTensionStore();
    const article = { id: 'a', published: '2026-09-10T10:00:00.000Z' };
    await store.putArticleEvents([{ ...article, events: [event('a', 0, '2026-09-10')] }]);
    await store.putArticleEvents([{ ...article, events: [event('a', 0, '2026-09-10')] }]);
    expect(
      await store.queryEvents('KGZ-TJK', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'),
    ).toHaveLength(1);
  });

  it('claims a transition once and counts revisions up', async () => {
    const store = new MemoryTensionStore();
    const transition = {
      pair: 'KGZ-TJK',
      t: '2026-09-10T10:00:00.000Z',
      from: 'calm',
      to: 'high',
      score: 70,
      trend: 40,
    } as const;
    expect(await store.claimTransition(transition)).toBe(true);
    expect(await store.claimTransition(transition)).toBe(false);
    await store.settleTransition(transition, 'sent');
    expect(await store.getTransitionState(transition)).toBe('sent');
    expect(await store.bumpDyadRevision('KGZ-TJK')).toBe(1);
    expect(await store.bumpDyadRevision('KGZ-TJK')).toBe(2);
  });

  it('records a transition too old to alert as suppressed, once', async () => {
    const store = new MemoryTensionStore();
    const transition = {
      pair: 'KGZ-TJK',
      t: '2021-05-12T04:00:00.000Z',
      from: 'calm',
      to: 'high',
      score: 60,
      trend: 60,
    } as const;
    expect(await store.recordSuppressedTransition(transition)).toBe(true);
    expect(await store.getTransitionState(transition)).toBe('suppressed');
    expect(await store.recordSuppressedTransition(transition)).toBe(false);
    expect(await store.claimTransition(transition)).toBe(false);
    expect(await store.recordedTransitions('KGZ-TJK', '2021-05-12', '2021-05-13')).toHaveLength(1);
  });
});
