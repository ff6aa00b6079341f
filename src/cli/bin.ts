// kg/cli: process entry point: wires runCli to the real process (argv, stdout, stderr, exit code).
import { runCli } from './main.js';

// A closed pipe (`kg query ... | head`) ends output quietly instead of crashing
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  tty: Boolean(process.stderr.isTTY) && !process.env.CI,
});
process.exitCode = code;
