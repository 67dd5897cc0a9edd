// A workspace in the reference project's layout (fixtures/reference-layout, `extends: pi-agent-rust`) grown to
// `scale` times the reference project's size: 125 Rust modules (~10 MB of source), 260 test files, a 1 MB
// tracker export at 1×. Every gate passes on it, so the bench measures the cost of a green run.
//
//   node bench/reference-workspace.mjs <scale> [dir]     prints the workspace directory
import { cpSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, writeSync, rmSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tempRoot } from './workspace.mjs';

export const NOW = '2026-03-10T12:00:00Z';
const REFERENCE = join(import.meta.dirname, '..', 'fixtures', 'reference-layout');
const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'gate-engine.cjs');
const MANIFEST = 'docs/franken-node-kernel-extraction-boundary-manifest.json';
const DRIFT_REPORT = 'tests/full_suite_gate/franken_node_kernel_boundary_drift_report.json';
const CHECKPOINT = 'tests/full_suite_gate/practical_finish_checkpoint.json';

/** Per 1×: the reference project's size (the 100× tree of the issue: 12.5k Rust modules, 26k test files). */
const MODULES_PER_SCALE = 118; // + the 7 hand-written modules of the fixture ≈ 125
const TESTS_PER_SCALE = 256; // + the 4 of the fixture = 260
const TRACKER_BYTES_PER_SCALE = 1024 * 1024;
const BLOCKS_PER_MODULE = 68; // ≈ 85 KB per generated module

/** Where each domain's generated modules live (a directory of its own, declared from lib.rs). */
const DOMAIN_DIRS = {
  reactor_scheduler: 'reactor_gen',
  hostcall_queueing: 'queue_gen',
  hostcall_execution: 'exec_gen',
  extension_dispatch: 'dispatch_gen',
  extension_runtime_js: 'js_gen',
  session_orchestration: 'session_gen',
  context_and_diagnostics: 'cx_gen',
};

/** One chunk of realistic Rust: items, generics, lifetimes, strings and comments that mention paths, a macro. */
function block(m, b) {
  return `
/// Handles case ${b} of module ${m}. Never \`use crate::session::store::Store\` from here; see docs.
#[derive(Debug, Clone, PartialEq)]
pub struct Record${b}<'a> {
    pub id: u64,
    pub name: &'a str,
    pub tags: Vec<String>,
    pub weights: HashMap<String, f64>,
}

impl<'a> Record${b}<'a> {
    pub fn new(id: u64, name: &'a str) -> Self {
        Self { id, name, tags: Vec::new(), weights: HashMap::new() }
    }

    /* A block comment with "quotes" and a path: crate::hostcall::queue::Queue */
    pub fn score(&self, ctx: &Context) -> Result<f64, String> {
        let label = format!("record-{}-{}", self.id, "use crate::session::Store;");
        let raw = r#"{"kind": "record", "module": ${m}, "case": ${b}}"#;
        let quote = '"';
        match self.id % 4 {
            0 => Ok(self.weights.values().sum::<f64>() + label.len() as f64),
            1 => Ok(raw.len() as f64 * 0.5 + quote as u32 as f64),
            2 if !self.tags.is_empty() => Ok(self.tags.len() as f64),
            _ => Err(format!("unscored {} in {}", self.name, ctx.run_id)),
        }
    }
}

pub fn helper_${b}(items: &[u64]) -> u64 {
    items.iter().copied().filter(|x| x % ${(b % 7) + 2} == 0).map(|x| x.wrapping_mul(${b + 3})).sum()
}
`;
}

function generatedModule(dir, m, count) {
  const previous = m > 0 ? `use super::m${m - 1}::helper_0;\n` : '';
  const sibling = count > 2 ? `use crate::${dir}::m${(m * 7 + 1) % count}::Record1 as Sibling;\n` : '';
  let text = `//! Generated module ${m} of ${dir}.\nuse std::collections::HashMap;\n\nuse crate::agent_cx::Context;\n${previous}${sibling}`;
  for (let b = 0; b < BLOCKS_PER_MODULE; b++) text += block(m, b);
  return text;
}

