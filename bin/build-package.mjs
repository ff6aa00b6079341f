#!/usr/bin/env node
// Builds what the npm package ships (`npm run build:package`, and `prepare` on install from a checkout or pack):
// dist/ from a clean slate with tsc (ESM JavaScript, .d.ts, source maps) plus the plain-JavaScript worker bodies
// tsc does not copy, then the viewer with vite into dist/viewer/ without the repository's sample graph (`kg view`
// serves the user's). Does not build graph/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const require = createRequire(import.meta.url);
const started = performance.now();

// Compiling the library and the CLI (stale files of removed modules go with the old dist/)
rmSync(DIST, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0) {
  process.stderr.write('kg build:package: tsc failed (see the errors above)\n');
  process.exit(tsc.status ?? 1);
}
// Worker bodies written in JavaScript (the layout worker must start without a TypeScript loader)
for (const file of ['pipeline/layout-worker.mjs']) copyFileSync(join(ROOT, 'src', file), join(DIST, file));

// Bundling the viewer
const { build } = await import('vite');
await build({ root: ROOT, logLevel: 'warn', build: { outDir: join(DIST, 'viewer'), emptyOutDir: true } });
rmSync(join(DIST, 'viewer', 'graph'), { recursive: true, force: true });

process.stdout.write(`kg build:package: dist/ built in ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
