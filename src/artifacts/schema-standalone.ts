/**
 * Build-time only (scripts/precompile-schemas.mjs): the engine's own schemas as ajv standalone code, one
 * module per (schema, defaults) pair, keyed by `schemaKey`. `validateSchema` looks a
 * schema up here before it would load ajv and compile it, so a run pays for no schema compilation.
 */
import { createRequire } from 'node:module';
import { createAjv, schemaKey, type JsonSchema } from './schema.js';

const require = createRequire(import.meta.url);

export interface StandaloneEntry {
  schema: JsonSchema;
  fillDefaults: boolean;
}

/**
 * CommonJS source of one module per (schema, defaults) pair, `module.exports = validate`, by `schemaKey`
 * (the file name under dist/src/artifacts/schema-validators/). Entries with the same key are emitted once,
 * so a run loads only the validators of the schemas it uses.
 */
export function standaloneValidators(entries: readonly StandaloneEntry[]): Map<string, string> {
  const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: (ajv: unknown, fn: unknown) => string }).default;
  const modules = new Map<string, string>();
  for (const { schema, fillDefaults } of entries) {
    const key = schemaKey(schema, fillDefaults);
    if (modules.has(key)) continue;
    // One ajv per schema: two schemas with the same $id never collide, exactly as each is compiled at run time.
    const ajv = createAjv(fillDefaults, true);
    modules.set(key, `// Generated at build time by scripts/precompile-schemas.mjs from one of the engine's own schemas. Do not edit.\n${standaloneCode(ajv, ajv.compile(schema))}\n`);
  }
  return modules;
}
