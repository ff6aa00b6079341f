// kg/viewer: wires one loaded graph to the page: renderer, filters (applied at most once a frame), search, the
// side panel (entity or relation) with focus management, focus mode, path finder, layout, exports, the text
// alternative of the canvas and the URL hash. `mountGraph` returns a view whose kill() unbinds everything, so
// loading another file replaces it cleanly. Does not fetch or parse files (load-graph does).
import { typeColor } from './appearance.js';
import { byId, clear, el } from './dom.js';
import { exportGexf, exportJson, exportPng, visibleSubgraph } from './export-view.js';
import { renderFilterControls } from './filter-controls.js';
import { computeVisibility, indexDateBounds } from './filters.js';
import { buildGraphIndex } from './graph-index.js';
import { GraphView } from './graph-view.js';
import type { LabelBox } from './graph-view.js';
import { createLayoutControl } from './layout-control.js';
import type { LayoutStatus } from './layout-control.js';
import { renderEdgePanel, renderNodePanel } from './node-panel.js';
import { NodeIndex, bindNodeCombobox } from './node-search.js';
import { createPathFinder } from './path-finder.js';
import { displayName } from './sanitize-graph.js';
import { encodeViewState } from './url-state.js';
import type { LoadedGraph, ViewState, Visibility } from './types.js';

