/**
 * Hostile input not covered elsewhere (feeds: test/core/feeds and test/adapters/web; extractor
 * limits: test/core/extraction; API fuzzing: test/core/api): articles through the whole scoring
 * pipeline (processArticle on dynalite), crafted strings against every regular expression literal
 * of the text-handling code, and invalid configuration stopping the local run and the synth with the
 * field named. A hostile article either fails with a clear error and stores nothing, or is scored.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSync } from '@swc/core';
import { ConsoleAlertPublisher } from '../../functions/adapters/alerts/console-alert-publisher';
import { ArticleInputError } from '../../functions/core/extraction';
import type { Article } from '../../functions/core/model';
import { InvalidArticleError, processArticle } from '../../functions/core/pipeline/process-article';
import { ConfigError, parseConfig } from '../../lib/config/load-config';
import { startTestTable, type TestTable } from '../adapters/store/dynalite';

const ROOT = join(__dirname, '..', '..');
/** Code that runs regular expressions over text from the outside world. */
const TEXT_CODE = [
  'functions/core/extraction',
  'functions/core/text',
  'functions/core/feeds',
  'functions/core/scoring',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface FoundRegex {
  where: string;
  regex: RegExp;
}

/** Every regular expression literal in the text-handling code, found by parsing it (SWC). */
function regexLiterals(): FoundRegex[] {
  const found: FoundRegex[] = [];
  const walk = (node: unknown, file: string) => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, file);
    } else if (node && typeof node === 'object') {
      const { type, pattern, flags } = node as { type?: string; pattern?: string; flags?: string };
      if (type === 'RegExpLiteral' && pattern !== undefined) {
        found.push({ where: `${file} /${pattern}/${flags ?? ''}`, regex: new RegExp(pattern, flags) });
      }
      for (const child of Object.values(node)) walk(child, file);
    }
  };
  for (const file of TEXT_CODE.flatMap(sourceFiles)) {
    walk(parseSync(readFileSync(join(ROOT, file), 'utf8'), { syntax: 'typescript' }), file);
  }
  return found;
}

/**
 * Strings crafted against a regex: its own words and characters pumped many times with a suffix
 * that makes the match fail at the end (what exposes catastrophic backtracking), plus generic
 * pumps of letters, spaces, digits, punctuation and brackets.
 */
function attacksFor(regex: RegExp, size: number): string[] {
  const words = [...new Set(regex.source.match(/[A-Za-z]{2,}/g) ?? [])].slice(0, 6);
  const pumps = [...words.map((w) => `${w} `), ...words, 'a', ' ', '1', '-', '.', "'", '(', 'Aa ', '\t\n'];
  return pumps.flatMap((pump) => {
    const body = pump.repeat(Math.ceil(size / pump.length)).slice(0, size);
    return [`${body}!`, `${body}\u0000`, `x${body}`];
  });
}

const SIZE = 20_000;

