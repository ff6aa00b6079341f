// kg/export: GraphML writer for yEd, Cytoscape, networkx and igraph: typed <key> declarations (node and edge keys
// kept apart by id prefix), one <data> per present value, a directed graph with parallel edges kept by id.
// Streams chunks; pure (browser-safe). Does not write yFiles extensions (yEd maps `label` via its properties mapper).
import type { EntityAttributes, KgGraph, RelationAttributes } from '../model/types.js';
import { EDGE_COLUMNS, EDGE_WEIGHT_COLUMN, NODE_COLUMNS, NODE_LAYOUT_COLUMNS, type Column, type ColumnType } from './columns.js';
import { escapeXml } from './xml.js';

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double' };

const LABEL_COLUMN: Column<EntityAttributes> = {
  id: 'label',
  type: 'string',
  read: (a) => (typeof a.label === 'string' && a.label ? a.label : undefined),
};
const GRAPHML_NODE_COLUMNS: Column<EntityAttributes>[] = [LABEL_COLUMN, ...NODE_COLUMNS, ...NODE_LAYOUT_COLUMNS];
const GRAPHML_EDGE_COLUMNS: Column<RelationAttributes>[] = [...EDGE_COLUMNS, EDGE_WEIGHT_COLUMN];

function* declareKeys<A>(cls: 'node' | 'edge', prefix: string, columns: Column<A>[]): Generator<string> {
  for (const c of columns) {
    yield `  <key id="${prefix}${c.id}" for="${cls}" attr.name="${c.id}" attr.type="${GRAPHML_TYPES[c.type]}"/>\n`;
  }
}

function writeData<A>(prefix: string, columns: Column<A>[], attributes: A): string {
  let out = '';
  for (const c of columns) {
    const v = c.read(attributes);
    if (v === undefined) continue;
    out += `<data key="${prefix}${c.id}">${typeof v === 'number' ? String(v) : escapeXml(v)}</data>`;
  }
  return out;
}

/** Yields a GraphML document in chunks (one node or edge per chunk). */
export function* serializeGraphml(graph: KgGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield* declareKeys('node', 'n_', GRAPHML_NODE_COLUMNS);
  yield* declareKeys('edge', 'e_', GRAPHML_EDGE_COLUMNS);
  yield '  <graph id="G" edgedefault="directed">\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${escapeXml(node)}">${writeData('n_', GRAPHML_NODE_COLUMNS, attributes)}</node>\n`;
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${writeData('e_', GRAPHML_EDGE_COLUMNS, attributes)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
