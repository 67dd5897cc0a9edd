/**
 * What a quarantine's repro runs (red team ta, session 47). A repro is a shell command: the shell's own expansions in it
 * (`$(seq 1 40)`, `--test-threads=$(nproc)`, `"${TEST:-provider_streaming}"`, `$HOME`, PowerShell's `$LASTEXITCODE`)
 * are how such commands are written, not a template's slots left unfilled; and a command that runs nothing (`true`,
 * `exit 0`, `echo TODO`) or points at another field (`same as reason`) reproduces nothing.
 */

import { placeholderReason } from '../util/text-classes.js';

/** A shell expansion: a command substitution (one level of parentheses inside), a braced parameter, a named variable. */
const SHELL_EXPANSION = /\$\(((?:[^()]|\([^()]*\))*)\)|\$\{([^{}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/gu;
/** A word of a command outside its expansions: letters, at least two of them. */
const COMMAND_WORD = /(?:^|[\s;|&(])[\p{L}.\/][\p{L}\p{N}_.\/:=-]*\p{L}/gu;

/**
 * A repro with its shell expansions unwrapped (`$(nproc)` read as `nproc`, `${TEST:-x}` as `TEST:-x`, `$HOME` as
 * `HOME`), so the readers of placeholders judge what is inside them (`$(TODO)` inside a command still reads `TODO`) and
 * not the shell's `$` as a template's; an expansion of a stand-in (`$(TODO)`, `${YOUR_TEST}`) is kept as written. Only in a command of several words outside the expansions: a repro that is only
 * an expansion (`${REPRO_COMMAND}`, `$(TODO)`) or one word beside it is a template's slot, judged as written.
 */
export function reproWithShellExpansionsUnwrapped(value: string): string {
  if (!value.includes('$')) return value;
  const outside = value.replace(SHELL_EXPANSION, ' ');
  if ((outside.match(COMMAND_WORD) ?? []).length < 2) return value;
  // An expansion of a stand-in (`cargo test $(TODO)`, `${YOUR_TEST}`) is a slot still: it stays as written, and refused.
  return value.replace(SHELL_EXPANSION, (all: string, command?: string, parameter?: string, name?: string) => {
    const inner = (command ?? parameter ?? name ?? '').trim();
    return placeholderReason(inner) === undefined ? ` ${inner} ` : all;
  });
}

/** Commands that run nothing: the shell's no-op, an exit with success, a print. */
const NO_OP = /^(?:(?:\/usr)?\/bin\/)?(?:true|:)$|^(?:exit|return)(?:\s+0)?$|^(?:cmd(?:\.exe)?\s+\/c\s+)?exit(?:\s+\/b)?(?:\s+0)?$|^\$?null$/iu;
const PRINT = /^(?:(?:\/usr)?\/bin\/)?(?:echo|printf|print|write-host|write-output|echo\.)(?=\s|$)/iu;
/** A pointer to another field of the quarantine or of its issue, in place of a command. */
const OTHER_FIELD = /^(?:(?:same|as|see|like|cf\.?|per|refer\s+to|check|look\s+at)\s+)+(?:in\s+|the\s+|our\s+)*(?:reason|evidence|issue|ticket|description|remove[_ ]when|owner|notes?|comments?|thread|above|below|linked\s+issue|run|log|logs)(?:\s+(?:field|section|text|entry))?[.!]*$/iu;

/**
 * Why a repro reproduces nothing, or undefined: every command of it is a no-op (`true`, `/bin/true`, `:`, `exit 0`) or a
 * print (`echo`, `echo TODO`, `printf ''`), which runs no test; or it points at another field (`same as reason`, `see
 * the issue`), which is no command. One command that runs something (`cargo test …`, `echo 1 | cargo test`) makes it a
 * repro.
 */
export function reproRunsNothing(value: string): string | undefined {
  const text = value.normalize('NFKC').trim();
  if (text.length > 200) return undefined;
  if (OTHER_FIELD.test(text)) return 'no command: a pointer to another field, which nobody can run (write the command that reproduces the failure)';
  const commands = text.replace(/^\$\s+/u, '').split(/\s*(?:&&|\|\||[;|\n])\s*/u).map((part) => part.trim()).filter((part) => part !== '');
  if (commands.length === 0) return undefined;
  if (commands.every((command) => NO_OP.test(command) || PRINT.test(command))) return `no command that runs anything (${JSON.stringify(value.trim())} only exits or prints: write the command that reproduces the failure)`;
  return undefined;
}
