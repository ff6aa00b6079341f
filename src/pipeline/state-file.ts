// kg/pipeline: reads and writes the build state file (<out>/.kg-state) beside the graph.json it belongs to.
// A state is used only if graph.json is still the file written with it (same size and modification time);
// a missing, corrupt or stale state is no error, only the reason the next build is a clean one. Writes
// atomically. Does not build anything.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { parseBuildState, serializeBuildState, STATE_FILE_NAME, type BuildState, type FileFingerprint } from './build-state.js';

const fingerprintOf = (path: string): FileFingerprint | undefined => {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch {
    return undefined;
  }
};

/**
 * Loads the state a previous build left in `outDir`, checked against `graphJson` (the graph written with it).
 * Returns the state, or why there is none to use.
 */
export function loadBuildState(outDir: string, graphJson = join(outDir, 'graph.json')): { state: BuildState } | { reason: string } {
  let buffer: Buffer;
  try {
    buffer = readFileSync(join(outDir, STATE_FILE_NAME));
  } catch {
    return { reason: 'no previous build state' };
  }
  const parsed = parseBuildState(buffer);
  if ('invalid' in parsed) return { reason: `the build state is ${parsed.invalid}` };
  const graph = fingerprintOf(graphJson);
  const recorded = parsed.graphFile;
  if (!graph) return { reason: 'no previous graph.json' };
  // Size and modification time, not the inode: a copy of the output directory (cp -a) keeps the pair valid
  if (!recorded || recorded.size !== graph.size || recorded.mtimeMs !== graph.mtimeMs) {
    return { reason: 'graph.json changed since the last build' };
  }
  return { state: parsed };
}

/** Saves `state` in `outDir`, recording `graphJson` (already written) as the graph it goes with. */
export function saveBuildState(outDir: string, state: BuildState, graphJson = join(outDir, 'graph.json')): void {
  const graph = fingerprintOf(graphJson);
  if (graph) state.graphFile = graph;
  else delete state.graphFile;
  writeFileAtomic(join(outDir, STATE_FILE_NAME), serializeBuildState(state));
}
