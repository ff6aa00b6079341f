// kg/pipeline: a pool of worker threads running extractDocument, one document per task, each worker fed
// the next document as soon as it answers. Results come back by index, so output order never depends on
// scheduling. Does not cache, read files or report progress (the caller does).
import { Worker } from 'node:worker_threads';
import type { Extraction, KgDocument } from '../model/types.js';
import type { WorkerReply } from './worker-messages.js';

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

export interface ExtractPool {
  readonly size: number;
  /** Extracts every document; `onDone(index, extraction)` fires as each finishes. Resolves in input order. */
  extractAll(docs: KgDocument[], onDone?: (index: number, extraction: Extraction) => void): Promise<Extraction[]>;
  /** Terminates the workers. */
  close(): Promise<void>;
}

/** Starts `size` worker threads and waits until each has loaded the extractor. */
export async function createExtractPool(size: number): Promise<ExtractPool> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`kg/pipeline: pool size must be a positive integer, got ${size}`);
  const workers = await Promise.all(
    Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_URL);
      return new Promise<Worker>((resolve, reject) => {
        const onError = (error: Error): void => reject(error);
        worker.once('error', onError);
        worker.once('message', () => {
          worker.off('error', onError);
          resolve(worker);
        });
      });
    }),
  );
  let busy = false;

  const extractAll: ExtractPool['extractAll'] = (docs, onDone) => {
    if (busy) return Promise.reject(new Error('kg/pipeline: extractAll is already running on this pool'));
    busy = true;
    const results: Extraction[] = new Array(docs.length);
    return new Promise<Extraction[]>((resolve, reject) => {
      let next = 0;
      let finished = 0;
      let failed = false;
      const cleanups: (() => void)[] = [];
      const finish = (error?: Error): void => {
        for (const c of cleanups) c();
        busy = false;
        if (error) reject(error);
        else resolve(results);
      };
      if (docs.length === 0) return finish();
      const feed = (worker: Worker): void => {
        if (next >= docs.length) return;
        const id = next++;
        worker.postMessage({ id, doc: docs[id]! });
      };
      for (const worker of workers) {
        const onMessage = (reply: WorkerReply): void => {
          if (failed) return;
          if (!reply.ok) {
            failed = true;
            const error = new Error(`kg/pipeline: extraction failed on "${docs[reply.id]?.id}": ${reply.message}`);
            error.stack = `${error.message}\n${reply.stack}`;
            return finish(error);
          }
          results[reply.id] = reply.extraction;
          onDone?.(reply.id, reply.extraction);
          if (++finished === docs.length) return finish();
          feed(worker);
        };
        const onError = (error: Error): void => {
          if (failed) return;
          failed = true;
          finish(new Error(`kg/pipeline: extraction worker crashed: ${error.message}`));
        };
        const onExit = (code: number): void => onError(new Error(`worker exited with code ${code}`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
        // Two documents in flight per worker hide the message round trip.
        feed(worker);
        feed(worker);
      }
    });
  };

  return {
    size,
    extractAll,
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
