// kg/cli: finds the documents a built graph names (evidence `doc` ids) and reads them again, for
// `kg explain --edge`. Where they are comes from the build state beside graph.json (<out>/.kg-state: each
// document's file, and the id the listing gave that file) or, without a usable state, from inputs the user
// names, listed as `kg build` lists them (ids relative to each input; a file whose id ends with the document's
// also counts, so `--input .` finds `corpus/x.md` for `x.md`). Reads only the files holding the documents asked
// for. Does not extract.
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  documentTextHash,
  listDocumentFiles,
  readDocumentFileAsync,
  resolveReadOptions,
  type DocumentFile,
  type SkippedInput,
} from '../ingest/index.js';
import { KgError } from '../model/errors.js';
import type { KgDocument } from '../model/types.js';
import { loadBuildState } from '../pipeline/state-file.js';

/** The file holding a document, and the id the document has when that file is read again. */
export interface LocatedDocument {
  file: DocumentFile;
  docId: string;
}

/** Where the documents of one graph are. */
export interface DocumentLocator {
  /** "the build state in graph" or "--input corpus". */
  from: string;
  /** The extractor version the graph was built with, when the state says. */
  extractorVersion?: string;
  /** Where document `id` (an evidence `doc`) is, or why it cannot be found. */
  locate(id: string): LocatedDocument | string;
  /** The text hash the build saw for `id`, when the state says. */
  textHashOf(id: string): string | undefined;
}

/** A document read again: the document, whether it changed since the build (when known), or why it cannot be read. */
export type ReadBack = { doc: KgDocument; changed?: boolean } | { problem: string };

const stat = (path: string): { size: number; mtimeMs: number; ino: number } | undefined => {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch {
    return undefined;
  }
};

/** The file ids a document id may come from, longest first: `news.jsonl#42` is a record of `news.jsonl`. */
const fileIdsOf = (id: string): string[] => {
  const out = [id];
  for (let at = id.lastIndexOf('#'); at > 0; at = id.lastIndexOf('#', at - 1)) out.push(id.slice(0, at));
  return out;
};

function fromInputs(inputs: string[]): DocumentLocator {
  const skipped: SkippedInput[] = [];
  let files: DocumentFile[];
  try {
    files = listDocumentFiles(inputs, skipped);
  } catch (error) {
    if (error instanceof KgError) throw new KgError(error.code, error.message.replace(/^kg\/ingest: /, 'kg explain: --input: '), error.details);
    throw error;
  }
  if (!files.length) throw new KgError('NO_DOCUMENTS', `kg explain: no document files under --input ${inputs.map((i) => `"${i}"`).join(', ')}`);
  const byId = new Map(files.map((f) => [f.id, f]));
  const named = inputs.join(', ');
  return {
    from: `--input ${named}`,
    locate(id) {
      for (const fid of fileIdsOf(id)) {
        const file = byId.get(fid);
        if (file) return { file, docId: id };
      }
      // Inputs given from higher up (`--input .` for a build of `corpus`): a file whose id ends with the document's
      for (const fid of fileIdsOf(id)) {
        const ends = files.filter((f) => f.id.endsWith(`/${fid}`));
        if (ends.length === 1) return { file: ends[0]!, docId: ends[0]!.id + id.slice(fid.length) };
        if (ends.length > 1) return `"${id}" could be any of ${ends.length} files under ${named} (${ends.slice(0, 3).map((f) => f.id).join(', ')}); give the inputs the graph was built from`;
      }
      return `no file for "${id}" under ${named} (give the inputs the graph was built from)`;
    },
    textHashOf: () => undefined,
  };
}

/**
 * How to find the documents of the graph at `graphPath`: the given inputs, else the build state beside it.
 * Throws INPUT_NOT_FOUND (naming --input) when neither is there.
 */
export function locateBuiltDocuments(graphPath: string, inputs: string[] = []): DocumentLocator {
  if (inputs.length) return fromInputs(inputs);
  const out = dirname(graphPath);
  const loaded = loadBuildState(out, graphPath);
  if ('reason' in loaded) {
    throw new KgError('INPUT_NOT_FOUND', `kg explain: cannot tell which files "${graphPath}" was built from (${loaded.reason} in "${out}"); give them with --input <dir>`);
  }
  const { state } = loaded;
  return {
    from: `the build state in ${out}`,
    extractorVersion: state.extractorVersion,
    locate(id) {
      const entry = state.manifest.get(id);
      if (!entry) return `the build state in ${out} does not list "${id}"`;
      const now = stat(entry.path);
      if (!now) return `"${entry.path}" is gone since the build (give its new place with --input <dir>)`;
      return { file: { path: entry.path, id: state.files.get(entry.path)?.id ?? basename(entry.path), ...now }, docId: id };
    },
    textHashOf: (id) => state.manifest.get(id)?.textHash,
  };
}

/** Reads the documents `ids` again (each file once), with what went wrong for those that cannot be. */
export async function readBuiltDocuments(locator: DocumentLocator, ids: Iterable<string>): Promise<Map<string, ReadBack>> {
  const out = new Map<string, ReadBack>();
  const byFile = new Map<string, { file: DocumentFile; wanted: { id: string; docId: string }[] }>();
  for (const id of new Set(ids)) {
    const found = locator.locate(id);
    if (typeof found === 'string') {
      out.set(id, { problem: found });
      continue;
    }
    const group = byFile.get(found.file.path) ?? { file: found.file, wanted: [] };
    group.wanted.push({ id, docId: found.docId });
    byFile.set(found.file.path, group);
  }
  const read = resolveReadOptions({ strict: false });
  for (const { file, wanted } of byFile.values()) {
    const reading = await readDocumentFileAsync(file, read);
    const docs = new Map(reading.documents.map((d) => [d.doc.id, d.doc]));
    for (const { id, docId } of wanted) {
      const doc = docs.get(docId);
      if (!doc) {
        const why = reading.skipped.find((s) => s.record === undefined)?.reason;
        out.set(id, { problem: why ? `"${file.path}" cannot be read: ${why}` : `"${file.path}" holds no document "${docId}" now (kg explain reads records with the default fields)` });
        continue;
      }
      const hash = locator.textHashOf(id);
      out.set(id, hash === undefined ? { doc } : { doc, changed: hash !== documentTextHash(doc.text) });
    }
  }
  return out;
}
