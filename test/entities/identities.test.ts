import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, LocalEntity } from '../../src/doc/types.js';
import { IdentityIndex } from '../../src/link/identities/index.js';
import { foldName, foldWord } from '../../src/analyze/entities/resolve/names.js';

let n = 0;
function ent(name: string, type: EntityType = 'PERSON', aliases: string[] = []): LocalEntity {
  return { key: `e${n++}`, name, type, mentions: [[0, name.length]], aliases, attributes: {}, id: null, source: 'test' };
}

/** Variant pairs that must end as one identity: [first seen, second seen, type]. */
const same: [string, string, EntityType][] = [
  ['Oleksii Reznikov', 'Oleksii Resnikov', 'PERSON'],
  ['Vladimir Kiselev', 'Vladimir Kisilev', 'PERSON'],
  ['Vladmir Putin', 'Vladimir Putin', 'PERSON'],
  ['Vladimir Putin', 'Vladmir Putin', 'PERSON'],
  ['Dmytro Kuleba', 'Dmitro Kuleba', 'PERSON'],
  ['Antony Blinken', 'Anthony Blinken', 'PERSON'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'PERSON'],
  ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'PERSON'],
  ['Volodymyr Zelensky', 'Vladimir Zelensky', 'PERSON'],
  ['Joe Biden', 'Joseph Biden', 'PERSON'],
  ['Kiev', 'Kyiv', 'PLACE'],
  ['Kyiv', 'Kiev', 'PLACE'],
  ['US', 'U.S.', 'PLACE'],
  ['US', 'United States', 'PLACE'],
  ['United States', 'America', 'PLACE'],
  ['America', 'USA', 'PLACE'],
  ['U.S.', 'United States', 'ORG'],
  ['Kharkiv', 'Kharkov', 'PLACE'],
  ['Odessa', 'Odesa', 'PLACE'],
  ['Donbass', 'Donbas', 'PLACE'],
  ['Sergei Lavrov', 'Sergey Lavrov', 'PERSON'],
  ['Alexei Navalny', 'Aleksei Navalny', 'PERSON'],
  ['Mykhailo Podolyak', 'Mykhaylo Podolyak', 'PERSON'],
];

for (const [a, b, type] of same) {
  test(`identities: "${a}" and "${b}" are one ${type}`, () => {
    const ix = new IdentityIndex();
    const [x] = ix.add('d1', [ent(a, type)]);
    const [y] = ix.add('d2', [ent(b, type)]);
    assert.equal(y!.id, x!.id);
    assert.equal(y!.created, false);
    assert.notEqual(y!.evidence.rule, 'new');
    assert.ok(y!.evidence.matched, 'evidence names the identity it matched');
    const v = ix.get(x!.id)!;
    assert.equal(v.documents, 2);
    const all = [v.name, ...v.aliases];
    assert.ok(all.includes(a) && all.includes(b), `aliases keep both spellings: ${JSON.stringify(all)}`);
  });
}

/** Pairs that must stay apart. */
const apart: [string, EntityType, string, EntityType][] = [
  ['Joe Biden', 'PERSON', 'Hunter Biden', 'PERSON'],
  ['Jill Biden', 'PERSON', 'Joe Biden', 'PERSON'],
  ['Paris', 'PLACE', 'Paris Hilton', 'PERSON'],
  ['Paris Hilton', 'PERSON', 'Paris', 'PLACE'],
  ['Georgia', 'PLACE', 'Georgia', 'PERSON'],
  ['Iran', 'PLACE', 'Iraq', 'PLACE'],
  ['Austria', 'PLACE', 'Australia', 'PLACE'],
  ['Russia', 'PLACE', 'Prussia', 'PLACE'],
  ['Sergei Lavrov', 'PERSON', 'Sergei Shoigu', 'PERSON'],
  ['Dmitry Peskov', 'PERSON', 'Dmitry Medvedev', 'PERSON'],
  ['Oleksii Reznikov', 'PERSON', 'Oleksii Danilov', 'PERSON'],
  ['Boris Johnson', 'PERSON', 'Lyndon Johnson', 'PERSON'],
  ['Ivan Ivanov', 'PERSON', 'Ivan Petrov', 'PERSON'],
  ['Kyiv', 'PLACE', 'Kyiv Post', 'ORG'],
  ['UK', 'PLACE', 'US', 'PLACE'],
  ['Tu-95', 'OTHER', 'Tu-142', 'OTHER'],
  ['Hon', 'ORG', 'KHON', 'ORG'],
  ['Ian Smith', 'PERSON', 'Jan Smith', 'PERSON'],
];

