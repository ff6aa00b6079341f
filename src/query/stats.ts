// kg/query: a summary of a graph: counts of entities and relations by type, dated relations, documents, and the
// most central entities (pagerank, else degree). Pure; does not compute pagerank (enrich does).
import type { KgGraph } from '../model/types.js';
import { checkInteger } from './options.js';

export interface SummaryOptions {
  /** How many top entities to list (default 10, at most 1000). */
  top?: number;
}

export interface TopNode {
  node: string;
  label: string;
  type: string;
  pagerank: number | null;
  degree: number;
}

export interface GraphSummary {
  nodes: number;
  edges: number;
  /** Edges that are not co-mentions. */
  relations: number;
  /** Relations (not co-mentions) carrying a date. */
  datedRelations: number;
  documents: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  /** What `top` is ranked by: "pagerank" when every node has one, else "degree". */
  rankedBy: 'pagerank' | 'degree';
  top: TopNode[];
}

const countSorted = (counts: Map<string, number>): Record<string, number> =>
  Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));

/** Summarizes `graph`. Throws INVALID_OPTION for a bad `top`. */
export function summarizeGraph(graph: KgGraph, options: SummaryOptions = {}): GraphSummary {
  const top = checkInteger('top', options.top, 10, 0, 1000);
  const nodesByType = new Map<string, number>();
  const edgesByType = new Map<string, number>();
  const documents = new Set<string>();
  let withPagerank = 0;
  graph.forEachNode((_n, a) => {
    nodesByType.set(a.type, (nodesByType.get(a.type) ?? 0) + 1);
    for (const d of a.documents ?? []) documents.add(d);
    if (typeof a.pagerank === 'number' && Number.isFinite(a.pagerank)) withPagerank++;
  });
  let relations = 0;
  let datedRelations = 0;
  graph.forEachEdge((_e, a) => {
    edgesByType.set(a.type, (edgesByType.get(a.type) ?? 0) + 1);
    if (a.type === 'co_mentioned') return;
    relations++;
    if (a.date) datedRelations++;
  });
  const rankedBy = graph.order > 0 && withPagerank === graph.order ? 'pagerank' : 'degree';
  const ranked: TopNode[] = graph.mapNodes((node, a) => ({
    node,
    label: a.label,
    type: a.type,
    pagerank: typeof a.pagerank === 'number' && Number.isFinite(a.pagerank) ? a.pagerank : null,
    degree: graph.degree(node),
  }));
  const score = (n: TopNode): number => (rankedBy === 'pagerank' ? n.pagerank! : n.degree);
  ranked.sort((x, y) => score(y) - score(x) || y.degree - x.degree || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return {
    nodes: graph.order,
    edges: graph.size,
    relations,
    datedRelations,
    documents: documents.size,
    nodesByType: countSorted(nodesByType),
    edgesByType: countSorted(edgesByType),
    rankedBy,
    top: ranked.slice(0, top),
  };
}
