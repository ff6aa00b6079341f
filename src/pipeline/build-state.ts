// kg/pipeline: the build state `kg build` keeps beside graph.json (<out>/.kg-state), so the next build re-reads
// and re-extracts only the documents that changed. One file: a first line of JSON with every file's fingerprint
// (and what reading it said), every document's hashes, the identity and fact tables of the index and the
// previous graph (compact rows), then the
// contributions and claims of each identity and fact as separate JSON records that are parsed only when a
// change touches them and otherwise copied byte for byte. A state that cannot be read is no error: the build
// is then a clean one. Does not decide what changed (scan-inputs.ts) or write graph.json.
import { relationKey } from '../assemble/index.js';
import type { SkippedInput } from '../ingest/index.js';
import type { EntityAttributes, EntityType, KgGraph, RelationAttributes } from '../model/types.js';
import { TYPE_PREFIX } from '../resolve/index.js';
import {
  GraphIndex,
  type DocumentEntry,
  type GroupEntry,
  type IdentityEntry,
  type IndexedClaim,
  type IndexedContribution,
  type IndexedDocumentMeta,
  type IndexLoader,
  type PreviousOutput,
} from './graph-index.js';

/** The state's file name in the output directory. */
export const STATE_FILE_NAME = '.kg-state';
const FORMAT = 'kg-build-state';
const VERSION = 2;

/** What `stat` said of a file when it was last read. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Where a document came from, and what it was, at the last build. */
export interface ManifestEntry {
  /** The file it was read from (one file may hold many documents: JSON Lines, CSV). */
  path: string;
  /** Hash of the text (duplicate detection) and the extraction cache key (content, metadata, extractor). */
  textHash: string;
  cacheKey: string;
  /** Paged documents (PDF): where the pages start, comma-joined (evidence pages depend on them). */
  pages?: string;
  /** The record of its file it came from (JSON Lines, CSV), for messages. */
  record?: number;
  line?: number;
}

/** What the last build read from one file that gave documents; an unchanged file is not read again. */
export interface FileEntry {
  /** The id listing gave the file (its documents' ids derive from it). */
  id: string;
  file: FileFingerprint;
  /** Ingest warnings and skipped records, repeated when the file is not read again. */
  warnings: SkippedInput[];
  skipped: SkippedInput[];
  /** False when some of its documents were dropped as duplicates (the file is then read again next time). */
  reusable: boolean;
}

/** The previous output, with the positions and communities an incremental enrich starts from. */
export interface PreviousGraph extends PreviousOutput {
  position(id: string): { x: number; y: number } | undefined;
  community(id: string): number | undefined;
}

export interface BuildState {
  extractorVersion: string;
  /** Fingerprint of the options that shape the graph (a state built with others is not reused). */
  settings: string;
  /** Fingerprint of the reading options (record fields, size limit): under others every file is read again. */
  reading: string;
  /** Whether edges keep their rules' ids (also the index's keepRules; part of `settings`). */
  keepRules: boolean;
  /** When the files of this build were listed (files modified close to it are read again). */
  scannedAtMs: number;
  /** By document id. */
  manifest: Map<string, ManifestEntry>;
  /** By path: the files that gave the documents of `manifest`. */
  files: Map<string, FileEntry>;
  index: GraphIndex;
  /** What the next build starts from: the output of this one. */
  previous: PreviousGraph;
  /** This build's output as a graph (absent in a state read from disk, whose output is `previous`). */
  output?: { graph: KgGraph; edgeSourceNodes: ReadonlyMap<string, string> };
  /** graph.json as written after this build (set by the writer; a changed graph.json voids the state). */
  graphFile?: FileFingerprint;
}

// Previous output: a graph in memory

/**
 * The previous output as the graph itself (watch mode keeps it in memory). Node attributes are copies (the
 * next enrich writes positions and metrics into them); edge attributes are shared with the new graph, which
 * nothing changes after assembly.
 */