/** What the browser tests and the benchmark read (window.__kg). */
export interface KgDebugHandle {
  ready: boolean;
  error?: string;
  warnings?: string[];
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
  /** Middle of a straight edge on screen. */
  edgeViewport?: (edge: string) => { x: number; y: number } | undefined;
  /** The label as stored in the graph (display neutralises it). */
  rawLabel?: (node: string) => string | undefined;
  labelBoxes?: () => LabelBox[];
  /** How many times the filters were applied. */
  filterRuns?: () => number;
  searchReady?: () => boolean;
  layoutMsPerIteration?: () => number;
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
export function mountGraph(loaded: LoadedGraph & { needsLayout: boolean }, initial: ViewState, debug: KgDebugHandle, points = false): MountedGraph {
  const { graph, name } = loaded;
  const originalKeys = loaded.originalKeys ?? new Map<string, string>();
  const renamedTo = new Map([...originalKeys].map(([k, v]) => [v, k]));
  /** A key as the page knows it (renamed prototype keys map to their new name). */
  const keyOf = (key: string): string => renamedTo.get(key) ?? key;
  const state: ViewState = structuredClone(initial);
  if (state.selected) state.selected = keyOf(state.selected);
  if (state.focus) state.focus.node = keyOf(state.focus.node);
  const timings: Record<string, number> = {};
  let last = performance.now();
  const mark = (phase: string): void => {
    const now = performance.now();
    timings[phase] = Math.round(now - last);
    last = now;
  };
  const index = buildGraphIndex(graph);
  const bounds = indexDateBounds(index);
  const focusOf = (): ViewState['focus'] => (state.focus && graph.hasNode(state.focus.node) ? state.focus : undefined);
  let visibility: Visibility = computeVisibility(index, state.filters, bounds, focusOf());
  let filterRuns = 1;
  mark('index+filters');
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof HTMLElementEventMap>(target: HTMLElement | Document, type: K, fn: (e: HTMLElementEventMap[K]) => void): void => {
    target.addEventListener(type, fn as EventListener);
    cleanups.push(() => target.removeEventListener(type, fn as EventListener));
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
  let statusTimer: number | undefined;
  cleanups.push(() => statusTimer !== undefined && clearTimeout(statusTimer));
  const container = byId('graph');
  const panel = byId('panel');
  const tooltip = byId('edge-tooltip');
  const view = new GraphView(container, index, {
    sizeBy: state.sizeBy,
    colorBy: state.colorBy,
    visibility,
    points,
    suspendEdges: loaded.needsLayout,
    onClickNode: (node) => select(node, { camera: false, focusPanel: false }),
    onClickEdge: (edge) => selectEdge(edge, false),
    onClickStage: () => select(undefined, { camera: false, focusPanel: false }),
    onHoverEdge: (edge, x, y) => {
      if (!edge) {
        tooltip.hidden = true;
        return;
      }
      const r = graph.getEdgeAttributes(edge);
      const [s, t] = graph.extremities(edge);
      tooltip.textContent = `${displayName(graph.getNodeAttribute(s, 'label'), 40)} \u2014 ${displayName(r.label || r.type, 40)} \u2192 ${displayName(graph.getNodeAttribute(t, 'label'), 40)}${r.date ? ` (${r.date})` : ''}`;
      tooltip.style.left = `${x + 12}px`;
      tooltip.style.top = `${y + 12}px`;
      tooltip.hidden = false;
    },
    onCameraChange: (camera) => {
      state.camera = camera;
      saveHash();
      // The drawn relations of a big graph change with the view (after the camera stops)
      if (statusTimer !== undefined) clearTimeout(statusTimer);
      statusTimer = window.setTimeout(() => showStatus(), 400);
    },
  });
  cleanups.push(() => (tooltip.hidden = true));
  mark('sigma');

  // Status line and the canvas's text alternative
  const status = byId('status');
  const description = byId('graph-description');
  const showStatus = (): void => {
    const drawn = view.drawnEdgeCount();
    const lod = drawn < visibility.visibleEdges ? ` (${drawn.toLocaleString('en')} drawn here: zoom in for more)` : '';
    status.textContent = `${visibility.visibleNodes.toLocaleString('en')} of ${graph.order.toLocaleString('en')} entities \u00b7 ${visibility.visibleEdges.toLocaleString('en')} of ${graph.size.toLocaleString('en')} relations shown${lod}`;
  };
  const describeView = (): void => {
    clear(description);
    description.appendChild(el('p', {}, `Graph ${displayName(name, 80)}: ${status.textContent ?? ''}.`));
    const node = state.selected;
    if (!node) {
      description.appendChild(el('p', {}, 'No entity selected. Use the search box to select one; its relations are then listed here.'));
      return;
    }
    const a = graph.getNodeAttributes(node);
    description.appendChild(el('p', {}, `Selected: ${displayName(a.label)} (${displayName(a.type, 40)}), ${graph.degree(node)} relations.`));
    const list = el('ul', {});
    for (const e of graph.edges(node).slice(0, 100)) {
      const r = graph.getEdgeAttributes(e);
      const [s, t] = graph.extremities(e);
      list.appendChild(el('li', {}, `${displayName(graph.getNodeAttribute(s, 'label'), 80)} ${displayName(r.label || r.type, 60)} ${displayName(graph.getNodeAttribute(t, 'label'), 80)}${r.date ? `, ${r.date}` : ''}`));
    }
    description.appendChild(list);
  };
  byId('graph-name').textContent = displayName(name, 80);
  byId('graph-stats').textContent = `${graph.order.toLocaleString('en')} entities \u00b7 ${graph.size.toLocaleString('en')} relations`;

  // Selection and side panel; focus goes into the panel and back to where it came from
  let returnFocus: HTMLElement | undefined;
  const openPanel = (render: () => void, focusPanel: boolean): void => {
    const active = document.activeElement as HTMLElement | null;
    if (panel.hidden && active && active !== document.body && !panel.contains(active)) returnFocus = active;
    const hadFocus = panel.contains(document.activeElement);
    render();
    document.body.classList.add('panel-open');
    if (focusPanel || hadFocus) byId('panel-title').focus();
  };
  const closePanel = (): void => {
    const hadFocus = panel.contains(document.activeElement);
    clear(panel);
    panel.hidden = true;
    document.body.classList.remove('panel-open');
    if (hadFocus || returnFocus) (returnFocus && document.contains(returnFocus) ? returnFocus : byId('search')).focus();
    returnFocus = undefined;
  };
  const panelOptions = {
    onSelect: (n: string) => select(n, { camera: true, focusPanel: true }),
    onSelectEdge: (e: string) => selectEdge(e, true),
    onFocus: (n: string) => setFocus({ node: n, depth: state.focus?.depth ?? 1 }),
    onClose: () => select(undefined, { camera: false, focusPanel: false }),
  };
  let selectedEdge: string | undefined;
  const select = (node: string | undefined, how: { camera: boolean; focusPanel: boolean }): void => {
    state.selected = node && graph.hasNode(node) ? node : undefined;
    selectedEdge = undefined;
    view.setSelectedEdge(undefined);
    view.setSelected(state.selected);
    if (state.selected) {
      const n = state.selected;
      openPanel(() => renderNodePanel(panel, graph, n, panelOptions), how.focusPanel);
      if (how.camera) void view.focusNode(n);
    } else closePanel();
    describeView();
    saveHash();
  };
  const selectEdge = (edge: string, focusPanel: boolean): void => {
    if (!graph.hasEdge(edge)) return;
    selectedEdge = edge;
    view.setSelected(undefined);
    state.selected = undefined;
    view.setSelectedEdge(edge);
    openPanel(() => renderEdgePanel(panel, graph, edge, panelOptions), focusPanel);
    saveHash();
  };

  // Filters, applied at most once per animation frame (sliders fire many input events per frame)
  let pendingFrame: number | undefined;
  const applyFilters = (): void => {
    pendingFrame = undefined;
    filterRuns++;
    visibility = computeVisibility(index, state.filters, bounds, focusOf());
    view.setVisibility(visibility);
    showStatus();
    renderLegend();
    describeView();
    saveHash();
  };
  const scheduleFilters = (): void => {
    if (pendingFrame === undefined) pendingFrame = requestAnimationFrame(applyFilters);
  };
  cleanups.push(() => pendingFrame !== undefined && cancelAnimationFrame(pendingFrame));
  renderFilterControls(byId('filters'), index, state.filters, state.sizeBy, state.colorBy, {
    onFilters: (filters, immediate) => {
      state.filters = filters;
      if (!immediate) return scheduleFilters();
      if (pendingFrame !== undefined) cancelAnimationFrame(pendingFrame);
      applyFilters();
    },
    onSizeBy: (mode) => {
      state.sizeBy = mode;
      view.setSizeMode(mode);
      saveHash();
    },
    onColorBy: (mode) => {
      state.colorBy = mode;
      view.setColorMode(mode);
      renderLegend();
      saveHash();
    },
  });

  // Focus mode: only a neighbourhood of depth 1 or 2
  const focusBar = byId('focus-bar');
  const focusDepth = byId<HTMLSelectElement>('focus-depth');
  const setFocus = (focus: ViewState['focus']): void => {
    if (focus) state.focus = focus;
    else delete state.focus;
    focusBar.hidden = !state.focus;
    if (state.focus) {
      byId('focus-label').textContent = `Focus: ${displayName(graph.getNodeAttribute(state.focus.node, 'label'), 60)}`;
      focusDepth.value = String(state.focus.depth);
    }
    // Focus applies now (a click expects an immediate answer)
    if (pendingFrame !== undefined) cancelAnimationFrame(pendingFrame);
    applyFilters();
  };
  on(focusDepth, 'change', () => state.focus && setFocus({ node: state.focus.node, depth: focusDepth.value === '2' ? 2 : 1 }));
  on(byId('focus-clear'), 'click', () => setFocus(undefined));
  mark('controls');

  // Legend overlay: the entity types present and visible (or a note when colouring by community)
  const legend = byId('legend');
  const renderLegend = (): void => {
    clear(legend);
    if (state.colorBy === 'community') {
      legend.appendChild(el('li', {}, 'Colours: communities'));
      return;
    }
    const present = new Uint8Array(index.types.length);
    for (let i = 0; i < index.nodes.length; i++) if (!visibility.nodeHidden[i]) present[index.nodeType[i]!] = 1;
    index.types
      .map((t, i) => [t, i] as const)
      .filter(([, i]) => present[i])
      .sort((a, b) => a[0].localeCompare(b[0]))
      .forEach(([type]) => {
        const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = typeColor(type);
        legend.appendChild(el('li', {}, swatch, displayName(type, 40)));
      });
  };

  // Search, over an index built in the background right after the first frame
  const search = new NodeIndex(graph);
  const searchTimer = window.setTimeout(() => void search.prepare(), 50);
  cleanups.push(() => {
    clearTimeout(searchTimer);
    search.kill();
  });
  const searchInput = byId<HTMLInputElement>('search');
  searchInput.value = '';
  cleanups.push(bindNodeCombobox(searchInput, byId('search-results'), search, (node) => select(node, { camera: true, focusPanel: true })));

  // Path finder
  const pathFinder = createPathFinder(byId('path-finder'), graph, search, {
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
    onSelect: (node) => select(node, { camera: true, focusPanel: true }),
  });
  cleanups.push(() => pathFinder.kill());
  mark('search+path');

  // Layout
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const layout = createLayoutControl(index, view, (s: LayoutStatus) => {
    layoutButton.textContent = s === 'running' ? 'Stop layout' : s === 'noverlap' ? 'Removing overlaps\u2026' : 'Run layout';
    layoutButton.disabled = s === 'noverlap';
    layoutButton.setAttribute('aria-pressed', String(s === 'running'));
    if (s !== 'running') {
      byId('layout-hint').hidden = true;
      showStatus();
    }
  });
  layoutButton.textContent = 'Run layout';
  layoutButton.disabled = false;
  on(layoutButton, 'click', () => (layout.isRunning() ? layout.stop() : layout.start()));
  cleanups.push(() => layout.kill());

  // Exports: the whole graph, or only what the filters show
  const exportMenu = byId('export-menu') as HTMLDetailsElement;
  const visibleOnly = byId<HTMLInputElement>('export-visible');
  const exported = () => {
    const g = visibleOnly.checked ? visibleSubgraph(index, visibility) : graph;
    return { graph: g, originalKeys };
  };
  on(byId('export-png'), 'click', () => void exportPng(view.renderer, name));
  on(byId('export-gexf'), 'click', () => exportGexf(exported(), name));
  on(byId('export-json'), 'click', () => exportJson(exported(), name));
  on(exportMenu, 'click', (event) => {
    if ((event.target as HTMLElement).closest('.menu-items button')) exportMenu.open = false;
  });
  // Outside click and Escape close the menu
  on(document, 'pointerdown', (event) => {
    if (exportMenu.open && !exportMenu.contains(event.target as Node)) exportMenu.open = false;
  });

  // Escape: closes the export menu, else the panel (also from the search box); Escape in other fields is theirs
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    if (exportMenu.open) {
      exportMenu.open = false;
      exportMenu.querySelector('summary')?.focus();
      return;
    }
    const target = event.target as HTMLElement;
    const inOtherField = target instanceof HTMLInputElement && target.id !== 'search' && !panel.contains(target);
    if (!panel.hidden && !inOtherField) {
      if (target.id === 'search') returnFocus = target;
      select(undefined, { camera: false, focusPanel: false });
    }
  };
  document.addEventListener('keydown', onKey);
  cleanups.push(() => document.removeEventListener('keydown', onKey));

  // Zoom buttons
  const camera = view.renderer.getCamera();
  on(byId('zoom-in'), 'click', () => void camera.animatedZoom({ duration: 250 }));
  on(byId('zoom-out'), 'click', () => void camera.animatedUnzoom({ duration: 250 }));
  on(byId('zoom-reset'), 'click', () => void camera.animatedReset({ duration: 250 }));
  mark('layout');

  // Restore the rest of the view state
  if (state.camera) view.setCamera(state.camera);
  if (state.focus) setFocus(focusOf());
  if (state.selected) select(state.selected, { camera: !state.camera, focusPanel: false });
  else select(undefined, { camera: false, focusPanel: false });
  if (state.pathFrom && state.pathTo && graph.hasNode(state.pathFrom) && graph.hasNode(state.pathTo)) pathFinder.find(state.pathFrom, state.pathTo);
  showStatus();
  renderLegend();
  describeView();
  byId('layout-hint').hidden = !loaded.needsLayout;
  if (loaded.needsLayout && graph.order > 0) layout.start();

  document.body.classList.add('has-graph');
  mark('restore');

  // Debug handle for tests and the benchmark
  Object.assign(debug, {
    ready: true,
    timings,
    name,
    warnings: loaded.warnings ?? [],
    nodeCount: graph.order,
    edgeCount: graph.size,
    visibleNodeCount: () => visibility.visibleNodes,
    visibleEdgeCount: () => visibility.visibleEdges,
    renderedNodeCount: () => graph.filterNodes((n) => view.renderer.getNodeDisplayData(n)?.hidden === false).length,
    nodeHidden: (node: string) => view.renderer.getNodeDisplayData(keyOf(node))?.hidden,
    edgeHidden: (edge: string) => view.renderer.getEdgeDisplayData(keyOf(edge))?.hidden,
    nodeViewport: (node: string) => {
      const data = view.renderer.getNodeDisplayData(keyOf(node));
      return data ? view.renderer.framedGraphToViewport(data) : undefined;
    },
    edgeViewport: (edge: string) => {
      const e = keyOf(edge);
      if (!graph.hasEdge(e)) return undefined;
      const [s, t] = graph.extremities(e).map((n) => view.renderer.framedGraphToViewport(view.renderer.getNodeDisplayData(n)!));
      return { x: (s!.x + t!.x) / 2, y: (s!.y + t!.y) / 2 };
    },
    rawLabel: (node: string) => (graph.hasNode(keyOf(node)) ? String(graph.getNodeAttribute(keyOf(node), 'label')) : undefined),
    labelBoxes: () => view.labelBoxes(),
    filterRuns: () => filterRuns,
    searchReady: () => search.ready(),
    layoutMsPerIteration: () => layout.msPerIteration(),
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
      focusBar.hidden = true;
      document.body.classList.remove('panel-open', 'has-graph');
      status.textContent = '';
      clear(legend);
      clear(description);
      debug.ready = false;
    },
  };
}
