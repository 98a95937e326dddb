import { readFileSync } from 'node:fs';
import { isCountryCode } from '../../functions/core/extraction/country-codes';
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
  const problems = result.success
    ? unknownCountryCodes(result.data)
    : result.error.issues.map((issue) => {
        const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
        return `  - ${field}: ${issue.message}`;
      });
  if (result.success && problems.length === 0) return result.data;
  throw new ConfigError(`Invalid ${origin}:\n${problems.join('\n')}`);
}

/**
 * Configured pairs whose codes the gazetteer does not know. Events only ever name gazetteer
 * codes, so such a pair would never be scored or graphed: a typo the operator must hear about.
 * Checked here, for the stack and the local runner, and not in the schema, which the Lambdas also
 * parse at cold start and which would then carry the country table into every bundle.
 */
function unknownCountryCodes(config: Config): string[] {
  const fields = [
    ['dyads.extraPairs', config.dyads.extraPairs],
    ['observability.dashboardDyads', config.observability.dashboardDyads],
  ] as const;
  return fields.flatMap(([field, pairs]) =>
    pairs.flatMap((pair, i) =>
      pair
        .split('-')
        .filter((code) => !isCountryCode(code))
        .map(
          (code) => `  - ${field}.${i}: ${code} is not an ISO 3166-1 alpha-3 country code of the gazetteer`,
        ),
    ),
  );
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
