/**
 * A measured value written as a YAML alias of a value anchored under a name that says it was never measured (a
 * template's, an example's, a placeholder's, a plan's, an estimate's or a cache's) is a copy, never measured (red team
 * xj, session 43), as a copy of a bound is; the run's own values and measurements named for their subject stay read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasOfABound, boundCopiedIntoReport } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

/** Steps of an anchor's path that name a value never measured: a word saying so, a stand-in's noun alone or with a report's part, an unfilled word. */
const NEVER_MEASURED = [
  'planned', 'estimated', 'projected', 'assumed', 'promised', 'claimed', 'declared', 'cached', 'predicted', 'forecast', 'mocked', 'stubbed', 'fake', 'dummy',
  'placeholder', 'unset', 'template', 'example', 'sample', 'skeleton', 'stub', 'mock', 'fixture', 'seed', 'spec', 'initial', 'report_template', 'example_output',
  'seed_data', 'initial_state', 'mock_results', 'estimated_coverage', 'planned_rate', 'TBD', 'TODO', 'changeme',
];
/** Steps naming the run's own values, or a measurement whose subject is a stand-in's noun. */
const MEASURED = [
  'summary', 'results', 'samples', 'examples', 'specs', 'metrics', 'run', 'latest', 'template_render_ms', 'initial_load_ms', 'seed_duration_ms', 'spec_files',
  'fixture_setup_ms', 'mock_server_p99', 'example_count', 'sample_latency', 'cache_hit_rate', 'pending', 'synthetic', 'simulated',
];
/** Spellings a reader takes for the same name: as written, in capitals, full width, with a zero-width space inside, with a Cyrillic look-alike. */
const DISGUISES: ReadonlyArray<(w: string) => string> = [
  (w) => w,
  (w) => w.toUpperCase(),
  (w) => [...w].map((c) => (/[a-z]/u.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join(''),
  (w) => (w.length > 2 ? `${w.slice(0, 2)}\u200b${w.slice(2)}` : w),
  (w) => w.replace(/e/u, '\u0435'),
];
const NAMES = ['failed', 'pass_rate_pct', 'p99_latency_ms', 'coverage_pct', 'total'];

describe('aliasOfABound: values anchored under a name never measured', () => {
  it('reads a value anchored under such a name, at any depth of the path and in any disguise, as copied (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEVER_MEASURED), fc.constantFrom(...DISGUISES), fc.constantFrom(...NAMES), fc.boolean(), (step, disguise, name, nested) => {
        const from = nested ? `/${disguise(step)}/${name}` : `/${disguise(step)}`;
        const found = aliasOfABound(new Map([[`/${name}`, from]]), `/${name}`, 0);
        expect(found?.code, from).toBe('vacuous');
        expect(found?.message, from).toContain('never measured');
      }),
    );
  });
  it("leaves an alias of the run's own value or of a measurement named for its subject (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEASURED), fc.constantFrom(...NAMES), (step, name) => {
        expect(aliasOfABound(new Map([[`/${name}`, `/${step}`]]), `/${name}`, 12), step).toBeUndefined();
      }),
    );
  });
  it('json_schema reads an outcome or a count copied so (boundCopiedIntoReport), and leaves a setting copied so', () => {
    const root = { example: 'pass', status: 'pass', failed: 0, template: { timeout_s: 30 }, timeout_s: 30 };
    expect(boundCopiedIntoReport(new Map([['/status', '/example']]), root)?.code).toBe('vacuous');
    expect(boundCopiedIntoReport(new Map([['/failed', '/cached/failed']]), root)?.pointer).toBe('/failed');
    expect(boundCopiedIntoReport(new Map([['/timeout_s', '/template/timeout_s']]), root)).toBeUndefined();
    expect(boundCopiedIntoReport(new Map([['/status', '/copy']]), root, new Map([['/status', 'example_status']]))?.code).toBe('vacuous');
    expect(boundCopiedIntoReport(new Map([['/status', '/copy']]), root, new Map([['/status', 'id001']]))).toBeUndefined();
  });
  it("reads an anchor's own name as its path is read, in every spelling, under a path that says nothing (property)", () => {
    const spell: ReadonlyArray<(words: readonly string[]) => string> = [
      (ws) => ws.join('_'),
      (ws) => ws.join('-'),
      (ws) => ws.join('_').toUpperCase(),
      (ws) => ws.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join(''),
    ];
    fc.assert(
      fc.property(fc.constantFrom('example', 'template', 'tmpl', 'tpl', 'planned', 'placeholder', 'estimated', 'mock', 'specimen'), fc.constantFrom('failed', 'status', 'value', 'result'), fc.constantFrom(...spell), (noun, part, write) => {
        const anchor = write([noun, part]);
        const found = aliasOfABound(new Map([['/failed', '/copy']]), '/failed', 0, new Map([['/failed', anchor]]));
        expect(found?.code, anchor).toBe('vacuous');
        expect(found?.message, anchor).toContain(`anchor &${anchor}`);
      }),
    );
  });
  it("leaves an anchor named by PyYAML (`id001`) or for the measured value itself, over the run's own path (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 999 }).map((n) => `id${String(n).padStart(3, '0')}`), fc.constantFrom('failed_count', 'example_count', 'template_render_ms', 'run_status', 'p99', 'examples')), (anchor) => {
        expect(aliasOfABound(new Map([['/failed', '/summary/failed']]), '/failed', 0, new Map([['/failed', anchor]])), anchor).toBeUndefined();
      }),
    );
  });
  it('reads the stand-in and never-measured words of other languages and the other English ones, in any disguise (property)', () => {
    const words = ['beispiel', 'vorlage', 'platzhalter', 'geschätzt', 'geplant', 'ejemplo', 'plantilla', 'estimado', 'exemple', 'prévu', 'esempio', 'шаблон', 'пример', '示例', '模板', 'テンプレート',
      'canned', 'stale', 'nominal', 'demo', 'desired', 'ideal', 'hardcoded', 'guessed', 'made_up', 'specimen', 'old', 'tmpl', 'tpl', 'old_value', 'stale_results', 'desired_state'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...DISGUISES), (word, disguise) => {
        expect(aliasOfABound(new Map([['/failed', `/${disguise(word)}/failed`]]), '/failed', 0)?.code, word).toBe('vacuous');
      }),
    );
  });
  it('keeps a stand-in noun a stand-in beside a version, a number, a possessive or an article (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('template', 'example', 'tmpl', 'spec', 'plan', 'demo', 'beispiel'), fc.constantFrom('v2', '1', '001', 'my', 'the', 'our', 'a'), fc.boolean(), (noun, filler, before) => {
        // A tool's measured item numbered is that item (`sample_1`, `spec_2`: the next property).
        fc.pre(!/^\d+$/u.test(filler) || !['spec', 'plan', 'demo'].includes(noun));
        const step = before ? `${filler}_${noun}` : `${noun}_${filler}`;
        expect(aliasOfABound(new Map([['/failed', `/${step}`]]), '/failed', 0)?.code, step).toBe('vacuous');
      }),
    );
  });
  it("leaves a tool's measured item beside a report's part, and stand-in words beside what was measured (property)", () => {
    const measured = ['spec_results', 'spec_summary', 'sample_summary', 'sample_results', 'cache_metrics', 'cache', 'plan_summary', 'demo_app_p99_ms', 'old_gen_used_mb', 'demo_results',
      'snapshot_summary', 'static_analysis', 'ergebnisse', 'resultados', 'modello', 'example_count', 'template_count', 'sample_1', 'spec_2', 'sample_001'];
    fc.assert(
      fc.property(fc.constantFrom(...measured), fc.constantFrom(...NAMES), (step, name) => {
        expect(aliasOfABound(new Map([[`/${name}`, `/${step}/${name}`]]), `/${name}`, 0, new Map([[`/${name}`, 'id001']])), step).toBeUndefined();
      }),
    );
  });
  it('reads a stand-in noun shortened (cut after a consonant or written in its consonants) or in the plural, in any spelling (property)', () => {
    const shortened = ['templ', 'tmpl', 'tmplt', 'templat', 'exmpl', 'xmpl', 'examp', 'exampl', 'smpl', 'sampl', 'plchldr', 'placeh', 'plch', 'fxtr', 'fixtur', 'sklt', 'scff', 'spcmn', 'tmpls', 'templs', 'dummies', 'placeholders', 'guesses'];
    const spell: ReadonlyArray<(w: string, part: string) => string> = [
      (w) => w,
      (w, part) => `${w}_${part}`,
      (w, part) => `${w}-${part}`,
      (w, part) => `${w}${part[0]!.toUpperCase()}${part.slice(1)}`,
      (w) => w.toUpperCase(),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...shortened), fc.constantFrom('failed', 'value', 'v2', 'results'), fc.constantFrom(...spell), fc.boolean(), (word, part, write, asAnchor) => {
        // A tool's measured item beside a report's part is its report (`smpl_results`, as `sample_results`).
        fc.pre(!(['smpl', 'sampl'].includes(word) && ['failed', 'value', 'results'].includes(part) && write !== spell[0] && write !== spell[4]));
        const name = write(word, part);
        const found = asAnchor ? aliasOfABound(new Map([['/failed', '/copy']]), '/failed', 0, new Map([['/failed', name]])) : aliasOfABound(new Map([['/failed', `/${name}/failed`]]), '/failed', 0);
        expect(found?.code, name).toBe('vacuous');
      }),
    );
  });
  it('reads a stand-in plural over an entry under a name of its own as stand-ins, in any case and joined spelling (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('examples', 'fixtures', 'mocks', 'stubs', 'templates', 'tmpls', 'drafts', 'skeletons', 'Examples', 'EXAMPLES', 'my_examples'), fc.constantFrom('sample_run', 'checkoutRun', 'login-suite', 'run_a', 'nightly'), fc.constantFrom(...NAMES), (plural, entry, name) => {
        const from = `/${plural}/${entry}/${name}`;
        expect(aliasOfABound(new Map([[`/${name}`, from]]), `/${name}`, 0)?.code, from).toBe('vacuous');
      }),
    );
  });
  it("leaves a stand-in plural over a list's index or over the tally of its items, and words only drawn like a shortening (property)", () => {
    const listed = fc.tuple(fc.constantFrom('examples', 'fixtures', 'mocks', 'samples', 'specs'), fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.constantFrom('failed', 'total', 'passed', 'status', 'example_count', 'failure_count', 'results', 'summary'))).map(([p, next]) => `/${p}/${next}`);
    const lookAlike = fc.constantFrom('/temp', '/tmp', '/intl', '/drift_ms', '/boiler/pressure', '/placed', '/expl', '/sample', '/samples/p95', '/temple', '/exam', '/simple', '/spec_files', '/spc', '/skl', '/xmp', '/plc', '/eg');
    fc.assert(
      fc.property(fc.oneof(listed, lookAlike), fc.constantFrom(...NAMES), (from, name) => {
        fc.pre(from !== '/sample');
        expect(aliasOfABound(new Map([[`/${name}`, `${from}/${name}`]]), `/${name}`, 12, new Map([[`/${name}`, 'id001']])), from).toBeUndefined();
      }),
    );
  });
});

