/**
 * A status field read on its own believes whatever the producer wrote there. A report that says `"status": "pass"`
 * beside its own `"must_pass_failed": 3`, a `failures` list with entries, or `"passed": 0` over five skipped tests
 * does not prove a pass: its producer computed the status from something else (a stale flag, a status hard-coded
 * before the loop, an exit code of the wrong process). This module reads the counts a status sits beside, by the
 * names test reporters give them, and says when they contradict or empty an unqualified pass.
 */
import { encodePointerSegment, getAtPointer, parsePointer, pointerOf } from '../util/pointer.js';
import { isHollow } from '../artifacts/hollow.js';
import { displayedTexts } from '../text/bidi.js';
import { attributeValue, cssDeclarations, cssDirection, cssOverrides, drawnMarkup, sheetBidi, sheetBidiOf, whitespaceReferencesDecoded } from '../text/drawn.js';
import { breaksTheLine, isHtmlElementName, replaceMarkup, VOID_ELEMENTS, isMathMlElementName } from '../text/html-tags.js';
import { DRAWN_BLANK, templateSlotsInText, asciiDigits, caseFoldedKey, caselessVisibleForm, confusableTable, contentProblem, countContentProblem, escapeBytesKept, escapedReadings, isBlank, isUnfilledWord, listMarkDrawn, lookalikeSkeleton, markOnALetterDrawn, placeholderReason, removeInvisible, templateReason, visibleForm, withoutMarks, wordReadings, markInsideAWordDrawn } from '../util/text-classes.js';
import { lazy, rememberedPerText, wordSet } from '../util/lazy.js';
import { CLAUSE_AFTER_A_CONTRAST_WORDS, CONTRAST_WORDS, EXCEPTION_CLAUSE_OPENINGS, EXCEPTION_PHRASES, EXCEPTION_WORDS, LEAD_OF_ANOTHERS_NONE, LEGEND_DEFINITION_WORDS, LEGEND_NAMES, LEGEND_WHOLE_RUN_WORDS, AUXILIARIES_BEFORE_A_PARTICIPLE, NEGATIONS_ELIDED_BEFORE_AN_AUXILIARY, NONE_OF_A_LABEL_GOES_ON, NONE_OF_PART_WORDS, NONE_PASSED_OPENINGS, NONE_STRESS_WORDS, NOT_A_SUBJECT_WORDS, PASS_NOT_HAD_WORDS, PASS_SET_ASIDE_WORDS, PROBLEM_NOUNS, RUN_END_WORDS_BEFORE_A_COUNT, EXCEPTION_PLACE_PREPOSITIONS } from './status-vocabulary.js';
import { FAILURE_CAUSE_WORDS } from './status-vocabulary.js';
import { escapeRegExp } from '../util/regexp-escape.js';
import { OBJECT_HEAD_NOUNS, POLICY_FILE_MEASURE_WORDS, REPORT_FORMAT_COUNT_OBJECTS } from './status-vocabulary.js';
import { isK6ExportMetric, isK6ExportRate, k6ExportThresholdCrossed, k6RateWithinMetThresholds } from './k6-summary-export.js';
import { STROKE_SPELLING_HINT, strokeReadings } from '../text/ascii-lookalikes.js';
import { succeededIndexes, successPolicyMet } from './kubernetes-success-policy.js';
import { backslashReadings, countWrittenAsText, fractionSidesInWords, numberWithRemark, numberWrittenAsText, romanValue, UPPER_ROMAN, type CountReading } from '../util/number-text.js';
import { numberOutOfRange, numberSurvives } from '../artifacts/numbers.js';
import { TIME_TAKEN_WORDS, CLEAN_EXIT_CONSTANTS, CLEAN_EXIT_SYSTEM_MESSAGES, CLEAN_EXIT_WORDS_OF_OTHER_LANGUAGES, EXIT_MAP_NOTE_NAMES, EXIT_MAP_TEXT_NOTE_NAMES, EXIT_WARNING_WORDS, NO_RUN_MODES, NO_RUN_WHEN_FALSE, NO_RUN_WHEN_TRUE, RUN_DID_NOT_HAPPEN_STATUSES, RUN_STATUS_NAME_ENDINGS } from './status-vocabulary.js';
import { DENOMINATOR_NAMES, TEXT_ABOUT_A_COUNT_WORDS, NEVER_MEASURED_WORDS, REPORT_PART_WORDS, STAND_IN_DOCUMENT_WORDS, BARE_NEGATIONS, CLAUSE_JOINS, CRASH_HANDLERS, CRASH_NOUNS_BEFORE_A_PLACE, CRASH_PHRASES, CRASH_PLACE_WORDS, CRASH_WORDS, DEEDS_SET_OFF, ENGLISH_OUTCOME_WORDS, ITEM_NOUNS_OF_A_COUNT, ITEMS_IN_ALL_NAMES, KEPT_OUT, negatedPassPairs, NEGATION_FILLERS, NEGATIONS_BEFORE_A_FAILURE, FREE_OF_WORDS, ELIDED_BEFORE_A_NOUN, CONDITION_OPENERS, PRESENT_FAILURE_FORMS, noFailurePairs, NOT_FAILED_THINGS, NOT_RAN_COUNT_NAMES, NOT_THIS_RUNS_FAILURE, OTHER_LANGUAGE_BOUND_WORDS, OTHER_LANGUAGES, OTHER_NOT_RAN_COUNT_NAMES, OTHER_RUNS_QUALIFIERS, PLACE_NOUNS, PLACE_SUITES, REAL_FILLERS, REAL_WORDS, STATUS_VOCABULARY, transliterations, vocabulary, writtenWords, CONTAINER_STATUS_LISTS, FAILED_CONDITION_TYPES, RUN_FAILED_PHASES, RUN_NOT_ENDED_PHASES, WORKFLOW_STATUS_MEMBERS, PLATFORM_STEP_LISTS, POD_FAILED_PHASES, POD_STATUS_MEMBERS, NETWORK_PLACE_NAMES, PROCESS_COMMAND_NAMES, PROCESS_ID_NAMES, STEP_RUN_LISTS, ABSENT_WORDS, AFTER_WORDS, BETWEEN_A_PASS_AND_AFTER, GENITIVE_LANGUAGES, NOT_MANAGED_PHRASES, PASS_VERBS, WHAT_OR_WHY_FAILED, JOINS_ALSO_A_PLACE, OVERCOME_FAILURE_WORDS, FAILURE_GOES_ON, FAILURE_TOLD_AGAIN, TRY_WORDS, EARLIER_TRIES, EXCEPTION_MEMBER_JOINS, EXCEPTION_MEMBER_JOIN_PHRASES, TOLERANCE_NEGATORS, EXCEPTION_ASIDE_WORDS, EXCEPTION_MEMBER_HEAD_JOINS, EXCEPTION_MEMBER_JOINS_AFTER, TOLERANCE_NEGATOR_PHRASES, TOLERANCE_DENIALS, EXCEPTION_ALL_MEMBERS_WORDS, EXCEPTION_TOLERANCES, EXCEPTION_PLURAL_TOLERANCES, EXCEPTION_MODIFIER_OPENERS, EXCEPTION_MODIFIER_PLACES, FAILURE_WORDS_OF_A_NONE_BEFORE_AN_EXCEPTION, NONES_BEFORE_AN_EXCEPTION, POSTPOSED_EXCEPTION_WORDS, CLAUSE_ENDS_BEFORE_A_POSTPOSED_EXCEPTION, COUNT_OF_WORDS, ABBREVIATED_STAND_IN_NOUNS, MEASURED_ITEM_STAND_IN_WORDS, OTHER_LANGUAGE_NEVER_MEASURED_WORDS, OTHER_LANGUAGE_STAND_IN_WORDS, STAND_IN_FILLER_WORDS, EXCEPTION_PLACE_ARTICLES, EXCEPTION_HEAD_COUNT_WORDS, ALL_OF_A_PASS_BEFORE_AN_EXCEPTION, LEFT_OUT_OF_A_PASS_WORDS, NONES_AFTER_A_FAILURE, NOTE_LABEL_WORDS, EXCEPTION_WORDS_AFTER_A_FAILURE, EXCEPTION_LEAVING_OUT_WORDS, NOUNS_AFTER_AN_EXCEPTION_NOUN, SHORTENINGS_NAMING_OTHER_THINGS, TEST_FILE_ANCHOR_WORDS, RUN_NAME_WORDS, OTHER_LANGUAGE_STAND_IN_PLURALS, NEGATIONS_OF_ALL, ALL_OF_A_DENIED_PASS, PASS_VERBS_OF_ITEMS, DENIED_PASS_WORDS, RELATIVE_WORDS_OF_ITEMS, CONDITIONS_OF_A_DENIED_PASS, VERSIONED_NAMES, POINTER_ELSEWHERE_OPENINGS, POINTER_FAILURE_HEDGES, TIMES_WORDS, LEFT_OUT_REMARK_WORDS, LEFT_OUT_REMARK_RUN_WORDS, LEFT_OUT_REMARK_RUN_DENIALS, LEFT_OUT_REMARK_PASSES, SUBJECTS_AFTER_EXCEPT_THAT, PLACE_KIND_NOUNS, JAPANESE_REMARK_OF_ANOTHER_RUN, EXCEPTION_HEAD_HALF_WORDS, EXCEPTION_HEAD_PAIR_PHRASES, COUNT_NAME_SHORTENINGS, COUNT_NAME_SHORTENINGS_BEFORE_OF, PENDING_OUTCOME_WORDS, FREELY_NAMED_STAND_IN_PLURALS, OWN_MEASURES_OF_FREELY_NAMED_ITEMS, TOOL_ENTRIES_UNDER_STAND_IN_PLURALS, LEFT_OUT_OF_ALL_MEMBERS_WORDS, LEFT_OUT_REMARK_COUNT_FILLERS, BARE_POINTER_WORDS, POINTER_FAILURE_HEDGE_WORDS, MANY_TIMES_WORDS, FAILURE_NAMED_TEST_KIND_WORDS, CI_PAGE_PART_WORDS, WITHOUT_WORDS, FAILURE_LABEL_NOUNS, NO_RUNS_FAILURE_AFTER_WORDS, NUMBERED_SUBJECT_NOUNS, NEGATIONS_AFTER_A_FAILURE, PASS_REMARK_FILLER_WORDS, ALL_MEMBERS_OF_A_RETRY, RETRY_REMARK_WORDS, PASS_PLACE_PREPOSITIONS, PASS_PLACE_WORDS, TOLERANCE_HEDGE_WORDS, UNSPACED_RETRY_STEMS, UNSPACED_PASS_PARTICLES, OWN_MEASURES_OF_LINTED_TEMPLATE_FILES, RETRY_PREFIX_WORDS, SAME_RUN_PLACE_NOUNS, SAME_RUN_WORDS, CI_PLACE_WORDS, RETRY_HOST_NOUNS, RETRY_HOST_DETERMINERS, PERMISSION_MODALS, MEANT_FAILURE_PHRASES, PERMITTED_FAILURE_VERBS, PERMISSION_BE_WORDS, PERMITTED_PARTICIPLES, PERMITTED_SELF_NOUNS, TOLERANCE_WORDING_WORDS, CHANGED_CODE_WORDS, NONE_TAKING_BACK_WORDS, CONFIRMATION_WORDS, CONFIRMATION_DENIALS, QUESTION_AUXILIARIES, QUESTION_SUBJECTS, GUESSING_MODALS, POINTING_AFTER_A_HEDGE, AFFIRMATION_WORDS, COMPARISON_OPENERS, COMPARISON_SUBJECTS, COMPARISON_VERBS, FREQUENCY_WORDS, SKIPS_BEFORE_A_REASON, SKIP_REASON_PREPOSITIONS, SKIP_REASON_CONTEXTS, SKIP_REASON_LACKING, SKIP_REASON_RESOURCES, COUNT_PARTING_JOINS } from './status-vocabulary.js';

/** Printable ASCII: a name or status that reads as it is written (the usual case: no folding). */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * Status texts that claim an unqualified pass (`warn`, `partial`, `complete` qualify or mean something else), in every
 * language of the vocabulary (`bestanden`, `réussi`, `通过`) and as a reader takes them (`reussi`, look-alike letters).
 */
const PASS_WORDS: ReadonlySet<string> = wordSet('PASS_WORDS', () => readSet(vocabulary(['pass'])));
/** Name parts that make a boolean `true` a pass claim (`all_required_pass`, `ok`, `succeeded`). */
const PASS_KEY_WORDS: ReadonlySet<string> = wordSet('PASS_KEY_WORDS', () => [...PASS_WORDS, 'passes']);
/** Name parts of a count (or list) of items that did not pass: failures and errors, in every language (`fehlgeschlagen`, `échecs`, `失败`). */
const FAIL_WORDS: ReadonlySet<string> = wordSet('FAIL_WORDS', () => readSet(vocabulary(['failed', 'errors'])));
/** Name parts of a count of errors, which pytest and JUnit count apart from failures (`errors`, `Fehler`, `erreurs`). */
const ERROR_WORDS: ReadonlySet<string> = wordSet('ERROR_WORDS', () => readSet(vocabulary(['errors'])));
/** Name parts of a flag that says the run failed (`"failed": true`, `"fehlgeschlagen": true`). */
const FAIL_FLAG_WORDS: ReadonlySet<string> = wordSet('FAIL_FLAG_WORDS', () => readSet(['failed', 'failing', 'errored', ...vocabulary(['failed'], OTHER_LANGUAGES)]));
/**
 * Name parts of the passed, skipped and total counts, in every language (`bestanden`, `übersprungen`, `gesamt`): read in
 * English only, `{status: bestanden, bestanden: 0, übersprungen: 5}` was no vacuous run where its English twin was.
 */
const PASSED_WORDS: ReadonlySet<string> = wordSet('PASSED_WORDS', () => readSet(vocabulary(['passed'])));
const SKIPPED_WORDS: ReadonlySet<string> = wordSet('SKIPPED_WORDS', () => readSet(vocabulary(['skipped'])));
/** Names that only say "how many" of what their object names (`failures: {count: 3}`). */
const COUNT_WORDS: ReadonlySet<string> = wordSet('COUNT_WORDS', () => readSet(vocabulary(['count'])));
const TOTAL_WORDS: ReadonlySet<string> = wordSet('TOTAL_WORDS', () => readSet(vocabulary(['total'])));
/** Lists that hold what a status summarises: empty, they summarise nothing. */
const ITEM_LISTS: ReadonlySet<string> = new Set(['results', 'tests', 'cases', 'checks', 'specs', 'scenarios', 'suites']);
/**
 * Lists of a test run's items by name: a schema bounding one empty (`tests: {maxItems: 0}`) asserts that nothing ran,
 * never that nothing was found, as it does of a scanner's `results` (red team ar).
 */
const TEST_ITEM_LISTS: ReadonlySet<string> = new Set(['tests', 'cases', 'specs', 'scenarios', 'suites']);
/**
 * The small words of the table's `items` column that join what a count counts to the rest of its name (`número_de_casos`,
 * `anzahl_der_tests`, `失败的测试`): never what is counted.
 */
const ITEM_JOINERS: ReadonlySet<string> = wordSet('ITEM_JOINERS', () => [...vocabulary(['of']), 'der', 'von', 'de', 'des', 'du', 'del', 'con', 'do', 'dos', 'com', 'di', 'dei', 'delle', 'van', 'の', 'した', '的', 'ที่', 'के']);
/**
 * What a count of a run's items counts, in the other languages of the table (`testfälle`, `casos`, `тестов`, `用例`): a
 * name of these alone, or with a word that says "how many" (`anzahl_tests`, `número_de_casos`, `测试数`), counts the items
 * that ran as `tests` does. English singulars (`test`, several rows' word too) and words that also name an outcome or a
 * summary (Arabic `حالة`, case and state) are left out.
 */
const OTHER_ITEM_WORDS: ReadonlySet<string> = wordSet('OTHER_ITEM_WORDS', () => {
  const english = new Set(vocabulary(['items'], ['en']));
  const roles = new Set(vocabulary(['outcome', 'summary', 'total', 'count']));
  return readSet(vocabulary(['items'], OTHER_LANGUAGES).filter((w) => !english.has(w) && !roles.has(w) && !ITEM_JOINERS.has(w)));
});
/** Lists of results in the other languages of the table (`ergebnisse`, `resultados`, `результаты`, `結果`, `testfälle`): empty, they summarise nothing, as `results` does. */
const OTHER_ITEM_LISTS: ReadonlySet<string> = wordSet('OTHER_ITEM_LISTS', () => {
  const totals = new Set(vocabulary(['total']));
  return [...OTHER_ITEM_WORDS, ...readSet(vocabulary(['summary'], OTHER_LANGUAGES).filter((w) => !totals.has(w)))];
});
/**
 * Name parts that make a count something other than "items of this run that failed": failures expected, tolerated or
 * waived by design (`expected_failures`, `allowed_failures`, `known_failures`, `flaky_failures`, `erwartete_fehler`,
 * `échecs_autorisés`), bounds (`max_failures`), other runs (`previous_failures`, `baseline_failed`), rates and
 * durations. Read as written only (case and the table's plain spellings aside): a disguise never qualifies a failure.
 */
const QUALIFIERS: ReadonlySet<string> = wordSet('QUALIFIERS', () => vocabulary(['tolerated', 'other']));
/**
 * Words that, as the last word of a name holding one value, make it an attribute of a failure (`error_type: 3`,
 * `failure_code: 2`, `failed_test_id: 7`); elsewhere they only say which failures are counted (`type_errors: 5`,
 * `failed_type_checks: 2`), and a list or map under them holds the failures (`failed_test_names: ["a"]`,
 * `errors_by_type: {lint: 3}`).
 */
const DESCRIPTORS: ReadonlySet<string> = new Set(['code', 'codes', 'type', 'types', 'kind', 'id', 'ids', 'name', 'names']);

/** Names seen before and their words: the keys of a list's entries repeat from entry to entry. */
const wordsMemo = new Map<string, string[]>();

/** `mustPassFailed`, `must_pass-failed`, `MUST PASS FAILED` → must, pass, failed; `failedtests`, `numfailed` → failed tests, num failed. */
export function nameWords(key: string): string[] {
  const known = wordsMemo.get(key);
  if (known !== undefined) return known;
  const words = withNegatedPasses(splitWords(key));
  if (wordsMemo.size < 10_000) wordsMemo.set(key, words);
  return words;
}

function splitWords(key: string): string[] {
  if (PLAIN.test(key)) {
    return key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      // `numHTTPErrors`, `XMLFailures`: an acronym ends where a capitalised word begins.
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '')
      .flatMap(compoundParts);
  }
  // Letters of any script are letters of a word (`échecs_autorisés`, `anzahlFehlgeschlagen`, `ошибки`), and one text
  // composed one way is one name however its accents were stored.
  return key
    .normalize('NFC')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    // A vowel sign is part of its word (Devanagari `विफल`, `अपेक्षित`), never a separator.
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '')
    .flatMap((w) => (w.length <= MAX_UNSPACED_WORD && UNSPACED_SCRIPT.test(w) ? unspacedParts(w) : compoundParts(w)));
}

/** Longest run of letters cut at the vocabulary's words: a name is short, and a longer one costs a cut per letter. */
const MAX_UNSPACED_WORD = 200;
/** Scripts written without spaces between words: a name in them (`失败数`, `预期失败`, `실패율`, `จำนวนล้มเหลว`) is one run of letters. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** The vocabulary's words in those scripts, as written and as read, longest first. */
const UNSPACED_WORDS: ReadonlySet<string> = wordSet('UNSPACED_WORDS', () =>
  [...readSet(vocabulary(['pass', 'failed', 'errors', 'tolerated', 'other', 'passed', 'skipped', 'total', 'items', 'count', 'rate', 'coverage'])), ...vocabulary(['without', 'free'])].filter((w) => UNSPACED_SCRIPT.test(w)).sort((a, b) => b.length - a.length),
);
const unspacedWords = lazy(() => [...UNSPACED_WORDS]);

/** A run of letters in a script without spaces, cut at the vocabulary's words (longest first): `失败数` → 失败, 数; `预期失败` → 预期, 失败. */
function unspacedParts(word: string): string[] {
  const parts: string[] = [];
  let rest = '';
  for (let i = 0; i < word.length; ) {
    const found = unspacedWords().find((w) => word.startsWith(w, i));
    if (found === undefined) {
      rest += word[i];
      i++;
      continue;
    }
    if (rest !== '') parts.push(rest);
    parts.push(found);
    rest = '';
    i += found.length;
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/**
 * A vocabulary's words as written and as a reader takes them ({@link readWords}: look-alike letters, width, marks;
 * `outcomeWord`: case and look-alikes, marks kept), so a key or status is compared in whichever form it was read.
 */
function readSet(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    if (PLAIN.test(word)) continue;
    for (const reading of readingsOf(word)) out.add(reading);
  }
  return out;
}

/** A word's readings, remembered: the table's words are read into several sets, and pairs read each word many times. */
function readingsOf(word: string): readonly string[] {
  let readings = READINGS.get(word);
  if (readings !== undefined) return readings;
  // Letters are read as look-alikes one by one and before case is folded (a Cyrillic б reads as 6, its Б as itself):
  // a word in capitals or capitalised reads otherwise than in small letters.
  readings = [word, word.toUpperCase(), (word[0] ?? '').toUpperCase() + word.slice(1)].flatMap((cased) => [caselessVisibleForm(cased), withoutMarks(visibleForm(cased)).toLowerCase()]);
  if (READINGS.size < 20_000) READINGS.set(word, readings);
  return readings;
}
const READINGS = new Map<string, readonly string[]>();

const NEGATED_PASSES: ReadonlySet<string> = wordSet('NEGATED_PASSES', () => negatedPassPairs((w) => [...readSet(transliterations(w)), withoutMarks(w.toLowerCase())]));
const NO_FAILURES: ReadonlySet<string> = wordSet('NO_FAILURES', () => noFailurePairs((w) => [...transliterations(w), withoutMarks(w.toLowerCase())]));
/**
 * A negation right before a pass word of its language names what did not pass (`not_passed`, `notPassed`,
 * `nicht_bestanden`, `non_réussis`, `не_пройдено`): the two words read as one failure word. `not_run`, `non_blocking`
 * and `no_passed` (a number passed) negate no pass word of their language and stay as written. A failure name beside a
 * word of its language that says there were none (`sans_échec`, `sin_fallos`, `error_free`, `失敗なし`, `실패없음`) names
 * no failure: the two read as one word no reader knows. That word is taken as written only (accents and case aside): a
 * look-alike `sаns` (Cyrillic а) exempts nothing.
 */
function withNegatedPasses(split: string[]): string[] {
  const words = joinedPhrases(split);
  if (words.length < 2) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i] as string} ${words[i + 1] ?? ''}`;
    if (words[i + 1] !== undefined && NEGATED_PASSES.has(pair)) {
      out.push('failed');
      i++;
    } else if (words[i + 1] !== undefined && NO_FAILURES.has(pair)) {
      out.push(pair);
      i++;
    } else out.push(words[i] as string);
  }
  return out;
}

const WORD_OF_LETTERS = /^[\p{L}\p{M}\p{N}'\u2019-]*$/u;
/**
 * Two words the table lists as one (Vietnamese writes a word in syllables: `thành công`, `thất bại`, `trạng thái`), read
 * as that word, so `thất_bại: 2` is a failure name as `failed: 2` is and `không đạt` pairs a negation with it.
 */
const PHRASES: ReadonlySet<string> = wordSet('PHRASES', () =>
  vocabulary(['pass', 'failed', 'errors', 'tolerated', 'other', 'count', 'summary', 'outcome', 'negation', 'without', 'ended', 'passed', 'skipped', 'total', 'items'])
    // Only a word that holds a space, or may show one, has a reading that does: reading the other ~2,500 words of the
    // table cost ~35 ms of every run that reads a status (a word of letters, marks and digits draws no space).
    .filter((w) => /\s/u.test(w.normalize('NFKD')) || !WORD_OF_LETTERS.test(w))
    .flatMap((w) => [...readSet([w]), withoutMarks(w)])
    .filter((w) => w.includes(' ')),
);
// Syllables run together (`thấtbại`, an invisible space removed between them) are the word too.
const phrasesRunTogether = lazy((): ReadonlyMap<string, string> => new Map([...PHRASES].map((p) => [p.replace(' ', ''), p])));

function joinedPhrases(split: string[]): string[] {
  let words = split;
  words = words.map((w) => phrasesRunTogether().get(w) ?? w);
  if (!words.some((w, i) => PHRASES.has(`${w} ${words[i + 1] ?? ''}`))) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i] as string} ${words[i + 1] ?? ''}`;
    if (words[i + 1] !== undefined && PHRASES.has(pair)) {
      out.push(pair);
      i++;
    } else out.push(words[i] as string);
  }
  return out;
}

/** What a count is of, and how it says "how many": the other half of a name written as one word (`failedtests`, `numfailed`). */
const COMPOUND_PARTS: ReadonlySet<string> = wordSet('COMPOUND_PARTS', () => ['test', 'tests', 'case', 'cases', 'check', 'checks', 'spec', 'specs', 'suite', 'suites', 'job', 'jobs', 'step', 'steps', 'build', 'builds', 'run', 'runs', 'assertion', 'assertions', 'item', 'items', 'num', 'count', 'total', 'n', ...vocabulary(['count'], OTHER_LANGUAGES).filter((w) => w.length > 2)]);
/**
 * Role words that a name runs together with what it counts: English, and the failure names of languages that write
 * compounds as one word (`testfehler`, `fehleranzahl`, `aantalfouten`, `antalfel`), longest first so `failures` is
 * cut before `failure`.
 */
const ENGLISH_ROLES: ReadonlySet<string> = new Set(['failures', 'failure', 'failed', 'fails', 'fail', 'errors', 'error', 'passed', 'skipped', 'total']);
const ROLE_WORDS_IN_COMPOUNDS: ReadonlySet<string> = wordSet('ROLE_WORDS_IN_COMPOUNDS', () => [
  ...ENGLISH_ROLES,
  ...vocabulary(['failed', 'errors'], OTHER_LANGUAGES).filter((w) => PLAIN.test(w)).sort((a, b) => b.length - a.length),
]);
const roleWordsInCompounds = lazy(() => [...ROLE_WORDS_IN_COMPOUNDS]);

/** Pass rates a language writes as one word (`erfolgsquote`, `slagingspercentage`), read as `pass rate`. */
const PASS_RATE_COMPOUNDS: ReadonlySet<string> = wordSet('PASS_RATE_COMPOUNDS', () => readSet(vocabulary(['passRate'])));

/** A word that is a role word joined to what it counts (`failedtests`, `testsfailed`, `numerrors`), as two words. */
function compoundParts(word: string): string[] {
  if (PASS_RATE_COMPOUNDS.has(word)) return ['pass', 'rate'];
  for (const role of roleWordsInCompounds()) {
    if (word.length <= role.length) continue;
    // Another language's role word is joined to a whole word only (`testfehler`), never to `n` (`fallo` + `n` is a name).
    const least = ENGLISH_ROLES.has(role) ? 1 : 3;
    const after = word.slice(role.length);
    const before = word.slice(0, -role.length);
    if (word.startsWith(role) && after.length >= least && COMPOUND_PARTS.has(after)) return [role, after];
    if (word.endsWith(role) && before.length >= least && COMPOUND_PARTS.has(before)) return [before, role];
  }
  return [word];
}

/**
 * The words of a name as a reader takes them: invisible characters gone, full-width and look-alike letters of other
 * scripts read as the Latin ones they are drawn as (`fаilures` with a Cyrillic а, `ｆａｉｌｅｄ`, `fa\u200biled`, `fa\u0336iled`). Words
 * that make a count or an entry a failure are found in this reading; words that qualify or exempt one (`max`,
 * `quarantined`) only as written ({@link nameWords}), so a disguise never turns a failure into a tolerated one.
 */
export function readWords(key: string): string[] {
  if (PLAIN.test(key) && !KEY_ESCAPE_HINT.test(key)) return nameWords(key);
  const known = readMemo.get(key);
  if (known !== undefined) return known;
  const shown = keyAsShown(key);
  if (shown !== undefined) {
    const words = readWords(shown);
    if (readMemo.size < 10_000) readMemo.set(key, words);
    return words;
  }
  if (PLAIN.test(key)) return nameWords(key);
  // Words are cut where the name's own case and separators cut them, then each is read: a look-alike drawn in the other
  // case (Cyrillic Ы read as `bl`) cuts no word in two. Marks dropped too: `fa\u0336iled` is drawn as failed with a
  // stroke through its a, and `fáiled` is read as failed.
  // A kashida (Arabic tatweel) only stretches a word as drawn: `فاشـلة` is `فاشلة`.
  const words = nameWords(withoutMarks(removeInvisible(key)).replace(/\u0640/gu, '')).flatMap((w) => {
    // A failure name and its `without` word read as one (`без провалов`) were matched as written: read again as
    // look-alikes (Cyrillic drawn as Latin), the pair would come apart into a failure name.
    const read = withoutMarks(visibleForm(w)).toLowerCase();
    // Letters drawn as punctuation (Hebrew י as an apostrophe, ו and ן as l) would cut a word of their own script in two.
    return read === w || w.includes(' ') || /[^\p{L}\p{M}\p{N}]/u.test(read) ? [w] : nameWords(read);
  });
  if (readMemo.size < 10_000) readMemo.set(key, words);
  return words;
}
const readMemo = new Map<string, string[]>();

/** A name that may spell its letters by a reference, a tag, a comment or a backslash escape (`f&#97;iled`, `err<!-- -->ors`). */
const KEY_ESCAPE_HINT = /[&<\\]/u;
/**
 * A name as a reader of the rendered report is shown it, when a reference, tag, comment or escape in it spells other
 * letters (`f&#97;iled`, `fai&shy;led`, `f<b>ai</b>led`, `err<!-- -->ors`, `fai\u006ced`, `fai\x6ced`: all failed or errors), or undefined.
 * Only a reading that keeps letters replaces the name: `<failed>` shown as nothing is still read as written. The reading
 * finds failure words only; qualifiers are read as written ({@link nameWords}), so a disguise never qualifies a failure.
 */
function keyAsShown(key: string): string | undefined {
  if (!KEY_ESCAPE_HINT.test(key)) return undefined;
  // A JSON or JavaScript escape kept as text (`fai\\u006ced`, `fai\\x6ced`, written twice over by a producer) spells its letter too.
  const unescaped = backslashReadings(key)[0] ?? key;
  const shown = escapedReadings(unescaped).at(-1) ?? unescaped;
  if (shown === key || !/\p{L}/u.test(shown)) return undefined;
  return shown;
}

/** Whether `text`, as written or as a reader is shown it ({@link wordReadings}: markup, look-alikes, width, marks), is one of `words`. */
const isWordOf = (words: ReadonlySet<string>, text: string): boolean => wordReadings(text).some((w) => words.has(w));

/** Whether the status at `key` claims an unqualified pass: a pass word, or `true` under a name that says pass. */
export function claimsPass(key: string, status: unknown): boolean {
  if (typeof status === 'string') return isWordOf(CLAIM_WORDS, status) || markOutcome(status) === 'pass' || claimWordFirst(status);
  if (status !== true) return false;
  const words = readWords(key);
  return words.some((w) => PASS_KEY_WORDS.has(w)) || OUTCOME_KEYS.has(words.join(' '));
}

/** How an allowed status claims a pass: in words that say so (`word`), by default in words no row of the table knows (`unread`), or not at all. */
export type AllowedClaim = 'word' | 'unread' | undefined;

/**
 * Whether a status the gate's config allows claims a pass. Read by its words as {@link claimsPass} reads any status, and
 * failing closed past them: an allowed status in words no row of the table knows (`thành công` before its row, Zulu
 * `kuphumelele`, `nominal`) is read as a claim, so the failures beside it are weighed as they are beside `pass`. A status
 * in words that say the run ended, did not run, or went otherwise (`complete`, `done`, `abgeschlossen`, `skipped`,
 * `warn`, `failed`) claims none, as does `true` under a plain ASCII name (`published: true`) or a name the table reads,
 * and a number or object. `claimsPass: true` (the gate's `claims_pass` option) reads every allowed value as a claim;
 * `false` only the words that say pass (no claim by default).
 */
export function allowedClaim(key: string, status: unknown, claimsPassOption?: boolean): AllowedClaim {
  if (claimsPass(key, status) || (typeof status === 'string' && passWordAfterFirst(status))) return 'word';
  if (claimsPassOption === false) return undefined;
  // A count of failures allowed only at 0 (`numFailedTests`, `stats.unexpected`, `errorCount`: `allowed: [0]`) says none
  // failed, a pass: a Jest run whose suite failed to run (`numFailedTestSuites: 1`) or a Playwright run that erred before
  // its tests (`errors` beside `expected: 0`) counts no failed test, and the failures beside it are weighed as beside `pass`.
  if (status === 0 && playsRole({ pointer: '', own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value: status }, FAIL_WORDS)) return 'word';
  const unread = !namesNoOutcome(key) && (typeof status === 'string' ? unreadStatus(status) : status === true && !PLAIN.test(key) && !readWords(key).some(isKnownWord));
  if (unread) return 'unread';
  return claimsPassOption === true ? 'word' : undefined;
}

/**
 * A status with letters whose first word (as written or as read) is no word that claims no pass, and that is no not-run
 * status: the first word only, as {@link claimsPass} reads a claim by it, so a pass in a language without a row that
 * happens to contain `na` or `no` further on (Tagalog `pumasa na`) is still a claim.
 */
function unreadStatus(status: string): boolean {
  if (markOutcome(status) !== undefined) return false;
  // An identifier (`acme.bench.v1`, `linux-x64@2`, `v3`) names a schema, platform or version: no outcome in words. One
  // token only: a digit beside words (`8/10 kuphumelele`) is a count in a status, read by its words.
  const trimmed = status.trim();
  if (!/\p{L}/u.test(trimmed) || (IDENTIFIER_SIGN.test(trimmed) && !/\s/u.test(trimmed))) return false;
  // As written only (case and plain spellings aside), as a qualifier is read: `cоmplete` with a Cyrillic о is no word
  // that claims no pass, so a disguise never turns a claim into none.
  const words = nameWords(status).filter((w) => /\p{L}/u.test(w) && !OF_WORDS.has(w));
  if (NO_CLAIM_JOINED.has(words.join(''))) return false;
  const first = words[0];
  return first === undefined || !(NO_CLAIM_WORDS.has(first) || FAILED_STATUSES.has(first));
}

const IDENTIFIER_SIGN = /[\p{N}./\\:@#=+]/u;
const OF_WORDS: ReadonlySet<string> = wordSet('OF_WORDS', () => vocabulary(['of']));

/**
 * A short status that says its items passed after a word that claims none: `done: passed`, `complete ✅`, `finished -
 * all tests OK`, `abgeschlossen, bestanden`. The first word says the run ended; the rest says how it went, which the
 * failures beside it must bear out. A negated pass (`not passed`) reads as a failure word and claims nothing.
 */
function passWordAfterFirst(status: string): boolean {
  if (status.length > MAX_CLAIM_TEXT) return false;
  PASS_MARK.lastIndex = 0;
  if (!FAIL_MARK.test(status) && PASS_MARK.test(removeInvisible(status))) return true;
  return readWords(status).some((w) => CLAIM_WORDS.has(w));
}
/**
 * Whether the field's name says it holds something other than an outcome (`schema`, `version`, `platform`, `tool_name`):
 * artifact_status also checks such fields, and their allowed value says nothing about how the run went.
 */
const namesNoOutcome = (key: string): boolean => {
  const last = readWords(key).at(-1);
  return last !== undefined && (DESCRIPTORS.has(last) || NO_OUTCOME_NAMES.has(last));
};
const NO_OUTCOME_NAMES: ReadonlySet<string> = new Set([
  'schema', 'version', 'mode', 'format', 'platform', 'os', 'arch', 'target', 'profile', 'env', 'environment', 'language', 'locale', 'lang', 'channel',
  'branch', 'tag', 'ref', 'sha', 'commit', 'tool', 'runner', 'generator', 'producer', 'source', 'author', 'license', 'title', 'description', 'url',
  'path', 'file', 'level', 'tier', 'severity', 'category', 'kind', 'type', 'flavor', 'variant', 'owner', 'team', 'region',
]);

/**
 * Words of an allowed status that claim no pass: a run that ended (`complete`, `done`, each row's `ended`), one that did
 * not run, a qualified or mixed outcome (`warn`, `partial`, `unstable`), failures and tolerated failures.
 */
const NO_CLAIM_WORDS: ReadonlySet<string> = wordSet('NO_CLAIM_WORDS', () => [
  ...vocabulary(['ended', 'failed', 'errors', 'tolerated']),
  'warn', 'warning', 'warnings', 'partial', 'partially', 'unstable', 'degraded', 'flaky', 'mixed', 'neutral', 'unknown', 'na', 'none', 'skip', 'skipped',
  'todo', 'xfail', 'xfailed', 'xpass', 'pending', 'draft', 'open', 'new', 'available', 'present', 'exists', 'enabled', 'disabled', 'active', 'inactive',
  'off', 'info', 'informational', 'advisory', 'notice', 'blocked', 'waiting', 'not', 'no', 'false', 'null', 'undefined',
  // Coverage states of a traceability matrix: a requirement with no test says nothing passed.
  'gap', 'missing', 'uncovered', 'untested', 'planned', 'deferred', 'proposed',
  // A policy's refusal (claim_tier_order reads `deny` as not passing).
  'deny', 'denied', 'reject', 'rejected', 'red', 'veto', 'vetoed',
]);
/** The not-run statuses as their words read run together (`Not Run`, `timed-out`). */
const NO_CLAIM_JOINED: ReadonlySet<string> = wordSet('NO_CLAIM_JOINED', () => NOT_RUN_STATUSES.map((w) => nameWords(w).join('')));
/** Every word of the table, in every column, and the words that claim no pass: a name or status in one of them is read. */
const KNOWN_WORDS: ReadonlySet<string> = wordSet('KNOWN_WORDS', () => [
  ...readSet(vocabulary(['pass', 'failed', 'errors', 'tolerated', 'other', 'count', 'summary', 'outcome', 'negation', 'without', 'free', 'of', 'some', 'none', 'ended', 'rate', 'coverage'])),
  ...NO_CLAIM_WORDS,
  ...CLAIM_WORDS,
]);
const isKnownWord = (word: string): boolean =>
  KNOWN_WORDS.has(word) ||
  FAIL_WORDS.has(word) ||
  word.includes(' ');

/**
 * Words an allowed status says its items went well with, beside the pass words: `approved`, `healthy`, `clean`,
 * `valid`. An allowed status in these words beside a failure count passed unread. `complete`, `done` and `finished`
 * say a run or a collection ended (the reference evidence bundle's `complete` verdict holds failing suites other gates
 * judge), so they claim no pass.
 */
const CLAIM_WORDS: ReadonlySet<string> = wordSet('CLAIM_WORDS', () => [...PASS_WORDS, 'passes', 'good', 'healthy', 'clean', 'accepted', 'approved', 'valid', 'verified', 'succeed']);
/** Names whose `true` is an outcome (`status: true`, `result: true`), as a pass flag's is. */
const OUTCOME_KEYS: ReadonlySet<string> = new Set(['status', 'result', 'outcome', 'verdict', 'conclusion']);
const MAX_CLAIM_TEXT = 80;

/**
 * A short status whose first word (after `all`) is a claim word: `all passed`, `passed with warnings`, `SUCCESS (2
 * flaky)`, `ok - 12 tests`. A failure word after it (`passed with 3 failures`) is read by the checks beside.
 */
function claimWordFirst(text: string): boolean {
  if (text.length > MAX_CLAIM_TEXT) return false;
  const words = caselessVisibleForm(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const first = words[0] === 'all' ? words[1] : words[0];
  return first !== undefined && CLAIM_WORDS.has(first);
}

export interface StatusContradiction {
  code: 'contradiction' | 'vacuous' | 'wrong_type' | 'inconsistent_counts' | 'imprecise_number' | 'unreadable' | 'placeholder';
  /** The count or list that contradicts the status. */
  pointer: string;
  message: string;
  actual: unknown;
}

interface Field {
  pointer: string;
  /** The words of the field's own name, as read ({@link readWords}). */
  own: string[];
  /** The words of the object's name it sits in (below the status's object), or none, as read. */
  context: string[];
  /** The words of the field's own name and of its object's, as written ({@link nameWords}): only these qualify it. */
  written?: { own: string[]; context: string[] };
  value: unknown;
  /** Set on a member of the object that holds the gate's own status, beside it ({@link fieldsBesideTheStatus}): never a member of a map of results. */
  besideTheStatus?: true;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/**
 * Whether a field plays `role` (counts failures, passed items…): its name has exactly one role word (or only says "how
 * many" inside an object whose name has it: `failures: {count: 3}`), and neither it nor that object is qualified.
 */
function playsRole(field: Field, role: ReadonlySet<string>): boolean {
  if (qualified(field)) return false;
  if (role === FAIL_WORDS && (measuresDeviation(field) || (isRecord(field.value) && namesAFile(field.pointer)))) return false;
  if (field.own.length === 1 && ALONE_ROLE_WORDS.get(role)?.has(field.own[0] as string) === true) return true;
  if (aloneWordCounted(field.own, role) !== undefined) return true;
  if (role === PASSED_WORDS && passNounCounted(field.own) !== undefined) return true;
  const inOwn = field.own.filter((w) => role.has(w)).length;
  // `unexpected_failures`, `failed_errors` still count failures; two passed or skipped words name no one count.
  if (inOwn > 0) return inOwn === 1 || role === FAIL_WORDS;
  return field.context.filter((w) => role.has(w)).length === 1 && field.own.every(countingWord);
}
/**
 * The word of a name that plays its role only alone ({@link ALONE_ROLE_WORDS}) when the rest of the name says only "how
 * many" (`skip_cnt`, `skip_count`, `num_skip`): a count of that outcome as the word alone is (helper za, session 45).
 */
function aloneWordCounted(own: readonly string[], role: ReadonlySet<string>): string | undefined {
  const alone = ALONE_ROLE_WORDS.get(role);
  if (alone === undefined || own.length < 2 || !own.some(countingWord)) return undefined;
  const words = own.filter((w) => alone.has(w));
  return words.length === 1 && own.every((w) => alone.has(w) || countingWord(w)) ? words[0] : undefined;
}
/** A word of a count's name that says "how many": `count`, `num`, `number`, or a shortening (`cnt`, `qty`, `nr`). */
const countingWord = (w: string): boolean => COUNT_WORDS.has(w) || COUNT_SHORTENING().has(w);
/** {@link countingWord}, or `no` before `of` (`no_of_tests`), at `i` of a name's words. */
const countingAt = (words: readonly string[], i: number): boolean => countingWord(words[i] as string) || (words[i + 1] === 'of' && COUNT_NAME_SHORTENINGS_BEFORE_OF.includes(words[i] as string));
const COUNT_SHORTENING = lazy((): ReadonlySet<string> => new Set(COUNT_NAME_SHORTENINGS));
/**
 * A member keyed by a file's path (Jest's `coverageMap` by `/app/src/errors.ts`, Istanbul's summary by
 * `src/handle-errors.ts`, a results map by `failure_modes.py`): that file's entry, never a count or map of failures
 * under a failure's name (red team xz, session 41: every Jest coverage report of a project with an errors.ts failed).
 * The key must end in a source file's extension, so a flattened `errors.count`, `failures/total` or a
 * bare `/errors` stays a count.
 */
function namesAFile(pointer: string): boolean {
  const written = pointer.slice(pointer.lastIndexOf('/') + 1);
  if (!written.includes('.')) return false;
  return FILE_KEY.test(written.replace(/~1/g, '/').replace(/~0/g, '~'));
}
const FILE_KEY = /^[^\s]*\.(?:[cm]?[jt]sx?|py|rs|go|java|kts?|rb|php|cs|cc|cpp|c|h|hpp|swift|scala|vue|svelte|s?css|less|html?|sh|lua|exs?|erl|dart)$/i;

/**
 * Words that make the singular `error` a deviation from a true value (`mean_error`, `rmse_error`, `abs_error_mean`,
 * `signed_error`): a measure that may be below zero or fractional, no count of errors. Plural names (`mean_errors`,
 * `avg_failures`) stay counts: a mean of counts is never below zero.
 */
const STATISTIC_WORDS: ReadonlySet<string> = new Set([
  'mean', 'avg', 'average', 'median', 'rms', 'rmse', 'mae', 'mse', 'mape', 'msle', 'std', 'stddev', 'stdev', 'sd', 'sigma', 'variance', 'var',
  'abs', 'absolute', 'signed', 'relative', 'rel', 'normalized', 'weighted', 'squared', 'residual', 'bias', 'deviation',
]);
/**
 * What a deviation may be of (`regression_error`, `timing_error`, `clock_error`): these name a subject, not a statistic,
 * and a test suite names its failures so too (`regression_error: 3` beside a pass is three failed regression tests). A
 * measure only when the value says so: a fraction or below zero (review, session 32).
 */
const DEVIATION_SUBJECTS: ReadonlySet<string> = new Set([
  'estimation', 'estimate', 'prediction', 'forecast', 'regression', 'reconstruction', 'approximation', 'quantization', 'rounding', 'truncation',
  'tracking', 'calibration', 'position', 'angle', 'phase', 'clock', 'timing', 'temperature',
]);
/** The singular deviation words (`error` in English and Spanish, `erreur`, `err`). */
const DEVIATION_WORDS: ReadonlySet<string> = new Set(['error', 'erreur', 'err']);

/**
 * Whether a field's failure word is the singular `error` of a statistic (`mean_error: -0.3`, `rmse_error: 0.12`) or
 * holds a fraction (`error: 0.07`): a measure, which every gate reads as such (a threshold on it, a status beside it),
 * not a count of errors that a sign or fraction would make no count. `error_count`, `errors`, `failed` and a bare
 * `error` holding a whole number (`error: -1`, `error: 2`) stay counts.
 */
function measuresDeviation(field: Field): boolean {
  const own = (field.written ?? field).own;
  if (!own.some((w) => DEVIATION_WORDS.has(w)) || own.some((w) => COUNT_WORDS.has(w) || (FAIL_WORDS.has(w) && !DEVIATION_WORDS.has(w)))) return false;
  // A fraction is no count, so a singular `error` that holds one is an error rate or a deviation (`{accuracy: 0.93, error: 0.07}`).
  const fractional = typeof field.value === 'number' && Number.isFinite(field.value) && !Number.isInteger(field.value);
  if (fractional || own.some((w) => STATISTIC_WORDS.has(w))) return true;
  return typeof field.value === 'number' && field.value < 0 && own.some((w) => DEVIATION_SUBJECTS.has(w));
}
/**
 * Words that name a count of passed or skipped items only as a whole name: the reference's `counts: {total, pass, fail,
 * na}`, TAP's `pass`/`skip`, `successes`. Inside a longer name they are verbs or other things (`must_pass_total`,
 * `skip_reason`), so there they play no role.
 */
const ALONE_ROLE_WORDS: ReadonlyMap<ReadonlySet<string>, ReadonlySet<string>> = new Map([
  [PASSED_WORDS, new Set(['pass', 'passes', 'successes', 'succeeded'])],
  [SKIPPED_WORDS, new Set(['skip'])],
]);
/** Words that qualify a name only as a config's verb does: `fail_on`, `fail_if_empty`, `error_when_flaky`. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'on', 'when']);
const NEGATORS: ReadonlySet<string> = new Set(['non', 'not', 'none', 'zero', '0']);
const BASE_VERBS: ReadonlySet<string> = new Set(['fail', 'error']);

/**
 * Whether a name (its words, outer names first) has a qualifier. A condition word right after a fail word other than the
 * verb itself says where or when the failures happened (`failed_on_linux`, `errors_when_parallel`): still this run's.
 */
function hasQualifier(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (!QUALIFIERS.has(w)) return false;
    const before = words[i - 1];
    // A negated qualifier says the opposite (`non_flaky_failures`, `Failed: 2 (not flaky)`, `(0 flaky)`, `(none flaky)`).
    if (before !== undefined && NEGATORS.has(before)) return false;
    if (CONDITIONS.has(w) && before !== undefined && FAIL_WORDS.has(before) && !BASE_VERBS.has(before)) return false;
    return ENGLISH_QUALIFIERS.has(w) || ofOneLanguage(w, words, i);
  });
}

/** English bounds and tolerances (`max_`, `previous_`, `expected_`) qualify a name in any language, as reports mix English in. */
const ENGLISH_QUALIFIERS: ReadonlySet<string> = wordSet('ENGLISH_QUALIFIERS', () => vocabulary(['tolerated', 'other'], ['en']));
/**
 * The languages each word of the table (in its plain spellings) is a word of; and, for a qualifier, those it qualifies
 * in. Words many languages share (`tests`, `total`, `status`) say nothing of a name's language and are left out.
 */
const languagesOf = lazy(() => wordLanguages(['pass', 'failed', 'errors', 'tolerated', 'other', 'count', 'passed', 'skipped']));
const qualifierLanguages = lazy(() => wordLanguages(['tolerated', 'other']));
function wordLanguages(columns: readonly (keyof (typeof STATUS_VOCABULARY)[string])[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const language of Object.keys(STATUS_VOCABULARY)) {
    for (const word of vocabulary(columns, [language])) {
      const set = out.get(word) ?? new Set<string>();
      set.add(language);
      out.set(word, set);
    }
  }
  return out;
}
/**
 * Whether another language's qualifier sits in a name with a word of its own language: the plain spelling of Czech
 * `čas` (time) is French `cas` (cases), Swedish `tid` and Malay `masa` are ordinary words elsewhere, so `cas_échoués: 3`
 * or `failed_tid: 3` counts failures as `échecs_autorisés` (a French qualifier of a French failure name) does not.
 */
function ofOneLanguage(qualifier: string, words: readonly string[], at: number): boolean {
  const languages = qualifierLanguages().get(qualifier);
  if (languages === undefined) return false;
  const others = words.filter((_, i) => i !== at).map((w) => languagesOf().get(w)).filter((l) => l !== undefined);
  // Alone, or beside words of no row (`ignorés: 2`, `tid: 3`), it qualifies as it does in its own language.
  return others.length === 0 || others.some((l) => [...l].some((language) => languages.has(language)));
}

/** Whether a qualifier, or a descriptor ending the name of a single value, qualifies the field. */
function qualified(field: Field): boolean {
  const { own, context } = field.written ?? field;
  if (hasQualifier([...context, ...own])) return true;
  const scalar = field.value === null || typeof field.value !== 'object';
  return scalar && [own.at(-1), context.at(-1)].some((w) => w !== undefined && DESCRIPTORS.has(w));
}
/** The name without its role word: `tests_skipped` and `tests_total` (or `tests: {skipped, total}`) count the same things. */
const stemOf = (field: Field, role: ReadonlySet<string>): string => {
  const alone = field.own.length === 1 ? ALONE_ROLE_WORDS.get(role) : undefined;
  const noun = (role === PASSED_WORDS ? passNounCounted(field.own) : undefined) ?? aloneWordCounted(field.own, role);
  return [...field.context, ...field.own].filter((w) => !role.has(w) && !(alone?.has(w) === true && w === field.own[0]) && w !== noun).join(' ');
};
/**
 * The stem counts are weighed against their total under: {@link stemOf} without the words that say only "how many"
 * (`count`, `num`, `number of`), so `skipped_count`, `num_skipped`, `number_of_skipped` and `skippedCount` are parts of
 * `total` as `skipped` is, and `total_count` the total of `passed` (found session 44: a total beside counts spelled apart
 * was weighed against none of them, and `{total: 10, passed: 10, skipped_count: 5}` passed).
 */
const summedStemOf = (field: Field, role: ReadonlySet<string>): string => {
  // The name's own words without the total's word and the tests it counts (helper za, session 45): `total_tests`,
  // Cypress's `totalTests` and Jest's `numTotalTests` are the total of `passed`, `totalPassed` and `numPassedTests`; the
  // objects it sits in stay its stem (`tests: {…}` and `checks: {…}` are two).
  const own = stemOf({ ...field, context: [] }, role).split(' ');
  const context = field.context.filter((w) => !role.has(w));
  return [...context.filter((w) => !howManyWord(w)), ...own.filter((w, i) => !countedOnly(w, own[i + 1]))].filter((w) => w !== '').join(' ');
};
const howManyWord = (w: string): boolean => countingWord(w) || ITEM_JOINERS.has(w);
/** Whether a word of a count's own name says only how many of the tests (`count`, `cnt`, `no` before `of`, `total`, `tests`). */
const countedOnly = (w: string, next: string | undefined): boolean => howManyWord(w) || TOTAL_WORDS.has(w) || TEST_ITEM_WORDS.has(w) || (next === 'of' && COUNT_NAME_SHORTENINGS_BEFORE_OF.includes(w));
/**
 * An outcome count's name without its "how many" words: `skipped`, `skipped_count`, `totalSkipped` and `skipped_tests` are
 * one count spelled four ways; the outcome word of the object it sits in is its name too (`passed: {count}` and
 * `skipped: {count}` are two).
 */
const outcomeSpelling = (field: Field, role: ReadonlySet<string>): string => {
  const own = field.own.filter((w, i) => !countedOnly(w, field.own[i + 1]));
  return [...field.context.filter((w) => role.has(w)), ...own].join(' ');
};
/**
 * The outcome counts (passed, failed, skipped) under each summed stem ({@link summedStemOf}), `include`d, added up: one
 * count written under two spellings (`skipped: 5` and `skipped_count: 5`) is one count, the larger; distinct outcomes
 * (`failures` and `errors`) add up. Each summed field goes to `onPart` once.
 */
function outcomeSums(fields: readonly Field[], include: (f: Field, role: ReadonlySet<string>) => boolean, onPart?: (f: Field, role: ReadonlySet<string>) => void): Map<string, number> {
  const largest = new Map<string, { value: number; stem: string; field: Field; role: ReadonlySet<string> }>();
  for (const role of [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS, PENDING_WORDS()]) {
    for (const f of fields) {
      if (!playsRole(f, role) || !isCount(f.value) || !include(f, role)) continue;
      const stem = summedStemOf(f, role);
      const key = `${stem}\0${outcomeSpelling(f, role)}`;
      const seen = largest.get(key);
      if (seen === undefined || f.value > seen.value) largest.set(key, { value: f.value, stem, field: f, role });
    }
  }
  const sums = new Map<string, number>();
  for (const { value, stem, field, role } of largest.values()) {
    sums.set(stem, (sums.get(stem) ?? 0) + value);
    onPart?.(field, role);
  }
  return sums;
}

const PENDING_WORDS = lazy((): ReadonlySet<string> => new Set(PENDING_OUTCOME_WORDS));
/** Pass nouns a count of passed items is named by beside a word for "how many" (GitLab's `success_count`, `num_success`, `pass_count`). */
const PASS_COUNT_NOUNS: ReadonlySet<string> = new Set(['success', 'successes', 'successful', 'succeeded', 'pass', 'passes']);
/**
 * The pass noun of a name made of one such noun and words that say "how many" only (`success_count`, `num_passes`),
 * or undefined: GitLab's test report counts its passed cases so (`total_count: 10, success_count: 9, failed_count: 0,
 * skipped_count: 1`), and read as no count its total was left with nine cases in no outcome.
 */
function passNounCounted(own: readonly string[]): string | undefined {
  if (own.length < 2 || !own.every((w) => PASS_COUNT_NOUNS.has(w) || countingWord(w))) return undefined;
  const nouns = own.filter((w) => PASS_COUNT_NOUNS.has(w));
  return nouns.length === 1 ? nouns[0] : undefined;
}

/** The status's siblings and the members of its sibling objects (`summary`, `counts`), never the status itself. */
function fieldsBeside(root: unknown, statusPointer: string): Field[] {
  const steps = parsePointer(statusPointer);
  const statusKey = steps.at(-1);
  if (statusKey === undefined) return [];
  return fieldsOf(root, pointerOf(steps.slice(0, -1)), statusKey);
}

/**
 * {@link fieldsBeside} for the gate's own status: its siblings are marked as the members of the object that holds it,
 * which a map of results read with no context never is (`summary: {status: pass, e2e_failures: {…}}` against `suites:
 * {e2e_failures: {…}}`; helper hs, session 42).
 */
function fieldsBesideTheStatus(root: unknown, statusPointer: string): Field[] {
  return fieldsBeside(root, statusPointer).map((f) => (f.context.length === 0 ? { ...f, besideTheStatus: true } : f));
}

/** The members of the object at `parentPointer` and those of the objects directly inside it, `skip` left out. */
function fieldsOf(root: unknown, parentPointer: string, skip?: string): Field[] {
  const parent = getAtPointer(root, parentPointer);
  if (!parent.found || !isRecord(parent.value)) return [];
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(parent.value)) {
    if (key === skip) continue;
    const at = `${parentPointer}/${encodePointerSegment(key)}`;
    const words = readWords(key);
    const written = nameWords(key);
    fields.push({ pointer: at, own: words, context: [], written: { own: written, context: [] }, value });
    if (!isRecord(value)) continue;
    for (const [inner, v] of Object.entries(value)) fields.push({ pointer: `${at}/${encodePointerSegment(inner)}`, own: readWords(inner), context: words, written: { own: nameWords(inner), context: written }, value: v });
  }
  return fields;
}

/** A number written as text in any spelling (`"3"`, `"3.0"`, `"+3"`, `"1e2"`). */
const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/**
 * The number a text spells as it reads (`"3"`, `"３"` in full width, `"3\u200b"`), or undefined when it spells none.
 * Narrower than {@link numberWrittenAsText} on purpose: a count written behind markup, escapes or a terminal control
 * (`"<b>0</b>"`, `"\u001b[0m0"`) is no plain count here, so a zero in disguise beside a value is `wrong_type`, never a
 * zero that lets it pass (fuzz slice; test/sdk/evidence-readers.test.ts).
 */
function numberInText(text: string): number | undefined {
  // Digits of other scripts (`٢`, `२`, `๒`) count as ASCII ones do: `"فشل": "٢"` is two failures.
  const read = PLAIN.test(text) ? text : visibleForm(asciiDigits(text));
  if (NUMERIC_TEXT.test(read)) return Number(read);
  // Digits grouped by thousands, as a report printed for people writes them (`1,204`, `1_204`, `1 204`, `1'204`).
  return GROUPED_DIGITS.test(read) ? Number(read.replace(/[^0-9+]/g, '')) : undefined;
}

const GROUPED_DIGITS = /^\s*\+?\d{1,3}(?:([,_' \u00a0\u202f])\d{3})(?:\1\d{3})*\s*$/;

/** An outcome as it reads, for comparing with status words: `FAILED`, `ｆａｉｌ`, `fail\u200b`, `fаil` (Cyrillic а) → `failed`, `fail`. */
function outcomeWord(text: string): string {
  return PLAIN.test(text) ? text.trim().toLowerCase() : caselessVisibleForm(text);
}

/**
 * A failure count above zero (also written as text: `"3"`, `"3.0"`), a failure list with entries, a failed flag set, or
 * a map of failures by name (`failures: {"test a": "boom"}`, `errors: {lint: 3}`) one of whose unqualified members
 * shows one (a count above zero, text, entries, a set flag).
 */
function failureShown(field: Field): string | undefined {
  const v = field.value;
  if (isCount(v) && v > 0) return `counts ${v} failure${v === 1 ? '' : 's'}`;
  if (typeof v === 'string' && (numberInText(v) ?? 0) > 0) return `counts ${v.trim()} failures (written as text)`;
  if (typeof v === 'string' && noneInMarkup(v)) return undefined;
  // No report writes a count with control characters, bidi controls or markup in it: what it shows is not what it says.
  if (typeof v === 'string' && DISGUISED_TEXT.test(v)) return `is ${JSON.stringify(v)}, a count written with control characters, format characters or markup: never read as zero`;
  // `нет ошибок` drawn as Latin reads a б as a 6: a text that says none, as written, counts none.
  if (typeof v === 'string' && saysNone(v)) return undefined;
  // A count with a remark (`"0 (of 12)"`, `"0 (2 failed)"`) is read as json_schema reads it ({@link countBesideRemark}),
  // so a report's count means one thing to both gates.
  const remarked = typeof v === 'string' && !DISGUISED_TEXT.test(v) ? countBesideRemark(v) : undefined;
  if (remarked !== undefined) return remarked > 0 ? `counts ${JSON.stringify((v as string).trim())} failures (written as text)` : undefined;
  // A count in another spelling (`"2,0"` with a decimal comma, `"2 tests"`, `"two"`): any digit but 0, or a number word.
  if (typeof v === 'string' && numberInText(v) === undefined && textCountsSome(v)) return `counts ${JSON.stringify(v.trim())} failures (written as text)`;
  // A count's place holding a text that reads as no number and no none (`num_failed: "N"`, `failed_count: ">0"`,
  // `error_count: "several"`) shows no zero: only what reads as none may stand beside a pass (red team js). A bare
  // `failed: "parser"` names an item, which the failure-text reader tells.
  if (typeof v === 'string' && unreadCountText(field, v)) return `is ${JSON.stringify(v.trim().slice(0, 120))}, a failure count written as text that reads as no number: never read as zero`;
  // Entries that each say they sit below an error (Robot Framework's `errors: [{message, level: "WARN"}]`, its
  // deprecation notices) list warnings under the name of a log of errors, as a pass flag at `level: "warn"` fails nothing.
  // A list named for what failed (`failed_tests`, `failures`) lists failures whatever level its entries were logged at.
  if (Array.isArray(v) && v.length > 0) return !field.own.some((w) => FAILED_LIST_WORDS.has(w)) && v.every(leveledBelowError) ? undefined : `lists ${v.length} failure${v.length === 1 ? '' : 's'}`;
  if (v === true && (field.own.some((w) => FAIL_FLAG_WORDS.has(w)) || saysHasFailures(field.own))) return 'is true';
  if (isRecord(v)) {
    // An object of a known shape that describes one thing under a failure's name (a k6 metric, a Lighthouse audit, a
    // Terraform output, a table of labels) shows a failure only where that shape says one.
    const described = describedUnderFailureName(field, v);
    if (described !== undefined) return described.shows;
    // An object with a `count`/`total` summarises its failures (`failures: {count: 1, first: "x"}`); that count is read on its own.
    const summary = Object.keys(v).some((k) => nameWords(k).every((w) => COUNT_WORDS.has(w)));
    // Beside its count, a summary may still list or name what failed (`errors: {count: 0, items: ["x"]}`, `failures:
    // {count: 0, first: "parser::x"}`): a failure shown there is one whatever the count says (red team pr).
    // A count that shows failures is read on its own, as before; only a count of none is denied by what is listed.
    const countShows = Object.entries(v).some(([k, m]) => nameWords(k).every((w) => COUNT_WORDS.has(w)) && memberShowsFailure(m));
    const listed = summary && !countShows ? Object.entries(v).find(([k, m]) => !hasQualifier(nameWords(k).filter((w) => !TEXT_OF_AN_ITEM.has(w))) && ((Array.isArray(m) && m.length > 0) || (typeof m === 'string' && FIRST_ITEM_NAMES.has(readWords(k).join(' ')) && !isBlank(m) && !saysNone(m) && !noneCell(m)))) : undefined;
    if (listed !== undefined) return Array.isArray(listed[1]) ? `lists ${listed[1].length} failure${listed[1].length === 1 ? '' : 's'} under ${JSON.stringify(listed[0])} beside its count` : `names ${JSON.stringify(String(listed[1]).slice(0, 120))} as a failure beside its count`;
    // A name of failures alone (`failing_tests`, `test_errors`) is an entry's only as a member of a map of them (`results`).
    if (!summary && !field.own.every((w) => FAIL_WORDS.has(w)) && (!namesFailuresOnly(field.own) || parsePointer(field.pointer).length > 1) && entryTellingItsOwnPass(v) && !itemsCountedUnderAFailureName(field, v)) return undefined;
    const named = summary ? undefined : Object.entries(v).find(([k, m]) => !qualified({ pointer: '', own: nameWords(k), context: [], value: m }) && memberShowsFailure(m));
    if (named !== undefined) return `maps ${JSON.stringify(named[0])} to a failure`;
  }
  return undefined;
}

/**
 * An object under a name that is more than failure words (`lint-errors`, `test_errors`, `error-pages`, `@acme/errors`)
 * that tells its own outcome, a pass or a skip, and nothing else that could hold a failure: a job, step, suite or test of
 * that name (GitHub's `toJSON(needs)` `{result: success, outputs: {}}`, a results map's `{status: passed, duration_ms: 12}`,
 * a suite's `{status: pass, tests: 4, failed: 0}`), no map of failures (red team xz, session 41). Beside its outcome
 * members it may hold only numbers it counts its items, passes, skips or time by, failure counts of 0, and GitHub's
 * `outputs` (texts and numbers of no failure); any other member (`lint: 3`, `failed: 1`, a text, a list) keeps it read as
 * a map of failures.
 */
function entryTellingItsOwnPass(v: Record<string, unknown>): boolean {
  let told = false;
  for (const [k, m] of Object.entries(v)) {
    const words = readWords(k);
    if (isOutcomeName(k, '')) {
      if (typeof m !== 'string' || !(PASS_WORDS.has(outcomeWord(m)) || SKIPPED_WORDS.has(outcomeWord(m)))) return false;
      told = true;
    } else if (typeof m === 'number') {
      if (!numberOfAnEntryThatPassed(words, m)) return false;
    } else if (!(words.join(' ') === 'outputs' && isRecord(m) && Object.entries(m).every(plainOutput))) return false;
  }
  return told;
}
/**
 * Whether an object of the document's own or beside the gate's status (at any depth: `summary: {status: pass,
 * e2e_failures: {…}}`), under a name of a subject and a failure noun (`e2e_failures`, `api_errors`),
 * counts items with no failure count of none beside them (`e2e_failures: {status: pass, tests: 9}`; red team xy, session
 * 41): read as a record of those failures, its items are the failures it counts, and its own pass proves none of them
 * passed. A job or suite of that name tells its own pass without counting items (GitHub's `lint-errors: {result:
 * success}`), or says none of its items failed (`{status: pass, tests: 9, failed: 0}`); a member of a map of results is
 * the entry its key names (`suites: {error-pages: {status: pass, tests: 4}}`).
 */
function itemsCountedUnderAFailureName(field: Field, v: Record<string, unknown>): boolean {
  // Only a member of the document's own object or of the status's: a map of results reads its members with no context
  // (`suites: {e2e_failures: …}`), so depth alone cannot tell them apart; being beside the gate's status does.
  if (field.context.length > 0 || (parsePointer(field.pointer).length !== 1 && field.besideTheStatus !== true)) return false;
  const members = Object.entries(v).map(([k, m]) => ({ words: readWords(k), m }));
  const counted = members.some(({ words, m }) => isCount(m) && m > 0 && words.length > 0 && words.every((w) => COUNTED_ITEMS.has(w)));
  const noneFailed = members.some(({ words, m }) => m === 0 && playsRole({ pointer: '', own: words, context: [], value: m }, FAIL_WORDS));
  return counted && !noneFailed;
}
/** A number an entry that passed may hold: a failure count of 0, or a count of its items, passes, skips or the time it took (every word of its name one of those). */
function numberOfAnEntryThatPassed(words: string[], value: number): boolean {
  if (playsRole({ pointer: '', own: words, context: [], value }, FAIL_WORDS)) return value === 0;
  return words.length > 0 && words.every((w) => TIME_TAKEN_WORDS.has(w) || PASSED_WORDS.has(w) || SKIPPED_WORDS.has(w) || COUNTED_ITEMS.has(w));
}
/**
 * A GitHub step or job output that tells nothing of an outcome: under a name of no failure, pass or exit code, an empty
 * text, `0`, or one token naming a version, a digest, a path or a URL. Outputs are texts; a sentence (`2 errors`), a
 * number (`3.0`), a flag (`false`) or `errors=3` may tell a failure (red team xw2).
 */
function plainOutput([name, value]: [string, unknown]): boolean {
  const own = readWords(name);
  if (playsRole({ pointer: '', own, context: [], value }, FAIL_WORDS) || playsRole({ pointer: '', own, context: [], value }, PASSED_WORDS) || EXIT_NAMES.has(own.join(' '))) return false;
  if (own.some((w) => COUNT_WORDS.has(w) || TOTAL_WORDS.has(w))) return value === '' || value === '0';
  return typeof value === 'string' && (value === '' || value === '0' || OUTPUT_TOKEN.test(value)) && !isFailedOutcome(value);
}
/** A version (`1.2.0`, `v2.0.0-rc.1`), a digest (`3f9a…`), a path or URL: what an output names without telling an outcome or a count. */
const OUTPUT_TOKEN = /^(?:v?\d+(?:\.\d+)+(?:[-+][\w.]+)?|[0-9a-f]{7,64}|[\w.@~-]*\/[\w.@~/:%-]*)$/;

/** Whether a handleSummary rate's `rate` is its `passes` over all its samples. */
const rateOfItsCounts = (rate: number, passes: number, fails: unknown): boolean =>
  typeof fails === 'number' && Number.isInteger(passes) && Number.isInteger(fails) && passes >= 0 && fails >= 0 && passes + fails > 0 && Math.abs(rate - passes / (passes + fails)) <= 1e-9;
/**
 * What an object under a failure's name shows when it is of a shape that describes one thing rather than mapping failures
 * by name, or undefined when it is of none of them. Its members are that thing's attributes (`contains: "default"`,
 * `title: "No browser errors logged to the console"`, `value: "404.html"`), no failed items:
 * - a k6 metric (`http_req_failed: {type: "rate", contains: "default", values: {rate, passes, fails}}`): a threshold not
 *   ok fails it, and a rate of failures counts the requests that failed as its `passes` (above zero: failures);
 * - a Lighthouse audit (`errors-in-console: {id, title, score, scoreDisplayMode}`): a score below 1 or items in its details;
 * - a Terraform output (`error_page: {value, type, sensitive}`): its value read as the field's own, a text naming a value;
 * - a table of labels (`errors: {failed: "Fehlgeschlagen", timeout: "Zeitüberschreitung"}`, i18n): every key an outcome
 *   or state word, every member a text of letters, one of them an outcome word itself: what may be shown, not what happened.
 */
function describedUnderFailureName(field: Field, v: Record<string, unknown>): { shows: string | undefined } | undefined {
  const keys = Object.keys(v);
  const values = v['values'];
  if (typeof v['type'] === 'string' && K6_METRIC_TYPES.has(v['type']) && typeof v['contains'] === 'string' && isRecord(values) && keys.every((k) => K6_METRIC_KEYS.has(k))) {
    const broken = k6ThresholdNotMet(v);
    if (broken !== undefined) return { shows: `holds the threshold ${JSON.stringify(broken)} not met` };
    if (v['type'] !== 'rate') return { shows: undefined };
    const [rate, passes] = [values['rate'], values['passes']];
    if (typeof rate !== 'number' || typeof passes !== 'number') return { shows: 'is a rate of failures without its rate and count: never read as none' };
    // Within thresholds of its own that k6 judged met (`thresholds: {"rate<0.01": {ok: true}}`), a rate its counts bear out.
    if (rateOfItsCounts(rate, passes, values['fails']) && k6RateWithinMetThresholds(v['thresholds'], (t) => isRecord(t) && t['ok'] === true, rate, true)) return { shows: undefined };
    return { shows: rate > 0 || passes > 0 ? `counts ${passes} failure${passes === 1 ? '' : 's'} (a rate of ${rate})` : undefined };
  }
  const exported = k6ExportMetricShows(field.pointer, v, true);
  if (exported !== undefined) return exported;
  // Lighthouse keys each audit by its own id (`audits: {"errors-in-console": {id: "errors-in-console", …}}`).
  const key = parsePointer(field.pointer).at(-1);
  if (typeof v['id'] === 'string' && v['id'] === key && typeof v['scoreDisplayMode'] === 'string' && 'score' in v && keys.every((k) => LIGHTHOUSE_AUDIT_KEYS.has(k))) {
    // An audit that could not run says so in its `errorMessage` (Lighthouse's `scoreDisplayMode: "error"`).
    if ((typeof v['errorMessage'] === 'string' && !isBlank(v['errorMessage'])) || v['scoreDisplayMode'] === 'error') return { shows: `is an audit that erred: ${JSON.stringify(String(v['errorMessage'] ?? 'error').slice(0, 120))}` };
    const details = v['details'];
    const items = isRecord(details) && Array.isArray(details['items']) ? details['items'].length : 0;
    const score = v['score'];
    const unscored = score === null && LIGHTHOUSE_UNSCORED.has(v['scoreDisplayMode']);
    if (!(score === 1 || unscored) || items > 0) return { shows: `scores ${JSON.stringify(score)}${items > 0 ? ` with ${items} item${items === 1 ? '' : 's'} found` : ''}: the audit failed` };
    return { shows: undefined };
  }
  if ('value' in v && typeof v['sensitive'] === 'boolean' && keys.every((k) => k === 'value' || k === 'type' || k === 'sensitive')) {
    // A text names a value only under a name of something else the failure word qualifies (`error_page`, `failure_topic`);
    // under the failure's own name (`error: {value: "segfault"}`) it is the failure's text, read as the field's own.
    const value = v['value'];
    const names = !namesFailuresOnly(field.own);
    // An object value is the field's own too under the failure's own name (`failed_tests: {value: {login: "boom"}}`): a map
    // of failures by name, read as one; under a name of something else it is that thing's value.
    return { shows: names && (typeof value === 'string' || isRecord(value)) ? undefined : failureShown({ ...field, value }) ?? (typeof value === 'string' && !isBlank(value) && !saysNone(value) ? `holds the failure ${JSON.stringify(value.slice(0, 120))}` : undefined) };
  }
  return isTableOfLabels(v) ? { shows: undefined } : undefined;
}
/**
 * A table of labels (`errors: {failed: "Fehlgeschlagen", timeout: "Zeitüberschreitung"}`, i18n): every key an outcome or
 * state word, every member the label of a state ({@link labelsAState}), one of them an outcome word other than its key.
 * Under a failure's name it is what may be shown, not what happened: json_schema and the status reader read it alike.
 */
function isTableOfLabels(v: Record<string, unknown>): boolean {
  const entries = Object.entries(v);
  return (
    entries.length > 0 &&
    entries.length <= MAX_LABELS &&
    entries.every(([k, m]) => typeof m === 'string' && LABEL_TEXT.test(m) && (isOutcomeValue(k) || STATE_KEYS.has(readWords(k).join(' ')) || UNFINISHED_STATES.has(readWords(k).join('_'))) && labelsAState(m)) &&
    entries.some(([k, m]) => isOutcomeValue(m as string) && (m as string).trim().toLowerCase() !== k.trim().toLowerCase()) &&
    // A translation names its key's state in another language; a state mapped to an English outcome other than itself
    // (`failures: {timeout: "failed"}`) tells what became of an item named so, as a map of outcomes does.
    !entries.some(([k, m]) => (m as string).trim().toLowerCase() !== k.trim().toLowerCase() && readWords(m as string).every((w) => ENGLISH_OUTCOME_WORDS.has(w)))
  );
}
const MAX_LABELS = 200;
/** Whether the last name of a pointer names failures (`/errors`, `/run/failures`), as a table of labels stands under. */
const namedForFailures = (pointer: string): boolean => {
  const last = parsePointer(pointer).at(-1);
  return last !== undefined && readWords(last).some((w) => FAIL_WORDS.has(w));
};
/**
 * What a metric of k6's `--summary-export` under `metrics` shows ({@link isK6ExportMetric}): a threshold written `true`
 * was crossed; a rate of failures (`http_req_failed`, `errors`: `ofFailures`) counts them in `passes` and its `value`, not
 * in `fails` (red team rm, session 46). Undefined for any other object, and for a rate of other samples (`checks`), whose
 * `fails` the map readers read as failures as before.
 */
function k6ExportMetricShows(pointer: string, v: Record<string, unknown>, ofFailures: boolean): { shows: string | undefined } | undefined {
  if (!pointer.includes('/metrics/') || parsePointer(pointer).at(-2) !== 'metrics' || !isK6ExportMetric(v)) return undefined;
  const crossed = k6ExportThresholdCrossed(v);
  if (crossed !== undefined) return { shows: `holds the threshold ${JSON.stringify(crossed)} crossed (a summary export writes a failed threshold as true)` };
  // A rate within thresholds of its own k6 judged met (`thresholds: {"rate<0.01": false}`), or a rate of samples named
  // for neither outcome (`cache_hit`, whose false samples are misses), counts no failure (helper fa, session 48).
  if (isK6ExportRate(v) && (k6RateWithinMetThresholds(v['thresholds'], (t) => t === false, v['value'] as number, ofFailures) || (!ofFailures && rateOfNeitherOutcome(pointer)))) return { shows: undefined };
  if (!ofFailures || !isK6ExportRate(v)) return ofFailures ? { shows: undefined } : undefined;
  const [rate, passes] = [v['value'] as number, v['passes'] as number];
  return { shows: rate > 0 || passes > 0 ? `counts ${passes} failure${passes === 1 ? '' : 's'} (a rate of ${rate}: a summary export counts a rate's true samples as its passes)` : undefined };
}
/**
 * Whether a k6 rate is named for a property of its samples, neither outcome (`cache_hit`, `gzip_used`, `is_cached`): for a
 * rate k6 counts true samples as `passes` and false ones as `fails` (grafana/k6 issue 2386), so under such a name its
 * `fails` are misses, no failures. Only a name of such words alone: any other (`http_req_failed`, `checks`, `login_ok`,
 * `tests`, `payment_processed`) may name an outcome, and its `fails` are read as before (fail-closed; helper fa's
 * reading of every name but outcome words was turned around by the lead, session 48).
 */
function rateOfNeitherOutcome(pointer: string): boolean {
  const words = readWords(parsePointer(pointer).at(-1) ?? '');
  return words.length > 0 && words.every((w) => RATE_OF_A_PROPERTY_WORDS.has(w));
}
/** Words of a rate's name that say what its samples are, never how they ended: caches, compression, connections, variants. */
const RATE_OF_A_PROPERTY_WORDS: ReadonlySet<string> = new Set([
  'cache', 'cached', 'caching', 'hit', 'hits', 'miss', 'misses', 'used', 'use', 'uses', 'gzip', 'gzipped', 'brotli', 'br', 'compressed', 'compression', 'encoded', 'encoding',
  'is', 'has', 'from', 'served', 'cdn', 'edge', 'origin', 'keepalive', 'keep', 'reused', 'reuse', 'resumed', 'session', 'tls', 'http2', 'h2', 'http3', 'h3', 'conn', 'connection',
  'redirect', 'redirected', 'warm', 'cold', 'hot', 'local', 'remote', 'mobile', 'desktop', 'variant', 'flag', 'feature', 'enabled', 'sampled', 'new', 'returning', 'user', 'users',
]);
/** A k6 metric's threshold that is not met (`thresholds: {"p(95)<500": {ok: false}}`), by its expression, or undefined. */
function k6ThresholdNotMet(v: Record<string, unknown>): string | undefined {
  const thresholds = v['thresholds'];
  return isRecord(thresholds) ? Object.keys(thresholds).find((t) => !(isRecord(thresholds[t]) && thresholds[t]['ok'] === true)) : undefined;
}
/** Whether an object is a k6 summary's metric (`{type: "trend", contains: "time", values: {…}, thresholds: {…}}`). */
const isK6Metric = (v: Record<string, unknown>): boolean =>
  typeof v['type'] === 'string' && K6_METRIC_TYPES.has(v['type']) && typeof v['contains'] === 'string' && isRecord(v['values']) && Object.keys(v).every((k) => K6_METRIC_KEYS.has(k));
const K6_METRIC_TYPES: ReadonlySet<string> = new Set(['counter', 'gauge', 'rate', 'trend']);
const K6_METRIC_KEYS: ReadonlySet<string> = new Set(['type', 'contains', 'values', 'thresholds', 'submetrics', 'name', 'tainted']);
const LIGHTHOUSE_UNSCORED: ReadonlySet<string> = new Set(['notApplicable', 'manual', 'informative']);
const LIGHTHOUSE_AUDIT_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'description', 'score', 'scoreDisplayMode', 'displayValue', 'details', 'numericValue', 'numericUnit', 'warnings', 'explanation', 'errorMessage', 'errorStack', 'metricSavings', 'guidanceLevel', 'scoringOptions', 'manualDescription']);
/**
 * Whether a table's text is the label of a state (`Fehlgeschlagen`, `Zeitüberschreitung`, `Délai dépassé`): an outcome
 * word, or words of the vocabulary's outcomes and states and of the states a label table names (timeouts, crashes,
 * warnings, what is pending) in any language. Any other text (`crash: "Parser"`) names an item, as a map of failures
 * by name does (red team pr, session 36): such a map is no table of labels.
 */
function labelsAState(text: string): boolean {
  if (isOutcomeValue(text)) return true;
  const words = readWords(text);
  return words.length > 0 && words.every((w) => STATE_LABEL_WORDS.has(w));
}
const STATE_LABEL_WORDS: ReadonlySet<string> = wordSet('STATE_LABEL_WORDS', () => [
  ...readSet(vocabulary(['pass', 'failed', 'errors', 'skipped', 'ended', 'passed', 'outcome'])), ...STATE_KEYS, ...UNFINISHED_STATES, ...readSet(writtenWords('states')),
]);
/** A label's text: letters and spaces, as a translation writes one (`Fehlgeschlagen`, `Zeitüberschreitung`, `Échoué`). */
const LABEL_TEXT = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]{0,60}$/u;

/**
 * Whether `text` stands in a place named only as a count of failures (`num_failed`, `failed_count`, `errors_total`) and
 * reads as no number and no none: a blank, a lone dash (a table's empty cell), a none word or markup, and a number with a
 * remark (`"0 (of 12)"`) are read as before.
 */
function unreadCountText(field: Field, text: string): boolean {
  if (!namesFailuresOnly(field.own) || !field.own.some((w) => COUNT_WORDS.has(w) || TOTAL_WORDS.has(w) || w === 'number' || w === 'num')) return false;
  const shown = removeInvisible(text).normalize('NFKC').trim();
  if (shown === '' || /^[-\u2010-\u2015\u2212]$/u.test(shown) || saysNone(text) || noneInMarkup(text)) return false;
  // What a failure text reads as none in, a count's place reads so too (`n/a`, `null`, `--`, `zero`, `no failures`; JavaScript's `undefined`), and a
  // zero with a decimal comma or as a share (`0,0`, `0%`, `0.00 %`): as written, never through a disguise (review rv).
  if (noneCell(text) || shown === 'undefined' || (PLAIN.test(text) && (NO_FAILURE_TEXT.test(shown) || ZERO_WRITTEN_ELSE.test(shown)))) return false;
  return numberInText(text) === undefined && numberWrittenAsText(text, { wordy: true }) === undefined && numberWithRemark(text) === undefined;
}

/** Words that name a failure's text, which qualify a count (`failure_message_count`) but not a list of the failures' texts. */
const TEXT_OF_AN_ITEM: ReadonlySet<string> = new Set(['message', 'messages', 'reason', 'reasons']);
/** Members of a failure summary that name a failed item (`first: "parser::x"`, `latest`, `example`, `worst`). */
const FIRST_ITEM_NAMES: ReadonlySet<string> = new Set(['first', 'last', 'latest', 'example', 'sample', 'top', 'worst', 'name', 'names', 'item', 'test', 'case', 'first failure', 'first error']);
const ZERO_WRITTEN_ELSE = /^0+(?:[.,]0+)?(?:[^\S\n]*%)?$/u;

/**
 * A flag that says failures are there (`has_failures`, `hasErrors`, `contains_errors`, `any_failures`, `had_failed_tests`):
 * the noun `failures` alone is no flag word (a `failures: true` setting asks for them to be reported), but after these
 * verbs it is one. Only a name of nothing else (`has_error_handling` says what the code can do, not what failed).
 */
/**
 * A flag that says there were no failures (`no_failures`, `error_free`, `without_errors`, `sans_échec`, `失敗なし`): false,
 * it says there were some. Only a name of nothing else (`no_errors_reported_by_lint` names more than the run's failures).
 */
function saysNoFailures(words: readonly string[]): boolean {
  if (words.length === 1) return NO_FAILURES.has(words[0] as string);
  return words.length === 2 && words[0] === 'no' && FAIL_WORDS.has(words[1] as string) && !CODE_NAMES.has(words[1] as string);
}

const HAS_WORDS: ReadonlySet<string> = new Set(['has', 'had', 'contains', 'any']);
function saysHasFailures(words: readonly string[]): boolean {
  const [verb, ...rest] = words;
  return verb !== undefined && HAS_WORDS.has(verb) && rest.some((w) => FAIL_WORDS.has(w)) && rest.every((w) => FAIL_WORDS.has(w) || COMPOUND_PARTS.has(w));
}

/** Control characters (tab and line ends aside), format characters (bidi controls, zero-width), HTML tags and references. */
const DISGUISED_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cf}]|<\/?[A-Za-z][^<>]*>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

/**
 * Words a count of some is written in, in every language of the vocabulary (`three`, `drei`, `deux`, `три`), as a reader
 * takes them; in scripts without spaces a numeral is read wherever it stands (`三`, `两个`).
 */
const numeralPattern = lazy((): string => {
  const words = [...readSet(vocabulary(['some']))].sort((a, b) => b.length - a.length);
  const spaced = words.filter((w) => !UNSPACED_SCRIPT.test(w));
  const unspaced = words.filter((w) => UNSPACED_SCRIPT.test(w));
  // Numerals without spaces run together into one number (`十二`, `二十`).
  // Spaced numerals may be joined by a hyphen or space (`twenty-one`, `vingt et un` aside).
  const word = `(?:${spaced.join('|')})`;
  return `(?<![\\p{L}])${word}(?:[-\\s]${word})*(?![\\p{L}])|(?:${unspaced.join('|')})+`;
});
const numberWords = lazy((): RegExp => new RegExp(numeralPattern(), 'u'));
const wholeNumeral = lazy((): RegExp => new RegExp(`^(?:${numeralPattern()})$`, 'iu'));

/**
 * A pattern that reads a count in digits or in words, compiled twice: with the whole vocabulary's numerals in every place
 * `numeral` stands (~6 KB a place: the lone count's four cost ~75 ms to compile, more than all the reading they do in a
 * run), and with a numeral that matches nothing. A text no numeral matches in is read with the second: every path
 * through a numeral fails on it, so both find the same matches, groups and splits
 * (test/sdk/count-patterns.property.test.ts).
 */
function countPattern(build: (numeral: string) => string, flags: string): (text: string) => RegExp {
  const withNumerals = lazy(() => new RegExp(build(numeralPattern()), flags));
  const digitsOnly = lazy(() => new RegExp(build(NO_NUMERAL), flags));
  return (text) => (mayHoldNumeral(text) ? withNumerals() : digitsOnly());
}
/** An empty lookahead that fails: a numeral that is never there. */
const NO_NUMERAL = '(?!)';
/**
 * Whether a numeral (`two`, `drei`, `三`) may stand in `text`, as the case-insensitive patterns read one. Printable ASCII
 * is read in lower case: the vocabulary's numerals are written so, and no character beyond ASCII folds to an ASCII one
 * but `ſ` and the Kelvin sign, which no numeral holds (checked by the property test). Anything else may hold one.
 */
function mayHoldNumeral(text: string): boolean {
  return !PLAIN.test(text) || numberWords().test(text.toLowerCase());
}
/** The patterns {@link countPattern} builds, both ways, with the test that picks one: for the property test only. */
export const COUNT_PATTERNS_FOR_TESTS = {
  numeralPattern: (): string => numeralPattern(),
  numeralWords: (): string[] => [...readSet(vocabulary(['some']))],
  mayHoldNumeral,
  /** The pattern of how a run ended before a count it joins, and the cheap test that lets a text through to it. */
  endedWithLead: (text: string): RegExp => endedWithLead(text),
  mayJoinACount: (): RegExp => mayJoinACount(),
  patterns: (): readonly (readonly [string, RegExp, RegExp])[] =>
    COUNT_PATTERN_BUILDS.map(([name, build, flags]) => [name, new RegExp(build(numeralPattern()), flags), new RegExp(build(NO_NUMERAL), flags)] as const),
};
const onlyNumberWords = lazy((): RegExp => new RegExp(`^(?:${numeralPattern()})$`, 'u'));

/**
 * Whether a short text is nothing but a count of some in words, in any language of the vocabulary (`three`, `drei`,
 * `trois`, `три`, `三`, `twenty-one`), as a reader takes it (case, width, look-alikes): a number written as text whose
 * value the engine does not know, only that it is more than zero.
 */
export function spellsSomeInWords(text: string, place?: string): boolean {
  if (text.length > 40 || isBlank(text)) return false;
  const read = caselessVisibleForm(text).trim();
  if (!onlyNumberWords().test(read)) return false;
  return place === undefined || !onlyEnglishLookalikes(read) || placeCounts(place);
}
/**
 * Whether a text is nothing but words that are English words as well as another language's numerals (`to`, `on`, `due`,
 * `due to`, `en`, `once`, `fire`): read by a place's name, not by itself (reviewer, session 29). Where the place counts
 * (`failed`, `errori`, `fel`, `count`) they are that count (`"errori": "due"` is two); anywhere else (`"locale": "en"`,
 * `"retry": "on"`, `"note": "due to"`) they are the English word, and read as a count they would fail a sound report.
 */
function onlyEnglishLookalikes(read: string): boolean {
  return read.split(/[-\s]+/u).every((w) => ENGLISH_WORD_NUMERALS().has(w));
}
const SETTING_NAMED_WITH_A_NUMERAL = lazy(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ENGLISH_LOOKALIKE_NUMERALS.join('|')})[^\S\n]*[:=][^\S\n]*\p{L}`, 'iu'));
const ENGLISH_WORD_NUMERALS = lazy((): ReadonlySet<string> => new Set([...ENGLISH_LOOKALIKE_NUMERALS, 'en', 'et', 'um', 'cent']));
/** Whether a field's name counts items (`failed`, `error_count`, `errori`, `total`), so a number word in it is a count. */
const placeCounts = (place: string): boolean => readWords(place).some((w) => isCountName(w) || COUNT_WORDS.has(w));
/** Whether a text that spells no plain number still counts some: a digit other than 0 (`2,0`, `2 tests`, `1/3`), a number word or a Roman numeral (`II`, `Ⅱ`). */
function textCountsSome(text: string): boolean {
  const read = caselessVisibleForm(asciiDigits(text));
  return /[1-9]/u.test(read) || numberWords().test(read) || romanCount(text.trim()) !== undefined || (!PLAIN.test(text) && romanCount(text.normalize('NFKC').trim()) !== undefined);
}
const ROMAN_AT_END = /(?<![\p{L}])(?:[IVX]{2,7}|[ivx]{2,7}|[\u2160-\u217f]{1,4})$/u;
/** The Roman numerals a number form writes as one character or a few (`Ⅱ`, `ⅲ`, `Ⅻ`): numerals only, whatever their value. */
const NUMBER_FORM_ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;
/**
 * The count a Roman numeral says, or undefined where it may be a word: in capitals from two letters (`II`, `XII`; a lone
 * `I`, `V`, `X` or a run of X is a word or a placeholder); in the number forms at any value (`ⅱ`, `Ⅻ`, `ⅰ`: nothing else is
 * written in them); in small letters from three (`iii`, `xiv`) and `ii`, since `vi`, `xi`, `iv`, `ix` and `xv` are words
 * and names (an editor, a letter, an initialisation vector).
 */
function romanCount(numeral: string): number | undefined {
  if (UPPER_ROMAN.test(numeral)) return romanValue(numeral);
  if (/^[\u2160-\u217f]+$/u.test(numeral)) {
    const letters = numeral.normalize('NFKC').toUpperCase();
    return NUMBER_FORM_ROMAN.test(letters) ? romanValue(letters) : undefined;
  }
  if (!/^[ivx]{2,7}$/u.test(numeral) || (numeral.length < 3 && numeral !== 'ii')) return undefined;
  const upper = numeral.toUpperCase();
  return UPPER_ROMAN.test(upper) ? romanValue(upper) : undefined;
}

const memberShowsFailure = (m: unknown): boolean =>
  (typeof m === 'number' && m > 0) || m === true || (typeof m === 'string' && !isBlank(m) && numberInText(m) !== 0) || (Array.isArray(m) && m.length > 0) || (isRecord(m) && Object.keys(m).length > 0);

type Finding = Omit<StatusContradiction, 'message'> & { says: string };

/** How the numbers of the document were written: those a double cannot hold, those written with a fraction (`5.0`). */
export interface NumberSpellings {
  inexact: ReadonlyMap<string, string>;
  nonInteger: ReadonlySet<string>;
}

const COUNT_ROLES = [FAIL_WORDS, PASSED_WORDS, SKIPPED_WORDS, TOTAL_WORDS] as const;

/**
 * A number among the counts the status is read with that is no count: one a double cannot hold as written
 * (`imprecise_number`: `10.00000000000000000001`), or not a whole number of at least 0 written as one (`wrong_type`:
 * `nan`, `-1`, `0.5`, `10.0`). Read as they are, they would be compared as counts they are not.
 */
function notACount(fields: readonly Field[], numbers: NumberSpellings, alsoCount: (field: Field) => boolean = () => false): Finding | undefined {
  for (const field of fields) {
    const unfilled = countLeftUnfilled(field, alsoCount, fields) ?? countHoldingNoCount(field, fields);
    if (unfilled !== undefined) return unfilled;
    if ((typeof field.value !== 'number' && typeof field.value !== 'string') || !(COUNT_ROLES.some((role) => playsRole(field, role)) || alsoCount(field))) continue;
    if (coveragePercentage(field) || sumOfMeasures(field, fields)) continue;
    if (typeof field.value === 'string') {
      const text = textNotACount(field.value);
      if (text !== undefined) return { ...text, pointer: field.pointer, actual: field.value };
      continue;
    }
    const written = numbers.inexact.get(field.pointer);
    if (written !== undefined) return { code: 'imprecise_number', pointer: field.pointer, says: `is the count ${written}, which no double holds exactly`, actual: written };
    if (!isCount(field.value) || numbers.nonInteger.has(field.pointer)) return { code: 'wrong_type', pointer: field.pointer, says: `is ${String(field.value)}${isCount(field.value) ? ' written with a fraction or exponent' : ''}, which no count can be (a count is a whole number of at least 0)`, actual: field.value };
  }
  return undefined;
}

/**
 * A count a measured value or an outcome is measured over (`total`, `passed`, `tests`, `skipped`, Istanbul's `covered`,
 * lcov's `lines_found`, a `denominator`) left blank or as its template wrote it (`"TBD"`, `"${PASSED}"`, `"{{ tests }}"`,
 * `"<value>"`, `"[total]"`, `"XX"`), as the shared placeholder reader reads a count ({@link countContentProblem}: through
 * markup, entities, escapes and invisible characters): no run said how many items it measured, so the value beside it
 * proves nothing (red teams xj and xc, session 43). Text is judged by what it reads as, never by what it merely mentions: a
 * count shown as a number (`"200"`) is that number ({@link textNotACount}). Failure counts are left to {@link failureBeside},
 * which reads a none in words and a template's slot there; a text under a run's name (`run: "${RUN_ID}"`) names the run,
 * and a text about a count (`total_label`, `total_unit`, `passed_msg`: {@link namesTextAboutACount}) describes it: neither
 * counts. A count written as none (`null`, `"N/A"`, `"-"`, YAML's `~`) is read by what it stands beside:
 * - a passed or skipped count so is a part of none, weighed against its total by the readers after (countsLeaveItemsOut, zeroRan);
 * - a second count of the run's items beside a filled one (`{tests: 12, assertions: "N/A"}`, `lines: "N/A"` beside
 *   `total: 12`) says the runner does not count that kind of item: the value is measured over the filled one;
 * - the total itself so, with no filled count of the items beside it (`{total: null, failed: 0}`), says the value was
 *   measured over nothing known: a placeholder, as a blank total is.
 */
function countLeftUnfilled(field: Field, alsoCount: (field: Field) => boolean, beside: readonly Field[] = []): Finding | undefined {
  const text = field.value;
  if (text !== null && (typeof text !== 'string' || text.length > 200 || numberInText(text) !== undefined)) return undefined;
  if (RUN_OBJECTS.has(field.own.join(' ')) || namesTextAboutACount(field)) return undefined;
  const part = playsRole(field, SKIPPED_WORDS) || playsRole(field, PASSED_WORDS) || countsCovered(field);
  if (!(part || measuredOverCount(field, alsoCount)) || playsRole(field, FAIL_WORDS)) return undefined;
  if (text === null || writtenAsNone(text) || noneInMarkup(text)) {
    if (part || filledCountBeside(field, beside, alsoCount)) return undefined;
    if (text === null) return { code: 'placeholder', pointer: field.pointer, says: 'is none (null): a count the value is measured over, never filled in, so no run said how many items it measured', actual: null };
  }
  // `"NaN"` is a number no count can be (wrong_type, read by textNotACount).
  if (textNotACount(text) !== undefined) return undefined;
  const why = countContentProblem(text);
  if (why === undefined) return undefined;
  return { code: 'placeholder', pointer: field.pointer, says: `${why}: a count the value is measured over, never filled in, so no run said how many items it measured`, actual: text };
}
/**
 * A count beside the claim that holds no count (helper za, session 45): a name that is only a total or a number of the
 * tests (`total`, `count`, `total_tests`, `totalTests`, `num_tests`, `no_of_tests`) holding a flag, a list or a text that
 * reads as no number (`total: true`, `total: []`, `total: "abc"`, `total: "2026-03-10"`), or a passed or skipped count
 * holding such a text beside a count written as a number in its object (`{total: 10, passed: "abc"}`): what the outcomes
 * are weighed against cannot be read, so the claim is not borne out (`wrong_type`). A flag under an outcome's word is a
 * test's own record (`passed: true`, `skipped: false`) and a list there names the items (Mocha's `passes: […]`); a count
 * left blank, written as none or as its template wrote it is read by {@link countLeftUnfilled}, a failure word's text by
 * the failure readers; counts inside objects that are no summary (`time: {total: "3.2s"}`) count other things.
 */
function countHoldingNoCount(field: Field, fields: readonly Field[]): Finding | undefined {
  const v = field.value;
  if (v === null || typeof v === 'number' || !(inSummary(field) || countsOfAReportFormat(field)) || qualified(field) || namesTextAboutACount(field)) return undefined;
  // An object under a count's name holds a count (`total: {count: 10}`) or other counts (`total: {lines: {…}}`); one that
  // holds none (`total: {}`, `total: {count: "abc"}`) is no count (red team zl, session 45).
  if (isRecord(v)) {
    const read = countOfField(v);
    return countOnlyName(field.own) && (read.kind === 'noCount' || read.kind === 'unreadable') ? { code: 'wrong_type', pointer: field.pointer, says: `is ${JSON.stringify(v).slice(0, 80)}, an object that holds no count (a count is a whole number of at least 0), so the counts beside the claim cannot be weighed`, actual: JSON.stringify(v).slice(0, 200) } : undefined;
  }
  const text = typeof v === 'string' ? v : undefined;
  // A count written as text another reader reads (`"12 tests"`, `"twelve"`, `"zero tests"`, `"<b>8</b>"`, `"&#56;"`,
  // `"١٠ اختبارات"`, `"8 of 10"`, `"10 (unit)"`) is a count: only a text that opens with no digit and no numeral, a date,
  // or one that opens with a number and goes on as no count (`"12abc"`: {@link countOfField} reads it unreadable, no
  // reader weighs it) is none (red team zl, session 45). A number no count can be (`"-1"`, `"0.5"`) is textNotACount's.
  const garbled = (t: string): boolean => numberInText(t) === undefined && numberWrittenAsText(t) === undefined && countOfField(t).kind === 'unreadable';
  if (text !== undefined && (text.length > 200 || (countAttemptedIn(text) && !garbled(text)) || writtenAsNone(text) || noneInMarkup(text) || countContentProblem(text) !== undefined || DISGUISED_COUNT_TEXT.test(text) || NON_FINITE_TEXT.test(text.trim()))) return undefined;
  // A total named for the run's items (`tests`, `cases`, `collected`) holding a text that opens as a count and goes on
  // as none (`"12+"`, `"~12"`, `"12 tests / 2 failed"`) is refused as `total` is: no reader can weigh it (red team rm,
  // session 46). Other texts there (`tests: "unit"`) may name the items, and a run's name holds its id or date (`run:
  // "2024-03-10"`), so only the garbled ones under the items' names.
  const counted = countOnlyName(field.own) || (text !== undefined && isItemTotal(field) && !RUN_OBJECTS.has(field.own.join(' ')) && countAttemptedIn(text) && garbled(text));
  const outcome = !counted && text !== undefined && [PASSED_WORDS, SKIPPED_WORDS].some((role) => playsRole(field, role)) && !playsRole(field, FAIL_WORDS) && numberBeside(field, fields);
  if (!counted && !outcome) return undefined;
  const shown = text !== undefined ? JSON.stringify(text.slice(0, 80)) : Array.isArray(v) ? 'a list' : String(v);
  return { code: 'wrong_type', pointer: field.pointer, says: `is ${shown}, which no count can be (a count is a whole number of at least 0), so the counts beside the claim cannot be weighed`, actual: v };
}
/** A count in the object a report format keeps its run's counts in (Allure's `statistic`, a TRX `Counters`). */
const countsOfAReportFormat = (field: Field): boolean => field.context.length === 1 && REPORT_FORMAT_COUNTS().has(field.context[0] as string);
const REPORT_FORMAT_COUNTS = lazy((): ReadonlySet<string> => new Set(REPORT_FORMAT_COUNT_OBJECTS));
/** Whether a text opens as a count (a digit of any script, a numeral, a zero word, markup or a reference around one), not as a date. */
function countAttemptedIn(text: string): boolean {
  if (numberInText(text) !== undefined || numberWrittenAsText(text) !== undefined) return true;
  const shown = removeInvisible(text).normalize('NFKC').trim().toLowerCase();
  if (DATE_TEXT.test(shown)) return false;
  if (/^[^\p{L}\p{N}]*\p{N}/u.test(shown)) return true;
  const first = /^[^\p{L}\p{N}]*([\p{L}\p{M}-]+)/u.exec(shown)?.[1];
  return first !== undefined && (numeralValue(first) !== undefined || ZERO_WORDS.has(first));
}
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[t ][\d:.]+(?:z|[+-][\d:]+)?)?$/u;
/** Whether a name says only how many of the tests there are (`total`, `count`, `total_tests`, `numTotalTests`, `no_of_tests`). */
function countOnlyName(own: readonly string[]): boolean {
  return own.some((w, i) => TOTAL_WORDS.has(w) || countingAt(own, i)) && own.every((w, i) => countedOnly(w, own[i + 1]));
}
/** Whether another count in the field's object is written as a number (`total: 10` beside `passed: "abc"`). */
function numberBeside(field: Field, fields: readonly Field[]): boolean {
  const context = field.context.join(' ');
  return fields.some((f) => f !== field && f.context.join(' ') === context && countWrittenBeside(f.value) && (countOnlyName(f.own) || isItemTotal(f) || COUNT_ROLES.some((role) => playsRole(f, role))));
}
/**
 * A count written as a number, or as a text that reads as one: an XML report converted to JSON writes every count as text
 * (`total: "10", failed: "0"`; Allure's `statistic`, a TRX `Counters`), and they bound the counts beside them as numbers
 * do (red team rm, session 46). Texts are read only when short, as counts are.
 */
const countWrittenBeside = (v: unknown): boolean => isCount(v) || (typeof v === 'string' && v.length <= 40 && countOfField(v).kind === 'count');
/** A total, an item total or a denominator (`total`, `tests`, `lines`, `test_suites`, `out_of`): a count the value is measured over. */
const measuredOverCount = (field: Field, alsoCount: (field: Field) => boolean): boolean =>
  playsRole(field, TOTAL_WORDS) || alsoCount(field) || (DENOMINATORS().has(field.own.join(' ')) && !qualified(field));
const DENOMINATORS = lazy((): ReadonlySet<string> => new Set(DENOMINATOR_NAMES));
/** Another count the value is measured over in the same object, written as a number (`tests: 12` or `"12 tests"` beside `assertions: "N/A"`). */
function filledCountBeside(field: Field, beside: readonly Field[], alsoCount: (field: Field) => boolean): boolean {
  const context = field.context.join(' ');
  return beside.some((f) => f !== field && f.pointer !== field.pointer && f.context.join(' ') === context && (isCount(f.value) || (typeof f.value === 'string' && f.value.length <= 40 && countValue(f) !== undefined)) && measuredOverCount(f, alsoCount) && !playsRole(f, FAIL_WORDS));
}
/**
 * A name whose last word says it holds text about a count, not the count (`total_label`, `total_title`,
 * `total_description`, `total_unit`, `passed_msg`, `total_source`, `tests_url`): the descriptors (`name`, `id`, `type`),
 * the names of no outcome (`title`, `description`, `source`, `format`, `url`) and {@link TEXT_ABOUT_A_COUNT_WORDS}.
 */
function namesTextAboutACount(field: Field): boolean {
  const last = (field.written ?? field).own.at(-1) ?? field.own.at(-1);
  return last !== undefined && field.own.length > 1 && (DESCRIPTORS.has(last) || NO_OUTCOME_NAMES.has(last) || TEXT_ABOUT_A_COUNT().has(last));
}
const TEXT_ABOUT_A_COUNT = lazy((): ReadonlySet<string> => new Set(TEXT_ABOUT_A_COUNT_WORDS));
/**
 * k6's count of requests (`metrics: {http_reqs: {count}}`, or `http_reqs: {values: {count}}` in its newer summary)
 * left as a template wrote it beside the rate of another metric the gate reads (`http_req_failed.rate`): the rate is
 * measured over those requests, so it proves nothing (red team xc, session 43). Only for a rate of a k6 metric.
 */
function k6RequestsLeftUnfilled(root: unknown, steps: readonly string[]): Finding | undefined {
  const at = steps.at(-2) === 'values' ? steps.length - 4 : steps.length - 3;
  if (steps.at(-1) !== 'rate' || at < 0 || steps[at] !== 'metrics' || steps[at + 1] === 'http_reqs') return undefined;
  const under = pointerOf([...steps.slice(0, at + 1), 'http_reqs', ...(steps.at(-2) === 'values' ? ['values'] : []), 'count']);
  const found = getAtPointer(root, under);
  if (!found.found || (typeof found.value !== 'string' && found.value !== null)) return undefined;
  const text = found.value;
  const why = text === null ? 'is none (null)' : numberInText(text) === undefined && text.length <= 200 ? countContentProblem(text) : undefined;
  return why === undefined ? undefined : { code: 'placeholder', pointer: under, says: `${why}: the count of requests the rate is measured over, never filled in, so no run said how many it measured`, actual: text };
}
/** Istanbul's `covered`, lcov's `LH`: the items a coverage share is measured over, unqualified. */
const countsCovered = (field: Field): boolean => !qualified(field) && COVERED_WORDS.some((w) => field.own.includes(w));

/**
 * A `total` among the statistics of one measure (pytest-benchmark's `stats: {min, max, mean, stddev, median, total,
 * rounds}`): the sum of the times measured, 0.615 s, never a count of items, as a coverage object's `total` is a share.
 */
function sumOfMeasures(field: Field, fields: readonly Field[]): boolean {
  if (typeof field.value !== 'number' || !Number.isFinite(field.value) || field.value < 0 || !SUM_NAMES.has(field.own.join(' '))) return false;
  const parent = parentOf(field.pointer);
  const besides = fields.filter((f) => f !== field && parentOf(f.pointer) === parent);
  // Outcome counts beside it (`passed`, `failed`) make it their total, whatever statistics sit there too (red team ar).
  if (besides.some((f) => OUTCOME_ROLES.some((role) => playsRole(f, role)))) return false;
  return besides.filter((f) => typeof f.value === 'number' && MEASURE_STATISTICS.has(f.own.join(' '))).length >= 2;
}
const OUTCOME_ROLES = [FAIL_WORDS, PASSED_WORDS, SKIPPED_WORDS] as const;
const SUM_NAMES: ReadonlySet<string> = new Set(['total', 'sum']);
/** Names a summary of one measure's samples gives its statistics (a count beside them, `rounds`, stays a count). */
const MEASURE_STATISTICS: ReadonlySet<string> = new Set(['mean', 'median', 'stddev', 'std dev', 'stdev', 'min', 'max', 'avg', 'average', 'variance', 'iqr', 'q1', 'q3']);

/**
 * A share of the whole a coverage object gives under a name that elsewhere counts items (`coverage: {total: 87.5, lines:
 * 88.1}`): the total coverage, a percentage, not a total of items (red team th). Istanbul's counts sit one level down
 * (`lines: {total: 120, covered: 100}`), under a name that is no coverage word, and are still counts.
 */
function coveragePercentage(field: Field): boolean {
  return coverageShareName(field) && typeof field.value === 'number' && field.value >= 0 && field.value <= 100;
}
/** A name a coverage object gives a share of its whole under (`coverage/total`, `coverage/lines`); beyond 0..100 it is no share. */
function coverageShareName(field: Field): boolean {
  if (field.own.length !== 1 || !COVERAGE_TOTAL_NAMES.has(field.own[0] as string)) return false;
  // The object it sits in, by its pointer: beside the measured value, a field's context is empty.
  const parent = parsePointer(field.pointer).at(-2);
  return parent !== undefined && readWords(parent).every((w) => COVERAGE_WORDS.has(w));
}
/** Names a coverage object gives its overall share under. */
const COVERAGE_TOTAL_NAMES: ReadonlySet<string> = wordSet('COVERAGE_TOTAL_NAMES', () => ['total', 'overall', 'all', 'lines', 'statements', 'branches', 'functions']);

/**
 * A count a measured value is weighed against, written as text with a control character (`"0\u0000"`, an ESC) or a
 * format character (a bidi override `"\u202e01"`, a joiner, a BOM): a reader reads through them, so what the text shows
 * is not what it writes (fuzz slice, session 31): wrong_type. Markup around a count (`"<b>8</b>"`) is read as the number
 * it shows (red team zh); the status reader calls a failure count in disguise a contradiction.
 */
function disguisedCountText(fields: readonly Field[], alsoCount: (field: Field) => boolean): Finding | undefined {
  for (const field of fields) {
    // A digit is enough: reversed by a bidi override (`"\u202e402,1"` shows 1,204), the text may read as no number at all.
    if (typeof field.value !== 'string' || !DISGUISED_COUNT_TEXT.test(field.value) || (numberInText(field.value) === undefined && !/\p{N}/u.test(field.value))) continue;
    if (!(COUNT_ROLES.some((role) => playsRole(field, role)) || alsoCount(field))) continue;
    return { code: 'wrong_type', pointer: field.pointer, says: `is ${JSON.stringify(field.value)}: a count written with a control or invisible character, which shows a number it does not plainly write`, actual: field.value };
  }
  return undefined;
}
/**
 * Line breaks and tabs are whitespace around a count, not a disguise. A character drawn blank though filed as a symbol
 * (the braille blank: `"10\u2800"`, `"1\u28000"`) hides in a count as a format character does: no count reader takes the
 * text as a number, so it was weighed against nothing (review rv4, session 33).
 */
const DISGUISED_COUNT_TEXT = new RegExp(`(?![\\t\\n\\r])[\\p{Cc}\\p{Cf}${DRAWN_BLANK}]`, 'u');

/** `NaN`, `inf`, `-Infinity` as a producer prints a number it could not compute. */
const NON_FINITE_TEXT = /^[+-]?(?:nan|inf|infinity)$/iu;

/**
 * Why a count written as text is no count, or undefined. A count written as text counts as the number it shows
 * (`"8"`, `"８"`), so it is held to what that number would be held to: `"-1"`, `"0.5"` and `"NaN"` are no count of
 * failures (`wrong_type`, as `-1`, `0.5` and YAML's `.nan` are), and `"1e-400"` or `"10.00000000000000000001"` would be
 * compared as a count they do not write (`imprecise_number`; an underflowed failure count reads as 0, the one value a
 * pass waits for).
 */
function textNotACount(text: string): Omit<Finding, 'pointer' | 'actual'> | undefined {
  const shown = (PLAIN.test(text) ? text : visibleForm(asciiDigits(text))).trim();
  if (NON_FINITE_TEXT.test(shown)) return { code: 'wrong_type', says: `is ${JSON.stringify(text)}, which no count can be (a count is a whole number of at least 0)` };
  const n = numberInText(text);
  if (n === undefined) return undefined;
  if (NUMERIC_TEXT.test(shown) && (numberOutOfRange(shown.replace(/^\+/u, ''), n) !== undefined || !numberSurvives(shown.replace(/^\+/u, ''), n))) {
    return { code: 'imprecise_number', says: `is the count ${JSON.stringify(text)} written as text, which no double holds exactly` };
  }
  if (!isCount(n)) return { code: 'wrong_type', says: `is ${JSON.stringify(text)}, which no count can be (a count is a whole number of at least 0)` };
  return undefined;
}

/**
 * A count anywhere under the status's object (`suites.node.failed`, deeper than {@link notACount} reads) written as a
 * number no double holds or with a fraction: nested counts are read for failures too, and `0.00000000000000000001` is
 * no count of 0.
 */
function inexactCountBelow(root: unknown, parent: readonly string[], numbers: NumberSpellings): Finding | undefined {
  const spelled: [string, string | undefined][] = [...numbers.inexact, ...[...numbers.nonInteger].map((p): [string, undefined] => [p, undefined])];
  for (const [pointer, written] of spelled) {
    const steps = parsePointer(pointer);
    if (steps.length <= parent.length || parent.some((s, i) => steps[i] !== s)) continue;
    const key = steps.at(-1) as string;
    // Its value as read: a fraction under a statistic's singular `error` (`error: 0.07`) is a measure, no count.
    const field: Field = { pointer, own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value: valueAt(root, pointer) };
    if (!COUNT_ROLES.some((role) => playsRole(field, role))) continue;
    if (written !== undefined) return { code: 'imprecise_number', pointer, says: `is the count ${written}, which no double holds exactly`, actual: written };
    return { code: 'wrong_type', pointer, says: 'is written with a fraction or exponent, which no count is (a count is a whole number of at least 0)', actual: pointer };
  }
  return undefined;
}

/**
 * Lists of what blocks the pass (`blocking_reasons`, `blockers`, `blocking_issues`): with an entry, something blocks it.
 * (`blocking` alone is no such list: `blocking_gates: 3` counts gates that may block.)
 */
const BLOCKER_LISTS: ReadonlySet<string> = new Set(['blockers', 'blocker', 'blocking reasons', 'blocking issues', 'blocked by', 'blocked reasons']);

/** Words a pass flag's name may hold beside its pass word (`all_required_pass`, `must_pass_ok`, `tests_passed`). */
/**
 * A flag cleared, as booleans are written in text and numbers too (`false`, `"false"`, `"no"`, `"off"`, `0`, `"0"`), as a
 * reader is shown it (case, width, look-alike letters). Whether a 0 is a flag's or a count's, the name says.
 */
function flagCleared(v: unknown): boolean {
  if (v === false || v === 0) return true;
  return typeof v === 'string' && v.length < 16 && CLEARED_WORDS.has(caselessVisibleForm(v).trim());
}
const CLEARED_WORDS: ReadonlySet<string> = new Set(['false', 'no', 'off', '0']);
const zeroWritten = (v: unknown): boolean => v === 0 || (typeof v === 'string' && caselessVisibleForm(v).trim() === '0');
/** Pass flags that are never counts, so a 0 under them clears them (`ok: 0`, `success: 0`, TAP's and SQLite's booleans). */
const NUMERIC_PASS_FLAGS: ReadonlySet<string> = new Set(['ok', 'success', 'successful', 'succeeded', 'green', 'ready', 'healthy']);
const PASS_FLAG_WORDS: ReadonlySet<string> = new Set(['all', 'required', 'must', 'tests', 'checks', 'is', 'release', 'build', 'run']);

/**
 * A flag beside the pass whose name only says pass (`all_required_pass`, `ok`, `success`, `ready`, `ready_for_phase5`:
 * pass words, words of what passed, and whatever follows `for`) set to false: the report denies its own pass.
 */
function passFlagFalse(field: Field): boolean {
  if (!flagCleared(field.value) || field.context.length > 0 || qualified(field)) return false;
  const until = field.own.indexOf('for');
  const words = until === -1 ? field.own : field.own.slice(0, until);
  if (!(words.some((w) => PASS_KEY_WORDS.has(w)) && words.every((w) => PASS_KEY_WORDS.has(w) || PASS_FLAG_WORDS.has(w)))) return false;
  // A 0 clears a flag of a pass (`ok: 0`, `success: "0"`), never a count of what passed (`passed: 0` ran nothing, read apart).
  return !zeroWritten(field.value) || words.every((w) => NUMERIC_PASS_FLAGS.has(w) || PASS_FLAG_WORDS.has(w));
}

/**
 * A flag that says the run erred (`error: true`, `fatal: true`, `exception: true`), as an API's response or ESLint's
 * message does, in the report or its summary (`levels: {error: true}` elsewhere is a setting); `failures: true` stays a
 * setting that asks for failures to be reported (red team uf, closed session 34).
 */
const ERROR_FLAGS: ReadonlySet<string> = new Set(['error', 'err', 'errored', 'fatal', 'exception', 'crash', 'crashed', 'panic', 'panicked']);
/**
 * A failure beside the pass: counted, listed or flagged (`contradiction`). `document`, when the fields leave part of the
 * document out (those around a summary object leave the summary out), is the whole document as the Job readers read it.
 */
function failureBeside(fields: readonly Field[], document?: readonly unknown[]): Finding | undefined {
  const legends = legendsAmong(fields);
  for (const field of fields) {
    if (passFlagFalse(field)) return { code: 'contradiction', pointer: field.pointer, says: 'is false', actual: false };
    if (field.value === false && field.context.length === 0 && !qualified(field) && saysNoFailures(field.own)) return { code: 'contradiction', pointer: field.pointer, says: 'is false: it says there were failures', actual: false };
    if (Array.isArray(field.value) && field.value.length > 0 && field.context.length === 0 && BLOCKER_LISTS.has(field.own.join(' '))) {
      return { code: 'contradiction', pointer: field.pointer, says: `lists ${field.value.length} blocker${field.value.length === 1 ? '' : 's'}`, actual: field.value };
    }
    if (field.value === true && inSummary(field) && !qualified(field) && ERROR_FLAGS.has(field.own.filter((w) => !FLAG_SUBJECTS.has(w)).join(' '))) return { code: 'contradiction', pointer: field.pointer, says: 'is true: the run says it erred', actual: true };
    if (countsFailedOutcome(field)) return { code: 'contradiction', pointer: field.pointer, says: `counts ${String(field.value)} item${field.value === 1 ? '' : 's'} that ended in a failed outcome`, actual: field.value };
    if (!playsRole(field, FAIL_WORDS)) continue;
    // A legend's definition of a failure word counts nothing of this run (`failed: "one or more assertions failed"`).
    if (legends.some((p) => field.pointer.startsWith(p))) continue;
    // Only under a name of the failures themselves: `error_template: "{{error}}"` and `error_url: "{{url}}"` are settings.
    const unfilled = typeof field.value === 'string' && namesFailuresOnly(field.own) ? unfilledFailureText(field.value) : undefined;
    if (unfilled !== undefined) return unfilledFinding(field, unfilled);
    const shown = failureShown(field) ?? failedIndexesListed(field.own, field.value);
    const key = lastSegment(field.pointer) ?? '';
    if (shown !== undefined && !failuresOfACompletedJob(key, field.value, membersBeside(field, fields), () => jobStatusPlaceBeside(field.pointer, fields, document))) return { code: 'contradiction', pointer: field.pointer, says: shown, actual: field.value };
  }
  return undefined;
}

/** The most items of a failure list a check carries: enough to tell a waiver's items from others, never a whole report. */
const MAX_FAILING_ITEMS = 500;
/** Failures found elsewhere beside a status that are read one by one for their names, at most (each a reading of the status's neighbours). */
const MAX_FAILURES_TRACED = 64;
/** Members an entry of a failure list names its item by (`{"id": "qjs-regexp-1", "error": "…"}`), first found first. */
const ITEM_NAME_KEYS = ['id', 'name', 'test', 'case', 'title', 'nodeid', 'path', 'file', 'suite', 'scenario'] as const;
/**
 * Members an entry names the thing that failed by when it has none of {@link ITEM_NAME_KEYS}, read after them
 * (`{"extension": "ext-fs-watch", "error": "crash"}`, `{"ext": …}`, `{"package": …}`): red team uh, a report keying its
 * failures by what failed left them unnamed, so a waiver naming one covered all.
 */
const ITEM_KIND_KEYS = ['extension', 'ext', 'package', 'pkg', 'module', 'crate', 'component', 'plugin', 'target', 'spec', 'benchmark', 'bench', 'job', 'step', 'check', 'rule', 'project', 'service', 'endpoint', 'fixture', 'example', 'testcase', 'test_case', 'test_name', 'case_name', 'test_id', 'case_id', 'extension_id', 'ext_id', 'package_name'] as const;

/** What failed beside a status: the items named, and how many failures it shows that no name can be read for. */
export interface FailingItems {
  items: string[];
  /** Entries past the cap or without a name, and failures shown beside the status other than in a failure list. */
  more: number;
}

/**
 * What a failure list beside a status names (`"failed": ["qjs-regexp-1", {"id": "net-socket-close"}]`): each entry as
 * text, or as its object's first naming member. A waiver that names some of them accepts only those (core/fold.ts).
 * Qualified lists (`flaky_failures`, `known_errors`) are left out: the run's own failures are what a waiver is asked for.
 * A waiver is only as narrow as this list is whole, so what the list does not name is counted in `more`: entries past
 * the cap or without a name, and every failure the status's neighbours show once the lists are read (an entry of a
 * results list whose outcome failed, `results: [{"name": "x", "status": "failed"}]`, named by its name; a failure map's
 * member by its key; a count above the items listed).
 */
export function failingItemsBeside(root: unknown, statusPointer: string): FailingItems {
  const found: FailingItems = { items: [], more: 0 };
  const read: string[] = [];
  for (const field of fieldsBeside(root, statusPointer)) {
    const outcomeText = typeof field.value === 'string' && listsFailedOutcome(field) ? namesInText(field.value) : undefined;
    // Only a text of names alone: a message under an outcome's name (`timed_out: "after 30s"`) is read as before.
    if (outcomeText !== undefined && outcomeText.names.length > 0 && outcomeText.words === 0) {
      read.push(field.pointer);
      for (const name of outcomeText.names) addItem(found, name);
      found.more += outcomeText.more;
      continue;
    }
    if (!Array.isArray(field.value) || !(playsRole(field, FAIL_WORDS) || listsFailedOutcome(field))) continue;
    read.push(field.pointer);
    for (const entry of field.value) addEntry(found, entry, 0);
  }
  failuresElsewhere(root, statusPointer, read, found);
  return found;
}

/**
 * The item an entry of a failure list names: a text or number, or a record's first naming member, read one record deeper
 * when that member is itself a record (`{"test": {"id": "qjs-regexp-7"}}`, red team th: the nested name was read as no
 * name, and a waiver naming one item covered every entry so written).
 */
function itemName(entry: unknown, depth = 0): string | undefined {
  if (typeof entry === 'string' || typeof entry === 'number') return String(entry).trim() === '' ? undefined : String(entry).trim();
  if (!isRecord(entry) || depth > MAX_ENTRY_DEPTH) return undefined;
  const members = [...ITEM_NAME_KEYS, ...ITEM_KIND_KEYS].map((k) => entry[k]);
  const flat = members.find((v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number');
  if (flat !== undefined) return String(flat).trim();
  for (const member of members) {
    const nested = isRecord(member) ? itemName(member, depth + 1) : undefined;
    if (nested !== undefined) return nested;
  }
  return undefined;
}
const MAX_ENTRY_DEPTH = 3;

/**
 * An entry of a failure list read for its items: a list inside the list (`[["qjs-regexp-1"], ["qjs-regexp-7"]]`, a
 * grouping a runner writes per shard) names each of its entries, never none (red team th).
 */
function addEntry(found: FailingItems, entry: unknown, depth: number): void {
  const joined = typeof entry === 'string' ? namesJoinedInEntry(entry) : undefined;
  if (joined !== undefined) {
    for (const name of joined.names) addItem(found, name);
    found.more += joined.more;
    return;
  }
  if (!Array.isArray(entry)) return addItem(found, itemName(entry));
  if (depth >= MAX_ENTRY_DEPTH) return addItem(found, undefined);
  for (const inner of entry) addEntry(found, inner, depth + 1);
}

/**
 * A list beside the status named by an outcome that failed other than `failed` (`timed_out`, `crashed`, `errored`,
 * `broken`, `panicked`): its entries failed too (red team th: `timed_out: ["qjs-regexp-7"]` beside `failed:
 * ["qjs-regexp-1"]` was read as no failure, so a waiver for qjs-regexp-1 covered it).
 */
function listsFailedOutcome(field: Field): boolean {
  if (field.context.length > 0 || qualified(field)) return false;
  const words = lineNameWords(field.own);
  return words.some((w) => FAILED_OUTCOME_LISTS.has(w) || LINE_FAILURE_WORDS.has(w)) && words.every((w) => FAILED_OUTCOME_LISTS.has(w) || LINE_FAILURE_WORDS.has(w) || COUNTED_ITEMS.has(w));
}
const FAILED_OUTCOME_LISTS: ReadonlySet<string> = wordSet('FAILED_OUTCOME_LISTS', () => ['timedout', 'errored', 'crashed', 'broken', 'killed', 'failing', 'regressed', 'regressions']);

function addItem(found: FailingItems, item: string | undefined): void {
  if (item !== undefined && found.items.includes(item)) return;
  if (item === undefined || found.items.length >= MAX_FAILING_ITEMS) found.more++;
  else found.items.push(item);
}

/**
 * The failures the status's neighbours show once the failure lists read are set aside, each traced to its item: the
 * neighbours are read as they would be beside a pass (statusContradiction), and each failure found is named, counted
 * and set aside in turn. A summary's own outcome (`result: "failed"`) is the same failure, and a count no larger than
 * the items listed counts them.
 */
function failuresElsewhere(root: unknown, statusPointer: string, read: readonly string[], found: FailingItems): void {
  const doc: unknown = structuredClone(root);
  for (const pointer of read) removeAt(doc, pointer);
  let counted = 0;
  for (let traced = 0; ; traced++) {
    const next = statusContradiction(doc, statusPointer, 'pass');
    if (next === undefined || next.code === 'vacuous') break;
    // Counts no reader can trust (`wrong_type`, `imprecise_number`, `inconsistent_counts`) may hide failures nobody
    // named: one more, and the search ends there (a waiver naming items never covers them). Too few items run
    // (`vacuous`) is what a failed run often is, and names no failure.
    if (next.code !== 'contradiction' && next.code !== 'unreadable') {
      found.more++;
      break;
    }
    if (traced >= MAX_FAILURES_TRACED) {
      found.more++;
      break;
    }
    const entry = listEntryOf(next.pointer);
    const value = valueAt(doc, next.pointer);
    if (entry !== undefined) {
      addItem(found, itemName(valueAt(doc, entry)));
      removeAt(doc, entry);
      continue;
    }
    removeAt(doc, next.pointer);
    let listed: ReturnType<typeof namesListed>;
    if (typeof value === 'number' || (typeof value === 'string' && numberInText(value) !== undefined)) counted = Math.max(counted, Number(typeof value === 'number' ? value : numberInText(value)));
    else if (typeof value === 'string' && isFailedOutcome(value)) continue;
    // A failure list a runner joined into one text (`failed: "qjs-regexp-1, qjs-regexp-7"`) names each of its items.
    else if (typeof value === 'string' && (listed = namesListed(next.pointer, value)) !== undefined) {
      for (const item of listed.names) addItem(found, item);
      found.more += listed.more;
    }
    // An outcome flag of a summary the status lies in (`pass: false` at the top of a report whose `/results/error_count`
    // is read) is that same failure, as a failed outcome beside the status is: no item of it.
    else if (typeof value === 'boolean' && enclosesPointer(parentOf(next.pointer), statusPointer)) continue;
    // A failure map names its items by its keys (`errors: {"net-socket-close": "timeout"}`).
    else if (isRecord(value)) for (const key of Object.keys(value)) addItem(found, key);
    else addItem(found, isRecord(valueAt(doc, parentOf(next.pointer))) && parentOf(next.pointer) !== parentOf(statusPointer) ? lastSegment(next.pointer) : undefined);
  }
  const listed = found.items.length + found.more;
  if (Number.isFinite(counted) && counted > listed) found.more += counted - listed;
}

/**
 * The names a text under a failed-items name lists, joined by any list joiner (`failed: "qjs-regexp-1, qjs-regexp-7"`,
 * `"a; b"`, `"a | b"`, `"a and b"`, `"a + b"`, `"a und b"`, `"a、b"`, one a line, a space or a tab), and whether it says
 * there are more than it names (`"qjs-regexp-1 etc."`, `"(and 1 more)"`, `"+1 more"`, or words beside the names): red
 * team th, a waiver naming only the names shown covered the failures the list did not show. Undefined when the text
 * names nothing a reader can take for a name (a message, `"timeout after 30s"` is read as one failure).
 */
function namesListed(pointer: string, text: string): { names: string[]; more: number } | undefined {
  const key = lastSegment(pointer);
  if (key === undefined || text.length > 20_000 || !namesFailedItems(readWords(key).join(' '), text)) return undefined;
  const parts = text.split(LISTED_NAME_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length > 0 && parts.every((p) => !/\s/u.test(p))) {
    const names = parts.filter((p) => !saysMore(p));
    return { names, more: names.length < parts.length ? 1 : 0 };
  }
  const names: string[] = [];
  let more = 0;
  for (const part of parts) {
    for (const word of part.split(/\s+/u)) {
      const bare = word.replace(WRAPPING_MARKS, '');
      if (bare === '' || LIST_JOINER_WORDS.has(bare.toLowerCase())) continue;
      if (listedName(bare)) names.push(bare);
      else more = 1;
    }
  }
  return names.length > 0 ? { names, more } : undefined;
}
/**
 * The names one entry of a failure list joins (`["qjs-regexp-1 | qjs-regexp-7"]`, `["qjs-regexp-1, qjs-regexp-7"]`,
 * `["qjs-regexp-1 etc."]`), or undefined for an entry that is one item: a single name, a message or sentence (any word
 * that is no name), a name with its class in brackets (`test_foo (tests.TestX)`, unittest's id). Red team th (uc2):
 * an entry joining two names was read as one sentence-like item, named by a waiver naming either.
 */
function namesJoinedInEntry(text: string): { names: string[]; more: number } | undefined {
  if (text.length > 2_000 || !/[\s,;|\u3001\uff0c\uff1b\uff5c]/u.test(text.trim()) || /\S\s*\(\s*[^\s()]+\s*\)\s*$/u.test(text.replace(SAYS_MORE_AT_END, ''))) return undefined;
  const listed = namesInText(text);
  if (listed === undefined || listed.words > 0) return undefined;
  return listed.names.length >= 2 || listed.more > 0 ? listed : undefined;
}

/**
 * The names a text joins with any list joiner, whether it says there are more (`etc.`, `(and 1 more)`, `+1 more`,
 * `and others`), and how many other words it holds (a message's: `timeout after 30s`).
 */
function namesInText(text: string): { names: string[]; more: number; words: number } | undefined {
  if (text.length > 20_000) return undefined;
  const more = SAYS_MORE_AT_END.test(text) ? 1 : 0;
  const names: string[] = [];
  let words = 0;
  for (const part of text.replace(SAYS_MORE_AT_END, '').split(LISTED_NAME_SEPARATOR)) {
    for (const word of part.trim().split(/\s+/u)) {
      const bare = word.replace(WRAPPING_MARKS, '');
      if (bare === '' || LIST_JOINER_WORDS.has(bare.toLowerCase())) continue;
      if (listedName(bare)) names.push(bare);
      else words++;
    }
  }
  return { names, more, words };
}
/** A word a list names an item by: joined parts or letters with digits, and none of markup's or code's brackets and quotes. */
const listedName = (word: string): boolean => /[\p{L}\p{N}]/u.test(word) && !/[()[\]<>{}"'`=]/u.test(word) && (/[-_.:/]/u.test(word) || (/\p{L}/u.test(word) && /\p{N}/u.test(word)));
const SAYS_MORE_AT_END = /(?:[,;]?\s*(?:\(\s*)?(?:(?:and|\+|plus)\s*)?\d+\s+(?:more|others?)(?:\s*\))?|[,;]?\s+(?:and\s+)?(?:others|more)|[,;]?\s*(?:etc\.?|\.{3}|\u2026))\s*$/iu;

/** List joiners between names: punctuation (Western, ideographic, fullwidth) and the words a list is joined by. */
const LISTED_NAME_SEPARATOR = /[,;|\n\r\t\u3001\uff0c\uff1b\uff5c\u30fb]+|\s+(?:and|&|\+|plus|und|et|y|e|og|och|en|as\s+well\s+as|along\s+with)\s+/iu;
const LIST_JOINER_WORDS: ReadonlySet<string> = new Set(['and', '&', '+', 'plus', 'und', 'et', 'y', 'e', 'og', 'och', 'en', 'or', '/', '|', 'as', 'well', 'along', 'with']);
/** Quotes, brackets and a sentence's last stop around a name in a list (`(qjs-regexp-7)`, `qjs-regexp-7.`). */
const WRAPPING_MARKS = /^[\s"'`([{]+|[\s"'`)\]}.,:;!?]+$/gu;
/** A part of a list that says the list goes on past what it shows (`etc.`, `…`, `+1 more`, `and others`). */
const saysMore = (part: string): boolean => /^(?:etc\.?|\.{3}|\u2026|\+?\d+\s*more|more|others)$/iu.test(part.replace(WRAPPING_MARKS, ''));
const valueAt = (doc: unknown, pointer: string): unknown => {
  const at = getAtPointer(doc, pointer);
  return at.found ? at.value : undefined;
};
const parentOf = (pointer: string): string => pointer.slice(0, pointer.lastIndexOf('/'));
const enclosesPointer = (outer: string, inner: string): boolean => inner.startsWith(`${outer}/`);
const lastSegment = (pointer: string): string | undefined => parsePointer(pointer).at(-1);

/** The entry of a list a pointer lies in, the innermost (`/suites/0/tests/2/status` → `/suites/0/tests/2`). */
function listEntryOf(pointer: string): string | undefined {
  const steps = parsePointer(pointer);
  for (let i = steps.length - 1; i >= 0; i--) {
    if (/^\d+$/.test(steps[i] as string)) return pointerOf(steps.slice(0, i + 1));
  }
  return undefined;
}

/** Sets a value aside in a copy: a member is deleted, a list's entry becomes null (its neighbours keep their places). */
function removeAt(doc: unknown, pointer: string): void {
  const steps = parsePointer(pointer);
  const last = steps.at(-1);
  if (last === undefined) return;
  const parent = valueAt(doc, pointerOf(steps.slice(0, -1)));
  if (Array.isArray(parent)) parent[Number(last)] = null;
  else if (isRecord(parent)) delete parent[last];
}

/**
 * A count above zero of items that ended in an outcome that failed other than `failed` (`timed_out: 2`, `timedOut: 2`,
 * `aborted_tests: 1`, `panicked: 1`), as a printed line's is read; `timeout: 30` is a setting and names none.
 */
function countsFailedOutcome(field: Field): boolean {
  if (!isCount(field.value) || field.value === 0 || qualified(field)) return false;
  const words = lineNameWords(field.own);
  if (words.some((w) => LINE_FAILURE_WORDS.has(w))) return words.every((w) => LINE_FAILURE_WORDS.has(w) || FAILED_OUTCOME_COUNTS.has(w) || COUNTED_ITEMS.has(w));
  // These nouns also name settings and measures (`config: {exceptions: 2}`, `http: {timeouts: 30}`, `regression: 7` days,
  // `perf: {regression: 3}` percent): counted only as the report's own or its summary's, a singular one only with a word
  // of counting beside it (`regression_count`), review rv5.
  if (!inSummary(field) || field.context.some((w) => SETTING_OBJECTS.has(w)) || (words.length === 1 && FAILED_OUTCOME_SINGULAR.has(words[0] as string))) return false;
  return words.some((w) => FAILED_OUTCOME_COUNTS.has(w)) && words.every((w) => FAILED_OUTCOME_COUNTS.has(w) || COUNTED_ITEMS.has(w));
}
const FAILED_OUTCOME_SINGULAR: ReadonlySet<string> = new Set(['regression', 'exception', 'regressed']);
/**
 * Nouns of failures a report counts under its own key (`regressions: 3`, `exceptions: 2`, `timeouts: 1`, `fatal: 1`,
 * ESLint's `fatalErrorCount`), read only as a report's counts: in a printed line they stay prose (`3 regressions fixed`),
 * and lists under these names (a linter's allow-listed `exceptions`) are not read (red team uf, closed session 34).
 */
/**
 * A count of items or places whose remark says every one of them failed (`2 suites (both failed)`, `3 tests, all
 * failed`, `2 Suiten (beide fehlgeschlagen)`, `3 modules - all broken`): the remark names the count's failures.
 */
function countCalledFailedByItsRemark(line: string): boolean {
  const m = ALL_OF_THEM_FAILED.exec(line);
  if (m === null || Number(m[1]) <= 0) return false;
  const noun = nameWords(m[2] as string);
  return noun.length === 1 && (COUNTED_ITEMS.has(noun[0] as string) || PLACE_NOUNS.has(noun[0] as string) || PLACE_SUITES.has(noun[0] as string)) && lineNameWords(readWords(m[3] as string)).every(namesALineFailureWord);
}
const ALL_OF_THEM_FAILED = /^(\d{1,9})[^\S\n]+(\p{L}[\p{L}\p{M}_-]{0,30})[^\S\n]*(?:[([{][^\S\n]*|[,;:][^\S\n]*|[^\S\n]+[-\u2013\u2014][^\S\n]+)(?:both|all|each|all of them|every one|beide|alle|tous|toutes|les deux|todos|todas|ambos|ambas)(?:[^\S\n]+(?:of[^\S\n]+(?:them|these|those|which)|one))?[^\S\n]+(\p{L}[\p{L}\p{M}]*(?:[^\S\n]+out)?)[^\S\n]*[)\]}]?$/iu;
/**
 * The failure words that say a thing failed when written before it (`failed`, `broken`, `aborted`, `fehlgeschlagene`):
 * a failure noun there names a kind of thing (`2 error codes`, `2 error pages`, `2 failure modes`), no failure.
 */
const FAILED_BEFORE_A_THING = lazy((): ReadonlySet<string> => new Set([...readSet(vocabulary(['failed'])), ...LINE_FAILURE_WORDS].filter((w) => !['fail', 'fails', 'failure', 'failures', 'unexpected'].includes(w))));
/** One noun of what failed after a failure word (`files`, `modules`, `Suiten`, `workers`). */
const FAILED_THING = /^\p{L}[\p{L}\p{M}]{2,30}$/u;
/**
 * A failure word written first before what failed, one noun (`3 failed files`, `2 broken modules`) or a noun its kind
 * qualifies (`2 failed unit tests`, `2 failed e2e specs`, `2 failed test files`; red team xa): what failed is the last
 * word, a plural or an item, and no word is what only tried (`2 failed login attempts`), a verb (`2 failed jobs were
 * retried`), a descriptor (`2 error codes`), a pass, or another run's (`2 failed nightly builds`).
 */
function failedThingsNamed(read: readonly string[]): boolean {
  if (read.length < 2 || read.length > 4 || !FAILED_BEFORE_A_THING().has(read[0] as string)) return false;
  const things = read.slice(1);
  const last = things.at(-1) as string;
  // A word that qualifies the noun may be short (`ui tests`, `e2e specs`, read `ene`); the noun itself is not.
  const plain = (w: string, at: number): boolean => (at === things.length - 1 ? FAILED_THING : QUALIFYING_WORD).test(w) && !NOT_FAILED_THINGS.has(w) && !DESCRIPTORS.has(w) && !PASSED_WORDS.has(w) && !AUXILIARIES.has(w);
  // Only one noun is read as before where a word may make them other runs' (`2 failed nightly builds` stays prose).
  // A participle among them describes what failed as prose does (`2 failed completed interviews`, `2 failed finished jobs`).
  return things.every(plain) && (things.length === 1 || ((last.endsWith('s') || COUNTED_ITEMS.has(last)) && !things.some((w, i) => OTHER_RUNS_QUALIFIERS.has(w) || (i < things.length - 1 && /(?:ed|ing)$/u.test(w)))));
}
const QUALIFYING_WORD = /^\p{L}[\p{L}\p{M}]{1,30}$/u;
const BRACKETED_PLURAL = /(?<=\p{L})[(\uff08](e?s)[)\uff09]/giu;
const FAILED_OUTCOME_COUNTS: ReadonlySet<string> = new Set(['regressions', 'regression', 'regressed', 'exceptions', 'exception', 'timeouts', 'fatal', 'fatals', 'crashes', 'panics', 'hangs']);

/** Counts of one kind of item (`tests_passed`, `tests_skipped` beside `tests_total`) that add up to more than their total: no total counts them. */
function partsAboveTotal(fields: readonly Field[]): Finding | undefined {
  const sums = outcomeSums(fields, () => true);
  for (const total of fields) {
    if (!isCount(total.value)) continue;
    // The tests a run had (`tests: 10` beside `passed: 10, skipped: 3`) are a total too, when its object names no other
    // kind of item (Mocha's `suites: 3` beside `tests: 10, passes: 9`): the name of all the items is its whole name, so
    // only the objects it sits in are its stem (session 44).
    const stem = playsRole(total, TOTAL_WORDS) ? summedStemOf(total, TOTAL_WORDS) : countOfTests(total) && onlyItemTotal(total, fields) ? total.context.filter((w) => !howManyWord(w)).join(' ') : undefined;
    if (stem === undefined) continue;
    const counted = sums.get(stem);
    const listed = listedBeyondCounts(fields, total, stem);
    const sum = counted === undefined && listed === 0 ? undefined : (counted ?? 0) + listed;
    if (sum !== undefined && sum > total.value) return { code: 'inconsistent_counts', pointer: total.pointer, says: `counts ${total.value} items in all, fewer than the ${sum} its passed, failed and skipped counts add up to`, actual: total.value };
  }
  return undefined;
}
/**
 * Whether `field` counts a run's tests by their name (`tests`, `num_tests`, `test_cases`, `specs`), the outcomes' items:
 * not a bare "how many" (`count: 3` of suites beside `passed: 12`, Go's `count`), not the tests that ran (nextest's
 * `tests_run` leaves its skipped tests out), not suites or assertions, which outcomes of tests do not add up to.
 */
function countOfTests(field: Field): boolean {
  return isItemTotal(field) && field.own.some((w) => TEST_ITEM_WORDS.has(w)) && field.own.every((w, i) => countedOnly(w, field.own[i + 1]));
}
const TEST_ITEM_WORDS: ReadonlySet<string> = new Set(['tests', 'test', 'cases', 'case', 'testcases', 'checks', 'specs', 'scenarios', 'examples']);
/**
 * Whether `total` is the one count in its object besides its outcomes' counts: any other number there (Cucumber's `steps:
 * 50` beside `scenarios: 10`, `subtests`, `asserts`, `iterations`, a duration) may be what the outcomes count (red team
 * yb, session 44).
 */
function onlyItemTotal(total: Field, fields: readonly Field[]): boolean {
  const context = total.context.join(' ');
  const outcome = (f: Field) => [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS].some((role) => playsRole(f, role)) || otherOutcome(f);
  return !fields.some((f) => f !== total && f.context.join(' ') === context && typeof f.value === 'number' && !outcome(f));
}
/**
 * How many items the outcomes listed by their items beside `total` hold beyond what the counts {@link unaccounted} and
 * {@link partsAboveTotal} sum already say of them (found triaging fuzz seed 1523460186, helper hf; red team xm): an outcome
 * of the total's items (same object, same counted stem) has at least as many items as its longest list holds
 * ({@link listedItems}), so a list adds what it holds past the outcome's counts. One outcome listed under two names
 * (`passed` and `passes`) is its items once; a list beside its own count (`skipped: [...]`, `skipped_count: 2`) adds only
 * what the count leaves out (`passed: 2, passed_tests: [3 names]` is three).
 */
function listedBeyondCounts(fields: readonly Field[], total: Field, summedStem = summedStemOf(total, TOTAL_WORDS)): number {
  const context = total.context.join(' ');
  const stem = countedStem(total, TOTAL_WORDS);
  let beyond = 0;
  for (const role of [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS]) {
    let longest = 0;
    for (const f of fields) {
      if (f !== total && f.context.join(' ') === context && playsRole(f, role) && Array.isArray(f.value) && countedStem(f, role) === stem) longest = Math.max(longest, listedItems(f.value));
    }
    const own = (f: Field, r: ReadonlySet<string>) => r === role && f !== total && f.context.join(' ') === context && summedStemOf(f, r) === summedStem;
    const counted = outcomeSums(fields, own).get(summedStem) ?? 0;
    beyond += Math.max(0, longest - counted);
  }
  return beyond;
}

/**
 * How many items a list under an outcome stands for, entry by entry: an entry with no count of items (`"login"`, `{name:
 * "a", number: 7}`: TAP's `number` is its place) is one; an entry with a count of its items (`{reason: "windows only",
 * count: 5}`, as pytest groups skips by reason; `{file, n: 3}`; `amount`, `qty`, `occurrences`, or the outcome's own
 * word: `{skipped: 5}`) is a group as many as its largest count, whatever names it; a group listing its tests (`{reason,
 * tests: [...]}`) as many as it lists (red team xc).
 */
function listedItems(list: readonly unknown[]): number {
  let sum = 0;
  for (const entry of list) sum += isRecord(entry) ? itemsOfAnEntry(entry) : 1;
  return sum;
}
function itemsOfAnEntry(entry: Record<string, unknown>): number {
  let items: number | undefined;
  for (const [key, v] of Object.entries(entry)) {
    const words = readWords(key);
    if (!words.every((w) => GROUP_COUNT_WORDS().has(w) || OUTCOME_ROLES.some((r) => r.has(w)))) continue;
    const n = Array.isArray(v) ? v.length : typeof v === 'string' ? numberWrittenAsText(v) : v;
    if (isCount(n)) items = Math.max(items ?? 0, n);
  }
  return items ?? 1;
}
/** Words a group of items counts them by (ITEM_NOUNS_OF_A_COUNT without `number`, an item's place in TAP). */
const GROUP_COUNT_WORDS = lazy((): ReadonlySet<string> => new Set([...ITEM_NOUNS_OF_A_COUNT, 'amount', 'qty', 'quantity', 'size', 'items', 'occurrences', 'how', 'many', 'howmany'].filter((w) => w !== 'number' && w !== 'of')));

/**
 * An outcome's count belied by its own list beside it (`skipped: 1` beside two skips listed in `skipped_tests`, red team
 * xc): the count says fewer items than the list names, so the report contradicts itself on how many items ended so. A
 * list shorter than its count is a sample (reports list the first failures); a list longer is not.
 */
function countBeliedByItsList(fields: readonly Field[]): Finding | undefined {
  for (const role of OUTCOME_ROLES) {
    for (const list of fields) {
      if (!Array.isArray(list.value) || list.value.length === 0 || !playsRole(list, role)) continue;
      const context = list.context.join(' ');
      const stem = countedStem(list, role);
      const items = listedItems(list.value);
      // Errors and failures are counted apart (JUnit, pytest): `errors: 0` beside a `failures` list is no count of it.
      const family = role === FAIL_WORDS ? failFamily(list.own) : undefined;
      const count = fields.find((c) => c !== list && isCount(c.value) && c.value < items && playsRole(c, role) && c.context.join(' ') === context && countedStem(c, role) === stem && (family === undefined || failFamily(c.own) === family));
      if (count !== undefined) return { code: 'inconsistent_counts', pointer: count.pointer, says: `counts ${count.value as number}, fewer than the ${items} items listed beside it at ${list.pointer}`, actual: count.value };
    }
  }
  return undefined;
}

/** Statuses an entry of a report's details gives an item that did not pass. */
const FAILED_STATUSES: ReadonlySet<string> = wordSet('FAILED_STATUSES', () => [
  'fail', 'failed', 'failure', 'failing', 'error', 'errored', 'broken', 'crashed', 'timedout', 'timed_out', 'startup_failure', 'timeout', 'timed out', 'aborted', 'killed', 'crash', 'panic', 'panicked', 'segfault', 'oom',
  ...readSet(vocabulary(['failed', 'errors'], OTHER_LANGUAGES)),
  // A whole outcome only (never a count's name: `ng` is also Angular's): Japanese reports mark a failed case NG or ×
  // beside OK and ○.
  'ng', '\u00d7',
  // What CI and test rigs write for a failed run beside OK: French and Italian `KO`, `NOK` (not OK), TAP's `not ok`, and
  // Jenkins's `UNSTABLE` (a build whose tests failed).
  'ko', 'nok', 'not ok', 'unstable',
]);

/**
 * Whether an entry says its failure does not count: `required: false`, `optional: true`, `blocking: false`, GitLab's
 * `allow_failure: true`, GitHub's `continue_on_error: true`, or a set flag under a qualifying name (`expected_failure`,
 * `quarantined`, `flaky`, `waived`).
 */
function exempt(entry: Record<string, unknown>): boolean {
  return Object.entries(entry).some(([key, v]) => {
    const words = nameWords(key);
    if (v === false) return ['required', 'blocking', 'mandatory'].includes(words.join('_'));
    if (v === true) return words.join('_') === 'continue_on_error' || SOFT_FAILED_NAMES.has(words.join('_')) || words.some((w) => EXEMPTING.has(w));
    // `waiver: "bd-12"`, `quarantined: "2026-03-01"`: a named exemption; a blank or placeholder one (`TODO`) names none.
    return typeof v === 'string' && !isBlank(v) && placeholderReason(v) === undefined && words.some((w) => NAMED_EXEMPTIONS.has(w));
  });
}

const EXEMPTING: ReadonlySet<string> = wordSet('EXEMPTING', () => ['optional', 'allow', 'allowed', 'expected', 'known', 'tolerated', 'ignored', 'waived', 'waiver', 'quarantined', 'flaky', 'retried', 'recovered', 'xfail', 'xfailed', 'muted', 'advisory', 'informational', ...vocabulary(['tolerated'], OTHER_LANGUAGES)]);
/**
 * Buildkite's `soft_failed: true`, a job whose step allows it to fail (`soft_fail`), as GitLab's `allow_failure`. Only
 * that name: `soft` beside anything else (`soft_limit_exceeded`, `soft_timeout`) exempts nothing (red team ar).
 */
const SOFT_FAILED_NAMES: ReadonlySet<string> = new Set(['soft_failed', 'soft_fail', 'soft_failure']);
const NAMED_EXEMPTIONS: ReadonlySet<string> = new Set(['waived', 'waiver', 'quarantined', 'quarantine']);

/** The keys reporters give an entry's outcome (GitHub check runs: `conclusion: "failure"`). */
const ENTRY_STATUS_KEYS: ReadonlySet<string> = wordSet('ENTRY_STATUS_KEYS', () => readSet(vocabulary(['outcome'])));

/** An outcome beside the pass or in an object beside it (`result: "fail"`, `summary: {status: "failed"}`), not another run's. */
function failedOutcome(fields: readonly Field[]): Finding | undefined {
  for (const field of fields) {
    const [name, ...rest] = field.own;
    if (rest.length > 0 || !ENTRY_STATUS_KEYS.has(name ?? '') || hasQualifier(field.written?.context ?? field.context)) continue;
    if (typeof field.value === 'string' && isFailedOutcome(field.value) && !allowedToFail(field.written?.own.join(' ') ?? '', field.value, membersBeside(field, fields), parentOf(field.pointer), baseOf(field))) return { code: 'contradiction', pointer: field.pointer, says: `is ${JSON.stringify(field.value)}`, actual: field.value };
  }
  return undefined;
}
/** The object the status is in, as a field beside it ({@link fieldsOf}) tells it: its parent's, or its parent's parent's for a member of an object beside it. */
const baseOf = (field: Field): string => pointerOf(parsePointer(field.pointer).slice(0, field.context.length > 0 ? -2 : -1));
/** The members of the object a field is in, by their names as written, as far as `fields` holds them. */
function membersBeside(field: Field, fields: readonly Field[]): Record<string, unknown> {
  const parent = field.pointer.slice(0, field.pointer.lastIndexOf('/'));
  const members: Record<string, unknown> = {};
  for (const f of fields) if (f.pointer.slice(0, f.pointer.lastIndexOf('/')) === parent) members[(f.written?.own ?? f.own).join(' ')] = f.value;
  return members;
}
/**
 * Whether a step's failed outcome is a failure its workflow allowed (GitHub Actions' `continue-on-error: true`): the steps
 * context writes `outcome` before continue-on-error is applied and `conclusion` after, so `outcome: failure` beside
 * `conclusion: success` is a step the job's author let fail, and the job's own conclusion answers for it. A judgement
 * (session 41): the author's allowance is written in the workflow the gate's owner reviews, as an `allow_failure` job's
 * is. Only exactly so, as GitHub writes it: the outcome `failure`, one conclusion `success` (plain, any case) under a
 * name that reads as `conclusion` (a second one in look-alike letters makes two), at a place of GitHub's steps context
 * ({@link atAStepOfAWorkflow}), and no `continue-on-error` beside them that says anything but `true`: `false`, `"no"`, an
 * expression, or the name in look-alike letters (`continue-оn-error` with a Cyrillic о) or run together (`continueonerror`) is no
 * allowance (red team xw2).
 */
function allowedToFail(key: string, outcome: string, entry: Record<string, unknown>, at: string, base: string | undefined): boolean {
  if (base === undefined || !atAStepOfAWorkflow(at, base) || nameWords(key).join(' ') !== 'outcome' || outcome.trim().toLowerCase() !== 'failure') return false;
  const members = Object.entries(entry);
  const conclusions = members.filter(([k]) => readWords(k).join(' ') === 'conclusion');
  if (conclusions.length !== 1 || nameWords(conclusions[0]?.[0] ?? '').join(' ') !== 'conclusion' || typeof conclusions[0]?.[1] !== 'string' || !PLAIN.test(conclusions[0][1]) || conclusions[0][1].trim().toLowerCase() !== 'success') return false;
  return !members.some(([k, v]) => readWords(k).join('') === 'continueonerror' && !(v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true')));
}
/**
 * Whether the object at `at` stands where GitHub's steps context puts a step, counted from `base`, the object the status
 * is in: a member of the report's `steps` by step id or an entry of its list of steps (`steps: {lint: {outcome,
 * conclusion}}`, as `toJSON(steps)` prints it), the same under one job of its `jobs` (`jobs: {test: {steps: […]}}`,
 * `jobs: [{steps: […]}]`) or its `job`, or one object named `step` beside the status. A test's steps (`tests: [{steps:
 * […]}]`, a suite's test's, a result's), or the report's own pair, are no workflow's steps (red team xa, xw2).
 */
function atAStepOfAWorkflow(at: string, base: string): boolean {
  if (!(at === base || at.startsWith(`${base}/`))) return false;
  const path = parsePointer(at.slice(base.length)).map((segment) => nameWords(segment).join(' '));
  if (path.length === 1) return path[0] === 'step';
  if (path.at(-2) !== 'steps') return false;
  const above = path.slice(0, -2);
  return above.length === 0 || (above.length === 1 && above[0] === 'job') || (above.length === 2 && above[0] === 'jobs');
}

/**
 * An entry of a details list beside the pass (`extensions: [{status: "fail"}]`) that failed, under the status's own key
 * or an outcome key — or an entry further down, through entries that only group others (`suites: [{name, tests:
 * [{status: "fail"}]}]`: a suite without an outcome of its own passes only if its tests do). An entry's own outcome
 * sums up what it holds (a Playwright test `expected` or `flaky` over its failed attempts), lists under qualified names
 * (`history`, `previous`, `baseline`) are another run's, and an exempt entry's contents (`allow_failure`) are exempt
 * with it: none of them is followed.
 */
function failedEntry(fields: readonly Field[], statusKey: string, siblings: readonly Field[] = fields, document?: readonly unknown[]): Finding | undefined {
  const budget: ListBudget = { left: MAX_ENTRIES_FOLLOWED, maps: { left: MAX_FIELDS_READ, scope: siblings, document } };
  const statusWords = readWords(statusKey).join(' ');
  for (const field of fields) {
    const written = field.written ?? field;
    budget.maps.base = baseOf(field);
    if (!Array.isArray(field.value) || hasQualifier([...written.context, ...written.own])) continue;
    if (filedApartFromFailures(field, siblings)) {
      const outcome = failedOutcomeOfAnEntry(field.value, field.pointer);
      if (outcome !== undefined) return outcome;
      continue;
    }
    const found = failedInList(field.value, field.pointer, { read: field.own, written: written.own }, statusWords, 0, budget);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A list of what a checker could not judge (axe-core's `incomplete`, "needs review", and `inapplicable`), filed by the
 * report itself beside its list of failures (`violations`): its entries' words of failure (`failureSummary: "Fix any of
 * the following: …"`) say what to review, and the failures are the other list's, which is read.
 */
function filedApartFromFailures(list: Field, fields: readonly Field[]): boolean {
  if (list.own.length !== 1 || !UNJUDGED_LISTS.has(list.own[0] as string)) return false;
  return fields.some((f) => f !== list && Array.isArray(f.value) && f.context.join(' ') === list.context.join(' ') && f.own.length === 1 && FAILURE_LISTS.has(f.own[0] as string));
}
const UNJUDGED_LISTS: ReadonlySet<string> = new Set(['incomplete', 'inapplicable']);

/**
 * An entry of such a list that gives its own outcome, failed (`incomplete: [{name: "login", status: "failed"}]`, a test
 * runner's tests left incomplete by a crash): a failure the report tells under any list's name (red team ar). Only
 * the entry's own outcome is read, not its words (`failureSummary`), which say what to review.
 */
function failedOutcomeOfAnEntry(list: readonly unknown[], at: string): Finding | undefined {
  for (const [i, entry] of list.slice(0, MAX_ENTRIES_FOLLOWED).entries()) {
    if (!isRecord(entry) || exempt(entry)) continue;
    for (const [key, v] of Object.entries(entry)) {
      const words = nameWords(key);
      if (words.length === 1 && ENTRY_STATUS_KEYS.has(words[0] as string) && typeof v === 'string' && isFailedOutcome(v)) {
        return { code: 'contradiction', pointer: `${at}/${i}/${encodePointerSegment(key)}`, says: `is ${JSON.stringify(v)}`, actual: v };
      }
    }
  }
  return undefined;
}
const FAILURE_LISTS: ReadonlySet<string> = new Set(['violations', 'failures', 'failed', 'errors']);

/**
 * A runner's summary printed by an entry with no outcome of its own (`steps: [{name: "test", output: "FAILED
 * (failures=2)"}]`, `details: [{message: "2 tests failed"}]`): its outcome, in its own words, as beside the status. Only
 * under names of what a run prints: a test's name or title may quote any phrase (`reports 2 failures`), and an entry
 * with an outcome speaks for itself (its captured output is the test's).
 */
function printedInEntry(entry: Record<string, unknown>, at: string, writtenListName: string[]): Finding | undefined {
  // A list of texts to show (`strings: [{id: "fail", text: "2 tests failed"}]`, `templates`, `translations`) prints nothing (review rv5).
  if (writtenListName.some((w) => TEXT_TABLES.has(w))) return undefined;
  // In a list of the run's parts (`details: [{message: "2 tests failed"}]`, `steps`), an entry's own `message` is what it
  // says of its part, as a report's is, not a qualifier (review rv5); a commit's or a change's message stays prose.
  const ofTheRun = writtenListName.length > 0 && writtenListName.every((w) => RUN_PART_LISTS.has(w));
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(entry)) {
    const own = readWords(key);
    if (ENTRY_PRINT_NAMES.has(own.join(' ')) || printName(own)) fields.push({ pointer: `${at}/${encodePointerSegment(key)}`, own, context: [], written: { own: nameWords(key), context: ofTheRun && reportMessage(own) ? [] : writtenListName }, value });
  }
  // Its log kept under a log's `lines` or inside an object under a print name (`log: {lines: […]}`, `output: {text: "…"}`), as a step's is (`stepLogs`).
  for (const log of stepLogs(entry, at, [], false, false).filter((l) => !fields.some((f) => f.pointer === l.pointer))) fields.push({ pointer: log.pointer, own: log.own, context: [], written: { own: log.written, context: [...writtenListName, ...log.within] }, value: log.text });
  const found = fields.length === 0 ? undefined : printedFailure(fields);
  return found === undefined ? undefined : { ...found, says: `${found.says} (an entry of its details)` };
}
/**
 * An entry's outcome given as an object without an outcome word of its own (`steps: [{name: "test", result: {output:
 * "Tests: 2 failed"}}]`, `result: {error: true}`, `result: {exitCode: 1}`): what it prints, flags or ends with is the entry's outcome, read as the entry's own
 * members are. An outcome object with an outcome word (`result: {status: "passed", output: …}`) speaks for itself.
 */
/**
 * A step of a process (`steps`, `jobs`, `stages`, `tasks`) whose own outcome passed over its own log that ends in a
 * runner's summary of failures (`{status: passed, output: "Tests: 2 failed"}`: a step that ran `npm test || true`). Only
 * the log's last summary is the step's own: a run inside it (a test runner's own suite, pytester) prints its summary
 * before the outer one, and a test's captured print (`tests[].call.stdout`) is no step's log.
 */
function stepPrintsItsFailures(value: Record<string, unknown>, at: string, writtenListName: readonly string[], depth = 0, budget = { left: MAX_FIELDS_READ }): Finding | undefined {
  if (!processStepList(writtenListName)) return undefined;
  const own = ownLogPrintsFailures(value, at, writtenListName);
  if (own !== undefined || depth + 1 >= MAX_STEP_NESTING) return own;
  // A job's own pass sums up its steps' outcomes, not what their logs print: the logs of the steps it lists, in a list or
  // a map by name (`jobs: {test: {conclusion: success, steps: [{conclusion: success, log: […]}]}}`), are read as its own
  // (helper ps).
  for (const [key, inner] of Object.entries(value)) {
    const innerName = stepListWithin(writtenListName, nameWords(key));
    if (innerName === undefined) continue;
    const steps: [string, unknown][] = Array.isArray(inner) ? inner.slice(0, MAX_FIELDS_READ + 1).map((step, i) => [String(i), step]) : isRecord(inner) ? Object.entries(inner).slice(0, MAX_FIELDS_READ + 1) : [];
    for (const [name, step] of steps) {
      if (--budget.left < 0) return tooMany(`${at}/${encodePointerSegment(key)}`);
      // A step that says it failed under a job that passed is a failure the job allowed (GitHub's continue-on-error:
      // `outcome: failure` beside `conclusion: success`): the job's pass answers for it, as it does for its outcome.
      if (!isRecord(step) || Object.entries(step).some(([k, v]) => typeof v === 'string' && isOutcomeName(k, 'status') && isFailedOutcome(v))) continue;
      const found = stepPrintsItsFailures(step, `${at}/${encodePointerSegment(key)}/${encodePointerSegment(name)}`, innerName, depth + 1, budget);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
const MAX_STEP_NESTING = 3;
function ownLogPrintsFailures(value: Record<string, unknown>, at: string, writtenListName: readonly string[]): Finding | undefined {
  for (const log of stepLogs(value, at, [])) {
    if (log.unread === true) return { code: 'contradiction', pointer: log.pointer, says: 'holds a log nested deeper, or in more sections, than are read: never read as a log that prints no failure (an entry of its details)', actual: 'a log not read' };
    const read = stepLogRead(log.text);
    if (read?.finding !== undefined) return { ...read.finding, pointer: log.pointer, says: `${read.finding.says} (an entry of its details)` };
    // What the log prints past the lines a later summary answers for is read as text beside the step's pass is: Go
    // writes its failures without a count (`--- FAIL: TestX`, `FAIL\tpkg\t0.1s`), which no summary above reads.
    const rest = read === undefined ? log.text : log.text.split(/\r?\n/u).slice(read.answered).join('\n');
    const printed = printedFailure([{ pointer: log.pointer, own: log.own, context: [], written: { own: log.written, context: [...writtenListName, ...log.within] }, value: rest }]);
    if (printed !== undefined) return { ...printed, says: `${printed.says} (an entry of its details)` };
  }
  return undefined;
}
/**
 * A step's logs wherever it keeps them: under a name of what a run prints (`log`, `console_output`, GitLab's `trace`)
 * or of the lines or text a log is made of (`lines`, `text`, `messages`), and inside an object kept under a print name
 * (`log: {lines: […]}`, `output: {text: "…"}`, `stdout: {content: "…"}`), a few levels down (red team ga): where a
 * producer files its log hides none of what it prints.
 */
function stepLogs(value: Record<string, unknown>, at: string, within: readonly string[], printsOnly = false, intoOutcomes = true): StepLog[] {
  const logs: StepLog[] = [];
  for (const [key, v] of Object.entries(value)) {
    const own = readWords(key);
    const pointer = `${at}/${encodePointerSegment(key)}`;
    const printed = printName(own) || own.join(' ') === 'trace';
    const deeper = within.length < MAX_LOG_NESTING && !hasQualifier(nameWords(key));
    const named = printed || (!printsOnly && (within.length === 0 ? STEP_LOG_TEXT_NAMES : LOG_BODY_NAMES).has(own.join(' ')));
    // A log kept as bytes or as a map of its lines by number or moment is its text (logKeptAsAnObject).
    const kept = named && isRecord(v) ? logKeptAsAnObject(v) : undefined;
    if (kept !== undefined) {
      if (kept !== '') logs.push({ pointer, own, written: nameWords(key), within: [...within], text: kept });
      continue;
    }
    if (isRecord(v)) {
      if (printed && deeper) logs.push(...stepLogs(v, pointer, [...within, ...nameWords(key)]));
      // A log object nested past what is read is no proof its log prints no failure: fail closed (red team xe, session 40).
      else if (printed && !hasQualifier(nameWords(key)) && Object.keys(v).length > 0) logs.push(unreadLog(pointer, own, nameWords(key), within));
      // A log kept under an object of the step's not named for printing (`result: {log: […]}`, `details: {output: …}`)
      // is still the step's: only its print-named members are read there, never a setting's (`with`, `env`, `config`).
      // For an entry with no outcome of its own, an object that tells one (`result: {status: passed, output}`) speaks
      // for itself, as an outcome object does (toldInOutcomeObject, which reads its log as a step's): `intoOutcomes` false.
      else if (!printed && deeper && within.length === 0 && !printsOnly && !SETTING_OBJECTS.has(own.join(' ')) && !PROCESS_STEP_LISTS.has(own.join(' ')) && (intoOutcomes || !tellsOutcome(v))) logs.push(...stepLogs(v, pointer, [], true));
      continue;
    }
    if (!named) continue;
    // Lines nested in lists deeper than are read (`lines: [[[[["…"]]]]]`) are no proof either (red team xe, session 40).
    if (Array.isArray(v) && linesNestedPastTheLimit(v)) {
      logs.push(unreadLog(pointer, own, nameWords(key), within));
      continue;
    }
    const text = typeof v === 'string' ? v : Array.isArray(v) ? logLines(v).join('\n') : undefined;
    if (text !== undefined && text !== '') logs.push({ pointer, own, written: nameWords(key), within: [...within], text });
    if (Array.isArray(v) && deeper) logs.push(...logSections(v, pointer, [...within, ...nameWords(key)]));
  }
  return logs;
}
/**
 * A log kept in sections or entries each with its own lines (`logs: [{name, lines: […]}]`, `log: [{t, lines: […]}]`):
 * each section is read as a log object is, so what its lines print is never hidden by the list (red team xf), and so are
 * its lists of lines under a name no log object is read for (`[{ts, msgs: […]}]`: in a log's section, a list of texts is
 * its lines). Sections past MAX_LOG_SECTIONS are never passed unread (red team xe, session 40).
 */
function logSections(list: readonly unknown[], at: string, within: readonly string[]): StepLog[] {
  const logs: StepLog[] = [];
  for (const [i, section] of list.slice(0, MAX_LOG_SECTIONS).entries()) {
    if (!isRecord(section) || !Object.values(section).some((m) => Array.isArray(m) || isRecord(m))) continue;
    const here = `${at}/${i}`;
    const read = stepLogs(section, here, within);
    logs.push(...read);
    for (const [key, member] of Object.entries(section)) {
      const pointer = `${here}/${encodePointerSegment(key)}`;
      if (!Array.isArray(member) || !member.some((line) => typeof line === 'string') || hasQualifier(nameWords(key)) || read.some((l) => l.pointer === pointer)) continue;
      const text = logLines(member).join('\n');
      if (text !== '') logs.push({ pointer, own: readWords(key), written: nameWords(key), within: [...within], text });
    }
  }
  const unread = list.length > MAX_LOG_SECTIONS ? list.findIndex((section, i) => i >= MAX_LOG_SECTIONS && isRecord(section) && Object.values(section).some((m) => Array.isArray(m) || isRecord(m))) : -1;
  if (unread >= 0) logs.push(unreadLog(`${at}/${unread}`, [], [], within));
  return logs;
}
interface StepLog { pointer: string; own: string[]; written: string[]; within: string[]; text: string; unread?: true }
/** A log kept deeper or in more sections than are read: no text, and never read as a log that prints no failure. */
const unreadLog = (pointer: string, own: string[], written: string[], within: readonly string[]): StepLog => ({ pointer, own, written, within: [...within], text: '', unread: true });
/** How many sections of a log kept as a list of objects are read (each a log object of its own); past them, it fails closed. */
const MAX_LOG_SECTIONS = 1024;
/** Names a step keeps its log's lines or text under, beside the print names (`log_lines`, Ansible's `stdout_lines`). */
const STEP_LOG_TEXT_NAMES: ReadonlySet<string> = new Set(['lines', 'text', 'messages']);
/** Names of a log's own text inside an object kept under a print name (`log: {lines: […]}`, `output: {content: "…"}`). */
const LOG_BODY_NAMES: ReadonlySet<string> = new Set([...STEP_LOG_TEXT_NAMES, 'content', 'contents', 'body', 'raw', 'data', 'value', 'entries', 'records', 'tail', 'excerpt', 'message', 'chunks', 'chunk', 'parts', 'sections', 'segments', 'blocks', 'pages', 'groups', 'items', 'events']);
const MAX_LOG_NESTING = 3;
// A log's lines as printed, whatever else its array holds: a null or a number among them (a runner's blank or exit code),
// or a line kept as an object of its text (`{"line": "--- FAIL: TestX"}`), hides none of the lines (red team ga).
// Lines kept in a list of lists (`lines: [["…", "…"]]`, a log in pages) are its lines too (red team xf).
const logLines = (v: readonly unknown[], depth = 0): string[] =>
  v.flatMap((line) => (typeof line === 'string' ? [line] : Array.isArray(line) ? (depth < MAX_LOG_NESTING ? logLines(line, depth + 1) : []) : isRecord(line) ? lineObjectTexts(line) : []));
/**
 * The texts of a line kept as an object: its own (`{line: "…"}`), those of an object one level down (`{text: {content:
 * "…"}}`, red team xe), or its bytes (`{type: "Buffer", data: […]}`).
 */
const lineObjectTexts = (line: Record<string, unknown>, depth = 0): string[] => {
  const kept = logKeptAsAnObject(line);
  if (kept !== undefined) return [kept];
  return Object.values(line).flatMap((t) => (typeof t === 'string' ? [t] : isRecord(t) && depth < 1 ? lineObjectTexts(t, depth + 1) : []));
};
/** Whether a log's lists nest deeper than {@link logLines} reads, with something in them. */
const linesNestedPastTheLimit = (v: readonly unknown[], depth = 0): boolean =>
  v.some((line) => Array.isArray(line) && (depth >= MAX_LOG_NESTING ? line.length > 0 : linesNestedPastTheLimit(line, depth + 1)));
/**
 * The text of a log kept as an object that is its text in another form (red team xe, session 40): Node's serialised
 * Buffer (`{type: "Buffer", data: [45, 45, …]}`, what JSON.stringify writes for spawnSync's output) decoded as UTF-8, or
 * a map of its lines by line number or by moment (`{"1": "=== RUN", "2": "--- FAIL"}`, `{"2026-03-10T10:59:00Z": "…"}`)
 * in the order it gives them (a number's in its order). Undefined for any other object.
 */
function logKeptAsAnObject(v: Record<string, unknown>): string | undefined {
  const keys = Object.keys(v);
  if (keys.length === 2 && v.type === 'Buffer' && Array.isArray(v.data) && v.data.every((b) => Number.isInteger(b) && (b as number) >= 0 && (b as number) <= 255)) {
    return new TextDecoder().decode(Uint8Array.from(v.data as number[]));
  }
  if (keys.length === 0 || !keys.every((k) => LINE_NUMBER_OR_MOMENT.test(k))) return undefined;
  const lines = Object.values(v).flatMap((line) => (typeof line === 'string' ? [line] : Array.isArray(line) ? logLines(line) : isRecord(line) ? lineObjectTexts(line) : []));
  return lines.join('\n');
}
/** A key that numbers a log's line or tells its moment: `12`, `1710068340.123` (seconds since the epoch), `2026-03-10T10:59:00Z`. */
const LINE_NUMBER_OR_MOMENT = /^(?:\d{1,16}(?:\.\d{1,9})?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)$/u;
/**
 * A step's log as its runners' summaries read it: the failing summary it is denied by, or how many of its first lines
 * a later summary answers for (a run inside it, or a failed run the log then retried, with what that run printed before
 * its summary: `FAILED tests/test_net.py::test_fetch`, `=== 1 failed ===`, `Re-running 1 failed test`, `=== 1 passed ===`).
 */
function stepLogRead(text: string): { finding?: Finding; answered: number } | undefined {
  const lines = text.slice(-MAX_TEXT_READ).split(/\r?\n/u);
  const summaries = lines.flatMap((line, i) => (RUNNER_COUNT_LINE.test(line) ? [i] : []));
  const lastAt = summaries.at(-1);
  if (lastAt === undefined) return undefined;
  const last = lines[lastAt] as string;
  const failing = summaryLineIn(last);
  if (failing !== undefined) return { finding: { code: 'contradiction', pointer: '', says: `ends in the runner's summary ${JSON.stringify(failing)} under its own pass`, actual: failing.slice(0, 200) }, answered: 0 };
  // A passing last summary speaks for the step's earlier failing ones only where it is the same runner's (a run inside
  // it printed before it, `=== 1 failed ===` then `=== 12 passed ===`) or a retry of them (`2 failed` then `Retry: 12
  // passed`), as the retry rules read a pass after failures; another tool's pass after them (`unit: 2 failed, 10
  // passed` then `lint: 0 errors`, cargo's `test result: FAILED` then another binary's `test result: ok`) hides nothing.
  let answered = 0;
  for (const i of summaries.slice(0, -1)) {
    const earlier = summaryLineIn(lines[i] as string);
    if (earlier === undefined) continue;
    if (runnerMark(lines[i] as string) === runnerMark(last) || lines.slice(i + 1, lastAt + 1).some(retryTold)) {
      answered = i + 1;
      continue;
    }
    return { finding: { code: 'contradiction', pointer: '', says: `prints the runner's summary ${JSON.stringify(earlier)} under its own pass, before another runner's passing summary`, actual: earlier.slice(0, 200) }, answered: 0 };
  }
  return { answered: text.length > MAX_TEXT_READ ? 0 : answered };
}
/** A summary line's words before its first count (`Tests:`, `test result: ok.`, `unit:`, `===`), as the runner's mark. */
const summaryLead = (text: string): string => withoutLogTag(text).slice(0, withoutLogTag(text).search(/\d/u)).toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
/**
 * A summary line's mark of its runner: the words before its first count, then how it is framed and in what form it
 * counts, so that runners that put no words before their counts stay apart (pytest's `=== 2 failed, 10 passed in 1s
 * ===`, Playwright's `10 passed (3.1s)`, Mocha's `120 passing (2s)`).
 */
const runnerMark = (line: string): string => {
  const framing = /^[^\p{L}\p{N}\s]/u.exec(line.trim())?.[0] ?? '';
  const form = /\b\d+[^\S\n]+(?:passing|failing|pending)\b/iu.test(line) ? 'ing' : 'ed';
  return `${summaryLead(line)}|${framing}|${form}`;
};
const RETRY_TOLD = /\b(?:retry|retrying|retried|retries|rerun|reruns|re-run|re-runs|rerunning|re-running|reran|re-ran|\d+[^\S\n]+flaky|flak(?:y|es)[^\S\n]*[:=][^\S\n]*[1-9]|attempt[^\S\n]*#?[^\S\n]*[2-9]|(?:2nd|3rd|second|third)[^\S\n]+attempt)\b/iu;
/** A retry the line tells of, not one it denies (`no retry configured`, `retries: 0`, `without retries`, `retry disabled`). */
const RETRY_DENIED = /\b(?:no|not|without|never|disabled?|off|none)\b|\b(?:retry|retries|reruns?)[^\S\n]*[:=][^\S\n]*0\b/iu;
// A retry of another thing (`Retrying upload`, `rerun of the cache step`) retries no test: only a retry of a run's
// failures, tests or attempts (`Re-running 1 failed test`, `Retrying failed tests`, `Retry: 12 passed`, `Attempt 2`) is told.
const RETRY_OF_A_RUN = /\b(?:fail\w*|tests?|specs?|suites?|cases?|flak\w*|passed|passing|attempts?|runs?|jobs?|steps?|summary)\b|\d/iu;
const retryTold = (line: string): boolean => RETRY_TOLD.test(line) && !RETRY_DENIED.test(line) && RETRY_OF_A_RUN.test(line.replace(RETRY_TOLD, ' '));
const PROCESS_STEP_LISTS: ReadonlySet<string> = new Set(['steps', 'step', 'jobs', 'job', 'stages', 'stage', 'tasks', 'task', 'phases']);
/**
 * Whether a list's name, as written, names a run's steps: each word one of {@link PROCESS_STEP_LISTS}, or a platform's own
 * name for them whose words alone name other things (Tekton's `taskRuns`, Jenkins' `stageFlowNodes`: red team xe).
 */
const processStepList = (written: readonly string[]): boolean => written.length > 0 && (written.every((w) => PROCESS_STEP_LISTS.has(w)) || PLATFORM_STEP_LISTS.has(written.join(' ')));
/**
 * The name a list inside a step of `stepList` is read under when it lists steps: its own when it names steps
 * (`jobs: [{steps: […]}]`), and the step list's when it holds that step's runs (CircleCI's `steps: [{actions: […]}]`,
 * one per parallel container: `actions` alone is a handler's list, red team xe).
 */
function stepListWithin(stepList: readonly string[], written: readonly string[]): readonly string[] | undefined {
  if (processStepList(written)) return written;
  return STEP_RUN_LISTS.has(written.join(' ')) && processStepList(stepList) ? stepList : undefined;
}
/** A line that counts a run's outcomes as a runner's summary does (`Tests: 2 failed, 10 passed`, `=== 10 passed in 2s ===`, `test result: ok`). */
const RUNNER_COUNT_LINE = /\b\d+[^\S\n]+(?:tests?[^\S\n]+)?(?:passed|passing|failed|failing|failures?|errors?|errored|skipped|pending|todo|ok|total)\b|\b(?:tests?|passed|failed|failures|errors|pass|fail)[^\S\n]*[:=][^\S\n]*\d|\btest result:/iu;
function toldInOutcomeObject(entry: Record<string, unknown>, here: string, writtenListName: string[], statusWords: string): Finding | undefined {
  for (const [key, value] of Object.entries(entry)) {
    // An entry's summary object speaks for it as an outcome object does (`runs: [{summary: {message: "2 failed"}}]`).
    const words = readWords(key).join(' ');
    const summary = SUMMARY_OBJECTS.has(words) && !RESULT_MAP_NAMES.has(words);
    if (!isRecord(value) || !(isOutcomeName(key, statusWords) || summary) || hasQualifier(nameWords(key))) continue;
    const found = toldInside(value, `${here}/${encodePointerSegment(key)}`, writtenListName, statusWords, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}
/**
 * What an outcome object with no outcome word of its own prints or errs with, and so what the objects it groups its
 * details in do (`result: {detail: {output: "Tests: 2 failed"}}`), a few levels down: one level more hides nothing.
 */
function toldInside(value: Record<string, unknown>, at: string, writtenListName: string[], statusWords: string, depth: number): Finding | undefined {
  if (Object.entries(value).some(([k, v]) => typeof v === 'string' && isOutcomeName(k, statusWords) && !isBlank(v) && placeholderReason(v) === undefined)) return stepPrintsItsFailures(value, at, writtenListName);
  // How its process ended, too (`result: {exit_code: 1}`, `outcome: {timed_out: true}`), as the entry's own members say it.
  const found = printedInEntry(value, at, writtenListName) ?? errorInEntry(value, at, writtenListName) ?? endOfEntry(value, at, writtenListName);
  if (found !== undefined || depth + 1 >= MAX_OUTCOME_OBJECT_DEPTH) return found;
  for (const [key, inner] of Object.entries(value)) {
    if (!isRecord(inner) || hasQualifier(nameWords(key)) || SETTING_OBJECTS.has(nameWords(key).join(' '))) continue;
    const deeper = toldInside(inner, `${at}/${encodePointerSegment(key)}`, writtenListName, statusWords, depth + 1);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}
const MAX_OUTCOME_OBJECT_DEPTH = 3;
/**
 * How an entry with no outcome of its own says its process ended (`steps: [{name: "unit", exit_code: 1}]`, `signal:
 * "SIGKILL"`, `timed_out: true`), read as beside the status ({@link processFailed}). Not in a list that qualifies or
 * names settings, texts or handlers, nor an entry that names what it expects (`expected_exit_code: 1`, `allowed_exit: 1`).
 */
function endOfEntry(entry: Record<string, unknown>, at: string, writtenListName: readonly string[]): Finding | undefined {
  if (listOfNoRun(writtenListName)) return undefined;
  const keys = Object.keys(entry);
  // Only a qualified name of how it ends (`expected_exit_code`, `allowed_signal`) or a set qualifier (`expected: true`)
  // says the end is the one meant; another qualified key (`flaky_retries: 0`) leaves the exit code this run's.
  const expects = (k: string): boolean => {
    if (!hasQualifier(nameWords(k))) return false;
    const rest = readWords(k).filter((w) => !QUALIFIERS.has(w));
    return rest.length === 0 ? entry[k] === true : namedAs(rest, EXIT_NAMES) || namedAs(rest, SIGNAL_NAMES);
  };
  if (keys.some(expects)) return undefined;
  const fields: Field[] = keys.map((k) => ({ pointer: `${at}/${encodePointerSegment(k)}`, own: readWords(k), context: [], written: { own: nameWords(k), context: [] }, value: entry[k] }));
  // How it ended, one level down under a name for the run itself (`{name: "unit", process: {exit_code: 1}}`), as beside the status.
  for (const k of keys) {
    const inner = entry[k];
    if (!isRecord(inner) || !PROCESS_OWNERS.has(readWords(k).join(' '))) continue;
    for (const [ik, iv] of Object.entries(inner).slice(0, 64)) fields.push({ pointer: `${at}/${encodePointerSegment(k)}/${encodePointerSegment(ik)}`, own: readWords(ik), context: readWords(k), written: { own: nameWords(ik), context: nameWords(k) }, value: iv });
  }
  fields.push(...containerStateOf(entry, at));
  const found = processFailed(fields);
  return found === undefined ? undefined : { ...found, says: `${found.says} (an entry of its details)` };
}
/**
 * A flag written as text (`timed_out: "true"`, `error: "yes"`, `"on"`) or as a number (`timed_out: 1`, `"1"`, as C,
 * SQLite and INI files write one) is set as surely as one written as a boolean, and a count above zero under a flag's
 * name (`crashed: 3`) tells as much. Not under the noun `timeout`, whose number is a setting (`timeout: 30`).
 */
const flagSet = (v: unknown, own: readonly string[]): boolean =>
  v === true ||
  (typeof v === 'string' && /^(true|yes|on)$/i.test(removeInvisible(v).trim())) ||
  (!own.includes('timeout') && countAsFlag(typeof v === 'number' ? v : typeof v === 'string' ? numberInText(v) : undefined, own));
/**
 * A number under a flag's name: 1 sets it, as C and SQLite write a flag; a larger count is of failures only under a word
 * of the run's own failure (`crashed: 3`, `errors: 2`). What a run does to other things counts those things: Stryker's
 * `killed: 120` mutants (a mutation run's success), `terminated: 3` old instances, `cancelled: 2` superseded jobs.
 */
const countAsFlag = (n: number | undefined, own: readonly string[]): boolean => n !== undefined && (n === 1 || (n > 1 && !own.some((w) => DONE_TO_OTHERS.has(w))));
const DONE_TO_OTHERS: ReadonlySet<string> = new Set(['killed', 'terminated', 'cancelled', 'canceled', 'aborted', 'interrupted', 'stopped']);
/**
 * A name made of the words of what a run prints and the words that say which part or copy of it (`console_log`,
 * `log_tail`, `output_text`, `combined_output`, `ausgabe`): as the names above are (review rv5).
 */
const printName = (own: readonly string[]): boolean => own.some((w) => PRINT_HEADS.has(w)) && own.every((w) => PRINT_HEADS.has(w) || PRINT_PARTS.has(w));
const PRINT_HEADS: ReadonlySet<string> = new Set([
  'log', 'logs', 'output', 'outputs', 'stdout', 'stderr', 'console', 'transcript', 'ausgabe', 'protokoll', 'sortie', 'journal', 'salida', 'saída', 'uitvoer', 'вывод', 'лог',
]);
const PRINT_PARTS: ReadonlySet<string> = new Set(['lines', 'full', 'raw', 'captured', 'combined', 'tail', 'head', 'std', 'out', 'err', 'system', 'text', 'plain', 'final', 'test', 'run', 'job', 'step', 'build', 'console', 'output', 'log', 'excerpt', 'snippet']);
/**
 * An entry with no outcome of its own that says it erred, as a report does beside its status: an error flag
 * (`steps: [{name: "test", error: true}]`, ESLint's `messages: [{fatal: true}]`) or an error object with a message
 * (`steps: [{name: "test", error: {message: "AssertionError: …"}}]`), review rv5. Not in a list whose name qualifies it or
 * names settings or texts to show.
 */
function errorInEntry(entry: Record<string, unknown>, at: string, writtenListName: readonly string[]): Finding | undefined {
  if (listOfNoRun(writtenListName)) return undefined;
  for (const [key, value] of Object.entries(entry)) {
    const words = readWords(key);
    if (hasQualifier(nameWords(key))) continue;
    const pointer = `${at}/${encodePointerSegment(key)}`;
    if (flagSet(value, words) && ERROR_FLAGS.has(words.filter((w) => !FLAG_SUBJECTS.has(w)).join(' '))) return { code: 'contradiction', pointer, says: 'is true: the entry says it erred (an entry of its details)', actual: true };
    if (!isRecord(value) || !FAILURE_TEXT_NAMES.has(words.join(' '))) continue;
    for (const [k, v] of Object.entries(value).slice(0, 64)) {
      if (typeof v !== 'string' || !MESSAGE_NAMES.has(readWords(k).join(' ')) || isBlank(v) || saysNone(v) || placeholderReason(v) !== undefined) continue;
      return { code: 'contradiction', pointer: `${pointer}/${encodePointerSegment(k)}`, says: `is ${JSON.stringify(v.length > 120 ? `${v.slice(0, 117)}...` : v)}: the entry's error (an entry of its details)`, actual: v.slice(0, 500) };
    }
  }
  return undefined;
}
/** A list whose name qualifies it, or names settings, texts to show or handlers: what it holds says how no run ended. */
const listOfNoRun = (writtenListName: readonly string[]): boolean =>
  hasQualifier(writtenListName) || SETTING_OBJECTS.has(writtenListName.join(' ')) || writtenListName.some((w) => TEXT_TABLES.has(w) || HANDLER_LISTS.has(w));
/** Lists of what to do when something happens (`handlers: [{on: "failure", error: {message: "…"}}]`): what may be said, not what was. */
const HANDLER_LISTS: ReadonlySet<string> = new Set(['handlers', 'handler', 'hooks', 'hook', 'notify', 'notifications', 'alerts', 'triggers', 'on', 'when', 'callbacks', 'actions', 'responses', 'mocks', 'fixtures', 'examples', 'samples']);
/**
 * Whether an entry's `unstable` tells how settled a thing is, not how its run ended: in a list of what ships (`features`,
 * `apis`, `releases`, `flags`) or beside an entry that says `stable`, `experimental`, `beta` or `deprecated` under the
 * same name. Jenkins writes UNSTABLE beside SUCCESS, FAILURE and ABORTED, never beside those; a list named for runs over
 * versions or toolchains (`versions`, `channels`) may hold results and is not taken as one of what ships.
 */
function stabilityOfAnEntry(status: string, key: string, list: readonly unknown[], writtenListName: readonly string[]): boolean {
  if (readWords(status).join(' ') !== 'unstable') return false;
  if (writtenListName.some((w) => STABILITY_LISTS.has(w))) return true;
  // A list named for a run's parts (`results`, `jobs`) holds outcomes: one entry saying `STABLE` there is no sign of what ships.
  if (writtenListName.some((w) => RUN_PART_LISTS.has(w))) return false;
  return list.slice(0, MAX_FIELDS_READ).some((other) => isRecord(other) && typeof other[key] === 'string' && STABILITY_WORDS.has(readWords(other[key]).join(' ')));
}
/**
 * Whether a failed outcome that is also a language's code in small letters (`ko`, Korean; `ng`, Ndonga) is the result of
 * an entry named for a language (`{name: "locale", result: "ko"}`): a check of which locale is set, whose result is the
 * locale found. `KO` in capitals, or `ko` in an entry named otherwise, is the failed outcome French rigs write.
 */
function languageOfAnEntry(status: string, entry: Record<string, unknown>): boolean {
  if (!LANGUAGE_CODE_OUTCOMES.has(status.trim())) return false;
  return Object.entries(entry).some(([k, v]) => typeof v === 'string' && v !== status && ITEM_NAME_KEYS.includes(k.toLowerCase() as (typeof ITEM_NAME_KEYS)[number]) && nameWords(v).some((w) => LANGUAGE_NAMES.has(w)));
}
const LANGUAGE_CODE_OUTCOMES: ReadonlySet<string> = new Set(['ko', 'ng']);
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(['locale', 'locales', 'language', 'languages', 'lang', 'langs', 'i18n', 'l10n', 'translation', 'translations']);
const STABILITY_LISTS: ReadonlySet<string> = new Set(['features', 'feature', 'apis', 'api', 'endpoints', 'releases', 'flags']);
const STABILITY_WORDS: ReadonlySet<string> = new Set(['stable', 'experimental', 'beta', 'alpha', 'preview', 'deprecated', 'nightly', 'legacy']);
const RUN_PART_LISTS: ReadonlySet<string> = new Set(['details', 'detail', 'steps', 'step', 'suites', 'jobs', 'tests', 'checks', 'results', 'runs', 'stages', 'tasks', 'cases', 'specs', 'phases']);
const TEXT_TABLES: ReadonlySet<string> = new Set(['strings', 'translations', 'translation', 'templates', 'template', 'i18n', 'l10n', 'locale', 'locales', 'vocabulary', 'synonyms', 'aliases', 'lookup', 'mapping', 'mappings', 'copy', 'texts', 'labels', 'placeholders']);
/** Names of what an entry says of itself, beside the names of what a run prints ({@link printName}: `log`, `console_output`). */
const ENTRY_PRINT_NAMES: ReadonlySet<string> = new Set([
  'std out', 'std err', 'system out', 'system err',
  'message', 'messages', 'msg', 'summary', 'text', 'details', 'detail', 'notes', 'note', 'comment', 'comments', 'remarks', 'report',
  'status message', 'status text', 'result message', 'result text',
]);

/** Entries read below the status at most (a report of every test of a large suite), and lists followed down at most. */
const MAX_ENTRIES_FOLLOWED = 100_000;
const MAX_LIST_DEPTH = 6;
/**
 * What is left to read of a report's lists and maps, and `base`, the object the status they are read beside is in: where
 * a step of GitHub's steps context stands is counted from it ({@link atAStepOfAWorkflow}).
 */
/** `root`: the value of the field beside the status being read and its pointer's segments, so a reader can look up a node's workflow (its spec). */
/**
 * What a reading of maps beside the status carries: values left to read, the base pointer, the field being read (`root`),
 * the entry of a list being read (`entry`) and the fields beside the status, for a member that needs what holds it.
 */
/** `scope`: the fields a list's entries are read among, where no `fields` are (what a Job's status is weighed against, {@link jobStatusPlaceWithin}). */
/** `document`: the whole document as the Job readers read it, where the fields read leave part of it out (see {@link aroundSummary}). */
type MapBudget = { left: number; base?: string; root?: { value: unknown; at: readonly string[] }; entry?: { value: unknown; pointer: string }; fields?: readonly Field[]; scope?: readonly Field[]; document?: readonly unknown[] };
type ListBudget = { left: number; maps: MapBudget };

function failedInList(list: readonly unknown[], at: string, listName: { read: string[]; written: string[] }, statusWords: string, depth: number, budget: ListBudget): Finding | undefined {
  for (const [i, entry] of list.entries()) {
    if (--budget.left < 0) return { code: 'unreadable', pointer: at, says: `holds more than ${MAX_ENTRIES_FOLLOWED} entries, too many to read for a failure (a report this large is not cleared by its pass)`, actual: `more than ${MAX_ENTRIES_FOLLOWED} entries` };
    // A list of lists (`results: [[{status: "failed"}]]`, runs by shard then by test) groups its entries one level more.
    if (Array.isArray(entry) && depth + 1 < MAX_LIST_DEPTH) {
      const found = failedInList(entry, `${at}/${i}`, listName, statusWords, depth + 1, budget);
      if (found !== undefined) return found;
      continue;
    }
    if (!isRecord(entry) || exempt(entry)) continue;
    const here = `${at}/${i}`;
    const counted = failureInEntry(entry, here, listName.read, listName.written);
    if (counted !== undefined) return counted;
    let outcome = false;
    // Under the status's own name or an outcome's, as the names read (`Status`, `stаtus` with a Cyrillic а, `result\u200b`).
    for (const [key, status] of Object.entries(entry)) {
      if (typeof status !== 'string' || !isOutcomeName(key, statusWords)) continue;
      // A blank or placeholder outcome (`""`, `TODO`, `${STATUS}`) sums up nothing: what the entry holds is read.
      if (!isBlank(status) && placeholderReason(status) === undefined) outcome = true;
      if (isFailedOutcome(status) && !stabilityOfAnEntry(status, key, list, listName.written) && !languageOfAnEntry(status, entry) && !allowedToFail(key, status, entry, here, budget.maps.base)) {
        return { code: 'contradiction', pointer: `${here}/${encodePointerSegment(key)}`, says: `is ${JSON.stringify(status)} (an entry of its details)`, actual: status };
      }
      // An outcome of several words that prints a runner's summary of failures (`result: "2 tests failed"`, `status: "passed
      // with 3 failures"`) failed, as the same text beside the status does; a one-word outcome prints none.
      const printed = /[\s\d]/u.test(status) ? summaryLineIn(status) : undefined;
      if (printed !== undefined) return { code: 'contradiction', pointer: `${here}/${encodePointerSegment(key)}`, says: `prints ${JSON.stringify(printed)} (an entry of its details)`, actual: printed.slice(0, 200) };
    }
    // A process step's own log whose last runner summary counts failures denies its pass (`npm test || true`).
    const own = outcome ? stepPrintsItsFailures(entry, here, listName.written) : undefined;
    if (own !== undefined) return own;
    // An entry without an outcome in words may give it as a flag (`passed: false`, TAP's `ok: false`, `success: false`).
    const flag = outcome ? undefined : passFlagDenied(entry);
    if (flag !== undefined) return { code: 'contradiction', pointer: `${here}/${encodePointerSegment(flag)}`, says: 'is false (an entry of its details)', actual: false };
    const printed = outcome ? undefined : (printedInEntry(entry, here, listName.written) ?? errorInEntry(entry, here, listName.written) ?? toldInOutcomeObject(entry, here, listName.written, statusWords) ?? endOfEntry(entry, here, listName.written));
    if (printed !== undefined) return printed;
    if (outcome || depth + 1 >= MAX_LIST_DEPTH) continue;
    // Objects an entry groups its details in (`runs: [{summary: {failed: 3}}]`), read as maps beside the status are.
    const outer = budget.maps.entry;
    budget.maps.entry = { value: entry, pointer: here };
    for (const [key, value] of Object.entries(entry)) {
      const written = nameWords(key);
      if (!isRecord(value) || hasQualifier(written) || SETTING_OBJECTS.has(written.join(' '))) continue;
      const found = failedMember(value, `${here}/${encodePointerSegment(key)}`, depth + 1, budget.maps, statusWords);
      if (found !== undefined) return found;
    }
    budget.maps.entry = outer;
    for (const [key, value] of Object.entries(entry)) {
      const written = nameWords(key);
      if (!Array.isArray(value) || hasQualifier(written)) continue;
      // A step's runs (CircleCI's `steps: [{actions: […]}]`) are read as steps of the list the step is in.
      const runs = STEP_RUN_LISTS.has(written.join(' ')) && processStepList(listName.written) ? listName : undefined;
      const found = failedInList(value, `${here}/${encodePointerSegment(key)}`, runs ?? { read: readWords(key), written }, statusWords, depth + 1, budget);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The key of an entry's pass flag set to false (`passed: false`, `ok: false`, `success: false`), read as a flag beside a
 * status is ({@link passFlagFalse}). A TAP `todo` or `skip` entry's `ok: false` counts no failure (the TAP spec), nor
 * does an assertion at a level below error (Lighthouse CI's `{passed: false, level: "warn"}`), and a flag under a
 * qualified name (`expected_pass`) is not the entry's outcome.
 */
function passFlagDenied(entry: Record<string, unknown>): string | undefined {
  let denied: string | undefined;
  const ended = endedWithACode(entry);
  for (const [key, v] of Object.entries(entry)) {
    if (!flagCleared(v)) continue;
    // A Kubernetes container that ended with an exit code (`state: {terminated: {exitCode: 0, reason: Completed}}`) is
    // never ready again: a completed Job's `ready: false` tells nothing (red team xp); processFailed reads the code.
    if (ended && nameWords(key).join('_') === 'ready') continue;
    // A Kubernetes Job's status counts its pods (`{succeeded: 1, ready: 0, terminating: 0}`): a completed Job has none
    // ready, so its `ready: 0` is a count of pods, no flag cleared (red team xa, session 41: a false failure).
    if (typeof v === 'number' && nameWords(key).join('_') === 'ready' && jobPodCounts(entry) && jobEnded(entry)) continue;
    if (passFlagFalse({ pointer: '', own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value: v })) denied = key;
  }
  if (denied === undefined) return undefined;
  // A Kubernetes container that ended (`state: {terminated: {exitCode, reason}}`) is never ready again: a completed Job's
  // `ready: false` tells nothing (red team xp); how it ended is read from `terminated` (processFailed).
  const excused = Object.entries(entry).some(([key, v]) => {
    const name = nameWords(key).join('_');
    if (TAP_DIRECTIVES.has(name)) return v !== false && v !== null && v !== '';
    return LEVEL_NAMES.has(name) && typeof v === 'string' && BELOW_ERROR.has(v.trim().toLowerCase());
  });
  return excused ? undefined : denied;
}
/**
 * Whether a Kubernetes Job's status says the Job ran to its end with pods that succeeded: no pod `active`, a count of
 * `succeeded` above zero, and, where it lists conditions, a `Complete` one `True` and none that says it failed. A Job
 * still running (`{active: 1, ready: 0}`) has no pod ready because its pod has not started: no pass (red team xw2). Its
 * members are read only as Kubernetes writes them, in plain ASCII: a member in look-alike letters, full width or with an
 * invisible character (`аctive: 1` with a Cyrillic а) may be one the reader takes for `active` (red team xa, session 42).
 */
function jobEnded(entry: Record<string, unknown>): boolean {
  if (!Object.keys(entry).every((k) => PLAIN.test(k))) return false;
  if (!(entry.active === undefined || entry.active === 0) || !Number.isInteger(entry.succeeded) || (entry.succeeded as number) <= 0) return false;
  return entry.conditions === undefined || jobCompleteByItsConditions(entry.conditions);
}
/** A text that is `word` as written, in plain ASCII and any case: a pass written in look-alike letters proves none. */
const plainly = (v: unknown, word: string): boolean => typeof v === 'string' && PLAIN.test(v) && v.trim().toLowerCase() === word;
/**
 * Whether a Job's conditions say it completed, as Kubernetes writes them: each condition once by its type, in plain ASCII
 * (keys, type and status), one `{type: Complete, status: "True"}`, and every other condition `SuccessCriteriaMet: True`
 * (written beside Complete since Kubernetes 1.31) or `status: "False"` (a `Suspended` one of a Job resumed). A type listed
 * twice (`Complete: False` then `Complete: True`), a `Failed` or `FailureTarget` one `Unknown`, a `Suspended` one `True`,
 * or a condition whose key is in look-alike letters (`tуpe: Failed`) is no completion (red team xa, session 42).
 */
function jobCompleteByItsConditions(conditions: unknown): boolean {
  if (!Array.isArray(conditions) || conditions.length > MAX_CONTAINERS_READ) return false;
  const types = new Set<string>();
  let complete = false;
  for (const c of conditions) {
    if (!isRecord(c) || !Object.keys(c).every((k) => PLAIN.test(k)) || typeof c.type !== 'string' || !PLAIN.test(c.type) || typeof c.status !== 'string' || !PLAIN.test(c.status)) return false;
    const type = c.type.trim().toLowerCase();
    if (types.has(type)) return false;
    types.add(type);
    if (type === 'complete' && plainly(c.status, 'true')) complete = true;
    else if (!(type === 'successcriteriamet' && plainly(c.status, 'true')) && !plainly(c.status, 'false')) return false;
  }
  return complete && conditionFailed(conditions, '') === undefined;
}
/**
 * Whether a count of failures is a completed Kubernetes Job's count of the pods it retried (`{succeeded: 1, failed: 1,
 * completionTime, conditions: [{type: Complete, status: "True"}]}`): a Job retries a failed pod up to its `backoffLimit`,
 * and its conditions say how it ended; a `Failed` condition, a pod still active or no `Complete` condition leave the
 * count a failure (red team xz, session 41: a false failure of every Job that retried a pod). Only an object that says it
 * is a completed Job's status by its `completionTime`, which Kubernetes sets only once a Job succeeded: a test summary
 * shaped like one (`tests: {succeeded: 10, failed: 2, conditions: […]}`) still counts failed tests (red team xa, session 42).
 */
const retriedPodsOfACompletedJob = (key: string, status: Record<string, unknown>): boolean =>
  nameWords(key).join(' ') === 'failed' && Object.entries(status).some(([k, v]) => nameWords(k).join(' ') === 'completion time' && typeof v === 'string') && jobPodCounts(status) && jobEnded(status) && jobCompleteByItsConditions(status.conditions);
/**
 * Whether `failedIndexes` is the list of indexes an Indexed Job's success policy let fail (Kubernetes 1.31+: `{failedIndexes:
 * "1", completedIndexes: "0,2", conditions: [{type: SuccessCriteriaMet, reason: SuccessPolicy}, {type: Complete, reason:
 * SuccessPolicy}]}`): the Job's own spec said which indexes must succeed, and its conditions say they did, as a completed
 * Job's `failed` counts pods its backoffLimit retried ({@link retriedPodsOfACompletedJob}). Only a list of indexes as
 * Kubernetes writes it, beside a `completionTime`, in a Job that ended and completed by its conditions, both of them in
 * plain ASCII with the reason `SuccessPolicy`: an Indexed Job whose failed indexes end it is `Failed` (reason
 * `FailedIndexes`), and one `Complete` by `CompletionsReached` has none failed (red team xa, session 42: a false failure).
 */
const indexesLetFailByItsSuccessPolicy = (key: string, v: unknown, status: Record<string, unknown>): boolean =>
  nameWords(key).join(' ') === 'failed indexes' && typeof v === 'string' && INDEX_INTERVALS.test(v) && retriedPodsOfACompletedJob('failed', status) && completedBySuccessPolicy(status.conditions as unknown[]) && INDEX_INTERVALS.test(String(memberNamed(status, 'completed indexes') ?? ''));
/**
 * Whether a failure shown in a Job's status is one a completed Job sets aside — pods it retried
 * ({@link retriedPodsOfACompletedJob}) or indexes its success policy let fail ({@link indexesLetFailByItsSuccessPolicy})
 * — in a status whose lists of indexes are as the Job controller writes them ({@link indexListsApart}) and, where its
 * conditions say its success policy completed it, whose Job bears that out ({@link successPolicyBorneOut}); `place`
 * finds where the status lies, read only when needed.
 */
function failuresOfACompletedJob(key: string, v: unknown, status: Record<string, unknown>, place: () => JobStatusPlace): boolean {
  const setAside = (Number.isInteger(v) && retriedPodsOfACompletedJob(key, status)) || indexesLetFailByItsSuccessPolicy(key, v, status);
  return setAside && indexListsApart(status) && (!completedBySuccessPolicy(status.conditions as unknown[]) || successPolicyBorneOut(status, place()));
}
/**
 * Whether a Job's status lists its completed and failed indexes, each once, as Kubernetes writes them and with no index
 * in both ({@link succeededIndexes}): an index listed both completed and failed is no succeeded index a success policy
 * counts, and a status that lists one so is no status the Job controller wrote (helper hk, session 43).
 */
function indexListsApart(status: Record<string, unknown>): boolean {
  const completed = Object.keys(status).filter((k) => nameWords(k).join(' ') === 'completed indexes');
  const failed = Object.keys(status).filter((k) => nameWords(k).join(' ') === 'failed indexes');
  if (completed.length === 0 && failed.length === 0) return true;
  return completed.length <= 1 && failed.length <= 1 && succeededIndexes(memberNamed(status, 'completed indexes'), memberNamed(status, 'failed indexes')) !== undefined;
}
/** Where a Job's status lies: the object holding it, the status's own key there, and the document around it as the reader holds it. */
type JobStatusPlace = { holder: unknown; statusKey: string; scope: readonly unknown[] };
/** The members of a Job object as Kubernetes writes one (`kubectl get job -o json`). */
const JOB_OBJECT_MEMBERS: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
/**
 * Whether the Job whose status says its success policy completed it bears that out. Its policy is read only where
 * Kubernetes writes it: in a Job object (`{apiVersion, kind, metadata, spec, status}`, nothing else) whose `status` the
 * status is and whose `spec` — one member read as `spec`, exactly so — holds a policy its indexes meet
 * ({@link successPolicyMet}, as the Job controller matches the rules): an index the policy requires failed, a count not
 * reached, a policy missing, unreadable or written in look-alike letters (`ѕpec`, `ѕuccessPolicy`) is no completion by
 * it (helper hj, session 43). A status with no spec beside it tells all the Job tells by its conditions (helper ha,
 * session 42: a `job: {status}` alone) — unless the document holds a Job's spec or a success policy elsewhere
 * ({@link jobSpecApart}): a `List` whose items hold spec and status apart, `jobSpec` beside `jobStatus`, a manifest
 * beside the status, `job: {job: {spec}, status}`. That policy is not where Kubernetes writes a Job's, no reading can
 * say whose it is, and the status's conditions are not taken over it: no completion by it (helper hk, session 43).
 */
function successPolicyBorneOut(status: Record<string, unknown>, place: JobStatusPlace): boolean {
  const { holder, statusKey, scope } = place;
  const specs = isRecord(holder) ? Object.keys(holder).filter((k) => readWords(k).join(' ') === 'spec') : [];
  if (!isRecord(holder) || specs.length === 0) return !jobSpecApart(scope);
  const wholeJob = specs.length === 1 && specs[0] === 'spec' && statusKey === 'status' && Object.keys(holder).every((k) => JOB_OBJECT_MEMBERS.has(k));
  return wholeJob && isRecord(holder.spec) && successPolicyMet(holder.spec, { completed: memberNamed(status, 'completed indexes'), failed: memberNamed(status, 'failed indexes') }, (k) => readWords(k).join(' '));
}
/** The most values {@link jobSpecApart} reads of a document before it counts the document as holding a spec it cannot rule out. */
const MAX_VALUES_FOR_A_JOB_SPEC = 20_000;
/** A success policy written as a member in a manifest kept as text (`successPolicy:`, `"success_policy":`). */
const SUCCESS_POLICY_IN_TEXT = /success[\s_-]?policy["']?\s*:/i;
/**
 * Whether the values hold a Job's spec or a success policy anywhere: a member read as `successPolicy` or `jobSpec` (in
 * any letters), an object of `kind: Job` with a member read as `spec`, or a text writing a `successPolicy:` member (a
 * manifest kept as YAML). Read only for a status alone that claims completion by its success policy; a document too
 * large to read through is counted as holding one (fail closed).
 */
function jobSpecApart(values: readonly unknown[]): boolean {
  const stack: unknown[] = [...values];
  for (let read = 0; stack.length > 0; read++) {
    if (read > MAX_VALUES_FOR_A_JOB_SPEC) return true;
    const v = stack.pop();
    if (typeof v === 'string') {
      if (SUCCESS_POLICY_IN_TEXT.test(v)) return true;
    } else if (Array.isArray(v)) stack.push(...v);
    else if (isRecord(v)) {
      const names = Object.keys(v).map((k) => readWords(k).join(' '));
      if (names.includes('success policy') || names.includes('job spec')) return true;
      if (plainly(v.kind, 'job') && names.includes('spec')) return true;
      stack.push(...Object.values(v));
    }
  }
  return false;
}
/** A status's one member under `name` as written (`completedIndexes`, or `completed indexes` as {@link membersBeside} keys it); none when two are. */
function memberNamed(status: Record<string, unknown>, name: string): unknown {
  const found = Object.keys(status).filter((k) => nameWords(k).join(' ') === name);
  return found.length === 1 ? status[found[0] as string] : undefined;
}
/** The object holding the status a field of {@link failureBeside} lies in, as its members among `fields` (fields read two levels deep). */
function holderBeside(pointer: string, fields: readonly Field[]): Record<string, unknown> | undefined {
  const steps = parsePointer(pointer);
  if (steps.length < 2) return undefined;
  const at = pointerOf(steps.slice(0, -2));
  const members: Record<string, unknown> = {};
  for (const f of fields) {
    const own = parsePointer(f.pointer);
    if (own.length === steps.length - 1 && pointerOf(own.slice(0, -1)) === at) members[own.at(-1) as string] = f.value;
  }
  return members;
}
/** Where the status a field of {@link failureBeside} lies in stands: its holder among `fields`, its key, and `fields` as the document read. */
function jobStatusPlaceBeside(pointer: string, fields: readonly Field[], document?: readonly unknown[]): JobStatusPlace {
  return { holder: holderBeside(pointer, fields), statusKey: parsePointer(pointer).at(-2) ?? '', scope: document ?? scopeOf(fields) };
}
/**
 * Where the map at `at` read by {@link failedMember} stands: its holder within the entry of a list or the field being
 * read, else among the fields beside the status; its key; and the fields it is read among as the document read.
 */
function jobStatusPlaceWithin(budget: MapBudget, at: string): JobStatusPlace {
  const steps = parsePointer(at);
  const fields = budget.scope ?? budget.fields;
  const scope = budget.document ?? (fields === undefined ? [budget.entry?.value, budget.root?.value] : scopeOf(fields));
  if (steps.length === 0) return { holder: undefined, statusKey: '', scope };
  const entry = budget.entry === undefined ? undefined : { value: budget.entry.value, at: parsePointer(budget.entry.pointer) };
  const within = valueUnder(entry, steps.slice(0, -1)) ?? valueWithinField(budget, steps.slice(0, -1));
  const holder = within !== undefined || budget.fields === undefined ? within : holderBeside(`${at}/-`, budget.fields);
  return { holder, statusKey: steps.at(-1) as string, scope };
}
/** The fields the reader holds as members under their own names (`{jobSpec: …}`): those at the top of their object, else all. */
function scopeOf(fields: readonly Field[]): unknown[] {
  const top = fields.filter((f) => f.context.length === 0);
  return (top.length > 0 ? top : fields).map((f) => ({ [lastSegment(f.pointer) ?? '']: f.value }));
}
/**
 * A Kubernetes Job's `failedIndexes` that lists an index (`"0"`, `"1,3-5"`): a list of the indexes that failed, never a
 * count, so `"0"` is index 0 failed, not none (helper ha, session 42: read as a count of none, it passed).
 */
const failedIndexesListed = (own: readonly string[], v: unknown): string | undefined =>
  own.join(' ') === 'failed indexes' && typeof v === 'string' && INDEX_INTERVALS.test(v.trim()) ? `lists the failed indexes ${JSON.stringify(v.trim().slice(0, 120))} of an Indexed Job` : undefined;
/** Kubernetes' list of indexes: intervals of whole numbers in order, comma-separated (`1`, `1,3-5`). */
const INDEX_INTERVALS = /^\d{1,9}(?:-\d{1,9})?(?:,\d{1,9}(?:-\d{1,9})?){0,999}$/;
/** Whether a Job's conditions (already read as a completion by {@link jobCompleteByItsConditions}) say its success policy completed it. */
const completedBySuccessPolicy = (conditions: readonly unknown[]): boolean =>
  ['successcriteriamet', 'complete'].every((type) => conditions.some((c) => isRecord(c) && plainly(c.type, type) && plainly(c.status, 'true') && plainly(c.reason, 'successpolicy')));
/**
 * An Argo Workflow's status whose phase says it has not ended (`workflow: {status: {phase: Running, startedAt, progress:
 * "1/2", nodes: {…}}}`, `phase: Pending`) beside a pass: no outcome of it is known yet, as of a Kubernetes Job with pods
 * still active ({@link jobStillActive}; red team xa, session 42). Read as a workflow's status only where the object says it
 * is one: members only a workflow's status holds ({@link WORKFLOW_STATUS_MEMBERS}), the name `workflow` in its pointer, or
 * `kind: Workflow` beside it. A pod's `phase: Running` (`{phase, startTime, containerStatuses}`) is a healthy pod's, and a
 * node of a workflow's map of nodes is told by the workflow's own phase.
 */
function workflowNotEnded(value: Record<string, unknown>, at: string): Finding | undefined {
  // Read in any letters (`Runnіng`, `ｐｈａｓｅ`): what reads as a run not ended is one to its reader, and taking it for one only fails more.
  // Guarded by cheap tests first (issue 13): a map with no text valued `workflow` or `running`/`pending` holds none.
  const kind = Object.entries(value).some(([k, v]) => typeof v === 'string' && v.length < 64 && readWords(v).join(' ') === 'workflow' && readWords(k).join(' ') === 'kind');
  const status = kind ? Object.entries(value).find(([k, v]) => isRecord(v) && readWords(k).join(' ') === 'status') : undefined;
  if (status !== undefined) {
    const inner = notEndedPhase(status[1] as Record<string, unknown>);
    if (inner !== undefined) return workflowPhaseNotEnded(inner[1], `${at}/${encodePointerSegment(status[0])}/${encodePointerSegment(inner[0])}`);
  }
  const phase = notEndedPhase(value);
  if (phase === undefined) return undefined;
  const members = Object.keys(value).map((k) => readWords(k).join(' '));
  const segments = parsePointer(at);
  if (RUN_MAPS_BY_ID.has(readWords(segments.at(-2) ?? '').join(' '))) return undefined;
  const named = segments.slice(-3).some((segment) => readWords(segment).some((w) => w === 'workflow' || w === 'workflows'));
  if (!named && !members.some((name) => WORKFLOW_STATUS_MEMBERS.has(name))) return undefined;
  return workflowPhaseNotEnded(phase[1], `${at}/${encodePointerSegment(phase[0])}`);
}
/** The key and value of an object's phase that says its run has not ended (`phase: Running`, `phase: Pending`). */
const notEndedPhase = (value: Record<string, unknown>): [string, string] | undefined =>
  Object.entries(value).find(([k, v]) => typeof v === 'string' && v.length < 64 && RUN_NOT_ENDED_PHASES.has(outcomeWord(v)) && readWords(k).join(' ') === 'phase') as [string, string] | undefined;
const workflowPhaseNotEnded = (phase: string, at: string): Finding =>
  ({ code: 'vacuous', pointer: at, says: `is ${JSON.stringify(phase.slice(0, 120))}: a workflow that has not ended proves no outcome`, actual: phase.slice(0, 500) });
/**
 * A Kubernetes Job's status with pods still active (`{startTime, active: 1, ready: 1}`) beside a pass: the Job has not
 * ended, so no outcome of it is known (red team xw2, session 41). Read as a Job's only where the object says it is one:
 * members only a Job's status holds (`startTime`, `uncountedTerminatedPods`, `completedIndexes`), or under the name `job`
 * (`job: {active: 1}`, `jobs: {e2e: {status: {…}}}`); `workers: {active: 2}` counts other things.
 */
function jobStillActive(value: Record<string, unknown>, at: string): Finding | undefined {
  // Names and members read in any letters (`jоb`, `ｊｏｂ`, `stаrtTime`, `аctive`): what reads as a Job still running is
  // one to its reader, and taking it for one only fails more (red team xa, session 42).
  const members = Object.entries(value).map(([k, v]) => [readWords(k).join(' '), k, v] as const);
  const active = members.find(([name, , v]) => name === 'active' && Number.isInteger(v) && (v as number) > 0);
  if (active === undefined || !members.some(([name, , v]) => JOB_POD_COUNTS.has(name) && typeof v === 'number')) return undefined;
  const named = parsePointer(at).slice(-3).some((segment) => JOB_NAMES.has(readWords(segment).join(' ')));
  if (!named && !members.some(([name]) => JOB_ONLY_MEMBERS.has(name))) return undefined;
  return { code: 'vacuous', pointer: `${at}/${encodePointerSegment(active[1])}`, says: `is ${String(active[2])}: a Kubernetes Job with pods still active has not ended, so it proves no outcome`, actual: active[2] as number };
}
const JOB_POD_COUNTS: ReadonlySet<string> = new Set(['active', 'succeeded', 'terminating']);
/** Members only a Kubernetes Job's status holds, read as words (`startTime` is `start time`). */
const JOB_ONLY_MEMBERS: ReadonlySet<string> = new Set(['start time', 'uncounted terminated pods', 'completed indexes']);
const JOB_NAMES: ReadonlySet<string> = new Set(['job', 'jobs', 'job status']);
/** Whether an object counts a Kubernetes Job's pods as its status does (`succeeded`, `active`, `terminating` as numbers, `uncountedTerminatedPods`). */
const jobPodCounts = (entry: Record<string, unknown>): boolean =>
  isRecord(entry.uncountedTerminatedPods) || ['succeeded', 'active', 'terminating'].some((k) => typeof entry[k] === 'number');
/** Whether an entry's `state.terminated` gives an exit code as a whole number (`terminated: {}`, `exitCode: null` or `"TBD"` prove no end: red team xz2). */
const endedWithACode = (entry: Record<string, unknown>): boolean =>
  isRecord(entry.state) && isRecord(entry.state.terminated) && Number.isInteger(entry.state.terminated.exitCode);
/** An entry of a list that gives its own level, one below an error (`{level: "WARN"}`, `{severity: "info"}`). */
// Every level it gives is below an error: `{level: "WARN", severity: "error"}` gives one that is not (red team ar).
const leveledBelowError = (entry: unknown): boolean => {
  if (!isRecord(entry)) return false;
  const levels = Object.entries(entry).filter(([key]) => LEVEL_NAMES.has(nameWords(key).join('_')));
  return levels.length > 0 && levels.every(([, v]) => typeof v === 'string' && BELOW_ERROR.has(v.trim().toLowerCase()));
};
const FAILED_LIST_WORDS: ReadonlySet<string> = new Set(['failed', 'failures', 'failure', 'failing', 'fail', 'fails']);
const TAP_DIRECTIVES: ReadonlySet<string> = new Set(['todo', 'skip', 'skipped']);
const LEVEL_NAMES: ReadonlySet<string> = new Set(['level', 'severity']);
const BELOW_ERROR: ReadonlySet<string> = new Set(['warn', 'warning', 'info', 'information', 'notice', 'note', 'off', 'hint', 'suggestion']);

/** An outcome that failed, as written or as a reader is shown it (markup, look-alike letters, width, invisible characters). */
const isFailedOutcome = (text: string): boolean => failedOutcomeInWords(text) || failWordFirst(text);
/** {@link isFailedOutcome} but for a failure word first before counts (`Failed: 2`), which the count readers weigh. */
const failedOutcomeInWords = (text: string): boolean =>
  FAILED_STATUSES.has(outcomeWord(text)) || isWordOf(FAILED_STATUSES, text) || markOutcome(text) === 'fail' || negatedPass(text) || passDeniedInText(text) || failureWordLast(text);

/**
 * A short outcome that names what failed before its failure word, last (`build failed`, `Lint failed`, `lint: failed`,
 * `lint - FAILED`, `3 passed, failed`, `Build fehlgeschlagen`, `构建失败`, a look-alike `fаiled`): an outcome word said of
 * its subject (st, session 39). Its failure word is read as {@link failureToldAfterNone} reads one (a none of its clause,
 * its own value or a setting's condition clears it: `none failed`, `no tests failed`, `retry on failure`), and a word
 * before it that makes it no failure of this run clears it too (`flaky test failed`, `expected to have failed`,
 * `previously failed`, `first attempt failed`, `soft failed`, a tolerated or other qualifier of any language).
 */
function failureWordLast(text: string): boolean {
  // A template's slots (`PASS ({{failed}} failed)`, `%(failed)s`, `${FAILED}`, `<failed>`) are read as unfilled elsewhere.
  if (text.length > MAX_MARKED_TEXT * 4 || /\n/u.test(text.trim()) || templateSlotIn(text)) return false;
  // Read as shown: markup and character references (`build <b>failed</b>`, `build &#102;ailed`, `tests <i>never</i> failed`).
  const parted = tagsBreakingTheLineAsSpaces(text);
  const shown = escapedReadings(parted).at(-1) ?? parted;
  return shown.length <= MAX_MARKED_TEXT && failureWordLastIn(shown, passStruckOut(text));
}
/**
 * `text` with the tags of elements a page draws as a break between words ({@link breaksTheLine}: `<br>`, `<BR/>`,
 * `<li class="x">`, `</p>`), written or escaped once (`&lt;br&gt;`), each made a space: markup removed whole would join
 * the words on either side (`failed<br>except` read as `failedexcept`). Read on short texts only (the callers' bounds);
 * a tag's attributes are read to 200 characters, so a run of escaped openers is scanned in linear time.
 */
function tagsBreakingTheLineAsSpaces(text: string): string {
  return tagsBreakingTheLineAs(text, ' ');
}
/** `text` with the tags {@link tagsBreakingTheLineAsSpaces} reads each made `as`: the one list of such tags ({@link breaksTheLine}) every summary reader parts at. */
function tagsBreakingTheLineAs(text: string, as: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  // A MathML token's tag inside a formula parts its text from the next token's (`<mn>3</mn><mtext>failed</mtext>` is drawn
  // as the two tokens `3` `failed`, helper zb, session 45); it breaks no line.
  return text.replace(LINE_BREAKING_TAG, (tag: string, name: string, at: number) => (breaksTheLine(name) ? as : name.toLowerCase() !== 'math' && mathMlTagInsideMath(text, name, at) ? ' ' : tag));
}
const LINE_BREAKING_TAG = /(?:<|&lt;?|&#0*60;?|&#x0*3c;?)\/?([A-Za-z][A-Za-z0-9]*)(?:[\t\n\f\r /][^<>]{0,200}?)?(?:>|&gt;?|&#0*62;?|&#x0*3e;?)/giu;
/**
 * Whether a pass word is struck out in a text (`<s>Passed</s> after a failure`, `~~Passed~~`, `<del>passed</del>`, a
 * pass drawn with a combining stroke): a reader is shown it withdrawn, a pass not had (red team xw2, session 41).
 */
function passStruckOut(text: string): boolean {
  if (!STRUCK_OR_LINKED.test(text)) return false;
  const struck = [...text.matchAll(STRUCK_OUT), ...text.matchAll(STROKED)].map((m) => m[0].replace(/<[^<>]*>|~/gu, ' ').replace(/[\u0335-\u0338]/gu, ''));
  return struck.some((part) => outcomeTokens(part).drawn.some((w) => OVERCOMING_PASSES().has(w)));
}
/**
 * A template's or a format's slot in a text (`{{failed}}`, `${FAILED}`, `%(failed)s`, `%d`, `@FAILED@`, `<failed_tests>`,
 * `<TOTAL>`): a text never filled in. A `<name>` with no closing tag after it is a slot unless it names an HTML element
 * (`Build failed<br>`, `<ul><li>Build failed</li></ul>`, `<BR>`): that is markup, read as shown (helper hh, session 43).
 */
const templateSlotIn = (text: string): boolean => TEMPLATE_SLOT.test(text) || angleSlotIn(text);
const TEMPLATE_SLOT = /\{\{|\}\}|\$\{|%\(|\{[\p{L}\p{N}_]*\}|@[\p{L}_]+@|%[sd](?![\p{L}])/u;
function angleSlotIn(text: string): boolean {
  if (!text.includes('<')) return false;
  for (const m of text.matchAll(ANGLE_SLOT)) if (!isHtmlElementName(m[1] as string) && !mathMlTagInsideMath(text, m[1] as string, m.index)) return true;
  return false;
}
/**
 * Whether a MathML formula in a text tells a failure read as a text of its own, its tokens parted (`<math><mn>3</mn>
 * <mtext> failed</mtext></math> All tests passed`, helper zb, session 45): a formula is drawn as a unit of its own, and
 * what it counts is read beside the text around it, never instead of it.
 */
function formulaTellsAFailure(t: string): boolean {
  if (!MATH_ROOT_HINT.test(t)) return false;
  for (const m of t.matchAll(MATH_FORMULA)) {
    // A namespace prefix names the same elements (`<mml:mtext>`); letters of adjacent identifier or text tokens are drawn
    // as one word (`<mi>f</mi><mi>a</mi>…`, `<mtext>fail</mtext><mtext>ed</mtext>`, helper zj, session 45).
    const unprefixed = (m[2] as string).replace(/<(\/?)[\p{L}_][\p{L}\p{N}_.-]{0,40}:/gu, '<$1');
    const joined = unprefixed.replace(ADJACENT_LETTER_TOKENS, '');
    const inner = tagsBreakingTheLineAsSpaces(`<math>${joined}</math>`).replace(/<\/?math\b[^<>]{0,200}>/giu, ' ');
    if (inner !== t && (summaryLineIn(inner) !== undefined || toldAsAFailedOutcome(inner))) return true;
  }
  return false;
}
const MATH_ROOT_HINT = /<(?:[\p{L}_][\p{L}\p{N}_.-]{0,40}:)?math[\s>]/iu;
const MATH_FORMULA = /<(?:([\p{L}_][\p{L}\p{N}_.-]{0,40}):)?math(?:\s[^<>]{0,200})?>([^]{0,400}?)<\/(?:[\p{L}_][\p{L}\p{N}_.-]{0,40}:)?math\s*>/giu;
/** The end of one identifier or text token and the start of the next, between two letters: drawn with no space. */
const ADJACENT_LETTER_TOKENS = /(?<=\p{L})<\/(?:mi|mtext|ms)\s*>\s*<(?:mi|mtext|ms)(?:\s[^<>]{0,200})?>(?=\p{L})/giu;
/**
 * Whether a tag at `at` is a MathML element's (or the `<math>` root's) inside a `<math>` element the text closes: markup
 * a page draws the text of (`except <math><mtext>checkout</mtext></math>` shows `except checkout`), no slot.
 */
function mathMlTagInsideMath(text: string, name: string, at: number): boolean {
  if (!isMathMlElementName(name)) return false;
  const lower = text.toLowerCase();
  const root = name.toLowerCase() === 'math' || name.toLowerCase() === 'svg' ? at : lower.lastIndexOf('<math', at);
  return root >= 0 && lower.lastIndexOf('</math', at) < root && lower.includes(`</${name.toLowerCase()}`, root);
}
const ANGLE_SLOT = /<([\p{L}_]+)>(?![^<]*<\/)/gu;
function failureWordLastIn(text: string, passStruck = false): boolean {
  const { tokens, drawn } = outcomeTokens(text);
  const words = drawn.filter((w, i) => isWord(tokens[i]));
  // `timed out` is one failure word in two.
  const last = words.at(-1) === 'out' && words.at(-2) === 'timed' ? 'timed-out' : words.at(-1);
  // A clause of its own after a mark is read at its own length (`Tests passed after a failure; deploy failed`).
  const clause = ownClauseOfTheLastWord(tokens, drawn);
  if (last === undefined || words.length < 2 || !FAILURE_TOLD().has(last) || !/[\p{L}\p{N}][^\p{L}\p{N}]*$/u.test(text)) return false;
  if (clause.length > MAX_SUBJECT_WORDS + 1 && !plainLongSubject(whatTheFailureIsSaidOf(clause.slice(0, -1)))) return false;
  const before = whatTheFailureIsSaidOf(clause.slice(0, -1));
  const notHad = passStruck || passNotHad(words);
  if (before.some((w) => NO_FAILURE_OF_THIS_RUN.has(w)) || (!notHad && overcomeByAPass(words, marksOnlyBefore(tokens, drawn)))) return false;
  // A pass not had before the failure's word of after (`Never once passed after a failure`): its negation or wish is the
  // pass's, never a none of the failure, which is read from the word of after on.
  return failureToldAfterNone(notHad ? fromTheWordOfAfter(tokens, drawn) : text);
}
/**
 * Whether the pass word before a word of after (`Should pass after a failure`, `Expected to pass after the failure`,
 * `Would have passed after a failure`, `Never once passed after a failure`) is wished, due or denied: a word of
 * {@link PASS_NOT_HAD_WORDS} before it, in its clause. Such a pass overcame no failure (red team xw2, session 41).
 */
function passNotHad(words: readonly string[]): boolean {
  const after = words.findIndex((w) => AFTER_WORDS_DRAWN().has(w));
  if (after < 1) return false;
  const pass = words.slice(0, after).findLastIndex((w) => OVERCOMING_PASSES().has(w));
  return pass >= 0 && words.slice(0, pass).some((w) => PASS_NOT_HAD().has(w));
}
const PASS_NOT_HAD = lazy((): ReadonlySet<string> => new Set(PASS_NOT_HAD_WORDS.map(drawnWord)));
/** The tokens from the first word of after on, joined (`after a failure`), or all of them when there is none. */
function fromTheWordOfAfter(tokens: readonly string[], drawn: readonly string[]): string {
  const after = drawn.findIndex((w) => AFTER_WORDS_DRAWN().has(w));
  return tokens.slice(Math.max(0, after)).join(' ');
}
/**
 * A subject longer than {@link MAX_SUBJECT_WORDS} before a failure word last that names what failed, where and when
 * (`The nightly integration build on main failed`, `Integration tests on the main branch failed`; helper xb, session
 * 41), read at any length the text allows: none of its words excuses, conditions, denies or bounds the failure or starts
 * a clause of its own (`if`, `when`, `why`, `was`, `and`, `fixed`, `retry`: {@link NOT_A_SUBJECT_WORDS}), and none is
 * another failure or pass. A short subject is read as before.
 */
function plainLongSubject(subject: readonly string[]): boolean {
  return subject.every(
    (w) =>
      PLACE_JOINS_OF_A_SUBJECT().has(w) ||
      !(NO_FAILURE_OF_THIS_RUN.has(w) || NONE_BEFORE_A_FAILURE().has(w) || ABSENT_WORDS.includes(w) || CLAUSE_JOINS.has(w) || CLAUSE_VERBS.has(w) || OVERCOMING_PASSES().has(w) || AFTER_WORDS_DRAWN().has(w) || NOT_A_SUBJECT().has(w) || isFailureNoun(w, w) || FAILURE_TOLD().has(w)),
  );
}
/** Words of place a subject may hold that {@link CLAUSE_VERBS} lists for a clause of its own around a failure word (`Build on main failed`). */
const PLACE_JOINS_OF_A_SUBJECT = lazy((): ReadonlySet<string> => new Set(['on', 'for']));
const NOT_A_SUBJECT = lazy((): ReadonlySet<string> => new Set(NOT_A_SUBJECT_WORDS.map(drawnWord)));
/**
 * A failure word last that a pass told first overcame (`Passed after a transient failure`, `Succeeded on retry after an
 * earlier failure`, `Réussi après un échec`, `Bestanden nach einem Fehler`): the pass is the outcome, the failure one it
 * left behind (red team xo, a false failure). Only a pass word no negation goes before, after a subject of up to three
 * words, then a word of after, and no failure, join or negation between it and the failure word: `Build failed
 * (transient failure)`, `Passed, then failed`, `Never passed after a failure` still fail. Between the word of after and
 * the failure word only words that say which failure it was (an article, a word of transience, an earlier try: `after
 * the first attempt failed`) and no mark: a mark parts another clause (`Passed after retry; lint failed`) and any other
 * word names another thing that failed in this run (`Tests passed after deploy failed`, red team xb, session 41).
 */
function overcomeByAPass(words: readonly string[], noMarkAfterThePass: boolean): boolean {
  const after = words.findIndex((w) => AFTER_WORDS_DRAWN().has(w));
  if (after < 1) return false;
  let pass = after - 1;
  while (pass > 0 && BETWEEN_A_PASS_AND_AFTER.includes(words[pass] as string) && !OVERCOMING_PASSES().has(words[pass] as string)) pass--;
  if (!OVERCOMING_PASSES().has(words[pass] as string) || pass > 3) return false;
  const denies = (w: string): boolean => NONE_BEFORE_A_FAILURE().has(w) || FAILURE_TOLD().has(w) || CLAUSE_JOINS.has(w) || w === 'not';
  const which = words.slice(after + 1, words.at(-1) === 'out' && words.at(-2) === 'timed' ? -2 : -1);
  return noMarkAfterThePass && !words.slice(0, pass).some(denies) && !which.some(denies) && which.every((w) => WHICH_FAILURE_OVERCOME().has(w));
}
/**
 * The words a failure word last is said in: after the last comma, semicolon or full stop when a subject of its own goes
 * before it there (`Passed after retry; lint failed`, `Quarantined tests skipped, build failed`: a retry or a
 * quarantine of another clause excuses no failure of this one; red team xb, session 41), else all its words (`flaky
 * test - failed`, `first attempt: failed` name what failed before the mark).
 */
function ownClauseOfTheLastWord(tokens: readonly string[], drawn: readonly string[]): string[] {
  const words = (from: number): string[] => drawn.slice(from).filter((_, i) => isWord(tokens[from + i]));
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!/^[,;.\u3001\u3002\uff0c\uff1b]+$/u.test(tokens[i] as string) || i === tokens.length - 1) continue;
    const own = words(i + 1);
    // `timed out` is one failure word in two: a subject goes before it too.
    return own.length >= (own.at(-1) === 'out' && own.at(-2) === 'timed' ? 3 : 2) ? own : words(0);
  }
  return words(0);
}
/** The words after a pass's word of after, where a pass goes before it (`Succeeded on retry after deploy failed`: the retry is the pass's, not the failure's). */
function whatTheFailureIsSaidOf(before: readonly string[]): readonly string[] {
  const after = before.findIndex((w) => AFTER_WORDS_DRAWN().has(w));
  return after > 0 && before.slice(0, after).some((w) => OVERCOMING_PASSES().has(w)) ? before.slice(after + 1) : before;
}
/** Words that say which failure a pass overcame, as drawn ({@link OVERCOME_FAILURE_WORDS}). */
const WHICH_FAILURE_OVERCOME = lazy((): ReadonlySet<string> => new Set(OVERCOME_FAILURE_WORDS.map(drawnWord)));
/** Whether every mark of an outcome's tokens comes before its first word of after (a pass's subject may be marked: `CI/build passed after …`, `Tests: passed after …`). */
function marksOnlyBefore(tokens: readonly string[], drawn: readonly string[]): boolean {
  const after = drawn.findIndex((w) => AFTER_WORDS_DRAWN().has(w));
  // A mark that ends the text (`Passed after a failure.`) parts nothing.
  const end = tokens.length - (isWord(tokens.at(-1)) ? 0 : 1);
  return after >= 0 && tokens.slice(after, end).every(isWord);
}
/** Words of after as {@link outcomeTokens} draws them (`après` → `apres`, `после` in look-alike letters). */
const AFTER_WORDS_DRAWN = lazy((): ReadonlySet<string> => new Set(AFTER_WORDS.map(drawnWord)));
/** Pass words a failure may be told overcome by: the vocabulary's pass and passed words, as drawn. */
const OVERCOMING_PASSES = lazy((): ReadonlySet<string> => new Set([...vocabulary(['pass', 'passed']), 'recovered', 'succeeds', 'passes'].map(drawnWord)));
/** A word as {@link outcomeTokens} draws it. */
const drawnWord = (w: string): string => {
  const t = w.normalize('NFKC').toLowerCase();
  return PLAIN.test(t) ? t : withoutMarks(caselessVisibleForm(t));
};
/**
 * Words before a failure word last that make it no failure of this run: {@link NOT_THIS_RUNS_FAILURE}, the tolerated
 * words of every language (`flaky`, `known`, `bekannt`), and an earlier run or a try (`previous`, `baseline`, `attempt`,
 * `retry`). Not a word of place, time or order (`deploy on prod failed`, `last step failed` fail).
 */
const NO_FAILURE_OF_THIS_RUN: ReadonlySet<string> = wordSet('NO_FAILURE_OF_THIS_RUN', () => [...NOT_THIS_RUNS_FAILURE, ...EXEMPTING, ...readSet(vocabulary(['tolerated'])), ...[...NOT_FAILED_THINGS].filter((w) => !['over', 'out', 'back', 'again', 'twice'].includes(w)), 'previous', 'baseline', 'historical', 'history']);
/** Words an outcome may name its subject with before its failure word (`the nightly build failed`). */
const MAX_SUBJECT_WORDS = 5;

/**
 * An outcome that names a pass only to deny it (red team js): a pass flag set false in text (`passed=false`, `success:
 * no`, `all_passed = off`), read as the flag `passed: false` is ({@link passFlagFalse}), or a pass counted as none of
 * some (`pass: 0/12`, `0/12 passed`, `passed 0 of 12`, `pass rate: 0%`): none of the items passed. `0/0` counts nothing
 * and stays unread here (nothing ran is another finding); a ratio above none (`10/12`) may count skips.
 */
function passDeniedInText(text: string): boolean {
  if (text.length > MAX_MARKED_TEXT) return false;
  // As a reader is shown it through markup and escapes too (`passed=<b>false</b>`, `pass: **0**/12`, `passed=&#102;alse`),
  // and field by field in a line of fields (`passed=false; duration=3s`, `ok: 0 | retries: 1`).
  return [text, ...escapedReadings(text)].some((reading) => {
    // A remark in brackets after it (`passed: false (see log)`, `pass: 0/12 [run 2]`) leaves the denial standing, unless
    // it bounds or excuses it as a count's remark does (`(flaky)`, `(expected)`, `(previous run)`).
    // Several remarks in a row (`passed: false (see log) (run 2)`) and a line break after one are read off in turn.
    const readings = [reading];
    for (let r = reading, i = 0; i < 3; i++) {
      const remark = TRAILING_REMARK.exec(r);
      if (remark === null || remarkScopes(remarkAsShown(remark[1] as string))) break;
      r = r.slice(0, remark.index);
      readings.push(r);
    }
    return readings.some((r) => passDeniedInReading(r) || fieldsOfALine(r).some(passDeniedInReading) || deniedBeforeComment(r));
  });
}
/**
 * A denial followed by free text after a mark that ends a value (`passed: false - see log`, `passed: false # see log`,
 * `passed: false. See log`, `ok: no; retrying`) is still a denial: a demanding reader takes the text for a comment on
 * the outcome, not a retraction of it. Only text that excuses or bounds it as a count's remark does (`- expected on
 * this platform`, `# flaky`, `. Passed on retry`) or a TAP directive (`# TODO`, `# SKIP`) leaves it unread, as `(flaky)`
 * does after it; a negated excuse (`- not flaky`) excuses nothing.
 */
function deniedBeforeComment(written: string): boolean {
  // Marks in full width (`＃`, `－`) are the marks they are drawn as.
  const text = written.normalize('NFKC');
  // Only a text that may hold a flag or a ratio of none is cut at its marks (the outcome readers run on every entry).
  if (!COMMENT_HINT.test(text)) return false;
  // A head ends after the value that denies: marks before the first such value are passed over (as written; where
  // only look-alikes spell it, every mark is tried).
  const value = MAY_DENY.exec(text);
  if (value === null && !MAY_DENY.test(caselessVisibleForm(text))) return false;
  const from = value === null ? 0 : value.index + 1;
  for (const m of text.matchAll(COMMENT_MARK)) {
    if (m.index < from) continue;
    const comment = text.slice(m.index + m[0].length);
    if (!passDeniedInReading(text.slice(0, m.index))) continue;
    // A literal `false` or a wide gap before words needs no mark (`passed: false see log`, `ok: no  see log`); after
    // another value a space alone goes on with it (`passed: no errors`).
    if (m[1] !== undefined && !/false$/iu.test(text.slice(0, m.index)) && m[0].length < 2 && !m[0].includes('\t')) continue;
    // An excuse struck out or drawn otherwise is read as the reader is shown it (`# <s>flaky</s>` excuses nothing).
    return comment.trim() === '' || (!remarkScopes(remarkAsShown(comment)) && !(m[0].includes('#') && TAP_DIRECTIVE_COMMENT.test(comment)));
  }
  return false;
}
// A flag's value of no or false (PASS_FLAG_TEXT) or a none before a ratio or a share (ZERO_PASS_RATIO), as shown.
const MAY_DENY = /[:=][^\S\n]*["'`\u2018\u201A\u201C\u201E\u00AB\u2039\uFF02\uFF07]?(?:false|no|off|0|nein|falsch|non|faux|nee|onwaar|nej|falso|falsa|não|nie|fałsz|нет|ложь|否|いいえ|아니요|아니오)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:0+|none|zero)[^\S\n]*(?:\/|of|out|[.,]0|%)/iu;
/** A remark as a reader is shown it: struck-out text withdrawn, and one that shows none of its words read so. */
const remarkAsShown = (remark: string): string => withdrawnAndLinked(remark) ?? remark;
const COMMENT_HINT = /[-\u2010-\u2015\u2212\u30fc\ufe63#/|.!;,:>\u2192\u21d2\u3002\uff0c\uff1b\uff1a]|\s(?=\p{L})/u;
// A spaced dash or pipe or arrow, a hash or `//` (a config line's comment), or a sentence's or clause's end mark before a
// space; group 1 a space alone before a word (read only after `false` or as a wide gap).
const COMMENT_MARK = /[^\S\n]+(?:[-\u2010-\u2015\u2212\u30fc\ufe63]{1,3}|\/\/|\||[-=]+>|[\u2192\u21d2])(?=[^\S\n])|[^\S\n]*#|[.!;,:](?=[^\S\n])|[\u3002\uff0c\uff1b\uff1a]|([^\S\n]+)(?=\p{L})/gu;
const TAP_DIRECTIVE_COMMENT = /^[^\S\n]*(?:todo|skip)(?![\p{L}])/iu;
// Brackets of full width and lenticular ones (`（see log）`, `【run 2】`) too, drawn as the ASCII ones are.
const TRAILING_REMARK = /[^\S\n]*[([{\uFF08\uFF3B\uFF5B\u3010\u3014]([^()[\]{}\uFF08\uFF09\uFF3B\uFF3D\uFF5B\uFF5D\u3010\u3011\u3014\u3015\n]{1,60})[)\]}\uFF09\uFF3D\uFF5D\u3011\u3015][^\S\n]*[.;]?\s*$/u;
/** The `name: value` fields of a line made of nothing else (`passed=false; duration=3s`), or none. */
function fieldsOfALine(text: string): string[] {
  // A logfmt line parts its fields by spaces alone (`failed=false passed=true`).
  if (LOGFMT_LINE.test(text)) return text.trim().split(/[^\S\n]+/u);
  const parts = text.split(/[^\S\n]*[;|,][^\S\n]*/u).filter((p) => p.trim() !== '');
  return parts.length > 1 && parts.every((p) => /^[^\S\n]*[\p{L}][\p{L}\p{M}\p{N}_ -]{0,40}?[^\S\n]*[:=]/u.test(p)) ? parts : [];
}
const LOGFMT_LINE = /^[^\S\n]*[\p{L}][\p{L}\p{M}\p{N}_.-]{0,40}=[^\s=]+(?:[^\S\n]+[\p{L}][\p{L}\p{M}\p{N}_.-]{0,40}=[^\s=]+)+[^\S\n]*$/u;
function passDeniedInReading(text: string): boolean {
  const shown = caselessVisibleForm(text).trim();
  // The name as written, so its words split as a key's do (`allPassed=false`); else as a reader is shown it. A 0 clears
  // only a flag that is never a count (`ok=0`), as `ok: 0` does.
  const flag = PASS_FLAG_TEXT.exec(removeInvisible(text).trim()) ?? PASS_FLAG_TEXT.exec(shown);
  if (flag !== null) return passFlagFalse({ pointer: '', own: readWords(flag[1] as string), context: [], written: { own: nameWords(flag[1] as string), context: [] }, value: /0["'`\u2019\u201D\u00BB\u203A\uFF02\uFF07]?$/u.test((flag[0] as string).replace(/[^\S\n]*[.;]?$/u, '')) ? 0 : false });
  const ratio = ZERO_PASS_RATIO.exec(shown);
  if (ratio === null) return false;
  const name = (ratio[1] ?? ratio[4] ?? '') as string;
  const total = ratio[2] ?? ratio[3];
  const read = readWords(name);
  const passes = read.length > 0 && read.some((w) => PASS_KEY_WORDS.has(w) || PASSED_WORDS.has(w)) && read.every((w) => PASS_KEY_WORDS.has(w) || PASSED_WORDS.has(w) || PASS_FLAG_WORDS.has(w) || SHARE_WORDS.has(w));
  return passes && !hasQualifier(nameWords(name).filter((w) => !SHARE_WORDS.has(w))) && (total === undefined ? /%/u.test(shown) : Number(total.replaceAll(',', '')) > 0);
}
/** Words that make a pass count a share of the items (`pass rate: 0%`), which a zero still counts none of. */
const SHARE_WORDS: ReadonlySet<string> = new Set(['rate', 'ratio', 'pct', 'percent', 'percentage', 'share']);
// A value in quotes (`passed="false"`, `ok: 'no'`, `passed: “false”`, `«false»`) is the same value, as a config line quotes it.
// Other languages' no and false too (`bestanden: nein`, `réussi: non`, `通过: 否`), as a report in them writes its flag.
const PASS_FLAG_TEXT = /^([\p{L}][\p{L}\p{M}_ -]{0,40}?)[^\S\n]*[:=][^\S\n]*["'`\u2018\u201A\u201C\u201E\u00AB\u2039\uFF02\uFF07]?(?:false|no|off|0|nein|falsch|non|faux|nee|onwaar|nej|falso|falsa|não|nie|fałsz|нет|ложь|否|いいえ|아니요|아니오)["'`\u2019\u201D\u00BB\u203A\uFF02\uFF07]?[^\S\n]*[.;]?$/iu;
// `pass: 0/12`, `passed 0 of 12`, `pass rate: 0%`, or `0/12 passed`, `0 of 12 tests passed`.
// The none in words and the total grouped in thousands too (`passed: none of 12`, `pass: zero/12`, `pass: 0/1,000`).
const ZERO_PASS_RATIO = /^(?:([\p{L}][\p{L}\p{M}_ -]{0,40}?)[^\S\n]*(?:[:=]|[-\u2013\u2014](?=[^\S\n]))?[^\S\n]*\(?[^\S\n]*(?:0+|none|zero)[^\S\n]*(?:(?:\/|of|out[^\S\n]+of)[^\S\n]*(\d{1,3}(?:,\d{3})+|\d+)|(?:[.,]0+)?[^\S\n]*%)[^\S\n]*\)?|0+[^\S\n]*(?:\/|of|out[^\S\n]+of)[^\S\n]*(\d+)[^\S\n]+(?:tests?[^\S\n]+|checks?[^\S\n]+)?([\p{L}][\p{L}\p{M}_-]{0,20}))[^\S\n]*[.;]?$/u;

/** An outcome that is a negated pass word of its language (`not passed`, `nicht bestanden`, `non réussi`, `NE_PROYDENO`), read as a name is. */
const negatedPass = (text: string): boolean =>
  text.length <= MAX_MARKED_TEXT && readWords(text).filter((w, i, all) => i !== 0 || !AUXILIARIES.has(w) || all.length === 1).join(' ') === 'failed' && !LONE_FAILED.test(text);
// The word `failed` alone with marks around it (`failed.`, `failed"`, `Failed: —`) negates no pass: the readers of a failure
// word weigh it, and what clears it (`no tests failed.`, `Failed: —`), as a negated pass would not (red team xo).
const LONE_FAILED = /^[^\p{L}\p{N}]*failed[^\p{L}\p{N}]*$/iu;
/** A verb that only carries a negation before a pass word (`did not pass`, `has not passed`, `was not successful`). */
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are']);

/** Words that, first in a short outcome, make it a failure whatever follows (`FAILURE: 2 tests`, `failed (3)`, `fail - lint`). */
const LEADING_FAIL_WORDS: ReadonlySet<string> = wordSet('LEADING_FAIL_WORDS', () => ['fail', 'failed', 'failure', 'failing', 'failures', ...readSet(vocabulary(['failed'], OTHER_LANGUAGES))]);
const ZERO_LEAD_PASS_COUNTS = /\d+[^\S\n]*(?:tests?[^\S\n]+)?(?:passed|passing|pass|ok|succeeded|successful|skipped|xfailed|deselected|total|tests?)\b/giu;
// Counts of a linter's findings below error (`0 errors, 3 warnings`: ESLint and svelte-check exit 0 on warnings, and
// `3 warnings` alone is no failure either) are set aside only in a bare line of counts: any word left beside them once
// the counts of none, of passes and of places are read (`3 warnings, failed`, `3 warning-level failures`, `3 warnings
// (blocking)`, `3 warnings promoted to errors`, `3 warnings treated\nas errors`) may say they failed, so they stay counted.
const LOW_FINDING_COUNTS = /\d+[^\S\n]*(?:warnings?|notes?|hints?)\b/giu;
const ZERO_COUNT_WORDS = /(?<![\p{L}\p{N}])0+(?:[.,]0+)?[^\S\n]*\p{L}+/gu;
function withoutCountsOfPasses(text: string): string {
  const rest = text.replace(ZERO_LEAD_PASS_COUNTS, '');
  const bare = rest.replace(LOW_FINDING_COUNTS, '');
  if (bare === rest) return rest;
  const left = withoutPlacesCounted(bare).replace(DURATION_IN_REMARK, ' ').replace(ZERO_COUNT_WORDS, ' ');
  return /\p{L}/u.test(left) ? rest : bare;
}
function failWordFirst(text: string): boolean {
  if (text.length > 200) return false;
  // A count of none before the word (`0 failed`, `0 failed, 3 passed`) tells that nothing failed, a count above it that
  // some did: such a text is read as the line of counts it is (`0 failed, 2 errored` fails there).
  // Another count that is not of passes (`0 failed 2 errored`) keeps the text failed, as before.
  // A remark of where or how long (`0 errors in 2 suites`, `0 erreurs dans 2 suites`, `in 3.2s`) counts no failure either.
  if (/^[^\p{L}\p{N}\p{Cc}]*0+(?:[.,]0+)?[^\S\n]+\p{L}/u.test(text)) return summaryLineIn(text) !== undefined || placesCountedFailing(text) !== undefined || /[1-9]/u.test(withoutPlacesCounted(withoutCountsOfPasses(text)).replace(DURATION_IN_REMARK, ' ')) || failureToldAfterNone(text);
  const shown = caselessVisibleForm(text).trim();
  const first = shown.split(/[^\p{L}]+/u).find((w) => w !== '');
  // A failure flag cleared in text (`failed=false`, `failures: no`) says nothing failed, as `failed: false` does.
  // Its none is read as written (width and case aside): a look-alike `nоne` or `fаlse` clears nothing (review rv).
  if (first === undefined || !LEADING_FAIL_WORDS.has(first)) return false;
  // A count above none before the word (`3 failed, all fixed`, `2 failed (flaky), 118 passed`) is read as the line of
  // counts it is, as the same text beside the status is, so a remark that excuses all it counts excuses it here too. Only
  // where that reader takes the count and its word alone for a failure: a count it cannot read stays failed.
  const counted = LEADING_COUNT.exec(text) ?? LABEL_FIRST_COUNT.exec(text);
  if (counted !== null && summaryLineIn(counted[0]) !== undefined) return summaryLineIn(text) !== undefined;
  const written = text.normalize('NFKC').toLowerCase().trim();
  if (FAIL_FLAG_CLEARED.test(written) || FAIL_WORD_THEN_NONE.test(written)) return false;
  // A label's none before a remark of where (`failures: 0 in 3 suites`, `failures: 0 in module A, 0 in module B`) is read
  // as a count of none written first is: the rest fails only where it counts some failure, or any other count.
  const none = FAIL_LABEL_NONE.exec(written);
  if (none !== null) return summaryLineIn(text) !== undefined || placesCountedFailing(text) !== undefined || /[1-9]/u.test(withoutPlacesCounted(withoutCountsOfPasses(written.slice(none[0].length)).replace(TOTAL_FIRST, ' ')).replace(DURATION_IN_REMARK, ' ')) || failureToldAfterNone(written.slice(none[0].length));
  // So does one that leads a line of fields (`failed=0; passed=12`), which is read field by field: the rest fails only
  // where a field of it does (`failed=0; errors=2`).
  const fields = fieldsOfALine(written);
  if (fields.length > 0 && FAIL_FLAG_CLEARED.test((fields[0] as string).trim())) {
    const rest = fields.slice(1);
    // Any other field that counts some is read fail-closed, but for counts of what passed, of all, skipped or of time.
    const failing = (f: string): boolean => {
      const value = f.replace(/^[^:=]*[:=][^\S\n]*/u, '');
      return failWordFirst(f) || isFailedOutcome(value) || (textCountsSome(value) && !/^[^:=]*\b(?:pass|passed|ok|success|succeeded|total|skipped|duration|time)\b/iu.test(f.trim()));
    };
    return rest.some(failing) || summaryLineIn(rest.join(', ')) !== undefined;
  }
  return true;
}
/**
 * Whether an outcome led by a count of none then says, in a word of failure of its own, that it failed (`0 errors: build
 * failed`, `0 errors, 3 passed, failed`, `0 Fehler: fehlgeschlagen`, `0 errors and no warnings but the build crashed`):
 * the none counts only what it names. A failure word under a none of its own clause is set aside (`none failed`, `no
 * tests failed`, `nothing failed`, `keine fehlgeschlagen`), and so is one its own value clears (`failed: 0`, `failures:
 * none`, `broken links: 0`): they tell that nothing failed. Read as drawn (look-alikes, width, case), so a disguised word
 * still tells it; a word joined to a name or a file (`fail-fast`, `failed.log`) is that name.
 */
function failureToldAfterNone(text: string): boolean {
  return text.length <= 200 && failureWordOutsideANone(text, FAILURE_TOLD());
}
const NOT_A_NONE_AFTER = lazy((): ReadonlySet<string> => new Set(NONE_OF_PART_WORDS.map(drawnWord)));
/** A label's value from its none on that names a failure and tells none of it (`none failed`, `no test failures`, `none of the tests failed`). */
function noneOfAFailureInASentence(value: readonly string[], failures: ReadonlySet<string>): boolean {
  const { drawn } = outcomeTokens(value.join(' '));
  // `not all tests failed`, `not only unit tests failed`: a none of part is some failures told.
  return value.length <= 12 && !NOT_A_NONE_AFTER().has(drawn[1] ?? '') && drawn.slice(1).some((w) => failures.has(w) || isFailureNoun(w, w)) && !failureWordOutsideANone(value.join(' '), failures);
}
/** Whether a word of `failures` in `text` is neither under a none of its own clause nor cleared by its own value ({@link failureToldAfterNone}). */
function failureWordOutsideANone(text: string, failures: ReadonlySet<string>): boolean {
  const { tokens, drawn } = outcomeTokens(text);
  const isNone = (t: string | undefined): boolean => t !== undefined && (/^0+(?:[.,]0+)?$/u.test(t) || NONE_BEFORE_A_FAILURE().has(t));
  const cleared = (at: number): boolean => {
    let words = 0;
    for (let j = at + 1; j < tokens.length && j <= at + 4; j++) {
      const t = tokens[j] as string;
      // A value left empty after its label (`failures: []`, `failed: {}`, `failed=null`, a table's `failed: —`) lists no
      // failure; only a value that ends there (`failed: null pointer` names one).
      const labelled = /^[:=]+$/u.test(tokens[j - 1] ?? '');
      const ends = tokens[j + 1] === undefined || !isWord(tokens[j + 1]);
      if (!isWord(t)) {
        if (/^[:=(]+$/u.test(t)) continue;
        return labelled && ends && /^(?:\[\]|\{\}|[-\u2013\u2014]+)$/u.test(t);
      }
      // A none in words is the field's value only where it ends there or says it was looked for (`failures: none`,
      // `failed: none found`, `failed: none of 12`): a reason that starts with one tells what failed (`deploy failed: no
      // space left`, `push failed: not found`, `tests failed (no output)`, `upload failed: none of the mirrors answered`).
      if (/^0+(?:[.,]0+)?$/u.test(t) || t === 'false') return true;
      // …or a label's value that is a sentence of a none of the failure (`Failures: none failed`, `Failures: none of the
      // tests failed`, `Errors: no test errors`): read as that sentence alone would be (red team xs, session 42).
      if (isNone(t)) return ends || noneAsAValue(t, tokens[j + 1] as string, tokens[j + 2]) || (labelled && noneOfAFailureInASentence(tokens.slice(j), failures));
      if (labelled && ends && EMPTY_VALUE_WORDS.has(t)) return true;
      if (++words > 1) return false;
    }
    return false;
  };
  const underNone = (at: number): boolean => {
    if (negatedRightBefore(tokens[at - 1])) return true;
    let join: string | undefined;
    for (let k = at - 1, words = 0; k >= 0 && words < 6; k--) {
      const t = tokens[k] as string;
      if (elisionBeforeAnAuxiliaryAt(tokens, k) || elidedBeforeANounAt(tokens, k)) continue;
      if (!isWord(t)) return false;
      // A count right after a failure noun starts a clause of its own (`No failures 3 failed`, `Sem falhas 3 failed`, helper
      // sb, session 47): the none before it counted that noun, not the failures the count tells.
      if (/^0*[1-9]\d*$/u.test(t) && k > 0 && isFailureNoun(tokens[k - 1] as string, drawn[k - 1] as string)) return false;
      // `free of failures`, `free from errors` say none, as `without` does; denied (`not free of failures`), some.
      if (freeOfAt(drawn, k)) return !deniedNoneAt(tokens, drawn, k - 1);
      if (!auxiliaryAt(tokens, k) && (CLAUSE_JOINS.has(t) || CLAUSE_JOINS.has(drawn[k] as string))) {
        // A join that is also a word of place (`aucun test en échec`) joins nothing after a none of those languages.
        if (join !== undefined || !JOINS_ALSO_A_PLACE.has(t)) return false;
        join = t;
        words += 1;
        continue;
      }
      // A none of part (`not all tests failed`, `not only unit tests failed`, `nicht alle Tests`) tells some failures.
      if (isNone(t)) return !NOT_A_NONE_AFTER().has(drawn[k + 1] ?? '') && (join === undefined || noneBeforeAPlace(join, t)) && !(NONE_WITHOUT_WORDS().has(t) && deniedNoneAt(tokens, drawn, k));
      // A none of the failure word's own language (`Não houve falhas`, `Sem falhas`, `Senza fallimenti`): read only before
      // a failure word of its row, so a word that is a none in one language and a name in another (`SEM pipeline failed`)
      // denies nothing.
      if (join === undefined && noneOfTheFailuresLanguage(t, tokens[at] as string, drawn[at] as string)) return !NOT_A_NONE_AFTER().has(drawn[k + 1] ?? '') && !(NONE_WITHOUT_WORDS().has(t) && deniedNoneAt(tokens, drawn, k));
      words += 1;
    }
    return false;
  };
  // A failure named as the condition of a setting tells none (`retry on failure`, `notify if failed`, `fail on: critical`,
  // `failure threshold: error`, hadolint's and Trivy's options): only the base forms name a setting, so `failed on step 3` still fails.
  // A base form before a word of where or how much is a setting only where a value follows (`fail on: critical`, `fail under
  // 80`, `fail on high`); `tests fail on windows`, `fail under load` tell a failure.
  const setting = (at: number): boolean => {
    const next = drawn[at + 1] ?? '';
    if (SETTING_AFTER_A_FAILURE.has(next)) return true;
    const value = drawn[at + 2] ?? '';
    return ['on', 'under', 'over', 'above', 'below', 'at'].includes(next) && (/^[:=]+$/u.test(value) || /^\d/u.test(value) || SEVERITY_VALUES.has(value));
  };
  // …but a condition after a deed done (`stopped on failure`, `retried on failure`, `rolled back upon failure`) says the
  // failure came, and a setting said crossed (`failure threshold exceeded`, `failure level: error reached`) says it was
  // met (red team xz).
  const done = (w: string): boolean => DEEDS_BEFORE_A_CONDITION.has(w);
  const crossed = (at: number): boolean => drawn.slice(at + 1, at + 6).some((w) => SETTING_CROSSED.has(w));
  // Which failure a condition names may stand between it and the failure word (`abort on first failure`, `on any failure`).
  const on = (at: number): number => {
    let k = at - 1;
    while (k > 0 && at - k <= 2 && WHICH_FAILURE_OF_A_CONDITION.has(drawn[k] ?? '')) k--;
    return k;
  };
  const condition = (at: number): boolean =>
    (CONDITION_BEFORE_A_FAILURE.has(drawn[on(at)] ?? '') && !done(drawn[on(at) - 1] ?? '') && !(drawn[on(at) - 1] === 'back' && done(drawn[on(at) - 2] ?? ''))) ||
    (['fail', 'failure'].includes(drawn[at] as string) && setting(at) && !crossed(at));
  // A failure setting joined to its condition (`fail-on`, `fail_under`, `failure-threshold`) said crossed (`fail-on critical
  // triggered`) was met, as `failure threshold exceeded` is; a condition followed in its clause by the deed it sets off,
  // said done (`on failure rollback ran`, `if failed alert fired`), tells the failure came (red team xz).
  // Only words of setting off: whether a `fail-under 80` was `met` or `exceeded` is the coverage's side or the failure's.
  // A trigger denied is none (`fail-on: critical (not triggered)`).
  const settingMet = (at: number): boolean => /^fail(?:ure)?[-_]\p{L}/u.test(drawn[at] as string) && drawn.slice(at + 1, at + 6).some((w, k) => SETTING_TRIGGERED.has(w) && !isNone(tokens[at + k]));
  const setOff = (at: number): boolean => {
    for (let j = at + 1; j < tokens.length && j <= at + 4; j++) {
      if (!isWord(tokens[j]) || CLAUSE_JOINS.has(drawn[j] as string)) return false;
      if (DEEDS_SET_OFF.has(drawn[j] as string)) return true;
    }
    return false;
  };
  const told = (i: number): boolean => failures.has(tokens[i] as string) || failures.has(drawn[i] as string) || (drawn[i] === 'timed' && drawn[i + 1] === 'out');
  // A crash's name or phrase, unless its own value clears it (`out of memory: none`).
  const crashed = (i: number): boolean => {
    const words = crashToldAt(drawn, i);
    return words > 0 && !underNone(i) && !cleared(i + words - 1);
  };
  return tokens.some((_, i) => (told(i) && !underNone(i) && !cleared(i) && (!(condition(i) || conditionalFailureAt(tokens, drawn, i)) || setOff(i))) || crashed(i) || settingMet(i) || (passDeniedAt(drawn, i) && !underNone(i) && !cleared(i + 1)));
}
const isWord = (t: string | undefined): boolean => t !== undefined && /[\p{L}\p{N}]/u.test(t);
/**
 * Whether the token at `i` is an auxiliary before a participle as written, accents kept (`è`, `é`, `ist`, `a`, `ha`,
 * `foi`, `is`: {@link AUXILIARIES_BEFORE_A_PARTICIPLE}): one rule for every language, so a none before it reaches the
 * participle after it (`nessun test è fallito`, `nenhum teste é aprovado`) and it is never read as the join its letters
 * drawn without marks spell (Italian `e`, and) (helper zd, session 45).
 */
const auxiliaryAt = (tokens: readonly string[], i: number): boolean => AUXILIARY_BEFORE_A_PARTICIPLE().has(tokens[i] ?? '');
const AUXILIARY_BEFORE_A_PARTICIPLE = lazy((): ReadonlySet<string> => new Set(AUXILIARIES_BEFORE_A_PARTICIPLE.map((w) => w.normalize('NFKC'))));
/** Whether the token at `i` is the apostrophe of a negation elided before an auxiliary (French `aucun test n'a échoué`): part of one word. */
const elisionBeforeAnAuxiliaryAt = (tokens: readonly string[], i: number): boolean =>
  /^['\u2019\u02bc]$/u.test(tokens[i] ?? '') && NEGATIONS_ELIDED_BEFORE_AN_AUXILIARY.includes(tokens[i - 1] ?? '') && auxiliaryAt(tokens, i + 1);
/**
 * A word of a script without spaces that ends in its language's negation right before a failure word (`未失败`,
 * `测试未失败`, `构建未失败`: not failed): the negation binds to the verb after it alone, so it is read only there, never
 * as a none reaching back over other words (`未修复的失败`, unfixed failures, fails).
 */
function negatedRightBefore(token: string | undefined): boolean {
  if (token === undefined || token.length > MAX_UNSPACED_WORD || !UNSPACED_SCRIPT.test(token)) return false;
  return UNSPACED_NEGATIONS().some((n) => token.endsWith(n));
}
const UNSPACED_NEGATIONS = lazy((): readonly string[] => vocabulary(['negation']).filter((w) => UNSPACED_SCRIPT.test(w)));
/** Whether a none of a language whose word of place `join` is (`aucun … en`, `ningún … en`) reaches over it. */
function noneBeforeAPlace(join: string, none: string): boolean {
  const languages = JOINS_ALSO_A_PLACE.get(join) ?? [];
  return noneWordsOf(languages.join(' ')).has(none);
}
const nonesByLanguages = new Map<string, ReadonlySet<string>>();
function noneWordsOf(languages: string): ReadonlySet<string> {
  let found = nonesByLanguages.get(languages);
  if (found === undefined) {
    const rows = languages.split(' ');
    found = new Set([...vocabulary(['none', 'without', 'negation'], rows), ...NEGATIONS_BEFORE_A_FAILURE.filter((w) => ['pas', 'jamais', 'nunca', 'non'].includes(w))].map((w) => w.normalize('NFKC').toLowerCase()));
    nonesByLanguages.set(languages, found);
  }
  return found;
}
/**
 * Whether the failure word at `at` is one a condition sets, in the present (helper re, session 46): in a clause a
 * condition opens a few words before it (`If any test fails`, `unless a step fails`, `Si un test échoue`), or in the
 * clause right after such a clause, its consequence (`If any test fails, the build fails`). A past form (`If any test
 * failed`, `…, the build failed`) and a clause after a full stop, colon or semicolon tell what happened, as before.
 */
function conditionalFailureAt(tokens: readonly string[], drawn: readonly string[], at: number): boolean {
  if (!PRESENT_FAILURE().has(drawn[at] as string) && !PRESENT_FAILURE().has(tokens[at] as string)) return false;
  const opener = openerOfItsClause(tokens, drawn, at);
  if (opener !== undefined) return true;
  // The consequence: its own clause of a few words starts after a comma that ends a condition's clause.
  let k = at - 1;
  while (k >= 0 && at - k <= 5 && isWord(tokens[k]) && !CLAUSE_JOINS.has(drawn[k] as string)) k--;
  if (k < 1 || !/^,$/u.test(tokens[k] as string)) return false;
  for (let j = k - 1; j >= 0 && isWord(tokens[j]); j--) if (PRESENT_FAILURE().has(drawn[j] as string) && openerOfItsClause(tokens, drawn, j) !== undefined) return true;
  return false;
}
/** The index of a condition opener among the few words before `at` in its clause ({@link CONDITION_OPENERS}), which must open that clause. */
function openerOfItsClause(tokens: readonly string[], drawn: readonly string[], at: number): number | undefined {
  for (let k = at - 1; k >= 0 && at - k <= 4 && isWord(tokens[k]); k--) {
    if (CLAUSE_JOINS.has(drawn[k] as string) && !CONDITION_OPENER().has(drawn[k] as string)) return undefined;
    if (CONDITION_OPENER().has(tokens[k] as string) || CONDITION_OPENER().has(drawn[k] as string)) return k === 0 || !isWord(tokens[k - 1]) ? k : undefined;
  }
  return undefined;
}
const CONDITION_OPENER = wordsWrittenAndDrawn(() => CONDITION_OPENERS);
const PRESENT_FAILURE = wordsWrittenAndDrawn(() => PRESENT_FAILURE_FORMS);
/** Whether the token at `i` is the apostrophe of an elided word before a noun (`pas d'échec`): part of the noun's phrase. */
const elidedBeforeANounAt = (tokens: readonly string[], i: number): boolean =>
  /^['\u2019\u02bc]$/u.test(tokens[i] ?? '') && ELIDED_BEFORE_A_NOUN.includes(tokens[i - 1] ?? '') && isWord(tokens[i + 1]);
/** Whether the word at `k` is the second of a `free of` pair ({@link FREE_OF_WORDS}): `free of`, `free from`. */
const freeOfAt = (drawn: readonly string[], k: number): boolean => k >= 1 && FREE_OF_WORDS.some(([free, ofs]) => drawn[k - 1] === free && ofs.includes(drawn[k] as string));
/**
 * Whether the none that starts at `k` (a without, or `free of` ending at `k + 1`) is itself denied by a negation right
 * before it (`not without failures`, `never free of errors`, `nicht ohne Fehler`): a denied none tells some failures.
 */
function deniedNoneAt(tokens: readonly string[], drawn: readonly string[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && (NONE_BEFORE_A_FAILURE().has(before) || NONE_BEFORE_A_FAILURE().has(drawn[k - 1] as string) || NEGATION_WORDS().has(before));
}
/** The negations of every row, as written (`not`, `não`, `niet`, `inte`, `δεν`): each denies a none right after it. */
const NEGATION_WORDS = lazy((): ReadonlySet<string> => new Set(vocabulary(['negation']).map((w) => w.normalize('NFKC').toLowerCase())));
/** The without words of every row, as written (`without`, `ohne`, `sans`, `sin`, `sem`, `senza`). */
const NONE_WITHOUT_WORDS = lazy((): ReadonlySet<string> => new Set(vocabulary(['without']).map((w) => w.normalize('NFKC').toLowerCase())));
/**
 * Whether `none` is a none, a without or a negation of a language whose failure word the failure is (`não`, `sem`
 * before `falhas`; `senza` before `fallimenti`; `tanpa` before `kegagalan`): each language's none is read before its
 * own failure words only, as {@link noFailurePairs} pairs them in a name (helper re, session 46).
 */
function noneOfTheFailuresLanguage(none: string, failure: string, drawnFailure: string): boolean {
  const nones = NONES_OF_A_FAILURE_WORD().get(failure) ?? NONES_OF_A_FAILURE_WORD().get(drawnFailure);
  return nones !== undefined && nones.has(none);
}
/** Each failure word of a row (as written and as drawn) to the row's none, without and negation words (as written, in their spellings). */
const NONES_OF_A_FAILURE_WORD = lazy((): ReadonlyMap<string, ReadonlySet<string>> => {
  const out = new Map<string, Set<string>>();
  for (const language of Object.keys(STATUS_VOCABULARY)) {
    const nones = vocabulary(['none', 'without', 'negation'], [language]).filter((w) => !w.includes(' ') && !UNSPACED_SCRIPT.test(w)).map((w) => w.normalize('NFKC').toLowerCase());
    if (nones.length === 0) continue;
    for (const failure of vocabulary(['failed', 'errors'], [language])) {
      for (const spelling of [failure.normalize('NFKC').toLowerCase(), drawnWord(failure)]) {
        const set = out.get(spelling) ?? new Set<string>();
        for (const n of nones) set.add(n);
        out.set(spelling, set);
      }
    }
  }
  return out;
});
const SETTING_TRIGGERED: ReadonlySet<string> = new Set(['triggered', 'tripped', 'fired', 'activated', 'breached']);
/**
 * An outcome's words and marks, each as written (width and case aside) and as drawn: a none is read as written, a
 * look-alike `nоne` clears nothing (review rv); a failure word and a word that starts a clause are read as drawn, so a
 * disguise never hides a failure or joins it to an earlier none. A spaced dash parts clauses as a semicolon does; a
 * contraction's `n't` is the `not` it says (`didn't pass`); a run of a script written without spaces is cut at the
 * vocabulary's words (`构建失败` → 构建, 失败; `没有失败` → 没有, 失败), as its reader reads it.
 */
function outcomeTokens(text: string): { tokens: string[]; drawn: string[] } {
  const written = removeInvisible(text).normalize('NFKC').toLowerCase().replace(/[^\S\n]+[-\u2010-\u2015\u2212]+[^\S\n]+/gu, ' ; ').replace(CONTRACTED_NOT, ' not');
  const tokens = (written.match(/[\p{L}\p{M}\p{N}]+(?:[-_./\\][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]+/gu) ?? []).flatMap((t) => (t.length <= MAX_UNSPACED_WORD && UNSPACED_SCRIPT.test(t) ? unspacedParts(t) : [t]));
  return { tokens, drawn: tokens.map((t) => (PLAIN.test(t) ? t : withoutMarks(caselessVisibleForm(t)))) };
}
/** A contraction's `n't` with any apostrophe a writer or a keyboard puts there (`didn't`, `didn’t`, `didnʼt`, `didn‘t`, ``didn`t``, `didn´t`, whose acute NFKC parts into a space and a combining mark). */
const CONTRACTED_NOT = /(?<=\p{L})n(?:['\u2019\u2018\u02bc`\u00b4]|\u0020?\u0301)t(?![\p{L}])/gu;
/** A none word after a failure label that is its value though words follow it: `none found`, `none reported`, `none of 12`. */
function noneAsAValue(none: string, next: string, after: string | undefined): boolean {
  if (!NONE_WORDS.has(none)) return false;
  if (next === 'of') return after !== undefined && /^\d/u.test(after);
  return NONE_LOOKED_FOR.has(next);
}
const NONE_LOOKED_FOR: ReadonlySet<string> = new Set(['found', 'reported', 'detected', 'seen', 'recorded', 'observed', 'listed', 'yet', 'so', 'left', 'remaining', 'today']);
/**
 * How many words tell a crash by name at `at` (`segfault`, `SIGSEGV`, `Segmentation fault`, `core dumped`, `bus error`),
 * or 0: none where a word after it makes it the name of what handles or reports crashes (`segfault handler installed`).
 */
function crashToldAt(drawn: readonly string[], at: number): number {
  const word = drawn[at] as string;
  const words = CRASH_WORDS.has(word) || (CRASH_NOUNS_BEFORE_A_PLACE.has(word) && CRASH_PLACE_WORDS.has(drawn[at + 1] ?? '')) ? 1 : (CRASH_PHRASES.find((phrase) => phrase[0] === word && phrase.every((w, k) => drawn[at + k] === w))?.length ?? 0);
  return words > 0 && !CRASH_HANDLERS.has(drawn[at + words] ?? '') ? words : 0;
}
/** Whether a negated pass starts at `at` (`not ok`, `did not pass`, `not passed`, `nicht bestanden`, `未通过`). */
function passDeniedAt(drawn: readonly string[], at: number): boolean {
  const next = drawn[at + 1];
  return next !== undefined && isWord(next) && NEGATED_PASSES.has(`${drawn[at] as string} ${next}`);
}
/** Values that say a failure field holds nothing (`failed: null`, `failures: n/a`, `errored: false`). */
const EMPTY_VALUE_WORDS: ReadonlySet<string> = new Set(['false', 'null', 'nil', 'n/a', 'na', 'empty']);
const DEEDS_BEFORE_A_CONDITION: ReadonlySet<string> = new Set([
  'stopped', 'halted', 'aborted', 'retried', 'rerun', 'reran', 'restarted', 'exited', 'terminated', 'quit', 'bailed', 'cancelled', 'canceled',
  'killed', 'rolled', 'reverted', 'crashed', 'died', 'fell', 'broke', 'was', 'were', 'stops', 'halts', 'exits', 'aborts',
]);
const SETTING_CROSSED: ReadonlySet<string> = new Set(['exceeded', 'exceeds', 'reached', 'reaches', 'met', 'hit', 'hits', 'triggered', 'tripped', 'breached', 'crossed', 'surpassed', 'overrun', 'overshot']);
const CONDITION_BEFORE_A_FAILURE: ReadonlySet<string> = new Set(['on', 'upon', 'if', 'unless', 'bei', 'falls']);
/** Words between a condition and its failure word that say which failure sets it off (`on first failure`, `upon any failure`, `on the first failure`). */
const WHICH_FAILURE_OF_A_CONDITION: ReadonlySet<string> = new Set(['first', 'any', 'a', 'an', 'the', 'each', 'every']);
const SETTING_AFTER_A_FAILURE: ReadonlySet<string> = new Set(['threshold', 'level', 'mode', 'policy', 'limit', 'severity', 'strategy', 'fast', 'condition', 'conditions', 'criteria']);
const SEVERITY_VALUES: ReadonlySet<string> = new Set(['critical', 'high', 'medium', 'moderate', 'low', 'error', 'errors', 'warning', 'warnings', 'warn', 'info', 'any', 'none', 'severe', 'major', 'minor', 'blocker']);
/** The words an outcome tells its own failure by, in any language of the vocabulary (`failed`, `crashed`, `fehlgeschlagen`, `échoué`). */
const FAILURE_TOLD = lazy((): ReadonlySet<string> => new Set([...LEADING_FAIL_WORDS, ...readSet(vocabulary(['failed'])), ...FAILURE_EVENTS, ...LINE_FAILURE_WORDS, 'broken', 'errored', 'killed', 'timed-out', 'ko', 'nok', 'unstable']));
/** Words that say none of what follows them in their clause (`none`, `no`, `not`, `never`, `keine`, `aucun`). */
const NONE_BEFORE_A_FAILURE = lazy((): ReadonlySet<string> => new Set([...NONE_WORDS, ...NONE_BEFORE_A_WORD, ...NEGATIONS_BEFORE_A_FAILURE]));
/**
 * A count of none whose remark of where counts places it then calls failed (`0 errors in 2 suites (both failed)`, `0 errors
 * in 3 failed files`, `0 errors in 2 suites; both crashed`, `failures: 0 in 2 shards (timed out)`, `0 Fehler in 2
 * fehlgeschlagenen Suiten`): the none is only of what it names, the places' failures are told beside it. A failure word
 * after a none (`in 2 suites, no failures`, `0 failed`) tells none.
 */
function placesCountedFailing(text: string): string | undefined {
  if (text.length > MAX_LONE_COUNT_LINE * 4) return undefined;
  const lead = NONE_BEFORE_PLACES().exec(text);
  if (lead === null) return undefined;
  return failureWordOutsideANone(text.slice(lead[0].length), PLACE_FAILURE_WORDS()) ? text.trim().slice(0, 200) : undefined;
}
const NONE_BEFORE_PLACES = lazy(() => new RegExp(String.raw`^[^\p{L}\p{N}\p{Cc}]*(?:0+|[\p{L}_ -]{1,30}?[^\S\n]*[:=][^\S\n]*0+)[^\S\n]+(?:\p{L}[\p{L}\p{M}_-]*[^\S\n]+)?(?=(?:in|across|over|within|from|on|${FOREIGN_PLACE_WORDS})[^\S\n]+\d)`, 'iu'));
// `zéro` and `cero` are the French and Spanish zero as their writers spell it (`Zéro échec`, `Cero fallos`), only ever a none.
const NONE_BEFORE_A_WORD: ReadonlySet<string> = new Set(['0', 'no', 'not', 'without', 'zero', 'zéro', 'cero', 'keine', 'kein', 'ohne', 'aucun', 'aucune', 'sans', 'sin', 'ningún', 'ninguna']);
const PLACE_FAILURE_WORDS = lazy((): ReadonlySet<string> => new Set([...FAIL_WORDS, ...LINE_FAILURE_WORDS, ...FAILURE_EVENTS, 'broken', 'red', 'errored', 'erroring', 'timed', 'timeout', 'timeouts', 'timed-out', 'aborted',
  'unfinished', 'incomplete', 'regression', 'regressions', 'crash', 'crashes', 'crashing', 'killed', 'cancelled', 'canceled', 'failing', 'fehlgeschlagenen', 'fehlgeschlagene', 'échouées', 'échoués', 'échouée', 'échoué', 'fallidas', 'fallidos']));
/**
 * A failure label's none scoped to a place (`errors: 0 in A`, `errors 0 (A)`, `Errors: A=0`) followed on its line by a
 * count above none that counts nothing else (`/ 2 in B`, `, and 2 in B`, `, B: 2`, `2 (B)`, `, then 2 in B`, `B=2`): the
 * none is of one place only, and the count after it is another place's failures, however it is joined. A count of
 * passes, items, places, warnings or time (`12 passed`, `in 2 suites`, `shard 2`, `took 2s`) or under such a label
 * (`duration: 2`) counts no failure.
 */
function placedNoneThenACount(text: string): string | undefined {
  if (text.length > MAX_LONE_COUNT_LINE * 4 || !/[1-9]/u.test(text)) return undefined;
  const lead = PLACED_NONE().exec(text);
  if (lead === null || !FAIL_WORDS.has((lead[1] ?? lead[2] ?? lead[3] ?? '').toLowerCase())) return undefined;
  // A count its own remark excuses (`2 in B (flaky)`) is read as it is on its own: not here.
  const rest = text.slice(lead[0].length).replace(/#\d+/gu, ' ').replace(COUNTER_AFTER_A_COUNT(), '$1 ').replace(/[\uff0c\u3001]/gu, ',').replace(/\uff1b/gu, ';').replace(/([1-9]\d{0,8})([^,;|\n()]{0,40})\(([^()\n]{1,60})\)/gu, (all: string, count: string, between: string, remark: string) => (remarkScopes(remark, Number(count)) ? `0${between}` : all));
  // A count a later part excuses (`2 in module B, all known`) is read as loneCountIn reads it: not here.
  const parts = rest.split(/[,;]/u);
  if (parts.some((part, i) => i > 0 && boundByRemark(part))) return undefined;
  const tokens = rest.toLowerCase().split(/(?<=[^\p{L}\p{M}\p{N}_.:/-])|(?=[^\p{L}\p{M}\p{N}_.:/-])/u);
  const written = tokens.map((t) => t.trim()).filter((t) => t !== '' && /[\p{L}\p{N}]/u.test(t));
  const words = written.map((t) => t.replace(/[:=]+$/u, ''));
  // A number right after a runtime's or a platform's name, not its label (`on ruby 3`, not `windows: 2`), is its version.
  const versionAfterAName = (i: number): boolean => VERSIONED().has(words[i - 1] ?? '') && !/[:=]$/u.test(written[i - 1] ?? '') && !PLACE_AFTER_A_COUNT.has(words[i + 1] ?? '');
  return words.some((w, i) => /^[1-9]\d{0,8}$/u.test(w) && !NO_FAILURE_NEAR_A_COUNT().has(words[i + 1] ?? '') && !NO_FAILURE_NEAR_A_COUNT().has(words[i - 1] ?? '') && !/^\d/u.test(words[i + 1] ?? '') && !versionAfterAName(i) && !versionInWords(words, i)) ? text.trim().slice(0, 200) : undefined;
}
/**
 * Whether the number at `i` of a line's words goes on with a list of versions (helper xi, session 44): joined to a
 * number, or right after one, whose list starts after a runtime's or a platform's name (`on node 18 and 20`, `node 18,
 * 20`, `v18 and 20`, `windows 2019 and 2022`). A number right after a name is left as it was read (`windows: 2` counts).
 */
function versionInWords(words: readonly string[], i: number): boolean {
  // A number joined to a version with a place of its own after it (`node 18 and 2 on windows`) counts in that place.
  if (PLACE_AFTER_A_COUNT.has(words[i + 1] ?? '')) return false;
  const before = words[i - 1] ?? '';
  if (/^v?\d/u.test(before)) return versionListFrom(words, i - 1);
  return VERSION_JOINS.has(before) && /^v?\d/u.test(words[i - 2] ?? '') && versionListFrom(words, i - 2);
}
/** Whether the number at `k` is a version: `v` and digits, or a number after a versioned name, or joined to such a number. */
function versionListFrom(words: readonly string[], k: number): boolean {
  if (/^v\d/u.test(words[k] as string)) return true;
  const before = words[k - 1] ?? '';
  if (VERSIONED().has(before)) return true;
  if (/^v?\d/u.test(before)) return versionListFrom(words, k - 1);
  return VERSION_JOINS.has(before) && /^v?\d/u.test(words[k - 2] ?? '') && versionListFrom(words, k - 2);
}
const VERSIONED = lazy((): ReadonlySet<string> => new Set([...VERSIONED_NAMES, 'v']));
const PLACE_AFTER_A_COUNT: ReadonlySet<string> = new Set(['in', 'on', 'at', 'under', 'across', 'within', 'for', 'from', 'im', 'auf', 'dans', 'sur', 'en', 'su', 'em']);
const VERSION_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'plus', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'en']);
const PLACED_NONE = lazy(() => new RegExp(String.raw`^[^\p{L}\p{N}\p{Cc}]*(?:(\p{L}+)[^\S\n]*(?:[:=]|[^\S\n][-\u2013\u2014][^\S\n]|[^\S\n])[^\S\n]*(?:0+|none|zero|no)(?:[^\S\n]+(?:in|on|at|for|across|within|under|from|${FOREIGN_PLACE_WORDS})[^\S\n]|[^\S\n]*\([^()\d\n]{1,40}\)(?=[^\S\n]*[,;/]?[^\S\n]*[1-9]))|(\p{L}+)[^\S\n]*:[^\S\n]*\p{L}[\p{L}\p{N}_-]*[^\S\n]*[:=][^\S\n]*0+(?!\d|[.,]\d)|(\p{L}+)[^\S\n]*[:\uff1a][^\S\n]*(?:\p{L}[\p{L}\p{M}\p{N}_-]*[^\S\n]+){0,2}\p{L}[\p{L}\p{M}\p{N}_-]*[^\S\n]*(?:[:=\uff1a][^\S\n]*)?0+[^\S\n]*${COUNTER}?[^\S\n]*(?=${PLACE_LIST_BREAK}))`, 'iu'));
// A place named before its count (`失败：模块A 0个，模块B 2个`, `エラー: モジュールA 0件、モジュールB 2件`, `failures: module A 0, module B
// 2`): the none is one place's only where another place follows it in a list, so the label's count is counted by place.
const PLACE_LIST_BREAK = String.raw`[^\S\n]*[,;/\uff0c\u3001\uff1b]`;
/**
 * A failure label's list of places each counted after its name, one of them none and another some, in either order
 * (`失败：模块B 2个，模块A 0个`, `errors: linux 0, windows 2`, `Fehler: Modul B 2; Modul A 0`): the none says the label
 * counts by place, so each count above it is that place's failures. A name that counts something else (`passed 12`,
 * `warnings 2`, `line 2`) is no place.
 */
function placesListedWithCounts(text: string): string | undefined {
  if (text.length > MAX_LONE_COUNT_LINE * 2 || !/[1-9]/u.test(text)) return undefined;
  const labelled = /^[^\p{L}\p{N}\p{Cc}]*(\p{L}+)[^\S\n]*[:\uff1a][^\S\n]*(\S[^\n]*)$/u.exec(text.trim());
  if (labelled === null || !FAIL_WORDS.has((labelled[1] as string).toLowerCase())) return undefined;
  const items = (labelled[2] as string).replace(COUNTER_AFTER_A_COUNT(), '$1').split(PLACES_LISTED_BREAK).map((item) => PLACE_THEN_COUNT.exec(item.trim()));
  if (items.length < 2 || items.some((item) => item === null || nameWords(item[1] as string).some((w) => NO_FAILURE_NEAR_A_COUNT().has(w) && !PLACE_NOUNS.has(w)))) return undefined;
  const counts = items.map((item) => Number(item?.[2]));
  return counts.includes(0) && counts.some((n) => n > 0) ? text.trim().slice(0, 200) : undefined;
}
// A place's name may be a path (`src/api 0`, `./web 2`, `pkg\\core 1`, `api.v2 0`).
const PLACE_THEN_COUNT = /^((?:[.~@]{0,2}[/\\])?\p{L}[\p{L}\p{M}\p{N}_./\\-]*(?:[^\S\n]+\p{L}[\p{L}\p{M}\p{N}_./\\-]*){0,2})[^\S\n]*(?:[:=\uff1a][^\S\n]*)?(\d{1,9})$/u;
// Places listed are parted as a list parts its items: by a comma, semicolon or pipe (of any width), a slash after a count
// or between spaces (one inside a name is a path's), or by a
// conjunction of the vocabulary's languages after a place's count (a name may hold one: `module a 0`) (`api 0 and web 2`, `api 0 & web 2`, `API 0 und Web 2`, `模块A 0个和模块B 2个`).
const PLACES_LISTED_BREAK = /[^\S\n]*[,;|\uff0c\u3001\uff1b\uff5c][^\S\n]*|(?<=\d)[^\S\n]*[/\uff0f][^\S\n]*|[^\S\n]+[/\uff0f][^\S\n]+|(?<=\d)[^\S\n]+(?:and|&|\+|plus|und|et|y|e|og|och|en|i|и|a)[^\S\n]+|(?<=\d[^\S\n]*\p{Script=Han}?)[^\S\n]*[和及与與と와과][^\S\n]*/u;
const COUNTER_AFTER_A_COUNT = lazy(() => new RegExp(String.raw`(\d)[^\S\n]*${COUNTER}`, 'gu'));
const NO_FAILURE_NEAR_A_COUNT = lazy((): ReadonlySet<string> => new Set([...COUNTED_ITEMS, ...PLACE_NOUNS, ...PASS_WORDS, ...PASSED_WORDS, 'passing', 'ok', 'skipped', 'skips', 'pending', 'todo', 'warning', 'warnings', 'warn',
  'notice', 'notices', 'info', 'hint', 'hints', 'duration', 'time', 'took', 'elapsed', 'after', 'retries', 'retry', 'attempts', 'attempt', 'total', 's', 'ms', 'sec', 'secs', 'second', 'seconds',
  'min', 'mins', 'minute', 'minutes', 'h', 'hours', '%', 'percent', 'see', 'pr', 'issue', 'ticket', 'build', 'shard', 'worker', 'node', 'python', 'node', 'version', 'v', 'py', 'line', 'lines', 'column', 'exit', 'code', 'pid', 'run', 'attempt', 'step', 'stage', 'job', 'port']));
/**
 * A text without its remarks of where that count the places (`in 2 suites`, `across 12 packages`, `dans 2 suites`, `im 3
 * Modulen`): only places or items are counted so (`in 2 failing suites` keeps its count).
 */
const withoutPlacesCounted = (text: string): string =>
  /\d/u.test(text) ? text.replace(placeCounted(), (all: string, noun: string) => (nameWords(noun).length === 1 && (COUNTED_ITEMS.has(nameWords(noun)[0] as string) || PLACE_NOUNS.has(nameWords(noun)[0] as string)) ? ' ' : all)) : text;
const placeCounted = lazy(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:in|across|over|within|from|on|${FOREIGN_PLACE_WORDS})[^\S\n]+\d{1,9}[^\S\n]+([\p{L}][\p{L}\p{M}_-]*)(?![\p{L}\p{M}\p{N}])`, 'giu'));
// Or a failure label and its count above none (`failed: 3 (all flaky)`), read so too.
const LABEL_FIRST_COUNT = /^[^\p{L}\p{N}\p{Cc}]*\p{L}[\p{L}\p{M}_ -]{0,30}?[^\S\n]*[:=][^\S\n]*[1-9]\d{0,8}(?![\d.,])/u;
// A failure label's none followed by a remark (`failures: 0 in module A`), up to the remark.
const FAIL_LABEL_NONE = /^[\p{L}_ -]{1,30}?[^\S\n]*[:=][^\S\n]*0+(?=[^\S\n]+(?:in|on|at|during|across|within|for|from|while|when|dans|pendant|lors|sur|bei|im|während|durante|en|nel|nella)[^\S\n])/u;
const TOTAL_FIRST = /(?<![\p{L}\p{N}])total[^\S\n]*:?[^\S\n]*\d+/gu;
// A count above none and the word after it (`3 failed`, `2 échecs`), at the text's start.
const LEADING_COUNT = /^[^\p{L}\p{N}\p{Cc}]*[1-9]\d{0,8}[^\S\n]+\p{L}[\p{L}\p{M}]*/u;
// A failure word and its none after a space alone, as TAP's and a table's line writes it (`# fail 0`, `失败 0`, `failures none`).
const FAIL_WORD_THEN_NONE = /^[#*>\s-]*[\p{L}_-]{1,30}[^\S\n]+(?:none|0+)[^\S\n]*[.;]?$/u;
// A none of some total (`failed: none of 12`, `failed: 0/12`) clears it too; `failed: 2 of 12` does not.
const FAIL_FLAG_CLEARED = /^[\p{L}_ -]{1,30}?[^\S\n]*[:=][^\S\n]*(?:false|no|off|(?:none|0)(?:[^\S\n]*(?:\/|of|out[^\S\n]+of)[^\S\n]*(?:\d{1,3}(?:,\d{3})+|\d+))?)[^\S\n]*[.;]?$/u;

/**
 * Marks a report draws for an outcome, in a short text that holds little else (`❌`, `✗ lint`, `✘`, `✖`, `⛔`, `🔴`, `🚫`,
 * `☒`; `✅`, `✔`, `✓`, `☑`, `🟢`, and the shortcodes `:x:`, `:white_check_mark:` a Markdown renderer draws as them). A
 * failure mark anywhere in it reads as a failure; a text of pass marks and pass words only as a pass, so a `✅` claims
 * a pass to be weighed against what sits beside it like `pass` does.
 */
const FAIL_MARK = /[\u274c\u2717\u2718\u2715\u2716\u26d4\u2612\u{1F534}\u{1F6AB}\u{1F5F4}\u{1F5F6}\u{1F6D1}]|:(?:x|cross_mark|heavy_multiplication_x|no_entry|no_entry_sign|red_circle|stop_sign|negative_squared_cross_mark|ballot_box_with_x):/u;
const PASS_MARK = /[\u2705\u2714\u2713\u2611\u{1F7E2}\u{1F5F8}]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|green_circle|check|ok):/gu;
const MAX_MARKED_TEXT = 80;

export function markOutcome(text: string): 'pass' | 'fail' | undefined {
  if (text.length > MAX_MARKED_TEXT * 4) return undefined;
  const shown = removeInvisible(text).trim();
  if (shown.length > MAX_MARKED_TEXT) return undefined;
  if (FAIL_MARK.test(shown)) return problemsOfWarningsOnly(shown) ? undefined : 'fail';
  PASS_MARK.lastIndex = 0;
  if (!PASS_MARK.test(shown)) return undefined;
  const rest = shown.replace(PASS_MARK, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return rest.every((w) => PASS_WORDS.has(w) || w === 'all') ? 'pass' : undefined;
}

/**
 * A linter's summary that counts warnings and no error, led by the mark it draws for any problem found (ESLint's and
 * stylelint's `✖ 3 problems (0 errors, 3 warnings)`, `✖ 1 problem (0 errors, 1 warning)`, `✖ 0 errors, 3 warnings`): both
 * exit 0 on warnings, so the mark tells of problems, not of a failed run (helper fa). Only counts of problems, warnings,
 * errors and fatal ones, its errors none and its problems all its warnings: `(1 error, 2 warnings)`, a count of problems
 * its warnings do not make up, a second mark or any other word beside it keeps the mark's failure.
 */
function problemsOfWarningsOnly(shown: string): boolean {
  const marks = shown.match(FAIL_MARK_ALL) ?? [];
  if (marks.length !== 1 || !shown.startsWith(marks[0] as string)) return false;
  const rest = shown.slice((marks[0] as string).length).trim().replace(/\.$/u, '');
  if (!LINT_COUNTS.test(rest)) return false;
  let warnings = 0;
  let problems: number | undefined;
  for (const [, n, noun] of rest.matchAll(LINT_COUNT)) {
    const count = Number(n);
    if (/^warnings?$/iu.test(noun as string)) warnings += count;
    else if (/^problems?$/iu.test(noun as string)) problems = (problems ?? 0) + count;
    else if (count !== 0) return false;
  }
  return warnings > 0 && (problems === undefined || problems === warnings);
}
const FAIL_MARK_ALL = new RegExp(FAIL_MARK.source, 'gu');
/** A line of counts of a linter's problems only: `3 problems (0 errors, 3 warnings)`, `Found 0 errors and 3 warnings`. */
const LINT_COUNTS = /^(?:found[ \t]+)?\(?[ \t]*\d{1,9}[ \t]+(?:problems?|warnings?|errors?|fatal)(?:[ \t]*(?:[,(]|and)?[ \t]*\(?[ \t]*\d{1,9}[ \t]+(?:problems?|warnings?|errors?|fatal)[ \t]*\)?)*[ \t]*\)?$/iu;
const LINT_COUNT = /(\d{1,9})[ \t]+(problems?|warnings?|errors?|fatal)/giu;

/** Whether an entry's key names its outcome: the status's own name (`statusWords`) or one of {@link ENTRY_STATUS_KEYS}, as it reads. */
function isOutcomeName(key: string, statusWords: string): boolean {
  const words = readWords(key);
  return words.join(' ') === statusWords || (words.length === 1 && ENTRY_STATUS_KEYS.has(words[0] as string));
}

/** A failure an entry of the details counts, lists or flags (`suites: [{name: "a", failed: 2}]`). */
function failureInEntry(entry: Record<string, unknown>, at: string, listName: string[], writtenListName: string[]): Finding | undefined {
  for (const [key, value] of Object.entries(entry)) {
    const field: Field = { pointer: `${at}/${encodePointerSegment(key)}`, own: readWords(key), context: listName, written: { own: nameWords(key), context: writtenListName }, value };
    if (!playsRole(field, FAIL_WORDS)) continue;
    // Only under a name of the failures themselves: `error_template: "{{error}}"` and `error_url: "{{url}}"` are settings.
    const unfilled = typeof field.value === 'string' && namesFailuresOnly(field.own) ? unfilledFailureText(field.value) : undefined;
    if (unfilled !== undefined) return unfilledFinding(field, unfilled);
    const shown = failureShown(field);
    if (shown !== undefined) return { code: 'contradiction', pointer: field.pointer, says: `${shown} (an entry of its details)`, actual: value };
  }
  return undefined;
}

/**
 * Zero passed, every item skipped, or lists of results that are all empty or of hollow entries (`[{}, {}]`), with no count
 * of items beside them. `judged` names the lists whose emptiness is itself the outcome a reader asserted (a schema's
 * `maxItems: 0` on a scanner's findings): an empty list there is what was checked, never a run of nothing.
 */
function nothingRan(fields: readonly Field[], judged?: (pointer: string) => boolean): Finding | undefined {
  // `"passed": "0"` is zero passed too, as `"failed": "3"` is three failures.
  // So is `"0 (none ran)"` or `"0 of 10"`, as every count reader reads it ({@link countValue}).
  const zero = fields.find((f) => playsRole(f, PASSED_WORDS) && (f.value === 0 || (typeof f.value === 'string' && countValue(f) === 0)));
  // TRX's `passedButRunAborted: 0` beside its `passed: 10`: a zero passed count of one kind is no vacuous run while another counts passes.
  const passes = fields.some((f) => playsRole(f, PASSED_WORDS) && ((isCount(f.value) && f.value > 0) || (typeof f.value === 'string' && (countValue(f) ?? 0) > 0)));
  // k6's rate of failed requests counts them as its `passes` (`http_req_failed: {rate: 0, passes: 0, fails: 1200}`): a
  // zero passed count beside failures counted is a run that ran, which the failure readers judge.
  const failures = fields.some((f) => playsRole(f, FAIL_WORDS) && isCount(f.value) && f.value > 0);
  if (zero !== undefined && !passes && !failures) return { code: 'vacuous', pointer: zero.pointer, says: 'counts 0 passed', actual: zero.value };
  const counted = fields.filter((f) => (playsRole(f, TOTAL_WORDS) || playsRole(f, PASSED_WORDS)) && isCount(f.value));
  const totals = new Map(counted.filter((f) => playsRole(f, TOTAL_WORDS)).map((f) => [summedStemOf(f, TOTAL_WORDS), f.value]));
  const skipped = fields.find((f) => playsRole(f, SKIPPED_WORDS) && isCount(f.value) && f.value > 0 && totals.get(summedStemOf(f, SKIPPED_WORDS)) === f.value);
  if (skipped !== undefined) return { code: 'vacuous', pointer: skipped.pointer, says: `skips all ${String(skipped.value)} of its items`, actual: skipped.value };
  const lists = fields.filter((f) => f.context.length === 0 && Array.isArray(f.value) && f.own.length === 1 && (ITEM_LISTS.has(f.own[0] as string) || OTHER_ITEM_LISTS.has(f.own[0] as string)) && (TEST_ITEM_LISTS.has(f.own[0] as string) || judged?.(f.pointer) !== true));
  // Every result listed skipped or not run (`results: [{status: "skipped"}, {status: "blocked"}]`) is the list form of
  // `skipped` equal to `total`, with or without a total beside it (red team tw): nothing the pass rests on ran.
  if (!passes && !failures) {
    // Lists of a run's parts (`cells` of a matrix, `jobs`, `steps`) too: every one skipped, none ran.
    const parts = fields.flatMap((f) => {
      if (f.context.length !== 0 || f.own.length !== 1 || !(ITEM_LISTS.has(f.own[0] as string) || OTHER_ITEM_LISTS.has(f.own[0] as string) || PART_LISTS.has(f.own[0] as string))) return [];
      const entries = partEntries(f.value);
      return entries === undefined ? [] : [{ pointer: f.pointer, entries }];
    });
    const unrun = parts.find((p) => p.entries.some((e) => notRunEntry(e)) && p.entries.every((e) => notRunEntry(e) || isHollow(e)));
    if (unrun !== undefined && parts.every((p) => p.entries.every((e) => notRunEntry(e) || isHollow(e)))) {
      const n = unrun.entries.length;
      return { code: 'vacuous', pointer: unrun.pointer, says: `lists ${n} result${n === 1 ? '' : 's'}, every one skipped or not run`, actual: jsonSafeList(unrun.entries) };
    }
  }
  if (counted.some((f) => (f.value as number) > 0)) return undefined;
  // One list with a real entry (`tests` beside an empty `checks`) is something that ran.
  if (lists.some((f) => !(f.value as unknown[]).every(isHollow))) return undefined;
  const empty = lists[0];
  if (empty === undefined) return undefined;
  const entries = (empty.value as unknown[]).length;
  return { code: 'vacuous', pointer: empty.pointer, says: entries === 0 ? 'lists no result at all' : `lists ${entries} result${entries === 1 ? '' : 's'} that hold nothing (null, {}, blank)`, actual: empty.value };
}


/**
 * Outcomes of one listed result that say it was not run: the not-run statuses, skips in every language of the table, and
 * the words test managers give a case nobody ran (`blocked`, `untested`, `ignored`, `deselected`).
 */
const ENTRY_NOT_RUN: ReadonlySet<string> = wordSet('ENTRY_NOT_RUN', () => [
  ...NOT_RUN_STATUSES.map(joinedWords),
  ...[...SKIPPED_WORDS].map(joinedWords),
  ...['blocked', 'untested', 'not tested', 'ignored', 'disabled', 'excluded', 'deselected', 'omitted', 'notrun', 'not executed', 'no run', 'xskip'].map(joinedWords),
]);

/**
 * A listed result that says it was not run: an outcome of {@link ENTRY_NOT_RUN} (`status: "skipped"`) with no other
 * outcome beside it, or a skip flag set (TAP's `skip: "no network"`, `skipped: true`) with no outcome in words.
 */
/**
 * The entries of a list of a run's parts however it is held: a list; a map keyed by each part's name (`jobs: {unit:
 * {status: "skipped"}, lint: {…}}`), every member an object; or a list inside a connection or page object (GraphQL's
 * `jobs: {nodes: […]}`, `{edges: […]}`, Kubernetes' `{items: […]}`).
 */
function partEntries(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return undefined;
  const members = Object.entries(value);
  const page = members.filter(([, v]) => Array.isArray(v));
  if (page.length === 1 && PAGE_LISTS.has(readWords((page[0] as [string, unknown])[0]).join(' ')) && members.every(([k, v]) => Array.isArray(v) || PAGE_MEMBERS.has(readWords(k).join(' ')))) return (page[0] as [string, unknown[]])[1];
  // A map of one part names that part (`jobs: {docs: {status: skipped}}`), as `docs: {status: skipped}` beside the status
  // does: one part skipped of a run that may hold more. Two or more keyed alike list the run's parts.
  return members.length > 1 && members.every(([, v]) => isRecord(v)) ? members.map(([, v]) => v) : undefined;
}
const PAGE_LISTS: ReadonlySet<string> = new Set(['nodes', 'edges', 'items', 'entries', 'data', 'values', 'list', 'elements', 'records']);
/** Members a page object holds beside its list: how many, where the next page is. */
const PAGE_MEMBERS: ReadonlySet<string> = new Set(['total count', 'totalcount', 'count', 'total', 'page info', 'pageinfo', 'next', 'next page', 'cursor', 'has next page', 'kind', 'api version', 'apiversion', 'metadata']);
function notRunEntry(entry: unknown, depth = 0): boolean {
  if (!isRecord(entry)) return false;
  let skipped = false;
  let told = false;
  for (const [key, value] of Object.entries(entry)) {
    const words = readWords(key);
    if (words.length === 1 && ENTRY_STATUS_KEYS.has(words[0] as string) && typeof value === 'string' && !isBlank(value)) {
      if (!ENTRY_NOT_RUN.has(joinedWords(value))) return false;
      skipped = true;
    } else if (words.length === 1 && (words[0] === 'skip' || words[0] === 'skipped')) {
      told = true;
      // A flag set as 1 skips as `true` does; one cleared in text (`skipped: "false"`) skips nothing.
      if (value === true || value === 1 || (typeof value === 'string' && !isBlank(value) && !/^(?:false|no|0)$/iu.test(removeInvisible(value).trim()))) skipped = true;
    }
  }
  if (skipped || told || depth >= MAX_WRAPPED_ENTRY) return skipped;
  // An entry with no outcome of its own that wraps one (`jobs: [{job: {name, status: "skipped"}}]`, GraphQL's `{node:
  // {…}}`) is what it wraps: skipped when what it wraps is, and nothing else it holds tells an outcome.
  const inner = Object.values(entry).filter(isRecord);
  return inner.some((v) => notRunEntry(v, depth + 1)) && inner.every((v) => notRunEntry(v, depth + 1) || !tellsOutcome(v));
}
/** How many objects deep an entry's outcome is looked for when the entry tells none of its own. */
const MAX_WRAPPED_ENTRY = 3;
/** Whether an object tells an outcome of its own: an outcome in words or a skip flag. */
const tellsOutcome = (v: Record<string, unknown>): boolean =>
  Object.entries(v).some(([key, value]) => {
    const words = readWords(key);
    return words.length === 1 && ((ENTRY_STATUS_KEYS.has(words[0] as string) && typeof value === 'string' && !isBlank(value)) || words[0] === 'skip' || words[0] === 'skipped');
  });

/**
 * Lists of the parts a run is made of, read for parts every one of which was skipped ({@link nothingRan}). Not `items` or
 * `entries`: a list of settings or flags (`{name, state: "disabled"}`) is no run's parts.
 */
const PART_LISTS: ReadonlySet<string> = new Set(['cells', 'runs', 'jobs', 'steps', 'tasks', 'stages', 'phases', 'benchmarks']);

/** A list as shown in a finding: its first entries. */
const jsonSafeList = (list: readonly unknown[]): unknown[] => list.slice(0, 5);

/** Name parts that say a process ended badly when set (`killed: true`, `timed_out: true`, `oom_killed: true`). */
const BAD_END_FLAGS: ReadonlySet<string> = new Set(['killed', 'crashed', 'aborted', 'interrupted', 'cancelled', 'canceled', 'timedout', 'timeout', 'panicked', 'segfault', 'segfaulted', 'oom', 'oomkilled', 'terminated']);
/** Words a flag's name may hold beside its flag word (`was_killed`, `run_timed_out`, `process_crashed`). */
const FLAG_SUBJECTS: ReadonlySet<string> = new Set(['is', 'was', 'run', 'process', 'job', 'step', 'task', 'suite', 'tests', 'test', 'build', 'command', 'child', 'by', 'has']);
/** Names of a process's exit status (`exit_code`, `exitCode`, `returncode`, `rc`, `exit_status`). */
const EXIT_NAMES: ReadonlySet<string> = new Set(['exit code', 'exitcode', 'return code', 'returncode', 'rc', 'exit status', 'exitstatus', 'exit value', 'status code exit', 'retcode', 'errorlevel', 'lastexitcode',
  // The codes of several processes under a plural name (`exit_codes: [0, 1]`, `exitCodes`): a setting says what it is for
  // (`retry_on_exit_codes`, `success_exit_codes`, `allowed_exit_codes`), and a name with more words is no such name.
  'exit codes', 'exitcodes', 'return codes', 'returncodes', 'exit statuses', 'exitstatuses', 'retcodes']);
/** Names of the signal a process was killed by (`signal`, `term_signal`, `killed_by_signal`, `signal_name`). */
const SIGNAL_NAMES: ReadonlySet<string> = new Set(['signal', 'term signal', 'termsig', 'killed by signal', 'signal name', 'exit signal', 'signal number', 'signal code', 'signalcode', 'signo']);
/** Names a platform gives a process's exit status in its own properties (systemd's `ExecMainStatus`). */
const PLATFORM_EXIT_NAMES: ReadonlySet<string> = new Set(['exec main status']);
/**
 * Whether a numeric `status` is a child process's exit status, as Node's spawnSync writes it (`result: {pid: 4242,
 * status: 1, signal: null}`): only in an object beside what a process leaves (`signal`, `stdout`, `stderr`; a `pid` alone is a server's too). A
 * numeric `status` anywhere else is as often an HTTP status (red team xe, session 40).
 */
function childStatus(field: Field, fields: readonly Field[]): boolean {
  if (!statusAsACode(field.value) || field.context.length === 0 || field.own.length !== 1 || field.own[0] !== 'status') return false;
  const parent = field.pointer.slice(0, field.pointer.lastIndexOf('/'));
  const siblings = fields.filter((f) => f !== field && f.pointer.slice(0, f.pointer.lastIndexOf('/')) === parent).map((f) => f.own.join(' '));
  // Or beside a process id and the command it ran (`{processId: 4242, status: 1, command: "cargo test"}`, execa's and
  // Node's ChildProcess's names): a server's record keeps a pid beside an HTTP status, never a command (red team xp).
  // A record that also names where it listens (`port`, `url`) is a server's, whose status is an HTTP status.
  // Unless the status is none an HTTP response has (`{pid, command, port: 3000, status: 1}`, `status: 137`): no server
  // answers 1 or 137, a process exits with them (red team xa, session 41).
  return siblings.some((name) => PROCESS_LEFTOVERS.has(name)) || (siblings.some((name) => PROCESS_ID_NAMES.has(name)) && siblings.some((name) => PROCESS_COMMAND_NAMES.has(name)) && (!siblings.some((name) => NETWORK_PLACE_NAMES.has(name)) || !httpStatusShaped(field.value)));
}
/**
 * Whether a status could be an HTTP response's: a whole number from 200 to 599 or an informational 100 to 103, as a number
 * or plain digits. A shell's codes above 103 (126, 127, a signal's 128 + n: 137, 143) are no response's.
 */
const httpStatusShaped = (v: unknown): boolean => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{3}\s*$/u.test(v) ? Number(v) : Number.NaN;
  // Only the codes HTTP defines short of an error: a server's 4xx/5xx answer, and 255, read as a code, fail.
  return Number.isInteger(n) && ((n >= 100 && n <= 103) || (n >= 200 && n <= 208) || n === 226 || (n >= 300 && n <= 308));
};
/**
 * Whether a `status` may be an exit status: a number, or a text with a digit that reads as a code (`"1"`, `"0"`, `"１"`)
 * or as none (`"0q00"`, `"<b>1</b>"`, read as an exit code's text is: never clean), as a tool that writes every value as
 * text leaves it (red team xp, session 40). A text of words (`"passed"`, `"passed (3 tests)"`) is an outcome, no code.
 */
const statusAsACode = (v: unknown): boolean => typeof v === 'number' || (typeof v === 'string' && /\p{N}/u.test(v) && !/\p{L}{2}/u.test(visibleForm(asciiDigits(v)).replace(/<[^<>]{0,200}>/gu, '')));
// Not `pid` alone: a server's record keeps its pid beside an HTTP status (`server: {pid, port, status: 200}`: red team xp).
const PROCESS_LEFTOVERS: ReadonlySet<string> = new Set(['signal', 'stdout', 'stderr']);
/** Values that say no signal killed the process. */
const NO_SIGNAL = /^(?:none|null|nil|no|false|0|-|n\/a|)$/iu;

/** Whether a name's words, less the words that only say whose it is (`process_`, `was_`), are one of `names`. */
function namedAs(own: readonly string[], names: ReadonlySet<string>): boolean {
  const core = own.filter((w) => !FLAG_SUBJECTS.has(w) || names.has(w));
  return names.has(core.join(' ')) || names.has(own.join(' '));
}

/** Whether a name says the process ended badly when set (`killed`, `was_killed`, `run_timed_out`, `oom_killed`). */
function badEndFlagName(own: readonly string[]): boolean {
  return own.some((w) => BAD_END_FLAGS.has(w) || (w === 'timed' && own.includes('out'))) && own.every((w) => BAD_END_FLAGS.has(w) || FLAG_SUBJECTS.has(w) || w === 'timed' || w === 'out' || w === 'killed');
}

/**
 * A process that did not end well beside the pass (or in an object beside it: `process: {exit_code: 1}`): a non-zero
 * exit code, a signal that killed it, a flag that it was killed, crashed, aborted or timed out. Whoever wrote the pass
 * did not read how its own run ended. Qualified names (`expected_exit_code`, `allowed_exit_codes`) are another matter.
 */
function processFailed(fields: readonly Field[], depth = 0): Finding | undefined {
  for (const field of fields) {
    const written = field.written ?? field;
    const v = field.value;
    // Its name is read whole: `reason` qualifies a setting elsewhere, never the exit it names.
    const reason = typeof v === 'string' && EXIT_OWN_REASON_NAMES().has(field.own.join(' ')) && !hasQualifier(written.context) ? exitReasonNotClean(v) : undefined;
    if (reason !== undefined) return { code: 'contradiction', pointer: field.pointer, says: `${reason} (the reason given for how the process ended)`, actual: (v as string).slice(0, 500) };
    if (hasQualifier([...written.context, ...written.own])) continue;
    const platform = depth === 0 ? platformStateFailed(field, fields) : undefined;
    if (platform !== undefined) return platform;
    // A platform's state of a process that ended (Kubernetes' `state: {terminated: {exitCode: 137}}`, Tekton's step
    // `terminated: {exitCode: 1}`) holds how it ended one level down: read as beside the status (red team xe, session 40).
    if (depth === 0 && isRecord(v) && field.own.length === 1 && field.own[0] === 'terminated') {
      const inner = processFailed(Object.entries(v).slice(0, 64).map(([k, each]) => ({ pointer: `${field.pointer}/${encodePointerSegment(k)}`, own: readWords(k), context: [...field.context, 'terminated'], written: { own: nameWords(k), context: [...written.context, ...written.own] }, value: each })), depth + 1) ?? terminationReasonNotClean(v, field.pointer);
      if (inner !== undefined) return inner;
      continue;
    }
    const exit = namedAs(field.own, EXIT_NAMES) || PLATFORM_EXIT_NAMES.has(field.own.join(' ')) || childStatus(field, fields) || exitObjectNamingItsCode(field);
    const signal = namedAs(field.own, SIGNAL_NAMES);
    // As for a failure count: no process writes how it ended with control characters, bidi controls or markup in it
    // (`"none\u001b"`, `"0\u0000"`, `"<b>0</b>"`): what it shows is not what it says, so it never reads as ended well.
    if ((exit || signal || badEndFlagName(field.own)) && typeof v === 'string' && DISGUISED_TEXT.test(v)) {
      return { code: 'contradiction', pointer: field.pointer, says: `is ${JSON.stringify(v)}, how the process ended written with control characters, format characters or markup: never read as ended well`, actual: v };
    }
    if (exit) {
      const says = exitCodeNotClean(v);
      if (says !== undefined) return { code: 'contradiction', pointer: field.pointer, says, actual: jsonSafeValue(v) };
    }
    if (signal && ((typeof v === 'number' && v > 0) || (typeof v === 'string' && !isBlank(v) && !NO_SIGNAL.test(removeInvisible(v).trim())))) {
      return { code: 'contradiction', pointer: field.pointer, says: `names the signal ${JSON.stringify(v)} that killed the process`, actual: v };
    }
    if (flagSet(v, field.own) && badEndFlagName(field.own)) {
      return { code: 'contradiction', pointer: field.pointer, says: 'is true: the run did not end by itself', actual: v };
    }
  }
  return undefined;
}

/**
 * Names of a process's reason for how it ended, beside the pass or in an object beside it (`exit_reason: OOMKilled`,
 * `termination_reason`, `exit_message`): read as an exit code's reason in its object is (`exit_code: {code: 0, reason:
 * OOMKilled}`), a clean exit's words only (red team xa, session 41). A bare `reason` or `message` is anything's.
 */
const EXIT_OWN_REASON_NAMES = lazy((): ReadonlySet<string> => new Set(['exit reason', 'termination reason', 'exit message', 'exit description', 'exit detail', 'exit details', 'termination message']));
/**
 * Whether an object under the bare name `exit` is an exit told as an object (`exit: {code: 0, reason: OOMKilled}`, `exit:
 * {status: 1}`), read as one under `exit_code` is: only when it names its code or signal (`exit: {criteria: …}` is a
 * release's exit criteria, no process's end).
 */
function exitObjectNamingItsCode(field: Field): boolean {
  if (!isRecord(field.value) || field.own.length !== 1 || field.own[0] !== 'exit') return false;
  return Object.keys(field.value).some((k) => namedAs(readWords(k), EXIT_MEMBER_NAMES()) || namedAs(readWords(k), EXIT_NAMES) || namedAs(readWords(k), SIGNAL_NAMES));
}

/**
 * How a platform's state of a process says it never ran to its end or ended badly, where no exit code says it (red team
 * xp, session 40): a container's `state: {waiting: …}` (still waiting, as in `CrashLoopBackOff` or `ImagePullBackOff`),
 * and a pod's own status as kubectl writes it (`phase: Failed` or `Unknown`, and the states of the containers it lists).
 * A `terminated` state's reason is read beside its exit code ({@link terminationReasonNotClean}).
 */
function platformStateFailed(field: Field, fields: readonly Field[]): Finding | undefined {
  const v = field.value;
  const name = field.own.join(' ');
  if (isRecord(v) && name === 'waiting' && field.context.join(' ') === 'state') return stillWaiting(v, field.pointer);
  if (isRecord(v) && podStatus(v)) return podStatusFailed(v, field.pointer);
  // A run's phase that says it failed: a bare `phase: Failed` or `phase: Error` beside the pass or in an object beside it,
  // or a run's status object's (Argo Workflows' `workflow: {status: {phase: Failed}}`). A phase's name (`build`, `2`) is none.
  if (name === 'phase' && typeof v === 'string' && RUN_FAILED_PHASES.has(outcomeWord(v))) return runPhaseFailed(v, field.pointer);
  if (isRecord(v) && name === 'status' && typeof v.phase === 'string' && RUN_FAILED_PHASES.has(outcomeWord(v.phase))) return runPhaseFailed(v.phase, `${field.pointer}/phase`);
  // A platform's conditions of a run, beside the pass or in the status object of a Job, a TaskRun or a PipelineRun.
  if (Array.isArray(v) && name === 'conditions') return conditionFailed(v, field.pointer);
  if (isRecord(v) && Array.isArray(v.conditions)) return conditionFailed(v.conditions, `${field.pointer}/conditions`);
  const parent = field.pointer.slice(0, field.pointer.lastIndexOf('/'));
  // A workflow's phase that says it has not ended, beside the pass among members only a workflow's status holds
  // (`{status: pass, phase: Running, startedAt, nodes: {…}}`), as {@link workflowNotEnded} reads one in an object beside it.
  if (name === 'phase' && field.context.length === 0 && typeof v === 'string' && RUN_NOT_ENDED_PHASES.has(outcomeWord(v)) && fields.some((f) => f.context.length === 0 && WORKFLOW_STATUS_MEMBERS.has(f.own.join(' ')))) return workflowPhaseNotEnded(v, field.pointer);
  // A pod's phase beside the pass, in the pod's own status object (`{status: pass, phase: Failed, containerStatuses: […]}`).
  if (name === 'phase' && typeof v === 'string' && POD_FAILED_PHASES.has(outcomeWord(v))) {
    if (fields.some((f) => f.pointer.slice(0, f.pointer.lastIndexOf('/')) === parent && POD_STATUS_MEMBERS.has(f.own.join(' ')))) return podPhaseFailed(v, field.pointer);
  }
  return undefined;
}
/**
 * A `terminated` state's reason that is no clean exit's, read as an exit code's reason is: Kubernetes' and Tekton's
 * `OOMKilled`, `Error`, `DeadlineExceeded` beside `exitCode: 0` (red team xp, session 40). `Completed`, or none, is clean.
 */
function terminationReasonNotClean(state: Record<string, unknown>, at: string): Finding | undefined {
  for (const [key, each] of Object.entries(state)) {
    if (typeof each !== 'string' || readWords(key).join(' ') !== 'reason') continue;
    const says = exitTextNotClean(each);
    if (says !== undefined) return { code: 'contradiction', pointer: `${at}/${encodePointerSegment(key)}`, says: `${says} (the reason the platform gives for how the process ended)`, actual: each.slice(0, 500) };
  }
  return undefined;
}
/** A container still waiting (`state: {waiting: {reason: CrashLoopBackOff}}`): whatever the reason, it has not run to its end. */
function stillWaiting(state: Record<string, unknown>, at: string): Finding {
  const reason = typeof state.reason === 'string' && !isBlank(state.reason) ? state.reason : undefined;
  return reason === undefined
    ? { code: 'contradiction', pointer: at, says: 'is the state of a container still waiting to run: its process never ran to its end', actual: jsonSafeValue(state) }
    : { code: 'contradiction', pointer: `${at}/reason`, says: `is ${JSON.stringify(reason.slice(0, 120))}, the reason a container is still waiting to run: its process never ran to its end`, actual: reason.slice(0, 500) };
}
/**
 * A container's state as an entry of a list keeps it (`containerStatuses: [{name, state: {waiting: {reason:
 * CrashLoopBackOff}}}]`): its `terminated` and `waiting` members, read as beside the status ({@link platformStateFailed}).
 */
function containerStateOf(entry: Record<string, unknown>, at: string): Field[] {
  const state = entry.state;
  if (!isRecord(state)) return [];
  return Object.entries(state)
    .filter(([k, v]) => isRecord(v) && CONTAINER_STATES.has(k))
    .map(([k, v]) => ({ pointer: `${at}/state/${encodePointerSegment(k)}`, own: [k], context: ['state'], written: { own: [k], context: ['state'] }, value: v }));
}
const CONTAINER_STATES: ReadonlySet<string> = new Set(['terminated', 'waiting']);
/**
 * A condition a platform sets on a run that says it failed, in the shape Kubernetes writes (`{type, status: "True" |
 * "False" | "Unknown", reason}`): a Job's `{type: Failed, status: "True"}` (`BackoffLimitExceeded`), a Tekton or Knative
 * run's `{type: Succeeded, status: "False"}` (failed) or `"Unknown"` (still running: no end to pass). Other conditions
 * (`Ready`, `PodScheduled`, `Complete`) say how far a thing got, not how a run ended (helper ps, session 41).
 */
function conditionFailed(conditions: readonly unknown[], at: string): Finding | undefined {
  for (const [i, condition] of conditions.slice(0, MAX_CONTAINERS_READ).entries()) {
    if (!isRecord(condition) || typeof condition.type !== 'string' || typeof condition.status !== 'string') continue;
    const type = outcomeWord(condition.type);
    const status = outcomeWord(condition.status);
    const failed = (FAILED_CONDITION_TYPES.has(type) && status === 'true') || (type === 'succeeded' && (status === 'false' || status === 'unknown'));
    if (failed) return { code: 'contradiction', pointer: `${at}/${i}/status`, says: `is ${JSON.stringify(condition.status)} for the condition ${JSON.stringify(condition.type)}${typeof condition.reason === 'string' ? ` (${JSON.stringify(condition.reason.slice(0, 120))})` : ''}: the platform says the run failed or has not ended`, actual: condition.status };
  }
  return undefined;
}
/** Whether an object is a Kubernetes pod's status: a `phase` beside a member only a pod's status holds (`containerStatuses`, `podIP`). */
const podStatus = (v: Record<string, unknown>): boolean => typeof v.phase === 'string' && Object.keys(v).some((k) => POD_STATUS_MEMBERS.has(readWords(k).join(' ')));
const runPhaseFailed = (phase: string, at: string): Finding => ({ code: 'contradiction', pointer: at, says: `is ${JSON.stringify(phase.slice(0, 120))}, the phase of a run that failed`, actual: phase.slice(0, 500) });
const podPhaseFailed = (phase: string, at: string): Finding => ({ code: 'contradiction', pointer: at, says: `is ${JSON.stringify(phase.slice(0, 120))}, the phase of a pod that did not end well or whose end is unknown`, actual: phase.slice(0, 500) });
/**
 * A pod's status that says it did not end well: its phase (`Failed`, `Unknown`), or the state of a container it lists
 * (`containerStatuses`, `initContainerStatuses`), read as a container's state beside the status is. A container's
 * `lastState` is an earlier run of it, restarted since.
 */
function podStatusFailed(status: Record<string, unknown>, at: string): Finding | undefined {
  const phase = status.phase as string;
  if (POD_FAILED_PHASES.has(outcomeWord(phase))) return podPhaseFailed(phase, `${at}/phase`);
  for (const [key, list] of Object.entries(status)) {
    if (!Array.isArray(list) || !CONTAINER_STATUS_LISTS.has(readWords(key).join(' '))) continue;
    for (const [i, container] of list.slice(0, MAX_CONTAINERS_READ).entries()) {
      if (!isRecord(container) || !isRecord(container.state)) continue;
      const here = `${at}/${encodePointerSegment(key)}/${i}/state`;
      const found = processFailed(Object.entries(container.state).map(([k, each]) => ({ pointer: `${here}/${encodePointerSegment(k)}`, own: readWords(k), context: ['state'], written: { own: nameWords(k), context: ['state'] }, value: each })));
      if (found !== undefined) return found;
    }
    if (list.length > MAX_CONTAINERS_READ) return { code: 'unreadable', pointer: `${at}/${encodePointerSegment(key)}`, says: `lists more than ${MAX_CONTAINERS_READ} containers, too many to read for one that ended badly`, actual: list.length };
  }
  return undefined;
}
/** How many containers of a pod's status are read (a pod runs a few; Kubernetes allows no more than a few hundred). */
const MAX_CONTAINERS_READ = 1000;

/**
 * What keeps an exit code's value from reading as a clean exit, or undefined when it reads as exactly 0 or tells nothing
 * (null, blank, a placeholder such as `n/a`, a word of success such as `success` or `zero`). A number other than 0 (a
 * fraction, one below zero, one past 255) is a failure; so is `true` (a flag where a code belongs), a text that reads as
 * another code or as no number, a word of failure or a signal's name (`"failed"`, `"SIGKILL"`), and letters drawn as
 * digits (`"O"`, a Cyrillic `"О"`, `"l"`: red team xf). A list of codes (`[0, 1]`) is as clean as its worst member, and
 * an object is read for the members that name its code or signal (`{code: 1}`, `{status: 1}`, Node's `{code: null,
 * signal: "SIGTERM"}`): a code given in another type tells what its codes tell (red team xf, session 39).
 */
function exitCodeNotClean(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'number') return v === 0 ? undefined : `is the exit code ${String(v)}: the process failed`;
  if (v === true) return 'is true, a flag set where an exit code belongs: never read as a clean exit';
  if (typeof v === 'string') return exitTextNotClean(v);
  // Codes nested deeper than are read (`[[[[1]]]]`, `{value: {value: {value: {code: 1}}}}`) are no proof of a clean exit:
  // fail closed rather than pass what was not read (red team xe, session 40). Every member of a list or an object is read.
  if (depth >= MAX_EXIT_CODE_DEPTH) return (Array.isArray(v) ? v.length > 0 : isRecord(v) && Object.keys(v).length > 0) ? 'holds codes nested deeper than are read: never read as a clean exit' : undefined;
  if (Array.isArray(v)) {
    for (const each of v) {
      const inner = exitCodeNotClean(each, depth + 1);
      if (inner !== undefined) return `lists the exit codes ${JSON.stringify(jsonSafeList(v))}, one of which ${inner}`;
    }
    return undefined;
  }
  if (!isRecord(v)) return undefined;
  for (const [key, each] of Object.entries(v)) {
    const own = readWords(key);
    if (EXIT_REASON_NAMES().has(own.join(' ')) && typeof each === 'string') {
      // A code's reason or message tells how it ended as its code does (`{code: 0, reason: "OOMKilled"}`): read as a code
      // written in words is, a clean exit's words only (red team xe, session 40). `reason` qualifies a setting elsewhere.
      const inner = exitReasonNotClean(each);
      if (inner !== undefined) return `holds ${JSON.stringify(key)}: ${JSON.stringify(each.slice(0, 120))}, an exit code's reason that ${inner}`;
      continue;
    }
    if (hasQualifier(nameWords(key))) continue;
    if (namedAs(own, EXIT_MEMBER_NAMES()) || namedAs(own, EXIT_NAMES)) {
      const inner = exitCodeNotClean(each, depth + 1);
      if (inner !== undefined) return `holds ${JSON.stringify(key)}: ${JSON.stringify(jsonSafeValue(each))}, an exit code given as an object whose code ${inner}`;
    } else if (namedAs(own, SIGNAL_NAMES) && signalNamed(each)) {
      return `holds ${JSON.stringify(key)}: ${JSON.stringify(jsonSafeValue(each))}, the signal that killed the process`;
    }
  }
  return mapOfCodesNotClean(v, depth);
}
/** Members of an exit code object that tell why it ended (`reason`, `message`), read as a code in words. */
const EXIT_REASON_NAMES = lazy((): ReadonlySet<string> => new Set(['reason', 'message', 'msg', 'detail', 'details', 'description', 'exit reason', 'termination reason']));
/**
 * Exit codes by the name of the step that returned them (`exit_code: {unit: 0, e2e: 1}`, `exitCodes: {lint: 0, e2e:
 * 137}`), each a code, a list of its tries or an object (`{unit: [0], e2e: [1, 0]}`, `{e2e: {code: 1}}`): as clean as
 * its worst code (helper ex, session 40). A step may be named like a schema's keyword or a qualifier (`format`, `type`,
 * `default`, `title`); only an object that is wholly a schema of a code (`{type: "integer", minimum: 0, maximum: 255}`)
 * is none, and a qualified member (`expected: 0`) is set aside, not the map. Members beside the codes that tell of the run
 * (`note`, `runner`, `at`, `pid`) or tell nothing (`docs: null`) are no code, and never hide another (helper ec, session
 * 41: red team xp). An object that names its own code (`{code: 0, pid: 4242}`) describes one exit: its other members are
 * read as codes only when each is one.
 */
function mapOfCodesNotClean(v: Record<string, unknown>, depth: number): string | undefined {
  const entries = Object.entries(v);
  if (entries.length === 0 || schemaOfACode(entries)) return undefined;
  const codes = entries.filter(([key, each]) => !memberBesideTheCodes(key, each));
  const oneExit = entries.some(([key]) => namedAs(readWords(key), EXIT_MEMBER_NAMES()) || namedAs(readWords(key), EXIT_NAMES) || namedAs(readWords(key), SIGNAL_NAMES));
  if (oneExit && !codes.every(([, each]) => typeof each === 'number' || (typeof each === 'string' && exitCodeInText(each) !== undefined))) return undefined;
  // Keyed by the code itself, it counts how many ended so (`exit_codes: {"0": 118, "1": 2}`) or lists the steps that did
  // (`{"0": [unit, lint], "1": [e2e]}`): a code other than 0 that any ended with is a failure; a count of none or an empty
  // list under one is not, and a text under one is a legend of what the code means (`{"1": "tests failed"}`).
  if (codes.length > 0 && codes.every(([key]) => /^-?\d{1,10}$/u.test(key))) {
    const bad = codes.find(([key, each]) => Number(key) !== 0 && someEndedWithTheCode(each));
    return bad === undefined ? undefined : `${Array.isArray(bad[1]) ? 'lists' : 'counts'} ${JSON.stringify(jsonSafeValue(bad[1]))} ${Array.isArray(bad[1]) ? 'steps' : 'processes'} that ended with the exit code ${bad[0]}`;
  }
  for (const [key, each] of entries) {
    if (memberBesideTheCodes(key, each)) {
      if (typeof each === 'string' && EXIT_MAP_NOTES().has(readWords(key).join(' ')) && (failureToldAfterNone(each) || noteNamesACodeNotClean(each))) return `holds ${JSON.stringify(key)}: ${JSON.stringify(each.slice(0, 120))}, a note beside exit codes that tells a failure`;
      continue;
    }
    const inner = exitCodeNotClean(each, depth + 1);
    if (inner !== undefined) return `holds ${JSON.stringify(key)}: ${JSON.stringify(jsonSafeValue(each))}, the exit code of a step by its name, which ${inner}`;
  }
  return undefined;
}
/**
 * Whether a member of a map of exit codes is none of its codes: qualified, the object's own code, signal or reason in text
 * (read apart), or a note of the run. A note that is text by nature (`note`, `runner`, `name`, `host`, `log`) holding
 * anything but text (`note: 137`, `runner: 1`) is a code under that name, never set aside (red team xa, session 41).
 */
function memberBesideTheCodes(key: string, each: unknown): boolean {
  const own = readWords(key);
  const note = EXIT_MAP_NOTES().has(own.join(' ')) && (!EXIT_MAP_TEXT_NOTES().has(own.join(' ')) || typeof each === 'string' || each === null || (Array.isArray(each) && each.every((e) => typeof e === 'string')));
  return hasQualifier(nameWords(key)) || (EXIT_REASON_NAMES().has(own.join(' ')) && typeof each === 'string') || note || PROCESS_LEFTOVERS.has(own.join(' ')) ||
    namedAs(own, EXIT_MEMBER_NAMES()) || namedAs(own, EXIT_NAMES) || namedAs(own, SIGNAL_NAMES);
}
const EXIT_MAP_NOTES = lazy((): ReadonlySet<string> => new Set(EXIT_MAP_NOTE_NAMES));
/** The notes of a map of exit codes that are text by nature: a number under one is a step's code (`note`, `runner`, `log`). */
const EXIT_MAP_TEXT_NOTES = lazy((): ReadonlySet<string> => new Set(EXIT_MAP_TEXT_NOTE_NAMES));
/** Whether a note beside exit codes names a code other than 0 (`e2e exited 1`, `exit code 137 on retry`). */
const noteNamesACodeNotClean = (note: string): boolean =>
  note.length <= MAX_CLEAN_EXIT_REMARK && [...note.matchAll(EXIT_CODE_NAMED_IN_TEXT)].some((m) => (m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2])) !== 0);
/** Whether what a table keyed by exit code holds under a code says some process ended with it: a count, a step's code as text, steps listed. */
const someEndedWithTheCode = (each: unknown): boolean =>
  typeof each === 'number' ? each !== 0 : typeof each === 'string' ? (numberInText(each) ?? 0) !== 0 : Array.isArray(each) ? each.length > 0 : each === true || (isRecord(each) && Object.keys(each).length > 0);
/**
 * Whether an object is wholly a JSON Schema of a code (`{type: "integer", minimum: 0, maximum: 255}`, `{enum: [0, 2]}`):
 * each member a schema keyword holding what that keyword holds, and one at least that only a schema has. `{type: 2}`,
 * `{build: 0, format: 1}`, `{default: 1}` are steps named so.
 */
function schemaOfACode(entries: readonly (readonly [string, unknown])[]): boolean {
  // A keyword's text is never a code (`{format: "1"}` is a step named format that exited 1).
  const text = (each: unknown): boolean => typeof each === 'string' && exitCodeInText(each) === undefined;
  const typeName = (each: unknown): boolean => (Array.isArray(each) ? each.length > 0 && each.every((t) => JSON_SCHEMA_TYPES().has(String(t))) : JSON_SCHEMA_TYPES().has(String(each)));
  const fits = ([key, each]: readonly [string, unknown]): boolean =>
    key === 'type' ? typeName(each) : SCHEMA_TEXT_KEYWORDS().has(key) ? text(each) : SCHEMA_BOUND_KEYWORDS().has(key) ? typeof each === 'number' : SCHEMA_LIST_KEYWORDS().has(key) ? Array.isArray(each) || isRecord(each) : key === 'const' || key === 'default' || (key === 'nullable' && typeof each === 'boolean');
  // One member at least only a schema has: a type, a bound, a list of values, a reference (not a title or a default alone).
  return entries.every(fits) && entries.some(([key]) => key === 'type' || SCHEMA_BOUND_KEYWORDS().has(key) || SCHEMA_LIST_KEYWORDS().has(key) || key === '$ref');
}
const JSON_SCHEMA_TYPES = lazy((): ReadonlySet<string> => new Set(['integer', 'number', 'string', 'boolean', 'null', 'object', 'array']));
const SCHEMA_TEXT_KEYWORDS = lazy((): ReadonlySet<string> => new Set(['format', 'title', 'description', '$ref', '$id', '$schema', 'pattern']));
const SCHEMA_BOUND_KEYWORDS = lazy((): ReadonlySet<string> => new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'min', 'max']));
const SCHEMA_LIST_KEYWORDS = lazy((): ReadonlySet<string> => new Set(['enum', 'examples', 'oneOf', 'anyOf', 'allOf', 'not', 'items']));
/** How deep a list or object given as an exit code is read (`[[0, 1]]`, `[{code: 1}]`); deeper is never clean. */
const MAX_EXIT_CODE_DEPTH = 3;
/** The names an object given as an exit code holds its code under (`exit_code: {code: 1}`, `{status: 1}`, `{value: 1}`). */
const EXIT_MEMBER_NAMES = lazy((): ReadonlySet<string> => new Set(['code', 'status', 'value', 'exit', 'number']));
/** A value of a member naming a signal that says one killed the process (`"SIGKILL"`, `9`), as beside the status. */
const signalNamed = (v: unknown): boolean => (typeof v === 'number' && v > 0) || (typeof v === 'string' && !isBlank(v) && !NO_SIGNAL.test(removeInvisible(v).trim()));
/** A value shown in a finding: a list or an object cut to its first members, a text to its first characters. */
const jsonSafeValue = (v: unknown): unknown => (Array.isArray(v) ? jsonSafeList(v) : isRecord(v) ? Object.fromEntries(Object.entries(v).slice(0, 5)) : v);

/** What keeps an exit code written as text from reading as a clean exit ({@link exitCodeNotClean}). */
function exitTextNotClean(v: string): string | undefined {
  if (DISGUISED_TEXT.test(v)) return `is ${JSON.stringify(v.slice(0, 120))}, an exit code written with control characters, format characters or markup: never read as a clean exit`;
  const code = exitCodeInText(v);
  if (code !== undefined) return code === 0 ? undefined : `is the exit code ${JSON.stringify(v.trim().slice(0, 120))}: the process failed`;
  // As for a failure count, only what reads as a clean exit may stand beside a pass: digits that read as no number
  // (`"0q00"`, `"0x1g"`), or a clean code with a remark telling of a failure (`"0 (pid 4242; tests failed)"`), are no
  // proof the process ended well (fuzz campaign and red team xf, session 39).
  if (/\d/u.test(asciiDigits(v)) && placeholderReason(v) === undefined) {
    return `is ${JSON.stringify(v.trim().slice(0, 120))}, an exit code written as text that reads as no number, or as a clean code beside words that are no clean exit's: never read as a clean exit`;
  }
  if (isBlank(v)) return undefined;
  if (v.length > MAX_EXIT_WORDS_TEXT) return `is a text of ${v.length} characters where an exit code belongs: never read as a clean exit`;
  // No digit: a word. Letters drawn as digits (`O`, `o`, a Cyrillic or Greek `О`, a full-width `Ｏ`, `l`, `I`) are what a
  // zero or a one looks like, never a clean exit's word; a signal's name or a word of failure tells how it ended.
  const drawn = caselessVisibleForm(v).trim();
  if (LETTERS_DRAWN_AS_DIGITS.test(drawn)) return `is ${JSON.stringify(v.trim())}, an exit code written in letters drawn as digits: never read as a clean exit`;
  if (SIGNAL_NAME_TEXT.test(drawn) || failureToldAfterNone(v) || failureWordOutsideANone(v, EXIT_FAILURE_WORDS())) return `is ${JSON.stringify(v.trim().slice(0, 120))}, an exit code told in words of failure: the process did not end well`;
  // Any other words are read against the few a clean exit is told in, not against a list of failures: `not zero`, `zero,
  // then one`, systemd's `SEGV` and `KILL` without SIG, `ERR` tell no clean exit in words no list of failures holds all
  // of (red team xe, session 40). A placeholder (`n/a`, `null`, `none`, `-`) tells no code at all, as a blank does.
  if (placeholderReason(v) !== undefined || cleanExitInWords(drawn)) return undefined;
  return `is ${JSON.stringify(v.trim().slice(0, 120))}, an exit code told in words that are no clean exit's: never read as a clean exit`;
}
/**
 * Whether a text without digits tells a clean exit in words: each is a clean exit's (`success`, `ok`, `zero`, `Completed`,
 * `exited normally`, Jenkins' `SUCCESS`, GitLab's `Job succeeded`, Windows' `ERROR_SUCCESS`), one at least says it ended
 * well, and `no` stands only before the failures it counts as none.
 */
function cleanExitInWords(drawn: string): boolean {
  const words = withCleanExitNamesAsSuccess(drawn).match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.length > 0 && words.every(cleanExitWord) && words.some((w) => CLEAN_EXIT_WORDS().has(w) || PASSED_WORDS.has(w) || CLEAN_EXIT_OTHER_WORDS().has(w)) && noneOnlyBeforeFailures(words);
}
/** Words that say alone a process ended well, in the languages a report is written in (`success`, `zero`, `erfolgreich`). */
const CLEAN_EXIT_WORDS = lazy((): ReadonlySet<string> => new Set([
  'success', 'successful', 'successfully', 'succeeded', 'succeed', 'ok', 'okay', 'zero', 'clean', 'cleanly', 'normal', 'normally', 'passed', 'pass',
  'good', 'fine', 'completed', 'complete', 'finished', 'done', ...PASSED_WORDS,
  'erfolg', 'erfolgreich', 'réussi', 'succès', 'éxito', 'exitoso', 'sucesso', 'successo', 'null', 'nul', 'cero', 'zéro',
]));
/** The longest text without digits read for words of an exit code: a code is a word or a short sentence. */
const MAX_EXIT_WORDS_TEXT = 200;
/** Words of how a process ended badly that a failure's vocabulary need not hold (`"segfault"`, `"error"`, `"OOMKilled"`, `"panic"`). */
const EXIT_FAILURE_WORDS = lazy((): ReadonlySet<string> => new Set([...BAD_END_FLAGS, 'error', 'errors', 'fatal', 'panic', 'fail', 'failure', 'failed', 'abnormal', 'abnormally', 'dumped', 'signaled', 'signalled', 'exception', 'sigsegv', 'segmentation']));
const LETTERS_DRAWN_AS_DIGITS = /^[oli|]{1,10}$/u;
/** A signal's name as a process's end prints it (`SIGKILL`, `SIGSEGV`, `signal 9` is read as a code with digits). */
const SIGNAL_NAME_TEXT = /(?<![\p{L}\p{N}])sig(?:kill|term|segv|abrt|bus|fpe|ill|int|quit|pipe|alrm|hup|usr1|usr2|xcpu|xfsz|sys|trap|stop|tstp)(?![\p{L}\p{N}])/u;

/**
 * The exit code a text shows a reader: digits as drawn (full width, other scripts, `0х1` with a Cyrillic х), in hex as
 * Windows tools print it (`0xC0000005`, `0x1`), after a word that names it (`exit 1`, `exited with code 3`, `rc=2`), or
 * in words (`"one"`, `"eins"`: some code above zero). Undefined when it reads as no number.
 */
function exitCodeInText(v: string): number | undefined {
  const shown = (PLAIN.test(v) ? v : visibleForm(asciiDigits(v))).trim();
  const hex = /^0x([0-9a-f]{1,8})$/i.exec(shown);
  if (hex !== null) return Number.parseInt(hex[1] as string, 16);
  const worded = codeAfterCleanExitWords(shown);
  if (worded !== undefined) return worded;
  // A clean code with a remark after a dash, a colon, a slash or a space, as tools print one (`0 - success`, `0: OK`,
  // `0/SUCCESS`, `0 after 12.3s`), or in hex with one in brackets (Windows' `0x00000000 (ERROR_SUCCESS)`): read as a
  // remark in brackets is, only the words of a clean exit's remark (false failures, red team xe, session 40).
  const led = CLEAN_CODE_THEN_REMARK.exec(shown);
  if (led !== null) return cleanRemark((led[1] ?? led[2] ?? '').replace(PROCESS_REFERENCE_IN_REMARK, '$1 ')) ? 0 : undefined;
  // A code with a remark (`0 (ok)`, `1 (tests failed)`) is the code it leads with, as a count with one is.
  // A remark's number that names the process or its tries (`0 (pid 4242)`, `0 (after 2 retries)`, `0 (attempt 3)`) is no
  // code and no failure count: read without it, as a remark's reference is.
  const remarked = shown.replace(PROCESS_REFERENCE_IN_REMARK, '$1 ');
  const zeroLed = numberInText(shown) === undefined ? remarkOfAZero(remarked) : undefined;
  if (zeroLed !== undefined) return cleanRemark(zeroLed) ? 0 : undefined;
  const read = numberInText(shown) ?? countBesideRemark(remarked) ?? (spellsSomeInWords(v) ? 1 : NONZERO_WORDS.test(shown) ? 1 : undefined);
  // A clean code's remark says what a clean exit's says (`0 (ok)`, `0 (pid 4242)`, `0 (after 2 retries)`), or the code
  // reads as no clean one: `0 (pid 4242; tests failed)`, `0 (attempt 3 failed)`, `0x0 (tests failed)` tell a failure in
  // words no count holds, once the process's own numbers are set aside (red team xf, session 39).
  if (read === 0 && numberInText(shown) === undefined) return cleanRemark(numberWithRemark(remarked)?.remark) ? 0 : undefined;
  if (read !== undefined) return read;
  // A sentence that names its code (GitHub Actions' `Process completed with exit code 1.`, `Process finished with exit code
  // 0`, docker's `Exited (0) 5 seconds ago`, `exit(0)`, `ERRORLEVEL 0`, `$? = 0`, `exited 0 after 3.2s`) is the codes it
  // names, the first not zero among them: a sound report written in words is read, and a second code (`exit code 0, then exit
  // code 1`) is never hidden by the first. A named code that reads as no number (`exit code 0q00`) names none here.
  // The rest of the sentence may say only when or how long (`5 seconds ago`, `in 3.2s`): another number (`exit code 0, 2
  // failed`) or a word of failure leaves the text read as no number, never as the clean exit it names.
  const codes = [...shown.matchAll(EXIT_CODE_NAMED_IN_TEXT)].map((m) => (m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2])));
  if (codes.length === 0) return undefined;
  const rest = withoutWhatACleanExitTells(shown.replace(EXIT_CODE_NAMED_IN_TEXT, ' '));
  // The words beside a clean code are read against the few a clean exit's sentence is written in, not against a list of
  // failures: `exit code 0 with errors`, `exited 0; segmentation fault`, `Exited (0) 3 hours ago; OOMKilled` tell a failure
  // in words no list holds all of (red team xz).
  // A clean exit's remark words may stand in its sentence too (`exit code 0 (success)`, systemd's `code=exited,
  // status=0/SUCCESS`), with `no` only before the failures it counts as none (red team xe, session 40).
  const sentenceWords = rest.toLowerCase().match(/[\p{L}\p{M}$?]+/gu) ?? [];
  const plain = sentenceWords.every(cleanExitWord) && noneOnlyBeforeFailures(sentenceWords);
  // A code below zero (Windows' `-1073741819`, a signal's `-9`) is a failure too: the code read is the first that is not
  // zero, so a negative one is never hidden behind a clean one by taking the largest (red team xz).
  const worst = codes.find((c) => c !== 0) ?? 0;
  return worst !== 0 || (!/\d/u.test(rest) && plain && !failureWordOutsideANone(rest, FAILURE_TOLD())) ? worst : undefined;
}
/** A clean code (`0`, `0x00000000`) with a remark after it outside brackets, or in hex with one in brackets. */
const CLEAN_CODE_THEN_REMARK = /^(?:0x)?0{1,8}(?:[^\S\n]*[-\u2013\u2014:/][^\S\n]*|[^\S\n]+)(?![(\[{\s])(\S.{0,120})$|^0x0{1,8}[^\S\n]*(\([^()]{1,120}\))$/u;
/** Whether a clean exit code's remark holds only the words a clean exit's remark is written in, when, how long, and no failure. */
function cleanRemark(remark: string | undefined): boolean {
  if (remark === undefined) return true;
  // The code repeated in hex as Windows prints it (`0 (0x0)`) and a count of none (`0 (0 errors)`) tell a clean exit too.
  // Windows names its clean exit `ERROR_SUCCESS`: one word, not an error beside a success.
  const rest = withoutWhatACleanExitTells(remark);
  const words = rest.toLowerCase().match(/[\p{L}\p{M}$?]+/gu) ?? [];
  return !/\d/u.test(rest) && words.every(cleanExitWord) && noneOnlyBeforeFailures(words) && !failureToldAfterNone(rest);
}
/**
 * Whether a remark's `no` stands only before the failures it counts as none (`no errors`, `no failures`) and those only
 * after it: `0 (errors)`, `0 (first run: errors)` tell errors, and `0 (no good)`, `0 (no success)` turn a clean word
 * (red team xe, session 40).
 */
function noneOnlyBeforeFailures(words: readonly string[]): boolean {
  return words.every((w, i) => (w === 'no' ? NONE_COUNTED().has(words[i + 1] ?? '') || EXIT_WARNINGS().has(words[i + 1] ?? '') : !NONE_COUNTED().has(w) || words[i - 1] === 'no'));
}
const NONE_COUNTED = lazy((): ReadonlySet<string> => new Set(['errors', 'failures']));
const CLEAN_NUMBERS_IN_REMARK = /(?<![\p{L}\p{N}_.,])(?:0x0{1,8}|0[^\S\n]+(?:errors|failures|failed))(?![\p{L}\p{N}_]|[.,]\d)/giu;
/** Words a clean exit code's remark adds to those of a clean exit's sentence (`0 (success)`, `0 (passed)`, `0 (clean)`). */
const CLEAN_EXIT_REMARK_WORDS = lazy((): ReadonlySet<string> => new Set(['success', 'successful', 'succeeded', 'passed', 'pass', 'clean', 'normal', 'okay', 'good', 'fine', 'termination', 'build', 'pid', 'attempt', 'try', 'run', 'retries', 'retry', 'attempts', 'tries', 'reruns', 'first', 'no', 'errors', 'failures']));
/** The words a sentence telling a clean exit is written in (GitHub Actions', IntelliJ's, docker's, a shell's). */
const CLEAN_EXIT_SENTENCE_WORDS: ReadonlySet<string> = new Set(['process', 'completed', 'finished', 'ended', 'done', 'with', 'code', 'status', 'value', 'exit', 'exited', 'return', 'returned', 'the', 'command', 'script', 'step', 'job', 'task', 'container', 'ago', 'after', 'in', 'at', 'took', 'successfully', 'normally', 'cleanly', 'ok', 'about', 'an', 'a', 'less', 'than', 'second', 'minute', 'hour', 'day', 'week']);
const EXIT_CODE_NAMED_IN_TEXT = /(?<![\p{L}\p{N}_])(?:exit_?(?:code|status)|return_?code|exit(?:ed)?|return(?:ed)?|rc|status|code|errorlevel|\$\?|\$lastexitcode)(?:[^\S\n]+(?:with|code|status|value|successfully|normally|cleanly))*[^\S\n]*[:=(]?[^\S\n]*(?:0x([0-9a-f]{1,8})|(-?\d{1,10}))(?![\p{L}\p{N}_]|[.,]\d)/giu;
// The bracket or comma before a reference is matched and kept (`$1`), not looked behind for: a lookbehind over blanks walked
// back over every run of them at every position, seconds on a code padded with blanks (helper ec, session 41; issue 13).
const PROCESS_REFERENCE_IN_REMARK = /([(\[,;][^\S\n]*)(?:(?:pid|attempt|try|retry|run)[^\S\n]*[#:=]?[^\S\n]*\d{1,10}(?:[^\S\n]*(?:of|\/)[^\S\n]*\d{1,10})?|after[^\S\n]+\d{1,3}[^\S\n]+(?:retries|retry|attempts|tries|reruns))(?![\p{L}\p{N}])/giu;
/** Words that say an exit code was some code other than zero (`non-zero`, `nonzero`). */
const NONZERO_WORDS = /^(?:non[-\s]?zero|ungleich[^\S\n]+null|non[^\S\n]+nul)$/iu;

// How a clean exit's text may tell it beyond a bare code (helper ec, session 41; red team xp's false failures): its word
// first and its code after (`Success (0)`, `EXIT_SUCCESS (0)`), a platform's constant or system message (`NO_ERROR`, `The
// operation completed successfully.`), warnings, a compact duration (`1m 2s`), a count of what passed, another language.
// Each reading still reads the code: a clean word beside another code, or beside a count of failures, is never clean.

/** Whether a word may stand in a clean exit's text: a sentence's, a remark's, a clean exit's in any language, a warning's. */
const cleanExitWord = (w: string): boolean =>
  CLEAN_EXIT_SENTENCE_WORDS.has(w) || CLEAN_EXIT_REMARK_WORDS().has(w) || CLEAN_EXIT_WORDS().has(w) || CLEAN_EXIT_OTHER_WORDS().has(w) || EXIT_WARNINGS().has(w);
const CLEAN_EXIT_OTHER_WORDS = lazy((): ReadonlySet<string> => new Set(CLEAN_EXIT_WORDS_OF_OTHER_LANGUAGES));
const EXIT_WARNINGS = lazy((): ReadonlySet<string> => new Set(EXIT_WARNING_WORDS));

/**
 * The code a clean exit's words lead, as tools and wrappers print one (`Success (0)`, `OK (0)`, Azure's `Succeeded (0)`,
 * `Success: 0`, Windows' `STATUS_SUCCESS (0x00000000)`, `ERROR_SUCCESS (0)`, C's `EXIT_SUCCESS (0)`): the code it shows,
 * whatever the words say (`Success (1)` is 1), or undefined when the words are no clean exit's (`Failed (0)`, `exit 1`
 * is read as a named code is).
 */
function codeAfterCleanExitWords(shown: string): number | undefined {
  if (shown.length > 90 || !/^[\p{L}_]/u.test(shown)) return undefined;
  const m = WORDS_THEN_CODE.exec(shown);
  if (m === null || !cleanExitInWords(caselessVisibleForm(m[1] as string))) return undefined;
  const code = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  if (/^0x[0-9a-f]{1,8}$/iu.test(code)) return Number.parseInt(code.slice(2), 16);
  return /^[-+]?\d{1,10}$/u.test(code) ? Number(code) : undefined;
}
const WORDS_THEN_CODE = /^([\p{L}\p{M}_][\p{L}\p{M}_ '.]{0,60}?)[^\S\n]*(?:[:=\-\u2013\u2014/][^\S\n]*)?(?:\(([^()]{1,12})\)|\[([^[\]]{1,12})\]|(0x[0-9a-f]{1,8}|[-+]?\d{1,10}))$/iu;

/**
 * The remark in brackets after a code of 0 (`0 (2 warnings)`, `zero (ok)`), read as a remark before as a count: a count
 * of warnings or of what passed there is no failure count. Longer than a count's remark, as a system message is.
 */
function remarkOfAZero(remarked: string): string | undefined {
  const m = ZERO_THEN_BRACKETED_REMARK.exec(remarked);
  if (m !== null) return m[1];
  const read = numberWithRemark(remarked);
  return read?.number === 0 ? read.remark : undefined;
}
const ZERO_THEN_BRACKETED_REMARK = /^0{1,8}[^\S\n]*\(([^()]{1,160})\)$/u;
/** A text with a clean exit's constants and its system message read as the word `success` ({@link CLEAN_EXIT_CONSTANTS}). */
function withCleanExitNamesAsSuccess(text: string): string {
  return text.replace(CLEAN_EXIT_NAMES(), ' success ');
}
const CLEAN_EXIT_NAMES = lazy((): RegExp => {
  const message = (m: string): string => escapeRegExp(m).replace(/ /gu, '[^\\S\\n]+').replace(/'/gu, "['\u2019]");
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...CLEAN_EXIT_CONSTANTS.map(escapeRegExp), ...CLEAN_EXIT_SYSTEM_MESSAGES.map(message)].join('|')})(?![\\p{L}\\p{N}_])\\.?`, 'giu');
});

/**
 * A clean exit's remark or sentence without what a clean exit may tell beside its code: its constants and system message
 * (as `success`), when and how long (`at 12:00`, `after 1m 2s`, Go's `1m2.5s`), the code again in hex and counts of none
 * (`0x0`, `0 errors`), counts of warnings (`2 warnings`) and of what passed (`all 3 tests passed`, as `passed`). What is
 * left is read word by word; any number left is no clean exit's.
 */
function withoutWhatACleanExitTells(text: string): string {
  // A clean exit's remark or sentence is short: a longer text is read as before, without the readings a line allows
  // (their lookbehinds would walk back over long runs of blanks: issue 13).
  if (text.length > MAX_CLEAN_EXIT_REMARK) return text.replace(MOMENT_IN_REMARK, ' ').replace(DURATION_IN_REMARK, ' ').replace(CLEAN_NUMBERS_IN_REMARK, ' ');
  return withCleanExitNamesAsSuccess(text)
    .replace(COMPACT_DURATION, ' ')
    .replace(MOMENT_IN_REMARK, ' ')
    .replace(DURATION_IN_REMARK, ' ')
    .replace(CLEAN_NUMBERS_IN_REMARK, ' ')
    .replace(WARNINGS_COUNTED(), ' warnings ')
    .replace(PASSES_COUNTED, (all: string, word: string) => (PASSED_WORDS.has(word.toLowerCase()) ? ' passed ' : all));
}
const MAX_CLEAN_EXIT_REMARK = 240;
/** A duration in units written together (`1m 2s`, `1m2s`, `1h0m0s`, `2m30.5s`), or in minutes after its word (`took 2m`). */
const COMPACT_DURATION = /(?:(?<![\p{L}\p{N}])(?:in|took|after)[^\S\n]+)?(?<![\p{L}\p{N}_.,])(?:\d{1,5}(?:[.,]\d{1,9})?(?:ms|us|µs|ns|h|m|s)[^\S\n]*){2,4}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:in|took|after)[^\S\n]+\d{1,5}m(?![\p{L}\p{N}])/gu;
const WARNINGS_COUNTED = lazy((): RegExp => new RegExp(`(?<![\\p{L}\\p{N}_.,/])\\d{1,6}[^\\S\\n]+(?:(?:compiler|lint|build)[^\\S\\n]+)?(?:${EXIT_WARNING_WORDS.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu'));
/** A count of what passed (`3 passed`, `all 3 tests passed`, `12 tests bestanden`); `3 of 5 passed` and `3/5 passed` are none. */
const PASSES_COUNTED = /(?<![\p{L}\p{N}_.,/])(?<!(?:of|\/)[^\S\n]*)(?:all[^\S\n]+)?\d{1,9}[^\S\n]+(?:(?:tests?|cases?|checks?|specs?|examples?|suites?|files?)[^\S\n]+)?(\p{L}+)(?![\p{L}\p{N}_])/giu;

/**
 * What keeps an exit code object's reason or message from reading as a clean exit: read as an exit code's text is, but for
 * a count of what passed (`{code: 0, message: "All 3 tests passed"}`), which a clean exit's message may hold.
 */
function exitReasonNotClean(text: string): string | undefined {
  const passes = text.length <= MAX_EXIT_WORDS_TEXT && !DISGUISED_TEXT.test(text) && withoutWhatACleanExitTells(text).includes(' passed ');
  return passes && cleanRemark(text) ? undefined : exitTextNotClean(text);
}

/** Flags that say the run stopped before its end, set (`partial: true`) or cleared (`complete: false`). */
const INCOMPLETE_WHEN_TRUE: ReadonlySet<string> = new Set(['partial', 'incomplete', 'truncated', 'aborted', 'interrupted', 'cancelled', 'canceled', 'unfinished', 'killed', 'timedout', 'crashed', 'stopped', 'dry']);
const INCOMPLETE_WHEN_FALSE: ReadonlySet<string> = new Set(['complete', 'completed', 'finished', 'done', 'full']);
/** States of a run that has not reached its end (`run_status: "running"`). */
const UNFINISHED_STATES: ReadonlySet<string> = new Set(['running', 'in_progress', 'in progress', 'queued', 'pending', 'partial', 'incomplete', 'truncated', 'aborted', 'interrupted', 'cancelled', 'canceled', 'timed_out', 'timedout', 'killed']);
/** Names that hold such a state (`run_status`, `state`, `run_state`): not the status being judged. */
const RUN_STATE_NAMES: ReadonlySet<string> = new Set(['run status', 'run state', 'state', 'execution status', 'execution state', 'job status', 'job state', 'phase']);

/**
 * Outcomes that say the run had not finished or never ran, run together as {@link joinedWords} reads them (`In-Progress`,
 * `RUNNING`, `not run`): beside a readiness or another claim, `status: "running"` is the run's own outcome still to come
 * (red team te: a phase-1 matrix saying `status: "in_progress"` beside `ready_for_phase5: true` passed).
 */
const UNFINISHED_OUTCOMES: ReadonlySet<string> = wordSet('UNFINISHED_OUTCOMES', () => [
  'running', 'in_progress', 'queued', 'pending', 'partial', 'incomplete', 'truncated', 'aborted', 'interrupted', 'cancelled', 'canceled',
  'timed_out', 'killed', 'skipped', 'not_run', 'did_not_run', 'never_ran', 'not_executed', 'not_started', 'unfinished',
].map((w) => joinedWords(w)));

/**
 * A status, result or outcome (as read, in any language of the table) of the claim's own object, or of the run or
 * summary object beside it: that is the run's outcome. One of a named part beside it (`jobs.docs.status: "skipped"`)
 * is that part's, which a sound report may skip.
 */
const outcomeOfTheRun = (field: Field): boolean =>
  field.own.length === 1 && ENTRY_STATUS_KEYS.has(field.own[0] as string) && (inSummary(field) || RUN_OBJECTS.has(field.context.join(' '))) && !hasQualifier(field.written?.context ?? field.context);

/**
 * A flag or state beside a value that says the run it comes from did not finish: `complete: false`, `finished: false`,
 * `partial: true`, `truncated: true`, `incomplete: true`, `aborted: true`, `dry_run: true`, `run_status: "running"`. A
 * pass or a measurement of part of a run says nothing of the rest.
 */
function runIncomplete(fields: readonly Field[]): Finding | undefined {
  for (const field of fields) {
    const written = field.written ?? field;
    if (hasQualifier([...written.context, ...written.own])) continue;
    // A print cut short (`log: {truncated: true}`, `output: {partial: true}`, as a CI API shows a long log) is the print's,
    // not the run's: the run's end is read from its own flags and outcome (review rv).
    if (field.context.length > 0 && printName(field.context)) continue;
    const words = field.own.filter((w) => !FLAG_SUBJECTS.has(w));
    const v = field.value;
    const one = words.length === 1 ? (words[0] as string) : words.join(' ');
    const flag = one === 'timed out' ? 'timedout' : one;
    // Written as text or as 1 too (`truncated: 1`, `partial: "yes"`, `complete: "false"`): a larger number or a 0 may be a
    // count of items (TRX's `Counters: {completed: 0, aborted: 3}`), read as counts are.
    // As a reader is shown it (`"ｙｅｓ"`, `"truе"` with a Cyrillic е), as `cleared` is.
    const raised = v === true || v === 1 || (typeof v === 'string' && v.length < 16 && /^(?:true|yes|on|1)$/iu.test(caselessVisibleForm(v).trim()));
    const cleared = v === false || (typeof v === 'string' && v.length < 16 && ['false', 'no', 'off'].includes(caselessVisibleForm(v).trim()));
    if ((INCOMPLETE_WHEN_TRUE.has(flag) && raised) || (INCOMPLETE_WHEN_FALSE.has(flag) && cleared)) {
      return { code: 'vacuous', pointer: field.pointer, says: `is ${String(v)}: the run it reports did not finish (a part of a run proves nothing of the rest)`, actual: v };
    }
    // A state's words joined any way (`in-progress`, `In Progress`, `timed-out`).
    if (typeof v === 'string' && RUN_STATE_NAMES.has(field.own.join(' ')) && (UNFINISHED_STATES.has(outcomeWord(v)) || UNFINISHED_STATES.has(outcomeWord(v).replace(/[-\s]+/gu, '_')))) {
      return { code: 'vacuous', pointer: field.pointer, says: `is ${JSON.stringify(v)}: the run it reports had not finished`, actual: v };
    }
    if (typeof v === 'string' && outcomeOfTheRun(field) && UNFINISHED_OUTCOMES.has(joinedWords(v))) {
      return { code: 'vacuous', pointer: field.pointer, says: `is ${JSON.stringify(v)}: the run it reports had not finished (or never ran)`, actual: v };
    }
  }
  return undefined;
}

/** Counts of outcomes other than passed, failed and skipped: where a report has them, its parts may add up differently. */
const OTHER_OUTCOMES: ReadonlySet<string> = new Set([
  'pending', 'todo', 'todos', 'xfail', 'xfailed', 'xpass', 'xpassed', 'deselected', 'ignored', 'disabled', 'flaky', 'rerun', 'reruns', 'retried',
  'incomplete', 'risky', 'warning', 'warnings', 'notrun', 'not', 'cancelled', 'canceled', 'timedout', 'timeout', 'aborted', 'excluded', 'filtered',
  'muted', 'quarantined', 'blocked', 'unknown', 'other', 'others', 'inconclusive', 'leaked', 'measured', 'expected', 'unexpected', 'broken', 'errors', 'error',
  'omitted', 'pended', 'deferred', 'interrupted', 'crashed', 'suppressed', 'waived', 'na', 'notapplicable', 'undetermined', 'missing', 'obsolete',
]);

/**
 * Parts that add up to less than their total (`passed: 5, failed: 0, skipped: 0, total: 10`): five items are in no
 * outcome, and a failed item is what a producer leaves out. Only where the report counts no outcome beside passed,
 * failed and skipped (Jest's pending and todo, pytest's xfailed), which would account for the rest.
 */
function unaccounted(fields: readonly Field[]): Finding | undefined {
  for (const total of fields) {
    if (!playsRole(total, TOTAL_WORDS) || !isCount(total.value) || total.value === 0) continue;
    const stem = summedStemOf(total, TOTAL_WORDS);
    const siblings = fields.filter((f) => f !== total && f.context.join(' ') === total.context.join(' ') && typeof f.value === 'number');
    // Outcomes beside passed, failed and skipped (pending, todo, xfailed, flaky…) account for items too: counted in, never against.
    const others = siblings.filter((f) => isCount(f.value) && (f.own.some((w) => OTHER_OUTCOMES.has(w)) || hasQualifier(f.written?.own ?? f.own) || (notRanName(f) && !playsRole(f, SKIPPED_WORDS))));
    let parts = 0;
    let passes = false;
    const counted = outcomeSums(siblings, (f, role) => !others.includes(f) && summedStemOf(f, role) === stem, (_, role) => {
      parts++;
      passes ||= role === PASSED_WORDS;
    });
    const sum = others.reduce((a, f) => a + (f.value as number), 0) + itemsListed(fields, total) + (counted.get(stem) ?? 0);
    // A failure count written as none (`failed: null`, `"-"`, `"N/A"`, `""`) is a part of none, as `failed: 0` is: the
    // report still names its failures, so the items its parts leave out are in no outcome it reports (red team va).
    if (fields.some((f) => f !== total && f.context.join(' ') === total.context.join(' ') && writtenAsNone(f.value) && namesFailuresOnly(f.own) && playsRole(f, FAIL_WORDS) && summedStemOf(f, FAIL_WORDS) === stem)) parts++;
    // A passed count alone beside a total is a report of passes, not of every outcome; two parts or more claim to be all.
    // …and a report that counts no passes (JUnit's shape: a total, failures, skips) leaves what they do not count to its
    // passes: `total: 12, failed: 0, skipped: 2` says 10 passed (red team xv: a false failure).
    if (parts >= 2 && passes && sum < total.value) {
      return { code: 'inconsistent_counts', pointer: total.pointer, says: `counts ${total.value} items in all, but its outcome counts account for ${sum}: ${total.value - sum} ended in no outcome it reports`, actual: total.value };
    }
  }
  return undefined;
}

/**
 * The items an outcome beside a total lists rather than counts (`skipped: [{name: "x", reason: "windows only"}]`,
 * `skipped_tests: ["x"]`): each is one item in that outcome (red team xc, session 40: read as no part, a skip listed with
 * its reason left one item in no outcome, a false failure).
 */
function itemsListed(fields: readonly Field[], total: Field): number {
  const context = total.context.join(' ');
  // Passed, failed and skipped lists add what they hold past their outcome's counts (listedBeyondCounts); lists of other
  // outcomes (`flaky: ["b"]`) are read as before.
  const otherListed = fields.filter((f) => f !== total && Array.isArray(f.value) && f.context.join(' ') === context && f.own.some((w) => OTHER_OUTCOMES.has(w)) && ![PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS].some((r) => playsRole(f, r)));
  return listedBeyondCounts(fields, total) + otherListed.reduce((a, f) => a + listedItems(f.value as unknown[]), 0);
}

/** A count's value written as none rather than as 0: null, a blank, a lone dash (a table's empty cell), a none word (`N/A`, `none`). */
function writtenAsNone(v: unknown): boolean {
  // Red team xv: an empty list of the failed items (`failed: []`) counts none of them, as 0 does.
  if (v === null || (Array.isArray(v) && v.length === 0)) return true;
  if (typeof v !== 'string' || v.length > 40) return false;
  const shown = removeInvisible(v).normalize('NFKC').trim();
  // …and so does zero in words or a doubtful zero (`"zero"`, `"zéro"`, `"0?"`): a count of none all the same.
  return shown === '' || /^[-\u2010-\u2015\u2212]$/u.test(shown) || saysNone(v) || noneCell(v) || ZERO_WORDS.has(shown.toLowerCase().replace(/\s*\?$/u, ''));
}
const ZERO_WORDS: ReadonlySet<string> = new Set(['0', 'zero', 'nought', 'naught', 'zéro', 'cero', 'ноль', 'нуль', '零', 'ゼロ', '영', 'sıfır', 'zéró', 'nulla', 'nul', 'nolla']);

/** Names of a count of the items a run ran (`tests`, `tests_run`, `num_tests`, `ran`, `executed`), beside a status. */
const ITEM_TOTAL_NAMES: ReadonlySet<string> = new Set([
  'tests', 'cases', 'checks', 'specs', 'scenarios', 'assertions', 'examples', 'suites', 'tests run', 'tests ran', 'tests executed', 'ran', 'executed', 'collected', 'run', 'runs',
  'num tests', 'n tests', 'test count', 'tests count', 'total tests', 'tests total', 'count', 'total', 'total count', 'num', 'n', 'number of tests', 'test cases', 'testcases', 'items',
]);
const isItemTotal = (f: Field): boolean => (ITEM_TOTAL_NAMES.has(f.own.join(' ')) || otherItemTotal(f.own)) && !hasQualifier([...(f.written ?? f).context, ...(f.written ?? f).own]);
/**
 * A name in another language of the items a run ran (`testfälle`, `casos`, `тестов`, `anzahl_tests`, `número_de_casos`,
 * `测试数`, `用例总数`): read in English only, `{status: bestanden, testfälle: 0}` was no vacuous run where `tests: 0` is.
 */
function otherItemTotal(words: readonly string[]): boolean {
  // An English name of them with a word of another language (`anzahl_tests`) counts them too.
  if (!words.some((w) => OTHER_ITEM_WORDS.has(w) || (words.length > 1 && ITEM_TOTAL_NAMES.has(w)))) return false;
  return words.every((w, i) => OTHER_ITEM_WORDS.has(w) || ITEM_TOTAL_NAMES.has(w) || ITEM_JOINERS.has(w) || countingAt(words, i) || TOTAL_WORDS.has(w));
}
/** Objects whose counts count the run's items (`summary: {total: 0}`, `counts`), as opposed to one kind of thing (`snapshot`). */
const SUMMARY_OBJECTS: ReadonlySet<string> = wordSet('SUMMARY_OBJECTS', () => [
  'summary', 'counts', 'count', 'totals', 'stats', 'statistics', 'results', 'tests', 'cases', 'checks', 'run', 'suite', 'numbers', 'result',
  // A summary in another language (`zusammenfassung: {gesamt: 0}`, `статистика: {всего: 0}`) counts the run's items as `summary` does.
  ...readSet(vocabulary(['summary'], OTHER_LANGUAGES)),
]);
const inSummary = (f: Field): boolean => f.context.length === 0 || SUMMARY_OBJECTS.has(f.context.join(' '));

/**
 * Counts that say no item ran, with none above zero: a total of 0 (`{"status": "pass", "total": 0}`), zero tests run,
 * or every count zero; and every item skipped where nothing passed or failed (`failed: 0, skipped: 5`, `tests: 5,
 * skipped: 5`).
 */
function zeroRan(fields: readonly Field[]): Finding | undefined {
  const counts = fields.filter((f) => inSummary(f) && isCount(f.value) && (isItemTotal(f) || playsRole(f, TOTAL_WORDS) || playsRole(f, PASSED_WORDS) || playsRole(f, FAIL_WORDS)) && !countsFindings(fields, f));
  const skipped = fields.filter((f) => inSummary(f) && playsRole(f, SKIPPED_WORDS) && isCount(f.value) && f.value > 0);
  if (counts.length === 0 || counts.some((f) => (f.value as number) > 0 && !isItemTotal(f) && !playsRole(f, TOTAL_WORDS))) return undefined;
  // A pass or failure counted as text above zero (`passed: "1 test"`, `"1/2"`) is something that ran (helper rd, session 46).
  if (fields.some((f) => inSummary(f) && typeof f.value === 'string' && (playsRole(f, PASSED_WORDS) || playsRole(f, FAIL_WORDS)) && (countValue(f) ?? 0) > 0)) return undefined;
  const totals = counts.filter((f) => isItemTotal(f) || playsRole(f, TOTAL_WORDS));
  // Another count above zero (`required_checks: 17`) may be what ran: only a report that counts nothing else is read.
  const others = fields.some((f) => inSummary(f) && isCount(f.value) && f.value > 0 && !playsRole(f, SKIPPED_WORDS) && !totals.includes(f));
  // A total written as text is the number it shows (`total: "12"`, `"12 tests"` beside `skipped: 1` skips one of twelve,
  // not all): read as no count, every skip looked like all of the items (a false failure the property test of session 40
  // found). Only here: a zero written as text is another reader's (`wrong_type`).
  const textTotals = fields.filter((f) => inSummary(f) && typeof f.value === 'string').map((f) => itemsInAll(f) ?? (isItemTotal(f) ? countShownByText(f).value : undefined)).filter((n) => n !== undefined);
  const skippedAll = others ? undefined : skipped.find((s) => totals.every((t) => t.value === s.value) && textTotals.every((n) => n === s.value));
  if (skippedAll !== undefined) return { code: 'vacuous', pointer: skippedAll.pointer, says: `skips all ${String(skippedAll.value)} of its items: none passed`, actual: skippedAll.value };
  const zero = totals[0];
  if (zero === undefined || totals.some((t) => (t.value as number) > 0)) return undefined;
  return { code: 'vacuous', pointer: zero.pointer, says: 'counts 0 items in all: nothing ran', actual: zero.value };
}

/**
 * Counts that leave items in no outcome, or whose items all never ran, in the shapes {@link unaccounted} and
 * {@link zeroRan} do not read: a total under an item's name (JUnit's and Mocha's `tests`, TAP's `count`, `num_tests`),
 * written as text or in words (`"12 tests"`, `"twelve"`); parts written as none (`passed: null`, `"-"`, `"N/A"`, `[]`,
 * `"zero"`) or as the list of their items (`passed: ["a", "b"]`); a total all of whose items did not run (`not_run: 12`,
 * `cancelled: 12`) with nothing passed; and the counts of a run's summary at any depth below the status
 * (`results.summary.total`), through objects named for the run's own summary only (never `history`, `baseline`,
 * `previous_run`). Read after every other reader found nothing (red team xf, xv, xz, session 39): an older finding stays
 * the one reported.
 */
function countsLeaveItemsOut(root: unknown, parentPointer: string, beside: readonly Field[]): Finding | undefined {
  for (const fields of [beside, ...countObjectsBelow(root, parentPointer).map((at) => fieldsOf(root, at).filter((f) => f.context.length === 0))]) {
    const found = noneRanOfTotal(fields) ?? leftInNoOutcome(fields) ?? noneInAll(fields, beside);
    if (found !== undefined) return found;
  }
  return totalApartFromItsOutcomes(beside) ?? runSummariesInAList(root, parentPointer, beside);
}

/**
 * A run's total in one object and its outcome counts in a sibling (`totals: {tests: 12}` beside `outcomes: {passed: 5,
 * failed: 0}`, `counts: {total: 12}` beside `by_outcome: {…}`), read as one object's counts are ({@link leftInNoOutcome}):
 * red team xc, session 40. Only where it cannot be two kinds of items: one object beside the status holds the one total
 * and no outcome, one other holds the outcomes (a pass among them) and no total, neither is qualified or another run's
 * (`previous`, `baseline`), the status's own object counts nothing itself, and neither object's name names what it counts
 * unless both name the same (`suites: {total: 3}` beside `tests: {passed: 12}` count different things).
 */
function totalApartFromItsOutcomes(beside: readonly Field[]): Finding | undefined {
  if (beside.some((f) => f.context.length === 0 && isCount(f.value) && (itemsInAll(f) !== undefined || [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS].some((r) => playsRole(f, r))))) return undefined;
  const objects = new Map<string, Field[]>();
  for (const f of beside) {
    if (f.context.length === 0) continue;
    const name = f.context.join(' ');
    const fields = objects.get(name);
    if (fields === undefined) objects.set(name, [f]);
    else fields.push(f);
  }
  const unqualified = [...objects.entries()].filter(([, fields]) => {
    const written = (fields[0] as Field).written ?? (fields[0] as Field);
    return !hasQualifier([...written.context]) && !hasQualifier((fields[0] as Field).context) && !(fields[0] as Field).context.some((w) => OTHER_RUN_WORDS.has(w));
  });
  const outcome = (f: Field): boolean => [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS].some((r) => playsRole(f, r)) || otherOutcome(f);
  const totals = unqualified.filter(([, fields]) => fields.filter((f) => itemsInAll(f) !== undefined).length === 1 && !fields.some((f) => itemsInAll(f) === undefined && outcome(f)));
  const outcomes = unqualified.filter(([, fields]) => !fields.some((f) => itemsInAll(f) !== undefined) && fields.filter((f) => outcome(f) && itemsCounted(f) !== undefined).length >= 2 && fields.some((f) => playsRole(f, PASSED_WORDS)));
  if (totals.length !== 1 || outcomes.length !== 1) return undefined;
  const [totalName, totalFields] = totals[0] as [string, Field[]];
  const [outcomeName, outcomeFields] = outcomes[0] as [string, Field[]];
  if (namesItsItems(totalName) !== namesItsItems(outcomeName) || (namesItsItems(totalName) && totalName !== outcomeName)) return undefined;
  // Read as one object's counts: the object each sits in says nothing of what it counts here.
  const asOne = (f: Field): Field => ({ ...f, context: [], written: { own: (f.written ?? f).own, context: [] } });
  return leftInNoOutcome([asOne(totalFields.find((f) => itemsInAll(f) !== undefined) as Field), ...outcomeFields.map(asOne)]);
}
/** Whether an object's name says which items its counts count (`tests`, `suites`, `assertions`, `test_stats`), rather than that they are counts. */
const namesItsItems = (name: string): boolean => name.split(' ').some((w) => ITEM_NOUNS_OF_A_COUNT.has(w) && w !== 'total' && w !== 'count' && w !== 'counts' && w !== 'num' && w !== 'number' && w !== 'n' && w !== 'of') || name.split(' ').some((w) => PLACE_SUITES.has(w) || OTHER_ITEM_NOUNS.has(w));
const OTHER_ITEM_NOUNS: ReadonlySet<string> = new Set(['assertions', 'assertion', 'files', 'file', 'checks', 'check', 'scenarios', 'scenario', 'examples', 'specs', 'expectations', 'steps', 'jobs']);

const MAX_RUNS_IN_A_LIST = 256;
/**
 * The summaries of the runs in a list of runs (Cypress's `runs: [{stats: {tests: 12, passes: 5, failures: 0}}]`,
 * `results: [{summary: {total: "0"}}]`) beside the status or in the run's summary below it (red team xc, session 40):
 * {@link countObjectsBelow} walks objects only. A run whose counts leave items in no outcome is an inconsistency of the
 * report whichever run it is; a run that ran nothing is vacuous only where every run of the list ran nothing (one empty
 * spec among others that ran is no vacuous report).
 */
function runSummariesInAList(root: unknown, parentPointer: string, beside: readonly Field[]): Finding | undefined {
  for (const holder of [parentPointer, ...countObjectsBelow(root, parentPointer)]) {
    const at = getAtPointer(root, holder);
    if (!at.found || !isRecord(at.value)) continue;
    for (const [key, list] of Object.entries(at.value).slice(0, 64)) {
      if (!Array.isArray(list) || list.length === 0 || !namesTheRunsCounts(key)) continue;
      const listPointer = `${holder}/${encodePointerSegment(key)}`;
      const others = beside.filter((f) => f.pointer !== listPointer);
      let vacuous: Finding | undefined;
      let allRanNothing = true;
      for (const [i, entry] of list.slice(0, MAX_RUNS_IN_A_LIST).entries()) {
        const summaries = isRecord(entry) ? Object.entries(entry).slice(0, 64).filter(([k, v]) => isRecord(v) && namesTheRunsCounts(k)).map(([k]) => `${listPointer}/${i}/${encodePointerSegment(k)}`) : [];
        let ranNothing: Finding | undefined;
        for (const summary of summaries) {
          const fields = fieldsOf(root, summary).filter((f) => f.context.length === 0);
          const left = leftInNoOutcome(fields);
          if (left !== undefined) return left;
          ranNothing ??= noneRanOfTotal(fields) ?? noneInAll(fields, others);
        }
        if (ranNothing === undefined) allRanNothing = false;
        vacuous ??= ranNothing;
      }
      if (allRanNothing && vacuous !== undefined) return vacuous;
    }
  }
  return undefined;
}

/**
 * A total of none in the shapes {@link zeroRan} does not read: written as text or in words (`total: "0"`, `tests: "0
 * tests"`, `"zero"`) or in a run's summary below the status (`results.summary.total: 0`), with nothing in its object
 * counted above zero and no outcome beside the status counted above zero: nothing ran (red team cu, xc, session 40).
 * A total of something else (`total_findings`, `coverage.total`) is not the run's.
 */
function noneInAll(fields: readonly Field[], beside: readonly Field[]): Finding | undefined {
  // A JUnit report's root read by an XML converter (`testsuites: {"@_tests": "0"}`) is the run's counts too.
  const total = fields.find((f) => (inSummary(f) || namesTheRunsCounts(f.context.join(' '))) && namesAllTheItems(f) && (itemsInAll(f) === 0 || zeroInWords(f.value)));
  // A total of findings counted by severity (npm audit's `vulnerabilities: {critical: 0, …, total: 0}`) found none: a scan that ran.
  if (total === undefined || countsFindings(fields, total)) return undefined;
  const context = total.context.join(' ');
  const above = (f: Field): boolean => f !== total && f.pointer !== total.pointer && (typeof f.value === 'number' ? f.value > 0 : (itemsCounted(f) ?? 0) > 0);
  const countsItems = (f: Field): boolean => isItemTotal(f) || otherOutcome(f) || [TOTAL_WORDS, PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS].some((r) => playsRole(f, r));
  if (fields.some((f) => f.context.join(' ') === context && above(f)) || beside.some((f) => countsItems(f) && above(f))) return undefined;
  return { code: 'vacuous', pointer: total.pointer, says: 'counts 0 items in all: nothing ran', actual: total.value };
}
/** Zero written as a word of some language (`"zero"`, `"ноль"`, `"零"`), with the noun of its items after it or not. */
const zeroInWords = (v: unknown): boolean =>
  typeof v === 'string' && v.length <= 40 && ZERO_WORDS.has(removeInvisible(v).normalize('NFKC').trim().toLowerCase().replace(/\s+(?:tests?|test cases?|cases?|items?)$/u, ''));
/** Whether a total's own name says only that it counts all the items (`total`, `tests`, `num_tests`, `total_count`). */
const namesAllTheItems = (f: Field): boolean => ITEMS_IN_ALL_NAMES.has(f.own.join(' ')) || f.own.every((w) => TOTAL_WORDS.has(w) || ITEM_NOUNS_OF_A_COUNT.has(w));

const MAX_COUNT_OBJECT_DEPTH = 4;
const MAX_COUNT_OBJECTS = 32;
/**
 * The objects below `parentPointer` (below its direct members, which {@link fieldsBeside} reads) reached only through
 * names of the run's own summary or of a run (`results`, `summary`, `stats`, `run`, `suite`, `testsuites`), none of them
 * qualified or another run's: a history's or a baseline's counts are never read as this run's.
 */
function countObjectsBelow(root: unknown, parentPointer: string): string[] {
  const found: string[] = [];
  const walk = (pointer: string, depth: number): void => {
    const at = getAtPointer(root, pointer);
    if (!at.found || !isRecord(at.value)) return;
    for (const [key, value] of Object.entries(at.value).slice(0, 64)) {
      // An XML converter's attributes of the element above (xml2js `$`, xml-js `_attributes`) are its counts.
      if (found.length >= MAX_COUNT_OBJECTS || !isRecord(value) || !(namesTheRunsCounts(key) || (depth > 1 && holdsXmlAttributes(key)))) continue;
      const inner = `${pointer}/${encodePointerSegment(key)}`;
      if (depth > 1) found.push(inner);
      if (depth < MAX_COUNT_OBJECT_DEPTH) walk(inner, depth + 1);
    }
  };
  walk(parentPointer, 1);
  return found;
}
/** The member an XML converter keeps an element's attributes in (xml2js `$`, xml-js `_attributes`, fast-xml-parser's `:@`). */
const holdsXmlAttributes = (key: string): boolean => key === '$' || key === '_attributes' || key === '@attributes' || key === ':@';
/** Whether an object's name is one of the run's own summary or of a run (`results`, `summary`, `run`, `testsuites`), unqualified. */
function namesTheRunsCounts(key: string): boolean {
  const words = readWords(key);
  const joined = words.join(' ');
  if (hasQualifier(nameWords(key)) || hasQualifier(words) || words.some((w) => OTHER_RUN_WORDS.has(w))) return false;
  return SUMMARY_OBJECTS.has(joined) || SUMMARY_HOLDERS.has(joined) || ownsARun(words) || joined === 'testsuites' || joined === 'test suites';
}

/**
 * How many items a count of all counts (a total word or {@link ITEMS_IN_ALL_NAMES}): a count, one written as text
 * (`"12"`, `"１２"`), with its noun (`"12 tests"`) or in words (`"twelve"`); undefined for any other field.
 */
function itemsInAll(field: Field): number | undefined {
  const v = field.value;
  // Cheap tests first: a wide report's every member comes here (a name with no total word is judged by its words alone).
  if (typeof v !== 'number' && typeof v !== 'string') return undefined;
  if (!field.own.some((w) => TOTAL_WORDS.has(w)) && !field.context.some((w) => TOTAL_WORDS.has(w)) && !ITEMS_IN_ALL_NAMES.has(field.own.join(' '))) return undefined;
  if (!(playsRole(field, TOTAL_WORDS) || (ITEMS_IN_ALL_NAMES.has(field.own.join(' ')) && !qualified(field)))) return undefined;
  // A total word beside an outcome's is that outcome's count (Cypress's `totalPassed`, `totalSkipped`; helper za, session 45).
  if (OUTCOME_ROLES.some((role) => playsRole(field, role))) return undefined;
  if (isCount(v)) return v;
  if (typeof v !== 'string' || v.length > 60) return undefined;
  // As every count reader reads it (`"12"`, `"12 tests"`, `"0 (none ran)"`, `"0/0"`, `"twelve"`; red team zl, session 45).
  return countValue(field);
}
/** A total written as a number or a numeral with the noun of its items or of all after it (`12 tests`, `twelve`, `12 in all`). */
const TOTAL_WITH_ITS_NOUN = /^(\d{1,9}|[\p{L}-]{2,20})(?:\s+(?:tests?|test cases?|cases?|items?|specs?|scenarios?|examples?|checks?)(?:\s+(?:run|ran|executed|in all|in total|total))?|\s+(?:in all|in total|total))?$/u;

/**
 * How many items an outcome count beside a total counts: a count, one written as text, the list of its items (`passed:
 * ["a", "b"]` counts 2), or none written as none (`null`, `""`, `"-"`, `"N/A"`, `"zero"`, `[]`); undefined for what reads
 * as no count (a flag such as `passed: true`, an object, other words).
 */
function itemsCounted(field: Field): number | undefined {
  const v = field.value;
  if (isCount(v)) return v;
  if (writtenAsNone(v)) return 0;
  if (Array.isArray(v)) return v.length;
  if (typeof v !== 'string') return undefined;
  return countValue(field);
}
/** A count's name without its role word and the words that say only what items or how many (`num_passed_tests` → ``). */
const countedStem = (field: Field, role: ReadonlySet<string>): string =>
  stemOf(field, role).split(' ').filter((w) => w !== '' && !ITEM_NOUNS_OF_A_COUNT.has(w)).join(' ');
/** A total's stem: a name of all the items (`tests`, `num_tests`) is its whole name, so only the objects it sits in are left. */
const totalStem = (field: Field): string => (playsRole(field, TOTAL_WORDS) ? countedStem(field, TOTAL_WORDS) : field.context.filter((w) => !ITEM_NOUNS_OF_A_COUNT.has(w)).join(' '));
/** An outcome beside passed, failed and skipped (pending, xfailed, flaky…) or a qualified count: it accounts for items too. */
const otherOutcome = (f: Field): boolean => f.own.some((w) => OTHER_OUTCOMES.has(w)) || hasQualifier(f.written?.own ?? f.own) || notRanName(f);

/**
 * {@link unaccounted} over the spellings it does not read ({@link countsLeaveItemsOut}): the outcome counts (a passed
 * count among them) account for fewer items than the total. A part that reads as no count (`passed: true`) is no part;
 * another outcome that reads as no count may account for the rest, so the total is left alone; so is a total beside
 * another total the parts do account for (`total: 10, tests: 12` may count different things).
 */
function leftInNoOutcome(fields: readonly Field[]): Finding | undefined {
  for (const total of fields) {
    const all = itemsInAll(total);
    if (all === undefined || all === 0) continue;
    const stem = totalStem(total);
    const context = total.context.join(' ');
    const siblings = fields.filter((f) => f !== total && f.context.join(' ') === context);
    let sum = 0;
    let parts = 0;
    let passes = false;
    let unread = false;
    // An outcome's lists say it holds at least as many items as the longest of them (listedItems): one outcome listed
    // under two names, or listed beside its own count (`skipped: 1, skipped_tests: ["a"]`), is its items once.
    const longest = new Map<ReadonlySet<string>, number>();
    const counts = new Map<ReadonlySet<string>, number>();
    for (const f of siblings) {
      if (itemsInAll(f) !== undefined) continue;
      const role = [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS].find((r) => playsRole(f, r) && countedStem(f, r) === stem);
      if (role === undefined && !otherOutcome(f)) continue;
      if (role !== undefined && Array.isArray(f.value) && f.value.length > 0) {
        longest.set(role, Math.max(longest.get(role) ?? 0, listedItems(f.value)));
        if (!counts.has(role)) parts++;
        counts.set(role, counts.get(role) ?? 0);
        passes ||= role === PASSED_WORDS;
        continue;
      }
      const counted = itemsCounted(f);
      if (counted === undefined) {
        // A share (`pendingPercent: 8.3`) is no count of items; any other outcome read as none may hold the rest.
        // A qualified name's text (`generated_at`) is no outcome at all.
        unread ||= role === undefined && f.own.some((w) => OTHER_OUTCOMES.has(w)) && typeof f.value !== 'number' && typeof f.value !== 'boolean';
        continue;
      }
      if (role === undefined) {
        sum += counted;
        continue;
      }
      if (!counts.has(role)) parts++;
      counts.set(role, (counts.get(role) ?? 0) + counted);
      passes ||= role === PASSED_WORDS;
    }
    for (const [role, counted] of counts) sum += Math.max(counted, longest.get(role) ?? 0);
    if (unread || parts < 2 || !passes || sum >= all) continue;
    // Another total the parts do account for may be the one they count (`total: 10, tests: 12`).
    if (siblings.some((f) => { const other = itemsInAll(f); return other !== undefined && other <= sum; })) continue;
    return { code: 'inconsistent_counts', pointer: total.pointer, says: `counts ${all} items in all, but its outcome counts account for ${sum}: ${all - sum} ended in no outcome it reports`, actual: total.value };
  }
  return undefined;
}

/**
 * A total all of whose items did not run (`{total: 12, failed: 0, not_run: 12}`, `cancelled: 12`, `skipped: 1, not_run:
 * 11`) beside no pass and no failure counted: nothing passed, whatever the status says (red team xz). Any other outcome
 * counted above zero (`flaky: 1`), or one that reads as no count, leaves the total alone.
 */
function noneRanOfTotal(fields: readonly Field[]): Finding | undefined {
  for (const total of fields) {
    const all = itemsInAll(total);
    if (all === undefined || all === 0) continue;
    const stem = totalStem(total);
    const context = total.context.join(' ');
    let notRan = 0;
    let shown: Field | undefined;
    let ran = false;
    for (const f of fields) {
      if (f === total || f.context.join(' ') !== context || itemsInAll(f) !== undefined) continue;
      const role = [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS].find((r) => playsRole(f, r) && countedStem(f, r) === stem);
      const never = role === SKIPPED_WORDS || (role === undefined && notRanName(f));
      // A qualified count (`max_failures: 5`) is a bound or another run's, no outcome of these items.
      if (role === undefined && !never && !f.own.some((w) => OTHER_OUTCOMES.has(w))) continue;
      const counted = itemsCounted(f);
      if (!never) {
        ran ||= counted !== 0;
        continue;
      }
      if (counted === undefined) {
        ran = true;
        continue;
      }
      notRan += counted;
      // The count named for items that never ran is the one shown; skipped ones only where no other is.
      if (counted > 0 && (shown === undefined || (role === undefined && (playsRole(shown, SKIPPED_WORDS) || counted > (shown.value as number))))) shown = { ...f, value: counted };
    }
    if (ran || shown === undefined || notRan < all) continue;
    return { code: 'vacuous', pointer: shown.pointer, says: `counts ${String(shown.value)} of its ${all} items as never run, and the rest as skipped or not run too: none passed`, actual: fields.find((f) => f.pointer === shown.pointer)?.value };
  }
  return undefined;
}
/**
 * Whether a count is named for items that never ran, and for nothing else (`not_run`, `ignored`, `numDeselectedTests`):
 * a word that qualifies a failure count elsewhere (`ignored_failures`) is the whole outcome here, and any other word
 * (`max_skipped`, `previous_not_run`) leaves the name unmatched.
 */
const notRanName = (f: Field): boolean => {
  const name = f.own.filter((w) => !ITEM_NOUNS_OF_A_COUNT.has(w)).join(' ');
  return NOT_RAN_COUNT_NAMES.has(name) || OTHER_NOT_RAN_NAMES.has(name);
};
/** {@link OTHER_NOT_RAN_COUNT_NAMES} as a key's words read (accents and look-alike letters folded). */
const OTHER_NOT_RAN_NAMES: ReadonlySet<string> = wordSet('OTHER_NOT_RAN_NAMES', () => OTHER_NOT_RAN_COUNT_NAMES.map((w) => readWords(w).join(' ')));

/**
 * A line a test runner prints when items failed, inside a text beside the pass (`"log": "… 3 failed, 10 passed"`):
 * pytest's and Playwright's `N failed`, unittest's `FAILED (failures=2)`, Jest's `Tests: 1 failed`, cargo's `test
 * result: FAILED`, Go's `--- FAIL:`, mocha's `N failing`, nextest's `N tests run: 9 passed, 1 failed`. A count must
 * stand beside another outcome count, so prose (`fails after 3 failures`) is not a summary; `0 failed` never is.
 */
const SUMMARY_LINES: readonly RegExp[] = [
  /\b[1-9]\d*[^\S\n]+(?:fail(?:ed|ures?|ing|s)?|errors?|errored)\b[^\n]{0,80}?\b\d+[^\S\n]+(?:pass(?:ed|ing|es)?|succeeded|skipped|total|tests?|ok)\b/iu,
  /\b\d+[^\S\n]+(?:pass(?:ed|ing|es)?|succeeded|ok)\b[^\n]{0,80}?\b[1-9]\d*[^\S\n]+(?:fail(?:ed|ures?|ing|s)?|errors?|errored)\b/iu,
  /\bFAILED\s*\((?:failures|errors)=[1-9]/u,
  // pytest's closing banner, alone: `==== 2 failed in 0.31s ====`, `=== 1 error in 0.3s ===`.
  /={2,}[^\n]*?\b[1-9]\d*\s+(?:failed|errors?)\b[^\n]*?\bin\s+[\d.]+\s*s(?:econds)?\b/iu,
  /\bTests?:[^\S\n]+[1-9]\d*[^\S\n]+failed\b/iu,
  /\btest result:\s*FAILED\b/u,
  /(?:^|\n)\s*--- FAIL:/u,
  /(?:^|\n)FAIL\s+\S+\s+\d/u,
  /(?:^|\n)\s*[1-9]\d*\s+failing\b/u,
  // Vitest's `Tests  2 failed (2)` and Playwright's `  2 failed` on a line of its own, when nothing passed beside them.
  /(?:^|\n)[ \t]*(?:Test Files|Tests)[ \t]+[1-9]\d*[ \t]+failed\b/u,
  /(?:^|\n)[ \t]*[1-9]\d*[ \t]+failed[ \t]*(?:\n|$)/u,
  /\b(?:ERROR|FAILURE|FAIL):\s*(?:Tests run|There (?:was|were) [1-9])/u,
  /\bTests run:\s*\d+,\s*Failures:\s*[1-9]/u,
  /\bTests run:\s*\d+,\s*Failures:\s*\d+,\s*Errors:\s*[1-9]/u,
  // tsc's `Found 2 errors in 1 file.` and ESLint's `✖ 3 problems (2 errors, 1 warning)`.
  /(?:^|\n)[ \t]*Found [1-9]\d* errors?(?:\.|[ \t]+in[ \t])/u,
  /\u2716[ \t]+[1-9]\d*[ \t]+problems?[ \t]+\([1-9]\d*[ \t]+errors?\b/u,
  // cargo's `error: could not compile `app` due to 2 previous errors` (`due to previous error` for one): the errors
  // printed before it, this run's, never another run's as `previous` elsewhere is (helper fb, session 48).
  /\bcould not compile\b[^\n]{0,120}?\bdue to (?:[1-9]\d*[ \t]+)?previous errors?\b/u,
  // make's `make: *** [all] Error 2` (`make[1]: *** [Makefile:12: build] Error 1`): the recipe's exit code above zero;
  // `(ignored)` after it is make's own word for a recipe whose failure it was told to ignore (`-cmd`).
  /\b(?:g|mingw32-)?make(?:\[\d{1,3}\]|=\d{1,3})?:[ \t]*(?:\*\*\*[ \t]*)?\[[^\]\n]{1,200}\][ \t]+Error[ \t]+[1-9]\d*\b(?![ \t]*\(ignored\))/u,
  // make's stop line (`make: *** No rule to make target 'all'.  Stop.`) and npm's error lines (`npm ERR! code ELIFECYCLE`,
  // `npm ERR! errno 1`, npm 10's `npm error code 1`): the tool's own word that it gave up (helper fg, session 48).
  /\b(?:g|mingw32-)?make(?:\[\d{1,3}\])?:[ \t]*\*\*\*[ \t]*[^\n[]{1,200}?\.[ \t]+Stop\./u,
  /\bnpm[ \t]+(?:ERR!|error)\s+(?:code[ \t]+(?:E[A-Z0-9_]{2,30}|[1-9]\d{0,2})|errno[ \t]+-?[1-9]\d{0,4}|Exit status[ \t]+[1-9]\d{0,2}|Failed at the\b)/u,
  // pytest's short test summary (`FAILED tests/test_a.py::test_x - …`) and tape's closing `# fail  1` (TAP's `not ok 2`:
  // tapFailure).
  /(?:^|\n)(?:FAILED|ERROR)[ \t]+\S+::\S+/u,
  /(?:^|\n)#[ \t]*fail[ \t]+[1-9]/u,
];
/** {@link SUMMARY_LINES} as global patterns, built once when a summary's first count is excused (`matchAll` copies its pattern, so one serves every call). */
const summaryLinesGlobal = lazy((): readonly RegExp[] => SUMMARY_LINES.map((p) => new RegExp(p.source, `${p.flags}g`)));
const MAX_TEXT_READ = 200_000;
/**
 * Whether every failure count of a runner's summary carries a remark in brackets that excuses all it counts (`2 failed
 * (flaky), 118 passed`, `Tests: 2 failed (expected)`): such a line is read part by part (loneCountLine), as the count
 * alone is, so a count the remark does not excuse still fails there.
 */
function everyFailureExcused(summary: string): boolean {
  const counts = [...summary.matchAll(SUMMARY_FAILURE_COUNT)];
  // After `as expected` a remark that counts (`(1 of them)`) is weighed apart from it: it is not read as excusing all.
  return counts.length > 0 && counts.every((c) => (c[2] !== undefined || c[3] !== undefined) && !(c[2] !== undefined && /\d/u.test(c[3] ?? '')) && remarkScopes([c[2], c[3]].filter((r) => r !== undefined).join(' '), Number(c[1])));
}
/** A summary line's match with the remark that may follow its last count (`118 passed, 2 failed (flaky)`). */
const withRemark = (form: string, m: RegExpExecArray | RegExpMatchArray): string => form.slice(m.index ?? 0, (m.index ?? 0) + m[0].length + 64).split('\n')[0] as string;
// `as expected` between the count and its remark (`2 failed as expected (xfail)`) is part of the remark.
const SUMMARY_FAILURE_COUNT = /\b([1-9]\d*)[^\S\n]+(?:fail(?:ed|ures?|ing|s)?|errors?|errored)\b(?:[^\S\n]+(as[^\S\n]+(?:expected|intended|planned|designed)))?(?:[^\S\n]*(\([^()\n]{1,60}\)))?/giu;

function summaryLineIn(text: string): string | undefined {
  return rememberedSummaryLine(text);
}
const rememberedSummaryLine = rememberedPerText(readSummaryLine);
function readSummaryLine(written: string): string | undefined {
  const text = failureWordsSpelledByStrokesRead(whitespaceReferencesDecoded(written));
  const shownText = text.length > MAX_TEXT_READ ? text.slice(0, MAX_TEXT_READ) : text;
  const read = PLAIN.test(shownText) ? shownText : withoutInvisible(shownText);
  const forms = drawnForms(read, shownText);
  const escapeBytes = escapeBytesKept(shownText);
  if (escapeBytes !== undefined) forms.push(withoutInvisible(escapeBytes));
  for (const form of [...forms]) {
    const shown = withdrawnAndLinked(form);
    if (shown !== undefined && !forms.includes(shown)) forms.push(shown);
  }
  for (const form of [...forms]) {
    const unmarked = countsOutOfMarks(form);
    if (unmarked !== undefined && !forms.includes(unmarked)) forms.push(unmarked);
  }
  const counted = forms.map((form) => countsFirst(countLines(toolLineTolerated(form))));
  for (const form of counted) {
    for (const [i, pattern] of SUMMARY_LINES.entries()) {
      const m = pattern.exec(form);
      if (m === null) continue;
      if (!everyFailureExcused(withRemark(form, m))) return m[0].trim();
      const unexcused = [...form.matchAll(summaryLinesGlobal()[i] as RegExp)].find((each) => !everyFailureExcused(withRemark(form, each)));
      if (unexcused !== undefined) return unexcused[0].trim();
    }
  }
  const tap = tapFailure(shownText, read, forms);
  if (tap !== undefined) return tap;
  for (const form of counted) {
    const lone = loneCountLine(form);
    if (lone !== undefined) return lone;
  }
  return undefined;
}

/**
 * A failing tool's own line (make's, cargo's, npm's) that a tolerance before it weighs (`Fixed: make: *** [all] Error 2`,
 * `Fixed "error: could not compile …"`; helper fg, session 48), as the exit and crash readers weigh theirs: the text with
 * the line read as `failed`, when it is a short text of one line whose words before the line excuse that failure (the
 * same text without them fails); any other text as written. A count line's remark is weighed by {@link everyFailureExcused}.
 */
function toolLineTolerated(form: string): string {
  if (form.length > MAX_POINTED_TEXT || form.includes('\n') || !TOOL_LINE_HINT.test(form)) return form;
  for (const pattern of SUMMARY_LINES) {
    const m = pattern.exec(form);
    if (m === null || m.index === 0 || !TOOL_LINE_OPENING.test(m[0])) continue;
    const after = form.slice(m.index + m[0].length);
    const read = `${form.slice(0, m.index)}failed${after}`;
    return !toldAsAFailedOutcome(read) && toldAsAFailedOutcome(`failed${after}`) ? read : form;
  }
  return form;
}
const TOOL_LINE_HINT = /make|npm|could not compile/u;
const TOOL_LINE_OPENING = /^(?:could not compile|(?:g|mingw32-)?make|npm)\b/u;
/**
 * How many failures a remark beside a number tells of, when it tells of any this run has (`2 failed`, `2 crashed`,
 * `3 Fehler`): the largest count it prints (red team yg: `"failed": "0 (2 failed)"` shows two failures, not none). A
 * remark that excuses what it counts (`2 failed, all flaky`) or counts something else (`of 12`) tells of none.
 */
/**
 * The failures a count with a remark after it shows (`"0 (of 12)"` none, `"0 (2 failed)"` two, `"0 (flaky)"` none): the
 * larger of its number and what the remark counts of failures; a remark that counts only what the number is out of (`of
 * 12`, `/12`, `out of 12 tests`) adds none, and one that counts something not known to be none (`0 (12)`, `0 (3 retried)`)
 * adds its count. One reading for the status reader and json_schema (fail-closed where the remark is unclear), or
 * undefined for a text that is no number with a remark.
 */
export function countBesideRemark(text: string): number | undefined {
  const read = numberWithRemark(text);
  if (read === undefined) return undefined;
  const told = failuresInRemark(read.remark);
  if (told !== undefined) return Math.max(read.number, told);
  // A number that points somewhere (`see log #12`, `https://ci/runs/12`, `build 1.2.3`) counts nothing.
  // So does one of when or how long (`2026-12-06`, `in 12 s`), and a count of what passed or of all (`12 passed`, `12 total`,
  // `12 tests ran`): known to be no failure, as `of 12` is. Any other count is read fail-closed.
  const remark = knownNoneInRemark(read.remark.normalize('NFKC').replace(REFERENCE_IN_REMARK, ' '));
  if (OUT_OF_REMARK.test(read.remark) || !textCountsSome(remark)) return read.number;
  const counts = (asciiDigits(remark).match(/\d{1,9}/gu) ?? []).map(Number);
  return Math.max(read.number, 1, ...counts);
}
/**
 * Whether a text is a count of none whose remark says only what it is out of, when, how long, or how many passed (`"0 (of
 * 12)"`, `"0 (12 passed, in 1.2 s)"`): a count, never an error's text. A remark of any other word (`"0 (segfault)"`) is not.
 */
function countOfNoneBesideRemark(text: string): boolean {
  const read = numberWithRemark(text);
  if (read === undefined || read.number !== 0 || countBesideRemark(text) !== 0) return false;
  if (OUT_OF_REMARK.test(read.remark)) return true;
  return /^[\s,;]*$/u.test(knownNoneInRemark(read.remark.normalize('NFKC')));
}
/** A remark without the counts known to be no failure: when, how long, of all, of what passed (or was ok, as written). */
const knownNoneInRemark = (remark: string): string =>
  remark.replace(MOMENT_IN_REMARK, ' ').replace(DURATION_IN_REMARK, ' ').replace(TOTAL_IN_REMARK, ' ').replace(PASSES_IN_REMARK, (all: string, word: string) => (readWords(word).length > 0 && (readWords(word).every((w) => PASSED_WORDS.has(w)) || nameWords(word).every((w) => PASS_WORDS.has(w))) ? ' ' : all));
const MOMENT_IN_REMARK = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b/gu;
const DURATION_IN_REMARK = /(?:\b(?:in|took|after)\s+)?\b\d+(?:[.,]\d+)?\s*(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)(?![\p{L}\p{N}])/giu;
// A part of the remark of its own (`12 passed`, `12 total, 3 s`): `12 passed? no` or `12 passed 3 retried` is no such part.
const TOTAL_IN_REMARK = /(?<=^|[,;]\s*)(?:total\s*:?\s*\d+|\d+\s+(?:(?:tests?|cases?|checks?|specs?|files?|items?)\s+)?(?:total|in\s+total|ran|run|executed))\s*(?=$|[,;])/giu;
const PASSES_IN_REMARK = /(?<=^|[,;]\s*)\d+\s+(?:(?:tests?|cases?|checks?|specs?)\s+)?([\p{L}]+)\s*(?=$|[,;])/gu;
const REFERENCE_IN_REMARK = /[#№]\s?\d+|\b[a-z][a-z0-9+.-]*:\/\/\S+|\bv?\d+(?:\.\d+){2,}\b/giu;
const OUT_OF_REMARK = /^\s*(?:of|out\s+of|\/|von|sur|su|de|из)\s*\d{1,9}(?:[,.' _]\d{3})*\s*(?:(?:tests?|cases?|checks?|specs?|files?|runs?|items?|total)\s*)?$/iu;

export function failuresInRemark(remark: string): number | undefined {
  const line = summaryLineIn(remark);
  if (line === undefined) return undefined;
  const counts = (asciiDigits(line).match(/\d{1,9}/gu) ?? []).map(Number);
  return counts.length === 0 ? 1 : Math.max(1, ...counts);
}

/**
 * A text as Markdown and HTML show it to a reader: struck-out text withdrawn (`failures: ~~0~~ 2`, `<s>0</s> 2`,
 * `<del>none</del> 2`, GitHub's `~0~`, a zero drawn with a combining stroke `0̶`) and a link read as its text
 * (`failures: [2](https://ci/x)`, `[2][log]`, `[2](x) failed`), or undefined when it holds neither. Read beside the text
 * as written, never instead of it: the count a strike-through withdraws or a link's address is still read there.
 */
function withdrawnAndLinked(text: string): string | undefined {
  if (!STRUCK_OR_LINKED.test(text)) return undefined;
  const shown = text.replace(STRUCK_OUT, '').replace(STROKED, '').replace(MARKDOWN_LINK, '$1');
  return shown === text ? undefined : shown;
}
/**
 * A text with the inline marks of other markups around a count drawn as the count alone, as their readers show it:
 * highlight `==2==` (markdown-it-mark, Obsidian), superscript `^2^` (Pandoc), subscript `,,2,,` (Creole, MoinMoin),
 * MediaWiki's bold and italic `'''2'''`, TeX math `$2$` and `\(2\)`, and CJK and mathematical brackets (`【2】`, `⟨2⟩`,
 * `《2》`), or undefined when it holds none. Only a bare number between marks at a word's edge is redrawn (`x^2^y`, `$1$salt`
 * stay), and the text as written is read beside it: a redrawn form can add a failure, never hide one.
 */
function countsOutOfMarks(text: string): string | undefined {
  if (!COUNT_MARK_HINT.test(text)) return undefined;
  const shown = text.replace(COUNT_IN_MARKS, (_m, _mark, marked: string | undefined, tex: string | undefined, bracketed: string | undefined) => marked ?? tex ?? bracketed ?? '');
  return shown === text ? undefined : shown;
}
const COUNT_MARK_HINT = /(?:==|\^|,,|''|\$|\\\(|[\u3010\u3014\u3016\u27e8\u3008\u300a\u27e6\u2985])[^\S\n]*\d/u;
const COUNT_IN_MARKS = /(?<![\p{L}\p{N}])(?:(==|\^|,,|'''?|\$)(\d{1,9})\1|\\\([^\S\n]*(\d{1,9})[^\S\n]*\\\)|[\u3010\u3014\u3016\u27e8\u3008\u300a\u27e6\u2985][^\S\n]*(\d{1,9})[^\S\n]*[\u3011\u3015\u3017\u27e9\u3009\u300b\u27e7\u2986])(?![\p{L}\p{N}])/gu;
const STRUCK_OR_LINKED = /~|<(?:s|del|strike)\b|\][([]|[\u0335-\u0338]/iu;
// A strike-through and the spaces after it go, so the words on either side stay one space apart (`failures: 2`).
const STRUCK_OUT = /(?:~~[^~\n]{1,200}~~|(?<!~)~(?=[^\s~])[^~\n]{0,40}[^\s~]~(?!~)|<(s|del|strike)(?:[^\S\n][^<>\n]{0,100})?>[^<\n]{0,200}<\/\1[^\S\n]*>)[^\S\n]*/giu;
// Characters drawn with a stroke through them (`0̶`, a combining overlay after each).
const STROKED = /(?:\P{M}[\u0335-\u0338]+)+[^\S\n]*/gu;
const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\](?:\([^()\n]{0,400}\)|\[[^[\]\n]{0,100}\])/gu;

/**
 * A text's lines as the count readers ({@link countsFirst}, {@link loneCountLine}, the summary lines) take them: each line
 * with a digit in one spelling of its counts ({@link canonicalCounts}), the counts under a label that bounds or
 * discounts them set aside ({@link withoutQualifiedScopes}), and a line too long to read whole cut into the parts its
 * separators make (a long line is read, never passed unread).
 */
function countLines(text: string): string {
  if (!/\d/u.test(text)) return text;
  // A log quoted in JSON keeps its line breaks as escapes (`"flaky failures=2\\nfailed=0"`): each is a line of its own.
  const escapesRead = text.includes('\\') ? text.replace(ESCAPED_BREAK, '\n').replace(ESCAPED_TAB, ' ') : text;
  // A plural written in brackets (`2 timeout(s)`, `2 crash（es）`) is the plural, no remark.
  const unescaped = escapesRead.includes(')') || escapesRead.includes('\uff09') ? escapesRead.replace(BRACKETED_PLURAL, '$1') : escapesRead;
  // A tag that breaks the line as drawn (`<br>`, `<p>`, `</li>`, a table's cell) parts it as a line break does.
  const lines = (unescaped.includes('<') ? unescaped.replace(BREAKING_TAG, '\n') : unescaped).split('\n');
  if (text.includes('|')) tableRowsAsCounts(lines);
  if (lines.length > 1) countsSplitOverLines(lines);
  return lines
    .flatMap((line) => (SENTENCE_END_HINT.test(line) ? withdrawalsKept(line.split(sentenceBreak())) : [line.includes(')') || line.includes(']') || line.includes('}') || line.includes('\uff09') ? bracketWithdrawalKept(line) : line]))
    .map((line) => {
      if (!/\d/u.test(line) || !/\p{L}/u.test(line)) return line;
      const canonical = canonicalCounts(line);
      if (canonical.includes('":')) return quotedValues(canonical).map((piece) => shortLine(withoutQualifiedScopes(piece))).join(PIECE_BREAK);
      return shortLine(withoutQualifiedScopes(canonical));
    })
    .join('\n');
}
/**
 * A label and its count on two lines (`failures:\n2`, `Failed\n 2`) or a count and its failure word (`2\nfailed`), as a
 * narrow terminal or a card copied as text wraps them, each as the one line a reader takes them for (red team). Only a
 * line that is nothing but a number is joined to a line that is nothing but a name: a heading over a list of what it
 * counts (`Failures:\n  2 tests in module x`) stays apart, and a column of names over their values (`Passed\n10\nFailed\n0`)
 * pairs each name with the value under it, never a value with the next name. Rewritten in place.
 */
function countsSplitOverLines(lines: string[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    // Markdown parts a label from its count by a blank line too (`**Failed:**\n\n2` shows the two as paragraphs).
    const at = isBlank(lines[i + 1] as string) && i + 2 < lines.length ? i + 2 : i + 1;
    const next = lines[at] as string;
    if (ONLY_A_LABEL.test(line) && ONLY_A_COUNT.test(next)) {
      lines[i] = `${line.trimEnd()} ${next.trim()}`;
      // A count that names what it counts (`3 failed`) is a line of its own whatever stands above it: a heading, a word or
      // a pass told (`Summary`, `ok`, `All tests passed`) read as its label must not make it prose or excuse it (helper ze,
      // session 45). It is kept beside the two read as one; only a label that qualifies it (`Known issues`, `Flaky`,
      // `Previous run`) takes it into its scope, as it would on one line.
      lines.fill('', i + 1, at + 1);
      if (!ONLY_A_NUMBER.test(next) && !labelQualifies(line.replace(LABEL_DRESSING, ' '))) lines[at] = next;
      i = at;
    } else if (ONLY_A_NUMBER.test(line) && ONLY_WORDS.test(lines[i + 1] as string) && !ONLY_A_COUNT.test(lines[i + 2] ?? '')) {
      lines[i] = `${line.trim()} ${(lines[i + 1] as string).trim()}`;
      lines[i + 1] = '';
      i++;
    }
  }
}
/** A label's bullet, emphasis and colon, as marks around its words. */
const LABEL_DRESSING = /[-*+\u2022_`:=\uff1a]+/gu;
/** A line that is nothing but a number, maybe in emphasis or code marks (`2`, `**2**`, `` `2` ``, `2.`). */
const ONLY_A_NUMBER = /^[^\S\n]*[*_`]{0,3}\d{1,9}[*_`]{0,3}\.?[^\S\n]*$/u;
/** A number with at most the word or counter of what it counts (`2 tests`, `2件`), as a label's count is written on its line. */
const ONLY_A_COUNT = /^[^\S\n]*[*_`]{0,3}\d{1,9}[*_`]{0,3}(?:[^\S\n]*[\p{L}][\p{L}\p{M}]{0,15})?\.?[^\S\n]*$/u;
/** A label alone on its line, maybe as a list item or in emphasis (`failures:`, `- failed:`, `**Failed:**`, `Failed`). */
const ONLY_A_LABEL = /^[^\S\n]*(?:[-*+\u2022][^\S\n]+)?[*_`]{0,3}[\p{L}][\p{L}\p{M}_ -]{0,40}[*_`]{0,3}[:=\uff1a]?[*_`]{0,3}[^\S\n]*$/u;
/** Up to three words alone on a line (`failed`, `tests failed.`): what a count alone on the line before it counts. */
const ONLY_WORDS = /^[^\S\n]*[\p{L}][\p{L}\p{M}_-]{0,40}(?:[^\S\n]+[\p{L}][\p{L}\p{M}_-]{0,40}){0,2}[.!]?[^\S\n]*$/u;
/** A line, or when it is too long to read whole, its parts. */
// Its parts are parted by PIECE_BREAK: lines to the count readers, one line still to the summary lines (whose anchors at a
// line's start would otherwise find a runner's line in the middle of a sentence).
const shortLine = (read: string): string => (read.length > MAX_COUNT_LINE ? shortPieces(read).join(PIECE_BREAK) : read);
/**
 * The rows of a Markdown table of counts, each as a line of the counts it holds under its header's names (`| Passed |
 * Failed |` over `| 10 | 2 |` is `Passed=10 Failed=2`; a row's name before them is its label: `unit: Passed=10
 * Failed=2`, `flaky: …` bounds them), and a key-value table's rows as their counts (`| Failed | 2 |` under `| Result |
 * Count |` is `Failed=2`). Read cell by cell, a column's name is never beside its count. Rewritten in place.
 */
function tableRowsAsCounts(lines: string[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!TABLE_DELIMITER.test(lines[i] as string) || !(lines[i] as string).includes('|') || !(lines[i - 1] as string).includes('|')) continue;
    // A `#` header counts, as `Count` does.
    const header = tableCells(lines[i - 1] as string).map((cell) => (cell === '#' ? 'count' : cellName(cell)));
    for (let j = i + 1; j < lines.length && (lines[j] as string).includes('|'); j++) lines[j] = tableRow(header, tableCells(lines[j] as string));
  }
}
/** Headers of a key-value table's count column (`Count`, `#`, `Value`, `Tests`). */
const KEY_VALUE_HEADERS: ReadonlySet<string> = new Set(['value', 'values', 'amount', 'qty', 'quantity', 'tests', 'cases', 'checks', 'results', 'number']);
// Dashes, colons, pipes and spaces only (`|---|:--:|`, `--- | ---`), tested without nested repetition.
const TABLE_DELIMITER = /^(?=[^\n]*--)[ \t|:-]+$/u;
const tableCells = (row: string): string[] => row.trim().replace(/^\||\|$/gu, '').split('|').map((c) => c.trim());
/** A header cell or row name as a count's name: its words joined (`Known failures` → `Known_failures`), marks and digits left out. */
const cellName = (cell: string): string => cell.replace(/[^\p{L}\p{M}\s_-]+/gu, ' ').trim().replace(/\s+/gu, '_');
/** A cell that holds a count: digits, signed, as a fraction or with a share after it, in emphasis or beside a mark (`**2**`, `2/10`, `2 (20%)`, `❌ 2`). */
const TABLE_COUNT = /^\+?(\d+)(?:[^\S\n]*\/[^\S\n]*\d+)?(?:[^\S\n]*\([^()]*\))?$/u;
const CELL_DECORATION = /^[\s*_`~\p{So}\p{Sk}\ufe0f]+|[\s*_`~\p{So}\p{Sk}\ufe0f]+$/gu;
function tableRow(header: readonly string[], cells: readonly string[]): string {
  const pairs: [string, string][] = [];
  const names: string[] = [];
  cells.forEach((cell, i) => {
    const count = cell.length > 60 ? undefined : TABLE_COUNT.exec(cell.replace(CELL_DECORATION, ''))?.[1];
    const name = header[i] ?? '';
    if (count !== undefined && /\p{L}/u.test(name)) pairs.push([name, count]);
    else if (count === undefined && /\p{L}/u.test(cell)) names.push(cellName(cell));
  });
  if (pairs.length === 0) return cells.join('  ');
  const row = names[0];
  // A key-value table: the row's name, first, is what its one count counts (`| Failed | 2 |` under `| Result | Count |`);
  // under another header (`| Code | Meaning |`) a number is no count of what the row names.
  const keyed = row !== undefined && row !== '' && names.length === 1 && pairs.length === 1 && TABLE_COUNT.exec((cells[0] ?? '').slice(0, 60).replace(CELL_DECORATION, '')) === null;
  if (keyed && readWords(pairs[0]?.[0] as string).every((w) => COUNT_WORDS.has(w) || TOTAL_WORDS.has(w) || KEY_VALUE_HEADERS.has(w))) return `${row}=${pairs[0]?.[1] as string}`;
  return `${row !== undefined && row !== '' ? `${row.replace(/_/gu, ' ')}: ` : ''}${pairs.map(([name, count]) => `${name}=${count}`).join(' ')}`;
}

const BREAKING_TAG = /<(?:br|hr)[^\S\n]*\/?>|<\/?(?:p|li|div|tr|td|th|h[1-6]|dd|dt|ul|ol|table|blockquote|pre|section)(?:[^\S\n][^<>\n]{0,200})?>/giu;
const ESCAPED_BREAK = /\\r\\n|\\[nr](?=[\p{L}\p{N}\s\\]|$)/gu;
const ESCAPED_TAB = /\\t(?=[\p{L}\p{N}\s])/gu;
// Not whitespace and not a line break: a pattern spanning spaces (`1 errors`) never joins the end of one part to the next
// part's start, and a summary line's anchors never take a part's start for a line's.
const PIECE_BREAK = '\u001f';
/**
 * A line's sentences with a sentence that only takes back the one before's excuse (`3 failed, all fixed. Not really.`,
 * `3 failed (flaky). It is not.`, `… Just kidding.`) read as a later part of that excuse, inside its brackets if it has
 * them, as the remark readers weigh one ({@link withdrawnLater}): cut apart, the excuse was read alone.
 */
function withdrawalsKept(sentences: string[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const words = nameWords(sentence);
    const previous = out.at(-1);
    if (previous === undefined || words.length === 0 || words.length > 6 || !withdrawsAsRead(sentence)) {
      out.push(bracketWithdrawalKept(sentence));
      continue;
    }
    const body = previous.replace(/[^\S\n]*[.!?\u2026\u3002]+[^\S\n]*$/u, '');
    const told = sentence.replace(/[.!?\u2026\u3002]+[^\S\n]*$/u, '').trim();
    const bracket = /[)\]}\uff09]$/u.exec(body);
    out[out.length - 1] = bracket === null ? `${body}; ${told}` : `${body.slice(0, -1)}, ${told}${bracket[0]}`;
  }
  return out;
}
/**
 * A sentence whose excuse in brackets is taken back by the part after them (`3 failed (flaky), not really`, `2 failed
 * (all fixed) - jk`, `(flaky); or so we thought`) with that part read inside the brackets, as a later part of the remark
 * ({@link withdrawnLater}): read apart, the bracket excused the count alone.
 */
function bracketWithdrawalKept(sentence: string): string {
  const m = BRACKET_THEN_PART.exec(sentence);
  if (m === null) return sentence;
  const tail = (m[2] as string).replace(/[.!?\u2026\u3002]+[^\S\n]*$/u, '').trim();
  if (!withdrawsAsRead(tail)) return sentence;
  return `${sentence.slice(0, m.index)}, ${tail}${m[1] as string}`;
}
const BRACKET_THEN_PART = /([)\]}\uff09])(?:[^\S\n]*[,;:][^\S\n]*|[^\S\n]+[-\u2013\u2014][^\S\n]+)([^()[\]{}\n,;]{1,60})$/u;
/**
 * Where a sentence of a line ends, or a label's own count is followed by a spaced dash: each side is a line of its own to
 * the count readers, so a label before it bounds its own sentence only, as it does before a line break (`Known issues:
 * none. Failed: 2`, `Flaky: none. **Failed**: 2`, `Known issues: none… 2 failed`, `Known issues: none。Failed: 2`,
 * `Known: none - Failed: 2`), and a sentence that is nothing but a count is read as a line that is (`All good. 2
 * failed`). It runs before the counts are put in one spelling, so markup, brackets or a count written first in the next
 * sentence are read as they are on a line of their own. A stop is one after a word (closed by brackets, quotes or
 * emphasis: `none.)`, `**none.**`) or standing apart (`none . Failed`); ideographic and other scripts' stops need no
 * space after them. A dash parts only after the label's own count: bare, or none or zero with words after it (`none yet
 * -`, `0 flaky -`, `none (see #12) -`): after any other value it may introduce that item's counts (`Flaky: test_login -
 * failed=1`). Every alternative starts with a look-behind of bounded reach at a space or a stop, so a line of one long
 * word stays linear.
 */
const SENTENCE_END_HINT = /[.!?\u2026\u203c\u2047-\u2049\u3002\uff61\uff01\uff1f\u0964\u0965\u061f\u06d4]|[^\S\n][-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
const sentenceBreak = lazy(() => {
  const stops = String.raw`.!?\u2026\u203c\u2047-\u2049`;
  const closers = String.raw`)\]}"'\u201d\u2019\u00bb*_\x60`;
  const dash = String.raw`[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]{1,4}`;
  // A count with a remark in brackets (`Known issues: 2 (all fixed) -`) is its label's own as a bare one is.
  const ownCount = String.raw`(?:\d{1,9}(?:[^\S\n]*\([^()\n]{0,40}\))?|(?:0+|none|no|zero|nil)(?![\p{L}\p{N}_])[^\n:=,;|]{0,40}?)`;
  // Each look-behind is tried only where its break can start (a space, or the first of the spaces before a dash), never
  // at every letter.
  const alternatives = [
    // A stop before a word that closes a bracket is inside a remark (`2 failed (flaky? no)`), not between sentences.
    String.raw`(?=[^\S\n])(?<=[^\s${stops}][${stops}]{1,3}[${closers}]{0,3})[^\S\n]+(?!\p{L}{1,12}[)\]])`,
    String.raw`(?=[^\S\n])(?<=[\p{L}\p{N}][^\S\n]{1,3}[${stops}]{1,3})[^\S\n]+(?!\p{L}{1,12}[)\]])`,
    String.raw`(?<=[\u3002\uff61\uff01\uff1f\u0964\u0965\u061f\u06d4])[^\S\n]*`,
    // A none word's stop ends its sentence before a count with no space between (`failures: none.2 crashed`): no number
    // is written with a none word before its point.
    String.raw`(?=\d)(?<=(?<![\p{L}\p{N}_])(?:none|nothing|nil|zero)[.!?\u2026]{1,3})`,
    // A dash before a bare count is a name's separator (`Failures - 2`), not the end of a label's value.
    String.raw`(?<=\S)(?=[^\S\n]+${dash}[^\S\n])(?<=[\p{L}*_\x60)\]][^\S\n]{0,3}:[^\S\n]{0,3}${ownCount})[^\S\n]+${dash}[^\S\n]+(?!\+?\d+(?![^\S\n]*\p{L}))`,
  ];
  return new RegExp(`(?:${alternatives.join('|')})(?=\\S)`, 'iu');
});
/**
 * A line and, after it, each string quoted as a JSON member's value that holds a digit, as a line of its own to the
 * count readers (`"log": "flaky failures=2 failed=1"` is read as the log it quotes); the line itself is read as before.
 */
function quotedValues(line: string): string[] {
  return [line, ...[...line.matchAll(QUOTED_MEMBER_VALUE)].map((m) => m[1] as string).filter((v) => /\d/u.test(v))];
}
const QUOTED_MEMBER_VALUE = /"[^"\n]{1,60}"[^\S\n]*:[^\S\n]*"([^"\n]{1,400})"/gu;
/** The longest line the count readers read whole; a longer one is read in the parts its separators cut it into. */
const MAX_COUNT_LINE = 400;
const PIECE_SEPARATORS = /[,;|\uff0c\uff1b\u3001\u060c\u061b\u0964\u0965]|[^\S\n]{2,}/u;
/** A long line's parts at its separators, and a part still too long at its spaces (`x … failed=2` is read as `failed=2`). */
function shortPieces(line: string): string[] {
  return line.split(PIECE_SEPARATORS).flatMap((piece) => {
    if (piece.length <= MAX_COUNT_LINE) return [piece];
    const out: string[] = [];
    let current = '';
    for (const word of piece.split(/[^\S\n]+/u)) {
      if (current !== '' && current.length + word.length + 1 > MAX_COUNT_LINE / 2) {
        out.push(current);
        current = '';
      }
      // A single word longer than a line holds no count a reader would print.
      current = current === '' ? word.slice(0, MAX_COUNT_LINE) : `${current} ${word}`;
    }
    if (current !== '') out.push(current);
    return out;
  });
}

/**
 * A line of counts in one spelling: a name's count after it, however the line joins the two. Markdown emphasis and code
 * marks go (`**failed**: 2`), a count name in brackets before its count is that name (`[Failed] 2`), a count in
 * brackets after a name is its count (`failed(2)`, `failed [2]`; not after a count written first: Vitest's `2 failed
 * (3)`), an arrow or a dash between them is a separator (`failed -> 2`, `failed – 2`, `failed — 2`), a sign is no part of
 * the count (`failed=+2`), a fraction's count is its first number (`failed=2/10`), two counts run together are two
 * (`Passed:10Failed:2`), a parenthetical that excludes a qualifier from a label says its counts are this run's
 * (`Summary (flaky excluded): failed=2`), and `ko` beside `ok` is the failures they count.
 */
function canonicalCounts(written: string): string {
  let line = PLAIN.test(written) ? written : separatorsAsAscii(written).replace(/[\uff1a\ufe55]/gu, ':').replace(WIDE_BRACKETS, (c) => ASCII_BRACKETS[c] ?? c);
  if (/[*`_]/u.test(line)) {
    // A mark right before a count and its word first: most marks a log holds are names' underscores (`test_1`), never a
    // marked count's, and the look-behind is weighed at every position of the line.
    if (MARKED_COUNT_START.test(line)) line = line.replace(MARKED_COUNT_AFTER_WORDS, '"$2"');
    line = line.replace(MARKED_COUNT_THEN_WORDS, '$2,').replace(EMPHASIS, '');
  }
  if (EXCLUDING.test(line)) line = line.replace(EXCLUDING_TAIL, '');
  if (/[\])][^\S\n]*[:=]?[^\S\n]*\+?\d/u.test(line)) line = line.replace(BRACKETED_NAME, (whole, name: string, at: number, all: string) => (!namesACount(name) || remarkOfACount(name, all, at) ? whole : remarkExcusesNothing(name, undefined, isLabelScope) ? ' ' : name));
  if (/[([]\d+[)\]]/u.test(line)) line = line.replace(BRACKETED_COUNT, '$1=$2');
  // Any other remark is a word of the label, as the name's own words are (`Failed tests (unit): 2` counts unit tests,
  // `Failed (flaky): 2` flaky ones).
  if (/\)[^\S\n]*:/u.test(line)) line = line.replace(LABEL_REMARK, (_, remark: string, at: number, all: string) => (EXCLUDING.test(remark) || remarkExcusesNothing(remark, undefined, isLabelScope) ? '' : /\s/u.test(all[at - 1] ?? ' ') ? remark : ` ${remark}`));
  if (/[\u2013\u2014\u2015\u2192\u21d2]|[-=]>|\s-/u.test(line)) line = line.replace(ARROW_OR_DASH, '$1=');
  if (line.includes('|')) line = line.replace(CELL_PAIR, (_, name: string, count: string) => `| ${cellName(name)}=${count} `);
  if (line.includes('s)')) line = line.replace(PLURAL_MARK, '');
  if (/[\p{So}\ufe0f]/u.test(line)) line = line.replace(MARK_BEFORE_SEPARATOR, '$1');
  if (!/[:=]/u.test(line)) return /\//u.test(line) ? line.replace(FRACTION_COUNT, '$1') : line;
  if (/[:=][^\S\n]*\d[\dxXbBoOeE_'\u00a0\u202f]/u.test(line)) line = line.replace(OTHER_NOTATION, (whole, separator: string, written: string) => { const value = notationValue(written); return value === undefined ? whole : `${separator}${value}`; });
  // Each spelling is looked for only where a character it needs is there: most lines of a log hold none of them.
  if (/[<{«\u201c\u201e\u2039\u300c\u300e"'([]/u.test(line)) line = line.replace(WRAPPED_COUNT, '$1$2');
  if (line.includes('.')) line = line.replace(ZERO_FRACTION, '$1');
  if (line.includes('+')) line = line.replace(SIGNED_COUNT, '$1');
  if (line.includes('/')) line = line.replace(FRACTION_COUNT, '$1');
  line = line.replace(RUN_TOGETHER, ' ');
  return /ko/iu.test(line) && OK_COUNT.test(line) ? line.replace(KO_BESIDE_OK, 'failed') : line;
}
/** Brackets of full width (`（flaky）`, `［flaky］`) are the brackets they draw: a remark in them is read as one in ASCII's. */
const WIDE_BRACKETS = /[\uff08\uff09\uff3b\uff3d\uff5b\uff5d]/gu;
const ASCII_BRACKETS: Readonly<Record<string, string>> = { '\uff08': '(', '\uff09': ')', '\uff3b': '[', '\uff3d': ']', '\uff5b': '{', '\uff5d': '}' };
// Emphasis and code marks around a word or a count (`**failed**`, `__failed__`, `` `failed` ``, `*2*`), never the `_` inside a name (`timed_out`).
/**
 * A whole count set apart by emphasis or code marks before more words (`**2 failed** finished`, `` `1 failed` done ``):
 * the marks end it as a comma would, as quotes and brackets end theirs (session 29); with the marks gone, the words
 * after it would read as the count's own (`2 failed done`).
 */
const MARKED_COUNT_THEN_WORDS = /(?<![\p{L}\p{N}*_`])(\*{1,3}|_{1,3}|`+)(\d+[^\S\n]+\p{L}[^*_`\n]{0,58}?)\1(?=[^\S\n]+\p{L})/gu;
/**
 * A whole count set apart by the same marks after prose (`artifacts \`1 failed\``, `Result: **2 failed**`, `artifacts
 * \`1 failed\` done`): read as the same count in quotes is (`artifacts "1 failed"` fails; a quoted mention, `grep for
 * \`2 failed\``, `the \`2 failed\` message`, does not), where with the marks gone it read as prose (`artifacts 1 failed`).
 */
const MARKED_COUNT_START = /[*_`]\d+[^\S\n]+\p{L}/u;
const MARKED_COUNT_AFTER_WORDS = /(?<=\p{L}[^\p{L}\p{N}*_`\n]{0,4})(?<![*_`])(\*{1,3}|_{1,3}|`+)(\d+[^\S\n]+\p{L}[^*_`\n]{0,58}?)\1(?![\p{L}\p{N}*_`])/gu;
const EMPHASIS = /\*+|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const BRACKETED_NAME = /[[(]([\p{L}][\p{L}\p{M}_ -]{0,40})[\])](?=[^\S\n]*(?:[:=][^\S\n]*)?\+?\d)/gu;
// A letter is looked for first: the look behind over spaces and digits is taken at a word's start only, never per space.
const BRACKETED_COUNT = /(?=\p{L})(?<![\p{L}\p{M}_-])(?<!(?:^|\s)\d+[^\S\n]+)([\p{L}][\p{L}\p{M}_-]*)[^\S\n]*(?:[:=][^\S\n]*)?[([](\d+)[)\]]/gu;
const LABEL_REMARK = /\(([^()\n]{1,40})\)(?=[^\S\n]*:)/gu;
/** Words that say a qualifier's items are left out of the counts that follow (`Summary (flaky excluded)`, `Failures excluding known`). */
const EXCLUDING = /\b(?:excluded|excluding|exclude|excl|except|excepting|without|minus|omitted|omitting|ignoring|not counted|not counting|removed|besides|other than|apart from|aside from)\b/iu;
/** A label's words from one that excludes on (`Failures excluding known: 2`, `Summary without flaky:`): what is left out says nothing of the count. */
const EXCLUDING_TAIL = /(?<=\p{L})[^\S\n]+(?:excluding|except|excepting|without|minus|ignoring|not counting|besides|other than|apart from|aside from)[^\S\n]+[\p{L}\p{M}\s_-]{1,40}?(?=[^\S\n]*[:=])/giu;
const ARROW_OR_DASH = /([\p{L}\p{M}])[^\S\n]*(?:-+>|=+>|\u2192|\u21d2|[\u2013\u2014\u2015]+|[^\S\n]-+)[^\S\n]*(?=\+?\d)/gu;
// A name's cell beside its count's in a row of a table (`| Passed | 10 | Failed | 2 |`).
const CELL_PAIR = /\|[^\S\n]*([\p{L}][\p{L}\p{M}\s_-]{0,40}?)[^\S\n]*\|[^\S\n]*\+?(\d+)[^\S\n]*(?=\|)/gu;
// Quotes, brackets and angle marks around a count after its separator (`failed="2"`, `failed: <2>`, `failed: «2»`, `failed: 「2」`).
const WRAPPED_COUNT = /([:=][^\S\n]*)[<{«\u201c\u201e\u2039\u300c\u300e"'([]{1,2}[^\S\n]*(\d+)[^\S\n]*[>}»\u201d\u201c\u203a\u300d\u300f"')\]]{1,2}/gu;
/**
 * A count in another notation after its separator: hexadecimal, binary or octal of a few digits (`failed: 0x2`), digits
 * grouped by thousands (`failed: 1_204`, `1'204`) or an exponent (`failed: 2e0`), as the number it is. A longer
 * hexadecimal number is a code or an address (`error: 0x80004005`) and stays as it is.
 */
const OTHER_NOTATION = /([:=][^\S\n]*)(0x[0-9a-f]{1,4}|0b[01]{1,16}|0o[0-7]{1,6}|\d{1,3}(?:[_'\u00a0\u202f]\d{3})+|\d{1,6}(?:\.\d{1,6})?e\+?\d{1,2})(?![\p{L}\p{N}_.'])/giu;
function notationValue(written: string): string | undefined {
  const value = /^\d/u.test(written) && !/^0[xbo]/iu.test(written) ? Number(written.replace(/[_'\u00a0\u202f]/gu, '')) : Number(written.toLowerCase());
  return Number.isSafeInteger(value) ? String(value) : undefined;
}
// A count written with a zero fraction (`failed=2.0`) is that count.
const ZERO_FRACTION = /([:=][^\S\n]*\d+)\.0+(?![\d.])/gu;
// A plural in brackets (`failure(s): 2`, `error(s)`) names the count as its plural does.
const PLURAL_MARK = /(?<=\p{L})\((?:s|es)\)/gu;
// A mark between a name and its separator (`Failed ❌: 2`).
const MARK_BEFORE_SEPARATOR = /([\p{L}\p{M}])[^\S\n]*[\p{So}\ufe0f]+[^\S\n]*(?=[:=])/gu;
const SIGNED_COUNT = /([:=][^\S\n]*)\+(?=\d)/gu;
const FRACTION_COUNT = /((?:[:=]|[\p{L}\p{M}][^\S\n]|[\p{L}\p{M}][^\S\n]*[:=])[^\S\n]*\d+)[^\S\n]*\/[^\S\n]*\d+/gu;
// Checked right after a digit first: each word and each run of digits is read once (no step per letter of a long word).
const RUN_TOGETHER = /(?<=\d)(?=[\p{L}][\p{L}\p{M}_-]*[^\S\n]*[:=][^\S\n]*\d)(?<=[:=][^\S\n]*\d+)/gu;
const KO_BESIDE_OK = /\bko\b(?=[^\S\n]*[:=][^\S\n]*\d)/giu;
const OK_COUNT = /\bok[^\S\n]*[:=][^\S\n]*\d/iu;
/**
 * Whether a bracketed qualifier right after a count (or a count's word) is that count's remark (`2 failed (flaky) 3
 * crashed`, `Failed: 2 (flaky) 3 crashed`): it bounds the count before it and names no next one. An outcome's name there
 * is the next count's (`10 passed [Failed] 2`).
 */
const remarkOfACount = (name: string, line: string, at: number): boolean => !namesAnOutcome(name) && AFTER_A_COUNT.test(line.slice(Math.max(0, at - 60), at));
// A remark may follow others (`2 failed (flaky) (known) 3 crashed`).
const AFTER_A_COUNT = /\d(?:[^\S\n]+[\p{L}][\p{L}\p{M}_-]*)?(?:[^\S\n]*(?:\([^()\n]{1,60}\)|\[[^[\]\n]{1,60}\])){0,2}[^\S\n]*$/u;
/** Whether a bracketed word names a count a line prints (`[Failed] 2`, `[Flaky] 0`), not a log tag (`[INFO] 2 failed`). */
const namesACount = (name: string): boolean => readWords(name).some((w) => isCountName(w) || QUALIFIERS.has(w));
/** Whether a name counts items of one outcome (`Failed`, `passed`, `Skipped`), not items in all or how many (`Count`, `Total`, `#`). */
const namesAnOutcome = (name: string): boolean => lineNameWords(readWords(name)).some((w) => namesALineFailureWord(w) || PASSED_WORDS.has(w) || PASS_WORDS.has(w) || SKIPPED_WORDS.has(w));
const isCountName = (w: string): boolean => namesALineFailureWord(w) || PASSED_WORDS.has(w) || PASS_WORDS.has(w) || SKIPPED_WORDS.has(w) || TOTAL_WORDS.has(w) || COUNTED_ITEMS.has(w);
/**
 * Outcomes a printed line counts that failed beside failures and errors (`timed_out=2`, `timedout: 2`, `aborted: 1`,
 * `panicked: 1`); `timeout` alone is a setting (`timeout=30`), and `killed` is what mutation testers count as caught.
 */
const LINE_FAILURE_WORDS: ReadonlySet<string> = wordSet('LINE_FAILURE_WORDS', () => ['timedout', 'aborted', 'panicked', 'panics', 'segfaulted', 'segfaults', 'hung', 'oom', ...readSet(['abgestürzt', 'planté', 'plantés', 'plantée', 'plantées'])]);
/** A printed count's name words, `timed out` read as the one outcome it is. */
function lineNameWords(read: readonly string[]): string[] {
  const i = read.indexOf('timed');
  return i === -1 || read[i + 1] !== 'out' ? [...read] : [...read.slice(0, i), 'timedout', ...read.slice(i + 2)];
}
const namesALineFailureWord = (w: string): boolean => FAIL_WORDS.has(w) || LINE_FAILURE_WORDS.has(w);
const namesALineFailure = (read: readonly string[]): boolean => read.some(namesALineFailureWord);

/**
 * Qualifiers that, in a label before counts, only say when, how long or under which setting (`Time:`, `Mode:`,
 * `fail_fast`, `on`): a label of these bounds nothing, and the counts after it are this run's.
 */
const SETTING_QUALIFIERS: ReadonlySet<string> = new Set(['time', 'duration', 'ms', 'sec', 'secs', 'seconds', 'at', 'since', 'until', 'message', 'messages', 'reason', 'if', 'on', 'when', 'fast', 'mode', 'policy']);
/**
 * Whether a label before counts bounds or discounts them (`Flaky:`, `Known failures:`, `Limits:`, `Baseline`,
 * `[quarantined]`): a qualifier of the table, as written, that is no setting, and no word that says the qualified items
 * are left out (`Summary (flaky excluded):` labels this run's counts).
 */
function labelQualifies(label: string): boolean {
  if (EXCLUDING.test(label)) return false;
  return hasQualifier(nameWords(label).filter((w) => !SETTING_QUALIFIERS.has(w)));
}

/**
 * A line with the counts a qualifying label bounds set aside: the label and the counts after it, up to the next label
 * or tag of its own, or a name counted a second time, which starts another group (`Flaky: passed=1 failed=0, failed=2
 * passed=8` counts this run's `failed=2`). A label's own count (`Known failures: 2, failed=0`, `Flaky: 0 failed=3`) is
 * that label's alone; the readers judge it by its name.
 */
function withoutQualifiedScopes(line: string): string {
  if (!QUALIFIER_HINT.test(line)) return line;
  const parts = line.split(SCOPE_SEPARATOR);
  let scope: Set<string> | undefined;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] as string;
    const label = scopeLabel(part);
    if (label !== undefined) scope = label.qualified && !label.ownCount ? new Set() : undefined;
    if (label?.noneEnd !== undefined) parts[i] = `${part.slice(0, label.noneEnd)}${PIECE_BREAK}${part.slice(label.noneEnd)}`;
    if (scope === undefined) continue;
    const from = label?.end ?? 0;
    const repeat = repeatedName(part.slice(from), scope);
    if (repeat === undefined) {
      parts[i] = '';
      continue;
    }
    parts[i] = part.slice(from + repeat);
    scope = undefined;
  }
  return parts.join('');
}
/** A cheap test that a line may hold a qualifying label: a letter before a colon, a bracket or a space before a count. */
const QUALIFIER_HINT = /\p{L}[^\S\n]*(?:[:\])]|[^\S\n][\p{L}])/u;
// A quote ends a label's scope too: a line may hold a quoted log (`"log": "Known failures: failed=2"`).
const SCOPE_SEPARATOR = /([,;|"\u3001\u060c\u061b\u0964\u0965]|[^\S\n]{2,}|[^\S\n]+\/[^\S\n]+(?=\p{L}))/u;
const COLON_LABEL = /^[^\S\n]*(?:\[[^\]\n]{1,40}\][^\S\n]*)?([\p{L}][\p{L}\p{M}\s_'()-]{0,40}?)[^\S\n]*:(?!\/)[^\S\n]*/u;
const TAG_LABEL = /^[^\S\n]*\[([^\]\n]{1,40})\][^\S\n]*(?=\D)/u;
const LEAD_LABEL = /^[^\S\n]*([\p{L}][\p{L}\p{M}_-]*)[^\S\n]+(?=[\p{L}][\p{L}\p{M}_-]*[^\S\n]*(?:[:=][^\S\n]*)?\d)/u;
/** After a label, a count of its own: a number (or none) not followed by a name it counts (`Known failures: 2`, `Flaky: 0 failed=3`). */
const OWN_COUNT = /^(?:\d+|none|no|zero|-)(?![^\S\n]*[\p{L}\d])|^\d+[^\S\n]+[\p{L}][\p{L}\p{M}_-]*[^\S\n]*(?:[:=]|[^\S\n]\d)/iu;
/**
 * A value that says none (`none`, `0`, `n/a`, `-`), however it goes on, is the label's whole scope, and ends its part of
 * the line as a line break would: no item it names can own the counts after it, whatever stands between (`Known issues:
 * none • Failed: 2`, `Flaky: 0 tests Failed: 2`, `Known issues: [none] Failed: 2`, `Known issues: N/A - Failed: 2`).
 */
const NONE_VALUE = /^[[("'*_\x60]{0,2}(?:0+|none|no|zero|nil|nothing|empty|n\/a|[-\u2010-\u2015\u2212]{1,3})(?![\p{L}\p{N}_\/-])[)\]"'*_\x60]{0,2}/iu;
const NONE_THEN_REMARK = /^[^\S\n]*[([]/u;
function scopeLabel(part: string): { qualified: boolean; ownCount: boolean; end: number; noneEnd?: number } | undefined {
  const colon = COLON_LABEL.exec(part);
  if (colon !== null) {
    const text = colon[0].replace(/^[^\S\n]*\[([^\]\n]*)\]/u, '$1 ');
    const qualified = labelQualifies(text.replace(/:[^\S\n]*$/u, ''));
    const value = part.slice(colon[0].length);
    const none = NONE_VALUE.exec(value);
    // Only where more follows the value: a label of none alone needs no break. After any other label, a remark in
    // brackets after none is read on its own too (`failures: none (2 crashed)`, `errors: n/a (2 failed)`), as it is after
    // a comma (`failures: none, 2 crashed`): the none cannot make the failures it counts none.
    const rest = none === null ? '' : value.slice(none[0].length);
    const noneEnd = none !== null && (qualified ? /\S/u.test(rest) : NONE_THEN_REMARK.test(rest)) ? colon[0].length + none[0].length : undefined;
    return { qualified, ownCount: noneEnd !== undefined || OWN_COUNT.test(value), end: colon[0].length, ...(noneEnd === undefined ? {} : { noneEnd }) };
  }
  const tag = TAG_LABEL.exec(part) ?? LEAD_LABEL.exec(part);
  if (tag === null) return undefined;
  return { qualified: labelQualifies(tag[1] as string), ownCount: false, end: tag[0].length };
}
/**
 * Where in a part of a qualified scope a count counts an outcome the scope has counted (its start), or undefined; the
 * outcomes are added to `seen`. A group counts each outcome once: `failures` and `failed` count one (`flaky failures=2
 * failed=1` counts this run's failure after the flaky ones).
 */
function repeatedName(part: string, seen: Set<string>): number | undefined {
  for (const m of part.matchAll(SCOPE_COUNT_NAMES)) {
    const outcome = outcomeOf(lineNameWords(readWords((m[1] ?? m[2]) as string)));
    if (seen.has(outcome)) return m.index;
    seen.add(outcome);
  }
  return undefined;
}
/** The outcome a printed count's name counts (errors apart from failures, as pytest and JUnit count them), or its words. */
function outcomeOf(read: readonly string[]): string {
  if (read.some((w) => ERROR_WORDS.has(w))) return 'error';
  if (namesALineFailure(read)) return 'fail';
  if (read.some((w) => PASSED_WORDS.has(w) || PASS_WORDS.has(w))) return 'pass';
  if (read.some((w) => SKIPPED_WORDS.has(w))) return 'skip';
  if (read.some((w) => TOTAL_WORDS.has(w))) return 'total';
  return read.join(' ');
}
const SCOPE_COUNT_NAMES = /(?<![\p{L}\p{M}_-])([\p{L}][\p{L}\p{M}_-]*)[^\S\n]*(?:[:=][^\S\n]*)?\d+|(?<!\d)\d+[^\S\n]+([\p{L}][\p{L}\p{M}_-]*)/gu;

/**
 * A text whose lines of counts written name first (`passed=10 failed=0 total=10`, `Passed: 10, Failed: 0`, `Tests:
 * passed 10 failed 0`) are written count first (`10 passed, 0 failed, 10 total`), as the summary lines read counts:
 * read as it stands, such a line runs one name's count into the next name (`10 failed`). Only a line of two or more
 * named counts and nothing else is rewritten; one that starts with a count (`10 passed, 2 failed`) is count first.
 */
function countsFirst(written: string): string {
  // A separator drawn as a colon (`failed∶2 passed∶8`) makes a line of named counts as a colon does.
  const form = separatorsAsAscii(written);
  if (!NAMED_COUNT_ANYWHERE.test(form)) return written;
  return form
    .split(LINE_OR_PIECE)
    .map((whole) => {
      if (whole.length > 400) return whole;
      // A log tag before the counts (`[INFO] passed 0 passed 1 fail 0`) says where the line comes from: the counts after it
      // are a line of their own (read whole, `0 passed 1 fail` was a count of failures; fast-check found it).
      // So does a list's bullet (`- passed 1 failed 0 passed 0`).
      const line = withoutLogTag(whole.replace(LINE_BULLET, '')).replace(LINE_BULLET, '');
      const tag = whole.slice(0, whole.length - line.length);
      if (!NAME_FIRST_LINE.test(line)) return whole.includes('=') || whole.includes(':') ? whole.replace(namedCountRun(), (run, at: number) => (labelQualifies(leadBefore(whole, at)) ? run : countFirstRun(run) ?? run)) : whole;
      // A word before the counts that qualifies them (`Flaky passed 10 failed 2`) is left to the lone count reading.
      if (labelQualifies(LEAD_WORD.exec(line.trim())?.[0] ?? '')) return whole;
      return tag + (countFirstRun(line) ?? line);
    })
    .join('');
}
const LINE_BULLET = /^[^\S\n]*[-*+\u2022\u2023\u25e6][^\S\n]+/u;
/** A line break, or the break between the parts of a line too long to read whole, kept where it stands. */
const LINE_OR_PIECE = /([\n\u001f])/u;

/** Named counts written count first (`passed=10 failed=2` → `10 passed, 2 failed`), if they are a run's outcome counts. */
function countFirstRun(text: string): string | undefined {
  const pairs = [...text.matchAll(NAMED_COUNT_G)];
  if (!outcomeCounts(pairs.map((m) => m[1] as string))) return undefined;
  // An error's code among the counts (`error=404 fail=0 pass=3`) is no count: written count first it would read as one.
  const counts = pairs.map((m) => Number(m[2]));
  return pairs
    .filter((m) => !(isCodeName(nameWords(m[1] as string), readWords(m[1] as string)) && readsAsCode(m[2] as string, counts)))
    .map((m) => `${m[2]} ${m[1]}`)
    .join(', ');
}
/**
 * Two or more counts named first with a colon or an equals sign, one after another, inside a line that holds more
 * (`<testsuite name="a" tests=1 failures=0 skipped=0 time=0.4>`): read as it stands, a name's count would run into the
 * next name (`1 failures`). A count is one only up to a letter or a decimal point (`time=0.4`, `duration=3s` end a run).
 */
const NAMED_PAIR = String.raw`[\p{L}][\p{L}\p{M}_-]*[^\S\n]*[:=][^\S\n]*\d+(?![\p{L}\p{N}]|[.,]\d)`;
const namedCountRun = lazy(() => new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_-])${NAMED_PAIR}(?:(?:[^\S\n]*[,;|][^\S\n]*|[^\S\n]+)${NAMED_PAIR})+`, 'gu'));
/** What stands before a run of counts since the last separator or quote (`Known failures: `, `[flaky] `, `flaky `): a label that may bound them. */
const leadBefore = (line: string, at: number): string => line.slice(Math.max(0, at - 60), at).replace(/[[\]()]/gu, ' ').split(/["',;|{}]/u).at(-1) ?? '';

/**
 * Whether names written beside counts on one line are a run's outcome counts: two or more of them name passes,
 * failures, skips, totals or items (`pass=10 fail=1`, `errors=0 failures=1`, `timed_out=2`). Then a singular failure
 * name's number of three digits is a code only if it is more than every other count there (`error=404 fail=0
 * pass=3`); beside anything else (`Error: 404, retry: 2`) such a number is a code, as alone, and a smaller one a count.
 */
function outcomeCounts(names: readonly string[]): boolean {
  return names.filter((name) => lineNameWords(readWords(name)).some((w) => w === 'ok' || FAIL_WORDS.has(w) || LINE_FAILURE_WORDS.has(w) || PASS_WORDS.has(w) || PASSED_WORDS.has(w) || SKIPPED_WORDS.has(w) || COUNTED_ITEMS.has(w))).length >= 2;
}
const NAMED_COUNT = String.raw`[\p{L}][\p{L}\p{M}_-]*[^\S\n]*(?:[:=][^\S\n]*|[^\S\n])\d+`;
const BETWEEN_COUNTS = String.raw`(?:[^\S\n]*[,;|][^\S\n]*|[^\S\n]+\/[^\S\n]+|[^\S\n]+)`;
// Tried from a word's first letter only: a match from inside a word is one from its start too, and trying every letter of
// a word of 100,000 letters (no digit after it) scanned to its end from each (~15 s).
const NAMED_COUNT_ANYWHERE = new RegExp(`(?<!\\p{L})${NAMED_COUNT}${BETWEEN_COUNTS}${NAMED_COUNT}`, 'u');
// Its label may go without a colon (`Summary passed 10 failed 0`), as a lone count's word before it does.
const NAME_FIRST_LINE = new RegExp(String.raw`^[^\S\n]*(?:[\p{L}][\p{L}\p{M}_-]*:?[^\S\n]+)?${NAMED_COUNT}(?:${BETWEEN_COUNTS}${NAMED_COUNT})+[^\S\n]*\.?[^\S\n]*$`, 'u');
const NAMED_COUNT_G = /([\p{L}][\p{L}\p{M}_-]*)[^\S\n]*(?:[:=][^\S\n]*|[^\S\n])(\d+)/gu;

/** A text with its invisible characters and terminal escapes removed, its line breaks kept and a tab read as the space it draws (`2\tfailed`). */
const withoutInvisible = (text: string): string => removeInvisible(text.replace(/\r\n?|[\v\f\u0085\u2029]/gu, '\n').replace(/\n/gu, '\u2028').replace(/\t/gu, ' ')).replace(/\u2028/gu, '\n');

/** Printable ASCII and line breaks: nothing in such a text draws differently from what it says. */
const PLAIN_LINES = /^[\x20-\x7e\n]*$/;
// A single tilde's run (`~2~`: Org's code, Markdown's strike-through, drawn as a count as `=2=` is); a double one (`~~2~~ 0`) is a
// count withdrawn, read as such by withdrawnAndLinked.
const MARKUP_HINT = /[<&\\`]|(?<![~\\])~(?=[^\s~])[^~\n]{0,80}?[^\s~\\]~(?!~)|(?<![\p{L}\p{N}=+#@])[=+#@](?=[^\s=+#@])/u;

/**
 * A text beside a pass as a reader may be shown it: as written (invisible characters and terminal escapes removed:
 * `read`) and, when `written` holds anything that draws otherwise, line by line as drawn: in the order bidi controls lay it
 * out, through markup and escapes (`<b>2 failed</b>`, `2 f&#97;iled`), letters of other scripts read as the Latin ones
 * they are drawn as (`nоt ok 2` with a Cyrillic о). A failure line is one in any of them.
 */
function drawnForms(read: string, written: string): string[] {
  // References, tags and the inline marks of roff, Org, AsciiDoc and reStructuredText (`\\fB2\\fR`, `=2=`, `+2+`, `:strong:`) are read as drawn.
  if (PLAIN_LINES.test(written) && !MARKUP_HINT.test(written)) return [read];
  const forms = new Set([read]);
  // Bidi controls are invisible, so `read` has lost them: the orders they lay out come from the text as written.
  // A `<bdo dir="rtl">` draws what it holds reversed as an override does (`<bdo dir=rtl>deliaf 2</bdo>` shows 2 failed),
  // and so does any element styled `unicode-bidi: bidi-override; direction: rtl` (review rv3, session 33).
  const overridden = BIDI_OVERRIDE_HINT.test(written) ? overridesAsControls(written) : written;
  // A sheet's or a script's text is never drawn: glued to the line after it (`<style>.r{…}</style>Summary: 2 failed`), it
  // was read as that line's label (review rv5). Its element is drawn as the space it takes, once the sheet was read above.
  const unsheeted = RAW_TEXT_HINT.test(overridden) ? overridden.replace(RAW_TEXT_ELEMENT, ' ') : overridden;
  const orders = [...(unsheeted === overridden ? [] : [unsheeted]), ...displayedTexts(unsheeted.replace(/\r\n?/gu, '\n'))].map(withoutInvisible);
  for (const order of [read, ...orders]) {
    forms.add(
      // A tag that breaks the line as drawn (`<br>`, `<p>`, `</li>`) parts it as a line break does, as countLines reads it:
      // GitLab's HTML trace keeps a job's log on one line of spans and `<br>`s (red team xe, session 40).
      (order.includes('<') ? order.replace(BREAKING_TAG, '\n') : order)
        .split('\n')
        .map((line) => {
          if (line.length > MAX_LONE_COUNT_LINE * 40) return line;
          const drawn = escapedReadings(line).at(-1) ?? line;
          return PLAIN.test(drawn) ? drawn : visibleForm(asciiDigits(drawn));
        })
        .join('\n'),
    );
  }
  return [...forms];
}

const RAW_TEXT_HINT = /<(?:style|script)\b/iu;
const RAW_TEXT_ELEMENT = /<(style|script)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/giu;
// A style may spell the override with character references or CSS escapes (`bidi&#45;override`, `\\2d`), so any style is a hint.
const BIDI_OVERRIDE_HINT = /<bdo[\s/>]|[\s/"']style\s*=|<style|<link/iu;
/**
 * `written` with each element that overrides the direction of what it holds (`<bdo dir>`, a style of `unicode-bidi:
 * bidi-override` or `isolate-override`) drawn as the override characters that lay it out the same way: its start tag as
 * RLO or LRO, its end tag (or the end of an element around it) as PDF. Other tags stay as written. Attributes and styles
 * are read as a browser reads them (character references, CSS escapes and comments, `/` between attributes), and the
 * direction an override draws in is the element's own (`dir`, `direction`) or the one it inherits from an element around
 * it (`<div dir=rtl><span style="unicode-bidi: bidi-override">`): review rv4, session 33.
 */
function overridesAsControls(written: string): string {
  const open: { name: string; override: boolean; direction: 'rtl' | 'ltr' }[] = [];
  // A `<style>` rule overrides as a style attribute does (`.r{unicode-bidi:bidi-override;direction:rtl}`, review rv4).
  const sheet = sheetBidi(written);
  return replaceMarkup(written, (token) => {
    const tag = written.slice(token.index, token.end);
    if (token.kind === 'start') {
      if (token.selfClosing || VOID_ELEMENTS.has(token.name)) return tag;
      const attributes = written.slice(token.nameEnd, token.end - 1);
      const css = cssDeclarations(attributeValue(attributes, 'style') ?? '');
      const ruled = sheet === undefined ? undefined : sheetBidiOf(token.name, attributes, sheet);
      const dirAttribute = attributeValue(attributes, 'dir')?.trim().toLowerCase();
      // As CSS cascades it: a style attribute over a sheet's rule, and either over the `dir` attribute.
      const ownDirection = css.has('direction') ? cssDirection(css.get('direction')) : (ruled?.direction ?? dirAttribute);
      const direction = ownDirection === 'rtl' || ownDirection === 'ltr' ? ownDirection : (open.at(-1)?.direction ?? 'ltr');
      const override = token.name === 'bdo' || cssOverrides(css.get('unicode-bidi')) || ruled?.override === true;
      open.push({ name: token.name, override, direction });
      return !override ? tag : direction === 'rtl' ? '\u202E' : '\u202D';
    }
    if (token.kind !== 'end') return tag;
    const at = open.map((e) => e.name).lastIndexOf(token.name);
    if (at === -1) return tag;
    const closed = open.splice(at);
    const ends = '\u202C'.repeat(closed.filter((e) => e.override).length);
    return closed[0]?.override === true ? ends : ends + tag;
  });
}

/** TAP's directives that make a `not ok` no failure (TAP 13/14: `# TODO`, `# SKIP`). */
const TAP_DIRECTIVE = /^not ok\b[^\n]*?#[ \t]*(?:TODO|SKIP)\b/iu;
const TAP_NOT_OK = /^not ok[ \t]+\d+/iu;
const TAP_PLAN = /^1\.\.(\d+)[ \t]*(?:#[^\n]*)?$/u;
const TAP_POINT = /^(?:not )?ok\b/u;

/**
 * A TAP stream that failed: a `not ok` line in any drawn form, unless its TODO or SKIP directive is written plainly on a
 * line of the text as it is (a directive behind an escape, markup or a look-alike letter excuses nothing: a TAP consumer
 * does not read it); or a single plan (`1..N`) that the top-level test points, as written, do not meet (a run that
 * stopped, or a point spelt so no consumer counts it: `оk 1` with a Cyrillic о).
 */
function tapFailure(text: string, read: string, forms: readonly string[]): string | undefined {
  let plainLines: Set<string> | undefined;
  for (const form of forms) {
    for (const line of form.split('\n')) {
      if (!TAP_NOT_OK.test(line)) continue;
      plainLines ??= new Set(text.replace(/\r\n?/gu, '\n').split('\n').filter((l) => PLAIN.test(l.replace(/\t/gu, ' '))).map((l) => l.trimEnd()));
      if (TAP_DIRECTIVE.test(line) && plainLines.has(line.trimEnd())) continue;
      return line.trim();
    }
  }
  const lines = read.split('\n');
  const plans = lines.map((line) => TAP_PLAN.exec(line.trimEnd())).filter((m) => m !== null);
  if (plans.length !== 1) return undefined;
  const planned = Number(plans[0]?.[1]);
  const points = lines.filter((line) => TAP_POINT.test(line)).length;
  return planned > 0 && points > 0 && points !== planned ? `1..${planned} with ${points} test point${points === 1 ? '' : 's'}` : undefined;
}

/**
 * A line that is nothing but a count of failures: `2 failed`, `2 failures`, `1 error`, `2 of 10 failed`, `2/10 tests
 * failed`, `failed: 2`, `errors=2`, `fehlgeschlagen: 3`, `3 échecs`. A runner prints such a line; prose never is one
 * whole line (`the gate failed 2 failed builds`, `retried after 2 failed attempts` stay prose and pass). Its name is
 * read as a failure count's is ({@link FAIL_WORDS}, qualifiers as written: `2 expected failures`, `max_failures: 2`
 * count nothing of this run), and a single `error: 404` is an error's code, not a count.
 */
const ofWords = (): string => [...new Set(Object.values(STATUS_VOCABULARY).flatMap((row) => row.of))].map(escapeRegExp).join('|');
/** What follows a count in scripts without spaces: a counter (`2件`, `3个`, `3개`), which counts, as `2 failed` does. */
// Japanese `つ` (`3つのテスト`) and Chinese `条`, `处`, `例` (`3条错误`, `3例失败`) count as `件` and `个` do.
const COUNTER = '(?:件|个|個|개|건|项|項|つ|条|條|处|處|例)';
// A vowel sign or tone mark is part of its word (Thai `ล้มเหลว: 2`, Bengali `ব্যর্থ: 2`).
// A name before its count needs no colon (`失败 2`, `실패 2건`, `провалено 2`, `failed 2`: Chinese, Japanese and Korean
// runners print none), and a count may be a number word (`失败：二`, `两个失败`, `fehlgeschlagen: zwei`, `two failed`).
const LONE_COUNT_FLAGS = 'iu';
const loneCountSource = (numeral: string): string => {
  const n = `(?:\\d+|${numeral})`;
  return `^(?:(?<n>${n})(?:\\s+(?:${ofWords()})\\s+${n}|\\s*\\/\\s*${n})?(?:\\s*${COUNTER}\\s*|\\s+|(?=\\p{Script=Han}))(?<after>[\\p{L}][\\p{L}\\p{M}\\s_-]{0,60})|(?<before>[\\p{L}][\\p{L}\\p{M}\\s_-]{0,60}?)\\s*(?:[:=\\u2014\\u2015\\u2192\\u21d2\\u2026.]+\\s*)?(?<m>${n})(?:\\s*(?<counter>${COUNTER}))?(?:\\s*(?<items>[\\p{L}][\\p{L}\\p{M}\\s_-]{0,30}))?)$`;
};
const loneCount = countPattern(loneCountSource, LONE_COUNT_FLAGS);
/**
 * What a lone count may name beside its failure word: the items it counts, in every language (`2 failed tests`,
 * `failed checks: 2`, `3 fehlgeschlagene Testfälle`, `échecs de tests : 2`, `失败用例: 3`).
 */
const COUNTED_ITEMS: ReadonlySet<string> = wordSet('COUNTED_ITEMS', () => [...COMPOUND_PARTS, 'of', 'number', ...TOTAL_WORDS, ...readSet(vocabulary(['count', 'items']))]);
/**
 * A name that ends in a singular failure word and holds no other, which may name an error's code rather than a count
 * of errors (`Error: 404`, `HTTP error: 500`).
 */
const isCodeName = (written: readonly string[], read: readonly string[]): boolean =>
  (CODE_NAMES.has(written.at(-1) as string) || CODE_NAMES.has(read.at(-1) as string)) && read.filter(namesALineFailureWord).length === 1;
const isFailureCountWord = (w: string): boolean => namesALineFailureWord(w) || COUNTED_ITEMS.has(w);
/**
 * A printed count's name written as a name is (before a colon or an equals sign: `lint failures: 2`, `Unit tests failed:
 * 2`; or as one identifier: `2 lint_failures`) is read as a report's key is: a failure word with up to three words of
 * what failed (`lint`, `e2e`, `type`) counts failures, as `lint_failures: 2` does beside a pass. Prose around a count
 * (`retried after 2 failed attempts`) is neither; a name that ends in what describes one failure (`error code: 2`,
 * `failure line: 12`) counts none, and the items after the count must be items (`Build failed: 2 warnings` counts none).
 */
function subjectOfCount(name: readonly string[], written: readonly string[], items: readonly string[]): boolean {
  // A qualifier of any language (`ожидаемые`, `مجاز`) is no subject, whichever language the rest of the name is in.
  if (written.some((w, i) => QUALIFIERS.has(w) && !NEGATORS.has(written[i - 1] as string))) return false;
  const subjects = name.filter((w) => !isFailureCountWord(w));
  // Subjects in plain ASCII only: a line beyond it is also read with its letters as the Latin ones they are drawn as, and
  // there a qualifier of its own language (`ожидаемые`) reads as no word at all.
  if (subjects.length > 3 || !subjects.every((w) => ASCII_WORD.test(w)) || !items.every(isFailureCountWord)) return false;
  const last = name.at(-1) as string;
  return !DESCRIPTORS.has(last) && !subjects.some((w) => POSITION_WORDS.has(w));
}
const ASCII_WORD = /^[a-z0-9]+$/u;
/**
 * A count written first before one word of what failed and the failure word last, in the number the count asks (`2 lint
 * failures`, `1 type error`, `two lint failures`). More words (`60 may introduce error`), a singular after many, or a
 * number word of another language than the failure word's (`Due to a configuration error`: `due` is Italian for two) or
 * that is no number (`all lint errors`, `some type errors`) is prose.
 */
function countFirstSubject(read: readonly string[], number: string): boolean {
  const last = read.at(-1) as string;
  if (!namesALineFailureWord(last)) return false;
  if (/^\d+$/u.test(number) ? number !== '1' && CODE_NAMES.has(last) : !numeralOfLanguage(number, last)) return false;
  // A none between the count and its failure word (`2 suites - none failed`, `2 suites, no failures`) says none failed.
  if (read.some((w) => NONE_WORDS.has(w) || NONE_BEFORE_A_WORD.has(w) || BARE_NEGATIONS.has(w))) return false;
  return read.filter((w) => !isFailureCountWord(w)).length <= 1;
}
/** Whether a number word is a numeral of a language its failure word is a word of (`two` … `failures`), in the plural. */
function numeralOfLanguage(number: string, failureWord: string): boolean {
  const words = number.toLowerCase().split(/[-\s]+/u);
  if (words.some((w) => NOT_NUMERALS.has(w)) || (words.length === 1 && ONE_WORDS.has(words[0] as string) === !CODE_NAMES.has(failureWord))) return false;
  const of = languagesOf().get(failureWord);
  return of !== undefined && words.every((w) => [...(numeralLanguages().get(w) ?? [])].some((l) => of.has(l)));
}
const numeralLanguages = lazy(() => wordLanguages(['some']));
/** Words of the `some` column that say how many without a number (`all lint errors`, `some type errors` are prose). */
const NOT_NUMERALS: ReadonlySet<string> = new Set(['many', 'several', 'some', 'all', 'dozen', 'hundreds', 'thousands', 'few', 'multiple', 'various']);
const ONE_WORDS: ReadonlySet<string> = new Set(['one', 'a', 'an', 'single']);
/**
 * Digits inside a word of a name (`e2e failed: 2`, `i18n errors: 2`) read as letters: the word names what failed, as
 * `lint` does, and the patterns of a count's name stay a class of letters (cheaper than a class of letters or digits).
 */
// Digits before a counter are a count, not part of a word (`失败3个`, `エラー3件`).
const DIGITS_IN_WORD = new RegExp(String.raw`(?<=\p{L})\p{N}+(?=\p{L})(?!${COUNTER})`, 'gu');
const NAME_THEN_SEPARATOR = /^[\p{L}][\p{L}\p{M}\s_-]{0,60}?[^\S\n]*[:=][^\S\n]*\d/u;
/** One token joined as a name (`lint_failures`, `e2e-failed`, `lintFailures`): never prose. */
const IDENTIFIER = /^[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)+$|^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
/** Words that place a failure (`failure line: 12`, `error column: 5`), never count failures. */
const POSITION_WORDS: ReadonlySet<string> = new Set(['line', 'lines', 'column', 'columns', 'col', 'offset', 'index', 'position', 'pos', 'row', 'page', 'byte', 'char', 'character', 'level', 'severity', 'status', 'number', 'no', 'nr', 'version', 'port', 'pid']);
/**
 * Whether a number after a singular failure name is a code (`Error: 404`, `error=404 fail=0 pass=3`) rather than a
 * count (`error=1`, `Error: 2 retry: 1`): a code has three digits or more, and among a line's outcome counts (`among`)
 * it is more than every other count there, as no run of those items errs more often than it ran them.
 */
function readsAsCode(number: string, among?: readonly number[]): boolean {
  if (!/^\d+$/u.test(number)) return false;
  const n = Number(number);
  if (n < 100) return false;
  return among === undefined || among.filter((c) => c >= n).length <= 1;
}

/**
 * A failure word in the singular before a number of three digits or more may be an error's code (`Error: 404`,
 * `Fehler: 404`, `エラー: 500`, `HTTP error: 500`: {@link readsAsCode}); before a smaller one it counts (`error=1`,
 * `Error: 2` beside a pass fails closed). Words whose singular is their plural are read so too. A failure name
 * of a language without plurals (`失敗`, `失败`, `실패`) is how it writes a count (`失败：３`), so it stays one.
 */
const CODE_NAMES: ReadonlySet<string> = wordSet('CODE_NAMES', () => readSet(['error', 'failure', 'fail', 'fehler', 'fehlschlag', 'erreur', 'échec', 'fallo', 'falha', 'erro', 'errore', 'fout', 'błąd', 'fel', 'ошибка', 'hata', 'エラー', '错误', '錯誤', '오류', '에러']));
const MAX_LONE_COUNT_LINE = 100;

function loneCountLine(text: string): string | undefined {
  let before: string | undefined;
  for (const [at, raw] of text.split(/(?=[\n\u001f])/u).entries()) {
    const piece = at === 0 ? raw : raw.slice(1);
    // A piece cut after a label's none (`errors: 0 (module A), 2 (module B)`) may go on with that label's list.
    const after = raw.startsWith(PIECE_BREAK) && before !== undefined ? continuedInPiece(before, piece) : undefined;
    // A failure label's none in a place then, cut from it or on the next line, a count going on with it (`errors: 0 (A) 2
    // (B)`, `errors: 0 in A` / `2 in B`): read together.
    const goesOn = before !== undefined && (raw.startsWith(PIECE_BREAK) || /^[^\S\n]*[([{]?[^\S\n]*[1-9]/u.test(piece)) ? placedNoneThenACount(`${before} ${piece}`) : undefined;
    if (goesOn !== undefined) return goesOn;
    before = piece;
    if (after !== undefined) return after;
    if (piece.length > MAX_LONE_COUNT_LINE * 4) continue;
    // Read as drawn and, beyond ASCII, as written too: letters drawn as punctuation (Hebrew `בדיקה` as `בד'קה`) would cut
    // a word of their own script in two.
    const drawn = PLAIN.test(piece) ? [piece] : [visibleForm(asciiDigits(piece)), asciiDigits(removeInvisible(piece))];
    const found = firstOf(drawn, loneCountIn) ?? firstOf(drawn, bracketedCountIn) ?? firstOf(drawn, countBeforeRemarkIn) ?? firstOf(drawn, placesCountedFailing) ?? firstOf(drawn, placedNoneThenACount) ?? firstOf(drawn, placesListedWithCounts) ?? firstOf(drawn, noneThenFailureTold);
    if (found !== undefined) return found;
    // A remark of where that counts failures of its own (`0 errors in 2 failing suites`) is read as a count of its own:
    // the count it follows is none only of what it names.
    if (!/\d[^\n]*\d/u.test(piece)) continue;
    const apart = drawn.map((d) => d.replace(placeBeforeCount(), ', ')).filter((d, i) => d !== drawn[i]);
    const inRemark = firstOf(apart, loneCountIn);
    if (inRemark !== undefined) return inRemark;
  }
  return undefined;
}
/**
 * A line led by a count of none that then tells a failure in words of its own (`0 errors: build failed`, `0 errors,
 * segfault`, `0 warnings; tests did not pass`), in a summary or a log as in an entry's outcome ({@link
 * failureToldAfterNone}): the none counts only what it names.
 */
function noneThenFailureTold(line: string): string | undefined {
  // A count above none and its word are the count readers' to weigh, with their remarks (`0 fehlgeschlagen; 2 Fehler
  // (flaky)`): only what is told in words beside them is read here.
  return NONE_LEADS_A_LINE.test(line) && failureToldAfterNone(line.replace(COUNT_ABOVE_NONE_AND_ITS_WORD, ' ')) ? line.trim().slice(0, 200) : undefined;
}
const COUNT_ABOVE_NONE_AND_ITS_WORD = /(?<![\p{L}\p{N}.,])[1-9]\d*(?:[.,]\d+)?[^\S\n]*[\p{L}\p{M}]*/gu;
const NONE_LEADS_A_LINE = /^[^\p{L}\p{N}\p{Cc}]*0+(?:[.,]0+)?[^\S\n]+\p{L}/u;
const placeBeforeCount = lazy(() => new RegExp(String.raw`(?<=[\p{L}\p{N}][^\S\n]*)[^\S\n]+(?:in|across|over|within|from|on|${FOREIGN_PLACE_WORDS})[^\S\n]+(?=\d)`, 'giu'));
/** A count of a piece's parts that goes on with the list of the label before the piece ({@link continuedCount}). */
function continuedInPiece(before: string, piece: string): string | undefined {
  if (piece.length > MAX_LONE_COUNT_LINE * 4 || !/\d/u.test(piece)) return undefined;
  const segments = piece.split(countSegmentBreak(piece));
  for (const [at, segment] of segments.entries()) {
    const inner = unbracketed(segment);
    const listed = continuedCount([before, ...segments.slice(0, at)], inner ?? segment, inner !== undefined);
    const found = listed === undefined ? undefined : loneCountIn(listed);
    if (found !== undefined) return found;
  }
  return undefined;
}
/** A part in brackets as its content (`(2 in module B)`). */
const unbracketed = (part: string): string | undefined => /^[^\S\n]*[([{\uff08]([^()[\]{}\uff08\uff09\n]{1,60})[)\]}\uff09][^\S\n]*$/u.exec(part)?.[1];
/**
 * A count whose line ends in a remark in brackets that excuses none of it (`Failed 2 (see log)`, `失败 3（见日志）`,
 * `3个测试失败（见日志）`, `실패 3건 (로그 참조)`): read as the count alone, as `2 failed (see log)` is. Runners of languages
 * written without spaces glue the remark to the count, and a name before its count needs no colon there.
 */
function countBeforeRemarkIn(line: string): string | undefined {
  if (!/[)\]}\uFF09\uFF3D\uFF5D\u3011\u3015][^\S\n]*[.;]?\s*$/u.test(line)) return undefined;
  const remark = TRAILING_REMARK.exec(line);
  if (remark === null || remark.index === 0) return undefined;
  const found = loneCountIn(line.slice(0, remark.index));
  if (found === undefined) return undefined;
  // Weighed as a count's remark is (`Failed 3 (2 flaky)` excuses two of three; `Failed 2 (see log #12)` none).
  const count = /\d+/u.exec(found)?.[0];
  return remarkScopes(remarkAsShown(remark[1] as string), count === undefined ? undefined : Number(count)) ? undefined : found;
}

const firstOf = (texts: readonly string[], read: (text: string) => string | undefined): string | undefined => {
  for (const t of texts) {
    const found = read(t);
    if (found !== undefined) return found;
  }
  return undefined;
};

/** A count in brackets of its own within a line of prose: `(2 failed)`, `[2 errors]`, `（2 失败）`. */
const COUNT_IN_BRACKETS = /[([\uff08\uff3b]([^()[\]\uff08\uff09\uff3b\uff3d\n]{1,60})[)\]\uff09\uff3d]/gu;
/**
 * Brackets of every other kind (`{2 failed}`, `<2 failed>`, `【2 failed】`, `《2 failed》`, `⟨2 failed⟩`, `〔2 failed〕`): read
 * alone on their line they count, so prose after them must not hide them (red team rc, session 28).
 */
const COUNT_IN_OTHER_BRACKETS = lazy(() => /[{<\p{Ps}]([^\p{Ps}\p{Pe}<>\n]{1,60})[}>\p{Pe}]/gu);
/** A bracketed group that is a count of its own (`(1 failed)`): the clause before it ends there, so its label excuses no later group. */
const COUNT_GROUP_END = /[)\]}>\p{Pe}](?<=[([{<\p{Ps}][^\S\n]*\p{N}+[^\S\n]*\p{L}[^\n]{0,60})/gu;

/**
 * A whole count in brackets followed by more text (`(2 failed) see log`, `Summary: (2 failed), see the log`): a runner
 * prints a count so, and read alone on its line it fails; prose around it does not make it prose (red team za, session
 * 28). It is read as the count of the clause before it (`Summary: 2 failed`), so a clause that qualifies it (`Known
 * issues (2 failed)`, `Previously (2 failed)`) excuses it as that label would; a remark's own words (`(2 flaky)`, `(2
 * failed on retry)`) are read as they are after a count. The clause starts after an earlier bracketed count (`Known
 * issues (1 failed) and (2 failed)`): the label was that group's.
 */
function bracketedCountIn(line: string): string | undefined {
  if (line.length > MAX_LONE_COUNT_LINE * 4 || !/[([{<\p{Ps}\p{Pi}\p{Pf}"'`/]/u.test(line)) return undefined;
  for (const [brackets, quoted] of wrappedGroups()) {
    for (const m of line.matchAll(brackets)) {
      const content = (m[1] as string).trim();
      // A count and its name both inside (`(2 failed)`): a number alone in brackets is the total of the count before it (`0 failed (3)`).
      if (!/\p{N}/u.test(content) || !/\p{L}/u.test(content)) continue;
      // A quoted name of one token (`"Found_0_errors_6217"`, a message's key) names; it counts nothing.
      if (quoted && IDENTIFIER.test(content)) continue;
      const before = line.slice(0, m.index);
      const clause = (clauseAfterLastCountGroup(before).split(/[.;!?\u3002]\s|[.;!?\u3002]$|,/u).at(-1) ?? '').replace(/[\s:=\-\u2013\u2014]+$/u, '').trim();
      // The count is read on its own, then excused by a clause that qualifies it as a label would; a clause the line
      // reader cannot take as a label (`artifacts finished (1 failed)`) excuses nothing.
      const found = loneCountIn(content);
      if (found === undefined || labelQualifies(clause)) continue;
      // After a label's colon the quote is the label's value (`Title: "2 failed"`, `Final text: "3 failed"`): reported, not mentioned.
      if (quoted && !LABEL_MARK_AT_END.test(before) && quotesAMention(clause, line.slice(m.index + m[0].length))) continue;
      return found;
    }
  }
  return undefined;
}
/**
 * A whole count in quotes followed by more text (`«2 failed» see log`, `"2 failed" see log`, `„2 failed“`, `‹2 failed›`,
 * `'2 failed'`, `/2 failed/`) is read as one in brackets is (red team rc, session 29): alone on its line it fails, and
 * quotes around it do not make it prose. Quotes also mention text, so a count quoted as the words searched for, named
 * or shown (`search the log for "2 failed"`, `the test named "2 failed"`, `the "2 failed" message`) is that text, not
 * this run's count ({@link quotesAMention}). A quote mark is one only where no letter or digit touches it on its outer
 * side (`it's`, `rock 'n' roll`, `1/2 failed/3`).
 */
const wrappedGroups = lazy((): readonly (readonly [RegExp, boolean])[] => [
  [COUNT_IN_BRACKETS, false],
  [COUNT_IN_OTHER_BRACKETS(), false],
  [/(?<![\p{L}\p{N}])[\p{Pi}\p{Pf}\u201a\u201e]([^\p{Pi}\p{Pf}\u201a\u201e\n]{1,60})[\p{Pi}\p{Pf}](?![\p{L}\p{N}])/gu, true],
  [/"([^"\n]{1,60})"/gu, true],
  [/`([^`\n]{1,60})`/gu, true],
  [/(?<![\p{L}\p{N}])'([^'\n]{1,60})'(?![\p{L}\p{N}])/gu, true],
  [/(?<![\p{L}\p{N}/.:~])\/([^/\n]{1,60})\/(?![\p{L}\p{N}/])/gu, true],
]);
/**
 * Whether the words around a quoted count say it is text mentioned, not a count reported: the clause before it ends
 * in a verb of search or match or a word that names (`grep for`, `matching`, `named`, `titled`, `the message`), or the
 * word after it names the kind of text it is (`"2 failed" message`). A verb that reports (`prints`, `shows`, `says`)
 * mentions nothing: what it reports is the run's.
 */
const LABEL_MARK_AT_END = /[:=\uff1a][^\S\n]*$/u;
function quotesAMention(clause: string, after: string): boolean {
  const last = /([\p{L}]+)[^\S\n]*$/u.exec(clause)?.[1]?.toLowerCase();
  if (last !== undefined && (MENTION_BEFORE.has(last) || (last === 'for' && /\b(?:search|searching|searched|look|looking|grep|grepping|scan|scanning|check|checking|wait|waiting)[^\S\n]+(?:\S+[^\S\n]+){0,3}for$/iu.test(clause)))) return true;
  const next = /^[^\S\n]*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && MENTION_AFTER.has(next);
}
const MENTION_BEFORE: ReadonlySet<string> = wordSet('QUOTE_MENTION_BEFORE', () => [
  'search', 'searches', 'searched', 'searching', 'grep', 'greps', 'grepped', 'grepping', 'match', 'matches', 'matched', 'matching',
  'contain', 'contains', 'containing', 'named', 'called', 'titled', 'entitled', 'labelled', 'labeled', 'message', 'string', 'text',
  'pattern', 'regex', 'regexp', 'title', 'phrase', 'wording', 'word', 'words', 'literal', 'substring',
]);
const MENTION_AFTER: ReadonlySet<string> = wordSet('QUOTE_MENTION_AFTER', () => [
  'message', 'messages', 'string', 'strings', 'text', 'pattern', 'patterns', 'regex', 'regexp', 'label', 'title', 'heading', 'banner',
  'wording', 'substring', 'literal', 'placeholder', 'translation', 'typo',
]);
function clauseAfterLastCountGroup(before: string): string {
  let end = 0;
  for (const m of before.matchAll(COUNT_GROUP_END)) end = m.index + m[0].length;
  return before.slice(end);
}

/**
 * A line of several counts (`Passed: 10 | Failed: 2`, `passed=10 failed=2`, `Tests: 3 fehlgeschlagen, 10 bestanden`,
 * `10 aprobados, 2 fallidos`) is a lone count in each of its parts: English runners' lines are matched whole
 * ({@link SUMMARY_LINES}), a line in another language or layout only part by part.
 */
function loneCountIn(line: string): string | undefined {
  // A failure label with its own value after a count, with no mark between (`12 tests passed Failed: 0`, `1 tests --
  // Failures: -`; helper fa, session 48): two parts, each read alone, as after a bar. Read whole, the label's word was
  // taken for the word of the count before it. A qualifier before the label (`10 flaky failures=2`) is the label's own.
  const parted = LABEL_AFTER_A_COUNT.exec(line);
  if (parted !== null && readWords(parted[3] as string).every(isFailureCountWord) && !hasQualifier(nameWords(parted[1] as string))) return loneCountIn(parted[1] as string) ?? loneCountIn(parted[2] as string);
  // Separators drawn as a colon or an equals sign (`failed∶2 passed∶8`) part a line's counts as those do.
  // A label's count keeps no remark whose excuse excuses nothing (`Failed: 3 (1 flaky, 1 known)`): read whole here, before
  // the line is cut at its commas, as the remark's counts are weighed only whole.
  // A remark glued to a label's count (`failures: 2(x)`) is a remark still, as one after a space is.
  // So is one in square or curly brackets (`failures: 1 [x]`, `Failed: 3 {1 flaky}`): weighed as one in round ones.
  // A plural in brackets (`2 timeout(s)`) is no remark: read as the plural it writes.
  const tagged = withoutLogTag(separatorsAsAscii(line).replace(BRACKETED_PLURAL, '$1')).replace(GLUED_REMARK, ' ').replace(SQUARE_OR_CURLY_REMARK, '$1($2$3)');
  // A count in a Roman numeral or in words keeps no remark that excuses nothing either (`Failed: III (see log)`, `Failed:
  // two (see log)`), as one in digits is cut from it (mixedCounts).
  const raw = tagged.includes('(') ? withoutVoidRemarksInWords(tagged.replace(VALUE_REMARK, (all, value: string, count: string, remark: string) => (remarkExcusesNothing(remark, Number(count), isLabelScope) ? value : all))) : tagged;
  const whole = loneCountPart(raw);
  if (whole !== undefined || raw.length > MAX_LONE_COUNT_LINE * 4) return whole;
  // Arabic's comma and semicolon and the Devanagari danda separate counts as a comma does.
  // A slash between spaces before a name parts counts too (`Known failures: 0 / Failed: 2`); before a number it is a ratio.
  // A qualifying label's counts were set aside before (withoutQualifiedScopes): every part left is this run's.
  const segments = raw.split(countSegmentBreak(raw));
  for (const [at, segment] of segments.entries()) {
    // A remark of words alone after a count that bounds it (`2 failed, all known`, `2 failed, then passed on retry`)
    // scopes it as it does after the count's failure word (`2 failed (flaky)`): withoutTrailingRemark.
    // A later part that takes the remark back (`2 failed, all fixed, not really`) leaves the count standing.
    if (boundByRemark(segments[at + 1]) && !withdrawnLater(segments.slice(at + 1).join(', '), (w) => REMARK_SCOPES.has(w))) continue;
    // A bare count after a labelled one goes on with its label's list (`errors: 0 in module A, 2 in module B`, `Fehler: 0
    // im Modul A, 2 im Modul B`): read under that label, as the count of another place it is.
    // Joined by a word before its count too (`errors: 0 in module A and 2 in module B`).
    const joined = segment.split(JOINED_COUNT);
    for (const [j, sub] of joined.entries()) {
      const listed = at + j > 0 ? continuedCount([...segments.slice(0, at), ...joined.slice(0, j)], sub) : undefined;
      const found = listed === undefined ? undefined : loneCountIn(listed);
      if (found !== undefined) return found;
      // A count joined with its own outcome word (`0 failures on node 18 and 2 failures on node 20`, `0 errors and 2
      // failed`) is a count of its own, as it is after a comma: the none before it counts only what it names (helper za,
      // session 45). A bare one stays a version or another place of the list (continuedCount).
      const own = j > 0 && listed === undefined ? loneCountPart(sub) : undefined;
      if (own !== undefined) return own;
    }
    // So does one in brackets after it (`failures: 0 in module A (2 in module B)`).
    const bracketed = TRAILING_REMARK.exec(segment);
    const listedIn = bracketed === null || bracketed.index === 0 ? undefined : continuedCount([segment.slice(0, bracketed.index)], bracketed[1] as string, true);
    const foundIn = listedIn === undefined ? undefined : loneCountIn(listedIn);
    if (foundIn !== undefined) return foundIn;
    // A conjunction that opens a part joins it to what went before (`none, but 2 failed`): what it joins is a count still.
    // So does a verb that says the failures were there (`Found 2 lint errors`, `Detected 3 failures`, as tsc's `Found 2
    // errors` is read): the count after it is the line's.
    const labelled = withoutEndedWithLead(withoutEastAsianPredicate(segment.trim()).replace(PRESENCE_LEAD, ''));
    // A label that qualifies stays (`Fixed: two failing tests`): a line of digits had its scope set aside before
    // (withoutQualifiedScopes), one of number words has not.
    const unlabelled = labelled.replace(countLineLabel(labelled), (label: string) => (labelQualifies(label) ? label : ''));
    // After a label, the same words may join the count to how the run ended (`Status: passed with 3 failures`).
    // A tool's name before its verb of finding (`tsc: Found 2 errors`) labels the line as the name alone would.
    const part = unlabelled === labelled ? unlabelled : withoutEndedWithLead(unlabelled.replace(PRESENCE_LEAD, ''));
    // Before named counts may stand their label's own count (`Flaky: 0 通过 10 失败 2`) or a word that does not qualify
    // them (`結果 通過 10 失敗 2`, `Results passed 10 failed 2`); never a count with no label (`0 passed 10 failed 2`).
    const counts = part.replace(part === labelled ? LEAD_WORD : LEAD_COUNT, (lead: string, own?: string) => (own !== undefined || !labelQualifies(lead) ? '' : lead));
    // Only a part that is nothing but such counts is cut at them: `flaky failures=2` keeps its qualifier.
    const pairs = counts.match(namedCounts(counts));
    // Marks, bullets and brackets around the counts (`- passed=10 failed=2`, `[passed=10] [failed=2]`) qualify none.
    // A lookalike numeral out of its language is the English word (`Retry on failure: on`): no named count to cut at.
    const cut = pairs !== null && pairs.length >= 2 && !/[\p{L}\p{N}]/u.test(counts.replace(namedCounts(counts), '')) && !pairs.some(pairOutOfItsLanguage);
    const mixed = /[:=]\s*\d|^\d+\s+\p{L}[^:=]*[:=]/u.test(part) ? mixedCounts(part) : [part];
    const amongCounts = cut && outcomeCounts(pairs.map((p) => /^[\p{L}][\p{L}\p{M}_-]*/u.exec(p)?.[0] ?? p)) ? pairs.map((p) => Number(/\d+/u.exec(p)?.[0] ?? Number.NaN)) : undefined;
    // A label the line's counts were cut from is read with its own count too (`Errors: 3 see log` after a comma): a label
    // naming failures counts them, its remark cut as on a line of its own (withoutLabelRemark).
    const candidates = cut ? pairs : mixed.length > 1 ? [part, ...mixed] : [part];
    for (const candidate of part === labelled || cut ? candidates : [...candidates, labelled]) {
      const found = loneCountPart(candidate, amongCounts);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
const LABEL_AFTER_A_COUNT = /^([^\n]{0,80}?\d[^\n]{0,80}?\p{L})[^\S\n]+(?:(?:-{1,3}|[\u2013\u2014])[^\S\n]+)?((\p{L}[\p{L}\p{M}_-]{0,30})[^\S\n]*[:=][^\S\n]*(?:\d|-|none\b|n\/a\b)[^\n]{0,80})$/iu;
/**
 * A bare count with at most a remark of where or when (`2 in module B`, `two in module B`, `2 (module B)`), as `<label>:
 * <count>` under the last label of the parts before it, whose own count may be none in words (`errors: none in A`).
 */
function continuedCount(before: readonly string[], segment: string, inBrackets = false): string | undefined {
  // In brackets a bare count is a total (Vitest's `0 failed (3)`): only one with a remark of where goes on with a list.
  const count = bareCountGoingOn(segment, inBrackets);
  if (count === undefined || versionListGoesOn(before, count)) return undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const part = before[i] as string;
    const label = LABELLED_COUNT.exec(part) ?? COUNT_THEN_NAME.exec(part) ?? labelledNone(part);
    if (label !== null && label !== undefined) return `${label[1] as string}: ${count}`;
    // A remark in brackets the line was cut before (`errors: 0 (module A), 2 (module B)`) is the label's count's own.
    if (bareCountGoingOn(part) === undefined && !/^[^\S\n]*[([{\uff08][^()[\]{}\uff08\uff09\n]{0,60}[)\]}\uff09][^\S\n]*$/u.test(part)) return undefined;
  }
  return undefined;
}
/**
 * Whether a bare number goes on with a list of versions that the part before it ends in (`0 failures on node 18 and 20`,
 * `on python 3.11, 3.12`, `on ubuntu 22.04 & 24.04`, `on node v18 and 20`; helper xi, session 44): a number after a
 * runtime's or a platform's name is its version, and one joined to that version is another version, no count of
 * failures. A number with a place of its own (`and 2 on node 20`) is a count still.
 */
function versionListGoesOn(before: readonly string[], count: string): boolean {
  if (!BARE_VERSION.test(count)) return false;
  // A list of three or more (`on node 18, 20 and 22`): each part between is a bare version going on with the one before
  // it (helper za, session 45), so the last is a version still, never the failure word's count.
  for (let i = before.length - 1; i >= 0; i--) {
    const part = before[i] as string;
    if (VERSION_LAST().test(part)) return true;
    if (!BARE_VERSION.test(part.trim())) return false;
  }
  return false;
}
const BARE_VERSION = /^v?\d{1,9}(?:\.\d+)*$/u;
const VERSION_LAST = lazy(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${VERSIONED_NAMES.map(escapeRegExp).join('|')})[^\S\n]*[-@]?[^\S\n]*v?|v)\d{1,4}(?:\.[\dx]+)*[^\S\n]*$`, 'iu'));
/** A part that is a bare count going on with a list (`2 in module B`, `another 2 in B`), as the count and its remark, or undefined. */
function bareCountGoingOn(part: string, placed = false): string | undefined {
  const m = BARE_COUNT_START.exec(part);
  if (m === null) return undefined;
  const count = m[1] as string;
  if (!/^\d/u.test(count) && (ENGLISH_WORD_NUMERALS().has(count.toLowerCase()) || !wholeNumeral().test(count))) return undefined;
  const rest = part.slice(m[0].length);
  return (!placed && /^[^\S\n]*(?:$|[([{\uff08])/u.test(rest)) || placeLead().test(rest) ? `${count}${rest.trimEnd()}` : undefined;
}
const JOINED_COUNT = /[^\S\n]+(?:and|und|et|y|e|plus|&|but|aber|mais|pero)[^\S\n]+(?=\d|\p{L}+[^\S\n]+(?:in|im|dans|en)[^\S\n])/iu;
// `another 2`, `2 more` go on with the list as a bare `2` does.
const BARE_COUNT_START = /^[^\S\n]*(?:(?:another|other|further|weitere|encore)[^\S\n]+)?(\d{1,9}|\p{L}[\p{L}\p{M}-]{0,20})(?![\p{L}\p{M}\p{N}])(?:[^\S\n]+(?:more|others?|further|weitere|autres?|más))?/iu;
const placeLead = lazy(() => new RegExp(String.raw`^[^\S\n]+(?:in|during|on|at|across|within|for|under|while|when|from|${FOREIGN_PLACE_WORDS})[^\S\n]`, 'iu'));
/** A label whose count is a word for none (`errors: none in module A`, `Fehler: keine im Modul A`). */
function labelledNone(part: string): RegExpExecArray | undefined {
  const m = LABELLED_WORD.exec(part);
  return m !== null && NONE_WORDS.has((m[2] as string).toLowerCase()) ? m : undefined;
}
const LABELLED_WORD = /^[^\S\n]*([\p{L}][\p{L}\p{M}_ -]{0,30}?)[^\S\n]*[:=][^\S\n]*(\p{L}+)(?![\p{L}\p{M}])/u;
// Or the name after a count written first (`0 errors in module A, 2 in module B`).
const COUNT_THEN_NAME = /^[^\S\n]*\d{1,9}[^\S\n]+([\p{L}][\p{L}\p{M}_-]{0,30})/u;
const LABELLED_COUNT = /^[^\S\n]*([\p{L}][\p{L}\p{M}_ -]{0,30}?)[^\S\n]*[:=][^\S\n]*\d/u;
/**
 * Where the parts of a line of counts meet. A label's none (in any language) before a remark in brackets ends its part
 * (`failures: none (two crashed)`, `Fehler: keine (2 fehlgeschlagen)`), as it does before a comma: the remark's own count is read. After a count's remark in brackets, a
 * count of its own starts another part (`2 failed (flaky) and 3 crashed`, `+ 3 errors`, `· 3 errors`, `/ 3 errors`, `but
 * three crashed`, `2 failed [flaky] 3 crashed`): the remark excuses the count it follows, never the next one.
 */
/** The words for none of every language (`none`, `keine`, `aucun`, `无`), as alternatives of a pattern, longest first. */
const noneWords = lazy(() => [...NONE_WORDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'));
const countSegmentBreakSource = (numeral: string): string => {
  const joiner = String.raw`(?:and|plus|but|also|then|while|with|&|\+|[\u00b7\u2022\u2219\u22c5\/]|[-\u2010-\u2015\u2212]{1,3})`;
  return [
    String.raw`[,;|\uff0c\uff1b\u3001\u060c\u061b\u0964\u0965]|\s{2,}|\s+\/\s+(?=\p{L})`,
    String.raw`(?=[([{<\uff08\uff3b\u3010\u300c\u300e\u3014])(?<=[:=][^\S\n]{0,3}(?<![\p{L}\p{M}])(?:${noneWords()}|nil|zero|n\/a|0+|[-\u2010-\u2015\u2212]{1,3})[^\S\n]{0,3})`,
    String.raw`(?<=[)\]}\uff09\u3011])(?<=\d[^()[\]{}\n]{0,60}(?:${REMARK_IN_BRACKETS}[^\S\n]*){0,2}${REMARK_IN_BRACKETS})[^\S\n]*(?:${joiner}[^\S\n]*)?(?=\d|(?:${numeral})[^\S\n]+\p{L})`,
  ].join('|');
};
const countSegmentBreak = countPattern(countSegmentBreakSource, 'iu');
const NONE_FATAL = /^(?:(?:0|none|no|zero)(?:[^\S\n]+of[^\S\n]+(?:them|these|those|which))?(?:[^\S\n]+(?:is|are|was|were))?[^\S\n]+(?:fatal|blocking)|(?:all|each)(?:[^\S\n]+of[^\S\n]+them)?(?:[^\S\n]+(?:is|are|was|were))?[^\S\n]+non[^\S\n]?-?[^\S\n]?(?:fatal|blocking))[.!]?$/iu;
/** A remark in brackets of any kind (`(flaky)`, `[flaky]`, `{flaky}`, `（flaky）`, `【flaky】`); a count may carry a few. */
const REMARK_IN_BRACKETS = String.raw`(?:\([^()\n]{1,60}\)|\[[^[\]\n]{1,60}\]|\{[^{}\n]{1,60}\}|\uff08[^\uff08\uff09\n]{1,60}\uff09|\u3010[^\u3010\u3011\n]{1,60}\u3011)`;
/** A next part that is such a remark: no count of its own, its word that bounds first (after `all`, `then`, `but`: `all known`). */
function boundByRemark(next: string | undefined): boolean {
  if (next === undefined) return false;
  // A remark that none of them was fatal (`passed with errors, 0 of them fatal`, `3 errors, none fatal`, `all non-fatal`)
  // says what `3 non-fatal errors` says, which counts no failure of the run; `1 of them fatal` says otherwise.
  if (NONE_FATAL.test(next.trim())) return true;
  if (/\d/u.test(next)) return false;
  const words = nameWords(next);
  const first = REMARK_LEADS.has(words[0] as string) ? 1 : 0;
  return words.length > first && REMARK_SCOPES.has(words[first] as string) && remarkScopes(next);
}
/**
 * Japanese tells that a count exists or happened in a predicate after it (`3件の失敗があります`, `失敗が3件発生しました`,
 * `テスト3件が失敗しました`), and joins a name to its count by a particle (`失敗が3件`): without them the count reads as
 * `3件の失敗` and `失敗 3件` do, as English `there were 2 failures` reads as `2 failures` (PRESENCE_LEAD). Only predicates
 * of being and happening (`です`, `でした`, `発生しています` too): `3件を修正しました` (fixed three) keeps its object marker and
 * stays prose. Korean and Chinese are read so by their own rules ({@link withoutKoreanPredicate}, {@link withoutChinesePresence}).
 */
function withoutEastAsianPredicate(segment: string): string {
  if (HANGUL.test(segment)) return withoutKoreanPredicate(segment);
  if (!JAPANESE_KANA.test(segment)) return HAN.test(segment) ? withoutChinesePresence(segment) : segment;
  const plain = segment.replace(JAPANESE_PREDICATE, '').replace(JAPANESE_SUBJECT_PARTICLE, ' ');
  // What is counted may stand before its count (`テスト3件 失敗`, tests three failed): read as `3件のテスト 失敗` is.
  return (plain.match(/\d+/gu) ?? []).length === 1 ? plain.replace(JAPANESE_ITEMS_FIRST, '$2$3の$1 ') : plain;
}
/**
 * Korean tells the same with a predicate glued to its noun (`3개의 테스트가 실패했습니다`, `오류가 3건 발생했습니다`, `실패 3건이
 * 있습니다`) and marks a word's role by a particle glued to it (`테스트가`, `3개의`, `실패한 테스트`): without them the count
 * reads as `3개 테스트 실패` does. A particle is cut only from a word the table knows or a count, so an ordinary word that
 * ends in the same syllable (`추가`) stays whole; an object marker (`실패를 수정했습니다`, fixed) stays, and so the line
 * stays prose.
 */
function withoutKoreanPredicate(segment: string): string {
  // A count among a total (`테스트 12개 중 3개 실패`, three of twelve tests failed) reads as `3 of 12` does; a lead of
  // how many in all (`총 3개`) is the count's own.
  const plain = segment.replace(KOREAN_TOTAL_LEAD, '').replace(KOREAN_PREDICATE, '').replace(KOREAN_AMONG, '$4 of $2 $1$3').replace(KOREAN_PARTICLE, (all: string, stem: string) => (/^\d/u.test(stem) || koreanWords().has(stem) ? `${stem} ` : all));
  return plain.replace(/[^\S\n]+$/u, '');
}
const HANGUL = /\p{Script=Hangul}/u;
const KOREAN_TOTAL_LEAD = /^(?:총|모두|전체|합계)[^\S\n]*(?=\d)/u;
const KOREAN_AMONG = /^([\p{Script=Hangul}]*)[^\S\n]*(\d+)[^\S\n]*(?:개|건)?(?:의)?[^\S\n]*([\p{Script=Hangul}]*?)[^\S\n]*중[^\S\n]*(\d+)[^\S\n]*(?:개|건)?/u;
const KOREAN_PREDICATE = /(?<=[\p{Script=Hangul}\d])[^\S\n]*(?:이|가)?[^\S\n]*(?:발견되었습니다|발견됐습니다|발견되었음|발견됨|발견|발생했습니다|발생하였습니다|발생했음|발생했다|발생함|발생|했습니다|하였습니다|했어요|했음|했다|함|되었습니다|됐습니다|되었음|됨|있습니다|있었습니다|있어요|있음|있다|입니다|였습니다|이었습니다|이다)[^\S\n]*[.!。！]?$/u;
const KOREAN_PARTICLE = /(\d+[^\S\n]*(?:개|건)|\p{Script=Hangul}+?)(?:이|가|은|는|도|의|한|된)(?=[^\S\n]|$)/gu;
const koreanWords = lazy((): ReadonlySet<string> => new Set(vocabulary(['failed', 'errors', 'passed', 'skipped', 'items', 'count', 'total'], ['ko'])));
/**
 * Chinese tells that failures exist before their count (`有3个测试失败`, `共有3个错误`, `发现2个错误`) and that they happened by
 * a particle after it (`3个测试失败了`): without them the count reads as `3个测试失败` does, as English `there were 2
 * failures` reads as `2 failures`.
 */
function withoutChinesePresence(segment: string): string {
  // `失败的测试有3个` (failed tests, there are three) names what failed before `有`; `没有通过` is `未通过` (did not pass).
  return segment.replace(CHINESE_PRESENCE, '').replace(CHINESE_PARTICLE_AT_END, '').replace(CHINESE_HAS_AFTER_NAME, '').replace(/没有通过/gu, '未通过').replace(/沒有通過/gu, '未通過');
}
const CHINESE_HAS_AFTER_NAME = /(?<=\p{Script=Han})[^\S\n]*(?:共有|有)[^\S\n]*(?=\d)/u;
const HAN = /\p{Script=Han}/u;
// A verb of finding may come before the name too (`发现错误3条`); a lone `有` or `共` only before the count, as it starts
// words (`有效`, valid).
const CHINESE_PRESENCE = /^(?:(?:其中有|其中|共有|总共有|總共有|还有|還有|仍有|仍然有|尚有|另有|有|共|总共|總共)[^\S\n]*(?=\d)|(?:发现|發現|出现|出現|检测到|檢測到|存在|产生|產生|发生|發生)[^\S\n]*(?:了[^\S\n]*)?(?=\d|\p{Script=Han}))/u;
const CHINESE_PARTICLE_AT_END = /(?<=\p{Script=Han})[^\S\n]*了?[^\S\n]*[。．.!！]?$/u;
const JAPANESE_KANA = /[\u3041-\u309f]/u;
const JAPANESE_PREDICATE = /(?<=[\p{Script=Han}\p{Script=Katakana}\u30fc\dつ])[^\S\n]*(?:が|も)?(?:あります|ありました|あり|ある|あった|発生しています|発生しました|発生した|発生|しています|しております|しました|した|検出されました|見つかりました|です|でした)[^\S\n]*[。．.!！]?$/u;
const JAPANESE_SUBJECT_PARTICLE = /(?<=[\p{Script=Han}\p{Script=Katakana}\u30fc\dつ])が(?=[\p{Script=Han}\p{Script=Katakana}\d])/gu;
const JAPANESE_ITEMS_FIRST = /^([\p{Script=Han}\p{Script=Katakana}\u30fc]+)[^\S\n]*(\d+)[^\S\n]*(件|個|つ)?[^\S\n]+(?=[\p{Script=Han}\p{Script=Katakana}])/u;
// Chinese and Japanese say `already` before how a failure was dealt with (`3个测试失败，已忽略`, ignored already), and
// Chinese runs `all` into it (`均已忽略`). Other languages lead with their `all` as English does (`alle bekannt`,
// `tous ignorés`, `すべて修正済み`): the word after it is what is weighed.
const REMARK_LEADS: ReadonlySet<string> = new Set([
  'all', 'both', 'each', 'every', 'then', 'but', 'are', 'were', 'is', 'was', 'since', 'later', '已', '已经', '已經', '均', '都', '全部',
  '均已', '都已', '全部已', '均已经', '都已经', '均已經', '都已經', '全都', '皆',
  'alle', 'beide', 'tous', 'toutes', 'todos', 'todas', 'tutti', 'tutte', 'allemaal', 'wszystkie', 'alla', 'все', 'すべて', '全て', '모두', '전부',
]);
const PRESENCE_LEAD = /^(?:found|detected|encountered|observed|saw|got|had|hit|reported|there[^\S\n]+(?:were|are|was|is))[^\S\n]+(?=\S)/iu;
/** Where a count in digits or words starts (`but 2 failed`, `but two failed`). */
const COUNT_AHEAD = (numeral: string): string => String.raw`(?=\d|(?:${numeral})[^\S\n])`;
/**
 * How a run ended, then a word that joins its failures to it, then a count (`passed with 3 failures`, `completed with 2
 * errors`, `green despite 3 failing tests`, `passed although 3 tests failed`, `passed except 3 failures`, `bestanden mit
 * 3 Fehlern`, `通过，但有3个失败`, `with 1 failure`): the count is the run's, as after `but`. Read whole, the words before
 * the count were taken for its label and the count set aside as one of something else. `after` is not among them:
 * `passed after 3 failures` tells of retries.
 */
const FAILURE_JOINERS = [
  'with', 'w/', 'due to', 'because of', 'owing to', 'despite', 'in spite of', 'though', 'although', 'even though', 'plus', 'including', 'except', 'except for', 'save for', 'but', 'yet', 'and',
  'however', 'still', 'then', 'so', 'while', 'whereas',
  'along with', 'alongside', 'albeit', 'albeit with', 'having', 'z', 'ze',
  // `bei` joins a count as `with` does (`bestanden bei 2 Fehlern`) though it starts a remark of where before a place
  // (`Fehler bei 2 Suiten`).
  'bei', 'mit', 'aber', 'trotz', 'jedoch', 'avec', 'mais', 'malgré', 'con', 'pero', 'a pesar de', 'com', 'mas', 'apesar de', 'nonostante', 'met', 'maar', 'ondanks',
  'ale', 'mimo', 'с', 'со', 'но', 'однако', 'несмотря на', '但', '但是', '但有', '但是有', 'しかし', '하지만',
];
const CONTRASTS = ['but', 'yet', 'and', 'though', 'although', 'even though', 'aber', 'mais', 'pero', 'mas', 'ma', 'но', 'maar', 'ale', '但', '但是'];
const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /gu, String.raw`[^\S\n]+`)).join('|');
// What ran may be named before how it ended (`tests passed with 3 failures`, `Build passed with 3 failures`), a dash may
// stand between (`passed - with 3 failures`), and a word that belittles the count none of it (`with only 3 failures`):
// review rv5. The subject is group 1, weighed by withoutEndedWithLead.
// A joiner is a whole word: `with` in `without` (`passed without failures`) and `w/` in `w/o` join nothing, and a phrase
// read after them would count what they deny (a false failure of session 36's noun phrases).
const JOINER_END = String.raw`(?!(?<=\p{L})\p{L})(?!(?<=\/)o(?![\p{L}\p{N}]))`;
/**
 * A run's end told as a failure, before the count it failed with (`Build failed with 2 errors`, `Compilation failed with
 * 3 errors`, `Tests failed with 1 failure`): the count is the run's, as after `passed with` (helper fb, session 48). Read
 * whole, `failed with` was taken for the count's label, which set it aside; `failed with 0 errors` still counts none.
 */
const ENDED_FAILING: readonly string[] = ['failed', 'fails', 'errored', 'crashed', 'aborted', 'broke', 'fehlgeschlagen', 'gescheitert', 'échoué', 'falló', 'fallido', 'fallita', 'fallito', 'falhou', 'mislukt'];
const endedWithLead = countPattern((numeral) => {
  const ended = alternatives([...vocabulary(['pass', 'ended']), 'passes', 'succeeded', 'successfully', 'run', 'ended up', ...ENDED_FAILING]);
  // A subject's name may hold digits after its first letter (`e2e tests failed with 2 errors`, helper fb, session 48).
  const subject = String.raw`((?:[\p{L}][\p{L}\p{M}\p{N}_'\u2019.-]*[^\S\n]+){1,3}?)?`;
  // A mark or an emoji may lead (`✅ passed with 3 failures`, `- passed with 3 failures`).
  return String.raw`^(?:[\p{S}\p{P}][^\S\n]*){0,3}(?:${subject}(?:all[^\S\n]+)?(${ended})[^\S\n]*(?:[-\u2013\u2014][^\S\n]*)?)?(?:(${alternatives(CONTRASTS)})[^\S\n]*)?(?:${alternatives(FAILURE_JOINERS)})${JOINER_END}[^\S\n]*(?:(?:only|just|merely|but)[^\S\n]+)?(?:${COUNT_AHEAD(numeral)}|(?=an?[^\S\n])|(?=(?:[IVX]{2,7}|[\u2160-\u217f]{1,4})[^\S\n])|(?=(?:\p{L}+[^\S\n]+){0,7}\p{L}+[^\S\n]*(?:$|[.,;:!([]|${PHRASE_REMARK})))`;
}, 'iu');
/**
 * `text` without its lead of how the run ended ({@link endedWithLead}), unless the words naming what ran bound or discount
 * it (`flaky tests passed with 3 failures`, `previously passed with 2 errors`): those are another run's or tolerated, and
 * the line is read whole, as before.
 */
const EARLIER_RUN_WORDS: ReadonlySet<string> = new Set(['yesterday', 'yesterdays', 'earlier', 'former', 'old', 'older', 'original', 'upstream', 'gestern', 'hier', 'ayer', 'ieri', 'вчера']);
/**
 * A cheap test every text {@link endedWithLead} matches passes: a joiner, as the pattern ends it, then something to count
 * on its line. Most texts beside a status (ids, dates, schema names) fail it, and the full pattern (tens of milliseconds to
 * compile) is then never built (test/sdk/count-patterns.property.test.ts checks the pair).
 */
const mayJoinACount = lazy((): RegExp => new RegExp(String.raw`(?:${alternatives(FAILURE_JOINERS)})${JOINER_END}[^\S\n]*\S`, 'iu'));
function withoutEndedWithLead(text: string): string {
  if (!mayJoinACount().test(text)) return text;
  const m = endedWithLead(text).exec(text);
  if (m === null) return text;
  const subject = m[1];
  // A subject before a verb in the present (`validator passes with 2 errors`) tells what a test checks, not how a run ended.
  if (subject !== undefined && (labelQualifies(subject) || nameWords(subject).some((w) => REMARK_SCOPES.has(w) || EARLIER_RUN_WORDS.has(w)) || /^passes$/iu.test(m[2] ?? ''))) return text;
  const rest = text.slice(m[0].length);
  // A Roman numeral counts after how the run ended (`passed with III failures`), where no name stands before a word (`IV
  // failed` elsewhere names an initialisation vector), in small letters as {@link romanCount} reads them (`iii`, never `vi`).
  const roman = /^(?:[IVXivx]{2,7}|[\u2160-\u217f]{1,4})(?=[^\S\n])/u.exec(rest);
  if (roman !== null) {
    const value = romanCount(roman[0]);
    return value === undefined || m[2] === undefined ? text : `${value}${rest.slice(roman[0].length)}`;
  }
  // A failure noun alone after how the run ended counts some (`passed with errors`, `completed with failures`, `bestanden
  // mit Fehlern`), as `passed with some errors` does; another noun (`passed with warnings`) stays unread.
  // A noun that labels a count of its own (`succeeded with errors: 0`, `passed with failures = none`) is read as a label
  // is, with the line whole: its count says how many, never `some`.
  // So does one after an article that counts no number (`réussi avec des erreurs`, `completado con unos errores`) or
  // after the items it is of (`passed with test failures`, `passed with some test failures` read alike): the phrase is
  // read as `some …` is, so a qualifier in it (`passed with flaky test failures`) still bounds it.
  const noun = NOUN_PHRASE.exec(rest);
  const words = noun === null ? [] : (noun[1] as string).split(/[^\S\n]+/u);
  if (noun !== null && (!/^an?$/iu.test(words[0] as string) || QUANTIFIER_WORDS.has((words[1] ?? '').toLowerCase())) && !words.some((w) => wholeNumeral().test(w) && !QUANTIFIER_WORDS.has(w.toLowerCase()))) {
    const after = rest.slice(noun[0].length);
    const labels = /^[^\S\n]*[:=\uff1a]/u.test(after);
    // Nouns joined by `and` (`errors and warnings`, `no errors and no warnings`) are read one by one.
    const conjuncts = words.join(' ').split(PHRASE_CONJUNCTION).map((c) => c.split(' ').filter((w) => w !== ''));
    const failure = conjuncts.map((c) => {
      const lead = c.findIndex((w) => !QUANTIFIER_WORDS.has(w.toLowerCase()));
      const phrase = lead <= 0 ? c : c.slice(lead);
      const at = failureNounOf(phrase);
      return at === undefined ? undefined : (phrase[at] as string);
    }).find((w) => w !== undefined);
    // A remark after the phrase of where the failures were (`in 2 suites`, `in lint`) leaves them this run's; one that
    // bounds or excuses them (`in the previous run`, `in known flaky tests`) does not.
    const remark = new RegExp(`^[^\\S\\n]*${PHRASE_REMARK}`, 'iu').test(after) ? nameWords(after.split(/[.,;:!([]/u)[0] as string) : [];
    const bounded = remark.some((w) => QUALIFIERS.has(w) || REMARK_SCOPES.has(w) || EARLIER_RUN_WORDS.has(w));
    // After a contrast (`passed, but with test failures`, `réussi, mais avec des erreurs`), how the run ended went before.
    return (m[2] !== undefined || m[3] !== undefined) && !labels && !bounded && failure !== undefined ? `some ${failure}${after}` : text;
  }
  // An article counts one after how the run ended (`passed with a failure`, `completed with an error`); elsewhere it
  // counts nothing the reader takes (`with a failure rate`, `and a note`).
  const article = /^an?[^\S\n]+/iu.exec(rest);
  if (article === null) return rest;
  return m[2] === undefined ? text : `1 ${rest.slice(article[0].length)}`;
}
/**
 * Where the failure noun of a phrase after how the run ended stands: last after what failed (`test failures`, `lint
 * errors`, `unit test failures`) or first before the items it names (`failed tests`). A word that bounds or excuses
 * (`flaky test failures`, `erreurs connues`, `no failures`, `previous errors`) leaves it none; what failed is any word
 * (`type errors`, `lint failures`).
 */
function failureNounOf(phrase: readonly string[]): number | undefined {
  const names = (w: string): boolean => namesALineFailure(lineNameWords(readWords(w)));
  const items = (w: string): boolean => { const read = readWords(w); return read.length > 0 && read.every((r) => COUNTED_ITEMS.has(r)); };
  const at = names(phrase.at(-1) as string) ? phrase.length - 1 : names(phrase[0] as string) && phrase.slice(1).every(items) ? 0 : undefined;
  if (at === undefined) return undefined;
  const others = phrase.filter((_, i) => i !== at);
  const plain = others.filter((w) => !items(w));
  const bounds = (w: string): boolean => QUALIFIERS.has(w) || REMARK_SCOPES.has(w) || NEGATORS.has(w) || NONE_WORDS.has(w) || w === 'no' || w === 'without' || EARLIER_RUN_WORDS.has(w);
  if (plain.length > 2 || !plain.every((w) => ASCII_WORD.test(w.toLowerCase())) || others.some((w) => readWords(w).some(bounds) || nameWords(w).some(bounds))) return undefined;
  return at;
}
/** A failure noun, after up to seven words of what failed, how many or another noun joined to it, that ends a clause (`errors`, `des erreurs`, `test failures.`). */
/** Where a remark of where the failures were starts after a noun phrase (`errors in lint`, `failures during setup`). */
/** Words of where or when in other languages that start a remark after a count or a noun phrase (`dans`, `bei`, `во время`). */
const FOREIGN_PLACE_WORDS = ['dans', 'pendant', 'lors', 'sur', 'bei', 'im', 'während', 'durante', 'nel', 'nella', 'nei', 'nelle', 'tijdens', 'bij', 'podczas', 'в', 'во', 'при', 'на', 'på', 'en', 'auf', 'unter', 'su', 'sous', 'bajo', 'sotto'].join('|');
// Other languages' words of where and when too (`réussi avec des erreurs dans 2 suites`, `bestanden mit Fehlern bei 2
// Suiten`), never one that is also an English word a noun phrase holds (`an`, `no`, `op`).
const PHRASE_REMARK = String.raw`(?:in|on|during|across|from|while|when|at|for|under|${FOREIGN_PLACE_WORDS})[^\S\n]`;
const PHRASE_CONJUNCTION = /[^\S\n]+(?:and|&|plus|et|und|y|e|og|och)[^\S\n]+/iu;
const NOUN_PHRASE = new RegExp(String.raw`^((?:(?!${PHRASE_REMARK})\p{L}+[^\S\n]+){0,7}\p{L}+)(?=[^\S\n]*(?:$|[.,;:!([]|${PHRASE_REMARK}))`, 'iu');
/**
 * Articles and words of how many that count no number (`des`, `unos`, `uns`, `degli`, `einigen`, `a few`): `des erreurs`
 * is some errors, as `quelques erreurs` is.
 */
const QUANTIFIER_WORDS: ReadonlySet<string> = new Set([
  'some', 'several', 'multiple', 'many', 'various', 'numerous', 'few', 'a', 'couple', 'of', 'lots', 'lot', 'more',
  'des', 'de', 'du', 'quelques', 'plusieurs', 'nombreuses', 'nombreux', 'certaines', 'certains',
  'unos', 'unas', 'algunos', 'algunas', 'varios', 'varias', 'muchos', 'muchas', 'uns', 'umas', 'alguns', 'algumas', 'vários', 'várias', 'muitos', 'muitas',
  'degli', 'dei', 'delle', 'alcuni', 'alcune', 'diversi', 'diverse', 'vari', 'varie', 'molti', 'molte', 'parecchi', 'parecchie',
  'einigen', 'einige', 'mehreren', 'mehrere', 'vielen', 'viele', 'etlichen', 'etliche', 'ein', 'paar', 'enkele', 'meerdere', 'kilka', 'kilku', 'wielu', 'несколько', 'несколькими', 'многими',
]);
/** A log line's leading tag (`[INFO] failed=2`, `[ci] Summary: …`) says where it comes from; one that qualifies (`[flaky]`) stays. */
function withoutLogTag(line: string): string {
  const tag = LOG_TAG.exec(line);
  if (tag === null) return line;
  const text = (tag[1] ?? tag[2]) as string;
  return labelQualifies(text) && !remarkExcusesNothing(text, undefined, isLabelScope) ? line : line.slice(tag[0].length);
}
const SQUARE_OR_CURLY_REMARK = /([:=][^\S\n]*[\p{L}\p{N}\u2160-\u217f]{1,20}[^\S\n]*)(?:\[([^[\](){}\n]{1,60})\]|\{([^[\](){}\n]{1,60})\})/gu;
const GLUED_REMARK = /(?=[([{])(?<=[:=][^\S\n]{0,3}\d{1,9})/gu;
/**
 * A tag or a remark in brackets that opens a line (`[INFO] `, `(not flaky) failed: 2`, `{ci} `): a remark of words alone
 * in round or curly brackets, as a count in them (`(2 failed) see log`) is the line's count, never its tag.
 */
const LOG_TAG = /^\s*(?:\[([^\]\n]{1,40})\]\s+|[({]([^(){}\d\n]{1,40})[)}]\s*)(?=\S)/u;
// A word's own count in brackets (`Flaky (0) failed=2`) is that word's, whether or not it qualifies.
const LEAD_WORD = /^[\p{L}][\p{L}\p{M}_-]*(\s*\(\d+\))?\s+(?=[\p{L}][\p{L}\p{M}_-]*\s*[:=]?\s*\d)/u;
const LEAD_COUNT = /^(\d+)\s+(?=[\p{L}][\p{L}\p{M}_-]*\s*[:=]?\s*\d)/u;
/**
 * What a line of counts is of, before its first count (`Tests: 3 failed, …`), written in digits or in words (`Summary:
 * two tests failed` reads as `two tests failed` does on a line of its own).
 */
const countLineLabelSource = (numeral: string): string =>
  String.raw`^[\p{L}][\p{L}\p{M}\s_-]{0,30}:\s*(?=(?:\d+|${numeral})\s*\p{L}|(?:[\p{L}][\p{L}\p{M}_-]*\s+){0,3}[\p{L}][\p{L}\p{M}_-]*\s*[:=]?\s*\d)`;
const countLineLabel = countPattern(countLineLabelSource, 'iu');
/**
 * Where a named count ends on a line of more (`passed=10 2 failed`, `flaky failures=2 failed=1`, `failed=2 time=3.2s`),
 * or one starts after a count written the other way (`10 passed failed=2`): each side is a count of its own. A word
 * right before a name (`flaky failures=2`, `10 flaky failures=2`) or after its count (`Failed: 2 (flaky)`) stays with it.
 */
const AFTER_NAMED_COUNT = /(?<=[:=]\s*\d+)\s+(?=[\p{L}\p{N}(])/u;
// A label's own count before the first named one (`Flaky: 0 failed=3`, read `0 failed=3` once its label is cut) is
// that label's, as `Flaky: 0 | failed=3` writes it.
const MIXED_COUNTS = new RegExp(String.raw`${AFTER_NAMED_COUNT.source}|(?<=^\d+)\s+(?=[\p{L}][\p{L}\p{M}_-]*\s*[:=]\s*[\d\p{L}])|(?<=\d+\s+[\p{L}][\p{L}\p{M}_-]*)\s+(?=[\p{L}][\p{L}\p{M}_-]*\s*[:=]\s*\d)`, 'u');
/** Under a qualifier, only where another named count starts: one after the count may qualify it (`Failed: 2 (flaky)`). */
const BETWEEN_NAMED_COUNTS = /(?<=[:=]\s*\d+)\s+(?=[\p{L}][\p{L}\p{M}_-]*\s*[:=]\s*\d)/u;
function mixedCounts(part: string): string[] {
  const pieces = part.split(MIXED_COUNTS);
  if (pieces.length <= 1) return pieces;
  // A remark after a label's count that excuses nothing (`Failed: 2 (never flaky)`, `Failed: 2 (1 flaky)`) qualifies nothing.
  const read = part.includes('(') ? part.replace(VALUE_REMARK, (all, value: string, count: string, remark: string) => (remarkExcusesNothing(remark, Number(count), isLabelScope) ? value : all)) : part;
  return hasQualifier(nameWords(read).filter((w) => !SETTING_QUALIFIERS.has(w))) ? part.split(BETWEEN_NAMED_COUNTS) : pieces;
}
const VALUE_REMARK = /([:=][^\S\n]*(\d{1,9})[^\S\n]*)\(([^()\n]{1,60})\)/gu;
// A remark with a count of its own is a part of its own (`Passed: two (2 failed)`), as after a count in digits.
const valueInWordsRemarkSource = (numeral: string): string =>
  String.raw`([:=][^\S\n]*(?:[IVXivx\u2160-\u217f]{1,7}|${numeral})[^\S\n]*)\(([^()\n]{1,60})\)(?=[^\S\n]*$)`;
const valueInWordsRemark = countPattern(valueInWordsRemarkSource, 'giu');
const withoutVoidRemarksInWords = (text: string): string =>
  text.replace(valueInWordsRemark(text), (all, value: string, remark: string) => (remarkExcuses(remark, countAtLeast(value), isLabelScope) ? all : /\d/u.test(remark) ? `${value.trimEnd()}, ${remark}` : value.trimEnd()));
const isLabelScope = (w: string): boolean => QUALIFIERS.has(w) && !SETTING_QUALIFIERS.has(w);
/**
 * Counts named one after another without a separator (`passed=10 failed=2`, `通过 10 失败 2`), in number words too
 * (`passed=ten failed=two`): a word after its name is its count, never part of the name.
 */
const namedCountsSource = (numeral: string): string => String.raw`[\p{L}][\p{L}\p{M}_-]*\s*[:=]?\s*\d+|[\p{L}][\p{L}\p{M}_-]*(?:\s*[:=]\s*|\s+)(?:${numeral})`;
const namedCounts = countPattern(namedCountsSource, 'giu');

/**
 * Characters drawn as a colon, an equals sign or a hyphen that are no letter or mark (`։` Armenian, `∶` ratio, `꞉`, `–`,
 * `−`; the Devanagari visarga `ः` is a sign of its word), as those: `failed∶ 2` and `failed – 2` are count lines.
 */
const separatorLike = lazy((): RegExp => {
  const chars = Object.entries(confusableTable()).filter(([c, to]) => (to === ':' || to === '=' || to === '-') && !/[\p{L}\p{M}]/u.test(c)).map(([c]) => c);
  return new RegExp(`[${chars.map((c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`).join('')}]`, 'gu');
});
const separatorsAsAscii = (text: string): string => (PLAIN.test(text) ? text : text.replace(separatorLike(), (c) => confusableTable()[c] ?? c));

/**
 * `amongCounts`: the counts of a line of several outcome counts this pair is one of, where a singular name (`pass=10
 * fail=1`) counts as a plural does unless it reads as a code ({@link readsAsCode}).
 */
function loneCountPart(raw: string, amongCounts?: readonly number[]): string | undefined {
  {
    // A bullet, mark or bracket around the count (`- 2 failed`, `✗ 2 failed`, `[2 failed]`) leaves it a count.
    // So do the quotes of a line of JSON or YAML (`"failed": 2,`).
    // A plural written in brackets (`2 timeout(s)`, `2 crash（es）`) is the plural.
    const line = separatorsAsAscii(raw).replace(BRACKETED_PLURAL, '$1').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(QUOTED_NAME, '$1$2');
    if (line.length === 0 || line.length > MAX_LONE_COUNT_LINE || !(/\d/u.test(line) || numberWords().test(line.toLowerCase()) || ROMAN_AT_END.test(line))) return undefined;
    if (countCalledFailedByItsRemark(line)) return line;
    // A numeral that is also an English word, right before a value, names a setting with it (`fail on: critical`, `fail
    // on = high`): Turkish `on` is ten, but a count is no label of a value.
    if (!/\d/u.test(line) && SETTING_NAMED_WITH_A_NUMERAL().test(line)) return undefined;
    // A sign or a number sign right before the count makes it an amount or an id (`+1 error in get_elf_symbol_info()`,
    // `#12 tests failed on CI`), never a count with a remark.
    const phrase = SIGNED_OR_NUMBERED.test(raw) ? line : withoutLabelRemark(withoutTrailingRemark(line, CLOSED_AT_END.test(raw), TRAILING_MARKS.exec(raw)?.[0]));
    const lettered = /\p{L}\p{N}+\p{L}/u.test(phrase) ? phrase.replace(DIGITS_IN_WORD, (d) => 'n'.repeat(d.length)) : phrase;
    // A Roman numeral counts only at the end, after its name (`Failed: II`, `failures: iii`, `Failures: ⅳ`): before a word
    // (`IV failed`) it is a name, and the two small letters that are words (`failed: vi`) stay words (romanCount).
    const words = ROMAN_AT_END.test(lettered) ? lettered.replace(ROMAN_AT_END, (r) => String(romanCount(r) ?? r)) : lettered;
    const m = loneCount(words).exec(words);
    if (m?.groups === undefined) return undefined;
    const { n, after, before, m: count, items, counter } = m.groups;
    // A word of pass, of the run ending or of a heading right before the count (`Summary 3 failed`, `ok 3 failed`, `All
    // tests passed 3 failed`, `passed 2 errors`) is no subject it numbers, as `Attempt 3 failed` is: the count is read alone.
    if (before !== undefined && items !== undefined && /^\s/u.test(words.slice(before.length)) && endsInNoSubjectOfACount(before)) return loneCountPart(words.slice(before.length).trimStart(), amongCounts);
    const label = `${(after ?? before ?? '').trim()} ${items ?? ''}`.trim();
    // A number word (`zwei`, `二`) counts some; digits count what they say.
    const number = n ?? count ?? '';
    if (/^\d+$/u.test(number) && Number(number) <= 0) return undefined;
    const read = lineNameWords(readWords(label));
    const written = nameWords(label);
    // A numeral that is an English word as well (Turkish `on`, Italian `due`, Norwegian `to`) counts only beside a word
    // of its own language (`başarısız: on`, `errori: due`): beside English words it is the English word, a setting's
    // value (`Retry on failure: on`, `failure: on`), never ten (helper re, session 46).
    // A line with digits is read as before (`dos falha: 3`: `dos` is a Portuguese word, the count is 3).
    // Right after a label of nothing but failure words it stands in a count's place, and is read as one whatever it is
    // (`Failed: on`, a flag set on; `Failed: due`, `failed: elf`): only elsewhere (`On failure`, `Retry on failure: on`)
    // is it the English word.
    if (number !== '' && !/\d/u.test(line) && numeralOutOfItsLanguage(number, [...read, ...written])) return before !== undefined && after === undefined && read.length > 0 && read.every(isFailureCountWord) && !hasQualifier(written) ? line : undefined;
    // A failure noun the columns of failures lack counts as their keys do (`2 timeouts`, `2 regressions`), and a failure
    // word written first before one noun of what failed counts those (`3 failed files`, `2 broken modules`, `2 aborted
    // workers`): a whole line of a count is no prose, but what failed only tried (`2 failed attempts`) failed nothing.
    // Named before its count too (`timeouts: 2`, `Regressions: 2`), as a key is, but in the plural only: `timeout: 30` is a setting.
    const failureNoun = read.some((w) => FAILED_OUTCOME_COUNTS.has(w)) && read.every((w) => FAILED_OUTCOME_COUNTS.has(w) || COUNTED_ITEMS.has(w));
    const failedThings = failureNoun ? after !== undefined || (before !== undefined && read.every((w) => !FAILED_OUTCOME_COUNTS.has(w) || w.endsWith('s'))) : after !== undefined && failedThingsNamed(read);
    if (failedThings && !hasQualifier(written)) return line;
    if (!namesALineFailure(read) || hasQualifier(written)) return undefined;
    // Written count first, the failure word last says what the count counts, as a name does ({@link countFirstSubject}).
    const named = (before !== undefined && NAME_THEN_SEPARATOR.test(words)) || IDENTIFIER.test((after ?? '').trim()) || (after !== undefined && countFirstSubject(read, number));
    if (!read.every(isFailureCountWord) && !(named && subjectOfCount(read, written, readWords(items ?? '')))) return undefined;
    // A counter after the number (`오류 100건`, `错误100个`) says it counts, never a code.
    if (before !== undefined && items === undefined && counter === undefined && isCodeName(written, read) && readsAsCode(number, amongCounts)) return undefined;
    return line;
  }
}

/**
 * Whether the words before a count end in one that cannot be the subject the count numbers: a pass word (`ok`, `passed`),
 * a word of the run ending (`done`) or of a summary's heading (`Summary`, `Result`, `Status`), with no qualifier before
 * it (`Flaky 3 failed`, `Previous 3 failed` stay the qualified counts they are).
 */
function endsInNoSubjectOfACount(before: string): boolean {
  const written = nameWords(before);
  const last = written.at(-1);
  if (last === undefined || hasQualifier(written)) return false;
  return OVERCOMING_PASSES().has(drawnWord(last)) || SUMMARY_HOLDERS.has(last) || RUN_END_BEFORE_A_COUNT().has(last);
}
const RUN_END_BEFORE_A_COUNT = lazy((): ReadonlySet<string> => new Set(RUN_END_WORDS_BEFORE_A_COUNT));
/**
 * A count written first with its failure word, then a remark (`2 failed (see log)`, `2 tests failed in 3.2s`, `2 failed
 * - see log`, `2 failed on linux`), as the count alone (`2 failed`): what follows says where, when or how long, never how
 * many failed, as `2 failed, see log` after a comma does. A remark that bounds or discounts the count (`2 failed
 * (flaky)`, `2 failed then passed on retry`, `1 error in the docs was fixed`) keeps the phrase whole, and so does one
 * that is no remark: words right after the failure word are what it describes (`1 failed login attempt was blocked`,
 * `2 failed over to the backup region`, `2 errors were fixed`).
 */
function withoutTrailingRemark(line: string, closedAtEnd = false, endMarks = ''): string {
  const start = countFirstStart(line).exec(line);
  if (start === null) return line;
  const number = start[0];
  const digits = /^\d+$/u.test(number);
  const next = new RegExp(PHRASE_WORD.source, 'uy');
  next.lastIndex = start[0].length;
  // The failure word ends one of the first four words (`2 failed`, `2 tests failed`, `2 unit tests timed out`).
  for (let i = 0; i < 4; i++) {
    const word = next.exec(line);
    if (word === null) return line;
    // Read with the words before it, as a phrase may spell its failure in two (`2 timed out (see log)`).
    const read = lineNameWords(readWords(line.slice(number.length, next.lastIndex)));
    const last = read.at(-1);
    if (last === undefined || !namesALineFailureWord(last)) continue;
    const tail = afterRunEndWord(line.slice(next.lastIndex));
    if (tail.trim() === '') return line.slice(0, next.lastIndex);
    // A remark in brackets ends at its closing bracket: what follows is no part of it (`2 failed (flaky) and 0 crashed`).
    // Its counts are weighed against the count only whole: a part of a line cut at a comma holds only some of them.
    // (The bracket that closes a line went with the marks around it: `closedAtEnd`.)
    const closed = BRACKETED_REMARK.exec(tail)?.[0] ?? (closedAtEnd && /^[^\S\n]*[([][^()[\]\n]*$/u.test(tail) ? `${tail}${endMarks}` : undefined);
    if (bugTitle(number, digits, read.slice(0, -1), last)) return line;
    if (REMARK_START.test(tail) && !remarkScopes(closed ?? tail, closed !== undefined ? countAtLeast(number) : undefined)) return line.slice(0, next.lastIndex);
    // A capital after the failure word with no mark between starts a sentence of its own (`3 failed All tests passed`,
    // `2 errors Summary ok`, helper ze, session 45): a pass told there is no remark on the count, which stands alone.
    return digits && NEW_SENTENCE_AFTER.test(tail) && /\p{Ll}$/u.test(line.slice(0, next.lastIndex)) ? line.slice(0, next.lastIndex) : line;
  }
  return line;
}
/** A word in title case after a space (`All`, `Summary`): a word in capitals (`DONE requisites`) may be a name. */
const NEW_SENTENCE_AFTER = /^[^\S\n]+\p{Lu}\p{Ll}/u;
/**
 * A count named first, then a remark without brackets (`Failed: 2 see log`, `Errors: 3 finished in 4.1s`, `failures=2
 * in 3.2s`), as the named count alone: the remark is read as one after a count's failure word is ({@link
 * withoutTrailingRemark}: it starts with a word of place, time or reference, a mark, or a word of the run ending), and one
 * that bounds or discounts the count (`Failed: 2 all known`, `Failed: 2 then passed on retry`) keeps the line whole. A remark
 * in brackets is weighed elsewhere, whole (VALUE_REMARK: `Failed: 2 (2 flaky)`). Words
 * that are no remark are what the count counts (`Failed: 2 tests`, `Failed: 2 nightly builds`) and are read as before
 * (session 34).
 */
function withoutLabelRemark(line: string): string {
  const m = labelCountThenWords(line).exec(line);
  if (m === null) return line;
  const head = m[1] as string;
  const after = afterRunEndWord(line.slice(head.length));
  // What the count counts may come before the remark (`Failed: 2 tests see log`): the remark is weighed after it.
  const noun = COUNT_NOUN_AHEAD.exec(after);
  // A word that both counts and sends elsewhere (`check`) is the remark's when no remark follows it (`Failed: 2 check the log`).
  const counted = noun !== null && COUNTED_ITEMS.has((noun[1] as string).toLowerCase()) && REMARK_START.test(after.slice(noun[0].length)) ? noun[0] : '';
  const tail = after.slice(counted.length);
  // The remark ends where the next count's part starts (`Failed: 2 see log, Passed: 8`): that count's name bounds nothing.
  const remark = tail.split(/[,;|\uff0c\uff1b]/u)[0] as string;
  return tail.trim() === '' || (REMARK_START.test(tail) && !remarkScopes(remark, countAtLeast(m[2] as string))) ? `${head}${counted}` : line;
}
const COUNT_NOUN_AHEAD = /^[^\S\n]+([\p{L}][\p{L}\p{M}_-]*)(?=[^\S\n])/u;
const labelCountThenWordsSource = (numeral: string): string => String.raw`^((?:[\p{L}][\p{L}\p{M}\s_-]{0,60}?[^\S\n]*[:=]|[\p{L}][\p{L}\p{M}_-]*(?=[^\S\n]))[^\S\n]*(\d+|(?:${numeral})(?![\p{L}\p{N}])))(?=[^\S\n]*[^\s\p{N}([{<\uff08\u3010])`;
const labelCountThenWords = countPattern(labelCountThenWordsSource, 'iu');
/**
 * A word a runner prints after its counts to say the run ended (`2 failed done`, `All 2 tests 0 passed, 2 failed finished
 * in 0.79s.`, `4 calls · 1 failed Done`): what follows it is read as what follows the failure word. Before another word
 * it describes what failed (`2 failed finished jobs`, `0 failed DONE requisites`: measured on public code and logs), so
 * the tail is kept whole and the phrase stays prose, as `2 failed nightly builds` does.
 */
function afterRunEndWord(tail: string): string {
  const ended = RUN_END_WORD.exec(tail);
  if (ended === null) return tail;
  const rest = tail.slice(ended[0].length);
  return rest.trim() === '' || REMARK_START.test(rest) ? rest : tail;
}
// Words of stopping as well as of ending (red team uh: `2 failed exiting`, `halted`, `giving up`, `run complete`): the claim is
// the same, and the guard above (the line ends, or a remark follows) keeps `2 failed stopped jobs` prose.
const RUN_END_WORD =
  /^[^\S\n]+(?:(?:the[^\S\n]+)?(?:test[^\S\n]+)?run[^\S\n]+)?(?:done|finished|completed?|ended|exit(?:ed|ing)?|halt(?:ed|ing)|terminat(?:ed|ing)|abort(?:ed|ing)|stopp(?:ed|ing)|cancell?(?:ed|ing)|bail(?:ed|ing)[^\S\n]+out|giv(?:ing|en)[^\S\n]+up|gave[^\S\n]+up)(?![\p{L}\p{N}_-])/iu;
const CLOSED_AT_END = /[)\]][^\p{L}\p{N}]*$/u;
// The marks that close a line went with the marks around it; a remark that closes the line keeps them (`2 failed (flaky?)` asks).
const TRAILING_MARKS = /[^\p{L}\p{N}]*$/u;
const BRACKETED_REMARK = /^[^\S\n]*(?:\([^()\n]*\)|\[[^[\]\n]*\]|\{[^{}\n]*\}|\uff08[^\uff08\uff09\n]*\uff09|\u3010[^\u3010\u3011\n]*\u3011)/u;
/**
 * A number before its failure word that is no count of it but a bug's or an issue's id before its title, as changelogs
 * and bug lists write them (`378068  valgrind crashes on AVX2`, `44793 make check failing in trunk`, `525732 Error in
 * documentation`): a singular failure noun after a number other than one, a verb in the third person singular after a
 * subject (`12 build fails on OS X`; `2 lint errors` counts), or a number of thousands before anything but items and a
 * failure told as done (`1204 tests failed (see log)`, `1204 failures (see log)` count). A number word counts only
 * before items (`two failed (see log)`, `two tests failed`): before other words it is prose (`due to an error`, Italian
 * `due` being two).
 */
function bugTitle(number: string, digits: boolean, before: readonly string[], failureWord: string): boolean {
  const items = before.every((w) => COUNTED_ITEMS.has(w));
  if (!digits) return !items;
  if (number.length >= 4) return !items || !COUNTED_FAILURES.has(failureWord);
  if (number !== '1' && CODE_NAMES.has(failureWord) && !PLURAL_AS_SINGULAR.has(failureWord)) return true;
  return before.length > 0 && SINGULAR_VERBS.has(failureWord);
}
/**
 * Failure nouns whose plural is their singular, or that a number leaves singular (German `Fehler`, Swedish `fel`,
 * Turkish `hata`, Japanese, Chinese and Korean): after a number other than one they count (`2 Fehler (siehe Log)`,
 * `2 错误 (见日志)`), as `2 errors` does, never a bug's title.
 */
const PLURAL_AS_SINGULAR: ReadonlySet<string> = wordSet('PLURAL_AS_SINGULAR', () => readSet(['fehler', 'fel', 'hata', 'エラー', '错误', '錯誤', '오류', '에러']));
/** Failure words that count what failed (never a title's verb in the present or a singular noun). */
const COUNTED_FAILURES: ReadonlySet<string> = new Set(['failed', 'failures', 'errors', 'errored', 'crashed', 'timedout', 'aborted', 'panicked', 'segfaulted']);
const SINGULAR_VERBS: ReadonlySet<string> = new Set(['fails', 'crashes', 'segfaults', 'panics', 'aborts', 'hangs']);
const SIGNED_OR_NUMBERED = /^[^\p{L}\p{N}]*[+#\u2212\u2116-]\d/u;
const countFirstStartSource = (numeral: string): string => String.raw`^(?:\d+|${numeral})(?=[^\S\n]+\p{L})`;
const countFirstStart = countPattern(countFirstStartSource, 'iu');
const COUNT_PATTERN_BUILDS: readonly (readonly [string, (numeral: string) => string, string])[] = [
  ['loneCount', loneCountSource, LONE_COUNT_FLAGS],
  ['countSegmentBreak', countSegmentBreakSource, 'iu'],
  ['countLineLabel', countLineLabelSource, 'iu'],
  ['valueInWordsRemark', valueInWordsRemarkSource, 'giu'],
  ['namedCounts', namedCountsSource, 'giu'],
  ['countFirstStart', countFirstStartSource, 'iu'],
  ['labelCountThenWords', labelCountThenWordsSource, 'iu'],
];
const PHRASE_WORD = /[^\S\n]+([\p{L}][\p{L}\p{M}_-]*)/u;
/** How a remark after a count's failure word starts: a bracket, a colon, a spaced dash, or a word of place, time or reference. */
// Words that send the reader elsewhere (`check the log`, `details in CI`, `siehe Log`, `voir le journal`) and arrows
// (`-> see log`) start a remark as `see` does (review rv5).
const REMARK_START =
  new RegExp(String.raw`^(?:[^\S\n]*[([{<:!*#~\u2026\uff08\u3010\u2192\u21d2\u27f6]|[^\S\n]+[/|=>]|[^\S\n]+[-\u2212]{1,2}>|[^\S\n]+[-\u2010-\u2015\u2212]{1,3}(?:[^\S\n]|$)|[^\S\n]+(?:in|after|on|at|during|see|within|across|with|for|since|under|check|refer|details?|more|info|tracked|logged|via|siehe|vgl|voir|véase|vedi|ver|veja|zie|zobacz|см|${FOREIGN_PLACE_WORDS})(?![\p{L}\p{N}_-]))`, 'iu');
/**
 * Words of a remark (or of the words after a count on a line: `2 failed, all known`) that bound or discount the count
 * before it, unless negated (`2 failed (not flaky)`): the tolerances a name's qualifiers are (`flaky`, `known`,
 * `expected`, `fixed`), bounds and earlier runs (`limit`, `baseline`, `last`), and a pass after the failures (`then
 * passed on retry`). Retries alone (`2 failed after 3 retries`) and where or when (`on linux`, `in 3.2s`) bound nothing.
 */
const REMARK_SCOPES: ReadonlySet<string> = wordSet('REMARK_SCOPES', () => [
  ...readSet(vocabulary(['tolerated'])).values(),
  'max', 'maximum', 'min', 'minimum', 'limit', 'limits', 'budget', 'budgets', 'threshold', 'thresholds', 'quota', 'quotas', 'tolerance', 'tolerances',
  'previous', 'previously', 'prior', 'baseline', 'last', 'historical', 'history', 'rate', 'ratio', 'pct', 'percent', 'percentage',
  ...PASS_WORDS, ...PASSED_WORDS, 'passing', 'succeeded', 'green',
].filter((w) => !NOT_A_BOUND.has(w)));
const NOT_A_BOUND: ReadonlySet<string> = new Set(['retry', 'retries', 'rerun']);
const remarkScopes = (remark: string, count?: number): boolean => remarkExcuses(remark, count, (w) => REMARK_SCOPES.has(w));

/**
 * Whether a remark about a count (`(flaky)`, `(known, see #12)`, `, all known`) bounds or discounts it: a word of
 * `isScope` that stands in one of its clauses. Such a word excuses nothing where its clause says so: a negation up to
 * three words before it (`never flaky`, `no longer flaky`, `none of them flaky`, `0 of them flaky`, `not all flaky`), a
 * none right after it (`flaky: 0`, `expected 0`, `flaky? no`), or words that turn it to something else (`expected to
 * pass`, `flaky detection disabled`, `flaky test harness crashed`). A remark that says the items still fail (`retried:
 * still failing`) excuses nothing, nor one that excuses fewer than `count` (`Failed: 2 (1 flaky)`: one is this run's).
 */
function remarkExcuses(remark: string, count: number | undefined, isScope: (w: string) => boolean): boolean {
  if (STILL_FAILING.test(remark) || withdrawnLater(remark, isScope)) return false;
  let excused = false;
  let numbered = 0;
  let numbers = false;
  let unknown = false;
  for (const clause of remark.split(REMARK_CLAUSE_BREAK)) {
    const words = nameWords(clause);
    if (!words.some((w, i) => isScope(w) && scopeStands(words, i))) continue;
    const zeroed = ZEROED_WORD.exec(clause);
    if (zeroed !== null && isScope((zeroed[1] as string).toLowerCase())) continue;
    // A question (`flaky?`) or a share short of all (`50% flaky`) excuses none of the count for sure.
    if (ASKED.test(clause) || PARTIAL_SHARE.test(clause)) continue;
    excused = true;
    const lead = LEADING_NUMBER.exec(clause);
    if (lead !== null) {
      numbers = true;
      numbered += Number(lead[1] ?? lead[2]);
    } else if (ONE_NUMERALS.has(words[0] as string)) {
      numbers = true;
      numbered += 1;
    } else if (numberWordLead(words[0])) {
      const value = numeralValue(TENS_THEN_ONES.test(`${words[0]} ${words[1]}`) ? `${words[0]} ${words[1]}` : (words[0] as string));
      if (value === undefined) unknown = true;
      else {
        numbers = true;
        numbered += value;
      }
    }
  }
  return excused && !(numbers && !unknown && count !== undefined && numbered < count);
}
/**
 * Whether a part of a remark after its excuse takes the excuse back or leaves some items out of it (red team as): a bare
 * negation (`flaky, not really`, `expected on this platform (it is not)`), the failure called real (`flaky test fixed;
 * real failure`, `flaky-looking but real`), or items kept out (`all fixed except one`, `all fixed but 2`). A later part
 * that negates something else (`flaky, not a regression`) withdraws nothing.
 */
function withdrawnLater(remark: string, isScope: (w: string) => boolean): boolean {
  // A withdrawal only takes an excuse away, so it is read as drawn too (`all fixed (jк)` with a Cyrillic к, `nо` with a
  // Cyrillic о): a disguise never keeps an excuse a reader sees taken back.
  if (withdrawnIn(remark.split(WITHDRAWAL_BREAK).map((p) => nameWords(p)), remark, isScope)) return true;
  if (PLAIN.test(remark)) return false;
  return withdrawnIn(remark.split(WITHDRAWAL_BREAK).map((p) => readWords(p)), undefined, isScope) ||
    withdrawnIn(remark.split(WITHDRAWAL_BREAK).map((p) => skeletonWords(p)), undefined, isScope);
}
/**
 * A part's words as its look-alikes are drawn, folded as far as the placeholder readers fold them ({@link
 * lookalikeSkeleton}): the drawn reading keeps a letter Unicode's confusables draw as another non-Latin letter (Cyrillic
 * к as ĸ), so `jк` is `jk` only here.
 */
const skeletonWords = (part: string): string[] => nameWords(lookalikeSkeleton(removeInvisible(part)));
/** Whether a short part takes an excuse back ({@link withdrawnIn}'s words), read as written, as drawn and as folded. */
function withdrawsAsRead(part: string): boolean {
  const withdraws = (words: readonly string[]): boolean => words.length > 0 && words.length <= 6 && takesExcuseBack(words);
  return withdraws(nameWords(part)) || (!PLAIN.test(part) && (withdraws(readWords(part)) || withdraws(skeletonWords(part))));
}
const takesExcuseBack = (words: readonly string[]): boolean => takesBack(words) || calledReal(words) || hedged(words) || RETRACTION.test(words.join(' '));
function withdrawnIn(split: readonly string[][], remark: string | undefined, isScope: (w: string) => boolean): boolean {
  if (!WITHDRAWAL_HINT.test(remark ?? split.map((words) => words.join(' ')).join(' , '))) return false;
  const parts = split.filter((w) => w.length > 0);
  const first = parts.findIndex((words) => words.some(isScope));
  if (first === -1) return false;
  return parts.some((words, i) => (i > first && takesExcuseBack(words)) || (i >= first && KEPT_OUT.has(words[0] as string) && LEFT_OUT_COUNT.test(words[1] ?? '')));
}
// Only a remark with one of these words is cut into parts (the remark readers run on every count's remark).
const WITHDRAWAL_HINT = /\b(?:jk|kidding|thought|seemed|lol|nah|wrong|incorrect|retracted|scratch|mind|nevermind|nvm|doch|stimmt|falsch|cierto|verdad|faux|turns|turned|unverified|unconfirmed|untested|tbc|tbd|hopefully|supposedly|allegedly|reportedly|presumably|probably|maybe|perhaps|think|hope|guess|believe|assume|pending|verified|confirmed|not|no|nope|never|isn|wasn|aren|weren|nicht|pas|non|nein|real|genuine|legit|legitimate|actual|true|echt|echter|echte|réel|réelle|vrai|vraie|verdadero|verdadera|except|excluding|save|but|aber|außer|mais|sauf|pero|excepto|salvo)\b/iu;
const WITHDRAWAL_BREAK = /[,;()[\]{}\uff08\uff09]|[.!?](?=[^\S\n]|$)|[^\S\n][-\u2013\u2014][^\S\n]|(?=\b(?:but|except|excluding|save|aber|außer|mais|sauf|pero|excepto|salvo)\b)/iu;
/**
 * A later part that leaves the excuse unconfirmed (`all fixed (hopefully)`, `flaky, to be confirmed`, `all fixed, pending
 * verification`, `flaky (we think)`): it excuses none of the count for sure.
 */
const hedged = (words: readonly string[]): boolean => words.some((w, i) => HEDGES.has(w) || (words[i - 1] === 'be' && CONFIRMED.has(w))) && words.every((w) => HEDGES.has(w) || HEDGE_FILLERS.has(w));
const HEDGES: ReadonlySet<string> = new Set(['unverified', 'unconfirmed', 'untested', 'tbc', 'tbd', 'hopefully', 'supposedly', 'allegedly', 'reportedly', 'presumably', 'probably', 'maybe', 'perhaps', 'think', 'hope', 'guess', 'believe', 'assume', 'suspect', 'pending', 'hoffentlich', 'vermutlich', 'wahrscheinlich', 'vielleicht', 'probablement', 'peut', 'être']);
const CONFIRMED: ReadonlySet<string> = new Set(['verified', 'confirmed', 'checked', 'tested', 'reviewed']);
const HEDGE_FILLERS: ReadonlySet<string> = new Set(['to', 'be', 'yet', 'i', 'we', 'verified', 'confirmed', 'checked', 'tested', 'verification', 'confirmation', 'review', 'check', 'so', 'it', 'is', 'still', 'awaiting', 'needs', 'need', 'zu', 'bestätigen', 'prüfen', 'à', 'confirmer', 'vérifier']);
/**
 * A later part that is a retraction in words rather than a bare negation (`flaky (jk)`, `flaky — or so we thought`,
 * `flaky, lol no`, `flaky, scratch that`, `flaky, never mind`, `flaky, doch nicht`, `flaky, no es cierto`).
 */
const RETRACTION = /^(?:(?:lol|haha|ok|okay|well|but|oh|actually|aber|mais|pero)[^\S\n]+)*(?:jk|j k|just kidding|only kidding|kidding|or so (?:we|i|it|they) (?:thought|seemed|believed)|so we thought|no|nope|nah|wrong|incorrect|retracted|scratch that|never ?mind|nvm|doch nicht|stimmt nicht|falsch|no es cierto|no es verdad|faux|c est faux|pas du tout|not at all)$/u;
const takesBack = (words: readonly string[]): boolean => words.some((w) => BARE_NEGATIONS.has(w)) && words.every((w) => BARE_NEGATIONS.has(w) || NEGATION_FILLERS.has(w));
// A count of the real ones (`all flaky, 1 real`) takes back as many as it counts: read as none excused, fail-closed.
const calledReal = (words: readonly string[]): boolean => words.some((w) => REAL_WORDS.has(w)) && words.every((w) => REAL_WORDS.has(w) || REAL_FILLERS.has(w) || /^\d{1,9}$/u.test(w) || ONE_NUMERALS.has(w) || NUMERAL_VALUES().has(w));
const LEFT_OUT_COUNT = /^(?:\d+|one|two|three|a|some|few|several|many|most|half|ein|eine|einen|einem|einer|eins|zwei|drei|un|une|deux|trois|uno|una|dos|tres|um|uma|een|één|twee)$/u;
/** A scope word asked about rather than told (`flaky?`, `known?`), unless answered yes. */
const ASKED = /\p{L}[^\S\n]*\?(?![^\S\n]*(?:yes|ja|oui|s[ií]|sim|true|1)(?![\p{L}\p{N}]))/iu;
/** A share of the items short of all (`50% flaky`, `0.5 flaky`): only `100%` excuses every one. */
const PARTIAL_SHARE = /^[^\S\n]*[([{]?[^\S\n]*(?!100(?:[.,]0+)?[^\S\n]*%)\d{1,3}(?:[.,]\d+)?[^\S\n]*(?:%|percent\b)/iu;
/**
 * The words for one of every language (`one`, `eins`, `un`, `一`): a remark led by one (`2 failed (one flaky)`) excuses
 * one item, as `1 flaky` does.
 */
const ONE_NUMERALS: ReadonlySet<string> = new Set(['one', 'single', 'eins', 'ein', 'eine', 'einer', 'un', 'une', 'uno', 'una', 'um', 'uma', 'een', 'één', 'jeden', 'jedna', 'jedno', 'en', 'ett', 'один', 'одна', 'одно', 'bir', '一', '하나', 'ένα', 'satu']);
const numberWordLead = (word: string | undefined): boolean => word !== undefined && numberWords().test(word) && !QUANTITY_WORDS.has(word);
/**
 * The values of the vocabulary's small numerals, two and up, in the languages it reads (`two`, `drei`, `trois`, `три`,
 * `三`): a remark that excuses `two flaky` of `Failed: 3` excuses two, not all (red team). A numeral without a value here
 * (`hundred`, `dozen`) still weighs two or more.
 */
const NUMERAL_VALUES = lazy((): ReadonlyMap<string, number> => {
  const rows: readonly (readonly string[])[] = [
    ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
    ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'],
    ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'],
    ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'],
    ['dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', 'catorze', 'quinze', 'dezesseis'],
    ['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici'],
    ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
    ['dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć'],
    ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
    ['два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'],
    ['iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on'],
    ['둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉', '열'],
    ['дві', 'три', 'чотири', 'пʼять'], ['dva', 'tři', 'čtyři', 'pět'], ['δύο', 'τρία', 'τέσσερα', 'πέντε'], ['dua', 'tiga', 'empat', 'lima'],
    ['दो', 'तीन', 'चार', 'पांच'], ['hai', 'ba', 'bốn', 'năm'], ['doi', 'trei', 'patru', 'cinci'], ['اثنان', 'ثلاثة', 'أربعة', 'خمسة'], ['دو', 'سه', 'چهار', 'پنج'],
    ['สอง', 'สาม', 'สี่', 'ห้า'], ['kettő', 'három', 'négy', 'öt'], ['kaksi', 'kolme', 'neljä', 'viisi'], ['to', 'tre', 'fire', 'fem'], ['দুই', 'তিন', 'চার', 'পাঁচ'], ['mbili', 'tatu', 'nne', 'tano'],
  ];
  const values = new Map<string, number>();
  for (const row of rows) row.forEach((w, i) => values.set(w, i + 2));
  // A numeral spelt as an English word (`to`, `on`, `due`, `once`, `fire`) is more often that word before a remark's
  // excuse (`Failed: 3 (due to flaky network)`): it keeps the weight of a numeral without a value (two or more).
  for (const w of ENGLISH_LOOKALIKE_NUMERALS) values.delete(w);
  for (const [w, v] of [['duas', 2], ['dwie', 2], ['две', 2], ['dvě', 2], ['két', 2], ['שתיים', 2], ['שניים', 2], ['שלוש', 3], ['שלושה', 3], ['ארבע', 4], ['חמש', 5], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['zwanzig', 20], ['vingt', 20], ['trente', 30], ['veinte', 20], ['treinta', 30], ['vinte', 20], ['trinta', 30], ['venti', 20], ['trenta', 30]] as const) values.set(w, v);
  return values;
});
/**
 * Whether `numeral` is one of {@link ENGLISH_WORD_NUMERALS} and none of `words` is a word of a language it is a numeral
 * of (its row's failure, error, item, pass, skip and total words that are no English word): then it is the English word.
 */
function numeralOutOfItsLanguage(numeral: string, words: readonly string[]): boolean {
  const own = WORDS_OF_A_LOOKALIKE_NUMERALS_LANGUAGE().get(caselessVisibleForm(numeral).trim());
  return own !== undefined && !words.some((w) => own.has(w));
}
/** Whether a pair {@link namedCounts} matched (`Retry on`, `failure: on`) holds a lookalike numeral out of its language ({@link numeralOutOfItsLanguage}): no count. */
function pairOutOfItsLanguage(pair: string): boolean {
  const m = /^([\p{L}][\p{L}\p{M}_-]*)(?:\s*[:=]\s*|\s+)(\p{L}+)$/u.exec(pair.trim());
  return m !== null && numeralOutOfItsLanguage(m[2] as string, [...readWords(m[1] as string), ...nameWords(m[1] as string)]);
}
const WORDS_OF_A_LOOKALIKE_NUMERALS_LANGUAGE = lazy((): ReadonlyMap<string, ReadonlySet<string>> => {
  const columns = ['failed', 'errors', 'items', 'passed', 'skipped', 'total', 'count'] as const;
  const english = new Set(vocabulary([...columns, 'pass', 'other'], ['en']));
  const out = new Map<string, ReadonlySet<string>>();
  for (const numeral of ENGLISH_WORD_NUMERALS()) {
    const languages = Object.keys(STATUS_VOCABULARY).filter((l) => l !== 'en' && (STATUS_VOCABULARY[l]?.some ?? []).includes(numeral));
    out.set(numeral, new Set(vocabulary([...columns], languages).flatMap((w) => [w, drawnWord(w)]).filter((w) => !english.has(w))));
  }
  return out;
});
const ENGLISH_LOOKALIKE_NUMERALS: readonly string[] = ['to', 'on', 'ba', 'hai', 'fire', 'due', 'sex', 'elf', 'once', 'doze', 'seize', 'sept', 'dos', 'tien'];
const CJK_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/**
 * The value of a numeral in words, where the vocabulary's small numerals say it (`three`, `twenty-one`, `二十`, `十二`):
 * undefined for one the engine cannot value (`hundreds`, `dozen`), which weighs two or more.
 */
const TENS_THEN_ONES = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?:one|two|three|four|five|six|seven|eight|nine)$/u;
function numeralValue(word: string): number | undefined {
  // A counter after a numeral in scripts without spaces (`两个`, `三件`, `二つ`) is no part of its value.
  const read = word.toLowerCase().replace(/(?<=[一二两兩三四五六七八九十])(?:个|個|件|项|項|名|つ|개|건)$/u, '');
  const known = NUMERAL_VALUES().get(read);
  if (known !== undefined) return known;
  const parts = read.split(/[-\s]+/u);
  if (parts.length === 2) {
    const tens = NUMERAL_VALUES().get(parts[0] as string);
    const ones = ONE_NUMERALS.has(parts[1] as string) ? 1 : NUMERAL_VALUES().get(parts[1] as string);
    if (tens !== undefined && tens >= 20 && tens % 10 === 0 && ones !== undefined && ones < 10) return tens + ones;
  }
  const cjk = /^([一二两兩三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(read);
  if (cjk === null || read === '' || (cjk[2] === '' && cjk[3] !== '')) return undefined;
  if (cjk[2] === '') return CJK_DIGITS[cjk[1] as string];
  return (cjk[1] === '' ? 1 : (CJK_DIGITS[cjk[1] as string] ?? 0)) * 10 + (cjk[3] === '' ? 0 : (CJK_DIGITS[cjk[3] as string] ?? 0));
}
/**
 * How many a count says at least, as a remark's excused items are weighed against it: digits and Roman numerals what they
 * say, a word for one one, another number word two or more (`Failed: two (1 flaky)`: one is this run's); a word of
 * quantity (`some`, `many`) nothing sure.
 */
function countAtLeast(written: string): number | undefined {
  const number = written.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (/^\d{1,9}$/u.test(number)) return Number(number);
  const roman = romanCount(number);
  if (roman !== undefined) return roman;
  const word = number.toLowerCase();
  if (ONE_NUMERALS.has(word)) return 1;
  return numberWordLead(word) ? Math.max(2, numeralValue(word) ?? 2) : undefined;
}
/** Words of the vocabulary's numerals that say no number (`many`, `viele`, `plusieurs`, `全部`). */
const QUANTITY_WORDS: ReadonlySet<string> = wordSet('QUANTITY_WORDS', () => [
  ...NOT_NUMERALS, 'viele', 'mehrere', 'einige', 'alle', 'plusieurs', 'beaucoup', 'quelques', 'tous', 'toutes', 'varios', 'varias', 'muchos', 'muchas', 'algunos', 'algunas', 'todos', 'todas',
  'vários', 'várias', 'muitos', 'muitas', 'alguns', 'algumas', 'molti', 'molte', 'alcuni', 'alcune', 'tutti', 'tutte', 'veel', 'meerdere', 'enkele', 'kilka', 'wiele', 'wszystkie',
  'många', 'flera', 'några', 'много', 'несколько', 'все', 'birkaç', 'çok', 'bazı', 'hepsi', '複数', '多数', '全部', '多个', '若干', '多個', '여러', '몇', '모두', '전부', 'багато', 'кілька', 'всі',
  'několik', 'mnoho', 'všechny', 'πολλά', 'μερικά', 'όλα', 'beberapa', 'banyak', 'semua',
]);
/** Words before a scope word that excuse only some items or none for sure (`some flaky`, `maybe flaky`, `hardly flaky`). */
const PARTIAL_OR_HEDGED: ReadonlySet<string> = new Set(['some', 'half', 'most', 'mostly', 'partly', 'partially', 'few', 'maybe', 'possibly', 'perhaps', 'probably', 'likely', 'presumably', 'suspected', 'potentially', 'might', 'could', 'hardly', 'barely', 'scarcely',
  'hopefully', 'supposedly', 'allegedly', 'reportedly', 'apparently', 'seemingly', 'hoffentlich', 'angeblich', 'vermutlich', 'wahrscheinlich', 'vielleicht', 'probablement', 'apparemment', 'supposément', 'supuestamente', 'probablemente', 'quizás', 'quizá']);
/**
 * Words of a fix or of a waiver acted on (`fixed`, `resolved`, `waived`, `behoben`, `corrigés`): told as still to come
 * (`to be fixed`, `will be fixed`, `fixed later`, `wird behoben`, `seront corrigés`) or as made elsewhere (`fixed
 * upstream`, `fixed in the next release`, `corrigés en amont`), they say this run's failures stand until it lands.
 */
const ACTED_ON: ReadonlySet<string> = new Set(['fixed', 'resolved', 'patched', 'repaired', 'corrected', 'addressed', 'waived', 'quarantined', 'retried', 'rerun', 'recovered',
  'behoben', 'behobene', 'behobenen', 'korrigiert', 'korrigierte', 'korrigierten', 'gefixt', 'corrigé', 'corrigée', 'corrigés', 'corrigées', 'résolu', 'résolue', 'résolus', 'résolues',
  'corregido', 'corregida', 'corregidos', 'corregidas', 'resuelto', 'resuelta', 'resueltos', 'resueltas', 'arreglado', 'arreglados', 'corrigido', 'corrigida', 'corrigidos', 'corrigidas',
  'resolvido', 'resolvida', 'resolvidos', 'resolvidas', 'corretto', 'corretti', 'risolto', 'risolti', 'risolte', 'sistemati', 'sistemate', 'opgelost', 'verholpen',
  'naprawione', 'naprawionych', 'poprawione', 'poprawionych', 'åtgärdade', 'åtgärdat', 'fixade', 'исправлены', 'исправлено', 'исправленные']);
/**
 * A fix's words after it that put it later or elsewhere (`fixed later`, `fixed upstream`), up to a word that starts a
 * clause of its own (`quarantined until fixed upstream`: the quarantine holds now). A state acted on (`waived until the
 * next release`, `quarantined`) is one now, whatever comes after it.
 */
function fixToCome(words: readonly string[], at: number): boolean {
  if (STATES_ACTED_ON.has(words[at] as string)) return false;
  const after = words.slice(at + 1);
  const end = after.findIndex((w) => CLAUSE_OF_ITS_OWN.has(w));
  return (end === -1 ? after : after.slice(0, end)).some((w) => TO_COME_AFTER.has(w));
}
const STATES_ACTED_ON: ReadonlySet<string> = new Set(['waived', 'quarantined', 'retried', 'rerun', 'recovered']);
const CLAUSE_OF_ITS_OWN: ReadonlySet<string> = new Set(['until', 'till', 'bis', 'jusqu', 'hasta', 'até', 'fino', 'while', 'because', 'since', 'and', 'but']);
/** Before a fix: it is still to come (`to be fixed`, `will be fixed`, `being fixed`, `wird behoben`, `seront corrigés`). */
const TO_COME_BEFORE: ReadonlySet<string> = new Set(['will', 'll', 'shall', 'would', 'be', 'being', 'gonna', 'going', 'soon', 'eventually', 'later', 'pending',
  'wird', 'werden', 'bald', 'später', 'sera', 'seront', 'serait', 'seraient', 'será', 'serán', 'sarà', 'saranno', 'wordt', 'worden', 'zal', 'zullen', 'будут', 'будет']);
/** After a fix: it is to come, made elsewhere, or unconfirmed (`fixed later`, `fixed upstream`, `fixed in the next release`, `fixed once merged`). */
const TO_COME_AFTER: ReadonlySet<string> = new Set(['later', 'soon', 'eventually', 'tomorrow', 'upstream', 'downstream', 'next', 'upcoming', 'future', 'pending', 'planned', 'scheduled',
  'once', 'if', 'unless', 'hopefully', 'supposedly', 'unverified', 'unconfirmed', 'untested', 'tbd', 'tbc',
  'später', 'bald', 'demnächst', 'nächsten', 'nächste', 'nächster', 'künftig', 'zukünftig', 'tard', 'bientôt', 'prochaine', 'prochain', 'prochainement', 'amont', 'ultérieurement',
  'tarde', 'pronto', 'próxima', 'próximo', 'futura', 'futuro', 'prossima', 'prossimo', 'dopo', 'presto', 'volgende', 'straks', 'позже']);
/** A remark with a word of `isScope` in it that excuses nothing (`never flaky`, `1 flaky` of 2): a remark without one is left as it is. */
const remarkExcusesNothing = (remark: string, count: number | undefined, isScope: (w: string) => boolean): boolean =>
  nameWords(remark).some(isScope) && !remarkExcuses(remark, count, isScope);
const REMARK_CLAUSE_BREAK = /[,;]/u;
const STILL_FAILING = /\bstill[^\S\n]+(?:fail|failing|failed|fails|broken|erroring|errors|crashing|crashes|red)\b|\b(?:failed|fails|failing|crashed)[^\S\n]+again\b/iu;
/** A word set to none right after it (`flaky: 0`, `expected 0`, `flaky? no`), never the start of a share (`flaky 0.5%`). */
const ZEROED_WORD = /(?<![\p{L}\p{N}])(\p{L}+)[^\S\n]*(?:[:=?]|[^\S\n][-\u2013\u2014])?[^\S\n]*(?:0+|no|none|false|nil|zero)(?![\p{L}\p{N}]|[.,]\d)/iu;
/** How many a clause of a remark excuses: a number before its words (`1 flaky`) or after its word and a separator (`flaky: 1`). */
const LEADING_NUMBER = /^[^\S\n]*[([{]?[^\S\n]*(\d{1,9})(?![\d.,])|^[^\S\n]*[([{]?[^\S\n]*\p{L}[\p{L}\s_-]{0,30}?[^\S\n]*[:=][^\S\n]*(\d{1,9})(?![\d.,])/u;
const REMARK_NEGATORS: ReadonlySet<string> = wordSet('REMARK_NEGATORS', () => [...NEGATORS, ...readSet(vocabulary(['negation'])), 'no', 'never', 'nor', 'neither', 'nothing', 'nobody', 'isn', 'aren', 'wasn', 'weren', 'didn', 'doesn', 'don', 'cannot',
  // Chinese negates a word by a word run into it or before it (`非不稳定`, `不是 flaky`, `並非已知`).
  '非', '不是', '并非', '並非', '不属于', '不屬於', '并不', '並不']);
/** Words that say what a remark's scope word describes is off or absent (`flaky detection disabled`, `baseline missing`). */
const SWITCHED_OFF: ReadonlySet<string> = new Set(['disabled', 'off', 'missing', 'unavailable', 'absent', 'deactivated', 'inactive']);
/** A failure told as something that happened (`crashed`, `failed`): after words that are no items, something else failed. */
const FAILURE_EVENTS: ReadonlySet<string> = new Set(['failed', 'fails', 'crashed', 'crashes', 'errored', 'broke', 'died', 'hung', 'hangs', 'aborted', 'panicked', 'segfaulted', 'timedout']);
const SCOPE_FILLERS: ReadonlySet<string> = new Set(['to', 'be', 'been', 'as', 'a', 'an', 'the', 'and', 'or']);
const EXPECTATION_WORDS: ReadonlySet<string> = new Set(['expected', 'expect', 'expects', 'expectation', 'should', 'supposed', 'wanted', 'want', 'erwartet', 'soll', 'sollte', 'attendu', 'attendue', 'esperado', 'esperada']);
const OUTCOME_NOUNS: ReadonlySet<string> = new Set(['result', 'outcome', 'status', 'state', 'value', 'ergebnis', 'résultat', 'resultado']);
function scopeStands(words: readonly string[], at: number): boolean {
  for (let i = Math.max(0, at - 3); i < at; i++) if (REMARK_NEGATORS.has(words[i] as string) || PARTIAL_OR_HEDGED.has(words[i] as string)) return false;
  // Japanese and Korean negate after the word (`既知ではない`, `修正済みではありません`, `수정됨 아님`): not known, not fixed.
  if (NEGATION_AFTER.test(words[at + 1] ?? '') || deniedAfter(words, at)) return false;
  if (excuseEnded(words, at)) return false;
  if (ACTED_ON.has(words[at] as string) && (words.slice(Math.max(0, at - 3), at).some((w) => TO_COME_BEFORE.has(w)) || fixToCome(words, at))) return false;
  // After `to` it says what was expected or asked of the items (`expected to pass`, `supposed to pass`), not what they did.
  if (words[at - 1] === 'to') return false;
  // So does a pass set as what was expected (`expected: pass`, `expected result: passed`, `should pass`): the expectation
  // and its pass word both excuse nothing.
  if (EXPECTATION_WORDS.has(words[at] as string) && (PASS_WORDS.has(words[at + 1] as string) || PASSED_WORDS.has(words[at + 1] as string) || (OUTCOME_NOUNS.has(words[at + 1] as string) && (PASS_WORDS.has(words[at + 2] as string) || PASSED_WORDS.has(words[at + 2] as string))))) return false;
  if ((PASS_WORDS.has(words[at] as string) || PASSED_WORDS.has(words[at] as string)) && (EXPECTATION_WORDS.has(words[at - 1] as string) || (OUTCOME_NOUNS.has(words[at - 1] as string) && EXPECTATION_WORDS.has(words[at - 2] as string)))) return false;
  const after = lineNameWords(words.slice(at + 1));
  // `expected to fail`, `known to be flaky` excuse; `expected to pass` says what was expected of something else.
  if (after[0] === 'to' && after[1] !== undefined && after[1] !== 'be' && !namesALineFailureWord(after[1])) return false;
  if (after.some((w) => SWITCHED_OFF.has(w))) return false;
  const event = after.findIndex((w) => FAILURE_EVENTS.has(w));
  return event === -1 || after.slice(0, event).every((w) => COUNTED_ITEMS.has(w) || SCOPE_FILLERS.has(w) || REMARK_SCOPES.has(w));
}

/**
 * Whether a remark's word tells of an earlier time rather than of this run (red team): a tolerance told in the past
 * (`was flaky`, `previously flaky`, `formerly known`, `used to be flaky`, `ex-flaky`, `früher bekannt`, `曾经不稳定`) or
 * ended since (`flaky until today`, `flaky in the past`, `flaky last week`) excuses nothing now, and a word of an earlier
 * time that only dates such a tolerance (`previously` in `previously flaky`) does not stand as an earlier run's count
 * (`2 failed (previously)` still does). A failure fixed, retried or expected is told in the past by nature (`was
 * fixed`, `were expected`): only a word that says it no longer holds (`formerly expected`) ends it.
 */
function excuseEnded(words: readonly string[], at: number): boolean {
  const word = words[at] as string;
  if (EARLIER_TIME.has(word) || ENDED_TIME.has(word) || word === 'last') return words.slice(at + 1, at + 4).some((w) => TOLERANCES.has(w)) || TOLERANCES.has(words[at - 1] as string);
  if (!TOLERANCES.has(word)) return false;
  const told = TOLD_IN_THE_PAST.has(word);
  for (let i = Math.max(0, at - 3); i < at; i++) if (ENDED_TIME.has(words[i] as string) || (!told && EARLIER_TIME.has(words[i] as string))) return true;
  const [next, then] = [words[at + 1], words[at + 2]];
  if (next === undefined) return false;
  if ((next === 'until' || next === 'till' || next === 'bis' || next === 'jusqu' || next === 'hasta' || next === 'até' || next === 'fino') && then !== undefined && NOW_WORDS.has(then)) return true;
  if (next === 'in' && then === 'the' && words[at + 3] === 'past') return true;
  if (next === 'last' && then !== undefined && PERIODS.has(then)) return true;
  return !told && words.length === at + 2 && (EARLIER_TIME.has(next) || next === 'before' || next === 'yesterday');
}
/**
 * Whether the words after an excuse deny it, as English and the languages that negate before a verb do after its noun
 * (red team): `flaky is not the cause`, `flaky isn't the cause`, `known issue was ruled out`, `flaky - not`, `known
 * issue: none`. The excuse's own words (`known issue`, `flaky test`) and a copula are passed over; a
 * negation that says what was expected or known of the items (`expected not to pass`, `known not to work on ARM`)
 * excuses as `expected to fail` does.
 */
function deniedAfter(words: readonly string[], at: number): boolean {
  let i = at + 1;
  for (let n = 0; n < 2 && SCOPE_NOUNS.has(words[i] as string); n++) i++;
  const told = COPULAS_AFTER_SCOPE.has(words[i] as string);
  if (told) i++;
  const word = words[i];
  if (word === undefined || words[i + 1] === 'to') return false;
  if (word === 'ruled' || word === 'rule') return words[i + 1] === 'out';
  // Without a verb a negation after the excuse may deny what follows it instead (`known issue (not a regression)`,
  // `known issue not yet fixed upstream`): only one that ends the remark denies the excuse (`flaky - not`).
  const last = i === words.length - 1;
  if (word === 'isn' || word === 'aren' || word === 'wasn' || word === 'weren') return true;
  return (told || last) && (DENIALS_AFTER_SCOPE.has(word) || (word === 'no' && last));
}
const SCOPE_NOUNS: ReadonlySet<string> = new Set(['issue', 'issues', 'problem', 'problems', 'bug', 'bugs', 'test', 'tests', 'failure', 'failures', 'error', 'errors', 'one', 'ones', 'case', 'cases']);
const COPULAS_AFTER_SCOPE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', 's', 'ist', 'sind', 'war', 'est', 'es', 'è', 'это']);
const DENIALS_AFTER_SCOPE: ReadonlySet<string> = new Set(['not', 'never', 'isn', 'aren', 'wasn', 'weren', 'none', 'nicht', 'kein', 'keine', 'pas', 'non', 'nie', 'не', 'нет', 'excluded', 'disproved', 'false', 'wrong']);
const NEGATION_AFTER = /^(?:で|じゃ)?(?:は|も)?(?:ない|なかった|なく|無い|ありません|ありませんでした)|^(?:아님|아닙니다|아니다|아니었|아니며|않음|않았|않습니다|안됨)/u;
/** Words that date a tolerance before this run (`was flaky`, `previously known`, `war bekannt`, `以前`). */
const EARLIER_TIME: ReadonlySet<string> = new Set([
  'was', 'were', 'previously', 'earlier', 'once', 'prior', 'war', 'waren', 'früher', 'vorher', 'zuvor', 'était', 'étaient', 'auparavant', 'précédemment', 'era', 'eran', 'fue',
  'fueron', 'antes', 'anteriormente', 'previamente', 'eram', 'foi', 'foram', 'erano', 'prima', 'precedentemente', 'eerder', 'vroeger', 'voorheen', 'был', 'была', 'были', 'ранее', 'раньше',
  '以前', '之前', '曾', '曾经', '曾經', '过去', '過去', '原来', '原來', 'かつて', '이전에', '예전에',
]);
/** Words that say a tolerance no longer holds, whatever it was (`formerly expected`, `used to be known`, `ex-flaky`). */
const ENDED_TIME: ReadonlySet<string> = new Set(['formerly', 'former', 'used', 'ex', 'erstwhile', 'ehemals', 'ehemalig', 'ehemalige', 'einst', 'anciennement', 'autrefois', 'ancien', 'ancienne', 'anciens', 'anciennes', 'antiguamente', 'outrora', 'voormalig', 'бывший']);
/** Tolerances told in the past by nature: a failure was fixed, retried, expected or waived before it is reported. */
const TOLD_IN_THE_PAST: ReadonlySet<string> = new Set(['fixed', 'resolved', 'retried', 'retry', 'retries', 'recovered', 'rerun', 'ignored', 'waived', 'expected', 'anticipated', 'predicted']);
const NOW_WORDS: ReadonlySet<string> = new Set(['today', 'now', 'yesterday', 'recently', 'lately', 'this', 'last', 'the', 'heute', 'jetzt', 'aujourd', 'maintenant', 'hoy', 'ahora', 'hoje', 'agora', 'oggi', 'ora']);
const PERIODS: ReadonlySet<string> = new Set(['week', 'time', 'run', 'runs', 'build', 'builds', 'month', 'release', 'year', 'night', 'sprint', 'commit', 'version']);
const TOLERANCES: ReadonlySet<string> = wordSet('TOLERANCES', () => readSet(vocabulary(['tolerated'])));

// A name closed by a quote of any script before its separator (`"failed": 2`, `«Failed»: 2`, `„Fehler“: 2`); the quote
// that opens it went with the marks before the line.
const QUOTED_NAME = /^(\p{L}[^"'`\u00bb\u201c\u201d\u2019\u203a\u300d\u300f:=]{0,60})["'`\u00bb\u201c\u201d\u2019\u203a\u300d\u300f]\s*([:=])/u;

const MESSAGE_WORDS: ReadonlySet<string> = new Set(['message', 'messages', 'msg', 'reason']);
/** A name of what a report says of its run: `message`, `msg`, `reason`, alone or of its outcome (`status_message`, `result_reason`). */
const reportMessage = (own: readonly string[]): boolean => {
  const rest = own.filter((w) => !OUTCOME_KEYS.has(w));
  return rest.length === 1 && own.length - rest.length <= 1 && MESSAGE_WORDS.has(rest[0] as string);
};
/**
 * Where a report's own message stands: beside its status, in its summary (`summary: {message}`), in its `report` or run
 * object, or in a run's summary (`run: {summary: {message}}`, `report: {result: {message}}`). Not under a build or a
 * commit: Buildkite's `build: {message}` is the commit's message.
 */
const ofTheReport = (context: readonly string[]): boolean =>
  context.length === 0 ||
  SUMMARY_OBJECTS.has(context.join(' ')) ||
  context.join(' ') === 'report' ||
  // An owner of more than one word (`test_run: {summary: {message}}`, `testRun`, `test-run`) owns its summary as `run` does.
  context.some((_, i) => i > 0 && ownsARun(context.slice(0, i)) && SUMMARY_OBJECTS.has(context.slice(i).join(' ')));
const RUN_OWNERS: ReadonlySet<string> = new Set(['run', 'report', 'suite', 'tests', 'test run', 'job']);
/**
 * Whether a name is one of a run: one of {@link RUN_OWNERS}, or a name whose last word says what ran (`pipeline`,
 * `workflow`, `execution`, `test_suite`, `testSuite`, `nightly_build`, `e2e_session`), unless a word of it qualifies it
 * (`previous_run`, `baseline_pipeline`): a closed list of owners left every other name's summary unread (red team pr).
 */
function ownsARun(words: readonly string[]): boolean {
  if (RUN_OWNERS.has(words.join(' '))) return true;
  const last = words.at(-1);
  return last !== undefined && RUN_OWNER_HEADS.has(last) && !hasQualifier(words) && !words.some((w) => OTHER_RUN_WORDS.has(w));
}
/** Words that name another run than the report's own (`parent_pipeline`, `upstream_build`, `reference_run`, `main_build`). */
const OTHER_RUN_WORDS: ReadonlySet<string> = new Set(['parent', 'child', 'upstream', 'downstream', 'reference', 'main', 'master', 'base', 'other', 'target', 'source', 'trigger', 'triggering', 'triggered', 'original', 'old', 'next', 'scheduled', 'example', 'sample', 'template', 'mock', 'fake']);
const RUN_OWNER_HEADS: ReadonlySet<string> = new Set([
  'run', 'runs', 'suite', 'testsuite', 'testrun', 'job', 'pipeline', 'workflow', 'execution', 'session', 'stage', 'invocation', 'build', 'task', 'step', 'check', 'campaign',
]);
/**
 * The members of a run's summary or outcome object, two objects below the status (`run: {summary: {message: …}}`,
 * `run: {result: {error: true}}`): what the run says of itself, read as its summary beside the status is. Fields beside a
 * status reach one object down only ({@link fieldsOf}).
 */
function runSummariesBelow(fields: readonly Field[]): Field[] {
  const below: Field[] = [];
  for (const field of fields) {
    const written = field.written ?? field;
    if (!isRecord(field.value) || !ownsARun(field.context)) continue;
    const own = field.own.join(' ');
    if (!(SUMMARY_OBJECTS.has(own) || OUTCOME_KEYS.has(own)) || hasQualifier([...written.context, ...written.own])) continue;
    for (const [k, v] of Object.entries(field.value).slice(0, 64)) {
      below.push({ pointer: `${field.pointer}/${encodePointerSegment(k)}`, own: readWords(k), context: [...field.context, ...field.own], written: { own: nameWords(k), context: [...written.context, ...written.own] }, value: v });
    }
  }
  // A run inside the report's own object (`report: {run: {summary: {message: …}}}`): its summary, three objects down.
  for (const field of fields) {
    const written = field.written ?? field;
    if (!isRecord(field.value) || field.context.length === 0 || !ownsARun(field.context) || !ownsARun(field.own) || hasQualifier([...written.context, ...written.own])) continue;
    for (const [inner, object] of Object.entries(field.value).slice(0, 64)) {
      const own = readWords(inner).join(' ');
      if (!isRecord(object) || !(SUMMARY_OBJECTS.has(own) || OUTCOME_KEYS.has(own)) || hasQualifier(nameWords(inner))) continue;
      const at = `${field.pointer}/${encodePointerSegment(inner)}`;
      for (const [k, v] of Object.entries(object).slice(0, 64)) {
        below.push({ pointer: `${at}/${encodePointerSegment(k)}`, own: readWords(k), context: [...field.own, ...readWords(inner)], written: { own: nameWords(k), context: [...written.own, ...nameWords(inner)] }, value: v });
      }
    }
  }
  return below;
}
/** A test runner's failure summary inside a text beside the pass (or a list of lines), under a name that is not another run's. */
function printedFailure(fields: readonly Field[]): Finding | undefined {
  const legends = legendsAmong(fields);
  for (const field of fields) {
    if (legends.length > 0 && legends.some((p) => field.pointer.startsWith(p))) continue;
    const written = field.written ?? field;
    // A report's own `message` beside its status is what it says of the run, as its `summary` is (`message: "1 test
    // failed"`); elsewhere `message` qualifies (`failure_message_count`, `commit.message`).
    // Where it stands is read as drawn (`summаry` with a Cyrillic а, `ｓｕｍｍａｒｙ`, `pipe\u200bline` are the summary and
    // the pipeline a reader sees); what qualifies is read as written.
    const ownMessage = (ofTheReport(written.context) || ofTheReport(field.context)) && reportMessage(written.own);
    if (!ownMessage && hasQualifier([...written.context, ...written.own])) continue;
    const texts = typeof field.value === 'string' ? [field.value] : Array.isArray(field.value) ? field.value.slice(0, 10_000).filter((x): x is string => typeof x === 'string') : [];
    for (const text of texts) {
      const line = summaryLineIn(text);
      if (line !== undefined) return { code: 'contradiction', pointer: field.pointer, says: `prints ${JSON.stringify(line)}`, actual: line.slice(0, 200) };
      if (ownOutcomeText(written) && toldAsAFailedOutcome(text)) return { code: 'contradiction', pointer: field.pointer, says: `says ${JSON.stringify(text.trim())}`, actual: text.trim() };
    }
  }
  return undefined;
}
/** The report's own summary or message (`summary`, `message`, `msg` beside its status or in its summary object). */
const ownOutcomeText = (written: { own: readonly string[]; context: readonly string[] }): boolean =>
  ofTheReport(written.context) && (reportMessage(written.own) || SUMMARY_OBJECTS.has(written.own.join(' ')));
/**
 * A text that is a failed outcome whole, in words (`FAILED`, `Build failed`, `not ok`, `did not pass`), as `result:
 * "FAILED"` is one (helper ow, session 40): a summary without a count for summaryLineIn to read. A text with a number
 * in it, or in number words, is counts, whose readers weigh what excuses them; a longer text is prose.
 */
function toldAsAFailedOutcome(text: string): boolean {
  return rememberedFailedOutcome(text);
}
const rememberedFailedOutcome = rememberedPerText(readFailedOutcome);
function readFailedOutcome(text: string): boolean {
  // A tab or a line break spelled by a reference (`Build&#10;failed`) is read as the one written (`Build\nfailed`).
  const t = failureWordsSpelledByStrokesRead(whitespaceReferencesDecoded(text)).trim();
  // A template's or a format's slot (`failed: %%`, `{{failed}} failed`) is the placeholder reader's: a text never filled in.
  // The bound on the text as written only caps the cost of reading it as shown: padding a reader does not see (invisible
  // characters, `&nbsp;`, `<br/>`) must not carry a short outcome past MAX_OUTCOME_TEXT (red team xz2).
  if (t.length > MAX_WRITTEN_OUTCOME_TEXT) return false;
  const marksWorded = marksOfARetryAsWords(t);
  if (marksWorded !== undefined) return toldAsAFailedOutcome(marksWorded);
  if (t.includes('<') && formulaTellsAFailure(t)) return true;
  // A none's exception is read as a page draws it too: an inert or hidden element's text is no word of it
  // (`except<template>x</template> checkout` shows `except checkout`, helper xa, session 44).
  const drawn = t.includes('<') ? drawnMarkup(t) : undefined;
  if (drawn !== undefined && drawn !== t && noneOverturnedInAReading(drawn, true)) return true;
  if (TAG_RENDERING_NOTHING_HINT.test(t) && noneOverturnedBesideASlot(t)) return true;
  if (templateSlotIn(t) || ONE_COUNT_SLOT.test(t)) return noneOverturnedBesideASlot(t) || failureToldBesideASlot(t);
  if ((UNFILLED_GROUP_HINT.test(t) || OTHER_SLOT_HINT.test(t)) && failureToldBesideASlot(t)) return true;
  // Read as shown: the digits of a colour code, a character reference or markup (`\x1b[31mFAILED\x1b[0m`, `&#70;AILED`,
  // `<span style="color:#f00">FAILED</span>`) count nothing, and their length is no prose (red team xo).
  // A line break or a block between words parts them as a page draws it (`No tests failed<br>except checkout`).
  const shown = shownOutcome(t);
  if (noneOverturnedInAReading(t, false, shown) || (slotTagBeforeMarkup(t) && noneOverturnedBesideASlot(t))) return true;
  // A pass of all denied is no count, and an exception after it takes nothing back (`not all tests passed except checkout`).
  if ((passOfAllDenied(shown) || failureToldBeforeAnException(shown) || memberDeniedAfterAPassOfAll(shown)) && !commitSubject(shown)) return true;
  // A line break before the pointer parts it as a page draws it (`Build failed<br>See logs`).
  const parted = shownWithLineBreaks(t, shown);
  const pointed = failureBeforeAPointer(parted);
  if (pointed !== undefined) return pointed;
  if (failureToldOfANumberedSubject(parted) || countAfterAFailureNounUnparted(t, shown) || nonzeroExitToldAsAFailure(shown) || failureLabelOpeningTheText(shown) || (/\p{N}/u.test(shown) && crashToldAsAFailure(shown))) return true;
  if (failureBeforeARemark(parted) || failureAskedAsMeant(shown) || failureComparedWithOtherRuns(shown) || failureToldTimes(shown) || failureWordAroundASlot(t) || failureWordAroundASlot(shown) || failureToldAtANumberedPlace(shown) || failureOnAShareOfPlaces(shown) || failuresToldAsAShare(shown) || failureBeforeAnIssueReference(shown) || failureToldBelowANone(t) || failureOfAMemberAmongLabelledOutcomes(t) || failureToldBesideNumbersElsewhere(t, shown)) return true;
  if (shown.length > MAX_OUTCOME_TEXT || commitSubject(shown) || EMPTY_LABEL_VALUE.test(barredLabelAsColon(shown))) return false;
  const named = namesHoldingDigitsAsWords(shown);
  if (/\p{N}/u.test(named)) return false;
  // `w/o` is `without` (`completed w/o errors`), as the count readers take it (JOINER_END).
  const worded = barredLabelAsColon(named.replace(WITHOUT_SHORTENED, 'without'));
  // A pass struck out before a failure word last (`<s>Passed</s> after a failure`) is read as the withdrawn pass it shows.
  return failedOutcomeInWords(worded) || flagToldInASentence(worded) || subjectThenNegatedPass(worded) || failureToldInASentence(worded) || failureThenAReasonOfANone(worded) || noneOfTheRunPassed(linesParted(t, shown)) || failureJoinedAfterANone(worded) || (passStruckOut(t) && shown.length <= MAX_MARKED_TEXT && failureWordLastIn(shown, true)) || crashToldAsAFailure(worded);
}
/**
 * A process's end told in a summary by a code above zero (helper fb, session 48): GitHub Actions' `Error: Process completed
 * with exit code 1.`, `Process exited with code 1`, `Build exited with status 1`, `build exited 1`, Go's `exit status 1`,
 * `Build failed with exit code 1`. Only a code an exit word names (never `status 2` or `code 3` alone, which may count or
 * name anything): the phrase, with how the run ended before it, is read as `failed` and the text judged again, so a
 * tolerance or a none beside it weighs it as it weighs a failure told in words. A clean code (`exit code 0`) stays as written.
 */
function nonzeroExitToldAsAFailure(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !EXIT_WORD_HINT.test(shown)) return false;
  let failed = false;
  // Full-width digits (`exit code ０１`) are the code they show.
  const text = PLAIN.test(shown) ? shown : shown.normalize('NFKC');
  const read = text
    .replace(EXIT_CODE_IN_A_SUMMARY, (all: string, hex: string | undefined, code: string | undefined, worded: string | undefined) => {
      const value = hex !== undefined ? Number.parseInt(hex, 16) : worded !== undefined ? exitCodeInWords(worded) : Number(code);
      if (value === undefined || value === 0 || Number.isNaN(value)) return all;
      failed = true;
      return 'failed';
    })
    .replace(NONZERO_EXIT_WITHOUT_A_VALUE, () => {
      failed = true;
      return 'failed';
    })
    .replace(KILLED_BY_A_SIGNAL, (all: string, number: string | undefined) => {
      if (number !== undefined && Number(number) === 0) return all;
      failed = true;
      return 'failed';
    })
    .replace(LIMIT_EXCEEDED, () => {
      failed = true;
      return 'failed';
    });
  return failed && toldAsAFailedOutcome(read);
}
/** A code in words (`exit code one`), never a word that only looks like a numeral (`exit code on failure`). */
function exitCodeInWords(word: string): number | undefined {
  const w = word.toLowerCase();
  if (ENGLISH_LOOKALIKE_NUMERALS.includes(w)) return undefined;
  return ZERO_WORDS.has(w) ? 0 : ONE_NUMERALS.has(w) ? 1 : numeralValue(w);
}
// The exit word's spellings (helper fg, session 48): a hyphen (`exit-code: 1`), Python's `returncode`, `Return code`,
// cmd's `errorlevel`, the shell's `$?`, `non-zero status`; a verb or an arrow between the word and its value (`Exit code
// is 1`, `exit code -> 1`); a value in words (`exit code one`).
const EXIT_WORD_HINT = /exit|\brc\b|return[-_ ]?code|errorlevel|\$\?|signal|sig[a-z]|limit|time[-_ ]?out|deadline/iu;
const EXIT_CODE_IN_A_SUMMARY = /(?:(?<![\p{L}\p{N}_])(?:completed|finished|ended|terminated|failed|stopped)[^\S\n]+with[^\S\n]+|(?<![\p{L}\p{N}_]))(?:(?:non[-\s]?zero[^\S\n]+)?exit(?:ed)?(?:[^\S\n]+with)?(?:[^\S\n]+(?:non[-\s]?zero[^\S\n]+)?(?:code|status))?|exit[-_]?(?:code|status)|return[-_ ]?code|errorlevel|rc|\$\?)(?:[^\S\n]+(?:is|was|of))?[^\S\n]*(?:[:=(]|->|=>|\u2192)?[^\S\n]*(?:0x([0-9a-f]{1,8})|(-?\d{1,10})|(\p{L}{2,12}))\)?(?![\p{L}\p{N}_]|[.,]\d)/giu;
/**
 * A nonzero exit told without its value (`non-zero exit code`, `exited with a non-zero exit code`, `nonzero exit`,
 * `exited non-zero`): one exit, so the singular only; `non-zero exit codes are reported` tells of a setting.
 */
const NONZERO_EXIT_WITHOUT_A_VALUE = /(?<![\p{L}\p{N}_])(?:(?:(?:exited|returned|ended|completed|finished|terminated|failed|stopped)[^\S\n]+with[^\S\n]+(?:an?[^\S\n]+)?)?non[-\s]?zero[^\S\n]+(?:exit(?:[-_ ](?:code|status))?|return[-_ ]?code|status)|exit(?:ed|[-_ ](?:code|status))?[^\S\n]+(?:(?:is|was|with)[^\S\n]+)?non[-\s]?zero)(?![\p{L}\p{N}_-])/giu;
/**
 * A process killed by a signal (`Killed by signal 9`, `exited with signal 11`, `terminated by SIGTERM`): a verb of its end
 * before the signal, so a handler of one (`signal handler for SIGTERM added`) is no kill.
 */
const KILLED_BY_A_SIGNAL = /(?<![\p{L}\p{N}_])(?:killed|terminated|exited|died|stopped|aborted|crashed|ended|interrupted)[^\S\n]+(?:by|with|on|from|due[^\S\n]+to)[^\S\n]+(?:an?[^\S\n]+)?(?:signal[^\S\n]*[:=(]?[^\S\n]*(?:(\d{1,3})|sig[a-z]{2,8})|sig[a-z]{2,8})\)?(?![\p{L}\p{N}_])/giu;
/**
 * A run stopped by a limit it crossed (GitLab's `The job exceeded the maximum time limit`, `Time limit exceeded`, Go's
 * `context deadline exceeded`, `memory limit exceeded`): the kill told by the limit, either order; a limit set or
 * raised (`time limit raised to 2h`) crossed nothing.
 */
const LIMIT_EXCEEDED = /(?<![\p{L}\p{N}_])(?:(?:exceeded|exceeds|reached|hit|surpassed|overran|overrun)[^\S\n]+(?:(?:the|its|a|an|our|their|maximum|max|allowed|configured|job|jobs|build|step|pipeline)[^\S\n]+){0,3}(?:time[-_ ]?limit|time[-_ ]?out|deadline|memory[-_ ]limit|heap[-_ ]limit|execution[-_ ]time(?:[-_ ]limit)?)|(?:time[-_ ]?limit|time[-_ ]?out|deadline|memory[-_ ]limit|heap[-_ ]limit)[^\S\n]+(?:(?:was|has[^\S\n]+been)[^\S\n]+)?(?:exceeded|reached|hit|surpassed))(?:[^\S\n]+of[^\S\n]+\d{1,6}(?:[.,]\d{1,3})?[^\S\n]*(?:ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|mb|gb|mib|gib)?)?(?![\p{L}\p{N}_])/giu;
/**
 * A crash told by its name in a summary (helper fb, session 48): `Segmentation fault (core dumped)`, `segfault in build`,
 * `Bus error`, `SIGSEGV`: each crash's name or phrase ({@link crashToldAt}; never one naming what handles crashes,
 * `segfault handler installed`) is read as `crashed` and the text judged again, so a tolerance beside it (`Fixed segfault
 * in parser`, `flaky segfault`) weighs it as it weighs `crashed`.
 */
function crashToldAsAFailure(worded: string): boolean {
  if (worded.length > MAX_OUTCOME_TEXT) return false;
  const words = [...worded.matchAll(CRASH_TOKEN)];
  const drawn = words.map((m) => m[0].toLowerCase());
  if (!drawn.some((w) => CRASH_WORDS.has(w) || CRASH_PHRASE_OPENERS().has(w) || CRASH_NOUNS_BEFORE_A_PLACE.has(w))) return false;
  let read = '';
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const n = crashToldAt(drawn, i);
    if (n === 0) continue;
    const start = (words[i] as RegExpMatchArray).index as number;
    const last = words[i + n - 1] as RegExpMatchArray;
    const after = worded.slice((last.index as number) + last[0].length);
    // A crash's name as a flag's (`OOMKilled: true`, `SIGSEGV=false`) is read as the failure flag it sets or clears; the
    // signal's number a shell prints after it (`Abort trap: 6`, `Segmentation fault: 11`) is part of its name, no count.
    read += `${worded.slice(from, start)}${FLAG_AFTER_A_NAME.test(after) ? 'failed' : 'crashed'}`;
    from = (last.index as number) + last[0].length + (SIGNAL_NUMBER_AFTER_A_CRASH.exec(after)?.[0].length ?? 0);
    i += n - 1;
  }
  return from > 0 && toldAsAFailedOutcome(read + worded.slice(from));
}
const CRASH_TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const FLAG_AFTER_A_NAME = /^[^\S\n]*[:=][^\S\n]*(?:true|false|yes|no)(?![\p{L}\p{N}])/iu;
const SIGNAL_NUMBER_AFTER_A_CRASH = /^[^\S\n]*(?::[^\S\n]*[1-9]\d{0,2}|\([^\S\n]*(?:signal[^\S\n]+)?[1-9]\d{0,2}[^\S\n]*\))(?![\p{L}\p{N}.,])/iu;
/**
 * A text that opens with a failure's own label (helper fg, session 48): an exception's class name (`TypeError: undefined is
 * not a function`, `AssertionError: …`, `java.lang.OutOfMemoryError: …`, `Error: Cannot find module 'x'`), git's and a
 * compiler's `fatal:` / `fatal error:`, Go's `panic:`, Rust's `thread 'main' panicked at`. The label is read as `failed;` and the text judged again, so a none
 * after it (`Error: none`) or a tolerance before it weighs it; the name without its colon (`TypeError handling improved`,
 * `Fixed: TypeError in parser`) labels nothing.
 */
function failureLabelOpeningTheText(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT) return false;
  // `failed;` rather than `failed:`, whose value a label reader would weigh as the count or the outcome it names.
  const read = shown.replace(FAILURE_LABEL_AT_THE_START, 'failed;');
  return read !== shown && toldAsAFailedOutcome(read);
}
const FAILURE_LABEL_AT_THE_START = /^[^\S\n]*(?:(?:(?:[\p{L}_$][\p{L}\p{N}_$]*\.){0,6}[\p{Lu}][\p{L}\p{N}_$]*(?:Error|Exception)|UnhandledPromiseRejectionWarning|[Ee]rror|ERROR|[Ff]atal(?:[^\S\n]+[Ee]rror)?|FATAL(?:[^\S\n]+ERROR)?|panic)[^\S\n]*:|thread[^\S\n]+'[^'\n]{1,120}'[^\S\n]+panicked(?:[^\S\n]+at)?)(?=[^\S\n]*(?!0(?![\p{N}x.,]))\S)/u;
const CRASH_PHRASE_OPENERS = lazy((): ReadonlySet<string> => new Set(CRASH_PHRASES.map((p) => p[0] as string)));
/**
 * A short text that tells a retry with marks of both outcomes (`lint ❌ → ✅ on retry`, `lint: ❌ then ✅ (retry)`; helper
 * fa, session 48), with each mark written as the word it stands for (`lint failed → passed on retry`): the words'
 * readers weigh which outcome came last, where a failure mark alone reads as a failure ({@link markOutcome}).
 */
function marksOfARetryAsWords(t: string): string | undefined {
  if (t.length > MAX_MARKED_TEXT || /\p{N}/u.test(namesHoldingDigitsAsWords(t)) || !FAIL_MARK.test(t)) return undefined;
  // Only a retry whose last mark is a pass: the marks after a pass (`lint ✅ → ❌ on retry`) keep the failure mark's reading.
  const worded = t.replace(FAIL_MARK_ALL, ' failed ').replace(PASS_MARK, ' passed ').replace(/[^\S\n]+/gu, ' ').trim();
  if (worded === t || !/ passed(?!.* failed)/su.test(` ${worded}`) || !/ failed /u.test(` ${worded} `)) return undefined;
  return outcomeTokens(worded).drawn.some((w) => RETRY_REMARK().has(w) || unspacedRetry(w)) ? worded : undefined;
}
/**
 * A sentence of a summary that sets a flag in text (helper sb, session 47): a failure flag set (`Failed: true`, `Tests
 * ran. Failed: yes`, `failed=true`) or a pass flag cleared (`ok. passed=false`, `Tests ran. Passed: false`), as the
 * members `failed: true` and `passed: false` are read beside a pass. {@link passDeniedInText} reads a whole text; a
 * sentence after another is read here. A flag's name a word qualifies (`allow_failure: true`, `expected failed: yes`) is
 * a setting, no outcome.
 */
function flagToldInASentence(shown: string): boolean {
  if (shown.length > MAX_OUTCOME_TEXT || !FLAG_SET_HINT.test(shown)) return false;
  const sentences = shown.split(SENTENCE_OF_A_FLAG_END);
  return sentences.some((sentence) => failureFlagSetIn(sentence) || (sentences.length > 1 && passDeniedInText(sentence.trim())));
}
const FLAG_SET_HINT = /[:=\uff1a]/u;
const SENTENCE_OF_A_FLAG_END = /(?<=[.!;,])[^\S\n]+|\n+/u;
/** A failure flag's name (`Failed`, `has failures`, `build failed`) and a value that sets it (`true`, `yes`). */
const FAILURE_FLAG_SET = /^[^\S\n]*([\p{L}_ -]{1,40}?)[^\S\n]*[:=\uff1a][^\S\n]*(true|yes|y)[^\S\n]*[.!]?[^\S\n]*$/iu;
/** Words a failure flag's name may hold beside its failure word (`has_failed`, `build failed`, `any failed`). */
const FAILURE_FLAG_NAME_WORDS: ReadonlySet<string> = new Set(['has', 'is', 'was', 'any', 'run', 'build', 'tests', 'test', 'job', 'ci', 'check', 'checks', 'suite']);
function failureFlagSetIn(sentence: string): boolean {
  const m = FAILURE_FLAG_SET.exec(sentence);
  if (m === null) return false;
  const words = readWords((m[1] as string).trim());
  return words.some((w) => FAIL_FLAG_WORDS.has(w)) && words.every((w) => FAIL_FLAG_WORDS.has(w) || FAILURE_FLAG_NAME_WORDS.has(w));
}
/**
 * The shown text with each name whose letters hold digits (`e2e`, `k8s`, `S3`, `i18n`) read as a word, `item`: a word to a
 * reader, no count. The shown text keeps line breaks as spaces ({@link shownOutcome}), so `Quarantined` above a count
 * on the next line is no name with the count's digit.
 */
function namesHoldingDigitsAsWords(shown: string): string {
  const named = /\p{L}\p{N}/u.test(shown) ? shown.replace(NAME_HOLDING_DIGITS, 'item') : shown;
  return /\p{N}[.\p{L}]/u.test(named) ? named.replace(HASH_OR_VERSION_NAME, 'item') : named;
}
/**
 * A commit's hash that opens with a digit (`3f2a9c1`, seven to forty hex digits, a letter among them) or a version of three
 * parts or more (`2.3.1`, `1.2.3-rc.1`), or of two after a `v` (`v2.3`): the member a failure is told of (`Build 3f2a9c1
 * failed`, `1.2.3 failed`, helper fb, session 48), never a count. A plain number, a decimal (`1.5`) and a share (`2/3`)
 * are not matched, so they stay the count readers'.
 */
const HASH_OR_VERSION_NAME = /(?<![\p{L}\p{M}\p{N}\p{Pc}.,#])(?:(?=[0-9a-f]{0,39}[a-f])\d[0-9a-f]{6,39}|v?\d{1,5}(?:\.\d{1,5}){2,3}(?:-[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)?|v\d{1,5}\.\d{1,5})(?![\p{L}\p{M}\p{N}]|[.,]\p{N})/giu;
/**
 * A name whose letters hold digits (`e2e`, `E2E`, `i18n`, `l10n`, `k8s`, `S3`, `ipv6`, `x86_64`, `arm64-v8a`): the member a failure is
 * told of, which the digit had handed to the count readers, where it counted nothing (red team sa, session 47). It opens
 * with a letter; a version or a decimal (`v1.2`, `a1,5`) and a number after a word (`Node 18`) are not names.
 */
const NAME_HOLDING_DIGITS = /(?<![\p{L}\p{M}\p{N}\p{Pc}\p{Pd}]|\p{N}[.,])(?=\p{L}[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}]*\p{N})\p{L}[\p{L}\p{M}\p{N}]*(?:[\p{Pc}\p{Pd}][\p{L}\p{M}\p{N}]+)*(?![\p{L}\p{M}\p{N}]|[.,]\p{N})/gu;
/** A word list as a set of its words as written and as drawn ({@link drawnWord}), built at first use. */
function wordsWrittenAndDrawn(words: () => readonly string[]): () => ReadonlySet<string> {
  return lazy((): ReadonlySet<string> => new Set(words().flatMap((w) => [w, drawnWord(w)])));
}
const WITHOUT_SHORTENED = /(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu;
/**
 * A none of failures in a clause of its own, then a bare join (`and`, `und`, `e`, `and then`) and a clause that tells a
 * failure read alone (helper zm, session 45; found by helper zd): `no tests failed and the checkout step failed`,
 * `no lint errors and the build has failed`, `kein Test ist fehlgeschlagen und checkout ist fehlgeschlagen`. A none
 * covers only its clause; read whole, the subject of the second failure ran past what a short subject may be.
 */
function failureJoinedAfterANone(shown: string): boolean {
  if (!NONE_JOIN_HINT.test(shown)) return false;
  const { tokens } = outcomeTokens(shown);
  const join = (k: number): boolean => NONE_CLAUSE_JOINS.has((tokens[k] as string).normalize('NFKC').toLowerCase());
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (!join(i)) continue;
    // A French negation elided before its auxiliary is part of the none (`aucun test n'a échoué et …`).
    if (!tokens.slice(0, i).every((w, k) => isWord(w) || elisionBeforeAnAuxiliaryAt(tokens, k)) || !noneOfAFailureInASentence(tokens.slice(0, i), FAILURE_TOLD())) return false;
    let from = i + 1;
    while (from < tokens.length && join(from)) from++;
    const rest = tokens.slice(from).join(' ');
    return rest !== '' && toldAsAFailedOutcome(rest);
  }
  return false;
}
/** Bare joins of two clauses of a summary (`and`, `und`, `et`, `y`, `e`, `en`, `then`), as written: Italian `è` is no `e`. */
const NONE_CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', '&', 'then', 'und', 'dann', 'et', 'puis', 'y', 'e', 'en', 'poi', 'luego']);
const NONE_JOIN_HINT = /\s(?:and|&|\uff06|then|und|dann|et|puis|y|e|en|poi|luego)\s/iu;
/**
 * `shown` with each line break drawn as the space between words a page or a terminal draws it (helper zm, session 45):
 * removing it as a control character joins the words beside it (`No tests failed\n\nAll tests passed` read as `No tests
 * failedAll tests passed`, a none of passes), which no reader sees.
 */
const linesParted = (t: string, shown: string): string => (/[\r\n]/u.test(t) ? shownOutcome(t.replace(/\r\n?|\n/gu, ' ')) : shown);
/**
 * A line that tells a none of failures as a sentence of its own (`No tests failed`, `Nothing failed`), then lines that
 * tell a failure read alone (`No tests failed\nBuild failed`, `No tests failed\n\n## All tests passed\n\ncheckout
 * failed`, helper ze, session 45): read as one line, the failure word after the none was read under it. A none or a pass
 * of all with an exception (`No tests failed except flaky login`) names members on the lines after it, up to a block of
 * its own ({@link blockOfItsOwn}: a heading that tells a pass, `## All tests passed`): from that block on, the lines are
 * read alone too (red team yc, session 44), as the exception's naming ended there.
 */
function failureToldBelowANone(t: string): boolean {
  if (!/[\r\n<]/u.test(t) || t.length > MAX_OUTCOME_TEXT * 4) return false;
  const lines = (t.includes('<') ? tagsBreakingTheLineAs(t, '\n') : t).split(/\r?\n|\r/u);
  if (lines.length < 2 || lines.length > 12) return false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lineAsShown(lines[i] as string);
    if (line === '') continue;
    const from = mayHoldAContrast(line) ? blockAfter(lines, i) : noneOfAFailureInASentence(line.replace(/[.!]+$/u, '').split(/\s+/u), FAILURE_TOLD()) ? i + 1 : undefined;
    if (from === undefined) continue;
    // Only from the first such line: the rest is read whole, its own nones in turn, so the reading stays linear.
    const rest = lines.slice(from).join('\n').trim();
    return rest !== '' && toldAsAFailedOutcome(rest);
  }
  return false;
}
/** The first line after `at` that is a block of its own, or undefined. */
function blockAfter(lines: readonly string[], at: number): number | undefined {
  for (let j = at + 1; j < lines.length; j++) if (lineAsShown(lines[j] as string) !== '' && blockOfItsOwn(lines[j] as string)) return j;
  return undefined;
}
/**
 * A failure told, then where or when it happened by a number that counts nothing (`Build failed on node 18`, `Deploy
 * failed in step 4`, `Tests failed on python 3.11 and 3.12`, `Build failed at 12:00`, helper ze, session 45): the clause
 * before it is judged as a whole summary would be. Its digits made the text one for the count readers, which find no
 * count there. A clause with a number of its own (`0 tests failed on node 18`) is left to them.
 */
function failureToldAtANumberedPlace(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !/\d/u.test(shown)) return false;
  const m = NUMBERED_PLACE_AT_END.exec(shown);
  if (m === null || /\p{N}/u.test(m[1] as string)) return false;
  // A measure after the number (`Build failed at 1.2 bar`, `at 80 %`, helper rb, session 46) says where it failed; a
  // none of them (`Tests failed on 0 nodes`, `with 0 errors`) may count the failures away: the count readers' then, as
  // is a unit that excuses (`on 2 flaky runs` is no match: one word only, and no excuse). A place numbered out of a
  // total names it as one alone does (`on attempt 3 of 3`, `on attempt 2/3`; helper fc, session 48).
  const unit = m[3];
  if (unit !== undefined && (/^[0.:x]+$/u.test(m[2] as string) || excusesAFailure(unit.toLowerCase(), drawnWord(unit)) || isFailureNoun(unit.toLowerCase(), drawnWord(unit)))) return false;
  return toldAsAFailedOutcome(m[1] as string);
}
/**
 * A failure told on a share of the places it ran on (`Tests failed on 2 of 3 shards`, `Build failed on 1 of 4 runners`,
 * `Tests failed on 3/5 nodes`, `Tests failed on two of three shards`; helper fb, session 48): the part counts places that
 * failed, so above zero the run failed, and the clause before it is judged as a whole summary would be. A part of none
 * (`on 0 of 3 shards`, `on none of 3`) is left to the count readers, which read it as none; a part of tries (`on 2 of 3
 * attempts`) or of failures (`on 2 of 3 errors`) is no place, left as before.
 */
function failureOnAShareOfPlaces(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !SHARE_HINT.test(shown)) return false;
  const m = FAILURE_ON_A_SHARE.exec(shown);
  if (m === null) return false;
  const [part, whole, unit] = [(m[2] as string).toLowerCase(), (m[3] as string).toLowerCase(), (m[4] as string).toLowerCase()];
  const some = (n: string): boolean => (/^\d+$/u.test(n) ? Number(n) > 0 : (numeralValue(n) ?? (ONE_NUMERALS.has(n) ? 1 : 0)) > 0);
  if (!some(part) || !some(whole) || NOT_FAILED_THINGS.has(unit) || TRY_NOUNS().has(unit) || excusesAFailure(unit, drawnWord(unit)) || isFailureNoun(unit, drawnWord(unit))) return false;
  // A clause with a count of its own (`0 tests failed on 2 of 3 shards`) is the count readers'; a name's digits (`e2e`) count nothing.
  return !/\p{N}/u.test(namesHoldingDigitsAsWords(m[1] as string)) && toldAsAFailedOutcome(m[1] as string);
}
/**
 * Failures told as a share of the run above zero (helper fb, session 48): a percent before a failure word (`2% failed`,
 * `2% of tests failed`), a failure label's or a failure rate's percent (`Failures: 0.1%`, `Failure rate: 2%`, `Error rate:
 * 1.2%`), or a pass rate whose own count in brackets leaves items not passed (`Pass rate: 99.8% (411/412)`). A share of
 * none (`0% failed`, `Failure rate: 0.0%`) and a pass rate of all (`100% (412/412)`) tell none; a label a word qualifies
 * (`Max failure rate: 5%`, `Flaky rate: 2%`) or a remark after the share (`2% (budget 5%)`) is left as before; a pass rate
 * below 100% without its count is left too, as its rest may be skips.
 */
function failuresToldAsAShare(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !shown.includes('%')) return false;
  const before = PERCENT_BEFORE_A_FAILURE.exec(shown);
  if (before !== null) {
    const between = (before[2] ?? '').split(/[^\S\n]+/u).filter((w) => w !== '');
    const word = (before[3] as string).toLowerCase();
    return shareOf(before[1] as string) > 0 && (LEADING_FAIL_WORDS.has(word) || FAILURE_TOLD().has(word)) && !between.some((w) => excusesAFailure(w.toLowerCase(), drawnWord(w)));
  }
  const labelled = LABELLED_SHARE.exec(shown);
  if (labelled === null) return false;
  const words = readWords(labelled[1] as string);
  if (words.length === 0 || hasQualifier(nameWords(labelled[1] as string).filter((w) => !RATE_WORDS.has(w)))) return false;
  const share = shareOf(labelled[2] as string);
  const [part, whole] = [labelled[3], labelled[4]].map((n) => (n === undefined ? undefined : Number(n)));
  const ofFailures = words.some((w) => LEADING_FAIL_WORDS.has(w) || isFailureNoun(w, drawnWord(w))) && words.every((w) => LEADING_FAIL_WORDS.has(w) || isFailureNoun(w, drawnWord(w)) || RATE_WORDS.has(w) || PERCENT_WORDS.has(w) || ITEM_NOUNS_OF_A_COUNT.has(w));
  if (ofFailures) return share > 0 || (part !== undefined && part > 0);
  const ofPasses = (words.some((w) => PASS_RATE_WORDS.has(w)) && words.some((w) => RATE_WORDS.has(w) || PERCENT_WORDS.has(w))) || words.some((w) => PASS_RATE_COMPOUNDS.has(w));
  return ofPasses && part !== undefined && whole !== undefined && part < whole;
}
/**
 * A failure told, then a reference to the issue or pull request that tracks it (`Build failed (#1234)`, `Build failed
 * [#1234]`, `Build failed – #1234`; helper fb, session 48): its number names, never counts, and tracking a failure
 * tolerates nothing, so the clause before it is judged as a whole summary would be (`Fixed: e2e failed on Safari (#123)`
 * keeps its tolerance).
 */
function failureBeforeAnIssueReference(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !shown.includes('#')) return false;
  const m = ISSUE_REFERENCE_AT_END.exec(shown);
  if (m === null) return false;
  const clause = (m[1] as string).trim();
  return clause !== '' && !/\p{N}/u.test(namesHoldingDigitsAsWords(clause)) && toldAsAFailedOutcome(clause);
}
/**
 * Members listed with their outcomes, one a part (`lint: ok; build: failed; test: skipped`, `docs: ok` then a line break
 * and `Build failed`; helper fb, session 48): each part is a member's own, so a pass or a skip of another member after a
 * failure takes nothing back, as it was read to when the remark after the first part held a pass. Read only where every
 * other part is a label and an outcome word alone (`test: skipped`, `docs: ok`) whose label no word qualifies: a part
 * that may excuse (`known issue`, `flaky: yes`, `expected: failed`) leaves the text to the readers of the whole.
 */
function failureOfAMemberAmongLabelledOutcomes(t: string): boolean {
  if (t.length > MAX_POINTED_TEXT || !/[:=]/u.test(t) || !MEMBER_PART_BREAK_HINT.test(t)) return false;
  const parts = t.split(MEMBER_PART_BREAK).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 12) return false;
  let failed = false;
  for (const part of parts) {
    const m = LABELLED_OUTCOME_PART.exec(part);
    if (m !== null && hasQualifier(nameWords(m[1] as string))) return false;
    if (m !== null && !FAILURE_OUTCOME_ALONE.test(m[2] as string)) continue;
    if (!toldAsAFailedOutcome(part)) return false;
    failed = true;
  }
  return failed;
}
const MEMBER_PART_BREAK_HINT = /[;\n\r|]/u;
const MEMBER_PART_BREAK = /[^\S\n]*(?:[;|]|\r\n?|\n)[^\S\n]*/u;
/** A member's label and an outcome word alone after it (`lint: ok`, `test=skipped`, `docs: ✓`). */
const LABELLED_OUTCOME_PART = /^([\p{L}][\p{L}\p{M}\p{N}_ ./-]{0,40}?)[^\S\n]*[:=][^\S\n]*((?:ok(?:ay)?|pass(?:ed|es|ing)?|success(?:ful)?|succeeded|green|done|fail(?:ed|s|ure|ing)?|skipped|errored|broken|red|[\u2713\u2714\u2705\u274c\u2717\u2718])[^\S\n]*[.!]?)$/iu;
const FAILURE_OUTCOME_ALONE = /^(?:fail|errored|broken|red|[\u274c\u2717\u2718])/iu;
const ISSUE_REFERENCE_AT_END = /^(.{1,120}?\p{L}[^\S\n]*[.!]?)[^\S\n]*(?:[(\[][^\S\n]*#\d{1,9}(?:[^\S\n]*,[^\S\n]*#\d{1,9}){0,4}[^\S\n]*[)\]]|(?:[-\u2013\u2014:,][^\S\n]*)?#\d{1,9})[.!]?[^\S\n]*$/u;
const shareOf = (written: string): number => Number(written.replace(',', '.'));
const PERCENT_BEFORE_A_FAILURE = /^[^\S\n]*(\d{1,3}(?:[.,]\d{1,6})?)[^\S\n]*%[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?((?:\p{L}[\p{L}\p{M}\p{N}-]*[^\S\n]+){0,3}?))?(\p{L}+)[.!]?[^\S\n]*$/u;
const LABELLED_SHARE = /^[^\S\n]*([\p{L}][\p{L}\p{M}_ -]{0,40}?)[^\S\n]*[:=][^\S\n]*(\d{1,3}(?:[.,]\d{1,6})?)[^\S\n]*%(?:[^\S\n]*\([^\S\n]*(\d{1,9})[^\S\n]*(?:\/|of)[^\S\n]*(\d{1,9})[^\S\n]*\))?[.!]?[^\S\n]*$/u;
const SHARE_HINT = /[^\S\n](?:of|\/)[^\S\n]|\d\/\d/iu;
const FAILURE_ON_A_SHARE = /^(.{1,120}?\p{L})[^\S\n]+(?:on|in|across|at)[^\S\n]+(\d{1,6}|\p{L}{2,12})[^\S\n]*(?:of|out[^\S\n]+of|\/)[^\S\n]*(?:the[^\S\n]+)?(\d{1,6}|\p{L}{2,12})[^\S\n]+(\p{L}{2,20})[\s.!]*$/iu;
const NUMBERED_PLACE_AT_END = /^(.{1,120}?\p{L})[^\S\n]+(?:on|in|at|during|under|with|using|via|for)[^\S\n]+(?:[\p{L}][\p{L}\p{M}._-]{0,30}[^\S\n]*[-@#]?[^\S\n]*)?(v?\d{1,5}(?:[.:x]\d{1,5}){0,3})(?:[^\S\n]*(?:of|\/)[^\S\n]*\d{1,5})?(?:[^\S\n]*(?:,|and|&)[^\S\n]*v?\d{1,5}(?:[.:x]\d{1,5}){0,3})*(?:[^\S\n]*(%|\p{L}{1,12}))?[\s.!]*$/iu;
/**
 * A failure told of a subject whose name carries a number (red team zn, session 45; helper rb, session 46): a runtime's
 * or a platform's version (`Node 18 checkout failed`, `Python 3.12 build failed.`, `Windows 11 build failed.`), a build,
 * stage, shard or suite number (`Build #1234 failed.`, `Stage 2 failed`, `Shard 2/4 failed`, `Suite 2 of 3 failed.`) or
 * a label before a colon (`PR 12: checks failed`, `Step 3: build failed`, `v1.2.3: build failed.`). Such a number names,
 * never counts: the text with it dropped is judged as a whole outcome text is. Only a singular noun names (a plural
 * counts: `Tests 0 of 3 failed`), and only a text left without digits is judged (`Stage 2: 0 failed` stays the count
 * readers').
 */
function failureToldOfANumberedSubject(written: string): boolean {
  // A number in full width names as one in ASCII does (`Build ＃１２３４ failed.`, `ＰＲ ＃１２ failed checks`; helper sc, session 47).
  const shown = /[\uff01-\uff5e]/u.test(written) ? written.normalize('NFKC') : written;
  if (shown.length > MAX_POINTED_TEXT || !/\d/u.test(shown)) return false;
  const unlabelled = shown.replace(NUMBERED_LABEL(), '');
  const rest = unlabelled.replace(NUMBERED_SUBJECT(), '$1').replace(/[^\S\n]+/gu, ' ').trim();
  if (rest === '' || rest === shown.trim() || /\p{N}/u.test(rest)) return false;
  if (toldAsAFailedOutcome(rest)) return true;
  // A numbered subject is a definite one (`PR #12 failed checks` is `The PR failed checks`): its failure verb's object
  // is what it failed, never a label's noun (`Retry failed jobs`; helper sc, session 47).
  const definite = unlabelled.replace(NUMBERED_SUBJECT(), 'the $1').replace(/[^\S\n]+/gu, ' ').trim();
  return definite !== rest && toldAsAFailedOutcome(definite);
}
// A bare zero after a name counts (`Build 0 failures`); marked (`#0`, `v0.9`) or out of a total (`Shard 0/4`) it names.
const SUBJECT_NUMBER = String.raw`[^\S\n]*(?:(?:#|no\.|nr\.|-)[^\S\n]*v?\d{1,6}|v\d{1,6}|\d{1,6}(?=[^\S\n]*(?:\.\d|\/|of[^\S\n]))|0*[1-9]\d{0,5})(?:\.\d{1,6}){0,3}(?:[^\S\n]*(?:\/|of)[^\S\n]*\d{1,6})?`;
const NUMBERED_NAMES = lazy((): string => [...VERSIONED_NAMES, ...NUMBERED_SUBJECT_NOUNS].map(escapeRegExp).join('|'));
/** A name and its number (`Node 18`, `Build #1234`, `Shard 2/4`, `Suite 2 of 3`), the name kept. */
const NUMBERED_SUBJECT = lazy(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(${NUMBERED_NAMES()})${SUBJECT_NUMBER}(?![\p{L}\p{N}.,/])`, 'giu'));
/** A label that opens the text and carries a number (`PR 12:`, `Step 3:`, `v1.2.3:`, `#42:`), dropped whole. */
const NUMBERED_LABEL = lazy(() => new RegExp(String.raw`^[^\S\n]*(?:(?:${NUMBERED_NAMES()})${SUBJECT_NUMBER}|#?v?\d{1,6}(?:\.\d{1,6}){1,3}|#\d{1,9})[^\S\n]*:[^\S\n]*`, 'iu'));
/**
 * A count of failures right after a failure noun with no mark between (`No failures 3 failed`, `Sem falhas 3 failed`,
 * helper sb, session 47): the noun ends a clause of its own, as before a comma (`No failures, 3 failed` fails). Read
 * with that comma by the count readers; a none before the noun then counts only the noun, never the count after it.
 */
function countAfterAFailureNounUnparted(t: string, shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !FAILURE_NOUN_THEN_A_COUNT_HINT.test(shown)) return false;
  // Line by line: a line above a count may qualify it (`Expected failures` above `1 failed`), read by the count readers.
  if (/[\r\n]/u.test(t)) return t.split(/\r?\n|\r/u).some((line) => line.trim() !== '' && countAfterAFailureNounUnparted(line, shownOutcome(line)));
  let parted = false;
  const read = shown.replace(WORD_BEFORE_A_COUNT, (word: string) => {
    if (!isFailureNoun(word.toLowerCase(), drawnWord(word))) return word;
    parted = true;
    return `${word},`;
  });
  return parted && summaryLineIn(read) !== undefined;
}
const FAILURE_NOUN_THEN_A_COUNT_HINT = /\p{L}[^\S\n]+[1-9]/u;
const WORD_BEFORE_A_COUNT = /(?<![\p{L}\p{N}])\p{L}[\p{L}\p{M}]*(?=[^\S\n]+[1-9]\d*[^\S\n]+\p{L})/gu;
/**
 * A failure told in words in a clause of its own beside numbers elsewhere (`Ran 12 tests. Checkout failed.`, `Build
 * failed. Duration 3s.`, `12 tests passed, checkout failed`, `12 tests: build failed`, `12 tests — build failed`, `12
 * tests | build failed`, `12 tests` then `Build failed` on a line of its own, `テスト12件。ビルド失敗。`), or beside how long
 * it took (`BUILD FAILED in 3s`, Gradle's; `Build failed after 12 minutes`, `All tests passed in 12s, checkout failed`)
 * (red team zl, zn, session 45): the digits made the whole text one for the count readers, which found no count in it.
 * The clause, not the text, is what a count belongs to ({@link clausesOf}): each clause left without a digit once its
 * durations are dropped is judged as a whole outcome text is; one holding a number (`0 failed`, `Failures: 0`) stays
 * the count readers'.
 */
function failureToldBesideNumbersElsewhere(t: string, shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !/\p{N}/u.test(shown)) return false;
  const clauses = clausesOf(t, shown);
  for (let i = 0; i < clauses.length; i++) {
    // A condition's clause is read with its consequence, as one clause (`12 passed. If any test fails, the build fails.`):
    // parted at its comma, the consequence alone would read as this run's failure.
    const clause = opensWithACondition(clauses[i] as string) && i + 1 < clauses.length ? `${clauses[i]}, ${clauses[++i]}` : (clauses[i] as string);
    // The semicolon that ended the clause is no word of it (`Build error; 12 tests` tells `Build error`).
    const rest = clause.replace(DURATION, ' ').replace(/[^\S\n]+/gu, ' ').trim().replace(/[;\uff1b]+$/u, '');
    if (rest === '' || /\p{N}/u.test(rest) || rest === shown.trim()) continue;
    if (toldAsAFailedOutcome(rest) && !passOfItsOwnInTheClausesAfter(rest, clauses.slice(i + 1), i > 0 && RETRY_LEAD_OF_ONE.test(clauses[i - 1] as string))) return true;
  }
  return false;
}
/**
 * Whether the clauses after a told failure tell it passed after all (`Build failed; passed on retry #1`, `Build failed.
 * Passed on retry #1.`, `Build failed; attempt #2 passed`; helper sc, session 47): their digits sent the text to the
 * count readers, but a retry's number counts nothing, so they are read as the remark they are ({@link remarkTakesBack}),
 * and only a pass of the failure's own subject takes it back (`Checkout failed. 12 tests passed` does not).
 */
function passOfItsOwnInTheClausesAfter(failure: string, after: readonly string[], retriedLead = false): boolean {
  if (after.length === 0) return false;
  const remark = after.join(', ');
  // Only a retry's pass: a count before a pass word is of other items (`Build failed; 3 passed`). A lead that told one
  // item was retried (`Retried 1 flaky test: test_login failed, then passed`) told the retry the pass is of.
  return remarkTellsAPass(remark) && (retriedLead || outcomeTokens(remark).drawn.some(triedAgain)) && remarkTakesBack(failure, remark);
}
/** A lead that tells one item was retried (`Retried 1 flaky test`, `Rerun 1 job`; helper fa, session 48). */
const RETRY_LEAD_OF_ONE = /^[^\S\n]*(?:retried|retrying|re-?ran|re-?run)[^\S\n]+(?:1|one)[^\S\n]+(?:flaky[^\S\n]+)?(?:test|spec|case|job|check|step|scenario)[^\S\n]*:?[^\S\n]*$/iu;
const TIME_OR_DURATION = /^\p{N}{1,4}(?:[.,:]\p{N}{1,4})*(?:ms|s|m|h|min|mins|sec|secs)?$/u;
/**
 * Whether a clause is a condition of a failure (`If any test fails`, `Unless a step fails`, `Si un test échoue`): it opens
 * with a condition's opener and tells a failure in the present. `If anything,` conditions nothing: the clause after it is
 * read on its own (red team rq: `If anything, build did not succeed.`).
 */
function opensWithACondition(clause: string): boolean {
  const words = clause.match(/\p{L}+/gu) ?? [];
  const known = (set: ReadonlySet<string>, w: string) => set.has(w.toLowerCase()) || set.has(drawnWord(w));
  return words.length > 0 && known(CONDITION_OPENER(), words[0] as string) && words.some((w) => known(PRESENT_FAILURE(), w));
}
/**
 * The clauses of an outcome text as shown, line by line (a line break, written or a tag that breaks the line, parts
 * them as a page draws it; a tab parts cells as a bar does): parted at a sentence's end (`.`, `!`, `?`, `;` before a
 * space; `。`, `！`, `？`, `；`, `，`, `、` with none after them), a comma before a space, a spaced dash (`-`, `–`, `—`) and
 * a bar. A colon, or a space between two letters of a script written without spaces, parts a clause only after a
 * number (`12 tests: build failed`, `テスト12件 ビルド失敗`): before one it ends a label whose value follows (`Failures:
 * none`, `失敗 なし`). A clause that is a bare value (`0`, `0 of 12`, `none`, `n/a`, `-`) is its label's, read with it (`| Failed |
 * 0 |`, `Failed` above `none`), so a table's or a list's label is never judged alone; a clause with a number after a
 * comma or a dash is read with the clause before it, a remark on it that it may be (`passed with failures, 0 of them
 * fatal`).
 */
function clausesOf(t: string, shown: string): string[] {
  const written = t.includes('<') ? tagsBreakingTheLineAs(t, '\n') : t;
  const lines = /[\n\r\v\f\u0085\u2028\u2029\t]/u.test(written) ? written.replace(/\t/gu, ' | ').split(/[\n\r\v\f\u0085\u2028\u2029]+/u).map(shownOutcome) : [shown];
  const clauses: string[] = [];
  for (const line of lines) {
    const own: string[] = [];
    const parts = line.split(CLAUSE_MARK);
    for (let k = 0; k < parts.length; k += 2) {
      const mark = k > 0 ? (parts[k - 1] as string) : '';
      for (const [n, clause] of partedAfterANumber(parts[k] as string).flatMap(partedAtABracketAfterACountOfPasses).flatMap(partedAtAJoinBesideACountOfPasses).entries()) {
        if (clause.trim() === '') continue;
        const label = own.length > 0 ? own : clauses;
        // A clause with a number after a comma or a dash may be a remark on the clause before it (`passed with failures,
        // 0 of them fatal`, `Build failed — 2 flaky`): both are left to the count readers, which weigh it. A count of
        // passes is no remark on a failure (`checkout failed, 12 tests passed`): it tells what else happened.
        const remark = n === 0 && own.length > 0 && REMARK_MARK.test(mark) && /\p{N}/u.test(clause) && !countOfPassesIn(clause);
        if (remark) own[own.length - 1] += `${mark}${clause}`;
        else if (label.length > 0 && bareValue(clause)) label[label.length - 1] += `: ${clause}`;
        else own.push(clause);
      }
    }
    // A line without a number is read whole, as a text without one is (a table's heading row `| Passed | Failed |`),
    // unless it is a label and its bare value (`| Failed | - |`).
    clauses.push(...(own.length > 1 && !/\p{N}/u.test(line) ? [line] : own));
  }
  return clauses;
}
// Kept in the split (one group): a comma doubled (`,,0,,`, a wiki's subscript) parts nothing.
// Beside the marks of English (helper sb, session 47): an ellipsis (`…`), the Arabic comma, semicolon and question mark
// (`،`, `؛`, `؟`), the Devanagari danda (`।`, `॥`), the Urdu full stop (`۔`) and the full-width and half-width ideographic
// full stops (`．`, `｡`); a semicolon, a comma or a dash written against the letters on both sides (`passed;checkout`,
// `passed—checkout`); a middle dot, a bullet or a slash between spaces (`12 tests passed · checkout failed`). Brackets and
// quotes part only after a count of passes ({@link partedAtABracketAfterACountOfPasses}): elsewhere they hold a remark on
// what goes before them (`no tests failed except login (flaky)`).
const CLAUSE_MARK = /((?<=[.!?;\u2026\u060c\u061b\u061f\u0964\u0965\u06d4])[^\S\n]+|(?<=[\u3002\uff01\uff1f\uff1b\uff0c\u3001\uff0e\uff61])[^\S\n]*|(?<!,),[^\S\n]+|(?<=\p{L})[;,](?=[\p{L}\p{N}])|(?<=\p{L})[\u2013\u2014](?=\p{L})|[^\S\n]+(?:-{1,2}|[\u2013\u2014])[^\S\n]+|[^\S\n]*[|\uff5c\u2502][^\S\n]*|[^\S\n]+[\u00b7\u2022\u2219\u2027\u30fb\u2043/][^\S\n]+|^[^\S\n]*[\u2022\u00b7\u2219\u2043][^\S\n]+)/u;
const REMARK_MARK = /^(?:,[^\S\n]+|[^\S\n]+(?:-{1,2}|[\u2013\u2014])[^\S\n]+|[^\S\n]*[(\uff08][^\S\n]*)$/u;
/**
 * Whether a clause counts passes (`12 tests passed`, `12 Tests bestanden`, `12 tests réussis`, `passed: 12`): a number
 * and a pass word within three words of each other, and no failure word. Such a clause is no remark on a failure beside
 * it, nor its label's value: it tells what else happened.
 */
function countOfPassesIn(clause: string): boolean {
  if (!/\p{N}/u.test(clause)) return false;
  const { tokens, drawn } = outcomeTokens(clause);
  if (drawn.some((w) => FAILURE_NOUNS().has(w) || FAILURE_TOLD().has(w) || NONE_BEFORE_A_FAILURE().has(w))) return false;
  return tokens.some((tok, i) => /^\p{N}+$/u.test(tok) && drawn.slice(Math.max(0, i - 3), i + 4).some((w) => PASS_WORDS.has(w)));
}
/**
 * `clause` parted at a join (`but`, `and`, `while`, `although`, `aber`, `mais`: {@link COUNT_PARTING_JOINS}) with a count
 * of passes on one side (`12 tests passed but checkout failed`, `Checkout failed but 12 tests passed`, helper sb,
 * session 47): the failure on the other side is a clause of its own, as after a comma. Without a count of passes beside
 * it a join parts nothing here (`Failed and skipped: 0` is one label).
 */
function partedAtAJoinBesideACountOfPasses(clause: string): string[] {
  if (!/\p{N}/u.test(clause) || !/[^\S\n]\p{L}{1,9}[^\S\n]/u.test(clause)) return [clause];
  for (const m of clause.matchAll(COUNT_PARTING_JOIN())) {
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length);
    if (countOfPassesIn(before) || countOfPassesIn(after)) return [before, ...partedAtAJoinBesideACountOfPasses(after)];
  }
  return [clause];
}
/**
 * `clause` parted at brackets or quotes that open right after a count of passes (`12 tests passed (checkout failed)`,
 * `12 tests passed “checkout failed”`, helper sb, session 47): what they hold is a clause of its own, no remark bounding
 * the count.
 */
function partedAtABracketAfterACountOfPasses(clause: string): string[] {
  const m = BRACKET_OR_QUOTE_AFTER_A_CLAUSE.exec(clause);
  if (m === null || !countOfPassesIn(m[1] as string)) return [clause];
  return [m[1] as string, m[2] as string];
}
const BRACKET_OR_QUOTE_AFTER_A_CLAUSE = /^([^()\uff08\uff09"\u201c\u201d\u201e\u300c\u300d]{1,200}?)[^\S\n]*[(\uff08"\u201c\u201e\u300c]([^()\uff08\uff09"\u201c\u201d\u201e\u300c\u300d]{1,200})[)\uff09"\u201d\u300d]?[^\S\n]*[.!]?$/u;
const COUNT_PARTING_JOIN = lazy((): RegExp => new RegExp(String.raw`[^\S\n]+(?:${COUNT_PARTING_JOINS.map(escapeRegExp).join('|')})[^\S\n]+`, 'giu'));
/** `piece` parted at each colon, or space between two letters of a script written without spaces, that follows a number in its clause. */
function partedAfterANumber(piece: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of piece.matchAll(MARK_AFTER_A_COUNT)) {
    // Before a count of passes a colon ends a clause too (`Build failed: 12 tests passed`): that count is no label's value.
    if (!/\p{N}/u.test(piece.slice(from, m.index)) && !countOfPassesIn(piece.slice(m.index + m[0].length).split(/[,;]/u)[0] as string)) continue;
    parts.push(piece.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(piece.slice(from));
  return parts;
}
const MARK_AFTER_A_COUNT = /:[^\S\n]+|[^\S\n]*\uff1a[^\S\n]*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[^\S\n]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
/** A value alone: a dash, `n/a`, or a number, a share of a total (`0 of 12`, `0/12`) or a percentage. */
const BARE_NUMBER_VALUE = /^(?:[-\u2013\u2014]+|n\/a|[+-]?\p{N}[\p{N}.,]*(?:[^\S\n]*(?:\/|of)[^\S\n]*\p{N}[\p{N}.,]*)?[^\S\n]*%?)$/iu;
/** A clause that is only a value (a number, a none, a dash): its label's before it. */
function bareValue(clause: string): boolean {
  const c = clause.trim().replace(/[.!]+$/u, '');
  if (BARE_NUMBER_VALUE.test(c)) return true;
  const { drawn } = outcomeTokens(c);
  return drawn.length === 1 && (NONE_BEFORE_A_FAILURE().has(drawn[0] as string) || ABSENT_WORDS.includes(drawn[0] as string));
}
/**
 * A duration, with the word that gives it (`in 3s`, `after 12 minutes`, `(0.79 s)`, `took 2m`). Wider than
 * {@link DURATION_IN_REMARK} (a bare `m`, brackets) on purpose: here dropping it can only leave a failure clause to judge
 * (a tightening), while there it lets a remark's other digits go unread (a loosening), so that one stays narrow.
 */
const DURATION = /(?:(?<![\p{L}\p{N}])(?:in|after|within|took|taking)[^\S\n]+)?\(?(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?[^\S\n]*(?:ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)(?![\p{L}\p{N}])\)?/giu;
/**
 * An outcome told, then a remark that only points the reader elsewhere (helper xj, session 44): `Build failed. See logs`,
 * `Deploy failed (see logs)`, `Deploy failed, see logs`, `Deploy failed - see logs`, `Tests failed. See` (a slot dropped),
 * `Build failed → logs`, a bare URL, `siehe Logs`, `voir les logs`, `ver logs`. The remark is dropped and the clause
 * before it judged as a whole summary would be: `All tests passed. See logs` and `Fails if coverage drops; see docs` (a
 * description) keep passing. A remark holding a pass word (`Build failed, check passed`) is no pointer: it is left whole.
 */
function failureBeforeAPointer(shown: string): boolean | undefined {
  if (shown.length > MAX_POINTED_TEXT || !POINTER_HINT().test(shown)) return undefined;
  const m = TRAILING_POINTER().exec(shown);
  if (m === null) return undefined;
  const clause = (m[1] as string).trim();
  const remark = shown.slice((m[1] as string).length);
  // An arrow to a bare value is a label's mark, as a colon is (`Failed -> 0`, `Failed → 0`, `failed => none`, helper sb,
  // session 47): the value is the label's, read by the count and label readers, never a pointer after a told failure.
  if (arrowToABareValue(remark)) return undefined;
  // A pointer that counts or names failures tells them (`All tests passed. See logs for 3 failures`, `Logs list 3
  // failures`, `Siehe Logs für 3 Fehler`): it is harmless only while it names none (`See logs for details`).
  if (pointerNamesAFailure(remark)) return true;
  if (clause === '' || outcomeTokens(remark).drawn.some((w) => OVERCOMING_PASSES().has(w))) return undefined;
  if (toldAsAFailedOutcome(clause)) return true;
  // A pointer whose failure words name no failure of the run (`for any failures`, `the Failures tab`, a link's
  // `#failed`) is judged with its clause and decided here: no later reader takes its failure word as the text's last.
  return outcomeTokens(remark).drawn.some((w) => FAILURE_NOUNS().has(w)) ? false : undefined;
}
/** Whether a mark and the remark after it are a table cell's or an arrow's bare value (`| n/a |`, `→ none`). */
const labelsBareValue = (mark: string, remark: string): boolean => /[|\uff5c\u2502>\u2192\u21d2\u27f6]/u.test(mark) && bareValue(remark.replace(/[^\S\n]*[|\uff5c\u2502][^\S\n]*$/u, ''));
const BAR_OR_ARROW_HINT = /[|>\u2192\u21d2\u27f6]/u;
/**
 * A text that is one label and its bare value in a table's cells or after a bar or an arrow (`| Failed | - |`, `| Failed | n/a |`,
 * `Failed | n/a`, helper sb, session 47), read as the label and its value after a colon (`Failed: -`): read whole, the
 * bar was no mark, and the failure label the outcome.
 */
function barredLabelAsColon(shown: string): string {
  if (!BAR_OR_ARROW_HINT.test(shown)) return shown;
  const m = BARRED_LABEL_VALUE.exec(shown);
  return m !== null && bareValue(m[2] as string) ? `${(m[1] as string).trim()}: ${(m[2] as string).trim()}` : shown;
}
const BARRED_LABEL_VALUE = /^[^\S\n]*\|?[^\S\n]*([^|\n]{1,40}?)[^\S\n]*(?:\||-+>|=+>|[\u2192\u21d2\u27f6])[^\S\n]*([^|\n]{1,12}?)[^\S\n]*\|?[^\S\n]*$/u;
/** Whether a remark is an arrow and a bare value after it (`-> 0`, `→ none`, `⇒ n/a`). */
function arrowToABareValue(remark: string): boolean {
  const m = ARROW_THEN_VALUE.exec(remark);
  return m !== null && bareValue(m[1] as string);
}
const ARROW_THEN_VALUE = /^[^\S\n]*(?:-+>|=+>|[\u2192\u21d2\u27f6\u279c\u2794])[^\S\n]*([^\n]{1,20}?)[^\S\n]*$/u;
/**
 * A failure told whole, then any remark after a mark that parts clauses which tells no success (helper zj, session 45):
 * `Build selhalo. Viz logy`, `Derleme başarısız, bkz. loglar`, `Build failed ➜ logs`, `Build failed | see logs`,
 * `ビルド失敗 ログを参照`. A remark after a told failure may point anywhere in any language; it takes the failure back
 * only by telling a pass, a none or another run's failure, so rather than a list of every language's pointers, a remark
 * is dropped unless it holds such a word (`Build failed, retried and passed`, `Build failed, none required`), and the
 * clause before it is judged as a whole summary would be.
 */
function failureBeforeARemark(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !CLAUSE_PARTING_HINT.test(shown)) return false;
  let tries = 0;
  let previous: number | undefined;
  for (const m of shown.matchAll(CLAUSE_PARTING)) {
    if (m.index > MAX_CLAUSE_BEFORE_A_REMARK || ++tries > MAX_REMARK_SPLITS) break;
    const clause = shown.slice(0, m.index).trim();
    const remark = shown.slice(m.index + m[0].length);
    const start = previous;
    previous = m.index + m[0].length;
    // A remark opens with a word, or with a bracket or a slot's mark after a space: whatever syntax a slot there is written
    // in (`Build failed [total]`, `!TOTAL!`, `:total:`, `«TOTAL»`, `【TOTAL】`, `｛｛total｝｝`), what fills it is a remark;
    // after a label (`Failed: []`, `Failed: [none]`) it is the label's value, read by the label's readers.
    // A glued bracket parts a remark only from a failure word (`ビルド失敗（テスト）`): after another word it may bound what
    // that word says (`E2E以外の全テストが成功（E2Eは夜間実行）`), read whole by the exception readers.
    const opensARemark = (m[0] === '' ? GLUED_REMARK_BRACKET.test(remark) && endsInAFailureWord(clause) : /\s$/u.test(m[0]) && SLOT_OR_BRACKET_OPENING.test(remark)) && /\p{L}/u.test(remark) && !/[:=\uff1a]$/u.test(clause);
    if (clause === '' || !(/^[\p{L}\p{M}]/u.test(remark) || opensARemark)) continue;
    // A bare value after a bar or an arrow is the value of the label before it (`Failed | n/a`, `Failed → none`, helper
    // sb, session 47), as after a colon: no remark on a failure told.
    if (labelsBareValue(m[0], remark)) continue;
    // A remark that counts failures tells them, whatever hedge or condition stands beside the count (`All tests passed.
    // See logs for 3 failures (if needed)`), unless it tells them overcome (`3 failures, retried and passed`).
    if (!remarkTellsAPass(remark) && pointerNamesAFailure(remark, true)) return true;
    // A success in the remark holds for every later split too (each later remark is part of it): nothing here is read.
    if (remarkTakesBack(clause, remark)) return clauseTellsAFailure(outcomeTokens(clause).drawn) && failureToldAnewInARemark(remark);
    // A pass of another member after an earlier split adds no failure to the clause judged there (`No tests failed except
    // flaky login; checkout passed; Build succeeded`): read whole with the marks a line break is drawn as, its pass would
    // be read as one more member of the exception.
    if (start !== undefined && onlyAPass(shown.slice(start, m.index))) continue;
    if (toldAsAFailedOutcome(clause)) return true;
  }
  return false;
}
/**
 * Whether a remark that took back the failure before it goes on to tell a failure of a subject of its own (helper sa,
 * session 47): `Lint failed (flaky). Build failed.`, `Lint failed (optional), build failed`. A tolerance covers only
 * the failure it is told of: the later clause is judged as a summary of its own would be.
 */
function failureToldAnewInARemark(remark: string): boolean {
  if (!outcomeTokens(remark).drawn.some((w) => FAILURE_TOLD().has(w) || FAILURE_TOLD_ANEW_HINTS.has(w))) return false;
  // The remark is short (failureBeforeARemark reads texts up to MAX_POINTED_TEXT): only each rest's opening is tokenised.
  for (const from of restsOfARemark(remark)) {
    const rest = remark.slice(from);
    const opening = rest.slice(0, MAX_CLAUSE_BEFORE_A_REMARK);
    // Markup is no clause of its own (`；<b>docs</b> failed`): the first clause is read as shown.
    const clauses = remarkClauses(opening.includes('<') ? opening.replace(MARKUP_TAG, '') : opening);
    const [head, next] = clauses;
    // A subject named alone before a colon is the label of the outcome after it (`; build: FAILED`; helper fc, session 48);
    // subjects joined before one outcome are its subject (`; build and tests failed`; helper fa, session 48).
    const first = head !== undefined && next !== undefined && !head.ended && head.words.length > 0 && !head.words.some(tellsAnOutcomeInARemark) ? { words: [...head.words, ...next.words] } : subjectsThenTheirOutcome(clauses);
    if (first === undefined || !tellsAFailureAnew(first.words) || first.words.some(toleratesOrLeavesOut) || !namesASubjectOfItsOwn(first.words)) continue;
    // A join that opens the rest is no word of its clause (`, then build never passed`): the rest after it is read too.
    if (failureBeforeARemark(rest) || toldAsAFailedOutcome(rest)) return true;
  }
  return false;
}
/**
 * Where each clause after the first of a remark opens: after a mark that parts clauses, or after a join between words
 * (`Lint failed (flaky) and build failed`, `… then build failed`; helper fc, session 48), in the order they stand.
 */
function restsOfARemark(remark: string): number[] {
  const at = [...remark.matchAll(CLAUSE_PARTING_OR_A_SEMICOLON())].map((m) => m.index + m[0].length);
  for (const m of remark.matchAll(SPACED_WORD)) if (CLAUSE_JOINS.has(m[0].toLowerCase())) at.push(m.index + m[0].length);
  return at.sort((a, b) => a - b);
}
const SPACED_WORD = /(?<=[^\S\n])\p{L}+(?=[^\S\n])/gu;
/** Whether a clause's words tell a failure: a failure word, a time-out (`timed out`) or a pass denied (`did not pass`, `never passed`). */
const tellsAFailureAnew = (words: readonly string[]): boolean =>
  words.some((w, i) => FAILURE_TOLD().has(w) || (w === 'timed' && words[i + 1] === 'out') || (isPassWord(w) && i > 0 && PASS_DENIALS_BEFORE.has(words[i - 1] as string)));
const PASS_DENIALS_BEFORE: ReadonlySet<string> = new Set(['not', 'never', 'didn', 'doesn', 'wasn', 'hasn', 'nicht', 'pas', 'nie', 'no']);
const FAILURE_TOLD_ANEW_HINTS: ReadonlySet<string> = new Set(['timed', ...PASS_DENIALS_BEFORE]);
/**
 * The first clause of a remark read with the members named before it (`build and tests failed`, `build, tests failed`;
 * helper fa, session 48): a clause that tells no outcome and ends no sentence names the subject of the next one.
 */
function subjectsThenTheirOutcome(clauses: readonly RemarkClause[]): RemarkClause | undefined {
  const told = clauses.findIndex((c) => c.words.some((w) => FAILURE_TOLD().has(w) || isPassWord(w) || toleratesOrLeavesOut(w)));
  if (told <= 0 || clauses.slice(0, told).some((c) => c.ended || c.asked)) return clauses[0];
  return { words: clauses.slice(0, told + 1).flatMap((c) => c.words), asked: (clauses[told] as RemarkClause).asked };
}
const MARKUP_TAG = /<\/?[A-Za-z][^<>]{0,200}>/gu;
// A semicolon with no space after it parts clauses too (`(flaky);build failed`, a full-width `；` as NFKC draws it).
const CLAUSE_PARTING_OR_A_SEMICOLON = lazy((): RegExp => new RegExp(`${CLAUSE_PARTING.source}|;`, 'gu'));
/**
 * Whether a remark after a told failure takes it back (helper ra, session 46): each clause of the remark (parted by its
 * marks and joins) is read alone. A clause with a pass word takes it back only as a pass of the failure's own subject:
 * told of no subject, or of the clause's own words, with no other place after it (`passed on retry`, `retried and
 * passed`, `then succeeded`, `build passed on rerun`, `all passed on retry`); a pass of other members or places (`others
 * passed`, `tests passed`, `the rest passed`, `previous run passed`, `passed on macOS`) tells nothing of what failed.
 * A clause without one takes it back by a none, a tolerance, an item left out, another run's word or a hedge
 * ({@link remarkTellsASuccess}), unless its none denies what it tolerates or leaves out (`None skipped`, `Ignored:
 * none`, `not flaky`) or its tolerance is only guessed (`probably flaky`, `flaky?`).
 */
function remarkTakesBack(clause: string, remark: string): boolean {
  // A CI setting that lets the job fail (`(allow_failure: true)`, `(continue-on-error: true)`, `(soft-fail)`, `—
  // non-blocking`) tolerates the failure; set false (`allow_failure: false`) it keeps it.
  const setting = CI_TOLERANCE_HINT.test(remark) ? toleranceSettingIn(remark) ?? toleranceSettingOpening(remark) : undefined;
  if (setting !== undefined) return setting;
  const parts = remarkClauses(remark);
  if (!remarkTellsASuccess(remark) && !parts.some((part) => !part.asked && meantPhraseAt(part.words, 0))) return false;
  const own = new Set(outcomeTokens(clause).drawn);
  if (CI_TOLERANCE_HINT.test(remark) && settingOfAnotherMember(remark, own)) return false;
  // Whose subject a remark's clause speaks of is read after a clause that tells a failure; after an exception to a
  // pass (`All tests passed except e2e, smoke and lint (3 skipped)`) the remark goes on with its members.
  // A failure word of a script written without spaces may be read only by the whole reading (`빌드 실패`).
  // A remark that guesses or asks in any of its clauses (`flaky, I think`, `flaky - not confirmed`, `on purpose?`, `is
  // it flaky`) tolerates nothing without a pass: the guess may be parted from the tolerance by a comma, a dash or a bracket.
  const guessed = parts.some((part) => part.asked || clauseGuesses(part.words));
  const failed = clauseTellsAFailure([...own]) || (UNSPACED_SCRIPT.test(clause) && toldAsAFailedOutcome(clause));
  const members = failed ? membersOfTheFailure(clause) : [];
  // A relative word opening the remark after a noun that follows the failure (`Build failed after lint, which passed`)
  // is said of that noun: another member's.
  let lead: string[] = failed && relativeOfANounAfterTheFailure(clause, parts[0]) ? [ANOTHER_NOUN] : [];
  let leading = false;
  const laterTry = tellsALaterTryOrHowOften(remark);
  for (const [k, part] of parts.entries()) {
    // A meant outcome denied (`, not as designed`, `nicht wie geplant`) says the failure was not meant: it stands.
    if (meantDenied(part.words)) return false;
    if (laterTry && onlyOfTries(part.words)) continue;
    // A failure told as meant in a remark of its own (`, by design`, `(as designed)`, `, comme prévu`).
    if (!guessed && meantPhraseAt(part.words, 0)) return true;
    // A subject named alone before a mark (`docs: passed`, `[docs] passed`, `the docs, which passed`) or a retry told
    // before its outcome (`retried and passed on macOS`) is read with the clause it leads into. A cause in brackets right
    // after the failure (`Checkout failed (network), passed on retry`) is said of that failure: no label (helper fa, session 48).
    if (failed && !(k === 0 && causeInBracketsFirst(remark, part.words)) && leadsIntoTheNextPart(part, parts.slice(k + 1))) {
      lead = leading ? [...lead, ...part.words] : [...part.words];
      leading = true;
      continue;
    }
    // Right after its lead a clause is read with it, whatever subject it names too (`build and lint passed`, parted at
    // the join); a lead named earlier carries only into a clause that names none of its own (`deploy, which passed on
    // retry, is fine`).
    const read = { words: leading || !namesASubjectOfItsOwn(part.words) ? [...lead, ...part.words] : part.words, asked: part.asked };
    leading = false;
    const told = partTakesBack(read, own, members, failed, guessed || toleranceStillToCome(parts, k));
    if (told === 'stands') return false;
    // A pass or a tolerance of the failure's own subject holds unless what follows it narrows it to part of the run or
    // to changed code (`passed on retry except lint`, `passed on retry with my patch`, `(tests skipped)`).
    if (told === 'takes back') return !passNarrowed(read.words, parts.slice(k + 1));
  }
  return false;
}
/**
 * Whether a remark that tells no pass names the try a failure came on past the first by its number (`attempt 2`,
 * `attempt #2`, `try 2`, `retry 1`, `attempt 3 of 3`), or tells only how often it failed (`once`, `just once`; helper fc,
 * session 48): it says which try failed or how often, never that a later one passed, so its words of trying take nothing
 * back. A first try of several (`attempt 1`, `attempt 1 of 3`) is an earlier try's failure, as `on the first attempt` is.
 */
function tellsALaterTryOrHowOften(remark: string): boolean {
  if (!/\p{L}/u.test(remark) || remarkTellsAPass(remark)) return false;
  const { tokens, drawn } = outcomeTokens(remark);
  const words = drawn.filter((_, i) => isWord(tokens[i]));
  if (words.includes('once') && words.every((w) => w === 'once' || ONLY_SO_OFTEN.has(w))) return true;
  if (!/\p{N}/u.test(remark)) return false;
  return drawn.some((w, i) => {
    const retry = NUMBERED_RETRIES().has(w);
    if (!retry && !NUMBERED_TRIES().has(w)) return false;
    let j = i + 1;
    while (j < drawn.length && NUMBER_SIGNS.has(drawn[j] as string)) j++;
    const m = TRY_NUMBER.exec(drawn[j] ?? '');
    if (m === null) return false;
    const of = m[2] ?? (SHARE_OF.has(drawn[j + 1] ?? '') && /^\d{1,4}$/u.test(drawn[j + 2] ?? '') ? drawn[j + 2] : undefined);
    const n = Number(m[1]);
    return retry ? n >= 1 : n >= 2 || (of !== undefined && Number(of) === n);
  });
}
/** Whether a remark's clause holds only words of trying, numbers and fillers (`attempt 2`, `retry 1`, `attempt 3 of 3`, `once`). */
const onlyOfTries = (words: readonly string[]): boolean =>
  !words.some(isPassWord) && words.every((w) => TRY_NOUNS().has(w) || RETRY_REMARK().has(w) || PASS_REMARK_FILLERS().has(w) || ONLY_SO_OFTEN.has(w) || TRY_NUMBER.test(w));
const NUMBERED_TRIES = wordsWrittenAndDrawn(() => ['attempt', 'try', 'run', 'versuch', 'tentative', 'intento', 'tentativo', 'tentativa', 'poging']);
const NUMBERED_RETRIES = wordsWrittenAndDrawn(() => ['retry', 're-try', 'rerun', 're-run', 'wiederholung', 'reintento']);
const NUMBER_SIGNS: ReadonlySet<string> = new Set(['#', '.', 'no', 'nr', 'number', '\u2116', '\uff03']);
const SHARE_OF: ReadonlySet<string> = new Set(['of', '/', 'von', 'sur', 'de', 'di', 'van']);
const TRY_NUMBER = /^(\d{1,4})(?:\/(\d{1,4}))?$/u;
const ONLY_SO_OFTEN: ReadonlySet<string> = new Set(['only', 'just', 'exactly']);
/**
 * Whether a remark opens with a bracket holding only words of what caused a failure (`(network)`, `(infra timeout)`,
 * `(runner lost)`): said of the failure before it. Another word there may name a member (`(docs), passed on retry`),
 * which a label reads.
 */
function causeInBracketsFirst(remark: string, words: readonly string[]): boolean {
  return BRACKET_FIRST.test(remark) && words.length > 0 && words.every((w) => FAILURE_CAUSES().has(w) || PASS_REMARK_FILLERS().has(w)) && words.some((w) => FAILURE_CAUSES().has(w));
}
const BRACKET_FIRST = /^[^\S\n]*[(\[\uff08][^()[\]\uff08\uff09]{1,60}[)\]\uff09]/u;
const FAILURE_CAUSES = wordsWrittenAndDrawn(() => FAILURE_CAUSE_WORDS);
/** A word of a retry or a numbered try (`retry`, `rerun`, `again`, `attempt`). */
const triedAgain = (w: string): boolean => RETRY_REMARK().has(w) || TRY_NOUNS().has(w) || unspacedRetry(w);
/** The reading of one clause of a remark: it takes the failure back, tells a failure that stands, or says nothing of it. */
function partTakesBack(part: { words: readonly string[]; asked: boolean }, own: ReadonlySet<string>, members: readonly (readonly string[])[], failed: boolean, guessed: boolean): 'takes back' | 'stands' | undefined {
  const { words } = part;
  // A none after a pass, a none or an exception (`All tests passed except checkout, which do not run in CI`) is said of
  // what they leave out; after anything else it is weighed for what it denies.
  const nonesWeighed = failed || !clauseTellsAnExceptionOrANone(own);
  // A permission to fail (`may fail`, `darf fehlschlagen`) tolerates the failure only when told of no other subject (`docs may fail`).
  if (words.some((_, i) => permitsAt(words, i))) return !guessed && failurePermitted(part, own) && ofEveryMember(words, members) ? 'takes back' : 'stands';
  // A failure of another subject in the remark (`Lint failed (flaky). Build failed.`, `; no other tests failed`): what
  // follows it is said of that failure, and nothing before it took this one back.
  // A failure on a retry or a numbered try is the failure told again (`, failed again on retry`, `, failed on attempt
  // 2`): the try word tolerates nothing there (helper fa, session 48).
  if (words.some((w) => FAILURE_TOLD().has(w)) && !words.some((w) => toleratesOrLeavesOut(w) && !(triedAgain(w) && !words.some(isPassWord)))) return saidOfTheFailuresSubject(words, own, (w) => FAILURE_TOLD().has(w)) ? undefined : 'stands';
  const back = words.some(isPassWord) ? saidOfTheFailuresSubject(words, own, isPassWord) : !guessed && clauseTakesBackWithoutAPass(part, own) && !(nonesWeighed && onlyANoneOfSomethingElse(words)) && (!failed || toleranceOfTheFailuresSubject(words, own));
  return back && ofEveryMember(words, members) ? 'takes back' : undefined;
}
/**
 * Whether a clause before a remark tells a failure plainly: a failure word with no pass, none, exception or condition
 * beside it (`Build failed`, `Build and lint failed`; not `No tests failed except login`, `Passed. If any test fails`).
 * Only after such a clause is a remark read for whose subject it speaks of (helper sa, session 47).
 */
function clauseTellsAFailure(words: readonly string[]): boolean {
  return words.some((w) => FAILURE_TOLD().has(w) || FAILURE_NOUNS().has(w)) && !words.some((w) => isPassWord(w) || NONE_BEFORE_A_FAILURE().has(w) || EXCEPTION_WORDS_READ().has(w) || CONDITION_OPENER().has(w));
}
const clauseTellsAnExceptionOrANone = (own: ReadonlySet<string>): boolean => [...own].some((w) => isPassWord(w) || NONE_BEFORE_A_FAILURE().has(w) || EXCEPTION_WORDS_READ().has(w));
/** A word no reader draws: the subject of a relative clause said of another noun than the failure's subject. */
const ANOTHER_NOUN = '<another noun>';
/**
 * Whether a remark's clause only leads into the next one (helper sa, session 47): it tells no outcome, none, tolerance
 * or permission, and either names a subject (`docs:`, `[docs]`, `lint, docs:`, `the docs,`, `unlike docs,`, `so did
 * lint,`) or tells only a retry whose outcome a later clause tells (`retried and passed on macOS`). A note's label
 * (`see`, `details`, `why`) names no subject, nor does a clause a sentence's end closes (`(runner lost);`).
 */
function leadsIntoTheNextPart(part: RemarkClause, later: readonly { words: readonly string[] }[]): boolean {
  if (part.asked || later.length === 0) return false;
  const retryOnly = part.words.every((w) => PASS_REMARK_FILLERS().has(w) || RETRY_REMARK().has(w) || unspacedRetry(w));
  if (retryOnly) return part.words.some((w) => RETRY_REMARK().has(w) || unspacedRetry(w)) && later.some((p) => p.words.some((w) => isPassWord(w) || FAILURE_TOLD().has(w)));
  // A subject in a sentence that ended is no label of what follows (`(runner lost); passed on retry`).
  return !part.ended && !part.words.some(tellsAnOutcomeInARemark) && !part.words.some((w) => NOTE_LABELS().has(w)) && part.words.some((w) => !PASS_REMARK_FILLERS().has(w) && !/^\p{N}+$/u.test(w));
}
/** A word that tells an outcome, a none, a tolerance, a leaving out or a permission in a remark's clause. */
const tellsAnOutcomeInARemark = (w: string, i: number, words: readonly string[]): boolean =>
  isPassWord(w) || FAILURE_TOLD().has(w) || NONE_BEFORE_A_FAILURE().has(w) || toleratesOrLeavesOut(w) || permitsAt(words, i) || TOLERANCE_HEDGES().has(w);
const NOTE_LABELS = wordsWrittenAndDrawn(() => NOTE_LABEL_WORDS);
/** Whether a remark's clause names a subject of its own before its first outcome word (`build passed on retry`, `lint is flaky`). */
function namesASubjectOfItsOwn(words: readonly string[]): boolean {
  const at = words.findIndex((w, i) => tellsAnOutcomeInARemark(w, i, words));
  return words.slice(0, at < 0 ? words.length : at).some((w) => !PASS_REMARK_FILLERS().has(w) && !/^\p{N}+$/u.test(w) && !RETRY_REMARK().has(w));
}
/**
 * Whether a remark opens with a relative word (`which`, `who`, `welche`, `qui`) after a failure's clause that ends with
 * a noun after its failure word (`Build failed after lint, which passed on retry`): the relative is said of that noun.
 */
function relativeOfANounAfterTheFailure(clause: string, first: { words: readonly string[] } | undefined): boolean {
  if (first === undefined || !RELATIVES().has(first.words[0] ?? '')) return false;
  const { drawn } = outcomeTokens(clause);
  const words = drawn.filter(isWord);
  const at = words.findIndex((w) => FAILURE_TOLD().has(w));
  const last = words.at(-1) ?? '';
  return at >= 0 && at < words.length - 1 && /^\p{L}/u.test(last) && !PASS_REMARK_FILLERS().has(last) && !TIMES().has(last) && !RETRY_REMARK().has(last);
}
const RELATIVES = wordsWrittenAndDrawn(() => RELATIVE_WORDS_OF_ITEMS);
const TIMES = wordsWrittenAndDrawn(() => [...TIMES_WORDS, 'once', 'twice', 'thrice', 'again', 'before', 'earlier', 'intermittently']);
/**
 * The members a failure's clause tells failed when it names more than one (`Build and lint failed`, `Build, lint
 * failed`, `Tests und Lint fehlgeschlagen`): the words before its failure word parted at each join or comma; one member
 * or none gives no list.
 */
function membersOfTheFailure(clause: string): string[][] {
  if (!MEMBER_LIST_HINT.test(clause)) return [];
  const { tokens, drawn } = outcomeTokens(clause);
  const at = drawn.findIndex((w) => FAILURE_TOLD().has(w));
  if (at <= 0) return [];
  const members: string[][] = [[]];
  for (let i = 0; i < at; i++) {
    const w = drawn[i] as string;
    if (FAILED_MEMBER_JOINS.has(w) || /^[,&+/\u3001\uff0c]+$/u.test(tokens[i] as string)) members.push([]);
    else if (isWord(tokens[i]) && !PASS_REMARK_FILLERS().has(w)) (members.at(-1) as string[]).push(w);
  }
  const named = members.filter((m) => m.length > 0);
  return named.length > 1 ? named : [];
}
const MEMBER_LIST_HINT = /[,&+/\u3001\uff0c]|\s(?:and|und|et|y|e|en|och|og|plus)\s/iu;
const FAILED_MEMBER_JOINS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'och', 'og', 'plus', 'or', 'oder', 'ou', 'o']);
/**
 * Whether the subject a remark's clause names covers every member the failure's clause tells failed: a pass or a
 * tolerance of one of them (`lint passed on retry` after `Build and lint failed`) leaves the other's failure standing.
 * A clause that names no subject, or all of them (`both`, `all`), is said of all.
 */
function ofEveryMember(words: readonly string[], members: readonly (readonly string[])[]): boolean {
  if (members.length === 0 || words.some((w) => ALL_OF_A_RETRY().has(w))) return true;
  const at = words.findIndex((w, i) => tellsAnOutcomeInARemark(w, i, words));
  const subject = words.slice(0, at < 0 ? words.length : at).filter((w) => !PASS_REMARK_FILLERS().has(w) && !RETRY_REMARK().has(w));
  const named = new Set(at < 0 ? subject : [...subject, ...words.slice(at + 1)]);
  const told = members.filter((m) => m.some((w) => named.has(w)));
  return told.length === 0 || told.length === members.length;
}
/**
 * Whether a tolerance in a remark's clause with no pass word is told of the failure's own subject (helper sa, session
 * 47): every word beside the tolerance is a filler, a word of the failure's clause, a number, a none, a hedge, a word of
 * a tolerance's wording (`known to be flaky`, `marked as flaky`) or of what caused the failure (`flaky network error`,
 * `infra flake`), or the job itself (`this job is optional`). Another member named there (`lint is flaky`, `docs optional`, `flaky
 * lint ignored`, `docs job is optional`) tolerates that member, not the failure. A failure word in the clause
 * (`flaky network error`, `lint failures ignored`) is read as before: it describes the failure tolerated.
 */
function toleranceOfTheFailuresSubject(words: readonly string[], own: ReadonlySet<string>): boolean {
  if (!words.some(toleratesOrLeavesOut) || words.some((w) => FAILURE_NOUNS().has(w) && !FAILURE_VERB_FORMS.has(w) && !PERMITTED_FAILURES().has(w))) return true;
  return words.every((w, i) => tellsAnOutcomeInARemark(w, i, words) || PASS_REMARK_FILLERS().has(w) || own.has(w) || /^\p{N}+$/u.test(w) || !/\p{L}/u.test(w) || TOLERANCE_WORDING().has(w) || ALL_OF_A_RETRY().has(w) || PERMITTED_SELF().has(w));
}
const TOLERANCE_WORDING = wordsWrittenAndDrawn(() => TOLERANCE_WORDING_WORDS);
const FAILURE_VERB_FORMS: ReadonlySet<string> = new Set(['fail', 'fails', 'failed', 'failing']);
/**
 * Whether what follows a pass of the failure's own subject narrows it (helper sa, session 47; a tolerance or a
 * permission is read as before): an exception or a member
 * left out after the pass word or in a later clause (`passed on retry except lint`, `, apart from lint`, `with tests
 * disabled`, `(tests skipped)`, `but only for docs`), or code changed for it (`with my patch`, `after a fix`). A none
 * beside what is left out denies it (`none skipped`), and a count of it is the run's own (`1 skipped`).
 */
function passNarrowed(words: readonly string[], later: readonly { words: readonly string[] }[]): boolean {
  const at = words.findIndex(isPassWord);
  if (at < 0) return false;
  const after = [words.slice(at + 1), ...later.map((p) => p.words)];
  return after.some((part) => {
    if (part.length === 0 || part.some((w) => NONE_BEFORE_A_FAILURE().has(w) || /^\p{N}+$/u.test(w))) return false;
    const joined = ` ${part.join(' ')} `;
    return part.some((w) => EXCEPTION_WORDS_DRAWN().has(w) || CHANGED_CODE().has(w) || (LEFT_OUT_OF_A_PASS().has(w) && !WARNING_WORDS.has(w) && part.length > 1)) || (part[0] === 'only' && part.length > 1) || EXCEPTION_PHRASES_DRAWN().some((p) => joined.includes(` ${p.join(' ')} `));
  });
}
const CHANGED_CODE = wordsWrittenAndDrawn(() => CHANGED_CODE_WORDS);
const WARNING_WORDS: ReadonlySet<string> = new Set(['warning', 'warnings', 'deprecation', 'deprecations', 'warnungen']);
/**
 * Whether a remark's clause guesses rather than tells (helper sc, session 47): a hedge word that permits nothing and
 * points nowhere (`I think`, `allegedly`, `imo`, `TBC`, `whether`, `pode ser`; not `may fail`, `look at #12`, `could
 * not reproduce`), a confirmation denied or deferred (`not confirmed`, `to be confirmed`) or a question asked without
 * its mark (`is it flaky`).
 */
function clauseGuesses(words: readonly string[]): boolean {
  if (words.length > 1 && QUESTION_AUXILIARIES_DRAWN().has(words[0] as string) && QUESTION_SUBJECTS_DRAWN().has(words[1] as string)) return true;
  return words.some((w, i) => {
    if (CONFIRMATIONS().has(w)) return i > 0 && CONFIRMATION_DENIED().has(words[i - 1] as string);
    if (!(TOLERANCE_HEDGES().has(w) || GUESSING().has(w)) || permitsAt(words, i)) return false;
    const next = words[i + 1] ?? '';
    // A modal of ability denied tells what was tried (`could not reproduce`, `kann nicht`), no guess.
    return !POINTING_AFTER().has(next) && !(next === 'not' && ABILITY().has(w));
  });
}
/** A meant outcome's phrase after a negation (`not as designed`, `not on purpose`, `nicht wie geplant`, `pas comme prévu`). */
const meantDenied = (words: readonly string[]): boolean => words.length > 1 && (words[0] === 'not' || NONE_BEFORE_A_FAILURE().has(words[0] as string)) && meantPhraseAt(words, 1);
const CONFIRMATIONS = wordsWrittenAndDrawn(() => CONFIRMATION_WORDS);
const CONFIRMATION_DENIED = wordsWrittenAndDrawn(() => CONFIRMATION_DENIALS);
const QUESTION_AUXILIARIES_DRAWN = wordsWrittenAndDrawn(() => QUESTION_AUXILIARIES);
const QUESTION_SUBJECTS_DRAWN = wordsWrittenAndDrawn(() => QUESTION_SUBJECTS);
const GUESSING = wordsWrittenAndDrawn(() => GUESSING_MODALS);
const POINTING_AFTER = wordsWrittenAndDrawn(() => POINTING_AFTER_A_HEDGE);
const ABILITY = wordsWrittenAndDrawn(() => [...GUESSING_MODALS, ...PERMISSION_MODALS, 'could', 'couldn']);
/**
 * A failure asked as meant (`Login failed as designed? no`, `Login failed on purpose？`; helper sc, session 47): the
 * question asks whether the failure was meant, never whether it happened, so the text before the meant phrase is judged
 * as a whole outcome text is, unless the question is answered yes alone (`as designed? yes`).
 */
function failureAskedAsMeant(shown: string): boolean {
  if (shown.length > MAX_OUTCOME_TEXT || !ANY_QUESTION_MARK.test(shown)) return false;
  const at = shown.search(ANY_QUESTION_MARK);
  const { drawn } = outcomeTokens(shown.slice(0, at));
  const words = drawn.filter(isWord);
  const meant = words.findIndex((_, k) => k >= 2 && meantPhraseAt(words, k));
  if (meant < 0) return false;
  const answer = outcomeTokens(shown.slice(at)).drawn.filter(isWord);
  if (answer.length > 0 && answer.every((w) => AFFIRMATIONS().has(w))) return false;
  return toldAsAFailedOutcome(words.slice(0, meant).join(' '));
}
/**
 * A failure told, then a clause that compares it with other runs (`Build failed as it usually does`, `Tests failed like
 * they sometimes do`, `Deploy failed just like it frequently does`; helper sc, session 47): the word of how often in
 * it is said of the other runs, so the text before the clause is judged as a whole outcome text is.
 */
function failureComparedWithOtherRuns(shown: string): boolean {
  if (shown.length > MAX_OUTCOME_TEXT || !COMPARISON_HINT().test(shown)) return false;
  const words = outcomeTokens(shown).drawn.filter(isWord);
  const at = words.findIndex((w, i) => i >= 2 && COMPARING().has(w) && COMPARED().has(words[i + 1] ?? ''));
  if (at < 0) return false;
  const rest = words.slice(at + 2);
  if (!rest.some((w) => OFTEN().has(w)) || !rest.some((w) => COMPARING_VERBS().has(w))) return false;
  const head = words.slice(0, words[at - 1] === 'just' ? at - 1 : at);
  return FAILURE_TOLD().has(head.at(-1) ?? '') || FAILURE_TOLD().has(head.at(-2) ?? '') ? toldAsAFailedOutcome(head.join(' ')) : false;
}
const COMPARING = wordsWrittenAndDrawn(() => COMPARISON_OPENERS);
const COMPARED = wordsWrittenAndDrawn(() => COMPARISON_SUBJECTS);
const COMPARING_VERBS = wordsWrittenAndDrawn(() => COMPARISON_VERBS);
const OFTEN = wordsWrittenAndDrawn(() => [...NO_RUNS_FAILURE_AFTER_WORDS, ...FREQUENCY_WORDS]);
// Any character beyond ASCII may draw an opener (full width, look-alike letters): such a short text is read too.
const COMPARISON_HINT = lazy((): RegExp => new RegExp(String.raw`(?<![\p{L}])(?:${COMPARISON_OPENERS.join('|')})[^\S\n]|[^\x00-\x7f]`, 'iu'));
const ANY_QUESTION_MARK = /[?\u00bf\uff1f\ufe56\ufe16\u2047-\u2049\u037e\u055e\u061f\u1367\u203d\u2e18\u2e2e\u2753\u2754\ua60f\u2cfa\u2cfb]/u;
const AFFIRMATIONS = wordsWrittenAndDrawn(() => AFFIRMATION_WORDS);
/**
 * Whether a remark that is only a CI setting letting a job fail, and its value, tolerates the failure before it (helper
 * sc, session 47): GitLab's `allow_failure`, GitHub Actions' `continue-on-error`, Buildkite's `soft_fail`/`soft-fail`, or
 * `non-blocking`, alone or set true (`true`, `yes`, `on`): `true`; set false (`false`, `no`, `off`): `false`. A remark
 * with any other word is no setting: `undefined`, and read as any remark is (the failure word inside the setting's name
 * is then read as one more failure).
 */
function toleranceSettingIn(remark: string): boolean | undefined {
  const { tokens, drawn } = outcomeTokens(remark);
  const words = drawn.filter((w, i) => isWord(tokens[i]));
  if (words.length === 0 || words.length > 2 || !CI_TOLERANCE_SETTING.test(words[0] as string)) return undefined;
  // Only marks around the setting and its value: a bracket, a colon or an equals sign, a dash before it.
  if (!tokens.every((t) => isWord(t) || /^[-\u2013\u2014:=()[\]{}.;,]+$/u.test(t))) return undefined;
  const value = words[1];
  if (value === undefined || SETTING_TRUE.has(value)) return true;
  return SETTING_FALSE.has(value) ? false : undefined;
}
/**
 * A CI setting that opens a remark whose later clauses go on (`(allow_failure: true); build passed`, `(continue-on-error:
 * true). Build passed.`; helper fa, session 48): the setting's clause alone is read, and what the later clauses tell is
 * judged as after any tolerance ({@link failureToldAnewInARemark}: `…; build failed` fails).
 */
function toleranceSettingOpening(remark: string): boolean | undefined {
  const m = SETTING_CLAUSE_OPENING.exec(remark);
  return m === null ? undefined : toleranceSettingIn(m[1] as string);
}
const SETTING_CLAUSE_OPENING = /^([^\S\n]*(?:[(\[][^()[\]\n]{1,60}[)\]]|[^;,.()[\]\n\uff1b]{1,60}))[^\S\n]*[;,.\uff1b](?=[^\S\n]|$)/u;
const CI_TOLERANCE_SETTING = /^(?:allow(?:ed)?[-_]?failures?|continue[-_]?on[-_]?error|soft[-_]?fail|non[-_]?blocking)$/u;
/**
 * Whether a remark sets a CI tolerance on a member the failure's clause does not name (`allow_failure: true on lint`,
 * `continue-on-error: true on docs`, `soft_fail for the lint job` after `Build failed`; helper fc, session 48): the
 * setting lets that member fail, not the one that failed. Set on the failure's own subject (`Lint failed
 * (allow_failure: true on lint)`) or on the job itself it is read as before.
 */
function settingOfAnotherMember(remark: string, own: ReadonlySet<string>): boolean {
  const { tokens, drawn } = outcomeTokens(remark);
  const words = drawn.filter((_, i) => isWord(tokens[i]));
  const at = words.findIndex((w) => CI_TOLERANCE_SETTING.test(w));
  if (at < 0) return false;
  let k = at + 1;
  if (SETTING_TRUE.has(words[k] ?? '') && SETTING_SCOPES.has(words[k + 1] ?? '')) k++;
  if (!SETTING_SCOPES.has(words[k] ?? '')) return false;
  const member = words.slice(k + 1).filter((w) => !PASS_REMARK_FILLERS().has(w) && !PERMITTED_SELF().has(w));
  return member.some((w) => !own.has(w));
}
const SETTING_SCOPES: ReadonlySet<string> = new Set(['on', 'for', 'in', 'of', 'f\u00fcr', 'bei', 'pour', 'sur', 'para', 'en', 'per']);
/**
 * Whether the tolerance in a remark's clause is still to come (helper fc, session 48): a `TODO:` or `FIXME:` before or in
 * it (`TODO: mark as flaky`, `TODO: allow_failure: true`), a word of the future in it (`will be non-blocking`, `soon
 * optional`), or `once` after it with what it waits for (`optional once #12 lands`). It tolerates nothing of this run;
 * a pass told beside it is read as before.
 */
function toleranceStillToCome(parts: readonly RemarkClause[], k: number): boolean {
  if (parts.slice(0, k + 1).some((p) => p.words.some((w) => TO_DO_LEADS.has(w)))) return true;
  const words = (parts[k] as RemarkClause).words;
  return words.some((w, i) => FUTURE_WORDS.has(w) || (w === 'once' && i > 0 && (i < words.length - 1 || parts.slice(k + 1).some((p) => p.words.length > 0))));
}
const TO_DO_LEADS: ReadonlySet<string> = new Set(['todo', 'to-do', 'fixme', 'xxx']);
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'shall', 'gonna', 'll', 'soon', 'planned', 'upcoming', 'tomorrow', 'wird', 'werden', 'bald', 'sera', 'seront', 'bient\u00f4t', 'ser\u00e1', 'ser\u00e1n', 'pronto', 'sar\u00e0', 'saranno', 'presto', 'zal', 'zullen', 'binnenkort']);
// Any letter beyond ASCII may draw one of these (full width, look-alike letters): read then too.
const CI_TOLERANCE_HINT = /allow|continue|soft|blocking|[^\x00-\x7f]/iu;
const SETTING_TRUE: ReadonlySet<string> = new Set(['true', 'yes', 'on', '1']);
const SETTING_FALSE: ReadonlySet<string> = new Set(['false', 'no', 'off', '0']);
/** Whether a phrase of {@link MEANT_FAILURE_PHRASES} starts at `at` and ends the words. */
function meantPhraseAt(words: readonly string[], at: number): boolean {
  const rest = words.slice(at).join(' ');
  return rest !== '' && MEANT_PHRASES().has(rest);
}
const MEANT_PHRASES = lazy((): ReadonlySet<string> => new Set(MEANT_FAILURE_PHRASES.flatMap((p) => [p, p.split(' ').map(drawnWord).join(' ')])));
const isPassWord = (w: string): boolean => PASS_WORDS.has(w) || OVERCOMING_PASSES().has(w);
const toleratesOrLeavesOut = (w: string): boolean => NO_FAILURE_OF_THIS_RUN.has(w) || LEFT_OUT_OF_A_PASS().has(w) || EXCEPTION_TOLERANCE().has(w);
/** Whether a clause of a remark between two splits tells only a pass (`checkout passed`): no failure, none, negation or exception word beside it. */
function onlyAPass(segment: string): boolean {
  const words = outcomeTokens(segment).drawn.filter(isWord);
  return words.some(isPassWord) && !words.some((w) => FAILURE_TOLD().has(w) || NONE_BEFORE_A_FAILURE().has(w) || EXCEPTION_WORDS_READ().has(w));
}
const EXCEPTION_WORDS_READ = wordsWrittenAndDrawn(() => [...EXCEPTION_WORDS, ...KEPT_OUT, ...EXCEPTION_WORDS_AFTER_A_FAILURE, ...EXCEPTION_LEAVING_OUT_WORDS]);
/** A remark's clauses: its words as drawn, parted at each mark (an apostrophe and a question mark aside) and each join; `asked` when a question mark ends or stands in one. */
function remarkClauses(remark: string): RemarkClause[] {
  // A question mark of another form asks as `?` does (`flaky❓`, `flaky‽`, Arabic `؟`, Greek `;`, which NFKC folds to a semicolon).
  const { tokens, drawn } = outcomeTokens(OTHER_QUESTION_MARK_HINT.test(remark) ? remark.replace(OTHER_QUESTION_MARKS, '?') : remark);
  const parts: RemarkClause[] = [{ words: [], asked: false }];
  tokens.forEach((token, i) => {
    const part = parts.at(-1) as RemarkClause;
    if (isWord(token) && !CLAUSE_JOINS.has(drawn[i] as string)) part.words.push(drawn[i] as string);
    // An apostrophe, and a quote around a name (`"docs" passed on retry`, `“docs” passed`, `「docs」`), part no clause: the
    // quoted name is the subject of what follows it (helper sb, session 47).
    else if (isWord(token) || !/^['\u2019\u02bc?\u00bf\u037e"`\u201c-\u201f\u2018\u201a\u00ab\u00bb\u2039\u203a\u300c-\u300f\uff02\uff07]+$/u.test(token)) parts.push({ words: [], asked: false });
    if (/[?\u00bf]/u.test(token)) part.asked = true;
    if (!isWord(token) && SENTENCE_END_TOKEN.test(token) && token !== ';') part.ended = true;
  });
  // A none alone after a mark is the value of what goes before it (`Ignored: none`, `Skipped - none`, `Flaky: no`): one clause.
  const clauses = parts.filter((part) => part.words.length > 0);
  return clauses.reduce<RemarkClause[]>((read, part) => {
    const before = read.at(-1);
    if (before !== undefined && part.words.every((w) => NONE_BEFORE_A_FAILURE().has(w))) before.words.push(...part.words);
    else read.push(part);
    return read;
  }, []);
}
/**
 * A remark's clause: its words as drawn, `asked` when a question mark ends or stands in it, `ended` when a sentence's
 * end closes it (`.`, `!`, `?`, `。`, or `;` after another mark: `(runner lost);`; a lone `;` may be a dash as drawn).
 */
interface RemarkClause { words: string[]; asked: boolean; ended?: boolean }
const SENTENCE_END_TOKEN = /[.!?;\u3002\uff01\uff1f\uff1b]/u;
/**
 * Question marks NFKC leaves apart from `?` and `¿`: emoji (`❓`, `❔`), the interrobang and its inverse (`‽`, `⸘`), the
 * reversed one (`⸮`), Arabic `؟`, Armenian `՞`, Ethiopic `፧`, Vai `꘏`, Coptic `⳺`/`⳻`, and the Greek one (U+037E), which NFKC
 * folds to a semicolon. The hint is the same class: a remark without one is tokenized as written.
 */
const OTHER_QUESTION_MARKS = /[\u037e\u055e\u061f\u1367\u203d\u2e18\u2e2e\u2753\u2754\ua60f\u2cfa\u2cfb]/gu;
const OTHER_QUESTION_MARK_HINT = /[\u037e\u055e\u061f\u1367\u203d\u2e18\u2e2e\u2753\u2754\ua60f\u2cfa\u2cfb]/u;
/**
 * Whether the pass (or the failure) in a remark's clause is told of the failure's own subject: every word before its
 * first pass word is one of {@link PASS_REMARK_FILLER_WORDS}, a number or a word of the failure's clause (`all`,
 * `everything` too beside a retry), and no place after it names another (`on macOS`, `locally`). A none before a
 * failure word is no subject (`no other tests failed` is of `other tests`).
 */
function saidOfTheFailuresSubject(words: readonly string[], own: ReadonlySet<string>, told: (w: string) => boolean): boolean {
  const at = words.findIndex(told);
  const retried = words.some((w) => RETRY_REMARK().has(w));
  const ofNoOther = (w: string, i: number): boolean => PASS_REMARK_FILLERS().has(w) || own.has(w) || unspacedRetry(w) || /^\p{N}+$/u.test(w) || (retried && ALL_OF_A_RETRY().has(w)) || told(w) || (told !== isPassWord && NONE_BEFORE_A_FAILURE().has(w)) || (RETRY_PREFIXES().has(w) && RETRY_REMARK().has(words[i + 1] ?? ''));
  if (!words.slice(0, at).every(ofNoOther)) return false;
  const after = words.slice(at + 1);
  return !after.some((w, i) => PASS_PLACES().has(w) || (PASS_PLACE_PREPOSITIONS_DRAWN().has(w) && placeOfAnother(after.slice(i + 1), own, retried)));
}
/**
 * Whether the words after a preposition of place after a pass name another place than the failure's (`on macOS`, `on
 * node 20` after `failed on node 18`): a place of a retry (`on retry`, `on attempt 2`, `on the second try`) or one
 * the failure's clause names whole (`on linux`) is its own. The place runs to the next preposition.
 */
function placeOfAnother(words: readonly string[], own: ReadonlySet<string>, retried: boolean): boolean {
  const end = words.findIndex((w) => PASS_PLACE_PREPOSITIONS_DRAWN().has(w) || AFTER_WORDS_DRAWN().has(w));
  const place = words.slice(0, end < 0 ? words.length : end);
  if (place.some((w) => RETRY_REMARK().has(w) || TRY_NOUNS().has(w) || unspacedRetry(w))) return false;
  // A time or a duration alone is when, not where (`at 10:05`, `in 3m`; `on node 20` is a place).
  if (place.length > 0 && place.every((w) => TIME_OR_DURATION.test(w))) return false;
  const named = place.filter((w) => !own.has(w) && !PASS_REMARK_FILLERS().has(w));
  return named.length > 0 && !(retried && placeOfTheSameRun(place, named));
}
/**
 * Whether the place a retry passed at is the failed run's own (helper ro, session 46): the same commit or job (`for the
 * same commit`, `in this job`), CI named alone (`in CI`), or the machine the retry ran on (`on another runner`, `on a new
 * agent`): the build that passed there is the one that failed. Another commit (`for another commit`), a platform (`on
 * a windows runner`) or any other word is another place.
 */
function placeOfTheSameRun(place: readonly string[], named: readonly string[]): boolean {
  const same = place.some((w) => SAME_RUN().has(w));
  const hosted = place.some((w) => RETRY_HOSTS().has(w));
  return named.every((w) => CI_PLACES().has(w) || RETRY_HOSTS().has(w) || (hosted && RETRY_HOST_DETERMINERS_DRAWN().has(w)) || (same && (SAME_RUN().has(w) || SAME_RUN_PLACES().has(w))));
}
const SAME_RUN = wordsWrittenAndDrawn(() => SAME_RUN_WORDS);
const SAME_RUN_PLACES = wordsWrittenAndDrawn(() => SAME_RUN_PLACE_NOUNS);
const CI_PLACES = wordsWrittenAndDrawn(() => CI_PLACE_WORDS);
const RETRY_HOSTS = wordsWrittenAndDrawn(() => RETRY_HOST_NOUNS);
const RETRY_HOST_DETERMINERS_DRAWN = wordsWrittenAndDrawn(() => RETRY_HOST_DETERMINERS);
const RETRY_PREFIXES = wordsWrittenAndDrawn(() => RETRY_PREFIX_WORDS);
const TRY_NOUNS = wordsWrittenAndDrawn(() => [...NOT_FAILED_THINGS, 'run', 'runs', 'essai', 'tentative', 'versuch', 'intento', 'tentativo', 'poging', 'tentativa']);
/** A remark's clause with no pass word: a success word of {@link remarkTellsASuccess}, neither denied by a none beside it nor guessed. */
function clauseTakesBackWithoutAPass(part: { words: readonly string[]; asked: boolean }, own: ReadonlySet<string>): boolean {
  const { words } = part;
  if (!remarkTellsASuccess(words.join(' '))) return false;
  const tolerated = words.some(toleratesOrLeavesOut);
  if (!tolerated) return true;
  // A none beside what a clause tolerates or leaves out denies it (`None skipped`, `Ignored: none`, `not flaky`): it says nothing was.
  if (words.some((w) => NONE_BEFORE_A_FAILURE().has(w))) return false;
  // A tolerance of the past (`previously flaky`, `formerly flaky`, `once flaky`) tolerates nothing now, as the count
  // remarks read it ({@link excuseEnded}; helper fc, session 48).
  if (words.some((w, i) => (TOLERANCES.has(w) && excuseEnded(words, i)) || (i > 0 && PAST_ADVERBS.has(words[i - 1] as string) && (toleratesOrLeavesOut(w) || TOLERANCES_TOLD_AS_A_STATE.has(w)) && !PAST_ADVERBS.has(w)))) return false;
  // A tolerance guessed (`probably flaky`, `flaky?`, `vielleicht instabil`) tolerates nothing; a modal that permits
  // (`may be ignored`) is no guess.
  return !(part.asked || words.some((w, i) => TOLERANCE_HEDGES().has(w) && !permitsOfItsOwn(words, i, own)));
}
/**
 * Whether a remark's clause tells its success only by a none of something that is neither a failure nor its weight
 * (helper sa, session 47): `no cache`, `no artifacts uploaded`, `no rollback`, `keine Logs`, `aucun log`, `sin
 * reintentos`, `リトライなし`, `재시도 없음`, `günlük yok`. A none takes a failure back only by denying failures or what
 * they weigh (`none required`, `none blocking`, `no impact`, `keine Auswirkung`).
 */
function onlyANoneOfSomethingElse(words: readonly string[]): boolean {
  const nones = words.filter((w) => NONE_BEFORE_A_FAILURE().has(w));
  if (nones.length === 0) return false;
  const rest = words.filter((w) => !NONE_BEFORE_A_FAILURE().has(w));
  // Another success word beside the none (another run's, a hedge, a qualifier) is read as before.
  if (rest.length > 0 && remarkTellsASuccess(rest.join(' '))) return false;
  return rest.some((w) => !(PASS_REMARK_FILLERS().has(w) && !RETRY_REMARK().has(w) && !TRY_NOUNS().has(w)) && !NONE_DENIES().has(w) && !ALL_OF_A_RETRY().has(w) && !FAILURE_NOUNS().has(w) && !/^\p{N}+$/u.test(w));
}
const NONE_DENIES = wordsWrittenAndDrawn(() => NONE_TAKING_BACK_WORDS);
/** Adverbs that date a tolerance after them before this run (`previously optional`, `formerly non-blocking`, `früher optional`). */
const TOLERANCES_TOLD_AS_A_STATE: ReadonlySet<string> = new Set(['non-blocking', 'nonblocking', 'known', 'marked', 'flagged', 'considered', 'treated', 'labelled', 'labeled']);
const PAST_ADVERBS: ReadonlySet<string> = new Set(['previously', 'formerly', 'once', 'earlier', 'former', 'ex', 'fr\u00fcher', 'ehemals', 'vormals', 'einst', 'autrefois', 'anciennement', 'jadis', 'antes', 'anteriormente', 'antiguamente', 'precedentemente']);
/**
 * Whether a modal of permission at `i` permits a failure or what lets it through (`may fail`, `darf fehlschlagen`, `may
 * be ignored`; helper ro, session 46): a failure verb right after it, or `be` and a participle of {@link
 * PERMITTED_PARTICIPLES}. `may not fail`, `may be flaky` permit nothing.
 */
function permitsAt(words: readonly string[], i: number): boolean {
  if (!PERMISSIONS().has(words[i] as string)) return false;
  const next = words[i + 1] ?? '';
  return FAILURE_TOLD().has(next) || PERMITTED_FAILURES().has(next) || (PERMISSION_BE().has(next) && PERMITTED().has(words[i + 2] ?? ''));
}
/**
 * Whether a remark's clause permits the failure told before it (`(may fail)`, `this job may fail without blocking`,
 * `(puede fallar)`): not asked, with a modal of permission before a failure verb, told of no subject or of the job
 * itself. A permission of another subject (`docs may fail`) tolerates nothing of this one.
 */
function failurePermitted(part: { words: readonly string[]; asked: boolean }, own: ReadonlySet<string>): boolean {
  return !part.asked && part.words.some((_, i) => permitsOfItsOwn(part.words, i, own));
}
/** A modal of permission at `i` told of no subject, of the failure's own words or of the job itself (`this job may fail`). */
function permitsOfItsOwn(words: readonly string[], i: number, own: ReadonlySet<string>): boolean {
  if (!permitsAt(words, i)) return false;
  const before = words.slice(0, i);
  return before.every((w) => PASS_REMARK_FILLERS().has(w) || own.has(w)) || (before.length === 2 && before[0] === 'this' && PERMITTED_SELF().has(before[1] as string));
}
const PERMISSIONS = wordsWrittenAndDrawn(() => PERMISSION_MODALS);
const PERMITTED_FAILURES = wordsWrittenAndDrawn(() => PERMITTED_FAILURE_VERBS);
const PERMISSION_BE = wordsWrittenAndDrawn(() => PERMISSION_BE_WORDS);
const PERMITTED = wordsWrittenAndDrawn(() => PERMITTED_PARTICIPLES);
const PERMITTED_SELF = wordsWrittenAndDrawn(() => PERMITTED_SELF_NOUNS);
/** A word of a script written without spaces that tells a retry (`再試行で`, `重试后`) or holds only particles (`後`, `후`). */
const unspacedRetry = (w: string): boolean => UNSPACED_SCRIPT.test(w) && (UNSPACED_RETRY_STEMS.some((stem) => w.includes(stem)) || UNSPACED_PASS_PARTICLES.test(w));
const PASS_REMARK_FILLERS = wordsWrittenAndDrawn(() => PASS_REMARK_FILLER_WORDS);
const RETRY_REMARK = wordsWrittenAndDrawn(() => RETRY_REMARK_WORDS);
const ALL_OF_A_RETRY = wordsWrittenAndDrawn(() => ALL_MEMBERS_OF_A_RETRY);
const PASS_PLACES = wordsWrittenAndDrawn(() => PASS_PLACE_WORDS);
const PASS_PLACE_PREPOSITIONS_DRAWN = wordsWrittenAndDrawn(() => PASS_PLACE_PREPOSITIONS);
const TOLERANCE_HEDGES = wordsWrittenAndDrawn(() => TOLERANCE_HEDGE_WORDS);
/**
 * Whether a remark tells a pass, a none, a failure another run's or tolerated, an item left out of the run or a hedge
 * (`, which was skipped`, `, falls vorhanden`): words that may take back or qualify what the clause before it tells.
 */
function remarkTellsASuccess(remark: string): boolean {
  const { drawn } = outcomeTokens(remark);
  return drawn.some((w, i) => PASS_WORDS.has(w) || OVERCOMING_PASSES().has(w) || NONE_BEFORE_A_FAILURE().has(w) || NO_FAILURE_OF_THIS_RUN.has(w) || LEFT_OUT_OF_A_PASS().has(w) || EXCEPTION_TOLERANCE().has(w) || permitsAt(drawn, i)) || hasQualifier(drawn) || POINTER_HEDGES().test(remark);
}
const remarkTellsAPass = (remark: string): boolean => outcomeTokens(remark).drawn.some((w) => PASS_WORDS.has(w) || OVERCOMING_PASSES().has(w));
const MAX_CLAUSE_BEFORE_A_REMARK = 120;
/** A remark's opening bracket or a slot's opening mark (`[`, `«`, `【`, `｛`, `!`, `:`, `%`, `$`, `＄`, `@`, `#`). */
// A straight quote opens a quoted word too (`Build failed 'docs'`, `Build failed; "docs" passed on retry`), as a curly one
// does: ASCII has no opening quote of its own (helper sb, session 47).
const SLOT_OR_BRACKET_OPENING = /^(?:[\p{Ps}\p{Pi}\u2039\u00ab]|[!:%$@#\uff04\uff01\uff1a\uff05][\p{L}_({\[.]|\uff5b|['"`][\p{L}\p{N}_])/u;
/**
 * A bracket a remark opens with written against the word before it (`Build failed(lint)`, `ビルド失敗（テスト）`,
 * `构建失败【日志】`): Chinese and Japanese set no space before a full-width bracket, and a hurried writer none before an
 * ASCII one (helper sb, session 47). Not a square bracket, which a slot inside a word opens with (`fa[[x]]iled`).
 */
const endsInAFailureWord = (clause: string): boolean => {
  const last = outcomeTokens(clause).drawn.at(-1);
  return last !== undefined && (FAILURE_TOLD().has(last) || FAILURE_NOUNS().has(last));
};
const GLUED_REMARK_BRACKET = /^[(\uff08\u3010\u300c\u300e\u3014\u3016\u3008\u300a]/u;
/**
 * A failure word with a slot of any syntax written inside it (`Build fa[[x]]iled`, `fa__X__iled`, `fa$Xiled`, helper zj,
 * session 45): the slot is dropped and the word it was written into read whole.
 */
function failureWordAroundASlot(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !SLOT_IN_A_WORD_HINT.test(shown)) return false;
  const joined = shown.replace(ANY_SLOT_INSIDE_A_WORD, '');
  return joined !== shown && toldAsAFailedOutcome(joined);
}
const SLOT_IN_A_WORD_HINT = /\p{L}[\p{Ps}\p{Pi}_$!%@:]/u;
const ANY_SLOT_INSIDE_A_WORD = /(?<=\p{L})(?:[\p{Ps}\p{Pi}]{1,2}[^\s\p{Pe}\p{Pf}]{1,40}[\p{Pe}\p{Pf}]{1,2}|(__|[!%@:])[\p{L}\p{N}_.]{1,40}\1|\$[\p{Lu}_][\p{Lu}\p{N}_]{0,40}(?=\p{Ll}))(?=\p{L})/gu;
const MAX_REMARK_SPLITS = 4;
/**
 * Marks that part a clause from a remark: a full stop, `!`, `;` or `,` before a space (never inside a name: `see
 * failed.log`), those of scripts written without spaces, a spaced bar, slash, dash, guillemet or `>`, any arrow, and a
 * plain space between two letters of a script written without spaces (`ビルド失敗 ログを参照`).
 */
const CLAUSE_PARTING = /[^\S\n]+(?=[\p{Ps}\p{Pi}\u2039\u00ab!:%$@#\uff04\uff01\uff1a\uff05\uff5b]|['"`][\p{L}\p{N}])|(?<=[\p{L}\p{M}])(?=[(\uff08\u3010\u300c\u300e\u3014\u3016\u3008\u300a])|[^\S\n]*[.!;,](?=\s)\s*|[^\S\n]*[\u3001\u3002\uff0c\uff1b\uff01\uff0e]\s*|[^\S\n]+(?:[|/\u00bb\u203a>\u00b7\u2022~]+|[-\u2013\u2014]+)[^\S\n]+|[^\S\n]*(?:->|=>|>>|[\u2190-\u21ff\u2794-\u27bf\u2900-\u297f\u2b00-\u2b2f])[^\S\n]*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[^\S\n]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
const CLAUSE_PARTING_HINT = /\s[\p{Ps}\p{Pi}\u2039\u00ab!:%$@#\uff04\uff01\uff1a\uff05\uff5b'"`]|[\p{L}\p{M}][(\uff08\u3010\u300c\u300e\u3014\u3016\u3008\u300a]|[.!;,\u3001\u3002\uff0c\uff1b\uff01\uff0e|/\u00bb\u203a>\u00b7\u2022~\u2013\u2014\u2190-\u21ff\u2794-\u27bf\u2900-\u297f\u2b00-\u2b2f-]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^\S\n]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * Whether a pointer remark names a failure in its own words (`for 3 failures`, `for the failed job`, `for 3 errors`,
 * helper zb, session 45): a failure word of its own, not one inside a name (`see failed.log`), not under a none (`no
 * failures`, `0 errors`), a word that makes it another run's or tolerated (`previous failures`, `flaky failures`), nor a
 * hedge that it may be none (`for failures, if any`).
 */
function pointerNamesAFailure(remark: string, countedOnly = false): boolean {
  // A link names a page, not a failure (`See https://ci.example.com/1#failed`, `?filter=failed`, helper zj, session 45).
  const { tokens, drawn } = outcomeTokens(remark.includes('://') ? remark.replace(LINK_IN_TEXT, ' ') : remark);
  const told = drawn.flatMap((w, i) => (FAILURE_NOUNS().has(w) && !failureWordNamesAKindOrAPagePart(drawn, i) ? [i] : []));
  if (told.length === 0) return false;
  // A count of failures says they are there whatever hedge or condition stands beside it (`for 3 failures, if any
  // retried`); a hedge covers only failures it does not count (`for failures, if any`, `for any failures`).
  const counted = told.some((i) => countOfSomeAt(tokens, drawn, i - 1));
  if (countedOnly && !counted) return false;
  if (!counted && (POINTER_HEDGES().test(remark) || told.some((i) => POINTER_HEDGE_BEFORE_A_FAILURE().has(drawn[i - 1] ?? '')))) return false;
  // After a count, a condition opens a clause about something else (`3 failures, if you want the details`): it is no
  // word of the count's, and what follows it is not read as qualifying the failures.
  const end = counted ? conditionAfterACount(drawn, Math.min(...told)) : drawn.length;
  const read = drawn.slice(0, end);
  return !read.some((w, i) => NONE_BEFORE_A_FAILURE().has(w) || NO_FAILURE_OF_THIS_RUN.has(w) || /^0+$/u.test(tokens[i] as string)) && !hasQualifier(read);
}
/** Where the first condition or hedge after the failure word at `from` opens (`if`, `in case`, `ggf`, `falls`), or the end. */
function conditionAfterACount(drawn: readonly string[], from: number): number {
  const at = drawn.findIndex((w, i) => i > from && (POINTER_CONDITION_OPENINGS().has(w) || (w === 'in' && drawn[i + 1] === 'case')));
  return at < 0 ? drawn.length : at;
}
const POINTER_CONDITION_OPENINGS = lazy((): ReadonlySet<string> => new Set([...CONDITION_BEFORE_A_FAILURE, ...POINTER_FAILURE_HEDGES.filter((h) => !h.includes(' ')).map(drawnWord), 'when', 'wenn', 'si', 'se', 'als', 'indien', 'если', 'jeśli', 'jezeli', 'jeżeli', 'should', 'whether']));
/** A link in a text, read as one name whatever its path, query or fragment holds. */
const LINK_IN_TEXT = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s<>"')\]]{1,400}/giu;
/** Whether the token at `at` is a count of one or more, in digits or in words (`3`, `three`, `drei`). */
function countOfSomeAt(tokens: readonly string[], drawn: readonly string[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && (/^0*[1-9]\d{0,8}$/u.test(asciiDigits(token)) || wholeNumeral().test(drawn[at] as string));
}
/**
 * Whether a failure word at `at` names a kind of tests (`error handling tests`, `failure injection tests`) or a part of a
 * CI page (`the Failures tab`, GitLab's `Failed jobs tab`) rather than failures of the run (helper zj, session 45).
 */
function failureWordNamesAKindOrAPagePart(drawn: readonly string[], at: number): boolean {
  const next = drawn[at + 1] ?? '';
  return FAILURE_NAMED_TEST_KINDS().has(next) || CI_PAGE_PARTS().has(next) || (isWord(next) && CI_PAGE_PARTS().has(drawn[at + 2] ?? ''));
}
const FAILURE_NAMED_TEST_KINDS = lazy((): ReadonlySet<string> => new Set(FAILURE_NAMED_TEST_KIND_WORDS));
const CI_PAGE_PARTS = lazy((): ReadonlySet<string> => new Set(CI_PAGE_PART_WORDS));
const POINTER_HEDGE_BEFORE_A_FAILURE = lazy((): ReadonlySet<string> => new Set(POINTER_FAILURE_HEDGE_WORDS.map(drawnWord)));
/** {@link POINTER_FAILURE_HEDGES} as one pattern, each a phrase of its own. */
const POINTER_HEDGES = lazy((): RegExp => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${POINTER_FAILURE_HEDGES.map((w) => escapeRegExp(w).replace(/ /gu, String.raw`\s+`)).join('|')})(?![\p{L}\p{N}])`, 'iu'));
/**
 * A failure told with how many times it happened (`Build failed 3 times`, `Deploy fehlgeschlagen 2 mal`, helper zb,
 * session 45): the count is of tries, each a failure, and the clause before it is judged alone. A count of none (`0
 * times`) tells none, and is left to the readers of counts. A slot there (`Build failed {{total}} times`) is filled and
 * read so by the placeholder reader: a text never filled in.
 */
function failureToldTimes(shown: string): boolean {
  if (shown.length > MAX_POINTED_TEXT || !TIMES_HINT().test(shown)) return false;
  const nfkc = shown.normalize('NFKC');
  // A times word in look-alike letters (`3 τimes`, a Greek tau) is read as drawn; a word of another script as written.
  const readings = PLAIN.test(nfkc) ? [nfkc] : [nfkc, lookalikeSkeleton(nfkc)];
  for (const text of readings) {
    const m = FAILURE_TIMES().exec(text);
    if (m !== null && failureToldBeforeItsTimes((m[1] as string).trim(), m[2] as string, m[3] as string)) return true;
    // In a script written without spaces the count of times may stand inside the clause (`ビルドが3回失敗しました`).
    const unspaced = text.replace(UNSPACED_TIMES, '');
    if (unspaced !== text && toldAsAFailedOutcome(unspaced)) return true;
  }
  return false;
}
/**
 * Whether a clause told before a count of times (`three`, `3`, `x3`, `thrice`) is a failure and the remark after the
 * count (`in a row`, `today`, `:(`) takes nothing back (helper zj, session 45). A count in words is read as a count only
 * if it is a numeral of one or more.
 */
function failureToldBeforeItsTimes(clause: string, count: string, remark: string): boolean {
  if (clause === '') return false;
  const inWords = count.trim().split(/\s+/u)[0] as string;
  if (/^\p{L}/u.test(count) && !/^[x\u00d7]\s?\d/u.test(count) && !TIMES_ALONE().has(inWords.toLowerCase()) && !wholeNumeral().test(inWords.toLowerCase())) return false;
  if (/\p{L}/u.test(remark) && remarkTakesBack(clause, remark)) return false;
  return toldAsAFailedOutcome(clause);
}
/** The cheap test before {@link FAILURE_TIMES}: a digit, a times sign or a word of many times. */
const TIMES_HINT = lazy((): RegExp => new RegExp(String.raw`[\p{N}\u00d7]|(?<![\p{L}])(?:${[...TIMES_WORDS, ...MANY_TIMES_WORDS].filter((w) => /^\p{L}{2,}/u.test(w)).map(escapeRegExp).join('|')})`, 'iu'));
const TIMES_ALONE = lazy((): ReadonlySet<string> => new Set(MANY_TIMES_WORDS));
/**
 * A clause (group 1), a count of how many times it happened (group 2: `3 times`, `3 time(s)`, `(3 times)`, `3 of 3
 * times`, `three times`, `x3`, `×3`, `thrice`) and a short remark after it (group 3). The clause may end in where it
 * failed by a number (`Build failed on node 18 3 times`, helper ze): read as such a place ({@link failureToldAtANumberedPlace}).
 */
const FAILURE_TIMES = lazy((): RegExp => {
  const times = `(?:${TIMES_WORDS.map(escapeRegExp).join('|')})(?:\\((?:s|es)\\))?`;
  const count = String.raw`(?<![\p{N}.,])[1-9]\d{0,5}(?:[^\S\n]*(?:of|von|de|sur|su|van|из|z)[^\S\n]*\d{1,6})?`;
  const counted = [
    String.raw`${count}[^\S\n]*${times}`,
    String.raw`\p{L}+(?:-\p{L}+)?[^\S\n]+${times}`,
    String.raw`[x\u00d7][^\S\n]?[1-9]\d{0,5}`,
    `(?:${MANY_TIMES_WORDS.map(escapeRegExp).join('|')})`,
  ].join('|');
  return new RegExp(String.raw`^(.{1,120}?[\p{L}\p{M}](?:[^\p{L}\p{N}]{0,3}|[^\S\n]+v?\d{1,5}(?:[.:]\d{1,5}){0,3}[^\S\n]+))[^\S\n]*\(?[^\S\n]*(${counted})(?![\p{L}\p{N}])[^\S\n]*\)?([^\n]{0,80})$`, 'iu');
});
/** A count of times inside a clause of a script written without spaces (`3回`, `3次`, `3번`). */
const UNSPACED_TIMES = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[^\S\n]*[1-9]\d{0,5}[^\S\n]*(?:回|次|번|度|遍)[^\S\n]*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
/** The text as shown, each line break (written, or a tag that breaks the line) kept as a semicolon between its lines. */
function shownWithLineBreaks(written: string, shown: string): string {
  if (!MEMBER_BREAK_GUARD.test(written)) return shown;
  const parted = tagsBreakingTheLineAs(written, '\n').replace(MEMBER_BREAK_WRITTEN, ' ; ');
  return removeInvisible(escapedReadings(parted).at(-1) ?? parted).replace(/^[\s;]+|[\s;]+$/gu, '');
}
/** A clause and its pointer: the bound keeps the reading of a text that cannot be one summary and its remark cheap. */
const MAX_POINTED_TEXT = 320;
/** The cheap test before {@link TRAILING_POINTER}: a pointer word, an arrow or a URL somewhere in the text. */
const POINTER_HINT = lazy((): RegExp => new RegExp(String.raw`${pointerOpening()}|->|=>|[\u2192\u21d2\u27f6]|https?://`, 'iu'));
/**
 * A clause (group 1, at most 120 characters), then a mark that ends it (`.`, `,`, `;`, `:`, `!` before a space or a
 * bracket, never inside a name: `see failed.log`; a spaced dash, an opening bracket, an arrow) and a remark that opens
 * with a pointer word and ends the text, or a bare URL after a space.
 */
const TRAILING_POINTER = lazy((): RegExp => {
  const pointer = String.raw`${pointerOpening()}[^()[\]\uff08\uff09\uff3b\uff3d\n]{0,200}`;
  const remark = [
    String.raw`\s*[.,;:!](?:\s+|\s*[([\uff08\uff3b]\s*)${pointer}`,
    // The full stops and commas of languages written without spaces need none after them (`ビルド失敗。ログを参照`).
    String.raw`\s*[\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff0e]\s*${pointer}`,
    String.raw`\s+[-\u2013\u2014]\s+[([]?\s*${pointer}`,
    String.raw`\s*[([\uff08\uff3b]\s*${pointer}`,
    String.raw`\s*(?:->|=>|[\u2192\u21d2\u27f6])\s*\S[^\n]{0,200}`,
    String.raw`[\s.,;:([-]+https?:\/\/\S{1,200}`,
  ].join('|');
  return new RegExp(String.raw`^(.{1,120}?)(?:${remark})[)\]\uff09\uff3d]?[\s.!?]*$`, 'iu');
});
/**
 * A pointer word as a word of its own: between marks or spaces, or, for one of a language written without spaces
 * (`ログを参照`, `详见`), wherever it stands, running on into a verb's ending (`ログを参照してください`).
 */
const pointerOpening = (): string => {
  const sorted = [...POINTER_ELSEWHERE_OPENINGS].sort((a, b) => b.length - a.length);
  const spelled = (w: string): string => escapeRegExp(w).replace(/ /gu, String.raw`\s+`);
  const unspaced = sorted.filter((w) => CJK_POINTER_OPENING.test(w)).map(spelled).join('|');
  const spaced = String.raw`(?<![\p{L}\p{N}])(?:${sorted.filter((w) => !CJK_POINTER_OPENING.test(w)).map(spelled).join('|')})(?![\p{L}\p{N}])`;
  return unspaced === '' ? spaced : String.raw`(?:${spaced}|${unspaced})`;
};
/** A pointer word that ends in a letter of a script written without spaces (Han, kana, Hangul). */
const CJK_POINTER_OPENING = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** An outcome text as shown: line-breaking tags made spaces, through markup and escapes, invisible characters gone. */
function shownOutcome(t: string): string {
  const parted = tagsBreakingTheLineAsSpaces(t);
  return removeInvisible(whitespaceControlsAsSpaces(escapedReadings(parted).at(-1) ?? parted)).trim();
}
/**
 * `text` with each word that spells a failure word by a look-alike upright stroke (a capital I, a digit one or a bar for
 * an l, a lowercase l among capitals for an I: `faiIed`, `FAIIED`, `faiIure`, `FAIIing`, `fai1ed`, `FAlLED`) written as
 * that failure word, as a sans-serif page draws it (helper sb, session 47). A word the vocabulary holds as written is
 * left as it is (`fail`, `FAILED`), and so is one no reading of which is a failure word (`It`, `fall`, `Ill`).
 */
function failureWordsSpelledByStrokesRead(text: string): string {
  if (text.length > MAX_TEXT_READ || !STROKE_SPELLING_HINT.test(text)) return text;
  // The summary readers read one long text many times over (a log's pieces, its forms): its reading is kept once.
  if (text === strokesRead.text) return strokesRead.read;
  const read = text.replace(WORD_WITH_STROKES, (word) => {
    if (!STROKE_SPELLING_HINT.test(word)) return word;
    const [written, ...others] = strokeReadings(word);
    if (others.length === 0 || FAILURE_WORDS_OF_STROKES().has(written as string)) return word;
    return others.find((w) => FAILURE_WORDS_OF_STROKES().has(w)) ?? word;
  });
  if (text.length > 1024) strokesRead = { text, read };
  return read;
}
let strokesRead: { text: string; read: string } = { text: '', read: '' };
// Only a word holding what STROKE_SPELLING_HINT looks for is handed to the callback: prose is scanned once, not word by word.
const WORD_WITH_STROKES = /(?<![\p{L}\p{N}|])[A-Za-z][A-Za-z1|]{0,14}?(?:[a-z]I|[A-Z][Il|]{2}|[A-Za-z][1|][A-Za-z]|[A-Z]l[A-Z])[A-Za-z1|]{0,14}(?![\p{L}\p{N}|])/gu;
/** The failure words of Latin letters a stroke may spell (`failed`, `failure`, `failing`, `killed`), as written. */
const FAILURE_WORDS_OF_STROKES = lazy((): ReadonlySet<string> => new Set([...FAILED_STATUSES, ...FAILURE_NOUNS(), ...FAIL_WORDS].filter((w) => /^[a-z]+$/u.test(w) && /[il]/u.test(w))));
/**
 * `text` with each tab and line break drawn as the space a page or a terminal draws between the words beside it, as a
 * tag that breaks the line is ({@link tagsBreakingTheLineAsSpaces}): removed as an invisible control, it would join them
 * (`Build\nfailed`, `Build&#10;failed` read as `Buildfailed`, no failure word).
 */
const whitespaceControlsAsSpaces = (text: string): string => (WHITESPACE_CONTROL_HINT.test(text) ? text.replace(WHITESPACE_CONTROLS, ' ') : text);
const WHITESPACE_CONTROL_HINT = /[\t\n\v\f\r]/u;
const WHITESPACE_CONTROLS = /[\t\n\v\f\r]+/gu;
/**
 * Whether a reading of an outcome text holds a none of failures a contrast overturns, whole or sentence by sentence, or
 * (unless `onlyContrasts`: a reading of slots or drawn markup) a failure label whose value tells a failure.
 */
function noneOverturnedInAReading(t: string, onlyContrasts: boolean, shown = shownOutcome(t)): boolean {
  // A none of failures overturned by a contrast may lead with a count of none (`0 failures except login`).
  if (commitSubject(shown)) return false;
  if (shown.length <= MAX_OUTCOME_TEXT && (noneOverturnedByAContrast(shownWithMemberBreaks(t, shown)) || (!onlyContrasts && failureLabelThenAFailureTold(shown)))) return true;
  // Past that bound, the same reading of each sentence that is a summary's none and its exception: length keeps prose
  // out of the readers below, but padding a none's clause must not carry an exception that failed past it (helper ce).
  // Within it too: a sentence after the exception is no member of it (`no tests failed except checkout. Ran 214 tests.`).
  // A text the reading above took whole is not read again as its one sentence: each contrast would double the work.
  return mayHoldAContrast(shown) && sentenceOfANoneOverturned(t, shown.length <= MAX_OUTCOME_TEXT ? shown : undefined);
}
/**
 * A text holding a template's or a format's slot, read only for a none of failures a contrast overturns, each slot read
 * as the words it holds and an empty one as a word of its own (helper xa, session 44): an exception whose member a
 * template never filled (`No tests failed except {{checkout}}`, `except <checkout>`, `except <TODO>`, `except {{ }}`)
 * names no tolerated member, and a slot elsewhere in the text (`<li>{{ }}</li><li>No tests failed</li><li>except
 * checkout</li>`) hides nothing the summary tells. The other readers leave a slot to the placeholder reader.
 */
function noneOverturnedBesideASlot(t: string): boolean {
  if (!CONTRAST_GUARD.test(t)) return false;
  const read = slotsReadAsWords(t.replace(TAG_RENDERING_NOTHING, ' ')).replace(ANGLE_NAME, (m: string, name: string) => (unclosedTagOfNoElement(t, name) ? ` ${name} ` : m));
  return !templateSlotIn(read) && !ONE_COUNT_SLOT.test(read) && noneOverturnedInAReading(read, true);
}
/**
 * `t` with each slot read as its words, a slot nested in another read from the inside out (`{{ {{checkout}} }}` is
 * `checkout`, helper xj, session 44) and an empty one as a word of its own.
 */
function slotsReadAsWords(t: string): string {
  let read = t;
  for (let depth = 0; depth < MAX_SLOT_NESTING && ONE_COUNT_SLOT.test(read); depth++) read = read.replace(EMPTY_SLOT, ' unfilled ').replace(COUNT_SLOT, slotAsItsWords);
  return read.replace(EMPTY_SLOT, ' unfilled ');
}
const MAX_SLOT_NESTING = 3;
/**
 * A template's tag that renders no word of its own (helper xj, session 44): a statement (`{% if x %}`, `{%- endif -%}`), a
 * comment (`{# flaky #}`, `<%# flaky %>`, `{{! flaky }}`, `{{!-- flaky --}}`) and a section's opening and closing tags
 * (`{{#flaky}}`, `{{/flaky}}`, `{{^x}}`). What a statement wraps is read as shown; a comment's words are no member's.
 */
const TAG_RENDERING_NOTHING = /\{%[^%\n]{0,200}%\}|\{#[^#\n]{0,200}#\}|<%#[^%\n]{0,200}%>|\{\{!(?:--[^\n]{0,200}?--|[^{}\n]{0,200})\}\}|\{\{[#/^][^{}\n]{0,60}\}\}/gu;
const TAG_RENDERING_NOTHING_HINT = /\{%|\{#|<%#|\{\{[!#/^]/u;
/**
 * A text that tells a failure in its own words beside a template's slot or a placeholder tag (`Build failed <TODO>`,
 * `Tests failed in <suite>`, `Deploy failed (see {{url}})`, `Build failed [TBD]`, helper xd, session 44): read with each
 * slot dropped, a bracketed remark that holds one dropped whole (what fills it remarks on the outcome told outside it)
 * and a bracketed placeholder word (`[TBD]`, `(TODO)`) dropped, whatever remains is judged as any summary is. A slot
 * where a failure count or the failure's subject goes (`{{failed}} failed`, `{{suite}} failed`, `Failures: %d`,
 * `Build failed: {{reason}}`) is left to the placeholder reader ({@link countSlotUnfilled}): that text tells nothing
 * until it is filled, and its reason stays `placeholder`.
 */
function failureToldBesideASlot(t: string): boolean {
  for (const m of t.matchAll(COUNT_SLOT)) if (slotCountsFailures(t, m[0], m.index)) return false;
  const read = withoutSlots(t);
  return read !== t && read !== '' && !templateSlotIn(read) && !ONE_COUNT_SLOT.test(read) && toldAsAFailedOutcome(read);
}
/**
 * `t` with its slots, the bracketed remarks holding one and its bracketed placeholder words dropped, and the marks left
 * dangling at either end (`{{url}}: Échec du déploiement`, `Build failed - {{url}}`) with them (see
 * {@link failureToldBesideASlot}). Each slot is first drawn as one mark of its own, so a remark holding one is found
 * whatever marks the slot is written with (`(see %(url)s)`, `(see <your-url-here>)`).
 */
function withoutSlots(t: string): string {
  return t
    .replace(templateSlotsInText(), SLOT_DRAWN)
    .replace(NAME_SLOT_IN_SQUARE_BRACKETS, SLOT_DRAWN)
    .replace(EMPTY_SLOT, SLOT_DRAWN)
    .replace(COUNT_SLOT, SLOT_DRAWN)
    .replace(SLOT_TAG, (m: string, name: string) => (unclosedTagOfNoElement(t, name) && !noneInMarkup(m) ? SLOT_DRAWN : m))
    .replace(ELEMENT_OF_A_SLOT, SLOT_DRAWN)
    .replace(SLOT_REMARK_GROUP, (group: string, inner: string) => (inner.includes(SLOT_DRAWN) || isUnfilledWord(inner.trim()) ? ' ' : group))
    // A slot inside a word (`Build fa{{x}}iled`, `fail<N>ed`, helper zb, session 45) leaves the word it was written into.
    .replace(SLOT_INSIDE_A_WORD, '')
    .replaceAll(SLOT_DRAWN, ' ')
    .replace(/[^\S\n]{2,}/gu, ' ')
    // A mark left after a space by a slot dropped closes the clause before it; a dot that opens a name (`flaky .NET build`,
    // `.github`) is part of the name, kept apart from the word before it (helper zm, session 45).
    .replace(/\s+([.,;:!?])(?![\p{L}\p{N}])/gu, '$1')
    .replace(DANGLING_MARKS, '')
    .trim();
}
/**
 * A name in capitals alone in square brackets after a word (`Build failed [TOTAL]`, `[FAILED_COUNT]`): how a template
 * writer marks a value to fill in. Dropped, it leaves what the text tells outside it; a leading one (`[WIP] Build`) stays.
 */
const NAME_SLOT_IN_SQUARE_BRACKETS = /(?<=[\p{L}\p{N}][^\S\n]*)\[[A-Z][A-Z0-9_]{0,40}\](?!\])/gu;
/** Marks of the slots {@link templateSlotsInText} reads beyond {@link COUNT_SLOT}'s: the cheap test before it. */
const OTHER_SLOT_HINT = /\[\[|\[[A-Z]|\{%|\$\(|#\{|%\{|__[A-Z]|<[%#?]|[\u2039\u02c2\u1438\u276e\u276c\u27e8\u3008\u2989\u29fc]/u;
/** Slots drawn between two letters of one word. */
const SLOT_INSIDE_A_WORD = /(?<=\p{L})\ue000+(?=\p{L})/gu;
/** A private-use character no report writes: where a slot stood, while the remarks around slots are found. */
const SLOT_DRAWN = '\ue000';
/**
 * A `<name>` a template leaves, its name with hyphens too (`<your-suite-here>`); read as a slot only if no end tag closes
 * it, no HTML element has the name and it is no none (`Failed: <none>`, `<empty>`: how Docker and templates print none).
 */
const SLOT_TAG = /<([\p{L}_][\p{L}\p{N}_-]{0,60})>/gu;
/** An element that holds only a slot (`<b>{{url}}</b>`), read as the slot: what a page draws of it is what fills it. */
const ELEMENT_OF_A_SLOT = /<([A-Za-z][\w-]{0,30})(?:\s[^<>]{0,200})?>\s*\ue000\s*<\/\1\s*>/gu;
/** A remark in round or square brackets, full width too, its brackets unnested (`(see {{url}})`, `[TBD]`). */
const SLOT_REMARK_GROUP = /[([\uff08\uff3b]([^()[\]\uff08\uff09\uff3b\uff3d\n]{0,200})[)\]\uff09\uff3d]/gu;
/** A bracket a placeholder word may stand in (`[TBD]`, `(TODO)`): the cheap test before {@link failureToldBesideASlot}. */
const UNFILLED_GROUP_HINT = /[([\uff08\uff3b][^()[\]\n]{1,40}[)\]\uff09\uff3d]/u;
/**
 * Separators left at the start or the end once a slot beside them is dropped (`{{url}}: `, ` - {{url}}`, ` | `). A colon
 * left last stays: a label whose value was a slot (`Failed: <none>`, `Failed: [TBD]`) is a label with no value, no outcome.
 */
const DANGLING_MARKS = /^[\s:;,|\-\u2013\u2014\u00b7]+|[\s;,|\-\u2013\u2014\u00b7]+$/gu;
/**
 * Whether a text holds a `<name>` that names no HTML element and no end tag of its own closes (`except <checkout></li>`):
 * markup would drop it, but a page shows no such element; it is a template's slot left in ({@link angleSlotIn} reads only
 * one no end tag at all follows).
 */
function slotTagBeforeMarkup(t: string): boolean {
  if (!t.includes('<')) return false;
  for (const m of t.matchAll(ANGLE_NAME)) if (unclosedTagOfNoElement(t, m[1] as string)) return true;
  return false;
}
const unclosedTagOfNoElement = (t: string, name: string): boolean => !isHtmlElementName(name) && !t.toLowerCase().includes(`</${name.toLowerCase()}`);
const ANGLE_NAME = /<([\p{L}_]+)>/gu;
/** Slots with nothing in them, which COUNT_SLOT leaves (`{{}}`, `${ }`); `{}` stays an empty set. */
const EMPTY_SLOT = /\{\{\s*\}\}|\$\{\s*\}/gu;
/**
 * A slot read as the words of its name; one numbered (`{0}`, `%1$s`) or named by a tolerance word (`{{flaky}}`,
 * `${KNOWN_FAILURES}`) as unfilled: a slot's name says what goes there, not that what fills it was tolerated (helper xj).
 */
const slotAsItsWords = (slot: string): string => {
  const words = slot.replace(/[^\p{L}\p{N}_]+/gu, ' ').trim();
  return words === '' || /^[\p{N}\s]+$/u.test(words) || slotNamedByATolerance(words) ? ' unfilled ' : ` ${words} `;
};
const slotNamedByATolerance = (words: string): boolean => setAsideMember(words.toLowerCase().split(/[\s_]+/u).filter((w) => w !== ''));
/**
 * A none of failures a contrast overturns (helper hs, session 42): a none covers only its own clause. After it, `but`,
 * `aber`, `mais`, `pero` start a clause that is read on its own (`none of the hosts failed to respond but deploy failed`)
 * or name an exception that failed (`nothing failed but the login test`), and `except`, `other than`, `apart from`,
 * `außer`, `sauf`, `excepto` always name one (`no tests failed except login`, `0 failures except login`). An exception
 * that is tolerated or another run's (`except quarantined`, `but the flaky ones`), a none (`but none`) and a clause of
 * its own that tells no failure (`none failed, but 2 skipped`, `no tests failed but some were slow`, `no errors but
 * warnings`) leave the none standing.
 */
function noneOverturnedByAContrast(written: string): boolean {
  const text = withUnspacedExceptionsParted(written);
  if (!CONTRAST_GUARD.test(text)) return false;
  const { tokens, drawn } = outcomeTokens(withMemberBreaksMarked(text));
  const contrast = contrastIn(drawn);
  if (contrast === undefined) return false;
  const failed = (i: number): boolean => FAILURE_TOLD().has(drawn[i] as string) || isFailureNoun(tokens[i] as string, drawn[i] as string) || FAILURE_OF_A_NONE().has(drawn[i] as string);
  const first = drawn.findIndex((_, i) => i < contrast.at && (noneAt(tokens, drawn, i) || NONE_BEFORE_AN_EXCEPTION().has(tokens[i] as string)));
  // A none after the failure it denies (Japanese `テスト失敗なし（checkout を除く）`) ends the none's clause itself.
  const noneBefore = first >= 0 && drawn.some((_, i) => i > first && i < contrast.at && failed(i));
  const noneAfter = contrast.postposed === true && !noneBefore ? noneAfterAFailure(drawn, contrast.at, failed) : -1;
  const failure = noneAfter < 0 ? failed : (i: number): boolean => i === noneAfter;
  const noneClaimed = noneBefore || noneAfter >= 0;
  // A pass of all overturned by an exception (`all tests passed except checkout`) or a contrast naming a member (`all
  // tests passed but one`): what it names did not pass. An exception before its claim or inside its subject (`Except
  // checkout, all tests passed`, `All tests except checkout passed`) is read with the claim it takes a member out of.
  if (!noneClaimed && !passOfAllBefore(tokens, drawn, contrast.at)) return contrast.postposed === true ? exceptionBeforeItsClaim(tokens, drawn, contrast.at, failed) : contrast.exception && exceptionOpeningItsClaim(tokens, drawn, contrast);
  const claimEnd = noneClaimed ? failure : (i: number): boolean => OVERCOMING_PASSES().has(drawn[i] as string);
  // Items skipped or lesser findings left out of a pass of all failed nothing (`all tests passed except 2 skipped`).
  // So are they left out of a none's count by a word of leaving out (`0 failures excluding skipped tests`).
  const leavesOut = LEAVING_OUT().has(drawn.slice(contrast.at, contrast.at + contrast.length).join(' '));
  const failedOf = (members: string[][] | undefined): string[][] | undefined => (noneClaimed && !leavesOut ? members : members?.filter((m) => !leftOutOfAPass(m)));
  // What is excepted from the run was not run (`0 failed (checkout excepted from the run)`): it failed nothing.
  if (contrast.postposed && exceptedFromTheRun(drawn, contrast.at)) return false;
  if (contrast.postposed) return namesAFailedException(failedOf(postposedException(tokens, drawn, contrast.at, claimEnd)), true);
  const from = contrast.at + contrast.length;
  const named = drawn.slice(from).filter((_, i) => isWord(tokens[from + i]));
  if (named.length === 0) return false;
  const rest = tokens.slice(from).join(' ');
  // A clause of its own is read as the whole text would be (`… but deploy failed`, `… aber 2 Tests fehlgeschlagen`).
  if (toldAsAFailedOutcome(rest) || summaryLineIn(rest) !== undefined) return true;
  const joins = EXCEPTION_MEMBER_JOINS_AFTER.get(drawn[contrast.at] as string) ?? [];
  // A pass of all's exception (helper xk, session 44): `except that …` opens a clause, read whole above, and a member told
  // not run, left out or passing after it (`except checkout (skipped)`, `, which was skipped`) is left out as `except
  // the skipped ones` is. A none of failures keeps its exception: what it excepts is read as failed.
  const passLeftOut = !noneClaimed || leavesOut;
  if (passLeftOut && clauseAfterExceptThat(drawn, from)) return joinedClauseTellsAFailure(tokens.slice(from + 1));
  const remark = passLeftOut ? remarkOfLeavingOutAt(tokens, drawn, from) : -1;
  const end = remark < 0 ? tokens.length : remark;
  const members = exceptionMembers(tokens.slice(from, end), drawn.slice(from, end), joins) ?? exceptionBeforeAClause(tokens.slice(from, end), drawn.slice(from, end), joins);
  // A remark is said of the member before it, or of every member when it counts them (`e2e and smoke (both skipped)`).
  const count = members?.length ?? 0;
  const saidOf = remark < 0 ? 'none' : leftOutRemarkSaidOf(drawn, remark, count);
  // A remark whose count does not fit the members (`e2e (both skipped)`) sets none aside: they stand, fail-closed.
  const left = saidOf === 'all' ? 0 : saidOf === 'last' ? count - 1 : count;
  return namesAFailedException(failedOf(members?.slice(0, left)), contrast.exception);
}
/** Whether `except that` opens a clause (`except that the run took longer than usual`), not a member named `that` (`except that one`). */
const clauseAfterExceptThat = (drawn: readonly string[], from: number): boolean => drawn[from] === 'that' && SUBJECT_AFTER_EXCEPT_THAT().has(drawn[from + 1] ?? '');
const SUBJECT_AFTER_EXCEPT_THAT = lazy((): ReadonlySet<string> => new Set(SUBJECTS_AFTER_EXCEPT_THAT.map(drawnWord)));
/**
 * Whether a clause of an `except that` tells a failure, each clause joined to another (`and`, `but`, `then`, a comma or a
 * semicolon) read on its own (helper zc, session 45): a tolerated happening first never carries a failure joined after it
 * (`except that the flaky login was retried and checkout failed`), as it carries none on its own (`except that the run
 * took longer than usual`).
 */
function joinedClauseTellsAFailure(tokens: readonly string[]): boolean {
  const clauses: string[][] = [[]];
  for (const t of tokens) {
    if ((!isWord(t) && /[,;]/u.test(t)) || CLAUSE_JOINS.has(drawnWord(t))) clauses.push([]);
    else (clauses.at(-1) as string[]).push(t);
  }
  return clauses.some((c) => c.some(isWord) && toldAsAFailedOutcome(c.join(' ')));
}
/**
 * Whether an exception that opens its clause or stands inside its subject takes a member out of the claim of all or
 * none it is read with (helper zc, session 45): `Except checkout, all tests passed`, `Apart from checkout, everything
 * passed`, `All tests except checkout passed`, `All but one passed`, `除checkout外所有测试通过`, `Except checkout, no
 * tests failed`. Its members run from the exception word to the first mark or claim word after them (a word of all,
 * a none, a pass or a failure); the claim is the text with the exception taken out. A member left out of a pass of all
 * (`Except the skipped ones, all tests passed`) or tolerated (`Apart from the flaky login, all tests passed`) fails nothing.
 */
function exceptionOpeningItsClaim(tokens: readonly string[], drawn: readonly string[], contrast: { at: number; length: number }): boolean {
  const from = contrast.at + contrast.length;
  let to = from;
  while (to < drawn.length && to - from <= MAX_EXCEPTION_LIST_WORDS && !endsAnOpeningException(tokens, drawn, to)) to++;
  if (to === from || to >= drawn.length || to - from > MAX_EXCEPTION_LIST_WORDS) return false;
  const after = isWord(tokens[to]) ? to : to + 1;
  const restTokens = [...tokens.slice(0, contrast.at), ...tokens.slice(after)];
  const restDrawn = [...drawn.slice(0, contrast.at), ...drawn.slice(after)];
  const passOfAll = passOfAllBefore(restTokens, restDrawn, restDrawn.length);
  if (!passOfAll && !noneOfFailuresIn(restTokens, restDrawn)) return false;
  const members = exceptionMembers(tokens.slice(from, to), drawn.slice(from, to));
  const leavesOut = LEAVING_OUT().has(drawn.slice(contrast.at, from).join(' '));
  return namesAFailedException(passOfAll || leavesOut ? members?.filter((m) => !leftOutOfAPass(m)) : members, true);
}
/** Whether the token at `k` ends the members of an exception opening its claim: a mark of a clause, or a word of the claim. */
function endsAnOpeningException(tokens: readonly string[], drawn: readonly string[], k: number): boolean {
  const w = drawn[k] as string;
  if (!isWord(tokens[k])) return /[,;:.!?)\]\uff09\u3001\uff0c]/u.test(tokens[k] as string);
  return ALL_OF_A_PASS().has(w) || PASS_OF_ITEMS().has(w) || noneAt(tokens, drawn, k) || FAILURE_TOLD().has(w) || allAsARate(drawn, k) > 0;
}
/** Whether words hold a none of failures: a none, then a failure word within a few words (`no tests failed`, `0 failures`). */
function noneOfFailuresIn(tokens: readonly string[], drawn: readonly string[]): boolean {
  return drawn.some((_, i) => noneAt(tokens, drawn, i) && drawn.slice(i + 1, i + 1 + MAX_WORDS_FROM_ALL_TO_ITS_PASS).some((w, k) => FAILURE_TOLD().has(w) || isFailureNoun(tokens[i + 1 + k] as string, w) || FAILURE_OF_A_NONE().has(w)));
}
/** Whether a postposed `excepted` is said from the run (`checkout excepted from the run`, `excepted from CI`): left out of it. */
function exceptedFromTheRun(drawn: readonly string[], at: number): boolean {
  return drawn[at] === 'excepted' && drawn[at + 1] === 'from' && drawn.slice(at + 2, at + 4).some((w) => RUN_OF_AN_EXCEPTING.has(w));
}
const RUN_OF_AN_EXCEPTING: ReadonlySet<string> = new Set(['run', 'ci', 'build', 'pipeline', 'suite', 'job']);
/**
 * Where a remark after the last member of an exception to a pass of all opens (at its bracket, comma, colon or dash),
 * when it ends the text and tells that member not run, left out or passing (`checkout (skipped)`, `checkout, which was
 * skipped`, `windows (not run)`, `eu-west, where none ran`, `benchmarks, which do not run in CI`, `flaky ones, which were
 * retried and passed`; a dash drawn as `;`), or -1. Every word must be a remark's; a negation may deny only a run (`not run`), never a skip or
 * a pass (`which was not skipped`, `which did not pass`: no remark, the member stands).
 */
function remarkOfLeavingOutAt(tokens: readonly string[], drawn: readonly string[], from: number): number {
  let k = startOfABarePointer(tokens, drawn, from) - 1;
  while (k > from && !isWord(tokens[k]) && REMARK_CLOSING.test(tokens[k] as string)) k--;
  let end = k + 1;
  // A reason of the closed grammar after the skip (`on forks`, `: no secrets`) is no word of the remark: it is read without it.
  const reason = harmlessSkipReasonAt(tokens, drawn, from, end);
  if (reason > from) {
    end = reason;
    k = reason - 1;
  }
  while (k > from && isWord(tokens[k])) k--;
  if (k <= from || end <= k + 1 || isWord(tokens[k]) || !REMARK_OPENING.test(tokens[k] as string)) return -1;
  const words = drawn.slice(k + 1, end);
  // A remark may count the members it is said of in other words (`all three skipped`, `all 3 skipped`, `both of them
  // skipped`, `the two skipped`): the count and the words around it are the remark's (helper re, session 46).
  const counts = words.some((w) => LEFT_OUT_OF_ALL().has(w) || remarkCountOf(w) !== undefined);
  if (!words.every((w) => LEFT_OUT_REMARK().has(w) || LEFT_OUT_OF_A_PASS().has(w) || LEFT_OUT_OF_ALL().has(w) || (counts && (remarkCountOf(w) !== undefined || LEFT_OUT_REMARK_COUNT_FILLER().has(w))))) return -1;
  const denials = words.flatMap((w, i) => (LEFT_OUT_REMARK_RUN_DENIAL().has(w) ? [i] : []));
  if (denials.length === 0) return words.some((w) => LEFT_OUT_OF_A_PASS().has(w) || LEFT_OUT_REMARK_PASS().has(w)) ? k : -1;
  const runDenied = (i: number): boolean => LEFT_OUT_REMARK_RUN().has(words[i + 1] ?? '') || (words[i + 1] === 'in' && LEFT_OUT_REMARK_RUN().has(words[i + 2] ?? ''));
  return denials.every(runDenied) && !words.some((w) => LEFT_OUT_REMARK_PASS().has(w)) ? k : -1;
}
/**
 * Where a reason of the closed grammar of {@link SKIP_REASON_CONTEXTS} ends a left-out remark at `end` (`skipped on
 * forks`, `not run on pull requests`, `skipped: no secrets`; helper sc, session 47): the index of its preposition or
 * colon, right after a skip (or `not run`), or -1. Any other reason is free text, and the member stays failed.
 */
function harmlessSkipReasonAt(tokens: readonly string[], drawn: readonly string[], from: number, end: number): number {
  const skippedBefore = (at: number): boolean => at > from && (SKIPS_BEFORE().has(drawn[at] as string) || (LEFT_OUT_REMARK_RUN().has(drawn[at] as string) && LEFT_OUT_REMARK_RUN_DENIAL().has(drawn[at - 1] as string)));
  const endsWith = (phrases: readonly (readonly string[])[], upTo: number): number => {
    const found = phrases.find((p) => p.length <= upTo - from && p.every((w, i) => drawn[upTo - p.length + i] === w && isWord(tokens[upTo - p.length + i])));
    return found === undefined ? -1 : upTo - found.length;
  };
  const context = endsWith(SKIP_CONTEXTS(), end);
  if (context > from) {
    const at = ['the', 'a', 'an'].includes(drawn[context - 1] as string) ? context - 2 : context - 1;
    if (SKIP_PREPOSITIONS().has(drawn[at] as string) && skippedBefore(at - 1)) return at;
  }
  const resource = endsWith(SKIP_RESOURCES(), end);
  if (resource > from + 2 && SKIP_LACKING().has(drawn[resource - 1] as string) && tokens[resource - 2] === ':' && skippedBefore(resource - 3)) return resource - 2;
  return -1;
}
const SKIPS_BEFORE = wordsWrittenAndDrawn(() => SKIPS_BEFORE_A_REASON);
const SKIP_PREPOSITIONS = wordsWrittenAndDrawn(() => SKIP_REASON_PREPOSITIONS);
const SKIP_LACKING = wordsWrittenAndDrawn(() => SKIP_REASON_LACKING);
const SKIP_CONTEXTS = lazy((): readonly (readonly string[])[] => SKIP_REASON_CONTEXTS.map((p) => p.split(' ').map(drawnWord)));
const SKIP_RESOURCES = lazy((): readonly (readonly string[])[] => SKIP_REASON_RESOURCES.map((p) => p.split(' ').map(drawnWord)));
/**
 * Which of the `members` named before it a left-out remark opening at `at` is said of (helper zd, session 45): every one
 * when it counts them (`both` after exactly two, `all` after two or more), the last one when it counts none, and none
 * when its count does not fit them (`e2e (both skipped)`, `e2e, smoke, lint (both skipped)`): those members stand.
 */
function leftOutRemarkSaidOf(drawn: readonly string[], at: number, members: number): 'all' | 'last' | 'none' {
  let saidOf: 'all' | 'last' = 'last';
  for (let i = at + 1; i < drawn.length && /[\p{L}\p{N}]/u.test(drawn[i] as string); i++) {
    const w = drawn[i] as string;
    // A count of the members (`all three`, `3`, `the two`) is said of every one only where it counts them all.
    const count = remarkCountOf(w);
    if (count !== undefined) {
      if (count !== members) return 'none';
      saidOf = 'all';
      continue;
    }
    if (!LEFT_OUT_OF_ALL().has(w)) continue;
    if (DUAL_WORDS.has(w) ? members !== 2 : members < 2) return 'none';
    saidOf = 'all';
  }
  return saidOf;
}
/**
 * Where a bare pointer to the logs that ends the text starts (`… (skipped). See logs for details`), or the text's length:
 * a sentence after a full stop whose words are all {@link BARE_POINTER_WORDS}, opening with a pointer word. Any other
 * word in it (`See logs: exit 1`) leaves it in the text, where no remark ends it.
 */
function startOfABarePointer(tokens: readonly string[], drawn: readonly string[], from: number): number {
  let j = tokens.length - 1;
  while (j > from && !isWord(tokens[j]) && /^[\s.!]+$/u.test(tokens[j] as string)) j--;
  const last = j;
  while (j > from && isWord(tokens[j])) j--;
  if (j <= from || j === last || !/[)\]\uff09]\s*[.!]$|^[.!]$/u.test(tokens[j] as string)) return tokens.length;
  const words = drawn.slice(j + 1, last + 1);
  return POINTER_OPENING_WORDS().has(words[0] as string) && words.every((w) => BARE_POINTER().has(w)) ? j + 1 : tokens.length;
}
const BARE_POINTER = lazy((): ReadonlySet<string> => new Set(BARE_POINTER_WORDS.map(drawnWord)));
const POINTER_OPENING_WORDS = lazy((): ReadonlySet<string> => new Set(POINTER_ELSEWHERE_OPENINGS.filter((w) => !w.includes(' ')).map(drawnWord)));
/** The count a word of a left-out remark says, in digits or a number word the engine values (`3`, `three`, `drei`, `tres`), or undefined. */
const remarkCountOf = (w: string): number | undefined => (/^\d{1,9}$/u.test(w) ? Number(w) : numeralValue(w));
const LEFT_OUT_REMARK_COUNT_FILLER = lazy((): ReadonlySet<string> => new Set(LEFT_OUT_REMARK_COUNT_FILLERS.map(drawnWord)));
const LEFT_OUT_OF_ALL = lazy((): ReadonlySet<string> => new Set(LEFT_OUT_OF_ALL_MEMBERS_WORDS.map(drawnWord)));
const REMARK_CLOSING = /^[\s)\]\uff09.]+$/u;
const REMARK_OPENING = /[([\uff08,;:\u2013\u2014-]/u;
const LEFT_OUT_REMARK = lazy((): ReadonlySet<string> => new Set(LEFT_OUT_REMARK_WORDS.map(drawnWord)));
const LEFT_OUT_REMARK_RUN = lazy((): ReadonlySet<string> => new Set(LEFT_OUT_REMARK_RUN_WORDS.map(drawnWord)));
const LEFT_OUT_REMARK_RUN_DENIAL = lazy((): ReadonlySet<string> => new Set(LEFT_OUT_REMARK_RUN_DENIALS.map(drawnWord)));
const LEFT_OUT_REMARK_PASS = lazy((): ReadonlySet<string> => new Set(LEFT_OUT_REMARK_PASSES.map(drawnWord)));
/** Whether a member an exception leaves out of a pass of all was not run or is a lesser finding, said plainly (`2 skipped`, not `not skipped`). */
function leftOutOfAPass(member: readonly string[]): boolean {
  return member.some((w, i) => LEFT_OUT_OF_A_PASS().has(w) && !toleranceNegatedBefore(member, i));
}
const LEAVING_OUT = lazy((): ReadonlySet<string> => new Set(EXCEPTION_LEAVING_OUT_WORDS.flatMap((w) => [w, w.split(' ').map(drawnWord).join(' ')])));
const LEFT_OUT_OF_A_PASS = wordsWrittenAndDrawn(() => [...LEFT_OUT_OF_A_PASS_WORDS, ...vocabulary(['skipped'])]);
/**
 * Whether a postposed exception that opens its text names what failed before the none or pass of all it overturns
 * (Japanese `checkoutを除き、テスト失敗なし`, `checkoutを除いて全テスト成功`): the members are the words before the
 * exception word, the claim is read after it.
 */
function exceptionBeforeItsClaim(tokens: readonly string[], drawn: readonly string[], at: number, failed: (i: number) => boolean): boolean {
  const after = at + 1;
  const noneAfter = noneAfterAFailure(drawn, drawn.length, failed) > after;
  const leftOut = !noneAfter;
  if (!noneAfter && !passOfAllBefore(tokens.slice(after), drawn.slice(after), drawn.length - after)) return false;
  let from = at;
  while (from > 0 && isWord(tokens[from - 1])) from--;
  const later = drawn.slice(after);
  const members = exceptionMembers(tokens.slice(from, at), drawn.slice(from, at))?.filter((m) => !toldOfAnotherRunAfter(m, later));
  return namesAFailedException(leftOut ? members?.filter((m) => !leftOutOfAPass(m)) : members, true);
}
/** Whether a later word tells the member run in another run or skipped after `は` (`（E2Eは夜間実行）`: E2E runs nightly). */
function toldOfAnotherRunAfter(member: readonly string[], later: readonly string[]): boolean {
  const name = member.join('');
  return name.length > 0 && later.some((w) => w.startsWith(`${name}は`) && JAPANESE_REMARK_OF_ANOTHER_RUN.some((r) => w.startsWith(r, name.length + 1)));
}
/** The last none before `at` put within a few words after a failure word it denies (`失敗なし`, `失敗したテストはありません`), or -1. */
function noneAfterAFailure(drawn: readonly string[], at: number, failed: (i: number) => boolean): number {
  for (let i = at - 1; i > 0; i--) {
    if (!NONE_AFTER_A_FAILURE().has(drawn[i] as string)) continue;
    for (let k = i - 1; k >= 0 && k >= i - MAX_WORDS_FROM_A_FAILURE_TO_ITS_NONE; k--) if (failed(k)) return i;
  }
  return -1;
}
const MAX_WORDS_FROM_A_FAILURE_TO_ITS_NONE = 3;
const NONE_AFTER_A_FAILURE = wordsWrittenAndDrawn(() => NONES_AFTER_A_FAILURE);
/**
 * A text whose exception word is written unspaced after its name (Japanese `checkoutを除く`, `checkout以外`) with a
 * space either side of that word, so the name and the word read as two; any other text as it is.
 */
function withUnspacedExceptionsParted(text: string): string {
  // A Latin word before `な` is an adjective of the name after it (`flakyなcheckout`: the flaky checkout).
  // Chinese `除checkout外` (`除…以外`) brackets its members: its closing `外` ends them as a comma does (helper zc, session 45).
  return UNSPACED_EXCEPTION_GUARD.test(text) ? text.replace(CHINESE_EXCEPTION_AROUND, ' 除 $1 , ').replace(UNSPACED_EXCEPTION(), ' $& ').replace(ADJECTIVE_NA, ' ') : text;
}
const UNSPACED_EXCEPTION_GUARD = /除|以外|제외/u;
/** `除…外` around a member, not `除` inside a word (`删除`, `排除`, `解除`: delete, exclude, lift) nor `除了`, `除外`. */
const CHINESE_EXCEPTION_AROUND = /(?<![删排解清移消去免拆剔扣开废刪開廢])除(?![了外])([^\s,，。;；()（）]{1,40}?)以?外/gu;
const ADJECTIVE_NA = /(?<=\p{Script=Latin})な(?=[\p{Script=Latin}\p{Nd}])/gu;
const UNSPACED_EXCEPTION = lazy((): RegExp => new RegExp([...POSTPOSED_EXCEPTION_WORDS, ...EXCEPTION_WORDS.filter((w) => w.length > 1)].filter((w) => UNSPACED_SCRIPT.test(w)).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu'));
/**
 * Whether a pass said of all items stands before an exception at `at` (`all tests passed`, `every check passed`, `alle
 * Tests bestanden`, `tüm testler geçti`): a word of all, a pass word within a few words after it, and no negation
 * before the pass (`not all tests passed`, `all tests have not passed` tell a failure themselves).
 */
function passOfAllBefore(tokens: readonly string[], drawn: readonly string[], at: number): boolean {
  const all = drawn.findIndex((w, i) => i < at && (ALL_OF_A_PASS().has(w) || allAsARate(drawn, i) > 0));
  if (all < 0) return false;
  const denied = (): boolean => drawn.slice(0, all).some((v) => BARE_NEGATIONS.has(v) || NEGATION_BEFORE_A_FAILURE().has(v));
  // A pass's label before its all (`Passed: all except checkout`).
  if (tokens[all - 1] === ':' && PASS_OF_ITEMS().has(drawn[all - 2] ?? '')) return !denied();
  for (let i = all + Math.max(1, allAsARate(drawn, all)); i < at && i <= all + MAX_SUBJECT_WORDS_OF_A_PASS_OF_ALL; i++) {
    const w = drawn[i] as string;
    if (!isWord(tokens[i]) || BARE_NEGATIONS.has(w) || NEGATION_BEFORE_A_FAILURE().has(w)) return false;
    if (PASS_OF_ITEMS().has(w)) return !denied();
  }
  return false;
}
/** How many tokens tell all as a rate or a ratio at `i` (`100 %`: 2, `12/12`: 1), or 0 (helper zc, session 45). */
function allAsARate(drawn: readonly string[], i: number): number {
  const w = drawn[i] as string;
  if (/^100(?:[.,]0+)?$/u.test(w) && /^%/u.test(drawn[i + 1] ?? '')) return 2;
  const ratio = /^(\d{1,9})\/(\d{1,9})$/u.exec(w);
  return ratio !== null && ratio[1] === ratio[2] && Number(ratio[1]) > 0 ? 1 : 0;
}
const MAX_WORDS_FROM_ALL_TO_ITS_PASS = 5;
/**
 * How far after its word of all a pass of all may tell its pass: a subject of plain words may name where and how many
 * (`All 214 tests in the storefront integration suite passed … except checkout`, helper zm, session 45); a mark or a
 * negation between still ends the reading.
 */
const MAX_SUBJECT_WORDS_OF_A_PASS_OF_ALL = 12;
const ALL_OF_A_PASS = wordsWrittenAndDrawn(() => ALL_OF_A_PASS_BEFORE_AN_EXCEPTION);
const NEGATION_BEFORE_A_FAILURE = wordsWrittenAndDrawn(() => NEGATIONS_BEFORE_A_FAILURE);
/**
 * A text with what parts an exception's members as written, though no word or ASCII mark says it, made a semicolon
 * (helper he, session 43): a line break, a tab, block or list markup (`<br>`, `<li>`), an enclosed number (`① flaky
 * login ② checkout`), and a mark outside ASCII standing alone between words (bullets `•` `▪` `・`, `→`, `‖`, `⁏`, the
 * Arabic comma `،`, an ellipsis `…`, a look-alike of a comma or slash such as `‚` `∕` `⁄` or the Lisu letter `ꓹ` that
 * Unicode's confusables draw as `,`). A mark inside a word or a name (`e2e/login`, a quote `‚login‘`) stays.
 */
function withMemberBreaksMarked(written: string): string {
  const text = MARK_INSIDE_A_WORD_GUARD.test(written) ? withMarksInsideAWordRead(written) : written;
  if (PLAIN.test(text) && !MARKUP_OR_ESCAPE.test(text)) return text;
  const marked = tagsBreakingTheLineAs(text, '\n').replace(MEMBER_BREAK_WRITTEN, ' ; ').replace(LONE_MARK, (m) => ([...m].every(partsMembersAlone) ? ' ; ' : m)).replace(MARK_AFTER_A_WORD, (c) => listMarkDrawn(c) ?? (sentenceEndOfAnotherScript(c) ? ';' : c));
  return withEscapedMarksRead(MARK_ON_A_LETTER_GUARD.test(marked) ? withMarksOnALastLetterRead(marked) : marked);
}
const MARKUP_OR_ESCAPE = /[<\\]/u;
/**
 * A text whose marks inside one word or number part nothing (helper xe, session 44): a digit group's or a decimal mark
 * between digits (`1,024`, `1,5 s`, `١٫٥`, `1'000`) read as the `.` a number keeps, an apostrophe between letters
 * (`O'Brien`, `l’auth`) and a middle dot inside a word (Catalan `col·lecció`, a katakana name's `ログイン・テスト`) read as
 * {@link MARK_INSIDE_A_WORD}, which no reader of members parts at (and which makes no letter beside it a join: the `o`
 * of `O'Brien` is no `or`). A middle dot between other letters (`login·checkout`, `東京・大阪`) still parts a list.
 */
function withMarksInsideAWordRead(text: string): string {
  const drawn = text.replace(MARK_BETWEEN_LETTERS, (c) => markInsideAWordDrawn(c) ?? c).replace(/\u2019/gu, "'");
  return drawn.replace(DIGIT_GROUP_MARK, '.').replace(APOSTROPHE_IN_A_WORD, MARK_INSIDE_A_WORD).replace(MIDDLE_DOT_IN_A_WORD, MARK_INSIDE_A_WORD).replace(PLUSES_ENDING_A_NAME, MARK_INSIDE_A_WORD.repeat(2)).replace(DOT_OPENING_A_NAME, MARK_INSIDE_A_WORD);
}
const MARK_INSIDE_A_WORD = '\u2019';
const MARK_INSIDE_A_WORD_GUARD = /['`+\u2019\u00b7\u0387\u2027\u30fb\uff65,\u066b\u066c]|[^\x00-\x7f](?=\p{L})|\s\.\p{L}/u;
/**
 * A mark outside ASCII, or a backtick, between two letters (helper zd, session 45): read by {@link markInsideAWordDrawn}
 * as the apostrophe or hyphen it is drawn as, so `O‘Brien`, `O´Brien` and `e‑mail` are one word as `O'Brien` and `e-mail` are.
 */
const MARK_BETWEEN_LETTERS = /(?<=\p{L}\p{M}*)[^\s\x00-\x5f\x61-\x7f\p{L}\p{N}\p{M}](?=\p{L})/gu;
/**
 * The doubled plus that ends a language's or a tool's name (`C++`, `g++`, `Notepad++`) before a space, a mark or the
 * text's end: part of the name, so `flaky C++ bindings` is one member. A plus between two words (`login+checkout`) still
 * parts them.
 */
/** The dot that opens a name after a space (`.NET`, `.github`): part of the name, never a sentence's end before it. */
const DOT_OPENING_A_NAME = /(?<=[\s(\[])\.(?=\p{L}[\p{L}\p{N}]*(?:$|[\s,;:)\]]))/gu;
const PLUSES_ENDING_A_NAME = /(?<=(?:^|[\s(\[])\p{L}[\p{L}\p{N}]{0,15})\+\+(?=$|[\s,;:.)\]])/gu;
const DIGIT_GROUP_MARK = /(?<=\p{Nd})[,'\u2019\u066b\u066c](?=\p{Nd})/gu;
const APOSTROPHE_IN_A_WORD = /(?<=\p{L}\p{M}*)'(?=\p{L})/gu;
const MIDDLE_DOT_IN_A_WORD = /(?<=[lL]\p{M}*)[\u00b7\u0387\u2027\u30fb\uff65](?=[lL])|(?<=\p{scx=Katakana})[\u00b7\u0387\u30fb\uff65](?=\p{scx=Katakana})/gu;
/**
 * Whether a mark after a word ends a sentence in another script (the Devanagari danda `।`, the Ethiopic full stop `።`,
 * the Tibetan shad `།`, drawn as a bar or dots between words): it ends the member before it as `;` does (helper xe,
 * session 44). A full stop compatibility decomposition reads as ASCII (`．`) is read as the `.` it is.
 */
const sentenceEndOfAnotherScript = (c: string): boolean => SENTENCE_END_OF_A_SCRIPT.test(c) && !/^[\x00-\x7f]+$/u.test(c.normalize('NFKC'));
// Tibetan marks the shad family (U+0F08, U+0F0D-U+0F12) as terminal punctuation only, yet each ends a clause or sentence.
const SENTENCE_END_OF_A_SCRIPT = /[\p{Sentence_Terminal}\u0f08\u0f0d-\u0f12]/u;
/**
 * A text whose words end in a combining comma or low accent left after the last letter (`login̦ checkout`, `loginˏ
 * checkout`) with that mark read as the comma it is drawn as ({@link markOnALetterDrawn}): read in NFC, so a letter it
 * composes with (Romanian `ș`) keeps it.
 */
function withMarksOnALastLetterRead(text: string): string {
  return text.normalize('NFC').replace(MARKS_ON_A_LAST_LETTER, (marks) => ([...marks].some((c) => markOnALetterDrawn(c) !== undefined) ? `${[...marks].filter((c) => markOnALetterDrawn(c) === undefined).join('')},` : marks));
}
const MARK_ON_A_LETTER_GUARD = /[\p{M}\p{Lm}]/u;
const MARKS_ON_A_LAST_LETTER = /(?<=\p{L})[\p{M}\p{Lm}]+(?=\s|$)/gu;
/**
 * A text with a list mark written as a JSON or JavaScript escape after a word (`login\\u201a checkout`, `login\\u002c
 * checkout`) read as the mark it spells: a page or a log that decodes the string shows the mark (helper xe, session 44).
 */
function withEscapedMarksRead(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPED_MARK, (m: string, u: string | undefined, x: string | undefined) => {
    const c = String.fromCodePoint(Number.parseInt(u ?? x ?? '', 16));
    return listMarkDrawn(c) ?? (/^[,;/]$/u.test(c) ? c : m);
  }) : text;
}
const ESCAPED_MARK = /(?<=[\p{L}\p{N}])\\(?:u\{?([0-9a-fA-F]{4})\}?|x([0-9a-fA-F]{2}))/gu;
/**
 * A mark outside ASCII written after a word (`login‚ checkout`, `login، checkout`, `login⁄checkout`): read as the list
 * mark it is drawn as or named ({@link listMarkDrawn}), so members part at it as at `,` `;` `/` (helper xa, session 44).
 * One that opens a word stays (`‚login‘` is a German quotation); one standing alone is read above.
 */
const MARK_AFTER_A_WORD = /(?<=\S)[^\s\x00-\x7f\p{L}\p{N}\p{M}]/gu;
/**
 * The text as shown, with its line breaks, tabs and block markup kept as semicolons: the shown form drops them (`test\ncheckout`
 * reads `testcheckout`), which would join an exception's members into one.
 */
function shownWithMemberBreaks(written: string, shown: string): string {
  if (!MEMBER_BREAK_GUARD.test(written)) return shown;
  const broken = tagsBreakingTheLineAs(written, '\n');
  // A line that starts a sentence of its own (`All other suites green.`) names no member: the lines after it are read
  // sentence by sentence ({@link sentenceOfANoneOverturned}).
  // Lines before the first that holds a word (`<ul>` before `<li>No tests failed…`) open the text: the none's line is read with them.
  const lines = broken.split(LINE_OF_A_SENTENCE);
  let opening = 0;
  while (opening < lines.length - 1 && !/\p{L}/u.test((lines[opening] as string).replace(/<[^>]{0,200}>/gu, ''))) opening++;
  const parted = namingUpToABlockOfItsOwn(lines.slice(0, opening + 1).join('\n')).replace(MEMBER_BREAK_WRITTEN, ' ; ');
  return removeInvisible(escapedReadings(parted).at(-1) ?? parted).trim();
}
/**
 * The lines of a text up to the first, after the line holding a contrast, that is a block of its own
 * ({@link blockOfItsOwn}): a list item, paragraph, cell or line after an exception that tells its own pass (`<li>checkout
 * passed</li>`, `<td>214 passed</td>`), a measure (`<td>12s</td>`) or labels a note (`<summary>why</summary>`) names no
 * member of it (helper xg, session 44: a false failure). A bare naming on the next line (`flaky login<br>checkout`)
 * stays a member: fail-closed.
 */
function namingUpToABlockOfItsOwn(text: string): string {
  const lines = text.split(/[\r\n\u2028\u2029]+/u);
  const kept: string[] = [];
  let contrastSeen = false;
  let ended = false;
  for (const line of lines) {
    // A later line opening with an exception word names members again (`…<li>checkout passed</li><li>except deploy</li>`).
    if (ended && mayHoldAContrast(line) && opensWithAnException(line)) ended = false;
    if (!ended && contrastSeen && blockOfItsOwn(line)) ended = true;
    if (ended) continue;
    kept.push(line);
    contrastSeen ||= mayHoldAContrast(line) && contrastIn(outcomeTokens(lineAsShown(line)).drawn) !== undefined;
  }
  return kept.join(' ; ');
}
const lineAsShown = (line: string): string => {
  const plain = line.replace(/<[^>]{0,200}>/gu, ' ');
  return removeInvisible(escapedReadings(plain).at(-1) ?? plain).trim();
};
/**
 * Whether a line tells something of its own rather than going on naming an exception's members: it does not open
 * with a join or an exception word (`and checkout`, `except deploy`) and holds no negation, and it tells a pass (`checkout
 * passed`, `214 passed`), is a measure alone (`12s`, `3m 12s`, `81%`) or is a note's label alone (`why`, `details`).
 */
function blockOfItsOwn(line: string): boolean {
  const shown = lineAsShown(line);
  const { tokens, drawn } = outcomeTokens(shown);
  const words = drawn.filter((_, i) => isWord(tokens[i]));
  const first = words[0];
  if (first === undefined || MEMBER_JOINS().has(first) || MEMBER_HEAD_JOINS().has(first) || EXCEPTION_WORDS_DRAWN().has(first)) return false;
  if (MEMBER_JOIN_PHRASES().some((p) => p.every((w, k) => words[k] === w)) || EXCEPTION_PHRASES_DRAWN().some((p) => p.every((w, k) => words[k] === w))) return false;
  if (words.some((w) => BARE_NEGATIONS.has(w) || TOLERANCE_NEGATOR().has(w) || NEGATION_BEFORE_A_FAILURE().has(w))) return false;
  return words.some((w) => OVERCOMING_PASSES().has(w)) || MEASURE_ALONE.test(shown) || words.every((w) => NOTE_LABEL().has(w));
}
const MEASURE_ALONE = /^(?:\d+(?:[.,]\d+)?\s*(?:ms|s|sec|secs|m|min|mins|h|%)\s*){1,3}$/iu;
const NOTE_LABEL = lazy((): ReadonlySet<string> => new Set(NOTE_LABEL_WORDS.map(drawnWord)));
// Line-breaking tags are made line breaks first (tagsBreakingTheLineAs), so these read characters only.
const LINE_OF_A_SENTENCE = /[\r\n\u2028\u2029]+\s*(?=\p{Lu}\S*(?:[^\S\r\n]+[^\s<]+){2})/u;
const MEMBER_BREAK_GUARD = /[\t\n\v\f\r\u2028\u2029<&]/u;
const MEMBER_BREAK_WRITTEN = /[\t\n\v\f\r\u2028\u2029\u2460-\u24ff\u2776-\u2793]+/gu;
const LONE_MARK = /(?<=^|\s)[^\s\x00-\x7f]{1,3}(?=\s|$)/gu;
/**
 * Whether a character standing alone between words parts members: a mark or symbol, or a letter drawn as a list's mark.
 * A quotation mark encloses a member (`except the flaky « login » test`, helper xe, session 44) unless it is drawn as a
 * list's mark (the low-9 `‚` is a comma), and a comparison bounds a version (`(node ≥ 18)`).
 */
const partsMembersAlone = (c: string): boolean => (!/[\p{L}\p{N}\p{M}]/u.test(c) && !COMPARISON_MARKS.test(c) && (!QUOTATION_MARK.test(c) || listMarkDrawn(c) !== undefined)) || /^[,;/|·]$/u.test(confusableTable()[c] ?? '');
const QUOTATION_MARK = /[\p{Pi}\p{Pf}\u201a\u201e\u300c-\u300f\u301d-\u301f\uff02\uff07]/u;
/** Whether the word at `i` is a none a failure may follow (`no`, `none`, `nothing`, `0`, `keine`, `aucun`), not a none of a part. */
function noneAt(tokens: readonly string[], drawn: readonly string[], i: number): boolean {
  // A none of a language before a failure word of its own (`Sem falhas`, `Não houve falhas`), and `free of` (`Free of
  // failures`), are nones too: what a contrast after them takes out is read as failed (helper re, session 46).
  const none = NONE_BEFORE_A_FAILURE().has(tokens[i] as string) || NONE_BEFORE_A_FAILURE().has(drawn[i] as string) || freeOfAt(drawn, i + 1) || noneOfALanguageBeforeItsFailure(tokens, drawn, i);
  return (/^0+(?:[.,]0+)?$/u.test(drawn[i] as string) || none) && !NOT_A_NONE_AFTER().has(drawn[i + 1] ?? '');
}
/** Whether the word at `i` is a none of the language of a failure word a few words after it, in its clause ({@link noneOfTheFailuresLanguage}). */
function noneOfALanguageBeforeItsFailure(tokens: readonly string[], drawn: readonly string[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3 && isWord(tokens[j]); j++) if (noneOfTheFailuresLanguage(tokens[i] as string, tokens[j] as string, drawn[j] as string)) return true;
  return false;
}
/**
 * The members of an exception that a sentence's end, or a clause of its own after a comma, semicolon or dash, follows
 * (`except checkout. Ran 214 tests in 3m`, `except checkout, and coverage rose to 81% across the storefront suite`): the
 * naming ends where that clause starts, however long the clause is (helper ce, session 43). Undefined when no such
 * clause follows: the words are prose.
 */
function exceptionBeforeAClause(tokens: readonly string[], drawn: readonly string[], joins: readonly string[]): string[][] | undefined {
  const end = tokens.findIndex((t, i) => i > 0 && !isWord(t) && (SENTENCE_MARK.test(t) || (/[,;\u2013\u2014]/u.test(t) && CLAUSE_AFTER_A_NAMING().has(drawn[i + 1] ?? ''))));
  return end < 0 ? undefined : exceptionMembers(tokens.slice(0, end), drawn.slice(0, end), joins);
}
const SENTENCE_MARK = /[.!?\u2026\u3002\uff01\uff1f]/u;
const CLAUSE_AFTER_A_NAMING = lazy((): ReadonlySet<string> => new Set([...CLAUSE_JOINS, ...CLAUSE_AFTER_A_CONTRAST(), ...EXCEPTION_CLAUSE_OPENINGS].map(drawnWord)));
/** Cheap guard: a text of one word holds no none and contrast. */
const CONTRAST_GUARD = /\s/u;
/**
 * Whether a longer summary may hold a contrast, cheaply: a text shown in plain ASCII holds one only as one of its words;
 * any other text (look-alike letters, other scripts, full width) is left to the tokens, which draw it.
 */
function mayHoldAContrast(shown: string): boolean {
  return CONTRAST_GUARD.test(shown) && (!PLAIN.test(shown) || PLAIN_CONTRAST().test(shown));
}
const PLAIN_CONTRAST = lazy((): RegExp => {
  const words = [...EXCEPTION_WORDS.map((w) => [w]), ...EXCEPTION_WORDS_AFTER_A_FAILURE.map((w) => [w]), ...POSTPOSED_EXCEPTION_WORDS.map((w) => [w]), ...CONTRAST_WORDS.map((w) => [w]), ...EXCEPTION_PHRASES].filter((p) => p.every((w) => /^[\x20-\x7e]+$/u.test(w)));
  return new RegExp(`\\b(?:${words.map((p) => p.map(escapeRegExp).join('\\s+')).join('|')})\\b`, 'iu');
});
/**
 * A summary (helper ce, session 43) read sentence by sentence, each as a short summary is read
 * ({@link noneOverturnedByAContrast}), where the sentence is a summary's clause: a none leading its sentence or clause
 * (after a lead of a few words: `The nightly run had 0 failures`), then a contrast, within a bounded sentence
 * (`Ran 214 tests in 3m. No tests failed in the storefront integration suite except checkout. Coverage 81%.`). Line
 * breaks, block markup and a sentence's end part sentences; a dot before a lower-case word (`e.g. the flaky ones`) or
 * inside a name (`e2e/login.spec.ts`) does not. Work is capped: so many sentences, so long each.
 */
function sentenceOfANoneOverturned(text: string, readWhole: string | undefined): boolean {
  let read = 0;
  for (const line of linesWithTheirExceptions(tagsBreakingTheLineAs(text, '\n').split(SUMMARY_BLOCK_BREAK))) {
    for (const part of removeInvisible(line).split(SENTENCE_END)) {
      if (++read > MAX_SUMMARY_SENTENCES) return false;
      const sentence = removeInvisible(escapedReadings(part).at(-1) ?? part).trim();
      if (sentence.length < 2 || sentence.length > MAX_SUMMARY_SENTENCE || sentence === readWhole || !mayHoldAContrast(sentence)) continue;
      if (noneLeadsItsClause(sentence) && noneOverturnedByAContrast(sentence)) return true;
    }
  }
  return false;
}
/**
 * Whether the first none or word of all before the sentence's contrast leads its clause, after at most a few words of lead that do not
 * make it another's words or a condition (`a bug where the dashboard said no tests failed except …`: prose).
 */
function noneLeadsItsClause(sentence: string): boolean {
  const { tokens, drawn } = outcomeTokens(sentence);
  const contrast = contrastIn(drawn);
  if (contrast === undefined) return false;
  // A pass of all leads its clause as a none does (`All tests passed except checkout. Ran 214 tests …`), and so does
  // an exception opening the sentence (`Except checkout, all tests passed.`): helper zc, session 45.
  const first = drawn.findIndex((_, i) => i < contrast.at && (noneAt(tokens, drawn, i) || ALL_OF_A_PASS().has(drawn[i] as string) || allAsARate(drawn, i) > 0));
  if (first < 0) return contrast.at === 0 && contrast.exception;
  let lead = 0;
  for (let i = first - 1; i >= 0 && isWord(tokens[i]) && !CLAUSE_JOINS.has(drawn[i] as string); i--) {
    if (NONE_TOLD_BY_ANOTHER().has(drawn[i] as string)) return false;
    lead++;
  }
  return lead <= MAX_LEAD_BEFORE_A_NONE;
}
const NONE_TOLD_BY_ANOTHER = lazy((): ReadonlySet<string> => new Set([...EXCEPTION_CLAUSE_OPENINGS, ...LEAD_OF_ANOTHERS_NONE].map(drawnWord)));
const SUMMARY_BLOCK_BREAK = /[\r\n\u2028\u2029]+/u;
/**
 * A summary's lines, each line that opens with an exception word (`except checkout`, `apart from deploy`) joined to the
 * line holding words before it: a none in one list item or paragraph and its exception in the next are one sentence
 * however the lines around them open (`<li>Summary</li><li>No tests failed</li><li>except checkout</li>`, red team xf).
 */
function linesWithTheirExceptions(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && /\p{L}/u.test(line) && mayHoldAContrast(line) && opensWithAnException(line)) out[last] = `${out[last] as string} ${line}`;
    else if (/\p{L}|\p{N}/u.test(removeInvisible(line))) out.push(line);
  }
  return out;
}
function opensWithAnException(line: string): boolean {
  const { drawn } = outcomeTokens(removeInvisible(escapedReadings(line).at(-1) ?? line));
  return EXCEPTION_WORDS_DRAWN().has(drawn[0] as string) || EXCEPTION_PHRASES_DRAWN().some((p) => p.every((part, k) => drawn[k] === part));
}
const SENTENCE_END = /(?<=[.!?\u2026])\s+(?=[^\s\p{Ll}])|(?<=[\u3002\uff01\uff1f])/u;
/** A summary's sentences read, and the length of one: past them the text is prose or a log. */
const MAX_SUMMARY_SENTENCES = 64;
const MAX_SUMMARY_SENTENCE = 480;
/** Words before a none in its clause (`The nightly run of the storefront suite had 0 failures`): more is prose. */
const MAX_LEAD_BEFORE_A_NONE = 10;
/**
 * The members of an exception put before its word (Turkish `hiçbir test başarısız olmadı checkout hariç`): the words
 * after the none's last failure word and what closes its clause (`olmadı`), up to the exception word.
 */
function postposedException(tokens: readonly string[], drawn: readonly string[], at: number, failure: (i: number) => boolean): string[][] | undefined {
  let from = at - 1;
  while (from >= 0 && !failure(from)) from--;
  for (from++; from < at && (CLAUSE_END_BEFORE_A_POSTPOSED().has(drawn[from] as string) || !isWord(tokens[from])); from++);
  return from < at ? exceptionMembers(tokens.slice(from, at), drawn.slice(from, at)) : undefined;
}
const FAILURE_OF_A_NONE = wordsWrittenAndDrawn(() => FAILURE_WORDS_OF_A_NONE_BEFORE_AN_EXCEPTION);
const NONE_BEFORE_AN_EXCEPTION = lazy((): ReadonlySet<string> => new Set(NONES_BEFORE_AN_EXCEPTION));
const POSTPOSED_EXCEPTION = wordsWrittenAndDrawn(() => POSTPOSED_EXCEPTION_WORDS);
const CLAUSE_END_BEFORE_A_POSTPOSED = wordsWrittenAndDrawn(() => CLAUSE_ENDS_BEFORE_A_POSTPOSED_EXCEPTION);
/**
 * The first word of contrast or exception after the text's first word, as drawn (`but`, `except`, `other than`, `außer`),
 * or an exception word put after what it excepts (`hariç`: postposed).
 */
function contrastIn(drawn: readonly string[]): { at: number; length: number; exception: boolean; postposed?: boolean } | undefined {
  // An exception may open the text too (`Except checkout, all tests passed`: helper zc, session 45); a contrast or a
  // postposed exception there names nothing before it.
  for (let i = 0; i < drawn.length; i++) {
    const w = drawn[i] as string;
    // `as excepted` is a misspelt `as expected`, no exception.
    if (i > 0 && POSTPOSED_EXCEPTION().has(w) && drawn[i - 1] !== 'as') return { at: i, length: 1, exception: true, postposed: true };
    const phrase = EXCEPTION_PHRASES_DRAWN().find((p) => p.every((part, k) => drawn[i + k] === part));
    if (phrase !== undefined) return { at: i, length: phrase.length, exception: true };
    if (EXCEPTION_WORDS_DRAWN().has(w) || (EXCEPTION_AFTER_A_FAILURE().has(w) && failureWordBefore(drawn, i) && !NOUN_AFTER_AN_EXCEPTION_NOUN().has(drawn[i + 1] ?? ''))) return { at: i, length: 1, exception: true };
    // `but` inside a subject of all is an exception (`all but one passed`, `all tests but checkout passed`).
    if (i > 0 && CONTRAST_WORDS_DRAWN().has(w)) return { at: i, length: 1, exception: allOfASubjectBefore(drawn, i) };
  }
  return undefined;
}
/**
 * Whether the word before `at`, past a comma, is a failure word a none denies or the pass word of a pass (`0 failures bar
 * checkout`, `No tests failed, bar one`, `All tests passed bar checkout`, `passed minus checkout`).
 */
function failureWordBefore(drawn: readonly string[], at: number): boolean {
  const before = drawn[at - 1] === ',' ? drawn[at - 2] : drawn[at - 1];
  return before !== undefined && (FAILURE_TOLD().has(before) || FAILURE_OF_A_NONE().has(before) || PASS_OF_ITEMS().has(before));
}
/** Whether a word of all stands right before `at` or one word before it (`all but`, `all tests but`, `everything but`). */
const allOfASubjectBefore = (drawn: readonly string[], at: number): boolean => ALL_OF_A_PASS().has(drawn[at - 1] ?? '') || (at >= 2 && ALL_OF_A_PASS().has(drawn[at - 2] ?? '') && !PASS_OF_ITEMS().has(drawn[at - 1] ?? ''));
const NOUN_AFTER_AN_EXCEPTION_NOUN = lazy((): ReadonlySet<string> => new Set(NOUNS_AFTER_AN_EXCEPTION_NOUN));
const EXCEPTION_AFTER_A_FAILURE = wordsWrittenAndDrawn(() => EXCEPTION_WORDS_AFTER_A_FAILURE);
const EXCEPTION_WORDS_DRAWN = wordsWrittenAndDrawn(() => EXCEPTION_WORDS);
const EXCEPTION_PHRASES_DRAWN = lazy((): readonly (readonly string[])[] => EXCEPTION_PHRASES.map((p) => p.map(drawnWord)));
const CONTRAST_WORDS_DRAWN = wordsWrittenAndDrawn(() => CONTRAST_WORDS);
const CLAUSE_AFTER_A_CONTRAST = wordsWrittenAndDrawn(() => CLAUSE_AFTER_A_CONTRAST_WORDS);
/**
 * Whether the members after a contrast name what failed though the none denied it: any short naming after a word of
 * exception, and after `but` a naming with no subject, verb, pass, outcome or lesser finding of a clause of its own
 * (`but the login test`, `but one`). A member tolerated, another run's or a none names no failure of this run; each
 * member is weighed on its own (helper hn, session 43), so `except the flaky login test and checkout` names checkout.
 */
function namesAFailedException(members: readonly (readonly string[])[] | undefined, exception: boolean): boolean {
  if (members === undefined) return false;
  const failed = withPlacesOfTheirMembers(members).filter((m) => !setAsideMember(m));
  if (failed.length === 0) return false;
  if (exception) return true;
  // After `but`, a member with a clause's words is a clause of its own: it tells a failure only as a whole text would.
  return failed.some((m) => !m.some((w) => CLAUSE_AFTER_A_CONTRAST().has(w) || CLAUSE_VERBS.has(w) || CLAUSE_JOINS.has(w) || OVERCOMING_PASSES().has(w) || isOutcomeValue(w)) || toldAsAFailedOutcome(m.join(' ')));
}
/**
 * The members with a place after another joined to it (helper zm, session 45): `login (flaky) on windows` and `flaky
 * login, on linux` name where login was flaky, no member of their own. A place alone (`except on linux`) is a member.
 */
function withPlacesOfTheirMembers(members: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const m of members) {
    const last = out.at(-1);
    if (last !== undefined && PLACE_PREPOSITION().has(m[0] as string)) out[out.length - 1] = [...last, ...m];
    else out.push(m);
  }
  return out;
}
/**
 * Whether a member of an exception names no failure of this run: it is tolerated or another run's (`the flaky login
 * test`, `quarantined ones`, `known flaky tests`) or a none (`but none`). A tolerance under a negation before it (`those
 * not quarantined`, `tests that were never flaky`, `non flaky ones`, `n0t flaky`), of the past or hedged away (`the
 * previously flaky login test`, `no longer quarantined`, `used to be flaky`, `hardly flaky`, `früher flaky`, `ya no
 * flaky`) or denied after it (`the login test: flaky? no`) is no tolerance: that member failed (helper he, session 43).
 */
function setAsideMember(member: readonly string[]): boolean {
  // A skip denied is a failure too (`those not skipped`: helper xb, session 44).
  if (member.some((w, i) => (toleranceWord(w) || LEFT_OUT_OF_A_PASS().has(w)) && toleranceNegatedBefore(member, i))) return false;
  // A none word that denies the member's pass is no none (`checkout not passed`, `checkout did not pass`: helper zc, session 45).
  // A preposition that opens where the member failed (`on linux`, `at checkout`, `under windows`) is no qualifier of it:
  // it says where the exception's failure was, not that it is tolerated (helper zm, session 45).
  return hasQualifier(member.filter((w) => !PLACE_PREPOSITION().has(w))) || member.some((w, i) => NO_FAILURE_OF_THIS_RUN.has(w) || PASS_SET_ASIDE().has(w) || (NONE_BEFORE_A_FAILURE().has(w) && !passDeniedBy(member, i)) || ABSENT_WORDS.includes(w) || EXCEPTION_TOLERANCE().has(w));
}
/**
 * A pass of all, then a member whose pass is denied with its verb left out (helper sc, session 47): `All tests passed
 * but not checkout`, `(not checkout)`, `— not checkout`, `but checkout did not`, `; checkout didn't`, `; checkout did not
 * pass`. The member (one to three words) did not pass. A member tolerated or set aside (`but not the flaky ones`), a
 * denial that only stresses (`not just unit tests`, `not only`), a participle after `not` (`but not deployed`, `not yet
 * merged`: what else was not done) or another verb after the auxiliary (`coverage did not change`) tells no failure.
 */
function memberDeniedAfterAPassOfAll(shown: string): boolean {
  if (shown.length > MAX_OUTCOME_TEXT || !ELIDED_DENIAL_HINT.test(shown)) return false;
  const words = outcomeTokens(shown).drawn.filter(isWord);
  const pass = words.findIndex((w, i) => i <= 4 && PASS_OF_ITEMS().has(w));
  if (pass < 1 || !words.slice(0, pass).some((w) => ALL_OF_A_PASS().has(w))) return false;
  const rest = words.slice(pass + 1);
  const from = CONTRAST_WORDS_DRAWN().has(rest[0] ?? '') ? 1 : 0;
  const member = (m: readonly string[]): boolean => m.length >= 1 && m.length <= 3 && !setAsideMember(m) && !m.some((w) => STRESS_AFTER_NOT.has(w) || /(?:ed|ing)$/u.test(w) || AUXILIARIES.has(w) || isPassWord(w) || FAILURE_TOLD().has(w) || NONE_BEFORE_A_FAILURE().has(w));
  if (rest[from] === 'not') return member(rest.slice(from + 1));
  const not = rest.indexOf('not', from);
  if (not < from + 2 || !AUXILIARIES.has(rest[not - 1] as string)) return false;
  const after = rest.slice(not + 1);
  return (after.length === 0 || (after.length === 1 && PASS_OF_ITEMS().has(after[0] as string))) && member(rest.slice(from, not - 1));
}
// Any character beyond ASCII may draw `not` (full width, look-alike letters): such a short text is read too.
const ELIDED_DENIAL_HINT = /(?<![\p{L}])not(?![\p{L}])|n['\u2019\u2018\u02bc`\u00b4]t(?![\p{L}])|[^\x00-\x7f]/iu;
/** Words after `not` that stress a pass rather than deny a member's (`not just unit tests`, `not only`, `not even one failed`). */
const STRESS_AFTER_NOT: ReadonlySet<string> = new Set(['just', 'only', 'merely', 'simply', 'even', 'bad', 'yet', 'once', 'a', 'one', 'single', 'too', 'so', 'that', 'much', 'all', 'every', 'any']);
/** Whether the none word at `i` of a member denies a pass after it (`not passed`, `not yet passed`, `never passing`). */
const passDeniedBy = (member: readonly string[], i: number): boolean => member.slice(i + 1, i + 3).some((w) => PASS_OF_ITEMS().has(w));
const toleranceWord = (w: string): boolean => QUALIFIERS.has(w) || NO_FAILURE_OF_THIS_RUN.has(w) || PASS_SET_ASIDE().has(w) || EXCEPTION_TOLERANCE().has(w);
/** Whether a negation, a past or a hedge stands before the tolerance at `at` in a member (a digit drawn as a letter read as it: `n0t`). */
function toleranceNegatedBefore(member: readonly string[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    const w = member[k] as string;
    // `once more`, `once again` is an aside, not a past.
    if (TOLERANCE_NEGATOR().has(w) && !(w === 'once' && EXCEPTION_ASIDE().has(member[k + 1] ?? ''))) return true;
    if (/\p{N}/u.test(w) && /\p{L}/u.test(w) && TOLERANCE_NEGATOR().has(lookalikeSkeleton(w))) return true;
    if (TOLERANCE_NEGATOR_PHRASE().some((p) => k + p.length <= at && p.every((v, j) => member[k + j] === v))) return true;
  }
  return false;
}
/** A member of an exception as parted: its words, what opened it, and the tolerated head of a list it is of (`flaky tests: …`). */
interface PartedMember {
  words: string[];
  opened: 'start' | 'bracket' | 'mark' | 'join';
  head: readonly string[] | undefined;
}
/**
 * The members an exception names, as drawn words, parted at commas, semicolons, colons, slashes, `&`, `+`, the marks
 * {@link withMemberBreaksMarked} made semicolons and the words and phrases that join them (`and`, `or`, `plus`, `as
 * well as`, `along with`, `alongside`, `including`, `then`, `und`, `samt`, `et`, `de même que`, `y`, `junto con`, and
 * Dutch `en` after `behalve`); or undefined for prose (a member longer than a naming). A tolerance is read only where it
 * is said: `the flaky login and checkout tests` parts into `the flaky login` and `checkout tests`, which names a failure
 * (fail-closed: the English is ambiguous). A bracket after a tolerated member names what that member holds when its
 * head is plural or the bracket holds one name (`two flaky tests (login, checkout)`), as a colon or `including` after a
 * tolerated plural head does (`flaky tests: login and checkout`); a remark of tolerance after a member is said of it
 * (`login (flaky) and checkout (quarantined)`), or of all members when it says so (`login and checkout (both flaky)`,
 * `…, which are flaky`); a join after a place or version of a member joins places, not members (`in firefox and
 * chrome`, `on node 18 and 20`, `in login and checkout suites`). A slash between two plain words parts them (`flaky
 * login/checkout`); a path keeps its slashes (`flaky e2e/login.spec.ts`). Asides and enumerators (`(ii)`) name nothing.
 */
function exceptionMembers(tokens: readonly string[], drawn: readonly string[], joinsOfItsLanguage: readonly string[] = []): string[][] | undefined {
  let head: readonly string[] | undefined;
  const members: PartedMember[] = [{ words: [], opened: 'start', head }];
  const current = (): PartedMember => members.at(-1) as PartedMember;
  const part = (opened: PartedMember['opened']): void => {
    if (current().words.length > 0) members.push({ words: [], opened, head });
    else Object.assign(current(), { opened, head });
  };
  const listHead = (): boolean => headOfAList(current().words) && ((head = [...current().words]), true);
  let apposition = false;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = drawn[i] as string;
    if (!isWord(tokens[i])) {
      const marks = tokens[i] as string;
      for (let c = 0; c < marks.length; c++) {
        const mark = marks[c] as string;
        if ((mark === '(' || mark === '[') && c === marks.length - 1 && ENUMERATOR.test(drawn[i + 1] ?? '') && /^[)\]]/u.test(tokens[i + 2] ?? '')) {
          // `(i) flaky login (ii) checkout`: an enumerator is a list's mark.
          part('mark');
          i += 1;
          break;
        }
        if (mark === '(' || mark === '[') {
          if (depth++ === 0) apposition = bracketNamesItsMember(current().words, tokens, i);
          if (!apposition) part('bracket');
        } else if (mark === ')' || mark === ']') {
          depth = Math.max(0, depth - 1);
          if (depth === 0 && !apposition) part('mark');
          if (depth === 0) apposition = false;
        } else if (mark === ':' && !apposition) {
          if (!listHead()) head = undefined;
          part('mark');
        } else if (mark === '?' && TOLERANCE_DENIAL().has(drawn[i + 1] ?? '')) {
          // `flaky? no`: the tolerance asked is denied.
          current().words.unshift('not');
          i += 1;
          break;
        } else if ((MEMBER_MARKS.has(mark) || /^\.{2,}$/u.test(marks)) && !apposition) {
          if (mark === ';') head = undefined;
          if (!placeOrVersionGoesOn(current().words, drawn, tokens, i + 1)) part('mark');
          if (/^\.{2,}$/u.test(marks)) break;
        }
      }
      continue;
    }
    const phrase = MEMBER_JOIN_PHRASES().find((p) => p.every((w, k) => drawn[i + k] === w));
    // A letter an apostrophe inside the word joins (`o'brien`, `l’auth`: {@link MARK_INSIDE_A_WORD}) is no join (`o` is `or`).
    const insideAWord = besideAMarkInsideAWord(tokens, i);
    if (!insideAWord && (phrase !== undefined || MEMBER_JOINS().has(word) || joinsOfItsLanguage.includes(word) || MEMBER_HEAD_JOINS().has(word))) {
      const length = phrase?.length ?? 1;
      if (MEMBER_HEAD_JOINS().has(word) && !apposition && listHead()) part('mark');
      else if (!apposition && !placeOrVersionGoesOn(current().words, drawn, tokens, i + length)) part('join');
      i += length - 1;
      continue;
    }
    const halves = PLAIN_WORDS_PARTED.exec(word);
    if (halves !== null && !apposition) {
      current().words.push(halves[1] as string);
      members.push({ words: [halves[2] as string], opened: 'mark', head });
    } else current().words.push(word);
  }
  const named = members.filter((m) => m.words.length > 0 && !m.words.every((w) => EXCEPTION_ASIDE().has(w)));
  if (named.some((m) => m.words.length > MAX_EXCEPTION_WORDS) || named.reduce((n, m) => n + m.words.length, 0) > MAX_EXCEPTION_LIST_WORDS) return undefined;
  return remarksSaidOfTheirMembers(named);
}
/** Whether the word at `i` is joined to the next or last by a mark inside one word (`o'brien`, `c++`): no join, whatever its letters. */
const besideAMarkInsideAWord = (tokens: readonly string[], i: number): boolean => tokens[i + 1]?.startsWith(MARK_INSIDE_A_WORD) === true || tokens[i - 1]?.endsWith(MARK_INSIDE_A_WORD) === true;
/**
 * The members with each remark of tolerance after a bracket, comma or colon said of the member before it, or of all
 * members before it when it says so (`both`, `all`, `which are`, a plural tolerance: `(instables)`), and each member
 * of a list after a tolerated head read with that head. A remark after a join (`login and flaky`) is a member of its own.
 */
function remarksSaidOfTheirMembers(parted: readonly PartedMember[]): string[][] {
  const read: string[][] = [];
  const overcounted = headsNamingMoreThanTheyCount(parted);
  for (const m of parted) {
    const before = read.at(-1);
    // `both` says two: said after three members or one it names none of them (red team xf), and the members stand.
    const dualMiscounted = m.words.some((w) => DUAL_WORDS.has(w)) && read.length !== 2;
    if (before !== undefined && (m.opened === 'bracket' || m.opened === 'mark') && remarkOfTolerance(m.words) && !dualMiscounted) {
      const ofAll = m.words.some((w) => ALL_MEMBERS().has(w) || PLURAL_TOLERANCE().has(w));
      for (const r of ofAll ? read : [before]) r.push(...m.words);
      continue;
    }
    read.push(m.head !== undefined && m.head.length > 0 && !overcounted.has(m.head) ? [...m.head, ...m.words] : [...m.words]);
  }
  return read;
}
/**
 * The tolerated heads of a list that name more members than they count (`2 flaky tests: login, checkout, deploy`): which
 * of them are tolerated is not said, so none is read with its head (red team xf, session 43): fail-closed.
 */
function headsNamingMoreThanTheyCount(parted: readonly PartedMember[]): ReadonlySet<readonly string[]> {
  const named = new Map<readonly string[], number>();
  for (const m of parted) if (m.head !== undefined && m.head.length > 0 && !remarkOfTolerance(m.words)) named.set(m.head, (named.get(m.head) ?? 0) + 1);
  return new Set([...named].filter(([head, n]) => n > (countOfAHead(head) ?? Infinity)).map(([head]) => head));
}
const DUAL_WORDS: ReadonlySet<string> = new Set(['both', 'beide', 'beiden', 'deux', 'ambos', 'ambas', 'entrambi', 'entrambe']);
/** Whether a member's words are a remark of tolerance said of another (`flaky`, `both quarantined`, `which are flaky`, `not flaky`, `retry 1 2`). */
function remarkOfTolerance(words: readonly string[]): boolean {
  return words.some(toleranceWord) && words.every((w) => toleranceWord(w) || REMARK_WORDS().has(w) || /^\p{N}+$/u.test(w));
}
const REMARK_WORDS = lazy((): ReadonlySet<string> => new Set([...TOLERANCE_NEGATORS, ...TOLERANCE_NEGATOR_PHRASES.flat(), ...TOLERANCE_DENIALS, ...EXCEPTION_ALL_MEMBERS_WORDS, ...EXCEPTION_ASIDE_WORDS, 'which', 'that', 'who', 'is', 'was', 'be', 'being', 'been', 'marked', 'known', 'still', 'also', 'les', 'los', 'las', 'die', 'yes', 'ja', 'oui', 'sí', 'si', 'sim'].map(drawnWord)));
/** Whether a member is a tolerated head a list after a colon or `including` names the members of (`flaky tests`, `3 flaky ones`, `known flaky`). */
function headOfAList(member: readonly string[]): boolean {
  if (member.length === 0 || !setAsideMember(member)) return false;
  const last = member.at(-1) as string;
  return /s$/u.test(last) || toleranceWord(last) || member.some((w) => /^(?:[2-9]|[1-9]\d+)$/u.test(w));
}
/**
 * Whether the words from `from` go on naming a place or version of the member before a join or comma, not a member of
 * their own: the member names a place or version after a word that opens one (`in`, `on`, `retry`), and the words are a
 * number after its number (`node 18 and 20`), one place a test runs in (`firefox and chrome`), or a few words that end
 * in places (`login and checkout suites`). Anything else (`in firefox and checkout`) is a member: fail-closed.
 */
function placeOrVersionGoesOn(member: readonly string[], drawn: readonly string[], tokens: readonly string[], from: number): boolean {
  if (!member.some((w) => MODIFIER_OPENER().has(w))) return false;
  const piece: string[] = [];
  for (let k = from; k < tokens.length && isWord(tokens[k]) && piece.length <= 3; k++) {
    const w = drawn[k] as string;
    if (MEMBER_JOINS().has(w) || MEMBER_HEAD_JOINS().has(w) || MODIFIER_OPENER().has(w)) break;
    piece.push(w);
  }
  if (piece.length === 0 || piece.length > 3) return false;
  const version = (w: string): boolean => /^v?\d+(?:\.(?:\d+|x))*$/u.test(w);
  if (piece.every(version)) return version(member.at(-1) as string);
  if (piece.length === 1 && MODIFIER_PLACE().has(piece[0] as string)) return true;
  if (placesOfOneKind(member, piece)) return true;
  const last = piece.at(-1) as string;
  return /s$/u.test(last) && (PLACE_NOUNS.has(last) || PLACE_SUITES.has(last)) && placeSharesTheNounAfter(member, piece);
}
/**
 * Whether the place a member names so far lends itself to the noun of places ending the words after its join (`in
 * login and checkout suites`: login suites): it is one or two plain names and the words after the join open with no
 * article of their own. A place complete in itself (`in firefox`, `on linux`, `run 2`, `in the login suite`) or words
 * that open anew (`and the checkout specs`) make a member of their own (red team xf, session 43): fail-closed.
 */
function placeSharesTheNounAfter(member: readonly string[], piece: readonly string[]): boolean {
  let opener = member.length - 1;
  while (opener >= 0 && !MODIFIER_OPENER().has(member[opener] as string)) opener--;
  const place = member.slice(opener + 1).filter((w) => !PLACE_ARTICLE().has(w));
  if (place.length === 0 || place.length > 2 || PLACE_ARTICLE().has(piece[0] as string)) return false;
  return place.every((w) => !MODIFIER_PLACE().has(w) && !/\p{N}/u.test(w) && !PLACE_NOUNS.has(w) && !PLACE_SUITES.has(w));
}
/**
 * Whether a place a test runs in and the words after its join are places of one kind sharing their noun (`on linux and
 * macos runners`, `on chrome and firefox browsers`): one known place each, and a noun of that kind last (helper xk,
 * session 44). `in firefox and checkout suites` names no second known place: a member of its own.
 */
function placesOfOneKind(member: readonly string[], piece: readonly string[]): boolean {
  if (piece.length !== 2 || !MODIFIER_PLACE().has(piece[0] as string) || !PLACE_KIND().has(piece[1] as string)) return false;
  let opener = member.length - 1;
  while (opener >= 0 && !MODIFIER_OPENER().has(member[opener] as string)) opener--;
  return opener === member.length - 2 && MODIFIER_PLACE().has(member.at(-1) as string);
}
const PLACE_KIND = lazy((): ReadonlySet<string> => new Set(PLACE_KIND_NOUNS.map(drawnWord)));
const PLACE_ARTICLE = lazy((): ReadonlySet<string> => new Set(EXCEPTION_PLACE_ARTICLES.map(drawnWord)));
/** Whether a bracket opening at `at` after a member names what that tolerated member holds (`two flaky tests (login, checkout)`). */
function bracketNamesItsMember(member: readonly string[], tokens: readonly string[], at: number): boolean {
  if (member.length === 0 || !setAsideMember(member)) return false;
  // `2 flaky tests (login, checkout, deploy)`: a bracket naming more than its head counts names a failure (red team xf).
  const counted = countOfAHead(member);
  if (counted !== undefined && namesInABracket(tokens, at) > counted) return false;
  if (/s$/u.test(member.at(-1) as string) || member.some((w) => /^(?:[2-9]|[1-9]\d+)$/u.test(w))) return true;
  // A singular head holds one name: the bracket must close before any mark or join parts it.
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k] as string;
    // A version's or a bound's comparison (`(node >=18)`, `(chrome ~> 120)`) parts no names (helper xe, session 44).
    if (!isWord(t) && COMPARISON_MARKS.test(t)) continue;
    // A mark inside a word (`(O'Brien host)`, `(Notepad++ host)`: {@link withMarksInsideAWordRead}) parts nothing.
    if (!isWord(t) && /^\u2019+$/u.test(t)) continue;
    if (!isWord(t)) return /^[)\]]/u.test(t);
    if (MEMBER_JOINS().has(t) && !besideAMarkInsideAWord(tokens, k)) return false;
  }
  return false;
}
/** The count a tolerated head says (`2 flaky tests`, `three quarantined ones`), or undefined when it counts none. */
function countOfAHead(head: readonly string[]): number | undefined {
  // Words joined by hyphens are read one by one (`half-a-dozen`, `demi-douzaine`).
  const words = head.some((w) => w.includes('-')) ? head.flatMap((w) => w.split('-')) : head;
  for (const [i, w] of words.entries()) {
    if (/^\p{Nd}{1,3}$/u.test(w)) return Number(w);
    if (EXCEPTION_HEAD_PAIR_PHRASES.some(([a, b]) => b === w && a === words[i - 1])) return 2;
    const n = HEAD_COUNT_WORD().get(w);
    // Half of a count word before it (`half a dozen`, `ein halbes Dutzend`, `une demi-douzaine`) counts half as many.
    if (n !== undefined) return words.slice(Math.max(0, i - 2), i).some((h) => HEAD_HALF().has(h)) ? Math.floor(n / 2) : n;
  }
  return undefined;
}
const HEAD_HALF = wordsWrittenAndDrawn(() => EXCEPTION_HEAD_HALF_WORDS);
const HEAD_COUNT_WORD = lazy((): ReadonlyMap<string, number> => new Map(EXCEPTION_HEAD_COUNT_WORDS.flatMap((words, k) => words.flatMap((w) => [[w, k + 2] as const, [drawnWord(w), k + 2] as const]))));
/** How many names a bracket opening at `at` lists, parted by its marks and joins, up to where it closes. */
function namesInABracket(tokens: readonly string[], at: number): number {
  let names = 0;
  let parted = true;
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k] as string;
    if (!isWord(t)) {
      if (/[)\]]/u.test(t)) break;
      if ([...t].some((c) => MEMBER_MARKS.has(c))) parted = true;
    } else if (MEMBER_JOINS().has(t.toLowerCase())) parted = true;
    else if (parted) (names++, (parted = false));
  }
  return names;
}
const COMPARISON_MARKS = /^[<>=~^\u2264\u2265\u2a7d\u2a7e]+$/u;
const MEMBER_MARKS: ReadonlySet<string> = new Set([',', ';', '/', '&', '+', '|', '、', '·']);
const ENUMERATOR = /^(?:\d{1,2}|[ivx]{1,4}|[a-h])$/u;
const PLAIN_WORDS_PARTED = /^(\p{L}+)\/(\p{L}+)$/u;
const MEMBER_JOINS = wordsWrittenAndDrawn(() => EXCEPTION_MEMBER_JOINS);
const MEMBER_HEAD_JOINS = wordsWrittenAndDrawn(() => EXCEPTION_MEMBER_HEAD_JOINS);
const MEMBER_JOIN_PHRASES = lazy((): readonly (readonly string[])[] => EXCEPTION_MEMBER_JOIN_PHRASES.map((p) => p.map(drawnWord)));
const TOLERANCE_NEGATOR = wordsWrittenAndDrawn(() => TOLERANCE_NEGATORS);
const TOLERANCE_NEGATOR_PHRASE = lazy((): readonly (readonly string[])[] => TOLERANCE_NEGATOR_PHRASES.map((p) => p.map(drawnWord)));
const TOLERANCE_DENIAL = wordsWrittenAndDrawn(() => TOLERANCE_DENIALS);
const EXCEPTION_TOLERANCE = wordsWrittenAndDrawn(() => [...EXCEPTION_TOLERANCES, ...EXCEPTION_PLURAL_TOLERANCES]);
const PLURAL_TOLERANCE = wordsWrittenAndDrawn(() => EXCEPTION_PLURAL_TOLERANCES);
const ALL_MEMBERS = wordsWrittenAndDrawn(() => EXCEPTION_ALL_MEMBERS_WORDS);
const MODIFIER_OPENER = lazy((): ReadonlySet<string> => new Set(EXCEPTION_MODIFIER_OPENERS.map(drawnWord)));
/** The modifier openers that are prepositions of a place or a version (`on`, `at`, `under`), not words of a try (`retry`, `attempt`). */
const PLACE_PREPOSITION = lazy((): ReadonlySet<string> => new Set(EXCEPTION_PLACE_PREPOSITIONS.map(drawnWord)));
const MODIFIER_PLACE = lazy((): ReadonlySet<string> => new Set(EXCEPTION_MODIFIER_PLACES.map(drawnWord)));
const EXCEPTION_ASIDE = lazy((): ReadonlySet<string> => new Set(EXCEPTION_ASIDE_WORDS.map(drawnWord)));
/** The words an exception's members may hold in all: longer is prose. */
const MAX_EXCEPTION_LIST_WORDS = 24;
const MAX_EXCEPTION_WORDS = 8;
/**
 * A label of failures whose value tells failures in words (`Failed tests: not only unit tests failed`, `Failures: not
 * all suites passed`): the value is read as a sentence of its own ({@link failureToldAfterNone}); a none of the failure
 * (`Failed tests: none failed`, `Failures: none`) tells none (helper hs, session 42).
 */
function failureLabelThenAFailureTold(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || text.indexOf(':', colon + 1) >= 0) return false;
  const head = outcomeTokens(text.slice(0, colon)).drawn;
  const value = text.slice(colon + 1).trim();
  if (head.length < 1 || head.length > 3 || !head.some((w) => isFailureNoun(w, w)) || !head.every((w) => isFailureNoun(w, w) || ITEM_NOUNS_OF_A_COUNT.has(w) || PLACE_SUITES.has(w))) return false;
  return outcomeTokens(value).drawn.filter(isWord).length >= 2 && !/\p{N}/u.test(value) && (failureToldAfterNone(value) || noneOfTheRunPassed(value));
}
/**
 * A failure told, then after a colon its reason, which starts with a none of something else (`Failed to start: no space
 * left on device`, `Error: no such file or directory`, `Deploy failed: none of the hosts responded`, `Ошибка сборки: нет
 * места`, `Build failed: keine Verbindung`; helper xb, session 41). The none of a reason is followed by what was missing;
 * a none of the failure stands alone, goes on with where or how it was looked for, or comes before a failure or a
 * problem noun (`Errors: none`, `Errors: none found`, `Errors: none in this run`, `Ошибки: нет`, `Errors: no new
 * errors`, `Errors: no blocking issues`): those tell no failure. A reason that excuses or overcomes it (`Build failed:
 * passed on retry`, `Failed: flaky, ignored`) leaves it to the other readers.
 */
function failureThenAReasonOfANone(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || text.indexOf(':', colon + 1) >= 0) return false;
  const head = text.slice(0, colon).trim();
  const { tokens, drawn: reason } = outcomeTokens(text.slice(colon + 1));
  // A none as written or as drawn: the drawn form of a written none may be another word's (`нет`), and a look-alike
  // none (`nо`) denies nothing, so its reason is the failure's too.
  const none = tokens[0];
  if (none === undefined || !(NONE_BEFORE_A_FAILURE().has(none) || ABSENT_WORDS.includes(none) || NONE_BEFORE_A_FAILURE().has(reason[0] as string)) || reason.length < 2 || reason.length > 10) return false;
  if (NONE_GOES_ON().has(reason[1] as string) || reason.slice(1).some((w) => !isWord(w) && !/^[.!]+$/u.test(w))) return false;
  // A none stressed (`Errors: not a single one`, `Errors: none at all`) names nothing that was missing.
  if (reason.slice(1).every((w) => NONE_STRESS().has(w) || /^[.!]+$/u.test(w))) return false;
  // A none of the passes is the failure's reason (`Failed: none of the tests passed`), whatever the head says.
  if (noneOfTheRunPassed(text.slice(colon + 1))) return true;
  if (reason.some((w) => isFailureNoun(w, w) || PROBLEMS().has(w) || NO_FAILURE_OF_THIS_RUN.has(w) || OVERCOMING_PASSES().has(w))) return false;
  const headWords = outcomeTokens(head).drawn;
  const lone = headWords.length === 1 && isFailureNoun(headWords[0] as string, headWords[0] as string);
  return lone || failedOutcomeInWords(head) || failureToldInASentence(head);
}
/**
 * A none of a run's passes in one clause (`No tests passed`, `None of the tests passed`, `Nothing passed`, `Not a single
 * test passed`, `No test has passed`, `Keine Tests bestanden`; red team xs, session 42): a none word first
 * ({@link NONE_PASSED_OPENINGS}), a pass word last, at most five plain words between — no mark, no other outcome, no
 * word that sets the pass aside (`No flaky tests passed`, `No xfail tests passed`) — so `No tests skipped, all passed`
 * and `No tests passed unexpectedly` are not it.
 */
function noneOfTheRunPassed(text: string): boolean {
  if (text.length > MAX_OUTCOME_TEXT) return false;
  const read = outcomeTokens(text.trim().replace(/[.!]+$/u, ''));
  // An elided negation's apostrophe is part of its word (`aucun test n'a réussi`).
  const kept = read.tokens.flatMap((_, i) => (elisionBeforeAnAuxiliaryAt(read.tokens, i) ? [] : [i]));
  const tokens = kept.map((i) => read.tokens[i] as string);
  const drawn = kept.map((i) => read.drawn[i] as string);
  // A pass said of the items it names, last (`No passing tests`, `Zero successful checks`, `Keine bestandenen Tests`).
  const end = drawn.length > 2 && PASSED_ITEM_NOUNS.has(drawn.at(-1) as string) && OVERCOMING_PASSES().has(drawn.at(-2) as string) ? drawn.length - 1 : drawn.length;
  if (tokens.length < 2 || tokens.length > 7 || !tokens.every(isWord) || !NONE_PASSED_OPENING().has(drawn[0] as string) || !(OVERCOMING_PASSES().has(drawn[end - 1] as string) || PASS_VERB_OF_ITEMS().has(drawn[end - 1] as string))) return false;
  const between = drawn.slice(1, end - 1);
  // An auxiliary as written is no join (`nessun test è passato`: `è` is no `e`, and).
  return !hasQualifier(between) && between.every((w, k) => !(OVERCOMING_PASSES().has(w) || FAILURE_TOLD().has(w) || isOutcomeValue(w) || NO_FAILURE_OF_THIS_RUN.has(w) || PASS_SET_ASIDE().has(w) || (CLAUSE_JOINS.has(w) && !auxiliaryAt(tokens, k + 1))));
}
/** Items a pass may be said of before them (`passing tests`, `successful checks`): what a run counts. */
const PASSED_ITEM_NOUNS: ReadonlySet<string> = new Set(['test', 'tests', 'check', 'checks', 'job', 'jobs', 'build', 'builds', 'suite', 'suites', 'case', 'cases', 'run', 'runs', 'step', 'steps', 'testfälle']);
const NONE_PASSED_OPENING = lazy((): ReadonlySet<string> => new Set(NONE_PASSED_OPENINGS.map(drawnWord)));
const PASS_SET_ASIDE = lazy((): ReadonlySet<string> => new Set(PASS_SET_ASIDE_WORDS.map(drawnWord)));
const NONE_STRESS = lazy((): ReadonlySet<string> => new Set(NONE_STRESS_WORDS.map(drawnWord)));
const NONE_GOES_ON = lazy((): ReadonlySet<string> => new Set(NONE_OF_A_LABEL_GOES_ON.map(drawnWord)));
const PROBLEMS = lazy((): ReadonlySet<string> => new Set(PROBLEM_NOUNS.map(drawnWord)));
/**
 * A pass of all denied in one clause (helper xi, session 44): a negation right before a word of all and a pass word a
 * few plain words after it (`not all tests passed`, `nicht alle Tests bestanden`, `pas tous les tests ont réussi`, `no
 * todas las pruebas pasaron`, `non tutti i test sono passati`, `nie wszystkie testy przeszły`, `не все тесты прошли`),
 * or a word of all, then a pass denied in its clause (`tous les tests n'ont pas réussi`, `tüm testler geçmedi`). Some
 * items did not pass whatever follows: an exception after it (`… except checkout`) makes it no pass. A condition before
 * the negation (`fails if not all tests pass`), words between that set the items aside or bound them (`not all flaky
 * tests passed`), a relative clause (`all tests that did not pass were retried`) and another outcome are left to the
 * other readers.
 */
function passOfAllDenied(text: string): boolean {
  if (text.length > MAX_OUTCOME_TEXT) return false;
  const { tokens, drawn } = outcomeTokens(text);
  const of = (set: ReadonlySet<string>, i: number): boolean => set.has(tokens[i] as string) || set.has(drawn[i] as string);
  for (let i = 0; i < tokens.length; i++) {
    if (!of(ALL_OF_A_DENIAL(), i)) continue;
    const negated = i > 0 && of(NEGATION_OF_ALL(), i - 1) && !of(CONDITION_OF_A_DENIAL(), i - 2);
    if (negated ? passAfterAll(tokens, drawn, i + 1) : passDeniedAfterAll(tokens, drawn, i + 1) || passDeniedBeforeAll(tokens, drawn, i)) return true;
  }
  return false;
}
const MAX_WORDS_FROM_ALL_TO_ITS_PASS_DENIED = 5;
/**
 * Whether the clause before an exception tells a failure on its own (`some tests did not pass except checkout`, `Build
 * failed except on linux`; helper xi, session 44): an exception narrows what it follows, so a failure it narrows is a
 * failure still. Only a clause without numbers (counts are the count readers') that a reader of a failure in words takes.
 */
function failureToldBeforeAnException(shown: string): boolean {
  if (shown.length > MAX_OUTCOME_TEXT || !CONTRAST_GUARD.test(shown)) return false;
  const { tokens, drawn } = outcomeTokens(shown);
  const contrast = contrastIn(drawn);
  if (contrast === undefined || !contrast.exception || contrast.postposed === true) return false;
  const head = tokens.slice(0, contrast.at).filter((t) => isWord(t) || ELIDED.test(t)).join(' ');
  return head !== '' && !/\p{N}/u.test(head) && (failedOutcomeInWords(head) || subjectThenNegatedPass(head) || failureToldInASentence(head) || passOfAllDenied(head));
}
/** Whether a pass word follows at `from` within a few plain words (an elided apostrophe aside) that leave the items as they are. */
function passAfterAll(tokens: readonly string[], drawn: readonly string[], from: number): boolean {
  for (let j = from; j < tokens.length && j <= from + MAX_WORDS_FROM_ALL_TO_ITS_PASS_DENIED; j++) {
    if (!isWord(tokens[j])) {
      if (ELIDED.test(tokens[j] as string)) continue;
      return false;
    }
    if (PASS_OF_ITEMS().has(drawn[j] as string) || PASS_OF_ITEMS().has(tokens[j] as string)) return true;
    if (setsItemsAside(tokens[j] as string, drawn[j] as string)) return false;
  }
  return false;
}
/**
 * Whether a pass denied comes right before the word of all at `at` (`did not pass all checks`, `no se superaron todas
 * las pruebas`): a pass word one word before it, or two with one word between, and a negation one or two plain words
 * before that pass (a clitic or an auxiliary between), no condition before the negation.
 */
function passDeniedBeforeAll(tokens: readonly string[], drawn: readonly string[], at: number): boolean {
  const plain = (k: number): boolean => k >= 0 && isWord(tokens[k]);
  const pass = [at - 1, at - 2].find((k) => plain(k) && plain(at - 1) && (PASS_OF_ITEMS().has(drawn[k] as string) || PASS_OF_ITEMS().has(tokens[k] as string)));
  if (pass === undefined) return false;
  const negation = [pass - 1, pass - 2].find((k) => plain(k) && plain(pass - 1) && (NEGATION_OF_ALL().has(drawn[k] as string) || NEGATION_OF_ALL().has(tokens[k] as string)));
  return negation !== undefined && !drawn.slice(Math.max(0, negation - 3), negation).some((w) => CONDITION_OF_A_DENIAL().has(w));
}
/** Whether, after a word of all at `from`, its clause denies the pass: a negation a pass word follows (one auxiliary between), or a denied pass in one word. */
function passDeniedAfterAll(tokens: readonly string[], drawn: readonly string[], from: number): boolean {
  for (let j = from; j < tokens.length && j <= from + MAX_WORDS_FROM_ALL_TO_ITS_PASS_DENIED; j++) {
    if (!isWord(tokens[j])) {
      if (ELIDED.test(tokens[j] as string)) continue;
      return false;
    }
    const w = drawn[j] as string;
    if (DENIED_PASS().has(w) || DENIED_PASS().has(tokens[j] as string)) return true;
    if (NEGATION_OF_ALL().has(w) || NEGATION_OF_ALL().has(tokens[j] as string)) return [j + 1, j + 2].some((k, n) => (n === 0 || isWord(tokens[j + 1])) && (PASS_OF_ITEMS().has(drawn[k] ?? '') || PASS_OF_ITEMS().has(tokens[k] ?? '')));
    if (PASS_OF_ITEMS().has(w) || RELATIVE_WORDS().has(w) || setsItemsAside(tokens[j] as string, w)) return false;
  }
  return false;
}
/** A word that bounds, excuses or sets aside the items a pass of all names, joins another clause, or tells another outcome. */
const setsItemsAside = (word: string, drawn: string): boolean =>
  hasQualifier([word]) || hasQualifier([drawn]) || FAILURE_TOLD().has(drawn) || isFailureNoun(word, drawn) || NO_FAILURE_OF_THIS_RUN.has(drawn) || PASS_SET_ASIDE().has(drawn) || CLAUSE_JOINS.has(drawn);
/** An apostrophe a language elides a vowel with (`n'ont`, `l'ensemble`), which parts no clause. */
const ELIDED = /^['\u2019\u02bc]$/u;
/** Words that open a relative clause about the items (`all tests that did not pass were retried`), whose denial is no outcome. */
const RELATIVE_WORDS = lazy((): ReadonlySet<string> => new Set(RELATIVE_WORDS_OF_ITEMS));
const ALL_OF_A_DENIAL = wordsWrittenAndDrawn(() => [...ALL_OF_A_PASS_BEFORE_AN_EXCEPTION, ...ALL_OF_A_DENIED_PASS]);
const NEGATION_OF_ALL = wordsWrittenAndDrawn(() => NEGATIONS_OF_ALL);
const PASS_OF_ITEMS = lazy((): ReadonlySet<string> => new Set([...OVERCOMING_PASSES(), ...PASS_VERBS, ...PASS_VERBS_OF_ITEMS.flatMap((w) => [w, drawnWord(w)])]));
// A language's pass verb said of items (`ninguna prueba pasó`, `nessun test è passato`) ends a none of passes too.
const PASS_VERB_OF_ITEMS = wordsWrittenAndDrawn(() => PASS_VERBS_OF_ITEMS);
const DENIED_PASS = wordsWrittenAndDrawn(() => DENIED_PASS_WORDS);
const CONDITION_OF_A_DENIAL = lazy((): ReadonlySet<string> => new Set(CONDITIONS_OF_A_DENIED_PASS));
/** A token of quote marks only, straight, curly or corner (`'`, `"`, `“`, `」`). */
const QUOTE_MARKS_ONLY = /^["'`\u2018-\u201f\u00ab\u00bb\u2039\u203a\u300c-\u300f\uff02\uff07]+$/u;
/**
 * A failure told in one short clause the readers of a failure word last or a negated pass do not take (red team xo,
 * xz2, session 40): a failure word first with what failed or why after it (`Failed to compile`, `Échec de la
 * compilation`, `Falha na compilação`, `Ошибка сборки`), a failure word with its reason (`Build failed due to timeout`),
 * a compound that ends in one (`Build-Fehler`, `build-error`), a run that did not manage (`Could not build`,
 * `Kompilacja nie powiodła się`) or a pass denied with `not` or `never` (`Tests did not succeed`, `Build never
 * succeeded`, `Tests didn’t pass`). One clause only, and no word in it that excuses, conditions or bounds the failure:
 * what a check does (`Fails if coverage drops`), what was retried (`Failed tests were retried`), another run's failure
 * (`Error in previous run`) and a none (`No build errors`) tell no failure of this run.
 */
function failureToldInASentence(text: string): boolean {
  if (text.length > MAX_OUTCOME_TEXT) return false;
  const { tokens, drawn } = outcomeTokens(text);
  const words: string[] = [];
  const shown: string[] = [];
  let colon: number | undefined;
  let compound = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!isWord(t)) {
      // One clause: a mark ends it only last (`Failed to compile.`), or says its reason after a failure word (`Build failed: timeout`).
      if (/^[.!\u2026]+$/u.test(t) && i === tokens.length - 1) continue;
      // Quotes around a name are no mark of the clause (`Build failed: 'docs'`, `Build failed: "docs"`, helper sb, session 47).
      if (QUOTE_MARKS_ONLY.test(t)) continue;
      if (t === ':' && colon === undefined && words.length > 1 && isFailureNoun(words.at(-1) as string, shown.at(-1) as string)) {
        colon = words.length - 1;
        continue;
      }
      return false;
    }
    // A compound that ends in a failure noun (`build-fehler`, `compile_error`) is its subject and the noun.
    const parts = t.split(/[-_]/u);
    if (parts.length === 2 && isWord(parts[0]) && isFailureNoun(parts[1] as string, drawnWord(parts[1] as string))) {
      compound = i === tokens.length - 1 || (i === tokens.length - 2 && !isWord(tokens[i + 1]));
      words.push(...parts);
      shown.push(...parts.map(drawnWord));
      continue;
    }
    words.push(t);
    // A contracted `can't` is `ca not` once its `n't` is read (`cаn't` with a look-alike letter too): the `can` it says.
    shown.push(drawn[i] === 'ca' && drawn[i + 1] === 'not' ? 'can' : (drawn[i] as string));
  }
  if (words.length < 2 || words.length > MAX_SUBJECT_WORDS + 1) return false;
  const ended = /[.!\u2026]$/u.test(text.trim());
  return failureLeadsWhatFailed(words, shown) || failureThenItsReason(words, shown, colon, ended) || failureNounLast(words, shown, compound) || notManaged(words, shown) || passDeniedInAClause(words, shown) || noneOfErrorsDenied(words, shown);
}
/**
 * `Build-Fehler`, `build-error`, `Build error`, `Compilation error`: a subject of up to three words, then a noun of an
 * error last (the failure words last are {@link failureWordLast}'s). A compound only in a language that joins its
 * subject to it (German, Dutch and the like), or a plain noun of an error in English.
 */
function failureNounLast(words: readonly string[], shown: readonly string[], compound: boolean): boolean {
  const last = words.length - 1;
  if (last < 1 || last > 3 || !isFailureNoun(words[last] as string, shown[last] as string)) return false;
  if (!compound && !ERROR_NOUNS_LAST.has(words[last] as string)) return false;
  // `free from errors` right before the noun says none of them, unless itself denied (`not free from errors`).
  if (last >= 2 && freeOfAt(shown, last - 1)) return deniedNoneAt(words, shown, last - 2);
  return !words.slice(0, last).some((w, i) => excusesAFailure(w, shown[i] as string) || isFailureNoun(w, shown[i] as string));
}
/**
 * A none of errors denied (`Not without errors`, `Never without errors`, `Nicht ohne Fehler`, `Not error-free`, `nicht
 * fehlerfrei`; helper sc, session 47), as `Not without failures` and `Not free from errors` are read: a denied none
 * tells some. Only a negation first, then a without and a failure noun last or a `-free` compound of one.
 */
function noneOfErrorsDenied(words: readonly string[], shown: readonly string[]): boolean {
  const last = words.length - 1;
  if (last === 1) return deniedNoneAt(words, shown, 1) && freeCompoundOfAFailure(words[1] as string);
  return last === 2 && (NONE_WITHOUT_WORDS().has(words[1] as string) || WITHOUT().has(shown[1] as string)) && isFailureNoun(words[2] as string, shown[2] as string) && deniedNoneAt(words, shown, 1);
}
/** `error-free`, `failure-free`, `fehlerfrei`, `foutvrij`: a compound that says none of a failure noun. */
function freeCompoundOfAFailure(word: string): boolean {
  const m = /^(\p{L}+?)-?(?:free|frei|vrij|fri)$/u.exec(word);
  return m !== null && isFailureNoun(m[1] as string, drawnWord(m[1] as string));
}
/** Nouns of an error a subject goes before in English (`Build error`), read last without a join (`Build-Fehler` joins its own). */
const ERROR_NOUNS_LAST: ReadonlySet<string> = new Set(['error', 'errors']);
/** A word that names a failure or an error, as written or as drawn (`failed`, `failure`, `Fehler`, `ошибка`, `échec`). */
const isFailureNoun = (word: string, drawn: string): boolean => FAILURE_NOUNS().has(word) || FAILURE_NOUNS().has(drawn);
const FAILURE_NOUNS = lazy((): ReadonlySet<string> => new Set([...FAILURE_TOLD(), ...readSet(vocabulary(['errors'])), ...vocabulary(['failed', 'errors']).map(drawnWord)].filter((w) => !['fails', 'fail'].includes(w))));
/** Whether a word excuses, conditions or bounds a failure in its clause, or starts another (`flaky`, `previous`, `if`, `no`, `was`, `and`). */
function excusesAFailure(word: string, drawn: string, allowed: ReadonlySet<string> = new Set()): boolean {
  if (allowed.has(word) || allowed.has(drawn)) return false;
  return [word, drawn].some((w) => NO_FAILURE_OF_THIS_RUN.has(w) || NONE_BEFORE_A_FAILURE().has(w) || ABSENT_WORDS.includes(w) || CLAUSE_JOINS.has(w) || OVERCOMING_PASSES().has(w) || CLAUSE_VERBS.has(w) || QUALIFIERS.has(w)) || hasQualifier([word]);
}
/** Verbs that make a clause of its own around a failure word (`Failed tests were retried`, `Failure injection is on`), and words that start one. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['or', 'nor', 'warning', 'warnings', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'that', 'which', 'who', 'whose', 'where', 'on', 'for', 'fixed', 'resolved', 'ignored', 'handled', 'caught', 'logged', 'reported', 'injection', 'injected', 'handler', 'handling']);
/** `Failed to compile`, `Échec de la compilation`, `Fehler beim Kompilieren`; `Ошибка сборки` in a language that says what failed in the genitive. */
function failureLeadsWhatFailed(words: readonly string[], shown: readonly string[]): boolean {
  if (!isFailureNoun(words[0] as string, shown[0] as string)) return false;
  // The word that joins what failed (`while`, `during`) is read as that join, not as one that starts another clause.
  if (words.slice(1).some((w, i) => excusesAFailure(w, shown[i + 1] as string, allowedAfterAFailure(words, shown, i + 1, 0)))) return false;
  if (goesOnAfterAFailure(words[1] as string, shown[1] as string) && (words.length >= 3 || FAILURE_TOLD_AGAIN.includes(words[1] as string))) return true;
  return words.length === 2 && GENITIVE_FAILURES().has(words[0] as string) && !isFailureNoun(words[1] as string, shown[1] as string);
}
const GENITIVE_FAILURES = lazy((): ReadonlySet<string> => new Set(vocabulary(['failed', 'errors'], GENITIVE_LANGUAGES).map((w) => w.normalize('NFKC').toLowerCase())));
/** `Build failed due to timeout`, `Tests failed while compiling`, `Deploy failed: timeout`: a subject, its failure word and why. */
function failureThenItsReason(words: readonly string[], shown: readonly string[], colon: number | undefined, ended = false): boolean {
  const at = words.findIndex((w, i) => i > 0 && isFailureNoun(w, shown[i] as string));
  if (at < 1 || at > MAX_SUBJECT_WORDS - 2 || at === words.length - 1) return false;
  // A failure told as meant (`Login failed as designed`, `on purpose`, helper ro, session 46) is a negative test's outcome.
  if (meantPhraseAt(shown, at + 1) || meantPhraseAt(shown, at + 2)) return false;
  if (!goesOnAfterAFailure(words[at + 1] as string, shown[at + 1] as string) && colon !== at && !failureVerbGoesOn(words, shown, at, ended)) return false;
  return !words.some((w, i) => i !== at && excusesAFailure(w, shown[i] as string, allowedAfterAFailure(words, shown, i, at)));
}
/**
 * Whether a failure verb goes on with words no list of what may follow one names (`Build failed slowly`, `Build failed
 * without retries`, `Build failed with no retries`; helper rb, session 46): a failure told is one whatever says how,
 * where or when, so what follows is read for what takes it back — an excuse ({@link excusesAFailure}: a none, a
 * condition, another run, a pass, a clause of its own), a word of no one run ({@link NO_RUNS_FAILURE_AFTER_WORDS}) — or
 * makes the failure word a name (`Retry failed jobs`, `Build failed notifications`: a noun right after it). A noun of a
 * failure (`Build failure rate`, `Test error details`) names a thing as often as it tells one, so only a verb is read so.
 */
function failureVerbGoesOn(words: readonly string[], shown: readonly string[], at: number, ended = false): boolean {
  const told = shown[at] as string;
  if (!FAILURE_TOLD().has(told) || FAILURE_NOUN_FORMS().has(told) || FAILURE_NOUN_FORMS().has(words[at] as string)) return false;
  if (failureWordInAName(words, shown, at, ended)) return false;
  // A negation put after the failure word (`başarısız olmadı`, `실패하지 않았습니다`, `失敗しませんでした`) or a none
  // it stands on before (`hiçbir`) denies it, as `not` before it does.
  if (shown.slice(0, at).some((w, k) => NONE_BEFORE_POSTPOSED().has(w) || NONE_BEFORE_POSTPOSED().has(words[k] as string))) return false;
  return !shown.slice(at + 1).some((w, k) => NO_RUNS_FAILURE_AFTER().has(w) || NO_RUNS_FAILURE_AFTER().has(words[at + 1 + k] as string));
}
/**
 * Whether a failure verb and the nouns after it name a thing (`Retry failed jobs`, `Build failed notifications`, `Show
 * failed tests`) rather than tell that a subject failed them (helper sc, session 47): only after one bare word, a
 * button's verb or a label's modifier, with every word after the verb a noun of {@link NAMES_AFTER_A_FAILURE_WORD} (or,
 * after one, the name's state: `enabled`, `off`) and no sentence's end. A subject with a determiner or more words (`The PR failed status checks`, `Merge request failed
 * pipeline checks`), a test's identifier (`login_spec failed assertion`), an object that goes on in other nouns (`Build
 * failed dependency resolution`) or a full stop (`Release failed status checks.`) tells the failure.
 */
function failureWordInAName(words: readonly string[], shown: readonly string[], at: number, ended: boolean): boolean {
  const named = (k: number): boolean => NAMES_AFTER_A_FAILURE_WORD().has(shown[k] as string) || NAMES_AFTER_A_FAILURE_WORD().has(words[k] as string);
  if (!named(at + 1)) return false;
  if (at !== 1 || ended || !/^\p{L}+$/u.test(words[0] as string)) return false;
  // A name may go on with its state (`Build failed notifications enabled`, `… off`): a participle or on/off after a name's noun.
  return words.slice(at + 1).every((w, k) => named(at + 1 + k) || (k > 0 && (/\p{L}ed$/u.test(w) || w === 'on' || w === 'off')));
}
/** Failure words that are nouns (`failure`, `error`, `Fehler`, `échec`): what follows them may be a compound's head (`failure rate`). */
const FAILURE_NOUN_FORMS = lazy((): ReadonlySet<string> => new Set([...readSet(vocabulary(['errors'])), ...vocabulary(['errors']).map(drawnWord), 'failure', 'failures', 'fault', 'faults', 'échec', 'échecs', 'fallo', 'fallos', 'falha', 'falhas', 'fallimento', 'fallimenti', 'fout', 'fouten']));
const NAMES_AFTER_A_FAILURE_WORD = lazy((): ReadonlySet<string> => new Set([...FAILURE_LABEL_NOUNS, ...ITEM_NOUNS_OF_A_COUNT, ...COUNT_OF_WORDS, ...REPORT_PART_WORDS, ...CI_PAGE_PART_WORDS, ...FAILURE_NAMED_TEST_KIND_WORDS, ...PLACE_NOUNS, ...PLACE_SUITES, ...PLACE_KIND_NOUNS, ...RUN_NAME_WORDS].map(drawnWord)));
const NO_RUNS_FAILURE_AFTER = wordsWrittenAndDrawn(() => [...NO_RUNS_FAILURE_AFTER_WORDS, ...NEGATIONS_AFTER_A_FAILURE, ...NONES_AFTER_A_FAILURE]);
const NONE_BEFORE_POSTPOSED = wordsWrittenAndDrawn(() => NONES_BEFORE_AN_EXCEPTION);
const FOR_AFTER_A_FAILURE: ReadonlySet<string> = new Set(['for']);
const WITHOUT = lazy((): ReadonlySet<string> => new Set(WITHOUT_WORDS.map(drawnWord)));
const WHAT_OR_WHY_JOINS = lazy((): ReadonlySet<string> => new Set([...WHAT_OR_WHY_FAILED, ...FAILURE_GOES_ON, ...AFTER_WORDS_DRAWN()]));
/**
 * Whether a word right after a failure word goes on telling it: what failed or why (`to`, `due`, `beim`), or where, when
 * and how often it failed (`Build failed on Windows`, `Failed after retries`, `Build failed again`; red team xb, session
 * 41). A check's condition (`Fails if coverage drops`, `Fails on empty input`) is told with `fails`, no failure noun.
 */
const goesOnAfterAFailure = (word: string, drawn: string): boolean => [word, drawn].some((w) => WHAT_OR_WHY_FAILED.includes(w) || FAILURE_GOES_ON.includes(w) || AFTER_WORDS_DRAWN().has(w));
/**
 * The words at `i`, after the failure word at `at`, that excuse nothing there: the word that joins what failed, where or
 * when (`on`, `after`), and a try the failure came on (`Failed on retry`, `Tests failed after retries`, `Build failed on
 * every rerun`): a failure told after its tries is the last one, never an earlier run's. A try said to be the first
 * (`Failed on the first attempt`) is an earlier one, as `first attempt failed` is; before the failure word (`Retry on
 * error`, `first attempt failed`) every word is read as it was.
 */
function allowedAfterAFailure(words: readonly string[], shown: readonly string[], i: number, at: number): ReadonlySet<string> | undefined {
  if (i <= at) return undefined;
  // A word of lacking tells how it failed (`without retries`), and a none after a join or one denies what follows it,
  // never the failure (`with no retries`, `without any report`); a none right after the failure word still denies it.
  const word = shown[i] as string;
  // After a subject, `for` goes on as `on` does (`Build failed for linux`); a check's `Fails for empty input` has no failure noun.
  if (i === at + 1) return WITHOUT().has(word) ? WITHOUT() : at > 0 && word === 'for' ? FOR_AFTER_A_FAILURE : WHAT_OR_WHY_JOINS();
  const joined = shown[i - 1] as string;
  if (NONE_BEFORE_A_FAILURE().has(word) && (WITHOUT().has(joined) || WHAT_OR_WHY_FAILED.includes(joined)) && !isFailureNoun(words[i + 1] ?? '', shown[i + 1] ?? '')) return new Set([word]);
  const earlier = [shown[i - 1], shown[i - 2]].some((w) => w !== undefined && EARLIER_TRIES.includes(w));
  return earlier ? GOES_ON_SET() : TRIES_AFTER_A_FAILURE();
}
const GOES_ON_SET = lazy((): ReadonlySet<string> => new Set(FAILURE_GOES_ON));
const TRIES_AFTER_A_FAILURE = lazy((): ReadonlySet<string> => new Set([...FAILURE_GOES_ON, ...TRY_WORDS]));
/** `Could not build`, `Unable to connect`, `Kompilacja nie powiodła się`, `Build konnte nicht erstellt werden`: a run that did not manage, no failure after it. */
function notManaged(words: readonly string[], shown: readonly string[]): boolean {
  const joined = ` ${words.join(' ')} `;
  const joinedShown = ` ${shown.join(' ')} `;
  const phrase = NOT_MANAGED_DRAWN().find((p) => joined.includes(` ${p} `) || joinedShown.includes(` ${p} `));
  if (phrase === undefined) return false;
  const own = new Set(phrase.split(' '));
  return !words.some((w, i) => excusesAFailure(w, shown[i] as string, own) || isFailureNoun(w, shown[i] as string));
}
const NOT_MANAGED_DRAWN = lazy((): readonly string[] => [...new Set(NOT_MANAGED_PHRASES.flatMap((p) => [p, p.split(' ').map(drawnWord).join(' ')]))]);
/** `Tests did not succeed`, `Build never succeeded`, `Tests have never passed`, `Tests didn’t pass`: a subject, then a pass denied. */
function passDeniedInAClause(words: readonly string[], shown: readonly string[]): boolean {
  const at = shown.findIndex((w) => w === 'not' || w === 'never');
  if (at < 0 || at > 4) return false;
  const verb = shown[at + 1] as string | undefined;
  if (verb === undefined || !(OVERCOMING_PASSES().has(verb) || PASS_VERBS.includes(verb))) return false;
  // Only auxiliaries between the subject and the negation (`did not`, `have never`, `was not`).
  let subject = at;
  while (subject > 0 && AUXILIARIES.has(shown[subject - 1] as string)) subject--;
  if (subject > 3) return false;
  return !words.some((w, i) => (i >= subject && i <= at + 1 ? false : excusesAFailure(w, shown[i] as string, STILL_DENIED) || (i < subject && isFailureNoun(w, shown[i] as string))));
}
/** Words after a denied pass that leave it denied (`not passed yet`, `never passed still`). */
const STILL_DENIED: ReadonlySet<string> = new Set(['yet', 'still']);
/** `Tests did not pass`, `Build has not passed`: a subject of up to three words, none of them another run's or an excuse, then a negated pass. */
function subjectThenNegatedPass(text: string): boolean {
  const words = text.split(/\s+/u);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const subject = readWords(words.slice(0, k).join(' '));
    // A subject of none (`no test has failed`, `none has failed`) denies the failure after it: the none readers weigh it.
    if (hasQualifier(subject) || subject.some((w) => NOT_THIS_RUNS_FAILURE.has(w) || NONE_PASSED_OPENING().has(w))) return false;
    if (negatedPass(words.slice(k).join(' '))) return true;
  }
  return false;
}
const MAX_OUTCOME_TEXT = 80;
const MAX_WRITTEN_OUTCOME_TEXT = 4096;
/**
 * A commit's subject, which a report carries as its `message` (`fix: handle failed uploads`, `fix(ci): lint failed`,
 * `Revert "build failed"`, `docs: explain why build failed`): it tells a change to the code, never this run's outcome
 * (false failures, red team xo). A type that also names a step (`build: failed`, `lint: FAILED`, `test: failed`) is no
 * commit's: only a type or a first verb that names a change.
 */
function commitSubject(text: string): boolean {
  const typed = CONVENTIONAL_COMMIT.exec(text);
  // A type's word with an outcome alone after it is a member's label and its outcome (`Docs: ok. Build failed.`, `docs:
  // passed; build failed`: red team rr, session 47), no commit's subject: a commit describes a change.
  if (typed !== null && COMMIT_TYPES.has((typed[1] as string).toLowerCase())) return !OUTCOME_ALONE_AFTER_A_LABEL.test(text.slice(typed[0].length));
  const rest = text.slice(typed?.[0].length ?? 0);
  // Git's own revert subject quotes the reverted one; a verb alone before a failure word is a step's outcome (`Revert
  // failed`, `Fix failed`: an autofix step failed), so a change verb needs a thing named after it (`Fix build failed`).
  if (/^revert[^\S\n]+["'\u201c\u2018]/iu.test(rest)) return true;
  const words = rest.split(/[^\p{L}]+/u).filter((w) => w !== '');
  return words.length >= 3 && CHANGE_VERBS.has((words[0] as string).toLowerCase());
}
const CONVENTIONAL_COMMIT = /^([a-z]+)(?:\([^)\n]{0,40}\))?!?:[^\S\n]*/iu;
const OUTCOME_ALONE_AFTER_A_LABEL = /^(?:ok(?:ay)?|pass(?:ed|es|ing)?|success(?:ful)?|succeeded|green|done|fail(?:ed|s|ure|ing)?|skipped|errored|broken|red|[\u2713\u2714\u2705\u274c\u2717\u2718])(?=[^\S\n]*(?:[.;,!|\n]|$))/iu;
const COMMIT_TYPES: ReadonlySet<string> = new Set(['fix', 'feat', 'feature', 'docs', 'doc', 'chore', 'refactor', 'perf', 'style', 'revert', 'deps', 'hotfix']);
const CHANGE_VERBS: ReadonlySet<string> = new Set(['fix', 'fixes', 'hotfix', 'handle', 'handles', 'explain', 'explains', 'document', 'documents', 'refactor', 'add', 'adds', 'remove', 'removes']);
/** A label whose value is left empty (`Failed: —`, `Failing: -`, `failures: n/a`, `failed=[]`): a table's cell of none, as {@link failureWordOutsideANone} reads one. */
const EMPTY_LABEL_VALUE = /^[\p{L}][\p{L}\p{M} _-]{0,30}[^\S\n]*[:=][^\S\n]*(?:[-\u2013\u2014]+|n\/a|null|nil|\[\]|\{\})[^\S\n]*[.;]?$/iu;

/** Names of a text that holds a failure (`error`, `failure`, `exception`, `traceback`, `error_message`, `failure_reason`). */
const FAILURE_TEXT_NAMES: ReadonlySet<string> = wordSet('FAILURE_TEXT_NAMES', () => [
  'error', 'errors', 'err', 'failure', 'failures', 'exception', 'traceback', 'stacktrace', 'stack trace', 'panic', 'crash',
  'error message', 'failure message', 'failure reason', 'fail reason', 'error reason', 'exception message', 'error text', 'failure text', 'error detail', 'error details',
  // The errors of every language (`fehler`, `erreur`, `ошибка`, `エラー`), as `error` is read in English.
  ...readSet(vocabulary(['errors'], OTHER_LANGUAGES)),
]);
/**
 * A failure text that says there was none in a language's words, as written (never a look-alike: `kеine` with a
 * Cyrillic е is read as a disguise): `keine`, `keine Fehler`, `aucune erreur`, `нет ошибок`, `sin errores`, `エラーなし`,
 * `没有错误`, `오류 없음` — as `none` and `no errors` are in English.
 */
function saysNone(text: string): boolean {
  // The full stop first: a character drawn as nothing before it (`None\u200b.`) stands at the word's end, not inside it.
  // (A bidi or control character anywhere, at the end too, still refuses it.)
  const written = CONTROL_OR_BIDI.test(text) ? undefined : noneAsWritten(text.replace(FINAL_STOP, ''));
  if (written === undefined) return false;
  // What is left unseen joins no word (an emoji's variation selector, `✔\ufe0f none`; a Thai word break): read past it.
  const shown = removeInvisible(written);
  if (shown.length > 40) return false;
  if (NONE_WORDS.has(shown.toLowerCase())) return true;
  const words = nameWords(shown);
  if (words.length === 1) return NONE_WORDS.has(words[0] as string) || NO_FAILURES.has(words[0] as string);
  return words.length === 2 && NONE_WORDS.has(words[0] as string) && FAIL_WORDS.has(words[1] as string);
}

/**
 * A text as it must be written to be read as a none: trimmed of white space and of characters a reader does not see at
 * its ends (a runner may pad a blank or a none with a zero-width space), or undefined when it holds one of those inside
 * (`no\u200bne`, `no\u00adne`, `no\ufe0fne`, `no\u034fne`), a line break or tab inside a word's place is read as the
 * space it draws (`no\nne` is two words), and a bidi control or another control character anywhere (`\u202enone` shows
 * `enon`; `no\u0000ne`). Read through, each would make a text that shows something else say none failed.
 */
function noneAsWritten(text: string): string | undefined {
  if (CONTROL_OR_BIDI.test(text)) return undefined;
  const shown = text.replace(UNSEEN_AT_ENDS, '');
  return unseenInsideAWord(shown) ? undefined : shown;
}

/**
 * Whether `text` holds a run of characters drawn as nothing that touches a letter, digit or mark (`no\u200bne`,
 * `n\u200b/a`, `<none\ufeff>`): what it joins reads as one word only once the run is removed. A run after a pictograph
 * or symbol is that sequence's own (an emoji's zero-width joiner, `👩\u200d❤\ufe0f`; a variation selector, `∩\ufe00`), and
 * one between marks (`'\u200b'`) joins no word.
 */
function unseenInsideAWord(text: string): boolean {
  if (!UNSEEN.test(text)) return false;
  UNSEEN_RUN_G.lastIndex = 0;
  for (let m = UNSEEN_RUN_G.exec(text); m !== null; m = UNSEEN_RUN_G.exec(text)) {
    const before = text.codePointAt(m.index - 1 - (isLowSurrogate(text.charCodeAt(m.index - 1)) ? 1 : 0));
    const after = text.codePointAt(m.index + m[0].length);
    const beforeChar = before === undefined ? '' : String.fromCodePoint(before);
    const afterChar = after === undefined ? '' : String.fromCodePoint(after);
    if (SEQUENCE_HEAD.test(beforeChar) || (MATHS_SYMBOL.test(beforeChar) && VARIATION_SELECTORS_ONLY.test(m[0]))) continue;
    // In Thai, Lao, Khmer and Myanmar a zero-width space is the word break segmenters put in (`ไม่\u200bมี`); Chinese and
    // Japanese have no such use of it, and a none split by one (`な\u200bし`) is still refused.
    if (m[0] === '\u200b' && ZWSP_WORD_BREAK_SCRIPT.test(beforeChar) && ZWSP_WORD_BREAK_SCRIPT.test(afterChar)) continue;
    if (WORD_PART.test(beforeChar) || WORD_PART.test(afterChar)) return true;
  }
  return false;
}
/** A full stop or exclamation mark ending a text, white space and unseen characters around it. */
const ZWSP_WORD_BREAK_SCRIPT = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
const FINAL_STOP = /[\s\p{Default_Ignorable_Code_Point}\p{Cf}]*[.!][\s\p{Default_Ignorable_Code_Point}\p{Cf}]*$/u;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const UNSEEN_RUN_G = /[\p{Default_Ignorable_Code_Point}\p{Cf}]+/gu;
const SEQUENCE_HEAD = /^[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Emoji_Modifier}]$/u;
const MATHS_SYMBOL = /^\p{Sm}$/u;
const VARIATION_SELECTORS_ONLY = /^[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]+$/u;
const WORD_PART = /^[\p{L}\p{N}\p{M}]$/u;
/** Control characters other than tab and line ends, and the bidi controls: they change what a text shows, wherever they stand. */
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Characters drawn as nothing (zero-width, soft hyphen, word joiner, variation selectors, fillers, tags). */
const UNSEEN = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
const UNSEEN_AT_ENDS = /^[\s\p{Default_Ignorable_Code_Point}\p{Cf}]+|[\s\p{Default_Ignorable_Code_Point}\p{Cf}]+$/gu;

/** The words for none of every language (`keine`, `aucune`, `нет`, `なし`), written alone in a failure text. */
const NONE_WORDS: ReadonlySet<string> = wordSet('NONE_WORDS', () => vocabulary(['none']));
/** What a report writes there when nothing failed (its words parted by any space drawn: `no\u00a0errors`). */
const EMPTY_CELL = /^\s*(?:[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2500\u2501]+(?:\s*\/\s*[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2500\u2501]+)?|~|\u2205|\[\s*\]|\{\s*\}|\(\s*\)|\[\s*[-\u2010-\u2015\u2212]\s*\]|\(\s*[-\u2010-\u2015\u2212]\s*\))\s*$/u;
/**
 * Words a report writes in a failure cell for "none" or "does not apply" (`n.a.`, `empty`, `(null)`, `nicht zutreffend`,
 * `sans objet`, `不适用`, `해당 없음`): placeholder words too, but ones that say nothing is there, unlike `sample` or `foo`.
 * Compared whole, as written (lower case, one pair of brackets and a full stop off): a look-alike letter matches none.
 */
const NONE_CELL_WORDS: ReadonlySet<string> = wordSet('NONE_CELL_WORDS', () => [
  'n.a.', 'n/a', 'empty', 'null', 'nil', 'none', 'not applicable', 'no content', 'nothing',
  'nicht zutreffend', 'entfällt', 'leer', 'non applicable', 'sans objet', 'néant', 'vide', 'no aplica', 'vacío', 'vacio',
  'não se aplica', 'vazio', 'non applicabile', 'vuoto', 'nvt', 'n.v.t.', 'geen', 'brak', 'пусто', 'н/д', 'не применимо',
  '不适用', '暂无', '無', '該当なし', '해당 없음',
]);
const WRAPPED_ONCE = /^[([{<]\s*(.*?)\s*[)\]}>]$/su;
/** A failure text that is an empty table cell or a word for none, as written (no invisible or look-alike characters). */
function noneCell(text: string): boolean {
  if (EMPTY_CELL.test(text)) return true;
  const shown = text.normalize('NFKC').trim().toLowerCase();
  if (shown.length > 40) return false;
  const bare = (WRAPPED_ONCE.exec(shown)?.[1] ?? shown).replace(/\.$/u, '');
  return NONE_CELL_WORDS.has(bare) || NONE_CELL_WORDS.has(`${bare}.`);
}
const NO_FAILURE_TEXT = /^(?:none|no|null|nil|false|ok|okay|0|-|n\/a|na|pass|passed|success|no\s+errors?|no\s+failures?|nothing|zero|no\s+exception|0\s+errors?|0\s+failures?|\[\]|\{\})\.?$/iu;

/**
 * Control characters (tab and line ends aside), bidi controls, markup (a closing or self-closing tag) and character
 * references. Unlike a count's {@link DISGUISED_TEXT}, invisible format characters alone are not: a runner may write a
 * zero-width space for an empty traceback, and one is removed when the text is read.
 */
const DISGUISED_FAILURE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|<\/[A-Za-z][^<>]*>|<[A-Za-z][^<>]*\/>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

/**
 * Why a failure text would read as "no failure" only in disguise, or undefined. As for a failure count written with
 * control characters or markup (a contradiction, never zero), no runner writes its blank or `none` that way: a NUL or
 * an escape before a blank, `<b></b>` around it, `&#110;/a`, a bidi override, or `n/а` with a Cyrillic а (a no-failure
 * word drawn with look-alike letters) shows one text and says another.
 */
function disguisedNoFailure(text: string): string | undefined {
  if (DISGUISED_FAILURE_TEXT.test(text)) return 'a failure text written with control characters, bidi controls or markup';
  const written = text.replace(UNSEEN_AT_ENDS, '');
  // Invisible characters inside a word (`n\u200b/a`, `no er\u00adrors`): read through, a text that shows another says none.
  if (unseenInsideAWord(written) && readsAsNoFailure(removeInvisible(written).trim())) return 'a no-failure word with invisible characters inside it';
  // Full-width forms (`ｎ/ａ`) are a CJK report's compatibility spelling, folded by NFKC before look-alikes are judged.
  const shown = removeInvisible(text).normalize('NFKC').trim();
  if (/[^\x00-\x7f]/u.test(shown) && /\p{L}/u.test(shown) && readsAsNoFailure(shown)) return 'a no-failure word drawn with look-alike letters';
  return undefined;
}

/** A text that says no failure, read with look-alike letters folded: a no-failure word, a placeholder, or a none. */
function readsAsNoFailure(text: string): boolean {
  return NO_FAILURE_TEXT.test(caselessVisibleForm(text)) || placeholderReason(text) !== undefined;
}

/**
 * A failure written out beside the pass (`"status": "pass", "error": "AssertionError: expected 1 to be 2"`): the text a
 * runner writes only when something failed, not blank, a placeholder or a "none" (`"error": ""`, `"error": "none"`).
 */
/**
 * An error flag in an object of the run beside the status (`build: {error: true}`, `job: {fatal: true}`): read by the
 * status reader only, where the object sits beside a pass (json_schema's failure_told reads the report and its summary
 * only: a config's `logging: {error: true}` is a setting). Objects named as a run's part only (FLAG_SUBJECTS).
 */
function errorOfARun(fields: readonly Field[]): Finding | undefined {
  const found = fields.find(
    (f) =>
      f.value === true &&
      f.context.length > 0 &&
      // In a run's own object or its outcome object (`run: {result: {error: true}}`, `result: {error: true}`).
      f.context.every((w) => FLAG_SUBJECTS.has(w) || OUTCOME_KEYS.has(w) || w === 'summary' || w === 'report') &&
      !hasQualifier([...(f.written ?? f).context, ...(f.written ?? f).own]) &&
      ERROR_FLAGS.has(f.own.filter((w) => !FLAG_SUBJECTS.has(w)).join(' ')),
  );
  return found === undefined ? undefined : { code: 'contradiction', pointer: found.pointer, says: 'is true: the run says it erred', actual: true };
}
/**
 * The members of an error object one object down (`run: {error: {message: …}}`, `summary: {error: {message: …}}`) that
 * hold its text, as fields of the error: read as `error: {message}` beside the status is (session 34).
 */
function errorObjectsBelow(fields: readonly Field[]): Field[] {
  const below: Field[] = [];
  for (const field of fields) {
    const written = field.written ?? field;
    if (field.context.length === 0 || !isRecord(field.value) || !FAILURE_TEXT_NAMES.has(field.own.join(' ')) || hasQualifier(written.context)) continue;
    for (const [k, v] of Object.entries(field.value).slice(0, 64)) {
      if (typeof v === 'string' && MESSAGE_NAMES.has(readWords(k).join(' '))) below.push({ pointer: `${field.pointer}/${encodePointerSegment(k)}`, own: readWords(k), context: field.own, written: { own: nameWords(k), context: written.own }, value: v });
    }
  }
  return below;
}
const MESSAGE_NAMES: ReadonlySet<string> = new Set(['message', 'msg', 'reason', 'detail', 'details', 'description', 'text', 'stack', 'stacktrace', 'trace', 'traceback', 'cause', 'name', 'type', 'kind', 'title', 'summary']);
function failureText(fields: readonly Field[]): Finding | undefined {
  const flagged = errorOfARun(fields);
  if (flagged !== undefined) return flagged;
  // The texts of a table of labels under a failure's name (`errors: {failed: "Fehlgeschlagen"}`) are what may be shown.
  const labels = fields.filter((f) => isRecord(f.value) && ((playsRole(f, FAIL_WORDS) && isTableOfLabels(f.value)) || legendOfOutcomeWords(f))).map((f) => `${f.pointer}/`);
  for (const field of [...fields, ...errorObjectsBelow(fields)]) {
    if (typeof field.value !== 'string') continue;
    if (labels.length > 0 && labels.some((p) => field.pointer.startsWith(p))) continue;
    const written = field.written ?? field;
    // `reason` and `message` qualify a count (`failure_message_count`), not a text: only the object's name is read for one.
    const own = field.own.join(' ');
    const text = field.value;
    // An error object's message (`error: {message: "AssertionError: …"}`) is the error's text, as `error_message` is.
    const errorObject = MESSAGE_NAMES.has(own) && FAILURE_TEXT_NAMES.has(field.context.join(' '));
    if (!(FAILURE_TEXT_NAMES.has(own) || errorObject || namesFailedItems(own, text)) || hasQualifier(written.context) || written.own.some((w) => QUALIFIERS.has(w) && w !== 'reason' && w !== 'message')) continue;
    if (saysNone(text) || noneInMarkup(text) || noneCell(text)) continue;
    const disguise = disguisedNoFailure(text);
    if (disguise !== undefined) return { code: 'contradiction', pointer: field.pointer, says: `is ${JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text)}, ${disguise}: never read as no failure`, actual: text.slice(0, 500) };
    // As written: a tab or line break inside (`no\nne`) is the space it draws, never nothing. A none in full-width
    // letters (`ｎ/ａ`, `ｎｏｎｅ`) is the none it folds to.
    if (isBlank(text) || NO_FAILURE_TEXT.test((noneAsWritten(text) ?? '').normalize('NFKC').trim()) || numberInText(text) !== undefined) continue;
    // A count of none with a remark (`errors: "0 (of 12)"`, `"0 (12 passed)"`) is the count it shows, as under `failed`:
    // never an error's text. One whose remark counts some stays the failure it is.
    if (!DISGUISED_TEXT.test(text) && countOfNoneBesideRemark(text)) continue;
    const unfilled = unfilledFailureText(text);
    if (unfilled !== undefined) return unfilledFinding(field, unfilled);
    // Words that say none were passed over above. A placeholder word left where the failures go (`sample`, `foo`, `lorem`,
    // `example`, `stub`) says nothing about them: a draft's, or a failing item's name (a test called `sample`), never a
    // none. Names listed in marks (`@test_a@, @test_b@`) are failures.
    const filler = LISTED.test(text) ? undefined : placeholderReason(text);
    if (filler !== undefined) return unfilledFinding(field, filler);
    return { code: 'contradiction', pointer: field.pointer, says: `holds the failure ${JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text)}`, actual: text.slice(0, 500) };
  }
  return undefined;
}

/**
 * A legend of a report's outcome words (`legend: {passed: "test ran and passed", failed: "test ran and failed"}`,
 * `status_legend: {pass: "✓ all assertions held", failed: "✗ an assertion failed"}`): under a legend's name
 * ({@link LEGEND_NAMES}), two outcome words or more, not all of failure, each given a definition in words. Its texts say
 * what a word means and name no failed item (red team xz, session 41: a false failure). It hides nothing: a legend
 * that counts (`legend: {failed: 3}`), gives a status (`legend: {status: "failed"}`) or names an item (`{failed:
 * "test_login"}`) is no legend of words, and is read as any object beside the status is.
 */
/** The pointers (each with its `/`) of the legends of outcome words among fields: their members are definitions, never read as outcomes. */
const legendsAmong = (fields: readonly Field[]): string[] => fields.filter(legendOfOutcomeWords).map((f) => `${f.pointer}/`);
function legendOfOutcomeWords(field: Field): boolean {
  const written = field.written ?? field;
  if (!isRecord(field.value) || !LEGEND_NAME_SET().has(readWords(written.own.join(' ')).join(' ')) || hasQualifier(written.context)) return false;
  const entries = Object.entries(field.value);
  if (entries.length < 2 || entries.length > MAX_LABELS) return false;
  const outcomeKey = (k: string): boolean => isOutcomeValue(k) || STATE_KEYS.has(readWords(k).join(' ')) || UNFINISHED_STATES.has(readWords(k).join('_'));
  return entries.every(([k, m]) => outcomeKey(k) && typeof m === 'string' && definesAWord(m, isFailedMember(k))) && entries.some(([k]) => !isFailedMember(k));
}
const LEGEND_NAME_SET = lazy((): ReadonlySet<string> => new Set(LEGEND_NAMES.map((n) => readWords(n).join(' '))));
/**
 * A definition's text: words that read as a sentence (three or more, or two after a mark such as `✓`), as shown, with no
 * number (a count), no outcome word alone (a status: a sentence that tells a failure, `test ran and failed`, is a
 * definition here) and no word of an identifier's shape (`test_login`, `a.b`, `x::y`,
 * `Foo#bar`, `path/to`: an item's name).
 */
function definesAWord(text: string, ofAFailure: boolean): boolean {
  if (text.length > 200 || DISGUISED_FAILURE_TEXT.test(text) || /\p{N}/u.test(text) || OUTCOME_VALUES.has(outcomeWord(text))) return false;
  const shown = removeInvisible(text).normalize('NFKC').trim();
  const tokens = shown.split(/\s+/u).filter((t) => /\p{L}/u.test(t));
  if (!(tokens.length >= 2 && tokens.length <= 30 && tokens.every((t) => !IDENTIFIER_SHAPE.test(t)) && (tokens.length >= 3 || /^[^\p{L}\p{N}]/u.test(shown)))) return false;
  return definitionWordsOnly(shown, ofAFailure);
}
/**
 * Whether a definition's words are all of {@link LEGEND_DEFINITION_WORDS} (and, defining a pass or a skip, of
 * LEGEND_WHOLE_RUN_WORDS), `one` only in `one or more` and `at least one`: what any test does, no item's name and no
 * word of this run (`the login test failed`, `failed: "yes, in this run"`; red team xs, session 42).
 */
function definitionWordsOnly(shown: string, ofAFailure: boolean): boolean {
  const words = (shown.toLowerCase().replace(/\bone or more\b|\bat least one\b/gu, ' ').match(/\p{L}+/gu) ?? []);
  return words.every((w) => LEGEND_DEFINITION_WORD_SET().has(w) || (!ofAFailure && LEGEND_WHOLE_RUN_WORD_SET().has(w)));
}
const LEGEND_DEFINITION_WORD_SET = lazy((): ReadonlySet<string> => new Set(LEGEND_DEFINITION_WORDS));
const LEGEND_WHOLE_RUN_WORD_SET = lazy((): ReadonlySet<string> => new Set(LEGEND_WHOLE_RUN_WORDS));
/** A token shaped as an identifier or a path: letters joined by `_`, `.`, `::`, `#`, `/`, `\\` or brackets inside it. */
const IDENTIFIER_SHAPE = /[\p{L}\p{N}](?:_|\.|::|#|\/|\\|\(|\[)[\p{L}\p{N}]|[\p{Ll}][\p{Lu}]/u;

/**
 * Why a failure text or list was never filled in (`${FAILED_TESTS}`, `{{ failed }}`, `%FAILED%`, `@FAILED_TESTS@`,
 * `$FAILED`, `<failed_tests>`, `TBD`): a report template rendered without its values, whose status is the template's
 * default, not a run's verdict. A template that says none (`<none>`, `{}`) and names listed in marks (`@test_a@,
 * @test_b@`: a template lists its failures in one variable) are not.
 */
function unfilledFailureText(text: string): string | undefined {
  if (text.length > 200 || LISTED.test(text)) return undefined;
  const shown = removeInvisible(text).normalize('NFKC').trim();
  if (shown === '' || noneInMarkup(shown) || /^\{\s*\}$/u.test(shown)) return undefined;
  const template = templateReason(shown) ?? formatSlotReason(shown);
  if (template !== undefined) return template;
  return isUnfilledWord(shown) ? `the unfilled word ${JSON.stringify(shown)}` : undefined;
}
/**
 * Why a whole failure count or text is a format language's slot, never filled: Python's str.format, C#'s and .NET's
 * composite format (`{failed}`, `{0}`, `{name!r:>5}`, `{0,5:N2}`, `{:d}`), printf's and Python's %-format (`%s`, `%d`,
 * `%5.2f`, `%(failed)s`, Go's `%v`), or a mark written for a value not known (`?`, `??`, `…`). A lone dash stays a none:
 * a report's table writes `-` (and `—`) in a cell where nothing failed, as it writes `0`. `{}` is an empty map or set.
 */
function formatSlotReason(shown: string): string | undefined {
  if (shown.length > 60) return undefined;
  if (FORMAT_FIELD.test(shown)) return 'an unfilled format field ({name}, {0})';
  if (PERCENT_FORMAT.test(shown)) return 'an unfilled %-format conversion (%s, %d, %(name)s)';
  // printf's escaped percent sign, left as written: the text never went through the format that was to fill it.
  if (shown === '%%') return 'the %-format escape "%%", never formatted';
  return UNKNOWN_MARK.test(shown) ? `the mark ${JSON.stringify(shown)} written for a value not known` : undefined;
}
const FORMAT_FIELD = /^\{(?:(?:[A-Za-z_]\w*|\d{1,3})(?:\.[A-Za-z_]\w*|\[[^[\]{}]{1,30}\])*)?(?:,-?\d{1,3})?(?:![rsa])?(?::[^{}]{0,30})?\}$/u;
const PERCENT_FORMAT = /^%(?:\([^()]{1,40}\))?[-#0 +']*(?:\*|\d{1,3})?(?:\.(?:\*|\d{1,3}))?(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGaAcsrbvqpT]$/u;
/** Question marks and an ellipsis (NFKC draws `…` as `...`), alone: a value the writer did not know. */
const UNKNOWN_MARK = /^(?:[?\u00bf\u2047-\u2049]+|\.{3,}|\?+\.+|\.+\?+)$/u;
const namesFailuresOnly = (own: readonly string[]): boolean => own.length > 0 && own.every((w) => FAIL_WORDS.has(w) || COUNT_WORDS.has(w) || COUNTED_ITEMS.has(w));
const unfilledFinding = (field: Field, why: string): Finding => ({
  code: 'placeholder',
  pointer: field.pointer,
  says: `is ${JSON.stringify(String(field.value).slice(0, 120))}, ${why}: a failure count or list left as its template wrote it (or a failure text holding a template's slot), never one that says none failed, so the pass beside it proves no outcome`,
  actual: String(field.value).slice(0, 500),
});
/** Entries of a list joined into one text (`a, b`, `a; b`). */
const LISTED = /\S[^\S\n]*[,;][^\S\n]*\S/u;
/**
 * None written in markup or as a language prints an empty collection: `<none>` (how Docker, Java and many templates print
 * an absent value), an empty HTML list or table (`<ul></ul>`, `<ul/>`, `<table><tbody></tbody></table>`, `<tbody></tbody>`:
 * a report rendering its empty failure list), a none word inside text markup (`<em>none</em>`, `<p>None</p>`, as `*none*`
 * reads), an empty collection's print (Python's `set()`, Go's `map[]`, Node's `Set(0) {}`), or zero of a total (`0 of 120`).
 * An element with nothing in it (`<b></b>`) or an entry (`<li>x</li>`, `set(['a'])`, `map[a:1]`) says no none.
 */
function noneInMarkup(text: string): boolean {
  if (text.length > 200) return false;
  // Markup is read as written too: `<p>no\u200bne</p>`, `<none\ufeff>`, `<ul>\ufeff</ul>` show no none (saysNone).
  if (noneAsWritten(text) === undefined) return false;
  const shown = text.trim();
  if (!shown.includes('<')) return EMPTY_PRINT.has(shown.replace(/\s+/gu, ' ')) || zeroOfTotal(shown);
  if (NONE_IN_ANGLES.test(shown) || EMPTY_HTML_LIST.test(shown) || EMPTY_HTML_PART.test(shown)) return true;
  const inside = TEXT_ELEMENT.exec(shown)?.[2];
  return inside !== undefined && !isBlank(inside) && (saysNone(inside) || NO_FAILURES_PHRASE.test(inside.trim()));
}
const NONE_IN_ANGLES = /^<[^\S\n]*(?:none|nil|null|empty|nothing|no[^\S\n]+(?:failures?|errors?))[^\S\n]*>$/iu;
const EMPTY_HTML_LIST = /^<(ul|ol|dl|table)(?:[^\S\n][^<>]*)?>\s*(?:<(thead|tbody)(?:[^\S\n][^<>]*)?>\s*<\/\2>\s*)*<\/\1>$/iu;
/** A list, table or table part written empty on its own or self-closed (`<tbody></tbody>`, `<ul/>`, `<table />`). */
const EMPTY_HTML_PART = /^<(ul|ol|dl|table|thead|tbody)(?:[^\S\n][^<>/]*)?(?:\/>|>\s*<\/\1>)$/iu;
const NO_FAILURES_PHRASE = /^no[^\S\n]+(?:failures?|errors?|failed tests?)\.?$/iu;
/** One element of running text around a text (`<em>none</em>`, `<p class="x">None</p>`). */
const TEXT_ELEMENT = /^<(p|div|span|em|i|b|strong|code|tt|small|mark|u|font|td|li)(?:[^\S\n][^<>]*)?>([^<>]*)<\/\1[^\S\n]*>$/iu;
/** How languages print an empty collection or a missing value (`set()`, `map[]`, `Set(0) {}`, `#<Set: {}>`, `array()`). */
const EMPTY_PRINT: ReadonlySet<string> = wordSet('EMPTY_COLLECTION_PRINTS', () => [
  'set()', 'frozenset()', 'dict()', 'list()', 'tuple()', '()', 'map[]', 'Set(0) {}', 'Map(0) {}', 'Set {}', 'Map {}', 'Set[]', '#<Set: {}>', 'array()', 'Array(0)',
]);
/**
 * `0 of 120`, `0 out of 120`, `0/120`, with the items or the failure named or not (`0 of 120 tests`, `0 / 10 failed`): none
 * of a total failed. Any other word after it (`0 of 120 passed` under a failure name) says something else, read as before.
 */
function zeroOfTotal(shown: string): boolean {
  return /^0+[^\S\n]*(?:of|out[^\S\n]+of|\/)[^\S\n]*\d{1,9}(?:[^\S\n]+(?:tests?|cases?|checks?|specs?|items?|failed|failures?|errors?))?$/iu.test(shown);
}

/**
 * Names under which a text lists what failed (`failed: "test_login, test_logout"`, `failed_tests: "a,b"`, `failing:
 * "login"`, `fehlgeschlagen: "test_a"`): the list a runner writes as a list, joined into one text. A text that starts with a
 * number is a count, read by the count readers (`failed: "0 of 10"`), never as a name.
 */
const FAILED_ITEM_WORDS: ReadonlySet<string> = wordSet('FAILED_ITEM_WORDS', () => [...readSet(vocabulary(['failed']))].filter((w) => w !== 'unexpected' && !FAILURE_TEXT_NAMES.has(w)));
const ITEMS_FAILED: ReadonlySet<string> = wordSet('ITEMS_FAILED', () => vocabulary(['items'], ['en']));
/**
 * A failure word alone, or joined with one noun of what failed (`failed tests`, `tests failed`, `failed tests names`,
 * `failed tests list`): read at each space rather than from a set of every pairing (41,265 names the CLI parsed and
 * hashed on its first status read).
 */
function namesFailedItemsList(own: string): boolean {
  if (FAILED_ITEM_WORDS.has(own)) return true;
  for (let at = own.indexOf(' '); at !== -1; at = own.indexOf(' ', at + 1)) {
    const first = own.slice(0, at);
    const rest = own.slice(at + 1);
    if (ITEMS_FAILED.has(first) && FAILED_ITEM_WORDS.has(rest)) return true;
    if (FAILED_ITEM_WORDS.has(first) && (ITEMS_FAILED.has(rest) || ITEMS_FAILED.has(rest.replace(/ (?:names|list)$/u, '')))) return true;
  }
  return false;
}
function namesFailedItems(own: string, text: string): boolean {
  return namesFailedItemsList(own) && !/^\s*[+-]?\p{N}/u.test(text);
}
/** The two word sets and {@link namesFailedItemsList}, for the property test that rebuilds the set of every pairing: tests only. */
export const FAILED_ITEMS_LIST_FOR_TESTS = { failedWords: FAILED_ITEM_WORDS, items: ITEMS_FAILED, namesFailedItemsList };

/** Values read in maps beside a status at most: a document with more is too large to clear of failures, and fails. */
export const MAX_FIELDS_READ = 20_000;
const MAX_MAP_DEPTH = 6;
/** Outcomes a map of results gives its members (`{"a": "fail", "b": "pass"}`). */
const OUTCOME_VALUES: ReadonlySet<string> = wordSet('OUTCOME_VALUES', () => [...PASS_WORDS, ...FAILED_STATUSES, 'skip', 'skipped', 'pending', 'todo', 'xfail', 'xfailed', 'xpass', 'flaky', 'ignored', 'disabled', 'na', 'n/a', 'not_run', 'notrun', 'passes', 'fails', 'warning', 'warn']);
/** Objects that map names to settings, not to outcomes (`rules: {"no-console": "error"}`, `on_failure: "fail"`). */
const SETTING_OBJECTS: ReadonlySet<string> = new Set(['rules', 'rule', 'config', 'configuration', 'settings', 'options', 'policy', 'policies', 'levels', 'level', 'severity', 'severities', 'mode', 'modes', 'defaults', 'env', 'environment', 'inputs', 'params', 'parameters', 'args', 'arguments', 'overrides', 'expected', 'expectations', 'mapping', 'labels', 'legend', 'icons', 'colors', 'colours']);
/** How a member of a map of outcomes reads (the same few words repeat over thousands of members: each is read once). */
const outcomeMemo = new Map<string, { outcome: boolean; failed: boolean }>();
function readOutcome(v: string): { outcome: boolean; failed: boolean } {
  const known = outcomeMemo.get(v);
  if (known !== undefined) return known;
  const failed = v.length <= 200 && isFailedOutcome(v);
  const read = { outcome: failed || (v.length <= 200 && (OUTCOME_VALUES.has(outcomeWord(v)) || markOutcome(v) !== undefined)), failed };
  if (outcomeMemo.size < 10_000) outcomeMemo.set(v, read);
  return read;
}
const isOutcomeValue = (v: string): boolean => readOutcome(v).outcome;
const isFailedMember = (v: string): boolean => readOutcome(v).failed;

/**
 * A map or list of outcomes beside the pass with a failed member (`results: {"a": "fail", "b": "pass"}`, `statuses:
 * ["pass", "fail"]`, `matrix: {linux: {unit: "fail"}}`, `checks: {lint: {status: "failed"}}`), read down to depth 6.
 * Maps under qualified names (`previous`, `expected`, `flaky`) or setting names (`rules`, `config`) are not results;
 * an object with an outcome of its own sums up what it holds. Lists of objects are entries (see {@link failedEntry}).
 * A document with more than {@link MAX_FIELDS_READ} values there is not read through: it fails (`unreadable`).
 */
function failedInMaps(fields: readonly Field[], statusWords: string, document?: readonly unknown[]): Finding | undefined {
  const budget: MapBudget = { left: MAX_FIELDS_READ, fields, document };
  for (const field of fields) {
    if (field.context.length > 0) continue;
    budget.base = baseOf(field);
    budget.root = { value: field.value, at: parsePointer(field.pointer) };
    const written = field.written ?? field;
    // A legend of outcome words (`status_key: {passed: "✓ all checks passed", failed: "✗ a check failed"}`) defines them: no results.
    if (hasQualifier(written.own) || SETTING_OBJECTS.has(written.own.join(' ')) || legendOfOutcomeWords(field)) continue;
    const found = failedMember(field.value, field.pointer, 0, budget, statusWords);
    if (found !== undefined) return found;
  }
  return undefined;
}

function failedMember(value: unknown, at: string, depth: number, budget: MapBudget, statusWords: string): Finding | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((v) => typeof v === 'string')) return undefined;
    if ((budget.left -= value.length) < 0) return tooMany(at);
    const texts = value as string[];
    if (!texts.every(isOutcomeValue)) return undefined;
    const i = texts.findIndex(isFailedMember);
    return i === -1 ? undefined : { code: 'contradiction', pointer: `${at}/${i}`, says: `is ${JSON.stringify(texts[i])} (a list of outcomes)`, actual: texts[i] };
  }
  if (!isRecord(value) || depth >= MAX_MAP_DEPTH) return undefined;
  const entries = Object.entries(value);
  if ((budget.left -= entries.length) < 0) return tooMany(at);
  if (exempt(value) || (namedForFailures(at) && isTableOfLabels(value))) return undefined;
  // A k6 metric under any name (`metrics: {http_req_duration: {…, thresholds: {"p(95)<500": {ok: false}}}}`) failed the run
  // when a threshold of it is not met, as k6's exit code 99 says: not only a metric under a failure's name.
  if (isK6Metric(value)) {
    const broken = k6ThresholdNotMet(value);
    return broken === undefined ? undefined : { code: 'contradiction', pointer: `${at}/thresholds/${encodePointerSegment(broken)}`, says: `is a k6 threshold not met (a member of its results)`, actual: broken };
  }
  // So does one its `--summary-export` writes as crossed (`"p(95)<500": true`); a rate of failures there counts them in
  // its `passes` (`http_req_failed: {passes: 0, fails: 120, value: 0}` says none failed).
  // Its name says what a true sample is: a failure under any failure word (`http_req_failed`, `error_rate`, `errors`).
  const exported = at.includes('/metrics/') ? k6ExportMetricShows(at, value, readWords(parsePointer(at).at(-1) ?? '').some((w) => FAIL_WORDS.has(w))) : undefined;
  if (exported !== undefined && (exported.shows !== undefined || isK6ExportRate(value))) {
    return exported.shows === undefined ? undefined : { code: 'contradiction', pointer: k6ExportThresholdCrossed(value) === undefined ? at : `${at}/thresholds`, says: `${exported.shows} (a member of its results)`, actual: JSON.stringify(value).slice(0, 200) };
  }
  // A node of a run's map of nodes whose phase says it failed (Argo Workflows' `nodes: {<id>: {type: Pod, phase:
  // Failed}}`): a failure, unless a Retry node that succeeded lists it as a try it retried (`summed` in the map above).
  const phase = depth > 0 ? failedPhaseOf(value, at) : undefined;
  if (phase !== undefined) return phase;
  const running = jobStillActive(value, at) ?? workflowNotEnded(value, at);
  if (running !== undefined) return running;
  // An object with an outcome of its own (`{status: "failed", name: "lint"}`) sums up what it holds.
  const outcomes = entries.filter(([k, v]) => typeof v === 'string' && isOutcomeName(k, statusWords) && !isBlank(v) && placeholderReason(v) === undefined) as [string, string][];
  if (outcomes.length > 0) {
    // A step of GitHub's steps context by its id that the workflow let fail (`steps: {lint: {outcome: failure, conclusion:
    // success}}`) is read as the same step in a list is ({@link allowedToFail}); any other outcome of it still tells its own.
    const failed = outcomes.find(([k, v]) => isFailedOutcome(v) && !allowedToFail(k, v, value, at, budget.base));
    if (failed !== undefined) return { code: 'contradiction', pointer: `${at}/${encodePointerSegment(failed[0])}`, says: `is ${JSON.stringify(failed[1])} (a member of its results)`, actual: failed[1] };
    // A step of a map of a process's steps by name (`jobs: {test: {status: passed, output: "Tests: 2 failed"}}`) is read
    // over its own log as a step of a list is (helper sx): which of the two a producer writes hides nothing.
    return depth > 0 ? stepPrintsItsFailures(value, at, nameWords(parsePointer(at).at(-2) ?? '')) : undefined;
  }
  // One without an outcome of its own says how it ended as a step of a list does: what it prints, errs with or exits with
  // (`jobs: {test: {output: "Tests: 2 failed"}}`, `stages: {unit: {exit_code: 1}}`).
  const mapName = depth > 0 ? nameWords(parsePointer(at).at(-2) ?? '') : [];
  if (processStepList(mapName)) {
    const told = printedInEntry(value, at, mapName) ?? errorInEntry(value, at, mapName) ?? endOfEntry(value, at, mapName);
    if (told !== undefined) return told;
  }
  // A member of a map of results that gives its outcome as a flag (`checks: {lint: {passed: false}}`), as an entry of a list does.
  const flag = depth > 0 ? passFlagDenied(value) : undefined;
  if (flag !== undefined) return { code: 'contradiction', pointer: `${at}/${encodePointerSegment(flag)}`, says: 'is false (a member of its results)', actual: false };
  // A count, list or flag of failures among the members (`suites: {unit: {failed: 3}}`, `report: {summary: {counts: {failed: 2}}}`).
  for (const [k, v] of entries) {
    const field: Field = { pointer: `${at}/${encodePointerSegment(k)}`, own: readWords(k), context: [], written: { own: nameWords(k), context: [] }, value: v };
    if (!playsRole(field, FAIL_WORDS)) continue;
    // Only under a name of the failures themselves: `error_template: "{{error}}"` and `error_url: "{{url}}"` are settings.
    const unfilled = typeof field.value === 'string' && namesFailuresOnly(field.own) ? unfilledFailureText(field.value) : undefined;
    if (unfilled !== undefined) return unfilledFinding(field, unfilled);
    const shown = failureShown(field) ?? failedIndexesListed(field.own, v);
    if (shown !== undefined && !failuresOfACompletedJob(k, v, value, () => jobStatusPlaceWithin(budget, at))) return { code: 'contradiction', pointer: field.pointer, says: `${shown} (a member of its results)`, actual: v };
  }
  const strings = entries.filter(([, v]) => typeof v === 'string') as [string, string][];
  if (strings.length > 0 && strings.length === entries.length && strings.every(([, v]) => isOutcomeValue(v))) {
    const failed = strings.find(([k, v]) => isFailedMember(v) && !hasQualifier(nameWords(k)));
    if (failed !== undefined) return { code: 'contradiction', pointer: `${at}/${encodePointerSegment(failed[0])}`, says: `maps ${JSON.stringify(failed[0])} to ${JSON.stringify(failed[1])} (a map of outcomes)`, actual: failed[1] };
    return undefined;
  }
  const summed = nodesAnsweredFor(entries, at, statusWords, budget);
  let byName: boolean | undefined;
  for (const [k, v] of entries) {
    if (v === null || typeof v !== 'object' || summed.has(k)) continue;
    const words = nameWords(k);
    // A k6 metric is judged by its thresholds whatever its name (`http_req_duration` reads as a measured value).
    if (isRecord(v) && (isK6Metric(v) || (at.endsWith('/metrics') && isK6ExportMetric(v)))) {
      const found = failedMember(v, `${at}/${encodePointerSegment(k)}`, depth + 1, budget, statusWords);
      if (found !== undefined) return found;
      continue;
    }
    // Read only when a key holds a qualifier word, once per map: a map of steps, needs or nodes keys them by name.
    if ((hasQualifier(words) && !(byName ??= keyedByName(at))) || SETTING_OBJECTS.has(words.join(' '))) continue;
    if (Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null)) {
      // A list of entries two maps below the status (`jobs: {test: {steps: […]}}`, `runs: {unit: {tests: […]}}`) is read
      // as a list beside it is: no field beside the status holds it, so it was read by no one (red team xw2). Those one
      // map down are fields beside the status, read by failedEntry.
      if (depth === 0) continue;
      if ((budget.left -= v.length) < 0) return tooMany(`${at}/${encodePointerSegment(k)}`);
      const found = failedInList(v, `${at}/${encodePointerSegment(k)}`, { read: readWords(k), written: words }, statusWords, depth + 1, { left: MAX_ENTRIES_FOLLOWED, maps: budget });
      if (found !== undefined) return found;
      continue;
    }
    // Judged above as the one thing it describes (a k6 rate of failures counts them as its `passes`, not its `fails`).
    const field: Field = { pointer: `${at}/${encodePointerSegment(k)}`, own: readWords(k), context: [], written: { own: words, context: [] }, value: v };
    if (isRecord(v) && playsRole(field, FAIL_WORDS) && describedUnderFailureName(field, v) !== undefined) continue;
    const found = failedMember(v, `${at}/${encodePointerSegment(k)}`, depth + 1, budget, statusWords);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Whether the map at `at` holds a run's steps, jobs or nodes by their ids (GitHub's `steps: {flaky_e2e: {…}}` and `needs:
 * {flaky-tests: {…}}`, Argo's `nodes: {previous-run-1: {…}}`): a key there is the name its author gave a step, job or
 * workflow, not a word that qualifies what it holds, so a step id with a qualifier in it (`flaky`, `allowed`,
 * `expected`, `previous`) hides no failure (red team xa, session 42).
 */
function keyedByName(at: string): boolean {
  // Read in any letters (`stеps` with a Cyrillic е, full width, an invisible character): a map's name in other letters
  // is a map of steps to its reader, and reading its keys as names only fails more.
  const name = readWords(parsePointer(at).at(-1) ?? '');
  return processStepList(name) || RUN_MAPS_BY_ID.has(name.join(' '));
}
const RUN_MAPS_BY_ID: ReadonlySet<string> = new Set(['nodes', 'needs']);
/**
 * Members of a run's map of nodes whose failure the run answers for: tries a Retry node that succeeded retried
 * ({@link childrenOfPassedMembers}), steps a workflow that Succeeded let fail ({@link stepsLetFail}), and every node held
 * within one of them ({@link heldWithin}: the StepGroup and Pod of a failed try of a steps template).
 */
function nodesAnsweredFor(entries: readonly [string, unknown][], at: string, statusWords: string, budget: MapBudget): Set<string> {
  const keys = childrenOfPassedMembers(entries, statusWords);
  if (readWords(parsePointer(at).at(-1) ?? '').join(' ') === 'nodes') for (const k of stepsLetFail(entries, at, budget)) keys.add(k);
  return keys.size === 0 ? keys : heldWithin(entries, keys);
}
/**
 * The nodes `answered` and those held within one of them as Argo writes it: reached from it by `children` and naming it,
 * or a node within it, as their boundary (`boundaryID`, the node of the template call they run in). The next step group a
 * failed Pod lists as its child runs in the boundary outside it and is read as any node is (red team xa, session 42).
 */
function heldWithin(entries: readonly [string, unknown][], answered: ReadonlySet<string>): Set<string> {
  const byKey = new Map(entries.filter(([k, v]) => isRecord(v) && (v['id'] === undefined || v['id'] === k)) as [string, Record<string, unknown>][]);
  // Every boundary on the way is a template call's node (Steps or DAG): a Pod or a StepGroup is none (red team xz, session 42).
  const within = (node: Record<string, unknown>): boolean => {
    let boundary = node['boundaryID'];
    for (let hops = 0; hops < 64 && typeof boundary === 'string'; hops++) {
      const call = byKey.get(boundary);
      if (call === undefined || !aTemplateCall(call)) return false;
      if (answered.has(boundary)) return true;
      boundary = call['boundaryID'];
    }
    return false;
  };
  const held = new Set(answered);
  const queue = [...answered];
  while (queue.length > 0 && held.size < MAX_FIELDS_READ) {
    const children = byKey.get(queue.pop() as string)?.['children'];
    if (!Array.isArray(children)) continue;
    for (const child of children) {
      const node = typeof child === 'string' && !held.has(child) ? byKey.get(child) : undefined;
      if (node === undefined || !within(node)) continue;
      held.add(child as string);
      queue.push(child as string);
    }
  }
  return held;
}
/**
 * Nodes of an Argo Workflow that Succeeded that failed in a step its spec lets fail (`continueOn: {failed: true}`, or
 * `{error: true}` for a node in `Error`): Argo keeps the node's phase and goes on. Only where the same object writes the
 * workflow's phase `Succeeded` (the map of nodes is its status's) and the step: the node's boundary (`boundaryID`) runs a
 * template of the workflow's (its spec, or the stored spec of the template it ran, `status.storedWorkflowTemplateSpec`), one
 * of whose steps or DAG tasks is named as the node is shown (`displayName`) and calls the node's template (`templateName`),
 * alone of that name. Any other failed node, or one of a workflow still running or failed, is read as a failure (red team
 * xa, session 42: a false failure). A Retry node so let fail answers for its tries too.
 */
function stepsLetFail(entries: readonly [string, unknown][], at: string, budget: MapBudget): string[] {
  const segments = parsePointer(at);
  const status = valueWithinField(budget, segments.slice(0, -1));
  const workflow = valueWithinField(budget, segments.slice(0, -2));
  if (!isRecord(status) || !isRecord(workflow) || !plainly(status.phase, 'succeeded')) return [];
  const templates = templatesOf(workflow, status);
  if (templates === undefined) return [];
  const byKey = new Map(entries);
  const letFail: string[] = [];
  for (const [k, node] of entries) {
    if (!isRecord(node) || (node.id !== undefined && node.id !== k)) continue;
    const how = plainly(node.phase, 'failed') ? 'failed' : plainly(node.phase, 'error') ? 'error' : undefined;
    if (how === undefined || typeof node.boundaryID !== 'string' || typeof node.displayName !== 'string' || typeof node.templateName !== 'string') continue;
    const boundary = byKey.get(node.boundaryID);
    const template = isRecord(boundary) && boundaryOf(boundary, node, k, byKey) && typeof boundary.templateName === 'string' ? templates.get(boundary.templateName) : undefined;
    const calls = template === undefined ? [] : callsOf(template).filter((call) => call.name === node.displayName);
    const call = calls.length === 1 ? calls[0] : undefined;
    if (call === undefined || call.template !== node.templateName || !isRecord(call.continueOn) || call.continueOn[how] !== true) continue;
    letFail.push(k);
    // Its tries only as Argo names them (`w[0].lint(1)` of `w[0].lint`): no other node it lists as a child.
    if (plainly(node.type, 'retry') && Array.isArray(node.children)) letFail.push(...node.children.filter((c): c is string => typeof c === 'string' && aTryOf(node, byKey.get(c)) && namedATryOf(node, byKey.get(c) as Record<string, unknown>)));
  }
  return letFail;
}
/** A template call's node, the only kind Argo names as a boundary (`boundaryID`): type Steps or DAG, in plain ASCII. */
const aTemplateCall = (node: Record<string, unknown>): boolean => plainly(node.type, 'steps') || plainly(node.type, 'dag');
/**
 * Whether `boundary` is the node a step's node runs in, as Argo writes it: a template call's node whose name begins the
 * node's and whose `children` reach it. A boundary named by a node it does not hold (another template's, red team xz,
 * session 42) lends the node none of its steps' allowances.
 */
function boundaryOf(boundary: Record<string, unknown>, node: Record<string, unknown>, key: string, byKey: ReadonlyMap<string, unknown>): boolean {
  if (!aTemplateCall(boundary) || typeof boundary.name !== 'string' || typeof node.name !== 'string' || !node.name.startsWith(boundary.name) || node.name.length === boundary.name.length) return false;
  const seen = new Set<string>();
  const queue = Array.isArray(boundary.children) ? boundary.children.filter((c): c is string => typeof c === 'string') : [];
  while (queue.length > 0 && seen.size < MAX_FIELDS_READ) {
    const next = queue.pop() as string;
    if (next === key) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    const child = byKey.get(next);
    // Not through another template call: what runs inside it has that call as its boundary.
    if (isRecord(child) && !aTemplateCall(child) && Array.isArray(child.children)) queue.push(...child.children.filter((c): c is string => typeof c === 'string'));
  }
  return false;
}
/** Whether a node is named as Argo names a try of a Retry node: its name and the try's number (`w[0].lint(1)`). */
const namedATryOf = (retry: Record<string, unknown>, node: Record<string, unknown>): boolean =>
  typeof retry.name === 'string' && typeof node.name === 'string' && node.name.startsWith(`${retry.name}(`) && /^\(\d{1,4}\)$/.test(node.name.slice(retry.name.length));
/** The value at `segments` of the field beside the status being read, if they lie within it. */
const valueWithinField = (budget: MapBudget, segments: readonly string[]): unknown => valueUnder(budget.root, segments);
/** The value at `segments` within a value read at `root.at`, if they lie within it. */
function valueUnder(root: MapBudget['root'], segments: readonly string[]): unknown {
  if (root === undefined || segments.length < root.at.length || root.at.some((s, i) => segments[i] !== s)) return undefined;
  let value = root.value;
  for (const segment of segments.slice(root.at.length)) value = isRecord(value) && Object.hasOwn(value, segment) ? value[segment] : Array.isArray(value) && /^\d+$/.test(segment) ? value[Number(segment)] : undefined;
  return value;
}
/** A workflow's templates by name: of the stored spec it ran where it has one, else of its own spec; none when a name is given twice. */
function templatesOf(workflow: Record<string, unknown>, status: Record<string, unknown>): Map<string, Record<string, unknown>> | undefined {
  const spec = isRecord(status.storedWorkflowTemplateSpec) ? status.storedWorkflowTemplateSpec : workflow.spec;
  if (!isRecord(spec) || !Array.isArray(spec.templates) || spec.templates.length > MAX_CONTAINERS_READ) return undefined;
  const byName = new Map<string, Record<string, unknown>>();
  for (const t of spec.templates) {
    if (!isRecord(t) || typeof t.name !== 'string' || byName.has(t.name)) return undefined;
    byName.set(t.name, t);
  }
  return byName;
}
/** A template's calls of other templates: its steps (a list of step groups) or its DAG's tasks. */
function callsOf(template: Record<string, unknown>): Record<string, unknown>[] {
  const groups = Array.isArray(template.steps) ? template.steps.filter(Array.isArray).flat() : isRecord(template.dag) && Array.isArray(template.dag.tasks) ? template.dag.tasks : [];
  return groups.filter(isRecord);
}
/**
 * Members of a map of a run's nodes that a retry node lists as its `children` (its attempts) while its own outcome
 * passed and one of them passed too (Argo's `status.nodes`, a flat map: a `Retry` node `Succeeded` over its attempt
 * `Failed` and the attempt that succeeded): the failed attempt was retried, and the retry's outcome sums them up. Any
 * other node's children are read as any member is, whatever its own outcome says (a `Steps` node `Succeeded` over a
 * pod that failed, red team ar), as are a retry's attempts when none of them passed.
 */
function childrenOfPassedMembers(entries: readonly [string, unknown][], statusWords: string): Set<string> {
  const byKey = new Map(entries);
  const passedOutcome = (v: unknown): boolean => {
    if (!isRecord(v) || exempt(v)) return false;
    // Argo's node says how it ended by its phase only (`phase: Succeeded`); one that also gives another outcome is read by both.
    const phases = Object.entries(v).filter(([k]) => readWords(k).join(' ') === 'phase');
    // Only in plain ASCII, as Argo writes it: `Suссeeded` in look-alike letters or full width is no pass (red team xa, session 42).
    if (phases.some(([, p]) => typeof p !== 'string' || !PLAIN.test(p) || outcomeWord(p) !== 'succeeded')) return false;
    if (phases.length > 0 && !Object.keys(v).some((k) => isOutcomeName(k, statusWords))) return true;
    const own = Object.entries(v).find(([k, o]) => typeof o === 'string' && isOutcomeName(k, statusWords) && !isBlank(o) && placeholderReason(o) === undefined);
    return own !== undefined && PLAIN.test(own[1] as string) && claimsPass(own[0], own[1]) && !isFailedOutcome(own[1] as string);
  };
  // Only members named by their key or their own id: a child named otherwise is read as any member is.
  const member = (child: unknown): child is string => typeof child === 'string' && byKey.has(child) && (!isRecord(byKey.get(child)) || (byKey.get(child) as Record<string, unknown>)['id'] === undefined || (byKey.get(child) as Record<string, unknown>)['id'] === child);
  const keys = new Set<string>();
  for (const [, v] of entries) {
    if (!isRecord(v) || !Array.isArray(v['children']) || !RETRY_NODE_KINDS.some((k) => typeof v[k] === 'string' && RETRY_WORDS.has(nameWords(v[k]).join(' '))) || !passedOutcome(v)) continue;
    const attempts = v['children'].filter(member);
    const last = attempts.at(-1);
    if (last === undefined || !passedOutcome(byKey.get(last)) || !attempts.every((a) => aTryOf(v, byKey.get(a)))) continue;
    for (const a of attempts.slice(0, -1)) keys.add(a);
  }
  return keys;
}
/**
 * Whether a child a retry node lists is a try of it as Argo writes one: a node other than the retry itself and of no
 * retry kind (a Retry node that lists itself, or another Retry node, as the try that succeeded answers for no failure;
 * red team xa, session 42). Argo stops retrying at the first try that succeeds, so only tries before the last one, and
 * only when the last one succeeded, are failures it retried: a failed try after one that succeeded was retried by none.
 */
const aTryOf = (retry: Record<string, unknown>, child: unknown): boolean =>
  isRecord(child) && child !== retry && !RETRY_NODE_KINDS.some((k) => typeof child[k] === 'string' && RETRY_WORDS.has(nameWords(child[k]).join(' ')));
/**
 * A phase of a member of a map that says its run failed (Argo Workflows' node `phase: Failed` or `Error`, under a name
 * that reads as `phase`, in any letters): read as an outcome, as a run's phase beside the status is ({@link platformStateFailed}).
 */
function failedPhaseOf(value: Record<string, unknown>, at: string): Finding | undefined {
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' && readWords(key).join(' ') === 'phase' && RUN_FAILED_PHASES.has(outcomeWord(v))) return runPhaseFailed(v, `${at}/${encodePointerSegment(key)}`);
  }
  return undefined;
}
/** Where a node of a run names what kind of node it is (Argo's `type: Retry`); only a node of that kind (`NotRetry` is another). */
const RETRY_NODE_KINDS: readonly string[] = ['type', 'kind'];
const RETRY_WORDS: ReadonlySet<string> = new Set(['retry', 'retries', 'retried']);

const tooMany = (at: string): Finding => ({ code: 'unreadable', pointer: at, says: `holds more than ${MAX_FIELDS_READ} values, too many to read for a failure (a report this large is not cleared by its pass)`, actual: `more than ${MAX_FIELDS_READ} values` });


/** Words of a rate of passes (`pass_rate`, `success_ratio`, `passed_pct`): a share of the items that passed. */
// In every language of the table (`taux_de_réussite`, `tasa_de_éxito`, `通过率`, `Erfolgsquote`): read in English only, a
// pass rate above its own counts passed a threshold under another language's name.
const PASS_RATE_WORDS: ReadonlySet<string> = wordSet('PASS_RATE_WORDS', () => ['pass', 'passed', 'passing', 'success', 'successful', 'green', 'ok', ...readSet(vocabulary(['pass', 'passed'], OTHER_LANGUAGES))]);
const RATE_WORDS: ReadonlySet<string> = wordSet('RATE_WORDS', () => readSet(vocabulary(['rate'])));
const PERCENT_WORDS: ReadonlySet<string> = new Set(['pct', 'percent', 'percentage']);

/** Digits after the point in the shortest form of `value` (91.8 → 1, 1e-7 → 7): the precision it was written to. */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * A pass rate above what the counts beside it allow (`pass_rate: 1.0` beside `failed: 2`; `pass_pct: 100` beside
 * `passed: 8, total: 10`): the rate was not computed from them. The rate is a percentage when its name says so or it is
 * above 1, else a fraction; it may exceed its counts' share by its own rounding only.
 */
function rateAboveItsCounts(fields: readonly Field[], key: string, value: number): Finding | undefined {
  const words = readWords(key);
  if (!words.some((w) => PASS_RATE_WORDS.has(w)) || !words.some((w) => RATE_WORDS.has(w)) || hasQualifier(nameWords(key).filter((w) => !RATE_WORDS.has(w)))) return undefined;
  const top = fields.filter((f) => inSummary(f) && isCount(f.value));
  const sum = (role: ReadonlySet<string>): number | undefined => {
    const found = top.filter((f) => playsRole(f, role));
    return found.length === 0 ? undefined : found.reduce((a, f) => a + (f.value as number), 0);
  };
  const failed = sum(FAIL_WORDS);
  const passed = sum(PASSED_WORDS);
  const totalField = top.find((f) => playsRole(f, TOTAL_WORDS) || isItemTotal(f));
  const total = totalField?.value as number | undefined;
  const scale = words.some((w) => PERCENT_WORDS.has(w)) || value > 1 ? 100 : 1;
  let share: number | undefined;
  let from = '';
  // A rate may leave out items with no outcome (the reference's `na`, skipped ones): 185 passed of 208 with 8 `na` is 92.5%.
  const outside = totalField === undefined ? 0 : top.filter((f) => f !== totalField && f.context.join(' ') === totalField.context.join(' ') && (playsRole(f, SKIPPED_WORDS) || f.own.some((w) => OTHER_OUTCOMES.has(w)))).reduce((a, f) => a + (f.value as number), 0);
  const rated = total === undefined ? 0 : total - outside;
  if (total !== undefined && total > 0 && passed !== undefined && rated > 0) [share, from] = [passed / rated, outside > 0 ? `${passed} passed of ${rated} with an outcome (${total} in all)` : `${passed} passed of ${total}`];
  else if (total !== undefined && total > 0 && failed !== undefined) [share, from] = [(total - failed) / total, `${failed} failed of ${total}`];
  else if (passed !== undefined && failed !== undefined && passed + failed > 0) [share, from] = [passed / (passed + failed), `${passed} passed and ${failed} failed`];
  else if (failed !== undefined && failed > 0 && value >= scale) [share, from] = [0, `${failed} failed`];
  // Items its own list says failed are left out of the rate too (`total: 10` beside three entries `status: failed`
  // bounds it at 70 %), when no count beside it counts as many (red team tj).
  const listed = failedEntriesListed(fields);
  if (listed > 0 && rated > 0 && (failed === undefined || listed > failed) && (share === undefined || (rated - listed) / rated < share)) {
    [share, from] = [Math.max(0, rated - listed) / rated, `${listed} of its ${rated} items listed as failed`];
  }
  if (share === undefined || !(failed !== undefined ? failed > 0 || share < 1 : share < 1)) return undefined;
  // A value is read as rounded to the places it is written with, but a fraction to at least two: `pass_rate: 1` is no
  // 0.8 rounded to a whole number (the JSON number 1.0 is written 1).
  const slack = 10 ** -Math.max(decimalsOf(value), scale === 1 ? 2 : 0) / 2 + Number.EPSILON * scale * 4;
  if (value <= share * scale + slack && !(share === 0 && value >= scale)) return undefined;
  const pointer = (totalField ?? top.find((f) => playsRole(f, FAIL_WORDS)) ?? top[0])?.pointer ?? '';
  return { code: 'inconsistent_counts', pointer, says: `counts ${from}: a pass rate ${share === 0 ? `below ${scale}` : `of at most ${String(Math.round(share * scale * 1e6) / 1e6)}`}, not ${String(value)}`, actual: value };
}

/** Units of code a coverage is measured over: an empty list of them says nothing of a count of findings (a linter lists only files with some). */
const CODE_UNITS: ReadonlySet<string> = new Set(['files', 'lines', 'statements', 'branches', 'functions']);
/**
 * A list or map under a name of what the value is measured over that holds nothing (`samples: []`, `requests: []`,
 * `benchmarks: []`, a coverage beside `files: {}`) counts 0 of them, as `samples: 0` does (red team tj): an empty list
 * proves nothing was measured. Files and lines count so beside a coverage only.
 */
function emptyListAsNone(field: Field, steps: readonly string[]): Field {
  const empty = Array.isArray(field.value) ? field.value.length === 0 : isRecord(field.value) && Object.keys(field.value).length === 0;
  const name = field.own.join(' ');
  if (!empty || !MEASURED_OVER.has(name) || qualified(field)) return field;
  if (CODE_UNITS.has(name) && !steps.some((step) => readWords(step).some((w) => w === 'coverage' || w === 'covered'))) return field;
  return { ...field, value: 0 };
}

/**
 * How many items the run's own lists beside a rate (`tests`, `results`, `cases`, …) give a failed outcome, each name once
 * and none that an entry of the same name passed (a retry) or that is exempt (`allow_failure`).
 */
function failedEntriesListed(fields: readonly Field[]): number {
  const failed = new Set<string>();
  const passed = new Set<string>();
  for (const field of fields) {
    if (field.context.length > 0 || !Array.isArray(field.value) || !ITEM_LISTS.has(field.own.join(' ')) || qualified(field)) continue;
    for (const [i, entry] of field.value.slice(0, MAX_ENTRIES_FOLLOWED).entries()) {
      if (!isRecord(entry) || exempt(entry)) continue;
      const outcome = Object.entries(entry).find(([k, v]) => typeof v === 'string' && nameWords(k).length === 1 && (ENTRY_STATUS_KEYS.has(nameWords(k)[0] as string) || nameWords(k)[0] === 'status'))?.[1] as string | undefined;
      if (outcome === undefined) continue;
      const name = `${field.pointer}:${itemName(entry) ?? String(i)}`;
      if (isFailedOutcome(outcome)) failed.add(name);
      else passed.add(name);
    }
  }
  return [...failed].filter((n) => !passed.has(n)).length;
}

/**
 * A count beside a measured value that says it was measured over nothing (`{"pct": 100, "total": 0}`, `covered: 0,
 * total: 0`, `lines_found: 0`): coverage of no line, a rate of no case, a latency of no request proves nothing.
 */
function measuredOverNothing(fields: readonly Field[]): Finding | undefined {
  const counts = fields.filter((f) => inSummary(f) && isCount(f.value) && !hasQualifier([...(f.written ?? f).context, ...(f.written ?? f).own]));
  const totals = counts.filter((f) => (playsRole(f, TOTAL_WORDS) || isItemTotal(f) || MEASURED_OVER.has(f.own.join(' '))) && !countsFindings(fields, f));
  if (totals.length === 0 || totals.some((f) => (f.value as number) > 0)) return undefined;
  if (counts.some((f) => (f.value as number) > 0 && (playsRole(f, PASSED_WORDS) || COVERED_WORDS.some((w) => f.own.includes(w))))) return undefined;
  const zero = totals[0] as Field;
  return { code: 'vacuous', pointer: zero.pointer, says: 'counts 0 items it was measured over: it measured nothing', actual: zero.value };
}

/**
 * A time measured over items every one of which failed (red team tw): `p99_latency_ms: 12` beside `requests: 1000` and
 * `errors: 1000`, `failed_requests: 1000`. A service that is down fails every request at once, and the latency of its
 * refusals meets any bound; the time was measured over nothing that worked. Only times are read so: a rate or a count
 * beside such counts is the rate and count checks' to weigh.
 */
function timedOverFailuresOnly(own: Field, fields: readonly Field[]): Finding | undefined {
  const unit = unitOfName(own.own);
  if (unit === undefined || UNITS().get(unit.unit)?.dimension !== 'time') return undefined;
  // Counts in the summary, or in an object named for what the time was measured over (`requests: {total, failed}`).
  const counts = fields.filter((f) => (inSummary(f) || MEASURED_OVER.has(f.context.join(' '))) && isCount(f.value) && (f.value as number) > 0 && !hasQualifier([...(f.written ?? f).context, ...(f.written ?? f).own]));
  for (const total of counts.filter((f) => MEASURED_OVER.has(f.own.join(' ')) || playsRole(f, TOTAL_WORDS))) {
    const over = total.own.filter((w) => !TOTAL_WORDS.has(w)).join(' ');
    const failed = counts.find((f) => f !== total && f.value === total.value && f.context.join(' ') === total.context.join(' ') && playsRole(f, FAIL_WORDS) && !qualified(f) && (failureStem(f) === '' || failureStem(f) === over));
    if (failed === undefined) continue;
    return { code: 'vacuous', pointer: failed.pointer, says: `counts ${String(failed.value)} failures, every one of the ${String(total.value)} items at ${total.pointer}: the time was measured over nothing that succeeded`, actual: failed.value };
  }
  return undefined;
}

/** Severities a scanner counts its findings by (npm audit's `info, low, moderate, high, critical, total`). */
const SEVERITY_WORDS: ReadonlySet<string> = new Set(['critical', 'high', 'medium', 'moderate', 'low', 'info', 'informational', 'negligible', 'blocker', 'major', 'minor', 'trivial']);

/**
 * Whether a total counts findings by severity (npm audit's `metadata.vulnerabilities: {critical: 0, …, total: 0}`): two
 * severity counts or more beside it. Zero findings is what a scan that ran reports, not a run over nothing; the items it
 * scanned are counted elsewhere (`dependencies.total`), if at all.
 */
function countsFindings(fields: readonly Field[], total: Field): boolean {
  if (!(playsRole(total, TOTAL_WORDS) || isItemTotal(total))) return false;
  const context = total.context.join(' ');
  return fields.filter((f) => f.context.join(' ') === context && isCount(f.value) && f.own.length === 1 && SEVERITY_WORDS.has(f.own[0] as string)).length >= 2;
}

/** Words that make a count's name a difference between two counts (`errors_delta: -3`), which may be below zero. */
const CHANGE_WORDS: ReadonlySet<string> = new Set(['delta', 'diff', 'difference', 'change', 'changed', 'regression', 'improvement', 'growth', 'increase', 'decrease', 'drift', 'net', 'relative', 'vs', 'trend', 'slope', 'offset']);

/**
 * The measured value itself is a count (`failed`, `passed`, `total`, `tests_run`) below zero: `failed: -1` met
 * `failed <= 0`, but no run fails -1 times. Only the sign is read: a mean (`errors_per_run: 0.5`) is no whole number.
 */
function negativeCount(own: Field): Finding | undefined {
  if (typeof own.value !== 'number' || own.value >= 0 || (own.written ?? own).own.some((w) => CHANGE_WORDS.has(w))) return undefined;
  if (!(COUNT_ROLES.some((role) => playsRole(own, role)) || isItemTotal(own) || MEASURED_OVER.has(own.own.join(' ')))) return undefined;
  return { code: 'wrong_type', pointer: own.pointer, says: 'is a count below zero, which no count can be (a count is a whole number of at least 0)', actual: own.value };
}

/** Units and names of quantities no measurement takes below zero: times, sizes, memory (red team wd). */
const MAGNITUDE_WORDS: ReadonlySet<string> = new Set([
  'ms', 'millis', 'milliseconds', 'ns', 'nanos', 'nanoseconds', 'us', 'micros', 'microseconds', 's', 'sec', 'secs', 'seconds', 'mins', 'minutes', 'hours',
  'bytes', 'kb', 'kib', 'mb', 'mib', 'gb', 'gib', 'tb', 'tib', 'latency', 'duration', 'elapsed', 'rss', 'memory', 'mem', 'heap', 'size', 'footprint',
]);
/** Names of quantities that may go below zero whatever their unit: a margin left, a clock's skew, time or space saved. */
const SIGNED_WORDS: ReadonlySet<string> = new Set(['skew', 'slack', 'margin', 'headroom', 'saving', 'savings', 'saved', 'reduction', 'gain', 'bias', 'error', 'balance', 'remaining', 'left', 'budget']);

/**
 * The measured value is a time or size below zero (`p99_latency_ms: -1`, `peak_rss_mb: -1`, `latency_ms: {p99: -5}`):
 * it met `<= 100`, but no request takes -1 ms; -1 is what a producer writes for "not measured". Only the sign is read; a
 * change (`latency_delta_ms`) or a margin (`headroom_mb`) may be below zero.
 */
function negativeMagnitude(own: Field, parentKey: string | undefined): Finding | undefined {
  if (typeof own.value !== 'number' || own.value >= 0) return undefined;
  const written = [...(parentKey === undefined ? [] : nameWords(parentKey)), ...(own.written ?? own).own];
  if (written.some((w) => CHANGE_WORDS.has(w) || SIGNED_WORDS.has(w))) return undefined;
  const words = [...(parentKey === undefined ? [] : readWords(parentKey)), ...own.own];
  if (!words.some((w) => MAGNITUDE_WORDS.has(w))) return undefined;
  return { code: 'wrong_type', pointer: own.pointer, says: 'is a time or size below zero, which no measurement is (what a producer writes for "not measured")', actual: own.value };
}

/** Words of what a share of items is of: passes, failures, skips, coverage (`pass_rate`, `failure_ratio`, `lines_pct` under `coverage`). */
const SHARE_SUBJECTS: ReadonlySet<string> = wordSet('SHARE_SUBJECTS', () => [...PASS_RATE_WORDS, ...FAIL_WORDS, ...SKIPPED_WORDS, ...COVERAGE_WORDS, 'covered', 'lines', 'line', 'branches', 'branch', 'statements', 'functions']);
/** Coverage in every language of the table (`coverage`, `abdeckung`, `couverture`, `覆盖`): `覆盖率: 150` is no share, as `coverage_pct: 150` is none. */
const COVERAGE_WORDS: ReadonlySet<string> = wordSet('COVERAGE_WORDS', () => readSet(vocabulary(['coverage'])));
/** Shares written as a fraction of one, never as a percentage. */
const FRACTION_WORDS: ReadonlySet<string> = new Set(['ratio', 'fraction', 'share']);

/**
 * The measured value is a share of items that no share can be: a pass rate or coverage above 100 (`pass_rate: 150`,
 * `lines_pct: 101`), a ratio above 1, or any such share below 0 (`failure_rate: -0.2` met `<= 0.01`). A rate of
 * failures may be per second, so only its sign is read; a change of a share (`pass_rate_delta`) may be below zero.
 */
function shareOutOfRange(own: Field, parentKey: string | undefined, limit: number | undefined): Finding | undefined {
  const v = own.value;
  if (typeof v !== 'number') return undefined;
  const words = [...(parentKey === undefined ? [] : readWords(parentKey)), ...own.own];
  const written = [...(parentKey === undefined ? [] : nameWords(parentKey)), ...(own.written ?? own).own];
  if (written.some((w) => CHANGE_WORDS.has(w)) || hasQualifier(written.filter((w) => !RATE_WORDS.has(w)))) return undefined;
  const rate = own.own.some((w) => RATE_WORDS.has(w)) || (own.own.length > 0 && own.own.every((w) => COVERAGE_WORDS.has(w))) || coverageShareName(own);
  if (!rate || !words.some((w) => SHARE_SUBJECTS.has(w))) return undefined;
  const failuresOnly = !words.some((w) => SHARE_SUBJECTS.has(w) && !FAIL_WORDS.has(w));
  // A limit of at most 1 (`pass_rate >= 0.95`) reads the share as a fraction: `pass_rate: 1.5` is no fraction, and a
  // percentage (87.5) compared with 0.95 would meet any fractional limit.
  const fraction = own.own.some((w) => FRACTION_WORDS.has(w)) || (!failuresOnly && limit !== undefined && limit > 0 && limit <= 1);
  const max = own.own.some((w) => PERCENT_WORDS.has(w)) ? 100 : fraction ? 1 : failuresOnly ? Infinity : 100;
  if (v >= 0 && v <= max) return undefined;
  const bound = max === 1 ? (own.own.some((w) => FRACTION_WORDS.has(w)) ? 'a ratio is between 0 and 1' : `compared with ${String(limit)}, a fraction between 0 and 1`) : max === 100 ? 'a share of items is between 0 and 100' : 'a rate of failures is at least 0';
  return { code: 'wrong_type', pointer: own.pointer, says: `is a share of items no share can be (${bound})`, actual: v };
}

/**
 * A limit that every value of the measured kind meets, so it proves nothing whatever the evidence says (red teams ug,
 * th): a floor at or below a kind's least value (`failed >= 0`, `flaky >= 0`, `error_rate >= 0`, `recall >= 0`,
 * `exit_code >= 0`), a ceiling at or above its greatest (`pass_rate_pct <= 100`, `uptime_pct <= 100`, `accuracy <= 1`,
 * `exit_code <= 255`, `p99_latency_ms < 1e15`: past a century in its unit), `!=` a value the kind never takes
 * (`failed != -1`, `failed != 0.5`, `pass_rate_pct != 101`), and a bound at or past 2^53, where counts stop being exact.
 * A bound some value can fail (`p99_latency_ms >= 200`, a sanity floor) is left alone, and so are changes and margins
 * (`latency_delta_ms >= -5`), which go below zero. `==` a value the kind never takes (`failed == 0.5`, `exit_code == 300`)
 * is met only by evidence that is no value of its kind, so it proves nothing either. Undefined, or what the limit says of the kind.
 */
export function limitEveryValueMeets(pointer: string, op: string, limit: number, root?: unknown, unit?: string): string | undefined {
  const lower = op === '>=' || op === '>';
  const upper = op === '<=' || op === '<';
  // `==` a value the kind never takes is met only by a value that is none of its kind (`failed == 0.5` by `failed: 0.5`).
  const exact = op === '!=' || op === '==';
  if (!lower && !upper && !exact) return undefined;
  const past = pastAnyMeasurement(op, limit) ?? (root === undefined ? undefined : ceilingPastItsTotal(root, pointer, op, limit));
  if (past !== undefined) return past;
  const kind = limitedKind(pointer);
  // A limit written in the gate's `unit` is compared in it (the value is converted): its ceiling is a century or an
  // exabyte in that unit, whatever unit the value's name states (`p99_latency_ms <= 1e9` with `unit: h`, 114,000 years).
  const magnitude = unit === undefined ? undefined : magnitudeIn(unit);
  if (magnitude !== undefined && upper && (op === '<=' ? limit >= magnitude.most : limit > magnitude.most)) return `${magnitude.name} is never above ${String(magnitude.most)} ${unit as string} (${magnitude.mostWhy as string})`;
  if (kind === undefined) return undefined;
  if (lower && (op === '>=' ? limit <= kind.least : limit < kind.least)) return `${kind.name} is never below ${String(kind.least)}`;
  if (upper && !(magnitude !== undefined && kind.name === 'a time or size') && (op === '<=' ? limit >= kind.most : limit > kind.most)) return `${kind.name} is never above ${String(kind.most)}${kind.mostWhy === undefined ? '' : ` (${kind.mostWhy})`}`;
  if (exact && (limit < kind.least || limit > kind.most)) return `${kind.name} is never ${String(limit)} (it is between ${String(kind.least)} and ${String(kind.most)})`;
  if (exact && kind.whole && !Number.isInteger(limit)) return `${kind.name} is a whole number, never ${String(limit)}`;
  return undefined;
}

/**
 * A limit on a share of items that the worst run meets: a ceiling on the share that passed or was covered
 * (`pass_rate_pct <= 80`, `line_coverage < 90`, `success_ratio < 0.95`, or `== 0`, `!= 100`), met by a run where nothing
 * passed (0), or a floor on the share that failed (`failure_rate_pct >= 5`), met by a run where all failed: the bound on
 * the wrong side of its kind, so the gate passes the worst run the report can describe (red team ri, ar). Only a name
 * made of nothing but such a share's words is read so (`pass_rate_pct`, `coverage/lines_pct`, `error_rate`): a share of
 * what was missed (`coverage/missed_pct`, `uncovered_lines_pct`), a change or spread of a share (`pass_rate_delta`,
 * `coverage_drop_pct`, `pass_rate_stddev`), a share of false passes and a model's metrics (`accuracy <= 0.99`, a check for
 * leaked test data) are left alone. Undefined, or what the limit says of the kind.
 */
export function ceilingOnSuccess(pointer: string, op: string, limit?: number): string | undefined {
  const kind = limitedKind(pointer);
  if (kind?.name !== 'a share') return undefined;
  const steps = parsePointer(pointer);
  const words = [...(steps.length > 1 ? readWords(steps.at(-2) as string) : []), ...readWords(steps.at(-1) as string)];
  if (!words.every((w) => SHARE_NAME_WORDS.has(w) || PASS_RATE_WORDS.has(w) || SHARE_COVERED_WORDS.has(w) || FAIL_WORDS.has(w) || RATE_WORDS.has(w) || PERCENT_WORDS.has(w))) return undefined;
  const passed = words.some((w) => PASS_RATE_WORDS.has(w) || SHARE_COVERED_WORDS.has(w));
  const failed = words.some((w) => FAIL_WORDS.has(w));
  if (passed === failed) return undefined;
  if (passed) {
    const metByNone = op === '<' || op === '<=' || (op === '==' && limit === 0) || (op === '!=' && limit !== undefined && limit !== 0);
    return metByNone ? 'a share of items that passed or were covered, whose limit a run where none did (0) meets' : undefined;
  }
  const floor = limit !== undefined && ((op === '>=' && limit <= kind.most) || (op === '>' && limit < kind.most));
  return floor ? 'a share of items that failed, whose floor a run where all did meets' : undefined;
}

/**
 * A floor on a latency (`p99_latency_ms >= 200`, `latency.p95 > 50`, `checkout_latency_p99_ms`, k6's `http_req_duration`
 * or `http_req_waiting` `p(95) >= 100`, its `iteration_duration`): a latency is worse the higher it is, so the slowest run
 * a report can describe (a p99 of minutes) meets every floor on it (red teams ug, xa). A name that turns which side is
 * worse, or names no latency but a setting or a count of it, is left alone: the least latency (`min_latency_ms >= 0.05`,
 * a check that the clock measured anything), a budget, target or timeout, an improvement, headroom, a share or a count of
 * samples, and durations in general (a soak test's `duration_hours >= 24` is a floor on purpose). Undefined, or why the
 * worst run meets the limit.
 */
export function floorOnALatency(pointer: string, op: string): string | undefined {
  if (op !== '>=' && op !== '>') return undefined;
  const steps = parsePointer(pointer);
  const words = steps.flatMap((s) => readWords(s));
  const timed = (w: string, before: string | undefined): boolean => (K6_TIMINGS.has(w) && (before === 'req' || before === 'request' || before === 'response' || before === 'resp')) || (w === 'trip' && before === 'round') || (w === 'duration' && before === 'iteration') || (w === 'byte' && before === 'first');
  if (!words.some((w, i) => LATENCY_WORDS.has(w) || timed(w, words[i - 1])) && !latencyAbbreviated(words)) return undefined;
  return steps.slice(-2).flatMap((s) => readWords(s)).some((w) => LATENCY_SIDE_TURNED.has(w)) ? undefined : 'a latency, whose floor the slowest run meets';
}
const LATENCY_WORDS: ReadonlySet<string> = new Set(['latency', 'latencies', 'ttfb', 'rtt', 'roundtrip', 'latenz', 'latencia', 'latência', 'latence', 'latenza', 'latentie']);
/**
 * A latency named without its word (red team xf, session 39): an abbreviation (`lat_p99_ms`, `latP99`, `rt_p95_ms`) or a
 * response measured in a unit of time (`p95_response_ms`, `response_ms/p95`, `resp_us`): a response's count, size or
 * share (`response_count`, `response_bytes`, `response_ok_pct`) names no unit of time, and `lat` alone may be a latitude,
 * so each needs a unit of time in the name (or, for `lat`, a percentile: `lat_p99`).
 */
function latencyAbbreviated(words: readonly string[]): boolean {
  const timeUnit = words.some((w) => TIME_UNIT_WORDS().has(w));
  const percentile = words.some((p) => /^p\d{2,4}$/u.test(p));
  // A percentile of a time (`p99_ms`, `api/p99_ms`, `e2e_ms/p95`) is a latency's distribution: its floor the slowest run
  // meets too (red team xe, session 40); a percentile of a count or a size names no unit of time.
  // Not a time whose higher side is the better one (`uptime_p50_s`, `session_p50_s`, `mtbf_p50_s`, `cache_ttl_p99_s`).
  const longerIsBetter = words.some((w) => LONGER_IS_BETTER().has(w));
  return (percentile && timeUnit && !longerIsBetter) || words.some((w) => (RESPONSE_WORDS().has(w) && timeUnit) || (w === 'lat' && (timeUnit || percentile)));
}
const LONGER_IS_BETTER = lazy((): ReadonlySet<string> => new Set(['uptime', 'ttl', 'life', 'lifetime', 'mtbf', 'mttf', 'between', 'session', 'sessions', 'retention', 'dwell', 'watch', 'availability', 'survival', 'battery', 'idle', 'keepalive', 'soak']));
const RESPONSE_WORDS = lazy((): ReadonlySet<string> => new Set(['resp', 'response', 'responses', 'rt']));
const TIME_UNIT_WORDS = lazy((): ReadonlySet<string> => new Set(['ms', 'msec', 'msecs', 'millis', 'milliseconds', 'us', 'usec', 'usecs', 'μs', 'µs', 'micros', 'microseconds', 'ns', 'nanos', 'nanoseconds', 's', 'sec', 'secs', 'seconds']));
/** k6's timings of a request (`http_req_waiting`, `http_req_tls_handshaking`) and a response's time: each a latency. */
const K6_TIMINGS: ReadonlySet<string> = new Set(['time', 'duration', 'waiting', 'blocked', 'connecting', 'handshaking', 'sending', 'receiving']);
/** Words in a latency's name that make it no latency's worse side: the least, a setting, a change, a share or a count. */
const LATENCY_SIDE_TURNED: ReadonlySet<string> = new Set([
  'min', 'minimum', 'lowest', 'least', 'fastest', 'best', 'floor', 'budget', 'budgets', 'timeout', 'timeouts', 'limit', 'limits', 'threshold', 'thresholds',
  'target', 'targets', 'goal', 'slo', 'slos', 'sla', 'slas', 'expected', 'allowed', 'baseline', 'previous', 'prev', 'improvement', 'improvements', 'improved',
  'reduction', 'reduced', 'saving', 'savings', 'saved', 'headroom', 'margin', 'slack', 'change', 'delta', 'diff', 'difference', 'drop', 'gain', 'speedup',
  'regression', 'count', 'counts', 'samples', 'sample', 'num', 'number', 'pct', 'percent', 'percentage', 'ratio', 'rate', 'share', 'score', 'apdex',
  'bucket', 'buckets', 'le', 'histogram', 'config', 'setting', 'settings',
]);
/** Words a plain share's name holds beside its pass, coverage, failure and rate words (`lines_pct`, `test_success_rate`). */
const SHARE_NAME_WORDS: ReadonlySet<string> = new Set(['ratio', 'share', 'fraction', 'line', 'lines', 'branch', 'branches', 'statement', 'statements', 'function', 'functions', 'method', 'methods', 'test', 'tests', 'case', 'cases', 'spec', 'specs', 'suite', 'suites', 'total', 'overall', 'all', 'code', 'unit', 'summary', 'results', 'stats', 'metrics', 'percentage']);
/** Words of what was covered (`coverage`, `covered`), never of what was not (`uncovered`). */
const SHARE_COVERED_WORDS: ReadonlySet<string> = new Set(['coverage', 'covered']);

/** A bound at or past ±(2^53 - 1) (`<= 9007199254740991`, `<= Infinity`, `>= -1e300`), or `!=` past it (`!= 1e300`): past any number a measurement reaches exactly. */
function pastAnyMeasurement(op: string, limit: number): string | undefined {
  // 2^53 - 1 itself is a sentinel some producers write for "unbounded" (`maxConcurrentTestRunners`), so `!=` it says something.
  if (op === '!=' || op === '==' ? Math.abs(limit) > Number.MAX_SAFE_INTEGER : op === '>=' || op === '>' ? limit <= -Number.MAX_SAFE_INTEGER : limit >= Number.MAX_SAFE_INTEGER) {
    return op === '!=' || op === '==' ? `no measurement is ${String(limit)}, past 2^53 where counts stop being exact` : `every number a measurement reaches is ${op === '!=' || op[0] === '<' ? 'below' : 'above'} ${String(limit)}`;
  }
  return undefined;
}

/**
 * A ceiling on a count of one outcome of a run's items (`failed`, `errors`, `skipped`, `passed`) at or past the total of
 * those items its own document states (`failed < 1e15` beside `total: 12`, `failed <= 12`, `failed != 13`): no run has
 * more outcomes than items, so every run of that size meets it (red team th). The ceiling of a count is set by what it
 * counts: outcomes of items by the items the run ran; counts of events with no stated total (requests, samples, fuzz
 * executions, which reach 1e12 and more) by nothing short of 2^53, the cut every bound has.
 */
function ceilingPastItsTotal(root: unknown, pointer: string, op: string, limit: number): string | undefined {
  if (op !== '<' && op !== '<=' && op !== '!=') return undefined;
  const key = parsePointer(pointer).at(-1);
  if (key === undefined) return undefined;
  const own: Field = { pointer, own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value: 0 };
  const role = [FAIL_WORDS, PASSED_WORDS, SKIPPED_WORDS].find((r) => playsRole(own, r));
  // A rate or share of them (`failure_rate_pct <= 20` beside `total: 12`) is bounded by its scale, not by the items.
  if (role === undefined || limitedKind(pointer)?.name !== 'a count') return undefined;
  const totals = fieldsBeside(root, pointer)
    .map(countShownByText)
    .filter((f) => isCount(f.value) && ((playsRole(f, TOTAL_WORDS) && stemOf(f, TOTAL_WORDS) === stemOf(own, role)) || (f.context.length === 0 && isItemTotal(f))));
  // Past every total it states: a document that counts its items twice bounds the outcome by the larger.
  const total = totals.reduce<Field | undefined>((most, f) => (most === undefined || (f.value as number) > (most.value as number) ? f : most), undefined);
  if (total === undefined) return undefined;
  const items = total.value as number;
  if (op === '<=' ? limit < items : limit <= items) return undefined;
  return `a count of one outcome of a run's items is never above the ${String(items)} ${items === 1 ? 'item' : 'items'} the run ran (${total.pointer} = ${String(items)})`;
}

/** A time or size in `unit` (a gate's `unit` option), up to a century or an exabyte in it; undefined for another unit. */
function magnitudeIn(unit: string): LimitedKind | undefined {
  const known = UNITS().get(unitKey(unit));
  if (known === undefined) return undefined;
  if (known.dimension === 'time') return { name: 'a time', least: 0, most: Number(((CENTURY_SECONDS * 1e9) / known.size).toPrecision(3)), whole: false, mostWhy: 'a century: no run measures longer' };
  return { name: 'a size', least: 0, most: Number((EXABYTE / known.size).toPrecision(3)), whole: false, mostWhy: 'an exabyte: no artifact, memory or store a release measures is as large' };
}

/** The range of values a kind of measurement takes, and whether it is a whole number. */
interface LimitedKind { name: string; least: number; most: number; whole: boolean; mostWhy?: string }

/**
 * The kind of the value at `pointer` by its name, with the range its values take: an exit status (0..255), a share (0
 * to its whole scale), a rate or percentage (at least 0), a count (a whole number of at least 0), a time or size (at
 * least 0; a time less than a century in its unit). Undefined for a name of no such kind, or of one that goes negative.
 */
function limitedKind(pointer: string): LimitedKind | undefined {
  const steps = parsePointer(pointer);
  const key = steps.at(-1);
  if (key === undefined) return undefined;
  const parentKey = steps.at(-2);
  const own: Field = { pointer, own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value: 0 };
  const written = [...(parentKey === undefined ? [] : nameWords(parentKey)), ...nameWords(key)];
  const words = [...(parentKey === undefined ? [] : readWords(parentKey)), ...own.own];
  // A sentence used as a key (a message catalogue's) names no measurement: its words are read only in a short name.
  const short = own.own.length <= MEASUREMENT_NAME_WORDS;
  const rated = short && own.own.some((w) => RATE_WORDS.has(w) || PERCENT_WORDS.has(w));
  const counted = short && (COUNTED_NOUNS.has(own.own.at(-1) as string) || own.own.some((w, i) => COUNT_WORDS.has(w) && (i === own.own.length - 1 || i === 0)));
  if (EXIT_STATUS_NAMES.has(own.own.slice(-2).join(' ')) || EXIT_STATUS_NAMES.has(own.own.at(-1) as string)) return { name: 'an exit status', least: 0, most: 255, whole: true };
  const change = changeInPercentOfAMagnitude(written, words);
  if (change !== undefined) return change;
  // `error` is a signed word as a measurement's error (`mean_error: -0.3`), not as what a rate or count is of (`error_rate`).
  if (written.some((w) => CHANGE_WORDS.has(w) || SIGNED_LIMIT_WORDS.has(w) || (SIGNED_WORDS.has(w) && !(w === 'error' && (rated || counted))))) return undefined;
  const share = shareScale(own, words, written) ?? boundedShareScale(own.own, words);
  if (share !== undefined) return { name: 'a share', least: 0, most: share, whole: false };
  if (rated) return { name: 'a rate', least: 0, most: Infinity, whole: false };
  // What a coverage report calls `lines` or `total` (`coverage: {total: 87.5}`) is a percentage, not a whole count.
  const whole = !own.own.some((w) => AVERAGE_WORDS.has(w)) && !words.some((w) => COVERAGE_WORDS.has(w)) && (counted || COUNT_ROLES.some((role) => playsRole(own, role)) || severityOfCounted(own.own, parentKey));
  if (counted || COUNT_ROLES.some((role) => playsRole(own, role)) || isItemTotal(own) || MEASURED_OVER.has(own.own.join(' ')) || severityOfCounted(own.own, parentKey)) {
    return { name: whole ? 'a count' : 'a count or a share of items', least: 0, most: Infinity, whole };
  }
  if (!words.some((w) => MAGNITUDE_WORDS.has(w))) return undefined;
  const unit = own.own.find((w) => SECONDS_IN.has(w));
  const century = unit === undefined ? Infinity : CENTURY_SECONDS / (SECONDS_IN.get(unit) as number);
  if (unit !== undefined) return { name: 'a time or size', least: 0, most: century, whole: false, mostWhy: `a century in ${unit}: no run measures longer` };
  const sizeUnit = own.own.find((w) => UNITS().get(w)?.dimension === 'size');
  if (sizeUnit === undefined) return { name: 'a time or size', least: 0, most: Infinity, whole: false };
  return { name: 'a time or size', least: 0, most: Number((EXABYTE / (UNITS().get(sizeUnit) as Unit).size).toPrecision(3)), whole: false, mostWhy: `an exabyte in ${sizeUnit}: no artifact, memory or store a release measures is as large` };
}

/**
 * A change in percent of a time or size (`latency_change_pct`, `bundle_size_delta_pct`, `rss_growth_percent`): the new
 * value less the old over the old, never below -100 (the value gone to zero), so a floor at -100 or lower is met by every
 * value. Its ceiling is open, and a decrease or a saving (the other sign, defined many ways) is read as no kind.
 */
function changeInPercentOfAMagnitude(written: readonly string[], words: readonly string[]): LimitedKind | undefined {
  if (!written.some((w) => PERCENT_WORDS.has(w)) || !written.some((w) => RISE_WORDS.has(w))) return undefined;
  if (written.some((w) => SIGNED_LIMIT_WORDS.has(w) || SIGNED_WORDS.has(w)) || !words.some((w) => MAGNITUDE_WORDS.has(w))) return undefined;
  return { name: 'a change in percent of a time or size', least: -100, most: Infinity, whole: false };
}
/** Change words whose sign is new less old (a rise above zero): a fall of a time or size stops at -100%. */
const RISE_WORDS: ReadonlySet<string> = new Set(['delta', 'diff', 'change', 'changed', 'growth', 'increase', 'drift', 'regression', 'trend']);
/** 10^18 bytes: past any single artifact, memory or store a release gate weighs. */
const EXABYTE = 1e18;

/**
 * The whole scale of a share named by what it measures rather than by a rate word: a model's metrics (`accuracy`,
 * `recall`, `auc`: 1, or 100 named a percentage), and a percentage of a bounded whole (`uptime_pct`, `mutation_score_pct`).
 * A percentage of what may exceed its whole (`cpu_pct` over many cores) has none.
 */
function boundedShareScale(own: readonly string[], words: readonly string[]): number | undefined {
  const percent = own.some((w) => PERCENT_WORDS.has(w));
  // The metric is what the name ends on (`top1_accuracy`, `f1_score`, `recall_pct`), not a word inside a phrase (`prioritize_performance_over_accuracy`).
  const named = own.filter((w) => !PERCENT_WORDS.has(w) && !RATE_WORDS.has(w) && w !== 'score');
  if (named.length <= 3 && MODEL_METRICS.has(named.at(-1) as string)) return percent ? 100 : 1;
  if (!words.some((w) => BOUNDED_WHOLES.has(w))) return undefined;
  return percent ? 100 : own.some((w) => FRACTION_WORDS.has(w)) ? 1 : undefined;
}

/** A severity under a name of what a run counts (`vulnerabilities: {critical: 3}`, `issues/high`): a count of that severity. */
function severityOfCounted(own: readonly string[], parentKey: string | undefined): boolean {
  return parentKey !== undefined && own.length === 1 && SEVERITY_WORDS.has(own[0] as string) && readWords(parentKey).some((w) => COUNTED_NOUNS.has(w));
}

/** Nouns a run counts (`flaky: 2`, `warnings`, `retries`, `vulnerabilities`): a whole number of at least 0. */
const COUNTED_NOUNS: ReadonlySet<string> = wordSet('COUNTED_NOUNS', () => [
  'failures', 'failed', 'fails', 'errors', 'errored', 'warnings', 'warns', 'retries', 'retried', 'reruns', 'rerun', 'attempts', 'vulnerabilities', 'vulns', 'cves', 'advisories',
  'flaky', 'flakes', 'flakies', 'skipped', 'skips', 'issues', 'findings', 'alerts', 'violations', 'bugs', 'defects', 'incidents', 'crashes', 'timeouts', 'exceptions',
  'panics', 'leaks', 'smells', 'offenses', 'offences', 'problems', 'todos', 'blockers', 'hotspots', 'restarts', 'rejections', 'rejected', 'broken', 'pending', 'todo',
  'passed', 'passes', 'tests', 'cases', 'checks', 'suites', 'specs', 'scenarios', 'assertions', 'survived', 'killed', 'mutants', 'regressions', 'diagnostics', 'lints',
]);
/** Words that make a count a mean per item (`errors_per_run: 0.5`), which need not be whole. */
const AVERAGE_WORDS: ReadonlySet<string> = wordSet('AVERAGE_WORDS', () => ['per', 'avg', 'average', 'mean', 'median']);
/** Names of a process's exit status, which is 0..255 (`exit_code >= 0` is met by a failing run's 1). */
const EXIT_STATUS_NAMES: ReadonlySet<string> = wordSet('EXIT_STATUS_NAMES', () => ['exit code', 'exit status', 'exitcode', 'exitstatus', 'return code', 'returncode', 'rc']);
/** A model's metrics, shares of 1 (or of 100 named a percentage). */
const MODEL_METRICS: ReadonlySet<string> = wordSet('MODEL_METRICS', () => ['accuracy', 'precision', 'recall', 'auc', 'f1', 'specificity', 'sensitivity', 'iou', 'jaccard', 'dice']);
/** Wholes a share never exceeds: time up, mutants killed, cache hits, checks complied with. */
const BOUNDED_WHOLES: ReadonlySet<string> = wordSet('BOUNDED_WHOLES', () => ['uptime', 'availability', 'mutation', 'hit', 'hits', 'compliance', 'completion']);
/** Names of quantities below zero besides changes and margins: temperatures, returns, correlations, levels in decibels. */
const SIGNED_LIMIT_WORDS: ReadonlySet<string> = wordSet('SIGNED_LIMIT_WORDS', () => ['temperature', 'temp', 'celsius', 'fahrenheit', 'return', 'returns', 'pnl', 'profit', 'correlation', 'corr', 'sharpe', 'db', 'dbm', 'snr', 'zscore', 'z', 'balance', 'difference']);
/** Seconds in each unit a time is named in; a time limit past a century in its unit is met by every run. */
const SECONDS_IN: ReadonlyMap<string, number> = new Map([
  ['ns', 1e-9], ['nanos', 1e-9], ['nanoseconds', 1e-9], ['us', 1e-6], ['micros', 1e-6], ['microseconds', 1e-6], ['ms', 1e-3], ['millis', 1e-3], ['milliseconds', 1e-3],
  ['s', 1], ['sec', 1], ['secs', 1], ['seconds', 1], ['mins', 60], ['minutes', 60], ['hours', 3600],
]);
const CENTURY_SECONDS = 100 * 365.25 * 86_400;
/** The most words a measurement's name is read in for its kind (`p99_request_latency_ms`, `number_of_flaky_tests`). */
const MEASUREMENT_NAME_WORDS = 6;

/** The whole scale of a share of items named so (100 for a percentage or a rate of unstated scale, 1 for a ratio), Infinity for a rate of failures, which may be per second; undefined for no share. */
function shareScale(own: Field, words: readonly string[], written: readonly string[]): number | undefined {
  if (hasQualifier(written.filter((w) => !RATE_WORDS.has(w)))) return undefined;
  const rate = own.own.some((w) => RATE_WORDS.has(w)) || (own.own.length > 0 && own.own.every((w) => COVERAGE_WORDS.has(w)));
  if (!rate || !words.some((w) => SHARE_SUBJECTS.has(w))) return undefined;
  if (own.own.some((w) => PERCENT_WORDS.has(w))) return 100;
  if (own.own.some((w) => FRACTION_WORDS.has(w))) return 1;
  return words.some((w) => SHARE_SUBJECTS.has(w) && !FAIL_WORDS.has(w)) ? 100 : Infinity;
}

/**
 * A value named a percentage (`line_coverage_pct`, `pass_rate_percent`) that must reach a limit of at most 1 (`>= 0.8`,
 * a fraction) while it is itself at most 1: read as the percentage its name says (0.85 %) it falls far short of 80 %,
 * read as a fraction its producer misnamed it meets it, and nothing in the document says which (red team zd). An
 * upper bound (`flaky_pct <= 1`) is left alone: a small percentage under a small limit is what it says.
 */
export function fractionalBoundOnAPercentage(pointer: string, value: number, limit: number, lowerBound: boolean): StatusContradiction | undefined {
  const key = parsePointer(pointer).at(-1);
  // Below the limit it fails on either scale: threshold_not_met says so.
  if (!lowerBound || key === undefined || !(limit > 0 && limit <= 1) || !(value >= limit && value <= 1)) return undefined;
  if (!readWords(key).some((w) => PERCENT_WORDS.has(w))) return undefined;
  return {
    code: 'wrong_type',
    pointer,
    message: `is ${String(value)} under a name that says it is a percentage (${String(value)} %), compared with ${String(limit)}, a fraction (${String(limit * 100)} %): which scale the value is on is unknown`,
    actual: value,
  };
}

/** A pass rate's name: pass words and rate words only, none qualified or of a change (`pass_rate`, `success_pct`). */
function passRateName(field: Field): boolean {
  const written = (field.written ?? field).own;
  return field.own.some((w) => PASS_RATE_WORDS.has(w)) && field.own.some((w) => RATE_WORDS.has(w)) && !written.some((w) => CHANGE_WORDS.has(w)) && !hasQualifier(written.filter((w) => !RATE_WORDS.has(w)));
}
/** What a pass rate is of, its scale words left out: `pass_rate`, `pass_pct` and `passed_percent` are one rate; `success_rate` another. */
const rateSubject = (field: Field): string => field.own.filter((w) => !RATE_WORDS.has(w) && !ITEM_JOINERS.has(w)).map((w) => (/^pass/u.test(w) ? 'pass' : /^success/u.test(w) ? 'success' : w)).join(' ');
/** A pass rate as a fraction of one, read as a percentage when named one or above 1. */
const asFraction = (field: Field, value: number): number => (field.own.some((w) => PERCENT_WORDS.has(w)) || value > 1 ? value / 100 : value);

/**
 * The measured pass rate beside the same rate written on the other scale that gives another share (`pass_rate: 1`
 * beside `pass_rate_pct: 80`): one of them was not taken from the run. A point of difference is rounding.
 */
function twinRateDisagrees(own: Field, fields: readonly Field[], numbers: NumberSpellings): Finding | undefined {
  if (typeof own.value !== 'number' || !passRateName(own)) return undefined;
  const mine = asFraction(own, own.value);
  for (const f of fields) {
    const n = typeof f.value === 'string' ? numberInText(f.value.replace(/%\s*$/u, '')) : f.value;
    // A twin in the summary object beside the rate (`totals: {pass_rate: 0.4}`) is the same document's word on it too.
    if ((f.context.length > 0 && !SUMMARY_HOLDERS.has(f.context.join(' '))) || typeof n !== 'number' || !passRateName(f) || rateSubject(f) !== rateSubject(own)) continue;
    // A twin the value is judged against is read exactly or not at all (fuzz: `pass_rate_pct: 96.400000000000000000001`).
    const written = numbers.inexact.get(f.pointer);
    if (written !== undefined) return { code: 'imprecise_number', pointer: f.pointer, says: `is the pass rate ${written}, which no double holds exactly`, actual: written };
    const theirs = typeof f.value === 'string' && f.value.trim().endsWith('%') ? n / 100 : asFraction(f, n);
    if (Math.abs(theirs - mine) <= 0.01 + Number.EPSILON) continue;
    return { code: 'inconsistent_counts', pointer: f.pointer, says: `gives a pass rate of ${String(Math.round(theirs * 1e6) / 1e4)}%, not ${String(Math.round(mine * 1e6) / 1e4)}%`, actual: f.value };
  }
  return undefined;
}

/**
 * Units a measured name or a `unit` field may name, by dimension and size in that dimension's base (nanoseconds, bytes):
 * whole numbers, so converting between two units is one exact multiplication or one correctly rounded division.
 */
type Unit = { dimension: 'time' | 'size'; size: number };
const UNIT_NAMES: ReadonlyArray<readonly [Unit, readonly string[]]> = [
  [{ dimension: 'time', size: 1 }, ['ns', 'nanos', 'nanosecond', 'nanoseconds']],
  [{ dimension: 'time', size: 1e3 }, ['us', 'µs', 'μs', 'micros', 'microsecond', 'microseconds']],
  [{ dimension: 'time', size: 1e6 }, ['ms', 'millis', 'msec', 'msecs', 'millisecond', 'milliseconds']],
  [{ dimension: 'time', size: 1e9 }, ['s', 'sec', 'secs', 'second', 'seconds']],
  [{ dimension: 'time', size: 6e10 }, ['min', 'mins', 'minute', 'minutes']],
  // Hours and days are units too: a report in hours beside a limit in minutes must not be compared as written (red team zf).
  [{ dimension: 'time', size: 3.6e12 }, ['h', 'hr', 'hrs', 'hour', 'hours']],
  [{ dimension: 'time', size: 8.64e13 }, ['day', 'days']],
  [{ dimension: 'size', size: 1 }, ['b', 'byte', 'bytes']],
  [{ dimension: 'size', size: 1024 }, ['kb', 'kib']],
  [{ dimension: 'size', size: 1024 ** 2 }, ['mb', 'mib']],
  [{ dimension: 'size', size: 1024 ** 3 }, ['gb', 'gib']],
  [{ dimension: 'size', size: 1024 ** 4 }, ['tb', 'tib']],
];
const UNITS = lazy((): ReadonlyMap<string, Unit> => new Map(UNIT_NAMES.flatMap(([unit, names]) => names.map((n) => [n, unit] as const))));

/** The unit a name ends in and the words before it (`p99_latency_ms` → ms, `p99 latency`), or undefined. */
function unitOfName(words: readonly string[]): { unit: string; stem: string } | undefined {
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !UNITS().has(last)) return undefined;
  // A rate's unit is its denominator: `errors_per_second` counts errors, it lasts no seconds (red team zf).
  if (words.at(-2) === 'per') return undefined;
  return { unit: last, stem: words.slice(0, -1).join(' ') };
}

/** A number written with its unit (`"350ms"`, `"0.35 s"`): its value and unit, or undefined. */
function numberWithUnit(text: string): { value: number; unit: string; written: string } | undefined {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([\p{L}µ]+)\s*$/iu.exec(text);
  const unit = m?.[2]?.toLowerCase();
  if (m === null || unit === undefined || !UNITS().has(unit)) return undefined;
  return { value: Number(m[1]), unit, written: m[1] as string };
}

/** A twin the value is judged against is read exactly or not at all: one no double holds, or no finite number (`.nan`), is no twin to agree with. */
function twinUnread(f: Field, value: number, numbers: NumberSpellings): Finding | undefined {
  const written = numbers.inexact.get(f.pointer);
  if (written !== undefined) return { code: 'imprecise_number', pointer: f.pointer, says: `is ${written}, which no double holds exactly`, actual: written };
  if (!Number.isFinite(value)) return { code: 'wrong_type', pointer: f.pointer, says: `is ${String(value)}, no measured amount`, actual: String(value) };
  return undefined;
}

/** One unit of the last digit a number is written to (`0.35` → 0.01), so a twin rounded or cut short when written still agrees. */
function lastDigit(written: number | string): number {
  const [mantissa = '', exponent = '0'] = (typeof written === 'number' ? Math.abs(written).toString() : written.replace(/^[+-]/u, '').toLowerCase()).split('e');
  return 10 ** -((mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * The measured value names its unit (`p99_latency_ms: 150`) while the document beside it says another: a `unit` field of
 * the same dimension (`unit: "s"`, `units: "µs"`), or a twin of the same quantity in another unit that gives another
 * amount (`p99_latency_s: 0.35`, `p99_latency: "350ms"`). Which one the producer measured is unknown, and a limit in
 * milliseconds met by seconds proves nothing (red team zd). A twin within one unit of the coarser written digit agrees: rounded (`0.35` beside `350.4`) or cut short (`1` s beside `1999` ms).
 */
function unitDisagrees(own: Field, fields: readonly Field[], numbers: NumberSpellings): Finding | undefined {
  const mine = unitOfName(own.own);
  if (mine === undefined || typeof own.value !== 'number') return undefined;
  const { dimension, size } = UNITS().get(mine.unit) as Unit;
  for (const f of fields) {
    const declared = declaresUnitOf(f, own.own, mine.stem) && typeof f.value === 'string' ? UNITS().get(f.value.trim().toLowerCase()) : undefined;
    if (declared !== undefined && declared.dimension === dimension && declared.size !== size) {
      return { code: 'inconsistent_counts', pointer: f.pointer, says: `says the unit is ${JSON.stringify(f.value)}, not ${mine.unit} as its name says`, actual: f.value };
    }
    if (f.context.length > 0) continue;
    const twinName = unitOfName(f.own);
    const twin =
      twinName !== undefined && twinName.stem === mine.stem && typeof f.value === 'number'
        ? { value: f.value, unit: twinName.unit, written: f.value as number | string }
        : f.own.join(' ') === mine.stem && typeof f.value === 'string'
          ? numberWithUnit(f.value)
          : undefined;
    if (twin === undefined) continue;
    const theirs = UNITS().get(twin.unit) as Unit;
    if (theirs.dimension !== dimension) continue;
    const unread = twinUnread(f, twin.value, numbers);
    if (unread !== undefined) return unread;
    const slack = Math.max(lastDigit(twin.written) * theirs.size, lastDigit(own.value) * size) + Math.abs(own.value * size) * 1e-9;
    if (Math.abs(twin.value * theirs.size - own.value * size) <= slack) continue;
    const inMine = twin.value * (theirs.size / size);
    return { code: 'inconsistent_counts', pointer: f.pointer, says: `gives ${String(Math.round(inMine * 1e6) / 1e6)} ${mine.unit}, not ${String(own.value)}`, actual: f.value };
  }
  return undefined;
}

/**
 * The rank a percentile's name gives it (`p99_latency_ms` → 99, `p999` and `p99.9` → 99.9, k6's `p(95)` → 95, `median`
 * and `med` → 50) and the rest of its name, or undefined. `min` and `max` are left out: beside a percentile they are as
 * often a budget (`max_latency_ms: 250`) as a measurement.
 */
function percentileOf(words: readonly string[]): { rank: number; stem: string } | undefined {
  for (const [i, word] of words.entries()) {
    let digits = /^p(\d{1,4})$/u.exec(word)?.[1];
    let used = 1;
    if (digits === undefined && word === 'p' && /^\d{1,4}$/u.test(words[i + 1] ?? '')) [digits, used] = [words[i + 1], 2];
    const rank = digits === undefined ? (word === 'median' || word === 'med' ? 50 : undefined) : rankOf(digits);
    if (rank === undefined) continue;
    // `p99.9` reads as `p99` then `9`.
    const after = words[i + used];
    const fine = digits !== undefined && after !== undefined && /^\d{1,3}$/u.test(after) ? Number(`${rank}.${after}`) : rank;
    const rest = [...words.slice(0, i), ...words.slice(i + used + (fine === rank ? 0 : 1))];
    return { rank: fine, stem: rest.join(' ') };
  }
  return undefined;
}
// From the median up: `p0`…`p4` name priorities as often as percentiles (`p1_bugs: 3` beside `p2_bugs: 1`).
const rankOf = (digits: string): number | undefined => (digits.length === 2 && Number(digits) >= 50 ? Number(digits) : digits.length > 2 && digits.startsWith('99') ? Number(`99.${digits.slice(2)}`) : undefined);

/**
 * A percentile measured below a lower percentile of the same measure beside it, or above a higher one (red team tw):
 * `p99_latency_ms: 120` beside `p50_latency_ms: 300`, `latency: {p50: 300, p99: 120}`. The percentiles of one
 * distribution never fall as their rank rises, so the document contradicts itself and the value compared is not what
 * was measured. To the precision each is written in: a rounding never reverses them.
 */
function percentilesOutOfOrder(own: Field, fields: readonly Field[], numbers: NumberSpellings): Finding | undefined {
  const mine = percentileOf(own.own);
  if (mine === undefined || typeof own.value !== 'number' || !Number.isFinite(own.value)) return undefined;
  for (const f of fields) {
    if (f.context.length > 0 || typeof f.value !== 'number' || !Number.isFinite(f.value)) continue;
    // The same name but its rank (`baseline_p50_latency_ms` is another run's, `p50_budget_ms` a bound): one measure.
    const theirs = percentileOf(f.own);
    if (theirs === undefined || theirs.stem !== mine.stem || theirs.rank === mine.rank) continue;
    // A percentile beside it that no double holds cannot be weighed against it, as a twin in another unit cannot.
    const unread = twinUnread(f, f.value, numbers);
    if (unread !== undefined) return unread;
    const slack = Math.max(lastDigit(f.value), lastDigit(own.value));
    const reversed = theirs.rank < mine.rank ? f.value - own.value > slack : own.value - f.value > slack;
    if (!reversed) continue;
    const how = theirs.rank < mine.rank ? 'above' : 'below';
    return { code: 'inconsistent_counts', pointer: f.pointer, says: `is ${String(f.value)}, a percentile of rank ${String(theirs.rank)} ${how} the value of rank ${String(mine.rank)}: the percentiles of one measure never fall as their rank rises`, actual: f.value };
  }
  return undefined;
}

const UNIT_FIELD_NAMES: ReadonlySet<string> = new Set(['unit', 'units']);
/** Other names of a field stating the unit of every number beside it (`uom`, `unit_of_measure`: red team zf). */
const UNIT_OF_MEASURE_NAMES: ReadonlySet<string> = new Set(['uom', 'unit of measure', 'units of measure', 'unit of measurement', 'units of measurement', 'measurement unit', 'measure unit', 'unit name', 'unit symbol']);

/**
 * Whether a field declares the unit of the quantity named `stem` (red team zh): `unit`, or a unit field named for the
 * quantity or its last words (`p99_latency_unit`, `latency_unit`), or the quantity's member of a map of units (`units:
 * {p99_latency: "s"}`). Another quantity's unit (`p50_latency_unit`) says nothing of this one.
 */
function declaresUnitOf(f: Field, ownName: readonly string[], stem: string): boolean {
  const stemWords = stem.split(' ');
  const endsStem = (words: readonly string[]): boolean => words.length > 0 && words.length <= stemWords.length && words.every((w, i) => w === stemWords[stemWords.length - words.length + i]);
  if (f.context.length === 0) {
    if (UNIT_OF_MEASURE_NAMES.has(f.own.join(' '))) return true;
    const last = f.own.at(-1);
    if (last === undefined || !UNIT_FIELD_NAMES.has(last)) return false;
    return f.own.length === 1 || endsStem(f.own.slice(0, -1)) || dimensionUnitOfAPlainNumber(f.own.slice(0, -1), stemWords);
  }
  if (f.context.length !== 1 || !UNIT_FIELD_NAMES.has(f.context[0] as string)) return false;
  return f.own.join(' ') === ownName.join(' ') || endsStem(f.own);
}

/** Unit fields named for a kind of quantity rather than one quantity (`time_unit`, `timeUnit`, `size_unit`). */
const DIMENSION_WORDS: ReadonlySet<string> = new Set(['time', 'duration', 'size', 'memory', 'latency', 'elapsed']);
/** Names of a number that say which statistic it is, not what it measures (`value`, `mean`, `p99`). */
const PLAIN_NUMBER_NAMES: ReadonlySet<string> = new Set(['value', 'val', 'result', 'score', 'measurement', 'metric', 'mean', 'median', 'avg', 'average', 'min', 'max', 'total', 'p50', 'p75', 'p90', 'p95', 'p99', 'p999', 'stddev', 'sum']);
/**
 * A unit field named for a kind of quantity beside a number named only for its statistic (`{value: 0.35, time_unit:
 * "s"}`, `{mean: 0.35, timeUnit: "s"}`) states that number's unit: nothing else beside it is that quantity (red team rc).
 */
function dimensionUnitOfAPlainNumber(unitNameWords: readonly string[], numberWords: readonly string[]): boolean {
  return unitNameWords.length === 1 && DIMENSION_WORDS.has(unitNameWords[0] as string) && numberWords.length === 1 && PLAIN_NUMBER_NAMES.has(numberWords[0] as string);
}

/** The unit a document states for the number at `pointer`: in the number's own name (`p99_latency_ms`), or in a field beside it (`unit: "s"`, `value_unit`, `units: {value: "GiB"}`), as written there. */
export interface StatedUnit {
  /** Trimmed and lower-cased; read as written (`ｓ` or `s\u200b` is no `s`). */
  unit: string;
  /** Where it is stated: the number's own pointer when its name states it. */
  pointer: string;
  inName: boolean;
  /** Another statement of the unit in the same place naming another unit (`unit: "ms"` beside `units: "s"`). */
  disagrees?: { unit: string; pointer: string };
}

export function unitStatedFor(root: unknown, pointer: string): StatedUnit | undefined {
  const steps = parsePointer(pointer);
  const key = steps.at(-1);
  if (key === undefined) return undefined;
  const words = readWords(key);
  const named = unitOfName(words);
  if (named !== undefined) return inNameUnlessDenied({ unit: named.unit, pointer, inName: true }, statedBesideOrAbove(root, steps, words));
  // A rate named per a unit (`errors_per_second`) is in no unit a gate's `unit` converts from (red team zf).
  const per = words.at(-1);
  if (words.at(-2) === 'per' && per !== undefined && UNITS().has(per)) return { unit: `/${per}`, pointer, inName: true };
  const stated = statedBesideOrAbove(root, steps, words);
  // A unit in the name of an object the number sits in is in the gate's pointer too (`/latency_s/p99`: red team zf).
  const parent = unitOfAParentName(steps);
  if (parent === undefined) return stated;
  return inNameUnlessDenied(parent, stated);
}

/** The unit in the name of the nearest object above the number whose name ends in one (`latency_s` for `/latency_s/p99`). */
function unitOfAParentName(steps: readonly string[]): StatedUnit | undefined {
  for (let up = steps.length - 1; up >= 1; up--) {
    const named = unitOfName(readWords(steps[up - 1] as string));
    if (named !== undefined) return { unit: named.unit, pointer: pointerOf(steps.slice(0, up)), inName: true };
  }
  return undefined;
}

/**
 * A unit read from a name, unless the document states another beside or above the number: `{p99_latency_ms: 0.35,
 * unit: "ѕ"}` with a Cyrillic ѕ, read as s, or `{latency_s: {p99: 350, unit: "ms"}}` (red team zf). A statement of a
 * unit of another dimension says nothing of it (`unit: "%"` beside `peak_rss_mb` is another number's).
 */
function inNameUnlessDenied(named: StatedUnit, stated: StatedUnit | undefined): StatedUnit {
  if (stated === undefined) return named;
  const mine = UNITS().get(named.unit);
  const theirs = stated.disagrees === undefined ? readUnit(stated.unit) : undefined;
  if (stated.disagrees !== undefined) return { ...named, disagrees: { unit: stated.unit, pointer: stated.pointer } };
  // A name is written in lower case, so `_mb` beside `unit: MiB` agrees: only another size denies it.
  if (mine === undefined || theirs === undefined || theirs.dimension !== mine.dimension || (theirs.size === mine.size && readUnit(stated.unit) === UNITS().get(stated.unit))) return named;
  return { ...named, disagrees: { unit: stated.unit, pointer: stated.pointer } };
}

/** The known unit a unit text reads as to a reader (`ѕ` with a Cyrillic ѕ reads as s), or undefined. */
function readUnit(text: string): Unit | undefined {
  if (text.length > 200) return undefined;
  for (const r of wordReadings(text)) {
    const known = UNITS().get(r);
    if (known !== undefined) return known;
  }
  return undefined;
}

/** The unit stated for the number in a field beside it, or else in a unit field of an object above it. */
function statedBesideOrAbove(root: unknown, steps: readonly string[], words: readonly string[]): StatedUnit | undefined {
  const pointer = pointerOf(steps);
  const beside: StatedUnit[] = [];
  for (const f of fieldsBeside(root, pointer)) {
    // A unit in a metadata object beside the number (`{"value": 0.35, "meta": {"unit": "s"}}`) is said beside it too (red team zf).
    const inMeta = f.context.length === 1 && META_OBJECTS.has(f.context[0] as string) ? { ...f, context: [] } : f;
    if (f.pointer === pointer || !declaresUnitOf(inMeta, words, words.join(' '))) continue;
    const unit = unitWritten(f.value, false);
    if (unit !== undefined) beside.push({ unit, pointer: f.pointer, inName: false });
  }
  if (beside.length > 0) return oneStatement(beside);
  // A unit said once for a whole object of numbers (`{"unit": "s", "results": {"p99": 0.35}}`) is said for this one too,
  // and so is the member of a map of units above named for this number or for its entry (`units: {p99: "s"}` above
  // `benchmarks: [{name: "p99", value: 0.35}]`), also in a metadata object there. The nearest object saying one wins:
  // an entry may override its file.
  const entryNames = namesOfTheEntry(root, steps, words);
  for (let up = steps.length - 2; up >= 0; up--) {
    const at = pointerOf(steps.slice(0, up));
    const holder = getAtPointer(root, at);
    if (!holder.found || !isRecord(holder.value)) continue;
    const above: StatedUnit[] = [];
    unitsSaidIn(holder.value, at, entryNames, above);
    for (const [name, value] of Object.entries(holder.value)) {
      if (isRecord(value) && META_OBJECTS.has(readWords(name).join(' '))) unitsSaidIn(value, `${at}/${encodePointerSegment(name)}`, entryNames, above);
    }
    if (above.length > 0) return oneStatement(above);
  }
  return undefined;
}

/** Objects that describe the numbers beside them rather than hold one (`meta: {unit: "s"}`). */
const META_OBJECTS: ReadonlySet<string> = new Set(['meta', 'metadata', 'info', 'context', 'header', 'about', 'settings', 'config', 'configuration', 'options', 'params', 'parameters']);

/** The units an object above the number says for it: its `unit`/`units` fields, and a map of units' member for the number or its entry. */
function unitsSaidIn(holder: Record<string, unknown>, at: string, entryNames: ReadonlySet<string>, out: StatedUnit[]): void {
  for (const [name, value] of Object.entries(holder)) {
    const named = readWords(name).join(' ');
    if (!UNIT_FIELD_NAMES.has(named) && !UNIT_OF_MEASURE_NAMES.has(named)) continue;
    const here = `${at}/${encodePointerSegment(name)}`;
    if (isRecord(value)) {
      for (const [member, unit] of Object.entries(value)) {
        const read = entryNames.has(readWords(member).join(' ')) ? unitWritten(unit, true) : undefined;
        if (read !== undefined) out.push({ unit: read, pointer: `${here}/${encodePointerSegment(member)}`, inName: false });
      }
    }
    // Said for a whole object, only a unit as a reader sees it counts: `{"unit": "integration", …}` names a kind of test.
    const unit = unitWritten(value, true);
    if (unit !== undefined) out.push({ unit, pointer: here, inName: false });
  }
}

/**
 * A time or size below zero whose unit the document states only beside or above it (`{name: "p99", value: -0.35,
 * unit: "s"}`): as `p99_latency_ms: -1`, what a producer writes for "not measured", unless the number or its entry is
 * named a change or a margin (`{name: "clock_skew", value: -3, unit: "ms"}`; red team zf).
 */
export function negativeInStatedUnit(root: unknown, pointer: string, value: number, stated: StatedUnit): boolean {
  if (!(value < 0) || stated.inName || !UNITS().has(stated.unit)) return false;
  const steps = parsePointer(pointer);
  const key = steps.at(-1);
  if (key === undefined) return false;
  const names = [...namesOfTheEntry(root, steps, readWords(key))].flatMap((n) => n.split(' '));
  return !names.some((w) => CHANGE_WORDS.has(w) || SIGNED_WORDS.has(w));
}

/** The names a number goes by: its key's words, and the names its entry gives it (`{name: "p99", value: 0.35}`). */
function namesOfTheEntry(root: unknown, steps: readonly string[], words: readonly string[]): Set<string> {
  const names = new Set([words.join(' ')]);
  const entry = getAtPointer(root, pointerOf(steps.slice(0, -1)));
  if (entry.found && isRecord(entry.value)) {
    for (const v of Object.values(entry.value)) if (typeof v === 'string' && v.length <= 200) names.add(readWords(v).join(' '));
  }
  return names;
}

/**
 * Two statements of the unit in one place that name different units (`unit: "ms"` beside `units: "s"`, or
 * `value_unit: "s"`): which one the producer measured in is unknown, so neither may convert the number (red team zf).
 */
function oneStatement(statements: readonly StatedUnit[]): StatedUnit {
  const first = statements[0] as StatedUnit;
  const other = statements.find((s) => !sameUnit(s.unit, first.unit));
  return other === undefined ? first : { ...first, disagrees: { unit: other.unit, pointer: other.pointer } };
}
const sameUnit = (a: string, b: string): boolean => {
  const [x, y] = [UNITS().get(a), UNITS().get(b)];
  return a === b || (x !== undefined && y !== undefined && x.dimension === y.dimension && x.size === y.size && !AMBIGUOUS_SIZES.has(a) && !AMBIGUOUS_SIZES.has(b));
};

/**
 * The unit a unit field's value states, trimmed and lower-cased as written, or undefined when it states none. A text
 * states one when it is a known unit, a short word (`%`, `ops/s`, `ｓ`), or reads as one or holds one to a reader
 * (`<b>sec</b>`, `seconds\u200b`, `in seconds`, `ѕeconds (wall)`: red team zf): these are stated as written, so only a
 * gate `unit` written the same way compares them. A list or an object of such texts (`["s"]`, `{symbol: "s"}`) states
 * its JSON text, which no gate unit converts from. Prose and kinds of test (`integration tests`) state none; above the
 * number a short word must read as a unit too: `{"unit": "parser", …}` names a part of the code.
 */
function unitWritten(value: unknown, above: boolean): string | undefined {
  if (typeof value === 'string') {
    const v = value.trim();
    if (v === '') return undefined;
    const plain = unitKey(v);
    if (UNITS().has(plain) || readsAsAUnit(v) || (!above && v.length <= 8 && !/\s/u.test(v))) return plain;
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  // An object is a map of units by quantity (`units: {p50: "ms"}`, read member by member) unless its members describe one
  // unit (`{symbol: "s", name: "second"}`).
  const texts = Array.isArray(value) ? value.slice(0, 20) : Object.entries(value).filter(([k]) => UNIT_ATTRIBUTES.has(readWords(k).join(' '))).map(([, v]) => v as unknown);
  return texts.some((t) => typeof t === 'string' && readsAsAUnit(t)) ? JSON.stringify(value).slice(0, 80) : undefined;
}
const UNIT_ATTRIBUTES: ReadonlySet<string> = new Set(['symbol', 'name', 'abbreviation', 'abbr', 'label', 'short', 'long', 'display', 'text', 'unit', 'code', 'id', 'plural', 'singular', 'short name', 'long name', 'display name']);

/** Whether a text, as a reader is shown it (markup, escapes, width, look-alikes, marks), is or holds a known unit word. */
function readsAsAUnit(text: string): boolean {
  if (text.length > 200) return false;
  return wordReadings(text).some((r) => UNITS().has(r) || r.split(/[\s/().,:;[\]]+/u).some((w) => UNITS().has(w)));
}

/**
 * `value` written in unit `from` as a number in unit `to`: the same unit as written (compared as text, `%` with `%`),
 * or two known units of one dimension (`s` to `ms`, `GiB` to `MiB`); undefined when the two cannot be compared.
 * `kb`, `mb`, `gb`, `tb` are read as binary multiples here; {@link inUnitRange} gives both readings.
 */
export function inUnit(value: number, from: string, to: string): number | undefined {
  return inUnitRange(value, from, to)?.binary;
}

/**
 * A unit as compared: trimmed and lower-cased, but a capital prefix before a small b (`Mb`, `Gb`, `Kb`) or `bit` is bits
 * (`mbit`), which no size converts from: 800 Mb is 100 MB, and lower-cased it read as 800 MB (red team zf).
 */
export function unitKey(unit: string): string {
  const v = unit.trim();
  const bits = /^([KMGT])b$/u.exec(v) ?? /^([kmgt])(?:bit|bits)$/iu.exec(v);
  return bits === null ? v.toLowerCase() : `${(bits[1] as string).toLowerCase()}bit`;
}

/** Sizes whose writers mean either 1000 or 1024 to the step (`MB`): which one is not said. */
/** Each with its power of 1000 in the decimal reading (`mb`: 1000²). */
const AMBIGUOUS_SIZES: ReadonlyMap<string, number> = new Map([['kb', 1], ['mb', 2], ['gb', 3], ['tb', 4]]);

/**
 * `value` in unit `from` read in unit `to`, as the least and the most it can be: `MB` written beside `MiB` may mean
 * 1000² or 1024² bytes (7 % apart at `GB`), so a `free_disk` of `0.5 GB` is 476.8 to 512 MiB and only both readings
 * meeting a limit proves it (red team zf). Converted exactly in decimal where the result has a finite decimal form
 * (`1.005 s` is `1005 ms`, which a double product rounds to 1004.9999999999999), and never rounded to zero from a
 * nonzero number.
 */
export function inUnitRange(value: number, from: string, to: string): { low: number; high: number; binary: number } | undefined {
  const a = unitKey(from);
  const b = unitKey(to);
  const [mine, theirs] = [UNITS().get(a), UNITS().get(b)];
  if (a === b) return { low: value, high: value, binary: value };
  if (mine === undefined || theirs === undefined || mine.dimension !== theirs.dimension) return undefined;
  const sizes = (unit: string, known: Unit): number[] => {
    const step = AMBIGUOUS_SIZES.get(unit);
    return step === undefined ? [known.size] : [known.size, 1000 ** step];
  };
  const readings = sizes(a, mine).flatMap((f) => sizes(b, theirs).map((t) => exactlyScaled(value, f, t)));
  const binary = readings[0] as number;
  return { low: Math.min(...readings), high: Math.max(...readings), binary };
}

/** `value × num / den` for whole `num`, `den`: exact in decimal when the quotient has a finite decimal form, else correctly rounded. */
function exactlyScaled(value: number, num: number, den: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/u.exec(String(value));
  let out: number | undefined;
  if (m !== null) {
    const fraction = m[3] ?? '';
    const n = BigInt(`${m[2] as string}${fraction}`) * BigInt(num);
    const d = BigInt(den);
    const exponent = Number(m[4] ?? '0') - fraction.length;
    let scaled = n;
    for (let k = 0; k <= 40; k++, scaled *= 10n) {
      if (scaled % d !== 0n) continue;
      out = Number(`${m[1] as string}${(scaled / d).toString()}e${exponent - k}`);
      break;
    }
  }
  out ??= num >= den ? value * (num / den) : value / (den / num);
  // A nonzero amount is never zero in another unit: 5e-324 ns is no 0 min for `== 0`.
  return out === 0 ? Math.sign(value) * Number.MIN_VALUE : out;
}

/**
 * The measured value counts no failure (`failed: 0`) while an entry of a list beside it failed (`tests: [{name: "a",
 * status: "failed"}]`, `suites: [{failed: 2}]`), as a status saying pass is denied by one (red team zd). Failures and
 * errors are counted apart (pytest's `failed: 0` beside an entry in `error`), so only a failure of the value's own family counts.
 */
function failedEntryBesideNoFailure(own: Field, fields: readonly Field[]): Finding | undefined {
  if (own.value !== 0 || !playsRole(own, FAIL_WORDS) || qualified(own)) return undefined;
  // In a list of entries or a map of outcomes by name (`tests: {a: "passed", b: "failed"}`).
  const found = failedEntry(fields, 'status') ?? failedInMaps(fields, 'status');
  if (found === undefined || found.code !== 'contradiction') return undefined;
  const said = typeof found.actual === 'string' ? readWords(found.actual) : readWords(decodeLastSegment(found.pointer));
  if (failFamily(said) !== failFamily(own.own)) return undefined;
  return { code: 'inconsistent_counts', pointer: found.pointer, says: `${found.says}: a failure its count of 0 leaves out`, actual: found.actual };
}

/** A failure count in the document's summary object (`summary.failed: 0`) is denied by a failed entry beside that object too (`suites: [{failed: 2}]`). */
function failedEntryAroundSummary(root: unknown, steps: readonly string[], own: Field): Finding | undefined {
  const holder = steps.at(-2);
  if (steps.length < 2 || holder === undefined || !SUMMARY_HOLDERS.has(readWords(holder).join(' '))) return undefined;
  return failedEntryBesideNoFailure(own, fieldsBeside(root, pointerOf(steps.slice(0, -1))));
}

/**
 * The measured value given twice (red team zd): under its own name in the summary object beside it (`pass_rate_pct: 95`
 * beside `summary: {pass_rate_pct: 40}`), or, read inside a summary object, beside that object (`summary:
 * {p99_ms: 150}` beside `p99_ms: 350`). Which one the run measured is unknown; written to other precisions they agree
 * within one unit of the coarser written digit (`95` and `95.2`, or `95.7` cut short to `95`).
 */
function restatedInSummary(root: unknown, steps: readonly string[], own: Field, fields: readonly Field[], numbers: NumberSpellings): Finding | undefined {
  if (typeof own.value !== 'number') return undefined;
  const name = own.own.join(' ');
  const holder = steps.at(-2);
  const around =
    steps.length >= 2 && holder !== undefined && SUMMARY_HOLDERS.has(readWords(holder).join(' '))
      ? fieldsBeside(root, pointerOf(steps.slice(0, -1))).filter((f) => f.context.length === 0)
      : [];
  const twins = [...fields.filter((f) => f.context.length > 0 && SUMMARY_HOLDERS.has(f.context.join(' '))), ...around];
  for (const f of twins) {
    if (typeof f.value !== 'number' || f.own.join(' ') !== name) continue;
    const unread = twinUnread(f, f.value, numbers);
    if (unread !== undefined) return unread;
    if (Math.abs(f.value - own.value) <= Math.max(lastDigit(f.value), lastDigit(own.value)) + Math.abs(own.value) * 1e-12) continue;
    return { code: 'inconsistent_counts', pointer: f.pointer, says: `gives it again as ${String(f.value)}`, actual: f.value };
  }
  return undefined;
}

/**
 * A pass rate at its whole scale (`pass_rate_pct: 100`, `success_ratio: 1.0`) says every item with an outcome passed, as
 * a status of pass does, so what beside it tells a failure denies it, read as beside a pass (red team tj): a failure
 * listed (`failed_tests: ["a"]`, `errors: [{…}]`), an entry or a member of a map that failed (`tests: [{status:
 * "failed"}]`, `{a: "failed"}`), an error's text, how the process ended (`exit_code: 1`), a printed summary (`"10 passed,
 * 2 failed"`), and the same around the summary object it sits in. Errors deny it too: a rate of passes leaves no error
 * out. Counts beside it are weighed by {@link rateAboveItsCounts}; a rate below its whole is judged by its counts only.
 */
function fullPassRateDenied(root: unknown, steps: readonly string[], own: Field, fields: readonly Field[], numbers: NumberSpellings): Finding | undefined {
  if (typeof own.value !== 'number' || !passRateName(own) || asFraction(own, own.value) < 1) return undefined;
  const key = steps.at(-1) ?? '';
  const told = failureBeside(fields) ?? processFailed(fields) ?? failedOutcome(fields);
  const listed = told === undefined ? (failedEntry(fields, 'status') ?? failedInMaps(fields, 'status')) : Array.isArray(told.actual) ? told : undefined;
  // A failure listed or an item that failed is one the rate's counts leave out, as beside `failed: 0`.
  if (listed !== undefined && listed.code === 'contradiction') return { ...listed, code: 'inconsistent_counts', says: `${listed.says}: a failure a pass rate of ${String(own.value)} leaves out` };
  return told ?? listed ?? failureText(fields) ?? printedFailure(fields) ?? toldTwoBelow(fields) ?? aroundSummary(root, steps, key, numbers) ?? printedFailure(fieldsAroundSummary(root, steps));
}

/** The fields beside the summary object a value sits in (`{stats: {pass_rate_pct: 100}, summary: "…"}`), or none outside one. */
function fieldsAroundSummary(root: unknown, steps: readonly string[]): Field[] {
  const holder = steps.at(-2);
  return steps.length >= 2 && holder !== undefined && SUMMARY_HOLDERS.has(readWords(holder).join(' ')) ? fieldsBeside(root, pointerOf(steps.slice(0, -1))) : [];
}

/** The failure family of a name: errors and failures are counted apart (pytest, JUnit). */
const failFamily = (words: readonly string[]): string => (words.some((w) => ERROR_WORDS.has(w)) ? 'error' : 'fail');

/** What a failure count counts, its summary object and words that only say it is a count left out. */
const failureStem = (f: Field): string => f.own.filter((w) => !FAIL_WORDS.has(w) && !/^(?:num|number|of|count|total|n|tests?|cases?)$/u.test(w)).join(' ');

/**
 * The measured value counts failures (`failed: 0`) while a list beside it of the same family names more
 * (`failed_tests: ["a"]`, `failures: [{…}]`), or another count of them beside it or in its summary object counts more
 * (`failures: 2`, `numFailedTests: 2`, `stats: {failures: 2}`): the count was not taken from the run it sits in.
 */
function failuresAboveCount(own: Field, fields: readonly Field[]): Finding | undefined {
  if (!isCount(own.value) || !playsRole(own, FAIL_WORDS) || qualified(own)) return undefined;
  const family = failFamily(own.own);
  for (const f of fields) {
    // A count written as text (`"2"`) counts as much as the number would.
    const n = typeof f.value === 'string' ? numberInText(f.value) : f.value;
    // Such a count written as text that holds a digit but reads as no number, or only once controls or markup are
    // taken out (`"<b>2</b>"`, `"\u001b[0m2"`), is no count to compare with: it cannot stand beside the value (fuzz slice).
    if (typeof f.value === 'string' && (n === undefined || !PLAIN.test(f.value)) && /\d/u.test(f.value) && inSummary(f) && playsRole(f, FAIL_WORDS) && !qualified(f) && failFamily(f.own) === family) {
      return { code: 'wrong_type', pointer: f.pointer, says: `is ${JSON.stringify(f.value)}, a failure count written as text no reader reads as a number`, actual: f.value };
    }
    if (!inSummary(f) || !isCount(n) || n <= own.value || !playsRole(f, FAIL_WORDS) || qualified(f) || failFamily(f.own) !== family) continue;
    // Failures of other things (`failed_suites`, `lint_errors`) are other counts; `numFailedTests` and `failure_count` are these.
    if (failureStem(f) !== failureStem(own)) continue;
    return { code: 'inconsistent_counts', pointer: f.pointer, says: `counts ${String(n)} failures, more than the ${String(own.value)} it counts`, actual: f.value };
  }
  for (const f of fields) {
    if (f.context.length > 0 || !Array.isArray(f.value) || f.value.length <= own.value || !playsRole(f, FAIL_WORDS) || failFamily(f.own) !== family) continue;
    const n = f.value.length;
    return { code: 'inconsistent_counts', pointer: f.pointer, says: `lists ${n} failure${n === 1 ? '' : 's'}, more than the ${String(own.value)} it counts`, actual: n };
  }
  return undefined;
}

/** Objects that describe the run a document reports (`meta: {partial: true}`, `execution: {complete: false}`). */
const RUN_OBJECTS: ReadonlySet<string> = new Set(['meta', 'metadata', 'run', 'execution', 'info', 'job', 'process', 'benchmark', 'session', 'context']);

/** Names of what a measured value is over (`lines`, `statements`, `samples`, `lines_found` as lcov's LF, `lines_valid`). */
const MEASURED_OVER: ReadonlySet<string> = new Set([
  'lines', 'statements', 'branches', 'functions', 'files', 'samples', 'iterations', 'requests', 'cases', 'tests', 'runs', 'measurements', 'observations', 'benchmarks',
  'lines found', 'lf', 'brf', 'fnf', 'lines valid', 'branches valid', 'found', 'valid', 'lines total', 'statements total', 'branches total', 'functions total', 'sample size', 'n samples', 'num samples',
]);
const COVERED_WORDS = ['covered', 'hit', 'lh', 'brh', 'fnh'];

/** Words of a value that bounds or stands in for a measurement rather than being one: a limit, a target, another run's. */
const BOUND_WORDS: ReadonlySet<string> = new Set([
  'expected', 'target', 'targets', 'goal', 'goals', 'max', 'maximum', 'min', 'minimum', 'limit', 'limits', 'budget', 'budgets', 'threshold', 'thresholds',
  'quota', 'tolerance', 'allowed', 'acceptable', 'required', 'requirement', 'requirements', 'previous', 'prior', 'baseline', 'baselines', 'last',
  'historical', 'history', 'reference', 'golden', 'default', 'defaults', 'sla', 'slo',
]);

/**
 * The measured number or status is a YAML alias (`aliased`: pointer → the anchored value's pointer) of a value named as a
 * bound, a target, an expected value or another run's (`failed: *baseline_failed`, `p99_ms: *limit`, `coverage:
 * *previous_run`, `status: *expected_status`): the producer copied what the gate compares with, or the last run's,
 * instead of measuring (red team th). Met or not, it proves nothing
 * of this run: `vacuous`. So is a copy of a value anchored under a name that says it was never measured (a template's,
 * an example's, a plan's, an estimate's, a cache's: {@link namesNeverMeasured}; red team xj, session 43). An alias of
 * another measured value is a copy of a measurement, and is left alone.
 */
/** The bound words of every language, as a reader takes them (accents, look-alikes and width folded). */
const BOUND_WORDS_READ = lazy((): ReadonlySet<string> => new Set([...BOUND_WORDS, ...OTHER_LANGUAGE_BOUND_WORDS].flatMap((w) => [w, ...readWords(w)])));
export function aliasOfABound(aliased: ReadonlyMap<string, string> | undefined, pointer: string, value: unknown, anchors?: ReadonlyMap<string, string>, root?: unknown): StatusContradiction | undefined {
  const from = aliased?.get(pointer);
  if (from === undefined) return undefined;
  // The anchor's own name is read as a step of its path is (`copy: &example_failed 0`; red team xc, session 43).
  const anchor = anchors?.get(pointer);
  const steps = anchor === undefined ? parsePointer(from) : [...parsePointer(from), anchor];
  // As written and as a reader takes it: a look-alike (`lіmits` with a Cyrillic і), full width or another language (`umbral`, `Schwellenwerte`).
  const bound = steps.some((step) => nameWords(step).some((w) => BOUND_WORDS.has(w)) || readWords(step).some((w) => BOUND_WORDS_READ().has(w)));
  // A step is read with the one after it on the anchor's path (a plural's entries); the anchor's name has none.
  const path = parsePointer(from);
  const neverMeasured = path.some((step, i) => !entryOfAToolsOwn(path, i, root) && namesNeverMeasured(step, path[i + 1], entryShape(root, path, i))) || (anchor !== undefined && anchorNamesNeverMeasured(anchor));
  if (!bound && !neverMeasured) return undefined;
  const what = bound ? "a bound, an expected value or another run's" : "a template's, an example's, a placeholder's, a plan's, an estimate's or a cache's";
  const source = anchor === undefined ? from : `${from} (anchor &${anchor})`;
  return { code: 'vacuous', pointer, message: `is ${typeof value === 'string' ? JSON.stringify(value) : String(value)} written as an alias of ${source}, ${what}: a copy of it, never measured`, actual: `an alias of ${source}` };
}

/**
 * Whether a step of an anchor's path, or the anchor's own name, names a value never measured (red teams xj and xc,
 * session 43): a word of one in any language of the vocabulary (`NEVER_MEASURED_WORDS`: `planned`, `estimated_coverage`,
 * `cached`, `made_up`; `geschätzt`, `prévu`), a stand-in's noun ({@link standsIn}: `template`, `example_1`,
 * `report_template`, `example_failed`, `beispiel`, `шаблон`), or a word the placeholder reader reads as never filled in
 * (`placeholder`, `tbd`, `todo`, `changeme`: {@link isUnfilledWord}), so a count left unfilled and a value copied from a
 * placeholder are one notion. A name that holds none of these (PyYAML's `id001`, `failed_count`) says nothing.
 */
function namesNeverMeasured(step: string, next?: string, entry?: EntryShape): boolean {
  if (step.length > 100) return false;
  // Shortened spellings are their noun (`templ`, `tmpl`, `exmpl`, `plchldr`: red team xf, session 43; `smp`, `dmy`,
  // `fixt`, `e_g`: helper xh, session 44), digits glued on are a number of their own (`tmpl1`, `example01`, `v2example`).
  const words = standInReading(readWords(step));
  const neverMeasured = (w: string): boolean => NEVER_MEASURED_READ().has(w) || NEVER_MEASURED_READ().has(singularOf(w));
  if (words.some((w, i) => neverMeasured(w) || (i > 0 && NEVER_MEASURED_READ().has(`${words[i - 1]} ${w}`)))) return true;
  return standsIn(words) || isUnfilledWord(step) || holdsStandInsByName(words, next, entry);
}
/**
 * What the anchored value's path says of the entry after the step at `i` (helper zd, session 45): the key it holds the
 * value under (`failed` in `examples/attempt_1/failed`, or none when the entry is the value), and whether the step's
 * value is a map (`examples: {"17": …}`, a run's number as a key) rather than a list (RSpec's `examples[17]`), when the
 * document is at hand.
 */
interface EntryShape {
  readonly holds: string | undefined;
  readonly keyed: boolean;
  /** Every key from the entry down to the value (`call`, `failed` in `fixtures/nightly_run/call/failed`). */
  readonly below?: readonly string[];
  /** The keys of the entry's own object, when the document is at hand (`successes`, `failures`, `warnings`). */
  readonly siblings?: readonly string[];
}
function entryShape(root: unknown, path: readonly string[], i: number): EntryShape {
  const container = root === undefined ? undefined : getAtPointer(root, pointerOf(path.slice(0, i + 1)));
  return { holds: path[i + 2], keyed: container?.found === true && isRecord(container.value), below: path.slice(i + 2), siblings: entryKeys(root, path.slice(0, i + 2)) };
}
/** The keys of the object at `steps` in the document, or none. */
function entryKeys(root: unknown, steps: readonly string[]): readonly string[] {
  if (root === undefined) return [];
  const found = getAtPointer(root, pointerOf(steps));
  return found.found && isRecord(found.value) ? Object.keys(found.value).slice(0, 64) : [];
}
/**
 * Whether an anchor's own name names a value never measured, read as a step of a path is, but for two names an anchor
 * alone gives (helper xh, session 44): `&eg` is "e.g.", an example's, while a key `eg` is as often Egypt's code; `&spec`
 * names a spec file's value (Jasmine's `login_spec: {failed: &spec 0}`), while a step `spec` holds a desired state.
 */
function anchorNamesNeverMeasured(anchor: string): boolean {
  const words = readWords(anchor);
  if (words.length === 1 && words[0] === 'eg') return true;
  if (words.length === 1 && TEST_FILE_ANCHORS().has(words[0]!)) return false;
  return namesNeverMeasured(anchor);
}
/** Words of a name as the stand-in readers take them: digits glued on cut off, `e g` as "e.g.", each word as the stand-in noun it shortens. */
function standInReading(read: readonly string[]): string[] {
  const words = read.flatMap(digitsApart);
  // The letters of "e.g." written apart (`e_g`, `e.g`, `E-G`) are the Latin for "for example".
  const joined = words.flatMap((w, i) => (w === 'e' && words[i + 1] === 'g' ? ['example'] : w === 'g' && words[i - 1] === 'e' ? [] : [w]));
  return joined.map(standInNounOf);
}
/** A word's letters and its digits as words of their own (`sample2`, `tmpl1`, `example01`; a version before it kept: `v2example`). */
function digitsApart(word: string): string[] {
  if (word.length > 40 || !/\d/u.test(word)) return [word];
  // Digits only before or after the letters: a digit inside a word is a letter drawn as one (Cyrillic б read as 6).
  const parts = /^(v?\d+)?(\p{L}{2,})(\d+)?$/u.exec(word);
  if (parts === null || /^v\d+$/u.test(word)) return [word];
  return [parts[1], parts[2], parts[3]].filter((p): p is string => p !== undefined);
}
/**
 * Whether a step is a stand-in noun's plural alone (`examples`, `fixtures`, `mocks`, `tmpls`) over an entry named for a
 * run (`examples: {sample_run: {failed: &a 0}}`, `Fixtures: {checkoutRun: ...}`, {@link RUN_NAME_WORDS}), for a stand-in
 * (`examples: {sample: ...}`) or for nothing but a filler (`examples: {default: ...}`): a run's tally kept as a stand-in
 * (red team xf, session 43). Over a list's index (RSpec's `examples[3]`), over the tally of the items (`examples:
 * {failed: 0, total: 24}`, `example_count`), over an item of the tool's own (pytest's `fixtures: {db_session:
 * {setup_ms}}`, helm's `templates: {deployment.yaml: {errors}}`, Hypothesis's `examples: {generate: {failing}}`; helper
 * xh, session 44) or with nothing after it, the plural lists or counts a run's items.
 */
function holdsStandInsByName(words: readonly string[], next: string | undefined, entry: EntryShape = { holds: undefined, keyed: false }): boolean {
  // A key of digits is a list's index (RSpec's `examples[3]`) unless the document shows a map (`examples: {"17": …}`).
  if (next === undefined || (/^\d+$/u.test(next) && !entry.keyed) || next.length > 100) return false;
  const plural = standInPlural(words);
  if (plural === undefined) return false;
  const tally = entry.holds !== undefined && tallyOfItems(entry.holds);
  // A map's key of a number or a date alone (`examples: {"17": {failed: …}}`, `"2026-03-10"`) names a run by its number.
  if (entry.keyed && RUN_NUMBER_OR_DATE.test(next)) return tally;
  const file = FILE_NAME.exec(next);
  // `run` is a report's part too, but a run's name over what it holds (`examples: {run: {failed}}`, `rerun`) names a run (helper rf, session 46).
  if (file === null && tallyOfItems(next) && !(entry.holds !== undefined && readWords(next).some((w) => RUN_NAMES().has(w)))) return false;
  // A file is read by its base (`attempt_1.json`, `2026-03-10.json`, `results.json`): an extension glued on names no tool's item.
  const own = entryNameWords(file === null ? next : (file[1] as string));
  if (namedOnlyAsAStandIn(next, own)) return true;
  if (FREELY_NAMED_PLURALS().has(plural)) return !toolsOwnMeasure(plural, entry.below ?? (entry.holds === undefined ? [] : [entry.holds]), file !== null, entry.siblings ?? []) && freelyNamedEntryIsARuns(own, tally, file !== null, file?.[1]);
  if (own.some(standInWord)) return true;
  // A run's tally (`failed`, `errors`, `passing`) is told by what the entry holds, not by how it is named (`attempt_1`,
  // `shard_3`, `ci`, `pr_123`, `run.json`): under `examples` any entry holding one is a run's, but a tool's own
  // (Hypothesis's phases).
  return tally ? !TOOL_ENTRIES().has(own.join(' ')) : own.some((w) => RUN_NAMES().has(w));
}
/** The stand-in plural a step is alone, but for fillers (`examples`, `the_fixtures`, `tmpls`), or none. */
function standInPlural(words: readonly string[]): string | undefined {
  const named = words.filter((w) => !STAND_IN_FILLERS().has(w));
  if (named.length !== 1 || !STAND_IN_DOCUMENTS().has(standInNounOf(singularOf(named[0]!)))) return undefined;
  return named[0];
}
/** An entry's name's words as the stand-in readers take them, fillers and numbers set aside (`example_1` → `example`). */
function entryNameWords(name: string): string[] {
  return standInReading(readWords(name)).filter((w) => !STAND_IN_FILLERS().has(w) && !/^v?\d+$/u.test(w));
}
const standInWord = (w: string): boolean => STAND_IN_DOCUMENTS().has(w) || MEASURED_ITEM_STAND_INS().has(w) || NEVER_MEASURED_READ().has(w);
/** Whether an entry is named for nothing but stand-ins, fillers or words never filled in (`example`, `sample.json`, `default`, `tbd`, `dummy_example`, `2026-03-10.json`). */
function namedOnlyAsAStandIn(name: string, own: readonly string[]): boolean {
  return own.length === 0 || isUnfilledWord(name) || own.every((w) => standInWord(w) || isUnfilledWord(w));
}
/**
 * Whether an entry of a plural a tool names its objects in holds the tool's own measure of it (helper rf, session 46):
 * pytest's setup time of a fixture, a mock server's requests of a mock, whatever the object is named (`fixtures:
 * {mock_db: {setup_ms}}`, `fake_redis`, `mock_run`, `mocks: {fake_s3: {unmatched_requests}}`: pytest fixtures and mocks
 * are commonly named so), and a linter's errors and warnings of a template file (`templates: {example-deployment.yaml:
 * {errors}}`, `job.yaml`). A run's tally (`failed`, `passed`) is no measure of these tools' objects.
 */
function toolsOwnMeasure(plural: string, below: readonly string[], isFile: boolean, siblings: readonly string[]): boolean {
  const holds = below[0];
  if (holds === undefined) return false;
  const own = (key: string): boolean => readWords(key).some((w) => OWN_MEASURES().has(w));
  const at = below.findIndex(own);
  // Every key from the measure down to the value is judged, not the first alone (red team rn, session 46): a run's outcome
  // tally under a phase named as a measure (pytest's `call: {failed}` of a stored run, `calls: {passed, errors}`) is the
  // run's, while a count of the measure (`calls: {total}`, `requests: {unmatched}`) is the tool's.
  if (at !== -1) return !below.slice(at + 1).some((key) => !own(key) && outcomeTally(key));
  // A template file's base may hold a run word as a manifest's kind (`job.yaml`, `workflow.yaml`, `pipelinerun.yaml`).
  if (!isFile || singularOf(plural) !== 'template' || below.length !== 1) return false;
  const held = readWords(holds);
  if (held.some((w) => LINTED_FILE_MEASURES().has(w))) return true;
  // A policy checker's result of a file (conftest's `{successes, failures, warnings}`): its failures are the file's own,
  // told by `successes` beside them, a word no test run's tally uses (red team rn, session 46).
  return held.length === 1 && POLICY_FILE_MEASURES().has(held[0]!) && siblings.some((k) => readWords(k).join(' ') === 'successes');
}
const POLICY_FILE_MEASURES = lazy((): ReadonlySet<string> => new Set(POLICY_FILE_MEASURE_WORDS));
const OBJECT_HEADS = lazy((): ReadonlySet<string> => new Set(OBJECT_HEAD_NOUNS));
/** Whether a key names an outcome's tally (`failed`, `errors`, `passed`, `skipped`), as a run counts its items. */
function outcomeTally(key: string): boolean {
  const field: Field = { pointer: '', own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value: undefined };
  return OUTCOME_ROLES.some((role) => playsRole(field, role));
}
/**
 * Whether an entry under a plural a tool names its objects in (`fixtures`, `mocks`, `templates`), holding no measure of
 * the tool's own, is a run's kept as a stand-in: one with a stand-in's word in its name (`mock_db: {failed}`), one named
 * for a run (`nightly_run`, `run`, `rerun`), and a file named for a run, by a run's number or date, or as a run's report
 * that holds a run's tally (`run.json`, `2026-03-10.json`, `results.json: {failed}`); a file of any other name is the
 * tool's (helm lint's `templates: {job.yaml: …}`).
 */
function freelyNamedEntryIsARuns(own: readonly string[], tally: boolean, isFile: boolean, base: string | undefined): boolean {
  if (own.some(standInWord)) return true;
  const runs = own.some((w) => RUN_NAMES().has(w));
  // A run word before a thing's noun names the thing (`build_dir`, `job_queue`): a fixture's measure of it (`duration_ms`)
  // is no run's. A run's tally under it (`failed`, `passed`) is still read by the run word.
  if (!isFile) return runs && (tally || !OBJECT_HEADS().has(own.at(-1) ?? ''));
  return tally && (runs || RUN_NUMBER_OR_DATE.test(base ?? '') || own.every((w) => REPORT_PARTS().has(w)));
}
/**
 * Whether the step at `i` of an anchor's path is an entry that its plural's tool measured ({@link toolsOwnMeasure}), so
 * its own name, a mock's or a fake's (`mock_run`, `fake_redis`), says nothing of the value.
 */
function entryOfAToolsOwn(path: readonly string[], i: number, root?: unknown): boolean {
  if (i === 0 || path[i]!.length > 100) return false;
  const plural = standInPlural(readWords(path[i - 1]!));
  if (plural === undefined || !FREELY_NAMED_PLURALS().has(plural)) return false;
  const file = FILE_NAME.exec(path[i]!);
  const own = entryNameWords(file === null ? path[i]! : (file[1] as string));
  return !namedOnlyAsAStandIn(path[i]!, own) && toolsOwnMeasure(plural, path.slice(i + 1), file !== null, entryKeys(root, path.slice(0, i + 1)));
}
const RUN_NUMBER_OR_DATE = /^\d[\d._:T-]{0,30}$/u;
/** A file's name: a base, then an extension of letters or digits after its last dot (`job.yaml`, `login_spec.rb`). */
const FILE_NAME = /^(.{1,90})\.[a-z][a-z0-9]{0,4}$/iu;
const FREELY_NAMED_PLURALS = lazy(() => readAll(FREELY_NAMED_STAND_IN_PLURALS));
const TOOL_ENTRIES = lazy(() => readAll(TOOL_ENTRIES_UNDER_STAND_IN_PLURALS));
const OWN_MEASURES = lazy(() => readAll(OWN_MEASURES_OF_FREELY_NAMED_ITEMS));
const LINTED_FILE_MEASURES = lazy(() => readAll(OWN_MEASURES_OF_LINTED_TEMPLATE_FILES));
/** Whether a key names the tally of a list's items (`failed`, `total`, `status`, `example_count`, `results`), not an item's own name. */
function tallyOfItems(key: string): boolean {
  const own = readWords(key);
  const field: Field = { pointer: '', own, context: [], written: { own: nameWords(key), context: [] }, value: undefined };
  if (OUTCOME_KEYS.has(own.join(' ')) || COUNT_ROLES.some((role) => playsRole(field, role))) return true;
  // A count of anything (`example_count`, `failure_count`) tallies the items.
  if (COUNT_OF().has(own.at(-1) ?? '')) return true;
  return own.every((w) => REPORT_PARTS().has(w) || COUNT_OF().has(w) || MEASURED_OVER.has(w) || /^\d+$/u.test(w));
}
/** A plural's singular (`examples`, `dummies`, `mocks`), or the word itself; only ever compared with the stand-in lists. */
function singularOf(word: string): string {
  const other = OTHER_LANGUAGE_SINGULARS().get(word);
  if (other !== undefined) return other;
  if (word.length < 4 || !word.endsWith('s')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return /(?:ss|x|ch|sh)es$/u.test(word) ? word.slice(0, -2) : word.slice(0, -1);
}
/** The stand-in noun a shortened spelling stands for ({@link ABBREVIATED_STAND_IN_NOUNS}: `templ`, `tmpl`, `xmpl`), or the word. */
function standInNounOf(word: string): string {
  // Another language's plural is its singular even over a tally: no tool tallies its items under `beispiele` or `esempi`.
  const other = OTHER_LANGUAGE_SINGULARS().get(word);
  if (other !== undefined) return other;
  if (word.length < 3 || word.length > 11) return word;
  return STAND_IN_ABBREVIATIONS().get(word) ?? STAND_IN_ABBREVIATIONS().get(singularOf(word)) ?? word;
}
/**
 * Each shortening of {@link ABBREVIATED_STAND_IN_NOUNS}: a prefix of five letters or more that ends in a consonant
 * (`templ`, `exampl`), and a prefix's consonants after its first letter, four or more (`tmpl`, `tmplt`, `exmpl`, `smpl`),
 * without a leading vowel too (`xmpl`).
 */
const STAND_IN_ABBREVIATIONS = lazy((): ReadonlyMap<string, string> => {
  const shortened = new Map<string, string>();
  for (const noun of ABBREVIATED_STAND_IN_NOUNS) {
    for (let end = 4; end <= noun.length; end++) {
      const prefix = noun.slice(0, end);
      if (end >= 4 && end < noun.length && !/[aeiou]$/u.test(prefix)) shortened.set(prefix, noun);
      const consonants = prefix[0]! + prefix.slice(1).replace(/[aeiou]/gu, '');
      if (consonants.length >= 4 && consonants !== noun) shortened.set(consonants, noun);
      if (/^[aeiou]/u.test(consonants) && consonants.length >= 5) shortened.set(consonants.slice(1), noun);
    }
    // Three consonants, a doubled one written once (`smp`, `dmy` for dummy, `mck`, `fxt`; helper xh, session 44).
    const skeleton = (noun[0]! + noun.slice(1).replace(/[aeiou]/gu, '')).replace(/(.)\1/gu, '$1');
    if (skeleton.length >= 3) shortened.set(skeleton.slice(0, 3), noun);
  }
  for (const word of SHORTENINGS_NAMING_OTHER_THINGS) shortened.delete(word);
  return shortened;
});
/**
 * Whether the words of a name are a stand-in's: once articles, possessives, versions and numbers are set aside
 * (`my_template`, `template_v2`, `the_example`, `example_1`), a stand-in's noun alone (a tool's measured item, `spec`,
 * `sample`, `plan`, `demo`, only so and never numbered: `spec_results` is RSpec's report, `sample_1` JMeter's first), or beside a report's parts and outcome words only
 * (`report_template`, `seed_data`, `example_failed`, `old_value`) and not counted (`example_count` counts RSpec's examples).
 */
function standsIn(words: readonly string[]): boolean {
  const named = words.filter((w) => !STAND_IN_FILLERS().has(w) && !/^v?\d+$/u.test(w));
  // A tool's item numbered is one it measured (JMeter's `sample_1`); a version of it is still a stand-in (`plan_v2`).
  const item = words.filter((w) => !STAND_IN_FILLERS().has(w) && !/^v\d+$/u.test(w));
  if (item.length === 1 && MEASURED_ITEM_STAND_INS().has(item[0]!)) return true;
  const at = named.findIndex((w) => STAND_IN_DOCUMENTS().has(w));
  if (at < 0 || COUNT_OF().has(named[at + 1] ?? '')) return false;
  return named.every((w) => STAND_IN_DOCUMENTS().has(w) || REPORT_PARTS().has(w));
}
/** Words as a reader takes them (accents, look-alikes and width folded); several words joined by a space. */
const readAll = (words: readonly string[]): ReadonlySet<string> => new Set(words.flatMap((w) => [w, readWords(w).join(' ')]));
const NEVER_MEASURED_READ = lazy(() => readAll([...NEVER_MEASURED_WORDS, ...OTHER_LANGUAGE_NEVER_MEASURED_WORDS]));
const STAND_IN_DOCUMENTS = lazy(() => readAll([...STAND_IN_DOCUMENT_WORDS, ...OTHER_LANGUAGE_STAND_IN_WORDS]));
const MEASURED_ITEM_STAND_INS = lazy(() => readAll(MEASURED_ITEM_STAND_IN_WORDS));
const STAND_IN_FILLERS = lazy(() => readAll(STAND_IN_FILLER_WORDS));
const COUNT_OF = lazy(() => readAll(COUNT_OF_WORDS));
const REPORT_PARTS = lazy(() => readAll(REPORT_PART_WORDS));
const RUN_NAMES = lazy(() => readAll(RUN_NAME_WORDS));
const TEST_FILE_ANCHORS = lazy(() => readAll(TEST_FILE_ANCHOR_WORDS));
/** Each other-language plural of a stand-in, as written and as read, to its singular. */
const OTHER_LANGUAGE_SINGULARS = lazy((): ReadonlyMap<string, string> => new Map(OTHER_LANGUAGE_STAND_IN_PLURALS.flatMap(([plural, one]) => [[plural, one], [readWords(plural).join(' '), one]] as const)));

/**
 * A count or an outcome of a report written as a YAML alias of a bound, an expected value or another run's (`failed:
 * *max_failed` anchored under `limits`, `status: *expected_status`): whatever a schema says of it, it was copied, never
 * measured (json_schema; threshold and artifact_status read the one value they judge with {@link aliasOfABound}).
 * Settings (`timeout: *default_timeout`) are left alone: only names of counts and outcomes are read.
 */
export function boundCopiedIntoReport(aliased: ReadonlyMap<string, string> | undefined, root: unknown, anchors?: ReadonlyMap<string, string>): StatusContradiction | undefined {
  for (const pointer of aliased?.keys() ?? []) {
    const key = parsePointer(pointer).at(-1);
    if (key === undefined) continue;
    const field: Field = { pointer, own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value: valueAt(root, pointer) };
    if (!OUTCOME_KEYS.has(field.own.join(' ')) && !COUNT_ROLES.some((role) => playsRole(field, role))) continue;
    const found = aliasOfABound(aliased, pointer, field.value, anchors, root);
    if (found !== undefined) return { ...found, message: `${pointer} ${found.message}` };
  }
  return undefined;
}

/**
 * Why the number at `pointer` (read by a threshold) proves nothing or is denied by its own document: it was measured
 * over nothing (`vacuous`: `total: 0` beside it), by a run that did not finish (`vacuous`: `complete: false`,
 * `partial: true`, `truncated: true` beside it or beside any object it sits in), or is a pass rate above its own counts
 * (`inconsistent_counts`: `pass_rate: 1.0` beside `failed: 2`). One reading for every gate that compares a number;
 * `limit`, the number it is compared with, tells a fraction from a percentage.
 */
export function measurementContradiction(root: unknown, pointer: string, value: number, numbers: NumberSpellings = { inexact: new Map(), nonInteger: new Set() }, limit?: number): StatusContradiction | undefined {
  const steps = parsePointer(pointer);
  const key = steps.at(-1);
  if (key === undefined) return undefined;
  const fields = fieldsBeside(root, pointer);
  // The measured value is one of the counts when it is one (`failed: 0` beside `passed: 12, total: 10`).
  const own: Field = { pointer, own: readWords(key), context: [], written: { own: nameWords(key), context: [] }, value };
  const counts = [...fields, own];
  // Counts written as text count as the numbers they show (`total: "10"`, `passed: "８"`) where they bound the value (red team zh).
  const read = fields.map(countShownByText);
  const readCounts = [...read, own];
  // A count the value is measured over that no count can be (`50.000000000000001`) cannot bound it either way.
  let found =
    negativeCount(own) ??
    negativeMagnitude(own, steps.at(-2)) ??
    shareOutOfRange(own, steps.at(-2), limit) ??
    notACount(fields, numbers, (f) => isItemTotal(f) || MEASURED_OVER.has(f.own.join(' '))) ??
    k6RequestsLeftUnfilled(root, steps) ??
    disguisedCountText(fields, (f) => isItemTotal(f) || MEASURED_OVER.has(f.own.join(' '))) ??
    measuredOverNothing(read.map((f) => emptyListAsNone(f, steps))) ??
    timedOverFailuresOnly(own, read) ??
    rateAboveItsCounts(read, key, value) ??
    partsAboveTotal(readCounts) ??
    unaccounted(readCounts) ??
    failuresAboveCount(own, fields) ??
    countBeliedByItsList(readCounts) ??
    failedEntryBesideNoFailure(own, fields) ??
    failedEntryAroundSummary(root, steps, own) ??
    fullPassRateDenied(root, steps, own, fields, numbers) ??
    restatedInSummary(root, steps, own, fields, numbers) ??
    twinRateDisagrees(own, fields, numbers) ??
    unitDisagrees(own, fields, numbers) ??
    percentilesOutOfOrder(own, fields, numbers) ??
    nothingRan(counts) ??
    runIncomplete(fields);
  // A run's completeness is said once, at the document's (or an outer object's) level: `{"complete": false, "metrics": {…}}`.
  for (let up = steps.length - 1; found === undefined && up >= 1; up--) {
    const outer = pointerOf(steps.slice(0, up));
    found = runIncomplete(fieldsBeside(root, outer).filter((f) => inSummary(f) || RUN_OBJECTS.has(f.context.join(' '))));
  }
  // A count of failures measured at none says none failed, as one allowed only at 0 does (allowedClaim): what the report
  // tells beside it or around its summary (a Playwright run whose global setup erred: `errors` beside `unexpected: 0`) is
  // weighed as beside a pass.
  if (found === undefined && value === 0 && steps.length > 1 && playsRole(own, FAIL_WORDS) && !qualified(own)) found = aroundSummary(root, steps, key, numbers);
  // So is what the report tells beside the count itself, at any level (`{failed: 0, errors: ["setup crashed"]}`, Jest's
  // `numFailedTests: 0` beside `numRuntimeErrorTestSuites: 1`).
  if (found === undefined && value === 0 && playsRole(own, FAIL_WORDS) && !qualified(own)) found = besideNoFailure(fields, key) ?? printedOfItsFamily(fieldsAroundSummary(root, steps), key);
  // Last, as beside a status: counts in the shapes the readers above do not weigh (`tests: 12` over 10 outcomes, `passed:
  // null`, `not_run: 12` of 12, a run's summary further down).
  found ??= countsLeaveItemsOut(root, pointerOf(steps.slice(0, -1)), counts);
  if (found === undefined) return undefined;
  const { says, ...rest } = found;
  return { ...rest, message: found.pointer === pointer ? `is ${String(value)}: it ${says}` : `is ${String(value)} while ${found.pointer} beside it ${says}` };
}

/**
 * A count written as text (`"total": "10"`, `"passed": "８"`, `"failed": "<b>2</b>"`, `"tests": "10 (unit)"`, `"passed":
 * "8 of 10"`) as the number {@link countValue} reads, for the checks that weigh counts against each other; any other
 * field as it is. Outcomes beside passed, failed and skipped (`todo: "3"`, `flaky: "1"`) are counts of items too.
 */
function countShownByText(field: Field): Field {
  if (typeof field.value !== 'string' || !(COUNT_ROLES.some((role) => playsRole(field, role)) || isItemTotal(field) || MEASURED_OVER.has(field.own.join(' ')) || playsRole(field, PENDING_WORDS()) || field.own.some((w) => OTHER_OUTCOMES.has(w)))) return field;
  const number = countValue(field);
  return number === undefined ? field : { ...field, value: number };
}

/**
 * What a count's value holds, read one way by every reader that weighs counts, finds none ran or refuses a count (red
 * team zl, session 45): the grammar of {@link countWrittenAsText} (`"12"`, `"12 tests"`, `"10 (unit)"`, `"8 of 10"`,
 * `"8/10"`, `"12s"` a measure, `"12abc"` unreadable), a number word with the noun of its items or not (`"twelve"`,
 * `"zero tests"`, `"ноль"`), a number as it is, and an object holding one count (`{count: 10}`; `{}` and `{count:
 * "abc"}` hold none). Before this, each reader read its own spellings: `"10 tests"` was a total to one reader and no
 * count to the one weighing it against `passed: 12`.
 */
function countOfField(value: unknown, depth = 0): CountReading {
  if (typeof value === 'number') return isCount(value) ? { kind: 'count', count: value } : { kind: 'unreadable' };
  if (typeof value === 'string') {
    const read = countWrittenAsText(value);
    // `"8 out of ten"` is no count of 8 `out of ten`s: a whole in words after a count's words makes it a fraction.
    if (read.kind === 'count' && read.unit !== undefined && FRACTION_JOIN_OPENING.test(read.unit)) return fractionInWords(value) ?? read;
    if (read.kind === 'count' || read.kind === 'fraction' || read.kind === 'other' || value.length > 60) return read;
    // A count in words, or with more words of its items than the grammar's two (`"twelve"`, `"zero tests"`, `"12 test cases run"`).
    const plain = removeInvisible(value).normalize('NFKC').trim().toLowerCase();
    if (zeroInWords(plain)) return { kind: 'count', count: 0 };
    const inWords = fractionInWords(value);
    if (inWords !== undefined) return inWords;
    const lead = TOTAL_WITH_ITS_NOUN.exec(plain)?.[1];
    const n = lead === undefined ? undefined : /^\d{1,9}$/u.test(lead) ? Number(lead) : numeralValue(lead);
    return isCount(n) ? { kind: 'count', count: n } : read;
  }
  if (isRecord(value) && depth === 0) {
    const members = Object.entries(value);
    if (members.length === 0) return { kind: 'noCount' };
    // An object that holds one count under a name of a count only (`total: {count: 10}`, `{value: "abc"}`) is that count;
    // one of other members (`total: {lines: {…}}`, `{passed: 3}`) is a summary, read member by member elsewhere.
    const counts = members.filter(([k]) => { const w = nameWords(k); return w.length > 0 && w.every((x) => COUNT_WORDS.has(x) || TOTAL_WORDS.has(x) || x === 'value'); });
    return counts.length === 1 ? countOfField((counts[0] as [string, unknown])[1], depth + 1) : { kind: 'other' };
  }
  return value === null || typeof value === 'boolean' ? { kind: 'noCount' } : { kind: 'other' };
}

const FRACTION_JOIN_OPENING = /^(?:of|out of|from|von|aus|de|sur|sobre|di|su|van|av|af|z|ze|из|от) /u;
/** A fraction with a side in number words (`"eight of ten"`, `"8 out of ten"`; red team rm, session 46), read as `"8 of 10"` is. */
function fractionInWords(value: string): CountReading | undefined {
  // A fraction joins its sides with a space or a slash: a text of neither is none.
  if (!/[\s/\u2044\u2215]/u.test(value)) return undefined;
  const sides = fractionSidesInWords(value);
  if (sides === undefined) return undefined;
  const side = (w: string): number | undefined => (/^\d{1,9}$/u.test(w) ? Number(w) : numeralValue(w));
  const part = side(sides.part);
  const whole = side(sides.whole);
  if (!isCount(part) || !isCount(whole)) return undefined;
  return { kind: 'fraction', part, whole, ...(sides.unit !== undefined ? { unit: sides.unit } : {}) };
}

/**
 * The number a count field stands for where counts are weighed ({@link countOfField}): a count, or the part of a fraction
 * (its whole is weighed by {@link fractionBelied}); undefined for anything else, and for a count whose words name another
 * outcome than the field's (`passed: "2 failed"`, `total: "10 passed"`), which the failure readers tell.
 */
function countValue(field: Field): number | undefined {
  const read = countOfField(field.value);
  if (read.kind !== 'count' && read.kind !== 'fraction') return undefined;
  if (read.unit !== undefined && unitNamesAnotherOutcome(field, read.unit)) return undefined;
  return read.kind === 'count' ? read.count : read.part;
}
const unitNamesAnotherOutcome = (field: Field, unit: string): boolean => {
  const roles = [FAIL_WORDS, PASSED_WORDS, SKIPPED_WORDS, PENDING_WORDS()];
  return readWords(unit).some((w) => roles.some((role) => role.has(w) && !playsRole(field, role)));
};

/**
 * A count written as a fraction that its own report belies (red team zl, session 45): `passed: "8 of 10"` beside `total:
 * 12` (the whole is not the total), `"12 of 10"` (a part above its whole), a total of `"8/10"` (a total counts all its
 * items), or a pass `"8/10"` whose other two items no outcome beside it counts (`failed: 0` or no other count): the
 * fraction says items ended in no outcome the report gives, as `total: 10, passed: 8, failed: 0` does.
 */
function fractionBelied(fields: readonly Field[]): Finding | undefined {
  for (const field of fields) {
    if (typeof field.value !== 'string' || !(COUNT_ROLES.some((role) => playsRole(field, role)) || isItemTotal(field))) continue;
    const read = countOfField(field.value);
    if (read.kind !== 'fraction' || (read.unit !== undefined && unitNamesAnotherOutcome(field, read.unit))) continue;
    const { part, whole } = read;
    const shown = JSON.stringify(field.value.trim());
    const belied = (says: string): Finding => ({ code: 'inconsistent_counts', pointer: field.pointer, says, actual: field.value });
    if (part > whole) return belied(`is ${shown}: a part above its whole`);
    const context = field.context.join(' ');
    const beside = fields.filter((f) => f !== field && f.context.join(' ') === context);
    const total = beside.find((f) => (playsRole(f, TOTAL_WORDS) || isItemTotal(f)) && !OUTCOME_ROLES.some((role) => playsRole(f, role)) && countValue(f) !== undefined);
    const totalValue = total === undefined ? undefined : countValue(total);
    // A share printed rounded may say several wholes (`1000 (99%)`: 1005 to 1015): a total among them bears it out.
    if (total !== undefined && !(totalValue !== undefined && totalValue >= whole && totalValue <= (read.wholeUpTo ?? whole))) return belied(`is ${shown} while ${total.pointer} beside it counts ${String(totalValue)} items in all`);
    const ofAll = (playsRole(field, TOTAL_WORDS) || isItemTotal(field)) && !OUTCOME_ROLES.some((role) => playsRole(field, role));
    if (ofAll && part !== whole) return belied(`is ${shown}: a total of the items counts all of them, not ${String(part)} of ${String(whole)}`);
    if (!playsRole(field, PASSED_WORDS) || part === whole) continue;
    const others = otherOutcomesBeside(beside);
    if (others !== undefined && part + others < whole) return belied(`is ${shown}: ${String(whole - part - others)} of its ${String(whole)} items ended in no outcome it reports`);
  }
  return undefined;
}
/**
 * How many items the outcomes other than a pass count among `beside` (`skipped: 2`, `failed: ["a"]`): the items a count
 * of passes leaves to them. Undefined when one reads as no count (`flaky: "some"`): it may hold the rest.
 */
function otherOutcomesBeside(beside: readonly Field[]): number | undefined {
  const outcomes = beside.filter((f) => (OUTCOME_ROLES.some((role) => playsRole(f, role)) || f.own.some((w) => OTHER_OUTCOMES.has(w)) || notRanName(f)) && !playsRole(f, PASSED_WORDS) && !writtenAsNone(f.value));
  const items = (f: Field): number | undefined => (Array.isArray(f.value) ? listedItems(f.value) : countValue(f));
  const counted = outcomes.map(items);
  return counted.some((n) => n === undefined) ? undefined : counted.reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

/**
 * A count of passes written as a share of the run (`passed: "80%"`) beside a total (red team rm, session 46): the share
 * of that total, as a fraction is, so `total: 10, passed: "80%", failed: 0` leaves 2 of its 10 items in no outcome it
 * reports. A share is rounded as printed: only items more than it can round from are weighed, and only under a name that is
 * the count of passes alone (`passed`, not `pass_rate`, which is a share by name and read by the rate readers).
 */
function passesWrittenAsAShare(fields: readonly Field[]): Finding | undefined {
  for (const field of fields) {
    const v = field.value;
    if (typeof v !== 'string' || v.length > 24 || !(v.includes('%') || v.includes('\uff05')) || field.own.length !== 1 || !playsRole(field, PASSED_WORDS)) continue;
    const share = SHARE_TEXT.exec(removeInvisible(v).normalize('NFKC').trim())?.[1];
    if (share === undefined) continue;
    const context = field.context.join(' ');
    const beside = fields.filter((f) => f !== field && f.context.join(' ') === context);
    const total = beside.find((f) => (playsRole(f, TOTAL_WORDS) || isItemTotal(f)) && !OUTCOME_ROLES.some((role) => playsRole(f, role)) && countValue(f) !== undefined);
    const all = total === undefined ? undefined : countValue(total);
    const others = otherOutcomesBeside(beside);
    if (total === undefined || all === undefined || others === undefined) continue;
    const percent = Number(share.replace(',', '.'));
    const most = Math.floor(((percent + 0.5 * 10 ** -(share.split(/[.,]/u)[1]?.length ?? 0)) * all) / 100 + 1e-9);
    if (percent > 100 || most + others < all) return { code: 'inconsistent_counts', pointer: field.pointer, says: `is ${JSON.stringify(v.trim())} of the ${String(all)} items ${total.pointer} counts: ${percent > 100 ? 'more than all of them' : `at most ${String(most)} passed, so ${String(all - most - others)} ended in no outcome it reports`}`, actual: v };
  }
  return undefined;
}
const SHARE_TEXT = /^(\d{1,3}(?:[.,]\d{1,6})?)\s*%$/u;

/**
 * Each place where a document says of itself, at its top level or in an object there (`summary`), that its run failed:
 * an outcome (`result: "fail"`, `summary: {status: "failed"}`), a failure counted, listed or flagged (`failures: 3`,
 * `failed: ["a"]`, `ok: false`), or a record among its results that failed (`results: [{status: "failed"}]`). A schema that matches such a document proves its shape, not its outcome (json_schema).
 */
export function failuresToldByDocument(root: unknown): StatusContradiction[] {
  const told: StatusContradiction[] = [];
  // A document that is a list of results (`[{name: "parser", status: "failed"}]`, ESLint's `[{filePath, errorCount: 2}]`)
  // is read as a results list is in a report (red team js): it has no member to hold it, so it was read as none.
  if (Array.isArray(root)) {
    // Only a list whose entries say they are results (an outcome, a pass flag, a failure count or list, how a process
    // ended, at any depth of an entry): a list of users or services (`[{status: "inactive", failed_logins: 3}]`) reports
    // no run, and its counts of other failures are no failures of one (review rv, session 35).
    const budget = { left: 4096 };
    if (!root.slice(0, 64).some((entry) => saysResults(entry, 0, budget))) return told;
    const found = failedEntry([{ pointer: '', own: [], context: [], written: { own: [], context: [] }, value: root }], 'status');
    // A failure count left unfilled in an entry (`[{name, errorCount: "?"}]`) is told as in a report's members.
    if ((found?.code === 'contradiction' || found?.code === 'placeholder') && !(typeof found.actual === 'string' && /^\d+$/.test(parsePointer(found.pointer).at(-1) ?? ''))) {
      const { says, ...rest } = found;
      told.push({ ...rest, message: `${found.pointer} ${says}` });
    }
    return told;
  }
  // An API's description (OpenAPI, Swagger, AsyncAPI) names the errors its operations may answer (`components: {schemas:
  // {Error: …}}`, an example `{status: failed}`): what may be written, not what happened, as a JSON Schema's rules are
  // (review rv).
  if (describesAnApi(root)) return told;
  // A report of a run (an outcome, a count of passed or failed items) tells its failures in words too, as the status
  // reader reads them beside a pass: an error's text (`error: "segfault in parser"`), a failed item named in text
  // (`failed: "parser"`), how its process ended (`exit_code: 1`, `signal: SIGSEGV`) or a runner's printed summary
  // (`message: "12 passed, 2 failed"`), in the report or its summary (red team js). A config, which reports no run, keeps
  // its `error: "stderr"` settings unread.
  const run = reportsARun(root);
  // How the process ended is read in the run's own process object too (`process: {exit_code: 1}`), as beside a pass.
  const toldInWords = (field: Field): Finding | undefined =>
    !run ? undefined : inSummary(field) ? (processFailed([field]) ?? failureText([field]) ?? printedFailure([field])) : PROCESS_OWNERS.has(field.context.join(' ')) ? processFailed([field]) : undefined;
  const members = fieldsOf(root, '');
  for (const field of members) {
    // Told as beside a pass (`statusContradiction`): an outcome, a count, list or flag, an entry or a map member whose outcome failed.
    const found = failedOutcome([field]) ?? failureBeside([field]) ?? failedEntry([field], 'status', members) ?? toldInWords(field);
    // A failure count a run's report left as its template wrote it (`failed_count: "?"`, `"${FAILED}"`, `"{{failed}}"`)
    // counts no zero: the status reader refuses it beside a pass, and a schema taking any text there proves no more.
    if (found === undefined || !(found.code === 'contradiction' || (found.code === 'placeholder' && run))) continue;
    // A list of bare outcome words is what may be written (a schema's `enum`, a config's statuses), not what happened; so
    // may a map of them be (`exit_codes: {"1": "failed"}`), which is left unread here.
    if (typeof found.actual === 'string' && /^\d+$/.test(parsePointer(found.pointer).at(-1) ?? '')) continue;
    const { says, ...rest } = found;
    told.push({ ...rest, message: `${found.pointer} ${says}` });
  }
  // A run's summary or outcome object two objects down (`run: {summary: {message: "2 failed"}}`, `run: {result:
  // {exit_code: 1}}`), as beside a pass.
  const twoBelow = run ? toldTwoBelow(fieldsOf(root, '')) : undefined;
  if (twoBelow?.code === 'contradiction' && !told.some((t) => t.pointer === twoBelow.pointer)) {
    const { says, ...rest } = twoBelow;
    told.push({ ...rest, message: `${twoBelow.pointer} ${says}` });
  }
  // Maps of outcomes by name (`tests: {parser: "failed"}`) and reports nested deeper than one object (`report: {summary:
  // {failed: 3}}`) are read as beside a pass (session 34); a map of what may be written is told apart below.
  // One finding a top-level member: the schema may bound one map's outcomes (an enum) and take any in another.
  for (const field of fieldsOf(root, '')) {
    if (field.context.length > 0) continue;
    const mapped = failedInMaps([field], 'status');
    if (mapped?.code !== 'contradiction' || told.some((t) => t.pointer === mapped.pointer) || writableOutcome(root, mapped)) continue;
    const { says, ...rest } = mapped;
    told.push({ ...rest, message: `${mapped.pointer} ${says}` });
  }
  if (told.length === 0) told.push(...passDeniedBeside(root));
  return told;
}

/**
 * Whether `value` (an entry of a list, or an object or list inside one, down to {@link MAX_LIST_DEPTH}) says it is a
 * result: an outcome in words of a pass or a failure under an outcome's name, a pass flag, a member named for failures
 * alone (`errorCount`, `failures`, `error`) holding something, how a process ended (`exit_code`) or what it printed
 * (`output`, `log_tail`).
 */
function saysResults(value: unknown, depth: number, budget: { left: number }): boolean {
  // Past its depth or its budget of members read, a list is taken as results: what is left unread is never a pass.
  if (depth >= MAX_LIST_DEPTH || --budget.left < 0) return true;
  if (Array.isArray(value)) return value.slice(0, 64).some((v) => saysResults(v, depth + 1, budget));
  if (!isRecord(value)) return false;
  return Object.entries(value).slice(0, 64).some(([key, v]) => {
    const own = readWords(key);
    if (typeof v === 'string' && isOutcomeName(key, 'status') && (isFailedOutcome(v) || claimsPass(key, v))) return true;
    if ((typeof v === 'boolean' || flagCleared(v)) && passFlagFalse({ pointer: '', own, context: [], written: { own: nameWords(key), context: [] }, value: v === true ? false : v })) return true;
    if (v !== null && v !== '' && namesFailuresOnly(own)) return true;
    if ((typeof v === 'number' || typeof v === 'string') && (namedAs(own, EXIT_NAMES) || namedAs(own, SIGNAL_NAMES))) return true;
    // A flag of how it ended (`timed_out: 1`, `crashed: true`) or a message printing a runner's summary (`summary: {message: "2 failed"}`).
    if (badEndFlagName(own) && (typeof v === 'boolean' || flagSet(v, own) || flagCleared(v))) return true;
    if (typeof v === 'string' && reportMessage(own) && summaryLineIn(v) !== undefined) return true;
    // What a run printed (`output: "2 failed, 10 passed"`, `log_tail: [...]`): the entry's outcome in a runner's words.
    if ((typeof v === 'string' || Array.isArray(v)) && printName(nameWords(key))) return true;
    return (isRecord(v) || Array.isArray(v)) && saysResults(v, depth + 1, budget);
  });
}

/** Objects of a report, or of an entry of its details, that hold how its own process ended (`process: {exit_code}`, `run: {signal}`, `result: {exitCode}`). */
const PROCESS_OWNERS: ReadonlySet<string> = new Set(['process', 'proc', 'execution', 'exec', 'command', 'cmd', 'run', 'result', 'job', 'task']);

/**
 * An outcome of the report or its summary that claims a pass (`status: pass`, `summary: {result: ok}`) denied by what
 * beside it says the run did not finish (`complete: false`, `truncated: true`, `run_status: running`) or by counts that
 * do not add up (`total: 20` over 12 outcomes, `tests: -3`): the status reader's judgement beside a pass (artifact_status),
 * so a schema that types those members alone proves the shape of a run that never proved its pass (red team js).
 */
function passDeniedBeside(root: unknown): StatusContradiction[] {
  // Under an outcome's name of more words too (`overallStatus`, `final_result`, `test_status`), as artifact_status reads
  // whatever pointer it is given; not one a word qualifies (`expected_status`, `previous_result`).
  const outcomeName = (f: Field): boolean => (f.own.length === 1 || (!qualified(f) && !hasQualifier((f.written ?? f).own))) && OUTCOME_KEYS.has(f.own.at(-1) as string);
  const claims = fieldsOf(root, '').filter((f) => inSummary(f) && outcomeName(f) && typeof f.value === 'string' && claimsPass(f.own.at(-1) as string, f.value));
  for (const claim of claims) {
    const found = statusContradiction(root, claim.pointer, claim.value);
    if (found !== undefined && DENIALS_OF_A_PASS.has(found.code)) return [{ ...found, message: `${claim.pointer} ${found.message}` }];
  }
  return [];
}
/** What the status reader finds beside a pass that failure_told does not read as a failure told: an unfinished run, counts that disagree or are none. */
const DENIALS_OF_A_PASS: ReadonlySet<StatusContradiction['code']> = new Set(['vacuous', 'inconsistent_counts', 'wrong_type']);

/**
 * A JSON Schema validated as a document: a `$schema` beside a schema's own members. A report that names its schema
 * (`"$schema": "./report.schema.json"` beside its results) is a report still.
 */
const isSchemaDocument = (root: unknown): boolean => isRecord(root) && typeof root['$schema'] === 'string' && ['properties', '$defs', 'definitions', 'allOf', 'anyOf', 'oneOf', 'items'].some((k) => k in root);
/** An OpenAPI, Swagger or AsyncAPI document: its version, its `info` and what it describes (`paths`, `components`, `channels`, `webhooks`). */
const describesAnApi = (root: unknown): boolean =>
  isRecord(root) && ['openapi', 'swagger', 'asyncapi'].some((k) => typeof root[k] === 'string') && isRecord(root['info']) && ['paths', 'components', 'channels', 'webhooks', 'definitions'].some((k) => isRecord(root[k]));
/** Where a document names its schema's rules: what a member there maps to is a value allowed, not an outcome. */
const SCHEMA_NAME_MAPS: ReadonlySet<string> = new Set(['properties', 'patternProperties', 'additionalProperties', '$defs', 'definitions', 'dependentSchemas', 'items', 'prefixItems', 'const', 'default', 'enum', 'examples', 'example', 'if', 'then', 'else', 'not', 'allOf', 'anyOf', 'oneOf']);
/**
 * Whether a failed member a map reader found is a value a document allows or translates rather than an outcome that
 * happened: one keyed by a code (`exit_codes: {"1": "failed"}`), by an outcome or level word (`{error: "failed"}`, a table
 * from one vocabulary into another), or under a schema's names (`properties: {status: {const: "failed"}}`, a schema
 * validated as a document).
 */
function writableOutcome(root: unknown, found: Finding): boolean {
  const steps = parsePointer(found.pointer);
  if (steps.some((s) => SCHEMA_NAME_MAPS.has(s)) || isSchemaDocument(root)) return true;
  // What tests are given or shown (`fixtures: {parser: "failed"}`, `mocks: {api: "error"}`, a state machine's `next` or
  // `initial_state`) is their input, not what happened (review rv5).
  const parents = steps.slice(0, -1);
  // A map of settings is one whatever names it first (`lintRules`, `eslint_config`, `default_settings`).
  if (parents.some((s) => { const words = readWords(s); return TEST_DATA_NAMES.has(words[0] as string) || SETTING_OBJECTS.has(words.join(' ')) || SETTING_OBJECTS.has(words.at(-1) as string); })) return true;
  if (typeof found.actual !== 'string') return false;
  const key = steps.at(-1) ?? '';
  // A count written as text (`summary: {counts: {failed_count: "N"}}`) is a count still, as `failed_count: 2` there is:
  // no table maps a value to it.
  if (nameWords(key).some((w) => COUNT_WORDS.has(w) || TOTAL_WORDS.has(w) || w === 'num') && nameWords(key).some((w) => FAIL_WORDS.has(w))) return false;
  // A code keys a table of exit or HTTP codes (`exit_codes: {"1": "failed"}`); under a name of results it numbers a test
  // (`tests: {"1": "failed"}`), review rv5.
  const numbersResults = readWords(parents.at(-1) ?? '').some((w) => RESULT_MAP_NAMES.has(w));
  if ((/^(?=.*\d)[\d\s.x*-]+$/iu.test(key) && !numbersResults) || isOutcomeValue(key)) return true;
  const keyWords = readWords(key);
  // A key of a state, level or colour maps one vocabulary into another (`{blocked: "failed"}`, `{red: "failed"}`); a map
  // named as a table or as what to do on an outcome (`status_map`, `aliases`, `notify: {slack: "failed"}`) says what may be written.
  // A key that only holds such a word names a test (`tests: {error_handling: "failed", missing_file: "failed"}`), review rv5.
  const stateKey = keyWords.length > 0 && keyWords.some((w) => !KEY_LINKS.has(w)) && keyWords.every((w) => STATE_KEYS.has(w) || OTHER_OUTCOMES.has(w) || UNFINISHED_STATES.has(w) || BAD_END_FLAGS.has(w) || KEY_LINKS.has(w));
  return stateKey || parents.some((s) => readWords(s).some((w) => TABLE_NAMES.has(w))) || levelsMap(root, parents, found.actual);
}
/** Words a key of a state may hold beside it (`on_failure`, `timed_out`, `if_error`, `is_blocked`). */
const KEY_LINKS: ReadonlySet<string> = new Set(['on', 'if', 'when', 'is', 'was', 'out', 'up', 'state', 'status', 'level', 'exit', 'code']);
const TEST_DATA_NAMES: ReadonlySet<string> = new Set(['fixture', 'fixtures', 'mock', 'mocks', 'stub', 'stubs', 'fake', 'fakes', 'sample', 'samples', 'seed', 'seeds', 'initial', 'next', 'transitions', 'transition']);
const RESULT_MAP_NAMES: ReadonlySet<string> = new Set(['tests', 'test', 'cases', 'results', 'result', 'checks', 'jobs', 'steps', 'suites', 'specs', 'runs', 'outcomes', 'statuses']);
/**
 * Whether the map holding a failed member is one of levels a tool is set to (ESLint's `rules: {semi: "error", quotes:
 * "warn"}` under any name): its member says `error` or `fatal` and a sibling a level no run ends in (`warn`, `off`), none
 * a run's outcome (`passed`, `failed`). A map of outcomes that also holds levels (`{lexer: "passed", parser: "error"}`) is
 * read still (review rv5).
 */
function levelsMap(root: unknown, parents: readonly string[], actual: string): boolean {
  if (!LEVEL_VALUES.has(actual.trim().toLowerCase())) return false;
  const map = getAtPointer(root, parents.length === 0 ? '' : `/${parents.map(encodePointerSegment).join('/')}`);
  if (!map.found || !isRecord(map.value)) return false;
  // A linter's result per file or under a name of results (`files: {"a.js": "error", "b.js": "warn"}`) tells what happened.
  if (readWords(parents.at(-1) ?? '').some((w) => RESULT_MAP_NAMES.has(w) || w === 'files' || w === 'paths') || Object.keys(map.value).some((k) => /\.[a-z0-9]{1,6}$/iu.test(k))) return false;
  const values = Object.values(map.value).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim().toLowerCase());
  return values.some((v) => SETTING_LEVELS.has(v)) && values.every((v) => LEVEL_VALUES.has(v) || SETTING_LEVELS.has(v));
}
const LEVEL_VALUES: ReadonlySet<string> = new Set(['error', 'fatal', 'critical', 'err', '2']);
const SETTING_LEVELS: ReadonlySet<string> = new Set(['warn', 'warning', 'off', 'info', 'ignore', 'hint', 'suggestion', 'none', 'silent', '0', '1']);
const STATE_KEYS: ReadonlySet<string> = new Set([
  'error', 'errors', 'warning', 'warnings', 'info', 'notice', 'note', 'critical', 'high', 'medium', 'low', 'major', 'minor', 'blocker', 'fatal', 'debug', 'done', 'open', 'closed',
  'merged', 'draft', 'new', 'started', 'stopped', 'finished', 'success', 'successful', 'succeeded', 'failure', 'neutral', 'stale', 'red', 'green', 'yellow', 'amber', 'orange', 'grey', 'gray', 'blue',
]);
const TABLE_NAMES: ReadonlySet<string> = new Set(['map', 'maps', 'mapping', 'mappings', 'alias', 'aliases', 'translation', 'translations', 'lookup', 'table', 'notify', 'notifications', 'notification', 'alerts', 'hooks', 'on', 'when', 'triggers', 'template', 'templates', 'messages', 'i18n', 'l10n', 'locale', 'locales', 'strings', 'vocabulary', 'synonyms']);

/**
 * Whether a document reports a finished run: at its top level or in its summary, an outcome (`status`, `result`, …)
 * that claims a pass or says it failed, or a count of items that passed or failed (`failed: 12`). What such a document
 * holds was produced by the run, so a template variable left in it (`build: "${BUILD_ID}"`) was never filled, however a
 * schema names it (json_schema; a config, which reports no run, may hold `${IMAGE_TAG}` for runtime substitution).
 */
export function reportsARun(root: unknown): boolean {
  if (!isRecord(root)) return false;
  return fieldsOf(root, '').some(
    (f) =>
      inSummary(f) &&
      !qualified(f) &&
      ((isCount(f.value) && (playsRole(f, FAIL_WORDS) || playsRole(f, PASSED_WORDS))) ||
        (typeof f.value === 'string' && f.own.length === 1 && OUTCOME_KEYS.has(f.own[0] as string) && (claimsPass(f.own[0] as string, f.value) || isFailedOutcome(f.value)))),
  );
}

/**
 * The counts a run's report (its top level and summary) is measured over that were left blank or as a template wrote them
 * (`{status: pass, total: "${TOTAL}", passed: "${PASSED}"}`): json_schema reads them as {@link measurementContradiction}
 * and the status reader do ({@link countLeftUnfilled}), whether or not the schema requires them; a schema that takes any
 * text there proves no outcome. A document that reports no run (a config, a template itself) has none.
 */
export function countsOfARunLeftUnfilled(root: unknown): { pointer: string; value: string; why: string; ofARun: true }[] {
  if (!reportsARun(root)) return [];
  const fields = fieldsOf(root, '');
  return fields.flatMap((field) => {
    const found = inSummary(field) ? countLeftUnfilled(field, isItemTotal, fields) : undefined;
    return found === undefined ? [] : [{ pointer: found.pointer, value: found.actual === null ? 'null' : (found.actual as string), why: found.says, ofARun: true as const }];
  });
}

/**
 * A document that says, at its top level, that nothing ran: its lists of results (`results`, `tests`, `cases`, … in
 * every language of the vocabulary) all empty or of hollow entries with no count of items above zero beside them, zero
 * passed with no failure counted, or every item skipped. A schema that lets the results list be empty (`minItems: 0`)
 * matches such a document, and the match proves nothing about any result (red team zd).
 */
export function documentRanNothing(root: unknown, judged?: (pointer: string) => boolean): StatusContradiction | undefined {
  const found = nothingRan(fieldsOf(root, ''), judged);
  if (found === undefined) return undefined;
  const { says, ...rest } = found;
  return { ...rest, message: `${found.pointer} ${says}` };
}

/**
 * Why a status that claims a pass (see {@link claimsPass}) is contradicted by what sits beside it (`contradiction`: a
 * failure counted, listed or flagged, a failed outcome or entry; `inconsistent_counts`: parts above their total;
 * `wrong_type`, `imprecise_number`: a count no count can be) or rests on nothing (`vacuous`: zero passed, every item
 * skipped, lists of results that hold nothing), or undefined. Only the status's own object and the objects (and lists of
 * entries, followed down through entries that only group others) directly inside it are read, so a report of
 * several suites judges the suite its status belongs to.
 */
export function statusContradiction(
  root: unknown,
  statusPointer: string,
  status: unknown,
  numbers: NumberSpellings = { inexact: new Map(), nonInteger: new Set() },
  allowed?: { claimsPass?: boolean },
): StatusContradiction | undefined {
  const steps = parsePointer(statusPointer);
  const key = steps.at(-1);
  if (key === undefined) return undefined;
  const claim = allowed === undefined ? (claimsPass(key, status) ? 'word' : undefined) : allowedClaim(key, status, allowed.claimsPass);
  if (claim === undefined) return undefined;
  const read = (doc: unknown): Finding | undefined => {
    const fields = fieldsBesideTheStatus(doc, statusPointer);
    return besideStatus(doc, statusPointer, key, fields, numbers) ?? aroundSummary(doc, steps, key, numbers) ?? (claim === 'unread' ? unreadCount(fields, status) : undefined) ?? unreadPlainCount(fields, key, claim) ?? incompleteAbove(doc, steps);
  };
  // Counts that leave items in no outcome in the shapes the readers above do not weigh are read last, so that whatever
  // they find stays the finding (red team xf, xv, xz, session 39).
  const found = read(root) ?? countSlotUnfilled(root, read) ?? countsLeaveItemsOut(root, pointerOf(steps.slice(0, -1)), fieldsBeside(root, statusPointer));
  if (found === undefined) return undefined;
  const { says, ...rest } = found;
  return { ...rest, message: `says ${JSON.stringify(status)} while ${found.pointer} beside it ${says}` };
}

/**
 * A run's completeness said once, at the document's (or an outer object's) level, above a status in an inner object
 * (`{"result": {"status": "pass"}, "complete": false}`), as a measured value's is read (red team pr, session 36).
 */
function incompleteAbove(root: unknown, steps: readonly string[]): Finding | undefined {
  for (let up = steps.length - 1; up >= 1; up--) {
    // Not the object the status stands in under another case (`Summary` beside `summary`): the case-twin reader judges it.
    const folded = caseFoldedKey(steps[up - 1] as string);
    const outer = pointerOf(steps.slice(0, up - 1));
    const own = (f: Field): boolean => caseFoldedKey(parsePointer(f.pointer)[parsePointer(outer).length] ?? '') === folded;
    const found = runIncomplete(fieldsBeside(root, pointerOf(steps.slice(0, up))).filter((f) => !own(f) && (inSummary(f) || RUN_OBJECTS.has(f.context.join(' ')))));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A text whose count is a template's or a format's slot (`"result": "PASS ({{failed}} failed)"`, `"Failures: %d"`,
 * `"{failed} failed"`): the sentence a template renders with its failures, never filled, so it proves no outcome. The
 * document is read again with every such slot drawn as a count of 2: a text that then tells of failures is a
 * `placeholder`. Slots that count anything else (`{{passed}} passed, 0 failed`) tell of none and stay unread.
 */
function countSlotUnfilled(root: unknown, read: (doc: unknown) => Finding | undefined): Finding | undefined {
  const filled = new Map<string, string>();
  const doc = withSlotsFilled(root, '', filled, { left: MAX_FIELDS_READ }, 0);
  if (filled.size === 0) return undefined;
  const found = read(doc);
  if (found === undefined || found.code !== 'contradiction') return undefined;
  const written = [...filled.keys()].find((at) => found.pointer === at || found.pointer.startsWith(`${at}/`) || at.startsWith(`${found.pointer}/`));
  if (written === undefined) return undefined;
  const text = filled.get(written) as string;
  return {
    code: 'placeholder',
    pointer: written,
    says: `is ${JSON.stringify(text.slice(0, 120))}, a text whose failure count is a template's or a format's unfilled slot: the sentence a template renders, never a run's outcome, so the pass beside it proves nothing`,
    actual: text.slice(0, 500),
  };
}

/** `value` with the count slots of its texts drawn as `2` (a copy only where one is; `filled` gets each text's pointer). */
function withSlotsFilled(value: unknown, at: string, filled: Map<string, string>, budget: { left: number }, depth: number): unknown {
  if (--budget.left < 0 || depth > MAX_MAP_DEPTH) return value;
  if (typeof value === 'string') {
    if (value.length > 2000 || !SLOT_HINT.test(value)) return value;
    const drawn = value.replace(COUNT_SLOT, (slot: string, at: number) => (slotCountsFailures(value, slot, at) ? '2' : slot));
    if (drawn === value) return value;
    filled.set(at, value);
    return drawn;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((v, i) => {
      const next = withSlotsFilled(v, `${at}/${i}`, filled, budget, depth + 1);
      if (next !== v) (copy ??= [...value])[i] = next;
    });
    return copy ?? value;
  }
  if (!isRecord(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    const next = withSlotsFilled(v, `${at}/${encodePointerSegment(k)}`, filled, budget, depth + 1);
    if (next !== v) (copy ??= { ...value })[k] = next;
  }
  return copy ?? value;
}
const SLOT_HINT = /[{%@$]/u;
/**
 * Whether a slot stands where a failure count goes: right before a failure word (`{{failed}} failed`, `%d tests failed`) or
 * right after a failure label (`Failures: %d`, `failed={0}`). A slot anywhere else (`{{error}} in {{file}}`, a remark
 * `Failed: 2 {known}`, a setting `on_failure: ${CHANNEL}`) fills no count.
 */
function slotCountsFailures(text: string, slot: string, at: number): boolean {
  const after = text.slice(at + slot.length, at + slot.length + 40);
  const before = text.slice(Math.max(0, at - 40), at);
  // A slot inside a word (`fail{{x}}ed`) is no count: the word it was written into is read (withoutSlots).
  if (/\p{L}$/u.test(before) && /^\p{L}/u.test(after)) return false;
  if (FAILURE_WORD_NEXT.test(after) || FAILURE_LABEL_BEFORE.test(before)) return true;
  // In every language of the table (`fallidos: {{n}}`, `échecs: %d`, `失败: ${FAILED}`, `{{n}} fallidos`): the reader
  // that weighs the filled text reads these labels, so a slot beside them is a failure count as `failed: {{n}}` is.
  if (!HAS_LETTER.test(before) && !HAS_LETTER.test(after)) return false;
  const { next, label } = failureWordsAnyLanguage();
  return next.test(after) || label.test(before);
}
const FAILURE_WORD_NEXT = /^[^\S\n]*(?:(?:tests?|cases?|checks?|specs?|jobs?)[^\S\n]+)?(?:fail|error|errored|broken|crash)/iu;
const FAILURE_LABEL_BEFORE = /(?:fail(?:ed|ures?|ing|s)?|errors?|errored)[^\S\n]*[:=]?[^\S\n]*\(?$/iu;
/** A slot between digits and signs only has no label to read. */
const HAS_LETTER = /\p{L}/u;
/**
 * The failure words of every language of the vocabulary as a label before a slot (a colon, full-width too, or an equals
 * sign between) and as the word after one, whole words only: `fel` is no label inside `Model:`.
 */
const failureWordsAnyLanguage = lazy(() => {
  const all = vocabulary(['failed', 'errors']).sort((a, b) => b.length - a.length);
  // Scripts written without spaces (`测试失败: {{n}}`) have no word edge to wait for.
  const alternation = (words: readonly string[]): string => words.map(escapeRegExp).join('|') || '(?!)';
  const spaced = alternation(all.filter((w) => !UNSPACED_SCRIPT.test(w)));
  const unspaced = alternation(all.filter((w) => UNSPACED_SCRIPT.test(w)));
  return {
    next: new RegExp(`^[^\\S\\n]*(?:(?:${spaced})(?![\\p{L}\\p{M}])|${unspaced})`, 'iu'),
    label: new RegExp(`(?:(?<![\\p{L}\\p{M}])(?:${spaced})|${unspaced})[^\\S\\n]*[:=\\uff1a]?[^\\S\\n]*[(\\uff08]?$`, 'iu'),
  };
});
/**
 * A count's slot inside a text: `{{x}}`, `${x}`, `{x}` / `{0}` (str.format, C#), `%d` / `%(x)s` (never after a digit or
 * with a space flag: `50% success` is a share), `%%` (printf's escaped percent sign, never formatted), `%X%`, `@X@`, `$X`, `<%= x %>`.
 */
const COUNT_SLOT = /\{\{[^{}\n]{1,60}\}\}|\$\{[^{}\n]{1,60}\}|\{(?:[A-Za-z_]\w{0,40}|\d{1,2})(?:![rsa])?(?::[^{}\s]{0,20})?\}|(?<![\p{L}\p{N}%])%(?:\([A-Za-z_]\w{0,40}\))?[-#0+]*\d{0,3}(?:\.\d{1,3})?[disuf](?![\p{L}\p{N}])|(?<![\p{L}\p{N}%])%%(?![\p{L}\p{N}%])|%[A-Z_][A-Z0-9_]{0,40}%|@[A-Za-z_]\w{0,40}@|\$[A-Z_][A-Z0-9_]{0,40}\b|<%=?[^%\n]{1,60}%>/gu;
const ONE_COUNT_SLOT = new RegExp(COUNT_SLOT.source, 'u');

/**
 * A status in the document's summary object (`summary.status`, `result.verdict`, `stats.ok`) speaks for the whole
 * document: a failure counted, listed or flagged beside that object (`{"summary": {"status": "pass"}, "failed": 3}`,
 * a `tests` list with a failed entry) denies it as one beside the status would. Only failures are read there; a named
 * entry's status (`suites.unit.status`) is judged by its own object alone.
 */
function aroundSummary(root: unknown, steps: readonly string[], key: string, numbers: NumberSpellings): Finding | undefined {
  let up = steps.length - 1;
  while (up >= 1 && SUMMARY_HOLDERS.has(readWords(steps[up - 1] as string).join(' '))) {
    const holder = pointerOf(steps.slice(0, up));
    const outer = fieldsBeside(root, holder);
    // The fields around the summary leave the summary object out; a Job's status read among them is still read in the
    // whole document (a Job's spec inside the summary is one apart from it: helper hh, session 43).
    const document = [root];
    // The counts read beside the summary are read exactly or not at all, as those beside the status are (fuzz slice).
    const found = notACount(outer, numbers) ??
      failureBeside(outer, document) ?? processFailed(outer) ?? failedOutcome(outer) ?? failedEntry(outer, key, outer, document) ?? failedInMaps(outer, readWords(key).join(' '), document) ?? partsAboveTotal(outer) ?? failureText(outer);
    if (found !== undefined) return found;
    up--;
  }
  return undefined;
}
/**
 * What a report tells beside a failure count measured at none, at any level, that says something failed otherwise than
 * by a count or a list: an error flag or text (`{failed: 0, error: "setup crashed"}`), how its process ended
 * (`exit_code: 1`), a failed outcome (`status: "failed"`) or a failed member of a map.
 */
function besideNoFailure(all: readonly Field[], key: string): Finding | undefined {
  // Another count beside it is weighed by the checks of counts, which keep failures and errors apart (`failed: 0` beside
  // JUnit's `errors: 1`): only what tells a failure otherwise is read here.
  // So is a list of another family (`errors: 0` beside a `failures` list): counted apart, as the counts are.
  const fields = all.filter((f) => typeof f.value !== 'number' && !Array.isArray(f.value) && !(typeof f.value === 'string' && /^[^\S\n]*[+-]?\d[\d.,]*[^\S\n]*$/u.test(f.value)));
  return failureBeside(fields) ?? processFailed(all) ?? failedOutcome(fields) ?? failedInMaps(fields, readWords(key).join(' ')) ?? failureText(fields) ?? printedOfItsFamily(fields, key);
}
/**
 * A runner's summary printed beside a failure count of none (`{failed: 0, message: "2 tests failed"}`), or by a run's
 * summary object two below it, that tells failures of the count's own family (red team tj): `"1 passed, 2 errors"`
 * beside pytest's `failed: 0` counts its errors apart, as the counts do.
 */
function printedOfItsFamily(fields: readonly Field[], key: string): Finding | undefined {
  const found = printedFailure(fields) ?? printedFailure(runSummariesBelow(fields));
  if (found === undefined || typeof found.actual !== 'string') return found;
  const told = readWords(found.actual).filter((w) => FAIL_WORDS.has(w));
  return failFamily(readWords(key)) === 'fail' && told.length > 0 && told.every((w) => ERROR_WORDS.has(w)) ? undefined : found;
}

/**
 * A count above zero beside a pass claimed in words no row knows, named in letters beyond ASCII none of whose words the
 * table knows either (`thất_bại: 2` before Vietnamese had a row, Zulu-named counts in Arabic or Thai script): a count in
 * the pass's own unread language may count its failures, and is never passed unread. A name the table reads in part
 * (`lỗi_nghiêm_trọng`) is judged by that part; a name in plain ASCII (`imeshindwa` before its row) is not read here, or
 * every English-named setting beside an unread status would fail.
 */
function unreadCount(fields: readonly Field[], status: unknown): Finding | undefined {
  const statusWords = typeof status === 'string' ? readWords(status).join(' ') : undefined;
  for (const field of fields) {
    const key = decodeLastSegment(field.pointer);
    if (PLAIN.test(key) || field.own.join(' ') === statusWords || [...field.context, ...field.own].some(namesARole) || [...(field.written?.context ?? []), ...(field.written?.own ?? [])].some(qualifiesACount)) continue;
    // A list with entries or a set flag under such a name may list or flag failures as a count counts them.
    if ((Array.isArray(field.value) && field.value.length > 0) || field.value === true) {
      const what = field.value === true ? 'a flag set' : `a list of ${(field.value as unknown[]).length}`;
      return { code: 'unreadable', pointer: field.pointer, says: `is ${what} named in words the engine does not read, beside a pass written in words it does not read either: it may list or flag failures`, actual: Array.isArray(field.value) ? field.value.length : field.value };
    }
    const count = typeof field.value === 'number' ? field.value : typeof field.value === 'string' ? numberInText(field.value) : undefined;
    if (count === undefined || !(count > 0)) continue;
    return { code: 'unreadable', pointer: field.pointer, says: `is ${JSON.stringify(field.value)}, a count named in words the engine does not read, beside a pass written in words it does not read either: it may count failures`, actual: field.value };
  }
  return undefined;
}
/**
 * A count above zero under a name no reader judges (in plain ASCII too: Zulu `kwehlulekile: 3`, Swahili before its row,
 * Arabic in Latin letters `fashil: 2`) beside a pass, in a report shaped as one that counts its outcomes in a language
 * the engine does not read:
 * - its status too is named and written in words no row knows (`isimo: kuphumelele`): every count beside it is in that
 *   language, and any may count failures; or
 * - it counts items passed and in all, no failure count, and fewer passed (and skipped or otherwise ended) than in all,
 *   by at least that count (`passed: 10, total: 13, kwehlulekile: 3`): the count may be the missing failures.
 * Names the engine knows as something else (`workers`, `duration`, `pid`, a qualifier, a severity) are never read so,
 * nor is a count under a known status name (`status: pass` beside `workers: 4`) whose items all passed.
 */
function unreadPlainCount(fields: readonly Field[], statusKey: string, claim: AllowedClaim): Finding | undefined {
  const says = (f: Field, why: string): Finding => ({ code: 'unreadable', pointer: f.pointer, says: `is ${JSON.stringify(f.value)}, a count named in words the engine does not read, ${why}: it may count failures`, actual: f.value });
  if (claim === 'unread' && readWords(statusKey).every((w) => !isKnownWord(w) && !KNOWN_NAMES.has(w))) {
    // A list with entries or a set flag there may list or flag failures as a count counts them (`kwehlulekile: ["a"]`).
    const shown = fields.find((f) => inSummary(f) && unjudgedName(f) && ((countAbove0(f.value) ?? 0) > 0 || f.value === true || (Array.isArray(f.value) && f.value.length > 0)));
    if (shown !== undefined) return says(shown, 'beside a pass named and written in words it does not read either');
  }
  const candidates = fields.filter((f) => inSummary(f) && unjudgedName(f) && (countAbove0(f.value) ?? 0) > 0);
  if (candidates.length === 0) return undefined;
  if (fields.some((f) => playsRole(f, FAIL_WORDS))) return undefined;
  const counts = fields.filter((f) => inSummary(f) && isCount(f.value));
  const total = counts.find((f) => playsRole(f, TOTAL_WORDS) || isItemTotal(f));
  const passed = counts.filter((f) => playsRole(f, PASSED_WORDS));
  if (total === undefined || passed.length === 0) return undefined;
  const ended = counts.filter((f) => f !== total && !candidates.includes(f) && (playsRole(f, PASSED_WORDS) || playsRole(f, SKIPPED_WORDS) || f.own.some((w) => OTHER_OUTCOMES.has(w)) || hasQualifier(f.written?.own ?? f.own)));
  const gap = (total.value as number) - ended.reduce((a, f) => a + (f.value as number), 0);
  const found = candidates.find((f) => (countAbove0(f.value) ?? 0) <= gap);
  return found === undefined ? undefined : says(found, `beside ${String(total.value)} items in all of which its outcome counts account for ${String((total.value as number) - gap)}`);
}
const countAbove0 = (v: unknown): number | undefined => (isCount(v) ? v : typeof v === 'string' ? numberInText(v) : undefined);
/** Whether no reader judges a field's name: none of its words (as read or as written) is one the engine knows. */
const unjudgedName = (f: Field): boolean =>
  // Its object is the document's or a summary's (inSummary): only its own name is read.
  f.own.every((w) => !namesARole(w) && !isKnownWord(w) && !KNOWN_NAMES.has(w)) && !(f.written?.own ?? []).some((w) => qualifiesACount(w) || KNOWN_NAMES.has(w));
/**
 * The English words the readers know a name by that is no outcome count (settings, what a process or run is, severities,
 * other outcomes, sizes and measures): a count under them beside a pass is no count in an unread language.
 */
const KNOWN_NAMES: ReadonlySet<string> = wordSet('KNOWN_NAMES', () => [
  ...NO_OUTCOME_NAMES, ...DESCRIPTORS, ...FLAG_SUBJECTS, ...RUN_OBJECTS, ...COVERED_WORDS, ...SEVERITY_WORDS, ...OTHER_OUTCOMES, ...CHANGE_WORDS,
  ...BAD_END_FLAGS, ...INCOMPLETE_WHEN_TRUE, ...INCOMPLETE_WHEN_FALSE, ...SETTING_OBJECTS, ...PASS_FLAG_WORDS, ...HAS_WORDS, ...EXEMPTING, ...RATE_WORDS,
  ...[...MEASURED_OVER, ...ITEM_TOTAL_NAMES, ...EXIT_NAMES, ...SIGNAL_NAMES].flatMap((n) => n.split(' ')), ...COMPOUND_PARTS, ...vocabulary(['items', 'some', 'ended'], ['en']),
  'workers', 'worker', 'threads', 'thread', 'pid', 'port', 'seed', 'shard', 'shards', 'size', 'bytes', 'length', 'width', 'height', 'depth', 'line',
  'column', 'index', 'offset', 'year', 'month', 'week', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'memory', 'cpu', 'cpus', 'heap', 'rss',
  'uptime', 'start', 'end', 'started', 'timestamp', 'created', 'updated', 'modified', 'elapsed', 'latency', 'p50', 'p90', 'p95', 'p99', 'mean',
  'median', 'avg', 'average', 'sum', 'score', 'points', 'priority', 'weight', 'order', 'position', 'rank', 'major', 'minor', 'patch', 'build',
  'revision', 'attempt', 'attempts', 'retry', 'retries', 'parallel', 'concurrency', 'jobs', 'files', 'lines', 'users', 'requests', 'ops', 'iterations',
  'samples', 'nodes', 'pages', 'changes', 'additions', 'deletions', 'commits', 'issues', 'pulls', 'stars', 'forks', 'downloads', 'dependencies',
  // English names a status is kept under beside `status` and `state`: a status under them is no report in an unread language.
  'health', 'phase', 'condition', 'grade', 'rating', 'quality', 'readiness', 'signal', 'decision', 'judgement', 'judgment', 'evaluation',
  'assessment', 'review', 'approval', 'gate', 'ci', 'pipeline', 'release', 'deploy', 'deployment', 'check',
]);

/**
 * Words by which the readers beside a pass judge a count: a failure or pass name, the passed/skipped/total roles (as
 * read), a qualifier or a run that ended (as written). A name with one is judged by it (`max_…` is a bound as in English); one with only a word
 * that says "how many" (`count_წარუმატებელი`) is not, and stays unread.
 */
const namesARole = (word: string): boolean => FAIL_WORDS.has(word) || CLAIM_WORDS.has(word) || PASSED_WORDS.has(word) || SKIPPED_WORDS.has(word) || TOTAL_WORDS.has(word);
/** Qualifiers as written only, as the readers take them: `mаx_…` with a Cyrillic а leaves the count unreadable. */
const qualifiesACount = (word: string): boolean => QUALIFIERS.has(word) || NO_CLAIM_WORDS.has(word);
const decodeLastSegment = (pointer: string): string => (parsePointer(pointer).at(-1) ?? '');

/** Objects that hold a document's own summary (never a named suite or entry). */
const SUMMARY_HOLDERS: ReadonlySet<string> = wordSet('SUMMARY_HOLDERS', () => readSet(vocabulary(['summary'])));

/**
 * What the fields beside a status print, where the status is a process step's own (`steps: [{conclusion: success, log:
 * […]}]` with the pointer at the step's conclusion): its log is read as the step's entry is ({@link stepLogRead}), so a
 * failed run the log then retried or an inner run before its own summary is answered for by that later summary there too,
 * and a failing summary another runner's pass follows still denies the pass. What the log prints after the lines a later
 * summary answers for is read as any text beside a status is.
 */
function printedBesideAStep(statusPointer: string, fields: readonly Field[]): Finding | undefined {
  const segments = parsePointer(statusPointer);
  const listKey = segments.at(-3);
  // A step in a list (`steps/0/conclusion`) or in a map by its name (`jobs/test/status`).
  const ofAStep = listKey !== undefined && segments.length >= 3 && processStepList(nameWords(listKey));
  if (!ofAStep) return printedFailure(fields);
  const own = parentOf(statusPointer);
  const read: Field[] = [];
  for (const field of fields) {
    const key = parentOf(field.pointer) === own ? lastSegment(field.pointer) : undefined;
    // Any text of the step's own is read so (GitLab's job `trace`), as any was read as text beside the status.
    const text = key === undefined ? undefined : typeof field.value === 'string' ? field.value : Array.isArray(field.value) && field.value.length > 0 && field.value.every((line) => typeof line === 'string') ? field.value.join('\n') : undefined;
    const log = text === undefined ? undefined : stepLogRead(text);
    if (log?.finding !== undefined) return { ...log.finding, pointer: field.pointer };
    if (text === undefined || log === undefined || log.answered === 0) {
      read.push(field);
      continue;
    }
    read.push({ ...field, value: text.split(/\r?\n/u).slice(log.answered).join('\n') });
  }
  return printedFailure(read);
}
/** What beside the status itself, in its own object and the objects and lists directly inside it, denies the pass. */
function besideStatus(root: unknown, statusPointer: string, key: string, fields: readonly Field[], numbers: NumberSpellings): Finding | undefined {
  return (
    // The items the run ran (`tests: -3`, `cases: "NaN"`) are a count too: a pass over no count of items proves nothing.
    notACount(fields, numbers, isItemTotal) ??
    inexactCountBelow(root, parsePointer(statusPointer).slice(0, -1), numbers) ??
    failureBeside(fields) ??
    processFailed(fields) ??
    failedOutcome(fields) ??
    failedEntry(fields, key) ??
    failedInMaps(fields, readWords(key).join(' ')) ??
    failureText(fields) ??
    printedBesideAStep(statusPointer, fields) ??
    toldTwoBelow(fields) ??
    outcomeTextUnderAnotherName(statusPointer, fields) ??
    // A count beside the pass written with a control or bidi character (`"passed": "\u202e402,1"`, `"1,\u0000204"`) shows a
    // number it does not write, so the counts it should add up with cannot be weighed (fuzz slice, session 33). A failure
    // count in disguise was a contradiction above.
    disguisedCountText(fields, isItemTotal) ??
    countsDisagree(fields) ??
    nothingRan(fields) ??
    zeroRan(fields) ??
    runIncomplete(fields)
  );
}

/**
 * A report's own outcome text under another name than its summary's, beside a status that is no entry of a list: GitHub's
 * commit status writes it as `description` beside `state`, reports carry `title`, `conclusion_text`, `details`, and a
 * check run its `output: {title, summary, text}` (red team xo, session 40). Read as a summary is ({@link
 * toldAsAFailedOutcome}): a description of what a check does (`Fails if coverage drops`) or a change's title (`Handle
 * failed login redirect`) tells no outcome. An entry's `title` is its test's name (`fails when the build failed`), so a
 * status inside a list leaves these names unread.
 */
function outcomeTextUnderAnotherName(statusPointer: string, fields: readonly Field[]): Finding | undefined {
  if (parsePointer(statusPointer).some((segment) => /^\d+$/u.test(segment))) return undefined;
  // A test's own record (an Allure result file, one test per file: `{fullName, historyId, status, description}`) names
  // the case it tests in its description and title (`Login failure`, `Payment failed`): no outcome (red team xb).
  const aTestsRecord = fields.some((f) => f.context.length === 0 && typeof f.value === 'string' && TEST_IDENTITY_NAMES.has(f.own.join(' ')));
  for (const field of fields) {
    if (typeof field.value !== 'string' || field.value.length > MAX_WRITTEN_OUTCOME_TEXT) continue;
    const own = field.own.join(' ');
    const named = field.context.length === 0 ? OTHER_OUTCOME_TEXT_NAMES.has(own) && !(aTestsRecord && TEST_DESCRIBING_NAMES.has(own)) : field.context.join(' ') === 'output' && CHECK_OUTPUT_TEXT_NAMES.has(own);
    if (named && toldAsAFailedOutcome(field.value)) return { code: 'contradiction', pointer: field.pointer, says: `says ${JSON.stringify(field.value.trim())}`, actual: field.value.trim() };
  }
  return undefined;
}
const OTHER_OUTCOME_TEXT_NAMES: ReadonlySet<string> = new Set(['description', 'title', 'conclusion text', 'details', 'detail', 'status description', 'state description', 'status text', 'result text', 'outcome text', 'summary text', 'conclusion summary']);
const CHECK_OUTPUT_TEXT_NAMES: ReadonlySet<string> = new Set(['title', 'summary', 'text']);
/** Names a test's own record gives its identity by (Allure's `fullName` and `historyId`, Mocha's `fullTitle`, pytest's `nodeid`, JUnit's `classname`). */
const TEST_IDENTITY_NAMES: ReadonlySet<string> = new Set(['full name', 'full title', 'history id', 'test case id', 'test name', 'test id', 'nodeid', 'node id', 'classname', 'class name']);
/** The names of {@link OTHER_OUTCOME_TEXT_NAMES} a test's record describes its case by. */
const TEST_DESCRIBING_NAMES: ReadonlySet<string> = new Set(['description', 'title', 'details', 'detail']);

/** What a run's summary or outcome object two objects below the status prints, flags, tells in an error's text or ends with ({@link runSummariesBelow}). */
function toldTwoBelow(fields: readonly Field[]): Finding | undefined {
  const below = runSummariesBelow(fields);
  // How the run's process ended and its error's text are said there too (`run: {result: {exit_code: 1}}`, `run: {summary:
  // {error: "segfault"}}`, `run: {result: {error: {message: …}}}`), as beside the status.
  return below.length === 0 ? undefined : (errorOfARun(below) ?? processFailed(below) ?? failureText(below) ?? printedFailure(below));
}

/** Counts beside a status that do not add up, written as text counting as the numbers they show (`total: "10"`, `passed: "８"`), as beside a measured value. */
function countsDisagree(fields: readonly Field[]): Finding | undefined {
  const read = fields.map(countShownByText);
  return partsAboveTotal(read) ?? unaccounted(read) ?? countBeliedByItsList(read) ?? fractionBelied(fields) ?? passesWrittenAsAShare(fields);
}

/**
 * Statuses that say the suite did not run (or has not finished): its outcome is absent, which is a failure of the
 * evidence, not an outcome — no waiver granted for a failure it shows stands in for a run that never happened.
 */
export const NOT_RUN_STATUSES: readonly string[] = [
  'skipped', 'skip', 'not_run', 'did_not_run', 'never_ran', 'not_executed', 'not_started', 'not_tested', 'not_runnable', 'cancelled', 'canceled',
  'cancelling', 'canceling', 'aborted', 'interrupted', 'killed', 'disconnected', 'pending', 'queued', 'requested', 'waiting', 'waiting_for_resource',
  'scheduled', 'created', 'preparing', 'manual', 'in_progress', 'running', 'started', 'incomplete', 'inconclusive', 'stale',
  'expired', 'timeout', 'timed_out', 'timing_out',
];

/** A status word as compared with the not-run words: its words as a reader takes them, run together (`Timed-Out`, `TIMED_OUT`, `timedOut` → `timedout`). */
const joinedWords = (text: string): string => readWords(text).join('');

/**
 * The word of `notRun` a string status reads as (case, separators, look-alike and invisible characters aside:
 * `CANCELLED`, `Not Run`, `timed-out`), or undefined. A word that is also `allowed` is the producer's outcome, not a
 * missing one: allowed wins (a gate that allows `skipped` for a platform it does not cover).
 */
export function notRunStatus(status: unknown, notRun: readonly string[], allowed: readonly unknown[]): string | undefined {
  if (typeof status !== 'string') return undefined;
  const read = joinedWords(status);
  if (read === '') return undefined;
  const allowedWords = new Set(allowed.filter((a): a is string => typeof a === 'string').map(joinedWords));
  if (allowedWords.has(read)) return undefined;
  return notRun.find((word) => joinedWords(word) === read);
}

/**
 * Why a member of a run's object (its top, its plan, a part of it) says that the run did not happen as a run that proves
 * anything, or undefined (red team rh, session 46): a status, state, outcome or result (`status`, `run_state`,
 * `weighted_bottleneck_status`, unqualified) that is blank, says it failed, never ran, did not finish, was blocked,
 * only planned or rehearsed, or is unknown, stale or a placeholder (`"dry-run"`, `"TBD"`, `"blocked"`); a mode of a run
 * that measures nothing (`mode: "plan_only"`); or a flag that says so (`executed: false`, `dry_run: true`). The words are
 * read as the status reader reads a status (case, separators, look-alike and invisible characters aside).
 */
export function runDidNotHappen(key: string, value: unknown): string | undefined {
  const words = readWords(key);
  // Qualified by a word before its head (`expected_status`, `previous_mode`); the head itself may be a qualifier's word (`mode`).
  if (words.length === 0 || hasQualifier(words.slice(0, -1))) return undefined;
  const name = words.join('');
  const flag = typeof value === 'boolean' ? value : typeof value === 'string' && value.length < 16 ? ({ true: true, false: false } as Record<string, boolean | undefined>)[caselessVisibleForm(value).trim()] : undefined;
  if (flag === true && NO_RUN_WHEN_TRUE.has(name)) return `is ${JSON.stringify(value)}: the run did not run`;
  if (flag === false && NO_RUN_WHEN_FALSE.has(name)) return `is ${JSON.stringify(value)}: the run was never executed`;
  if (typeof value !== 'string' || value.length > MAX_CLAIM_TEXT) return undefined;
  const said = joinedWords(value);
  if (words.at(-1) === 'mode') return NO_RUN_MODES.has(said) ? `is ${JSON.stringify(value)}: a mode that runs nothing it measures` : undefined;
  if (!RUN_STATUS_NAME_ENDINGS.has(words.at(-1) as string)) return undefined;
  if (isBlank(value)) return `is blank: the run's outcome was never written`;
  if (isFailedOutcome(value)) return `is ${JSON.stringify(value)}: the run failed`;
  if (UNFINISHED_OUTCOMES.has(said) || NOT_RUN_JOINED().has(said)) return `is ${JSON.stringify(value)}: the run never ran or did not finish`;
  if (RUN_DID_NOT_HAPPEN_STATUSES.has(said)) return `is ${JSON.stringify(value)}: the run was blocked, only planned or rehearsed, or its outcome is unknown or out of date`;
  const placeholder = placeholderReason(value);
  return placeholder === undefined ? undefined : `is ${JSON.stringify(value)}, a placeholder (${placeholder}): no outcome of a run`;
}
const NOT_RUN_JOINED = lazy((): ReadonlySet<string> => new Set(NOT_RUN_STATUSES.map(joinedWords)));
