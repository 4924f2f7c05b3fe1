/**
 * NewsQuant benchmark (906 quantities in 590 news sentences, from the CQE paper).
 *
 *   node dist/bench/newsquant.js [path/to/NewsQuant.json] [--markdown FILE] [--errors]
 *
 * Scoring follows the benchmark's own evaluation script (CQE `evaluation/evaluate_models.py`,
 * `calculate_metrics`): for every gold quantity, every predicted quantity of the same sentence
 * is compared; a value matches when the numbers are close (relative 1e-5; a range matches a range
 * with both ends close, never a single value); a value match counts once per gold quantity at
 * most for "value", while "value+unit" counts every value match whose normalised unit is equal
 * (lower-cased string equality). Precision divides by all predictions, recall by all gold
 * quantities. Because that script can count one prediction for several gold quantities, a strict
 * one-to-one variant is reported beside it.
 *
 * Units are compared as names in the benchmark's vocabulary (CQE's unit.json names, e.g.
 * `dollar`, `percentage`, `kilometre`); `UNIT_NAMES` below maps sitrep's units onto them, and a
 * counted noun is its lemma (`soldier`). A figure with a paired conversion ("10.5 million
 * Australian dollars ($7.5 million)") is one figure in sitrep and two quantities in NewsQuant,
 * so both are scored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../src/analyze/figures/index.js';
import type { Figure } from '../src/doc/types.js';

interface GoldQuantity {
  change: string;
  value: string;
  unit: string;
  normalized_unit: string;
}
interface GoldSentence {
  text: string;
  quantities: GoldQuantity[];
}
type Value = number | [number, number];
interface Tag {
  value: Value;
  unit: string;
  text: string;
}

/** sitrep unit → NewsQuant (CQE) unit name. Units not listed are used as they are, lower-cased. */
export const UNIT_NAMES: Record<string, string> = {
  percent: 'percentage', USD: 'dollar', EUR: 'euro', GBP: 'pound sterling', JPY: 'japanese yen', CNY: 'chinese yuan',
  AUD: 'australian dollar', CAD: 'canadian dollar', INR: 'rupee', RUB: 'russian ruble', UAH: 'ukrainian hryvnia',
  CHF: 'swiss franc', ILS: 'shekel', MYR: 'malaysian ringgit', BTC: 'bitcoin', HKD: 'hong kong dollar', NZD: 'new zealand dollar',
  SGD: 'singapore dollar', BRL: 'brazilian real',
  km: 'kilometre', m: 'metre', cm: 'centimetre', mm: 'millimetre', kg: 'kilogram', g: 'gram', mg: 'milligram',
  tonne: 'metric ton', pound: 'pound-mass', ml: 'millilitre', 'km/h': 'kilometre per hour', mph: 'mile per hour',
  km2: 'square kilometre', m2: 'square metre', m3: 'cubic metre', '°C': 'celsius', '°F': 'fahrenheit',
  kWh: 'kilowatt hour', MWh: 'megawatt hour', GW: 'gigawatt', MW: 'megawatt', kW: 'kilowatt', W: 'watt', hp: 'horsepower',
  GB: 'gigabyte', TB: 'terabyte', MB: 'megabyte', GHz: 'gigahertz', MHz: 'megahertz', Hz: 'hertz', times: 'count',
  mpg: 'mile per gallon', penny: 'penny', TRY: 'turkish lira', MXN: 'mexican peso', PLN: 'polish zloty',
  ZAR: 'south african rand', SEK: 'swedish krona', NOK: 'norwegian krone', NLG: 'netherlands guilde', FIM: 'finnish markka',
  dm: 'decimetre',
};

const PER_UNIT_NAMES: Record<string, string> = { tonne: 'metric ton', share: 'share', ton: 'ton', microgram: 'microgram' };

function benchUnit(unit: string | null): string {
  if (unit === null) return '-';
  return unit
    .split(' per ')
    .map((u) => (UNIT_NAMES[u] ?? PER_UNIT_NAMES[u] ?? u).toLowerCase().replace(/(meter|liter)$/, (w) => `${w.slice(0, -2)}re`))
    .join(' per ');
}

function tagsFor(text: string): Tag[] {
  const tags: Tag[] = [];
  // A counted noun is named with its modifiers ("telephone call"), as the annotations do.
  const push = (f: Pick<Figure, 'value' | 'low' | 'high' | 'unit' | 'text' | 'unitPhrase'>) => {
    const unit = benchUnit(f.unitPhrase ?? f.unit);
    if (f.value !== null) tags.push({ value: f.value, unit, text: f.text });
    else if (f.low !== null && f.high !== null) tags.push({ value: [f.low, f.high], unit, text: f.text });
  };
  for (const f of extractFigures(text)) {
    push(f);
    if (f.converted) push(f.converted);
  }
  return tags;
}

