// Summarises a V8 CPU profile (`node --cpu-prof --cpu-prof-dir DIR dist/src/cli/gate-engine.cjs verify …`): self time
// by function and by file, inclusive time by function (a recursive function counted once per sample), and, with
// --under NAME, the merged call tree below every outermost frame of that function and who called it. The bundle keeps
// its names (scripts/bundle-cli.mjs minifies whitespace and syntax only), so functions are named as in src/.
//
//   node bench/cpu-profile.mjs PROFILE.cpuprofile [--top N] [--under NAME] [--depth D]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({ options: { top: { type: 'string' }, under: { type: 'string' }, depth: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: node bench/cpu-profile.mjs PROFILE.cpuprofile [--top N] [--under NAME] [--depth D]');
  process.exit(2);
}
const top = Number(args.top ?? 30);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
/** Microseconds sampled in each node itself. */
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const tail = (url, parts) => url.split('/').slice(-parts).join('/');
// A regular expression's frame is named by its whole source: cut to a line.
const frame = (n) => `${(n.callFrame.functionName || '(anonymous)').slice(0, 120)} ${tail(n.callFrame.url, 2)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
const ms = (us) => `${(us / 1000).toFixed(1).padStart(9)} ms`;
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;

function table(title, map, n) {
  console.log(`\n== ${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
}

if (args.under === undefined) {
  const fnSelf = new Map();
  const fileSelf = new Map();
  const inclusive = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const file = tail(n.callFrame.url, 3) || n.callFrame.functionName;
    fnSelf.set(frame(n), (fnSelf.get(frame(n)) ?? 0) + us);
    fileSelf.set(file, (fileSelf.get(file) ?? 0) + us);
    const seen = new Set();
    for (let a = id; a !== undefined; a = parent.get(a)) {
      const k = frame(byId.get(a));
      if (!seen.has(k)) {
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + us);
      }
    }
  }
  table('self time by function', fnSelf, top);
  table('self time by file', fileSelf, 15);
  table('inclusive time by function', inclusive, top);
} else {
  const depth = Number(args.depth ?? 4);
  const inclusiveOf = new Map();
  const inclusive = (id) => {
    let us = inclusiveOf.get(id);
    if (us === undefined) {
      us = (self.get(id) ?? 0) + (byId.get(id).children ?? []).reduce((a, c) => a + inclusive(c), 0);
      inclusiveOf.set(id, us);
    }
    return us;
  };
  const named = (id) => byId.get(id).callFrame.functionName === args.under;
  const outermost = profile.nodes.filter((n) => {
    if (!named(n.id)) return false;
    for (let a = parent.get(n.id); a !== undefined; a = parent.get(a)) if (named(a)) return false;
    return true;
  });
  const merged = { us: 0, kids: new Map() };
  const merge = (into, id, d) => {
    into.us += inclusive(id);
    if (d >= depth) return;
    for (const c of byId.get(id).children ?? []) {
      const k = frame(byId.get(c));
      if (!into.kids.has(k)) into.kids.set(k, { us: 0, kids: new Map() });
      merge(into.kids.get(k), c, d + 1);
    }
  };
  for (const n of outermost) merge(merged, n.id, 0);
  console.log(`${args.under}: ${ms(merged.us)} ${pct(merged.us)} inclusive`);
  const print = (node, indent) => {
    for (const [k, v] of [...node.kids].sort((a, b) => b[1].us - a[1].us)) {
      if (v.us < total / 1000) continue; // under 0.1%
      console.log(`${ms(v.us)} ${pct(v.us)} ${' '.repeat(indent)}${k}`);
      print(v, indent + 2);
    }
  };
  print(merged, 2);
  const callers = new Map();
  for (const n of outermost) {
    const p = parent.get(n.id);
    const k = p === undefined ? '(none)' : frame(byId.get(p));
    callers.set(k, (callers.get(k) ?? 0) + inclusive(n.id));
  }
  table(`callers of ${args.under}`, callers, 10);
}
