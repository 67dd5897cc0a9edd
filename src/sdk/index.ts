/**
 * gate-engine/sdk — everything a gate needs, and the only module a gate imports (built-in gates
 * included; test/architecture.test.ts enforces it). The implementations live where the engine uses
 * them; this module is the public contract over them, in the spirit of ESLint's rule API and
 * Spectral's function API: one contract for core and plugins alike.
 *
 * - defining a gate: `defineGate`, `defineReasons`, the context and result types;
 * - reading evidence: `ctx.read` (the checked readers) and `readDocumentChecked`;
 * - strict values: `numberAt`, `textAt`, `dateAt`, `getAtPointer`, `parseRfc3339`, `zeroInstantReason`, `parseStrictDate`,
 *   `parseDuration`, `isBlank`, `placeholderReason`, `classifyText`;
 * - findings: `failMissingField`, `failIfImprecise`, `selectPointer`, `valueDetail`, `whereOf`, `showValue`;
 * - option schemas: `pathOption`, `pointerOption`, `formatOption`, `SCHEMA_ID_OPTION`, `MAX_AGE_OPTION`, `MAX_RUN_LENGTH_OPTION`, `DATE_FIELD_OPTION`.
 */
import type { GateDefinition } from '../core/types.js';
import { defineGate as defineCoreGate } from '../core/types.js';

// --- Defining a gate ----------------------------------------------------------------------------
export type {
  AnyGateDefinition,
  ArtifactRecord,
  CheckDetail,
  CheckResult,
  CheckStatus,
  GateContext,
  GateDefinition,
  GateResult,
  GateStatus,
  GateWaiver,
  RawStatus,
  WaiverBook,
  WaiverEntry,
  WaiverProblem,
} from '../core/types.js';

/** Declare a gate: type, title, options schema, reasons, evaluate. Identity at run time; it types `options`. */
export function defineGate<Options>(definition: GateDefinition<Options>): GateDefinition<Options> {
  return defineCoreGate(definition);
}

/** Declare a gate's own reason codes (code → what it means) keeping the codes as a literal type. */
export function defineReasons<const T extends Record<string, string>>(reasons: T): T {
  return reasons;
}
/** The reason codes of a table made with `defineReasons`. */
export type ReasonCode<T extends Record<string, string>> = keyof T & string;

export { ENGINE_REASONS, ARTIFACT_REASONS, EVIDENCE_REASON_CODES } from '../core/reasons.js';

// --- Reading evidence ---------------------------------------------------------------------------
export type { ArtifactReader, DocumentArtifact, DocumentFormat, JsonlReadOptions, ReadOptions, TextArtifact } from '../artifacts/reader.js';
export { extensionOf, formatOf } from '../artifacts/reader.js';
export { isYamlStreamError, type YamlStreamArtifact } from '../artifacts/yaml.js';
export { structuredContent, textFormatOf, type TextFormat } from '../artifacts/text-formats.js';
export { jsoncToJson, parseJsonc as parseJsoncStrict } from '../artifacts/jsonc.js';
export type { JsonArtifact } from '../artifacts/json.js';
export { ArtifactError, ARTIFACT_ERROR_CODES, formatWhere, isArtifactError, type ArtifactErrorCode, type ArtifactErrorDetail } from '../artifacts/errors.js';
export { checkFreshness, DEFAULT_FUTURE_SKEW_MS, DEFAULT_MAX_RUN_LENGTH_MS, runMoments, runMomentSpans, type DatedMoment, type MomentInSpelling, type FreshnessOptions } from '../artifacts/freshness.js';
export { fileIdentity, namesOfOneFile, resolveInside } from '../artifacts/paths.js';
export { contentDigest } from '../artifacts/content-digest.js';
export { globBase, globLiteralSuffix, globToRegExp, listGlobWithRejected } from '../artifacts/glob.js';
export { describeInexact, inexactWithin, type InexactNumbers } from '../artifacts/numbers.js';
export { displayPointer, validateSchema, type JsonSchema, type SchemaProblem } from '../artifacts/schema.js';
export { boundsListEmpty, compileUserSchema, compileUserSchemaOf, UserSchemaRecursionError, type CaseTwin, type CompiledUserSchema, type PlaceholderField } from '../artifacts/user-schema.js';
export * from './document.js';
export * from './values.js';
export * from './artifact-schemas.js';
export { aliasOfABound, boundCopiedIntoReport, ceilingOnSuccess, countsOfARunLeftUnfilled, claimsPass, floorOnALatency, countBesideRemark, documentRanNothing, failuresToldByDocument, failingItemsBeside, reportsARun, failuresInRemark, fractionalBoundOnAPercentage, inUnit, limitEveryValueMeets, inUnitRange, measurementContradiction, negativeInStatedUnit, NOT_RUN_STATUSES, notRunStatus, runDidNotHappen, spellsSomeInWords, statusContradiction, type NumberSpellings, type StatedUnit, type StatusContradiction, unitKey, unitStatedFor } from './status-claims.js';
export { boundedValueDenied } from './bounded-values.js';
export { checkTestEventStream, isJsonlPath, JSONL_PATH_PATTERN, TestEventStream, type TestStreamFinding, type TestStreamKind, type TestStreamSummary } from './test-events.js';

