import { ArtifactError } from './errors.js';
import { checkFreshness, type FreshnessOptions } from './freshness.js';
import { displayPointer, validateSchema, type JsonSchema } from './schema.js';
import { describeType } from '../util/time.js';
import { getAtPointer } from '../util/pointer.js';
import { refuseLookalikeKeys } from './lookalike-keys.js';

export interface DocumentExpectations {
  /** JSON Schema the parsed document must satisfy. */
  schema?: JsonSchema;
  /** Value the document's own schema-id field must carry, e.g. `pi.perf.parameter_sweeps.v1`. */
  schemaId?: string;
  /** Where the schema id lives (default `/schema`). */
  schemaIdPointer?: string;
  freshness?: FreshnessOptions;
}

export interface DocumentFacts {
  schema?: string;
  generated_at?: string;
}

type Locate = (pointer: string) => { line: number; column: number } | undefined;

/**
 * The checks every structured artifact gets after parsing, in the order that gives the most useful
 * first error: keys that read alike (a duplicate the parser could not see), wrong kind of document (schema id) before its shape, shape before its age.
 */
export function validateDocument(path: string, value: unknown, now: Date, expect: DocumentExpectations, locate?: Locate): DocumentFacts {
  refuseLookalikeKeys(path, value, locate === undefined ? {} : { locate });
  const facts: DocumentFacts = {};
  const idPointer = expect.schemaIdPointer ?? '/schema';
  const id = getAtPointer(value, idPointer);
  if (id.found && typeof id.value === 'string') facts.schema = id.value;
  if (expect.schemaId !== undefined && !(id.found && id.value === expect.schemaId)) {
    const found = id.found ? describeType(id.value) : 'no schema id';
    throw new ArtifactError('schema', `${path}: expected schema id "${expect.schemaId}" at ${idPointer}, found ${found}`, {
      path,
      pointer: idPointer,
      ...locate?.(idPointer),
      expected: expect.schemaId,
      actual: id.found ? id.value : 'absent',
      fix: `regenerate ${path} with a producer that writes ${expect.schemaId}, or point the config at the right artifact`,
    });
  }
  if (expect.schema !== undefined) {
    const problems = validateSchema(expect.schema, value);
    const first = problems[0];
    if (first) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more schema problem${problems.length > 2 ? 's' : ''})` : '';
      const where = locate?.(first.pointer) ?? locate?.(parentPointer(first.pointer));
      throw new ArtifactError('schema', `${path}: ${displayPointer(first.pointer)} ${first.message}${more}`, {
        path,
        pointer: first.pointer,
        ...where,
        expected: first.expected,
        actual: first.actual,
        fix: `make ${path} conform to its schema${expect.schemaId ? ` ${expect.schemaId}` : ''}`,
      });
    }
  }
  if (expect.freshness !== undefined) facts.generated_at = checkFreshness(path, value, now, expect.freshness);
  return facts;
}

function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}
