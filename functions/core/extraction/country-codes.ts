/**
 * The gazetteer's ISO 3166-1 alpha-3 codes: every dyad is made of them. A small module of its own,
 * so the read API and the configuration check can ask without building the lexicon.
 */
import { COUNTRY_TUPLES } from './generated/countries';

let codes: ReadonlySet<string> | undefined;

/** Does the gazetteer have a country under this code (upper case, e.g. KGZ)? */
export function isCountryCode(code: string): boolean {
  codes ??= new Set(COUNTRY_TUPLES.map(([iso3]) => iso3 as string));
  return codes.has(code);
}
