// kg/cli: `kg stats [--graph graph/graph.json] [--json]`: entity and relation counts by type and the most central
// entities, as sentences or stable JSON. A thin shell over query/summarizeGraph.
import { KgError } from '../../model/errors.js';
import { summarizeGraph } from '../../query/index.js';
import { graphFlag } from '../args.js';
import type { Command } from '../command.js';
import { loadGraphFile, withFlagNames } from './query.js';

const list = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ') || 'none';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Summarize a graph: counts by type, top entities by pagerank',
  usage: 'kg stats [--graph graph/graph.json] [--top n] [--json]',
  flags: {
    graph: graphFlag('summarize'),
    top: { type: 'number', description: 'how many top entities to list', default: 10 },
    json: { type: 'boolean', description: 'print stable JSON (see docs/cli-json.md)' },
  },
  details: 'Example:\n  kg stats --graph graph/graph.json --top 5',
  run({ positionals, flags }, io) {
    if (positionals.length) throw new KgError('USAGE', `kg stats: unexpected argument "${positionals[0]}" (the graph is given with --graph)`);
    const path = String(flags.graph);
    const graph = loadGraphFile(path);
    const s = withFlagNames('stats', () => summarizeGraph(graph, { top: flags.top as number }));
    if (flags.json) {
      io.out(JSON.stringify({ graph: path, ...s }, null, 2));
      return;
    }
    const coMentions = s.edges - s.relations;
    io.out(
      `"${path}" holds ${s.nodes} entities and ${s.edges} edges: ${s.relations} relations (${s.datedRelations} dated) and ${coMentions} co-mentions, from ${s.documents} documents.`,
    );
    io.out(`Entities by type: ${list(s.nodesByType)}.`);
    io.out(`Edges by type: ${list(s.edgesByType)}.`);
    if (!s.top.length) return;
    io.out(`Top ${s.top.length} entities by ${s.rankedBy}:`);
    s.top.forEach((n, i) => {
      const rank = n.pagerank === null ? '' : `pagerank ${n.pagerank.toFixed(4)}, `;
      io.out(`  ${String(i + 1).padStart(2)}. "${n.label}" (${n.type}): ${rank}${n.degree} edges`);
    });
  },
};
