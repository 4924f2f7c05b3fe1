/**
 * The scope of a figure: what stretch of events it counts, read from its sentence. Two figures about the
 * same thing are compared only within one scope: "14,000 killed since 2014" (the war in the east) and
 * "2,345 killed" in the OHCHR's count since the invasion of 24 February 2022, or "52 killed" at the
 * Kramatorsk station, are not rival estimates of one number.
 *
 * - `since-2014`: a tally of the war in the east ("since 2014", "in nearly eight years of fighting", "since
 *   the conflict began" in an article published before the invasion).
 * - `since-invasion`: a tally since 24 February 2022 ("since the invasion began", "since Russia invaded",
 *   "since February 24"). It grows from day to day, so its figures are compared only with figures stated
 *   within a few days of each other.
 * - `at:PLACE`: a casualty count of one incident, placed by the place nearest to it that its sentence names
 *   after a locative word ("killed in Kramatorsk", "the shelling of Kharkiv", "a strike on Kyiv", not "on Telegram"; a city, not a country, and not
 *   "Kyiv says"). Compared only within a few days.
 * - `in:PLACE`: forces counted where they are ("30,000 troops in Belarus", "to neighbouring Belarus", "Belarus,
 *   where Moscow is sending 30,000 troops", the forces of joint drills with a country named before them), apart from forces
 *   massed near a country ("100,000 troops near Ukraine", no scope). Their own country is no such place.
 */

export interface FigureScope {
  /** Grouping key ("since-2014", "since-invasion", "at:Kramatorsk"). */
  key: string;
  /** Words added to the group's label ("since 2014", "in Kramatorsk"). */
  label: string;
  /** Figures further apart in date (days) are not compared; null: compared whatever their dates. */
  window: number | null;
}

const INVASION_DAY = '2022-02-24';
/** Days within which two figures of a growing tally or of one incident are compared. */
const WINDOW_DAYS = 3;

const SINCE_2014 =
  /\bsince\s+(?:early\s+|mid-?|late\s+|april\s+|spring\s+)?2014\b|\b(?:nearly|almost|more\s+than|over|some|about)\s+(?:eight|8)\s+years\s+of\s+(?:fighting|war|conflict)\b|\bin\s+(?:eastern\s+)?Ukraine'?s?\s+east\s+since\b/i;
const SINCE_INVASION =
  /\bsince\s+(?:the\s+)?(?:start\s+of\s+(?:the\s+)?|beginning\s+of\s+(?:the\s+)?|outbreak\s+of\s+(?:the\s+)?)?(?:Russian\s+|Russia['’]s\s+|Moscow['’]s\s+|full[- ]scale\s+)*(?:invasion|offensive|special\s+military\s+operation|military\s+operation)\b|\bsince\s+(?:Russia|Moscow|Russian\s+(?:forces|troops))\s+(?:invaded|began|launched|started|attacked)\b|\bsince\s+(?:February|Feb\.?)\s+24\b|\bsince\s+24\s+(?:February|Feb\.?)\b/i;
/** "since the war began": the war in the east before the invasion, the invasion after it. */
const SINCE_WAR = /\bsince\s+(?:the\s+)?(?:start\s+of\s+(?:the\s+)?|beginning\s+of\s+(?:the\s+)?)?(?:war|conflict|fighting)\b/i;

/** Keys of casualty counts, whose incidents are told apart by place. */
const CASUALTY_KEYS = new Set(['killed', 'wounded', 'casualty']);
/** Keys of forces, told apart by where they are stationed. */
const TROOP_KEYS = new Set(['troop']);
/** "in Belarus", "into Crimea", "stationed in Transnistria": where forces are, not what they are near. */
const STATIONED_BEFORE =
  /\b(?:in|into|inside|within|to)\s+(?:the\s+)?(?:(?:neighbou?ring|allied|fellow|nearby)\s+|its\s+(?:(?:allied|close|northern|western|southern)\s+)?(?:ally|neighbou?r)\s+)*(?:(?:region|district|oblast|province|republic)\s+of\s+)?$/i;
