/**
 * One fuzzing campaign: analyse seeds, generate their cases, run as many as the budget allows, and
 * sort the violations into known holes (owned by an open issue) and new ones. Used by the fast
 * slice in `npm test` and by `npm run fuzz`.
 */
import { analyseSeed, discoverSeeds, generateCases, isKnown, loadKnownHoles, ownVerdictText, prng, runCase, shuffled, Workspace, type Case, type CaseResult, type KnownHole, type Seed, type SeedAnalysis, type Violation } from './fuzzer.js';

export interface CampaignOptions {
  seed: number;
  /** Stop after this many cases (probes included). */
  maxCases?: number;
  /** Stop starting new cases after this many milliseconds. */
  budgetMs?: number;
  /** Cases per seed (after its probes); undefined = all. */
  perSeed?: (seed: Seed) => number | undefined;
  /** Only seeds matching this. */
  seedFilter?: (seed: Seed) => boolean;
  /** Report every violation as new (to see the holes the known list hides). */
  ignoreKnown?: boolean;
  /** Leaves probed per file (default 40). */
  leafCap?: (seed: Seed) => number;
  /** Only cases matching this (replay). */
  caseFilter?: (c: Case) => boolean;
  log?: (line: string) => void;
  /** Called, while the seed's workspace is still there, for each case with a violation no known hole explains. */
  onNew?: (ws: Workspace, analysis: SeedAnalysis, result: CaseResult) => Promise<void>;
}

export interface Finding {
  result: CaseResult;
  violation: Violation;
  known?: KnownHole;
  analysis: SeedAnalysis;
  ws?: Workspace;
}

export interface CampaignReport {
  seedValue: number;
  seeds: number;
  cases: number;
  /** CPU time this process spent (user + system): the figure a loaded machine does not inflate. */
  cpuMs: number;
  probes: number;
  ms: number;
  byFamily: Record<string, number>;
  byGateType: Record<string, number>;
  findings: Finding[];
  /** Milliseconds and cases per seed (probes included), to see where a slice's time goes. */
  perSeed: Map<string, { ms: number; cases: number }>;
  /** Known-hole entries that matched at least one violation. */
  knownMatched: Set<KnownHole>;
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const t0 = performance.now();
  // Each seed draws from a stream of its own (the campaign's seed and its name): adding or changing a scenario adds or
  // changes its own cases only, and never redraws the sample of the seeds already there.
  const randOf = (seed: Seed) => prng(options.seed ^ nameHash(seed.name));
  const holes = options.ignoreKnown ? [] : loadKnownHoles();
  const seeds = discoverSeeds().filter((s) => options.seedFilter?.(s) ?? true);
  const report: CampaignReport = { seedValue: options.seed, seeds: 0, cases: 0, cpuMs: 0, probes: 0, ms: 0, byFamily: {}, byGateType: {}, findings: [], knownMatched: new Set(), perSeed: new Map() };
  const cpu0 = process.cpuUsage();
  const over = () => (options.budgetMs !== undefined && performance.now() - t0 > options.budgetMs) || (options.maxCases !== undefined && report.cases >= options.maxCases);
  const record = (r: CaseResult, analysis: SeedAnalysis): boolean => {
    let fresh = false;
    for (const v of r.violations) {
      const gateType = v.gateType ?? (v.gate ? analysis.gateTypeOf.get(v.gate) : undefined) ?? analysis.seed.gateTypes[0];
      const known = isKnown(holes, r.c, v, gateType);
      if (known) report.knownMatched.add(known);
      else fresh = true;
      report.findings.push({ result: r, violation: v, analysis, ...(known ? { known } : {}) });
    }
    return fresh;
  };
  for (const seed of roundRobin([...seeds].sort((a, b) => (nameHash(a.name) ^ options.seed) - (nameHash(b.name) ^ options.seed) || a.name.localeCompare(b.name)))) {
    if (over()) break;
    const ws = new Workspace(seed);
    const seedStart = performance.now();
    const casesBefore = report.cases;
    try {
      const analysis = await analyseSeed(ws, { ...(options.leafCap !== undefined ? { leafCap: options.leafCap(seed) } : {}) });
      report.seeds++;
      report.probes += analysis.probes;
      report.cases += analysis.probes;
      report.byFamily.probe = (report.byFamily.probe ?? 0) + analysis.probes;
      for (const p of analysis.probeViolations) {
        const c: Case = { key: p.key, seed: seed.name, family: 'probe', op: p.key.split('|')[2] ?? 'probe', file: p.key.split('|')[1] ?? '', expect: 'any', gates: [], actions: [], touchesConfig: false };
        record({ c, outcome: { gates: [] }, violations: p.violations }, analysis);
      }
      let cases = generateCases(analysis, ownVerdictText(analysis));
      if (options.caseFilter) cases = cases.filter(options.caseFilter);
      const limit = options.perSeed?.(seed);
      if (limit !== undefined && cases.length > limit) cases = shuffled(cases, randOf(seed)).slice(0, limit);
      for (const c of cases) {
        if (over()) break;
        const r = await runCase(ws, analysis, c);
        report.cases++;
        report.byFamily[c.family] = (report.byFamily[c.family] ?? 0) + 1;
        for (const t of seed.gateTypes) report.byGateType[t] = (report.byGateType[t] ?? 0) + 1;
        if (record(r, analysis) && options.onNew) await options.onNew(ws, analysis, r);
      }
    } finally {
      ws.dispose();
      report.perSeed.set(seed.name, { ms: performance.now() - seedStart, cases: report.cases - casesBefore });
    }
  }
  report.ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  report.cpuMs = (cpu.user + cpu.system) / 1000;
  return report;
}

/** FNV-1a of a seed's name: its place in the campaign's order and its own stream of draws. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Interleave seeds by gate type, so a run cut short by its budget has still visited every type. */
function roundRobin(seeds: readonly Seed[]): Seed[] {
  const groups = new Map<string, Seed[]>();
  for (const s of seeds) {
    const type = s.gateTypes[0] ?? '';
    groups.set(type, [...(groups.get(type) ?? []), s]);
  }
  const out: Seed[] = [];
  for (let i = 0; out.length < seeds.length; i++) for (const g of groups.values()) if (g[i]) out.push(g[i] as Seed);
  return out;
}

/** One line per distinct (kind, gate type, operator) with a reproducer, for humans. */
export function summarizeFindings(findings: readonly Finding[]): string[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const type = f.violation.gateType ?? f.analysis.seed.gateTypes[0] ?? '?';
    const k = `${f.known ? `known(#${f.known.issue})` : 'NEW'} ${f.violation.kind} ${type} ${f.result.c.family}/${f.result.c.op.split(':')[0]}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return [...groups.entries()].sort().map(([k, fs]) => `${k} ×${fs.length}  e.g. ${fs[0]?.result.c.key}  — ${fs[0]?.violation.detail}`);
}
