/**
 * Table-driven resolution of time expressions against the publication date ("Friday", "earlier
 * this week", "on September 14", "last year", "in 2021"). Cheaper than a general date parser and
 * enough for news: each mark sits at a token position, and an event takes the nearest mark.
 */
import type { TrieMatch } from '../text/token-trie';
import { SHORT_MONTH_NAMES, type Token, wordBackBeforeStop } from '../text/tokenize';
import { type Cue, INCIDENT_NOUNS, NUMBER_WORDS } from './data/cues';

export interface DateMark {
  /** Token index of the expression. */
  at: number;
  /** YYYY-MM-DD, or null when only "long ago" is known. */
  date: string | null;
  approx: boolean;
  historical: boolean;
  habitual?: boolean;
  /** After publication ("will meet on October 25"): nothing has happened on that date yet. */
  future?: boolean;
  /**
   * Token span [from, to) of the phrase the expression sits in when that phrase is subordinate (an
   * attributive year, a since-phrase, a relative clause, a noun's participle ("an accord signed last
   * month"), the clause after "two days after"): it
   * dates what is told there, not the sentence. "Accused the other of violating a truce that both
   * armies reaffirmed in 2021" dates the reaffirming, not the accusing, and "shelled almost daily
   * since February 2022" an ongoing run.
   */
  scope?: {
    from: number;
    to: number;
    kind: 'attributive' | 'since' | 'relative' | 'gap' | 'clause' | 'participle';
    /** A since-phrase inside a clause dates what follows up to here (the next clause joined by ", and"). */
    reach?: number;
    /**
     * A "that"-clause of saying ("The Kyrgyz side said that on Wednesday Tajik guards had
     * penetrated"): what is said is the sentence's news, so its time goes on to the next sentence.
     */
    reported?: true;
  };
  /** A day or month written without its year ("On Dec. 25"), dated by the news's year. */
  yearless?: boolean;
  /** The year a bare year of the past names ("in 1985"), whose mark has no day. */
  year?: number;
  /** Passed on from the sentence before, which had a time of its own where this one has none. */
  carried?: boolean;
  /** Days between the clause this mark opens ("two weeks after ...") and the news. */
  gapDays?: number;
  /** The gap's clause a time is told in ("months after deadly clashes in July"): it dates nothing outside. */
  within?: { from: number; to: number };
}

/**
 * The day of the month that the part of it named before a month stands for ("mid-May", "late May",
 * "the end of May"): an approximate time, but a clash of late May is not one of the 1st.
 */
const MONTH_PART_DAYS: Readonly<Record<string, number>> = { mid: 15, middle: 15, late: 24, end: 28 };

/** The day a part of the month before the month's name at `at` stands for, if one is named. */
function partOfMonthDay(tokens: readonly Token[], at: number): number | null {
  const before = tokens[at - 1]?.lower;
  // "mid-May", "late May"; "the end of May", "the middle of May".
  const part = before === '-' || before === 'of' ? tokens[at - 2]?.lower : before;
  return MONTH_PART_DAYS[part ?? ''] ?? null;
}

/** Words before a date that make it an adjective of the noun after it: "the June 15, 2020, clash". */
const DATE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', "'s"]);
/** Words the noun a date qualifies runs over at most: "the June 15, 2020, clash at Galwan". */
const ATTRIBUTIVE_DATE_REACH = 4;

/**
 * The phrase a full date told as an adjective dates ("since the June 15, 2020, clash at Galwan"): the
 * noun after the comma that closes the date, which would otherwise end the date's phrase before
 * its noun. (A date without a year, "the May 28 clash", reaches its noun as it is.)
 */
function attributiveDate(
  tokens: readonly Token[],
  monthAt: number,
  yearAt: number,
  hasYear: boolean,
): DateMark['scope'] {
  if (!hasYear || !DATE_DETERMINERS.has(tokens[monthAt - 1]?.lower ?? '')) return undefined;
  if (tokens[yearAt + 1]?.text !== ',') return undefined;
  const after = yearAt + 2;
  const noun = tokens[after];
  if (noun?.kind !== 'word' || noun.cap) return undefined;
  return {
    from: after,
    to: Math.min(after + ATTRIBUTIVE_DATE_REACH, clauseEnd(tokens, after)),
    kind: 'attributive',
  };
}

/** Capitalised nouns after a month and day that make them a name: "the March 23 Movement". */
const NAMED_BODY_HEADS = new Set([
  'movement',
  'youth',
  'group',
  'brigade',
  'brigades',
  'bridge',
  'party',
  'front',
]);

/** Events more than this many days before publication are historical. */
export const HISTORICAL_DAYS = 60;
const DAY_MS = 86_400_000;
const HALF_YEAR_MS = 183 * DAY_MS;
/** How far ahead a month named alone may be read as coming without a word of the future. */
const MONTH_ALONE_AHEAD_MS = 62 * DAY_MS;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parse a publication date (ISO 8601, date only allowed) to UTC midnight, or null. */
export function parsePublished(published: string | null | undefined): Date | null {
  if (!published) return null;
  const ms = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  if (Number.isNaN(ms)) return null;
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}

function daysBefore(published: Date, days: number): Date {
  return new Date(published.getTime() - days * DAY_MS);
}

function mark(
  at: number,
  date: Date | null,
  approx: boolean,
  published: Date | null,
  historical = false,
): DateMark {
  const old = !!(date && published && published.getTime() - date.getTime() > HISTORICAL_DAYS * DAY_MS);
  const future = !!(date && published && date.getTime() > published.getTime() + DAY_MS);
  return {
    at,
    date: date ? isoDay(date) : null,
    approx,
    historical: historical || old,
    ...(future ? { future } : {}),
  };
}

/** Years before the news a told year must lie for a day told after it without a year to be of that year. */
const NARRATED_YEARS = 2;

/**
 * "In 1985, Burkina Faso and Mali fought a border war. On Dec. 25, Malian troops crossed ...": a
 * day written without its year, right after a sentence set in a year long past, is a day of that
 * year (a narrated past), not of the news's year. `context` is the time of the sentence before.
 */
