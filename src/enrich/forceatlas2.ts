// kg/enrich: ForceAtlas2 (Jacomy et al. 2014) over typed arrays with a preallocated Barnes-Hut quadtree, for big
// graphs (graphology-layout-forceatlas2 rebuilds its tree as a JS array every step: ~300-800 ms per step at 50k
// nodes). Pure and browser-safe (no graphology, no DOM): the build's enrich stage and the viewer's layout worker
// run the same step. Deterministic: no randomness, the same input gives the same positions.

/** Settings of one layout; see inferLayoutSettings for values scaled to a graph. */
export interface LayoutSettings {
  /** Repulsion strength (kr). */
  scalingRatio: number;
  /** Pull towards the origin (kg). */
  gravity: number;
  /** Gravity grows with distance (keeps components together without a huge gravity). */
  strongGravityMode: boolean;
  /** Attraction log(1 + d) instead of d: tighter clusters. */
  linLogMode: boolean;
  /** Hubs attract less (attraction divided by the source mass). */
  outboundAttractionDistribution: boolean;
  /** 0 ignores edge weights, 1 uses them as they are. */
  edgeWeightInfluence: number;
  /** How much swinging is tolerated before the global speed drops (Gephi's default 1). */
  jitterTolerance: number;
  /** Barnes-Hut opening criterion: a cell is one body when its size / distance is below theta (0 = exact). */
  barnesHutTheta: number;
}

export const LAYOUT_DEFAULTS: LayoutSettings = {
  scalingRatio: 10,
  gravity: 0.05,
  strongGravityMode: true,
  linLogMode: false,
  outboundAttractionDistribution: false,
  edgeWeightInfluence: 1,
  jitterTolerance: 1,
  barnesHutTheta: 1.2,
};

/**
 * Settings scaled to the graph: a coarser Barnes-Hut criterion as the graph grows (theta 0.6 below 1,000 nodes,
 * 1.2 from 5,000, where the approximation error is below what the eye sees in a hairball), more jitter tolerance
 * for big graphs (faster convergence), and hubs attracting less when there are hubs.
 */
export function inferLayoutSettings(order: number, size: number): LayoutSettings {
  const theta = order < 1000 ? 0.6 : order < 5000 ? 0.9 : 1.2;
  return {
    ...LAYOUT_DEFAULTS,
    barnesHutTheta: theta,
    jitterTolerance: order > 10_000 ? 2 : 1,
    outboundAttractionDistribution: size > 2 * order,
  };
}

/** The mutable state of a running layout: positions, forces, edges and the quadtree buffers. */
export interface LayoutState {
  readonly order: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly mass: Float64Array;
  readonly dx: Float64Array;
  readonly dy: Float64Array;
  readonly oldDx: Float64Array;
  readonly oldDy: Float64Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  /** Nodes that do not move (1). */
  readonly fixed: Uint8Array;
  settings: LayoutSettings;
  speed: number;
  speedEfficiency: number;
  iterations: number;
  tree: QuadTree;
  /** Nodes in Morton (Z-curve) order of their positions: inserting and visiting them in that order keeps the
   * quadtree walk in the CPU cache (about 30% faster at 50k nodes). */
  readonly visit: Uint32Array;
}

/** Quadtree cells in parallel typed arrays; children of a cell are four consecutive cells starting at `child`. */
interface QuadTree {
  capacity: number;
  count: number;
  /** Node index held by a leaf, -1 when empty, -2 for an internal cell. */
  body: Int32Array;
  child: Int32Array;
  mass: Float64Array;
  /** Mass-weighted sums of positions while building, centres of mass once built. */
  mx: Float64Array;
  my: Float64Array;
  /** Cell centre and half width. */
  cx: Float64Array;
  cy: Float64Array;
  half: Float64Array;
  /** Per cell, centre of mass and (2 * half width)^2, packed for the walk: [x, y, size^2, mass] (4 per cell). */
  walk: Float32Array;
}

function createTree(capacity: number): QuadTree {
  return {
    capacity,
    count: 0,
    body: new Int32Array(capacity),
    child: new Int32Array(capacity),
    mass: new Float64Array(capacity),
    mx: new Float64Array(capacity),
    my: new Float64Array(capacity),
    cx: new Float64Array(capacity),
    cy: new Float64Array(capacity),
    half: new Float64Array(capacity),
    walk: new Float32Array(capacity * 4),
  };
}

