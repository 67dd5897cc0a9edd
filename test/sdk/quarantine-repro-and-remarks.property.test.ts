// A quarantine's repro is a shell command, and its other fields may carry a placeholder remark (red team ta, session 47):
// the shell's own expansions inside a command of several words are no template slots, while a repro that is only an
// expansion or expands a stand-in is; a repro whose every command only exits or prints reproduces nothing; a field
// refused alone stays refused with a marker remark after it; a reason promised for later says none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillerReason } from '../../src/core/waivers.js';
import '../helpers/fc-seed.js';

const test = fc.constantFrom('cargo test --test provider_streaming', 'npx vitest run test/stream.test.ts', 'go test ./stream -run TestSSE', 'pytest tests/test_stream.py -k sse');

describe('a repro written with the shell\'s expansions', () => {
  const expansion = fc.constantFrom('$(nproc)', '$(seq 1 40)', '${HOME}', '$HOME', '${CARGO_TARGET_DIR}', '${TEST:-provider_streaming}', '$LASTEXITCODE', '$(git rev-parse HEAD)', '$PWD');
  const standIn = fc.constantFrom('$(TODO)', '${TODO}', '${YOUR_TEST_NAME}', '$(TBD)', '${PLACEHOLDER}');
  it('passes when the expansion is the shell\'s; a stand-in expanded, or an expansion alone, is refused', () => {
    fc.assert(
      fc.property(test, expansion, standIn, fc.boolean(), (t, e, s, before) => {
        const sound = before ? `env RUN=${e} ${t}` : `${t} ${e}`;
        expect(fillerReason('repro', sound), sound).toBeUndefined();
        const slot = `${t} ${s}`;
        expect(fillerReason('repro', slot), slot).toMatch(/placeholder/u);
        expect(fillerReason('repro', s), s).toMatch(/placeholder/u);
      }),
    );
  });
});

describe('a repro that reproduces nothing', () => {
  const noOp = fc.constantFrom('true', '/bin/true', '/usr/bin/true', 'exit 0', 'exit', 'echo', 'echo TODO', 'echo "fill in later"', 'printf done', 'Write-Host TODO');
  const join = fc.constantFrom(' && ', '; ', ' || ', ' | ');
  it('is refused when every command only exits or prints; one command that runs the test makes it a repro', () => {
    fc.assert(
      fc.property(fc.array(noOp, { minLength: 1, maxLength: 3 }), join, test, (ops, j, t) => {
        const nothing = ops.join(j);
        expect(fillerReason('repro', nothing), nothing).toBeDefined();
        const something = [...ops, t].join(j);
        expect(fillerReason('repro', something), something).toBeUndefined();
      }),
    );
  });
  it('is refused when it points at another field', () => {
    fc.assert(
      fc.property(fc.constantFrom('same as reason', 'Same as the reason field.', 'see evidence', 'see the issue', 'as per the ticket', 'refer to the description'), (said) => {
        expect(fillerReason('repro', said), said).toBeDefined();
      }),
    );
  });
});

describe('a field refused alone, with a placeholder remark after it', () => {
  const refused: fc.Arbitrary<[string, string]> = fc.constantFrom(['reason', 'flaky'], ['reason', 'Flaky'], ['reason', 'fails sometimes'], ['reason', 'timeout'], ['remove_when', 'when fixed'], ['remove_when', 'once green']);
  const remark = fc.constantFrom('TODO', 'TBD', 'TODO: explain', 'FIXME: write the cause', 'reason: TBD', 'XXX');
  const wrap = fc.constantFrom((h: string, r: string) => `${h} (${r})`, (h: string, r: string) => `${h}, ${r}`, (h: string, r: string) => `${h}. ${r}`, (h: string, r: string) => `${h} — ${r}`, (h: string, r: string) => `${h} [${r}]`);
  const real: Record<string, string> = { reason: 'upstream SSE endpoint drops the connection mid-stream about 1 run in 40', remove_when: 'bd-1f42.9.4 fixed and 50 green runs in a row' };
  it('stays refused; the same remark beside a field that says something passes', () => {
    fc.assert(
      fc.property(refused, remark, wrap, ([field, head], r, w) => {
        const said = w(head, r);
        expect(fillerReason(field, said), said).toBeDefined();
        const sound = w(real[field] as string, r);
        expect(fillerReason(field, sound), sound).toBeUndefined();
      }),
    );
  });
});

describe('a reason promised for later', () => {
  const promise = fc.constantFrom('reason to follow', 'explanation pending', 'will explain later', 'I will write this up tomorrow', 'to be investigated', 'under investigation', 'unknown cause, investigating', 'details pending', 'still investigating', 'will follow up soon', 'we need to fill this in later');
  it('is refused however it is cased; with a cause named beside it, it is a reason', () => {
    fc.assert(
      fc.property(promise, fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase(), (t: string) => `${t}.`), (p, c) => {
        const said = c(p);
        // Refused: by the role reading (`no reason: …`) or, for a stub such as `details pending`, by the placeholder reading.
        expect(fillerReason('reason', said), said).toBeDefined();
        const cause = `the proxy closes idle SSE streams after 30 s; ${p}`;
        expect(fillerReason('reason', cause), cause).toBeUndefined();
      }),
    );
  });
});

describe('a quarantine evidence that points at no run', () => {
  const repo = fc.constantFrom('acme/pi-agent', 'octo-labs/stream-kit', 'rust-lang/cargo');
  const run = fc.bigInt({ min: 1_000_000n, max: 99_999_999_999n });
  it('is refused for a blank page, a documentation address, a list of runs or a home page; one run by its number passes', () => {
    fc.assert(
      fc.property(repo, run, fc.constantFrom('', '/workflows/ci.yml', '?query=branch%3Amain', '/'), fc.constantFrom('198.51.100.7', '192.0.2.10', '203.0.113.99', '[2001:db8::1]', '[2001:db8:85a3::8a2e:370:7334]'), (r, n, list, doc) => {
        for (const nowhere of ['about:blank', 'javascript:void(0)', `https://github.com/${r}`, `https://github.com/${r}/actions${list}`, `https://${doc}/runs/${n}`, `https://app.circleci.com/pipelines/github/${r}`]) {
          expect(fillerReason('evidence', nowhere), nowhere).toMatch(/no run/u);
        }
        for (const one of [`https://github.com/${r}/actions/runs/${n}`, `https://github.com/${r}/actions/runs/${n}/job/${n + 7n}`, `https://app.circleci.com/pipelines/github/${r}/${n}`, `https://gitlab.com/${r}/-/jobs/${n}`]) {
          expect(fillerReason('evidence', one), one).toBeUndefined();
        }
      }),
    );
  });
  it('is refused for words alone that name no place', () => {
    fc.assert(
      fc.property(fc.constantFrom('CI logs', 'attached', 'see the build output', 'Jenkins console', 'logs attached', 'see CI logs'), fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase()), (said, c) => {
        expect(fillerReason('evidence', c(said)), c(said)).toBeDefined();
      }),
    );
  });
});
