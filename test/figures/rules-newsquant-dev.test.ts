import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/analyze/figures/index.js';

type Got = { text: string; value: number | null; low: number | null; high: number | null; unit: string | null; unitPhrase: string | null };

function figuresOf(text: string): Got[] {
  return extractFigures(text).map((f) => ({ text: f.text, value: f.value, low: f.low, high: f.high, unit: f.unit, unitPhrase: f.unitPhrase ?? null }));
}
const one = (text: string, value: number | null, unit: string | null, extra: Partial<Got> = {}): Got => ({ text, value, low: null, high: null, unit, unitPhrase: null, ...extra });
const range = (text: string, low: number, high: number, unit: string | null, extra: Partial<Got> = {}): Got => ({ text, value: null, low, high, unit, unitPhrase: null, ...extra });

// Sentences written for these tests; each row is one rule, with cases it must leave alone beside it.
const CASES: Array<[string, string, Got[]]> = [
  // Signs.
  ['minus sign after a space', 'Overnight the index closed -2.4% lower.', [one('-2.4%', -2.4, 'percent')]],
  ['minus as a word', 'Nights fall to minus 15 degrees Celsius.', [one('minus 15 degrees Celsius', -15, '°C')]],
  ['minus joined by a hyphen', 'Gas is cooled to minus-160 degrees.', [one('minus-160 degrees', -160, 'degree')]],
  ['minus after a currency sign', 'The balance moved to $-3.1bn.', [one('$-3.1bn', -3.1e9, 'USD')]],
  ['a score is no sign and no quantity', 'The match ended 3-1 after extra time, a 2-2 draw; prices rose 4-6%.', [range('4-6%', 4, 6, 'percent')]],
  ['a number after letters and a dot is a name', 'The ID.4 and No.7 models sold 300 units; Rs.500 each.', [one('300 units', 300, 'unit'), one('Rs.500', 500, 'INR')]],
  ['a camel-case name before a number', 'The iPhone 12 sold 2 million units.', [one('2 million units', 2e6, 'unit')]],
  ['a capitalised word read as a verb stays a name', 'It has 12 Echo speakers.', [one('12 Echo speakers', 12, 'speaker', { unitPhrase: 'echo speaker' })]],
  // Numbers.
  ['a decimal without a leading zero', 'The error rate fell to .02 per cent.', [one('.02 per cent', 0.02, 'percent')]],
  ['a sentence does not end inside a glued amount', 'Shares closed at RM4.15 on Friday.', [one('RM4.15', 4.15, 'MYR')]],
  // Currencies.
  ['currency codes glued to the number', 'The ministry asked for EUR40m and got USD2,500.', [one('EUR40m', 4e7, 'EUR'), one('USD2,500', 2500, 'USD')]],
  ['ringgit only in capitals', 'Fares rose to RM 12 and the rm 5 line closed.', [one('RM 12', 12, 'MYR'), one('5 line', 5, 'line')]],
  ['pc is percent', 'Sales fell 7pc in March.', [one('7pc', 7, 'percent')]],
  // Ranges.
  ['a range of amounts with scale words', 'Repairs cost $2 million to $2.5 million each.', [range('$2 million to $2.5 million', 2e6, 2.5e6, 'USD')]],
  ['"from A to B" is a range', 'Estimates range from 40 to 60 per cent.', [range('40 to 60 per cent', 40, 60, 'percent')]],
  ['"from A to B" after a verb of change is not (the first takes the unit)', 'The count rose from 40 to 60 people.', [one('40', 40, 'people'), one('60 people', 60, 'people')]],
  ['a spaced hyphen joins a range that is no pair of years', 'Each needs 1500 - 1800 calories.', [range('1500 - 1800 calories', 1500, 1800, 'calorie')]],
  ['a pair of years stays out', 'It ran from 1998 - 2004 in Kyiv.', []],
  ['dozens is 12 to 120', 'Dozens of drones were launched.', [range('Dozens of drones', 12, 120, 'drone')]],
  // Not quantities.
  ['index names', 'The S&P 500 and the FTSE 100 rose 1%.', [one('1%', 1, 'percent')]],
  ['street addresses and ZIP codes', 'Police sealed off 221 Baker Street and the 10001 ZIP code.', []],
  // Units.
  ['units written in one exact case', 'It makes 320 Nm, weighs 61 MPa and holds 5000 mAh; chips of 5 nm.', [
    one('320 Nm', 320, 'N·m'), one('61 MPa', 61, 'MPa'), one('5000 mAh', 5000, 'mAh'), one('5 nm', 5, 'nm'),
  ]],
  ['GPA is not a pressure', 'She finished with a 3.9 GPA.', [one('3.9', 3.9, null)]],
  ['parts per million and billion', 'Water held 12 ppb of lead and 400 parts per million of salt.', [one('12 ppb', 12, 'ppb'), one('400 parts per million', 400, 'ppm')]],
  ['miles per hour with stops', 'The car reached 90 m.p.h. on the road.', [one('90 m.p.h.', 90, 'mph')]],
  ['degrees written as deg', 'It was 3.5degF (1.9deg C) warmer.', [one('3.5degF (1.9deg C)', 3.5, '°F')]],
  // Counted nouns.
  ['capitalised modifiers stay in the phrase', 'Nine Champions League clubs and four European countries objected.', [
    one('Nine Champions League clubs', 9, 'club', { unitPhrase: 'champions league club' }),
    one('four European countries', 4, 'country', { unitPhrase: 'european country' }),
  ]],
  ['a capitalised regular plural is singular', 'Some 300 Canadians were evacuated.', [one('Some 300 Canadians', 300, 'canadian')]],
  ['a unit of measure drops its modifiers', 'He ran for 140 total yards in 12 straight years.', [one('140 total yards', 140, 'yard'), one('12 straight years', 12, 'year')]],
  ['a capitalised plural is no unit of measure', 'They won three Davis Cups.', [one('three Davis Cups', 3, 'cup', { unitPhrase: 'davis cup' })]],
  ['an attributive singular noun is what is counted', 'The 40 page report and two telephone calls.', [
    one('40 page', 40, 'page'), one('two telephone calls', 2, 'call', { unitPhrase: 'telephone call' }),
  ]],
  ['time words end the phrase', 'It won 4 units last week and 2 games whilst away.', [one('4 units', 4, 'unit'), one('2 games', 2, 'game')]],
  ['word numbers joined to a noun', 'A four-cylinder engine and a one-sided match.', [one('four-cylinder', 4, 'cylinder')]],
  ['"who" after a number counts people', 'Of them, 2,300 who fled returned.', [one('2,300', 2300, 'people')]],
  ['a list shares the unit of its last member', 'A 10- or 12-inch pipe with two-, three- and four-bedroom flats.', [
    one('10-', 10, 'inch'), one('12-inch', 12, 'inch'), one('two-', 2, 'bedroom'), one('three-', 3, 'bedroom'), one('four-bedroom', 4, 'bedroom'),
  ]],
  ['cubic units', 'It exports 2 billion cubic feet a year.', [one('2 billion cubic feet a year', 2e9, 'cubic foot per year')]],
  // Ranges and years.
  ['a year after a preposition starts no range', 'Exports grew 8% in 2021 to 4.5 million tonnes.', [one('8%', 8, 'percent'), one('4.5 million tonnes', 4.5e6, 'tonne')]],
  ['a later year after a preposition', 'The plan runs until 2150 and costs 2150 euros.', [one('2150 euros', 2150, 'EUR')]],
  ['a range of amounts with glued codes', 'Flats cost from RM90,000 to RM150,000.', [range('RM90,000 to RM150,000', 90000, 150000, 'MYR')]],
  ['a range with the unit written twice', 'Rooms range from 20 sq m up to 35 sq m; it rose from 5 degrees to 9 degrees.', [
    range('20 sq m up to 35 sq m', 20, 35, 'm2'), one('5 degrees', 5, 'degree'), one('9 degrees', 9, 'degree'),
  ]],
  ['a bare number in brackets after a name', 'Striker Ivan Petrov (9) scored twice in 3 games.', [one('3 games', 3, 'game')]],
  ['a glued m before a plural noun is a million', 'About 4.2m people fled, 35m of its phones were sold; he won the 400m hurdles.', [
    one('About 4.2m people', 4.2e6, 'people'), one('35m of its phones', 3.5e7, 'phone'), one('400m', 400, 'm'),
  ]],
  ['a glued m before anything else stays a metre', 'The wall is 3m tall.', [one('3m', 3, 'm')]],
  // Compound units and currencies.
  ['rates per area, century and game', 'Rent is $30 per square foot; seas rise 2 feet per century; he scores 20 points per game.', [
    one('$30 per square foot', 30, 'USD per square foot'), one('2 feet per century', 2, 'foot per century'), one('20 points per game', 20, 'point per game'),
  ]],
  ['a counted phrase keeps its rate', 'They sold 3 electric cars per day.', [
    one('3 electric cars per day', 3, 'car per day', { unitPhrase: 'electric car per day' }),
  ]],
  ['dollars named by country', 'It costs 12 New Zealand dollars or 50 Hong Kong dollars.', [one('12 New Zealand dollars', 12, 'NZD'), one('50 Hong Kong dollars', 50, 'HKD')]],
  ['ASCII-folded pound and yen signs', 'A PS2.5bn deal, a PS5 console and a Y=40 billion loss.', [one('PS2.5bn', 2.5e9, 'GBP'), one('Y=40 billion', 4e10, 'JPY')]],
  ['more currencies', 'It cost 900 baht, NT$450 and 12,000 naira.', [one('900 baht', 900, 'THB'), one('NT$450', 450, 'TWD'), one('12,000 naira', 12000, 'NGN')]],
  ['-fold is times', 'Attacks rose fourfold and costs 12-fold.', [one('fourfold', 4, 'times'), one('12-fold', 12, 'times')]],
  ['more units', 'A 20-kiloton blast, 40 psi, 3 TWh and gas at $3.10 per MMBtu.', [
    one('20-kiloton', 20, 'kiloton'), one('40 psi', 40, 'psi'), one('3 TWh', 3, 'TWh'), one('$3.10 per MMBtu', 3.1, 'USD per MMBtu'),
  ]],
  ['one of a plural is a count of one', 'It is one of the oldest stone bridges; one of Odesa\'s main ports shut; one of the team left.', [
    one('one of the oldest stone bridges', 1, 'bridge', { unitPhrase: 'old stone bridge' }),
    one("one of Odesa's main ports", 1, 'port', { unitPhrase: 'odesa main port' }),
  ]],
  ['a fraction of a unit', 'A cup is 1/4 of a US quart and 3⁄4 of an hour passed; it runs 24/7.', [
    one('1/4 of a US quart', 0.25, 'quart'), one('3⁄4 of an hour', 0.75, 'hour'),
  ]],
  ['bln is a billion', 'Gazprom shipped 4.5 bln cubic meters worth $7 bln.', [one('4.5 bln cubic meters', 4.5e9, 'm3'), one('$7 bln', 7e9, 'USD')]],
  ['a year before a participle and a time unit stays a year', 'The crisis of 2020 triggered months of unrest.', []],
  ['a word ordinal is no count', 'The forty-fifth president spoke.', []],
  ['a large or decimal number before two singular nouns is no attributive count', 'It listed 110,000 drug product codes and 2.5 kilo bags.', [
    one('110,000 drug product codes', 110000, 'code', { unitPhrase: 'drug product code' }),
    one('2.5 kilo', 2.5, 'kg'),
  ]],
  ['quarters of a scale', 'A quarter of a million people fled; it cost three quarters of a billion dollars; in the first quarter 5 died.', [
    one('A quarter of a million people', 250000, 'people'), one('three quarters of a billion dollars', 7.5e8, 'USD'), one('5', 5, null),
  ]],
  ['Indian digit grouping', 'The fund paid 12,34,567.50 rupees and 1,200,000 rupees.', [one('12,34,567.50 rupees', 1234567.5, 'INR'), one('1,200,000 rupees', 1.2e6, 'INR')]],
  ['a bare number compared with a figure takes its unit', 'It hit 3.9 million tonnes, up from 2.4 million; the toll rose from 20 to 35 people; it ran from 2019 to 2021.', [
    one('3.9 million tonnes', 3.9e6, 'tonne'), one('2.4 million', 2.4e6, 'tonne'), one('20', 20, 'people'), one('35 people', 35, 'people'),
  ]],
  ['fluid ounces, radians, micrograms per gram', 'Add 8 fluid ounces; turn 0.5 rad; it held 30 micrograms per gram.', [
    one('8 fluid ounces', 8, 'fl oz'), one('0.5 rad', 0.5, 'rad'), one('30 micrograms per gram', 30, 'microgram per g'),
  ]],
];

for (const [name, sentence, expected] of CASES) {
  test(`figures rules: ${name}`, () => {
    assert.deepEqual(figuresOf(sentence), expected);
  });
}

test('figures rules: -time, -way and -plus after a word number are not units', () => {
  const units = figuresOf('A three-time champion on a two-way street, seven-plus.').map((f) => f.unit);
  for (const u of ['time', 'way', 'plus']) assert.ok(!units.includes(u), u);
});

test('figures rules: a carried unit gives no ledger key', () => {
  const figs = extractFigures('It killed 35 people, up from 20 a week earlier.');
  assert.deepEqual(figs.map((f) => [f.text, f.unit, f.aboutKey]), [['35 people', 'people', 'killed'], ['20', 'people', null]]);
});
