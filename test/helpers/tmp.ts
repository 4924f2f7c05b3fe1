import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A fresh temporary folder, removed after the test run unless SITREP_KEEP_TMP is set. */
export function tempDir(prefix = 'sitrep-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!process.env.SITREP_KEEP_TMP) process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The repository root (tests run from dist/test/...). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The shared data folder beside the repository. */
export const sharedRoot = join(repoRoot, '..', 'shared');