for (const [a, ta, b, tb] of apart) {
  test(`identities: "${a}" (${ta}) and "${b}" (${tb}) stay apart`, () => {
    const ix = new IdentityIndex();
    const [x] = ix.add('d1', [ent(a, ta)]);
    const [y] = ix.add('d2', [ent(b, tb)]);
    assert.notEqual(y!.id, x!.id);
    assert.equal(y!.evidence.rule, 'new');
  });
}

test('identities: given names one doubled consonant apart stay apart; vowel spellings still join', () => {
  const ix = new IdentityIndex();
  // Seen as first names in the corpus.
  ix.add('d0', [ent('Allison Janney'), ent('Alisson Becker'), ent('Inna Sovsun'), ent('Ina Garten'), ent('Yulia Svyrydenko')]);
  const [allison] = ix.add('d1', [ent('Allison')]);
  const [alisson] = ix.add('d2', [ent('Alisson')]);
  assert.notEqual(alisson!.id, allison!.id);
  assert.equal(alisson!.evidence.rule, 'new');
  assert.equal(ix.add('d3', [ent('Alisson')])[0]!.id, alisson!.id, 'found again under its own spelling');
  assert.equal(ix.add('d4', [ent('Allison')])[0]!.id, allison!.id);
  const [inna] = ix.add('d5', [ent('Inna')]);
  const [ina] = ix.add('d6', [ent('Ina')]);
  assert.notEqual(ina!.id, inna!.id);
  // A doubled vowel is a transliteration, not another name.
  const [yulia] = ix.add('d7', [ent('Yulia')]);
  assert.equal(ix.add('d8', [ent('Yuliia')])[0]!.id, yulia!.id);
  // A lone surname's slip still folds (not a first name).
  const [borrel] = ix.add('d9', [ent('Borrell')]);
  assert.equal(ix.add('d10', [ent('Borrel')])[0]!.id, borrel!.id);
});

test('identities: a surname joins the person its own document names in full', () => {
  const ix = new IdentityIndex();
  const [joe] = ix.add('d1', [ent('Joe Biden')]);
  const [hunter, bare] = ix.add('d2', [ent('Hunter Biden'), ent('Biden')]);
  assert.notEqual(hunter!.id, joe!.id);
  assert.equal(bare!.id, hunter!.id);
  assert.equal(bare!.evidence.rule, 'same-document');
  const [bare2, joe2] = ix.add('d3', [ent('Biden'), ent('Joe Biden')]);
  assert.equal(bare2!.id, joe!.id);
  assert.equal(joe2!.id, joe!.id);
});

test('identities: a lone surname joins the only person of that surname, else the dominant one, else stays apart', () => {
  const ix = new IdentityIndex();
  const [lavrov] = ix.add('d1', [ent('Sergei Lavrov')]);
  assert.equal(ix.add('d2', [ent('Lavrov')])[0]!.id, lavrov!.id);
  assert.equal(ix.add('d3', [ent('Lavrov')])[0]!.evidence.rule, 'surname');
  // Two Johnsons with equal weight: a bare "Johnson" is neither.
  const [boris] = ix.add('d4', [ent('Boris Johnson')]);
  const [lyndon] = ix.add('d5', [ent('Lyndon Johnson')]);
  const [bare] = ix.add('d6', [ent('Johnson')]);
  assert.notEqual(bare!.id, boris!.id);
  assert.notEqual(bare!.id, lyndon!.id);
  // Boris named in many more documents: he is the dominant Johnson.
  for (let i = 0; i < 5; i++) ix.add(`b${i}`, [ent('Boris Johnson')]);
  const [bare2] = ix.add('d7', [ent('Johnson')]);
  assert.equal(bare2!.id, boris!.id);
  assert.equal(bare2!.evidence.rule, 'surname-dominant');
});

