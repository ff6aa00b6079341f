// kg/export: CSV node and edge tables (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
// comma, quote or line break, quotes doubled). Headers follow Gephi's spreadsheet import (Id, Label, Source,
// Target, Type, Weight); the relation type goes in `relation` because Gephi reads `Type` as the edge direction.
// Streams rows; pure (browser-safe). Does not write files and does not guard against spreadsheet formulas.
import type { EntityAttributes, KgGraph, RelationAttributes } from '../model/types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, NODE_LAYOUT_COLUMNS, type Column } from './columns.js';

const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field. */
export function formatCsvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const formatRow = (fields: (string | number | undefined)[]): string => `${fields.map(formatCsvField).join(',')}\r\n`;

/** CSV header name of an edge column (renames the relation type away from Gephi's reserved Type). */
const edgeHeader = (c: Column<RelationAttributes>): string => (c.id === 'type' ? 'relation' : c.id === 'label' ? 'Label' : c.id);

/** Yields the node table: Id, Label, then every node column and the layout. */
export function* serializeNodesCsv(graph: KgGraph): Generator<string> {
  const columns: Column<EntityAttributes>[] = [...NODE_COLUMNS, ...NODE_LAYOUT_COLUMNS];
  yield formatRow(['Id', 'Label', ...columns.map((c) => c.id)]);
  for (const { node, attributes } of graph.nodeEntries()) {
    yield formatRow([node, typeof attributes.label === 'string' ? attributes.label : node, ...columns.map((c) => c.read(attributes))]);
  }
}

/** Yields the edge table: Id, Source, Target, Type (always Directed), Weight, then every edge column. */
export function* serializeEdgesCsv(graph: KgGraph): Generator<string> {
  yield formatRow(['Id', 'Source', 'Target', 'Type', 'Weight', ...EDGE_COLUMNS.map(edgeHeader)]);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const weight = typeof attributes.weight === 'number' && Number.isFinite(attributes.weight) ? attributes.weight : 1;
    yield formatRow([edge, source, target, 'Directed', weight, ...EDGE_COLUMNS.map((c) => c.read(attributes))]);
  }
}
