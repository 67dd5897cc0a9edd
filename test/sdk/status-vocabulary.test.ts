import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import { STATUS_VOCABULARY, transliterations } from '../../src/sdk/status-vocabulary.js';

const judge = (doc: Record<string, unknown>) => statusContradiction(doc, '/status', doc.status);
const languages = Object.entries(STATUS_VOCABULARY);

describe('status vocabulary: every row is read as the English one is', () => {
  it.each(languages)('%s: each pass word claims a pass that each failure name beside it contradicts', (_language, row) => {
    for (const pass of row.pass) {
      for (const failure of [...row.failed, ...row.errors]) {
        for (const key of [failure, failure.toUpperCase(), `tests_${failure}`]) {
          const found = judge({ status: pass, [key]: 2 });
          expect(found?.code, `${pass} beside ${key}: 2`).toBe('contradiction');
          expect(found?.pointer).toBe(`/${key}`);
        }
        expect(judge({ status: pass, [failure]: 0 }), `${pass} beside ${failure}: 0`).toBeUndefined();
      }
    }
  });

  it.each(languages)('%s: a failure name qualified by a tolerated word of its language, as written or in its plain spelling, counts nothing of this run', (_language, row) => {
    for (const failure of [...row.failed, ...row.errors]) {
      for (const tolerated of row.tolerated) {
        for (const spelling of transliterations(tolerated)) {
          expect(judge({ status: 'pass', [`${spelling}_${failure}`]: 2 }), `${spelling}_${failure}`).toBeUndefined();
          expect(judge({ status: 'pass', [`${failure}_${spelling.toUpperCase()}`]: 2 }), `${failure}_${spelling.toUpperCase()}`).toBeUndefined();
        }
      }
    }
  });

  it.each(languages)('%s: a failure name beside a word of its language that says there were none names no failure, as a flag or a count; drawn with a look-alike letter it exempts nothing', (_language, row) => {
    for (const failure of [...row.failed, ...row.errors]) {
      const keys = [...row.without.map((w) => `${w}_${failure}`), ...row.free.map((w) => `${failure}_${w}`)];
      for (const key of keys) {
        expect(judge({ status: 'pass', [key]: true }), `${key}: true`).toBeUndefined();
        expect(judge({ status: 'pass', [`tests_${key}`]: 3 }), `tests_${key}: 3`).toBeUndefined();
        // Latin a and o drawn as their Cyrillic look-alikes in the exempting word only.
        const disguised = key.replace(failure, '\0').replace(/a/u, '\u0430').replace(/o/u, '\u043e').replace('\0', failure);
        if (disguised !== key) expect(judge({ status: 'pass', [disguised]: 3 })?.code, disguised).toBe('contradiction');
      }
    }
  });

  it.each(languages)('%s: an entry whose outcome is a negated pass word of the language failed', (_language, row) => {
    for (const negation of row.negation) {
      for (const pass of row.pass) {
        for (const outcome of [`${negation} ${pass}`, `${negation}_${pass}`.toUpperCase()]) {
          expect(judge({ status: 'pass', tests: [{ name: 'a', status: outcome }] })?.pointer, outcome).toBe('/tests/0/status');
        }
      }
    }
  });

  it.each(languages)('%s: a failure count written as a number word of the language counts failures', (_language, row) => {
    const failure = row.failed[0] as string;
    for (const word of row.some) expect(judge({ status: 'pass', passed: 3, [failure]: word })?.pointer, `${failure}: ${word}`).toBe(`/${failure}`);
  });

  // English names its failure texts in its own list (FAILURE_TEXT_NAMES: `error`, `error_message`, not `errored`).
  it.each(languages.filter(([language]) => language !== 'en'))('%s: a text under an error word of the language is a failure unless it is a word for none', (_language, row) => {
    for (const error of row.errors) {
      expect(judge({ status: 'pass', passed: 3, [error]: 'connection refused' })?.pointer, error).toBe(`/${error}`);
      for (const none of [...row.none, ...STATUS_VOCABULARY.en!.none]) expect(judge({ status: 'pass', passed: 3, [error]: none }), `${error}: ${none}`).toBeUndefined();
    }
  });

  it.each(languages)('%s: zero passed, or every item skipped, counted in the words of the language is a vacuous run', (_language, row) => {
    const pass = row.pass[0] as string;
    for (const passed of row.passed) {
      expect(judge({ status: pass, [passed]: 0, [row.skipped[0] ?? 'skipped']: 5 })?.code, `${passed}: 0`).toBe('vacuous');
      expect(judge({ status: pass, [passed]: 3 }), `${passed}: 3`).toBeUndefined();
    }
    for (const skipped of row.skipped) {
      for (const total of row.total) {
        const found = judge({ status: pass, [total]: 5, [skipped]: 5 });
        expect(found?.code, `${skipped}: 5 of ${total}: 5`).toBe('vacuous');
        expect(judge({ status: pass, [total]: 5, [skipped]: 2, [row.passed[0] as string]: 3 }), `${skipped}: 2 of ${total}: 5`).toBeUndefined();
      }
    }
  });

  it.each(languages)('%s: a lone count line naming its items in the words of the language is a printed failure', (_language, row) => {
    const failure = row.failed[0] as string;
    for (const item of row.items) {
      for (const log of [`${failure} ${item}: 3`, `3 ${failure} ${item}`, `${item} ${failure}: 3`]) {
        expect(judge({ status: 'pass', passed: 10, log })?.pointer, log).toBe('/log');
      }
    }
    for (const log of [`${failure} ${row.items[0] ?? 'tests'}: 0`, `${row.tolerated[0] as string} ${failure} ${row.items[0] ?? 'tests'}: 3`]) expect(judge({ status: 'pass', passed: 10, log }), log).toBeUndefined();
  });

  it('a qualifier of another language than English qualifies a name with a word of its own language, or alone; never a failure name of another', () => {
    for (const key of ['cas_échoués', 'failed_tid', 'tests_failed_tid', 'total_failed_masa', 'failed_izin', 'failures_cas']) expect(judge({ status: 'pass', passed: 3, [key]: 3 })?.pointer, key).toBe(`/${key}`);
    for (const key of ['fel_tid', 'échecs_précédents', 'erwartete_fehler', 'max_fehler']) expect(judge({ status: 'pass', passed: 3, [key]: 3 }), key).toBeUndefined();
    expect(judge({ status: 'réussi', réussis: 10, échecs: 0, ignorés: 2, total: 12 })).toBeUndefined();
  });

  it('a tolerated word drawn with a look-alike letter qualifies nothing (erlаubte with a Cyrillic а, autorisés with its accent on the wrong letter)', () => {
    expect(judge({ status: 'bestanden', 'erl\u0430ubte_fehler': 2 })?.code).toBe('contradiction');
    expect(judge({ status: 'réussi', 'échecs_autorisès': 2 })?.code).toBe('contradiction');
    // A mark is part of its word now (Devanagari vowel signs): one struck through a qualifier still leaves it unread.
    expect(judge({ status: 'pass', 'expe\u0336cted_failures': 2 })?.code).toBe('contradiction');
  });

  it('a lone count of failures on a line of its own is a printed failure; prose with the same words is not', () => {
    for (const log of ['2 failed', 'failed: 2', '2 of 10 failed', '2/10 tests failed', '2 failures', '1 error', 'errors=2', '- 2 failed', '\t2\tfailed', 'fehlgeschlagen: 3', '3 échecs', 'run\n2 failed tests\ndone', '2 von 10 fehlgeschlagen', '2 из 10 провалено', '失败：３', '失敗: 2件', '2件失敗', '실패: 3개', '失败数：３']) {
      expect(judge({ status: 'pass', passed: 10, log })?.pointer, log).toBe('/log');
    }
    for (const log of ['the gate failed 2 failed builds', 'retried after 2 failed attempts', 'Error: 404', '0 failed', '2 expected failures', 'max_failures: 2', 'Failed: 2 (flaky)', '失敗: 0件', 'エラー: 500', '10 von 10 bestanden']) {
      expect(judge({ status: 'pass', passed: 10, log }), log).toBeUndefined();
    }
  });
});

