// Build step (after tsc): compiles the engine's own JSON Schemas to ajv standalone code in
// dist/src/artifacts/schema-validators/<key>.cjs, so no run compiles them. Schemas found: every schemas/*.json, every
// exported *_SCHEMA constant of the built modules, and every built-in gate's options schema (with defaults).
// A schema left out is not an error: it is compiled on first use, as before.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = join(import.meta.dirname, '..', 'dist');
const { standaloneValidators } = await import(pathToFileURL(join(dist, 'src/artifacts/schema-standalone.js')).href);
const { PRECOMPILED_DIR } = await import(pathToFileURL(join(dist, 'src/artifacts/schema.js')).href);
const { BUILTIN_GATES } = await import(pathToFileURL(join(dist, 'gates/index.js')).href);

const entries = [];
const schemasDir = join(import.meta.dirname, '..', 'schemas');
for (const name of readdirSync(schemasDir).filter((n) => n.endsWith('.json')).sort()) {
  entries.push({ schema: JSON.parse(readFileSync(join(schemasDir, name), 'utf8')), fillDefaults: false });
}
const modules = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.js')) modules.push(p);
  }
};
walk(join(dist, 'src'));
walk(join(dist, 'gates'));
for (const file of modules.sort()) {
  if (relative(dist, file) === join('src', 'cli', 'main.js')) continue; // the executable runs on import
  const exports = await import(pathToFileURL(file).href);
  for (const [name, value] of Object.entries(exports)) {
    if (/SCHEMA$/.test(name) && value !== null && typeof value === 'object' && !Array.isArray(value)) entries.push({ schema: value, fillDefaults: false });
  }
}
for (const gate of BUILTIN_GATES) if (gate.optionsSchema) entries.push({ schema: gate.optionsSchema, fillDefaults: true });

const generated = standaloneValidators(entries);
const target = join(dist, 'src', 'artifacts', PRECOMPILED_DIR);
mkdirSync(target, { recursive: true });
let bytes = 0;
for (const [key, source] of generated) {
  writeFileSync(join(target, `${key}.cjs`), source);
  bytes += source.length;
}
console.log(`precompiled ${generated.size} schemas into dist/src/artifacts/${PRECOMPILED_DIR}/ (${(bytes / 1024).toFixed(0)} KB)`);
