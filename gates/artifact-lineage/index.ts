/**
 * artifact_lineage — evidence from different runs cannot be mixed into one release decision, and
 * placeholders cannot pass as evidence.
 *
 * The reference project's `conformance_stress_lineage` gate only checked that two artifacts each had
 * a non-empty run_id and correlation_id — never that they were the *same* run — and its
 * `ext_must_pass` rule (correlation_id contains run_id) lived in one gate only. Nothing compared an
 * artifact's git SHA with the checked-out commit. And in the pipeline this engine learned from, an
 * all-zero artifact hash and a `…placeholder….joblib` URI were accepted as real evidence. This gate
 * reads every artifact, reports every problem in one run, and never compares a placeholder as if it
 * were a value.
 */
import { posix } from 'node:path';
import { CURRENT_RUN_ENV_OPTION, defineGate, fileIdentity, MAX_AGE_OPTION, plural } from '../../src/sdk/index.js';
import {
  allOf,
  checkCorrelationContainsRunId,
  checkCurrentRun,
  checkHead,
  checkPlaceholders,
  collectFields,
  compareField,
  DEFAULT_PLACEHOLDER_WORDS,
  type Doc,
  LINEAGE_FIELDS,
  type LineageField,
  POINTER,
  POINTER_OR_ROOT,
} from './lineage.js';
export { LINEAGE_FIELDS, type LineageField, DEFAULT_PLACEHOLDER_WORDS, placeholderReason, shaMatches } from './lineage.js';

export interface ArtifactLineageOptions {
  artifacts: string[];
  fields: Record<LineageField, string>;
  require: LineageField[];
  match_head: boolean;
  correlation_contains_run_id: boolean;
  placeholder_fields: string[];
  placeholder_words: string[];
  /** Maximum age of every artifact, from its `/generated_at`. */
  max_age?: string;
  /** The environment variable holding the current CI run's id: every correlation_id must contain it. */
  current_run_env?: string;
}

