/**
 * The test targets a suite_classification gate classifies: files matching tests_glob, or the targets Cargo declares (auto-discovered tests/*.rs, tests/<dir>/main.rs, [[test]] tables).
 */
import { type Dirent, promises as fs } from 'node:fs';
import { join, posix } from 'node:path';
import { compareByteOrder, type GateContext, globBase, isArtifactError, plural, resolveInside } from '../../src/sdk/index.js';
import { fileOf, stemOf } from './manifest.js';

interface Targets {
  /** Target name (the stem the manifest lists) → its file, relative to the root. */
  files: Map<string, string>;
  describe: string;
  /** Where the targets are looked for, relative to the root (`.` for the root). */
  base: string;
  /** The file a stem with no target would be (what a phantom entry names). */
  fileOf: (stem: string) => string;
}

/**
 * Test runners find test files in dot directories and dot files too (vitest's default include reaches
 * `tests/.hidden/x.test.ts`): a test hidden there still runs, so it must still be classified. They run each name, so
 * a link to another test file is a test of its own, and a dangling link is probed and reported as cargo's targets are.
 */
export async function globTargets(ctx: GateContext, pattern: string): Promise<Targets> {
  const files = await ctx.list(pattern, { dot: true, names: true });
  await reportInOrder(files.map(async (f) => {
    const entry = await fs.lstat(join(ctx.root, f)).catch(() => undefined);
    return entry === undefined || !entry.isFile() ? probeTarget(ctx, f) : undefined;
  }));
  return { files: new Map(files.map((f) => [stemOf(f, pattern), f])), describe: pattern, base: globBase(pattern) || '.', fileOf: (stem) => fileOf(stem, pattern) };
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/** `rel` resolved inside the root, or undefined after failing test_targets_readable with the reader's code. */
async function targetPath(ctx: GateContext, rel: string): Promise<string | undefined> {
  try {
    return (await resolveInside(ctx.root, rel)).abs;
  } catch (e) {
    if (!isArtifactError(e)) throw e;
    ctx.failFromError('test_targets_readable', e);
    return undefined;
  }
}

/** A probe's failure, reported later: probes run together, and their findings follow the targets' order, not the disk's timing. */
type Report = () => void;

async function reportInOrder(probes: Promise<Report | undefined>[]): Promise<void> {
  for (const report of await Promise.all(probes)) report?.();
}

/**
 * A test file cargo would build must be a regular file inside the root. A link out of the root is
 * `outside_root` and a dangling one `unreadable` — reported, and the target still counts (it must be
 * classified like any other): a target is never silently dropped from the list.
 */
async function probeTarget(ctx: GateContext, rel: string): Promise<Report | undefined> {
  let abs: string;
  try {
    abs = (await resolveInside(ctx.root, rel)).abs;
  } catch (e) {
    if (!isArtifactError(e)) throw e;
    return () => ctx.failFromError('test_targets_readable', e);
  }
  const stat = await fs.stat(abs).catch((e: unknown) => errorCode(e) ?? 'error');
  if (typeof stat !== 'string' && stat.isFile()) return undefined;
  const link = await fs.lstat(abs).then((l) => l.isSymbolicLink(), () => false);
  const why = typeof stat === 'string' ? (link ? `is a dangling symlink (${stat})` : `cannot be read (${stat})`) : `is not a regular file (it is a ${stat.isDirectory() ? 'directory' : 'special file'})`;
  return () => ctx.fail('test_targets_readable', 'unreadable', `test target ${rel} ${why}; it cannot be built or run, and it is still a target to classify`, {
    path: rel,
    expected: 'a readable test file inside the root',
    actual: why,
    fix: `restore ${rel} (or remove the link and its entry in the suite manifest)`,
  });
}

/** Entries of a directory under the root, or undefined when it does not exist; a directory linked out of the root is outside_root. */
async function entriesOf(ctx: GateContext, rel: string): Promise<Dirent[] | undefined> {
  const abs = await targetPath(ctx, rel);
  if (abs === undefined) return undefined;
  try {
    return await fs.readdir(abs, { withFileTypes: true });
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    ctx.fail('test_targets_readable', 'unreadable', `cannot list ${rel}: ${code ?? String(e)}`, { path: rel, fix: `make ${rel} readable by the user running the gate` });
    return undefined;
  }
}

/**
 * The target cargo infers from one entry of tests/ (cargo's `infer_from_directory`): none for a name starting with a
 * dot (`is_not_dotfile`); `<dir>` → `<dir>/main.rs` for a directory holding one (`main.rs` followed through links, as
 * `Path::exists` does); `<name>.rs` → itself for anything else with that extension. The entry's own type decides, read
 * without following a link (`DirEntry::file_type`), as cargo reads it: a link to a directory is no directory, so a
 * link named without `.rs` (a linked data directory) is no target, and a link named `*.rs` is one whatever it leads
 * to — probed, so a link out of the root, a dangling one or one to a directory fails as cargo's build would.
 */
async function inferredTarget(ctx: GateContext, testsDir: string, entry: Dirent): Promise<{ name: string; file: string; probe: boolean } | undefined> {
  if (entry.name.startsWith('.')) return undefined;
  const rel = `${testsDir}/${entry.name}`;
  if (entry.isDirectory()) {
    const main = `${rel}/main.rs`;
    const found = await fs.stat(join(ctx.root, main)).then(() => 'yes', (e: unknown) => (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR' ? 'no' : 'unknown'));
    if (found === 'no') return undefined;
    // A main.rs that cannot be looked at (permissions, a link loop) is kept and probed: fail closed, never dropped.
    return { name: entry.name, file: main, probe: true };
  }
  if (!entry.name.endsWith('.rs')) return undefined;
  return { name: entry.name.slice(0, -3), file: rel, probe: !entry.isFile() };
}

/**
 * The targets a manifest declares that `cargo test` runs: every `[[test]]`, and an `[[example]]` or `[[bench]]` marked
 * `test = true` (cargo builds and runs its #[test] functions as it does an integration test's).
 */
const DECLARED_KINDS: readonly { key: string; dir: string; runsTests: (entry: Record<string, unknown>) => boolean }[] = [
  { key: 'test', dir: 'tests', runsTests: () => true },
  { key: 'example', dir: 'examples', runsTests: (entry) => entry.test === true },
  { key: 'bench', dir: 'benches', runsTests: (entry) => entry.test === true },
];

/**
 * The package table cargo reads: `[package]`, or else `[project]`, its old name, still read as `[package]` before the
 * 2024 edition (cargo's `TomlManifest::package()`: `package.or(project)`, with a deprecation warning).
 */
function packageOf(cargo: Record<string, unknown> | undefined): { key: 'package' | 'project'; table: unknown } | undefined {
  if (cargo?.package !== undefined) return { key: 'package', table: cargo.package };
  if (cargo?.project !== undefined) return { key: 'project', table: cargo.project };
  return undefined;
}

const fieldsOf = (cargo: Record<string, unknown> | undefined): Record<string, unknown> => {
  const table = packageOf(cargo)?.table;
  return table !== null && typeof table === 'object' ? (table as Record<string, unknown>) : {};
};

/** A `[workspace]` without `[package]` (or `[project]`): cargo builds only its members, so it has no test target of its own. */
const isVirtualWorkspace = (cargo: Record<string, unknown> | undefined): boolean => cargo !== undefined && cargo.workspace !== undefined && packageOf(cargo) === undefined;

/**
 * The edition of a manifest that has a `[project]` table, when it is 2024 or later: cargo refuses such a manifest
 * ("`[project]` is not supported as of the 2024 Edition"), even beside a `[package]`. An inherited edition is not
 * known here and is not refused.
 */
function projectTableRefused(cargo: Record<string, unknown> | undefined): string | undefined {
  if (cargo?.project === undefined) return undefined;
  const edition = fieldsOf(cargo).edition;
  return typeof edition === 'string' && Number(edition) >= 2024 ? edition : undefined;
}

/**
 * Whether cargo infers tests/*.rs and tests/<dir>/main.rs: `[package] autotests` when set; otherwise yes, except in
 * the 2015 edition (no `edition` key), where declaring any [[test]] turns inference off (the Rust 2018 edition guide:
 * "a target definition no longer disables automatic discovery of other targets" from 2018 on). An edition inherited
 * from the workspace (`edition.workspace = true`) is not read here, so inference stays on: more targets, never fewer.
 */
function autotestsOf(cargo: Record<string, unknown> | undefined): boolean {
  const fields = fieldsOf(cargo);
  if (typeof fields.autotests === 'boolean') return fields.autotests;
  const edition2015 = fields.edition === undefined || fields.edition === '2015';
  const declared = Array.isArray(cargo?.test) && (cargo.test as unknown[]).length > 0;
  return !(packageOf(cargo) !== undefined && edition2015 && declared);
}

/** The package's `edition` shown, when it is present and no edition (a blank, a placeholder, another type): cargo refuses it. */
function editionProblem(cargo: Record<string, unknown> | undefined): string | undefined {
  const pkg = packageOf(cargo)?.table;
  if (pkg === null || typeof pkg !== 'object' || !Object.prototype.hasOwnProperty.call(pkg, 'edition')) return undefined;
  const edition = (pkg as Record<string, unknown>).edition;
  if (typeof edition === 'string' && /^20[1-9]\d$/u.test(edition) && Number(edition) >= 2015) return undefined;
  const inherited = edition !== null && typeof edition === 'object' && !Array.isArray(edition) && Object.keys(edition).length === 1 && (edition as Record<string, unknown>).workspace === true;
  return inherited ? undefined : JSON.stringify(edition) ?? String(edition);
}

/** Two declared targets of one kind with one name (cargo refuses the manifest), the first such pair. */
function repeatedTargetName(cargo: Record<string, unknown> | undefined): { key: string; name: string; first: number; second: number; paths: unknown[] } | undefined {
  for (const kind of DECLARED_KINDS) {
    const tables = Array.isArray(cargo?.[kind.key]) ? (cargo[kind.key] as unknown[]) : [];
    const seen = new Map<string, number>();
    for (const [i, t] of tables.entries()) {
      const name = t !== null && typeof t === 'object' ? (t as Record<string, unknown>).name : undefined;
      if (typeof name !== 'string') continue;
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, i);
        continue;
      }
      const pathOf = (k: number) => (tables[k] as Record<string, unknown>).path ?? '(default path)';
      return { key: kind.key, name, first, second: i, paths: [pathOf(first), pathOf(i)] };
    }
  }
  return undefined;
}

/**
 * `rel` under the package's directory as Rust's `Path` compares it: `.` segments and repeated `/` dropped, `..` kept.
 * Cargo never resolves `..`, so `[[test]] path = "tests/../tests/a.rs"` is a second target beside the auto-discovered
 * `tests/a.rs`, while `./tests/a.rs` replaces it.
 */
function underPackage(dir: string, rel: string): string {
  const absolute = rel.startsWith('/');
  const parts = [...(absolute || dir === '.' ? [] : dir.split('/')), ...rel.split('/')].filter((p) => p !== '' && p !== '.');
  return `${absolute ? '/' : ''}${parts.join('/')}`;
}

/**
 * The test targets cargo builds (the Rust default): `tests/*.rs` and `tests/<dir>/main.rs` (named
 * after the file or directory; no dot entry, no linked directory: inferredTarget) unless `[package]` (or `[project]`)
 * `autotests = false`, plus every `[[test]]` of Cargo.toml by its name (its `path`, or cargo's default for that name).
 * Links cargo builds are kept and probed.
 * Cargo reads all of these from the manifest's own directory: `crates/core/Cargo.toml` builds `crates/core/tests/*.rs`.
 */
export async function cargoTargets(ctx: GateContext, cargoManifest: string): Promise<Targets | undefined> {
  const files = new Map<string, string>();
  let cargo: Record<string, unknown> | undefined;
  try {
    cargo = (await ctx.read.toml(cargoManifest)).value as Record<string, unknown>;
  } catch (e) {
    if (!isArtifactError(e)) throw e;
    if (e.code !== 'missing') {
      ctx.failFromError('cargo_manifest', e);
      return undefined;
    }
  }
  if (isVirtualWorkspace(cargo)) {
    ctx.fail('cargo_manifest', 'vacuous', `${cargoManifest} is a virtual workspace manifest: it builds no test target of its own (not even tests/*.rs beside it), and cargo test runs its members' tests, which this gate would never see`, {
      path: cargoManifest,
      pointer: '/workspace',
      expected: 'a manifest with a [package] (its test targets are classified)',
      actual: 'a [workspace] without [package]',
      fix: 'give each member its own gate (cargo_manifest: <member>/Cargo.toml) with its own manifest, or classify a tests_glob',
    });
    return undefined;
  }
  const packageDir = posix.dirname(posix.normalize(cargoManifest.replace(/\\/g, '/')));
  const inPackage = (rel: string) => underPackage(packageDir, rel);
  const testsDir = inPackage('tests');
  const edition = editionProblem(cargo);
  if (edition !== undefined) {
    const key = packageOf(cargo)?.key ?? 'package';
    ctx.fail('cargo_manifest', 'malformed', `${cargoManifest}: [${key}] edition ${edition} is no edition cargo reads (2015, 2018, 2021, 2024, or edition.workspace = true); it decides whether declaring a [[test]] turns test discovery off, so the test targets cannot be known`, {
      path: cargoManifest,
      pointer: `/${key}/edition`,
      expected: 'an edition year such as "2021", or edition.workspace = true',
      actual: edition,
      fix: 'write the package\'s edition (e.g. edition = "2021"), or leave the key out for 2015',
    });
    return undefined;
  }
  const refused = projectTableRefused(cargo);
  if (refused !== undefined) {
    ctx.fail('cargo_manifest', 'malformed', `${cargoManifest}: cargo refuses a [project] table in edition ${refused} ("\`[project]\` is not supported as of the 2024 Edition, please use \`[package]\`"): cargo test builds nothing from this manifest, so its test targets cannot be known`, {
      path: cargoManifest,
      pointer: '/project',
      expected: 'a [package] table (or [project] with an edition before 2024)',
      actual: `[project] with edition ${refused}`,
      fix: 'rename [project] to [package] (or remove it when a [package] is there)',
    });
    return undefined;
  }
  const autotests = autotestsOf(cargo);
  const clash = repeatedTargetName(cargo);
  if (clash !== undefined) {
    ctx.fail('cargo_manifest', 'malformed', `${cargoManifest}: [[${clash.key}]] #${clash.first + 1} and #${clash.second + 1} are both named "${clash.name}"; cargo refuses a manifest whose ${clash.key} targets share a name, and keeping one of them would drop the other's test target unseen`, {
      path: cargoManifest,
      pointer: `/${clash.key}/${clash.second}/name`,
      expected: `one [[${clash.key}]] named "${clash.name}"`,
      actual: clash.paths,
      fix: `give each [[${clash.key}]] its own name (the stem the suite manifest lists)`,
    });
    return undefined;
  }
  const probes: Promise<Report | undefined>[] = [];
  if (autotests) {
    // In byte order, not the file system's: the findings come out in one order on every machine.
    const entries = ((await entriesOf(ctx, testsDir)) ?? []).sort((a, b) => compareByteOrder(a.name, b.name));
    for (const entry of entries) {
      const target = await inferredTarget(ctx, testsDir, entry);
      if (target === undefined) continue;
      files.set(target.name, target.file);
      if (target.probe) probes.push(probeTarget(ctx, target.file));
    }
  }
  let declared = 0;
  for (const kind of DECLARED_KINDS) {
    const tables = Array.isArray(cargo?.[kind.key]) ? (cargo[kind.key] as unknown[]) : [];
    for (const [i, t] of tables.entries()) {
      const entry = t !== null && typeof t === 'object' ? (t as Record<string, unknown>) : {};
      if (!kind.runsTests(entry)) continue;
      declared++;
      if (typeof entry.name !== 'string' || entry.name.trim() === '') {
        ctx.fail('cargo_manifest', 'unreadable', `${cargoManifest}: [[${kind.key}]] #${i + 1} has no name, so its test target cannot be classified`, { path: cargoManifest, pointer: `/${kind.key}/${i}`, fix: `give every [[${kind.key}]] a name (the stem the suite manifest lists)` });
        continue;
      }
      const dir = inPackage(kind.dir);
      const path = typeof entry.path === 'string' ? inPackage(entry.path.replace(/\\/g, '/')) : (await fs.lstat(join(ctx.root, `${dir}/${entry.name}/main.rs`)).then(() => `${dir}/${entry.name}/main.rs`, () => `${dir}/${entry.name}.rs`));
      // A [[test]] naming an auto-discovered file replaces that target (cargo does the same).
      for (const [stem, file] of files) if (file === path && stem !== entry.name) files.delete(stem);
      files.set(entry.name, path);
      probes.push(probeTarget(ctx, path));
    }
  }
  await reportInOrder(probes);
  const auto = packageDir === '.' ? ['tests/*.rs', 'tests/*/main.rs'] : [`${testsDir}/*.rs`, `${testsDir}/*/main.rs`];
  const parts = [...(autotests ? auto : []), ...(declared > 0 ? [`${plural(declared, 'declared test target')} of ${cargoManifest}`] : [])];
  return {
    files: new Map([...files].sort(([a], [b]) => compareByteOrder(a, b))),
    describe: `cargo test targets (${parts.join(', ') || 'none: autotests = false and no [[test]]'})`,
    base: testsDir,
    fileOf: (stem) => `${testsDir}/${stem}.rs`,
  };
}
