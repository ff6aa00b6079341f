// kg/cli: `kg query path A B [--all]` and `kg query neighbors A`: paths and neighbourhoods with the evidence of
// every relation, as sentences for people or as stable JSON (--json, see docs/cli-json.md). A thin shell over
// src/query; also exports loadGraphFile and the sentence helpers the other read-only commands share.
import { readFileSync } from 'node:fs';
import { KgError } from '../../model/errors.js';
import type { KgGraph } from '../../model/types.js';
import {
  allPaths,
  neighbors,
  parseGraphJson,
  shortestPath,
  type AllPathsResult,
  type GraphPath,
  type HopRelation,
  type NeighborsResult,
  type PathOptions,
} from '../../query/index.js';
import { graphFlag, type ParsedFlags } from '../args.js';
import type { CliIo, Command } from '../command.js';

/** Reads and parses graph.json; INPUT_NOT_FOUND or BAD_GRAPH when it cannot. */
export function loadGraphFile(path: string): KgGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KgError('INPUT_NOT_FOUND', `kg: cannot read graph "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'}; build one with kg build)`);
  }
  return parseGraphJson(text, path);
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/**
 * A relation label as a verb phrase: titles and nouns get "is" ("President of" -> "is President of", "partner of"
 * -> "is partner of"); labels that start with a verb stay ("supports", "lends to", "deploys to").
 */
export const toVerbPhrase = (label: string): string => {
  if (/^(is|was|are|were|has|had)\b/i.test(label)) return label;
  if (/^[A-Z]/.test(label)) return `is ${label}`;
  if (/^[a-z]+s\b/.test(label) && !/^(?:ss|us)$/.test(label.split(' ')[0]!.slice(-2))) return label;
  return /\b(of|to|with|in|for|from|by|at)$/.test(label) ? `is ${label}` : label;
};

/** One relation as a sentence: "Russia" is partner of "Venezuela" (2019-03-23). */
export function describeRelation(graph: KgGraph, r: HopRelation): string {
  const s = graph.getNodeAttribute(r.source, 'label');
  const t = graph.getNodeAttribute(r.target, 'label');
  return `"${s}" ${toVerbPhrase(r.label)} "${t}"${r.date ? ` (${r.date})` : ''}${r.type === r.label.replace(/ /g, '_') ? '' : ` [${r.type}]`}.`;
}

function formatEvidence(r: HopRelation, indent: string): string[] {
  return r.evidence.map((e) => `${indent}Evidence: "${e.text.replace(/\s+/g, ' ').trim()}" (${e.doc}${e.page ? `, page ${e.page}` : ''})`);
}

/** A path as lines: a summary sentence, then each hop's relations with their evidence. */
export function formatPath(graph: KgGraph, path: GraphPath, indent = ''): string[] {
  const lines = [`${indent}${path.labels.map((l) => `"${l}"`).join(' -> ')} (${plural(path.hops.length, 'hop')})`];
  path.hops.forEach((hop, i) => {
    hop.relations.forEach((r, j) => {
      lines.push(`${indent}  ${j === 0 ? `${i + 1}.` : '  '} ${describeRelation(graph, r)}`);
      lines.push(...formatEvidence(r, `${indent}       `));
    });
  });
  return lines;
}

const END_NOTES: Record<AllPathsResult['end'], (flags: ParsedFlags) => string> = {
  complete: () => '',
  limit: (f) => `Stopped at --limit ${f.limit ?? 20}; more paths may exist.`,
  timeout: (f) => `Stopped after --timeout ${f.timeout ?? 2000} ms; more paths may exist.`,
};

/** Collects the traversal options shared by path and neighbours queries from CLI flags. */
export function readPathOptions(flags: ParsedFlags): PathOptions {
  const options: PathOptions = {};
  if (flags.types) options.types = flags.types as string[];
  if (flags.exclude) options.exclude = flags.exclude as string[];
  if (flags.coMentions) options.exclude = (options.exclude ?? []).filter((t) => t !== 'co_mentioned');
  if (flags.direction !== undefined) options.direction = String(flags.direction) as PathOptions['direction'];
  if (flags.from !== undefined) options.from = String(flags.from);
  if (flags.to !== undefined) options.to = String(flags.to);
  if (flags.strictDates) options.strictDates = true;
  return options;
}

const FLAG_NAMES: Record<string, string> = { timeoutMs: 'timeout' };

/** Runs `fn`, renaming library option names in INVALID_OPTION errors to the CLI's flags ("maxDepth" -> --max-depth). */
export function withFlagNames<T>(command: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const option = error instanceof KgError && error.code === 'INVALID_OPTION' ? error.details?.option : undefined;
    if (typeof option !== 'string') throw error;
    const flag = FLAG_NAMES[option] ?? option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new KgError('INVALID_OPTION', (error as KgError).message.replace(/^kg\/\w+: option "\w+"/, `kg ${command}: option --${flag}`), (error as KgError).details);
  }
}

const nodeRef = (graph: KgGraph, node: string): { key: string; label: string } => ({ key: node, label: graph.getNodeAttribute(node, 'label') });

