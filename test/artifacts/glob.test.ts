import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { globBase, globLiteralSuffix, globToRegExp, listGlob, listGlobNames, listGlobWithRejected } from '../../src/artifacts/glob.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';
import { cpuMsSince, cpuStart } from '../helpers/cpu-time.js';

const scratch: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'ge-')));
  scratch.push(dir);
  return dir;
}

async function tree(files: readonly string[]): Promise<string> {
  const root = await tempDir();
  for (const rel of files) {
    await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await fs.writeFile(path.join(root, rel), rel);
  }
  return root;
}

afterEach(async () => {
  await Promise.all(scratch.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});
afterAll(async () => {
  await Promise.all(scratch.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('listGlob', () => {
  it('`tests/*.rs` takes only .rs files directly in tests/', async () => {
    const root = await tree(['tests/a.rs', 'tests/b.rs', 'tests/c.txt', 'tests/sub/d.rs', 'e.rs', 'testsx/f.rs']);
    expect(await listGlob(root, 'tests/*.rs')).toEqual(['tests/a.rs', 'tests/b.rs']);
  });

  it('`**` matches zero or more directories', async () => {
    const root = await tree(['src/a.ts', 'src/x/y/b.ts', 'src/x/c.js', 'other/d.ts']);
    expect(await listGlob(root, 'src/**/*.ts')).toEqual(['src/a.ts', 'src/x/y/b.ts']);
    expect(await listGlob(root, '**/*.ts')).toEqual(['other/d.ts', 'src/a.ts', 'src/x/y/b.ts']);
    expect(await listGlob(root, 'src/**')).toEqual(['src/a.ts', 'src/x/c.js', 'src/x/y/b.ts']);
    expect(await listGlob(root, '**/y/*.ts')).toEqual(['src/x/y/b.ts']);
  });

  it('`{a,b}` alternation, including alternatives that span directories', async () => {
    const root = await tree(['src/a.ts', 'test/b.ts', 'docs/c.ts', 'x.json', 'x.yaml', 'x.toml', 'deep/er/z.ts']);
    expect(await listGlob(root, '{src,test}/*.ts')).toEqual(['src/a.ts', 'test/b.ts']);
    expect(await listGlob(root, 'x.{json,yaml}')).toEqual(['x.json', 'x.yaml']);
    expect(await listGlob(root, '{src,deep/er}/*.ts')).toEqual(['deep/er/z.ts', 'src/a.ts']);
  });

  it('`?` matches exactly one character', async () => {
    const root = await tree(['a1.rs', 'a12.rs', 'a.rs', 'b2.rs']);
    expect(await listGlob(root, 'a?.rs')).toEqual(['a1.rs']);
    expect(await listGlob(root, '??.rs')).toEqual(['a1.rs', 'b2.rs']);
  });

  it('character classes: sets, ranges, negation', async () => {
    const root = await tree(['a.rs', 'b.rs', 'c.rs', 'x.rs', '1.rs', '].rs']);
    expect(await listGlob(root, '[ab].rs')).toEqual(['a.rs', 'b.rs']);
    expect(await listGlob(root, '[a-c].rs')).toEqual(['a.rs', 'b.rs', 'c.rs']);
    expect(await listGlob(root, '[!a-c].rs')).toEqual(['1.rs', '].rs', 'x.rs']);
    expect(await listGlob(root, '[^a-c1]*')).toEqual(['].rs', 'x.rs']);
    expect(await listGlob(root, '[]].rs')).toEqual(['].rs']);
    expect(await listGlob(root, '[z-a].rs')).toEqual([]);
  });

  it('escapes and unclosed brackets are literal', async () => {
    const root = await tree(['[id].ts', 'i.ts', '*.ts', 'a[b.ts']);
    expect(await listGlob(root, '\\[id\\].ts')).toEqual(['[id].ts']);
    expect(await listGlob(root, '[id].ts')).toEqual(['i.ts']);
    expect(await listGlob(root, '\\*.ts')).toEqual(['*.ts']);
    expect(await listGlob(root, 'a[b.ts')).toEqual(['a[b.ts']);
  });

  it('dotfiles and dot directories need a pattern segment that starts with "."', async () => {
    const root = await tree(['a.ts', '.hidden.ts', '.cfg/x.ts', 'src/.y.ts', 'src/z.ts', '.github/workflows/ci.yml']);
    expect(await listGlob(root, '*.ts')).toEqual(['a.ts']);
    expect(await listGlob(root, '**/*.ts')).toEqual(['a.ts', 'src/z.ts']);
    expect(await listGlob(root, '.*.ts')).toEqual(['.hidden.ts']);
    expect(await listGlob(root, '.*/*.ts')).toEqual(['.cfg/x.ts']);
    expect(await listGlob(root, 'src/.*')).toEqual(['src/.y.ts']);
    expect(await listGlob(root, '.github/**/*.yml')).toEqual(['.github/workflows/ci.yml']);
    expect(await listGlob(root, '?hidden.ts')).toEqual([]);
  });

  it('`**` never descends into node_modules or .git, but a literal segment may name them', async () => {
    const root = await tree(['a.js', 'node_modules/p/b.js', 'src/node_modules/c.js', '.git/d.js', 'src/e.js']);
    expect(await listGlob(root, '**/*.js')).toEqual(['a.js', 'src/e.js']);
    expect(await listGlob(root, 'node_modules/**/*.js')).toEqual(['node_modules/p/b.js']);
    expect(await listGlob(root, '**/node_modules/*.js')).toEqual(['src/node_modules/c.js']);
  });

  it('follows symlinked directories inside the root, collapses what they repeat and never loops', async () => {
    const root = await tree(['real/a.ts']);
    await fs.symlink(path.join(root, 'real'), path.join(root, 'linked'));
    await fs.symlink(root, path.join(root, 'real', 'loop'));
    // linked/a.ts and real/loop/real/a.ts are real/a.ts: one real file, listed by its physical name.
    expect(await listGlob(root, '**/*.ts')).toEqual(['real/a.ts']);
    expect(await listGlob(root, '*/*.ts')).toEqual(['real/a.ts']);
    expect(await listGlob(root, 'linked/*.ts')).toEqual(['linked/a.ts']);
  });

  it('names a real file by its physical path even when a file link to it is found first (issue 15, a sampled mutant)', async () => {
    const root = await tree(['sub/b.ts']);
    await fs.symlink(path.join(root, 'sub', 'b.ts'), path.join(root, 'a.ts'));
    expect(await listGlob(root, '**/*.ts')).toEqual(['sub/b.ts']);
  });

  it('names a real file reached only through links by the least link name, whatever order the directory lists them in', async () => {
    const root = await tree(['x.ts', 'links/keep']);
    const names = Array.from({ length: 20 }, (_, i) => `l${String(i).padStart(2, '0')}.ts`);
    for (const name of names) await fs.symlink(path.join(root, 'x.ts'), path.join(root, 'links', name));
    expect(await listGlob(root, 'links/*.ts')).toEqual(['links/l00.ts']);
  });

  it('lists nothing, without an error, under a directory that does not exist or is a file (issue 15, a sampled mutant)', async () => {
    const root = await tree(['file.txt']);
    expect(await listGlob(root, 'nope/*.ts')).toEqual([]);
    expect(await listGlob(root, 'nope/**/*.ts')).toEqual([]);
    expect(await listGlob(root, 'file.txt/*.ts')).toEqual([]);
  });

  it('refuses a pattern holding a NUL byte as outside_root, never a TypeError from fs (fuzz: a NUL in a workspaces entry crashed kernel_boundary)', async () => {
    const root = await tree(['packages/a/package.json']);
    for (const pattern of ['\0packages/*/package.json', 'packages/\0*/package.json', 'packages/*/package.json\0']) {
      await expect(listGlob(root, pattern)).rejects.toMatchObject({ code: 'outside_root', detail: { path: pattern } });
    }
  });

  it('refuses a symlinked directory that leads outside the root, naming the link', async () => {
    const outside = await tree(['secret/x.ts']);
    const root = await tree(['a.ts']);
    await fs.symlink(path.join(outside, 'secret'), path.join(root, 'vendor'));
    await expect(listGlob(root, '**/*.ts')).rejects.toMatchObject({ code: 'outside_root', detail: { path: 'vendor' } });
    await expect(listGlob(root, 'vendor/*.ts')).rejects.toMatchObject({ code: 'outside_root', detail: { path: 'vendor' } });
    // A pattern that never reaches the link is not affected by it.
    expect(await listGlob(root, '*.ts')).toEqual(['a.ts']);
  });

  it('symlinked files inside the root are one file with their target; outside the root they refuse the listing', async () => {
    const outside = await tree(['secret.ts']);
    const root = await tree(['a.ts', 'dir/b.ts']);
    await fs.symlink('a.ts', path.join(root, 'alias.ts'));
    await fs.symlink('missing.ts', path.join(root, 'dangling.ts'));
    await fs.symlink('dir', path.join(root, 'dirlink.ts'));
    expect(await listGlob(root, '*.ts')).toEqual(['a.ts']);
    await fs.symlink(path.join(outside, 'secret.ts'), path.join(root, 'leak.ts'));
    await expect(listGlob(root, '*.ts')).rejects.toMatchObject({ code: 'outside_root', detail: { path: 'leak.ts' } });
  });

  it('listGlobNames lists every name a runner would run: a file link beside its target, dangling links and special names too (red team hz)', async () => {
    const root = await tree(['a.ts', 'dir/b.ts']);
    await fs.symlink('a.ts', path.join(root, 'alias.ts'));
    await fs.symlink('missing.ts', path.join(root, 'dangling.ts'));
    await fs.symlink('dir', path.join(root, 'dirlink'));
    expect(await listGlobNames(root, '*.ts')).toEqual(['a.ts', 'alias.ts', 'dangling.ts']);
    expect(await listGlobNames(root, '*/*.ts')).toEqual(['dir/b.ts', 'dirlink/b.ts']);
    expect(await listGlob(root, '*.ts')).toEqual(['a.ts']);
  });

  it('never lists the engine output: the excluded output directory and any directory holding a gate-engine verdict', async () => {
    const root = await tree(['reports/a.json', 'out/full_suite_events.jsonl', 'old-run/commands/build/stdout.log', 'old-run/x.json', 'ref/full_suite_verdict.json']);
    await fs.writeFile(path.join(root, 'old-run', 'full_suite_verdict.json'), '{\n  "schema": "gate-engine.full_suite_verdict.v1"\n}\n');
    // Another tool's file of the same name is not gate-engine output.
    await fs.writeFile(path.join(root, 'ref', 'full_suite_verdict.json'), '{"schema": "pi.ci.full_suite_gate.v1"}\n');
    expect(await listGlob(root, '**/*', { exclude: [path.join(root, 'out')] })).toEqual(['ref/full_suite_verdict.json', 'reports/a.json']);
    await fs.symlink('old-run/x.json', path.join(root, 'reports', 'b.json'));
    expect(await listGlob(root, 'reports/*.json')).toEqual(['reports/a.json']);
  });

  it('returns only regular files, never directories', async () => {
    const root = await tree(['d.ts/inner.txt', 'f.ts']);
    expect(await listGlob(root, '*.ts')).toEqual(['f.ts']);
    expect(await listGlob(root, 'd.ts')).toEqual([]);
    expect(await listGlob(root, 'f.ts')).toEqual(['f.ts']);
    expect(await listGlob(root, 'd.ts/')).toEqual([]);
  });

  it('sorts by code unit, independent of creation order and locale', async () => {
    const names = ['b.md', 'B.md', 'a.md', 'é.md', 'z.md', '_.md', 'A.md', '10.md', '9.md'];
    const forward = await tree(names);
    const backward = await tree([...names].reverse());
    const expected = [...names].sort(byCodeUnit);
    expect(expected).toEqual(['10.md', '9.md', 'A.md', 'B.md', '_.md', 'a.md', 'b.md', 'z.md', 'é.md']);
    expect(await listGlob(forward, '*.md')).toEqual(expected);
    expect(await listGlob(backward, '*.md')).toEqual(expected);
  });

  it('sorts whole paths, so "a/b" and "a-b" interleave by code unit', async () => {
    const root = await tree(['a/b.x', 'a-b.x', 'a.x']);
    expect(await listGlob(root, '**/*.x')).toEqual(['a-b.x', 'a.x', 'a/b.x']);
  });

  it('a missing base directory or root yields []', async () => {
    const root = await tree(['src/a.ts']);
    expect(await listGlob(root, 'tests/*.rs')).toEqual([]);
    expect(await listGlob(root, 'src/a.ts/*.ts')).toEqual([]);
    expect(await listGlob(path.join(root, 'nope'), '**/*')).toEqual([]);
  });

  it.each(['../x/*.ts', 'a/../../x', 'src/..', '{..,src}/*.ts', '/etc/*', 'C:/x/*', '\\\\server\\share'])(
    '%j is outside_root',
    async (pattern) => {
      const root = await tree(['src/a.ts']);
      const thrown = await listGlob(root, pattern).then(
        () => null,
        (e: unknown) => e,
      );
      expect(thrown).toBeInstanceOf(ArtifactError);
      expect((thrown as ArtifactError).code).toBe('outside_root');
      expect((thrown as ArtifactError).detail.path).toBe(pattern);
    },
  );

  it('`./` and `//` in the pattern are harmless', async () => {
    const root = await tree(['src/a.ts']);
    expect(await listGlob(root, './src//*.ts')).toEqual(['src/a.ts']);
  });

  it('does not read outside the literal base', async () => {
    const root = await tree(['tests/a.rs', 'tests/sub/b.rs', 'other/c.rs']);
    const readdir = vi.spyOn(fs, 'readdir');
    try {
      expect(await listGlob(root, 'tests/*.rs')).toEqual(['tests/a.rs']);
      expect(readdir.mock.calls.map(([dir]) => path.relative(root, String(dir)))).toEqual(['tests']);
    } finally {
      readdir.mockRestore();
    }
  });

  it('fails closed on a directory it needs but cannot read', async () => {
    const root = await tree(['tests/a.rs', 'tests/sub/b.rs']);
    const denied = path.join(root, 'tests', 'sub');
    const realReaddir = fs.readdir.bind(fs);
    const readdir = vi.spyOn(fs, 'readdir').mockImplementation((async (dir: string, options: never) => {
      if (dir === denied) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return realReaddir(dir, options);
    }) as typeof fs.readdir);
    try {
      await expect(listGlob(root, 'tests/**/*.rs')).rejects.toMatchObject({ code: 'unreadable', detail: { path: 'tests/sub' } });
    } finally {
      readdir.mockRestore();
    }
  });

  it('handles 10,000 files quickly', async () => {
    const root = await tempDir();
    for (let d = 0; d < 100; d++) {
      const dir = path.join(root, `d${d}`);
      await fs.mkdir(dir);
      await Promise.all(Array.from({ length: 100 }, (_, f) => fs.writeFile(path.join(dir, `f${f}.rs`), '')));
    }
    // CPU time (of every thread of this process), not wall time: a loaded CI box's wall clock measures its other jobs.
    const started = cpuStart();
    const found = await listGlob(root, '**/*.rs');
    expect(found).toHaveLength(10_000);
    expect(cpuMsSince(started)).toBeLessThan(5_000);
  });
});

describe('listGlobWithRejected on nothing to list', () => {
  it('a root that does not exist, or a pattern with no segment: nothing listed, nothing rejected', async () => {
    const root = workspace({ 'a.md': '' });
    for (const [r, pattern] of [[path.join(root, 'absent'), '*.md'], [root, ''], [root, '.'], [root, './']] as const) {
      expect(await listGlobWithRejected(r, pattern), `${r} ${pattern}`).toEqual({ files: [], rejected: [] });
    }
  });
});

describe('listGlobWithRejected with literalDirectories', () => {
  it('a directory (or a link to one) where the last segment spells a file name is rejected; one a wildcard matches, or without the option, is passed over', async () => {
    const root = workspace({ 'package.json/inner.txt': 'x', 'README.d/notes.txt': 'y', 'Cargo.toml': '[package]\n' });
    await fs.symlink('package.json', path.join(root, 'composer.json'));
    const manifests = '{package.json,Cargo.toml,composer.json}';
    expect(await listGlobWithRejected(root, manifests, { literalDirectories: true })).toEqual({ files: ['Cargo.toml'], rejected: ['composer.json', 'package.json'] });
    expect(await listGlobWithRejected(root, manifests)).toEqual({ files: ['Cargo.toml'], rejected: [] });
    expect(await listGlobWithRejected(root, 'README.*', { literalDirectories: true })).toEqual({ files: [], rejected: [] });
  });
});

describe('globBase', () => {
  it.each([
    ['tests/unit/*.rs', 'tests/unit'],
    ['*.rs', ''],
    ['tests/*.rs', 'tests'],
    ['src/**/*.ts', 'src'],
    ['a/b/c.json', 'a/b'],
    ['c.json', ''],
    ['./src/x/*.ts', 'src/x'],
    ['{src,test}/*.ts', ''],
    ['src/{a,b}/*.ts', 'src'],
    ['src/[ab]/*.ts', 'src'],
    ['src/\\*/*.ts', 'src/*'],
    ['**/*.ts', ''],
  ])('%j -> %j', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });
});

describe('globLiteralSuffix', () => {
  it.each([
    ['tests/*.rs', '.rs'],
    ['test/**/*.test.ts', '.test.ts'],
    ['tests/*', ''],
    ['*_spec.rb', '_spec.rb'],
    ['tests/test_?.py', '.py'],
    ['tests/[ab]x.py', 'x.py'],
    ['src/*.{ts,tsx}', ''],
    ['src/*.\\*', '.*'],
    ['src/**', ''],
    ['src/a.rs', ''],
    // A trailing backslash escapes nothing: it is a literal character of the suffix.
    ['tests/*.rs\\', '.rs\\'],
  ])('%j -> %j', (pattern, suffix) => {
    expect(globLiteralSuffix(pattern)).toBe(suffix);
  });
});

describe('globToRegExp', () => {
  it.each<[string, string[], string[]]>([
    ['*.ts', ['a.ts', '.ts.ts'.slice(1)], ['.a.ts', 'x/a.ts', 'a.tsx']],
    ['src/**/*.ts', ['src/a.ts', 'src/x/y/a.ts'], ['src/.x/a.ts', 'src/node_modules/a.ts', 'srca.ts', 'a.ts']],
    ['{a,b/c}.md', ['a.md', 'b/c.md'], ['c.md', 'b.md']],
    ['[!a]?', ['bc', 'cc'], ['ab', '/c', 'b/', '.c']],
    // The `!` that negates is not a member: `[!a]` matches `!`.
    ['[!a].md', ['!.md', 'b.md'], ['a.md']],
    ['[^a].md', ['^.md', 'b.md'], ['a.md']],
    // A `-` before the closing `]` is literal, not a range.
    ['[a-].md', ['a.md', '-.md'], ['b.md', ']', '].md']],
    ['[!a-].md', ['b.md'], ['a.md', '-.md']],
    ['x/\\[y\\]', ['x/[y]'], ['x/y']],
  ])('%j', (pattern, yes, no) => {
    const re = globToRegExp(pattern);
    for (const p of yes) expect(re.test(p), p).toBe(true);
    for (const p of no) expect(re.test(p), p).toBe(false);
  });
});

describe('properties', () => {
  const nameChar = fc.constantFrom('a', 'b', 'B', 'z', '0', '9', '-', '_', '.', ' ', '~', 'é', '[', '{', '*');
  const fileName = fc
    .array(nameChar, { minLength: 1, maxLength: 8 })
    .map((chars) => chars.join(''))
    .filter((n) => n !== '.' && n !== '..');

  it("listGlob(root, '*') is exactly the sorted non-dot names created", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fileName, { maxLength: 25, selector: (n) => n.toLowerCase() }), async (names) => {
        const root = await tree(names);
        try {
          const expected = names.filter((n) => !n.startsWith('.')).sort(byCodeUnit);
          expect(await listGlob(root, '*')).toEqual(expected);
        } finally {
          await fs.rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('walking agrees with the whole-path RegExp on trees without symlinks', async () => {
    const dirName = fc.constantFrom('a', 'b', 'ab', '.h', 'node_modules', 'x.ts');
    const leaf = fc.constantFrom('a.ts', 'b.js', '.e.ts', 'c', 'ab.ts', 'x');
    const filePath = fc.tuple(fc.array(dirName, { maxLength: 3 }), leaf).map(([dirs, f]) => [...dirs, f].join('/'));
    const segment = fc.constantFrom('*', '**', '?', 'a*', '*.ts', '{a,b}', '[ab]*', '[!a]*', '.*', 'node_modules', 'a', 'x.ts', '*.{ts,js}', 'a?', 'c');
    const pattern = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    // `x.ts` is both a directory name and a file name; a tree may not hold it as both.
    const consistent = (files: string[]): string[] =>
      files.filter((f) => !files.some((g) => g !== f && g.startsWith(`${f}/`)));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(filePath, { maxLength: 30 }).map(consistent), pattern, async (files, glob) => {
        const root = await tree(files);
        try {
          const re = globToRegExp(glob);
          expect(await listGlob(root, glob)).toEqual(files.filter((f) => re.test(f)).sort(byCodeUnit));
        } finally {
          await fs.rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('listGlob dot option', () => {
  afterAll(removeTempDirs);
  it('below the literal directory it lists dot directories and dot files (never .git or node_modules); without a literal directory, none', async () => {
    const root = workspace({
      'tests/a.test.ts': 'x',
      'tests/.hidden/b.test.ts': 'x',
      'tests/.c.test.ts': 'x',
      'tests/.git/d.test.ts': 'x',
      'tests/node_modules/e.test.ts': 'x',
      '.yarn/f.test.ts': 'x',
    });
    expect(await listGlob(root, 'tests/**/*.test.ts')).toEqual(['tests/a.test.ts']);
    expect(await listGlob(root, 'tests/**/*.test.ts', { dot: true })).toEqual(['tests/.c.test.ts', 'tests/.hidden/b.test.ts', 'tests/a.test.ts']);
    expect(await listGlob(root, '**/*.test.ts', { dot: true })).toEqual(['tests/a.test.ts']);
  });
});
