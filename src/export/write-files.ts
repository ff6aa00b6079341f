// kg/export: writes exports to disk atomically (GEXF, GraphML, CSV tables). Node-only (node:fs through
// util/atomic-write); the serializers it calls stay browser-safe. Does not choose formats (the CLI does).
import type { KgGraph } from '../model/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { serializeGexf, type GexfOptions } from './gexf.js';

/** Writes a GEXF 1.3 file atomically. */
export function writeGexf(graph: KgGraph, path: string, options: GexfOptions = {}): void {
  writeFileAtomic(path, serializeGexf(graph, options));
}
