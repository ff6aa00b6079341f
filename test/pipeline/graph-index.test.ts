// test/pipeline: the incremental index (GraphIndex) gives, after any sequence of added and removed documents,
// exactly the graph resolveEntities + assembleGraph give for the documents left: same nodes, ids, labels,
// aliases, edges and evidence, in the same order. A fixed sequence over hand-written extractions checks the
// cases where one document changes what others become (acronym merges, slug collisions, first names, source
// labels, evidence beyond 25); a property test runs random sequences, sometimes through a saved state, with and
// without the rules' ids on edges (keepRules).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleGraph } from '../../src/assemble/index.js';
import type { Extraction, KgGraph } from '../../src/model/types.js';
import { parseBuildState, previousFromGraph, serializeBuildState, type BuildState } from '../../src/pipeline/build-state.js';
import { GraphIndex, type PreviousOutput } from '../../src/pipeline/graph-index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { loadArticleExtractions, loadSyntheticExtractions } from './incremental-fixtures.js';

const synthetic = loadSyntheticExtractions();
const articles = loadArticleExtractions(10);
const POOL = new Map([...synthetic, ...articles]);

/** The reference: the stage functions over the documents present, in id order. */
function referenceGraph(ids: Iterable<string>, keepRules = false): KgGraph {
  const xs = [...ids].sort().map((id) => POOL.get(id)!);
  return assembleGraph(resolveEntities(xs), xs.map((x) => x.doc), { keepRules });
}

const json = (g: KgGraph): string => JSON.stringify(g.export());

/** Keeps an index and its last output, as a build does; `roundTrip` passes it through a saved state. */
class Tracker {
  index: GraphIndex;
  constructor(readonly keepRules = false) {
    this.index = new GraphIndex(undefined, { keepRules });
  }
  previous: PreviousOutput | undefined;
  present = new Set<string>();
  graph: KgGraph | undefined;

  apply(add: string[], remove: string[]): KgGraph {
    for (const id of remove) {
      this.index.removeDocument(id);
      this.present.delete(id);
    }
    for (const id of add) {
      this.index.addExtraction(POOL.get(id)!);
      this.present.add(id);
    }
    const out = this.index.update(this.previous);
    this.previous = previousFromGraph(out.graph, out.edgeSourceNodes);
    this.graph = out.graph;
    this.edgeSources = out.edgeSourceNodes;
    return out.graph;
  }
  edgeSources: ReadonlyMap<string, string> = new Map();

  roundTrip(): void {
    const ids = [...this.index.documents.keys()];
    const state: BuildState = {
      extractorVersion: 'test',
      settings: 'test',
      reading: 'test',
      keepRules: this.keepRules,
      scannedAtMs: 0,
      manifest: new Map(ids.map((id) => [id, { path: `/x/${id}`, textHash: id, cacheKey: id }])),
      files: new Map(ids.map((id) => [`/x/${id}`, { id, file: { size: 1, mtimeMs: 1, ino: 1 }, warnings: [], skipped: [], reusable: true }])),
      index: this.index,
      previous: this.previous as BuildState['previous'],
      output: { graph: this.graph!, edgeSourceNodes: this.edgeSources },
    };
    const loaded = parseBuildState(serializeBuildState(state));
    if ('invalid' in loaded) throw new Error(loaded.invalid);
    expect(loaded.keepRules).toBe(this.keepRules);
    expect(loaded.index.keepRules).toBe(this.keepRules);
    this.index = loaded.index;
    this.previous = loaded.previous;
  }
}

