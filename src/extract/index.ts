// kg/extract: public surface of the extract stage.
export { extractDocument } from './extract-document.js';
export { splitSentences } from './sentences.js';
export { tokenize, countWords } from './tokens.js';
