import { TokenTrie } from '../../../functions/core/text/token-trie';
import {
  normalizeWord,
  splitSentences,
  tokenize,
  wordBackBeforeStop,
  wordBeforeStop,
} from '../../../functions/core/text/tokenize';

describe('tokenize', () => {
  it('splits words, numbers and punctuation and folds case and accents', () => {
    const tokens = tokenize("Côte d'Ivoire's army fired 6,500 shells, in the 1990s.");
    expect(tokens.map((t) => t.lower)).toEqual([
      'cote',
      "d'ivoire",
      "'s",
      'army',
      'fired',
      '6,500',
      'shells',
      ',',
      'in',
      'the',
      '1990s',
      '.',
    ]);
    expect(tokens[0]!.cap).toBe(true);
    expect(tokens[3]!.cap).toBe(false);
  });

  it('keeps initialisms whole and splits hyphenated pairs', () => {
    expect(tokenize('U.S. envoy').map((t) => t.text)).toEqual(['U.S.', 'envoy']);
    expect(tokenize('Kyrgyz-Tajik border').map((t) => t.text)).toEqual(['Kyrgyz', '-', 'Tajik', 'border']);
  });

  it('folds curly apostrophes', () => {
    expect(normalizeWord('Pakistan\u2019s')).toBe("pakistan's");
  });

  it('lowercases ASCII, folds diacritics, and folds what lowercases to ASCII like plain ASCII', () => {
    expect(normalizeWord('border')).toBe('border');
    expect(normalizeWord('Ferghana')).toBe('ferghana');
    expect(normalizeWord('Côte')).toBe('cote');
    expect(normalizeWord('İsfara')).toBe('isfara');
    // The Kelvin sign lowercases to an ASCII "k".
    expect(normalizeWord('\u212Aey')).toBe('key');
  });

  it('folds letters Unicode does not decompose, as the news writes them in ASCII', () => {
    expect(normalizeWord('Suwałki')).toBe('suwalki');
    expect(normalizeWord('Białowieża')).toBe('bialowieza');
    expect(normalizeWord('Şırnak')).toBe('sirnak');
    expect(normalizeWord('Điện')).toBe('dien');
    expect(normalizeWord('Tromsø')).toBe('tromso');
  });
});

describe('splitSentences', () => {
  it('ends sentences at stops before capitals, not at abbreviations or ellipses', () => {
    const sentences = splitSentences(
      'Gen. Rahimov spoke to the U.N. on Monday. Troops left ... [the rest] later. "Yes," he said.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Gen. Rahimov spoke to the U.N. on Monday.',
      'Troops left ... [the rest] later.',
      '"Yes," he said.',
    ]);
  });

  it('ends a sentence at a paragraph break', () => {
    expect(splitSentences('Headline without stop\nBody starts here.')).toHaveLength(2);
  });

  it('is linear on adversarial input (100k+ characters of repeats)', () => {
    const inputs = [
      'a.'.repeat(60_000),
      "'".repeat(120_000),
      `${'1,'.repeat(60_000)}x`,
      'U.S.'.repeat(30_000),
      '-'.repeat(150_000),
    ];
    for (const input of inputs) expect(splitSentences(input).length).toBeGreaterThan(0);
  });
});

describe('TokenTrie', () => {
  it('finds the longest phrase and respects case rules', () => {
    const trie = new TokenTrie<string>();
    trie.add('opened fire', 'fight');
    trie.add('opened', 'open');
    trie.add('US', 'country', 'exact');
    trie.add('Chad', 'country', 'initial');
    const tokens = tokenize('They opened fire on us and on Chad, not chad.');
    const matches = trie.matchAll(tokens).map((m) => [tokens[m.start]!.text, m.end - m.start, m.values[0]]);
    expect(matches).toEqual([
      ['opened', 2, 'fight'],
      ['Chad', 1, 'country'],
    ]);
  });

  it('matches layers independently so they may overlap', () => {
    const trie = new TokenTrie<string>();
    trie.add('mortar fire', 'trigger', 'any', 1);
    trie.add('mortar', 'weapon', 'any', 0);
    const layers = trie.matchLayers(tokenize('heavy mortar fire'), 2);
    expect(layers[0]!.map((m) => m.values[0])).toEqual(['weapon']);
    expect(layers[1]!.map((m) => [m.start, m.end])).toEqual([[1, 3]]);
  });
});

