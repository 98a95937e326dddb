/**
 * Runtime settings of the Lambdas, parsed once per container from the environment with the same
 * zod sub-schemas as the configuration file, so a value the CLI accepts is a value the Lambda
 * accepts. A bad value fails the invocation with a message naming the variable and field.
 * The sections are imported one by one, not through ConfigSchema, so that a bundle builds only
 * the validators it uses.
 */
import {
  DyadsSettingsSchema,
  FetchSettingsSchema,
  QueuesSettingsSchema,
  ScoringSettingsSchema,
  type SourceConfig,
  SourceConfigSchema,
} from '../../lib/config/config-schema';
import * as z from '../../lib/config/zod-mini';

export const RuntimeSettingsSchema = z.object({
  fetch: FetchSettingsSchema,
  scoring: ScoringSettingsSchema,
  queues: z.prefault(z.pick(QueuesSettingsSchema.def.innerType, { seenTtlDays: true }), {}),
  dyads: DyadsSettingsSchema,
});
export type RuntimeSettings = z.infer<typeof RuntimeSettingsSchema>;

/** Raised for a missing or invalid environment variable. */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new EnvironmentError(`environment variable ${name} is not set`);
  return value;
}

function parseJsonVariable<S extends z.ZodMiniType>(
  name: string,
  raw: string | undefined,
  schema: S,
  fallback: string,
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(raw || fallback);
  } catch (error) {
    throw new EnvironmentError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`,
    );
    throw new EnvironmentError(`${name} is invalid: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Parse BORDER_TENSION_SETTINGS (absent means every default). */
export function parseRuntimeSettings(raw: string | undefined): RuntimeSettings {
  return parseJsonVariable('BORDER_TENSION_SETTINGS', raw, RuntimeSettingsSchema, '{}');
}

/** Parse BORDER_TENSION_SOURCES (a JSON array of sources; absent means none). */
export function parseSources(raw: string | undefined): SourceConfig[] {
  return parseJsonVariable('BORDER_TENSION_SOURCES', raw, z.array(SourceConfigSchema), '[]');
}

let settings: RuntimeSettings | undefined;
let sources: SourceConfig[] | undefined;

/** The settings of this container, parsed on first use. */
export function runtimeSettings(): RuntimeSettings {
  settings ??= parseRuntimeSettings(process.env.BORDER_TENSION_SETTINGS);
  return settings;
}

/**
 * The configured sources. Read as `process.env.BORDER_TENSION_SOURCES` literally: in AWS esbuild's
 * `define` replaces that expression with the JSON baked into the dispatcher bundle.
 */
export function configuredSources(): SourceConfig[] {
  sources ??= parseSources(process.env.BORDER_TENSION_SOURCES);
  return sources;
}
