/**
 * docs/threat-model.md is the list a reviewer checks a new gate against: every scenario and test file it
 * cites as proof must exist, and every issue that owns a known hole must be marked there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnownHoles } from './fuzzer.js';

const ROOT = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'threat-model.md'), 'utf8');
const scenarioNames = new Set(readdirSync(join(ROOT, 'fixtures', 'scenarios')).flatMap((type) => readdirSync(join(ROOT, 'fixtures', 'scenarios', type))));

describe('docs/threat-model.md', () => {
  it('cites only scenarios that exist', () => {
    const cited = [...doc.matchAll(/scenarios? ((?:`[a-z0-9_]+`(?:, )?)+)/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([a-z0-9_]+)`/g)].map((x) => x[1] as string));
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((name) => !scenarioNames.has(name))).toEqual([]);
  });

  it('cites only test files that exist', () => {
    const files = [...doc.matchAll(/`(test\/[^`*]+\.ts)`/g)].map((m) => m[1] as string);
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('marks every issue that owns a known hole, and names every operator with a known hole', () => {
    for (const hole of loadKnownHoles()) {
      if (hole.issue !== null) expect(doc, `issue #${hole.issue}`).toContain(`#${hole.issue}`);
      expect(doc, hole.operator).toContain(hole.operator);
    }
  });
});
