// kg/query: options shared by every traversal (relation types, direction, date range) with their defaults in one
// place, validated at the public entry points (INVALID_OPTION names the option and how to fix it).
// Pure; knows nothing of paths or neighbourhoods.
import { KgError } from '../model/errors.js';
import type { RelationAttributes } from '../model/types.js';

/** Which edges a step may follow from a node: outgoing, incoming, or both (direction ignored). */
export type Direction = 'both' | 'out' | 'in';

export interface PathOptions {
  /** Relation types to follow (default: every type not excluded). */
  types?: string[];
  /** Relation types to skip (default: ["co_mentioned"]); ignored when `types` is given. */
  exclude?: string[];
  /** Edge direction to follow (default "both"). */
  direction?: Direction;
  /** Shorthand for `direction: "out"` (kept for existing callers). */
  directed?: boolean;
  /**
   * Keep only relations whose date overlaps [from, to] (ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "2019" overlaps
   * "2019-03"). Undated relations are kept unless `strictDates`.
   */
  from?: string;
  to?: string;
  strictDates?: boolean;
}

export const PATH_DEFAULTS = {
  exclude: ['co_mentioned'],
  direction: 'both' as Direction,
  directed: false,
  strictDates: false,
};

const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Throws INVALID_OPTION with a message naming `name` and what is expected. */
export function invalidOption(name: string, value: unknown, expected: string): never {
  throw new KgError('INVALID_OPTION', `kg/query: option "${name}" ${expected}, got ${JSON.stringify(value) ?? String(value)}`, { option: name, value });
}

const checkStringList = (name: string, value: unknown): void => {
  if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
    invalidOption(name, value, 'must be a list of relation types');
  }
};

/** Checks an integer option within [min, max]; returns it or the default. */
export function checkInteger(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalidOption(name, value, `must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** Resolves the direction: explicit `direction`, then the `directed` shorthand, then the default. */
export function resolveDirection(options: PathOptions): Direction {
  if (options.direction !== undefined) {
    if (!['both', 'out', 'in'].includes(options.direction)) invalidOption('direction', options.direction, 'must be "both", "out" or "in"');
    return options.direction;
  }
  return options.directed ? 'out' : PATH_DEFAULTS.direction;
}

/** Validates the shared traversal options (types, exclude, dates, direction); throws INVALID_OPTION. */
export function validatePathOptions(options: PathOptions): void {
  if (options === null || typeof options !== 'object') invalidOption('options', options, 'must be an object');
  checkStringList('types', options.types);
  checkStringList('exclude', options.exclude);
  for (const name of ['from', 'to'] as const) {
    const v = options[name];
    if (v !== undefined && (typeof v !== 'string' || !ISO_PREFIX.test(v))) invalidOption(name, v, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (options.from && options.to && options.from.slice(0, options.to.length) > options.to.slice(0, options.from.length)) {
    invalidOption('from', options.from, `must not be after "to" (${options.to})`);
  }
  resolveDirection(options);
}

/** Does a relation dated `date` (any ISO precision) overlap [from, to]? */
export function overlapsDateRange(date: string, from?: string, to?: string): boolean {
  if (from && date.slice(0, from.length) < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
  return true;
}

/** Returns a predicate on relation attributes telling whether the relation may be followed. */
export function relationFilter(options: PathOptions = {}): (attributes: RelationAttributes) => boolean {
  const exclude = new Set(options.exclude ?? PATH_DEFAULTS.exclude);
  const types = options.types && options.types.length ? new Set(options.types) : undefined;
  const dated = Boolean(options.from || options.to);
  const strict = options.strictDates ?? PATH_DEFAULTS.strictDates;
  return (a) => {
    if (types ? !types.has(a.type) : exclude.has(a.type)) return false;
    if (!dated) return true;
    if (!a.date) return !strict;
    return overlapsDateRange(a.date, options.from, options.to);
  };
}
