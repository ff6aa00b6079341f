// kg: the library entry point. `import { build, shortestPath } from 'kg'`.
export { build, buildGraph, buildFromDocuments, graphFromExtractions, chooseWorkerCount } from './build.js';
export type { BuildOptions, BuildResult, BuildProgress, BuildPhase, BuildTimings, BuildChanges } from './build.js';
export { loadBuildState, saveBuildState } from './pipeline/state-file.js';
export type { BuildState } from './pipeline/build-state.js';
export { watchBuild } from './pipeline/watch-build.js';
export type { WatchBuildOptions, WatchHandle } from './pipeline/watch-build.js';
export { readDocuments, readDocumentsAsync, parseDocument, DEFAULT_RECORD_FIELDS, DOCUMENT_EXTENSIONS } from './ingest/index.js';
export type { IngestResult, ReadOptions, SkippedInput, RecordFieldOptions } from './ingest/index.js';
export { extractDocument } from './extract/index.js';
export { resolveEntities } from './resolve/index.js';
export { assembleGraph } from './assemble/index.js';
export { enrichGraph } from './enrich/index.js';
export * from './export/index.js';
export * from './query/index.js';
export * from './model/index.js';
