// kg/pipeline: runs extraction over many documents on N threads: the main thread plus N-1 worker threads
// (worker_threads: from source they load the TypeScript extractor through tsx, compiled they load dist/ as it is).
// The main thread starts extracting at once, workers join as soon as they have loaded, each kept four documents
// ahead. A worker that fails to start or dies hands its documents back to the queue. Results are returned by input
// index, so the output never depends on scheduling. Does not cache, read files or format progress.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Extraction, KgDocument } from '../model/types.js';
import type { WorkerReply } from './worker-messages.js';

// Compiled (dist/*.js) the worker body runs as it is; from source it needs the tsx bootstrap first
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.mjs' : './extract-worker-main.js', import.meta.url);
// Documents queued per worker: enough that it never idles while the main thread is busy extracting one.
const IN_FLIGHT_PER_WORKER = 4;

export interface ParallelExtractOptions {
  /** Extraction threads in total, main thread included (1 = main thread only). */
  threads: number;
  /** The extractor, run in the main thread (the workers run extractDocument from src/extract). */
  extractLocal: (doc: KgDocument) => Extraction;
  /** URL of the module whose `extractDocument` the workers run (default: src/extract). Tests inject others. */
  extractorModule?: string;
  /** Called once per document as it finishes, in completion order. */
  onDone?: (index: number, extraction: Extraction) => void;
}

export interface ParallelExtractStats {
  /** Documents extracted by the main thread and by workers. */
  byMain: number;
  byWorkers: number;
  workersStarted: number;
}

/** Extracts every document; resolves with the extractions in input order. */
export async function extractInParallel(
  docs: KgDocument[],
  options: ParallelExtractOptions,
): Promise<{ extractions: Extraction[]; stats: ParallelExtractStats }> {
  const results: (Extraction | undefined)[] = new Array(docs.length);
  const queue: number[] = docs.map((_d, i) => i);
  const stats: ParallelExtractStats = { byMain: 0, byWorkers: 0, workersStarted: 0 };
  let remaining = docs.length;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const finishOne = (index: number, x: Extraction): void => {
    if (results[index]) return;
    results[index] = x;
    remaining--;
    options.onDone?.(index, x);
    if (remaining === 0) notify();
  };

  // Starting workers (not awaited: the main thread works meanwhile)
  const workers: Worker[] = [];
  for (let w = 1; w < Math.min(options.threads, docs.length); w++) {
    const worker = new Worker(WORKER_URL, { workerData: { extractorModule: options.extractorModule } });
    workers.push(worker);
    const inFlight = new Set<number>();
    let alive = true;
    const feed = (): void => {
      while (alive && !failure && inFlight.size < IN_FLIGHT_PER_WORKER && queue.length > 0) {
        const index = queue.shift()!;
        inFlight.add(index);
        worker.postMessage({ id: index, doc: docs[index]! });
      }
    };
    const retire = (): void => {
      if (!alive) return;
      alive = false;
      queue.unshift(...[...inFlight].filter((i) => !results[i]));
      inFlight.clear();
      notify();
    };
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) {
        stats.workersStarted++;
        return feed();
      }
      inFlight.delete(reply.id);
      if (!reply.ok) {
        failure ??= Object.assign(new Error(`kg/pipeline: extraction failed on "${docs[reply.id]?.id}": ${reply.message}`), {
          stack: `kg/pipeline: extraction failed on "${docs[reply.id]?.id}": ${reply.message}\n${reply.stack}`,
        });
        return notify();
      }
      stats.byWorkers++;
      finishOne(reply.id, reply.extraction);
      feed();
    });
    worker.on('error', retire);
    worker.on('exit', retire);
  }

  try {
    // Extracting in the main thread, yielding between documents so workers' replies are handled
    while (remaining > 0 && !failure) {
      const index = queue.shift();
      if (index === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          // Every worker may have died with the queue empty; re-check on wake.
        });
        continue;
      }
      if (results[index]) continue;
      finishOne(index, options.extractLocal(docs[index]!));
      stats.byMain++;
      if (workers.length > 0) await yieldToEventLoop();
    }
    if (failure) throw failure;
    return { extractions: results as Extraction[], stats };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
