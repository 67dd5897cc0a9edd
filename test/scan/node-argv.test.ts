import { describe, expect, it } from 'vitest';
import { isNodeProgram, nodeArgv, shellCommandIndex, shellNodeCommands, splitOptions } from '../../src/scan/node-argv.js';

const roles = (words: (string | undefined)[], flagsOnly = false) => nodeArgv(words, flagsOnly).map((r) => `${r.role}:${r.value ?? r.at}`);

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
  it('reads options alone in execArgv / NODE_OPTIONS', () => {
    expect(roles(['--enable-source-maps', 'stray', '--require', './p.js'], true)).toEqual(['preload:./p.js']);
  });
});

describe('shell command lines', () => {
  it('finds Node after assignments and env, with NODE_OPTIONS, in every command of the line', () => {
    const commands = shellNodeCommands(`A=1 NODE_OPTIONS='--require ./p.js' env node ./s.js x && echo 'node' | node "./q r.js"; npm test`);
    expect(commands).toEqual([
      { args: ['./s.js', 'x'], options: ['--require', './p.js'] },
      { args: ['./q r.js'], options: [] },
    ]);
  });
  it('marks words with an expansion or a substitution as computed', () => {
    expect(shellNodeCommands('node $SCRIPT "a$b" \'$c\'')).toEqual([{ args: [undefined, undefined, '$c'], options: [] }]);
    expect(splitOptions('--import \u0000')).toEqual(['--import', undefined]);
  });
  it('knows Node by its base name', () => {
    expect(['node', '/usr/bin/node', 'C:\\node\\node.exe', 'nodejs'].every(isNodeProgram)).toBe(true);
    expect(['nodemon', 'node-gyp', 'deno'].some(isNodeProgram)).toBe(false);
  });
});

describe('shells and prefixes', () => {
  it('reads the command line a shell runs with -c, nested, and Node after a prefix', () => {
    expect(shellCommandIndex('/bin/bash', ['-lc', 'node x.js'])).toBe(1);
    expect(shellCommandIndex('sh', ['./script.sh', '-c'])).toBe(-1);
    expect(shellNodeCommands(`sh -c "nice npx node ./s.js"`)).toEqual([{ args: ['./s.js'], options: [] }]);
    expect(shellNodeCommands('bash -c "$CMD"')).toEqual([{ args: [undefined], options: [] }]);
  });
});
