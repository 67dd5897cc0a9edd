#!/usr/bin/env node
// The CLI's entry as tsc builds it; the executable (scripts/cli-launcher.cjs) runs the same from the bundle.
import { runProcess } from './main-run.js';

// Exit explicitly: a gate that timed out may still hold timers or handles open, and a verdict that has been written
// must not wait for it. Writes to pipes and files are synchronous on POSIX.
process.exit(await runProcess());
