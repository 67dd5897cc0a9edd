/**
 * The layering the SDK promises, checked on the source: gates import only the public SDK (plus node
 * builtins and the package's runtime dependencies) and never another gate's file; a gate longer
 * than ~400 lines is a folder; src/artifacts never imports src/core (the import cycle stays gone).
 *
 * One exception, by design: gates/kernel-boundary may import src/scan/ — the Rust and TypeScript
 * import scanners are that gate's machinery, kept under src/scan so they can be benchmarked and
 * fuzzed on their own, not an engine internal another gate should reach.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/fs.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
let base = REPO_ROOT;
const rel = (abs: string) => relative(base, abs).split(sep).join('/');

/** Gate folders allowed to import one more engine area (its machinery), with why. */
const EXTRA_ALLOWED: Record<string, string[]> = { 'gates/kernel-boundary/': ['src/scan/'] };
const MAX_SINGLE_FILE_GATE_LINES = 400;
/** Every module a gate could be written in: a .js or .mts file beside the .ts ones is checked too. */
const MODULE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (MODULE_FILE.test(p) && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module specifier of a file: static imports, re-exports, dynamic import() and import types. */
function specifiers(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) found.push(node.arguments[0].text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) found.push(node.moduleReference.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

function targetOf(file: string, spec: string): string {
  const abs = resolve(dirname(file), spec);
  // `./x.js` in TypeScript names x.ts; a real x.js (a gate written in JavaScript) is itself.
  return rel(abs.endsWith('.js') && !existsSync(abs) ? `${abs.slice(0, -3)}.ts` : abs);
}

const unitOf = (file: string): string => {
  const parts = rel(file).split('/');
  return parts.length > 2 ? `gates/${parts[1]}/` : rel(file);
};

const isPackage = (spec: string) => {
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
  return Object.hasOwn(pkg.dependencies, name);
};
const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec);

/** What a gate file imports that it may not. */
function gateViolations(file: string): string[] {
  const unit = unitOf(file);
  const extra = EXTRA_ALLOWED[unit] ?? [];
  const bad: string[] = [];
  for (const spec of specifiers(file)) {
    if (!spec.startsWith('.')) {
      if (!isBuiltin(spec) && !isPackage(spec)) bad.push(`${spec} (not a node builtin or a runtime dependency)`);
      continue;
    }
    const t = targetOf(file, spec);
    const own = unit.endsWith('/') ? t.startsWith(unit) : t === unit;
    if (own || t === 'src/sdk/index.ts' || extra.some((p) => t.startsWith(p))) continue;
    bad.push(t.startsWith('gates/') ? `${t} (another gate's file)` : `${t} (engine internals; import src/sdk/index.js)`);
  }
  return bad;
}

const gateFiles = walk(join(REPO_ROOT, 'gates')).filter((f) => rel(f) !== 'gates/index.ts');

it('the boundary check sees every gate file: the registry and each gate\'s files, whatever their extension', () => {
  const all = readdirSync(join(REPO_ROOT, 'gates'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => rel(join(e.parentPath, e.name)));
  const seen = new Set([...gateFiles.map(rel), 'gates/index.ts']);
  expect(all.filter((f) => !seen.has(f) && !f.endsWith('.md') && !f.endsWith('.json'))).toEqual([]);
  expect(existsSync(join(REPO_ROOT, 'gates/index.ts'))).toBe(true);
});

describe('architecture: gates use the SDK only', () => {
  it('every gate file imports only src/sdk/index.js, its own gate\'s files, node builtins and runtime dependencies', () => {
    const problems = gateFiles.flatMap((f) => gateViolations(f).map((v) => `${rel(f)} imports ${v}`));
    expect(problems, 'run `node scripts/sdk-imports.mjs` to rewrite them').toEqual([]);
  });

  it('the registry gates/index.ts imports each gate by its entry (gates/<name>.ts or gates/<name>/index.ts) and the SDK', () => {
    const file = join(REPO_ROOT, 'gates/index.ts');
    const bad = specifiers(file)
      .map((s) => targetOf(file, s))
      .filter((t) => t !== 'src/sdk/index.ts' && !/^gates\/[a-z0-9-]+\.ts$/.test(t) && !/^gates\/[a-z0-9-]+\/index\.ts$/.test(t));
    expect(bad).toEqual([]);
  });

  it('the SDK never imports a gate (built-in gates stand on it, not the reverse)', () => {
    const bad = walk(join(REPO_ROOT, 'src/sdk')).flatMap((f) => specifiers(f).filter((s) => s.startsWith('.') && targetOf(f, s).startsWith('gates/')).map((s) => `${rel(f)} → ${s}`));
    expect(bad).toEqual([]);
  });

  it(`no single-file gate is longer than ${MAX_SINGLE_FILE_GATE_LINES} lines (a longer one becomes a folder)`, () => {
    const long = readdirSync(join(REPO_ROOT, 'gates'))
      .filter((n) => MODULE_FILE.test(n) && n !== 'index.ts')
      .map((n) => [n, readFileSync(join(REPO_ROOT, 'gates', n), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > MAX_SINGLE_FILE_GATE_LINES + 10);
    expect(long).toEqual([]);
  });

  it('the checker itself catches a gate reaching into internals, into another gate or into an undeclared package', () => {
    const root = mkdtempSync(join(tmpdir(), 'ge-arch-'));
    try {
      mkdirSync(join(root, 'gates/big'), { recursive: true });
      writeFileSync(join(root, 'gates/a.ts'), "import { x } from '../src/core/types.js';\nimport { y } from './b.js';\nimport z from 'left-pad';\nimport { sdk } from '../src/sdk/index.js';\nimport { readFile } from 'node:fs/promises';\nexport const v = import('../src/util/time.js');\n");
      writeFileSync(join(root, 'gates/big/index.ts'), "import { m } from './machinery.js';\nimport { s } from '../../src/scan/ts-imports.js';\n");
      writeFileSync(join(root, 'gates/kernel-boundary.ts'), '');
      base = root;
      expect(gateViolations(join(root, 'gates/a.ts'))).toEqual([
        'src/core/types.ts (engine internals; import src/sdk/index.js)',
        "gates/b.ts (another gate's file)",
        'left-pad (not a node builtin or a runtime dependency)',
        'src/util/time.ts (engine internals; import src/sdk/index.js)',
      ]);
      expect(gateViolations(join(root, 'gates/big/index.ts'))).toEqual(['src/scan/ts-imports.ts (engine internals; import src/sdk/index.js)']);
    } finally {
      base = REPO_ROOT;
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('architecture: layering of src/', () => {
  const srcFiles = walk(join(REPO_ROOT, 'src'));
  const importsOf = (area: string) =>
    srcFiles.filter((f) => rel(f).startsWith(`src/${area}/`)).flatMap((f) => specifiers(f).filter((s) => s.startsWith('.')).map((s) => ({ from: rel(f), to: targetOf(f, s) })));

  it('src/artifacts never imports src/core (no core ↔ artifacts cycle)', () => {
    expect(importsOf('artifacts').filter((e) => e.to.startsWith('src/core/'))).toEqual([]);
  });

  it('src/util imports neither src/core nor src/artifacts (it sits below both)', () => {
    expect(importsOf('util').filter((e) => e.to.startsWith('src/core/') || e.to.startsWith('src/artifacts/'))).toEqual([]);
  });

  it('src/verify.ts stays an orchestrator: its stages live in src/verify/ (load → plan → run → fold → write)', () => {
    const lines = readFileSync(join(REPO_ROOT, 'src/verify.ts'), 'utf8').split('\n').length;
    expect(lines).toBeLessThan(150);
    for (const stage of ['load', 'plan', 'run', 'fold', 'write']) expect(existsSync(join(REPO_ROOT, `src/verify/${stage}.ts`)), stage).toBe(true);
    // The stages depend on what came before them, never on what comes after (and never on the orchestrator).
    const order = ['types', 'load', 'plan', 'run', 'fold', 'write'];
    const edges = importsOf('verify').filter((e) => e.to.startsWith('src/verify'));
    const stageOf = (file: string) => order.indexOf(file.replace(/^src\/verify\//, '').replace(/\.(ts|js)$/, ''));
    const backwards = edges.filter((e) => e.to === 'src/verify.ts' || e.to === 'src/verify.js' || stageOf(e.to) > stageOf(e.from));
    expect(edges.length).toBeGreaterThan(4);
    expect(backwards).toEqual([]);
  });

  it('the SDK is published as gate-engine/sdk', () => {
    const exports = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).exports as Record<string, unknown>;
    expect(exports['./sdk']).toMatchObject({ import: './dist/src/sdk/index.js', types: './dist/src/sdk/index.d.ts' });
    expect(existsSync(join(REPO_ROOT, 'src/sdk/index.ts'))).toBe(true);
  });
});
