// Tests of the GraphML and CSV exports: GraphML is well-formed (xmllint) and loads in networkx with typed values;
// CSV tables follow RFC 4180 (parsed back here with a strict reader) and keep every node and edge.
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph, formatCsvField, resolveCsvPaths, serializeGraphml, writeCsv, writeGraphml } from '../../src/export/index.js';
import { KgError } from '../../src/model/errors.js';
import type { KgGraph } from '../../src/model/types.js';
import { parseGraphJson } from '../../src/query/index.js';
import { loadFixtureGraph as loadFixture } from '../fixtures/graphs/fixture-graph.js';
import { generateGraph } from '../fixtures/graphs/generate-graph.js';
import { checkWellFormed, loadWithNetworkx, probeNetworkx, probeXmllint, requireTool } from './external-tools.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HAS_XMLLINT = requireTool('xmllint', probeXmllint());
const HAS_NETWORKX = requireTool('networkx', probeNetworkx());

/** What UTF-8 encoding makes of a string: lone surrogates become U+FFFD. */
const wellFormed = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** A strict RFC 4180 reader: returns rows of fields; throws on a stray quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
        else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('last row has no CRLF');
  return rows;
}

describe('export/graphml', () => {
  const GRAPHS: [string, () => KgGraph][] = [
    ['fixture', loadFixture],
    ['odd characters', () => generateGraph({ nodes: 200, edges: 800, seed: 9, oddCharacters: true })],
  ];
  describe.each(GRAPHS)('%s', (name, make) => {
    const graph = make();
    const file = join(dir, `${name.replace(/\W+/g, '-')}.graphml`);
    writeGraphml(graph, file);

    it.runIf(HAS_XMLLINT)('should be well-formed XML', async () => {
      expect(await checkWellFormed(file)).toBe('');
    });

    it.runIf(HAS_NETWORKX)('should load in networkx with every node, edge and typed value', { timeout: 60_000 }, async () => {
      const nx = await loadWithNetworkx('graphml', file, 20);
      expect(nx.nodes).toBe(graph.order);
      expect(nx.edges).toBe(graph.size);
      for (const [key, a] of Object.entries(nx.sampleNodes)) {
        expect(a.type).toBe(graph.getNodeAttribute(key, 'type'));
        expect(a.mentions).toBe(graph.getNodeAttribute(key, 'mentions'));
      }
      for (const e of nx.sampleEdges) {
        expect(e.attributes.type).toBe(graph.getEdgeAttribute(e.key, 'type'));
        expect(e.attributes.weight).toBe(graph.getEdgeAttribute(e.key, 'weight'));
      }
    });
  });

  it('should declare node and edge keys apart and keep parallel edges', () => {
    const text = [...serializeGraphml(loadFixture())].join('');
    expect(text).toContain('<key id="n_type" for="node" attr.name="type" attr.type="string"/>');
    expect(text).toContain('<key id="e_type" for="edge" attr.name="type" attr.type="string"/>');
    expect(text).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(text).toMatch(/<edge id="e0" source="russia" target="venezuela"><data key="e_type">partner_of<\/data>/);
    expect(text).toMatch(/<edge id="e1" source="russia" target="venezuela"><data key="e_type">allied_with<\/data>/);
  });
});

describe('export/csv', () => {
  it('should quote fields per RFC 4180', () => {
    const TABLE: [string | number | undefined, string][] = [
      ['plain', 'plain'],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      ['cr\r', '"cr\r"'],
      [3.5, '3.5'],
      [undefined, ''],
      ['', ''],
    ];
    for (const [input, expected] of TABLE) expect(formatCsvField(input)).toBe(expected);
  });

  it.each([
    ['fixture', loadFixture],
    ['odd characters', () => generateGraph({ nodes: 200, edges: 800, seed: 9, oddCharacters: true })],
  ] as [string, () => KgGraph][])('should write node and edge tables that parse back (%s)', (name, make) => {
    const graph = make();
    const paths = writeCsv(graph, join(dir, `${name.replace(/\W+/g, '-')}.csv`));
    expect(paths.nodes).toMatch(/-nodes\.csv$/);
    const nodes = parseCsv(readFileSync(paths.nodes, 'utf8'));
    const edges = parseCsv(readFileSync(paths.edges, 'utf8'));
    expect(nodes).toHaveLength(graph.order + 1);
    expect(edges).toHaveLength(graph.size + 1);
    const nodeHeader = nodes[0]!;
    const edgeHeader = edges[0]!;
    expect(nodeHeader.slice(0, 3)).toEqual(['Id', 'Label', 'type']);
    expect(edgeHeader.slice(0, 6)).toEqual(['Id', 'Source', 'Target', 'Type', 'Weight', 'relation']);
    for (const row of nodes.slice(1)) {
      expect(row).toHaveLength(nodeHeader.length);
      const a = graph.getNodeAttributes(row[0]!);
      expect(row[1]).toBe(wellFormed(a.label));
      expect(row[nodeHeader.indexOf('aliases')]).toBe(wellFormed(a.aliases.join('|')));
    }
    for (const row of edges.slice(1)) {
      expect(row).toHaveLength(edgeHeader.length);
      expect(row[1]).toBe(graph.source(row[0]!));
      expect(row[5]).toBe(graph.getEdgeAttribute(row[0]!, 'type'));
    }
  });

  it('should write into a directory when --out is one', () => {
    const out = join(dir, 'tables');
    mkdirSync(out);
    expect(resolveCsvPaths(out)).toEqual({ nodes: join(out, 'nodes.csv'), edges: join(out, 'edges.csv') });
    expect(resolveCsvPaths('x/graph.csv')).toEqual({ nodes: 'x/graph-nodes.csv', edges: 'x/graph-edges.csv' });
    expect(resolveCsvPaths('new-dir/')).toEqual({ nodes: join('new-dir', 'nodes.csv'), edges: join('new-dir', 'edges.csv') });
  });
});

describe('export/exportGraph', () => {
  it('should write every format and reject unknown ones with INVALID_OPTION', () => {
    const graph = loadFixture();
    expect(exportGraph(graph, 'json', join(dir, 'g.json'))).toEqual([join(dir, 'g.json')]);
    expect(parseGraphJson(readFileSync(join(dir, 'g.json'), 'utf8')).size).toBe(graph.size);
    expect(exportGraph(graph, 'csv', join(dir, 'g'))).toEqual([join(dir, 'g-nodes.csv'), join(dir, 'g-edges.csv')]);
    try {
      exportGraph(graph, 'dot', join(dir, 'g.dot'));
      expect.unreachable();
    } catch (error) {
      expect((error as KgError).code).toBe('INVALID_OPTION');
    }
  });
});
