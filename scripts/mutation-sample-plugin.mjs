// Stryker plugin for `npm run mutation:sample` (scripts/mutation-sample.mjs): only the drawn mutants run.
// `mutate` is set to the exact location of each drawn mutant, but Stryker would still test every mutant nested inside
// one (a drawn block statement drags in its whole body) and every other mutator's mutants on the same node (a drawn
// `true` brings its `false`): at ~40 s a mutant here, that tripled a sample's time. So:
// - the ignorer skips every node whose span holds no drawn mutant (the nested bodies);
// - the mutant collector marks any other mutant it is handed as ignored (the siblings on a drawn node).
// Ignored mutants are reported as such and never run; the score counts the drawn mutants only.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';
// Stryker core loads this very module (one node_modules): patching its prototype patches the instrumenter Stryker runs.
import { MutantCollector } from '../node_modules/@stryker-mutator/instrumenter/dist/src/transformers/mutant-collector.js';

const NOT_DRAWN = 'not drawn by mutation:sample';
const samplePath = process.env.GATE_ENGINE_MUTATION_SAMPLE;
const byFile = new Map();
const drawnKeys = new Set();
const fileOf = (name) => relative(process.cwd(), resolve(name));
const locKey = (file, loc) => `${file}:${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}`;
if (samplePath !== undefined) {
  for (const m of JSON.parse(readFileSync(samplePath, 'utf8')).mutants) {
    if (!byFile.has(m.file)) byFile.set(m.file, []);
    byFile.get(m.file).push(m);
    drawnKeys.add(`${locKey(m.file, m)} ${m.mutatorName} ${m.replacement}`);
  }
  const collect = MutantCollector.prototype.collect;
  MutantCollector.prototype.collect = function collectDrawnOnly(fileName, original, mutable, offset) {
    const mutant = collect.call(this, fileName, original, mutable, offset);
    const key = `${locKey(fileOf(fileName), original.loc)} ${mutant.mutatorName} ${mutant.replacementCode}`;
    if (!drawnKeys.has(key)) mutant.ignoreReason ??= NOT_DRAWN;
    return mutant;
  };
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const within = (outer, inner) => before(outer.start, inner.start) && before(inner.end, outer.end);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'mutation-sample', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      const filename = path.hub?.file?.opts?.filename;
      if (loc == null || filename === undefined) return undefined;
      const drawn = byFile.get(fileOf(filename)) ?? [];
      return drawn.some((m) => within(loc, m)) ? undefined : NOT_DRAWN;
    },
  }),
];
