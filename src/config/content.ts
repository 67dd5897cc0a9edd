/**
 * Config strings that carry no content (DESIGN §9): a config is the contract a run is judged by, so
 * a value nobody filled in must stop the run (exit 2) instead of quietly deciding what passes.
 *
 * - Every string, anywhere in the resolved config, that is not empty yet blank (only whitespace,
 *   invisible or control characters), or that holds an unexpanded template variable (`${X}`,
 *   `{{ x }}`, `%X%`, `<x>`, `$X`, …: the engine expands nothing), is refused. Shell and prose
 *   fields (`run`, `env`, `reproduce`, `remediation`, `title`, `description`) and the
 *   `placeholder_words` list are left alone: a shell expands its own variables and prose decides
 *   nothing.
 * - Values evidence is compared against — every `allowed` entry, every `where` value, `schema_id`,
 *   `required` — and gate `id`, `bead` and `needs` must carry content: null, `""`, `[]`, `{}`, a blank
 *   string or a placeholder (`TODO`, `N/A`, `none`, … through {@link hollowReason}) is refused. An
 *   `allowed: [null]` or `allowed: ["TODO"]` would make a gate pass on a producer that wrote nothing.
 */
import { hollowReason } from '../artifacts/hollow.js';
import { MAX_AGE_CAP_MS, parseDuration } from '../util/time.js';
import { isBlank, templateReason } from '../util/text-classes.js';

export interface ContentProblem {
  pointer: string;
  message: string;
}

/** Keys whose strings are shell or prose: not checked. */
const FREE_TEXT_KEYS = new Set(['run', 'env', 'reproduce', 'remediation', 'title', 'description', 'placeholder_words']);

/** Keys whose value (or, for lists and `where`, each entry's value) must carry content. */
const VALUE_KEYS = new Set(['allowed', 'where', 'schema_id', 'required', 'needs']);

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function valueProblem(value: unknown): string | undefined {
  const why = hollowReason(value);
  return why === undefined ? undefined : `${JSON.stringify(value)} carries no content (${why}); a value nobody filled in must not decide what passes: write the real value or remove the entry`;
}

/**
 * (Also: a `max_age` anywhere longer than 400 days, {@link MAX_AGE_CAP_MS}, is refused: it would bound
 * nothing and silence the `age_unbounded` warning; so is a `max_run_length` that long, which would turn the check of a
 * re-stamped end beside an old start off.)
 */
/** Every content problem in a resolved config (`raw` after `extends`), with its JSON pointer. */
export function configContentProblems(raw: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Values compared against evidence, and gate identity.
  const gates = raw !== null && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>).gates) ? ((raw as Record<string, unknown>).gates as unknown[]) : [];
  gates.forEach((gate, i) => {
    if (gate === null || typeof gate !== 'object' || Array.isArray(gate)) return;
    const g = gate as Record<string, unknown>;
    for (const key of ['id', 'bead'] as const) {
      if (typeof g[key] === 'string') {
        const why = valueProblem(g[key]);
        if (why !== undefined) problems.push({ pointer: `/gates/${i}/${key}`, message: `gate ${key} ${why}` });
      }
    }
  });
  // Walk every value (iteratively): value keys fully, other strings for blank and templates.
  const stack: [unknown, string, string | undefined][] = [[raw, '', undefined]];
  while (stack.length > 0) {
    const [node, at, key] = stack.pop() as [unknown, string, string | undefined];
    if (key !== undefined && FREE_TEXT_KEYS.has(key)) continue;
    if (key !== undefined && VALUE_KEYS.has(key)) {
      const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, j) => [String(j), v]) : node !== null && typeof node === 'object' ? Object.entries(node) : [['', node]];
      for (const [sub, value] of entries) {
        const why = valueProblem(value);
        if (why !== undefined) problems.push({ pointer: sub === '' ? at : `${at}/${escape(sub)}`, message: `${key} ${why}` });
      }
    }
    if ((key === 'max_age' || key === 'max_run_length') && typeof node === 'string') {
      const parsed = parseDuration(node);
      if (parsed.ok && parsed.value > MAX_AGE_CAP_MS) {
        problems.push({ pointer: at, message: key === 'max_age' ? `max_age ${JSON.stringify(node)} is longer than 400 days: it bounds nothing a release cares about (and would silence the age_unbounded warning); use at most 400d, e.g. 7d` : `max_run_length ${JSON.stringify(node)} is longer than 400 days: no run lasts so long, so it would let a re-stamped end beside an old start pass; use at most 400d (the default is 14d)` });
        continue;
      }
    }
    if (typeof node === 'string') {
      if (node !== '' && isBlank(node)) problems.push({ pointer: at, message: `${JSON.stringify(node)} is blank (only whitespace, invisible or control characters); write the real value or remove the key` });
      else {
        const template = templateReason(node);
        if (template !== undefined) problems.push({ pointer: at, message: `${JSON.stringify(node)} holds ${template}; gate-engine expands no variables in its config: write the real value` });
      }
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const children: [string, unknown][] = Array.isArray(node) ? node.map((v, j) => [String(j), v]) : Object.entries(node);
    for (let j = children.length - 1; j >= 0; j--) {
      const [sub, value] = children[j] as [string, unknown];
      stack.push([value, `${at}/${escape(sub)}`, Array.isArray(node) ? undefined : sub]);
    }
  }
  // One problem per pointer (a value key's string is seen by both passes).
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.pointer) ? false : (seen.add(p.pointer), true)));
}
