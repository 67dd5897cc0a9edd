/**
 * gate-engine's public API. `verify` is what the CLI runs; `defineGate` and the reader types are
 * for writing gates; the pure fold functions let release tooling re-derive a decision from a
 * verdict file without re-running anything.
 */
export { verify, gateTypeRegistry, replayCommand, OUTPUT_FILES, type VerifyOptions, type VerifyResult } from './verify.js';
export { loadConfig, type LoadedConfig, type GateConfig, type ConfigInput } from './config/load.js';
import type { ConfigInput } from './config/load.js';
export type { LoadedPlugin } from './config/plugins.js';
export { defineGate } from './core/types.js';
export type {
  AnyGateDefinition,
  ArtifactRecord,
  CheckDetail,
  CheckResult,
  CheckStatus,
  GateContext,
  GateWaiver,
  WaiverBook,
  WaiverEntry,
  WaiverSummary,
  GateDefinition,
  GateResult,
  GateStatus,
  Lane,
  Mode,
  RawStatus,
  RunVerdict,
  GatesVerdict,
  Selection,
  SelectionBy,
  Verdict,
  VerdictSummary,
} from './core/types.js';
export { applyPolicy, exitCodeFor, foldChecks, foldGates, foldRun, summarize } from './core/fold.js';
export { readVerdict } from './verdict-file.js';
export { assessVerdict, type AssessOptions, type Assessment, type AssessReason, type AssessReasonCode } from './assess.js';
export { assessConfig, assessVerdictInRepo, hashWaiverSources, verdictWaiverBook } from './assess.js';
export { verdictInconsistencies, type Inconsistency } from './core/consistency.js';
export { EXIT, EngineError, InternalError, type EngineErrorCode, type ExitCode } from './core/errors.js';
export { ArtifactError, ARTIFACT_ERROR_CODES, type ArtifactErrorCode } from './artifacts/errors.js';
export type { ArtifactReader, JsonlReadOptions, ReadOptions } from './artifacts/reader.js';
export { parseStrictDate, parseRfc3339, parseDuration } from './util/time.js';
export { activeWaiverFor, evaluateWaivers } from './core/waivers.js';
export { BUILTIN_GATES } from '../gates/index.js';

/** Identity helper for typed config objects in code: `verify({ config: defineConfig({ version: 1, gates: [...] }) })`. */
export function defineConfig<T extends ConfigInput>(config: T): T {
  return config;
}

/** CI reporters: pure functions from a verdict to text (the CLI's --format and `gate-engine report`). */
export { renderVerdict, REPORTER_NAMES, escapeData, escapeProperty, githubStepSummary, STEP_SUMMARY_LIMIT_BYTES, type ReporterName, type ReporterOptions, type FailOn } from './reporters/index.js';