describe('TokenTrie layer groups (second pass)', () => {
  it('applies case rules per value within a layer and keeps the longest match per layer', () => {
    const trie = new TokenTrie<string>();
    trie.add('may', 'modal', 'any', 0);
    trie.add('May', 'month', 'initial', 0);
    trie.add('may day', 'holiday', 'any', 0);
    const lower = trie.matchLayers(tokenize('they may come'), 1)[0]!;
    expect(lower.map((m) => [...m.values])).toEqual([['modal']]);
    const capital = trie.matchLayers(tokenize('In May they left'), 1)[0]!;
    expect(capital.map((m) => [...m.values])).toEqual([['modal', 'month']]);
    const longest = trie.matchLayers(tokenize('on May Day'), 1)[0]!;
    expect(longest.map((m) => [m.start, m.end, ...m.values])).toEqual([[1, 3, 'holiday']]);
  });

  it('shares frozen value arrays between matches and sees phrases added after a first match', () => {
    const trie = new TokenTrie<string>();
    trie.add('clash', 'fight');
    const [first] = trie.matchLayers(tokenize('a clash'), 1)[0]!;
    const [second] = trie.matchLayers(tokenize('another clash'), 1)[0]!;
    expect(first!.values).toBe(second!.values);
    expect(Object.isFrozen(first!.values)).toBe(true);
    trie.add('clash', 'dispute');
    const [third] = trie.matchLayers(tokenize('a clash'), 1)[0]!;
    expect([...third!.values]).toEqual(['fight', 'dispute']);
  });

  it('splits plain and punctuated phrases the way the tokenizer splits text', () => {
    const trie = new TokenTrie<string>();
    trie.add('all-out war', 'war');
    trie.add("Cote d'Ivoire", 'country', 'initial');
    trie.add('U.S.', 'country', 'exact');
    const tokens = tokenize("An all-out war, said Cote d'Ivoire and the U.S. envoy.");
    expect(trie.matchAll(tokens).map((m) => m.values[0])).toEqual(['war', 'country', 'country']);
  });
});

describe('wordBeforeStop', () => {
  const tokens = tokenize('the expulsion of its nationals by Algeria, the ministry said');
  const by = new Set(['by']);
  const said = new Set(['said']);
  const comma = new Set([',']);

  it('finds a word within its reach before a stop', () => {
    expect(wordBeforeStop(tokens, 1, 8, by, comma)).toBe(true);
  });

  it('stops at a stop word, past its reach and at the end of the tokens', () => {
    expect(wordBeforeStop(tokens, 1, 12, said, comma)).toBe(false);
    expect(wordBeforeStop(tokens, 1, 3, by, comma)).toBe(false);
    expect(wordBeforeStop(tokens, 8, 20, said, comma)).toBe(true);
    expect(wordBeforeStop(tokens, 9, 20, by, comma)).toBe(false);
  });
});

describe('wordBackBeforeStop', () => {
  // 0 Thousands 1 of 2 people 3 fleeing 4 the 5 fighting 6 , 7 and 8 soldiers 9 crossed
  const tokens = tokenize('Thousands of people fleeing the fighting, and soldiers crossed');
  const fleeing = new Set(['fleeing']);
  const soldiers = new Set(['soldiers']);

  it('finds a word within its reach reading back, before any stop', () => {
    expect(wordBackBeforeStop(tokens, 6, 8, fleeing, soldiers)).toBe(true);
  });

  it('stops at a stop word, past its reach and at the start of the tokens', () => {
    expect(wordBackBeforeStop(tokens, 9, 8, fleeing, soldiers)).toBe(false);
    expect(wordBackBeforeStop(tokens, 6, 2, fleeing, soldiers)).toBe(false);
    expect(wordBackBeforeStop(tokens, 3, 8, fleeing, soldiers)).toBe(false);
  });
});
