import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import verdictSchema from '../../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { BUILTIN_GATES } from '../../gates/index.js';
import { createAjv, PRECOMPILED_DIR, schemaKey, validateSchema, type JsonSchema } from '../../src/artifacts/schema.js';
import { standaloneValidators } from '../../src/artifacts/schema-standalone.js';
import { CONFIG_BASE_SCHEMA } from '../../src/config/schema.js';
import { BIN } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);
const require = createRequire(import.meta.url);

type Validate = ((value: unknown) => boolean) & { errors?: unknown };

/** Evaluates generated standalone modules the way dist loads them; returns key → validator. */
function load(modules: Map<string, string>): Map<string, Validate> {
  return new Map(
    [...modules].map(([key, source]) => {
      const m = { exports: {} as unknown };
      new Function('module', 'exports', 'require', source)(m, m.exports, require);
      return [key, m.exports as Validate];
    }),
  );
}

const kernelBoundaryOptions = BUILTIN_GATES.find((g) => g.type === 'kernel_boundary')?.optionsSchema as JsonSchema;

describe('engine schemas compiled at build time (ajv standalone)', () => {
  const cases: { name: string; schema: JsonSchema; fillDefaults: boolean }[] = [
    { name: 'verdict', schema: verdictSchema as JsonSchema, fillDefaults: false },
    { name: 'config', schema: CONFIG_BASE_SCHEMA, fillDefaults: false },
    { name: 'kernel_boundary options (defaults filled)', schema: kernelBoundaryOptions, fillDefaults: true },
  ];
  const table = load(standaloneValidators([...cases, cases[0] as (typeof cases)[number]]));

  it('emits one validator per (schema, defaults) pair, keyed by the digest of the schema', () => {
    expect(table.size).toBe(3);
    expect([...table.keys()].sort()).toEqual(cases.map((c) => schemaKey(c.schema, c.fillDefaults)).sort());
    // An edited schema has another key: the old validator can never check the new text.
    expect(schemaKey({ ...CONFIG_BASE_SCHEMA, additionalProperties: true }, false)).not.toBe(schemaKey(CONFIG_BASE_SCHEMA, false));
    expect(schemaKey(kernelBoundaryOptions, true)).not.toBe(schemaKey(kernelBoundaryOptions, false));
  });

  it.each(cases)('$name: the generated validator answers exactly as the compiled one (errors, filled defaults)', ({ schema, fillDefaults }) => {
    const generated = table.get(schemaKey(schema, fillDefaults)) as Validate;
    const compiled = createAjv(fillDefaults).compile(schema) as Validate;
    const near = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.dictionary(fc.constantFrom('version', 'gates', 'schema', 'verdict', 'manifest', 'source_globs', 'ignore', 'summary', 'x'), fc.anything({ maxDepth: 2 })),
    );
    fc.assert(
      fc.property(near, (value) => {
        const a = structuredClone(value);
        const b = structuredClone(value);
        expect(generated(a)).toBe(compiled(b));
        expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
        expect(a).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the build ships them and a run compiles nothing', () => {
  const dir = join(REPO_ROOT, 'dist', 'src', 'artifacts', PRECOMPILED_DIR);
  const built = new Set(readdirSync(dir).map((f) => f.replace(/\.cjs$/, '')));

  it('dist holds a validator for the verdict, the config and every built-in gate\'s options', () => {
    const wanted = [schemaKey(verdictSchema as JsonSchema, false), schemaKey(CONFIG_BASE_SCHEMA, false), ...BUILTIN_GATES.map((g) => schemaKey(g.optionsSchema, true))];
    expect(wanted.filter((k) => !built.has(k))).toEqual([]);
  });

  it('a CLI run of the demo never loads ajv\'s compiler', () => {
    const dir = tempDir('ge-noajv-');
    const hook = writeTree(dir, {
      'hook.cjs': `const M = require('node:module'); const fs = require('node:fs'); const load = M._load;
M._load = function (req, ...rest) { if (/^ajv(\\/dist\\/(2020|core|ajv))?(\\.js)?$|^ajv-formats$/.test(req)) fs.appendFileSync(${JSON.stringify(join(dir, 'loaded'))}, req + '\\n'); return load.call(this, req, ...rest); };`,
    });
    const run = spawnSync(process.execPath, ['-r', join(hook, 'hook.cjs'), BIN, 'verify', '--root', join(REPO_ROOT, 'fixtures', 'demo'), '--out', join(dir, 'out'), '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(1); // the demo fails on purpose
    expect(JSON.parse(run.stdout).verdict).toBe('fail');
    expect(() => readFileSync(join(dir, 'loaded'), 'utf8')).toThrow(/ENOENT/);
  });

  it('a schema without a generated validator is still checked (compiled on first use)', () => {
    const schema: JsonSchema = { type: 'object', required: ['a'], properties: { a: { type: 'integer' } }, additionalProperties: false };
    expect(validateSchema(schema, { a: 1 })).toEqual([]);
    expect(validateSchema(schema, { a: 'x', b: 1 }).map((p) => p.keyword).sort()).toEqual(['additionalProperties', 'type']);
  });
});
