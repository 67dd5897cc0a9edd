/**
 * CLI tests run the real binary (dist/src/cli/gate-engine.cjs) in child processes. Rebuild it when any
 * source is newer than the build, so `npm test` never exercises a stale CLI.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'gate-engine.cjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  // Parallel test runs in one checkout would race on rebuilding dist/; they set this and build once themselves.
  if (process.env.GATE_ENGINE_SKIP_BUILD === '1') return;
  let built = 0;
  try {
    built = statSync(BIN).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(...['src', 'gates', 'schemas', 'scripts'].map((d) => newestMtime(join(ROOT, d))), statSync(join(ROOT, 'package.json')).mtimeMs);
  if (sources > built) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
