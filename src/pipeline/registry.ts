/**
 * Named pipelines, loaded on demand: a process that runs only the foundation pipeline (or none,
 * like the main thread of ingest) does not load the models of the others.
 */
import type { Pipeline } from './stage.js';

/** Stage names of each pipeline, in order: `default` (everything), `foundation` (clean, store, search, duplicates). */
export const PIPELINE_STAGES: Record<string, readonly string[]> = {
  default: ['sentences', 'ner', 'entities', 'quotes', 'times', 'figures'],
  foundation: ['sentences'],
};

/** Bump when a stage's output changes, so stored documents can be told apart from fresh ones. */
export const ANALYSIS_VERSION = 1;

/** A short description of the analysis, stored with each document. */
export function analysisTagFor(stageNames: readonly string[]): string {
  return `v${ANALYSIS_VERSION}:${stageNames.join(',')}`;
}

const loaded = new Map<string, Promise<Pipeline>>();

export function loadPipeline(name: string): Promise<Pipeline> {
  if (!PIPELINE_STAGES[name]) {
    return Promise.reject(new Error(`no pipeline named "${name}" (have: ${Object.keys(PIPELINE_STAGES).join(', ')})`));
  }
  let p = loaded.get(name);
  if (!p) {
    p =
      name === 'foundation'
        ? Promise.all([import('../analyze/sentences/index.js'), import('./stage.js')]).then(([s, st]) => new st.Pipeline([s.sentencesStage]))
        : import('./default.js').then((m) => m.namedPipeline(name));
    loaded.set(name, p);
  }
  return p;
}
