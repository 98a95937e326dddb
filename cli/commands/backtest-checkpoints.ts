/**
 * Checkpoints of a backtest: what an analyst says the level of a dyad was on a day of a known episode
 * ("KGZ-TJK on 2022-09-16, the fighting across Batken: at least high"; "a month after the protocol:
 * at most calm"). `border-tension backtest ARTICLES.jsonl --expect CHECKPOINTS.json` replays an
 * archive and reports which checkpoints the series meets, so a change to extraction or scoring can
 * be judged on real episodes, not only on the corpus it was tuned on. Pure: points in, verdicts out.
 */

import { DYAD_PAIR_PATTERN, LEVELS, type Level, type ScorePoint } from '../../functions/core/model';
import * as z from '../../lib/config/zod-mini';

const LevelSchema = z.enum(LEVELS);

const CheckpointSchema = z
  .object({
    pair: z.string().check(z.regex(DYAD_PAIR_PATTERN, 'a dyad such as KGZ-TJK')),
    day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')),
    /** The level must be this one or higher. */
    atLeast: z.optional(LevelSchema),
    /** The level must be this one or lower. */
    atMost: z.optional(LevelSchema),
    /** What happened that day, for the report. */
    note: z.optional(z.string().check(z.maxLength(300))),
  })
  .check(
    z.refine((c) => c.atLeast !== undefined || c.atMost !== undefined, {
      message: 'give atLeast or atMost (or both)',
    }),
  );

export const CheckpointFileSchema = z.object({
  checkpoints: z.array(CheckpointSchema).check(z.minLength(1)),
});

export type Checkpoint = z.infer<typeof CheckpointSchema>;

export interface CheckpointVerdict {
  checkpoint: Checkpoint;
  /** The day's level (calm when the series has no point that day: nothing reported yet). */
  level: Level;
  score: number;
  met: boolean;
}

/** Each checkpoint against the daily points of the series (by pair and day start). */
export function judgeCheckpoints(
  checkpoints: readonly Checkpoint[],
  dailyPoints: readonly ScorePoint[],
): CheckpointVerdict[] {
  const byDay = new Map<string, ScorePoint>();
  for (const point of dailyPoints) byDay.set(`${point.pair}|${point.t.slice(0, 10)}`, point);
  return checkpoints.map((checkpoint) => {
    const point = byDay.get(`${checkpoint.pair}|${checkpoint.day}`);
    const level = point?.level ?? 'calm';
    const rank = LEVELS.indexOf(level);
    const met =
      (checkpoint.atLeast === undefined || rank >= LEVELS.indexOf(checkpoint.atLeast)) &&
      (checkpoint.atMost === undefined || rank <= LEVELS.indexOf(checkpoint.atMost));
    return { checkpoint, level, score: point?.score ?? 0, met };
  });
}

/** What a checkpoint asks for, in words: "at least high", "at most calm", "between elevated and high". */
function wanted(checkpoint: Checkpoint): string {
  const { atLeast, atMost } = checkpoint;
  if (atLeast && atMost)
    return atLeast === atMost ? `exactly ${atLeast}` : `between ${atLeast} and ${atMost}`;
  return atLeast ? `at least ${atLeast}` : `at most ${atMost}`;
}

/** The report: one line per checkpoint, then the count met. */
export function formatVerdicts(verdicts: readonly CheckpointVerdict[]): string {
  const lines = verdicts.map(({ checkpoint, level, score, met }) =>
    [
      met ? 'met   ' : 'MISSED',
      checkpoint.pair,
      checkpoint.day,
      `${wanted(checkpoint)}:`,
      `${level} (${score})`,
      checkpoint.note ?? '',
    ]
      .join(' ')
      .trimEnd(),
  );
  const met = verdicts.filter((v) => v.met).length;
  lines.push(`checkpoints met: ${met} of ${verdicts.length}`);
  return `${lines.join('\n')}\n`;
}