test('identities: a word used mostly as a first name is not taken for a surname', () => {
  const ix = new IdentityIndex();
  const [larry] = ix.add('d1', [ent('Larry David')]);
  ix.add('d2', [ent('David Cameron')]);
  ix.add('d3', [ent('David Lammy')]);
  const [bare] = ix.add('d4', [ent('David')]);
  assert.notEqual(bare!.id, larry!.id);
  assert.equal(bare!.evidence.rule, 'new');
  // A common given name, even when the corpus names only one person with it as surname.
  const [james] = ix.add('d5', [ent('James Guy')]);
  assert.notEqual(ix.add('d6', [ent('Guy')])[0]!.id, james!.id);
});

test('identities: the last word of a surname with particles finds the person; a short name must be spelt alike', () => {
  const ix = new IdentityIndex();
  const [uvdl] = ix.add('d1', [ent('Ursula von der Leyen')]);
  assert.equal(ix.add('d2', [ent('Leyen')])[0]!.id, uvdl!.id);
  const [mann] = ix.add('d3', [ent('Jonny Mann')]);
  assert.notEqual(ix.add('d4', [ent('Man')])[0]!.id, mann!.id);
  assert.equal(ix.add('d5', [ent('Mann')])[0]!.id, mann!.id);
});

test('identities: a short name does not lose its first letter to folding', () => {
  const ix = new IdentityIndex();
  const [kim] = ix.add('d1', [ent('Kim Jong Un')]);
  assert.notEqual(ix.add('d2', [ent('Yun')])[0]!.id, kim!.id);
});

test('identities: brackets and quotes left by a tagger do not make a new name', () => {
  const ix = new IdentityIndex();
  const [a] = ix.add('d1', [ent('Vladimir Zelensky')]);
  const [b] = ix.add('d2', [ent('Vladimir] Zelensky')]);
  assert.equal(b!.id, a!.id);
  assert.equal(b!.evidence.rule, 'exact');
});

test('identities: a surname-only identity is absorbed by the first full name with that surname', () => {
  const ix = new IdentityIndex();
  const [early] = ix.add('d1', [ent('Resnikov')]);
  const [full] = ix.add('d2', [ent('Oleksii Reznikov')]);
  assert.equal(ix.resolve(early!.id), full!.id);
  assert.equal(ix.get(early!.id)!.name, 'Oleksii Reznikov');
  assert.equal(ix.get(full!.id)!.documents, 2);
  assert.ok(ix.evidenceRows().some((r) => r.rule === 'absorb-surname' && r.identity === early!.id));
  assert.equal(ix.list({ type: 'PERSON' }).length, 1);
});

test('identities: ids come from the folding key, whichever spelling comes first', () => {
  const a = new IdentityIndex();
  const b = new IdentityIndex();
  const [x] = a.add('d1', [ent('Volodymyr Zelenskyy')]);
  const [y] = b.add('d1', [ent('Volodymyr Zelensky')]);
  assert.equal(x!.id, y!.id);
  assert.match(x!.id, /^ent_[0-9a-f]{16}$/);
  const [k1] = a.add('d2', [ent('Kiev', 'PLACE')]);
  const [k2] = b.add('d2', [ent('Kyiv', 'PLACE')]);
  assert.equal(k1!.id, k2!.id);
});

test('identities: add() sets entity.id and keeps the order of the entities', () => {
  const ix = new IdentityIndex();
  const list = [ent('Moscow', 'PLACE'), ent('Dmitry Peskov'), ent('Peskov')];
  const out = ix.add('d1', list);
  assert.deepEqual(out.map((o) => o.key), list.map((e) => e.key));
  assert.deepEqual(list.map((e) => e.id), out.map((o) => o.id));
  assert.equal(out[2]!.id, out[1]!.id);
});

