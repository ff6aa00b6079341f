// kg/pipeline: the body of the layout worker thread: runs ForceAtlas2's iterations (the library's own iterate
// function) over the matrices it is sent and sends the node matrix back. Plain JavaScript: it needs no
// TypeScript loader, so it starts in milliseconds. Holds no state between jobs.
import { parentPort } from 'node:worker_threads';
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';

const iterate = iterateModule.default ?? iterateModule;
parentPort.on('message', ({ nodes, edges, settings, iterations }) => {
  try {
    for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
    parentPort.postMessage({ ok: true, nodes }, [nodes.buffer]);
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
  }
});
