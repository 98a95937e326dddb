/** Builders of stored events for scoring tests (own wording, not from any real article). */
import type { ExtractedEvent } from '../../../functions/core/model';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import { textHash } from '../../../functions/core/scoring/simhash';

export function storedEvent(overrides: Partial<StoredEvent> & { articleId: string }): StoredEvent {
  const base: ExtractedEvent = {
    cameo: '190',
    type: 'exchange-of-fire',
    polarity: 'escalation',
    actor: { country: 'TJK', role: 'MIL' },
    target: { country: 'KGZ', role: 'MIL' },
    date: '2022-09-16',
    negated: false,
    alleged: false,
    threat: false,
    historical: false,
    source: null,
    killed: null,
    injured: null,
    weapons: [],
    evidence: 'Border troops traded fire near a checkpoint.',
  };
  return {
    ...base,
    pair: 'KGZ-TJK',
    index: 0,
    url: `https://news.example/${overrides.articleId}`,
    title: `Report ${overrides.articleId}`,
    published: '2022-09-16T09:00:00.000Z',
    outlet: 'Example Wire',
    textHash: textHash(`independent report text number ${overrides.articleId} about a border`),
    ...overrides,
  };
}

/** A seed-like day: heavy fighting with a civilian death, plus same-day mediation and ceasefire calls. */
export function seedLikeDay(): StoredEvent[] {
  const a = { articleId: 'seed-like', published: '2022-09-16T10:00:00.000Z' };
  return [
    storedEvent({
      ...a,
      index: 0,
      cameo: '190',
      evidence: 'Troops of one side fired on posts of the other.',
    }),
    storedEvent({
      ...a,
      index: 1,
      cameo: '190',
      actor: { country: 'KGZ', role: 'MIL' },
      target: { country: 'TJK', role: 'MIL' },
      evidence: 'Guards answered with fire along the line.',
    }),
    storedEvent({
      ...a,
      index: 2,
      cameo: '194',
      weapons: ['tanks', 'mortars'],
      weaponCategories: ['armour', 'artillery'],
      alleged: true,
      evidence: 'One service said armour and mortars were used against it.',
    }),
    storedEvent({
      ...a,
      index: 3,
      cameo: '194',
      actor: { country: 'KGZ', role: 'MIL' },
      target: { country: 'TJK', role: 'CVL' },
      weapons: ['heavy weaponry'],
      weaponCategories: ['heavy-weapons'],
      alleged: true,
      killed: 1,
      injured: 3,
      evidence: 'The other side said villages were shelled; one resident died and three were hurt.',
    }),
    storedEvent({
      ...a,
      index: 4,
      cameo: '10',
      type: 'demand',
      evidence: 'Guards were told to leave positions.',
    }),
    storedEvent({
      ...a,
      index: 5,
      cameo: '15',
      type: 'force-posture',
      evidence: 'A patrol dug in on a disputed strip.',
    }),
    storedEvent({
      ...a,
      index: 6,
      cameo: '04',
      type: 'consult',
      polarity: 'de-escalation',
      actor: { country: null, role: 'IGO', org: 'CSTO' },
      evidence: 'A regional bloc chief phoned both security councils.',
    }),
    storedEvent({
      ...a,
      index: 7,
      cameo: '03',
      type: 'intent-to-cooperate',
      polarity: 'de-escalation',
      evidence: 'Both sides agreed a ceasefire and talks were needed.',
    }),
    storedEvent({
      ...a,
      index: 8,
      cameo: '0256',
      type: 'ceasefire-call',
      polarity: 'de-escalation',
      actor: { country: null, role: 'IGO', org: 'OSCE' },
      evidence: 'A European body urged both to restore the truce.',
    }),
    storedEvent({
      ...a,
      index: 9,
      cameo: '0256',
      type: 'ceasefire-call',
      polarity: 'de-escalation',
      actor: { country: 'RUS', role: 'GOV' },
      evidence: 'A neighbouring capital called for hostilities to stop.',
    }),
    storedEvent({
      ...a,
      index: 10,
      cameo: '19',
      historical: true,
      date: '2021-04-29',
      evidence: 'Last year a clash nearly became war.',
    }),
  ];
}
