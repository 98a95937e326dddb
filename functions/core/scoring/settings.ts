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

/** Fill missing settings with the defaults and validate (throws a zod error on bad values). */
export function resolveScoringSettings(partial: Partial<ScoringSettings> = {}): ScoringSettings {
  return ScoringSettingsSchema.parse({ ...DEFAULT_SCORING_SETTINGS, ...partial });
}
