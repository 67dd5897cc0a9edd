// The floor of a `verify` run with `extends: pi-agent-rust`: only the work no implementation can avoid.
// Reads and parses every artifact the preset reads, lists the same directories, reads (and decodes) every
// scanned source file, streams the tracker row by row, and writes outputs of the sizes the engine wrote.
//
//   node bench/floor.mjs <workspace> <out-dir> <sizes.json>
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

const [root, out, sizesFile] = process.argv.slice(2);
const JSON_ARTIFACTS = [
  'tests/ext_conformance/reports/gate/must_pass_gate_verdict.json',
  'tests/evidence_bundle/index.json',
  'tests/cross_platform_reports/linux/platform_report.json',
  'tests/ext_conformance/reports/regression_verdict.json',
  'tests/ext_conformance/reports/conformance_summary.json',
  'tests/full_suite_gate/sec_conformance_verdict.json',
  'tests/perf/reports/stress_triage.json',
  'docs/franken-node-claim-gating-contract.json',
  'docs/franken-node-kernel-extraction-boundary-manifest.json',
  'tests/full_suite_gate/franken_node_kernel_boundary_drift_report.json',
  'tests/perf/reports/parameter_sweeps.json',
  'tests/perf/reports/phase1_matrix_validation.json',
  'tests/full_suite_gate/practical_finish_checkpoint.json',
];
const TEXT_ARTIFACTS = ['README.md', 'CHANGELOG.md'];
const decoder = new TextDecoder('utf-8');
const read = (rel) => decoder.decode(readFileSync(join(root, rel)));

let sink = 0;
parseYaml(read('gate-engine.config.yaml'));
sink += Object.keys(parseToml(read('tests/suite_classification.toml'))).length;
for (const rel of JSON_ARTIFACTS) sink += Object.keys(JSON.parse(read(rel))).length;
for (const rel of TEXT_ARTIFACTS) sink += read(rel).length;

// suite_classification lists tests/; kernel_boundary walks src/ and reads every Rust file.
sink += readdirSync(join(root, 'tests')).length;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else if (entry.name.endsWith('.rs')) sink += decoder.decode(readFileSync(p)).length;
  }
};
walk(join(root, 'src'));

// The tracker, streamed: one row parsed at a time, constant memory.
{
  const fd = openSync(join(root, '.beads/issues.jsonl'), 'r');
  const chunk = Buffer.allocUnsafe(1 << 16);
  let carry = '';
  for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
    const lines = (carry + decoder.decode(chunk.subarray(0, n), { stream: true })).split('\n');
    carry = lines.pop();
    for (const line of lines) if (line !== '') sink += JSON.parse(line).id.length;
  }
  if (carry !== '') sink += JSON.parse(carry).id.length;
  closeSync(fd);
}

// Outputs of the same sizes, written the way the engine writes them (temp file + rename).
mkdirSync(out, { recursive: true });
for (const [name, bytes] of Object.entries(JSON.parse(readFileSync(sizesFile, 'utf8')))) {
  const dir = dirname(join(out, name));
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(name)}.tmp`);
  writeFileSync(tmp, Buffer.alloc(bytes, 0x61));
  renameSync(tmp, join(out, name));
}
if (sink < 0) console.log(sink);
