/**
 * A statement reported inside another one ("Murphy said Clinton told him that …") is kept as the inner speaker's
 * too, for verbs of speech with a named or personal subject; other inner verbs stay with the outer statement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rows } from '../helpers/quote-rows.js';

const CASES: { name: string; text: string; want: [string, string | null, string | null][] }[] = [
  {
    name: 'a named speaker told inside a statement',
    text: 'Murphy said Clinton told him that the deal was dead.',
    want: [
      ['Clinton told him that the deal was dead', 'Murphy', 'said'],
      ['the deal was dead', 'Clinton', 'told'],
    ],
  },
  {
    name: 'a pronoun subject inside a statement',
    text: 'The statement noted that they had previously said they would take further measures.',
    want: [
      ['they had previously said they would take further measures', 'The statement', 'noted'],
      ['they would take further measures', 'they', 'had previously said'],
    ],
  },
  {
    name: 'a described group inside a statement stays with the outer speaker',
    text: 'Murphy said officials told him that the deal was dead.',
    want: [['officials told him that the deal was dead', 'Murphy', 'said']],
  },
  {
    name: 'a verb that is not of speech inside a statement stays with the outer speaker',
    text: 'Murphy said Clinton believed that the deal was dead.',
    want: [['Clinton believed that the deal was dead', 'Murphy', 'said']],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    assert.deepEqual(rows(c.text).map((r) => [r[0], r[1], r[2]]), c.want);
  });
}
