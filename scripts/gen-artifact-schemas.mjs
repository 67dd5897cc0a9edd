// Writes the JSON Schemas of artifacts built-in gates read, from the schemas the gates validate with
// (run: npm run gen:artifact-schemas). test/schemas/artifact-schemas.test.ts keeps them in sync.
import { writeFileSync } from 'node:fs';
import { ARTIFACT_SCHEMA_FILES } from '../dist/src/artifact-schema-files.js';

for (const { file, schema } of ARTIFACT_SCHEMA_FILES()) {
  const target = new URL(`../schemas/${file}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
