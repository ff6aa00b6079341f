// kg/cli: `kg explain <file> [--sentence n] [--match text] [--tokens] [--all] [--json]`: shows, sentence by sentence,
// how the extractor read a document: its chunks and clauses, the claims each rule made and the rules a guard vetoed,
// so a user can see why an edge exists or does not. A thin shell over extract/explainDocument.
import { explainDocument, type ExplainedSentence } from '../../extract/explain.js';
import { readDocumentsAsync } from '../../ingest/index.js';
import { KgError } from '../../model/errors.js';
import type { Command } from '../command.js';

function printSentence(s: ExplainedSentence, tokens: boolean, out: (line: string) => void): void {
  out(`[${s.index}] ${s.text.replace(/\s+/g, ' ')}`);
  if (tokens) out(`  tokens: ${s.tokens}`);
  out(`  chunks: ${s.chunks}`);
  for (const c of s.clauses) out(`  clause: ${c}`);
  for (const c of s.claims) out(`  fired:  ${c.rule}  "${c.subject}" -[${c.type}: ${c.label}]-> "${c.object}"`);
  for (const v of s.vetoed) out(`  vetoed: ${v.rule} (${v.reason})${v.subject && v.object ? `  "${v.subject}" -> "${v.object}"` : ''}`);
  out('');
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Show how the extractor reads a document: chunks, clauses, rules fired and vetoed',
  usage: 'kg explain <file> [--sentence <n>] [--match <text>] [--tokens] [--all] [--json]',
  flags: {
    sentence: { type: 'number', description: 'only the sentence with this index' },
    match: { type: 'string', description: 'only sentences containing this text (case-insensitive)' },
    tokens: { type: 'boolean', description: 'also print every token with its part-of-speech tag and lemma' },
    all: { type: 'boolean', description: 'include sentences that name no entity' },
    json: { type: 'boolean', description: 'print stable JSON (see docs/cli-json.md)' },
  },
  details: 'Example:\n  kg explain corpus/2019-03-28-russia-venezuela-ties.md --match "backs Maduro"',
  async run({ positionals, flags }, io) {
    if (positionals.length !== 1) throw new KgError('USAGE', 'kg explain: give exactly one document (usage: kg explain <file> [--match <text>])');
    const path = positionals[0]!;
    const { documents, skipped } = await readDocumentsAsync([path], { strict: false });
    if (!documents.length) {
      const reason = skipped[0]?.reason ?? 'no document found';
      throw new KgError('NO_DOCUMENTS', `kg explain: cannot read "${path}": ${reason}`);
    }
    const match = flags.match !== undefined ? String(flags.match).toLowerCase() : undefined;
    const results = documents.map((doc) => ({
      doc: doc.id,
      sentences: explainDocument(doc, { all: Boolean(flags.all) || flags.sentence !== undefined }).filter(
        (s) => (flags.sentence === undefined || s.index === flags.sentence) && (!match || s.text.toLowerCase().includes(match)),
      ),
    }));
    if (flags.json) {
      io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
      return;
    }
    for (const r of results) {
      if (results.length > 1) io.out(`== ${r.doc}`);
      if (!r.sentences.length) io.out('kg explain: no sentence matches');
      for (const s of r.sentences) printSentence(s, Boolean(flags.tokens), io.out);
    }
  },
};
