import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './tmp.js';
import { rng } from '../../src/util/random.js';

export { rng };

export const bin = join(repoRoot, 'bin', 'sitrep.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real CLI in a child process. */
export function sitrep(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? repoRoot,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sitrepAsync(args: string[], opts: { cwd?: string } = {}) {
  return spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Deterministic pseudo-random generator (mulberry32). */

const WORDS =
  'the minister said talks troops border city council officials army village port bridge election court rain harvest bank ship convoy aid water power grid school hospital market prices fuel train road winter snow river mayor police report border guards protest parliament vote budget sanctions exports wheat gas pipeline drone missile shelter refugees volunteers'.split(
    ' ',
  );

/** A synthetic article: distinct per seed, so no two are copies. */
export function syntheticArticle(seed: number): { title: string; text: string; date: string; outlet: string } {
  const r = rng(seed);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)]!;
  const sentence = () => {
    const n = 8 + Math.floor(r() * 12);
    const w = Array.from({ length: n }, pick);
    w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')} ${seed}.`;
  };
  const paras = Array.from({ length: 3 + Math.floor(r() * 4) }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, sentence).join(' '));
  const day = 1 + Math.floor(r() * 28);
  return {
    title: `Report ${seed}: ${pick()} ${pick()}`,
    text: paras.join('\n\n'),
    date: `2022-02-${String(day).padStart(2, '0')}`,
    outlet: ['example.org', 'example.com', 'example.net'][seed % 3]!,
  };
}
