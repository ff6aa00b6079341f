// kg/enrich: public surface of the enrich stage.
export { enrichGraph } from './enrich-graph.js';
export type { EnrichOptions } from './enrich-graph.js';
