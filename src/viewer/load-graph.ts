// kg/viewer: turns graph.json or GEXF text (from a URL, a picked file or a dropped file) into a KgGraph, with
// KgError("BAD_GRAPH") messages that name the file and say what is wrong. Does not render anything.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser/index.js';
import { KgError } from '../model/index.js';
import type { KgGraph } from '../model/index.js';
import { importGraph } from '../query/index.js';
import { isPrototypeKey, sanitizeGraph } from './sanitize-graph.js';
import type { LoadedGraph } from './types.js';

/** Largest file the viewer accepts (bytes); bigger ones are refused with a message rather than freezing the tab. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const looksLikeXml = (name: string, text: string): boolean => /\.gexf$/i.test(name) || /^\s*</.test(text);

/** Parses GEXF text with graphology-gexf, after checking the XML is well-formed. */
function parseGexfText(text: string, name: string): { graph: KgGraph; renamed: Map<string, string> } {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement.nodeName !== 'gexf') {
    throw new KgError('BAD_GRAPH', `kg/viewer: "${name}" is not a well-formed GEXF file (check it opens in Gephi, or use graph.json)`);
  }
  const renamed = renamePrototypeIds(doc);
  let parsed: MultiDirectedGraph;
  try {
    parsed = parseGexf(MultiDirectedGraph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new KgError('BAD_GRAPH', `kg/viewer: "${name}" could not be read as GEXF (${(error as Error).message})`);
  }
  // GEXF stores lists as text: split aliases/documents back into arrays
  parsed.forEachNode((node, a) => {
    for (const key of ['aliases', 'documents'] as const) {
      const v = a[key];
      if (typeof v === 'string') parsed.setNodeAttribute(node, key, v.split(/\s*[|;]\s*/).filter(Boolean));
    }
  });
  return { graph: importGraph(parsed.export(), name), renamed };
}

