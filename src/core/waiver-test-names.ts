import { YEAR_NAMED_PLATFORM_PARTS, TEST_TOOL_NAMES } from '../sdk/status-vocabulary.js';
import { lazySet } from '../util/lazy.js';

/**
 * Red team xw (closed session 42): whether a waiver's words, as a reader is shown them (addresses out), name a test,
 * in any of the shapes test runners print names in — so that a waiver granted for that test does not cover failures
 * the evidence lists with no name (`unnamedFailuresBesideATestName`). Only numbered names (`qjs-regexp-1`) were read,
 * so a waiver for `test_regexp_lookbehind`, `TestRegexp/case_1`, `test_regexp[1]`, `tests/test_re.py::test_x`,
 * `RegexpTest.testLookbehind`, `qjs.regexp.1`, `qjsRegexp1` or `qjs-regexp-2024` covered them all.
 *
 * Read per name the words write (runs of letters, digits and `_ - . : / # [ ]`), case kept: a name with a test's
 * prefix or suffix in one of its parts (`test_x`, `testX`, `TestX`, `x_test`, `x.test.ts`, `XTest.method`,
 * `tests::x`), a pytest node id (`x.py::y`), a parametrised name (`x_y[1]`), or a name of two words or more with a
 * number last joined by `-`, `_` or `.` or in camel case (`qjs-regexp-1`, `qjs.regexp.1`, `qjsRegexp1`). Not a
 * tracking id or advisory (`bd-1f42.4.4`, `CVE-2024-1234`, `GHSA-…`), a version (`v1.2.3`, `python3.11`,
 * `release.v1.2`), a platform (`x86_64`, `node-20`, `iOS17`, `macOS14`), a name with a year last and a platform's part
 * (`windows-server-2022`), a setting in capitals (`TEST_TIMEOUT`), or a product (`TestFlight`, `TestNG`).
 */
export function namesATest(shown: string): boolean {
  if (!TEST_NAME_HINT.test(shown)) return false;
  for (const raw of shown.match(NAME_RUN) ?? []) {
    const name = raw.replace(EDGE_MARKS, '');
    if (name.length < 3 || ADVISORY.test(name)) continue;
    if (nodeId(name) || parametrised(name) || TEST_CLASS_OR_FILE.test(name) || name.split(PART_JOINERS).some(testPart) || numberedName(name)) return true;
  }
  return false;
}

/** A cheap first look: a digit, a `test`/`spec`, a `::`, a `[` or a capital after a small letter — else no name is read. */
const TEST_NAME_HINT = /\p{N}|test|spec|::|\[|\p{Ll}\p{Lu}/iu;
/** A name as test runners print one (`tests/test_re.py::TestRe::test_x[a-1]`, `TestRegexp/case_1`, `XTest#method`). */
const NAME_RUN = /[\p{L}\p{N}_\-.:/#[\]]+/gu;
/** Marks around a name that are prose's or Markdown's (a stop, brackets, underscores of emphasis), not the name's. */
const EDGE_MARKS = /^[-_.:/#[\]]+|[-_.:/#]+$|(?<!\[[^\]]*)\]+$/gu;
const ADVISORY = /^(?:cve|ghsa|rustsec|pysec|osv|gsd)-/iu;
/** The parts of a name between the joiners runners put between a file, a class, a test and a case. */
const PART_JOINERS = /[/.#:[\]]/u;
/** A node id of a file's test (`tests/test_re.py::test_x`, `regexp.test.js::lookbehind`) or a Rust test path through a `tests` module (`re::tests::lookbehind`). */
const nodeId = (name: string): boolean => /\.\p{L}{1,5}::[\p{L}_]|(?:^|::)tests?::[\p{L}_]/u.test(name);
/** A parametrised name (`test_regexp[1]`, `regexp_case[a-b]`): a compound name, its parameters in brackets. */
const parametrised = (name: string): boolean => /[\p{L}\p{N}]_[\p{L}\p{N}][\p{L}\p{N}_]*\[[^\]\s]+\]/u.test(name) || /\p{Ll}\p{Lu}[\p{L}\p{N}]*\[[^\]\s]+\]/u.test(name);

/**
 * A test class before its method (JUnit's `RegexpTest.lookbehind`, `RegexpTest#lookbehind`, a `RegexpIT`), or a test
 * file (`regexp.test.ts`, `regexp.spec.js`): `UnitTest` alone is prose, a folder `test/` is no test.
 */
const TEST_CLASS_OR_FILE = /\p{Lu}\p{Ll}[\p{L}\p{N}]*(?:Test|Tests|Spec|IT)[.#]\p{L}|[\p{L}\p{N}]\.(?:test|spec)\.\p{L}+(?!\p{L})/u;
/**
 * A part of a name a test runner names a test by: `test_x`, `testX`, `test1`, `TestX` (Go; not a product named so),
 * `x_test`, `x_tests`, `x_spec` (a Bazel or CTest target).
 */
function testPart(part: string): boolean {
  if (/^test(?:_[\p{L}\p{N}]|[\p{Lu}\p{N}])/u.test(part)) return true;
  if (/^Test[\p{Lu}\p{N}_]/u.test(part)) return !testTools.has(part.toLowerCase().replace(/[_\p{N}]+$/u, ''));
  return /^\p{L}[\p{L}\p{N}_]*_(?:test|tests|spec|specs)$/u.test(part);
}
const testTools = lazySet(() => TEST_TOOL_NAMES);

/**
 * A name of two words or more with a number last (`qjs-regexp-1`, `net_socket_close_3`, `qjs.regexp.1`, `qjsRegexp1`,
 * `qjs-regexp-2024`), not a version's part (`release.v1.2`) nor, with a year last, a platform's name.
 */
function numberedName(name: string): boolean {
  for (const m of name.matchAll(NUMBERED)) {
    const words = (m[1] ?? m[2] ?? m[3] ?? '').replace(CAMEL_CUT, '$&-').toLowerCase().split(/[-_.]/u);
    // A dotted name with a version's part is a version (`release.v1.2`); `qjs-v2-1` is a name as `qjs-regexp-1` is.
    if (m[2] !== undefined && words.some((w) => /^v\p{N}/u.test(w))) continue;
    if (YEAR.test(m[4] as string) && words.some((w) => platformParts.has(w))) continue;
    return true;
  }
  return false;
}
/**
 * Words joined by one joiner with a number last, the whole of a name or of a part between `/` and `::`: with `-` or `_`
 * (`qjs-regexp-1`), with `.` (`qjs.regexp.1`: three parts, so `python3.11` is none), or in camel case from a small letter
 * with each hump a word (`qjsRegexp1`; not `iOS17`, `macOS14`, `x86_64`).
 */
const NUMBERED = /(?<![\p{L}\p{N}_.-])(?:(\p{L}[\p{L}\p{N}]*(?:[-_]\p{L}[\p{L}\p{N}]*)+)[-_]|(\p{L}[\p{L}\p{N}]*(?:\.\p{L}[\p{L}\p{N}]*)+)\.|(\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+))(\p{N}+)(?![\p{L}\p{N}_-]|\.\p{N})/gu;
const CAMEL_CUT = /\p{Ll}(?=\p{Lu})/gu;
const YEAR = /^(?:19|20)\d\d$/u;
const platformParts = lazySet(() => YEAR_NAMED_PLATFORM_PARTS);
