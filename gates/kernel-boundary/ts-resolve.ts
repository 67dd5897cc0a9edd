/**
 * kernel_boundary: where a TypeScript / JavaScript specifier leads, the way Node, TypeScript and the
 * bundlers resolve it — or why that cannot be proven.
 *
 * In order: URL schemes (`node:` is a built-in; `http(s):`/`data:` are not files of the root; any
 * other scheme, `virtual:` say, is unprovable); relative specifiers; root-absolute `/x` (bundlers serve
 * the root); package.json `imports` (`#x`, every condition's target); tsconfig.json `paths` and
 * `baseUrl` (nearest tsconfig, `extends` followed, also from a package; `references`, `rootDirs`); the package's own name through its `exports`
 * (self-reference) and workspace packages (root `workspaces`, `workspace:`/`file:`/`link:`
 * dependencies) through theirs; Node built-ins; and a package declared in a package.json between the
 * file and the root, or installed in a node_modules there. Anything else names no file and no known
 * package: the gate treats it as unresolved in a banned-from domain.
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { ArtifactError, contentProblem, type GateContext, matchMap, packageName, parseJsoncStrict, targetsOf } from '../../src/sdk/index.js';
import { isRelativeSpecifier, scanOptionsFor, scanTs, TS_EXTENSIONS, tsCandidates } from '../../src/scan/ts-imports.js';
import { boundLoad } from './entry-paths.js';
import { escapeGlob } from './manifest.js';

/** A package the program takes in from its typeRoots (TsResolver.programTypeFiles): a file of it, or why what it is cannot be read. */
export type TakenIn = ({ name: string; path: string } | { name: string; why: string }) & { lib?: true };

export type TsTarget = { kind: 'files'; paths: string[] } | { kind: 'external' } | { kind: 'unresolved'; why: string };

interface PackageJson {
  dir: string;
  name?: string;
  exports?: unknown;
  imports?: unknown;
  /** The entry points read without `exports` (`main`, `module`, `types`, `typings`, a string `browser`), as `./x`. */
  entries: string[];
  /** An object `browser` field: a module name or a file of the package (`./x.js`) → what bundlers load instead (`false`: nothing). */
  browser?: Record<string, string>;
  /** `typesVersions`: TypeScript version range → a map of subpaths to the files that hold their types. */
  typesVersions?: Record<string, unknown>;
  deps: Set<string>;
  /** Dependencies written `workspace:…`: packages of this repository, never external. */
  workspaceDeps: Set<string>;
  links: Map<string, string>;
  /** Dependencies that alias another package (`"st": "npm:@k/store@^1"`, pnpm's `"workspace:@k/store@*"`): key → that package's name. */
  aliases: Map<string, string>;
  workspaces: string[];
}

interface TsConfig {
  dir: string;
  baseUrl?: string;
  paths?: Record<string, string[]>;
  /** `paths` as written, and the directory of the tsconfig that declares them (their base without baseUrl). */
  rawPaths?: Record<string, string[]>;
  pathsDir?: string;
  /** Root-relative `rootDirs`: directories merged into one at run time. */
  rootDirs?: string[];
  /** Root-relative tsconfig files of `references` (a solution config: `files: []` with the projects beside it). */
  references?: string[];
  /** Root-relative `outDir` / `rootDir`: build output and the sources it is compiled from. */
  outDir?: string;
  rootDir?: string;
  /** `moduleSuffixes` other than `""`: `./x` is also `x.ios.ts` with `[".ios", ""]`. */
  moduleSuffixes?: string[];
  /** `jsxImportSource`: JSX imports `<it>/jsx-runtime`, resolved from each file. */
  jsxImportSource?: string;
  /** Root-relative `typeRoots`: where `types` entries and `/// <reference types>` names are looked up first. */
  typeRoots?: string[];
  /** `types`: the types packages every file of the program takes in. */
  types?: string[];
  /** `libReplacement`: whether `@typescript/lib-*` packages replace tsc's lib files (on unless false). */
  libReplacement?: boolean;
  /** Root-relative directories or files its `include` and `files` reach (each entry up to its first wildcard); unset, its own directory's tree. */
  scope?: string[];
  error?: string;
}

/** One import map table: its directory (targets are relative to it) and its entries; a key that is a path is `\0` + its root-relative path. */
interface ImportMap {
  dir: string;
  entries: [string, string][];
}

/**
 * The target an import map gives a specifier, as the import maps standard matches: an exact key, else the longest key
 * ending in `/` that prefixes it (the rest appended to its target). `path`: the specifier is a root-relative path,
 * matched against the keys that are paths.
 */
function matchImportMap(entries: readonly [string, string][], specifier: string, path: boolean): string | undefined {
  const wanted = path ? `\0${specifier}` : specifier;
  let best: [string, string] | undefined;
  for (const entry of entries) {
    const [key, target] = entry;
    if (key === wanted) return target;
    if (key.endsWith('/') && wanted.startsWith(key) && target.endsWith('/') && (best === undefined || key.length > best[0].length)) best = entry;
  }
  return best === undefined ? undefined : `${best[1]}${wanted.slice(best[0].length)}`;
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.replace(/^node:/, '')]));
const MAX_EXTENDS = 8;
/** An installed package's entry longer than this (a bundle) is not read for loads out of node_modules (rootFilesLoadedBy). */
const MAX_ENTRY_CHARS = 256 * 1024;
/** The most installed entries one import is followed through, package to package (rootFilesLoadedBy). */
const MAX_ENTRIES_FOLLOWED = 512;

/** What one installed package's entry loads: files of the root, installed files to read in turn, why it cannot be judged. */
interface EntryLoads {
  files: string[];
  next: string[];
  why?: string;
}

