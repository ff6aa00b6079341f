// Tests of the GEXF 1.3 writer: every file kg writes (fixture graph, generated 20k/100k graph, graphs full of
// hostile characters) validates with xmllint against the official RELAX NG schema, loads in networkx, and
// round-trips through graphology-gexf. Also checks the Gephi Lite constraints. External tools: see external-tools.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { serializeGexf, toFullDate, writeGexf } from '../../src/export/index.js';
import { toXmlToken } from '../../src/export/xml.js';
import type { KgGraph } from '../../src/model/types.js';
import { loadFixtureGraph as loadFixture } from '../fixtures/graphs/fixture-graph.js';
import { generateGraph } from '../fixtures/graphs/generate-graph.js';
import { loadWithNetworkx, probeNetworkx, probeXmllint, requireTool, validateGexf } from './external-tools.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-gexf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HAS_XMLLINT = requireTool('xmllint', probeXmllint());
const HAS_NETWORKX = requireTool('networkx', probeNetworkx());

/** Every graph kg must export as valid GEXF, with the counts networkx must find. */
const CASES: { name: string; make: () => KgGraph; roundTrip: boolean }[] = [
  { name: 'fixture russia-venezuela', make: loadFixture, roundTrip: true },
  { name: 'bundled corpus build', make: () => build([resolve(import.meta.dirname, '../../corpus')]).graph, roundTrip: true },
  { name: 'odd characters', make: () => generateGraph({ nodes: 300, edges: 1500, seed: 7, oddCharacters: true }), roundTrip: true },
  { name: 'empty graph', make: () => new MultiDirectedGraph() as KgGraph, roundTrip: true },
  { name: 'undated static graph', make: () => generateGraph({ nodes: 50, edges: 100, seed: 3, oddCharacters: true }), roundTrip: true },
  // the large graph is checked by the external tools only (xmldom parsing 50 MB takes minutes)
  { name: 'generated 20k nodes / 100k edges', make: () => generateGraph({ nodes: 20_000, edges: 100_000, seed: 11 }), roundTrip: false },
];
// The undated case: strip dates so the writer must choose static mode.
const undate = (g: KgGraph): KgGraph => {
  g.forEachEdge((e) => g.removeEdgeAttribute(e, 'date'));
  return g;
};

