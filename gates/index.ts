import type { AnyGateDefinition } from '../src/core/types.js';
import suiteClassification from './suite-classification.js';

/** Every built-in gate type, by the name used as `type:` in the config. */
export const BUILTIN_GATES: readonly AnyGateDefinition[] = [suiteClassification];
