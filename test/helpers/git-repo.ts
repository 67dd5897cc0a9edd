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
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return { root, git, head: git('rev-parse', 'HEAD').trim() };
}
