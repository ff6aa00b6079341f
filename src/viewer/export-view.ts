// kg/viewer: downloads of the current view: PNG (@sigma/export-image), GEXF 1.3 (the pure, browser-safe
// serializer of src/export/gexf.ts, the same one `kg export` uses) and graph.json (graphology export).
// Does not change the graph.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { serializeGexf } from '../export/gexf.js';
import type { EntityAttributes, KgGraph, RelationAttributes } from '../model/index.js';
import { downloadBlob } from './dom.js';

const baseName = (name: string): string => name.replace(/\.(json|gexf)$/i, '') || 'graph';

/** PNG of what sigma draws now (nodes, edges, labels) on a white background. */
export function exportPng(renderer: Sigma<EntityAttributes, RelationAttributes>, name: string): Promise<void> {
  return downloadAsPNG(renderer as unknown as Sigma, { fileName: `${baseName(name)}-view`, backgroundColor: '#ffffff' });
}

/** graph.json exactly as graphology exports it. */
export function exportJson(graph: KgGraph, name: string): void {
  downloadBlob(new Blob([JSON.stringify(graph.export())], { type: 'application/json' }), `${baseName(name)}.json`);
}

/** GEXF 1.3 text of the graph, by the same pure writer as `kg export` (valid against the official schema). */
export function toGexf(graph: KgGraph): string {
  return [...serializeGexf(graph)].join('');
}

export function exportGexf(graph: KgGraph, name: string): void {
  downloadBlob(new Blob([toGexf(graph)], { type: 'application/gexf+xml' }), `${baseName(name)}.gexf`);
}
