/**
 * Node command lines written in code (`spawn('node', ['-r', './a.js', './b.js'])`, `exec('node ./b.js')`,
 * `fork(p, { execArgv: ['--import', './a.js'] })`): which words name a module Node loads. A word is a string, or
 * undefined when the code computes it. Pure functions over the words: the scanner finds them, the gate resolves them.
 */

/** A word of a command line that makes Node load or run something: its index among the words. */
export interface NodeRun {
  at: number;
  /**
   * `script`: the file Node runs (a path, relative to the working directory); `preload`: a module of `-r` / `--import`
   * / `--loader` (a path or a package, `value`); `code`: code run from a string (`-e`, `-p`); `computed`: a word the
   * code computes where Node may take a module from; `line`: a command line another runner runs (`nodemon --exec`).
   */
  role: 'script' | 'preload' | 'code' | 'computed' | 'line';
  /** The module named (script or preload). */
  value?: string;
  /** The directory a runner's flag runs it from (`bun --cwd src x.ts`), relative to the caller's; null when computed. */
  cwd?: string | null;
}

/** Flags whose value is a module Node loads before the script. */
const MODULE_FLAGS = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '--test-global-setup']);
/** `--test-reporter`: a module Node loads to report, unless the value names one of its own reporters. */
const REPORTER_FLAG = '--test-reporter';
const BUILTIN_REPORTERS = new Set(['spec', 'tap', 'dot', 'junit', 'lcov']);
/** Whether `name`'s value (`value`, undefined when computed) is a module Node loads: a preload flag, or a reporter of its own. */
const loadsModule = (name: string, value: string | undefined): boolean => MODULE_FLAGS.has(name) || (name === REPORTER_FLAG && (value === undefined || !BUILTIN_REPORTERS.has(value)));
/** Flags whose value is code Node runs (and then runs no file). */
const CODE_FLAGS = new Set(['-e', '--eval', '-p', '--print']);
/** Flags after which Node runs no file: a package.json script, a REPL, information. */
const NO_FILE_FLAGS = new Set(['--run', '-i', '--interactive', '-v', '--version', '-h', '--help', '--v8-options']);
/**
 * Node's flags that take their value as the next word (`--conditions dev`, `--title x`): that word is no script. A flag
 * missing here is read as a switch, so the word after it is taken for the script: a finding too many, never a module
 * run unseen.
 */
const VALUE_FLAGS = new Set([
  '-C', '--conditions', '--cpu-prof-dir', '--cpu-prof-name', '--cpu-prof-interval', '--diagnostic-dir', '--disable-warning',
  '--dns-result-order', '--env-file', '--env-file-if-exists', '--experimental-default-type', '--experimental-policy',
  '--experimental-sea-config', '--build-snapshot-config', '--heap-prof-dir', '--heap-prof-name', '--heap-prof-interval',
  '--heapsnapshot-near-heap-limit', '--heapsnapshot-signal', '--icu-data-dir', '--input-type', '--inspect-port', '--debug-port',
  '--inspect-publish-uid', '--localstorage-file', '--max-http-header-size', '--openssl-config', '--policy-integrity',
  '--redirect-warnings', '--report-dir', '--report-directory', '--report-filename', '--report-signal', '--secure-heap',
  '--secure-heap-min', '--snapshot-blob', '--stack-size', '--test-concurrency', '--test-coverage-exclude',
  '--test-coverage-include', '--test-name-pattern', '--test-reporter', '--test-reporter-destination', '--test-shard',
  '--test-skip-pattern', '--test-timeout', '--test-isolation', '--title', '--tls-cipher-list', '--tls-keylog',
  '--trace-event-categories', '--trace-event-file-pattern', '--unhandled-rejections', '--use-largepages', '--v8-pool-size',
  '--watch-path', '--allow-fs-read', '--allow-fs-write',
]);
/** Node's long option as it reads it: `_` and `-` are one (`--experimental_loader` is `--experimental-loader`). */
const nodeFlag = (name: string): string => (name.startsWith('--') && name.includes('_') ? `--${name.slice(2).replace(/_/g, '-')}` : name);
/** A cluster of short switches holding `-e` or `-p` (`-pe`): code from the next word. */
const SHORT_CODE_CLUSTER = /^-[A-Za-z]*[ep][A-Za-z]*$/;
const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The words of Node's argument list (after the program) that load something. `flagsOnly`: options alone (`execArgv`,
 * `NODE_OPTIONS`), no script. Node runs the first word that is no option (after `--`, whatever it is) and hands it the
 * rest; under `--test` every such word is a test file (a glob is left to the test runner). With no script (or `-`),
 * Node runs the program its standard input holds: `stdin` says that input is a pipe the code may write any program
 * into (`spawnSync('node', [], { input })`, `echo … | node`), so it is `code` (at `words.length` when no word is it),
 * not a REPL.
 */
