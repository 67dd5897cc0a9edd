import { describe, expect, it } from 'vitest';
import { commandNodeRuns, isModuleRunner, isNodeProgram, nodeArgv, nodeEnvFiles, runnerArgv, runnerEnvFiles, shellCommandIndex, shellNodeCommands, splitOptions } from '../../src/scan/node-argv.js';

const roles = (words: (string | undefined)[], flagsOnly = false) => nodeArgv(words, flagsOnly).map((r) => `${r.role}:${r.value ?? r.at}`);

describe('nodeEnvFiles', () => {
  it('reads every --env-file / --env-file-if-exists among the options, in both spellings, up to the script or --', () => {
    expect(nodeEnvFiles(['--env-file=.env', '--env-file-if-exists', '.env.local', '-r', '--env-file=no', './x.js', '--env-file=arg'])).toEqual([
      { at: 0, value: '.env', optional: false },
      { at: 2, value: '.env.local', optional: true },
    ]);
    expect(nodeEnvFiles(['--', '--env-file=.env'])).toEqual([]);
    expect(nodeEnvFiles(['--env_file', '.env'])).toEqual([{ at: 1, value: '.env', optional: false }]);
    // A computed path: the gate cannot read it (the scanner reports dynamic_import).
    expect(nodeEnvFiles(['--env-file', undefined, './x.js'])).toEqual([{ at: 1, optional: false }]);
  });
});

describe('nodeArgv', () => {
  it('reads the script, preloads in both spellings, and stops at the script', () => {
    expect(roles(['-r', 'dotenv/config', '--import=./a.js', '--inspect', './b.js', './c.js'])).toEqual(['preload:dotenv/config', 'preload:./a.js', 'script:./b.js']);
  });
  it('skips the value of a flag that takes one, and reads the script after --', () => {
    expect(roles(['--conditions', 'dev', '--title', 'x', './s.js'])).toEqual(['script:./s.js']);
    expect(roles(['--', '-weird.js'])).toEqual(['script:-weird.js']);
  });
  it('reads code from a string and computed words as such; no file after --version, --run or stdin', () => {
    expect(roles(['-pe', 'x'])).toEqual(['code:0']);
    expect(roles(['--eval=1'])).toEqual(['code:0']);
    expect(roles(['--inspect', undefined, './s.js'])).toEqual(['computed:1']);
    expect(roles(['--version', './s.js'])).toEqual([]);
    expect(roles(['--run', 'build'])).toEqual([]);
    expect(roles(['-', './s.js'])).toEqual([]);
  });
  it('reads every test file under --test, leaving globs to the runner', () => {
    expect(roles(['--test', './a.js', 'src/**/*.js', './b.js'])).toEqual(['script:./a.js', 'script:./b.js']);
  });
  it('reads a test reporter module (not a built-in name) and a global setup module as preloads', () => {
    expect(roles(['--test', '--test-reporter', './r.js', '--test-reporter=spec', '--test-reporter', 'dot', '--test-global-setup=./s.js', './a.js'])).toEqual(['preload:./r.js', 'preload:./s.js', 'script:./a.js']);
    expect(roles(['--test-reporter=pkg-reporter', '--test-reporter', undefined], true)).toEqual(['preload:pkg-reporter', 'computed:2']);
    expect(runnerArgv(['--test', '--test-reporter', './r.js', '--test-reporter', 'tap', './a.ts'], 'tsx').map((r) => `${r.role}:${r.value ?? r.at}`)).toEqual(['preload:./r.js', 'script:./a.ts']);
  });
  it('reads a long option spelt with underscores as Node does', () => {
    expect(roles(['--experimental_loader', './l.js', '--test_reporter=./r.js', '--env_file', '.env', './a.js'])).toEqual(['preload:./l.js', 'preload:./r.js', 'script:./a.js']);
    expect(runnerArgv(['--experimental_loader=./l.js', './a.ts'], 'tsx').map((r) => `${r.role}:${r.value ?? r.at}`)).toEqual(['preload:./l.js', 'script:./a.ts']);
  });
  it('reads options alone in execArgv / NODE_OPTIONS', () => {
    expect(roles(['--enable-source-maps', 'stray', '--require', './p.js'], true)).toEqual(['preload:./p.js']);
  });
});

