import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cutAfterTitles, hyphenWords, recognizeDoc, unglueWords } from '../../src/analyze/entities/ner/index.js';
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

test('words glued by the source are read apart; known words stay whole', () => {
  const known = new Set(['vienna', 'hanover', 'cleveland', 'february', 'white']);
  const words = (text: string) => unglueWords(hyphenWords(tokensOf(text)), (w) => known.has(w)).map((w) => w.text);
  assert.deepEqual(words('talks in Geneva and Viennaover the crisis'), ['talks', 'in', 'Geneva', 'and', 'Vienna', 'over', 'the', 'crisis']);
  assert.deepEqual(words('on 3 FebruaryWhite House said'), ['on', '3', 'February', 'White', 'House', 'said']);
  assert.deepEqual(words('in Hanover and Cleveland'), ['in', 'Hanover', 'and', 'Cleveland']);
  // An unknown word whose head is unknown too stays whole ("Zelenskyand" is not split on a guess).
  assert.deepEqual(words('Mr Kozakand'), ['Mr', 'Kozakand']);
  // Offsets of the parts index the text.
  const text = 'Viennaover';
  const parts = unglueWords(hyphenWords(tokensOf(text)), (w) => known.has(w));
  assert.deepEqual(parts.map((p) => text.slice(p.start, p.end)), ['Vienna', 'over']);
});

test('glued words and a capitalised common word are no people in an article', () => {
  const text = 'Russia: Little room for optimism\nDiplomats met in Brussels, Paris and Viennaover the crisis on Friday.';
  const mentions = recognizeDoc(text, tokensOf(text));
  const persons = mentions.filter((m) => m.type === 'PERSON').map((m) => m.text);
  assert.deepEqual(persons, [], JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Vienna' && m.type === 'PLACE'), JSON.stringify(mentions));
});
