/**
 * A scenario fixture (fixtures/scenarios/<gate>/<name>/) as a GateTester case: its files, the
 * options of its one gate of that type, its clock and config sections, and — from expected.yaml —
 * the status, reason and failing/warning findings the gate must report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { FindingMatcher, InvalidCase, ValidCase } from '../../src/testing/index.js';
import { REPO_ROOT } from './fs.js';

function files(dir: string, root = dir, out: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) files(p, root, out);
    else if (entry.isFile()) {
      const rel = relative(root, p).split(sep).join('/');
      if (rel !== 'expected.yaml' && rel !== 'gate-engine.config.yaml') out[rel] = readFileSync(p);
    } else throw new Error(`scenario ${dir} holds a link (${entry.name}); GateTester cases are plain files`);
  }
  return out;
}

interface Expected {
  now?: string;
  env?: Record<string, string>;
  gates: Record<string, { status: string; raw_status?: string; reason?: string; findings?: (FindingMatcher & { message_includes?: string })[] }>;
}

function load(type: string, name: string) {
  const dir = join(REPO_ROOT, 'fixtures/scenarios', type, name);
  const config = parse(readFileSync(join(dir, 'gate-engine.config.yaml'), 'utf8')) as { gates: { id?: string; type: string; options?: Record<string, unknown> }[] } & Record<string, unknown>;
  const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as Expected;
  const entry = config.gates.find((g) => g.type === type);
  const others = config.gates.filter((g) => g !== entry);
  if (entry === undefined) throw new Error(`scenario ${type}/${name} has no ${type} gate`);
  const want = expected.gates[entry.id ?? entry.type];
  if (want === undefined) throw new Error(`scenario ${type}/${name}: expected.yaml says nothing about ${entry.id ?? entry.type}`);
  const { gates: _gates, version: _version, ...rest } = config;
  const sections = others.length > 0 ? { ...rest, gates: others } : rest;
  const { type: _type, options: _options, ...fields } = entry;
  const base = {
    name: `${name} (scenario)`,
    files: files(dir),
    options: entry.options ?? {},
    entry: { id: entry.id ?? entry.type, ...fields },
    ...(expected.now !== undefined ? { now: String(expected.now) } : {}),
    ...(expected.env !== undefined ? { env: expected.env } : {}),
    ...(Object.keys(sections).length > 0 ? { config: sections } : {}),
  };
  return { base, want };
}

/** A scenario the gate passes (or only warns on, e.g. evidence without a generated_at). */
export function validScenario(type: string, name: string): ValidCase {
  const { base, want } = load(type, name);
  const raw = want.raw_status ?? want.status;
  if (raw !== 'pass' && raw !== 'warn') throw new Error(`scenario ${type}/${name} is not a passing scenario (${raw})`);
  return { ...base, status: raw };
}

/** A scenario the gate fails, with the reason and findings its expected.yaml records. */
export function invalidScenario(type: string, name: string): InvalidCase {
  const { base, want } = load(type, name);
  const raw = want.raw_status ?? want.status;
  if (want.reason === undefined || (raw !== 'fail' && raw !== 'warn' && raw !== 'skip')) throw new Error(`scenario ${type}/${name} is not a failing scenario (${raw})`);
  const matcher = ({ message_includes, ...rest }: FindingMatcher & { message_includes?: string }): FindingMatcher =>
    message_includes === undefined ? rest : { ...rest, message: new RegExp(message_includes.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) };
  return { ...base, reason: want.reason, status: raw, findings: (want.findings ?? []).map(matcher) };
}