export function nodeArgv(words: readonly (string | undefined)[], flagsOnly = false, stdin = false): NodeRun[] {
  const out: NodeRun[] = [];
  const fromStdin = (at: number) => {
    if (stdin) out.push({ at, role: 'code' });
    return out;
  };
  let test = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) {
      out.push({ at: i, role: 'computed' });
      return out;
    }
    if (w === '--') {
      if (flagsOnly) return out;
      if (i + 1 < words.length) out.push(positional(words, i + 1));
      return i + 1 < words.length ? out : fromStdin(i);
    }
    if (w.startsWith('-') && w !== '-') {
      const eq = w.indexOf('=');
      const name = nodeFlag(eq < 0 ? w : w.slice(0, eq));
      if (MODULE_FLAGS.has(name) || name === REPORTER_FLAG) {
        const value = eq >= 0 ? w.slice(eq + 1) : words[i + 1];
        if (eq < 0 && ++i >= words.length) continue;
        if (loadsModule(name, value)) out.push(value === undefined ? { at: i, role: 'computed' } : { at: i, role: 'preload', value });
        continue;
      }
      if (CODE_FLAGS.has(name) || (!name.startsWith('--') && SHORT_CODE_CLUSTER.test(name))) {
        out.push({ at: i, role: 'code' });
        return out;
      }
      if (NO_FILE_FLAGS.has(name)) return out;
      if (name === '--test') test = true;
      if (eq < 0 && VALUE_FLAGS.has(name)) i++;
      continue;
    }
    if (flagsOnly) continue;
    if (w === '-') return fromStdin(i);
    if (!(test && GLOB_CHARS.test(w))) out.push({ at: i, role: 'script', value: w });
    if (!test) return out;
  }
  return flagsOnly || test ? out : fromStdin(words.length);
}

/** Flags naming a file Node reads environment variables from as it starts (`--env-file=.env`, Node 20.6+). */
const ENV_FILE_FLAGS = new Set(['--env-file', '--env-file-if-exists']);

/** An env file Node's command line names: the word's index, the path (undefined when computed), and whether it may be missing. */
export interface NodeEnvFile {
  at: number;
  value?: string;
  optional: boolean;
}

/**
 * The env files a runner other than Node names (`tsx --env-file=.env x.ts`, which hands Node's flags to the Node it
 * starts; `bun --env-file .env x.ts`): every `--env-file` / `--env-file-if-exists` before `--` (one after the module is
 * the module's own argument, read anyway: a preload too many, never one too few).
 */
export function runnerEnvFiles(words: readonly (string | undefined)[]): NodeEnvFile[] {
  const out: NodeEnvFile[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') return out;
    if (w === undefined || !w.startsWith('--env-file')) continue;
    const eq = w.indexOf('=');
    const name = eq < 0 ? w : w.slice(0, eq);
    if (!ENV_FILE_FLAGS.has(name)) continue;
    const value = eq >= 0 ? w.slice(eq + 1) : words[++i];
    out.push({ at: i, ...(value === undefined ? {} : { value }), optional: name === '--env-file-if-exists' });
  }
  return out;
}

/**
 * The env files Node's argument list (after the program) names — `--env-file=.env`, `--env-file .env`,
 * `--env-file-if-exists=.env.local` — read as nodeArgv reads Node's options, up to the script or `--`: Node takes
 * NODE_OPTIONS from them, so a `--require` there preloads a module in the process the command starts.
 */
export function nodeEnvFiles(words: readonly (string | undefined)[]): NodeEnvFile[] {
  const out: NodeEnvFile[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || w === '--' || !w.startsWith('-') || w === '-') return out;
    const eq = w.indexOf('=');
    const name = nodeFlag(eq < 0 ? w : w.slice(0, eq));
    if (ENV_FILE_FLAGS.has(name)) {
      if (eq < 0 && i + 1 >= words.length) return out;
      const value = eq >= 0 ? w.slice(eq + 1) : words[++i];
      out.push({ at: i, ...(value === undefined ? {} : { value }), optional: name === '--env-file-if-exists' });
      continue;
    }
    if (eq < 0 && (MODULE_FLAGS.has(name) || name === REPORTER_FLAG || CODE_FLAGS.has(name) || VALUE_FLAGS.has(name) || (!name.startsWith('--') && SHORT_CODE_CLUSTER.test(name)))) i++;
  }
  return out;
}

function positional(words: readonly (string | undefined)[], i: number): NodeRun {
  const w = words[i];
  return w === undefined ? { at: i, role: 'computed' } : { at: i, role: 'script', value: w };
}

const baseName = (word: string) => word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).toLowerCase();

/** Whether a program word names Node itself (`node`, `/usr/bin/node`, `node.exe`, `nodejs`). */
export function isNodeProgram(word: string): boolean {
  const base = programName(word);
  return base === 'node' || base === 'nodejs';
}

/**
 * Programs other than Node that run a JavaScript or TypeScript module (`tsx ./x.ts`, `bun run ./x.ts`, `deno run x.ts`,
 * `ts-node -r ./p.ts x.ts`, `nodemon x.js`). Each has its own subcommands and flags, so their words are read by shape
 * ({@link runnerArgv}), not by a grammar; the flags each takes a value for are listed, so that value is never taken for
 * the module (`tsx --tsconfig ./tsconfig.json ./x.ts`). `node` marks a runner that passes Node's own flags on.
 */
