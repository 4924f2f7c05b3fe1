/**
 * NewsQuant benchmark (906 quantities in 590 news sentences, from the CQE paper).
 *
 *   node dist/bench/newsquant.js [path/to/NewsQuant.json] [--split dev|dev-a|dev-b|heldout|all] [--markdown FILE] [--errors]
 *
 * Split: NewsQuant has one set. Each sentence goes to the development half or the held-out half by
 * a stable hash of its text (FNV-1a, 32 bit, of the UTF-8 bytes; even → dev, odd → heldout), so the
 * split never depends on file order. Without `--split` all three rows (dev, heldout, all) are shown.
 * `--errors` lists the development half's errors only, whatever `--split` says: the held-out half's
 * errors are never printed.
 *
 * Inner split (from round 9): the development half is split again, by the same hash with another
 * offset basis (`INNER_SEED`) and a final mix (`innerSplitOf`; even → dev-a, odd → dev-b). Errors are studied on dev-a only
 * (`--split dev-a --errors` lists dev-a's errors); dev-b is scored but its errors are never printed
 * (`--split dev-b --errors` is refused), so it tells whether a change made for dev-a generalises.
 *
 * GPT-3: the predictions shipped with the benchmark (`data/gpt_3_output/predictions_NewsQuant.json`)
 * are scored by the same code on the same halves, decoded as the benchmark's evaluation decodes them
 * (first field after the change is the value, the fourth is the unit, lower-cased, one trailing "s"
 * dropped, then renamed by `GPT3_UNIT_NAMES`).
 *
 * Scoring follows the benchmark's own evaluation script (CQE `evaluate_models.py`,
 * `calculate_metrics`): gold and predicted quantities of a sentence are sorted by unit name; for
 * every gold quantity the predictions are walked in that order; a value matches when the numbers
 * are close (relative 1e-5; a range matches a range with both ends close, never a single value);
 * every value match counts for "value" while the sentence has gold quantities left to credit; the
 * first value match whose unit is equal (lower-cased) counts for "value+unit", is removed from the
 * predictions and ends the walk for that gold quantity. Precision divides by all predictions,
 * recall by all gold quantities. Because that script can credit one prediction's value for
 * several gold quantities, a strict one-to-one variant is reported beside it.
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
  AUD: 'australian dollar', CAD: 'canadian dollar', INR: 'indian rupee', RUB: 'russian ruble', UAH: 'ukrainian hryvnia',
  CHF: 'swiss franc', ILS: 'shekel', MYR: 'malaysian ringgit', BTC: 'bitcoin', HKD: 'hong kong dollar', NZD: 'new zealand dollar',
  SGD: 'singapore dollar', BRL: 'brazilian real',
  km: 'kilometre', m: 'metre', cm: 'centimetre', mm: 'millimetre', kg: 'kilogram', g: 'gram', mg: 'milligram',
  tonne: 'metric ton', pound: 'pound-mass', ml: 'millilitre', 'km/h': 'kilometre per hour', mph: 'mile per hour',
  km2: 'square kilometre', m2: 'square metre', m3: 'cubic metre', '°C': 'celsius', '°F': 'fahrenheit',
  kWh: 'kilowatt hour', MWh: 'megawatt hour', GW: 'gigawatt', MW: 'megawatt', kW: 'kilowatt', W: 'watt', hp: 'horsepower',
  GB: 'gigabyte', TB: 'terabyte', MB: 'megabyte', GHz: 'gigahertz', MHz: 'megahertz', Hz: 'hertz', times: 'count',
  mpg: 'mile per gallon', penny: 'penny', TRY: 'turkish lira', MXN: 'mexican peso', PLN: 'polish złoty',
  ZAR: 'south african rand', SEK: 'swedish krone', NOK: 'norwegian krone', DKK: 'danish krone', CZK: 'czech koruna', HUF: 'hungarian forint',
  KES: 'kenyan shilling', ARS: 'argentine peso', CLP: 'chilean peso', COP: 'colombian peso', QAR: 'qatari riyal', EGP: 'egyptian pound',
  PKR: 'pakistani rupee', RON: 'romanian leu', BGN: 'bulgarian lev', ISK: 'icelandic krona', VND: 'vietnamese dong', BDT: 'bangladeshi taka',
  KZT: 'kazakhstani tenge', GHS: 'ghanaian cedi',
  // CQE's vocabulary names a G after a number ("4G") `generation wireless`.
  G: 'generation wireless',
  // CQE's vocabulary has no percentage point: the unit of "percentage points" is the first word it knows, `percentage`.
  'percentage point': 'percentage',
  // CQE's vocabulary lists a peso with no country under the Mexican peso.
  peso: 'mexican peso', NLG: 'netherlands guilde', FIM: 'finnish markka',
  dm: 'decimetre', ppm: 'part per million', ppb: 'parts-per-billion', nm: 'nanometre', 'μm': 'micrometre', MPa: 'megapascal',
  GPa: 'gigapascal', kPa: 'kilopascal', ksi: 'kilopound per square inch', 'N·m': 'newton metre', 'lb-ft': 'pound-foot',
  mAh: 'milliampere-hour', rpm: 'revolutions per minute', Mbps: 'megabit per second', dB: 'decibel', PS: 'horsepower',
  'kV/cm': 'kilovolt per centimetre', 'A/cm²': 'ampere per square centimetre', psi: 'pound per square inch', TWh: 'terawatt hour',
  GWh: 'gigawatt hour', kV: 'kilovolt', V: 'volt', A: 'ampere', fps: 'frame per second', Gbps: 'gigabit per second', kB: 'kilobyte',
  PB: 'petabyte', 'm/s': 'metre per second', MMBtu: 'mega british thermal unit', THB: 'thai baht', NGN: 'nigerian naira',
  IDR: 'indonesian rupiah', AED: 'united arab emirates dirham', SAR: 'saudi riyal', TWD: 'new taiwan dollar', KRW: 'south korean won',
  PHP: 'philippine peso', HRK: 'croatian kuna', GEL: 'georgian lari', 'fl oz': 'ounce', rad: 'radian',
  cm2: 'square centimetre', mm2: 'square millimetre', 'ft-lbf': 'foot pound-force', Gbit: 'gigabit', Mbit: 'megabit', Tbit: 'terabit',
  kbit: 'kilobit', hPa: 'hectopascal', mbar: 'millibar', J: 'joule', kJ: 'kilojoule', MJ: 'megajoule', GJ: 'gigajoule',
  eV: 'electronvolt', keV: 'kiloelectronvolt', MeV: 'megaelectronvolt', GeV: 'gigaelectronvolt', TeV: 'teraelectronvolt', cc: 'millilitre',
  // CQE's vocabulary lists a nautical mile under the mile.
  'nautical mile': 'mile',
  // Counted nouns CQE's vocabulary spells its own way.
  touchdown: 'touch down',
};

const PER_UNIT_NAMES: Record<string, string> = {
  tonne: 'metric ton', share: 'share', ton: 'ton', microgram: 'microgram', m2: 'square metre', km2: 'square kilometre', g: 'gram',
};

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
    let unit = benchUnit(f.unitPhrase ?? f.unit);
    // CQE's vocabulary reads a "p" after a number as `point` (share prices quoted in pence: "118.5p").
    if (f.unit === 'penny' && /\dp$|\d p$/.test(f.text)) unit = 'point';
    // ... and names torque written "lb-ft" `foot pound-force`, but "pound-feet" `pound-foot`.
    if (f.unit === 'lb-ft' && /lb/i.test(f.text)) unit = 'foot pound-force';
    // ... and lists "rupees" and "Rs" under a `rupee` of its own, apart from the `indian rupee` of "INR" and "₹".
    if (f.unit === 'INR' && /rupee|(?<![\p{L}])Rs(?![\p{L}])/iu.test(f.text)) unit = 'rupee';
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
  // As the evaluation reads strings: "a-b" is a range unless it is an exponent ("1.99E-29") or negative.
  if (!v.includes('E') && !v.startsWith('-') && v.includes('-')) {
    const [a, b] = v.split('-');
    return [Number(a), Number(b)];
  }
  return Number(v);
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

/** FNV-1a (32 bit) of the UTF-8 bytes of `text`, from the offset basis `seed`. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Stable half of a sentence: FNV-1a (32 bit) of its UTF-8 text; even → dev, odd → heldout. */
export function splitOf(text: string): 'dev' | 'heldout' {
  return fnv1a(text) % 2 === 0 ? 'dev' : 'heldout';
}

