/**
 * Start-up cost (issue 13): the registry of built-in gates must not load what only a running gate needs. The five
 * heavy gates keep their implementation in `evaluate.ts`, imported when the gate runs; this walks the static value
 * imports from gates/index.ts and the CLI and fails when one of them reaches that machinery again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fs.js';

/**
 * Module specifiers a file loads when it is imported: value imports and re-exports, not types nor import(). Parsed
 * once per file: every entry's closure walks mostly the same files, and a parse by the compiler costs milliseconds.
 */
const specifiersOf = new Map<string, string[]>();
function staticSpecifiers(file: string): string[] {
  let out = specifiersOf.get(file);
  if (out === undefined) specifiersOf.set(file, (out = parseSpecifiers(file)));
  return out;
}

function parseSpecifiers(file: string): string[] {
  // Only the top-level statements are read: no parent links needed.
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const node of src.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      const bindings = node.importClause?.namedBindings;
      const onlyTypes = node.importClause !== undefined && node.importClause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) spec = node.moduleSpecifier;
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly) spec = node.moduleSpecifier;
    if (spec !== undefined && ts.isStringLiteral(spec)) out.push(spec.text);
  }
  return out;
}

/** Relative modules a file loads when it is imported. */
function staticImports(file: string): string[] {
  const out: string[] = [];
  for (const spec of staticSpecifiers(file)) {
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    if (existsSync(target)) out.push(target);
  }
  return out;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const stack = [entry];
  while (stack.length > 0) {
    for (const next of staticImports(stack.pop() as string)) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return new Set([...seen].map((f) => relative(REPO_ROOT, f).split(sep).join('/')));
}

/** What only a running gate needs: its own run, the import scanners, the tracker reader, child processes. */
const RUN_ONLY = /^(?:gates\/[^/]+\/evaluate\.ts|src\/scan\/|gates\/practical-finish\/(?:tracker|checkpoint)\.ts|gates\/command\/process\.ts|gates\/claim-tier-order\/(?:strict|contract|scan)\.ts|gates\/kernel-boundary\/(?:checks|sources|report)\.ts|gates\/parameter-sweeps-integrity\/rules\.ts)/;

describe('start-up imports', () => {
  for (const entry of ['gates/index.ts', 'src/cli/main.ts']) {
    it(`${entry} loads no gate's run machinery until the gate runs`, () => {
      const loaded = [...closure(join(REPO_ROOT, entry))];
      expect(loaded.length).toBeGreaterThan(5);
      expect(loaded.filter((f) => RUN_ONLY.test(f))).toEqual([]);
    });
  }

  it('each lazy gate still imports its run when it evaluates', () => {
    for (const gate of ['kernel-boundary', 'claim-tier-order', 'practical-finish', 'parameter-sweeps-integrity', 'command']) {
      expect(readFileSync(join(REPO_ROOT, 'gates', gate, 'index.ts'), 'utf8')).toContain("await import('./evaluate.js')");
    }
  });

  it('loads the parsers of structured text evidence (saxes, json5, parse5) only when a file needs one', () => {
    for (const entry of ['src/index.ts', 'src/cli/main.ts', 'gates/index.ts']) {
      const eager = [...closure(join(REPO_ROOT, entry))].flatMap((f) => staticSpecifiers(join(REPO_ROOT, f)).filter((spec) => ['saxes', 'json5', 'parse5'].includes(spec)).map((spec) => `${f}: ${spec}`));
      expect(eager, entry).toEqual([]);
    }
  });
});
