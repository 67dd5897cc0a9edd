/**
 * Built-in presets (`extends:` in the config). A preset is a list of gate entries exactly like a
 * user would write them; the user's config can override any of them by id. `pi-agent-rust`
 * reproduces the reference project's gate catalogue, paths, beads and replay commands, so that
 * repository needs a two-line config:
 *
 *     version: 1
 *     extends: pi-agent-rust
 */
import type { RawGate } from './load.js';
import { didYouMean } from '../util/suggest.js';

/** A gate entry exactly as a user would write it in `gates:`, with its id spelled out. */
export type PresetGate = RawGate & { id: string };

export interface Preset {
  description: string;
  gates: PresetGate[];
  /** The config's `waivers:` section unless the user writes one. */
  waivers?: { sources: string[]; max_days?: number; expiring_soon_days?: number };
}

const CARGO = 'cargo test --test';
/**
 * Every dated input of the preset has a maximum age (the reference enforced one only for
 * ext_must_pass): evidence older than this cannot vouch for a release. Override per gate
 * (`options: { max_age: 14d }`), or unset it (`max_age: null`) to accept any age, which the
 * verdict then reports as an `age_unbounded` warning.
 */
export const PRESET_MAX_AGE = '7d';
const MAX_AGE = PRESET_MAX_AGE;

export const PRESETS: Record<string, Preset> = {
  'pi-agent-rust': {
    description: 'The release gates of the pi_agent_rust project (reference/pi-gate-semantics.md), without their vacuous passes.',
    // The reference keeps its waivers as [waiver.<gate_id>] tables in the suite classification manifest.
    waivers: { sources: ['tests/suite_classification.toml'] },
    gates: [
      { id: 'ext_must_pass', type: 'artifact_status', title: 'Extension must-pass gate (208 extensions)', bead: 'bd-1f42.4.4', reproduce: `${CARGO} ext_conformance_generated --features ext-conformance -- conformance_must_pass_gate --nocapture --exact`, options: { path: 'tests/ext_conformance/reports/gate/must_pass_gate_verdict.json', pointer: '/status', allowed: ['pass'], max_age: MAX_AGE, lineage: {} } },
      { id: 'evidence_bundle', type: 'artifact_status', title: 'Unified evidence bundle', bead: 'bd-1f42.6.8', blocking: false, reproduce: `${CARGO} ci_evidence_bundle -- build_evidence_bundle --nocapture --exact`, options: { path: 'tests/evidence_bundle/index.json', pointer: '/summary/verdict', allowed: ['complete', 'partial'], max_age: MAX_AGE } },
      { id: 'cross_platform', type: 'artifact_status', title: 'Cross-platform matrix validation', bead: 'bd-1f42.6.7', reproduce: `${CARGO} ci_cross_platform_matrix -- cross_platform_matrix --nocapture --exact`, options: { path: 'tests/cross_platform_reports/linux/platform_report.json', pointer: '/summary/all_required_pass', allowed: [true], max_age: MAX_AGE } },
      { id: 'conformance_regression', type: 'artifact_status', title: 'Conformance regression gate', bead: 'bd-1f42.4', reproduce: `${CARGO} conformance_regression_gate -- --nocapture`, options: { path: 'tests/ext_conformance/reports/regression_verdict.json', pointer: '/status', allowed: ['pass', 'warn'], max_age: MAX_AGE } },
      { id: 'conformance_pass_rate', type: 'threshold', title: 'Conformance pass rate >= 80%', bead: 'bd-1f42.4', reproduce: `${CARGO} conformance_report -- --nocapture`, options: { path: 'tests/ext_conformance/reports/conformance_summary.json', pointer: '/pass_rate_pct', op: '>=', value: 80, max_age: MAX_AGE, rate_of: { total: '/counts/total' } } },
      { id: 'suite_classification', type: 'suite_classification', title: 'Suite classification guard', bead: 'bd-1f42.6.1', options: { manifest: 'tests/suite_classification.toml' } },
      { id: 'sec_conformance', type: 'artifact_status', title: 'SEC-6.4 security compatibility conformance', bead: 'bd-1a2cu', reproduce: `${CARGO} sec_compatibility_conformance -- --nocapture`, options: { path: 'tests/full_suite_gate/sec_conformance_verdict.json', pointer: '/verdict', allowed: ['pass'], max_age: MAX_AGE } },
      { id: 'conformance_stress_lineage', type: 'artifact_lineage', title: 'Conformance+stress lineage coherence', bead: 'bd-3ar8v.6.3', reproduce: `${CARGO} ci_full_suite_gate -- conformance_stress_lineage_passes_with_valid_artifacts --nocapture --exact`, options: { artifacts: ['tests/ext_conformance/reports/conformance_summary.json', 'tests/perf/reports/stress_triage.json'], require: ['run_id', 'correlation_id'], max_age: MAX_AGE } },
      { id: 'claim_tier_order', type: 'claim_tier_order', title: 'FrankenNode claim tiers and forbidden claims', bead: 'bd-3ar8v.7.1', reproduce: `${CARGO} franken_node_claim_contract -- --nocapture`, options: { contract: 'docs/franken-node-claim-gating-contract.json', claimed_tier_env: 'FRANKEN_NODE_CLAIM_TIER' } },
      { id: 'kernel_boundary', type: 'kernel_boundary', title: 'FrankenNode kernel extraction boundary', bead: 'bd-3ar8v.7.2', reproduce: `${CARGO} franken_node_kernel_extraction_boundary_manifest -- kernel_boundary_manifest_ --nocapture`, options: { manifest: 'docs/franken-node-kernel-extraction-boundary-manifest.json', committed_report: 'tests/full_suite_gate/franken_node_kernel_boundary_drift_report.json', write_report: 'franken_node_kernel_boundary_drift_report.json' } },
      { id: 'parameter_sweeps_integrity', type: 'parameter_sweeps_integrity', title: 'Parameter sweeps artifact integrity', bead: 'bd-3ar8v.6.2', reproduce: `${CARGO} release_evidence_gate -- parameter_sweeps_contract_links_phase1_matrix_and_readiness --nocapture --exact`, options: { path: 'tests/perf/reports/parameter_sweeps.json', max_age: MAX_AGE } },
      { id: 'practical_finish_checkpoint', type: 'practical_finish_checkpoint', title: 'Practical-finish checkpoint (docs-only residual filter)', bead: 'bd-3ar8v.6.9', reproduce: `${CARGO} ci_full_suite_gate -- practical_finish_report_fails_when_technical_open_issues_remain --nocapture --exact`, options: { scope_root: 'bd-3ar8v', exclude: ['bd-3ar8v.7'], checkpoint: 'tests/full_suite_gate/practical_finish_checkpoint.json', write_checkpoint: 'practical_finish_checkpoint.json' } },
      // The reference evaluates the waiver gate last; so do we (it cannot be waived, and waives nothing itself).
      { id: 'waiver_lifecycle', type: 'waiver_lifecycle', title: 'Waiver lifecycle compliance', bead: 'bd-1f42.8.8.1', reproduce: `${CARGO} ci_full_suite_gate -- waiver_lifecycle_audit --nocapture --exact` },
    ],
  },
};