export function inNarratedYear(
  marks: DateMark[],
  context: DateMark | undefined,
  published: Date | null,
): void {
  const year = context?.year ?? (context?.date ? Number(context.date.slice(0, 4)) : undefined);
  if (!context?.historical || year === undefined || !published) return;
  if (published.getUTCFullYear() - year < NARRATED_YEARS) return;
  for (let i = 0; i < marks.length; i++) {
    const own = marks[i]!;
    if (!own.yearless || own.historical || !own.date) continue;
    const date = `${String(year).padStart(4, '0')}${own.date.slice(4)}`;
    marks[i] = {
      at: own.at,
      date,
      approx: own.approx,
      historical: true,
      ...(own.scope ? { scope: own.scope } : {}),
    };
  }
}

function dayNumber(token: Token | undefined): number | null {
  if (token?.kind !== 'num') return null;
  let digits = token.lower;
  for (const suffix of ['st', 'nd', 'rd', 'th']) if (digits.endsWith(suffix)) digits = digits.slice(0, -2);
  const value = Number(digits);
  return Number.isInteger(value) && value >= 1 && value <= 31 ? value : null;
}

function yearNumber(token: Token | undefined): number | null {
  if (token?.kind !== 'num' || token.lower.length !== 4) return null;
  const value = Number(token.lower);
  return Number.isInteger(value) && value >= 1900 && value <= 2100 ? value : null;
}

/** Words before a year of the centuries before 1900: "In 1859 Britain and Guatemala signed". */
const EARLY_YEAR_BEFORE = new Set(['in', 'since', 'until', 'of']);

/**
 * A year before 1900 told after "in", "since", "until" or "of", and not counting a noun after it
 * ("in 1500 homes"): the colonial treaties border disputes go back to.
 */
function earlyYear(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at]!;
  if (token.lower.length !== 4 || !EARLY_YEAR_BEFORE.has(tokens[at - 1]?.lower ?? '')) return null;
  const next = tokens[at + 1];
  if (next?.kind === 'word' && !next.cap) return null;
  const value = Number(token.lower);
  return Number.isInteger(value) && value >= 1000 && value < 1900 ? value : null;
}

/** Auxiliaries of a past tense: "had soured", "was signed", "were killed". */
const PAST_AUXILIARIES = new Set(['had', 'was', 'were']);

/**
 * Is the month at `at` told in a past tense: a past auxiliary before it with no "to" between ("had
 * soured in January"; not "had agreed to hold a match in March", nor "was postponed to January")?
 */
function speaksOfPast(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const word = tokens[k]!.lower;
    if (word === 'to') return false;
    if (PAST_AUXILIARIES.has(word)) return true;
  }
  return false;
}

/** Does the sentence tell of what will or may be (a threat, a plan, a hope)? */
function speaksOfFuture(cues: readonly TrieMatch<Cue>[]): boolean {
  return cues.some((match) => {
    const kind = match.values[0]!.kind;
    return kind === 'threat' || kind === 'irrealis';
  });
}

/** Words that make the weekday after them a coming one ("will meet on Monday", "agreed that commanders would meet on Tuesday"). */
export const PLANNED_AUXILIARIES = new Set(['will', 'would', 'shall', 'scheduled', 'due']);
/** Words that end the clause of a planned act, looking back from its weekday ("said on Monday it will"). */
const PLAN_BREAKS = new Set([
  'said',
  'says',
  'told',
  'announced',
  'added',
  'after',
  'before',
  'that',
  'when',
  '.',
  ';',
]);
/** How far back from a weekday its planning auxiliary may stand. */
const PLAN_WINDOW = 10;

function plannedBefore(tokens: readonly Token[], at: number): boolean {
  return wordBackBeforeStop(tokens, at, PLAN_WINDOW, PLANNED_AUXILIARIES, PLAN_BREAKS);
}

/** Words before a weekday that make it a deadline ("ready for combat by Friday"). */
const DEADLINE_PREPOSITIONS = new Set(['by', 'until']);
/** Words of ordering or demanding a deadline hangs on, looking back from "by <weekday>". */
const DEADLINE_GIVERS = new Set([
  'ordered',
  'orders',
  'demanded',
  'demands',
  'deadline',
  'ultimatum',
  'must',
  'gave',
  'given',
  'set',
  'asked',
  'urged',
]);

/** "ordered his troops to be ready by Friday": a weekday after "by" that an order hangs on is a deadline. */
function deadlineBefore(tokens: readonly Token[], at: number): boolean {
  if (!DEADLINE_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '')) return false;
  for (let i = at - 2; i >= 0 && i >= at - PLAN_WINDOW - 2; i--) {
    const word = tokens[i]!.lower;
    if (DEADLINE_GIVERS.has(word)) return true;
    if (word === '.' || word === ';') return false;
  }
  return false;
}

/** Words after a weekday that tell its time, not a noun it qualifies ("the Saturday night"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'before', 'after']);

/**
 * "called the Saturday raid a massacre": a weekday between a determiner and a noun dates that noun
 * alone, not the sentence (nor, carried, the ones after it).
 */
function attributiveWeekday(tokens: readonly Token[], at: number): DateMark['scope'] {
  const next = tokens[at + 1];
  if (!ATTRIBUTIVE_DETERMINERS.has(tokens[at - 1]?.lower ?? '')) return undefined;
  if (next?.kind !== 'word' || next.cap || DAY_PARTS.has(next.lower)) return undefined;
  return { from: at + 1, to: Math.min(at + 4, clauseEnd(tokens, at + 1)), kind: 'attributive' };
}

/** Words of a superlative a span after it measures ("the worst fighting in years"). */
const SUPERLATIVES = new Set([
  'most',
  'worst',
  'deadliest',
  'bloodiest',
  'fiercest',
  'heaviest',
  'biggest',
  'largest',
  'greatest',
  'highest',
  'first',
]);
/** Words a superlative may stand back from the "in" of its span ("the most serious incident in"). */
const SUPERLATIVE_REACH = 5;

/**
 * Does a span cue at `at` measure a superlative, "in [N] months of ..." after "the most serious
 * incident"? Then it dates nothing: the incident is the news.
 */
function superlativeSpan(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.kind === 'num' || NUMBER_WORDS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'in') return false;
  for (let j = k - 1; j >= Math.max(0, k - SUPERLATIVE_REACH); j--) {
    if (SUPERLATIVES.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

/** Words back from a time to an "including" that lists the instance it dates. */
const INCLUDED_REACH = 5;

/** Where "including" stands that opens the listed instance a time at `at` dates ("including a closure in February"), or -1. */
function includedInstanceAt(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - INCLUDED_REACH); k--) {
    if (tokens[k]!.lower === 'including') return k;
    if (tokens[k]!.kind === 'punct') return -1;
  }
  return -1;
}

