/**
 * sitrep — the library. The CLI and the HTTP server are thin shells over these functions.
 */
export type * from './doc/types.js';
export { OffsetMap, TextBuilder } from './doc/offsets.js';
export { docFromText, docId, emptyMeta } from './doc/doc.js';
export { Pipeline, layer, type Stage, type StageContext } from './pipeline/stage.js';
export { defaultPipeline, defaultStages, ANALYSIS_VERSION } from './pipeline/default.js';
export { SitrepError } from './errors.js';
export { readInputs, parseText, type InputEvent, type InputItem, type InputFailure, type ReadOptions } from './ingest/readers.js';
export { buildDoc, outletFromUrl } from './ingest/build.js';
export { ingest, type IngestSummary, type IngestOptions } from './ingest/ingest.js';
export { analyzeDoc, analyzeInputs, type AnalyzeOptions } from './analyze/analyze.js';
export { cleanText, type CleanResult } from './clean/index.js';
export { extractHtml, extractHtmlOrError, type HtmlArticle } from './ingest/html/index.js';
export { SqliteStore, type SearchHit, type SearchOptions } from './store/sqlite.js';
export { exportDocument, type ExportedDocument } from './export/document.js';
export { signature, verdict, jaccard, containment } from './link/duplicates/minhash.js';
