import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../../src/analyze/times/index.js';

/** Thursday. */
const REF = '2022-01-20';

type Expect = [text: string, type: string, value: string, mod?: string];

/** Sentence, then every time expression expected in it (span text, type, TIMEX3 value, mod). */
const CASES: [string, Expect[]][] = [
  // weekdays with tense
  ['Blinken met Lavrov on Wednesday in Geneva.', [['Wednesday', 'DATE', '2022-01-19']]],
  ['Blinken will meet Lavrov on Wednesday.', [['Wednesday', 'DATE', '2022-01-26']]],
  // A participle after "be" has no tense of its own: "was due to be paid" looks forward; "was paid" back.
  ['The tax was due to be paid on Friday.', [['Friday', 'DATE', '2022-01-21']]],
  ['The tax was paid on Friday.', [['Friday', 'DATE', '2022-01-14']]],
  ['The Kremlin said on Monday it would not withdraw.', [['Monday', 'DATE', '2022-01-17']]],
  ['Talks are planned for next Friday.', [['next Friday', 'DATE', '2022-01-21']]],
  ['They spoke last Thursday.', [['last Thursday', 'DATE', '2022-01-13']]],
  ['Biden said Friday (Jan. 21) that talks would go on.', [['Friday (Jan. 21)', 'DATE', '2022-01-21']]],
  ['Officials met on Friday, Jan. 14, in Geneva.', [['Friday, Jan. 14', 'DATE', '2022-01-14']]],
  // months, weeks, years relative to the reference
  ['Russia massed troops on the border last month.', [['last month', 'DATE', '2021-12']]],
  ['Earlier this month, talks in Geneva failed.', [['Earlier this month', 'DATE', '2022-01']]],
  ['Talks will resume next month.', [['next month', 'DATE', '2022-02']]],
  ['NATO ministers met this week.', [['this week', 'DATE', '2022-W03']]],
  ['An attack could come in the second week of February.', [['the second week of February', 'DATE', '2022-W06']]],
  ['Exercises are planned for mid-February.', [['mid-February', 'DATE', '2022-02', 'MID']]],
  ['In May the talks collapsed.', [['May', 'DATE', '2021-05']]],
  ['The vote is due in March.', [['March', 'DATE', '2022-03']]],
  ['Sales fell last year.', [['last year', 'DATE', '2021']]],
  ['He was in Kyiv yesterday and flies to Berlin tomorrow.', [['yesterday', 'DATE', '2022-01-19'], ['tomorrow', 'DATE', '2022-01-21']]],
  ['Prices fell a year ago.', [['a year ago', 'DATE', '2021']]],
  // explicit dates and times
  ['Ukraine marked the date on 20 January 2022.', [['20 January 2022', 'DATE', '2022-01-20']]],
  ['The ceasefire was agreed on Jan. 14, 2022.', [['Jan. 14, 2022', 'DATE', '2022-01-14']]],
  ['The summit is set for Jan. 25.', [['Jan. 25', 'DATE', '2022-01-25']]],
  ['The file is dated 2021-12-17.', [['2021-12-17', 'DATE', '2021-12-17']]],
  ['Talks began at 10 a.m. on Monday.', [['10 a.m. on Monday', 'TIME', '2022-01-17T10:00']]],
  ['He will arrive at 5 p.m. Friday.', [['5 p.m. Friday', 'TIME', '2022-01-21T17:00']]],
  ['The convoy left this morning.', [['this morning', 'TIME', '2022-01-20TMO']]],
  // years, decades, seasons
  ['The region was annexed in 2014.', [['2014', 'DATE', '2014']]],
  ['Fighting in the east has gone on since 2014.', [['2014', 'DATE', '2014']]],
  ['In early 2014, protests toppled the government.', [['early 2014', 'DATE', '2014', 'START']]],
  ['Relations were better in the 1990s.', [['the 1990s', 'DATE', '199']]],
  ['Gas prices will rise this winter.', [['this winter', 'DATE', '2022-WI']]],
  ['Prices fell last summer.', [['last summer', 'DATE', '2021-SU']]],
  ['The alliance grew in the spring of 2004.', [['the spring of 2004', 'DATE', '2004-SP']]],
  // durations
  ['A decision is expected in the next two weeks.', [['the next two weeks', 'DURATION', 'P2W']]],
  ['A reply is due within two weeks.', [['two weeks', 'DURATION', 'P2W']]],
  ['Troops left within 24 hours.', [['24 hours', 'DURATION', 'PT24H']]],
  ['Fighting has killed 14,000 people over eight years.', [['eight years', 'DURATION', 'P8Y']]],
  ['The talks lasted 2 1/2 years.', [['2 1/2 years', 'DURATION', 'P2Y6M']]],
  ['It was a two-year deal.', [['two-year', 'DURATION', 'P2Y']]],
  // anchored to the last date mentioned
  ['Talks opened on Jan. 10 and ended the next day.', [['Jan. 10', 'DATE', '2022-01-10'], ['the next day', 'DATE', '2022-01-11']]],
  ['The treaty was signed in 1997 and ratified the following year.', [['1997', 'DATE', '1997'], ['the following year', 'DATE', '1998']]],
  ['He left the day before the vote.', []],
  // references and sets
  ['Troops are now on the border.', [['now', 'DATE', 'PRESENT_REF']]],
  ['Kyiv currently has no plans to talk.', [['currently', 'DATE', 'PRESENT_REF']]],
  ['Moscow recently moved tanks.', [['recently', 'DATE', 'PAST_REF']]],
  ['More talks are expected in the coming days.', [['the coming days', 'DATE', 'FUTURE_REF']]],
  ['Drones patrol the line every day.', [['every day', 'SET', 'P1D']]],
  ['Monitors report daily.', [['daily', 'SET', 'P1D']]],
  ['Markets close early every Friday.', [['every Friday', 'SET', 'XXXX-WXX-5']]],
];