describe('shell command lines', () => {
  it('finds Node after assignments and env, with NODE_OPTIONS, in every command of the line', () => {
    const commands = shellNodeCommands(`A=1 NODE_OPTIONS='--require ./p.js' env node ./s.js x && echo 'node' | node "./q r.js"; npm test`);
    expect(commands).toEqual([
      { args: ['./s.js', 'x'], options: ['--require', './p.js'], node: true },
      { args: ['./q r.js'], options: [], node: true },
    ]);
  });
  it('marks words with an expansion or a substitution as computed', () => {
    expect(shellNodeCommands('node $SCRIPT "a$b" \'$c\'')).toEqual([{ args: [undefined, undefined, '$c'], options: [], node: true }]);
    expect(splitOptions('--import \u0000')).toEqual(['--import', undefined]);
  });
  it('knows Node by its base name', () => {
    expect(['node', '/usr/bin/node', 'C:\\node\\node.exe', 'nodejs'].every(isNodeProgram)).toBe(true);
    expect(['nodemon', 'node-gyp', 'deno'].some(isNodeProgram)).toBe(false);
    expect(['node@20', 'tsx@4.7.0', '@esbuild-kit/esr@latest'].map((w) => isNodeProgram(w) || isModuleRunner(w))).toEqual([true, true, true]);
  });
});

describe('shell builtins that set NODE_OPTIONS for the commands after them', () => {
  const options = (line: string) => shellNodeCommands(line).map((c) => c.options.join(' '));
  it('reads export, declare -x and cmd\'s set (its value to the end of the command)', () => {
    expect(options('export NODE_OPTIONS="--require ./x.js"; npm start')).toEqual(['--require ./x.js']);
    expect(options('export CI NODE_OPTIONS=--import=./x.js && npm start')).toEqual(['--import=./x.js']);
    expect(options('declare -x NODE_OPTIONS="-r ./x.js"')).toEqual(['-r ./x.js']);
    expect(options('set NODE_OPTIONS=--require ./x.js && npm start')).toEqual(['--require ./x.js']);
  });
  it('reads nothing from other exports, nor from set -e', () => {
    expect(options('set -e; export CI=1; npm start')).toEqual([]);
  });
});

describe('shells and prefixes', () => {
  it('reads the command line a shell runs with -c, nested, and Node after a prefix', () => {
    expect(shellCommandIndex('/bin/bash', ['-lc', 'node x.js'])).toBe(1);
    expect(shellCommandIndex('sh', ['./script.sh', '-c'])).toBe(-1);
    expect(shellNodeCommands(`sh -c "nice npx node ./s.js"`)).toEqual([{ args: ['./s.js'], options: [], node: true }]);
    expect(shellNodeCommands('bash -c "$CMD"')).toEqual([{ args: [undefined], options: [] }]);
  });
});