interface Runner {
  node?: true;
  /** Flags whose value is the next word (checked before Node's `-r`/`-e`: `vite-node -r <root>`, `nodemon -e ts`). */
  values?: readonly string[];
  /** Flags whose value is a module it loads first. */
  preloads?: readonly string[];
  /** Flags that take no value though Node's of that name do (deno's `-r` reloads: `-r=<url>` or nothing). */
  switches?: readonly string[];
  /** Flags whose value is a command line it runs (`nodemon --exec "tsx x.ts"`). */
  lines?: readonly string[];
  /** Flags whose value is the directory it runs the module from (`bun --cwd src x.ts`). */
  chdir?: readonly string[];
  /**
   * Its subcommands, when it has no others and takes any other word for the module as Node does (`tsx db` runs
   * `./db.ts`); absent: a module is known by its shape, as a runner with scripts and subcommands (`bun dev`) needs.
   */
  subcommands?: readonly string[];
}
const TS_NODE = ['-P', '--project', '-O', '--compiler-options', '-C', '--compiler', '-I', '--ignore', '-D', '--ignore-diagnostics', '--scope-dir', '--transpiler'];
const NODE_LIKE: Runner = { node: true, subcommands: [] };
const RUNNERS = new Map<string, Runner>([
  ['tsx', { node: true, values: ['--tsconfig', '--include', '--exclude', '--ignore'], subcommands: ['watch'] }],
  ...['ts-node', 'ts-node-esm', 'ts-node-script', 'ts-node-transpile-only', 'ts-node-cwd'].map((n): [string, Runner] => [n, { ...NODE_LIKE, values: TS_NODE, chdir: ['--cwd', '--dir'] }]),
  ...['ts-node-dev', 'tsnd'].map((n): [string, Runner] => [n, { ...NODE_LIKE, values: [...TS_NODE, '--watch', '--ignore-watch', '--interval', '--debounce'], chdir: ['--cwd', '--dir'] }]),
  ['bun', {
    chdir: ['--cwd'],
    values: ['-c', '--config', '--env-file', '--tsconfig-override', '-F', '--filter', '-d', '--define', '-l', '--loader', '--port', '--conditions',
      '--main-fields', '--extension-order', '--jsx-factory', '--jsx-fragment', '--jsx-import-source', '--jsx-runtime', '--title', '--console-depth',
      '--unhandled-rejections', '--user-agent', '--fetch-preconnect', '--max-http-header-size', '--dns-result-order', '--timeout', '--rerun-each',
      '-t', '--test-name-pattern', '--coverage-reporter', '--coverage-dir', '--reporter', '--reporter-outfile', '--elide-lines', '--shell'],
    preloads: ['--preload'],
  }],
  ['deno', { values: ['-c', '--config', '--import-map', '--cert', '--location', '--seed', '--ext', '-L', '--log-level'], preloads: ['--preload', '--require'], switches: ['-r', '--reload'] }],
  ['esno', NODE_LIKE],
  ['esr', NODE_LIKE],
  ['babel-node', { ...NODE_LIKE, values: ['--presets', '--plugins', '--extensions', '-x', '--config-file', '--root-mode', '--env-name', '-i', '--ignore', '--only'] }],
  ['vite-node', { values: ['-r', '--root', '-c', '--config', '-m', '--mode'] }],
  ['jiti', NODE_LIKE],
  ['sucrase-node', NODE_LIKE],
  ['swc-node', NODE_LIKE],
  ['node-dev', NODE_LIKE],
  ['nodemon', { values: ['-w', '--watch', '-e', '--ext', '-i', '--ignore', '-d', '--delay', '-s', '--signal', '--config'], chdir: ['--cwd'], lines: ['-x', '--exec'], subcommands: [] }],
  ['pm2', {
    chdir: ['--cwd'],
    values: ['-n', '--name', '-i', '--instances', '--interpreter', '--interpreter-args', '-o', '--output', '-e', '--error', '-l', '--log', '--ignore-watch',
      '--max-memory-restart', '--cron', '--cron-restart', '--env', '-p', '--pid', '--namespace', '--log-date-format', '--kill-timeout', '--listen-timeout',
      '--restart-delay', '--exp-backoff-restart-delay', '--max-restarts', '--min-uptime', '--only'],
    lines: ['--node-args'],
  }],
  ['forever', { values: ['-l', '-o', '-e', '-p', '-c', '-m', '--uid', '--sourceDir', '--workingDir', '--minUptime', '--spinSleepTime', '--pidFile', '--killSignal', '--watchDirectory', '--id'] }],
  ['electron', {}],
]);

/** A runner not named: the value flags common among runners. */
const UNKNOWN_RUNNER: Runner = { values: ['--tsconfig', '--project', '-P', '--config', '-c', '--cwd', '--ignore', '--include', '--exclude'] };

/**
 * A program's name as a command line spells it: its base name, lower-cased, without `.exe` / `.cmd` nor the version
 * of a package a fetcher runs (`npx tsx@4 x.ts`, `npx node@20 x.js`).
 */
function programName(word: string): string {
  return baseName(word).replace(/(.)@[^@]*$/, '$1').replace(/\.(?:exe|cmd|bat|ps1)$/, '');
}

/** Whether a program word names a runner of modules other than Node (`tsx`, `./node_modules/.bin/ts-node`, `bun.exe`). */
export function isModuleRunner(word: string): boolean {
  return RUNNERS.has(programName(word));
}

