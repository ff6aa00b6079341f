// kg/ingest: public surface of the ingest stage.
export { readDocuments, parseDocument, DOCUMENT_EXTENSIONS } from './read-documents.js';
export type { IngestResult, SkippedInput } from './read-documents.js';
export { decodeBytes } from './decode.js';
export { splitFrontMatter } from './front-matter.js';
export { htmlToText } from './html-to-text.js';
export { findDateline } from './dateline.js';
