import { compromiseExtract } from '../../bench/baselines/compromise-extractor';
import { winkTokenCount } from '../../bench/baselines/wink-tokenizer';

// Our own wording, not taken from any report.
const TITLE = 'Guards trade fire at mountain crossing';
const TEXT =
  'Border guards from two neighbouring states exchanged fire near a mountain crossing on Tuesday. ' +
  'Defence minister Peter Harris accused the other side of shelling a village. ' +
  'The United Nations urged both governments to respect the ceasefire and resume talks.';

describe('baselines', () => {
  it('the compromise extractor finds people, organisations and keyword events', () => {
    const found = compromiseExtract(TITLE, TEXT);
    expect(found.people.join(' ')).toMatch(/Peter Harris/);
    expect(found.organizations.join(' ')).toMatch(/United Nations/);
    const codes = found.events.map((e) => e.cameo);
    expect(codes).toEqual(expect.arrayContaining(['19', '11', '02', '08']));
    expect(found.events.find((e) => e.cameo === '08')?.polarity).toBe('de-escalation');
  });

  it('wink-nlp tokenisation counts words, punctuation and the title/body break', () => {
    // Two words, the blank line between title and body, three words and a full stop.
    expect(winkTokenCount('Two words', 'and three more.')).toBe(7);
    expect(winkTokenCount(TITLE, TEXT)).toBeGreaterThan(40);
  });
});