/** Where a resolved value came from: the preset, the user's file, or the gate type's / engine's default. */
export type ValueSource = 'preset' | 'file' | 'default';

/** Where each field and option of one merged gate came from (filled in further by the loader with defaults). */
export interface GateProvenance {
  /** `preset`: a preset gate as is; `preset+file`: a preset gate the file overrides; `file`: the file's own gate. */
  entry: 'preset' | 'preset+file' | 'file';
  fields: Record<string, ValueSource>;
  options: Record<string, ValueSource>;
  /** Preset fields and options the file unset with `null` (`options.max_age`, `bead`). */
  unset: string[];
}

export interface PresetProblem {
  /** Pointer into the user's own file. */
  pointer: string;
  message: string;
}

export interface PresetMerge {
  merged: Record<string, unknown>;
  /** Where merged gate i came from: an index in the user's `gates`, or only the preset. */
  origins: { user?: number; presetGate?: string }[];
  provenance: GateProvenance[];
  /** Gates switched off with `enabled: false`, in preset/file order, and the entry that did it. */
  disabled: { id: string; entry: 'preset+file' | 'file'; user: number }[];
  /** Top-level sections and where each came from. */
  sections: Record<string, ValueSource>;
  problems: PresetProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An own data property, whatever the key: `__proto__` from a config file must stay a key the schema can refuse, never a prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Fields a `null` may unset on a preset gate (id and type identify it and cannot be unset). */
const UNSETTABLE_FIELDS = ['title', 'bead', 'blocking', 'timeout', 'reproduce', 'remediation'];

/**
 * The preset's gates in preset order, each replaced field by field (options key by key) by a user
 * entry with the same id; user entries with new ids follow. Everything else is the user's.
 *
 * Overrides: `enabled: false` switches a gate off (it is not run, not listed, cannot be waived);
 * `null` unsets a preset value — a field (`bead: null`), an option (`options: { max_age: null }`,
 * after which the gate type's default applies, if any) or a top-level section (`waivers: null`).
 * A `null` for something the preset does not set, and an entry without `type` whose id is not a
 * preset gate, are problems (the loader reports them as config errors, exit 2).
 */
export function mergePreset(preset: Preset, user: Record<string, unknown>, presetName = 'the preset'): PresetMerge {
  const problems: PresetProblem[] = [];
  const gates: unknown[] = preset.gates.map((g) => structuredClone(g));
  const origins: PresetMerge['origins'] = preset.gates.map((g) => ({ presetGate: g.id }));
  const provenance: GateProvenance[] = preset.gates.map((g) => ({
    entry: 'preset',
    fields: Object.fromEntries(Object.keys(g).filter((k) => k !== 'options').map((k) => [k, 'preset' as const])),
    options: Object.fromEntries(Object.keys(g.options ?? {}).map((k) => [k, 'preset' as const])),
    unset: [],
  }));
  const enabled: boolean[] = preset.gates.map(() => true);
  const userGates = Array.isArray(user.gates) ? user.gates : [];
  const overridden = new Set<number>();
  const presetIds = preset.gates.map((g) => g.id);
  userGates.forEach((entry: unknown, k) => {
    const e = isObject(entry) ? entry : null;
    const id = e !== null ? (e.id ?? e.type) : undefined;
    const i = preset.gates.findIndex((g) => g.id === id);
    // A second entry for the same preset gate is not a second override (the first would be lost
    // silently): it is appended, and the loader refuses the repeated id.
    if (i === -1 || e === null || overridden.has(i)) {
      if (e !== null && e.type === undefined && typeof e.id === 'string') {
        problems.push({ pointer: `/gates/${k}/id`, message: `"${e.id}" is not a gate of preset ${presetName}${didYouMean(e.id, presetIds)}; a new gate needs a \`type\`` });
      }
      // A new gate of the file: nulls are not unsets here (there is nothing to unset); the schema reports them.
      const on = e === null || e.enabled !== false;
      const { enabled: _enabled, ...rest } = e ?? {};
      enabled.push(on);
      gates.push(e === null ? entry : rest);
      origins.push({ user: k });
      provenance.push({
        entry: 'file',
        fields: Object.fromEntries(Object.keys(rest).filter((f) => f !== 'options').map((f) => [f, 'file' as const])),
        options: Object.fromEntries(Object.keys(isObject(rest.options) ? rest.options : {}).map((o) => [o, 'file' as const])),
        unset: [],
      });
      return;
    }
    const base = gates[i] as Record<string, unknown>;
    const prov = provenance[i] as GateProvenance;
    prov.entry = 'preset+file';
    const next: Record<string, unknown> = { ...base };
    for (const [field, value] of Object.entries(e)) {
      if (field === 'options' || field === 'enabled') continue;
      if (value === null) {
        if (!UNSETTABLE_FIELDS.includes(field) || !(field in base)) {
          problems.push({
            pointer: `/gates/${k}/${field}`,
            message: UNSETTABLE_FIELDS.includes(field) ? `null unsets a preset value, but gate "${String(id)}" of preset ${presetName} has no ${field}` : `${field} cannot be unset`,
          });
          continue;
        }
        delete next[field];
        delete prov.fields[field];
        prov.unset.push(field);
        continue;
      }
      setOwn(next, field, value);
      setOwn(prov.fields, field, 'file');
    }
    if (e.enabled !== undefined) {
      if (typeof e.enabled !== 'boolean') problems.push({ pointer: `/gates/${k}/enabled`, message: 'must be true or false' });
      else enabled[i] = e.enabled;
    }
    if (e.options === null) {
      problems.push({ pointer: `/gates/${k}/options`, message: 'unset options one by one (options: { <name>: null }); a whole options block cannot be null' });
    } else if (isObject(e.options)) {
      const options: Record<string, unknown> = { ...(isObject(base.options) ? base.options : {}) };
      for (const [key, value] of Object.entries(e.options)) {
        if (value === null) {
          if (!(key in options)) {
            problems.push({ pointer: `/gates/${k}/options/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `null unsets a preset option, but gate "${String(id)}" of preset ${presetName} does not set ${key}${didYouMean(key, Object.keys(options))}` });
            continue;
          }
          delete options[key];
          delete prov.options[key];
          prov.unset.push(`options.${key}`);
          continue;
        }
        setOwn(options, key, value);
        setOwn(prov.options, key, 'file');
      }
      next.options = options;
    } else if (e.options !== undefined) {
      next.options = e.options;
    }
    gates[i] = next;
    origins[i] = { user: k };
    overridden.add(i);
  });
  const disabled: PresetMerge['disabled'] = [];
  const keep = gates.map((_, i) => enabled[i] !== false);
  gates.forEach((g, i) => {
    if (keep[i]) return;
    const origin = origins[i] as { user?: number };
    const prov = provenance[i] as GateProvenance;
    disabled.push({ id: String((g as Record<string, unknown>).id ?? (g as Record<string, unknown>).type), entry: prov.entry === 'file' ? 'file' : 'preset+file', user: origin.user ?? -1 });
  });
  const { extends: _name, ...rest } = user;
  const sections: Record<string, ValueSource> = {};
  for (const key of Object.keys(rest)) if (key !== 'gates') sections[key] = 'file';
  const merged: Record<string, unknown> = { ...rest };
  if (preset.waivers !== undefined) {
    if (!('waivers' in rest)) {
      merged.waivers = structuredClone(preset.waivers);
      sections.waivers = 'preset';
    } else if (rest.waivers === null) {
      delete merged.waivers;
      delete sections.waivers;
    }
  }
  merged.gates = gates.filter((_, i) => keep[i]);
  return {
    merged,
    origins: origins.filter((_, i) => keep[i]),
    provenance: provenance.filter((_, i) => keep[i]),
    disabled,
    sections,
    problems,
  };
}

export function presetNames(): string[] {
  return Object.keys(PRESETS).sort();
}