export function previousFromGraph(graph: KgGraph, edgeSourceNodes: ReadonlyMap<string, string>): PreviousGraph {
  return {
    nodeAttributes: (id) => (graph.hasNode(id) ? { ...graph.getNodeAttributes(id) } : undefined),
    edge: (key) => (graph.hasEdge(key) ? { source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) } : undefined),
    nodeIds: () => graph.nodes(),
    edgeKeys: () => graph.edges(),
    edgeSourceNodes: () => edgeSourceNodes.entries(),
    position(id) {
      if (!graph.hasNode(id)) return undefined;
      const a = graph.getNodeAttributes(id);
      return typeof a.x === 'number' && typeof a.y === 'number' ? { x: a.x, y: a.y } : undefined;
    },
    community: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'community') : undefined),
  };
}

// Compact rows: attribute objects as arrays of values in one of a few recorded key orders

interface RowTable {
  keys: string[];
  orders: number[][];
  rows: unknown[][];
}

type ValueCodec = (key: string, value: unknown) => unknown;

function createRowEncoder(prefixLength: number, encodeValue: ValueCodec) {
  const table: RowTable = { keys: [], orders: [], rows: [] };
  const keyIndex = new Map<string, number>();
  const orderIndex = new Map<string, number>();
  return {
    table,
    add(prefix: unknown[], attributes: object): void {
      const keys = Object.keys(attributes);
      const ids = keys.map((k) => {
        let i = keyIndex.get(k);
        if (i === undefined) {
          i = table.keys.length;
          keyIndex.set(k, i);
          table.keys.push(k);
        }
        return i;
      });
      const signature = ids.join(',');
      let order = orderIndex.get(signature);
      if (order === undefined) {
        order = table.orders.length;
        orderIndex.set(signature, order);
        table.orders.push(ids);
      }
      const row: unknown[] = prefix.slice(0, prefixLength);
      row.push(order);
      for (const k of keys) row.push(encodeValue(k, (attributes as Record<string, unknown>)[k]));
      table.rows.push(row);
    },
  };
}

/** Decodes rows of one table: per key order, its key names and which values need decoding, worked out once. */
function createRowDecoder(table: RowTable, prefixLength: number, decodeValue: ValueCodec): (row: unknown[]) => Record<string, unknown> {
  const plans = table.orders.map((order) => {
    const keys = order.map((k) => table.keys[k]!);
    return { keys, special: keys.map((k) => k === 'documents' || k === 'evidence') };
  });
  return (row) => {
    const { keys, special } = plans[row[prefixLength] as number]!;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = row[prefixLength + 1 + i];
      out[keys[i]!] = special[i] ? decodeValue(keys[i]!, value) : value;
    }
    return out;
  };
}

/** Position of `key` in each order of the table (-1 when absent), for reading one value without decoding. */
const keyPositions = (table: RowTable, key: string): number[] => {
  const k = table.keys.indexOf(key);
  return table.orders.map((o) => (k < 0 ? -1 : o.indexOf(k)));
};

const EVIDENCE_KEYS = 'doc,text,start,end';
/** Evidence of a paged document (PDF). */
const PAGED_EVIDENCE_KEYS = 'doc,text,start,end,page';

/** Document ids become indices into the document table; anything unexpected is kept as it is ({ raw }). */
function createCodecs(docIds: string[]) {
  const docIndex = new Map(docIds.map((id, i) => [id, i]));
  const compactEvidence = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || !docIndex.has((e as { doc: string }).doc)) return false;
    const keys = Object.keys(e).join(',');
    return keys === EVIDENCE_KEYS || (keys === PAGED_EVIDENCE_KEYS && typeof (e as { page: unknown }).page === 'number');
  };
  const encode: ValueCodec = (key, value) => {
    if (key === 'documents' && Array.isArray(value) && value.every((d) => docIndex.has(d as string))) return value.map((d) => docIndex.get(d as string));
    if (key === 'evidence' && Array.isArray(value) && value.every(compactEvidence)) {
      return value.map((e) => (e.page === undefined ? [docIndex.get(e.doc), e.start, e.end, e.text] : [docIndex.get(e.doc), e.start, e.end, e.text, e.page]));
    }
    return (key === 'documents' || key === 'evidence') ? { raw: value } : value;
  };
  const decode: ValueCodec = (key, value) => {
    if (key === 'documents' && Array.isArray(value)) return value.map((i) => docIds[i as number]);
    if (key === 'evidence' && Array.isArray(value)) {
      return value.map((e: [number, number, number, string, number?]) =>
        e.length > 4 ? { doc: docIds[e[0]], text: e[3], start: e[1], end: e[2], page: e[4] } : { doc: docIds[e[0]], text: e[3], start: e[1], end: e[2] },
      );
    }
    if ((key === 'documents' || key === 'evidence') && value && typeof value === 'object') return (value as { raw: unknown }).raw;
    return value;
  };
  return { encode, decode };
}

