import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
  /** Absolute path of the installed package (where `schemas/` lives). */
  dir: string;
}

let cached: PackageInfo | undefined;

/** Found by walking up from this module: the same code runs from `src/` under vitest and from `dist/src/` when installed. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'gate-engine' && typeof pkg.version === 'string') {
        cached = { name: pkg.name, version: pkg.version, dir };
        return cached;
      }
    } catch {
      // no package.json at this level; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('gate-engine: cannot locate its own package.json');
    dir = parent;
  }
}
