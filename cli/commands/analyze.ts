/**
 * `border-tension analyze [FILE|-] [--published YYYY-MM-DD] [--jsonl]`: run the extraction engine
 * on one article (plain text with the title on the first line, or a JSON article) or on a JSONL
 * stream (one JSON article per line, one result per line, constant memory).
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ArticleInputError, extractArticle, MAX_TEXT_CHARS } from '../../functions/core/extraction';
import type { Article } from '../../functions/core/model';
import * as z from '../../lib/config/zod-mini';
import { type Command, UsageError } from '../command';

const USAGE = `Usage: border-tension analyze [FILE|-] [--published YYYY-MM-DD] [--jsonl]

Reads a news article and prints what the extraction engine finds in it as JSON: dyads with
salience, entities (countries, organizations, people, places, weapons), events (CAMEO code,
polarity, actor, target, date, modality, casualties, weapons, evidence) and casualty totals.

  FILE          plain text (first line: title, the rest: body) or a JSON article
                {id?, url?, title?, text, published?}; "-" or no FILE reads stdin
  --published   publication date YYYY-MM-DD (overrides the article's own)
  --jsonl       every input line is a JSON article, every output line one result;
                a bad line is reported on stderr and the others still come out
  --help        this text

Exit status: 0 when every article was read, 1 when an article was unusable, 2 on usage errors.`;

const InputSchema = z.object({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  url: z.optional(z.string().check(z.maxLength(4096))),
  title: z.optional(z.string().check(z.maxLength(2000))),
  text: z.string(),
  published: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  source: z.optional(z.string().check(z.maxLength(200))),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Options {
  file: string;
  published: string | undefined;
  jsonl: boolean;
}

function parseArgs(argv: string[]): Options {
  let file: string | undefined;
  let published: string | undefined;
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--published' || arg.startsWith('--published=')) {
      published = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!published || !DATE.test(published) || Number.isNaN(Date.parse(published))) {
        throw new UsageError(`--published needs a date YYYY-MM-DD, got "${published ?? ''}"`);
      }
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (file !== undefined) throw new UsageError(`one FILE at most, got "${file}" and "${arg}"`);
    else file = arg;
  }
  return { file: file ?? '-', published, jsonl };
}

function articleId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A JSON article, validated, with the --published override applied. */
function fromJson(value: unknown, published: string | undefined): Article {
  const parsed = InputSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArticleInputError(
      `not an article: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid'}`,
    );
  }
  const input = parsed.data;
  return {
    ...input,
    id: input.id ?? articleId(`${input.title ?? ''}\n${input.text}`),
    title: input.title ?? '',
    published: published ?? input.published ?? null,
  };
}

/** A single file: JSON when it parses as a JSON object, else plain text with the title on line one. */
function fromDocument(content: string, published: string | undefined): Article {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new ArticleInputError(`invalid JSON article: ${(error as Error).message}`);
    }
    return fromJson(value, published);
  }
  const newline = content.indexOf('\n');
  const title = newline === -1 ? '' : content.slice(0, newline).trim();
  const text = newline === -1 ? content : content.slice(newline + 1);
  return { id: articleId(content), title: title.slice(0, 2000), text, published: published ?? null };
}

async function readAll(file: string): Promise<string> {
  if (file !== '-') return readFileSync(file, 'utf8');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Keep a little over the engine's limit so the engine reports the size, without buffering gigabytes.
    if (size > MAX_TEXT_CHARS * 8)
      throw new ArticleInputError(`input is too large: over ${MAX_TEXT_CHARS * 8} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function runSingle(options: Options): Promise<number> {
  try {
    const article = fromDocument(await readAll(options.file), options.published);
    process.stdout.write(`${JSON.stringify(extractArticle(article), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ArticleInputError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`border-tension analyze: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

async function runStream(options: Options): Promise<number> {
  const input = options.file === '-' ? process.stdin : createReadStream(options.file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim().length === 0) continue;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new ArticleInputError(`invalid JSON: ${(error as Error).message}`);
      }
      const result = extractArticle(fromJson(value, options.published));
      if (!process.stdout.write(`${JSON.stringify(result)}\n`)) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      failures++;
      process.stderr.write(`border-tension analyze: line ${lineNumber}: ${error.message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Extract dyads, entities, events and casualties from a news article',
  usage: USAGE,
  async run(argv) {
    const options = parseArgs(argv);
    return options.jsonl ? runStream(options) : runSingle(options);
  },
};