/** Offset basis of the inner split (any fixed value other than FNV's own). */
const INNER_SEED = 0x9e3779b9;

/**
 * Inner part of a development sentence: FNV-1a from `INNER_SEED`, mixed by MurmurHash3's 32-bit finaliser;
 * even → dev-a (studied), odd → dev-b (never studied). The finaliser is needed: FNV-1a's lowest bit is the
 * parity of the bytes' lowest bits whatever the offset basis, so without it the inner split would follow
 * the outer one and put every development sentence in one part.
 */
export function innerSplitOf(text: string): 'dev-a' | 'dev-b' {
  let h = fnv1a(text, INNER_SEED);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h % 2 === 0 ? 'dev-a' : 'dev-b';
}

type Split = 'dev' | 'dev-a' | 'dev-b' | 'heldout' | 'all';
const SPLITS: Split[] = ['dev', 'dev-a', 'dev-b', 'heldout', 'all'];

function inSplit(text: string, split: Split): boolean {
  if (split === 'all') return true;
  const half = splitOf(text);
  if (split === 'dev' || split === 'heldout') return half === split;
  return half === 'dev' && innerSplitOf(text) === split;
}

/**
 * GPT-3 unit names → benchmark names, as the benchmark's evaluation renames them (only the names
 * that occur in the NewsQuant predictions; keys after lower-casing and dropping one trailing "s").
 */
