import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakers } from '../helpers/quote-rows.js';

test('a title with a capitalised verb-like word before the name: the name speaks, not "Secretary of"', async () => {
  assert.deepEqual(await speakers('Officials met on Monday. “We will keep talking to Moscow,” Secretary of State Antony Blinken said.'), [['We will keep', 'Antony Blinken']]);
  assert.deepEqual(
    await speakers('Officials met on Monday. “These deployments are extremely expensive,” Under Secretary of State Victoria Nuland said during the briefing. “So is the weaponry.”'),
    [
      ['These deployments are', 'Victoria Nuland'],
      ['So is the', 'Victoria Nuland'],
    ],
  );
  // A lower-case cue after the name still ends the source.
  assert.deepEqual(await speakers('Officials met on Monday. “We see no reason to panic,” Ukraine’s defence minister Oleksii Reznikov said.'), [['We see no', 'Oleksii Reznikov']]);
  // A verb of speech after a determiner is a noun: "the report said" is said by the report.
  assert.deepEqual(await speakers('A newspaper covered the visit. “The event was attended by the last survivors,” the report said.'), [['The event was', 'report']]);
});

test('"the UN chief" and "the top UN official" are the Secretary-General named before; "the official" alone is no one', async () => {
  const got = await speakers(
    'UN Secretary-General Antonio Guterres on Tuesday called for a pause in the fighting. The UN chief said a pause is all the more important. ' +
      'The top UN official said that more than 4 million people need assistance. The official said the talks were over.',
  );
  const by = new Map(got);
  assert.equal(by.get('a pause is'), 'Antonio Guterres');
  assert.equal(by.get('more than 4'), 'Antonio Guterres');
  assert.notEqual(by.get('the talks were'), 'Antonio Guterres');
});
