// kg/ingest: public surface of the ingest stage.
export { readDocuments, parseDocument, listDocumentFiles, readDocumentFile, documentTextHash, checkDocumentsRead, DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES } from './read-documents.js';
export type { IngestResult, SkippedInput, ReadOptions, DocumentFile, FileReading } from './read-documents.js';
export { decodeBytes } from './decode.js';
export { splitFrontMatter } from './front-matter.js';
export { htmlToText } from './html-to-text.js';
export { findDateline } from './dateline.js';
