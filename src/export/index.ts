// kg/export: public surface of the export stage.
export { serializeGraphJson, writeGraphJson } from './graph-json.js';
export { serializeGexf, writeGexf } from './gexf.js';
