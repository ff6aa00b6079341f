// kg/export: GEXF 1.3 writer (minimal first version: nodes, edges with kind, type attributes, viz).
import type { KgGraph } from '../model/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';

const xml = (s: string): string =>
  s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const rgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** Yields GEXF text in chunks. */
export function* serializeGexf(graph: KgGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield '  <graph defaultedgetype="directed">\n';
  yield '    <attributes class="node">\n      <attribute id="type" title="type" type="string"/>\n    </attributes>\n';
  yield '    <attributes class="edge">\n      <attribute id="type" title="type" type="string"/>\n    </attributes>\n';
  yield '    <nodes>\n';
  for (const n of graph.nodes()) {
    const a = graph.getNodeAttributes(n);
    const [r, g, b] = rgb(a.color ?? '#999999');
    yield `      <node id="${xml(n)}" label="${xml(a.label)}"><attvalues><attvalue for="type" value="${xml(a.type)}"/></attvalues>`;
    yield `<viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${a.x ?? 0}" y="${a.y ?? 0}" z="0"/><viz:size value="${a.size ?? 1}"/></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (const e of graph.edges()) {
    const a = graph.getEdgeAttributes(e);
    yield `      <edge id="${xml(e)}" source="${xml(graph.source(e))}" target="${xml(graph.target(e))}" kind="${xml(a.type)}" label="${xml(a.label)}" weight="${a.weight}"><attvalues><attvalue for="type" value="${xml(a.type)}"/></attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

export function writeGexf(graph: KgGraph, path: string): void {
  writeFileAtomic(path, serializeGexf(graph));
}