/** At a `require` / `import` word: `require('x')`, `import('x')`, `import 'x'`, `import … from 'x'` (plainLoads). */
const PLAIN_LOAD_AT = /(?:require|import)\s*\(\s*(['"`])([^'"`\s$\\]+)\1\s*\)|import\s*(['"])([^'"\s\\]+)\3|import\s+(?:type\s+)?[\w\s{},*$]*?\bfrom\s*(['"])([^'"\s\\]+)\5/y;
// Any spelling holding the word, in any case (`createRequire(…)(…)`, `importModule`): the full scan reads what it is.
const LOAD_WORD = /require|import/gi;
/**
 * Whether an installed entry `depth` directories below node_modules may load a file outside it: one string literal
 * spelling that many `..` segments (`'../../src/x'`, `'kz/../../x'`, `up = '../..'`), or a path built from where the
 * module lies (`__dirname`, `import.meta`…) in a text spelling that many in all (`path.join(__dirname, '..', '..')`).
 */
function mayClimbOut(text: string, depth: number): boolean {
  if ((text.match(DOT_DOT)?.length ?? 0) < depth) return false;
  if (/__dirname|__filename|import\.meta|process\.cwd/.test(text)) return true;
  for (const m of text.matchAll(CLIMBING_STRING)) if (((m[2] as string).match(DOT_DOT)?.length ?? 0) >= depth) return true;
  return false;
}
const CLIMBING_STRING = /(['"`])([^'"`\n]*\.\.[^'"`\n]*)\1/g;

/** A string literal shaped like a bare specifier (`'dep'`, `"@scope/dep/sub"`): packageShapedStrings. */
const PACKAGE_STRING = /(['"`])((?:@[\w.-]+\/)?[\w][\w.-]*(?:\/[\w.@-]+)*)\1/g;

/** Every string of the text shaped like a bare specifier, once: the packages an entry may load, over-read. */
function packageShapedStrings(text: string): string[] {
  return [...new Set([...text.matchAll(PACKAGE_STRING)].map((m) => m[2] as string))];
}

/** A `..` path segment as a text spells it (`../`, `'..'`, `..\\`), not a spread or an ellipsis. */
const DOT_DOT = /\.\.(?=[/'"`\\])/g;
/** A `require(` / `import(` whose argument does not start as one plain literal: a name, a call, a template with `${`. */
const COMPUTED_LOAD = /\b(?:require|import)\s*\(\s*(?:[^'"`\s)]|`[^`]*\$\{|(['"`])[^'"`\n]*\1\s*[^\s)])/;
/**
 * A climb or a root path spelled without a `..` the text shows: the working directory (`process.cwd()`,
 * `path.resolve`), escapes (`'\x2e\x2e'`), a lone dot (`d + d`), character codes.
 */
const CLIMB_SPELLED_OTHERWISE = /process\s*\.\s*cwd|\b(?:path|posix)\s*\.\s*resolve\s*\(|\\(?:x2e|u002e|u\{0*2e\})|fromCharCode|(['"`])\.\1/i;
const DOT_DOT_ONCE = /\.\.(?=[/'"`\\])/;
const EXPORT_FROM = /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[\w\s,$]*\})\s*from\s*(['"])([^'"\s\\]+)\1/g;

/**
 * The specifiers an installed entry loads, read without the full scan: undefined unless every `require` / `import`
 * in the text (inside another word too, in any case) starts one of its plain loads (an alias of require, `require.resolve`, a computed path, the word in
 * a comment: the full scan decides). `export … from 'x'` adds its load; loads spelled in comments are read too (more
 * packages followed, never fewer).
 */
export function plainLoads(text: string): string[] | undefined {
  const out: string[] = [];
  for (const word of text.matchAll(LOAD_WORD)) {
    PLAIN_LOAD_AT.lastIndex = word.index;
    const m = PLAIN_LOAD_AT.exec(text);
    if (m === null) return undefined;
    out.push((m[2] ?? m[4] ?? m[6]) as string);
  }
  for (const m of text.matchAll(EXPORT_FROM)) out.push(m[2] as string);
  return out;
}

/**
 * A load through a module object other than the entry's own (`require.main.require(`, `process.mainModule.require(`,
 * `module.parent['require'](`, `Module._load(`, `require('module')._load(`; not a library's own `this._load(`): its
 * specifier resolves from that module's directory. Cheap test first.
 */
export function loadThroughAnotherModule(text: string): string | undefined {
  if (!/main|parent|_load/.test(text)) return undefined;
  return MAIN_MODULE_LOAD.exec(text)?.[0];
}
const MAIN_MODULE_LOAD = /\b(?:main|mainModule|parent)\s*\??\.?\s*(?:\.\s*require|\[\s*(['"`])require\1\s*\])\s*\(|\b(?:Module|constructor)\s*\.\s*_load\s*\(|\(\s*(['"`])(?:node:)?module\2\s*\)\s*\.\s*_load\s*\(/;

/** A root-relative real path in the root, outside every node_modules directory. */
function inTheRoot(real: string): boolean {
  return !real.split('/').includes('node_modules') && real !== '..' && !real.startsWith('../');
}

/**
 * The path a computed load of an installed entry names relative to the entry's directory, when it is spelled from
 * `__dirname` and string literals alone: `__dirname + '/x'`, `` `${__dirname}/x` ``, `path.join(__dirname, 'a', 'b')` /
 * `path.resolve(…)` with `path` bound to Node's path module in the text. Undefined for anything else.
 */
export function evaluatedFromDirname(expression: string, text: string): string | undefined {
  const e = expression.trim();
  const literal = `(?:'([^'\\\\]*)'|"([^"\\\\]*)")`;
  const plus = new RegExp(`^__dirname\\s*\\+\\s*${literal}$`).exec(e);
  if (plus !== null) return `.${plus[1] ?? plus[2]}`;
  const template = /^`\$\{__dirname\}([^`$\\]*)`$/.exec(e);
  if (template !== null) return `.${template[1] as string}`;
  const call = /^([A-Za-z_$][\w$]*)\.(join|resolve)\(\s*__dirname\s*((?:,\s*(?:'[^'\\]*'|"[^"\\]*")\s*)*)\)$/.exec(e);
  if (call === null) return undefined;
  const module = (call[1] as string).replace(/\$/g, '\\$');
  if (!new RegExp(`\\b${module}\\s*=\\s*require\\(\\s*['"](?:node:)?path['"]\\s*\\)|import\\s+(?:\\*\\s+as\\s+)?${module}\\s+from\\s+['"](?:node:)?path['"]`).test(text)) return undefined;
  const parts = [...(call[3] as string).matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)].map((m) => (m[1] ?? m[2]) as string);
  // path.resolve restarts at an absolute segment: out of what the reader follows.
  if (call[2] === 'resolve' && parts.some((p) => p.startsWith('/'))) return undefined;
  return `./${posix.join('.', ...parts)}`;
}
/**
 * A package without `exports` is entered through each of these: Node reads `main`, TypeScript `types` /
 * `typings`, bundlers `module` and `browser`. Any of them may be the file that runs or is type-checked.
 */
const ENTRY_FIELDS = ['main', 'module', 'types', 'typings', 'browser'] as const;

/** The source extensions one module name may be spelled with. */
const SPELLINGS = new Set(['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '.d.mts', '.d.cts']);

/** Platforms whose files bundlers pick by extension (`x.ios.ts` for `./x`): Metro, react-native-web, RN for Windows / macOS. */
const PLATFORMS = ['ios', 'android', 'native', 'web', 'windows', 'macos'] as const;

/** A candidate's path without its source extension: the name every spelling of one module shares. */
/**
 * How Node's ESM loader reads a relative or root-absolute specifier: as a URL against the importing module's URL.
 * The URL parser drops tabs and line breaks, reads `\\` as `/` (file: is a special scheme) and `%2e%2e` as `..`, and
 * the file path is percent-decoded: `import '../store/%64b.mjs'` loads `db.mjs`, `'./..\\store\\db.mjs'` loads
 * `../store/db.mjs`, where TypeScript, bundlers and `require` read the characters as written. Undefined when both read
 * the same, or when Node refuses the URL (an encoded `/` or `\\`, a malformed escape): it loads nothing.
 */
export function urlReading(specifier: string): string | undefined {
  if (!(isRelativeSpecifier(specifier) || specifier.startsWith('/')) || !/[%\\\t\n\r]/.test(specifier)) return undefined;
  const parsed = specifier.replace(/[\t\n\r]/g, '').replaceAll('\\', '/');
  if (/%2f|%5c/i.test(parsed)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed);
  } catch {
    return undefined;
  }
  return decoded === specifier ? undefined : decoded;
}

/**
 * Two readings of one specifier (urlReading): loaders differ in which they take, so every file either names is a
 * target; a reading that names nothing loads nothing in its loader, so the other decides; neither: unresolved.
 */
function eitherReading(plain: TsTarget, url: TsTarget): TsTarget {
  if (url.kind === 'unresolved') return plain;
  if (plain.kind !== 'files') return url.kind === 'files' || plain.kind === 'unresolved' ? url : plain;
  if (url.kind !== 'files') return plain;
  return { kind: 'files', paths: [...new Set([...plain.paths, ...url.paths])] };
}

/** Both readings of one import (the package Node loads, the types package tsc reads): the files of either, unless one is unprovable. */
function withFiles(a: TsTarget, b: TsTarget): TsTarget {
  // Node loads one and tsc reads the other: either one unprovable (a types package whose manifest is refused) may lead
  // into the root, so the import is unprovable whatever the other proves.
  if (a.kind === 'unresolved') return a;
  if (b.kind === 'unresolved') return b;
  if (b.kind !== 'files') return a;
  if (a.kind !== 'files') return b;
  return { kind: 'files', paths: [...new Set([...a.paths, ...b.paths])].sort() };
}

/**
 * Whether a bare specifier's name could be a package's (URL-safe, starting with a letter or digit, `@scope/name`): path aliases
 * such as `@/x` or `~/x` name no package, and asking node_modules for them would cost a look-up per directory.
 */
function couldBePackage(specifier: string): boolean {
  return /^(?:@[A-Za-z0-9][\w.~-]*\/)?[A-Za-z0-9][\w.~-]*(?:\/|$)/.test(specifier);
}

/** Whether a package subpath (`/../../src/x`) normalised after the package's name leaves the package's directory. */
export function leavesItsPackage(name: string, subpath: string): boolean {
  if (!subpath.split('/').some((segment) => segment === '..')) return false;
  const joined = posix.normalize(`${name}${subpath}`);
  return joined !== name && !joined.startsWith(`${name}/`);
}

function stemOf(path: string): string {
  return path.replace(/\.d\.[cm]?ts$|\.[cm]?[jt]sx?$/, '');
}

/**
 * JSON with comments and trailing commas (tsconfig.json), strings kept intact. A key given twice (also through a `\u`
 * escape: `"paths"` and `"p\u0061ths"`) is refused (`duplicate_key`): which of two `paths` maps tsc takes is not a
 * question the gate may answer for it.
 */
export function parseJsonc(path: string, text: string): unknown {
  return parseJsoncStrict(path, text.replace(/^\uFEFF/, ''));
}

/** The compiler option of the wrong type, if any: tsc refuses such a config, and the gate must not read it as absent. */
function optionTypeProblem(options: unknown): string | undefined {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return 'compilerOptions is not an object';
  const o = options as Record<string, unknown>;
  for (const key of ['baseUrl', 'outDir', 'rootDir', 'jsxImportSource'] as const) if (o[key] !== undefined && typeof o[key] !== 'string') return `compilerOptions.${key} is not a string`;
  for (const key of ['rootDirs', 'moduleSuffixes', 'typeRoots', 'types'] as const) if (o[key] !== undefined && !Array.isArray(o[key])) return `compilerOptions.${key} is not an array`;
  if (o.paths !== undefined && (o.paths === null || typeof o.paths !== 'object' || Array.isArray(o.paths))) return 'compilerOptions.paths is not an object';
  return undefined;
}

/** The protocols an npm, pnpm or Yarn dependency spec may start with (`file:`, `workspace:`, `npm:` aliases, git hosts, URLs). */
const SPEC_PROTOCOLS: ReadonlySet<string> = new Set(['file', 'link', 'portal', 'workspace', 'npm', 'jsr', 'catalog', 'patch', 'exec', 'git', 'git+ssh', 'git+https', 'git+http', 'git+file', 'ssh', 'github', 'gitlab', 'bitbucket', 'gist', 'http', 'https']);

/**
 * Whether a dependency spec is one a package manager reads: printable ASCII, and a protocol it knows when it names one.
 * `fіle:./packages/shared` (a Cyrillic і) or `&#102;ile:./packages/shared` is no `file:` link; read as a registry version
 * it made a package of the root external, its imports unscanned. Such a spec declares nothing.
 */
function isPackageSpec(spec: string): boolean {
  if (!/^[\x20-\x7e]*$/.test(spec)) return false;
  const protocol = /^([^:/@\s]*):/.exec(spec)?.[1];
  return protocol === undefined || SPEC_PROTOCOLS.has(protocol);
}

/** A package.json that exists but cannot be read: its path, why, and the reader's failure (its reason code). */
interface Unreadable {
  error: string;
  path: string;
  cause: ArtifactError;
}

/** A package.json the reader refused, kept with its failure: its message says why, its code is the reader's. */
function unreadable(cause: ArtifactError, error = `${cause.path} cannot be read: ${cause.message}`): Unreadable {
  return { error, path: cause.path, cause };
}

export class TsResolver {
  private readonly packages = new Map<string, Promise<PackageJson | undefined | Unreadable>>();
  private readonly tsconfigs = new Map<string, Promise<TsConfig | undefined>>();
  private readonly programs = new Map<string, Promise<TsConfig[]>>();
  private readonly importMaps = new Map<string, Promise<ImportMap[]>>();
  private workspaceNames: Promise<Map<string, string>> | undefined;
  private readonly listings = new Map<string, Promise<ReadonlySet<string>>>();
  private readonly intoTheRoot = new Map<string, Promise<TsTarget | undefined>>();
  /** Per directory of an importer, and per tsconfig: the typeRoots packages taken in without a `types` list (programTypeFiles). */
  private readonly takenIn = new Map<string, Promise<readonly TakenIn[]>>();
  private readonly takenInByConfig = new Map<TsConfig, Promise<TakenIn[]>>();

  constructor(
    private readonly ctx: GateContext,
    private readonly exists: (path: string) => Promise<boolean>,
    /** The root-relative real path of a path (itself when no link is on its way, or a link leads out of the root). */
    private readonly realPath: (path: string) => Promise<string> = async (path) => path,
    /** The names of the directories (and links) directly in a directory, as tsc lists a typeRoots directory. */
    private readonly directories: (dir: string) => Promise<readonly string[]> = async (dir) => [...new Set((await ctx.list(`${escapeGlob(dir)}/*/*`).catch(() => [])).map((f) => f.split('/').at(-2) as string))],
    /** A file's text read unrecorded (RealPaths.peek): null when absent, undefined when unknown (then it is read properly). */
    private readonly peek: (path: string) => Promise<string | null | undefined> = async () => undefined,
  ) {}

  /**
   * The files an import leads to. A package.json `browser` object (browserify, webpack, esbuild, Rollup's
   * node-resolve read it) replaces a module name or a file of the package with another for browser builds: the
   * replacement is a target too (more edges, never fewer).
   */
  async resolve(from: string, specifier: string): Promise<TsTarget> {
    const plain = await this.withPlatformFiles(await this.resolveMapped(from, specifier));
    const url = urlReading(specifier);
    const read = url === undefined ? plain : eitherReading(plain, await this.withPlatformFiles(await this.resolveMapped(from, url)));
    const mapped = await this.throughImportMap(from, specifier);
    return mapped === undefined ? read : eitherReading(read, mapped);
  }

  /**
   * Deno's import map (the nearest `deno.json` / `deno.jsonc`: its `imports`, every `scopes` map, and the file its
   * `importMap` names) runs before anything else: `"kx": "./src/store/db.ts"` sends `import 'kx'` to store though
   * package.json declares kx, and a key that is a path (`"./src/core/stub.ts": "./src/store/db.ts"`, a prefix ending in
   * `/`) remaps relative imports too. A file of the root the map names is a target beside the other readings; a target
   * that is a URL or a registry package (`npm:`, `jsr:`, `https:`) is no file of the root (external), and one naming
   * nothing loads nothing in Deno (the other readings decide). Undefined when no map has the specifier.
   */
  private async throughImportMap(from: string, specifier: string): Promise<TsTarget | undefined> {
    const maps = await this.importMapsFor(posix.dirname(from));
    if (maps.length === 0) return undefined;
    const asPath = isRelativeSpecifier(specifier) || specifier.startsWith('/') ? posix.normalize(specifier.startsWith('/') ? specifier.slice(1) : posix.join(posix.dirname(from), specifier)) : undefined;
    const paths = new Set<string>();
    let matched: TsTarget | undefined;
    for (const map of maps) {
      const target = matchImportMap(map.entries, asPath ?? specifier, asPath !== undefined);
      if (target === undefined) continue;
      if (!(isRelativeSpecifier(target) || target.startsWith('/'))) {
        // A URL or a registry package (`https:`, `npm:`, `jsr:`) is no file of the root. Anything else — a bare word, a
        // blank, an unexpanded `$RUN_ID` — is no target the import maps standard accepts: Deno drops the entry, and the
        // specifier is read as if unmapped.
        if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target.replace(/^[\x00-\x20]+/, ''))) matched = { kind: 'external' };
        else matched ??= { kind: 'unresolved', why: `is mapped by a Deno import map to "${target}", which is neither a URL nor a path` };
        continue;
      }
      const r = await this.firstFile(tsCandidates(posix.join(map.dir, 'index.ts'), target.startsWith('/') ? `.${target}` : target), specifier);
      if (r.kind === 'files') for (const p of r.paths) paths.add(p);
      else matched ??= { kind: 'unresolved', why: `is mapped by a Deno import map to "${target}", which names no file` };
    }
    return paths.size > 0 ? { kind: 'files', paths: [...paths].sort() } : matched;
  }

  /** The import maps of the nearest Deno config from `dir` up (read once per directory). */
  private importMapsFor(dir: string): Promise<ImportMap[]> {
    const key = `\0deno\0${dir}`;
    let p = this.importMaps.get(key);
    if (p === undefined) {
      p = (async () => {
        const here = dir === '.' ? '' : dir;
        for (const name of ['deno.json', 'deno.jsonc']) {
          const path = posix.join(here, name);
          if (await this.exists(path)) return this.readImportMaps(path);
        }
        return here === '' ? [] : this.importMapsFor(posix.dirname(here));
      })();
      this.importMaps.set(key, p);
    }
    return p;
  }

  /** A Deno config's maps: its own `imports` and `scopes`, and those of the file `importMap` names (keys made root-relative when they are paths). */
  private async readImportMaps(path: string): Promise<ImportMap[]> {
    const maps: ImportMap[] = [];
    const readOne = async (file: string, depth: number): Promise<void> => {
      let value: unknown;
      try {
        value = parseJsonc(file, (await this.ctx.read.text(file)).text);
      } catch (e) {
        if (!(e instanceof ArtifactError) && !(e instanceof SyntaxError)) throw e;
        return;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
      const v = value as Record<string, unknown>;
      const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
      const tables = [v.imports, ...(v.scopes !== null && typeof v.scopes === 'object' && !Array.isArray(v.scopes) ? Object.values(v.scopes as Record<string, unknown>) : [])];
      for (const table of tables) {
        if (table === null || typeof table !== 'object' || Array.isArray(table)) continue;
        const entries: [string, string][] = [];
        for (const [k, t] of Object.entries(table as Record<string, unknown>)) {
          if (typeof t !== 'string') continue;
          const key = isRelativeSpecifier(k) || k.startsWith('/') ? `\0${posix.normalize(k.startsWith('/') ? k.slice(1) : posix.join(dir, k))}${k.endsWith('/') ? '/' : ''}` : k;
          entries.push([key, t]);
        }
        if (entries.length > 0) maps.push({ dir, entries });
      }
      if (depth === 0 && typeof v.importMap === 'string' && (isRelativeSpecifier(v.importMap) || !v.importMap.includes(':'))) {
        const next = posix.normalize(posix.join(dir, v.importMap));
        if (next !== '..' && !next.startsWith('../') && (await this.exists(next))) await readOne(next, 1);
      }
    };
    await readOne(path, 0);
    return maps;
  }

  /** What `specifier` names from `from`, through the importer's package.json `browser` map. */
  private async resolveMapped(from: string, specifier: string): Promise<TsTarget> {
    const r = await this.resolveOne(from, specifier);
    if (r.kind === 'unresolved') return r;
    const own = await this.packageFor(posix.dirname(from));
    // A package.json that cannot be read may hold a browser map: what the import leads to is unknown.
    if (own !== undefined && 'error' in own) return { kind: 'unresolved', why: `is under a package whose manifest cannot be read (${own.error}), so what bundlers replace it with is unknown` };
    if (own === undefined || own.browser === undefined) return r;
    const browser = own.browser;
    const replaced = [Object.hasOwn(browser, specifier) ? browser[specifier] : undefined, ...(r.kind === 'files' ? r.paths.map((p) => browserKeyFor(own.dir, p, browser)) : [])].filter((x): x is string => x !== undefined);
    if (replaced.length === 0) return r;
    const paths = new Set(r.kind === 'files' ? r.paths : []);
    const base = posix.join(own.dir, 'package.json');
    for (const to of replaced) {
      const t = await this.resolveOne(base, to);
      if (t.kind === 'files') for (const p of t.paths) paths.add(p);
      else if (t.kind === 'unresolved') return { kind: 'unresolved', why: `is replaced by "${to}" in the "browser" field of ${base}, which ${t.why}` };
    }
    return paths.size > 0 ? { kind: 'files', paths: [...paths] } : r;
  }

  private async resolveOne(from: string, specifier: string): Promise<TsTarget> {
    if (specifier.includes('\0')) return { kind: 'unresolved', why: 'holds a NUL character, which no file or package name can: no loader resolves it' };
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(specifier)?.[1]?.toLowerCase();
    if (scheme !== undefined && !/^[a-zA-Z]:[\\/]/.test(specifier)) {
      if (scheme === 'node') return { kind: 'external' };
      if (scheme === 'http' || scheme === 'https' || scheme === 'data') return { kind: 'external' };
      return { kind: 'unresolved', why: `uses the "${scheme}:" scheme, which names no file of the root and no package` };
    }
    if (isRelativeSpecifier(specifier)) return this.relative(from, specifier);
    if (specifier.startsWith('/')) return this.firstFile(tsCandidates('index.ts', `.${specifier}`), specifier, 'root-absolute ');
    const tsconfig = await this.tsconfigFor(posix.dirname(from));
    if (tsconfig?.error !== undefined) return { kind: 'unresolved', why: `cannot be checked against tsconfig paths: ${tsconfig.error}` };
    const programs = await this.programsFor(posix.dirname(from));
    const mapped = await this.throughPaths(programs, specifier);
    if (mapped !== undefined) return mapped.kind === 'files' ? this.withRuntimePackage(from, specifier, mapped) : mapped;
    // Each program's baseUrl (the nearest tsconfig's, and those of the others of its directory): every file one names.
    const based = new Set<string>();
    for (const baseUrl of new Set(programs.filter((c) => c.error === undefined && c.baseUrl !== undefined).map((c) => c.baseUrl as string))) {
      const r = await this.firstFile(tsCandidates(posix.join(baseUrl, 'index.ts'), `./${specifier}`), specifier);
      if (r.kind === 'files') for (const p of r.paths) based.add(p);
    }
    if (based.size > 0) return this.withRuntimePackage(from, specifier, { kind: 'files', paths: [...based].sort() });
    return this.runtimeReading(from, specifier);
  }

  /** How Node reads a non-relative specifier: a package import (`#x`) through the package's `imports`, else a package. */
  private runtimeReading(from: string, specifier: string): Promise<TsTarget> {
    return specifier.startsWith('#') ? this.packageImports(from, specifier) : this.resolveBare(from, specifier);
  }

  /**
   * A non-relative specifier tsconfig `paths` or `baseUrl` sends to a file is read that way by tsc (for `#x` too,
   * before the package's `imports`) and by bundlers that honour paths, but tsc emits it unchanged: Node (and a bundler
   * without a paths plugin) loads the package of that name, or what `imports` maps `#x` to. A `paths` entry
   * `"@k/store": ["./src/core/stub.ts"]` shadowing the workspace package `@k/store` type-checks against the stub and
   * runs the store. Both are targets; a runtime reading that names nothing (or third-party code) loads nothing of the
   * root, and the mapped file decides.
   */
  private async withRuntimePackage(from: string, specifier: string, mapped: TsTarget & { kind: 'files' }): Promise<TsTarget> {
    if (!specifier.startsWith('#') && !couldBePackage(specifier)) return mapped;
    const runtime = await this.runtimeReading(from, specifier);
    if (runtime.kind !== 'files') return mapped;
    return { kind: 'files', paths: [...new Set([...mapped.paths, ...runtime.paths])] };
  }

  /** A bare specifier read as Node reads it: a package (self-reference, workspace, link, built-in, installed). */
  private async resolveBare(from: string, specifier: string): Promise<TsTarget> {
    const name = packageName(specifier);
    const climbed = await this.outOfItsPackage(from, specifier, name);
    if (climbed !== undefined) return climbed;
    const own = await this.packageFor(posix.dirname(from));
    if ('error' in (own ?? {})) return { kind: 'unresolved', why: (own as { error: string }).error };
    const pkg = own as PackageJson | undefined;
    if (pkg?.name === name) return this.throughExports(pkg, specifier, 'its own package');
    const workspaces = await this.workspaces();
    const aliased = pkg?.aliases.get(name);
    const linked = pkg?.links.get(name) ?? workspaces.get(name) ?? (aliased === undefined ? undefined : workspaces.get(aliased));
    if (linked !== undefined) return this.workspacePackage(linked, specifier, name);
    if (pkg?.workspaceDeps.has(name) === true) return { kind: 'unresolved', why: `names the workspace: dependency ${name}, but no package of that name is listed by the root package.json "workspaces" or pnpm-workspace.yaml` };
    if (BUILTINS.has(specifier) || BUILTINS.has(name)) return { kind: 'external' };
    const found = await this.installed(posix.dirname(from), name);
    if (found === 'external') return withFiles(await this.installedIntoTheRoot(posix.dirname(from), specifier, name), await this.typesPackage(posix.dirname(from), specifier, name));
    if (found !== undefined) return 'kind' in found ? found : this.workspacePackage(found.dir, specifier, name);
    return { kind: 'unresolved', why: `names no file of the root and no package declared in a package.json (or installed in node_modules) between ${from} and the root` };
  }

  /**
   * A bare specifier whose subpath climbs out of its package (`react/../../src/store/db`, `fs/../../x`, `%2e%2e` in
   * Node's ESM reading): Node (without `exports`) and tsc join it to a node_modules directory and normalise it, so it
   * names a file of the root whatever the package is, installed or not, built-in or not. Read from every node_modules
   * directory between the file and the root; a reading that lands in another package is that package's import.
   * Undefined when every reading stays in the package.
   */
  private async outOfItsPackage(from: string, specifier: string, name: string): Promise<TsTarget | undefined> {
    const written = specifier.slice(name.length);
    const url = /[%\\]/.test(name) ? undefined : urlReading(`.${written}`);
    const climbing = [written, ...(url === undefined ? [] : [url.slice(1)])].filter((sub) => leavesItsPackage(name, sub));
    if (climbing.length === 0) return undefined;
    const paths = new Set<string>();
    let unresolved: TsTarget | undefined;
    for (let d = posix.dirname(from); ; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      for (const sub of climbing) {
        const at = posix.normalize(posix.join(here, 'node_modules', `${name}${sub}`));
        if (at === '..' || at.startsWith('../')) continue;
        const segments = at.split('/');
        const inModules = segments.lastIndexOf('node_modules');
        const r = inModules !== -1 && inModules < segments.length - 1
          ? await this.resolveOne(from, segments.slice(inModules + 1).join('/'))
          : await this.firstFile(tsCandidates(posix.join(here, 'node_modules', name, 'index.ts'), `.${sub}`), specifier);
        if (r.kind === 'files') for (const p of r.paths) paths.add(p);
        else if (r.kind === 'unresolved') unresolved ??= inModules === -1 ? { kind: 'unresolved', why: `climbs out of the package ${name} into ${at}, which names no file` } : r;
      }
      if (here === '') break;
    }
    if (paths.size > 0) return { kind: 'files', paths: [...paths].sort() };
    return unresolved ?? { kind: 'external' };
  }

  /**
   * An installed package (a real directory under node_modules) is third-party code, unless what the import loads lies in
   * the root outside node_modules: an entry point that climbs out of the package (`"main": "../../src/store/db.js"`,
   * which Node and tsc follow), or a file or directory of it that is a link into the root (Node loads a module at its
   * real path). Those files are the import's targets; anything else, or a package that cannot be read, stays external.
   */
  private async installedIntoTheRoot(dir: string, specifier: string, name: string): Promise<TsTarget> {
    for (let d = dir; ; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      // Kept per node_modules directory, not per importer: every file below one shares its answer.
      const key = `${here}\0${specifier}`;
      let found = this.intoTheRoot.get(key);
      if (found === undefined) {
        found = this.installedHere(here, specifier, name);
        this.intoTheRoot.set(key, found);
      }
      const r = await found;
      if (r !== undefined) return r;
      if (here === '') return { kind: 'external' };
    }
  }

  /**
   * The DefinitelyTyped package tsc reads an installed package's types from when the package ships none
   * (`node_modules/@types/kx` for `kx`, `@types/scope__kx` for `@scope/kx`): a type-level edge. Third-party code like
   * the package, unless its entry or a link in it leads into the root (as installedIntoTheRoot reads the package).
   */
  private async typesPackage(dir: string, specifier: string, name: string): Promise<TsTarget> {
    if (name.startsWith('@types/')) return { kind: 'external' };
    const types = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
    return this.installedIntoTheRoot(dir, `${types}${specifier.slice(name.length)}`, types);
  }

  /**
   * What `specifier` loads from the node_modules directory of `here`, nearest first as Node looks: a package with a
   * manifest (through its maps and entries), else a directory without one or a file beside the packages
   * (`node_modules/kx.js`, which `require('kx')` loads). Files whose real path is in the root outside node_modules
   * are targets; files found elsewhere are third-party code (external); nothing there: undefined.
   */
  private async installedHere(here: string, specifier: string, name: string): Promise<TsTarget | undefined> {
    const r = await this.installedPaths(here, specifier, name);
    if (r === undefined || r.kind !== 'files') return r;
    const inRoot = new Set<string>();
    const entries: string[] = [];
    for (const p of r.paths) {
      const real = await this.realPath(p);
      if (inTheRoot(real)) inRoot.add(real);
      else if (!real.startsWith('../')) entries.push(real);
    }
    const loaded = await this.rootFilesLoadedBy(entries);
    if (loaded.why !== undefined) return { kind: 'unresolved', why: loaded.why };
    for (const f of loaded.files) inRoot.add(f);
    return inRoot.size > 0 ? { kind: 'files', paths: [...inRoot].sort() } : { kind: 'external' };
  }

  /**
   * The files `specifier` names in the node_modules directory of `here`, as Node and tsc find them (not followed any
   * further): undefined when nothing is there; external for a package that is not this repository's code.
   */
  private async installedPaths(here: string, specifier: string, name: string): Promise<TsTarget | undefined> {
    const modules = posix.join(here, 'node_modules');
    const at = posix.join(modules, name);
    let r: TsTarget;
    if (await this.exists(posix.join(at, 'package.json'))) {
      const pkg = await this.packageAt(at);
      // A package linked from outside the root is not this repository's code, whatever its manifest says. One inside it
      // whose manifest is refused (a duplicate key: two entries) may lead anywhere, into the root too: unprovable; so does
      // one whose manifest alone is a link out of the root (to a file no checkout holds, or to /dev/null).
      if (pkg === undefined) return { kind: 'external' };
      if ('error' in pkg && pkg.cause.code === 'outside_root' && !(await this.manifestAloneOutside(at))) return { kind: 'external' };
      if ('error' in pkg) return { kind: 'unresolved', why: `names the installed package in ${at}, whose ${pkg.error}` };
      r = await this.throughExports(pkg, specifier, `the installed package in ${at}`, true);
    } else {
      const scope = posix.dirname(at);
      const leaf = `${posix.basename(name)}.`;
      const beside = [...(await this.filesIn(scope))].some((f) => posix.basename(f).startsWith(leaf));
      if (!beside && !(await this.hasFiles(at))) return undefined;
      r = await this.firstFile(tsCandidates(posix.join(modules, 'index.ts'), `./${specifier}`), specifier);
    }
    return r.kind === 'files' ? r : { kind: 'external' };
  }

  /**
   * Files of the root outside node_modules that installed packages' entries load, following each entry's loads from
   * package to package (`module.exports = require('dep')`, dep's entry loading `../../src/store/db`): that code runs
   * for the importer as the entry's own. An entry loads a root file by a relative path climbing out of node_modules, by a
   * bare specifier Node's CommonJS resolver joins to a node_modules directory and normalises out of it
   * (`require('kz/../../src/store/db')`), or by a path computed from `__dirname` the reader can evaluate
   * (`__dirname + '/../../src/store/db'`, `path.join(__dirname, '..', …)`). A computed path it cannot evaluate, in an
   * entry that spells `..`, may lead anywhere: `why`. Only entries are read (each once), not a package's other files:
   * third-party code the gate does not scan.
   */
  private async rootFilesLoadedBy(entries: readonly string[]): Promise<{ files: string[]; why?: string }> {
    const files = new Set<string>();
    const seen = new Set<string>(entries);
    const pending = [...entries];
    let why: string | undefined;
    for (let entry = pending.shift(); entry !== undefined; entry = pending.shift()) {
      if (seen.size > MAX_ENTRIES_FOLLOWED) return { files: [], why: `leads through more than ${MAX_ENTRIES_FOLLOWED} installed packages' entries, which are not all read, so whether one loads a file of the root cannot be known` };
      const loads = await this.entryLoads(entry);
      for (const f of loads.files) files.add(f);
      why ??= loads.why;
      for (const next of loads.next) {
        if (seen.has(next)) continue;
        seen.add(next);
        pending.push(next);
      }
    }
    return why === undefined ? { files: [...files] } : { files: [...files], why };
  }

  private readonly loadsOfEntry = new Map<string, Promise<EntryLoads>>();
  /** What one installed entry loads (see rootFilesLoadedBy): root files, other installed files to follow, and why not. */
  private entryLoads(entry: string): Promise<EntryLoads> {
    let p = this.loadsOfEntry.get(entry);
    if (p === undefined) {
      p = this.readEntryLoads(entry);
      this.loadsOfEntry.set(entry, p);
    }
    return p;
  }
  private async readEntryLoads(entry: string): Promise<EntryLoads> {
    const none: EntryLoads = { files: [], next: [] };
    let text: string;
    try {
      text = (await this.peek(entry)) ?? (await this.ctx.read.text(entry)).text;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return none;
    }
    // Cheap tests first: a bundle is not read; a text that names no load loads nothing.
    if (text.length > MAX_ENTRY_CHARS || !/require|import|export/.test(text)) return none;
    const out: EntryLoads = { files: [], next: [] };
    // A load through another module's require (`require.main.require('./src/x')`, `process.mainModule.require`,
    // `module.parent.require`, Module._load) resolves from that module's directory (the program's main), which no
    // entry tells: it may load any file of the root (red team xc).
    const viaAnother = loadThroughAnotherModule(text);
    if (viaAnother !== undefined) out.why = `leads to the installed entry ${entry}, which loads through another module's require (\`${viaAnother}\`), resolved from the program's main module or the entry's parent: it may load a file of the root, which cannot be judged`;
    const take = async (got: TsTarget) => {
      if (got.kind !== 'files') return;
      for (const f of got.paths) {
        const real = await this.realPath(f);
        if (inTheRoot(real)) out.files.push(real);
        else if (!real.startsWith('../') && real !== entry) out.next.push(real);
      }
    };
    // Leaving node_modules takes as many `..` segments as the entry is deep below it (mayClimbOut). An entry that cannot
    // loads no root file itself: only the packages it hands on to are wanted, read without the full scan — its plain
    // loads, or (some load spelled otherwise) every string naming an installed package.
    const depth = entry.split('/').length - entry.split('/').lastIndexOf('node_modules') - 1;
    const spelled = mayClimbOut(text, depth);
    // Fewer `..` spelled than the climb takes may still be enough through a name used more than once
    // (`const up = '..'; path.join(__dirname, up, up, 'src/x')`): an entry with a computed load and any `..` is scanned too.
    const plain = spelled ? undefined : plainLoads(text);
    if (!spelled && (plain !== undefined || !(DOT_DOT_ONCE.test(text) || CLIMB_SPELLED_OTHERWISE.test(text)) || !COMPUTED_LOAD.test(text))) {
      const specifiers = plain ?? (await this.installedAmong(entry, packageShapedStrings(text)));
      for (const specifier of specifiers) if (!isRelativeSpecifier(specifier) && !/^[a-z][a-z0-9+.-]*:/i.test(specifier) && !BUILTINS.has(specifier) && !BUILTINS.has(packageName(specifier))) await take(await this.installedFromEntry(entry, specifier));
      return out;
    }
    const scan = scanTs(text, scanOptionsFor(entry));
    for (const imp of scan.imports) {
      if (isRelativeSpecifier(imp.specifier)) {
        // The package's own files are not followed (third-party code); a file of the root is taken.
        const got = await this.firstFile(tsCandidates(entry, imp.specifier), imp.specifier);
        if (got.kind === 'files') for (const f of got.paths) if (inTheRoot(await this.realPath(f))) out.files.push(await this.realPath(f));
      } else if (!/^[a-z][a-z0-9+.-]*:/i.test(imp.specifier) && !BUILTINS.has(imp.specifier)) {
        await take(await this.installedFromEntry(entry, imp.specifier));
      }
    }
    for (const u of scan.unresolvable) {
      // A path built from where the package lies (`__dirname`, `import.meta`, the working directory) or with a `..` of
      // its own, also through names the entry binds (`const target = '../../src/x'; require(target)`: boundLoad); a
      // loader's parameter (`import(filepath)`, vite's module runner) loads what its callers hand it.
      if (u.kind !== 'require' && u.kind !== 'dynamic_import') continue;
      const bound = boundLoad(u.expression, text, entry);
      const path = evaluatedFromDirname(u.expression, text) ?? bound.path;
      // A path the reader cannot evaluate leaves node_modules only if it is built from where the module lies or by `..`
      // of its own: in an entry spelling enough `..`, any; otherwise as many as the entry is deep, counted per use.
      if (path === undefined && !(spelled ? bound.climbing : bound.ups >= depth)) continue;
      // A path from the working directory naming no file of the root (a config file the program may lack) loads nothing the gate can judge.
      if (path !== undefined && !isRelativeSpecifier(path) && !path.startsWith('/')) await take(await this.installedFromEntry(entry, path));
      else if (path !== undefined && !path.startsWith('/')) {
        const got = await this.firstFile(tsCandidates(entry, path.startsWith('.') ? path : `./${path}`), path);
        if (got.kind === 'files') for (const f of got.paths) if (inTheRoot(await this.realPath(f))) out.files.push(await this.realPath(f));
      } else out.why ??= `leads to the installed entry ${entry}, which loads a computed path (\`${u.expression}\`) in a text that spells enough \`..\` to climb out of node_modules: it may load a file of the root, which cannot be judged`;
    }
    return out;
  }

  private readonly pathsInstalled = new Map<string, Promise<TsTarget | undefined>>();

  /** Those of `strings` naming a package installed in a node_modules directory Node looks in from `entry`. */
  private async installedAmong(entry: string, strings: readonly string[]): Promise<string[]> {
    const names = new Set<string>();
    for (let d = posix.dirname(entry); ; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      if (posix.basename(here) !== 'node_modules') for (const n of await this.installedNames(posix.join(here, 'node_modules'))) names.add(n);
      if (here === '') break;
    }
    return strings.filter((s) => names.has(packageName(s)));
  }

  private readonly namesIn = new Map<string, Promise<ReadonlySet<string>>>();
  /** The packages in one node_modules directory (`@scope/name` for a scope's), listed once. */
  private installedNames(modules: string): Promise<ReadonlySet<string>> {
    let p = this.namesIn.get(modules);
    if (p === undefined) {
      p = (async () => {
        const names = new Set<string>();
        for (const d of await this.directories(modules)) {
          if (!d.startsWith('@')) names.add(d);
          else for (const scoped of await this.directories(posix.join(modules, d))) names.add(`${d}/${scoped}`);
        }
        return names;
      })();
      this.namesIn.set(modules, p);
    }
    return p;
  }

  /**
   * What a bare specifier written in an installed entry loads, as Node finds it from there: a subpath that climbs out of
   * its package is joined to each node_modules directory above the entry and normalised (CommonJS), else the nearest
   * node_modules directory holding the package gives its files.
   */
  private async installedFromEntry(entry: string, specifier: string): Promise<TsTarget> {
    const name = packageName(specifier);
    const sub = specifier.slice(name.length);
    const climbing = leavesItsPackage(name, sub);
    const paths: string[] = [];
    for (let d = posix.dirname(entry); ; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      if (posix.basename(here) !== 'node_modules') {
        if (climbing) {
          const got = await this.firstFile(tsCandidates(posix.join(here, 'node_modules', name, 'index.ts'), `.${sub}`), specifier);
          if (got.kind === 'files') paths.push(...got.paths);
        } else {
          // Kept per node_modules directory: the entries of every package below it share the answer.
          const key = `${here}\0${specifier}`;
          let found = this.pathsInstalled.get(key);
          if (found === undefined) {
            found = this.installedPaths(here, specifier, name);
            this.pathsInstalled.set(key, found);
          }
          const got = await found;
          if (got !== undefined) return got;
        }
      }
      if (here === '') break;
    }
    return paths.length > 0 ? { kind: 'files', paths } : { kind: 'external' };
  }

  /**
   * A specifier a tsconfig `paths` pattern matches: the first substitution that names a file, as TypeScript
   * picks. Every program of the file counts (programsFor: a solution config's `references`, the other tsconfigs of its
   * directory), each with its own pick: the union of theirs. One whose match names no file makes it unresolved.
   * Undefined when no pattern matches.
   */
  private async throughPaths(configs: readonly TsConfig[], specifier: string): Promise<TsTarget | undefined> {
    const found = new Set<string>();
    let missed: string | undefined;
    let matched = false;
    for (const config of configs) {
      if (config?.paths === undefined || config.error !== undefined) continue;
      const substitutions = matchMap(config.paths, specifier);
      if (substitutions === undefined) continue;
      matched = true;
      let r: TsTarget | undefined;
      for (const s of substitutions) {
        r = await this.firstFile(tsCandidates('index.ts', `./${s}`), specifier);
        if (r.kind === 'files') break;
      }
      // A build config mapping to what it emits (`"@core/*": ["dist/types/core/*"]`, absent from a checkout) names no
      // file here, and tsc goes on to resolve as if unmapped (the runtime reading withRuntimePackage adds): unresolved
      // only when no program of the file names one (review rv).
      if (r?.kind !== 'files') missed ??= `matches tsconfig paths in ${config.dir || '.'} but none of ${substitutions.map((s) => `"${s}"`).join(', ')} names a file`;
      else for (const p of r.paths) found.add(p);
    }
    return found.size > 0 ? { kind: 'files', paths: [...found].sort() } : matched ? { kind: 'unresolved', why: missed ?? 'matches tsconfig paths with no substitution' } : undefined;
  }

  /**
   * The programs a file of `dir` may be compiled in: the nearest tsconfig.json (jsconfig.json) with the projects its
   * `references` name, and every other tsconfig of that directory (`tsconfig.build.json`, `tsconfig.app.json`,
   * `jsconfig.node.json`…), which a build (`tsc -p`), a bundler, a test runner or an editor may be given instead —
   * which one is named in scripts and tool configs, not in the tree. Each is another program of the same files: its
   * `paths`, `baseUrl`, `rootDirs`, `types` and typeRoots apply too (more edges, never fewer). A directory with only
   * such configs (no tsconfig.json) is theirs all the same. One that cannot be read is skipped, as a reference is.
   */
  private programsFor(dir: string): Promise<TsConfig[]> {
    const key = `\0programs\0${dir}`;
    let p = this.programs.get(key);
    if (p === undefined) {
      p = (async () => {
        const nearest = await this.tsconfigFor(dir);
        const configs = await this.withReferences(nearest);
        for (let d = nearest?.dir ?? (dir === '.' ? '' : dir); ; d = posix.dirname(d)) {
          const here = d === '.' ? '' : d;
          const others = [...(await this.filesIn(here === '' ? '.' : here))].filter((f) => /^[tj]sconfig[.-].+\.json$/i.test(posix.basename(f)) && posix.dirname(f) === (here === '' ? '.' : here)).sort();
          for (const f of others) {
            const c = await this.configFile(f);
            if (c !== undefined && c.error === undefined) for (const x of await this.withReferences(c)) if (!configs.includes(x)) configs.push(x);
          }
          if (nearest !== undefined || others.length > 0 || here === '') break;
        }
        return configs;
      })();
      this.programs.set(key, p);
    }
    return p;
  }

  /**
   * Where the programs of `from` take their files from (TsConfig.scope of each, or its directory): undefined when no
   * tsconfig is over it, or when none of them reaches `from` itself (which program compiles it is then not known).
   */
  async programScopes(from: string): Promise<readonly string[] | undefined> {
    const configs = (await this.programsFor(posix.dirname(from))).filter((c) => c.error === undefined);
    const scopes = configs.flatMap((c) => c.scope ?? [c.dir]);
    return scopes.some((d) => withinScope(from, d)) ? scopes : undefined;
  }

  /** A tsconfig and the projects its `references` name (a solution config holds no options of its own). */
  private async withReferences(tsconfig: TsConfig | undefined): Promise<TsConfig[]> {
    const configs = tsconfig === undefined ? [] : [tsconfig];
    for (const ref of tsconfig?.references ?? []) {
      const config = await this.configFile(ref);
      if (config !== undefined && config.error === undefined) configs.push(config);
    }
    return configs;
  }

  /** A package of this root (a workspace, a `file:`/`link:` dependency, a node_modules link into the root): through its exports. */
  private async workspacePackage(dir: string, specifier: string, name: string): Promise<TsTarget> {
    const target = await this.packageAt(dir);
    // No package.json (a node_modules link to a plain directory): Node and tsc take the subpath, or the index, as a path in it.
    if (target === undefined && dir !== '') return this.relative(posix.join(dir, 'index.ts'), `.${specifier.slice(name.length)}`);
    if (target === undefined || 'error' in target) return { kind: 'unresolved', why: `names the package ${name} in ${dir || '.'}, whose package.json cannot be read` };
    return this.throughExports(target, specifier, `the package in ${dir || '.'}`);
  }

  /**
   * A relative specifier: its first candidate file (with the other spellings of that name, see firstFile);
   * a directory whose package.json names entry points (`main`, `types`…) is entered there, as Node and
   * TypeScript read it, before its `index`.
   */
  private async relative(from: string, specifier: string): Promise<TsTarget> {
    const r = await this.inRootDirs(from, specifier, await this.withSuffixes(from, specifier, await this.firstFile(tsCandidates(from, specifier), specifier)));
    if (r.kind === 'files' && !posix.basename(r.paths[0] as string).startsWith('index.')) return r;
    const dir = posix.normalize(posix.join(posix.dirname(from), specifier.replace(/[?#].*$/, ''))).replace(/\/+$/, '');
    if (dir === '..' || dir.startsWith('../') || (r.kind === 'files' && !(r.paths[0] as string).startsWith(dir === '.' ? 'index.' : `${dir}/index.`))) return r;
    const own = await this.packageAt(dir === '.' ? '' : dir);
    // A package.json that cannot be read may name any entry (Node refuses to load the directory): unprovable.
    if (own !== undefined && 'error' in own) return { kind: 'unresolved', why: `is a directory whose ${own.error}` };
    if (own === undefined || own.entries.length === 0) return r;
    const entries = await this.entryPoints(own, specifier);
    return entries.kind === 'files' ? entries : r;
  }

  /**
   * tsconfig `rootDirs` (`["src", "generated"]`): directories TypeScript merges into one, so `./db` from
   * `src/core/x.ts` may be `generated/core/db.ts`. Tried when the plain path names no file, as tsc does.
   */
  private async inRootDirs(from: string, specifier: string, plain: TsTarget): Promise<TsTarget> {
    if (plain.kind !== 'unresolved') return plain;
    const roots = (await this.programsFor(posix.dirname(from))).flatMap((c) => c.rootDirs ?? []);
    const own = roots.filter((d) => d === '' || from.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0];
    if (own === undefined) return plain;
    const rel = own === '' ? from : from.slice(own.length + 1);
    const paths = new Set<string>();
    for (const other of roots) {
      if (other === own) continue;
      const r = await this.firstFile(tsCandidates(posix.join(other, rel), specifier), specifier);
      if (r.kind === 'files') for (const p of r.paths) paths.add(p);
    }
    return paths.size > 0 ? { kind: 'files', paths: [...paths].sort() } : plain;
  }

  /**
   * tsconfig `moduleSuffixes` (`[".ios", ".native", ""]`): TypeScript takes `./x` as `x.ios.ts` first. Every
   * suffixed file that exists is an edge besides the plain one (a platform build picks one of them).
   */
  private async withSuffixes(from: string, specifier: string, plain: TsTarget): Promise<TsTarget> {
    const suffixes = [...new Set((await this.programsFor(posix.dirname(from))).flatMap((c) => c.moduleSuffixes ?? []))];
    if (suffixes.length === 0) return plain;
    const paths = new Set(plain.kind === 'files' ? plain.paths : []);
    for (const suffix of suffixes) {
      const r = await this.firstFile(tsCandidates(from, specifier.replace(/(\.[cm]?[jt]sx?)?$/, `${suffix}$1`)), specifier);
      if (r.kind === 'files') for (const p of r.paths) paths.add(p);
    }
    return paths.size > 0 ? { kind: 'files', paths: [...paths] } : plain;
  }

  /**
   * Bundlers' platform extensions, with no tsconfig to name them: Metro loads `./view` as `view.ios.ts` on iOS
   * (`.android`, `.native`), react-native-web and webpack configs as `view.web.ts`, RN for Windows and macOS likewise.
   * Their configs are code the gate does not run, so every platform file beside a file `./view` names is an edge too
   * (looked up in its directory's listing, which firstFile made), however the import is spelled (relative, tsconfig
   * paths, `#imports`, a workspace package); a package's own build in node_modules is left as published.
   */
  private async withPlatformFiles(plain: TsTarget): Promise<TsTarget> {
    if (plain.kind !== 'files') return plain;
    const paths = new Set(plain.paths);
    for (const path of plain.paths) {
      if (path.split('/').includes('node_modules')) continue;
      const listed = await this.filesIn(posix.dirname(path));
      const stem = stemOf(path);
      for (const platform of PLATFORMS) for (const ext of TS_EXTENSIONS) if (listed.has(`${stem}.${platform}${ext}`)) paths.add(`${stem}.${platform}${ext}`);
    }
    return paths.size > plain.paths.length ? { kind: 'files', paths: [...paths] } : plain;
  }

  /**
   * A package entered without `exports`: every entry point that names a file (an entry that names none
   * loads nothing), else its `index`.
   */
  private async entryPoints(pkg: PackageJson, specifier: string, thirdParty = false): Promise<TsTarget> {
    const paths = new Set<string>();
    for (const entry of pkg.entries) {
      const r = await this.targets(pkg, [entry], specifier, thirdParty);
      if (r.kind === 'files') for (const p of r.paths) paths.add(p);
    }
    if (paths.size > 0) return { kind: 'files', paths: [...paths].sort() };
    const fallback = await this.targets(pkg, ['./index'], specifier);
    return fallback.kind === 'unresolved' && pkg.entries.length > 0 ? { kind: 'unresolved', why: `names the package in ${pkg.dir || '.'}, none of whose entry points (${pkg.entries.join(', ')}) names a file` } : fallback;
  }

  private async firstFile(candidates: string[], specifier: string, what = ''): Promise<TsTarget> {
    if (candidates.length === 0 || candidates.every((c) => c === '..' || c.startsWith('../'))) return { kind: 'unresolved', why: `is a ${what}path that leaves the root` };
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as string;
      if (!(await this.exists(c))) continue;
      // The other spellings of the same name (x.ts, x.js, x.d.ts, x.mjs…): which one runs depends on the tool.
      // They share c's directory, listed once: a look-up per spelling would cost a listing per import.
      const listed = await this.filesIn(posix.dirname(c));
      const paths = [c];
      let stem: string | undefined;
      for (let o = k + 1; o < candidates.length; o++) {
        const other = candidates[o] as string;
        if (!listed.has(other)) continue;
        stem ??= stemOf(c);
        if (other.length > stem.length && other.startsWith(stem) && SPELLINGS.has(other.slice(stem.length))) paths.push(other);
      }
      return { kind: 'files', paths };
    }
    return { kind: 'unresolved', why: `is a ${what}path that names no file ("${specifier}")` };
  }

  private async packageImports(from: string, specifier: string): Promise<TsTarget> {
    const pkg = await this.packageFor(posix.dirname(from));
    if (pkg === undefined || 'error' in pkg) return { kind: 'unresolved', why: pkg === undefined ? 'is a package import (#…) but no package.json lies between the file and the root' : pkg.error };
    const map = pkg.imports;
    const targets = map !== null && typeof map === 'object' && !Array.isArray(map) ? matchMap(map as Record<string, unknown>, specifier) : undefined;
    if (targets === undefined || targets.length === 0) return { kind: 'unresolved', why: `is not mapped by "imports" in ${posix.join(pkg.dir, 'package.json')}` };
    return this.targets(pkg, targets, specifier);
  }

  /**
   * What a package import loads through the package's maps, and the files its `typesVersions` map names for tsc (a
   * type-level edge: `{"*": {"*": ["../../src/store/*"]}}` sends `kx/db`'s types to a file of the root).
   * `thirdParty`: the package is installed code, whose maps naming other packages are read as before (never into the root again).
   */
  private async throughExports(pkg: PackageJson, specifier: string, what: string, thirdParty = false): Promise<TsTarget> {
    const r = await this.throughExportsMap(pkg, specifier, what, thirdParty);
    if (pkg.typesVersions === undefined) return r;
    const typed = await this.typesVersionsFiles(pkg, specifier);
    if (typed.length === 0) return r;
    return { kind: 'files', paths: [...new Set([...(r.kind === 'files' ? r.paths : []), ...typed])].sort() };
  }

  /** The files a package's `typesVersions` maps send an import's types to (every TypeScript version range: any may apply); a target that names no file adds none. */
  private async typesVersionsFiles(pkg: PackageJson, specifier: string): Promise<string[]> {
    const written = packageName(specifier);
    const keys = specifier === written ? [...pkg.entries.map((e) => e.replace(/^\.\//, '')), 'index.d.ts'] : [specifier.slice(written.length + 1)];
    const files: string[] = [];
    for (const map of Object.values(pkg.typesVersions ?? {})) {
      if (map === null || typeof map !== 'object' || Array.isArray(map)) continue;
      for (const key of keys) {
        for (const t of matchMap(map as Record<string, unknown>, key) ?? []) {
          const r = await this.firstFile(tsCandidates(posix.join(pkg.dir, 'index.ts'), `./${posix.normalize(t).replace(/^\.\//, '')}`), specifier);
          if (r.kind === 'files') files.push(...r.paths);
        }
      }
    }
    return files;
  }

  private async throughExportsMap(pkg: PackageJson, specifier: string, what: string, thirdParty: boolean): Promise<TsTarget> {
    // The subpath follows the name the import writes: a dependency key may alias the package (`"my-store": "file:…"`).
    const written = packageName(specifier);
    const name = pkg.name ?? written;
    const subpath = specifier === written ? '.' : `.${specifier.slice(written.length)}`;
    const exp = pkg.exports;
    let targets: string[] | undefined;
    if (exp === undefined) {
      if (subpath === '.') return this.entryPoints(pkg, specifier, thirdParty);
      targets = [subpath];
    }
    else if (typeof exp === 'string' || Array.isArray(exp)) targets = subpath === '.' ? targetsOf(exp) : undefined;
    else if (exp !== null && typeof exp === 'object') {
      const keys = Object.keys(exp);
      targets = keys.some((k) => k.startsWith('.')) ? matchMap(exp as Record<string, unknown>, subpath) : subpath === '.' ? targetsOf(exp) : undefined;
    }
    if (targets === undefined || targets.length === 0) return { kind: 'unresolved', why: `names ${what} (${name}), whose "exports" has no "${subpath}"` };
    return this.targets(pkg, targets, specifier, thirdParty);
  }

  /** Every target of a map (any condition may be chosen): files inside the package, or other packages. */
  private async targets(pkg: PackageJson, targets: string[], specifier: string, thirdParty = false): Promise<TsTarget> {
    const paths = new Set<string>();
    for (const t of targets) {
      if (t.startsWith('./') || t === '.') {
        // Build output stands for its source (built or not): the source is the code that is scanned and owned.
        const source = await this.sourceOfBuilt(pkg.dir, t);
        const r = source === undefined ? await this.firstFile(tsCandidates(posix.join(pkg.dir, 'index.ts'), t), specifier) : undefined;
        const found = source ?? (r?.kind === 'files' ? r.paths : undefined);
        if (found === undefined) return { kind: 'unresolved', why: `maps to "${t}" in ${posix.join(pkg.dir, 'package.json')}, which names no file` };
        for (const p of found) paths.add(p);
      } else if (!t.startsWith('#') && !t.startsWith('/') && !t.startsWith('../')) {
        const name = packageName(t);
        const climbed = thirdParty ? undefined : await this.outOfItsPackage(posix.join(pkg.dir, 'package.json'), t, name);
        if (climbed?.kind === 'unresolved') return climbed;
        if (climbed !== undefined) {
          if (climbed.kind === 'files') for (const p of climbed.paths) paths.add(p);
          continue;
        }
        if (BUILTINS.has(t) || BUILTINS.has(name)) continue;
        // A workspace package is linked into node_modules by the package manager: Node finds it there.
        const workspace = (await this.workspaces()).get(name);
        const found = workspace !== undefined ? { dir: workspace } : await this.installed(pkg.dir, name);
        if (found === undefined) return { kind: 'unresolved', why: `maps to the package "${t}", which is declared nowhere` };
        if (found === 'external' && thirdParty) continue;
        const r = found === 'external' ? await this.installedIntoTheRoot(pkg.dir, t, name) : 'kind' in found ? found : await this.workspacePackage(found.dir, t, name);
        if (r.kind === 'unresolved') return r;
        if (r.kind === 'files') for (const p of r.paths) paths.add(p);
      } else return { kind: 'unresolved', why: `maps to "${t}", which a package map may not name` };
    }
    return paths.size > 0 ? { kind: 'files', paths: [...paths].sort() } : { kind: 'external' };
  }

  /**
   * A map target under the package's tsconfig `outDir` (`./dist/x.js`, `./dist/x.d.ts`), built in the checkout or
   * not, stands for the source TypeScript compiles it from: the same path under `rootDir` (else the
   * tsconfig's directory), `x.ts` for `x.js` as in a relative import. Undefined when no such source exists.
   */
  private async sourceOfBuilt(dir: string, target: string): Promise<string[] | undefined> {
    const tsconfig = await this.tsconfigFor(dir === '' ? '.' : dir);
    const out = tsconfig?.outDir;
    if (tsconfig === undefined || out === undefined || tsconfig.error !== undefined) return undefined;
    const built = posix.normalize(posix.join(dir, target));
    if (!built.startsWith(out === '' ? '' : `${out}/`) || out === '') return undefined;
    const rel = built.slice(out.length + 1).replace(/\.d\.([cm]?)ts$/, '.$1js');
    const r = await this.firstFile(tsCandidates(posix.join(tsconfig.rootDir ?? tsconfig.dir, 'index.ts'), `./${rel}`), target);
    return r.kind === 'files' ? r.paths : undefined;
  }

  /**
   * Where a package `name` declared in a package.json or installed in a node_modules between `dir` and the
   * root leads, nearest first: a `file:`/`link:`/`portal:` dependency or a node_modules entry whose real path
   * is a directory of this root (a workspace link, `npm link`) is a package of this root (its directory); a
   * `workspace:` dependency no workspace lists is unresolved; any other declared or installed package is
   * external. Undefined when nothing declares or installs it.
   */
  private async installed(dir: string, name: string): Promise<'external' | { dir: string } | TsTarget | undefined> {
    let external = false;
    for (let d = dir; ; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      const pkg = await this.packageAt(here);
      // Any manifest on the way may declare, override or link the package: one that cannot be read leaves it unproven.
      if (pkg !== undefined && 'error' in pkg) return { kind: 'unresolved', why: `names the package ${name}, but ${pkg.error}: a dependency, override or link it declares may send ${name} anywhere` };
      if (pkg !== undefined) {
        const link = pkg.links.get(name);
        if (link !== undefined) return { dir: link };
        // An alias of a package of this repository is linked to it by the package manager, whatever range it names.
        const aliased = pkg.aliases.get(name);
        const local = aliased === undefined ? undefined : (await this.workspaces()).get(aliased);
        if (local !== undefined) return { dir: local };
        if (pkg.workspaceDeps.has(name)) return { kind: 'unresolved', why: `names the workspace: dependency ${name} (declared in ${posix.join(here, 'package.json')}), but no package of that name is listed by the root package.json "workspaces" or pnpm-workspace.yaml` };
        if (pkg.deps.has(name) || pkg.deps.has(`@types/${name.replace(/^@/, '').replace('/', '__')}`)) external = true;
      }
      const found = await this.installedAt(posix.join(here, 'node_modules', name));
      if (found !== undefined && found !== 'external') return found;
      if (found === 'external') external = true;
      if (here === '') return external ? 'external' : undefined;
    }
  }

  /**
   * What the node_modules entry `installedAt` is: a directory of this root reached through a link (a workspace link,
   * `npm link`), an installed package (external), or nothing. Node and tsc follow such a link whether or not a
   * package.json is at its end (a subpath, an index file), so a link to a directory with files counts without one.
   */
  private async installedAt(installedAt: string): Promise<{ dir: string } | 'external' | undefined> {
    const hasManifest = await this.exists(posix.join(installedAt, 'package.json'));
    const real = await this.realPath(installedAt);
    if (real !== installedAt && !real.split('/').includes('node_modules') && (hasManifest || (await this.hasFiles(real)))) return { dir: real };
    return hasManifest ? 'external' : undefined;
  }

  private async hasFiles(dir: string): Promise<boolean> {
    return (await this.ctx.list(`${escapeGlob(dir)}/**`).catch(() => [])).length > 0;
  }

  /**
   * The nearest package.json of a module in `dir` when it cannot be read: Node refuses to load a module whose
   * package.json is malformed (and this one may be ambiguous: a duplicate key), so the module's type, its `#imports`
   * and its package's name are unproven whether or not an import asks for them. Undefined when it reads.
   */
  async unreadableManifest(dir: string): Promise<Unreadable | undefined> {
    const pkg = await this.packageFor(dir);
    return pkg !== undefined && 'error' in pkg ? pkg : undefined;
  }

  /** The nearest package.json from `dir` up to the root. */
  private async packageFor(dir: string): Promise<PackageJson | undefined | Unreadable> {
    for (let d = dir; ; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      const pkg = await this.packageAt(here);
      if (pkg !== undefined) return pkg;
      if (here === '') return undefined;
    }
  }

  /**
   * Whether `new URL(specifier, import.meta.url)` names a directory with files inside the root
   * (`new URL('./', import.meta.url)` as a project root): a directory is no module, and whatever loads a
   * file from it by a computed path is judged where it does (`dynamic_import`). The importing file's own
   * directories need no look-up; others are listed once (their files, else anything below them).
   */
  async isDirectory(from: string, specifier: string): Promise<boolean> {
    if (!/^\.\.?(\/|$)/.test(specifier)) return false;
    const dir = posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\/+$/, '');
    if (dir === '..' || dir.startsWith('../')) return false;
    if (dir === '.' || from.startsWith(`${dir}/`)) return true;
    return (await this.filesIn(dir)).size > 0 || (await this.hasFiles(dir));
  }

  /** The files directly in `dir` (root-relative), listed once per directory. */
  private filesIn(dir: string): Promise<ReadonlySet<string>> {
    let p = this.listings.get(dir);
    if (p === undefined) {
      const pattern = dir === '.' || dir === '' ? '*' : `${escapeGlob(dir)}/*`;
      p = this.ctx.list(pattern).then(
        (found) => new Set(found),
        () => new Set<string>(),
      );
      this.listings.set(dir, p);
    }
    return p;
  }

  private packageAt(dir: string): Promise<PackageJson | undefined | Unreadable> {
    let p = this.packages.get(dir);
    if (p === undefined) {
      p = this.readPackage(dir);
      this.packages.set(dir, p);
    }
    return p;
  }

  private async readPackage(dir: string): Promise<PackageJson | undefined | Unreadable> {
    const path = posix.join(dir, 'package.json');
    // `exists` counts a name that is there but cannot be listed (a link to /dev/null, out of the root, dangling): Node
    // reads it or refuses every module under it, so reading it says why. Nothing is absent; a directory named
    // package.json is skipped by Node (EISDIR), but no sound tree has one where its package's manifest belongs, and a
    // package whose manifest is not a file is unproven: it fails closed with the others.
    if (!(await this.exists(path))) {
      if (!(await this.ctx.exists(path).catch(() => false))) return undefined;
      const why = `${path} is a directory, not a package manifest`;
      return unreadable(new ArtifactError('unreadable', why, { path, expected: 'a regular file holding one JSON object', actual: 'a directory' }), why);
    }
    let value: Record<string, unknown>;
    try {
      const doc = await this.ctx.read.json(path);
      if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        const why = `${path} is not a JSON object`;
        return unreadable(new ArtifactError('malformed', why, { path, expected: 'one JSON object', actual: Array.isArray(doc.value) ? 'an array' : doc.value === null ? 'null' : typeof doc.value }), why);
      }
      value = doc.value as Record<string, unknown>;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return unreadable(e);
    }
    const deps = new Set<string>();
    const workspaceDeps = new Set<string>();
    const links = new Map<string, string>();
    const aliases = new Map<string, string>();
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      const d = value[field];
      if (d === null || typeof d !== 'object' || Array.isArray(d)) continue;
      for (const [k, v] of Object.entries(d as Record<string, unknown>)) {
        // A version that is not a real text (null, a list, "", invisible characters, "TODO") declares nothing: an import
        // of it stays unresolved. "*" is npm's spelling of "any version"; "" means the same to npm but is also what an
        // unexpanded variable leaves, so it is refused and the fix is to write "*".
        if (typeof v !== 'string' || (v !== '*' && contentProblem(v) !== undefined) || !isPackageSpec(v)) continue;
        deps.add(k);
        if (v.startsWith('workspace:')) workspaceDeps.add(k);
        const link = linkTarget(v);
        if (link !== undefined) links.set(k, posix.normalize(posix.join(dir, link)));
        const alias = aliasTarget(v);
        if (alias !== undefined && alias !== k) aliases.set(k, alias);
      }
    }
    // An override replaces whatever version is declared: the package is then that directory of the root.
    for (const [k, link] of overrideLinks(value)) links.set(k, posix.normalize(posix.join(dir, link)));
    const ws = value.workspaces;
    const workspaces = Array.isArray(ws) ? ws : ws !== null && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages) ? (ws as { packages: unknown[] }).packages : [];
    return {
      dir,
      ...(typeof value.name === 'string' ? { name: value.name } : {}),
      ...(value.exports !== undefined ? { exports: value.exports } : {}),
      ...(value.imports !== undefined ? { imports: value.imports } : {}),
      ...browserMap(value.browser),
      ...(value.typesVersions !== null && typeof value.typesVersions === 'object' && !Array.isArray(value.typesVersions) ? { typesVersions: value.typesVersions as Record<string, unknown> } : {}),
      entries: ENTRY_FIELDS.map((f) => value[f]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => `./${posix.normalize(v).replace(/^\.\//, '')}`),
      deps,
      workspaceDeps,
      links,
      aliases,
      workspaces: workspaces.filter((w): w is string => typeof w === 'string'),
    };
  }

  /** Workspace package name → its directory, from the root package.json `workspaces`. */
  private workspaces(): Promise<Map<string, string>> {
    this.workspaceNames ??= (async () => {
      const out = new Map<string, string>();
      const root = await this.packageAt('');
      const patterns = root === undefined || 'error' in root ? [] : [...root.workspaces];
      if (await this.exists('pnpm-workspace.yaml')) {
        try {
          const doc = (await this.ctx.read.yaml('pnpm-workspace.yaml')).value as { packages?: unknown };
          if (Array.isArray(doc?.packages)) for (const p of doc.packages) if (typeof p === 'string' && !p.startsWith('!')) patterns.push(p);
        } catch (e) {
          if (!(e instanceof ArtifactError)) throw e;
        }
      }
      patterns.push(...(await this.monorepoToolPackages()));
      for (const pattern of patterns) {
        let found: string[] = [];
        try {
          found = await this.ctx.list(`${pattern.replace(/\/+$/, '')}/package.json`);
        } catch (e) {
          if (!(e instanceof ArtifactError)) throw e;
        }
        for (const file of found) {
          const pkg = await this.packageAt(posix.dirname(file));
          if (pkg !== undefined && !('error' in pkg) && pkg.name !== undefined && !out.has(pkg.name)) out.set(pkg.name, pkg.dir);
        }
      }
      return out;
    })();
    return this.workspaceNames;
  }

  /**
   * Package directories monorepo tools link into node_modules whatever version a dependency names: Lerna's
   * `lerna.json` `packages` (default `packages/*`) and Rush's `rush.json` `projects[].projectFolder`. A dependency
   * `"@k/store": "^1.0.0"` on one of them is that directory of the root, not a registry package.
   */
  private async monorepoToolPackages(): Promise<string[]> {
    const out: string[] = [];
    const read = async (path: string): Promise<Record<string, unknown> | undefined> => {
      if (!(await this.exists(path))) return undefined;
      try {
        const v = parseJsonc(path, (await this.ctx.read.text(path)).text);
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
      } catch (e) {
        if (!(e instanceof ArtifactError) && !(e instanceof SyntaxError)) throw e;
        return {};
      }
    };
    const lerna = await read('lerna.json');
    if (lerna !== undefined) out.push(...(Array.isArray(lerna.packages) ? lerna.packages.filter((p): p is string => typeof p === 'string' && !p.startsWith('!')) : ['packages/*']));
    const rush = await read('rush.json');
    for (const project of Array.isArray(rush?.projects) ? rush.projects : []) {
      const folder = (project as { projectFolder?: unknown } | null)?.projectFolder;
      if (typeof folder === 'string' && folder.trim() !== '') out.push(escapeGlob(posix.normalize(folder)));
    }
    return out;
  }

  /**
   * A types package (`/// <reference types="st" />`, a tsconfig `types` entry) as tsc finds it: in each of the governing
   * tsconfig's `typeRoots` (a directory `<root>/st` with its package.json `types` or index.d.ts), else as a package.
   */
  async resolveTypes(from: string, name: string): Promise<TsTarget> {
    const tsconfig = await this.tsconfigFor(posix.dirname(from));
    if (tsconfig?.error !== undefined) return { kind: 'unresolved', why: `cannot be checked against tsconfig typeRoots: ${tsconfig.error}` };
    const found = new Set<string>();
    for (const root of new Set((await this.programsFor(posix.dirname(from))).flatMap((c) => (c.error === undefined ? (c.typeRoots ?? []) : [])))) {
      if (root === '..' || root.startsWith('../')) continue;
      // A manifest that cannot be read may name any file (tsc reads the last of two `types` keys).
      const pkg = await this.packageAt(posix.join(root, name));
      if (pkg !== undefined && 'error' in pkg && (pkg.cause.code !== 'outside_root' || (await this.manifestAloneOutside(posix.join(root, name))))) return { kind: 'unresolved', why: `is a package of the typeRoots directory ${root}, whose ${pkg.error}` };
      for (const p of await this.typesIn(root, name)) found.add(p);
    }
    if (found.size > 0) return { kind: 'files', paths: [...found].sort() };
    // Outside the typeRoots a types package is one of node_modules (@types/x or x), never a file of the root by path.
    const r = await this.resolve(from, name);
    return r.kind === 'files' ? r : { kind: 'external' };
  }

  /** The files of the types package `<root>/<name>` as tsc reads a typeRoots package: its entries or index.d.ts, and its `typesVersions`. */
  private async typesIn(root: string, name: string): Promise<string[]> {
    const found: string[] = [];
    const r = await this.relative(posix.join(root, 'index.d.ts'), `./${name}`);
    if (r.kind === 'files') found.push(...r.paths);
    // tsc reads a typeRoots package's `typesVersions` for a type reference too: it may send the types to another file.
    const pkg = await this.packageAt(posix.join(root, name));
    if (pkg !== undefined && !('error' in pkg)) found.push(...(await this.typesVersionsFiles(pkg, name)));
    return found;
  }

  /**
   * The `types` entries of the tsconfig governing `from` (a file), and of the projects a solution config's `references`
   * name (the file belongs to one of them): types packages every file of its program takes in. `*` is no package (see
   * takenInTypes). A relative entry (`types: ["./src/store/types/st"]`) is a path from the tsconfig's directory — tsc
   * resolves it beside the config file, as a `/// <reference types>` beside its file — so it is given from `from`'s.
   */
  async programTypes(from: string): Promise<readonly string[]> {
    const names = new Set<string>();
    for (const config of await this.programsFor(posix.dirname(from))) {
      for (const name of config.types ?? []) {
        if (name === '*') continue;
        if (!isRelativeSpecifier(name)) names.add(name);
        else {
          const rel = posix.relative(posix.dirname(from), posix.join(config.dir, name)) || '.';
          names.add(rel === '.' || rel === '..' || rel.startsWith('../') ? rel : `./${rel}`);
        }
      }
    }
    return [...names];
  }

  /**
   * The types packages the program of `from`'s tsconfig takes in without naming them: with no `types` option (TypeScript
   * 5's default) or with a `types` entry `*` (TypeScript 6's spelling of the same), tsc takes in every package of each
   * `typeRoots` directory — by default `node_modules/@types` in the tsconfig's directory and every one above it — and
   * every file of the program sees what they declare globally, with no import. Each is an edge of every file the
   * tsconfig governs, as a `types` entry is (a solution config's `references` counted too). Only `types: []` (or a list
   * of names) says none. So do the `@typescript/lib-*` packages tsc takes in place of its lib files (`libReplacement`,
   * whatever `types` says). Read once per tsconfig; a package installed under node_modules is third-party unless its real
   * path, or a file its manifest names (an entry or `typesVersions` climbing out), is in the root outside node_modules.
   */
  programTypeFiles(from: string): Promise<readonly TakenIn[]> {
    const key = posix.dirname(from);
    let p = this.takenIn.get(key);
    if (p === undefined) {
      p = (async () => {
        const out = new Map<string, TakenIn>();
        for (const config of await this.programsFor(key)) {
          if (config.error !== undefined) continue;
          let q = this.takenInByConfig.get(config);
          if (q === undefined) {
            q = this.typeRootPackages(config);
            this.takenInByConfig.set(config, q);
          }
          for (const t of await q) out.set('path' in t ? t.path : `\0${t.name}\0${t.why}`, t);
        }
        return [...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);
      })();
      this.takenIn.set(key, p);
    }
    return p;
  }

  /** Whether the installed package in `dir` provably names no file outside node_modules (see rootPackageFiles); false when unsure. */
  private async staysInNodeModules(dir: string): Promise<boolean> {
    // A manifest alone linked out of the root is read from there by the look: what it says proves nothing here.
    if (await this.manifestAloneOutside(dir)) return false;
    const text = await this.peek(posix.join(dir, 'package.json'));
    if (text === undefined || (text !== null && (text.includes('..') || text.includes('\\') || text.includes('typesVersions')))) return false;
    let manifest: unknown = {};
    try {
      if (text !== null) manifest = JSON.parse(text);
    } catch {
      return false; // read properly: the reader says why it cannot be
    }
    const fields = manifest !== null && typeof manifest === 'object' && !Array.isArray(manifest) ? (manifest as Record<string, unknown>) : {};
    // tsc takes `x.mjs` as `x.d.mts` and `x.cjs` as `x.d.cts` (and any as `x.d.ts`).
    const named = [...ENTRY_FIELDS.map((f) => fields[f]).filter((v): v is string => typeof v === 'string' && v.trim() !== ''), 'index.d.ts'];
    for (const v of named) {
      const p = posix.join(dir, posix.normalize(v));
      for (const c of [p, `${p}.d.ts`, p.replace(/\.[cm]?js$/, '.d.ts'), p.replace(/\.mjs$/, '.d.mts'), p.replace(/\.cjs$/, '.d.cts'), posix.join(p, 'index.d.ts')]) if (this.inRoot(await this.realPath(c))) return false;
    }
    return true;
  }

  /**
   * Whether a package directory whose manifest reads as outside the root is one of the root with its manifest alone linked
   * out (to a file no checkout holds, or /dev/null), not a package linked in whole: tsc and Node read that manifest, which
   * may send them anywhere, into the root too. (`directories` lists a directory's links: the manifest is one there.)
   */
  private async manifestAloneOutside(dir: string): Promise<boolean> {
    return (await this.directories(dir)).includes('package.json');
  }

  /** Whether a root-relative real path is in the root outside node_modules. */
  private inRoot(p: string): boolean {
    return !p.split('/').includes('node_modules') && p !== '..' && !p.startsWith('../');
  }

  /** Every package of a tsconfig's typeRoots (see programTypeFiles), resolved to its files. */
  private async typeRootPackages(config: TsConfig): Promise<TakenIn[]> {
    const roots: string[] = [];
    const above: string[] = [];
    for (let d = config.dir; ; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      above.push(here);
      if (here === '') break;
    }
    if (config.types === undefined || config.types.includes('*')) {
      if (config.typeRoots !== undefined) roots.push(...config.typeRoots.filter((r) => r !== '..' && !r.startsWith('../')));
      else for (const here of above) roots.push(posix.join(here, 'node_modules', '@types'));
    }
    // `libReplacement` (on unless set false): tsc takes a `@typescript/lib-<name>` package installed in node_modules from
    // the tsconfig's directory up in place of its own lib file, whatever `types` says.
    const libs = config.libReplacement === false ? [] : above.map((here) => posix.join(here, 'node_modules', '@typescript'));
    const out: TakenIn[] = [];
    for (const root of [...roots, ...libs]) {
      const lib = libs.includes(root);
      for (const name of await this.directories(root)) {
        // tsc skips names starting with a dot (getAutomaticTypeDirectiveNames).
        if (name.startsWith('.') || (lib && !name.startsWith('lib-'))) continue;
        const r = await this.rootPackageFiles(root, name, lib);
        const kind = lib ? { lib: true as const } : {};
        if (typeof r === 'string') out.push({ name, why: r, ...kind });
        else for (const path of r) out.push({ name, path, ...kind });
      }
    }
    return out;
  }

  /**
   * The files of the typeRoots package `<root>/<name>`. One under node_modules is third-party code unless it leads into
   * the root outside node_modules (a link, an entry or `typesVersions` climbing out, an entry file linked there): only
   * those files, at their real paths (staysInNodeModules spares the common package a read through the reader). A
   * manifest that cannot be read (a duplicate `types` key: tsc takes the last) may send the types anywhere: why, as a
   * string. One linked from outside the root is not this repository's code.
   */
  private async rootPackageFiles(root: string, name: string, lib = false): Promise<string[] | string> {
    const dir = posix.join(root, name);
    const modules = dir.split('/').includes('node_modules');
    // Most of node_modules/@types is third-party and stays there: a manifest with no `..` (nor an escape that could
    // spell one) and no typesVersions names no file outside its package, and when none of the files it may name is a
    // link into the root the package is not read through the gate's reader (a look per package, none per file).
    if (modules && !this.inRoot(await this.realPath(dir)) && (await this.staysInNodeModules(dir))) return [];
    const pkg = await this.packageAt(dir);
    if (pkg !== undefined && 'error' in pkg) return pkg.cause.code === 'outside_root' && !(await this.manifestAloneOutside(dir)) ? [] : `is ${lib ? `installed in ${dir}` : `a package of the typeRoots directory ${root}`}, whose ${pkg.error}`;
    if (!modules) return this.typesIn(root, name);
    const files = new Set<string>();
    for (const p of await this.typesIn(root, name)) {
      const real = await this.realPath(p);
      if (this.inRoot(real)) files.add(real);
    }
    return [...files];
  }


  /** The `jsxImportSource` of the tsconfig governing `from` (a file), when it sets one. */
  async jsxImportSource(from: string): Promise<string | undefined> {
    return (await this.tsconfigFor(posix.dirname(from)))?.jsxImportSource;
  }

  private tsconfigFor(dir: string): Promise<TsConfig | undefined> {
    let p = this.tsconfigs.get(dir);
    if (p === undefined) {
      p = (async () => {
        const here = dir === '.' ? '' : dir;
        const own = (await this.configFile(posix.join(here, 'tsconfig.json'))) ?? (await this.configFile(posix.join(here, 'jsconfig.json')));
        if (own !== undefined) return own;
        return here === '' ? undefined : this.tsconfigFor(posix.dirname(here));
      })();
      this.tsconfigs.set(dir, p);
    }
    return p;
  }

  /** One tsconfig file as the compiler takes it (its `extends` chain merged, `paths` made root-relative), read once. */
  private configFile(path: string): Promise<TsConfig | undefined> {
    const key = `\0${path}`;
    let p = this.tsconfigs.get(key);
    if (p === undefined) {
      p = this.readTsconfig(path, 0, posix.dirname(path) === '.' ? '' : posix.dirname(path)).then((config) => (config === undefined || config.error !== undefined ? config : withPaths(config, path)));
      this.tsconfigs.set(key, p);
    }
    return p;
  }

  /**
   * A tsconfig and what it extends, merged (the later of an `extends` list wins, the file's own options last).
   * Path-valued options are kept root-relative: relative to the file that declares them, `${configDir}` to
   * the tsconfig the compiler was given (`leaf`).
   */
  private async readTsconfig(path: string, depth: number, leaf: string): Promise<TsConfig | undefined> {
    if (!(await this.exists(path))) return depth === 0 ? undefined : { dir: posix.dirname(path), error: `${path} (extended) does not exist` };
    const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
    let value: Record<string, unknown>;
    try {
      const parsed = parseJsonc(path, (await this.ctx.read.text(path)).text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { dir, error: `${path} is not a JSON object` };
      value = parsed as Record<string, unknown>;
    } catch (e) {
      if (e instanceof ArtifactError && e.code === 'empty') return undefined;
      if (!(e instanceof ArtifactError) && !(e instanceof SyntaxError)) throw e;
      return { dir, error: `${path} cannot be read: ${e.message}` };
    }
    let inherited: TsConfig | undefined;
    const ext = value.extends;
    for (const parent of (Array.isArray(ext) ? ext : ext === undefined ? [] : [ext]).filter((x): x is string => typeof x === 'string')) {
      if (depth >= MAX_EXTENDS) return { dir, error: `${path} extends more than ${MAX_EXTENDS} levels deep` };
      const target = parent.startsWith('.') ? posix.normalize(posix.join(dir, parent.endsWith('.json') ? parent : `${parent}.json`)) : await this.packageConfig(dir, parent);
      // A shared config of a package not installed in the root declares nothing the gate can read (and tsc could not either).
      if (target === undefined) continue;
      if (target.startsWith('../')) return { dir, error: `${path} extends ${parent}, outside the root` };
      const p = await this.readTsconfig(target, depth + 1, leaf);
      if (p?.error !== undefined) return p;
      inherited = { ...inherited, ...p } as TsConfig;
    }
    const options = (value.compilerOptions ?? {}) as Record<string, unknown>;
    const wrong = optionTypeProblem(options);
    if (wrong !== undefined) return { dir, error: `${path}: ${wrong}` };
    const config: TsConfig = { ...inherited, dir };
    const rooted = (v: string) => posix.normalize(v.startsWith('${configDir}') ? posix.join(leaf, v.slice('${configDir}'.length).replace(/^\/+/, '')) : posix.join(dir, v)).replace(/^\.$/, '').replace(/\/+$/, '');
    if (typeof options.baseUrl === 'string') config.baseUrl = rooted(options.baseUrl);
    if (typeof options.outDir === 'string') config.outDir = rooted(options.outDir);
    if (typeof options.rootDir === 'string') config.rootDir = rooted(options.rootDir);
    if (Array.isArray(options.rootDirs)) config.rootDirs = options.rootDirs.filter((x): x is string => typeof x === 'string').map(rooted);
    if (typeof options.jsxImportSource === 'string') config.jsxImportSource = options.jsxImportSource;
    if (Array.isArray(options.typeRoots)) config.typeRoots = options.typeRoots.filter((x): x is string => typeof x === 'string').map(rooted);
    if (typeof options.libReplacement === 'boolean') config.libReplacement = options.libReplacement;
    if (Array.isArray(options.types)) config.types = options.types.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    const listed = [value.include, value.files].filter(Array.isArray).flat().filter((x): x is string => typeof x === 'string');
    if (Array.isArray(value.include) || Array.isArray(value.files)) config.scope = listed.map((e) => rooted(e.split('/').filter((part, i, all) => all.slice(0, i + 1).every((q) => !/[*?[{]/.test(q))).join('/') || '.'));
    if (Array.isArray(options.moduleSuffixes)) config.moduleSuffixes = options.moduleSuffixes.filter((x): x is string => typeof x === 'string' && x !== '');
    if (options.paths !== null && typeof options.paths === 'object' && !Array.isArray(options.paths)) {
      const paths: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(options.paths as Record<string, unknown>)) paths[k] = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
      config.rawPaths = paths;
      config.pathsDir = dir;
    }
    if (depth === 0 && Array.isArray(value.references)) {
      const refs: string[] = [];
      for (const r of value.references as unknown[]) {
        const at = (r as { path?: unknown } | null)?.path;
        if (typeof at !== 'string') continue;
        const target = posix.normalize(posix.join(dir, at));
        if (target !== '..' && !target.startsWith('../') && target !== path) refs.push(target.endsWith('.json') ? target : posix.join(target, 'tsconfig.json'));
      }
      if (refs.length > 0) config.references = refs;
    }
    return config;
  }

  /**
   * A tsconfig `extends` naming a package (`@repo/tsconfig/base.json`, `@tsconfig/node20`): the file in that
   * package, found as a workspace package or installed in a node_modules between `dir` and the root (a link
   * into the root is followed to its real place). Undefined when no such package is in the root.
   */
  private async packageConfig(dir: string, spec: string): Promise<string | undefined> {
    const name = packageName(spec);
    const rest = spec.slice(name.length).replace(/^\/+/, '');
    let home = (await this.workspaces()).get(name);
    for (let d = dir; home === undefined; d = posix.dirname(d)) {
      const here = d === '.' ? '' : d;
      const installedAt = posix.join(here, 'node_modules', name);
      const found = await this.installedAt(installedAt);
      if (found !== undefined) home = found === 'external' ? await this.realPath(installedAt) : found.dir;
      if (here === '') break;
    }
    if (home === undefined) return undefined;
    return rest === '' ? posix.join(home, 'tsconfig.json') : posix.join(home, rest.endsWith('.json') ? rest : `${rest}.json`);
  }
}

/**
 * `paths` made root-relative once the whole `extends` chain is merged: substitutions are relative to the
 * effective `baseUrl` when there is one (whichever file sets it), else to the tsconfig that declares them;
 * `${configDir}` is the directory of the tsconfig the compiler was given (`path`).
 */
function withPaths(config: TsConfig, path: string): TsConfig {
  if (config.rawPaths === undefined) return config;
  const base = config.baseUrl ?? config.pathsDir ?? config.dir;
  const leaf = posix.dirname(path);
  const at = (s: string) => (s.startsWith('${configDir}') ? posix.join(leaf, s.slice('${configDir}'.length).replace(/^\/+/, '')) : posix.join(base, s));
  const paths = Object.fromEntries(Object.entries(config.rawPaths).map(([k, v]) => [k, v.map((s) => posix.normalize(at(s)))]));
  return { ...config, paths };
}

/** The package an aliasing version names: `npm:@k/store@^1`, `npm:kx`, pnpm's `workspace:@k/store@*`. */
function aliasTarget(version: string): string | undefined {
  return /^(?:npm|workspace):((?:@[^@/\s]+\/)?[A-Za-z0-9][^@/\s]*)(?:@|$)/.exec(version)?.[1];
}

/** The directory a `file:` / `link:` / `portal:` version names, relative to its package.json. */
function linkTarget(version: string): string | undefined {
  return /^(?:file|link|portal):(.*)$/.exec(version)?.[1];
}

/**
 * Dependencies an override replaces with a directory: npm `overrides` (nested under a parent package, `.` for the
 * parent itself), yarn `resolutions` (`**\/name`, `parent/name`) and pnpm `pnpm.overrides` (`parent>name`), any key
 * with a version range (`name@1`). Each is read wherever it is written, so none is missed (npm and pnpm honour the
 * root's only).
 */
function overrideLinks(value: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const visit = (node: unknown, parent: string | undefined): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, v] of Object.entries(node as Record<string, unknown>)) {
      const name = key === '.' ? parent : overriddenName(key);
      const link = typeof v === 'string' ? linkTarget(v) : undefined;
      if (link !== undefined && name !== undefined) out.push([name, link]);
      else visit(v, name);
    }
  };
  visit(value.overrides, undefined);
  visit(value.resolutions, undefined);
  visit((value.pnpm as { overrides?: unknown } | null | undefined)?.overrides, undefined);
  return out;
}

/** The package an override key names: the last of `a>b` or `**\/a/b` (a scope kept), without a version range. */
function overriddenName(key: string): string {
  const parts = (key.split('>').at(-1) as string).split('/');
  const last = (parts.at(-2) ?? '').startsWith('@') ? parts.slice(-2).join('/') : (parts.at(-1) as string);
  return last.replace(/(?!^)@.*$/, '');
}

/** The string replacements of an object `browser` field (`false`, "load nothing", replaces nothing with code). */
function browserMap(browser: unknown): { browser?: Record<string, string> } {
  if (browser === null || typeof browser !== 'object' || Array.isArray(browser)) return {};
  const map = Object.fromEntries(Object.entries(browser as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
  return Object.keys(map).length > 0 ? { browser: map } : {};
}

/** The replacement a `browser` map gives a file of its package: keys name it with or without its extension. */
function browserKeyFor(dir: string, file: string, browser: Readonly<Record<string, string>>): string | undefined {
  const stem = (p: string) => p.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '');
  for (const [key, to] of Object.entries(browser)) {
    if (!key.startsWith('.')) continue;
    if (stem(posix.normalize(posix.join(dir, key))) === stem(file)) return to;
  }
  return undefined;
}

/** Whether root-relative `file` is `scope` or lies under it (`''` is the whole root). */
export function withinScope(file: string, scope: string): boolean {
  return scope === '' || file === scope || file.startsWith(`${scope}/`);
}
