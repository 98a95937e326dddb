/**
 * Shape of one annotated development-corpus file (corpus/dev/*.json): an article plus the labels
 * an analyst writes for it. The loader checks the labels are internally consistent (a dyad's
 * states are among the countries, pairs are in canonical order) so a typo fails loudly instead of
 * silently lowering a score.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, dyadPair } from '../../functions/core/model';
import * as z from '../../lib/config/zod-mini';

const Iso3Schema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "KGZ"'));
const DatePattern = /^\d{4}-\d{2}-\d{2}$/;

export const WEAPON_CATEGORIES = [
  'small-arms',
  'artillery',
  'armour',
  'aircraft',
  'drone',
  'missile',
  'heavy-weapons',
  'naval',
  'explosive',
] as const;

/** Root CAMEO codes 01–20 (labels stay at root level; the extractor may emit finer codes). */
export const CameoRootSchema = z
  .string()
  .check(z.regex(/^(0[1-9]|1\d|20)$/, 'expected a CAMEO root code "01".."20"'));

export const MODALITY_FLAGS = ['negated', 'alleged', 'threat', 'historical'] as const;
export type ModalityFlag = (typeof MODALITY_FLAGS)[number];

export const ExpectedEventSchema = z.strictObject({
  actor: z.nullable(Iso3Schema),
  target: z.nullable(Iso3Schema),
  cameo: CameoRootSchema,
  negated: z.boolean(),
  alleged: z.boolean(),
  threat: z.boolean(),
  historical: z.boolean(),
});
export type ExpectedEvent = z.infer<typeof ExpectedEventSchema>;

/** Names may list accepted spellings separated by "|" (e.g. "Kyiv|Kiev"); any one matches. */
const LabelName = z.string().check(z.trim(), z.minLength(1));

export const ExpectedSchema = z
  .strictObject({
    dyads: z.array(z.string().check(z.regex(/^[A-Z]{3}-[A-Z]{3}$/))),
    countries: z.array(Iso3Schema),
    organizations: z.array(LabelName),
    people: z.array(LabelName),
    places: z.array(z.strictObject({ name: LabelName, country: z.nullable(Iso3Schema) })),
    weapons: z.array(z.enum(WEAPON_CATEGORIES)),
    events: z.array(ExpectedEventSchema),
    casualties: z.strictObject({
      killed: z.int().check(z.minimum(0)),
      injured: z.int().check(z.minimum(0)),
    }),
  })
  .check(
    z.superRefine((expected, ctx) => {
      const countries = new Set(expected.countries);
      if (countries.size !== expected.countries.length) {
        ctx.addIssue({ code: 'custom', path: ['countries'], message: 'countries has duplicates' });
      }
      for (const [i, pair] of expected.dyads.entries()) {
        const [a = '', b = ''] = pair.split('-');
        if (a === b || dyadPair(a, b) !== pair) {
          ctx.addIssue({
            code: 'custom',
            path: ['dyads', i],
            message: `dyad ${pair} is not canonical (sorted)`,
          });
        }
        for (const state of [a, b]) {
          if (!countries.has(state)) {
            ctx.addIssue({
              code: 'custom',
              path: ['dyads', i],
              message: `dyad state ${state} not in countries`,
            });
          }
        }
      }
      for (const [i, event] of expected.events.entries()) {
        for (const side of [event.actor, event.target]) {
          if (side !== null && !countries.has(side)) {
            ctx.addIssue({
              code: 'custom',
              path: ['events', i],
              message: `event country ${side} not in countries`,
            });
          }
        }
      }
    }),
  );
export type Expected = z.infer<typeof ExpectedSchema>;

export const CorpusArticleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{2,100}$/, 'ids are lowercase kebab-case')),
  title: z.string().check(z.minLength(1), z.maxLength(2000)),
  text: z.string().check(z.minLength(1)),
  published: z.string().check(z.regex(DatePattern, 'published must be YYYY-MM-DD')),
  url: z.optional(z.string()),
  source: z.optional(z.string()),
});

export const CorpusEntrySchema = z.strictObject({
  article: CorpusArticleSchema,
  expected: ExpectedSchema,
  notes: z.optional(z.string()),
});
export type CorpusEntry = z.infer<typeof CorpusEntrySchema>;

/** A corpus file that failed to load, with the reason (the run reports it and goes on). */
export interface CorpusLoadError {
  file: string;
  message: string;
}

export function toArticle(entry: CorpusEntry): Article {
  return { ...entry.article };
}

/** Parse one corpus file's text; throws an Error naming the file and the first problems. */
export function parseCorpusEntry(json: string, file: string): CorpusEntry {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = CorpusEntrySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (parsed.data.article.id !== expectedId) {
    throw new Error(`${file}: article.id "${parsed.data.article.id}" does not match the file name`);
  }
  return parsed.data;
}

/** Load every *.json file of a corpus folder, sorted by name; bad files are reported, not dropped silently. */
export function loadCorpus(dir: string): { entries: CorpusEntry[]; errors: CorpusLoadError[] } {
  const entries: CorpusEntry[] = [];
  const errors: CorpusLoadError[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const file = join(dir, name);
    try {
      entries.push(parseCorpusEntry(readFileSync(file, 'utf8'), file));
    } catch (error) {
      errors.push({ file, message: (error as Error).message });
    }
  }
  return { entries, errors };
}
