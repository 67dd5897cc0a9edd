/**
 * docs/gates/<type>.md carries the gate's option and reason tables generated from its definition
 * (scripts/gen-gate-docs.mjs): a gate whose options or reasons change without `npm run gen:docs`
 * fails here, so the docs never describe options a gate does not accept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_GATES } from '../gates/index.js';
import { DOC_BEGIN, optionsTable, reasonsTable, withGeneratedSection } from '../src/runbook/tables.js';
import { REPO_ROOT } from './helpers/fs.js';

describe('docs/gates/*.md generated tables', () => {
  it.each(BUILTIN_GATES.map((g) => [g.type, g] as const))('%s: the generated section matches the definition (run npm run gen:docs)', (type, gate) => {
    const text = readFileSync(join(REPO_ROOT, 'docs/gates', `${type}.md`), 'utf8');
    expect(text).toContain(DOC_BEGIN);
    expect(withGeneratedSection(text, gate)).toBe(text);
  });

  it('lists every option and reason of a gate, marking required options', () => {
    const threshold = BUILTIN_GATES.find((g) => g.type === 'threshold')!;
    const table = optionsTable(threshold);
    for (const name of Object.keys(threshold.optionsSchema.properties as object)) expect(table).toContain(`| \`${name}\` |`);
    expect(table).toMatch(/\| `path` \| string \| — \(required\) \|/);
    expect(table).toMatch(/\| `integer` \| boolean \| `false` \|/);
    expect(reasonsTable(threshold)).toContain('| `threshold_not_met` |');
    expect(reasonsTable(threshold, { readerCodes: true })).toContain('| `duplicate_key` |');
  });
});
