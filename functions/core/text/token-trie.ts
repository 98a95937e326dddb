/**
 * A trie over lowercased tokens for multi-word phrase lookup: each phrase is tokenized with the
 * same tokenizer as the text, so "Kyrgyz-Tajik" and "all-out war" match however they are split.
 * Matching is greedy longest-match, left to right, non-overlapping: O(tokens × longest phrase).
 *
 * Speed: every node keeps its values grouped by layer, and a group whose values all match any case
 * shares one frozen array with every match, so matching allocates only the match records.
 * Phrases may also be deferred by first word (`defer`): a compiled lexicon then costs the first
 * text only the branches its own words reach, not building every branch up front.
 */
import { QUOTE_MARKS, type Token, tokenize } from './tokenize';

/** How a phrase's case must look in the text. */
export type CaseRule =
  /** Any case ("opened fire"). */
  | 'any'
  /** First token starts with a capital (proper names: "Georgia", "Chad"). */
  | 'initial'
  /** Every token exactly as written (acronyms: "US", "AU", "WHO"). */
  | 'exact';

interface Entry<T> {
  value: T;
  exact: readonly string[] | null;
  rule: CaseRule;
  layer: number;
}

/** A phrase already cut into words the way `add` cuts it (see splitPhrase). */
export interface SplitPhrase<T> {
  /** Lowercased words, as tokens' `lower` reads them. */
  words: readonly string[];
  /** The words as written, for the 'exact' rule; null for the other rules. */
  exact: readonly string[] | null;
  rule: CaseRule;
  layer: number;
  value: T;
}

/** Phrases grouped by first word, read only for the first words a text contains. */
export interface DeferredPhrases<T> {
  /** Calls `visit` with each first word and a handle to read its phrases back by. */
  forEachFirstWord(visit: (word: string, handle: number) => void): void;
  /** The phrases starting with this word, in the order they are to be added. */
  phrasesAt(handle: number, firstWord: string): readonly SplitPhrase<T>[];
}

/** The values of one layer at one node; `anyCase` when none has a case rule (the common case). */
interface LayerGroup<T> {
  layer: number;
  entries: Entry<T>[];
  anyCase: boolean;
  values: readonly T[];
}

interface Node<T> {
  children: Map<string, Node<T>>;
  values: Entry<T>[];
  /** Built lazily from `values` on first match (phrases may be added until then). */
  groups: LayerGroup<T>[] | null;
  /** On a first-word node: phrases not added yet, and their handle (see TokenTrie.defer). */
  deferred: DeferredPhrases<T> | null;
  handle: number;
}

export interface TrieMatch<T> {
  /** Token index of the first and one past the last token of the match. */
  start: number;
  end: number;
  /** Shared between matches of the same phrase: read, never mutate. */
  values: readonly T[];
}

const EMPTY: readonly never[] = Object.freeze([]);

function newNode<T>(): Node<T> {
  return { children: new Map(), values: [], groups: null, deferred: null, handle: 0 };
}

/**
 * Nothing below a deferred first word until it is expanded: its node shares these instead of
 * allocating its own (a compiled lexicon has ~1,600 first words). Never written to: expand()
 * gives the node its own before adding to it.
 */
const NO_CHILDREN = new Map<string, never>();
const NO_VALUES: never[] = [];

function deferredNode<T>(phrases: DeferredPhrases<T>, handle: number): Node<T> {
  return {
    children: NO_CHILDREN,
    values: NO_VALUES,
    groups: null,
    deferred: phrases,
    handle,
  };
}

export class TokenTrie<T> {
  private readonly root: Node<T> = newNode();
  private scratchLayers = 0;
  private nextFree = new Int32Array(0);
  private bestEnd = new Int32Array(0);
  private bestValues: (readonly T[])[] = [];

  /** Add a phrase; `layer` groups phrases whose matches may overlap those of other layers. */
  add(phrase: string, value: T, rule: CaseRule = 'any', layer = 0): void {
    const split = splitPhrase(phrase, value, rule, layer);
    if (split) this.addSplit(split);
  }

