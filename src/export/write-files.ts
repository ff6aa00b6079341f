// kg/export: writes exports to disk atomically (graph.json, GEXF, GraphML, CSV tables) and maps a format name to
// its writer. Node-only (node:fs through util/atomic-write); the serializers it calls stay browser-safe.
// Does not parse arguments (the CLI does).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../model/errors.js';
import type { KgGraph } from '../model/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { serializeEdgesCsv, serializeNodesCsv } from './csv.js';
import { serializeGexf, type GexfOptions } from './gexf.js';
import { writeGraphJson } from './graph-json.js';
import { serializeGraphml } from './graphml.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes a GEXF 1.3 file atomically. */
export function writeGexf(graph: KgGraph, path: string, options: GexfOptions = {}): void {
  writeFileAtomic(path, serializeGexf(graph, options));
}

/** Writes a GraphML file atomically. */
export function writeGraphml(graph: KgGraph, path: string): void {
  writeFileAtomic(path, serializeGraphml(graph));
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Where the CSV tables go: `<dir>/nodes.csv` and `<dir>/edges.csv` when `out` is an existing directory or ends
 * with a slash, else `<out>-nodes.csv` and `<out>-edges.csv` (a trailing ".csv" on `out` is dropped first).
 */
export function resolveCsvPaths(out: string): { nodes: string; edges: string } {
  if (/[/\\]$/.test(out) || isDirectory(out)) return { nodes: join(out, 'nodes.csv'), edges: join(out, 'edges.csv') };
  const base = out.replace(/\.csv$/i, '');
  return { nodes: `${base}-nodes.csv`, edges: `${base}-edges.csv` };
}

/** Writes the node and edge CSV tables atomically; returns their paths. */
export function writeCsv(graph: KgGraph, out: string): { nodes: string; edges: string } {
  const paths = resolveCsvPaths(out);
  writeFileAtomic(paths.nodes, serializeNodesCsv(graph));
  writeFileAtomic(paths.edges, serializeEdgesCsv(graph));
  return paths;
}

/** Writes `graph` in `format` to `out`; returns every file written. Throws INVALID_OPTION for unknown formats. */
export function exportGraph(graph: KgGraph, format: string, out: string): string[] {
  switch (format) {
    case 'gexf':
      writeGexf(graph, out);
      return [out];
    case 'graphml':
      writeGraphml(graph, out);
      return [out];
    case 'json':
      writeGraphJson(graph, out);
      return [out];
    case 'csv': {
      const paths = writeCsv(graph, out);
      return [paths.nodes, paths.edges];
    }
    default:
      throw new KgError('INVALID_OPTION', `kg/export: unknown format "${format}" (use ${EXPORT_FORMATS.join(', ')})`, { format });
  }
}