interface SnapshotJson {
  nodes: RowTable;
  edges: RowTable;
  edgeSources: [string, string][];
}

function encodeSnapshot(graph: KgGraph, edgeSourceNodes: ReadonlyMap<string, string>, docIds: string[]): SnapshotJson {
  const { encode } = createCodecs(docIds);
  const nodes = createRowEncoder(1, encode);
  const edges = createRowEncoder(3, encode);
  graph.forEachNode((id, attributes) => nodes.add([id], attributes));
  graph.forEachEdge((key, attributes, source, target) => edges.add([key, source, target], attributes));
  return { nodes: nodes.table, edges: edges.table, edgeSources: [...edgeSourceNodes] };
}

function previousFromSnapshot(snapshot: SnapshotJson, docIds: string[]): PreviousGraph {
  const { decode } = createCodecs(docIds);
  const decodeNode = createRowDecoder(snapshot.nodes, 1, decode);
  const decodeEdge = createRowDecoder(snapshot.edges, 3, decode);
  const nodeRows = new Map<string, unknown[]>();
  for (const row of snapshot.nodes.rows) nodeRows.set(row[0] as string, row);
  const edgeRows = new Map<string, unknown[]>();
  for (const row of snapshot.edges.rows) edgeRows.set(row[0] as string, row);
  const xAt = keyPositions(snapshot.nodes, 'x');
  const yAt = keyPositions(snapshot.nodes, 'y');
  const communityAt = keyPositions(snapshot.nodes, 'community');
  const valueAt = (row: unknown[], at: number[]): unknown => {
    const i = at[row[1] as number]!;
    return i < 0 ? undefined : row[2 + i];
  };
  return {
    nodeAttributes(id) {
      const row = nodeRows.get(id);
      return row ? (decodeNode(row) as unknown as EntityAttributes) : undefined;
    },
    edge(key) {
      const row = edgeRows.get(key);
      return row ? { source: row[1] as string, target: row[2] as string, attributes: decodeEdge(row) as unknown as RelationAttributes } : undefined;
    },
    nodeIds: () => nodeRows.keys(),
    edgeKeys: () => edgeRows.keys(),
    edgeSourceNodes: () => snapshot.edgeSources,
    position(id) {
      const row = nodeRows.get(id);
      if (!row) return undefined;
      const x = valueAt(row, xAt);
      const y = valueAt(row, yAt);
      return typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined;
    },
    community(id) {
      const row = nodeRows.get(id);
      const c = row ? valueAt(row, communityAt) : undefined;
      return typeof c === 'number' ? c : undefined;
    },
  };
}

// The state file

const TYPE_OF_PREFIX = new Map(Object.entries(TYPE_PREFIX).map(([type, prefix]) => [prefix, type as EntityType]));
/** The entity type an identity's prefix names ("person:..." -> Person). */
const typeOfIdentity = (identity: string): EntityType | undefined => TYPE_OF_PREFIX.get(identity.slice(0, identity.indexOf(':')));

/**
 * identity, type (0: the one its prefix names), first document (index), position there, base id (0: the id),
 * label, acronym keys (0: none), id, index of the identity it is merged into (-1: none), record offset, length.
 * What the last update produced (node id, merged acronyms, edge keys) follows from these.
 */
type IdentityRow = [string, EntityType | 0, number, number, string | 0, string, string[] | 0, string, number, number, number];
/** type, subject identity index, object identity index, record offset, length. */
type GroupRow = [string, number, number, number, number];
/** path, file id, fingerprint, warnings, skipped, reusable (1) or not (0). */
type FileRow = [string, string, FileFingerprint, SkippedInput[], SkippedInput[], 0 | 1];
/** meta, file index, text hash, cache key, pages / record / line (0: none), identity and group indices. */
type DocumentRow = [IndexedDocumentMeta, number, string, string, Pick<ManifestEntry, 'pages' | 'record' | 'line'> | 0, number[], number[]];

