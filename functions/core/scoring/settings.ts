/**
 * Settings of the scoring model that operators tune per deployment: the `scoring` part of the one
 * config schema (lib/config/config-schema.ts), with its defaults. Model constants that are not
 * deployment choices live in weights.ts with their reasons.
 */
import { ConfigSchema } from '../../../lib/config/config-schema';
import type * as z from '../../../lib/config/zod-mini';

const ScoringSettingsSchema = ConfigSchema.shape.scoring;

export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;

/** Defaults of the config schema: half-life 3 days, baseline 90 days, recompute 30 days. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = ScoringSettingsSchema.parse({});

/** Settings this function returned: frozen, so they are still valid when they come back. */
const resolved = new WeakSet<ScoringSettings>();

/**
 * Fill missing settings with the defaults and validate (throws a zod error on bad values). A batch
 * passes its resolved settings to every rescore and series it computes: those are not parsed again.
 */
export function resolveScoringSettings(partial: Partial<ScoringSettings> = {}): ScoringSettings {
  if (resolved.has(partial as ScoringSettings)) return partial as ScoringSettings;
  const settings = Object.freeze(ScoringSettingsSchema.parse({ ...DEFAULT_SCORING_SETTINGS, ...partial }));
  resolved.add(settings);
  return settings;
}
