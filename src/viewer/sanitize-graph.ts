// kg/viewer: checks a loaded graph's attributes against a typed schema and repairs wrong shapes in place (lists
// given as a string or an object, numbers given as text, absurd coordinates), returning one-line warnings; and
// the display-side helpers that neutralise bidirectional controls and cut long names. Does not render.
import type { KgGraph } from '../model/index.js';

/** How an attribute must look; `repair` returns the fixed value, or undefined to drop it. */
type Kind = 'string' | 'string?' | 'string[]' | 'number' | 'number?' | 'coordinate';

interface Field {
  key: string;
  kind: Kind;
}

const NODE_SCHEMA: readonly Field[] = [
  { key: 'label', kind: 'string' },
  { key: 'type', kind: 'string' },
  { key: 'aliases', kind: 'string[]' },
  { key: 'documents', kind: 'string[]' },
  { key: 'mentions', kind: 'number' },
  { key: 'title', kind: 'string?' },
  { key: 'signed', kind: 'string?' },
  { key: 'date', kind: 'string?' },
  { key: 'status', kind: 'string?' },
  { key: 'degree', kind: 'number?' },
  { key: 'pagerank', kind: 'number?' },
  { key: 'community', kind: 'number?' },
  { key: 'size', kind: 'number?' },
  { key: 'x', kind: 'coordinate' },
  { key: 'y', kind: 'coordinate' },
];

const EDGE_SCHEMA: readonly Field[] = [
  { key: 'type', kind: 'string' },
  { key: 'label', kind: 'string' },
  { key: 'date', kind: 'string?' },
  { key: 'confidence', kind: 'number' },
  { key: 'weight', kind: 'number' },
  { key: 'source', kind: 'string?' },
  { key: 'family', kind: 'string?' },
  { key: 'rules', kind: 'string[]' },
];

/** Coordinates beyond this are treated as missing (1e308 would collapse every other node onto one point). */
export const MAX_COORDINATE = 1e9;

const describe = (v: unknown): string => (Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** Repairs one value to `kind`; returns [value, changed]. `undefined` as value means "drop the attribute". */
function repair(value: unknown, kind: Kind, fallback: unknown): [unknown, boolean] {
  switch (kind) {
    case 'string':
      if (typeof value === 'string') return [value, false];
      return [value === undefined || value === null || typeof value === 'object' ? fallback : String(value), true];
    case 'string?':
      if (value === undefined || typeof value === 'string') return [value, false];
      return [typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined, true];
    case 'string[]': {
      if (Array.isArray(value)) {
        const ok = value.every((v) => typeof v === 'string');
        return ok ? [value, false] : [value.filter((v) => v !== null && typeof v !== 'object').map(String), true];
      }
      if (value === undefined || value === null) return [[], value === null];
      if (typeof value === 'string') return [value ? value.split(/\s*\|\s*/).filter(Boolean) : [], true];
      if (typeof value === 'object') return [Object.keys(value as object), true];
      return [[String(value)], true];
    }
    case 'number':
    case 'number?': {
      if (typeof value === 'number' && Number.isFinite(value)) return [value, false];
      if (value === undefined) return [kind === 'number' ? fallback : undefined, false];
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return [Number.isFinite(n) ? n : kind === 'number' ? fallback : undefined, true];
    }
    case 'coordinate': {
      if (value === undefined) return [undefined, false];
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
      return Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE ? [n, typeof value !== 'number'] : [undefined, true];
    }
  }
}

/**
 * Validates every node and edge attribute against the schema and repairs what has a wrong shape. Returns warnings
 * (at most one line per kind of repair); an empty list when the file was clean.
 */
export function sanitizeGraph(graph: KgGraph, name: string): string[] {
  const counts = new Map<string, { n: number; example: string }>();
  const note = (what: string, example: string): void => {
    const c = counts.get(what);
    if (c) c.n++;
    else counts.set(what, { n: 1, example });
  };
  let coordinates = 0;

  graph.forEachNode((node, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    for (const field of NODE_SCHEMA) {
      const fallback = field.key === 'label' ? node : field.key === 'type' ? 'Other' : 0;
      const [value, changed] = repair(a[field.key], field.kind, fallback);
      if (!changed) continue;
      if (field.kind === 'coordinate') coordinates++;
      else note(`${field.key} of an entity`, `"${node}" had ${describe(a[field.key])}`);
      if (value === undefined) delete a[field.key];
      else a[field.key] = value;
    }
    // A node with only one valid coordinate has none
    if ((a['x'] === undefined) !== (a['y'] === undefined)) {
      delete a['x'];
      delete a['y'];
    }
  });

  graph.forEachEdge((edge, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    for (const field of EDGE_SCHEMA) {
      const fallback = field.key === 'type' ? 'related' : field.key === 'label' ? (a['type'] ?? 'related') : field.key === 'weight' ? 1 : 0;
      const [value, changed] = repair(a[field.key], field.kind, fallback);
      if (!changed) continue;
      note(`${field.key} of a relation`, `"${edge}" had ${describe(a[field.key])}`);
      if (value === undefined) delete a[field.key];
      else a[field.key] = value;
    }
    const evidence = a['evidence'];
    if (!Array.isArray(evidence)) {
      if (evidence !== undefined) note('evidence of a relation', `"${edge}" had ${describe(evidence)}`);
      a['evidence'] = [];
    } else if (!evidence.every((e) => e && typeof e === 'object' && typeof (e as { text?: unknown }).text === 'string')) {
      note('evidence of a relation', `"${edge}" had an item that is no evidence`);
      a['evidence'] = evidence.filter((e) => e && typeof e === 'object' && typeof (e as { text?: unknown }).text === 'string');
    }
  });

  const warnings = [...counts].map(([what, c]) => `${what} (${c.n}\u00d7, e.g. ${c.example})`);
  const out: string[] = [];
  if (warnings.length) out.push(`kg/viewer: "${name}": repaired ${warnings.join('; ')}`);
  if (coordinates) out.push(`kg/viewer: "${name}": dropped ${coordinates} non-finite or absurd coordinates (beyond \u00b1${MAX_COORDINATE.toExponential(0)}); those entities were placed anew`);
  return out;
}

/** Bidirectional embedding, override and isolate controls, and the marks (they can reverse how a name reads). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Other invisible format and control characters. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text with bidirectional and other control characters removed (spacing kept). */
export const stripControls = (text: string): string => text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '');

/** A name as the page shows it: bidi controls removed (the data keeps them), whitespace collapsed, cut at `max`. */
export function displayName(name: unknown, max = 200): string {
  const text = String(name ?? '').replace(BIDI_CONTROLS, '').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return cut(text, max);
}

/** Cuts `text` to at most `max` characters (code points), ending with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('').trimEnd()}\u2026`;
}

/** Node keys that are properties of Object.prototype: sigma keeps nodes in plain objects, so these are renamed. */
export const isPrototypeKey = (key: string): boolean => key in Object.prototype || key === '__proto__';
