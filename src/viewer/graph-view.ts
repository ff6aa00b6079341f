// kg/viewer: the sigma renderer and everything drawn on it: colours by type, sizes, parallel-edge curves,
// filter visibility, hover/selection/path highlighting, edge labels on hover or zoom. Does not build any panel or
// control; those call the methods here. `kill()` unbinds what it bound.
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EntityAttributes, KgGraph, RelationAttributes } from '../model/index.js';
import { computeCurvatures, computeSizes, typeColor } from './appearance.js';
import type { CameraView, SizeMode, Visibility } from './types.js';

const DIM_NODE = '#e3e6ea';
const DIM_EDGE = '#eef0f3';
const EDGE_COLOR = '#c3c9d2';
const CO_MENTION_COLOR = '#e1e4e8';
const PATH_COLOR = '#1f6feb';
/**
 * Above this many edges (or BIG_NODES nodes) the graph is "big": nodes are GL points, edges thin lines without
 * arrows or curves, and edge hover picking, edge labels and z-ordering are off (each costs per-frame or
 * full-refresh work).
 */
const EDGE_EVENTS_LIMIT = 20_000;
const BIG_NODES = 10_000;
/** Camera ratio under which edge labels show without hovering. */
const EDGE_LABEL_ZOOM = 0.45;

export interface GraphViewOptions {
  sizeBy: SizeMode;
  visibility: Visibility;
  onClickNode: (node: string) => void;
  onClickStage: () => void;
  onCameraChange: (camera: CameraView) => void;
}

export class GraphView {
  readonly renderer: Sigma<EntityAttributes, RelationAttributes>;
  private sizes: Map<string, number>;
  private readonly curvatures: Map<string, number>;
  private visibility: Visibility;
  private hovered: string | undefined;
  private hoveredEdge: string | undefined;
  private neighbors = new Set<string>();
  private selected: string | undefined;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private zoomedIn = false;
  private readonly bigGraph: boolean;

