/**
 * The reporter registry: each name maps to one pure function verdict → text.
 */
import type { Verdict } from '../core/types.js';
import { logSafeJson } from './findings.js';
import { renderGithub } from './github.js';
import { renderGitlab } from './gitlab.js';
import { renderHumanReport } from './human.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { REPORTER_NAMES, type Reporter, type ReporterName, type ReporterOptions } from './types.js';

export { REPORTER_NAMES, type FailOn, type Reporter, type ReporterName, type ReporterOptions, type Verbosity } from './types.js';
export { escapeData, escapeProperty, formatAnnotation, githubAnnotations, githubStepSummary, STEP_SUMMARY_LIMIT_BYTES } from './github.js';

const renderJson: Reporter = (verdict) => logSafeJson(verdict);

export const REPORTERS: Record<ReporterName, Reporter> = {
  human: renderHumanReport,
  json: renderJson,
  github: renderGithub,
  junit: renderJunit,
  sarif: renderSarif,
  gitlab: renderGitlab,
};

export function isReporterName(name: string): name is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(name);
}

/** Render a verdict in one of the formats (the same function the CLI's --format uses). */
export function renderVerdict(name: ReporterName, verdict: Verdict, options: ReporterOptions): string {
  return REPORTERS[name](verdict, options);
}
