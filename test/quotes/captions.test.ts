import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../../src/doc/doc.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import { findQuotes, looksLikeCaption } from '../../src/analyze/quotes/index.js';

function speakersOf(text: string): (string | null)[] {
  const doc = docFromText(text);
  sentencesStage.run(doc, { referenceDate: null });
  return findQuotes(doc).map((q) => q.speaker?.name ?? null);
}

const FILLER =
  ' The talks in the capital went on for several hours and ended without a joint statement, officials of both delegations left without comment.';

test('a credit inside a long one-line article does not silence the whole article', () => {
  // Many outlets deliver an article as one line; a dateline or photo credit in it is a sentence, not the line.
  const cases = [
    `MOSCOW, January 28. /TASS/. The ministry discussed the proposals with its partners, spokesman Ivan Petrenko said in a statement.${FILLER}${FILLER} "The participants agreed to meet again," Petrenko said.`,
    `A convoy crosses the bridge near the border. (Photo by Anna Kowalska/AFP) The ministry will keep its troops in the area, spokesman Ivan Petrenko said on Sunday.${FILLER}${FILLER} "We find it necessary," Petrenko said.`,
  ];
  for (const text of cases) {
    assert.ok(text.length > 400);
    const speakers = speakersOf(text);
    assert.equal(speakers.length, 2, text);
    assert.ok(speakers.every((s) => s !== null && /Petrenko/.test(s)), JSON.stringify(speakers));
  }
});

test('a short caption line still never speaks', () => {
  const text = `A convoy crosses the bridge, the ministry said. (Photo by Anna Kowalska/AFP)\n"We will not retreat," Petrenko said.`;
  const speakers = speakersOf(text);
  assert.deepEqual(speakers, ['Petrenko']);
});

test('a TASS dateline is not a credit; a TASS photo credit is', () => {
  assert.equal(looksLikeCaption('MOSCOW, January 28. /TASS/. The ministry said it would respond.'), false);
  assert.equal(looksLikeCaption('Soldiers at a checkpoint. Ivan Petrov / TASS'), true);
  assert.equal(looksLikeCaption('Soldiers at a checkpoint. Photo: Ivan Petrov'), true);
});

test('a video caption inside a paragraph never speaks', () => {
  const text = 'The talks ended. This video can not be played Watch: Ukrainian mother says she does not want war. Officials said the talks would resume.';
  assert.deepEqual(speakersOf(text), ['Officials']);
});

test('a name in quotation marks after its naming verb is no statement', () => {
  assert.deepEqual(speakersOf('Moscow had deployed a laser weapon dubbed "Zadira" for use in Ukraine.'), []);
  assert.deepEqual(speakersOf('The minister called the plan "reckless".'), ['minister']);
});
