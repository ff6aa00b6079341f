// kg/viewer: downloads of the current view: PNG (@sigma/export-image), GEXF 1.3 (the pure, browser-safe
// serializer of src/export/gexf.ts, the same one `kg export` uses) and graph.json (graphology export), of the whole
// graph or of what the filters show; ids renamed on load get their original back. Does not change the graph.
import { MultiDirectedGraph } from 'graphology';
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { serializeGexf } from '../export/gexf.js';
import type { EntityAttributes, KgGraph, RelationAttributes } from '../model/index.js';
import { downloadBlob } from './dom.js';
import type { GraphIndex } from './graph-index.js';
import type { Visibility } from './types.js';

const baseName = (name: string): string => name.replace(/\.(json|gexf)$/i, '') || 'graph';

/** What to export: a graph, and the keys renamed on load (new -> original). */
export interface ExportSource {
  graph: KgGraph;
  originalKeys: Map<string, string>;
}

/** A copy of the nodes and edges the filters show. */
export function visibleSubgraph(index: GraphIndex, visibility: Visibility): KgGraph {
  const sub: KgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  sub.replaceAttributes({ ...index.graph.getAttributes() });
  index.nodes.forEach((n, i) => {
    if (!visibility.nodeHidden[i]) sub.addNode(n, { ...index.graph.getNodeAttributes(n) });
  });
  index.edges.forEach((e, i) => {
    if (!visibility.edgeHidden[i]) sub.addEdgeWithKey(e, index.nodes[index.source[i]!]!, index.nodes[index.target[i]!]!, { ...index.graph.getEdgeAttributes(e) });
  });
  return sub;
}

/** The graph with renamed keys restored (a copy only when something was renamed). */
function withOriginalKeys({ graph, originalKeys }: ExportSource): KgGraph {
  if (!originalKeys.size) return graph;
  const key = (k: string): string => originalKeys.get(k) ?? k;
  const out: KgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  out.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((n, a) => out.addNode(key(n), a));
  graph.forEachEdge((e, a, s, t) => out.addEdgeWithKey(key(e), key(s), key(t), a));
  return out;
}

/** PNG of what sigma draws now (nodes, edges, labels) on a white background. */
export function exportPng(renderer: Sigma<EntityAttributes, RelationAttributes>, name: string): Promise<void> {
  return downloadAsPNG(renderer as unknown as Sigma, { fileName: `${baseName(name)}-view`, backgroundColor: '#ffffff' });
}

/** graph.json exactly as graphology exports it. */
export function exportJson(source: ExportSource, name: string): void {
  downloadBlob(new Blob([JSON.stringify(withOriginalKeys(source).export())], { type: 'application/json' }), `${baseName(name)}.json`);
}

/** GEXF 1.3 text of the graph, by the same pure writer as `kg export` (valid against the official schema). */
export function toGexf(graph: KgGraph): string {
  return [...serializeGexf(graph)].join('');
}

export function exportGexf(source: ExportSource, name: string): void {
  downloadBlob(new Blob([toGexf(withOriginalKeys(source))], { type: 'application/gexf+xml' }), `${baseName(name)}.gexf`);
}
