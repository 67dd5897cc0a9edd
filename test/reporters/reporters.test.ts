/**
 * The reporters as pure functions: each format validated by its owner's validator (JUnit: an XSD
 * with xmllint; SARIF: the official SARIF multitool), read back by an independent reader, and
 * checked for the one property every CI format must keep: text from an artifact never becomes a
 * command, a property or markup.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse as parseJunit } from 'junit2json';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Verdict } from '../../src/core/types.js';
import { escapeData, escapeProperty, formatAnnotation, githubAnnotations, githubStepSummary, renderVerdict, REPORTER_NAMES } from '../../src/reporters/index.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';
import { demoVerdict, HOSTILE, options, richVerdict } from './sample.js';

afterAll(removeTempDirs);

const XSD = readFileSync(join(import.meta.dirname, 'junit.xsd'), 'utf8');
const require = createRequire(import.meta.url);
const MULTITOOL = require.resolve('@microsoft/sarif-multitool/bin.js');

/**
 * The multitool's binary is made executable by its postinstall script, which npm 11 does not run unless the
 * script is approved: make it executable here, so the validator runs on a fresh `npm ci` too.
 */
function ensureMultitoolExecutable(): void {
  const binary = require('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, statSync(binary).mode | 0o100);
  }
}
ensureMultitoolExecutable();

let demo: Verdict;
let rich: Verdict;
beforeAll(async () => {
  demo = await demoVerdict();
  rich = richVerdict(demo);
});

/** What the GitHub runner does with one line of output (ActionCommand.TryParseV2 and its unescaping). */
function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end === -1) return undefined;
  const head = trimmed.slice(2, end);
  const space = head.indexOf(' ');
  const command = space === -1 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(trimmed.slice(end + 2)) };
}
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('github', () => {
  it('escapes data and properties exactly as the runner unescapes them, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (message, title, file) => {
        const line = formatAnnotation({ kind: 'error', message, title, file, line: 3, col: 4 });
        expect(line).not.toMatch(/[\r\n]/);
        const parsed = parseWorkflowCommand(line);
        expect(parsed).toEqual({ command: 'error', properties: { file, line: '3', col: '4', title }, data: message });
      }),
      { numRuns: 300 },
    );
    expect(escapeData('%\r\n:,')).toBe('%25%0D%0A:,');
    expect(escapeProperty('%\r\n:,')).toBe('%25%0D%0A%3A%2C');
  });

  it('annotates the demo failure at its file, with the reason and the reproduce command', () => {
    const lines = renderVerdict('github', demo, options()).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=fixtures/demo/benches/startup_latency.rs,title=gate-engine%3A bench_classification FAIL (blocking) — unclassified::benches/startup_latency.rs is not listed in any suite of benches/suite_classification.toml%0Aexpected: listed in exactly one [suite.*] files list%0Aactual: listed in none%0Afix: add "startup_latency" to the files of the suite it belongs to in benches/suite_classification.toml%0Aunclassified: a test file is not listed in any suite%0Areproduce: npx gate-engine verify --root fixtures/demo --gate bench_classification',
    );
    expect(lines.at(-1)).toMatch(/^::error title=gate-engine verdict FAIL::4 passed, 1 failed/);
  });

  it('hostile artifact text stays inside one command: every output line is a command we wrote', () => {
    const text = renderVerdict('github', rich, options());
    const annotations = githubAnnotations(rich, options());
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(annotations.length);
    lines.forEach((line, i) => {
      const parsed = parseWorkflowCommand(line);
      expect(parsed?.command).toBe(annotations[i]!.kind);
      expect(parsed?.data).toBe(annotations[i]!.message);
      expect(Object.keys(parsed!.properties).every((k) => ['file', 'line', 'col', 'title'].includes(k))).toBe(true);
    });
    // One notice per waived gate, naming who waived it until when.
    const notices = annotations.filter((a) => a.kind === 'notice' && a.title?.includes('waived'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain(`by Mallory${HOSTILE} until 2026-03-20`);
    // The hostile file name is a property, escaped: its ':' and ',' cannot start another property.
    expect(text).not.toContain('\n::error file=x.rs');
    // Non-blocking failure and warnings are warnings; --fail-on warn makes them errors.
    expect(annotations.filter((a) => a.kind === 'warning').length).toBeGreaterThanOrEqual(3);
    expect(githubAnnotations(rich, options({ failOn: 'warn' })).filter((a) => a.kind === 'warning')).toHaveLength(0);
  });

  it('the step summary is the markdown report, cut at a line boundary within the size limit', () => {
    const full = githubStepSummary(demo, options());
    expect(full).toContain('# Full-Suite CI Gate Report');
    expect(full).toContain('bench_classification');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Buffer.byteLength(full) + 10 }), (limit) => {
        const cut = githubStepSummary(rich, options(), limit);
        expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(limit);
        if (cut !== '' && cut !== githubStepSummary(rich, options())) expect(cut).toContain('Summary truncated');
      }),
      { numRuns: 200 },
    );
  });
});

