/**
 * The long fuzz run behind `npm run fuzz` (see scripts/fuzz.mjs for the options). Time-bounded and
 * seeded: the seed is printed first, and `--seed <n>` replays the same sequence of cases;
 * `--case '<key>'` replays one case. Each new hole is shrunk and printed (and, with --write-fixture,
 * written as a scenario fixture to finish by hand).
 */
import { expect, it } from 'vitest';
import { runCampaign, summarizeFindings } from './campaign.js';
import { analyseSeed, describeInput, discoverSeeds, prng, shrink, shuffled, Workspace, writeFixture } from './fuzzer.js';
import { distAvailable, processCases } from './process.js';

const env = process.env;
const seconds = Number(env.FUZZ_SECONDS ?? '60');
const seed = env.FUZZ_SEED !== undefined && env.FUZZ_SEED !== '' ? Number(env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const only = env.FUZZ_CASE;
const gateFilter = env.FUZZ_GATE;
const writeFixtures = env.FUZZ_WRITE_FIXTURE === '1';
const withProcess = env.FUZZ_PROCESS !== '0' && only === undefined;
const out = (line: string) => process.stdout.write(`${line}\n`);

it('fuzz', async () => {
  const started = performance.now();
  out(`fuzz: seed ${seed}, ${seconds} s${only ? `, case ${only}` : ''}${gateFilter ? `, gate type ${gateFilter}` : ''} (replay: npm run fuzz -- --seed ${seed} --seconds ${seconds})`);
  const shown = new Set<string>();
  let fixtures = 0;
  const processShare = withProcess && distAvailable() ? 0.25 : 0;
  const report = await runCampaign({
    seed,
    budgetMs: seconds * 1000 * (1 - processShare),
    ignoreKnown: env.FUZZ_IGNORE_KNOWN === '1',
    ...(only ? { seedFilter: (s) => s.name === only.split('|')[0], caseFilter: (c) => c.key === only } : gateFilter ? { seedFilter: (s) => s.gateTypes.includes(gateFilter) } : {}),
    onNew: async (ws, analysis, result) => {
      const group = `${result.violations[0]?.kind} ${result.violations[0]?.gateType} ${result.c.op.split(':')[0]}`;
      if (shown.has(group) && only === undefined) return;
      shown.add(group);
      const small = await shrink(ws, analysis, result);
      out(`\nNEW HOLE ${group}\n${small.violations.map((v) => `  ${v.kind}: ${v.detail}`).join('\n')}\n${describeInput(ws, small.c)}\n  replay: npm run fuzz -- --case '${result.c.key}'`);
      if (writeFixtures) {
        const name = `fuzz_${result.c.op.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${(fixtures++).toString()}_${seed}`;
        out(`  fixture written: ${writeFixture(small, analysis, name)}`);
      }
    },
  });
  if (only) {
    const hit = report.findings.filter((f) => f.result.c.key === only);
    out(hit.length === 0 ? `case ${only}: no violation (${report.cases} evaluations)` : hit.map((f) => `case ${only}: ${f.violation.kind} ${f.violation.detail}${f.known ? ` (known hole, issue ${f.known.issue ?? 'by design'})` : ''}`).join('\n'));
  }
  let processRuns = 0;
  if (processShare > 0) {
    const rand = prng(seed ^ 0x5eed);
    // The process family gets its share, or whatever the in-process campaign left of the budget.
    const deadline = Math.max(performance.now() + seconds * 1000 * processShare, started + seconds * 1000);
    const seeds = shuffled(discoverSeeds(), rand).filter((s) => !gateFilter || s.gateTypes.includes(gateFilter));
    for (const s of seeds) {
      if (performance.now() > deadline) break;
      const ws = new Workspace(s);
      let analysis;
      try {
        analysis = await analyseSeed(ws, { leafProbes: false });
      } finally {
        ws.dispose();
      }
      if (analysis.passing.length === 0) continue;
      const results = await processCases(analysis, rand, out, deadline);
      processRuns += results.length;
      report.byFamily.process = (report.byFamily.process ?? 0) + results.length;
      for (const r of results) for (const v of r.violations) report.findings.push({ result: { c: { key: r.key, seed: s.name, family: 'process', op: r.op, file: '', expect: 'any', gates: [], actions: [], touchesConfig: false }, outcome: { gates: [] }, violations: r.violations }, violation: v, analysis });
    }
  } else if (withProcess) {
    out('process family skipped: build dist/ first (npm run build)');
  }
  const perSecond = Math.round(((report.cases + processRuns) / report.ms) * 1000);
  out(`\nfuzz: seed ${seed}: ${report.seeds} seeds, ${report.cases} cases (${report.probes} probes) + ${processRuns} process cases in ${Math.round(report.ms / 1000)} s (${perSecond}/s in process)`);
  out(`families: ${JSON.stringify(report.byFamily)}`);
  out(`gate types: ${JSON.stringify(report.byGateType)}`);
  out(summarizeFindings(report.findings).join('\n'));
  const fresh = report.findings.filter((f) => f.known === undefined);
  expect(fresh.length, `${fresh.length} violations no known hole explains (see above)`).toBe(0);
});
