// kg/export: GEXF 1.3 writer, valid against the official RELAX NG schema and readable by Gephi, Gephi Lite,
// networkx and graphology-gexf: one <attributes> block per class, viz color (r g b, no alpha), position and
// size, edge `kind` (relation type, so parallel edges of different types stay apart) and `weight`, and dated
// relations as `start` in dynamic mode plus a plain `date` attribute. Streams chunks; pure (browser-safe).
// Does not write files (see write-files.ts) and does not parse GEXF.
import type { EntityAttributes, KgGraph, RelationAttributes } from '../model/types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from './columns.js';
import { toFullDate } from './dates.js';
import { escapeXml, formatXmlNumber, toXmlToken } from './xml.js';

export interface GexfOptions {
  /** Write relation dates as `start` in a dynamic graph (default true; off gives a static graph). */
  dynamic?: boolean;
  /** Text of <meta><creator>. */
  creator?: string;
}

export const GEXF_DEFAULTS: Required<GexfOptions> = { dynamic: true, creator: 'kg' };

const DEFAULT_NODE_COLOR: [number, number, number] = [153, 153, 153];
const HEX_COLOR = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** '#rrggbb' (or '#rgb') to [r, g, b]; anything else gives the default grey. */
export function parseHexColor(color: unknown): [number, number, number] {
  const m = typeof color === 'string' ? HEX_COLOR.exec(color.trim()) : null;
  if (!m) return DEFAULT_NODE_COLOR;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function* declareAttributes<A>(cls: 'node' | 'edge', columns: Column<A>[]): Generator<string> {
  yield `    <attributes class="${cls}">\n`;
  for (const c of columns) yield `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>\n`;
  yield '    </attributes>\n';
}

function writeAttvalues<A>(columns: Column<A>[], attributes: A): string {
  let out = '';
  for (const c of columns) {
    const v = c.read(attributes);
    if (v === undefined) continue;
    out += `<attvalue for="${c.id}" value="${typeof v === 'number' ? String(v) : escapeXml(v)}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

function writeNode(key: string, a: EntityAttributes): string {
  const label = toXmlToken(typeof a.label === 'string' ? a.label : key);
  const [r, g, b] = parseHexColor(a.color);
  const size = typeof a.size === 'number' && Number.isFinite(a.size) && a.size >= 0 ? a.size : 1;
  return (
    `      <node id="${escapeXml(key)}"${label ? ` label="${escapeXml(label)}"` : ''}>` +
    writeAttvalues(NODE_COLUMNS, a) +
    `<viz:color r="${r}" g="${g}" b="${b}"/>` +
    `<viz:position x="${formatXmlNumber(a.x)}" y="${formatXmlNumber(a.y)}" z="0"/>` +
    `<viz:size value="${size}"/></node>\n`
  );
}

function writeEdge(key: string, source: string, target: string, a: RelationAttributes, dynamic: boolean): string {
  const kind = toXmlToken(typeof a.type === 'string' ? a.type : '');
  const label = toXmlToken(typeof a.label === 'string' ? a.label : '');
  const weight = typeof a.weight === 'number' && Number.isFinite(a.weight) ? a.weight : 1;
  const start = dynamic ? toFullDate(a.date) : undefined;
  return (
    `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"` +
    `${kind ? ` kind="${escapeXml(kind)}"` : ''}${label ? ` label="${escapeXml(label)}"` : ''} weight="${weight}"` +
    `${start ? ` start="${start}"` : ''}>${writeAttvalues(EDGE_COLUMNS, a)}</edge>\n`
  );
}

/** True when at least one relation has a date GEXF can carry as `start`. */
function hasDatedEdge(graph: KgGraph): boolean {
  return graph.someEdge((_e, a) => toFullDate(a.date) !== undefined);
}

/**
 * Yields a GEXF 1.3 document in chunks (one node or edge per chunk). Relation dates become `start`
 * (partial dates as their first day) when any relation is dated and `options.dynamic` is not false.
 */
export function* serializeGexf(graph: KgGraph, options: GexfOptions = {}): Generator<string> {
  const settings = { ...GEXF_DEFAULTS, ...options };
  const dynamic = settings.dynamic && hasDatedEdge(graph);
  const name = graph.getAttribute('name');

  // Header and attribute model
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta><creator>${escapeXml(settings.creator)}</creator>`;
  yield `${typeof name === 'string' && name ? `<description>${escapeXml(name)}</description>` : ''}</meta>\n`;
  yield `  <graph defaultedgetype="directed"${dynamic ? ' mode="dynamic" timeformat="date"' : ' mode="static"'}>\n`;
  yield* declareAttributes('node', NODE_COLUMNS);
  yield* declareAttributes('edge', EDGE_COLUMNS);

  // Nodes, then edges
  yield `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes } of graph.nodeEntries()) yield writeNode(node, attributes);
  yield `    </nodes>\n    <edges count="${graph.size}">\n`;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield writeEdge(edge, source, target, attributes, dynamic);
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
