/**
 * The reporting switches shared by `verify` and `report`: --format name[:file] (repeatable),
 * --fail-on, --quiet/--verbose, --color/--no-color (and FORCE_COLOR/NO_COLOR), the automatic GitHub
 * reporter under GITHUB_ACTIONS=true, and the step summary. Reporters themselves are pure; this
 * file is where their text meets stdout, files and $GITHUB_STEP_SUMMARY.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ArtifactError } from '../artifacts/errors.js';
import { resolveInside } from '../artifacts/paths.js';
import { displayPath } from '../config/load.js';
import { EXIT, EngineError } from '../core/errors.js';
import { exitCodeFor } from '../core/fold.js';
import type { Verdict } from '../core/types.js';
import { writeFilesAtomically } from '../output/atomic.js';
import type { DescribeReason } from '../output/report.js';
import { packageInfo } from '../package-info.js';
import { githubStepSummary, isReporterName, REPORTER_NAMES, REPORTERS, STEP_SUMMARY_LIMIT_BYTES, type FailOn, type ReporterName, type ReporterOptions, type Verbosity } from '../reporters/index.js';
import type { TriageDiff } from '../triage/diff.js';
import { didYouMean } from '../util/suggest.js';
import type { CliIO } from './main-run.js';

export const REPORTING_OPTIONS = {
  format: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export interface ReportingValues {
  format?: string[];
  'fail-on'?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  'no-color'?: boolean;
  json?: boolean;
}

export interface ReporterSpec {
  name: ReporterName;
  /** Absolute path; undefined = stdout. */
  file?: string;
  /** As the user wrote it, for messages. */
  shown: string;
}

const MACHINE_FORMATS: ReadonlySet<ReporterName> = new Set(['json', 'junit', 'sarif', 'gitlab']);

/** `name` or `name:file`. Paths are relative to `base` (the cwd for --format, the root for the config). */
export function parseReporterSpec(text: string, base: string, where: string): ReporterSpec {
  const colon = text.indexOf(':');
  const name = (colon === -1 ? text : text.slice(0, colon)).trim();
  const file = colon === -1 ? undefined : text.slice(colon + 1);
  if (!isReporterName(name)) {
    throw new EngineError('usage', `${where}: unknown format "${name}"${didYouMean(name, REPORTER_NAMES)}`, { fix: `use one of ${REPORTER_NAMES.join(', ')}, optionally with :<file>` });
  }
  if (file !== undefined && file.trim() === '') throw new EngineError('usage', `${where}: "${text}" names no file after the colon`, { fix: `write ${name}:<file>, or just ${name} for stdout` });
  return { name, ...(file !== undefined ? { file: resolve(base, file) } : {}), shown: text };
}

export function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined || value === 'fail' || value === 'warn') return value ?? 'fail';
  throw new EngineError('usage', `--fail-on is "${value}"; it must be "fail" or "warn"`, { fix: '--fail-on fail (default: exit 1 only on a failing verdict) or --fail-on warn (also on a warning verdict)' });
}

function verbosityOf(values: ReportingValues): Verbosity {
  if (values.quiet && values.verbose) throw new EngineError('usage', '--quiet and --verbose contradict each other', { fix: 'use one of them' });
  return values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal';
}

/** --no-color > --color > FORCE_COLOR (as Node: it wins over NO_COLOR) > NO_COLOR > a terminal that is not "dumb". */
export function colorEnabled(values: ReportingValues, io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  if (values.color && values['no-color']) throw new EngineError('usage', '--color and --no-color contradict each other', { fix: 'use one of them' });
  if (values['no-color']) return false;
  if (values.color) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY && io.env.TERM !== 'dumb';
}

export const onGithubActions = (env: NodeJS.ProcessEnv) => env.GITHUB_ACTIONS === 'true';

/** Workspace-relative POSIX prefix of the verdict's root ('' when the root is the workspace or outside it). */
export function pathPrefixFor(root: string, io: Pick<CliIO, 'cwd' | 'env'>): string {
  const workspace = onGithubActions(io.env) && io.env.GITHUB_WORKSPACE && isAbsolute(io.env.GITHUB_WORKSPACE) ? io.env.GITHUB_WORKSPACE : io.cwd;
  const rel = relative(workspace, root);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return '';
  return `${rel.split(sep).join('/')}/`;
}

