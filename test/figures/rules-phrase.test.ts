import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/analyze/figures/index.js';

type Got = { text: string; value: number | null; low: number | null; high: number | null; unit: string | null; unitPhrase: string | null };

function figuresOf(text: string): Got[] {
  return extractFigures(text).map((f) => ({ text: f.text, value: f.value, low: f.low, high: f.high, unit: f.unit, unitPhrase: f.unitPhrase ?? null }));
}
const one = (text: string, value: number | null, unit: string | null, extra: Partial<Got> = {}): Got => ({ text, value, low: null, high: null, unit, unitPhrase: null, ...extra });
const range = (text: string, low: number, high: number, unit: string | null, extra: Partial<Got> = {}): Got => ({ text, value: null, low, high, unit, unitPhrase: null, ...extra });

// General rules for the counted phrase and for reading values (round 9). Own sentences; each rule with
// cases it must leave alone.
export const CASES: Array<[string, string, Got[]]> = [
  // How far the counted phrase runs.
  ['a plural head ends the phrase before a lower-case word', 'Millions of Afghans face hunger and the two governments share the blame.', [
    range('Millions of Afghans', 1e6, 1e7, 'afghan'), one('two governments', 2, 'government'),
  ]],
  ['a plural that modifies stays in the phrase', 'Four human rights activists and 12 arms dealers were held.', [
    one('Four human rights activists', 4, 'activist', { unitPhrase: 'human rights activist' }),
    one('12 arms dealers', 12, 'dealer', { unitPhrase: 'arms dealer' }),
  ]],
  ['a singular the lemmatiser respells is no plural head', 'It set up 25 territorial defence battalions.', [
    one('25 territorial defence battalions', 25, 'battalion', { unitPhrase: 'territorial defence battalion' }),
  ]],
  ['a capitalised word after a plural name continues it', 'Nine Champions League clubs objected.', [
    one('Nine Champions League clubs', 9, 'club', { unitPhrase: 'champions league club' }),
  ]],
  ['a hyphenated compound modifier stays whole', 'It offered two gas-only engine options and 30 battle-hardened units.', [
    one('two gas-only engine options', 2, 'option', { unitPhrase: 'gas-only engine option' }),
    one('30 battle-hardened units', 30, 'unit', { unitPhrase: 'battle-hardened unit' }),
  ]],
  ['a comma between adjectives stays in the phrase', 'It weighs on thousands of small, friendly deals; 4 big, red.', [
    range('thousands of small, friendly deals', 1000, 10000, 'deal', { unitPhrase: 'small friendly deal' }), one('4', 4, null),
  ]],
  ['a part of a plural', 'Two of the soldiers were hurt; 5 of the 10 tanks burned; five of the team left.', [
    one('Two of the soldiers', 2, 'soldier'), one('5', 5, 'tank'), one('10 tanks', 10, 'tank'),
  ]],
  ['coordinated modifiers stay in the phrase', 'Some 30,000 Russian and Belarusian troops drilled with 27 Model S and Model X cars; add 5 and 6 tanks.', [
    one('Some 30,000 Russian and Belarusian troops', 30000, 'troop', { unitPhrase: 'russian belarusian troop' }),
    one('27 Model S and Model X cars', 27, 'car', { unitPhrase: 'model s model x car' }),
    one('5', 5, 'tank'), one('6 tanks', 6, 'tank'),
  ]],
  ['an -s form read as a verb after a number is a plural noun', 'She grabbed 10 rebounds; the other 10 reflects the trend.', [
    one('10 rebounds', 10, 'rebound'), one('10', 10, null),
  ]],
  ['a spaced dash is punctuation, not a compound', 'The three ministers - all from the south - met.', [one('three ministers', 3, 'minister')]],
  ['"or so" between the number and the phrase', 'Of the 300 or so scientists, 40 or so left.', [one('300 or so scientists', 300, 'scientist'), one('40', 40, null)]],
  ['crisis phrases keep their modifiers', 'Some 100,000 Russian troops and 1,000 more British troops massed.', [
    one('Some 100,000 Russian troops', 100000, 'troop', { unitPhrase: 'russian troop' }),
    one('1,000 more British troops', 1000, 'troop', { unitPhrase: 'more british troop' }),
  ]],
  ['a number coordinated with a figure shares its unit', 'It hosts 140 Italian and 250 Polish troops for two or three days; rates rose 3 and 5 percent.', [
    one('140 Italian', 140, 'troop', { unitPhrase: 'italian troop' }), one('250 Polish troops', 250, 'troop', { unitPhrase: 'polish troop' }),
    one('two', 2, 'day'), one('three days', 3, 'day'), one('3', 3, 'percent'), one('5 percent', 5, 'percent'),
  ]],
  ['no shared unit across a verb, a range or a year', 'Of them 3 died and 5 people fled; between 5 and 10 tanks; in 2019 and 2020 cases rose.', [
    one('3', 3, null), one('5 people', 5, 'people'), range('between 5 and 10 tanks', 5, 10, 'tank'),
  ]],
  // Numbers that are not amounts.
  ['decades and age brackets', 'He was in his 30s in the 1990s and the early ’80s; it fell 30 s later.', [one('30 s', 30, 's')]],
  ['a word number inside a compound adjective', 'They held four-way talks under one-party rule on a net-zero plan with the number-one firm.', []],
  ['a word number with a unit of time or a fraction stays', 'A one-year deal and a three-year plan.', [one('one-year', 1, 'year'), one('three-year', 3, 'year')]],
  // Values read.
  ['"between A to B" is a range', 'A brigade of between 800 to 1,000 troops and between 5 - 7 tanks.', [
    range('between 800 to 1,000 troops', 800, 1000, 'troop'), range('between 5 - 7 tanks', 5, 7, 'tank'),
  ]],
  ['vulgar fractions', 'Add ½ teaspoon of salt and 2¾ cups of flour; grade A½ stays.', [one('½ teaspoon', 0.5, 'teaspoon'), one('2¾ cups', 2.75, 'cup')]],
  ['a suffix that qualifies the number', 'A 100,000-strong force, 2,000-plus troops and 30-odd years; it reached 5,000-plus.', [
    one('100,000-strong force', 100000, 'force'), one('2,000-plus troops', 2000, 'troop'), one('30-odd years', 30, 'year'), one('5,000', 5000, null),
  ]],
  // Measures.
  ['a capital C or F glued to a number is a temperature', 'It hit 40C in Kyiv and 104F in Texas; the F-16 and the C-130 flew.', [
    one('40C', 40, '°C'), one('104F', 104, '°F'),
  ]],
  ['inches after feet', 'He is 6ft 2in tall, she is 5 feet 11 inches; it was 6 ft 2 in the end.', [
    one('6ft', 6, 'foot'), one('2in', 2, 'inch'), one('5 feet', 5, 'foot'), one('11 inches', 11, 'inch'), one('6 ft', 6, 'foot'), one('2', 2, null),
  ]],
  ['the level a change ends at takes the unit of the change', 'The index lost 162 points, or 2.1%, to close at 7,425; mileage rose from 20 mpg to 24.', [
    one('162 points', 162, 'point'), one('2.1%', 2.1, 'percent'), one('7,425', 7425, 'point'), one('20 mpg', 20, 'mpg'), one('24', 24, 'mpg'),
  ]],
  ['no level from a percentage or without a change', 'The stock rose 8% to 3.65; it sent 5 tanks to 2 towns and 4 jets to 3.', [
    one('8%', 8, 'percent'), one('3.65', 3.65, null), one('5 tanks', 5, 'tank'), one('2 towns', 2, 'town'), one('4 jets', 4, 'jet'), one('3', 3, null),
  ]],
  ['"sub-" before a number is a prefix, not a name', 'Chips below sub-7 nanometre size; the Su-35 flew.', [one('7 nanometre', 7, 'nm')]],
  // Money.
  ['an amount and its hundredths', 'It cost 3 dollars 50 cents, then thirteen dollars and forty-five cents, then 15 euros 20.', [
    one('3 dollars 50 cents', 3.5, 'USD'), one('thirteen dollars and forty-five cents', 13.45, 'USD'), one('15 euros 20', 15.2, 'EUR'),
  ]],
  ['no hundredths from a following count, list or scaled amount', 'It cost $5 and 20 people came; $300 million and 40 tanks; $10 and 20 euros.', [
    one('$5', 5, 'USD'), one('20 people', 20, 'people'), one('$300 million', 3e8, 'USD'), one('40 tanks', 40, 'tank'), one('$10', 10, 'USD'), one('20 euros', 20, 'EUR'),
  ]],
  ['a scale after the currency, a scale prefix on the code', 'They lost 75 USD million and 30 MUSD; it cost 400 kEUR; 5 Musd is no code.', [
    one('75 USD million', 7.5e7, 'USD'), one('30 MUSD', 3e7, 'USD'), one('400 kEUR', 4e5, 'EUR'), one('5', 5, null),
  ]],
  ['A$ is the Australian dollar only glued', 'It raised A$4.5 billion; a $5 fee.', [one('A$4.5 billion', 4.5e9, 'AUD'), one('$5', 5, 'USD')]],
  // Rates.
  ['a measure per any unit of measure', 'It moved 50 metres per millisecond, 8 cm/ms and 90 km/h; it took 5 ms.', [
    one('50 metres per millisecond', 50, 'm per millisecond'), one('8 cm/ms', 8, 'cm per millisecond'), one('90 km/h', 90, 'km/h'), one('5 ms', 5, 'millisecond'),
  ]],
  ['a slash is "per" after an amount', 'Brent hit $80/barrel and fuel 2 euros/litre.', [
    one('$80/barrel', 80, 'USD per barrel'), one('2 euros/litre', 2, 'EUR per litre'),
  ]],
  ['no rate from a ratio of counts or money', 'A 24/7 service and 50 km/$10.', [one('50 km', 50, 'km'), one('$10', 10, 'USD')]],
  ['a range of word numbers shares the scale of its second number', 'Two to three thousand troops and five to six tanks came.', [
    range('Two to three thousand troops', 2000, 3000, 'troop'), range('five to six tanks', 5, 6, 'tank'),
  ]],
  ['a list whose items share a preposition shares the unit', 'It sends 1,000 soldiers to Romania and 2,000 to Poland; 5% in May and 7 in June; 3 jets in Lviv, 2 at sea.', [
    one('1,000 soldiers', 1000, 'soldier'), one('2,000', 2000, 'soldier'), one('5%', 5, 'percent'), one('7', 7, null), one('3 jets', 3, 'jet'), one('2', 2, null),
  ]],
  // Bare numbers that a verb of harm counts.
  ['a bare number after a verb of harm is people', 'The war has killed more than 13,000 and wounded 30,000.', [
    one('more than 13,000', 13000, 'people'), one('30,000', 30000, 'people'),
  ]],
  ['a bare number before a passive verb of harm is people', 'In all 1,400 have been killed and 300 were arrested.', [
    one('1,400', 1400, 'people'), one('300', 300, 'people'),
  ]],
  ['a multitude counts a noun only after "of" or "more"', 'Hundreds of thousands face hunger; thousands more troops came; dozens of drones flew; several thousand cheering fans.', [
    range('thousands more troops', 1000, 10000, 'troop', { unitPhrase: 'more troop' }), range('dozens of drones', 12, 120, 'drone'),
    range('several thousand cheering fans', 3000, 9000, 'fan', { unitPhrase: 'cheering fan' }),
  ]],
  ['a bare participle of harm after a number or a multitude', 'Dozens killed in the raid left 20 dead.', [
    range('Dozens', 12, 120, 'people'), one('20', 20, 'people'),
  ]],
  ['no people from a year, a score or a percent', 'Shelling killed in 2014 and wounded 3-1; it killed 40% of cattle.', [one('40%', 40, 'percent')]],
  // Ages.
  ['an age set off by commas after a name', 'said Oleksandr Kopov, 60, a farmer; Kyiv, 30, 40 and 50 were listed.', [
    one('60', 60, 'year of age'), one('30', 30, null), one('40', 40, null), one('50', 50, null),
  ]],
];

