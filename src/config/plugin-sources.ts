/**
 * The files a local plugin runs: its entry and every module it loads by a relative or absolute path, followed with the
 * import scanner. `check` asks git about each of them, not only the entry: a tracked entry that imports an untracked
 * (or ignored) helper decides its gates with code that is not part of the promoted commit.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, extname, join } from 'node:path';
import { packageInfo } from '../package-info.js';
import { isTsSource, scanOptionsFor, scanTs } from '../scan/ts-imports.js';
import { blankComments } from '../scan/ts-lexer.js';
import { matchMap, packageName, targetsOf } from '../util/package-exports.js';

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
 * The engine's own modules (`gate-engine/sdk` as a self-reference inside its repository, a package linked to its
 * checkout): the engine, not the plugin. Its other files (examples, fixtures) are a repository's code like any other.
 */
function isEngineCode(path: string): boolean {
  const engine = packageInfo().dir;
  return ['dist', 'src', 'gates'].some((d) => path.startsWith(`${engine}/${d}/`));
}

/**
 * The file a specifier names from `from`, if it names a local one that exists; undefined for a package or built-in.
 * A name Node maps to a file itself — a package.json `imports` entry (`#lib/x.js`), a workspace package linked from
 * node_modules into the tree — is local when Node's resolver leads outside every node_modules directory.
 */
async function localTarget(from: string, specifier: string): Promise<string[] | undefined | 'unknown'> {
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return undefined;
  if (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('file:')) {
    const engine = packageInfo().dir;
    const isLocal = (p: string) => !p.split('/').includes('node_modules') && !isEngineCode(p);
    const found = new Set<string>();
    let resolved = false;
    try {
      const file = await realpath(createRequire(from).resolve(specifier));
      resolved = true;
      if (isLocal(file)) found.add(file);
    } catch {
      // Not a name require finds (an ESM-only export, an `import`-only `#` name): the manifests below are read.
    }
    // Node resolves `#` names from the nearest package.json alone, and `{import: './evil.mjs', require: './ok.cjs'}`
    // runs the first for an import: every file the entry gives counts; a name it does not map is not known.
    if (specifier.startsWith('#')) {
      const scope = await packageScope(from);
      const targets = scope === undefined ? 'unknown' : await exportedFiles(scope, specifier, 'imports');
      if (targets === 'unknown') return 'unknown';
      for (const t of targets) if (isLocal(t)) found.add(t);
      return found.size > 0 ? [...found] : resolved ? undefined : 'unknown';
    }
    // require's answer is the `require` condition's file; `import` may run another (an ESM-only workspace package, or
    // `exports: {import: './evil.mjs', require: './ok.cjs'}`), so a local package's every export for the name counts.
    const pkg = await packageOf(from, specifier);
    if (pkg !== undefined && pkg.dir !== engine && isLocal(pkg.dir)) {
      const targets = await exportedFiles(pkg.dir, pkg.subpath);
      if (targets === 'unknown') return 'unknown';
      for (const t of targets) found.add(t);
      if (found.size === 0) return 'unknown';
    } else if (!resolved) return undefined;
    return found.size > 0 ? [...found] : undefined;
  }
  return pathTarget(from, specifier);
}

/** The directory (real path) of the package a bare name names from `from`, by node_modules lookup or a self-reference. */
async function packageOf(from: string, specifier: string): Promise<{ dir: string; subpath: string } | undefined> {
  const name = packageName(specifier);
  const subpath = specifier === name ? '.' : `.${specifier.slice(name.length)}`;
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const linked = join(dir, 'node_modules', name);
    if (await isFile(join(linked, 'package.json'))) return { dir: await realpath(linked), subpath };
    const own = await readFile(join(dir, 'package.json'), 'utf8').then((t) => JSON.parse(t) as { name?: unknown; exports?: unknown }, () => undefined);
    if (own !== undefined && own.name === name && own.exports !== undefined) return { dir: await realpath(dir), subpath };
    if (dirname(dir) === dir) return undefined;
  }
}

/** The directory of the nearest package.json above `from` (real path): the package scope whose `imports` Node reads. */
async function packageScope(from: string): Promise<string | undefined> {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (await isFile(join(dir, 'package.json'))) return realpath(dir);
    if (dirname(dir) === dir) return undefined;
  }
}

