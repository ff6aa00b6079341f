// kg/viewer: downloads of the current view: PNG (@sigma/export-image), GEXF (graphology-gexf's browser writer,
// lists flattened to "a|b" text; the full GEXF 1.3 writer in src/export is Node-only and outside the viewer's
// layers) and graph.json (graphology export). Does not change the graph.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import type { EntityAttributes, KgGraph, RelationAttributes } from '../model/index.js';
import { typeColor } from './appearance.js';
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

const defined = (o: Record<string, unknown>): Record<string, string | number | boolean> => {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
  return out;
};

/** GEXF text of the graph with kg's attributes (type, aliases, evidence...) as GEXF attributes. */
export function toGexf(graph: KgGraph): string {
  return writeGexf(graph, {
    formatNode: (_key: string, a: EntityAttributes) => ({
      label: a.label,
      viz: { color: a.color ?? typeColor(a.type), size: a.size ?? 1, x: a.x ?? 0, y: a.y ?? 0 },
      attributes: defined({
        type: a.type,
        aliases: (a.aliases ?? []).join('|'),
        documents: (a.documents ?? []).join('|'),
        title: a.title,
        signed: a.signed,
        status: a.status,
        mentions: a.mentions,
        pagerank: a.pagerank,
        community: a.community,
      }),
    }),
    formatEdge: (_key: string, a: RelationAttributes) => ({
      label: a.label,
      weight: a.weight ?? 1,
      attributes: defined({
        type: a.type,
        date: a.date,
        confidence: a.confidence,
        source: a.source,
        evidence: (a.evidence ?? []).map((e) => e.text).join(' | '),
        documents: [...new Set((a.evidence ?? []).map((e) => e.doc))].join('|'),
      }),
    }),
  } as never);
}

export function exportGexf(graph: KgGraph, name: string): void {
  downloadBlob(new Blob([toGexf(graph)], { type: 'application/gexf+xml' }), `${baseName(name)}.gexf`);
}
