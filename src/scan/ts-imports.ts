/**
 * TypeScript / JavaScript import scanner: which modules a source file loads, and where.
 *
 * Built on the allocation-free lexer in ts-lexer.ts (comments, strings, templates, regexes and JSX
 * text are never code). Reported forms, each with the position of its specifier:
 *
 * - `import … from '…'`, `import '…'`, `import type …`, `export … from '…'`, `export * from '…'`,
 *   `import x = require('…')`; the names each one takes (`import { a as b }` takes `a`), so a barrel's
 *   re-exports can be followed to the file that defines the name;
 * - `require('…')`, `module.require('…')`, `createRequire(…)('…')`, a variable bound to `require` or to
 *   `createRequire(…)` and then called, `import('…')`;
 * - `new URL('…', import.meta.url)`, `new Worker('…')` / `new SharedWorker('…')`;
 * - `import.meta.glob('…' | ['…'])` and `require.context('dir', recursive, /re/)`, as glob edges the
 *   gate expands against the files that exist;
 * - identifiers written with `\u` escapes are read as what they spell (`\u0072equire`).
 *
 * A form whose target is computed — `require(name)`, `import(\`./${x}\`)`, `new Worker(path)`, `require`
 * passed around as a value — is reported in `unresolvable`: it may load anything. Not imports: a method
 * or function named `import` / `require` (`obj.require(x)`, `require(name) { … }`, `declare function
 * require(…)`), `require.resolve`, and any text inside comments, strings, templates, regexes or JSX.
 * What the lexer could not make sense of is in `errors`: the scan of such a file is not complete.
 */
import { lastOf } from '../util/arrays.js';
import { F_CTL, F_ESCAPED, F_OBJECT_END, F_TERNARY, type HtmlComments, identValue, K, type LexError, type Lexed, lexTs, P_ARROW, P_DEC, P_INC, P_OPTCHAIN, P_OTHER2_ID, P_SPREAD, stringValue } from './ts-lexer.js';
import { posix } from 'node:path';
import { commandNodeRuns, isModuleRunner, isNodeProgram, joinCwd, type NodeCommand, nodeArgv, nodeEnvFiles, runnerArgv, runnerEnvFiles, shellNodeCommands, splitOptions } from './node-argv.js';

/**
 * How a module is loaded. `env_file` names no module but a file Node reads its environment from as it starts
 * (`node --env-file=.env`, from the working directory): the modules its NODE_OPTIONS preload are loaded there.
 */
export type TsImportKind = 'import' | 'import_type' | 'side_effect' | 'export_from' | 'require' | 'dynamic_import' | 'url' | 'worker' | 'resolve' | 'env_file';

export interface TsImport {
  kind: TsImportKind;
  specifier: string;
  /** 1-based line and column (UTF-16 code units) of the specifier's string literal. */
  line: number;
  column: number;
  /** The exported names this import takes (`default` for a default import); absent: it may take any. */
  names?: string[];
  /**
   * Made only under a compiler option the scan does not know (the JSX dev runtime): an edge when it names a file, else
   * nothing. Of an `env_file`: `--env-file-if-exists`, nothing when the file is absent.
   */
  optional?: boolean;
  /** A path resolved against the process's working directory, not the file (`fork('./x.js')`, worker_threads' `new Worker('./x.js')`). */
  cwd?: true;
  /** A types package named by `/// <reference types="…" />`: found in the tsconfig's `typeRoots` first, then as a package. */
  typesPackage?: true;
  /** Of an `env_file`: the working directory of the process it starts, relative to the root ('' the root itself; absent: computed). */
  envCwd?: string;
  /**
   * Not a load: this module gives the imported class methods (`Thing.prototype.save = …`, written here as `gives`), which
   * the class's own module's code may then call: an edge of the imported file into this one.
   */
  gives?: string;
}

export type TsUnresolvableKind = 'require' | 'dynamic_import' | 'url' | 'worker' | 'glob';

export interface TsUnresolvable {
  kind: TsUnresolvableKind;
  /** The argument's source text, shortened. */
  expression: string;
  /** Position of the `require` / `import` / `new` keyword. */
  line: number;
  column: number;
}

/** `import.meta.glob(…)` or `require.context(…)`: every file the patterns match is imported. */
export interface TsGlob {
  kind: 'import_meta_glob' | 'require_context';
  /** Glob patterns relative to the file (`./`, `../`) or to the root (`/`); `!` negates. For require.context, the directory. */
  patterns: string[];
  /** require.context: whether subdirectories count (default true) and the file filter. */
  recursive?: boolean;
  filter?: { source: string; flags: string };
  line: number;
  column: number;
}

/** What a module exports, enough to follow a barrel: local names and re-exports. */
export interface TsExports {
  local: string[];
  /**
   * Names the scanner may list without their being exported (every identifier of a destructuring pattern, the
   * name after each comma of a declarator list, which may be a type argument): a barrel follows them, but they
   * never shadow an `export *` the way a certain local name does.
   */
  maybe?: string[];
  /** An export whose names the scanner cannot list (`export =`, `export as namespace`, a decorated class, a form it does not know): the module may export any name. */
  open?: boolean;
  /**
   * `export * from` (exported '*'), `export * as ns from` (imported '*'), `export { a as b } from`, and `import { a } …; export { a }`.
   * A hand-on to every name (`module.exports = open`, `Object.assign(module.exports, local)`) is exported '*' of an imported name.
   */
  reexports: { exported: string; imported: string; specifier: string }[];
  /**
   * Imports put on the global object (`globalThis.db = open`): every module that loads this one may read them, whatever
   * names it takes; and every module that reads the key (`key`: `db`; `*` when the key is computed) may read them.
   */
  global?: { imported: string; specifier: string; key: string }[];
  /** Members a class of the module stores a module object on (`this.host = module`, `host = module`): an importer's `new A().host.require(…)` loads. */
  moduleMembers?: string[];
}

/**
 * The global object handed with a key the scan cannot clear to a function another module exports (`import { setup }
 * from './util.js'; setup(globalThis, config)`): a refusal unless every file the specifier names exports `imported` as
 * a function whose parameter `param` it only writes members of (ScanTsOptions.writeOnly), which can take no Worker.
 */
export interface TsGuarded extends TsUnresolvable {
  specifier: string;
  imported: string;
  param: number;
}

/** A load through a member of another module's instance (`new Holder().host.require('…')`, scanTs' importedMemberLoads). */
export interface TsMemberLoad {
  specifier: string;
  member: string;
  /** The import it is where the module `specifier` names stores a module object on `member` (TsExports.moduleMembers). */
  load: TsImport;
}

/**
 * Another module's class handed to a helper imported from a module (`addSave(Thing)` of `import { addSave } from
 * './helpers'`): an edge of the class's module into this one when the helper's module exports it as a function writing
 * that parameter as a class (ScanTsOptions.classWriters; red team kt).
 */
export interface TsClassHanded {
  specifier: string;
  imported: string;
  via: string;
  helper: { specifier: string; imported: string };
  param: number;
  line: number;
  column: number;
}

export interface TsScan {
  /** Classes of other modules handed to imported helpers (TsClassHanded). */
  classHanded?: TsClassHanded[];
  /** Of ScanTsOptions.classWriters, the `name:param` pairs this module's exports write as a class. */
  classWriters?: string[];
  imports: TsImport[];
  /** Loads through members another module may make module objects (see TsMemberLoad). */
  memberLoads?: TsMemberLoad[];
  /** Refusals lifted only by what another module exports (see TsGuarded). */
  guarded?: TsGuarded[];
  /** Of ScanTsOptions.writeOnly, the `name:param` pairs this module's exports honour. */
  writeOnly?: string[];
  unresolvable: TsUnresolvable[];
  globs: TsGlob[];
  exports: TsExports;
  /** Where the lexer lost track (a literal or bracket left open, a stray closer): the scan is not complete. */
  errors: LexError[];
  /** The file holds a JSX element: a tsconfig `jsxImportSource` makes it import that runtime. */
  jsx?: true;
  /**
   * Keys of the global object the module reads, each once at its first read: a member of it or of a name holding it
   * (`globalThis.db`, `g['db']`; `*` for a computed one), and a name the module reads without declaring it anywhere.
   */
  globalReads?: { key: string; line: number; column: number }[];
  /**
   * Names the file declares into the global scope of its program: the top-level declarations of a script (no import or
   * export statement: `interface StoreDb {…}`, `declare const db: Db`, `declare namespace NodeJS {…}`), and those of a
   * `declare global { … }` block. Only TypeScript reads a script so (the follow judges by the file's name).
   */
  declaredGlobals?: string[];
  /** Names the file declares at its top level (a script's are also its declaredGlobals): a read of one is no global's. */
  topDeclared?: string[];
  /**
   * Every name the file writes outside a member, a key and its own top-level declarations (types too: `db: StoreDb`
   * in a parameter, which globalReads leaves out), each at its first place: read against the declaredGlobals of the
   * program's other files.
   */
  namesRead?: { key: string; line: number; column: number }[];
}

// ---------------------------------------------------------------------------------------------
// Parsing over the token buffer

const MAX_CLAUSE_TOKENS = 20_000;
const MAX_TYPE_ARG_TOKENS = 256;
const MAX_EXPRESSION = 80;
const METHOD_MODIFIERS = new Set(['static', 'async', 'get', 'set', 'public', 'private', 'protected', 'override', 'readonly', 'declare', 'abstract']);
const DECLARATORS = new Set(['const', 'let', 'var']);
/** Declarations that export the name after them (`export abstract class X`: `abstract` is skipped first). */
const DECLARATIONS = new Set(['function', 'class', 'const', 'let', 'var', 'enum', 'interface', 'type', 'namespace', 'module']);
/** Keywords whose `(…) {` is a statement head, not a parameter list. */
const STATEMENT_HEADS = new Set(['if', 'while', 'for', 'with', 'switch']);
/** Tokens before the `(` of an arrow function with a return type (`= (a): T => …`); not `?` or `:` of a conditional. */
const ARROW_BEFORE_PUNCT = new Set([61, 40, 44, P_ARROW, 123, 91, 59]);
/** Words that continue an expression on a new line (`X\n  as T`); any other word there starts a statement. */
const CONTINUES_EXPRESSION = new Set(['as', 'satisfies', 'instanceof', 'in', 'extends', 'implements']);
/** Punctuation after which a line break cannot end an expression: `= , ( [ { . ? : + - * / % & | ^ ! ~ < > =>`. */
const BINARY_PUNCT = new Set([61, 44, 40, 91, 123, 46, 63, 58, 43, 45, 42, 47, 37, 38, 124, 94, 33, 126, 60, 62, P_ARROW, P_OPTCHAIN]);
/** How far an arrow's expression body or a return type is followed before giving up (an undecided binding stays a use). */
const MAX_BINDING_SCAN = 4096;
const WORKERS = new Set(['Worker', 'SharedWorker']);
/** How many names bound to a timer (`const later = setTimeout`) are followed to their calls. */
const MAX_TIMER_ALIASES = 64;
/** Calls whose result is never an object they are given (a copy, a test, a string, a list of keys): no WEAK value. */
const NOT_RETURNING = new Set(['structuredClone', 'JSON', 'String', 'Number', 'Boolean', 'BigInt', 'Symbol', 'Math', 'console', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'escape', 'unescape', 'btoa', 'atob', 'Object.keys', 'Object.getOwnPropertyNames', 'Object.getOwnPropertySymbols', 'Object.is', 'Object.isFrozen', 'Object.isSealed', 'Object.isExtensible', 'Object.hasOwn', 'Array.isArray', 'Reflect.has', 'Reflect.ownKeys', 'Reflect.isExtensible', 'Reflect.deleteProperty', 'Reflect.set', 'Reflect.defineProperty']);
/** Members of the global object that load code: a worker constructor, the CommonJS loader. */
const LOADER_KEYS = new Set([...WORKERS, 'require']);
/** Operators whose value may be either operand (stringOperand). */
const LOGICAL_OPERATORS = new Set(['||', '??', '&&']);
/** Words whose value is no string (keylessArgument). */
const KEYLESS_WORDS = new Set(['true', 'false', 'null', 'undefined', 'this', 'NaN', 'Infinity', 'document']);
/** Of those, the reserved words: the others a module may bind (`let document = 'Worker'`). */
const RESERVED_KEYLESS = new Set(['true', 'false', 'null', 'this']);
/** Words after which `[` opens an array literal, not a member read (`return ['caller']`). */
const MEMBERLESS_WORDS = new Set(['return', 'case', 'in', 'of', 'typeof', 'void', 'await', 'yield', 'else', 'do', 'delete', 'throw', 'new', 'instanceof', 'extends']);
/**
 * A triple-slash directive as TypeScript reads one (`tripleSlashXMLCommentStartRegEx`): one line, a tag name in any
 * case, `/>` closing it; its attributes in any order (`/// <reference preserve="true" path="…" />`).
 */
const TRIPLE_SLASH_TAG = /^[ \t]*\/\/\/[^\S\r\n]*<(\S+)[^\S\r\n].*?\/>/gm;
/** Attributes of a triple-slash directive naming a file: `path` and `types` of `reference`, `path` of `amd-dependency`. */
const TRIPLE_SLASH_FILE_ARGS: Readonly<Record<string, readonly string[]>> = { reference: ['path', 'types'], 'amd-dependency': ['path'] };
const TRIPLE_SLASH_ARG: Readonly<Record<string, RegExp>> = Object.fromEntries(['path', 'types'].map((name) => [name, new RegExp(`(\\s${name}\\s*=\\s*)(?:'([^']*)'|"([^"]*)")`, 'i')]));
/**
 * The JSX import source pragma (`/** @jsxImportSource ../ui *\/`): TypeScript (any case, in a block comment), Babel and
 * esbuild (also in a line comment) import `<source>/jsx-runtime` (`jsx-dev-runtime` in development) into the file.
 */
const JSX_IMPORT_SOURCE = /@jsximportsource[^\S\r\n]+(\S+?)(?:\*\/|\s|$)/dgim;
/** What a JSX import source makes a file import: its runtime, and its development runtime when that names a file. */
export function jsxRuntimeImports(source: string, at: { line: number; column: number }): TsImport[] {
  return [
    { kind: 'import', specifier: `${source}/jsx-runtime`, ...at },
    { kind: 'import', specifier: `${source}/jsx-dev-runtime`, optional: true, ...at },
  ];
}

/** In a JSDoc comment: an import type `import('./x')` or an `@import … from './x'` tag. */
const JSDOC_IMPORT = /\bimport\s*\(\s*(["'`])([^"'`\n]*)\1\s*\)|@import\b[^@]*?\bfrom\s*(["'])([^"'\n]*)\3/dg;
const REQUIRE_HOSTS = new Set(['module', 'mainModule', 'globalThis', 'global', 'window', 'self']);
/** Names of the global object: what is put on it (`globalThis.db = open`) every module may read. */
const GLOBAL_HOSTS = new Set(['globalThis', 'global', 'window', 'self']);
/** Members of a window that are a window too, with its own Worker (`window.parent`, `self.top`, `window.frames`). */
const WINDOW_MEMBERS = new Set(['frames', 'parent', 'top', 'opener', 'content']);
/** Members naming a window whatever object they are read off (`document.defaultView`, `iframe.contentWindow`). */
const WINDOW_PROPERTIES = new Set(['defaultView', 'contentWindow', 'parentWindow']);
const GLOBAL_HOST_MENTION = /global|window|self|\b(?:top|parent|frames|opener)\b|\bcontent\s*(?:\?\.|[.[])|defaultView|contentWindow|parentWindow|getThis|\bopen\(|addEventListener|attachEvent|\bon\w+\s*=[^=]/;
/** `this` as a value (`= this`, `f(this)`, `return this`, `this[k]`): in a sloppy function called plainly, the global object. */
const THIS_VALUE = /[=(,[:?]\s*this\b|return\s+this\b|\bthis\s*(?:\[|\?\.\[)/;
/** Modules whose `createRequire` export makes a require function. */
const MODULE_BUILTINS = new Set(['module', 'node:module']);
/** node:module's functions that install loader hooks: `register` loads the module it names, `registerHooks` takes hook functions. */
const MODULE_HOOKS = new Set(['register', 'registerHooks']);
/** An identifier as the scanner reads it: webpack's `__non_webpack_require__` (Node's require in a bundle) is `require`. */
const loaderName = (name: string): string => (name.length === 23 && name === '__non_webpack_require__' ? 'require' : name);
/** Test frameworks' loaders (`jest.requireActual('./x')`, `vi.importActual('./x')`): each loads the real module it names. */
const TEST_FRAMEWORKS = new Set(['jest', 'vi']);
const TEST_LOADERS = new Set(['requireActual', 'requireMock', 'importActual', 'importMock', 'createMockFromModule', 'genMockFromModule']);
/** Their module mocks: without a factory (an automock, `{ spy: true }`) or with one that takes the original, the real module is loaded. */
const TEST_MOCKS = new Set(['mock', 'doMock', 'unstable_mockModule']);
/** Packages whose function loads the module it names with stubs (`proxyquire('./x', stubs)`, `await esmock('./x.js', mocks)`, `rewire('./x')`). */
const STUBBING_LOADERS = new Set(['proxyquire', 'esmock', 'rewire']);
/** Properties of `require` that do not load a module. */
/** Node's vm module, and its functions and classes that compile code from a string (which may load any module). */
const VM_BUILTINS = new Set(['vm', 'node:vm']);
/** Node's modules that run a module from a path relative to the working directory: `fork`, and worker_threads' Worker. */
const CHILD_PROCESS_BUILTINS = new Set(['child_process', 'node:child_process']);
/** child_process functions that start a program: `fork` runs a module; the others run a command line, which may be Node's. */
const CHILD_PROCESS_RUNNERS = new Set(['fork', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync']);
/** The ones that take a shell command line as one string. */
const SHELL_RUNNERS = new Set(['exec', 'execSync', 'execaCommand']);
/** Packages that run programs for scripts, and what each of their functions runs like (see scriptingRunner). */
const SCRIPTING_PACKAGES = new Set(['execa', 'zx', 'zx/core', 'zx/globals']);
const SCRIPTING_RUNNERS = new Map([
  ['execa', 'execFile'], ['execaSync', 'execFile'], ['execaNode', 'fork'], ['execaCommand', 'execaCommand'], ['execaCommandSync', 'execaCommand'],
  ['$', '$'], ['default', 'execFile'],
]);
/** Packages that load env files into `process.env` (`require('dotenv').config({ path })`), whatever later starts Node inherits. */
const DOTENV_PACKAGES = new Set(['dotenv', '@dotenvx/dotenvx']);
const DOTENV_LOADS = new Set(['config', 'configDotenv']);
/** Entry points that load `.env` as they are imported (`import 'dotenv/config'`, `node -r dotenv/config`). */
const DOTENV_CONFIG = new Set(['dotenv/config', '@dotenvx/dotenvx/config']);
const CLUSTER_BUILTINS = new Set(['cluster', 'node:cluster']);
/** Words that are no global's key when read bare (keywords, literals), left out of TsScan.globalReads. */
const NOT_GLOBALS = new Set(['const', 'let', 'var', 'function', 'class', 'return', 'if', 'else', 'for', 'while', 'do', 'switch', 'case', 'default', 'break', 'continue', 'new', 'typeof', 'instanceof', 'in', 'of', 'delete', 'void', 'throw', 'try', 'catch', 'finally', 'import', 'export', 'from', 'as', 'async', 'await', 'yield', 'this', 'super', 'null', 'true', 'false', 'undefined', 'extends', 'implements', 'interface', 'type', 'enum', 'namespace', 'declare', 'readonly', 'public', 'private', 'protected', 'static', 'get', 'set', 'satisfies', 'keyof', 'abstract', 'override', 'module', 'require', 'exports', 'string', 'number', 'boolean', 'unknown', 'any', 'never', 'object', 'symbol', 'bigint', 'is', 'asserts', 'infer', 'with', 'debugger']);
/** cluster's settings: `exec` is the module each worker runs (through fork), `execArgv` Node's options for it. */
const CLUSTER_SETUP = new Set(['setupPrimary', 'setupMaster']);
/** Node's modules whose exports load or run modules: a name destructured from one of them is read as its export. */
const RUNNING_BUILTINS = new Set([...CHILD_PROCESS_BUILTINS, ...CLUSTER_BUILTINS, 'module', 'node:module', 'vm', 'node:vm', 'worker_threads', 'node:worker_threads']);
/** `process.X` naming the running Node binary. */
const NODE_BINARY = new Set(['execPath', 'argv0']);
/** The mark a template's computed substitution leaves in a command line read from it. */
const COMPUTED = '\u0000';
/** A template's substitutions in a command line: the running Node binary (`${process.execPath}`), the parent's own NODE_OPTIONS (nothing), any other value. */
const SUBSTITUTION = /\$\{\s*(process\s*\.\s*(?:execPath|argv0|argv\s*\[\s*0\s*\]))\s*\}|(\$\{\s*process\s*\.\s*env\s*(?:\.\s*NODE_OPTIONS|\[\s*['"]NODE_OPTIONS['"]\s*\])\s*(?:(?:\?\?|\|\|)\s*(?:''|"")\s*)?\})|\$\{[^}]*\}/g;
const WORKER_THREADS_BUILTINS = new Set(['worker_threads', 'node:worker_threads']);
const VM_RUNNERS = new Set(['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction', 'Script', 'SourceTextModule']);
const REQUIRE_LOOKUPS = new Set(['resolve', 'cache', 'main', 'extensions']);
/** Members of a module object or of Node's Module class that load or run code (`require` aside, read on its own). */
const HOST_LOADERS = new Set(['require', '_load', 'createRequire', '_compile', '_extensions', 'extensions']);
/** Operators whose result is no module object whatever their operand (`typeof module`, `m instanceof Module`). */
const VALUE_OPERATORS = new Set(['typeof', 'instanceof', 'in', 'void', 'delete', 'new', 'keyof']);
/** Function.prototype's methods that bind their first argument as `this` (`f.call(module)`). */
const THIS_BINDERS = new Set(['call', 'apply', 'bind']);
/** Array methods whose result holds what their callback returns. */
const MAPPING_CALLBACKS = new Set(['map', 'flatMap']);
/** Built-ins that give back their argument, its prototype, a member or a descriptor of one (not the writers: `Object.defineProperty(module, 'exports', …)` is common). */
const OBJECT_READERS: Readonly<Record<string, ReadonlySet<string>>> = {
  Reflect: new Set(['get', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'setPrototypeOf']),
  Object: new Set(['getPrototypeOf', 'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'values', 'entries', 'create', 'setPrototypeOf']),
  Promise: new Set(['resolve', 'all', 'race', 'any', 'allSettled']),
};
/** Constructors of containers that keep their argument's elements (`new Set([module])`). */
const MODULE_CONTAINERS = new Set(['Set', 'Map', 'WeakMap', 'WeakSet', 'WeakRef', 'Array', 'FinalizationRegistry']);
/** Timers and queues that call their callback (first) with the arguments after it, however they are reached (`timers.setTimeout`). */
const BUILTIN_STATICS = new Set(['Object', 'Reflect', 'JSON', 'Array', 'Number', 'String', 'Math', 'Symbol', 'Promise', 'Error']);
const FORWARDERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'nextTick']);
/** Built-ins that store their arguments from an index on into an object (`Object.assign(o, { m: module })`). */
const OBJECT_STORES: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  Object: new Map([['defineProperty', 1], ['defineProperties', 1], ['assign', 1], ['fromEntries', 0]]),
  Reflect: new Map([['set', 1], ['defineProperty', 1], ['construct', 1]]),
  Array: new Map([['of', 0]]),
};
/** Array methods whose callback gets each element first (`module.children.forEach((m) => …)`). */
const ELEMENT_CALLBACKS = new Set(['forEach', 'map', 'filter', 'find', 'findLast', 'some', 'every', 'flatMap']);
/**
 * Methods of a collection of module objects (`module.children`, `require.cache`'s values, a copy of either) whose result
 * is one of its elements or a collection of them (`module.children.at(-1)`, `.filter(f)[0]`, `.slice(-1)`, `.pop()`);
 * `map`, `reduce`: what the callback returns, which may be its module-object parameter; an iterator's `next()`, whose
 * `value` is an element.
 */
const ELEMENT_RESULTS = new Set(['at', 'find', 'findLast', 'filter', 'slice', 'splice', 'pop', 'shift', 'values', 'entries', 'flat', 'concat', 'reverse', 'sort', 'toReversed', 'toSorted', 'toSpliced', 'with', 'valueOf', 'map', 'flatMap', 'reduce', 'reduceRight', 'next']);
/** Built-ins whose result holds the elements of their first argument (`Array.from(module.children)`). */
const ELEMENT_COPIES: Readonly<Record<string, ReadonlySet<string>>> = { Array: new Set(['from', 'of']), Object: new Set(['values', 'entries']) };
/** The longest bracket searched token by token for a module-object alias's name; a longer one is searched by an index. */
const MAX_ALIAS_VALUE = 256;
/** The name a `module` the file declares is read under (no identifier JS can spell): any name's value, not Node's module object. */
const LOCAL_MODULE = '\u0000module';
/** Names Node's loader, a module object or the module module is reached from: a local `module` given a value naming one stays Node's. */
const LOADER_ROOTS = new Set(['module', 'require', '__non_webpack_require__', 'process', 'import', 'globalThis', 'global', 'window', 'self', 'this', 'arguments', 'Module', 'createRequire', 'getBuiltinModule', 'Reflect', 'Object', 'Function', 'eval', 'super']);
/** Heads of a parenthesised condition before a block, which declares no parameter (`if (a) {`). */
const CONDITION_HEADS = new Set(['if', 'while', 'switch']);
/** Keywords an array pattern may follow (`return [module] = o`), where a `[` opens no member. */
const PATTERN_KEYWORDS = new Set(['return', 'of', 'in', 'yield', 'await', 'case', 'typeof', 'void', 'delete', 'throw', 'else', 'do', 'new']);
/** Literals and patterns are read this deep for a module object; a deeper one naming one fails closed. */
const MAX_LITERAL_DEPTH = 4;
/** Members of a module object, of `require` or of Node's Module class that hold module objects (`require.cache[p]` is one). */
const MODULE_REACHING = new Set(['parent', 'main', 'mainModule', 'children', 'cache', '_cache', 'constructor', 'value', COMPUTED]);
/** `Object.X(target, …)` that writes the values after the target onto it. */
const OBJECT_WRITERS = new Set(['assign', 'defineProperty', 'defineProperties']);
const REFLECT_WRITERS = new Set(['set', 'defineProperty']);
/** The element names of a JSX element's text (`<Open>`, `<db.Open />`: the root of a member name). */
const JSX_TAG = /<\s*([A-Za-z_$][\w$]*)/g;
/** Assignment roots not tracked as aliases: CommonJS's exports object (its names are read one by one, cjsNames), `this`. */
const UNTRACKED_ROOTS = new Set(['exports', 'module', 'this']);
const LOGICAL_ASSIGNMENTS = new Set(['??', '||', '&&']);
const COMPARISONS = new Set(['==', '===', '!=', '!==', '<=', '>=']);
/**
 * Calls that only read an object handed to them (see prototypeWritten). `Object.freeze` too: a frozen prototype takes no
 * member afterwards (unlike `Object.seal` / `preventExtensions`, whose existing members stay writable).
 */
const PROTOTYPE_READERS = new Set(['Reflect.defineMetadata', 'Reflect.deleteMetadata', 'Reflect.getMetadata', 'Reflect.getOwnMetadata', 'Reflect.getMetadataKeys', 'Reflect.getOwnMetadataKeys', 'Reflect.hasMetadata', 'Reflect.hasOwnMetadata', 'String', 'Object.is', 'hasOwnProperty.call', 'propertyIsEnumerable.call', 'isPrototypeOf.call', 'toString.call', 'util.inspect', 'inspect', 'util.format', 'util.isDeepStrictEqual', 'assert', '_.functions', '_.functionsIn', '_.keys', '_.keysIn', '_.has', '_.hasIn', '_.get', '_.isEqual', '_.values', '_.toPairs', 'Object.keys', 'Object.values', 'Object.entries', 'Object.getOwnPropertyNames', 'Object.getOwnPropertySymbols', 'Object.getOwnPropertyDescriptor', 'Object.getOwnPropertyDescriptors', 'Object.getPrototypeOf', 'Object.create', 'Object.hasOwn', 'Object.freeze', 'Object.isFrozen', 'Object.isSealed', 'Object.isExtensible', 'Reflect.get', 'Reflect.has', 'Reflect.ownKeys', 'Reflect.getPrototypeOf', 'Reflect.getOwnPropertyDescriptor', 'Reflect.isExtensible']);
/** Test doubles' calls (jest, vitest, sinon, Jasmine): what they patch is patched in a test's process (see prototypeWritten). */
const TEST_DOUBLES = new Set(['jest.spyOn', 'vi.spyOn', 'spyOn', 'spyOnAllFunctions', 'sinon.stub', 'sinon.spy', 'sinon.replace', 'sinon.createStubInstance', 'sandbox.stub', 'sandbox.spy', 'sandbox.replace', 'console.log', 'console.dir', 'JSON.stringify', 'expect']);
/** Calls that write the object of their first argument only (a later one is read: `Object.assign(target, X.prototype)`). */
/**
 * A helper the scan cannot read (imported) that is named as one giving a class methods (`applyMixins(Thing, …)`,
 * `augment(Thing)`): the class handed to it as its first argument is written (red team kx).
 */
/** The words that start a value methodsGiven follows other than a name bound to another module (reachPrimary). */
const REACH_WORDS = new Set(['require', 'await', 'import', 'new', 'Object', 'Reflect', 'class', 'super', 'this']);
const MIXIN_HELPER = /mixin|augment|monkey/i;
/** Built-in collections whose keys and elements are held, not written. */
const COLLECTIONS = new Set(['Map', 'WeakMap', 'Set', 'WeakSet']);
/** Their methods that take a key or an element first. */
const COLLECTION_KEYS = new Set(['set', 'add', 'delete', 'get', 'has']);
/**
 * A value of another module's class that methodsGiven reaches: the module itself, the class, its prototype, an instance,
 * or a member under a computed key; `level` counts the local subclasses below it (0: the other module's own); `scoped`:
 * reached from a helper's parameter (paramWritten).
 */
interface ClassReach {
  /** `holder`: an object or array literal holding such values (`{ C: Thing }`, `[Thing]`, a parameter typed `Thing[]`). */
  role: 'module' | 'class' | 'proto' | 'instance' | 'computed' | 'holder';
  level: number;
  specifier: string;
  imported: string;
  via: string;
  scoped: boolean;
  /** A holder's fields by key (an array's by index). */
  fields?: ReadonlyMap<string, ClassReach>;
  /** An array holder's element under any index (`ts[i]`, an iteration callback's parameter). */
  element?: ClassReach;
}
const PROTOTYPE_WRITERS = new Set(['_.assign', '_.assignIn', '_.extend', '_.merge', '_.defaults', '_.defaultsDeep', 'Object.assign', 'Object.defineProperty', 'Object.defineProperties', 'Object.setPrototypeOf', 'Reflect.set', 'Reflect.defineProperty', 'Reflect.setPrototypeOf', 'Reflect.deleteProperty']);
/** Operators whose result is a new value, not an operand (`===` comes as `==` and a touching `=`). */
const COMPUTING_OPERATORS = new Set(['==', '===', '!=', '!==', '<', '>', '<=', '>=', '+', '-', '*', '/', '%', '&', '|', '^', '!', '~']);
/**
 * Built-in calls whose result holds their arguments (`Object.freeze({ open })`, `Promise.resolve(open)`,
 * `Array.of(open)`): a function returning one hands the arguments on, where another call's result is the callee's.
 */
const PASS_THROUGH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Object', new Set(['freeze', 'seal', 'preventExtensions', 'assign', 'create', 'fromEntries', 'setPrototypeOf', 'defineProperty', 'defineProperties', 'values', 'entries'])],
  ['Promise', new Set(['resolve', 'all', 'allSettled', 'race', 'any'])],
  ['Array', new Set(['of', 'from'])],
]);
/** Built-in constructors whose instance holds their arguments (`new Map([['db', open]])`, `new Proxy(open, {})`). */
const CONTAINERS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'Proxy', 'Array']);
/** Numbers per local declaration in localDeclsOf: keyword, initializer from / to, scope open / close, enclosing declaration. */
const LOCAL_FIELDS = 6;
/** Declarations whose body is part of the value their name holds. */
const DECLARED_VALUES = new Set(['class', 'enum', 'namespace', 'module']);

type Binding = { specifier: string; imported: string };
/** A runner's call (see runnerCallAt): the first token of each argument it receives, the token ending an empty list, a `.bind` not called where it stands (its `(`), an argument list the code computes. */
type RunnerCall = { args: number[]; none: number; bound?: number; spread?: true };
/** Words after which a `(` groups an expression (`return (0, cp.fork)(…)`) rather than calling the word. */
/** Punctuators after a runner's reference where it may be called another way (`.call`, `?.(`, `)` of `(0, cp.fork)`, TypeScript's `!`, `['call']`). */
const RUNNER_FORM_AFTER = new Set([46, P_OPTCHAIN, 41, 33, 91]);
const GROUP_BEFORE = new Set(['return', 'typeof', 'void', 'await', 'yield', 'case', 'in', 'of', 'delete', 'throw', 'else', 'do', 'default', 'instanceof']);
/**
 * Tokens `[from, to)` of a value (read by handedOnNames); whether it is what a function returns, and then the parameters
 * of the functions around it (names that are not the module's).
 */
type ValueRange = [number, number, boolean, ReadonlySet<string>?];
/** What an alias's values hold: imports, and other top-level aliases. */
interface AliasEdges {
  direct: Binding[];
  aliases: string[];
}

export interface ScanTsOptions {
  /** Lex JSX (on for .tsx/.jsx/.js/.mjs/.cjs; off for .ts/.mts/.cts, where `<T>x` is a type assertion). Default true. */
  jsx?: boolean;
  /** Read JSDoc types (`@type {import('./x').T}`, `@import … from './x'`) as type imports: JavaScript files, which TypeScript checks by them. */
  jsdoc?: boolean;
  /** How `<!--` / `-->` are read (see HtmlComments). Default 'module'. */
  htmlComments?: HtmlComments;
  /** Internal: how many `data:` modules deep this text is (see dataModules). */
  dataDepth?: number;
  /**
   * A test file (`*.test.*`, `*.spec.*`, under `__tests__/`, `test/`, `tests/`): its mentions of a child_process runner
   * as a value are spies and assertions (`expect(cp.spawn).toHaveBeenCalled()`), not a runner handed on.
   */
  testFile?: boolean;
  /** Exported functions whose parameter to check is written only (TsScan.writeOnly): asked of a module a TsGuarded names. */
  writeOnly?: { name: string; param: number }[];
  /** Exported functions whose parameter is asked about (TsScan.classWriters): given a class, do they write it (its prototype, a static)? */
  classWriters?: { name: string; param: number }[];
  /** Internal: text offsets of the names a CommonJS wrapper's `arguments[n]` was read as (wrapperArguments). */
  wrapperAt?: ReadonlySet<number>;
}

/** The parameters of Node's CommonJS module wrapper, in order. */
const WRAPPER_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'] as const;

/** Test files by their path (see ScanTsOptions.testFile). */
const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__|tests?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/** Whether JSX is lexed for a file of this name: not in .ts/.mts/.cts, where `<T>x` is a type assertion. */
export function jsxFor(path: string): boolean {
  return !/\.[cm]?ts$/.test(path);
}

/** How a file of this name is scanned: JSX, JSDoc imports in JavaScript, and HTML-like comments by its goal (script, module or either). */
export function scanOptionsFor(path: string): ScanTsOptions {
  const js = /\.[cm]?jsx?$/.test(path);
  return { jsx: jsxFor(path), jsdoc: js, htmlComments: path.endsWith('.cjs') ? 'script' : /\.jsx?$/.test(path) ? 'either' : 'module', ...(TEST_FILE.test(path) ? { testFile: true } : {}) };
}

let partnerBuffer = new Int32Array(1024);
let parentBuffer = new Int32Array(1024);
/**
 * For each `(`/`[`/`{` token the index of its closer (and back), -1 when unmatched; and for every
 * token the index of the innermost bracket open around it (-1 at the top).
 */
function pairBrackets(tok: Lexed['tok'], count: number): { partner: Int32Array; parent: Int32Array } {
  if (partnerBuffer.length < count) {
    partnerBuffer = new Int32Array(Math.max(count, partnerBuffer.length * 2));
    parentBuffer = new Int32Array(partnerBuffer.length);
  }
  const partner = partnerBuffer;
  const parent = parentBuffer;
  partner.fill(-1, 0, count);
  const stack: number[] = [];
  for (let k = 0; k < count; k++) {
    parent[k] = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
    if (tok.kind[k] !== K.Punct) continue;
    const p = tok.pv[k];
    if (p === 40 || p === 91 || p === 123) stack.push(k);
    else if (p === 41 || p === 93 || p === 125) {
      const want = p === 41 ? 40 : p === 93 ? 91 : 123;
      // A closer that does not match the innermost opener closes nothing (the lexer reported it).
      const top = stack[stack.length - 1];
      if (top !== undefined && tok.pv[top] === want) {
        stack.pop();
        partner[top] = k;
        partner[k] = top;
        parent[k] = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
      }
    }
  }
  return { partner, parent };
}

export function scanTs(text: string, options: ScanTsOptions = {}): TsScan {
  const lx: Lexed = lexTs(text, { jsx: options.jsx, docComments: options.jsdoc, htmlComments: options.htmlComments });
  const { tok } = lx;
  const count = tok.n;
  const imports: TsImport[] = [];
  const unresolvable: TsUnresolvable[] = [];
  /** Worker constructors read off a host by a key not provably another name: kept where no other refusal shares the line. */
  const hostWorkers: TsUnresolvable[] = [];
  /** `x.m.require('…')` met by the walk: an instance's member another module may make a module object (memberLoads). */
  const memberRequires: number[] = [];
  /** Timers met by the walk (a name, or the `]` of `window['setTimeout']`), judged once scopes are known (judgeTimers). */
  const timerRefs: number[] = [];
  /** Refusals another module's function may lift (TsScan.guarded). */
  const guarded: TsGuarded[] = [];
  const globs: TsGlob[] = [];
  const exportsInfo: TsExports = { local: [], reexports: [] };
  /** Import bindings: local name → (specifier, imported name), for `export { a }` of an imported `a`. */
  const bindings = new Map<string, { specifier: string; imported: string }>();
  /** Names bound to `require` or to a `createRequire(…)` result. */
  const requireAliases = new Set<string>();
  /** Where each alias was first bound to a loader (an exported alias hands the loader to other modules). */
  const aliasAt = new Map<string, number>();
  const addAlias = (name: number) => {
    const word = ident(name) as string;
    requireAliases.add(word);
    if (!aliasAt.has(word)) aliasAt.set(word, name);
  };
  /** Ends of the scopes where `require` names a destructured local (see bindingOf), innermost last. */
  const shadows: number[] = [];
  /** The tokens local `require` functions govern (localRequireCall), found at the first call. */
  let localRequireScopes: [number, number][] | undefined;
  let lineStarts: number[] | undefined;

  const kind = (k: number) => (k >= 0 && k < count ? (tok.kind[k] as number) : 0);
  const pv = (k: number) => (kind(k) === K.Punct ? (tok.pv[k] as number) : -1);
  const isP = (k: number, c: number) => pv(k) === c;
  // webpack's `__non_webpack_require__` is Node's own require in a bundle: read as `require` in every form.
  const ident = (k: number): string | undefined => (kind(k) === K.Ident ? (localModule !== undefined && localModule[k] === 1 ? LOCAL_MODULE : loaderName(identValue(lx, k))) : undefined);
  /** Tokens `module` that name a local the file declares, not Node's module object (localModuleTokens); set before the walk. */
  let localModule: Uint8Array | undefined;
  const isId = (k: number, word: string) => kind(k) === K.Ident && (tok.end[k] as number) - (tok.start[k] as number) >= word.length && ident(k) === word;
  const isProperty = (k: number) => isP(k - 1, 46) || isP(k - 1, P_OPTCHAIN);
  const literal = (k: number): string | undefined => (kind(k) === K.String || kind(k) === K.Template ? stringValue(lx, k) : undefined);
  const at = (k: number) => ({ line: tok.line[k] as number, column: tok.col[k] as number });

  // Every bracket's partner, found in one pass with an explicit stack: `matching` is O(1), so no
  // nesting or unclosed input can make the scan quadratic.
  const { partner, parent } = pairBrackets(tok, count);
  /** Index of the token closing the bracket opened at `open` (or count when it is never closed). */
  const matching = (open: number): number => {
    const m = partner[open] as number;
    return m < 0 ? count : m;
  };
  /** `export const { a, b } = …`: every identifier in the pattern may be a name (one listed too many is harmless). */
  const patternNames = (open: number) => {
    const end = matching(open);
    for (let r = open + 1; r < end; r++) if (kind(r) === K.Ident) (exportsInfo.maybe ??= []).push(ident(r) as string);
  };
  /**
   * `export const a = 1, b = 2`: the names after the first. A name left unlisted would let a barrel's
   * `export *` skip the file that defines it, so the walk lists too many rather than too few (a comma in a
   * type argument lists a type name), and a declaration it cannot walk to its end leaves the module open.
   */
  const moreDeclarators = (from: number) => {
    let seen = 0;
    for (let r = from; r < count; r++) {
      if (++seen > MAX_CLAUSE_TOKENS) return void (exportsInfo.open = true);
      if (isP(r, 59) || (isId(r, 'export') && !isProperty(r))) return; // `obj.export` is a property, not the next statement
      if (isP(r, 123) || isP(r, 91) || isP(r, 40)) r = matching(r);
      else if (isP(r, 44)) {
        if (kind(r + 1) === K.Ident) (exportsInfo.maybe ??= []).push(ident(r + 1) as string);
        else if (isP(r + 1, 123) || isP(r + 1, 91)) patternNames(r + 1);
      }
    }
  };
  /**
   * Exported values that hand on an imported binding: `export default (X)`, `X as T`, `X!`, `(0, X)`, `{ X }`,
   * `{ k: X }`, `[X]`, `class extends X {}`, `export const S = X`. A consumer of such an export holds the binding's
   * value, so the export is followed to the binding's module as well as kept here. A function (its body, an arrow's
   * expression body) or a method is the module's own code using the import, as a facade's is: not a hand-on. Token
   * indices are kept and read against the bindings once the whole file is scanned (imports are hoisted: one may come
   * after the export). `alias`: the exported value is the local of that name, whatever was assigned to it.
   */
  const handOns: ({ exported: string[]; from: number; to: number } | { exported: string[]; alias: string })[] = [];
  /**
   * The values a top-level name may hold: its initializer (`const a = open`, each name of `const { x } = db`), its
   * declaration (`class K extends Db {}`, an enum's or a namespace's body), what is assigned to it or to one of its
   * properties anywhere (`a = open`, `api.db = open`, `Object.assign(api, { open })`). `to` -1: not measured yet.
   */
  const localAliases = new Map<string, [number, number][]>();
  /** Per alias: its values' imports and the aliases they name; and, once resolved, every import it hands on. */
  const aliasEdges = new Map<string, AliasEdges>();
  /** The `=` of each top-level declarator (`const a = 1, b = open`: not an assignment to b). */
  const declaratorEqs = new Set<number>();
  const aliasHands = new Map<string, Binding[]>();
  /** Names declared at the top level (a declarator, a function, a class, an enum, a namespace): a returned one is the module's. */
  const topLevelNames = new Set<string>();
  /** The `const` / `let` / `var` keyword of each declaration inside a block: a function's locals, read only when one is returned. */
  const localDeclarators: number[] = [];
  /** Per local name, built from {@link localDeclarators} on the first returned local: `[keyword, init, end]` triples. */
  let localDecls: Map<string, number[]> | undefined;
  /** Default values of the parameters each parameter set (parametersOf) binds: a returned parameter may hold its default. */
  const paramDefaults = new WeakMap<ReadonlySet<string>, Map<string, [number, number]>>();
  /** The initializers a returned local already handed on in the current value (a local read twice, `a = b; b = a`). */
  const localsRead = new Set<number>();
  /** `self` at `k` declared there: a variable (`var self = this`) or a parameter (`(self) => …`, `function (a, self) {`). */
  const declaresHere = (k: number): boolean => {
    if (DECLARATORS.has(ident(k - 1) ?? '') || isP(k + 1, P_ARROW)) return true;
    const o = parent[k] as number;
    return (o >= 0 && isP(o, 40) && (isP(k - 1, 40) || isP(k - 1, 44)) && functionBodyEnd(o) !== undefined) || patternDeclares(k);
  };
  /**
   * The name at `k` is bound by a destructuring pattern of a declaration or a parameter (`const { baseId, self } = it`,
   * `function f({ opts: [self] })`), not a key of it (`{ self: s }`) nor a default's value (`{ a = self }`).
   */
  const patternDeclares = (k: number): boolean => {
    let o = parent[k] as number;
    if (o < 0 || !(isP(o, 123) || isP(o, 91))) return false;
    if (isP(o, 123) ? !(isP(k - 1, 123) || isP(k - 1, 44) || isP(k - 1, 58) || isP(k - 1, P_SPREAD)) || (isP(k + 1, 58) && !isP(k - 1, 58)) : !(isP(k - 1, 91) || isP(k - 1, 44) || isP(k - 1, P_SPREAD))) return false;
    if (!(isP(k + 1, 44) || isP(k + 1, 61) || isP(k + 1, 125) || isP(k + 1, 93))) return false;
    for (let hops = 0; o >= 0 && (isP(o, 123) || isP(o, 91)) && hops < 16; hops++) {
      const up = parent[o] as number;
      if (DECLARATORS.has(ident(o - 1) ?? '') && !isProperty(o - 1)) return true;
      if (up >= 0 && isP(up, 40) && (isP(o - 1, 40) || isP(o - 1, 44)) && (functionBodyEnd(up) !== undefined || isId(up - 1, 'catch'))) return true;
      o = up;
    }
    return false;
  };
  /** Names of the global object (and `module`) declared as variables or parameters somewhere in the file (`var self = this` in a function). */
  const localHosts = new Set<string>();
  /** Top-level names bound to the global object (`const g = globalThis`): what is put on them is put on it. */
  const hostAliases = new Set<string>();
  /** The values of NODE_OPTIONS already read as Node's options (by a call's options, or where they are written). */
  const optionsRead = new Set<number>();
  /** The working directory of the child_process call being read (cwdOption); undefined outside one. */
  let childCwd: string | null | undefined;
  /** Runner references read as the target of `Reflect.apply(cp.fork, …)` / `….call.call(cp.fork, …)`: called, not handed on. */
  const runnerTargets = new Set<number>();
  /** AMD `define(` calls with a dependency array: the `define` token and the array's `[`, in pairs. */
  const amdDefines: number[] = [];
  /** `module[key](…)` / `globalThis[key](…)` at these tokens: the loader, unless the name is declared in the file. */
  const hostCalls: number[] = []; // pairs: the host's token, the `[` of its member
  /**
   * Names that may hold the global object (`const g = globalThis`, `g = c ? window : self`, in any scope), and names
   * that may hold a computed member of it (`const load = globalThis[key]`, `const { [key]: load } = globalThis`): each
   * with the host's name, which a local or a parameter of the file makes no host.
   */
  const globalAliases = new Map<string, string>();
  const globalReads = new Map<string, string>();
  /** The key of the global object each value put on it was written at (its range's first token → key; see memberKey). */
  const globalKeys = new Map<number, string>();
  /** The global object handed on where the scanner cannot follow it (globalHandedOn): its token and host name, in pairs. */
  const globalEscapes: (number | string)[] = [];
  /** `require` keys of patterns destructured from an alias of the global object, reported once each. */
  const globalTakes = new Set<number>();
  const addAliasRange = (name: string, from: number, to: number) => {
    const ranges = localAliases.get(name);
    if (ranges === undefined) localAliases.set(name, [[from, to]]);
    else ranges.push([from, to]);
  };
  /** Where the expression starting at `from` ends: `;`, a `,` when `atComma`, the end of the enclosing bracket, or a new line starting a statement. */
  const expressionEnd = (from: number, atComma = false): number => {
    let r = from;
    for (let seen = 0; r < count && seen < MAX_CLAUSE_TOKENS; seen++) {
      if (isP(r, 59) || isP(r, 41) || isP(r, 93) || isP(r, 125) || (atComma && isP(r, 44))) return r;
      if (r > from && (tok.line[r] as number) > (tok.line[r - 1] as number) && kind(r) === K.Ident && !CONTINUES_EXPRESSION.has(ident(r) as string) && !isProperty(r) && !BINARY_PUNCT.has(pv(r - 1))) return r;
      // `f<A, B>(x)`: the comma of a call's type arguments does not end a declarator.
      const typed = isP(r, 60) && kind(r - 1) === K.Ident ? skipTypeArgs(r) : r;
      if (typed !== r && (isP(typed, 40) || kind(typed) === K.Template || kind(typed) === K.TemplateHead)) r = typed;
      else r = isP(r, 40) || isP(r, 91) || isP(r, 123) ? matching(r) + 1 : r + 1;
    }
    // Longer than the walk (`0 ? 0 : 0 ? … : open`): taken to run to the end of the file, so no value past the walk is
    // left unread (a value too many, never one too few).
    return r < count ? count : r;
  };
  /** `const { a, b: c, ...rest } = require('x')`: each local of the pattern is bound to the name it takes (`*` for a rest or a nested pattern). */
  const bindPattern = (open: number, spec: string) => {
    const close = matching(open);
    for (let r = open + 1; r < close; r++) {
      if (kind(r) !== K.Ident || bindings.has(ident(r) as string)) continue;
      const keyed = isP(r - 1, 58) && kind(r - 2) === K.Ident && parent[r] === open;
      if (isP(r + 1, 58) && parent[r] === open) continue; // a key: its value is bound below
      const imported = keyed ? (ident(r - 2) as string) : parent[r] === open && !isP(r - 1, P_SPREAD) ? (ident(r) as string) : '*';
      bindings.set(ident(r) as string, { specifier: spec, imported });
    }
  };
  /**
   * The names the destructuring pattern at `open` binds: not its keys (`{ window: w }` binds w, not window), nor what
   * its default values and computed keys read (`{ a = b }`, `{ [k]: c }`).
   */
  const patternBindings = (open: number, out: string[]) => {
    const close = matching(open);
    for (let k = open + 1; k < close; k++) {
      if (isP(k, 61) && !touchesOperator(k)) {
        // A default value, to the next element of its pattern.
        const level = parent[k];
        while (k + 1 < close && !((isP(k + 1, 44) && parent[k + 1] === level) || partner[k + 1] === level)) k = isP(k + 1, 40) || isP(k + 1, 91) || isP(k + 1, 123) ? matching(k + 1) : k + 1;
        continue;
      }
      if (isP(k, 91) && isP(parent[k] as number, 123) && isP(matching(k) + 1, 58)) {
        k = matching(k); // a computed key
        continue;
      }
      if (kind(k) !== K.Ident || isProperty(k)) continue;
      if (isP(k + 1, 58) && isP(parent[k] as number, 123)) continue; // a key: its value is the binding
      out.push(ident(k) as string);
    }
  };
  /**
   * Each declarator of `a = x, { b, c } = y` from its first name at `from`: the names it binds and its initializer's
   * range. A declarator without one (`let a, b`) binds nothing handed on (`bare`: an empty range); a walk it cannot
   * follow ends the list.
   */
  const eachDeclarator = (from: number, fn: (names: string[], init: number, end: number) => void, bare = false) => {
    for (let r = from, seen = 0; r < count && seen < MAX_CLAUSE_TOKENS; seen++) {
      const pattern = isP(r, 123) || isP(r, 91);
      if (kind(r) !== K.Ident && !pattern) return;
      const names: string[] = [];
      if (!pattern) names.push(ident(r) as string);
      else patternBindings(r, names);
      let eq = pattern ? matching(r) + 1 : r + 1;
      // Past a type annotation (`const a: Map<K, V> = …`: a comma inside it ends the walk there).
      for (let k = 0; eq < count && k < MAX_CLAUSE_TOKENS && !isP(eq, 61) && !isP(eq, 44) && !isP(eq, 59); k++) eq = isP(eq, 40) || isP(eq, 91) || isP(eq, 123) ? matching(eq) + 1 : eq + 1;
      const end = isP(eq, 61) ? expressionEnd(eq + 1, true) : eq;
      if (isP(eq, 61)) fn(names, eq + 1, end);
      else if (bare) fn(names, eq, eq);
      if (!isP(end, 44)) return;
      r = end + 1;
    }
  };
  /**
   * Top-level names whose value may be the global object, chosen by a condition or a logical operator (`const g =
   * typeof window !== 'undefined' ? window : globalThis`, `const root = self || global`): a worker host (workerHost),
   * not an alias the loader rules read, which UMD bundles write everywhere.
   */
  const maybeHosts = new Set<string>();
  /** The initializer `init`..`end` has a global object's name as a whole operand at its top level (not `typeof self`, `self.x`). */
  const operandHost = (init: number, end: number): boolean => {
    const level = parent[init];
    for (let q = init; q < end; q++) {
      if (kind(q) !== K.Ident || parent[q] !== level || !GLOBAL_HOSTS.has(ident(q) as string) || isProperty(q) || isId(q - 1, 'typeof')) continue;
      if (isP(q + 1, 46) || isP(q + 1, 91) || isP(q + 1, P_OPTCHAIN) || isP(q + 1, 40)) continue;
      if (q > init || (q + 1 < end && !isId(q + 1, 'as'))) return true;
    }
    return false;
  };
  /** Top-level `const a = x, { b } = y`: each name's initializer, for {@link localAliases} (a pattern's names all share it). */
  const recordAliases = (from: number) =>
    eachDeclarator(from, (names, init, end) => {
      declaratorEqs.add(init - 1);
      // `const g = globalThis` (`as T`): g is the global object under another name.
      if (names.length === 1 && kind(init) === K.Ident && GLOBAL_HOSTS.has(ident(init) as string) && (init + 1 === end || isId(init + 1, 'as'))) hostAliases.add(names[0] as string);
      else if (names.length === 1 && operandHost(init, end)) maybeHosts.add(names[0] as string);
      for (const name of names) {
        topLevelNames.add(name);
        addAliasRange(name, init, end);
      }
    });
  /**
   * Top-level `class K … {}`, `enum E {}`, `namespace N {}`: the declaration is a value its name holds (`extends Db`, a
   * static field, a member). A class's type parameters are types; an ambient declaration (`declare`) holds no value.
   */
  const recordDeclaration = (k: number) => {
    const name = k + 1;
    if (kind(name) !== K.Ident || isId(name, 'extends') || isId(name, 'implements') || isId(k - 1, 'declare') || isId(k - 2, 'declare')) return;
    const from = isId(k, 'class') ? skipTypeArgs(name + 1) : name + 1;
    let q = from;
    for (let seen = 0; q < count && seen < MAX_BINDING_SCAN && !isP(q, 123); seen++) {
      if (isP(q, 59)) return;
      q = isP(q, 40) || isP(q, 91) ? matching(q) + 1 : isP(q, 60) ? Math.max(skipTypeArgs(q), q + 1) : q + 1;
    }
    if (!isP(q, 123)) return;
    topLevelNames.add(ident(name) as string);
    addAliasRange(ident(name) as string, from, matching(q) + 1);
  };
  /** The last token of the body of the function whose `function` keyword is at `fn`, or undefined (a signature, an overload). */
  const functionDeclarationEnd = (fn: number): number | undefined => {
    let open = isP(fn + 1, 42) ? fn + 2 : fn + 1;
    if (kind(open) === K.Ident) open++;
    open = skipTypeArgs(open);
    return isP(open, 40) ? functionBodyEnd(open) : undefined;
  };
  /** Top-level `function f() { … }`: f holds the function, which hands its caller what it returns. */
  const recordFunction = (fn: number) => {
    const name = isP(fn + 1, 42) ? fn + 2 : fn + 1;
    const last = kind(name) === K.Ident ? functionDeclarationEnd(fn) : undefined;
    if (last === undefined) return;
    // A function expression's name binds only inside it (`const h = function db() {}`): no name of the module.
    if (isStatementStart(fn) || isId(fn - 1, 'export') || isId(fn - 1, 'default') || isId(fn - 1, 'declare')) topLevelNames.add(ident(name) as string);
    addAliasRange(ident(name) as string, fn, last + 1);
  };
  /** `M.B` at `v` in `import A = M.B` of an imported `M`: the binding A is (an alias of a local namespace is none). */
  const entityBinding = (v: number): Binding | undefined => {
    const b = bindings.get(ident(v) as string);
    if (b === undefined) return undefined;
    return { specifier: b.specifier, imported: b.imported === '*' && isP(v + 1, 46) && kind(v + 2) === K.Ident ? (ident(v + 2) as string) : b.imported };
  };
  /**
   * Identifiers of `[from, to)` whose values the expression may hand on. Not values: a property, an object key, an
   * assignment target, a type (after `as` / `satisfies`, type arguments, an `implements` list), a parameter, and code
   * (a function's, a method's or an arrow's body, a class's instance fields). Read as values after all, being
   * evaluated with the value: a getter's returned expression (it is read as a property is), a class's static fields,
   * static getters and `this.k = …` in its static blocks, and the body of a function called where it stands
   * (`(() => open)()`). What a function, an arrow or a method returns or yields is read too, as a returned value (see
   * {@link returnedUse}): `() => open` hands the import to its caller, `() => open()` is code using it. Ranges are kept
   * on a stack, not recursed into, so no nesting can overflow the call stack.
   */
  const handedOnNames = (from: number, to: number): number[] => {
    const out: number[] = [];
    const ranges: ValueRange[] = [[from, to, false]];
    localsRead.clear();
    for (let range = ranges.pop(); range !== undefined; range = ranges.pop()) {
      for (let r = range[0]; r < range[1]; r++) r = valueToken(r, range, out, ranges);
    }
    return out;
  };
  /** One token of a value at `r` in `range`: pushes it to `out` when it is a name read, `more` ranges to read; returns the last token taken. */
  const valueToken = (r: number, range: ValueRange, out: number[], more: ValueRange[]): number => {
    const [, end, returned, shadow] = range;
    if (returned && ownFunctionCalled(r, more, shadow)) return matching(r + 1);
    const use = returned ? returnedUse(r, shadow) : -1;
    if (use >= 0) return use;
    if (isP(r, 40)) {
      const body = calledBody(r);
      if (body !== undefined) {
        more.push([body[0], body[1], returned, shadow]);
        return matching(r);
      }
      const close = matching(r);
      if (isP(close + 1, P_ARROW)) return close; // an arrow's parameters (its body is read at the arrow)
      return isP(close + 1, 58) && functionBodyEnd(r) !== undefined ? arrowReturnType(close + 1) : r;
    }
    if (isP(r, 123)) {
      const block = blockKind(r);
      if (block === 'class') classStatics(r, more);
      return block === undefined ? r : matching(r);
    }
    if (isP(r, P_ARROW)) {
      const last = arrowEnd(r);
      const params = parametersOf(isP(r - 1, 41) ? (partner[r - 1] as number) : r - 1, shadow);
      if (isP(r + 1, 123)) returnsIn(r + 2, last, more, params);
      else more.push([r + 1, last + 1, true, params]);
      return last;
    }
    if (isP(r, 60)) return typeArgumentsEnd(r) - 1;
    if (kind(r) === K.Jsx) out.push(r); // `<Open />` is built from the component it names
    if (kind(r) !== K.Ident) return r;
    if (isProperty(r) || (isP(r + 1, 58) && (isP(r - 1, 123) || isP(r - 1, 44))) || isP(r + 1, P_ARROW)) return r;
    const word = ident(r) as string;
    if (isP(r + 1, 61)) {
      // An assignment target: an import is never one (`enum E { open = 1 }` names a member). A name's value is what is
      // assigned to it, recorded as its alias (recordAssignments), so the value assigned here is read there, once.
      if (bindings.has(word)) return r;
      out.push(r);
      // (A range that ends at the name, `a = b = …` recorded as b, reads nothing past it.)
      return r + 1 >= end || UNTRACKED_ROOTS.has(word) || DECLARATORS.has(ident(r - 1) ?? '') || classField(r) ? r : expressionEnd(r + 2, true) - 1;
    }
    if (word === 'function') {
      const last = functionExpressionEnd(r, end);
      let params = r + 1;
      while (params < last && !isP(params, 40)) params++;
      if (isP(partner[last] as number, 123)) returnsIn((partner[last] as number) + 1, last, more, parametersOf(params, shadow));
      return last;
    }
    if ((word === 'as' || word === 'satisfies') && typeOperator(r)) return typeEnd(r + 1) - 1;
    if (word === 'implements') {
      let q = r + 1;
      while (q < end && !isP(q, 123)) q = isP(q, 60) ? skipTypeArgs(q) : q + 1;
      return q - 1;
    }
    const body = methodBody(r);
    if (body === undefined) {
      // A returned name is the module's when it is an import or a top-level declaration, and no parameter shadows it;
      // a module loaded where it is returned (`return require('./db')`) is the value.
      if (!returned || ((bindings.has(word) || topLevelNames.has(word)) && shadow?.has(word) !== true) || loadsHere(r)) out.push(r);
      else if (shadow?.has(word) !== true) returnedLocal(r, word, more, shadow);
      else returnedDefault(word, more, shadow);
      return r;
    }
    if (isId(r - 1, 'get') && isId(body + 1, 'return')) more.push([body + 2, expressionEnd(body + 2), returned, shadow]);
    else returnsIn(body + 1, matching(body), more, parametersOf(r + 1, shadow));
    return matching(body);
  };
  /**
   * `helper(…)` at `r`, returned, where `helper` is the module's own function (declared or bound to a function, at the
   * top level or in a scope around `r`) and no parameter: its result is what it returns (`function helper() { return
   * open }`), read as a returned value, each function once per value; its arguments are its own to use. A call of an
   * import, or of a name holding anything but a function, stays the callee's result (returnedUse).
   */
  const ownFunctionCalled = (r: number, more: ValueRange[], shadow: ReadonlySet<string> | undefined): boolean => {
    if (kind(r) !== K.Ident || isProperty(r) || !isP(r + 1, 40)) return false;
    const word = ident(r) as string;
    if (bindings.has(word) || shadow?.has(word) === true || isDefinition(r, r + 1)) return false;
    let own = false;
    const read = (from: number, to: number) => {
      own = true;
      if (localsRead.has(from)) return;
      localsRead.add(from);
      more.push([from, to, true, shadow]);
    };
    const decls = localDeclsOf(word);
    if (decls !== undefined) for (const at of localsInScope(decls, r)) if (isFunctionValue(decls[at + 1] as number)) read(decls[at + 1] as number, decls[at + 2] as number);
    if (own || !topLevelNames.has(word)) return own;
    for (const range of localAliases.get(word) ?? []) {
      if (!isFunctionValue(range[0])) continue;
      if (range[1] < 0) range[1] = expressionEnd(range[0], true);
      read(range[0], range[1]);
    }
    return own;
  };
  /** Whether the value at `k` is a function: `function`, `async function`, an arrow (`(…) =>`, `x =>`, `async (…) =>`). */
  const isFunctionValue = (k: number): boolean => {
    const f = isId(k, 'async') && !isP(k + 1, P_ARROW) ? k + 1 : k;
    return isId(f, 'function') || (isP(f, 40) && isP(matching(f) + 1, P_ARROW)) || (kind(f) === K.Ident && isP(f + 1, P_ARROW));
  };
  /** A returned parameter `word` with a default value (`(db = open) => db`): the caller that passes none gets the default. */
  const returnedDefault = (word: string, more: ValueRange[], shadow: ReadonlySet<string> | undefined) => {
    const range = shadow === undefined ? undefined : paramDefaults.get(shadow)?.get(word);
    if (range === undefined || localsRead.has(range[0])) return;
    localsRead.add(range[0]);
    more.push([range[0], range[1], true, shadow]);
  };
  /**
   * A function's own local `word` at `r`, returned (`const db = open; return db`): it hands on what its declarations
   * in a scope around `r` initialize it with and what is assigned to it within their scope (`let db; db = open`), as
   * returned values, each declaration once per value.
   */
  const returnedLocal = (r: number, word: string, more: ValueRange[], shadow: ReadonlySet<string> | undefined) => {
    const decls = localDeclsOf(word);
    if (decls === undefined) return;
    for (const at of localsInScope(decls, r)) {
      const init = decls[at + 1] as number;
      if (localsRead.has(init)) continue;
      localsRead.add(init);
      more.push([init, decls[at + 2] as number, true, shadow]);
      for (const range of localAliases.get(word) ?? []) {
        if (range[0] <= (decls[at + 3] as number) || range[0] >= (decls[at + 4] as number)) continue;
        if (range[1] < 0) range[1] = expressionEnd(range[0], true);
        more.push([range[0], range[1], true, shadow]);
      }
    }
  };
  /**
   * The declarations of a name (localDeclsOf) whose scope holds `r`, as offsets into `decls`: from the last scope opened
   * before `r`, up the scopes around it.
   */
  function* localsInScope(decls: readonly number[], r: number): Generator<number> {
    let lo = 0;
    for (let hi = decls.length / LOCAL_FIELDS; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if ((decls[mid * LOCAL_FIELDS + 3] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    for (let d = lo - 1; d >= 0; d = decls[d * LOCAL_FIELDS + 5] as number) if ((decls[d * LOCAL_FIELDS + 4] as number) > r) yield d * LOCAL_FIELDS;
  }
  /**
   * Per local name, its declarations as {@link LOCAL_FIELDS} numbers each: the keyword, the initializer's range, the
   * scope's range (the block around the declaration; for `var`, the function body around it) and the index of the
   * nearest earlier declaration whose scope holds this one's (-1: none). Sorted by scope start: scopes are brackets, so
   * they nest, and the scopes holding a token are the last one opened before it and those up its chain. Built once.
   */
  const localDeclsOf = (word: string): number[] | undefined => {
    if (localDecls === undefined) {
      const index = new Map<string, number[]>();
      const add = (name: string, k: number, init: number, end: number) => {
        const scope = scopeOf(k);
        const close = scope < 0 ? count : matching(scope);
        const list = index.get(name);
        if (list === undefined) index.set(name, [k, init, end, scope, close, -1]);
        else list.push(k, init, end, scope, close, -1);
      };
      for (const k of localDeclarators) {
        if (isId(k, 'function')) {
          // A function declared in a block: its value is the function, whose returns its caller gets.
          const name = isP(k + 1, 42) ? k + 2 : k + 1;
          const last = functionDeclarationEnd(k);
          if (last !== undefined) add(ident(name) as string, k, k, last + 1);
        } else eachDeclarator(k + 1, (names, init, end) => names.forEach((name) => add(name, k, init, end)), true);
      }
      for (const list of index.values()) if (list.length > LOCAL_FIELDS) nestScopes(list);
      localDecls = index;
    }
    return localDecls.get(word);
  };
  /** Sorts a name's declarations by scope start and links each to the nearest one whose scope holds it. */
  const nestScopes = (list: number[]) => {
    const n = list.length / LOCAL_FIELDS;
    let inOrder = true;
    for (let i = 1; i < n && inOrder; i++) inOrder = (list[(i - 1) * LOCAL_FIELDS + 3] as number) <= (list[i * LOCAL_FIELDS + 3] as number);
    let sorted = list;
    if (!inOrder) {
      // Declarations come in token order; only a name declared in an inner block before an outer one needs sorting.
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (list[a * LOCAL_FIELDS + 3] as number) - (list[b * LOCAL_FIELDS + 3] as number) || a - b);
      sorted = new Array<number>(list.length);
      for (let i = 0; i < n; i++) for (let f = 0; f < LOCAL_FIELDS; f++) sorted[i * LOCAL_FIELDS + f] = list[(order[i] as number) * LOCAL_FIELDS + f] as number;
    }
    const open: number[] = [];
    for (let i = 0; i < n; i++) {
      const closeAt = sorted[i * LOCAL_FIELDS + 4] as number;
      while (open.length > 0 && (sorted[(open[open.length - 1] as number) * LOCAL_FIELDS + 4] as number) < closeAt) open.pop();
      sorted[i * LOCAL_FIELDS + 5] = open.length > 0 ? (open[open.length - 1] as number) : -1;
      open.push(i);
    }
    if (sorted !== list) for (let i = 0; i < sorted.length; i++) list[i] = sorted[i] as number;
  };
  /** The block a declaration at `keyword` is visible in: its bracket, or for `var` its function's body (-1: the file). */
  const scopeOf = (keyword: number): number => {
    let scope = parent[keyword] as number;
    // A `var` (and a function declared in a block, as sloppy mode hoists it) is its function's, however deep the block;
    // nested too deep to tell, it is taken to be the file's.
    const hoisted = isId(keyword, 'var') || isId(keyword, 'function');
    for (let depth = 0; scope >= 0 && hoisted && !functionBody(scope); depth++) scope = depth < 64 ? (parent[scope] as number) : -1;
    return scope;
  };
  /** Whether the token at `k` (after `async`, `export`) starts a statement: after `{`, `}`, `;` or nothing. */
  const isStatementStart = (k: number): boolean => {
    const before = isId(k - 1, 'async') ? k - 2 : k - 1;
    return before < 0 || isP(before, 123) || isP(before, 125) || isP(before, 59);
  };
  /** A `{` that opens a function's body (not an `if (…) {`, `catch (e) {` or bare block). */
  const functionBody = (o: number): boolean => {
    const head = isP(o - 1, 41) ? (partner[o - 1] as number) - 1 : -1;
    return isP(o, 123) && blockKind(o) === 'code' && !(head >= 0 && kind(head) === K.Ident && (STATEMENT_HEADS.has(ident(head) as string) || isId(head, 'catch')));
  };
  /**
   * In a returned value, code that uses values rather than hands them on: a call with its callee and arguments
   * (`open()`, `db.open(x)`, `wrap(open)`, `(0, db.open)()`, `` tag`…` ``, `new Db()`: the result is the callee's, not
   * the argument; but `open.bind(x)` is the function, `require('…')` / `import('…')` the module, and a parameter's call
   * hands its arguments on, see passedOn), what `typeof` / `void` / `instanceof` read, a JSX element (it calls the
   * component it names), a template literal (a string) and an operand of an operator that computes a new value (see
   * computes). The last token of the use, or -1 when `r` starts none.
   */
  const returnedUse = (r: number, params: ReadonlySet<string> | undefined): number => {
    if (kind(r) === K.Jsx) return jsxEnd(r);
    if (kind(r) === K.TemplateHead) return templateEnd(r); // a string
    if (isP(r, 40) && (isP(matching(r) + 1, 40) || kind(matching(r) + 1) === K.Template || kind(matching(r) + 1) === K.TemplateHead)) return callChainEnd(r) - 1;
    if (kind(r) !== K.Ident || isProperty(r)) return -1;
    if (isId(r, 'new') && CONTAINERS.has(ident(r + 1) ?? '') && !isP(r + 2, 46)) return r + 1; // its arguments are read
    if (isId(r, 'new') || isId(r, 'typeof') || isId(r, 'void') || isId(r, 'instanceof')) return kind(r + 1) === K.Ident ? callChainEnd(r + 1) - 1 : r;
    if (PASS_THROUGH.get(ident(r) as string)?.has(ident(r + 2) ?? '') === true && isP(r + 1, 46) && isP(r + 3, 40)) return r + 2; // its arguments are read
    if (loadsHere(r)) return -1;
    if (passedOn(r, params)) return r; // its arguments are read
    let q = r + 1;
    for (let hops = 0; hops < 64; hops++) {
      if ((isP(q, 46) || isP(q, P_OPTCHAIN)) && (kind(q + 1) === K.Ident || kind(q + 1) === K.Private)) q += 2;
      else if (isP(q, 91)) q = matching(q) + 1;
      else break;
    }
    const called = isP(q, 40) || (isP(q, P_OPTCHAIN) && isP(q + 1, 40)) || kind(q) === K.Template || kind(q) === K.TemplateHead;
    // `open.bind(null)` is the function itself, bound.
    if (called && !(isId(q - 1, 'bind') && isProperty(q - 1))) {
      const tail = promiseTail(r);
      return (tail >= 0 ? tail : callChainEnd(r)) - 1;
    }
    if (called) return -1;
    return computes(r - 1) || computes(q) ? q - 1 : -1;
  };
  /**
   * In the call chain from `r`, the `.` of a trailing run of `.then(…)` / `.catch(…)` / `.finally(…)` (`load().then(() => open)`): the
   * chain's value is what their callbacks return, so they are read on from there. -1 when the chain ends otherwise.
   */
  const promiseTail = (r: number): number => {
    let tail = -1;
    let q = isP(r, 40) ? matching(r) + 1 : r + 1;
    for (let hops = 0; hops < MAX_BINDING_SCAN; hops++) {
      const member = (isP(q, 46) || isP(q, P_OPTCHAIN)) && (kind(q + 1) === K.Ident || kind(q + 1) === K.Private);
      if (member && (isId(q + 1, 'then') || isId(q + 1, 'catch') || isId(q + 1, 'finally')) && isP(q + 2, 40)) {
        if (tail < 0) tail = q;
        q = matching(q + 2) + 1;
        continue;
      }
      if (member) q += 2;
      else if (isP(q, P_OPTCHAIN) && (isP(q + 1, 40) || isP(q + 1, 91))) q = matching(q + 1) + 1;
      else if (isP(q, 40) || isP(q, 91)) q = matching(q) + 1;
      else if (kind(q) === K.Template) q++;
      else if (kind(q) === K.TemplateHead) q = templateEnd(q) + 1;
      else return tail;
      tail = -1;
    }
    // A chain longer than the walk: read on from the run it is in (a value too many, never one too few).
    return tail;
  };
  /**
   * Whether the token at `k` computes a new value from the operand beside it (a comparison, arithmetic, a bitwise or
   * unary operator, `in`, `instanceof`): `x === open`, `!open`, `n + KEY` return no import. `&&`, `||`, `??`, `?:` do.
   */
  const computes = (k: number): boolean => {
    if (isId(k, 'in') || isId(k, 'instanceof')) return true;
    if (kind(k) !== K.Punct || isP(k, 61) && !touchesOperator(k)) return false;
    const op = isP(k, 61) ? text.slice(tok.start[k - 1], tok.end[k]) : text.slice(tok.start[k], tok.end[k]);
    return COMPUTING_OPERATORS.has(op);
  };
  /** The token after the member chain and calls starting at `r` (`a.b[c](d)?.(e)\`f\``). */
  const callChainEnd = (r: number): number => {
    let q = isP(r, 40) ? matching(r) + 1 : r + 1;
    for (let hops = 0; hops < MAX_BINDING_SCAN; hops++) {
      if ((isP(q, 46) || isP(q, P_OPTCHAIN)) && (kind(q + 1) === K.Ident || kind(q + 1) === K.Private)) q += 2;
      else if (isP(q, P_OPTCHAIN) && (isP(q + 1, 40) || isP(q + 1, 91))) q = matching(q + 1) + 1;
      else if (isP(q, 40) || isP(q, 91)) q = matching(q) + 1;
      else if (kind(q) === K.Template) q++;
      else if (kind(q) === K.TemplateHead) q = templateEnd(q) + 1;
      else break;
    }
    return q;
  };
  /**
   * `cb(open)` at `r`, a call of a parameter of the function around it: the arguments go to the caller's callback
   * (`new Promise((resolve) => resolve(open))`, `withDb((db) => …)`), so they are handed on as a returned value is.
   */
  const passedOn = (r: number, params: ReadonlySet<string> | undefined): boolean => {
    if (params === undefined || isProperty(r) || !(isP(r + 1, 40) || (isP(r + 1, P_OPTCHAIN) && isP(r + 2, 40)))) return false;
    // `${a}${(x)}`: a template's `}${` is no token, so a name that ends a substitution may seem called.
    return params.has(ident(r) as string) && !text.slice(tok.end[r], tok.start[r + 1]).includes('}');
  };
  /** `require('./db')` / `import('./db')` at `r`: the module is the value. */
  const loadsHere = (r: number): boolean => (isId(r, 'require') || isId(r, 'import')) && !isProperty(r) && isP(r + 1, 40) && literal(r + 2) !== undefined;
  /** The TemplateEnd of the template literal whose head is at `head` (its substitutions are tokens, nested templates too). */
  const templateEnd = (head: number): number => {
    let depth = 0;
    for (let q = head; q < count; q++) {
      if (kind(q) === K.TemplateHead) depth++;
      else if (kind(q) === K.TemplateEnd && --depth === 0) return q;
      else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    return count;
  };
  /** The last token of the JSX element starting at `r` (the element's expressions are tokens inside its text). */
  const jsxEnd = (r: number): number => {
    let q = r + 1;
    while (q < count && (tok.start[q] as number) < (tok.end[r] as number)) q = isP(q, 40) || isP(q, 91) || isP(q, 123) ? matching(q) + 1 : q + 1;
    return kind(q) === K.Jsx && tok.start[q] === tok.end[q] ? q : q - 1;
  };
  /**
   * The `return` / `yield` values of a function body `[from, to)` and the arguments it passes to a parameter it calls
   * (passedOn), pushed as returned values; a function nested in it is skipped (what it returns is read where the body
   * returns that function), so each body is walked once.
   */
  const returnsIn = (from: number, to: number, more: ValueRange[], params: ReadonlySet<string> | undefined) => {
    for (let q = from; q < to; q++) {
      if (kind(q) !== K.Ident) {
        if (isP(q, P_ARROW)) q = arrowEnd(q);
      } else if (isId(q, 'function') && !isProperty(q)) q = functionExpressionEnd(q, to);
      else if (passedOn(q, params)) {
        const open = isP(q + 1, 40) ? q + 1 : q + 2;
        more.push([open + 1, matching(open), true, params]);
        q = matching(open);
      } else if ((isId(q, 'return') || isId(q, 'yield')) && !isProperty(q) && !isP(q + 1, 58)) {
        const value = isP(q + 1, 42) ? q + 2 : q + 1; // `yield* gen()`
        const stop = expressionEnd(value);
        if (stop > value && tok.line[value] === tok.line[q]) more.push([value, Math.min(stop, to), true, params]);
      }
    }
  };
  /**
   * The names a function's parameters bind (`(a, { b }, [c], ...d)` or a lone `a` at `at`), added to `outer`. A default
   * value (`a = open`) is read, not bound; a renamed key (`{ k: b }`) is missed, so `b` stays read.
   */
  const parametersOf = (at: number, outer: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined => {
    const names = new Set(outer);
    let defaults: Map<string, [number, number]> | undefined;
    const outerDefaults = outer === undefined ? undefined : paramDefaults.get(outer);
    if (kind(at) === K.Ident) names.add(ident(at) as string);
    else if (isP(at, 40)) {
      const close = matching(at);
      let pattern: string[] = [];
      for (let q = at + 1; q < close; q++) {
        if (kind(q) === K.Ident && (isP(q - 1, 40) || isP(q - 1, 44) || isP(q - 1, 123) || isP(q - 1, 91) || isP(q - 1, P_SPREAD))) {
          const name = ident(q) as string;
          names.add(name);
          pattern.push(name);
          if (isP(q + 1, 61) && !touchesOperator(q + 1)) {
            const range: [number, number] = [q + 2, expressionEnd(q + 2, true)];
            (defaults ??= new Map(outerDefaults)).set(name, range);
            q = range[1] - 1; // the default is a value, not more parameters
          } else defaults?.delete(name);
        } else if ((isP(q, 125) || isP(q, 93)) && parent[q] === at && isP(q + 1, 61)) {
          // `({ db } = { db: open })`: the pattern's default holds every name it binds.
          const range: [number, number] = [q + 2, expressionEnd(q + 2, true)];
          defaults ??= new Map(outerDefaults);
          for (const name of pattern) defaults.set(name, range);
          q = range[1] - 1;
        }
        if (isP(q, 44) && parent[q] === at) pattern = [];
      }
    }
    if (names.size === 0) return undefined;
    if (defaults === undefined && outerDefaults !== undefined) {
      defaults = new Map(outerDefaults);
      for (const name of names) if (!(outer as ReadonlySet<string>).has(name)) defaults.delete(name);
    }
    if (defaults !== undefined && defaults.size > 0) paramDefaults.set(names, defaults);
    return names;
  };
  /** `:` at `colon` after an arrow's parameters: the token before its `=>` (the return type is a type), or the colon when none follows. */
  const arrowReturnType = (colon: number): number => {
    for (let q = colon + 1, seen = 0; q < count && seen < MAX_BINDING_SCAN; seen++) {
      if (isP(q, P_ARROW)) return q - 1;
      if (isP(q, 59) || isP(q, 41) || isP(q, 93) || isP(q, 125) || isP(q, 61) || isP(q, 44)) return colon - 1;
      q = isP(q, 40) || isP(q, 91) || isP(q, 123) ? matching(q) + 1 : isP(q, 60) ? Math.max(skipTypeArgs(q), q + 1) : q + 1;
    }
    return colon - 1;
  };
  /** The last token of the body of the arrow at `arrow`: its block, or its expression, which may go on over lines (`=>\n a\n ? b : c`). */
  const arrowEnd = (arrow: number): number => (isP(arrow + 1, 123) ? matching(arrow + 1) : expressionEnd(arrow + 1, true) - 1);
  /** `as` / `satisfies` at `r` between an operand and a type, not a name (`{ satisfies }`, `const as = 1`). */
  const typeOperator = (r: number): boolean => {
    const before = kind(r - 1) !== K.Punct || isP(r - 1, 41) || isP(r - 1, 93) || isP(r - 1, 125) || isP(r - 1, 33);
    return before && kind(r - 1) !== 0 && !isP(r + 1, 44) && !isP(r + 1, 125) && !isP(r + 1, 41) && !isP(r + 1, 93) && !isP(r + 1, 59) && !isP(r + 1, 61) && !isP(r + 1, 58);
  };
  /** `function` at `r`: its name and parameters are its own, its body is code. The last token of its body. */
  const functionExpressionEnd = (r: number, end: number): number => {
    let open = r + 1;
    while (open < end && !isP(open, 40)) open++;
    let body = matching(open) + 1;
    while (body < end && !isP(body, 123)) body++;
    return body < end ? matching(body) : end;
  };
  /**
   * The index after a type starting at `k` (after `as` / `satisfies`), or `k` when the walk does not know it (then it
   * is read as a value): names, `typeof` / `keyof`, literals, type arguments, `[]`, object and function types, `|`, `&`.
   */
  const typeEnd = (k: number): number => {
    let q = k;
    for (let seen = 0; seen < MAX_TYPE_ARG_TOKENS; seen++) {
      while (isId(q, 'typeof') || isId(q, 'keyof') || isId(q, 'readonly') || isId(q, 'unique')) q++;
      if (isP(q, 123)) q = matching(q) + 1;
      else if (isP(q, 40) && isP(matching(q) + 1, P_ARROW)) {
        q = matching(q) + 2; // a function type; its return type follows
        continue;
      } else if (kind(q) === K.Ident || kind(q) === K.String || kind(q) === K.Number) {
        q++;
        while (isP(q, 46) && kind(q + 1) === K.Ident) q += 2;
        q = skipTypeArgs(q);
      } else return k;
      while (isP(q, 91) && isP(q + 1, 93)) q += 2;
      if (!isP(q, 124) && !isP(q, 38)) return q;
      q++;
    }
    return k;
  };
  /** `<` at `r`: the index after a type assertion `<T>x` or the type arguments of a call `f<T>(x)` / `new Map<K, V>()` / `extends B<T> {`, or `r + 1` for an operator. */
  const typeArgumentsEnd = (r: number): number => {
    const after = skipTypeArgs(r);
    if (after === r) return r + 1;
    const operand = BINARY_PUNCT.has(pv(r - 1)) || (kind(r - 1) === K.Ident && ['default', 'return', 'await', 'yield', 'typeof', 'void'].includes(ident(r - 1) as string));
    return operand || isP(after, 40) || isP(after, 123) || kind(after) === K.Template || kind(after) === K.TemplateHead ? after : r + 1;
  };
  /** `name(…) {` / `name(…): T {` as a member of an object or a class at `name`: the `{` of its body, or undefined. */
  const methodBody = (name: number): number | undefined => {
    if (!isP(name + 1, 40)) return undefined;
    const p = name - 1;
    const head = isP(p, 123) || isP(p, 44) || isP(p, 59) || isP(p, 125) || isP(p, 42) || (kind(p) === K.Ident && METHOD_MODIFIERS.has(ident(p) as string) && !isProperty(p));
    if (!head) return undefined;
    const close = matching(name + 1);
    if (isP(close + 1, 123)) return close + 1;
    const end = isP(close + 1, 58) ? functionBodyEnd(name + 1) : undefined;
    return end === undefined ? undefined : (partner[end] as number);
  };
  /** `(` at `open` around a function called where it stands (`(() => v)()`, `(async function () { … })()`): its body's range. */
  const calledBody = (open: number): [number, number] | undefined => {
    const close = matching(open);
    if (!isP(close + 1, 40)) return undefined;
    const f = isId(open + 1, 'async') ? open + 2 : open + 1;
    if (isId(f, 'function')) {
      let params = f + 1;
      while (params < close && !isP(params, 40)) params++;
      const body = matching(params) + 1;
      return isP(body, 123) && matching(body) + 1 === close ? [body + 1, matching(body)] : undefined;
    }
    const arrow = isP(f, 40) ? matching(f) + 1 : kind(f) === K.Ident ? f + 1 : -1;
    const last = isP(arrow, P_ARROW) ? arrowEnd(arrow) : undefined;
    if (last === undefined || last + 1 !== close) return undefined;
    return isP(arrow + 1, 123) ? [arrow + 2, last] : [arrow + 1, last + 1];
  };
  /** A `{` that opens code (after `=>`, after the `)` of parameters) or a class body; undefined: an object. */
  const blockKind = (open: number): 'class' | 'code' | undefined => (classKeyword(open) >= 0 ? 'class' : isP(open - 1, P_ARROW) || isP(open - 1, 41) ? 'code' : undefined);
  /** The `class` keyword whose body opens at `open`, or -1 (a block, an object). */
  const classKeyword = (open: number): number => {
    for (let r = open - 1, seen = 0; r >= 0 && seen < MAX_BINDING_SCAN; r--, seen++) {
      if (isId(r, 'class') && !isProperty(r)) return r;
      // A class expression as the base (`class C extends class { … } {`) is part of this head, not its end.
      if (isP(r, 125) && isP(r + 1, 123) && r + 1 === open) {
        const inner = classKeyword(partner[r] as number);
        if (inner > 0 && isId(inner - 1, 'extends') && !isProperty(inner - 1)) { r = inner; continue; }
      }
      if (isP(r, 123) || isP(r, 125) || isP(r, 59) || isP(r, 61) || isP(r, 40) || isP(r, 44) || isP(r, 91) || isP(r, 58) || isP(r, P_ARROW) || isId(r, 'default') || isId(r, 'return')) break;
      if (isP(r, 41) || isP(r, 93)) r = partner[r] as number;
    }
    return -1;
  };
  /**
   * A class body at `open`: the values evaluated with the class (static fields and getters, `this.k = …` in static
   * blocks), and what its methods return (`get() { return open }` hands the import to the caller).
   */
  const classStatics = (open: number, more: ValueRange[]) => {
    const close = matching(open);
    for (let r = open + 1; r < close; r++) {
      const body = kind(r) === K.Ident && isP(r + 1, 40) && !isId(r, 'constructor') ? methodBody(r) : undefined;
      if (body !== undefined) {
        returnsIn(body + 1, matching(body), more, parametersOf(r + 1, undefined));
        r = matching(body);
      } else if (isP(r, 40) || isP(r, 91) || isP(r, 123)) r = matching(r);
      else if (isId(r, 'static') && !isP(r + 1, 40) && !isP(r + 1, 61) && !isP(r + 1, 59)) r = staticMember(r + 1, more);
    }
  };
  /** The static member after `static` at `m`: pushes the ranges it hands on; returns the last token read. */
  const staticMember = (m: number, more: ValueRange[]): number => {
    if (isP(m, 123)) {
      const close = matching(m);
      for (let q = m + 1; q < close; q++) if (isP(q, 61) && isId(assignedRoot(q), 'this')) more.push([q + 1, expressionEnd(q + 1, true), false]);
      return close;
    }
    while (kind(m) === K.Ident && ['readonly', 'declare', 'override', 'accessor', 'public', 'private', 'protected'].includes(ident(m) as string) && !isP(m + 1, 40) && !isP(m + 1, 61)) m++;
    if (isId(m, 'get') && !isP(m + 1, 40)) {
      const name = isP(m + 1, 91) ? matching(m + 1) : m + 1;
      const body = isP(name + 1, 40) ? matching(name + 1) + 1 : -1;
      if (isP(body, 123) && isId(body + 1, 'return')) more.push([body + 2, expressionEnd(body + 2), false]);
      return m;
    }
    let q = isP(m, 91) ? matching(m) + 1 : m + 1;
    if (isP(q, 40) || isP(q, 60)) return m - 1; // a method: read as the class's other methods are (classStatics)
    if (isP(q, 63) || isP(q, 33)) q++;
    if (isP(q, 58)) q++; // a type annotation, walked to the `=`
    for (let seen = 0; q < count && seen < MAX_CLAUSE_TOKENS && !isP(q, 61) && !isP(q, 59) && !isP(q, 125); seen++) {
      if (seen > 0 && tok.line[q] !== tok.line[q - 1] && !BINARY_PUNCT.has(pv(q - 1))) return q - 1;
      q = isP(q, 40) || isP(q, 91) || isP(q, 123) ? matching(q) + 1 : q + 1;
    }
    if (isP(q, 61)) more.push([q + 1, expressionEnd(q + 1), false]);
    return q;
  };
  /** An `=` lexed apart from the operator it ends (`??` `=`, and `==` `=` of `===`). */
  const touchesOperator = (eq: number): boolean => isP(eq - 1, P_OTHER2_ID) && tok.end[eq - 1] === tok.start[eq];
  /** `=` and the compound assignments (`||=`, `??=`, `+=` …) at `r`; not a comparison. */
  const assigns = (r: number): boolean => {
    if (isP(r, 61)) return !touchesOperator(r) || LOGICAL_ASSIGNMENTS.has(text.slice(tok.start[r - 1], tok.end[r - 1]));
    if (!isP(r, P_OTHER2_ID)) return false;
    const op = text.slice(tok.start[r], tok.end[r]);
    return op.endsWith('=') && !COMPARISONS.has(op);
  };
  /** Whether `k` is inside a function's body (or nested too deep to tell: a `var` there is the function's own). */
  const inFunction = (k: number): boolean => {
    let o = parent[k] as number;
    for (let depth = 0; o >= 0; depth++, o = parent[o] as number) {
      if (depth >= 64) return true;
      if (functionBody(o)) return true;
    }
    return false;
  };
  /** A class's field at `name` (`static x = …`, `x = …` in a class body): the class's member, not a variable. */
  const classField = (name: number): boolean => {
    if (kind(name - 1) === K.Ident && (METHOD_MODIFIERS.has(ident(name - 1) as string) || isId(name - 1, 'accessor'))) return true;
    const o = parent[name] as number;
    // A field after a line break ends the one before (ASI: `x = 1\n r = require`).
    const starts = isP(name - 1, 123) || isP(name - 1, 59) || isP(name - 1, 125) || ((tok.line[name] as number) > (tok.line[name - 1] as number) && !BINARY_PUNCT.has(pv(name - 1)));
    return o >= 0 && isP(o, 123) && starts && blockKind(o) === 'class';
  };
  /** `b` at `k` when `b` (or `b.c`, `b[k]`) is itself assigned there (`a = b = …`), else -1. */
  const chainedTarget = (k: number): number => {
    if (kind(k) !== K.Ident) return -1;
    let q = k + 1;
    for (let hops = 0; hops < 64; hops++) {
      if (isP(q, 46) && kind(q + 1) === K.Ident) q += 2;
      else if (isP(q, 91)) q = matching(q) + 1;
      else break;
    }
    return assigns(q) ? k : -1;
  };
  /** The root of the target assigned at the `=` at `eq` (`a`, `a.b`, `a[k]`, `this.b`): its token, or -1. */
  const assignedRoot = (eq: number): number => {
    // `??=` / `||=` / `&&=` come as the operator and an `=` that touches it.
    let t = isP(eq, 61) && touchesOperator(eq) ? eq - 2 : eq - 1;
    for (let hops = 0; hops < 64 && t >= 0; hops++) {
      if (isP(t, 93)) t = (partner[t] as number) - 1;
      else if (isP(t, 33)) t--; // `a! = …`
      else if (isP(t, 41) && kind((partner[t] as number) + 1) === K.Ident) t = (partner[t] as number) + 1; // `(api as T).db = …`
      else if (kind(t) !== K.Ident) return -1;
      // `const a: T = …`, `(x?: T = …)`: T is a type annotation, not the target.
      else if (!isProperty(t)) return isP(t - 1, 58) ? -1 : t;
      else t -= 2;
    }
    return -1;
  };
  const expressionText = (from: number, to: number): string => {
    const a = from < count ? (tok.start[from] as number) : text.length;
    const b = to < count ? (tok.start[to] as number) : Math.min(text.length, a + MAX_EXPRESSION);
    const e = text.slice(a, Math.max(a, b)).replace(/\s+/g, ' ').trim();
    return e.length > MAX_EXPRESSION ? `${e.slice(0, MAX_EXPRESSION - 1)}…` : e;
  };
  const addImport = (k: TsImportKind, lit: number, names?: string[]) => {
    imports.push({ kind: k, specifier: literal(lit) as string, ...at(lit), ...(names !== undefined ? { names } : {}) });
  };

  /**
   * An imported class given methods here (red team im/kb, the TypeScript sibling of a Rust impl in another domain's file),
   * read by denial: any prototype this module reaches from another module's class that it may write (prototypeWritten).
   * The class is reached by its imported name or another local name for it, off a namespace or a module required or
   * imported in place (`require('x').Thing`, `require('x')['Thing']`, `(require('x')).Thing`, a template specifier,
   * `const { Thing: T } = await import('x')`); its prototype through `.prototype`, an instance (`Object.getPrototypeOf(new
   * Thing())`, `t.constructor.prototype`, `__proto__`) or a local subclass's parent (`Object.getPrototypeOf(Sub.prototype)`,
   * red team fb); a member under a computed key (`Thing['proto' + 'type']`) is the prototype when written; and the class
   * handed to a function of this file that writes it so (`applyMixins(Thing, …)`, a decorator-like `withSave(Thing)`) or
   * to a helper named as a mixin (red team kx). Core's `new Thing().save()` runs this module's code with no import of core
   * naming it. Instantiating, subclassing, reading and registering the class (`container.register(Thing)`) write nothing.
   */
  const methodsGiven = () => {
    // A test's mock (`Thing.prototype.save = vi.fn()`) patches the class in the test's process only, not in the code it ships.
    if ((bindings.size === 0 && !text.includes('require') && !text.includes('import')) || options.testFile === true) return;
    const locals = bindClassNames();
    const reported = new Set<string>();
    for (let k = 0; k + 1 < count; k++) {
      if (kind(k) !== K.Ident && !isP(k, 40) && !isP(k, 91)) continue;
      if (kind(k) === K.Ident && !REACH_WORDS.has(ident(k) as string) && !locals.has(ident(k) as string) && !bindings.has(ident(k) as string) && !classReturners.has(ident(k) as string)) continue;
      let found: ClassReach | undefined;
      if (isId(k, 'import') && !isId(k - 1, 'await')) found = importThenWritten(k, locals);
      else
        reachAt(k, locals, undefined, (r, head, e) => {
          if (r.level !== 0) return false;
          if (!reachWritten(r, head, e, locals, 0)) {
            if (r.role === 'class') importedHelperCall(r, head, e);
            return false;
          }
          found = r;
          return true;
        });
      if (found === undefined) continue;
      const key = `${tok.line[k] as number}\u0000${found.specifier}\u0000${found.imported}`;
      if (reported.has(key)) continue;
      reported.add(key);
      imports.push({ kind: 'import', specifier: found.specifier, ...at(k), names: [found.imported], gives: `${found.via}.prototype` });
    }
  };
  const classHanded: TsClassHanded[] = [];
  /** The class `head` … `e` handed to a function imported from a module (`addSave(Thing)`, `h.addSave(Thing)`): kept as a TsClassHanded. */
  const importedHelperCall = (r: ClassReach, head: number, e: number): void => {
    const after = pastAssertions(e + 1);
    const open = parent[head] as number;
    if (open < 1 || !isP(open, 40) || !(isP(head - 1, 40) || isP(head - 1, 44)) || !(isP(after, 44) || isP(after, 41))) return;
    const name = genericsBefore(open - 1);
    if (kind(name) !== K.Ident || isId(name - 1, 'new') || (isProperty(name) && (!isP(name - 1, 46) || kind(name - 2) !== K.Ident || isProperty(name - 2)))) return;
    const own = isProperty(name) ? bindings.get(ident(name - 2) as string) : bindings.get(ident(name) as string);
    if (own === undefined || own.specifier === 'module' || (isProperty(name) && own.imported !== '*')) return;
    const helper = { specifier: own.specifier, imported: isProperty(name) ? (ident(name) as string) : own.imported };
    let index = 0;
    for (let q = open + 1; q < head; q++) {
      if (isP(q, 44)) index++;
      else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    if (classHanded.length < 256) classHanded.push({ specifier: r.specifier, imported: r.imported, via: r.via, helper, param: index, ...at(head) });
  };
  /** `import('x').then(({ Thing }) => { Thing.prototype.m = … })`: the module handed to the callback, written there (red team xk). */
  const importThenWritten = (k: number, locals: ReadonlyMap<string, ClassReach>): ClassReach | undefined => {
    const spec = isP(k + 1, 40) && isP(k + 3, 41) ? literal(k + 2) : undefined;
    if (spec === undefined || !isP(k + 4, 46) || !isId(k + 5, 'then') || !isP(k + 6, 40)) return undefined;
    const cb = k + 7;
    if (!(isP(cb, 40) || isId(cb, 'function') || isId(cb, 'async') || (kind(cb) === K.Ident && isP(cb + 1, P_ARROW)))) return undefined;
    const r: ClassReach = { role: 'module', level: 0, specifier: spec, imported: '*', via: `import('${spec}')`, scoped: false };
    const [paramsOpen, single] = functionAt(cb);
    if (!functionParamWritten(paramsOpen, single, 0, r, locals, 0)) return undefined;
    // The class the callback names is reported by its module's name (the gate needs the module only).
    return r;
  };
  /**
   * The value an expression starting at `k` reaches of another module's class, walked through its members: its last token
   * and reach, or undefined. `judge` is asked at each step (the value `k` … that token) and ends the walk when it answers
   * true. `scope` overrides the file's names (a helper's parameter, see paramWritten).
   */
  const reachAt = (k: number, locals: ReadonlyMap<string, ClassReach>, scope: ReadonlyMap<string, ClassReach> | undefined, judge?: (r: ClassReach, head: number, e: number) => boolean, noCall = false): [ClassReach, number] | undefined => {
    const first = reachPrimary(k, locals, scope, noCall);
    if (first === undefined) return undefined;
    let [r, e] = first;
    for (let steps = 0; steps < 16; steps++) {
      if (judge !== undefined && judge(r, k, e)) return [r, e];
      let q = e + 1;
      if (isP(q, 33) && !isP(q + 1, 61)) q++; // `x!.prototype`
      let member: string | undefined;
      let next = -1;
      if ((isP(q, 46) || isP(q, P_OPTCHAIN)) && kind(q + 1) === K.Ident) [member, next] = [ident(q + 1) as string, q + 1];
      else if (isP(q, 91) && literal(q + 1) !== undefined && isP(q + 2, 93)) [member, next] = [literal(q + 1) as string, q + 2];
      else if (isP(q, 91) && (r.role === 'class' || r.role === 'module')) {
        // A key the code computes may be `prototype`.
        [r, e] = [{ ...r, role: 'computed' }, matching(q)];
        continue;
      } else if (isP(q, 91) && r.role === 'holder' && r.element !== undefined) {
        // Any element of an array holder (`ts[i]`).
        [r, e] = [r.element, matching(q)];
        continue;
      }
      if (member === undefined) return [r, e];
      const up = Math.max(r.level - 1, 0);
      let to: ClassReach | undefined;
      if (r.role === 'holder') to = r.fields?.get(member) ?? (/^\d+$/.test(member) ? r.element : undefined);
      else if (r.role === 'module') to = member === 'prototype' ? { ...r, role: 'proto' } : { ...r, role: 'class', imported: member, via: `${r.via}.${member}` };
      else if (r.role === 'class') to = member === 'prototype' ? { ...r, role: 'proto' } : member === '__proto__' ? { ...r, level: up } : undefined;
      else if (r.role === 'proto') to = member === 'constructor' ? { ...r, role: 'class' } : member === '__proto__' ? { ...r, level: up } : undefined;
      else if (r.role === 'instance') to = member === 'constructor' ? { ...r, role: 'class' } : member === '__proto__' ? { ...r, role: 'proto' } : undefined;
      if (to === undefined) return [r, e];
      [r, e] = [to, next];
    }
    return [r, e];
  };
  /** The first value of reachAt at `k`: a name, a module in place, `new C()`, `Object.getPrototypeOf(v)`, a group, a class expression. */
  let reachNesting = 0;
  const reachPrimary = (k: number, locals: ReadonlyMap<string, ClassReach>, scope: ReadonlyMap<string, ClassReach> | undefined, noCall: boolean): [ClassReach, number] | undefined => {
    // A value nested deeper than a few groups, `new`s or calls is no spelling of a class (and thousands of groups must
    // not exhaust the stack: the walk starts again at every token).
    if (reachNesting >= 8) return undefined;
    reachNesting++;
    try {
      return reachPrimaryAt(k, locals, scope, noCall);
    } finally {
      reachNesting--;
    }
  };
  const reachPrimaryAt = (k: number, locals: ReadonlyMap<string, ClassReach>, scope: ReadonlyMap<string, ClassReach> | undefined, noCall: boolean): [ClassReach, number] | undefined => {
    if (isP(k, 91) || isP(k, 123)) return holderAt(k, locals, scope);
    if (isP(k, 40)) {
      // A group (`(require('x')).Thing`, `(new Thing() as any)`), not a call's arguments.
      if ((kind(k - 1) === K.Ident && !GROUP_BEFORE.has(ident(k - 1) as string) && !STATEMENT_HEADS.has(ident(k - 1) as string)) || isP(k - 1, 41) || isP(k - 1, 93) || kind(k - 1) === K.Template || kind(k - 1) === K.TemplateEnd) return undefined;
      const inner = reachAt(k + 1, locals, scope);
      return inner !== undefined && pastAssertions(inner[1] + 1) === matching(k) ? [inner[0], matching(k)] : undefined;
    }
    if (kind(k) !== K.Ident || isProperty(k)) return undefined;
    const word = ident(k) as string;
    const spec = word === 'require' && isP(k + 1, 40) && isP(k + 3, 41) ? literal(k + 2) : undefined;
    if (spec !== undefined) return [{ role: 'module', level: 0, specifier: spec, imported: '*', via: `require('${spec}')`, scoped: false }, k + 3];
    if (word === 'await' && isId(k + 1, 'import') && isP(k + 2, 40) && literal(k + 3) !== undefined && isP(k + 4, 41)) return [{ role: 'module', level: 0, specifier: literal(k + 3) as string, imported: '*', via: `import('${literal(k + 3) as string}')`, scoped: false }, k + 4];
    if (word === 'new') {
      const inner = reachAt(k + 1, locals, scope, undefined, true);
      if (inner === undefined || (inner[0].role !== 'class' && inner[0].role !== 'module')) return undefined;
      let e = inner[1];
      const args = skipTypeArgs(e + 1);
      if (isP(args, 40)) e = matching(args);
      return [{ ...inner[0], role: 'instance' }, e];
    }
    if ((word === 'Object' || word === 'Reflect') && isP(k + 1, 46) && isId(k + 2, 'getPrototypeOf') && isP(k + 3, 40) && !noCall) {
      const inner = reachAt(k + 4, locals, scope);
      const close = matching(k + 3);
      if (inner === undefined || pastAssertions(inner[1] + 1) !== close) return undefined;
      const r = inner[0];
      const up = Math.max(r.level - 1, 0);
      if (r.role === 'instance') return [{ ...r, role: 'proto' }, close];
      if (r.role === 'proto' || r.role === 'class') return [{ ...r, level: up }, close];
      return undefined;
    }
    if (word === 'Object' && isP(k + 1, 46) && isId(k + 2, 'create') && isP(k + 3, 40) && !noCall) {
      // `Object.create(Thing.prototype)` inherits from the prototype as an instance does (red team xk).
      const inner = reachAt(k + 4, locals, scope);
      const close = matching(k + 3);
      const end = inner === undefined ? -1 : pastAssertions(inner[1] + 1);
      return inner !== undefined && inner[0].role === 'proto' && (end === close || isP(end, 44)) ? [{ ...inner[0], role: 'instance' }, close] : undefined;
    }
    if (word === 'Reflect' && isP(k + 1, 46) && isId(k + 2, 'get') && isP(k + 3, 40) && !noCall) {
      // `Reflect.get(Thing, 'prototype')`: the member as `Thing.prototype` / `Thing[k]` reads it.
      const inner = reachAt(k + 4, locals, scope);
      const close = matching(k + 3);
      if (inner === undefined || (inner[0].role !== 'class' && inner[0].role !== 'module') || !isP(pastAssertions(inner[1] + 1), 44)) return undefined;
      const key = pastAssertions(inner[1] + 1) + 1;
      const keyEnd = isP(key, 40) || isP(key, 91) ? matching(key) + 1 : key + 1;
      if (keyEnd !== close && !(isP(keyEnd, 44) && keyEnd + 1 === close)) return undefined;
      const name = literal(key);
      if (name === 'prototype' && keyEnd === key + 1) return [{ ...inner[0], role: 'proto' }, close];
      return name === undefined ? [{ ...inner[0], role: 'computed' }, close] : undefined;
    }
    if (word === 'class') {
      // `class Sub extends Thing {}`, `const Sub = class extends Thing {}`: one class below it, this module's own.
      let q = kind(k + 1) === K.Ident && !isId(k + 1, 'extends') ? k + 2 : k + 1;
      q = skipTypeArgs(q);
      if (!isId(q, 'extends')) return undefined;
      const inner = reachAt(q + 1, locals, scope, undefined, true);
      if (inner === undefined || (inner[0].role !== 'class' && inner[0].role !== 'module')) return undefined;
      const body = skipTypeArgs(inner[1] + 1);
      return [{ ...inner[0], role: 'class', level: Math.min(inner[0].level + 1, 8) }, isP(body, 123) ? matching(body) : inner[1]];
    }
    if (word === 'super' && (isP(k + 1, 46) || isP(k + 1, 91))) {
      // `super` in a class extending another module's class: `super.constructor` (an instance member's) is that class,
      // `super.prototype` (a static member's) its prototype.
      let o = parent[k] as number;
      for (let n = 0; o >= 0 && n < 64 && !(isP(o, 123) && blockKind(o) === 'class'); n++) o = parent[o] as number;
      if (o < 0 || !isP(o, 123) || blockKind(o) !== 'class') return undefined;
      let head = o - 1;
      while (head > 0 && o - head < 64 && !(isId(head, 'class') && !isProperty(head))) head = isP(head, 41) || isP(head, 93) || isP(head, 62) ? Math.max((partner[head] as number) - 1, 0) : head - 1;
      const own = isId(head, 'class') ? reachPrimary(head, locals, scope, false) : undefined;
      if (own === undefined || own[0].level < 1) return undefined;
      const member = isP(k + 1, 46) ? ident(k + 2) : literal(k + 2);
      const parentLevel = { ...own[0], level: own[0].level - 1 };
      if (member === 'constructor') return [{ ...parentLevel, role: 'class' }, isP(k + 1, 46) ? k + 2 : k + 3];
      if (member === 'prototype') return [{ ...parentLevel, role: 'proto' }, isP(k + 1, 46) ? k + 2 : k + 3];
      return undefined;
    }
    if (word === 'this') return thisReach(k, locals, scope);
    if (DECLARATORS.has(ident(k - 1) ?? '') && !isProperty(k - 1)) return undefined; // the name declared, not a use of one
    // A name a declaration's pattern declares (`const { prototype: p } = Thing`).
    if ((isP(k - 1, 58) || isP(k - 1, 123) || isP(k - 1, 44)) && isP(parent[k] as number, 123) && DECLARATORS.has(ident((parent[k] as number) - 1) ?? '')) return undefined;
    const named = scope?.get(word) ?? locals.get(word);
    if (named !== undefined) return [named, k];
    const returned = isP(k + 1, 40) && !noCall ? classReturners.get(word) : undefined;
    if (returned !== undefined) return [returned, matching(k + 1)];
    const b = bindings.get(word);
    return b === undefined ? undefined : [{ role: b.imported === '*' ? 'module' : 'class', level: 0, specifier: b.specifier, imported: b.imported, via: word, scoped: false }, k];
  };
  /**
   * An array or object literal at `open` holding a value of another module's class (`[Thing]`, `{ Other }`, `{ C: Thing }`):
   * a holder whose fields (and, for an array, elements) are those values (red team xf, xk). A `[` indexing a value or a
   * `{` opening a block is no literal.
   */
  const holderAt = (open: number, locals: ReadonlyMap<string, ClassReach>, scope: ReadonlyMap<string, ClassReach> | undefined): [ClassReach, number] | undefined => {
    const before = open - 1;
    // An array also at a statement's start (`[Thing].forEach(…);`).
    const valueBefore = isP(before, 61) || isP(before, 40) || isP(before, 44) || isP(before, 58) || isP(before, 91) || isId(before, 'return') || isId(before, 'of') || isP(before, P_ARROW) || (isP(open, 91) && (before < 0 || isP(before, 59) || isP(before, 125)));
    if (!valueBefore || (isP(open, 123) && isP(before, P_ARROW)) || (isP(open, 123) && isP(before, 40) && !isP(before - 1, 40) && kind(before - 1) !== K.Ident)) return undefined;
    const close = matching(open);
    if (close <= open || close - open > 512) return undefined;
    const fields = new Map<string, ClassReach>();
    let element: ClassReach | undefined;
    let index = 0;
    for (let q = open + 1; q < close; q++) {
      let key: string | undefined;
      let v = q;
      if (isP(open, 123)) {
        // `Other` (shorthand) or `key: value`.
        key = kind(q) === K.Ident ? (ident(q) as string) : literal(q);
        if (key === undefined) break;
        if (isP(q + 1, 58)) v = q + 2;
        else if (!(isP(q + 1, 44) || q + 1 === close)) break;
      } else key = String(index++);
      const got = reachAt(v, locals, scope);
      let end = got === undefined ? v : pastAssertions(got[1] + 1);
      if (got !== undefined && (isP(end, 44) || end === close)) {
        fields.set(key, got[0]);
        if (isP(open, 91)) element ??= got[0];
      }
      // To the next comma of this literal.
      while (end < close && !isP(end, 44)) end = isP(end, 40) || isP(end, 91) || isP(end, 123) ? matching(end) + 1 : end + 1;
      q = end;
    }
    const first = fields.values().next().value as ClassReach | undefined;
    if (first === undefined) return undefined;
    return [{ ...first, role: 'holder', fields, ...(element !== undefined ? { element } : {}) }, close];
  };
  /** thisReach's answers by class body: the subclass's reach, or null (no class of another module below it). */
  const subclassReach = new Map<number, ClassReach | null>();
  /**
   * `this` in a member of a class extending another module's class, as `super` is (red team xk): the subclass in a static
   * member (`Object.getPrototypeOf(this.prototype).m = …` reaches the parent's prototype), an instance of it in any other
   * (`Object.getPrototypeOf(Object.getPrototypeOf(this))`). An arrow keeps the member's `this`; a function or an object's
   * method between them binds its own, and then `this` is not the class's.
   */
  const thisReach = (k: number, locals: ReadonlyMap<string, ClassReach>, scope: ReadonlyMap<string, ClassReach> | undefined): [ClassReach, number] | undefined => {
    if (!hasExtends) return undefined;
    // Each `this` of one block is the same value: the walk is made once a block.
    const block = parent[k] as number;
    const known = thisByBlock.get(block);
    if (known !== undefined) return known === null ? undefined : [known, k];
    const r = thisReachAt(k, locals, scope);
    if (block >= 0 && !(isP(block, 123) && blockKind(block) === 'class')) thisByBlock.set(block, r === undefined ? null : r[0]);
    return r;
  };
  const hasExtends = text.includes('extends');
  const thisByBlock = new Map<number, ClassReach | null>();
  const thisReachAt = (k: number, locals: ReadonlyMap<string, ClassReach>, scope: ReadonlyMap<string, ClassReach> | undefined): [ClassReach, number] | undefined => {
    let child = k;
    let o = parent[k] as number;
    for (let n = 0; o >= 0 && n < 64 && !(isP(o, 123) && blockKind(o) === 'class'); n++) {
      // A body after a parameter list (`function (…) {`, `m(…) {` of an object) binds `this`, unless it is the class's member.
      if (isP(o, 123) && isP(o - 1, 41)) {
        const before = (partner[o - 1] as number) - 1;
        const outer = parent[o] as number;
        if (!(kind(before) === K.Ident && (STATEMENT_HEADS.has(ident(before) as string) || isId(before, 'catch'))) && !(isP(outer, 123) && blockKind(outer) === 'class')) return undefined;
      }
      child = o;
      o = parent[o] as number;
    }
    if (o < 0 || !isP(o, 123) || blockKind(o) !== 'class') return undefined;
    let own = subclassReach.get(o);
    if (own === undefined) {
      const head = classKeyword(o);
      const r = head >= 0 ? reachPrimary(head, locals, scope, false) : undefined;
      own = r !== undefined && r[0].level >= 1 ? r[0] : null;
      subclassReach.set(o, own);
    }
    if (own === null) return undefined;
    // The member's head, back to the end of the one before it: `static` makes `this` the class.
    let isStatic = false;
    for (let r = child - 1, n = 0; r > o && n < 256; r--, n++) {
      if (isP(r, 59) || isP(r, 125) || isP(r, 123)) break;
      if (isP(r, 41) || isP(r, 93)) r = partner[r] as number;
      else if (isId(r, 'static') && parent[r] === o) { isStatic = true; break; }
    }
    return [{ ...own, role: isStatic ? 'class' : 'instance' }, k];
  };
  /**
   * The local names for another module's classes, instances and subclasses (`const T = Thing`, `const t = new Thing()`,
   * `class Sub extends Thing {}`, `const { Thing: T } = await import('x')`); a prototype's name is read by prototypeWritten.
   */
  const classReturners = new Map<string, ClassReach>();
  const bindClassNames = (): Map<string, ClassReach> => {
    const locals = new Map<string, ClassReach>();
    const ends = (q: number) => q >= count || isP(q, 59) || isP(q, 44) || isP(q, 41) || isP(q, 125) || (tok.line[q] as number) > (tok.line[q - 1] as number);
    for (let round = 0; round < 2; round++) {
      for (let q = 0; q + 2 < count; q++) {
        if (kind(q) !== K.Ident || isProperty(q)) continue;
        // A function returning such a value (`function theClass() { return Thing; }`, red team xk): its call is the value.
        if (isId(q, 'function') && kind(q + 1) === K.Ident) {
          const open = pastTypeParameters(q + 2);
          let body = isP(open, 40) ? matching(open) + 1 : -1;
          if (isP(body, 58)) body = typeEnd(body + 1);
          if (isP(body, 123)) {
            for (let t = body + 1; t < matching(body); t++) {
              if (!isId(t, 'return') || parent[t] !== body) continue;
              const value = reachAt(t + 1, locals, undefined);
              if (value !== undefined && ends(pastAssertions(value[1] + 1))) classReturners.set(ident(q + 1) as string, value[0]);
            }
          }
          continue;
        }
        if (isId(q, 'class') && kind(q + 1) === K.Ident && !isId(q + 1, 'extends')) {
          const r = reachPrimary(q, locals, undefined, false);
          if (r !== undefined) locals.set(ident(q + 1) as string, r[0]);
          continue;
        }
        // A parameter or a variable typed as the class (`(t: Thing) =>`, `let t: Thing`) holds an instance of it.
        if (isP(q + 1, 58) && kind(q + 2) === K.Ident && ((isP(parent[q] as number, 40) && (isP(q - 1, 40) || isP(q - 1, 44))) || DECLARATORS.has(ident(q - 1) ?? ''))) {
          const type = reachPrimary(q + 2, locals, undefined, true);
          const end = typeEnd(q + 2);
          const ok = isP(end, 44) || isP(end, 41) || isP(end, 59) || (isP(end, 61) && !isP(end + 1, 62));
          if (type !== undefined && type[0].role === 'class' && ok) {
            // `ts: Thing[]`: an array whose elements are instances (red team xk).
            const instance: ClassReach = { ...type[0], role: 'instance' };
            locals.set(ident(q) as string, isP(q + 3, 91) && isP(q + 4, 93) && end === q + 5 ? { ...instance, role: 'holder', element: instance } : instance);
          }
        }
        // A name assigned after its declaration (`let C; C = Thing`) holds the value too (red team xk).
        if (isP(q + 1, 61) && !touchesOperator(q + 1) && (isP(q - 1, 59) || isP(q - 1, 125) || isP(q - 1, 123) || (tok.line[q] as number) > (tok.line[q - 1] as number)) && !DECLARATORS.has(ident(q - 1) ?? '') && !UNTRACKED_ROOTS.has(ident(q) as string)) {
          const value = reachAt(q + 2, locals, undefined);
          if (value !== undefined && value[0].role !== 'proto' && ends(pastAssertions(value[1] + 1)) && !locals.has(ident(q) as string)) locals.set(ident(q) as string, { ...value[0], via: value[0].role === 'class' || value[0].role === 'module' ? (ident(q) as string) : value[0].via });
        }
        if (!DECLARATORS.has(ident(q) as string)) continue;
        if (kind(q + 1) === K.Ident) {
          const eq = isP(q + 2, 58) ? typeEnd(q + 3) : q + 2;
          if (!isP(eq, 61) || touchesOperator(eq)) continue;
          const value = reachAt(isId(eq + 1, 'await') && !isId(eq + 2, 'import') ? eq + 2 : eq + 1, locals, undefined);
          if (value !== undefined && value[0].role !== 'proto' && ends(pastAssertions(value[1] + 1))) locals.set(ident(q + 1) as string, { ...value[0], via: value[0].role === 'class' || value[0].role === 'module' ? (ident(q + 1) as string) : value[0].via });
        } else if (isP(q + 1, 123)) {
          // `const { Thing, Other: O } = require('x')` / `= await import('x')`: each key a class of the module.
          const close = matching(q + 1);
          const eq = isP(close + 1, 58) ? typeEnd(close + 2) : close + 1;
          if (!isP(eq, 61)) continue;
          const value = reachAt(eq + 1, locals, undefined);
          if (value === undefined || value[0].role === 'computed' || !ends(pastAssertions(value[1] + 1))) continue;
          for (let p = q + 2; p < close; p++) {
            if (parent[p] !== q + 1 || kind(p) !== K.Ident || !(isP(p - 1, 123) || isP(p - 1, 44))) continue;
            // A nested pattern (`{ prototype: { save } }`) reads the members it names.
            if (isP(p + 1, 58) && kind(p + 2) !== K.Ident) continue;
            const local = isP(p + 1, 58) ? p + 2 : p;
            const key = ident(p) as string;
            // Off a class, `const { prototype: p } = Thing` is its prototype; off an instance or a prototype, `{ constructor }` its class (red team xk).
            if (value[0].role === 'module') locals.set(ident(local) as string, { ...value[0], role: 'class', imported: key, via: ident(local) as string });
            else if (value[0].role === 'class' && key === 'prototype') locals.set(ident(local) as string, { ...value[0], role: 'proto' });
            else if ((value[0].role === 'instance' || value[0].role === 'proto') && key === 'constructor') locals.set(ident(local) as string, { ...value[0], role: 'class', via: ident(local) as string });
          }
        }
      }
    }
    return locals;
  };
  /**
   * Whether the value `head` … `e` of another module's class (reach `r`) is written here: its prototype as prototypeWritten
   * reads it; a member under a computed key assigned, or the first argument of a writer (`Object.defineProperty(C[k], …)`);
   * the class, an instance or the module handed to a function of this file whose parameter is so written, or to a helper
   * named as a mixin.
   */
  const reachWritten = (r: ClassReach, head: number, e: number, locals: ReadonlyMap<string, ClassReach>, depth: number): boolean => {
    if (r.role === 'proto') return prototypeWritten(head, e);
    // A static member of another module's own class assigned (`Thing.create = () => …`): core's `Thing.create()` runs this code.
    // (Not node:module's: a module object the scan binds as that builtin's has members the loader rules read.)
    if (r.role === 'class' && r.level === 0 && r.specifier !== 'module' && r.specifier !== 'node:module' && (isP(e + 1, 46) || isP(e + 1, 91)) && !isId(e + 2, 'prototype') && literal(e + 2) !== 'prototype' && prototypeWritten(head, e)) return true;
    if (r.role === 'holder' && r.element !== undefined && depth < 3) {
      // Each element handed to an iteration's callback (`[Thing].forEach((C) => { C.prototype.m = … })`).
      if (isP(e + 1, 46) && ELEMENT_CALLBACKS.has(ident(e + 2) ?? '') && isP(e + 3, 40)) {
        const cb = e + 4;
        if (!(isP(cb, 40) || isId(cb, 'function') || isId(cb, 'async') || (kind(cb) === K.Ident && isP(cb + 1, P_ARROW)))) return false;
        const [paramsOpen, single] = functionAt(cb);
        return functionParamWritten(paramsOpen, single, 0, r.element, locals, depth);
      }
      // `for (const C of [Thing]) { C.prototype.m = … }`.
      if (isId(head - 1, 'of') && kind(head - 2) === K.Ident && DECLARATORS.has(ident(head - 3) ?? '') && isP(head - 4, 40) && isId(head - 5, 'for')) {
        const close = matching(head - 4);
        const body = isP(close + 1, 123) ? matching(close + 1) : expressionEnd(close + 1);
        return scopeWritten(new Map([[ident(head - 2) as string, { ...r.element, level: 0, scoped: true }]]), close + 1, body, locals, depth);
      }
    }
    if (r.role === 'computed') {
      if (isP(e + 1, 46) || isP(e + 1, P_OPTCHAIN) || isP(e + 1, 91)) return prototypeWritten(head, e);
      // A name for the member assigned again (`v = other`) replaces the name's value, not the member.
      if (e !== head && (assigns(e + 1) || isP(e + 1, P_INC) || isP(e + 1, P_DEC) || isP(head - 1, P_INC) || isP(head - 1, P_DEC) || isId(head - 1, 'delete'))) return true;
    }
    const after = pastAssertions(e + 1);
    const open = parent[head] as number;
    if (open < 1 || !isP(open, 40) || !(isP(head - 1, 40) || isP(head - 1, 44)) || !(isP(after, 44) || isP(after, 41))) return false;
    // A function expression called where it stands (`((C) => { C.prototype.m = … })(Thing)`, red team xk).
    if (isP(open - 1, 41) && depth < 3) {
      const group = partner[open - 1] as number;
      if (isP(group, 40) && (isP(group + 1, 40) || isId(group + 1, 'function') || isId(group + 1, 'async') || (kind(group + 1) === K.Ident && isP(group + 2, P_ARROW)))) {
        let index = 0;
        for (let q = open + 1; q < head; q++) {
          if (isP(q, 44)) index++;
          else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
        }
        const [paramsOpen, single] = functionAt(group + 1);
        return functionParamWritten(paramsOpen, single, index, r, locals, depth);
      }
    }
    // The callee before its type arguments (`patch<typeof Thing>(Thing)`, red team xk).
    const name = genericsBefore(open - 1);
    if (kind(name) !== K.Ident) return false;
    const callee = ident(name) as string;
    const fn = isP(name - 1, 46) ? `${ident(name - 2) ?? ''}.${callee}` : callee;
    let index = 0;
    for (let q = open + 1; q < head; q++) {
      if (isP(q, 44)) index++;
      else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    if (r.role === 'computed') return index === 0 && PROTOTYPE_WRITERS.has(fn);
    if (index === 0 && MIXIN_HELPER.test(callee)) return true;
    // A method of an object literal of this file (`helpers.patch(Thing)`) is read as a function is.
    return (!isProperty(name) || (functionsOfFile() !== undefined && methodsDeclared.has(callee))) && !isId(name - 1, 'new') && paramWritten(callee, index, r, locals, depth);
  };
  /** The token before a call's type arguments ending at `close` (`>`), or `close` itself when none end there. */
  const genericsBefore = (close: number): number => {
    if (!isP(close, 62)) return close;
    let d = 0;
    for (let q = close; q > 0 && close - q < MAX_TYPE_ARG_TOKENS; q--) {
      if (isP(q, 62) && !isP(q - 1, 61)) d++;
      else if (isP(q, 60) && --d === 0) return q - 1;
      else if (isP(q, 41) || isP(q, 93) || isP(q, 125)) q = partner[q] as number;
      else if (isP(q, 59) || isP(q, 123) || isP(q, 40)) return close;
    }
    return close;
  };
  /** Past a declaration's type parameters at `k` (`<T extends { prototype: object }>`, whose braces skipTypeArgs stops at). */
  const pastTypeParameters = (k: number): number => {
    if (!isP(k, 60)) return k;
    let d = 0;
    for (let q = k; q < count && q - k < MAX_TYPE_ARG_TOKENS; q++) {
      if (isP(q, 60)) d++;
      else if (isP(q, 62) && !isP(q - 1, 61) && --d === 0) return q + 1;
      else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
      else if (isP(q, 59)) return k;
    }
    return k;
  };
  /**
   * The functions this file declares by name (`function f`, `const f =`), and an object literal's methods (`{ patch(C) {
   * … } }`, `patch: (C) => …`, red team xk) in `methodsDeclared`: found once, when first asked (a file handing classes to
   * many callees reads its tokens once, not once a callee).
   */
  const functionsOfFile = (): Map<string, number[]> => {
    if (functionsDeclared !== undefined) return functionsDeclared;
    functionsDeclared = new Map();
    for (let q = 1; q + 1 < count; q++) {
      if (kind(q) !== K.Ident || isProperty(q)) continue;
      let method = false;
      if (!(isId(q - 1, 'function') || (DECLARATORS.has(ident(q - 1) ?? '') && isP(q + 1, 61)))) {
        const o = parent[q] as number;
        if (!(isP(q - 1, 123) || isP(q - 1, 44)) || o < 0 || !isP(o, 123) || blockKind(o) !== undefined || !(isP(o - 1, 61) || isP(o - 1, 40) || isP(o - 1, 44) || isP(o - 1, 58))) continue;
        const fn = isP(q + 1, 40) ? isP(matching(q + 1) + 1, 123) || isP(matching(q + 1) + 1, 58) : isP(q + 1, 58) && (isId(q + 2, 'function') || isId(q + 2, 'async') || isP(q + 2, 40) || (kind(q + 2) === K.Ident && isP(q + 3, P_ARROW)));
        if (!fn) continue;
        method = true;
      }
      if (method) methodsDeclared.add(ident(q) as string);
      const at = functionsDeclared.get(ident(q) as string);
      if (at === undefined) functionsDeclared.set(ident(q) as string, [q]);
      else at.push(q);
    }
    return functionsDeclared;
  };
  const methodsDeclared = new Set<string>();
  /** paramWritten's answers, by function, argument and reach (a helper called many times is read once). */
  const paramsWritten = new Map<string, boolean>();
  /** The declarations of functions by name (`function f`, `const f =`), found when paramWritten is first asked. */
  let functionsDeclared: Map<string, number[]> | undefined;
  /**
   * Whether the function this file declares as `name` (`function name(…)`, `const name = (…) => …`) writes its parameter
   * at `index` when given the value `r` (reachWritten on each value its body reaches from the parameter).
   */
  const paramWritten = (name: string, index: number, r: ClassReach, locals: ReadonlyMap<string, ClassReach>, depth: number): boolean => {
    if (depth >= 3) return false;
    const key = `${name}\u0000${index}\u0000${r.role}`;
    const known = paramsWritten.get(key);
    if (known !== undefined) return known;
    paramsWritten.set(key, false);
    let written = false;
    for (const q of functionsOfFile().get(name) ?? []) {
      if (written) break;
      let fn: [number, number] = [-1, -1];
      if (isId(q - 1, 'function')) fn = [pastTypeParameters(q + 1), -1];
      else if (DECLARATORS.has(ident(q - 1) ?? '') && isP(q + 1, 61)) fn = functionAt(q + 2);
      else if (isP(q + 1, 40)) fn = [q + 1, -1];
      else if (isP(q + 1, 58)) fn = functionAt(q + 2);
      written = functionParamWritten(fn[0], fn[1], index, r, locals, depth);
    }
    paramsWritten.set(key, written);
    return written;
  };
  /** A function expression at `v` (`function (…) {`, `async (…) =>`, `x =>`): its parameter list's `(`, or its single parameter. */
  const functionAt = (v: number): [number, number] => {
    if (isId(v, 'async')) v++;
    if (isId(v, 'function')) return [pastTypeParameters(kind(v + 1) === K.Ident ? v + 2 : v + 1), -1];
    if (kind(v) === K.Ident && isP(v + 1, P_ARROW)) return [-1, v];
    return [pastTypeParameters(v), -1];
  };
  /** Whether the function whose parameters open at `paramsOpen` (or whose single parameter is `single`) writes the one at `index` given `r`. */
  const functionParamWritten = (paramsOpen: number, single: number, index: number, r: ClassReach, locals: ReadonlyMap<string, ClassReach>, depth: number): boolean => {
    if (single < 0 && !isP(paramsOpen, 40)) return false;
    const params = single >= 0 ? [single] : argumentsOf(paramsOpen);
    const shift = single < 0 && isId(params[0] ?? -1, 'this') && isP((params[0] ?? -1) + 1, 58) ? 1 : 0; // TypeScript's `this: T`
    const param = params[index + shift];
    if (param === undefined || isId(param, 'this')) return false;
    // A destructured parameter (`({ Thing }) => …` of `import('x').then`): each name the member it takes.
    const scope = isP(param, 123) ? patternScope(param, { ...r, level: 0, scoped: true }) : kind(param) === K.Ident ? new Map([[ident(param) as string, { ...r, level: 0, scoped: true }]]) : undefined;
    if (scope === undefined || scope.size === 0) return false;
    let b = single >= 0 ? single + 1 : matching(paramsOpen) + 1;
    if (isP(b, 58)) b = typeEnd(b + 1);
    if (isP(b, P_ARROW)) b++;
    const end = isP(b, 123) ? matching(b) : expressionEnd(b);
    return scopeWritten(scope, b, end, locals, depth);
  };
  /** Whether code `from` … `end` writes a value `scope` names (reachWritten on each value it reaches from them). */
  const scopeWritten = (scope: ReadonlyMap<string, ClassReach>, from: number, end: number, locals: ReadonlyMap<string, ClassReach>, depth: number): boolean => {
    let written = false;
    for (let p = from; p < end && !written; p++) {
      if (kind(p) !== K.Ident && !isP(p, 40)) continue;
      reachAt(p, locals, scope, (v, head, e) => {
        if (v.level !== 0 || !v.scoped || !reachWritten(v, head, e, locals, depth + 1)) return false;
        written = true;
        return true;
      });
    }
    return written;
  };
  /** The names an object pattern at `open` binds off the value `r` (`{ Thing, prototype: p }`), each the member it takes. */
  const patternScope = (open: number, r: ClassReach): Map<string, ClassReach> => {
    const out = new Map<string, ClassReach>();
    const close = matching(open);
    for (let p = open + 1; p < close; p++) {
      if (parent[p] !== open || kind(p) !== K.Ident || !(isP(p - 1, 123) || isP(p - 1, 44))) continue;
      const key = ident(p) as string;
      const local = isP(p + 1, 58) && kind(p + 2) === K.Ident ? (ident(p + 2) as string) : isP(p + 1, 58) ? undefined : key;
      if (local === undefined) continue;
      const to = r.role === 'module' ? { ...r, role: 'class' as const, imported: key, via: local } : r.role === 'class' && key === 'prototype' ? { ...r, role: 'proto' as const } : (r.role === 'instance' || r.role === 'proto') && key === 'constructor' ? { ...r, role: 'class' as const } : r.role === 'holder' ? r.fields?.get(key) : undefined;
      if (to !== undefined) out.set(local, { ...to, scoped: true });
    }
    return out;
  };
  /**
   * Whether the prototype `head` … `e` may be written here (red team kx: by denial). A member assigned (`X.prototype.m =
   * …`, `['m'] +=`) is; a member read, a comparison, `'m' in`, `typeof`, and an argument of a reader (`Object.keys`,
   * `Object.create(Base.prototype)`, a source of `Object.assign`, the prototype given by `setPrototypeOf`) are not; any
   * other use hands the prototype on to code that may write it (`(X.prototype as any).__proto__ = …`, `Reflect.set(X.prototype,
   * …)`, `Object.setPrototypeOf(X.prototype, mixin)`, `mixin(X.prototype)`, a return); a local name for it is read at
   * each of its uses (red team fb).
   */
  const aliasesWritten = new Map<string, boolean>();
  const collections = new Map<string, boolean>();
  /** Whether `name` is declared here only as a Map, Set or their weak kinds (`= new WeakMap()`, `: Map<…>`), never assigned otherwise. */
  const collectionNamed = (name: string): boolean => {
    const known = collections.get(name);
    if (known !== undefined) return known;
    let made = false;
    let other = false;
    for (let q = 0; q + 2 < count && !other; q++) {
      if (!isId(q, name) || (isProperty(q) && !isId(q - 2, 'this'))) continue;
      const eq = isP(q + 1, 58) ? typeEnd(q + 2) : q + 1;
      const typed = isP(q + 1, 58) && kind(q + 2) === K.Ident && COLLECTIONS.has(ident(q + 2) as string);
      if (!isP(eq, 61) || touchesOperator(eq)) { if (typed) made = true; continue; }
      if (isId(eq + 1, 'new') && COLLECTIONS.has(ident(eq + 2) ?? '')) made = true;
      else other = true;
    }
    collections.set(name, made && !other);
    return made && !other;
  };
  const prototypeWritten = (head: number, e: number, depth = 0): boolean => {
    const op = (r: number) => text.slice(tok.start[r], tok.end[r]);
    // A member written: assigned (`=`, `+=`, `??=`), counted (`++`, `--`), deleted, or given an accessor (red team fb).
    const writes = (r: number): boolean => assigns(r) || isP(r, P_INC) || isP(r, P_DEC) || (isP(r, P_OTHER2_ID) && LOGICAL_ASSIGNMENTS.has(op(r)) && isP(r + 1, 61) && touchesOperator(r + 1));
    const counted = isP(head - 1, P_INC) || isP(head - 1, P_DEC) || isId(head - 1, 'delete');
    // A member the target of a loop (`for (X.prototype.m of fns)`) or of a destructuring assignment (`({ a: X.prototype.m }
    // = o)`, `[X.prototype.m] = fns`): written each time (red team fb).
    const target = (r: number): boolean => {
      if (isId(r, 'of') || isId(r, 'in')) return isP(head - 1, 40) && isId(head - 2, 'for');
      if (!(isP(r, 44) || isP(r, 125) || isP(r, 93)) || !(isP(head - 1, 58) || isP(head - 1, 44) || isP(head - 1, 123) || isP(head - 1, 91) || isP(head - 1, P_SPREAD))) return false;
      let o = parent[head] as number;
      for (let n = 0; n < 8 && o >= 0 && (isP(o, 123) || isP(o, 91)); n++, o = parent[o] as number) if (assigns(matching(o) + 1) && !touchesOperator(matching(o) + 1)) return true;
      return false;
    };
    if ((isP(e + 1, 46) || isP(e + 1, P_OPTCHAIN)) && kind(e + 2) === K.Ident) {
      let r = e + 3;
      if (isP(r, 33 /* ! */) && !isP(r + 1, 61)) r++;
      if (isP(r, 40) && (isId(e + 2, '__defineGetter__') || isId(e + 2, '__defineSetter__'))) return true;
      return counted || writes(r) || target(r);
    }
    if (isP(e + 1, 91)) return counted || writes(matching(e + 1) + 1) || target(matching(e + 1) + 1);
    // The value's end past TypeScript's erased `!`, `as T`, `satisfies T` (`Object.keys(X.prototype as object)`; red team fb).
    let after = e + 1;
    for (let n = 0; n < 8; n++) {
      if (isP(after, 33) && !isP(after + 1, 61)) after++;
      else if ((isId(after, 'as') || isId(after, 'satisfies')) && typeEnd(after + 1) > after + 1) after = typeEnd(after + 1);
      else break;
    }
    if (isP(after, P_OTHER2_ID) && COMPARISONS.has(op(after))) return false;
    if ((isP(head - 1, P_OTHER2_ID) && COMPARISONS.has(op(head - 1))) || (isP(head - 1, 61) && touchesOperator(head - 1) && COMPARISONS.has(`${op(head - 2)}=`))) return false;
    if (isId(head - 1, 'in') || isId(head - 1, 'typeof') || isId(head - 1, 'instanceof') || isId(head - 1, 'void') || isId(after, 'in') || isId(after, 'instanceof')) return false;
    // A `case` compares it; a type names it (`as X['prototype']`, `keyof`, `type P = X['prototype']`).
    if (isId(head - 1, 'case') && isP(after, 58)) return false;
    if (isId(head - 1, 'as') || isId(head - 1, 'satisfies') || isId(head - 1, 'keyof') || (isP(head - 1, 61) && kind(head - 2) === K.Ident && isId(head - 3, 'type'))) return false;
    // In a group (`(X.prototype as any)[k]`, `(X.prototype).m = …`): the group is read as the prototype is (red team fb).
    const group = parent[head] as number;
    if (depth < 3 && group >= 0 && isP(group, 40) && group === head - 1 && isP(after, 41) && after === matching(group) && kind(group - 1) !== K.Ident && !isP(group - 1, 41) && !isP(group - 1, 93) && !isP(group - 1, 62) && kind(group - 1) !== K.Template && kind(group - 1) !== K.TemplateEnd) return prototypeWritten(group, after, depth + 1);
    // `const p: T = X.prototype`: the annotation is erased, the name is an alias as below.
    let named = head - 2;
    if (isP(head - 1, 61)) for (let t = head - 2; t > head - 40 && t > 2; t--) if (isP(t, 58) && kind(t - 1) === K.Ident && (isId(t - 2, 'const') || isId(t - 2, 'let') || isId(t - 2, 'var')) && typeEnd(t + 1) === head - 1) { named = t - 1; break; }
    const declared = isP(head - 1, 61) && !touchesOperator(head - 1) && (isP(after, 59) || after >= count || ((tok.line[after] as number) > (tok.line[e] as number) && kind(after) === K.Ident));
    const declarator = (k: number) => isId(k, 'const') || isId(k, 'let') || isId(k, 'var');
    // A destructuring declaration reads the members it names (`const { save } = X.prototype`).
    if (declared && (isP(head - 2, 125) || isP(head - 2, 93)) && declarator(matching(head - 2) - 1)) return false;
    // A local name for it (`const proto = X.prototype`) is written where the name is: each of its uses is read as this one.
    if (declared && kind(named) === K.Ident && declarator(named - 1) && !isId(named - 2, 'export') && depth < 3) {
      const alias = ident(named) as string;
      // Once per name (a file of many aliases is read in linear passes); a name met again while read is read as written.
      const known = aliasesWritten.get(alias);
      if (known !== undefined) return known;
      aliasesWritten.set(alias, true);
      let written = false;
      for (let q = 0; q < count && !written; q++) if (q !== named && kind(q) === K.Ident && ident(q) === alias && !isProperty(q) && prototypeWritten(q, q, depth + 1)) written = true;
      aliasesWritten.set(alias, written);
      return written;
    }
    const open = parent[head] as number;
    if (open >= 0 && isP(open, 40) && (isP(head - 1, 40) || isP(head - 1, 44)) && (isP(after, 44) || isP(after, 41)) && kind(open - 1) === K.Ident) {
      const fn = isP(open - 2, 46) ? `${ident(open - 3) ?? ''}.${ident(open - 1) as string}` : (ident(open - 1) as string);
      // A test double's (`jest.spyOn(Thing.prototype, 'save')` in a setup file) patches it in a test's process only.
      if (PROTOTYPE_READERS.has(fn) || TEST_DOUBLES.has(fn) || fn.startsWith('console.') || fn.startsWith('assert.')) return false;
      // A lookup by it (`cache.get(X.prototype)`, `seen.has(…)`) as the only argument.
      if (isP(open - 2, 46) && (isId(open - 1, 'get') || isId(open - 1, 'has')) && isP(head - 1, 40) && isP(after, 41)) return false;
      // A key of a collection this file makes (`const meta = new WeakMap()`, `cache: Map<object, M>`): `meta.set(X.prototype, m)`.
      if (isP(open - 2, 46) && isP(head - 1, 40) && COLLECTION_KEYS.has(ident(open - 1) ?? '') && kind(open - 3) === K.Ident && collectionNamed(ident(open - 3) as string)) return false;
      if (PROTOTYPE_WRITERS.has(fn) && !isP(head - 1, 40)) return false;
      // A mixin's source: a later argument of a call whose first is another class's own prototype (`mixin(Y.prototype, X.prototype)`).
      if (isP(head - 1, 44) && kind(open + 1) === K.Ident && !bindings.has(ident(open + 1) as string) && isP(open + 2, 46) && isId(open + 3, 'prototype') && isP(open + 4, 44)) return false;
    }
    return true;
  };

  /** `(` at `open` after a callee: a lone literal argument is an import, anything else is unresolvable. Returns the closing index. */
  const call = (callee: number, open: number, importKind: TsImportKind, unresolvableKind: TsUnresolvableKind): number => {
    const close = matching(open);
    const arg = open + 1;
    if (literal(arg) !== undefined && (close === arg + 1 || isP(arg + 1, 44))) addImport(importKind, arg);
    else if (importKind === 'dynamic_import' && moduleUrlArgument(arg, close)) addImport('url', arg + 3, undefined);
    else unresolvable.push({ kind: unresolvableKind, expression: close === arg ? '(no argument)' : expressionText(arg, close), ...at(callee) });
    return close;
  };
  /**
   * `import(new URL('./x.js', import.meta.url))`, with `.href` or `.toString()` after it, the argument alone or before
   * the options: import() takes the URL's text, a file next to this module, as `new Worker(new URL(…))` does.
   */
  const moduleUrlArgument = (arg: number, close: number): boolean => {
    if (!(isId(arg, 'new') && isId(arg + 1, 'URL') && isP(arg + 2, 40) && literal(arg + 3) !== undefined && isP(arg + 4, 44) && isId(arg + 5, 'import') && importMeta(arg + 5) === 'url')) return false;
    let q = matching(arg + 2);
    if (q !== arg + 10) return false;
    q++;
    if (isP(q, 46) && isId(q + 1, 'href')) q += 2;
    else if (isP(q, 46) && isId(q + 1, 'toString') && isP(q + 2, 40) && isP(q + 3, 41)) q += 4;
    return q === close || isP(q, 44);
  };

  /** `importScripts('a.js', 'b.js')` in a worker: every literal argument is a script it loads; any other argument may load anything. */
  const scriptsCall = (callee: number, open: number): number => {
    const close = matching(open);
    for (let q = open + 1; q < close; q++) {
      const end = isP(q, 40) || isP(q, 91) || isP(q, 123) ? matching(q) : q;
      if (literal(q) !== undefined && (isP(q + 1, 44) || q + 1 === close)) addImport('side_effect', q, []);
      else {
        let stop = end + 1;
        while (stop < close && !isP(stop, 44)) stop = isP(stop, 40) || isP(stop, 91) || isP(stop, 123) ? matching(stop) + 1 : stop + 1;
        unresolvable.push({ kind: 'worker', expression: `importScripts(${expressionText(q, stop)})`, ...at(callee) });
        q = stop;
        continue;
      }
      q++; // the comma
    }
    return close;
  };

  /** `name(…) {` or `name(…): T` after `{ ; , }` or a modifier: a method or signature named like a loader, not a call. */
  const isDefinition = (name: number, open: number): boolean => {
    if (isId(name - 1, 'function') || isP(name - 1, 42 /* * generator */) && isId(name - 2, 'function')) return true;
    const close = matching(open);
    const after = close + 1;
    if (isP(after, 123)) return literal(open + 1) === undefined || close !== open + 2;
    if (isP(after, 58 /* : */)) {
      const before = name - 1;
      return before < 0 || isP(before, 123) || isP(before, 125) || isP(before, 59) || isP(before, 44) || (kind(before) === K.Ident && METHOD_MODIFIERS.has(ident(before) as string));
    }
    return false;
  };

  /**
   * `host[key]` at `k`: called (`(…)`, `?.(…)`, `.call(…)`, `.apply(…)`, `.bind(…)`), or, of `module` (whose members are
   * few, the loader among them), read at all; not assigned. `window[callback](data)` is called too: fail closed.
   */
  const computedLoader = (bracket: number, word: string): boolean => {
    const after = matching(bracket) + 1;
    if (callOpenAt(after) >= 0 || (isP(after, 46) && ['call', 'apply', 'bind'].includes(ident(after + 1) ?? ''))) return true;
    return word === 'module' && !assigns(after) && !isP(after, 46);
  };
  /**
   * The name a value at `k` is stored in: the target of the `=` the value's expression follows (`g = c ? globalThis :
   * window`, `const g: T = (globalThis as any)`) — its token, past a type annotation to the declarator's name — or -1
   * (an argument, an element, a return value: handed elsewhere). `pattern`: a destructuring target `{ … } =` is returned
   * as its `{`.
   */
  const storedIn = (k: number, pattern: boolean): number => {
    let q = k - 1;
    for (let n = 0; n < 32 && q >= 0; n++) {
      if (isP(q, 61) && !touchesOperator(q)) break;
      if (isP(q, 41)) q = (partner[q] as number) - 1;
      else if (isP(q, 40)) {
        const before = q - 1;
        if (isP(before, 41) || isP(before, 93) || (kind(before) === K.Ident && !GROUP_BEFORE.has(ident(before) as string))) return -1;
        q--;
      } else if (isP(q, 91) || isP(q, 93) || isP(q, 123) || isP(q, 125) || isP(q, 59) || isP(q, 44) || isP(q, P_ARROW)) return -1;
      else if (kind(q) === K.Ident && (isId(q, 'return') || isId(q, 'throw') || isId(q, 'yield') || isId(q, 'export') || DECLARATORS.has(ident(q) as string))) return -1;
      else q--;
    }
    if (!isP(q, 61)) return -1;
    if (pattern && isP(q - 1, 125)) return partner[q - 1] as number;
    // `const g: Record<string, unknown> = globalThis`: the declarator's name, before its annotation.
    for (let d = q - 1, n = 0; d >= 0 && n < 24; n++) {
      if (isP(d, 59) || isP(d, 44) || isP(d, 123) || isP(d, 125) || isP(d, 61)) break;
      if (kind(d) === K.Ident && DECLARATORS.has(ident(d) as string) && !isProperty(d)) return kind(d + 1) === K.Ident ? d + 1 : -1;
      d = isP(d, 41) || isP(d, 93) || isP(d, 62) ? d - 1 : d - 1;
    }
    return kind(q - 1) === K.Ident && !isProperty(q - 1) ? q - 1 : -1;
  };
  /**
   * The parameter of a function expression called right where it is written with the value at `k` as its argument (a
   * UMD wrapper: `(function (root, factory) { … })(globalThis, …)`, `!function (g) { … }(self)`, `((g) => { … })(window)`,
   * the value anywhere in the argument: `typeof self !== 'undefined' ? self : this`): its token, or -1.
   */
  function parameterGiven(k: number): number {
    const open = parent[k] as number;
    if (open < 0 || !isP(open, 40)) return -1;
    // The function: its body's `}` right before the call's `(`, or the last thing in a group there.
    let body = open - 1;
    if (isP(body, 41) && isP(body - 1, 125)) body--;
    if (!isP(body, 125)) return -1;
    const brace = partner[body] as number;
    const paramsClose = isP(brace - 1, P_ARROW) ? brace - 2 : brace - 1;
    if (brace < 0 || !isP(paramsClose, 41)) return -1;
    const paramsOpen = partner[paramsClose] as number;
    if (paramsOpen < 0 || !(isId(paramsOpen - 1, 'function') || kind(paramsOpen - 1) === K.Ident && isId(paramsOpen - 2, 'function') || isP(brace - 1, P_ARROW))) return -1;
    let index = 0;
    for (let q = open + 1; q < k; q++) {
      if (isP(q, 44) && parent[q] === open) index++;
      else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    const params = argumentsOf(paramsOpen);
    const param = params[index];
    return param !== undefined && kind(param) === K.Ident && (isP(param + 1, 44) || isP(param + 1, 41) || isP(param + 1, 58)) ? param : -1;
  }
  /**
   * The global object named at `k` (`globalThis`, or a name in `globalAliases`): kept as a value under another name
   * (`const g = globalThis`) adds an alias; a computed member of it stored in a name (`const load = globalThis[key]`,
   * `const { [key]: load } = globalThis`) adds that name to `globalReads`, whose calls may call the loader.
   */
  function globalValue(k: number, host: string, aliases: Map<string, string>): void {
    const next = k + 1;
    // `window.self`, `globalThis.globalThis`: the global object again.
    if ((isP(next, 46) || isP(next, P_OPTCHAIN)) && GLOBAL_HOSTS.has(ident(k + 2) ?? '')) return globalValue(k + 2, host, aliases);
    const bracket = memberBracket(k);
    if (bracket >= 0 && literal(bracket + 1) === undefined) {
      const after = matching(bracket) + 1;
      if (isP(after, 40) || isP(after, 46) || isP(after, 91) || isP(after, P_OPTCHAIN) || assigns(after)) return;
      const name = storedIn(k, false);
      if (name >= 0) globalReads.set(ident(name) as string, host);
      return;
    }
    if (isP(next, 46) || isP(next, P_OPTCHAIN) || isP(next, 91) || isP(next, 40) || assigns(next)) return;
    if (isP(next, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && isP(parent[k] as number, 123)) return; // a key: `{ window: w }`
    // `typeof window`, `global === globalThis`: a test of the host, not the host.
    if (isId(k - 1, 'typeof') || isP(k - 1, 33) || (isP(next, P_OTHER2_ID) && COMPARISONS.has(text.slice(tok.start[next], tok.end[next]))) || isId(next, 'instanceof')) return;
    const target = storedIn(k, true);
    if (target < 0) {
      // `(function (root) { … })(globalThis)`, `((g) => { … })(self)`: a parameter of the function called with it.
      const param = parameterGiven(k);
      if (param >= 0 && !aliases.has(ident(param) as string)) aliases.set(ident(param) as string, host);
      else if (param < 0 && globalHandedOn(k)) globalEscapes.push(k, host);
      return;
    }
    if (kind(target) === K.Ident) {
      if (!aliases.has(ident(target) as string)) aliases.set(ident(target) as string, host);
      return;
    }
    // `const { [key]: load } = globalThis`: a computed key takes any member; `const { require: r } = g` takes the loader
    // out of an alias (out of the global object itself, takenFromHost reads it where the key stands).
    const close = matching(target);
    for (let q = target + 1; q < close; q++) {
      if (isP(q, 91) && parent[q] === target && isP(matching(q) + 1, 58) && kind(matching(q) + 2) === K.Ident) globalReads.set(ident(matching(q) + 2) as string, host);
      else if (isId(q, 'require') && parent[q] === target && (isP(q - 1, 123) || isP(q - 1, 44)) && !REQUIRE_HOSTS.has(ident(k) as string) && !globalTakes.has(q) && globalTakes.add(q)) unresolvable.push({ kind: 'require', expression: `require taken out of ${ident(k) as string}, the global object`, ...at(q) });
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
  }
  /**
   * Whether the global object at `k` (not stored in a name, not the argument of a function called where it stands) is
   * handed on where the scanner cannot follow it: an argument (`run(globalThis)`), an element or a member's value
   * (`{ g: globalThis }`, `[self]`, `holder.g = window`), a returned or exported value. Not handed on: a test of it
   * (`'fetch' in globalThis`, `!globalThis`, `x instanceof …`), and the arguments of the built-ins that write or list
   * its members (`Object.assign(globalThis, …)`, `Object.keys(globalThis)`, `Reflect.set(globalThis, …)`) or print it.
   */
  function globalHandedOn(k: number): boolean {
    if (isId(k - 1, 'in') || isId(k - 1, 'instanceof') || isP(k - 1, 33) || declaresHere(k)) return false;
    const o = parent[k] as number;
    if (o >= 0 && isP(o, 40) && isP(o - 2, 46) && kind(o - 1) === K.Ident && ['Object', 'Reflect', 'console', 'JSON'].includes(ident(o - 3) ?? '') && !isProperty(o - 3)) {
      return ident(o - 3) === 'Reflect' && ['apply', 'construct'].includes(ident(o - 1) as string);
    }
    // A group of its own (`if (globalThis)`, `(globalThis && …)`): a test; `f(globalThis)` hands it to f.
    if (o >= 0 && isP(o, 40) && !(kind(o - 1) === K.Ident && !GROUP_BEFORE.has(ident(o - 1) as string) && !STATEMENT_HEADS.has(ident(o - 1) as string)) && !isP(o - 1, 41) && !isP(o - 1, 93)) return !(isP(k - 1, 40) && isP(k + 1, 41)) && (isP(k - 1, 44) || isP(k + 1, 44));
    return true;
  }
  /**
   * After the scan, when some name may hold the global object or a computed member of it: the loader reached through
   * them, as through the global object itself — `g[key](…)`, `g['require'](…)`, `g.require(…)`, `g.eval(…)`,
   * `new g.Function(…)`, `Reflect.get(g, key)`, and a call of a name holding `globalThis[key]` or `g[key]`. A host
   * name the file declares itself (`var self = this`) is no host, nor a name aliasing it.
   */
  function judgeGlobalAliases(): void {
    const hostOk = (host: string) => !(localHosts.has(host) || topLevelNames.has(host) || bindings.has(host));
    const aliases = new Map<string, string>();
    // A parameter named like a host (`(function (global) { … })(globalThis)`, the polyfill shape) is a local: the
    // host's own reading skips it, so it is read as the alias it is.
    // `(function (window) { … })(window)` (the jQuery plugin shape): the parameter declares the host's name, which is no
    // reason to drop the argument; only a module-level declaration of it makes the argument a local.
    const argumentOk = (name: string, host: string) => hostOk(host) || (name === host && !topLevelNames.has(host) && !bindings.has(host));
    for (const [name, host] of globalAliases) if (argumentOk(name, host) && (!GLOBAL_HOSTS.has(name) || !hostOk(name))) aliases.set(name, host);
    // An alias of an alias (`const g = globalThis; const h = g`) is found by walking again: at most a few rounds.
    for (let round = 0; round < 4 && aliases.size > 0; round++) {
      const before = aliases.size;
      for (let p = 0; p < count; p++) {
        if (kind(p) !== K.Ident || isProperty(p)) continue;
        const host = aliases.get(ident(p) as string);
        if (host !== undefined && !(isP(p + 1, 61) && !touchesOperator(p + 1))) globalValue(p, host, aliases);
      }
      if (aliases.size === before) break;
    }
    if (aliases.size > 0) {
      for (let p = 0; p < count; p++) {
        if (kind(p) !== K.Ident || isProperty(p)) continue;
        const name = ident(p) as string;
        if (!aliases.has(name)) continue;
        const bracket = memberBracket(p);
        if (bracket >= 0 && literal(bracket + 1) === 'require' && isP(bracket + 2, 93)) {
          const open = callOpenAt(bracket + 3);
          if (open >= 0) call(bracket + 1, open, 'require', 'require');
          else if (!assigns(bracket + 3)) unresolvable.push({ kind: 'require', expression: `${name}['require'] used as a value`, ...at(bracket + 1) });
        } else if (bracket >= 0 && literal(bracket + 1) === undefined && computedLoader(bracket, name)) {
          unresolvable.push({ kind: 'require', expression: `${name}[${expressionText(bracket + 1, matching(bracket))}], which may be the loader`, ...at(p) });
        } else if (isP(p + 1, 46) || isP(p + 1, P_OPTCHAIN)) {
          const member = ident(p + 2);
          const open = callOpenAt(p + 3);
          if (member === 'require' && open >= 0) call(p + 2, open, 'require', 'require');
          else if (member === 'require' && isP(p + 3, 46)) loaderMember(p + 2, p + 3, `${name}.require`);
          else if (member === 'require' && !assigns(p + 3) && !isId(p - 1, 'typeof')) unresolvable.push({ kind: 'require', expression: `${name}.require used as a value`, ...at(p + 2) });
          else if ((member === 'eval' || member === 'Function') && !assigns(p + 3) && !isId(p - 1, 'typeof')) unresolvable.push({ kind: 'require', expression: `${name}.${member} runs code from a string`, ...at(p + 2) });
        } else if (isP(p - 1, 40) && isId(p - 2, 'get') && isId(p - 4, 'Reflect') && isP(p + 1, 44) && (literal(p + 2) === undefined || literal(p + 2) === 'require')) {
          unresolvable.push({ kind: 'require', expression: `Reflect.get(${expressionText(p, matching(p - 1))}), which may be the loader`, ...at(p - 2) });
        }
      }
    }
    const reads = new Map<string, string>();
    for (const [name, host] of globalReads) if (hostOk(host) || aliases.has(host)) reads.set(name, host);
    if (reads.size === 0) return;
    for (let p = 0; p < count; p++) {
      if (kind(p) !== K.Ident || isProperty(p) || !reads.has(ident(p) as string)) continue;
      const direct = callOpenAt(p + 1) >= 0;
      const applied = (isP(p + 1, 46) || isP(p + 1, P_OPTCHAIN)) && ['call', 'apply', 'bind'].includes(ident(p + 2) ?? '');
      if ((direct && !isDefinition(p, callOpenAt(p + 1))) || applied) unresolvable.push({ kind: 'require', expression: `${ident(p) as string}(…), a computed member of ${reads.get(ident(p) as string) as string}, which may be the loader`, ...at(p) });
    }
  }
  /**
   * The global object handed on (globalEscapes) may reach any name of the file (`function run(root) { root[key](…) }
   * run(globalThis)`, `holder.g[key](…)`): every computed member called in the file (`x[key](…)`, `.call`, `.apply`,
   * `.bind`) may call its loader, unless the host's name is declared in the file (a local `window`).
   */
  function judgeGlobalEscapes(): void {
    let first = -1;
    for (let e = 0; e < globalEscapes.length && first < 0; e += 2) {
      const host = globalEscapes[e + 1] as string;
      if (!(localHosts.has(host) || topLevelNames.has(host) || bindings.has(host))) first = globalEscapes[e] as number;
    }
    if (first < 0) return;
    const hosts = new Set(hostCalls.filter((_, i) => i % 2 === 1));
    for (let b = 0; b < count; b++) {
      if (!isP(b, 91) || hosts.has(b) || literal(b + 1) !== undefined && isP(b + 2, 93)) continue;
      // A member's `[`, not an array literal's: after a name, `)`, `]` or `?.`.
      const before = isP(b - 1, P_OPTCHAIN) ? b - 2 : b - 1;
      if (!((kind(before) === K.Ident && !GROUP_BEFORE.has(ident(before) as string) && !isId(before, 'return')) || isP(before, 41) || isP(before, 93))) continue;
      if (kind(before) === K.Ident && !isProperty(before) && (GLOBAL_HOSTS.has(ident(before) as string) || globalAliases.has(ident(before) as string))) continue; // judged as the host's own
      if (!computedLoader(b, '')) continue;
      unresolvable.push({ kind: 'require', expression: `${expressionText(chainStart(before), b)}[${expressionText(b + 1, matching(b))}](…), which may call the loader of the global object handed on at line ${tok.line[first] as number}`, ...at(b) });
    }
  }
  /** `get` at `k` of `Reflect.get(module, 'require')` / `Reflect.get(globalThis, key)`: the key may be 'require'. */
  const reflectGetsLoader = (k: number): boolean => {
    // A descriptor holds the loader too: `Object.getOwnPropertyDescriptor(globalThis, 'require').value`, or all of them.
    if (isId(k, 'getOwnPropertyDescriptors') && isId(k - 2, 'Object') && isP(k + 1, 40) && kind(k + 2) === K.Ident && REQUIRE_HOSTS.has(ident(k + 2) as string) && isP(k + 3, 41)) return true;
    const reader = isId(k, 'get') ? isId(k - 2, 'Reflect') : isId(k, 'getOwnPropertyDescriptor') && (isId(k - 2, 'Reflect') || isId(k - 2, 'Object'));
    if (!reader || !isP(k + 1, 40) || kind(k + 2) !== K.Ident || !REQUIRE_HOSTS.has(ident(k + 2) as string) || !isP(k + 3, 44)) return false;
    const key = literal(k + 4);
    // `Reflect.get(globalThis, 'module')`: Node's module object where a script's globals hold it (`node -e`, the REPL).
    // A descriptor by a computed key is refused as a read of the global object's members (workerMention) already.
    return (key === undefined && isId(k, 'get')) || key === 'require' || key === 'module';
  };
  /** The `(` of a call at `k` (past an optional-call `?.`), or -1 when `k` starts none. */
  const callOpenAt = (k: number): number => (isP(callOpen(k), 40) ? callOpen(k) : -1);
  /** The `(` of a call at `k`, past an optional-call `?.` (`require.resolve?.('…')`). */
  const callOpen = (k: number): number => (isP(k, P_OPTCHAIN) ? k + 1 : k);

  /**
   * `(` at `open` of `import.meta.resolve(…)` / `require.resolve(…)`: a literal argument names a module as an
   * import does (its path is handed to `fork`, `new Worker`, `import()`…), so it is an edge; a computed one
   * loads nothing by itself (whatever loads the result is judged where it does). Returns the closing index.
   */
  const resolveCall = (open: number): number => {
    const close = matching(open);
    if (literal(open + 1) !== undefined && (close === open + 2 || isP(open + 2, 44))) addImport('resolve', open + 1);
    return close;
  };

  /**
   * `.member` at `dot` after a loader (`require`, `createRequire(…)` or an alias of either): `resolve(…)`
   * names a module, `context(…)` is a glob, the other lookups (`cache`, `main`, `extensions`,
   * `resolve.paths`) load nothing, and any other member hands the loader on. Returns the last token read.
   */
  const loaderMember = (loader: number, dot: number, name: string): number => {
    // `require['main']`, `require['resolve']('…')`: a literal key names the member `.main` does.
    const keyed = isP(dot, 91) && kind(dot + 1) === K.String && isP(dot + 2, 93);
    const last = keyed ? dot + 2 : dot + 1;
    const member = keyed ? literal(dot + 1) : ident(dot + 1);
    if (member === 'context' && isP(last + 1, 40)) return globCall(loader, last + 1, 'require_context');
    if (member === 'resolve' && isP(callOpen(last + 1), 40)) return resolveCall(callOpen(last + 1));
    if ((member === 'call' || member === 'apply') && isP(last + 1, 40)) return loaderApplied(loader, last + 1, member, name);
    if (member === 'extensions') return hostLoader(last, last + 1, member, loader);
    if (member !== undefined && !REQUIRE_LOOKUPS.has(member)) unresolvable.push({ kind: 'require', expression: `${name}.${member}`, ...at(loader) });
    return last;
  };
  /**
   * The `require` of a module object or a global (`module.require`, `module['require']`, `m.require` of an alias) at
   * `member`, the token after it at `next`, the whole reference from `start`: called (`(…)`, `?.(…)`), a loader
   * member (`.call`, `.resolve`), an alias (`const load = module.require`, followed) or handed on (unresolvable).
   * Returns the last token read.
   */
  function hostedRequire(member: number, next: number, start: number): number {
    const name = `${expressionText(start, member - 1).replace(/\?\.$|\[$/, '')}.require`;
    // `(module.require)('…')`, `(0, module['require'])('…')`, `module.require!('…')`, `module.require<T>('…')`: called all the same.
    const grouped = pastGroups(start, next - 1);
    const open = callOpenAt(grouped >= 0 && grouped !== next ? grouped : isP(next, 60) ? skipTypeArgs(next) : next);
    if (open >= 0) return call(member, open, 'require', 'require');
    if (isP(next, 46)) return loaderMember(member, next, name); // `module.require.call(module, '…')`
    if (isP(next, 61) || isId(start - 1, 'typeof')) return member;
    // `const load = module.require` is an alias whose calls are followed; any other mention hands the loader on.
    const target = isP(start - 1, 61) ? declaredName(start - 1) : -1;
    if (target >= 0 && !isProperty(target) && !isP(next, 63)) addAlias(target);
    else unresolvable.push({ kind: 'require', expression: `${name} used as a value`, ...at(member) });
    return member;
  }
  /**
   * `_load`, `_compile` or `_extensions` (`extensions` of require) of a module object or of Node's Module class at
   * `member`, the token after it at `next`: `_load('…')` (also `.call` / `.apply`) loads what it names and an alias of
   * it is followed; `_compile(code, f)` runs code from a string and an extension handler (`_extensions['.js'](m, f)`)
   * compiles the file it is given: unresolvable, as is `_load` handed on. Returns the last token read.
   */
  function hostLoader(member: number, next: number, name: string, start: number): number {
    const text2 = `${expressionText(start, next)}`;
    if (name === '_extensions' || name === 'extensions') {
      const open = isP(next, 91) ? callOpenAt(matching(next) + 1) : -1;
      if (open >= 0) unresolvable.push({ kind: 'require', expression: `${text2}[…](…), an extension handler that compiles the file it is given`, ...at(member) });
      return member;
    }
    if (name === '_compile') {
      if (callOpenAt(next) >= 0) unresolvable.push({ kind: 'require', expression: `${text2}(…) runs code from a string`, ...at(member) });
      return member;
    }
    const open = callOpenAt(next);
    if (open >= 0) return call(member, open, 'require', 'require');
    if (isP(next, 46)) return loaderMember(member, next, text2);
    if (isP(next, 61) || isId(start - 1, 'typeof') || isId(start - 1, 'delete')) return member;
    const target = isP(start - 1, 61) ? declaredName(start - 1) : -1;
    if (target >= 0 && !isProperty(target)) addAlias(target);
    else unresolvable.push({ kind: 'require', expression: `${text2} used as a value`, ...at(member) });
    return member;
  }
  /**
   * `(` at `open` of `require.call(thisArg, '…')` / `require.apply(thisArg, ['…'])` (also of `module.require`, an alias):
   * the loader called, a literal specifier an edge; anything else may load anything. Returns the closing index.
   */
  function loaderApplied(loader: number, open: number, member: string, name: string): number {
    const close = matching(open);
    const arg = argumentsOf(open)[1];
    const spec = arg === undefined ? -1 : member === 'call' ? arg : isP(arg, 91) ? arg + 1 : -1;
    const ends = member === 'call' ? isP(spec + 1, 44) || spec + 1 === close : isP(spec + 1, 93) || isP(spec + 1, 44);
    if (spec >= 0 && literal(spec) !== undefined && ends) addImport('require', spec);
    else unresolvable.push({ kind: 'require', expression: `${name}.${member}(${expressionText(open + 1, close)})`, ...at(loader) });
    return close;
  }

  /**
   * Whether the member chain ending at `k` (`module`, `module.parent`, `module['parent']!`, `require.main`,
   * `process['mainModule']`, `(<any>module)`, `module.constructor`, `Module` imported from 'node:module') is Node's
   * loader or a module object it made. Any member of one counts (`module.children[i]`): its `require` is a loader.
   */
  const loaderHost = (k: number): boolean => {
    const path = memberPath(k);
    if (path === undefined) return false;
    const { root, names } = path;
    // `require('node:module').Module._load`, `(await import('node:module'))._load`: the module module where it stands.
    // A member a module object was stored on in a class (`this.m = module`, a field `m = module`) is one wherever it is
    // read: through `this`, the class, or an instance (`new A().m`, `a.m`).
    if (names.length > 0 && thisModuleMembers.has(names[0] as string)) return true;
    if (isP(root, 41)) return builtinCallAt(root, MODULE_BUILTINS) || moduleCallResult(root);
    // `[module][0]`, `({ m: module }).m`: a literal holding a module object, read where it is written.
    if (isP(root, 91) || isP(root, 123)) return holdsModule(root, 0);
    if (kind(root) !== K.Ident || isProperty(root)) return false;
    const name = ident(root) as string;
    const b = bindings.get(name);
    // `process.mainModule` is the main module object, as `require.main` is.
    return name === 'module' || name === 'require' || (name === 'process' && names[0] === 'mainModule') || (GLOBAL_HOSTS.has(name) && names[0] === 'module') || (b !== undefined && MODULE_BUILTINS.has(b.specifier) && (b.imported === 'default' || b.imported === '*' || b.imported === 'Module'));
  };
  /**
   * The member chain whose value ends at `k`, assertions and groups erased ({@link assertedOperand}): its root (a name
   * not itself a member, or the `)` of a call) and the member names read from it in order — `.name`, `?.name`,
   * `['name']` (a literal key is the member it names), COMPUTED for any other key. undefined when `k` ends no chain
   * (an array literal, an operator).
   */
  function memberPath(k: number): { root: number; names: string[] } | undefined {
    const names: string[] = [];
    let e = assertedOperand(k);
    for (let hops = 0; hops < 16; hops++) {
      let object: number;
      if (kind(e) === K.Ident) {
        if (!isProperty(e)) return { root: e, names };
        names.unshift(ident(e) as string);
        object = e - 2;
      } else if (isP(e, 93)) {
        const open = partner[e] as number;
        if (open < 0) return undefined;
        names.unshift(e === open + 2 && kind(open + 1) === K.String ? (literal(open + 1) as string) : COMPUTED);
        object = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
        // `[` after an operator or a keyword (`return ['a']`, `= [m]`) opens an array, not a member: the root.
        if (!((kind(object) === K.Ident && !GROUP_BEFORE.has(ident(object) as string) && !DECLARATORS.has(ident(object) as string)) || isP(object, 41) || isP(object, 93) || isP(object, 33))) {
          names.shift();
          return names.length > 0 ? { root: open, names } : undefined;
        }
      } else if (isP(e, 125) && names.length > 0 && (partner[e] as number) >= 0) return { root: partner[e] as number, names }; // `({ m: module }).m`
      else return isP(e, 41) ? { root: e, names } : undefined;
      e = assertedOperand(object);
    }
    return undefined;
  }

  /** Whether the `>` at `gt` closes the type arguments of a call (`f<T>(x)`), not an angle-bracket assertion (`<T>(x)`). */
  function typeArgumentsOfCall(gt: number): boolean {
    let depth = 0;
    for (let q = gt; q >= 0 && q > gt - MAX_TYPE_ARG_TOKENS; q--) {
      if (isP(q, 62)) depth++;
      else if (isP(q, 60) && --depth === 0) return (kind(q - 1) === K.Ident && !GROUP_BEFORE.has(ident(q - 1) as string)) || isP(q - 1, 41) || isP(q - 1, 93);
      else if (isP(q, 41) || isP(q, 93) || isP(q, 125)) q = partner[q] as number;
    }
    return true; // unread: kept a call, as before
  }
  /**
   * The token that ends the value of the expression ending at `k`, TypeScript's assertions and groups erased (`x!`,
   * `(x as T)`, `(x satisfies T)`, `(<T>x)` where JSX is off, `(x)`, `(0, x)`, nested), else `k`: `(Module as any)._load`,
   * `process.mainModule!.require` and `(0, module).require` are the loader. A call's parentheses are kept, and so is
   * `(await import('node:module'))` (read whole by {@link builtinCallAt}).
   */
  function assertedOperand(k: number): number {
    let e = k;
    for (let hops = 0; hops < 8; hops++) {
      if (isP(e, 33) && (kind(e - 1) === K.Ident || isP(e - 1, 41) || isP(e - 1, 93) || isP(e - 1, 33))) {
        e--;
        continue;
      }
      if (!isP(e, 41)) return e;
      const open = partner[e] as number;
      const before = open - 1;
      // `f(x as T)`, `f<T>(x)` are calls: x is an argument, not the group's value.
      if (open < 0 || isP(before, 41) || isP(before, 93) || (isP(before, 62) && typeArgumentsOfCall(before)) || (kind(before) === K.Ident && !GROUP_BEFORE.has(ident(before) as string))) return e;
      let q = open + 1;
      // The group's own tokens only, a bracket skipped whole: nested groups are each read once.
      while (q < e && !((isId(q, 'as') || isId(q, 'satisfies')) && parent[q] === open)) q = isP(q, 40) || isP(q, 91) || isP(q, 123) ? matching(q) + 1 : q + 1;
      if (q === open + 1 || e === open + 1 || isId(open + 1, 'await')) return e;
      // A group's value is its last operand: `(0, x)`, and `(<T>x)`, whose type comes first.
      e = q - 1;
    }
    return e;
  }

  /**
   * `)` at `close` ending an expression that is a Node built-in of `names`, not bound to a name:
   * `require('node:module')`, `process.getBuiltinModule('module')`, `(await import('node:module'))`.
   */
  function builtinCallAt(close: number, names: ReadonlySet<string>): boolean {
    const open = partner[close] as number;
    if (open < 0) return false;
    const inner = isId(open + 1, 'await') ? open + 2 : open + 1;
    if (isId(inner, 'import') && isP(inner + 1, 40) && names.has(literal(inner + 2) ?? '') && partner[inner + 1] === inner + 3 && close === inner + 4) return true;
    if (close !== open + 2 || !names.has(literal(open + 1) ?? '')) return false;
    return (isId(open - 1, 'require') && !isProperty(open - 1)) || (isId(open - 1, 'getBuiltinModule') && isProperty(open - 1));
  }

  /**
   * `const M = process.getBuiltinModule('node:module')` / `const M = await import('node:module')` with the
   * call's callee at `k`: M is Node's module module, as `const M = require('node:module')` makes it.
   */
  function bindModuleObject(k: number): void {
    const spec = isP(k + 1, 40) && matching(k + 1) === k + 3 ? literal(k + 2) : undefined;
    // `const { Worker } = await import('node:worker_threads')`, `const cp = await import('node:child_process')`: bound
    // as the static import would bind them (read as a web Worker, a path would resolve from the module, not the cwd).
    if (spec !== undefined && !MODULE_BUILTINS.has(spec) && RUNNING_BUILTINS.has(spec) && isP(k + 4, 46) && isId(k + 5, 'then') && isP(k + 6, 40)) {
      // `import('node:child_process').then(({ fork }) => …)`, `.then((cp) => …)`, `.then(function (cp) { … })`.
      let q = isId(k + 7, 'async') ? k + 8 : k + 7;
      if (isId(q, 'function')) q = isP(q + 1, 40) ? q + 1 : q + 2;
      const param = isP(q, 40) ? q + 1 : q;
      if (isP(param, 123)) bindPattern(param, spec);
      else if (kind(param) === K.Ident && (isP(param + 1, P_ARROW) || isP(param + 1, 41) || isP(param + 1, 44) || isP(param + 1, 58))) bindings.set(ident(param) as string, { specifier: spec, imported: '*' });
      return;
    }
    if (spec !== undefined && !MODULE_BUILTINS.has(spec) && RUNNING_BUILTINS.has(spec)) {
      let eq = isP(k - 1, 46) && isId(k - 2, 'process') ? k - 3 : k - 1; // process.getBuiltinModule('…')
      if (isId(eq, 'await')) eq--;
      if (!isP(eq, 61)) return;
      if (isP(eq - 1, 125)) bindPattern(partner[eq - 1] as number, spec);
      else if (kind(eq - 1) === K.Ident && !isProperty(eq - 1)) bindings.set(ident(eq - 1) as string, { specifier: spec, imported: '*' });
      return;
    }
    if (!isP(k + 1, 40) || !MODULE_BUILTINS.has(literal(k + 2) ?? '')) return;
    let start = isId(k - 1, 'await') ? k - 1 : k;
    for (let hops = 0; hops < 8 && isP(start - 1, 46) && kind(start - 2) === K.Ident; hops++) start -= 2;
    if (isId(start - 1, 'await')) start--;
    if (isP(start - 1, 61) && kind(start - 2) === K.Ident && !isProperty(start - 2)) bindings.set(ident(start - 2) as string, { specifier: 'module', imported: 'default' });
  }

  /**
   * `name` at `k` is the export of that name of a built-in of `builtins`: a member of it (bound, or `require('vm')`), or
   * imported from it by that name (`runInThisContext` of vm, `fork` of child_process).
   */
  function builtinMember(k: number, name: string, property: boolean, builtins: ReadonlySet<string>): boolean {
    const from = (b: { specifier: string; imported: string } | undefined, imported: readonly string[]) => b !== undefined && builtins.has(b.specifier) && imported.includes(b.imported);
    if (!property) return from(bindings.get(name), [name]);
    if (isP(k - 2, 41)) return builtinCallAt(k - 2, builtins);
    // `cluster.default.setupPrimary` of `import * as cluster`: the namespace's default is the module object.
    if (isId(k - 2, 'default') && isProperty(k - 2) && kind(k - 4) === K.Ident && !isProperty(k - 4)) return from(bindings.get(ident(k - 4) as string), ['*']);
    return kind(k - 2) === K.Ident && !isProperty(k - 2) && from(bindings.get(ident(k - 2) as string), ['*', 'default']);
  }
  /**
   * `(` at `open` of a call whose first argument is a path the call runs as a module: a literal is an edge (`cwd`:
   * resolved against the working directory, as `fork` and worker_threads do); one that names its module by a form read
   * as an edge where it stands (`fileURLToPath(new URL('./x.js', import.meta.url))`, `require.resolve('./x')`) is
   * that edge; any other argument may run anything. Returns the last token read (the arguments are scanned on).
   */
  function runsPath(callee: number, open: number, cwd: boolean): number {
    return runsPathArg(callee, open + 1, cwd) ?? open;
  }
  /** {@link runsPath} of the argument starting at `first` (an argument of a list, or its closer when there is none). Returns `first` when it is a literal path. */
  function runsPathArg(callee: number, first: number, cwd: boolean): number | undefined {
    if (literal(first) !== undefined && (isP(first + 1, 41) || isP(first + 1, 44) || isP(first + 1, 93))) {
      if (cwd) cwdImport(literal(first) as string, first, callee);
      else imports.push({ kind: 'worker', specifier: literal(first) as string, ...at(first) });
      return first;
    }
    const end = expressionEnd(first, true);
    let named = false;
    for (let q = first; q < end && !named; q++) named = (isId(q, 'URL') && isId(q - 1, 'new')) || (isId(q, 'resolve') && isProperty(q) && isP(q + 1, 40));
    if (!named) unresolvable.push({ kind: 'worker', expression: `${ident(callee) ?? 'call'}(${expressionText(first, end)})`, ...at(callee) });
    return undefined;
  }

  /**
   * The export of a built-in of `builtins` among `names` that the callee at `k` is: a member (`cp.spawn`,
   * `require('node:child_process').exec`) or a binding of it under any name (`import { spawn as run }`,
   * `const { execFile: ef } = require('child_process')`).
   */
  function builtinExport(k: number, word: string, property: boolean, builtins: ReadonlySet<string>, names: ReadonlySet<string>): string | undefined {
    if (property) return names.has(word) && builtinMember(k, word, true, builtins) ? word : undefined;
    const b = bindings.get(word);
    return b !== undefined && builtins.has(b.specifier) && names.has(b.imported) ? b.imported : undefined;
  }
  /**
   * An AMD dependency array at `open` of the loader call at `callee`: each literal is a module it loads (`require`,
   * `exports` and `module` are the loader's own objects), any other element may load anything. Returns the last token read.
   */
  function amdDependencies(callee: number, open: number): number {
    const close = matching(open);
    for (const q of argumentsOf(open)) {
      const value = literal(q);
      if (value !== undefined && (isP(q + 1, 44) || q + 1 === close)) {
        if (value !== 'require' && value !== 'exports' && value !== 'module') addImport('require', q);
      } else if (!isP(q, 93)) unresolvable.push({ kind: 'require', expression: `${ident(callee) as string}([${expressionText(open + 1, close)}])`, ...at(q) });
    }
    return close;
  }
  /**
   * After `const` at `from`: `{ fork } = cp` / `fork = cp.fork` of a Node built-in bound to `cp` (a namespace, default
   * or required module) binds the name to the built-in's export, as `import { fork }` does, so the calls are read.
   */
  function bindBuiltinMembers(from: number): void {
    // `const m: NodeModule = module`: the annotation is no part of the value.
    const eq = isP(from, 123) ? matching(from) + 1 : isP(from + 1, 58) && kind(from) === K.Ident ? typeEnd(from + 2) : from + 1;
    if (kind(from) === K.Ident && isP(eq, 61) && bindPromisified(ident(from) as string, eq + 1)) return;
    if (kind(from) === K.Ident && isP(eq, 61) && moduleConstructorAt(eq + 1)) {
      // `const M = module.constructor`: Node's Module class, as `require('node:module')` is.
      bindings.set(ident(from) as string, { specifier: 'module', imported: 'default' });
      return;
    }
    if (kind(from) === K.Ident && isP(eq, 61) && moduleObjectAt(eq + 1)) {
      // `const m = module`, `const m = require.main as NodeModule`: a module object, whose `require` is the loader.
      bindings.set(ident(from) as string, { specifier: 'module', imported: 'default' });
      return;
    }
    const b = isP(eq, 61) && kind(eq + 1) === K.Ident ? bindings.get(ident(eq + 1) as string) : undefined;
    const after = pastAssertions(eq + 2); // `const M = Module as any`: the assertion is erased
    if (b !== undefined && RUNNING_BUILTINS.has(b.specifier) && kind(from) === K.Ident && !isP(after, 46) && !isP(after, 40) && !isP(after, 91) && !isP(after, P_OPTCHAIN) && (after >= count || isP(after, 59) || isP(after, 44) || isP(after, 125) || (tok.line[after] as number) > (tok.line[after - 1] as number))) {
      // `const run = fork`, `const c = cp`: another name for the built-in's export or module.
      bindings.set(ident(from) as string, b);
      return;
    }
    if (b === undefined || !RUNNING_BUILTINS.has(b.specifier) || (b.imported !== '*' && b.imported !== 'default')) return;
    if (isP(from, 123) && !isP(eq + 2, 46) && !isP(eq + 2, 91) && !isP(eq + 2, 40)) bindPattern(from, b.specifier);
    else if (kind(from) === K.Ident && isP(eq + 2, 46) && kind(eq + 3) === K.Ident && !isP(eq + 4, 46) && !isP(eq + 4, 40)) bindings.set(ident(from) as string, { specifier: b.specifier, imported: ident(eq + 3) as string });
  }
  /** The token after the TypeScript assertions starting at `k` (`!`, `as T`, `satisfies T`, 8 of them), else `k`. */
  function pastAssertions(k: number): number {
    let e = k;
    for (let hops = 0; hops < 8; hops++) {
      if (isP(e, 33) && !isP(e + 1, 61)) e++;
      else if ((isId(e, 'as') || isId(e, 'satisfies')) && (tok.line[e] as number) === (tok.line[e - 1] as number)) e = typeEnd(e + 1);
      else return e;
    }
    return e;
  }
  /**
   * Whether the value at `k` is a module object and ends there (assertions aside): `module`, `module.parent`,
   * `require.main`, `process.mainModule`. Not `module.exports`: its `register` or `require` is the code's own.
   */
  function moduleObjectAt(k: number): boolean {
    let last = k;
    while (isP(last + 1, 46) && kind(last + 2) === K.Ident) last += 2;
    if (!['module', 'parent', 'main', 'mainModule'].includes(ident(last) ?? '') || isProperty(k) || !loaderHost(last)) return false;
    if (last === k && !isId(k, 'module')) return false;
    const after = pastAssertions(last + 1);
    return after >= count || isP(after, 59) || isP(after, 44) || isP(after, 125) || (tok.line[after] as number) > (tok.line[last] as number);
  }
  /** Whether the value at `k` is `<a loader host>.constructor` (`module.constructor`, `require.main.constructor`), ending there. */
  function moduleConstructorAt(k: number): boolean {
    let q = k;
    for (let hops = 0; hops < 8 && isP(q + 1, 46) && kind(q + 2) === K.Ident; hops++) q += 2;
    return q > k && isId(q, 'constructor') && !isP(q + 1, 40) && !isP(q + 1, 91) && loaderHost(q - 2);
  }
  /**
   * Whether the value `from`..`end` (exclusive) is a module object (or Node's Module class): `module`, an alias of
   * one, a member holding one (`module['parent']!`, `require.main`, `process.mainModule`, `module.children[i]`,
   * `require.cache[p]`), past assertions and groups (`<any>module`, `(0, module)`). Not `module.exports` nor `module.id`.
   */
  function moduleValue(from: number, end: number): 'module' | 'loader' | undefined {
    const level = parent[from];
    let a = from;
    let computed = false;
    for (let q = from; q <= end; q++) {
      // Each operand a value may be (`c ? module : null`, `m || module.parent`), its trailing `as T` erased.
      const text2 = kind(q) === K.Punct && pv(q) === P_OTHER2_ID ? text.slice(tok.start[q] as number, tok.end[q] as number) : '';
      // `require.main === module`, `!module`, `typeof module`, `'x' in module`: a boolean, a string, no module object.
      if (q < end && parent[q] === level && ((text2 !== '' && text2 !== '||' && text2 !== '??' && text2 !== '&&') || (kind(q) === K.Punct && [43, 45, 42, 47, 37].includes(pv(q))) || (isP(q, 33) && q === a) || (kind(q) === K.Ident && !isProperty(q) && VALUE_OPERATORS.has(ident(q) as string)))) computed = true;
      const cut = q === end || (parent[q] === level && (isP(q, 63) || isP(q, 58) || text2 === '||' || text2 === '??' || text2 === '&&' || ((isId(q, 'as') || isId(q, 'satisfies')) && !isProperty(q))));
      if (!cut) {
        if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
        continue;
      }
      // `a && b` is `a` only when `a` is falsy, which no module object and no loader is.
      const found = computed || text2 === '&&' ? undefined : moduleOperand(a, q);
      computed = false;
      // The loader as one operand of several (`c ? require : null`) is a value the walk refuses where it stands.
      if (found === 'module' || (found === 'loader' && a === from && q === end)) return found;
      if (isId(q, 'as') || isId(q, 'satisfies')) {
        // Past the asserted type to the next operand.
        const after = typeEnd(q + 1);
        q = Math.max(q, after - 1);
        a = after;
      } else a = q + 1;
    }
    return undefined;
  }
  /**
   * `from`..`end` as one operand: a module object (`module`, `require.main`, `{ m: module }`, `[module.parent]`: a
   * literal holding one, whose members are then read as its), the loader itself (`require`, `module.require`), or neither.
   */
  function moduleOperand(from: number, end: number): 'module' | 'loader' | undefined {
    if ((isP(from, 123) || isP(from, 91)) && matching(from) === end - 1) return holdsModule(from, 0) ? 'module' : undefined;
    const path = end > from ? memberPath(end - 1) : undefined;
    if (path === undefined || path.root < from || !loaderHost(end - 1)) return undefined;
    // `globalThis.module`, `global['module']`: read as `module` (a script's globals hold it: `node -e`, the REPL).
    const hosted = GLOBAL_HOSTS.has(ident(path.root) ?? '') && path.names[0] === 'module';
    if (hosted && path.names.length === 1) return 'module';
    const last = path.names[path.names.length - 1];
    if (last === undefined) return isId(path.root, 'require') ? 'loader' : isP(path.root, 41) && !moduleCallResult(path.root) ? undefined : 'module';
    // Each member on the way holds module objects (`module.parent.children[i]`); `module.exports[k]` is the code's own.
    const through = path.names.slice(hosted ? 1 : 0, -1).every((n) => MODULE_REACHING.has(n));
    return !through ? undefined : last === 'require' ? 'loader' : MODULE_REACHING.has(last) ? 'module' : undefined;
  }
  /**
   * Whether the call whose `)` is at `close` gives back module objects: a method of ELEMENT_RESULTS called on a
   * collection of them (`module.children.at(-1)`, `[...module.children].pop()`, `require.main.children.filter(f)`),
   * or a built-in copy of one (`Array.from(module.children)`). Its members are then read as a module object's.
   */
  function moduleCallResult(close: number): boolean {
    const open = partner[close] as number;
    if (open < 0 || callNesting >= 8) return false;
    callNesting++;
    try {
      return elementCall(open);
    } finally {
      callNesting--;
    }
  }
  function elementCall(open: number): boolean {
    const callee = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
    // `['at'](-1)` names `at`; any other key (`[Symbol.iterator]()`) may be any method: COMPUTED, read as one that gives elements.
    const keyed = isP(callee, 93) && (partner[callee] as number) >= 0 && memberPath(callee) !== undefined;
    const named = keyed && callee === (partner[callee] as number) + 2 && kind(callee - 1) === K.String;
    // `get()` of a function of the file that returns a module object (`const get = () => module.children.at(-1)`).
    if (!keyed && kind(callee) === K.Ident && !isProperty(callee)) {
      const params = declaredFunctions().get(ident(callee) as string);
      return params !== undefined && returnsModule(params);
    }
    const name = keyed ? (named ? literal(callee - 1) : COMPUTED) : kind(callee) === K.Ident && isProperty(callee) ? ident(callee) : undefined;
    if (name === undefined) return false;
    const dot = keyed ? (partner[callee] as number) : callee - 1;
    const objectEnd = isP(dot - 1, P_OPTCHAIN) && keyed ? dot - 2 : keyed ? dot - 1 : dot - 1;
    const host = ident(objectEnd);
    if (host !== undefined && !isProperty(objectEnd) && Object.hasOwn(ELEMENT_COPIES, host) && (ELEMENT_COPIES[host] as ReadonlySet<string>).has(name)) {
      const args = argumentsOf(open);
      return args.length > 0 && moduleValue(args[0] as number, args.length > 1 ? (args[1] as number) - 1 : matching(open)) === 'module';
    }
    if (!ELEMENT_RESULTS.has(name) && name !== COMPUTED) return false;
    // `[].concat(module.children)`: the arguments are elements of the result too.
    if (name === 'concat' && argumentsOf(open).some((a, i, args) => moduleValue(isP(a, P_SPREAD) ? a + 1 : a, i + 1 < args.length ? (args[i + 1] as number) - 1 : matching(open)) === 'module')) return true;
    const end = assertedOperand(objectEnd);
    const literalObject = (isP(end, 93) || isP(end, 125)) && (partner[end] as number) >= 0 && memberPath(end) === undefined;
    const from = literalObject ? (partner[end] as number) : memberPath(objectEnd)?.root;
    return from !== undefined && moduleOperand(from, objectEnd + 1) === 'module';
  }
  let callNesting = 0;
  /**
   * A literal (or its part) `open`..`close` nested deeper than it is read: when it names a module object anywhere
   * ({@link reachingMention}) it is refused, never taken for none. Read once. Returns false (refused, not followed).
   */
  function tooDeep(open: number, close: number): boolean {
    if (deepRead.has(open)) return false;
    deepRead.add(open);
    for (let q = open + 1; q < close; q++) {
      if (reachingMention(q)) {
        moduleHandedOn(open, `named in a literal nested over ${MAX_LITERAL_DEPTH} deep, not read`);
        break;
      }
    }
    return false;
  }
  const deepRead = new Set<number>();
  /**
   * Whether the name at `q` may give a module object or the loader (`module`, `module.parent`, `require.main`,
   * `require` as a value, `process.mainModule`, an alias of one); not `require('…')`, `module.exports`, `typeof module`.
   */
  function reachingMention(q: number): boolean {
    if (kind(q) !== K.Ident || isProperty(q) || isId(q - 1, 'typeof')) return false;
    const name = ident(q) as string;
    if (moduleAliasAt.has(name)) return true;
    const member = isP(q + 1, 46) || isP(q + 1, P_OPTCHAIN) ? ident(q + 2) : isP(q + 1, 91) ? COMPUTED : undefined;
    if (name === 'module') return member === undefined || member === 'require' || MODULE_REACHING.has(member);
    if (name === 'require') return !isP(q + 1, 40) && (member === undefined || member === 'main' || member === 'cache' || member === COMPUTED);
    return name === 'process' && (member === 'mainModule' || member === COMPUTED);
  }
  /**
   * Whether the object or array literal at `open` holds a module object as a value or an element, nested
   * MAX_LITERAL_DEPTH deep; a deeper literal naming one is refused ({@link tooDeep}).
   */
  function holdsModule(open: number, depth: number): boolean {
    const close = matching(open);
    // Bounded: a literal is read through its elements, whose own chains may start at literals again.
    if (literalNesting >= MAX_LITERAL_DEPTH) return tooDeep(open, close);
    literalNesting++;
    try {
      return literalHolds(open, close, depth);
    } finally {
      literalNesting--;
    }
  }
  function literalHolds(open: number, close: number, depth: number): boolean {
    let a = open + 1;
    for (let q = open + 1; q <= close; q++) {
      if (q < close && !(isP(q, 44) && parent[q] === open)) {
        if (isP(q, 58) && parent[q] === open && isP(open, 123)) a = q + 1; // a key: its value follows
        else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
        continue;
      }
      const from = isP(a, P_SPREAD) ? a + 1 : a;
      if (q > from && ((isP(from, 123) || isP(from, 91)) && matching(from) === q - 1 ? (depth < MAX_LITERAL_DEPTH ? holdsModule(from, depth + 1) : tooDeep(from, q - 1)) : moduleValue(from, q) !== undefined)) return true;
      a = q + 1;
    }
    return false;
  }
  /**
   * Before the walk, every name a module object is stored in, by a declaration or by a later assignment anywhere in
   * the file (`let m; m = module`, `m ??= require.main`, `a = b = module`, `const { parent } = module`, `o.m = module`,
   * `const o = { m: module }`): its `require` is the loader wherever the name is read, also above the assignment (a
   * function called later reads it). A name the loader itself is stored in is an alias (`const r = require` below
   * the function that calls r).
   */
  function bindModuleAliases(): void {
    returning.clear();
    moduleReturners();
    // `a = b = module`: a takes the value of the assignment after it; each `=` waits for the one its value is.
    const takenBy = new Map<number, number>();
    const targetOf = new Map<number, number>();
    for (let eq = 0; eq < count; eq++) {
      if (!isP(eq, 61)) continue;
      const logical = touchesOperator(eq) && ['||', '&&', '??'].includes(text.slice(tok.start[eq - 1] as number, tok.end[eq - 1] as number));
      if (touchesOperator(eq) && !logical) continue; // `==`, `+=`: no assignment of the value
      targetOf.set(eq, logical ? eq - 2 : isP(eq - 1, 125) ? (partner[eq - 1] as number) : isP(eq - 1, 93) || isProperty(eq - 1) ? eq - 1 : declaredName(eq));
      const { end, next } = boundedValueEnd(eq + 1);
      if (next >= 0) {
        takenBy.set(next, eq);
        continue;
      }
      // `const { main, cache } = require`: require's members hold module objects too.
      const fromRequire = isId(eq + 1, 'require') && end === eq + 2;
      const value = end < 0 ? undefined : moduleValue(eq + 1, end);
      if (value === undefined) continue;
      for (let e: number | undefined = eq; e !== undefined; e = takenBy.get(e)) {
        const t = targetOf.get(e) as number;
        if (t < 0 && value === 'module' && classField(e - 1)) thisModuleMembers.add(ident(e - 1) as string); // `class A { m = module }`: as `this.m = module`
        else if (value === 'module' || (fromRequire && isP(t, 123))) bindModuleTarget(t, fromRequire);
        else if (kind(t) === K.Ident && !isProperty(t)) addAlias(t);
      }
    }
    for (let k = 0; k < count; k++) {
      // `export default module.parent`; `with (module) { parent.require('…') }`, whose members are names in the block.
      if (isId(k, 'default') && isId(k - 1, 'export') && moduleValue(k + 1, expressionEnd(k + 1)) === 'module') moduleHandedOn(k, 'exported');
      else if (isId(k, 'with') && !isProperty(k) && isP(k + 1, 40) && moduleValue(k + 2, matching(k + 1)) === 'module') moduleHandedOn(k, 'made the scope of `with`');
      else if (isId(k, 'extends') && !isProperty(k) && moduleClassAt(k + 1, heritageEnd(k + 1))) moduleHandedOn(k, 'made the base of a class');
      else if (isId(k, 'new') && !isProperty(k) && moduleClassAt(k + 1, calleeEnd(k + 1))) moduleHandedOn(k, 'made by `new`');
      else if (isP(k + 1, 58) && (isId(k, '__proto__') || literal(k) === '__proto__') && !isProperty(k) && isP(parent[k] as number, 123) && moduleValue(k + 2, elementEnd(k + 2)) === 'module') moduleHandedOn(k, 'made the prototype of an object');
      // `const Module = require('node:module')` is bound by the walk, after this: read here for `new Module(…)`.
      else if (isId(k, 'require') && !isProperty(k) && isP(k + 1, 40) && isP(k - 1, 61) && kind(k - 2) === K.Ident && builtinCallAt(k + 3, MODULE_BUILTINS)) moduleBuiltinNames.add(ident(k - 2) as string);
    }
    if (thisModuleMembers.size > 0) thisMembersDestructured();
    moduleArguments();
    // `for (const m of module.children)`: each element is a module object; so is a callback's first parameter
    // (`module.children.forEach((m) => …)`, `[module].map(function (m) { … })`).
    for (let k = 0; k < count; k++) {
      if (kind(k) === K.Ident && isProperty(k) && isP(k + 1, 40) && ELEMENT_CALLBACKS.has(ident(k) as string) && moduleOperand(chainStart(k - 2), k - 1) === 'module') {
        const cb = isId(k + 2, 'async') ? k + 3 : k + 2;
        const param = isId(cb, 'function') ? skipTypeArgs(kind(cb + 1) === K.Ident ? cb + 2 : cb + 1) + 1 : isP(cb, 40) ? cb + 1 : cb;
        if (isP(param, 123)) bindModulePattern(param);
        else if (kind(param) === K.Ident && (isP(param + 1, P_ARROW) || isP(param + 1, 44) || isP(param + 1, 41) || isP(param + 1, 58))) bindModuleName(param);
      }
      if (!isId(k, 'of') || !isP(parent[k] as number, 40) || !isId((parent[k] as number) - (isId((parent[k] as number) - 1, 'await') ? 2 : 1), 'for')) continue;
      const close = matching(parent[k] as number);
      if (moduleValue(k + 1, close) === 'module') bindModuleTarget(isP(k - 1, 125) || isP(k - 1, 93) ? (partner[k - 1] as number) : k - 1, false);
    }
  }
  /**
   * A target a module object is stored in, its token at `t`: a name, an object pattern (`{ parent }`), an array
   * pattern (`[m]` of `[m] = [module]` or of `module.children`: every name in it), a member (`o.m`).
   */
  function bindModuleTarget(t: number, fromRequire: boolean): void {
    if (t >= 0 && isP(t, 123)) bindModulePattern(t);
    else if (fromRequire) return;
    else if (kind(t) === K.Ident && !isProperty(t)) bindModuleName(t);
    else if (isP(t, 93) && memberPath(t) === undefined) {
      for (let q = (partner[t] as number) + 1; q < t; q++) if (kind(q) === K.Ident && !isP(q - 1, 61) && !isP(q + 1, 58)) bindModuleName(q);
    } else if (isP(t, 91)) bindModuleTarget(matching(t), false);
    else storedOnMember(t);
  }
  /**
   * A module object handed to a function of this file as an argument: `function load(m) { … } load(module)`,
   * `const load = (m) => …; load(module.parent)`, `(function (m) { … })(module)`, `((m) => …)(module)`. The parameter
   * it lands in holds a module object. A function of another module is refused nowhere: a logger given `module` is common.
   */
  function moduleArguments(): void {
    // Only the calls a module object may be an argument of: those around a name it is reached from (4 brackets out).
    const calls = new Set<number>();
    for (let k = 0; k < count; k++) {
      if (kind(k) !== K.Ident || isProperty(k) || !(moduleRootAt(k) || (aliasCount() > 0 && aliasNamed(ident(k) as string)))) continue;
      for (let o = parent[k] as number, n = 0; o >= 0 && n < 4; o = parent[o] as number, n++) if (isP(o, 40)) calls.add(o);
    }
    if (calls.size === 0) return;
    const declared = declaredFunctions();
    for (const open of calls) {
      if (thisBound(open)) continue;
      const reader = objectReader(open);
      if (reader !== undefined && !(reader === 'Reflect.get' && reflectGetsLoader(open - 1))) {
        // `Reflect.get(module, 'parent')`, `Object.getPrototypeOf(module)`, `new Proxy(module, {})`: the module object (or
        // its prototype, a member, a descriptor) given back where the scan does not follow it.
        const close = matching(open);
        const args = argumentsOf(open);
        if (args.some((a, i) => moduleValue(a, i + 1 < args.length ? (args[i + 1] as number) - 1 : close) === 'module')) moduleHandedOn(open - 1, `handed to ${reader}`);
        continue;
      }
      const store = storeCall(open);
      if (store !== undefined) {
        const close = matching(open);
        const args = argumentsOf(open);
        if (args.some((a, i) => i >= store.from && moduleValue(isP(a, P_SPREAD) ? a + 1 : a, i + 1 < args.length ? (args[i + 1] as number) - 1 : close) === 'module')) moduleHandedOn(open - 1, `handed to ${store.name}`);
        continue;
      }
      let params = -1;
      // `load.call(null, module)`, `load.apply(null, [module])`, `load.bind(null, module)`: the arguments after `this`.
      let args = argumentsOf(open);
      let close = matching(open);
      const binder = isProperty(open - 1) && THIS_BINDERS.has(ident(open - 1) ?? '') && kind(open - 3) === K.Ident && !isProperty(open - 3);
      if (binder) {
        params = declared.get(ident(open - 3) as string) ?? -1;
        if (isId(open - 1, 'apply')) {
          const list = args[1];
          if (list === undefined || !isP(list, 91)) continue;
          args = argumentsOf(list);
          close = matching(list);
        } else args = args.slice(1);
      } else if (kind(open - 1) === K.Ident && !isProperty(open - 1)) params = declared.get(ident(open - 1) as string) ?? -1;
      else if (isP(open - 1, 41) && calledBody(partner[open - 1] as number) !== undefined) {
        // An IIFE: the parameters of the function the group holds.
        const g = partner[open - 1] as number;
        const f = isId(g + 1, 'async') ? g + 2 : g + 1;
        params = isId(f, 'function') ? skipTypeArgs(kind(f + 1) === K.Ident ? f + 2 : f + 1) : isP(f, 40) ? f : -1;
      }
      if (params < 0 || !isP(params, 40)) {
        if (!binder) callbackHandedOn(open);
        continue;
      }
      const names = argumentsOf(params);
      args.forEach((a, i) => {
        const end = i + 1 < args.length ? (args[i + 1] as number) - 1 : close;
        const param = names[i];
        if (param === undefined || moduleValue(a, end) !== 'module') return;
        if (isP(param, 123)) bindModulePattern(param);
        else if (kind(param) === K.Ident) bindModuleName(param);
      });
    }
  }
  /**
   * `(` at `open` of a built-in that keeps its arguments from `from` on where the scan does not read them, or hands them
   * to a callback: a container (`new Set([module])`, `Array.of(module)`), a store (`Object.defineProperty(o, 'm', {
   * value: module })`, `Object.assign(o, { m: module })`, `Reflect.set(o, 'm', module)`), a timer or a queue that
   * calls its callback with them (`setTimeout(cb, 0, module)`, `process.nextTick(cb, module)`).
   */
  function storeCall(open: number): { name: string; from: number } | undefined {
    const callee = open - 1;
    const name = ident(callee);
    if (name === undefined) return undefined;
    if (isId(callee - 1, 'new') && MODULE_CONTAINERS.has(name)) return { name: `new ${name}`, from: 0 };
    if (FORWARDERS.has(name)) return { name, from: 1 };
    const host = isProperty(callee) ? ident(callee - 2) : undefined;
    if (host === undefined || isProperty(callee - 2) || !Object.hasOwn(OBJECT_STORES, host)) return undefined;
    const from = (OBJECT_STORES[host] as ReadonlyMap<string, number>).get(name);
    return from === undefined ? undefined : { name: `${host}.${name}`, from };
  }
  /**
   * `(` at `open` of a call of a function the scan does not read, given a module object and a function of the file
   * (`run((m) => m.require(x), module)`, `emitter.once('x', cb, module)`): the callee may hand the one to the other.
   * A module object alone (`log(module)`, `helper(module)` of an import) is refused too: the callee may call its
   * `require`. Only console's methods, which print it, are no reader of it.
   */
  function callbackHandedOn(open: number): void {
    const args = argumentsOf(open);
    if (args.length === 0) return;
    const close = matching(open);
    if (!args.some((a, i) => moduleValue(isP(a, P_SPREAD) ? a + 1 : a, i + 1 < args.length ? (args[i + 1] as number) - 1 : close) === 'module')) return;
    const declared = declaredFunctions();
    const callback = args.length > 1 && args.some((a) => {
      const f = isId(a, 'async') ? a + 1 : a;
      return isId(f, 'function') || (isP(f, 40) && isP(matching(f) + 1, P_ARROW)) || (kind(f) === K.Ident && (isP(f + 1, P_ARROW) || (declared.has(ident(f) as string) && (isP(f + 1, 44) || isP(f + 1, 41)))));
    });
    if (callback) moduleHandedOn(open - 1, 'handed to a call with a callback, which may give it to the callback');
    // A group (`(module.a || module.b)`, `if (…)`), a definition's parameters, console's printing: no call of a reader.
    // A method of Node's own objects (`module.children.indexOf(module)`, `require.extensions['.js'](module, f)`), a
    // callee built from a module object (`new (module.constructor)(…)`), a built-in copy (`Array.from`), `.call` /
    // `.apply` / `.bind` (the module object as `this`), an element method giving it back and a reader of objects are
    // judged by the rules above.
    else if (moduleCallee(open)) return;
    else if (!(isP(open - 1, 41) || isP(open - 1, 93) || (kind(open - 1) === K.Ident && !GROUP_BEFORE.has(ident(open - 1) as string) && !STATEMENT_HEADS.has(ident(open - 1) as string) && !isId(open - 1, 'catch') && !isId(open - 1, 'function')))) return;
    else if (isDefinition(open - 1, open) || isP(close + 1, P_ARROW) || (isProperty(open - 1) && isId(open - 3, 'console') && !isProperty(open - 3))) return;
    else if (factoryCall(open, args, close)) return;
    // Node's own `module` (or `require.main`, `process.mainModule`) where it stands; a parameter named like one, or a
    // name bound to one by the file-wide alias walk, is left to the reads above (every module graph's `module` records
    // and visitors' parameters would be refused).
    else if (args.some((a, i) => nodeModuleArgument(isP(a, P_SPREAD) ? a + 1 : a, i + 1 < args.length ? (args[i + 1] as number) - 1 : close))) moduleHandedOn(open - 1, 'handed to a function the scan does not read');
  }
  function moduleCallee(open: number): boolean {
    const callee = open - 1;
    if (objectReader(open) !== undefined || (isProperty(callee) && (THIS_BINDERS.has(ident(callee) ?? '') || ELEMENT_RESULTS.has(ident(callee) ?? '')))) return true;
    if (isProperty(callee) && Object.hasOwn(ELEMENT_COPIES, ident(callee - 2) ?? '') && (ELEMENT_COPIES[ident(callee - 2) as string] as ReadonlySet<string>).has(ident(callee) as string)) return true;
    // `Object.keys(module)`, `JSON.stringify(module)`: built-ins that read no loader (those giving it back are objectReader's).
    if (isProperty(callee) && kind(callee - 2) === K.Ident && !isProperty(callee - 2) && BUILTIN_STATICS.has(ident(callee - 2) as string) && !localHosts.has(ident(callee - 2) as string)) return true;
    // `new Module('x', module)` of node:module: refused where it is made.
    if (isId(callee - 1, 'new') && kind(callee) === K.Ident && (moduleBuiltinNames.has(ident(callee) as string) || MODULE_BUILTINS.has(bindings.get(ident(callee) as string)?.specifier ?? ''))) return true;
    const start = isP(callee, 41) ? (partner[callee] as number) : chainStart(callee);
    for (let q = Math.max(0, start, open - 64); q < open; q++) if (kind(q) === K.Ident && !isProperty(q) && moduleRootAt(q)) return true;
    return false;
  }
  /** The argument `from`..`end` is a module object reached from Node's own `module` (`require.main`…) written in it, no parameter of that name. */
  function nodeModuleArgument(from: number, end: number): boolean {
    if (moduleValue(from, end) !== 'module') return false;
    // A function returning one (`() => module`): what it gives back is judged where it is called.
    const f = isId(from, 'async') ? from + 1 : from;
    if (isId(f, 'function') || (isP(f, 40) && isP(matching(f) + 1, P_ARROW)) || (kind(f) === K.Ident && isP(f + 1, P_ARROW))) return false;
    for (let q = from; q < end && q < from + 256; q++) if (kind(q) === K.Ident && !isProperty(q) && moduleRootAt(q) && !declaresHere(q)) return !(isId(q, 'require') && !isP(q + 1, 46)) && !parameterOfAround(q, ident(q) as string);
    return false;
  }
  /**
   * `factory(module, …)` at `open` where `factory` is a parameter of a function called in place with a function of the
   * file there (the UMD wrapper: `(function (root, factory) { … factory(module, exports) })(this, function (m, e) { … })`):
   * the module object lands in that function's parameter, which is then read as one. Returns whether it was such a call.
   */
  function factoryCall(open: number, args: number[], close: number): boolean {
    const name = ident(open - 1);
    if (name === undefined || isProperty(open - 1)) return false;
    for (let o = parent[open] as number, hops = 0; o >= 0 && hops < 64; o = parent[o] as number, hops++) {
      if (!isP(o, 123) || !functionBody(o)) continue;
      const paramsClose = isP(o - 1, P_ARROW) ? o - 2 : o - 1;
      const params = isP(paramsClose, 41) ? (partner[paramsClose] as number) : -1;
      if (params < 0) return false;
      const index = argumentsOf(params).findIndex((q) => isId(q, name));
      if (index < 0) continue;
      // The function's group and the call after it: `(function (…) {…})(…)`, `((…) => {…})(…)`.
      const group = parent[params] as number;
      const head = isId(params - 1, 'function') ? params - 1 : params;
      if (group < 0 || !isP(group, 40) || !(group + 1 === head || (isId(group + 1, 'async') && group + 2 === head)) || !isP(matching(group) + 1, 40)) return false;
      let f = argumentsOf(matching(group) + 1)[index];
      if (f === undefined) return false;
      while (isP(f, 40) && !isP(matching(f) + 1, P_ARROW)) f++; // `(function (m) {…})` in parentheses
      const fParams = isId(f, 'function') ? skipTypeArgs(kind(f + 1) === K.Ident ? f + 2 : f + 1) : isP(f, 40) ? f : -1;
      if (fParams < 0 || !isP(fParams, 40)) return false;
      const names = argumentsOf(fParams);
      args.forEach((a, i) => {
        const param = names[i];
        if (param === undefined || moduleValue(a, i + 1 < args.length ? (args[i + 1] as number) - 1 : close) !== 'module') return;
        if (isP(param, 123)) bindModulePattern(param);
        else if (kind(param) === K.Ident) bindModuleName(param);
      });
      return true;
    }
    return false;
  }
  /** Each function of the file by its name: the `(` of its parameters. Read once. */
  function declaredFunctions(): Map<string, number> {
    if (functionsByName !== undefined) return functionsByName;
    const declared = new Map<string, number>();
    for (let k = 0; k < count; k++) {
      // `function load(`, `load = (m) =>`, `load = function (`, `load = async (m) =>`: the `(` of the parameters.
      if (isId(k, 'function') && kind(k + 1) === K.Ident && isP(skipTypeArgs(k + 2), 40)) declared.set(ident(k + 1) as string, skipTypeArgs(k + 2));
      else if (kind(k) === K.Ident && !isProperty(k) && isP(k + 1, 61) && !touchesOperator(k + 1)) {
        const f = isId(k + 2, 'async') ? k + 3 : k + 2;
        const open = isId(f, 'function') ? skipTypeArgs(kind(f + 1) === K.Ident ? f + 2 : f + 1) : f;
        if (isP(open, 40) && (isId(f, 'function') || isP(matching(open) + 1, P_ARROW) || isP(matching(open) + 1, 58))) declared.set(ident(k) as string, open);
      }
    }
    functionsByName = declared;
    return declared;
  }
  let functionsByName: Map<string, number> | undefined;
  /**
   * Whether the function whose parameters open at `params` may return a module object: an arrow's expression body that
   * is one (`() => module.parent`), or a `return` of one anywhere in its body (a nested function's too: a value too many).
   */
  function returnsModule(params: number): boolean {
    const known = returning.get(params);
    if (known !== undefined) return known;
    returning.set(params, false); // read once a round; a function returning its own call is no module object
    const found = bodyReturnsModule(params);
    returning.set(params, found);
    return found;
  }
  /** By round: the aliases a return may name grow between the rounds of bindModuleAliases. */
  const returning = new Map<number, boolean>();
  function bodyReturnsModule(params: number): boolean {
    const end = functionBodyEnd(params);
    if (end === undefined) return false;
    for (let q = matching(params) + 1; q <= end; q++) {
      if (isP(q, P_ARROW) && parent[q] === parent[params]) {
        if (!isP(q + 1, 123)) return moduleValue(q + 1, end + 1) === 'module';
        break;
      }
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    const open = isP(end, 125) ? (partner[end] as number) : -1;
    for (let q = open + 1; open >= 0 && q < end; q++) if (isId(q, 'return') && !isProperty(q) && moduleValue(q + 1, expressionEnd(q + 1)) === 'module') return true;
    return false;
  }
  /**
   * Every `module` token in the scope of a local the file declares under that name, read from then on as another name
   * (any name's value is followed as it is): a `const` / `let` (`const module = { require: (x) => x }`, `let a, module`)
   * in its block, the temporal dead zone included; a `var` in the body of the function it is hoisted to, unless the
   * function has a parameter `module` (a `var` keeps the parameter's value) or there is none (at the top level a `var`
   * keeps the CommonJS wrapper's module object). Not a parameter: a wrapper (`define(function (require, exports, module)
   * …)`, `(function (module) { … })(module)`) hands Node's own module object in under that name.
   */
  function localModuleTokens(): Uint8Array | undefined {
    let ranges: [number, number][] | undefined;
    for (let k = 0; k < count; k++) {
      if (kind(k) !== K.Ident || (tok.end[k] as number) - (tok.start[k] as number) !== 6 || !isId(k, 'module') || isProperty(k)) continue;
      const keyword = declaratorOf(k);
      if (keyword < 0 || isId(keyword - 1, 'declare')) continue;
      let range: [number, number] | undefined;
      if (!isId(keyword, 'var')) range = [parent[keyword] as number, blockEnd(keyword)];
      else {
        const body = functionAround(keyword);
        const params = body >= 0 ? parametersOfBody(body) : undefined;
        let param = params === undefined;
        for (let q = params?.[0] ?? 0; params !== undefined && q <= params[1] && !param; q++) param = isId(q, 'module');
        if (!param) range = [body, matching(body)];
      }
      if (range !== undefined && inertValues(k, range)) (ranges ??= []).push(range);
    }
    if (ranges === undefined) return undefined;
    const tokens = new Uint8Array(count);
    for (const [from, to] of ranges) {
      for (let q = Math.max(from, 0); q <= to && q < count; q++) {
        const key = isP(q + 1, 58) && (isP(q - 1, 123) || isP(q - 1, 44)) && isP(parent[q] as number, 123);
        if (isId(q, 'module') && !isProperty(q) && !key && !wrapperName(q)) tokens[q] = 1;
      }
    }
    // Bodies read as functions before the override are read again with it.
    bodyOpens = undefined;
    return tokens;
  }
  /**
   * Whether every value the local `module` declared at `decl` is given in `range` (its initializer, `module = …`) names
   * nothing Node's loader is reached from (LOADER_ROOTS) and it is given none the scan does not read (a destructuring
   * assignment, `for (module of …)`): only then is it another name. The other names its values read are kept in
   * localModuleReads, refused at the end when one turns out to hold a module object, the loader or a Node built-in.
   */
  function inertValues(decl: number, range: [number, number]): boolean {
    const reads: number[] = [];
    for (let q = Math.max(range[0], 0); q <= range[1] && q < count; q++) {
      // Inside `with (o)`, `module` may name o.module (`with (o) { module.require(x); }`): not proven another name (red team se).
      if (isId(q, 'with') && isP(q + 1, 40) && !isProperty(q)) return false;
      if (!isId(q, 'module') || isProperty(q)) continue;
      const o = parent[q] as number;
      if (q !== decl && writtenIndirectly(q)) return false;
      if (isId(q + 1, 'of') || isId(q + 1, 'in')) return false;
      const eq = q === decl && isP(q + 1, 58) ? typeEnd(q + 2) : q + 1;
      if (!isP(eq, 61) || (touchesOperator(eq) && !['||', '??'].includes(text.slice(tok.start[eq - 1] as number, tok.end[eq - 1] as number)))) continue;
      const end = expressionEnd(eq + 1);
      for (let r = eq + 1; r < end; r++) {
        // A key (`{ require: f }`) or a method's name (`{ require(x) { … } }`) reads nothing.
        if (kind(r) !== K.Ident || isProperty(r) || ((isP(r + 1, 58) || isP(r + 1, 40)) && (isP(r - 1, 123) || isP(r - 1, 44)) && isP(parent[r] as number, 123))) continue;
        if (LOADER_ROOTS.has(identValue(lx, r)) || (parameterNames().has(identValue(lx, r)) && !ownParameter(r, eq + 1))) return false;
        reads.push(r);
      }
    }
    localModuleReads.push(...reads);
    return true;
  }
  /**
   * Whether the `module` at `q` is written where inertValues reads no value: a pattern at any depth (`({ a: [module] } = o)`,
   * `for ({ m: module } of list)`), parentheses or a type assertion (`(module) = o`, `(module as any) = o`, `module! = o`).
   * A member's brackets (`a[module] = 1`) read it.
   */
  function writtenIndirectly(q: number): boolean {
    if (isP(q + 1, 33) && isP(q + 2, 61) && !touchesOperator(q + 2)) return true;
    for (let o = parent[q] as number; o >= 0 && (isP(o, 123) || isP(o, 91) || isP(o, 40)); o = parent[o] as number) {
      if (isP(o, 91) && (isP(o - 1, 41) || isP(o - 1, 93) || (kind(o - 1) === K.Ident && !PATTERN_KEYWORDS.has(identValue(lx, o - 1))))) return false;
      const after = matching(o) + 1;
      if ((isP(after, 61) && !touchesOperator(after)) || isId(after, 'of') || isId(after, 'in')) return true;
    }
    return false;
  }
  /**
   * Names some function of the file takes as a parameter (`(v) => …`, `function (a) {`, `({ m }) =>`, `catch (e)`): a
   * callback's caller hands it what it likes (`on('x', (v) => { module = v; })` beside `emit('x', module)`), which the
   * scan does not read, so a local `module` given one stays Node's. Read once.
   */
  function parameterNames(): ReadonlySet<string> {
    if (paramNames !== undefined) return paramNames;
    paramNames = new Set();
    for (let q = 0; q < count; q++) {
      if (kind(q) !== K.Ident || isProperty(q)) continue;
      if (isP(q + 1, P_ARROW)) paramNames.add(identValue(lx, q));
      for (let o = parent[q] as number; o >= 0 && (isP(o, 40) || isP(o, 123) || isP(o, 91)); o = parent[o] as number) {
        if (!isP(o, 40)) continue;
        const close = matching(o);
        const head = kind(o - 1) === K.Ident ? identValue(lx, o - 1) : '';
        if ((isP(close + 1, P_ARROW) || isP(close + 1, 123) || isP(close + 1, 58)) && !CONDITION_HEADS.has(head)) paramNames.add(identValue(lx, q));
        break;
      }
    }
    return paramNames;
  }
  let paramNames: Set<string> | undefined;
  /**
   * Whether the name read at `r` is a parameter of a function written between `from` and `r` around it (`{ require: (x) => x }`):
   * the value's own, not a callback's caller's.
   */
  function ownParameter(r: number, from: number): boolean {
    for (let q = from; q <= r; q++) {
      if (kind(q) !== K.Ident || isProperty(q) || identValue(lx, q) !== identValue(lx, r)) continue;
      const o = parent[q] as number;
      const arrow = isP(q + 1, P_ARROW) ? q + 1 : o >= from && isP(o, 40) ? matching(o) + 1 : -1;
      if (!isP(arrow, P_ARROW) && !isP(arrow, 123)) continue;
      const body = isP(arrow, P_ARROW) ? arrow + 1 : arrow;
      if (q === r || (isP(body, 123) ? r < matching(body) : isP(arrow, P_ARROW) && r < expressionEnd(body))) return true;
    }
    return false;
  }
  /** Names read by the values of a local `module` (inertValues): checked once the file's bindings are known. */
  const localModuleReads: number[] = [];
  /**
   * The `const` / `let` / `var` keyword declaring the name at `k` (`let module`, `const a = 1, module = 2`), or -1. A
   * declarator after a comma counts only when the line breaks between it and the keyword all follow a comma: `let a = 1`
   * and `b, module = 2` on the next line are two statements (ASI), the second an assignment.
   */
  function declaratorOf(k: number): number {
    if (DECLARATORS.has(ident(k - 1) ?? '') && !isProperty(k - 1)) return isId(k - 1, 'let') || isId(k - 1, 'const') || isId(k - 1, 'var') ? k - 1 : -1;
    if (!isP(k - 1, 44)) return -1;
    let next = k;
    for (let q = k - 1, seen = 0; q > (parent[k] as number) && seen < MAX_BINDING_SCAN; q--) {
      if (parent[q] !== parent[k]) continue;
      seen++;
      if ((tok.line[q] as number) !== (tok.line[next] as number) && !isP(q, 44)) return -1;
      if (isP(q, 59)) return -1;
      if (DECLARATORS.has(ident(q) ?? '') && !isProperty(q)) return q;
      next = q;
    }
    return -1;
  }
  /** The first and last token of the parameters of the function whose body opens at `body`; undefined when not found. */
  function parametersOfBody(body: number): [number, number] | undefined {
    if (isP(body - 1, P_ARROW)) return isP(body - 2, 41) ? [partner[body - 2] as number, body - 2] : kind(body - 2) === K.Ident ? [body - 2, body - 2] : undefined;
    if (isP(body - 1, 41)) return [partner[body - 1] as number, body - 1];
    return undefined; // a return type between: not found, kept as Node's
  }
  /**
   * A function that gives a module object back (`return module`, `() => require.main`, `yield module.parent`) is
   * followed only where it is called by the name it is declared under (`get().require`, read by elementCall). Any other
   * such function — a getter or a method (`{ get m() { return module } }`, `class A { static get m() … }`), a callback
   * (`.then(() => module)`, `{ get: () => module }` of a descriptor), a function handed on, exported or called another
   * way (`run(get)`, `[get].map(…)`, `get.call(…)`), a generator — hands it to code the scan does not read: refused.
   * After both rounds of bindModuleAliases: a return may name an alias bound late.
   */
  function moduleReturnsHandedOn(): void {
    forEachModuleReturn((q, head) => {
      // A `return` outside any function is the CommonJS wrapper's: Node's loader drops what it gives back.
      if (head === -2) return;
      if (isId(q, 'yield') || head < 0 || !(followedHeads().has(head) || collectionCallback(head))) moduleHandedOn(q, 'given back by a function the scan does not follow (a getter, a method, a callback, a function handed on)');
    });
  }
  /**
   * Each `return` / `yield` of a module object and each arrow whose expression body is one, with the head of its
   * function (functionAround; the `=>` of the arrow).
   */
  function forEachModuleReturn(each: (q: number, head: number) => void): void {
    if (returnSites === undefined) {
      // Found once: the walk runs a few times a file (each round, to a fixpoint, then to judge).
      const found: number[] = [];
      for (let q = 0; q < count; q++) {
        const size = kind(q) === K.Ident ? (tok.end[q] as number) - (tok.start[q] as number) : 0;
        if (((size === 6 && isId(q, 'return')) || (size === 5 && isId(q, 'yield'))) && !isProperty(q)) found.push(q);
        else if (isP(q, P_ARROW) && !isP(q + 1, 123)) found.push(q);
      }
      returnSites = Int32Array.from(found);
      returnEnds = new Int32Array(found.length).fill(-1);
    }
    const ends = returnEnds as Int32Array;
    for (let i = 0; i < returnSites.length; i++) {
      const q = returnSites[i] as number;
      // Most returns name no module object anywhere in the bracket around them: not measured.
      if (!rootedWithin(q, (parent[q] as number) >= 0 ? matching(parent[q] as number) : count)) continue;
      const returned = !isP(q, P_ARROW);
      if (ends[i] === -1) ends[i] = returned ? expressionEnd(q + 1) : arrowEnd(q) + 1;
      const end = ends[i] as number;
      if (end <= q + 1 || !(end - q > MAX_ALIAS_VALUE ? rootedWithin(q, end) : rootedScan(q, end))) continue;
      if (moduleValue(q + 1, end) === 'module') each(q, returned ? functionAround(q) : q);
    }
  }
  let returnSites: Int32Array | undefined;
  let returnEnds: Int32Array | undefined;
  /**
   * Whether the function whose head (`{` of its body, `=>` of an arrow's expression) is at `head` is the callback of an
   * element method called on a collection of module objects (`module.children.map((m) => m)`): what it returns is
   * dropped, tested, or an element of the result, which elementCall reads as a module object.
   */
  function collectionCallback(head: number): boolean {
    const arrow = isP(head, P_ARROW) ? head : isP(head - 1, P_ARROW) ? head - 1 : -1;
    let start = arrow >= 0 ? (isP(arrow - 1, 41) ? (partner[arrow - 1] as number) : arrow - 1) : (parametersOfBody(head)?.[0] ?? -1);
    if (start < 0) return false;
    if (arrow < 0) start = isId(start - 1, 'function') ? start - 1 : kind(start - 1) === K.Ident && isId(start - 2, 'function') ? start - 2 : -1;
    if (start < 0) return false;
    if (isId(start - 1, 'async')) start--;
    const open = parent[start] as number;
    if (!isP(open, 40) || start !== open + 1) return false;
    const callee = open - 1;
    const name = kind(callee) === K.Ident && isProperty(callee) ? (ident(callee) as string) : '';
    return (ELEMENT_RESULTS.has(name) || ELEMENT_CALLBACKS.has(name)) && moduleOperand(chainStart(callee - 2), callee - 1) === 'module';
  }
  /**
   * The `{` of the body of the innermost function around `k`; -1 when a block around it may be a function not recognised
   * as one (a `) {` of no statement head), -2 when no function is around it.
   */
  function functionAround(k: number): number {
    const bodies = functionBodies();
    for (let o = parent[k] as number; o >= 0; o = parent[o] as number) {
      if (!isP(o, 123)) continue;
      if (bodies.has(o)) return o;
      if (isP(o - 1, 41) && !(kind((partner[o - 1] as number) - 1) === K.Ident && (STATEMENT_HEADS.has(ident((partner[o - 1] as number) - 1) as string) || isId((partner[o - 1] as number) - 1, 'catch')))) return -1;
    }
    return -2;
  }
  /** The `{` of every function body of the file (functions, methods, getters, arrows with a block). Read once. */
  function functionBodies(): Set<number> {
    if (bodyOpens !== undefined) return bodyOpens;
    bodyOpens = new Set();
    for (let q = 0; q < count; q++) {
      if (isP(q, P_ARROW) && isP(q + 1, 123)) bodyOpens.add(q + 1);
      else if (isP(q, 40) && !isId(q - 1, 'catch')) {
        const end = functionBodyEnd(q);
        if (end !== undefined && isP(end, 125) && !isP(matching(q) + 1, P_ARROW)) bodyOpens.add(partner[end] as number);
      }
    }
    return bodyOpens;
  }
  let bodyOpens: Set<number> | undefined;
  /**
   * The heads of the functions whose results the scan follows: a function declared under a name (declaredFunctions),
   * not async, that is not exported and is named nowhere but where it is declared, called (`get(`) or tested (`typeof get`). A
   * head is the `{` of its body, or the `=>` of an arrow's expression body.
   */
  function followedHeads(): Set<number> {
    if (headsFollowed !== undefined) return headsFollowed;
    headsFollowed = new Set();
    const declared = declaredFunctions();
    const handed = new Set<string>();
    for (let q = 0; q < count; q++) {
      if (kind(q) !== K.Ident || isProperty(q) || !declared.has(ident(q) as string)) continue;
      const name = ident(q) as string;
      if (isId(q - 1, 'function')) {
        // `function get() {}` as a statement; `export function get`, `x = function get() {}`: handed on.
        const before = isId(q - 2, 'async') ? q - 3 : q - 2;
        if (!(before < 0 || isP(before, 59) || isP(before, 123) || isP(before, 125))) handed.add(name);
      } else if (isP(q + 1, 61) && !touchesOperator(q + 1)) {
        // `const get = () => …`, `get = function () {}`; exported, or the value of another assignment (`a = get = …`): handed on.
        if ((DECLARATORS.has(ident(q - 1) ?? '') && isId(q - 2, 'export')) || isP(q - 1, 61)) handed.add(name);
      } else if (!isP(q + 1, 40) && !isId(q - 1, 'typeof')) handed.add(name);
    }
    for (const [name, params] of declared) {
      // An async function gives a promise of what it returns (`get().then((m) => …)`): not followed.
      const fn = isId(params - 1, 'function') ? params - 1 : isId(params - 2, 'function') ? params - 2 : params;
      const head = handed.has(name) || isId(fn - 1, 'async') ? -1 : headOfParams(params);
      if (head >= 0) headsFollowed.add(head);
    }
    return headsFollowed;
  }
  /** The head of the function whose parameters open at `params`: the `{` of its body, the `=>` of an arrow's expression. */
  function headOfParams(params: number): number {
    for (let q = matching(params) + 1; q < count; q++) {
      if (isP(q, P_ARROW) && parent[q] === parent[params]) return isP(q + 1, 123) ? q + 1 : q;
      if (isP(q, 123) && !isP(q - 1, P_ARROW) && parent[q] === parent[params]) return q;
      if (isP(q, 40) || isP(q, 91)) q = matching(q);
      else if (isP(q, 59) || isP(q, 61)) return -1;
    }
    return -1;
  }
  let headsFollowed: Set<number> | undefined;
  /**
   * `f.call(module)`, `f.apply(require.main, [])`, `f.bind(module.parent)`, `Reflect.apply(f, module, [])`,
   * `Function.prototype.call.call(f, module)` with the call's `(` at `open`: a module object bound as `this` of a
   * function, whose `this.require` loads anything. `this` is not followed into the function: refused. The loader's own
   * `.call` (`module.require.call(module, '…')`) is read where it stands.
   */
  function thisBound(open: number): boolean {
    const callee = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
    const name = kind(callee) === K.Ident && isProperty(callee) ? (ident(callee) as string) : '';
    const reflect = name === 'apply' && isId(callee - 2, 'Reflect') && !isProperty(callee - 2);
    if (!reflect && !THIS_BINDERS.has(name)) return false;
    const object = ident(callee - 2) ?? '';
    if (!reflect && kind(callee - 2) === K.Ident && HOST_LOADERS.has(object)) return false;
    // `module[key].call(module, …)`: a computed member of a module object, refused where it stands as maybe the loader.
    const keyed = !reflect && isP(callee - 2, 93) ? memberPath(callee - 2) : undefined;
    if (keyed !== undefined && keyed.names.length === 1 && keyed.names[0] === COMPUTED && REQUIRE_HOSTS.has(ident(keyed.root) ?? '')) return false;
    // `f.call.call(g, module)`: the first argument is the function, the second its `this`.
    const index = reflect || (THIS_BINDERS.has(object) && isProperty(callee - 2)) ? 1 : 0;
    const args = argumentsOf(open);
    const a = args[index];
    if (a === undefined || moduleValue(a, index + 1 < args.length ? (args[index + 1] as number) - 1 : matching(open)) !== 'module') return false;
    moduleHandedOn(open - 1, `bound as \`this\` by ${reflect ? 'Reflect.apply' : name}`);
    return true;
  }
  /**
   * Whether `from`..`end` (exclusive) is a module object or Node's Module class (`module.constructor`, `Module` of
   * 'node:module', `require('node:module').Module`): a class extending it, or made of it by `new`, is a module object
   * whose `this.require` loads anything.
   */
  function moduleClassAt(from: number, end: number, depth = 0): boolean {
    if (end <= from) return false;
    // `extends (module.constructor as any)`, `new (M as any)(…)`: read as a group, not as a call of `extends` / `new`.
    if (isP(from, 40) && matching(from) === end - 1) return depth < 8 && moduleClassAt(from + 1, end - 1, depth + 1);
    if (moduleValue(from, end) === 'module') return true;
    const path = memberPath(end - 1);
    if (path === undefined || path.root < from || !path.names.every((n) => n === 'Module' || MODULE_REACHING.has(n))) return false;
    return loaderHost(end - 1) || (kind(path.root) === K.Ident && moduleBuiltinNames.has(ident(path.root) as string));
  }
  /** Names declared as Node's module module by a require (`const Module = require('node:module')`). */
  const moduleBuiltinNames = new Set<string>();
  /** The `,` or closing bracket ending the element or property value starting at `from`. */
  function elementEnd(from: number): number {
    let q = from;
    for (; q < count && !(parent[q] === parent[from] && (isP(q, 44) || isP(q, 125) || isP(q, 93) || isP(q, 41))); q++) if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    return q;
  }
  /** The `{` of the class body after `extends` at `from - 1` (past its call, member and type-argument tokens). */
  function heritageEnd(from: number): number {
    let q = from;
    for (; q < count && !isP(q, 123) && !isP(q, 59) && !isId(q, 'implements'); q++) if (isP(q, 40) || isP(q, 91)) q = matching(q);
    return q;
  }
  /** The token after the callee of `new` starting at `from`: a name, its members, a group (`new (a.b)()`). */
  function calleeEnd(from: number): number {
    let q = isP(from, 40) ? matching(from) + 1 : from + 1;
    for (let hops = 0; hops < 16; hops++) {
      if ((isP(q, 46) || isP(q, P_OPTCHAIN)) && kind(q + 1) === K.Ident) q += 2;
      else if (isP(q, 91)) q = matching(q) + 1;
      else if (isP(q, 33)) q++;
      else break;
    }
    return q;
  }
  /** `Reflect.get` / `Object.getPrototypeOf` / `new Proxy` … whose call opens at `open`: a built-in that gives back its argument or a part of it. */
  function objectReader(open: number): string | undefined {
    const name = ident(open - 1);
    if (isId(open - 1, 'Proxy') && isId(open - 2, 'new')) return 'new Proxy';
    const host = isP(open - 2, 46) ? ident(open - 3) : undefined;
    return host !== undefined && name !== undefined && Object.hasOwn(OBJECT_READERS, host) && (OBJECT_READERS[host] as ReadonlySet<string>).has(name) ? `${host}.${name}` : undefined;
  }
  /** Whether the name at `k` is one a module object is reached from (`module`, `require`, `process`), read cheaply. */
  function moduleRootAt(k: number): boolean {
    if (isId(k, 'module') || isId(k, 'require') || isId(k, 'process')) return true;
    // `globalThis.module`, `global['module']`.
    return (isP(k + 1, 46) ? isId(k + 2, 'module') : isP(k + 1, 91) && literal(k + 2) === 'module') && GLOBAL_HOSTS.has(ident(k) as string);
  }
  /** The name at `k` holds a module object: its members are the loader's host; exported, it hands the loader on. */
  /** `const { m } = new A()`, `({ m: local } = a)`: a member a class stored a module object on, taken out by a pattern. */
  function thisMembersDestructured(): void {
    for (let k = 1; k < count; k++) {
      if (kind(k) !== K.Ident || isProperty(k) || !thisModuleMembers.has(ident(k) as string)) continue;
      const o = parent[k] as number;
      if (o < 0 || !isP(o, 123) || !(isP(k - 1, 123) || isP(k - 1, 44)) || !isP(matching(o) + 1, 61) || touchesOperator(matching(o) + 1)) continue;
      // Only out of `this`, an instance made there (`new A()`) or a name given one (`const h = new A(); const { m } =
      // h`): the names of a bundle's other objects are not followed.
      const value = matching(o) + 2;
      if (!isId(value, 'this') && !(isId(value, 'new') && kind(value + 1) === K.Ident) && !instanceName(value)) continue;
      const local = isP(k + 1, 58) ? k + 2 : k;
      if (kind(local) === K.Ident && (isP(local + 1, 44) || isP(local + 1, 125) || isP(local + 1, 61))) bindModuleName(local);
    }
  }
  /** The name at `k`, read whole, is given an instance somewhere (`h = new A()`). */
  function instanceName(k: number): boolean {
    if (kind(k) !== K.Ident || isP(k + 1, 46) || isP(k + 1, 91) || isP(k + 1, 40) || isP(k + 1, P_OPTCHAIN)) return false;
    return instantiatedClass(k) >= 0;
  }
  function bindModuleName(k: number): void {
    const name = ident(k) as string;
    bindings.set(name, { specifier: 'module', imported: 'default' });
    if (!moduleAliasAt.has(name)) moduleAliasAt.set(name, k);
  }
  /**
   * `o.m = module`, `o['m'] = module`, `this.m = module` with the target's last token at `t`: `o` holds a module
   * object, whose members are read as its (`this` by the member's name).
   */
  function storedOnMember(t: number): void {
    const path = memberPath(t);
    if (path === undefined || kind(path.root) !== K.Ident || path.names.length === 0) return;
    const root = ident(path.root) as string;
    if (root === 'exports' || (root === 'module' && path.names[0] === 'exports')) moduleHandedOn(t, 'exported');
    else if (root === 'this') thisModuleMembers.add(path.names[0] as string);
    else if (!UNTRACKED_ROOTS.has(root) && !GLOBAL_HOSTS.has(root)) bindings.set(root, { specifier: 'module', imported: 'default' });
  }
  /**
   * Where the value starting at `from` ends ({@link expressionEnd}): `end` -1 when it names nothing a module object is
   * reached from; `next` the `=` of an assignment it is (`b = module` of `a = b = module`), whose value it takes. Every
   * token of a chain of assignments is read once, a bracket skipped whole: a value of any length is read to its end
   * (a value too long to read would be a module object taken for none).
   */
  function boundedValueEnd(from: number): { end: number; next: number } {
    let r = from;
    let rooted = false;
    while (r < count) {
      if (isP(r, 59) || isP(r, 41) || isP(r, 93) || isP(r, 125) || isP(r, 44)) break;
      if (isP(r, 61) && !touchesOperator(r)) return { end: -1, next: r };
      if (r > from && (tok.line[r] as number) > (tok.line[r - 1] as number) && kind(r) === K.Ident && !CONTINUES_EXPRESSION.has(ident(r) as string) && !isProperty(r) && !BINARY_PUNCT.has(pv(r - 1))) break;
      if (!rooted && kind(r) === K.Ident && !isProperty(r) && (moduleRootAt(r) || (aliasCount() > 0 && aliasNamed(ident(r) as string)))) rooted = true;
      if (isP(r, 40) || isP(r, 91) || isP(r, 123)) {
        const close = matching(r);
        if (close < r) return { end: -1, next: -1 };
        if (!rooted) rooted = close - r > MAX_ALIAS_VALUE ? rootedWithin(r, close) : rootedScan(r, close);
        r = close + 1;
      } else r++;
    }
    return { end: rooted ? r : -1, next: -1 };
  }
  function rootedScan(open: number, close: number): boolean {
    for (let q = open + 1; q < close; q++) if (kind(q) === K.Ident && (moduleRootAt(q) || (aliasCount() > 0 && aliasNamed(ident(q) as string)))) return true;
    return false;
  }
  /** {@link rootedScan} of a long bracket by indexes: a prefix count of `module` / `require` / `process`, each alias's positions. */
  function rootedWithin(open: number, close: number): boolean {
    if (rootPrefix === undefined) {
      rootPrefix = new Int32Array(count + 1);
      for (let q = 0; q < count; q++) rootPrefix[q + 1] = (rootPrefix[q] as number) + (kind(q) === K.Ident && moduleRootAt(q) ? 1 : 0);
    }
    if ((rootPrefix[close] as number) - (rootPrefix[open + 1] as number) > 0) return true;
    if (aliasCount() === 0) return false;
    // Many aliases: scanning the bracket costs less than looking each one up.
    if (aliasCount() * 16 > close - open) return rootedScan(open, close);
    if (namePositions === undefined) {
      namePositions = new Map();
      for (let q = 0; q < count; q++) {
        if (kind(q) !== K.Ident) continue;
        const name = ident(q) as string;
        const list = namePositions.get(name);
        if (list === undefined) namePositions.set(name, [q]);
        else list.push(q);
      }
    }
    for (const name of [...moduleAliasAt.keys(), ...returners]) {
      const list = namePositions.get(name);
      if (list === undefined) continue;
      // The first position after `open`, by halving.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid] as number) <= open) lo = mid + 1;
        else hi = mid;
      }
      if (lo < list.length && (list[lo] as number) < close) return true;
    }
    return false;
  }
  /** A name a module object is reached from: bound to one, or a function of the file that returns one (`get()`). */
  const aliasNamed = (name: string): boolean => moduleAliasAt.has(name) || returners.has(name);
  const aliasCount = (): number => moduleAliasAt.size + returners.size;
  /** Functions of the file that may return a module object, by name (moduleReturners): their calls are module objects. */
  const returners = new Set<string>();
  /**
   * Each round, the functions of the file declared under a name that return a module object, to a fixpoint: one may
   * return another's call. Read from the returns (forEachModuleReturn), not function by function: a function nested in
   * many others is read once.
   */
  function moduleReturners(): void {
    const declared = declaredFunctions();
    if (declared.size === 0) return;
    if (headNames === undefined) {
      headNames = new Map();
      for (const [name, params] of declared) {
        const head = headOfParams(params);
        if (head >= 0) headNames.set(head, name);
      }
    }
    const names = headNames;
    for (let grown = true; grown; ) {
      grown = false;
      forEachModuleReturn((q, head) => {
        const name = names.get(head);
        if (name === undefined || returners.has(name)) return;
        returners.add(name);
        grown = true;
      });
      if (grown) returning.clear();
    }
  }
  /** The name of each function declaredFunctions lists, by its head (headOfParams). */
  let headNames: Map<number, string> | undefined;
  let rootPrefix: Int32Array | undefined;
  let namePositions: Map<string, number[]> | undefined;
  /**
   * The object pattern at `open` destructured from a module object: a name taken from a member that holds one
   * (`{ parent }`, `{ main: m }`, `{ [key]: m }`) is one too, and so is a nested pattern's (`{ parent: { require } }`:
   * the loader taken out, handed on).
   */
  const takenOut = new Set<number>();
  /** Where each name bound to a module object was first bound (an exported one hands the loader to other modules). */
  const moduleAliasAt = new Map<string, number>();
  /** A module object handed where the scan cannot follow it (exported, `with (module)`), refused once. */
  const moduleHandedOn = (k: number, how: string) => {
    if (takenOut.has(k)) return;
    takenOut.add(k);
    unresolvable.push({ kind: 'require', expression: `a module object ${how}, whose require loads anything`, ...at(k) });
  };
  let literalNesting = 0;
  /** Members of `this` a module object was stored on (`this.m = module`). */
  const thisModuleMembers = new Set<string>();
  function bindModulePattern(open: number, depth = 0): void {
    const close = matching(open);
    for (let k = open + 1; k < close; k++) {
      if (parent[k] !== open) continue;
      const key = kind(k) === K.Ident ? ident(k) : kind(k) === K.String ? literal(k) : isP(k, 91) ? COMPUTED : undefined;
      const keyEnd = isP(k, 91) ? matching(k) : k;
      if (key === undefined) continue;
      const value = isP(keyEnd + 1, 58) ? keyEnd + 2 : keyEnd;
      if (key === 'require' && depth > 0 && !takenOut.has(k)) {
        takenOut.add(k); // read once though the aliases are bound in two rounds
        unresolvable.push({ kind: 'require', expression: 'require taken out of a module object', ...at(k) });
      }
      else if (MODULE_REACHING.has(key) && isP(value, 123) && depth < MAX_LITERAL_DEPTH) bindModulePattern(value, depth + 1);
      else if (MODULE_REACHING.has(key) && isP(value, 123)) moduleHandedOn(value, `destructured over ${MAX_LITERAL_DEPTH} deep, not read`);
      else if (MODULE_REACHING.has(key) && kind(value) === K.Ident) bindModuleName(value);
      else if ((key === '_load' || key === 'createRequire') && kind(value) === K.Ident) bindings.set(ident(value) as string, { specifier: 'module', imported: key }); // `const { _load } = module.constructor`
      else if (MODULE_REACHING.has(key) && isP(value, 91)) {
        // `{ children: [first] }`: the elements are module objects.
        for (let q = value + 1; q < matching(value); q++) if (kind(q) === K.Ident && parent[q] === value && !isP(q - 1, 61)) bindModuleName(q);
      }
      k = isP(value, 123) || isP(value, 91) ? matching(value) : keyEnd;
    }
  }
  /**
   * `name = promisify(exec)` / `util.promisify(cp.execFile)` at `value`: the promisified runner takes the same command
   * line, so `name` is bound as the runner is.
   */
  function bindPromisified(name: string, value: number): boolean {
    const callee = isId(value, 'promisify') ? value : isP(value + 1, 46) && isId(value + 2, 'promisify') ? value + 2 : -1;
    if (callee < 0 || !isP(callee + 1, 40) || kind(callee + 2) !== K.Ident) return false;
    const member = isP(callee + 3, 46) && kind(callee + 4) === K.Ident;
    const arg = member ? callee + 4 : callee + 2;
    if (!isP(arg + 1, 41)) return false;
    const runner = builtinExport(arg, ident(arg) as string, member, CHILD_PROCESS_BUILTINS, CHILD_PROCESS_RUNNERS);
    if (runner !== undefined) bindings.set(name, { specifier: 'node:child_process', imported: runner });
    return runner !== undefined;
  }
  /**
   * A path the started process resolves from its working directory: the root, or the call's literal `cwd` option
   * (`fork('./db.js', { cwd: 'src/store' })`); a computed `cwd` (other than `process.cwd()`) may be any directory, so
   * the path may name any module.
   */
  function cwdImport(value: string, k: number, callee: number, envFile?: { optional: boolean }): void {
    const dir = childCwd;
    if (dir === null && !posix.isAbsolute(value)) unresolvable.push({ kind: 'worker', expression: `${callText(callee)} (a computed cwd)`, ...at(k) });
    else imports.push({ kind: envFile === undefined ? 'worker' : 'env_file', specifier: dir === undefined || dir === null || posix.isAbsolute(value) ? value : posix.isAbsolute(dir) ? posix.join(dir, value) : `./${posix.join(dir, value)}`, ...at(k), cwd: true, ...(envFile === undefined ? {} : { ...(envFile.optional ? { optional: true } : {}), ...(dir === null ? {} : { envCwd: dir ?? '' }) }) });
  }
  /** The working directory the options object at `open` gives the process: undefined (this one's), a literal, or null (computed). */
  function cwdOption(open: number): string | null | undefined {
    const v = propertyValue(open, 'cwd');
    if (v < 0 || (isId(v, 'process') && isId(v + 2, 'cwd') && isP(v + 3, 40) && (isP(v + 5, 44) || isP(v + 5, 125)))) return undefined;
    const lit = literal(v);
    return lit !== undefined && (isP(v + 1, 44) || isP(v + 1, 125)) ? lit : null;
  }
  /** The first token of each argument of the call whose `(` is at `open`. */
  function argumentsOf(open: number): number[] {
    const close = matching(open);
    const out: number[] = close > open + 1 ? [open + 1] : [];
    for (let q = open + 1; q < close; q++) {
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
      else if (isP(q, 44) && q + 1 < close) out.push(q + 1);
    }
    return out;
  }
  /** Whether the argument at `k` is just the running Node binary (`process.execPath`, `process.argv0`, `process.argv[0]`). */
  function nodeBinaryAt(k: number): boolean {
    if (!isId(k, 'process') || !isP(k + 1, 46)) return false;
    const end = NODE_BINARY.has(ident(k + 2) ?? '') ? k + 3 : isId(k + 2, 'argv') && isP(k + 3, 91) && literal(k + 4) === undefined && text.slice(tok.start[k + 4], tok.end[k + 4]) === '0' && isP(k + 5, 93) ? k + 6 : -1;
    return end > 0 && (isP(end, 44) || isP(end, 41) || isP(end, 93));
  }
  /** The value of the property `name` of the object literal at `open`: its first token (a shorthand's name), or -1 when absent. */
  function propertyValue(open: number, name: string): number {
    const close = matching(open);
    for (let q = open + 1; q < close; q++) {
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
      else if ((isP(q - 1, 123) || isP(q - 1, 44)) && (ident(q) ?? literal(q)) === name) {
        if (isP(q + 1, 58)) return q + 2;
        if (isP(q + 1, 44) || isP(q + 1, 125)) return q;
      }
    }
    return -1;
  }
  /** The words of the array literal (or argument list) at `open` and their tokens: a string, or undefined for a computed element; `...process.execArgv` (the parent's own options) adds none. */
  function arrayWords(open: number, lines = false): { words: (string | undefined)[]; ats: number[] } {
    const words: (string | undefined)[] = [];
    const ats: number[] = [];
    const close = matching(open);
    for (const q of argumentsOf(open)) {
      if (q === close) continue; // a trailing comma
      if (isP(q, P_SPREAD) && isId(q + 1, 'process') && isP(q + 2, 46) && isId(q + 3, 'execArgv') && (isP(q + 4, 44) || q + 4 === close)) continue;
      // A template is kept with its substitutions marked when it may be a command line (`['-c', `node ${x}`]`).
      const template = lines && kind(q) === K.TemplateHead;
      const value = template ? commandText(q) : literal(q);
      const end = template ? templateEnd(q) : q;
      words.push(value !== undefined && (isP(end + 1, 44) || end + 1 === close) ? value : undefined);
      ats.push(q);
    }
    return { words, ats };
  }
  /**
   * A command line the code runs through a shell (`exec('node ./x.js')`): a string, or a template whose substitutions
   * are computed words (`${process.execPath}` is Node). Any other expression names no program the scanner knows.
   */
  function commandText(k: number): string | undefined {
    let line = stringPart(k);
    if (line === undefined) return undefined;
    // `'node ' + './x.js'` is one line; `'node ' + script` ends in what the code computes.
    for (let q = partEnd(k) + 1; isP(q, 43); q = partEnd(q + 1) + 1) {
      const part = stringPart(q + 1);
      if (part === undefined) return line + COMPUTED;
      line += part;
    }
    return line;
  }
  /** A string or a template at `k` as command text (a substitution is {@link COMPUTED}, `${process.execPath}` is Node). */
  function stringPart(k: number): string | undefined {
    const value = literal(k);
    if (value !== undefined || kind(k) !== K.TemplateHead) return value;
    const raw = text.slice((tok.start[k] as number) + 1, (tok.end[templateEnd(k)] as number) - 1);
    // The parent's own options (`${process.env.NODE_OPTIONS ?? ''}`) load nothing this process has not loaded.
    return raw.replace(SUBSTITUTION, (_m, binary: string | undefined, parentOptions: string | undefined) => (binary !== undefined ? 'node' : parentOptions !== undefined ? '' : COMPUTED));
  }
  const partEnd = (k: number): number => (kind(k) === K.TemplateHead ? templateEnd(k) : k);
  /** Each command of the shell line at `k` that runs Node: what it loads is an edge of the file at `k`. */
  function shellCommand(callee: number, k: number, stdin = true): void {
    const line = commandText(k);
    if (line !== undefined) commandRuns(callee, shellNodeCommands(line), [], k, stdin);
  }
  /**
   * What the Node commands of a call load: each word at its token (`ats`, by index among the call's words), else at
   * `fallback`. `stdin`: the process's standard input is a pipe (see {@link nodeArgv}).
   */
  function commandRuns(callee: number, commands: readonly NodeCommand[], ats: readonly number[], fallback: number, stdin: boolean): void {
    const outer = childCwd;
    for (const command of commands) {
      childCwd = joinCwd(outer, command.cwd);
      // `dotenv -e .env.job -- node x.js`: the NODE_OPTIONS of the files a loader prefix reads preload modules too.
      for (const env of command.envFiles ?? []) {
        if (env.value !== null) cwdImport(env.value, fallback, callee, env);
        else unresolvable.push({ kind: 'worker', expression: `${callText(callee)} (a computed env file)`, ...at(fallback) });
      }
      nodeRuns(callee, command.options, [], fallback, true);
      nodeRuns(callee, command.args, command.at === undefined ? [] : ats.slice(command.at), fallback, false, command.runner, stdin && command.node === true);
    }
    childCwd = outer;
  }
  /**
   * What Node (or the other runner `runner`) loads from its argument words (`ats`: each word's token; missing, all are
   * at `fallback`): the script and `-r` / `--import` modules are edges (a path from the working directory; a preload
   * named bare is a package), code from a string (`-e`) or a computed word where a module may stand is `dynamic_import`.
   */
  function nodeRuns(callee: number, words: readonly (string | undefined)[], ats: readonly number[], fallback: number, flagsOnly: boolean, runner?: string, stdin = false): void {
    if (runner === undefined && !flagsOnly) envFiles(callee, words, ats, fallback);
    else if (runner !== undefined) envFiles(callee, words, ats, fallback, true);
    for (const run of runner !== undefined ? runnerArgv(words, runner) : nodeArgv(words, flagsOnly, stdin)) {
      if (run.role === 'line') continue; // read as a command of its own
      const k = ats[run.at] ?? fallback;
      const value = run.value;
      const outer = childCwd;
      childCwd = joinCwd(outer, run.cwd);
      if (value !== undefined && (run.role === 'script' || /^\.{0,2}[\\/]/.test(value))) cwdImport(value, k, callee);
      else if (value !== undefined) imports.push({ kind: 'require', specifier: value, ...at(k) });
      else unresolvable.push({ kind: run.role === 'code' ? 'require' : 'worker', expression: callText(callee), ...at(k) });
      childCwd = outer;
    }
  }
  /**
   * `node --env-file=.env x.js` (`--env-file-if-exists`, also in a child's `execArgv`): Node takes NODE_OPTIONS from the
   * file, so it is an `env_file` import the gate reads (from the child's working directory); a computed path may name any.
   */
  function envFiles(callee: number, words: readonly (string | undefined)[], ats: readonly number[], fallback: number, runner = false): void {
    for (const env of runner ? runnerEnvFiles(words) : nodeEnvFiles(words)) {
      const k = ats[env.at] ?? fallback;
      if (env.value !== undefined) cwdImport(env.value, k, callee, env);
      else unresolvable.push({ kind: 'worker', expression: `${callText(callee)} (a computed --env-file)`, ...at(k) });
    }
  }
  /**
   * `(` at `open` of `process.loadEnvFile(path?)` (`node`) or dotenv's `config(options?)`: the env files loaded into this
   * process's environment, read as Node's `--env-file` (from the working directory): the modules their NODE_OPTIONS
   * preload are loaded by every Node this process starts. With no path, `.env` (nothing when absent); a path the code
   * computes may name any file.
   */
  function envFileLoaded(callee: number, open: number, node: boolean): void {
    const close = matching(open);
    const first = argumentsOf(open)[0];
    const computed = () => unresolvable.push({ kind: 'worker', expression: `${callText(callee)} (an env file the code computes)`, ...at(callee) });
    const path = first === undefined || first === close ? -1 : node ? first : isP(first, 123) ? propertyValue(first, 'path') : -2;
    if (path === -2) return void computed();
    if (path < 0) return cwdImport('.env', callee, callee, { optional: true });
    const paths = isP(path, 91) ? argumentsOf(path).filter((q) => q !== matching(path)) : [path];
    for (const q of paths) {
      const value = literal(q);
      if (value !== undefined && (isP(q + 1, 44) || isP(q + 1, 41) || isP(q + 1, 93) || isP(q + 1, 125))) cwdImport(value, q, callee, { optional: false });
      else computed();
    }
  }
  /**
   * `(` at `open` of node:module's `register(specifier, parentURL | { parentURL })`: Node loads the hooks module it
   * names. A bare specifier is a package; a relative one is resolved against `import.meta.url` (the file) or
   * `pathToFileURL('./')` (the working directory); against any other parent, or computed, it may be any module.
   * Returns the last token read.
   */
  function registerCall(callee: number, open: number): number {
    const args = argumentsOf(open);
    const close = matching(open);
    const first = args[0];
    const value = first === undefined ? undefined : literal(first);
    if (first === undefined || value === undefined || !(isP(first + 1, 44) || first + 1 === close)) {
      unresolvable.push({ kind: 'dynamic_import', expression: callText(callee), ...at(callee) });
      return callee;
    }
    const parentArg = args[1];
    const parentAt = parentArg !== undefined && isP(parentArg, 123) ? propertyValue(parentArg, 'parentURL') : parentArg ?? -1;
    if (!isRelativeSpecifier(value) || parentAt < 0 || importMeta(parentAt) === 'url') addImport('dynamic_import', first);
    else if (cwdUrl(parentAt, close)) cwdImport(value, first, callee);
    else unresolvable.push({ kind: 'dynamic_import', expression: callText(callee), ...at(callee) });
    return first;
  }
  /**
   * The second argument of a test framework's module mock at `k`: `{ spy: true }` (an automock) or a factory that takes
   * the original (`async (importOriginal) => …`) loads the real module; a factory without parameters does not.
   */
  function mockLoadsOriginal(k: number): boolean {
    const q = isId(k, 'async') ? k + 1 : k;
    if (isP(q, 123)) return true;
    if (kind(q) === K.Ident && !isId(q, 'function')) return isP(q + 1, P_ARROW);
    const open = isId(q, 'function') ? (isP(q + 1, 40) ? q + 1 : q + 2) : q;
    return isP(open, 40) && !isP(open + 1, 41);
  }
  /** `pathToFileURL('./')` (or of `process.cwd()`; `url.pathToFileURL(…)`, `require('url').pathToFileURL(…)`) at `k`, before `end`: the working directory as a URL. */
  function cwdUrl(k: number, end: number): boolean {
    let fn = -1;
    for (let q = k; q < end && q < k + 12 && fn < 0; q++) if (isId(q, 'pathToFileURL') && isP(q + 1, 40)) fn = q;
    if (fn < 0) return false;
    const arg = literal(fn + 2);
    if (arg !== undefined) return (arg === './' || arg === '.' || arg === '') && isP(fn + 3, 41);
    return isId(fn + 2, 'process') && isId(fn + 4, 'cwd') && isP(fn + 5, 40) && isP(fn + 6, 41) && (isP(fn + 7, 41) || (isP(fn + 7, 43) && literal(fn + 8) === '/' && isP(fn + 9, 41)));
  }
  /**
   * A command Bun or Deno starts: its words in the array at `list` (the program first), or the program at `program` and
   * its arguments in `list` (-1: none; not an array: computed). The running binary (`process.execPath`, `Deno.execPath()`)
   * is `self`; a program the code computes is not known to run modules (as for spawn). `options`: the object with `cwd`
   * and `env`.
   */
  function runtimeCommand(callee: number, list: number, program: number, options: number, self: string): void {
    const fromList = program < 0;
    const { words, ats } = list < 0 ? { words: [], ats: [] } : isP(list, 91) ? arrayWords(list, true) : { words: [undefined], ats: [list] };
    const head = fromList ? ats[0] : program;
    const binary = head !== undefined && (nodeBinaryAt(head) || (isId(head, 'Deno') && isId(head + 2, 'execPath') && isP(head + 3, 40)));
    const name = binary ? self : head === undefined ? undefined : literal(head);
    if (name === undefined) return;
    const rest = fromList ? words.slice(1) : words;
    const restAts = fromList ? ats.slice(1) : ats;
    childCwd = options >= 0 ? cwdOption(options) : undefined;
    if (options >= 0) nodeOptions(callee, options);
    commandRuns(callee, commandNodeRuns([name, ...rest]), [head as number, ...restAts], list >= 0 ? list : (head as number), false);
    childCwd = undefined;
  }
  /** The call at `callee` as written (shortened): what a finding names. */
  const callText = (callee: number): string => (isP(callee + 1, 40) ? `${ident(callee) as string}(${expressionText(callee + 2, matching(callee + 1))})` : expressionText(callee, expressionEnd(callee)));
  /** Node's options in the options object at `open` of a child_process call or cluster's settings: `execArgv`, `env.NODE_OPTIONS`. */
  function nodeOptions(callee: number, open: number): void {
    const argv = propertyValue(open, 'execArgv');
    if (argv >= 0 && !(isId(argv, 'process') && isP(argv + 1, 46) && isId(argv + 2, 'execArgv'))) {
      const { words, ats } = isP(argv, 91) ? arrayWords(argv) : { words: [undefined], ats: [argv] };
      nodeRuns(callee, words, ats, argv, true);
      envFiles(callee, words, ats, argv); // `fork(p, { execArgv: ['--env-file=.env'] })` starts Node with them
    }
    const envAt = propertyValue(open, 'env');
    const env = envAt >= 0 && isP(envAt, 123) ? envAt : declaredObject(envAt);
    const options = env >= 0 ? propertyValue(env, 'NODE_OPTIONS') : -1;
    if (options < 0 || (isId(options, 'process') && isId(options + 2, 'env') && isId(options + 4, 'NODE_OPTIONS'))) return;
    if (optionsRead.has(options)) return;
    optionsRead.add(options);
    const line = commandText(options);
    nodeRuns(callee, line === undefined ? [undefined] : splitOptions(line), [], options, true);
  }
  /**
   * The object literal a bare name at `k` holds when a top-level `const`/`let`/`var` before it initialized it with one
   * (`const env = { ...process.env, NODE_OPTIONS: '…' }; spawn('npm', ['start'], { env })`), else -1.
   */
  function declaredObject(k: number): number {
    if (k < 0 || kind(k) !== K.Ident || !(isP(k + 1, 44) || isP(k + 1, 125) || isP(k + 1, 41) || isP(k + 1, 93))) return -1;
    const ranges = localAliases.get(ident(k) as string) ?? [];
    for (let r = ranges.length - 1; r >= 0; r--) {
      const from = (ranges[r] as [number, number])[0];
      if (from < k) return isP(from, 123) ? from : -1;
    }
    return -1;
  }
  /**
   * `(` at `open` of a child_process function `runner`: `fork` runs its module; the others run a program, and when that
   * is Node (`'node'`, `process.execPath`, a shell line starting with `node`) its arguments name what it loads. A
   * program the scanner cannot name (`spawn(cmd, …)`) is not known to be Node: no edge. Returns the last token read.
   */
  /** The options object of a call's arguments: an object literal after the first, or a name a top-level declaration binds to one (`spawn('npm', ['start'], opts)`). */
  function optionsObject(args: readonly number[]): number | undefined {
    for (const a of args.slice(1)) {
      if (isP(a, 123)) return a;
      const declared = declaredObject(a);
      if (declared >= 0) return declared;
    }
    return undefined;
  }
  function childProcessCall(callee: number, open: number, runner: string): number {
    return childProcessArgs(callee, argumentsOf(open), open + 1, runner) ?? open;
  }
  /**
   * A child_process function `runner` called with the arguments that start at `args` (`none`: the token where an empty
   * list ends; an argument list the code computes, `.apply(t, args)`, is its one token, read as `runner(...args)`).
   * Returns the token of a literal module path `fork` read, else undefined.
   */
  function childProcessArgs(callee: number, args: readonly number[], none: number, runner: string): number | undefined {
    const options = optionsObject(args);
    childCwd = options === undefined ? undefined : cwdOption(options);
    const last = childProcessRun(callee, runner, args, none);
    childCwd = undefined;
    return last;
  }
  function childProcessRun(callee: number, runner: string, args: readonly number[], none: number): number | undefined {
    for (const a of args.slice(1)) if (isP(a, 123) || declaredObject(a) >= 0) nodeOptions(callee, isP(a, 123) ? a : declaredObject(a));
    if (runner === 'fork') return runsPathArg(callee, args[0] ?? none, true);
    const first = args[0];
    if (first === undefined) return undefined;
    const program = literal(first);
    const options = optionsObject(args);
    const stdin = options === undefined || stdinPiped(options);
    // A shell line (`exec`, or a program with spaces, run with `shell: true`).
    // A program with spaces is a shell line unless it is a path to Node or a runner (`C:\\Program Files\\nodejs\\node.exe`).
    const line = program !== undefined && /\s/.test(program.trim()) && !isNodeProgram(program) && !isModuleRunner(program);
    if (SHELL_RUNNERS.has(runner) || line) {
      shellCommand(callee, first, stdin);
      return undefined;
    }
    const list = args[1];
    // No list: a REPL (or the program alone).
    const { words, ats } = list === undefined || isP(list, 123) ? { words: [], ats: [] } : isP(list, 91) ? arrayWords(list, true) : { words: [undefined], ats: [list] };
    // `['./a.js'].concat(rest)`: words the code computes follow the literal ones.
    if (list !== undefined && isP(list, 91) && !isP(matching(list) + 1, 44) && !isP(matching(list) + 1, 41) && !isP(matching(list) + 1, 93)) {
      words.push(undefined);
      ats.push(list);
    }
    if (program !== undefined) commandRuns(callee, commandNodeRuns([program, ...words]), [first, ...ats], list ?? first, stdin);
    else if (nodeBinaryAt(first)) nodeRuns(callee, words.map((w) => (w?.includes(COMPUTED) === true ? undefined : w)), ats, list ?? first, false, undefined, stdin);
    return undefined;
  }
  /**
   * The first token of the expression whose last token is the identifier (or the `]` of a literal member) `k`: the
   * object a member chain starts from (`cp` of `cp.fork`, `require` of `require('child_process').fork`,
   * `process` of `process.getBuiltinModule('…').fork`, the `(` of `(await import('…')).fork`), 8 hops deep.
   */
  function chainStart(k: number): number {
    let s = isP(k, 93) ? (partner[k] as number) : k;
    if (s < 0) return k;
    if (isP(s, 91)) {
      // `cp['fork']`: the object before the `[`.
      if (kind(s - 1) === K.Ident) s = s - 1;
      else if (isP(s - 1, 41) && (partner[s - 1] as number) >= 0) s = partner[s - 1] as number;
      else if (!isP(s - 1, 93)) return s; // `a['b']['c']`: walked on below
      if (isP(s, 40) && kind(s - 1) === K.Ident) s--;
    }
    for (let hops = 0; hops < 8; hops++) {
      // `a.b`, `a?.b`, and `a['b']['c']` / `f()['c']` (a member written as a literal key after another).
      let q = isP(s - 1, 46) || isP(s - 1, P_OPTCHAIN) ? s - 2 : isP(s, 91) && (isP(s - 1, 93) || isP(s - 1, 41) || isP(s - 1, 33)) ? s - 1 : -1;
      if (q < 0) return s;
      if (isP(q, 33)) q--; // `process.mainModule!.require`
      if (kind(q) === K.Ident) s = q;
      else if ((isP(q, 41) || isP(q, 93)) && (partner[q] as number) >= 0) {
        s = partner[q] as number;
        if ((isP(s, 40) || isP(s, 91)) && kind(s - 1) === K.Ident) s--; // a call's callee, an object's computed member
      } else return s;
    }
    return s;
  }
  /**
   * The token after the expression `start`..`last` and the groups whose value it is: `(x)`, `(0, x)`, `(x as T)`,
   * `(x satisfies T)`, `x!`, 8 deep. -1 when a parenthesis around it is a call's (`f(x)`: x is an argument).
   */
  function pastGroups(start: number, last: number): number {
    let s = start;
    let e = last + 1;
    for (let hops = 0; hops < 8; hops++) {
      if (isP(e, 33) && !isP(e + 1, 61)) e++; // `cp.fork!`
      const group = parent[s] as number;
      if ((isId(e, 'as') || isId(e, 'satisfies')) && group >= 0 && isP(group, 40)) e = matching(group); // `(cp.fork as F)`
      if (!isP(e, 41)) return e;
      const open = partner[e] as number;
      // `(cp.fork)`, `(0, cp.fork)`: the reference is the group's value; `f(cp.fork)` hands it to f (an argument, not a callee).
      if (open < 0 || !(s - 1 === open || (isP(s - 1, 44) && parent[s - 1] === open))) return -1;
      const before = open - 1;
      if (isP(before, 41) || isP(before, 93) || (kind(before) === K.Ident && !GROUP_BEFORE.has(ident(before) as string))) return -1;
      s = open;
      e++;
    }
    return e;
  }
  /**
   * The object of the property at `k` when it is a name (`globalThis` of `globalThis.require`), also one a group holds
   * (`(globalThis).require`, `(0, module).require`, `(self as any).eval`): its token, or -1.
   */
  function hostOf(k: number): number {
    const close = isP(k - 2, 33) ? assertedOperand(k - 2) : k - 2; // `process.mainModule!.require`
    if (kind(close) === K.Ident) return close;
    if (!isP(close, 41)) return -1;
    let o = partner[close] as number;
    for (let hops = 0; hops < 8 && o >= 0; hops++) {
      const end = matching(o);
      let v = o + 1;
      for (let q = o + 1; q < end; q++) {
        if (isP(q, 44) && parent[q] === o) v = q + 1;
        else if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
      }
      if (isP(v, 40)) o = v;
      else return kind(v) === K.Ident && pastGroups(v, v) === k - 1 ? v : -1;
    }
    return -1;
  }
  /** The `[` of a computed member of the object named at `k` (`host[key]`, `host?.[key]`, `(host)[key]`, `(0, host)[key]`), or -1. */
  function memberBracket(k: number): number {
    const e = isP(k + 1, 91) ? k + 1 : pastGroups(k, k);
    return isP(e, 91) ? e : isP(e, P_OPTCHAIN) && isP(e + 1, 91) ? e + 1 : -1;
  }
  /**
   * How the runner whose reference spans `start`..`last` (`fork`, `cp.fork`, `cp['fork']`) is called right after it,
   * past wrapping parentheses, a comma expression and TypeScript's `!` / `as T` (`(cp.fork)`, `(0, cp.fork)`,
   * `(cp.fork as F)`): directly (`(…)`, `?.(…)`), or through Function.prototype — `.call(thisArg, …)` (the
   * arguments after the first), `.apply(thisArg, [...])` (the array's elements; an array the code computes is `spread`,
   * read as `runner(...args)`), `.bind(thisArg, …)` (the bound arguments, then those of a call right after it). A
   * `.bind` not called where it stands is `bound` (the bound arguments alone). undefined: not called there.
   */
  function runnerCallAt(start: number, last: number): RunnerCall | undefined {
    const e = pastGroups(start, last);
    if (e < 0) return undefined;
    const direct = callOpenAt(e);
    if (direct >= 0) return { args: argumentsOf(direct), none: direct + 1 };
    // `.call`, `?.call`, `['call']`, `?.['call']`, and the member in a group of its own: `(cp.fork.call)(…)`.
    const dot = isP(e, 46) || isP(e, P_OPTCHAIN) ? e : -1;
    const bracket = isP(e, 91) ? e : dot >= 0 && isP(e + 1, 91) ? e + 1 : -1;
    const memberAt = bracket >= 0 ? bracket + 1 : dot >= 0 ? dot + 1 : -1;
    const member = bracket >= 0 ? (isP(bracket + 2, 93) ? literal(bracket + 1) : undefined) : ident(memberAt);
    if (member !== 'call' && member !== 'apply' && member !== 'bind') return undefined;
    const after = pastGroups(start, bracket >= 0 ? bracket + 2 : memberAt);
    const open = after < 0 ? -1 : callOpenAt(after);
    if (open < 0) return undefined;
    const all = argumentsOf(open);
    const close = matching(open);
    if (member === 'call') return { args: all.slice(1), none: close };
    if (member === 'apply') return appliedList(all[1], close);
    const later = callOpenAt(close + 1);
    if (later >= 0) return { args: [...all.slice(1), ...argumentsOf(later)], none: later + 1 };
    return { args: all.slice(1), none: close, bound: open };
  }
  /** The arguments `.apply(thisArg, list)` / `Reflect.apply(f, thisArg, list)` passes: an array literal's elements, else the list as a spread. */
  function appliedList(list: number | undefined, close: number): RunnerCall {
    if (list === undefined || list === close) return { args: [], none: close };
    if (isP(list, 91) && (isP(matching(list) + 1, 41) || isP(matching(list) + 1, 44))) {
      const end = matching(list);
      return { args: argumentsOf(list).filter((q) => q !== end), none: end };
    }
    return { args: [list], none: list, spread: true };
  }
  /**
   * A child_process runner at `last` (its reference from `start`) called through one of the forms of {@link runnerCallAt}:
   * its arguments read as a direct call's. A `.bind(thisArg)` that binds no argument and is not called where it stands
   * names the runner: `const run = cp.fork.bind(cp)` binds `run` as `const run = fork` does; handed anywhere else
   * (`setTimeout(cp.fork.bind(null), …)`), what it runs cannot be read. Returns whether the form was one.
   */
  function runnerCalled(start: number, last: number, runner: string): boolean {
    const c = runnerCallAt(start, last);
    if (c === undefined) return false;
    if (c.bound !== undefined && c.args.length === 0) {
      const eq = start - 1;
      const end = matching(c.bound) + 1;
      if (isP(eq, 61) && kind(eq - 1) === K.Ident && !isProperty(eq - 1) && (isP(end, 59) || isP(end, 44) || end >= count || (tok.line[end] as number) > (tok.line[end - 1] as number))) bindings.set(ident(eq - 1) as string, { specifier: 'node:child_process', imported: runner });
      else unresolvable.push({ kind: 'worker', expression: `${expressionText(start, matching(c.bound) + 1)}: the runner handed on`, ...at(last) });
      return true;
    }
    if (c.spread === true) unresolvable.push({ kind: 'worker', expression: `${ident(last) ?? runner} applied to ${expressionText(c.none, expressionEnd(c.none, true))}`, ...at(last) });
    else childProcessArgs(last, c.args, c.none, runner);
    return true;
  }
  /**
   * `apply` / `call` at `k` calling a child_process runner handed as its target: `Reflect.apply(cp.fork, thisArg, list)`,
   * and Function.prototype's own methods called on it — `Function.prototype.call.call(cp.fork, thisArg, …)`,
   * `f.apply.call(cp.fork, thisArg, list)`, `f.call.apply(cp.fork, [thisArg, …])` — the target written as a reference
   * (`cp.fork`, `fork`, `cp['fork']`, `(0, cp.fork)`). Its arguments are read as a direct call's. Returns whether it was one.
   */
  function indirectRunnerCall(k: number): boolean {
    const open = callOpenAt(k + 1);
    if (open < 0) return false;
    const outer = ident(k) as string;
    const reflect = outer === 'apply' && isId(k - 2, 'Reflect') && !isProperty(k - 2);
    const inner = !reflect && isProperty(k - 2) ? ident(k - 2) : undefined;
    if (!reflect && inner !== 'call' && inner !== 'apply') return false;
    const all = argumentsOf(open);
    const close = matching(open);
    const target = all[0];
    const comma = (all[1] ?? close + 1) - 1;
    if (target === undefined || !isP(comma, 44)) return false;
    let last = comma - 1;
    for (let hops = 0; hops < 8 && (isP(last, 41) || isP(last, 33)) && last > target; hops++) last--; // `(0, cp.fork)`, `cp.fork!`
    const name = kind(last) === K.Ident ? (ident(last) as string) : isP(last, 93) && kind(last - 1) === K.String && isP(last - 2, 91) ? literal(last - 1) : undefined;
    if (name === undefined) return false;
    const start = chainStart(last);
    if (start < target || pastGroups(start, last) !== comma) return false;
    const runner = kind(last) === K.Ident ? builtinExport(last, name, isProperty(last), CHILD_PROCESS_BUILTINS, CHILD_PROCESS_RUNNERS) : CHILD_PROCESS_RUNNERS.has(name) && builtinMember(last - 1, name, true, CHILD_PROCESS_BUILTINS) ? name : undefined;
    if (runner === undefined) return false;
    let c: RunnerCall;
    if (reflect || (inner === 'apply' && outer === 'call')) c = appliedList(all[2], close);
    else if (inner === 'call' && outer === 'call') c = { args: all.slice(2), none: close };
    else if (inner === 'call' && isP(all[1] ?? -1, 91) && (isP(matching(all[1] as number) + 1, 41) || isP(matching(all[1] as number) + 1, 44))) {
      const list = appliedList(all[1], close);
      c = { args: list.args.slice(1), none: list.none };
    } else c = { args: all[1] === undefined ? [] : [all[1]], none: close, spread: true };
    runnerTargets.add(last);
    if (c.spread === true) unresolvable.push({ kind: 'worker', expression: `${expressionText(chainStart(k), close + 1)}: ${runner} applied to arguments the code computes`, ...at(k) });
    else childProcessArgs(last, c.args, c.none, runner);
    return true;
  }
  /**
   * A child_process runner (`cp.fork`, an imported `spawn`) or the module object (`cp`) at `p` that is not called where
   * it stands (those forms were read above): handed on as a value (`[cp.fork][0](…)`, `{ f: cp.fork }`, `run(cp.fork)`,
   * `o.f = fork`, `export default cp`), it runs what the code it reaches gives it, which the scanner cannot follow. Not
   * a value: a declaration that binds it to a name whose calls are read (`const f = cp.fork`, `const { fork } = cp`,
   * `const run = promisify(cp.exec)`), a parameter or key of that name, `typeof`, an assignment to it, a member read
   * (`cp.fork.name`; the module's other members), and anything in a test file (spies and assertions).
   */
  /**
   * `Reflect.construct(Worker, ['./x.js'], …)` at `k`: a worker constructor (web or worker_threads', under any name it is
   * bound to) built with the list's elements, read as `new Worker('./x.js')`; a list the code computes may name any
   * script. Returns whether it was one.
   */
  function reflectConstructsWorker(k: number): boolean {
    const [target, list] = argumentsOf(k + 1);
    if (target === undefined || kind(target) !== K.Ident || !(isP(target + 1, 44))) return false;
    const b = bindings.get(ident(target) as string);
    const threads = b !== undefined && WORKER_THREADS_BUILTINS.has(b.specifier) && b.imported === 'Worker';
    if (!threads && !(b === undefined && WORKERS.has(ident(target) as string))) return false;
    const first = list !== undefined && isP(list, 91) ? list + 1 : -1;
    if (first >= 0 && literal(first) !== undefined && (isP(first + 1, 93) || isP(first + 1, 44))) imports.push({ kind: 'worker', specifier: literal(first) as string, ...at(first), ...(threads ? { cwd: true as const } : {}) });
    else unresolvable.push({ kind: 'worker', expression: `Reflect.construct(${expressionText(target, matching(k + 1))})`, ...at(k) });
    return true;
  }
  /**
   * `g.require('…')` of a value the global object reaches only through the file's own code (a caught `g`, a parameter
   * it is handed to, `B.g` of an inherited static): read as `globalThis.require('…')` is. The global object's own names
   * and their aliases were read where they stand.
   */
  function flowRequires(ends: Map<number, number>, named: boolean): void {
    let read: Set<string> | undefined;
    let withScopes: boolean | undefined;
    const key = (x: { kind: string; line: number; column: number }) => `${x.kind}:${x.line}:${x.column}`;
    /** Runs a loader's reading, keeping only what no reading before found (a chain read by its members' names stays once). */
    const once = (read1: () => void) => {
      read ??= new Set([...imports, ...unresolvable].map(key));
      const [i, u] = [imports.length, unresolvable.length];
      read1();
      for (const [list, from] of [[imports, i], [unresolvable, u]] as const) {
        const added = list.splice(from).filter((x) => !read?.has(key(x)));
        (list as (TsImport | TsUnresolvable)[]).push(...added);
        for (const x of added) read.add(key(x));
      }
    };
    for (const [last, first] of ends) {
      const word = last === first && kind(last) === K.Ident ? (ident(last) as string) : undefined;
      if (word !== undefined && (REQUIRE_HOSTS.has(word) || globalAliases.has(word) || hostAliases.has(word))) continue;
      // Another window's bare name (`top.require`) is the global object's as `window.top` is, except where a `with`
      // scope may make it a member of another object (`with (module) { parent.require(…) }`: the scope is refused).
      if (word !== undefined && WINDOW_MEMBERS.has(word) && (withScopes ??= hasWithStatement())) continue;
      const weak = flowWeak?.has(last) ?? false;
      const dot = isP(last + 1, 46) || isP(last + 1, P_OPTCHAIN);
      if (named && dot && isId(last + 2, 'require')) { once(() => hostedRequire(last + 2, last + 3, first)); continue; }
      // What a call the scan does not read returns may hold the global object too (`box(globalThis).g.require(…)`):
      // its loader by name down the member chain (not followed as a holder: a bundle's many `f(window)` would fan out).
      if (named && weak && dot) {
        let q = last;
        for (let n = 0; n < 8 && q + 2 < count; n++) {
          const d = isP(q + 1, P_OPTCHAIN) && isP(q + 2, 91) ? q + 2 : q + 1;
          if (isP(d, 91) || isP(d, 40)) q = matching(d);
          else if ((isP(d, 46) || isP(d, P_OPTCHAIN)) && kind(d + 1) === K.Ident) {
            if (isId(d + 1, 'require') && q !== last) { const m = d + 1; once(() => hostedRequire(m, m + 1, first)); break; }
            q = d + 1;
          } else break;
        }
      }
      // `g['require'](…)`, `g['req' + 'uire'](…)`: the loader by its key; `g[key](…)` may call it (not of a value that only may be the global object).
      const bracket = isP(last + 1, 91) ? last + 1 : isP(last + 1, P_OPTCHAIN) && isP(last + 2, 91) ? last + 2 : -1;
      if (bracket >= 0) {
        const close = matching(bracket);
        const loaderKey = joinedLiterals(bracket + 1, close) ?? (close === bracket + 2 ? constantKey(bracket + 1) : undefined);
        const text1 = `${expressionText(first, last + 1)}[${expressionText(bracket + 1, close)}]`;
        if (loaderKey === 'require') {
          const open = callOpenAt(close + 1);
          once(() => { if (open >= 0) call(bracket + 1, open, 'require', 'require'); else if (!assigns(close + 1)) unresolvable.push({ kind: 'require', expression: `${text1} used as a value`, ...at(bracket + 1) }); });
        } else if (loaderKey === undefined && !weak && computedLoader(bracket, '') && kind(bracket + 1) !== K.Number && !symbolKey(bracket + 1, close) && !(close === bracket + 2 && (parameterKeys(bracket + 1, 0) || counterKey(bracket + 1)))) {
          // Once a line: the global object handed on may have refused this call already (judgeGlobalEscapes).
          hostWorkers.push({ kind: 'require', expression: `${text1}(…), a computed member of the global object, which may be the loader`, ...at(first) });
        }
        continue;
      }
      // `Reflect.get(g, 'require')`, `Object.getOwnPropertyDescriptor(g, key)`: the loader taken by its key.
      if (isP(last + 1, 44) && isP(first - 1, 40) && isP(first - 3, 46) && kind(first - 4) === K.Ident && argumentsOf(first - 1)[0] === first) {
        const reader = ident(first - 2);
        const owner = ident(first - 4);
        if (!((reader === 'get' && owner === 'Reflect') || (reader === 'getOwnPropertyDescriptor' && (owner === 'Reflect' || owner === 'Object')))) continue;
        const close = matching(first - 1);
        let end = last + 2;
        while (end < close && !(isP(end, 44) && parent[end] === first - 1)) end = isP(end, 40) || isP(end, 91) || isP(end, 123) ? matching(end) + 1 : end + 1;
        const k1 = joinedLiterals(last + 2, end);
        // A computed key is refused as a read of a worker host already (workerHostRead).
        if (k1 === 'require') hostWorkers.push({ kind: 'require', expression: `${expressionText(first - 4, close + 1)}, which may be the loader`, ...at(first - 4) });
      }
    }
  }
  /** Whether the file has a `with (…)` statement. */
  function hasWithStatement(): boolean {
    for (let k = 0; k + 1 < count; k++) if (isId(k, 'with') && isP(k + 1, 40) && !isProperty(k)) return true;
    return false;
  }
  /** `globalThis` / `global` / `window` / `self` at `q` naming the global object (no local of that name), or a name bound to it. */
  function globalHost(q: number): boolean {
    const word = ident(q);
    return word !== undefined && !isProperty(q) && ((GLOBAL_HOSTS.has(word) && !(localHosts.has(word) && hostShadowed(word, q))) || hostAliases.has(word));
  }
  /**
   * The name at `k` is read as a value and declared nowhere around it (no import, top-level or module `var`, local of a
   * scope around it): the global object's member of that name (`top`, `parent` of a window).
   */
  function bareGlobal(word: string, k: number): boolean {
    if (topLevelNames.has(word) || bindings.has(word) || localHosts.has(word)) return false;
    if (isP(k + 1, 58) && ((tok.flags[k + 1] as number) & F_TERNARY) === 0) return false; // a key, a label, an annotated name
    if (memberName(k) || isP(k - 1, 46) || isP(k - 1, P_OPTCHAIN)) return false;
    if (flowScope(word, k) !== -1) return false;
    return !(allRanges ??= collectRanges()).moduleVars.has(word);
  }
  let innerLocals: Map<string, Uint8Array> | undefined;
  /** A maybeHosts name declared again in a scope around `q` (`function f(b) { b[i] }` under a top-level `b`): the local. */
  function innerLocal(word: string, q: number): boolean {
    if (!hostScopesReady) return true;
    if (innerLocals === undefined) {
      innerLocals = new Map();
      const declared = new Set<string>([...topLevelNames, ...bindings.keys()].filter((n) => !maybeHosts.has(n)));
      const scopes = localScopes(declared);
      const words = [...maybeHosts];
      for (const w of words) innerLocals.set(w, new Uint8Array(count));
      for (let k = 0; k < count; k++) {
        scopes.advance(k);
        for (const w of words) if (scopes.local(w)) (innerLocals.get(w) as Uint8Array)[k] = 1;
      }
    }
    return innerLocals.get(word)?.[q] === 1;
  }
  /** Once the module is parsed, localHosts' names are judged where they are declared (see hostShadowed). */
  let hostScopesReady = false;
  let hostShadows: Map<string, Uint8Array> | undefined;
  /**
   * A host's name (`self`, `globalThis`) is bound where `q` stands: by the module (`const self = this` at its top), or
   * by a scope around `q` (`function f() { const self = this; }`, `case 1: let globalThis = o;`). Elsewhere the name
   * is the global object's; before the module is parsed any declaration counts everywhere.
   */
  function hostShadowed(word: string, q: number): boolean {
    if (!hostScopesReady || topLevelNames.has(word) || bindings.has(word)) return true;
    if (hostShadows === undefined) {
      hostShadows = new Map();
      const declared = new Set<string>([...topLevelNames, ...bindings.keys()]);
      const scopes = localScopes(declared);
      const words = [...localHosts].filter((w) => !declared.has(w));
      for (const w of words) hostShadows.set(w, new Uint8Array(count));
      for (let k = 0; k < count; k++) {
        scopes.advance(k);
        for (const w of words) if (scopes.local(w)) (hostShadows.get(w) as Uint8Array)[k] = 1;
      }
      for (const w of localHosts) if (declared.has(w)) hostShadows.set(w, new Uint8Array(count).fill(1));
    }
    const marks = hostShadows.get(word);
    return marks === undefined || marks[q] === 1;
  }
  /** `word` names worker_threads' Worker (`import { Worker as W }`, `const { Worker: W } = require(…)`, `const W = wt.Worker`). */
  function threadsWorker(word: string): boolean {
    const b = bindings.get(word);
    return b !== undefined && WORKER_THREADS_BUILTINS.has(b.specifier) && b.imported === 'Worker';
  }
  /**
   * Every mention of a worker constructor as a value (`Worker`, `SharedWorker`, a name bound to worker_threads' Worker,
   * `globalThis.Worker`, `wt.Worker`, `wt['Worker']`) that is not a form read where it stands: handed on
   * (`[Worker].map((C) => new C(x))`, `const W = self.Worker`, `new (wt.Worker)(x)`, `class S extends Worker`), it
   * runs a script the scanner does not see.
   */
  function workerValues(): void {
    flowEnds = globalFlow();
    // Only names as long as `Worker` / `SharedWorker` (or escaped) are read, unless a name is bound to worker_threads' Worker.
    let aliases = false;
    for (const b of bindings.values()) if ((b.imported === 'Worker' || b.imported === '*' || b.imported === 'default') && WORKER_THREADS_BUILTINS.has(b.specifier)) aliases = true;
    for (let k = 0; k < count; k++) {
      const kd = kind(k);
      const length = (tok.end[k] as number) - (tok.start[k] as number);
      if (kd === K.Ident) {
        if (!aliases && length !== 6 && length !== 12 && ((tok.flags[k] as number) & F_ESCAPED) === 0) continue;
        const word = ident(k) as string;
        if (WORKERS.has(word) && isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && destructuresHost(parent[k] as number, true)) {
          // `const { Worker: W } = globalThis`: a name bound to it that the `new` walk does not read.
          if (!isId(k + 2, word) || !(isP(k + 3, 44) || isP(k + 3, 125) || isP(k + 3, 61))) workerHandedOn(k, k + 2, 'a worker constructor', hostWorkers);
        } else if (isProperty(k)) {
          if (WORKERS.has(word) && (globalHost(k - 2) || builtinMember(k, word, true, WORKER_THREADS_BUILTINS))) workerMention(chainStart(k), k, kind(k - 2) === K.Ident && chainStart(k) === k - 2);
          // `o.Worker` of a name the global object reaches (flowEnds): the `new` walk reads only the global object's names.
          else if (WORKERS.has(word) && flowEnds !== undefined && flowEnds.has(k - 2)) workerMention(flowEnds.get(k - 2) as number, k, false);
        } else if (threadsWorker(word) || (WORKERS.has(word) && !bindings.has(word))) workerMention(k, k, true);
        else if (threadsModule(word, ['*', 'default'])) threadsHandedOn(k);
      } else if ((kd === K.String || kd === K.Template) && length >= 8 && isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && WORKERS.has(literal(k) as string) && destructuresHost(parent[k] as number, true)) {
        workerHandedOn(k, k + 2, 'a worker constructor', hostWorkers); // `const { 'Worker': W } = self`
      } else if ((kd === K.String || kd === K.Template) && length >= 8 && isP(k - 1, 91) && isP(k + 1, 93) && WORKERS.has(literal(k) as string) && kind(k - 2) === K.Ident && !isProperty(k - 2)) {
        const threads = builtinMember(k, literal(k) as string, true, WORKER_THREADS_BUILTINS);
        if (threads || globalHost(k - 2)) workerMention(k - 2, k + 1, threads);
      } else if (kd === K.Punct) {
        const c = tok.pv[k] as number;
        if (c === 91 && (workerHost(isP(k - 1, P_OPTCHAIN) ? k - 2 : k - 1) || ((isP(k - 1, 123) || isP(k - 1, 44)) && isP(matching(k) + 1, 58) && destructuresHost(parent[k] as number)))) computedWorkerKey(k);
        else if (c === 40 && isP(k - 2, 46) && kind(k + 1) === K.Ident && (isP(k + 2, 44) || isP(k + 2, 41)) && workerHost(k + 1)) workerHostRead(k);
        else if (c === 40 && isId(k - 1, 'assign') && isP(k - 2, 46) && isId(k - 3, 'Object') && !isProperty(k - 3)) {
          // `Object.assign({}, wt)`: a copy of worker_threads' exports, its Worker among them.
          for (const a of argumentsOf(k).slice(1)) if (copiesThreads(a)) workerHandedOn(k - 3, matching(k), 'a read of an object holding a worker constructor, which may take the constructor', hostWorkers);
        }
        else if (c === P_SPREAD && kind(k + 1) === K.Ident && !isP(k + 2, 46) && !isP(k + 2, 91) && !isP(k + 2, P_OPTCHAIN) && !isP(k + 2, 40) && threadsModule(ident(k + 1) as string, ['*', 'default'])) {
          workerHandedOn(k, k + 1, 'worker_threads copied with its Worker', hostWorkers);
        }
      }
    }
    if (computedWorkerNames !== undefined) judgeComputedWorkerNames(computedWorkerNames);
  }
  /**
   * `(` at `open` of a built-in reading a worker host's members by key or all at once: `Reflect.get(globalThis, key)`,
   * `Object.getOwnPropertyDescriptor(self, key)` (a key that is not provably another name may be `Worker`), and, of
   * worker_threads (whose exports are enumerable; the global object's Worker is not), `Object.values(wt)`,
   * `Object.entries(wt)`, `Object.assign({}, wt)`. `Object.getOwnPropertyDescriptors` lists every member of either.
   */
  function workerHostRead(open: number): void {
    const owner = ident(open - 3);
    if ((owner !== 'Reflect' && owner !== 'Object') || isProperty(open - 3)) return;
    const fn = ident(open - 1) as string;
    const host = open + 1;
    const threads = !globalHost(host);
    const weak = flowWeak?.has(host) ?? false;
    let reads = false;
    if ((fn === 'get' && owner === 'Reflect') || fn === 'getOwnPropertyDescriptor') {
      if (!isP(host + 1, 44)) return;
      let end = host + 2;
      const close = matching(open);
      while (end < close && !(isP(end, 44) && parent[end] === open)) end = isP(end, 40) || isP(end, 91) || isP(end, 123) ? matching(end) + 1 : end + 1;
      const key = joinedLiterals(host + 2, end);
      reads = key === undefined ? !weak : WORKERS.has(key);
    } else reads = !weak && (fn === 'getOwnPropertyDescriptors' || (owner === 'Object' && threads && (fn === 'values' || fn === 'entries' || fn === 'assign')));
    if (reads) workerHandedOn(open - 3, matching(open), 'a read of an object holding a worker constructor, which may take the constructor', hostWorkers);
  }
  /**
   * Last tokens of the expressions the global object reaches through the file's own code, each a worker host
   * (workerHost): a parameter of a function of the file it is handed to (`const pick = (o, k) => o[k]; pick(globalThis,
   * 'Worker')`, by name, through `.call` / `.apply` / `.bind` / `Reflect.apply`, a method of an object literal, an IIFE;
   * a default value, a rest parameter, a pattern), a call of a function returning it (`(() => globalThis)()`, a sloppy
   * `(function () { return this })()`), a member of an object or array holding it (`[globalThis][0]`, `({ g: self }).g`,
   * a getter returning it), and a name it is assigned to later (`let g; if (x) g = self`). Names are told apart by
   * scope, so a minified bundle's many `e`s are not one. A function of another module is not followed (`polyfill(
   * globalThis)` is common and sound); what it reads off the global object it reads in its own file.
   */
  let flowEnds: Map<number, number> | undefined;
  /** Ends of flowEnds only a call the scan does not read may make the global object (its loader by name counts, not a computed member). */
  let flowWeak: Set<number> | undefined;
  /** Every scope of the file, read once (scopeRanges). */
  let allRanges: ReturnType<typeof collectRanges> | undefined;
  function globalFlow(): Map<number, number> {
    const ends = new Map<number, number>(); // last token → first
    const done = new Set<string>();
    const work: number[] = [];
    let overflow = false;
    // A value's origin: -1, the global object wherever the code runs; else a parameter (`origins[i]`: its function's
    // parameters and its index), which holds it only in the calls that hand it over (`passed`): a function returning
    // its parameter (`const id = (x) => x`) returns the global object where it is given it, not everywhere.
    // A value that may be the global object (WEAK: the result of a call the scan does not read, given it) is followed as
    // one that is, but only its loader read by name counts (`.require`, `.Worker`): a computed member of it is no finding.
    const origins: [number, number, boolean][] = [];
    const originIds = new Map<number, number>();
    const originOf = (params: number, index: number, weak = false): number => {
      const key = (params * 64 + Math.min(index, 63)) * 2 + (weak ? 1 : 0);
      let id = originIds.get(key);
      if (id === undefined) {
        id = origins.length;
        origins.push([params, index, weak]);
        originIds.set(key, id);
      }
      return id;
    };
    const isWeak = (origin: number): boolean => origin === WEAK || (origin >= 0 && (origins[origin] as [number, number, boolean])[2]);
    const weakOf = (origin: number): number => (origin < 0 ? WEAK : originOf((origins[origin] as [number, number, boolean])[0], (origins[origin] as [number, number, boolean])[1], true));
    const strongOf = (origin: number): number => (origin >= 0 && isWeak(origin) ? originOf((origins[origin] as [number, number, boolean])[0], (origins[origin] as [number, number, boolean])[1]) : origin);
    const strongLasts = new Set<number>();
    const weakLasts = new Set<number>();
    const passed = new Map<number, [number, number, number][]>(); // origin → calls handing it over: [from, last, argument's origin]
    const returnedOrigins = new Map<number, boolean[]>(); // origin → returned, as the host / a holder
    /** The value `from`..`last` is the global object (`holder`: an object or array holding it). */
    const push = (from: number, last: number, holder: boolean, origin: number) => {
      if (last < 0 || from < 0) return;
      if (done.size >= MAX_FLOW_VALUES) { overflow = true; return; }
      const key = `${from}:${last}:${holder ? 1 : 0}:${origin}`;
      if (done.has(key)) return;
      done.add(key);
      work.push(from, last, holder ? 1 : 0, origin);
    };
    const boundNames = new Set<string>();
    const returned = new Set<string>();
    const thisStored = new Set<string>();
    /** The name at `k` (where it is declared or assigned) holds the value: each of its uses in that scope holds it too. */
    const bind = (k: number, holder: boolean, origin: number) => {
      const word = ident(k) as string;
      if (word === 'this') return;
      const scope = flowScope(word, k);
      const key = `${word}:${scope}:${holder ? 1 : 0}:${origin}`;
      if (boundNames.has(key)) return;
      boundNames.add(key);
      for (const q of usesIn(word, scope)) if (q !== k && flowScope(word, q) === scope) push(q, q, holder, origin);
    };
    /** The function whose parameters open at `params` (or whose one parameter is the name at `params`) returns the value. */
    const returns = (params: number, holder: boolean, origin: number) => {
      if (origin >= 0 && (origins[origin] as [number, number, boolean])[0] === params) {
        // Its own parameter: the calls that hand the global object over return it.
        const own = strongOf(origin);
        const weak = isWeak(origin);
        const slot = (holder ? 1 : 0) + (weak ? 2 : 0);
        const flags = returnedOrigins.get(own) ?? [false, false, false, false];
        if (flags[slot]) return;
        flags[slot] = true;
        returnedOrigins.set(own, flags);
        for (const [from, last, o] of passed.get(own) ?? []) push(from, last, holder, weak ? weakOf(o) : o);
        return;
      }
      const key = `${params}:${holder ? 1 : 0}:${origin}`;
      if (returned.has(key)) return;
      returned.add(key);
      for (const [from, last, literalHolder] of callsOf(params)) push(from, last, literalHolder === true || holder, origin);
    };
    /** The argument at index `index` of the call at `open` (its `(`) is the value: the parameter it lands in holds it. */
    const argument = (open: number, index: number, holder: boolean, spread: boolean, origin: number, list = false) => {
      // `f.apply(t, [globalThis])`: the list's elements are the arguments (applyList), not the list itself.
      if (!list && isId(open - 1, 'apply') && isProperty(open - 1) && index > (isId(open - 3, 'Reflect') ? 1 : 0)) return;
      if (!list && isId(open - 1, 'construct') && isId(open - 3, 'Reflect') && index > 0) return;
      const from = callStart(open);
      // `f.bind(null, globalThis)()`, `const b = f.bind(null, globalThis); b()`: the bound function's calls hand it over.
      const calls: [number, number, boolean?][] = [];
      if (isId(open - 1, 'bind') && isProperty(open - 1)) callsOfValue(from, matching(open), 0, calls);
      if (calls.length === 0) calls.push([from, matching(open)]);
      for (const [params, shift] of calleeParams(open)) {
        const i = index - shift;
        // `f.call(globalThis, …)`, `Reflect.apply(f, self, …)`: `this` in the function (not an arrow) is the global object.
        const plain = isP(params, 40) && isId(functionHead(params) + (isId(functionHead(params), 'async') ? 1 : 0), 'function');
        if (i === -1 && !holder && plain) thisOf(params, origin);
        if (i < 0) continue;
        if (plain) thisOf(params, origin, 'arguments'); // `function pick() { return arguments[0][k]; }`
        const names = isP(params, 40) ? argumentsOf(params) : [params];
        names.forEach((p, j) => {
          if (j < i && !isP(p, P_SPREAD)) return;
          if (j !== i && !spread && !isP(p, P_SPREAD)) return;
          const id = originOf(params, j, isWeak(origin));
          const own = strongOf(id);
          const given = passed.get(own) ?? [];
          for (const [f, close] of calls) given.push([f, close, origin]);
          passed.set(own, given);
          const flags = returnedOrigins.get(own);
          if (flags !== undefined) flags.forEach((r, h) => { if (r) for (const [f, close] of calls) push(f, close, (h & 1) === 1, (h & 2) !== 0 ? weakOf(origin) : origin); });
          if (isP(p, P_SPREAD)) { if (j <= i && kind(p + 1) === K.Ident) bind(p + 1, true, id); return; }
          // `f(...[globalThis, k])`: the spread array's elements are the arguments.
          const element = holder && spread ? false : holder;
          if (kind(p) === K.Ident) bind(p, element, id);
          else if (isP(p, 123) || isP(p, 91)) patternGiven(p, element, id);
        });
      }
    };
    /**
     * Each `this` of the function whose parameters are at `params` (not in a nested function but an arrow) holds the
     * value; each of its `arguments` holds it as an element.
     */
    const thisOf = (params: number, origin: number, word = 'this', holder = word === 'arguments') => {
      const end = functionBodyEnd(params);
      if (end === undefined) return;
      for (let q = params; q < end; q++) {
        if (!isId(q, word) || isProperty(q)) continue;
        let own = true;
        for (let o = parent[q] as number; o > params && own; o = parent[o] as number) {
          if (isP(o, 123) && isP(o - 1, 41) && !isP(o - 1, P_ARROW) && functionBodyEnd(partner[o - 1] as number) === matching(o) && partner[o - 1] !== params) own = false;
          if (isP(o, 123) && blockKind(o) === 'class') own = false;
        }
        if (own) push(q, q, holder, origin);
      }
    };
    /** A parameter's pattern given the value: from a holder each name may be the global object; from it, a key may be `Worker`. */
    const patternsRead = new Set<string>();
    const patternGiven = (p: number, holder: boolean, origin: number) => {
      // A pattern given the global object takes the same keys whatever its origin: read once per kind of value.
      const once = holder ? `${p}:h:${origin}` : `${p}:${isWeak(origin) ? 'w' : 's'}`;
      if (patternsRead.has(once)) return;
      patternsRead.add(once);
      const close = matching(p);
      if (holder) {
        for (let q = p + 1; q < close; q++) if (kind(q) === K.Ident && !isProperty(q) && !isP(q + 1, 58)) bind(q, false, origin);
        return;
      }
      for (let q = p + 1; q < close; q++) {
        if (parent[q] !== p || !(isP(q - 1, 123) || isP(q - 1, 44))) continue;
        if ((isP(q, 91) && !isWeak(origin)) || WORKERS.has(ident(q) ?? literal(q) ?? '')) return workerHandedOn(p, close, 'the global object destructured by a parameter', hostWorkers);
        // `({ require: r }) => r('…')`: the loader under another name, whose calls no rule reads (`{ require }` keeps its name and is read).
        if ((ident(q) ?? literal(q)) === 'require' && isP(q + 1, 58) && !renamedLoaders.has(q)) {
          renamedLoaders.add(q);
          unresolvable.push({ kind: 'require', expression: `require renamed to ${ident(q + 2) ?? 'a pattern'} by a parameter given the global object`, ...at(q) });
        }
      }
    };
    const renamedLoaders = new Set<number>();
    let thisMemberSites: Map<string, number[]> | undefined;
    const unreadKeysRead = new Set<number>(); // unread calls whose keys were read (unreadCallGiven)
    const keyForwards: [number, number, number, number][] = []; // [parameter origin, the key's parameter, the unread call]
    const keylessNames = new Map<string, boolean>();
    const sloppy = !strictFile();
    /**
     * The listener (a function written at `f`) of an event: its event's `source` (a message's sender window) and `view`
     * (a UI event's window) may be a window; so may its `target` / `currentTarget` / `srcElement` where it listens on
     * the global object (`addEventListener('message', (e) => e.source…)`, `onload = ({ target }) => …`).
     */
    const eventParams: number[] = [];
    const eventListener = (f: number, global: boolean) => {
      const params = functionValueParams(f);
      if (params < 0) return;
      const e = isP(params, 40) ? argumentsOf(params)[0] : params;
      if (e === undefined) return;
      if (kind(e) === K.Ident) eventParams.push(e);
      const windowed = (m: string | undefined) => m === 'source' || m === 'view' || (global && (m === 'target' || m === 'currentTarget' || m === 'srcElement'));
      if (kind(e) === K.Ident && !isP(e + 1, 58)) {
        const word = ident(e) as string;
        const scope = flowScope(word, e);
        for (const q of usesIn(word, scope)) {
          if (q === e || flowScope(word, q) !== scope) continue;
          if ((isP(q + 1, 46) || isP(q + 1, P_OPTCHAIN)) && windowed(ident(q + 2))) push(q, q + 2, false, -1);
          else if (isP(q + 1, 91) && matching(q + 1) === q + 3 && windowed(literal(q + 2))) push(q, q + 3, false, -1);
        }
      } else if (isP(e, 123)) {
        const close = matching(e);
        for (let q = e + 1; q < close; q++) {
          if (parent[q] !== e || !(isP(q - 1, 123) || isP(q - 1, 44)) || !windowed(ident(q) ?? literal(q))) continue;
          const local = isP(q + 1, 58) ? q + 2 : q; // `({ source: s })`
          if (kind(local) === K.Ident) bind(local, false, -1);
        }
      }
    };
    for (let k = 0; k < count; k++) {
      if (kind(k) === K.Ident && isP(k + 1, 40) && (isId(k, 'addEventListener') || isId(k, 'attachEvent'))) {
        const f = argumentsOf(k + 1)[1];
        if (f !== undefined) eventListener(f, isProperty(k) ? globalHost(k - 2) : bareGlobal(ident(k) as string, k));
      } else if (kind(k) === K.Ident && isP(k + 1, 61) && !touchesOperator(k + 1) && (tok.end[k] as number) - (tok.start[k] as number) > 2 && (ident(k) as string).startsWith('on')) {
        eventListener(k + 2, isProperty(k) ? globalHost(k - 2) : bareGlobal(ident(k) as string, k)); // `onmessage = (e) => …`
      }
    }
    for (let k = 0; k < count; k++) {
      // `document['defaultView']`
      if (kind(k) === K.String && isP(k - 1, 91) && isP(k + 1, 93) && WINDOW_PROPERTIES.has(literal(k) as string)) push(kind(k - 2) === K.Ident ? chainStart(k - 2) : k - 1, k + 1, false, -1);
      if (kind(k) !== K.Ident) continue;
      const w = ident(k) as string;
      if (isProperty(k)) {
        if (WINDOW_PROPERTIES.has(w)) push(chainStart(k), k, false, -1);
        // A V8 call site's `getThis()` (`Error.prepareStackTrace`'s frames): the `this` of a sloppy frame is the global object.
        else if (w === 'getThis' && isP(k + 1, 40) && isP(k + 2, 41)) push(chainStart(k), k + 2, false, -1);
        continue;
      }
      if (WINDOW_PROPERTIES.has(w) && isP(parent[k] as number, 123) && (isP(k - 1, 123) || isP(k - 1, 44))) {
        // `const { defaultView } = document`, `{ contentWindow: w } = frame`: the name bound holds a window.
        const brace = parent[k] as number;
        const target = isP(k + 1, 58) ? k + 2 : k;
        if (isP(matching(brace) + 1, 61) && !touchesOperator(matching(brace) + 1) && kind(target) === K.Ident && (isP(target + 1, 44) || isP(target + 1, 125) || isP(target + 1, 61))) bind(target, false, -1);
        continue;
      }
      if (GLOBAL_HOSTS.has(w) || maybeHosts.has(w)) { if (workerHost(k)) push(k, k, false, -1); }
      else if (WINDOW_MEMBERS.has(w) && bareGlobal(w, k)) push(k, k, false, -1); // `top`, `parent`: the global object's own windows
      else if (w === 'open' && isP(k + 1, 40) && bareGlobal(w, k)) push(k, matching(k + 1), false, -1); // `open(url)`: a new window
      else if (w === 'this' && sloppy && sloppyThisHost(k)) push(k, k, false, -1);
    }
    for (let n = 0; work.length > 0 && n < MAX_FLOW_VALUES; n++) {
      const origin = work.pop() as number;
      const holder = work.pop() === 1;
      const last = work.pop() as number;
      const from = work.pop() as number;
      flowValue(from, last, holder, origin);
    }
    // Not followed to its end: any computed member may be of the global object (fail closed).
    if (overflow) hostWorkers.push({ kind: 'worker', expression: `the global object, reaching more than ${MAX_FLOW_VALUES} values of the file (not followed further; a computed member of one may be Worker)`, line: 1, column: 1 });
    for (const l of weakLasts) if (!strongLasts.has(l)) (flowWeak ??= new Set()).add(l);
    // `const p = (o, k) => pick(o, k); p(globalThis, 'Worker')`: the key each call handing the global object over gives.
    for (const [own, j, from, last] of keyForwards) {
      for (const [, close] of passed.get(own) ?? []) {
        if (!isP(close, 41)) continue;
        const open = partner[close] as number;
        const args = argumentsOf(open);
        const at1 = j + (isId(open - 1, 'call') && isProperty(open - 1) ? 1 : 0); // `p.call(t, globalThis, 'Worker')`
        const a = args[at1];
        if (a === undefined) continue;
        const end = at1 + 1 < args.length ? (args[at1 + 1] as number) - 1 : close;
        const key = joinedLiterals(a, end);
        if (key !== undefined && LOADER_KEYS.has(key)) { unreadKeyHanded(from, last, key); break; }
        // `forward(globalThis, name)`: a key the caller computes reaches the unread call all the same.
        if (key === undefined && !keylessArgument(a, end)) { unreadKeyHanded(from, last, undefined, a, end); break; }
      }
    }
    return ends;

    function flowValue(from: number, last: number, holder: boolean, origin: number): void {
      if (!holder && (ends.get(last) ?? count) > from) ends.set(last, from);
      if (!holder) (isWeak(origin) ? weakLasts : strongLasts).add(last);
      const after = last + 1;
      if (holder) {
        // Any member of a holder may be the global object, and a call of one (a method returning it).
        let member = -1;
        if ((isP(after, 46) || isP(after, P_OPTCHAIN)) && kind(after + 1) === K.Ident) member = after + 1;
        else if (isP(after, 91) || (isP(after, P_OPTCHAIN) && isP(after + 1, 91))) member = matching(isP(after, 91) ? after : after + 1);
        if (member >= 0) {
          push(from, member, false, origin);
          // A member may hold it in turn (`{ a: { g: globalThis } }.a.g`), and so may a method's result (`[g].slice()`,
          // a generator's `next()`); an element callback's parameters are its elements (`[globalThis].map((g) => g[k])`).
          if (isP(member + 1, 46) || isP(member + 1, 91) || isP(member + 1, P_OPTCHAIN)) push(from, member, true, origin);
          if (isP(member + 1, 40)) {
            push(from, matching(member + 1), false, origin);
            push(from, matching(member + 1), true, origin);
            callbackGets(member + 1, origin);
            // A promise of a holder (`Promise.all([globalThis])`): `.then(([g]) => …)` is given the holder itself.
            if (isId(member, 'then')) callbackGets(member + 1, origin, true);
          }
          return;
        }
        if (isId(from - 1, 'new') && isP(after, 40)) return push(from - 1, matching(after), true, origin); // `new A()` of a class holding it
        // `for (const g of [globalThis])`, `for (const g of gen())`: the loop's name holds each element.
        if (isId(from - 1, 'of') && !isProperty(from - 1)) {
          const t = from - 2;
          if (kind(t) === K.Ident) bind(t, false, origin);
          else if (isP(t, 125) || isP(t, 93)) patternGiven(partner[t] as number, false, origin);
          return;
        }
      }
      if (holder && isId(from - 1, 'extends') && !isProperty(from - 1)) return derivedClass(last, isWeak(origin));
      if (!holder) sameAgain(from, after, origin);
      // A promise of it (an async function's result, `Promise.resolve(globalThis)`): `.then((g) => g[k])`.
      if ((isP(after, 46) || isP(after, P_OPTCHAIN)) && isId(after + 1, 'then') && isP(after + 2, 40)) callbackGets(after + 2, origin);
      // The global object is no function: a value called was a member of a holder (`const [f] = [() => globalThis]`,
      // `m.get('k')()`), which may be a function returning it.
      const called = isP(after, 40) ? after : isP(after, P_OPTCHAIN) && isP(after + 1, 40) ? after + 1 : -1;
      if (called >= 0 && !holder && (from === last ? !globalHost(from) : true)) {
        push(from, matching(called), false, origin);
        push(from, matching(called), true, origin);
      }
      if (isP(after, 46) || isP(after, 91) || isP(after, P_OPTCHAIN) || isP(after, 40)) return; // a member or a call of it
      if (isP(from - 1, 46) || isP(from - 1, P_OPTCHAIN) || VALUE_OPERATORS.has(ident(from - 1) ?? '')) return;
      if (!wholeOperand(from, last)) return; // `g == null`, `!g`, `g && x`, `g ? a : b`: a test, not the value
      const level = parent[from] as number;
      let q = from - 1;
      for (let n = 0; q > level && n < 64; n++) {
        if (parent[q] !== level) { q = -2; break; }
        if (isP(q, 41) || isP(q, 93) || isP(q, 125)) { q = (partner[q] as number) - 1; continue; }
        if (isP(q, 44) || isP(q, 59) || isP(q, P_ARROW) || isP(q, P_SPREAD) || (isP(q, 61) && !touchesOperator(q)) || logicalAssignment(q)) break;
        if (isP(q, 58) && ((tok.flags[q] as number) & F_TERNARY) === 0) break;
        if (kind(q) === K.Ident && STATEMENT_HEADS.has(ident(q) as string)) return;
        if (kind(q) === K.Ident && (isId(q, 'return') || isId(q, 'yield') || isId(q, 'throw') || DECLARATORS.has(ident(q) as string) || isId(q, 'export') || isId(q, 'default'))) break;
        q--;
      }
      if (q === -2 || q < level - 1) return;
      if (isP(q, 61) || logicalAssignment(q)) return stored(q, last, holder, origin);
      if (isP(q, P_ARROW)) return returns(isP(q - 1, 41) ? (partner[q - 1] as number) : q - 1, holder, origin);
      if (isId(q, 'return')) { const f = functionOf(q); if (f >= 0) returns(f, holder, origin); return; }
      // A generator's iterator holds what it yields (`gen().next().value`, `for (const g of gen())`).
      if (isId(q, 'yield')) { const f = functionOf(q); if (f >= 0) returns(f, true, origin); return; }
      if (isId(q, 'throw')) return thrown(holder, isWeak(origin));
      if (isId(q, 'export') || isId(q, 'default') || isP(q, 59)) return;
      if (level < 0) return;
      const spread = isP(q, P_SPREAD);
      if (isP(level, 40)) {
        const before = level - 1;
        // `with (globalThis) { … }`: any name in the body may be a member of it, read by no rule here.
        if (isId(before, 'with') && !isProperty(before)) return workerHandedOn(before, matching(level), holder ? 'an object holding the global object made the scope of `with`' : 'the global object made the scope of `with`', hostWorkers);
        // A property before `(` is a method's name, whatever word it is (`Array.of(globalThis)`).
        const call = isP(before, 41) || isP(before, 93) || isP(before, P_OPTCHAIN) || (isP(before, 125) && iifeParams(before) >= 0) || (kind(before) === K.Ident && isProperty(before)) || (kind(before) === K.Ident && !OPERAND_BEFORE.has(ident(before) as string) && !STATEMENT_HEADS.has(ident(before) as string) && !isId(before, 'catch') && !isId(before, 'function'));
        if (call && functionBodyEnd(level) === undefined) {
          let index = 0;
          for (let r = level + 1; r < from; r++) if (isP(r, 44) && parent[r] === level) index++; else if (isP(r, 40) || isP(r, 91) || isP(r, 123)) r = matching(r);
          builtinGiven(level, index, holder, origin);
          argument(level, index, holder, spread, origin);
          unreadCallGiven(level, index, holder, origin, spread);
        } else if (!call && !STATEMENT_HEADS.has(ident(before) ?? '')) push(level, matching(level), holder, origin); // a group
        return;
      }
      if (isP(level, 91)) {
        // An element of an array literal (not a member's key): the array holds it; `Reflect.apply(f, t, [globalThis])`.
        const before = isP(level - 1, P_OPTCHAIN) ? level - 2 : level - 1;
        if (!(kind(before) === K.Ident && !OPERAND_BEFORE.has(ident(before) as string)) && !isP(before, 41) && !isP(before, 93)) {
          applyList(level, from, holder, origin);
          push(level, matching(level), true, origin);
        }
        return;
      }
      if (isP(level, 123) && blockKind(level) === undefined) {
        push(level, matching(level), true, origin); // a property's value
        if (isP(from - 1, 58) && isId(from - 2, '__proto__')) push(level, matching(level), false, origin); // its prototype: every member inherited
        // `this` in the literal's methods is the literal (`{ g: globalThis, get() { return this.g[k] } }`).
        const close = matching(level);
        for (let r = level + 1; r < close; r++) {
          if (parent[r] !== level) continue;
          const params = isP(r, 40) && functionBodyEnd(r) !== undefined ? r : isId(r, 'function') ? (isP(r + 1, 40) ? r + 1 : isP(r + 2, 40) ? r + 2 : -1) : -1;
          if (params >= 0) thisOf(params, origin, 'this', true);
        }
      }
    }
    /** `=` at `eq` stores the value: in a name (declared or assigned, a default parameter), a pattern, or a member of a name. */
    function stored(eq: number, last: number, holder: boolean, origin: number): void {
      const t = isP(eq, 61) && touchesOperator(eq) ? eq - 2 : eq - 1; // `g ||= globalThis`
      const body = parent[eq] as number;
      if (body >= 0 && isP(body, 123) && blockKind(body) === 'class') {
        for (const [f, l] of classUses(body)) push(f, l, true, origin); // `static g = globalThis`; an unnamed class: the whole expression
        if ((kind(t) === K.Ident || kind(t) === K.Private) && !isId(t - 1, 'static')) thisMembers(t, holder, origin); // `g = globalThis`, `#g = self` read as `this.g`
        // `static g = globalThis; static get(k) { return this.g[k] }`: `this` of a static method is the class.
        else for (let r = body + 1; r < matching(body); r++) {
          if (parent[r] !== body || !isP(r, 40) || functionBodyEnd(r) === undefined) continue;
          if (isId(r - 2, 'static') || (isId(r - 3, 'static') && (isId(r - 2, 'get') || isId(r - 2, 'async') || isP(r - 2, 42)))) thisOf(r, origin, 'this', true);
        }
        return;
      }
      // The assignment is a value too: `g = h = globalThis`, `(g = self)[k]`, `f(g = window)`.
      if (kind(t) === K.Ident && !isProperty(t)) { push(t, last, holder, origin); return bind(t, holder, origin); }
      // A member store calls a setter of that name (`o.x = globalThis` with `set x(v) { … }`); a computed one, any setter.
      if ((kind(t) === K.Ident || kind(t) === K.Private) && (isP(t - 1, 46) || isP(t - 1, P_OPTCHAIN))) setterGiven(kind(t) === K.Private ? text.slice(tok.start[t], tok.end[t]) : (ident(t) as string), holder, isWeak(origin));
      else if (isP(t, 93) && !DECLARATORS.has(ident((partner[t] as number) - 1) ?? '')) setterGiven('*', holder, isWeak(origin));
      if ((kind(t) === K.Ident || kind(t) === K.Private) && isP(t - 1, 46) && isId(t - 2, 'this')) return thisMembers(t, holder, origin); // `this.g = globalThis`
      if (isP(t, 125) || isP(t, 93)) {
        const open = partner[t] as number;
        const o = isP(t, 93) ? open - 1 : -1;
        // `h[k] = globalThis`; `const [g] = [globalThis]` is a pattern.
        if (isP(t, 93) && ((kind(o) === K.Ident && !DECLARATORS.has(ident(o) as string)) || isP(o, 41) || isP(o, 93))) { if (kind(o) === K.Ident && !isProperty(o)) bind(o, true, origin); return; }
        // `const { require: r } = g`, `const { [k]: W } = g`: members taken out of it, as a parameter's pattern takes them
        // (the global object's own names and their aliases destructured are read where they stand).
        const word = eq + 1 === last && kind(last) === K.Ident ? (ident(last) as string) : undefined;
        if (!holder && word !== undefined && (GLOBAL_HOSTS.has(word) || globalAliases.has(word) || hostAliases.has(word))) return;
        return patternGiven(open, holder, origin);
      }
      if (kind(t) === K.Ident && isP(t - 1, 46) && kind(t - 2) === K.Ident && !isProperty(t - 2)) {
        // `o.__proto__ = globalThis`: `o` inherits each member; `W.prototype = globalThis`: so does each `new W()`.
        if (ident(t) === '__proto__') bind(t - 2, holder, origin);
        else if (ident(t) === 'prototype') instancesOf(t - 2, holder, origin);
        else if (globalHost(t - 2)) globalKeyGiven(ident(t) as string, holder, origin); // `globalThis.g = self`: every module reads `g`
        bind(t - 2, true, origin); // `h.g = globalThis`
      }
      // `A.prototype.g = globalThis`, `A.prototype[k] = self`: each `new A()` inherits it, as each `this.g` of its methods.
      const member = isP(t, 93) ? (partner[t] as number) - 1 : kind(t) === K.Ident && isP(t - 1, 46) ? t - 2 : -1;
      if (member > 1 && isId(member, 'prototype') && isP(member - 1, 46) && kind(member - 2) === K.Ident && !isProperty(member - 2)) {
        instancesOf(member - 2, true, origin);
        if (kind(t) === K.Ident) thisMembers(t, holder, origin);
      }
    }
    /** The global object's member `word` is given the value: each bare read of that name the file declares nowhere holds it. */
    function globalKeyGiven(word: string, holder: boolean, origin: number): void {
      for (const q of flowPositions(word)) if (!isP(q + 1, 61) && bareGlobal(word, q)) push(q, q, holder, origin);
    }
    /** Each `new W` of the name at `w` (in the scope that declares it) is given the value, as a holder or as itself. */
    function instancesOf(w: number, holder: boolean, origin: number): void {
      const word = ident(w) as string;
      const scope = flowScope(word, w);
      for (const q of usesIn(word, scope)) if (isId(q - 1, 'new') && flowScope(word, q) === scope) push(q - 1, isP(q + 1, 40) ? matching(q + 1) : q, holder, origin);
    }
    /** Each `this.g` of the file (`this` names no one object the scan can tell) holds the value stored as a `this`'s member `g` at `t`. */
    function thisMembers(t: number, holder: boolean, origin: number): void {
      const name = (k: number) => (kind(k) === K.Private ? text.slice(tok.start[k], tok.end[k]) : kind(k) === K.Ident ? ident(k) : undefined);
      const word = name(t) as string;
      const at = `@${t}:${origin}`;
      if (thisStored.has(at)) return;
      thisStored.add(at);
      // The instances hold it: `new A().g` of a class (or a constructor function) storing it on `this`.
      for (let o = parent[t] as number; o >= 0; o = parent[o] as number) {
        if (isP(o, 123) && blockKind(o) === 'class') { for (const [f, l] of classUses(o)) push(f, l, true, origin); break; }
        const params = isP(o, 123) && isP(o - 1, 41) && functionBodyEnd(partner[o - 1] as number) === matching(o) ? (partner[o - 1] as number) : -1;
        if (params >= 0) { for (const [f, l] of callsOf(params)) push(f, l, true, origin); break; }
      }
      const key = `${word}:${holder ? 1 : 0}:${origin}`;
      if (thisStored.has(key)) return;
      thisStored.add(key);
      if (thisMemberSites === undefined) {
        // Every `this.k` of the file by member name, read once (a walk per stored name would be quadratic).
        thisMemberSites = new Map();
        for (let q = 0; q + 2 < count; q++) {
          if (!isId(q, 'this') || !(isP(q + 1, 46) || isP(q + 1, P_OPTCHAIN))) continue;
          const m = name(q + 2);
          if (m === undefined) continue;
          const list = thisMemberSites.get(m);
          if (list === undefined) thisMemberSites.set(m, [q]);
          else list.push(q);
        }
      }
      for (const q of thisMemberSites.get(word) ?? []) push(q, q + 2, holder, origin);
    }
    /**
     * `(` at `open` of a built-in given the value (or a holder of it) as argument `index`: its result is the value or
     * inherits from it (`Promise.resolve(g)`, `Object(g)`, `Object.freeze(g)`, `Object.create(g)`, `new Proxy(g, h)`,
     * `Object.setPrototypeOf(o, g)`), or holds it (`Array.of(g)`, `Array.from(h)`, `new Map(h)`, `new WeakRef(g)`,
     * `Object.assign(o, h)`); a collection's store (`a.push(g)`, `m.set(k, g)`, `s.add(g)`) makes the collection hold it.
     */
    function builtinGiven(open: number, index: number, holder: boolean, origin: number): void {
      const c = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
      if (kind(c) !== K.Ident) return;
      const fn = ident(c) as string;
      const member = isP(c - 1, 46) || isP(c - 1, P_OPTCHAIN);
      const owner = member && kind(c - 2) === K.Ident && !isProperty(c - 2) ? (ident(c - 2) as string) : undefined;
      const start = member ? c - 2 : c;
      const from = isId(start - 1, 'new') ? start - 1 : start;
      const last = matching(open);
      const callee = owner !== undefined ? `${owner}.${fn}` : member ? '' : fn;
      if (member && owner !== undefined && COLLECTION_STORES.has(fn) && !BUILTIN_OWNERS.has(owner)) { bind(c - 2, true, origin); return; }
      if (member && fn === 'concat') return push(chainStart(c), last, true, origin); // `[].concat(globalThis)`
      relayed(open, c, fn, member, index, holder, origin);
      // `a.reduce((acc) => acc, globalThis)`: the accumulator starts as it, and the result may be it.
      if (member && (fn === 'reduce' || fn === 'reduceRight') && index === 1) {
        callbackGets(open, origin, holder);
        return push(chainStart(c), last, holder, origin);
      }
      // `Object.prototype.valueOf.call(globalThis)`: the object it is called on.
      if (member && fn === 'call' && index === 0 && isId(c - 2, 'valueOf') && isProperty(c - 2)) return push(chainStart(c), last, holder, origin);
      // `Array.prototype.at.call([globalThis], 0)`, `[].slice.apply(h)`: an element method called on it gives its elements as `h.at(0)` does.
      if (member && (fn === 'call' || fn === 'apply') && index === 0 && isProperty(c - 2) && ELEMENT_RESULTS.has(ident(c - 2) ?? '')) {
        push(chainStart(c), last, false, origin);
        return push(chainStart(c), last, true, origin);
      }
      // `Promise.reject(globalThis)`, `reject(globalThis)` of a promise's executor, `it.throw(g)`: a catch's parameter gets it.
      const executor = member ? undefined : executorParam(c);
      if (callee === 'Promise.reject' || (member && fn === 'throw') || executor?.index === 1) thrown(holder, isWeak(origin));
      // `new Promise((resolve) => resolve(globalThis))`: the promise is of it (`.then((g) => …)`).
      if (executor?.index === 0 && index === 0) push(executor.open - 2, matching(executor.open), holder, origin);
      if (callee === 'Reflect.set' && index === 2) setterGiven(literal(argumentsOf(open)[1] ?? -1) ?? '*', holder, isWeak(origin));
      // `Reflect.set(globalThis, 'g', self)`, `Object.defineProperty(window, 'g', { value: self })`: a global of that name.
      const written = callee === 'Reflect.set' && index === 2 ? -1 : (callee === 'Object.defineProperty' || callee === 'Reflect.defineProperty') && index === 2 && holder ? 1 : 0;
      if (written !== 0 && kind(open + 1) === K.Ident && globalHost(open + 1)) {
        const name = literal(argumentsOf(open)[1] ?? -1);
        // A descriptor holding it: its `value` or getter's result is it, or holds it in turn.
        if (name !== undefined) globalKeyGiven(name, written === 1 ? false : holder, origin);
        if (name !== undefined && written === 1) globalKeyGiven(name, true, origin);
      }
      if (callee === 'Object.assign' && index >= 1 && holder) setterGiven('*', false, isWeak(origin));
      // `Reflect.get(holder, 'g')`: a member of it.
      if (callee === 'Reflect.get' && index === 0 && holder) return push(from, last, false, origin);
      // `Reflect.get(globalThis, 'self')`: its own name for itself; a descriptor of any member holds it (`.value`, `.get.call(g)`).
      const key = literal(argumentsOf(open)[1] ?? -1);
      if (callee === 'Reflect.get' && index === 0 && key !== undefined && (GLOBAL_HOSTS.has(key) || WINDOW_MEMBERS.has(key))) return push(from, last, false, origin);
      if ((callee === 'Object.getOwnPropertyDescriptor' || callee === 'Reflect.getOwnPropertyDescriptor' || callee === 'Object.getOwnPropertyDescriptors') && index === 0) return push(from, last, true, origin);
      // `Object.defineProperty(o, 'g', { value: globalThis })` (or a getter returning it): `o` holds it.
      const defined = callee === 'Object.defineProperty' || callee === 'Reflect.defineProperty' ? 2 : callee === 'Object.defineProperties' ? 1 : -1;
      // It returns `o` too: `Object.defineProperty({}, 'g', { value: globalThis }).g`.
      if (index === defined && holder) {
        push(from, last, true, origin);
        if (kind(open + 1) === K.Ident && isP(open + 2, 44)) bind(open + 1, true, origin);
        return;
      }
      // `Object.setPrototypeOf(o, globalThis)`: `o` inherits each member too.
      if ((callee === 'Object.setPrototypeOf' || callee === 'Reflect.setPrototypeOf') && index === 1 && kind(open + 1) === K.Ident && isP(open + 2, 44)) bind(open + 1, holder, origin);
      const same = BUILTIN_SAME.get(callee);
      if (same !== undefined && same === index) return push(from, last, holder, origin);
      const holds = BUILTIN_HOLDS.get(callee);
      if (holds !== undefined && index >= holds) {
        push(from, last, true, origin);
        if (callee === 'Object.assign' && kind(open + 1) === K.Ident && isP(open + 2, 44)) bind(open + 1, true, origin);
      }
    }
    /**
     * `(` at `open` of a call of no function of the file given the value as argument `index`: what it returns may be
     * the value or hold it (`Object.groupBy([globalThis], f)`, a helper of another module), a WEAK value whose loader
     * read by name is judged. Given the global object with a key naming a loader (`pick(globalThis, 'Worker')`), the
     * callee may read the loader itself, unseen: refused.
     */
    function unreadCallGiven(open: number, index: number, holder: boolean, origin: number, spread = false): void {
      if (calleeParams(open).length > 0) return;
      const c = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
      const root = kind(c) === K.Ident ? chainStart(c) : -1;
      // The built-ins' results are read by builtinGiven (or are no object they are given).
      if (root >= 0 && kind(root) === K.Ident && (NOT_RETURNING.has(ident(root) as string) || (root === c - 2 && BUILTIN_OWNERS.has(ident(root) as string)))) return;
      const start = callStart(open);
      const from = isId(start - 1, 'new') ? start - 1 : start;
      const last = matching(open);
      // Given the value, the result may be it; given a holder, the result may hold it (`wrap([g])[0]`). A wrapper
      // returning an object that holds what it was given (`wrap(g).inner`) is a hop further, not followed (the walk
      // over a browser bundle's many `f(window)` would fan out through every member of every result).
      push(from, last, holder, weakOf(origin));
      // `pick(...[globalThis, 'Worker'])`: the holder's elements are the arguments, keys among them the scan does not list.
      if (holder && spread && !unreadKeysRead.has(open * 64 + Math.min(index, 63))) {
        unreadKeysRead.add(open * 64 + Math.min(index, 63));
        const args = argumentsOf(open);
        return unreadKeyHanded(from, last, undefined, args[index] as number, index + 1 < args.length ? (args[index + 1] as number) - 1 : last);
      }
      if (holder || unreadKeysRead.has(open * 64 + Math.min(index, 63))) return;
      unreadKeysRead.add(open * 64 + Math.min(index, 63));
      const args = argumentsOf(open);
      // A built-in's method called by its path (`Object.prototype.hasOwnProperty.call(g, k)`) hands the key to no code of the package's.
      const builtin = root >= 0 && root < c && BUILTIN_OWNERS.has(ident(root) as string) && bareGlobal(ident(root) as string, root);
      args.forEach((a, i) => {
        if (i !== index) keyGiven(a, i + 1 < args.length ? (args[i + 1] as number) - 1 : last, from, last, open, index, origin, builtin);
      });
      // `pick.bind(null, globalThis)('Worker')`, `const p = pick.bind(null, globalThis); p(k)`: what the bound function
      // is called with is handed beside the global object too (a global object's own method bound to it is a built-in's).
      if (isId(c, 'bind') && isProperty(c) && !(root >= 0 && GLOBAL_HOSTS.has(ident(root) as string))) {
        for (const call of boundCalls(from, last)) {
          const more = argumentsOf(call);
          more.forEach((a, i) => keyGiven(a, i + 1 < more.length ? (more[i + 1] as number) - 1 : matching(call), from, matching(call), -1, -1, origin, false));
        }
      }
    }
    /** The calls of the function a `.bind(…)` at `from`..`last` makes: called there, or through the name it initializes. */
    function boundCalls(from: number, last: number): number[] {
      if (isP(last + 1, 40)) return [last + 1];
      const ends = last + 1 >= count || isP(last + 1, 59) || isP(last + 1, 44) || tok.line[last + 1] !== tok.line[last];
      if (!ends || !isP(from - 1, 61) || touchesOperator(from - 1) || kind(from - 2) !== K.Ident || isProperty(from - 2)) return [];
      const word = ident(from - 2) as string;
      const scope = flowScope(word, from - 2);
      const calls: number[] = [];
      for (const q of usesIn(word, scope)) if (isP(q + 1, 40) && flowScope(word, q) === scope) calls.push(q + 1);
      return calls;
    }
    /**
     * The argument `a`..`end` (exclusive) of an unread call at `open` (`from`..`last`) given the global object as
     * argument `index` (-1: by a bound function): refused where it names a loader or may be a string naming one.
     */
    function keyGiven(a: number, end: number, from: number, last: number, open: number, index: number, origin: number, builtin: boolean): void {
      {
        // A name is read as a constant only where the file declares one spelling a loader key (constantKey reads the whole file).
        const key = joinedLiterals(a, end) ?? (end === a + 1 && kind(a) === K.Ident && loaderConstants().has(ident(a) as string) ? constantKey(a) : undefined);
        // A key that is a parameter of the function the value is a parameter of (`(o, k) => pick(o, k)`): judged at
        // the calls handing the global object over, once the walk has found them all.
        if (key === undefined && origin >= 0 && end === a + 1 && kind(a) === K.Ident) {
          const own = strongOf(origin);
          const params = (origins[own] as [number, number, boolean])[0];
          const j = isP(params, 40) ? argumentsOf(params).findIndex((q) => isId(q, ident(a) as string)) : -1;
          if (j >= 0) {
            keyForwards.push([own, j, from, last]);
            return;
          }
        }
        if (key !== undefined && LOADER_KEYS.has(key)) unreadKeyHanded(from, last, key, 0, 0, open, index);
        else if (key === undefined && !builtin) {
          // A name bound once to literals (`const KEY = 'process.env.' + 'NODE_ENV'`) is its value; anything else must be no string.
          const known = end === a + 1 && kind(a) === K.Ident ? constantKey(a) : undefined;
          if (known !== undefined ? LOADER_KEYS.has(known) : !keylessArgument(a, end) && !(end === a + 1 && knownKeys(a))) unreadKeyHanded(from, last, known, a, end, open, index);
        }
      }
    }
    /**
     * Whether the argument `from`..`to` (exclusive) can be no string naming a loader: a number, a regular expression,
     * an object, array, function or class written there, `true`/`false`/`null`/`undefined`/`this`, a `typeof`, `void`
     * or `!` test, another name of the global object, or a name the file binds only to one of those. Anything else
     * (`name`, `['Wor', 'ker'].join('')`, `` `${a}` ``, `opts.key`, a parameter, an import) may spell `Worker`.
     */
    function keylessArgument(from: number, to: number): boolean {
      if (to === from + 1) {
        if (kind(from) === K.Number || kind(from) === K.Regex) return true;
        if (kind(from) !== K.Ident) return false;
        const word = ident(from) as string;
        return (KEYLESS_WORDS.has(word) && (RESERVED_KEYLESS.has(word) || bareGlobal(word, from))) || GLOBAL_HOSTS.has(word) || (!parameterOfAround(from, word) && keylessName(word));
      }
      return keylessValue(from, to);
    }
    /** The value `from`..`to` (exclusive) starts as no string can: `{…}`, `[…]`, a function, a class, a test or a negative number. */
    function keylessValue(from: number, to: number): boolean {
      // A key is coerced to a string: an array to its elements joined (`['Worker']`), an object or a class through the
      // `toString`/`valueOf`/`Symbol.toPrimitive` it may define (`{ toString: () => 'Worker' }`).
      if (isP(from, 91)) return matching(from) === to - 1 && numbersOnly(from + 1, to - 1);
      if (isP(from, 123)) return matching(from) === to - 1 && !definesCoercion(from, to);
      const f = isId(from, 'async') ? from + 1 : from;
      if (isId(f, 'function')) return true;
      if (isId(f, 'class')) return !definesCoercion(f, to);
      if (isP(f, 40) && isP(matching(f) + 1, P_ARROW)) return true;
      if (kind(f) === K.Ident && isP(f + 1, P_ARROW)) return true;
      if (isId(from, 'typeof') || isId(from, 'void')) return true;
      // `Symbol('k')`, `Symbol.for('k')`: a symbol names no member a string does.
      if (isId(from, 'Symbol') && bareGlobal('Symbol', from) && (isP(from + 1, 40) ? matching(from + 1) === to - 1 : isP(from + 1, 46) && isP(from + 3, 40) && matching(from + 3) === to - 1)) return true;
      if ((isP(from, 33) || isP(from, 45)) && (to === from + 2 && (kind(from + 1) === K.Number || isP(from, 33)))) return true;
      return false;
    }
    /** Whether `from`..`to` (exclusive) holds nothing but numbers between commas (`[1, 2]`, `[]`). */
    function numbersOnly(from: number, to: number): boolean {
      for (let k = from; k < to; k++) if (!(kind(k) === K.Number || isP(k, 44) || (isP(k, 45) && kind(k + 1) === K.Number))) return false;
      return true;
    }
    /** Whether the object or class written at `from`..`to` names a member that turns it into a string. */
    function definesCoercion(from: number, to: number): boolean {
      for (let k = from; k < to; k++) if (isId(k, 'toString') || isId(k, 'valueOf') || isId(k, 'toPrimitive') || (isP(k, 91) && isP(k - 1, 123)) || (isP(k, 91) && isP(k - 1, 44))) return true;
      return false;
    }
    /** A name the file declares only as a function or class, or binds only (`const x = …`) to a keyless value. */
    function keylessName(word: string): boolean {
      const known = keylessNames.get(word);
      if (known !== undefined) return known;
      let found = false;
      let keyless = true;
      for (const q of flowPositions(word)) {
        if (isProperty(q)) continue;
        const before = ident(q - 1);
        if (before === 'function') { found = true; continue; }
        // `class K { static toString() { return 'Worker'; } }`: a class turned into a key is what its toString returns.
        if (before === 'class') {
          let open = q + 1;
          while (open < count && !isP(open, 123)) open++;
          if (open >= count || definesCoercion(open, matching(open) + 1)) { keyless = false; break; }
          found = true;
          continue;
        }
        if (isP(q + 1, 61) && !touchesOperator(q + 1)) {
          const end = expressionEnd(q + 2, true);
          if (before !== undefined && DECLARATORS.has(before) && end > q + 2 && keylessValue(q + 2, end)) { found = true; continue; }
          keyless = false;
          break;
        }
        if (before !== undefined && (DECLARATORS.has(before) || before === 'catch')) { keyless = false; break; }
        if (isP(q + 1, P_ARROW) || boundAnew(q)) { keyless = false; break; }
      }
      const result = found && keyless;
      keylessNames.set(word, result);
      return result;
    }
    /** The global object handed with a loader's key to a function the scan does not read (`pick(globalThis, 'Worker')`): refused. */
    function unreadKeyHanded(from: number, last: number, key: string | undefined, a = 0, end = 0, open = -1, index = -1): void {
      const expression =
        key === undefined
          ? `${expressionText(from, last + 1)}: the global object handed with a key the scan does not compute (${expressionText(a, end)}) to a function the scan does not read, which may take its Worker`
          : `${expressionText(from, last + 1)}: the global object handed with the key '${key}' to a function the scan does not read, which may take its ${key}`;
      const refusal: TsUnresolvable = { kind: key === undefined || WORKERS.has(key) ? 'worker' : 'require', expression, ...at(from) };
      // A function another module exports is read there once the tree is known (TsScan.guarded): its parameter given
      // the global object may be one it only writes members of, whatever the key beside it.
      const callee = open >= 0 && !isId(from, 'new') ? importedCallee(open, index) : undefined;
      if (callee !== undefined) guarded.push({ ...refusal, ...callee, param: index });
      else if (refusal.kind === 'worker') hostWorkers.push(refusal);
      else unresolvable.push(refusal);
    }
    /**
     * The import a call at `open` calls, given the value as its argument `index` (`setup(g, k)` of `import { setup }`,
     * `util.setup(g, k)` of `import * as util`): its parameter `index` is the argument (no spread before it), and no
     * declaration of the file shadows the name.
     */
    function importedCallee(open: number, index: number): { specifier: string; imported: string } | undefined {
      const c = open - 1;
      if (kind(c) !== K.Ident) return undefined;
      const args = argumentsOf(open);
      for (let i = 0; i <= index && i < args.length; i++) if (isP(args[i] as number, P_SPREAD)) return undefined;
      const root = isProperty(c) ? c - 2 : c;
      if (kind(root) !== K.Ident || isProperty(root) || (root !== c && !isP(c - 1, 46))) return undefined;
      const word = ident(root) as string;
      const b = bindings.get(word);
      if (b === undefined || topLevelNames.has(word) || flowScope(word, root) >= 0 || parameterOfAround(root, word)) return undefined;
      if (root === c) return b.imported === '*' || b.imported === 'default' ? undefined : { specifier: b.specifier, imported: b.imported };
      return b.imported === '*' ? { specifier: b.specifier, imported: ident(c) as string } : undefined;
    }
    /**
     * `(` at `open` of a call (its callee's name at `c`) handing the value, as argument `index`, to code elsewhere that
     * gets it back: a timer's callback given its extra arguments (`setTimeout(cb, 0, globalThis)`), an emitter's
     * listeners of that event (`ee.emit('x', g)` → `ee.on('x', (g) => …)`), an async context's `getStore()`
     * (`als.run(globalThis, …)`), a generator's `yield` given the value by `next(globalThis)`.
     */
    function relayed(open: number, c: number, fn: string, member: boolean, index: number, holder: boolean, origin: number): void {
      if ((fn === 'setTimeout' || fn === 'setInterval') && index >= 2) return callbackGets(open, origin, holder);
      if ((fn === 'setImmediate' || fn === 'nextTick') && index >= 1) return callbackGets(open, origin, holder);
      // `new CustomEvent('x', { detail: globalThis })`: a listener's `e.detail`.
      if (fn === 'CustomEvent' && index === 1 && holder) {
        for (const e of eventParams) {
          const word = ident(e) as string;
          const scope = flowScope(word, e);
          for (const q of usesIn(word, scope)) if (q !== e && flowScope(word, q) === scope && isP(q + 1, 46) && isId(q + 2, 'detail')) push(q, q + 2, false, origin);
        }
      }
      // `resolve(globalThis)` of `Promise.withResolvers()`: its `promise`.
      const promises = fn === 'resolve' && index === 0 ? relaySites().promises : [];
      for (let q = 0; q < promises.length; q += 2) push(promises[q] as number, promises[q + 1] as number, holder, origin);
      if (!member) return;
      // `registry.register(target, globalThis)`: a FinalizationRegistry's callback gets the held value.
      if (fn === 'register' && index === 1) for (const f of relaySites().finalizers) functionGets(f, origin, holder);
      if (fn === 'emit' && index >= 1) {
        const event = literal(open + 1);
        for (const [name, f] of relaySites().listeners) if (event === undefined || name === undefined || name === event) functionGets(f, origin, holder);
      } else if ((fn === 'run' || fn === 'enterWith') && index === 0) {
        for (const g of relaySites().stores) push(chainStart(g), matching(g + 1), holder, origin);
      } else if (fn === 'next' && index === 0 && isP(c - 1, 46)) {
        for (const y of relaySites().yields) push(y, yieldEnd(y), holder, origin);
      }
    }
    /** The last token of the `yield` expression at `y`: the keyword alone (`const v = yield;`) or its operand's. */
    function yieldEnd(y: number): number {
      const a = y + 1;
      if (a >= count || isP(a, 59) || isP(a, 41) || isP(a, 93) || isP(a, 125) || isP(a, 44) || isP(a, 58) || (tok.line[a] as number) > (tok.line[y] as number)) return y;
      return expressionEnd(a, true) - 1;
    }
    /** `(` at `open` of a call given a function (its first argument) called with the value or its elements: each parameter holds it. */
    function callbackGets(open: number, origin: number, holder = false): void {
      functionGets(open + 1, origin, holder);
    }
    /** The function written at `f` is called with the value (or, `holder`, its elements): each parameter holds it. */
    function functionGets(start: number, origin: number, holder = false): void {
      let f = start;
      if (isId(f, 'async')) f++;
      let params = -1;
      if (isId(f, 'function')) params = isP(f + 1, 40) ? f + 1 : isP(f + 2, 40) ? f + 2 : -1;
      else if (isP(f, 40) && isP(matching(f) + 1, P_ARROW)) params = f;
      else if (kind(f) === K.Ident && isP(f + 1, P_ARROW)) return bind(f, holder, origin);
      if (params < 0) return;
      for (const p of argumentsOf(params)) {
        const q = isP(p, P_SPREAD) ? p + 1 : p;
        if (kind(q) === K.Ident) bind(q, holder, origin);
        else if (isP(q, 123) || isP(q, 91)) patternGiven(q, holder, origin);
      }
    }
    /**
     * The value at `from` (it ends before `after`) read again as itself: a window's own names for it
     * (`globalThis.window`, `self.globalThis`, `window.parent`, `g['self']`), a frame by number (`window[0]`), its
     * prototype's holder (`__proto__`) and `valueOf()`.
     */
    function sameAgain(from: number, after: number, origin: number): void {
      if (isP(after, 46) || isP(after, P_OPTCHAIN)) {
        if (isP(after + 1, 91)) return sameAgain(from, after + 1, origin);
        const m = ident(after + 1);
        if (m === undefined) return;
        if (GLOBAL_HOSTS.has(m) || WINDOW_MEMBERS.has(m) || m === '__proto__') push(from, after + 1, false, origin);
        else if ((m === 'valueOf' || m === 'open') && isP(after + 2, 40)) push(from, matching(after + 2), false, origin); // `window.open(…)`: a window
      } else if (isP(after, 91) && matching(after) === after + 2) {
        const key = literal(after + 1);
        if (kind(after + 1) === K.Number || (key !== undefined && (GLOBAL_HOSTS.has(key) || WINDOW_MEMBERS.has(key) || key === '__proto__'))) push(from, after + 2, false, origin);
      }
    }
    /** `extends` a class holding the value (`class B extends A {}` of `static g = globalThis`): the derived class inherits its statics. */
    function derivedClass(last: number, weak: boolean): void {
      // Read once per clause: a class is no parameter, so no origin narrows where it holds the value.
      const origin = weak ? WEAK : -1;
      if (thisStored.has(`extends:${last}:${origin}`)) return;
      thisStored.add(`extends:${last}:${origin}`);
      let body = last + 1;
      for (let n = 0; n < 64 && body < count && !isP(body, 123); n++) body = isP(body, 60) ? Math.max(skipTypeArgs(body), body + 1) : isP(body, 40) || isP(body, 91) ? matching(body) + 1 : body + 1;
      if (!isP(body, 123) || blockKind(body) !== 'class') return;
      for (const [f, l, h] of classUses(body)) push(f, l, h === true, origin);
      // `super.g` in its methods reads the base class's members.
      const close = matching(body);
      for (let q = body + 1; q < close; q++) {
        if (isP(q, 123) && blockKind(q) === 'class') q = matching(q);
        else if (isId(q, 'super') && (isP(q + 1, 46) || isP(q + 1, 91))) push(q, q, true, origin);
      }
    }
    /** Each `catch (e)` of the file and the callbacks of `.catch(…)` (a rejected promise's reason) get a thrown value. */
    function thrown(holder: boolean, weak: boolean): void {
      // Every catch gets it wherever it was thrown from, so one reading per kind of value serves all (and stays linear).
      const origin = weak ? WEAK : -1;
      const key = `throw:${holder ? 1 : 0}:${origin}`;
      if (thisStored.has(key)) return;
      thisStored.add(key);
      for (const q of catchSites()) {
        if (isId(q, 'catch') && !isProperty(q)) {
          const p = q + 2;
          if (kind(p) === K.Ident) bind(p, holder, origin);
          else if (isP(p, 123) || isP(p, 91)) patternGiven(p, holder, origin);
        } else if (isId(q, 'catch')) callbackGets(q + 1, origin, holder);
        else {
          // `.then(onFulfilled, onRejected)`: the second argument.
          const second = argumentsOf(q + 1)[1];
          if (second !== undefined) callbackGets(second - 1, origin, holder);
        }
      }
      // What no catch takes reaches the error handlers: an event holding it (`e.error`, `e.reason`) or it alone.
      for (const [f, event] of errorHandlers()) callbackGets(f - 1, origin, event || holder);
    }
    /** `set x(v) { … }` (a class's or a literal's) and a descriptor's or a proxy handler's `set` given a value stored as member `name` ('*': any). */
    function setterGiven(name: string, holder: boolean, weak: boolean): void {
      // A setter is called wherever the store is, so its parameter holds the value with no origin to narrow it; each
      // setter's name is given once per kind of value, so the walk stays linear.
      const sites = setterSites();
      if (sites.size === 0) return;
      const h = (holder ? 1 : 0) + (weak ? 2 : 0);
      const origin = weak ? WEAK : -1;
      const once = (n: string): boolean => !thisStored.has(`set:${n}:${h}`) && thisStored.add(`set:${n}:${h}`) !== undefined;
      if (name === '*' && !once('\0all')) return;
      for (const n of name === '*' ? [...sites.keys()] : [name, '*']) {
        if (!once(n)) continue;
        // A descriptor's `set(v)` gets the value first, a proxy handler's `set(t, k, v)` third: every parameter may hold it.
        for (const params of sites.get(n) ?? []) {
          const ps = isP(params, 40) ? argumentsOf(params) : [params];
          for (const p of n === '*' ? ps : ps.slice(0, 1)) {
            if (kind(p) === K.Ident) bind(p, holder, origin);
            else if (isP(p, 123) || isP(p, 91)) patternGiven(p, holder, origin);
          }
        }
      }
    }
    /** The array at `open` holding the value is the argument list of `Reflect.apply(f, t, […])` or `f.apply(t, […])`. */
    function applyList(open: number, from: number, holder: boolean, origin: number): void {
      const call = parent[open] as number;
      if (call < 0 || !isP(call, 40)) return;
      const args = argumentsOf(call);
      if (isId(call - 1, 'construct') && isId(call - 3, 'Reflect')) {
        if (args[1] !== open) return;
        let at = 0;
        for (let r = open + 1; r < from; r++) if (isP(r, 44) && parent[r] === open) at++; else if (isP(r, 40) || isP(r, 91) || isP(r, 123)) r = matching(r);
        return argument(call, at + 1, holder, false, origin, true);
      }
      const reflect = isId(call - 1, 'apply') && isId(call - 3, 'Reflect');
      if (!(reflect ? args[2] === open : isId(call - 1, 'apply') && args[1] === open)) return;
      let index = 0;
      for (let r = open + 1; r < from; r++) if (isP(r, 44) && parent[r] === open) index++; else if (isP(r, 40) || isP(r, 91) || isP(r, 123)) r = matching(r);
      argument(call, index + (reflect ? 2 : 1), holder, false, origin, true);
    }
  }
  /** Bounds the global object's walk through a file's code (a value is pushed once). */
  /**
   * The value `from`..`last` is what its expression yields (or one of them): before it nothing but an opener, a
   * separator, `=`, `=>`, `...`, a keyword taking a value, a conditional's `?` / `:`, `||`, `??` or `&&`; after it a
   * closer, a separator, `||`, `??`, a conditional's `:`, `as`, or a new line.
   */
  function wholeOperand(from: number, last: number): boolean {
    const op = (k: number) => (isP(k, P_OTHER2_ID) ? text.slice(tok.start[k], tok.end[k]) : '');
    const after = last + 1;
    const a = op(after);
    // `globalThis!` (TypeScript's non-null assertion) ends where a value does.
    const nonNull = isP(after, 33) && (after + 1 >= count || isP(after + 1, 44) || isP(after + 1, 41) || isP(after + 1, 93) || isP(after + 1, 125) || isP(after + 1, 59));
    const afterOk = nonNull || after >= count || a === '||' || a === '??' || isP(after, 41) || isP(after, 93) || isP(after, 125) || isP(after, 44) || isP(after, 59) || (isP(after, 58) && ((tok.flags[after] as number) & F_TERNARY) !== 0) || isId(after, 'as') || isId(after, 'satisfies') || (kind(after) === K.Ident && (tok.line[after] as number) > (tok.line[last] as number));
    if (!afterOk) return false;
    const before = from - 1;
    if (before < 0) return true;
    const b = op(before);
    if (b === '||' || b === '??' || b === '&&' || logicalAssignment(before)) return true;
    if (isP(before, 42) && isId(before - 1, 'yield')) return true; // `yield* inner()`: what the inner iterator yields
    if (kind(before) === K.Ident) return !isProperty(before) && VALUE_KEYWORDS.has(ident(before) as string);
    return isP(before, 40) || isP(before, 91) || isP(before, 123) || isP(before, 44) || isP(before, 59) || isP(before, 63) || isP(before, 58) || isP(before, P_ARROW) || isP(before, P_SPREAD) || (isP(before, 61) && !touchesOperator(before));
  }
  /**
   * The key at `k` is a parameter of a function of the file only ever called by its name, every call giving it a
   * string that names no worker constructor (`getNative(root, 'Map')` reading `object[key]`), or a parameter of the
   * caller that is one in turn (a few calls deep).
   */
  function parameterKeys(k: number, depth: number, names: ReadonlySet<string> = WORKERS): boolean {
    if (depth > 3 || kind(k) !== K.Ident || isProperty(k)) return false;
    const word = ident(k) as string;
    const scope = flowScope(word, k);
    for (let o = parent[k] as number; o >= 0; o = parent[o] as number) {
      const params = isP(o, 123) && isP(o - 1, 41) ? (partner[o - 1] as number) : isP(o, 123) && isP(o - 1, P_ARROW) && isP(o - 2, 41) ? (partner[o - 2] as number) : -1;
      if (params < 0 || functionBodyEnd(params) !== matching(o)) continue;
      const index = argumentsOf(params).findIndex((p) => isId(p, word) && flowScope(word, p) === scope);
      if (index < 0) continue;
      const calls = callsOf(params);
      if (calls.length === 0 || !onlyCalled(params) || calls.some(([, , holder]) => holder === true)) return false;
      return calls.every(([, last]) => {
        const open = partner[last] as number;
        if (!isP(last, 41) || isId(open - 1, 'apply')) return false;
        const args = argumentsOf(open).slice(isId(open - 1, 'call') && isProperty(open - 1) ? 1 : 0);
        if (args.slice(0, index + 1).some((x) => isP(x, P_SPREAD))) return false; // `f(...list)`: any argument
        const a = args[index];
        if (a === undefined) return true;
        const end = index + 1 < args.length ? (args[index + 1] as number) - 1 : matching(open);
        const value = joinedLiterals(a, end);
        return value !== undefined ? !names.has(value) : a + 1 === end && parameterKeys(a, depth + 1, names);
      });
    }
    return false;
  }
  /**
   * Whether the name at `q` is given a value otherwise than by `=`: a compound assignment (`k += 'Worker'`, `k ??=
   * v`), a for-in/of head (`for (k of list)`), or a target of a destructuring pattern (`[k] = ['Worker']`, `({ k } = o)`).
   */
  function boundAnew(q: number): boolean {
    const next = q + 1;
    if (isP(next, P_OTHER2_ID) && ((text.charCodeAt((tok.end[next] as number) - 1) === 61 && !comparison(next) && !isOrderTest(next)) || (isP(next + 1, 61) && touchesOperator(next + 1)))) return true;
    if ((isId(next, 'of') || isId(next, 'in')) && isP(parent[q] as number, 40) && (isId((parent[q] as number) - 1, 'for') || isId((parent[q] as number) - 1, 'await'))) return true;
    for (let o = parent[q] as number, hops = 0; o >= 0 && (isP(o, 91) || isP(o, 123)) && hops < 16; o = parent[o] as number, hops++) {
      const after = matching(o) + 1;
      if ((isP(after, 61) && !touchesOperator(after)) || isId(after, 'of') || isId(after, 'in')) return true;
    }
    return false;
  }
  /** `<=` / `>=` at `k`: a test, not an assignment. */
  function isOrderTest(k: number): boolean {
    const op = text.slice(tok.start[k] as number, tok.end[k] as number);
    return op === '<=' || op === '>=';
  }
  /**
   * The key at `k`, handed beside the global object, is one of strings naming no loader: a counter, a parameter every
   * call of the file gives one (`function mock(name) { vi.spyOn(globalThis, name) }` called `mock('fetch')`), or the
   * element of a list of such literals (`for (const m of ['fetch', 'open'])`, `['fetch'].forEach((m) => …)`) bound nowhere else.
   */
  function knownKeys(k: number): boolean {
    if (kind(k) !== K.Ident || isProperty(k)) return false;
    return counterKey(k) || parameterKeys(k, 0, LOADER_KEYS) || listedKey(k);
  }
  function listedKey(k: number): boolean {
    const word = ident(k) as string;
    const scope = flowScope(word, k);
    if (scope < 0) return false;
    let list = -1;
    for (const q of usesIn(word, scope)) {
      if (flowScope(word, q) !== scope) continue;
      const head = parent[q] as number;
      if (DECLARATORS.has(ident(q - 1) ?? '') && isId(q + 1, 'of') && isP(head, 40) && isId(head - 1, 'for') && isP(q + 2, 91) && matching(q + 2) + 1 === matching(head)) {
        if (list >= 0) return false;
        list = q + 2;
        continue;
      }
      // `[…].forEach((m) => …)`: the callback's one parameter.
      const arrow = isP(q + 1, P_ARROW) ? q : isP(head, 40) && isP(q - 1, 40) && isP(q + 1, 41) && isP(q + 2, P_ARROW) ? head : -1;
      const call = arrow >= 0 ? (parent[arrow] as number) : -1;
      if (arrow >= 0 && call >= 0 && isP(call, 40) && (arrow === call + 1) && (isId(call - 1, 'forEach') || isId(call - 1, 'map')) && isP(call - 2, 46) && isP(call - 3, 93)) {
        if (list >= 0) return false;
        list = partner[call - 3] as number;
        continue;
      }
      if ((isP(q + 1, 61) && !touchesOperator(q + 1)) || boundAnew(q) || isP(q + 1, P_INC) || isP(q + 1, P_DEC) || isP(q - 1, P_INC) || isP(q - 1, P_DEC)) return false;
    }
    if (list < 0) return false;
    const close = matching(list);
    for (let q = list + 1; q < close; q++) {
      if (isP(q, 44)) continue;
      const value = kind(q) === K.String ? literal(q) : undefined;
      if (value === undefined || LOADER_KEYS.has(value)) return false;
    }
    return close > list + 1;
  }
  /** The function whose parameters are at `params` is declared or assigned to a name that the file only calls (`f(…)`, `f.call(…)`). */
  function onlyCalled(params: number): boolean {
    const head = functionHead(params);
    const name = isId(head, 'function') && kind(head + 1) === K.Ident ? head + 1 : -1;
    const target = name >= 0 && isStatementStart(head) ? name : isP(head - 1, 61) && !touchesOperator(head - 1) && kind(head - 2) === K.Ident && !isProperty(head - 2) && DECLARATORS.has(ident(head - 3) ?? '') ? head - 2 : -1;
    if (target < 0) return false;
    const word = ident(target) as string;
    const scope = flowScope(word, target);
    return flowPositions(word).every((q) => q === target || flowScope(word, q) !== scope || isP(q + 1, 40) || (isP(q + 1, 46) && isId(q + 2, 'call') && isP(q + 3, 40)));
  }
  /**
   * The key at `k` is a local only ever set to a number: declared with a number literal (or nothing), then counted
   * (`for (var i = 0; i < n; i++) e[i]`, `i += 2`). A parameter, a loop's `of` / `in` element or any other value may be a name.
   */
  function counterKey(k: number): boolean {
    if (kind(k) !== K.Ident || isProperty(k)) return false;
    const word = ident(k) as string;
    const scope = flowScope(word, k);
    if (scope < 0) return false;
    let declared = false;
    for (const q of flowPositions(word)) {
      if (flowScope(word, q) !== scope) continue;
      const o = parent[q] as number;
      if (o >= 0 && isP(o, 40) && functionBodyEnd(o) !== undefined) return false; // a parameter
      if (isP(q + 1, P_INC) || isP(q + 1, P_DEC) || isP(q - 1, P_INC) || isP(q - 1, P_DEC)) continue;
      const op = isP(q + 1, P_OTHER2_ID) ? text.slice(tok.start[q + 1], tok.end[q + 1]) : '';
      const assigned = (isP(q + 1, 61) && !touchesOperator(q + 1)) || op.endsWith('=') && !['==', '===', '!=', '!==', '<=', '>='].includes(op);
      const decl = DECLARATORS.has(ident(q - 1) ?? '') || (isP(q - 1, 44) && declaresHere(q));
      if (assigned) {
        if (kind(q + 2) !== K.Number || !(isP(q + 3, 59) || isP(q + 3, 44) || isP(q + 3, 41))) return false;
        declared ||= decl;
      } else if (decl) {
        if (isId(q + 1, 'of') || isId(q + 1, 'in')) return false;
        declared = true;
      } else if (isId(q + 1, 'of') || isId(q + 1, 'in')) return false;
    }
    return declared;
  }
  /** `=` at `k` of `||=`, `??=` or `&&=` (lexed as the operator and an `=` touching it). */
  function logicalAssignment(k: number): boolean {
    return isP(k, 61) && touchesOperator(k) && LOGICAL_ASSIGNMENTS.has(opText(k - 1));
  }
  /** The text of the operator of two or more characters at `k` (`||=`), or ''. */
  function opText(k: number): string {
    return isP(k, P_OTHER2_ID) ? text.slice(tok.start[k], tok.end[k]) : '';
  }
  /**
   * The class whose body opens at `body` holds the value (a static field, a getter or method returning it): each use of
   * its name (in the scope that declares it), or the class expression itself, is a holder.
   */
  function classUses(body: number): [number, number, boolean][] {
    let c = body - 1;
    // A class expression in the heritage (`class C extends class { static g = globalThis } {}`) is skipped whole: its
    // keyword is not this class's.
    for (let n = 0, inner = 0; c > 0 && n < 64 && !(isId(c, 'class') && inner === 0); n++) {
      if (isId(c, 'class')) inner--;
      else if (isP(c, 125) && blockKind(partner[c] as number) === 'class') inner++;
      c = isP(c, 41) || isP(c, 93) || isP(c, 125) ? (partner[c] as number) - 1 : c - 1;
    }
    if (!isId(c, 'class')) return [];
    const name = kind(c + 1) === K.Ident && !isId(c + 1, 'extends') ? c + 1 : isP(c - 1, 61) && kind(c - 2) === K.Ident ? c - 2 : -1;
    if (name < 0) return [[c, matching(body), true]];
    const word = ident(name) as string;
    const scope = flowScope(word, name);
    const uses: [number, number, boolean][] = usesIn(word, scope).filter((q) => q !== name && flowScope(word, q) === scope).map((q) => [q, q, true]);
    // A named class expression (`extends class B { … }`, `const A = class B { … }`) is a value whose name binds only inside it.
    const head = isId(c - 1, 'abstract') ? c - 1 : c;
    if (name === c + 1 && !isStatementStart(head) && !isId(head - 1, 'export') && !isId(head - 1, 'default') && !isId(head - 1, 'declare')) uses.push([c, matching(body), true]);
    return uses;
  }
  /** The first token of the call whose arguments open at `open`: its callee's (`a.b(`, `(function () {})(`, `f(x)(`). */
  function callStart(open: number): number {
    const c = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
    if (kind(c) === K.Ident) return chainStart(c);
    if (isP(c, 125)) { const p = iifeParams(c); return p >= 0 ? functionHead(p) : (partner[c] as number); }
    return isP(c, 41) || isP(c, 93) ? (partner[c] as number) : c;
  }
  /** Whether the file is strict code throughout: a module (an `import` / `export` statement) or a `'use strict'` prologue. */
  function strictFile(): boolean {
    if (literal(0) === 'use strict') return true;
    for (let k = 0; k < count; k++) {
      if (parent[k] !== -1 || kind(k) !== K.Ident || !isStatementStart(k)) continue;
      if (isId(k, 'export') || (isId(k, 'import') && !isP(k + 1, 40) && !isP(k + 1, 46))) return true;
    }
    return false;
  }
  /** `{` at `body` of a function whose prologue is `'use strict'`. */
  const strictBody = (body: number): boolean => literal(body + 1) === 'use strict';
  /**
   * `this` at `k` in sloppy code is the global object: the nearest function around it (arrows take their `this` from
   * outside) is a plain `function` called where it stands (`(function () { return this })()`) or only ever called by
   * its name (`function g() { return this } g()`), and no function around it is strict.
   */
  function sloppyThisHost(k: number): boolean {
    let fn = -1;
    for (let o = parent[k] as number; o >= 0; o = parent[o] as number) {
      if (!isP(o, 123) || !isP(o - 1, 41)) continue;
      const params = partner[o - 1] as number;
      if (functionBodyEnd(params) !== matching(o)) continue;
      if (strictBody(o)) return false;
      const keyword = isId(params - 1, 'function') ? params - 1 : isId(params - 2, 'function') ? params - 2 : isP(params - 2, 42) && isId(params - 3, 'function') ? params - 3 : -1;
      if (fn < 0) {
        if (keyword < 0) return false; // a method, a constructor's class: `this` is its object
        fn = params;
      }
    }
    if (fn < 0) return false;
    const known = plainlyCalled.get(fn);
    if (known !== undefined) return known;
    const found = calledPlainly(fn);
    plainlyCalled.set(fn, found);
    return found;
  }
  const plainlyCalled = new Map<number, boolean>();
  /** The `function` whose parameters are at `fn` is called where it stands, or only ever called plainly by its name. */
  function calledPlainly(fn: number): boolean {
    const keyword = isId(fn - 1, 'function') ? fn - 1 : isId(fn - 2, 'function') ? fn - 2 : fn - 3;
    const end = functionBodyEnd(fn) as number;
    if (isP(end + 1, 40) || (isP(end + 1, 41) && partner[end + 1] === keyword - 1 && (isP(end + 2, 40) || thislessCall(end + 2)))) return true;
    if (plainCallback(keyword)) return true;
    const name = kind(fn - 1) === K.Ident && !isId(fn - 1, 'function') ? fn - 1 : -1;
    if (name < 0 || !isStatementStart(keyword)) return false;
    const word = ident(name) as string;
    const scope = flowScope(word, name);
    let called = false;
    for (const q of flowPositions(word)) {
      if (q === name || flowScope(word, q) !== scope) continue;
      if (!(isP(q + 1, 40) || thislessCall(q + 1)) || isId(q - 1, 'new')) return false;
      called = true;
    }
    return called;
  }
  /**
   * `.call(` / `.apply(` / `.bind(` at `dot` given no `this` (none, `null`, `undefined`, `void 0`): a sloppy function
   * called so gets the global object as its `this`.
   */
  function thislessCall(dot: number): boolean {
    if (!isP(dot, 46) || !(isId(dot + 1, 'call') || isId(dot + 1, 'apply') || isId(dot + 1, 'bind')) || !isP(dot + 2, 40)) return false;
    const a = dot + 3;
    return isP(a, 41) || ((isId(a, 'null') || isId(a, 'undefined')) && (isP(a + 1, 44) || isP(a + 1, 41))) || (isId(a, 'void') && kind(a + 1) === K.Number);
  }
  /** Element callbacks given no `this` (`[1].map(function () {…})`) and timers' callbacks are called plainly. */
  const PLAIN_CALLBACKS = new Set(['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap']);
  const PLAIN_TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback']);
  /** The function expression at `keyword` is a callback its callee calls with no `this`: the global object in sloppy code. */
  function plainCallback(keyword: number): boolean {
    const f = isId(keyword - 1, 'async') ? keyword - 1 : keyword;
    const call = parent[f] as number;
    if (call < 0 || !isP(call, 40) || !(isP(f - 1, 40) || isP(f - 1, 44))) return false;
    const callee = isP(call - 1, P_OPTCHAIN) ? call - 2 : call - 1;
    if (kind(callee) !== K.Ident) return false;
    const args = argumentsOf(call);
    if (isProperty(callee)) return PLAIN_CALLBACKS.has(ident(callee) as string) && args.length === 1 && args[0] === f;
    return PLAIN_TIMERS.has(ident(callee) as string) && args[0] === f && !bindings.has(ident(callee) as string);
  }
  let flowScopes: { byName: Map<string, { starts: number[]; ends: number[] }>; resolved: Map<string, Int32Array> } | undefined;
  let flowNames: Map<string, number[]> | undefined;
  /** Where the name is written as a value or a declaration (not a member), in order. */
  function flowPositions(word: string): number[] {
    if (flowNames === undefined) {
      flowNames = new Map();
      for (let k = 0; k < count; k++) {
        if (kind(k) !== K.Ident || isProperty(k)) continue;
        const w = ident(k) as string;
        const list = flowNames.get(w);
        if (list === undefined) flowNames.set(w, [k]);
        else list.push(k);
      }
    }
    return flowNames.get(word) ?? [];
  }
  let flowAssignments: Map<string, number[]> | undefined;
  /** Where the name is given a value by `=` (declared or assigned), in order. */
  function flowAssigned(word: string): number[] {
    if (flowAssignments === undefined) {
      flowAssignments = new Map();
      for (let k = 0; k < count; k++) {
        if (kind(k) !== K.Ident || isProperty(k) || !isP(k + 1, 61) || touchesOperator(k + 1)) continue;
        const w = ident(k) as string;
        const list = flowAssignments.get(w);
        if (list === undefined) flowAssignments.set(w, [k]);
        else list.push(k);
      }
    }
    return flowAssignments.get(word) ?? [];
  }
  /** The positions of the name within its scope's range (all of them for the module's scope). */
  function usesIn(word: string, scope: number): number[] {
    const positions = flowPositions(word);
    const r = scope >= 0 ? flowScopes?.byName.get(word) : undefined;
    if (r === undefined) return positions;
    const from = r.starts[scope] as number;
    const to = r.ends[scope] as number;
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((positions[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < positions.length && (positions[end] as number) <= to) end++;
    return positions.slice(lo, end);
  }
  /** The scope (an index into the name's ranges; -1: the module's) that declares the name written at `k`. */
  function flowScope(word: string, k: number): number {
    if (flowScopes === undefined) {
      const { ids, starts, ends, names } = scopeRanges(new Set());
      const byName = new Map<string, { starts: number[]; ends: number[] }>();
      const idNames: string[] = [];
      for (const [w, id] of ids) idNames[id] = w;
      const order = starts.map((_, i) => i).sort((a, b) => (starts[a] as number) - (starts[b] as number) || (ends[b] as number) - (ends[a] as number));
      for (const i of order) {
        const w = idNames[names[i] as number] as string;
        const r = byName.get(w) ?? { starts: [], ends: [] };
        r.starts.push(starts[i] as number);
        r.ends.push(ends[i] as number);
        byName.set(w, r);
      }
      flowScopes = { byName, resolved: new Map() };
    }
    let resolved = flowScopes.resolved.get(word);
    const positions = flowPositions(word);
    if (resolved === undefined) {
      // One sweep over the name's uses and its scopes (nested or apart, by start): the innermost open one.
      resolved = new Int32Array(positions.length).fill(-1);
      const r = flowScopes.byName.get(word);
      if (r !== undefined) {
        const open: number[] = [];
        let next = 0;
        positions.forEach((p, i) => {
          while (next < r.starts.length && (r.starts[next] as number) <= p) {
            while (open.length > 0 && (r.ends[open[open.length - 1] as number] as number) < (r.starts[next] as number)) open.pop();
            open.push(next++);
          }
          while (open.length > 0 && (r.ends[open[open.length - 1] as number] as number) < p) open.pop();
          if (open.length > 0) (resolved as Int32Array)[i] = open[open.length - 1] as number;
        });
      }
      flowScopes.resolved.set(word, resolved);
    }
    let lo = 0;
    let hi = positions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = positions[mid] as number;
      if (p === k) return resolved[mid] as number;
      if (p < k) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  /** The parameters (`(`, or an arrow's one name) of the function whose body holds the `return` at `r`, or -1. */
  function functionOf(r: number): number {
    for (let o = parent[r] as number; o >= 0; o = parent[o] as number) {
      if (!isP(o, 123)) continue;
      if (isP(o - 1, P_ARROW)) return isP(o - 2, 41) ? (partner[o - 2] as number) : o - 2;
      if (isP(o - 1, 41) && functionBodyEnd(partner[o - 1] as number) === matching(o)) return partner[o - 1] as number;
      const typed = returnTyped(o) ? o : -1; // `function f(): T {`
      if (typed >= 0) for (let q = o - 1, n = 0; q > 0 && n < 32; q--, n++) if (isP(q, 41) && isP(q + 1, 58)) return partner[q] as number;
    }
    return -1;
  }
  /** The first token of the function expression whose parameters are at `params` (`async`, `function`, or the parameters). */
  function functionHead(params: number): number {
    let h = params;
    if (isId(h - 1, 'function')) h--;
    else if (kind(h - 1) === K.Ident && isId(h - 2, 'function')) h -= 2;
    else if (isP(h - 1, 42) && isId(h - 2, 'function')) h -= 2;
    else if (kind(h - 1) === K.Ident && isP(h - 2, 42) && isId(h - 3, 'function')) h -= 3;
    return isId(h - 1, 'async') ? h - 1 : h;
  }
  /**
   * The calls of the function whose parameters are at `params`, each `[from, last]`: where it stands (an IIFE), by the
   * name it is declared or assigned to (also through `.call` / `.apply`, `Reflect.apply`). A method or a property's
   * function makes its object literal a holder: `[from, last, holder]` with `holder` set.
   */
  const callsMemo = new Map<number, [number, number, boolean?][]>();
  let callsNesting = 0;
  function callsOf(params: number): [number, number, boolean?][] {
    const known = callsMemo.get(params);
    if (known !== undefined) return known;
    // Functions handed to functions handed to … (calleeParams reads a parameter's callees through callsOf): a few levels.
    if (callsNesting >= 4) return [];
    callsNesting++;
    try {
      const found = callsOfFunction(params);
      if (callsNesting === 1) callsMemo.set(params, found);
      return found;
    } finally {
      callsNesting--;
    }
  }
  function callsOfFunction(params: number): [number, number, boolean?][] {
    const out: [number, number, boolean?][] = [];
    const end = isP(params, 40) ? functionBodyEnd(params) : arrowBodyEnd(params + 1);
    if (end === undefined) return out;
    const head = functionHead(params);
    const o = parent[params] as number;
    const computedMethod = isP(params, 40) && isP(params - 1, 93) && isP(parent[params] as number, 123) && blockKind(parent[params] as number) !== 'code'; // `*[Symbol.iterator]() {`
    if (!isId(head, 'function') && !isId(head + 1, 'function') && isP(params, 40) && ((kind(params - 1) === K.Ident && isDefinition(params - 1, params)) || computedMethod)) {
      if (o >= 0 && isP(o, 123) && blockKind(o) === undefined) out.push([o, matching(o), true]); // a method of an object literal
      else if (o >= 0 && isP(o, 123) && blockKind(o) === 'class') {
        const uses = classUses(o);
        out.push(...uses); // `static get g() { return globalThis }`
        // A constructor returning an object makes `new C()` that object.
        if (isId(params - 1, 'constructor')) for (const [q] of uses) if (isId(q - 1, 'new')) out.push([q - 1, isP(q + 1, 40) ? matching(q + 1) : q]);
      }
      return out;
    }
    if (isP(head - 1, 58) && ((tok.flags[head - 1] as number) & F_TERNARY) === 0 && isP(parent[head] as number, 123)) {
      out.push([parent[head] as number, matching(parent[head] as number), true]); // `{ g: () => globalThis }`
      return out;
    }
    // Where it stands (`function () { … }.call(g)`, `Reflect.apply(() => g, …)`); a declaration is no value (`function f() {}\n(g)` is a group).
    if (!(isStatementStart(head) && (isId(head, 'function') || isId(head, 'async')))) callsOfValue(head, end, 0, out, false);
    // An element of an array literal (`[() => globalThis]`): the array holds a function returning it.
    const element = parent[head] as number;
    if (element >= 0 && isP(element, 91) && (isP(head - 1, 91) || isP(head - 1, 44)) && !(kind(element - 1) === K.Ident && !OPERAND_BEFORE.has(ident(element - 1) as string)) && !isP(element - 1, 41) && !isP(element - 1, 93)) out.push([element, matching(element), true]);
    // `[1].map(() => globalThis)`, `Array.from(a, () => self)`: the callback's results are the call's elements.
    const call = parent[head] as number;
    if (call >= 0 && isP(call, 40) && functionBodyEnd(call) === undefined && isProperty(call - 1) && (MAPPING_CALLBACKS.has(ident(call - 1) ?? '') || (isId(call - 1, 'from') && isId(call - 3, 'Array')))) out.push([callStart(call), matching(call), true]);
    // `(function () { … })(…)`, `.call(…)`, `.bind(g)` kept in a name and called later.
    if (isP(end + 1, 41) && partner[end + 1] === head - 1) callsOfValue(head - 1, end + 1, 0, out);
    const named = (k: number) => (isP(k, 42) ? k + 1 : k); // `function* gen`: a generator's name follows its star
    const name = isId(head, 'function') && kind(named(head + 1)) === K.Ident ? named(head + 1) : isId(head, 'async') && kind(named(head + 2)) === K.Ident && isId(head + 1, 'function') ? named(head + 2) : -1;
    const target = name >= 0 && isStatementStart(head) ? name : isP(head - 1, 61) && !touchesOperator(head - 1) && kind(head - 2) === K.Ident && !isProperty(head - 2) ? head - 2 : -1;
    if (target >= 0) callsOfName(target, 0, out);
    return out;
  }
  /** The calls of the function named at `target` (its declaration or assignment), by that name in its scope. */
  function callsOfName(target: number, depth: number, out: [number, number, boolean?][]): void {
    const word = ident(target) as string;
    const scope = flowScope(word, target);
    for (const q of flowPositions(word)) if (q !== target && flowScope(word, q) === scope) callsOfValue(q, q, depth, out);
  }
  /**
   * The calls of the function value `from`..`last`: where it stands (`f(…)`, a tag, `.call(…)` / `.apply(…)`,
   * `Reflect.apply(f, …)`), and, a few hops on, those of a name it or a bound copy of it is kept in (`const b =
   * f.bind(globalThis); b()`, `const p = f; p()`): each returns what the function does.
   */
  function callsOfValue(from: number, last: number, depth: number, out: [number, number, boolean?][], keep = true): void {
    const a = isP(last + 1, P_OPTCHAIN) && isP(last + 2, 40) ? last + 2 : last + 1; // `f?.()`
    if (isP(a, 40)) out.push([from, matching(a)]);
    else if (kind(a) === K.Template) out.push([from, a]); // a tag: `t\`x\`` calls it
    else if (isP(a, 46) && (isId(a + 1, 'call') || isId(a + 1, 'apply')) && isP(a + 2, 40)) out.push([from, matching(a + 2)]);
    else if (isP(a, 46) && isId(a + 1, 'bind') && isP(a + 2, 40)) callsOfValue(from, matching(a + 2), depth, out); // its bound copy
    // `Reflect.apply(f, …)`, `Reflect.construct(function () { this.g = globalThis }, [])`: a call of it (`new`'s object for construct).
    else if (isP(from - 1, 40) && (isId(from - 2, 'apply') || isId(from - 2, 'construct')) && isId(from - 4, 'Reflect') && isP(last + 1, 44)) out.push([from - 4, matching(from - 1)]);
    else if (depth < 3) {
      const t = keep ? keptIn(from, last) : -1;
      if (t >= 0) return callsOfName(t, depth + 1, out);
      // Returned (`() => () => globalThis`, `return function () { … }`): the outer function's calls are this one's values.
      const outer = returnedBy(from, last);
      if (outer >= 0) {
        const calls: [number, number, boolean?][] = [];
        for (const [cf, cl, h] of callsOf(outer)) if (h !== true) callsOfValue(cf, cl, depth + 1, calls);
        out.push(...calls);
        return;
      }
      // Handed to a function of the file (`run(() => globalThis)` with `function run(f) { return f(); }`): its parameter's calls.
      const call = parent[from] as number;
      // A promise's callback (`p.then(() => globalThis)`): the promise `then` makes is of what it returns.
      if (call >= 0 && isP(call, 40) && (isId(call - 1, 'then') || isId(call - 1, 'catch')) && isProperty(call - 1) && (isP(from - 1, 40) || isP(from - 1, 44))) {
        out.push([chainStart(call - 1), matching(call)]);
        return;
      }
      if (call >= 0 && isP(call, 40) && functionBodyEnd(call) === undefined && (isP(from - 1, 40) || isP(from - 1, 44)) && (isP(last + 1, 41) || isP(last + 1, 44))) {
        const index = argumentsOf(call).indexOf(from);
        for (const [params, shift] of calleeParams(call)) {
          const p = isP(params, 40) ? argumentsOf(params)[index - shift] : index === shift ? params : undefined;
          if (p !== undefined && kind(p) === K.Ident) callsOfName(p, depth + 1, out);
        }
      }
    }
  }
  /** The parameters of the function that returns the value `from`..`last` whole (an arrow's body, `return …;`), or -1. */
  function returnedBy(from: number, last: number): number {
    const a = last + 1;
    if (!(a >= count || isP(a, 59) || isP(a, 41) || isP(a, 125) || isP(a, 44) || (tok.line[a] as number) > (tok.line[last] as number))) return -1;
    if (isP(from - 1, P_ARROW)) return isP(from - 2, 41) ? (partner[from - 2] as number) : from - 2;
    return isId(from - 1, 'return') ? functionOf(from - 1) : -1;
  }
  /** The name the value `from`..`last` is assigned to whole (`const b = f.bind(g);`, `p = f`), or -1. */
  function keptIn(from: number, last: number): number {
    const eq = from - 1;
    if (!isP(eq, 61) || touchesOperator(eq) || kind(eq - 1) !== K.Ident || isProperty(eq - 1)) return -1;
    const a = last + 1;
    const ends = a >= count || isP(a, 59) || isP(a, 44) || isP(a, 41) || isP(a, 125) || isP(a, 93) || (tok.line[a] as number) > (tok.line[last] as number);
    return ends ? eq - 1 : -1;
  }
  type Relays = { listeners: [string | undefined, number][]; stores: number[]; yields: number[]; promises: number[]; finalizers: number[] };
  let flowRelays: Relays | undefined;
  /**
   * The file's receivers of relayed values, read once: emitters' listeners (`x.on('name', f)`: the name, or undefined
   * where computed, and the function), `getStore` calls (the property) and the `yield`s whose value the code uses.
   */
  function relaySites(): Relays {
    if (flowRelays !== undefined) return flowRelays;
    const out: Relays = (flowRelays = { listeners: [], stores: [], yields: [], promises: [], finalizers: [] });
    const resolvers = text.includes('withResolvers');
    for (let k = 0; k + 1 < count; k++) {
      if (kind(k) !== K.Ident) continue;
      const w = ident(k) as string;
      if (w === 'yield' && !isProperty(k) && !isP(k + 1, 42) && !isStatementStart(k)) out.yields.push(k);
      if (resolvers && w === 'promise' && !(isP(k + 1, 58) && isP(parent[k] as number, 123))) out.promises.push(isProperty(k) ? chainStart(k) : k, k);
      if (w === 'FinalizationRegistry' && isP(k + 1, 40) && isId(k - 1, 'new')) out.finalizers.push(k + 2);
      if (!isP(k + 1, 40) || !isProperty(k)) continue;
      if (LISTENER_ADDS.has(w)) {
        const [name, f] = argumentsOf(k + 1);
        if (name !== undefined && f !== undefined) out.listeners.push([literal(name), f]);
      } else if (w === 'getStore') out.stores.push(k);
    }
    return out;
  }
  let flowCatches: number[] | undefined;
  /**
   * Where the file receives a thrown value or a rejection: `catch (` clauses (the `catch`), `.catch(` calls (the
   * property) and `.then(` calls given a second argument (the property).
   */
  function catchSites(): number[] {
    if (flowCatches !== undefined) return flowCatches;
    flowCatches = [];
    for (let k = 0; k + 1 < count; k++) {
      if (kind(k) !== K.Ident || !isP(k + 1, 40)) continue;
      const w = ident(k) as string;
      if (w === 'catch' || (w === 'then' && isProperty(k) && argumentsOf(k + 1).length > 1)) flowCatches.push(k);
    }
    return flowCatches;
  }
  let flowErrorHandlers: [number, boolean][] | undefined;
  /** Error events' listeners given an uncaught value: `[function's first token, given an event holding it]`. */
  const ERROR_EVENTS = new Set(['error', 'unhandledrejection']);
  const PROCESS_ERROR_EVENTS = new Set(['uncaughtException', 'uncaughtExceptionMonitor', 'unhandledRejection']);
  const LISTENER_ADDS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
  /**
   * The file's listeners of uncaught errors: `onerror = (m, s, l, c, error) => …`, `addEventListener('error' |
   * 'unhandledrejection', (e) => …)` (its event holds the value), `process.on('uncaughtException' |
   * 'unhandledRejection', (error) => …)`.
   */
  function errorHandlers(): [number, boolean][] {
    if (flowErrorHandlers !== undefined) return flowErrorHandlers;
    const out: [number, boolean][] = (flowErrorHandlers = []);
    for (let k = 0; k + 2 < count; k++) {
      if (kind(k) !== K.Ident) continue;
      const w = ident(k) as string;
      if (w === 'onerror' && isP(k + 1, 61) && !touchesOperator(k + 1)) out.push([k + 2, false]);
      else if (isP(k + 1, 40) && (w === 'addEventListener' || (isProperty(k) && LISTENER_ADDS.has(w)))) {
        const [name, f] = argumentsOf(k + 1);
        const event = literal(name ?? -1);
        if (f === undefined || event === undefined || !isP(f - 1, 44)) continue;
        if (w === 'addEventListener' ? ERROR_EVENTS.has(event) : PROCESS_ERROR_EVENTS.has(event)) out.push([f, w === 'addEventListener']);
      }
    }
    return out;
  }
  let flowSetters: Map<string, number[]> | undefined;
  /**
   * The file's setters, each `[name, params]`: `set x(v) {` of a class or a literal (`set [k](v)`: '*'), and a
   * literal's `set` method or function (a property descriptor's, a proxy handler's: '*', whatever member they set).
   */
  function setterSites(): Map<string, number[]> {
    if (flowSetters !== undefined) return flowSetters;
    const sites = (flowSetters = new Map());
    const add = (name: string, params: number) => { const l = sites.get(name); if (l === undefined) sites.set(name, [params]); else l.push(params); };
    for (let k = 0; k + 2 < count; k++) {
      if (!isId(k, 'set') || isProperty(k) || !isP(parent[k] as number, 123)) continue;
      if (isP(k + 1, 40) && functionBodyEnd(k + 1) !== undefined) { add('*', k + 1); continue; } // `set(v) {`
      if (isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44))) {
        // `set: function (v) {…}`, `set: (v) => …`, `set: v => …`
        const f = isId(k + 2, 'async') ? k + 3 : k + 2;
        const open = isId(f, 'function') ? (kind(f + 1) === K.Ident ? f + 2 : f + 1) : f;
        if (isP(open, 40) && functionBodyEnd(open) !== undefined) add('*', open);
        else if (kind(f) === K.Ident && isP(f + 1, P_ARROW)) add('*', f);
        continue;
      }
      const open = isP(k + 1, 91) ? matching(k + 1) + 1 : k + 2;
      if (!isP(open, 40) || functionBodyEnd(open) === undefined) continue;
      const name = isP(k + 1, 91) ? '*' : kind(k + 1) === K.Private ? text.slice(tok.start[k + 1], tok.end[k + 1]) : (ident(k + 1) ?? literal(k + 1));
      if (name !== undefined) add(name, open);
    }
    return sites;
  }
  /**
   * The name called at `c` is a parameter of a promise's executor (`new Promise((resolve, reject) => …)`): its index
   * (0 resolves, 1 rejects) and the `(` of `new Promise(`.
   */
  function executorParam(c: number): { index: number; open: number } | undefined {
    if (kind(c) !== K.Ident || isProperty(c)) return undefined;
    const word = ident(c) as string;
    const scope = flowScope(word, c);
    if (scope < 0) return undefined;
    // The scope's first position of the name is its declaration (a parameter comes before its body's uses).
    const decl = usesIn(word, scope)[0];
    if (decl === undefined) return undefined;
    // `new Promise(r => r(globalThis))`: a lone parameter without parentheses.
    if (isP(decl + 1, P_ARROW) && isP(decl - 1, 40) && isId(decl - 2, 'Promise') && isId(decl - 3, 'new')) return { index: 0, open: decl - 1 };
    const params = parent[decl] as number;
    if (params < 0 || !isP(params, 40) || functionBodyEnd(params) === undefined) return undefined;
    const head = functionHead(params);
    if (!isP(head - 1, 40) || !isId(head - 2, 'Promise') || !isId(head - 3, 'new')) return undefined;
    return { index: argumentsOf(params).indexOf(decl), open: head - 1 };
  }

  let flowFunctions: Map<string, number[]> | undefined;
  let flowMethods: Map<string, number[]> | undefined;
  /** Functions of the file by name: declared (`function f(`), assigned (`f = (…) =>`, `f = function`), methods of literals. */
  function functionsNamed(): void {
    flowFunctions = new Map();
    flowMethods = new Map();
    const add = (m: Map<string, number[]>, w: string, params: number) => {
      const list = m.get(w);
      if (list === undefined) m.set(w, [params]);
      else list.push(params);
    };
    for (let k = 0; k < count; k++) {
      if (kind(k) !== K.Ident) continue;
      if (isId(k, 'function')) {
        const name = isP(k + 1, 42) ? k + 2 : k + 1;
        if (kind(name) === K.Ident && isP(skipTypeArgs(name + 1), 40)) add(flowFunctions, ident(name) as string, skipTypeArgs(name + 1));
        continue;
      }
      if (isProperty(k)) continue;
      const after = k + 1;
      if (isP(after, 61) && !touchesOperator(after)) {
        const f = isId(k + 2, 'async') ? k + 3 : k + 2;
        const open = isId(f, 'function') ? skipTypeArgs(kind(f + 1) === K.Ident ? f + 2 : isP(f + 1, 42) ? f + 2 : f + 1) : f;
        if (isP(open, 40) && (isId(f, 'function') || isP(matching(open) + 1, P_ARROW) || isP(matching(open) + 1, 58))) add(flowFunctions, ident(k) as string, open);
        else if (kind(f) === K.Ident && isP(f + 1, P_ARROW)) add(flowFunctions, ident(k) as string, f);
      } else if (isP(after, 40) && isDefinition(k, after) && isP(parent[k] as number, 123) && blockKind(parent[k] as number) === undefined) {
        add(flowMethods, ident(k) as string, after); // `{ pick(o, k) { … } }`
      } else if (isP(after, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && isP(parent[k] as number, 123)) {
        const f = isId(k + 2, 'async') ? k + 3 : k + 2;
        const open = isId(f, 'function') ? skipTypeArgs(kind(f + 1) === K.Ident ? f + 2 : f + 1) : f;
        if (isP(open, 40) && (isId(f, 'function') || isP(matching(open) + 1, P_ARROW))) add(flowMethods, ident(k) as string, open);
        else if (kind(f) === K.Ident && isP(f + 1, P_ARROW)) add(flowMethods, ident(k) as string, f);
      }
    }
  }
  /**
   * The object at `o` (whose `.constructor(` is called) is a function, so its constructor is Function's: a `constructor`
   * member (`x.constructor.constructor`), `Function` or its prototype, or a function, arrow or class expression in a group.
   */
  function functionConstructor(o: number): boolean {
    if (kind(o) === K.Ident) return (isId(o, 'constructor') && isProperty(o)) || (isId(o, 'Function') && !isProperty(o)) || (isId(o, 'prototype') && isId(o - 2, 'Function'));
    if (!isP(o, 41)) return false;
    const open = partner[o] as number;
    const f = isId(open + 1, 'async') ? open + 2 : open + 1;
    if (isId(f, 'function') || isId(f, 'class')) return true;
    return (isP(f, 40) && isP(matching(f) + 1, P_ARROW) && arrowBodyEnd(matching(f) + 1) === o - 1) || (kind(f) === K.Ident && isP(f + 1, P_ARROW));
  }
  let loaderConstantNames: Set<string> | undefined;
  /** Names declared `const NAME = 'Worker'` (or another loader key) somewhere in the file: read once. */
  function loaderConstants(): Set<string> {
    if (loaderConstantNames !== undefined) return loaderConstantNames;
    loaderConstantNames = new Set();
    for (let k = 3; k < count; k++) if ((kind(k) === K.String || kind(k) === K.Template) && isP(k - 1, 61) && kind(k - 2) === K.Ident && isId(k - 3, 'const') && LOADER_KEYS.has(literal(k) ?? '')) loaderConstantNames.add(ident(k - 2) as string);
    return loaderConstantNames;
  }
  const calleesMemo = new Map<number, [number, number][]>();
  /** `(` at `open` of a call of functions of the file: each one's parameters and how many arguments come before them. */
  function calleeParams(open: number): [number, number][] {
    const known = calleesMemo.get(open);
    if (known !== undefined) return known;
    const found = calleeParamsOf(open);
    calleesMemo.set(open, found);
    return found;
  }
  function calleeParamsOf(open: number): [number, number][] {
    if (flowFunctions === undefined) functionsNamed();
    const out: [number, number][] = [];
    const byName = (c: number, shift: number, depth = 0) => {
      if (kind(c) === K.Ident && !isProperty(c)) {
        const word = ident(c) as string;
        const scope = flowScope(word, c);
        for (const p of flowFunctions?.get(word) ?? []) {
          const head = functionHead(p);
          // `var pick = function (o, k) {…}` (also named: its name binds only inside) is called by the name it is given.
          const assigned = isP(head - 1, 61) && !touchesOperator(head - 1) ? head - 2 : -1;
          const name = assigned >= 0 ? assigned : isId(head, 'function') || isId(head + 1, 'function') ? (kind(p - 1) === K.Ident && !isId(p - 1, 'function') ? p - 1 : -1) : -1;
          if (name >= 0 && ident(name) === word && flowScope(word, name) === scope) out.push([p, shift]);
        }
        // A parameter (`function run(f) { f(globalThis) }`): the functions the calls of its function give it.
        if (depth < 3 && scope >= 0) parameterCallees(word, scope, c, shift, depth);
        // `const p2 = pick`, `p2 = cond ? pick : other`: the functions a name is given (a few hops).
        if (depth < 3) {
          for (const q of flowAssigned(word)) {
            if (flowScope(word, q) !== scope) continue;
            const end = expressionEnd(q + 2, true);
            for (let v = q + 2; v < end && v - q < MAX_ALIAS_VALUE; v++) if (kind(v) === K.Ident && !isProperty(v) && parent[v] === parent[q + 2] && !isP(v + 1, 46) && !isP(v + 1, 40) && !isP(v + 1, 91)) byName(v, shift, depth + 1);
          }
        }
      }
      else if (kind(c) === K.Ident) for (const p of flowMethods?.get(ident(c) as string) ?? []) out.push([p, shift]);
      else if (isP(c, 41) && isP(c - 2, 44) && kind(c - 1) === K.Ident && depth < 3) byName(c - 1, shift, depth + 1); // `(0, pick)(…)`
      else if (isP(c, 41) || isP(c, 125)) { const p = iifeParams(c); if (p >= 0) out.push([p, shift]); }
    };
    const parameterCallees = (word: string, scope: number, c: number, shift: number, depth: number) => {
      const decl = usesIn(word, scope)[0];
      if (decl === undefined || decl === c) return;
      const list = parent[decl] as number;
      const fn = isP(decl + 1, P_ARROW) && !isP(decl - 1, 40) ? decl : list >= 0 && isP(list, 40) && functionBodyEnd(list) !== undefined ? list : -1;
      const index = fn === decl ? 0 : fn >= 0 ? argumentsOf(fn).indexOf(decl) : -1;
      if (index < 0) return;
      for (const [, cl, h] of callsOf(fn)) {
        if (h === true || !isP(cl, 41)) continue;
        const o = partner[cl] as number;
        if (isProperty(o - 1) && THIS_BINDERS.has(ident(o - 1) ?? '')) continue;
        const a = argumentsOf(o)[index];
        if (a === undefined) continue;
        const fp = functionValueParams(a);
        if (fp >= 0) out.push([fp, shift]);
        else if (kind(a) === K.Ident) byName(a, shift, depth + 1);
      }
    };
    const callee = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
    // `Reflect.apply(f, t, [g])`, `Reflect.construct(F, [g])`: the function is the first argument, named or written there.
    const reflected = isProperty(callee) && isId(callee - 2, 'Reflect') && (isId(callee, 'apply') || isId(callee, 'construct')) ? argumentsOf(open)[0] : undefined;
    if (reflected !== undefined) {
      const shift = isId(callee, 'apply') ? 2 : 1;
      const p = functionValueParams(reflected);
      if (p >= 0) out.push([p, shift]);
      else byName(reflected, shift);
    } else if (isProperty(callee) && (isId(callee, 'call') || isId(callee, 'apply') || isId(callee, 'bind'))) byName(callee - 2, 1);
    byName(callee, 0);
    return out;
  }
  /** The parameters (`(`, or an arrow's one name) of the function or arrow expression starting at `f`, or -1. */
  function functionValueParams(f: number): number {
    const g = isId(f, 'async') ? f + 1 : f;
    if (isId(g, 'function')) {
      const p = skipTypeArgs(isP(g + 1, 42) ? (kind(g + 2) === K.Ident ? g + 3 : g + 2) : kind(g + 1) === K.Ident ? g + 2 : g + 1);
      return isP(p, 40) && functionBodyEnd(p) !== undefined ? p : -1;
    }
    if (isP(g, 40) && isP(matching(g) + 1, P_ARROW)) return g;
    return kind(g) === K.Ident && isP(g + 1, P_ARROW) ? g : -1;
  }
  /** `)` or `}` at `c` ends a function expression called right after it (`(function (o) { … })(…)`, `((o) => …)(…)`): its parameters, or -1. */
  function iifeParams(c: number): number {
    let f = partner[c] as number;
    if (isP(c, 41)) {
      f = isId(f + 1, 'async') ? f + 2 : f + 1;
      if (isId(f, 'function')) { let p = f + 1; while (p < c && !isP(p, 40)) p++; return functionBodyEnd(p) === c - 1 ? p : -1; }
      if (isP(f, 40) && isP(matching(f) + 1, P_ARROW)) return arrowBodyEnd(matching(f) + 1) === c - 1 ? f : -1;
      return kind(f) === K.Ident && isP(f + 1, P_ARROW) && arrowBodyEnd(f + 1) === c - 1 ? f : -1;
    }
    const paramsClose = isP(f - 1, P_ARROW) ? f - 2 : f - 1;
    if (!isP(paramsClose, 41)) return -1;
    const p = partner[paramsClose] as number;
    const head = functionHead(p);
    // A declaration (`function run(f) {}` then `(g)` on the next line) is not called: the group is a statement of its own.
    if (isStatementStart(head) && (isId(head, 'function') || isId(head + 1, 'function'))) return -1;
    return functionBodyEnd(p) === c && (isP(f - 1, P_ARROW) || isId(head, 'function') || isId(head + 1, 'function')) ? p : -1;
  }
  const MAX_FLOW_VALUES = 20_000;
  /** The origin of a value a call the scan does not read returns, given the global object (see globalFlow). */
  const WEAK = -2;
  /** Built-ins whose result is their argument at the index, or inherits from it (a proxy, a prototype). */
  const BUILTIN_SAME = new Map([['Promise.resolve', 0], ['Object', 0], ['Object.getPrototypeOf', 0], ['Reflect.getPrototypeOf', 0], ['Object.freeze', 0], ['Object.seal', 0], ['Object.preventExtensions', 0], ['Object.create', 0], ['Proxy', 0], ['Object.setPrototypeOf', 1], ['Reflect.setPrototypeOf', 1]]);
  /** Built-ins whose result holds their arguments from the index on (or the elements of a holder given). */
  const BUILTIN_HOLDS = new Map([['Array.of', 0], ['Array.from', 0], ['Map', 0], ['Set', 0], ['WeakMap', 0], ['WeakRef', 0], ['Object.assign', 1], ['Object.create', 1], ['Object.fromEntries', 0], ['Object.values', 0], ['Object.entries', 0], ['Promise.all', 0], ['Promise.allSettled', 0], ['Promise.race', 0], ['Promise.any', 0], ['Object.groupBy', 0], ['Map.groupBy', 0], ['Proxy', 1]]);
  /** Methods storing an argument in the collection they are called on. */
  const COLLECTION_STORES = new Set(['push', 'unshift', 'set', 'add', 'splice', 'fill']);
  /** Owners whose methods of those names store nothing in them (`Reflect.set(o, k, g)` writes into its argument). */
  const BUILTIN_OWNERS = new Set(['Reflect', 'Object', 'Array', 'Promise', 'console', 'JSON', 'Math', 'Atomics']);
  /** Words a value may follow as what the statement or expression yields (`return g`, `yield g`, `export default g`). */
  const VALUE_KEYWORDS = new Set(['return', 'yield', 'await', 'throw', 'default', 'else', 'do', 'case']);
  /** Words a group or an array literal may follow (`extends [g][0]`, `new (f())`): no callee, no object of a member. */
  const OPERAND_BEFORE = new Set([...GROUP_BEFORE, 'extends', 'new']);
  /**
   * An object that holds a worker constructor as a member at `h`: the global object (or a name bound to it, or a
   * host read off it: `globalThis.self`), worker_threads' namespace or default (`wt`, `wt.default`, `require('worker_threads')`).
   */
  function workerHost(h: number): boolean {
    if (flowEnds !== undefined && flowEnds.has(h)) return true;
    if (kind(h) === K.Ident) {
      if (isProperty(h)) {
        const w = ident(h) as string;
        if (w === 'default') return (kind(h - 2) === K.Ident && !isProperty(h - 2) && threadsModule(ident(h - 2) as string, ['*'])) || (isP(h - 2, 41) && threadsCall(h - 2));
        return (GLOBAL_HOSTS.has(w) || WINDOW_MEMBERS.has(w)) && workerHost(h - 2) && !threadsModule(ident(h - 2) ?? '', ['*', 'default']);
      }
      return globalHost(h) || threadsModule(ident(h) as string, ['*', 'default']) || (maybeHosts.has(ident(h) as string) && !innerLocal(ident(h) as string, h));
    }
    return isP(h, 41) && (threadsCall(h) || groupedHost(h) >= 0);
  }
  /** `)` at `close` ends worker_threads loaded where it stands: `require('worker_threads')`, `getBuiltinModule(…)`, `import('…')`, `(await import('…'))`. */
  function threadsCall(close: number): boolean {
    const open = partner[close] as number;
    return builtinCallAt(close, WORKER_THREADS_BUILTINS) || (open > 0 && isId(open - 1, 'import') && !isProperty(open - 1) && close === open + 2 && WORKER_THREADS_BUILTINS.has(literal(open + 1) ?? ''));
  }
  /**
   * The initializer at `q` is a worker host whole (it ends there): a name (workerHost), or worker_threads loaded by a
   * call (`require('worker_threads')`, `await import('node:worker_threads')`, `process.getBuiltinModule(…)`).
   */
  function initHost(q: number): boolean {
    let k = isId(q, 'await') ? q + 1 : q;
    let last = k;
    if (kind(k) === K.Ident) {
      while (isP(k + 1, 46) && kind(k + 2) === K.Ident) k += 2;
      last = isP(k + 1, 40) ? matching(k + 1) : k;
    }
    if (isP(last + 1, 46) || isP(last + 1, 91) || isP(last + 1, P_OPTCHAIN) || isP(last + 1, 40)) return false;
    return last === k ? q === k && workerHost(k) : threadsCall(last);
  }
  /**
   * `)` at `close` of a group whose value is a worker host (`(globalThis as any)`, `(<any>self)`, `(0, wt)`,
   * `(self!)`): its `(`, or -1 (a call's parentheses, or any other group).
   */
  function groupedHost(close: number): number {
    const open = partner[close] as number;
    if (open < 0 || isP(open - 1, 41) || isP(open - 1, 93) || (kind(open - 1) === K.Ident && !GROUP_BEFORE.has(ident(open - 1) as string))) return -1;
    const inner = isP(open + 1, 60) && isP(close - 2, 62) ? close - 1 : open + 1; // `(<any>self)`
    if (kind(inner) === K.Ident && (inner + 1 === close || isId(inner + 1, 'as') || isId(inner + 1, 'satisfies') || (isP(inner + 1, 33) && inner + 2 === close))) return workerHost(inner) ? open : -1;
    return isP(close - 2, 44) && parent[close - 2] === open && kind(close - 1) === K.Ident && workerHost(close - 1) ? open : -1; // `(0, globalThis)`
  }
  /** `{` at `brace` of a pattern that destructures a worker host (`const { … } = globalThis`, `({ … } = wt)`). */
  function destructuresHost(brace: number, global = false): boolean {
    const eq = matching(brace) + 1;
    // A name bound to worker_threads' Worker by a pattern is read where it is constructed (threadsWorker).
    if (isP(brace, 123) && isP(parent[brace] as number, 40) && !global) return thenOfThreads(parent[brace] as number); // `.then(({ [k]: W }) => …)`
    return isP(brace, 123) && isP(eq, 61) && !touchesOperator(eq) && (global ? globalHost(eq + 1) && !isP(eq + 2, 46) && !isP(eq + 2, 91) && !isP(eq + 2, P_OPTCHAIN) && !isP(eq + 2, 40) : initHost(eq + 1));
  }
  /** The argument at `a` is worker_threads' namespace or default (`wt`, `require('worker_threads')`), whole. */
  function copiesThreads(a: number): boolean {
    const end = isP(a + 1, 40) ? matching(a + 1) : a;
    if (!(isP(end + 1, 44) || isP(end + 1, 41))) return false;
    return end === a ? kind(a) === K.Ident && threadsModule(ident(a) as string, ['*', 'default']) : builtinCallAt(end, WORKER_THREADS_BUILTINS);
  }
  /**
   * worker_threads' namespace or default under a name (`wt`) handed to a call (`pick(wt, 'Worker')`): what the callee
   * reads off it the scan does not see, its Worker among them. The built-ins read above (`Object.values(wt)`,
   * `Reflect.get(wt, k)`) and a test (`typeof`, a comparison) are not hand-offs.
   */
  function threadsHandedOn(k: number): void {
    if (threadsStoredOrReturned(k)) return workerHandedOn(k, k, 'worker_threads stored, returned or exported whole, its Worker with it', hostWorkers);
    const call = parent[k] as number;
    if (!isP(call, 40) || !(isP(k + 1, 44) || isP(k + 1, 41)) || !(isP(k - 1, 40) || isP(k - 1, 44))) return;
    const callee = call - 1;
    if (kind(callee) !== K.Ident && !isP(callee, 41) && !isP(callee, 93)) return;
    if (kind(callee) === K.Ident && (GROUP_BEFORE.has(ident(callee) as string) || STATEMENT_HEADS.has(ident(callee) as string) || isDefinition(callee, call) || functionBodyEnd(call) !== undefined)) return;
    if (isP(callee - 1, 46) && (isId(callee - 2, 'Object') || isId(callee - 2, 'Reflect') || isId(callee - 2, 'console') || isId(callee - 2, 'JSON')) && !isProperty(callee - 2)) return;
    workerHandedOn(k, k, 'worker_threads handed to a call that may read its Worker', hostWorkers);
  }
  /**
   * worker_threads' namespace at `k` (a whole value, no member of it) put where other code reads it: an element of an
   * array literal (`[wt]`), a property's value (`{ wt }`, `{ a: wt }`), an export (`export { wt }`, `export default
   * wt`), a returned or thrown value, a branch of a conditional, or written onto a member (`o.x = wt`).
   */
  function threadsStoredOrReturned(k: number): boolean {
    const after = k + 1;
    if (isP(after, 46) || isP(after, 91) || isP(after, P_OPTCHAIN) || isP(after, 40)) return false;
    const ends = isP(after, 44) || isP(after, 93) || isP(after, 125) || isP(after, 59) || isP(after, 41) || isP(after, 58) || after >= count || (tok.line[after] as number) > (tok.line[k] as number);
    if (!ends) return false;
    const b = k - 1;
    const o = parent[k] as number;
    if (isId(b, 'return') || isId(b, 'throw') || isId(b, 'yield') || (isId(b, 'default') && isId(b - 1, 'export'))) return true;
    if (isP(o, 91) && (isP(b, 91) || isP(b, 44)) && !(kind(o - 1) === K.Ident || isP(o - 1, 41) || isP(o - 1, 93) || isP(o - 1, P_OPTCHAIN)) && !isP(matching(o) + 1, 61) && !isP(matching(o) + 1, 58)) return true; // `[wt]`, not a pattern or a computed key
    if (isP(o, 123) && (isP(b, 123) || isP(b, 44)) && (isP(after, 44) || isP(after, 125)) && !isP(matching(o) + 1, 61)) return true; // `{ wt }`, `export { wt }`
    if (isP(b, 58) && isP(o, 123) && ((tok.flags[b] as number) & F_TERNARY) === 0 && !isP(matching(o) + 1, 61)) return true; // `{ a: wt }`
    if (isP(b, 63) || (isP(b, 58) && ((tok.flags[b] as number) & F_TERNARY) !== 0)) return true; // `c ? wt : o`
    if (isP(b, P_ARROW) && !isP(after, 123)) return true; // `() => wt`
    return isP(b, 61) && !touchesOperator(b) && (isProperty(b - 1) || isP(b - 1, 93)); // `o.x = wt`, `o[k] = wt`
  }
  /** `(` at `params` of a callback's parameters given worker_threads' namespace: `import('node:worker_threads').then((…) => …)`. */
  function thenOfThreads(params: number): boolean {
    const call = parent[params] as number;
    return call > 2 && isP(call, 40) && isId(call - 1, 'then') && isP(call - 2, 46) && isP(call - 3, 41) && threadsCall(call - 3) && isP(params + 1, 123) && (isP(matching(params) + 1, P_ARROW) || isId(params - 1, 'function'));
  }
  function threadsModule(word: string, imported: readonly string[]): boolean {
    const b = bindings.get(word);
    return b !== undefined && WORKER_THREADS_BUILTINS.has(b.specifier) && imported.includes(b.imported);
  }
  /**
   * `[` at `open` of a member of a worker host (workerHost) by a key other than one literal (read by workerValues and
   * the `new` walk): a key that is not provably another name (`wt['Work' + 'er']`, `globalThis[name]`) may read the
   * constructor, whose script then runs unseen, so it is refused where it is handed on or constructed. A key the
   * scanner can evaluate (literals joined by `+`) that names no worker constructor is some other member.
   */
  function computedWorkerKey(open: number): void {
    const close = matching(open);
    if (close >= count) return;
    const key = joinedLiterals(open + 1, close) ?? (close === open + 2 ? constantKey(open + 1) : undefined);
    if (key !== undefined && !WORKERS.has(key)) return;
    if (key === undefined && (flowWeak?.has(isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1) ?? false)) return; // a value that may be the global object: its loader by name only
    if (key === undefined && close === open + 2 && (kind(open + 1) === K.Number || parameterKeys(open + 1, 0) || counterKey(open + 1))) return; // `e[1]`: no name
    if (key === undefined && close === open + 3 && ((kind(open + 1) === K.Ident && (isP(open + 2, P_INC) || isP(open + 2, P_DEC))) || ((isP(open + 1, P_INC) || isP(open + 1, P_DEC)) && kind(open + 2) === K.Ident))) return; // `e[i++]`: a number
    const what = key === undefined ? 'a member by a computed key of an object holding a worker constructor' : 'a worker constructor';
    // `const { [key]: W } = globalThis`: a computed key of a pattern the host is destructured by.
    if (isP(close + 1, 58) && (isP(open - 1, 123) || isP(open - 1, 44))) {
      const bound = close + 2;
      if (kind(bound) === K.Ident && (isP(bound + 1, 44) || isP(bound + 1, 125))) (computedWorkerNames ??= new Map()).set(ident(bound) as string, bound);
      else workerHandedOn(open, close + 2, what, hostWorkers);
      return;
    }
    // read by workerValues and the `new` walk; not behind `?.` (`globalThis?.['Worker']`), which they do not read
    const h = isP(open - 1, P_OPTCHAIN) ? open - 2 : open - 1;
    // (not a host only the file's own code reaches (flowEnds), which neither reads: `pick(globalThis)['Worker']`)
    const readElsewhere = kind(h) === K.Ident && !isProperty(h) && (globalHost(h) || threadsModule(ident(h) as string, ['*', 'default']));
    if (close === open + 2 && !isP(open - 1, P_OPTCHAIN) && (literal(open + 1) !== undefined || kind(open + 1) === K.Number) && (readElsewhere || !(flowEnds?.has(h) ?? false) || key !== undefined && !WORKERS.has(key))) return;
    if (key === undefined && symbolKey(open + 1, close)) return;
    const start = flowEnds?.has(h) && !readElsewhere ? (flowEnds.get(h) as number) : kind(h) === K.Ident ? chainStart(h) : groupedHost(h) >= 0 ? (partner[h] as number) : kind((partner[h] as number) - 1) === K.Ident ? (partner[h] as number) - 1 : (partner[h] as number);
    if (isId(start - 1, 'new')) return workerMention(start, close, false, what, hostWorkers);
    if (calledOnly(close + 1)) return;
    // `const load = globalThis[key]`: judged by what the name is used for (calledOnlyNames).
    const name = isP(start - 1, 61) && DECLARATORS.has(ident(start - 3) ?? '') ? storedIn(start, false) : -1;
    if (name >= 0 && name === start - 2) {
      (computedWorkerNames ??= new Map()).set(ident(name) as string, name);
      return;
    }
    workerMention(start, close, false, what, hostWorkers);
  }
  /**
   * Whether the value ending before `after` is only called there: calling a class without `new` throws, and so do its
   * `.call` / `.apply` (`globalThis[name](x)` cannot run a worker); `.bind` makes a constructor `new` can run.
   */
  function calledOnly(after: number): boolean {
    if (isP(after, 40) || (isP(after, P_OPTCHAIN) && isP(after + 1, 40))) return true;
    return (isP(after, 46) || isP(after, P_OPTCHAIN)) && (isId(after + 1, 'call') || isId(after + 1, 'apply')) && isP(after + 2, 40);
  }
  /** Names declared with a computed member of a worker host (`const load = globalThis[key]`): refused unless only called. */
  let computedWorkerNames: Map<string, number> | undefined;
  function judgeComputedWorkerNames(names: Map<string, number>): void {
    const refused = new Set<string>();
    // `export const W = globalThis[key]`: the importer's `new W(…)` is in another file.
    for (const [word, declared] of names) {
      if (!exportsInfo.local.includes(word) && !(exportsInfo.maybe ?? []).includes(word) && !isId(declared - 2, 'export') && !(isId(declared - 3, 'export') && isP(declared - 1, 58))) continue;
      refused.add(word);
      workerHandedOn(declared, declared, 'a name holding a member by a computed key of an object holding a worker constructor, exported', hostWorkers);
    }
    for (let k = 0; k < count; k++) {
      if (kind(k) !== K.Ident || isProperty(k)) continue;
      const word = ident(k) as string;
      const declared = names.get(word);
      if (declared === undefined || declared === k || refused.has(word)) continue;
      if ((calledOnly(k + 1) && !isId(k - 1, 'new')) || isId(k - 1, 'typeof') || (isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44)))) continue;
      refused.add(word);
      workerHandedOn(declared, declared, `a name holding a member by a computed key of an object holding a worker constructor, used at line ${tok.line[k] as number} other than called`, hostWorkers);
    }
  }
  /** The key `from`..`to` is a symbol (`Symbol.for(k)`, `Symbol('k')`, `Symbol.iterator`), never the name `Worker`. */
  function symbolKey(from: number, to: number): boolean {
    if (!isId(from, 'Symbol') || isProperty(from)) return false;
    let q = from + 1;
    if (isP(q, 46) && kind(q + 1) === K.Ident) q += 2;
    if (isP(q, 40)) q = matching(q) + 1;
    return q === to && q > from + 1;
  }
  /**
   * The key name at `k` bound once in the file, by `const NAME = 'literal'` or `const NAME = Symbol…(…)`, and bound
   * nowhere else (no parameter, declarator, pattern or function of that name could shadow it): its value (a symbol is
   * `@@symbol`, never a worker's name), or undefined.
   */
  function constantKey(k: number): string | undefined {
    if (kind(k) !== K.Ident || isProperty(k)) return undefined;
    const word = ident(k) as string;
    let value: string | undefined;
    for (let q = 0; q < count; q++) {
      if (kind(q) !== K.Ident || isProperty(q) || ident(q) !== word) continue;
      if (isId(q - 1, 'const') && isP(q + 1, 61) && value === undefined) {
        // Out of its block the name is the global object's, whatever it holds.
        const block = parent[q - 1] as number;
        if (block >= 0 && !(isP(block, 123) && block < k && k < matching(block))) return undefined;
        const end = isId(q + 2, 'Symbol') ? (isP(q + 3, 46) ? q + 5 : q + 3) : q + 2;
        // `const KEY = 'process.env.' + 'NODE_ENV'`: literals joined by `+` are known too.
        let joined = q + 2;
        while (end === q + 2 && isP(joined + 1, 43) && literal(joined + 2) !== undefined && joined - q < 64) joined += 2;
        const v = end > q + 2 ? (isP(end, 40) ? '@@symbol' : undefined) : joined > q + 2 ? joinedLiterals(q + 2, joined + 1) : literal(q + 2);
        const last = end > q + 2 ? matching(end) : joined;
        if (v === undefined || !(isP(last + 1, 59) || isP(last + 1, 44) || (tok.line[last + 1] ?? 0) > (tok.line[last] as number) || last + 1 >= count)) return undefined;
        value = v;
        continue;
      }
      const before = ident(q - 1);
      if (before !== undefined && (DECLARATORS.has(before) || before === 'function' || before === 'class' || before === 'catch')) return undefined;
      if (isP(q + 1, P_ARROW) || (isP(q + 1, 61) && !touchesOperator(q + 1))) return undefined;
      const o = parent[q] as number;
      if (o >= 0 && isP(o, 40) && (isId(o - 1, 'catch') || functionBodyEnd(o) !== undefined || signatureEnd(o) !== undefined)) return undefined;
      const member = isP(o, 91) && (kind(o - 1) === K.Ident || isP(o - 1, 41) || isP(o - 1, 93) || isP(o - 1, P_OPTCHAIN)); // `g[k] = v`
      if (o >= 0 && !member && (isP(o, 123) || isP(o, 91)) && isP(matching(o) + 1, 61) && !touchesOperator(matching(o) + 1)) return undefined; // a pattern
      if (o >= 0 && (isP(o, 123) || isP(o, 91)) && isP(parent[o] as number, 40) && functionBodyEnd(parent[o] as number) !== undefined) return undefined;
    }
    return value;
  }
  /** The value of literals joined by `+` from `from` to `to` (exclusive), or undefined when any part is computed. */
  function joinedLiterals(from: number, to: number): string | undefined {
    let value = '';
    for (let q = from; q < to; q += 2) {
      const part = literal(q);
      if (part === undefined || (q + 1 < to && !isP(q + 1, 43))) return undefined;
      value += part;
    }
    return value;
  }
  /** The worker constructor `start`..`last` (its name at `last`, or the `]` of a literal key): refused unless read or not a value. */
  function workerMention(start: number, last: number, read: boolean, what = 'a worker constructor', sink = unresolvable): void {
    const after = last + 1;
    // `new Worker('./x.js')`, `new wt.Worker(…)`, `new self.Worker(…)`, `new wt['Worker'](…)`: read by the `new` walk.
    if (read && isId(start - 1, 'new') && isP(skipTypeArgs(after), 40)) return;
    if (start === last && isP(start - 1, 40) && isId(start - 2, 'construct') && isId(start - 4, 'Reflect') && isP(after, 44)) return; // reflectConstructsWorker
    if (VALUE_OPERATORS.has(ident(start - 1) ?? '') && !isId(start - 1, 'new')) return; // typeof, instanceof, delete, void, in, keyof
    if (isId(start - 1, 'new')) return workerHandedOn(start, last, what, sink); // `new Worker` reached another way
    if ((isP(after, 46) || isP(after, P_OPTCHAIN)) && !THIS_BINDERS.has(ident(after + 1) ?? '')) return; // `Worker.prototype`, not `.bind`
    if (isP(after, 91) || (isP(after, 61) && !isP(start - 1, 61))) return; // a computed member of it; written over
    const op = (k: number) => (isP(k, P_OTHER2_ID) ? text.slice(tok.start[k], tok.end[k]) : '');
    // `c === Worker` is lexed as `==` and a touching `=`.
    const strictEquality = isP(start - 1, 61) && touchesOperator(start - 1) && (op(start - 2) === '==' || op(start - 2) === '!=');
    if (strictEquality || COMPARISONS.has(op(after)) || COMPARISONS.has(op(start - 1)) || op(after) === '&&' || isP(after, 63) || isP(start - 1, 33)) return; // tests
    if ((isP(start - 1, 40) || op(start - 1) === '&&' || op(start - 1) === '||') && isP(after, 41) && ((tok.flags[after] as number) & F_CTL) !== 0) return; // `if (self.Worker)`, `if (c && self.Worker)`
    if (start === last && workerDeclared(start)) return;
    // `const W = wt.Worker`, `const Worker = globalThis.Worker`: a name whose `new` is read.
    if (isP(start - 1, 61) && kind(start - 2) === K.Ident && DECLARATORS.has(ident(start - 3) ?? '') && (WORKERS.has(ident(start - 2) as string) || threadsWorker(ident(start - 2) as string))) return;
    if (typePosition(start, 0)) return;
    workerHandedOn(start, last, what, sink);
  }
  function workerHandedOn(start: number, last: number, what = 'a worker constructor', sink = unresolvable): void {
    sink.push({ kind: 'worker', expression: `${expressionText(start, last + 1)} (${what}) handed on as a value: the script it runs is not read`, ...at(start) });
  }
  /** The name `Worker` at `k` declared there: a variable, parameter, class, function, import or pattern of that name, a key, a method. */
  function workerDeclared(k: number): boolean {
    if (declaresHere(k) || DECLARATIONS.has(ident(k - 1) ?? '') || isId(k - 1, 'import') || isId(k - 1, 'declare')) return true;
    if (isP(k + 1, 40) && isDefinition(k, k + 1)) return true;
    const o = parent[k] as number;
    if (isP(o, 123) && isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44))) return true; // `{ Worker: … }`
    if (isP(o, 123) && (isId(o - 1, 'import') || isId(o - 1, 'export') || isId(o - 1, 'type') || (isP(o - 1, 44) && isId(o - 3, 'import')))) return true;
    for (let b = o, hops = 0; b >= 0 && hops < 8 && (isP(b, 123) || isP(b, 91)); b = parent[b] as number, hops++) {
      if (isP(matching(b) + 1, 61) && !touchesOperator(matching(b) + 1)) return true; // `const { Worker } = require(…)`
      const around = parent[b] as number;
      if (around >= 0 && isP(around, 40) && functionBodyEnd(around) !== undefined && !isP(b - 1, 61)) return true; // `function f({ Worker }) {`
    }
    return false;
  }
  /**
   * Whether the operand starting at `k` is a TypeScript type, not a value: after `:` of an annotation, `as`,
   * `satisfies`, `implements`, `keyof`, `is`, `|`, `&`, `<` or a type argument's `,`, `type T =`, an interface's or a
   * type parameter's `extends`, and inside a tuple, a type literal or a function type in such a place.
   */
  function typePosition(k: number, depth: number): boolean {
    if (depth > 8) return false;
    const prev = k - 1;
    if (kind(prev) === K.Ident) {
      const w = ident(prev) as string;
      if (w === 'extends') return !classHeritage(prev);
      return w === 'as' || w === 'satisfies' || w === 'implements' || w === 'keyof' || w === 'is' || w === 'infer' || w === 'readonly' || w === 'unique' || w === 'asserts';
    }
    switch (pv(prev)) {
      case 124: case 38: case 60: return true; // `A | Worker`, `A & Worker`, `Promise<Worker>`
      case 58: return annotationColon(prev, depth);
      case 61: return typeAliasEq(prev);
      case 44: return typeArgumentComma(prev) || (isP(parent[prev] as number, 91) && typePosition(parent[prev] as number, depth + 1));
      case 91: return typePosition(prev, depth + 1); // a tuple's first element
      case 40: return !(kind(prev - 1) === K.Ident || isP(prev - 1, 41) || isP(prev - 1, 93)) && typePosition(prev, depth + 1);
      case P_ARROW: {
        const params = isP(prev - 1, 41) ? (partner[prev - 1] as number) : prev - 1;
        return params >= 0 && typePosition(params, depth + 1); // `(cb: () => Worker)`, not `const f = () => Worker`
      }
      default: return false;
    }
  }
  /** The `:` at `c` starts a type: not a conditional's, not an object literal's key (unless the literal is itself a type). */
  function annotationColon(c: number, depth: number): boolean {
    if (((tok.flags[c] as number) & F_TERNARY) !== 0) return false;
    if (isP(c - 1, 41)) return true; // a return type
    const o = parent[c] as number;
    if (o >= 0 && isP(o, 123) && ((tok.flags[matching(o)] as number) & F_OBJECT_END) !== 0) return typePosition(o, depth + 1);
    return true;
  }
  /** `=` at `eq` of `type T =` / `type T<A> =`. */
  function typeAliasEq(eq: number): boolean {
    let q = eq - 1;
    if (isP(q, 62)) for (let n = 0, d = 0; q > 0 && n < MAX_TYPE_ARG_TOKENS; q--, n++) if (isP(q, 62)) d++; else if (isP(q, 60) && --d === 0) { q--; break; }
    return kind(q) === K.Ident && isId(q - 1, 'type') && !isProperty(q - 1);
  }
  /** `,` at `comma` separates type arguments (`Map<string, Worker>`): walking back at its depth meets an unclosed `<`. */
  function typeArgumentComma(comma: number): boolean {
    let angle = 0;
    for (let q = comma - 1, n = 0; q >= 0 && n < 64; q--, n++) {
      const c = pv(q);
      if (c === 41 || c === 93 || c === 125) q = partner[q] as number;
      else if (c === 62) angle++;
      else if (c === 60 && angle-- === 0) return kind(q - 1) === K.Ident;
      else if (c === 59 || c === 61 || c === 40 || c === 91 || c === 123 || c === P_OTHER2_ID) return false;
      if (q < 0) return false;
    }
    return false;
  }
  /** `extends` at `ext` names a class's base (`class S extends Worker`, a value that constructs it), not in an ambient declaration. */
  function classHeritage(ext: number): boolean {
    let q = ext - 1;
    if (isP(q, 62)) for (let n = 0, d = 0; q > 0 && n < MAX_TYPE_ARG_TOKENS; q--, n++) if (isP(q, 62)) d++; else if (isP(q, 60) && --d === 0) { q--; break; }
    if (kind(q) === K.Ident && !isId(q, 'class')) q--;
    return isId(q, 'class') && !isId(q - 1, 'declare') && !isId(q - 2, 'declare');
  }
  let stringNames: Map<string, number[]> | undefined;
  /**
   * The value `from`..`to` (exclusive) is a string the code builds (a literal, a template, literals joined, an array
   * joined, a string made from char codes or decoded) or a name the file binds to one: code a timer given it runs.
   * A name bound to anything else, a parameter or an import is taken for the callback it nearly always is.
   */
  function stringCode(from: number, to: number): boolean {
    if (stringBuilt(from) || stringOperand(from, to)) return true;
    if (to !== from + 1 || kind(from) !== K.Ident) return false;
    if (stringNames === undefined) {
      // One pass, on the first timer given a name: each name assigned a built string, where.
      stringNames = new Map();
      for (let q = 0; q + 2 < count; q++) {
        if (kind(q) !== K.Ident || isProperty(q) || !isP(q + 1, 61) || touchesOperator(q + 1) || !(stringBuilt(q + 2) || stringOperand(q + 2, expressionEnd(q + 2, true)))) continue;
        const list = stringNames.get(ident(q) as string) ?? [];
        list.push(q);
        stringNames.set(ident(q) as string, list);
      }
    }
    // Only an assignment of the binding the name resolves to at the call (a minified bundle's many `s` are not one; a
    // parameter or a local function shadowing a module's string is no string).
    const word = ident(from) as string;
    const assigned = stringNames.get(word);
    if (assigned === undefined) return false;
    const scope = flowScope(word, from);
    for (const q of assigned) if (flowScope(word, q) === scope) return true;
    return false;
  }
  /**
   * Each timer the walk met, by whatever spelling its value reaches a call (timerUse); names bound to one (`const later
   * = setTimeout`, `const { setTimeout: st } = globalThis`) are followed to their calls within their scope, a few deep.
   */
  function judgeTimers(): void {
    const aliases: number[] = [];
    const judged = new Set<number>();
    for (const r of timerRefs) timerUse(r, aliases, judged);
    for (let i = 0; i < aliases.length && i < MAX_TIMER_ALIASES; i++) {
      const d = aliases[i] as number;
      const word = ident(d) as string;
      const scope = flowScope(word, d);
      for (const q of usesIn(word, scope)) if (q !== d && flowScope(word, q) === scope) timerUse(q, aliases, judged);
    }
  }
  /**
   * The timer whose value ends at `r` (a name, a host's member, `host['setTimeout']`), through a group (`(0,
   * setTimeout)`): called (`t(code)`, `t?.(code)`), through `.call(_, code)`, `.apply(_, [code])`, `.bind(_, code)`
   * (whose result is the timer again), or bound to a name (an alias, a pattern's key of a host) whose uses are then read.
   */
  function timerUse(r: number, aliases: number[], judged: Set<number>): void {
    let start = isP(r, 93) ? (partner[r] as number) - 1 : isProperty(r) ? hostOf(r) : r;
    let v = r;
    if (start < 0) return;
    // `const { setTimeout: st } = globalThis`, `{ setTimeout }`: the key of a pattern destructuring a host.
    const brace = parent[r] as number;
    if (kind(r) === K.Ident && !isProperty(r) && isP(brace, 123) && (isP(r - 1, 123) || isP(r - 1, 44)) && isP(matching(brace) + 1, 61) && REQUIRE_HOSTS.has(ident(matching(brace) + 2) ?? '')) {
      const local = isP(r + 1, 58) ? r + 2 : r;
      if (kind(local) === K.Ident && local !== r) aliases.push(local);
      return;
    }
    // `(0, setTimeout)`, `(setTimeout)`: a group's value is its last operand.
    for (let n = 0; n < 4 && isP(v + 1, 41); n++) {
      const o = partner[v + 1] as number;
      if (o < 0 || !(isP(start - 1, 44) || start - 1 === o) || kind(o - 1) === K.Ident || isP(o - 1, 41) || isP(o - 1, 93)) break;
      v = v + 1;
      start = o;
    }
    // Named as written from the timer's own name on (`setInterval(code, 1000)` of `window.setInterval(…)`).
    const named = isProperty(r) && v === r ? r : start;
    const judge = (from: number, to: number, call: number) => {
      if (to <= from || judged.has(from) || !stringCode(from, to)) return;
      judged.add(from);
      const called = call === v + 1 ? `${expressionText(named, v + 1)}(${expressionText(call + 1, matching(call))})` : expressionText(named, matching(call) + 1);
      unresolvable.push({ kind: 'require', expression: `${called} runs a string as code`, ...at(named) });
    };
    const open = isP(v + 1, 40) ? v + 1 : isP(v + 1, P_OPTCHAIN) && isP(v + 2, 40) ? v + 2 : -1;
    if (open >= 0) return judge(open + 1, argumentEnd(open, 0), open);
    if (isP(v + 1, 46) && isP(v + 3, 40) && kind(v + 2) === K.Ident) {
      const method = ident(v + 2);
      const call = v + 3;
      if (method === 'call' || method === 'bind') judge(argumentsOf(call)[1] ?? count, argumentEnd(call, 1), call);
      if (method === 'apply') {
        const list = argumentsOf(call)[1];
        if (list !== undefined && isP(list, 91)) judge(list + 1, argumentEnd(list, 0), call);
      }
      if (method === 'bind') timerUse(matching(call), aliases, judged);
      return;
    }
    // `const later = setTimeout`: the name holds the timer wherever its scope reads it.
    const ends = v + 1 >= count || isP(v + 1, 59) || isP(v + 1, 44) || isP(v + 1, 125) || isP(v + 1, 41) || tok.line[v + 1] !== tok.line[v];
    if (ends && isP(start - 1, 61) && !touchesOperator(start - 1) && kind(start - 2) === K.Ident && !isProperty(start - 2)) aliases.push(start - 2);
  }
  /** The end (exclusive) of argument `i` of the call or list opened at `open` (its first token when there is none). */
  function argumentEnd(open: number, i: number): number {
    const args = argumentsOf(open);
    const a = args[i];
    if (a === undefined) return -1;
    return i + 1 < args.length ? (args[i + 1] as number) - 1 : matching(open);
  }
  /**
   * A string built somewhere in the value `from`..`to` (exclusive) that the value may be: an operand of `+`, a branch of
   * `?:`, of `||`/`??`/`&&`, or a group's (`(p + "ort('./x')")`, `ok ? "import('./x')" : f`). Calls, members and
   * brackets are skipped whole; an arrow function (`(x) => x + 'a'`) is a function, whatever its body builds.
   */
  function stringOperand(from: number, to: number): boolean {
    for (let k = from; k < to && k < count; k++) {
      if (isP(k, P_ARROW)) return false;
      const operand = k === from || isP(k - 1, 43) || isP(k - 1, 63) || isP(k - 1, 58) || (isP(k - 1, P_OTHER2_ID) && LOGICAL_OPERATORS.has(text.slice(tok.start[k - 1], tok.end[k - 1])));
      if (operand && stringBuilt(k)) return true;
      if (isP(k, 40) || isP(k, 91) || isP(k, 123)) {
        const close = matching(k);
        if (close <= k) return false;
        if (operand && isP(k, 40) && !isP(close + 1, P_ARROW) && stringOperand(k + 1, close)) return true;
        k = close;
      }
    }
    return false;
  }
  function stringBuilt(k: number): boolean {
    if (kind(k) === K.String || kind(k) === K.Template || kind(k) === K.TemplateHead) return true;
    if (isP(k, 91) && isP(matching(k) + 1, 46) && isId(matching(k) + 2, 'join')) return true;
    const w = ident(k);
    return (w === 'atob' || w === 'unescape' || w === 'decodeURIComponent' || (w === 'String' && (isP(k + 1, 40) || isId(k + 2, 'fromCharCode') || isId(k + 2, 'fromCodePoint') || isId(k + 2, 'raw')))) && !isProperty(k);
  }
  /** Whether a function around `k` has a parameter named `word` (its list holds the name outside a default value): a local, not the import. */
  function parameterOfAround(k: number, word: string): boolean {
    for (let o = parent[k] as number, hops = 0; o >= 0 && hops < 64; o = parent[o] as number, hops++) {
      let close = -1;
      if (isP(o, 123) && functionBody(o)) close = isP(o - 1, P_ARROW) ? o - 2 : o - 1;
      else if (isP(o - 1, P_ARROW)) close = o - 2;
      // A return type between the parameters and the body (`(spawn): void => {`, `function f(spawn): T {`) is skipped back over.
      for (let q = close, n = 0; close >= 0 && !isP(close, 41) && n < 32 && q > 0; n++, q--) if (isP(q, 41) && isP(q + 1, 58)) close = q;
      if (close >= 0 && kind(close) === K.Ident && isP(close + 1, P_ARROW)) {
        if (ident(close) === word) return true;
        continue;
      }
      if (close < 0 || !isP(close, 41)) continue;
      for (let q = (partner[close] as number) + 1; q < close; q++) if (kind(q) === K.Ident && ident(q) === word && !isProperty(q) && !(isP(q + 1, 58) && isP(parent[q] as number, 123)) && !isP(q - 1, 61)) return true;
    }
    return false;
  }
  function runnerValue(p: number, word: string, property: boolean, checked = false): void {
    const module = !property && bindings.get(word)?.imported !== undefined && CHILD_PROCESS_BUILTINS.has(bindings.get(word)?.specifier ?? '') && !CHILD_PROCESS_RUNNERS.has(bindings.get(word)?.imported ?? '');
    if (!checked && (property ? builtinExport(p, word, true, CHILD_PROCESS_BUILTINS, CHILD_PROCESS_RUNNERS) === undefined : bindings.get(word) === undefined)) return;
    if (module && bindings.get(word)?.imported !== '*' && bindings.get(word)?.imported !== 'default') return;
    const start = property ? chainStart(p) : p;
    if (isId(start - 1, 'typeof') || (!property && (declaresHere(p) || isDefinition(p, p + 1) || isP(p + 1, 58) && (isP(p - 1, 123) || isP(p - 1, 44)) || parameterOfAround(p, word)))) return;
    // `const { fork } = cp`, `const { fork: f } = cp`: a pattern binding names (read as `import { fork }`); a pattern of
    // a function's parameters (`function f({ spawn }) {`) too.
    for (let o = parent[p] as number, hops = 0; o >= 0 && hops < 8 && (isP(o, 123) || isP(o, 91)); o = parent[o] as number, hops++) {
      if (isP(matching(o) + 1, 61) && !touchesOperator(matching(o) + 1)) return;
      const around = parent[o] as number;
      if (!property && around >= 0 && isP(around, 40) && functionBodyEnd(around) !== undefined && !isP(o - 1, 61)) return;
    }
    const e = pastGroups(start, p);
    if (e >= 0 && (assigns(e) || ((isP(e, 46) || isP(e, P_OPTCHAIN)) && !['call', 'apply', 'bind'].includes(ident(e + 1) ?? '')) || (module && isP(e, 91)))) return;
    if (e >= 0 && isP(e, P_OTHER2_ID) && COMPARISONS.has(text.slice(tok.start[e], tok.end[e]))) return;
    // `const f = cp.fork`, `const run = promisify(cp.exec)`, `const c = cp`: the name is bound to it (bindBuiltinMembers).
    if (module && isP(start - 1, 61) && isP(start - 2, 125)) return; // `const { fork } = cp`
    // `Reflect.apply(cp.fork, cp, […])`, `cp.fork.call(cp, …)`: the module as the call's `this`.
    if (module && isP(parent[p] as number, 40) && (isId((parent[p] as number) - 1, 'apply') || isId((parent[p] as number) - 1, 'call') || isId((parent[p] as number) - 1, 'bind'))) return;
    const eq = isP(start - 1, 61) ? start - 1 : isP(start - 1, 40) && matching(start - 1) === p + 1 && isId(start - 2, 'promisify') ? (isP(start - 3, 46) ? start - 5 : start - 3) : -1;
    if (eq >= 0 && isP(eq, 61) && kind(eq - 1) === K.Ident && DECLARATORS.has(ident(eq - 2) ?? '') && CHILD_PROCESS_BUILTINS.has(bindings.get(ident(eq - 1) as string)?.specifier ?? '') && bindings.get(ident(eq - 1) as string) !== undefined) {
      const b = bindings.get(ident(eq - 1) as string);
      if (b !== undefined && (b.imported === (property ? word : bindings.get(word)?.imported) || module)) return;
    }
    unresolvable.push({ kind: 'worker', expression: `${expressionText(start, p + 1)} (child_process${module ? '' : ` ${property ? word : (bindings.get(word)?.imported as string)}`}) handed on as a value: what it runs is not read`, ...at(p) });
  }
  /**
   * Whether the options object at `open` leaves the child's standard input a pipe the code may write a program into:
   * yes unless `stdio` hands it this process's own (`'inherit'`, `['inherit', …]`, `[0, …]`, `[process.stdin, …]`) or
   * none (`'ignore'`); an
   * `input` option always writes one.
   */
  function stdinPiped(open: number): boolean {
    if (propertyValue(open, 'input') >= 0) return true;
    const stdio = propertyValue(open, 'stdio');
    if (stdio < 0) return true;
    const first = isP(stdio, 91) ? stdio + 1 : stdio;
    return !(literal(first) === 'inherit' || literal(first) === 'ignore' || text.slice(tok.start[first], tok.end[first]) === '0' || (isId(first, 'process') && isP(first + 1, 46) && isId(first + 2, 'stdin')));
  }
  /**
   * The child_process function an export of execa or zx stands for (`execa` runs a program as `execFile` does,
   * `execaNode` a module as `fork`, `execaCommand` a command line); `$` (zx's global too) runs the command line of the
   * template it tags.
   */
  function scriptingRunner(word: string): string | undefined {
    const b = bindings.get(word);
    if (b === undefined) return word === '$' ? '$' : undefined;
    return SCRIPTING_PACKAGES.has(b.specifier) ? SCRIPTING_RUNNERS.get(b.imported) : undefined;
  }
  /** `(` at `open` of cluster.setupPrimary(settings): `exec` is the module each worker runs (from the working directory). */
  function clusterSetup(callee: number, open: number): void {
    const settings = open + 1;
    if (isP(open + 1, 41)) return;
    if (!isP(settings, 123)) {
      unresolvable.push({ kind: 'worker', expression: callText(callee), ...at(callee) });
      return;
    }
    nodeOptions(callee, settings);
    const exec = propertyValue(settings, 'exec');
    if (exec < 0) return;
    if (literal(exec) !== undefined && (isP(exec + 1, 44) || isP(exec + 1, 125))) {
      childCwd = cwdOption(settings);
      cwdImport(literal(exec) as string, exec, callee);
      childCwd = undefined;
    }
    else unresolvable.push({ kind: 'worker', expression: callText(callee), ...at(exec) });
  }

  /** `import.meta.X` starting at `k` (the `import`): X, or undefined. */
  const importMeta = (k: number): string | undefined => (isP(k + 1, 46) && isId(k + 2, 'meta') && isP(k + 3, 46) ? ident(k + 4) : undefined);

  /** Skip a TS type argument list `<…>` at `k`; returns the index after it (or k when there is none). */
  const skipTypeArgs = (k: number): number => {
    if (!isP(k, 60)) return k;
    let d = 0;
    for (let q = k; q < count && q - k < MAX_TYPE_ARG_TOKENS; q++) {
      if (isP(q, 60)) d++;
      else if (isP(q, 62) && --d === 0) return q + 1;
      else if (isP(q, P_ARROW)) continue;
      else if (isP(q, 59) || isP(q, 123)) return k;
    }
    return k;
  };

  const globCall = (kw: number, open: number, globKind: TsGlob['kind']): number => {
    const close = matching(open);
    const arg = open + 1;
    const patterns: string[] = [];
    let ok = false;
    if (literal(arg) !== undefined) {
      patterns.push(literal(arg) as string);
      ok = true;
    } else if (isP(arg, 91)) {
      const end = matching(arg);
      ok = true;
      for (let q = arg + 1; q < end; q++) {
        if (isP(q, 44)) continue;
        const v = literal(q);
        if (v === undefined) {
          ok = false;
          break;
        }
        patterns.push(v);
      }
    }
    if (!ok || patterns.length === 0) {
      unresolvable.push({ kind: 'glob', expression: expressionText(arg, close), ...at(kw) });
      return close;
    }
    const glob: TsGlob = { kind: globKind, patterns, ...at(kw) };
    if (globKind === 'require_context') {
      // require.context(directory, useSubdirectories = true, regExp = /^\.\/.*$/, mode)
      let q = arg + 1;
      if (isP(q, 44)) q++;
      if (q < close && isId(q, 'false')) glob.recursive = false;
      else if (q < close && isId(q, 'true')) glob.recursive = true;
      else if (q < close && !isP(q, 41)) {
        unresolvable.push({ kind: 'glob', expression: expressionText(arg, close), ...at(kw) });
        return close;
      }
      if (q < close && !isP(q, 41)) q++;
      if (isP(q, 44)) q++;
      if (q < close && kind(q) === K.Regex) {
        const raw = text.slice(tok.start[q], tok.end[q]);
        const last = raw.lastIndexOf('/');
        glob.filter = { source: raw.slice(1, last), flags: raw.slice(last + 1) };
      } else if (q < close && !isP(q, 41)) {
        unresolvable.push({ kind: 'glob', expression: expressionText(arg, close), ...at(kw) });
        return close;
      }
    }
    globs.push(glob);
    return close;
  };

  /**
   * `(` at `open` of `import.meta.webpackContext(dir, options)`: a glob of the directory, as require.context. An option
   * the scanner cannot read (a computed `recursive` or `regExp`, `include`/`exclude`) is left at the wider default.
   */
  const webpackContextCall = (kw: number, open: number): number => {
    const close = matching(open);
    const dir = literal(open + 1);
    if (dir === undefined || !(isP(open + 2, 44) || open + 2 === close)) {
      unresolvable.push({ kind: 'glob', expression: expressionText(open + 1, close), ...at(kw) });
      return close;
    }
    const glob: TsGlob = { kind: 'require_context', patterns: [dir], ...at(kw) };
    if (isP(open + 2, 44) && isP(open + 3, 123)) {
      const recursive = propertyValue(open + 3, 'recursive');
      if (recursive >= 0 && isId(recursive, 'false') && (isP(recursive + 1, 44) || isP(recursive + 1, 125))) glob.recursive = false;
      const re = propertyValue(open + 3, 'regExp');
      if (re >= 0 && kind(re) === K.Regex && (isP(re + 1, 44) || isP(re + 1, 125))) {
        const raw = text.slice(tok.start[re], tok.end[re]);
        const last = raw.lastIndexOf('/');
        glob.filter = { source: raw.slice(1, last), flags: raw.slice(last + 1) };
      }
    }
    globs.push(glob);
    return close;
  };

  /** The import clause from `first` up to `from`: the names it takes and the bindings it makes. */
  const clauseNames = (first: number, fromAt: number, specifierAt: number): string[] | undefined => {
    const names: string[] = [];
    let all = false;
    let q = first;
    if (isId(q, 'type') && !isId(q + 1, 'from') && !isP(q + 1, 44)) q++;
    const spec = literal(specifierAt) as string;
    while (q < fromAt) {
      if (isP(q, 42)) {
        all = true; // * as ns: the namespace is every name (`export { ns }` re-exports them all)
        if (isId(q + 1, 'as') && kind(q + 2) === K.Ident) bindings.set(ident(q + 2) as string, { specifier: spec, imported: '*' });
        q += 3;
        continue;
      }
      if (isP(q, 123)) {
        const end = Math.min(matching(q), fromAt);
        q++;
        while (q < end) {
          if (isP(q, 44)) {
            q++;
            continue;
          }
          if (isId(q, 'type') && (kind(q + 1) === K.Ident || kind(q + 1) === K.String) && typeModifier(q)) q++;
          const imported = kind(q) === K.String ? literal(q) : ident(q);
          let local = imported;
          if (isId(q + 1, 'as')) {
            local = ident(q + 2);
            q += 3;
          } else q++;
          if (imported !== undefined) {
            names.push(imported);
            if (local !== undefined) bindings.set(local, { specifier: spec, imported });
          }
        }
        q = end + 1;
        continue;
      }
      if (kind(q) === K.Ident) {
        const local = ident(q) as string;
        names.push('default');
        bindings.set(local, { specifier: spec, imported: 'default' });
      }
      q++;
    }
    return all ? undefined : names;
  };

  /** `exports` at `k`, or the `exports` of `module.exports` there: the CommonJS exports object. */
  function isExportsObject(k: number): boolean {
    if (!isId(k, 'exports')) return false;
    return isProperty(k) ? isId(k - 2, 'module') && !isProperty(k - 2) : true;
  }
  /** The `exports` token of an argument starting at `k` (`exports` or `module.exports`). */
  function exportsArg(k: number): number {
    return isId(k, 'module') && isP(k + 1, 46) ? k + 2 : k;
  }
  /** `x_1.a` / `x_1` at `k`, where `x_1` was bound by `require('…')`: the module and the name it hands on. */
  function boundValue(k: number): { imported: string; specifier: string } | undefined {
    const b = bindings.get(ident(k) as string);
    if (b === undefined || MODULE_BUILTINS.has(b.specifier)) return undefined;
    if (isP(k + 1, 46) && kind(k + 2) === K.Ident) return b.imported === '*' ? { imported: ident(k + 2) as string, specifier: b.specifier } : { imported: b.imported, specifier: b.specifier };
    return { imported: b.imported, specifier: b.specifier };
  }
  /**
   * CommonJS re-exports, the forms Node's cjs-module-lexer reads as such (and TypeScript's CommonJS output
   * emits): the `require('…')` at `r` hands its module's names on when it is `module.exports = require('x')`,
   * `exports.a = require('x')[.b]`, a spread or a property of `module.exports = { … }`, an argument of
   * `__exportStar(…)` / `__export(…)`, or the source of `Object.assign(module.exports, …)`.
   */
  function cjsReexport(r: number): { exported: string; imported: string } | undefined {
    const close = matching(r + 1);
    const member = isP(close + 1, 46) && kind(close + 2) === K.Ident ? (ident(close + 2) as string) : undefined;
    if (isP(r - 1, 61)) {
      if (isExportsObject(r - 2)) return { exported: '*', imported: '*' };
      if (kind(r - 2) === K.Ident && isP(r - 3, 46) && isExportsObject(r - 4)) return { exported: ident(r - 2) as string, imported: member ?? '*' };
    }
    const open = parent[r] as number;
    if (open >= 0 && isP(open, 123) && isP(open - 1, 61) && isExportsObject(open - 2)) {
      if (isP(r - 1, P_SPREAD)) return { exported: '*', imported: '*' };
      if (isP(r - 1, 58) && kind(r - 2) === K.Ident) return { exported: ident(r - 2) as string, imported: member ?? '*' };
    }
    if (open >= 0 && isP(open, 40)) {
      const callee = ident(open - 1);
      if (callee === '__exportStar' || callee === '__export') return { exported: '*', imported: '*' };
      if (callee === 'assign' && isId(open - 3, 'Object') && isExportsObject(exportsArg(open + 1))) return { exported: '*', imported: '*' };
    }
    return undefined;
  }

  /**
   * Whether `type` at `k` in an import or export clause is the type-only modifier (TypeScript's reading):
   * `type as` and `type as as x` name `as`; `type as x` and `type as as` rename `type`.
   */
  const typeModifier = (k: number): boolean => {
    if (!isId(k + 1, 'as')) return true;
    if (isP(k + 2, 44) || isP(k + 2, 125)) return true;
    return isId(k + 2, 'as') && (kind(k + 3) === K.Ident || kind(k + 3) === K.String);
  };
  /**
   * The keys of the object literal at `open` put on the exports object (`module.exports = { … }`): its names, each
   * handing on its value; false when a key cannot be listed. A spread of a require is a re-export (cjsReexport).
   */
  function cjsObjectNames(open: number): boolean {
    const close = matching(open);
    let seen = 0;
    for (let r = open + 1; r < close; r++) {
      if (++seen > MAX_CLAUSE_TOKENS) return false;
      if (parent[r] !== open || !(isP(r - 1, 123) || isP(r - 1, 44))) continue;
      // A key: a name, a string, `get`/`set`/`async` before a method name.
      let key = r;
      if (kind(key) === K.Ident && ['get', 'set', 'async'].includes(ident(key) as string) && (kind(key + 1) === K.Ident || kind(key + 1) === K.String)) key++;
      if (isP(key, 42)) key++;
      const name = literal(key) ?? ident(key);
      if (isP(r, P_SPREAD) && isId(r + 1, 'require') && isP(r + 2, 40)) continue;
      if (name === undefined) return false;
      cjsLocal.push(name);
      // `{ open }` and `{ handle: db.open }` hand an import on under the key, and a getter what it returns.
      if (key === r && (isP(r + 1, 44) || isP(r + 1, 125))) handOns.push({ exported: [name], from: r, to: r + 1 });
      else if (isP(key + 1, 58)) handOns.push({ exported: [name], from: key + 2, to: expressionEnd(key + 2, true) });
      else if (key !== r && isId(r, 'get')) handOns.push({ exported: [name], from: r, to: expressionEnd(r, true) });
    }
    return true;
  }
  /** Names a CommonJS module assigns on its exports object (re-exported ones are left to `reexports`). */
  const cjsLocal: string[] = [];
  /**
   * `exports` at `k` (or `module.exports`): the names a CommonJS module defines, which `export * from` of it
   * hands on as Node's cjs-module-lexer reads them. `exports.a =`, `exports['a'] =`,
   * `Object.defineProperty(exports, 'a', …)` and the keys of `module.exports = { … }` are listed; any other
   * use (`exports[k]`, a spread or computed key, `module.exports = value`, exports handed to a function) leaves
   * the module open: a name left unlisted would let a barrel's `export *` skip the file that defines it.
   */
  function cjsNames(k: number): void {
    const s = isProperty(k) ? k - 2 : k;
    if (isP(k + 1, 46) && kind(k + 2) === K.Ident) {
      if (isP(k + 3, 61)) handOns.push({ exported: [ident(k + 2) as string], from: k + 4, to: expressionEnd(k + 4, true) });
      return void cjsLocal.push(ident(k + 2) as string);
    }
    if (isP(k + 1, 91) && literal(k + 2) !== undefined && isP(k + 3, 93)) {
      if (isP(k + 4, 61)) handOns.push({ exported: [literal(k + 2) as string], from: k + 5, to: expressionEnd(k + 5, true) });
      return void cjsLocal.push(literal(k + 2) as string);
    }
    if (isP(s - 1, 40) && isId(s - 2, 'defineProperty') && isP(k + 1, 44) && literal(k + 2) !== undefined) {
      // `{ value: open }` hands the value on (a getter returning a required module's name is a re-export, below).
      handOns.push({ exported: [literal(k + 2) as string], from: k + 3, to: matching(s - 1) });
      return void cjsLocal.push(literal(k + 2) as string);
    }
    if (isP(s - 1, 40) && isId(s - 2, 'assign') && isP(k + 1, 44)) {
      // Object.assign(module.exports, require('x')) is a re-export (cjsReexport); any other source may hold any name, and hand it on.
      if (isId(k + 2, 'require') && isP(k + 3, 40) && literal(k + 4) !== undefined && isP(k + 5, 41) && isP(k + 6, 41)) return;
      // `Object.assign(exports, { k: v })` lists its keys as `module.exports = { k: v }` does.
      if (isP(k + 2, 123) && matching(k + 2) + 1 === matching(s - 1) && cjsObjectNames(k + 2)) return;
      handOns.push({ exported: ['*', 'default'], from: k + 2, to: matching(s - 1) });
      return void (exportsInfo.open = true);
    }
    if (isP(k + 1, 61) && isId(k + 2, 'require') && isP(k + 3, 40) && literal(k + 4) !== undefined && isP(k + 5, 41)) return; // = require('x'): a re-export
    // TypeScript's CommonJS helpers hand exports on without adding names of their own: `__exportStar(require('x'), exports)`
    // (a re-export, cjsReexport), `__createBinding(exports, m, p)` and `hasOwnProperty.call(exports, p)` in the helper.
    const call = parent[s] as number;
    if (call >= 0 && isP(call, 40) && (isP(s - 1, 40) || isP(s - 1, 44)) && !isP(k + 1, 46)) {
      const callee = ident(call - 1) ?? '';
      if (callee === '__exportStar' || callee === '__export' || callee === 'function') return; // a re-export; a parameter
      if (callee === '__createBinding' && parent[call] !== -1) return; // inside the helper
      if (callee === 'call' && isId(call - 3, 'hasOwnProperty')) return;
    }
    if (isP(k + 1, 61) && isP(k + 2, 123)) {
      if (!cjsObjectNames(k + 2)) exportsInfo.open = true;
      return;
    }
    // `module.exports = db` (a required module, or a value made of one): every name, and the default, may be the import's.
    if (isP(k + 1, 61)) handOns.push({ exported: ['*', 'default'], from: k + 2, to: expressionEnd(k + 2, true) });
    exportsInfo.open = true;
  }

  /**
   * NODE_OPTIONS written at `k` (a name, or the string of `'NODE_OPTIONS':` / `['NODE_OPTIONS']`): a key of an object
   * literal, or a member assigned (`=`, `+=`…). On `process.env` every Node this process starts loads its modules (a
   * computed value may load any). Anywhere else the object is an environment for some process: one the call's options
   * name is read there ({@link nodeOptions}); one built by a function (`env: buildEnv()`), set on an object after its
   * declaration (`env.NODE_OPTIONS = '…'`), merged (`Object.assign(process.env, { NODE_OPTIONS })`, a spread) or held in
   * an options object is read here: its literal words are Node's options (a computed piece may be the parent's own).
   */
  function nodeOptionsWritten(k: number, property: boolean): void {
    const bracket = kind(k) === K.String && isP(k - 1, 91);
    if (bracket && !isP(k + 1, 93)) return;
    const after = bracket ? k + 2 : k + 1;
    const before = bracket ? k - 2 : k - 1;
    const member = bracket ? kind(before) === K.Ident || isP(before, 41) || isP(before, 93) : property;
    if (!(member ? assigns(after) : isP(after, 58) && (isP(before, 123) || isP(before, 44)))) return;
    const value = after + 1;
    const host = k - 2;
    const processEnv = member && isId(host, 'env') && isP(host - 1, 46) && isId(host - 2, 'process');
    if (optionsRead.has(value)) return;
    const line = commandText(value);
    if (processEnv) {
      optionsRead.add(value);
      nodeRuns(k, line === undefined ? [undefined] : splitOptions(line), [], value, true);
      return;
    }
    if (line === undefined) return;
    const written = splitOptions(line);
    if (!written.includes(undefined)) optionsRead.add(value);
    // The literal words alone: a computed one is left out, with the flag it is the value of (`--require ${hook}`).
    const words: string[] = [];
    for (let i = 0; i < written.length; i++) {
      const w = written[i];
      if (w === undefined) continue;
      if (i + 1 < written.length && written[i + 1] === undefined && w.startsWith('-') && !w.includes('=')) i++;
      else words.push(w);
    }
    nodeRuns(k, words, [], value, true);
  }

  // A CommonJS module's top level runs in Node's wrapper: its `arguments` are the wrapper's (wrapperArguments). An escaped
  // name (`argument\u0073`) is the same name. A function's `caller` is such a wrapper too (callerArguments).
  if (text.includes('arguments') || text.includes('caller') || text.includes('\\u')) {
    const read = wrapperArguments();
    if (read !== undefined) return scanTs(read.text, { ...options, wrapperAt: read.at });
    callerArguments();
  }
  localModule = localModuleTokens();
  bindModuleAliases();
  bindModuleAliases(); // a second round: an alias of an alias declared before it (`p = m.parent` above `m = module`)
  moduleReturnsHandedOn();
  for (let p = 0; p < count; p++) {
    if (kind(p) === K.String && (tok.end[p] as number) - (tok.start[p] as number) === 14 && literal(p) === 'NODE_OPTIONS') nodeOptionsWritten(p, false);
    if (kind(p) === K.String && isP(p - 1, 91) && isP(p + 1, 93) && (isP(p + 2, 40) || RUNNER_FORM_AFTER.has(pv(p + 2)))) {
      // `cp['fork']('./x.js')`, `require('child_process')['spawn'](…)`: the member written as a computed literal
      // (also `cp['fork'].call(…)`, `(0, cp['fork'])(…)`).
      const name = literal(p) as string;
      if (CHILD_PROCESS_RUNNERS.has(name) && builtinMember(p, name, true, CHILD_PROCESS_BUILTINS)) {
        if (isP(p + 2, 40)) p = childProcessCall(p, p + 2, name);
        else runnerCalled(chainStart(p + 1), p + 1, name);
        continue;
      }
    }
    if (kind(p) === K.String && isP(p - 1, 91) && isP(p + 1, 93) && options.testFile !== true && CHILD_PROCESS_RUNNERS.has(literal(p) as string) && builtinMember(p, literal(p) as string, true, CHILD_PROCESS_BUILTINS)) {
      runnerValue(p + 1, literal(p) as string, true, true); // `[cp['fork']][0](…)`: not called where it stands
      continue;
    }
    if (kind(p) === K.String && isP(p - 1, 91) && isP(p + 1, 93) && HOST_LOADERS.has(literal(p) as string) && loaderHost(isP(p - 2, P_OPTCHAIN) ? p - 3 : p - 2) && memberPath(p + 1) !== undefined) {
      // `module.parent['require']('…')`, `(<any>module)['require']`, `m['require']` of an alias, `Module['_load']('…')`,
      // `module['constructor']['createRequire'](f)('…')`: the member written as a literal key is the one `.require` names.
      const member = literal(p) as string;
      if (member === 'require') p = hostedRequire(p, p + 2, chainStart(p + 1));
      else if (member === 'createRequire' && callOpenAt(p + 2) >= 0) p = hostedRequire(matching(callOpenAt(p + 2)), matching(callOpenAt(p + 2)) + 1, chainStart(p + 1));
      else hostLoader(p, p + 2, member, chainStart(p + 1));
      continue;
    }
    if (kind(p) !== K.Ident) continue;
    const word = ident(p) as string;
    // `const { createRequire: cr } = require('node:module')`: cr makes require functions too.
    if (word === 'createRequire' && isP(p + 1, 58) && kind(p + 2) === K.Ident && !isProperty(p)) bindings.set(ident(p + 2) as string, { specifier: 'module', imported: 'createRequire' });
    const property = isProperty(p);
    if (DECLARATORS.has(word) && !property) {
      if (parent[p] === -1) recordAliases(p + 1);
      else localDeclarators.push(p);
      bindBuiltinMembers(p + 1);
    }
    if (DECLARED_VALUES.has(word) && !property && parent[p] === -1) recordDeclaration(p);
    if (word === 'function' && !property && parent[p] === -1) recordFunction(p);
    else if (word === 'function' && !property && kind(isP(p + 1, 42) ? p + 2 : p + 1) === K.Ident && isStatementStart(p)) localDeclarators.push(p);
    if ((GLOBAL_HOSTS.has(word) || word === 'module') && !property && declaresHere(p)) localHosts.add(word);
    else if (GLOBAL_HOSTS.has(word) && !property) globalValue(p, word, globalAliases);

    if (word === 'importScripts' && isP(p + 1, 40) && (!property || REQUIRE_HOSTS.has(ident(hostOf(p)) ?? '')) && !isDefinition(p, p + 1)) {
      p = scriptsCall(p, p + 1);
      continue;
    }
    if (word === 'import' && property && isId(p - 2, 'System') && !isProperty(p - 2) && isP(p + 1, 40)) {
      // SystemJS: System.import('…') loads a module as import('…') does.
      p = call(p, p + 1, 'dynamic_import', 'dynamic_import');
      continue;
    }

    if (word === 'import' && !property) {
      const meta = importMeta(p);
      if (isP(p + 1, 46) && (isId(p + 2, 'defer') || isId(p + 2, 'source')) && isP(p + 3, 40)) {
        // Import phases, `import.defer('…')` / `import.source('…')`: a dynamic import that evaluates later or not at all.
        p = call(p, p + 3, 'dynamic_import', 'dynamic_import');
        continue;
      }
      if (meta === 'require') {
        // Bun's `import.meta.require('…')`: require in an ES module.
        if (isP(p + 5, 40)) p = call(p, p + 5, 'require', 'require');
        else if (!isP(p + 5, 46)) unresolvable.push({ kind: 'require', expression: 'import.meta.require used as a value', ...at(p) });
        continue;
      }
      if (meta === 'resolve' && isP(callOpen(p + 5), 40)) {
        p = resolveCall(callOpen(p + 5));
        continue;
      }
      if (meta === 'webpackContext' && isP(p + 5, 40)) {
        // webpack's `import.meta.webpackContext('./dir', { recursive, regExp })`: require.context with its options in an object.
        p = webpackContextCall(p, p + 5);
        continue;
      }
      if (meta === 'glob' || meta === 'globEager') {
        const open = skipTypeArgs(p + 5);
        if (isP(open, 40)) p = globCall(p, open, 'import_meta_glob');
        continue;
      }
      const next = p + 1;
      if (isP(next, 40)) {
        if (isDefinition(p, next)) continue;
        bindModuleObject(p);
        p = call(p, next, 'dynamic_import', 'dynamic_import');
        continue;
      }
      if (next >= count || isP(next, 46) || isP(next, 58) || isP(next, 61) || isP(next, 44) || isP(next, 125)) continue; // import.meta, { import: … }
      if (literal(next) !== undefined && kind(next) === K.String) {
        addImport('side_effect', next, []);
        p = next;
        continue;
      }
      // `import x = require('…')` is left to the require() it contains; `import x = db.open` of an imported `db` binds x to it.
      if (kind(next) === K.Ident && isP(next + 1, 61) && kind(next + 2) === K.Ident && !isId(next + 2, 'require')) {
        const b = entityBinding(next + 2);
        if (b !== undefined) bindings.set(ident(next) as string, b);
      }
      const typeOnly = isId(next, 'type') && !isId(p + 2, 'from') && !isP(p + 2, 44) && !isP(p + 2, 61);
      let q = next;
      // A clause holds names, braces, commas, `*` and quoted names; it never holds another import,
      // export or require, so a failed clause resumes there and every token is read once.
      while (q < count && (kind(q) === K.Ident || isP(q, 123) || isP(q, 125) || isP(q, 44) || isP(q, 42) || kind(q) === K.String) && !(isId(q, 'from') && kind(q + 1) === K.String) && !isId(q, 'import') && !isId(q, 'export') && !isId(q, 'require')) q++;
      if (isId(q, 'from') && kind(q + 1) === K.String) {
        addImport(typeOnly ? 'import_type' : 'import', q + 1, clauseNames(next, q, q + 1));
        p = q + 1;
      } else p = q - 1;
      continue;
    }

    if (word === 'export' && !property) {
      // An export inside a block (`namespace N { export type R … }`, `declare module 'm' { … }`) names a member, not a module export.
      const nested = parent[p] !== -1;
      let q = p + 1;
      // `export type {…}` / `export type * from`; `export type X = …` declares X (below).
      if (isId(q, 'type') && (isP(q + 1, 42) || isP(q + 1, 123))) q++;
      if (isP(q, 42)) {
        q++;
        let exported = '*';
        if (isId(q, 'as')) {
          exported = (literal(q + 1) ?? ident(q + 1)) as string;
          q += 2;
        }
        if (isId(q, 'from') && kind(q + 1) === K.String) {
          addImport('export_from', q + 1, exported === '*' ? undefined : undefined);
          exportsInfo.reexports.push({ exported, imported: '*', specifier: literal(q + 1) as string });
          p = q + 1;
        }
        continue;
      }
      if (isP(q, 123)) {
        const end = matching(q);
        const pairs: { imported: string; exported: string; at: number }[] = [];
        for (let r = q + 1; r < end && r - q < MAX_CLAUSE_TOKENS; r++) {
          if (isP(r, 44)) continue;
          if (isId(r, 'type') && (kind(r + 1) === K.Ident || kind(r + 1) === K.String) && typeModifier(r)) r++;
          const imported = literal(r) ?? ident(r);
          const at = r;
          let exported = imported;
          if (isId(r + 1, 'as')) {
            exported = literal(r + 2) ?? ident(r + 2);
            r += 2;
          }
          if (imported !== undefined && exported !== undefined) pairs.push({ imported, exported, at });
        }
        if (isId(end + 1, 'from') && kind(end + 2) === K.String) {
          const specifier = literal(end + 2) as string;
          addImport('export_from', end + 2, pairs.map((x) => x.imported));
          for (const x of pairs) exportsInfo.reexports.push({ exported: x.exported, imported: x.imported, specifier });
          p = end + 2;
        } else {
          for (const x of pairs) {
            if (x.imported === 'require' || requireAliases.has(x.imported)) unresolvable.push({ kind: 'require', expression: `${x.imported} used as a value (exported)`, ...at(q) });
            if (moduleAliasAt.has(x.imported)) moduleHandedOn(x.at, 'exported'); // `export { m }` of `m = module`
            const b = bindings.get(x.imported);
            if (b !== undefined) exportsInfo.reexports.push({ exported: x.exported, imported: b.imported, specifier: b.specifier });
            else if (!nested) {
              exportsInfo.local.push(x.exported);
              if (kind(x.at) === K.Ident) handOns.push({ exported: [x.exported], from: x.at, to: x.at + 1 });
            }
          }
          p = end;
        }
        continue;
      }
      // export [default] [declare] [async] function|class|const|let|var|enum|interface|type|namespace NAME
      if (isId(q, 'default')) {
        // `export default x;` of an imported `x` re-exports it, as `export { x as default }` does.
        const b = kind(q + 1) === K.Ident && (isP(q + 2, 59) || q + 2 >= count || tok.line[q + 2] !== tok.line[q + 1]) ? bindings.get(ident(q + 1) as string) : undefined;
        if (b !== undefined) exportsInfo.reexports.push({ exported: 'default', imported: b.imported, specifier: b.specifier });
        else if (!nested) {
          exportsInfo.local.push('default');
          const fn = isId(q + 1, 'function') ? q + 1 : isId(q + 1, 'async') && isId(q + 2, 'function') ? q + 2 : -1;
          if (fn === -1) handOns.push({ exported: ['default'], from: q + 1, to: expressionEnd(q + 1) });
          else {
            // The function hands on what it returns and what is put on it (`export default function f() {}; f.db = open`):
            // both are the values of its name (recordFunction, recordAssignments); an anonymous one has only its returns.
            const name = isP(fn + 1, 42) ? fn + 2 : fn + 1;
            const last = functionDeclarationEnd(fn);
            if (kind(name) === K.Ident && isP(name + 1, 40)) handOns.push({ exported: ['default'], alias: ident(name) as string });
            else if (last !== undefined) handOns.push({ exported: ['default'], from: fn, to: last + 1 });
          }
        }
        continue;
      }
      if (nested) continue;
      while (kind(q) === K.Ident && ['declare', 'async', 'abstract'].includes(ident(q) as string)) q++;
      if (kind(q) === K.Ident) {
        const decl = ident(q) as string;
        let nameAt = q + 1;
        if (decl === 'function' && isP(nameAt, 42)) nameAt++;
        if (decl === 'const' && isId(nameAt, 'enum')) nameAt++;
        const pattern = DECLARATORS.has(decl) && (isP(nameAt, 123) || isP(nameAt, 91));
        if (DECLARATIONS.has(decl) && kind(nameAt) === K.Ident) exportsInfo.local.push(ident(nameAt) as string);
        else if (pattern) patternNames(nameAt);
        else if (decl === 'import' && kind(nameAt) === K.Ident) {
          // `export import A = require('./x')` / `export import A = M.B` of an imported `M`: an alias re-exports what
          // it names, as `import A = …; export { A }` does; an alias of a local namespace is the module's own.
          const name = ident(nameAt) as string;
          const v = nameAt + 2;
          const b = isP(nameAt + 1, 61) && kind(v) === K.Ident && !isId(v, 'require') ? entityBinding(v) : undefined;
          if (isP(nameAt + 1, 61) && isId(v, 'require') && isP(v + 1, 40) && literal(v + 2) !== undefined) exportsInfo.reexports.push({ exported: name, imported: '*', specifier: literal(v + 2) as string });
          else if (b !== undefined) exportsInfo.reexports.push({ exported: name, ...b });
          else exportsInfo.local.push(name);
        }
        else if (!(decl === 'global' || (decl === 'module' && kind(nameAt) === K.String))) exportsInfo.open = true; // augmentations name nothing
        if (DECLARATORS.has(decl)) {
          moreDeclarators((pattern ? matching(nameAt) : nameAt) + 1);
          eachDeclarator(nameAt, (exported, from, to) => handOns.push({ exported, from, to }));
        }
      } else {
        // `export = value` (TypeScript's CommonJS export): every name, and the default, may be what the value hands on.
        if (isP(q, 61)) handOns.push({ exported: ['*', 'default'], from: q + 1, to: expressionEnd(q + 1) });
        exportsInfo.open = true;
      }
      continue;
    }

    const hostBracket = REQUIRE_HOSTS.has(word) ? memberBracket(p) : -1;
    // A key of literals joined (`global['req' + 'uire']`) is the key they spell; one starting with a literal (`module['a' + k]`) is still computed.
    const hostKey = hostBracket >= 0 ? joinedLiterals(hostBracket + 1, matching(hostBracket)) : undefined;
    if (hostKey === 'require') {
      // module['require']('…'), module?.['require']('…'): the same loader written as a computed member.
      p = hostedRequire(hostBracket + 1, matching(hostBracket) + 1, p);
      continue;
    }
    if (hostBracket >= 0 && hostKey === undefined && computedLoader(hostBracket, word)) {
      // module[key]('…'), globalThis[key].call(…), globalThis?.[key](…), (0, globalThis)[key](…): a computed member of an
      // object that holds the loader, called (any read of module's); the key may be 'require'. Judged once the file is
      // read: a local or a parameter of that name is no host.
      hostCalls.push(p, hostBracket);
      continue;
    }
    // The module object's descriptors are refused as a module object handed on (moduleArguments); the global object's are not.
    if ((word === 'get' || ((word === 'getOwnPropertyDescriptor' || word === 'getOwnPropertyDescriptors') && !isId(p + 2, 'module'))) && property && reflectGetsLoader(p)) {
      // Reflect.get(module, 'require'), Reflect.get(globalThis, key), a descriptor's value: the loader taken out as a value.
      unresolvable.push({ kind: 'require', expression: `${ident(p - 2) as string}.${word}(${expressionText(p + 2, matching(p + 1))}), which may be the loader`, ...at(p) });
      continue;
    }

    if (word === 'declare' && !property && isId(p + 1, 'module') && kind(p + 2) === K.String && isRelativeSpecifier(literal(p + 2) as string)) {
      // `declare module './x' { … }` augments the module it names (a type-level edge); a bare name declares an ambient module.
      addImport('import_type', p + 2, undefined);
      p += 2;
      continue;
    }
    if (property && isP(p + 1, 40) && kind(p - 2) === K.Ident && TEST_FRAMEWORKS.has(ident(p - 2) as string) && !isProperty(p - 2)) {
      if (TEST_LOADERS.has(word)) {
        p = call(p, p + 1, 'require', 'require');
        continue;
      }
      if (TEST_MOCKS.has(word) && literal(p + 2) !== undefined && (isP(p + 3, 41) || (isP(p + 3, 44) && mockLoadsOriginal(p + 4)))) addImport('require', p + 2);
    }
    if (property && kind(p - 2) === K.Ident && !isProperty(p - 2) && (isId(p - 2, 'Bun') || isId(p - 2, 'Deno'))) {
      const runtime = ident(p - 2) as string;
      if (runtime === 'Bun' && word === '$' && (kind(p + 1) === K.Template || kind(p + 1) === K.TemplateHead)) {
        shellCommand(p, p + 1, false); // Bun's shell: `await Bun.$\`bun ./x.ts\``
        continue;
      }
      if (isP(p + 1, 40) && ((runtime === 'Bun' && (word === 'spawn' || word === 'spawnSync')) || (runtime === 'Deno' && word === 'run'))) {
        // `Bun.spawn(['bun', './x.ts'], opts)`, `Bun.spawnSync({ cmd: [...] })`, Deno's old `Deno.run({ cmd: [...] })`.
        const args = argumentsOf(p + 1);
        const first = args[0] ?? -1;
        const list = first >= 0 && isP(first, 123) ? propertyValue(first, 'cmd') : first;
        const options = first >= 0 && isP(first, 123) ? first : args[1] !== undefined && isP(args[1], 123) ? args[1] : -1;
        if (list >= 0 && isP(list, 91)) runtimeCommand(p, list, -1, options, runtime === 'Bun' ? 'bun' : 'deno');
        continue;
      }
      if (runtime === 'Deno' && word === 'Command' && isId(p - 3, 'new') && isP(p + 1, 40)) {
        // `new Deno.Command('deno', { args: ['run', './x.ts'], cwd })`.
        const args = argumentsOf(p + 1);
        const options = args[1] !== undefined && isP(args[1], 123) ? args[1] : -1;
        const list = options >= 0 ? propertyValue(options, 'args') : -1;
        if (args[0] !== undefined) runtimeCommand(p, list, args[0], options, 'deno');
        continue;
      }
    }
    const stubbing = isP(p + 1, 40) && !property ? bindings.get(word) : undefined;
    if (stubbing !== undefined && STUBBING_LOADERS.has(stubbing.specifier) && !isDefinition(p, p + 1)) {
      // proxyquire('./x', stubs), esmock('./x.js', mocks), rewire('./x'): the module itself is loaded, its imports stubbed.
      p = call(p, p + 1, 'require', 'require');
      continue;
    }
    const hook = isP(p + 1, 40) && (property ? MODULE_HOOKS.has(word) : bindings.has(word)) ? builtinExport(p, word, property, MODULE_BUILTINS, MODULE_HOOKS) : undefined;
    if (hook !== undefined && (property || !isDefinition(p, p + 1))) {
      p = hook === 'register' ? registerCall(p, p + 1) : (unresolvable.push({ kind: 'dynamic_import', expression: `${callText(p)}, whose hooks may resolve any import to any module`, ...at(p) }), p);
      continue;
    }
    const loadBinding = property ? undefined : bindings.get(word);
    if (isP(p + 1, 40) && (property ? word === '_load' && loaderHost(p - 2) : loadBinding !== undefined && loadBinding.imported === '_load' && MODULE_BUILTINS.has(loadBinding.specifier) && !isDefinition(p, p + 1))) {
      // Module._load('…'), module.constructor._load('…'): Node's loader behind require.
      p = call(p, p + 1, 'require', 'require');
      continue;
    }
    if (property && (word === '_load' || word === '_compile' || word === '_extensions') && loaderHost(p - 2)) {
      // `Module._load.call(null, '…')`, `const load = Module._load`, `module._compile(code, f)`, `Module._extensions['.js'](m, f)`.
      p = hostLoader(p, p + 1, word, chainStart(p));
      continue;
    }

    if (word === 'exports' && isExportsObject(p) && !isP(p + 1, 58)) cjsNames(p);
    // The exports object reached another way: top-level `this` (CommonJS's `this` is `module.exports`), `module['exports']`,
    // `const m = module`, `{ exports: e } = module`, `globalThis.module`: its names cannot be listed.
    if (word === 'this' && !property && (parent[p] === -1 || (isP(parent[p] as number, 40) && parent[parent[p] as number] === -1)) && ((isP(p + 1, 46) && !(ident(p + 2) ?? '').startsWith('__')) || isP(p + 1, 91) || ((isP(p - 1, 61) || isP(p - 1, 40) || isP(p - 1, 44)) && (isP(p + 1, 59) || isP(p + 1, 41) || isP(p + 1, 44) || p + 1 >= count)))) exportsInfo.open = true;
    if (word === 'module' && (property ? kind(p - 2) === K.Ident && REQUIRE_HOSTS.has(ident(p - 2) as string) : isP(p + 1, 91) || ((isP(p - 1, 61) || isP(p - 1, 40) || isP(p - 1, 44)) && !isP(p + 1, 46)))) exportsInfo.open = true;
    if (word === 'exports' && isExportsObject(p) && isP(p + 1, 46) && kind(p + 2) === K.Ident && isP(p + 3, 61) && kind(p + 4) === K.Ident && !isId(p + 4, 'require')) {
      // `exports.a = x_1.a;` of `var x_1 = require('./x')` (TypeScript's CommonJS output before 3.9): a re-export.
      const re = boundValue(p + 4);
      if (re !== undefined) exportsInfo.reexports.push({ exported: ident(p + 2) as string, ...re });
    }
    if (word === 'defineProperty' && property && isId(p - 2, 'Object') && isP(p + 1, 40) && isExportsObject(exportsArg(p + 2)) && isP(exportsArg(p + 2) + 1, 44) && literal(exportsArg(p + 2) + 2) !== undefined) {
      // `Object.defineProperty(exports, "a", { enumerable: true, get: function () { return x_1.a; } })`: TypeScript's
      // CommonJS output of `export { a } from './x'`; the getter returns a name of a required module.
      const nameAt = exportsArg(p + 2) + 2;
      const close = matching(p + 1);
      for (let q = nameAt + 1; q < close; q++) {
        if (!(isId(q, 'return') || isP(q, P_ARROW)) || kind(q + 1) !== K.Ident) continue;
        const re = boundValue(q + 1);
        if (re !== undefined) exportsInfo.reexports.push({ exported: literal(nameAt) as string, ...re });
        break;
      }
    }
    if (word === 'getBuiltinModule' && property) bindModuleObject(p);
    if (word === 'NODE_OPTIONS') nodeOptionsWritten(p, property);
    if ((word === 'push' || word === 'unshift') && property && isId(p - 2, 'execArgv') && isId(p - 4, 'process') && isP(p + 1, 40)) {
      // `process.execArgv.push('--import', './x.js')`: a fork inherits them.
      const { words, ats } = arrayWords(p + 1);
      nodeRuns(p, words, ats, p + 2, true);
    }
    if (word === 'define' && !property && isP(p + 1, 40)) {
      // AMD's `define(['./a'], factory)` / `define('id', ['./a'], factory)`: judged once the file is read (a local define is no loader).
      const deps = literal(p + 2) !== undefined && isP(p + 3, 44) ? p + 4 : p + 2;
      if (isP(deps, 91) && (isP(matching(deps) + 1, 44) || isP(matching(deps) + 1, 41))) amdDefines.push(p, deps);
    }
    const scriptRunner = property ? undefined : scriptingRunner(word);
    if (scriptRunner !== undefined) {
      // execa / zx: `execa('tsx', ['./x.ts'])`, `execaNode('./x.js')`, `` $`tsx ./x.ts` ``, `` $({ cwd: 'src' })`…` ``, `` $.sync`…` ``.
      const options = isP(p + 1, 40) ? p + 1 : -1;
      const tag = options >= 0 ? matching(options) + 1 : isP(p + 1, 46) && isId(p + 2, 'sync') ? p + 3 : p + 1;
      if (kind(tag) === K.Template || kind(tag) === K.TemplateHead) {
        childCwd = options >= 0 && isP(options + 1, 123) ? cwdOption(options + 1) : undefined;
        shellCommand(p, tag, false); // execa's and zx's `$` hand the child this process's standard input
        childCwd = undefined;
        continue;
      }
      if (options >= 0 && scriptRunner !== '$') {
        p = childProcessCall(p, options, scriptRunner);
        continue;
      }
    }
    if (isP(p + 1, 40) && ((property && word === 'loadEnvFile' && isId(p - 2, 'process') && !isProperty(p - 2)) || (DOTENV_LOADS.has(property ? word : bindings.get(word)?.imported ?? '') && builtinExport(p, word, property, DOTENV_PACKAGES, DOTENV_LOADS) !== undefined))) {
      // `process.loadEnvFile('.env.job')`, `dotenv.config({ path })`: the file's NODE_OPTIONS reach every Node started later.
      envFileLoaded(p, p + 1, word === 'loadEnvFile');
      continue;
    }
    if (isP(p + 1, 40)) {
      // child_process.fork('./x.js') runs a module from a path relative to the working directory; spawn / exec run a
      // command line, which loads modules when its program is Node; cluster's settings name the module workers run.
      const runner = builtinExport(p, word, property, CHILD_PROCESS_BUILTINS, CHILD_PROCESS_RUNNERS);
      if (runner !== undefined) {
        p = childProcessCall(p, p + 1, runner);
        continue;
      }
      if (builtinExport(p, word, property, CLUSTER_BUILTINS, CLUSTER_SETUP) !== undefined) clusterSetup(p, p + 1);
    } else if (RUNNER_FORM_AFTER.has(pv(p + 1)) || isId(p + 1, 'as')) {
      // `cp.fork.call(null, './x.js')`, `cp.spawn.apply(cp, ['node', ['./x.js']])`, `fork.bind(null, './x.js')()`,
      // `(0, cp.fork)('./x.js')`, `cp.fork?.('./x.js')`: the runner called another way reads its arguments as a call's.
      const runner = builtinExport(p, word, property, CHILD_PROCESS_BUILTINS, CHILD_PROCESS_RUNNERS);
      if (runner !== undefined && runnerCalled(chainStart(p), p, runner)) continue;
    }
    if (word === 'construct' && property && isId(p - 2, 'Reflect') && !isProperty(p - 2) && isP(p + 1, 40) && reflectConstructsWorker(p)) continue;
    // Reflect.apply(cp.fork, cp, ['./x.js']), Function.prototype.call.call(cp.fork, null, './x.js').
    if ((word === 'apply' || word === 'call') && property && (isId(p - 2, 'Reflect') || isId(p - 2, 'call') || isId(p - 2, 'apply')) && indirectRunnerCall(p)) continue;
    if (options.testFile !== true && !runnerTargets.has(p) && (property ? CHILD_PROCESS_RUNNERS.has(word) : CHILD_PROCESS_BUILTINS.has(bindings.get(word)?.specifier ?? ''))) runnerValue(p, word, property);
    if (property && isP(p + 1, 40) && ((word === 'addModule' && /Worklet$/.test(ident(p - 2) ?? '')) || (word === 'register' && isId(p - 2, 'serviceWorker')))) {
      // audioWorklet.addModule('./x.js'), navigator.serviceWorker.register('./sw.js'): a script run as a worker is.
      p = runsPath(p, p + 1, false);
      continue;
    }
    if (VM_RUNNERS.has(word) && builtinMember(p, word, property, VM_BUILTINS)) unresolvable.push({ kind: 'require', expression: `vm ${word} runs code from a string`, ...at(p) });
    if (word === 'eval' && !(isP(p + 1, 40) && !property) && (!property || REQUIRE_HOSTS.has(ident(hostOf(p)) ?? ''))) {
      // `(0, eval)(…)`, `globalThis.eval(…)`, `const run = eval`: the code runner reached as a value.
      const declared = isId(p - 1, 'typeof') || isId(p - 1, 'function') || DECLARATORS.has(ident(p - 1) ?? '') || (isP(p + 1, 58) && !isP(p - 1, 63)) || isP(p + 1, 61);
      if (!declared) unresolvable.push({ kind: 'require', expression: property ? `${ident(hostOf(p)) as string}.eval` : 'eval used as a value', ...at(p) });
      continue;
    }
    if (word === 'require') {
      if (property) {
        // module.require('…'), process.mainModule.require('…'), require.main.require('…'), module.parent.require('…');
        // any other obj.require(…) is a method.
        const host = hostOf(p);
        if (REQUIRE_HOSTS.has(ident(host) ?? '') || loaderHost(p - 2)) p = hostedRequire(p, p + 1, chainStart(p));
        else if (isP(p + 1, 40) && literal(p + 2) !== undefined && isP(p + 3, 41) && kind(p - 2) === K.Ident && isP(p - 3, 46)) memberRequires.push(p);
        continue;
      }
      if (isP(p + 1, 40) && isP(p + 2, 91)) {
        // AMD's `require(['./a', './b'], cb)`.
        p = amdDependencies(p, p + 2);
        continue;
      }
      if (isP(p + 1, 40)) {
        if (isDefinition(p, p + 1) || localRequireCall(p)) continue;
        // `const Module = require('node:module')` binds Node's loader module as its import would.
        if (isP(p - 1, 61) && kind(p - 2) === K.Ident && MODULE_BUILTINS.has(literal(p + 2) ?? '')) bindings.set(ident(p - 2) as string, { specifier: 'module', imported: 'default' });
        const spec = literal(p + 2);
        if (spec !== undefined && matching(p + 1) === p + 3) {
          const re = cjsReexport(p);
          if (re !== undefined) exportsInfo.reexports.push({ ...re, specifier: spec });
          else if (isP(p - 1, 61) && kind(p - 2) === K.Ident && !isProperty(p - 2)) bindings.set(ident(p - 2) as string, { specifier: spec, imported: isP(p + 4, 46) && kind(p + 5) === K.Ident ? (ident(p + 5) as string) : '*' });
          else if (isP(p - 1, 61) && isP(p - 2, 125)) bindPattern(partner[p - 2] as number, spec);
        }
        p = call(p, p + 1, 'require', 'require');
        continue;
      }
      if (isP(p + 1, 46) || (isP(p + 1, 91) && kind(p + 2) === K.String && isP(p + 3, 93))) {
        p = loaderMember(p, p + 1, 'require');
        continue;
      }
      escapes(p, 'require');
      continue;
    }

    if (word === 'Function' && !property && !isP(p + 1, 40) && !isId(p - 1, 'new') && !bindings.has(word) && !topLevelNames.has(word) && options.testFile !== true) {
      // `const F = Function; F('return this')()`, `class R extends Function {}`, `Function.call(null, code)`: the code
      // runner handed on, judged as a worker constructor's mention is (tests, member reads, `instanceof`, types and
      // declarations are no values); `Function.call.bind(f)` (call-bind) and `A | Function` (a type) run nothing.
      const mentions: TsUnresolvable[] = [];
      const member = isP(p + 1, 46) ? ident(p + 2) : undefined;
      const runs = member === undefined || (THIS_BINDERS.has(member) && isP(p + 3, 40));
      if (runs && !isP(p + 1, 124) && !isP(p + 1, 38) && !isP(p - 1, 124) && !isP(p - 1, 38)) workerMention(p, p, false, 'Function', mentions);
      if (mentions.length > 0) unresolvable.push({ kind: 'require', expression: `${expressionText(p, p + 1)} used as a value (Function runs code from a string)`, ...at(p) });
    }
    if (word === 'constructor' && property && isP(p + 1, 40) && functionConstructor(p - 2)) {
      // `({}).constructor.constructor('return this')`, `(async () => {}).constructor(code)`: Function's constructor (or an async or generator one).
      unresolvable.push({ kind: 'require', expression: `${expressionText(chainStart(p), matching(p + 1) + 1)}: a function constructor, which runs code from a string`, ...at(p) });
      continue;
    }
    const hostedFunction = property && word === 'Function' && REQUIRE_HOSTS.has(ident(hostOf(p)) ?? '');
    if ((word === 'eval' && !property && isP(p + 1, 40)) || (word === 'Function' && (isId(p - 1, 'new') || isId(p - 3, 'new') || isP(p + 1, 40)) && (!property || hostedFunction))) {
      // eval("require('x')") / new Function(…) run code the scanner cannot see.
      const open = isP(p + 1, 40) ? p + 1 : -1;
      if (open !== -1 && !isDefinition(p, open)) unresolvable.push({ kind: 'require', expression: `${word}(${expressionText(open + 1, matching(open))})`, ...at(p) });
      continue;
    }
    // `setTimeout("import('./x')", 0)`: a browser (or a worker) runs a string handed to a timer as code, as eval does.
    // Judged after the walk (judgeTimers), once the scopes a name handed to it resolves in are known.
    if ((word === 'setTimeout' || word === 'setInterval') && (property ? REQUIRE_HOSTS.has(ident(hostOf(p)) ?? '') : !isDefinition(p, p + 1))) timerRefs.push(p);
    else if (isP(p + 1, 91) && isP(p + 3, 93) && kind(p + 2) === K.String && !property && REQUIRE_HOSTS.has(word) && (literal(p + 2) === 'setTimeout' || literal(p + 2) === 'setInterval')) timerRefs.push(p + 3);
    const imported = property ? undefined : bindings.get(word);
    const isCreateRequire = word === 'createRequire' || (imported !== undefined && imported.imported === 'createRequire' && MODULE_BUILTINS.has(imported.specifier));
    // `m.createRequire(…)` of a module object the scanner did not bind (`import('node:module').then((m) => …)`): the name is Node's.
    if (isCreateRequire && (!property || loaderHost(p - 2) || isP(p + 1, 40))) {
      if (!isP(p + 1, 40)) {
        const binding = word !== 'createRequire' && isP(p - 1, 58); // the `cr` of `{ createRequire: cr }`
        if (!property && !binding && !isP(p - 1, 123) && !isP(p - 1, 44) && !isId(p - 1, 'import')) escapes(p, 'createRequire');
        continue;
      }
      const made = matching(p + 1);
      const close = isP(made + 1, 33) && !isP(made + 2, 61) ? made + 1 : made; // `createRequire(…)!`: the assertion is erased
      if (isP(close + 1, 40)) {
        p = call(p, close + 1, 'require', 'require');
        continue;
      }
      if (isP(close + 1, 46)) {
        p = loaderMember(p, close + 1, 'createRequire(…)');
        continue;
      }
      const start = property ? p - 2 : p;
      const target = isP(start - 1, 61) ? declaredName(start - 1) : -1;
      if (target >= 0) addAlias(target);
      else unresolvable.push({ kind: 'require', expression: `${expressionText(start, close + 1)} used as a value`, ...at(p) });
      p = close;
      continue;
    }

    if (word === 'new' && !property) {
      let q = p + 1;
      const made = kind(q) === K.Ident && !isP(q + 1, 46) ? bindings.get(ident(q) as string) : undefined;
      if (made !== undefined && MODULE_BUILTINS.has(made.specifier) && (made.imported === 'default' || made.imported === 'Module')) {
        // `new Module(id)`: a module object of Node's loader; what its `require` loads is resolved from wherever it is told.
        unresolvable.push({ kind: 'require', expression: `new ${ident(q) as string}(…), a module object whose require may load anything`, ...at(p) });
      }
      if (isId(q, 'URL') && isP(q + 1, 40)) {
        const close = matching(q + 1);
        const comma = q + 3;
        const baseIsModule = isP(comma, 44) && isId(comma + 1, 'import') && importMeta(comma + 1) === 'url';
        // new URL(x, import.meta.url) names a file next to this module; a URL without that base is not a module reference.
        const base = literal(q + 2) !== undefined ? comma : -1;
        if (base !== -1 && baseIsModule) addImport('url', q + 2, undefined);
        // `new URL('data:text/javascript,…')`, `new URL('file:///…/db.ts')`: a module by an absolute URL (what `new Worker`,
        // `import()` or `register` is handed runs it): a data: module is read as one, a file: URL names no file of the root.
        else if (base !== -1 && close === q + 3 && ABSOLUTE_MODULE_URL.test(literal(q + 2) as string)) addImport('url', q + 2, undefined);
        else if (base === -1) {
          // Computed first argument with `import.meta.url` as the last one: a file next to this module, unknown which.
          if (close < count && isP(close - 6, 44) && isId(close - 5, 'import') && importMeta(close - 5) === 'url') {
            unresolvable.push({ kind: 'url', expression: expressionText(q + 2, close - 6), ...at(p) });
          }
        }
        p = q + 1;
        continue;
      }
      // `new wt['Worker'](…)`: the member written as a computed literal.
      if (kind(q) === K.Ident && isP(q + 1, 91) && WORKERS.has(literal(q + 2) ?? '') && isP(q + 3, 93) && isP(q + 4, 40) && WORKER_THREADS_BUILTINS.has(bindings.get(ident(q) as string)?.specifier ?? '')) {
        const open = q + 4;
        for (const a of argumentsOf(open).slice(1)) if (isP(a, 123)) nodeOptions(p, a);
        if (!(isId(open + 1, 'new') && isId(open + 2, 'URL'))) {
          if (literal(open + 1) !== undefined && (isP(open + 2, 41) || isP(open + 2, 44))) imports.push({ kind: 'worker', specifier: literal(open + 1) as string, ...at(open + 1), cwd: true });
          else unresolvable.push({ kind: 'worker', expression: expressionText(open + 1, matching(open)), ...at(p) });
        }
        p = open;
        continue;
      }
      // `new wt.Worker(…)` of `import * as wt from 'node:worker_threads'`.
      const member = isP(q + 1, 46) && kind(q + 2) === K.Ident && WORKERS.has(ident(q + 2) as string) && builtinMember(q + 2, ident(q + 2) as string, true, WORKER_THREADS_BUILTINS);
      // `new globalThis.Worker('./x.js')`, `new self.Worker(…)`: the web Worker read off the global object.
      const globalMember = !member && isP(q + 1, 46) && kind(q + 2) === K.Ident && WORKERS.has(ident(q + 2) as string) && globalHost(q);
      if (member || globalMember) q += 2;
      const renamed = !member && kind(q) === K.Ident && !WORKERS.has(ident(q) as string) ? bindings.get(ident(q) as string) : undefined;
      const threadsAlias = renamed !== undefined && WORKER_THREADS_BUILTINS.has(renamed.specifier) && renamed.imported === 'Worker'; // `import { Worker as W }`, `const W = Worker`
      if (kind(q) === K.Ident && (WORKERS.has(ident(q) as string) || threadsAlias)) {
        // worker_threads' Worker takes a path relative to the working directory; a web Worker's is relative to the module (as bundlers read it).
        const threads = member || threadsAlias || (!globalMember && builtinMember(q, ident(q) as string, false, WORKER_THREADS_BUILTINS));
        q = skipTypeArgs(q + 1);
        if (!isP(q, 40)) continue;
        // worker_threads' `execArgv` option: Node's options for the worker's thread (`--require` among them).
        for (const a of argumentsOf(q).slice(1)) if (isP(a, 123)) nodeOptions(p, a);
        if (isId(q + 1, 'new') && isId(q + 2, 'URL')) continue; // the URL is the edge
        const close = matching(q);
        if (literal(q + 1) !== undefined && (isP(q + 2, 41) || isP(q + 2, 44))) imports.push({ kind: 'worker', specifier: literal(q + 1) as string, ...at(q + 1), ...(threads ? { cwd: true as const } : {}) });
        else unresolvable.push({ kind: 'worker', expression: expressionText(q + 1, close), ...at(p) });
        p = q;
      }
      continue;
    }

    if (requireAliases.size > 0 && !property && requireAliases.has(word)) {
      if (isP(p + 1, 46)) p = loaderMember(p, p + 1, word);
      else if (!isP(p + 1, 40)) escapes(p, word);
      else if (!isDefinition(p, p + 1)) p = call(p, p + 1, 'require', 'require');
      continue;
    }
  }
  // A computed member of the global object may be its Worker with no `orker` in the text (`self['Wor' + 'ker']`).
  hostScopesReady = true;
  // `this` of a sloppy function called plainly is the global object too (globalFlow).
  if (text.includes('orker') || text.includes('\\u') || hostAliases.size > 0 || GLOBAL_HOST_MENTION.test(text) || THIS_VALUE.test(text)) workerValues();
  if (flowEnds !== undefined) flowRequires(flowEnds, text.includes('require'));
  // `/// <reference path="…" />` (and `types="./…"`): the compiler takes the named file into the program (a type-level
  // edge); `/// <amd-dependency path="…" />` makes an AMD module load it.
  if (text.includes('///')) {
    for (const m of text.matchAll(TRIPLE_SLASH_TAG)) {
      const tag = (m[1] as string).toLowerCase();
      // Own keys only: `/// <constructor … />` names Object's prototype, no directive.
      for (const name of Object.hasOwn(TRIPLE_SLASH_FILE_ARGS, tag) ? (TRIPLE_SLASH_FILE_ARGS[tag] as readonly string[]) : []) {
        const arg = (TRIPLE_SLASH_ARG[name] as RegExp).exec(m[0]);
        if (arg === null) continue;
        const value = arg[2] ?? arg[3] ?? '';
        // A types package (`types="node"`) is looked up in the tsconfig's typeRoots before node_modules: the gate resolves it.
        const bare = name === 'types' && !isRelativeSpecifier(value);
        typeImportAt(m.index + arg.index + (arg[1] as string).length, value, bare);
      }
    }
  }
  for (const m of text.matchAll(JSX_IMPORT_SOURCE)) imports.push(...jsxRuntimeImports(m[1] as string, positionAt(m.indices?.[1]?.[0] as number)));
  // JSDoc in JavaScript: TypeScript reads `{import('./x').T}` and `@import … from './x'` as type imports.
  for (let d = 0; d < lx.docs.length; d += 2) {
    const doc = text.slice(lx.docs[d], lx.docs[d + 1]);
    if (!doc.includes('import')) continue;
    for (const m of doc.matchAll(JSDOC_IMPORT)) {
      const group = m[2] !== undefined ? 2 : 4;
      typeImportAt((lx.docs[d] as number) + ((m.indices?.[group]?.[0] as number) - 1), m[group] as string);
    }
  }
  recordAssignments();
  if (timerRefs.length > 0) judgeTimers();
  globalHandOns();
  if (!(bindings.has('define') || topLevelNames.has('define'))) for (let d = 0; d < amdDefines.length; d += 2) amdDependencies(amdDefines[d] as number, amdDefines[d + 1] as number);
  if (globalAliases.size > 0 || globalReads.size > 0) judgeGlobalAliases();
  if (globalEscapes.length > 0) judgeGlobalEscapes();
  for (let h = 0; h < hostCalls.length; h += 2) {
    const k = hostCalls[h] as number;
    const bracket = hostCalls[h + 1] as number;
    const word = ident(k) as string;
    if (localHosts.has(word) || topLevelNames.has(word) || bindings.has(word)) continue;
    unresolvable.push({ kind: 'require', expression: `${word}[${expressionText(bracket + 1, matching(bracket))}], which may be the loader`, ...at(k) });
  }
  if (hostWorkers.length > 0 || guarded.length > 0) {
    // A line the loader's reading already refuses (`self[key]`, `Reflect.get(g, key)`) fails the same way once.
    const refused = new Set(unresolvable.map((u) => u.line));
    for (const u of hostWorkers) if (!refused.has(u.line)) unresolvable.push(u);
    for (const u of hostWorkers) refused.add(u.line);
    for (let i = guarded.length - 1; i >= 0; i--) if (refused.has((guarded[i] as TsGuarded).line)) guarded.splice(i, 1);
  }
  unresolvable.sort((a, b) => a.line - b.line || a.column - b.column);
  // An exported local hands on whatever it may hold (`export let x; x = open`, `export class K extends Db {}`).
  for (const name of [...exportsInfo.local, ...(exportsInfo.maybe ?? [])]) if (localAliases.has(name)) handOns.push({ exported: [name], alias: name });
  const listed = new Set(exportsInfo.reexports.map((re) => `${re.exported}\0${re.imported}\0${re.specifier}`));
  const handedNames = new Set<string>();
  const maybe = new Set(exportsInfo.maybe);
  for (const h of handOns) {
    const edges: AliasEdges = { direct: [], aliases: [] };
    if ('alias' in h) edges.aliases.push(h.alias);
    else readHanded(h.from, h.to, edges);
    const handed = [...edges.direct, ...edges.aliases.flatMap(resolveAlias)];
    if (handed.length === 0) continue;
    for (const exported of h.exported) {
      // Kept as this module's name too, but one that does not hide the hand-on (see TsExports.maybe).
      handedNames.add(exported);
      if (exported !== '*' && !maybe.has(exported)) {
        maybe.add(exported);
        (exportsInfo.maybe ??= []).push(exported);
      }
      for (const b of handed) {
        const key = `${exported}\0${b.imported}\0${b.specifier}`;
        if (listed.has(key)) continue;
        listed.add(key);
        exportsInfo.reexports.push({ exported, imported: b.imported, specifier: b.specifier });
      }
    }
  }
  if (handedNames.size > 0) exportsInfo.local = exportsInfo.local.filter((name) => !handedNames.has(name));
  // `export const load = require` / `export let r; r = createRequire(…)`: the binding itself is exported.
  const exportedLocals = aliasAt.size > 0 ? new Set(exportsInfo.local) : undefined;
  for (const [name, k] of aliasAt) if (exportedLocals?.has(name) === true) unresolvable.push({ kind: 'require', expression: `${name} (a loader) exported`, ...at(k) });
  for (const r of localModuleReads) {
    const name = ident(r) as string;
    const b = bindings.get(name);
    if (!(moduleAliasAt.has(name) || requireAliases.has(name) || (b !== undefined && RUNNING_BUILTINS.has(b.specifier)))) continue;
    unresolvable.push({ kind: 'require', expression: `a local named module given ${name}, which may hold Node's module object or loader`, ...at(r) });
    break;
  }
  if (moduleAliasAt.size > 0) {
    const exported = new Set(exportsInfo.local);
    for (const [name, k] of moduleAliasAt) if (exported.has(name)) unresolvable.push({ kind: 'require', expression: `${name} (a module object) exported, whose require loads anything`, ...at(k) });
  }
  if (cjsLocal.length > 0) {
    const reexported = new Set(exportsInfo.reexports.map((re) => re.exported));
    for (const n of cjsLocal) if (!reexported.has(n)) exportsInfo.local.push(n);
  }
  // `import 'dotenv/config'`, `node -r dotenv/config`: `.env` loaded into the environment, as `--env-file-if-exists=.env`.
  for (const imp of imports.slice()) if (imp.kind !== 'import_type' && DOTENV_CONFIG.has(imp.specifier)) imports.push({ kind: 'env_file', specifier: '.env', line: imp.line, column: imp.column, cwd: true, optional: true, envCwd: '' });
  methodsGiven();
  if (text.includes('__webpack_')) webpackRuntime();
  const readKeys = globalReadKeys();
  const jsx = lx.tok.kind.subarray(0, count).includes(K.Jsx);
  // Last, once this text's tokens are no longer read (the lexer's buffers are reused by the scan of a data: module).
  if (imports.some((i) => DATA_SCHEME.test(i.specifier))) dataModules(imports, unresolvable, options.dataDepth ?? 0);
  if (thisModuleMembers.size > 0) exportsInfo.moduleMembers = [...thisModuleMembers];
  const memberLoads = memberRequires.length > 0 ? importedMemberLoads() : [];
  const writeOnly = options.writeOnly === undefined ? undefined : options.writeOnly.filter((w) => writeOnlyParameter(w.name, w.param)).map((w) => `${w.name}:${w.param}`);
  const classWriters = options.classWriters === undefined ? undefined : options.classWriters.filter((w) => classWriter(w.name, w.param)).map((w) => `${w.name}:${w.param}`);
  const { declaredGlobals, topDeclared, namesRead } = globalDeclarations();
  return { imports, unresolvable, globs, exports: exportsInfo, errors: lx.errors, ...(jsx ? { jsx: true as const } : {}), ...(readKeys.length > 0 ? { globalReads: readKeys } : {}), ...(declaredGlobals.length > 0 ? { declaredGlobals } : {}), ...(topDeclared.length > 0 ? { topDeclared } : {}), ...(namesRead.length > 0 ? { namesRead } : {}), ...(guarded.length > 0 ? { guarded } : {}), ...(memberLoads.length > 0 ? { memberLoads } : {}), ...(writeOnly !== undefined ? { writeOnly } : {}), ...(classWriters !== undefined ? { classWriters } : {}), ...(classHanded.length > 0 ? { classHanded } : {}) };

  /**
   * `new A().m.require('…')`, `a.m.require('…')` of a name given `new A()`, `A.m.require('…')`, with `A` an import: a
   * load where the module `A` comes from stores a module object on a member `m` (TsExports.moduleMembers).
   */
  function importedMemberLoads(): TsMemberLoad[] {
    const out: TsMemberLoad[] = [];
    for (const p of memberRequires) {
      const m = p - 2;
      let cls = -1;
      if (isP(m - 2, 41)) {
        const o = partner[m - 2] as number;
        if (kind(o - 1) === K.Ident && isId(o - 2, 'new')) cls = o - 1;
      } else if (kind(m - 2) === K.Ident && !isProperty(m - 2)) {
        const made = instantiatedClass(m - 2);
        cls = made >= 0 ? made : m - 2;
      }
      const b = cls >= 0 ? bindings.get(ident(cls) as string) : undefined;
      if (b === undefined || b.specifier === 'module' || (cls !== m - 2 && flowScope(ident(cls) as string, cls) >= 0)) continue;
      const spec = literal(p + 2) as string;
      out.push({ specifier: b.specifier, member: ident(m) as string, load: { kind: 'require', specifier: spec, ...at(p + 2) } });
    }
    return out;
  }
  /** The class a name at `k` is given an instance of somewhere (`h = new A()`), -1 if none (`A.m`: the name itself). */
  function instantiatedClass(k: number): number {
    for (const q of flowPositions(ident(k) as string)) if (isP(q + 1, 61) && !touchesOperator(q + 1) && isId(q + 2, 'new') && kind(q + 3) === K.Ident) return q + 3;
    return -1;
  }
  /**
   * Whether the module exports `name` as a function of its own (`export function name(…) {…}`, `export const name =
   * (…) => …`, never bound again) whose parameter `param` (a plain name) is only written (`p.x = v`), tested (`typeof
   * p.x`, `!p.x`, `p.x === v`, `k in p`) or made the target of `Object.assign` / `Object.defineProperty(ies)` in a
   * statement of its own: given the global object, such a function takes no member of it by any key beside it. Its
   * body may not read `arguments` or call `eval` (either reaches the parameter unseen).
   */
  /** Whether the module exports `name` as a function that, given a class as its parameter `param`, writes it (methodsGiven's reading). */
  function classWriter(name: string, param: number): boolean {
    const site = exportedFunction(name);
    if (site === undefined) return false;
    const [open] = site;
    const r: ClassReach = { role: 'class', level: 0, specifier: '', imported: '', via: '', scoped: false };
    return isP(open, 40) ? functionParamWritten(open, -1, param, r, bindClassNames(), 0) : functionParamWritten(-1, open, param, r, bindClassNames(), 0);
  }
  function writeOnlyParameter(name: string, param: number): boolean {
    const site = exportedFunction(name);
    if (site === undefined) return false;
    const [open, end] = site;
    const params = isP(open, 40) ? argumentsOf(open) : [open];
    const p = params[param];
    if (p === undefined || kind(p) !== K.Ident || isId(p, 'this') || !(isP(p + 1, 44) || isP(p + 1, 41) || isP(p + 1, 58) || isP(p + 1, 61) || isP(p + 1, 63) || isP(p + 1, P_ARROW))) return false;
    for (let i = 0; i < param; i++) if (isP(params[i] as number, P_SPREAD) || isId(params[i] as number, 'this')) return false;
    for (let q = open; q <= end; q++) if ((isId(q, 'arguments') || isId(q, 'eval')) && !isProperty(q)) return false;
    const word = ident(p) as string;
    for (const q of flowPositions(word)) {
      if (q <= open || q === p || q > end) continue;
      if (!onlyWrites(q)) return false;
    }
    return true;
  }
  /** The use at `q` of a parameter writes or tests a member of it, or makes it a target of Object.assign (writeOnlyParameter). */
  function onlyWrites(q: number): boolean {
    if (isP(q + 1, 58) && (isP(q - 1, 123) || isP(q - 1, 44)) && isP(parent[q] as number, 123)) return true; // a key `{ p: … }`
    if (isId(q - 1, 'in') || isId(q - 1, 'typeof')) return true;
    if (isP(q + 1, 46) && kind(q + 2) === K.Ident) {
      if (isP(q + 3, 61) && !touchesOperator(q + 3)) return !isId(q + 2, 'location'); // `window.location = 'javascript:…'` runs code
      if (isId(q - 1, 'typeof') || isId(q - 1, 'delete') || isP(q - 1, 33) || comparison(q - 1) || comparison(q + 3)) return true;
      return false;
    }
    const o = q - 4;
    if (isP(q - 1, 40) && isP(q + 1, 44) && isP(q - 3, 46) && isId(o, 'Object') && !isProperty(o) && (isId(q - 2, 'assign') || isId(q - 2, 'defineProperty') || isId(q - 2, 'defineProperties'))) {
      return bareGlobal('Object', o) && (isP(o - 1, 59) || isP(o - 1, 123) || isP(o - 1, 125) || isP(o - 1, P_ARROW) || o === 0 || tok.line[o - 1] !== tok.line[o]);
    }
    return false;
  }
  /** Whether the token at `k` is an equality test (`===`, `!==`, `==`, `!=`). */
  function comparison(k: number): boolean {
    if (!isP(k, P_OTHER2_ID)) return false;
    const op = text.slice(tok.start[k] as number, tok.end[k] as number);
    return op === '===' || op === '!==' || op === '==' || op === '!=';
  }
  /**
   * The parameters (`(`, or an arrow's one name) and the last token of the function the module exports as `name`
   * where it is declared (`export function name`, `export const name = (…) => …` / `function (…) {…}`), bound nowhere
   * else; an arrow's expression body runs to the end of its top-level statement.
   */
  function exportedFunction(exported: string): [number, number] | undefined {
    // `export { local as name }` (a bundle's chunk exports so), `export { name }`: the local the clause names.
    let name = exported;
    let clause = false;
    for (const q of flowPositions(exported)) {
      const o = parent[q] as number;
      if (o < 0 || !isP(o, 123) || !isId(o - 1, 'export') || isId(matching(o) + 1, 'from')) continue;
      if (isId(q - 1, 'as') && kind(q - 2) === K.Ident && (isP(q - 3, 123) || isP(q - 3, 44))) name = ident(q - 2) as string;
      else if (!((isP(q - 1, 123) || isP(q - 1, 44)) && (isP(q + 1, 44) || isP(q + 1, 125)))) continue;
      clause = true;
    }
    let def = -1;
    for (const q of flowPositions(name)) {
      const before = ident(q - 1);
      if (before === 'function' || before === 'class' || (before !== undefined && DECLARATORS.has(before)) || (isP(q + 1, 61) && !touchesOperator(q + 1))) {
        if (def >= 0) return undefined;
        def = q;
      } else if (isP(q + 1, P_OTHER2_ID) || isP(q + 1, P_INC) || isP(q + 1, P_DEC) || isP(q - 1, P_INC) || isP(q - 1, P_DEC) || isP(q + 1, 61)) {
        if (isP(q + 1, P_OTHER2_ID) && text.charCodeAt((tok.end[q + 1] as number) - 1) !== 61) continue; // `name && …`
        if (isP(q + 1, P_OTHER2_ID) && comparison(q + 1)) continue;
        return undefined;
      } else if ((isP(parent[q] as number, 91) || isP(parent[q] as number, 123)) && isP(matching(parent[q] as number) + 1, 61)) return undefined; // `[name] = …`
    }
    if (def < 0 || (parent[def] as number) >= 0) return undefined;
    if (isId(def - 1, 'function')) {
      const declared = clause || isId(def - 2, 'export') || (isId(def - 2, 'async') && isId(def - 3, 'export'));
      const end = declared && isP(def + 1, 40) ? functionBodyEnd(def + 1) : undefined;
      return end === undefined ? undefined : [def + 1, end];
    }
    if (!isId(def - 1, 'const') || !(clause || isId(def - 2, 'export')) || !isP(def + 1, 61)) return undefined;
    let v = isId(def + 2, 'async') ? def + 3 : def + 2;
    if (kind(v) === K.Ident && isP(v + 1, P_ARROW)) return [v, statementEnd(v + 2)];
    if (isId(v, 'function')) {
      v++;
      if (kind(v) === K.Ident) v++;
      const body = isP(v, 40) ? matching(v) + 1 : -1;
      return body > 0 && isP(body, 123) ? [v, matching(body)] : undefined;
    }
    if (!isP(v, 40) || !isP(matching(v) + 1, P_ARROW)) return undefined;
    const arrow = matching(v) + 1;
    return [v, isP(arrow + 1, 123) ? matching(arrow + 1) : statementEnd(arrow + 1)];
  }
  /** The last token of the top-level statement holding `from`: before its `;`, or before a declaration starting a line. */
  function statementEnd(from: number): number {
    for (let q = from; q < count; q++) {
      if (isP(q, 59)) return q - 1;
      if (q > from && tok.line[q] !== tok.line[q - 1] && (isId(q, 'export') || isId(q, 'import') || isId(q, 'const') || isId(q, 'let') || isId(q, 'var') || isId(q, 'function') || isId(q, 'class'))) return q - 1;
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    return count - 1;
  }

  /**
   * TsScan.declaredGlobals and topDeclared: the names declared by the statements directly in a scope (the top level,
   * a `declare global` block's braces) — `interface`, `type X =`, `class`, `enum`, `namespace` / `module` with a name
   * (not `declare module 'x'`, whose body is that module's), `function`, `var` / `let` / `const` of a name, each maybe
   * after `declare` / `export`. The file is a script when no import or export statement is at its top level.
   */
  function globalDeclarations(): { declaredGlobals: string[]; topDeclared: string[]; namesRead: { key: string; line: number; column: number }[] } {
    const top = new Set<string>();
    const inGlobal = new Set<string>();
    let script = true;
    const blocks = new Set<number>();
    for (let k = 0; k < count; k++) {
      if (kind(k) !== K.Ident || isProperty(k)) continue;
      const o = parent[k] as number;
      if (o === -1 && ((isId(k, 'import') && !isP(k + 1, 40) && !isP(k + 1, 46)) || isId(k, 'export'))) script = false;
      if (isId(k, 'global') && isId(k - 1, 'declare') && isP(k + 1, 123)) blocks.add(k + 1);
      if (o !== -1 && !blocks.has(o)) continue;
      const into = o === -1 ? top : inGlobal;
      const n = k + 1;
      if (kind(n) !== K.Ident) continue;
      const name = ident(n) as string;
      if (isId(k, 'interface') || isId(k, 'class') || isId(k, 'enum') || isId(k, 'function')) into.add(name);
      else if (isId(k, 'type') && (isP(n + 1, 61) || isP(n + 1, 60))) into.add(name);
      else if ((isId(k, 'namespace') || isId(k, 'module')) && (isP(n + 1, 123) || isP(n + 1, 46))) into.add(name);
      else if ((isId(k, 'var') || isId(k, 'let') || isId(k, 'const')) && !isId(n, 'enum')) into.add(name);
      else if (isId(k, 'enum') && isId(k - 1, 'const')) into.add(name);
    }
    return { declaredGlobals: [...(script ? top : []), ...inGlobal].sort(), topDeclared: [...top].sort(), namesRead: namesReadOutside(top) };
  }

  /**
   * webpack's `__webpack_require__` (the raw loader: "this expression isn't parsed by the parser for dependencies") and
   * `__webpack_modules__` (every module's factory) load a module by an id no import names: refused wherever the file
   * reads one it does not define itself (a bundle's own runtime does: `function __webpack_require__(id) {`; an ambient
   * `declare const __webpack_require__: …` only types webpack's), but under `typeof` (a test for webpack).
   */
  function webpackRuntime(): void {
    const names = ['__webpack_require__', '__webpack_modules__'];
    const webpackName = (k: number): string | undefined => {
      const w = ident(k);
      return w !== undefined && names.includes(w) && !isProperty(k) ? w : undefined;
    };
    /** Whether the name at `k` is declared there (`function __webpack_require__`, `function*`, `var`, `let`, `const`). */
    const declaredAt = (k: number): boolean => {
      const head = isP(k - 1, 42) ? k - 2 : k - 1;
      return isId(head, 'function') || isId(head, 'var') || isId(head, 'let') || isId(head, 'const');
    };
    const defined = new Set<string>(names.filter((w) => bindings.has(w)));
    for (let k = 0; k < count; k++) {
      const w = webpackName(k);
      if (w !== undefined && declaredAt(k) && !isId((isP(k - 1, 42) ? k - 2 : k - 1) - 1, 'declare')) defined.add(w);
    }
    for (let k = 0; k < count; k++) {
      const w = webpackName(k);
      if (w === undefined || isId(k - 1, 'typeof') || defined.has(w) || declaredAt(k)) continue;
      if (isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && isP(parent[k] as number, 123)) continue; // a key
      unresolvable.push({ kind: 'require', expression: `${w}: webpack's own loader (of modules by an id no import names, unparsed for dependencies)`, ...at(k) });
    }
  }
  /**
   * TsScan.namesRead: each name written outside a member, an object key, an import or export clause, a type parameter's
   * declaration, and not declared by the file in any scope (`top`, its bindings, a local, a parameter: a script of
   * another domain declaring `const db` is not what a parameter `db` here reads).
   */
  function namesReadOutside(top: ReadonlySet<string>): { key: string; line: number; column: number }[] {
    // The scopes' names hold every name of a parameter list, its types too (`db: StoreDb`): a local is one written
    // where a name is bound (after a declaring word, or between `(` `,` `...` `{` `[` and `,` `)` `=` `:` `?` `}` `]`).
    const locals = (allRanges ??= collectRanges()).ids;
    const bound = new Set<string>();
    for (let k = 0; k < count; k++) {
      if (kind(k) !== K.Ident || isProperty(k) || !locals.has(ident(k) as string)) continue;
      const b = k - 1;
      const a = k + 1;
      const declaring = isId(b, 'const') || isId(b, 'let') || isId(b, 'var') || isId(b, 'function') || isId(b, 'class') || (isP(b, 42) && isId(b - 1, 'function'));
      const opens = isP(b, 40) || isP(b, 44) || isP(b, P_SPREAD) || isP(b, 123) || isP(b, 91);
      const closes = isP(a, 44) || isP(a, 41) || isP(a, 61) || isP(a, 58) || isP(a, 63) || isP(a, 125) || isP(a, 93) || isP(a, P_ARROW);
      if (declaring || (opens && closes)) bound.add(ident(k) as string);
    }
    const seen = new Set<string>([...top, ...topLevelNames, ...bindings.keys(), ...bound]);
    const out: { key: string; line: number; column: number }[] = [];
    for (let k = 0; k < count; k++) {
      if (kind(k) !== K.Ident || isProperty(k)) continue;
      const w = ident(k) as string;
      if (seen.has(w) || NOT_GLOBALS.has(w)) continue;
      if (isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && isP(parent[k] as number, 123)) continue; // a key
      if (inModuleClause(k) || memberName(k) || typeParameter(k)) continue;
      seen.add(w);
      out.push({ key: w, ...at(k) });
    }
    return out;
  }

  /**
   * The keys of the global object this module reads (TsScan.globalReads): a member of it or of a name that may hold it
   * (`globalThis.db`, `window['db']`, `g.db`; a computed one is `*`), and a name read that the file declares nowhere
   * (no import, declaration, parameter or catch binding of that name in any scope) — a global. A name the file declares
   * somewhere is taken to be that declaration everywhere (see docs: an open case).
   */
  function globalReadKeys(): { key: string; line: number; column: number }[] {
    // Names that bind the whole module; a name declared only inside a scope is a local there and a global elsewhere.
    // A host's name declared in a scope (`function f(self) { … }`) is a local there only (localHosts is file-wide).
    const declared = new Set<string>([...topLevelNames, ...bindings.keys()]);
    const scopes = localScopes(declared);
    const out: { key: string; line: number; column: number }[] = [];
    const seen = new Set<string>();
    const read = (key: string, k: number) => {
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ key, ...at(k) });
    };
    const hostName = (w: string) => (GLOBAL_HOSTS.has(w) && !declared.has(w)) || hostAliases.has(w) || (globalAliases.has(w) && !declared.has(globalAliases.get(w) as string));
    for (let k = 0; k < count; k++) {
      scopes.advance(k);
      if (kind(k) !== K.Ident || isProperty(k)) continue;
      const w = ident(k) as string;
      if (hostName(w) && !scopes.local(w)) {
        const key = memberKey(k, count);
        if (key !== '*' || memberBracket(k) >= 0) read(key, k);
        continue;
      }
      if (declared.has(w) || NOT_GLOBALS.has(w) || scopes.local(w)) continue;
      if (isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && isP(parent[k] as number, 123)) continue; // a key
      if (memberName(k) || inModuleClause(k) || typeParameter(k)) continue;
      read(w, k);
    }
    return out;
  }
  /**
   * The name at `k` defines a member rather than reads a value: a method (`open() {`, in a class or an object literal)
   * or a class field (`name;`, `name = v`, `name: T`, `name\n`), the first word of a class body's member.
   */
  function memberName(k: number): boolean {
    if (isP(k + 1, 40) && isDefinition(k, k + 1)) return true;
    const o = parent[k] as number;
    if (!isP(o, 123) || blockKind(o) !== 'class') return false;
    const b = k - 1;
    const starts = isP(b, 123) || isP(b, 59) || isP(b, 125) || (kind(b) === K.Ident && METHOD_MODIFIERS.has(ident(b) as string)) || ((kind(b) === K.Ident || isP(b, 41) || isP(b, 93)) && (tok.line[b] as number) < (tok.line[k] as number));
    return starts && !isP(k + 1, 46) && !isP(k + 1, 91);
  }
  /** The name at `k` declares a type parameter (`function f<T extends U>`, `class C<K, V>`): a type's name, no read. */
  function typeParameter(k: number): boolean {
    if (!(isId(k + 1, 'extends') || isP(k + 1, 44) || isP(k + 1, 62) || isP(k + 1, 61))) return false;
    let q = k - 1;
    while (isP(q, 44) && kind(q - 1) === K.Ident && q > k - 16) q -= 2;
    if (!isP(q, 60) || kind(q - 1) !== K.Ident) return false;
    const head = ident(q - 2);
    return head === 'function' || head === 'class' || head === 'interface' || head === 'type' || (isP(q - 2, 42) && isId(q - 3, 'function'));
  }
  /** The name at `k` is in an import or export clause (`import { b as c }`, `export { a as v }`): a binding or an exported name, no read. */
  function inModuleClause(k: number): boolean {
    const o = parent[k] as number;
    if (!isP(o, 123)) return false;
    const h = isId(o - 1, 'type') ? o - 2 : o - 1;
    return isId(h, 'import') || isId(h, 'export') || (isP(h, 44) && kind(h - 1) === K.Ident && isId(h - 2, 'import'));
  }
  /**
   * The scopes of the names declared inside the module (not in `declared`, which binds the whole module; a `var` or
   * function outside any function joins it): `let` / `const` / `class` / a function declaration in their block (a
   * for statement's head with its body), `var` in its function's body, parameters in their function, a catch
   * clause's binding in the clause, a function expression's name in itself. Walked in token order (`advance(k)` for
   * each k), `local(w)` tells whether a scope open at k declares w. Scopes nest, so the open ones are a stack.
   */
  function localScopes(declared: Set<string>): { advance: (k: number) => void; local: (w: string) => boolean } {
    const { ids, starts, ends, names } = scopeRanges(declared);
    // Sorted by start (an enclosing scope first), the open scopes a stack of indices, each name's open count.
    const order = starts.map((_, i) => i).sort((a, b) => (starts[a] as number) - (starts[b] as number) || (ends[b] as number) - (ends[a] as number));
    const open: number[] = [];
    const depth = new Int32Array(ids.size);
    let next = 0;
    const close = () => {
      const id = names[open.pop() as number] as number;
      depth[id] = (depth[id] as number) - 1;
    };
    return {
      advance: (k: number) => {
        while (open.length > 0 && (ends[open[open.length - 1] as number] as number) < k) close();
        while (next < order.length && (starts[order[next] as number] as number) <= k) {
          const i = order[next++] as number;
          if ((ends[i] as number) < k) continue;
          while (open.length > 0 && (ends[open[open.length - 1] as number] as number) < (starts[i] as number)) close();
          open.push(i);
          depth[names[i] as number] = (depth[names[i] as number] as number) + 1;
        }
      },
      local: (w: string) => {
        const id = ids.get(w);
        return id !== undefined && (depth[id] as number) > 0;
      },
    };
  }
  /**
   * The scopes the file's locals are declared in, each `[starts[i], ends[i]]` declaring the name numbered `names[i]`
   * (`ids`): block-scoped declarators, a function's `var`s, parameters, catch bindings, inner functions and classes.
   * Names in `declared` (and the module's own `var`s, added to it) are the module's: no range.
   */
  function scopeRanges(declared: Set<string>): { ids: Map<string, number>; starts: number[]; ends: number[]; names: number[] } {
    // Read once for every name; each caller's own names (and the module's `var`s from where each is met on) are left out.
    const all = (allRanges ??= collectRanges());
    const idNames: string[] = [];
    for (const [w, id] of all.ids) idNames[id] = w;
    const out = { ids: all.ids, starts: [] as number[], ends: [] as number[], names: [] as number[] };
    for (let i = 0; i < all.starts.length; i++) {
      const w = idNames[all.names[i] as number] as string;
      const since = all.moduleVars.get(w);
      if (declared.has(w) || (since !== undefined && i >= since)) continue;
      out.starts.push(all.starts[i] as number);
      out.ends.push(all.ends[i] as number);
      out.names.push(all.names[i] as number);
    }
    for (const w of all.moduleVars.keys()) declared.add(w);
    return out;
  }
  /** Every local scope of the file, and the module's `var`s, each with the number of ranges collected before it was met. */
  function collectRanges(): { ids: Map<string, number>; starts: number[]; ends: number[]; names: number[]; moduleVars: Map<string, number> } {
    const ids = new Map<string, number>();
    const starts: number[] = [];
    const ends: number[] = [];
    const names: number[] = [];
    const moduleVars = new Map<string, number>();
    const declared = { add: (w: string) => { if (!moduleVars.has(w)) moduleVars.set(w, starts.length); } };
    const add = (w: string, from: number, to: number) => {
      if (w === '') return;
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      starts.push(from);
      ends.push(to);
      names.push(id);
    };
    /** `k` is in `declare global { … }`: its `var` declares the global itself, whose reads stay global reads. */
    const ambientGlobal = (k: number): boolean => {
      for (let o = parent[k] as number; o >= 0; o = parent[o] as number) if (isP(o, 123) && isId(o - 1, 'global') && isId(o - 2, 'declare')) return true;
      return false;
    };
    /** The body of the function around `k` (a `var`'s scope), or -1 at the module's level. */
    const functionAround = (k: number): number => {
      for (let o = parent[k] as number; o >= 0; o = parent[o] as number) if (isP(o, 123) && (functionBody(o) || returnTyped(o))) return o;
      return -1;
    };
    for (const k of localDeclarators) {
      if (isId(k, 'function')) {
        const name = isP(k + 1, 42) ? k + 2 : k + 1;
        add(ident(name) ?? '', parent[k] as number, blockEnd(k));
        continue;
      }
      const fn = isId(k, 'var') ? functionAround(k) : -2;
      eachDeclarator(k + 1, (found) => {
        for (const n of found) {
          if (fn === -1 && !ambientGlobal(k)) declared.add(n);
          else if (fn >= 0) add(n, fn, matching(fn));
          else add(n, parent[k] as number, scopeEnd(k));
        }
      }, true);
    }
    for (let k = 0; k < count; k++) {
      if (kind(k) === K.Ident && !isProperty(k)) {
        const w = ident(k) as string;
        if (isP(k + 1, P_ARROW)) add(w, k, arrowBodyEnd(k + 1) ?? blockEnd(k)); // `x => …`
        else if ((w === 'function' || w === 'class') && (kind(k + 1) === K.Ident || (isP(k + 1, 42) && kind(k + 2) === K.Ident))) {
          const name = kind(k + 1) === K.Ident ? k + 1 : k + 2;
          if (parent[k] === -1 && isStatementStart(k)) continue; // the module's (topLevelNames)
          // A declaration is its block's; an expression's name is its own (its parameters and body, or class body).
          if (isStatementStart(k) || isId(k - 1, 'export') || isId(k - 1, 'default')) add(ident(name) as string, parent[k] as number, blockEnd(k));
          else add(ident(name) as string, name, w === 'function' ? (functionBodyEnd(name + 1) ?? blockEnd(k)) : classBodyEnd(name));
        }
        continue;
      }
      if (!isP(k, 40)) continue;
      // A parameter list, or a catch clause's binding: every name in it but a default value's.
      const catchClause = isId(k - 1, 'catch');
      const bodyEnd = catchClause ? (isP(matching(k) + 1, 123) ? matching(matching(k) + 1) : undefined) : (functionBodyEnd(k) ?? signatureEnd(k));
      if (bodyEnd === undefined) continue;
      const close = matching(k);
      for (let q = k + 1; q < close; q++) {
        if (isP(q, 61) && !touchesOperator(q)) {
          const level = parent[q];
          while (q + 1 < close && !((isP(q + 1, 44) && parent[q + 1] === level) || partner[q + 1] === level)) q = isP(q + 1, 40) || isP(q + 1, 91) || isP(q + 1, 123) ? matching(q + 1) : q + 1;
        } else if (kind(q) === K.Ident && !isProperty(q)) add(ident(q) as string, k, bodyEnd);
      }
    }
    return { ids, starts, ends, names, moduleVars };
  }
  /**
   * `(` at `open` of a signature without a body (an overload, `declare function`, an interface's or abstract method):
   * a name annotated at its top level (`db: string`, `db?: T`; a call's arguments have no such `:`). Its `)`, or undefined.
   */
  function signatureEnd(open: number): number | undefined {
    const close = matching(open);
    if (close >= count || kind(open - 1) !== K.Ident || (STATEMENT_HEADS.has(ident(open - 1) as string) && !isProperty(open - 1))) return undefined;
    for (let q = open + 1; q < close; q++) {
      if (isP(q, 58) && parent[q] === open && ((tok.flags[q] as number) & F_TERNARY) === 0 && (kind(q - 1) === K.Ident || isP(q - 1, 63))) return close;
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    return undefined;
  }
  /** `{` at `o` is the body of a function with a return type (`function f(): T {`, `(a): T => {`). */
  function returnTyped(o: number): boolean {
    for (let q = o - 1, n = 0; q > 0 && n < 32; q--, n++) if (isP(q, 41) && isP(q + 1, 58)) return functionBodyEnd(partner[q] as number) === matching(o);
    return false;
  }
  /** blockEnd, and for a for statement's head whose body is one statement (`for (const x of xs) use(x);`), its `;`. */
  function scopeEnd(k: number): number {
    const o = parent[k] as number;
    const body = o >= 0 && isP(o, 40) ? matching(o) + 1 : -1;
    if (body < 0 || isP(body, 123)) return blockEnd(k);
    for (let q = body, n = 0; q < count && n < MAX_BINDING_SCAN; q++, n++) {
      if (isP(q, 59) && parent[q] === parent[o] && !isId(q + 1, 'else')) return q; // `if (a) x; else y;` is one statement
      if (isP(q, 125) && (partner[q] as number) < o) return q - 1; // the block ends with the statement (no `;`)
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
    }
    return blockEnd(k);
  }
  /** The `}` of the class body after `name` in `class name … {`, past its heritage. */
  function classBodyEnd(name: number): number {
    for (let q = name + 1, n = 0; q < count && n < MAX_BINDING_SCAN; q++, n++) {
      if (isP(q, 123)) return matching(q);
      if (isP(q, 40) || isP(q, 91)) q = matching(q);
    }
    return blockEnd(name);
  }

  /**
   * Assignments anywhere to a name or to one of its properties (`a = v`, `api.db = v`, `api['db'] = v`) and
   * `Object.assign(api, …)` / `Object.defineProperty(api, k, d)` / `Reflect.set(api, k, v)`: values the name may hold, for {@link localAliases}.
   * A declarator (`let a = v` in a block: a local of its own), a type alias and an import alias are not assignments.
   */
  function recordAssignments(): void {
    for (let r = 0; r < count; r++) {
      if (assigns(r) && !declaratorEqs.has(r)) {
        const root = assignedRoot(r);
        // A `var` in a block is the top-level variable (hoisted), so its initializer is a value the name holds.
        const declared = (DECLARATORS.has(ident(root - 1) ?? '') && !(isId(root - 1, 'var') && !inFunction(root))) || isId(root - 1, 'type') || isId(root - 1, 'import') || classField(root);
        if (root < 0 || declared || UNTRACKED_ROOTS.has(ident(root) as string)) continue;
        // `a = b = open`: a holds what b holds (b's own assignment is recorded too), so a chain of any length stays linear.
        const chained = chainedTarget(r + 1);
        const from = chained >= 0 ? chained : r + 1;
        if (chained >= 0) addAliasRange(ident(root) as string, chained, chained + 1);
        else addAliasRange(ident(root) as string, r + 1, -1);
        if (isGlobalName(ident(root) as string)) globalKeys.set(from, memberKey(root, r));
        continue;
      }
      const member = isP(r + 1, 46) || isP(r + 1, P_OPTCHAIN) || isP(r + 1, 91);
      const args = member && kind(r) === K.Ident && !isProperty(r) ? methodArguments(r) : undefined;
      if (args !== undefined) addAliasRange(ident(r) as string, args[0], args[1]);
      if (args !== undefined && isGlobalName(ident(r) as string)) globalKeys.set(args[0], memberKey(r, args[0]));
      const writes = (isId(r - 2, 'Object') && OBJECT_WRITERS.has(ident(r) ?? '')) || (isId(r - 2, 'Reflect') && REFLECT_WRITERS.has(ident(r) ?? ''));
      if (!writes || !isP(r - 1, 46) || !isP(r + 1, 40)) continue;
      let last = r + 2;
      while (isP(last + 1, 46) && kind(last + 2) === K.Ident) last += 2;
      if (kind(r + 2) === K.Ident && !UNTRACKED_ROOTS.has(ident(r + 2) as string) && isP(last + 1, 44)) {
        const host = ident(r + 2) as string;
        if (last === r + 2 && isGlobalName(host)) globalWrite(r, host, last + 2, matching(r + 1));
        else addAliasRange(host, last + 2, matching(r + 1));
      }
    }
  }
  /** Whether a name is the global object or a top-level name bound to it (what is put on it is put on the global object). */
  function isGlobalName(name: string): boolean {
    return hostAliases.has(name) || GLOBAL_HOSTS.has(name);
  }
  /**
   * The key of the global object a write through the host at `root` names (`globalThis.db = …`, `(globalThis as T).db`,
   * `g['db'] = …`, `globalThis.registry.set(…)`): `*` when computed or when the object itself is the target.
   */
  function memberKey(root: number, end: number): string {
    let q = root + 1;
    if (isP(root - 1, 40) && matching(root - 1) < end) q = matching(root - 1) + 1; // `(globalThis as T).db`
    if ((isP(q, 46) || isP(q, P_OPTCHAIN)) && kind(q + 1) === K.Ident) return ident(q + 1) as string;
    const bracket = isP(q, 91) ? q : isP(q, P_OPTCHAIN) && isP(q + 1, 91) ? q + 1 : -1;
    if (bracket >= 0 && literal(bracket + 1) !== undefined && isP(bracket + 2, 93)) return literal(bracket + 1) as string;
    return '*';
  }
  /**
   * `Object.assign(globalThis, { db: open, pool })`, `Object.defineProperty(globalThis, 'db', { value: open })`,
   * `Reflect.set(globalThis, 'db', open)` with the writer at `r` and its values in `[from, to)`: each property of an
   * object literal under its key, a literal key of defineProperty / Reflect.set under it, anything else under `*`.
   */
  function globalWrite(r: number, host: string, from: number, to: number): void {
    const add = (a: number, b: number, key: string) => {
      addAliasRange(host, a, b);
      globalKeys.set(a, key);
    };
    const writer = ident(r) as string;
    if (writer !== 'assign') {
      const key = literal(from);
      return add(from, to, key !== undefined && isP(from + 1, 44) && writer !== 'defineProperties' ? key : '*');
    }
    for (let a = from; a < to; ) {
      const end = expressionEnd(a, true);
      if (!isP(a, 123) || matching(a) + 1 !== end) add(a, end, '*');
      else {
        for (const q of argumentsOf(a)) {
          if (q >= matching(a)) continue;
          const key = kind(q) === K.Ident ? ident(q) : literal(q);
          const value = isP(q + 1, 58) ? q + 2 : q;
          if (key === undefined || (!isP(q + 1, 58) && !(isP(q + 1, 44) || isP(q + 1, 125)))) add(q, expressionEnd(q, true), '*');
          else add(value, expressionEnd(value, true), key);
        }
      }
      a = end + 1;
    }
  }

  /**
   * `registry.set('db', open)`, `list.push(open)`, `app.routes[k].use(open)` with the top-level name at `root`, or a
   * member of the global object (`globalThis.registry.set(…)`): a method of what the name holds may keep its arguments
   * (a Map, an array, a router), so they are values the name may hold. The arguments' range, or undefined. An
   * import's own methods, and Object / Reflect (read above), are not.
   */
  function methodArguments(root: number): [number, number] | undefined {
    const name = ident(root) as string;
    if (!(topLevelNames.has(name) || GLOBAL_HOSTS.has(name)) || bindings.has(name) || name === 'Object' || name === 'Reflect') return undefined;
    let q = root + 1;
    for (let hops = 0; hops < 64; hops++) {
      if ((isP(q, 46) || isP(q, P_OPTCHAIN)) && kind(q + 1) === K.Ident) q += 2;
      else if (isP(q, 91)) q = matching(q) + 1;
      else break;
    }
    if (isP(q, P_OPTCHAIN)) q++;
    // The global object's own methods are the platform's (`window.addEventListener('error', onError)`,
    // `self.postMessage(x)`): what they are given is not a value the global holds; a container on it is.
    const first = (GLOBAL_HOSTS.has(name) && !topLevelNames.has(name)) || hostAliases.has(name) ? root + 3 : root + 1;
    return q > first && isP(q, 40) && matching(q) > q + 1 ? [q + 1, matching(q)] : undefined;
  }

  /**
   * Imports put on the global object (`globalThis.db = open`, `window.db = open`, `Reflect.set(self, 'db', open)`,
   * `global.registry.set('db', open)`): any module that loads this one may read them, with or without an import of a
   * name (TsExports.global). A name of the global object declared in the file (`var self = this`) is a local; a
   * top-level name bound to it (`const g = globalThis`) is the global object, and what it holds besides is put on it.
   */
  function globalHandOns(): void {
    const seen = new Set<string>();
    for (const host of [...GLOBAL_HOSTS, ...hostAliases]) {
      const alias = hostAliases.has(host);
      if (!localAliases.has(host) || (!alias && (topLevelNames.has(host) || bindings.has(host) || localHosts.has(host)))) continue;
      // Each value under the key it was written at (an alias's own initializer, the global object, hands nothing new).
      for (const range of localAliases.get(host) ?? []) {
        if (range[1] < 0) range[1] = expressionEnd(range[0], true);
        const edges: AliasEdges = { direct: [], aliases: [] };
        readHanded(range[0], range[1], edges);
        const key = globalKeys.get(range[0]) ?? '*';
        for (const b of [...edges.direct, ...edges.aliases.filter((a) => !isGlobalName(a)).flatMap(resolveAlias)]) {
          const id = `${key}\0${b.imported}\0${b.specifier}`;
          if (seen.has(id)) continue;
          seen.add(id);
          (exportsInfo.global ??= []).push({ imported: b.imported, specifier: b.specifier, key });
        }
      }
    }
  }

  /** The imports `[from, to)` hands on directly, and the top-level aliases it names (whose values it hands on too). */
  function readHanded(from: number, to: number, into: AliasEdges): void {
    for (const r of handedOnNames(from, to)) {
      if (kind(r) === K.Jsx) {
        for (const m of text.slice(tok.start[r], tok.end[r]).matchAll(JSX_TAG)) handedName(m[1] as string, into);
        continue;
      }
      const name = ident(r) as string;
      // `require('./db')` / `import('./db')` in the value: the whole module is handed on.
      if ((name === 'require' || name === 'import') && isP(r + 1, 40) && literal(r + 2) !== undefined && isP(r + 3, 41)) into.direct.push({ specifier: literal(r + 2) as string, imported: '*' });
      else handedName(name, into, isP(r + 1, 46) ? ident(r + 2) : undefined);
    }
  }
  /** A name a value reads: an import (`db.open` of a namespace takes `open`), or a top-level alias. */
  function handedName(name: string, into: AliasEdges, member?: string): void {
    const b = bindings.get(name);
    if (b !== undefined) into.direct.push(b.imported === '*' && member !== undefined ? { specifier: b.specifier, imported: member } : b);
    else if (localAliases.has(name)) into.aliases.push(name);
  }

  /** An alias's own values, read once (a range not yet measured is measured here). */
  function edgesOf(name: string): AliasEdges {
    let edges = aliasEdges.get(name);
    if (edges === undefined) {
      edges = { direct: [], aliases: [] };
      for (const range of localAliases.get(name) ?? []) {
        if (range[1] < 0) range[1] = expressionEnd(range[0], true); // `a = b, c`: a comma ends the assigned value
        readHanded(range[0], range[1], edges);
      }
      aliasEdges.set(name, edges);
    }
    return edges;
  }

  /**
   * Every import a top-level alias hands on, through the aliases its values name (`const a = open; const b = a`).
   * Each alias is read once for the whole file, cycles included (`a = b; b = a` share one answer): Tarjan's strongly
   * connected components, walked with an explicit stack, so a chain of any length costs linear time and no recursion.
   */
  function resolveAlias(root: string): Binding[] {
    const known = aliasHands.get(root);
    if (known !== undefined) return known;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const frames: { name: string; next: number }[] = [];
    const enter = (name: string) => {
      index.set(name, index.size);
      low.set(name, index.size - 1);
      stack.push(name);
      onStack.add(name);
      frames.push({ name, next: 0 });
    };
    enter(root);
    for (let f = lastOf(frames); f !== undefined; f = lastOf(frames)) {
      const succ = edgesOf(f.name).aliases;
      if (f.next < succ.length) {
        const s = succ[f.next++] as string;
        if (aliasHands.has(s)) continue;
        if (!index.has(s)) enter(s);
        else if (onStack.has(s)) low.set(f.name, Math.min(low.get(f.name) as number, index.get(s) as number));
        continue;
      }
      frames.pop();
      if (low.get(f.name) === index.get(f.name)) componentDone(f.name, stack, onStack);
      const up = lastOf(frames);
      if (up !== undefined) low.set(up.name, Math.min(low.get(up.name) as number, low.get(f.name) as number));
    }
    return aliasHands.get(root) ?? [];
  }

  /** The component rooted at `head` is complete: its members share what they and the components they name hand on. */
  function componentDone(head: string, stack: string[], onStack: Set<string>): void {
    const members = new Set<string>();
    for (let m = stack.pop(); m !== undefined; m = m === head ? undefined : stack.pop()) {
      onStack.delete(m);
      members.add(m);
    }
    const hands = new Map<string, Binding>();
    for (const m of members) {
      const edges = edgesOf(m);
      for (const b of edges.direct) hands.set(`${b.imported}\0${b.specifier}`, b);
      for (const s of edges.aliases) if (!members.has(s)) for (const b of aliasHands.get(s) ?? []) hands.set(`${b.imported}\0${b.specifier}`, b);
    }
    const list = [...hands.values()];
    for (const m of members) aliasHands.set(m, list);
  }

  /** A type-level import found in a comment, at the offset of its specifier. */
  function typeImportAt(offset: number, specifier: string, typesPackage = false): void {
    imports.push({ kind: 'import_type', specifier, ...positionAt(offset), ...(typesPackage ? { typesPackage: true as const } : {}) });
  }
  /** Line and column of an offset, by binary search over line starts found once (linear however many comments name imports). */
  function positionAt(offset: number): { line: number; column: number } {
    lineStarts ??= lineStartsOf(text);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
  }

  /**
   * The name assigned by the `=` at `eq`: `r` of `r = …` and of `const r: NodeRequire = …` (a type annotation is no
   * name: reading `NodeRequire` as the alias would let `r(…)` go unread). -1 when the target is no plain name.
   */
  function declaredName(eq: number): number {
    const n = eq - 1;
    // A class's field (`class A { r = require }`) is read off the class or an instance, not by a name: no alias.
    if (kind(n) !== K.Ident || classField(n)) return -1;
    for (let q = n - 1; q > 0 && q > n - 64; q--) {
      if (isP(q, 59) || isP(q, 61) || parent[q] !== parent[eq] || DECLARATORS.has(ident(q) ?? '')) break;
      if (isP(q, 58) && kind(q - 1) === K.Ident && (DECLARATORS.has(ident(q - 2) ?? '') || isP(q - 2, 44))) return q - 1;
    }
    // `case 1: m = module`: a case's label, not a type annotation.
    if (isP(n - 1, 58) && (kind(n - 2) === K.Number || kind(n - 2) === K.String || isId(n - 2, 'default'))) return n;
    return isP(n - 1, 58) ? -1 : n;
  }

  /**
   * A mention of `require` / `createRequire` (or an alias of either) that is not a call. The rule, by
   * denial: every such mention is `require used as a value` (a loader handed to code the scanner cannot
   * follow: a computed import), except a member lookup (`require.resolve`), `typeof require`, a
   * declaration (`declare const require`, `function require`, a declarator, a parameter or key
   * followed by `:` or `?:`), an assignment to it (`require = …`), and an alias declaration
   * `const r = require` — whose calls are then followed and whose own mentions obey the same rule.
   */
  function escapes(k: number, name: string): void {
    if (name === 'require' && takenFromHost(k)) {
      unresolvable.push({ kind: 'require', expression: 'require taken out of a module object', ...at(k) });
      return;
    }
    if (isId(k - 1, 'typeof') || isId(k - 1, 'function') || (isP(k + 1, 58) && !isP(k - 1, 63)) || (isP(k + 1, 63) && isP(k + 2, 58)) || isP(k - 1, 46)) return;
    if (DECLARATORS.has(ident(k - 1) ?? '') || isId(k - 1, 'declare')) return; // declare const require: …
    if (isP(k + 1, 61)) return; // an assignment target, not a read
    const prev = k - 1;
    const target = isP(prev, 61) ? declaredName(prev) : -1;
    if (target >= 0 && !isProperty(target) && (isP(k + 1, 59) || isP(k + 1, 44) || isP(k + 1, 41) || k + 1 >= count || tok.line[k + 1] !== tok.line[k])) {
      addAlias(target);
      return;
    }
    if (isP(prev, 61) && isP(prev - 1, 125)) {
      // `const { resolve, cache: c } = require`: only lookups taken out, nothing loaded.
      const open = matching(prev - 1);
      let lookupsOnly = open < prev - 1;
      for (let r = open + 1; r < prev - 1 && lookupsOnly; r++) if (kind(r) === K.Ident && (isP(r - 1, 123) || isP(r - 1, 44)) && !REQUIRE_LOOKUPS.has(ident(r) as string)) lookupsOnly = false;
      if (lookupsOnly) return;
    }
    const binding = bindingOf(k);
    if (binding !== undefined) {
      if (binding.pattern && name === 'require') shadow(k, binding.scopeEnd);
      return;
    }
    if (name === 'require' && shadowed(k)) return;
    unresolvable.push({ kind: 'require', expression: `${name} used as a value`, ...at(k) });
  }

  /**
   * Whether the name at `k` is declared here rather than read: a parameter (`(require)`, `require =>`,
   * `catch (require)`) or a name in a destructuring pattern of a parameter, a declarator or a catch
   * clause (`({ require }: Opts)`, `const { a: require } = opts`, `[require]`). `pattern`: it was
   * destructured out of some object, so within `scopeEnd` the name is that local value, not the loader.
   * A plain parameter named `require` is still read as the loader in its body (CommonJS and AMD
   * wrappers hand the loader in that way). Anything undecided is not a binding (so it stays a use).
   */
  function bindingOf(k: number): { pattern: boolean; scopeEnd: number } | undefined {
    if (isP(k + 1, P_ARROW) && !isProperty(k)) {
      const end = arrowBodyEnd(k + 1);
      return end === undefined ? undefined : { pattern: false, scopeEnd: end };
    }
    let pattern = false;
    for (let t = k, depth = 0; depth < 256; depth++) {
      const o = parent[t] as number;
      if (o < 0) return undefined;
      const before = t - 1;
      const element = before === o || isP(before, 44) || isP(before, P_SPREAD) || (isP(o, 123) && isP(before, 58));
      const next = t === k ? k + 1 : matching(t) + 1;
      const ends = isP(next, 44) || isP(next, 125) || isP(next, 93) || isP(next, 41) || isP(next, 61) || (isP(o, 40) && (isP(next, 58) || isP(next, 63)));
      if (!element || !ends) return undefined;
      if (isP(o, 40)) {
        const end = isId(o - 1, 'catch') ? (isP(matching(o) + 1, 123) ? matching(matching(o) + 1) : undefined) : functionBodyEnd(o);
        return end === undefined ? undefined : { pattern, scopeEnd: end };
      }
      if (!isP(o, 123) && !isP(o, 91)) return undefined;
      pattern = true;
      if (kind(o - 1) === K.Ident && DECLARATORS.has(ident(o - 1) as string) && !isProperty(o - 1)) {
        const after = matching(o) + 1;
        return isP(after, 61) || isId(after, 'of') || isId(after, 'in') ? { pattern, scopeEnd: blockEnd(o - 1) } : undefined;
      }
      t = o;
    }
    return undefined;
  }

  /**
   * `arguments` outside every function but arrows (which have none of their own) is a CommonJS module's wrapper's:
   * `(exports, require, module, __filename, __dirname)`. `arguments[1]` is Node's require and `arguments[2]` the module
   * object, `arguments[0]` exports, so the text is read again with each such element spelled by its parameter's name
   * (padded to its length: lines and columns stay), a name no local of the file shadows (wrapperAt). Any other use at the
   * top level (`const [, r] = arguments`, `arguments[i]`, `[...arguments]`, `arguments.callee`) may hand the loader on
   * and is refused. In an ES module the name is unbound at the top level (a ReferenceError), so reading it this way in
   * any file adds edges only to code that throws. Undefined when no element is to be renamed.
   */
  function wrapperArguments(): { text: string; at: ReadonlySet<number> } | undefined {
    let out: string[] | undefined;
    const renamed = new Set<number>();
    let last = 0;
    for (let k = 0; k < count; k++) {
      if (!isId(k, 'arguments') || isProperty(k) || ownArguments(k)) continue;
      // A key of an object literal (`{ arguments: 1 }`), a method's name, a member of a type: no reference.
      if (isP(k + 1, 58) && (isP(k - 1, 123) || isP(k - 1, 44)) && isP(parent[k] as number, 123)) continue;
      if ((isP(k + 1, 40) && isDefinition(k, k + 1)) || memberOrLabel(k)) continue;
      // `typeof arguments` reads nothing out of it (`typeof arguments[1]`, whose element 1 is read as require, is not this).
      if (isId(k - 1, 'typeof') && !isProperty(k - 1) && !isP(k + 1, 46) && !isP(k + 1, 91) && !isP(k + 1, P_OPTCHAIN) && !isP(k + 1, 33)) continue;
      const open = isP(k + 1, 91) ? k + 1 : isP(k + 1, P_OPTCHAIN) && isP(k + 2, 91) ? k + 2 : -1;
      const index = open >= 0 && isP(open + 2, 93) ? wrapperIndex(open + 1) : undefined;
      if (index !== undefined && index <= 2 && options.wrapperAt === undefined) {
        const name = WRAPPER_PARAMETERS[index] as string;
        const from = tok.start[k] as number;
        const to = tok.end[open + 2] as number;
        out ??= [];
        out.push(text.slice(last, from), name, text.slice(from + name.length, to).replace(/[^\n\r\u2028\u2029]/g, ' '));
        renamed.add(from);
        last = to;
        continue;
      }
      // `arguments.length`, `arguments[3]` / `[4]` (the file's own path and directory, strings), a later index: no loader.
      if ((isP(k + 1, 46) && isId(k + 2, 'length')) || (index !== undefined && index > 2)) continue;
      if (out === undefined) unresolvable.push({ kind: 'require', expression: `${expressionText(k, isP(k + 1, 91) ? matching(k + 1) + 1 : k + 1)} at the top level: a CommonJS module's wrapper arguments (exports, require, module…), whose require loads anything`, ...at(k) });
    }
    if (out === undefined) return undefined;
    out.push(text.slice(last));
    return { text: out.join(''), at: renamed };
  }
  /**
   * `f.caller.arguments`: the live arguments of the function that called `f` — of a sloppy CommonJS module's wrapper when
   * `f` is called at its top level, whose element 1 is the loader (`g.caller.arguments[1]('…')`). Refused wherever it
   * is read (Function.prototype's `caller`, any object: which function it is, is not read), with the key written
   * `['caller']` / `['arguments']` too, and wherever the caller's members are read by a computed key
   * (`f.caller['argu' + 'ments']`). The caller of a function of this file (`load.caller`, a function declared or
   * assigned here, `arguments.callee.caller`) is the wrapper itself: kept in a name or handed on, its arguments are
   * read where no `.caller` is written, so any read of it is refused (an AST node's or an RPC request's `caller` is no
   * function of the file and stays unread).
   */
  function callerArguments(): void {
    let functions: Set<string> | undefined;
    for (let k = 0; k < count; k++) {
      // `end`: the last token of the `caller` member; `object`: the last token of what it is read off.
      let end: number;
      let object: number;
      if (isId(k, 'caller') && isProperty(k)) {
        end = k;
        object = k - 2;
      } else if (literal(k) === 'caller' && isP(k - 1, 91) && isP(k + 1, 93) && (kind(k - 2) === K.Ident || isP(k - 2, 41) || isP(k - 2, 93) || isP(k - 2, P_OPTCHAIN)) && !MEMBERLESS_WORDS.has(ident(k - 2) ?? '')) {
        end = k + 1;
        object = isP(k - 2, P_OPTCHAIN) ? k - 3 : k - 2;
      } else continue;
      const dot = isP(end + 1, 46) || (isP(end + 1, P_OPTCHAIN) && !isP(end + 2, 91));
      const open = isP(end + 1, 91) ? end + 1 : isP(end + 1, P_OPTCHAIN) && isP(end + 2, 91) ? end + 2 : -1;
      const key = open >= 0 && isP(matching(open), 93) ? (matching(open) === open + 2 ? literal(open + 1) ?? (kind(open + 1) === K.Number ? '0' : undefined) : undefined) : undefined;
      const start = chainStart(isP(end, 93) ? object : k);
      if ((dot && isId(end + 2, 'arguments')) || (open >= 0 && key === 'arguments')) {
        unresolvable.push({ kind: 'require', expression: `${expressionText(start, dot ? end + 3 : matching(open) + 1)}: the arguments of the function that called it (a CommonJS module's wrapper, whose require loads anything)`, ...at(k) });
        continue;
      }
      if (open >= 0 && key === undefined) {
        unresolvable.push({ kind: 'require', expression: `${expressionText(start, matching(open) + 1)}: a member of the function that called it read by a computed key (its arguments: a CommonJS module's wrapper's, whose require loads anything)`, ...at(k) });
        continue;
      }
      functions ??= fileFunctionNames();
      const own = (kind(object) === K.Ident && functions.has(ident(object) as string)) || (isId(object, 'callee') && isProperty(object) && isId(object - 2, 'arguments') && !isProperty(object - 2)) || parameterGivenOwnFunction(object, functions);
      if (own && !callerLeftUnkept(start, end) && !callerKeptOnlyToLook(start, end)) unresolvable.push({ kind: 'require', expression: `${expressionText(start, end + 1)}: the function that called a function of this file (a CommonJS module's wrapper, whose arguments hold its require, which loads anything)`, ...at(k) });
    }
  }
  /**
   * Whether `object` is a parameter of a function of this file (`function callerOf(fn) { return fn.caller; }`) that some
   * call of it here hands a function of this file (`callerOf(load)`, `callerOf(arguments.callee)`): its caller is then
   * that function's, the wrapper's when called at the top level (kb, session 35). A parameter never handed one stays
   * an AST node's or an RPC request's `caller`.
   */
  function parameterGivenOwnFunction(object: number, functions: ReadonlySet<string>): boolean {
    if (kind(object) !== K.Ident || isProperty(object)) return false;
    const word = ident(object) as string;
    for (let o = parent[object] as number, n = 0; o >= 0 && n < 64; o = parent[o] as number, n++) {
      const close = isP(o, 123) && isP(o - 1, 41) ? o - 1 : isP(o, 123) && isP(o - 1, P_ARROW) && isP(o - 2, 41) ? o - 2 : -1;
      if (close < 0) continue;
      const open = partner[close] as number;
      const index = argumentsOf(open).findIndex((q) => isId(q, word));
      if (index < 0) continue;
      // Its name: `function name(`, `name = function (`, `name = (…) =>`.
      const name = isId(open - 2, 'function') && kind(open - 1) === K.Ident ? open - 1 : isId(open - 1, 'function') && isP(open - 2, 61) ? open - 3 : isP(open - 1, 61) ? open - 2 : -1;
      if (name < 0 || kind(name) !== K.Ident) return false;
      for (const q of flowPositions(ident(name) as string)) {
        if (q === name || !isP(q + 1, 40) || isProperty(q)) continue;
        const a = argumentsOf(q + 1)[index];
        if (a === undefined) continue;
        const handed = (kind(a) === K.Ident && functions.has(ident(a) as string) && (isP(a + 1, 44) || isP(a + 1, 41))) || (isId(a, 'arguments') && isP(a + 1, 46) && isId(a + 2, 'callee'));
        if (handed) return true;
      }
      return false;
    }
    return false;
  }
  /**
   * Whether the caller read from `start` to `end` is only looked at, never kept or handed on: its `name` / `length` /
   * `toString` read, compared (`who.caller === null`), tested (`typeof`, `!`, an `if (…)` head, the left of `&&`).
   */
  function callerLeftUnkept(start: number, end: number): boolean {
    const op = (q: number) => (isP(q, P_OTHER2_ID) ? text.slice(tok.start[q], tok.end[q]) : undefined);
    // The lexer gives `===` as `==` then `=`.
    const compare = (q: number) => op(q) === '==' || op(q) === '!=';
    if ((isP(end + 1, 46) || isP(end + 1, P_OPTCHAIN)) && (isId(end + 2, 'name') || isId(end + 2, 'length') || isId(end + 2, 'toString'))) return true;
    // The test of a conditional (`f.caller ? f.caller.name : 'anonymous'`), not `??`, which hands it on.
    if (isP(end + 1, 63) && !isP(end + 2, 63) && !isP(end + 2, 46)) return true;
    if (compare(end + 1) || op(end + 1) === '&&' || compare(start - 1) || (isP(start - 1, 61) && compare(start - 2)) || isId(start - 1, 'typeof') || isP(start - 1, 33)) return true;
    return isP(end + 1, 41) && ((tok.flags[end + 1] as number) & F_CTL) !== 0 && isP(start - 1, 40);
  }
  /**
   * Whether the caller read from `start` to `end` is the whole value of a `const` / `let` / `var` declaration
   * (`const who = trace.caller;`, a debug guard's) whose name is, everywhere the file writes it, only looked at as
   * {@link callerLeftUnkept} reads a caller (`who && who.name`, `typeof who === 'function'`, `if (who)`): kept in a name
   * that hands it nowhere (review rv). Any other use of the name anywhere, a reassignment too, keeps it.
   */
  function callerKeptOnlyToLook(start: number, end: number): boolean {
    const name = start - 2;
    if (!isP(start - 1, 61) || kind(name) !== K.Ident || isProperty(name) || !(isId(name - 1, 'const') || isId(name - 1, 'let') || isId(name - 1, 'var'))) return false;
    if (!(isP(end + 1, 59) || end + 1 >= count || (tok.line[end + 1] as number) > (tok.line[end] as number))) return false;
    const w = ident(name) as string;
    for (let q = 0; q < count; q++) {
      if (q === name || !isId(q, w) || isProperty(q)) continue;
      if (!callerLeftUnkept(q, q)) return false;
    }
    return true;
  }
  /** The names functions of this file are declared or assigned to: `function f`, `function* f`, `f = function`, `f = async function`. */
  function fileFunctionNames(): Set<string> {
    const names = new Set<string>();
    for (let k = 0; k < count; k++) {
      if (!isId(k, 'function') || isProperty(k)) continue;
      const n = isP(k + 1, 42) ? k + 2 : k + 1;
      if (kind(n) === K.Ident && !isP(n, 40)) names.add(ident(n) as string);
      const before = isId(k - 1, 'async') ? k - 2 : k - 1;
      if ((isP(before, 61) || isP(before, 58)) && kind(before - 1) === K.Ident) names.add(ident(before - 1) as string);
    }
    return names;
  }
  /** The element `[…]` at `k` reads of an arguments object: a literal integer index (`1`, `'1'`, `0x1`, `1n`), else undefined. */
  function wrapperIndex(k: number): number | undefined {
    let value: number;
    if (kind(k) === K.Number) value = Number(text.slice(tok.start[k], tok.end[k]).replace(/_/g, '').replace(/n$/, ''));
    else {
      const key = literal(k);
      if (key === undefined || String(Number(key)) !== key) return undefined;
      value = Number(key);
    }
    return Number.isInteger(value) && value >= 0 ? value : undefined;
  }
  /**
   * Whether `arguments` at `k` is a function's own: in the body or the parameter list of a function, method, getter or
   * constructor around it that is not an arrow (with type parameters and a return type: `function f<T>(): T[] {`). A
   * block after a call on a new line (`x.f()\n{ … }`: the statement ends, the block is the module's) is no function.
   */
  function ownArguments(k: number): boolean {
    for (let o = parent[k] as number; o >= 0; o = parent[o] as number) {
      if (isP(o, 123)) {
        if (isP(o - 1, P_ARROW)) continue;
        if (functionBodies().has(o)) return true;
        const close = isP(o - 1, 41) ? o - 1 : returnTypeClose(o);
        if (close >= 0 && nonArrowParams(partner[close] as number) === o) return true;
      } else if (isP(o, 40)) {
        const end = functionBodyEnd(o);
        if (end !== undefined && isP(end, 125) && !isP((partner[end] as number) - 1, P_ARROW)) return true;
        if (nonArrowParams(o) >= 0) return true;
      }
    }
    return false;
  }
  /** The `)` of the parameter list before the return type that ends at the `{` at `o` (`(…): T {`), or -1. */
  function returnTypeClose(o: number): number {
    for (let q = o - 1, n = 0; q > 0 && n < 64; q--, n++) {
      if (isP(q, 41) && isP(q + 1, 58)) return q;
      if (isP(q, 41) || isP(q, 93) || isP(q, 125)) q = partner[q] as number;
      else if (isP(q, 59) || isP(q, 123) || isP(q, 61) || isP(q, P_ARROW)) return -1;
    }
    return -1;
  }
  /**
   * The `{` of the body when the `(` at `open` opens the parameters of a function that is no arrow — `function`, `function
   * name`, `function* name`, each maybe with type parameters — or of a method of a class body or an object literal
   * (`m<T>(…): T {`, `get x() {`, `[Symbol.iterator]() {`, `'m'() {`); else -1.
   */
  function nonArrowParams(open: number): number {
    if (!isP(open, 40)) return -1;
    const body = bodyAfterParams(matching(open));
    if (body < 0) return -1;
    let h = open - 1;
    if (isP(h, 62) || (kind(h) === K.Punct && /^>+$/.test(text.slice(tok.start[h], tok.end[h])))) {
      for (let depth = 0, n = 0; h >= 0 && n < 64; h--, n++) {
        const t = kind(h) === K.Punct ? text.slice(tok.start[h], tok.end[h]) : '';
        if (/^>+$/.test(t)) depth += t.length;
        else if (t === '<' && --depth === 0) break;
        else if (isP(h, 41) || isP(h, 93) || isP(h, 125)) h = partner[h] as number;
      }
      h--;
    }
    if ((isId(h, 'function') && !isProperty(h)) || (isP(h, 42) && isId(h - 1, 'function') && !isProperty(h - 1))) return body;
    const name = isP(h, 93) ? (partner[h] as number) : kind(h) === K.Ident || kind(h) === K.String || kind(h) === K.Number ? h : -1;
    if (name < 0 || (kind(name) === K.Ident && isProperty(name))) return -1;
    if ((isId(name - 1, 'function') && !isProperty(name - 1)) || (isP(name - 1, 42) && isId(name - 2, 'function') && !isProperty(name - 2))) return body;
    const o = parent[name] as number;
    if (!isP(o, 123) || !(blockKind(o) === 'class' || objectLiteral(o, 0))) return -1;
    const b = name - 1;
    const starts = isP(b, 123) || isP(b, 44) || isP(b, 59) || isP(b, 125) || isP(b, 42) || (kind(b) === K.Ident && METHOD_MODIFIERS.has(ident(b) as string)) || (tok.line[b] as number) < (tok.line[name] as number);
    return starts ? body : -1;
  }
  /** The `{` of a body after the `)` at `close`, past a return type (`): T[] {`, `): { a: T } {`), or -1. */
  function bodyAfterParams(close: number): number {
    if (isP(close + 1, 123)) return close + 1;
    if (!isP(close + 1, 58)) return -1;
    for (let q = close + 2; q < count && q - close < MAX_BINDING_SCAN; q++) {
      if (isP(q, 123)) {
        const p = pv(q - 1);
        const literalType = kind(q - 1) === K.String || kind(q - 1) === K.Number || kind(q - 1) === K.Template || kind(q - 1) === K.TemplateEnd;
        if ((kind(q - 1) === K.Ident && !isP(q - 1, 58)) || literalType || p === 125 || p === 93 || p === 62 || p === 41) return q;
        q = matching(q);
      } else if (isP(q, 40) || isP(q, 91)) q = matching(q);
      else if (isP(q, 59) || isP(q, 41) || isP(q, 93) || isP(q, 125) || isP(q, 61) || isP(q, P_ARROW)) return -1;
    }
    return -1;
  }
  /** Whether the `{` at `o` opens an object literal: it follows `=`, `(`, `,`, `[`, `?`, `...`, `return`, or a key's `:` in one. */
  function objectLiteral(o: number, depth: number): boolean {
    const b = o - 1;
    if (isP(b, 61) || isP(b, 40) || isP(b, 44) || isP(b, 91) || isP(b, 63) || isP(b, P_SPREAD) || isId(b, 'return')) return true;
    const up = parent[o] as number;
    return isP(b, 58) && depth < 16 && up >= 0 && isP(up, 123) && objectLiteral(up, depth + 1);
  }
  /**
   * Whether the name at `k` names a member (no reference): of a class (memberName), or of an interface or a type literal
   * (`; arguments: T`, `arguments?: T`, `arguments(): T` on a line of its own) or an enum, a signature's typed parameter, or a label.
   */
  function memberOrLabel(k: number): boolean {
    if (memberName(k)) return true;
    // A parameter of a signature with no body (`declare function setTimeout(h: H, ...arguments: any[]): number;`).
    const typed = isP(k + 1, 58) || (isP(k + 1, 63) && isP(k + 2, 58));
    if (typed && isP(parent[k] as number, 40) && (isP(k - 1, 40) || isP(k - 1, 44) || isP(k - 1, P_SPREAD))) return true;
    const b = k - 1;
    const starts = b < 0 || isP(b, 123) || isP(b, 44) || isP(b, 59) || isP(b, 125) || (kind(b) === K.Ident && METHOD_MODIFIERS.has(ident(b) as string)) || ((tok.line[b] as number) < (tok.line[k] as number) && ((kind(b) === K.Ident && !PATTERN_KEYWORDS.has(ident(b) as string) && !CONTINUES_EXPRESSION.has(ident(b) as string)) || isP(b, 41) || isP(b, 93) || isP(b, 62) || kind(b) === K.String || kind(b) === K.Number));
    if (!starts) return false;
    // An enum's member (`enum Kind { options = 1, arguments = 2 }`).
    const o = parent[k] as number;
    if (isP(o, 123) && isId(o - 2, 'enum') && !isProperty(o - 2) && (isP(k + 1, 61) || isP(k + 1, 44) || isP(k + 1, 125))) return true;
    return isP(k + 1, 58) || (isP(k + 1, 63) && (isP(k + 2, 58) || isP(k + 2, 40))) || (isP(k + 1, 40) && isP(matching(k + 1) + 1, 58));
  }
  /** Whether the name at `k` spells an element of the wrapper's arguments (wrapperArguments): never a local of the file. */
  function wrapperName(k: number): boolean {
    return options.wrapperAt !== undefined && options.wrapperAt.has(tok.start[k] as number);
  }

  /** The last token of the body of the function whose parameter list opens at `open`, or undefined when it is not one. */
  function functionBodyEnd(open: number): number | undefined {
    const close = matching(open);
    if (close >= count || (kind(open - 1) === K.Ident && STATEMENT_HEADS.has(ident(open - 1) as string) && !isProperty(open - 1))) return undefined;
    const after = close + 1;
    if (isP(after, P_ARROW)) return arrowBodyEnd(after);
    // `x.function()` is a call of a member named so, no declaration (`x.function()\n{ … }` is a call, then a block).
    const fn = (q: number) => isId(q, 'function') && !isProperty(q);
    const declared = fn(open - 1) || fn(open - 2) || (isP(open - 2, 42) && fn(open - 3));
    if (isP(after, 123)) return declared || (tok.line[after] === tok.line[close] && !heritageCall(open)) ? matching(after) : undefined;
    if (!isP(after, 58)) return undefined;
    // A return type: only after a declared function, a method, or the `(` of an arrow in operand position.
    const arrowHead = open === 0 || (kind(open - 1) === K.Punct && ARROW_BEFORE_PUNCT.has(pv(open - 1))) || isId(open - 1, 'async') || isId(open - 1, 'return');
    const method = kind(open - 1) === K.Ident && isDefinition(open - 1, open);
    if (!declared && !arrowHead && !method) return undefined;
    for (let q = after + 1; q < count && q - after < MAX_BINDING_SCAN; q++) {
      if (isP(q, P_ARROW)) return arrowHead ? arrowBodyEnd(q) : undefined;
      if (isP(q, 123)) {
        const p = pv(q - 1);
        // A type ends in a name, `}`, `]`, `>`, `)` or a literal type (`: 'a' {`, `: 1 {`, `` : `x${T}` { ``).
        const literalType = kind(q - 1) === K.String || kind(q - 1) === K.Number || kind(q - 1) === K.Template || kind(q - 1) === K.TemplateEnd;
        if (kind(q - 1) === K.Ident || literalType || p === 125 || p === 93 || p === 62 || p === 41) return arrowHead ? undefined : matching(q);
        q = matching(q);
      } else if (isP(q, 40) || isP(q, 91)) q = matching(q);
      else if (isP(q, 59) || isP(q, 41) || isP(q, 93) || isP(q, 125) || isP(q, 61)) return undefined;
    }
    return undefined;
  }

  /** `(` at `open` of a call that is a class's base (`class C extends mixin(Base) {`): the `{` after it opens the class body, no method's. */
  function heritageCall(open: number): boolean {
    let c = open - 1;
    while (kind(c) === K.Ident && (isP(c - 1, 46) || isP(c - 1, P_OPTCHAIN)) && c > 2) c -= 2;
    return kind(c) === K.Ident && isId(c - 1, 'extends') && !isProperty(c - 1);
  }
  /** The last token of the body of the arrow at `arrow`: its block, or its expression up to a `,`, `;`, closer or line break. */
  function arrowBodyEnd(arrow: number): number | undefined {
    const first = arrow + 1;
    if (isP(first, 123)) return matching(first);
    for (let q = first; q < count && q - first < MAX_BINDING_SCAN; q++) {
      if (q > first && tok.line[q] !== tok.line[q - 1]) return q - 1;
      if (isP(q, 44) || isP(q, 59) || isP(q, 41) || isP(q, 93) || isP(q, 125)) return q - 1;
      if (isP(q, 40) || isP(q, 91) || isP(q, 123)) q = matching(q);
      if (q >= count - 1) return count - 1;
    }
    return undefined;
  }

  /** The last token of the block (or for-statement) that holds the declaration at `k`. */
  function blockEnd(k: number): number {
    const o = parent[k] as number;
    if (o < 0) return count;
    if (!isP(o, 40)) return matching(o);
    const body = matching(o) + 1;
    return isP(body, 123) ? matching(body) : matching(o);
  }

  /**
   * Whether the call `require(…)` at `k` calls a function the file declares under that name (`function require(x) { … }`,
   * `const require = (x) => x`, whose body the scan reads as any other code: a load in it is found there) rather than
   * Node's loader. Only when the declaration is a statement with a body (or a `const` / `let` whose value is a function
   * written there) and `require` is nowhere else bound or read as a value in the file: a
   * parameter (a CommonJS or AMD wrapper hands the loader in), a declarator (`const require = createRequire(…)`), an
   * assignment (`require = module.require`), an import, a member lookup or a `with` block (whose object may hold
   * another `require`) each keep every call a load. `import x = require('…')` is a load whatever `require` names.
   */
  function localRequireCall(k: number): boolean {
    if (wrapperName(k)) return false;
    if (isP(k - 1, 61) && isId(k - 3, 'import') && !isProperty(k - 3)) return false;
    localRequireScopes ??= localRequireDeclared();
    return localRequireScopes.some(([from, to]) => k > from && k < to);
  }
  /**
   * The token ranges local `require` functions govern (none when any other binding or mention of the name is in the
   * file; see localRequireCall): every binding of the name is then a function the file writes, so a call in any of
   * their scopes calls one of them.
   */
  function localRequireDeclared(): [number, number][] {
    const scopes = new Map<number, boolean>(); // the `{` of a scope (-1 the file) → a declaration in it has a body
    for (let q = 0; q < count; q++) {
      if (isId(q, 'with') && isP(q + 1, 40) && !isProperty(q)) return [];
      if (kind(q) !== K.Ident || !isId(q, 'require')) continue;
      if (isProperty(q)) {
        if (isP(q + 1, 40) || isP(q + 1, P_OPTCHAIN)) continue; // obj.require(…): a method, read where it stands
        return [];
      }
      if (isId(q - 1, 'function')) {
        let head = q - 2;
        if (isId(head, 'async')) head--;
        if (isId(head, 'default')) head--;
        if (isId(head, 'export')) head--;
        const statement = head < 0 || isP(head, 59) || isP(head, 123) || isP(head, 125);
        if (!statement || !isP(q + 1, 40)) return [];
        const o = parent[q - 1] as number;
        scopes.set(o, scopes.get(o) === true || functionBodyEnd(q + 1) !== undefined);
        continue;
      }
      // `const require = (x) => x`, `let require = function (x) { … }`: a function written there, block-scoped (before
      // the declaration a call throws). Not `var`: until its line runs, a CommonJS wrapper's parameter keeps the loader.
      if ((isId(q - 1, 'const') || isId(q - 1, 'let')) && !isProperty(q - 1) && isP(q + 1, 61) && functionValue(q + 2)) {
        scopes.set(parent[q - 1] as number, true);
        continue;
      }
      if (isP(q + 1, 40) && !isDefinition(q, q + 1)) continue; // a call
      return [];
    }
    // An overload signature alone (`function require(x: string): string;`) declares no function of the file.
    if ([...scopes.values()].some((bodied) => !bodied)) return [];
    return [...scopes.keys()].map((o): [number, number] => (o < 0 ? [-1, count] : [o, matching(o)]));
  }

  /** Whether the value at `k` is a function written there that ends the declaration: `function (…) { … }`, an arrow. */
  function functionValue(k: number): boolean {
    const head = isId(k, 'async') && !isP(k + 1, P_ARROW) ? k + 1 : k;
    let end: number | undefined;
    if (isId(head, 'function')) {
      const open = isP(head + 1, 40) ? head + 1 : kind(head + 1) === K.Ident && isP(head + 2, 40) ? head + 2 : -1;
      end = open < 0 ? undefined : functionBodyEnd(open);
    } else if (isP(head, 40)) end = isP(matching(head) + 1, P_ARROW) || isP(matching(head) + 1, 58) ? functionBodyEnd(head) : undefined;
    else if (kind(head) === K.Ident && isP(head + 1, P_ARROW)) end = arrowBodyEnd(head + 1);
    return end !== undefined && (end + 1 >= count || isP(end + 1, 59) || tok.line[end + 1] !== tok.line[end]);
  }

  /** A destructured local named `require` from token `from` to `to`. Ranges come in source order, nested or apart: one stack. */
  function shadow(from: number, to: number): void {
    while (shadows.length > 0 && (shadows[shadows.length - 1] as number) < from) shadows.pop();
    shadows.push(to);
  }
  function shadowed(k: number): boolean {
    if (wrapperName(k)) return false;
    while (shadows.length > 0 && (shadows[shadows.length - 1] as number) < k) shadows.pop();
    return shadows.length > 0;
  }

  /**
   * `const { require: r } = module` / `({ require } = globalThis)`: `require` a key of an object pattern
   * destructured from an object that holds the loader. The enclosing `{` is looked for a bounded way back.
   */
  function takenFromHost(k: number): boolean {
    if (!(isP(k - 1, 123) || isP(k - 1, 44))) return false;
    let depth = 0;
    for (let r = k - 1; r >= 0 && r >= k - 512; r--) {
      if (isP(r, 125) || isP(r, 93) || isP(r, 41)) depth++;
      else if (isP(r, 123) || isP(r, 91) || isP(r, 40)) {
        if (depth > 0) {
          depth--;
          continue;
        }
        if (!isP(r, 123)) return false;
        const close = matching(r);
        if (!isP(close + 1, 61)) return false;
        let host = close + 2;
        while (kind(host) === K.Ident && isP(host + 1, 46) && kind(host + 2) === K.Ident) host += 2;
        // `= module`, `= globalThis`, and any module object (`= m` of `const m = module`, `= module['parent']!`).
        return (kind(host) === K.Ident && REQUIRE_HOSTS.has(ident(host) as string)) || moduleValue(close + 2, expressionEnd(close + 2, true)) === 'module';
      }
    }
    return false;
  }
}

/** Keeps the flag import used: F_CTL is part of the lexer contract the parser relies on. */
void F_CTL;

// ---------------------------------------------------------------------------------------------
// Resolving

const DATA_SCHEME = /^data:/i;
/** A URL that names a module by itself, without a base: a `data:` module or a `file:` path. */
const ABSOLUTE_MODULE_URL = /^\s*(?:data|file):/i;
/** A `data:` URL as Node's loader reads it: the media type and its parameters, `;base64`, the body. */
/** Node's own reading (esm/get_format.js): the media type is what precedes any parameter; parameters may follow. */
const DATA_URL = /^data:([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,([\s\S]*)$/i;
/** The media types Node loads a `data:` URL as a JavaScript module for (lib/internal/modules/esm/formats.js). */
const DATA_JAVASCRIPT = /^\s*(?:text|application)\/javascript\s*(?:;\s*charset=utf-?8\s*)?$/i;
const DATA_WASM = /^\s*application\/wasm\s*$/i;
/** `data:` modules inside `data:` modules are read this deep; deeper is `dynamic_import`. */
const MAX_DATA_DEPTH = 4;
/**
 * `data:` URL modules among `imports` (`import 'data:text/javascript,…'`, Node's `--import data:…` in a command line or
 * NODE_OPTIONS): the URL's text is a module that may import anything — a file of the tree by an absolute `file:` URL
 * (the checkout's path is fixed in CI), a package, a child process. It is scanned as a module of its own, as Node
 * reads it (tabs and line breaks dropped by the URL parser, the path up to `?` or `#`, percent-decoded, base64), and
 * what it loads is loaded by the file at the URL's position. A WebAssembly module may import anything: `dynamic_import`.
 * Other media types (JSON, text) Node does not run. Each URL once, `MAX_DATA_DEPTH` deep.
 */
function dataModules(imports: TsImport[], unresolvable: TsUnresolvable[], depth: number): void {
  const read = new Map<string, TsScan>();
  for (const imp of imports.slice()) {
    if (!DATA_SCHEME.test(imp.specifier)) continue;
    const at = { line: imp.line, column: imp.column };
    const again = read.get(imp.specifier);
    if (again !== undefined) {
      // The same module again (another line): what it loads, at this one.
      dataEdges(again, imports, unresolvable, at);
      continue;
    }
    const url = DATA_URL.exec(imp.specifier.replace(/[\t\n\r]/g, ''));
    if (url === null) continue; // no comma: Node refuses the URL
    const [, mime = '', base64, rest = ''] = url;
    if (DATA_WASM.test(mime)) {
      unresolvable.push({ kind: 'dynamic_import', expression: 'a data: WebAssembly module, which may import any module', ...at });
      continue;
    }
    if (!DATA_JAVASCRIPT.test(mime)) continue;
    let body: string;
    try {
      body = decodeURIComponent(rest.replace(/[?#][\s\S]*$/, ''));
    } catch {
      continue; // Node fails to decode it, and loads nothing
    }
    if (base64 !== undefined) body = Buffer.from(body, 'base64').toString('utf8');
    if (depth >= MAX_DATA_DEPTH) {
      unresolvable.push({ kind: 'dynamic_import', expression: `a data: module nested ${MAX_DATA_DEPTH} deep`, ...at });
      continue;
    }
    const inner = scanTs(body, { jsx: false, htmlComments: 'module', dataDepth: depth + 1 });
    read.set(imp.specifier, inner);
    dataEdges(inner, imports, unresolvable, at);
  }
}
/** What the `data:` module `inner` loads, loaded at `at` of the file that names it. */
function dataEdges(inner: TsScan, imports: TsImport[], unresolvable: TsUnresolvable[], at: { line: number; column: number }): void {
  if (inner.errors.length > 0) unresolvable.push({ kind: 'dynamic_import', expression: 'a data: module the scanner could not read to its end', ...at });
  if (inner.globs.length > 0) unresolvable.push({ kind: 'glob', expression: 'a glob in a data: module', ...at });
  for (const i of inner.imports) imports.push({ ...i, ...at });
  for (const u of inner.unresolvable) unresolvable.push({ ...u, ...at });
}

/** Source extensions tried for an extensionless specifier, in order. */
export const TS_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'] as const;
/** What a specifier written with a JS extension may stand for in a TypeScript project (`./x.js` → `x.ts`). */
const SOURCE_FOR: Record<string, readonly string[]> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
};

export function isTsSource(path: string): boolean {
  return /\.(?:[cm]?[jt]sx?)$/.test(path) && !/\.[cm]?jsx?\.map$/.test(path);
}

/** `./x`, `../x`, `.` and `..`: the only specifiers that name a file of this project. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/**
 * The files a relative specifier may name, most preferred first, as root-relative POSIX paths
 * (they may start with `../` when the specifier climbs out of the root). Query and hash suffixes
 * (`?raw`, `#x`) are dropped. Empty for a bare specifier.
 */
export function tsCandidates(from: string, specifier: string): string[] {
  if (!isRelativeSpecifier(specifier)) return [];
  const clean = specifier.replace(/[?#].*$/, '');
  const target = posix.normalize(posix.join(posix.dirname(from), clean)).replace(/\/+$/, '');
  const out: string[] = [];
  const ext = posix.extname(target);
  const sources = SOURCE_FOR[ext];
  if (sources !== undefined) for (const s of sources) out.push(target.slice(0, -ext.length) + s);
  if (ext !== '' && !clean.endsWith('/')) out.push(target);
  for (const e of TS_EXTENSIONS) out.push(`${target}${e}`);
  for (const e of TS_EXTENSIONS) out.push(`${target === '.' ? '' : `${target}/`}index${e}`);
  return [...new Set(out)];
}

export type TsResolution = { kind: 'external' } | { kind: 'file'; path: string } | { kind: 'unresolved'; candidates: string[] };

/** Bare specifiers (packages, `node:` built-ins, path aliases) are external; relative ones resolve to the first existing candidate. */
export function resolveTsSpecifier(from: string, specifier: string, exists: (path: string) => boolean): TsResolution {
  if (!isRelativeSpecifier(specifier)) return { kind: 'external' };
  const candidates = tsCandidates(from, specifier);
  const path = candidates.find((c) => exists(c));
  return path !== undefined ? { kind: 'file', path } : { kind: 'unresolved', candidates };
}

export interface ResolvedTsEdge {
  from: string;
  to: string;
  kind: TsImportKind;
  specifier: string;
  line: number;
  column: number;
}

export interface TsProjectModel {
  edges: ResolvedTsEdge[];
  /** Relative specifiers that name no file of the project. */
  unresolved: (TsImport & { from: string; candidates: string[] })[];
  /** Computed `require(…)` / `import(…)`. */
  unresolvable: (TsUnresolvable & { from: string })[];
}

/** Scan and resolve every file against the set of files given (bare specifiers are dropped). */
export function resolveTsImports(files: ReadonlyMap<string, string>): TsProjectModel {
  const model: TsProjectModel = { edges: [], unresolved: [], unresolvable: [] };
  const exists = (p: string) => files.has(p);
  for (const from of [...files.keys()].sort()) {
    const scan = scanTs(files.get(from) as string);
    for (const imp of scan.imports) {
      const r = resolveTsSpecifier(from, imp.specifier, exists);
      if (r.kind === 'file') model.edges.push({ from, to: r.path, kind: imp.kind, specifier: imp.specifier, line: imp.line, column: imp.column });
      else if (r.kind === 'unresolved') model.unresolved.push({ ...imp, from, candidates: r.candidates });
    }
    for (const u of scan.unresolvable) model.unresolvable.push({ ...u, from });
  }
  return model;
}

/** Offsets at which each line starts, line breaks counted as the lexer counts them (\n, \r\n, \r, U+2028, U+2029). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(k + 1) !== 10)) starts.push(k + 1);
  }
  return starts;
}
