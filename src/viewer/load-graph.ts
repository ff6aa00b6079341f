// kg/viewer: turns graph.json or GEXF text (from a URL, a picked file or a dropped file) into a KgGraph, with
// KgError("BAD_GRAPH") messages that name the file and say what is wrong. Does not render anything.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser/index.js';
import { KgError } from '../model/index.js';
import type { KgGraph } from '../model/index.js';
import { importGraph, parseGraphJson } from '../query/index.js';
import type { LoadedGraph } from './types.js';

/** Largest file the viewer accepts (bytes); bigger ones are refused with a message rather than freezing the tab. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const looksLikeXml = (name: string, text: string): boolean => /\.gexf$/i.test(name) || /^\s*</.test(text);

/** Parses GEXF text with graphology-gexf, after checking the XML is well-formed. */
function parseGexfText(text: string, name: string): KgGraph {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement.nodeName !== 'gexf') {
    throw new KgError('BAD_GRAPH', `kg/viewer: "${name}" is not a well-formed GEXF file (check it opens in Gephi, or use graph.json)`);
  }
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
  return importGraph(parsed.export(), name);
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

/** Parses text as graph.json or GEXF (decided by file name, then by content). */
export function parseGraphText(text: string, name: string): LoadedGraph & { needsLayout: boolean } {
  if (!text.trim()) throw new KgError('BAD_GRAPH', `kg/viewer: "${name}" is empty`);
  const graph = looksLikeXml(name, text) ? parseGexfText(text, name) : parseGraphJson(text, name);
  const needsLayout = ensurePositions(graph);
  return { graph, name, needsLayout };
}

/** Fetches and parses a graph from a URL (relative URLs resolve against the page); `fetchMs` is the download time. */
export async function loadGraphFromUrl(url: string): Promise<LoadedGraph & { needsLayout: boolean; fetchMs: number }> {
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
export async function loadGraphFromFile(file: File): Promise<LoadedGraph & { needsLayout: boolean }> {
  if (file.size > MAX_FILE_BYTES) {
    throw new KgError('BAD_GRAPH', `kg/viewer: "${file.name}" is too large (${Math.round(file.size / 1e6)} MB, limit ${MAX_FILE_BYTES / 1e6} MB)`);
  }
  return parseGraphText(await file.text(), file.name);
}
