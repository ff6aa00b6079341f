// bench: GEXF export speed on a seeded graph (default 100k nodes / 1M edges with evidence): kg's streaming
// writeGexf (GEXF 1.3, validated elsewhere) next to networkx write_gexf (1.2draft) on the same graph through
// Debian's /usr/bin/python3 (skipped with a note when absent). Prints a table with ratios and writes
// bench/results/export-gexf.json. Run: node bin/run-ts.mjs bench/export-gexf.ts [--nodes N --edges M]. Asserts nothing.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toFullDate, writeGexf, writeGraphml } from '../src/export/index.js';
import type { KgGraph } from '../src/model/types.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { parseHexColor } from '../src/export/gexf.js';
import { generateGraph } from '../test/fixtures/graphs/generate-graph.js';
import { BENCH_DIR, isMain, probePythonModules, reportResult, round, runPythonJson, type BenchOutput, type BenchResult, type Row } from './query-common.js';

export interface ExportGexfOptions extends BenchOutput {
  nodes?: number;
  edges?: number;
  seed?: number;
}

export const EXPORT_GEXF_DEFAULTS = { nodes: 100_000, edges: 1_000_000, seed: 42 };

const clean = (s: unknown): string => String(s ?? '').replace(/[\t\n\r]/g, ' ');

/** Yields the node table networkx rebuilds the graph from. */
function* nodeTable(graph: KgGraph): Generator<string> {
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const [r, g, b] = parseHexColor(a.color);
    yield `${[node, clean(a.label), a.type, r, g, b, a.x ?? 0, a.y ?? 0, a.size ?? 1, a.mentions ?? 0, a.pagerank ?? 0, a.community ?? 0].join('\t')}\n`;
  }
}

/** Yields the edge table networkx rebuilds the graph from. */
function* edgeTable(graph: KgGraph): Generator<string> {
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    const evidence = clean(a.evidence.map((e) => e.text).join(' | '));
    yield `${[edge, source, target, a.type, clean(a.label), a.date ?? '', toFullDate(a.date) ?? '', a.weight, a.confidence, evidence].join('\t')}\n`;
  }
}

interface NetworkxTimes {
  version: string;
  load_ms: number;
  write_ms: number;
  bytes: number;
}

/** Runs the benchmark; returns (and by default prints and writes) its result. */
export async function run(options: ExportGexfOptions = {}): Promise<BenchResult> {
  const p = { ...EXPORT_GEXF_DEFAULTS, ...options };
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-gexf-'));
  try {
    let t0 = performance.now();
    const graph = generateGraph({ nodes: p.nodes, edges: p.edges, seed: p.seed });
    notes.push(`graph generated in ${Math.round(performance.now() - t0)} ms`);
    const rows: Row[] = [];
    const row = (implementation: string, ms: number, bytes: number, base?: number): Row => ({
      implementation,
      nodes: p.nodes,
      edges: p.edges,
      ms: Math.round(ms),
      MB: round(bytes / 1e6, 1),
      'MB/s': round(bytes / 1e6 / (ms / 1000), 1),
      'ms / kg ms': base ? round(ms / base, 2) : 1,
    });

    // kg GEXF 1.3 (streamed), then GraphML for reference
    t0 = performance.now();
    writeGexf(graph, join(dir, 'kg.gexf'));
    const kgMs = performance.now() - t0;
    rows.push(row('kg writeGexf (GEXF 1.3)', kgMs, statSync(join(dir, 'kg.gexf')).size));
    t0 = performance.now();
    writeGraphml(graph, join(dir, 'kg.graphml'));
    rows.push(row('kg writeGraphml', performance.now() - t0, statSync(join(dir, 'kg.graphml')).size, kgMs));
    rmSync(join(dir, 'kg.graphml'));

    // networkx write_gexf on the same graph
    if (options.python !== false) {
      if (!probePythonModules(['networkx']).has('networkx')) notes.push('networkx skipped: /usr/bin/python3 cannot import it (apt-get install -y python3-networkx)');
      else {
        writeFileAtomic(join(dir, 'nodes.tsv'), nodeTable(graph));
        writeFileAtomic(join(dir, 'edges.tsv'), edgeTable(graph));
        const r = runPythonJson<NetworkxTimes>(join(BENCH_DIR, 'export-gexf.py'), [join(dir, 'nodes.tsv'), join(dir, 'edges.tsv'), join(dir, 'nx.gexf')]);
        if (r.error) notes.push(`networkx comparison failed: ${r.error}`);
        else {
          rows.push(row(`networkx ${r.value!.version} write_gexf (1.2draft)`, r.value!.write_ms, r.value!.bytes, kgMs));
          notes.push(`networkx built the graph in ${Math.round(r.value!.load_ms)} ms (not timed)`);
        }
      }
    }
    return reportResult({ name: 'export-gexf', date: new Date().toISOString(), params: { nodes: p.nodes, edges: p.edges, seed: p.seed }, rows, notes }, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  await run(Object.fromEntries(['nodes', 'edges'].map((k) => [k, arg(k)]).filter(([, v]) => v !== undefined)));
}
