import { alertSubject, buildAlertMessage } from '../../../functions/adapters/alerts/alert-message';
import { ConsoleAlertPublisher } from '../../../functions/adapters/alerts/console-alert-publisher';
import type { LevelChangeAlert } from '../../../functions/core/ports/alert-publisher';

const alert = (over: Partial<LevelChangeAlert> = {}): LevelChangeAlert => ({
  pair: 'CIV-GHA',
  t: '2023-01-02T00:00:00.000Z',
  from: 'high',
  to: 'elevated',
  score: 39.95,
  trend: -12.4,
  evidence: [],
  ...over,
});

describe('alert message', () => {
  it('keeps the subject to one ASCII line under 100 characters', () => {
    const subject = alertSubject(alert());
    expect(subject).toBe('[border-tension] CIV-GHA eased to ELEVATED (high -> elevated), score 40');
    expect(subject).toMatch(/^[\x20-\x7e]{1,99}$/);
  });

  it('says which way the level moved and carries at most five strongest events', () => {
    const evidence = Array.from({ length: 8 }, (_, i) => ({
      articleId: `a${i}`,
      url: null,
      title: `t${i}`,
      sentence: `s${i}`,
      cameo: '190',
      weight: -i,
      date: '2023-01-01',
    }));
    const message = buildAlertMessage(alert({ from: 'calm', to: 'high', evidence }));
    expect(message.direction).toBe('up');
    expect(message.evidence.map((e) => e.articleId)).toEqual(['a7', 'a6', 'a5', 'a4', 'a3']);
    expect(message.summary).toMatch(/rose from calm to high/);
    expect(message.summary).toContain('"s7"');
  });

  it('prints one line per alert locally and keeps them', async () => {
    const lines: string[] = [];
    const publisher = new ConsoleAlertPublisher((line) => lines.push(line));
    await publisher.publish(alert());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^ALERT CIV-GHA high -> elevated: Tension on .*CIV-GHA.* eased from high to elevated/,
    );
    expect(publisher.published).toHaveLength(1);
  });
});