/** Words back from a time within which a relative clause's "it had" is looked for. */
const PRONOUN_RELATIVE_REACH = 6;
/** Pronouns that open a relative clause with no "that" ("villages it had seized"). */
const RELATIVE_SUBJECT_PRONOUNS = new Set(['it', 'they']);
/** Verbs a "that"-less clause of saying follows ("said it had"): no relative clause. */
const SAYING_BEFORE_CLAUSE = new Set([
  'said',
  'says',
  'say',
  'stated',
  'added',
  'confirmed',
  'noted',
  'insisted',
]);

/** Verbs of revenge: the time after their object is the object's ("to avenge the killing ... last month"). */
const AVENGING_WORDS: ReadonlySet<string> = new Set(['avenge', 'avenging', 'avenged']);

/** Verbs whose "that" opens what was said, not a relative clause. */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...SAYING_BEFORE_CLAUSE,
  'reported',
  'reports',
  'announced',
  'claimed',
  'claims',
  'alleged',
]);

/** Where "it had" opens a "that"-less relative clause ending at the time at `at`, or -1. */
function pronounRelativeBefore(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - PRONOUN_RELATIVE_REACH); k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct') return -1;
    if (!RELATIVE_SUBJECT_PRONOUNS.has(token.lower) || tokens[k + 1]?.lower !== 'had') continue;
    const noun = tokens[k - 1]!;
    return noun.kind === 'word' &&
      !noun.cap &&
      !noun.lower.endsWith('ed') &&
      !SAYING_BEFORE_CLAUSE.has(noun.lower)
      ? k
      : -1;
  }
  return -1;
}

/** Is the cue "this year" or "last year" the year of a month named just before it ("February 17 this year")? */
function yearOfMonthBefore(
  tokens: readonly Token[],
  cues: readonly TrieMatch<Cue>[],
  match: TrieMatch<Cue>,
): boolean {
  if (tokens[match.end - 1]?.lower !== 'year' || match.end - match.start !== 2) return false;
  const day = dayNumber(tokens[match.start - 1]) ? 1 : 0;
  return cues.some((other) => other.values[0]!.kind === 'month' && other.end === match.start - day);
}

/** Is the cue "at the time" of an incident told with "the" or "this" ("at the time of the violation")? */
function timeOfIncident(tokens: readonly Token[], match: TrieMatch<Cue>): boolean {
  if (tokens[match.end - 1]?.lower !== 'time' || tokens[match.end]?.lower !== 'of') return false;
  const determiner = tokens[match.end + 1]?.lower;
  if (determiner !== 'the' && determiner !== 'this' && determiner !== 'that') return false;
  // Past at most one modifier ("the airspace violation").
  for (let j = match.end + 2; j <= match.end + 3; j++) {
    const token = tokens[j];
    if (token?.kind !== 'word') return false;
    if (INCIDENT_NOUNS.has(token.lower)) return true;
  }
  return false;
}

