// kg/viewer: the sigma renderer and everything drawn on it: colours by type or community, sizes, parallel-edge
// curves, filter visibility (applied as a partial redraw of what changed, never a reprocess of the graph), hover,
// selection and path highlighting, labels chosen by importance without overlaps, edge hover/click, and layout
// positions drawn in bulk within a per-frame budget. Does not build panels or controls. `kill()` unbinds all.
import Sigma from 'sigma';
import { EdgeArrowProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EntityAttributes, RelationAttributes } from '../model/index.js';
import { FAMILY_COLORS, computeColors, computeCurvatures, computeSizes } from './appearance.js';
import { CompactEdgeLineProgram } from './compact-edge-program.js';
import { visibilityChanges } from './filters.js';
import type { GraphIndex } from './graph-index.js';
import { cut, displayName } from './sanitize-graph.js';
import type { CameraView, ColorMode, SizeMode, Visibility } from './types.js';

const DIM_NODE = '#e3e6ea';
const DIM_EDGE = '#eef0f3';
const EDGE_COLOR = '#c3c9d2';
const CO_MENTION_COLOR = '#e1e4e8';
const PATH_COLOR = '#1f6feb';
const SELECTED_COLOR = '#1f2328';
/**
 * Above this many edges (or BIG_NODES nodes) the graph is "big": nodes are GL points, edges thin lines without
 * arrows or curves, and edge hover picking, edge labels and z-ordering are off (each costs per-frame or
 * full-refresh work).
 */
const EDGE_EVENTS_LIMIT = 20_000;
const BIG_NODES = 10_000;
/** Camera ratio under which edge labels show without hovering. */
const EDGE_LABEL_ZOOM = 0.45;
/** Labels on the canvas are cut to this many characters. */
export const LABEL_MAX = 32;
/** At most this many labels are drawn, chosen among at most LABEL_CANDIDATES nodes, most important first. */
const LABEL_LIMIT = 300;
/** Big graphs draw fewer labels (each costs a text draw on the canvas every frame). */
const BIG_LABEL_LIMIT = 120;
const LABEL_CANDIDATES = 6000;
/**
 * Big graphs draw at most this many relations at once: those of the most important entities in view (chosen
 * again when the camera stops and when filters change). Software rendering spends ~4 us per drawn line, so 200k
 * lines cost half a second per frame; and 200k lines in 1280x800 pixels are a solid grey anyway.
 */
export const EDGE_BUDGET = 12_000;
/** Main-thread milliseconds per frame spent redrawing layout positions on big graphs. */
const FRAME_BUDGET_MS = 40;
const LABEL_FONT = 'Inter, "Segoe UI", system-ui, sans-serif';
const LABEL_SIZE = 13;

export interface GraphViewOptions {
  sizeBy: SizeMode;
  colorBy: ColorMode;
  visibility: Visibility;
  /** Draw nodes as GL points whatever the size (big graphs always are). */
  points?: boolean;
  /** Start with edges hidden (a big graph about to be laid out: its placeholder positions make long lines). */
  suspendEdges?: boolean;
  onClickNode: (node: string) => void;
  onClickEdge: (edge: string) => void;
  onClickStage: () => void;
  onHoverEdge: (edge: string | undefined, x: number, y: number) => void;
  onCameraChange: (camera: CameraView) => void;
}

