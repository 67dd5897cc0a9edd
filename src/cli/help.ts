export const MAIN_HELP = `gate-engine — a fail-closed release gate engine

Usage:
  gate-engine <command> [options]

Commands:
  verify     Evaluate the configured gates over a repository's evidence and write the verdict
  diff       Compare a recorded baseline verdict with a current one (regression triage)
  merge      Fold the verdicts of CI shards of one run into one verdict
  check      May this verdict promote the checked-out commit? (exit 0 only if so)
  config     Print the resolved config and where each value came from (preset, file, default)
  report     Render a recorded verdict with any reporter (junit, sarif, github, gitlab, …)
  init       Write a starter gate-engine.config.yaml for this repository
  runbook    Generate the operator runbook (failure signatures → replay commands) from the config
  help       Show help for a command (gate-engine help verify)

Options:
  -h, --help       Show this help
  -v, --version    Print the version

Exit codes:
  0  verdict pass or warn (may promote); diff: no regression
  1  verdict fail (a blocking gate failed); diff: regression
  2  could not evaluate: invalid config, options or input files, unknown gate, zero gates,
     bad --now, no valid rollback declaration, unwritable output
  3  internal error (a bug in gate-engine; please report it)
`;

const REPORTING_HELP = `  --format NAME[:FILE] Reporter: human, json, github, junit, sarif, gitlab; to stdout, or to FILE
                       (relative to the current directory). Repeatable. Replaces the config's
                       reporters:. Under GITHUB_ACTIONS=true, github is added unless formats are chosen
  --fail-on fail|warn  Exit 1 on a failing verdict (default), or also on a warning verdict
  --quiet              Human output: only gates that did not pass, and the verdict
  --verbose            Human output: also every finding (where, expected, actual) and remediation
  --color, --no-color  Force color on or off (default: on for a terminal; FORCE_COLOR, NO_COLOR)
`;

export const VERIFY_HELP = `gate-engine verify — evaluate gates and write the verdict

Usage:
  gate-engine verify [--root DIR] [--config FILE] [--out DIR] [--gate ID ...] [--now ISO] [--json]
                     [--lane full|preflight] [--mode strict|rollback] [--rollback-file FILE]
                     [--rerun-from VERDICT] [--diff-from BASELINE] [--run-id ID] [--shard I/N]

Options:
  --root DIR           Repository root holding the evidence (default: current directory)
  --config FILE        Config file (default: <root>/gate-engine.config.yaml, .yml or .json)
  --out DIR            Output directory (default: the config's output.dir, relative to the root,
                       which defaults to gate-engine-out)
  --gate ID            Run only this gate (and the gates it needs); repeat or comma-separate
  --now ISO            Pin the clock (RFC 3339, e.g. 2026-01-31T12:00:00Z): the same inputs and
                       --now produce byte-identical output files
  --json               Print the verdict JSON on stdout instead of the human summary
  --lane LANE          full (default): every selected gate. preflight: blocking gates only, in
                       declared order, stopping at the first failure
  --mode MODE          strict (default) or rollback. Also read from CI_GATE_PROMOTION_MODE.
                       Rollback turns blocking failures of sound evidence into warnings, and only
                       with a valid declaration; missing or bad evidence still fails
  --rollback-file FILE Rollback declaration (YAML/JSON: reason, owner, incident, created, expires,
                       at most 72 h apart). Also GATE_ENGINE_ROLLBACK_FILE or rollback.file in config
  --rerun-from FILE    Re-run exactly the gates that failed (or were not evaluated) in this
                       recorded verdict
  --diff-from FILE     Compare this run with a recorded baseline verdict; writes triage_diff.json
  --diff-subset        With --diff-from: gates absent from this run are not compared
  --run-id ID          Run id shared by every shard of one CI run (also GATE_ENGINE_RUN_ID)
  --shard I/N          Evaluate part I of N of the selected gates (needs --run-id)
${REPORTING_HELP}  -h, --help           Show this help

Writes (atomically, all or none; preflight_* names for the preflight lane):
  full_suite_verdict.json   the verdict (schema gate-engine.full_suite_verdict.v1)
  full_suite_events.jsonl   run_started, gate_started, gate_finished, run_finished
  full_suite_report.md      the report, with reasons, findings and reproduce commands
  replay_bundle.json        failed and warned gates, their reproduce commands, the one-command replay
  triage_diff.json          with --diff-from: regression / known_failures_only / stable

With GATE_ENGINE_SIGNING_KEY (32+ characters) in the environment the verdict is signed (HMAC-SHA256).

Exit codes: 0 pass/warn, 1 fail, 2 could not evaluate, 3 internal error.
`;

