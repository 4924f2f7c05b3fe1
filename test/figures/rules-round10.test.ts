import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/analyze/figures/index.js';

type Got = { text: string; value: number | null; unit: string | null; unitPhrase: string | null };

function figuresOf(text: string): Got[] {
  return extractFigures(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit, unitPhrase: f.unitPhrase ?? null }));
}
const one = (text: string, value: number | null, unit: string | null, unitPhrase: string | null = null): Got => ({ text, value, unit, unitPhrase });

// Round 10: units of measure the benchmark's vocabulary names, and how the counted phrase is chosen from the
// tags. Own sentences; each rule with cases it must leave alone.
const CASES: Array<[string, string, Got[]]> = [
  // Units of measure.
  ['square units of any length', 'The lot is 12 square inches, the yard 30 sq yards, the farm 5 sq miles and the cell 2 square centimetres.', [
    one('12 square inches', 12, 'square inch'), one('30 sq yards', 30, 'square yard'), one('5 sq miles', 5, 'square mile'), one('2 square centimetres', 2, 'cm2'),
  ]],
  ['"inches" alone stays a length', 'The pipe is 12 inches wide and 3 yards long.', [one('12 inches', 12, 'inch'), one('3 yards', 3, 'yard')]],
  ['degrees with a scale letter', 'It hit 95 degrees F in Phoenix and 35 degrees C in Madrid.', [one('95 degrees F', 95, '°F'), one('35 degrees C', 35, '°C')]],
  ['degrees before a word stay degrees', 'It was 5 degrees cooler and the road turned 90 degrees.', [one('5 degrees', 5, 'degree'), one('90 degrees', 90, 'degree')]],
  ['pressure, mass of gas, energy', 'Pressure fell to 950 hPa; emissions reached 36 Gt; the beam carried 7 TeV and 40 megajoules.', [
    one('950 hPa', 950, 'hPa'), one('36 Gt', 36, 'gigaton'), one('7 TeV', 7, 'TeV'), one('40 megajoules', 40, 'MJ'),
  ]],
  ['cased abbreviations stay cased', 'He met 36 GT owners and 7 tev fans.', [one('36 GT owners', 36, 'owner', 'gt owner'), one('7 tev fans', 7, 'fan', 'tev fan')]],
  ['megapixels, written out or as MP', 'It has a 48MP camera and a 12-megapixel lens.', [one('48MP', 48, 'megapixel'), one('12-megapixel', 12, 'megapixel')]],
  ['bits with a small b, bytes with a capital B', 'The link runs at 10 Gb per second and the drive holds 2 GB.', [one('10 Gb per second', 10, 'Gbit per second'), one('2 GB', 2, 'GB')]],
  ['torque in foot-pounds', 'It makes 250 foot-pounds and 300 pound-feet.', [one('250 foot-pounds', 250, 'ft-lbf'), one('300 pound-feet', 300, 'lb-ft')]],
  ['engine displacement in cc', 'It has a 650cc engine and a 125 cc scooter.', [one('650cc', 650, 'cc'), one('125 cc', 125, 'cc')]],
  ['"cc" inside a word is no unit', 'She sent 3 ccs and 4 CCTV cameras.', [one('3 ccs', 3, 'ccs'), one('4 CCTV cameras', 4, 'camera', 'cctv camera')]],
  ['an energy unit written in the singular', 'It stored 12 kilowatt hour.', [one('12 kilowatt hour', 12, 'kWh')]],
  ['barrels of oil are one unit', 'It pumped 1 million barrels of oil and 2 million barrels of water.', [
    one('1 million barrels of oil', 1e6, 'barrel of oil'), one('2 million barrels', 2e6, 'barrel'),
  ]],
  ['nautical miles keep their name', 'It sailed 12 nautical miles and 3 miles inland.', [one('12 nautical miles', 12, 'nautical mile'), one('3 miles', 3, 'mile')]],
  ['a unit of several words written with hyphens', 'They built an 80-cubic-metre tank, a 3-square-mile park and walked 4 light-years.', [
    one('80-cubic-metre', 80, 'm3'), one('3-square-mile', 3, 'square mile'), one('4 light-years', 4, 'light-year'),
  ]],
  ['hyphenated words that form no unit', 'He ate 3 square meals on a 3-square-meal diet.', [one('3 square meals', 3, 'meal', 'square meal'), one('3', 3, null)]],
  ['a participle between "per" and the unit', 'It paid 45 cents per diluted share and 12 cents per disputed claims.', [
    one('45 cents per diluted share', 45, 'cent per share'), one('12 cents', 12, 'cent'),
  ]],
  ['tonnes written "t" after a number', 'The crane lifts 100t, a 40t truck or 5 t, not 5 T or 3 tanks.', [
    one('100t', 100, 'tonne'), one('40t', 40, 'tonne'), one('5 t', 5, 'tonne'), one('5', 5, null), one('3 tanks', 3, 'tank'),
  ]],
  ['a change from nothing is a span', 'The car goes from 0 to 62 mph; sales rose from 20 to 35 units.', [
    { text: '0 to 62 mph', value: null, unit: 'mph', unitPhrase: null }, one('20', 20, 'unit'), one('35 units', 35, 'unit'),
  ]],
  ['"per" and any singular noun', 'It has 200 calories per serving, 3 goals per match and costs $80 per insured patient.', [
    one('200 calories per serving', 200, 'calorie per serving'), one('3 goals per match', 3, 'goal per match'), one('$80 per insured patient', 80, 'USD per patient'),
  ]],
  ['a unit of measure after "per" keeps its name', 'Power cost 116 euros per megawatt hour ($134 per MWh) and $2 per metre.', [
    one('116 euros per megawatt hour', 116, 'EUR per MWh'), one('$134 per MWh', 134, 'USD per MWh'), one('$2 per metre', 2, 'USD per m'),
  ]],
  ['"per" before a determiner, a number or a plural', 'It costs $5 per the contract, $6 per 100 grams and 7 per cents.', [
    one('$5', 5, 'USD'), one('$6', 6, 'USD'), one('100 grams', 100, 'g'), one('7', 7, null),
  ]],
  ['Korean won after a large amount', 'The fine was 50 billion won and 2,000 Korean won.', [one('50 billion won', 5e10, 'KRW'), one('2,000 Korean won', 2000, 'KRW')]],
  ['after a verb of change, a far larger second number is the level reached', 'Gold rose $12 to $1,800; it fell 2.1 points to 25.3.', [
    one('$12', 12, 'USD'), one('$1,800', 1800, 'USD'), one('2.1 points', 2.1, 'point'), one('25.3', 25.3, 'point'),
  ]],
  ['a range after a verb of change or between numbers far apart', 'Shares rose 5 to 10 percent; between 2 and 300 tanks.', [
    { text: '5 to 10 percent', value: null, unit: 'percent', unitPhrase: null }, { text: 'between 2 and 300 tanks', value: null, unit: 'tank', unitPhrase: null },
  ]],
  ['a half after a number', 'It took two and a half hours, one and a half years and two and a half million people.', [
    one('two and a half hours', 2.5, 'hour'), one('one and a half years', 1.5, 'year'), one('two and a half million people', 2.5e6, 'people'),
  ]],
  ['half of one unit', 'Rates rose half a percentage point; it took half an hour and half a century.', [
    one('half a percentage point', 0.5, 'percentage point'), one('half an hour', 0.5, 'hour'), one('half a century', 0.5, 'century'),
  ]],
  ['percentage points to a percent are a change and a level', 'It raised rates by 0.5 percentage point to 4.4% after 3 to 5 percent.', [
    one('0.5 percentage point', 0.5, 'percentage point'), one('4.4%', 4.4, 'percent'), { text: '3 to 5 percent', value: null, unit: 'percent', unitPhrase: null },
  ]],
  ['"half a" before a counted noun is no figure', 'In the first half a team scored and half a loaf is better.', []],
  ['"and a" without a half', 'Two and a dog came with 3 and a cat.', [one('3', 3, null)]],
  // The counted phrase.
  ['an adverb of degree before an adjective stays in the phrase, unnamed', 'The city has 4 very large parks and 500 mostly young protesters.', [
    one('4 very large parks', 4, 'park', 'large park'), one('500 mostly young protesters', 500, 'protester', 'young protester'),
  ]],
  ['a word read as an adverb that modifies like an adjective is named', 'It has 2 billion monthly active users and 150 new naval and civil vessels.', [
    one('2 billion monthly active users', 2e9, 'user', 'monthly active user'), one('150 new naval and civil vessels', 150, 'vessel', 'new naval civil vessel'),
  ]],
  ['an adverb joined by a hyphen', 'The bank kept 3,000 so-called zombie accounts.', [one('3,000 so-called zombie accounts', 3000, 'account', 'so-called zombie account')]],
  ['an adverb before a verb or alone is no modifier', 'They said 5 mostly stayed, 2 only players came and it fell 4 sharply lower.', [
    one('5', 5, null), one('2', 2, null), one('4', 4, null),
  ]],
  ['a part of a counted whole counts what the whole counts', 'Only three of the 10 largest banks passed; five of its 12 ministers quit.', [
    one('Only three', 3, 'bank', 'large bank'), one('10 largest banks', 10, 'bank', 'large bank'),
    one('five', 5, 'minister'), one('12 ministers', 12, 'minister'),
  ]],
  ['one word between the determiner and the whole', 'They won 5 of their last 6 games; 3 of the top 10 banks passed.', [
    one('5', 5, 'game'), one('6 games', 6, 'game'), one('3', 3, 'bank'), one('10 banks', 10, 'bank'),
  ]],
  ['a part of a whole with no determiner', 'He completed 20 of 30 passes; one of 12 tanks burned.', [
    one('20', 20, 'pass'), one('30 passes', 30, 'pass'), one('one', 1, 'tank'), one('12 tanks', 12, 'tank'),
  ]],
  ['no part of a bare whole, a year or a noun with no determiner', 'Only 3 of 10 were hurt; 5 of 2019 models; 2 of tanks.', [
    one('Only 3', 3, null), one('10', 10, null), one('5', 5, null), one('2', 2, null),
  ]],
  ['no part of a smaller number or of a bare number', 'Of them 3 of the 10 were hurt and 12 of the 3 teams left.', [
    one('3', 3, null), one('10', 10, null), one('12', 12, null), one('3 teams', 3, 'team'),
  ]],
  ['"one of" a plural after "that"', 'He said that one of the computers broke, but that one is fine.', [one('one of the computers', 1, 'computer')]],
  ['a plural count of a bare noun phrase is named with it', 'They fired 3 rounds of ammunition and played 65 snaps of man coverage.', [
    one('3 rounds', 3, 'round', 'round ammunition'), one('65 snaps', 65, 'snap', 'snap man coverage'),
  ]],
  ['no complement after a determiner, a name, a long phrase, a singular or a unit', 'It drilled 35 sections of the region, 4 films of Disney, 70 sites of regional government bodies, one round of talks and 3 cups of coffee.', [
    one('35 sections', 35, 'section'), one('4 films', 4, 'film'), one('70 sites', 70, 'site'), one('one round', 1, 'round'), one('3 cups', 3, 'cup'),
  ]],
  ['"a" with an adverb is no duration', 'It could last up to a very dark day, at least a full month.', [one('at least a full month', 1, 'month')]],
  ['a plural of capitals', 'It sold 1,200 SUVs to 40 MPs, not 3 GAS.', [one('1,200 SUVs', 1200, 'suv'), one('40 MPs', 40, 'mp'), one('3', 3, null)]],
  ['a plural of a name written with a small first letter', 'It sold 5 million iPhones and 3 iPads, not 2 iOS.', [
    one('5 million iPhones', 5e6, 'iphone'), one('3 iPads', 3, 'ipad'), one('2', 2, null),
  ]],
];

