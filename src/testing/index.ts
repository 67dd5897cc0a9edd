/**
 * gate-engine/testing — `GateTester`, the gate counterpart of ESLint's RuleTester. Each case writes
 * its files into a fresh temporary directory and runs the gate through the real engine (`verify`
 * with a one-gate config): options are validated against the gate's own schema, the evidence is
 * read by the real readers, and the result is folded exactly as in a run.
 *
 *   const tester = new GateTester({ describe, it });            // vitest/jest/node:test hooks
 *   tester.run(myGate, {
 *     valid: [{ files: { 'report.json': { passed: 3 } }, options: { path: 'report.json' } }],
 *     invalid: [{ files: { 'report.json': { passed: '3' } }, options: { path: 'report.json' }, reason: 'wrong_type',
 *                 findings: [{ code: 'wrong_type', pointer: '/passed' }] }],
 *   });
 *
 * Without test hooks, `run` returns a promise that rejects with the first failing case.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { AnyGateDefinition, CheckResult, GateResult, RawStatus } from '../core/types.js';
import { isEngineError } from '../core/errors.js';
import { BUILTIN_GATES } from '../../gates/index.js';
import { verify } from '../verify.js';

/** File contents by path relative to the case's root: text, bytes, or a value written as JSON. */
export type CaseFiles = Record<string, string | Uint8Array | object | number | boolean | null>;

/** What one finding (a check result) must hold; strings match exactly, RegExps search the text. */
export interface FindingMatcher {
  id?: string;
  code?: string;
  status?: 'pass' | 'fail' | 'warn';
  message?: string | RegExp;
  path?: string;
  pointer?: string;
  line?: number;
  row?: number;
}

export interface GateCase {
  /** Shown as the test name (default: the case's index and file names). */
  name?: string;
  files?: CaseFiles;
  options?: Record<string, unknown>;
  /** Run clock (RFC 3339); default 2026-01-01T00:00:00Z, so dated evidence is deterministic. */
  now?: string;
  env?: Record<string, string | undefined>;
  /** Extra config entry fields for the gate (e.g. `blocking: false`). */
  entry?: Record<string, unknown>;
  /**
   * Other top-level config sections the case needs (e.g. `waivers: { sources: [...] }`); its
   * `gates` are run after the gate under test (e.g. the gates a waiver names).
   */
  config?: Record<string, unknown>;
}

export interface ValidCase extends GateCase {
  /** What the gate must report (default `pass`; a gate that only warns may list `warn`). */
  status?: 'pass' | 'warn' | 'skip';
}

export interface InvalidCase extends GateCase {
  /** The gate's reason (the code of its first failing check). */
  reason: string;
  /** Default `fail`. */
  status?: 'fail' | 'warn' | 'skip';
  /**
   * The failing (and warning) findings, in order. Each entry is matched field by field against the
   * finding at the same position; the number of findings must match too.
   */
  findings?: FindingMatcher[];
}

