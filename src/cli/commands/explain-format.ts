// kg/cli: the text form of one explained sentence, as `kg explain` prints it (document and edge mode alike):
// the sentence with its index, optionally its tokens, its chunks, clauses, the claims fired and the rules vetoed.
import type { ExplainedSentence } from '../../extract/explain.js';

/** Prints `s` line by line through `out`, then a blank line. */
export function printSentence(s: ExplainedSentence, tokens: boolean, out: (line: string) => void): void {
  out(`[${s.index}] ${s.text.replace(/\s+/g, ' ')}`);
  if (tokens) out(`  tokens: ${s.tokens}`);
  out(`  chunks: ${s.chunks}`);
  for (const c of s.clauses) out(`  clause: ${c}`);
  for (const c of s.claims) out(`  fired:  ${c.rule}  "${c.subject}" -[${c.type}: ${c.label}]-> "${c.object}"`);
  for (const v of s.vetoed) out(`  vetoed: ${v.rule} (${v.reason})${v.subject && v.object ? `  "${v.subject}" -> "${v.object}"` : ''}`);
  out('');
}