/** Time expressions of one sentence, resolved against the publication date when known. */
export function findDateMarks(
  tokens: readonly Token[],
  cues: readonly TrieMatch<Cue>[],
  published: Date | null,
): DateMark[] {
  const marks: DateMark[] = [];
  // Token positions of years read with a month: few, so an array (a Set per sentence cost more).
  const usedYears: number[] = [];
  // Weekdays of the week of the news, and months told with their year: see monthOfWeekday.
  const weekdays: DateMark[] = [];
  const monthsOfYear: DateMark[] = [];
  for (const match of cues) {
    const cue = match.values[0]!;
    switch (cue.kind) {
      case 'relative':
        // "On February 17 this year": the year of the date told, not a date of its own.
        if (yearOfMonthBefore(tokens, cues, match)) break;
        marks.push(
          mark(
            match.start,
            published ? daysBefore(published, cue.days) : null,
            cue.approx,
            published,
            cue.historical,
          ),
        );
        break;
      case 'historical': {
        // "the most serious incident in four months of tension": a span a superlative is measured over.
        if (superlativeSpan(tokens, match.start)) break;
        // "At the time of the violation, they lacked radio contact": a detail of the incident told.
        if (timeOfIncident(tokens, match)) break;
        // "In September last year": the month's mark dates it.
        if (yearOfMonthBefore(tokens, cues, match)) break;
        // "said the mine was left over from decades of civil war and that Cambodia had not laid any
        // new mines": a second reported clause is told of now.
        const second = secondReportedClause(tokens, match.end);
        // "comparable to those of the 1990s wars": a decade before a noun dates that noun only; so does
        // an adjective of age ("mediation over the long-running border dispute").
        const attributive = ageAdjective(tokens, match)
          ? {
              from: match.end,
              to: Math.min(match.end + 3, clauseEnd(tokens, match.end)),
              kind: 'attributive' as const,
            }
          : (commaAside(tokens, match.start, match.end) ?? subordinateScope(tokens, match.end - 1));
        marks.push({
          at: match.start,
          date: null,
          approx: true,
          historical: true,
          ...(attributive?.kind === 'attributive'
            ? { scope: attributive }
            : second >= 0
              ? { scope: { from: 0, to: second, kind: 'clause' as const } }
              : {}),
        });
        break;
      }
      case 'habitual':
        // "fired on Ukrainian positions several times in the past 24 hours": a recent span, no habit.
        if (RECENT_SPAN_AFTER.test(spanText(tokens, match.end, match.end + 5))) break;
        // "had used water cannon ... and repeatedly rammed them": a deed done again and again in the
        // incident told (a simple past); "have repeatedly violated" is the habit.
        if (simplePastRepeat(tokens, match)) break;
        if (COUNTED_TIMES.has(tokens[match.start]!.lower) && !perfectBefore(tokens, match.start)) break;
        // "had repeatedly conveyed its concerns ..., and urged Kabul": a habit is its own clause's.
        // "accused Egyptian officers of turning a blind eye to tunnel traffic for years": a charged
        // deed's habit is the deed's, not the charge's, made now.
        marks.push({
          at: match.start,
          date: null,
          approx: true,
          historical: true,
          habitual: true,
          scope: commaAside(tokens, match.start, match.end) ?? {
            from:
              chargedDeedStart(tokens, match.start) ??
              subjectBeforeAside(tokens, clauseStartBefore(tokens, match.start)),
            to: joinedClauseAfter(tokens, match.end, true),
            kind: 'clause',
          },
        });
        break;
      case 'weekday': {
        // A deadline to come ("ready for combat by Friday") tells that the order is news: of the
        // day of the report, not of the weekday named.
        if (deadlineBefore(tokens, match.start)) {
          marks.push(mark(match.start, published, true, published));
          break;
        }
        const planned = plannedBefore(tokens, match.start);
        // Undated, a weekday still names a day of this week: the news, not the background a
        // "long-running dispute" later in the sentence would otherwise date it to.
        if (!published) {
          marks.push({
            at: match.start,
            date: null,
            approx: true,
            historical: false,
            ...(planned ? { future: true } : {}),
          });
          break;
        }
        if (planned) {
          // "will hold talks on Saturday": the coming one, planned (a weekday is within the week).
          const ahead = (cue.day - published.getUTCDay() + 7) % 7;
          const date = daysBefore(published, -ahead);
          marks.push({
            ...mark(match.start, date, false, published),
            ...(ahead > 0 ? { future: true } : {}),
          });
          break;
        }
        const back = (published.getUTCDay() - cue.day + 7) % 7;
        const attributive = attributiveWeekday(tokens, match.start);
        const weekday: DateMark = {
          ...mark(match.start, daysBefore(published, back), false, published),
          ...(attributive ? { scope: attributive } : {}),
        };
        marks.push(weekday);
        if (!attributive) weekdays.push(weekday);
        break;
      }
      case 'month': {
        // "Feb. 21": past the abbreviation's point.
        const dayAt =
          tokens[match.end]?.text === '.' && tokens[match.end - 1]!.end === tokens[match.end]!.start
            ? match.end + 1
            : match.end;
        let day = dayNumber(tokens[dayAt]);
        let yearAt = dayAt + (day ? 1 : 0);
        if (!day) day = dayNumber(tokens[match.start - 1]);
        if (tokens[yearAt]?.text === ',') yearAt++;
        let year = yearNumber(tokens[yearAt]);
        // "Abdul Jan Barak": a month's short name is a month only with a day or a year by it.
        if (!day && !year && SHORT_MONTH_NAMES.has(tokens[match.start]!.lower)) break;
        // "the March 23 Movement (M23)", "the April 6 Youth Movement": a date that names a body.
        if (day && !year && NAMED_BODY_HEADS.has(tokens[dayAt + 1]?.lower ?? '') && tokens[dayAt + 1]!.cap)
          break;
        if (year) usedYears.push(yearAt);
        if (!published && !year) break;
        year ??= published!.getUTCFullYear();
        // "in late May": a part of the month told stands for a day in it, not the 1st.
        const dayOfMonth = day ?? partOfMonthDay(tokens, match.start) ?? 1;
        let date = new Date(Date.UTC(year, cue.month, dayOfMonth));
        // With no year, the nearest such date: "September 14" written in January is last September,
        // "October 25" written on 19 October is this one, ahead, and "January 3" written on
        // 28 December is next year's.
        // A month alone more than two months ahead is last year's unless the sentence speaks of what
        // will be: "In March, a warship sank", written in November, is last March; "to hold a match
        // in March", written in February, is next month.
        if (published && !usedYears.includes(yearAt)) {
          const ahead = date.getTime() - published.getTime();
          let shift = ahead > HALF_YEAR_MS ? -1 : ahead < -HALF_YEAR_MS ? 1 : 0;
          const monthAhead = Date.UTC(year + shift, cue.month, 1) - published.getTime();
          // "Relations had soured in January", written in December: a past tense puts it behind.
          if (
            !day &&
            monthAhead > 0 &&
            (speaksOfPast(tokens, match.start) ||
              (monthAhead > MONTH_ALONE_AHEAD_MS && !speaksOfFuture(cues)))
          )
            shift -= 1;
          if (shift !== 0) date = new Date(Date.UTC(year + shift, cue.month, dayOfMonth));
          // "in September last year": the month of the year before.
          if (tokens[dayAt]?.lower === 'last' && tokens[dayAt + 1]?.lower === 'year')
            date = new Date(Date.UTC(published.getUTCFullYear() - 1, cue.month, dayOfMonth));
          // "in late May", written on May 20: no later than the news, in the month of the news.
          const monthStart = Date.UTC(date.getUTCFullYear(), cue.month, 1);
          if (!day && monthStart <= published.getTime() && date.getTime() > published.getTime())
            date = new Date(published.getTime());
        }
        // "closed several times, including a closure in February that saw ...": a time of one
        // instance listed, not of the sentence (nor of the sentences after it).
        const instance = includedInstanceAt(tokens, match.start);
        const attributive =
          instance < 0 && day
            ? attributiveDate(tokens, match.start, yearAt, usedYears.includes(yearAt))
            : undefined;
        const month: DateMark = {
          ...mark(match.start, date, !day, published),
          ...(usedYears.includes(yearAt) ? {} : { yearless: true }),
          ...(instance >= 0
            ? { scope: { from: instance, to: clauseEnd(tokens, match.end), kind: 'attributive' as const } }
            : attributive
              ? { scope: attributive }
              : {}),
        };
        marks.push(month);
        if (usedYears.includes(yearAt) && instance < 0) monthsOfYear.push(month);
        break;
      }
      default:
        break;
    }
  }
  // "two days after Iran launched attacks": what follows "after" is that long before the news.
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'after') continue;
    const unit = tokens[i - 1]!.lower;
    const days = GAP_DAYS[unit];
    // "just months after deadly clashes in July": a plural unit with no count is a few of them.
    const count =
      days === undefined
        ? undefined
        : (countAt(tokens[i - 2]) ?? (unit.endsWith('s') ? UNCOUNTED_UNITS : undefined));
    if (days === undefined || count === undefined || !published) continue;
    // "closed its border for a month after balloons crossed": how long, not how long before.
    if (DURATION_MARKERS.has(tokens[i - 3]?.lower ?? '')) continue;
    const to = clauseEnd(tokens, i + 1);
    // "launched strikes on Thursday, two days after ...": the gap counts back from the main
    // clause's own time where it tells one, not from the news.
    const anchor = gapAnchor(marks, tokens, i, to);
    const from = anchor ?? published;
    const gap = mark(i, daysBefore(from, count * days), true, published);
    gap.scope = { from: i, to, kind: 'gap' };
    gap.gapDays = count * days + Math.round((published.getTime() - from.getTime()) / DAY_MS);
    marks.push(gap);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'num' || usedYears.includes(i)) continue;
    const year = yearNumber(token) ?? earlyYear(tokens, i);
    // "a farmer born in 1979": the year of a person's birth dates no act.
    if (tokens[i - 1]?.lower === 'born' || (tokens[i - 1]?.lower === 'in' && tokens[i - 2]?.lower === 'born'))
      continue;
    if (year !== null) {
      // Undated, a bare year is taken for the past: news tells its own time by weekday or date.
      const currentYear = published?.getUTCFullYear();
      if (currentYear === undefined || year < currentYear)
        marks.push({ at: i, date: null, approx: true, historical: true, year });
      continue;
    }
    // "the 1990s war"
    if (token.lower.length === 5 && token.lower.endsWith('0s'))
      marks.push({ at: i, date: null, approx: true, historical: true });
  }
  // "just months after deadly clashes in July": a time told inside a gap's clause dates nothing
  // outside it (it still passes to the next sentence, as the sentence's only time).
  const gaps = marks.filter((m) => m.scope?.kind === 'gap');
  for (const m of marks) {
    const scope =
      m.scope ?? subordinateScope(tokens, m.at) ?? (m.future ? futureClause(tokens, m.at) : undefined);
    const gap = scope ? undefined : gaps.find((g) => g.scope && m.at > g.scope.from && m.at < g.scope.to);
    if (gap?.scope) m.within = { from: gap.scope.from, to: gap.scope.to };
    if (scope) m.scope = scope;
    // "after last month's attack ... that killed 26": what a possessive date dates is that long before
    // the news, as a gap is (a toll told there is another event's).
    if (scope?.kind === 'attributive' && m.date && published && m.gapDays === undefined)
      m.gapDays = Math.round((published.getTime() - Date.parse(m.date)) / DAY_MS);
  }
  monthOfWeekday(weekdays, monthsOfYear);
  return marks;
}

