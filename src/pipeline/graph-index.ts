// kg/pipeline: the incremental form of resolve + assemble. Keeps, for every identity, the local entities that
// name it and, for every fact between two identities, the claims that state it, each in corpus order (document
// id, then position), so documents can be added and removed and only what they touched is folded again. Node
// ids, acronym merges and edge keys are recomputed over the whole index on every update (cheap), so the graph
// it produces equals a clean build's. Folds with the same helpers as resolveEntities and assembleGraph.
// Computes no metrics or positions (enrich does); reads no files (build-state.ts stores and loads it).
import { MultiDirectedGraph } from 'graphology';
import { addClaimToRelation, documentsAttribute, finishRelation, nodeAttributesOf, relationKey, startRelationFold, type FoldableClaim } from '../assemble/index.js';
import type { EntityAttributes, EntityType, Extraction, KgDocument, KgGraph, LocalEntity, RelationAttributes } from '../model/types.js';
import {
  acronymKeysOf,
  baseIdOf,
  claimEntityId,
  copyEntityFold,
  entityOfFold,
  addToEntityFold,
  foldEntity,
  identityOf,
  mergeAcronymFold,
  planAcronymMerges,
  startEntityFold,
  type EntityFold,
} from '../resolve/index.js';

/** One local entity of one document, as folded into its identity. */
export interface IndexedContribution {
  doc: string;
  /** Position of the entity in its document's extraction. */
  index: number;
  entity: LocalEntity;
}

/** One claim of one document, as folded into its fact; `source` is the identity it is attributed to. */
export interface IndexedClaim {
  doc: string;
  index: number;
  claim: FoldableClaim;
  source?: string;
}

/** Document metadata as the graph keeps it, plus its word count. */
export type IndexedDocumentMeta = Omit<KgDocument, 'text'> & { words: number };

/** Reads entries a saved index left on disk, on first use (see build-state.ts). */
export interface IndexLoader {
  contributions(start: number, length: number): IndexedContribution[];
  claims(start: number, length: number): IndexedClaim[];
  /** The record's bytes as stored (copied verbatim when the state is saved again). */
  bytes(start: number, length: number): Uint8Array;
}

export interface IdentityEntry {
  identity: string;
  type: EntityType;
  /** In corpus order; undefined while still on disk (the loader's record at `raw`, `rawLength` bytes). */
  contributions: IndexedContribution[] | undefined;
  raw: number;
  rawLength: number;
  firstDoc: string;
  firstIndex: number;
  /** The id this identity's node would like (from its first contribution). */
  base: string;
  /** The fold label and acronym keys (kept even while the contributions stay on disk). */
  label: string;
  keys: readonly string[];
  fold: EntityFold | undefined;
  /** Id claimed at the last update, and the identity it was merged into (acronyms), if any. */
  id: string;
  mergedInto: IdentityEntry | undefined;
  touched: boolean;
  /** What the last update produced: node id, and the merged acronyms as one string. */
  previousFinalId: string | undefined;
  previousShorts: string;
  /** Which addExtraction call last touched this entry (transient). */
  mark: number;
}

export interface GroupEntry {
  /** type NUL subject identity NUL object identity. */
  key: string;
  type: string;
  subject: IdentityEntry;
  object: IdentityEntry;
  claims: IndexedClaim[] | undefined;
  raw: number;
  rawLength: number;
  touched: boolean;
  /** The edge key this fact had at the last update (undefined: a self-loop or new). */
  previousEdgeKey: string | undefined;
  /** Which addExtraction call last touched this entry (transient). */
  mark: number;
}

export interface DocumentEntry {
  meta: IndexedDocumentMeta;
  identities: IdentityEntry[];
  groups: GroupEntry[];
}

/**
 * The graph an update starts from: the last output, for the nodes and edges the update did not touch. Node
 * attribute objects it returns belong to the caller (copies, or freshly decoded); edge attributes may be shared
 * with the previous graph and are never changed.
 */
export interface PreviousOutput {
  nodeAttributes(id: string): EntityAttributes | undefined;
  edge(key: string): { source: string; target: string; attributes: RelationAttributes } | undefined;
  /** Node ids and edge keys in the previous graph's (sorted) order. */
  nodeIds(): Iterable<string>;
  edgeKeys(): Iterable<string>;
  /** Each edge with the node whose label its `source` attribute carries. */
  edgeSourceNodes(): Iterable<readonly [string, string]>;
}

