// kg/pipeline: `kg build --watch`: builds once, then rebuilds incrementally whenever files under the inputs
// change, after DEFAULT_DEBOUNCE_MS of quiet (a burst of writes is one rebuild; changes during a build wait
// for it to end). Hands each result to the caller, who writes the outputs; keeps the state in memory between
// builds. Hidden files and the output directory are not watched. Does not print or write anything itself.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import type { BuildOptions, BuildResult } from '../build.js';
import type { BuildState } from './build-state.js';

/** Quiet time after the last change before a rebuild starts. */
export const DEFAULT_DEBOUNCE_MS = 300;

export interface WatchBuildOptions extends Omit<BuildOptions, 'previous' | 'keepState'> {
  debounceMs?: number;
  /** The state to start from (the build in the output directory), if any. */
  initialState?: BuildState;
  /** Build at once (default true); false waits for the first change (the caller has just built). */
  buildNow?: boolean;
  /** Paths under this directory (the outputs) are not watched. */
  outDir?: string;
  /** Called with every build's result (the first included); its promise is awaited before the next build. */
  onBuild: (result: BuildResult) => void | Promise<void>;
  /** Called when a build fails (the watch goes on; the next build starts from `reloadState`, or clean). */
  onError: (error: unknown) => void;
  /** The state to continue from after a failed build (e.g. read back from the output directory). */
  reloadState?: () => BuildState | undefined;
  /** The build function (buildGraph; passed in so the pipeline does not import the library entry). */
  build: (inputs: string[], options: BuildOptions) => Promise<BuildResult>;
}

export interface WatchHandle {
  /** Resolves after the first build (successful or not). */
  ready: Promise<void>;
  /** Stops watching; resolves once a running build has finished. */
  close(): Promise<void>;
}

/** Starts watching `inputs` (files or directories) and building them. */
export function watchBuild(inputs: string[], options: WatchBuildOptions): WatchHandle {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const outDir = options.outDir ? resolve(options.outDir) : undefined;
  const { onBuild, onError, reloadState, build, initialState, buildNow, debounceMs: _d, outDir: _o, ...buildOptions } = options;
  let state = initialState;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;

  const runBuild = async (): Promise<void> => {
    const previous = state;
    state = undefined; // a build consumes the state; a failed one leaves none
    try {
      const result = await build(inputs, { ...buildOptions, ...(previous ? { previous } : {}), keepState: true });
      state = result.state;
      await onBuild(result);
    } catch (error) {
      state = reloadState?.();
      onError(error);
    }
  };
  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running) {
        pending = true;
        return;
      }
      void start();
    }, debounceMs);
  };

  // Watching: directories recursively, single files through their directory (editors replace files, which
  // ends a watch on the file itself)
  const ignored = (dir: string, name: string): boolean => {
    if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) return true;
    const path = resolve(dir, name);
    return outDir !== undefined && (path === outDir || path.startsWith(outDir + sep));
  };
  const watchers: FSWatcher[] = [];
  for (const input of inputs.map((i) => resolve(i))) {
    try {
      if (statSync(input).isDirectory()) {
        watchers.push(watch(input, { recursive: true }, (_event, name) => (name && !ignored(input, String(name)) ? schedule() : undefined)));
      } else {
        const only = basename(input);
        watchers.push(watch(dirname(input), (_event, name) => (String(name) === only ? schedule() : undefined)));
      }
    } catch (error) {
      onError(error);
    }
  }

  const start = (): Promise<void> =>
    (running = runBuild().finally(() => {
      running = undefined;
      if (pending && !closed) {
        pending = false;
        schedule();
      }
    }));
  const ready = buildNow === false ? Promise.resolve() : start();
  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      await running;
    },
  };
}
