/**
 * `npm test` with per-file CPU accounting (test/helpers/cpu-account.ts):
 *   GATE_ENGINE_SKIP_BUILD=1 GATE_ENGINE_CPU_LOG=/tmp/cpu.log npx vitest run -c vitest.cpu.config.ts <files>
 *   sort -t$'\t' -k2 -rn /tmp/cpu.log   # own ms, children ms, wall ms, file
 */
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(base, { test: { setupFiles: ['test/helpers/cpu-account.ts'] } });
