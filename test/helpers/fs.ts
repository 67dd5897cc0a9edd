import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

const created: string[] = [];

/** A fresh directory under the system temp dir, as its real path (tests compare against resolved roots). */
export function tempDir(prefix = 'ge-test-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    // A temp dir used as an output directory became a link to a generation in `.<name>.runs` beside it.
    rmSync(join(dirname(dir), `.${basename(dir)}.runs`), { recursive: true, force: true });
  }
}

/** Write a tree of files: `{ 'tests/a.rs': '...', 'x.json': {...} }` (objects are JSON-serialised). */
export function writeTree(root: string, files: Record<string, string | Buffer | object>): string {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

export function workspace(files: Record<string, string | Buffer | object>): string {
  return writeTree(tempDir('ge-ws-'), files);
}
