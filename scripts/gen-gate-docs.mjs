// Regenerates the option and reason tables of docs/gates/<type>.md from the built gate definitions
// (run: npm run gen:docs). Only the block between the generated markers is rewritten; the prose
// around it is the author's. test/docs-gates.test.ts keeps the checked-in files in sync.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { BUILTIN_GATES } from '../dist/gates/index.js';
import { withGeneratedSection } from '../dist/src/runbook/tables.js';

for (const gate of BUILTIN_GATES) {
  const file = new URL(`../docs/gates/${gate.type}.md`, import.meta.url);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Gate \`${gate.type}\`\n\n${gate.description}\n`;
  const next = withGeneratedSection(text, gate);
  if (next !== text) {
    writeFileSync(file, next);
    console.log(`wrote ${file.pathname}`);
  }
}
