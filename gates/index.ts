import type { AnyGateDefinition } from '../src/sdk/index.js';
import artifactLineage from './artifact-lineage/index.js';
import artifactPresent from './artifact-present.js';
import artifactStatus from './artifact-status.js';
import claimTierOrder from './claim-tier-order/index.js';
import command from './command/index.js';
import jsonSchema from './json-schema.js';
import kernelBoundary from './kernel-boundary/index.js';
import parameterSweepsIntegrity from './parameter-sweeps-integrity/index.js';
import practicalFinishCheckpoint from './practical-finish/index.js';
import suiteClassification from './suite-classification/index.js';
import threshold from './threshold.js';
import waiverLifecycle from './waiver-lifecycle.js';

/** Every built-in gate type, by the name used as `type:` in the config. */
export const BUILTIN_GATES: readonly AnyGateDefinition[] = withWarnReasons([
  suiteClassification,
  artifactPresent,
  artifactStatus,
  threshold,
  jsonSchema,
  artifactLineage,
  command,
  claimTierOrder,
  kernelBoundary,
  waiverLifecycle,
  parameterSweepsIntegrity,
  practicalFinishCheckpoint,
]);

/** A built-in gate warns only with the codes it declares: one that declares none warns with none (but age_unbounded). */
function withWarnReasons(gates: AnyGateDefinition[]): AnyGateDefinition[] {
  for (const g of gates) if (g.warnReasons === undefined) Object.assign(g, { warnReasons: [] });
  return gates;
}