describe('GraphIndex', () => {
  it('should build the graph resolve + assemble build, for all documents at once', () => {
    const t = new Tracker();
    expect(json(t.apply([...POOL.keys()], []))).toBe(json(referenceGraph(POOL.keys())));
  });

  it('should equal a clean build after each step of a sequence where documents change what others become', () => {
    const t = new Tracker();
    const node = (id: string) => (t.graph!.hasNode(id) ? t.graph!.getNodeAttributes(id) : undefined);
    const steps: { add?: string[]; remove?: string[]; check: () => void }[] = [
      {
        add: ['a-full-name.md', 'b-acronym.md', 'g-sergey.md', 'i-quoted.md'],
        check: () => {
          // "IMF" merged into the one organization with those initials; its self-referring claim dropped
          expect(node('org:imf')).toBeUndefined();
          expect(node('org:international-monetary-fund')!.aliases).toContain('IMF');
          expect(t.graph!.hasEdge('loans_to:org:international-monetary-fund->country:arg')).toBe(true);
          expect(node('person:sergey-lavrov')!.label).toBe('Sergey Lavrov');
          expect(node('country:rus')!.label).toBe('Russian Federation');
        },
      },
      {
        add: ['c-other-initials.md'],
        check: () => {
          // Two organizations now have the initials IMF: the acronym stands alone, with its claims
          expect(node('org:imf')).toBeDefined();
          expect(t.graph!.hasEdge('member_of:org:imf->org:international-monetary-fund')).toBe(true);
        },
      },
      { remove: ['c-other-initials.md'], check: () => expect(node('org:imf')).toBeUndefined() },
      {
        add: ['h-sergei.md'],
        check: () => {
          // A new spelling changes the label, and the speaker named on edges of other documents
          expect(node('person:sergey-lavrov')!.label).toBe('Sergei Lavrov');
          expect(t.graph!.getEdgeAttribute('opposes:country:rus->country:arg', 'source')).toBe('Sergei Lavrov');
        },
      },
      {
        remove: ['g-sergey.md'],
        check: () => {
          // The first document naming him is gone: his node takes the id of the next one's spelling, and Russia
          // the name the next document gives it
          expect(node('person:sergey-lavrov')).toBeUndefined();
          expect(node('person:sergei-lavrov')!.label).toBe('Sergei Lavrov');
          expect(t.graph!.getEdgeAttribute('opposes:country:rus->country:arg', 'source')).toBe('Sergei Lavrov');
          expect(node('country:rus')!.label).toBe('Russia');
        },
      },
      { remove: ['i-quoted.md'], check: () => expect(t.graph!.hasEdge('opposes:country:rus->country:arg')).toBe(false) },
      {
        add: ['e-minsk-2015.md', 'f-minsk-two.md', 'd-minsk-2014.md'],
        check: () => {
          // Two agreements share a name: the one named first (by document) keeps the plain id, the second takes
          // "-2", so "Minsk Agreement 2" (whose own id that would be) takes "-2-2"
          expect(node('agreement:minsk-agreement')!.signed).toBe('2014-09');
          expect(node('agreement:minsk-agreement-2')!.signed).toBe('2015-02-12');
          expect(node('agreement:minsk-agreement-2-2')!.label).toBe('Minsk Agreement 2');
        },
      },
      {
        remove: ['d-minsk-2014.md'],
        check: () => {
          expect(node('agreement:minsk-agreement')!.signed).toBe('2015-02-12');
          expect(node('agreement:minsk-agreement-2')!.label).toBe('Minsk Agreement 2');
        },
      },
      {
        add: ['j-many-loans.md'],
        check: () => {
          const e = t.graph!.getEdgeAttributes('loans_to:org:international-monetary-fund->country:arg');
          expect(e.weight).toBe(32);
          expect(e.evidence).toHaveLength(25);
          expect(e.evidence[0]!.doc).toBe('a-full-name.md');
        },
      },
      {
        remove: ['a-full-name.md', 'b-acronym.md'],
        check: () => {
          // No full name left: the acronym is a node again, with all 30 sentences counted
          expect(t.graph!.getEdgeAttribute('loans_to:org:imf->country:arg', 'weight')).toBe(30);
        },
      },
      { add: ['a-full-name.md', 'd-minsk-2014.md', ...articles.keys()], check: () => undefined },
      { remove: [...articles.keys()].slice(0, 5), check: () => undefined },
    ];
    for (const [i, step] of steps.entries()) {
      const graph = t.apply(step.add ?? [], step.remove ?? []);
      expect(json(graph), `step ${i + 1}`).toBe(json(referenceGraph(t.present)));
      step.check();
      if (i % 3 === 2) t.roundTrip();
    }
  });

  it('should equal a clean build after random sequences of added and removed documents (property, 40 runs)', () => {
    const ids = [...POOL.keys()];
    const op = fc.record({ add: fc.subarray(ids, { maxLength: 4 }), remove: fc.subarray(ids, { maxLength: 4 }), save: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
        const t = new Tracker();
        for (const { add, remove, save } of ops) {
          const adding = add.filter((id) => !t.present.has(id));
          const removing = remove.filter((id) => t.present.has(id) && !adding.includes(id));
          const graph = t.apply(adding, removing);
          expect(json(graph)).toBe(json(referenceGraph(t.present)));
          if (save) t.roundTrip();
        }
      }),
      { numRuns: 40, seed: 15 },
    );
  }, 120_000);

  it('should keep the family of every relation and, with keepRules, its rules as assembleGraph does, through saved states', () => {
    const t = new Tracker(true);
    t.apply(['a-full-name.md', 'b-acronym.md', 'j-many-loans.md'], []);
    const loans = (): { family?: string; rules?: string[] } => t.graph!.getEdgeAttributes('loans_to:org:international-monetary-fund->country:arg');
    expect(loans().family).toBe('economic');
    expect(loans().rules).toEqual(['clause:give-loan', 'clause:lend']);
    t.roundTrip();
    t.apply([], ['b-acronym.md']);
    expect(loans().rules).toEqual(['clause:lend']);
    expect(json(t.graph!)).toBe(json(referenceGraph(t.present, true)));
    t.graph!.forEachEdge((_e, a) => expect(a.family).toBeDefined());
    // Without keepRules no edge has rules
    const plain = new Tracker();
    plain.apply([...POOL.keys()], []);
    plain.graph!.forEachEdge((_e, a) => expect(a.rules).toBeUndefined());
  });

  it('should equal a clean build with keepRules after random sequences of added and removed documents (property, 15 runs)', () => {
    const ids = [...POOL.keys()];
    const op = fc.record({ add: fc.subarray(ids, { maxLength: 4 }), remove: fc.subarray(ids, { maxLength: 4 }), save: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (ops) => {
        const t = new Tracker(true);
        for (const { add, remove, save } of ops) {
          const adding = add.filter((id) => !t.present.has(id));
          const removing = remove.filter((id) => t.present.has(id) && !adding.includes(id));
          const graph = t.apply(adding, removing);
          expect(json(graph)).toBe(json(referenceGraph(t.present, true)));
          if (save) t.roundTrip();
        }
      }),
      { numRuns: 15, seed: 16 },
    );
  }, 120_000);

  it('should fold again only the nodes and edges a new document touches', () => {
    const t = new Tracker();
    t.apply([...articles.keys()].slice(0, 6), []);
    const before = t.graph!;
    t.index.addExtraction(POOL.get('c-other-initials.md')!);
    const out = t.index.update(t.previous);
    // Its two entities (one new, one the articles name too) and its one claim; everything else as it was
    expect([...out.changes.foldedNodes].sort()).toEqual(['country:nor', 'org:international-maritime-forum']);
    expect(out.changes.removedNodes.size).toBe(0);
    expect([...out.changes.changedEdges]).toEqual(['located_in:org:international-maritime-forum->country:nor']);
    before.forEachNode((n, a) => {
      if (!out.changes.foldedNodes.has(n)) expect(out.graph.getNodeAttributes(n)).toEqual(a);
    });
    before.forEachEdge((e, a) => expect(out.graph.getEdgeAttributes(e)).toEqual(a));
  });
});
