#!/usr/bin/env node
// Rewrites imports so gates use only the public SDK (src/sdk/index.ts). Re-runnable: run it after
// merging a branch that added imports of engine internals, then `npm run typecheck`.
//
//   node scripts/sdk-imports.mjs [--check] [--skip <dir>]... [path...]
//
// 1. Moved modules (MOVED below): every .ts file under src/, gates/, test/, bench/, examples/ that
//    imports a moved module is pointed at its new place.
// 2. Gate files (gates/**/*.ts except the registry gates/index.ts, or the given paths): an import of
//    anything outside the gate's own unit (its folder, or its single file) — engine internals under
//    src/ or another gate's file — becomes one merged import from src/sdk/index.js, provided the SDK
//    exports every imported name. Node builtins, packages and the gate's own files stay. src/scan/
//    stays for gates/kernel-boundary (its scanners are gate machinery; see test/architecture.test.ts).
// A name the SDK does not export is an error naming the file and the fix (re-export it from
// src/sdk/index.ts, or move the shared helper into src/sdk or src/util); nothing is written then.
// --check: write nothing, exit 1 when a file would change.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SDK = join(ROOT, 'src/sdk/index.ts');
/** Modules that moved (old → new, repository-relative, .ts). */
const MOVED = { 'src/core/time.ts': 'src/util/time.ts' };
/** Gate folders whose extra allowed import roots are part of the gate's machinery. */
const GATE_EXTRA_ALLOWED = { 'gates/kernel-boundary': ['src/scan/'] };

const args = process.argv.slice(2);
const check = args.includes('--check');
const skip = [];
const explicit = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--check') continue;
  if (args[i] === '--skip') skip.push(normal(args[++i] ?? ''));
  else explicit.push(resolve(args[i]));
}

function normal(p) {
  return relative(ROOT, resolve(p)).split(sep).join('/').replace(/\/$/, '');
}
const rel = (abs) => relative(ROOT, abs).split(sep).join('/');

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The .ts file a relative specifier names (./x.js → ./x.ts), or the path itself (json). */
function target(fromFile, spec) {
  const abs = resolve(dirname(fromFile), spec);
  if (abs.endsWith('.js')) {
    const asTs = abs.slice(0, -3) + '.ts';
    return asTs;
  }
  return abs;
}

function specifierTo(fromFile, absTs) {
  let r = relative(dirname(fromFile), absTs).split(sep).join('/');
  if (!r.startsWith('.')) r = `./${r}`;
  return r.endsWith('.ts') ? `${r.slice(0, -3)}.js` : r;
}

// --- What the SDK exports ------------------------------------------------------------------------
function exportedNames(file, seen = new Set()) {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const names = new Set();
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const exported = (node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of src.statements) {
    if (ts.isExportDeclaration(st)) {
      if (st.exportClause && ts.isNamedExports(st.exportClause)) for (const el of st.exportClause.elements) names.add(el.name.text);
      else if (!st.exportClause && st.moduleSpecifier) for (const n of exportedNames(target(file, st.moduleSpecifier.text), seen)) names.add(n);
    } else if (exported(st)) {
      if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) names.add(d.name.getText(src));
      else if (st.name) names.add(st.name.text);
    }
  }
  return names;
}

// --- Rewriting one file --------------------------------------------------------------------------
function gateUnit(file) {
  const r = rel(file);
  const parts = r.split('/');
  if (parts[0] !== 'gates') return undefined;
  return parts.length > 2 ? `gates/${parts[1]}/` : r;
}

function insideUnit(unit, absTarget) {
  const t = rel(absTarget);
  return unit.endsWith('/') ? t.startsWith(unit) : t === unit;
}

const problems = [];
let sdkNames;