describe('runners other than Node', () => {
  const runs = (words: (string | undefined)[]) => runnerArgv(words, 'deno').map((r) => `${r.role}:${r.value ?? r.at}`);
  it('knows them by base name, and the module each runs by its shape', () => {
    expect(['tsx', './node_modules/.bin/ts-node', 'C:\\bin\\bun.exe', 'deno', 'nodemon'].every(isModuleRunner)).toBe(true);
    expect(['node', 'npm', 'tsc', 'vitest', 'tsx-config'].some(isModuleRunner)).toBe(false);
    expect(runs(['watch', '--clear-screen=false', './src/x.ts', './src/y.ts'])).toEqual(['script:./src/x.ts']);
    expect(runs(['run', '--allow-read', 'src/x.ts'])).toEqual(['script:src/x.ts']);
    expect(runs(['x.mjs'])).toEqual(['script:x.mjs']);
    expect(runnerArgv(['-r', './p.ts', '--import=./q.mjs', 'main.ts'], 'tsx').map((r) => `${r.role}:${r.value ?? r.at}`)).toEqual(['preload:./p.ts', 'preload:./q.mjs', 'script:main.ts']);
    expect(runs(['-e', 'import("./x.ts")'])).toEqual(['code:0']);
    expect(runs(['run', undefined])).toEqual(['computed:1']);
  });
  it('reads no subcommand, script name, glob or fetched package as a module of the tree', () => {
    expect(runs(['test'])).toEqual([]);
    expect(runs(['run', 'build'])).toEqual([]);
    expect(runs(['test', 'src/**/*.test.ts'])).toEqual([]);
    expect(runs(['run', 'jsr:@std/http/file-server', 'npm:cowsay/x', 'https://deno.land/x.ts'])).toEqual([]);
  });
  it('shell lines and npx: the runner after a prefix is marked so', () => {
    expect(shellNodeCommands('npx tsx watch ./a.ts && bun ./b.ts')).toEqual([
      { args: ['watch', './a.ts'], options: [], runner: 'tsx' },
      { args: ['./b.ts'], options: [], runner: 'bun' },
    ]);
  });
});

describe('runners: subcommands that run nothing', () => {
  it('bun build, deno check and fmt read modules without running them; bun test and deno run do run them', () => {
    const runs = (words: string[]) => runnerArgv(words, 'deno').map((r) => `${r.role}:${r.value ?? r.at}`);
    expect(runs(['build', './src/index.ts', '--outdir', './dist'])).toEqual([]);
    expect(runs(['check', 'src/x.ts'])).toEqual([]);
    expect(runs(['--quiet', 'fmt', 'src/x.ts'])).toEqual([]);
    expect(runs(['test', './src/x.test.ts'])).toEqual(['script:./src/x.test.ts']);
    expect(runs(['run', 'build.ts'])).toEqual(['script:build.ts']);
  });
});

