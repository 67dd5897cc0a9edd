// Generators for benchmark inputs: large but realistic evidence trees, written to a temp dir.
import { mkdirSync, mkdtempSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempRoot(prefix) {
  return mkdtempSync(join(tmpdir(), `ge-bench-${prefix}-`));
}

/** A Rust-style repository with `count` test files spread over `dirs` directories, all classified. */
export function classificationWorkspace(count) {
  const root = tempRoot('suites');
  mkdirSync(join(root, 'tests'), { recursive: true });
  const stems = Array.from({ length: count }, (_, i) => `t${String(i).padStart(6, '0')}`);
  for (const stem of stems) writeFileSync(join(root, 'tests', `${stem}.rs`), '#[test] fn t() {}\n');
  const suites = { unit: [], vcr: [], e2e: [] };
  stems.forEach((s, i) => suites[['unit', 'vcr', 'e2e'][i % 3]].push(s));
  const toml = Object.entries(suites)
    .map(([name, files]) => `[suite.${name}]\nfiles = [\n${files.map((f) => `  "${f}",`).join('\n')}\n]\n`)
    .join('\n');
  writeFileSync(join(root, 'tests', 'suite_classification.toml'), toml);
  writeFileSync(join(root, 'gate-engine.config.yaml'), 'version: 1\ngates:\n  - type: suite_classification\n');
  return root;
}

/** An issue-tracker export of about `megabytes` MB, one JSON object per line. */
export function trackerJsonl(megabytes) {
  const root = tempRoot('jsonl');
  const path = join(root, 'issues.jsonl');
  const fd = openSync(path, 'w');
  let written = 0;
  let i = 0;
  const target = megabytes * 1024 * 1024;
  while (written < target) {
    let batch = '';
    for (let k = 0; k < 1000; k++, i++) {
      batch += `${JSON.stringify({ id: `bd-3ar8v.${i % 9}.${i}`, status: ['open', 'closed', 'in_progress', 'blocked'][i % 4], issue_type: i % 5 === 0 ? 'docs' : 'task', title: `Issue ${i}: make the thing measurably faster under load`, labels: ['perf', i % 7 === 0 ? 'report' : 'runtime'], priority: i % 4, estimate: 1.5 })}\n`;
    }
    writeSync(fd, batch);
    written += Buffer.byteLength(batch);
  }
  closeSync(fd);
  return { root, path: 'issues.jsonl', bytes: written, rows: i };
}