async function validJunit(xml: string): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: XSD }] });
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('junit', () => {
  it('validates against the JUnit XSD and reads back: one testcase per gate, the failure with reason, findings and reproduce command', async () => {
    const xml = renderVerdict('junit', demo, options());
    await validJunit(xml);
    const parsed = (await parseJunit(xml)) as { tests?: number; failures?: number; testsuite?: { testcase?: { name: string; failure?: { message?: string; type?: string; inner?: string }[] }[] }[] };
    expect(parsed.tests).toBe(5);
    expect(parsed.failures).toBe(1);
    const cases = parsed.testsuite?.[0]?.testcase ?? [];
    expect(cases.map((c) => c.name)).toEqual(demo.gates.map((g) => g.id));
    const failing = cases.find((c) => c.name === 'bench_classification');
    expect(failing?.failure?.[0]?.type).toBe('unclassified');
    expect(failing?.failure?.[0]?.inner).toContain('[unclassified] fixtures/demo/benches/startup_latency.rs');
    expect(failing?.failure?.[0]?.inner).toContain('reproduce: npx gate-engine verify --root fixtures/demo --gate bench_classification');
  });

  it('every status and hostile text: still valid, values intact, no raw line break or command in the document', async () => {
    const xml = renderVerdict('junit', rich, options());
    await validJunit(xml);
    expect(xml).not.toMatch(/^\s*::/m);
    expect(xml).not.toContain('##[');
    const parsed = (await parseJunit(xml)) as { failures?: number; errors?: number; skipped?: number; testsuite?: { testcase?: { name: string; skipped?: { message?: string }[]; error?: { type?: string; inner?: string }[]; 'system-out'?: string[] }[] }[] };
    expect(parsed).toMatchObject({ failures: 1, errors: 1, skipped: 2 });
    const cases = parsed.testsuite?.[0]?.testcase ?? [];
    expect(cases[0]?.skipped?.[0]?.message).toContain('by Mallory');
    expect(cases[0]?.skipped?.[0]?.message).toContain('::error file=x.rs,line=1::injected\n##[error]old-style');
    expect(cases[3]?.error?.[0]?.type).toBe('crashed (non-blocking)');
    // --fail-on warn: the warned gate fails.
    const strict = (await parseJunit(renderVerdict('junit', rich, options({ failOn: 'warn' })))) as { failures?: number };
    expect(strict.failures).toBe(2);
  });

  it('property: any text in any field (controls, lone surrogates, markup, commands) still gives a valid document of markup-only lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }), { minLength: 9, maxLength: 9 }), async (texts) => {
        const v = structuredClone(rich);
        // Three gates of different statuses (fail, warn, crashed), each with three hostile fields.
        [1, 2, 3].forEach((g, i) => {
          const [detail, message, path] = texts.slice(i * 3, i * 3 + 3) as [string, string, string];
          const gate = v.gates[g]!;
          gate.detail = detail;
          gate.reproduce_command = `${message} ${detail}`;
          gate.checks.push({ id: 'x', status: 'fail', code: 'x', message, path });
        });
        const xml = renderVerdict('junit', v, options());
        for (const line of xml.split('\n')) expect(line).toMatch(/^\s*(<|$)/);
        await validJunit(xml);
      }),
      { numRuns: 5 },
    );
  }, 60_000);

  it('a partial run (--gate, --rerun-from, a shard, the preflight lane) lists every configured gate it left out as skipped, never passes a smaller suite (red team hb)', async () => {
    const partial = structuredClone(demo);
    const left = partial.gates.splice(1, 2);
    partial.selection = { ...partial.selection, complete: false, by: 'gate', selected: partial.gates.map((g) => g.id), not_selected: left.map((g) => g.id) };
    partial.verdict = 'incomplete';
    const xml = renderVerdict('junit', partial, options());
    await validJunit(xml);
    const parsed = (await parseJunit(xml)) as { tests?: number; skipped?: number; testsuite?: { testcase?: { name: string; skipped?: { message?: string }[] }[] }[] };
    expect(parsed.tests).toBe(demo.gates.length);
    const cases = parsed.testsuite?.[0]?.testcase ?? [];
    for (const g of left) expect(cases.find((c) => c.name === g.id)?.skipped?.[0]?.message).toContain('not evaluated');
    const annotations = githubAnnotations(partial, options());
    for (const g of left) expect(annotations).toContainEqual(expect.objectContaining({ kind: 'warning', title: `gate-engine: ${g.id} not evaluated` }));
  });

  it('fails the XSD on a broken document (the validator is live)', async () => {
    const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: renderVerdict('junit', demo, options()).replace('tests="5"', 'tests="five"') }], schema: [{ fileName: 'junit.xsd', contents: XSD }] });
    expect(result.valid).toBe(false);
  });
});

