// Build step of the CLI bundle (scripts/bundle-cli.mjs): a regular expression a module makes while it loads is made on
// its first use instead. V8 parses a pattern whenever a RegExp is made (and again when it first runs), and a pattern with
// a Unicode property (`\p{L}`) builds its character ranges from ICU each time: making the engine's ~1,700 module-level
// patterns cost a CLI start ~36% of the demo run's instructions (callgrind), though a run uses only ~400 of them.
//
// Each regular expression literal and `new RegExp(…)` evaluated as a module loads (outside every function
// and class body) becomes `__geLazyRegExp(pattern, flags)`: its arguments are evaluated where they were, and the RegExp
// is made, from them, by the first thing that uses it. The object stands in for the RegExp it makes: every method and
// accessor of RegExp.prototype, and the Symbol methods String.prototype's methods call, are that RegExp's. Only
// `instanceof RegExp` (which the engine never asks of its own patterns) tells them apart.
// test/scripts/lazy-regexps.test.ts compares the two on every operation.
import ts from 'typescript';

/** The stand-in, defined once at the top of the bundle (its banner). */
export const LAZY_REGEXP_RUNTIME = `class __GeLazyRegExp {
  #pattern; #flags; #made;
  constructor(pattern, flags) { this.#pattern = pattern; this.#flags = flags; }
  get #re() { return this.#made ??= new RegExp(this.#pattern, this.#flags); }
  exec(s) { return this.#re.exec(s); }
  test(s) { return this.#re.test(s); }
  toString() { return this.#re.toString(); }
  get lastIndex() { return this.#re.lastIndex; }
  set lastIndex(v) { this.#re.lastIndex = v; }
  get source() { return this.#re.source; }
  get flags() { return this.#re.flags; }
  get global() { return this.#re.global; }
  get ignoreCase() { return this.#re.ignoreCase; }
  get multiline() { return this.#re.multiline; }
  get dotAll() { return this.#re.dotAll; }
  get unicode() { return this.#re.unicode; }
  get unicodeSets() { return this.#re.unicodeSets; }
  get sticky() { return this.#re.sticky; }
  get hasIndices() { return this.#re.hasIndices; }
  [Symbol.match](s) { return this.#re[Symbol.match](s); }
  [Symbol.matchAll](s) { return this.#re[Symbol.matchAll](s); }
  [Symbol.replace](s, r) { return this.#re[Symbol.replace](s, r); }
  [Symbol.search](s) { return this.#re[Symbol.search](s); }
  [Symbol.split](s, n) { return this.#re[Symbol.split](s, n); }
}
const __geLazyRegExp = (pattern, flags) => new __GeLazyRegExp(pattern, flags);`;

// `RegExp(re)` without `new` may return `re` itself: only `new RegExp(…)`, which always makes one.
const isRegExpCall = (node) =>
  ts.isNewExpression(node) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === 'RegExp' &&
  node.arguments !== undefined &&
  node.arguments.length >= 1 &&
  node.arguments.length <= 2 &&
  !node.arguments.some(ts.isSpreadElement);

/** A body evaluated later than the module (or once per instance): what is made there stays as written. */
const isDeferredBody = (node) => ts.isFunctionLike(node) || ts.isClassLike(node);

/** `source` (a module's JavaScript) with the patterns made as it loads deferred to their first use. */
export function lazyRegExps(source, fileName = 'module.js') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (isDeferredBody(node)) return;
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const close = text.lastIndexOf('/');
      edits.push([node.getStart(file), node.end, `__geLazyRegExp(${JSON.stringify(text.slice(1, close))}, ${JSON.stringify(text.slice(close + 1))})`]);
      return;
    }
    if (isRegExpCall(node)) {
      const args = node.arguments.map((a) => source.slice(a.getStart(file), a.end));
      edits.push([node.getStart(file), node.end, `__geLazyRegExp(${args.join(', ')})`]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  let out = source;
  for (const [start, end, text] of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return { contents: out, count: edits.length };
}
