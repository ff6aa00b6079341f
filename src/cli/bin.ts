// kg/cli: process entry point: wires runCli to the real process (argv, stdout, stderr, exit code).
import { runCli } from './main.js';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  tty: Boolean(process.stderr.isTTY) && !process.env.CI,
});
process.exitCode = code;
