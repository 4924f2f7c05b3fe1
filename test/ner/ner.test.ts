import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { docFromText } from '../../src/doc/doc.js';
import { splitText, sentencesStage } from '../../src/analyze/sentences/index.js';
import { readConll } from '../../src/analyze/entities/ner/conll.js';
import { documentContext, getModel, givenNamePersons, mentionsStage, recognize, recognizeRaw, splitGluedPersons } from '../../src/analyze/entities/ner/index.js';
import { SpanScorer } from '../../src/analyze/entities/ner/score.js';
import { applyRules, explainRules } from '../../src/analyze/entities/ner/rules.js';
import { spansFromIob } from '../../src/analyze/entities/ner/conll.js';
import { Pipeline } from '../../src/pipeline/stage.js';

/** Entities of a text as `type:words`, sentence by sentence, with the document context. */
function entities(text: string): string[] {
  const doc = docFromText(text);
  new Pipeline([sentencesStage, mentionsStage]).run(doc, { referenceDate: null });
  return (doc.layers.mentions ?? []).map((m) => `${m.type}:${m.text}`);
}

test('the model loads with its BILOU classes', () => {
  const m = getModel();
  assert.equal(m.classes[0], 'O');
  assert.equal(m.classes.length, 17);
  assert.ok(m.index.size > 10_000);
});

const POSITIVE: [string, string[]][] = [
  ['Kremlin spokesman Dmitry Peskov said on Monday that Moscow would respond.', ['PERSON:Dmitry Peskov', 'PLACE:Moscow']],
  ['Ukrainian Foreign Minister Dmytro Kuleba met Antony Blinken in Geneva.', ['PERSON:Dmytro Kuleba', 'PERSON:Antony Blinken', 'PLACE:Geneva']],
  ['NATO Secretary General Jens Stoltenberg spoke to reporters in Brussels on Wednesday.', ['ORG:NATO', 'PERSON:Jens Stoltenberg', 'PLACE:Brussels']],
  ['The European Union said it would impose sanctions on Russia.', ['ORG:European Union', 'PLACE:Russia']],
  ['“We are ready,” said Jen Psaki, the White House press secretary.', ['PERSON:Jen Psaki']],
];

for (const [text, expected] of POSITIVE) {
  test(`finds ${expected.join(', ')}`, () => {
    const got = entities(text);
    for (const e of expected) assert.ok(got.includes(e), `${e} not in ${JSON.stringify(got)}`);
  });
}

const NEGATIVE: [string, RegExp][] = [
  ['On Monday, January 10, the talks began in earnest.', /Monday|January/],
  ['Talks resumed on Friday and ended in December.', /Friday|December/],
  ['Officials said the talks would resume next week.', /Officials/],
  ['Analysts expect prices to rise sharply.', /Analysts/],
  ['Photo: Mikhail Tereshchenko/TASS/Sipa U', /PERSON/],
  ['Mikhail Tereshchenko/TASS/Sipa U', /PERSON/],
];

for (const [text, forbidden] of NEGATIVE) {
  test(`finds nothing matching ${String(forbidden)} in "${text}"`, () => {
    const got = entities(text);
    assert.ok(!got.some((e) => forbidden.test(e)), JSON.stringify(got));
  });
}

test('mentions carry clean-text spans, types and the source', () => {
  const text = 'Tensions rose.\n\nPresident Joe Biden spoke with Vladimir Putin for an hour.';
  const doc = docFromText(text);
  new Pipeline([sentencesStage, mentionsStage]).run(doc, { referenceDate: null });
  const ms = doc.layers.mentions!;
  assert.deepEqual(
    ms.map((m) => [m.text, m.type, text.slice(m.start, m.end), m.source]),
    [
      ['Joe Biden', 'PERSON', 'Joe Biden', 'ner/perceptron'],
      ['Vladimir Putin', 'PERSON', 'Vladimir Putin', 'ner/perceptron'],
    ],
  );
});

