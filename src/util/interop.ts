/**
 * A named export of a module loaded with `import()`, wherever it arrives: a CommonJS package (ajv) has it on the
 * module under Node's ESM, but under `default` in esbuild's bundle (where `default` may also be the export itself).
 * Throws when the module has no such export.
 */
export function namedExport<T>(module: unknown, name: string): T {
  const loaded = module as Record<string, unknown> & { default?: Record<string, unknown> };
  const found = loaded[name] ?? loaded.default?.[name] ?? loaded.default;
  if (found === undefined) throw new Error(`the module has no export '${name}'`);
  return found as T;
}