describe("aliasOfABound: a tool's own items, other languages' plurals, shorter shortenings and glued digits (helper xh, session 44)", () => {
  const anchored = (anchor: string) => aliasOfABound(new Map([['/failed', '/x/failed']]), '/failed', 0, new Map([['/failed', anchor]]));
  it("leaves a value measuring a tool's own item under a stand-in's plural, and reads one under an entry named for a run (property)", () => {
    // A shortened plural (`tmpls`) is read as its noun, as before: no tool names its items so.
    const plural = fc.constantFrom('examples', 'fixtures', 'mocks', 'templates', 'stubs', 'Fixtures');
    const leaf = fc.constantFrom('setup_ms', 'errors', 'failing', 'unmatched_requests', 'duration_s', 'failed');
    // Helper zd, session 45: what an entry holds tells it, not only its name. Under `examples` a named entry holding a
    // run's tally (`examples: {db_session: {errors}}`) is a run's whatever its name, but Hypothesis's phases (a file too:
    // `examples: {deployment.yaml: {errors}}`, as `attempt_1.json`, since helper rf, session 46: an extension names no tool's item);
    // under a plural a tool names its objects in, a run-named entry holding the tool's own measure (`fixtures: {ci-job:
    // {setup_ms}}`, `mocks: {pipeline_2: {unmatched_requests}}`) is the tool's object, as `run_migrations` is pytest's.
    const tallyUnderExamples = (p: string, item: string, name: string): boolean => p === 'examples' && !['generate', 'shrink'].includes(item) && ['errors', 'failing', 'failed'].includes(name);
    fc.assert(
      fc.property(plural, fc.constantFrom('db_session', 'generate', 'deployment.yaml', 'payment_api', 'login_page', 'shrink'), leaf, (p, item, name) => {
        const from = `/${p}/${item}/${name}`;
        const found = aliasOfABound(new Map([['/v', from]]), '/v', 0, new Map([['/v', 'id001']]));
        if (tallyUnderExamples(p, item, name)) expect(found?.code, from).toBe('vacuous');
        else expect(found, from).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(plural, fc.constantFrom('nightly_build', 'ci-job', 'checkoutRun', 'pipeline_2', 'default', 'v2', 'sample'), leaf, (p, entry, name) => {
        const from = `/${p}/${entry}/${name}`;
        const toolsOwn = p.toLowerCase() !== 'examples' && ['setup_ms', 'unmatched_requests'].includes(name) && !['default', 'v2', 'sample'].includes(entry);
        const found = aliasOfABound(new Map([['/v', from]]), '/v', 0);
        if (toolsOwn) expect(found, from).toBeUndefined();
        else expect(found?.code, from).toBe('vacuous');
      }),
    );
  });
  it("reads another language's stand-in plural, bare or over an entry, in any disguise (property)", () => {
    const plurals = ['beispiele', 'vorlagen', 'esempi', 'voorbeelden', 'примеры', 'шаблоны', 'ejemplos', 'plantillas', 'exemples', 'przykłady', 'przykład', 'szablony', 'bozze', 'exemplos'];
    fc.assert(
      fc.property(fc.constantFrom(...plurals), fc.constantFrom(...DISGUISES), fc.constantFrom('', '/lauf_1', '/corsa_1'), (word, disguise, entry) => {
        const from = `/${disguise(word)}${entry}/failed`;
        expect(aliasOfABound(new Map([['/failed', from]]), '/failed', 0)?.code, from).toBe('vacuous');
      }),
    );
  });
  it('reads a stand-in name shortened to three consonants or four letters, e.g. written apart, and digits glued on, as an anchor or a step (property)', () => {
    const names = ['smp', 'dmy', 'mck', 'fxt', 'fixt', 'e_g', 'E.G', 'e-g', 'tmpl1', 'example01', 'v2example', 'fixture2', 'template3', 'mock9', 'dummy01', 'xmpl2', 'beispiel2'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), (name, asAnchor) => {
        const found = asAnchor ? anchored(name) : aliasOfABound(new Map([['/failed', `/${name}/failed`]]), '/failed', 0);
        expect(found?.code, name).toBe('vacuous');
      }),
    );
  });
  it("reads a bare `eg` and leaves `spec` only as an anchor's whole name; leaves numbered samples and shortenings that name other things (property)", () => {
    expect(anchored('eg')?.code).toBe('vacuous');
    expect(anchored('spec')).toBeUndefined();
    expect(aliasOfABound(new Map([['/failed', '/spec/failed']]), '/failed', 0)?.code).toBe('vacuous');
    fc.assert(
      fc.property(fc.constantFrom('sample2', 'sample_2', 'eg_errors', 'tmp', 'temp', 'spc', 'skl', 'xmp', 'plc', 'exam', 'p99', 'id001', 'utf8', 'k8s', 'ipv6', 'h2'), fc.boolean(), (name, asAnchor) => {
        const found = asAnchor ? anchored(name) : aliasOfABound(new Map([['/failed', `/regions/${name}/failed`]]), '/failed', 0, new Map([['/failed', 'id001']]));
        expect(found, name).toBeUndefined();
      }),
    );
  });
});
