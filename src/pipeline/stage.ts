/**
 * Stages and the pipeline.
 *
 * A stage is a small named unit that declares the layers it needs and the layers it adds.
 * The pipeline is an ordered list of stages, checked once when it is made: every layer a
 * stage needs must have been added by an earlier stage, and no two stages add the same layer.
 */
import type { Doc, LayerName, Layers } from '../doc/types.js';
import { SitrepError } from '../errors.js';

export interface StageContext {
  /** Reference date for relative expressions when the document has no publication date (YYYY-MM-DD), or null. */
  referenceDate: string | null;
}

export interface Stage {
  readonly name: string;
  readonly needs: readonly LayerName[];
  readonly adds: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): void;
}

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: Stage[]) {
    const have = new Set<LayerName>();
    const names = new Set<string>();
    for (const stage of stages) {
      if (names.has(stage.name)) throw new SitrepError(`pipeline: stage "${stage.name}" appears twice`);
      names.add(stage.name);
      for (const need of stage.needs) {
        if (!have.has(need)) {
          throw new SitrepError(`pipeline: stage "${stage.name}" needs layer "${need}", which no earlier stage adds`);
        }
      }
      for (const add of stage.adds) {
        if (have.has(add)) throw new SitrepError(`pipeline: layer "${add}" is added twice (again by "${stage.name}")`);
        have.add(add);
      }
    }
    this.stages = Object.freeze([...stages]);
  }

  /** Layers the whole pipeline adds. */
  get layers(): LayerName[] {
    return this.stages.flatMap((s) => [...s.adds]);
  }

  run(doc: Doc, ctx: StageContext): Doc {
    for (const stage of this.stages) {
      try {
        stage.run(doc, ctx);
      } catch (err) {
        // A failing stage never loses the document: record the error, leave its layers empty.
        doc.messages.push({
          level: 'error',
          reason: `stage ${stage.name} failed: ${err instanceof Error ? err.message : String(err)}`,
          rule: stage.name,
        });
        for (const add of stage.adds) {
          if (doc.layers[add] === undefined) (doc.layers as Record<string, unknown>)[add] = [];
        }
      }
      for (const add of stage.adds) {
        if (doc.layers[add] === undefined) (doc.layers as Record<string, unknown>)[add] = [];
      }
    }
    return doc;
  }
}

/** Read a layer a stage declared it needs (empty when an earlier stage failed). */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  return (doc.layers[name] ?? []) as Layers[K];
}
