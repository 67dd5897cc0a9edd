/**
 * Residual red-team holes in already-resolved areas (issues 9, 10, 14, 17), each turned into a
 * fixture with its exact code. Scenario fixtures cover the gate-level ones
 * (artifact_present/nested_hollow_documents, artifact_lineage/degenerate_run_ids,
 * artifact_status/lineage_degenerate_run_id); these cover the engine-level ones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../src/core/errors.js';
import { verify } from '../../src/index.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

describe('degenerate run ids', () => {
  it.each(['0', '000', '-1', 'null', 'none', 'n/a', 'false'])('--run-id %s is a usage error (exit 2), not the id of a run', async (runId) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'p', type: 'artifact_present', options: { path: 'r.json' } }]), 'r.json': '{"ok":true}' });
    const e = await verify({ root, out: tempDir(), now: NOW, runId }).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe('usage');
    expect((e as EngineError).exitCode).toBe(2);
  });
});
