/**
 * The engine speaks of tracking issues; the reference project's names — beads, the
 * FRANKEN_NODE_CLAIM_TIER variable, "phase 5", FrankenNode — belong to its preset
 * (src/config/presets.ts) and its docs, not to the engine (src/) or the built-in gates (gates/):
 * their messages, labels, comments and option defaults. `bead` survives only as a data key (the
 * config's and the verdict's `bead` field, the waiver field, a document field such as
 * follow_up_bead) and in the `bd` tracker's own export path (.beads/issues.jsonl); FrankenNode only
 * in the ids and file names of the document formats the gates read (pi.frankennode.*.v1).
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
    .replace(/\bbead(?=\s*[,}])/g, '')
    .replace(/\.beads\/[\w./-]*/g, '');
}

/** The text without the ids and file names of the reference's document formats the gates read. */
export function withoutFormatIds(text: string): string {
  return text.replace(/\bpi\.franken_?node\.[a-z0-9_]+\.v\d+\b/gi, '').replace(/\bfranken_node_[a-z0-9_]+\.json\b/g, '');
}

const FORBIDDEN: [string, RegExp][] = [
  ['bead (say "tracking issue")', /\bbeads?\b/i],
  ['FRANKEN_NODE_CLAIM_TIER', /FRANKEN_NODE_CLAIM_TIER/],
  ['phase 5', /\bphase[ _-]?5\b/i],
  ['FrankenNode / franken-node (outside a format id)', /franken[-_ ]?node/i],
];

describe('vocabulary of the engine', () => {
  const files = [...walk(join(REPO_ROOT, 'src')), ...walk(join(REPO_ROOT, 'gates'))].filter((f) => !PRESET_FILES.includes(relative(REPO_ROOT, f)));

  it.each(FORBIDDEN)('no %s in src/ or gates/ outside the preset', (_name, pattern) => {
    const hits = files.flatMap((f) =>
      withoutFormatIds(withoutKeyUses(readFileSync(f, 'utf8')))
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
    expect(/\bbeads?\b/i.test(withoutKeyUses("sources: ['.beads/issues.jsonl'] // the follow-up bead"))).toBe(true);
  });

  it('a format id is not a word of the engine; a default path naming the reference project is', () => {
    expect(/franken[-_ ]?node/i.test(withoutFormatIds("schema_id: 'pi.frankennode.claim_gating_contract.v1', basename: 'franken_node_claim_verdict.json'"))).toBe(false);
    expect(/franken[-_ ]?node/i.test(withoutFormatIds("default: 'docs/franken-node-claim-gating-contract.json'"))).toBe(true);
    expect(/franken[-_ ]?node/i.test(withoutFormatIds('the FrankenNode claim-gating contract'))).toBe(true);
  });
});
