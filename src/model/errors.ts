// kg/model: typed errors with stable codes. Library code throws these; the CLI prints them as one line.
// Codes are the contract (tests assert codes, not messages).

export type KgErrorCode =
  | 'USAGE' // bad command-line usage or invalid option
  | 'INPUT_NOT_FOUND' // a path that does not exist
  | 'INPUT_UNREADABLE' // a file that cannot be read
  | 'NO_DOCUMENTS' // nothing to build from
  | 'EMPTY_DOCUMENT' // a document with no text
  | 'BAD_GRAPH' // malformed graph.json / GEXF
  | 'UNKNOWN_NODE' // a query names a node that is not in the graph
  | 'UNKNOWN_EDGE' // an edge key that is not in the graph
  | 'NO_PATH' // two nodes that are not connected
  | 'NO_MATCH' // kg explain --match / --sentence left no sentence
  | 'INVALID_OPTION'; // an option out of range

/** Exit code families for the CLI: usage 2, input 3, not found / query 4. Internal errors exit 70. */
export const EXIT_CODES: Record<KgErrorCode, number> = {
  USAGE: 2,
  INVALID_OPTION: 2,
  INPUT_NOT_FOUND: 3,
  INPUT_UNREADABLE: 3,
  NO_DOCUMENTS: 3,
  EMPTY_DOCUMENT: 3,
  BAD_GRAPH: 3,
  UNKNOWN_NODE: 4,
  UNKNOWN_EDGE: 4,
  NO_PATH: 4,
  NO_MATCH: 4,
};

export class KgError extends Error {
  readonly code: KgErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: KgErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'KgError';
    this.code = code;
    if (details) this.details = details;
  }
}

export const isKgError = (e: unknown): e is KgError => e instanceof KgError;
