// kg/cli: the command table and the one top-level catch. A KgError prints as one line with its exit code;
// anything else is a bug and prints its stack. Each command is imported only when it is named, and imports its
// heavy modules (pipeline, exporters, server) only when it runs, so `kg --help` loads nothing but this file.
import { readFileSync } from 'node:fs';
import { EXIT_CODES, isKgError, KgError } from '../model/errors.js';
import { formatFlags, parseArgs } from './args.js';
import type { CliIo, Command } from './command.js';

/** One row per command: its one-line summary for `kg --help` and how to import it. Add a command with a row. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: { summary: 'Build a knowledge graph from documents', load: async () => (await import('./commands/build.js')).buildCommand },
  query: { summary: 'Query paths between entities, or their neighbours', load: async () => (await import('./commands/query.js')).queryCommand },
  export: { summary: 'Export a graph as GEXF, GraphML, CSV or JSON', load: async () => (await import('./commands/export.js')).exportCommand },
  stats: { summary: 'Summarize a graph: counts by type, top entities', load: async () => (await import('./commands/stats.js')).statsCommand },
  explain: { summary: 'Show how the extractor reads a document, or why an edge is in a graph', load: async () => (await import('./commands/explain.js')).explainCommand },
  view: { summary: 'Open a graph in the viewer (a local web page)', load: async () => (await import('./commands/view.js')).viewCommand },
};

/** The package version, read from package.json (two levels up from src/cli and from dist/cli alike). */
function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function mainHelp(): string {
  const names = Object.keys(COMMANDS);
  return [
    'kg: build a knowledge graph of people, countries, organizations and agreements from documents.',
    '',
    'Usage: kg <command> [options]   (kg <command> --help for its options)',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(10)} ${COMMANDS[n]!.summary}`),
    '',
    'Global options: --help, --version, --verbose (stack traces for internal errors)',
  ].join('\n');
}

/** Runs the CLI; returns the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.out(mainHelp());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.out(`kg ${readVersion()}`);
      return 0;
    }
    const entry = COMMANDS[name];
    if (!entry) throw new KgError('USAGE', `kg: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`${command.summary}\n\nUsage: ${command.usage}\n\nOptions:\n${formatFlags(command.flags)}${command.details ? `\n\n${command.details}` : ''}`);
      return 0;
    }
    const args = parseArgs(rest.filter((a) => a !== '--verbose'), command.flags, name);
    if (verbose) args.flags.verbose = true;
    await command.run(args, io);
    return 0;
  } catch (error) {
    if (isKgError(error)) {
      io.err(error.message.split('\n')[0]!);
      return EXIT_CODES[error.code] ?? 1;
    }
    const e = error as Error;
    io.err(`kg: internal error: ${e?.message ?? String(error)}${verbose ? `\n${e?.stack ?? ''}` : ' (run with --verbose for details; please report it)'}`);
    return 70;
  }
}
