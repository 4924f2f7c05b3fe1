/**
 * Train the quote stage's candidate filter (src/analyze/quotes/filter.ts) on the PolNeAR training split.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/quotes/train-filter.js [DIR] [--epochs N] [--seed N] [--out FILE]
 *
 * Runs the quote stage with the filter off over every text of DIR (default ../shared/benchmarks/polnear/data/train
 * from the repository root), takes each filterable reported-speech candidate as an example, labelled positive when
 * its span shares a character with a gold attribution content, and trains an averaged perceptron (default 10
 * epochs, seed 1); `--skip N` leaves out the first N texts (to measure the filter on them). Writes the weights to src/analyze/quotes/filter-weights.ts (rebuild afterwards). The same
 * input, epochs and seed give the same file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docFromText } from '../../src/doc/doc.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import { findQuotes } from '../../src/analyze/quotes/index.js';
import { rng } from '../../src/util/random.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const valued = new Set(['--epochs', '--seed', '--out', '--skip']);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && valued.has(args[i - 1]!)));
const dir = positional[0] ?? join(root, '..', 'shared', 'benchmarks', 'polnear', 'data', 'train');
const epochs = Number(flag('--epochs', '10'));
const seed = Number(flag('--seed', '1'));
const skip = Number(flag('--skip', '0'));
const out = flag('--out', join(root, 'src', 'analyze', 'quotes', 'filter-weights.ts'));

/** Content fragments of the attributions in a brat file. */
function goldContents(ann: string): [number, number][] {
  const spans = new Map<string, [number, number][]>();
  const out: [number, number][] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols[0]?.startsWith('T') && cols[1]) {
      const rest = cols[1].split(' ').slice(1).join(' ');
      spans.set(cols[0], rest.split(';').map((p) => p.trim().split(' ').map(Number) as [number, number]).filter((f) => f.length === 2 && f.every(Number.isFinite)));
    }
  }
  for (const line of lines) {
    const cols = line.split('\t');
    if (!cols[0]?.startsWith('E') || !cols[1]) continue;
    for (const arg of cols[1].split(' ')) {
      const [role, id] = arg.split(':');
      if (role?.startsWith('Content') && id) out.push(...(spans.get(id) ?? []));
    }
  }
  return out;
}

interface Example {
  features: string[];
  y: 1 | -1;
}

function collect(): Example[] {
  const annDir = join(dir, 'attributions');
  const chosen = new Map<string, string>();
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!chosen.has(base)) chosen.set(base, f);
  }
  const examples: Example[] = [];
  let n = 0;
  for (const [base, annFile] of chosen) {
    if (n++ < skip) continue;
    const text = readFileSync(join(dir, 'text', base + '.txt'), 'utf8');
    const gold = goldContents(readFileSync(join(annDir, annFile), 'utf8'));
    const doc = docFromText(text);
    sentencesStage.run(doc, { referenceDate: null });
    doc.layers.mentions = [];
    doc.layers.entities = [];
    findQuotes(doc, {
      filter: false,
      onCandidate: (features, [s, e]) => {
        const hit = gold.some(([a, b]) => Math.min(b, e) > Math.max(a, s));
        examples.push({ features, y: hit ? 1 : -1 });
      },
    });
  }
  return examples;
}

function train(examples: Example[]): { bias: number; weights: Map<string, number> } {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const rand = rng(seed);
  const order = examples.map((_, i) => i);
  const touch = (f: string) => {
    total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * (w.get(f) ?? 0));
    stamp.set(f, step);
  };
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      step++;
      let s = 0;
      for (const f of ex.features) s += w.get(f) ?? 0;
      if ((s > 0 ? 1 : -1) !== ex.y) {
        for (const f of ex.features) {
          touch(f);
          w.set(f, (w.get(f) ?? 0) + ex.y);
        }
      }
    }
  }
  for (const f of w.keys()) touch(f);
  const avg = new Map<string, number>();
  for (const [f, t] of total) {
    const v = Math.round((t / step) * 1000) / 1000;
    if (v !== 0) avg.set(f, v);
  }
  const bias = avg.get('bias') ?? 0;
  avg.delete('bias');
  return { bias, weights: avg };
}

const examples = collect();
const pos = examples.filter((e) => e.y === 1).length;
const { bias, weights } = train(examples);
let right = 0;
for (const ex of examples) {
  let s = bias;
  for (const f of ex.features) s += weights.get(f) ?? 0;
  if ((s > 0 ? 1 : -1) === ex.y) right++;
}
const keys = [...weights.keys()].sort();
const body = keys.map((k) => `  ${JSON.stringify(k)}: ${weights.get(k)},`).join('\n');
writeFileSync(
  out,
  `/**\n * Weights of the candidate filter (filter.ts), written by scripts/quotes/train-filter.ts from the PolNeAR\n` +
    ` * training split (${examples.length} candidates, ${pos} positive; ${epochs} epochs, seed ${seed}).\n */\n` +
    `export const FILTER_BIAS = ${bias};\nexport const FILTER_WEIGHTS: Readonly<Record<string, number>> = {\n${body}\n};\n`,
);
console.log(`${examples.length} candidates (${pos} positive), ${keys.length} weights; training accuracy ${(right / examples.length).toFixed(3)}; wrote ${out}`);
