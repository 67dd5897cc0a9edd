/**
 * The validators generated at build time (scripts/precompile-schemas.mjs), by key: `<schemaKey>.cjs` in
 * schema-validators/ beside this module's directory. Read by path here; the CLI bundle (scripts/bundle-cli.mjs)
 * replaces this module by a table of static requires of the ones a demo run uses (the rest by path), so those come from
 * its code cache too.
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);

/** Directory (next to this module in dist) of the validators generated at build time: `<schemaKey>.cjs` each. */
export const PRECOMPILED_DIR = 'schema-validators';

export function precompiledValidator(key: string): ValidateFunction | undefined {
  try {
    // By a path that also holds from the CLI bundle in ../cli/ when it is built without its table.
    return require(`../artifacts/${PRECOMPILED_DIR}/${key}.cjs`) as ValidateFunction;
  } catch (e) {
    // Running from source (tests), or a schema the build did not see: it is compiled on first use.
    if ((e as { code?: unknown }).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}