export interface GateCases {
  valid?: ValidCase[];
  invalid?: InvalidCase[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test frameworks type their callbacks differently
type Hook = (name: string, fn: () => any) => unknown;
export interface GateTesterOptions {
  /** `describe` of the test framework; with `it`, `run` registers one test per case. */
  describe?: Hook;
  it?: Hook;
  /** Default clock for every case. */
  now?: string;
  /** Gate types the tested gate needs next to the built-in ones (other custom gates). */
  gateTypes?: readonly AnyGateDefinition[];
}

export class GateTesterError extends Error {
  override readonly name = 'GateTesterError';
}

const DEFAULT_NOW = '2026-01-01T00:00:00Z';

export interface CaseOutcome {
  gate: GateResult;
  /** The failing and warning checks, in order. */
  findings: CheckResult[];
}

function safeRelative(path: string): string {
  const n = normalize(path);
  if (isAbsolute(path) || n === '..' || n.startsWith(`..${sep}`)) throw new GateTesterError(`case file "${path}" must be a path inside the case's root`);
  return n;
}

async function writeFiles(root: string, files: CaseFiles): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, safeRelative(path));
    await mkdir(dirname(abs), { recursive: true });
    const data = typeof content === 'string' || content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`;
    await writeFile(abs, data);
  }
}

function show(value: unknown): string {
  return value instanceof RegExp ? String(value) : JSON.stringify(value);
}

function matchFinding(actual: CheckResult, want: FindingMatcher): string[] {
  const problems: string[] = [];
  for (const [key, expected] of Object.entries(want) as [keyof FindingMatcher, unknown][]) {
    const got = (actual as unknown as Record<string, unknown>)[key];
    const ok = expected instanceof RegExp ? typeof got === 'string' && expected.test(got) : got === expected;
    if (!ok) problems.push(`${key}: expected ${show(expected)}, got ${show(got)}`);
  }
  return problems;
}

function describeFindings(findings: readonly CheckResult[]): string {
  return findings.length === 0 ? '  (none)' : findings.map((f, i) => `  ${i + 1}. [${f.status}] ${f.id} ${f.code}: ${f.message}`).join('\n');
}

export class GateTester {
  readonly #options: GateTesterOptions;

  constructor(options: GateTesterOptions = {}) {
    this.#options = options;
  }

  /** Run one case and return what the gate reported (for assertions a table cannot express). */
  async check(gate: AnyGateDefinition, c: GateCase): Promise<CaseOutcome> {
    const root = await mkdtemp(join(tmpdir(), 'gate-tester-'));
    try {
      await writeFiles(root, c.files ?? {});
      const builtin = BUILTIN_GATES.includes(gate);
      const extra = [...(this.#options.gateTypes ?? []), ...(builtin ? [] : [gate])];
      let result;
      try {
        result = await verify({
          root,
          cwd: root,
          write: false,
          now: c.now ?? this.#options.now ?? DEFAULT_NOW,
          env: c.env ?? {},
          gateTypes: extra,
          config: { ...(c.config ?? {}), version: 1, gates: [{ id: 'gate_under_test', ...(c.entry ?? {}), type: gate.type, options: c.options ?? {} }, ...((c.config?.gates as object[] | undefined) ?? [])] } as never,
        });
      } catch (e) {
        if (isEngineError(e)) throw new GateTesterError(`the case could not run: ${e.message}${e.fix ? ` (fix: ${e.fix})` : ''}`);
        throw e;
      }
      // The gate under test by its id, never whatever came first: an entry with `enabled: false` (or an id of
      // another gate) would otherwise have a case judged on another gate's result.
      const id = typeof c.entry?.id === 'string' ? c.entry.id : 'gate_under_test';
      const g = result.verdict.gates.find((r) => r.id === id && r.type === gate.type);
      if (g === undefined) throw new GateTesterError(`the gate under test (${id}, type ${gate.type}) did not run in this case${c.entry?.enabled === false ? ': its entry says enabled: false' : ''}; a case must evaluate the gate it tests`);
      return { gate: g, findings: g.checks.filter((k) => k.status !== 'pass') };
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }

  async #valid(gate: AnyGateDefinition, c: ValidCase): Promise<void> {
    const { gate: g, findings } = await this.check(gate, c);
    const want: RawStatus = c.status ?? 'pass';
    if (g.raw_status !== want) {
      throw new GateTesterError(`expected the gate to ${want}, it reported ${g.raw_status}${g.reason ? ` (${g.reason})` : ''}: ${g.detail}\nfindings:\n${describeFindings(findings)}`);
    }
  }

  async #invalid(gate: AnyGateDefinition, c: InvalidCase): Promise<void> {
    if (typeof c.reason !== 'string' || c.reason === '') throw new GateTesterError('an invalid case must name the reason it expects');
    const { gate: g, findings } = await this.check(gate, c);
    const want: RawStatus = c.status ?? 'fail';
    const problems: string[] = [];
    if (g.raw_status !== want) problems.push(`status: expected ${want}, got ${g.raw_status}`);
    if (g.reason !== c.reason) problems.push(`reason: expected ${c.reason}, got ${g.reason ?? '(none)'}`);
    if (c.findings !== undefined) {
      if (findings.length !== c.findings.length) problems.push(`findings: expected ${c.findings.length}, got ${findings.length}`);
      c.findings.forEach((m, i) => {
        const f = findings[i];
        if (f !== undefined) problems.push(...matchFinding(f, m).map((p) => `finding ${i + 1} ${p}`));
      });
    }
    if (problems.length > 0) throw new GateTesterError(`${problems.join('\n')}\ngate detail: ${g.detail}\nfindings:\n${describeFindings(findings)}`);
  }

  /** Register (with describe/it) or run every case of the table. */
  run(gate: AnyGateDefinition, cases: GateCases): Promise<void> | void {
    const valid = cases.valid ?? [];
    const invalid = cases.invalid ?? [];
    if (valid.length + invalid.length === 0) throw new GateTesterError(`no cases for gate ${gate.type}: a table with nothing in it tests nothing`);
    const label = (c: GateCase, i: number) => c.name ?? `#${i + 1}${c.files ? ` (${Object.keys(c.files).join(', ')})` : ''}`;
    const { describe, it } = this.#options;
    if (describe && it) {
      describe(gate.type, () => {
        if (valid.length > 0) describe('valid', () => valid.forEach((c, i) => it(label(c, i), () => this.#valid(gate, c))));
        if (invalid.length > 0) describe('invalid', () => invalid.forEach((c, i) => it(`${label(c, i)} → ${c.reason}`, () => this.#invalid(gate, c))));
      });
      return;
    }
    return (async () => {
      for (const [i, c] of valid.entries()) await this.#valid(gate, c).catch((e: unknown) => Promise.reject(new GateTesterError(`${gate.type} valid ${label(c, i)}: ${(e as Error).message}`)));
      for (const [i, c] of invalid.entries()) await this.#invalid(gate, c).catch((e: unknown) => Promise.reject(new GateTesterError(`${gate.type} invalid ${label(c, i)}: ${(e as Error).message}`)));
    })();
  }
}
