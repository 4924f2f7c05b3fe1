/**
 * Cleaning measured on real articles: runs `cleanText` over a seeded sample of the CSLI and r2nery
 * corpora (`../shared/corpora`), counts removed pieces per rule and per outlet, times it, and prints
 * random removed pieces for a hand check.
 *
 *   node dist/bench/cleaning.js [--n 2000] [--seed 1] [--show 30] [--rule clean/caption] [--corpora DIR]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../src/clean/index.js';

interface Article {
  outlet: string;
  title: string | null;
  text: string;
  set: string;
}

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function load(dir: string, name: string): Article[] {
  const buf = gunzipSync(readFileSync(`${dir}/ukraine-media-${name}.jsonl.gz`));
  const out: Article[] = [];
  for (const line of buf.toString('utf8').split('\n')) {
    if (!line) continue;
    const o = JSON.parse(line) as { outlet?: string; title?: string; text?: string };
    if (typeof o.text === 'string' && o.text.length > 0) out.push({ outlet: o.outlet ?? '?', title: o.title ?? null, text: o.text, set: name });
  }
  return out;
}

function sample<T>(xs: T[], n: number, rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const defaultDir = fileURLToPath(new URL('../../../shared/corpora', import.meta.url));
const dir = arg('corpora', defaultDir);
const n = Number(arg('n', '2000'));
const seed = Number(arg('seed', '1'));
const show = Number(arg('show', '30'));
const onlyRule = arg('rule', '');
const full = process.argv.includes('--full');
const rand = rng(seed);

const arts = [...sample(load(dir, 'csli'), n / 2, rand), ...sample(load(dir, 'r2nery'), n / 2, rand)];
const perRule = new Map<string, number>();
const perOutlet = new Map<string, { docs: number; pieces: number; chars: number; rawChars: number }>();
const credits = new Map<string, number>();
const langs = new Map<string, number>();
const all: { rule: string; outlet: string; text: string; before: string; after: string }[] = [];
let rawChars = 0;
let removedChars = 0;

// Warm up (regex compilation, language model).
for (const a of arts.slice(0, 20)) cleanText(a.text, { title: a.title });
// Two timed passes; the second (steady state) is reported.
let results: ReturnType<typeof cleanText>[] = [];
let ms = 0;
for (let pass = 0; pass < 2; pass++) {
  const t0 = process.hrtime.bigint();
  results = arts.map((a) => cleanText(a.text, { title: a.title }));
  ms = Number(process.hrtime.bigint() - t0) / 1e6;
}

results.forEach((r, i) => {
  const a = arts[i]!;
  const key = `${a.set}:${a.outlet}`;
  const o = perOutlet.get(key) ?? { docs: 0, pieces: 0, chars: 0, rawChars: 0 };
  o.docs++;
  o.rawChars += a.text.length;
  rawChars += a.text.length;
  for (const p of r.removed) {
    perRule.set(p.rule, (perRule.get(p.rule) ?? 0) + 1);
    o.pieces++;
    o.chars += p.text.length;
    removedChars += p.text.length;
    all.push({ rule: p.rule, outlet: key, text: p.text, before: a.text.slice(Math.max(0, p.start - 100), p.start), after: a.text.slice(p.end, p.end + 100) });
  }
  perOutlet.set(key, o);
  credits.set(r.credit ?? '(none)', (credits.get(r.credit ?? '(none)') ?? 0) + 1);
  langs.set(r.language ?? '(null)', (langs.get(r.language ?? '(null)') ?? 0) + 1);
});

const pct = (x: number, y: number) => (y ? ((100 * x) / y).toFixed(2) : '0') + '%';
console.log(`# cleaning over ${arts.length} articles (seed ${seed}): ${ms.toFixed(0)} ms, ${(ms / arts.length).toFixed(3)} ms/article, ${((1000 * arts.length) / ms).toFixed(0)} articles/s`);
console.log(`removed ${all.length} pieces, ${removedChars} of ${rawChars} chars (${pct(removedChars, rawChars)})`);
console.log('\n| rule | pieces |\n|---|---|');
for (const [r, c] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`| ${r} | ${c} |`);
console.log('\n| outlet | docs | pieces | chars removed |\n|---|---|---|---|');
for (const [k, o] of [...perOutlet].sort((a, b) => b[1].pieces - a[1].pieces)) console.log(`| ${k} | ${o.docs} | ${o.pieces} | ${pct(o.chars, o.rawChars)} |`);
console.log('\ncredits:', [...credits].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${k} ${v}`).join(', '));
console.log('languages:', [...langs].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));

const pool = onlyRule ? all.filter((x) => x.rule === onlyRule) : all;
const picked = sample(pool, show, rng(seed + 7));
console.log(`\n${picked.length} random removed pieces${onlyRule ? ` (${onlyRule})` : ''}:`);
picked.forEach((p, i) => {
  const t = p.text.length > 220 && !full ? `${p.text.slice(0, 150)} … ${p.text.slice(-60)}` : p.text;
  console.log(`${String(i + 1).padStart(2)}. [${p.rule}] (${p.outlet}) ${JSON.stringify(t)}`);
  if (full) console.log(`    before: ${JSON.stringify(p.before)}\n    after: ${JSON.stringify(p.after)}`);
});
