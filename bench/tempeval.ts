/**
 * TempEval-3 time expressions: extraction (relaxed and strict span), type and value.
 *
 *   node dist/bench/tempeval.js [--split test|train] [--data DIR] [--md FILE] [--errors N]
 *
 * `test` is TE3 platinum (20 documents), `train` is TBAQ-cleaned (TimeBank + AQUAINT, 256 documents); tune
 * on train only. Each document's DCT is the reference date; the DCT timex itself (in the header) is not
 * scored. The system reads the text of the <TEXT> element with the tags taken out.
 *
 * Scoring follows the TempEval-3 scorer: a system timex matches a gold one when the spans overlap (relaxed)
 * or are equal (strict); pairs are made one to one. Attribute F1 counts matched pairs whose attribute is
 * right: precision over all system timexes, recall over all gold timexes. Type accuracy is over relaxed matches.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findTimes } from '../src/analyze/times/index.js';
import { splitText } from '../src/analyze/sentences/index.js';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface TmlDoc {
  name: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? _m;
  });

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
};

export function parseTml(name: string, xml: string): TmlDoc {
  const dctM = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dct = dctM ? attr(dctM[1]!, 'value') : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const re = /<[^>]+>|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const piece = m[0];
    if (piece[0] !== '<') {
      text += decode(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece)) {
      open = { start: text.length, type: attr(piece, 'type') ?? '', value: attr(piece, 'value') ?? '' };
    } else if (/^<\/TIMEX3>/.test(piece) && open) {
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.type, value: open.value });
      open = null;
    }
  }
  return { name, dct, text, timexes };
}

interface Counts {
  gold: number;
  sys: number;
  relaxed: number;
  strict: number;
  value: number;
  type: number;
}

function match(gold: GoldTimex[], sys: { start: number; end: number }[], strict: boolean): [number, number][] {
  const pairs: [number, number][] = [];
  const usedG = new Set<number>();
  const cand: [number, number, number][] = [];
  sys.forEach((s, i) =>
    gold.forEach((g, j) => {
      const ov = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      if (strict ? s.start === g.start && s.end === g.end : ov > 0) cand.push([i, j, ov]);
    }),
  );
  cand.sort((a, b) => b[2] - a[2]);
  const usedS = new Set<number>();
  for (const [i, j] of cand) {
    if (usedS.has(i) || usedG.has(j)) continue;
    usedS.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

const prf = (correct: number, sys: number, gold: number) => {
  const p = sys ? correct / sys : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const split = opt('--split') ?? 'test';
  const root = opt('--data') ?? fileURLToPath(new URL('../../../shared/benchmarks/tempeval3/data/TempEval3/', import.meta.url));
  const dirs = split === 'train'
    ? [join(root, 'Training/TBAQ-cleaned/TimeBank'), join(root, 'Training/TBAQ-cleaned/AQUAINT')]
    : [join(root, 'Evaluation/te3-platinum')];
  const showErrors = Number(opt('--errors') ?? 0);
  const counts: Counts = { gold: 0, sys: 0, relaxed: 0, strict: 0, value: 0, type: 0 };
  const errors: string[] = [];
  let docs = 0;
  let chars = 0;
  const t0 = performance.now();
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new Error(`no benchmark data at ${dir}`);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
      const doc = parseTml(f, readFileSync(join(dir, f), 'utf8'));
      const sys = findTimes(doc.text, doc.dct, splitText(doc.text).sentences);
      docs++;
      chars += doc.text.length;
      counts.gold += doc.timexes.length;
      counts.sys += sys.length;
      const relaxed = match(doc.timexes, sys, false);
      counts.relaxed += relaxed.length;
      counts.strict += match(doc.timexes, sys, true).length;
      const matchedS = new Set(relaxed.map((p) => p[0]));
      const matchedG = new Set(relaxed.map((p) => p[1]));
      for (const [i, j] of relaxed) {
        const s = sys[i]!;
        const g = doc.timexes[j]!;
        if (s.value === g.value) counts.value++;
        else errors.push(`VALUE ${f} dct=${doc.dct} "${g.text}" gold=${g.value}/${g.type} sys="${s.text}" ${s.value}/${s.type} (${s.source})`);
        if (s.type === g.type) counts.type++;
      }
      sys.forEach((s, i) => {
        if (!matchedS.has(i)) errors.push(`FP ${f} "${s.text}" ${s.value}/${s.type} (${s.source}) …${doc.text.slice(Math.max(0, s.start - 40), s.end + 20).replace(/\n/g, ' ')}`);
      });
      doc.timexes.forEach((g, j) => {
        if (!matchedG.has(j)) errors.push(`FN ${f} "${g.text}" ${g.value}/${g.type} …${doc.text.slice(Math.max(0, g.start - 40), g.end + 20).replace(/\n/g, ' ')}`);
      });
    }
  }
  const ms = performance.now() - t0;
  const rel = prf(counts.relaxed, counts.sys, counts.gold);
  const str = prf(counts.strict, counts.sys, counts.gold);
  const val = prf(counts.value, counts.sys, counts.gold);
  const typ = prf(counts.type, counts.sys, counts.gold);
  const f3 = (x: number) => x.toFixed(3);
  const rows = [
    ['relaxed span', rel],
    ['strict span', str],
    ['value', val],
    ['type', typ],
  ] as const;
  const lines = [
    `| measure | P | R | F1 |`,
    `|---|---|---|---|`,
    ...rows.map(([n, x]) => `| ${n} | ${f3(x.p)} | ${f3(x.r)} | ${f3(x.f)} |`),
  ];
  const summary = `split=${split} documents=${docs} gold=${counts.gold} system=${counts.sys} relaxed-matches=${counts.relaxed} ` +
    `type accuracy (over relaxed matches)=${f3(counts.relaxed ? counts.type / counts.relaxed : 0)} ` +
    `time=${(ms / 1000).toFixed(2)}s (${Math.round(chars / (ms / 1000))} chars/s)`;
  console.log(summary);
  console.log(lines.join('\n'));
  if (showErrors) console.log(errors.slice(0, showErrors).join('\n'));
  const md = opt('--md');
  if (md) {
    const out = [
      `## Result (${split})`,
      '',
      summary,
      '',
      ...lines,
      '',
      `Machine: ${cpus().length} cores, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
      '',
    ].join('\n');
    writeFileSync(md, out);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
