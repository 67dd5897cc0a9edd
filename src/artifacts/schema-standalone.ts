/**
 * Build-time only (scripts/precompile-schemas.mjs): the engine's own schemas as ajv standalone code, one
 * lazily evaluated factory per (schema, defaults) pair, keyed by `schemaKey`. `validateSchema` looks a
 * schema up here before it would load ajv and compile it, so a run pays for no schema compilation.
 */
import { createRequire } from 'node:module';
import { createAjv, schemaKey, type JsonSchema } from './schema.js';

const require = createRequire(import.meta.url);

export interface StandaloneEntry {
  schema: JsonSchema;
  fillDefaults: boolean;
}

/** CommonJS source exporting `{ [schemaKey]: (module, exports) => void }`; entries with the same key are emitted once. */
export function standaloneValidators(entries: readonly StandaloneEntry[]): { source: string; count: number } {
  const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: (ajv: unknown, fn: unknown) => string }).default;
  const seen = new Set<string>();
  let source = "'use strict';\n// Generated at build time by scripts/precompile-schemas.mjs from the engine's own schemas. Do not edit.\n";
  for (const { schema, fillDefaults } of entries) {
    const key = schemaKey(schema, fillDefaults);
    if (seen.has(key)) continue;
    seen.add(key);
    // One ajv per schema: two schemas with the same $id never collide, exactly as each is compiled at run time.
    const ajv = createAjv(fillDefaults, true);
    const code = standaloneCode(ajv, ajv.compile(schema));
    source += `exports[${JSON.stringify(key)}] = function (module, exports) {\n${code}\n};\n`;
  }
  return { source, count: seen.size };
}