/** A word that names a module file by its shape: a relative or absolute path, or a name with a script's extension. */
const MODULE_PATH = /^(?:\.{0,2}[\\/]|[A-Za-z]:[\\/])|[\\/].|\.(?:[cm]?[jt]sx?)$/i;
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;
/** A runner's subcommands that read a module without running it (`bun build x.ts`, `deno check x.ts`, `deno fmt`). */
const NOT_RUNNING = new Set([
  'build', 'compile', 'check', 'fmt', 'lint', 'doc', 'info', 'bundle', 'install', 'add', 'remove', 'uninstall', 'cache',
  'vendor', 'publish', 'coverage', 'types', 'init', 'create', 'upgrade', 'pm', 'link', 'unlink', 'outdated', 'audit',
  'completions', 'clean', 'stop', 'delete', 'logs',
]);
/** A runner's subcommands that run code from a string (`deno eval "…"`). */
const CODE_SUBCOMMANDS = new Set(['eval']);

/**
 * The words of another runner's argument list that load something. Its subcommands (`watch`, `run`, `start`) and
 * flags are skipped; `-r`/`--require`/`--import`/`--loader` name a preload, `-e`/`--eval` code, a flag of
 * `lines` a command line (`line`); the first word shaped like a module path is the module it runs, and the words after
 * it are that module's arguments. A computed word before it may be the module: `computed`. A subcommand that only
 * reads modules (`build`, `check`) runs none.
 */
export function runnerArgv(words: readonly (string | undefined)[], program = ''): NodeRun[] {
  const runner = RUNNERS.get(programName(program)) ?? UNKNOWN_RUNNER;
  const out: NodeRun[] = [];
  let cwd: string | null | undefined;
  const push = (run: NodeRun) => out.push(cwd === undefined || run.role === 'line' ? run : { ...run, cwd });
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) {
      push({ at: i, role: 'computed' });
      return out;
    }
    if (w.startsWith('-') && w !== '-' && w !== '--') {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w : w.slice(0, eq);
      const node = runner.node === true ? nodeFlag(name) : name; // Node's own flags, as Node reads them
      const nodeValue = runner.node === true && node === REPORTER_FLAG ? (eq >= 0 ? w.slice(eq + 1) : words[i + 1]) : undefined;
      const role = runner.lines?.includes(name) ? 'line' : runner.preloads?.includes(name) ? 'preload' : runner.values?.includes(name) ? 'value' : MODULE_FLAGS.has(node) || (runner.node === true && node === REPORTER_FLAG && loadsModule(node, nodeValue)) ? 'preload' : undefined;
      if (runner.switches?.includes(name) === true) continue;
      if (runner.chdir?.includes(name) === true) {
        const dir = eq >= 0 ? w.slice(eq + 1) : words[++i];
        cwd = joinCwd(cwd, dir === undefined ? null : dir);
      } else if (role === 'preload' || role === 'line') {
        if (eq >= 0) push({ at: i, role, value: w.slice(eq + 1) });
        else if (++i < words.length) push(words[i] === undefined ? { at: i, role: 'computed' } : { at: i, role, value: words[i] as string });
      } else if (role === 'value' || (runner.node === true && VALUE_FLAGS.has(node))) {
        if (eq < 0) i++;
      } else if (CODE_FLAGS.has(node)) {
        push({ at: i, role: 'code' });
        return out;
      }
      continue;
    }
    if (words.slice(0, i).every((x) => x?.startsWith('-') === true)) {
      if (NOT_RUNNING.has(w)) return out;
      if (CODE_SUBCOMMANDS.has(w)) {
        push({ at: i, role: 'code' });
        return out;
      }
    }
    // `npm:pkg/x`, `jsr:@std/http/file-server`, `https://…`: a package or URL the runner fetches, no file of the tree.
    const named = runner.subcommands === undefined ? MODULE_PATH.test(w) : !runner.subcommands.includes(w);
    if (named && !GLOB_CHARS.test(w) && !URL_SCHEME.test(w)) {
      push({ at: i, role: 'script', value: w });
      return out;
    }
  }
  return out;
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash']);
/** A shell's switches holding `c` (`-c`, `-lc`, `-ec`): the next word is a command line. */
const SHELL_COMMAND_SWITCH = /^-[a-z]*c[a-z]*$/;

/** For a shell program (`sh`, `/bin/bash`) run with `-c`, the index of the command line among its arguments, else -1. */
export function shellCommandIndex(program: string, args: readonly (string | undefined)[]): number {
  if (!SHELLS.has(baseName(program))) return -1;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w === undefined || !w.startsWith('-')) return -1;
    if (SHELL_COMMAND_SWITCH.test(w)) return i + 1 < args.length ? i + 1 : -1;
  }
  return -1;
}

/** Windows' shells and the switch after which the rest of their words is a command line (`cmd /c …`, `powershell -Command …`). */
const WINDOWS_SHELLS = new Map<string, RegExp>([
  ['cmd', /^\/[ck]$/i],
  ['powershell', /^-(?:c|com|comm|comma|comman|command)$/i],
  ['pwsh', /^-(?:c|com|comm|comma|comman|command)$/i],
]);

