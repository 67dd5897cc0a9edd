/**
 * `npm test` with per-file CPU accounting (test/helpers/cpu-account.ts):
 *   GATE_ENGINE_SKIP_BUILD=1 GATE_ENGINE_CPU_LOG=/tmp/cpu.log npx vitest run -c vitest.cpu.config.ts <files>
 *   sort -t$'\t' -k2 -rn /tmp/cpu.log   # own ms, children ms, wall ms, file
 * The engine is loaded before each file's clock starts (test/helpers/cpu-preload.ts): a file's figure is what it adds
 * to a worker that has loaded it, as in `npm test`.
 */
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(base, { test: { setupFiles: ['test/helpers/cpu-preload.ts', 'test/helpers/cpu-account.ts'] } });
