// kg/viewer: wires one loaded graph to the page: renderer, filters, search, side panel, path finder, layout,
// exports and the URL hash. `mountGraph` returns a view whose kill() unbinds everything, so loading another file
// replaces it cleanly. Does not fetch or parse files (load-graph does) and does not own the error banner.
import { typeColor } from './appearance.js';
import { byId, clear, el } from './dom.js';
import { exportGexf, exportJson, exportPng } from './export-view.js';
import { renderFilterControls } from './filter-controls.js';
import { computeVisibility, dateBounds } from './filters.js';
import { GraphView } from './graph-view.js';
import { createLayoutControl } from './layout-control.js';
import type { LayoutStatus } from './layout-control.js';
import { renderNodePanel } from './node-panel.js';
import { NodeIndex, bindNodeCombobox } from './node-search.js';
import { createPathFinder } from './path-finder.js';
import { encodeViewState } from './url-state.js';
import type { LoadedGraph, ViewState, Visibility } from './types.js';

/** What the browser tests and the benchmark read (window.__kg). */
export interface KgDebugHandle {
  ready: boolean;
  error?: string;
  name?: string;
  nodeCount?: number;
  edgeCount?: number;
  loadMs?: number;
  /** Milliseconds spent in each mounting phase (for the benchmark). */
  timings?: Record<string, number>;
  visibleNodeCount?: () => number;
  visibleEdgeCount?: () => number;
  renderedNodeCount?: () => number;
  /** Whether sigma currently draws the node / edge as hidden (reads the renderer's display data). */
  nodeHidden?: (node: string) => boolean | undefined;
  edgeHidden?: (edge: string) => boolean | undefined;
  /** Node position on screen, relative to the graph container (for tests that hover or click). */
  nodeViewport?: (node: string) => { x: number; y: number } | undefined;
  state?: () => ViewState;
  renderer?: unknown;
}

/** The graph-space box sigma frames the graph in ({ x: [min, max], y: [min, max] }). */
export type GraphFrame = { x: [number, number]; y: [number, number] };

export interface MountedGraph {
  kill(): void;
  /** The view as it is now (camera included), to mount a reloaded graph the same way. */
  state(): ViewState;
  /** The box the camera is framed on; a reloaded graph framed on the previous one stays put on screen. */
  frame(): GraphFrame;
  setFrame(frame: GraphFrame): void;
}