export const DIFF_HELP = `gate-engine diff — baseline triage

Usage:
  gate-engine diff <baseline verdict> <current verdict> [--out DIR] [--now ISO] [--subset] [--json]

Compares two recorded verdicts gate by gate. The baseline is exactly the file you name — never a
"latest" lookup. Writes triage_diff.json (schema gate-engine.triage_diff.v1) with status
regression (a gate that did not fail now fails, a new gate fails, or a gate disappeared),
known_failures_only (every failing gate already failed in the baseline) or stable, with counts
and ranked diagnostics carrying reproduce commands.

Options:
  --out DIR     Where to write triage_diff.json (default: the current verdict's directory)
  --now ISO     Pin generated_at (RFC 3339)
  --subset      Gates missing from the current verdict are not compared (for partial runs)
  --json        Print the triage JSON on stdout
  -h, --help    Show this help

Exit codes: 0 no regression, 1 regression, 2 invalid input (missing, corrupted or foreign
verdict files, different lanes), 3 internal error.
`;

export const MERGE_HELP = `gate-engine merge — fold shard verdicts into one

Usage:
  gate-engine merge <verdict> [<verdict> ...] [--out DIR] [--now ISO] [--json]

Every input must be a shard verdict (verify --shard I/N --run-id ID) of the same run: same run id,
lane, mode, config, commit, engine and plan — otherwise the merge is refused (exit 2). A missing
shard, a shard given twice, or a gate reported by two shards fails the merged verdict through its
shard_merge gate (exit 1).

Options:
  --out DIR     Where to write the merged verdict, report and replay bundle (default: gate-engine-out)
  --now ISO     Pin generated_at (RFC 3339)
  --json        Print the merged verdict JSON on stdout
  -h, --help    Show this help

Exit codes: 0 pass/warn, 1 fail, 2 refused or invalid input, 3 internal error.
`;

export const CHECK_HELP = `gate-engine check — may this verdict promote the checked-out commit?

Usage:
  gate-engine check <verdict> [--root DIR] [--config FILE] [--commit SHA] [--max-age DUR]
                    [--allow-partial] [--mode strict|rollback] [--now ISO] [--json]

Exit 0 only for a verdict that is:
  self-consistent  every gate's status follows from its checks and the policy, the summary and
                   the verdict from the gates (an edited verdict is refused: exit 2)
  this engine      written by this gate-engine version
  full lane        a full_suite_verdict.json, not a preflight verdict
  complete         every configured gate was evaluated (not a --gate, --rerun-from or --shard run)
  passing          pass or warn (no blocking gate failed)
  fresh            generated within --max-age (default 24h) and not in the future
  of this commit   git.sha is the checked-out commit (or --commit) and the tree was clean;
                   the checkout is that commit, clean too (its config and waivers are compared)
  of this config   config_sha256 and the gates match the checked-out config
  not relaxed      no blocking failure relaxed by rollback, unless this check is in rollback
                   mode too; and never once the rollback declaration has expired

Options:
  --root DIR        The checkout being released (default: current directory)
  --config FILE     Its config (default: <root>/gate-engine.config.yaml, .yml or .json)
  --commit SHA      The commit being released (default: git HEAD of --root)
  --max-age DUR     Oldest acceptable verdict, e.g. 24h, 30m, 7d (default 24h)
  --allow-partial   Accept a verdict that evaluated only some gates
  --mode MODE       strict (default) or rollback: accept blocking failures a rollback declaration
                    relaxed, while it is in force. Also read from CI_GATE_PROMOTION_MODE.
  --now ISO         Judge freshness at this instant (RFC 3339)
  --json            Print {promote, reasons[]} as JSON
  -h, --help        Show this help

Reasons (one line each, also in --json): verdict_fail, incomplete, not_full_lane, stale, future,
commit_unknown, commit_mismatch, root_mismatch, dirty_tree, config_mismatch, waiver_mismatch, rollback_not_allowed,
rollback_expired, waiver_expired, engine_mismatch, evidence_changed; with GATE_ENGINE_SIGNING_KEY set
(the key the run signed with): unsigned, signature_mismatch.

Exit codes: 0 promote, 1 do not promote (reasons listed), 2 the verdict cannot be read or trusted
(missing, corrupted, duplicate keys, wrong schema, verdict_inconsistent), no commit, bad config or
options, 3 internal error.
`;