// --- Strict values ------------------------------------------------------------------------------
export { RUN_DID_NOT_HAPPEN_STATUSES, SWEEP_POINT_LIST_NAMES, SWEEP_POINT_SETTING_NAMES } from './status-vocabulary.js';
export { encodePointerSegment, getAtPointer, isValidPointer, parsePointer, pointerOf, type PointerLookup, withValueAt } from '../util/pointer.js';
export {
  describeType,
  formatAge,
  formatDuration,
  formatEpochDay,
  formatTimestamp,
  parseDuration,
  compareRfc3339,
  parseRfc3339,
  zeroInstantReason,
  parseStrictDate,
  utcEpochDay,
  type EpochDay,
  type TimeResult,
} from '../util/time.js';
export {
  caseFoldedKey,
  caselessNameReadings,
  caselessVisibleForm,
  classifyText,
  escapedReadings,
  containsId,
  contentProblem,
  degenerateIdReason,
  standInReason,
  DIGEST_PREFIX,
  foldForComparison,
  idReason,
  isBlank,
  isPlaceholder,
  lookalikeSkeleton,
  openingMarker,
  placeholderReason,
  PLACEHOLDER_WORDS,
  wordReadings,
  removeInvisible,
  templateReason,
  type TextClass,
  undrawnSourceReadings,
  visibleForm,
} from '../util/text-classes.js';
export { numberWithRemark, numberWrittenAsText, type NumberTextOptions } from '../util/number-text.js';
export { hollowKind, hollowReason, hollowTextReason, isHollow } from '../artifacts/hollow.js';
export { hollowXmlReason } from '../artifacts/xml.js';

// --- Text of rendered documents (release notes, READMEs) ----------------------------------------
export { loadRenderer, render, renderings, textKindOf, type TextKind } from '../text/rendered.js';
export { fold, hasBidiControls, isFoldedConjunction, type MappedText } from '../text/fold.js';

// --- Package manifests (package.json exports/imports, tsconfig paths) ----------------------------
export { matchMap, packageName, targetsOf } from '../util/package-exports.js';

// --- Messages -----------------------------------------------------------------------------------
export { plural } from '../util/plural.js';
export { byteOrderUnitRank, compareByteOrder } from '../util/byte-order.js';
export { didYouMean } from '../util/suggest.js';
export { shellJoin, shellQuote } from '../util/shell.js';
export { childEnvironment } from '../core/child-env.js';
export { currentRunId, CURRENT_RUN_ENV_OPTION, type CurrentRun, fallbackRunIdReason, isShortRunId, sameRunId, SHORT_RUN_ID, tieToRun } from './current-run.js';

// --- Outputs a gate keeps (reports and checkpoints it writes next to the verdict) ---------------
export { outputFiles, type LaneFiles } from '../output/files.js';
export { writeFilesAtomically, type OutputFile } from '../output/atomic.js';

// --- Waivers (the waiver_lifecycle gate reports on the run's waiver book) -----------------------
export { fillerReason, WAIVER_FIELDS, WAIVER_UNUSED, type WaiverField } from '../core/waivers.js';
