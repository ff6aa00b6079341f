// kg/assemble: public surface of the assemble stage.
export { assembleGraph, documentsAttribute, nodeAttributesOf, relationKey } from './build-graph.js';
export type { AssembleOptions } from './build-graph.js';
export { MAX_EVIDENCE, startRelationFold, addClaimToRelation, finishRelation } from './relation-fold.js';
export type { FoldableClaim, RelationFold, RelationFoldOptions } from './relation-fold.js';
