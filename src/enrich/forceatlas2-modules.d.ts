// kg/enrich: types for the parts of graphology-layout-forceatlas2 used without its typed entry point (iterate.js,
// defaults.js, helpers.js ship without declarations).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration over the library's flat matrices (10 floats per node, 3 per edge), in place. */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  /** The library's default settings. */
  const defaults: Record<string, unknown>;
  export default defaults;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  type EdgeWeightGetter = (...args: never[]) => number;
  /** Helpers forceAtlas2.assign uses: the flat matrices of a graph, settings merging, writing positions back. */
  const helpers: {
    graphToByteArrays(graph: Graph, getEdgeWeight: EdgeWeightGetter): { nodes: Float32Array; edges: Float32Array };
    assign<T extends object>(target: T, ...sources: object[]): T & Record<string, unknown>;
    assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  };
  export default helpers;
}
