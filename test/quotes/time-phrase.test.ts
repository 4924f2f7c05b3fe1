import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rows } from '../helpers/quote-rows.js';

test('a time phrase between the subject and its verb of speech is skipped whole, preposition and article included', () => {
  const speakers = (text: string) => rows(text).map((r) => r[1]);
  assert.deepEqual(speakers('The State Department over the weekend warned that citizens should leave.'), ['The State Department']);
  assert.deepEqual(speakers('The ministry on Monday said that talks would resume.'), ['The ministry']);
  // Without a noun before the time phrase the pronoun subject stays.
  assert.deepEqual(speakers('He on Monday said that talks would resume.'), ['He']);
  // A finding's subject keeps its prepositional phrases, time included.
  assert.deepEqual(speakers('A survey by the group in March found that voters were angry.'), ['A survey by the group in March']);
});
