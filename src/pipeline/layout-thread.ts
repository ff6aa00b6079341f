// kg/pipeline: a worker thread that runs ForceAtlas2 (layout-worker.mjs) while the main thread computes the
// graph's metrics: enrichGraphWith's LayoutRunner. Started before the layout is needed (it loads while the
// index is folded), one job at a time, terminated when done. Does not choose settings or touch the graph.
import { Worker } from 'node:worker_threads';
import type { LayoutRunner } from '../enrich/index.js';

const WORKER_URL = new URL('./layout-worker.mjs', import.meta.url);

export interface LayoutThread {
  run: LayoutRunner;
  terminate(): Promise<void>;
}

/** Starts the layout worker. */
export function startLayoutThread(): LayoutThread {
  const worker = new Worker(WORKER_URL);
  worker.unref(); // never what keeps the process alive, should a build fail before terminating it
  let failed: Error | undefined;
  worker.on('error', (error) => (failed = error));
  return {
    run: ({ nodes, edges, settings, iterations }) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        const onExit = (): void => reject(failed ?? new Error('kg/pipeline: the layout worker stopped'));
        worker.once('exit', onExit);
        worker.once('message', (reply: { ok: true; nodes: Float32Array } | { ok: false; message: string }) => {
          worker.off('exit', onExit);
          if (reply.ok) resolve(reply.nodes);
          else reject(new Error(`kg/pipeline: layout failed: ${reply.message}`));
        });
        worker.postMessage({ nodes, edges, settings, iterations }, [nodes.buffer as ArrayBuffer, edges.buffer as ArrayBuffer]);
      }),
    terminate: () => worker.terminate().then(() => undefined),
  };
}