/** Mounts `loaded` into the page with `initial` view state. */
export function mountGraph(loaded: LoadedGraph & { needsLayout: boolean }, initial: ViewState, debug: KgDebugHandle): MountedGraph {
  const { graph, name } = loaded;
  const state: ViewState = structuredClone(initial);
  const bounds = dateBounds(graph);
  const timings: Record<string, number> = {};
  let last = performance.now();
  const mark = (phase: string): void => {
    const now = performance.now();
    timings[phase] = Math.round(now - last);
    last = now;
  };
  let visibility: Visibility = computeVisibility(graph, state.filters, bounds);
  mark('filters');
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void): void => {
    target.addEventListener(type, fn);
    cleanups.push(() => target.removeEventListener(type, fn));
  };

  // URL hash, written at most every 250 ms
  let hashTimer: number | undefined;
  const saveHash = (): void => {
    if (hashTimer !== undefined) return;
    hashTimer = window.setTimeout(() => {
      hashTimer = undefined;
      const hash = encodeViewState(state);
      history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
    }, 250);
  };

  // Renderer
  const container = byId('graph');
  const panel = byId('panel');
  const view = new GraphView(container, graph, {
    sizeBy: state.sizeBy,
    visibility,
    onClickNode: (node) => select(node, false),
    onClickStage: () => select(undefined, false),
    onCameraChange: (camera) => {
      state.camera = camera;
      saveHash();
    },
  });

  mark('sigma');

  // Status line
  const status = byId('status');
  const showStatus = (): void => {
    const nodes = graph.order - visibility.hiddenNodes.size;
    const edges = graph.size - visibility.hiddenEdges.size;
    status.textContent = `${nodes.toLocaleString('en')} of ${graph.order.toLocaleString('en')} entities \u00b7 ${edges.toLocaleString('en')} of ${graph.size.toLocaleString('en')} relations shown`;
  };
  byId('graph-name').textContent = name;
  byId('graph-stats').textContent = `${graph.order.toLocaleString('en')} entities \u00b7 ${graph.size.toLocaleString('en')} relations`;

  // Selection and side panel
  const select = (node: string | undefined, focus: boolean): void => {
    state.selected = node && graph.hasNode(node) ? node : undefined;
    view.setSelected(state.selected);
    if (state.selected) {
      renderNodePanel(panel, graph, state.selected, { onSelect: (n) => select(n, true), onClose: () => select(undefined, false) });
      document.body.classList.add('panel-open');
      if (focus) void view.focusNode(state.selected);
    } else {
      clear(panel);
      panel.hidden = true;
      document.body.classList.remove('panel-open');
    }
    saveHash();
  };

  // Escape closes the panel (when typing in a field, Escape belongs to the field)
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && state.selected && !(event.target instanceof HTMLInputElement)) select(undefined, false);
  };
  document.addEventListener('keydown', onKey);
  cleanups.push(() => document.removeEventListener('keydown', onKey));

  // Filters
  const applyFilters = (): void => {
    visibility = computeVisibility(graph, state.filters, bounds);
    view.setVisibility(visibility);
    showStatus();
    renderLegend();
    saveHash();
  };
  renderFilterControls(byId('filters'), graph, state.filters, state.sizeBy, {
    onFilters: (filters) => {
      state.filters = filters;
      applyFilters();
    },
    onSizeBy: (mode) => {
      state.sizeBy = mode;
      view.setSizeMode(mode);
      saveHash();
    },
  });

  mark('controls');

  // Legend overlay: the entity types present and visible
  const legend = byId('legend');
  const renderLegend = (): void => {
    clear(legend);
    const types = new Set<string>();
    graph.forEachNode((n, a) => {
      if (!visibility.hiddenNodes.has(n)) types.add(String(a.type));
    });
    for (const type of [...types].sort()) {
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = typeColor(type);
      legend.appendChild(el('li', {}, swatch, type));
    }
  };

  // Search
  const index = new NodeIndex(graph);
  const searchInput = byId<HTMLInputElement>('search');
  searchInput.value = '';
  cleanups.push(bindNodeCombobox(searchInput, byId('search-results'), index, (node) => select(node, true)));

  // Path finder
  const pathFinder = createPathFinder(byId('path-finder'), graph, index, {
    hiddenRelations: () => state.filters.hiddenRelations,
    onPath: (path) => {
      view.setPath(path?.nodes ?? [], path?.edges ?? []);
      if (path) {
        state.pathFrom = path.from;
        state.pathTo = path.to;
      } else {
        delete state.pathFrom;
        delete state.pathTo;
      }
      saveHash();
    },
    onSelect: (node) => select(node, true),
  });
  cleanups.push(() => pathFinder.kill());

  mark('search+path');

  // Layout
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const layout = createLayoutControl(graph, (s: LayoutStatus) => {
    layoutButton.textContent = s === 'running' ? 'Stop layout' : s === 'noverlap' ? 'Removing overlaps\u2026' : 'Run layout';
    layoutButton.disabled = s === 'noverlap';
    layoutButton.setAttribute('aria-pressed', String(s === 'running'));
  });
  layoutButton.textContent = 'Run layout';
  layoutButton.disabled = false;
  on(layoutButton, 'click', () => (layout.isRunning() ? layout.stop() : layout.start()));
  cleanups.push(() => layout.kill());

  // Exports
  on(byId('export-png'), 'click', () => void exportPng(view.renderer, name));
  on(byId('export-gexf'), 'click', () => exportGexf(graph, name));
  on(byId('export-json'), 'click', () => exportJson(graph, name));
  const exportMenu = byId('export-menu') as HTMLDetailsElement;
  on(exportMenu, 'click', (event) => {
    if ((event.target as HTMLElement).closest('.menu-items button')) exportMenu.open = false;
  });

  // Zoom buttons
  const camera = view.renderer.getCamera();
  on(byId('zoom-in'), 'click', () => void camera.animatedZoom({ duration: 250 }));
  on(byId('zoom-out'), 'click', () => void camera.animatedUnzoom({ duration: 250 }));
  on(byId('zoom-reset'), 'click', () => void camera.animatedReset({ duration: 250 }));

  mark('layout');

  // Restore the rest of the view state
  if (state.camera) view.setCamera(state.camera);
  if (state.selected) select(state.selected, !state.camera);
  else select(undefined, false);
  if (state.pathFrom && state.pathTo && graph.hasNode(state.pathFrom) && graph.hasNode(state.pathTo)) pathFinder.find(state.pathFrom, state.pathTo);
  showStatus();
  renderLegend();
  byId('layout-hint').hidden = !loaded.needsLayout;
  if (loaded.needsLayout) layout.start();

  document.body.classList.add('has-graph');
  mark('restore');

  // Debug handle for tests and the benchmark
  Object.assign(debug, {
    ready: true,
    timings,
    name,
    nodeCount: graph.order,
    edgeCount: graph.size,
    visibleNodeCount: () => graph.order - visibility.hiddenNodes.size,
    visibleEdgeCount: () => graph.size - visibility.hiddenEdges.size,
    renderedNodeCount: () => graph.filterNodes((n) => view.renderer.getNodeDisplayData(n)?.hidden === false).length,
    nodeHidden: (node: string) => view.renderer.getNodeDisplayData(node)?.hidden,
    edgeHidden: (edge: string) => view.renderer.getEdgeDisplayData(edge)?.hidden,
    nodeViewport: (node: string) => {
      const data = view.renderer.getNodeDisplayData(node);
      return data ? view.renderer.framedGraphToViewport(data) : undefined;
    },
    state: () => structuredClone(state),
    renderer: view.renderer,
  });
  delete debug.error;

  return {
    state: () => ({ ...structuredClone(state), camera: { ...view.renderer.getCamera().getState() } }),
    frame: () => structuredClone(view.renderer.getCustomBBox() ?? view.renderer.getBBox()),
    setFrame: (frame) => void view.renderer.setCustomBBox(frame),
    kill() {
      if (hashTimer !== undefined) clearTimeout(hashTimer);
      cleanups.forEach((fn) => fn());
      view.kill();
      clear(panel);
      panel.hidden = true;
      document.body.classList.remove('panel-open', 'has-graph');
      status.textContent = '';
      clear(legend);
      debug.ready = false;
    },
  };
}
