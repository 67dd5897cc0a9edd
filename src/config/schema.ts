import type { JsonSchema } from '../artifacts/schema.js';
import type { AnyGateDefinition } from '../core/types.js';
import { presetNames } from './presets.js';

export const GATE_ID_PATTERN = '^[a-z0-9][a-z0-9_.-]*$';
/** A gate type (built-in or from a plugin): what `type:` names in the config. */
export const GATE_TYPE_PATTERN = '^[a-z][a-z0-9_]*$';
const DURATION_PATTERN = '^\\d+\\s*(ms|s|m|h|d|w)$';

const gateEntry: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: {
    id: { type: 'string', pattern: GATE_ID_PATTERN, description: 'Unique gate id (default: the type). Used by --gate and in every output.' },
    type: { type: 'string', minLength: 1, description: 'Gate type: a built-in one, or one a module under `plugins:` defines.' },
    enabled: { type: 'boolean', description: 'false: the gate is not run and not listed (switches off a preset gate). Default true.' },
    title: { type: 'string', minLength: 1, description: 'Human name shown as `name` in the verdict.' },
    bead: { type: 'string', minLength: 1, description: 'Tracking issue id, shown in the verdict and report.' },
    blocking: { type: 'boolean', description: 'A failing blocking gate fails the run (default: the gate type\'s default, usually true).' },
    timeout: { type: 'string', pattern: DURATION_PATTERN, description: 'How long the gate may run, e.g. "30s" (default: defaults.timeout).' },
    reproduce: { type: 'string', minLength: 1, description: 'Command that reproduces this gate (default: the gate-engine command for this gate alone).' },
    remediation: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Steps shown in the report when the gate does not pass.' },
    options: { type: 'object', description: 'Options of the gate type (see its documentation).' },
    needs: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: GATE_ID_PATTERN },
      description: 'Gate ids this gate starts after (e.g. the command gate that produces the artifact it reads). Unknown ids and cycles are config errors.',
    },
    writes: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
      description: 'Command gates only: the paths (globs relative to the root) the command writes. Without it a command gate is a barrier: every later gate waits for it. With it, later gates wait only when they read those paths or list files.',
    },
  },
};

/** The config file's own shape; each gate's `options` is validated separately against its gate type. */
export const CONFIG_BASE_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://gate-engine.dev/schemas/config.schema.json',
  title: 'gate-engine configuration (gate-engine.config.yaml / .json)',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'gates'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Config format version. Must be 1.' },
    extends: { type: 'string', description: 'A built-in preset whose gates come first; entries in `gates` with the same id override them (options key by key; `null` unsets a preset value, `enabled: false` switches a preset gate off).' },
    output: {
      type: 'object',
      additionalProperties: false,
      properties: { dir: { type: 'string', minLength: 1, description: 'Output directory, relative to the root (default "gate-engine-out").' } },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: { timeout: { type: 'string', pattern: DURATION_PATTERN, description: 'Per-gate timeout (default "60s").' } },
    },
    gates: { type: 'array', items: gateEntry, description: 'The gates to run, in order.' },
    plugins: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
      description:
        'Modules that export custom gate types (gate definitions made with defineGate from gate-engine/sdk): a path relative to the root starting with ./ (e.g. ./gates/release-notes.js) or an installed package name. Their gates are configured under `gates:` like built-in ones; their options are validated with the plugin\'s own schema.',
    },
    waivers: {
      type: 'object',
      additionalProperties: false,
      required: ['sources'],
      description: 'Where waivers are declared. Without this section nothing can be waived.',
      properties: {
        sources: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
          description: 'Files holding [waiver.<gate_id>] tables (TOML) or a `waiver:` map (YAML/JSON), relative to the root. Every one must exist and parse. An empty list declares that there are no waivers.',
        },
        max_days: { type: 'integer', minimum: 1, maximum: 30, description: 'Longest allowed waiver, expires − created (default and maximum 30).' },
        expiring_soon_days: { type: 'integer', minimum: 0, maximum: 30, description: 'A waiver this close to expiry makes the waiver gate warn (default 3).' },
      },
    },
    reporters: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: '^(human|json|github|junit|sarif|gitlab)(:.+)?$' },
      description:
        'Reporters for verify, as `name` (stdout) or `name:file` (relative to the root): human, json, github, junit, sarif, gitlab. --format on the command line replaces this list; setting it also turns off the automatic github reporter under GITHUB_ACTIONS=true unless listed.',
    },
    rollback: {
      type: 'object',
      additionalProperties: false,
      description: 'Where rollback mode finds its declaration. Only read with --mode rollback.',
      properties: {
        file: { type: 'string', minLength: 1, description: 'Declaration file (YAML or JSON), relative to the root.' },
        declaration: { type: 'object', description: 'The declaration inline: reason, owner, incident, created, expires.' },
        max_hours: { type: 'integer', minimum: 1, maximum: 72, description: 'Longest allowed rollback (default and maximum 72).' },
      },
    },
  },
};

/**
 * The published schema (schemas/config.schema.json): the base plus, per gate type, its options
 * schema — so editors can complete and check options. Generated from the same definitions the
 * loader uses; a test keeps the checked-in file in sync.
 */
export function composeConfigSchema(gates: readonly AnyGateDefinition[]): JsonSchema {
  const types = gates.map((g) => g.type).sort();
  const entry = structuredClone(gateEntry);
  // Built-in types are offered for completion; any other type may come from a plugin (validated when the config loads).
  (entry.properties as Record<string, JsonSchema>).type = {
    anyOf: [{ enum: types }, { type: 'string', pattern: GATE_TYPE_PATTERN }],
    description: 'Gate type: a built-in one, or one a module under `plugins:` defines.',
  };
  entry.allOf = [...gates]
    .sort((a, b) => (a.type < b.type ? -1 : 1))
    .map((g) => ({
      if: { properties: { type: { const: g.type } }, required: ['type'] },
      then: { properties: { options: { ...g.optionsSchema, description: g.description } } },
    }));
  const schema = structuredClone(CONFIG_BASE_SCHEMA);
  (schema.properties as Record<string, JsonSchema>).extends = { enum: presetNames(), description: 'A built-in preset whose gates come first; entries in `gates` with the same id override them (options key by key; `null` unsets a preset value, `enabled: false` switches a preset gate off).' };
  (schema.properties as Record<string, JsonSchema>).gates = { type: 'array', items: entry, description: 'The gates to run, in order.' };
  return schema;
}
