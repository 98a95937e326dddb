/**
 * Settings of the scoring model that operators tune per deployment: the `scoring` part of the one
 * config schema (lib/config/config-schema.ts), with its defaults. Model constants that are not
 * deployment choices live in weights.ts with their reasons.
 */
import { ScoringSettingsSchema } from '../../../lib/config/config-schema';
import type * as z from '../../../lib/config/zod-mini';

export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;

/** Defaults of the config schema: half-life 3 days, baseline 90 days, recompute 30 days. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = ScoringSettingsSchema.parse({});

/**
 * What each given object resolved to, used again while its values are still the same. Results map
 * to themselves: they are frozen, so they come back unparsed.
 */
const resolvedFrom = new WeakMap<Partial<ScoringSettings>, ScoringSettings>();

/**
 * Fill missing settings with the defaults and validate (throws a zod error on bad values). Settings
 * it returned pass through, and an object it resolved before gives the same settings while its
 * values are unchanged: a batch passes its settings to every rescore and series it computes, and
 * the scorer passes the same config object to every batch, so they are parsed once.
 */
export function resolveScoringSettings(partial: Partial<ScoringSettings> = {}): ScoringSettings {
  const earlier = resolvedFrom.get(partial);
  if (earlier && sameValues(partial, earlier)) return earlier;
  const settings = Object.freeze(ScoringSettingsSchema.parse({ ...DEFAULT_SCORING_SETTINGS, ...partial }));
  resolvedFrom.set(partial, settings);
  resolvedFrom.set(settings, settings);
  return settings;
}

/** Does every value given still equal the resolved one (unknown keys, stripped by the schema, never do)? */
function sameValues(partial: Partial<ScoringSettings>, settings: ScoringSettings): boolean {
  for (const [key, value] of Object.entries(partial)) {
    if (settings[key as keyof ScoringSettings] !== value) return false;
  }
  return true;
}
