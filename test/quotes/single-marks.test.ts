/**
 * Quotations in single marks, British style: read as quotations when a text opens its quotations in single marks
 * (and more often than in double ones), with apostrophes left alone and double marks inside them nested; American
 * text that nests single marks inside double ones is left as it is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { britishQuotes } from '../../src/analyze/quotes/marks.js';
import { speakers } from '../helpers/quote-rows.js';

const BRITISH =
  "Mr Mahon said: 'I used to think \"perfect storm\" was a cliche until we found ourselves in the middle of it. " +
  "'It is perhaps a greater long-term challenge than the lockdowns, and drinkers' budgets are tight. " +
  "'The beer trade is a resilient industry, one that's full of passionate people.'\n" +
  "The brewer's boss said prices were 'eye-watering'.";

test('single marks: offsets kept, marks read as double, apostrophes and nested double marks handled', () => {
  const read = britishQuotes(BRITISH);
  assert.equal(read.length, BRITISH.length);
  // Only quotation marks change.
  for (let i = 0; i < read.length; i++) if (read[i] !== BRITISH[i]) assert.match(BRITISH[i]!, /['"]/);
  assert.ok(read.includes('said: “I used to think ‘perfect storm‘ was'));
  assert.ok(read.includes("drinkers' budgets"), 'a plural possessive stays an apostrophe');
  assert.ok(read.includes("that's full"), 'an apostrophe inside a word stays');
  assert.ok(read.includes('people.”'));
  assert.ok(read.includes('were “eye-watering”.'));
});

test('single marks: the quotations and their speaker', async () => {
  assert.deepEqual(await speakers(BRITISH), [
    ['I used to', 'Mahon'],
    ['It is perhaps', 'Mahon'],
    ['The beer trade', 'Mahon'],
    ['prices were \'eye-watering', 'brewer\'s boss'],
  ]);
});

test('single marks nested in double ones (American style) are left alone', () => {
  const text = '"I said, \'The lesson of history is clear,\'" Mr. Hale said. "Then he said: \'Thanks for coming.\'" Ms. Ruiz added: "No."';
  assert.equal(britishQuotes(text), text);
});

test('one quotation in single marks is not enough to read a text so', () => {
  const text = "Officials called the plan 'reckless'. The minister said: 'We will see.' Nothing else was said.";
  assert.equal(britishQuotes(text), text);
});