  constructor(
    container: HTMLElement,
    private readonly graph: KgGraph,
    private readonly options: GraphViewOptions,
  ) {
    this.sizes = computeSizes(graph, options.sizeBy);
    this.visibility = options.visibility;
    this.bigGraph = graph.size > EDGE_EVENTS_LIMIT || graph.order > BIG_NODES;
    this.curvatures = this.bigGraph ? new Map() : computeCurvatures(graph);
    this.renderer = new Sigma<EntityAttributes, RelationAttributes>(graph, container, {
      defaultEdgeType: 'straight',
      // Big graphs: one vertex per node (GL points) instead of a triangle, a third of the vertex work per frame
      defaultNodeType: this.bigGraph ? 'point' : 'circle',
      nodeProgramClasses: { point: NodePointProgram },
      edgeProgramClasses: {
        straight: (this.bigGraph ? EdgeLineProgram : EdgeArrowProgram) as unknown as EdgeProgramType<EntityAttributes, RelationAttributes>,
        curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<EntityAttributes, RelationAttributes>,
      },
      renderEdgeLabels: !this.bigGraph,
      enableEdgeEvents: !this.bigGraph,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      labelRenderedSizeThreshold: 7,
      labelDensity: this.bigGraph ? 0.5 : 1,
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#57606a' },
      zIndex: !this.bigGraph,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.bind();
  }

  // Reducers: attributes -> display data. They return fresh objects so graph `type` never reaches sigma.
  private reduceNode(node: string, a: EntityAttributes): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = {
      x: a.x ?? 0,
      y: a.y ?? 0,
      size: this.sizes.get(node) ?? 3,
      color: typeColor(a.type),
      label: a.label,
      hidden: this.visibility.hiddenNodes.has(node),
      zIndex: 1,
    };
    // Big graphs do not dim on hover: that would reprocess every node; they only emphasise the neighbourhood
    const focus = this.bigGraph ? undefined : this.hovered;
    if (this.pathNodes.size > 0) {
      if (this.pathNodes.has(node)) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3, hidden: false });
      else if (!focus) Object.assign(out, { color: DIM_NODE, label: '', zIndex: 0 });
    }
    if (focus) {
      if (node === focus || this.neighbors.has(node)) Object.assign(out, { forceLabel: true, zIndex: 3 });
      else Object.assign(out, { color: DIM_NODE, label: '', zIndex: 0 });
    } else if (this.hovered && (node === this.hovered || this.neighbors.has(node))) {
      out.forceLabel = true;
    }
    if (node === this.selected) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 4 });
    return out;
  }

  private reduceEdge(edge: string, a: RelationAttributes): Partial<EdgeDisplayData> {
    const curvature = this.curvatures.get(edge);
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      type: curvature === undefined ? 'straight' : 'curved',
      color: a.type === 'co_mentioned' ? CO_MENTION_COLOR : EDGE_COLOR,
      size: 1 + Math.min(3, Math.log1p(Math.max(0, (a.weight ?? 1) - 1))),
      label: this.zoomedIn ? a.label : '',
      hidden: this.visibility.hiddenEdges.has(edge),
      zIndex: 1,
    };
    if (curvature !== undefined) out.curvature = curvature;
    if (this.pathEdges.size > 0) {
      if (this.pathEdges.has(edge)) Object.assign(out, { color: PATH_COLOR, size: 3, label: a.label, forceLabel: true, zIndex: 3, hidden: false });
      else if (!this.hovered) out.color = DIM_EDGE;
    }
    if (this.hovered || this.selected) {
      const [source, target] = this.graph.extremities(edge);
      if (this.hovered) {
        if (source === this.hovered || target === this.hovered) Object.assign(out, { color: '#8c959f', label: a.label, forceLabel: true, zIndex: 2 });
        else if (!this.bigGraph) out.hidden = true;
      } else if ((source === this.selected || target === this.selected) && !out.hidden) {
        Object.assign(out, { color: '#8c959f', zIndex: 2 });
      }
    }
    if (edge === this.hoveredEdge) Object.assign(out, { label: a.label, forceLabel: true, color: '#57606a' });
    return out;
  }

  private bind(): void {
    const r = this.renderer;
    r.on('enterNode', ({ node }) => this.setHovered(node));
    r.on('leaveNode', () => this.setHovered(undefined));
    r.on('clickNode', ({ node }) => this.options.onClickNode(node));
    r.on('clickStage', () => this.options.onClickStage());
    r.on('enterEdge', ({ edge }) => {
      this.hoveredEdge = edge;
      r.refresh({ partialGraph: { edges: [edge] }, skipIndexation: true });
    });
    r.on('leaveEdge', ({ edge }) => {
      this.hoveredEdge = undefined;
      r.refresh({ partialGraph: { edges: [edge] }, skipIndexation: true });
    });
    r.getCamera().on('updated', this.handleCamera);
  }

  private readonly handleCamera = (state: { x: number; y: number; ratio: number }): void => {
    this.options.onCameraChange({ x: state.x, y: state.y, ratio: state.ratio });
    const zoomedIn = !this.bigGraph && state.ratio < EDGE_LABEL_ZOOM;
    if (zoomedIn !== this.zoomedIn) {
      this.zoomedIn = zoomedIn;
      this.renderer.scheduleRefresh();
    }
  };

  private setHovered(node: string | undefined): void {
    // Dragging across nodes is panning, not hovering
    if (node && this.renderer.getMouseCaptor().isMouseDown) return;
    if (node === this.hovered) return;
    const previous = this.hovered;
    this.hovered = node;
    const before = this.neighbors;
    this.neighbors = node ? new Set(this.graph.neighbors(node)) : new Set();
    if (!this.bigGraph) {
      this.renderer.scheduleRefresh();
      return;
    }
    // Big graphs: repaint only the old and new neighbourhoods
    const nodes = new Set<string>([...before, ...this.neighbors]);
    if (previous) nodes.add(previous);
    if (node) nodes.add(node);
    const edges = new Set<string>();
    for (const n of [previous, node]) if (n && this.graph.hasNode(n)) for (const e of this.graph.edges(n)) edges.add(e);
    this.renderer.scheduleRefresh({ partialGraph: { nodes: [...nodes], edges: [...edges] } });
  }

  /** Applies new filter results. */
  setVisibility(visibility: Visibility): void {
    this.visibility = visibility;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Switches node sizes between degree and pagerank. */
  setSizeMode(mode: SizeMode): void {
    this.sizes = computeSizes(this.graph, mode);
    this.renderer.refresh();
  }

  setSelected(node: string | undefined): void {
    if (node === this.selected) return;
    const changed = [this.selected, node].filter((n): n is string => n !== undefined && this.graph.hasNode(n));
    this.selected = node;
    // Only the two nodes and their edges change
    this.renderer.scheduleRefresh({ partialGraph: { nodes: changed, edges: changed.flatMap((n) => this.graph.edges(n)) } });
  }

  /** Highlights a path (empty arrays clear it). */
  setPath(nodes: string[], edges: string[]): void {
    this.pathNodes = new Set(nodes);
    this.pathEdges = new Set(edges);
    this.renderer.refresh({ skipIndexation: true });
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

  kill(): void {
    this.renderer.getCamera().off('updated', this.handleCamera);
    this.renderer.kill();
  }
}