/** A label's box on screen (for tests and collision checks). */
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class GraphView {
  readonly renderer: Sigma<EntityAttributes, RelationAttributes>;
  readonly bigGraph: boolean;
  private readonly points: boolean;
  private sizes: Float32Array;
  private colors: string[];
  private readonly labels: string[];
  private readonly labelWidths: Float32Array;
  private readonly labelled: Uint8Array;
  private boxes: LabelBox[] = [];
  private readonly curvatures: Map<string, number>;
  private visibility: Visibility;
  private hovered: string | undefined;
  private hoveredEdge: string | undefined;
  private neighbors = new Set<string>();
  private selected: string | undefined;
  private selectedEdge: string | undefined;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private zoomedIn = false;
  private edgesSuspended = false;
  private labelTimer: number | undefined;
  private pendingPositions: { x: Float32Array; y: Float32Array; cursor: number } | undefined;
  private positionFrame: number | undefined;
  private suspendCursor = -1;
  private cameraTouched = false;
  private readonly nodeProgramType: string;
  /** Big graphs: which edges are drawn (the EDGE_BUDGET level of detail); all ones otherwise. */
  private readonly drawn: Uint8Array;
  private drawnCount = 0;
  /** Edge indices by importance of their ends, most important first (for the level of detail). */
  private edgeOrder: Uint32Array | undefined;

  constructor(
    container: HTMLElement,
    private readonly index: GraphIndex,
    private readonly options: GraphViewOptions,
  ) {
    const graph = index.graph;
    this.sizes = computeSizes(index, options.sizeBy);
    this.colors = computeColors(index, options.colorBy);
    this.labels = index.nodes.map((n) => cut(displayName(graph.getNodeAttribute(n, 'label'), 1000), LABEL_MAX));
    this.labelWidths = measureLabels(this.labels);
    this.labelled = new Uint8Array(index.nodes.length);
    this.visibility = options.visibility;
    this.bigGraph = graph.size > EDGE_EVENTS_LIMIT || graph.order > BIG_NODES;
    this.points = this.bigGraph || options.points === true;
    this.nodeProgramType = this.points ? 'point' : 'circle';
    this.curvatures = this.bigGraph ? new Map() : computeCurvatures(graph);
    this.edgesSuspended = options.suspendEdges === true && this.bigGraph;
    this.drawn = new Uint8Array(index.edges.length);
    if (this.bigGraph) this.selectEdges(false);
    else this.drawn.fill(1);
    this.renderer = new Sigma<EntityAttributes, RelationAttributes>(graph, container, {
      defaultEdgeType: 'straight',
      // Big graphs: one vertex per node (GL points) instead of a triangle, a third of the vertex work per frame
      defaultNodeType: this.nodeProgramType,
      nodeProgramClasses: { point: NodePointProgram },
      edgeProgramClasses: {
        straight: (this.bigGraph ? CompactEdgeLineProgram : EdgeArrowProgram) as unknown as EdgeProgramType<EntityAttributes, RelationAttributes>,
        curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<EntityAttributes, RelationAttributes>,
      },
      renderEdgeLabels: !this.bigGraph,
      // Edges are hit-tested geometrically (edgeAt): sigma's picking texture misses 1-pixel lines
      enableEdgeEvents: false,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      // Labels are chosen here (chooseLabels) and forced; sigma's own grid picks none
      labelDensity: 0,
      labelRenderedSizeThreshold: 0,
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: '500',
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#57606a' },
      zIndex: !this.bigGraph,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.bind();
    // Big graphs: no picking pass (it draws every node a second time per frame); nodeAt hit-tests instead
    if (this.bigGraph) this.setNodePicking(false);
    this.scheduleLabels(0);
  }

  // Reducers: attributes -> display data. They return fresh objects so the graph's `type` never reaches sigma.
  private reduceNode(node: string, a: EntityAttributes): Partial<NodeDisplayData> {
    const i = this.index.nodeIndex.get(node)!;
    const out: Partial<NodeDisplayData> = {
      x: a.x ?? 0,
      y: a.y ?? 0,
      size: this.sizes[i]!,
      color: this.colors[i]!,
      label: this.labels[i]!,
      hidden: this.visibility.nodeHidden[i] === 1,
      forceLabel: this.labelled[i] === 1,
      zIndex: 1,
      type: this.nodeProgramType,
    };
    // Big graphs do not dim on hover: that would reprocess every node; they only emphasise the neighbourhood
    const focus = this.bigGraph ? undefined : this.hovered;
    if (this.pathNodes.size > 0) {
      if (this.pathNodes.has(node)) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3, hidden: false });
      else if (!focus) Object.assign(out, { color: DIM_NODE, forceLabel: false, zIndex: 0 });
    }
    if (focus) {
      if (node === focus || this.neighbors.has(node)) Object.assign(out, { forceLabel: true, zIndex: 3 });
      else Object.assign(out, { color: DIM_NODE, forceLabel: false, label: '', zIndex: 0 });
    } else if (this.hovered && (node === this.hovered || this.neighbors.has(node))) {
      out.forceLabel = true;
    }
    if (node === this.selected) {
      Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 4, hidden: false });
      // Points have no outline: selection shows as a bigger, dark point
      if (this.points) Object.assign(out, { size: Math.max(out.size! * 2.5, 8), color: SELECTED_COLOR });
    }
    return out;
  }

  private reduceEdge(edge: string, a: RelationAttributes): Partial<EdgeDisplayData> {
    const e = this.index.edgeIndex.get(edge)!;
    const curvature = this.curvatures.get(edge);
    const type = curvature === undefined ? 'straight' : 'curved';
    // Fast path: most edges of a big graph are not drawn (filters or level of detail)
    if ((this.visibility.edgeHidden[e] === 1 || this.drawn[e] === 0 || this.edgesSuspended) && !this.pathEdges.has(edge) && edge !== this.selectedEdge) {
      return { hidden: true, type, zIndex: 1 };
    }
    const family = this.index.families[this.index.family[e]!]!;
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      type,
      color: a.type === 'co_mentioned' ? CO_MENTION_COLOR : (family && FAMILY_COLORS[family]) || EDGE_COLOR,
      size: 1 + Math.min(3, Math.log1p(Math.max(0, (a.weight ?? 1) - 1))),
      label: this.zoomedIn ? cut(displayName(a.label), LABEL_MAX) : '',
      hidden: this.visibility.edgeHidden[e] === 1 || this.drawn[e] === 0 || this.edgesSuspended,
      zIndex: 1,
    };
    if (curvature !== undefined) out.curvature = curvature;
    if (this.pathEdges.size > 0) {
      if (this.pathEdges.has(edge)) Object.assign(out, { color: PATH_COLOR, size: 3, label: displayName(a.label), forceLabel: true, zIndex: 3, hidden: false });
      else if (!this.hovered) out.color = DIM_EDGE;
    }
    if (this.hovered || this.selected) {
      const s = this.index.nodes[this.index.source[e]!]!;
      const t = this.index.nodes[this.index.target[e]!]!;
      if (this.hovered) {
        if (s === this.hovered || t === this.hovered) Object.assign(out, { color: '#8c959f', label: displayName(a.label), forceLabel: true, zIndex: 2 });
        else if (!this.bigGraph) out.hidden = true;
      } else if ((s === this.selected || t === this.selected) && !out.hidden) {
        Object.assign(out, { color: '#8c959f', zIndex: 2 });
      }
    }
    if (edge === this.hoveredEdge || edge === this.selectedEdge) Object.assign(out, { label: displayName(a.label), forceLabel: true, color: '#57606a', size: Math.max(out.size!, 2.5), zIndex: 3 });
    return out;
  }

  private bind(): void {
    const r = this.renderer;
    r.on('enterNode', ({ node }) => this.setHovered(node));
    r.on('leaveNode', () => this.setHovered(undefined));
    r.on('clickNode', ({ node }) => this.options.onClickNode(node));
    r.on('clickStage', ({ event }) => {
      // The end of a drag is no click
      if (performance.now() - this.panEnded < 300) return;
      // Big graphs have no picking pass: nodes are hit-tested here too
      const node = this.bigGraph ? this.nodeAt(event.x, event.y) : undefined;
      if (node) return this.options.onClickNode(node);
      const edge = this.edgeAt(event.x, event.y);
      if (edge) this.options.onClickEdge(edge);
      else this.options.onClickStage();
    });
    // Hover: edges on small graphs, nodes on big ones (no picking pass), once per frame at most
    let moveFrame: number | undefined;
    r.on('moveBody', ({ event }) => {
      if (moveFrame !== undefined) return;
      const { x, y } = event;
      moveFrame = requestAnimationFrame(() => {
        moveFrame = undefined;
        if (r.getMouseCaptor().isMouseDown) return;
        if (this.bigGraph) {
          this.setHovered(this.nodeAt(x, y));
          return;
        }
        const edge = this.hovered ? undefined : this.edgeAt(x, y);
        this.setHoveredEdge(edge, x, y);
      });
    });
    r.getCamera().on('updated', this.handleCamera);
    if (this.bigGraph)
      this.unbindPan = panByTransform(r, () => {
        this.cameraTouched = true;
        this.panEnded = performance.now();
      });
    r.getMouseCaptor().on('mousedown', this.touchCamera);
    r.getMouseCaptor().on('wheel', this.touchCamera);
  }

  private readonly touchCamera = (): void => {
    this.cameraTouched = true;
  };

  private readonly handleCamera = (state: { x: number; y: number; ratio: number }): void => {
    this.hitGrid = undefined;
    this.options.onCameraChange({ x: state.x, y: state.y, ratio: state.ratio });
    const zoomedIn = !this.bigGraph && state.ratio < EDGE_LABEL_ZOOM;
    if (zoomedIn !== this.zoomedIn) {
      this.zoomedIn = zoomedIn;
      this.partialRefresh({ edges: this.index.edges }, true);
    }
    this.scheduleLabels(150, true);
  };

  /**
   * Redraws some nodes and edges. When a full refresh is pending (sigma rebuilds its program indices at the next
   * frame, and a partial update in between would find none), the full refresh is scheduled again instead.
   */
  private partialRefresh(partialGraph: { nodes?: string[]; edges?: string[] }, schedule: boolean): void {
    if ((this.renderer as unknown as { needToProcess: boolean }).needToProcess) this.renderer.refresh({ schedule: true });
    else this.renderer.refresh({ partialGraph, skipIndexation: true, schedule });
  }

  private setHoveredEdge(edge: string | undefined, x: number, y: number): void {
    if (edge === this.hoveredEdge) {
      if (edge) this.options.onHoverEdge(edge, x, y);
      return;
    }
    const changed = [this.hoveredEdge, edge].filter((e): e is string => e !== undefined);
    this.hoveredEdge = edge;
    this.partialRefresh({ edges: changed }, true);
    this.options.onHoverEdge(edge, x, y);
  }

  private hitGrid: { cells: Map<number, number[]>; x: Float32Array; y: Float32Array; r: Float32Array } | undefined;
  private static readonly HIT_CELL = 24;

  /**
   * The visible node under a viewport point (big graphs, which skip sigma's picking pass): a grid of node screen
   * positions, built on first use after the camera, the filters or the positions changed.
   */
  nodeAt(x: number, y: number): string | undefined {
    const r = this.renderer;
    const cell = GraphView.HIT_CELL;
    if (!this.hitGrid) {
      const n = this.index.nodes.length;
      const px = new Float32Array(n);
      const py = new Float32Array(n);
      const pr = new Float32Array(n);
      const cells = new Map<number, number[]>();
      const { width, height } = r.getDimensions();
      for (let i = 0; i < n; i++) {
        if (this.visibility.nodeHidden[i]) continue;
        const data = r.getNodeDisplayData(this.index.nodes[i]!);
        if (!data || data.hidden) continue;
        const p = r.framedGraphToViewport(data);
        if (p.x < -20 || p.y < -20 || p.x > width + 20 || p.y > height + 20) continue;
        px[i] = p.x;
        py[i] = p.y;
        pr[i] = Math.max(3, r.scaleSize(data.size));
        const key = Math.floor(p.y / cell) * 100_000 + Math.floor(p.x / cell);
        const list = cells.get(key);
        if (list) list.push(i);
        else cells.set(key, [i]);
      }
      this.hitGrid = { cells, x: px, y: py, r: pr };
    }
    const g = this.hitGrid;
    let best: number | undefined;
    let bestD = Infinity;
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const i of g.cells.get((cy + dy) * 100_000 + cx + dx) ?? []) {
          const d = Math.hypot(g.x[i]! - x, g.y[i]! - y);
          if (d <= g.r[i]! + 2 && d < bestD) {
            bestD = d;
            best = i;
          }
        }
    return best === undefined ? undefined : this.index.nodes[best];
  }

  /** The visible edge nearest to a viewport point, within `tolerance` pixels of its line (nodes take precedence). */
  edgeAt(x: number, y: number, tolerance = 5): string | undefined {
    const r = this.renderer;
    const n = this.index.nodes.length;
    const px = new Float32Array(n);
    const py = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      if (this.visibility.nodeHidden[i]) continue;
      const data = r.getNodeDisplayData(this.index.nodes[i]!);
      if (!data) continue;
      const p = r.framedGraphToViewport(data);
      px[i] = p.x;
      py[i] = p.y;
    }
    let best: string | undefined;
    let bestD = tolerance;
    const { source, target } = this.index;
    for (let e = 0; e < source.length; e++) {
      if (this.visibility.edgeHidden[e] || this.edgesSuspended) continue;
      const ax = px[source[e]!]!, ay = py[source[e]!]!, bx = px[target[e]!]!, by = py[target[e]!]!;
      // Quick reject by bounding box
      if (x < Math.min(ax, bx) - tolerance || x > Math.max(ax, bx) + tolerance || y < Math.min(ay, by) - tolerance || y > Math.max(ay, by) + tolerance) continue;
      const dx = bx - ax, dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      const d = Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
      if (d < bestD) {
        bestD = d;
        best = this.index.edges[e]!;
      }
    }
    return best;
  }

  private setHovered(node: string | undefined): void {
    // Dragging across nodes is panning, not hovering
    if (node && this.renderer.getMouseCaptor().isMouseDown) return;
    if (node === this.hovered) return;
    const previous = this.hovered;
    this.hovered = node;
    const before = this.neighbors;
    this.neighbors = node ? new Set(this.index.graph.neighbors(node)) : new Set();
    if (!this.bigGraph) {
      // Small graphs: a full refresh, so the z-order puts the neighbourhood on top
      this.renderer.scheduleRefresh();
      return;
    }
    // Big graphs: repaint only the old and new neighbourhoods
    const nodes = new Set<string>([...before, ...this.neighbors]);
    if (previous) nodes.add(previous);
    if (node) nodes.add(node);
    const edges = new Set<string>();
    for (const n of [previous, node]) if (n && this.index.graph.hasNode(n)) for (const e of this.index.graph.edges(n)) edges.add(e);
    this.partialRefresh({ nodes: [...nodes], edges: [...edges] }, true);
  }

  // Labels: most important first, skipping any whose box would overlap one already placed
  private scheduleLabels(delay: number, edgesToo = false): void {
    if (this.labelTimer !== undefined) clearTimeout(this.labelTimer);
    this.edgesDue ||= edgesToo;
    this.labelTimer = window.setTimeout(() => {
      this.labelTimer = undefined;
      if (this.edgesDue && this.bigGraph && !this.edgesSuspended) this.selectEdges(true);
      this.edgesDue = false;
      this.chooseLabels();
    }, delay);
  }

  private edgesDue = false;

  /**
   * Level of detail for big graphs: draws the EDGE_BUDGET visible relations with an end in view whose ends matter
   * most, and redraws those whose state changed (when `redraw`). Returns the changed edge keys.
   */
  private selectEdges(redraw: boolean): string[] {
    const { source, target, importance } = this.index;
    const m = source.length;
    if (!this.edgeOrder) {
      const score = new Float64Array(m);
      for (let e = 0; e < m; e++) score[e] = importance[source[e]!]! + importance[target[e]!]!;
      this.edgeOrder = Uint32Array.from({ length: m }, (_v, e) => e).sort((a, b) => score[b]! - score[a]! || a - b);
    }
    // Which nodes are in view (with a margin), from the renderer when it exists
    const n = this.index.nodes.length;
    const inView = new Uint8Array(n).fill(1);
    const r = this.renderer as Sigma<EntityAttributes, RelationAttributes> | undefined;
    if (r) {
      const { width, height } = r.getDimensions();
      const mx = width * 0.1;
      const my = height * 0.1;
      for (let i = 0; i < n; i++) {
        const data = r.getNodeDisplayData(this.index.nodes[i]!);
        if (!data) continue;
        const p = r.framedGraphToViewport(data);
        inView[i] = p.x >= -mx && p.x <= width + mx && p.y >= -my && p.y <= height + my ? 1 : 0;
      }
    }
    const next = new Uint8Array(m);
    let count = 0;
    for (let k = 0; k < m && count < EDGE_BUDGET; k++) {
      const e = this.edgeOrder[k]!;
      if (this.visibility.edgeHidden[e] || (!inView[source[e]!] && !inView[target[e]!])) continue;
      next[e] = 1;
      count++;
    }
    const changed: string[] = [];
    for (let e = 0; e < m; e++) if (next[e] !== this.drawn[e]) changed.push(this.index.edges[e]!);
    this.drawn.set(next);
    this.drawnCount = count;
    if (redraw && changed.length) this.partialRefresh({ edges: changed }, true);
    return changed;
  }

  /** How many relations are drawn now (big graphs draw at most EDGE_BUDGET). */
  drawnEdgeCount(): number {
    if (!this.bigGraph) return this.visibility.visibleEdges;
    return this.edgesSuspended ? 0 : this.drawnCount;
  }

  private chooseLabels(): void {
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    const cell = 120;
    const grid = new Map<number, LabelBox[]>();
    const key = (cx: number, cy: number): number => cy * 4096 + cx;
    const boxes: LabelBox[] = [];
    const next = new Uint8Array(this.labelled.length);
    const order = this.index.byImportance;
    let examined = 0;
    const limit = this.bigGraph ? BIG_LABEL_LIMIT : LABEL_LIMIT;
    for (let k = 0; k < order.length && boxes.length < limit && examined < LABEL_CANDIDATES; k++) {
      const i = order[k]!;
      if (this.visibility.nodeHidden[i] || !this.labels[i]) continue;
      const data = r.getNodeDisplayData(this.index.nodes[i]!);
      if (!data) continue;
      examined++;
      const p = r.framedGraphToViewport(data);
      const size = r.scaleSize(data.size);
      const box = { x: p.x + size + 1, y: p.y - LABEL_SIZE / 2 - 3, w: this.labelWidths[i]! + 6, h: LABEL_SIZE + 6 };
      if (box.x + box.w < 0 || box.x > width || box.y + box.h < 0 || box.y > height) continue;
      const x0 = Math.max(0, Math.floor(box.x / cell));
      const x1 = Math.max(0, Math.floor((box.x + box.w) / cell));
      const y0 = Math.max(0, Math.floor(box.y / cell));
      const y1 = Math.max(0, Math.floor((box.y + box.h) / cell));
      let free = true;
      for (let cx = x0; cx <= x1 && free; cx++)
        for (let cy = y0; cy <= y1 && free; cy++)
          for (const b of grid.get(key(cx, cy)) ?? []) {
            if (box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h) {
              free = false;
              break;
            }
          }
      if (!free) continue;
      for (let cx = x0; cx <= x1; cx++)
        for (let cy = y0; cy <= y1; cy++) {
          const list = grid.get(key(cx, cy));
          if (list) list.push(box);
          else grid.set(key(cx, cy), [box]);
        }
      boxes.push(box);
      next[i] = 1;
    }
    const changed: string[] = [];
    for (let i = 0; i < next.length; i++) if (next[i] !== this.labelled[i]) changed.push(this.index.nodes[i]!);
    this.labelled.set(next);
    this.boxes = boxes;
    if (changed.length) this.partialRefresh({ nodes: changed }, true);
  }

  /** The boxes of the labels chosen last (viewport pixels). */
  labelBoxes(): LabelBox[] {
    return this.boxes.map((b) => ({ ...b }));
  }

  /** Applies new filter results: only nodes and edges whose visibility changed are redrawn. */
  setVisibility(visibility: Visibility): void {
    this.hitGrid = undefined;
    const changes = visibilityChanges(this.index, this.visibility, visibility);
    this.visibility = visibility;
    if (this.bigGraph) {
      // Only edges whose drawn state changes are redrawn (at most twice the budget)
      const drawnBefore = new Set<string>();
      const edgeChanges = this.selectEdges(false);
      for (const e of edgeChanges) drawnBefore.add(e);
      changes.edges = edgeChanges;
    }
    // Drawn at the next frame: a synchronous draw here would make the input handler wait for the rasterizer
    if (changes.nodes.length || changes.edges.length) this.partialRefresh(changes, true);
    this.scheduleLabels(0);
  }

  /** Switches node sizes between degree and pagerank. */
  setSizeMode(mode: SizeMode): void {
    this.sizes = computeSizes(this.index, mode);
    this.renderer.refresh();
    this.scheduleLabels(0);
  }

  /** Switches node colours between entity type and community. */
  setColorMode(mode: ColorMode): void {
    this.colors = computeColors(this.index, mode);
    this.partialRefresh({ nodes: this.index.nodes }, false);
  }

  setSelected(node: string | undefined): void {
    if (node === this.selected) return;
    const changed = [this.selected, node].filter((n): n is string => n !== undefined && this.index.graph.hasNode(n));
    this.selected = node;
    // Only the two nodes and their edges change
    this.partialRefresh({ nodes: changed, edges: changed.flatMap((n) => this.index.graph.edges(n)) }, true);
  }

  setSelectedEdge(edge: string | undefined): void {
    if (edge === this.selectedEdge) return;
    const changed = [this.selectedEdge, edge].filter((e): e is string => e !== undefined && this.index.graph.hasEdge(e));
    this.selectedEdge = edge;
    this.partialRefresh({ edges: changed }, true);
  }

  /** Highlights a path (empty arrays clear it). */
  setPath(nodes: string[], edges: string[]): void {
    this.pathNodes = new Set(nodes);
    this.pathEdges = new Set(edges);
    this.partialRefresh({ nodes: this.index.nodes, edges: this.index.edges }, false);
  }

  /** Centres the camera on a node, zooming in. */
  focusNode(node: string): Promise<void> {
    const data = this.renderer.getNodeDisplayData(node);
    if (!data) return Promise.resolve();
    return this.renderer.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(this.renderer.getCamera().ratio, 0.35) }, { duration: 400 });
  }

  /** Sets the camera without animation. */
  setCamera(camera: CameraView): void {
    this.renderer.getCamera().setState(camera);
  }

  // Layout positions: written to the graph's attribute objects in bulk (no per-node graph events), then redrawn
  // as partial refreshes, a slice of nodes per frame within FRAME_BUDGET_MS; big graphs hide edges meanwhile.

  /** Called when a layout starts: big graphs stop drawing edges (their buffers would need every position). */
  beginLayout(): void {
    this.cameraTouched = false;
    if (!this.bigGraph || this.edgesSuspended) return;
    this.edgesSuspended = true;
    this.suspendCursor = 0;
    this.requestPositionFrame();
  }

  /** Queues positions (indexed like the GraphIndex) to draw; a newer set replaces one not fully drawn. */
  showPositions(x: Float32Array, y: Float32Array): void {
    this.hitGrid = undefined;
    this.pendingPositions = { x, y, cursor: 0 };
    const attrs = this.index.graph;
    // Bulk write-back: the attribute objects themselves, so the graph holds the positions without emitting events
    for (let i = 0; i < x.length; i++) {
      const a = attrs.getNodeAttributes(this.index.nodes[i]!);
      a.x = x[i]!;
      a.y = y[i]!;
    }
    this.requestPositionFrame();
  }

  /** Called when a layout ends: one full redraw with every edge at its final place. */
  endLayout(): void {
    this.pendingPositions = undefined;
    this.edgesSuspended = false;
    this.suspendCursor = -1;
    if (this.bigGraph) this.selectEdges(false);
    this.renderer.refresh();
    if (!this.cameraTouched) void this.renderer.getCamera().animatedReset({ duration: 300 });
    this.scheduleLabels(50);
  }

  /**
   * Big graphs skip sigma's picking pass (every node drawn a second time per frame, into a texture read back for
   * hovering): it costs the software rasterizer ~80 ms a frame at 50k nodes, and nodeAt answers instead. Sigma has
   * no setting for it, so its node programs' picking program is set aside (and can be put back).
   */
  private setNodePicking(on: boolean): void {
    const programs = (this.renderer as unknown as { nodePrograms: Record<string, { pickProgram: unknown; __pick?: unknown }> }).nodePrograms;
    for (const p of Object.values(programs)) {
      if (!on && p.pickProgram) {
        p.__pick = p.pickProgram;
        p.pickProgram = null;
      } else if (on && p.__pick) {
        p.pickProgram = p.__pick;
        delete p.__pick;
      }
    }
  }


  private requestPositionFrame(): void {
    if (this.positionFrame !== undefined) return;
    this.positionFrame = requestAnimationFrame(() => {
      this.positionFrame = undefined;
      this.drawPositionSlice();
    });
  }

  private drawPositionSlice(): void {
    const t0 = performance.now();
    const r = this.renderer;
    // Hiding the edges of a big graph, a slice per frame
    if (this.suspendCursor >= 0 && this.suspendCursor < this.index.edges.length) {
      // Only drawn edges need hiding
      const end = Math.min(this.index.edges.length, this.suspendCursor + 50_000);
      const edges: string[] = [];
      for (let e = this.suspendCursor; e < end; e++) if (this.drawn[e]) edges.push(this.index.edges[e]!);
      this.partialRefresh({ edges }, true);
      this.suspendCursor = end;
    }
    const p = this.pendingPositions;
    if (p) {
      const n = this.index.nodes.length;
      const slice = this.bigGraph ? 2000 : n;
      while (p.cursor < n && performance.now() - t0 < FRAME_BUDGET_MS) {
        const end = Math.min(n, p.cursor + slice);
        const nodes = this.index.nodes.slice(p.cursor, end);
        // Small graphs redraw their edges with the nodes; big ones have them hidden while the layout runs
        const edges = this.bigGraph ? [] : this.index.edges;
        this.partialRefresh({ nodes, edges }, true);
        p.cursor = end;
      }
      if (p.cursor >= n) {
        this.pendingPositions = undefined;
        if (!this.cameraTouched) this.fitCamera(p.x, p.y);
        this.scheduleLabels(300);
      }
    }
    if (this.pendingPositions || (this.suspendCursor >= 0 && this.suspendCursor < this.index.edges.length)) this.requestPositionFrame();
  }

  /** Frames the camera on the current positions (while the user has not moved it during the layout). */
  private fitCamera(x: Float32Array, y: Float32Array): void {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < x.length; i++) {
      if (this.visibility.nodeHidden[i]) continue;
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    if (!(minX <= maxX)) return;
    const normalize = (this.renderer as unknown as { normalizationFunction: (p: { x: number; y: number }) => { x: number; y: number } }).normalizationFunction;
    const a = normalize({ x: minX, y: minY });
    const b = normalize({ x: maxX, y: maxY });
    const ratio = Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y), 0.05) * 1.1;
    this.renderer.getCamera().setState({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio });
  }

  private unbindPan: (() => void) | undefined;
  private panEnded = -Infinity;

  kill(): void {
    this.unbindPan?.();
    if (this.labelTimer !== undefined) clearTimeout(this.labelTimer);
    if (this.positionFrame !== undefined) cancelAnimationFrame(this.positionFrame);
    this.renderer.getCamera().off('updated', this.handleCamera);
    this.renderer.kill();
  }
}

