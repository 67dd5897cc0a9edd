/**
 * The README's "fail-closed guarantees" table is a promise; this keeps it true. Every reason code the
 * engine or a built-in gate can produce has a row, and every test file or scenario a row names
 * exists and actually exercises that code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_GATES } from '../gates/index.js';
import { ENGINE_REASONS } from '../src/core/reasons.js';
import { REPO_ROOT } from './helpers/fs.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const section = readme.split('## Fail-closed guarantees')[1]?.split('\n## ')[0] ?? '';
const rows = section
  .split('\n')
  .filter((l) => /^\| `[a-z_]+` \|/.test(l))
  .map((l) => {
    const cells = l.split('|').map((c) => c.trim());
    return { code: (cells[1] as string).replace(/`/g, ''), exit: cells[3], proof: cells[4] as string };
  });

const allCodes = [...Object.keys(ENGINE_REASONS), ...BUILTIN_GATES.flatMap((g) => Object.keys(g.reasons ?? {}))];
const scenarioDirs = readdirSync(join(REPO_ROOT, 'fixtures/scenarios')).flatMap((gate) =>
  readdirSync(join(REPO_ROOT, 'fixtures/scenarios', gate)).map((name) => ({ name, dir: join(REPO_ROOT, 'fixtures/scenarios', gate, name) })),
);

describe('README fail-closed guarantees table', () => {
  it('has a row for every reason code', () => {
    expect(rows.map((r) => r.code).sort()).toEqual([...new Set(allCodes)].sort());
  });

  it.each(rows.map((r) => [r.code, r] as const))('%s: every named test file and scenario exists and exercises the code', (code, row) => {
    const files = [...row.proof.matchAll(/`(test\/[^`]+\.ts)`/g)].map((m) => m[1] as string);
    const scenarios = [...row.proof.matchAll(/`([a-z0-9_*]+)`/g)].map((m) => m[1] as string).filter((s) => !s.startsWith('test/'));
    expect(files.length + scenarios.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(existsSync(join(REPO_ROOT, file)), file).toBe(true);
      expect(readFileSync(join(REPO_ROOT, file), 'utf8'), `${file} never mentions '${code}'`).toMatch(new RegExp(`['"\`]${code}['"\`]|reason ${code}\\b`));
    }
    for (const name of scenarios) {
      const matching = scenarioDirs.filter((s) => (name.endsWith('*') ? s.name.startsWith(name.slice(0, -1)) : s.name === name));
      expect(matching.length, `scenario ${name}`).toBeGreaterThan(0);
      const mentions = matching.some((s) => new RegExp(`\\b${code}\\b`).test(readFileSync(join(s.dir, 'expected.yaml'), 'utf8')));
      expect(mentions, `no scenario ${name} expects ${code}`).toBe(true);
    }
  });

  it('the exit column agrees with the status model: only warnings and non-blocking skips exit 0', () => {
    const warnings = ['skipped', 'quarantine_expiring', 'waiver_expiring_soon', 'waiver_unused', 'not_ready', 'waiver_table_misspelt', 'age_unbounded', 'tracker_fallback', 'generated_code_unscanned'];
    for (const row of rows) expect(row.exit, row.code).toBe(warnings.includes(row.code) ? '0' : '1');
  });

  it('the set-up commands are the ones CI and the CLI tests run', () => {
    expect(readme).toContain('npm ci && npm run build && npx gate-engine verify --root fixtures/demo');
    expect(readme).toMatch(/^npm test\s/m);
    expect(readFileSync(join(REPO_ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
