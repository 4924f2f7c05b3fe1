import assert from 'node:assert/strict';
import { test } from 'node:test';
import { genderOfName, genderOfPronoun } from '../../src/analyze/entities/resolve/given-names.js';

test('given names point to a gender only when they are used for one', () => {
  const cases: [string, string | null][] = [
    ['Maria Shcherbenko', 'female'],
    ['Iryna Vereshchuk', 'female'],
    ['Volodymyr Zelenskyy', 'male'],
    ['Dmytro Kuleba', 'male'],
    ['Sasha Kovalenko', null],
    ['Jean Dupont', null],
    ['Zelenskyy', null],
    ['', null],
  ];
  for (const [name, g] of cases) assert.equal(genderOfName(name), g, name);
  assert.equal(genderOfPronoun('She'), 'female');
  assert.equal(genderOfPronoun('he'), 'male');
  assert.equal(genderOfPronoun('they'), null);
});
