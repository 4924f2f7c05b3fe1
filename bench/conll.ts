/**
 * CoNLL-2003 English NER benchmark.
 *
 *   node dist/bench/conll.js [--test FILE] [--md FILE] [--no-compromise]
 *
 * Scores exact spans (start, end and type must all match, conlleval style) over PER, LOC and ORG
 * on eng.testb for the project's recogniser and for compromise (npm). Compromise sees each
 * sentence detokenised into plain text; its people/places/organizations are mapped to PER/LOC/ORG
 * and back to tokens by character spans. Throughput is the recogniser alone (model loaded,
 * document context, features, decoding and rules), on one core, best of three timed passes after a warm-up.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, type ConllSentence } from '../src/analyze/entities/ner/conll.js';
import { documentContext, getModel, recognizeRaw } from '../src/analyze/entities/ner/index.js';
import { SpanScorer, type PRF } from '../src/analyze/entities/ner/score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
function arg(name: string, fallback: string | null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const testPath = arg('test', join(root, '..', 'shared', 'benchmarks', 'conll2003', 'eng.testb'))!;
const mdPath = arg('md', null);
const withCompromise = !process.argv.includes('--no-compromise');

const docs = readConll(testPath);
const sentences: ConllSentence[] = docs.flatMap((d) => d.sentences);
const tokenCount = sentences.reduce((n, s) => n + s.words.length, 0);
const TYPES = ['PER', 'LOC', 'ORG'];

// --- ours
const tLoad = Date.now();
getModel();
const loadMs = Date.now() - tLoad;
/** Recognise every sentence, with the context of its document. */
function runOurs(each: (s: ConllSentence, spans: { start: number; end: number; type: string }[]) => void): void {
  for (const d of docs) {
    const context = documentContext(d.sentences.map((s) => s.words));
    for (const s of d.sentences) each(s, recognizeRaw(s.words, context));
  }
}
const ours = new SpanScorer(TYPES);
runOurs((s, spans) => ours.add(s.spans, spans));
// The machine may be shared: time by the CPU this process used (user + system), best of five, each
// pass starting with an empty word cache.
let bestMs = Infinity;
let bestWallMs = Infinity;
for (let pass = 0; pass < 5; pass++) {
  getModel().clearCache();
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let n = 0;
  runOurs((_, spans) => (n += spans.length));
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  if (n < 0) console.log(n);
  bestMs = Math.min(bestMs, ms);
  bestWallMs = Math.min(bestWallMs, Number(process.hrtime.bigint() - wall) / 1e6);
}
const tokensPerSecond = tokenCount / (bestMs / 1000);

// --- compromise
/** Plain text for a token list, with the character offsets of every token. */
export function detokenize(words: readonly string[]): { text: string; offsets: [number, number][] } {
  let text = '';
  const offsets: [number, number][] = [];
  const noSpaceBefore = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    if (i > 0 && !noSpaceBefore.test(w) && !(prev !== undefined && /^[([{$]$/.test(prev))) text += ' ';
    offsets.push([text.length, text.length + w.length]);
    text += w;
  }
  return { text, offsets };
}

let theirs: SpanScorer | null = null;
let compromiseMs = 0;
if (withCompromise) {
  const nlp = ((await import('compromise')) as unknown as { default: (t: string) => CompromiseDoc }).default;
  theirs = new SpanScorer(TYPES);
  const t = Date.now();
  for (const s of sentences) {
    const { text, offsets } = detokenize(s.words);
    const doc = nlp(text);
    const pred: { start: number; end: number; type: string }[] = [];
    const add = (items: CompromiseItem[], type: string): void => {
      for (const it of items) {
        const cs = it.offset.start;
        const ce = cs + it.offset.length;
        let a = -1;
        let b = -1;
        for (let k = 0; k < offsets.length; k++) {
          const [ts, te] = offsets[k]!;
          if (te > cs && ts < ce && /[\p{L}\p{N}]/u.test(s.words[k]!)) {
            if (a < 0) a = k;
            b = k + 1;
          }
        }
        if (a >= 0) pred.push({ start: a, end: b, type });
      }
    };
    add(doc.people().json({ offset: true }), 'PER');
    add(doc.places().json({ offset: true }), 'LOC');
    add(doc.organizations().json({ offset: true }), 'ORG');
    theirs.add(s.spans, pred);
  }
  compromiseMs = Date.now() - t;
}
interface CompromiseItem {
  offset: { start: number; length: number };
}
interface CompromiseDoc {
  people(): { json(o: unknown): CompromiseItem[] };
  places(): { json(o: unknown): CompromiseItem[] };
  organizations(): { json(o: unknown): CompromiseItem[] };
}

// --- report
const f = (x: number): string => x.toFixed(3);
const row = (name: string, sc: SpanScorer): string[] => {
  const cells = (p: PRF): string => `${f(p.precision)} / ${f(p.recall)} / ${f(p.f1)}`;
  return [`| ${name} | **${f(sc.micro().f1)}** | ${cells(sc.type('PER'))} | ${cells(sc.type('LOC'))} | ${cells(sc.type('ORG'))} |`];
};
const lines = [
  `Test file: ${testPath.split(/[\\/]/).slice(-2).join('/')} (${sentences.length} sentences, ${tokenCount} tokens)`,
  '',
  '| system | PER/LOC/ORG F1 | PER P / R / F1 | LOC P / R / F1 | ORG P / R / F1 |',
  '|---|---|---|---|---|',
  ...row('sitrep ner (averaged perceptron)', ours),
  ...(theirs ? row('compromise 14.17.0', theirs) : []),
  '| Flair (published) | 0.931 | | | |',
  '| spaCy transformer (published) | 0.916 | | | |',
  '',
  `Throughput (sitrep ner, one core, inference only): ${Math.round(tokensPerSecond).toLocaleString('en-US')} tokens/s` +
    ` (${bestMs.toFixed(0)} ms of CPU for ${tokenCount} tokens, ${bestWallMs.toFixed(0)} ms wall; model load ${loadMs} ms)` +
    (theirs ? `; compromise: ${Math.round(tokenCount / (compromiseMs / 1000)).toLocaleString('en-US')} tokens/s` : ''),
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`,
];
console.log(lines.join('\n'));
if (mdPath) writeFileSync(mdPath, lines.join('\n') + '\n');
