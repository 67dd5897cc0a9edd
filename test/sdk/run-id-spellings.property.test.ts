/**
 * A report's own run id names when its run started, in whatever spelling its producer wrote the name (`run_id`,
 * `runId`, `RunId`, `run-id`, `correlationId`, `run.id`; drawn with a look-alike letter, an invisible character or in
 * full width) and in whichever object describing the run it sits (`meta`, `metadata`, `run`, `execution`, `meta.run`):
 * a `generated_at` re-stamped beside it cannot make the report fresher than that start (red team xv, session 43).
 * Ids of other runs (`baseline_run_id`, `previous.run_id`) and ids that hold no time are never read as its start.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { checkFreshness, DEFAULT_FUTURE_SKEW_MS } from '../../src/artifacts/freshness.js';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const MAX_AGE = 7 * DAY;
const GENERATED_AT = new Date(NOW.getTime() - 60 * MINUTE).toISOString();

const RUN_ID_NAMES = ['run_id', 'runId', 'RunId', 'RUN_ID', 'runID', 'run-id', 'run id', 'Run-Id', 'correlation_id', 'correlationId', 'CorrelationId', 'correlation-id', 'CORRELATION_ID'];
/** Where a run describes itself, as producers spell the object's name. */
const HOLDERS: readonly (readonly string[])[] = [[], ['run'], ['Run'], ['meta'], ['Meta'], ['metadata'], ['METADATA'], ['execution'], ['results'], ['meta', 'run'], ['metadata', 'run']];

/** Ways a name is drawn as itself: as written, a Cyrillic і for i, a zero-width space inside, full width. */
const DRAWN: readonly ((name: string) => string)[] = [
  (name) => name,
  (name) => name.replace(/i/, '\u0456'),
  (name) => `${name.slice(0, 1)}\u200b${name.slice(1)}`,
  (name) => [...name].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join(''),
];

/** A run's start as producers print it in an id: compact or extended, `Z` or an offset, with a prefix and a run number. */
const SPELLINGS: readonly ((at: Date) => string)[] = [
  (at) => at.toISOString().replace(/[-:]|\.\d+/g, ''),
  (at) => `ci-${at.toISOString().replace(/\.\d+Z$/, 'Z')}-4411`,
  (at) => `bd-1f42.4.4-${at.toISOString().replace(/[-:]|\.\d+/g, '')}`,
  (at) => new Date(at.getTime() + 3_600_000).toISOString().replace(/\.\d+Z$/, '+01:00'),
];

function nested(path: readonly string[], key: string, value: unknown): Record<string, unknown> {
  let inner: Record<string, unknown> = { [key]: value };
  for (const holder of [...path].reverse()) inner = { [holder]: inner };
  return inner;
}

/** The error code checkFreshness throws, or `pass`. */
function verdict(document: unknown): string {
  try {
    checkFreshness('report.json', document, NOW, { maxAgeMs: MAX_AGE });
    return 'pass';
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    return e.code;
  }
}

/** Ages in minutes: from 3 days ahead to 60 days old, dense around both bounds. */
const ageMinutes = fc.oneof(
  fc.integer({ min: -3 * 24 * 60, max: 60 * 24 * 60 }),
  fc.integer({ min: -10, max: 10 }),
  fc.integer({ min: 7 * 24 * 60 - 2, max: 7 * 24 * 60 + 2 }),
);

describe("a report's own run id in any spelling and run object", () => {
  it('is stale exactly when its run started longer than max_age ago, future when ahead by more than the skew (property)', () => {
    const placement = fc.oneof(
      fc.tuple(fc.constantFrom(...HOLDERS), fc.constantFrom(...RUN_ID_NAMES)),
      fc.tuple(fc.constantFrom<readonly string[]>(['run'], ['Run'], ['meta', 'run']), fc.constantFrom('id', 'Id', 'ID')),
    );
    fc.assert(
      fc.property(placement, fc.constantFrom(...DRAWN), fc.constantFrom(...SPELLINGS), ageMinutes, ([holders, name], drawn, spelling, minutes) => {
        const started = new Date(NOW.getTime() - minutes * MINUTE);
        const doc = { status: 'pass', generated_at: GENERATED_AT, ...nested(holders, drawn(name), spelling(started)) };
        const age = minutes * MINUTE;
        const want = age > MAX_AGE ? 'stale' : -age > DEFAULT_FUTURE_SKEW_MS ? 'future' : 'pass';
        expect(verdict(doc), JSON.stringify(doc)).toBe(want);
      }),
    );
  });

  it('dates nothing when it holds no time: CI run numbers, UUIDs, hex ids (property)', () => {
    const timeless = fc.oneof(
      fc.integer({ min: 1, max: 2 ** 40 }),
      fc.integer({ min: 1, max: 2 ** 40 }).map(String),
      fc.uuid(),
      fc.integer({ min: 1, max: 99_999 }).map((n) => `bd-1f42.4.4-${n}`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...HOLDERS), fc.constantFrom(...RUN_ID_NAMES), timeless, (holders, name, id) => {
        const doc = { status: 'pass', generated_at: GENERATED_AT, ...nested(holders, name, id) };
        expect(verdict(doc), JSON.stringify(doc)).toBe('pass');
      }),
    );
  });
});

describe('an id naming another run', () => {
  it('is never read as the report\'s start, however old (property)', () => {
    const qualified = fc.tuple(fc.constantFrom<readonly string[]>([], ['meta'], ['run'], ['metadata']), fc.constantFrom('baseline_run_id', 'baselineRunId', 'parent_run_id', 'ParentRunId', 'last_green_run_id', 'previous_run_id', 'upstream-run-id', 'compare_to_run_id', 'parent_id'));
    const otherObject = fc.tuple(
      fc.constantFrom('previous', 'upstream', 'compare_to', 'baseline', 'parent', 'last_green', 'history'),
      fc.constantFrom<readonly string[]>([], ['run'], ['meta']),
      fc.constantFrom('run_id', 'runId', 'correlation_id'),
    ).map(([owner, inner, name]) => [[owner, ...inner], name] as const);
    fc.assert(
      fc.property(fc.oneof(qualified, otherObject), fc.constantFrom(...SPELLINGS), fc.integer({ min: 8, max: 3650 }), ([holders, name], spelling, days) => {
        const old = spelling(new Date(NOW.getTime() - days * DAY));
        const doc = { status: 'pass', generated_at: GENERATED_AT, runId: spelling(new Date(NOW.getTime() - 2 * 3_600_000)), ...nested(holders, name, old) };
        expect(verdict(doc), JSON.stringify(doc)).toBe('pass');
      }),
    );
  });
});