function rewrite(file, asGate) {
  const text = readFileSync(file, 'utf8');
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  const unit = asGate ? gateUnit(file) : undefined;
  const extra = unit ? GATE_EXTRA_ALLOWED[unit.replace(/\/$/, '')] ?? [] : [];
  const sdkBindings = [];
  let firstSdkStart;
  for (const st of src.statements) {
    const isImport = ts.isImportDeclaration(st);
    const isExport = ts.isExportDeclaration(st) && st.moduleSpecifier !== undefined;
    if (!isImport && !isExport) continue;
    const spec = st.moduleSpecifier.text;
    if (!spec.startsWith('.')) continue;
    let abs = target(file, spec);
    const movedTo = MOVED[rel(abs)];
    if (movedTo) abs = join(ROOT, movedTo);
    const gateRewrite = asGate && isImport && unit && !insideUnit(unit, abs) && !extra.some((p) => rel(abs).startsWith(p));
    if (!gateRewrite) {
      if (movedTo) {
        const m = st.moduleSpecifier;
        edits.push({ start: m.getStart(src) + 1, end: m.getEnd() - 1, text: specifierTo(file, abs) });
      }
      continue;
    }
    const clause = st.importClause;
    const typeOnly = clause?.isTypeOnly === true;
    if (!clause || clause.name || (clause.namedBindings && !ts.isNamedImports(clause.namedBindings))) {
      problems.push(`${rel(file)}: \`${st.getText(src).split('\n')[0]}\` is a default, namespace or side-effect import of ${rel(abs)}; import named exports of src/sdk/index.ts instead`);
      continue;
    }
    const elements = clause.namedBindings ? clause.namedBindings.elements : [];
    for (const el of elements) {
      const imported = (el.propertyName ?? el.name).text;
      if (!sdkNames.has(imported)) {
        problems.push(`${rel(file)}: "${imported}" (from ${rel(abs)}) is not exported by src/sdk/index.ts; re-export it there (or move the shared helper into src/sdk or src/util), then re-run`);
      }
      sdkBindings.push({ imported, local: el.name.text, type: typeOnly || el.isTypeOnly });
    }
    // Remove the whole statement with its line break; the merged SDK import goes where the first was.
    let end = st.getEnd();
    if (text[end] === '\n') end++;
    const start = st.getStart(src);
    firstSdkStart ??= start;
    edits.push({ start, end, text: '' });
  }
  if (sdkBindings.length > 0) {
    // Keep what an existing SDK import already brings in; value wins over type for the same binding.
    const merged = new Map();
    for (const b of sdkBindings) {
      const key = `${b.imported} as ${b.local}`;
      const prev = merged.get(key);
      merged.set(key, { ...b, type: prev ? prev.type && b.type : b.type });
    }
    const items = [...merged.values()]
      .sort((a, b) => (a.imported.toLowerCase() < b.imported.toLowerCase() ? -1 : a.imported.toLowerCase() > b.imported.toLowerCase() ? 1 : 0))
      .map((b) => `${b.type ? 'type ' : ''}${b.imported}${b.local !== b.imported ? ` as ${b.local}` : ''}`);
    const allTypes = [...merged.values()].every((b) => b.type);
    const list = allTypes ? items.map((i) => i.replace(/^type /, '')) : items;
    const spec = specifierTo(file, SDK);
    const one = `import ${allTypes ? 'type ' : ''}{ ${list.join(', ')} } from '${spec}';\n`;
    const statement = one.length <= 160 ? one : `import ${allTypes ? 'type ' : ''}{\n${list.map((i) => `  ${i},`).join('\n')}\n} from '${spec}';\n`;
    const first = edits.find((e) => e.start === firstSdkStart);
    first.text = statement;
  }
  if (edits.length === 0) return false;
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (out === text) return false;
  return out;
}

// --- Main ----------------------------------------------------------------------------------------
sdkNames = exportedNames(SDK);
const skipped = (f) => skip.some((s) => rel(f) === s || rel(f).startsWith(`${s}/`));
const gateFiles = (explicit.length > 0 ? explicit.flatMap((p) => (statSync(p).isDirectory() ? walk(p) : [p])) : walk(join(ROOT, 'gates'))).filter(
  (f) => rel(f).startsWith('gates/') && rel(f) !== 'gates/index.ts' && !skipped(f),
);
const gateSet = new Set(gateFiles);
const movedFiles = explicit.length > 0 ? [] : ['src', 'gates', 'test', 'bench', 'examples'].flatMap((d) => walk(join(ROOT, d))).filter((f) => !gateSet.has(f) && !skipped(f));
const changes = new Map();
for (const f of [...gateFiles, ...movedFiles]) {
  const out = rewrite(f, gateSet.has(f));
  if (out !== false) changes.set(f, out);
}
if (problems.length > 0) {
  console.error(`sdk-imports: ${problems.length} import(s) cannot go through the SDK; nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(2);
}
for (const [f, out] of changes) {
  if (!check) writeFileSync(f, out);
  console.log(`${check ? 'would rewrite' : 'rewrote'} ${rel(f)}`);
}
if (changes.size === 0) console.log('sdk-imports: nothing to rewrite');
process.exit(check && changes.size > 0 ? 1 : 0);
