// kg/export: graph.json writer (graphology `export()` format), streamed as chunks so large graphs never
// become one giant string. Key order is the graph's insertion order, which assemble keeps sorted.
import type { KgGraph } from '../model/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** Yields graph.json text in chunks: one node or edge per line. */
export function* serializeGraphJson(graph: KgGraph): Generator<string> {
  const data = graph.export();
  yield `{"options":${JSON.stringify(data.options)},"attributes":${JSON.stringify(data.attributes ?? {})},"nodes":[`;
  let first = true;
  for (const n of data.nodes) {
    yield `${first ? '' : ','}\n${JSON.stringify(n)}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const e of data.edges) {
    const { undirected: _u, ...rest } = e as typeof e & { undirected?: boolean };
    yield `${first ? '' : ','}\n${JSON.stringify(rest)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** Writes graph.json atomically. */
export function writeGraphJson(graph: KgGraph, path: string): void {
  writeFileAtomic(path, serializeGraphJson(graph));
}
