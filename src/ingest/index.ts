// kg/ingest: public surface of the ingest stage.
export {
  readDocuments,
  readDocumentsAsync,
  parseDocument,
  listDocumentFiles,
  readDocumentFile,
  readDocumentFileAsync,
  resolveReadOptions,
  documentTextHash,
  checkDocumentsRead,
  strictRecordError,
  DOCUMENT_EXTENSIONS,
  TEXT_EXTENSIONS,
  RECORD_EXTENSIONS,
  MAX_DOCUMENT_BYTES,
  MAX_RECORD_FILE_BYTES,
} from './read-documents.js';
export type { IngestResult, ReadOptions, ResolvedReadOptions, DocumentFile, FileDocument, FileReading } from './read-documents.js';
export { describeInput } from './skipped-input.js';
export type { SkippedInput } from './skipped-input.js';
export { DEFAULT_RECORD_FIELDS, resolveRecordFields } from './record-fields.js';
export type { RecordFields, RecordFieldOptions } from './record-fields.js';
export { readJsonLines, readCsvRecords, normalizeRecordDate } from './records.js';
export type { RecordsResult, RecordDocument, RecordIssue } from './records.js';
export type { PdfText } from './pdf-to-text.js';
export { decodeBytes } from './decode.js';
export { splitFrontMatter } from './front-matter.js';
export { htmlToText } from './html-to-text.js';
export { findDateline } from './dateline.js';