/** For a Windows shell run with its command switch, the command line it runs (null when a word of it is computed), else undefined. */
function windowsShellLine(program: string, args: readonly (string | undefined)[]): string | null | undefined {
  const command = WINDOWS_SHELLS.get(programName(program));
  const at = command === undefined ? -1 : args.findIndex((w) => w !== undefined && command.test(w));
  if (at < 0) return undefined;
  const rest = args.slice(at + 1);
  return rest.every((w) => w !== undefined) ? rest.join(' ') : null;
}

/**
 * A program that runs the command after it (`nice -n 5 node x.js`, `npx --yes tsx x.ts`, `pnpm exec tsx x.ts`): its
 * options that take the next word (which is no program), that change the directory the command runs in, or that are a
 * command line run in turn; the words it takes before the command (`timeout 10 cmd`); the subcommands the command
 * follows (`npm exec`, `pnpm dlx`: without one, no command), and whether Node or a runner may stand for the subcommand
 * (`yarn tsx x.ts`, `pnpm node x.js`, which run the package's binary).
 */
interface Prefix {
  values?: readonly string[];
  chdir?: readonly string[];
  lines?: readonly string[];
  operands?: number;
  subcommands?: readonly string[];
  /** Subcommands that take a name, then a subcommand or binary as above (`yarn workspace app tsx x.ts`). */
  named?: readonly string[];
  bins?: true;
}
const NPX: Prefix = { values: ['-p', '--package'], lines: ['-c', '--call'] };
const PREFIXES = new Map<string, Prefix>([
  ['env', { values: ['-u', '--unset'], chdir: ['-C', '--chdir'], lines: ['-S', '--split-string'] }],
  ['exec', { values: ['-a'] }],
  ['nice', { values: ['-n', '--adjustment'] }],
  ['nohup', {}],
  ['time', { values: ['-f', '--format', '-o', '--output'] }],
  ['command', {}],
  ['setsid', {}],
  ['unbuffer', {}],
  ['stdbuf', { values: ['-i', '-o', '-e', '--input', '--output', '--error'] }],
  ['ionice', { values: ['-c', '--class', '-n', '--classdata'] }],
  ['timeout', { values: ['-s', '--signal', '-k', '--kill-after'], operands: 1 }],
  ['sudo', { values: ['-u', '--user', '-g', '--group', '-C', '--close-from', '-h', '--host', '-p', '--prompt', '-U', '--other-user', '-r', '--role', '-t', '--type', '-T', '--command-timeout'], chdir: ['-D', '--chdir'] }],
  ['doas', { values: ['-u', '-C'] }],
  ['xargs', { values: ['-a', '--arg-file', '-d', '--delimiter', '-E', '-I', '-L', '-n', '--max-args', '-P', '--max-procs', '-s', '--max-chars'] }],
  ['npx', NPX],
  ['pnpx', NPX],
  ['bunx', NPX],
  ['cross-env', {}],
  ['cross-env-shell', {}],
  ['dotenv', { values: ['-e', '-v', '-c'] }],
  ['dotenvx', { values: ['-f', '--env-file', '-e', '--env'], subcommands: ['run'] }],
  ['npm', { values: ['-w', '--workspace', '--package'], chdir: ['--prefix', '-C'], lines: ['-c', '--call'], subcommands: ['exec', 'x'] }],
  ['pnpm', { values: ['-F', '--filter', '--package'], chdir: ['-C', '--dir'], subcommands: ['exec', 'dlx', 'x'], bins: true }],
  ['yarn', { values: ['-p', '--package'], chdir: ['--cwd'], subcommands: ['exec', 'dlx', 'run'], named: ['workspace'], bins: true }],
]);

/** Shell words that open a command without being its program (`if node x.js; then …`, `! node x.js`, `{ node x.js; }`). */
const SHELL_KEYWORDS = new Set(['!', '{', 'if', 'then', 'else', 'elif', 'while', 'until', 'do', 'time']);
/** Shell builtins that set variables for the commands after them (`export A=1`, `declare -x A=1`, cmd's `set A=1`). */
const DECLARING_BUILTINS = new Set(['export', 'declare', 'typeset', 'readonly', 'local', 'set']);
/** Programs whose arguments are command lines, each run (`concurrently "tsx a.ts" "node b.js"`), and their options that take a value. */
const LINE_RUNNERS = new Map<string, readonly string[]>([
  ['concurrently', ['-n', '--names', '-c', '--prefix-colors', '-p', '--prefix', '-l', '--prefix-length', '-t', '--timestamp-format', '--name-separator', '--default-input-target', '--restart-tries', '--restart-after', '-m', '--max-processes', '--success', '-s', '--handle-input', '--pad-prefix', '--kill-signal', '--teardown']],
]);

/**
 * Where the command of a command's words starts, after `VAR=value` assignments, shell keywords and prefixes with
 * their options: `at`, the program's index (`words.length` when there is none; a computed word there is a program
 * unknown); the words of a `NODE_OPTIONS=…` assignment; the directory a prefix runs it in (`env -C dir`; null when
 * computed); a command line a prefix runs in turn (`npx -c "…"`, `env -S "…"`; null when computed).
 */
