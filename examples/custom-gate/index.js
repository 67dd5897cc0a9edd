// An example custom gate type, `release_notes`: the release notes file names the version being
// released and every entry of the changelog report carries a tracking issue. It uses only
// gate-engine/sdk — the same strict readers and value helpers the built-in gates use — so "3" is
// never the number 3, a blank or "TODO" entry is never content, and a missing file never passes.
import { defineGate, defineReasons, getAtPointer, numberAt, readDocumentChecked, textAt, pathOption, valueDetail, whereOf } from 'gate-engine/sdk';

export const reasons = defineReasons({
  version_not_mentioned: 'the release notes do not mention the version being released',
  entries_below_minimum: 'the changelog report lists fewer entries than the configured minimum',
});

export const releaseNotes = defineGate({
  type: 'release_notes',
  title: 'Release notes',
  description: 'The release notes mention the released version, and the changelog report has enough entries, each with a tracking issue.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['notes', 'report', 'version'],
    properties: {
      notes: pathOption('The release notes (Markdown), relative to the root.'),
      report: pathOption('The changelog report (JSON: { "count": <integer>, "entries": [{ "title", "issue" }] }).'),
      version: { type: 'string', minLength: 1, description: 'The version being released, e.g. "1.4.0".' },
      min_entries: { type: 'integer', minimum: 1, default: 1, description: 'Fewest changelog entries a release may have.' },
    },
  },
  artifactPath: (options) => options.report,
  remediation: ['Write the release notes for the version being released, and regenerate the changelog report.'],
  reasons,
  async evaluate(ctx, options) {
    const notes = await ctx.read.text(options.notes).catch((e) => {
      ctx.failFromError('notes', e);
      return undefined;
    });
    if (notes !== undefined) {
      if (notes.text.includes(options.version)) ctx.pass('notes', `${options.notes} mentions ${options.version}`, { path: options.notes });
      else ctx.fail('notes', 'version_not_mentioned', `${options.notes} does not mention ${options.version}`, { path: options.notes, expected: options.version, fix: `add the notes for ${options.version}` });
    }
    const report = await readDocumentChecked(ctx, { path: options.report }, 'report');
    if (report === undefined) return;
    const count = numberAt(ctx, 'count', report, '/count', { integer: true, min: 0 });
    if (count !== undefined) {
      if (count >= options.min_entries) ctx.pass('count', `${count} entries`, valueDetail(report, '/count'));
      else ctx.fail('count', 'entries_below_minimum', `${whereOf(report.path, report.locate('/count'))}: ${count} entries, at least ${options.min_entries} required`, { ...valueDetail(report, '/count'), expected: `>= ${options.min_entries}`, actual: count });
    }
    const entries = getAtPointer(report.value, '/entries');
    if (!entries.found || !Array.isArray(entries.value)) {
      ctx.fail('entry_issue', entries.found ? 'wrong_type' : 'missing_field', `${report.path}: /entries must be an array of { title, issue }`, { path: report.path, pointer: '/entries', expected: 'an array' });
      return;
    }
    entries.value.forEach((_, i) => {
      if (textAt(ctx, 'entry_issue', report, `/entries/${i}/issue`) !== undefined) ctx.pass('entry_issue', `entry ${i} has a tracking issue`);
    });
  },
});

export default [releaseNotes];