function runPath(graph: KgGraph, a: string, b: string, flags: ParsedFlags, io: CliIo): void {
  const options = readPathOptions(flags);
  const result: AllPathsResult = flags.all
    ? allPaths(graph, a, b, {
        ...options,
        ...(flags.maxDepth !== undefined ? { maxDepth: flags.maxDepth as number } : {}),
        ...(flags.limit !== undefined ? { limit: flags.limit as number } : {}),
        ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout as number } : {}),
      })
    : { paths: [shortestPath(graph, a, b, options)], end: 'complete' };
  const first = result.paths[0]!;
  const [source, target] = [first.nodes[0]!, first.nodes[first.nodes.length - 1]!];
  if (flags.json) {
    io.out(JSON.stringify({ query: flags.all ? 'all-paths' : 'shortest-path', source: nodeRef(graph, source), target: nodeRef(graph, target), end: result.end, paths: result.paths }, null, 2));
    return;
  }
  const [from, to] = [`"${first.labels[0]}"`, `"${first.labels[first.labels.length - 1]}"`];
  if (!flags.all) {
    io.out(`${from} is connected to ${to} in ${plural(first.hops.length, 'hop')}:`);
    for (const line of formatPath(graph, first).slice(1)) io.out(line);
    return;
  }
  io.out(`${plural(result.paths.length, 'path')} from ${from} to ${to}, shortest first:`);
  result.paths.forEach((path, i) => {
    io.out('');
    io.out(`Path ${i + 1}: ${formatPath(graph, path)[0]}`);
    for (const line of formatPath(graph, path).slice(1)) io.out(line);
  });
  const note = END_NOTES[result.end](flags);
  if (note) io.out(`\n${note}`);
}

/** Neighbours as lines: a summary sentence, then each neighbour with the relations that reach it. */
export function formatNeighbors(graph: KgGraph, result: NeighborsResult, depth: number): string[] {
  const lines = [`"${result.label}" has ${plural(result.neighbors.length, 'neighbour')} within ${plural(depth, 'hop')}${result.neighbors.length ? ':' : '.'}`];
  for (const n of result.neighbors) {
    const via = n.depth > 1 ? ` via "${graph.getNodeAttribute(n.via, 'label')}"` : '';
    lines.push(`  "${n.label}" (${n.type}, ${plural(n.depth, 'hop')}${via}):`);
    for (const r of n.relations) {
      lines.push(`    ${describeRelation(graph, r)}`);
      lines.push(...formatEvidence(r, '      '));
    }
  }
  return lines;
}

function runNeighbors(graph: KgGraph, a: string, flags: ParsedFlags, io: CliIo): void {
  const depth = flags.depth === undefined ? 1 : (flags.depth as number);
  const result = neighbors(graph, a, { ...readPathOptions(flags), depth });
  if (flags.json) io.out(JSON.stringify({ query: 'neighbors', center: nodeRef(graph, result.center), depth, neighbors: result.neighbors }, null, 2));
  else for (const line of formatNeighbors(graph, result, depth)) io.out(line);
}

/** Flags every read-only graph command shares. */
export const TRAVERSAL_FLAGS: Command['flags'] = {
  types: { type: 'string', multiple: true, description: 'relation types to follow, comma-separated (default: all but co_mentioned)' },
  exclude: { type: 'string', multiple: true, description: 'relation types to skip (default: co_mentioned)' },
  coMentions: { type: 'boolean', description: 'also follow co_mentioned links' },
  direction: { type: 'string', description: 'edge direction to follow: both, out or in (default: both)' },
  from: { type: 'string', description: 'keep relations dated on or after YYYY[-MM[-DD]] (undated ones too)' },
  to: { type: 'string', description: 'keep relations dated on or before YYYY[-MM[-DD]] (undated ones too)' },
  strictDates: { type: 'boolean', description: 'with --from/--to, drop undated relations' },
};

export const queryCommand: Command = {
  name: 'query',
  summary: 'Query a graph: paths between two entities, or the neighbours of one',
  usage: 'kg query path <A> <B> [--all --max-depth k --limit n] [options]\n       kg query neighbors <A> [--depth d] [options]',
  flags: {
    graph: graphFlag('query'),
    json: { type: 'boolean', description: 'print stable JSON (see docs/cli-json.md)' },
    all: { type: 'boolean', description: 'path: every simple path up to --max-depth, shortest first' },
    maxDepth: { type: 'number', description: 'path --all: longest path in hops (default 4)' },
    limit: { type: 'number', description: 'path --all: most paths to print (default 20)' },
    timeout: { type: 'number', description: 'path --all: time budget in milliseconds (default 2000)' },
    depth: { type: 'number', description: 'neighbors: how many hops out (default 1)' },
    ...TRAVERSAL_FLAGS,
  },
  details: [
    'Names match labels and aliases, ignoring case and accents. Exit codes: 2 usage, 3 unreadable graph, 4 unknown node or no path.',
    '',
    'Examples:',
    '  kg query path "Juan Perez" "Russia"',
    '  kg query path Perez Russia --all --max-depth 3 --limit 10 --json',
    '  kg query path Russia Venezuela --types signed,party_to --from 2001 --to 2001-12',
    '  kg query neighbors Venezuela --depth 2',
  ].join('\n'),
  run({ positionals, flags }, io) {
    const [sub, a, b, ...extra] = positionals;
    if (sub === 'path') {
      if (!a || !b || extra.length) throw new KgError('USAGE', 'kg query path: needs exactly two entity names (kg query path <A> <B>)');
      const bound = ['maxDepth', 'limit', 'timeout'].find((f) => flags[f] !== undefined);
      if (bound && !flags.all) throw new KgError('USAGE', `kg query path: --${bound.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} bounds --all (add --all to list every path)`);
      const graph = loadGraphFile(String(flags.graph));
      withFlagNames('query path', () => runPath(graph, a, b, flags, io));
    } else if (sub === 'neighbors' || sub === 'neighbours') {
      if (!a || b) throw new KgError('USAGE', 'kg query neighbors: needs exactly one entity name (kg query neighbors <A>)');
      const graph = loadGraphFile(String(flags.graph));
      withFlagNames('query neighbors', () => runNeighbors(graph, a, flags, io));
    } else {
      throw new KgError('USAGE', `kg query: unknown query "${sub ?? ''}" (use: kg query path <A> <B>, or kg query neighbors <A>)`);
    }
  },
};