/** Where a GitHub Actions log would read a workflow command in text we print: stop command processing around it. */
export function fenceForGithub(text: string): string {
  const token = createHash('sha256').update(text).digest('hex');
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

/**
 * Human-readable text a command prints (it may quote artifact or config text): under GitHub Actions,
 * fenced so no line of it runs as a workflow command. Every command's human output goes through
 * this; JSON output needs no fence (a JSON line never starts with `::`: strings are quoted and
 * their line breaks escaped), and the github reporter's own annotations are meant to run.
 */
export function guardForGithub(text: string, env: NodeJS.ProcessEnv): string {
  return onGithubActions(env) && text !== '' ? fenceForGithub(text) : text;
}

/** Check the reporting switches before anything runs, so a typo costs no run and writes nothing. */
export function validateReporting(values: ReportingValues, io: CliIO): void {
  const specs = (values.format ?? []).map((f) => parseReporterSpec(f, io.cwd, '--format'));
  if (specs.length > 0) checkSelection(specs, values, io.cwd);
  parseFailOn(values['fail-on']);
  verbosityOf(values);
  colorEnabled(values, io);
}

export interface EmitInput {
  verdict: Verdict;
  values: ReportingValues;
  io: CliIO;
  describeReason: DescribeReason;
  /** Reporters from the config (`reporters:`), already parsed against the root. */
  configReporters?: ReporterSpec[];
  /** The run's root, absolute: paths in reports are made workspace-relative through it, and config reporter files stay inside it. */
  root?: string;
  /** Files the run wrote (absolute), for the human summary and so no reporter overwrites them. */
  files?: Partial<Record<string, string>>;
  /** Files a reporter must never overwrite (e.g. the verdict `report` reads). */
  protect?: string[];
  triage?: TriageDiff;
}

/** At most one reporter owns stdout when any of them is machine-readable; no two share a file; none overwrites a protected file. */
function checkSelection(chosen: ReporterSpec[], values: ReportingValues, cwd: string, protect: (string | undefined)[] = []): void {
  const stdout = chosen.filter((r) => r.file === undefined);
  if (values.json && !stdout.some((r) => r.name === 'json')) stdout.push({ name: 'json', shown: '--json' });
  if (stdout.length > 1 && stdout.some((r) => MACHINE_FORMATS.has(r.name))) {
    throw new EngineError('usage', `${stdout.map((r) => r.shown).join(', ')} would all print on stdout, mixing a machine-readable format with other output`, {
      fix: 'give all but one a file: --format sarif:gate-engine.sarif',
    });
  }
  const protectedFiles = protect.filter((f): f is string => f !== undefined).map((f) => resolve(f));
  const seen = new Map<string, string>();
  for (const r of chosen) {
    if (r.file === undefined) continue;
    const before = seen.get(r.file);
    if (before !== undefined) throw new EngineError('usage', `${before} and ${r.shown} write the same file ${displayPath(r.file, cwd)}`, { fix: 'give each reporter its own file' });
    seen.set(r.file, r.shown);
    if (protectedFiles.includes(r.file)) throw new EngineError('usage', `${r.shown} would overwrite ${displayPath(r.file, cwd)}, which gate-engine wrote or reads for this run`, { fix: 'write the report to another file' });
  }
}

function selectReporters(input: EmitInput): ReporterSpec[] {
  const cli = (input.values.format ?? []).map((f) => parseReporterSpec(f, input.io.cwd, '--format'));
  const chosen = cli.length > 0 ? cli : [...(input.configReporters ?? [])];
  const explicit = cli.length > 0 || input.configReporters !== undefined;
  if (!chosen.some((r) => r.file === undefined)) chosen.unshift({ name: input.values.json ? 'json' : 'human', shown: input.values.json ? '--json' : 'human' });
  else if (input.values.json && !chosen.some((r) => r.file === undefined && r.name === 'json')) chosen.unshift({ name: 'json', shown: '--json' });
  const machineStdout = chosen.some((r) => r.file === undefined && MACHINE_FORMATS.has(r.name));
  if (!explicit && !machineStdout && onGithubActions(input.io.env) && !chosen.some((r) => r.name === 'github' && r.file === undefined)) chosen.push({ name: 'github', shown: 'github (GITHUB_ACTIONS=true)' });
  checkSelection(chosen, input.values, input.io.cwd, [...Object.values(input.files ?? {}), ...(input.protect ?? [])]);
  return chosen;
}

/** The package's published homepage, when package.json declares one: the base of docs links. Never invented. */
function packageHomepage(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(packageInfo().dir, 'package.json'), 'utf8')) as { homepage?: unknown };
    return typeof pkg.homepage === 'string' && /^https:\/\//.test(pkg.homepage) ? pkg.homepage : undefined;
  } catch {
    return undefined;
  }
}

