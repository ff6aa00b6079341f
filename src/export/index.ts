// kg/export: public surface of the export stage. Serializers are pure generators (browser-safe); write* and
// exportGraph touch the file system.
export { serializeGraphJson, writeGraphJson } from './graph-json.js';
export { serializeGexf, parseHexColor, GEXF_DEFAULTS } from './gexf.js';
export type { GexfOptions } from './gexf.js';
export { serializeGraphml } from './graphml.js';
export { serializeNodesCsv, serializeEdgesCsv, formatCsvField } from './csv.js';
export { toFullDate } from './dates.js';
export { writeGexf, writeGraphml, writeCsv, resolveCsvPaths, exportGraph, EXPORT_FORMATS } from './write-files.js';
export type { ExportFormat } from './write-files.js';
