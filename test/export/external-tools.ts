// Test helper: runs the external checkers every export must pass (xmllint against the GEXF 1.3 RELAX NG schema,
// networkx through Debian's /usr/bin/python3). When a tool is missing the suite fails under CI=true and is
// skipped elsewhere with a loud message. Does not install anything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const GEXF_SCHEMA = resolve(HERE, '../../../shared/gexf-1.3/gexf.rng');
export const PYTHON = '/usr/bin/python3';
const NETWORKX_READER = join(HERE, 'read-with-networkx.py');

export interface ToolStatus {
  available: boolean;
  /** Why the tool cannot be used, when it cannot. */
  reason?: string;
}

function probe(command: string, args: string[]): ToolStatus {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error) return { available: false, reason: `${command} not found (${(r.error as NodeJS.ErrnoException).code})` };
  if (r.status !== 0) return { available: false, reason: `${command} ${args.join(' ')} failed: ${r.stderr.trim().split('\n').pop()}` };
  return { available: true };
}

export function probeXmllint(): ToolStatus {
  if (!existsSync(GEXF_SCHEMA)) return { available: false, reason: `GEXF schema missing at ${GEXF_SCHEMA}` };
  const s = probe('xmllint', ['--version']);
  return s.available ? s : { ...s, reason: `${s.reason}; install with: apt-get install -y libxml2-utils` };
}

export function probeNetworkx(): ToolStatus {
  const s = probe(PYTHON, ['-c', 'import networkx']);
  return s.available ? s : { ...s, reason: `${s.reason}; install with: apt-get install -y python3-networkx` };
}

/**
 * Decides whether a suite needing `tool` runs: true when available; under CI=true a missing tool throws;
 * otherwise prints a loud warning and returns false (the caller skips).
 */
export function requireTool(name: string, status: ToolStatus): boolean {
  if (status.available) return true;
  const message = `${name} is unavailable: ${status.reason}`;
  if (process.env.CI === 'true') throw new Error(`${message} (CI=true: failing instead of skipping)`);
  process.stderr.write(`\n!!!!!!!!!! SKIPPING ${name} CHECKS: ${message} !!!!!!!!!!\n\n`);
  return false;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}

/** Validates `file` against the GEXF 1.3 RELAX NG schema; resolves to xmllint's complaints ('' when valid). */
export async function validateGexf(file: string): Promise<string> {
  const r = await run('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, file]);
  return r.code === 0 ? '' : r.stderr.split('\n').slice(0, 10).join('\n');
}

/** Checks that `file` is well-formed XML; resolves to xmllint's complaints ('' when fine). */
export async function checkWellFormed(file: string): Promise<string> {
  const r = await run('xmllint', ['--noout', file]);
  return r.code === 0 ? '' : r.stderr.split('\n').slice(0, 10).join('\n');
}

export interface NetworkxSummary {
  version: string;
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  edges: number;
  mode?: string;
  sampleNodes: Record<string, Record<string, unknown>>;
  sampleEdges: { source: string; target: string; key: string; attributes: Record<string, unknown> }[];
}

/** Loads `file` with networkx (read_gexf / read_graphml) and returns its summary; rejects with networkx's error. */
export async function loadWithNetworkx(format: 'gexf' | 'graphml', file: string, sample = 50): Promise<NetworkxSummary> {
  const r = await run(PYTHON, [NETWORKX_READER, format, file, String(sample)]);
  if (r.code !== 0) throw new Error(`networkx could not read ${file}:\n${r.stderr.split('\n').slice(-6).join('\n')}`);
  return JSON.parse(r.stdout) as NetworkxSummary;
}
