// kg/cli: `kg explain <file> [--sentence n] [--match text] [--tokens] [--all] [--json]`: shows, sentence by sentence,
// how the extractor read a document: its chunks and clauses, the claims each rule made and the rules a guard vetoed,
// so a user can see why an edge exists or does not. A filter that leaves no sentence is an error (NO_MATCH, exit 4).
// `kg explain --edge <key>` explains one edge of a built graph instead (explain-edge.ts). A thin shell over
// extract/explainDocument.
import { explainDocument } from '../../extract/explain.js';
import { readDocumentsAsync } from '../../ingest/index.js';
import { KgError } from '../../model/errors.js';
import type { ParsedFlags } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { printSentence } from './explain-format.js';

const DEFAULT_GRAPH = 'graph/graph.json';

/** `kg explain --edge <key>`: the edge, then the trace of each of its evidence sentences. */
async function runEdge(key: string, flags: ParsedFlags, io: CliIo): Promise<void> {
  const [{ loadGraphFile }, { explainEdge, printExplainedEdge }, { locateBuiltDocuments, readBuiltDocuments }, { getExtractorVersion }] = await Promise.all([
    import('./query.js'),
    import('./explain-edge.js'),
    import('../built-documents.js'),
    import('../../pipeline/extractor-version.js'),
  ]);
  const graphPath = flags.graph !== undefined ? String(flags.graph) : DEFAULT_GRAPH;
  const graph = loadGraphFile(graphPath);
  const result = await explainEdge(graph, key, {
    locate: () => locateBuiltDocuments(graphPath, (flags.input as string[] | undefined) ?? []),
    readDocuments: readBuiltDocuments,
    explainDocument: (doc) => explainDocument(doc, { all: true }),
    currentExtractorVersion: getExtractorVersion(),
    warn: io.err,
  });
  if (flags.json) io.out(JSON.stringify(result, null, 2));
  else printExplainedEdge(result, Boolean(flags.tokens), io.out);
}

/** Why --match or --sentence left nothing, as one line. */
function noMatch(path: string, docs: number, flags: ParsedFlags): KgError {
  const what = [flags.sentence !== undefined && `[${flags.sentence}]`, flags.match !== undefined && `containing "${String(flags.match)}"`].filter(Boolean).join(' ');
  const where = docs > 1 ? `any of the ${docs} documents of "${path}"` : `"${path}"`;
  return new KgError('NO_MATCH', `kg explain: no sentence ${what} in ${where}${flags.all || flags.sentence !== undefined ? '' : ' (--all also searches sentences that name no entity)'}`);
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Show how the extractor reads a document, or why an edge of a graph is there: chunks, clauses, rules fired and vetoed',
  usage: 'kg explain <file> [--sentence <n>] [--match <text>] [--tokens] [--all] [--json]\n       kg explain --edge <key> [--graph <graph.json>] [--input <dir>] [--tokens] [--json]',
  flags: {
    sentence: { type: 'number', description: 'only the sentence with this index' },
    match: { type: 'string', description: 'only sentences containing this text (case-insensitive)' },
    tokens: { type: 'boolean', description: 'also print every token with its part-of-speech tag and lemma' },
    all: { type: 'boolean', description: 'include sentences that name no entity' },
    edge: { type: 'string', alias: 'e', description: 'explain this edge of a built graph (its key, "type:source->target") instead of a document' },
    graph: { type: 'string', alias: 'g', description: `with --edge: the graph.json (default: ${DEFAULT_GRAPH})` },
    input: { type: 'string', multiple: true, description: "with --edge: the build's inputs (repeat it or separate with commas), used instead of the build state (.kg-state) beside the graph" },
    json: { type: 'boolean', description: 'print stable JSON (see docs/cli-json.md)' },
  },
  details: [
    'Examples:',
    '  kg explain corpus/<document> --match "<words of the sentence>"',
    "  kg explain --edge '<type>:<source>-><target>' --graph graph/graph.json   (keys as graph.json writes them)",
    '',
    "With --edge the edge's documents are found through the build state kg build leaves beside graph.json",
    '(<out>/.kg-state), or under --input when given (the paths given to kg build; needed without a state).',
  ].join('\n'),
  async run({ positionals, flags }, io) {
    if (flags.edge !== undefined) {
      const key = String(flags.edge).trim();
      if (!key) throw new KgError('USAGE', 'kg explain: --edge needs an edge key (as graph.json writes them: --edge "<type>:<source>-><target>")');
      if (positionals.length) throw new KgError('USAGE', 'kg explain: give a document or --edge <key>, not both');
      const stray = (['match', 'sentence', 'all'] as const).filter((f) => flags[f] !== undefined);
      if (stray.length) throw new KgError('USAGE', `kg explain: ${stray.map((f) => `--${f}`).join(', ')} ${stray.length > 1 ? 'apply' : 'applies'} to a document, not to --edge`);
      return runEdge(key, flags, io);
    }
    const stray = (['graph', 'input'] as const).filter((f) => flags[f] !== undefined);
    if (stray.length) throw new KgError('USAGE', `kg explain: ${stray.map((f) => `--${f}`).join(' and ')} ${stray.length > 1 ? 'go' : 'goes'} with --edge <key>`);
    if (positionals.length !== 1) throw new KgError('USAGE', 'kg explain: give exactly one document, or --edge <key> (usage: kg explain <file> [--match <text>])');
    const path = positionals[0]!;
    const { documents, skipped } = await readDocumentsAsync([path], { strict: false });
    if (!documents.length) {
      const reason = skipped[0]?.reason ?? 'no document found';
      throw new KgError('NO_DOCUMENTS', `kg explain: cannot read "${path}": ${reason}`);
    }
    const match = flags.match !== undefined ? String(flags.match).toLowerCase() : undefined;
    const filtered = match !== undefined || flags.sentence !== undefined;
    const results = documents.map((doc) => ({
      doc: doc.id,
      sentences: explainDocument(doc, { all: Boolean(flags.all) || flags.sentence !== undefined }).filter(
        (s) => (flags.sentence === undefined || s.index === flags.sentence) && (match === undefined || s.text.toLowerCase().includes(match)),
      ),
    }));
    if (filtered && results.every((r) => !r.sentences.length)) throw noMatch(path, results.length, flags);
    if (flags.json) {
      io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
      return;
    }
    for (const r of results) {
      // Several documents: those the filter left nothing of are left out
      if (results.length > 1 && filtered && !r.sentences.length) continue;
      if (results.length > 1) io.out(`== ${r.doc}`);
      if (!r.sentences.length) io.err(`kg explain: "${r.doc}": no sentence names an entity (--all lists every sentence)`);
      for (const s of r.sentences) printSentence(s, Boolean(flags.tokens), io.out);
    }
  },
};
