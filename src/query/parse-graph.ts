// kg/query: graph.json text -> KgGraph, with validation that names what is wrong. Pure (no file I/O), so the
// viewer can use it too. Does not parse GEXF.
import { MultiDirectedGraph } from 'graphology';
import { KgError } from '../model/errors.js';
import type { KgGraph, SerializedKgGraph } from '../model/types.js';

/** Parses and validates serialized graph.json text. `name` names the file in error messages. */
export function parseGraphJson(text: string, name = 'graph.json'): KgGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError('BAD_GRAPH', `kg/query: "${name}" is not valid JSON (${(error as Error).message})`);
  }
  return importGraph(data, name);
}

/** Builds a KgGraph from graphology's serialized form, checking its shape. */
export function importGraph(data: unknown, name = 'graph.json'): KgGraph {
  const bad = (what: string): never => {
    throw new KgError('BAD_GRAPH', `kg/query: "${name}" is not a kg graph: ${what}`);
  };
  if (!data || typeof data !== 'object') bad('expected a JSON object');
  const d = data as Partial<SerializedKgGraph>;
  if (!Array.isArray(d.nodes)) bad('missing "nodes" array');
  if (!Array.isArray(d.edges)) bad('missing "edges" array');
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  try {
    graph.import({ ...(d as SerializedKgGraph), options: { type: 'directed', multi: true, allowSelfLoops: true } } as never);
  } catch (error) {
    bad((error as Error).message);
  }
  graph.forEachNode((n, a) => {
    if (typeof a.label !== 'string') graph.setNodeAttribute(n, 'label', n);
    if (!Array.isArray(a.aliases)) graph.setNodeAttribute(n, 'aliases', []);
    if (typeof a.type !== 'string') graph.setNodeAttribute(n, 'type', 'Other');
  });
  graph.forEachEdge((e, a) => {
    if (!Array.isArray(a.evidence)) graph.setEdgeAttribute(e, 'evidence', []);
    if (typeof a.type !== 'string') graph.setEdgeAttribute(e, 'type', 'related');
    if (typeof a.label !== 'string') graph.setEdgeAttribute(e, 'label', a.type ?? 'related');
  });
  return graph;
}
