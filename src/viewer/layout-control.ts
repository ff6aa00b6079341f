// kg/viewer: ForceAtlas2 in a web worker with start/stop, then noverlap (also in a worker) when stopped, so no
// layout runs on the main thread. The supervisors write positions back to the graph, and sigma redraws on those
// graph events. Does not render.
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapModule from 'graphology-layout-noverlap/worker.js';
import type { KgGraph } from '../model/index.js';

// These CommonJS packages declare `export default`; bundlers hand us module.exports, TypeScript a namespace.
const interop = <T>(m: { default: T }): T => (m as { default?: T }).default ?? (m as unknown as T);
const FA2Layout = interop(FA2Module);
const NoverlapLayout = interop(NoverlapModule);
type NoverlapLayout = InstanceType<typeof NoverlapLayout>;

export type LayoutStatus = 'idle' | 'running' | 'noverlap';

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

/** Creates a layout supervisor for `graph`; `onStatus` reports state changes. */
export function createLayoutControl(graph: KgGraph, onStatus: (status: LayoutStatus) => void): LayoutControl {
  const fa2 = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 2000, adjustSizes: false },
    getEdgeWeight: null,
  });
  let noverlap: NoverlapLayout | undefined;
  const killNoverlap = (): void => {
    noverlap?.kill();
    noverlap = undefined;
  };

  return {
    start() {
      killNoverlap();
      fa2.start();
      onStatus('running');
    },
    stop() {
      fa2.stop();
      // Then remove overlaps, in its own worker, and stop when it converges
      killNoverlap();
      onStatus('noverlap');
      noverlap = new NoverlapLayout(graph, {
        settings: { ratio: 1.2, margin: 2 },
        onConverged: () => {
          killNoverlap();
          onStatus('idle');
        },
      });
      noverlap.start();
      // Safety net: never leave noverlap running for long (half a second for small graphs, 4 s at most)
      setTimeout(() => {
        if (!noverlap) return;
        killNoverlap();
        onStatus('idle');
      }, Math.min(4000, 500 + graph.order / 10));
    },
    isRunning: () => fa2.isRunning(),
    kill() {
      fa2.kill();
      killNoverlap();
    },
  };
}
