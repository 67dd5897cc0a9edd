import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_GATES } from '../../gates/index.js';
import { validateSchema } from '../../src/artifacts/schema.js';
import { composeConfigSchema } from '../../src/config/schema.js';
import { REPO_ROOT } from '../helpers/fs.js';
import { parse } from 'yaml';

const published = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/config.schema.json'), 'utf8'));

describe('schemas/config.schema.json', () => {
  it('is generated from the gate definitions the loader uses (run `npm run gen:schemas` if this fails)', () => {
    expect(published).toEqual(composeConfigSchema(BUILTIN_GATES));
  });
  it('accepts the demo config and rejects a misspelt option, like the loader', () => {
    const demo = parse(readFileSync(join(REPO_ROOT, 'fixtures/demo/gate-engine.config.yaml'), 'utf8'));
    expect(validateSchema(published, demo)).toEqual([]);
    const typo = structuredClone(demo);
    typo.gates[0].options.test_glob = 'tests/*.rs';
    expect(validateSchema(published, typo).map((p) => p.message)).toContain('unknown field "test_glob"; did you mean "tests_glob"?');
  });
});