const GPT3_UNIT_NAMES: Record<string, string> = {
  'amperes per cm2': 'ampere per square centimetre', 'assists per game': 'assist per game', 'barrel-a-day': 'barrel per day',
  'barrels / day': 'barrel per day', celsiu: 'celsius', 'cents per share': 'cent per share', 'commercial fishermen': 'commercial fisherman',
  'degree celsiu': 'celsius', 'degrees celsiu': 'celsius', 'degrees fahrenheit': 'fahrenheit', deputie: 'deputy', feet: 'foot',
  gigatonne: 'gigaton', 'gigawatt-hour': 'gigawatt hour', kilometer: 'kilometre', 'kilometers / hour': 'kilometre per hour',
  'kilopounds per square inch': 'kilopound per square inch', 'kilovolts per centimeter': 'kilovolt per centimetre',
  'kilowatt-hour': 'kilowatt hour', ksi: 'kilopound per square inch', kuna: 'croatian kuna', liter: 'litre',
  'megabits per second': 'megabit per second', meter: 'metre', micrometer: 'micrometre', 'miles per gallon': 'mile per gallon',
  'miles per hour': 'mile per hour', 'milliampere hour': 'milliampere-hour', milliliter: 'millilitre', millimeter: 'millimetre',
  nanometer: 'nanometre', 'newton meter': 'newton metre', 'parts per billion': 'parts-per-billion',
  'parts per million': 'part per million', percent: 'percentage', 'points per game': 'point per game', 'pound-feet': 'pound-foot',
  rand: 'south african rand', 'rebounds per game': 'rebound per game', ringgit: 'malaysian ringgit', 'square meter': 'square metre',
  time: 'count', touchdown: 'touch down', 'us dollar': 'dollar', 'us fluid ounce': 'ounce', 'us gallon': 'gallon', 'us pint': 'pint',
  'us quart': 'quart', 'us$': 'dollar', 'wins above replacement': 'win above replacement', yen: 'japanese yen', yuan: 'chinese yuan',
  '€': 'euro',
};

type Prediction = Array<string>;
/** Tags of the GPT-3 predictions, keyed by sentence text (the first record of a text wins). */
function gpt3Tagger(records: Array<{ text: string; quantities: Prediction[] }>): (text: string) => Tag[] {
  const byText = new Map<string, Prediction[]>();
  for (const r of records) if (!byText.has(r.text)) byText.set(r.text, r.quantities);
  return (text) => {
    const tags: Tag[] = [];
    for (const q of byText.get(text) ?? []) {
      if (q.length === 0) continue;
      let unit = (q[3] ?? '').toLowerCase().trim();
      if (unit.endsWith('s')) unit = unit.slice(0, -1);
      unit = GPT3_UNIT_NAMES[unit] ?? unit;
      const raw = (q[1] ?? '').trim();
      const value = goldValue(raw);
      tags.push({ value, unit, text: raw });
    }
    return tags;
  };
}

const byUnit = <T extends { unit: string }>(a: T, b: T) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);