export default defineGate<ArtifactLineageOptions>({
  type: 'artifact_lineage',
  title: 'Artifact lineage',
  description: 'Artifacts that feed one release decision come from the same run (run_id, correlation_id, git SHA — optionally the checked-out HEAD) and carry no placeholder evidence.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['artifacts'],
    properties: {
      artifacts: {
        type: 'array',
        minItems: 2,
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
        description: 'JSON/YAML/TOML artifacts (by extension), relative to the root, that must share one lineage.',
      },
      fields: {
        type: 'object',
        additionalProperties: false,
        default: {},
        properties: {
          run_id: { type: 'string', pattern: POINTER, default: '/run_id', description: 'JSON pointer of the run id.' },
          correlation_id: { type: 'string', pattern: POINTER, default: '/correlation_id', description: 'JSON pointer of the correlation id.' },
          git_sha: { type: 'string', pattern: POINTER, default: '/git_sha', description: 'JSON pointer of the commit SHA the artifact describes.' },
        },
        description: 'Where each lineage field lives in the artifacts (the same pointer in every artifact).',
      },
      require: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { enum: [...LINEAGE_FIELDS] },
        default: ['run_id', 'correlation_id'],
        description: 'Fields every artifact must carry. Fields not listed are compared among the artifacts that carry them.',
      },
      match_head: { type: 'boolean', default: false, description: 'Every artifact\'s git_sha must be the checked-out HEAD (makes git_sha required).' },
      correlation_contains_run_id: {
        type: 'boolean',
        default: false,
        description: 'Each artifact\'s correlation_id must contain its run_id (the reference ext_must_pass rule; makes both required).',
      },
      placeholder_fields: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', pattern: POINTER_OR_ROOT },
        default: [],
        description: 'JSON pointers whose string leaves (recursively) must not be placeholders, e.g. /artifacts for digests and URIs. Each must exist in at least one artifact and hold some text in one (no text at all is `vacuous`).',
      },
      current_run_env: {
        ...CURRENT_RUN_ENV_OPTION,
        description: 'Name of the environment variable holding the id of the CI run being judged (e.g. GITHUB_RUN_ID, or the correlation id the pipeline hands its producers): every artifact\'s correlation_id must contain it as a whole token, so a consistent set of artifacts from an earlier run fails. A short id (under 6 characters, such as a run number) ties only after a run marker (run-4) or as the artifact\'s run_id. Unset or blank in the environment is a failure. Makes correlation_id required.',
      },
      max_age: { ...MAX_AGE_OPTION, description: 'Maximum age of every artifact, such as "7d", measured from its `/generated_at` (RFC 3339, required when set): artifacts of one old run agree with each other too.' },
      placeholder_words: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
        default: DEFAULT_PLACEHOLDER_WORDS,
        description: 'Words that mark a value as a placeholder (whole words, case-insensitive).',
      },
    },
  },
  artifactPath: (options) => options.artifacts[0],
  remediation: [
    'Regenerate the artifacts named in the findings in one CI run, so they share run_id and correlation_id (and git_sha).',
    'With current_run_env: produce the artifacts in the run being judged (and export its id in that variable); artifacts restored from a cache or an earlier run are not evidence for this one.',
    'With match_head: regenerate artifacts from the commit being released; stale artifacts from another commit are not evidence for this one.',
    'Replace placeholder values (all-zero digests, "TODO", "placeholder" URIs) with the real outputs of the pipeline; never write a stand-in to make a consumer parse.',
  ],
  evidenceReasons: ['same_file'],
  reasons: {
    same_file: 'two listed artifacts are one real file (a symlink, a hard link or another spelling), so lineage between them proves nothing',
  },
  async evaluate(ctx, options) {
    const required = new Set<LineageField>(options.require);
    if (options.match_head) required.add('git_sha');
    if (options.correlation_contains_run_id) {
      required.add('run_id');
      required.add('correlation_id');
    }
    if (options.current_run_env !== undefined) required.add('correlation_id');

    // `a.json` and `./a.json` are one artifact: comparing a file with itself proves nothing. So are a
    // symlink and its target, and two hard links to one file: identity is the real file, not its name.
    const spelled = [...new Map(options.artifacts.map((p) => [posix.normalize(p).replace(/\/$/, ''), p])).values()];
    const identities = await Promise.all(spelled.map((p) => fileIdentity(ctx.root, p)));
    const firstNamed = new Map<string, string>();
    const paths: string[] = [];
    const aliases: [string, string][] = [];
    spelled.forEach((p, i) => {
      const id = identities[i];
      const earlier = id === undefined ? undefined : firstNamed.get(id);
      if (earlier !== undefined) {
        aliases.push([p, earlier]);
        return;
      }
      if (id !== undefined) firstNamed.set(id, p);
      paths.push(p);
    });
    for (const [p, earlier] of aliases) {
      ctx.fail('distinct_artifacts', 'same_file', `${p} and ${earlier} are one real file (a link or another spelling); lineage between a file and itself proves nothing`, {
        path: p,
        expected: 'distinct artifact files',
        actual: `${p} -> the same file as ${earlier}`,
        fix: `list the artifact once, and point the gate at the artifact of the other producer instead of a link to ${earlier}`,
      });
    }
    if (paths.length < 2) {
      ctx.fail('distinct_artifacts', 'vacuous', `the artifacts option names ${plural(paths.length, 'distinct file')}; lineage needs at least two to compare`, {
        expected: 'at least 2 distinct artifacts',
        actual: options.artifacts,
        fix: 'list each artifact once, by one path',
      });
      return;
    }

    const maxAge = options.max_age?.trim();
    const settled = await Promise.allSettled(paths.map((p) => ctx.read.document(p, { ...(maxAge !== undefined ? { maxAge } : {}), runIdPointers: [options.fields.run_id, options.fields.correlation_id] })));
    const docs: Doc[] = [];
    settled.forEach((s) => {
      if (s.status === 'fulfilled') docs.push({ path: s.value.path, artifact: s.value });
      else ctx.failFromError('artifact_readable', s.reason);
    });
    if (docs.length === paths.length) ctx.pass('artifact_readable', `${allOf(docs.length, paths.length)} read`);

    const { usable, placeholders } = collectFields(ctx, docs, paths.length, options, required);
    const values = (f: LineageField) => usable.get(f) ?? [];
    for (const field of LINEAGE_FIELDS) compareField(ctx, field, values(field), docs.length);
    if (options.match_head) await checkHead(ctx, values('git_sha'));
    if (options.correlation_contains_run_id) checkCorrelationContainsRunId(ctx, values('run_id'), values('correlation_id'));
    if (options.current_run_env !== undefined) checkCurrentRun(ctx, options.current_run_env, values('correlation_id'), values('run_id'));
    checkPlaceholders(ctx, docs, options, placeholders);
  },
});