export const CONFIG_HELP = `gate-engine config — the resolved config, and where each value came from

Usage:
  gate-engine config [--root DIR] [--config FILE] [--json]

Loads and validates the config exactly as verify does (an invalid config is exit 2), merges the
preset named by extends, fills in each gate type's defaults and prints every gate field and option
with its source: [preset], [file] or [default]. Preset gates switched off with enabled: false and
preset values unset with null are listed too.

Options:
  --root DIR      Repository root (default: current directory)
  --config FILE   Config file (default: <root>/gate-engine.config.yaml, .yml or .json)
  --json          Print it as JSON (schema gate-engine.resolved_config.v1)
  -h, --help      Show this help

Exit codes: 0 printed, 2 invalid config, 3 internal error.
`;


export const REPORT_HELP = `gate-engine report — render a recorded verdict

Usage:
  gate-engine report <verdict> [--format NAME[:FILE] ...] [--fail-on fail|warn] [--json]
                     [--quiet | --verbose] [--color | --no-color]

Reads a full_suite_verdict.json (or preflight_verdict.json) exactly as gate-engine wrote it and
renders it; nothing is re-evaluated. The same reporters as verify:
  human    the terminal summary (default)
  json     the verdict JSON
  github   GitHub Actions annotations (::error file=…,line=…,col=…::) and, with
           $GITHUB_STEP_SUMMARY set, the markdown summary appended to it (at most 1 MiB)
  junit    JUnit XML, one testcase per gate
  sarif    SARIF 2.1.0 for code scanning, one rule per gate type and reason code
  gitlab   GitLab Code Quality JSON

Options:
${REPORTING_HELP}  --json               Same as --format json on stdout
  -h, --help           Show this help

Exit codes: 0 pass/warn, 1 fail (or warn with --fail-on warn), 2 invalid verdict file or
options, 3 internal error.
`;

export const INIT_HELP = `gate-engine init — write a starter config

Usage:
  gate-engine init [--root DIR] [--preset NAME] [--force-stdout]

Looks at the repository (Cargo.toml or package.json/tsconfig.json, test and benchmark
directories, coverage and benchmark result files) and writes gate-engine.config.yaml with gates
for what it found, and the yaml-language-server line that gives editors completion from the
config schema. It never overwrites an existing config (exit 2).

Options:
  --root DIR       Repository root (default: current directory)
  --preset NAME    Start from a built-in preset (extends: NAME) instead of detection
  --force-stdout   Print the config instead of writing it
  -h, --help       Show this help
`;

export const RUNBOOK_HELP = `gate-engine runbook — the operator runbook of this config, from the gates' metadata

Usage:
  gate-engine runbook [--root DIR] [--config FILE] [--out FILE]

Prints (or writes to FILE) a Markdown runbook: a quick reference of replay commands; per gate its
failure signature, artifacts, replay commands, remediation and reason codes; incident response;
how to read the verdict, replay bundle, triage diff and events; the shard workflow. Every path,
command and code comes from the config as loaded (presets and plugins included) and the gate
definitions, so the runbook cannot drift from what the engine runs. Regenerate it when the config
changes.

Options:
  --root DIR     Repository root (default: current directory)
  --config FILE  Config file (default: <root>/gate-engine.config.yaml, .yml or .json)
  --out FILE     Write the runbook here (relative to the current directory) instead of stdout
  -h, --help     Show this help

Exit codes: 0 written; 2 invalid config or unwritable --out.
`;

export const COMMAND_HELP: Record<string, string> = { verify: VERIFY_HELP, diff: DIFF_HELP, merge: MERGE_HELP, check: CHECK_HELP, config: CONFIG_HELP, report: REPORT_HELP, init: INIT_HELP, runbook: RUNBOOK_HELP };
