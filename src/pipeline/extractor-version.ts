// kg/pipeline: the extractor's version for cache keys: a hash of every source file under src/extract (and
// src/util, which it imports), so any change to the extractor invalidates cached extractions; and the graph
// builder's version (resolve, assemble, enrich, pipeline), so a build state left by other code is not reused.
// Reads files; does not extract anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashContent } from '../util/content-hash.js';

const SOURCE_DIRS = ['../extract', '../util', '../model'];
const BUILDER_DIRS = ['../resolve', '../assemble', '../enrich', '.'];
let cached: string | undefined;
let cachedBuilder: string | undefined;

function listSources(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listSources(path, out);
    else if (/\.(ts|js|mjs|json)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
}

/** Returns a short hex id that changes whenever the extractor's source code changes. */
export function getExtractorVersion(): string {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const files: string[] = [];
  for (const d of SOURCE_DIRS) listSources(join(here, d), files);
  const parts = files.flatMap((f) => [f.slice(here.length), readFileSync(f, 'utf8')]);
  cached = hashContent('kg-extract-v1', ...parts).slice(0, 16);
  return cached;
}

/** Returns a short hex id that changes whenever the code that turns extractions into a graph changes. */
export function getGraphBuilderVersion(): string {
  if (cachedBuilder) return cachedBuilder;
  const here = dirname(fileURLToPath(import.meta.url));
  const files: string[] = [];
  for (const d of BUILDER_DIRS) listSources(join(here, d), files);
  const parts = files.flatMap((f) => [f.slice(here.length), readFileSync(f, 'utf8')]);
  cachedBuilder = hashContent('kg-graph-v1', getExtractorVersion(), ...parts).slice(0, 16);
  return cachedBuilder;
}
