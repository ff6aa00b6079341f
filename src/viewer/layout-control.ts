// kg/viewer: the layout supervisor: kg's ForceAtlas2 in a web worker (layout-worker.ts) with start/stop/kill,
// positions drawn through GraphView.showPositions (in bulk, within a frame budget), then noverlap (graphology's
// worker) on small graphs when stopped. No layout runs on the main thread. Does not render by itself.
import NoverlapModule from 'graphology-layout-noverlap/worker.js';
import { inferLayoutSettings } from '../enrich/forceatlas2.js';
import type { GraphIndex } from './graph-index.js';
import type { GraphView } from './graph-view.js';
import type { LayoutPositions, LayoutRequest } from './layout-worker.js';

// This CommonJS package declares `export default`; bundlers hand us module.exports, TypeScript a namespace.
const interop = <T>(m: { default: T }): T => (m as { default?: T }).default ?? (m as unknown as T);
const NoverlapLayout = interop(NoverlapModule);
type NoverlapLayout = InstanceType<typeof NoverlapLayout>;

/**
 * Above this many nodes the worker rests as long as it computed after each slice: on a two-core machine the
 * page (and the software rasterizer drawing it) needs the other half of the CPU to stay responsive.
 */
const BIG_LAYOUT = 10_000;
/** Big graphs: milliseconds between two redraws of the layout's positions. */
const LAYOUT_REDRAW_MS = 600;

/** noverlap runs only up to this many nodes (its cost grows fast with crowding). */
const NOVERLAP_MAX_NODES = 5_000;

export type LayoutStatus = 'idle' | 'running' | 'noverlap';

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Milliseconds per ForceAtlas2 iteration in the worker so far (0 before the first). */
  msPerIteration(): number;
  kill(): void;
}

/** Creates a layout supervisor for the indexed graph drawn by `view`; `onStatus` reports state changes. */
export function createLayoutControl(index: GraphIndex, view: GraphView, onStatus: (status: LayoutStatus) => void): LayoutControl {
  const graph = index.graph;
  let worker: Worker | undefined;
  let running = false;
  let msPerIteration = 0;
  let noverlap: NoverlapLayout | undefined;
  let noverlapTimer: number | undefined;
  const killNoverlap = (): void => {
    noverlap?.kill();
    noverlap = undefined;
    if (noverlapTimer !== undefined) clearTimeout(noverlapTimer);
    noverlapTimer = undefined;
  };
  const send = (m: LayoutRequest, transfer: Transferable[] = []): void => worker?.postMessage(m, transfer);

  const runNoverlap = (): void => {
    if (graph.order > NOVERLAP_MAX_NODES) {
      onStatus('idle');
      return;
    }
    onStatus('noverlap');
    noverlap = new NoverlapLayout(graph, {
      settings: { ratio: 1.2, margin: 2 },
      onConverged: () => {
        killNoverlap();
        onStatus('idle');
      },
    });
    noverlap.start();
    // Safety net: never leave noverlap running for long (half a second for small graphs, 1 s at most)
    noverlapTimer = window.setTimeout(() => {
      killNoverlap();
      onStatus('idle');
    }, Math.min(1000, 500 + graph.order / 10));
  };

  const onMessage = (event: MessageEvent<LayoutPositions>): void => {
    const m = event.data;
    msPerIteration = m.msPerIteration;
    if (m.type === 'final') {
      view.showPositions(m.x, m.y);
      view.endLayout();
      worker?.terminate();
      worker = undefined;
      runNoverlap();
      return;
    }
    if (!running) return;
    view.showPositions(m.x, m.y);
    // Ask for the next positions after a pause as long as a frame took (so at least half the main thread stays
    // free for input, whatever drawing costs here), and at least LAYOUT_REDRAW_MS on big graphs
    requestAnimationFrame((a) =>
      requestAnimationFrame((b) => {
        const wait = Math.max(index.nodes.length > BIG_LAYOUT ? LAYOUT_REDRAW_MS : 0, b - a);
        setTimeout(() => send({ type: 'ack' }), wait);
      }),
    );
  };

  return {
    start() {
      if (running) return;
      killNoverlap();
      running = true;
      worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'kg-layout' });
      worker.onmessage = onMessage;
      const n = index.nodes.length;
      const x = new Float32Array(n);
      const y = new Float32Array(n);
      index.nodes.forEach((node, i) => {
        const a = graph.getNodeAttributes(node);
        x[i] = a.x ?? 0;
        y[i] = a.y ?? 0;
      });
      // Explicit relations shape the layout; co-mentions would pull everything named together into one ball
      const coMention = index.relationTypes.indexOf('co_mentioned');
      const keep: number[] = [];
      for (let e = 0; e < index.edges.length; e++) if (index.relationType[e] !== coMention && index.source[e] !== index.target[e]) keep.push(e);
      const source = Uint32Array.from(keep, (e) => index.source[e]!);
      const target = Uint32Array.from(keep, (e) => index.target[e]!);
      view.beginLayout();
      send({ type: 'start', x, y, source, target, settings: inferLayoutSettings(n, keep.length), pause: n > BIG_LAYOUT ? 1 : 0 }, [x.buffer, y.buffer, source.buffer, target.buffer]);
      onStatus('running');
    },
    stop() {
      if (!running) return;
      running = false;
      send({ type: 'stop' });
    },
    isRunning: () => running,
    msPerIteration: () => msPerIteration,
    kill() {
      running = false;
      worker?.terminate();
      worker = undefined;
      killNoverlap();
    },
  };
}
