/**
 * `gate-engine check <verdict>`: may this verdict promote the checked-out commit? Exit 0 only for a
 * self-consistent, complete, passing (pass or warn), fresh full-lane verdict of exactly the
 * checked-out commit, produced from a clean tree with the checked-out config.
 */
import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { assessVerdictInRepo, DEFAULT_MAX_AGE } from '../assess.js';
import { EngineError, EXIT } from '../core/errors.js';
import { resolveMode } from '../core/rollback.js';
import { signingKeyFrom } from '../core/signature.js';
import { parseDuration } from '../util/time.js';
import { readGitHead } from '../util/git.js';
import { readVerdictFile } from '../verdict-file.js';
import { clockFrom, gateTypeRegistry } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { CHECK_HELP } from './help.js';
import type { CliIO } from './main-run.js';
import { escapeTerminal } from './render.js';
import { guardForGithub } from './reporting.js';

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'check',
    argv,
    {
      root: { type: 'string' },
      config: { type: 'string' },
      commit: { type: 'string' },
      'max-age': { type: 'string' },
      'allow-partial': { type: 'boolean' },
      mode: { type: 'string' },
      now: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.PASS;
  }
  if (positionals.length !== 1) {
    throw new EngineError('usage', `check takes exactly one verdict file; got ${positionals.length}`, { fix: 'gate-engine check gate-engine-out/full_suite_verdict.json' });
  }
  const clock = clockFrom(values.now);
  const signingKey = signingKeyFrom(io.env);
  const maxAgeText = values['max-age'] ?? DEFAULT_MAX_AGE;
  const maxAge = parseDuration(maxAgeText);
  if (!maxAge.ok) throw new EngineError('usage', `--max-age: ${maxAge.reason}`, { fix: 'e.g. --max-age 24h' });
  const registry = gateTypeRegistry();
  const recorded = await readVerdictFile(positionals[0] as string, io.cwd, 'verdict_invalid', 'verdict', registry);
  const root = resolve(io.cwd, values.root ?? '.');
  let commit = values.commit?.trim().toLowerCase();
  if (commit !== undefined && !SHA.test(commit)) throw new EngineError('usage', `--commit "${values.commit}" is not a full commit sha`, { fix: 'pass the 40-character sha, e.g. --commit "$(git rev-parse HEAD)"' });
  commit ??= await readGitHead(root);
  if (commit === undefined) {
    throw new EngineError('usage', `cannot tell which commit is checked out: ${values.root ?? '.'} is not in a git repository`, { fix: 'run check inside the checkout being released, or pass --commit <sha>' });
  }
  const assessment = await assessVerdictInRepo(recorded.verdict, {
    root,
    cwd: io.cwd,
    // A verdict reached through a link has its listings beside the file the link leads to.
    verdictDir: [dirname(recorded.abs), dirname(await realpath(recorded.abs).catch(() => recorded.abs))],
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    requireComplete: values['allow-partial'] !== true,
    maxAge: maxAge.value,
    commit,
    now: clock.now(),
    clockPinned: clock.pinned && !isRealTimeWrittenOut(clock.now()),
    mode: resolveMode(values.mode, io.env),
    ...(signingKey !== undefined ? { signingKey } : {}),
  });
  if (values.json) {
    io.stdout(`${JSON.stringify({ verdict: recorded.path, run_id: recorded.verdict.run_id, commit, promote: assessment.promote, reasons: assessment.reasons }, null, 2)}\n`);
  } else {
    const head = `gate-engine check · ${recorded.path} · run ${recorded.verdict.run_id} · verdict ${recorded.verdict.verdict.toUpperCase()}${recorded.verdict.selection.complete ? '' : ' (PARTIAL)'} · commit ${commit}`;
    const lines = [head, '', assessment.promote ? 'PROMOTE — a complete, fresh, self-consistent pass of the checked-out commit' : 'DO NOT PROMOTE'];
    for (const r of assessment.reasons) lines.push(`  ${r.code}: ${r.message}`);
    io.stdout(guardForGithub(`${escapeTerminal(lines.join('\n'))}\n`, io.env));
  }
  return assessment.promote ? EXIT.PASS : EXIT.FAIL;
}

/**
 * How far from this machine's clock a `check --now` must be to be a replay. A release script that passes the present
 * (`--now "$(date -u +%FT%TZ)"`) is on the real clock: a verdict whose run was told another time (verify --now a day
 * back, so a report 7.5 days old passed a 7d bound) must not promote through it. A replay checks a verdict at the time
 * it was written, further back than any fresh verdict's age.
 */
const REPLAY_DISTANCE_MS = 24 * 3_600_000;

const isRealTimeWrittenOut = (now: Date): boolean => Math.abs(now.getTime() - Date.now()) <= REPLAY_DISTANCE_MS;
