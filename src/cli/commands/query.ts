// kg/cli: `kg query path A B`: prints the shortest path with the evidence sentence of every hop.
import { readFileSync } from 'node:fs';
import { KgError } from '../../model/errors.js';
import type { KgGraph } from '../../model/types.js';
import { parseGraphJson, shortestPath, type GraphPath } from '../../query/index.js';
import type { Command } from '../command.js';

export function loadGraphFile(path: string): KgGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KgError('INPUT_NOT_FOUND', `kg: cannot read graph "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'}; build one with kg build)`);
  }
  return parseGraphJson(text, path);
}

export function formatPath(path: GraphPath): string[] {
  const lines = [`${path.labels.join(' -> ')} (${path.hops.length} hop${path.hops.length === 1 ? '' : 's'})`];
  for (const hop of path.hops) {
    for (const r of hop.relations) {
      const [s, t] = r.direction === 'forward' ? [hop.fromLabel, hop.toLabel] : [hop.toLabel, hop.fromLabel];
      lines.push(`  ${s} -[${r.label}]-> ${t}${r.date ? ` (${r.date})` : ''}`);
      for (const e of r.evidence) lines.push(`      "${e.text}" (${e.doc})`);
    }
  }
  return lines;
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'Query a graph: path A B',
  usage: 'kg query path <A> <B> [--graph graph/graph.json] [--json]',
  flags: {
    graph: { type: 'string', alias: 'g', description: 'graph.json to query', default: 'graph/graph.json' },
    json: { type: 'boolean', description: 'print JSON for machines' },
    types: { type: 'string', multiple: true, description: 'relation types to follow (comma-separated)' },
  },
  details: 'Example:\n  kg query path "Guaido" "Russia" --graph graph/graph.json',
  run({ positionals, flags }, io) {
    const [sub, a, b] = positionals;
    if (sub !== 'path') throw new KgError('USAGE', `kg query: unknown query "${sub ?? ''}" (use: kg query path <A> <B>)`);
    if (!a || !b) throw new KgError('USAGE', 'kg query path: needs two node names (kg query path <A> <B>)');
    const graph = loadGraphFile(String(flags.graph));
    const path = shortestPath(graph, a, b, { ...(flags.types ? { types: flags.types as string[] } : {}) });
    if (flags.json) io.out(JSON.stringify({ paths: [path] }, null, 2));
    else for (const line of formatPath(path)) io.out(line);
  },
};