/** Days a month told with its year must lie before a weekday for the weekday to be of that month. */
const WEEKDAY_MONTH_GAP_DAYS = 14;

/**
 * "In May 2021, the Sudanese and Ethiopian armies engaged Wednesday in military clash": a weekday
 * told with a month of another year is a day of that month, not of the week of the news.
 */
function monthOfWeekday(weekdays: readonly DateMark[], months: readonly DateMark[]): void {
  for (const weekday of weekdays) {
    if (!weekday.date) continue;
    const month = months.find(
      (m) =>
        !!m.date &&
        !m.scope &&
        Date.parse(weekday.date!) - Date.parse(m.date) > WEEKDAY_MONTH_GAP_DAYS * DAY_MS,
    );
    if (!month?.date) continue;
    weekday.date = month.date;
    weekday.approx = true;
    weekday.historical = month.historical;
  }
}

/** Words back from a habitual cue to the "of" of the deed a charge names. */
const CHARGED_DEED_REACH = 12;

/** Words of a charge whose "of" names the deed charged: "accused X of", "blamed for", "charged with". */
const CHARGE_VERB_STEMS = ['accus', 'blam', 'charg', 'suspect'];
/** Words between a charge verb and the "of" of its deed ("accused Egyptian officers of"). */
const CHARGED_OBJECT_REACH = 6;

/** Where "of <gerund>" starts before `at`, within its clause: the deed a charge names ("accused X of turning ..."). */
function chargedDeedStart(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at - 1; k >= Math.max(0, at - CHARGED_DEED_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return undefined;
    if (tokens[k]!.lower !== 'of' || !tokens[k + 1]?.lower.endsWith('ing')) continue;
    for (let v = k - 1; v >= Math.max(0, k - CHARGED_OBJECT_REACH); v--)
      if (CHARGE_VERB_STEMS.some((stem) => tokens[v]!.lower.startsWith(stem))) return k;
    return undefined;
  }
  return undefined;
}

/** A recent span told right after a habitual cue: "in the past 24 hours", "since Monday", "overnight". */
const RECENT_SPAN_AFTER =
  /^(?:in the (?:past|last) (?:\d+|few|two|three|24|48) (?:hours?|days?)|(?:in the )?(?:past|last) (?:24|48) hours|overnight|today|this (?:morning|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn))\b/;

/** The lowercased words of tokens [from, to), joined by spaces. */
function spanText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, Math.min(to, tokens.length))
    .map((t) => t.lower)
    .join(' ');
}

/** Days in a unit of a time gap before "after" ("two weeks after"). */
const GAP_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
};

/** How many of a plural unit told with no count ("months after") are taken: the fewest a plural names. */
const UNCOUNTED_UNITS = 2;

/** Words before a span that make it a duration ("for a month after"), not a gap. */
const DURATION_MARKERS = new Set(['for', 'within', 'lasting']);

/** The count a token writes ("two", "3", "a"), if any. */
function countAt(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (token.lower === 'a' || token.lower === 'one') return 1;
  if (token.kind === 'num') {
    const value = Number(token.lower);
    return Number.isInteger(value) && value > 0 && value < 1000 ? value : undefined;
  }
  return NUMBER_WORDS.get(token.lower)?.value;
}

/** Participles that open a reported clause after a comma (", saying the mines were left from the war"). */
const REPORTING_PARTICIPLES = new Set(['saying', 'adding', 'claiming', 'insisting', 'arguing', 'noting']);
/** Words that open a subordinate phrase a time expression may date alone. */
/** "the city of Isfara where a similar incident took place on June 3": a where-clause dates its own noun. */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
/** Words before a year that make it part of a noun phrase ("a 2018 agreement", "the 1962 war"). */
const ATTRIBUTIVE_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', "'s"]);
/** Words before "years of ..." that make it a span leading up to the news ("after years of talks"). */
const SPAN_LEADERS = new Set(['after', 'following', 'despite', 'ending', 'ended', 'end']);
/**
 * Participles that, right before a time and after a noun, tell when that noun's deed was done ("a
 * peace agreement signed last month", "the mines laid decades ago"), not when the sentence's news is.
 */
const REDUCED_RELATIVE_PARTICIPLES = new Set([
  'signed',
  'reached',
  'brokered',
  'struck',
  'concluded',
  'sealed',
  'adopted',
  'negotiated',
  'initialled',
  'initialed',
  'held',
  'laid',
  'planted',
  'built',
  'imposed',
  'fought',
]);
/** Words between such a participle and its time ("signed in December", "held earlier this month"). */
const TIME_LEADERS = new Set(['in', 'on', 'at', 'during', 'earlier', 'late', 'early', 'this', 'last']);
/** Words before a participle that make it a verb of the clause, not a noun's modifier ("was signed"). */
const PARTICIPLE_AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'it',
  'they',
  'he',
  'she',
  'we',
]);
const LONG_SPANS = new Set(['months', 'years', 'decades']);