export function writeTracker(path, bytes) {
  const fd = openSync(path, 'a');
  let written = 0;
  let i = 0;
  while (written < bytes) {
    let batch = '';
    for (let k = 0; k < 500; k++, i++) {
      // Closed issues under the epic and open ones elsewhere: the checkpoint's counts do not change.
      const row = i % 2 === 0
        ? { id: `bd-3ar8v.9.${i}`, status: 'closed', issue_type: 'task', title: `Tune hot path ${i} of the runtime`, labels: ['perf-3x'] }
        : { id: `bd-x${i}`, status: ['open', 'in_progress', 'blocked'][i % 3], issue_type: 'bug', title: `Unrelated issue ${i} outside the epic`, labels: ['triage'] };
      batch += `${JSON.stringify(row)}\n`;
    }
    writeSync(fd, batch);
    written += Buffer.byteLength(batch);
  }
  closeSync(fd);
}

/** Builds the workspace; returns its directory. `scale` may be fractional (0.1 for a smoke test). `cli` seeds the committed reports. */
export function referenceWorkspace(scale, dir = tempRoot(`ref${scale}x`), cli = CLI) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(REFERENCE, dir, { recursive: true });
  rmSync(join(dir, 'gate-engine-out'), { recursive: true, force: true });

  // Rust modules, spread over the seven domains; each domain's directory is declared in lib.rs.
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  const totalModules = Math.max(7, Math.round(MODULES_PER_SCALE * scale));
  const domains = manifest.boundary_domains;
  let lib = readFileSync(join(dir, 'src/lib.rs'), 'utf8');
  domains.forEach((domain, d) => {
    const sub = DOMAIN_DIRS[domain.domain_id];
    const count = Math.floor(totalModules / domains.length) + (d < totalModules % domains.length ? 1 : 0);
    mkdirSync(join(dir, 'src', sub), { recursive: true });
    const decls = [];
    for (let m = 0; m < count; m++) {
      writeFileSync(join(dir, 'src', sub, `m${m}.rs`), generatedModule(sub, m, count));
      decls.push(`pub mod m${m};`);
      domain.current_modules.push(`src/${sub}/m${m}.rs`);
    }
    writeFileSync(join(dir, 'src', sub, 'mod.rs'), `//! Generated modules of ${domain.domain_id}.\n${decls.join('\n')}\n`);
    domain.current_modules.push(`src/${sub}/mod.rs`);
    lib += `pub mod ${sub};\n`;
  });
  writeFileSync(join(dir, 'src/lib.rs'), lib);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

  // Test files, every one classified.
  const stems = Array.from({ length: Math.round(TESTS_PER_SCALE * scale) }, (_, i) => `gen_${String(i).padStart(6, '0')}`);
  for (const stem of stems) writeFileSync(join(dir, 'tests', `${stem}.rs`), `#[test]\nfn ${stem}() {\n    assert_eq!(1 + 1, 2);\n}\n`);
  const toml = readFileSync(join(dir, 'tests/suite_classification.toml'), 'utf8').replace(
    /(\[suite\.unit\]\nfiles = \[)([^\]]*)\]/,
    (_, head, list) => `${head}${[...JSON.parse(`[${list}]`), ...stems].sort().map((s) => `"${s}"`).join(', ')}]`,
  );
  writeFileSync(join(dir, 'tests/suite_classification.toml'), toml);

  writeTracker(join(dir, '.beads/issues.jsonl'), Math.round(TRACKER_BYTES_PER_SCALE * scale));

  // The committed drift report and checkpoint must agree with this tree: take them from a run of the engine.
  const out = join(dir, '..', `${dir.split('/').pop()}-seed-out`);
  let seed = '';
  try {
    execFileSync(process.execPath, [cli, 'verify', '--root', dir, '--out', out, '--now', NOW, '--json'], { stdio: 'pipe', maxBuffer: 1 << 30 });
  } catch (e) {
    // Fails until the committed reports are refreshed, which is what happens next.
    seed = String(e.stderr ?? '').trim().split('\n').slice(-2).join(' / ');
  }
  for (const name of ['franken_node_kernel_boundary_drift_report.json', 'practical_finish_checkpoint.json']) {
    if (!existsSync(join(out, name))) throw new Error(`seeding ${dir} failed: ${cli} did not write ${name} (a gate timed out or crashed?) ${seed}`);
  }
  cpSync(join(out, 'franken_node_kernel_boundary_drift_report.json'), join(dir, DRIFT_REPORT));
  cpSync(join(out, 'practical_finish_checkpoint.json'), join(dir, CHECKPOINT));
  rmSync(out, { recursive: true, force: true });
  return dir;
}

/** Bytes of Rust source and number of files under src/ (what the floor reads). */
export function sourceStats(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.rs')) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(join(dir, 'src'));
  return { bytes, files };
}

if (process.argv[1] === import.meta.filename) {
  const scale = Number(process.argv[2] ?? '1');
  console.log(referenceWorkspace(scale, process.argv[3]));
}
