/**
 * A time between a subject and its verb ("Biden on Wednesday said …") is no speaker of a participle cue after the
 * reported clause ("…, adding …"): the participle takes the subject of the sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakers } from '../helpers/quote-rows.js';

const CASES: { name: string; text: string; want: [string, string | null][] }[] = [
  {
    name: '"X on Wednesday said …, adding …": both clauses are X’s',
    text: 'Biden on Wednesday said that Russia would pay dearly, adding that Putin would regret it.',
    want: [
      ['Russia would pay', 'Biden'],
      ['Putin would regret', 'Biden'],
    ],
  },
  {
    name: 'a quotation after the participle, with "last week" before the verb',
    text: 'Dmitry Peskov last week told reporters that talks were possible, adding Moscow "will not wait forever."',
    want: [
      ['talks were possible', 'Dmitry Peskov'],
      ['Moscow "will not', 'Dmitry Peskov'],
    ],
  },
  {
    name: 'a participle that reports nothing gives no statement',
    text: 'The talks on Wednesday ended without a deal, adding to fears of war.',
    want: [],
  },
];

for (const c of CASES) {
  test(c.name, async () => {
    assert.deepEqual(await speakers(c.text), c.want);
  });
}