type MultitoolResult = { ruleId: string; level?: string; message: { text?: string; id?: string }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] };

/**
 * The multitool's findings on each of `files` (by file name), from one run over all of them: a run starts .NET (~1.5
 * CPU-s), and the tool reads each file alone, naming it in every result. A result that names none of them fails.
 */
function multitoolValidate(files: readonly string[]): Map<string, MultitoolResult[]> {
  const out = join(dirname(files[0] as string), 'validation.sarif');
  const run = spawnSync(process.execPath, [MULTITOOL, 'validate', ...files, '--output', out, '--log', 'ForceOverwrite'], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 60_000 });
  if (run.status !== 0) throw new Error(`sarif-multitool failed (${run.status}): ${run.stdout}\n${run.stderr}`);
  const output = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: MultitoolResult[] }[] };
  const byFile = new Map<string, MultitoolResult[]>(files.map((f) => [basename(f), []]));
  const unplaced: MultitoolResult[] = [];
  for (const result of output.runs.flatMap((r) => r.results ?? [])) {
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    const list = uri === undefined ? undefined : byFile.get(basename(decodeURIComponent(uri)));
    if (list === undefined) unplaced.push(result);
    else list.push(result);
  }
  expect(unplaced, 'multitool results that name none of the files validated').toEqual([]);
  return byFile;
}

/**
 * demo.sarif, rich.sarif and broken.sarif validated in one multitool run, shared by the tests that read them: each
 * file's text and the tool's findings on it.
 */
let validatedOnce: { texts: Map<string, string>; results: Map<string, MultitoolResult[]> } | undefined;
function validated(): { texts: Map<string, string>; results: Map<string, MultitoolResult[]> } {
  if (validatedOnce !== undefined) return validatedOnce;
  const dir = tempDir('ge-sarif-');
  // A result pointing at a rule that does not exist: the validator must report it.
  const broken = JSON.parse(renderVerdict('sarif', demo, options())) as Log;
  broken.runs[0]!.results![0]!.ruleIndex = 99;
  const files = [
    ['demo.sarif', renderVerdict('sarif', demo, options({ docsBaseUrl: 'https://example.org/gate-engine' }))],
    ['rich.sarif', renderVerdict('sarif', rich, options())],
    ['broken.sarif', JSON.stringify(broken)],
  ] as const;
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  validatedOnce = { texts: new Map(files), results: multitoolValidate(files.map(([name]) => join(dir, name))) };
  return validatedOnce;
}