function goldValue(v: string): Value {
  if (!v.startsWith('-') && v.includes('-')) {
    const [a, b] = v.split('-');
    return [parseFloat(a!), parseFloat(b!)];
  }
  return parseFloat(v);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

function valuesMatch(gold: Value, model: Value): boolean {
  if (Array.isArray(gold) && Array.isArray(model)) return close(model[0], gold[0]) && close(model[1], gold[1]);
  if (Array.isArray(gold) || Array.isArray(model)) return false;
  return close(model, gold);
}

interface Score {
  P: number;
  R: number;
  F1: number;
}
function fscore(tp: number, gold: number, pred: number): Score {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { P: p * 100, R: r * 100, F1: f * 100 };
}

export function score(data: GoldSentence[], showErrors = false) {
  let totalGold = 0;
  let totalPred = 0;
  let correctValue = 0;
  let correctUnit = 0;
  let strictValue = 0;
  let strictUnit = 0;
  const errors: string[] = [];
  for (const s of data) {
    const tags = tagsFor(s.text);
    totalGold += s.quantities.length;
    totalPred += tags.length;
    // The benchmark's own counting.
    let budget = s.quantities.length;
    for (const q of s.quantities) {
      const gv = goldValue(q.value);
      const gu = q.normalized_unit.toLowerCase();
      for (const t of tags) {
        if (!valuesMatch(gv, t.value)) continue;
        if (budget > 0) {
          correctValue++;
          budget--;
        }
        if (t.unit === gu) correctUnit++;
      }
    }
    // Strict: each prediction used once; prefer a prediction that also has the unit right.
    const used = new Set<number>();
    for (const q of s.quantities) {
      const gv = goldValue(q.value);
      const gu = q.normalized_unit.toLowerCase();
      let pick = -1;
      tags.forEach((t, i) => {
        if (used.has(i) || !valuesMatch(gv, t.value)) return;
        if (pick < 0 || (t.unit === gu && tags[pick]!.unit !== gu)) pick = i;
      });
      if (pick >= 0) {
        used.add(pick);
        strictValue++;
        if (tags[pick]!.unit === gu) strictUnit++;
        else if (showErrors) errors.push(`UNIT gold=${gu} got=${tags[pick]!.unit} | ${tags[pick]!.text} | ${s.text}`);
      } else if (showErrors) errors.push(`MISS ${q.value} ${gu} | ${s.text}`);
    }
    if (showErrors) tags.forEach((t, i) => !used.has(i) && errors.push(`EXTRA ${JSON.stringify(t.value)} ${t.unit} "${t.text}" | ${s.text}`));
  }
  return {
    sentences: data.length,
    gold: totalGold,
    predicted: totalPred,
    value: fscore(correctValue, totalGold, totalPred),
    valueUnit: fscore(correctUnit, totalGold, totalPred),
    strictValue: fscore(strictValue, totalGold, totalPred),
    strictValueUnit: fscore(strictUnit, totalGold, totalPred),
    errors,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const root = new URL('../../', import.meta.url);
  const base = new URL('../shared/benchmarks/newsquant/', root);
  const mdAt = args.indexOf('--markdown');
  const mdFile = mdAt >= 0 ? args[mdAt + 1] : undefined;
  const showErrors = args.includes('--errors');
  const positional = args.filter((a, i) => !a.startsWith('--') && (mdAt < 0 || i !== mdAt + 1));
  const file = positional[0] ?? fileURLToPath(new URL('data/formatted_test_set/NewsQuant.json', base));
  const data = JSON.parse(readFileSync(file, 'utf8')) as GoldSentence[];
  const t0 = performance.now();
  const r = score(data, showErrors);
  const ms = performance.now() - t0;
  const f = (x: Score) => `${x.P.toFixed(1)} | ${x.R.toFixed(1)} | ${x.F1.toFixed(1)}`;
  const anchors: string[] = [];
  try {
    const csv = readFileSync(new URL('data/evaluation_output/NewsQuant.csv', base), 'utf8').trim().split('\n').slice(1);
    for (const line of csv) {
      const [, P, R, F1, model, type] = line.split('\t');
      if (type === 'value' || type === 'value+unit') anchors.push(`| ${model} (published) | ${type} | ${P} | ${R} | ${F1} |`);
    }
  } catch {
    // anchors are optional
  }
  const table = [
    '| system | measure | P | R | F1 |',
    '|---|---|---|---|---|',
    `| sitrep figures | value | ${f(r.value)} |`,
    `| sitrep figures | value+unit | ${f(r.valueUnit)} |`,
    `| sitrep figures (one-to-one) | value | ${f(r.strictValue)} |`,
    `| sitrep figures (one-to-one) | value+unit | ${f(r.strictValueUnit)} |`,
    ...anchors,
  ].join('\n');
  console.log(`NewsQuant: ${r.sentences} sentences, ${r.gold} gold quantities, ${r.predicted} predicted, ${ms.toFixed(0)} ms`);
  console.log(table);
  if (showErrors) for (const e of r.errors) console.log(e);
  if (mdFile) {
    const md = [
      '# NewsQuant — figures',
      '',
      `Command: \`node dist/bench/newsquant.js --markdown docs/benchmarks/newsquant.md\` (after \`npx tsc -p tsconfig.json\`)`,
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
      `Data: ${r.sentences} sentences, ${r.gold} gold quantities; ${r.predicted} quantities predicted in ${ms.toFixed(0)} ms.`,
      '',
      table,
      '',
    ].join('\n');
    writeFileSync(mdFile, md);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
