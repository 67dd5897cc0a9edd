// The example plugin's own tests: the GateTester table, as a plugin author would write it.
import { describe, it } from 'vitest';
import { GateTester } from 'gate-engine/testing';
import { releaseNotes } from '../index.js';

const tester = new GateTester({ describe, it });
const options = { notes: 'NOTES.md', report: 'changelog.json', version: '1.4.0' };
const notes = '# 1.4.0\n\n- faster startup\n';

tester.run(releaseNotes, {
  valid: [
    { name: 'notes and report agree', files: { 'NOTES.md': notes, 'changelog.json': { count: 1, entries: [{ title: 'faster startup', issue: 'GH-12' }] } }, options },
    { name: 'no entries listed, count meets min_entries', files: { 'NOTES.md': notes, 'changelog.json': { count: 2, entries: [] } }, options: { ...options, min_entries: 2 } },
  ],
  invalid: [
    { name: 'the notes are for another version', files: { 'NOTES.md': '# 1.3.0\n', 'changelog.json': { count: 1, entries: [] } }, options, reason: 'version_not_mentioned', findings: [{ id: 'notes', code: 'version_not_mentioned' }] },
    { name: 'count written as a string', files: { 'NOTES.md': notes, 'changelog.json': { count: '3', entries: [] } }, options, reason: 'wrong_type', findings: [{ code: 'wrong_type', pointer: '/count', message: /found the string "3"|string/ }] },
    { name: 'an entry with a placeholder issue', files: { 'NOTES.md': notes, 'changelog.json': { count: 1, entries: [{ title: 'x', issue: 'TODO' }] } }, options, reason: 'placeholder', findings: [{ code: 'placeholder', pointer: '/entries/0/issue' }] },
    { name: 'the report is missing', files: { 'NOTES.md': notes }, options, reason: 'missing', findings: [{ id: 'report', code: 'missing' }] },
    { name: 'too few entries', files: { 'NOTES.md': notes, 'changelog.json': { count: 1, entries: [] } }, options: { ...options, min_entries: 3 }, reason: 'entries_below_minimum' },
  ],
});
