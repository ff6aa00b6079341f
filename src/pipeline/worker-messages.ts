// kg/pipeline: the messages exchanged between the extraction pool and its worker threads. Types only.
import type { Extraction, KgDocument } from '../model/types.js';

export interface WorkerRequest {
  id: number;
  doc: KgDocument;
}

export type WorkerReply =
  | { id: number; ok: true; extraction: Extraction }
  | { id: number; ok: false; message: string; stack: string };
