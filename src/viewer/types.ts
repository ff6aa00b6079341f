// kg/viewer: the viewer's own data shapes (view state, filters, loaded graph source). Types only, no runtime code.
import type { KgGraph } from '../model/index.js';

/** How node sizes are computed. */
export type SizeMode = 'degree' | 'pagerank';

/** Filters that decide which nodes and edges are drawn. Month indices are `year * 12 + month - 1`. */
export interface FilterState {
  /** Entity types that are hidden. */
  hiddenTypes: string[];
  /** Relation types that are hidden (co_mentioned by default). */
  hiddenRelations: string[];
  /** Nodes whose degree is below this are hidden. */
  minDegree: number;
  /** Inclusive month range of the timeline; undefined means "open" on that side. */
  dateFrom?: number;
  dateTo?: number;
  /** Whether relations without a date stay visible. */
  showUndated: boolean;
  /** Whether entities without any visible relation are shown (off by default). */
  showIsolated: boolean;
  /** Relation families that are hidden (when the graph's relations carry a `family`). */
  hiddenFamilies: string[];
}

/** How nodes are coloured. */
export type ColorMode = 'type' | 'community';

/** Focus mode: only an entity's neighbourhood, `depth` relations away. */
export interface FocusState {
  node: string;
  depth: 1 | 2;
}

/** Camera position as sigma stores it. */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** Everything the URL hash remembers, so a link reopens the same view. */
export interface ViewState {
  filters: FilterState;
  sizeBy: SizeMode;
  colorBy: ColorMode;
  focus?: FocusState;
  selected?: string;
  camera?: CameraView;
  pathFrom?: string;
  pathTo?: string;
}

/** A graph loaded from somewhere, with a name to show in the header and error messages. */
export interface LoadedGraph {
  graph: KgGraph;
  name: string;
  /** One-line notes about what was repaired on load (shown in the warning banner). */
  warnings?: string[];
  /** Keys renamed on load (new -> original), restored in exports. */
  originalKeys?: Map<string, string>;
}

/** Which nodes and edges the filters hide: one byte per node / edge index of the GraphIndex (1 = hidden). */
export interface Visibility {
  nodeHidden: Uint8Array;
  edgeHidden: Uint8Array;
  visibleNodes: number;
  visibleEdges: number;
}
