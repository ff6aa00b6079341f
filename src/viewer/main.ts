// kg/viewer entry point: picks the graph to open (?graph=URL, else graph/graph.json), handles the file picker and
// drag-and-drop, reloads the URL's graph in place when it changes (live-reload.ts; ?live=0 turns it off), and
// shows every failure in the error banner so the page is never blank. Mounting is in app.ts.
import './styles.css';
import { isKgError } from '../model/index.js';
import { mountGraph } from './app.js';
import type { KgDebugHandle, MountedGraph } from './app.js';
import { byId } from './dom.js';
import { startLiveReload, type LiveReload } from './live-reload.js';
import { loadGraphFromFile, loadGraphFromUrl } from './load-graph.js';
import type { LoadedGraph, ViewState } from './types.js';
import { decodeViewState, defaultViewState } from './url-state.js';

declare global {
  interface Window {
    __kg: KgDebugHandle;
  }
}

const DEFAULT_GRAPH_URL = 'graph/graph.json';
const debug: KgDebugHandle = { ready: false };
window.__kg = debug;
let mounted: MountedGraph | undefined;
let live: LiveReload | undefined;

/** Opens a picked or dropped file (which replaces the URL's graph, so live reload stops). */
function openFile(file: File): void {
  live?.kill();
  live = undefined;
  void open(() => loadGraphFromFile(file), file.name, defaultViewState);
}

/** Shows a one-line error in the banner (text only). */
function showError(message: string): void {
  const banner = byId('error');
  byId('error-text').textContent = message;
  banner.hidden = false;
  debug.error = message;
}

function hideError(): void {
  byId('error').hidden = true;
}

/** Shows what was repaired on load (text only); hidden when nothing was. */
function showWarnings(warnings: readonly string[]): void {
  byId('warning').textContent = warnings.join(' \u2014 ');
  byId('warning-banner').hidden = warnings.length === 0;
}

const messageOf = (error: unknown): string =>
  isKgError(error) ? error.message : `kg/viewer: unexpected error: ${error instanceof Error ? error.message : String(error)}`;

/** Resolves after the browser has painted once. */
const nextPaint = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

function setLoading(text: string | undefined): void {
  const overlay = byId('loading');
  overlay.hidden = text === undefined;
  byId('loading-text').textContent = text ?? '';
}

/**
 * Loads a graph (from a URL or a file) and mounts it with the view state `initial` gives at mount time; on
 * failure keeps the current graph and shows the error. A live reload keeps the frame and shows no overlay.
 */
async function open(
  load: () => Promise<LoadedGraph & { needsLayout: boolean; fetchMs?: number; phases?: Record<string, number> }>,
  label: string,
  initial: () => ViewState,
  live = false,
): Promise<void> {
  if (!live) setLoading(`Loading ${label}\u2026`);
  const started = performance.now();
  try {
    const loaded = await load();
    const parsedMs = performance.now() - started;
    // Let the overlay say what happens next before the (synchronous) mount of a big graph
    if (!live) {
      setLoading(`Drawing ${loaded.graph.order.toLocaleString('en')} entities and ${loaded.graph.size.toLocaleString('en')} relations\u2026`);
      await nextPaint();
    }
    hideError();
    const frame = live ? mounted?.frame() : undefined;
    const state = initial();
    mounted?.kill();
    mounted = undefined;
    byId('empty').hidden = true;
    showWarnings(loaded.warnings ?? []);
    mounted = mountGraph(loaded, state, debug, points);
    if (frame) mounted.setFrame(frame);
    if (loaded.graph.order === 0) {
      byId('empty-title').textContent = `"${loaded.name}" has no entities`;
      byId('empty').hidden = false;
    }
    debug.loadMs = performance.now() - started;
    const fetchMs = Math.round(loaded.fetchMs ?? 0);
    debug.timings = { fetch: fetchMs, parse: Math.round(parsedMs) - fetchMs, ...loaded.phases, ...debug.timings };
  } catch (error) {
    showError(messageOf(error));
    if (!mounted) {
      byId('empty-title').textContent = 'No graph loaded';
      byId('empty').hidden = false;
    }
  } finally {
    if (!live) setLoading(undefined);
  }
}

function bindFileInputs(): void {
  const input = byId<HTMLInputElement>('file-input');
  byId('open-file').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) openFile(file);
    input.value = '';
  });

  // Drag and drop anywhere on the page
  const dropZone = byId('drop-zone');
  let depth = 0;
  const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    dropZone.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropZone.hidden = true;
  });
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    dropZone.hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (file) openFile(file);
  });
  byId('error-close').addEventListener('click', hideError);
  byId('warning-close').addEventListener('click', () => (byId('warning-banner').hidden = true));
}

/** The sidebar collapses (on phones it starts collapsed and opens over the graph). */
function bindSidebarToggle(): void {
  const toggle = byId('sidebar-toggle');
  const set = (open: boolean): void => {
    document.body.classList.toggle('sidebar-collapsed', !open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  set(!window.matchMedia('(max-width: 720px)').matches);
  toggle.addEventListener('click', () => set(document.body.classList.contains('sidebar-collapsed')));
}

// Anything that escapes still ends in the banner, never in a blank page
window.addEventListener('error', (event) => showError(messageOf(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => showError(messageOf(event.reason)));

bindFileInputs();
bindSidebarToggle();
const params = new URLSearchParams(location.search);
/** `?points=1` draws nodes as GL points whatever the graph size (as big graphs always are). */
const points = params.get('points') === '1';
const url = params.get('graph') || DEFAULT_GRAPH_URL;
void open(() => loadGraphFromUrl(url), url, () => decodeViewState(location.hash)).then(() => {
  // Live reload (`kg build --watch`): a changed graph.json is reloaded with the same camera, selection and filters
  if (params.get('live') === '0') return;
  live = startLiveReload({
    url,
    loaded: mounted !== undefined,
    onChange: () => open(() => loadGraphFromUrl(url), url, () => mounted?.state() ?? decodeViewState(location.hash), true),
  });
});
