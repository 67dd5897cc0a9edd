/**
 * `import(specifier)`, for every module the engine loads at run time (markup and XML parsers on demand, a user's
 * plugins). One place, because the CLI bundle runs as a script compiled from V8's code cache, where Node 20 gives
 * `import()` no loader: scripts/bundle-cli.mjs replaces this module there by the launcher's own `import()`.
 */
export function importModule<T = Record<string, unknown>>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