export function score(data: GoldSentence[], tagger: (text: string) => Tag[] = tagsFor, showErrors = false) {
  let totalGold = 0;
  let totalPred = 0;
  let correctValue = 0;
  let correctUnit = 0;
  let strictValue = 0;
  let strictUnit = 0;
  const errors: string[] = [];
  for (const s of data) {
    const tags = tagger(s.text);
    totalGold += s.quantities.length;
    totalPred += tags.length;
    // The benchmark's own counting (both lists sorted by unit name, stable).
    const gold = s.quantities.map((q) => ({ value: goldValue(q.value), unit: q.normalized_unit, lower: q.normalized_unit.toLowerCase() })).sort(byUnit);
    let left = [...tags].sort(byUnit);
    let budget = s.quantities.length;
    for (const q of gold) {
      for (const t of left) {
        if (!valuesMatch(q.value, t.value)) continue;
        if (budget > 0) {
          correctValue++;
          budget--;
        }
        if (t.unit.toLowerCase() === q.lower) {
          correctUnit++;
          left = left.filter((x) => x !== t).sort(byUnit);
          break;
        }
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
  const valueOf = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const mdFile = valueOf('--markdown');
  const splitArg = valueOf('--split');
  if (splitArg !== undefined && !(SPLITS as string[]).includes(splitArg)) throw new Error('--split must be dev, dev-a, dev-b, heldout or all');
  const showErrors = args.includes('--errors');
  if (showErrors && splitArg === 'dev-b') throw new Error('dev-b is scored only: its errors are never printed (study dev-a)');
  const positional = args.filter((a, i) => !a.startsWith('--') && !['--markdown', '--split'].includes(args[i - 1] ?? ''));
  // Another file in the same format (the currency and dimension sets) is scored whole unless a split is asked for.
  const splits: Split[] = splitArg ? [splitArg as Split] : positional[0] !== undefined ? ['all'] : ['dev', 'heldout', 'all'];
  const file = positional[0] ?? fileURLToPath(new URL('data/formatted_test_set/NewsQuant.json', base));
  const data = JSON.parse(readFileSync(file, 'utf8')) as GoldSentence[];
  let gpt3: ((text: string) => Tag[]) | null = null;
  if (positional[0] === undefined) {
    try {
      gpt3 = gpt3Tagger(JSON.parse(readFileSync(new URL('data/gpt_3_output/predictions_NewsQuant.json', base), 'utf8')));
    } catch {
      // GPT-3 predictions are optional
    }
  }
  const f = (x: Score) => `${x.P.toFixed(1)} | ${x.R.toFixed(1)} | ${x.F1.toFixed(1)}`;
  const rows: string[] = [];
  const summary: string[] = [];
  let ms = 0;
  for (const split of splits) {
    const part = data.filter((s) => inSplit(s.text, split));
    const t0 = performance.now();
    const r = score(part, tagsFor, false);
    if (split === 'all' || splits.length === 1) ms = performance.now() - t0;
    summary.push(`${split}: ${r.sentences} sentences, ${r.gold} gold quantities, ${r.predicted} predicted`);
    rows.push(`| ${split} | sitrep figures | ${f(r.value)} | ${f(r.valueUnit)} |`);
    rows.push(`| ${split} | sitrep figures (one-to-one) | ${f(r.strictValue)} | ${f(r.strictValueUnit)} |`);
    if (gpt3) {
      const g = score(part, gpt3, false);
      rows.push(`| ${split} | GPT-3 (shipped predictions) | ${f(g.value)} | ${f(g.valueUnit)} |`);
    }
  }
  const published: Record<string, { value?: string; unit?: string }> = {};
  try {
    const csv = readFileSync(new URL('data/evaluation_output/NewsQuant.csv', base), 'utf8').trim().split('\n').slice(1);
    for (const line of csv) {
      const [, P, R, F1, model, type] = line.split('\t');
      const entry = (published[model!] ??= {});
      if (type === 'value') entry.value = `${P} | ${R} | ${F1}`;
      if (type === 'value+unit') entry.unit = `${P} | ${R} | ${F1}`;
    }
  } catch {
    // published figures are optional
  }
  for (const [model, e] of Object.entries(published)) rows.push(`| all | ${model} (published) | ${e.value ?? '- | - | -'} | ${e.unit ?? '- | - | -'} |`);
  const table = [
    '| half | system | value P | value R | value F1 | value+unit P | value+unit R | value+unit F1 |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(`NewsQuant (${file.split(/[\\/]/).pop()}): ${summary.join('; ')}; sitrep took ${ms.toFixed(0)} ms`);
  console.log(table);
  if (showErrors) {
    // NewsQuant: the development half (or dev-a) only, held-out errors are never shown. Another file: all of it.
    const studied: Split = splitArg === 'dev-a' ? 'dev-a' : 'dev';
    const dev = positional[0] !== undefined ? data : data.filter((s) => inSplit(s.text, studied));
    for (const e of score(dev, tagsFor, true).errors) console.log(e);
  }
  if (mdFile) {
    const md = [
      `Command: \`node dist/bench/newsquant.js${splitArg ? ` --split ${splitArg}` : ''}\` (after \`npx tsc -p tsconfig.json\`)`,
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
      `Data: ${summary.join('; ')}; sitrep took ${ms.toFixed(0)} ms.`,
      '',
      table,
      '',
    ].join('\n');
    writeFileSync(mdFile, md);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