describe('commands behind package managers, prefixes with values, shell syntax', () => {
  const scripts = (line: string) => shellNodeCommands(line).flatMap((c) => (c.runner === undefined ? nodeArgv(c.args) : runnerArgv(c.args, c.runner)).filter((r) => r.role !== 'line').map((r) => `${c.cwd ?? '.'}:${r.role}:${r.value ?? r.at}`));
  it('finds the runner after pnpm exec, pnpm dlx, yarn, npm exec and a prefix option that takes a value', () => {
    for (const line of ['pnpm exec tsx ./x.ts', 'pnpm dlx tsx ./x.ts', 'yarn tsx ./x.ts', 'pnpm tsx ./x.ts', 'npm exec -- tsx ./x.ts', 'npm x tsx ./x.ts', 'nice -n 10 tsx ./x.ts', 'env -u A tsx ./x.ts', 'timeout 10 tsx ./x.ts', 'sudo -u app tsx ./x.ts', 'dotenv -e .env -- tsx ./x.ts', 'xargs -n 1 tsx ./x.ts']) {
      expect(scripts(line), line).toEqual(['.:script:./x.ts']);
    }
  });
  it('reads no program behind a package manager run without exec (a script of package.json)', () => {
    expect(scripts('npm start && npm run build -- ./x.ts && pnpm build ./x.ts && yarn add ./x')).toEqual([]);
  });
  it('reads shell keywords, groups, substitutions and redirections', () => {
    for (const line of ['(tsx ./x.ts)', '{ tsx ./x.ts; }', 'if true; then tsx ./x.ts; fi', '! tsx ./x.ts', 'echo "$(tsx ./x.ts)"', 'echo `tsx ./x.ts`', 'node > log ./x.ts', 'node 2>&1 ./x.ts', 'node < ./x.ts']) {
      expect(scripts(line), line).toEqual([line.startsWith('node') ? '.:script:./x.ts' : '.:script:./x.ts']);
    }
    expect(scripts('node ./a.js < ./data.json')).toEqual(['.:script:./a.js']);
    expect(scripts("node <<'EOF'\nrequire('./x')\nEOF")).toEqual(['.:computed:1']);
    expect(scripts('node <<< "require(1)"')).toEqual(['.:computed:1']);
    expect(scripts('node ./a.js <<< "data"')).toEqual(['.:script:./a.js']);
    expect(scripts(`git commit -m "fix (tsx ./x.ts)" && echo 'node ./x.js'`)).toEqual([]);
  });
  it('reads the command lines of concurrently, env -S, npx -c, nodemon --exec and Windows shells', () => {
    expect(scripts('concurrently -n a,b "tsx ./x.ts" "node ./y.js"')).toEqual(['.:script:./x.ts', '.:script:./y.js']);
    for (const line of ['env -S "tsx ./x.ts"', 'npx -c "tsx ./x.ts"', 'nodemon --exec "tsx ./x.ts"', 'cmd /c tsx ./x.ts', 'powershell -Command tsx ./x.ts']) expect(scripts(line), line).toEqual(['.:script:./x.ts']);
    expect(commandNodeRuns(['cmd.exe', '/d', '/s', '/c', 'tsx ./x.ts']).map((c) => c.args)).toEqual([['./x.ts']]);
  });
  it('moves the command to the directory of cd, env -C and pnpm -C; a computed one is unknown', () => {
    expect(scripts('cd src && cd store && tsx db.ts')).toEqual(['src/store:script:db.ts']);
    expect(scripts('env -C src tsx db.ts; pnpm -C src exec tsx db.ts')).toEqual(['src:script:db.ts', 'src:script:db.ts']);
    expect(shellNodeCommands('cd $DIR && tsx db.ts')[0]?.cwd).toBe(null);
  });
  it('skips the values of each runner\'s own flags, never taking them for the module or for code', () => {
    expect(runnerArgv(['--tsconfig', './tsconfig.json', './x.ts'], 'tsx').map((r) => r.value)).toEqual(['./x.ts']);
    expect(runnerArgv(['run', '--config', './deno.json', './x.ts'], 'deno').map((r) => r.value)).toEqual(['./x.ts']);
    expect(runnerArgv(['-e', 'ts,json', '-w', './src', './x.ts'], 'nodemon').map((r) => `${r.role}:${r.value}`)).toEqual(['script:./x.ts']);
    expect(runnerArgv(['start', '-e', './err.log', './x.ts'], 'pm2').map((r) => `${r.role}:${r.value}`)).toEqual(['script:./x.ts']);
    expect(runnerArgv(['-r', './src', './x.ts'], 'vite-node').map((r) => `${r.role}:${r.value}`)).toEqual(['script:./x.ts']);
    expect(runnerArgv(['--loader', '.js:jsx', '--preload', './p.ts', './x.ts'], 'bun').map((r) => `${r.role}:${r.value}`)).toEqual(['preload:./p.ts', 'script:./x.ts']);
    expect(runnerArgv(['eval', "import('./x.ts')"], 'deno').map((r) => r.role)).toEqual(['code']);
    expect(runnerArgv(['run', '-r=https://deno.land/x/', '-r', './x.ts'], 'deno').map((r) => `${r.role}:${r.value}`)).toEqual(['script:./x.ts']);
  });
});

describe('runners that take any word for the module, and run it from another directory', () => {
  it('tsx, ts-node and nodemon run a bare name as Node does; bun and deno know a module by its shape', () => {
    expect(runnerArgv(['db'], 'tsx').map((r) => r.value)).toEqual(['db']);
    expect(runnerArgv(['watch', 'db'], 'tsx').map((r) => r.value)).toEqual(['db']);
    expect(runnerArgv(['-T', 'db'], 'ts-node').map((r) => r.value)).toEqual(['db']);
    expect(runnerArgv(['-w', 'src', 'db'], 'nodemon').map((r) => r.value)).toEqual(['db']);
    expect(runnerArgv(['dev'], 'bun')).toEqual([]);
    expect(runnerArgv(['task', 'dev'], 'deno')).toEqual([]);
  });
  it('bun --cwd, ts-node --cwd, nodemon --cwd and pm2 --cwd move the module to that directory', () => {
    expect(runnerArgv(['--cwd', 'src/store', 'db.ts'], 'bun')).toEqual([{ at: 2, role: 'script', value: 'db.ts', cwd: 'src/store' }]);
    expect(runnerArgv(['start', '--cwd=src', 'store/db.ts'], 'pm2')[0]?.cwd).toBe('src');
    expect(runnerArgv(['--cwd', undefined, 'db.ts'], 'ts-node')[0]?.cwd).toBe(null);
  });
});

