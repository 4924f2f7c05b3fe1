import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitText } from '../../src/analyze/sentences/index.js';

test('sentences and tokens with offsets into the text; abbreviations do not end sentences', () => {
  const text = 'Mr. Kirby said the U.S. had placed 8,500 troops on alert. “We are ready,” he said.\nHeadline without a stop\n\nNew paragraph here.';
  const { sentences, tokens } = splitText(text);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Mr. Kirby said the U.S. had placed 8,500 troops on alert.', '“We are ready,” he said.', 'Headline without a stop', 'New paragraph here.'],
  );
  // A single line break ends a sentence; only a blank line starts a new paragraph.
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 0, 0, 1]);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(tokens.some((t) => t.text === 'U.S.'));
  assert.ok(tokens.some((t) => t.text === '8,500'));
});

test('hostile lines take linear time: a 1 MB token, 1 MB of words without a stop', () => {
  const t0 = Date.now();
  const a = splitText('x'.repeat(1_000_000));
  assert.equal(a.tokens.length, 1);
  const words = 'troops massed near the border '.repeat(35_000);
  const b = splitText(words);
  assert.ok(b.tokens.length >= 170_000);
  for (const s of b.sentences) assert.ok(s.end - s.start <= 8000);
  assert.ok(Date.now() - t0 < 30_000, `took ${Date.now() - t0} ms`);
});

test('a long run glued to text is one token and the text around it still splits', () => {
  const text = `Before it. ${'y'.repeat(200)} After it.`;
  const { sentences, tokens } = splitText(text);
  assert.ok(tokens.some((t) => t.text.length === 200));
  assert.equal(text.slice(sentences[0]!.start, sentences[0]!.end), 'Before it.');
  assert.equal(text.slice(sentences[sentences.length - 1]!.start, sentences[sentences.length - 1]!.end), 'After it.');
});

test('a full stop with a digit glued after it ends no sentence', () => {
  const cases: [string, string[]][] = [
    ['The price was RM23.50 per unit. Then it fell.', ['The price was RM23.50 per unit.', 'Then it fell.']],
    ['It rose by .5 percent. Then it fell.', ['It rose by .5 percent.', 'Then it fell.']],
    ['It ended in 2021. 2022 was worse.', ['It ended in 2021.', '2022 was worse.']],
  ];
  for (const [text, want] of cases) {
    const { sentences, tokens } = splitText(text);
    assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), want, text);
    for (const t of tokens) assert.ok(sentences[t.sentence]!.start <= t.start && t.end <= sentences[t.sentence]!.end, t.text);
  }
});

test('a live-blog time stamp opening an entry is a sentence of its own; a time inside a sentence is not', () => {
  const cases: [string, string[]][] = [
    [
      '31 May 2022 - 08:37 GMT Russia’s defence ministry has said its forces downed a jet. 31 May 2022 - 07:58 GMT Latvia’s prime minister praised the deal.',
      ['31 May 2022 - 08:37 GMT', 'Russia’s defence ministry has said its forces downed a jet.', '31 May 2022 - 07:58 GMT', 'Latvia’s prime minister praised the deal.'],
    ],
    ['08:37 GMT The UN has confirmed 9,151 civilian casualties.', ['08:37 GMT', 'The UN has confirmed 9,151 civilian casualties.']],
    [
      'Read more here. 27 Jan 2022 - 14:49 GMT 27 Jan 2022 - 14:23 GMT Al Jazeera asked an expert. January 25, 2022 25 Jan 2022 - 22:00 GMT Spain vowed support.',
      ['Read more here.', '27 Jan 2022 - 14:49 GMT', '27 Jan 2022 - 14:23 GMT', 'Al Jazeera asked an expert.', 'January 25, 2022 25 Jan 2022 - 22:00 GMT', 'Spain vowed support.'],
    ],
    ['The talks start at 14:00 GMT Tuesday in Geneva.', ['The talks start at 14:00 GMT Tuesday in Geneva.']],
  ];
  for (const [text, want] of cases) {
    const { sentences, tokens } = splitText(text);
    assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), want);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});