test('recognize returns token spans on wink tokens', () => {
  const { tokens } = splitText('Boris Johnson flew to Kyiv.');
  const spans = recognize(tokens);
  assert.deepEqual(spans, [
    { start: 0, end: 2, type: 'PERSON' },
    { start: 4, end: 5, type: 'PLACE' },
  ]);
});

test('empty input gives no entities', () => {
  assert.deepEqual(recognize([]), []);
  assert.deepEqual(entities(''), []);
});

test('a very long sentence is handled in linear time', () => {
  const words: string[] = [];
  for (let i = 0; i < 100_000; i++) words.push(i % 7 === 0 ? 'Smith' : i % 5 === 0 ? '/' : 'a');
  const t = Date.now();
  const spans = recognizeRaw(words);
  assert.ok(Array.isArray(spans));
  assert.ok(Date.now() - t < 20_000);
});

test('a 1 MB token and a 1 MB line of short tokens are handled in linear time', () => {
  const t = Date.now();
  assert.deepEqual(recognizeRaw(['A'.repeat(1_000_000)]).length <= 1, true);
  const words = 'Ab/'.repeat(350_000).split(/(\/)/).filter((w) => w !== '');
  assert.ok(Array.isArray(recognizeRaw(words)));
  assert.ok(Date.now() - t < 30_000);
});

test('explainRules names the rule that removed a span', () => {
  const words = ['Mikhail', 'Tereshchenko', '/', 'TASS', '/', 'Sipa', 'U.'];
  const report = explainRules(words, [{ start: 0, end: 2, type: 'PER' }]);
  assert.deepEqual(report.map((r) => r.rule), ['slash-credit']);
  assert.deepEqual(explainRules(['Talks', 'in', 'Geneva'], [{ start: 2, end: 3, type: 'LOC' }]), []);
  assert.deepEqual(explainRules(['on', 'Monday'], [{ start: 1, end: 2, type: 'PER' }]).map((r) => r.rule), ['not-calendar']);
});

