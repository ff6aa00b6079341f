// kg/cli: a small argv parser (flags with values, boolean flags, positionals) with typed usage errors.
// Knows nothing about commands; each command declares its flags.
import { KgError } from '../model/errors.js';

export interface FlagSpec {
  type: 'string' | 'boolean' | 'number';
  alias?: string;
  multiple?: boolean;
  description: string;
  default?: string | number | boolean;
}

/** The `--graph` flag of the commands that read a built graph; `purpose` completes its help ("graph.json to ..."). */
export const graphFlag = (purpose: string): FlagSpec => ({ type: 'string', alias: 'g', description: `graph.json to ${purpose}`, default: 'graph/graph.json' });

export type ParsedFlags = Record<string, string | number | boolean | string[] | undefined>;

export interface ParsedArgs {
  positionals: string[];
  flags: ParsedFlags;
}

/** Parses argv against `specs`; unknown flags and missing values are USAGE errors. */
export function parseArgs(argv: string[], specs: Record<string, FlagSpec>, command: string): ParsedArgs {
  const positionals: string[] = [];
  const flags: ParsedFlags = {};
  const byAlias = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.alias) byAlias.set(spec.alias, name);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : byAlias.get(arg.slice(1)) ?? arg.slice(1);
    const name = rawName.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    const spec = specs[name];
    if (!spec) throw new KgError('USAGE', `kg ${command}: unknown option "${arg}" (see kg ${command} --help)`);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (spec.type === 'boolean') {
      flags[name] = value === undefined ? true : value !== 'false';
      continue;
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new KgError('USAGE', `kg ${command}: option "${arg}" needs a value`);
    }
    if (spec.type === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new KgError('INVALID_OPTION', `kg ${command}: option "${arg}" expects a number, got "${value}"`);
      flags[name] = n;
    } else if (spec.multiple) {
      const list = (flags[name] as string[] | undefined) ?? [];
      list.push(...value.split(',').map((v) => v.trim()).filter(Boolean));
      flags[name] = list;
    } else flags[name] = value;
  }
  for (const [name, spec] of Object.entries(specs)) if (flags[name] === undefined && spec.default !== undefined) flags[name] = spec.default;
  return { positionals, flags };
}

/** Formats a command's flags for --help. */
export function formatFlags(specs: Record<string, FlagSpec>): string {
  return Object.entries(specs)
    .map(([name, s]) => {
      const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}${s.alias ? `, -${s.alias}` : ''}${s.type === 'boolean' ? '' : ` <${s.type === 'number' ? 'n' : 'value'}>`}`;
      return `  ${flag.padEnd(28)} ${s.description}${s.default !== undefined && s.default !== false ? ` (default: ${s.default})` : ''}`;
    })
    .join('\n');
}