describe('export/gexf', () => {
  describe.each(CASES)('$name', ({ name, make, roundTrip }) => {
    const graph = name.startsWith('undated') ? undate(make()) : make();
    const file = join(dir, `${name.replace(/\W+/g, '-')}.gexf`);
    writeGexf(graph, file);

    it.runIf(HAS_XMLLINT)('should validate against the GEXF 1.3 RELAX NG schema', { timeout: 240_000 }, async () => {
      expect(await validateGexf(file)).toBe('');
    });

    it.runIf(HAS_NETWORKX)('should load in networkx with every node and edge', { timeout: 240_000 }, async () => {
      const nx = await loadWithNetworkx('gexf', file, 20);
      expect(nx.directed).toBe(true);
      // networkx returns a simple DiGraph when no two edges share endpoints
      expect(nx.multigraph).toBe(graph.someEdge((_e, _a, s, t) => graph.directedEdges(s, t).length > 1));
      expect(nx.nodes).toBe(graph.order);
      expect(nx.edges).toBe(graph.size);
      for (const [key, attributes] of Object.entries(nx.sampleNodes)) {
        expect(attributes.label).toBe(toXmlToken(graph.getNodeAttribute(key, 'label')));
        expect(attributes.type).toBe(graph.getNodeAttribute(key, 'type'));
      }
      for (const edge of nx.sampleEdges) {
        expect(edge.attributes.type).toBe(graph.getEdgeAttribute(edge.key, 'type'));
        expect(graph.source(edge.key)).toBe(edge.source);
      }
    });

    it.runIf(roundTrip)('should round-trip through graphology-gexf with nodes, edges, types and labels', () => {
      const parsed = parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8'), { respectInputGraphType: true });
      expect(parsed.order).toBe(graph.order);
      expect(parsed.size).toBe(graph.size);
      graph.forEachNode((node, a) => {
        const p = parsed.getNodeAttributes(node);
        expect(p.label ?? '').toBe(toXmlToken(a.label));
        expect(p.type).toBe(a.type);
      });
      graph.forEachEdge((edge, a, source, target) => {
        const p = parsed.getEdgeAttributes(edge);
        expect(parsed.source(edge)).toBe(source);
        expect(parsed.target(edge)).toBe(target);
        expect(p.type).toBe(a.type);
        expect(p.kind).toBe(toXmlToken(a.type));
        expect(p.label).toBe(a.label.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));
      });
    });
  });

  it('should write one <attributes> block per class and colours without alpha (Gephi Lite)', () => {
    const text = [...serializeGexf(loadFixture())].join('');
    expect(text.match(/<attributes class="node"/g)).toHaveLength(1);
    expect(text.match(/<attributes class="edge"/g)).toHaveLength(1);
    expect(text).not.toMatch(/<viz:color[^>]* a="/);
    for (const id of ['type', 'title', 'aliases', 'documents', 'mentions', 'pagerank', 'community', 'signed', 'status']) {
      expect(text).toMatch(new RegExp(`<attributes class="node">[^]*<attribute id="${id}" title="${id}" type="\\w+"/>[^]*</attributes>[^]*<attributes class="edge">`));
    }
    for (const id of ['type', 'label', 'evidence', 'date', 'confidence']) {
      expect(text).toMatch(new RegExp(`<attributes class="edge">[^]*<attribute id="${id}" title="${id}"`));
    }
  });

  it('should keep parallel edges of different types apart with kind, and date them with full dates', () => {
    const text = [...serializeGexf(loadFixture())].join('');
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(text).toMatch(/<edge id="e0" source="russia" target="venezuela" kind="partner_of"[^>]* start="2019-03-23">/);
    expect(text).toMatch(/<edge id="e1" source="russia" target="venezuela" kind="allied_with"/);
    // partial dates: start is the first day, the plain date attribute keeps the text's precision
    expect(text).toMatch(/<edge id="e7"[^>]* start="2001-05-01">.*<attvalue for="date" value="2001-05"\/>/);
    expect(text).toMatch(/<edge id="e5"[^>]* start="2019-01-01">/);
  });

  it('should write a static graph when no relation is dated or dynamic is off', () => {
    const text = [...serializeGexf(loadFixture(), { dynamic: false })].join('');
    expect(text).toContain('mode="static"');
    expect(text).not.toMatch(/ start="/);
    expect(text).toContain('<attvalue for="date" value="2001-05"/>');
  });

  it('should drop XML-invalid characters and escape markup', () => {
    const graph = new MultiDirectedGraph() as KgGraph;
    graph.addNode('a"<&>', { label: 'Q "x" <y> & \u0001z \uD800 😀', type: 'Person', aliases: ['a|b'], mentions: 1, documents: [] });
    graph.addNode('b', { label: '', type: 'Other', aliases: [], mentions: 1, documents: [], color: 'not a colour', x: Number.NaN });
    graph.addEdgeWithKey('e\u0000', 'a"<&>', 'b', { type: 'says', label: 'said\n"hi"', evidence: [{ doc: 'd', text: ']]> \uFFFF', start: 0, end: 4 }], confidence: 1, weight: 2 });
    const text = [...serializeGexf(graph)].join('');
    expect(text).toContain('<node id="a&quot;&lt;&amp;&gt;" label="Q &quot;x&quot; &lt;y&gt; &amp; z 😀">');
    expect(text).toContain('<node id="b">');
    expect(text).toContain('<viz:color r="153" g="153" b="153"/><viz:position x="0"');
    expect(text).toContain('<edge id="e" source="a&quot;&lt;&amp;&gt;" target="b" kind="says" label="said &quot;hi&quot;" weight="2">');
    expect(text).toContain('<attvalue for="label" value="said&#10;&quot;hi&quot;"/>');
    expect(text).toContain('<attvalue for="evidence" value="]]&gt; "/>');
    expect(text).not.toMatch(/[\u0000-\u0008\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
  });

  it('should stream the document in many small chunks', () => {
    const graph = generateGraph({ nodes: 1000, edges: 5000, seed: 5 });
    let chunks = 0;
    let longest = 0;
    for (const chunk of serializeGexf(graph)) {
      chunks++;
      longest = Math.max(longest, chunk.length);
    }
    expect(chunks).toBeGreaterThan(6000);
    expect(longest).toBeLessThan(5000);
  });
});

describe('export/dates toFullDate', () => {
  const TABLE: [unknown, string | undefined][] = [
    ['2001', '2001-01-01'],
    ['2001-05', '2001-05-01'],
    ['2019-03-23', '2019-03-23'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['1900-02-29', undefined],
    ['2000-02-29', '2000-02-29'],
    ['2019-13', undefined],
    ['2019-00-10', undefined],
    ['2019-04-31', undefined],
    ['May 2001', undefined],
    ['01', undefined],
    [undefined, undefined],
    [2001, undefined],
  ];
  it.each(TABLE)('should turn %j into %j', (input, expected) => {
    expect(toFullDate(input)).toBe(expected);
  });
});
