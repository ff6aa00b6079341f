// kg: the library's build pipeline, ingest -> extract -> resolve -> assemble -> enrich, as one pure-ish call.
// File output is left to the caller (see writeOutputs); progress is reported through a callback.
import { assembleGraph } from './assemble/index.js';
import { enrichGraph, type EnrichOptions } from './enrich/index.js';
import { extractDocument } from './extract/index.js';
import { readDocuments, type SkippedInput } from './ingest/index.js';
import type { Extraction, KgDocument, KgGraph } from './model/types.js';
import { resolveEntities } from './resolve/index.js';

export interface BuildProgress {
  done: number;
  total: number;
  words: number;
}

export interface BuildOptions {
  strict?: boolean;
  enrich?: EnrichOptions | false;
  onProgress?: (p: BuildProgress) => void;
}

export interface BuildResult {
  graph: KgGraph;
  documents: number;
  words: number;
  skipped: SkippedInput[];
  warnings: SkippedInput[];
}

/** Builds a graph from documents already in memory. */
export function buildFromDocuments(documents: KgDocument[], options: BuildOptions = {}): { graph: KgGraph; extractions: Extraction[] } {
  const extractions: Extraction[] = [];
  let words = 0;
  for (const doc of documents) {
    const x = extractDocument(doc);
    words += x.doc.words;
    extractions.push(x);
    options.onProgress?.({ done: extractions.length, total: documents.length, words });
  }
  return { graph: graphFromExtractions(extractions, options), extractions };
}

/** Resolves, assembles and enriches per-document extractions. */
export function graphFromExtractions(extractions: Extraction[], options: BuildOptions = {}): KgGraph {
  const sorted = [...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const resolution = resolveEntities(sorted);
  const graph = assembleGraph(resolution, sorted.map((x) => x.doc));
  if (options.enrich !== false) enrichGraph(graph, options.enrich ?? {});
  return graph;
}

/** Reads documents from files/directories and builds their graph. */
export function build(inputs: string[], options: BuildOptions = {}): BuildResult {
  const { documents, skipped, warnings } = readDocuments(inputs, { strict: options.strict ?? false });
  const { graph, extractions } = buildFromDocuments(documents, options);
  const words = extractions.reduce((s, x) => s + x.doc.words, 0);
  return { graph, documents: documents.length, words, skipped, warnings };
}
