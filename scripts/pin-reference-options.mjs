#!/usr/bin/env node
/**
 * One-off migration (0.x → neutral gate defaults): the built-in gates no longer default to the
 * reference project's paths and ids, so a config written against the old defaults names them.
 * For every gate-engine.config.yaml under the given directories (default: fixtures, examples), each
 * gate entry of the types below that does not set the option gets the old default written out.
 * Idempotent; edits only files that change. Usage: node scripts/pin-reference-options.mjs [dir…]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

const OLD_DEFAULTS = {
  claim_tier_order: { contract: 'docs/franken-node-claim-gating-contract.json' },
  kernel_boundary: { manifest: 'docs/franken-node-kernel-extraction-boundary-manifest.json' },
  practical_finish_checkpoint: { scope_root: 'bd-3ar8v', exclude: ['bd-3ar8v.7'] },
};

function* configs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* configs(p);
    else if (entry.isFile() && entry.name === 'gate-engine.config.yaml') yield p;
  }
}

let changed = 0;
for (const dir of process.argv.length > 2 ? process.argv.slice(2) : ['fixtures', 'examples']) {
  for (const file of configs(dir)) {
    const text = readFileSync(file, 'utf8');
    let doc;
    try {
      doc = parseDocument(text);
    } catch {
      continue;
    }
    if (doc.errors.length > 0) continue;
    const gates = doc.get('gates');
    if (!isSeq(gates)) continue;
    let touched = false;
    for (const entry of gates.items) {
      if (!isMap(entry)) continue;
      const pins = OLD_DEFAULTS[entry.get('type')];
      if (pins === undefined) continue;
      for (const [key, value] of Object.entries(pins)) {
        const options = entry.get('options');
        if (options !== undefined && !isMap(options)) continue;
        if (isMap(options) && options.has(key)) continue;
        if (options === undefined) entry.set('options', doc.createNode({ [key]: value }));
        else options.set(key, doc.createNode(value, { flow: true }));
        touched = true;
      }
    }
    if (touched) {
      writeFileSync(file, doc.toString({ flowCollectionPadding: false, lineWidth: 0 }));
      changed++;
    }
  }
}
console.log(`pinned the old defaults in ${changed} config file(s)`);
