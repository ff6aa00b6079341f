// kg/viewer: live reload for `kg build --watch`. Polls the graph's URL (a HEAD request, no cache) about once a
// second while the tab is visible and, when the server says the file changed (ETag, Last-Modified or length) or
// it appears, asks the page to reload the graph in place. Stops by itself when the server sends no such
// validators or refuses HEAD. Knows nothing of the graph or the page; `kill()` stops the polling.

/** Milliseconds between two checks. */
export const LIVE_RELOAD_INTERVAL_MS = 1000;

export interface LiveReloadOptions {
  url: string;
  /** Reloads the graph; polling waits for its promise. */
  onChange: () => Promise<void>;
  intervalMs?: number;
  /** Whether the page shows the graph now (if not, its first appearance is a change too). */
  loaded: boolean;
}

export interface LiveReload {
  kill(): void;
}

/** What identifies one version of the file, from a response's headers; undefined when the server says nothing. */
export function versionOf(headers: Headers): string | undefined {
  const etag = headers.get('etag');
  const modified = headers.get('last-modified');
  if (!etag && !modified) return undefined;
  return `${etag ?? ''}|${modified ?? ''}|${headers.get('content-length') ?? ''}`;
}

/** Starts polling `url`; with `loaded`, the first answer is taken as the version the page has. */
export function startLiveReload(options: LiveReloadOptions): LiveReload {
  const interval = options.intervalMs ?? LIVE_RELOAD_INTERVAL_MS;
  let known: string | undefined;
  let timer: number | undefined;
  let stopped = false;

  let first = options.loaded;
  const check = async (): Promise<void> => {
    timer = undefined;
    if (stopped) return;
    if (document.visibilityState === 'visible') {
      let version: string | undefined;
      try {
        const response = await fetch(options.url, { method: 'HEAD', cache: 'no-store' });
        if (response.ok) {
          version = versionOf(response.headers);
          if (version === undefined) stopped = true; // this server cannot tell us about changes
        } else if (response.status === 405 || response.status === 501) stopped = true; // HEAD refused
      } catch {
        // the server is restarting: try again later
      }
      if (version !== undefined) {
        if (version !== known && !first) {
          try {
            await options.onChange();
          } catch {
            // the page shows load errors itself; keep polling
          }
        }
        known = version;
        first = false;
      }
    }
    if (!stopped) timer = window.setTimeout(() => void check(), interval);
  };
  timer = window.setTimeout(() => void check(), 0);
  return {
    kill() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