describe('Node reading its program from a pipe', () => {
  it('is code when its standard input is a pipe and no script is named; a REPL or no file otherwise', () => {
    const roles = (words: string[], stdin: boolean) => nodeArgv(words, false, stdin).map((r) => `${r.role}:${r.at}`);
    expect(roles([], true)).toEqual(['code:0']);
    expect(roles(['--inspect', '-'], true)).toEqual(['code:1']);
    expect(roles(['--'], true)).toEqual(['code:0']);
    expect(roles([], false)).toEqual([]);
    expect(roles(['--version'], true)).toEqual([]);
    expect(roles(['./x.js'], true)).toEqual(['script:0']);
    expect(nodeArgv(['--max-old-space-size=100'], true, true)).toEqual([]);
  });
});

describe('runners: their own flags', () => {
  it('a flag that takes a value hides no module behind it; nodemon -e is extensions, deno eval is code', () => {
    const runs = (words: string[], runner: string) => runnerArgv(words, runner).map((r) => `${r.role}:${r.value ?? r.at}`);
    expect(runs(['--watch', './src', '-e', 'ts', './src/store/db.ts'], 'nodemon')).toEqual(['script:./src/store/db.ts']);
    expect(runs(['--tsconfig', './tsconfig.json', './x.ts'], 'tsx')).toEqual(['script:./x.ts']);
    expect(runs(['-P', './tsconfig.json', '-r', './p.ts', 'x.ts'], 'ts-node')).toEqual(['preload:./p.ts', 'script:x.ts']);
    expect(runs(['--watch', './x.ts'], 'bun')).toEqual(['script:./x.ts']);
    expect(runs(['--preload', './p.ts', 'run', './x.ts'], 'bun')).toEqual(['preload:./p.ts', 'script:./x.ts']);
    expect(runs(['run', '-c', './deno.json', './x.ts'], 'deno')).toEqual(['script:./x.ts']);
    expect(runs(['eval', 'import("./x.ts")'], 'deno')).toEqual(['code:0']);
    expect(runs(['start', '--name', 'api', './dist/server.js'], 'pm2')).toEqual(['script:./dist/server.js']);
  });
  it('reads the env files a dotenv prefix loads and a runner names', () => {
    const envFiles = (line: string) => shellNodeCommands(line).map((c) => (c.envFiles ?? []).map((f) => `${f.value}${f.optional ? '?' : ''}`));
    expect(envFiles('dotenv -e .env.job -e .env.b -- node x.js')).toEqual([['.env.job', '.env.b']]);
    expect(envFiles('dotenv -- npm test')).toEqual([['.env?']]);
    expect(envFiles('dotenv -c ci -- node x.js')).toEqual([['.env.ci.local?', '.env.ci?', '.env.local?', '.env?']]);
    expect(envFiles('npx dotenvx run -f .env.x -- tsx x.ts')).toEqual([['.env.x']]);
    expect(shellNodeCommands('dotenvx run --env NODE_OPTIONS=--require=./y.js -- npm start')[0]?.options).toEqual(['--require=./y.js']);
    expect(envFiles('env A=1 node x.js')).toEqual([[]]);
    expect(runnerEnvFiles(['--env-file=.env', '--env-file-if-exists', '.env.local', './x.ts', '--', '--env-file=.no'])).toEqual([{ at: 0, value: '.env', optional: false }, { at: 2, value: '.env.local', optional: true }]);
  });
});
