/**
 * The published artifact schemas (schemas/practical_finish_checkpoint, kernel_boundary_manifest,
 * kernel_boundary_drift_report) are the schemas the gates validate with, plus their $id: regenerate
 * with `npm run gen:artifact-schemas` when a gate's schema changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_SCHEMA_FILES } from '../../src/artifact-schema-files.js';
import { REPO_ROOT } from '../helpers/fs.js';

describe('published artifact schemas', () => {
  it.each(ARTIFACT_SCHEMA_FILES().map((f) => [f.file, f] as const))('%s is in sync with the gate and has an $id', (file, f) => {
    const published = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', file), 'utf8')) as Record<string, unknown>;
    expect(published).toEqual(JSON.parse(JSON.stringify(f.schema)));
    expect(published.$id).toBe(`https://gate-engine.dev/schemas/${file}`);
  });
});
