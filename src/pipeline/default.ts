/**
 * The default per-document pipeline, in order. Each stage declares the layers it needs and adds;
 * `new Pipeline` checks the order once.
 */
import { sentencesStage } from '../analyze/sentences/index.js';
import { mentionsStage } from '../analyze/entities/ner/index.js';
import { entitiesStage } from '../analyze/entities/resolve.js';
import { quotesStage } from '../analyze/quotes/index.js';
import { timesStage } from '../analyze/times/index.js';
import { figuresStage } from '../analyze/figures/index.js';
import { Pipeline, type Stage } from './stage.js';

import { ANALYSIS_VERSION, PIPELINE_STAGES } from './registry.js';

export { ANALYSIS_VERSION };

export function defaultStages(): Stage[] {
  return [sentencesStage, mentionsStage, entitiesStage, quotesStage, timesStage, figuresStage];
}

/** Named pipelines: `default` (everything), `foundation` (sentences and tokens only: cleaning, storage, search). */
export const PIPELINES: Record<string, () => Stage[]> = {
  default: defaultStages,
  foundation: () => [sentencesStage],
};

const cached = new Map<string, Pipeline>();
export function namedPipeline(name: string): Pipeline {
  const make = PIPELINES[name];
  if (!make) throw new Error(`no pipeline named "${name}" (have: ${Object.keys(PIPELINES).join(', ')})`);
  let p = cached.get(name);
  if (!p) cached.set(name, (p = new Pipeline(make())));
  return p;
}

export function defaultPipeline(): Pipeline {
  return namedPipeline('default');
}

/** A short description of the analysis, stored with each document. */
export function analysisTag(p: Pipeline): string {
  return `v${ANALYSIS_VERSION}:${p.stages.map((s) => s.name).join(',')}`;
}

// The registry lists stage names without loading the stages; keep the two in step.
for (const [name, make] of Object.entries(PIPELINES)) {
  const names = make().map((s) => s.name).join(',');
  if (names !== PIPELINE_STAGES[name]?.join(',')) throw new Error(`pipeline registry out of step for "${name}": ${names}`);
}