for (const [name, sentence, expected] of CASES) {
  test(`figures phrase rules: ${name}`, () => {
    assert.deepEqual(figuresOf(sentence), expected);
  });
}

test('figures phrase rules: harm and age figures carry ledger keys only for people', () => {
  const figs = extractFigures('The shelling killed 12 and injured 40, said Ivan Petrenko, 45, a resident.');
  assert.deepEqual(figs.map((f) => [f.text, f.unit, f.aboutKey]), [['12', 'people', 'killed'], ['40', 'people', 'wounded'], ['45', 'year of age', null]]);
});

test('figures phrase rules: coordinated counts keep the ledger key and the actor', () => {
  const figs = extractFigures('Romania hosts 140 Turkish and 250 Polish troops and 30 Italian and 20 Polish jets.');
  assert.deepEqual(figs.map((f) => [f.text, f.aboutKey, f.actor]), [
    ['140 Turkish', 'troop', 'Turkey'], ['250 Polish troops', 'troop', 'Poland'], ['30 Italian', 'aircraft', null], ['20 Polish jets', 'aircraft', 'Poland'],
  ]);
});

test('figures phrase rules: a bare amount with a bracketed conversion', () => {
  const conv = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unit, f.converted?.value ?? null, f.converted?.unit ?? null]);
  // The currency of an earlier amount converted the same way.
  assert.deepEqual(conv('It costs 2,435,000 yen ($22,480) for the manual and 2,380,000 ($21,972) for the automatic.'), [
    ['2,435,000 yen ($22,480)', 2435000, 'JPY', 22480, 'USD'], ['2,380,000 ($21,972)', 2380000, 'JPY', 21972, 'USD'],
  ]);
  // No earlier amount: the currency stays unknown, the conversion is kept.
  assert.deepEqual(conv('A deficit of 1.6 billion ($2.5 billion) is expected.'), [['1.6 billion ($2.5 billion)', 1.6e9, null, 2.5e9, 'USD']]);
  // A bracketed amount after a label is no conversion.
  assert.deepEqual(conv('Item 4 ($6) sold out.'), [['$6', 6, 'USD', null, null]]);
});

