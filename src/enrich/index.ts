// kg/enrich: public surface of the enrich stage.
export { enrichGraph, enrichGraphWith, startEnrich, finishEnrich, structureOf, runTypedLayoutJob } from './enrich-graph.js';
export type { EnrichOptions, LayoutRunner, LayoutJob, GraphologyLayoutJob, TypedLayoutJob, TypedLayoutResult, GraphStructure, StartedEnrich } from './enrich-graph.js';
export { refineGraph, REFINE_ITERATIONS, REFINE_BUDGET, REFINE_FULL_LAYOUT_SHARE, REFINE_MAX_CONTEXT, REFINE_MOVE_SHARE } from './refine-graph.js';
export type { RefineInput, RefineOptions, RefineStats } from './refine-graph.js';
export { projectRelationArrays, pagerankOfArrays } from './relation-arrays.js';
export type { RelationArrays } from './relation-arrays.js';