for (const [name, text, expected] of CASES) {
  test(`figures round 10: ${name}`, () => {
    assert.deepEqual(figuresOf(text), expected);
  });
}

test('figures round 10: members of parliament are no megapixels', () => {
  assert.deepEqual(extractFigures('All 650 MPs met; the MP won 12 votes.').map((f) => f.unit !== 'megapixel'), [true, true]);
  assert.deepEqual(extractFigures('It has a 12 MP camera.').map((f) => f.unit), ['megapixel']);
});

test('figures round 10: "won" after a small number is no currency', () => {
  assert.deepEqual(extractFigures('Of the 12 teams, 5 won.').map((f) => [f.text, f.unit === 'KRW']), [['12 teams', false], ['5 won', false]]);
});

test('figures round 10: a part of a whole gives no second ledger figure', () => {
  const figs = extractFigures('Two of the 10 Russian tanks burned.');
  assert.deepEqual(figs.map((f) => [f.text, f.aboutKey]), [['Two', null], ['10 Russian tanks', 'tank']]);
});

test('figures round 10: a list of numbers shares a unit only with its last pair, as before', () => {
  const figs = extractFigures('They sent 5 and 6 and 7 tanks, then 2 or 3 jets.');
  assert.deepEqual(figs.map((f) => [f.text, f.unit]), [['5', null], ['6', 'tank'], ['7 tanks', 'tank'], ['2', 'jet'], ['3 jets', 'jet']]);
});

test('figures round 10: a 1 MB list of numbers joined by "and" takes time linear in its length', () => {
  extractFigures('5 and 5 tanks');
  const time = (n: number) => {
    const t = process.hrtime.bigint();
    extractFigures('5 and '.repeat(n));
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const small = time(42_500);
  const large = time(170_000);
  assert.ok(large < 15000, `took ${large} ms`);
  // Four times the text may take at most about four times as long (with room for a busy machine).
  assert.ok(large < 10 * Math.max(small, 50), `${small} ms for 255 kB, ${large} ms for 1 MB`);
});

test('figures round 10: 1 MB lines of adverbs, parts and units stay fast', () => {
  const hostile = ['one and a half '.repeat(70_000), 'half an '.repeat(130_000), '5 very large '.repeat(80_000), '3 of the 10 '.repeat(90_000), '12 sq '.repeat(170_000), '4 so-called '.repeat(90_000), '7 MP 8 Gb '.repeat(100_000)];
  for (const h of hostile) {
    const t = Date.now();
    extractFigures(h);
    assert.ok(Date.now() - t < 15000, `took ${Date.now() - t} ms`);
  }
});
