#!/usr/bin/env node
// npm run fuzz -- [--seconds N] [--seed N] [--case '<key>'] [--gate <type>] [--write-fixture] [--no-process] [--ignore-known]
// The long, time-bounded, seeded fuzz run (issue 15). Not part of `npm test` or .ci/run: the fast slice is.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string' },
    case: { type: 'string' },
    gate: { type: 'string' },
    'write-fixture': { type: 'boolean', default: false },
    'no-process': { type: 'boolean', default: false },
    'ignore-known': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`npm run fuzz -- [options]
  --seconds N        time budget (default 60); a quarter goes to the process family when dist/ is built
  --seed N           PRNG seed (printed by every run); the same seed replays the same sequence
  --case '<key>'     replay one case: seed|file|operator|path, as printed
  --gate <type>      only seeds that use this gate type
  --write-fixture    write each new hole as fixtures/scenarios/<type>/fuzz_* (finish its expected.yaml by hand)
  --no-process       skip signals, full disk, rewrites during the run and named pipes
  --ignore-known     report the holes test/fuzz/known-holes.json lists as new too`);
  process.exit(0);
}
for (const [name, v] of [['seconds', values.seconds], ['seed', values.seed]]) {
  if (v !== undefined && !/^\d+$/.test(v)) {
    console.error(`--${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
    process.exit(2);
  }
}
const env = {
  ...process.env,
  GATE_ENGINE_SKIP_BUILD: '1',
  FUZZ_SECONDS: values.seconds,
  ...(values.seed !== undefined ? { FUZZ_SEED: values.seed } : {}),
  ...(values.case !== undefined ? { FUZZ_CASE: values.case } : {}),
  ...(values.gate !== undefined ? { FUZZ_GATE: values.gate } : {}),
  FUZZ_WRITE_FIXTURE: values['write-fixture'] ? '1' : '0',
  FUZZ_PROCESS: values['no-process'] ? '0' : '1',
  FUZZ_IGNORE_KNOWN: values['ignore-known'] ? '1' : '0',
};
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.fuzz.config.ts', '--reporter', 'dot', '--silent=false'], { stdio: 'inherit', env, cwd: new URL('..', import.meta.url).pathname });
process.exit(r.status ?? 1);
