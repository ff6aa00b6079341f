// kg/query: public surface of the query stage (usable in Node and in the browser).
export { parseGraphJson, importGraph } from './parse-graph.js';
export { findNode, suggestNodes } from './find-node.js';
export { shortestPath, edgeFilter, describeHop, toGraphPath, PATH_DEFAULTS } from './paths.js';
export type { PathOptions, GraphPath, Hop, HopRelation } from './paths.js';