function growTree(tree: QuadTree): void {
  const bigger = createTree(tree.capacity * 2);
  for (const key of ['body', 'child', 'mass', 'mx', 'my', 'cx', 'cy', 'half'] as const) (bigger[key] as Float64Array | Int32Array).set(tree[key] as never);
  // `walk` is filled after the build
  bigger.count = tree.count;
  Object.assign(tree, bigger);
}

/**
 * Creates a layout state. `x`/`y` are the start positions (copied), `edges` pairs of node indices with optional
 * weights; `mass` defaults to degree + 1 as in ForceAtlas2.
 */
export function createLayoutState(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
  settings: LayoutSettings,
  weight?: ArrayLike<number>,
): LayoutState {
  const order = x.length;
  const size = source.length;
  const mass = new Float64Array(order).fill(1);
  for (let e = 0; e < size; e++) {
    mass[source[e]!]! += 1;
    mass[target[e]!]! += 1;
  }
  const w = new Float64Array(size);
  for (let e = 0; e < size; e++) w[e] = weight ? Math.pow(weight[e]!, settings.edgeWeightInfluence) : 1;
  return {
    order,
    x: Float64Array.from(x),
    y: Float64Array.from(y),
    mass,
    dx: new Float64Array(order),
    dy: new Float64Array(order),
    oldDx: new Float64Array(order),
    oldDy: new Float64Array(order),
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: w,
    fixed: new Uint8Array(order),
    settings,
    speed: 1,
    speedEfficiency: 1,
    iterations: 0,
    tree: createTree(Math.max(64, order * 4)),
    visit: Uint32Array.from({ length: order }, (_v, i) => i),
  };
}

const MAX_DEPTH = 48;

/** Spreads the 16 low bits of v to the even bits. */
function spread(v: number): number {
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  return (v | (v << 1)) & 0x55555555;
}

/** Sorts s.visit by the Morton code of each node in the box (two 16-bit radix passes). */
function sortByMorton(s: LayoutState, minX: number, minY: number, span: number): void {
  const { x, y, order } = s;
  const keys = new Uint32Array(order);
  const scale = 65535 / span;
  for (let i = 0; i < order; i++) keys[i] = (spread(Math.floor((x[i]! - minX) * scale)) | (spread(Math.floor((y[i]! - minY) * scale)) << 1)) >>> 0;
  let from = Uint32Array.from({ length: order }, (_v, i) => i);
  let to = new Uint32Array(order);
  const counts = new Uint32Array(65536);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < order; i++) counts[(keys[from[i]!]! >>> shift) & 0xffff]!++;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < order; i++) {
      const node = from[i]!;
      to[counts[(keys[node]! >>> shift) & 0xffff]!++] = node;
    }
    [from, to] = [to, from];
  }
  s.visit.set(from);
}

