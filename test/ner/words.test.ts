import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cutAfterTitles, hyphenWords, recognizeDoc } from '../../src/analyze/entities/ner/index.js';
import { splitText } from '../../src/analyze/sentences/index.js';

function tokensOf(text: string) {
  return splitText(text).tokens;
}

test('tokens glued by hyphens are one word, as in the training data', () => {
  const cases: [string, string[]][] = [
    ['Marie-Agnes Strack-Zimmermann spoke.', ['Marie-Agnes', 'Strack-Zimmermann', 'spoke', '.']],
    ['the U.S.-led alliance', ['the', 'U.S.-led', 'alliance']],
    ['a well-known pro-Russian blogger', ['a', 'well-known', 'pro-Russian', 'blogger']],
    // Spaced dashes and hyphens before punctuation stay apart.
    ['Kyiv - the capital - was calm.', ['Kyiv', '-', 'the', 'capital', '-', 'was', 'calm', '.']],
    ['pre- and post-war', ['pre', '-', 'and', 'post-war']],
  ];
  for (const [text, words] of cases) assert.deepEqual(hyphenWords(tokensOf(text)).map((w) => w.text), words, text);
});

test('hyphenated names come out whole', () => {
  const text = 'Jean-Claude Juncker met Marie-Agnes Strack-Zimmermann in Baden-Baden.';
  const names = recognizeDoc(text, tokensOf(text)).map((m) => m.text);
  for (const n of ['Jean-Claude Juncker', 'Marie-Agnes Strack-Zimmermann', 'Baden-Baden']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
});

test('a span holding a title and a name is cut after the title', () => {
  const words = ['House', 'Appropriations', 'Chairwoman', 'Rosa', 'DeLauro', 'said'];
  assert.deepEqual(
    cutAfterTitles(words, [
      { start: 0, end: 4, type: 'ORG' },
      { start: 4, end: 5, type: 'PER' },
    ]),
    [
      { start: 0, end: 2, type: 'ORG' },
      { start: 3, end: 5, type: 'PER' },
    ],
  );
  // Not cut: no title inside, a title first ("General Motors"), lower-case words after the title.
  const keep: [string[], number][] = [
    [['European', 'Commission', 'said'], 2],
    [['General', 'Motors', 'Company'], 3],
    [['Secretary', 'General', 'Office'], 3],
    [['State', 'Department', 'spokesman', 'office', 'said'], 4],
  ];
  for (const [w, end] of keep) {
    const spans = [{ start: 0, end, type: 'ORG' }];
    assert.deepEqual(cutAfterTitles(w, spans), spans, w.join(' '));
  }
});

test('the cut in running text gives the person whole', () => {
  const text = 'House Appropriations Chairwoman Rosa DeLauro said in a statement that the deal was close.';
  const people = recognizeDoc(text, tokensOf(text)).filter((m) => m.type === 'PERSON').map((m) => m.text);
  assert.deepEqual(people, ['Rosa DeLauro']);
});

test('capitalised words after an honorific are a person', () => {
  const cases: [string, string[]][] = [
    ['Ms Price uses the technique in Bangor.', ['Price']],
    ['Mr. Kirby said it.', ['Kirby']],
    ['Mrs. The end of it.', []],
  ];
  for (const [text, people] of cases) {
    const got = recognizeDoc(text, tokensOf(text)).filter((m) => m.type === 'PERSON').map((m) => m.text);
    assert.deepEqual(got, people, text);
  }
});