interface CommandStart {
  at: number;
  options: (string | undefined)[];
  cwd?: string | null;
  line?: string | null;
  /** Env files a prefix loads into the command's environment (`dotenv -e .env.job --`, `dotenvx run -f …`). */
  envFiles?: CommandEnvFile[];
}
/** An env file a command runs with: its path (null: computed) and whether it may be missing (a loader's default `.env`). */
export interface CommandEnvFile {
  value: string | null;
  optional: boolean;
}
/**
 * Prefixes that load env files into the command's environment, with the flags naming one and the flags setting one
 * variable (`-v NODE_OPTIONS=…`); without a file flag they load `.env` (absent: nothing). dotenv-cli's `-c [env]` cascades.
 */
const ENV_LOADERS = new Map<string, { files: readonly string[]; vars: readonly string[] }>([
  ['dotenv', { files: ['-e'], vars: ['-v'] }],
  ['dotenvx', { files: ['-f', '--env-file'], vars: ['-e', '--env'] }],
]);
function commandStart(words: readonly (string | undefined)[], computed: string): CommandStart {
  const loaded: { files: CommandEnvFile[]; explicit: boolean; active: boolean } = { files: [], explicit: false, active: false };
  const start = commandStartOf(words, computed, loaded);
  if (loaded.active && !loaded.explicit) loaded.files.push({ value: '.env', optional: true });
  return loaded.files.length > 0 ? { ...start, envFiles: loaded.files } : start;
}
function commandStartOf(words: readonly (string | undefined)[], computed: string, loaded: { files: CommandEnvFile[]; explicit: boolean; active: boolean }): CommandStart {
  const start: CommandStart = { at: words.length, options: [] };
  let loader: { files: readonly string[]; vars: readonly string[] } | undefined;
  let prefix: Prefix | undefined;
  let operands = 0;
  let subcommand = false;
  let declaring: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) return declaring !== undefined ? start : { ...start, at: i };
    const assignment = subcommand ? null : ENV_ASSIGNMENT.exec(w);
    if (assignment !== null) {
      // cmd's `set A=b c` sets A to the rest of the command, spaces and all.
      const rest = declaring === 'set' ? words.slice(i + 1) : [];
      if (assignment[1] === 'NODE_OPTIONS') start.options = splitOptions([assignment[2] as string, ...rest].map((x) => x ?? computed).join(' '), computed);
      if (declaring === 'set') return start;
      continue;
    }
    if (declaring !== undefined) continue; // a name or a flag of `export` / `declare -x`
    if (prefix === undefined) {
      if (SHELL_KEYWORDS.has(w)) continue;
      if (DECLARING_BUILTINS.has(w)) {
        // `export NODE_OPTIONS=…; npm start`, cmd's `set NODE_OPTIONS=… && npm start`: every program after it may start Node with them.
        declaring = w;
        continue;
      }
    } else if (w === '--' && !subcommand) {
      prefix = {};
      continue;
    } else if (w.startsWith('-') && w !== '-') {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w : w.slice(0, eq);
      const value = eq < 0 ? words[i + 1] : w.slice(eq + 1);
      const chdir = prefix.chdir?.includes(name) === true;
      const line = prefix.lines?.includes(name) === true;
      if (loader?.files.includes(name) === true) {
        loaded.explicit = true;
        loaded.files.push({ value: value === undefined || value.includes(computed) ? null : value, optional: false });
      } else if (loader?.vars.includes(name) === true && value !== undefined) {
        const set = ENV_ASSIGNMENT.exec(value);
        if (set !== null && set[1] === 'NODE_OPTIONS') start.options.push(...splitOptions(set[2] as string, computed));
      } else if (loader !== undefined && name === '-c') {
        // dotenv-cli's cascade: `.env.<env>.local`, `.env.<env>`, `.env.local`, `.env`, each if present.
        const env = value !== undefined && !value.startsWith('-') ? value : undefined;
        for (const f of [...(env === undefined ? [] : [`.env.${env}.local`, `.env.${env}`]), '.env.local']) loaded.files.push({ value: env !== undefined && env.includes(computed) ? null : f, optional: true });
      }
      if (chdir) start.cwd = joinCwd(start.cwd, value === undefined || value.includes(computed) ? null : value);
      if (line) start.line = value === undefined || value.includes(computed) ? null : value;
      if (eq < 0 && (chdir || line || prefix.values?.includes(name) === true)) i++;
      if (line) return { ...start, at: words.length };
      continue;
    } else if (operands > 0) {
      operands--;
      continue;
    } else if (subcommand) {
      if (prefix.named?.includes(w) === true) {
        operands = 1; // the name, then a subcommand again
        continue;
      }
      if (prefix.subcommands?.includes(w) === true) {
        subcommand = false;
        continue;
      }
      return prefix.bins === true && (isNodeProgram(w) || isModuleRunner(w)) ? { ...start, at: i } : start;
    }
    const next = PREFIXES.get(programName(w));
    if (next === undefined) return { ...start, at: i };
    prefix = next;
    loader = ENV_LOADERS.get(programName(w));
    if (loader !== undefined) loaded.active = true;
    operands = next.operands ?? 0;
    subcommand = next.subcommands !== undefined;
  }
  return start;
}

/** The directory a command runs in after `cd` / `env -C` to `dir` from `cwd` (undefined: the caller's; null: computed). */
export function joinCwd(cwd: string | null | undefined, dir: string | null | undefined): string | null | undefined {
  if (dir === undefined) return cwd;
  if (dir === null || cwd === null) return null;
  return cwd === undefined || dir.startsWith('/') ? dir : `${cwd}/${dir}`;
}

