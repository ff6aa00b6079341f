// kg/cli: `kg build <file-or-dir>... --out <dir>`: builds graph.json and graph.gexf and prints a summary.
import { join } from 'node:path';
import { build } from '../../build.js';
import { writeGexf, writeGraphJson } from '../../export/index.js';
import { KgError } from '../../model/errors.js';
import type { Command } from '../command.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build a knowledge graph from .txt, .md and .html documents',
  usage: 'kg build <file-or-dir>... [--out <dir>] [--strict] [--quiet]',
  flags: {
    out: { type: 'string', alias: 'o', description: 'output directory for graph.json and graph.gexf', default: 'graph' },
    strict: { type: 'boolean', description: 'fail on any unreadable, binary or empty document instead of skipping it' },
    quiet: { type: 'boolean', alias: 'q', description: 'print nothing but errors' },
    verbose: { type: 'boolean', description: 'print each skipped document and warning, and stack traces of bugs' },
  },
  details: 'Example:\n  kg build corpus --out graph\n  kg build article.md reports/ --out out',
  run({ positionals, flags }, io) {
    if (positionals.length === 0) throw new KgError('USAGE', 'kg build: no input given (usage: kg build <file-or-dir>... --out <dir>)');
    const out = String(flags.out);
    const t0 = performance.now();
    const result = build(positionals, { strict: Boolean(flags.strict) });
    writeGraphJson(result.graph, join(out, 'graph.json'));
    writeGexf(result.graph, join(out, 'graph.gexf'));
    const seconds = (performance.now() - t0) / 1000;
    for (const s of result.skipped) io.err(`kg build: skipped "${s.path}": ${s.reason}`);
    if (flags.verbose) for (const w of result.warnings) io.err(`kg build: warning for "${w.path}": ${w.reason}`);
    else if (result.warnings.length) io.err(`kg build: ${result.warnings.length} warning(s) (--verbose lists them)`);
    let relations = 0;
    result.graph.forEachEdge((_e, a) => {
      if (a.type !== 'co_mentioned') relations++;
    });
    if (!flags.quiet) {
      io.out(
        `kg build: ${result.documents} document(s), ${result.words} words, ${result.graph.order} entities, ${relations} relations in ${seconds.toFixed(2)}s -> ${join(out, 'graph.json')}, ${join(out, 'graph.gexf')}`,
      );
    }
  },
};
