// kg/ingest: what the reader says about an input it skipped or has a warning for, and how a message names it.
// No dependencies, so the CLI can format skips without loading the readers.

export interface SkippedInput {
  path: string;
  reason: string;
  /** For a record of a JSON Lines or CSV file: its 1-based number and the line where it starts. */
  record?: number;
  line?: number;
}

/** Names an input in a message: `"news.jsonl"`, or `record 3 (line 4) of "news.jsonl"`. */
export const describeInput = (s: Omit<SkippedInput, 'reason'>): string =>
  s.record === undefined ? `"${s.path}"` : `record ${s.record}${s.line ? ` (line ${s.line})` : ''} of "${s.path}"`;
