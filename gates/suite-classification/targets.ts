/**
 * The test targets a suite_classification gate classifies: files matching tests_glob, or the targets Cargo declares (auto-discovered tests/*.rs, tests/<dir>/main.rs, [[test]] tables).
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { type GateContext, isArtifactError, plural, resolveInside } from '../../src/sdk/index.js';
import { stemOf } from './manifest.js';

interface Targets {
  /** Target name (the stem the manifest lists) → its file, relative to the root. */
  files: Map<string, string>;
  describe: string;
}

/**
 * Test runners find test files in dot directories and dot files too (vitest's default include reaches
 * `tests/.hidden/x.test.ts`): a test hidden there still runs, so it must still be classified. They run each name, so
 * a link to another test file is a test of its own, and a dangling link is probed and reported as cargo's targets are.
 */
export async function globTargets(ctx: GateContext, pattern: string): Promise<Targets> {
  const files = await ctx.list(pattern, { dot: true, names: true });
  await Promise.all(files.map(async (f) => {
    const entry = await fs.lstat(join(ctx.root, f)).catch(() => undefined);
    if (entry === undefined || !entry.isFile()) await probeTarget(ctx, f);
  }));
  return { files: new Map(files.map((f) => [stemOf(f, pattern), f])), describe: pattern };
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

/**
 * A test file cargo would build must be a regular file inside the root. A link out of the root is
 * `outside_root` and a dangling one `unreadable` — reported, and the target still counts (it must be
 * classified like any other): a target is never silently dropped from the list.
 */
async function probeTarget(ctx: GateContext, rel: string): Promise<void> {
  const abs = await targetPath(ctx, rel);
  if (abs === undefined) return;
  const stat = await fs.stat(abs).catch((e: unknown) => errorCode(e) ?? 'error');
  if (typeof stat !== 'string' && stat.isFile()) return;
  const link = await fs.lstat(abs).then((l) => l.isSymbolicLink(), () => false);
  const why = typeof stat === 'string' ? (link ? `is a dangling symlink (${stat})` : `cannot be read (${stat})`) : `is not a regular file (it is a ${stat.isDirectory() ? 'directory' : 'special file'})`;
  ctx.fail('test_targets_readable', 'unreadable', `test target ${rel} ${why}; it cannot be built or run, and it is still a target to classify`, {
    path: rel,
    expected: 'a readable test file inside the root',
    actual: why,
    fix: `restore ${rel} (or remove the link and its entry in the suite manifest)`,
  });
}

/** Entries of a directory under the root, or undefined when it does not exist; a directory linked out of the root is outside_root. */
async function entriesOf(ctx: GateContext, rel: string): Promise<import('node:fs').Dirent[] | undefined> {
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
 * The test targets cargo builds (the Rust default): `tests/*.rs` and `tests/<dir>/main.rs` (named
 * after the file or directory) unless `[package] autotests = false`, plus every `[[test]]` of
 * Cargo.toml by its name (its `path`, or cargo's default for that name). Links are kept and probed.
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
  const pkg = cargo?.package;
  const autotests = !(pkg !== null && typeof pkg === 'object' && (pkg as Record<string, unknown>).autotests === false);
  const probes: Promise<void>[] = [];
  if (autotests) {
    for (const entry of (await entriesOf(ctx, 'tests')) ?? []) {
      const rel = `tests/${entry.name}`;
      if (entry.name.endsWith('.rs') && (entry.isFile() || entry.isSymbolicLink())) {
        const viaLinkToDir = entry.isSymbolicLink() && (await fs.stat(join(ctx.root, rel)).then((st) => st.isDirectory(), () => false));
        if (!viaLinkToDir) {
          files.set(entry.name.slice(0, -3), rel);
          if (entry.isSymbolicLink()) probes.push(probeTarget(ctx, rel));
          continue;
        }
      }
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await fs.stat(join(ctx.root, rel)).then((st) => st.isDirectory(), () => false)));
      if (!isDir) continue;
      const main = `${rel}/main.rs`;
      const present = await fs.lstat(join(ctx.root, main)).then(() => true, () => false);
      if (!present && !entry.isSymbolicLink()) continue;
      if (!present) {
        // A linked directory that leads out of the root: whether it holds main.rs is not ours to look at.
        probes.push(probeTarget(ctx, main));
        continue;
      }
      files.set(entry.name, main);
      probes.push(probeTarget(ctx, main));
    }
  }
  const declared = Array.isArray(cargo?.test) ? (cargo.test as unknown[]) : [];
  for (const [i, t] of declared.entries()) {
    const entry = t !== null && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    if (typeof entry.name !== 'string' || entry.name.trim() === '') {
      ctx.fail('cargo_manifest', 'unreadable', `${cargoManifest}: [[test]] #${i + 1} has no name, so its target cannot be classified`, { path: cargoManifest, pointer: `/test/${i}`, fix: 'give every [[test]] a name (the stem the suite manifest lists)' });
      continue;
    }
    const path = typeof entry.path === 'string' ? entry.path.replace(/\\/g, '/').replace(/^\.\//, '') : (await fs.lstat(join(ctx.root, `tests/${entry.name}/main.rs`)).then(() => `tests/${entry.name}/main.rs`, () => `tests/${entry.name}.rs`));
    // A [[test]] naming an auto-discovered file replaces that target (cargo does the same).
    for (const [stem, file] of files) if (file === path && stem !== entry.name) files.delete(stem);
    files.set(entry.name, path);
    probes.push(probeTarget(ctx, path));
  }
  await Promise.all(probes);
  const parts = [...(autotests ? ['tests/*.rs', 'tests/*/main.rs'] : []), ...(declared.length > 0 ? [`${plural(declared.length, '[[test]] target')} of ${cargoManifest}`] : [])];
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), describe: `cargo test targets (${parts.join(', ') || 'none: autotests = false and no [[test]]'})` };
}
