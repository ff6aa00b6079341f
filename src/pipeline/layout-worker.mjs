// kg/pipeline: the body of the layout worker thread: runs ForceAtlas2 jobs sent by layout-thread.ts and sends the
// result back: graphology's iterate function over its matrices (the node matrix comes back), or kg's typed-array
// ForceAtlas2 (enrich/forceatlas2, positions come back). Plain JavaScript, so it starts in milliseconds; kg's
// layout module is loaded on its first job (from source through tsx, compiled as it is). Holds no state between jobs.
import { parentPort, workerData } from 'node:worker_threads';
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';

const iterate = iterateModule.default ?? iterateModule;
/** @type {Promise<{ createLayoutState: Function, runLayout: Function }> | undefined} */
let typedLayout;

const loadTypedLayout = () =>
  (typedLayout ??= (async () => {
    if (workerData.typescript) (await import('tsx/esm/api')).register();
    return import(workerData.forceAtlas2);
  })());

parentPort.on('message', async (job) => {
  try {
    if (job.kind === 'typed') {
      const { createLayoutState, runLayout } = await loadTypedLayout();
      const state = createLayoutState(job.x, job.y, job.source, job.target, job.settings, job.weight);
      runLayout(state, job.iterations);
      parentPort.postMessage({ ok: true, x: state.x, y: state.y }, [state.x.buffer, state.y.buffer]);
      return;
    }
    const { nodes, edges, settings, iterations } = job;
    for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
    parentPort.postMessage({ ok: true, nodes }, [nodes.buffer]);
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
  }
});
