/**
 * `gate-engine config`: the config as the engine will run it — the preset merged with the file,
 * the gate types' defaults filled in — and where every value came from (preset, file or default),
 * so an override that did not take, or a preset value nobody noticed, is visible before a run.
 */
import { loadConfig, displayPath, type LoadedConfig } from '../config/load.js';
import type { ValueSource } from '../config/presets.js';
import { resolve } from 'node:path';
import { gateTypeRegistry } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { CONFIG_HELP } from './help.js';
import type { CliIO } from './main-run.js';
import { guardForGithub } from './reporting.js';

export const RESOLVED_CONFIG_SCHEMA = 'gate-engine.resolved_config.v1';

interface Sourced {
  value: unknown;
  from: ValueSource;
}

export interface ResolvedConfig {
  schema: typeof RESOLVED_CONFIG_SCHEMA;
  config_path: string;
  extends: string | null;
  output_dir: Sourced;
  waivers: Sourced | null;
  gates: {
    id: string;
    type: string;
    entry: 'preset' | 'preset+file' | 'file';
    fields: Record<string, Sourced>;
    options: Record<string, Sourced>;
    unset: string[];
  }[];
  disabled: { id: string; entry: 'preset+file' | 'file'; pointer: string }[];
}

/** The resolved config as data: every gate field and option with its value and where it came from. */
export function describeConfig(config: LoadedConfig, cwd: string): ResolvedConfig {
  const r = config.resolution;
  const gates = config.gates.map((g) => {
    const prov = r?.gates[g.id];
    const from = (kind: 'fields' | 'options', key: string): ValueSource => prov?.[kind][key] ?? 'default';
    const fields: Record<string, Sourced> = {
      title: { value: g.title, from: from('fields', 'title') },
      blocking: { value: g.blocking, from: from('fields', 'blocking') },
      timeout_ms: { value: g.timeoutMs, from: from('fields', 'timeout') },
      ...(g.bead !== undefined ? { bead: { value: g.bead, from: from('fields', 'bead') } } : {}),
      ...(g.reproduce !== undefined ? { reproduce: { value: g.reproduce, from: from('fields', 'reproduce') } } : {}),
      ...(g.remediation.length > 0 ? { remediation: { value: g.remediation, from: from('fields', 'remediation') } } : {}),
    };
    const options = Object.fromEntries(Object.keys(g.options).sort().map((k) => [k, { value: g.options[k], from: from('options', k) }]));
    return { id: g.id, type: g.type, entry: prov?.entry ?? 'file', fields, options, unset: prov?.unset ?? [] };
  });
  const section = (name: string): ValueSource => r?.sections[name] ?? 'default';
  return {
    schema: RESOLVED_CONFIG_SCHEMA,
    config_path: displayPath(config.path, cwd),
    extends: r?.extends ?? null,
    output_dir: { value: config.outputDir, from: section('output') },
    waivers: config.waivers ? { value: { sources: config.waivers.sources, ...(config.waivers.maxDays !== undefined ? { max_days: config.waivers.maxDays } : {}), ...(config.waivers.expiringSoonDays !== undefined ? { expiring_soon_days: config.waivers.expiringSoonDays } : {}) }, from: section('waivers') } : null,
    gates,
    disabled: r?.disabled ?? [],
  };
}

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Control characters never reach the terminal as such.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
};

export function renderConfig(c: ResolvedConfig): string {
  const lines = [`config: ${c.config_path}${c.extends !== null ? ` (extends ${c.extends})` : ''}`];
  lines.push(`output.dir: ${show(c.output_dir.value)}  [${c.output_dir.from}]`);
  lines.push(c.waivers ? `waivers: ${show(c.waivers.value)}  [${c.waivers.from}]` : 'waivers: none configured (nothing can be waived)');
  lines.push(`gates (${c.gates.length}${c.disabled.length > 0 ? `, ${c.disabled.length} disabled` : ''}):`);
  for (const g of c.gates) {
    lines.push(`  ${g.id}  (${g.type}; ${g.entry === 'preset+file' ? 'preset gate, overridden in the file' : g.entry === 'preset' ? 'preset gate' : 'defined in the file'})`);
    for (const [k, v] of Object.entries(g.fields)) lines.push(`    ${k}: ${show(v.value)}  [${v.from}]`);
    for (const [k, v] of Object.entries(g.options)) lines.push(`    options.${k}: ${show(v.value)}  [${v.from}]`);
    for (const u of g.unset) lines.push(`    ${u}: unset by the file (null)`);
  }
  for (const d of c.disabled) lines.push(`  ${d.id}  disabled (enabled: false at ${d.pointer} of the file): not run, not listed`);
  lines.push('', 'Sources: [preset] the preset named by extends, [file] the config file, [default] the gate type\'s or the engine\'s default.');
  return `${lines.join('\n')}\n`;
}

export async function configCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('config', argv, { root: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(CONFIG_HELP);
    return 0;
  }
  const root = resolve(io.cwd, values.root ?? '.');
  const config = await loadConfig({ root, cwd: io.cwd, gateTypes: gateTypeRegistry(), ...(values.config !== undefined ? { config: values.config } : {}) });
  const described = describeConfig(config, io.cwd);
  io.stdout(values.json ? `${JSON.stringify(described, null, 2)}\n` : guardForGithub(renderConfig(described), io.env));
  return 0;
}
