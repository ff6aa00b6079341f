// kg/export: the attribute columns every tabular or XML export writes (GEXF, GraphML, CSV), with their value
// types and how each is read from node/edge attributes. One table so the formats never drift apart.
// Does not escape or format for any file format; writers do that.
import type { EntityAttributes, RelationAttributes } from '../model/types.js';

export type ColumnType = 'string' | 'integer' | 'double';

export interface Column<A> {
  /** Column id (GEXF attribute id, GraphML key name, CSV header). */
  id: string;
  type: ColumnType;
  /** Returns the value, or undefined when the element has none (missing, empty, or not a finite number). */
  read: (attributes: A) => string | number | undefined;
}

/** Separator of list values (aliases, documents) inside one cell. */
export const LIST_SEPARATOR = '|';
/** Separator of evidence sentences inside one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

const text = (v: unknown): string | undefined => {
  if (Array.isArray(v)) v = v.filter((x) => x !== undefined && x !== null && x !== '').join(LIST_SEPARATOR);
  if (v === undefined || v === null) return undefined;
  const s = String(v);
  return s === '' ? undefined : s;
};
const integer = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(Math.round(v)) ? Math.round(v) : undefined);
const double = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Node columns beyond id and label (layout goes to viz elements in GEXF, to columns elsewhere). */
export const NODE_COLUMNS: Column<EntityAttributes>[] = [
  { id: 'type', type: 'string', read: (a) => text(a.type) },
  { id: 'title', type: 'string', read: (a) => text(a.title) },
  { id: 'code', type: 'string', read: (a) => text(a.code) },
  { id: 'aliases', type: 'string', read: (a) => text(a.aliases) },
  { id: 'documents', type: 'string', read: (a) => text(a.documents) },
  { id: 'mentions', type: 'integer', read: (a) => integer(a.mentions) },
  { id: 'signed', type: 'string', read: (a) => text(a.signed) },
  { id: 'status', type: 'string', read: (a) => text(a.status) },
  { id: 'degree', type: 'integer', read: (a) => integer(a.degree) },
  { id: 'pagerank', type: 'double', read: (a) => double(a.pagerank) },
  { id: 'community', type: 'integer', read: (a) => integer(a.community) },
];

/** Layout columns for formats without a viz vocabulary (GraphML, CSV). */
export const NODE_LAYOUT_COLUMNS: Column<EntityAttributes>[] = [
  { id: 'x', type: 'double', read: (a) => double(a.x) },
  { id: 'y', type: 'double', read: (a) => double(a.y) },
  { id: 'size', type: 'double', read: (a) => double(a.size) },
  { id: 'color', type: 'string', read: (a) => text(a.color) },
];

/** Edge columns beyond id, source, target (weight is separate: GEXF has a reserved attribute for it). */
export const EDGE_COLUMNS: Column<RelationAttributes>[] = [
  { id: 'type', type: 'string', read: (a) => text(a.type) },
  { id: 'label', type: 'string', read: (a) => text(a.label) },
  { id: 'evidence', type: 'string', read: (a) => text((a.evidence ?? []).map((e) => e?.text).join(EVIDENCE_SEPARATOR)) },
  { id: 'evidence_documents', type: 'string', read: (a) => text([...new Set((a.evidence ?? []).map((e) => e?.doc))]) },
  { id: 'date', type: 'string', read: (a) => text(a.date) },
  { id: 'confidence', type: 'double', read: (a) => double(a.confidence) },
  { id: 'attributed_to', type: 'string', read: (a) => text(a.source) },
];

/** The weight column for formats that have no reserved weight attribute. */
export const EDGE_WEIGHT_COLUMN: Column<RelationAttributes> = { id: 'weight', type: 'double', read: (a) => double(a.weight) };
