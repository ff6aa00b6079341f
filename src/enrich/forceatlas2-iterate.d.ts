// kg/enrich: types for graphology-layout-forceatlas2's one-iteration function (iterate.js ships without them).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration over the library's flat matrices (10 floats per node, 3 per edge), in place. */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