/** Words a year follows when it dates the clause ("in 2018", "fought 2018-2020"), not a noun. */
const YEAR_GOVERNORS = new Set([
  'in',
  'since',
  'of',
  'by',
  'until',
  'till',
  'from',
  'during',
  'before',
  'after',
  'to',
  'between',
  'and',
  'or',
  'early',
  'late',
  'mid',
  'around',
  'through',
  'throughout',
]);
/** Words after a year that are no noun it could modify ("2018 and", "1979 when"). */
const YEAR_FOLLOWERS_NOT_NOUNS = new Set([
  'and',
  'or',
  'when',
  'after',
  'before',
  'as',
  'to',
  'until',
  'that',
  'which',
  'but',
  'while',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
]);

/**
 * "Seoul suspends 2018 military pact": a headline drops the article, so a year right after a verb
 * and before a lowercase word heads a noun phrase too.
 */
function headlineModifier(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    !!before &&
    before.kind === 'word' &&
    !YEAR_GOVERNORS.has(before.lower) &&
    !!after &&
    !YEAR_FOLLOWERS_NOT_NOUNS.has(after.lower)
  );
}

/** How far back from a time expression its opener ("since", "that") is looked for. */
const OPENER_WINDOW = 12;
/** How far back a since-clause's "since" is looked for. */
const SINCE_CLAUSE_REACH = 24;
/** "retaliation for", "in response to": what follows is the act answered. */
export const ANSWER_NOUNS: ReadonlySet<string> = new Set(['retaliation', 'response', 'revenge', 'reprisal']);
export const ANSWER_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to']);

/** Words a possessive date reaches past its noun, up to a relative clause that tells of it. */
const POSSESSIVE_NOUN_REACH = 8;

/**
 * Where the noun phrase after a possessive date ends: three words on, or the end of a relative
 * clause after it ("last month's attack on tourists in Pahalgam that killed 26 people").
 */
function possessiveNounEnd(tokens: readonly Token[], from: number): number {
  for (let k = from + 1; k < Math.min(tokens.length, from + POSSESSIVE_NOUN_REACH); k++) {
    const word = tokens[k]!.lower;
    if (word === ',' || word === ';') break;
    if (word === 'that' || word === 'which') return clauseEnd(tokens, k + 1);
  }
  return Math.min(from + 3, clauseEnd(tokens, from));
}

/** Prepositions of a time within a war: "during the 1999 conflict". */
const WITHIN_PREPOSITIONS = new Set(['during', 'in', 'throughout']);
/** Nouns of a war named by its year. */
const WAR_NOUNS = new Set(['war', 'conflict', 'fighting', 'clashes', 'hostilities', 'offensive']);

/** The subordinate phrase a time expression at `at` sits in, if any (see DateMark.scope). */
function subordinateScope(tokens: readonly Token[], at: number): DateMark['scope'] {
  // "a 2018 military agreement": the year belongs to the next few words.
  const year = tokens[at];
  const next = tokens[at + 1];
  // "the guarantors of the 1942 Rio Protocol urged": after a determiner, a name too.
  const determined = ATTRIBUTIVE_DETERMINERS.has(tokens[at - 1]?.lower ?? '');
  // "saw intense fighting during the 1999 conflict": what happened during a dated war is of its time.
  const duringWar =
    determined && WITHIN_PREPOSITIONS.has(tokens[at - 2]?.lower ?? '') && WAR_NOUNS.has(next?.lower ?? '');
  // "a war in the 1990s that killed": a decade followed by no noun is the time of the clause.
  const decadeAlone = year?.lower.endsWith('0s') === true && YEAR_FOLLOWERS_NOT_NOUNS.has(next?.lower ?? '');
  if (
    year?.kind === 'num' &&
    !duringWar &&
    !decadeAlone &&
    (determined || headlineModifier(tokens, at)) &&
    next?.kind === 'word' &&
    (!next.cap || determined)
  ) {
    // "since a 2020 ceasefire, called on both sides": the noun phrase ends at a comma.
    return { from: at + 1, to: Math.min(at + 4, clauseEnd(tokens, at + 1)), kind: 'attributive' };
  }
  // "suspending a peace agreement with Cambodia signed last month, after a landmine blast wounded
  // two soldiers": the time dates the signing, not the suspension or the blast.
  let participle = at - 1;
  while (participle > at - 3 && TIME_LEADERS.has(tokens[participle]?.lower ?? '')) participle--;
  const before = tokens[participle - 1];
  if (
    REDUCED_RELATIVE_PARTICIPLES.has(tokens[participle]?.lower ?? '') &&
    before?.kind === 'word' &&
    !PARTICIPLE_AUXILIARIES.has(before.lower) &&
    !(before.cap && participle - 1 === 0)
  )
    return { from: Math.max(0, participle - 4), to: clauseEnd(tokens, at + 1), kind: 'participle' };
  // "signed the treaty after years of talks", "fighting resumed after months of calm": how long
  // what came before lasted dates that phrase, not the news it led to.
  if (
    SPAN_LEADERS.has(tokens[at - 1]?.lower ?? '') &&
    LONG_SPANS.has(year?.lower ?? '') &&
    tokens[at + 1]?.lower === 'of'
  )
    return { from: at - 1, to: clauseEnd(tokens, at + 1), kind: 'relative' };
  // "returned four border villages it had seized decades ago": a relative clause with no "that"
  // dates what it tells of the noun before it.
  const relative = pronounRelativeBefore(tokens, at);
  if (relative >= 0) return { from: relative, to: clauseEnd(tokens, at + 1), kind: 'relative' };
  // "last month's attack", "Sunday's clash": a possessive date belongs to the noun after it.
  for (const possessive of [at + 1, at + 2]) {
    if (tokens[possessive]?.lower === "'s" && tokens[possessive + 1]?.kind === 'word')
      return { from: possessive + 1, to: possessiveNounEnd(tokens, possessive + 1), kind: 'attributive' };
  }
  for (let k = at; k >= Math.max(0, at - SINCE_CLAUSE_REACH); k--) {
    const word = tokens[k]!.lower;
    // "accused Cambodia of laying mines, a charge Phnom Penh denied, saying the mines were left over
    // from decades of civil war": what a participle reports is dated apart from the news before it.
    if (word === ',' && REPORTING_PARTICIPLES.has(tokens[k + 1]?.lower ?? ''))
      return { from: k + 1, to: clauseEnd(tokens, at + 1), kind: 'relative' };
    if (word === ',' || word === ';' || word === ':') return undefined;
    // "has come under attack since President Vladimir Putin ordered tens of thousands of troops into
    // Ukraine in February 2022": a since-clause may run longer than other openers' phrases.
    if (at - k > OPENER_WINDOW && word !== 'since') continue;
    // "the attacks were retaliation for Pakistani air strikes on Kabul earlier in the week": the
    // time of what was answered dates that act alone.
    if (ANSWER_PREPOSITIONS.has(word) && ANSWER_NOUNS.has(tokens[k - 1]?.lower ?? ''))
      return { from: k + 1, to: clauseEnd(tokens, at + 1), kind: 'relative' };
    // "launched rockets to avenge the killing of one of its commanders last month": the time of
    // the deed avenged dates that deed alone.
    if (AVENGING_WORDS.has(word)) return { from: k + 1, to: clauseEnd(tokens, at + 1), kind: 'relative' };
    // "clashed with rods and stones, similar to incidents in early May": the time of what the
    // news is likened to dates that alone.
    if (word === 'to' && tokens[k - 1]?.lower === 'similar')
      return { from: k - 1, to: clauseEnd(tokens, at + 1), kind: 'relative' };
    const relative = RELATIVE_OPENERS.has(word);
    if (word !== 'since' && !relative) continue;
    // "forces, who have held the area since 2021, opened fire": the relative clause is the outer phrase.
    if (!relative) {
      const outer = subordinateScope(tokens, k - 1);
      if (outer?.kind === 'relative') return outer;
    }
    // The phrase runs to the next comma; a relative clause also dates the noun it follows ("an
    // attack, which took place in 2019", "a truce that").
    let to = clauseEnd(tokens, at + 1);
    // "between 1991 and 1994, when the two armies fought": the when-clause tells of that time too.
    if (tokens[to]?.lower === ',' && tokens[to + 1]?.lower === 'when') to = clauseEnd(tokens, to + 2);
    // "Relations have soured since the war in 2022, and Ethiopia has accused Eritrea of ...": a
    // since-phrase inside a clause does not date the next one; opening the sentence, it dates all.
    if (!relative)
      return { from: k, to, kind: 'since', ...(k > 0 ? { reach: joinedClauseAfter(tokens, to) } : {}) };
    return {
      from: Math.max(0, tokens[k - 1]?.lower === ',' ? k - 3 : k - 2),
      to,
      kind: 'relative',
      ...(word === 'that' && REPORTING_VERBS.has(tokens[k - 1]?.lower ?? '')
        ? { reported: true as const }
        : {}),
    };
  }
  return undefined;
}