const ENV_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
/** How many `sh -c "…"` are read one inside the other. */
const MAX_SHELL_DEPTH = 4;

/**
 * A Node command of a command line: its arguments (after the program) and the options of a `NODE_OPTIONS=…` before
 * it; `at`, the index of its first argument among the words read, when they were words of the call (not of a command
 * line inside one); `cwd`, a directory it runs in relative to the caller's (null: computed).
 */
export interface NodeCommand {
  args: (string | undefined)[];
  options: (string | undefined)[];
  /** The program is another runner of modules (`tsx`, `bun`): its arguments are read by {@link runnerArgv}. */
  runner?: string;
  /** The program is Node itself (not a command that only inherits NODE_OPTIONS). */
  node?: true;
  at?: number;
  cwd?: string | null;
  /** Env files loaded into its environment by a prefix (`dotenv -e .env.job -- …`): their NODE_OPTIONS reach any Node it starts. */
  envFiles?: CommandEnvFile[];
}

/**
 * The Node commands a command's words run (`spawn(program, [...args])` as `[program, ...args]`): after assignments,
 * keywords and prefixes ({@link commandStart}), Node or another runner with its arguments; a shell run with `-c`, a
 * prefix's command line or a program of command lines (`concurrently`) is read in turn. `computed` marks a character
 * of a word that stood for a value the code computes: such a word is a computed one, as undefined is.
 */
export function commandNodeRuns(words: readonly (string | undefined)[], computed = '\u0000', depth = 0): NodeCommand[] {
  const start = commandStart(words, computed);
  const runs = commandNodeRunsFrom(start, words, computed, depth);
  const envFiles = start.envFiles;
  if (envFiles === undefined) return runs;
  // The loader's env files reach every process the command starts, Node or not (`dotenv -e .env -- npm test`).
  return runs.length === 0 ? [{ args: [], options: start.options, envFiles, ...cwdOf(start.cwd) }] : runs.map((c) => ({ ...c, envFiles: [...envFiles, ...(c.envFiles ?? [])] }));
}
function commandNodeRunsFrom(start: CommandStart, words: readonly (string | undefined)[], computed: string, depth: number): NodeCommand[] {
  const plain = (w: string | undefined) => (w === undefined || w.includes(computed) ? undefined : w);
  const nested = (line: string | undefined | null): NodeCommand[] => {
    if (line === undefined || line === null) return [{ args: [undefined], options: start.options }]; // any program, Node among them
    if (depth >= MAX_SHELL_DEPTH) return [];
    return shellNodeCommands(line, computed, depth + 1).map((c) => ({ ...c, options: [...start.options, ...c.options], ...cwdOf(joinCwd(start.cwd, c.cwd)) }));
  };
  if (start.line !== undefined) return nested(start.line);
  const w = words[start.at];
  const program = plain(w);
  const args = words.slice(start.at + 1).map(plain);
  const here = { options: start.options, at: start.at + 1, ...cwdOf(start.cwd) };
  if (program === undefined) return w === undefined && start.at >= words.length && start.options.length > 0 ? [{ args: [], options: start.options }] : [];
  const inner = shellCommandIndex(program, words.slice(start.at + 1).map((x) => (x !== undefined && x.includes(computed) ? '' : x)));
  if (inner >= 0) return nested(words[start.at + 1 + inner]);
  const windows = windowsShellLine(program, words.slice(start.at + 1));
  if (windows !== undefined) return nested(windows);
  const lineFlags = LINE_RUNNERS.get(programName(program));
  if (lineFlags !== undefined) return lineArguments(args, lineFlags, words.slice(start.at + 1)).flatMap(nested);
  if (isModuleRunner(program)) {
    const out: NodeCommand[] = [{ args, runner: program, ...here }];
    for (const run of runnerArgv(args, program)) if (run.role === 'line') out.push(...nested(run.value));
    return out;
  }
  if (isNodeProgram(program)) return [{ args, ...here, node: true }];
  // Any program started with NODE_OPTIONS (`npm test`) runs Node with them.
  return start.options.length > 0 ? [{ args: [], options: start.options }] : [];
}

const cwdOf = (cwd: string | null | undefined) => (cwd === undefined ? {} : { cwd });

/** The arguments of a program of command lines that are command lines (not its options nor their values), as written. */
function lineArguments(args: readonly (string | undefined)[], values: readonly string[], raw: readonly (string | undefined)[]): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w !== undefined && w.startsWith('-')) {
      if (!w.includes('=') && values.includes(w)) i++;
      continue;
    }
    out.push(raw[i]);
  }
  return out;
}

/**
 * The Node commands of a shell command line (`A=1 node ./x.js && node -r ./y.js ./z.js | tee log`), each read by
 * {@link commandNodeRuns}; `cd dir` moves the commands after it. `computed` marks a character that stood for a value
 * the code computes (a template's substitution): a word holding it is undefined. A command substituted in a word
 * (`$(node x.js)`, `` `node x.js` ``) runs too.
 */