describe('every regex literal of the text code against crafted strings', () => {
  const regexes = regexLiterals();

  it('finds the regexes (the inventory is not empty)', () => {
    expect(regexes.length).toBeGreaterThan(30);
    expect(regexes.some((r) => r.where.startsWith('functions/core/extraction'))).toBe(true);
  });

  it('runs each to completion on 20,000-character attacks (no catastrophic backtracking)', () => {
    let runs = 0;
    for (const { where, regex } of regexes) {
      const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
      for (const attack of attacksFor(regex, SIZE)) {
        // All matches over the whole string, as the extractor scans text.
        const matches = attack.match(global)?.length ?? 0;
        expect({ where, matches: Number.isInteger(matches) }).toEqual({ where, matches: true });
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(regexes.length * 10);
  });
});

describe('hostile articles through processArticle (dynalite)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable('hostile');
  });
  afterAll(async () => table.close());

  const NOW = new Date('2026-11-28T12:00:00.000Z');
  const deps = () => ({ store: table.store(), publisher: new ConsoleAlertPublisher(() => {}), now: NOW });
  const article = (id: string, text: string, extra: Partial<Article> = {}): Article => ({
    id,
    title: 'Hostile input',
    text,
    published: '2026-11-27T08:00:00Z',
    ...extra,
  });

  /** Nothing of a rejected article may be left behind. */
  async function expectNothingStored(id: string) {
    const store = table.store();
    for (const pair of ['KGZ-TJK', 'ARM-AZE', 'IND-PAK']) {
      const events = await store.queryEvents(pair, '0000-01-01', '9999-12-31');
      expect(events.filter((e) => e.articleId === id)).toEqual([]);
    }
  }

  it.each([
    ['empty text and title', article('empty', '', { title: '' }), ArticleInputError, /empty/],
    ['whitespace only', article('blank', ' \n\t '.repeat(1000), { title: '' }), ArticleInputError, /empty/],
    [
      'invalid UTF-8 (mostly replacement characters)',
      article('mojibake', `${'\uFFFD'.repeat(5000)} Armenian forces shelled Azerbaijani positions.`),
      ArticleInputError,
      /binary/,
    ],
    [
      'text over a million characters',
      article('huge', 'Troops fired. '.repeat(80_000)),
      ArticleInputError,
      /too long/,
    ],
    [
      'binary bytes',
      article('binary', `\u0000\u0001\u0002PNG${'\u0000'.repeat(500)}`),
      ArticleInputError,
      /binary/,
    ],
    [
      'script-laden HTML',
      article('html', '<html><script>alert(1)</script><p>Tajik troops fired on Kyrgyz posts.</p></html>'),
      ArticleInputError,
      /HTML/,
    ],
    [
      'a missing text field',
      { id: 'no-text', title: 'x' } as unknown as Article,
      InvalidArticleError,
      /text/,
    ],
    ['an empty id', article('', 'Text.'), InvalidArticleError, /id/],
    ['an id of 10,000 characters', article('i'.repeat(10_000), 'Text.'), InvalidArticleError, /id/],
  ])('rejects %s with a clear error and stores nothing', async (_name, input, type, message) => {
    const failure = processArticle(input, deps());
    await expect(failure).rejects.toThrow(type);
    await expect(processArticle(input, deps())).rejects.toThrow(message);
    if (input.id && input.id.length < 200) await expectNothingStored(input.id);
  });

  it.each([
    [
      'one line of 999,999 characters of words',
      'Tajik troops fired on Kyrgyz posts near Batken '.repeat(21_276).slice(0, 999_999),
    ],
    ['one line of 999,999 characters without a space', 'a'.repeat(999_999)],
    ['a million characters of sentence ends', '. '.repeat(499_999)],
    [
      'a few invalid UTF-8 sequences in real text',
      `Armenian forces shelled \uFFFD\uFFFD Azerbaijani positions near Tavush \uFFFD on Monday. ${'Talks went on. '.repeat(50)}`,
    ],
    [
      'lone surrogates',
      `${'\uD800'.repeat(1000)} Indian and Pakistani troops exchanged fire across the line.`,
    ],
    [
      'every crafted regex attack at once',
      regexLiterals()
        .flatMap(({ regex }) => attacksFor(regex, 200))
        // NUL bytes alone make an article binary (rejected above); here the pumps must reach the regexes.
        .filter((attack) => !attack.includes('\u0000'))
        .join(' ')
        .slice(0, 999_000),
    ],
  ])('scores %s or answers without events, in one pass', async (name, text) => {
    const id = `ok-${name.replace(/[^a-z0-9]+/gi, '-')}`;
    const result = await processArticle(article(id, text), deps());
    expect(['scored', 'no-events']).toContain(result.status);
    // What it found is stored under each dyad it touched.
    for (const pair of result.pairs) {
      const stored = await table.store().queryEvents(pair, '0000-01-01', '9999-12-31');
      expect(stored.some((e) => e.articleId === id)).toBe(true);
    }
  });

  it.each([
    ['far-future', '9999-12-31T00:00:00Z'],
    ['ancient', '0001-01-01T00:00:00Z'],
    ['not a date', 'yesterday-ish'],
  ])(
    'takes an article with a %s publication date without writing points at that date',
    async (name, published) => {
      const id = `date-${name}`;
      const text = 'Kyrgyz and Tajik border guards exchanged fire near Batken, officials said.';
      const result = await processArticle(article(id, text, { published }), deps());
      expect(['scored', 'no-events']).toContain(result.status);
      const store = table.store();
      const absurd = [
        ...(await store.querySeries('KGZ-TJK', 'day', '0000-01-01', '1900-01-01')).items,
        ...(await store.querySeries('KGZ-TJK', 'day', '2100-01-01', '9999-12-31T23:59:59Z')).items,
      ];
      expect(absurd).toEqual([]);
    },
  );
});

describe('invalid configuration stops the run with the field named', () => {
  it('names the scoring fields added for reliability', () => {
    expect(() => parseConfig({ scoring: { alertMaxAgeHours: -1, alertLeaseSeconds: 0 } })).toThrow(
      ConfigError,
    );
    expect(() => parseConfig({ scoring: { alertMaxAgeHours: -1, alertLeaseSeconds: 0 } })).toThrow(
      /scoring\.alertMaxAgeHours[\s\S]*scoring\.alertLeaseSeconds/,
    );
    expect(parseConfig({}).scoring).toMatchObject({ alertMaxAgeHours: 72, alertLeaseSeconds: 60 });
  });

  it('stops the local run (border-tension start) before starting anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-bad-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({ queues: { maxReceiveCount: 0 }, scoring: { halfLifeDays: 'three' } }),
    );
    try {
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'bin', 'border-tension.js'), 'start', '--config', file],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/queues\.maxReceiveCount/);
      expect(run.stderr).toMatch(/scoring\.halfLifeDays/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops `cdk synth -c stage=BAD!` with the field named', () => {
    const out = mkdtempSync(join(tmpdir(), 'bt-synth-'));
    try {
      const synth = spawnSync(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'aws-cdk', 'bin', 'cdk'),
          'synth',
          '-c',
          'stage=BAD!',
          '--quiet',
          '-o',
          out,
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      );
      expect(synth.status).not.toBe(0);
      expect(`${synth.stderr}${synth.stdout}`).toMatch(/stage/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
