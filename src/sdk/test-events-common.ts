/** What the test event stream readers (test-events*.ts) share: findings, refusals, named failures. */
import { ArtifactError } from '../artifacts/errors.js';
import { caseFoldedKey } from '../util/text-classes.js';

export type TestStreamKind = 'go_test' | 'libtest';

/** What a stream proves against a pass: a failure it records, or a reason it proves nothing. */
export interface TestStreamFinding {
  check: 'status_allowed' | 'status_consistent';
  code: 'status_not_allowed' | 'vacuous' | 'inconsistent_counts' | 'contradiction';
  row?: number;
  message: string;
  expected: unknown;
  actual: unknown;
  failing?: string[];
  failing_more?: number;
}

export interface TestStreamSummary {
  kind: TestStreamKind;
  /** Packages (go) or suites (libtest) that ended. */
  groups: number;
  passed: number;
  failed: number;
  skipped: number;
  /** The earliest and latest moments the stream's rows record (go's `Time`), and the first row that records none. */
  times?: { earliest?: { ms: number; text: string; row: number }; latest?: { ms: number; text: string; row: number }; untimedRow?: number };
  /** Tests whose earlier failure a later attempt of the same test passed (a re-run): shown, never hidden. */
  rerun: string[];
  findings: TestStreamFinding[];
}

export const TEST_STREAM_NAMES: Record<TestStreamKind, string> = { go_test: '`go test -json` (test2json)', libtest: 'libtest JSON' };

export const SHAPE_FIX =
  'point the gate at the raw event stream of `go test -json` (or gotestsum --jsonfile) or of libtest (`cargo test -- -Z unstable-options --format json`, `cargo nextest run --message-format libtest-json`), one event per line as the runner wrote it; any other JSONL is not a test event stream this gate reads';

/** A row the stream's shape does not allow: refused with its row and the fix, as a reader refuses a malformed row. */
export function shapeError(path: string, row: number, what: string, fix = SHAPE_FIX, code: 'malformed' | 'schema' = 'malformed'): ArtifactError {
  return new ArtifactError(code, `${path} row ${row}: ${what}`, { path, row, fix });
}

/**
 * Keys that differ from a key the shape decides by only in case (`action`, `ACTION` beside or instead of `Action`): Go's
 * encoding/json matches keys without case, so another reader may take them for the one this judge reads.
 */
export function refuseCaseTwins(path: string, row: number, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    // Folded as Go folds keys (`Te\u017Ft` with a long s, `Pac\u212Aage` with a Kelvin sign are Test and Package to it).
    const folded = caseFoldedKey(key);
    const twin = known.find((k) => k !== key && k.toLowerCase() === folded);
    if (twin !== undefined) {
      throw shapeError(path, row, `key ${JSON.stringify(key)} differs from ${JSON.stringify(twin)} only in case: readers that match keys without case (Go's encoding/json) read it as ${twin}`, 'write each field once, under the spelling the runner writes; a stream edited or produced by another tool is not the runner\'s');
    }
  }
}

/** At most this many failing tests are named; the rest are counted (`failing_more`). */
export const MAX_NAMED_FAILURES = 20;

export function namedFailures(names: readonly string[]): { failing: string[]; failing_more?: number } {
  const failing = names.slice(0, MAX_NAMED_FAILURES);
  return names.length > failing.length ? { failing, failing_more: names.length - failing.length } : { failing };
}