/** Widths of labels in the canvas font (one measuring context, cached per distinct label). */
function measureLabels(labels: string[]): Float32Array {
  const widths = new Float32Array(labels.length);
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  // Big graphs: an estimate (measuring 50k strings costs a frame or two at load)
  if (labels.length > 10_000) return Float32Array.from(labels, (l) => l.length * 8.5);
  if (ctx) ctx.font = `500 ${LABEL_SIZE}px ${LABEL_FONT}`;
  labels.forEach((label, i) => {
    let w = cache.get(label);
    if (w === undefined) {
      w = ctx ? ctx.measureText(label).width : label.length * 7.5;
      if (cache.size < 100_000) cache.set(label, w);
    }
    widths[i] = w;
  });
  return widths;
}

/**
 * Panning for big graphs (the zoom buttons and the wheel stay sigma's): while the mouse drags, the drawn picture moves as a CSS transform (the compositor
 * moves it at full frame rate, nothing is redrawn), and the camera takes the new place once on release (one
 * redraw). Redrawing 50k points per mouse move costs ~100 ms a frame in software rendering. Returns an unbind.
 */
function panByTransform(renderer: Sigma<EntityAttributes, RelationAttributes>, onPan: () => void): () => void {
  const container = renderer.getContainer();
  let start: { x: number; y: number; id: number } | undefined;
  let moved = false;
  let dx = 0;
  let dy = 0;
  const down = (e: PointerEvent): void => {
    if (e.button !== 0 || !e.isPrimary || e.pointerType !== 'mouse') return;
    // Cancelling pointerdown withholds the compatibility mouse events (down, moves, up) from sigma's mouse
    // captor, so sigma does not pan (and redraw) on every move; clicks, hover and the wheel still reach it
    e.preventDefault();
    start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    moved = false;
  };
  const move = (e: PointerEvent): void => {
    if (!start || e.pointerId !== start.id) return;
    dx = e.clientX - start.x;
    dy = e.clientY - start.y;
    if (!moved && Math.hypot(dx, dy) < 3) return;
    if (!moved) container.setPointerCapture(e.pointerId);
    moved = true;
    container.style.transform = `translate(${dx}px, ${dy}px)`;
  };
  const up = (e: PointerEvent): void => {
    if (!start || e.pointerId !== start.id) return;
    const s = start;
    start = undefined;
    if (!moved) return;
    const camera = renderer.getCamera();
    container.style.transform = '';
    const rect = container.getBoundingClientRect();
    // The graph point under the pointer when the drag started goes to where the pointer was released
    const a = renderer.viewportToFramedGraph({ x: s.x - rect.left, y: s.y - rect.top });
    const b = renderer.viewportToFramedGraph({ x: s.x - rect.left + dx, y: s.y - rect.top + dy });
    const state = camera.getState();
    camera.setState({ x: state.x + (a.x - b.x), y: state.y + (a.y - b.y) });
    onPan();
  };
  container.addEventListener('pointerdown', down);
  container.addEventListener('pointermove', move);
  container.addEventListener('pointerup', up);
  container.addEventListener('pointercancel', up);
  return () => {
    container.removeEventListener('pointerdown', down);
    container.removeEventListener('pointermove', move);
    container.removeEventListener('pointerup', up);
    container.removeEventListener('pointercancel', up);
    container.style.transform = '';
  };
}
