/** The tension scoring model: pure functions from stored events to score series. */

export { PROCESS_SCORING_CACHE, ScoringCache } from './scoring-cache';
export type { Pressure, ScoreSeriesOptions } from './series';
export { BUCKET_MS, DyadModel, evidenceSentence, floorTo, levelFor, saturate, scoreSeries } from './series';
export type { ScoringSettings } from './settings';
export { DEFAULT_SCORING_SETTINGS, resolveScoringSettings } from './settings';
export { fnv1a64, hammingDistance, textHash } from './simhash';
export type { Story, StoryReport } from './stories';
export {
  buildStories,
  COVERAGE_REACH_DAYS,
  casualtyClass,
  coverageRecords,
  eventKey,
  eventTime,
  independentReports,
  storyReportOf,
  storyRepresentatives,
} from './stories';
export {
  CAMEO_WEIGHTS,
  cameoEntry,
  cameoRoot,
  eventWeaponCategories,
  eventWeight,
  MODEL,
  SAME_DAY_GROUPS,
  sameDayGroup,
  WEAPON_FACTORS,
} from './weights';