test('IOB1 tags decode to spans', () => {
  assert.deepEqual(spansFromIob(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 2, end: 3, type: 'PER' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});

const testb = fileURLToPath(new URL('../../../../shared/benchmarks/conll2003/eng.testb', import.meta.url));
test('eng.testb PER/LOC/ORG F1 stays above the pinned floor', { skip: !existsSync(testb) }, () => {
  const scorer = new SpanScorer(['PER', 'LOC', 'ORG']);
  for (const d of readConll(testb)) {
    const context = documentContext(d.sentences.map((s) => s.words));
    for (const s of d.sentences) scorer.add(s.spans, recognizeRaw(s.words, context));
  }
  const f1 = scorer.micro().f1;
  assert.ok(f1 >= 0.875, `F1 ${f1.toFixed(4)} below 0.875`);
});

test('a "person" ending in an organisation word is an organisation, with the title-like word before it', () => {
  const words = ['according', 'to', 'the', 'U.S.', 'General', 'Services', 'Administration', '.'];
  assert.deepEqual(applyRules(words, [{ start: 3, end: 4, type: 'LOC' }, { start: 5, end: 7, type: 'PER' }]), [
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 7, type: 'ORG' },
  ]);
  // A person stays a person; a title before a person is not taken in.
  assert.deepEqual(applyRules(['General', 'Mark', 'Milley', 'said'], [{ start: 1, end: 3, type: 'PER' }]), [{ start: 1, end: 3, type: 'PER' }]);
  // Without an opener before it, the span is retyped only.
  assert.deepEqual(applyRules(['the', 'Justice', 'Ministry', 'said'], [{ start: 1, end: 3, type: 'PER' }]), [{ start: 1, end: 3, type: 'ORG' }]);
});

test('an organisation glued to the name of a person after it is split: "the United Nations Dmitry Polyansky"', () => {
  const split = (t: string, spans: { start: number; end: number; type: string }[]) => {
    const w = t.split(' ');
    return splitGluedPersons(w, spans).map((s) => `${w.slice(s.start, s.end).join(' ')}/${s.type}`);
  };
  assert.deepEqual(split('to the United Nations Dmitry Polyansky said', [{ start: 2, end: 6, type: 'ORG' }]), ['United Nations/ORG', 'Dmitry Polyansky/PER']);
  assert.deepEqual(split('Fox News Maria Bartiromo said', [{ start: 0, end: 4, type: 'ORG' }]), ['Fox News/ORG', 'Maria Bartiromo/PER']);
  // Names of organisations that hold a given name stay whole.
  assert.deepEqual(split('Johns Hopkins University said', [{ start: 0, end: 3, type: 'ORG' }]), ['Johns Hopkins University/ORG']);
  assert.deepEqual(split('the Bank of Maria Smith said', [{ start: 1, end: 5, type: 'ORG' }]), ['Bank of Maria Smith/ORG']);
});

test('a name opening with a known given name is a person whatever type the model gave it, not a body named after one', () => {
  const retype = (t: string, spans: { start: number; end: number; type: string }[]) => {
    const w = t.split(' ');
    return givenNamePersons(w, spans).map((s) => `${w.slice(s.start, s.end).join(' ')}/${s.type}`);
  };
  assert.deepEqual(retype('Yulia and Tatiana were helped', [{ start: 0, end: 1, type: 'LOC' }, { start: 2, end: 3, type: 'PER' }]), ['Yulia/PER', 'Tatiana/PER']);
  assert.deepEqual(retype('Pauline Latham said', [{ start: 0, end: 2, type: 'ORG' }]), ['Pauline Latham/PER']);
  // Bodies and places that open with a given name keep their type.
  assert.deepEqual(retype('the Anna Lindh Foundation said', [{ start: 1, end: 4, type: 'ORG' }]), ['Anna Lindh Foundation/ORG']);
  assert.deepEqual(retype('the Maria of Nazareth Trust', [{ start: 1, end: 2, type: 'ORG' }]), ['Maria/ORG']);
  assert.deepEqual(retype('Johnson & Johnson said', [{ start: 0, end: 3, type: 'ORG' }]), ['Johnson & Johnson/ORG']);
  assert.deepEqual(retype('the Kyiv Post said', [{ start: 1, end: 3, type: 'ORG' }]), ['Kyiv Post/ORG']);
});

test('a place abbreviation run into the name after it is cut off: "Washington, D.C. Jane Harman"', () => {
  const w = 'in Washington , D.C. Jane Harman , a former lawmaker'.split(' ');
  assert.deepEqual(givenNamePersons(w, [{ start: 3, end: 6, type: 'PER' }]), [{ start: 4, end: 6, type: 'PER' }]);
  // Initials of the person's own name stay: "J.R. Smith" has no given name after the initials.
  const v = 'coach J.R. Smith said'.split(' ');
  assert.deepEqual(givenNamePersons(v, [{ start: 1, end: 3, type: 'PER' }]), [{ start: 1, end: 3, type: 'PER' }]);
});

test('the name of a body run into the given name after it is cut off: "Roscosmos Yuri Borisov"', () => {
  const w = 'agency Roscosmos Yuri Borisov announced'.split(' ');
  assert.deepEqual(givenNamePersons(w, [{ start: 1, end: 4, type: 'PER' }]), [{ start: 2, end: 4, type: 'PER' }]);
  // A name opening with a given name, or with no given name second, stays whole.
  const v = 'Hillary Rodham Clinton said'.split(' ');
  assert.deepEqual(givenNamePersons(v, [{ start: 0, end: 3, type: 'PER' }]), [{ start: 0, end: 3, type: 'PER' }]);
  const k = 'Kim Jong Un said'.split(' ');
  assert.deepEqual(givenNamePersons(k, [{ start: 0, end: 3, type: 'PER' }]), [{ start: 0, end: 3, type: 'PER' }]);
});