  /** Add a phrase already cut into words. */
  addSplit({ words, exact, rule, layer, value }: SplitPhrase<T>): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const lower of words) {
      let child = node.children.get(lower);
      if (!child) {
        child = newNode();
        node.children.set(lower, child);
      } else if (child.deferred) this.expand(child, lower);
      node = child;
    }
    node.values.push({ value, rule, layer, exact });
    node.groups = null;
  }

  /**
   * Hold phrases back until a text contains their first word. They keep their place in the order
   * of additions: before anything added later with the same first word, after anything added earlier.
   */
  defer(phrases: DeferredPhrases<T>): void {
    const root = this.root.children;
    phrases.forEachFirstWord((word, handle) => {
      const node = root.get(word);
      if (!node) {
        root.set(word, deferredNode(phrases, handle));
        return;
      }
      // Phrases added before keep their place ahead of these.
      if (node.deferred) this.expand(node, word);
      for (const phrase of phrases.phrasesAt(handle, word)) this.addSplit(phrase);
    });
  }

  /** Every phrase the trie holds, deferred ones included (they are added first), node by node. */
  *entries(): Generator<SplitPhrase<T>> {
    for (const [word, node] of this.root.children) if (node.deferred) this.expand(node, word);
    const walk = function* (node: Node<T>, words: string[]): Generator<SplitPhrase<T>> {
      for (const { value, rule, layer, exact } of node.values) yield { words, exact, rule, layer, value };
      for (const [word, child] of node.children) yield* walk(child, [...words, word]);
    };
    yield* walk(this.root, []);
  }

  /** Add a first-word node's deferred phrases (it is the node they all start at). */
  private expand(node: Node<T>, word: string): void {
    const deferred = node.deferred!;
    node.deferred = null;
    node.children = new Map();
    node.values = [];
    for (const phrase of deferred.phrasesAt(node.handle, word)) this.addSplit(phrase);
  }

  /** All non-overlapping longest matches in the tokens. */
  matchAll(tokens: readonly Token[]): TrieMatch<T>[] {
    const matches: TrieMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.longestAt(tokens, i);
      if (match) {
        matches.push(match);
        i = match.end;
      } else i++;
    }
    return matches;
  }

  /**
   * Greedy longest matches of every layer in one walk per token position: layers overlap each
   * other ("mortar fire" is a weapon and a trigger), matches within a layer do not.
   */
  matchLayers(tokens: readonly Token[], layers: number): (readonly TrieMatch<T>[])[] {
    // A layer without matches (most of them, in most sentences) gets the shared empty array.
    const result: (readonly TrieMatch<T>[])[] = [];
    for (let layer = 0; layer < layers; layer++) result.push(EMPTY);
    // Scratch state reused across calls (matching is synchronous): one sentence per call makes
    // fresh typed arrays a measurable share of the work.
    if (this.scratchLayers < layers) {
      this.nextFree = new Int32Array(layers);
      this.bestEnd = new Int32Array(layers);
      this.bestValues = new Array(layers).fill(EMPTY);
      this.scratchLayers = layers;
    }
    const { nextFree, bestEnd, bestValues } = this;
    nextFree.fill(0);
    const root = this.root.children;
    const count = tokens.length;
    for (let i = 0; i < count; i++) {
      let node = root.get(tokens[i]!.lower);
      if (!node) continue;
      if (node.deferred) this.expand(node, tokens[i]!.lower);
      for (let layer = 0; layer < layers; layer++) bestEnd[layer] = -1;
      let found = false;
      for (let j = i; node; ) {
        if (node.values.length > 0) {
          const groups = node.groups ?? groupByLayer(node);
          for (const group of groups) {
            const layer = group.layer;
            if (i < nextFree[layer]!) continue;
            const values = group.anyCase ? group.values : matchingValues(group, tokens, i);
            if (values.length === 0) continue;
            bestEnd[layer] = j + 1;
            bestValues[layer] = values;
            found = true;
          }
        }
        j++;
        // 'dismissed as "baseless" reports': a double quotation mark inside a phrase is passed over.
        if (j < count && tokens[j]!.kind === 'punct' && QUOTE_MARKS.has(tokens[j]!.text)) j++;
        node = j < count ? node.children.get(tokens[j]!.lower) : undefined;
      }
      if (!found) continue;
      for (let layer = 0; layer < layers; layer++) {
        const end = bestEnd[layer]!;
        if (end < 0) continue;
        const match = { start: i, end, values: bestValues[layer]! };
        const list = result[layer]!;
        // Every list but EMPTY was made here, so it may grow.
        if (list === EMPTY) result[layer] = [match];
        else (list as TrieMatch<T>[]).push(match);
        nextFree[layer] = end;
      }
    }
    return result;
  }

  /** The longest phrase starting at token i whose case rule is satisfied, if any. */
  longestAt(tokens: readonly Token[], i: number): TrieMatch<T> | undefined {
    let node: Node<T> | undefined = this.root;
    let best: TrieMatch<T> | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.children.get(tokens[j]!.lower);
      if (node?.deferred) this.expand(node, tokens[j]!.lower);
      if (!node || node.values.length === 0) continue;
      const values: T[] = [];
      for (const entry of node.values)
        if (caseMatches(entry.rule, entry.exact, tokens, i)) values.push(entry.value);
      if (values.length > 0) best = { start: i, end: j + 1, values };
    }
    return best;
  }
}

