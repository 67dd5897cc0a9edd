// Release-text scanning benchmark (run after a build: `npm run build && node bench/release-texts.mjs [MB]`).
// Figures, not assertions. Scans MB (default 10) megabytes of Markdown release notes — 100 KB files of
// headings, lists, emphasis, links, inline HTML, code and a few planted forbidden claims — for the
// contract's phrases held to TIER-1, in process, and compares with the matcher this gate had before
// issue 11 (a verbatim copy below: lower-case, whitespace runs, `*_\`` ignored, dashes folded; no
// rendering, no Unicode folding).
import { foldPhrase, scanText } from '../dist/gates/claim-tier-order/scan.js';
import { phrasesFor } from '../dist/gates/claim-tier-order/language.js';
import { loadRenderer } from '../dist/src/text/rendered.js';

await loadRenderer();

const MB = Number(process.argv[2] ?? 10);
const FILE_BYTES = 100 * 1024;

const lp = (phrase, index) => ({ index, phrase, folded: foldPhrase(phrase) });
const PATTERNS = ['strict drop-in replacement for Node/Bun', 'fully Node-compatible and Bun-compatible without qualification', 'production-ready full runtime replacement without certification'];
const TIERS = [
  { tierId: 'TIER-1', allowed: ['Hosts the validated extension subset', 'Extension-host parity within the published scope'].map(lp), forbidden: ['Full Node/Bun replacement', 'General-purpose runtime parity'].map(lp) },
  { tierId: 'TIER-2', allowed: ['Runtime parity for the listed workloads', 'Parity on the declared compatibility matrix rows'].map(lp), forbidden: ['Drop-in replacement for every Node/Bun workload'].map(lp) },
  { tierId: 'TIER-3', allowed: ['Full runtime replacement, certified by every hard gate'].map(lp), forbidden: ['Replacement claim while a hard gate is open', 'Replacement claim backed by a stale verdict'].map(lp) },
];
const PHRASES = phrasesFor(TIERS, 0, PATTERNS.map(lp));

function releaseNotes(seed) {
  const sections = [];
  let size = 0;
  for (let i = 0; size < FILE_BYTES; i++) {
    const n = seed * 1000 + i;
    const block = [
      `## ${n >> 4}.${n & 15}.0 - 2026-03-${String((n % 28) + 1).padStart(2, '0')}`,
      '',
      '### Added',
      '',
      `- Extension host: the **module loader** honours \`exports\` conditions ([#${n}](https://example.com/pr/${n})).`,
      `- Conformance corpus grows to ${200 + (n % 50)} extensions; see <a href="docs/matrix.md">the matrix</a>.`,
      '- Capability policy denies raw sockets by default &mdash; opt in per extension.',
      '',
      '### Changed',
      '',
      `> Startup is ${n % 40}% faster on the extension corpus. Node and Bun workloads are measured separately.`,
      '',
      '```sh',
      `npx franken-node run --corpus tests/ext_conformance --shard ${n % 8}`,
      '```',
      '',
      i % 50 === 7 ? '- Now a strict drop\u2011in re<span>place</span>ment for Node/Bun.\n' : '',
    ].join('\n');
    sections.push(block);
    size += block.length;
  }
  return `# Changelog\n\n${sections.join('\n')}`;
}

// The pre-issue-11 matcher, verbatim in behaviour.
const IGNORED = new Set(['*', '_', '`']);
const DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
function oldFold(source) {
  let text = '';
  const offsets = [];
  let pending = -1;
  let at = 0;
  for (const ch of source) {
    const start = at;
    at += ch.length;
    if (IGNORED.has(ch)) continue;
    if (/^\s$/u.test(ch)) {
      if (text.length > 0 && pending === -1) pending = start;
      continue;
    }
    if (pending !== -1) {
      text += ' ';
      offsets.push(pending);
      pending = -1;
    }
    const folded = DASHES.test(ch) ? '-' : ch.toLowerCase();
    text += folded;
    for (let k = 0; k < folded.length; k++) offsets.push(start);
  }
  return { text, offsets };
}
function oldScan(source, phrases) {
  const folded = oldFold(source);
  let hits = 0;
  for (const p of phrases) {
    const needle = oldFold(p).text;
    for (let k = folded.text.indexOf(needle); k !== -1; k = folded.text.indexOf(needle, k + 1)) hits++;
  }
  return hits;
}

const files = [];
let bytes = 0;
for (let seed = 0; bytes < MB * 1024 * 1024; seed++) {
  const text = releaseNotes(seed);
  files.push(text);
  bytes += Buffer.byteLength(text);
}
// Wall time and CPU time (user + system): on a shared, loaded machine the CPU time is the figure that compares.
let cpu0 = process.cpuUsage();
const record = (name, ms, hits) => {
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(`${name.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(8)} s wall ${cpu.toFixed(2).padStart(7)} s CPU  ${((bytes / 1024 / 1024) / cpu).toFixed(2).padStart(7)} MB/s (CPU)  ${hits} hits`);
  cpu0 = process.cpuUsage();
};
console.log(`${files.length} Markdown files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${PHRASES.length} phrases`);

cpu0 = process.cpuUsage();
let t0 = performance.now();
let oldHits = 0;
for (const text of files) oldHits += oldScan(text, PHRASES.map((p) => p.phrase));
record('before: source text, lower-cased', performance.now() - t0, oldHits);

cpu0 = process.cpuUsage();
t0 = performance.now();
let newHits = 0;
for (const text of files) newHits += scanText(text, 'markdown', PHRASES).length;
record('after: rendered (markdown-it, parse5), folded', performance.now() - t0, newHits);
