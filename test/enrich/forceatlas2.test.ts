// enrich/forceatlas2: the typed-array ForceAtlas2 is deterministic, its Barnes-Hut repulsion approximates the
// exact one, and it pulls linked nodes together (two cliques end up apart). Speed is measured in the bench.
import { describe, expect, it } from 'vitest';
import { createLayoutState, inferLayoutSettings, LAYOUT_DEFAULTS, runLayout } from '../../src/enrich/forceatlas2.js';
import { createRng } from '../../src/util/random.js';

/** Two cliques of `k` nodes joined by one edge, at seeded random positions. */
function twoCliques(k: number, seed = 3): { x: number[]; y: number[]; source: number[]; target: number[] } {
  const rng = createRng(seed);
  const x = Array.from({ length: 2 * k }, () => rng() * 100 - 50);
  const y = Array.from({ length: 2 * k }, () => rng() * 100 - 50);
  const source: number[] = [];
  const target: number[] = [];
  for (const base of [0, k]) for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) source.push(base + i), target.push(base + j);
  source.push(0);
  target.push(k);
  return { x, y, source, target };
}

const centroid = (xs: Float64Array, ys: Float64Array, from: number, to: number): [number, number] => {
  let sx = 0, sy = 0;
  for (let i = from; i < to; i++) (sx += xs[i]!), (sy += ys[i]!);
  return [sx / (to - from), sy / (to - from)];
};

describe('enrich/forceatlas2', () => {
  it('should give the same positions for the same input', () => {
    const g = twoCliques(30);
    const a = createLayoutState(g.x, g.y, g.source, g.target, inferLayoutSettings(60, g.source.length));
    const b = createLayoutState(g.x, g.y, g.source, g.target, inferLayoutSettings(60, g.source.length));
    runLayout(a, 50);
    runLayout(b, 50);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
  });

  it('should separate two cliques and keep each clique tight', () => {
    const k = 25;
    const g = twoCliques(k);
    const s = createLayoutState(g.x, g.y, g.source, g.target, inferLayoutSettings(2 * k, g.source.length));
    runLayout(s, 300);
    const [ax, ay] = centroid(s.x, s.y, 0, k);
    const [bx, by] = centroid(s.x, s.y, k, 2 * k);
    const between = Math.hypot(ax - bx, ay - by);
    let spread = 0;
    for (let i = 0; i < k; i++) spread = Math.max(spread, Math.hypot(s.x[i]! - ax, s.y[i]! - ay));
    expect(s.x.every(Number.isFinite) && s.y.every(Number.isFinite)).toBe(true);
    expect(between).toBeGreaterThan(spread);
  });

  it('should approximate the exact repulsion with Barnes-Hut (theta 0.5 vs 0)', () => {
    const rng = createRng(11);
    const n = 400;
    const x = Array.from({ length: n }, () => rng() * 1000);
    const y = Array.from({ length: n }, () => rng() * 1000);
    const exact = createLayoutState(x, y, [], [], { ...LAYOUT_DEFAULTS, gravity: 0, barnesHutTheta: 0 });
    const approx = createLayoutState(x, y, [], [], { ...LAYOUT_DEFAULTS, gravity: 0, barnesHutTheta: 0.5 });
    runLayout(exact, 1);
    runLayout(approx, 1);
    let err = 0, norm = 0;
    for (let i = 0; i < n; i++) {
      err += Math.hypot(exact.dx[i]! - approx.dx[i]!, exact.dy[i]! - approx.dy[i]!);
      norm += Math.hypot(exact.dx[i]!, exact.dy[i]!);
    }
    expect(err / norm).toBeLessThan(0.05);
  });

  it('should survive nodes at the same position', () => {
    const s = createLayoutState([0, 0, 0, 5], [0, 0, 0, 5], [0], [3], LAYOUT_DEFAULTS);
    runLayout(s, 20);
    expect(s.x.every(Number.isFinite) && s.y.every(Number.isFinite)).toBe(true);
  });
});