/** Append the summary to $GITHUB_STEP_SUMMARY, within what is left of GitHub's per-step limit. */
async function appendStepSummary(verdict: Verdict, options: ReporterOptions, path: string, io: CliIO): Promise<void> {
  try {
    let existing = 0;
    try {
      existing = (await fs.stat(path)).size;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const room = Math.max(0, STEP_SUMMARY_LIMIT_BYTES - existing);
    const text = githubStepSummary(verdict, options, room);
    if (room < STEP_SUMMARY_LIMIT_BYTES && text !== githubStepSummary(verdict, options)) {
      io.stderr(`gate-engine: warning: $GITHUB_STEP_SUMMARY already held ${existing} bytes; the gate-engine summary was cut to fit GitHub's ${STEP_SUMMARY_LIMIT_BYTES}-byte limit\n`);
    }
    if (text !== '') await fs.appendFile(path, text, 'utf8');
  } catch (e) {
    throw new EngineError('output_unwritable', `cannot append the step summary to $GITHUB_STEP_SUMMARY (${path}): ${(e as Error).message}`, { fix: 'the verdict files were written; check the runner workspace, or unset GITHUB_STEP_SUMMARY' });
  }
}

/**
 * One reporter's file. It is written after the run's outputs landed, so a failure (exit 2) must not say that nothing
 * was written: the verdict files are in place and promote on their own (`check`), as with the step summary.
 */
async function writeReporterFile(file: string, content: string, landed: boolean): Promise<void> {
  try {
    await writeFilesAtomically(dirname(file), [{ name: basename(file), content }]);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    const fix = 'choose a writable file for the reporter (--format NAME:FILE, or reporters: in the config)';
    throw new EngineError('output_unwritable', `cannot write the report ${file}: ${e.message}`, { fix: landed ? `the verdict files were written; ${fix}` : fix });
  }
}

/** Render every selected reporter, print / write / append, and return the exit code. */
export async function emitVerdict(input: EmitInput): Promise<number> {
  const { verdict, values, io } = input;
  const failOn = parseFailOn(values['fail-on']);
  const verbosity = verbosityOf(values);
  const color = colorEnabled(values, io);
  const reporters = selectReporters(input);
  const homepage = packageHomepage();
  const options: ReporterOptions = {
    describeReason: input.describeReason,
    pathPrefix: input.root === undefined ? '' : pathPrefixFor(input.root, io),
    failOn,
    verbosity,
    color,
    cwd: io.cwd,
    ...(input.root !== undefined ? { root: input.root } : {}),
    files: input.files ?? {},
    ...(input.triage ? { triage: input.triage } : {}),
    ...(homepage !== undefined ? { docsBaseUrl: homepage } : {}),
  };
  const github = onGithubActions(io.env);
  const toFiles: { file: string; content: string }[] = [];
  const toStdout: string[] = [];
  for (const r of reporters) {
    // Color is for a terminal: a report file never carries escape sequences.
    const text = REPORTERS[r.name](verdict, r.file === undefined ? options : { ...options, color: false });
    if (r.file !== undefined) toFiles.push({ file: r.file, content: text });
    else toStdout.push(github && r.name === 'human' ? fenceForGithub(text) : text);
  }
  const landed = Object.values(input.files ?? {}).length > 0;
  for (const { file, content } of toFiles) await writeReporterFile(file, content, landed);
  const summaryPath = io.env.GITHUB_STEP_SUMMARY;
  if (reporters.some((r) => r.name === 'github') && summaryPath !== undefined && summaryPath.trim() !== '') await appendStepSummary(verdict, options, summaryPath, io);
  for (const text of toStdout) io.stdout(text);
  const base = exitCodeFor(verdict);
  // A partial run's own verdict is `incomplete`; --fail-on warn judges the gates that ran.
  const warned = verdict.verdict === 'warn' || (verdict.verdict === 'incomplete' && verdict.selection.gates_verdict === 'warn');
  return base === EXIT.PASS && failOn === 'warn' && warned ? EXIT.FAIL : base;
}

/** `reporters:` from the config: the same `name[:file]` strings, files relative to the root and kept inside it. */
export async function configReporterSpecs(entries: readonly string[] | undefined, root: string, configShown: string): Promise<ReporterSpec[] | undefined> {
  if (entries === undefined) return undefined;
  const specs: ReporterSpec[] = [];
  for (const [i, entry] of entries.entries()) {
    const spec = parseReporterSpec(entry, root, `${configShown} /reporters/${i}`);
    if (spec.file !== undefined) {
      const rel = entry.slice(entry.indexOf(':') + 1);
      try {
        spec.file = (await resolveInside(root, rel)).abs;
      } catch (e) {
        if (!(e instanceof ArtifactError)) throw e;
        throw new EngineError('config_invalid', `${configShown} /reporters/${i}: ${e.message}`, { fix: 'write reporter files inside the repository root (paths in the config are relative to it)' });
      }
    }
    specs.push(spec);
  }
  return specs;
}
