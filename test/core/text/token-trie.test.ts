/** Deferred phrases: a trie given its phrases by first word matches exactly like one built eagerly. */
import {
  type DeferredPhrases,
  type SplitPhrase,
  splitPhrase,
  TokenTrie,
} from '../../../functions/core/text/token-trie';
import { tokenize } from '../../../functions/core/text/tokenize';

const PHRASES: SplitPhrase<string>[] = [
  splitPhrase('opened fire', 'fight', 'any', 1)!,
  splitPhrase('opened', 'open', 'any', 1)!,
  splitPhrase('May', 'month', 'initial', 0)!,
  splitPhrase('may', 'modal', 'any', 0)!,
  splitPhrase('US', 'country', 'exact', 0)!,
  splitPhrase('mortar fire', 'trigger', 'any', 1)!,
  splitPhrase('mortar', 'weapon', 'any', 2)!,
];

/** The phrases grouped by first word, handles being indexes into the groups. */
function deferred(phrases: readonly SplitPhrase<string>[]): DeferredPhrases<string> & { reads: string[] } {
  const groups = new Map<string, SplitPhrase<string>[]>();
  for (const phrase of phrases)
    groups.set(phrase.words[0]!, [...(groups.get(phrase.words[0]!) ?? []), phrase]);
  const words = [...groups.keys()];
  const reads: string[] = [];
  return {
    reads,
    forEachFirstWord: (visit) => words.forEach(visit),
    phrasesAt: (handle, first) => {
      reads.push(first);
      expect(words[handle]).toBe(first);
      return groups.get(first)!;
    },
  };
}

const TEXT = 'In May they may have opened fire with mortar fire on US posts; us too.';

describe('TokenTrie.defer', () => {
  it('matches as the eager trie does, reading only the first words the text holds', () => {
    const eager = new TokenTrie<string>();
    for (const phrase of PHRASES) eager.addSplit(phrase);
    const source = deferred(PHRASES);
    const lazy = new TokenTrie<string>();
    lazy.defer(source);
    expect(source.reads).toEqual([]);
    const tokens = tokenize(TEXT);
    expect(lazy.matchLayers(tokens, 3)).toEqual(eager.matchLayers(tokens, 3));
    expect(lazy.matchAll(tokens)).toEqual(eager.matchAll(tokens));
    expect(source.reads.sort()).toEqual(['may', 'mortar', 'opened', 'us']);
    expect(lazy.matchLayers(tokenize('no phrase here'), 3)).toEqual([[], [], []]);
  });

  it('keeps the order of additions around the deferred phrases', () => {
    const trie = new TokenTrie<string>();
    trie.add('may', 'before', 'any', 0);
    trie.defer(deferred(PHRASES));
    trie.add('may', 'after', 'any', 0);
    trie.add('mortar', 'after', 'any', 2);
    const [modal] = trie.matchLayers(tokenize('it may'), 1)[0]!;
    expect(modal!.values).toEqual(['before', 'modal', 'after']);
    const weapons = trie.matchLayers(tokenize('a mortar'), 3)[2]!;
    expect(weapons[0]!.values).toEqual(['weapon', 'after']);
  });

  it('lists every phrase through entries(), deferred ones included', () => {
    const trie = new TokenTrie<string>();
    trie.defer(deferred(PHRASES));
    const key = (p: SplitPhrase<string>) => `${p.words.join(' ')}:${p.value}`;
    expect([...trie.entries()].map(key).sort()).toEqual(PHRASES.map(key).sort());
  });
});

describe('TokenTrie across quotation marks', () => {
  it('runs a phrase across a double quotation mark inside it, and not across a single one', () => {
    const trie = new TokenTrie<string>();
    trie.addSplit(splitPhrase('dismissed as baseless', 'denial', 'any', 0)!);
    const spans = (text: string) =>
      trie.matchLayers(tokenize(text), 1)[0]!.map((m) => `${m.start}-${m.end}:${m.values.join()}`);
    expect(spans('Eritrea dismissed as "baseless" the reports.')).toEqual(['1-5:denial']);
    expect(spans('Eritrea dismissed as \u201cbaseless\u201d the reports.')).toEqual(['1-5:denial']);
    expect(spans("Eritrea dismissed as 'baseless' the reports.")).toEqual([]);
    expect(spans('Eritrea dismissed as baseless the reports.')).toEqual(['1-4:denial']);
  });
});
