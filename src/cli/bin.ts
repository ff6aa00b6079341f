#!/usr/bin/env node
// kg/cli: process entry point (the package's `kg` bin): wires runCli to the real process (argv, stdout, stderr,
// exit code, Ctrl+C).
import { runCli } from './main.js';

// A closed pipe (`kg query ... | head`) ends output quietly instead of crashing
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Ctrl+C keeps its default (end the process) unless a command waits for it to stop cleanly; a second one ends it
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const untilStopped = (): Promise<void> =>
  new Promise((resolve) => {
    const stop = (): void => {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
      resolve();
    };
    for (const signal of STOP_SIGNALS) process.on(signal, stop);
  });

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  tty: Boolean(process.stderr.isTTY) && !process.env.CI,
  untilStopped,
});
process.exitCode = code;