/**
 * A phrase cut into words as `add` stores it (null when it has none); the build compiles the
 * lexicon with it, so a compiled phrase matches exactly as the same phrase added at runtime.
 */
export function splitPhrase<T>(
  phrase: string,
  value: T,
  rule: CaseRule,
  layer: number,
): SplitPhrase<T> | null {
  const words = phraseWords(phrase);
  if (words.length === 0) return null;
  return {
    words: words.map((w) => w.lower),
    exact: rule === 'exact' ? words.map((w) => w.text) : null,
    rule,
    layer,
    value,
  };
}

/**
 * A phrase's words as the tokenizer would cut them. Most table phrases are plain ASCII letters and
 * single spaces, split without the tokenizer (the lexicon builds in a few milliseconds that way).
 */
function phraseWords(phrase: string): { text: string; lower: string }[] {
  let plain = phrase.length > 0;
  for (let i = 0; i < phrase.length && plain; i++) {
    const code = phrase.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    plain = letter || (code === 32 && i > 0 && i < phrase.length - 1 && phrase.charCodeAt(i - 1) !== 32);
  }
  if (!plain) return tokenize(phrase);
  return phrase.split(' ').map((text) => ({ text, lower: text.toLowerCase() }));
}

function groupByLayer<T>(node: Node<T>): LayerGroup<T>[] {
  const groups: LayerGroup<T>[] = [];
  for (const entry of node.values) {
    let group = groups.find((g) => g.layer === entry.layer);
    if (!group) {
      group = { layer: entry.layer, entries: [], anyCase: true, values: EMPTY };
      groups.push(group);
    }
    group.entries.push(entry);
    if (entry.rule !== 'any') group.anyCase = false;
  }
  for (const group of groups) group.values = Object.freeze(group.entries.map((e) => e.value));
  node.groups = groups;
  return groups;
}

function matchingValues<T>(group: LayerGroup<T>, tokens: readonly Token[], start: number): readonly T[] {
  const values: T[] = [];
  for (const entry of group.entries)
    if (caseMatches(entry.rule, entry.exact, tokens, start)) values.push(entry.value);
  return values;
}

function caseMatches(
  rule: CaseRule,
  exact: readonly string[] | null,
  tokens: readonly Token[],
  start: number,
): boolean {
  if (rule === 'any') return true;
  if (rule === 'initial') return tokens[start]!.cap;
  return exact!.every((text, k) => tokens[start + k]?.text === text);
}
