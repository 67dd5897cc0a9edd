export const MAIN_HELP = `gate-engine — a fail-closed release gate engine

Usage:
  gate-engine <command> [options]

Commands:
  verify     Evaluate the configured gates over a repository's evidence and write the verdict
  help       Show help for a command (gate-engine help verify)

Options:
  -h, --help       Show this help
  -v, --version    Print the version

Exit codes:
  0  verdict pass or warn (may promote)
  1  verdict fail (a blocking gate failed)
  2  could not evaluate: invalid config or options, unknown gate, zero gates, bad --now, unwritable output
  3  internal error (a bug in gate-engine; please report it)
`;

export const VERIFY_HELP = `gate-engine verify — evaluate gates and write the verdict

Usage:
  gate-engine verify [--root DIR] [--config FILE] [--out DIR] [--gate ID ...] [--now ISO] [--json]

Options:
  --root DIR       Repository root holding the evidence (default: current directory)
  --config FILE    Config file (default: <root>/gate-engine.config.yaml, .yml or .json)
  --out DIR        Output directory (default: the config's output.dir, relative to the root,
                   which defaults to gate-engine-out)
  --gate ID        Run only this gate; repeat or comma-separate for several
  --now ISO        Pin the clock (RFC 3339, e.g. 2026-01-31T12:00:00Z): the same inputs and
                   --now produce byte-identical output files
  --json           Print the verdict JSON on stdout instead of the human summary
  -h, --help       Show this help

Writes (atomically, all or none):
  full_suite_verdict.json   the verdict (schema gate-engine.full_suite_verdict.v1)
  full_suite_events.jsonl   run_started, gate_started, gate_finished, run_finished
  full_suite_report.md      the report, with reasons, findings and reproduce commands

Exit codes: 0 pass/warn, 1 fail, 2 could not evaluate, 3 internal error.
`;

export const COMMAND_HELP: Record<string, string> = { verify: VERIFY_HELP };