/** Builds the Barnes-Hut quadtree of the current positions. */
function buildTree(s: LayoutState): void {
  const { x, y, mass, order } = s;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < order; i++) {
    if (x[i]! < minX) minX = x[i]!;
    if (x[i]! > maxX) maxX = x[i]!;
    if (y[i]! < minY) minY = y[i]!;
    if (y[i]! > maxY) maxY = y[i]!;
  }
  const t = s.tree;
  t.count = 1;
  t.body[0] = -1;
  t.child[0] = -1;
  t.mass[0] = 0;
  t.mx[0] = 0;
  t.my[0] = 0;
  t.cx[0] = (minX + maxX) / 2;
  t.cy[0] = (minY + maxY) / 2;
  t.half[0] = Math.max(maxX - minX, maxY - minY, 1e-9) / 2 + 1e-9;
  if (order > 2000 && s.iterations % 5 === 0) sortByMorton(s, minX, minY, 2 * t.half[0]);

  for (let k = 0; k < order; k++) {
    const i = s.visit[k]!;
    const px = x[i]!;
    const py = y[i]!;
    const m = mass[i]!;
    let cell = 0;
    for (let depth = 0; ; depth++) {
      const body = s.tree.body[cell]!;
      if (body === -2) {
        // Internal: add the mass and descend
        const tr = s.tree;
        tr.mass[cell]! += m;
        tr.mx[cell]! += m * px;
        tr.my[cell]! += m * py;
        cell = tr.child[cell]! + (px >= tr.cx[cell]! ? 1 : 0) + (py >= tr.cy[cell]! ? 2 : 0);
        continue;
      }
      if (body === -1) {
        const tr = s.tree;
        tr.body[cell] = i;
        tr.mass[cell] = m;
        tr.mx[cell] = m * px;
        tr.my[cell] = m * py;
        break;
      }
      if (depth >= MAX_DEPTH) {
        // Points at (almost) the same place: the leaf keeps its first body and carries the combined mass
        const tr = s.tree;
        tr.mass[cell]! += m;
        tr.mx[cell]! += m * px;
        tr.my[cell]! += m * py;
        break;
      }
      // Occupied leaf: split it into four children and push its body down, then go on with this one
      if (s.tree.count + 4 > s.tree.capacity) growTree(s.tree);
      const tr = s.tree;
      const first = tr.count;
      tr.count += 4;
      const h = tr.half[cell]! / 2;
      for (let k = 0; k < 4; k++) {
        const c = first + k;
        tr.body[c] = -1;
        tr.child[c] = -1;
        tr.mass[c] = 0;
        tr.mx[c] = 0;
        tr.my[c] = 0;
        tr.cx[c] = tr.cx[cell]! + (k & 1 ? h : -h);
        tr.cy[c] = tr.cy[cell]! + (k & 2 ? h : -h);
        tr.half[c] = h;
      }
      const old = body;
      const oldMass = tr.mass[cell]!;
      const ox = tr.mx[cell]! / oldMass;
      const oy = tr.my[cell]! / oldMass;
      const into = first + (ox >= tr.cx[cell]! ? 1 : 0) + (oy >= tr.cy[cell]! ? 2 : 0);
      tr.body[into] = old;
      tr.mass[into] = oldMass;
      tr.mx[into] = tr.mx[cell]!;
      tr.my[into] = tr.my[cell]!;
      tr.body[cell] = -2;
      tr.child[cell] = first;
      // Loop again on the same cell, now internal
      depth--;
    }
  }
  // Sums -> centres of mass, packed with the squared cell size and the mass for a cache-friendly walk
  const t2 = s.tree;
  const walk = t2.walk;
  for (let c = 0; c < t2.count; c++) {
    const m = t2.mass[c]!;
    if (m > 0) {
      t2.mx[c] = t2.mx[c]! / m;
      t2.my[c] = t2.my[c]! / m;
    }
    walk[4 * c] = t2.mx[c]!;
    walk[4 * c + 1] = t2.my[c]!;
    walk[4 * c + 2] = 4 * t2.half[c]! * t2.half[c]!;
    walk[4 * c + 3] = m;
  }
}

/** Adds the repulsion every node feels (Barnes-Hut approximation, exact when theta is 0) to dx/dy. */
function applyRepulsion(s: LayoutState, stack: Int32Array): void {
  const { x, y, mass, dx, dy, order } = s;
  const t = s.tree;
  const kr = s.settings.scalingRatio;
  const theta2 = s.settings.barnesHutTheta * s.settings.barnesHutTheta;
  for (let k = 0; k < order; k++) {
    const i = s.visit[k]!;
    const px = x[i]!;
    const py = y[i]!;
    const mi = mass[i]!;
    let fx = 0;
    let fy = 0;
    let top = 0;
    stack[top++] = 0;
    const walk = t.walk;
    while (top > 0) {
      const cell = stack[--top]!;
      const w = 4 * cell;
      const m = walk[w + 3]!;
      if (m === 0) continue;
      const body = t.body[cell]!;
      if (body === i) {
        // This node's own leaf (possibly shared with coincident nodes): repel only the others' mass
        continue;
      }
      const ux = px - walk[w]!;
      const uy = py - walk[w + 1]!;
      const d2 = ux * ux + uy * uy;
      if (body >= 0 || walk[w + 2]! < theta2 * d2) {
        if (d2 > 0) {
          const f = (kr * mi * m) / d2;
          fx += ux * f;
          fy += uy * f;
        }
        continue;
      }
      const c = t.child[cell]!;
      if (top + 4 > stack.length) throw new Error('kg/enrich: layout quadtree deeper than its stack');
      stack[top++] = c;
      stack[top++] = c + 1;
      stack[top++] = c + 2;
      stack[top++] = c + 3;
    }
    dx[i]! += fx;
    dy[i]! += fy;
  }
}