describe('sarif', () => {
  it('the official SARIF multitool validates it with no error or warning; one rule per gate type and reason code', () => {
    const { texts, results } = validated();
    const files = [['demo.sarif', texts.get('demo.sarif') as string], ['rich.sarif', texts.get('rich.sarif') as string]] as const;
    for (const [name] of files) {
      const findings = (results.get(name) ?? []).filter((r) => r.level === undefined || r.level === 'error' || r.level === 'warning');
      // Advisories allowed: a finding about a whole file (no line) has no region rather than a made-up line 1, and
      // without a published homepage the tool names no informationUri rather than an invented host.
      const allowed = (r: { ruleId: string; message: { id?: string } }) =>
        (r.ruleId === 'SARIF2017' && r.message.id === 'Warning_MissingRegion') || (name === 'rich.sarif' && r.ruleId === 'SARIF2005' && r.message.id === 'Warning_ProvideToolnformationUri');
      expect(findings.filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text ?? r.message.id}`)).toEqual([]);
      expect(findings.filter((r) => !allowed(r)).map((r) => `${r.ruleId}: ${r.message.text ?? r.message.id}`)).toEqual([]);
    }
    const log = JSON.parse(files[1][1]) as Log;
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules ?? [];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.map((r) => r.id)).toContain('suite_classification/unclassified');
    const located = run.results?.find((r) => r.ruleId === 'suite_classification/unclassified' && r.locations?.[0]?.physicalLocation?.region);
    expect(located?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 3, startColumn: 7 });
    const waived = run.results?.filter((r) => r.suppressions !== undefined) ?? [];
    expect(waived.length).toBeGreaterThan(0);
    expect(waived[0]?.suppressions?.[0]).toMatchObject({ kind: 'external', status: 'accepted' });
    const demoLog = JSON.parse(files[0][1]) as Log;
    expect(demoLog.runs[0]?.tool.driver.rules?.[0]?.helpUri).toBe('https://example.org/gate-engine/docs/gates/suite_classification.md');
    expect(demoLog.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'fixtures/demo/benches/startup_latency.rs', uriBaseId: '%SRCROOT%' });
  });

  it('the validator is live: a result pointing at a rule that does not exist is reported', () => {
    expect((validated().results.get('broken.sarif') ?? []).some((r) => r.level === undefined || r.level === 'error')).toBe(true);
  });
});

describe('gitlab', () => {
  it('Code Quality issues: one per finding, unique fingerprints, severity after policy, workspace paths', () => {
    const issues = JSON.parse(renderVerdict('gitlab', rich, options())) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const i of issues) {
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(i.location.path.length).toBeGreaterThan(0);
    }
    const blocker = issues.find((i) => i.severity === 'blocker');
    expect(blocker).toMatchObject({ check_name: 'suite_classification/unclassified', location: { path: 'fixtures/demo/benches/startup_latency.rs', lines: { begin: 1 } } });
    expect(issues.find((i) => i.description.includes('[waived by Mallory'))?.severity).toBe('info');
    expect(JSON.parse(renderVerdict('gitlab', demo, options()))).toHaveLength(1);
  });
});

describe('every reporter', () => {
  it('is pure and tolerates fields added to the verdict', () => {
    const extended = { ...structuredClone(rich), selection: { complete: true }, future_field: [1, 2], gates: rich.gates.map((g) => ({ ...g, new_gate_field: 'x' })) } as unknown as Verdict;
    for (const name of REPORTER_NAMES) {
      const a = renderVerdict(name, extended, options());
      expect(renderVerdict(name, extended, options())).toBe(a);
      expect(a.length).toBeGreaterThan(0);
    }
  });

  it('JSON formats never carry an old-style ##[ command, and keep the values', () => {
    for (const name of ['json', 'sarif', 'gitlab'] as const) {
      const text = renderVerdict(name, rich, options());
      expect(text).not.toContain('##[');
      expect(text).not.toMatch(/^\s*::/m);
    }
    expect(JSON.parse(renderVerdict('json', rich, options()))).toEqual(JSON.parse(JSON.stringify(rich)));
  });
});
