// Regenerates schemas/config.schema.json from the built gate definitions (run: npm run gen:schemas).
import { writeFileSync } from 'node:fs';
import { BUILTIN_GATES } from '../dist/gates/index.js';
import { composeConfigSchema } from '../dist/src/config/schema.js';

const target = new URL('../schemas/config.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(composeConfigSchema(BUILTIN_GATES), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
