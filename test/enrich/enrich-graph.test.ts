// enrichGraph: metrics and layout are deterministic, and big graphs place their leaves next to the node they
// hang on (folded out of ForceAtlas2) while small graphs lay every connected node out with ForceAtlas2. The
// same with ForceAtlas2 in the layout worker thread (enrichGraphWith) is byte-identical, graphology's ForceAtlas2
// and kg's typed-array one (above FAST_LAYOUT_MIN_NODES core nodes) alike.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { enrichGraph, enrichGraphWith, FAST_LAYOUT_MIN_NODES, NOVERLAP_MAX_NODES } from '../../src/enrich/enrich-graph.js';
import { serializeGraphJson } from '../../src/export/index.js';
import { startLayoutThread } from '../../src/pipeline/layout-thread.js';
import type { KgGraph } from '../../src/model/types.js';
import { createRng } from '../../src/util/random.js';

/** `hubs` hubs in a ring (each linked to the next two), each with `leavesPerHub` leaves, plus 5 isolated nodes. */
function hubGraph(hubs: number, leavesPerHub: number): KgGraph {
  const g: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const rng = createRng(3);
  const add = (id: string): void => void g.addNode(id, { label: id, type: 'Person', aliases: [], mentions: 1, documents: ['d'] });
  const link = (s: string, t: string): void =>
    void g.addDirectedEdgeWithKey(`meets:${s}->${t}`, s, t, { type: 'meets', label: 'met', evidence: [], confidence: 0.7, weight: 1 });
  for (let h = 0; h < hubs; h++) add(`h${h}`);
  for (let h = 0; h < hubs; h++) {
    link(`h${h}`, `h${(h + 1) % hubs}`);
    link(`h${h}`, `h${(h + 2 + Math.floor(rng() * (hubs - 3))) % hubs}`);
    for (let k = 0; k < leavesPerHub; k++) {
      add(`h${h}-l${k}`);
      link(`h${h}-l${k}`, `h${h}`);
    }
  }
  for (let i = 0; i < 5; i++) add(`iso${i}`);
  return g;
}

const position = (g: KgGraph, n: string): [number, number] => [g.getNodeAttribute(n, 'x') as number, g.getNodeAttribute(n, 'y') as number];
const distance = (a: [number, number], b: [number, number]): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('enrichGraph', () => {
  it('gives the same numbers for the same graph', () => {
    const a = enrichGraph(hubGraph(30, 3));
    const b = enrichGraph(hubGraph(30, 3));
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
    a.forEachNode((_n, attrs) => {
      expect(Number.isFinite(attrs.x)).toBe(true);
      expect(Number.isFinite(attrs.y)).toBe(true);
    });
  });

  it('places the leaves of a big graph on a small circle around their hub', () => {
    const hubs = 400;
    const g = enrichGraph(hubGraph(hubs, 5)); // 2,400 connected nodes: above the folding threshold
    expect(g.order - 5).toBeGreaterThan(NOVERLAP_MAX_NODES);
    // Every leaf is closer to its own hub than the median hub-to-hub edge, at the same radius as its siblings
    const hubEdges: number[] = [];
    for (let h = 0; h < hubs; h++) hubEdges.push(distance(position(g, `h${h}`), position(g, `h${(h + 1) % hubs}`)));
    hubEdges.sort((x, y) => x - y);
    const median = hubEdges[hubEdges.length >> 1]!;
    for (let h = 0; h < hubs; h++) {
      const radii = [0, 1, 2, 3, 4].map((k) => distance(position(g, `h${h}-l${k}`), position(g, `h${h}`)));
      for (const r of radii) {
        expect(r).toBeLessThan(median);
        expect(r).toBeCloseTo(radii[0]!, 2);
      }
    }
    // Isolated nodes still sit outside the laid-out nodes
    const farthest = Math.max(...g.filterNodes((n) => !n.startsWith('iso')).map((n) => Math.hypot(...position(g, n))));
    for (let i = 0; i < 5; i++) expect(Math.hypot(...position(g, `iso${i}`))).toBeGreaterThan(farthest);
  });

  it('lays out every connected node of a small graph with ForceAtlas2 (leaves are not on a fixed circle)', () => {
    const g = enrichGraph(hubGraph(30, 5));
    const radii = [0, 1, 2, 3, 4].map((k) => distance(position(g, `h0-l${k}`), position(g, 'h0')));
    expect(Math.max(...radii) - Math.min(...radii)).toBeGreaterThan(0.01);
  });

  it('should give byte-identical graphs with ForceAtlas2 in the layout worker, small, folded and typed-array', async () => {
    const json = (g: KgGraph): string => [...serializeGraphJson(g)].join('');
    const thread = startLayoutThread();
    const typedHubs = FAST_LAYOUT_MIN_NODES + 200; // a core this big is laid out by kg's typed-array ForceAtlas2
    try {
      for (const [hubs, leaves] of [
        [30, 3],
        [400, 5],
        [typedHubs, 1],
      ] as const) {
        const inThread = enrichGraph(hubGraph(hubs, leaves));
        const inWorker = await enrichGraphWith(hubGraph(hubs, leaves), thread.run);
        expect(json(inWorker) === json(inThread), `${hubs} hubs`).toBe(true);
      }
    } finally {
      await thread.terminate();
    }
  }, 60_000);
});