test('identities: rows round-trip and the restored index goes on merging', () => {
  const ix = new IdentityIndex();
  ix.add('d1', [ent('Volodymyr Zelensky'), ent('Kiev', 'PLACE'), ent('Joe Biden', 'PERSON', ['Biden'])]);
  ix.add('d2', [ent('Volodymyr Zelenskyy'), ent('Kyiv', 'PLACE'), ent('Hunter Biden'), ent('Resnikov')]);
  const rows = JSON.parse(JSON.stringify(ix.toRows())) as ReturnType<IdentityIndex['toRows']>;
  const back = IdentityIndex.fromRows(rows);
  assert.deepEqual(back.list(), ix.list());
  assert.deepEqual(back.toRows(), rows);
  const out = back.add('d3', [ent('Zelenskiy'), ent('Kyiv', 'PLACE'), ent('Joseph Biden'), ent('Oleksii Reznikov')]);
  const zel = ix.list().find((v) => v.name.startsWith('Volodymyr'))!;
  assert.equal(out[0]!.id, zel.id);
  assert.equal(out[1]!.id, ix.list().find((v) => v.name === 'Kyiv' || v.name === 'Kiev')!.id);
  assert.equal(out[2]!.id, ix.list().find((v) => v.name === 'Joe Biden')!.id);
  assert.equal(back.list({ type: 'PERSON' }).filter((v) => v.name.includes('Reznikov') || v.name.includes('Resnikov')).length, 1);
});

test('folding key: transliteration table', () => {
  const rows: [string, string][] = [
    ['Zelenskyy', 'selenski'],
    ['Zelenskiy', 'selenski'],
    ['Zelensky', 'selenski'],
    ['Kharkiv', 'harkiv'],
    ['Dmytro', 'dmitro'],
    ['Anthony', 'antoni'],
    ['Resnikov', 'resnikov'],
    ['Reznikov', 'resnikov'],
    ['Yevgeny', 'evgeni'],
    ['Alexei', 'aleksei'],
    ['Smirnoff', 'smirnov'],
    ['Erdoğan', 'erdogan'],
  ];
  for (const [word, key] of rows) assert.equal(foldWord(word), key, word);
  assert.equal(foldName('the Kremlin'), 'kremlin');
  assert.notEqual(foldWord('Kiselev'), foldWord('Kisilev'));
});

test('identities: a word naming a kind of institution joins no one by surname', () => {
  const index = new IdentityIndex();
  const cdu: LocalEntity = { key: 'e0', name: 'Christian Democratic Union', type: 'PERSON', mentions: [[0, 26]], aliases: [], attributes: {}, id: null, source: 'test' };
  index.add('d1', [cdu]);
  const union: LocalEntity = { key: 'e0', name: 'Union', type: 'PERSON', mentions: [[0, 5]], aliases: [], attributes: {}, id: null, source: 'test' };
  index.add('d2', [union]);
  assert.notEqual(union.id, cdu.id);
  // A real surname still joins.
  const merkel: LocalEntity = { key: 'e0', name: 'Angela Merkel', type: 'PERSON', mentions: [[0, 13]], aliases: [], attributes: {}, id: null, source: 'test' };
  const merkel2: LocalEntity = { key: 'e0', name: 'Merkel', type: 'PERSON', mentions: [[0, 6]], aliases: [], attributes: {}, id: null, source: 'test' };
  index.add('d3', [merkel]);
  index.add('d4', [merkel2]);
  assert.equal(index.resolve(merkel2.id!), index.resolve(merkel.id!));
});

test('identities: a later variant spelling used as often does not rename the identity', () => {
  const index = new IdentityIndex();
  const a: LocalEntity = { key: 'e0', name: 'Dmytro Kuleba', type: 'PERSON', mentions: [[0, 13]], aliases: [], attributes: {}, id: null, source: 'test' };
  const b: LocalEntity = { key: 'e0', name: 'Dmitro Kouleba', type: 'PERSON', mentions: [[0, 14]], aliases: [], attributes: {}, id: null, source: 'test' };
  index.add('d1', [a]);
  index.add('d2', [b]);
  assert.equal(index.resolve(a.id!), index.resolve(b.id!));
  assert.equal(index.get(a.id!)!.name, 'Dmytro Kuleba');
});