/** Strings that hold no time expression. */
const NEGATIVE = [
  'The US put 8,500 troops on alert.',
  'Su-35 and Su-30 jets flew over the border.',
  'Some 2,014 people fled the fighting.',
  'The plant makes 2014 tanks.',
  'Russia may invade, officials fear.',
  'May I ask a question?',
  'Thousands joined a protest march in Kyiv.',
  'Prime Minister Theresa May spoke to reporters.',
  'April Ryan asked the first question.',
  'They will march on the capital.',
  'The fall of Kabul shocked allies.',
  'Iraq imports three-quarters of its food.',
  'The company cut its quarterly dividend.',
  'He ran for a second time.',
  'Flights carry 700 seats a week.',
  'The price is $2014 per unit.',
  'The future of the deal is unclear.',
  'Talks will resume as soon as possible.',
  'Read it at https://www.example.com/Detail/2022/01/20/talks-may-2014 for more.',
  'Write to desk-2014@example.com for details.',
];

for (const [text, expected] of CASES) {
  test(`times: ${text}`, () => {
    const got = findTimes(text, REF).map((t) => (t.mod ? [t.text, t.type, t.value, t.mod] : [t.text, t.type, t.value]));
    assert.deepEqual(got, expected);
  });
}

test('times: spans index the text', () => {
  const text = 'On Wednesday, he said troops had been there since 2014.';
  for (const t of findTimes(text, REF)) assert.equal(text.slice(t.start, t.end), t.text);
});

for (const text of NEGATIVE) {
  test(`times (none): ${text}`, () => {
    assert.deepEqual(findTimes(text, REF).map((t) => t.text), []);
  });
}

test('times: without a reference date, weekdays and months stay underspecified', () => {
  const got = findTimes('They met on Wednesday and will meet again in March.', null).map((t) => [t.text, t.value]);
  assert.deepEqual(got, [['Wednesday', 'XXXX-WXX-3'], ['March', 'XXXX-03']]);
});

test('times: a month reference date resolves months, and leaves days underspecified', () => {
  const got = findTimes('Troops arrived last month, officials said on Tuesday.', '2022-01').map((t) => [t.text, t.value]);
  assert.deepEqual(got, [['last month', '2021-12'], ['Tuesday', 'XXXX-WXX-2']]);
});

test('times: long hostile lines finish quickly', { timeout: 30_000 }, () => {
  const lines = [
    '1'.repeat(1_000_000),
    'a'.repeat(1_000_000),
    'May '.repeat(250_000),
    '2014-'.repeat(200_000),
    'the next '.repeat(110_000),
    'Friday ( '.repeat(110_000),
  ];
  for (const line of lines) {
    const t0 = Date.now();
    const got = findTimes(line, REF);
    assert.ok(Array.isArray(got));
    assert.ok(Date.now() - t0 < 15_000, `took ${Date.now() - t0} ms`);
  }
});

test('a day and month without a year just after a full date of another year take that year', () => {
  const got = findTimes('They held a referendum on March 16, 2014. Putin signed the treaties on March 18, 2014. The documents were ratified on March 21.', '2022-02-04').map((t) => [t.text, t.value]);
  assert.deepEqual(got, [['March 16, 2014', '2014-03-16'], ['March 18, 2014', '2014-03-18'], ['March 21', '2014-03-21']]);
  // A month with its year does not set the story's year; nor does a date in another paragraph or months before.
  assert.deepEqual(
    findTimes('After the August 1988 cease-fire, Iraq invaded Kuwait on Aug. 2.', '1990-08-15').map((t) => [t.text, t.value]),
    [['August 1988', '1988-08'], ['Aug. 2', '1990-08-02']],
  );
  assert.deepEqual(
    findTimes('Crimea voted on March 16, 2014.\nThe talks resume on March 21.', '2022-03-10').map((t) => t.value),
    ['2014-03-16', '2022-03-21'],
  );
  assert.deepEqual(findTimes('Crimea voted on March 16, 2014. The talks resume on November 21.', '2022-10-10').map((t) => t.value), ['2014-03-16', '2022-11-21']);
});
