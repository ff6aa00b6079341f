// kg/util: unwraps the default export of a CommonJS package whose typings declare `export default` (under
// NodeNext, TypeScript types such a default import as the whole module; at run time it is the function).

/** Returns `module.default` when present, else the module itself, typed as the package's default export. */
export function interopDefault<T>(module: { default: T } | T): T {
  const m = module as { default?: T };
  return m && typeof m === 'object' && 'default' in m && m.default !== undefined ? m.default : (module as T);
}
