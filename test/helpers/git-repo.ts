import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { configYaml } from './config.js';
import { tempDir, workspace } from './fs.js';

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

/** The `.git` of a checkout committed before, by what its tree held (see {@link treeKey}), and its commit. */
const templates = new Map<string, { git: string; head: string }>();
/** Trees committed once: a tree is kept as a template when it comes again (most trees are one test's own). */
const seen = new Set<string>();

/**
 * What decides the commit `commitAll` makes of `root`: every path in it with its kind, executable bit and bytes (a
 * link's text), ignored files included. Undefined when the root is a checkout already or holds something else (a FIFO).
 */
function treeKey(root: string): string | undefined {
  const hash = createHash('sha256');
  const walk = (dir: string, rel: string): boolean => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const at = `${rel}${name}`;
      if (at === '.git') return false;
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) hash.update(`l\0${at}\0${readlinkSync(path)}\0`);
      else if (stat.isDirectory()) {
        hash.update(`d\0${at}\0`);
        if (!walk(path, `${at}/`)) return false;
      } else if (stat.isFile()) hash.update(`f\0${at}\0${stat.mode & 0o111 ? 'x' : '-'}${stat.size}\0`).update(readFileSync(path));
      else return false;
    }
    return true;
  };
  return walk(root, '') ? hash.digest('hex') : undefined;
}

/**
 * Makes `root` a git checkout whose one commit holds every file in it (but what a .gitignore leaves out); returns the
 * commit. One shell runs the four git commands: a fork of a test worker (hundreds of MB of heap) costs it ~20 ms of
 * CPU, a fork of the small shell a quarter of that, and ~150 tests build a checkout. A tree this worker has committed
 * twice already gets a copy of that checkout's `.git` instead (~10 ms of CPU against ~60): the same commit of the same
 * files, as two commits of one tree within a second were already. The copied index's stat data is the first
 * checkout's: git compares the files by content until a status refreshes it, as in a checkout restored from a cache;
 * a test whose subject is the index's stat data writes it itself (git add, git status) and asserts that git status
 * reads clean before its run.
 */
export function commitAll(root: string): string {
  const key = treeKey(root);
  const template = key === undefined ? undefined : templates.get(key);
  // The template lives in a temp dir of the file that made it: the next file of the worker makes its own.
  if (template !== undefined && existsSync(template.git)) {
    cpSync(template.git, join(root, '.git'), { recursive: true, verbatimSymlinks: true });
    return template.head;
  }
  // No auto maintenance: a commit otherwise starts `git maintenance run --auto`, one more process that does nothing here.
  const script = 'git init -q && git add -A && git -c user.email=t@example.com -c user.name=t -c maintenance.auto=false commit -qm init && git rev-parse HEAD';
  const head = execFileSync('/bin/sh', ['-c', script], { cwd: root, encoding: 'utf8' }).trim();
  if (key !== undefined && !seen.has(key)) seen.add(key);
  else if (key !== undefined) {
    const git = join(tempDir('ge-git-'), '.git');
    cpSync(join(root, '.git'), git, { recursive: true, verbatimSymlinks: true });
    templates.set(key, { git, head });
  }
  return head;
}