/** Conjunctions that, after a comma, open a clause of its own: ", and urged", ", but said". */
export const NEW_CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while']);

/** Where "and that" opens a second reported clause after `from`, or -1. */
function secondReportedClause(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length - 1; k++)
    if (tokens[k]!.lower === 'and' && tokens[k + 1]!.lower === 'that') return k;
  return -1;
}

/** Where the clause holding token `at` begins: after the last comma or semicolon before it, else 0. */
function clauseStartBefore(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) if (tokens[k]!.lower === ',' || tokens[k]!.lower === ';') return k + 1;
  return 0;
}

/** Words an aside between a subject and its verb may hold: ", sometimes fatal,". */
const SUBJECT_ASIDE_WORDS = 4;

/**
 * "Clashes, sometimes fatal, occur regularly": a clause that starts after a short aside set off by
 * commas goes back to the subject before the aside.
 */
function subjectBeforeAside(tokens: readonly Token[], from: number): number {
  if (from < 2 || tokens[from - 1]!.text !== ',') return from;
  for (let k = from - 2; k >= Math.max(1, from - 2 - SUBJECT_ASIDE_WORDS); k--) {
    if (tokens[k]!.text !== ',') {
      if (tokens[k]!.lower.endsWith('ed') || tokens[k]!.kind !== 'word') return from;
      continue;
    }
    return clauseStartBefore(tokens, k);
  }
  return from;
}

/** Where the next clause joined by ", and" / ", but" or a semicolon begins after `from`, or the sentence's end. */
function joinedClauseAfter(tokens: readonly Token[], from: number, perfectGoesOn = false): number {
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]!.lower === ';') return k;
    // "For years now, Rwanda's forces have provided materiel to M23, and have fought alongside
    // them": a habit's second perfect, of the same subject, goes on with its clause.
    if (
      tokens[k]!.lower === ',' &&
      NEW_CLAUSE_JOINERS.has(tokens[k + 1]?.lower ?? '') &&
      !(perfectGoesOn && PERFECT_BEFORE_HABIT.has(tokens[k + 2]?.lower ?? ''))
    )
      return k;
    // "orchestrating the crisis since 2021, a charge Belarus denies": the apposition is told now.
    if (summingAppositionAt(tokens, k)) return k;
  }
  return tokens.length;
}

/** Nouns that sum up the clause before them in an apposition: ", a move Somalia condemned". */
const SUMMING_NOUNS = new Set([
  'move',
  'step',
  'decision',
  'development',
  'measure',
  'charge',
  'claim',
  'accusation',
]);

/** Does the comma at `k` open a summing-up apposition (", a move Somalia called a violation")? */
export function summingAppositionAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.text !== ',') return false;
  const article = tokens[k + 1]?.lower;
  return (article === 'a' || article === 'an') && SUMMING_NOUNS.has(tokens[k + 2]?.lower ?? '');
}

/**
 * A time to come dates its own clause only: "urged both sides to exercise restraint, and the two
 * delegations are due to meet in Doha on Saturday" made an appeal, whatever the meeting is yet to be.
 */
function futureClause(tokens: readonly Token[], at: number): DateMark['scope'] {
  return { from: clauseStartBefore(tokens, at), to: joinedClauseAfter(tokens, at), kind: 'clause' };
}

/** The first comma or semicolon from `from` on, or the sentence's end. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to < tokens.length && tokens[to]!.lower !== ',' && tokens[to]!.lower !== ';') to++;
  return to;
}

/**
 * The day the main clause of a gap at `at` (its clause ending at `to`) tells: the nearest exact
 * time before the gap, or else the first after its clause, that no subordinate phrase holds.
 */
