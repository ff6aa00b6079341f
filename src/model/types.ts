// kg/model: the shapes every pipeline stage shares (documents, extractions, the graph contract).
// Types only: no runtime code lives here, so any layer (including the viewer) may import it.
import type { MultiDirectedGraph } from 'graphology';

/** Coarse entity types of the graph contract. */
export type EntityType = 'Person' | 'Country' | 'Organization' | 'Agreement' | 'Event' | 'Place' | 'Other';

/** A document after ingest: plain text plus metadata. `text` is what evidence offsets point into. */
export interface KgDocument {
  /** Stable id: the file name relative to the input root (e.g. "2019-venezuela.md"). */
  id: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  date?: string;
  source?: string;
  /** Path the document was read from, when it came from disk. */
  path?: string;
  text: string;
  /** Where `date` came from, when known ('record': a date field of a JSON Lines or CSV record). */
  dateFrom?: 'front-matter' | 'meta' | 'dateline' | 'record';
  /** Paged documents (PDF): the offset in `text` where each page starts; page n starts at `pages[n - 1]`. */
  pages?: number[];
}

/** A quotation of the document: `text === document.text.slice(start, end)`. */
export interface Evidence {
  doc: string;
  text: string;
  start: number;
  end: number;
  /** Paged documents (PDF): the 1-based page on which the quotation starts. */
  page?: number;
}

/** An entity as one document knows it (before cross-document resolution). */
export interface LocalEntity {
  /** Document-local key, unique within one extraction. */
  key: string;
  type: EntityType;
  /** The fullest name the document uses. */
  name: string;
  /** Every surface form seen in the document. */
  aliases: string[];
  mentions: number;
  /** ISO 3166-1 alpha-3 code for countries (the resolution key). */
  code?: string;
  /** A person's title or role, e.g. "Foreign Minister". */
  title?: string;
  /** Agreements: ISO date of signature as precise as the text allows, and status. */
  signed?: string;
  /** Agreements: the date the text gives where it names them, when no signing date is stated. */
  date?: string;
  status?: 'signed' | 'ratified' | 'in force';
}

/** Groups of relation types, for the viewer's filters and colours (the graph contract's `family`). */
export type RelationFamily =
  | 'office'
  | 'membership'
  | 'agreement'
  | 'cooperation'
  | 'conflict'
  | 'legal'
  | 'economic'
  | 'diplomatic'
  | 'movement'
  | 'location'
  | 'other';

/** A relation one sentence states between two local entities. */
export interface Claim {
  type: string;
  label: string;
  family: RelationFamily;
  /** Id of the extraction rule that made the claim (see `kg explain`). */
  rule: string;
  subject: string;
  object: string;
  evidence: Evidence;
  date?: string;
  confidence: number;
  /** Local key of whoever the text attributes the statement to (reported speech). */
  source?: string;
}

/** Everything `extract` learns from one document. Pure data, JSON-serialisable (cacheable). */
export interface Extraction {
  doc: Omit<KgDocument, 'text'> & { words: number };
  entities: LocalEntity[];
  claims: Claim[];
}

/** Node attributes of the graph contract. */
export interface EntityAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  documents: string[];
  title?: string;
  code?: string;
  signed?: string;
  date?: string;
  status?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  degree?: number;
  pagerank?: number;
  community?: number;
}

/** Edge attributes of the graph contract. */
export interface RelationAttributes {
  type: string;
  label: string;
  /** Always written by kg's assemble stage; optional here so graphs from elsewhere still load. */
  family?: RelationFamily;
  /** Ids of the rules that made the relation (only when the build was asked to keep them). */
  rules?: string[];
  evidence: Evidence[];
  date?: string;
  confidence: number;
  /** Number of evidence sentences (co-mentions: sentence count). */
  weight: number;
  /** Label of who the statement is attributed to, for reported speech. */
  source?: string;
}

export interface GraphAttributes {
  name?: string;
  generator?: string;
  documents?: { id: string; title?: string; date?: string; source?: string }[];
}

export type KgGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/** Serialized graph (graph.json): graphology's `export()` of a KgGraph. */
export interface SerializedKgGraph {
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: GraphAttributes;
  nodes: { key: string; attributes: EntityAttributes }[];
  edges: { key: string; source: string; target: string; attributes: RelationAttributes }[];
}
