/**
 * The files a local plugin runs: its entry and every module it loads by a relative or absolute path, followed with the
 * import scanner. `check` asks git about each of them, not only the entry: a tracked entry that imports an untracked
 * (or ignored) helper decides its gates with code that is not part of the promoted commit.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { packageInfo } from '../package-info.js';
import { isTsSource, scanOptionsFor, scanTs, tsCandidates } from '../scan/ts-imports.js';

export interface PluginSources {
  /** Absolute paths of the entries and every local module they load, each once. */
  files: string[];
  /** Why the modules a file loads cannot all be known (a computed specifier, a file the scanner could not read whole). */
  problems: string[];
}

/** Past this many modules the walk stops and says so: a plugin is a few files, not a project. */
const MAX_MODULES = 2_000;

const isFile = (abs: string) => stat(abs).then((s) => s.isFile(), () => false);

const BUILTINS = new Set(builtinModules);

/**
 * The file a specifier names from `from`, if it names a local one that exists; undefined for a package or built-in.
 * A name Node maps to a file itself — a package.json `imports` entry (`#lib/x.js`), a workspace package linked from
 * node_modules into the tree — is local when Node's resolver leads outside every node_modules directory.
 */
async function localTarget(from: string, specifier: string): Promise<string | undefined | 'unknown'> {
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return undefined;
  if (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('file:')) {
    let resolved: string;
    try {
      resolved = await realpath(createRequire(from).resolve(specifier));
    } catch {
      // Node resolves `#` names from the plugin's own package.json alone: one that does not resolve is not known.
      return specifier.startsWith('#') ? 'unknown' : undefined;
    }
    // The engine's own SDK (a self-reference inside gate-engine's repository) is not the plugin's code.
    const engine = packageInfo().dir;
    const ownCode = [`${engine}/dist/`, `${engine}/src/`].some((d) => resolved.startsWith(d));
    return resolved.split('/').includes('node_modules') || ownCode ? undefined : resolved;
  }
  let spec = specifier;
  if (spec.startsWith('file:')) {
    try {
      spec = fileURLToPath(spec);
    } catch {
      return undefined;
    }
  }
  // An absolute path is a file as a relative one is: seen from the root, `./` of it.
  const candidates = spec.startsWith('/') ? tsCandidates('/x', `.${posix.normalize(spec)}`) : tsCandidates(from, spec);
  for (const c of candidates) if (await isFile(c)) return c;
  return undefined;
}

export async function pluginSources(entries: readonly string[]): Promise<PluginSources> {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(file);
    if (files.length > MAX_MODULES) {
      problems.push(`the plugins load more than ${MAX_MODULES} local modules; check stopped following them`);
      break;
    }
    // A file named by `new URL('./rules.json', import.meta.url)` is plugin input to track, not a module to scan.
    if (!isTsSource(file)) continue;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const scan = scanTs(text, scanOptionsFor(file));
    if (scan.errors.length > 0) problems.push(`${file} could not be read whole (${scan.errors[0]?.message ?? 'a literal or bracket left open'}), so the modules it loads are not known`);
    for (const u of scan.unresolvable) problems.push(`${file}:${u.line}:${u.column} loads a module whose name is computed (${u.expression}), so check cannot tell which files decide its gates`);
    for (const imp of scan.imports) {
      if (imp.kind === 'import_type' || imp.kind === 'env_file') continue;
      const target = await localTarget(file, imp.specifier);
      if (target === 'unknown') problems.push(`${file}:${imp.line}:${imp.column} loads '${imp.specifier}', which does not resolve, so check cannot tell which file it is`);
      else if (target !== undefined && !seen.has(target)) queue.push(target);
    }
  }
  return { files, problems };
}
