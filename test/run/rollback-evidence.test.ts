/** Rollback relaxes only where there is evidence: a command that never started stays `fail`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const DECLARATION = { reason: 'Hotfix must ship', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };

describe('rollback mode and command gates', () => {
  it('a missing program or working directory stays fail (command_not_started); a command that ran and failed is relaxed', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([
        { id: 'no_program', type: 'command', options: { run: ['gate-engine-fixture-no-such-program'] } },
        { id: 'no_cwd', type: 'command', options: { run: ['true'], cwd: 'tools/missing' } },
        { id: 'ran_and_failed', type: 'command', options: { run: ['false'] } },
      ]),
    });
    const file = join(root, 'rollback.yaml');
    writeFileSync(file, stringify(DECLARATION));
    const { verdict, exitCode } = await verify({ root, mode: 'rollback', rollbackFile: file, now: NOW, write: false });
    const byId = (id: string) => verdict.gates.find((g) => g.id === id);
    expect(byId('no_program')).toMatchObject({ status: 'fail', reason: 'command_not_started' });
    expect(byId('no_program')?.relaxed_by).toBeUndefined();
    expect(byId('no_cwd')).toMatchObject({ status: 'fail', reason: 'command_not_started' });
    expect(byId('ran_and_failed')).toMatchObject({ raw_status: 'fail', status: 'warn', reason: 'command_failed', relaxed_by: 'rollback' });
    expect(verdict.rollback?.relaxed_gates).toEqual(['ran_and_failed']);
    expect(verdict.verdict).toBe('fail');
    expect(exitCode).toBe(1);
  });
});
