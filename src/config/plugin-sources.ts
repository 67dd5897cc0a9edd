/**
 * The files a local plugin runs: its entry and every module it loads by a relative or absolute path, followed with the
 * import scanner. `check` asks git about each of them, not only the entry: a tracked entry that imports an untracked
 * (or ignored) helper decides its gates with code that is not part of the promoted commit.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { packageInfo } from '../package-info.js';
import { isTsSource, scanOptionsFor, scanTs } from '../scan/ts-imports.js';

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
async function localTarget(from: string, specifier: string): Promise<string[] | undefined | 'unknown'> {
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
    return resolved.split('/').includes('node_modules') || ownCode ? undefined : [resolved];
  }
  return pathTarget(from, specifier);
}

/**
 * The file a path specifier names, as Node finds it, not as a TypeScript project would: `import './x.js'` runs x.js
 * even beside a tracked x.ts, an ESM URL is percent-decoded (`./%65vil.mjs` is evil.mjs), and `require('./lib')`
 * runs the `main` of lib/package.json. Both resolvers are asked, as the same string may be imported and required,
 * and each file is taken by its real path (Node follows links before resolving what the file imports). A code
 * specifier naming nothing is unknown: the plugin ran, so it loaded something check cannot name.
 */
async function pathTarget(from: string, specifier: string, base = from): Promise<string[] | 'unknown'> {
  const found = new Set<string>();
  const take = async (abs: string | undefined) => {
    if (abs === undefined || !(await isFile(abs))) return;
    found.add(await realpath(abs).catch(() => abs));
  };
  const relative = specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
  let asUrl: string | undefined;
  try {
    const url = new URL(relative ? specifier.replace(/%(?![0-9a-fA-F]{2})/g, '%25') : specifier, pathToFileURL(base));
    if (url.protocol === 'file:') asUrl = fileURLToPath(url);
  } catch {
    // Not a URL Node's ESM loader would accept (an encoded `/`): the require resolver may still name a file.
  }
  await take(asUrl);
  if (relative) {
    try {
      await take(createRequire(base).resolve(specifier));
    } catch {
      // Not a file require finds (an ESM-only name, a percent-encoded one): the URL reading above is Node's.
    }
  }
  return found.size > 0 ? [...found] : 'unknown';
}

/** What a require made for this very file is made from: its specifiers are the file's own. */
const OWN_BASES = new Set(['import.meta.url', 'import.meta.filename', '__filename', 'module.filename']);

/**
 * Each `createRequire(base)` (or a renamed one) whose base is not the file itself. The scanner follows what such a
 * require loads as if from the file, but `createRequire('/elsewhere/')('./x')` runs /elsewhere/x: a name check
 * cannot place. Read from the text, so a mention in a comment counts too: a false alarm, never a missed load.
 */
export function foreignRequireBases(text: string): string[] {
  const names = new Set(['createRequire']);
  for (const m of text.matchAll(/createRequire\s*(?::|\sas\s)\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1] as string);
  const out: string[] = [];
  const call = new RegExp(`(?<![\\w$])(?:${[...names].map((n) => n.replace(/\$/g, '\\$')).join('|')})\\s*(?:<[^>]*>\\s*)?\\(`, 'g');
  for (const m of text.matchAll(call)) {
    let depth = 1;
    let end = (m.index ?? 0) + m[0].length;
    const start = end;
    while (end < text.length && depth > 0) {
      const c = text[end];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      end++;
    }
    const arg = text.slice(start, end - 1).replace(/\s+/g, '').replace(/,$/, '');
    if (!OWN_BASES.has(arg)) out.push(arg === '' ? '(none)' : arg.slice(0, 80));
  }
  return out;
}

/** `cwd`: the directory the run started in, which a worker or child process named by a bare path is found from. */
export async function pluginSources(entries: readonly string[], cwd = process.cwd()): Promise<PluginSources> {
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
    for (const base of foreignRequireBases(text)) problems.push(`${file} makes a require function from ${base}, not from the file itself, so check cannot tell which files the modules it loads are`);
    for (const u of scan.unresolvable) problems.push(`${file}:${u.line}:${u.column} loads a module whose name is computed (${u.expression}), so check cannot tell which files decide its gates`);
    for (const imp of scan.imports) {
      if (imp.kind === 'import_type' || imp.kind === 'env_file') continue;
      // A process or thread started with a path finds it from the working directory, where `node x.js` would.
      const target = imp.cwd ? await pathTarget(file, imp.specifier.startsWith('/') ? imp.specifier : `./${imp.specifier.replace(/^\.\//, '')}`, join(cwd, 'x')) : await localTarget(file, imp.specifier);
      // Only a module the plugin ran must be found: a URL or resolved name it never loads may name a file yet to be made.
      if (target === 'unknown' && imp.kind !== 'url' && imp.kind !== 'resolve') problems.push(`${file}:${imp.line}:${imp.column} loads '${imp.specifier}', which does not resolve, so check cannot tell which file it is`);
      else if (Array.isArray(target)) for (const t of target) if (!seen.has(t)) queue.push(t);
    }
  }
  return { files, problems };
}
