/**
 * Reporters: pure functions from a verdict (plus presentation options) to text. Nothing here reads
 * the file system, the clock or the environment, so any recorded verdict re-renders byte for byte
 * (`gate-engine report`). Reporters read only the verdict fields they know and ignore the rest, so
 * fields added to the verdict later never break them.
 */
import type { Verdict } from '../core/types.js';
import type { DescribeReason } from '../output/report.js';
import type { TriageDiff } from '../triage/diff.js';

export const REPORTER_NAMES = ['human', 'json', 'github', 'junit', 'sarif', 'gitlab'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

export type FailOn = 'fail' | 'warn';
export type Verbosity = 'quiet' | 'normal' | 'verbose';

export interface ReporterOptions {
  /** What a reason code means (the gate's own table, then the engine's). */
  describeReason: DescribeReason;
  /**
   * POSIX prefix put before the verdict's root-relative paths so CI systems find the files from
   * the repository (workspace) root: '' when the root is the workspace, 'fixtures/demo/' when the
   * engine ran with --root fixtures/demo.
   */
  pathPrefix: string;
  /** `warn`: a warned gate counts as failing (JUnit failure, SARIF error) as it does for the exit code. */
  failOn: FailOn;
  /** Base URL under which docs/gates/<type>.md is published; without one no link is invented. */
  docsBaseUrl?: string;
  /** human only */
  verbosity?: Verbosity;
  color?: boolean;
  /** human only: the directory paths are shown relative to. */
  cwd?: string;
  /** The run's root, absolute (the verdict records it relative to its output directory); shown relative to `cwd`. */
  root?: string;
  /** human only: files the run wrote (absolute paths). */
  files?: Partial<Record<string, string>>;
  /** human only: the run's triage against a baseline. */
  triage?: TriageDiff;
}

export type Reporter = (verdict: Verdict, options: ReporterOptions) => string;