export function shellNodeCommands(line: string, computed = '\u0000', depth = 0): NodeCommand[] {
  const out: NodeCommand[] = [];
  let cwd: string | null | undefined;
  const { commands, substituted } = shellWords(line, computed);
  for (const { words, stdin, heredoc } of commands) {
    if (words[0] === 'cd' || words[0] === 'pushd') {
      cwd = joinCwd(cwd, words.length === 2 && words[1] !== undefined && words[1] !== '-' ? words[1] : null);
      continue;
    }
    for (const c of commandNodeRuns(words, computed, depth)) {
      const { at: _at, ...command } = c;
      const moved = { ...command, ...cwdOf(joinCwd(cwd, c.cwd)) };
      // `node < x.js`: with no script among its words, Node runs the program its standard input holds.
      const fromStdin = stdin !== undefined && c.node === true && !nodeArgv(c.args).some((r) => r.role !== 'preload');
      // `node <<EOF`: the program is text of the line, read here as computed.
      const fromText = heredoc === true && c.node === true && !nodeArgv(c.args).some((r) => r.role !== 'preload');
      out.push(fromStdin ? { ...moved, args: [...moved.args, '--', stdin] } : fromText ? { ...moved, args: [...moved.args, '--', undefined] } : moved);
    }
  }
  if (depth < MAX_SHELL_DEPTH) for (const inner of substituted) out.push(...shellNodeCommands(inner, computed, depth + 1));
  return out;
}

/** `NODE_OPTIONS`' value: options separated by spaces, a quoted one kept whole. */
export function splitOptions(value: string, computed = '\u0000'): (string | undefined)[] {
  return shellWords(value, computed).commands.flatMap((c) => c.words);
}

/** A command of a shell line: its words, and the file a `<` redirection gives it as standard input. */
interface ShellCommand {
  words: (string | undefined)[];
  stdin?: string;
  /** Its standard input is text of the line (`<<EOF`, `<<<`): a program written there. */
  heredoc?: true;
}

/**
 * Words of a shell line, split into commands at `;`, `&&`, `||`, `|`, `&`, `(`, `)` and line breaks. Quotes group
 * (`'…'` as written, `"…"` and bare words with `\` escapes); a word with an expansion (`$x`, `` `…` ``) or the
 * `computed` mark is undefined. Redirections are no words: `> log` is dropped, `< x.js` is the command's standard input.
 * `substituted`: the command lines of `` `…` `` and of `$(…)` inside double quotes, which the shell runs as well.
 */
function shellWords(line: string, computed: string): { commands: ShellCommand[]; substituted: string[] } {
  const commands: ShellCommand[] = [];
  const substituted: string[] = [];
  let command: ShellCommand = { words: [] };
  let word = '';
  let inWord = false;
  let unknown = false;
  let redirect: 'in' | 'out' | undefined;
  const endWord = () => {
    if (inWord) {
      if (redirect === 'in') {
        if (!unknown) command.stdin = word;
      } else if (redirect === undefined) command.words.push(unknown ? undefined : word);
      redirect = undefined;
    }
    word = '';
    inWord = false;
    unknown = false;
  };
  const endCommand = () => {
    endWord();
    redirect = undefined;
    if (command.words.length > 0) commands.push(command);
    command = { words: [] };
  };
  /** The command line of a substitution opening at `i` (`` ` `` or `$(`), kept; returns where it closes. */
  const substitution = (i: number): number => {
    if (line[i] === '`') {
      const close = line.indexOf('`', i + 1);
      const end = close < 0 ? line.length : close;
      substituted.push(line.slice(i + 1, end));
      return end;
    }
    let depth = 0;
    let j = i + 1;
    for (; j < line.length; j++) {
      if (line[j] === '(') depth++;
      else if (line[j] === ')' && --depth === 0) break;
    }
    substituted.push(line.slice(i + 2, j));
    return j;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') endWord();
    else if (c === '<' || c === '>' || (c === '&' && line[i + 1] === '>')) {
      if (/^\d*$/.test(word) && !unknown) inWord = false; // a file descriptor (`2>`)
      endWord();
      if (c === '&') i++;
      const input = c === '<' && line[i + 1] !== '<';
      if (c === '<' && line[i + 1] === '<') command.heredoc = true;
      while (line[i + 1] === '>' || line[i + 1] === '<' || line[i + 1] === '|') i++;
      if (line[i + 1] === '&') {
        i++; // `>&2`, `2>&1`: another descriptor, no file
        while (/[\d-]/.test(line[i + 1] ?? '')) i++;
      } else redirect = input ? 'in' : 'out';
    } else if (c === '\n' || c === '\r' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')') endCommand();
    else if (c === '`') {
      i = substitution(i);
      inWord = true;
      unknown = true;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      const end = close < 0 ? line.length : close;
      word += line.slice(i + 1, end);
      if (word.includes(computed)) unknown = true;
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && i + 1 < line.length) i++;
        else if (line[i] === '`' || (line[i] === '$' && line[i + 1] === '(')) {
          i = substitution(i);
          unknown = true;
          continue;
        } else if (line[i] === '$' || line[i] === computed) unknown = true;
        word += line[i];
      }
    } else {
      inWord = true;
      if (c === '\\' && i + 1 < line.length) word += line[++i];
      else {
        if (c === '$' || c === computed) unknown = true;
        word += c;
      }
    }
  }
  endCommand();
  return { commands, substituted };
}
