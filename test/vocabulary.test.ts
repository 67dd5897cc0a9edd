/**
 * The engine speaks of tracking issues; the reference project's names — beads, the
 * FRANKEN_NODE_CLAIM_TIER variable, "phase 5" — belong to its preset (src/config/presets.ts) and its
 * docs. `bead` survives in src/ only as a data key (the config's and the verdict's `bead` field, the
 * waiver field), never as a word in a message, label or comment.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/fs.js';

const PRESET_FILES = ['src/config/presets.ts'];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The text with every use of `bead` as a data key or identifier removed. */
export function withoutKeyUses(text: string): string {
  return text
    .replace(/\.bead\b/g, '')
    .replace(/\bbead\??:/g, '')
    .replace(/['"`]bead['"`]/g, '')
    .replace(/\{ bead \}/g, '')
    .replace(/\bbead(?=\s*[,}])/g, '');
}

const FORBIDDEN: [string, RegExp][] = [
  ['bead (say "tracking issue")', /\bbeads?\b/i],
  ['FRANKEN_NODE_CLAIM_TIER', /FRANKEN_NODE_CLAIM_TIER/],
  ['phase 5', /\bphase[ _-]?5\b/i],
];

describe('vocabulary of the engine', () => {
  const files = walk(join(REPO_ROOT, 'src')).filter((f) => !PRESET_FILES.includes(relative(REPO_ROOT, f)));

  it.each(FORBIDDEN)('no %s in src/ outside the preset', (_name, pattern) => {
    const hits = files.flatMap((f) =>
      withoutKeyUses(readFileSync(f, 'utf8'))
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => pattern.test(line))
        .map(({ line, i }) => `${relative(REPO_ROOT, f)}:${i + 1}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });

  it('the check can fail: a message that says bead is caught, a data key is not', () => {
    expect(/\bbeads?\b/i.test(withoutKeyUses('message: `waived (bead ${w.bead})`'))).toBe(true);
    expect(/\bbeads?\b/i.test(withoutKeyUses("...(g.bead !== undefined ? { bead: g.bead } : {}), 'bead', bead?: string"))).toBe(false);
  });
});
