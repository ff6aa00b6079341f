// kg/viewer: indices precomputed once per loaded graph so filters and reducers never walk graphology: node and
// edge positions (Map-based, so any key is an ordinary id), entity / relation type / family codes, degrees, relation
// month spans, importance order and a compressed adjacency (for focus mode). Pure over the graph; no DOM, no sigma.
import type { KgGraph } from '../model/index.js';
import { dateSpan } from './dates.js';

/** Sentinel of an undated relation in the month arrays. */
export const UNDATED = -2147483648;

export interface GraphIndex {
  readonly graph: KgGraph;
  readonly nodes: string[];
  readonly edges: string[];
  readonly nodeIndex: Map<string, number>;
  readonly edgeIndex: Map<string, number>;
  /** Entity type of each node, as an index into `types`. */
  readonly nodeType: Uint16Array;
  readonly types: string[];
  /** Degree as the filters see it: the `degree` attribute (explicit relations) when present, else the graph's. */
  readonly degree: Float64Array;
  readonly maxDegree: number;
  /** Importance: pagerank when the graph has it, else degree. */
  readonly importance: Float64Array;
  /** Node indices, most important first (for label selection). */
  readonly byImportance: Uint32Array;
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  readonly relationType: Uint16Array;
  readonly relationTypes: string[];
  /** Relation family of each edge as an index into `families` (0 = none). */
  readonly family: Uint16Array;
  readonly families: string[];
  /** Inclusive month span of each edge, or UNDATED. */
  readonly monthFrom: Int32Array;
  readonly monthTo: Int32Array;
  /** CSR adjacency: the edges of node i are adjacency[offsets[i] .. offsets[i+1]). */
  readonly offsets: Uint32Array;
  readonly adjacency: Uint32Array;
  /** Community of each node (-1 when unknown). */
  readonly community: Int32Array;
}

function codes(values: string[], preset: string[] = []): { code: Uint16Array; names: string[] } {
  const names = [...preset];
  const byName = new Map(names.map((n, i) => [n, i]));
  const code = new Uint16Array(values.length);
  values.forEach((v, i) => {
    let c = byName.get(v);
    if (c === undefined) {
      c = names.length;
      names.push(v);
      byName.set(v, c);
    }
    code[i] = c;
  });
  return { code, names };
}

/** Builds every index of `graph` (linear in nodes + edges). */
export function buildGraphIndex(graph: KgGraph): GraphIndex {
  const nodes = graph.nodes();
  const edges = graph.edges();
  const nodeIndex = new Map<string, number>();
  nodes.forEach((n, i) => nodeIndex.set(n, i));
  const edgeIndex = new Map<string, number>();
  edges.forEach((e, i) => edgeIndex.set(e, i));

  const n = nodes.length;
  const m = edges.length;
  const typeNames: string[] = new Array(n);
  const degree = new Float64Array(n);
  const importance = new Float64Array(n);
  const community = new Int32Array(n).fill(-1);
  let hasPagerank = false;
  let i = 0;
  graph.forEachNode((node, a) => {
    typeNames[i] = String(a.type);
    const d = a.degree;
    degree[i] = typeof d === 'number' && Number.isFinite(d) ? d : graph.degree(node);
    if (typeof a.pagerank === 'number' && Number.isFinite(a.pagerank) && a.pagerank > 0) {
      importance[i] = a.pagerank;
      hasPagerank = true;
    } else importance[i] = -1;
    if (typeof a.community === 'number' && Number.isInteger(a.community)) community[i] = a.community;
    i++;
  });
  // Nodes without pagerank rank by degree, below every node that has one
  let maxDegree = 0;
  for (let k = 0; k < n; k++) {
    maxDegree = Math.max(maxDegree, degree[k]!);
    if (importance[k]! < 0) importance[k] = hasPagerank ? degree[k]! * 1e-9 : degree[k]!;
  }
  const types = codes(typeNames);

  const source = new Uint32Array(m);
  const target = new Uint32Array(m);
  const relationNames: string[] = new Array(m);
  const familyNames: string[] = new Array(m);
  const monthFrom = new Int32Array(m);
  const monthTo = new Int32Array(m);
  const count = new Uint32Array(n + 1);
  let j = 0;
  graph.forEachEdge((_e, a, s, t) => {
    const si = nodeIndex.get(s)!;
    const ti = nodeIndex.get(t)!;
    source[j] = si;
    target[j] = ti;
    count[si]!++;
    if (ti !== si) count[ti]!++;
    relationNames[j] = String(a.type);
    const family = (a as { family?: unknown }).family;
    familyNames[j] = typeof family === 'string' ? family : '';
    const span = dateSpan(a.date);
    monthFrom[j] = span ? span[0] : UNDATED;
    monthTo[j] = span ? span[1] : UNDATED;
    j++;
  });
  const relations = codes(relationNames);
  const families = codes(familyNames, ['']);

  // Compressed adjacency
  const offsets = new Uint32Array(n + 1);
  for (let k = 0; k < n; k++) offsets[k + 1] = offsets[k]! + count[k]!;
  const fill = offsets.slice(0, n);
  const adjacency = new Uint32Array(offsets[n]!);
  for (let e = 0; e < m; e++) {
    adjacency[fill[source[e]!]!++] = e;
    if (target[e] !== source[e]) adjacency[fill[target[e]!]!++] = e;
  }

  const byImportance = Uint32Array.from({ length: n }, (_v, k) => k).sort((a, b) => importance[b]! - importance[a]! || a - b);
  return {
    graph,
    nodes,
    edges,
    nodeIndex,
    edgeIndex,
    nodeType: types.code,
    types: types.names,
    degree,
    maxDegree,
    importance,
    byImportance,
    source,
    target,
    relationType: relations.code,
    relationTypes: relations.names,
    family: families.code,
    families: families.names,
    monthFrom,
    monthTo,
    offsets,
    adjacency,
    community,
  };
}