function gapAnchor(
  marks: readonly DateMark[],
  tokens: readonly Token[],
  at: number,
  to: number,
): Date | null {
  const main = (m: DateMark) =>
    m.date !== null && !m.approx && !m.historical && !m.scope && !subordinateScope(tokens, m.at);
  let anchor: DateMark | undefined;
  for (const m of marks) if (m.at < at && main(m) && (!anchor || m.at > anchor.at)) anchor = m;
  anchor ??= marks.filter((m) => m.at >= to && main(m)).sort((a, b) => a.at - b.at)[0];
  return anchor?.date ? new Date(Date.parse(anchor.date)) : null;
}

/** Does a time expression date an event whose trigger starts at `at` (see DateMark.scope)? */
function datesEventAt(mark: DateMark, at: number): boolean {
  // A subordinate phrase after the event's word dates only what it tells, and so do an attributive
  // year and a time gap anywhere ("Russia, with peacekeepers under a 2020 deal, called for calm").
  // A since-phrase before it, such as "since late 2020, when Sudan moved troops", still dates what
  // follows; a relative clause closed before it does not ("Kyrgyz forces, who have held the area
  // since 2021, opened fire").
  const { scope, within } = mark;
  if (within && (at < within.from || at >= within.to)) return false;
  if (!scope || (at >= scope.from && at < scope.to)) return true;
  return mark.at < at && scope.kind === 'since' && at < (scope.reach ?? Number.POSITIVE_INFINITY);
}

/**
 * Is token `at` in a clause told as at least `minDays` before the news ("two weeks after gunmen
 * killed 26")?
 */
export function inTimeGap(marks: readonly DateMark[], at: number, minDays: number): boolean {
  return timeGapAt(marks, at, minDays) !== undefined;
}

/** The clause told at least `minDays` before the news that token `at` is in ("a day after ..."), if any. */
export function timeGapAt(
  marks: readonly DateMark[],
  at: number,
  minDays: number,
): DateMark['scope'] | undefined {
  return marks.find(
    (m) => (m.gapDays ?? 0) >= minDays && m.scope !== undefined && at >= m.scope.from && at < m.scope.to,
  )?.scope;
}

/** The time expression nearest (by token distance) to an event's word at `at` that dates it, if any. */
export function nearestMark(marks: readonly DateMark[], at: number): DateMark | undefined {
  let best: DateMark | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestInside = false;
  for (const candidate of marks) {
    if (!datesEventAt(candidate, at)) continue;
    const distance = Math.abs(candidate.at - at);
    // The time of the phrase the event's word sits in before any other ("a peace agreement with
    // Cambodia signed last month": not "on Monday", though as near).
    const { scope } = candidate;
    const inside =
      scope !== undefined &&
      (scope.kind === 'participle' || scope.kind === 'attributive') &&
      at >= scope.from &&
      at < scope.to;
    if (bestInside && !inside) continue;
    if ((inside && !bestInside) || distance < bestDistance) {
      bestInside = inside;
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Auxiliaries of the perfect, before a habit's adverb: "have repeatedly violated". */
const PERFECT_BEFORE_HABIT = new Set(['have', 'has', 'had', "'ve"]);

/** Is the cue "repeatedly" before a regular simple past ("repeatedly rammed"), not a perfect? */
function simplePastRepeat(tokens: readonly Token[], match: TrieMatch<Cue>): boolean {
  if (tokens[match.start]!.lower !== 'repeatedly' || match.end - match.start !== 1) return false;
  if (PERFECT_BEFORE_HABIT.has(tokens[match.start - 1]?.lower ?? '')) return false;
  return tokens[match.end]?.lower.endsWith('ed') ?? false;
}

/** Counts of times that tell a tally only after a perfect: "have clashed twice". */
const COUNTED_TIMES = new Set(['twice', 'three']);
/** Words back from a count of times within which its perfect's auxiliary is looked for. */
const PERFECT_REACH = 3;

/** Is there "have", "has" or "had" within a few words before `at`? */
function perfectBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - PERFECT_REACH); k--)
    if (PERFECT_BEFORE_HABIT.has(tokens[k]!.lower)) return true;
  return false;
}

/** Adjectives of a long age that date only the noun they modify: "the long-running dispute". */
const AGE_ADJECTIVES = new Set([
  'long-running',
  'long-standing',
  'longstanding',
  'decades-old',
  'decades-long',
]);

/** Is the cue an age adjective after a determiner ("the long-running border dispute")? */
function ageAdjective(tokens: readonly Token[], match: TrieMatch<Cue>): boolean {
  const words = tokens
    .slice(match.start, match.end)
    .map((t) => t.lower)
    .join('')
    .replace(/\s/g, '');
  return AGE_ADJECTIVES.has(words) && ATTRIBUTIVE_DETERMINERS.has(tokens[match.start - 1]?.lower ?? '');
}

/** Tokens either side of a cue within which the commas of an aside are looked for. */
const ASIDE_REACH = 10;

/**
 * The aside a cue sits in, set off by commas after a name: "Armenia and Azerbaijan, longstanding
 * adversaries with a history of conflicts, have accused each other", "Russia, which historically
 * mediated the conflict, urged restraint". What it tells of the past dates nothing outside it.
 */
function commaAside(tokens: readonly Token[], start: number, end: number): DateMark['scope'] | undefined {
  let open = -1;
  for (let k = start - 1; k >= Math.max(1, start - ASIDE_REACH); k--) {
    if (tokens[k]!.text === ',') {
      open = k;
      break;
    }
  }
  // ("Clashes, sometimes fatal, occur regularly": a capitalised first word may be no name; before a
  // relative clause it is its antecedent.)
  const relativeAfter = tokens[open + 1]?.lower === 'which' || tokens[open + 1]?.lower === 'who';
  if (open < 1 || !tokens[open - 1]!.cap || (open < 2 && !relativeAfter)) return undefined;
  let close = -1;
  for (let k = end; k < Math.min(tokens.length, end + ASIDE_REACH); k++)
    if (tokens[k]!.text === ',') {
      close = k;
      break;
    }
  if (close < 0) return undefined;
  // A noun phrase, or a relative clause: no verb of its own outside one.
  for (let k = open + 1; k < close && !relativeAfter; k++)
    if (tokens[k]!.lower.endsWith('ed')) return undefined;
  return { from: open + 1, to: close, kind: 'attributive' };
}