/** What changed between the previous output and this one (node ids and edge keys of the new graph). */
export interface IndexChanges {
  /** Nodes whose attributes were folded again (new ones included). Changes are only tracked against a previous output. */
  foldedNodes: Set<string>;
  /** Nodes of the previous graph that are gone. */
  removedNodes: Set<string>;
  /** Edges folded again or gone, by key (old and new keys). */
  changedEdges: Set<string>;
  /** Folded node id -> the previous node of the same identity, if it had one (kept nodes keep their attributes). */
  previousIdOf: Map<string, string>;
}

export interface IndexOutput {
  graph: KgGraph;
  /** Edge key -> node whose label the edge's `source` attribute carries. */
  edgeSourceNodes: Map<string, string>;
  changes: IndexChanges;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byPosition = (a: { doc: string; index: number }, b: { doc: string; index: number }): number => byString(a.doc, b.doc) || a.index - b.index;
const firstOrder = (a: IdentityEntry, b: IdentityEntry): number => byString(a.firstDoc, b.firstDoc) || a.firstIndex - b.firstIndex;

/**
 * Adds `item` to `list` (corpus order): appended when it sorts last (the usual case; returns true), inserted
 * otherwise (returns false).
 */
function appendInOrder<T extends { doc: string; index: number }>(list: T[], item: T): boolean {
  const last = list[list.length - 1];
  if (!last || byPosition(last, item) < 0) {
    list.push(item);
    return true;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPosition(list[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
  return false;
}

/**
 * The keys of `present`, sorted: those of `before` (already sorted) that are present and not in `redone`, merged
 * with the present keys of `redone`, sorted.
 */
function mergeSorted(before: Iterable<string>, present: ReadonlyMap<string, unknown>, redone: ReadonlySet<string>): string[] {
  const fresh = [...redone].filter((k) => present.has(k)).sort();
  const out: string[] = [];
  let f = 0;
  for (const key of before) {
    if (!present.has(key) || redone.has(key)) continue;
    while (f < fresh.length && fresh[f]! < key) out.push(fresh[f++]!);
    out.push(key);
  }
  while (f < fresh.length) out.push(fresh[f++]!);
  return out;
}

export interface GraphIndexOptions {
  /** Keep the ids of the rules that made each relation on its edge (`rules`); fixed for the index's life. */
  keepRules?: boolean;
}

/**
 * The index of every document's entities and claims. Add and remove documents, then call `update` for the
 * graph; entries loaded from a saved state stay on disk until a change touches them.
 */
export class GraphIndex {
  readonly documents = new Map<string, DocumentEntry>();
  readonly identities = new Map<string, IdentityEntry>();
  readonly groups = new Map<string, GroupEntry>();
  private order: IdentityEntry[] = [];
  private orderSorted = true;
  private readonly touchedIdentities = new Set<IdentityEntry>();
  private readonly touchedGroups = new Set<GroupEntry>();
  /** Edge keys of facts deleted since the last update. */
  private readonly deletedEdgeKeys = new Set<string>();
  /** Node ids of identities deleted since the last update. */
  private readonly deletedNodeIds = new Set<string>();
  private loader: IndexLoader | undefined;
  private serial = 0;
  /** Whether edges keep the ids of the rules that made them (`rules`), as assembleGraph's keepRules. */
  readonly keepRules: boolean;

  constructor(loader?: IndexLoader, options: GraphIndexOptions = {}) {
    this.loader = loader;
    this.keepRules = options.keepRules ?? false;
  }

  /** Registers entries read back from a saved state (build-state.ts); `order` is corpus order of first names. */
  restore(order: IdentityEntry[], groups: GroupEntry[], documents: DocumentEntry[]): void {
    this.order = order;
    for (const e of order) this.identities.set(e.identity, e);
    for (const g of groups) this.groups.set(g.key, g);
    for (const d of documents) this.documents.set(d.meta.id, d);
  }

  /** Identities in the order the corpus first names them (as of the last update). */
  identitiesInOrder(): readonly IdentityEntry[] {
    return this.order;
  }

  contributionsOf(e: IdentityEntry): IndexedContribution[] {
    if (!e.contributions) {
      e.contributions = this.loader!.contributions(e.raw, e.rawLength);
      e.raw = -1;
    }
    return e.contributions;
  }

  claimsOf(g: GroupEntry): IndexedClaim[] {
    if (!g.claims) {
      g.claims = this.loader!.claims(g.raw, g.rawLength);
      g.raw = -1;
    }
    return g.claims;
  }

  /** The stored bytes of an entry not loaded since the state was read (undefined once loaded). */
  storedBytes(entry: IdentityEntry | GroupEntry): Uint8Array | undefined {
    return entry.raw >= 0 ? this.loader!.bytes(entry.raw, entry.rawLength) : undefined;
  }

  private foldOf(e: IdentityEntry): EntityFold {
    e.fold ??= foldEntity(this.contributionsOf(e));
    return e.fold;
  }

  /** Removes a document's entities and claims. Unknown ids are ignored. */
  removeDocument(id: string): void {
    const doc = this.documents.get(id);
    if (!doc) return;
    this.documents.delete(id);
    for (const e of doc.identities) {
      e.contributions = this.contributionsOf(e).filter((c) => c.doc !== id);
      e.fold = undefined;
      this.touchedIdentities.add(e);
    }
    for (const g of doc.groups) {
      g.claims = this.claimsOf(g).filter((c) => c.doc !== id);
      this.touchedGroups.add(g);
    }
  }

  /** Adds one document's extraction (remove the document first if it was indexed). */
  addExtraction(x: Extraction): void {
    const docId = x.doc.id;
    if (this.documents.has(docId)) this.removeDocument(docId);
    const mark = ++this.serial;
    const doc: DocumentEntry = { meta: x.doc, identities: [], groups: [] };
    this.documents.set(docId, doc);

    // Entities: one contribution each, grouped by identity (appended when the document sorts last, the usual
    // case of a clean build; inserted in corpus order otherwise)
    const byLocalKey = new Map<string, IdentityEntry>();
    const entities = x.entities;
    for (let index = 0; index < entities.length; index++) {
      const entity = entities[index]!;
      const identity = identityOf(entity);
      let e = this.identities.get(identity);
      if (!e) {
        e = {
          identity,
          type: entity.type,
          contributions: [],
          raw: -1,
          rawLength: 0,
          firstDoc: docId,
          firstIndex: index,
          base: baseIdOf(entity),
          label: entity.name,
          keys: [],
          fold: undefined,
          id: '',
          mergedInto: undefined,
          touched: true,
          previousFinalId: undefined,
          previousShorts: '',
          mark: 0,
        };
        this.identities.set(identity, e);
        const before = this.order[this.order.length - 1];
        this.order.push(e);
        if (before && firstOrder(before, e) > 0) this.orderSorted = false;
      }
      byLocalKey.set(entity.key, e);
      if (e.mark !== mark) {
        e.mark = mark;
        doc.identities.push(e);
        this.touchedIdentities.add(e);
      }
      // The fold follows along while contributions come in corpus order (a clean build fed in order), and is
      // dropped (to be folded again on update) when one lands before others
      const list = this.contributionsOf(e);
      const contribution: IndexedContribution = { doc: docId, index, entity };
      if (appendInOrder(list, contribution) && (e.fold || list.length === 1)) {
        e.fold ??= startEntityFold(entity);
        addToEntityFold(e.fold, entity, docId);
      } else e.fold = undefined;
    }

    // Claims: grouped by fact (type, subject identity, object identity)
    const claims = x.claims;
    for (let index = 0; index < claims.length; index++) {
      const c = claims[index]!;
      const subject = byLocalKey.get(c.subject);
      const object = byLocalKey.get(c.object);
      if (!subject || !object) continue;
      const key = `${c.type}\u0000${subject.identity}\u0000${object.identity}`;
      let g = this.groups.get(key);
      if (!g) {
        g = { key, type: c.type, subject, object, claims: [], raw: -1, rawLength: 0, touched: true, previousEdgeKey: undefined, mark: 0 };
        this.groups.set(key, g);
      }
      const item: IndexedClaim = { doc: docId, index, claim: c };
      const source = c.source ? byLocalKey.get(c.source) : undefined;
      if (source) item.source = source.identity;
      if (g.mark !== mark) {
        g.mark = mark;
        doc.groups.push(g);
        this.touchedGroups.add(g);
      }
      appendInOrder(this.claimsOf(g), item);
    }
  }

  /** Whether anything was added or removed since the last update. */
  get dirty(): boolean {
    return this.touchedIdentities.size > 0 || this.touchedGroups.size > 0;
  }

  /**
   * Folds what changed and returns the new graph (no metrics, no positions: nodes and edges not folded again
   * keep the attributes `previous` gives them). Without `previous` every node and edge is folded (a clean build).
   * `onStructure` is given the graph's node ids and edges (ends and types, in graph order) before anything is
   * folded, so a layout can start meanwhile.
   */
  update(previous?: PreviousOutput, onStructure?: (structure: { nodes: string[]; edges: { source: string; target: string; type: string }[] }) => void): IndexOutput {
    // Identities left without contributions disappear; the others refresh their first name and fold
    for (const e of this.touchedIdentities) {
      const list = this.contributionsOf(e);
      if (list.length === 0) {
        this.identities.delete(e.identity);
        if (e.previousFinalId !== undefined) this.deletedNodeIds.add(e.previousFinalId);
        e.touched = false;
        continue;
      }
      const first = list[0]!;
      if (first.doc !== e.firstDoc || first.index !== e.firstIndex) {
        e.firstDoc = first.doc;
        e.firstIndex = first.index;
        e.base = baseIdOf(first.entity);
        this.orderSorted = false;
      }
      const fold = this.foldOf(e);
      e.label = fold.label;
      e.keys = e.type === 'Organization' ? acronymKeysOf(fold.label, fold.aliases) : [];
      e.touched = true;
    }
    for (const g of this.touchedGroups) {
      if (this.claimsOf(g).length > 0) {
        g.touched = true;
        continue;
      }
      this.groups.delete(g.key);
      if (g.previousEdgeKey !== undefined) this.deletedEdgeKeys.add(g.previousEdgeKey);
    }
    if (this.order.length !== this.identities.size) this.order = this.order.filter((e) => this.identities.get(e.identity) === e);
    if (!this.orderSorted) {
      this.order.sort(firstOrder);
      this.orderSorted = true;
    }

    // Ids in the order the corpus first names each identity, then acronyms merged into their full names
    const used = new Map<string, string>();
    for (const e of this.order) e.id = claimEntityId(e.base, e.identity, used);
    const orgs = this.order.filter((e) => e.type === 'Organization');
    const plan = planAcronymMerges(orgs);
    const shortsOf = new Map<IdentityEntry, IdentityEntry[]>();
    for (const e of orgs) e.mergedInto = undefined;
    for (const [shortIdentity, fullIdentity] of plan) {
      const short = this.identities.get(shortIdentity)!;
      const full = this.identities.get(fullIdentity)!;
      short.mergedInto = full;
      const list = shortsOf.get(full);
      if (list) list.push(short);
      else shortsOf.set(full, [short]);
    }
    const finalOf = (e: IdentityEntry): IdentityEntry => e.mergedInto ?? e;
    const changes: IndexChanges = { foldedNodes: new Set(), removedNodes: new Set(), changedEdges: new Set(), previousIdOf: new Map() };
    // Edges: facts grouped by edge key (acronym merges can join two facts into one edge)
    const byEdgeKey = new Map<string, GroupEntry[]>();
    for (const key of this.deletedEdgeKeys) changes.changedEdges.add(key);
    for (const g of this.groups.values()) {
      const subject = finalOf(g.subject);
      const object = finalOf(g.object);
      const key = subject === object ? undefined : relationKey(g.type, subject.id, object.id);
      if (previous && (g.touched || key !== g.previousEdgeKey)) {
        if (g.previousEdgeKey !== undefined) changes.changedEdges.add(g.previousEdgeKey);
        if (key !== undefined) changes.changedEdges.add(key);
      }
      g.previousEdgeKey = key;
      if (key === undefined) continue;
      const list = byEdgeKey.get(key);
      if (list) list.push(g);
      else byEdgeKey.set(key, [g]);
    }

    // The structure is known now: node ids and edge keys, sorted (for the caller's layout, and the graph)
    let nodeOrder: string[] | undefined;
    let edgeOrder: string[] | undefined;
    if (!previous) {
      nodeOrder = this.order.filter((e) => !e.mergedInto).map((e) => e.id).sort();
      edgeOrder = [...byEdgeKey.keys()].sort();
      if (onStructure) {
        const edges = edgeOrder.map((key) => {
          const g = byEdgeKey.get(key)![0]!;
          return { source: finalOf(g.subject).id, target: finalOf(g.object).id, type: g.type };
        });
        onStructure({ nodes: nodeOrder, edges });
      }
    }

    // Nodes: fold again what changed, keep the rest
    const nodes = new Map<string, EntityAttributes>();
    const labelChanged = new Set<string>(this.deletedNodeIds);
    for (const e of this.order) {
      if (e.mergedInto) {
        if (e.previousFinalId !== undefined && e.previousFinalId !== e.mergedInto.id) labelChanged.add(e.previousFinalId);
        continue;
      }
      const shorts = shortsOf.get(e) ?? [];
      const shortsKey = shorts.map((s) => s.identity).join('\u0000');
      const kept = previous && !e.touched && e.previousFinalId === e.id && shortsKey === e.previousShorts && !shorts.some((s) => s.touched);
      const attributes = kept ? previous.nodeAttributes(e.id) : undefined;
      if (attributes) {
        nodes.set(e.id, attributes);
      } else {
        const fold = shorts.length > 0 ? copyEntityFold(this.foldOf(e)) : this.foldOf(e);
        for (const s of shorts) mergeAcronymFold(fold, this.foldOf(s));
        const attrs = nodeAttributesOf(entityOfFold(e.id, fold));
        nodes.set(e.id, attrs);
        if (previous) changes.foldedNodes.add(e.id);
        if (previous && e.previousFinalId !== undefined) {
          changes.previousIdOf.set(e.id, e.previousFinalId);
          if (e.previousFinalId !== e.id || previous.nodeAttributes(e.previousFinalId)?.label !== attrs.label) labelChanged.add(e.previousFinalId);
        }
      }
      e.previousShorts = shortsKey;
    }
    if (previous) for (const id of previous.nodeIds()) if (!nodes.has(id)) changes.removedNodes.add(id);

    const previousSources = new Map<string, string>();
    if (previous) {
      for (const [key, node] of previous.edgeSourceNodes()) {
        previousSources.set(key, node);
        if (labelChanged.has(node)) changes.changedEdges.add(key);
      }
    }
    const edges = new Map<string, { source: string; target: string; attributes: RelationAttributes }>();
    const edgeSourceNodes = new Map<string, string>();
    for (const [key, list] of byEdgeKey) {
      const g0 = list[0]!;
      const kept = previous && !changes.changedEdges.has(key) ? previous.edge(key) : undefined;
      if (kept) {
        edges.set(key, kept);
        const node = previousSources.get(key);
        if (node !== undefined) edgeSourceNodes.set(key, node);
        continue;
      }
      let claims = this.claimsOf(g0);
      if (list.length > 1) claims = list.flatMap((g) => this.claimsOf(g)).sort(byPosition);
      const fold = startRelationFold(claims[0]!.claim);
      let sourceNode: string | undefined;
      for (const c of claims) {
        const source = c.source !== undefined ? this.identities.get(c.source) : undefined;
        const speaker = source ? finalOf(source) : undefined;
        if (speaker) sourceNode = speaker.id;
        addClaimToRelation(fold, c.claim, speaker ? nodes.get(speaker.id)!.label : undefined);
      }
      edges.set(key, { source: finalOf(g0.subject).id, target: finalOf(g0.object).id, attributes: finishRelation(fold, { keepRules: this.keepRules }) });
      if (sourceNode !== undefined) edgeSourceNodes.set(key, sourceNode);
      if (previous) changes.changedEdges.add(key);
    }

    // The graph, in sorted order so graph.json is byte-identical for the same content (kept nodes and edges
    // come in the previous graph's order, already sorted: only what was folded needs sorting in). Keys are
    // sorted by UTF-16 code units (sort() without a comparator), the order `<` gives strings.
    const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    graph.setAttribute('generator', 'kg');
    graph.setAttribute('documents', documentsAttribute([...this.documents.values()].map((d) => d.meta)));
    nodeOrder ??= mergeSorted(previous!.nodeIds(), nodes, changes.foldedNodes);
    for (const id of nodeOrder) graph.addNode(id, nodes.get(id)!);
    edgeOrder ??= mergeSorted(previous!.edgeKeys(), edges, changes.changedEdges);
    for (const key of edgeOrder) {
      const { source, target, attributes } = edges.get(key)!;
      graph.addDirectedEdgeWithKey(key, source, target, attributes);
    }

    // Remembering what this output was (folds are dropped: a later change folds what it touches again, and
    // a long --watch keeps less in memory)
    for (const e of this.order) {
      e.previousFinalId = finalOf(e).id;
      e.touched = false;
      e.fold = undefined;
    }
    for (const g of this.groups.values()) g.touched = false;
    this.touchedIdentities.clear();
    this.touchedGroups.clear();
    this.deletedEdgeKeys.clear();
    this.deletedNodeIds.clear();
    return { graph, edgeSourceNodes, changes };
  }
}
