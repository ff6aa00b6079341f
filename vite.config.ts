// Vite config: serves the viewer (index.html + src/viewer) and the built graph in graph/; vitest settings.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  publicDir: 'public',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
