/**
 * What the claim_tier_order scenarios cannot express: the claim read from the environment (scenario
 * configs cannot set it), the line and column of a forbidden claim, the phrase matcher on its own,
 * and the rarer shapes of a broken contract, certification verdict or release-text list.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { listGlobWithRejected } from '../../src/artifacts/glob.js';
import claimTierOrder from '../../gates/claim-tier-order/index.js';
import { claimOf } from '../../gates/claim-tier-order/contract.js';
import { foldPhrase, joinerSpellings, lineStarts, positionAt } from '../../gates/claim-tier-order/scan.js';
import type { CheckResult } from '../../src/core/types.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { loadRenderer } from '../../src/text/rendered.js';

// The Markdown/HTML parsers load on first need (claim_tier_order awaits this in evaluate).
await loadRenderer();

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const T1 = 'TIER-1-EXTENSION-HOST-PARITY';
const T2 = 'TIER-2-TARGETED-RUNTIME-PARITY';
const T3 = 'TIER-3-FULL-NODE-BUN-REPLACEMENT';
const CONTRACT = 'docs/claim-gating-contract.json';
const VERDICT = 'docs/dropin-certification-verdict.json';
const REQUIRED = ['tests/full_suite_gate/claim_verdict.json', 'tests/full_suite_gate/finish_checkpoint.json'];
const HARD_GATES = ['G01-baseline-freeze'];

const tier = (tier_id: string, forbidden: string[]) => ({
  tier_id,
  required_evidence: [`${tier_id} evidence bundle`],
  allowed_claim_language: [`Claims scoped to ${tier_id}`],
  forbidden_claim_language: forbidden,
});

function contract(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'pi.frankennode.claim_gating_contract.v1',
    contract_version: '1.0.0',
    claim_tiers: [tier(T1, ['Full Node/Bun replacement']), tier(T2, ['Drop-in replacement for every Node/Bun workload']), tier(T3, ['Replacement claim backed by a stale verdict'])],
    forbidden_claim_patterns: ['strict drop-in replacement for Node/Bun', 'production-ready full runtime replacement without certification'],
    claim_gate_policy: { strict_replacement_requires: { overall_verdict: 'CERTIFIED', required_artifacts: REQUIRED, required_hard_gates: HARD_GATES } },
    ...overrides,
  };
}

const verdict = (overall_verdict: unknown, generated_at_utc = '2026-03-09T08:00:00Z') => ({
  schema: 'pi.dropin.certification_verdict.v1',
  generated_at_utc,
  overall_verdict,
  hard_gate_results: [{ gate_id: 'G01-baseline-freeze', status: 'pass', reason: 'Pinned.' }],
});
const requiredArtifacts = () => Object.fromEntries(REQUIRED.map((p) => [p, { schema: 'x.v1', ok: true, name: p }]));

const README = '# FrankenNode\n\nHosts the validated extension subset.\n';
const CHANGELOG = ['# Changelog', '', '## 0.4.0', '', '- Loader honours exports.', '- Faster startup.', '', '## 0.3.0', '', '- Capability policy.', '', '- Now a strict drop-in  replacement for Node/Bun.', ''].join('\n');

interface Run {
  status: string | undefined;
  reason: string | undefined;
  checks: CheckResult[];
  findings: CheckResult[];
  ids: string[];
}

async function run(files: Record<string, string | object>, options: Record<string, unknown> = {}, env: Record<string, string | undefined> = {}): Promise<Run> {
  const root = workspace({
    'gate-engine.config.yaml': configYaml([{ id: 'claims', type: 'claim_tier_order', options }]),
    ...files,
  });
  const { verdict: v } = await verify({ root, out: tempDir(), now: NOW, env });
  const gate = v.gates[0];
  const checks = gate?.checks ?? [];
  return { status: gate?.status, reason: gate?.reason, checks, findings: checks.filter((c) => c.status !== 'pass'), ids: [...new Set(checks.map((c) => c.id))] };
}

const clean = (extra: Record<string, string | object> = {}) => ({ [CONTRACT]: contract(), 'README.md': README, 'CHANGELOG.md': '# Changelog\n\n- Faster startup.\n', ...extra });

describe('claim_tier_order: the claimed tier from the environment', () => {
  it('GATE_ENGINE_CLAIM_TIER naming the strict tier makes a NOT_CERTIFIED verdict fail not_certified', async () => {
    const r = await run(clean({ [VERDICT]: verdict('NOT_CERTIFIED'), ...requiredArtifacts() }), {}, { GATE_ENGINE_CLAIM_TIER: T3 });
    expect(r).toMatchObject({ status: 'fail', reason: 'not_certified' });
    expect(r.checks.find((c) => c.id === 'claimed_tier_known')?.message).toContain(`GATE_ENGINE_CLAIM_TIER=${T3}`);
    expect(r.findings.map((f) => [f.id, f.code, f.path, f.pointer])).toEqual([['strict_tier_certified', 'not_certified', VERDICT, '/overall_verdict']]);
    expect(r.findings[0]?.message).toContain(`overall_verdict is NOT_CERTIFIED; ${T3} requires CERTIFIED`);
    expect(r.findings[0]).toMatchObject({ expected: 'CERTIFIED', actual: 'NOT_CERTIFIED' });
    expect(r.ids).toContain('strict_evidence_present');
  });

  it('a blank value counts as unset: nothing is claimed, the strict checks do not run, texts are held to the first tier', async () => {
    const r = await run(clean(), {}, { GATE_ENGINE_CLAIM_TIER: '   ' });
    expect(r.status).toBe('pass');
    expect(r.ids).not.toContain('strict_tier_certified');
    expect(r.checks.find((c) => c.id === 'claimed_tier_known')?.message).toContain(`checked against the first tier, ${T1}`);
  });

  it('the claimed_tier option wins over the environment', async () => {
    const r = await run(clean(), { claimed_tier: T1 }, { GATE_ENGINE_CLAIM_TIER: T3 });
    expect(r.status).toBe('pass');
    expect(r.ids).not.toContain('strict_tier_certified');
    expect(r.checks.find((c) => c.id === 'claimed_tier_known')?.message).toContain(`the claimed_tier option (${T1})`);
  });

  it('reads the variable named by claimed_tier_env, and only that one', async () => {
    const r = await run(clean({ [VERDICT]: verdict('CERTIFIED'), ...requiredArtifacts() }), { claimed_tier_env: 'RELEASE_TIER' }, { RELEASE_TIER: T3, GATE_ENGINE_CLAIM_TIER: 'nonsense' });
    expect(r.status).toBe('pass');
    expect(r.ids).toEqual(expect.arrayContaining(['strict_tier_certified', 'strict_evidence_present']));
  });

  it('an unknown tier in the environment fails unknown_claim_tier naming the variable, with a did-you-mean', async () => {
    const r = await run(clean(), {}, { GATE_ENGINE_CLAIM_TIER: 'tier-2-targeted-runtime-parity' });
    expect(r).toMatchObject({ status: 'fail', reason: 'unknown_claim_tier' });
    expect(r.findings[0]?.message).toBe(`GATE_ENGINE_CLAIM_TIER=tier-2-targeted-runtime-parity is not a configured claim tier; did you mean "${T2}"?`);
  });

  it('the mission-contract tier ids are not claim tiers', async () => {
    const r = await run(clean(), {}, { GATE_ENGINE_CLAIM_TIER: 'full_runtime_replacement' });
    expect(r.reason).toBe('unknown_claim_tier');
  });

  it('a strict_tier that is not a configured tier fails instead of never triggering', async () => {
    const r = await run(clean(), { strict_tier: 'TIER-4' });
    expect(r.findings.map((f) => [f.id, f.code])).toEqual([['claimed_tier_known', 'unknown_claim_tier']]);
    expect(r.findings[0]?.message).toContain('the strict_tier option "TIER-4"');
  });

  it('claimOf: option, then non-blank environment, else nothing', () => {
    const options = { claimed_tier_env: 'X' };
    expect(claimOf(options, {})).toBeUndefined();
    expect(claimOf(options, { X: '' })).toBeUndefined();
    expect(claimOf(options, { X: ' \n' })).toBeUndefined();
    expect(claimOf(options, { X: ` ${T2}\n` })).toEqual({ tier: T2, source: 'X' });
    expect(claimOf({ ...options, claimed_tier: T1 }, { X: T2 })).toEqual({ tier: T1, source: 'the claimed_tier option' });
  });
});

describe('claim_tier_order: forbidden claims in release texts', () => {
  it('reports the line and column where the phrase starts', async () => {
    const r = await run(clean({ 'CHANGELOG.md': CHANGELOG }));
    expect(r).toMatchObject({ status: 'fail', reason: 'forbidden_claim' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ id: 'no_forbidden_claims', code: 'forbidden_claim', path: 'CHANGELOG.md', line: 12, column: 9, actual: 'strict drop-in replacement for Node/Bun' });
    expect(r.findings[0]?.message).toMatch(/^CHANGELOG\.md:12:9 "strict drop-in replacement for Node\/Bun" is a forbidden claim \(forbidden_claim_patterns\[0\]/);
  });

  it('a phrase broken across lines is reported at the line it starts on', async () => {
    const r = await run(clean({ 'README.md': '# FrankenNode\n\nWe call it **production-ready full\nruntime replacement** without\n  certification.\n' }));
    expect(r.findings.map((f) => [f.code, f.path, f.line, f.column])).toEqual([['forbidden_claim', 'README.md', 3, 14]]);
  });

  it('reports every occurrence in every text, in text order', async () => {
    const r = await run(clean({ 'README.md': 'Full Node/Bun replacement.\nAlso a STRICT DROP-IN REPLACEMENT FOR NODE/BUN.\nFull  Node/Bun replacement again.\n' }));
    expect(r.findings.map((f) => [f.path, f.line])).toEqual([
      ['README.md', 1],
      ['README.md', 2],
      ['README.md', 3],
    ]);
  });

  it('holds the texts to every tier\'s forbidden language: a higher tier\'s overclaim is an overclaim at a lower tier too', async () => {
    const files = clean({ 'README.md': 'A drop-in replacement for every Node/Bun workload.\n' });
    expect((await run(files, { claimed_tier: T2 })).findings.map((f) => [f.code, f.line])).toEqual([['forbidden_claim', 1]]);
    const r = await run(files, { claimed_tier: T1 });
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([['forbidden_claim', 1]]);
    expect(r.findings[0]?.message).toContain(`${T2} forbidden_claim_language[0]`);
  });

  it('scans glob matches once each, even when a literal path names the same file', async () => {
    const r = await run(clean({ 'docs/release/0.4.md': 'Release notes.\n', 'docs/release/0.5.md': 'General notes.\n' }), { release_texts: ['README.md', '*.md', 'docs/release/*.md'] });
    expect(r.status).toBe('pass');
    expect(r.checks.at(-1)?.message).toContain('in 4 release texts (README.md, CHANGELOG.md, docs/release/0.4.md, docs/release/0.5.md)');
  });

  it('an empty release_texts list is vacuous', async () => {
    const r = await run(clean(), { release_texts: [] });
    expect(r.findings.map((f) => [f.id, f.code])).toEqual([['no_forbidden_claims', 'vacuous']]);
  });

  it('two missing literal texts: each is missing, and zero texts scanned is also vacuous', async () => {
    const r = await run({ [CONTRACT]: contract() });
    expect(r.findings.map((f) => [f.code, f.path ?? null])).toEqual([
      ['missing', 'README.md'],
      ['missing', 'CHANGELOG.md'],
      ['vacuous', null],
    ]);
    expect(r.reason).toBe('missing');
  });

  it('an empty release text fails empty rather than passing as "no forbidden claim"', async () => {
    const r = await run(clean({ 'CHANGELOG.md': '' }));
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([['empty', 'CHANGELOG.md']]);
  });

  it('forbidden_claim_patterns absent from the contract is missing_field, and the tier language is still checked', async () => {
    const { forbidden_claim_patterns: _drop, ...rest } = contract();
    const r = await run(clean({ [CONTRACT]: rest, 'README.md': 'Full Node/Bun replacement.\n' }));
    expect(r.findings.map((f) => [f.id, f.code, f.pointer ?? f.path])).toEqual([
      ['no_forbidden_claims', 'missing_field', '/forbidden_claim_patterns'],
      ['no_forbidden_claims', 'forbidden_claim', 'README.md'],
    ]);
  });

  it('a non-string forbidden pattern is wrong_type and is not matched as text', async () => {
    const r = await run(clean({ [CONTRACT]: contract({ forbidden_claim_patterns: ['strict drop-in replacement for Node/Bun', 42, ' '] }) }));
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['wrong_type', '/forbidden_claim_patterns/1'],
      ['wrong_type', '/forbidden_claim_patterns/2'],
    ]);
  });
});

describe('positions', () => {
  it('positionAt counts lines from 1 and columns from 1', () => {
    const starts = lineStarts('ab\ncd');
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, 3)).toEqual({ line: 2, column: 1 });
    expect(positionAt(starts, 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('claim_tier_order: contract shape', () => {
  it('tiers in reverse order give one tier_order finding per out-of-order neighbour', async () => {
    const [a, b, c] = contract().claim_tiers as object[];
    const r = await run(clean({ [CONTRACT]: contract({ claim_tiers: [c, b, a] }) }));
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['tier_order', '/claim_tiers/0/tier_id'],
      ['tier_order', '/claim_tiers/1/tier_id'],
    ]);
    expect(r.findings[0]?.message).toContain(`${T3} at index 0 comes before ${T2} at index 1; expected ${T1} → ${T2} → ${T3}`);
  });

  it('claim_tiers that is not an array is wrong_type; the language checks have nothing to read', async () => {
    const r = await run(clean({ [CONTRACT]: contract({ claim_tiers: { [T1]: {} } }) }));
    expect(r.findings.map((f) => [f.id, f.code, f.pointer])).toEqual([['tiers_in_order', 'wrong_type', '/claim_tiers']]);
    expect(r.ids).not.toContain('tier_language_complete');
  });

  it('claim_tiers absent is missing_field', async () => {
    const { claim_tiers: _drop, ...rest } = contract();
    const r = await run(clean({ [CONTRACT]: rest }));
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([['missing_field', '/claim_tiers']]);
  });

  it('an entry that is not an object, and one without a tier_id, are reported where they are', async () => {
    const tiers = contract().claim_tiers as Record<string, unknown>[];
    const { tier_id: _drop, ...noId } = tiers[1] as Record<string, unknown>;
    const r = await run(clean({ [CONTRACT]: contract({ claim_tiers: [tiers[0], noId, tiers[2], 'TIER-4'] }) }));
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['missing_field', '/claim_tiers/1/tier_id'],
      ['wrong_type', '/claim_tiers/3'],
      ['tier_missing', '/claim_tiers'],
    ]);
  });

  it('a language array that is absent, not an array, or holds a non-string is tier_incomplete', async () => {
    const tiers = contract().claim_tiers as Record<string, unknown>[];
    const { required_evidence: _drop, ...noEvidence } = tiers[0] as Record<string, unknown>;
    const r = await run(
      clean({
        [CONTRACT]: contract({ claim_tiers: [noEvidence, { ...tiers[1], allowed_claim_language: 'Runtime parity' }, { ...tiers[2], forbidden_claim_language: ['Replacement claim backed by a stale verdict', 7] }] }),
      }),
    );
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['tier_incomplete', '/claim_tiers/0/required_evidence'],
      ['tier_incomplete', '/claim_tiers/1/allowed_claim_language'],
      ['tier_incomplete', '/claim_tiers/2/forbidden_claim_language/1'],
    ]);
  });

  it.each([
    ['v1.0.0', 'is not a semantic version'],
    [' 1.0.0', 'is not a semantic version'],
    ['1.0.0.0', 'is not a semantic version'],
    ['1.1.0-rc.1', 'a prerelease satisfies a range only when'],
    ['0.9.0', 'outside the supported range ^1.0.0'],
  ])('contract_version %j fails invalid_version (%s)', async (version, text) => {
    const r = await run(clean({ [CONTRACT]: contract({ contract_version: version }) }));
    expect(r.findings.map((f) => [f.id, f.code])).toEqual([['contract_version', 'invalid_version']]);
    expect(r.findings[0]?.message).toContain(text);
  });

  it('contract_version 1.4.2 satisfies the default range; a number is wrong_type', async () => {
    expect((await run(clean({ [CONTRACT]: contract({ contract_version: '1.4.2' }) }))).status).toBe('pass');
    const r = await run(clean({ [CONTRACT]: contract({ contract_version: 1 }) }));
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([['wrong_type', '/contract_version']]);
  });

  it('an invalid version_range option accepts no version', async () => {
    const r = await run(clean(), { version_range: 'one point oh' });
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([['invalid_version', expect.stringContaining('"one point oh" is not a valid semver range')]]);
  });

  it('a YAML contract is read by its extension, and tiers can be configured', async () => {
    const r = await run(
      {
        'claims.yaml': 'schema: my.claims.v1\ncontract_version: 3.1.0\nclaim_tiers:\n  - tier_id: basic\n    required_evidence: [tests]\n    allowed_claim_language: [Basic support]\n    forbidden_claim_language: [Complete support]\nforbidden_claim_patterns: [Drop-in replacement]\n',
        'README.md': 'Basic support.\n',
      },
      { contract: 'claims.yaml', schema_id: 'my.claims.v1', version_range: '^3', tiers: ['basic'], release_texts: ['README.md'] },
    );
    expect(r.status).toBe('pass');
  });
});

describe('claim_tier_order: the strict tier', () => {
  const strict = (extra: Record<string, string | object>) => clean({ [VERDICT]: verdict('CERTIFIED'), ...requiredArtifacts(), ...extra });

  it.each([
    ['missing', {}, 'missing'],
    ['with the wrong schema id', { [VERDICT]: { ...verdict('CERTIFIED'), schema: 'pi.ci.release_gate.v1' } }, 'schema'],
    ['without a timestamp', { [VERDICT]: { schema: 'pi.dropin.certification_verdict.v1', overall_verdict: 'CERTIFIED', hard_gate_results: [{ gate_id: 'G01-baseline-freeze', status: 'pass' }] } }, 'schema'],
    ['from the future', { [VERDICT]: verdict('CERTIFIED', '2026-03-11T12:00:00Z') }, 'future'],
    ['malformed', { [VERDICT]: '{"overall_verdict": "CERTIFIED",' }, 'malformed'],
  ])('a certification verdict %s fails with the reader code', async (_what, files, code) => {
    const base = strict(files);
    if (Object.keys(files).length === 0) delete (base as Record<string, unknown>)[VERDICT];
    const r = await run(base, { claimed_tier: T3 });
    expect(r.findings.map((f) => [f.id, f.code])).toEqual([['strict_tier_certified', code]]);
  });

  it('"certified" in lower case is not CERTIFIED', async () => {
    const r = await run(strict({ [VERDICT]: verdict('certified') }), { claimed_tier: T3 });
    expect(r.findings.map((f) => [f.code, f.actual])).toEqual([['not_certified', 'certified']]);
    expect(r.findings[0]?.fix).toContain('exactly "CERTIFIED"');
  });

  it('a verdict without overall_verdict is missing_field', async () => {
    const r = await run(strict({ [VERDICT]: { schema: 'pi.dropin.certification_verdict.v1', generated_at_utc: '2026-03-09T08:00:00Z', verdict: 'CERTIFIED' } }), { claimed_tier: T3 });
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([['missing_field', '/overall_verdict']]);
  });

  it('the certification options are configurable', async () => {
    const r = await run(strict({ 'out/cert.yaml': 'schema: my.cert.v1\nwhen: 2026-03-10T11:00:00Z\nresult: { state: GREEN }\ngates: [{ gate_id: unit, status: pass }, { gate_id: G01-baseline-freeze, status: pass }]\n' }), {
      claimed_tier: T3,
      certification: { path: 'out/cert.yaml', schema_id: 'my.cert.v1', pointer: '/result/state', required: 'GREEN', max_age: '2h', generated_at: '/when', hard_gates: '/gates', required_hard_gates: ['unit'] },
    });
    expect(r.status).toBe('pass');
  });

  it('a lower tier is not the strict tier: no verdict is needed', async () => {
    const r = await run(clean(), { claimed_tier: T2 });
    expect(r.status).toBe('pass');
    expect(r.ids).not.toContain('strict_tier_certified');
  });

  it('a required artifact that does not parse, or escapes the root, fails with the reader code', async () => {
    const r = await run(
      strict({
        [CONTRACT]: contract({ claim_gate_policy: { strict_replacement_requires: { required_hard_gates: HARD_GATES, required_artifacts: [...REQUIRED, 'tests/broken.json', '../outside.json', 'docs/notes.md'] } } }),
        'tests/broken.json': '{"ok": tru',
        'docs/notes.md': 'Checkpoint notes.\n',
      }),
      { claimed_tier: T3 },
    );
    expect(r.findings.map((f) => [f.id, f.code])).toEqual([
      ['strict_evidence_present', 'malformed'],
      ['strict_evidence_present', 'outside_root'],
    ]);
    expect(r.findings[0]?.message).toContain(`required for ${T3} by ${CONTRACT} /claim_gate_policy/strict_replacement_requires/required_artifacts/2`);
  });

  it.each([
    ['absent', { claim_gate_policy: { strict_replacement_requires: { required_hard_gates: HARD_GATES } } }, 'missing_field'],
    ['empty', { claim_gate_policy: { strict_replacement_requires: { required_hard_gates: HARD_GATES, required_artifacts: [] } } }, 'missing_field'],
    ['not an array', { claim_gate_policy: { strict_replacement_requires: { required_hard_gates: HARD_GATES, required_artifacts: 'tests/a.json' } } }, 'wrong_type'],
  ])('a required-artifacts list that is %s fails %s: nothing would prove the strict tier', async (_what, overrides, code) => {
    const r = await run(strict({ [CONTRACT]: contract(overrides) }), { claimed_tier: T3 });
    expect(r.findings.map((f) => [f.id, f.code, f.pointer])).toEqual([['strict_evidence_present', code, '/claim_gate_policy/strict_replacement_requires/required_artifacts']]);
  });

  it('checks run in the documented order', async () => {
    const r = await run(strict({}), { claimed_tier: T3 });
    expect(r.status).toBe('pass');
    expect(r.ids).toEqual(['contract', 'contract_version', 'tiers_in_order', 'tier_language_complete', 'allowed_not_forbidden', 'claimed_tier_known', 'strict_tier_certified', 'strict_evidence_present', 'no_forbidden_claims']);
  });
});

describe('claim_tier_order: definition', () => {
  it('rollback relaxes no claim finding: a broken contract, an unknown claim, an uncertified strict tier and a forbidden claim all stay failed', () => {
    const own = Object.keys(claimTierOrder.reasons ?? {});
    expect(claimTierOrder.evidenceReasons?.every((code) => own.includes(code))).toBe(true);
    // An emergency never needs an overclaim: rollback relaxes neither.
    expect(claimTierOrder.evidenceReasons).toContain('not_certified');
    expect(claimTierOrder.evidenceReasons).toContain('forbidden_claim');
  });

  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'claims', type: 'claim_tier_order', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  it('rejects an unknown option', () => rejects({ claim_tier: T3 }, /unknown field "claim_tier"/));
  it('rejects a blank claimed_tier', () => rejects({ claimed_tier: '  ' }, /\/gates\/0\/options\/claimed_tier/));
  it('rejects an empty tiers list', () => rejects({ tiers: [] }, /\/gates\/0\/options\/tiers/));
  it('rejects a duplicated tier in the option', () => rejects({ tiers: [T1, T1] }, /\/gates\/0\/options\/tiers/));
  it('rejects a bad max_age', () => rejects({ certification: { max_age: 'a week' } }, /\/gates\/0\/options\/certification\/max_age/));
  it('rejects an unknown certification option', () => rejects({ certification: { verdict: 'CERTIFIED' } }, /unknown field "verdict"/));
  it('rejects an environment variable name that is not one', () => rejects({ claimed_tier_env: 'CLAIM TIER' }, /\/gates\/0\/options\/claimed_tier_env/));
  it.each([
    ['empty', []],
    ['blank', ['G01-baseline-freeze', '  ']],
    ['duplicated', ['G01-baseline-freeze', 'G01-baseline-freeze']],
  ])('rejects a required_hard_gates option that is %s (a certification required to cover nothing, or nothing named)', (_what, list) =>
    rejects({ certification: { required_hard_gates: list } }, /\/gates\/0\/options\/certification\/required_hard_gates/));
});

describe('claim_tier_order: rollback never relaxes an overclaim', () => {
  const ROLLBACK = { reason: 'Hotfix for CVE-2026-1234 must ship', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };
  it.each([
    ['forbidden_claim', {}, { 'README.md': 'Now a strict drop-in replacement for Node/Bun.\n' }],
    ['not_certified', { claimed_tier: T3 }, { [VERDICT]: verdict('NOT_CERTIFIED'), ...requiredArtifacts() }],
    ['contradiction', { claimed_tier: T3 }, { [VERDICT]: { ...verdict('CERTIFIED'), hard_gate_results: [{ gate_id: 'G01-baseline-freeze', status: 'fail', reason: 'Drifted.' }] }, ...requiredArtifacts() }],
    ['stale', { claimed_tier: T3 }, { [VERDICT]: verdict('CERTIFIED', '2026-01-02T08:00:00Z'), ...requiredArtifacts() }],
    ['forbidden_claim', {}, { 'README.md': '<p>Now a strict drop-in re<span hidden>x</span>placement for Node/Bun.</p>\n' }],
  ])('%s stays failed in rollback mode', async (code, options, files) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'claims', type: 'claim_tier_order', options }]), ...clean(files as Record<string, string | object>), 'rollback.yaml': stringify(ROLLBACK) });
    const { verdict: v, exitCode } = await verify({ root, out: tempDir(), now: NOW, mode: 'rollback', rollbackFile: join(root, 'rollback.yaml') });
    expect(v.gates[0]).toMatchObject({ status: 'fail', reason: code });
    expect(v.gates[0]?.relaxed_by).toBeUndefined();
    expect(exitCode).toBe(1);
  });
});

describe('claim_tier_order: release texts a glob matches but cannot list', () => {
  it('a dangling link is reported with the reader code, not dropped', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'claims', type: 'claim_tier_order', options: { release_texts: ['notes/*.md'] } }]), ...clean({ 'notes/0.4.md': 'Hosts the validated extension subset.\n' }) });
    symlinkSync(join(root, 'notes', 'missing.md'), join(root, 'notes', '0.5.md'));
    const { verdict: v } = await verify({ root, out: tempDir(), now: NOW });
    const findings = (v.gates[0]?.checks ?? []).filter((c) => c.status !== 'pass');
    expect(findings.map((f) => [f.code, f.path])).toEqual([['unreadable', 'notes/0.5.md']]);
  });

  it('a link out of the root refuses the whole listing (outside_root naming the link): no text is silently dropped', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'notes.md'), 'Full Node/Bun replacement.\n');
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'claims', type: 'claim_tier_order', options: { release_texts: ['notes/*.md'] } }]), ...clean({ 'notes/0.4.md': 'Hosts the validated extension subset.\n' }) });
    symlinkSync(join(outside, 'notes.md'), join(root, 'notes', '0.6.md'));
    const { verdict: v } = await verify({ root, out: tempDir(), now: NOW });
    expect(v.gates[0]).toMatchObject({ status: 'fail' });
    const findings = (v.gates[0]?.checks ?? []).filter((c) => c.status !== 'pass');
    expect(findings[0]).toMatchObject({ code: 'outside_root', path: 'notes/0.6.md' });
  });

  it('listGlobWithRejected lists what listGlob leaves out', async () => {
    const root = workspace({ 'a/x.md': 'x\n' });
    symlinkSync(join(root, 'a', 'gone.md'), join(root, 'a', 'y.md'));
    expect(await listGlobWithRejected(root, 'a/*.md')).toEqual({ files: ['a/x.md'], rejected: ['a/y.md'] });
  });
});

describe('claim_tier_order: strict-tier evidence must be substantive', () => {
  it('a claim verdict that allows while its evidence_refs is empty cites no evidence: missing_field; without the list it passes', async () => {
    const claim = (extra: Record<string, unknown>) => ({ schema: 'pi.franken_node.claim_verdict.v1', tier_id: T3, decision: 'allow', blocking_reasons: [], generated_at: '2026-03-09T08:00:00Z', ...extra });
    const empty = await run(clean({ [VERDICT]: verdict('CERTIFIED'), ...requiredArtifacts(), [REQUIRED[0] as string]: claim({ evidence_refs: [] }) }), { claimed_tier: T3 });
    expect(empty.findings.map((f) => [f.id, f.code, f.pointer])).toEqual([['strict_evidence_present', 'missing_field', '/evidence_refs']]);
    expect(empty.findings[0]?.message).toContain('its evidence_refs is empty: a decision that cites no evidence proves nothing');
    const absent = await run(clean({ [VERDICT]: verdict('CERTIFIED'), ...requiredArtifacts(), [REQUIRED[0] as string]: claim({}) }), { claimed_tier: T3 });
    expect(absent.status).toBe('pass');
  });

  const strict = (extra: Record<string, string | object>) => clean({ [VERDICT]: verdict('CERTIFIED'), ...requiredArtifacts(), ...extra });
  it.each([
    ['[]', 'empty'],
    ['""', 'empty'],
    ['42', 'wrong_type'],
    ['{"status": null, "items": []}', 'empty'],
    ['{"status": "TBD", "owner": "${OWNER}"}', 'placeholder'],
  ])('a required artifact %s fails %s', async (content, code) => {
    const r = await run(strict({ [REQUIRED[0] as string]: content }), { claimed_tier: T3 });
    expect(r.findings.map((f) => [f.id, f.code, f.path])).toEqual([['strict_evidence_present', code, REQUIRED[0]]]);
  });

  it('a text artifact that is blank or a placeholder fails; one with content passes', async () => {
    const list = (extra: string) => contract({ claim_gate_policy: { strict_replacement_requires: { required_hard_gates: HARD_GATES, required_artifacts: [...REQUIRED, extra] } } });
    expect((await run(strict({ [CONTRACT]: list('docs/notes.md'), 'docs/notes.md': '\u200b\n \u00ad\n' }), { claimed_tier: T3 })).findings.map((f) => f.code)).toEqual(['empty']);
    expect((await run(strict({ [CONTRACT]: list('docs/notes.md'), 'docs/notes.md': 'TODO\n' }), { claimed_tier: T3 })).findings.map((f) => f.code)).toEqual(['placeholder']);
    expect((await run(strict({ [CONTRACT]: list('docs/notes.md'), 'docs/notes.md': 'Migration notes for 0.4.\n' }), { claimed_tier: T3 })).status).toBe('pass');
  });

  it('the same artifact listed twice, or the certification verdict listed as an artifact, is duplicate_artifact', async () => {
    const list = (extra: string) => contract({ claim_gate_policy: { strict_replacement_requires: { required_hard_gates: HARD_GATES, required_artifacts: [...REQUIRED, extra] } } });
    const twice = await run(strict({ [CONTRACT]: list(`./${REQUIRED[0] as string}`) }), { claimed_tier: T3 });
    expect(twice.findings.map((f) => [f.code, f.message.includes(`the same file as ${REQUIRED[0] as string}`)])).toEqual([['duplicate_artifact', true]]);
    const verdictItself = await run(strict({ [CONTRACT]: list(VERDICT) }), { claimed_tier: T3 });
    expect(verdictItself.findings.map((f) => f.code)).toEqual(['duplicate_artifact']);
  });

  it('a placeholder or malformed commit in a CERTIFIED verdict fails; the checked-out commit passes', async () => {
    const withCommit = (git_commit: string) => strict({ [VERDICT]: { ...verdict('CERTIFIED'), git_commit } });
    expect((await run(withCommit('${GIT_SHA}'), { claimed_tier: T3 })).findings.map((f) => [f.code, f.pointer])).toEqual([['placeholder', '/git_commit']]);
    expect((await run(withCommit('main'), { claimed_tier: T3 })).findings.map((f) => [f.code, f.pointer])).toEqual([['wrong_type', '/git_commit']]);
    // A workspace outside any git repository: the commit cannot be verified.
    expect((await run(withCommit('4f2c9e7a1b3d5f6e8a0c2b4d6f8e0a1c3b5d7f9e'), { claimed_tier: T3 })).findings.map((f) => f.code)).toEqual(['lineage']);
  });

  it('a CERTIFIED verdict in a git checkout names HEAD: pass; another commit: lineage', async () => {
    const files = strict({});
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'claims', type: 'claim_tier_order', options: { claimed_tier: T3 } }]), ...files });
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'evidence');
    const head = git('rev-parse', 'HEAD');
    writeFileSync(join(root, VERDICT), JSON.stringify({ ...verdict('CERTIFIED'), git_commit: head.slice(0, 12) }));
    expect((await verify({ root, out: tempDir(), now: NOW })).verdict.gates[0]?.status).toBe('pass');
    // Another real-looking commit (`a` × 39 + `b` is no digest: placeholderReason refuses a near-constant one).
    writeFileSync(join(root, VERDICT), JSON.stringify({ ...verdict('CERTIFIED'), git_commit: '9c1e5b7d2f4a6c8e0b3d5f7a9c1e3b5d7f9a2c4e' }));
    const other = await verify({ root, out: tempDir(), now: NOW });
    expect(other.verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'lineage' });
  });
});

describe('claim_tier_order: joiners spelt otherwise (joinerSpellings)', () => {
  it('a phrase with a slash, &, + or "and" between words is also looked for with each other joiner, and with none', async () => {
    await loadRenderer();
    const spelt = joinerSpellings('Full Node/Bun replacement', foldPhrase('Full Node/Bun replacement'));
    for (const other of ['Full Node & Bun replacement', 'Full Node and Bun replacement', 'Full Node + Bun replacement', 'Full Node Bun replacement', 'Full Node-Bun replacement']) {
      expect(spelt, other).toContain(foldPhrase(other));
    }
    expect(joinerSpellings('Node and Bun', foldPhrase('Node and Bun'))).toContain(foldPhrase('Node/Bun'));
  });

  it('a phrase without a joiner has no other spelling; "and" inside a word is no joiner', () => {
    expect(joinerSpellings('Full replacement', foldPhrase('Full replacement'))).toEqual([]);
    expect(joinerSpellings('brand new engine', foldPhrase('brand new engine'))).toEqual([]);
  });

  it('each joiner is spelt on its own ("A/B/C" is "A and B & C"), and |, or, plus, and/or and a listing comma are joiners too', async () => {
    await loadRenderer();
    const spelt = joinerSpellings('drop-in for Node/Bun/Deno', foldPhrase('drop-in for Node/Bun/Deno'));
    for (const other of ['drop-in for Node and Bun & Deno', 'drop-in for Node/Bun or Deno', 'drop-in for Node, Bun and Deno', 'drop-in for Node | Bun plus Deno']) {
      expect(spelt, other).toContain(foldPhrase(other));
    }
    const one = joinerSpellings('Full Node or Bun replacement', foldPhrase('Full Node or Bun replacement'));
    for (const other of ['Full Node/Bun replacement', 'Full Node | Bun replacement', 'Full Node and/or Bun replacement', 'Full Node plus Bun replacement', 'Full Node, Bun replacement', 'Full Node or/and Bun replacement', 'Full Node &/or Bun replacement']) {
      expect(one, other).toContain(foldPhrase(other));
    }
    expect(joinerSpellings('a commanding order', foldPhrase('a commanding order'))).toEqual([]);
  });
});