/** Gives nodes without a numeric position a deterministic spiral position, and reports whether any needed one. */
function ensurePositions(graph: KgGraph): boolean {
  let missing = false;
  let i = 0;
  graph.forEachNode((node, a) => {
    i++;
    if (typeof a.x === 'number' && Number.isFinite(a.x) && typeof a.y === 'number' && Number.isFinite(a.y)) return;
    missing = true;
    const angle = i * 2.399963; // golden angle
    const radius = Math.sqrt(i) * 10;
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return missing;
}

/**
 * Renames node and edge keys that are properties of Object.prototype (`__proto__`, `constructor`...) in serialized
 * data, before graphology sees them: graphology's adjacency and sigma's display caches are plain objects, where
 * such keys break lookups. The new key is the old one plus " (id)"; the returned map (new -> original) restores
 * them in exports and in the debug handle.
 */
function renamePrototypeKeys(data: unknown): Map<string, string> {
  const renamed = new Map<string, string>();
  if (!data || typeof data !== 'object') return renamed;
  const d = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(d.nodes) || !Array.isArray(d.edges)) return renamed;
  const taken = new Set<string>();
  for (const n of d.nodes) if (n && typeof n === 'object') taken.add(String((n as { key?: unknown }).key));
  for (const e of d.edges) if (e && typeof e === 'object' && (e as { key?: unknown }).key !== undefined) taken.add(String((e as { key?: unknown }).key));
  const byOld = new Map<string, string>();
  const safe = (key: string): string => {
    const known = byOld.get(key);
    if (known) return known;
    let k = `${key} (id)`;
    while (taken.has(k)) k += '_';
    taken.add(k);
    byOld.set(key, k);
    renamed.set(k, key);
    return k;
  };
  const fix = (item: unknown, field: 'key' | 'source' | 'target'): void => {
    const o = item as Record<string, unknown>;
    if (o && typeof o === 'object' && o[field] !== undefined && isPrototypeKey(String(o[field]))) o[field] = safe(String(o[field]));
  };
  for (const n of d.nodes) fix(n, 'key');
  for (const e of d.edges) for (const f of ['key', 'source', 'target'] as const) fix(e, f);
  return renamed;
}

/** The same renaming on a GEXF document (node ids, edge ids, sources and targets). */
function renamePrototypeIds(doc: Document): Map<string, string> {
  const data = {
    nodes: Array.from(doc.getElementsByTagName('node'), (el) => ({ el, key: el.getAttribute('id') ?? '' })),
    edges: Array.from(doc.getElementsByTagName('edge'), (el) => ({ el, key: el.getAttribute('id') ?? undefined, source: el.getAttribute('source') ?? '', target: el.getAttribute('target') ?? '' })),
  };
  const renamed = renamePrototypeKeys(data);
  if (renamed.size) {
    for (const n of data.nodes) n.el.setAttribute('id', n.key);
    for (const e of data.edges) {
      if (e.key !== undefined) e.el.setAttribute('id', e.key);
      e.el.setAttribute('source', e.source);
      e.el.setAttribute('target', e.target);
    }
  }
  return renamed;
}

/** Parses text as graph.json or GEXF (decided by file name, then by content), then validates and repairs it. */
export function parseGraphText(text: string, name: string): LoadedGraph & { needsLayout: boolean; phases: Record<string, number> } {
  const phases: Record<string, number> = {};
  let t = performance.now();
  const mark = (phase: string): void => {
    const now = performance.now();
    phases[phase] = Math.round(now - t);
    t = now;
  };
  if (!/\S/.test(text.slice(0, 4096)) && !text.trim()) throw new KgError('BAD_GRAPH', `kg/viewer: "${name}" is empty`);
  let originalKeys = new Map<string, string>();
  let graph: KgGraph;
  if (looksLikeXml(name, text)) {
    const parsed = parseGexfText(text, name);
    graph = parsed.graph;
    originalKeys = parsed.renamed;
  } else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new KgError('BAD_GRAPH', `kg/viewer: "${name}" is not valid JSON (${(error as Error).message})`);
    }
    mark('json');
    originalKeys = renamePrototypeKeys(data);
    graph = importGraph(data, name);
  }
  mark('import');
  const warnings = sanitizeGraph(graph, name);
  mark('sanitize');
  if (originalKeys.size) warnings.push(`kg/viewer: "${name}": ${originalKeys.size} ids that are JavaScript property names (e.g. "${[...originalKeys.values()][0]}") are shown with " (id)" appended; exports keep the original ids`);
  const needsLayout = ensurePositions(graph);
  mark('positions');
  return { graph, name, needsLayout, warnings, originalKeys, phases };
}

/** Fetches and parses a graph from a URL (relative URLs resolve against the page); `fetchMs` is the download time. */
export async function loadGraphFromUrl(url: string): Promise<LoadedGraph & { needsLayout: boolean; fetchMs: number; phases: Record<string, number> }> {
  const started = performance.now();
  const name = url.split(/[?#]/)[0]!.split('/').pop() || url;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new KgError('BAD_GRAPH', `kg/viewer: cannot fetch "${url}" (${(error as Error).message})`);
  }
  if (!response.ok) {
    const hint = url.endsWith('graph/graph.json') ? ' (run `npm run build:graph` first)' : '';
    throw new KgError('BAD_GRAPH', `kg/viewer: cannot load "${url}": HTTP ${response.status}${hint}`);
  }
  const text = await response.text();
  const fetchMs = performance.now() - started;
  return { ...parseGraphText(text, name), fetchMs };
}

/** Reads and parses a picked or dropped file. */
export async function loadGraphFromFile(file: File): Promise<LoadedGraph & { needsLayout: boolean; phases: Record<string, number> }> {
  if (file.size > MAX_FILE_BYTES) {
    throw new KgError('BAD_GRAPH', `kg/viewer: "${file.name}" is too large (${Math.round(file.size / 1e6)} MB, limit ${MAX_FILE_BYTES / 1e6} MB)`);
  }
  return parseGraphText(await file.text(), file.name);
}
