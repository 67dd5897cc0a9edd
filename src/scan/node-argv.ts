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
   * code computes where Node may take a module from.
   */
  role: 'script' | 'preload' | 'code' | 'computed';
  /** The module named (script or preload). */
  value?: string;
}

/** Flags whose value is a module Node loads before the script. */
const MODULE_FLAGS = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader']);
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
/** A cluster of short switches holding `-e` or `-p` (`-pe`): code from the next word. */
const SHORT_CODE_CLUSTER = /^-[A-Za-z]*[ep][A-Za-z]*$/;
const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The words of Node's argument list (after the program) that load something. `flagsOnly`: options alone (`execArgv`,
 * `NODE_OPTIONS`), no script. Node runs the first word that is no option (after `--`, whatever it is) and hands it the
 * rest; under `--test` every such word is a test file (a glob is left to the test runner).
 */
export function nodeArgv(words: readonly (string | undefined)[], flagsOnly = false): NodeRun[] {
  const out: NodeRun[] = [];
  let test = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) {
      out.push({ at: i, role: 'computed' });
      return out;
    }
    if (w === '--') {
      if (!flagsOnly && i + 1 < words.length) out.push(positional(words, i + 1));
      return out;
    }
    if (w.startsWith('-') && w !== '-') {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w : w.slice(0, eq);
      if (MODULE_FLAGS.has(name)) {
        if (eq >= 0) out.push({ at: i, role: 'preload', value: w.slice(eq + 1) });
        else if (++i < words.length) out.push(words[i] === undefined ? { at: i, role: 'computed' } : { at: i, role: 'preload', value: words[i] as string });
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
    if (w === '-') return out; // the program is read from stdin
    if (!(test && GLOB_CHARS.test(w))) out.push({ at: i, role: 'script', value: w });
    if (!test) return out;
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
  const base = baseName(word);
  return base === 'node' || base === 'nodejs' || base === 'node.exe';
}

/**
 * Programs other than Node that run a JavaScript or TypeScript module (`tsx ./x.ts`, `bun run ./x.ts`, `deno run x.ts`,
 * `ts-node -r ./p.ts x.ts`, `nodemon x.js`). Each has its own subcommands and flags, so their words are read by shape
 * ({@link runnerArgv}), not by a grammar.
 */
const RUNNERS = new Set([
  'tsx', 'ts-node', 'ts-node-esm', 'ts-node-script', 'ts-node-dev', 'tsnd', 'bun', 'deno', 'esno', 'esr', 'babel-node',
  'vite-node', 'jiti', 'sucrase-node', 'swc-node', 'node-dev', 'nodemon', 'pm2', 'forever', 'electron',
]);

const runnerName = (word: string) => baseName(word).replace(/\.(?:exe|cmd)$/, '');

/** Whether a program word names a runner of modules other than Node (`tsx`, `./node_modules/.bin/ts-node`, `bun.exe`). */
export function isModuleRunner(word: string): boolean {
  return RUNNERS.has(runnerName(word));
}

const NO_FLAGS: ReadonlySet<string> = new Set();
const TS_NODE_VALUE_FLAGS = new Set(['-P', '--project', '-C', '--compiler', '-O', '--compilerOptions', '-I', '--ignore', '-D', '--ignoreDiagnostics', '--cwd', '--dir', '--scope-dir']);
/**
 * Each runner's flags that take the next word as their value (`nodemon --watch ./src x.js`): that word is no module. A
 * flag missing here is read as a switch, so its value may be taken for the module run: a finding too many.
 */
const RUNNER_VALUE_FLAGS: Readonly<Record<string, ReadonlySet<string>>> = {
  '': new Set(['--tsconfig', '--project', '-P', '--config', '-c', '--cwd', '--ignore', '--include', '--exclude', '--env-file']),
  nodemon: new Set(['-e', '--ext', '-w', '--watch', '-x', '--exec', '-i', '--ignore', '-d', '--delay', '-s', '--signal', '--config', '--cwd', '-C']),
  tsx: new Set(['--tsconfig', '--ignore', '--include', '--exclude', '--env-file', '-C', '--conditions']),
  'ts-node': TS_NODE_VALUE_FLAGS,
  'ts-node-esm': TS_NODE_VALUE_FLAGS,
  'ts-node-script': TS_NODE_VALUE_FLAGS,
  'ts-node-dev': TS_NODE_VALUE_FLAGS,
  tsnd: TS_NODE_VALUE_FLAGS,
  bun: new Set(['--cwd', '-c', '--config', '--env-file', '--tsconfig-override', '--main-fields', '--conditions', '--port', '--extension-order', '-d', '--define', '-l', '--loader']),
  deno: new Set(['-c', '--config', '--import-map', '--lock', '--cert', '--location', '--seed', '--env-file', '--ext']),
  pm2: new Set(['-n', '--name', '-i', '--instances', '--interpreter', '--node-args', '--interpreter-args', '--cwd', '-o', '--output', '-e', '--error', '-l', '--log', '--max-memory-restart', '--watch-delay', '--ignore-watch']),
};

/** A word that names a module file by its shape: a relative or absolute path, or a name with a script's extension. */
const MODULE_PATH = /^(?:\.{0,2}[\\/]|[A-Za-z]:[\\/])|[\\/].|\.(?:[cm]?[jt]sx?)$/i;
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;
/** A runner's subcommands that read a module without running it (`bun build x.ts`, `deno check x.ts`, `deno fmt`). */
const NOT_RUNNING = new Set([
  'build', 'compile', 'check', 'fmt', 'lint', 'doc', 'info', 'bundle', 'install', 'add', 'remove', 'uninstall', 'cache',
  'vendor', 'publish', 'coverage', 'types', 'init', 'create', 'upgrade', 'pm', 'link', 'unlink', 'outdated', 'audit',
  'completions', 'clean', 'stop', 'delete', 'logs',
]);

/**
 * The words of another runner's argument list that load something. Its subcommands (`watch`, `run`, `start`) and
 * flags are skipped; `-r`/`--require`/`--import`/`--loader` name a preload, `-e`/`--eval` code; the first word shaped
 * like a module path is the module it runs, and the words after it are that module's arguments. A computed word
 * before it may be the module: `computed`. A subcommand that only reads modules (`build`, `check`) runs none.
 */
export function runnerArgv(words: readonly (string | undefined)[], runner = ''): NodeRun[] {
  const out: NodeRun[] = [];
  const name = runnerName(runner);
  const valueFlags = RUNNER_VALUE_FLAGS[name] ?? RUNNER_VALUE_FLAGS[''] as ReadonlySet<string>;
  const codeFlags = name === 'nodemon' ? NO_FLAGS : CODE_FLAGS;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) {
      out.push({ at: i, role: 'computed' });
      return out;
    }
    if (w.startsWith('-') && w !== '-' && w !== '--') {
      const eq = w.indexOf('=');
      const flag = eq < 0 ? w : w.slice(0, eq);
      if (MODULE_FLAGS.has(flag) || flag === '--preload') {
        if (eq >= 0) out.push({ at: i, role: 'preload', value: w.slice(eq + 1) });
        else if (++i < words.length) out.push(words[i] === undefined ? { at: i, role: 'computed' } : { at: i, role: 'preload', value: words[i] as string });
      } else if (codeFlags.has(flag)) {
        out.push({ at: i, role: 'code' });
        return out;
      } else if (eq < 0 && valueFlags.has(flag)) i++;
      continue;
    }
    const first = words.slice(0, i).every((x) => x?.startsWith('-') === true);
    if (first && NOT_RUNNING.has(w)) return out;
    if (first && name === 'deno' && w === 'eval') {
      out.push({ at: i, role: 'code' });
      return out;
    }
    // `npm:pkg/x`, `jsr:@std/http/file-server`, `https://…`: a package or URL the runner fetches, no file of the tree.
    if (MODULE_PATH.test(w) && !GLOB_CHARS.test(w) && !URL_SCHEME.test(w)) {
      out.push({ at: i, role: 'script', value: w });
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

/** Programs that run the command after them (`nice node x.js`, `npx node x.js`); their own options are skipped. */
const PREFIXES = new Set(['env', 'exec', 'nice', 'nohup', 'time', 'npx', 'bunx', 'pnpx', 'cross-env', 'command']);

/** Whether a program word only runs the command after it (`npx`, `env`, `nice`). */
export function isCommandPrefix(word: string): boolean {
  return PREFIXES.has(baseName(word));
}

const ENV_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
/** How many `sh -c "…"` are read one inside the other. */
const MAX_SHELL_DEPTH = 4;

/** A Node command of a shell line: its arguments (after the program) and the options of a `NODE_OPTIONS=…` before it. */
export interface NodeCommand {
  args: (string | undefined)[];
  options: (string | undefined)[];
  /** The program, when it is another runner of modules (`tsx`, `bun`): its arguments are read by {@link runnerArgv}. */
  runner?: string;
}

/**
 * The commands of a shell command line (`A=1 node ./x.js && node -r ./y.js ./z.js | tee log`): for each one that
 * runs Node (after `VAR=value` assignments and a prefix such as `env`, `nice`, `npx`; a shell run with `-c` is read in turn), its argument words, and the words of a
 * `NODE_OPTIONS=…` assignment before it (options Node reads for that process and every Node it starts).
 * `computed` marks a character that stood for a value the code computes (a template's substitution): a word holding
 * it is undefined.
 */
export function shellNodeCommands(line: string, computed = '\u0000', depth = 0): NodeCommand[] {
  const out: NodeCommand[] = [];
  for (const command of shellWords(line, computed)) {
    let i = 0;
    let options: (string | undefined)[] = [];
    for (; i < command.length; i++) {
      const w = command[i];
      const assignment = w === undefined ? null : ENV_ASSIGNMENT.exec(w);
      if (assignment !== null) {
        if (assignment[1] === 'NODE_OPTIONS') options = splitOptions(assignment[2] as string, computed);
      } else if (!(w !== undefined && (PREFIXES.has(w) || (i > 0 && w.startsWith('-') && PREFIXES.has(command[i - 1] ?? ''))))) break;
    }
    const program = command[i];
    const inner = program === undefined ? -1 : shellCommandIndex(program, command.slice(i + 1));
    const innerLine = inner < 0 ? undefined : command[i + 1 + inner];
    if (innerLine !== undefined && depth < MAX_SHELL_DEPTH) {
      for (const c of shellNodeCommands(innerLine, computed, depth + 1)) out.push({ args: c.args, options: [...options, ...c.options] });
      continue;
    }
    if (inner >= 0 && innerLine === undefined) {
      out.push({ args: [undefined], options }); // `sh -c "$CMD"`: any program, Node among them
      continue;
    }
    if (program !== undefined && isModuleRunner(program)) {
      out.push({ args: command.slice(i + 1), options, runner: program });
      continue;
    }
    if (program === undefined || !isNodeProgram(program)) {
      // Any program started with NODE_OPTIONS (`npm test`) runs Node with them.
      if (options.length > 0) out.push({ args: [], options });
      continue;
    }
    out.push({ args: command.slice(i + 1), options });
  }
  return out;
}

/** `NODE_OPTIONS`' value: options separated by spaces, a quoted one kept whole. */
export function splitOptions(value: string, computed = '\u0000'): (string | undefined)[] {
  return shellWords(value, computed).flat();
}

/**
 * Words of a shell line, split into commands at `;`, `&&`, `||`, `|`, `&` and line breaks. Quotes group (`'…'` as
 * written, `"…"` and bare words with `\` escapes); a word with an expansion (`$x`, `` `…` ``) or the `computed` mark is
 * undefined.
 */
function shellWords(line: string, computed: string): (string | undefined)[][] {
  const commands: (string | undefined)[][] = [];
  let words: (string | undefined)[] = [];
  let word = '';
  let inWord = false;
  let unknown = false;
  const endWord = () => {
    if (inWord) words.push(unknown ? undefined : word);
    word = '';
    inWord = false;
    unknown = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') endWord();
    else if (c === '\n' || c === '\r' || c === ';' || c === '|' || c === '&') endCommand();
    else if (c === "'") {
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
        else if (line[i] === '$' || line[i] === '`' || line[i] === computed) unknown = true;
        word += line[i];
      }
    } else {
      inWord = true;
      if (c === '\\' && i + 1 < line.length) word += line[++i];
      else {
        if (c === '$' || c === '`' || c === computed) unknown = true;
        word += c;
      }
    }
  }
  endCommand();
  return commands;
}
