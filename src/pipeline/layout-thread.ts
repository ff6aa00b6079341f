// kg/pipeline: a worker thread that runs ForceAtlas2 (layout-worker.mjs) while the main thread computes the
// graph's metrics: enrichGraphWith's LayoutRunner, for graphology's layout and kg's typed-array one alike.
// Started before the layout is needed (it loads while the index is folded), one job at a time, terminated when
// done. Does not choose settings or touch the graph.
import { Worker } from 'node:worker_threads';
import type { LayoutJob, LayoutRunner, TypedLayoutResult } from '../enrich/index.js';

const WORKER_URL = new URL('./layout-worker.mjs', import.meta.url);
// From source kg's layout module is TypeScript (the worker loads it through tsx); compiled it is dist/'s .js
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const FORCE_ATLAS2_URL = new URL(`../enrich/forceatlas2.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);

export interface LayoutThread {
  run: LayoutRunner;
  terminate(): Promise<void>;
}

type LayoutReply = { ok: true; nodes: Float32Array } | ({ ok: true } & TypedLayoutResult) | { ok: false; message: string };

/** The buffers a job hands over to the worker (its inputs are not used again here). */
const transfersOf = (job: LayoutJob): ArrayBuffer[] =>
  (job.kind === 'typed' ? [job.x, job.y, job.source, job.target, job.weight] : [job.nodes, job.edges]).map((a) => a.buffer as ArrayBuffer);

/** Starts the layout worker. */
export function startLayoutThread(): LayoutThread {
  const worker = new Worker(WORKER_URL, { workerData: { typescript: FROM_SOURCE, forceAtlas2: FORCE_ATLAS2_URL.href } });
  worker.unref(); // never what keeps the process alive, should a build fail before terminating it
  let failed: Error | undefined;
  worker.on('error', (error) => (failed = error));
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        const onExit = (): void => reject(failed ?? new Error('kg/pipeline: the layout worker stopped'));
        worker.once('exit', onExit);
        worker.once('message', (reply: LayoutReply) => {
          worker.off('exit', onExit);
          if (!reply.ok) reject(new Error(`kg/pipeline: layout failed: ${reply.message}`));
          else if ('nodes' in reply) resolve(reply.nodes);
          else resolve({ x: reply.x, y: reply.y });
        });
        worker.postMessage(job, transfersOf(job));
      }),
    terminate: () => worker.terminate().then(() => undefined),
  };
}
