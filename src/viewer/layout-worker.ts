// kg/viewer: the layout web worker: runs kg's typed-array ForceAtlas2 (enrich/forceatlas2.ts, the same step as the
// build) in time slices and posts positions back only when the page has drawn the previous ones (one message in
// flight), so the main thread is never flooded. Messages: start, ack, stop (answered by the final positions).
import { createLayoutState, stepLayout } from '../enrich/forceatlas2.js';
import type { LayoutSettings, LayoutState } from '../enrich/forceatlas2.js';

export type LayoutRequest =
  | { type: 'start'; x: Float32Array; y: Float32Array; source: Uint32Array; target: Uint32Array; settings: LayoutSettings; pause: number }
  | { type: 'ack' }
  | { type: 'stop' };

export interface LayoutPositions {
  type: 'positions' | 'final';
  x: Float32Array;
  y: Float32Array;
  iterations: number;
  msPerIteration: number;
}

const scope = self as unknown as { postMessage(m: unknown, transfer: Transferable[]): void; onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null };
let state: LayoutState | undefined;
let running = false;
let acked = true;
let timer: ReturnType<typeof setTimeout> | undefined;
let computeMs = 0;
let pause = 0;
const stack = new Int32Array(256);

function post(type: LayoutPositions['type']): void {
  if (!state) return;
  const x = Float32Array.from(state.x);
  const y = Float32Array.from(state.y);
  const message: LayoutPositions = { type, x, y, iterations: state.iterations, msPerIteration: state.iterations ? computeMs / state.iterations : 0 };
  scope.postMessage(message, [x.buffer, y.buffer]);
}

function slice(): void {
  timer = undefined;
  if (!running || !state) return;
  const t0 = performance.now();
  // Small graphs: many iterations per slice; big ones one (each is tens of milliseconds)
  do stepLayout(state, stack);
  while (performance.now() - t0 < 30);
  const spent = performance.now() - t0;
  computeMs += spent;
  if (acked) {
    acked = false;
    post('positions');
  }
  // Resting `pause` times the time spent leaves the other core to the page on small machines
  timer = setTimeout(slice, pause * spent);
}

scope.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'start') {
    pause = m.pause;
    state = createLayoutState(m.x, m.y, m.source, m.target, m.settings);
    running = true;
    acked = true;
    computeMs = 0;
    if (timer === undefined) timer = setTimeout(slice, 0);
  } else if (m.type === 'ack') {
    acked = true;
  } else if (m.type === 'stop') {
    running = false;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    post('final');
  }
};