interface StateJson {
  format: string;
  version: number;
  extractorVersion: string;
  settings: string;
  reading: string;
  keepRules: boolean;
  scannedAtMs: number;
  graphFile: FileFingerprint | null;
  files: FileRow[];
  documents: DocumentRow[];
  identities: IdentityRow[];
  groups: GroupRow[];
  snapshot: SnapshotJson;
}

const encodeContributions = (list: IndexedContribution[]): string => JSON.stringify(list.map((c) => [c.doc, c.index, c.entity]));

const encodeClaims = (list: IndexedClaim[]): string =>
  JSON.stringify(
    list.map((c) => {
      const { subject: _s, object: _o, source: _src, ...claim } = c.claim as typeof c.claim & { subject?: string; object?: string; source?: string };
      return [c.doc, c.index, claim, c.source ?? 0];
    }),
  );

/** Serializes the state of a build (records not loaded since it was read are copied as they were). */
export function serializeBuildState(state: BuildState): Uint8Array {
  if (!state.output) throw new Error('kg/pipeline: only the state of a build can be saved (this one was read from disk)');
  const output = state.output;
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const record = (raw: Uint8Array | undefined, encode: () => string): [number, number] => {
    const bytes = raw ?? Buffer.from(encode());
    chunks.push(bytes);
    const at = offset;
    offset += bytes.length;
    return [at, bytes.length];
  };

  const docs = [...state.index.documents.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const docIndex = new Map(docs.map((d, i) => [d.meta.id, i]));
  const order = state.index.identitiesInOrder();
  const identityIndex = new Map<IdentityEntry, number>(order.map((e, i) => [e, i]));
  const identities: IdentityRow[] = order.map((e) => {
    const [at, length] = record(state.index.storedBytes(e), () => encodeContributions(e.contributions!));
    const type = typeOfIdentity(e.identity) === e.type ? 0 : e.type;
    return [e.identity, type, docIndex.get(e.firstDoc)!, e.firstIndex, e.base === e.id ? 0 : e.base, e.label, e.keys.length > 0 ? [...e.keys] : 0, e.id, e.mergedInto ? identityIndex.get(e.mergedInto)! : -1, at, length];
  });
  const groupList = [...state.index.groups.values()];
  const groupIndex = new Map<GroupEntry, number>(groupList.map((g, i) => [g, i]));
  const groups: GroupRow[] = groupList.map((g) => {
    const [at, length] = record(state.index.storedBytes(g), () => encodeClaims(g.claims!));
    return [g.type, identityIndex.get(g.subject)!, identityIndex.get(g.object)!, at, length];
  });
  const files: FileRow[] = [];
  const fileIndex = new Map<string, number>();
  for (const [path, f] of state.files) {
    fileIndex.set(path, files.length);
    files.push([path, f.id, f.file, f.warnings, f.skipped, f.reusable ? 1 : 0]);
  }
  const documents: DocumentRow[] = docs.map((d) => {
    const m = state.manifest.get(d.meta.id)!;
    const extra: Pick<ManifestEntry, 'pages' | 'record' | 'line'> = {};
    if (m.pages !== undefined) extra.pages = m.pages;
    if (m.record !== undefined) extra.record = m.record;
    if (m.line !== undefined) extra.line = m.line;
    const file = fileIndex.get(m.path);
    if (file === undefined) throw new Error(`kg/pipeline: document "${d.meta.id}" has no entry for its file "${m.path}" in the state`);
    return [d.meta, file, m.textHash, m.cacheKey, Object.keys(extra).length > 0 ? extra : 0, d.identities.map((e) => identityIndex.get(e)!), d.groups.map((g) => groupIndex.get(g)!)];
  });
  const json: StateJson = {
    format: FORMAT,
    version: VERSION,
    extractorVersion: state.extractorVersion,
    settings: state.settings,
    reading: state.reading,
    keepRules: state.keepRules,
    scannedAtMs: state.scannedAtMs,
    graphFile: state.graphFile ?? null,
    files,
    documents,
    identities,
    groups,
    snapshot: encodeSnapshot(output.graph, output.edgeSourceNodes, docs.map((d) => d.meta.id)),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(json)}\n`), ...chunks]);
}

/** Reads a serialized state; a malformed one gives a reason instead (the build is then a clean one). */
export function parseBuildState(bytes: Uint8Array): BuildState | { invalid: string } {
  // Typed as Uint8Array so the package's declarations need no Node types; read as a Buffer (no copy)
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const newline = buffer.indexOf(10);
  let json: StateJson;
  try {
    json = JSON.parse(buffer.toString('utf8', 0, newline < 0 ? buffer.length : newline)) as StateJson;
  } catch {
    return { invalid: 'unreadable' };
  }
  if (json?.format !== FORMAT || json.version !== VERSION) return { invalid: `not a kg build state of version ${VERSION}` };
  const records = newline + 1;
  const text = (at: number, length: number): string => buffer.toString('utf8', records + at, records + at + length);
  const end = [...json.identities, ...json.groups].reduce((max, row) => Math.max(max, (row.at(-2) as number) + (row.at(-1) as number)), 0);
  if (records + end > buffer.length) {
    return { invalid: 'truncated' };
  }

  const loader: IndexLoader = {
    contributions: (at, length) => (JSON.parse(text(at, length)) as [string, number, IndexedContribution['entity']][]).map(([doc, index, entity]) => ({ doc, index, entity })),
    bytes: (at, length) => buffer.subarray(records + at, records + at + length),
    claims: (at, length) =>
      (JSON.parse(text(at, length)) as [string, number, IndexedClaim['claim'], string | 0][]).map(([doc, index, claim, source]) => {
        const c: IndexedClaim = { doc, index, claim };
        if (source) c.source = source;
        return c;
      }),
  };
  const docIds = json.documents.map((d) => d[0].id);
  const order: IdentityEntry[] = json.identities.map(([identity, type, firstDoc, firstIndex, base, label, keys, id, , at, length]) => ({
    identity,
    type: type || typeOfIdentity(identity)!,
    contributions: undefined,
    raw: at,
    rawLength: length,
    firstDoc: docIds[firstDoc]!,
    firstIndex,
    base: base || id,
    label,
    keys: keys || [],
    fold: undefined,
    id,
    mergedInto: undefined,
    touched: false,
    previousFinalId: id,
    previousShorts: '',
    mark: 0,
  }));
  // What the last update produced: merged acronyms' node is their full name's; a full name lists its acronyms
  const shorts = new Map<IdentityEntry, string[]>();
  json.identities.forEach((row, i) => {
    if (row[8] < 0) return;
    const e = order[i]!;
    const full = order[row[8]]!;
    e.mergedInto = full;
    e.previousFinalId = full.id;
    const list = shorts.get(full);
    if (list) list.push(e.identity);
    else shorts.set(full, [e.identity]);
  });
  for (const [full, list] of shorts) full.previousShorts = list.join('\u0000');
  const groups: GroupEntry[] = json.groups.map(([type, s, o, at, length]) => {
    const subject = order[s]!;
    const object = order[o]!;
    const from = subject.mergedInto ?? subject;
    const to = object.mergedInto ?? object;
    return {
      key: `${type}\u0000${subject.identity}\u0000${object.identity}`,
      type,
      subject,
      object,
      claims: undefined,
      raw: at,
      rawLength: length,
      touched: false,
      previousEdgeKey: from === to ? undefined : relationKey(type, from.id, to.id),
      mark: 0,
    };
  });
  const files = new Map<string, FileEntry>();
  for (const [path, id, file, warnings, skipped, reusable] of json.files) files.set(path, { id, file, warnings, skipped, reusable: reusable === 1 });
  const manifest = new Map<string, ManifestEntry>();
  const documents: DocumentEntry[] = json.documents.map(([meta, file, textHash, cacheKey, extra, identityRows, groupRows]) => {
    manifest.set(meta.id, { path: json.files[file]![0], textHash, cacheKey, ...(extra || {}) });
    return { meta, identities: identityRows.map((i) => order[i]!), groups: groupRows.map((g) => groups[g]!) };
  });
  const index = new GraphIndex(loader, { keepRules: json.keepRules === true });
  index.restore(order, groups, documents);
  const state: BuildState = {
    extractorVersion: json.extractorVersion,
    settings: json.settings,
    reading: json.reading,
    keepRules: json.keepRules === true,
    scannedAtMs: json.scannedAtMs,
    manifest,
    files,
    index,
    previous: previousFromSnapshot(json.snapshot, docIds),
  };
  if (json.graphFile) state.graphFile = json.graphFile;
  return state;
}