describe('an allowed status is read as a pass claim unless its words say otherwise (fail closed)', () => {
  const allowed = (doc: Record<string, unknown>, pointer = '/status', claimsPass?: boolean) => statusContradiction(doc, pointer, doc[pointer.slice(1)], undefined, { claimsPass });

  it('a status in words no row knows, in any script, claims a pass that a failure count beside it contradicts', () => {
    for (const status of ['kuphumelele', 'àṣeyọrí', 'წარმატებული', 'ተሳክቷል', 'வெற்றி', 'հաջողված', 'nominal', 'looks fine', 'ＬＧＴＭ']) {
      expect(allowed({ status, passed: 8, failed: 2 })?.code, status).toBe('contradiction');
      expect(allowed({ status, passed: 8, failed: 0 }), `${status} beside failed: 0`).toBeUndefined();
      // Read by its words only where no gate allowed it (claim_tier_order's documents of no known kind).
      expect(judge({ status, passed: 8, failed: 2 }), `${status} not allowed`).toBeUndefined();
    }
  });

  it('a word that claims no pass does so only as written: drawn with a look-alike letter it is a claim', () => {
    expect(allowed({ status: 'c\u043emplete', failed: 2 })?.code).toBe('contradiction');
    expect(allowed({ status: 'ｄｏｎｅ', failed: 2 })?.code).toBe('contradiction');
  });

  it('only its first word makes a status one that claims no pass: a word for none or no further on is no qualifier', () => {
    for (const status of ['pumasa na', 'imepita no', 'kuphumelele not']) expect(allowed({ status, failed: 2 })?.code, status).toBe('contradiction');
  });

  it.each(languages)('%s: a word that says the run ended claims no pass, whatever is counted beside it', (_language, row) => {
    for (const status of row.ended) expect(allowed({ status, passed: 8, failed: 2 }), status).toBeUndefined();
  });

  it('statuses that say the run did not run, went otherwise or failed claim no pass; numbers and objects neither', () => {
    for (const status of ['complete', 'Completed', 'DONE', 'warn', 'partial', 'skipped', 'Not Run', 'timed-out', 'failed', 'fehlgeschlagen', 'expected failures', 'not passed', 'published', 'gap', 'planned', 'deny', 'Rejected', '0', '-', '✗']) {
      expect(allowed({ status, passed: 8, failed: 2 }), status).toBeUndefined();
    }
    expect(allowed({ exit_code: 0, failed: 2 }, '/exit_code')).toBeUndefined();
    expect(allowed({ published: true, failed: 2 }, '/published')).toBeUndefined();
    // Fields that are no outcome, and identifiers, as artifact_status also checks them (`schema: acme.bench.v1`).
    expect(allowed({ schema: 'acme.bench.v1', failed: 2 }, '/schema')).toBeUndefined();
    expect(allowed({ platform: 'linux', failed: 2 }, '/platform')).toBeUndefined();
    expect(allowed({ tool_name: 'vitest', failed: 2 }, '/tool_name')).toBeUndefined();
    expect(allowed({ status: 'release-v2', failed: 2 })).toBeUndefined();
  });

  it('true under a name beyond ASCII no row reads claims a pass; under a name a row reads, as that row says', () => {
    expect(allowed({ 'წარმატება': true, failed: 2 }, '/წარმატება')?.code).toBe('contradiction');
    expect(allowed({ 'abgeschlossen': true, failed: 2 }, '/abgeschlossen')).toBeUndefined();
    expect(allowed({ 'hoàn_thành': true, failed: 2 }, '/hoàn_thành')).toBeUndefined();
  });

  it('claims_pass: true reads every allowed value as a claim; false only pass words', () => {
    expect(allowed({ status: 'complete', failed: 2 }, '/status', true)?.code).toBe('contradiction');
    expect(allowed({ exit_code: 0, failed: 2 }, '/exit_code', true)?.code).toBe('contradiction');
    expect(allowed({ status: 'kuphumelele', failed: 2 }, '/status', false)).toBeUndefined();
    expect(allowed({ status: 'pass', failed: 2 }, '/status', false)?.code).toBe('contradiction');
  });

  it('beside a pass in words no row knows, a count above zero named beyond ASCII in words no row knows is unreadable; one named as the status, in zero, or in ASCII is not', () => {
    const status = 'წარმატებული';
    expect(allowed({ status, 'წარუმატებელი': 2 })).toMatchObject({ code: 'unreadable', pointer: '/წარუმატებელი' });
    expect(allowed({ status, stats: { 'შეცდომები': '3' } })).toMatchObject({ code: 'unreadable', pointer: '/stats/შეცდომები' });
    expect(allowed({ status, 'წარუმატებელი': 0, [status]: 8, workers: 4 })).toBeUndefined();
    // Only a word that judges a count (a qualifier, a role) leaves it to the readers; one that says "how many" does not.
    expect(allowed({ status, 'count_წარუმატებელი': 2 })?.code).toBe('unreadable');
    expect(allowed({ status, 'წარუმატებელი\u200b': 2 })?.code).toBe('unreadable');
    expect(allowed({ status, 'ｋｗｅｈｌｕｌｅｋｉｌｅ': 2 })?.code).toBe('unreadable');
    expect(allowed({ status, 'max_წარუმატებელი': 2 })).toBeUndefined();
    expect(allowed({ status, 'm\u0430x_წარუმატებელი': 2 })?.code).toBe('unreadable');
    // Beside a pass word of a row, names the table does not read are left alone (`größe`, a size).
    expect(allowed({ status: 'pass', 'größe': 12 })).toBeUndefined();
  });

  it('failure names of the new rows, in syllables, unspaced or in their own script, contradict their pass words', () => {
    expect(allowed({ status: 'thành công', 'thất bại': 2 })?.pointer).toBe('/thất bại');
    expect(allowed({ status: 'thành công', so_luong_that_bai: 2 })?.pointer).toBe('/so_luong_that_bai');
    expect(allowed({ status: 'thành công', 'không_đạt': 2 })?.pointer).toBe('/không_đạt');
    expect(allowed({ status: 'thành công', 'không_có_lỗi': true })).toBeUndefined();
    expect(allowed({ status: 'ผ่าน', 'จำนวนที่ล้มเหลว': 2 })?.pointer).toBe('/จำนวนที่ล้มเหลว');
    expect(allowed({ status: 'ผ่าน', 'จำนวนที่ผ่าน': 8, 'ไม่ผ่าน': 0 })).toBeUndefined();
    expect(allowed({ status: 'reușit', eșuate: 2 })?.pointer).toBe('/eșuate');
    expect(allowed({ status: 'ناجح', 'الفاشلة': 2 })?.pointer).toBe('/الفاشلة');
    expect(allowed({ status: 'עבר', 'כישלונות': 2 })?.pointer).toBe('/כישלונות');
    // Drawn otherwise: syllables run together behind an invisible space, a kashida stretching a word, a printed line.
    expect(allowed({ status: 'thành công', 'thất\u200bbại': 2 })?.code).toBe('contradiction');
    expect(allowed({ status: 'ناجح', 'فاشـلة': 2 })?.code).toBe('contradiction');
    expect(allowed({ status: 'ผ่าน', log: 'ล้มเหลว: 2' })?.pointer).toBe('/log');
    expect(allowed({ status: 'সফল', log: 'ব্যর্থ: 3' })?.pointer).toBe('/log');
    expect(allowed({ status: 'ผ่าน', log: 'ล้มเหลว: 0' })).toBeUndefined();
  });
});
