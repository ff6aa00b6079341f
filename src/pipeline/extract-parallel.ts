// kg/pipeline: runs extraction over many documents on N threads: the main thread plus N-1 worker threads
// (worker_threads: from source they load the TypeScript extractor through tsx, compiled they load dist/ as it is).
// Workers can be started ahead of time (startExtractionWorkers: they load while the main thread reads the files);
// the main thread starts extracting at once, workers join as soon as they have loaded, each kept four documents
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
// ... and while the main thread is still reading files (it hears from workers only once it is done): about what
// a worker extracts while a large corpus is read.
const IN_FLIGHT_WHILE_READING = 64;

export interface ParallelExtractOptions {
  /** Extraction threads in total, main thread included (1 = main thread only). */
  threads: number;
  /** The extractor, run in the main thread (the workers run extractDocument from src/extract). */
  extractLocal: (doc: KgDocument) => Extraction;
  /** URL of the module whose `extractDocument` the workers run (default: src/extract). Tests inject others. */
  extractorModule?: string;
  /** Called once per document as it finishes, in completion order. */
  onDone?: (index: number, extraction: Extraction) => void;
  /** Workers started ahead of time (used instead of starting threads - 1 new ones; terminated at the end). */
  pool?: ExtractionWorkers;
}

/** One worker thread of a pool, with what happened to it so far. */
interface WorkerSlot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  onReady: (() => void)[];
  onDeath: (() => void)[];
}

/** Worker threads loading the extractor, before there is work for them. */
export interface ExtractionWorkers {
  readonly slots: WorkerSlot[];
  /** Stops every worker. */
  terminate(): Promise<void>;
}

/** Starts `count` extraction workers; they load the extractor (about 2 s of CPU each) in the background. */
export function startExtractionWorkers(count: number, extractorModule?: string): ExtractionWorkers {
  const slots: WorkerSlot[] = [];
  for (let w = 0; w < count; w++) {
    const slot: WorkerSlot = { worker: new Worker(WORKER_URL, { workerData: { extractorModule } }), ready: false, dead: false, onReady: [], onDeath: [] };
    slot.worker.on('message', (m: WorkerReply | { ready: true }) => {
      if (!('ready' in m)) return;
      slot.ready = true;
      for (const f of slot.onReady) f();
    });
    const die = (): void => {
      if (slot.dead) return;
      slot.dead = true;
      for (const f of slot.onDeath) f();
    };
    slot.worker.on('error', die);
    slot.worker.on('exit', die);
    slots.push(slot);
  }
  return { slots, terminate: () => Promise.all(slots.map((s) => s.worker.terminate())).then(() => undefined) };
}

export interface ParallelExtractStats {
  /** Documents extracted by the main thread and by workers. */
  byMain: number;
  byWorkers: number;
  workersStarted: number;
}

/** Extraction of documents that may still be coming in (they are read while workers extract the first ones). */
export interface ExtractionSession {
  /** Queues one more document; its index is the order of pushes. */
  push(doc: KgDocument): void;
  /** No more documents: the main thread joins in; resolves when every document is extracted. */
  finish(): Promise<ParallelExtractStats>;
  /** Gives up (the caller failed): workers stopped, nothing more extracted. */
  abort(): Promise<void>;
}

/** Starts extracting on `threads` threads (workers now, the main thread once `finish` is called). */
export function startExtractionSession(options: ParallelExtractOptions): ExtractionSession {
  const docs: KgDocument[] = [];
  const results: (Extraction | undefined)[] = [];
  const queue: number[] = [];
  const stats: ParallelExtractStats = { byMain: 0, byWorkers: 0, workersStarted: 0 };
  let remaining = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let inFlightLimit = IN_FLIGHT_WHILE_READING;
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

  // Workers (started here or ahead of time; not awaited: the main thread works meanwhile)
  const pool = options.pool ?? startExtractionWorkers(Math.max(0, options.threads - 1), options.extractorModule);
  const workers = pool.slots;
  const feeders: (() => void)[] = [];
  for (const slot of workers) {
    const { worker } = slot;
    const inFlight = new Set<number>();
    let alive = true;
    let started = false;
    const feed = (): void => {
      while (started && alive && !failure && inFlight.size < inFlightLimit && queue.length > 0) {
        const index = queue.shift()!;
        inFlight.add(index);
        worker.postMessage({ id: index, doc: docs[index]! });
      }
    };
    feeders.push(feed);
    const retire = (): void => {
      if (!alive) return;
      alive = false;
      queue.unshift(...[...inFlight].filter((i) => !results[i]));
      inFlight.clear();
      notify();
    };
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) return;
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
    const start = (): void => {
      started = true;
      stats.workersStarted++;
      feed();
    };
    if (slot.dead) retire();
    else slot.onDeath.push(retire);
    if (slot.ready) start();
    else slot.onReady.push(start);
  }

  return {
    push(doc) {
      docs.push(doc);
      results.push(undefined);
      queue.push(docs.length - 1);
      remaining++;
      for (const feed of feeders) feed();
    },
    async finish() {
      inFlightLimit = IN_FLIGHT_PER_WORKER;
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
        return stats;
      } finally {
        await pool.terminate();
      }
    },
    async abort() {
      failure ??= new Error('kg/pipeline: extraction aborted');
      queue.length = 0;
      await pool.terminate();
    },
  };
}

/** Extracts every document; resolves with the extractions in input order. */
export async function extractInParallel(
  docs: KgDocument[],
  options: ParallelExtractOptions,
): Promise<{ extractions: Extraction[]; stats: ParallelExtractStats }> {
  const extractions: Extraction[] = new Array(docs.length);
  const session = startExtractionSession({
    ...options,
    threads: Math.min(options.threads, docs.length),
    onDone: (i, x) => {
      extractions[i] = x;
      options.onDone?.(i, x);
    },
  });
  for (const d of docs) session.push(d);
  const stats = await session.finish();
  return { extractions, stats };
}
