/**
 * Moved to src/util/time.ts (src/artifacts uses it, and src/artifacts must not import src/core).
 * Kept only so branches written before the move still compile: `node scripts/sdk-imports.mjs`
 * points their imports at the new place. Import src/util/time.js (or, in a gate, src/sdk).
 */
export * from '../util/time.js';
