// bench: worker_threads body for the layout benchmark: imports a serialized graph, runs ForceAtlas2 for the
// requested iterations with the same settings as the main thread, and posts the positions back.
import { parentPort } from 'node:worker_threads';
import graphology from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

parentPort.on('message', ({ serialized, iterations, settings }) => {
  const graph = graphology.UndirectedGraph.from(serialized);
  const positions = forceAtlas2(graph, { iterations, settings });
  parentPort.postMessage(positions);
});
