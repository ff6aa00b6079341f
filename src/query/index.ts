// kg/query: public surface of the query stage (usable in Node and in the browser: no node: imports here).
export { parseGraphJson, importGraph } from './parse-graph.js';
export { findNode, suggestNodes } from './find-node.js';
export { findEdge, suggestEdges, parseEdgeKey } from './find-edge.js';
export { shortestPath, edgeFilter, describeHop, toGraphPath, createTraversal, PATH_DEFAULTS } from './paths.js';
export type { PathOptions, Direction, GraphPath, Hop, HopRelation, Traversal } from './paths.js';
export { allPaths, iterateSimplePaths, ALL_PATHS_DEFAULTS } from './all-paths.js';
export type { AllPathsOptions, AllPathsResult, PathsEnd } from './all-paths.js';
export { neighbors, egoGraph, NEIGHBORS_DEFAULTS } from './neighbors.js';
export type { NeighborsOptions, NeighborsResult, Neighbor } from './neighbors.js';
export { summarizeGraph } from './stats.js';
export type { GraphSummary, SummaryOptions } from './stats.js';
