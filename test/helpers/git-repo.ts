import { execFileSync } from 'node:child_process';
import { configYaml } from './config.js';
import { workspace } from './fs.js';

/** An artifact_status gate on `<id>.json`'s `/status`, allowing "pass". */
export const statusGate = (id: string, extra: object = {}) => ({ id, type: 'artifact_status', options: { path: `${id}.json`, pointer: '/status', allowed: ['pass'] }, ...extra });

/** A committed git checkout of `files` whose gates a and b pass by default; outputs (and merge shards) are ignored by git. */
export function gitRepo(files: Record<string, string | object> = {}, gates: object[] = [statusGate('a'), statusGate('b')]) {
  const root = workspace({
    'gate-engine.config.yaml': configYaml(gates as never[]),
    'a.json': { status: 'pass' },
    'b.json': { status: 'pass' },
    '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\ns1\ns2\nmerged\n.s1.runs/\n.s2.runs/\n.merged.runs/\n',
    ...files,
  });
  const head = commitAll(root);
  return { root, git: gitIn(root), head };
}

/** `git -C root …`, its standard output. */
export const gitIn =
  (root: string) =>
  (...args: string[]): string =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });

/**
 * Makes `root` a git checkout whose one commit holds every file in it (but what a .gitignore leaves out); returns the
 * commit. One shell runs the four git commands: a fork of a test worker (hundreds of MB of heap) costs it ~20 ms of
 * CPU, a fork of the small shell a quarter of that, and ~60 tests build a checkout.
 */
export function commitAll(root: string): string {
  const script = 'git init -q && git add -A && git -c user.email=t@example.com -c user.name=t commit -qm init && git rev-parse HEAD';
  return execFileSync('/bin/sh', ['-c', script], { cwd: root, encoding: 'utf8' }).trim();
}
