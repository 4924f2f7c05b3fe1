/**
 * The tense around a time expression, from cue words in its sentence.
 *
 * The cue nearest to the expression decides (a sentence may say "said on Monday it will ...").
 * Future cues: will, 'll, shall, going to, plans to, is due to, scheduled, set to, would, as soon as.
 * Past cues: was, were, had, did, said and other lower-case words in -ed (a short list of
 * -ed adjectives that usually look forward, like "expected" and "scheduled", is excluded).
 * Present cues: is, are, says and other present forms of report verbs.
 */

export type Tense = 'past' | 'present' | 'future';

const WINDOW = 300;

interface Cue {
  re: RegExp;
  tense: Tense;
}

const CUES: Cue[] = [
  { re: /\b(?:will|won't|shall|would|wo)\b|'ll\b|\bgoing\s+to\b|\b(?:is|are)\s+(?:due|to)\b|\b(?:set|scheduled|expected|slated|supposed|due|ready)\s+to\b|\b(?:plans?|planned|planning|intends?|hopes?|aims?)\s+to\b|\bupcoming\b|\b(?:as\s+soon\s+as|postponed\s+until|delayed\s+until)\b/g, tense: 'future' },
  { re: /\b(?:was|were|had|did|said|told|met|made|took|went|came|gave|began|left|held|sent|spoke|wrote|saw|found|became|got|put|led|won|lost|fell|rose|paid|kept|ran|brought|announced)\b/g, tense: 'past' },
  { re: /\b[a-z]{3,}ed\b/g, tense: 'past' },
  { re: /\b(?:is|are|says|say|tells|warns|has|have|does|do)\b/g, tense: 'present' },
];

/** -ed words that are not past-tense verbs here, or that look forward. */
const NOT_PAST = new Set([
  'expected', 'scheduled', 'planned', 'proposed', 'needed', 'based', 'limited', 'related', 'united', 'supposed',
  'advanced', 'armed', 'concerned', 'interested', 'detailed', 'alleged', 'so-called', 'speed', 'need', 'indeed',
  'proceed', 'exceed', 'succeed', 'bred', 'shed', 'seed', 'feed', 'weed', 'breed', 'red', 'bed', 'wed', 'hundred',
  'unprecedented', 'embed', 'freed', 'reed', 'agreed', 'guaranteed',
]);

/**
 * The tense of the clause around `[start, end)` within `sentence` (offsets into `text`), or null when no cue is found.
 */
export function tenseAround(text: string, sentence: [number, number], start: number, end: number): Tense | null {
  // Look at most WINDOW characters either side (a "sentence" may be a whole unpunctuated page).
  const from = Math.max(sentence[0], start - WINDOW);
  const to = Math.min(sentence[1], end + WINDOW);
  const s = text.slice(from, to);
  const relStart = start - from;
  const relEnd = end - from;
  let best: { dist: number; tense: Tense } | null = null;
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(s)) !== null) {
      if (cue.tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
      // "was due to be paid on Thursday", "will be held on Friday": a participle after "be" has no tense of its own.
      if (cue.tense === 'past' && /\b(?:be|been|being)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
      const a = m.index;
      const b = a + m[0].length;
      if (a < relEnd && b > relStart) continue; // inside the expression itself
      // A cue before the expression (the verb it modifies, usually) wins over any cue after it.
      const dist = b <= relStart ? relStart - b : 100_000 + (a - relEnd);
      if (!best || dist < best.dist) best = { dist, tense: cue.tense };
    }
  }
  return best ? best.tense : null;
}
