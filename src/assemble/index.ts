// kg/assemble: public surface of the assemble stage.
export { assembleGraph } from './build-graph.js';
