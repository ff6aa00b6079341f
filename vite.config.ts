// Vite config: serves the viewer (index.html + src/viewer) and the built graph in graph/; vitest settings.
// The dev server serves graph/graph.json from the repository root; `vite build` writes dist/viewer/ with it in graph/.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Emits graph/graph.json (when built) into the bundle so `vite preview` and static hosting open it too. */
function bundleBuiltGraph(): Plugin {
  return {
    name: 'kg-bundle-built-graph',
    apply: 'build',
    generateBundle() {
      const file = resolve('graph/graph.json');
      if (!existsSync(file)) {
        this.warn('kg: graph/graph.json not found; run `npm run build:graph` (the viewer will show an error until then)');
        return;
      }
      this.emitFile({ type: 'asset', fileName: 'graph/graph.json', source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  publicDir: 'public',
  plugins: [bundleBuiltGraph()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.'] } },
  // Pre-bundle every viewer dependency at dev-server start: on a fresh clone, discovering them on first load
  // makes Vite re-optimize and reload the page mid-load (slow and flaky under load)
  optimizeDeps: {
    entries: ['index.html'],
    include: [
      'graphology',
      'sigma',
      'sigma/rendering',
      'minisearch',
      'graphology-layout-forceatlas2',
      'graphology-layout-forceatlas2/worker.js',
      'graphology-layout-noverlap/worker.js',
      'graphology-gexf/browser/index.js',
      '@sigma/export-image',
      '@sigma/edge-curve',
    ],
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist/viewer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
