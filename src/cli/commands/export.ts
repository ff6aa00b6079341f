// kg/cli: `kg export --graph graph/graph.json --format gexf|graphml|csv|json --out <path>`: converts a built graph
// to another format. A thin shell over src/export (imported when the command runs, not for its --help); does
// not rebuild or re-layout the graph.
import type { ExportFormat } from '../../export/index.js';
import { KgError } from '../../model/errors.js';
import { graphFlag } from '../args.js';
import type { Command } from '../command.js';

/** Every format src/export writes, by its name here (the type makes a format missing from this table an error). */
const FORMAT_NAMES: Record<ExportFormat, string> = { gexf: 'GEXF 1.3', graphml: 'GraphML', csv: 'CSV tables', json: 'graph.json' };
const EXPORT_FORMATS = Object.keys(FORMAT_NAMES) as ExportFormat[];

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a graph as GEXF, GraphML, CSV or JSON',
  usage: 'kg export --format gexf|graphml|csv|json --out <path> [--graph graph/graph.json] [--json]',
  flags: {
    graph: graphFlag('export'),
    format: { type: 'string', alias: 'f', description: `output format: ${EXPORT_FORMATS.join(', ')}` },
    out: { type: 'string', alias: 'o', description: 'output file (csv: a prefix or a directory, see below)' },
    json: { type: 'boolean', description: 'print {"format","files"} as JSON instead of a sentence' },
  },
  details: [
    'Formats:',
    '  gexf     GEXF 1.3 for Gephi, Gephi Lite and networkx: typed attributes, colours, positions, sizes, the',
    '           relation type as edge kind, and relation dates as edge start (dynamic mode) plus a plain date.',
    '  graphml  GraphML for yEd, Cytoscape, networkx and igraph (typed keys, parallel edges kept).',
    '  csv      Two RFC 4180 tables: with --out graph (or graph.csv) writes graph-nodes.csv and graph-edges.csv;',
    '           with --out a directory (existing, or ending in /) writes nodes.csv and edges.csv in it.',
    '           Headers follow Gephi\'s spreadsheet import (Id, Label, Source, Target, Type, Weight); the',
    '           relation type is in the "relation" column.',
    '  json     graph.json (graphology serialization), the format kg build writes.',
    '',
    'Examples:',
    '  kg export --format gexf --out graph/kg.gexf',
    '  kg export --format csv --out tables/',
  ].join('\n'),
  async run({ positionals, flags }, io) {
    if (positionals.length) throw new KgError('USAGE', `kg export: unexpected argument "${positionals[0]}" (the graph is given with --graph)`);
    const format = (flags.format === undefined ? undefined : String(flags.format).toLowerCase()) as ExportFormat | undefined;
    if (!format) throw new KgError('USAGE', `kg export: --format is required (${EXPORT_FORMATS.join(', ')})`);
    if (!EXPORT_FORMATS.includes(format)) {
      throw new KgError('INVALID_OPTION', `kg export: unknown --format "${format}" (use ${EXPORT_FORMATS.join(', ')})`);
    }
    if (flags.out === undefined || flags.out === '') throw new KgError('USAGE', 'kg export: --out is required (a file, or for csv a prefix or directory)');
    const [{ exportGraph }, { loadGraphFile }] = await Promise.all([import('../../export/index.js'), import('./query.js')]);
    const graph = loadGraphFile(String(flags.graph));
    const files = exportGraph(graph, format, String(flags.out));
    if (flags.json) io.out(JSON.stringify({ format, files }, null, 2));
    else io.out(`Wrote ${FORMAT_NAMES[format]} of ${graph.order} entities and ${graph.size} edges to ${files.map((f) => `"${f}"`).join(' and ')}.`);
  },
};
