/**
 * The dateline that opens a wire report ("ISLAMABAD/NEW DELHI, May 7 (Reuters) - India struck ...").
 * It says where the report was filed, not who did what: read as part of the first sentence, its
 * capitals become the actors of the lead ("NEW DELHI ... Pakistan said it shot down ...").
 */

// Non-ASCII characters as \u escapes, which the regex reads: esbuild escapes them everywhere but in
// String.raw, and one such character left in a bundle makes Node decode the whole file on its slow
// path at every cold start (about 5 ms for the scorer's).

/** One city of a dateline: capitals (with spaces, dots, hyphens and apostrophes), or Title Case words. */
const CAPS_CITY = String.raw`[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+){0,3}`;
const TITLE_CITY = String.raw`[A-Z][a-z.'\u2019\-]+(?: [A-Z][a-z.'\u2019\-]+){0,2}`;
/** The country or state after a city: "PUTRAJAYA, Malaysia, July 28". */
const REGION = String.raw`(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,| \(| ?[-\u2013\u2014]))?`;
const DAY = String.raw`(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?`;
/** The agency in brackets, "(Reuters)", "(RFE/RL)", "(AKIpress)". */
const AGENCY = String.raw`\(([A-Za-z][A-Za-z .&'\u2019/\-]{0,30})\)`;
const DASH = ' ?(?:--|[-\u2013\u2014]) ';
/** TASS writes its name between slashes after the date: "ASTANA, December 22. /TASS/. Kazakh President". */
const SLASHED_AGENCY = String.raw`/([A-Za-z][A-Za-z\-]{1,20})/\.`;

/**
 * Capitals ("BISHKEK -", "SEOUL, Nov 23 (AP) -", "ISLAMABAD/NEW DELHI (Reuters) --"), or Title Case
 * only when an agency follows ("Kabul, Oct 12 (AFP) -"): "Kyrgyzstan - the ..." is no dateline.
 * Groups: 1 the capitals' cities, 2 their region and 3 their agency; 4 the Title Case cities and 5
 * their agency; 6 a TASS city and 7 its agency.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?:(?:(${CAPS_CITY}(?:/${CAPS_CITY})*)(${REGION})${DAY}(?: ${AGENCY})?|(${TITLE_CITY}(?:/${TITLE_CITY})*)${DAY} ${AGENCY})${DASH}|(${CAPS_CITY})${DAY}\. ${SLASHED_AGENCY} )(?=\S)`,
);

/** Length of the dateline that opens `text` (0 when there is none). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** Paragraphs a dateline may open: a standfirst or two may come before the report's body. */
const DATELINE_PARAGRAPHS = 3;

/** A text cut at its dateline. */
export interface DatelineSplit {
  /** The text without its dateline. */
  body: string;
  /** The cities the dateline names, as written ("ISLAMABAD", "NEW DELHI"); none without a dateline. */
  cities: string[];
  /** The country or state written after the city ("Malaysia" in "PUTRAJAYA, Malaysia, July 28"). */
  region: string | null;
  /** The agency that filed it: "Reuters" in "BISHKEK (Reuters) -", "TASS" in "/TASS/.". */
  agency: string | null;
}

/**
 * The text without its dateline, whether the dateline opens the text or one of its first
 * paragraphs (a feed's full text often begins with a standfirst, then "BAMAKO, April 7 (Reuters) -"),
 * and what the dateline names: where the report was filed (a place of the story all the same) and
 * the agency that filed it.
 */
export function splitDateline(text: string): DatelineSplit {
  let start = 0;
  for (let paragraph = 0; paragraph < DATELINE_PARAGRAPHS && start <= text.length; paragraph++) {
    const match = DATELINE.exec(text.slice(start));
    if (match) {
      const cities = match[1] ?? match[4] ?? match[6] ?? '';
      return {
        body: text.slice(0, start) + text.slice(start + match[0].length),
        cities: cities.split('/'),
        region: match[2]?.slice(2) || null,
        agency: match[3] ?? match[5] ?? match[7] ?? null,
      };
    }
    const newline = text.indexOf('\n', start);
    if (newline < 0) break;
    start = newline + 1;
  }
  return { body: text, cities: [], region: null, agency: null };
}