/** Runs one ForceAtlas2 iteration in place. */
export function stepLayout(s: LayoutState, stack = new Int32Array(4 * MAX_DEPTH + 8)): void {
  const { x, y, mass, dx, dy, oldDx, oldDy, source, target, weight, order, fixed } = s;
  const set = s.settings;
  for (let i = 0; i < order; i++) {
    oldDx[i] = dx[i]!;
    oldDy[i] = dy[i]!;
    dx[i] = 0;
    dy[i] = 0;
  }

  // Repulsion
  if (order > 1) {
    buildTree(s);
    applyRepulsion(s, stack);
  }

  // Gravity
  const kg = set.gravity;
  for (let i = 0; i < order; i++) {
    const d = Math.sqrt(x[i]! * x[i]! + y[i]! * y[i]!);
    if (d === 0) continue;
    const f = set.strongGravityMode ? set.scalingRatio * mass[i]! * kg : (set.scalingRatio * mass[i]! * kg) / d;
    dx[i]! -= x[i]! * f;
    dy[i]! -= y[i]! * f;
  }

  // Attraction along edges
  let coefficient = 1;
  if (set.outboundAttractionDistribution) {
    let total = 0;
    for (let i = 0; i < order; i++) total += mass[i]!;
    coefficient = total / Math.max(1, order);
  }
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    if (a === b) continue;
    const ux = x[a]! - x[b]!;
    const uy = y[a]! - y[b]!;
    let f = -weight[e]! * (set.outboundAttractionDistribution ? coefficient / mass[a]! : 1);
    if (set.linLogMode) {
      const d = Math.sqrt(ux * ux + uy * uy);
      if (d === 0) continue;
      f *= Math.log1p(d) / d;
    }
    dx[a]! += ux * f;
    dy[a]! += uy * f;
    dx[b]! -= ux * f;
    dy[b]! -= uy * f;
  }

  // Adaptive global speed (Gephi's: swinging vs traction)
  let swinging = 0;
  let traction = 0;
  for (let i = 0; i < order; i++) {
    if (fixed[i]) continue;
    const sx = oldDx[i]! - dx[i]!;
    const sy = oldDy[i]! - dy[i]!;
    const tx = oldDx[i]! + dx[i]!;
    const ty = oldDy[i]! + dy[i]!;
    swinging += mass[i]! * Math.sqrt(sx * sx + sy * sy);
    traction += (mass[i]! * Math.sqrt(tx * tx + ty * ty)) / 2;
  }
  if (swinging > 0 && traction > 0) {
    const estimated = 0.05 * Math.sqrt(order);
    const minJT = Math.sqrt(estimated);
    const maxJT = 10;
    let jt = set.jitterTolerance * Math.max(minJT, Math.min(maxJT, (estimated * traction) / (order * order)));
    const minSpeedEfficiency = 0.05;
    if (swinging / traction > 2) {
      if (s.speedEfficiency > minSpeedEfficiency) s.speedEfficiency *= 0.5;
      jt = Math.max(jt, set.jitterTolerance);
    }
    const targetSpeed = (jt * s.speedEfficiency * traction) / swinging;
    if (swinging > jt * traction) {
      if (s.speedEfficiency > minSpeedEfficiency) s.speedEfficiency *= 0.7;
    } else if (s.speed < 1000) {
      s.speedEfficiency *= 1.3;
    }
    s.speed += Math.min(targetSpeed - s.speed, 0.5 * s.speed);
  }

  // Moving the nodes
  const speed = s.speed;
  for (let i = 0; i < order; i++) {
    if (fixed[i]) continue;
    const sx = oldDx[i]! - dx[i]!;
    const sy = oldDy[i]! - dy[i]!;
    const nodeSwinging = mass[i]! * Math.sqrt(sx * sx + sy * sy);
    let factor = speed / (1 + Math.sqrt(speed * nodeSwinging));
    // Never jump further than 10 units times the node's own force scale in one step
    const force = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!);
    if (force * factor > 10 * Math.sqrt(mass[i]!) + 10) factor = (10 * Math.sqrt(mass[i]!) + 10) / force;
    x[i]! += dx[i]! * factor;
    y[i]! += dy[i]! * factor;
  }
  s.iterations++;
}

/** Runs `iterations` steps. */
export function runLayout(s: LayoutState, iterations: number): void {
  const stack = new Int32Array(4 * MAX_DEPTH + 8);
  for (let k = 0; k < iterations; k++) stepLayout(s, stack);
}
