/**
 * verdictInconsistencies on a preflight verdict (issue 15, a sampled mutation survivor): the gates it did not
 * evaluate must each be listed in selection.not_selected; a sound fail-fast verdict has no inconsistency.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { verdictInconsistencies } from '../../src/core/consistency.js';
import { verify } from '../../src/verify.js';
import { configYaml, type GateEntry } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { TEST_GATES } from '../helpers/test-gates.js';

afterAll(removeTempDirs);

const probe = (id: string, behaviour: string): GateEntry => ({ id, type: 'behave', options: { behaviour } });

describe('verdictInconsistencies: preflight gates not evaluated', () => {
  it('a sound fail-fast verdict is consistent; one whose not-evaluated gate is missing from not_selected is not', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([probe('first', 'pass'), probe('breaks', 'throw'), probe('later', 'pass'), probe('last', 'warn')]) });
    const { verdict } = await verify({ root, out: tempDir(), lane: 'preflight', gateTypes: TEST_GATES, now: '2026-03-10T12:00:00Z' });
    expect(verdict.gates_not_evaluated?.map((g) => g.id)).toEqual(['later', 'last']);
    expect(verdictInconsistencies(verdict)).toEqual([]);

    const forged = structuredClone(verdict);
    forged.selection.not_selected = forged.selection.not_selected.filter((id) => id !== 'later');
    expect(verdictInconsistencies(forged)).toContainEqual({ pointer: '/gates_not_evaluated', message: 'gates not evaluated are missing from selection.not_selected: later' });
  });
});

describe('verdictInconsistencies: disabled gates', () => {
  it('a gate listed as disabled that was also evaluated or left unselected is named', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([probe('first', 'pass'), probe('breaks', 'throw'), probe('later', 'pass')]) });
    const { verdict } = await verify({ root, out: tempDir(), lane: 'preflight', gateTypes: TEST_GATES, now: '2026-03-10T12:00:00Z' });
    const forged = structuredClone(verdict);
    forged.disabled_gates = ['first', 'later', 'gone'].map((id, i) => ({ id, status: 'disabled', config_pointer: `/gates/${i}`, entry: 'file' }));
    expect(verdictInconsistencies(forged)).toContainEqual({ pointer: '/disabled_gates', message: 'gates listed as disabled were also configured or evaluated: first, later' });
  });
});

