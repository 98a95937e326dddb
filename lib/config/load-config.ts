import { readFileSync } from 'node:fs';
import { type Config, ConfigSchema } from './config-schema';

/** Raised for configuration that does not validate; the message names every offending field. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validate raw configuration. `origin` says where it came from (a file, cdk.json context) so
 * the error points the operator at the right place.
 */
export function parseConfig(raw: unknown, origin = 'configuration'): Config {
  const result = ConfigSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    return `  - ${field}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid ${origin}:\n${problems.join('\n')}`);
}

/** Read and validate a JSON configuration file. */
export function loadConfigFile(path: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read configuration file ${path}: ${(error as Error).message}`);
  }
  return parseConfig(raw, `configuration file ${path}`);
}