/** Every file a package's `exports` (or `main`) may give for a subpath, under any condition. */
async function exportedFiles(dir: string, subpath: string, field: 'exports' | 'imports' = 'exports'): Promise<string[] | 'unknown'> {
  const manifest = await readFile(join(dir, 'package.json'), 'utf8').then((t) => JSON.parse(t) as { main?: unknown; exports?: unknown; imports?: unknown }, () => undefined);
  if (manifest === undefined) return 'unknown';
  const exp = manifest[field];
  if (field === 'imports' && (exp === null || typeof exp !== 'object')) return 'unknown';
  let leaves: string[];
  if (exp === undefined) leaves = [subpath !== '.' ? subpath : typeof manifest.main === 'string' ? manifest.main : './index.js'];
  else {
    // Every condition counts (any may be chosen); a map of subpaths, or sugar for `.` alone.
    const keyed = exp !== null && typeof exp === 'object' && !Array.isArray(exp) && Object.keys(exp).some((k) => k.startsWith('.') || k.startsWith('#'));
    leaves = keyed ? (matchMap(exp as Record<string, unknown>, subpath) ?? []) : subpath === '.' ? targetsOf(exp) : [];
  }
  const files: string[] = [];
  for (const leaf of leaves) {
    if (!leaf.startsWith('./')) continue; // a `null` or package-name target runs no file of this package
    const found = await pathTarget(join(dir, 'package.json'), leaf);
    if (found === 'unknown') continue;
    files.push(...found);
  }
  return files;
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
 * cannot place. Read from the code's text, comments blanked (`// never createRequire(base)` is prose); a mention in a
 * string still counts (a false alarm, never a missed load), as does the whole text when it cannot be lexed.
 */
export function foreignRequireBases(source: string, path?: string): string[] {
  const text = codeText(source, path);
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

/**
 * The plugin entries that are the repository's own code: a path (`./gates/p.mjs`), and a package name whose module
 * lies outside every node_modules directory — a workspace package, an `npm link` or a `file:` dependency linked into
 * node_modules from the tree — which loads local code as a path does. A package installed in node_modules is the
 * lockfile's to pin, not git's.
 */
export async function pluginEntries(plugins: readonly { spec: string; file: string }[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of plugins) {
    if (p.spec.startsWith('.') || p.spec.startsWith('/')) out.push(p.file);
    else {
      const real = await realpath(p.file).catch(() => p.file);
      if (!real.split('/').includes('node_modules') && !isEngineCode(real)) out.push(real);
    }
  }
  return out;
}

/** A module's text with its comments blanked, lexed as the file's kind is (`path`), or as a module. */
function codeText(source: string, path: string | undefined): string {
  const options = path === undefined ? {} : scanOptionsFor(path);
  return blankComments(source, { jsx: options.jsx ?? true, htmlComments: options.htmlComments ?? 'module' });
}

/** Node's module loader internals a module can patch to run other files for the names it imports (any receiver). */
const LOADER_INTERNALS = /[\w$]+\s*(?:\?\.|\.)\s*(?:_extensions|_load|_resolveFilename|_compile|_findPath|_pathCache|_initPaths|registerHooks)\b|\[\s*['"`](?:_extensions|_load|_resolveFilename|_compile|_findPath|registerHooks)['"`]\s*\]/g;

/**
 * Loader hooks and patches: `module.register('./hooks.mjs')` (a resolve hook may answer `./ok.mjs` with any file, a
 * load hook with any source), `registerHooks`, `require.extensions['.txt']`, `Module._load`, `Module.prototype._compile`.
 * The scanner follows import syntax, not what a hook returns. Read from the code's text with its comments blanked
 * (`// we never call Module._load` patches nothing); a mention in a string still counts (a false alarm rather than a
 * missed load: `global[name]` may run it). `register` and `extensions` only on what Node's `module` or a require
 * function names, since other code has its own (`options.extensions`).
 */
export function loaderHooks(source: string, path?: string): string[] {
  const text = codeText(source, path);
  const out = new Set<string>();
  for (const m of text.matchAll(LOADER_INTERNALS)) out.add(m[0].replace(/\s+/g, ''));
  const names = new Set(['require', 'module', 'Module']);
  for (const m of text.matchAll(/([A-Za-z_$][\w$]*)\s*=\s*(?:[\w$]+\s*\.\s*)?createRequire\b/g)) names.add(m[1] as string);
  for (const m of text.matchAll(/import\s+(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)[^;'"`]*from\s*['"`](?:node:)?module['"`]/g)) names.add(m[1] as string);
  for (const m of text.matchAll(/([A-Za-z_$][\w$]*)\s*=\s*(?:require|await\s+import)\s*\(\s*['"`](?:node:)?module['"`]\s*\)/g)) names.add(m[1] as string);
  const receiver = [...names].map((n) => n.replace(/\$/g, '\\$')).join('|');
  for (const m of text.matchAll(new RegExp(`(?<![\\w$.])(?:${receiver})\\s*(?:\\?\\.|\\.)\\s*(?:extensions|register)\\b`, 'g'))) out.add(m[0].replace(/\s+/g, ''));
  // `import { register } from 'node:module'` (or a destructured one): called by its own name.
  if (/\bregister(?:Hooks)?\b[^;]*?(?:from\s*|require\s*\(\s*|import\s*\(\s*)['"`](?:node:)?module['"`]/.test(text)) out.add('register');
  return [...out];
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
    // require runs a file with no extension as JavaScript (`require('./bin/decide')`), so it is scanned as one.
    if (!isTsSource(file) && extname(file) !== '') continue;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) {
      problems.push(`${file} could not be read, so the modules it loads are not known`);
      continue;
    }
    const scan = scanTs(text, scanOptionsFor(file));
    if (scan.errors.length > 0) problems.push(`${file} could not be read whole (${scan.errors[0]?.message ?? 'a literal or bracket left open'}), so the modules it loads are not known`);
    for (const hook of loaderHooks(text, file)) problems.push(`${file} changes how Node loads modules (${hook}), so the files its imports run are not the ones they name`);
    for (const base of foreignRequireBases(text, file)) problems.push(`${file} makes a require function from ${base}, not from the file itself, so check cannot tell which files the modules it loads are`);
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
