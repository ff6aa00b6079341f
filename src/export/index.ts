// kg/export: public surface of the export stage.
export { serializeGraphJson, writeGraphJson } from './graph-json.js';
export { serializeGexf, parseHexColor, GEXF_DEFAULTS } from './gexf.js';
export type { GexfOptions } from './gexf.js';
export { toFullDate } from './dates.js';
export { writeGexf } from './write-files.js';