/** "Belarus, where Moscow is preparing to send 30,000 troops": the place before the forces, in a clause about it. */
const WHERE_AFTER = /^,?\s+where\s+[^.;:()]*$/i;
/** Joint drills: forces taking part in drills with a country are in that country ("war games with Belarus that involved …"). */
const EXERCISES = /\b(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)\b/i;
const MASSED_NEAR = /^[^.;:]*?\b(?:near|along|around|close\s+to|(?:on|at)\s+(?:[\p{L}'’-]+\s+){0,3}(?:borders?|frontiers?))\b/iu;
const EXERCISE_PLACE_BEFORE = /\b(?:with|and)\s+(?:(?:neighbou?ring|allied|fellow)\s+)?$/i;

export interface PlaceInSentence {
  /** Canonical name (the identity's). */
  name: string;
  /** Whether it names a country or a larger area ("Ukraine", "Europe"), too wide to tell incidents apart. */
  wide: boolean;
  /** Where the mention starts and ends, in the same offsets as the figure. */
  start: number;
  end: number;
}

/** A place is where something happened when a locative word leads to it ("in", "near", "the city of"), not when it speaks ("Kyiv says"). */
const LOCATIVE_BEFORE = /(?:\b(?:in|near|at|outside|around|of|into|over|across)|\b(?:attacks?|strikes?|assaults?|shelling|raids?|bombings?|offensive|advance)\s+on)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|besieged|port|frontline|front-line)\s+)?(?:(?:city|town|village|region|district|port|oblast|province|settlement|suburb|area)\s+of\s+)?$/i;

/**
 * The scope of a figure from its sentence, the article's date and the places the document names, or null
 * when the sentence says nothing of it.
 */
export function figureScope(
  sentence: { text: string; start: number },
  figure: { start: number; end: number; aboutKey: string; actor?: string | null },
  date: string | null,
  places: readonly PlaceInSentence[],
): FigureScope | null {
  const aboutKey = figure.aboutKey;
  const text = sentence.text;
  if (SINCE_2014.test(text)) return { key: 'since-2014', label: 'since 2014', window: null };
  if (SINCE_INVASION.test(text)) return { key: 'since-invasion', label: 'since the invasion', window: WINDOW_DAYS };
  if (SINCE_WAR.test(text) && date) {
    return date < INVASION_DAY
      ? { key: 'since-2014', label: 'since 2014', window: null }
      : { key: 'since-invasion', label: 'since the invasion', window: WINDOW_DAYS };
  }
  const casualty = CASUALTY_KEYS.has(aboutKey);
  const troops = TROOP_KEYS.has(aboutKey);
  // Not forces said to be massed near a border, whatever drills the sentence also names.
  const exercises = troops && EXERCISES.test(text) && !MASSED_NEAR.test(text.slice(figure.end - sentence.start, figure.end - sentence.start + 40));
  if (casualty || troops) {
    let place: PlaceInSentence | null = null;
    let best = Infinity;
    for (const p of places) {
      if (p.start < sentence.start || p.end > sentence.start + text.length) continue;
      const before = text.slice(Math.max(0, p.start - sentence.start - 60), p.start - sentence.start);
      if (casualty && (p.wide || !LOCATIVE_BEFORE.test(before))) continue;
      // Troops are told apart by the country or place they are in, not by their own country or one they are near;
      // the place follows them in their own clause ("30,000 troops to Belarus", not "…, while … to the Donbas").
      if (troops) {
        if (figure.actor && p.name === figure.actor) continue;
        const after = p.start >= figure.end;
        const between = after ? text.slice(figure.end - sentence.start, p.start - sentence.start) : text.slice(p.end - sentence.start, figure.start - sentence.start);
        // Not when the forces are first said to be massed near a border ("150,000 troops along its border and … into Belarus"),
        // nor a place that owns ("compared to Russia's 4,000").
        const owner = /^['’]s?\b/.test(text.slice(p.end - sentence.start, p.end - sentence.start + 3));
        const stationed = after && !owner && STATIONED_BEFORE.test(before) && between.length <= 60 && !/[,;:()]/.test(between) && !MASSED_NEAR.test(between);
        const where = !after && between.length <= 100 && WHERE_AFTER.test(between);
        // "war games with Belarus that involved 200,000 troops", "Russia and Belarus launched drills, with 30,000 troops …".
        const drills = exercises && !after && EXERCISE_PLACE_BEFORE.test(before) && between.length <= 120 && !/[;:()]/.test(between) && !/,(?!\s+with\s)/.test(between);
        if (!stationed && !where && !drills) continue;
      }
      const distance = p.start >= figure.end ? p.start - figure.end : figure.start - p.end;
      if (distance < best) {
        best = distance;
        place = p;
      }
    }
    if (place && casualty) return { key: `at:${place.name}`, label: `in ${place.name}`, window: WINDOW_DAYS };
    if (place) return { key: `in:${place.name}`, label: `in ${place.name}`, window: null };
  }
  return null;
}

/**
 * Days within which two figures of a group are rivals: the scope's window, or, for casualty counts with no scope
 * (no tally, no place), a few days too: "people killed" stated a month apart counts different events, not rival
 * estimates of one. Null: compared whatever their dates.
 */
export function comparisonWindow(aboutKey: string, scope: FigureScope | null): number | null {
  if (scope) return scope.window;
  return CASUALTY_KEYS.has(aboutKey) ? WINDOW_DAYS : null;
}

/** Days between two ISO dates (YYYY-MM-DD), or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a.slice(0, 10));
  const tb = Date.parse(b.slice(0, 10));
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(ta - tb) / 86_400_000;
}
