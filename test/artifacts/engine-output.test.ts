/**
 * The engine's own outputs are never evidence: the run's output directory, a directory holding a
 * verdict gate-engine wrote (an earlier run), and the command logs inside them.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineDocumentReason, engineTextReason } from '../../src/artifacts/engine-output.js';
import { createReader } from '../../src/artifacts/reader.js';
import { removeTempDirs, tempDir, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const VERDICT = '{\n  "schema": "gate-engine.full_suite_verdict.v1",\n  "verdict": "pass"\n}\n';
const now = new Date('2026-03-10T12:00:00Z');

describe('readers refuse engine output', () => {
  it('a file in this run\'s output directory is engine_output, in every reader', async () => {
    const root = writeTree(tempDir(), { 'out/commands/build/stdout.log': 'ok\n', 'out/x.json': '{"a":1}', 'out/x.yaml': 'a: 1\n', 'out/x.toml': 'a = 1\n', 'out/x.jsonl': '{"a":1}\n', 'reports/a.json': '{"a":1}' });
    const reader = createReader(root, now, () => undefined, undefined, join(root, 'out'));
    await expect(reader.text('out/commands/build/stdout.log')).rejects.toMatchObject({ code: 'engine_output', detail: { path: 'out/commands/build/stdout.log' } });
    await expect(reader.json('out/x.json')).rejects.toMatchObject({ code: 'engine_output' });
    await expect(reader.yaml('out/x.yaml')).rejects.toMatchObject({ code: 'engine_output' });
    await expect(reader.toml('out/x.toml')).rejects.toMatchObject({ code: 'engine_output' });
    await expect(reader.document('out/x.json')).rejects.toMatchObject({ code: 'engine_output' });
    const rows = async () => {
      for await (const row of reader.jsonl('out/x.jsonl')) void row;
    };
    await expect(rows()).rejects.toMatchObject({ code: 'engine_output' });
    expect((await reader.json('reports/a.json')).value).toEqual({ a: 1 });
  });

  it('a directory holding a verdict gate-engine wrote is an earlier run\'s output, also through a symlink', async () => {
    const root = writeTree(tempDir(), { 'ci/full_suite_verdict.json': VERDICT, 'ci/commands/unit/stdout.log': 'passed\n', 'ci/summary.json': '{"a":1}' });
    await fs.symlink('ci/summary.json', join(root, 'summary.json'));
    const reader = createReader(root, now, () => undefined);
    await expect(reader.json('ci/full_suite_verdict.json')).rejects.toMatchObject({ code: 'engine_output' });
    await expect(reader.text('ci/commands/unit/stdout.log')).rejects.toMatchObject({ code: 'engine_output' });
    await expect(reader.json('summary.json')).rejects.toMatchObject({ code: 'engine_output' });
  });

  it('a named pipe (or a directory) named like a verdict beside the evidence never blocks the read: the evidence is read', async () => {
    const root = writeTree(tempDir(), { 'reports/a.json': '{"a":1}', 'deep/full_suite_verdict.json/x': '' , 'deep/b.json': '{"b":2}' });
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(root, 'reports/full_suite_verdict.json')]);
    execFileSync('mkfifo', [join(root, 'reports/preflight_verdict.json')]);
    const reader = createReader(root, now, () => undefined);
    expect((await reader.json('reports/a.json')).value).toEqual({ a: 1 });
    expect((await reader.json('deep/b.json')).value).toEqual({ b: 2 });
  });

  it('another tool\'s file named full_suite_verdict.json is evidence like any other', async () => {
    const root = writeTree(tempDir(), { 'tests/full_suite_gate/full_suite_verdict.json': '{"schema": "pi.ci.full_suite_gate.v1", "verdict": "pass"}' });
    const reader = createReader(root, now, () => undefined);
    expect((await reader.json('tests/full_suite_gate/full_suite_verdict.json')).value).toMatchObject({ verdict: 'pass' });
  });

  it('the waiver audit a run wrote is engine output wherever it is copied, in every format; the reference format is evidence', async () => {
    const engine = { schema: 'pi.ci.waiver_audit.v1', run_id: 'ci-1', lane: 'full', suspended: false, total_waivers: 0, applied: [], unused: [] };
    const reference = { schema: 'pi.ci.waiver_audit.v1', run_id: 'ci-1', total_waivers: 0, waivers: [] };
    const root = writeTree(tempDir(), {
      'evidence/audit.json': JSON.stringify(engine),
      'evidence/audit.yaml': `schema: pi.ci.waiver_audit.v1\nrun_id: ci-1\nlane: full\nsuspended: false\napplied: []\nunused: []\n`,
      'evidence/audits.jsonl': `${JSON.stringify(engine)}\n`,
      'evidence/reference.json': JSON.stringify(reference),
    });
    const reader = createReader(root, now, () => undefined);
    await expect(reader.json('evidence/audit.json')).rejects.toMatchObject({ code: 'engine_output', message: expect.stringContaining('waiver audit of a gate-engine run') });
    await expect(reader.yaml('evidence/audit.yaml')).rejects.toMatchObject({ code: 'engine_output' });
    const rows = async () => {
      for await (const row of reader.jsonl('evidence/audits.jsonl')) void row;
    };
    await expect(rows()).rejects.toMatchObject({ code: 'engine_output' });
    expect((await reader.json('evidence/reference.json')).value).toEqual(reference);
  });

  it('an output directory that is the root itself refuses only the files a run writes there', async () => {
    const root = writeTree(tempDir(), { 'full_suite_verdict.json': VERDICT, 'commands/a/stdout.log': 'x\n', 'reports/a.json': '{"a":1}' });
    const reader = createReader(root, now, () => undefined, undefined, root);
    await expect(reader.json('full_suite_verdict.json')).rejects.toMatchObject({ code: 'engine_output' });
    await expect(reader.text('commands/a/stdout.log')).rejects.toMatchObject({ code: 'engine_output' });
    expect((await reader.json('reports/a.json')).value).toEqual({ a: 1 });
  });
});

describe('renderings of a verdict are engine output by their content', () => {
  it('engineTextReason knows each reporter\'s head and nothing that only names the engine', () => {
    expect(engineTextReason('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gate-engine" tests="1">')).toContain('JUnit XML');
    expect(engineTextReason('# Preflight Lane Report\n\n> Generated: x\n> Run: `r` · lane `preflight` · mode `strict` · gate-engine 1.2.3\n')).toContain('report');
    expect(engineTextReason('# Preflight Lane Report\n\n> Generated: x\n> Run: `r`\t·\tlane `preflight`  ·  mode `strict` · Gate-Engine 1.2.3\n')).toContain('report');
    expect(engineTextReason('> Run: `r` · lane `preflight` · mode `strict` · gate-engines 1.2.3\n')).toBeUndefined();
    expect(engineTextReason('gate-engine 0.1.0 · verify · lane full · mode strict · root .\n')).toContain('summary');
    expect(engineTextReason('::error title=gate-engine%3A unit FAIL::x\n')).toContain('GitHub annotations');
    expect(engineTextReason('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "runs": [{ "tool": { "driver": { "name": "gate-engine" } } }]\n}')).toContain('SARIF');
    for (const text of ['<testsuites name="gate-engine tests">', 'we run gate-engine 0.1.0 · verify · lane full', '::warning title=eslint::gate-engine', '{"runs":[{"tool":{"driver":{"name":"eslint"}}}],"note":"gate-engine"}']) {
      expect(engineTextReason(text)).toBeUndefined();
    }
  });

  it('the summary is known pasted into a page: tags, character references, code and emphasis marks (red team rz2)', () => {
    const tail = ' · mode strict · root .\n  ✓ artifact_present   pass\n';
    for (const text of [
      'gate-engine 0.1.0 &middot; verify &middot; lane full',
      'gate-engine 0.1.0 &#183; verify &#xB7; lane full',
      'gate&#45;engine 0.1.0 · verify · lane full',
      '<pre>gate-engine 0.1.0 · verify · lane full',
      '<b>gate-engine</b> 0.1.0 · verify · lane full',
      '`gate-engine 0.1.0 · verify · lane full',
      '**gate-engine** 0.1.0 · verify · lane full',
    ]) {
      expect(engineTextReason(text + tail), text).toContain('summary');
      expect(engineTextReason(`${'npm ci output line\n'.repeat(200)}${text}${tail}`), `${text} beyond the head`).toContain('summary');
    }
    // Prose that names the engine and quotes its command is no summary.
    for (const text of ['> we run gate-engine 0.1.0 · verify · lane full\n', '- Run `gate-engine verify --lane full` before tagging.\n', '# gate-engine\n\nA release gate engine.\n', '<p>gate-engine &middot; a release gate</p>\n']) {
      expect(engineTextReason(text), text).toBeUndefined();
    }
  });

  it('the summary is known inside the logs it is saved from: colours, section markers, stream tags, container, timestamper and syslog prefixes, other spaces, indentation', () => {
    const head = 'gate-engine 0.1.0 · verify · lane full · mode strict · root .';
    const wrapped = [
      `\x1b[0K\x1b[1m${head}\x1b[0m\n`,
      `\x1b[1mgate-engine\x1b[0m 0.1.0 · verify · lane full\n`,
      `section_start:1773143881:step_script\r\x1b[0K${head}\n`,
      `2026-03-10T11:58:02.010101Z 00O ${head}\n`,
      `2026-03-10T11:58:02.010101Z 01O+${head}\n`,
      `2026-03-10T11:58:02.123456789Z stdout F ${head}\n`,
      `ci-1  | ${head}\n`,
      `11:58:02  ${head}\n`,
      `Mar 10 11:58:02 ci-host node[812]: ${head}\n`,
      `2026-03-10T11:58:02.000000+00:00 app[web.1]: ${head}\n`,
      `${JSON.stringify({ log: `${head}\n`, stream: 'stdout', time: '2026-03-10T11:58:02.0101Z' })}\n`,
      `\x1b_bk;t=1773143881000\x07${head}\n`,
      `progress 40%\r${head}\r\n`,
      `    ${head}\n`,
      `${head.replaceAll(' · ', '\u00a0·\u00a0')}\n`,
      // Red team ry: the name in any case, and any run of spaces, tabs or other spaces around the dots.
      `${head.replace('gate-engine', 'Gate-Engine')}\n`,
      `${head.toUpperCase()}\n`,
      `${head.replaceAll(' · ', '\t·\t')}\n`,
      `${head.replaceAll(' · ', ' \t · ')}\n`,
      `${head.replaceAll(' · ', '\u2009·\u2009').replace('gate-engine ', 'gate-engine\u2009')}\n`,
      `${head.replaceAll(' ', '\u202f')}\n`,
      `2026-03-10T11:58:02.0101Z\t${head.replace('gate-engine', 'GATE-ENGINE').replaceAll(' · ', '\t·  ')}\n`,
      // The spellings a document's engine.name is known by.
      `${head.replace('gate-engine', 'Gate Engine')}\n`,
      `${head.replace('gate-engine', 'gate_engine')}\n`,
    ];
    for (const text of wrapped) expect(engineTextReason(text), JSON.stringify(text)).toContain('summary');
    const setup = Array.from({ length: 400 }, (_, i) => `2026-03-10T11:57:${String(i % 60).padStart(2, '0')}.0000Z added ${i} packages in 3s\n`).join('');
    expect(setup.length).toBeGreaterThan(10_000);
    expect(engineTextReason(`${setup}2026-03-10T11:58:02.0101Z ${head}\n`)).toContain('summary');
    expect(engineTextReason(`${setup}- CI now runs ${head}\n`)).toBeUndefined();
    expect(engineTextReason(`${setup}2026-03-10T11:58:02.0101Z ${head.replace('gate-engine', 'Gate-Engine').replaceAll(' · ', '\t·\t')}\n`)).toContain('summary');
    expect(engineTextReason(`${setup}- CI now runs ${head.toUpperCase()}\n`)).toBeUndefined();
    for (const text of [`- CI now runs ${head}\n`, `> ${head}\n`, `we run ${head.replaceAll(' · ', '\u00a0·\u00a0')}\n`, `We run ${head.toUpperCase()}\n`, `${head.replace('gate-engine', 'Gate-Engines')}\n`, `${head.replaceAll(' · ', '·')}\n`]) expect(engineTextReason(text), JSON.stringify(text)).toBeUndefined();
  });

  it('the summary retyped in look-alikes (Cyrillic letters, other hyphens and middle dots, full width, an invisible in the name) is the summary, in the head and below it', () => {
    const head = 'gate-engine 0.1.0 · verify · lane full · mode strict · root .\n';
    const setup = `${'npm ci output line\n'.repeat(200)}`;
    const disguised = [
      head.replace('engine', 'engin\u0435'), head.replace('gate', 'g\u0430te'), head.replace('gate-engine', 'gate\u2011engine'),
      head.replaceAll('·', '\u22c5'), head.replaceAll('·', '\u2022'), head.replace('gate', '\uff47\uff41\uff54\uff45'),
    ];
    for (const text of [...disguised, `${setup}${head.replace('gate-', 'gate\u200b-')}`, `${setup}${disguised[0]}`]) {
      expect(engineTextReason(text), JSON.stringify(text.slice(-80))).toBe('it is the summary a gate-engine run printed: a rendering of a verdict');
    }
    // Prose before the name, and a name that only resembles the engine's, are not its summary.
    for (const text of [`we run ${head.replace('engine', 'engin\u0435')}`, head.replace('gate-engine', 'gate-engines'), `${setup}- CI runs ${head.replace('gate', 'g\u0430te')}`]) {
      expect(engineTextReason(text), JSON.stringify(text.slice(-80))).toBeUndefined();
    }
  });

  it('below the head, a summary drawn by references or tags is found among lines of code full of `&` (only lines that may draw its dot are read)', () => {
    const code = 'fn f(&self, s: &str) -> &mut T { &x && y < z }\n'.repeat(400);
    const summary = (line: string) => engineTextReason(`${code}${line}\n${code}`);
    expect(summary('gate-engine 0.1.0 &middot; verify &#183; lane full &#xb7; mode strict')).toBe('it is the summary a gate-engine run printed: a rendering of a verdict');
    expect(summary('<b>gate&#45;engine</b> 0.1.0 &middot; verify &middot; lane full')).toBe('it is the summary a gate-engine run printed: a rendering of a verdict');
    // A tag across a line end joins the lines around it as a page draws them.
    expect(summary('<pre>gate-engine 0.1.0 &middot; verify &middot;<span\nclass="x"> lane full')).toBe('it is the summary a gate-engine run printed: a rendering of a verdict');
    expect(summary('gate-engine 0.1.0 \u22c5 verify \u22c5 lane full')).toBe('it is the summary a gate-engine run printed: a rendering of a verdict');
    // Code and prose that only name the engine: no dot drawn, no summary.
    expect(summary('let gate_engine = &engine; // gate-engine 0.1.0 &amp; verify &amp; lane full')).toBeUndefined();
    expect(engineTextReason(code)).toBeUndefined();
  });

  it('below the head, the lines a page joins are read joined: a look-alike tag bracket, a GitLab marker over a carriage return, a reference split by a tag (red team rz3)', () => {
    const code = 'fn f(&self, s: &str) -> &mut T { &x && y < z }\n'.repeat(400);
    const summary = (line: string) => engineTextReason(`${code}${line}\n${code}`);
    const why = 'it is the summary a gate-engine run printed: a rendering of a verdict';
    // A full-width '>' is drawn as '>': the tag runs over the line end, as in the head.
    expect(summary('gate-engine 0.1.0 <b\n\uff1e\u00b7 verify \u00b7 lane full \u00b7 mode strict &amp;')).toBe(why);
    // A GitLab section marker holding a carriage return is removed with it; the summary's two halves are one line.
    expect(summary(`gate-engine 0.1.0 section_start:1:x[${'y'.repeat(600)}\r]\u00b7 verify \u00b7 lane full \u00b7 mode strict`)).toBe(why);
    // A reference split by an empty tag is whole once the tag is gone, on a line of printable ASCII.
    expect(summary('gate<b></b>-engine 0.1.0 &m<b></b>iddot; verify &m<b></b>iddot; lane full')).toBe(why);
    expect(summary('gate&#45;engine 0.1.0 &#<b></b>183; verify &#<b></b>183; lane full')).toBe(why);
    // A tag across a line end with no reference anywhere in the text.
    expect(engineTextReason(`${'x'.repeat(60)}\n`.repeat(50) + 'gate<i></i>-engine 0.1.0 <b\n>\u00b7 verify \u00b7 lane full \u00b7 mode strict\n')).toBe(why);
    // Look-alikes that draw no dot: a dash for the dot, a reference that stays text.
    expect(summary('gate<b></b>-engine 0.1.0 <b\n\uff1e- verify - lane full &amp;')).toBeUndefined();
    expect(summary('gate<b></b>-engine 0.1.0 &m<b></b>id; verify &m<b></b>id; lane full')).toBeUndefined();
    expect(engineTextReason(`${code}impl<A,\n B> X for Y<A, B> {}\n${code}`)).toBeUndefined();
  });

  it('a summary parted by an HTML comment or a tag with a bracket in a quoted value is read as the page draws it, in the head and past it (red team rz3)', () => {
    const why = 'it is the summary a gate-engine run printed: a rendering of a verdict';
    const filler = `${'x'.repeat(60)}\n`.repeat(50);
    const lines = [
      'gate<!-- x -->-engine 0.1.0 <!--\n-->&middot; verify &middot; lane full',
      'gate<!-- x -->-engine 0.1.0 <!---->&middot; verify &middot; lane full',
      'gate<i></i>-engine 0.1.0 <b title="<"\n>&middot; verify &middot; lane full',
      "gate<i></i>-engine 0.1.0 <b title='>'>&middot; verify &middot; lane full",
    ];
    for (const line of lines) {
      expect(engineTextReason(`${line}\n${filler}`)).toBe(why);
      expect(engineTextReason(`${filler}${line}\n${filler}`)).toBe(why);
    }
    // The dots inside the comment are not drawn; a comment left open is text, and the summary after it is the summary.
    expect(engineTextReason(`${filler}gate<i></i>-engine 0.1.0 <!-- &middot; verify &middot; lane full -->\n${filler}`)).toBeUndefined();
    expect(engineTextReason(`${filler}<!-- x\ngate<i></i>-engine 0.1.0 &middot; verify &middot; lane full\n${filler}`)).toBe(why);
  });

  it('a tag a page draws as a line end (<br>, a paragraph, a list item) starts the summary\'s line, in the head and past it (red team rz3)', () => {
    const why = 'it is the summary a gate-engine run printed: a rendering of a verdict';
    const filler = `${'x'.repeat(60)}\n`.repeat(50);
    const lines = [
      '<p>npm notice</p><p>gate-engine 0.1.0 \u00b7 verify \u00b7 lane full \u00b7 mode strict</p>',
      'npm notice<br>gate-engine 0.1.0 &middot; verify &middot; lane full',
      'npm notice<BR/>gate<b></b>-engine 0.1.0 &middot; verify &middot; lane full',
      '<li>step 3</li><li>gate&#45;engine 0.1.0 &middot; verify &middot; lane full</li>',
    ];
    for (const line of lines) {
      expect(engineTextReason(`${line}\n${filler}`)).toBe(why);
      expect(engineTextReason(`${filler}${line}\n${filler}`)).toBe(why);
    }
    // Prose before the name on the same drawn line (an inline tag breaks no line) cites no summary.
    for (const line of ['<p>npm notice <b>gate-engine 0.1.0 &middot; verify &middot; lane full</b></p>', '<p>Run gate&#45;engine 0.1.0 &middot; verify &middot; lane full<br>then deploy</p>']) {
      expect(engineTextReason(`${line}\n${filler}`)).toBeUndefined();
      expect(engineTextReason(`${filler}${line}\n${filler}`)).toBeUndefined();
    }
  });

  it('a vertical tab, form feed, NEL or Unicode line separator before a summary ends the line before it, as a terminal or an editor draws it (red team rz3)', () => {
    const why = 'it is the summary a gate-engine run printed: a rendering of a verdict';
    const filler = `${'x'.repeat(60)}\n`.repeat(50);
    for (const brk of ['\v', '\f', '\u0085', '\u2028', '\u2029']) {
      const line = `npm notice${brk}gate-engine 0.1.0 \u00b7 verify \u00b7 lane full \u00b7 mode strict`;
      expect(engineTextReason(`${line}\n${filler}`)).toBe(why);
      expect(engineTextReason(`${filler}${line}\n${filler}`)).toBe(why);
      // Between the summary's words it is still read as a space; prose naming the engine is no summary either way.
      expect(engineTextReason(`${filler}gate-engine${brk}0.1.0 \u00b7 verify${brk}\u00b7 lane full\n`)).toBe(why);
      expect(engineTextReason(`${filler}npm notice${brk}gate-engine 0.1.0 \u00b7${brk}verify \u00b7 lane full\n`)).toBeUndefined();
    }
    // Written by a character reference, the same.
    for (const ref of ['&#11;', '&#x2028;', '&#12;']) {
      const line = `npm notice${ref}gate&#45;engine 0.1.0 &middot; verify &middot; lane full`;
      expect(engineTextReason(`${line}\n${filler}`)).toBe(why);
      expect(engineTextReason(`${filler}${line}\n${filler}`)).toBe(why);
      expect(engineTextReason(`${filler}npm notice${ref}gate&#45;engine 0.1.0 &middot;${ref}verify &middot; lane full\n`)).toBeUndefined();
    }
  });

  it('a SARIF document whose run the engine wrote is refused by the JSON reader; another tool\'s is evidence', async () => {
    const root = tempDir();
    const sarif = (name: string) => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name } }, results: [] }] });
    writeTree(root, { 'ours.sarif.json': sarif('gate-engine'), 'theirs.sarif.json': sarif('ESLint') });
    const reader = createReader(root, now, () => undefined);
    await expect(reader.json('ours.sarif.json')).rejects.toMatchObject({ code: 'engine_output' });
    expect((await reader.json('theirs.sarif.json')).value).toMatchObject({ version: '2.1.0' });
  });
});

describe('engine documents with their schema id changed, or kept as text', () => {
  const verdict = { schema: 'gate-engine.full_suite_verdict.v1', engine: { name: 'gate-engine', version: '0.1.0' }, run_id: 'ge-1', lane: 'full', mode: 'strict', verdict: 'pass', selection: { complete: true, by: 'all', selected: ['a'], not_selected: [], gates_verdict: 'pass' }, gates: [] };
  const rows = [
    { event: 'run_started', gates: ['a'], lane: 'full', mode: 'strict', run_id: 'ge-1', seq: 1, ts: '2026-03-10T12:00:00.000Z' },
    { event: 'gate_finished', gate_id: 'a', gate_type: 'artifact_status', raw_status: 'pass', status: 'pass', run_id: 'ge-1', seq: 3, ts: '2026-03-10T12:00:00.000Z' },
    { event: 'run_finished', verdict: 'pass', summary: { passed: 1, waived: 0 }, run_id: 'ge-1', seq: 4, ts: '2026-03-10T12:00:00.000Z' },
  ];

  it('a verdict relabelled or stripped of its schema id is still known by the fields only the engine writes', () => {
    const { schema: _cut, ...stripped } = verdict;
    expect(engineDocumentReason({ ...verdict, schema: 'acme.release_verdict.v1' })).toContain('engine.name "gate-engine"');
    expect(engineDocumentReason(stripped)).toContain('engine.name "gate-engine"');
    expect(engineDocumentReason({ ...stripped, engine: { name: 'acme', version: '1' } })).toContain('selection record of a gate-engine verdict');
    for (const row of rows) expect(engineDocumentReason(row)).toContain('a row of a gate-engine event stream');
    expect(engineDocumentReason([{ note: 'first' }, ...rows])).toContain('a row of a gate-engine event stream');
    expect(engineTextReason(JSON.stringify(rows, null, 2))).toContain('a row of a gate-engine event stream');
    expect(engineDocumentReason({ schema: 'acme.audit', lane: 'full', suspended: false, applied: [], unused: [], raw_waivers: [], total_waivers: 0 })).toContain('waiver audit of a gate-engine run');
    expect(engineDocumentReason({ baseline: {}, current: {}, ranked_diagnostics: [], recommended_commands: [] })).toContain('triage diff');
  });

  it('a verdict stripped of its schema id, engine and selection, respelled or wrapped, is known by two of its own parts', () => {
    const full = {
      run_id: 'ge-20260310T120000Z-24886a625f38', config_path: 'gate-engine.config.yaml', config_sha256: 'ab', config_gates_sha256: 'sha256:cd', verdict: 'pass',
      gates: [{ id: 'a', raw_status: 'pass', status: 'pass', reason: 'ok', checks: [] }],
      summary: { passed: 1, waived: 0, blocking_pass: 1, blocking_total: 1, all_blocking_pass: true },
      waivers: { suspended: false, expiring_soon_days: 7, applied: [], unused: [] },
    };
    expect(engineDocumentReason(full)).toContain('it is a gate-engine verdict (a gate-engine run id; config_gates_sha256');
    expect(engineDocumentReason({ result: full })).toContain('it is a gate-engine verdict');
    expect(engineDocumentReason({ verdict: 'pass', gates: full.gates, summary: full.summary })).toBe('it is a gate-engine verdict (gate results with raw_status and checks; summary.waived beside all_blocking_pass)');
    expect(engineDocumentReason({ engine: { name: 'Gate-Engine' }, verdict: 'pass' })).toContain('engine.name "gate-engine"');
    expect(engineDocumentReason({ type: 'gate_finished', gate: 'a', status: 'pass', run_id: full.run_id, seq: 3, ts: '2026-03-10T12:00:00.000Z' })).toBe('it is a row of a gate-engine event stream (a gate-engine run id with seq and ts)');
  });

  it('a verdict, event row or audit embedded at any depth of another document is engine output', () => {
    for (const value of [
      [{ event: 'run_started', run_id: 'deploy-1', seq: 1 }, [verdict]],
      { ci: { release: { gate: verdict } } },
      { pipelines: [{ steps: [{ output: { ...verdict, schema: 'acme.v1', engine: { name: 'acme', version: '1' } } }] }] },
      { log: { rows: [rows[1]] } },
      { audit: { kept: { schema: 'acme.audit', lane: 'full', suspended: false, applied: [], unused: [], raw_waivers: [], total_waivers: 0 } } },
    ]) expect(engineDocumentReason(value)).toContain('embedded in another document');
  });

  it('one part of a verdict alone, or the reference verdict\'s summary, is evidence', () => {
    for (const value of [
      { schema: 'pi.ci.full_suite_gate.v1', verdict: 'pass', gates: [{ id: 'a', status: 'pass', blocking: true, reproduce_command: 'make' }], summary: { passed: 1, blocking_pass: 1, blocking_total: 1, all_blocking_pass: true } },
      { release: '1.2.0', approved_by: { run_id: 'ge-20260310T120000Z-24886a625f38' }, run_id: 'ge-20260310T120000Z-24886a625f38' },
      { config_path: 'app.yaml', config_sha256: 'ab', deployed: true },
      { event: 'deployed', run_id: 'ge-deploy-7', seq: 1, ts: '2026-03-10T12:00:00Z' },
    ]) expect(engineDocumentReason(value)).toBeUndefined();
  });

  it('documents of other tools with some of those words are evidence', () => {
    for (const value of [
      { schema: 'pi.ci.full_suite_gate.v1', verdict: 'pass', summary: { passed: 20 } },
      { engine: { name: 'v8', version: '12' }, selection: { method: 'changed files' } },
      { event: 'run_started', run_id: 'deploy-1', seq: 1, ts: '2026-03-10T11:00:00Z' },
      { event: 'run_finished', run_id: 'deploy-1', seq: 2, summary: { passed: 3 } },
      { schema: 'pi.ci.waiver_audit.v1', total_waivers: 0, waivers: [], raw_waivers: [] },
      'gate-engine',
      ['gate-engine'],
      { inputs: [{ schema: 'gate-engine.full_suite_verdict.v1', path: 'gate-engine-out/full_suite_verdict.json' }], tools: { gate: { engine: { name: 'gate-engine' } } } },
    ]) expect(engineDocumentReason(value)).toBeUndefined();
  });

  it('a verdict, event stream or audit saved as text is known by its content, however it was laid out', () => {
    const pretty = `${JSON.stringify(verdict, null, 2)}\n`;
    expect(engineTextReason(pretty)).toContain('kept as text');
    expect(engineTextReason(`\uFEFF${JSON.stringify(verdict)}`)).toContain('kept as text');
    expect(engineTextReason(`${JSON.stringify({ ...verdict, schema: 'acme.v1' })}\n`)).toContain('engine.name "gate-engine"');
    expect(engineTextReason(rows.map((r) => JSON.stringify(r)).join('\n'))).toContain('a row of a gate-engine event stream');
    expect(engineTextReason('schema: gate-engine.full_suite_verdict.v1\nverdict: pass\n')).toContain('its schema id names gate-engine');
    expect(engineTextReason('"schema" = "gate-engine.full_suite_verdict.v1"\nverdict = "pass"\n')).toContain('its schema id names gate-engine');
    expect(engineTextReason('schema: acme.v1\nengine:\n  name: gate-engine\n  version: 0.1.0\n')).toContain('engine.name is "gate-engine"');
    expect(engineTextReason('schema: acme.v1\nengine: { name: gate-engine, version: 0.1.0 }\n')).toContain('engine.name is "gate-engine"');
    expect(engineTextReason('schema = "acme.v1"\n\n[engine]\nname = "gate-engine"\nversion = "0.1.0"\n')).toContain('engine.name is "gate-engine"');
    expect(engineTextReason('# Release readiness\n\n> Run: `ge-1` · lane `full` · mode `strict` · gate-engine 0.1.0\n')).toContain('report');
    for (const text of ['{draft} notes: "schema": "gate-engine.full_suite_verdict.v1" in prose\n', '  schema: gate-engine.full_suite_verdict.v1\n', 'schema: acme.v1\nrunner: gate-engine.verify\n', '{"event":"run_started","run_id":"deploy-1","seq":1}\n', '{not json', 'engine:\n  name: gate-engine-runner\n', 'tools:\n  engine:\n    name: gate-engine\n', '[engine]\nname = "v8"\n[gate]\nname = "gate-engine"\n']) {
      expect(engineTextReason(text)).toBeUndefined();
    }
  });
});