test('figures phrase rules: a "-strong" force is a troop figure for the ledger', () => {
  const figs = extractFigures('Russia has massed a 100,000-strong force near the border.');
  assert.deepEqual(figs.map((f) => [f.text, f.value, f.aboutKey]), [['100,000-strong force', 100000, 'troop']]);
});

test('figures phrase rules: 1 MB lines of coordinations, conversions, hundredths and suffixes stay fast', () => {
  const hostile = ['5 and '.repeat(170_000), '1 ($2) '.repeat(130_000), '$5 and 20. '.repeat(90_000), '5-strong 6-plus '.repeat(60_000), 'killed 5 and '.repeat(80_000), 'Ivan Petrov, 30, '.repeat(60_000), '½ 2¼ km/ms '.repeat(80_000)];
  for (const h of hostile) {
    const t = Date.now();
    extractFigures(h);
    assert.ok(Date.now() - t < 15000, `took ${Date.now() - t} ms`);
  }
});

test('figures phrase rules: two coordinated nationalities name no single actor', () => {
  const figs = extractFigures('Some 30,000 Russian and Belarusian troops drilled; 200 Russian troops stayed.');
  assert.deepEqual(figs.map((f) => [f.aboutKey, f.actor]), [['troop', null], ['troop', 'Russia']]);
});

test('figures phrase rules: a bare number a toll reaches counts what the toll counts', () => {
  const figs = extractFigures('The death toll has climbed to more than 300; casualties rose to 1,500; losses widened to 40 million; the toll rose 20% to 360.');
  assert.deepEqual(figs.map((f) => [f.text, f.unit, f.aboutKey]), [
    ['more than 300', 'people', 'killed'], ['1,500', 'people', 'casualty'], ['40 million', null, null], ['20%', 'percent', null], ['360', null, null],
  ]);
});
