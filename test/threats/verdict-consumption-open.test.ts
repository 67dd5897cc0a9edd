/**
 * Red team hj, verdict consumption: holes found and left open (each an `it.skip` with an `OPEN:` line saying why),
 * so that closing one is a matter of removing `.skip` and making it pass.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { configYaml } from '../helpers/config.js';
import { statusGate } from '../helpers/git-repo.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

describe('the GitHub Action decides with the engine the repository under review brings', () => {
  // OPEN: action.yml runs `node_modules/.bin/gate-engine` whenever the workspace has one ("the repository's own
  // gate-engine"), so the code under review chooses the program that decides its own verdict (a package.json / lockfile
  // entry pointing gate-engine at a local package, or a committed node_modules/.bin): it writes a passing verdict and
  // exits 0, and reads GATE_ENGINE_SIGNING_KEY when the workflow gives the step the key, so it can sign a forged
  // verdict `check` accepts. Closing it changes documented behaviour (engine version matching, `engine_mismatch`):
  // run the action's own copy, or accept the workspace's only when it is byte-identical to the action's.
  it.skip('a node_modules/.bin/gate-engine that writes a pass without evaluating anything: the step fails with the real verdict (fail, exit 1)', () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([statusGate('a')] as never[]),
      'a.json': { status: 'fail' },
      'node_modules/.bin/gate-engine': '#!/bin/sh\nfor a in "$@"; do case "$a" in json:*) printf \'{"verdict":"pass"}\' > "${a#json:}";; esac; done\nexit 0\n',
    });
    chmodSync(join(root, 'node_modules/.bin/gate-engine'), 0o755);
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { steps: { run: string }[] } };
    const outputs = join(tempDir(), 'github_output');
    writeFileSync(outputs, '');
    const env = { PATH: process.env.PATH, GITHUB_OUTPUT: outputs, RUNNER_TEMP: tempDir(), GE_ACTION_PATH: REPO_ROOT, GE_ROOT: '.', GE_CONFIG: '', GE_OUT: '', GE_FAIL_ON: 'fail', GE_FORMATS: 'human', GE_ARGS: '--now 2026-03-10T12:00:00Z', NO_COLOR: '1' };
    const run = spawnSync('bash', ['-c', action.runs.steps[0]?.run ?? ''], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    const out = Object.fromEntries(readFileSync(outputs, 'utf8').trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
    expect({ status: run.status, verdict: out.verdict, exitCode: out['exit-code'] }).toEqual({ status: 1, verdict: 'fail', exitCode: '1' });
  }, 60_000);
});
