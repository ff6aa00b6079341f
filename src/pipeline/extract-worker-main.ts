// kg/pipeline: the body of an extraction worker thread: loads the extractor module named in workerData (default:
// src/extract, or dist/extract when compiled), then answers each document with its extraction (or the error
// message). Holds no state between documents; knows nothing about scheduling.
import { parentPort, workerData } from 'node:worker_threads';
import type { Extraction, KgDocument } from '../model/types.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('kg/pipeline: extract-worker-main must run in a worker thread');

const ownExtractor = new URL(`../extract/index.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url).href;
const moduleUrl = (workerData as { extractorModule?: string } | undefined)?.extractorModule ?? ownExtractor;
const { extractDocument } = (await import(moduleUrl)) as { extractDocument: (doc: KgDocument) => Extraction };

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, ok: true, extraction: extractDocument(request.doc) };
  } catch (error) {
    const e = error as Error;
    reply = { id: request.id, ok: false, message: e?.message ?? String(error), stack: e?.stack ?? '' };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
