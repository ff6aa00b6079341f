// kg/cli: the shape of a CLI command (name, help, flags, run). Commands write through `io`, never to console.
import type { FlagSpec, ParsedArgs } from './args.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when stderr is an interactive terminal (progress bars allowed). */
  tty: boolean;
  /**
   * Resolves when the user stops the process (Ctrl+C, SIGTERM). A command that runs until then (kg view) awaits it;
   * without it such a command returns at once.
   */
  untilStopped?: () => Promise<void>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  flags: Record<string, FlagSpec>;
  /** Extra help text (examples). */
  details?: string;
  run: (args: ParsedArgs, io: CliIo) => Promise<void> | void;
}
