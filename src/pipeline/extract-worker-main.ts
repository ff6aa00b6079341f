// kg/pipeline: the body of an extraction worker thread: receives documents, answers with extractDocument's
// result (or the error message). Holds no state between documents; knows nothing about scheduling.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/index.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('kg/pipeline: extract-worker-main must run in a worker thread');

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
