import { wordSet } from '../util/lazy.js';
/**
 * The words status readers know a report's outcome by, one row per language. A report written in German says
 * `status: bestanden` beside `fehlgeschlagen: 3`; read with English words only, its pass was no claim and its failures
 * no count, so it passed. Every reader of status-claims takes its pass words, failure names and qualifiers from this
 * one table, so a word added here is read wherever its English equivalent is.
 *
 * Review rules for a row: a pass word is what a runner or a person writes for an unqualified pass (not "complete",
 * "done": those end a run, they do not judge it); a failure name is a noun or participle a count of failed items is
 * named by, never a word that also names something else in ordinary keys (German `Fehlerbehandlung` is one word and
 * stays unread, as English `error_handling` is read because it splits); tolerated qualifiers are the words that say
 * failures were expected, known, allowed, tolerated or ignored; other qualifiers are bounds, other runs, rates and
 * durations. Words are written as a native writer spells them; case, accents (`echecs`), German and Scandinavian
 * transliterations (`fehlschlaege`) and look-alike letters are derived where the table is read, not listed.
 */

export interface LanguageWords {
  /** Status words for an unqualified pass, and name parts that make a `true` a pass claim. */
  pass: readonly string[];
  /** Name parts of a count (or list, or set flag) of items that failed. */
  failed: readonly string[];
  /** Name parts of a count of errors (pytest and JUnit count errors apart from failures). */
  errors: readonly string[];
  /** Name parts that say the failures counted are tolerated: expected, known, allowed, waived. */
  tolerated: readonly string[];
  /** Name parts that make a count something other than this run's failures: bounds, other runs, rates, durations. */
  other: readonly string[];
  /** Name parts of a share of items (`rate`, `pct`, `taux`, `Quote`, `доля`, `率`): with a pass word, a pass rate (`taux_de_réussite`, `通过率`). */
  rate: readonly string[];
  /** Names of a share of code or requirements covered (`coverage`, `Abdeckung`, `couverture`, `覆盖`; never a count of covered items: `covered: 456`): alone or with a rate word, above 100 it is no share. */
  coverage: readonly string[];
  /** Names of a pass rate the language writes as one word (`Erfolgsquote`, `slagingspercentage`): read as a pass word and a rate word. */
  passRate: readonly string[];
  /** Names that only say "how many" (`failures: {count: 3}`, `fehler: {anzahl: 3}`, `Fehleranzahl`). */
  count: readonly string[];
  /** Names of the object that holds a document's own summary (`summary.status`, `zusammenfassung.status`). */
  summary: readonly string[];
  /** Names of an entry's outcome (`status`, `result`, `Ergebnis`, `résultat`, `状态`). */
  outcome: readonly string[];
  /** Words that, right before one of the row's pass words, name what did not pass (`not_passed`, `nicht_bestanden`). */
  negation: readonly string[];
  /** Words that, right before one of the row's failure names, say there were none (`sans_échec`, `sin_fallos`, `无失败`). */
  without: readonly string[];
  /** Words that, right after one of the row's failure names, say there were none (`error_free`, `失敗なし`, `실패없음`). */
  free: readonly string[];
  /** Words between a count and the total it is part of in a printed line (`2 of 10 failed`, `2 von 10 fehlgeschlagen`). */
  of: readonly string[];
  /** Number words (above zero) and words for "some" a count written as text may be (`"three"`, `"drei"`, `"三"`). */
  some: readonly string[];
  /** What a report writes in a failure text when nothing failed (`none`, `keine`, `aucune`, `なし`). */
  none: readonly string[];
  /**
   * Status words that say a run ended or was recorded without judging how it came out (`complete`, `done`,
   * `abgeschlossen`, `完了`): an allowed status in them claims no pass, while an allowed status in words no row knows
   * is read as one (a pass in a language without a row must not go unweighed).
   */
  ended: readonly string[];
  /** Name parts of a count of items that passed (`passed`, `bestanden`, `réussis`, `пройдено`): zero of them, beside a pass, proves nothing. */
  passed: readonly string[];
  /** Name parts of a count of items skipped (`skipped`, `übersprungen`, `omitidos`, `跳过`): all of them skipped proves nothing. */
  skipped: readonly string[];
  /** Name parts of the count of all items (`total`, `gesamt`, `всего`, `合计`) the passed, failed and skipped counts are part of. */
  total: readonly string[];
  /**
   * What a count counts (`tests`, `Testfälle`, `用例`, `тестов`) and the small words that join it to a failure name in a
   * printed line (`de`, `der`, `の`): `échecs de tests : 2`, `3 fehlgeschlagene Testfälle`, `失败用例: 3` are lone count lines.
   */
  items: readonly string[];
  /**
   * States an item is left in other than a pass, a failure or a skip, as a table of labels names them beside outcomes
   * (`timeout`, `crashed`, `cancelled`, `pending`, `Zeitüberschreitung`, `délai dépassé`, `超时`), and the words they are
   * written in (`timed out`, `en cours`, `시간 초과`): a map of such states to their labels translates, it lists no failures.
   */
  states: readonly string[];
}

export const STATUS_VOCABULARY: Readonly<Record<string, LanguageWords>> = {
  en: {
    pass: ['pass', 'passed', 'passing', 'ok', 'okay', 'success', 'succeeded', 'successful', 'green', 'ready'],
    failed: ['fail', 'fails', 'failed', 'failing', 'failure', 'failures', 'unexpected', 'broken', 'crashed', 'crashes', 'unsuccessful'],
    errors: ['error', 'errors', 'errored'],
    tolerated: ['expected', 'known', 'allowed', 'allowable', 'acceptable', 'permitted', 'tolerated', 'ignored', 'waived', 'quarantined', 'flaky', 'retried', 'retry', 'retries', 'recovered', 'rerun',
      // Run again, as CI spells it (`Reran 2 failed tests`): a rerun's form (helper re, session 46). The hyphenated forms
      // (`Re-ran 1 failed job`) are read in text only (NOT_THIS_RUNS_FAILURE): a name's words part at a hyphen (`re-ran_fail`
      // is `re ran fail`), and never spaced (`re ran`): a phrase is also read run together, so `retried` would be `re tried`.
      'reran', 'xfail', 'xfailed', 'xpass', 'fixed', 'resolved', 'allow'],
    other: [
      'max', 'maximum', 'min', 'minimum', 'limit', 'limits', 'budget', 'budgets', 'threshold', 'thresholds', 'quota', 'quotas', 'tolerance', 'tolerances', 'under', 'over', 'above', 'below', 'previous', 'previously', 'prior', 'baseline', 'last', 'historical', 'history', 'trend', 'trends',
      'attempt', 'attempts', 'rate', 'ratio', 'pct', 'percent', 'percentage', 'ms', 'sec', 'secs', 'seconds', 'duration', 'time', 'at', 'since', 'until',
      'message', 'messages', 'reason', 'if', 'on', 'fast', 'when', 'mode', 'policy',
    ],
    rate: ['rate', 'ratio', 'pct', 'percent', 'percentage', 'share', 'fraction'],
    passRate: ['passrate'],
    coverage: ['coverage'],
    count: ['count', 'total', 'n', 'num', 'number'],
    summary: ['summary', 'result', 'results', 'stats', 'statistics', 'totals', 'counts', 'overall', 'aggregate', 'verdict', 'outcome', 'status'],
    outcome: ['status', 'result', 'outcome', 'verdict', 'conclusion', 'state'],
    negation: ['not', 'non'],
    without: ['without'],
    free: ['free'],
    of: ['of'],
    some: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'dozen', 'many', 'several', 'some', 'all', 'hundred', 'hundreds', 'thousand', 'thousands'],
    none: ['none', 'nothing'],
    ended: ['complete', 'completed', 'done', 'finished', 'ended', 'recorded', 'ran', 'executed', 'collected', 'generated', 'written', 'exported', 'uploaded', 'published', 'released', 'merged', 'closed', 'submitted', 'archived', 'final', 'stopped', 'exited'],
    passed: ['passed', 'passing'],
    skipped: ['skipped', 'skips'],
    total: ['total'],
    items: ['test', 'tests', 'case', 'cases', 'check', 'checks', 'spec', 'specs', 'suite', 'suites', 'job', 'jobs', 'step', 'steps', 'build', 'builds', 'run', 'runs', 'assertion', 'assertions', 'item', 'items', 'scenario', 'scenarios', 'example', 'examples'],
    states: ['timeout', 'timed', 'out', 'crash', 'crashed', 'cancelled', 'canceled', 'skipped', 'pending', 'running', 'queued', 'unknown'],
  },
  de: {
    pass: ['bestanden', 'erfolgreich', 'erfolg'],
    failed: ['nichtbestanden', 'fehlgeschlagen', 'fehlgeschlagene', 'fehlgeschlagenen', 'fehlgeschlagener', 'fehlschlag', 'fehlschläge', 'gescheitert', 'gescheiterte', 'durchgefallen', 'durchgefallene'],
    errors: ['fehler', 'fehlern'],
    tolerated: ['erwartet', 'erwartete', 'erwarteten', 'bekannt', 'bekannte', 'bekannten', 'erlaubt', 'erlaubte', 'erlaubten', 'zulässig', 'zulässige', 'zulässigen', 'toleriert', 'tolerierte', 'tolerierten', 'ignoriert', 'ignorierte', 'ignorierten', 'behoben', 'behobene', 'behobenen', 'korrigiert', 'korrigierte', 'korrigierten'],
    other: ['maximal', 'höchstens', 'grenze', 'schwelle', 'vorherige', 'vorherigen', 'letzte', 'letzten', 'quote', 'anteil', 'prozent', 'dauer', 'zeit'],
    rate: ['quote', 'anteil', 'prozent', 'rate'],
    passRate: ['bestehensquote', 'erfolgsquote', 'erfolgsrate', 'bestehensrate'],
    coverage: ['abdeckung', 'testabdeckung', 'codeabdeckung'],
    count: ['anzahl', 'zahl'],
    summary: ['zusammenfassung', 'ergebnis', 'ergebnisse', 'statistik', 'gesamt'],
    outcome: ['status', 'ergebnis', 'resultat', 'urteil', 'zustand'],
    negation: ['nicht'],
    without: ['ohne'],
    free: ['frei'],
    of: ['von'],
    some: ['eins', 'ein', 'eine', 'einer', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert', 'viele', 'mehrere', 'einige', 'alle'],
    none: ['keine', 'kein', 'keiner', 'nichts'],
    ended: ['abgeschlossen', 'fertig', 'beendet', 'vollständig', 'erledigt', 'durchgeführt'],
    passed: ['bestanden', 'bestandene', 'bestandenen', 'erfolgreiche', 'erfolgreichen'],
    skipped: ['übersprungen', 'übersprungene', 'übersprungenen', 'ausgelassen', 'ausgelassene'],
    total: ['gesamt', 'insgesamt', 'gesamtzahl'],
    items: ['test', 'tests', 'testfall', 'testfälle', 'testfällen', 'fall', 'fälle', 'prüfung', 'prüfungen', 'prüfschritte', 'schritte', 'der', 'von'],
    states: ['zeitüberschreitung', 'absturz', 'abgestürzt', 'abgebrochen', 'warnung', 'warnungen', 'ausstehend', 'läuft', 'unbekannt', 'fehler'],
  },
  fr: {
    pass: ['réussi', 'réussie', 'réussis', 'réussies', 'réussite', 'succès', 'validé', 'validée'],
    failed: ['échec', 'échecs', 'échoué', 'échouée', 'échoués', 'échouées', 'ratés', 'ratées'],
    errors: ['erreur', 'erreurs'],
    tolerated: ['attendu', 'attendue', 'attendus', 'attendues', 'connu', 'connue', 'connus', 'connues', 'autorisé', 'autorisée', 'autorisés', 'autorisées', 'permis', 'toléré', 'tolérée', 'tolérés', 'tolérées', 'acceptables', 'acceptés', 'ignoré', 'ignorée', 'ignorés', 'ignorées', 'corrigé', 'corrigée', 'corrigés', 'corrigées', 'résolu', 'résolue', 'résolus', 'résolues'],
    other: ['maximum', 'seuil', 'précédent', 'précédents', 'précédente', 'précédentes', 'dernier', 'derniers', 'taux', 'pourcentage', 'durée', 'temps'],
    rate: ['taux', 'pourcentage'],
    passRate: [],
    coverage: ['couverture'],
    count: ['nombre', 'compte'],
    summary: ['résumé', 'résultat', 'résultats', 'statistiques', 'bilan'],
    outcome: ['statut', 'résultat', 'état', 'verdict'],
    negation: ['non', 'pas'],
    without: ['sans'],
    free: [],
    of: ['sur'],
    some: ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'plusieurs', 'beaucoup', 'quelques', 'tous', 'toutes'],
    none: ['aucun', 'aucune', 'néant', 'rien'],
    ended: ['terminé', 'terminée', 'complet', 'complète', 'fini', 'finie', 'achevé', 'exécuté'],
    passed: ['réussis', 'réussies'],
    skipped: ['sautés', 'sautées', 'omis', 'omises'],
    total: ['total', 'totaux'],
    items: ['test', 'tests', 'vérification', 'vérifications', 'contrôle', 'contrôles', 'scénario', 'scénarios', 'étape', 'étapes', 'de', 'des', 'du'],
    states: ['délai', 'dépassé', 'expiré', 'plantage', 'planté', 'annulé', 'interrompu', 'avertissement', 'avertissements', 'attente', 'en', 'cours', 'inconnu'],
  },
  es: {
    pass: ['aprobado', 'aprobada', 'aprobados', 'exitoso', 'exitosa', 'éxito', 'superado', 'superada', 'correcto'],
    // The participle after `ha`/`han` (`ha fallado`) is the failed word too (helper zd, session 45).
    failed: ['fallido', 'fallida', 'fallidos', 'fallidas', 'fallo', 'fallos', 'fallaron', 'fracasos', 'fracasados', 'fallado', 'fallada', 'fallados', 'falladas'],
    errors: ['error', 'errores'],
    tolerated: ['esperado', 'esperada', 'esperados', 'esperadas', 'conocido', 'conocida', 'conocidos', 'conocidas', 'permitido', 'permitida', 'permitidos', 'permitidas', 'tolerado', 'tolerados', 'toleradas', 'aceptables', 'aceptados', 'ignorado', 'ignorados', 'ignoradas', 'corregido', 'corregida', 'corregidos', 'corregidas', 'resuelto', 'resuelta', 'resueltos', 'resueltas'],
    other: ['máximo', 'máxima', 'límite', 'umbral', 'anterior', 'anteriores', 'previos', 'último', 'últimos', 'tasa', 'porcentaje', 'duración', 'tiempo'],
    rate: ['tasa', 'porcentaje'],
    passRate: [],
    coverage: ['cobertura'],
    count: ['número', 'cantidad', 'conteo'],
    summary: ['resumen', 'resultado', 'resultados', 'estadísticas'],
    outcome: ['estado', 'resultado', 'veredicto'],
    negation: ['no'],
    without: ['sin'],
    free: [],
    of: ['de'],
    some: ['uno', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'cien', 'varios', 'varias', 'muchos', 'muchas', 'algunos', 'algunas', 'todos', 'todas'],
    none: ['ninguno', 'ninguna', 'ningún', 'nada'],
    ended: ['completado', 'completada', 'completo', 'terminado', 'terminada', 'finalizado', 'finalizada', 'hecho'],
    passed: ['aprobados', 'aprobadas', 'exitosos', 'exitosas', 'superados', 'superadas'],
    skipped: ['omitidos', 'omitidas', 'saltados', 'saltadas'],
    total: ['total', 'totales'],
    items: ['prueba', 'pruebas', 'test', 'tests', 'caso', 'casos', 'comprobación', 'comprobaciones', 'verificación', 'verificaciones', 'escenario', 'escenarios', 'paso', 'pasos', 'de', 'del', 'con'],
    states: ['tiempo', 'de', 'espera', 'agotado', 'cancelado', 'abortado', 'advertencia', 'pendiente', 'desconocido'],
  },
  pt: {
    pass: ['aprovado', 'aprovada', 'aprovados', 'sucesso', 'passou', 'passaram'],
    failed: ['falha', 'falhas', 'falhado', 'falhados', 'falhadas', 'falhou', 'falharam', 'reprovado', 'reprovados'],
    errors: ['erro', 'erros'],
    tolerated: ['esperado', 'esperados', 'esperadas', 'conhecido', 'conhecidos', 'conhecidas', 'permitido', 'permitidos', 'permitidas', 'tolerado', 'tolerados', 'toleradas', 'aceitáveis', 'aceitos', 'ignorado', 'ignorados', 'ignoradas', 'corrigido', 'corrigida', 'corrigidos', 'corrigidas', 'resolvido', 'resolvida', 'resolvidos', 'resolvidas'],
    other: ['máximo', 'limite', 'anterior', 'anteriores', 'último', 'últimos', 'taxa', 'percentual', 'porcentagem', 'duração', 'tempo'],
    rate: ['taxa', 'percentual', 'porcentagem'],
    passRate: [],
    coverage: ['cobertura'],
    count: ['número', 'quantidade', 'contagem'],
    summary: ['resumo', 'resultado', 'resultados', 'estatísticas'],
    outcome: ['estado', 'situação', 'resultado', 'veredito'],
    negation: ['não'],
    without: ['sem'],
    free: [],
    of: ['de'],
    some: ['um', 'uma', 'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', 'catorze', 'quinze', 'dezesseis', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'cem', 'vários', 'várias', 'muitos', 'muitas', 'alguns', 'algumas', 'todos', 'todas'],
    none: ['nenhum', 'nenhuma', 'nada'],
    ended: ['concluído', 'concluída', 'completo', 'completa', 'terminado', 'finalizado', 'finalizada', 'feito'],
    passed: ['aprovados', 'aprovadas', 'passaram', 'sucessos'],
    skipped: ['pulados', 'puladas', 'omitidos', 'omitidas', 'saltados'],
    total: ['total'],
    items: ['teste', 'testes', 'caso', 'casos', 'verificação', 'verificações', 'cenário', 'cenários', 'etapa', 'etapas', 'de', 'do', 'dos', 'com'],
    states: ['tempo', 'esgotado', 'cancelado', 'aviso', 'pendente'],
  },
  it: {
    pass: ['superato', 'superata', 'superati', 'riuscito', 'riuscita', 'successo'],
    failed: ['fallito', 'fallita', 'falliti', 'fallite', 'fallimento', 'fallimenti', 'falliscono'],
    errors: ['errore', 'errori'],
    tolerated: ['atteso', 'attesi', 'attese', 'previsto', 'previsti', 'previste', 'noti', 'conosciuti', 'consentito', 'consentiti', 'consentite', 'ammessi', 'ammesse', 'permessi', 'tollerati', 'tollerate', 'ignorati', 'ignorate', 'risolto', 'risolti', 'risolte', 'sistemati', 'sistemate'],
    other: ['massimo', 'limite', 'soglia', 'precedente', 'precedenti', 'passati', 'ultimo', 'ultimi', 'tasso', 'percentuale', 'durata', 'tempo'],
    rate: ['tasso', 'percentuale'],
    passRate: [],
    coverage: ['copertura'],
    count: ['numero', 'conteggio'],
    summary: ['riepilogo', 'sommario', 'risultato', 'risultati', 'statistiche'],
    outcome: ['stato', 'esito', 'risultato', 'verdetto'],
    negation: ['non'],
    without: ['senza'],
    free: [],
    of: ['su'],
    some: ['uno', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'venti', 'trenta', 'quaranta', 'cinquanta', 'cento', 'molti', 'molte', 'alcuni', 'alcune', 'tutti', 'tutte'],
    none: ['nessuno', 'nessuna', 'nessun', 'niente'],
    ended: ['completato', 'completata', 'completo', 'terminato', 'terminata', 'finito', 'concluso', 'eseguito'],
    passed: ['superati', 'superate', 'riusciti', 'riuscite'],
    skipped: ['saltati', 'saltate', 'omessi', 'omesse'],
    total: ['totale', 'totali'],
    items: ['test', 'prova', 'prove', 'caso', 'casi', 'controllo', 'controlli', 'verifica', 'verifiche', 'scenario', 'scenari', 'passo', 'passi', 'di', 'dei', 'delle'],
    states: ['tempo', 'scaduto', 'annullato', 'interrotto', 'avviso', 'attesa', 'sconosciuto'],
  },
  nl: {
    pass: ['geslaagd', 'gelukt', 'succesvol', 'goedgekeurd'],
    failed: ['mislukt', 'mislukte', 'mislukking', 'mislukkingen', 'gefaald', 'gefaalde', 'gezakt'],
    errors: ['fout', 'fouten'],
    tolerated: ['verwacht', 'verwachte', 'bekend', 'bekende', 'toegestaan', 'toegestane', 'getolereerd', 'getolereerde', 'genegeerd', 'genegeerde', 'opgelost', 'verholpen'],
    other: ['maximaal', 'maximum', 'limiet', 'drempel', 'vorige', 'eerdere', 'laatste', 'percentage', 'duur', 'tijd'],
    rate: ['percentage', 'ratio'],
    passRate: ['slagingspercentage', 'slaagpercentage'],
    coverage: ['dekking', 'testdekking'],
    count: ['aantal'],
    summary: ['samenvatting', 'resultaat', 'resultaten', 'statistieken', 'totaal'],
    outcome: ['status', 'resultaat', 'uitslag', 'oordeel'],
    negation: ['niet'],
    without: ['zonder'],
    free: ['vrij'],
    of: ['van'],
    some: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'veel', 'meerdere', 'enkele', 'alle'],
    none: ['geen', 'niets'],
    ended: ['voltooid', 'klaar', 'afgerond', 'compleet', 'beëindigd', 'uitgevoerd'],
    passed: ['geslaagd', 'geslaagde', 'gelukte'],
    skipped: ['overgeslagen'],
    total: ['totaal'],
    items: ['test', 'tests', 'testgeval', 'testgevallen', 'geval', 'gevallen', 'controle', 'controles', 'stap', 'stappen', 'van'],
    states: ['time-out', 'geannuleerd', 'afgebroken', 'waarschuwing'],
  },
  pl: {
    pass: ['zaliczony', 'zaliczone', 'zaliczono', 'sukces', 'pomyślny', 'pomyślnie', 'udany', 'udane'],
    failed: ['nieudane', 'nieudanych', 'nieudany', 'nieudana', 'niepowodzenia', 'niepowodzeń', 'niepowodzenie', 'niezaliczone', 'oblane'],
    errors: ['błąd', 'błędy', 'błędów', 'błędami'],
    tolerated: ['oczekiwane', 'oczekiwanych', 'spodziewane', 'znane', 'znanych', 'dozwolone', 'dozwolonych', 'tolerowane', 'tolerowanych', 'ignorowane', 'ignorowanych', 'naprawione', 'naprawionych', 'poprawione', 'poprawionych'],
    other: ['maksymalnie', 'maks', 'limit', 'próg', 'poprzednie', 'poprzednich', 'ostatnie', 'wskaźnik', 'odsetek', 'procent', 'czas'],
    rate: ['wskaźnik', 'odsetek', 'procent'],
    passRate: [],
    coverage: ['pokrycie'],
    count: ['liczba', 'ilość'],
    summary: ['podsumowanie', 'wynik', 'wyniki', 'statystyki'],
    outcome: ['status', 'stan', 'wynik', 'werdykt'],
    negation: ['nie'],
    without: ['bez'],
    free: [],
    of: ['z', 'na'],
    some: ['jeden', 'jedna', 'jedno', 'dwa', 'dwie', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć', 'kilka', 'wiele', 'wszystkie'],
    none: ['brak', 'żaden', 'żadne', 'nic'],
    ended: ['zakończony', 'zakończone', 'zakończono', 'ukończony', 'ukończono', 'kompletny', 'gotowe', 'wykonano'],
    passed: ['zaliczone', 'zaliczonych', 'udane', 'udanych', 'pomyślne', 'pomyślnych'],
    skipped: ['pominięte', 'pominiętych', 'pominięto'],
    total: ['razem', 'łącznie', 'suma'],
    items: ['test', 'testy', 'testów', 'przypadek', 'przypadki', 'przypadków', 'sprawdzenie', 'sprawdzenia', 'sprawdzeń', 'krok', 'kroki', 'kroków'],
    states: [],
  },
  sv: {
    pass: ['godkänd', 'godkänt', 'godkända', 'lyckades', 'lyckad', 'lyckat', 'lyckade'],
    failed: ['misslyckade', 'misslyckades', 'misslyckad', 'misslyckat', 'misslyckanden', 'underkänd', 'underkända'],
    errors: ['fel'],
    tolerated: ['förväntade', 'förväntad', 'förväntat', 'kända', 'känd', 'tillåtna', 'tillåtet', 'tillåten', 'tolererade', 'ignorerade', 'åtgärdade', 'åtgärdat', 'fixade'],
    other: ['högst', 'gräns', 'tröskel', 'tidigare', 'föregående', 'senaste', 'andel', 'procent', 'tid'],
    rate: ['andel', 'procent'],
    passRate: ['godkännandegrad'],
    coverage: ['täckning', 'testtäckning'],
    count: ['antal'],
    summary: ['sammanfattning', 'resultat', 'statistik', 'totalt'],
    outcome: ['status', 'resultat', 'utfall', 'tillstånd'],
    negation: ['inte', 'ej'],
    without: ['utan'],
    free: ['fri', 'fritt', 'fria'],
    of: ['av'],
    some: ['en', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'många', 'flera', 'några', 'alla'],
    none: ['inga', 'ingen', 'inget'],
    ended: ['klar', 'klart', 'slutförd', 'slutfört', 'färdig', 'avslutad', 'avslutat', 'komplett'],
    passed: ['godkända', 'lyckade'],
    skipped: ['överhoppade', 'hoppade', 'skippade'],
    total: ['totalt'],
    items: ['test', 'tester', 'testfall', 'fall', 'kontroll', 'kontroller', 'steg'],
    states: [],
  },
  ru: {
    pass: ['пройдено', 'пройден', 'пройдены', 'успешно', 'успех', 'успешный', 'uspeshno', 'proydeno', 'удалось', 'удалась', 'удался'],
    failed: ['непройдено', 'непройдены', 'упал', 'упала', 'упали', 'провалено', 'провален', 'провалена', 'провалены', 'проваленные', 'проваленных', 'провалов', 'неудачно', 'неудачные', 'неудачных', 'неудачи', 'неудач', 'упавшие', 'упавших', 'упало', 'провалившиеся', 'провалившихся', 'непрошедшие', 'непрошедших', 'provaleno', 'neudachi'],
    errors: ['ошибка', 'ошибки', 'ошибок', 'ошибками', 'ошибкой', 'oshibki', 'oshibok'],
    tolerated: ['ожидаемые', 'ожидаемых', 'известные', 'известных', 'допустимые', 'допустимых', 'разрешённые', 'разрешённых', 'игнорируемые', 'игнорируемых', 'проигнорированные', 'исправлены', 'исправлено', 'исправленные', 'исправленных'],
    other: ['максимум', 'макс', 'лимит', 'порог', 'предыдущие', 'предыдущих', 'прошлые', 'доля', 'процент', 'время', 'длительность'],
    rate: ['доля', 'процент'],
    passRate: [],
    coverage: ['покрытие'],
    count: ['количество', 'число'],
    summary: ['сводка', 'итог', 'итоги', 'результат', 'результаты', 'статистика'],
    outcome: ['статус', 'результат', 'состояние', 'вердикт'],
    negation: ['не'],
    without: ['без'],
    free: [],
    of: ['из'],
    some: ['один', 'одна', 'одно', 'два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'много', 'несколько', 'все'],
    none: ['нет', 'ничего'],
    ended: ['завершено', 'завершён', 'завершен', 'выполнено', 'готово', 'закончено'],
    passed: ['пройдено', 'пройдены', 'пройденные', 'пройденных', 'успешные', 'успешных', 'прошло', 'прошли'],
    skipped: ['пропущено', 'пропущены', 'пропущенные', 'пропущенных', 'пропуски'],
    total: ['всего', 'итого'],
    items: ['тест', 'теста', 'тесты', 'тестов', 'случай', 'случаи', 'случаев', 'проверка', 'проверки', 'проверок', 'кейс', 'кейсы', 'кейсов', 'шаг', 'шаги', 'шагов'],
    states: ['таймаут', 'тайм-аут', 'превышено', 'время', 'ожидания', 'отменено', 'прервано', 'предупреждение', 'сбой'],
  },
  tr: {
    pass: ['başarılı', 'geçti', 'geçildi'],
    failed: ['başarısız', 'başarısızlar', 'başarısızlık', 'başarısızlıklar'],
    errors: ['hata', 'hatalar', 'hatalı'],
    tolerated: ['beklenen', 'bilinen', 'izin', 'izinli', 'tolere', 'yoksayılan', 'kabul'],
    other: ['azami', 'maksimum', 'sınır', 'eşik', 'önceki', 'oran', 'oranı', 'yüzde', 'süre', 'zaman'],
    rate: ['oran', 'oranı', 'yüzde'],
    passRate: [],
    coverage: ['kapsam', 'kapsama'],
    count: ['sayı', 'sayısı', 'adet'],
    summary: ['özet', 'sonuç', 'sonuçlar', 'istatistikler'],
    outcome: ['durum', 'sonuç', 'karar'],
    negation: [],
    without: [],
    free: ['yok'],
    of: [],
    some: ['bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'birkaç', 'çok', 'bazı', 'hepsi'],
    none: ['yok', 'hiç'],
    ended: ['tamamlandı', 'tamamlanmış', 'bitti'],
    passed: ['başarılı', 'geçen', 'geçenler'],
    skipped: ['atlanan', 'atlananlar', 'atlandı'],
    total: ['toplam'],
    items: ['test', 'testler', 'testi', 'vaka', 'vakalar', 'kontrol', 'kontroller', 'adım', 'adımlar'],
    states: [],
  },
  ja: {
    pass: ['成功', '合格', '通過'],
    failed: ['失敗', '不合格', 'shippai', '失敗しました'],
    errors: ['エラー'],
    tolerated: ['予期された', '予期', '想定', '既知', '許容', '許可', '無視', '修正済み', '修正済', '解決済み', '解決済'],
    other: ['最大', '上限', '閾値', '前回', '率', '割合', '時間'],
    rate: ['率', '割合'],
    passRate: [],
    coverage: ['カバレッジ', '網羅'],
    count: ['数', '件数', '個数'],
    summary: ['概要', '集計', '結果', '統計'],
    outcome: ['状態', 'ステータス', '結果', '判定'],
    negation: ['未'],
    without: [],
    free: ['なし', '無し'],
    of: [],
    some: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '複数', '多数', '全部'],
    none: ['なし', '無し'],
    ended: ['完了', '終了', '済み', '実行済み'],
    passed: ['成功', '合格', '通過'],
    skipped: ['スキップ', 'スキップ済み', '省略'],
    total: ['合計', '総数', '全体'],
    items: ['テスト', 'ケース', 'テストケース', 'チェック', '項目', 'の', 'した'],
    states: ['タイムアウト', 'クラッシュ', 'キャンセル', '中断', '警告', '保留', '実行中', '不明'],
  },
  'zh-Hans': {
    pass: ['通过', '成功', '合格'],
    failed: ['失败', '未通过', '不通过', 'shibai'],
    errors: ['错误'],
    tolerated: ['预期', '已知', '允许', '容许', '可接受', '忽略', '已修复', '已经修复', '已解决', '已经解决'],
    other: ['最大', '上限', '阈值', '上次', '之前', '率', '比例', '时间'],
    rate: ['率', '比例'],
    passRate: [],
    coverage: ['覆盖'],
    count: ['数', '数量', '个数'],
    summary: ['摘要', '汇总', '结果', '统计'],
    outcome: ['状态', '结果', '结论'],
    negation: ['未', '不'],
    without: ['无', '没有'],
    free: [],
    of: [],
    some: ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '多个', '若干', '全部'],
    none: ['无', '没有'],
    ended: ['完成', '已完成', '结束', '已结束'],
    passed: ['通过', '成功'],
    skipped: ['跳过', '已跳过'],
    total: ['总数', '总计', '合计', '共计'],
    items: ['测试', '用例', '测试用例', '检查', '检查项', '项', '的'],
    states: ['超时', '崩溃', '取消', '已取消', '中止', '等待中', '运行中', '未知'],
  },
  'zh-Hant': {
    pass: ['通過', '成功', '合格'],
    failed: ['失敗', '未通過', '不通過'],
    errors: ['錯誤'],
    tolerated: ['預期', '已知', '允許', '容許', '可接受', '忽略', '已修復', '已經修復', '已解決', '已經解決'],
    other: ['最大', '上限', '閾值', '上次', '之前', '率', '比例', '時間'],
    rate: ['率', '比例'],
    passRate: [],
    coverage: ['覆蓋'],
    count: ['數', '數量', '個數'],
    summary: ['摘要', '彙總', '結果', '統計'],
    outcome: ['狀態', '結果', '結論'],
    negation: ['未', '不'],
    without: ['無', '沒有'],
    free: [],
    of: [],
    some: ['一', '二', '兩', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '萬', '多個', '若干', '全部'],
    none: ['無', '沒有'],
    ended: ['完成', '已完成', '結束', '已結束'],
    passed: ['通過', '成功'],
    skipped: ['跳過', '已跳過'],
    total: ['總數', '總計', '合計', '共計'],
    items: ['測試', '用例', '測試用例', '檢查', '檢查項', '項', '的'],
    states: ['超時', '崩潰', '取消', '已取消', '中止', '等待中', '執行中', '未知'],
  },
  ko: {
    pass: ['성공', '통과', '합격'],
    failed: ['실패', '불합격', 'silpae', '실패함', '실패했습니다', '실패하였습니다'],
    errors: ['오류', '에러'],
    tolerated: ['예상', '예상된', '알려진', '허용', '허용된', '무시', '무시된', '수정됨', '해결됨'],
    other: ['최대', '한도', '임계값', '이전', '율', '률', '비율', '시간'],
    rate: ['율', '률', '비율'],
    passRate: [],
    coverage: ['커버리지'],
    count: ['수', '개수', '건수'],
    summary: ['요약', '결과', '통계'],
    outcome: ['상태', '결과', '판정'],
    negation: ['미', '불'],
    without: [],
    free: ['없음', '없는', '없이'],
    of: [],
    some: ['하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉', '열', '여러', '몇', '모두', '전부'],
    none: ['없음'],
    ended: ['완료', '종료', '완료됨'],
    passed: ['성공', '통과'],
    skipped: ['건너뜀', '건너뛴', '스킵'],
    total: ['전체', '합계', '총계'],
    items: ['테스트', '케이스', '테스트케이스', '검사', '항목'],
    states: ['시간', '초과', '충돌', '취소', '중단', '경고', '대기', '실행', '중'],
  },
  uk: {
    pass: ['успішно', 'успіх', 'пройдено', 'пройдені'],
    failed: ['невдало', 'невдалі', 'невдалих', 'невдач', 'провалено', 'провалені', 'провалених', 'непройдені'],
    errors: ['помилка', 'помилки', 'помилок'],
    tolerated: ['очікувані', 'очікуваних', 'відомі', 'відомих', 'дозволені', 'дозволених', 'допустимі', 'допустимих', 'ігноровані', 'ігнорованих'],
    other: ['максимум', 'макс', 'ліміт', 'поріг', 'попередні', 'попередніх', 'частка', 'відсоток', 'час', 'тривалість'],
    rate: ['частка', 'відсоток'],
    passRate: [],
    coverage: ['покриття'],
    count: ['кількість', 'число'],
    summary: ['підсумок', 'підсумки', 'результат', 'результати', 'статистика'],
    outcome: ['статус', 'результат', 'стан'],
    negation: ['не'],
    without: ['без'],
    free: [],
    of: ['з', 'із'],
    some: ['один', 'одна', 'два', 'дві', 'три', 'чотири', 'пʼять', 'багато', 'кілька', 'всі'],
    none: ['немає', 'нічого'],
    ended: ['завершено', 'виконано', 'готово'],
    passed: ['пройдено', 'пройдені', 'успішні', 'успішних'],
    skipped: ['пропущено', 'пропущені', 'пропущених'],
    total: ['всього', 'разом'],
    items: ['тест', 'тести', 'тестів', 'випадок', 'випадки', 'випадків', 'перевірка', 'перевірки', 'перевірок', 'крок', 'кроки', 'кроків'],
    states: [],
  },
  cs: {
    pass: ['úspěch', 'úspěšně', 'úspěšné', 'prošlo', 'prošly'],
    failed: ['selhalo', 'selhaly', 'selhání', 'neúspěšné', 'neúspěšných', 'neprošlo', 'neprošly'],
    errors: ['chyba', 'chyby', 'chyb'],
    tolerated: ['očekávané', 'očekávaných', 'známé', 'známých', 'povolené', 'povolených', 'tolerované', 'ignorované', 'ignorovaných'],
    other: ['maximum', 'limit', 'práh', 'předchozí', 'předchozích', 'poslední', 'podíl', 'procento', 'čas', 'doba'],
    rate: ['podíl', 'procento'],
    passRate: [],
    coverage: ['pokrytí'],
    count: ['počet'],
    summary: ['souhrn', 'výsledek', 'výsledky', 'statistika'],
    outcome: ['stav', 'výsledek'],
    negation: ['ne'],
    without: ['bez'],
    free: [],
    of: ['z', 'ze'],
    some: ['jeden', 'jedna', 'dva', 'dvě', 'tři', 'čtyři', 'pět', 'několik', 'mnoho', 'všechny'],
    none: ['žádné', 'žádná', 'nic'],
    ended: ['dokončeno', 'hotovo', 'kompletní', 'ukončeno'],
    passed: ['úspěšné', 'úspěšných', 'prošlo', 'prošly'],
    skipped: ['přeskočeno', 'přeskočené', 'přeskočených', 'vynechané'],
    total: ['celkem'],
    items: ['test', 'testy', 'testů', 'případ', 'případy', 'případů', 'kontrola', 'kontroly', 'kontrol', 'krok', 'kroky', 'kroků'],
    states: [],
  },
  el: {
    pass: ['επιτυχία', 'επιτυχής', 'επιτυχώς', 'πέρασε', 'πέρασαν'],
    failed: ['αποτυχία', 'αποτυχίες', 'αποτυχημένα', 'αποτυχημένες', 'απέτυχε', 'απέτυχαν'],
    errors: ['σφάλμα', 'σφάλματα'],
    tolerated: ['αναμενόμενα', 'αναμενόμενες', 'γνωστά', 'γνωστές', 'επιτρεπόμενα', 'επιτρεπόμενες', 'αγνοημένα', 'αγνοημένες'],
    other: ['μέγιστο', 'όριο', 'κατώφλι', 'προηγούμενα', 'προηγούμενες', 'ποσοστό', 'χρόνος', 'διάρκεια'],
    rate: ['ποσοστό'],
    passRate: [],
    coverage: ['κάλυψη'],
    count: ['αριθμός', 'πλήθος'],
    summary: ['σύνοψη', 'περίληψη', 'αποτέλεσμα', 'αποτελέσματα', 'στατιστικά'],
    outcome: ['κατάσταση', 'αποτέλεσμα'],
    negation: ['μη', 'δεν'],
    without: ['χωρίς'],
    free: [],
    of: ['από'],
    some: ['ένα', 'δύο', 'τρία', 'τέσσερα', 'πέντε', 'πολλά', 'μερικά', 'όλα'],
    none: ['κανένα', 'καμία', 'τίποτα'],
    ended: ['ολοκληρώθηκε', 'ολοκληρωμένο', 'τελείωσε'],
    passed: ['επιτυχημένα', 'επιτυχημένες', 'πέρασαν'],
    skipped: ['παραλείφθηκαν', 'παραλειφθέντα', 'παραλείψεις'],
    total: ['σύνολο', 'συνολικά'],
    items: ['τεστ', 'δοκιμή', 'δοκιμές', 'δοκιμών', 'περίπτωση', 'περιπτώσεις', 'έλεγχος', 'έλεγχοι', 'ελέγχων', 'βήματα'],
    states: [],
  },
  id: {
    pass: ['berhasil', 'lulus', 'sukses'],
    failed: ['gagal', 'kegagalan'],
    errors: ['kesalahan', 'galat'],
    tolerated: ['diharapkan', 'diketahui', 'diizinkan', 'ditoleransi', 'diabaikan'],
    other: ['maksimum', 'maks', 'batas', 'ambang', 'sebelumnya', 'terakhir', 'rasio', 'persen', 'persentase', 'durasi', 'waktu'],
    rate: ['rasio', 'persen', 'persentase'],
    passRate: [],
    coverage: ['cakupan'],
    count: ['jumlah', 'banyaknya'],
    summary: ['ringkasan', 'hasil', 'statistik'],
    outcome: ['hasil', 'keadaan'],
    negation: ['tidak'],
    without: ['tanpa'],
    free: [],
    of: ['dari'],
    some: ['satu', 'dua', 'tiga', 'empat', 'lima', 'beberapa', 'banyak', 'semua'],
    none: ['nihil', 'tidak ada'],
    ended: ['selesai', 'lengkap', 'tuntas'],
    passed: ['berhasil', 'lulus'],
    skipped: ['dilewati', 'dilompati'],
    total: ['total'],
    items: ['tes', 'uji', 'pengujian', 'kasus', 'pemeriksaan', 'langkah'],
    states: [],
  },
  hi: {
    pass: ['सफल', 'उत्तीर्ण'],
    failed: ['विफल', 'असफल', 'अनुत्तीर्ण'],
    errors: ['त्रुटि', 'त्रुटियाँ', 'त्रुटियां'],
    tolerated: ['अपेक्षित', 'ज्ञात', 'अनुमत', 'अनदेखा'],
    other: ['अधिकतम', 'सीमा', 'पिछला', 'पिछले', 'दर', 'प्रतिशत', 'अवधि', 'समय'],
    rate: ['दर', 'प्रतिशत'],
    passRate: [],
    coverage: ['कवरेज'],
    count: ['संख्या', 'गिनती'],
    summary: ['सारांश', 'परिणाम', 'आँकड़े'],
    outcome: ['स्थिति', 'परिणाम'],
    negation: [],
    without: ['बिना'],
    free: [],
    of: [],
    some: ['एक', 'दो', 'तीन', 'चार', 'पांच', 'कई', 'सभी'],
    none: ['कोई नहीं', 'नहीं'],
    ended: ['पूर्ण', 'पूरा', 'समाप्त', 'संपन्न'],
    passed: ['सफल', 'उत्तीर्ण'],
    skipped: ['छोड़े', 'छोड़े गए', 'छोड़ा'],
    total: ['कुल'],
    items: ['परीक्षण', 'परीक्षा', 'टेस्ट', 'मामले', 'जाँच', 'जांच', 'चरण', 'के'],
    states: [],
  },
  sr: {
    pass: ['успешно', 'uspešno', 'прошло', 'prošlo'],
    failed: ['неуспешно', 'неуспешни', 'неуспешних', 'neuspešno', 'neuspešni', 'neuspešnih'],
    errors: ['грешка', 'грешке', 'грешака', 'greška', 'greške', 'grešaka'],
    tolerated: ['очекиване', 'очекиваних', 'познате', 'дозвољене', 'игнорисане', 'očekivane', 'očekivanih', 'poznate', 'dozvoljene', 'ignorisane'],
    other: ['максимум', 'граница', 'праг', 'претходне', 'удео', 'проценат', 'време', 'трајање', 'maksimum', 'granica', 'prag', 'prethodne', 'udeo', 'procenat', 'vreme', 'trajanje'],
    rate: ['удео', 'проценат', 'udeo', 'procenat'],
    passRate: [],
    coverage: ['покривеност', 'pokrivenost'],
    count: ['број', 'broj'],
    summary: ['резиме', 'резултат', 'резултати', 'rezime', 'rezultat', 'rezultati'],
    outcome: ['статус', 'стање', 'status', 'stanje'],
    negation: ['не', 'ne'],
    without: ['без', 'bez'],
    free: [],
    of: ['од', 'od'],
    some: ['један', 'два', 'три', 'неколико', 'много', 'jedan', 'dva', 'tri', 'nekoliko', 'mnogo'],
    none: ['нема', 'ništa', 'ничега'],
    ended: ['завршено', 'završeno', 'готово', 'gotovo'],
    passed: ['успешни', 'успешних', 'uspešni', 'uspešnih', 'прошло', 'prošlo'],
    skipped: ['прескочено', 'прескочени', 'preskočeno', 'preskočeni'],
    total: ['укупно', 'ukupno'],
    items: ['тест', 'тестови', 'тестова', 'test', 'testovi', 'testova', 'провера', 'провере', 'provera', 'provere', 'случај', 'случајеви', 'slučaj', 'slučajevi'],
    states: [],
  },
  vi: {
    pass: ['thành công', 'đạt'],
    failed: ['thất bại', 'hỏng'],
    errors: ['lỗi'],
    tolerated: ['dự kiến', 'đã biết', 'cho phép', 'bỏ qua'],
    other: ['tối đa', 'ngưỡng', 'trước đó', 'tỷ lệ', 'thời gian'],
    rate: ['tỷ lệ'],
    passRate: [],
    coverage: ['độ phủ'],
    count: ['số lượng', 'tổng số'],
    summary: ['tóm tắt', 'kết quả', 'thống kê'],
    outcome: ['trạng thái', 'kết quả'],
    negation: ['không', 'chưa'],
    without: ['không có'],
    free: [],
    of: ['trên'],
    some: ['một', 'hai', 'ba', 'bốn', 'năm', 'nhiều'],
    none: ['không có', 'không'],
    ended: ['hoàn thành', 'xong', 'kết thúc'],
    passed: ['thành công', 'đạt'],
    skipped: [],
    total: ['tổng', 'tổng cộng', 'tổng số'],
    items: ['kiểm thử', 'trường hợp', 'kiểm tra', 'bước'],
    states: [],
  },
  ro: {
    pass: ['reușit', 'reușită', 'reușite', 'succes'],
    failed: ['eșuat', 'eșuată', 'eșuate', 'eșec', 'eșecuri', 'nereușit', 'nereușite', 'picat', 'picate'],
    errors: ['eroare', 'erori'],
    tolerated: ['așteptat', 'așteptate', 'cunoscut', 'cunoscute', 'permise', 'tolerat', 'tolerate', 'ignorat', 'ignorate'],
    other: ['maxim', 'limită', 'prag', 'anterior', 'anterioare', 'rată', 'procent', 'durată', 'timp'],
    rate: ['rată', 'procent'],
    passRate: [],
    coverage: ['acoperire'],
    count: ['număr', 'numărul'],
    summary: ['rezumat', 'rezultat', 'rezultate', 'statistici'],
    outcome: ['stare', 'rezultat'],
    negation: [],
    without: ['fără'],
    free: [],
    of: ['din'],
    some: ['unu', 'doi', 'două', 'trei', 'patru', 'cinci', 'multe'],
    none: ['niciunul', 'niciuna', 'nimic'],
    ended: ['complet', 'finalizat', 'terminat', 'încheiat'],
    passed: ['reușite', 'trecute'],
    skipped: ['omise', 'sărite'],
    total: ['total'],
    items: ['test', 'teste', 'testul', 'testele', 'caz', 'cazuri', 'verificare', 'verificări', 'pas', 'pași', 'de'],
    states: [],
  },
  ar: {
    pass: ['ناجح', 'ناجحة', 'نجح', 'نجاح'],
    failed: ['فاشل', 'فاشلة', 'الفاشلة', 'فشل', 'الفشل', 'راسب'],
    errors: ['خطأ', 'أخطاء', 'الأخطاء'],
    tolerated: ['متوقع', 'متوقعة', 'المتوقعة', 'معروف', 'معروفة', 'مسموح', 'مسموحة', 'متجاهل', 'متجاهلة'],
    other: ['أقصى', 'الأقصى', 'حد', 'عتبة', 'سابق', 'السابق', 'نسبة', 'مدة', 'وقت'],
    rate: ['نسبة'],
    passRate: [],
    coverage: ['تغطية', 'التغطية'],
    count: ['عدد'],
    summary: ['ملخص', 'الملخص', 'نتيجة', 'النتيجة', 'نتائج', 'إحصائيات'],
    outcome: ['حالة', 'الحالة', 'نتيجة', 'النتيجة'],
    negation: ['غير', 'لم'],
    without: ['بدون', 'بلا'],
    free: [],
    of: ['من'],
    some: ['واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'عدة', 'كثير'],
    none: ['لا شيء', 'لا يوجد'],
    ended: ['مكتمل', 'مكتملة', 'اكتمل', 'انتهى', 'تم'],
    passed: ['الناجحة', 'ناجحة', 'ناجح'],
    skipped: ['المتخطاة', 'متخطاة', 'تم تخطيها'],
    total: ['الإجمالي', 'المجموع', 'إجمالي', 'مجموع'],
    items: ['اختبار', 'اختبارات', 'الاختبارات', 'حالة', 'حالات', 'فحص', 'فحوصات'],
    states: [],
  },
  fa: {
    pass: ['موفق', 'موفقیت', 'قبول'],
    failed: ['ناموفق', 'شکست'],
    errors: ['خطا', 'خطاها'],
    tolerated: ['مجاز', 'نادیده', 'انتظار', 'شناخته'],
    other: ['حداکثر', 'آستانه', 'قبلی', 'نرخ', 'درصد', 'مدت', 'زمان'],
    rate: ['نرخ', 'درصد'],
    passRate: [],
    coverage: ['پوشش'],
    count: ['تعداد'],
    summary: ['خلاصه', 'نتیجه', 'نتایج', 'آمار'],
    outcome: ['وضعیت', 'نتیجه'],
    negation: [],
    without: ['بدون'],
    free: [],
    of: ['از'],
    some: ['یک', 'دو', 'سه', 'چهار', 'پنج', 'چند'],
    none: ['هیچ'],
    ended: ['کامل', 'تمام', 'پایان'],
    passed: ['موفق', 'قبول'],
    skipped: ['ردشده', 'رد شده'],
    total: ['مجموع', 'کل'],
    items: ['آزمون', 'آزمونها', 'آزمون‌ها', 'تست', 'تستها', 'تست‌ها', 'مورد', 'موارد'],
    states: [],
  },
  he: {
    pass: ['עבר', 'הצליח', 'הצלחה', 'תקין'],
    failed: ['נכשל', 'נכשלו', 'כישלון', 'כישלונות', 'כשלים'],
    errors: ['שגיאה', 'שגיאות'],
    tolerated: ['צפוי', 'צפויים', 'צפויות', 'ידוע', 'ידועים', 'מותר', 'מותרים', 'מותרות'],
    other: ['מקסימום', 'מרבי', 'סף', 'קודם', 'קודמים', 'שיעור', 'אחוז', 'משך', 'זמן'],
    rate: ['שיעור', 'אחוז'],
    passRate: [],
    coverage: ['כיסוי'],
    count: ['מספר', 'כמות'],
    summary: ['סיכום', 'תוצאה', 'תוצאות', 'סטטיסטיקה'],
    outcome: ['סטטוס', 'מצב', 'תוצאה'],
    negation: ['לא'],
    without: ['ללא', 'בלי'],
    free: [],
    of: ['מתוך'],
    some: ['אחד', 'אחת', 'שתיים', 'שניים', 'שלוש', 'שלושה', 'ארבע', 'חמש', 'כמה', 'רבים'],
    none: ['אין', 'כלום'],
    ended: ['הושלם', 'הסתיים', 'גמור'],
    passed: ['עברו', 'הצליחו'],
    skipped: ['דולגו', 'מדולגים'],
    total: ['סהכ', 'סך הכל'],
    items: ['בדיקה', 'בדיקות', 'מבחן', 'מבחנים', 'מקרים'],
    states: [],
  },
  th: {
    pass: ['ผ่าน', 'สำเร็จ'],
    failed: ['ไม่ผ่าน', 'ล้มเหลว'],
    errors: ['ข้อผิดพลาด', 'ผิดพลาด'],
    tolerated: ['ที่คาดไว้', 'คาดไว้', 'ทราบแล้ว', 'อนุญาต', 'ยอมรับได้', 'ละเว้น'],
    other: ['สูงสุด', 'ขีดจำกัด', 'เกณฑ์', 'ก่อนหน้า', 'อัตรา', 'ร้อยละ', 'ระยะเวลา', 'เวลา'],
    rate: ['อัตรา', 'ร้อยละ'],
    passRate: [],
    coverage: ['ความครอบคลุม'],
    count: ['จำนวน'],
    summary: ['สรุป', 'ผลลัพธ์', 'สถิติ'],
    outcome: ['สถานะ', 'ผลลัพธ์', 'ผล'],
    negation: [],
    without: ['ไม่มี'],
    free: [],
    of: ['จาก'],
    some: ['หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หลาย'],
    none: ['ไม่มี'],
    ended: ['เสร็จสิ้น', 'เสร็จแล้ว', 'เสร็จ'],
    passed: ['ผ่าน', 'สำเร็จ'],
    skipped: ['ข้าม', 'ที่ข้าม'],
    total: ['ทั้งหมด', 'รวม'],
    items: ['การทดสอบ', 'ทดสอบ', 'กรณี', 'กรณีทดสอบ', 'รายการ', 'ที่'],
    states: [],
  },
  hu: {
    pass: ['sikeres', 'sikerült', 'átment', 'megfelelt', 'rendben'],
    failed: ['sikertelen', 'sikertelenek', 'hibás', 'hibásak', 'megbukott', 'elbukott'],
    errors: ['hiba', 'hibák'],
    tolerated: ['várt', 'várható', 'ismert', 'engedélyezett', 'megengedett', 'tolerált'],
    other: ['maximum', 'határ', 'küszöb', 'előző', 'korábbi', 'arány', 'százalék', 'időtartam', 'idő'],
    rate: ['arány', 'százalék'],
    passRate: [],
    coverage: ['lefedettség'],
    count: ['szám', 'száma', 'darab'],
    summary: ['összegzés', 'összesítés', 'eredmény', 'eredmények', 'statisztika'],
    outcome: ['állapot', 'eredmény', 'státusz'],
    negation: ['nem'],
    without: [],
    free: [],
    of: [],
    some: ['egy', 'kettő', 'két', 'három', 'négy', 'öt', 'több', 'sok', 'néhány'],
    none: ['nincs', 'semmi'],
    ended: ['kész', 'befejezett', 'befejeződött', 'lezárt', 'teljes'],
    passed: ['sikeres', 'sikeresek', 'átment', 'megfelelt'],
    skipped: ['kihagyott', 'kihagyva', 'átugrott'],
    total: ['összesen', 'összes'],
    items: ['teszt', 'tesztek', 'teszteset', 'tesztesetek', 'eset', 'esetek', 'ellenőrzés', 'ellenőrzések', 'lépés', 'lépések'],
    states: [],
  },
  fi: {
    pass: ['onnistui', 'onnistunut', 'onnistuneet', 'läpäisty', 'läpäissyt', 'hyväksytty'],
    failed: ['epäonnistui', 'epäonnistunut', 'epäonnistuneet', 'epäonnistumiset', 'hylätty', 'hylätyt'],
    errors: ['virhe', 'virheet', 'virheitä'],
    tolerated: ['odotettu', 'odotetut', 'tunnettu', 'tunnetut', 'sallittu', 'sallitut', 'siedetty', 'sivuutettu'],
    other: ['enintään', 'maksimi', 'raja', 'kynnys', 'edellinen', 'aiempi', 'osuus', 'prosentti', 'kesto', 'aika'],
    rate: ['osuus', 'prosentti'],
    passRate: ['läpäisyprosentti', 'onnistumisprosentti'],
    coverage: ['kattavuus'],
    count: ['määrä', 'lukumäärä'],
    summary: ['yhteenveto', 'tulos', 'tulokset', 'tilastot'],
    outcome: ['tila', 'tulos'],
    negation: ['ei'],
    without: ['ilman'],
    free: [],
    of: [],
    some: ['yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'useita', 'monta', 'kaikki'],
    none: ['ei mitään', 'ei yhtään', 'ei'],
    ended: ['valmis', 'valmistunut', 'päättynyt', 'suoritettu'],
    passed: ['onnistuneet', 'läpäistyt', 'hyväksytyt'],
    skipped: ['ohitettu', 'ohitetut'],
    total: ['yhteensä', 'kaikki'],
    items: ['testi', 'testit', 'testiä', 'testejä', 'tapaus', 'tapaukset', 'tapausta', 'tarkistus', 'tarkistukset', 'vaihe', 'vaiheet'],
    states: [],
  },
  da: {
    pass: ['bestået', 'godkendt', 'lykkedes', 'vellykket'],
    failed: ['fejlet', 'fejlede', 'mislykket', 'mislykkedes', 'dumpet'],
    errors: ['fejl'],
    tolerated: ['forventet', 'forventede', 'kendt', 'kendte', 'tilladt', 'tilladte', 'tolereret', 'ignoreret', 'ignorerede'],
    other: ['maks', 'maksimum', 'grænse', 'tærskel', 'forrige', 'tidligere', 'seneste', 'andel', 'procent', 'varighed', 'tid'],
    rate: ['andel', 'procent'],
    passRate: ['beståelsesprocent'],
    coverage: ['dækning'],
    count: ['antal'],
    summary: ['oversigt', 'sammenfatning', 'resultat', 'resultater', 'statistik'],
    outcome: ['status', 'resultat', 'tilstand'],
    negation: ['ikke'],
    without: ['uden'],
    free: ['fri'],
    of: ['af'],
    some: ['en', 'et', 'to', 'tre', 'fire', 'fem', 'flere', 'mange', 'nogle', 'alle'],
    none: ['ingen', 'intet'],
    ended: ['færdig', 'afsluttet', 'fuldført', 'komplet'],
    passed: ['bestået', 'beståede', 'godkendte'],
    skipped: ['sprunget over', 'oversprungne', 'udeladt'],
    total: ['total', 'i alt'],
    items: ['test', 'tests', 'testcase', 'testcases', 'tilfælde', 'kontrol', 'kontroller', 'trin'],
    states: [],
  },
  nb: {
    pass: ['bestått', 'godkjent', 'vellykket', 'lyktes'],
    failed: ['feilet', 'feilede', 'mislyktes', 'mislykket', 'strøket'],
    errors: ['feil'],
    tolerated: ['forventet', 'forventede', 'kjent', 'kjente', 'tillatt', 'tillatte', 'tolerert', 'ignorert', 'ignorerte'],
    other: ['maks', 'maksimum', 'grense', 'terskel', 'forrige', 'tidligere', 'siste', 'andel', 'prosent', 'varighet', 'tid'],
    rate: ['andel', 'prosent'],
    passRate: [],
    coverage: ['dekning'],
    count: ['antall'],
    summary: ['sammendrag', 'oppsummering', 'resultat', 'resultater', 'statistikk'],
    outcome: ['status', 'resultat', 'tilstand'],
    negation: ['ikke'],
    without: ['uten'],
    free: ['fri'],
    of: ['av'],
    some: ['en', 'ett', 'to', 'tre', 'fire', 'fem', 'flere', 'mange', 'noen', 'alle'],
    none: ['ingen', 'ingenting'],
    ended: ['ferdig', 'fullført', 'avsluttet', 'komplett'],
    passed: ['bestått', 'beståtte', 'godkjente'],
    skipped: ['hoppet over', 'overhoppede', 'utelatt'],
    total: ['totalt'],
    items: ['test', 'tester', 'testtilfelle', 'testtilfeller', 'tilfeller', 'kontroll', 'kontroller', 'trinn'],
    states: [],
  },
  ms: {
    pass: ['berjaya', 'lulus'],
    failed: ['gagal', 'kegagalan'],
    errors: ['ralat', 'kesilapan'],
    tolerated: ['dijangka', 'diketahui', 'dibenarkan', 'diabaikan'],
    other: ['maksimum', 'ambang', 'sebelum', 'sebelumnya', 'kadar', 'peratus', 'peratusan', 'tempoh', 'masa'],
    rate: ['kadar', 'peratus', 'peratusan'],
    passRate: [],
    coverage: ['liputan'],
    count: ['bilangan', 'jumlah'],
    summary: ['ringkasan', 'keputusan', 'statistik'],
    outcome: ['keputusan', 'keadaan'],
    negation: ['tidak'],
    without: ['tanpa'],
    free: [],
    of: ['daripada'],
    some: ['satu', 'dua', 'tiga', 'empat', 'lima', 'beberapa', 'banyak', 'semua'],
    none: ['tiada', 'tidak ada'],
    ended: ['selesai', 'lengkap', 'siap'],
    passed: ['berjaya', 'lulus'],
    skipped: ['dilangkau', 'dilangkaui'],
    total: ['jumlah keseluruhan', 'keseluruhan'],
    items: ['ujian', 'kes', 'semakan', 'langkah'],
    states: [],
  },
  bn: {
    pass: ['সফল', 'উত্তীর্ণ', 'পাস'],
    failed: ['ব্যর্থ', 'অসফল', 'অনুত্তীর্ণ', 'ফেল'],
    errors: ['ত্রুটি', 'ভুল'],
    tolerated: ['প্রত্যাশিত', 'জ্ঞাত', 'অনুমোদিত', 'উপেক্ষিত'],
    other: ['সর্বোচ্চ', 'সীমা', 'পূর্ববর্তী', 'হার', 'শতাংশ', 'সময়', 'সময়কাল'],
    rate: ['হার', 'শতাংশ'],
    passRate: [],
    coverage: ['কভারেজ'],
    count: ['সংখ্যা'],
    summary: ['সারাংশ', 'সারসংক্ষেপ', 'ফলাফল'],
    outcome: ['অবস্থা', 'স্থিতি', 'ফলাফল'],
    negation: [],
    without: ['ছাড়া'],
    free: [],
    of: [],
    some: ['এক', 'দুই', 'তিন', 'চার', 'পাঁচ', 'অনেক', 'কয়েকটি'],
    none: ['নেই', 'কিছুই না'],
    ended: ['সম্পন্ন', 'সমাপ্ত', 'শেষ'],
    passed: ['সফল', 'উত্তীর্ণ', 'পাস'],
    skipped: ['বাদ দেওয়া', 'এড়িয়ে যাওয়া'],
    total: ['মোট'],
    items: ['পরীক্ষা', 'টেস্ট', 'কেস', 'যাচাই', 'ধাপ'],
    states: [],
  },
  sw: {
    pass: ['imefaulu', 'kufaulu', 'mafanikio', 'imepita'],
    failed: ['imeshindwa', 'kushindwa', 'zilizoshindwa', 'yaliyoshindwa', 'imefeli'],
    errors: ['hitilafu', 'makosa', 'kosa'],
    tolerated: ['zinazotarajiwa', 'yanayotarajiwa', 'zinazojulikana', 'zinazoruhusiwa', 'zilizopuuzwa'],
    other: ['upeo', 'kikomo', 'kizingiti', 'iliyopita', 'kiwango', 'asilimia', 'muda'],
    rate: ['kiwango', 'asilimia'],
    passRate: [],
    coverage: ['ufunikaji'],
    count: ['idadi', 'jumla'],
    summary: ['muhtasari', 'matokeo', 'takwimu'],
    outcome: ['hali', 'matokeo'],
    negation: [],
    without: ['bila'],
    free: [],
    of: [],
    some: ['moja', 'mbili', 'tatu', 'nne', 'tano', 'kadhaa', 'nyingi', 'zote'],
    none: ['hakuna'],
    ended: ['imekamilika', 'kamili', 'imekwisha'],
    passed: ['imefaulu', 'zilizofaulu', 'yaliyofaulu'],
    skipped: ['zilizorukwa', 'yaliyorukwa', 'imerukwa'],
    total: ['jumla'],
    items: ['majaribio', 'jaribio', 'vipimo', 'kipimo', 'kesi', 'hatua'],
    states: [],
  },
};

/** Spellings of a word without its accents or special letters, as ASCII keys write them: `échecs` → `echecs`, `fehlschläge` → `fehlschlaege`, `başarısız` → `basarisiz`. */
export function transliterations(word: string): string[] {
  let spellings = TRANSLITERATED.get(word);
  if (spellings === undefined) {
    spellings = spell(word);
    // The readers ask for the table's words only, each many times (every pair of a negation and a pass word, every set
    // a column is in): remembered, a status read builds its word sets in a fraction of the time. The bound keeps a
    // caller passing other words from growing the map.
    if (TRANSLITERATED.size < 20_000) TRANSLITERATED.set(word, spellings);
  }
  return [...spellings];
}
const TRANSLITERATED = new Map<string, readonly string[]>();

function spell(word: string): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  const special = lower.replace(/ß/gu, 'ss').replace(/ł/gu, 'l').replace(/ı/gu, 'i').replace(/ø/gu, 'o').replace(/æ/gu, 'ae').replace(/đ/gu, 'd');
  const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const umlauts = special.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue');
  return [...new Set([lower, plain(special), plain(umlauts)])];
}

type Column = keyof LanguageWords;

/** The words of `columns` in every language (English first), in their spellings ({@link transliterations}). */
export function vocabulary(columns: readonly Column[], languages: readonly string[] = Object.keys(STATUS_VOCABULARY)): string[] {
  const out = new Set<string>();
  for (const language of languages) {
    const row = STATUS_VOCABULARY[language];
    if (row === undefined) continue;
    for (const column of columns) for (const word of row[column]) for (const spelling of transliterations(word)) out.add(spelling);
  }
  return [...out];
}

/**
 * Pairs of a negation and a pass word of one language, as `"<negation> <pass word>"` in the spellings given by
 * `spellings`: `not passed`, `nicht bestanden`, `no aprobados` (Spanish `no` negates Spanish pass words only, so the
 * English abbreviation `no_passed`, a number passed, stays a count of passes).
 */
export function negatedPassPairs(spellings: (word: string) => Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const row of Object.values(STATUS_VOCABULARY)) {
    for (const negation of row.negation) for (const n of spellings(negation)) for (const pass of row.pass) for (const p of spellings(pass)) out.add(`${n} ${p}`);
  }
  return out;
}

/**
 * Pairs of a failure name and a word of its language that says there were none, as `"<word> <failure>"` or
 * `"<failure> <word>"` in the spellings given by `spellings`: `sans échec`, `sin fallos`, `error free`, `失敗 なし`. Only
 * a language's own words pair: Portuguese `sem` beside an English failure name may be a standard error.
 */
export function noFailurePairs(spellings: (word: string) => Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const row of Object.values(STATUS_VOCABULARY)) {
    for (const failure of [...row.failed, ...row.errors]) {
      for (const f of spellings(failure)) {
        for (const before of row.without) for (const b of spellings(before)) out.add(`${b} ${f}`);
        for (const after of row.free) for (const a of spellings(after)) out.add(`${f} ${a}`);
      }
    }
  }
  return out;
}

/**
 * The words of a column in every language as the table writes them, without the spellings {@link vocabulary} derives:
 * for a set read only as written (a state's label), which ASCII spellings of its words would widen.
 */
export function writtenWords(column: Column): string[] {
  return Object.values(STATUS_VOCABULARY).flatMap((row) => row[column]);
}

/** Languages other than English, whose words are never run together with an English role word in a compound. */
export const OTHER_LANGUAGES: readonly string[] = Object.keys(STATUS_VOCABULARY).filter((l) => l !== 'en');

// Hand-listed words the status readers (status-claims.ts) read beside the table: English function words, and the few
// words of other languages a reader needs where the table has no column for them. Listed here so that every word the
// readers know by name lives in one file.
/** English outcome words: a state a map of labels turns into one of these tells what became of an item, not a translation. */
export const ENGLISH_OUTCOME_WORDS: ReadonlySet<string> = wordSet('ENGLISH_OUTCOME_WORDS', () => [
  ...vocabulary(['pass', 'failed', 'errors', 'skipped', 'ended', 'passed'], ['en']),
  'fail', 'failed', 'failure', 'failing', 'error', 'errored', 'broken', 'crashed', 'crash', 'timeout', 'timed', 'out', 'aborted', 'killed', 'panic', 'panicked', 'cancelled', 'canceled', 'ok', 'success', 'pass',
]);
/** Nouns of places a remark of where counts (`in 2 files`, `across 12 packages`, `im 3 Modulen`): places or items, never failures. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['file', 'files', 'module', 'modules', 'package', 'packages', 'crate', 'crates', 'project', 'projects', 'workspace', 'workspaces', 'directory', 'directories', 'folder', 'folders', 'target', 'targets', 'shard', 'shards', 'worker', 'workers', 'browser', 'browsers', 'platform', 'platforms', 'suiten', 'dateien', 'datei', 'modul', 'modulen', 'paketen', 'pakete', 'fichier', 'fichiers', 'paquets', 'archivos', 'archivo', 'módulos', 'paquetes', 'modules', 'moduli', 'pacchetti']);
/** Negations that alone take an excuse back in a later part of a remark (`flaky, not really`, `(it is not)`, `doch nicht`). */
export const BARE_NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'nope', 'never', 'isn', 'wasn', 'aren', 'weren', 'nicht', 'pas', 'non', 'nein', 'не', 'нет']);
/** Words that may stand beside a bare negation in such a part without changing what it takes back (`turns out not`, `not yet verified`). */
export const NEGATION_FILLERS: ReadonlySet<string> = new Set(['turns', 'turned', 'out', 'yet', 'verified', 'confirmed', 'tested', 'checked', 'merged', 'landed', 'deployed', 'released', 'shipped', 'applied', 'done', 'noch', 'encore', 'bestätigt', 'geprüft', 'vérifié', 'confirmé', 'but', 'really', 'actually', 'quite', 'exactly', 'truly', 'so', 'it', 'is', 's', 't', 'that', 'this', 'they', 'are', 'was', 'were', 'wirklich', 'eigentlich', 'ist', 'es', 'vraiment', 'en', 'fait', 'c', 'est', 'n', 'realmente', 'de', 'verdad', 'aber', 'mais', 'pero']);
/** Words that call an excused failure real (`flaky-looking but real`, `échec réel`): the excuse is taken back. */
export const REAL_WORDS: ReadonlySet<string> = new Set(['real', 'genuine', 'legit', 'legitimate', 'actual', 'true', 'echt', 'echter', 'echte', 'réel', 'réelle', 'vrai', 'vraie', 'verdadero', 'verdadera']);
/** Words that may stand beside a real word in such a part (`turns out a real failure`). */
export const REAL_FILLERS: ReadonlySet<string> = new Set(['turns', 'turned', 'out', 'but', 'a', 'an', 'the', 'it', 'is', 's', 'this', 'that', 'one', 'was', 'are', 'actually', 'really', 'very', 'failure', 'failures', 'fail', 'error', 'errors', 'bug', 'bugs', 'regression', 'regressions', 'issue', 'issues', 'problem', 'problems', 'crash', 'breakage', 'aber', 'ein', 'eine', 'fehler', 'mais', 'un', 'une', 'échec', 'erreur', 'pero', 'fallo', 'error']);
/** Words that leave some items out of an excuse (`all fixed except one`, `alle behoben außer 2`). */
export const KEPT_OUT: ReadonlySet<string> = new Set(['except', 'excluding', 'save', 'but', 'aber', 'außer', 'mais', 'sauf', 'pero', 'excepto', 'salvo']);
/** Groups of tests a remark may say all failed (`2 suites (both failed)`, `3 jobs, all failed`), beside the items and places. */
export const PLACE_SUITES: ReadonlySet<string> = new Set(['suite', 'suites', 'spec', 'specs', 'job', 'jobs', 'step', 'steps', 'shard', 'shards']);
/** Nouns after a failure word that tell of trying, never of a failure left (`2 failed attempts`, `2 failed retries`), or that go on as prose (`2 failed over`). */
export const NOT_FAILED_THINGS: ReadonlySet<string> = new Set(['attempt', 'attempts', 'retry', 'retries', 'try', 'tries', 'rerun', 'reruns', 'over', 'out', 'back', 'before', 'previously', 'earlier', 'once', 'twice', 'again', 'versuche', 'tentatives', 'intentos']);
/** Words that start a clause of its own within a sentence: a none before them says nothing of a failure after them. */
export const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'though', 'although', 'however', 'then', 'so', 'while', 'whereas', 'still', 'und', 'aber', 'doch', 'dann', 'et', 'mais', 'puis', 'y', 'pero', 'e', 'ma', 'en', 'maar']);
/**
 * Joins that part a failure told from a count of passes beside it (`12 tests passed but checkout failed`, `Deploy failed
 * although 12 tests passed`, `12 Tests bestanden aber der Build ist fehlgeschlagen`, `12 tests réussis mais le build a
 * échoué`): read as a clause's end only beside such a count (helper sb, session 47).
 */
export const COUNT_PARTING_JOINS: readonly string[] = [
  'and', 'but', 'yet', 'though', 'although', 'however', 'while', 'whereas', 'whilst',
  'und', 'aber', 'doch', 'jedoch', 'während', 'obwohl', 'et', 'mais', 'tandis que', 'alors que', 'bien que', 'pourtant',
  'y', 'pero', 'mientras', 'aunque', 'e', 'ma', 'mentre', 'però', 'mas', 'porém', 'enquanto', 'embora', 'en', 'maar', 'terwijl', 'hoewel',
  'ale', 'a', 'но', 'а', 'и', 'однако', 'хотя', 'ama', 've', 'fakat',
];
/**
 * Clause joins that are also a word of place in other languages, with those languages: French and Spanish `en` (`aucun
 * test en échec`, `ningún test en fallo`: no test failing) joins no clause after a none of theirs, as Dutch `en` (and) does.
 */
export const JOINS_ALSO_A_PLACE: ReadonlyMap<string, readonly string[]> = new Map([['en', ['fr', 'es']]]);
/**
 * Words of after that tell a failure a pass overcame (`passed after a transient failure`, `réussi après un échec`,
 * `bestanden nach einem Fehler`), and the words that may stand between the pass and them (`passed on retry after …`).
 */
export const AFTER_WORDS: readonly string[] = ['after', 'following', 'nach', 'après', 'después', 'dopo', 'após', 'после', 'після', 'efter', 'etter', 'po'];
export const BETWEEN_A_PASS_AND_AFTER: readonly string[] = ['on', 'retry', 'rerun', 'eventually', 'finally', 'only', 'again', 'the', 'second', 'third', 'attempt', 'try'];
/**
 * Words that may say which failure a pass overcame, between the word of after and the failure word (`after a transient
 * failure`, `after the first attempt failed`, `après un échec`, `nach einem vorübergehenden Fehler`): articles, words of
 * transience and of an earlier try. Any other word there names another thing that failed (`passed after deploy failed`).
 */
export const OVERCOME_FAILURE_WORDS: readonly string[] = [
  'a', 'an', 'the', 'one', 'single', 'transient', 'temporary', 'intermittent', 'spurious', 'sporadic', 'brief', 'flaky', 'earlier', 'initial', 'first', 'previous', 'prior', 'early',
  'attempt', 'attempts', 'try', 'tries', 'retry', 'retries', 'run', 'runs', 'rerun', 'reruns',
  'un', 'une', 'le', 'la', 'l', 'premier', 'première', 'transitoire', 'temporaire', 'précédent', 'précédente', 'tentative', 'essai',
  'ein', 'eine', 'einem', 'einer', 'einen', 'eines', 'dem', 'der', 'vorübergehenden', 'vorübergehendem', 'temporären', 'kurzen', 'ersten', 'früheren', 'vorherigen', 'versuch',
  'uno', 'una', 'el', 'lo', 'il', 'primer', 'primero', 'primo', 'transitorio', 'temporal', 'temporaneo', 'intento', 'tentativo',
  'um', 'uma', 'o', 'primeira', 'primeiro', 'transitória', 'transitório', 'temporária', 'tentativa',
  'временной', 'временного', 'первой', 'первого', 'попытки', 'тимчасової', 'тимчасового', 'першої', 'першого', 'спроби',
  'ett', 'et', 'tillfälligt', 'tillfälligt', 'första', 'försök', 'midlertidig', 'første', 'forsøk', 'chwilowym', 'pierwszej', 'próbie',
];
/**
 * Words after a failure word that tell what failed or why (`Failed to compile`, `Échec de la compilation`, `Falha na
 * compilação`, `Fehler beim Kompilieren`, `Build failed due to timeout`): the failure word leads its own outcome. Not a
 * word of condition or of what a check is for (`if`, `when`, `on`, `for`: `Fails if coverage drops`, `Fails for empty
 * input` describe a check).
 */
export const WHAT_OR_WHY_FAILED: readonly string[] = [
  'to', 'of', 'in', 'while', 'during', 'due', 'because', 'with', 'at',
  'de', 'du', 'des', 'd', 'lors', 'pendant', 'à', 'dans', 'na', 'da', 'do', 'durante', 'del', 'di', 'della', 'nel', 'nella', 'al',
  'beim', 'bei', 'von', 'während', 'wegen', 'der', 'van', 'bij', 'tijdens', 'при', 'во', 'в', 'из-за', 'під', 'podczas', 'przy', 'w', 'při', 've',
];
/**
 * Words after a failure word that go on telling it: where, when or how often it failed (`Build failed on Windows`,
 * `Failed after retries`, `Build failed again`, `Tests failed even on retry`), and those of them that tell it alone.
 */
export const FAILURE_GOES_ON: readonly string[] = ['on', 'upon', 'after', 'again', 'twice', 'even', 'repeatedly', 'across', 'erneut', 'wieder', 'nochmals', 'encore', 'otra', 'ancora', 'novamente', 'снова', 'опять', 'знову', 'ponownie', 'znovu', 'igen', 'igjen'];
export const FAILURE_TOLD_AGAIN: readonly string[] = ['again', 'twice', 'repeatedly', 'erneut', 'wieder', 'nochmals', 'encore', 'ancora', 'novamente', 'снова', 'опять', 'знову', 'ponownie', 'znovu', 'igen', 'igjen'];
/**
 * Words of lacking after a failure word that tell how it failed, never that it did not (`Build failed without retries`,
 * `Tests failed without a report`, `ohne Wiederholung`, `sans rapport`; helper rb, session 46): the failure is told, what
 * is lacking is something else. A none right after a failure word (`Tests failed: none`) still denies it.
 */
export const WITHOUT_WORDS: readonly string[] = ['without', 'ohne', 'sans', 'sin', 'senza', 'sem', 'zonder', 'utan', 'uten', 'uden', 'без', 'bez'];
/**
 * Nouns right after a failure word that make it a name of a thing or a label, not a failure told (`Retry failed jobs`,
 * `Build failed notifications`, `Test failed count`, `Build failed hook`; helper rb, session 46), beside the items,
 * counts, report and page parts and test kinds the vocabulary already names.
 */
export const FAILURE_LABEL_NOUNS: readonly string[] = [
  'list', 'lists', 'log', 'logs', 'detail', 'details', 'notification', 'notifications', 'notify', 'hook', 'hooks', 'alert', 'alerts', 'email', 'emails', 'mail', 'message', 'messages',
  'event', 'events', 'callback', 'callbacks', 'webhook', 'webhooks', 'rate', 'rates', 'ratio', 'threshold', 'thresholds', 'policy', 'policies', 'setting', 'settings', 'option', 'options',
  'flag', 'flags', 'badge', 'badges', 'icon', 'label', 'labels', 'counter', 'counters', 'limit', 'limits', 'check', 'checks', 'item', 'items', 'spec', 'specs', 'step', 'steps',
  'build', 'builds', 'job', 'jobs', 'task', 'tasks', 'stage', 'stages', 'node', 'nodes', 'host', 'hosts', 'pod', 'pods', 'request', 'requests', 'upload', 'uploads', 'login', 'logins',
  'dependency', 'dependencies', 'case', 'cases', 'assertion', 'assertions', 'name', 'names', 'id', 'ids', 'field', 'fields', 'key', 'keys', 'filter', 'state', 'states',
  'exit', 'code', 'codes', 'category', 'categories', 'type', 'types', 'queue', 'bucket', 'artifact', 'artifacts', 'screenshot', 'screenshots', 'trace', 'traces', 'output', 'outputs',
];
/**
 * Words after a failure word that tell it of no one run: how often it happens, that it was meant (`Tests failed
 * occasionally`, `Build failed sometimes`, `Tests failed expectedly`, `failed on purpose`; helper rb, session 46).
 */
export const NO_RUNS_FAILURE_AFTER_WORDS: readonly string[] = ['sometimes', 'occasionally', 'rarely', 'seldom', 'often', 'frequently', 'usually', 'historically', 'formerly', 'expectedly', 'purposely', 'purpose', 'design', 'intentionally', 'deliberately', 'hypothetically'];
/**
 * Negations put after the failure word they deny, in languages whose verb ends the clause (Turkish `hiçbir test
 * başarısız olmadı`, Korean `테스트가 실패하지 않았습니다`; helper rb, session 46): a failure verb going on with one is no
 * failure, beside {@link NONES_AFTER_A_FAILURE} (Japanese) and a none it stands on before ({@link NONES_BEFORE_AN_EXCEPTION}).
 */
export const NEGATIONS_AFTER_A_FAILURE: readonly string[] = [
  'olmadı', 'olmadi', 'olmamış', 'olmamis', 'değil', 'degil', 'yok', 'etmedi', 'vermedi', 'yaşanmadı', 'yasanmadi',
  // Korean's `-지` form is only said before its negation (`실패하지 않았습니다`): read alone when a remark reader parts them.
  '하지', '하지는', '되지', '않았습니다', '않았다', '않았음', '않음', '않습니다', '않는다', '않았어요', '없음', '없습니다', '없었습니다', '없다', '없었다',
];
/**
 * Nouns a number after them names, never counts (`Build #1234`, `Stage 2`, `Shard 2/4`, `Suite 2 of 3`, `PR 12`; helper
 * rb, session 46), beside the runtimes and platforms a version follows ({@link VERSIONED_NAMES}). Singular only: a plural
 * before a number counts (`Tests 0 of 3 failed`).
 */
export const NUMBERED_SUBJECT_NOUNS: readonly string[] = [
  'build', 'stage', 'shard', 'suite', 'step', 'job', 'phase', 'chunk', 'batch', 'partition', 'worker', 'runner', 'task', 'pipeline', 'target', 'matrix', 'pr', 'mr', 'release', 'iteration',
  'lauf', 'stufe', 'schritt', 'étape', 'etapa', 'fase', 'этап', 'шаг', 'etap', 'krok',
];
/** A try a failure may be told on or after (`Failed on retry`, `failed after retries`), and the words that make it an earlier one (`on the first attempt`). */
export const TRY_WORDS: readonly string[] = ['attempt', 'attempts', 'retry', 'retries', 'try', 'tries', 'rerun', 'reruns', 'every', 'each', 'all', 'versuche', 'tentatives', 'intentos'];
export const EARLIER_TRIES: readonly string[] = ['first', 'initial', '1st', 'earlier', 'earliest', 'erste', 'ersten', 'premier', 'premiere', 'primer', 'primera', 'primo', 'prima'];
/** Rows whose failure nouns take what failed in the genitive, with no word between (`Ошибка сборки`, `Błąd kompilacji`, `Chyba sestavení`). */
export const GENITIVE_LANGUAGES: readonly string[] = ['ru', 'uk', 'pl', 'cs', 'sr'];
/**
 * Phrases that say a run did not manage what it set out to do (`could not build`, `unable to connect`, Polish
 * `kompilacja nie powiodła się`, `nie udało się`, `konnte nicht`, `impossible de`, `no se pudo`, `não foi possível`,
 * `не удалось`): a failure told without a failure word. A contracted `can't` is read as `cannot`.
 */
export const NOT_MANAGED_PHRASES: readonly string[] = [
  'could not', 'cannot', 'can not', 'unable to',
  'nie powiodła się', 'nie powiódł się', 'nie powiodło się', 'nie powiodły się', 'nie udało się', 'nie udała się',
  // Polish puts its reflexive before the negation as often (`build się nie powiódł`; helper sc, session 47).
  'się nie powiodła', 'się nie powiódł', 'się nie powiodło', 'się nie powiodły', 'się nie udało', 'się nie udała', 'się nie udał',
  'konnte nicht', 'konnten nicht', 'kann nicht', 'impossible de', "n'a pas pu", 'no se pudo', 'no pudo', 'não foi possível', 'não conseguiu',
  'non è riuscito', 'non è riuscita', 'impossibile', 'kon niet', 'не удалось', 'не получилось', 'не вдалося', 'nelze', 'nepodařilo se',
];
/** Words that say what they follow is not there (`Ошибки отсутствуют`, `Błędów brak`, `Chyby nejsou`, errors absent): a failure noun before them counts none. */
export const ABSENT_WORDS: readonly string[] = ['отсутствуют', 'отсутствует', 'відсутні', 'відсутня', 'відсутній', 'brak', 'nie', 'nejsou', 'není', 'nema', 'нема', 'немає', 'нет', 'absent', 'absents', 'aucune', 'aucun', 'keine', 'ausente', 'ausentes', 'none'];
/** Verbs of a pass a negation or `never` denies (`did not succeed`, `have never passed`, `wasn't successful`), beside the vocabulary's pass words. */
export const PASS_VERBS: readonly string[] = ['succeed', 'succeeds', 'work', 'worked', 'works', 'complete', 'completed'];
/** Negations that, before a failure word in its clause, say none failed (`never failed`, `nicht fehlgeschlagen`), beside the `none` column. */
export const NEGATIONS_BEFORE_A_FAILURE: readonly string[] = ['never', 'nor', 'neither', 'nobody', 'nicht', 'nie', 'не', 'pas', 'non', 'jamais', 'nunca', 'mai'];
/**
 * Words that, with the word after them, say none of a failure that follows (`free of failures`, `free from errors`): read
 * as a none before a failure word, as `without` is (helper re, session 46).
 */
export const FREE_OF_WORDS: readonly (readonly [string, readonly string[]])[] = [['free', ['of', 'from']]];
/**
 * Elided words a writer runs onto the failure noun after a none with an apostrophe (French `pas d'échec`, `sans l'échec`):
 * part of the noun's phrase, never a mark that ends the none's clause (helper re, session 46).
 */
export const ELIDED_BEFORE_A_NOUN: readonly string[] = ['d', 'l'];
/**
 * Words that open a condition a failure in the present sets (`If any test fails, the build fails`, `Unless a step fails`,
 * `Wenn ein Test fehlschlägt`, `Si un test échoue`): what the clause says happens on a failure, never a failure told
 * (helper re, session 46). Not `when` or `als`: they also narrate what happened (`when the build failed`).
 */
export const CONDITION_OPENERS: readonly string[] = ['if', 'unless', 'whenever', 'should', 'wenn', 'falls', 'si', 'se', 'jeśli', 'jeżeli', 'если', 'якщо', 'pokud', 'jika', 'eğer'];
/** Failure words in the present or the base form a condition sets (`fails`, `fail`, `failure`, `échoue`, `fehlschlägt`): a past form (`failed`) tells what happened. */
export const PRESENT_FAILURE_FORMS: readonly string[] = ['fail', 'fails', 'failure', 'failures', 'fehlschlägt', 'fehlschlagen', 'scheitert', 'échoue', 'échouent', 'falla', 'fallan', 'falha', 'falham', 'falhar', 'fallisce', 'falliscono', 'faalt', 'misslyckas', 'nie powiedzie'];
/**
 * Names of a count of items that never ran (`not_run`, `cancelled`, `deselected`, Jest's `numPendingTests`, JUnit's
 * `disabled`), as read with the words that say what or how many set aside ({@link ITEM_NOUNS_OF_A_COUNT}): items that
 * ended in no pass, so a total they account for whole ran nothing.
 */
export const NOT_RAN_COUNT_NAMES: ReadonlySet<string> = wordSet('NOT_RAN_COUNT_NAMES', () => [
  'not run', 'notrun', 'not ran', 'did not run', 'never ran', 'never run', 'not executed', 'unexecuted', 'not started', 'not tested', 'untested',
  'cancelled', 'canceled', 'aborted', 'interrupted', 'deselected', 'ignored', 'disabled', 'excluded', 'filtered', 'filtered out', 'omitted',
  'blocked', 'pending', 'pended', 'deferred', 'todo', 'todos', 'skipped', 'skip', 'skips',
]);
/**
 * {@link NOT_RAN_COUNT_NAMES} in other languages, as written (`nicht_ausgeführt`, `non_exécutés`, `не_выполнено`, `未执行`);
 * the readers fold them as they fold a key's words (red team xc, session 40: `{gesamt: 12, nicht_ausgeführt: 12}` passed).
 */
export const OTHER_NOT_RAN_COUNT_NAMES: readonly string[] = [
  'nicht ausgeführt', 'nicht gelaufen', 'abgebrochen', 'non exécutés', 'non exécuté', 'non exécutées', 'annulés', 'annulé', 'no ejecutados', 'no ejecutado',
  'cancelados', 'não executados', 'não executado', 'non eseguiti', 'annullati', 'niet uitgevoerd', 'geannuleerd', 'не выполнено', 'не выполнены',
  'не запущено', 'отменено', 'отменены', '未执行', '未運行', '未运行', '已取消', '未実行', 'キャンセル', '실행 안 됨', '취소됨',
];
/**
 * Names a reporter gives the count of all the items it ran beside its outcome counts, other than the total words
 * (JUnit's and Mocha's `tests`, TAP's `count`, `num_tests`, `test_count`): a passed count and a failure count beside it
 * claim to account for it.
 */
export const ITEMS_IN_ALL_NAMES: ReadonlySet<string> = wordSet('ITEMS_IN_ALL_NAMES', () => [
  'tests', 'count', 'num tests', 'n tests', 'test count', 'tests count', 'number of tests', 'total tests', 'tests total', 'cases', 'test cases',
  'testcases', 'num cases', 'tests run', 'tests ran', 'tests executed', 'total count', 'num total tests', 'test total',
]);
/**
 * Words of a count's name that say only what items it counts or that it counts (`num`, `tests`, `count`): set aside when
 * a part's name is matched with its total's (`num_passed` beside `num_tests`, `passed` beside `tests`).
 */
export const ITEM_NOUNS_OF_A_COUNT: ReadonlySet<string> = wordSet('ITEM_NOUNS_OF_A_COUNT', () => [
  'test', 'tests', 'case', 'cases', 'testcase', 'testcases', 'num', 'n', 'number', 'of', 'count', 'counts', 'total',
]);
/** A crash told by its name or its signal, one word (`segfault`, `SIGSEGV`, `OOMKilled`): no outcome that passed says it. `crash` alone names reporters and settings (`crash reporter disabled`). */
export const CRASH_WORDS: ReadonlySet<string> = new Set([
  'segfault', 'segfaulted', 'segfaults', 'sigsegv', 'sigabrt', 'sigbus', 'sigill', 'sigfpe', 'sigkill', 'oomkilled', 'coredump', 'coredumped', 'abgestürzt', 'speicherzugriffsfehler',
  // A runtime's own names (helper fg, session 48): Rust's `panicked at`, `SEGV in libfoo`, Java's `OutOfMemoryError` and
  // `StackOverflowError`, Node's `UnhandledPromiseRejectionWarning`.
  'panicked', 'segv', 'sigtrap', 'outofmemoryerror', 'stackoverflowerror', 'unhandledpromiserejectionwarning',
]);
/** A crash told in two or three words, as a shell or a runtime prints it (`Segmentation fault (core dumped)`, `Bus error`, `Abort trap: 6`). */
export const CRASH_PHRASES: readonly (readonly string[])[] = [
  ['segmentation', 'fault'], ['core', 'dumped'], ['bus', 'error'], ['illegal', 'instruction'], ['abort', 'trap'], ['out', 'of', 'memory'], ['stack', 'smashing', 'detected'], ['double', 'free'], ['floating', 'point', 'exception'], ['erreur', 'de', 'segmentation'],
  // Other platforms' and runtimes' names (helper fg, session 48): `Segmentation violation`, Windows' `Access violation`,
  // macOS's `EXC_BAD_ACCESS`, `abort() called`, `Trace/breakpoint trap`, V8's `Maximum call stack size exceeded`, `Stack
  // overflow`, Python's `Traceback (most recent call last)`, an uncaught error's and a deadlock's line.
  ['segmentation', 'violation'], ['access', 'violation'], ['exc', 'bad', 'access'], ['abort', 'called'], ['breakpoint', 'trap'], ['call', 'stack', 'size', 'exceeded'],
  ['traceback', 'most', 'recent', 'call', 'last'], ['uncaught', 'exception'], ['unhandled', 'exception'], ['uncaught', 'error'], ['unhandled', 'error'], ['unhandled', 'promise', 'rejection'], ['unhandled', 'rejection'], ['deadlock', 'detected'],
  ['trace', 'breakpoint', 'trap'],
];
/** A crash noun that tells one when where it happened follows (`Crash in parser`, `Crash on startup`); alone it names reporters and settings. */
export const CRASH_NOUNS_BEFORE_A_PLACE: ReadonlySet<string> = new Set(['crash', 'crashes']);
export const CRASH_PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'while', 'when', 'inside', 'within']);
/** A crash's phrase that is also a name (`Stack Overflow` the site): a crash only last or before where it happened (`Stack overflow in test runner`). */
export const CRASH_PHRASES_BEFORE_A_PLACE: readonly (readonly string[])[] = [['stack', 'overflow']];
/** Words after a crash's name that make it the name of what handles, reports or tests crashes (`segfault handler`, `SIGSEGV trap installed`, `out of memory killer`). */
export const CRASH_HANDLERS: ReadonlySet<string> = new Set(['handler', 'handlers', 'handling', 'reporter', 'reporters', 'reporting', 'report', 'protection', 'guard', 'guards', 'hook', 'hooks', 'trap', 'traps', 'test', 'tests', 'detection', 'detector', 'catcher', 'tracking', 'monitor', 'monitoring', 'killer', 'policy', 'setting', 'settings', 'signal', 'check', 'checks', 'simulation', 'simulated']);
/** Deeds a failure condition sets off, said done after it (`on failure rollback ran`, `if failed, alert fired`): the failure came. Present forms are settings (`on failure run rollback`). */
export const DEEDS_SET_OFF: ReadonlySet<string> = new Set([
  'ran', 'executed', 'triggered', 'fired', 'invoked', 'performed', 'kicked', 'started', 'initiated', 'engaged', 'happened', 'occurred', 'applied', 'completed', 'sent', 'paged',
  'stopped', 'halted', 'aborted', 'retried', 'reran', 'restarted', 'exited', 'terminated', 'rolled', 'reverted', 'tripped', 'activated',
]);
/**
 * Words that, before a failure word last in a short outcome, say the failure was no failure of this run (`flaky test
 * failed`, `expected to have failed`, `previously failed`, `first attempt failed`, `soft failed`, `would fail`,
 * `injected failure`); never a word of this run's order or state (`last step failed`, `tests have failed`, `rolled back due to failure`), beside the tolerated and
 * other qualifiers of every language and {@link NOT_FAILED_THINGS}.
 */
export const NOT_THIS_RUNS_FAILURE: ReadonlySet<string> = new Set([
  'would', 'should', 'could', 'might', 'may', 'will', 'can', 'must', 'if', 'when', 'whenever', 'unless', 'whether', 'expect', 'expects', 'expected', 'soft',
  'initially', 'originally', 'formerly', 'prior', 'old', 'older', 'yesterday', 'simulated', 'intentionally', 'deliberately', 'injected', 'mock', 'mocked', 'fake',
  // A rerun's hyphenated forms as a text writes them (`Re-ran 1 failed job`, `Re-run 2 failed tests`), one word there (helper re, session 46).
  're-ran', 're-run', 're-tried',
]);
/** Words before a noun of what failed that make them other runs' (`2 failed nightly builds`, `3 failed previous deploys`): a log tells of them, never that this run failed. */
export const OTHER_RUNS_QUALIFIERS: ReadonlySet<string> = new Set(['nightly', 'daily', 'weekly', 'monthly', 'hourly', 'scheduled', 'previous', 'prior', 'earlier', 'recent', 'past', 'last', 'old', 'older', 'historical', 'upstream', 'downstream']);
/**
 * Number words of the languages teams write in besides English (English ones: src/util/count-spellings.ts), as the stems
 * their compounds are written with (`sechsundneunzig` is sechs + und + neunzig, `quattromilanovantasei` quattro + mila +
 * novanta + sei, `zesennegentig` zes + en + negentig): a run of them is a count (red team sw, closed session 40).
 */
export const OTHER_LANGUAGE_NUMBER_WORDS: readonly string[] = [
  // German
  'eins', 'ein', 'eine', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'fuenf', 'sechs', 'sech', 'sieben', 'sieb', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwoelf',
  'zwanzig', 'dreißig', 'dreissig', 'vierzig', 'fünfzig', 'fuenfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert', 'tausend', 'million', 'millionen', 'milliarde', 'milliarden',
  // Dutch
  'een', 'één', 'twee', 'drie', 'vijf', 'zes', 'zeven', 'negen', 'tien', 'twaalf', 'dertien', 'veertien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig', 'honderd', 'duizend', 'miljoen',
  // French
  'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
  'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'huitante', 'octante', 'nonante', 'cent', 'cents', 'mille', 'millions',
  // Spanish
  'uno', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieci', 'veinte', 'veinti',
  'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cien', 'ciento', 'cientos', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos',
  'seiscientos', 'setecientos', 'ochocientos', 'novecientos', 'mil', 'millón', 'millones',
  // Italian
  'due', 'tre', 'tré', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette',
  'diciotto', 'diciannove', 'venti', 'vent', 'trenta', 'trent', 'quaranta', 'quarant', 'cinquanta', 'cinquant', 'sessanta', 'sessant', 'settanta', 'settant',
  'ottanta', 'ottant', 'novanta', 'novant', 'cento', 'mila', 'milione', 'milioni',
  // Portuguese
  'um', 'uma', 'dois', 'duas', 'três', 'sete', 'oito', 'dez', 'doze', 'treze', 'dezesseis', 'dezasseis', 'dezessete', 'dezassete', 'dezoito', 'dezenove', 'dezanove',
  'vinte', 'quarenta', 'oitenta', 'cem', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos', 'seiscentos', 'setecentos', 'oitocentos', 'novecentos', 'milhão', 'milhões',
  // Russian
  'ноль', 'один', 'одна', 'два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'двадцать', 'тридцать', 'сорок',
  'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот',
  'тысяча', 'тысячи', 'тысяч', 'миллион', 'миллиона', 'миллионов',
  // Polish
  'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć', 'sto', 'tysiąc', 'tysiące', 'tysięcy',
  // Red team xw (session 41). Swedish, Danish, Norwegian — not Danish `to` (two), nor Turkish `on` (ten) and `bin`
  // (thousand) below: English words a waiver writes everywhere, so a count written with them is read by its other words.
  'ett', 'två', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio', 'hundra', 'tusen', 'miljon', 'miljoner',
  'fire', 'seks', 'syv', 'otte', 'ni', 'ti', 'tyve', 'tredive', 'fyrre', 'halvtreds', 'halvfjerds', 'firs', 'halvfems', 'hundrede', 'tusind',
  'åtte', 'tjue', 'tretti', 'førti', 'femti', 'seksti', 'sytti', 'åtti', 'nitti', 'hundre',
  // Finnish (compounds: `neljätuhattayhdeksänkymmentäkuusi`)
  'yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän', 'kymmenen', 'kymmentä', 'toista', 'sata', 'sataa', 'tuhat', 'tuhatta',
  // Hungarian (compounds: `négyezer-kilencvenhat`)
  'egy', 'kettő', 'két', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc', 'tíz', 'tizen', 'húsz', 'huszon', 'harminc', 'negyven', 'ötven', 'hatvan', 'hetven', 'nyolcvan', 'kilencven', 'száz', 'ezer',
  // Turkish
  'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan', 'yüz',
  // Czech
  'jedna', 'dva', 'dvě', 'tři', 'čtyři', 'pět', 'šest', 'sedm', 'osm', 'devět', 'deset', 'dvacet', 'třicet', 'čtyřicet', 'padesát', 'šedesát', 'sedmdesát', 'osmdesát', 'devadesát', 'tisíc', 'tisíce',
  // Ukrainian
  'чотири', 'пʼять', "п'ять", 'шість', 'сім', 'вісім', 'девʼять', "дев'ять", 'двадцять', 'тридцять', 'пʼятдесят', "п'ятдесят", 'шістдесят', 'сімдесят', 'вісімдесят', 'девʼяносто', "дев'яносто", 'тисяча', 'тисячі',
  // Greek
  'ένα', 'δύο', 'τρία', 'τρεις', 'τέσσερα', 'τέσσερις', 'πέντε', 'έξι', 'επτά', 'εφτά', 'οκτώ', 'οχτώ', 'εννέα', 'εννιά', 'δέκα', 'είκοσι', 'τριάντα', 'σαράντα', 'πενήντα', 'εξήντα', 'εβδομήντα', 'ογδόντα', 'ενενήντα', 'εκατό', 'χίλια', 'χιλιάδες',
];
/** What joins the number words of those languages, inside a compound or between words (`sechsundneunzig`, `noventa y seis`). */
export const OTHER_LANGUAGE_NUMBER_JOINS: readonly string[] = ['und', 'en', 'et', 'y', 'e', 'i', 'og'];
/**
 * Those number words that are also common words of prose (`once`, `due`, `elf`, `sept`) or an article (`un`, `ein`, `een`):
 * a count only beside another number word (`ein tausend`), never alone.
 */
export const OTHER_LANGUAGE_NUMBER_WORDS_ALSO_PROSE: readonly string[] = ['seize', 'otto', 'un', 'une', 'uno', 'una', 'um', 'uma', 'ein', 'eine', 'een', 'jeden', 'once', 'due', 'elf', 'sept', 'cent', 'cents', 'dos', 'tre', 'sei', 'mil', 'dix', 'six', 'sto', 'mila', 'vent', 'trent', 'dieci', 'veinti', 'sech', 'sieb',
  // Red team xw (session 41): English words (`sex`, `fire`, `hat`, `firs`, `nine`'s `ni`), words of tech prose (`fem`, `ti`,
  // `elli`, `sata`), or articles and `one` (`ett`, `egy`, `bir`, `jedna`, `ένα`).
  'ett', 'fem', 'sex', 'nio', 'tio', 'fire', 'ni', 'ti', 'firs', 'hat', 'egy', 'két', 'öt', 'bir', 'iki', 'elli', 'jedna', 'dva', 'osm', 'ένα', 'sata'];

/**
 * English words that stand where a blocker writes its count without being one (`queue saturation at peak items`,
 * `at max items`, `on slow runners`), and the qualifiers written beside its own count (`at nearly 2048 items`, `at
 * least 2048`, `~2048`): any other word there, one a reader cannot read as English, is read as a count written in words
 * no list holds (`at kvarmil items`, `at dörtbin items`) — fail-closed, never the blocker's count (red team xd/wl,
 * closed session 42). English participles and comparatives (`queued`, `pending`, `larger`) are read by their endings
 * (`countPlaceParaphrase`, src/core/waiver-items.ts), so this list holds the words no ending marks.
 */
export const COUNT_PLACE_PARAPHRASE_WORDS: readonly string[] = [
  'peak', 'max', 'maximum', 'min', 'minimum', 'full', 'high', 'low', 'heavy', 'light', 'large', 'big', 'huge', 'small', 'tiny', 'many', 'several', 'some', 'all',
  'most', 'few', 'more', 'less', 'numerous', 'multiple', 'various', 'other', 'such', 'each', 'every', 'any', 'slow', 'fast', 'old', 'new', 'stale', 'default',
  'current', 'same', 'usual', 'normal', 'extreme', 'excess', 'capacity', 'limit', 'top', 'bulk', 'busy', 'idle', 'long', 'short', 'arm', 'real', 'live',
  'total', 'overall', 'whole', 'entire', 'nominal', 'typical', 'average', 'median', 'mean', 'steady', 'sustained', 'burst', 'spike', 'backlog', 'production',
  // Qualifiers of the count itself, before it (`at about 2048 items`, `at up to 2048 items`).
  'about', 'around', 'approximately', 'approx', 'roughly', 'nearly', 'almost', 'circa', 'ca', 'over', 'under', 'above', 'below', 'beyond', 'past', 'exactly',
  'just', 'only', 'least', 'up', 'than', 'fewer', 'precisely', '~', '≈', '+', '>', '<', '≥', '≤', '>=', '<=', '=',
];
/**
 * Stems of the words that multiply or part a count (`doubled`, `tripled`, `halved`, `multiplied`, `squared`): an English
 * participle, but beside the blocker's count another count (`at 2048 doubled items`).
 */
export const COUNT_ARITHMETIC_STEMS: readonly string[] = [
  'doubl', 'tripl', 'quadrupl', 'quintupl', 'halv', 'multipl', 'squar', 'cub', 'twic', 'thric',
  // Red team xw (session 42): the other multiples (`at 2048 octupled items`, `at trebled items`).
  'trebl', 'redoubl', 'sextupl', 'septupl', 'octupl', 'nonupl', 'decupl', 'centupl',
];
/**
 * Stems of the verbs that grow, shrink or part a count: beside the blocker's own count, another count (`at 2048 increased
 * items`, `at 2048 exponentiated items`: red team xw, session 42); alone in its place, paraphrase (`at increased items`).
 */
export const COUNT_CHANGE_STEMS: readonly string[] = [
  'increas', 'decreas', 'rais', 'summ', 'add', 'scal', 'inflat', 'exponent', 'power', 'divid', 'quarter', 'third', 'repeat', 'grow', 'shrunk', 'reduc', 'expand', 'extend',
];
/**
 * Number words no other list reads (`dozen`, `lakh`, `milliard`), and words a count is written with that are also prose
 * (`tenfold`'s `fold`, `score`): read as parts of number words under an English ending (`at dozened items`, `at tenfolded
 * items`: red team xw, session 42); the words of prose only beside a number word.
 */
export const MORE_NUMBER_WORDS: readonly string[] = ['dozen', 'dozens', 'lakh', 'lakhs', 'crore', 'crores', 'trillion', 'quadrillion', 'milliard', 'googol'];
export const COUNT_MULTIPLIER_PARTS: readonly string[] = ['fold', 'score', 'gross'];

/**
 * Names of a bound, a target, an expected value or another run's in the other languages of the table (red team tj): a
 * value anchored under them (`umbral: {pass_rate_pct: &pr 95}`, `Schwellenwerte`, `阈值`) and aliased into the report was
 * copied from what it is judged against, as one under `limits` is. Rates, times and states of a failure (`taux`,
 * `Dauer`, `bekannt`) are not bounds, and are left out.
 */
export const OTHER_LANGUAGE_BOUND_WORDS: readonly string[] = [
  // Spanish, Portuguese, Italian
  'umbral', 'umbrales', 'límite', 'límites', 'limiar', 'limiares', 'soglia', 'soglie', 'limiti', 'máximo', 'máxima', 'máximos', 'mínimo', 'mínima', 'mínimos',
  'massimo', 'minimo', 'objetivo', 'objetivos', 'obiettivo', 'obiettivi', 'esperado', 'esperada', 'esperados', 'atteso', 'attesi',
  'permitido', 'permitidos', 'consentito', 'anterior', 'anteriores', 'previo', 'previos', 'precedente', 'precedenti', 'referencia', 'referência', 'riferimento',
  // French
  'seuil', 'seuils', 'limite', 'limites', 'objectif', 'objectifs', 'cible', 'cibles', 'attendu', 'attendue', 'attendus', 'autorisé', 'autorisés', 'toléré',
  'précédent', 'précédente', 'précédents', 'référence',
  // German, Dutch
  'grenze', 'grenzen', 'grenzwert', 'grenzwerte', 'schwelle', 'schwellen', 'schwellenwert', 'schwellenwerte', 'maximal', 'minimal', 'ziel', 'ziele',
  'zielwert', 'zielwerte', 'vorgabe', 'vorgaben', 'sollwert', 'sollwerte', 'erwartet', 'erwartete', 'erlaubt', 'zulässig', 'vorherige', 'vorheriger',
  'vorheriges', 'referenz', 'basislinie', 'drempel', 'drempelwaarde', 'grens', 'grenswaarde', 'verwacht', 'vorige',
  // Chinese, Japanese, Korean, Russian
  '阈值', '门限', '上限', '下限', '目标', '期望', '预期', '基线', '上次', '允许', '閾値', 'しきい値', '目標', '期待値', '基準', '前回', '임계값', '목표', '기준',
  'порог', 'пороги', 'лимит', 'лимиты', 'предел', 'цель', 'ожидаемый', 'ожидаемое', 'предыдущий', 'эталон',
];
/**
 * The phases of a Kubernetes pod (`status.phase`) that say it did not end well or cannot say how it ended: `Failed` (a
 * container ended with a code other than 0, or the pod was evicted or ran past its deadline) and `Unknown` (its node lost
 * contact). `Pending` and `Running` say how far it got, `Succeeded` that it ended well (red team xp, session 40).
 */
export const POD_FAILED_PHASES: ReadonlySet<string> = wordSet('POD_FAILED_PHASES', () => ['failed', 'unknown']);
/** The types of a platform's condition that say a run failed when `status` is `"True"` (a Kubernetes Job's `Failed`, `FailureTarget`), as outcomeWord reads them. */
export const FAILED_CONDITION_TYPES: ReadonlySet<string> = wordSet('FAILED_CONDITION_TYPES', () => ['failed', 'failure', 'failuretarget', 'failure target', 'error', 'errored']);
/** A run's phase that says it failed, as outcomeWord reads it (Argo Workflows' `Failed` and `Error`); a phase's name (`build`) is none. */
export const RUN_FAILED_PHASES: ReadonlySet<string> = wordSet('RUN_FAILED_PHASES', () => ['failed', 'failure', 'error', 'errored']);
/** A run's phase that says it has not ended, as outcomeWord reads it (Argo Workflows' `Running` and `Pending`): no outcome of it is known yet. */
export const RUN_NOT_ENDED_PHASES: ReadonlySet<string> = wordSet('RUN_NOT_ENDED_PHASES', () => ['running', 'pending']);
/** Members only an Argo Workflow's status holds beside its phase, as a name's words read (`startedAt`, `finishedAt`, `nodes`, `progress`); a pod's status has `startTime`. */
export const WORKFLOW_STATUS_MEMBERS: ReadonlySet<string> = wordSet('WORKFLOW_STATUS_MEMBERS', () => ['started at', 'finished at', 'nodes', 'progress', 'stored templates', 'estimated duration', 'resources duration']);
/** The lists a pod's status keeps its containers' statuses in, as a name's words read (`containerStatuses`, `initContainerStatuses`). */
export const CONTAINER_STATUS_LISTS: ReadonlySet<string> = wordSet('CONTAINER_STATUS_LISTS', () => ['container statuses', 'init container statuses', 'ephemeral container statuses']);
/**
 * Members only a pod's status holds beside its `phase` (`containerStatuses`, `conditions`, `podIP`, `qosClass`): an
 * object with a phase and one of them is a pod's status, not a plan's or a project's phase.
 */
export const POD_STATUS_MEMBERS: ReadonlySet<string> = wordSet('POD_STATUS_MEMBERS', () => [
  'container statuses', 'init container statuses', 'ephemeral container statuses', 'conditions', 'pod ip', 'pod ips', 'host ip', 'host ips', 'qos class', 'start time', 'nominated node name',
]);
/** Names a child process's record gives its process id (`pid`, `processId`, `process_id`, `osPid`). */
export const PROCESS_ID_NAMES: ReadonlySet<string> = wordSet('PROCESS_ID_NAMES', () => ['pid', 'process id', 'processid', 'os pid', 'ospid']);
/**
 * Names a child process's record gives the command it ran (execa's `command`, Node's `spawnargs` and `spawnfile`,
 * `argv`, `cmdline`): beside a process id, a numeric `status` is that command's exit status (a server's record keeps a
 * pid beside an HTTP status, never the command it ran).
 */
export const PROCESS_COMMAND_NAMES: ReadonlySet<string> = wordSet('PROCESS_COMMAND_NAMES', () => [
  'command', 'cmd', 'args', 'argv', 'spawnargs', 'spawnfile', 'command line', 'commandline', 'cmdline', 'escaped command',
]);
/** Names of where a server listens (`port`, `url`, `host`): a record with a pid and a command beside one is a server's, its `status` an HTTP status. */
export const NETWORK_PLACE_NAMES: ReadonlySet<string> = wordSet('NETWORK_PLACE_NAMES', () => ['port', 'ports', 'url', 'uri', 'host', 'hostname', 'address', 'addr', 'endpoint', 'base url', 'listen', 'listening']);
/**
 * A platform's own name for its list of a run's steps, as a name's words read, when no single word of it names one
 * (`runs`, `nodes`, `actions` alone are test runs, a GraphQL page, a handler's actions): Tekton's `taskRuns` and
 * `pipelineRuns`, Jenkins' wfapi `stageFlowNodes` (red team xe, session 40).
 */
export const PLATFORM_STEP_LISTS: ReadonlySet<string> = wordSet('PLATFORM_STEP_LISTS', () => ['task runs', 'taskruns', 'pipeline runs', 'pipelineruns', 'stage flow nodes', 'stageflownodes']);
/** The list a step keeps its runs in on a platform that runs a step once per parallel container (CircleCI's `steps: [{actions: […]}]`). */
export const STEP_RUN_LISTS: ReadonlySet<string> = wordSet('STEP_RUN_LISTS', () => ['actions']);
/** Words a number an entry holds may be named by when it is the time the entry took (`duration_ms`, `elapsed`, `time`): no failure count. */
export const TIME_TAKEN_WORDS: ReadonlySet<string> = wordSet('TIME_TAKEN_WORDS', () => ['duration', 'time', 'elapsed', 'took', 'ms', 'millis', 'seconds', 'secs', 'sec', 'runtime']);
// Words an exit code's text tells a clean exit in, beside those status-claims.ts lists with its reader (helper ec,
// session 41: red team xp's false failures of `EXIT_SUCCESS (0)`, `NO_ERROR`, `0 (2 warnings)`, `0 (erfolgreich)`).
/**
 * Named constants of a clean exit, as a program or a platform prints one (C's `EXIT_SUCCESS`, BSD's sysexits `EX_OK`,
 * Windows' `ERROR_SUCCESS`, its other name `NO_ERROR`, `NOERROR`, the NTSTATUS `STATUS_SUCCESS`, the HRESULT `S_OK`),
 * written in lower case: each is one word of success, never an error beside a success.
 */
export const CLEAN_EXIT_CONSTANTS: readonly string[] = ['exit_success', 'ex_ok', 'error_success', 'no_error', 'noerror', 'status_success', 's_ok'];
/**
 * The system message of code 0 as Windows prints it (FormatMessage, .NET's Win32Exception, `net helpmsg 0`), in the
 * languages of its editors teams build on, lower case, without its final stop: one phrase of success, never read word by word
 * (`The operation failed` tells no clean exit).
 */
export const CLEAN_EXIT_SYSTEM_MESSAGES: readonly string[] = [
  'the operation completed successfully', 'der vorgang wurde erfolgreich beendet', "l'opération a réussi", 'la operación se completó correctamente',
  'operazione completata', 'a operação foi concluída com êxito', 'de bewerking is voltooid', 'операция успешно завершена',
];
/** Words of a clean exit in other languages than English, beside those of success CLEAN_EXIT_WORDS holds (`0 (beendet)`, `terminé`). */
export const CLEAN_EXIT_WORDS_OF_OTHER_LANGUAGES: readonly string[] = [
  'beendet', 'abgeschlossen', 'fertig', 'terminé', 'terminée', 'réussie', 'terminado', 'completado', 'correctamente', 'concluído', 'concluido',
  'completato', 'riuscito', 'voltooid', 'geslaagd', 'успешно', 'завершено', 'успех',
];
/**
 * Words of the warnings a process that exits 0 may print (`0 (2 warnings)`, `exit code 0 with warnings`, `0 (3 Warnungen)`):
 * a compiler or a linter that warns and exits 0 ended cleanly. Counted or not, they are no failure; `no` may stand before them.
 */
export const EXIT_WARNING_WORDS: readonly string[] = ['warning', 'warnings', 'warn', 'warns', 'warnung', 'warnungen', 'avertissement', 'avertissements', 'advertencia', 'advertencias', 'avviso', 'avvisi', 'aviso', 'avisos', 'waarschuwing', 'waarschuwingen', 'предупреждение', 'предупреждения', 'предупреждений'];
/**
 * Names of the members beside the codes of a map of exit codes by step that tell of the run, not a step's code (`{unit: 0,
 * e2e: 1, note: "e2e is flaky"}`, `runner: ubuntu-22.04`, `at: 2026-03-10T11:00:00Z`, `pid: 4242`): read for words of
 * failure, never as a code. Not `node` or `docs`, which name steps.
 */
export const EXIT_MAP_NOTE_NAMES: readonly string[] = [
  'note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'runner', 'runner name', 'host', 'hostname', 'machine', 'os', 'image', 'at', 'time', 'timestamp',
  'date', 'when', 'started', 'finished', 'ended', 'started at', 'finished at', 'ended at', 'start time', 'end time', 'duration', 'duration ms', 'elapsed', 'elapsed ms',
  'took', 'url', 'link', 'log', 'log url', 'name', 'id', 'pid', 'version', 'command', 'cmd', 'args', 'cwd', 'attempts', 'attempt', 'retries', 'tries', 'runs',
];
/**
 * The notes beside a map of exit codes that are text by nature: a number or a list under one is a step's code, never set
 * aside as a note (`{unit: 0, note: 137}`, `runner: 1`: red team xa, session 41). Not `duration`, `pid`, `attempts`.
 */
export const EXIT_MAP_TEXT_NOTE_NAMES: readonly string[] = [
  'note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'runner', 'runner name', 'host', 'hostname', 'machine', 'os', 'image', 'url', 'link', 'log',
  'log url', 'name', 'command', 'cmd', 'args', 'cwd',
];
/**
 * Names of a legend, a key or a glossary of a report's outcome words (`legend: {failed: "test ran and failed"}`,
 * `status_legend`, `Legende`, `凡例`), read by words (`status_legend` is `status legend`): what its words mean, never what
 * happened (red team xz, session 41: a false failure). Only one that holds definitions is read so (see legendOfOutcomeWords).
 */
export const LEGEND_NAMES: readonly string[] = [
  'legend', 'legends', 'glossary', 'key', 'status legend', 'status key', 'outcome legend', 'outcome key', 'result legend', 'results legend', 'result key',
  'status definitions', 'outcome definitions', 'status meanings', 'status descriptions', 'outcome descriptions', 'symbol legend', 'icon legend', 'icons legend',
  'legende', 'légende', 'leyenda', 'legenda', 'legendă', 'легенда', 'glossar', 'glossaire', 'glosario', 'glossario', '凡例', '图例', '圖例', '범례',
];
/**
 * Words before a pass word that make it a pass not had (red team xw2, session 41): wished, due, expected or denied
 * (`Should pass after a failure`, `Expected to pass after the failure`, `Would have passed after a failure`, `Never once
 * passed after a failure`, `Almost passed after a failure`). A pass so told overcomes no failure after it.
 */
export const PASS_NOT_HAD_WORDS: readonly string[] = [
  'should', 'would', 'could', 'might', 'may', 'must', 'will', 'shall', 'can', 'cannot', 'to', 'expected', 'expect', 'expects', 'supposed', 'hope', 'hopes', 'hoped',
  'hopefully', 'want', 'wants', 'wanted', 'need', 'needs', 'ought', 'likely', 'unlikely', 'almost', 'nearly', 'never', 'not', 'no',
  'sollte', 'sollten', 'soll', 'sollen', 'würde', 'würden', 'müsste', 'muss', 'wird', 'fast', 'devrait', 'doit', 'pourrait', 'va', 'presque',
  'debería', 'debe', 'podría', 'casi', 'dovrebbe', 'deve', 'quasi', 'deveria', 'quase', 'должен', 'должна', 'должно', 'должны', 'будет', 'бы', 'почти',
];
/**
 * Words a none of a failure may go on with as the value of its label (`Errors: none in this run`, `Errors: none so
 * far`, `Fehler: keine gefunden`): where, when or how it was looked for. After any other word the none is of a reason
 * (`Failed to start: no space left on device`, `Error: no such file`, `Build failed: keine Verbindung`).
 */
export const NONE_OF_A_LABEL_GOES_ON: readonly string[] = [
  'in', 'on', 'at', 'for', 'during', 'since', 'this', 'these', 'today', 'yet', 'so', 'here', 'there', 'anywhere', 'whatsoever', 'all',
  'found', 'reported', 'detected', 'seen', 'recorded', 'observed', 'listed', 'left', 'remaining', 'known', 'new', 'expected', 'to', 'from',
  'gefunden', 'erkannt', 'gemeldet', 'im', 'bei', 'trouvé', 'trouvée', 'trouvés', 'trouvées', 'détecté', 'détectée', 'dans', 'encontrado', 'encontrados',
  'encontradas', 'detectado', 'detectados', 'trovato', 'trovati', 'rilevato', 'найдено', 'обнаружено', 'не', 'в', 'во', 'за',
];
/**
 * Nouns of a problem a none before them denies as it denies a failure (`Errors: no blocking issues`, `Failures: no
 * regressions`): a reason of a none names something else that was missing.
 */
export const PROBLEM_NOUNS: readonly string[] = [
  'issue', 'issues', 'problem', 'problems', 'finding', 'findings', 'violation', 'violations', 'regression', 'regressions', 'warning', 'warnings',
  'bug', 'bugs', 'defect', 'defects', 'vulnerability', 'vulnerabilities', 'crash', 'crashes', 'exception', 'exceptions', 'failure', 'failures',
  'probleme', 'problème', 'problèmes', 'problema', 'problemas', 'problemi', 'проблем', 'проблемы',
];
/**
 * Words that make a clause before a failure word last no subject of it (`Steps to take when the build on main failed`,
 * `Docs on why the nightly build failed`, `Retry the deploy to staging if it failed`): read in a subject longer than
 * five words, where a sentence, not a name, tells what failed.
 */
export const NOT_A_SUBJECT_WORDS: readonly string[] = [
  'if', 'when', 'whenever', 'where', 'why', 'how', 'what', 'whether', 'because', 'since', 'until', 'unless', 'once', 'before', 'while', 'whatever',
  'retry', 'rerun', 'restart', 'fix', 'fixes', 'fixed', 'see', 'check', 'investigate', 'explain', 'explains', 'handle', 'ignore', 'ignores', 'notify',
  'wenn', 'falls', 'ob', 'warum', 'wie', 'si', 'quand', 'pourquoi', 'comment', 'cuando', 'porque', 'если', 'когда', 'почему',
];
/**
 * The words a legend's definition of an outcome word may use (`test ran and failed`, `✗ an assertion failed or the test
 * errored`, `one or more assertions failed`, `the check did not pass`): what any test, case or assertion does, never
 * what this run did (red team xs, session 42). A text with any other word (`the login test failed`, `yes, in this run`,
 * `Login test, checkout test`, `two tests failed`) may name an item or tell this run's outcome, so its object is no
 * legend of words and is read as any object beside the status is (fail-closed: a legend in other words is read so).
 * `one` is read only in `one or more` and `at least one`; see LEGEND_WHOLE_RUN_WORDS for `all` and `every`.
 */
export const LEGEND_DEFINITION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'test', 'tests', 'case', 'cases', 'check', 'checks', 'step', 'steps', 'spec', 'specs', 'assertion', 'assertions', 'expectation',
  'expectations', 'scenario', 'scenarios', 'suite', 'suites', 'its', 'ran', 'run', 'runs', 'executed', 'was', 'were', 'is', 'are', 'has',
  'had', 'have', 'been', 'be', 'and', 'or', 'but', 'with', 'without', 'not', 'no', 'did', 'does', 'do', 'passed', 'pass', 'passes', 'passing', 'failed',
  'fail', 'fails', 'failing', 'succeeded', 'success', 'successful', 'successfully', 'held', 'hold', 'holds', 'errored', 'error', 'errors', 'crashed',
  'crash', 'threw', 'thrown', 'throw', 'exception', 'exceptions', 'unexpected', 'unexpectedly', 'timed', 'out', 'timeout', 'skipped', 'skip', 'ignored',
  'pending', 'disabled', 'broken', 'flaky', 'during', 'before', 'could', 'of', 'in', 'on', 'by', 'because', 'due', 'to', 'marked', 'as', 'setup',
  'teardown', 'finish', 'finished', 'completed', 'complete', 'started', 'any', 'unknown', 'retried', 'retry', 'after', 'least', 'more', 'met', 'raised',
  'assertion', 'expected', 'result', 'outcome', 'verdict', 'status',
];
/**
 * Words a legend may use only where it defines a pass or a skip (`✓ all assertions held`, `every assertion held`): under
 * a failure word they tell this run's whole outcome (`failed: "all of them"`).
 */
export const LEGEND_WHOLE_RUN_WORDS: readonly string[] = ['all', 'every', 'each'];
/**
 * Words that open a none of a run's passes before a pass word last (`No tests passed`, `None of the tests passed`,
 * `Nothing passed`, `Not a single test passed`, `Keine Tests bestanden`; red team xs, session 42): no pass was had.
 */
export const NONE_PASSED_OPENINGS: readonly string[] = [
  'no', 'none', 'nothing', 'not', 'zero', 'neither', 'nobody', 'keine', 'kein', 'keiner', 'nichts', 'aucun', 'aucune', 'rien', 'ningún', 'ninguno', 'ninguna',
  'nada', 'nessun', 'nessuno', 'nessuna', 'niente', 'nenhum', 'nenhuma', 'geen', 'niets',
];
/**
 * Auxiliaries a participle follows in its clause, as written, accents kept (helper zd, session 45): English `has failed`,
 * German `ist fehlgeschlagen`, `wurde bestanden`, French `n'a échoué`, `est passé`, Spanish `ha fallado`, `fue aprobado`,
 * Portuguese `foi aprovado`, `é aprovado`, `tem falhado`, Italian `è fallito`, `è stato superato`, `ha fallito`, Dutch `is
 * mislukt`, `werd goedgekeurd`, `heeft gefaald`. One is never a join, whatever its letters read without their marks
 * (Italian `è`, Portuguese `é` are no `e`, and): a none before it reaches the participle after it.
 */
export const AUXILIARIES_BEFORE_A_PARTICIPLE: readonly string[] = [
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be',
  'ist', 'sind', 'war', 'waren', 'wurde', 'wurden', 'worden', 'hat', 'haben', 'hatte', 'hatten',
  'a', 'ont', 'avait', 'avaient', 'est', 'sont', 'été', 'était', 'étaient', 'fut',
  'ha', 'han', 'había', 'habían', 'fue', 'fueron', 'sido', 'es', 'son',
  'foi', 'foram', 'tem', 'têm', 'tinha', 'tinham', 'é', 'são', 'era', 'eram',
  'è', 'sono', 'stato', 'stata', 'stati', 'state', 'hanno', 'erano', 'fu', 'furono',
  'zijn', 'werd', 'werden', 'heeft', 'hebben', 'hadden', 'geweest',
];
/** A negation elided before an auxiliary, its apostrophe between (French `n'a`, `n'ont`, `n'est`; Italian `n'è`). */
export const NEGATIONS_ELIDED_BEFORE_AN_AUXILIARY: readonly string[] = ['n'];
/**
 * Words that only stress a none of a failure as a label's value (`Errors: not a single one`, `Failures: not one`,
 * `Errors: none at all`, `Errors: not any`): a reason of a none names what was missing; these name nothing (red team
 * xs, session 42: a false failure).
 */
export const NONE_STRESS_WORDS: readonly string[] = ['a', 'single', 'one', 'any', 'at', 'all', 'whatsoever', 'even', 'of', 'them', 'ever'];
/**
 * Words after a none that make it a none of part, which tells some failures (`not all tests failed`, `not only unit
 * tests failed`, `not every suite failed`): after a failure's label, such a value is never a none of the failure.
 */
export const NONE_OF_PART_WORDS: readonly string[] = [
  'all', 'every', 'each', 'both', 'only', 'just', 'always', 'quite', 'entirely', 'fully', 'alle', 'jeder', 'jede', 'nur', 'tous', 'toutes', 'seulement', 'todos', 'todas',
  'solo', 'sólo', 'solamente', 'tutti', 'tutte', 'soltanto', 'apenas', 'somente', 'allemaal', 'alleen',
];
/** Words of a pass that is no run's pass when none of it was had (`No xfail tests passed`, `No tests passed unexpectedly`: pytest's xpass). */
export const PASS_SET_ASIDE_WORDS: readonly string[] = ['xfail', 'xfailed', 'xpass', 'xpassed', 'unexpectedly', 'expected', 'flaky', 'quarantined', 'known'];
/**
 * Words that name an exception to a none of failures before them (`no tests failed except login`, `keine Fehler außer
 * Login`, `aucun échec sauf login`, `ningún fallo excepto login`): what they name failed (helper hs, session 42).
 * Words that set what they name outside the count (`0 failures excluding checkout`, `0 Fehler ausgenommen checkout`) are
 * such words too (helper xg, session 44): what is left out of a none of failures may have failed, unless it is tolerated
 * (`0 failures excluding quarantined`).
 */
export const EXCEPTION_WORDS: readonly string[] = [
  'except', 'excepting', 'save', 'barring', 'besides', 'außer', 'ausser', 'sauf', 'excepté', 'hormis', 'excepto', 'salvo', 'tranne', 'eccetto', 'behalve', 'exceto',
  'kromě', 'oprócz', 'кроме', '除了',
  // Nordic and Finnish (red team xm, helper he, session 43): `inga tester misslyckades utom checkout`.
  'utom', 'förutom', 'unntatt', 'undtagen', 'paitsi',
  // Words of leaving out (red team ya, helper xg, session 44): `0 failures excluding checkout`, `0 fallos exceptuando checkout`.
  'excluding', 'omitting', 'ausgenommen', 'exceptuando', 'excluyendo', 'excetuando', 'excluindo', 'escluso', 'esclusa', 'esclusi', 'escludendo', 'eccettuato', 'uitgezonderd', 'vyjma',
  'frånsett', 'исключая',
  // Exceptions a pass of all may be overturned by in other languages (helper zc, session 45): Chinese `除` (`除checkout外`,
  // parted so), Vietnamese `trừ`/`ngoại trừ`, Hindi `सिवाय`/`अलावा`, Arabic `باستثناء`/`عدا`/`سوى`.
  '除', 'trừ', 'सिवाय', 'अलावा', 'باستثناء', 'عدا', 'ماعدا', 'سوى',
];
/**
 * The exception words and phrases above that leave what they name out of a count (`excluding`, `not counting`,
 * `ausgenommen`, `za wyjątkiem`): items not run or lesser findings so left out of a none of failures failed nothing (`0
 * failures excluding skipped tests`), as they fail nothing left out of a pass of all. Phrases written with a space.
 */
export const EXCEPTION_LEAVING_OUT_WORDS: readonly string[] = [
  'excluding', 'omitting', 'ausgenommen', 'exceptuando', 'excluyendo', 'excetuando', 'excluindo', 'escluso', 'esclusa', 'esclusi', 'escludendo', 'uitgezonderd', 'исключая',
  'not counting', 'without counting', 'exclusive of', 'leaving out', 'leaving aside', 'setting aside', 'nicht mitgezählt',
];
/**
 * Exception words read only right after the none's failure word (`0 failures bar checkout`, `No tests failed bar one`)
 * or a pass of all's pass word (`All tests passed bar checkout`, `passed minus checkout`; helper zc, session 45):
 * elsewhere they are nouns or sums (`bar chart`, `progress bar`, `1.2 bar`, `10 minus 2`).
 */
export const EXCEPTION_WORDS_AFTER_A_FAILURE: readonly string[] = ['bar', 'minus'];
/** Words after which such a word is a noun's first part, no exception (`0 failures bar chart`, `bar graph below`). */
export const NOUNS_AFTER_AN_EXCEPTION_NOUN: readonly string[] = ['chart', 'charts', 'graph', 'graphs', 'plot', 'plots', 'diagram', 'code', 'codes', 'line', 'lines', 'view', 'below', 'above', 'attached', 'shown', 'green', 'red', 'full', 'empty'];
/** Exceptions told in two or more words (`other than`, `apart from`, `with the exception of`, `bis auf`, `à part`). */
export const EXCEPTION_PHRASES: readonly (readonly string[])[] = [
  ['other', 'than'], ['short', 'of'], ['apart', 'from'], ['aside', 'from'], ['except', 'for'], ['save', 'for'], ['with', 'the', 'exception', 'of'], ['bis', 'auf'], ['à', 'part'], ['a', 'parte'], ['en', 'dehors', 'de'], ['bortsett', 'fra'], ['bortsett', 'från'], ['med', 'undtagelse', 'af'],
  // Leaving out in two or more words (helper xg, session 44): `not counting`, `exclusive of`, `abgesehen von`, `z wyjątkiem`, `за исключением`.
  ['not', 'counting'], ['without', 'counting'], ['exclusive', 'of'], ['leaving', 'out'], ['leaving', 'aside'], ['setting', 'aside'], ['abgesehen', 'von'], ['mit', 'ausnahme', 'von'],
  ['nicht', 'mitgezählt'], ['a', 'excepción', 'de'], ['con', 'excepción', 'de'], ['ad', 'eccezione', 'di'], ['a', 'eccezione', 'di'], ['a', 'exceção', 'de'], ['com', 'exceção', 'de'],
  ['met', 'uitzondering', 'van'], ['z', 'wyjątkiem'], ['s', 'výjimkou'], ['za', 'wyjątkiem'], ['за', 'исключением'], ['за', 'винятком'], ['med', 'undantag', 'av'], ['med', 'unntak', 'av'],
  // French `à l'exception de`, `l’exception de` (the apostrophe parts its article off; helper zc, session 45).
  ['exception', 'de'],
];
/**
 * Words of contrast after a none of failures (`nothing failed but the login test`, `keine Fehler, aber Login`): they
 * start a clause of its own or name an exception that failed (helper hs, session 42).
 */
export const CONTRAST_WORDS: readonly string[] = ['but', 'aber', 'doch', 'sondern', 'mais', 'pero', 'sino', 'ma', 'maar', 'mas', 'но', 'однако', '但', '但是'];
/**
 * Words after a contrast that make what follows a clause of its own rather than an exception to the none (`no tests
 * failed but some were slow`, `no errors but warnings`, `nothing failed but it took long`): a subject pronoun, a verb, or a
 * finding below a failure. Read with the clause verbs, pass and outcome words of status-claims.ts.
 */
export const CLAUSE_AFTER_A_CONTRAST_WORDS: readonly string[] = [
  'it', 'they', 'we', 'there', 'this', 'he', 'she', 'i', 'you', 'es', 'sie', 'wir', 'il', 'ils', 'elle', 'nous',
  'took', 'takes', 'ran', 'got', 'became', 'remained', 'stayed', 'seems', 'seemed', 'looks', 'looked', 'went', 'dropped', 'increased', 'decreased', 'slowed', 'rose', 'fell',
  'slow', 'slower', 'slowly', 'late', 'langsam', 'lent', 'lente', 'lento', 'lenta', 'traag', 'warning', 'warnings', 'note', 'notes', 'hint', 'hints', 'deprecation', 'deprecations', 'todo', 'todos', 'skipped', 'skips', 'pending',
  'warnungen', 'avertissements', 'advertencias', 'avvisi', 'waarschuwingen', 'avisos',
  'war', 'waren', 'ist', 'sind', 'hat', 'haben', 'dauerte', 'était', 'étaient', 'est', 'sont', 'fue', 'fueron', 'era', 'eran', 'son', 'è', 'sono', 'erano', 'foi', 'foram',
];
/**
 * Parts of the names of platforms, runners, toolchains and editions that end in a year (`windows-server-2022`,
 * `ubuntu-lts-2024`, `rust-edition-2021`): a name holding one of them and a year last names no test
 * (core/waiver-test-names.ts), where `qjs-regexp-2024` does.
 */
export const YEAR_NAMED_PLATFORM_PARTS: readonly string[] = [
  'windows', 'win', 'server', 'ubuntu', 'debian', 'fedora', 'rhel', 'centos', 'alpine', 'linux', 'macos', 'osx', 'darwin', 'ios', 'android', 'lts', 'runner', 'runners',
  'image', 'images', 'vs', 'visual', 'studio', 'msvc', 'sql', 'office', 'xcode', 'edition', 'std', 'c', 'cpp', 'cxx', 'ecmascript', 'es', 'ecma', 'iso', 'release', 'sdk', 'toolchain', 'toolset',
  'platform', 'node', 'nodejs', 'python', 'java', 'jdk', 'go', 'rust', 'gcc', 'clang', 'llvm', 'openssl', 'unicode', 'cldr', 'tzdata', 'spec', 'standard', 'draft', 'rfc', 'cve', 'ghsa',
];
/** Products and tools named as Go names a test (`TestFlight`, `TestNG`), which name no test of the run. */
export const TEST_TOOL_NAMES: readonly string[] = [
  'testflight', 'testng', 'testcafe', 'testrail', 'testcomplete', 'testlink', 'testcontainers', 'testinfra', 'testlab', 'testcafé', 'testthat', 'testdouble', 'testem', 'testim', 'testrunner',
];
/**
 * Words that take back what a disclaimer said, in the rest of its sentence (text/fold.ts `takenBack`: `…: not yet;
 * kidding, it is.`). A retraction, anywhere unless negated (`no kidding`, `not joking` keep it), in English and other
 * languages, written as fold.ts reads words (lower case, NFKC, marks and apostrophes part words).
 */
export const RETRACTION_PHRASES: readonly string[] = [
  'kidding', 'jk', 'j k', 'joking', 'joke', 'scratch that', 'april fools', 'april fool', 'psych', 'sike', 'gotcha', 'i lied', 'trolling', 'not serious',
  'spaß', 'spass', 'scherz', 'witz', 'je plaisante', 'je rigole', 'blague', 'broma', 'bromeo', 'bromeando', 'coña', 'scherzo', 'scherzavo', 'scherzando',
  'brincadeira', 'brincando', 'шучу', 'шутка', 'шуткa', 'жартую', 'жарт', 'grapje', 'geintje', 'żartuję', 'żart', 'skämt', 'skämtar', 'spøk', 'tuler', '冗談', '开玩笑', '開玩笑',
];
/** Words that open a contradiction of what was just said (`no, it ships today`, `actually, it is`, `doch, ist es`). */
export const CONTRADICTION_OPENERS: readonly string[] = [
  'no', 'nope', 'nah', 'yes', 'yeah', 'yep', 'actually', 'in fact', 'in reality', 'really', 'correction', 'update', 'edit', 'wrong', 'wait', 'oh wait', 'well actually',
  'doch', 'eigentlich', 'tatsächlich', 'ja', 'nein', 'sì', 'sí', 'oui', 'non', 'en fait', 'en realidad', 'de hecho', 'in realtà', 'anzi', 'na verdade', 'sim', 'não',
  'да', 'нет', 'на самом деле', 'вообще то', 'вообще-то', 'eigenlijk', 'jawel', 'właściwie', 'tak', 'faktiskt', 'jo',
];
/** Words that say a thing is there (`it is`, `it's here`, `it ships today`, `es ist`, `c'est prêt`): a contradiction's. */
export const AFFIRMING_WORDS: readonly string[] = [
  'is', 'are', 'does', 'do', 'did', 's', 're', 'ships', 'shipped', 'works', 'runs', 'ready', 'available', 'done', 'here', 'today', 'now', 'already', 'indeed', 'yes', 'live',
  'ist', 'sind', 'geht', 'fertig', 'est', 'sont', 'prêt', 'es', 'son', 'está', 'listo', 'è', 'sono', 'pronto', 'é', 'да', 'есть', 'готово', 'работает',
];
/**
 * Words that keep a disclaimer standing in the words after it (`not yet; in fact it is tracked for v2`, `no, it is only
 * the extension host`): a negation, a wait, a limit. A contradiction that holds one takes nothing back.
 */
export const DISCLAIMER_KEEPING_WORDS: readonly string[] = [
  'not', 'no', 'never', 't', 'nicht', 'kein', 'keine', 'nie', 'pas', 'non', 'jamais', 'nunca', 'mai', 'não', 'не', 'нет', 'niet', 'geen', 'nie',
  'deferred', 'planned', 'later', 'tracked', 'non', 'nongoal', 'goal', 'scope', 'excluded', 'unsupported', 'unclaimed', 'wontfix', 'won', 'see', 'roadmap', 'future', 'scheduled', 'pending', 'only', 'partial', 'partially', 'subset', 'until', 'after', 'before', 'when', 'once', 'if',
  'unless', 'next', 'upcoming', 'soon', 'eventually', 'will', 'would', 'might', 'may', 'could', 'should', 'someday', 'noch', 'encore', 'todavía', 'ancora', 'ещё', 'еще', 'пока',
];
/**
 * Words that join the members of an exception to a none of failures (`except the flaky login test and checkout`,
 * `außer Login und Checkout`, `sauf login et checkout`): each member is read on its own, so a tolerance said of one
 * never carries another (helper hn, session 43). `or` joins too: an exception that may have been the other member
 * names a failure unless both are tolerated. Not Dutch `en`/`of` nor Czech `a`: they are French `en` (in), English
 * `of` and `a`, which part no list there.
 */
export const EXCEPTION_MEMBER_JOINS: readonly string[] = [
  'and', 'or', 'nor', 'plus', 'und', 'oder', 'sowie', 'et', 'ou', 'y', 'o', 'e', 'i', 'oraz', 'lub', 'albo', 'и', 'или', 'та', 'і', 'або', '和', '与', '及', '或',
  // Words that add a member as well as `and` does (helper he, session 43): `the flaky login test alongside checkout`.
  'alongside', 'besides', 'then', 'also', 'additionally', 'samt', 'neben', 'bzw', 'beziehungsweise', 'nonché', 'nonche', 'inclusive',
];
/**
 * Joins that add members to a head: after a tolerated plural head they list what it holds, as a colon does (`flaky tests
 * including login and checkout`); after anything else they add a member (`the flaky login test including checkout`).
 */
export const EXCEPTION_MEMBER_HEAD_JOINS: readonly string[] = ['including', 'incl', 'namely', 'einschließlich', 'inklusive', 'inkl', 'notamment', 'incluyendo', 'incluso', 'inclusi'];
/** Joins of an exception's members read only after an exception word of their language: Dutch `en`, `of` after `behalve`. */
export const EXCEPTION_MEMBER_JOINS_AFTER: ReadonlyMap<string, readonly string[]> = new Map([['behalve', ['en', 'of']]]);
/** Joins of an exception's members told in two or more words (`as well as`, `along with`, `together with`, `ainsi que`). */
export const EXCEPTION_MEMBER_JOIN_PHRASES: readonly (readonly string[])[] = [
  ['as', 'well', 'as'], ['along', 'with'], ['together', 'with'], ['in', 'addition', 'to'], ['ainsi', 'que'], ['así', 'como'], ['as', 'also'],
  ['as', 'well'], ['not', 'to', 'mention'], ['let', 'alone'], ['als', 'auch'], ['zusammen', 'mit'], ['sowie', 'auch'], ['de', 'même', 'que'], ['junto', 'con'], ['junto', 'com'],
  ['además', 'de'], ['insieme', 'a'], ['assieme', 'a'], ['bem', 'como'], ['assim', 'como'], ['así', 'como', 'también'],
];
/**
 * Words that negate a tolerance after them in an exception's member (`those not quarantined`, `tests that were never
 * flaky`, `non flaky ones`, `nicht quarantänisiert`): such a member names a failure. `no` is no such word: `but no flaky
 * ones` is a none.
 */
export const TOLERANCE_NEGATORS: readonly string[] = [
  'not', 'non', 'never', 'nicht', 'nie', 'pas', 'ne', 'jamais', 'nunca', 'не', 'niet', 'nem', 'não', 'nao',
  // A tolerance of the past or hedged away is none now (helper he, session 43): `the previously flaky login test`.
  'previously', 'formerly', 'once', 'hardly', 'barely', 'scarcely', 'früher', 'frueher', 'ehemals', 'vormals', 'einst', 'keineswegs', 'kaum', 'autrefois', 'anciennement', 'jadis',
  'naguère', 'antes', 'anteriormente', 'antiguamente', 'precedentemente', 'ehemalig', 'ehemalige', 'ehemaligen', 'former',
];
/** Negations and past of a tolerance told in two or more words (`no longer quarantined`, `used to be flaky`, `ya no flaky`). */
export const TOLERANCE_NEGATOR_PHRASES: readonly (readonly string[])[] = [
  ['no', 'longer'], ['no', 'more'], ['used', 'to'], ['ya', 'no'], ['nicht', 'mehr'], ['kein', 'mehr'], ['plus', 'du', 'tout'], ['não', 'mais'], ['non', 'più'], ['far', 'from'], ['by', 'no', 'means'],
];
/** Words that deny a tolerance asked after it (`the login test: flaky? no`). */
export const TOLERANCE_DENIALS: readonly string[] = ['no', 'nope', 'nein', 'non', 'não', 'нет', 'nee', 'niet'];
/**
 * Words of a remark after an exception's members that says all of them are tolerated (`login and checkout (both
 * flaky)`, `…, which are flaky`, `…, alle quarantänisiert`); a remark without one is said of the member before it only.
 */
export const EXCEPTION_ALL_MEMBERS_WORDS: readonly string[] = ['both', 'all', 'each', 'are', 'were', 'beide', 'beiden', 'alle', 'sind', 'waren', 'tous', 'toutes', 'deux', 'sont', 'ambos', 'ambas', 'todos', 'todas', 'son', 'entrambi', 'tutti', 'sono', 'são'];
/**
 * Tolerances the exception reader takes besides the vocabulary's (`sauf login et checkout (instables)`): `flaky` in
 * other languages; a plural one is said of all members before it.
 */
export const EXCEPTION_TOLERANCES: readonly string[] = ['instable', 'inestable', 'instabile', 'instável', 'instavel', 'wackelig'];
export const EXCEPTION_PLURAL_TOLERANCES: readonly string[] = ['instables', 'inestables', 'instabili', 'instáveis', 'instaveis', 'wackelige', 'wackeligen'];
/**
 * Words after which a join within an exception's member joins the member's places or versions, not members (`the flaky
 * login test in firefox and chrome`, `on node 18 and 20`, `(retry 1 and 2)`, `in login and checkout suites`).
 */
export const EXCEPTION_MODIFIER_OPENERS: readonly string[] = ['in', 'on', 'under', 'across', 'at', 'via', 'for', 'with', 'retry', 'retries', 'attempt', 'attempts', 'try', 'tries', 'run', 'runs', 'im', 'auf', 'unter', 'dans', 'sur', 'sous', 'en', 'con', 'bajo', 'em', 'su', 'nel', 'nella'];
/** Places a member runs in, named after a modifier (`in firefox and chrome`, `on linux and macos`): no tests. */
export const EXCEPTION_MODIFIER_PLACES: readonly string[] = [
  'firefox', 'chrome', 'chromium', 'safari', 'webkit', 'edge', 'opera', 'electron', 'linux', 'macos', 'mac', 'windows', 'win', 'ubuntu', 'debian', 'alpine', 'fedora', 'centos',
  'ios', 'android', 'node', 'nodejs', 'deno', 'bun', 'python', 'jdk', 'java', 'ruby', 'go', 'arm', 'arm64', 'amd64', 'x64', 'x86', 'aarch64', 'mobile', 'desktop', 'tablet',
];
/** Articles and determiners that open a naming of its own (`in firefox and the checkout specs`): no shared place noun after them. */
export const EXCEPTION_PLACE_ARTICLES: readonly string[] = ['the', 'a', 'an', 'our', 'its', 'their', 'all', 'both', 'der', 'die', 'das', 'den', 'dem', 'le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'gli', 'o', 'os', 'as'];
/**
 * Count words of a tolerated head before its list (`two flaky tests: …`), by value from 2: a list naming more than it
 * counts names a failure. Words of a pair and of both count two (`a couple of flaky tests`, `a pair of`, `both`, `beide`,
 * `ambos`) and words of a dozen twelve (helper za, session 45): a head that counts in them counts as exactly.
 */
export const EXCEPTION_HEAD_COUNT_WORDS: readonly (readonly string[])[] = [
  ['two', 'zwei', 'deux', 'dos', 'due', 'dois', 'duas', 'twee', 'couple', 'pair', 'both', 'beide', 'beiden', 'paire', 'ambos', 'ambas', 'entrambi', 'entrambe', 'allebei'],
  ['three', 'drei', 'trois', 'tres', 'tre', 'três', 'drie', 'trio'], ['four', 'vier', 'quatre', 'cuatro', 'quattro', 'quatro'],
  ['five', 'fünf', 'cinq', 'cinco', 'cinque', 'vijf'], ['six', 'sechs', 'seis', 'sei', 'zes'], ['seven', 'sieben', 'sept', 'siete', 'sette', 'sete', 'zeven'],
  ['eight', 'acht', 'huit', 'ocho', 'otto', 'oito'], ['nine', 'neun', 'neuf', 'nueve', 'nove', 'negen'], ['ten', 'zehn', 'dix', 'diez', 'dieci', 'dez', 'tien'],
  ['eleven', 'elf', 'onze', 'undici'], ['twelve', 'zwölf', 'douze', 'doce', 'dodici', 'doze', 'twaalf', 'dozen', 'dutzend', 'douzaine', 'docena', 'dozzina', 'dúzia'],
];
/**
 * Shortenings that say "how many" in a count's name beside `count`, `num`, `number` (helper za, session 45): `skip_cnt`,
 * `skipped_qty`, `skipped_amount`, `nr_skipped`, `nbr_failed`; and `no` before `of` (`no_of_skipped`). A count so named is
 * a part of its total as `skipped_count` is.
 */
export const COUNT_NAME_SHORTENINGS: readonly string[] = ['cnt', 'cnts', 'qty', 'quantity', 'amount', 'nr', 'nbr', 'nb', 'nro', 'anz'];
export const COUNT_NAME_SHORTENINGS_BEFORE_OF: readonly string[] = ['no', 'nos'];
/**
 * Outcomes beside passed, failed and skipped that runners count apart from them and within their total (Jest's and
 * Vitest's `numPendingTests` and `numTodoTests`, Mocha's and Cypress's `pending`, RSpec's `pending`): a part of the total as
 * the skipped count is, so passed and pending together above the total cannot both hold (helper za, session 45).
 */
export const PENDING_OUTCOME_WORDS: readonly string[] = ['pending', 'todo', 'todos'];
/** Two-word heads that count two, whose second word alone names other things (`un par de pruebas`, `um par de testes`; French `par` is `by`). */
export const EXCEPTION_HEAD_PAIR_PHRASES: readonly (readonly [string, string])[] = [['un', 'par'], ['um', 'par']];
/** Words that halve the count word after them in a tolerated head (`half a dozen flaky tests`, `ein halbes Dutzend`, `une demi-douzaine`). */
export const EXCEPTION_HEAD_HALF_WORDS: readonly string[] = ['half', 'halbes', 'halb', 'demi', 'media', 'mezza', 'meia'];
/**
 * Labels of a note or disclosure (`<details><summary>why</summary>…`): a line of them alone after an exception's
 * members labels a note of its own and names no member (helper xg, session 44).
 */
export const NOTE_LABEL_WORDS: readonly string[] = [
  'why', 'details', 'detail', 'more', 'info', 'note', 'notes', 'reason', 'context', 'show', 'expand', 'see', 'log', 'logs', 'history', 'warum', 'pourquoi', 'por', 'qué', 'que', 'perché', 'porque',
];
/** Words of an aside between an exception's members that name nothing (`except, of course, the flaky ones`). */
export const EXCEPTION_ASIDE_WORDS: readonly string[] = ['of', 'course', 'naturally', 'obviously', 'as', 'usual', 'always', 'ever', 'again', 'once', 'more', 'natürlich', 'bien', 'sûr', 'claro', 'ovviamente'];

/**
 * Words that say a value was never measured (red team xj, session 43): planned, assumed, estimated, promised, cached,
 * made up. A value anchored under a name holding one (`planned: {pass_rate_pct: &r 100}`, `estimated: &c 91.5`,
 * `cached: {failed: &f 0}`), or under an anchor so named (`&planned_failed`), and aliased into the report was copied from
 * what the run was meant or assumed to produce, as one under `baseline` is. Read as any word of a step of the anchor's
 * path or of its name, so only participles and adjectives that describe the value itself are here: nouns that also name
 * what is measured (`template_render_ms`, `mock_server_p99`, `seed: 42`, `initial_load_ms`, `sample_latency`) are
 * {@link STAND_IN_DOCUMENT_WORDS}, and adjectives that also name a measured thing (`old_gen_used_mb`, a JVM's old
 * generation) are read there too. `simulated` and `synthetic` are left out: a simulated load test and a synthetic probe
 * measure; so is `pending` (Mocha's count of pending tests). Two-word entries (`made up`) are read as adjacent words.
 */
export const NEVER_MEASURED_WORDS: readonly string[] = [
  'planned', 'projected', 'projection', 'projections', 'estimated', 'estimate', 'estimates', 'estimation', 'forecast', 'forecasted', 'predicted', 'prediction',
  'assumed', 'assumption', 'assumptions', 'promised', 'claimed', 'declared', 'intended', 'hypothetical', 'cached', 'fake', 'faked', 'mocked', 'stubbed',
  'unset', 'notset', 'dummy', 'placeholder', 'placeholders',
  // red team xc, session 43: other English words of a value written rather than measured.
  'canned', 'nominal', 'desired', 'ideal', 'hardcoded', 'hard coded', 'guessed', 'guess', 'guesstimate', 'made up', 'madeup', 'invented', 'fabricated', 'pretend',
];
/**
 * The words of {@link NEVER_MEASURED_WORDS} in other languages (red team xc, session 43): planned, estimated, assumed,
 * placeholder, made up, read as the bound words beside them are ({@link OTHER_LANGUAGE_BOUND_WORDS}).
 */
export const OTHER_LANGUAGE_NEVER_MEASURED_WORDS: readonly string[] = [
  // German, Dutch
  'geplant', 'geplante', 'geplanter', 'geschätzt', 'geschätzte', 'geschätzter', 'angenommen', 'platzhalter', 'erfunden', 'gepland', 'geschat',
  // Spanish, Portuguese, Italian
  'estimado', 'estimada', 'estimados', 'previsto', 'prevista', 'previstos', 'planificado', 'planeado', 'supuesto', 'estimativa', 'planejado', 'stimato', 'stimata', 'pianificato',
  // French
  'prévu', 'prévue', 'prévus', 'estimé', 'estimée', 'estimés', 'planifié', 'supposé', 'fictif', 'fictive',
  // Russian, Chinese, Japanese, Korean
  'плановый', 'плановое', 'запланировано', 'заглушка', '预计', '预估', '估计', '计划', '占位符', '予定', '見込み', '推定', '仮', '예상', '예정',
];

/**
 * Nouns of a stand-in for a report (a template, an example, a fixture, a seed, a mock, a draft) and adjectives of a copy
 * kept from before (`old`, `stale`): read as a whole step of the anchor's path or as the anchor's name, alone or beside
 * words that do not change what they name ({@link STAND_IN_FILLER_WORDS}: `template_v2`, `example_1`, `my_template`,
 * `the_example`), or beside words that name a report's parts or its outcome ({@link REPORT_PART_WORDS}: `report_template`,
 * `example_output`, `seed_data`, `example_failed`, `old_value`). Beside
 * anything else they name what was measured (`template_render_ms`, `seed: 42`, `initial_load_ms`, `old_gen_used_mb`,
 * `fixture_setup_ms`); before a word of a count they name what was counted (RSpec's `example_count`). A plural
 * (`examples`, `fixtures`, `mocks`) lists a run's items as a list or as their tally (`examples: [...]`, `examples:
 * {failed: 0}`), and stand-ins as entries under names of their own (`examples: {sample_run: {failed: 0}}`; red team
 * xf, session 43).
 */
export const STAND_IN_DOCUMENT_WORDS: readonly string[] = [
  'template', 'tmpl', 'tpl', 'example', 'skeleton', 'stub', 'mock', 'fixture', 'seed', 'initial', 'draft', 'scaffold', 'boilerplate', 'specimen', 'old', 'stale', 'outdated',
];
/**
 * Nouns of a stand-in that also name what a tool measures (red team xc, session 43): an RSpec spec, a JMeter sample, a
 * Terraform plan, a demo. Read only alone, or beside {@link STAND_IN_FILLER_WORDS} (`spec`, `the_plan`, `demo_2`): beside a
 * report's part they name a real report (`spec_results`, `sample_summary`, `plan_summary`), and beside anything else what
 * was measured (`demo_app_p99_ms`). `cache` is none: `cache_metrics` and a bare `cache` hold hits and misses measured; a
 * copy from a cache is `cached`.
 */
export const MEASURED_ITEM_STAND_IN_WORDS: readonly string[] = ['spec', 'sample', 'plan', 'demo'];
/**
 * Stand-in nouns whose shortened spellings are read as the noun (red team xf, session 43): cut short after a consonant
 * (`templ`, `exampl`, `placeh`) or written in their consonants (`tmpl`, `tmplt`, `exmpl`, `xmpl`, `smpl`, `plchldr`,
 * `fxtr`). Only nouns long enough that a shortening names nothing else (`boilerplate` is left out: `boiler` is a word;
 * `initial`: `intl` is international's).
 */
export const ABBREVIATED_STAND_IN_NOUNS: readonly string[] = ['template', 'example', 'sample', 'placeholder', 'fixture', 'skeleton', 'scaffold', 'specimen', 'dummy', 'mock'];
/**
 * Shortenings of {@link ABBREVIATED_STAND_IN_NOUNS} cut to four letters or three consonants (`fixt`, `smp`, `dmy`,
 * `mck`: helper xh, session 44) that are words of their own, never read as the noun: `temp` and `tmp` (a temperature,
 * a temporary), `exam`, `spec` and `spc` (a test file, a space), `plc` (a controller), `xmp` (image metadata, memory
 * profiles), `skl` (Intel's Skylake, a benchmark's CPU), `scf`.
 */
export const SHORTENINGS_NAMING_OTHER_THINGS: readonly string[] = ['temp', 'tmp', 'exam', 'spec', 'spc', 'plc', 'xmp', 'skl', 'scf'];
/**
 * Nouns of a tool's measured item read as a test file when they are an anchor's whole name (`login_spec: {failed:
 * &spec 0}`, a Jasmine or RSpec spec file's tally; helper xh, session 44): as a step of a path they stay stand-ins
 * (Kubernetes' `spec` holds the desired state, never measured).
 */
export const TEST_FILE_ANCHOR_WORDS: readonly string[] = ['spec'];
/**
 * Words of an entry's name that name a run, a build or a job (`examples: {sample_run: {failed: &a 0}}`, `Fixtures:
 * {checkoutRun: ...}`, `beispiele: {lauf_1: ...}`): under a stand-in's plural, a run's tally kept as a stand-in (helper
 * xh, session 44). Under any other name the entry is the tool's own item (pytest's `fixtures: {db_session: {setup_ms}}`,
 * helm's `templates: {deployment.yaml: {errors}}`, a mock server's `mocks: {payment_api: {unmatched_requests}}`).
 */
/**
 * Stand-in plurals whose entries a tool names freely after its own objects (helper zd, session 45): pytest's `fixtures:
 * {run_migrations: {setup_ms}}`, a mock server's `mocks: {pipeline_api: {unmatched_requests}}`, a template engine's or
 * linter's `templates: {login_page: …}`. An entry of one is read as a run's tally kept as a stand-in only under a run's
 * name and holding no measure of the tool's own ({@link OWN_MEASURES_OF_FREELY_NAMED_ITEMS}); under any other stand-in
 * plural (`examples`, `samples`) an entry holding a run's tally is one whatever its name.
 */
export const FREELY_NAMED_STAND_IN_PLURALS: readonly string[] = ['fixtures', 'fixture', 'mocks', 'mock', 'stubs', 'stub', 'fakes', 'fake', 'doubles', 'templates', 'template'];
/**
 * What those tools measure of their own objects (helper zd, session 45): pytest's fixture setup and teardown, a mock
 * server's requests and calls. An entry holding one is the tool's object whatever it is named (`fixtures:
 * {run_migrations: {setup_ms}}`); one holding a run's outcome or latency under a run's name is a run's (`fixtures:
 * {nightly_run: {failed}}`, `{login-suite: {p99_latency_ms}}`).
 */
export const OWN_MEASURES_OF_FREELY_NAMED_ITEMS: readonly string[] = ['setup', 'teardown', 'requests', 'request', 'unmatched', 'matched', 'calls', 'call', 'invocations', 'hits'];
/**
 * What a linter measures of each template file it read (helper rf, session 46): helm lint's `templates:
 * {example-deployment.yaml: {errors: 0}}`, `job.yaml`). Only of a file under `templates`: an entry there not named as a
 * file (`templates: {nightly_build: {errors}}`) is no linted file, and a test run's tally (`templates: {nightly_run.json:
 * {failed}}`) no linter's measure.
 */
export const OWN_MEASURES_OF_LINTED_TEMPLATE_FILES: readonly string[] = ['errors', 'error', 'warnings', 'warning'];
/**
 * Entries a tool keeps its own tallies under a stand-in plural (helper zd, session 45): Hypothesis's statistics by phase
 * (`examples: {generate: {passing, failing}}`, `explicit`, `reuse`, `target`, `shrink`).
 */
export const TOOL_ENTRIES_UNDER_STAND_IN_PLURALS: readonly string[] = ['generate', 'explicit', 'reuse', 'target', 'shrink'];
export const RUN_NAME_WORDS: readonly string[] = [
  'run', 'runs', 'rerun', 'reruns', 'build', 'builds', 'job', 'jobs', 'pipeline', 'pipelines', 'execution', 'executions', 'suite', 'suites', 'nightly', 'daily', 'weekly', 'workflow',
  'lauf', 'durchlauf', 'corsa', 'esecuzione', 'ejecución', 'corrida', 'exécution', 'execução', 'uitvoering', 'прогон', 'запуск', 'przebieg', 'uruchomienie',
];
/**
 * The plurals of {@link OTHER_LANGUAGE_STAND_IN_WORDS} and their singulars (helper xh, session 44): `beispiele`,
 * `vorlagen`, `esempi`, `voorbeelden`, `примеры`. No tool tallies its items under another language's plural (RSpec's
 * `examples: {failed: 0}` is English), so these are read as stand-ins over a tally too.
 */
export const OTHER_LANGUAGE_STAND_IN_PLURALS: ReadonlyArray<readonly [string, string]> = [
  ['beispiele', 'beispiel'], ['vorlagen', 'vorlage'], ['entwürfe', 'entwurf'], ['voorbeelden', 'voorbeeld'], ['sjablonen', 'sjabloon'],
  ['ejemplos', 'ejemplo'], ['plantillas', 'plantilla'], ['borradores', 'borrador'], ['exemplos', 'exemplo'], ['esempi', 'esempio'], ['bozze', 'bozza'],
  ['exemples', 'exemple'], ['gabarits', 'gabarit'], ['brouillons', 'brouillon'],
  ['шаблоны', 'шаблон'], ['примеры', 'пример'], ['образцы', 'образец'], ['черновики', 'черновик'],
  ['przykłady', 'przykład'], ['szablony', 'szablon'], ['szkice', 'szkic'],
];
/** The same nouns in other languages: example, template, sample, draft (Polish added by helper xh, session 44). */
export const OTHER_LANGUAGE_STAND_IN_WORDS: readonly string[] = [
  'beispiel', 'vorlage', 'muster', 'entwurf', 'voorbeeld', 'sjabloon', 'ejemplo', 'plantilla', 'borrador', 'exemplo', 'esempio', 'bozza', 'exemple', 'gabarit', 'brouillon',
  'przykład', 'szablon', 'szkic',
  'шаблон', 'пример', 'образец', 'черновик', '示例', '例子', '样例', '模板', '范例', '草稿', 'テンプレート', 'サンプル', '例', '雛形', '템플릿', '예시', '샘플',
];
/** Words beside a stand-in's noun that leave it naming the stand-in: articles, possessives, versions and numbers (`v2`, `1`, `001`). */
export const STAND_IN_FILLER_WORDS: readonly string[] = ['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'default', 'new', 'copy', 'of', 'for', 'der', 'die', 'das', 'el', 'la', 'le', 'il', 'un', 'une', 'una', 'ein', 'eine'];
/** Words of a count after a stand-in's noun: `example_count` counts examples (RSpec), never a stand-in's value. */
export const COUNT_OF_WORDS: readonly string[] = ['count', 'counts', 'number', 'num', 'total', 'size', 'len', 'length', 'amount'];
/** Words naming a report, its parts or its outcome, which a stand-in noun may carry (`report_template`, `example_output`, `mock_results`, `example_failed`). */
export const REPORT_PART_WORDS: readonly string[] = [
  'report', 'reports', 'result', 'results', 'data', 'value', 'values', 'output', 'outputs', 'run', 'file', 'state', 'summary', 'doc', 'document', 'payload', 'response', 'metrics', 'status', 'counts',
  'outcome', 'verdict', 'failed', 'fail', 'failures', 'passed', 'pass', 'skipped',
];
/**
 * Words that open a clause of its own after a comma, semicolon or dash that ends an exception's naming (`except checkout,
 * which we retried twice on the nightly runner`, `except checkout; since the cache was cold …`): with the clause joins
 * and the words of a clause after a contrast, they end the naming however long the clause is (helper ce, session 43).
 */
export const EXCEPTION_CLAUSE_OPENINGS: readonly string[] = [
  'which', 'who', 'whose', 'where', 'when', 'whenever', 'because', 'since', 'as', 'after', 'before', 'once', 'until', 'unless', 'if',
  'welche', 'welcher', 'welches', 'weil', 'wenn', 'als', 'qui', 'quand', 'car', 'parce', 'lorsque', 'cuando', 'porque', 'donde',
];
/**
 * Words before a none in a longer summary's sentence that make the none another's words or a condition, with the words
 * that open a clause (`a bug where the dashboard said no tests failed except …`, `it claimed that nothing failed but …`):
 * such a sentence is prose about a summary, not one (helper ce, session 43).
 */
export const LEAD_OF_ANOTHERS_NONE: readonly string[] = [
  'that', 'said', 'says', 'say', 'claimed', 'claims', 'claim', 'mentions', 'mentioned', 'wrote', 'writes', 'showed', 'shows', 'whether', 'dass', 'ob', 'sagte', 'behauptete', 'dijo', 'dice', 'disait', 'dit',
];

/**
 * Names of the count a measured value or an outcome is measured over that no role word gives (red team xc, session 43):
 * Jest's `test_suites`, `attempted`, `trials`, a ratio's `denominator`, `out_of`, TAP's plan (`planned`, `tests_planned`),
 * pytest's `selected`. Read as a whole name: `selected_reason`, `planned_date` are other things.
 */
export const DENOMINATOR_NAMES: readonly string[] = [
  'test suites', 'attempted', 'attempts total', 'trials', 'num trials', 'n trials', 'denominator', 'out of', 'planned', 'tests planned', 'plan count', 'selected', 'tests selected',
];
/**
 * Names a report format gives the object of its run's counts that the summary names do not hold (red team rm, session
 * 46): Allure's `statistic` (`{failed, broken, skipped, passed, unknown, total}`) and a TRX file's `Counters` (`{total,
 * executed, passed, failed, error, …}`), whose counts an XML-to-JSON conversion writes as text.
 */
export const REPORT_FORMAT_COUNT_OBJECTS: readonly string[] = ['statistic', 'counters'];
/**
 * What a policy checker counts of each file it tested (conftest's `{filename, successes, failures, warnings, exceptions}`;
 * red team rn, session 46): under `templates`, a file's own measure when `successes` stands beside it.
 */
export const POLICY_FILE_MEASURE_WORDS: readonly string[] = ['successes', 'failures', 'warnings', 'exceptions'];
/**
 * Last words of a fixture's or a mock's name that make it a thing, whatever run word comes before (`build_dir`,
 * `job_queue`, `pipeline_client`, `run_db`; red team rn, session 46): the head of an English compound names what it is.
 * Read only where the entry holds a measure of the thing, not a run's tally (`build_dir: {failed}` stays a run's).
 */
export const OBJECT_HEAD_NOUNS: readonly string[] = [
  'dir', 'dirs', 'directory', 'folder', 'path', 'paths', 'file', 'files', 'tmpdir', 'root', 'db', 'database', 'client', 'server', 'queue', 'factory',
  'config', 'settings', 'env', 'environment', 'api', 'service', 'app', 'repo', 'repository', 'token', 'url', 'image', 'container', 'connection', 'conn', 'user',
];
/**
 * Last words of a name that say it holds text ABOUT a count, never the count (`total_label`, `total_unit`, `passed_msg`,
 * `tests_help`; red team xc, session 43): what a template leaves in one says nothing of how many items ran. With the
 * descriptors and the names of no outcome (`name`, `title`, `description`, `url`, `source`, `format`) read beside it.
 */
export const TEXT_ABOUT_A_COUNT_WORDS: readonly string[] = [
  'label', 'labels', 'unit', 'units', 'hint', 'hints', 'text', 'msg', 'message', 'messages', 'note', 'notes', 'comment', 'comments', 'help', 'caption',
  'tooltip', 'link', 'href', 'display', 'heading', 'header', 'legend', 'explanation', 'remark', 'remarks', 'reason', 'info', 'placeholder',
  'template', 'tpl', 'fmt', 'pattern', 'icon', 'color', 'colour', 'style', 'doc', 'docs', 'desc', 'subtitle', 'tip', 'alt',
];
/**
 * Words of a none of failures' failure the vocabulary's failure words leave out, read only between a none and its
 * exception (`ни один тест не упал кроме checkout`, `žádné testy neselhaly kromě checkout`: Czech negates the verb of the
 * none itself; helper he, session 43).
 */
export const FAILURE_WORDS_OF_A_NONE_BEFORE_AN_EXCEPTION: readonly string[] = [
  'упал', 'упали', 'упала', 'упало', 'провалился', 'провалились', 'провалилась', 'провалилось', 'сломался', 'сломались', 'selhal', 'selhaly', 'selhalo', 'selhala', 'neselhal', 'neselhaly', 'neselhalo', 'neselhala',
  'misslyckades', 'misslyckats', 'feilet', 'feila', 'mislyktes', 'fejlede', 'epäonnistui', 'başarısız', 'hata',
];
/** Words a none of failures may stand on before it (Turkish `hiçbir test başarısız olmadı`): read only before an exception. */
export const NONES_BEFORE_AN_EXCEPTION: readonly string[] = ['hiçbir', 'hicbir', 'ни', 'никакие', 'никакой', 'inga', 'ingen', 'inget', 'žádný', 'žádné', 'žádná', 'mikään', 'yok'];
/**
 * Exception words put after what they except (Turkish `… checkout hariç`, `checkout dışında`): the exception is what
 * stands between the none's clause and the word. The words that close a none's clause before it (`olmadı`, `değil`).
 */
export const POSTPOSED_EXCEPTION_WORDS: readonly string[] = [
  'hariç', 'haric', 'dışında', 'disinda', 'excepted', 'を除く', 'を除いて', 'を除き', '除く', '除いて', '除き', '以外',
  // Other inflections and the noun (helper zc, session 45): Japanese `を除きます`, `を除けば`, `を除外`; Chinese `除外`; Korean `제외`.
  'を除きます', '除きます', 'を除けば', '除けば', 'を除外', '除外', 'を除外して', '除外して', '제외', '제외하고',
];
/**
 * Nones put after the failure they deny (Japanese `テスト失敗なし`, `失敗したテストはありません`, `失敗しませんでした`): a
 * none of failures before an exception, read within a few words after a failure word (helper xb, session 44).
 */
export const NONES_AFTER_A_FAILURE: readonly string[] = [
  'なし', '無し', 'ない', 'はない', 'ありません', 'はありません', 'ありませんでした', 'はありませんでした', 'なかった', 'しませんでした', 'しませんで', 'しなかった', 'していません', 'ゼロ',
  // A count of none after its failure word (`失敗0件`, `失敗: 0`; helper zc, session 45).
  '0', '0件', '0個', 'ゼロ件',
];
/**
 * What an exception to a pass of all may leave out without a failure: items not run and lesser findings (`all tests
 * passed except 2 skipped`, `except the pending ones`, `except for a few warnings`), with the skipped words of each language.
 */
export const LEFT_OUT_OF_A_PASS_WORDS: readonly string[] = ['skip', 'skipped', 'skips', 'pending', 'todo', 'todos', 'disabled', 'excluded', 'deselected', 'warning', 'warnings', 'deprecation', 'deprecations', 'übersprungen', 'warnungen', 'ignorés', 'omitidos'];
/**
 * A remark after the member an exception leaves out of a pass of all, telling it was not run, left out or passed after
 * all (`except checkout (skipped)`, `, which was skipped`, `: disabled`, `(not run)`, `, where none ran`, `, which do not
 * run in CI`, `, which were retried and passed`, `(übersprungen)`; helper xk, session 44): the words such a remark is
 * made of beside {@link LEFT_OUT_OF_A_PASS_WORDS}, the words of a run it denies, and the passes it tells.
 */
export const LEFT_OUT_REMARK_WORDS: readonly string[] = ['which', 'that', 'who', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'where', 'do', 'does', 'did', 'also', 'and', 'then', 'there', 'in', 'on', 'the', 'this', 'ci', 'pipeline', 'here', 'marked', 'retried', 'rerun', 'separately', 'not', 'none', 'never', 'run', 'ran', 'runs', 'executed', 'passed', 'pass', 'passing'];
export const LEFT_OUT_REMARK_RUN_WORDS: readonly string[] = ['run', 'ran', 'runs', 'executed'];
/**
 * A closed grammar of the reasons a member is skipped or not run for that tell no failure (helper sc, session 47): a skip
 * word of {@link SKIPS_BEFORE_A_REASON} (or `not run`), then a preposition of {@link SKIP_REASON_PREPOSITIONS} and one of
 * the CI contexts of {@link SKIP_REASON_CONTEXTS} (`skipped on forks`, `not run on pull requests`), or a colon and a
 * resource lacking ({@link SKIP_REASON_LACKING} before one of {@link SKIP_REASON_RESOURCES}: `skipped: no secrets`),
 * ending the remark. A reason is otherwise free text no list can prove harmless (red team yd, session 44): any other
 * word keeps the member failed.
 */
export const SKIPS_BEFORE_A_REASON: readonly string[] = ['skip', 'skipped', 'skips', 'disabled', 'excluded', 'deselected', 'übersprungen'];
export const SKIP_REASON_PREPOSITIONS: readonly string[] = ['on', 'for', 'in', 'during'];
export const SKIP_REASON_CONTEXTS: readonly string[] = [
  'forks', 'fork', 'fork prs', 'forked prs', 'forked repositories', 'pull requests', 'pull request', 'prs', 'pr', 'draft prs', 'drafts', 'draft pull requests',
  'dependabot', 'dependabot prs', 'merge queue', 'merge queues', 'scheduled runs', 'schedule', 'tags', 'tag builds', 'docs-only changes', 'docs changes',
];
export const SKIP_REASON_LACKING: readonly string[] = ['no', 'missing', 'without'];
export const SKIP_REASON_RESOURCES: readonly string[] = ['secrets', 'secret', 'credentials', 'token', 'tokens', 'api key', 'api keys', 'gpu', 'gpus', 'gpu runner', 'docker'];
/**
 * Words of a left-out remark that say it of every member named before it (`except e2e and smoke (both skipped)`, `except
 * e2e, smoke, lint (all skipped)`; helper zd, session 45): a dual only after two members, a word of all after two or more.
 * No verb (`which were skipped`): only a word that counts the members proves the remark covers them all.
 */
export const LEFT_OUT_OF_ALL_MEMBERS_WORDS: readonly string[] = ['both', 'all', 'beide', 'beiden', 'alle', 'tous', 'toutes', 'ambos', 'ambas', 'todos', 'todas', 'entrambi', 'entrambe', 'tutti', 'tutte'];
/**
 * Words that go with a count of the members in a left-out remark (`both of them skipped`, `the two skipped`, `les trois
 * ignorés`, `los dos omitidos`, `die drei übersprungen`): read only in a remark that counts (helper re, session 46).
 */
export const LEFT_OUT_REMARK_COUNT_FILLERS: readonly string[] = ['of', 'them', 'these', 'those', 'the', 'les', 'los', 'las', 'die', 'von', 'ihnen', 'de', 'eux', 'ellos', 'ellas'];
/**
 * The words of a bare pointer to the logs after a left-out remark (`… except e2e (skipped). See logs for details`,
 * `Siehe Logs`, `voir les logs`; helper zd, session 45): pointer words and the nouns of where to look, nothing else. A
 * pointer holding any other word (`See logs: exit 1`) is free text no list proves harmless, and is left in the text.
 */
export const BARE_POINTER_WORDS: readonly string[] = [
  'see', 'check', 'view', 'consult', 'refer', 'to', 'look', 'at', 'for', 'more', 'full', 'the', 'in', 'details', 'detail', 'info', 'information',
  'log', 'logs', 'output', 'report', 'reports', 'artifacts', 'ci', 'job', 'run', 'pipeline', 'dashboard', 'above', 'below',
  'siehe', 'mehr', 'details', 'im', 'die', 'den', 'voir', 'les', 'détails', 'dans', 'ver', 'los', 'detalles', 'en', 'vedi', 'i', 'dettagli', 'veja', 'os', 'detalhes', 'zie', 'de',
];
export const LEFT_OUT_REMARK_RUN_DENIALS: readonly string[] = ['not', 'none', 'never'];
export const LEFT_OUT_REMARK_PASSES: readonly string[] = ['passed', 'pass', 'passing'];
/** Words that open a clause after `except that` (`except that the run took longer`): a clause of its own, no member named `that`. */
export const SUBJECTS_AFTER_EXCEPT_THAT: readonly string[] = ['the', 'a', 'an', 'it', 'we', 'there', 'our', 'its', 'this', 'they', 'some'];
/** Nouns of the kind of place two places share after their join (`on linux and macos runners`, `on chrome and firefox browsers`). */
export const PLACE_KIND_NOUNS: readonly string[] = ['runners', 'browsers', 'platforms', 'hosts', 'machines', 'agents', 'devices', 'images', 'vms', 'systems', 'workers', 'builds', 'jobs'];
/** A Japanese remark that the member before `は` runs in another run or is skipped (`（E2Eは夜間実行）`: E2E runs nightly). */
export const JAPANESE_REMARK_OF_ANOTHER_RUN: readonly string[] = ['夜間', 'ナイトリー', '毎晩', '週次', 'スキップ', 'nightly', 'skip'];
/**
 * Words of all that open a pass said of every item, which an exception overturns (`all tests passed except checkout`,
 * `alle Tests bestanden außer Checkout`, `tüm testler geçti, checkout hariç`; helper xb, session 44).
 */
export const ALL_OF_A_PASS_BEFORE_AN_EXCEPTION: readonly string[] = [
  'all', 'every', 'alle', 'allen', 'sämtliche', 'tous', 'toutes', 'todos', 'todas', 'tutti', 'tutte', 'tüm', 'bütün', 'все', 'alla', 'kaikki', 'wszystkie', 'všechny', '全', '全て', 'すべて', '全部',
  // Helper zc, session 45: `everything passed`, `所有测试通过`, `모든 테스트 통과`, Vietnamese `tất cả` (read at `cả`), Hindi `सभी`, Arabic `جميع`/`كل`, Japanese `は全て`.
  'everything', '所有', '모든', 'cả', 'सभी', 'جميع', 'كل', 'は全て',
];
export const CLAUSE_ENDS_BEFORE_A_POSTPOSED_EXCEPTION: readonly string[] = ['olmadı', 'olmadi', 'değil', 'degil', 'yok', 'etmedi', 'vermedi', 'yaşanmadı', 'した', 'でした', 'です', 'だ', 'ただし'];

/**
 * Negations that deny a pass of all when a word of all follows them (`not all tests passed`, `nicht alle Tests
 * bestanden`, `pas tous les tests`, `no todas las pruebas`, `non tutti i test`, `niet alle tests`, `nem todos os
 * testes`, `nie wszystkie testy`, `не все тесты`; helper xi, session 44): some items did not pass.
 */
export const NEGATIONS_OF_ALL: readonly string[] = ['not', 'nicht', 'pas', 'no', 'non', 'niet', 'nem', 'não', 'nie', 'не', 'ne', 'inte', 'ikke', 'ei', 'δεν', 'nu', 'tidak'];
/** Words of all a denied pass is said of, beside {@link ALL_OF_A_PASS_BEFORE_AN_EXCEPTION} (`not each test passed`, `не всі тести пройшли`). */
export const ALL_OF_A_DENIED_PASS: readonly string[] = ['each', 'всі', 'všechna', 'όλα', 'semua', 'minden', 'alle', 'toate'];
/**
 * Verbs a language says a pass of items with that its pass words do not hold, read only in a pass of all denied
 * (`no todas las pruebas pasaron`, `non tutti i test sono passati`, `nie wszystkie testy przeszły`, `не всі тести
 * пройшли`). Out of the pass column: `passati`, `przeszły` are also `past` (`fallimenti passati`).
 */
export const PASS_VERBS_OF_ITEMS: readonly string[] = [
  'pasaron', 'pasó', 'pasado', 'pasadas', 'pasados', 'superaron', 'passati', 'passato', 'passate', 'passata', 'superato', 'riusciti', 'przeszły', 'przeszło', 'przeszedł', 'przeszli',
  'прошли', 'прошло', 'прошёл', 'пройшли', 'пройшло', 'passé', 'passés', 'passées', 'passaram', 'passou', 'geçti', 'geçtiler', 'prošly', 'prošlo', 'πέρασαν', 'klarade', 'lulus',
  'نجحت', 'نجحوا', 'पास',
];
/** Words that are a pass denied whole in a language that writes its negation inside the verb (Turkish `geçmedi`, did not pass: `tüm testler geçmedi`). */
export const DENIED_PASS_WORDS: readonly string[] = ['geçmedi', 'geçmediler', 'geçemedi', 'geçemediler', 'neprošly', 'neprošlo'];
/** Words that open a relative clause about the items (`all tests that did not pass were retried`): a denial in it is no outcome. */
export const RELATIVE_WORDS_OF_ITEMS: readonly string[] = ['that', 'which', 'who', 'whose', 'die', 'der', 'das', 'welche', 'qui', 'que', 'che', 'cui', 'które', 'którzy', 'которые', 'dat'];
/** Conditions before a pass of all denied that make it a rule, not an outcome (`fails if not all tests pass`, `wenn nicht alle Tests bestehen`). */
export const CONDITIONS_OF_A_DENIED_PASS: readonly string[] = ['if', 'unless', 'when', 'whether', 'wenn', 'falls', 'ob', 'si', 'se', 'als', 'jeśli', 'jeżeli', 'если'];
/**
 * Names of runtimes, languages, platforms and browsers a version number follows (`node 18`, `python 3.12`, `ubuntu
 * 22.04`, `java 17`): a number after one, and one joined to it (`on node 18 and 20`), is a version, no count.
 */
export const VERSIONED_NAMES: readonly string[] = [
  'node', 'nodejs', 'node.js', 'deno', 'bun', 'python', 'py', 'pypy', 'cpython', 'ruby', 'jruby', 'java', 'jdk', 'jre', 'openjdk', 'temurin', 'go', 'golang', 'rust', 'rustc', 'php', 'perl',
  'dotnet', '.net', 'erlang', 'otp', 'elixir', 'scala', 'kotlin', 'swift', 'dart', 'flutter', 'typescript', 'gcc', 'clang', 'llvm', 'msvc', 'cmake',
  'ubuntu', 'debian', 'fedora', 'alpine', 'centos', 'rhel', 'rocky', 'macos', 'osx', 'windows', 'win', 'ios', 'android', 'chrome', 'firefox', 'safari', 'edge',
  'postgres', 'postgresql', 'mysql', 'mariadb', 'redis', 'mongodb', 'mongo', 'kubernetes', 'k8s', 'version', 'versions', 'ver',
];
/**
 * Openings of a remark after an outcome told that only points the reader elsewhere (`Build failed. See logs`, `Deploy
 * failed (siehe Logs)`, `Échec, voir les logs`, `Falló, ver logs`, `details in CI`, `more info: <url>`; helper xj,
 * session 44): what follows them adds nothing to the outcome before them. Written as a native writer spells them.
 */
export const POINTER_ELSEWHERE_OPENINGS: readonly string[] = [
  'see', 'see also', 'check', 'check out', 'cf', 'cf.', 'refer to', 'look at', 'consult', 'view', 'details', 'details in', 'details at', 'more info', 'more information', 'more details', 'for details', 'for details see', 'for more', 'for more info', 'for more details', 'info', 'logs', 'log', 'full log', 'full logs', 'logs at', 'logs in', 'report', 'full report', 'report at',
  'siehe', 's.', 'vgl', 'vgl.', 'mehr', 'mehr unter', 'mehr infos', 'weitere infos', 'weitere informationen', 'details unter', 'details im',
  'voir', 'voir aussi', 'consultez', 'consulter', 'détails', 'détails dans', "plus d'infos", "plus d'informations",
  'ver', 'véase', 'vea', 'consulte', 'consultar', 'detalles', 'detalles en', 'más información', 'más info',
  'vedi', 'vedere', 'dettagli', 'veja', 'detalhes', 'mais informações', 'zie', 'meer info',
  // Russian and Polish (helper zb, session 45): `Сборка упала. См. логи`, `Kompilacja nie powiodła się, zobacz logi`.
  'см', 'см.', 'смотри', 'смотрите', 'подробности', 'подробности в', 'подробнее', 'детали', 'логи', 'лог',
  'zobacz', 'patrz', 'sprawdź', 'szczegóły', 'szczegóły w', 'więcej', 'więcej informacji', 'logi',
  // Japanese, Chinese and Korean, written without spaces: each is read whole, and may run on into a verb's ending
  // (`ログを参照してください`, see CJK_POINTER_OPENING).
  'ログを参照', 'ログを確認', 'ログ参照', '詳細はログ', '詳細は', '詳しくはログ', '见日志', '详见', '请查看日志', '查看日志', '詳見', '로그 참조', '로그를 참조', '로그를 확인', '자세한 내용은',
];
/**
 * Hedges in a pointer remark that say the failures it names may be none (`See logs for failures, if any`, `Siehe Logs für
 * Fehler, falls vorhanden`; helper zb, session 45): such a pointer tells no failure.
 */
export const POINTER_FAILURE_HEDGES: readonly string[] = [
  'if any', 'if there are any', 'if there were any', 'if applicable', 'should any occur', 'in case of', 'in case of any', 'if needed', 'when present',
  'falls vorhanden', 'falls welche', 'wenn vorhanden', 'ggf', 'ggf.', 'gegebenenfalls', 'le cas échéant', "s'il y en a", 'éventuels', 'éventuelles',
  'si los hay', 'si hay', 'en su caso', 'se presenti', 'se ci sono', 'eventuali', 'se houver', 'eventuais', 'indien aanwezig', 'eventuele',
  'если есть', 'если таковые имеются', 'при наличии', 'jeśli są', 'jeśli występują', 'ewentualne',
  // helper zj, session 45: `for failures, where applicable`, `if present`.
  'where applicable', 'where relevant', 'if relevant', 'when applicable', 'if present', 'if so', 'falls zutreffend', 'soweit vorhanden',
];
/**
 * Words right before an uncounted failure noun in a pointer remark that say the failures may be none (`See logs for any
 * failures`, `for possible failures`, `Siehe Logs für eventuelle Fehler`, helper zj, session 45). A count before the noun
 * is never hedged (`for 3 failures, if any`).
 */
export const POINTER_FAILURE_HEDGE_WORDS: readonly string[] = [
  'any', 'possible', 'potential', 'eventual', 'prospective', 'etwaige', 'etwaigen', 'etwaiger', 'eventuelle', 'eventuellen', 'eventueller', 'mögliche', 'möglichen', 'allfällige', 'allfälligen',
  'éventuel', 'éventuelle', 'possibles', 'potentiels', 'potentielles', 'posibles', 'eventuales', 'potenciales', 'possibili', 'potenziali', 'possíveis', 'potenciais', 'mogelijke', 'eventuele', 'eventuali', 'eventuais',
  'возможные', 'возможных', 'потенциальные', 'możliwe', 'ewentualne', 'ewentualnych', 'olası', 'muhtemel',
];
/**
 * Words after a failure noun that make it the name of a kind of tests (`error handling tests`, `failure injection
 * tests`, `failure-mode tests`), not failures of the run (helper zj, session 45).
 */
export const FAILURE_NAMED_TEST_KIND_WORDS: readonly string[] = [
  'handling', 'handler', 'handlers', 'injection', 'injections', 'recovery', 'mode', 'modes', 'path', 'paths', 'tolerance', 'scenario', 'scenarios', 'simulation', 'simulations', 'testing', 'reporting', 'tracking', 'budget', 'analysis',
];
/** Parts of a CI page a failure word names (`See the Failures tab`, GitLab's `See the Failed jobs tab`, helper zj, session 45). */
export const CI_PAGE_PART_WORDS: readonly string[] = ['tab', 'tabs', 'page', 'view', 'panel', 'pane', 'section', 'filter', 'column', 'widget', 'sidebar', 'menu'];
/** Words that are a count of times of their own (`Build failed twice`, `thrice`, `zweimal`; helper zj, session 45). */
export const MANY_TIMES_WORDS: readonly string[] = ['twice', 'thrice', 'zweimal', 'dreimal', 'viermal', 'mehrmals', 'mehrfach', 'repeatedly', 'multiple times', 'several times', 'many times', 'plusieurs fois', 'varias veces', 'più volte', 'várias vezes', 'meerdere keren', 'несколько раз', 'kilka razy', 'dwukrotnie', 'trzykrotnie', 'дважды', 'трижды'];
/** Words after a count of how many times something happened (`failed 3 times`, `3 mal`, `3 fois`, `3回`; helper zb, session 45). */
export const TIMES_WORDS: readonly string[] = ['times', 'time', 'x', '\u00d7', 'mal', 'fois', 'veces', 'vez', 'volte', 'volta', 'vezes', 'keer', 'maal', 'раз', 'раза', 'razy', 'raz', 'kez', 'kere', 'krát', '回', '次', '번'];
/**
 * Words that end a run or a step, read before a count of failures on its line (`done 3 failed`, `finished 2 errors`,
 * helper zm, session 45): they say the run ended, never what the count numbers, as `Attempt 3 failed` names the attempt.
 */
export const RUN_END_WORDS_BEFORE_A_COUNT: readonly string[] = ['done', 'finished', 'complete', 'completed', 'ended', 'fertig', 'abgeschlossen', 'terminé', 'terminado', 'terminato', 'завершено', '完了', '完成'];
/**
 * The {@link EXCEPTION_MODIFIER_OPENERS} that are prepositions of a place, a platform or a version (`except on linux`,
 * `except checkout on node 18`, helper zm, session 45): some are qualifiers of a count's name (`fail_on`, `errors_at`,
 * `under`), but in an exception's member they say where it failed, never that it is tolerated.
 */
export const EXCEPTION_PLACE_PREPOSITIONS: readonly string[] = ['in', 'on', 'under', 'across', 'at', 'via', 'for', 'with', 'im', 'auf', 'unter', 'dans', 'sur', 'sous', 'en', 'con', 'bajo', 'em', 'su', 'nel', 'nella'];
/**
 * Names of the fields that say which document, run and commit a file is (its envelope), not what the run found, in the
 * form hollow.ts compares key names (case folded, `_`, `-` and spaces removed: `schema_id`, `schemaId`, `Schema-Id` are
 * `schemaid`): the engine's own stamps, JSON Schema's `$schema`, other tools' schema ids and format versions, the git
 * commit under its common names, Kubernetes' `apiVersion` (its `kind` is envelope beside an `apiVersion` only; red team
 * zi, session 45).
 */
export const ENVELOPE_NAMES: ReadonlySet<string> = wordSet('ENVELOPE_NAMES', () => [
  'schema', '$schema', 'schemaid', 'schemaversion', 'schemauri', 'schemaurl', 'version', 'formatversion', 'apiversion',
  'generatedat', 'timestamp', 'createdat', 'runid', 'correlationid',
  'gitsha', 'commit', 'commitsha', 'commitid', 'gitcommit', 'sha', 'revision', 'gitrevision',
]);
/**
 * Words right before a date in a run or correlation id that name what the date is when it is not the run's start, but a
 * moment the run comes at or after (helper rf, session 46): a backfill of that day's data (`backfill-2025-11-05`,
 * Apache Airflow's `backfill__<logical date>`), a release, train, sprint or milestone cut that day (`release-2026-02-02`),
 * a data partition, snapshot or as-of date. Airflow's `scheduled__` is read only as Airflow writes it, with two
 * underscores ({@link DATE_BEFORE_THE_RUN_AIRFLOW_TYPES}). `nightly`, `daily`, `build`, `ci`, `run` are none: their date
 * is the run's own day.
 */
export const DATE_BEFORE_THE_RUN_HEADS: readonly string[] = ['backfill', 'release', 'train', 'sprint', 'milestone', 'iteration', 'partition', 'snapshot', 'asof', 'logical'];
/** Apache Airflow's run types whose run id (`<type>__<logical date>`) holds the data interval's start, not the run's (a @monthly run comes a month after it). `manual__` and `dataset_triggered__` hold the trigger's time and stay read. */
export const DATE_BEFORE_THE_RUN_AIRFLOW_TYPES: readonly string[] = ['scheduled', 'backfill'];
/** Words right after a date (and its time) in an id that say the run came later to that date's work: `orders-2025-11-05-rerun-7`, `…-re-run-2`, `…-retry-1`, `…-reprocess`, `…-replay`, `…-backfill`. */
export const DATE_BEFORE_THE_RUN_TAILS: readonly string[] = ['rerun', 'retry', 'reprocess', 'reprocessing', 'replay', 'backfill', 'restate', 'restatement'];

/**
 * Names of a field that points at another release or run of the same subject (helper rf, session 46): a first
 * release's `previous_version: null`, `parent_commit`, `prevRelease`, `supersedes`. Unset, such a field says there is
 * none, a statement about the subject's history, never a body of findings left unfilled (`results: []` is one): a head
 * word then a noun of a version, a commit or a run, written with or without separators, or a name alone.
 */
export const LINEAGE_NAME_HEADS: readonly string[] = ['previous', 'prev', 'prior', 'parent', 'predecessor', 'preceding'];
export const LINEAGE_NAME_NOUNS: readonly string[] = ['version', 'commit', 'sha', 'revision', 'release', 'tag', 'run', 'build', 'digest', 'id'];
export const LINEAGE_NAMES_ALONE: readonly string[] = ['supersedes', 'replaces', 'predecessor'];
/** Objects that hold a document's envelope one level down (`metadata: {schema, run_id}`): envelope when they hold nothing else. */
export const ENVELOPE_HOLDER_NAMES: ReadonlySet<string> = wordSet('ENVELOPE_HOLDER_NAMES', () => ['metadata', 'meta']);
/**
 * Words before or after a pass word in a remark after a told failure that name no subject and no place of the pass
 * (helper ra, session 46): joins, articles, pronouns, auxiliaries, words of a retry and of time (`then passed`, `it
 * passed on the second attempt`, `retried and passed`, `erneut ausgeführt und bestanden`, `puis réussi`). Any other
 * word there names what or where else passed (`others passed`, `tests passed`, `the rest passed`, `previous run
 * passed`, `passed on macOS`), which takes nothing back from the failure told before it.
 */
export const PASS_REMARK_FILLER_WORDS: readonly string[] = [
  'the', 'a', 'an', 'its', 'it', 'this', 'that', 'they', 'which', 'who', 'also', 'too', 'then', 'later', 'eventually', 'finally', 'afterwards', 'afterward', 'subsequently',
  'now', 'again', 'ultimately', 'since', 'instead', 'still', 'just', 'only', 'successfully', 'on', 'in', 'at', 'upon', 'after', 'with', 'by', 'of', 'during', 'following', 'when',
  'retry', 'retries', 'retried', 'retrying', 'rerun', 'reruns', 're-run', 're-runs', 'reran', 're-ran', 'rerunning', 're-running', 'retriggered', 're-triggered',
  'restart', 'restarted', 'try', 'tries', 'tried', 'attempt', 'attempts', 'run', 'second',
  're-try', 're-tried', 're-tries', 'auto-retry', 'auto-retried', 'auto-retries', 'autoretry', 'autoretried', 'auto-rerun', 'auto-reran', 'autorerun', 'auto-restart', 'auto-restarted', 'third', 'fourth', 'fifth', 'next', 'another', 'later',
  'first', 'initial', 'subsequent', 'automatic', 'automatically', 'manual', 'manually',
  'did', 'does', 'do', 'got', 'gets', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'will',
  'welche', 'welcher', 'welches', 'auch', 'qui', 'aussi', 'que', 'también', 'tambien', 'anche', 'che', 'ook',
  'dann', 'danach', 'später', 'schließlich', 'nun', 'jetzt', 'erneut', 'wieder', 'beim', 'im', 'nach', 'dem', 'der', 'die', 'das', 'den', 'es', 'er', 'sie',
  'versuch', 'versuche', 'zweiten', 'zweite', 'wiederholung', 'wiederholt', 'neustart', 'lauf', 'durchlauf', 'ist', 'wurde', 'hat',
  'puis', 'ensuite', 'finalement', 'après', 'au', 'à', 'la', 'le', 'l', 'il', 'elle', 'essai', 'tentative', 'nouvel', 'nouvelle', 'deuxième', 'relance', 'relancé', 'est', 'a',
  'después', 'luego', 'finalmente', 'al', 'el', 'reintento', 'reintentado', 'intento', 'segundo', 'segunda', 'nuevo', 'ha', 'fue',
  'poi', 'dopo', 'alla', 'al', 'il', 'tentativo', 'secondo', 'seconda', 'nuovo', 'riprova', 'riprovato', 'è',
  'daarna', 'later', 'bij', 'na', 'de', 'het', 'poging', 'tweede', 'opnieuw', 'is',
];
/**
 * Stems of a retry in scripts written without spaces (`再試行で成功`, `重试后成功`, `재시도 후 성공`): a word of such a
 * script holding one, or only particles and words of after, names no subject before a pass.
 */
export const UNSPACED_RETRY_STEMS: readonly string[] = ['再試行', '再実行', 'リトライ', '再度', '再テスト', '重试', '重新运行', '重跑', '再次', '重試', '重新執行', '재시도', '재실행', '다시'];
export const UNSPACED_PASS_PARTICLES = /^[でにはがをもの後后て、之再次회후에서]+$/u;
/**
 * Words of all members that a pass of the failure's own subject may go by after a retry (`Tests failed; all passed on
 * retry`, `everything passed on rerun`): without a retry in its clause such a pass tells no retraction.
 */
export const ALL_MEMBERS_OF_A_RETRY: readonly string[] = ['all', 'everything', 'both', 'alle', 'alles', 'beide', 'tout', 'tous', 'toutes', 'todo', 'todos', 'todas', 'tutto', 'tutti', 'tudo', 'allemaal'];
/**
 * Words that tell a retry in a remark's clause, beside a pass of all members (`all passed on retry`): {@link
 * PASS_REMARK_FILLER_WORDS} holds them too.
 */
export const RETRY_REMARK_WORDS: readonly string[] = [
  'retry', 'retries', 'retried', 'retrying', 'rerun', 'reruns', 're-run', 're-runs', 'reran', 're-ran', 'rerunning', 're-running', 'retriggered', 're-triggered', 'again',
  'second', 'third', 'erneut', 'wieder', 'wiederholung', 'wiederholt', 'zweiten', 'relance', 'relancé', 'deuxième', 'reintento', 'reintentado', 'segundo', 'segunda', 'riprova',
  'riprovato', 'secondo', 'seconda', 'opnieuw', 'tweede',
  're-try', 're-tried', 're-tries', 'auto-retry', 'auto-retried', 'auto-retries', 'autoretry', 'autoretried', 'auto-rerun', 'auto-reran', 'autorerun', 'auto-restart', 'auto-restarted',
];
/**
 * Prefixes a retry word may be written apart from (`auto retry passed`, GitLab's and Buildkite's automatic retry; helper
 * ro, session 46): before a retry word they name no subject; alone (`auto passed`) they are read as any other word.
 */
export const RETRY_PREFIX_WORDS: readonly string[] = ['auto', 're'];
/**
 * Places a retry ran at that are the failed run's own (helper ro, session 46): nouns of the run that are its own when
 * told the same (`passed on retry for the same commit`, `in the same job`, `for this commit`), CI named alone (`passed
 * on retry in CI`), and nouns of the machine a retry ran on, whichever it was (`on another runner`, `on a new agent`,
 * `on a different host`): the build that passed there is the one that failed. Another commit, job or branch (`for
 * another commit`, `in another job`) and any other word (`on macOS`) stay another place.
 */
export const SAME_RUN_PLACE_NOUNS: readonly string[] = ['commit', 'sha', 'revision', 'job', 'pipeline', 'workflow', 'build', 'run', 'change', 'branch', 'ref'];
export const SAME_RUN_WORDS: readonly string[] = ['same', 'this', 'identical', 'selben', 'gleichen', 'demselben', 'même', 'mismo', 'misma', 'stesso', 'stessa', 'mesmo', 'mesma', 'zelfde', 'dezelfde', 'hetzelfde'];
export const CI_PLACE_WORDS: readonly string[] = ['ci'];
export const RETRY_HOST_NOUNS: readonly string[] = ['runner', 'agent', 'host', 'machine', 'worker', 'executor', 'vm', 'instance'];
export const RETRY_HOST_DETERMINERS: readonly string[] = ['new', 'different', 'fresh', 'other', 'another', 'same', 'spare'];
/**
 * Prepositions of place after a pass word in a remark (`passed on macOS`, `passed in CI`, `bestanden auf Linux`): a
 * word after them other than a retry's or time's names where else it passed, and `locally`, `elsewhere` say so alone.
 */
export const PASS_PLACE_PREPOSITIONS: readonly string[] = ['on', 'in', 'at', 'under', 'for', 'auf', 'unter', 'für', 'sur', 'sous', 'pour', 'sobre', 'em', 'su', 'op', 'onder', 'voor'];
export const PASS_PLACE_WORDS: readonly string[] = ['locally', 'elsewhere', 'remotely', 'lokal', 'localement', 'ailleurs', 'localmente', 'lokaal'];
/**
 * Hedges that make a tolerance in a remark after a told failure a guess about its cause (`probably flaky`, `maybe
 * flaky`, `might be flaky`, `vermutlich instabil`, `peut-être instable`, helper ra, session 46): a guess tolerates
 * nothing, so it takes nothing back.
 */
/**
 * Phrases that tell a failure was the outcome meant (a negative test; helper ro, session 46): `Login failed as designed`,
 * `, by design`, `(on purpose)`, `comme prévu`, `как и ожидалось`, as `as expected` does. Read only as a whole phrase
 * right after the failure or as a remark's whole clause, so `not as designed` or a word beside it keeps the failure.
 */
export const MEANT_FAILURE_PHRASES: readonly string[] = [
  'as designed', 'as intended', 'as planned', 'as specified', 'by design', 'on purpose', 'as expected',
  'wie geplant', 'wie vorgesehen', 'wie beabsichtigt', 'comme prévu', 'comme attendu', 'como previsto', 'como se esperaba', 'come previsto',
  'как и ожидалось', 'как ожидалось', 'как и задумано', 'как задумано',
];
/**
 * Modals of permission (helper ro, session 46): right before a failure verb (`may fail`, `darf fehlschlagen`, `peut
 * échouer`, `puede fallar`, `può fallire`, `pode falhar`) or before `be` and a participle of what is let through (`may be
 * ignored`, `may be skipped`) they permit, unlike `may` before an adjective of a cause (`may be flaky`), a guess. The
 * permitted verbs are read beside {@link TOLERANCE_HEDGE_WORDS}, which still holds `may` for the guess.
 */
export const PERMISSION_MODALS: readonly string[] = ['may', 'can', 'darf', 'dürfen', 'kann', 'peut', 'puede', 'può', 'pode', 'mag', 'kan', 'mogen'];
export const PERMITTED_FAILURE_VERBS: readonly string[] = ['fail', 'fehlschlagen', 'scheitern', 'échouer', 'fallar', 'fallire', 'falhar', 'falen', 'mislukken'];
export const PERMISSION_BE_WORDS: readonly string[] = ['be', 'werden', 'être', 'ser', 'essere', 'worden'];
export const PERMITTED_PARTICIPLES: readonly string[] = ['ignored', 'skipped', 'excluded', 'waived', 'tolerated', 'bypassed', 'overridden', 'ignoriert', 'übersprungen', 'ignoré', 'ignorée', 'ignorado', 'ignorada', 'ignorato', 'ignorata', 'genegeerd'];
/** Nouns of the run itself a permission may be told of after `this` (`this job may fail without blocking`). */
/**
 * Words a tolerance in a remark after a told failure is worded with beside its own (`known to be flaky`, `marked as
 * flaky`, `treated as optional`, `non-blocking`) or that name what caused the failure tolerated (`infra flake`, `flaky
 * network`; helper sa, session 47). Any other word there names another member (`lint is flaky`, `docs optional`), whose
 * tolerance takes nothing back from the failure.
 */
export const TOLERANCE_WORDING_WORDS: readonly string[] = [
  'to', 'as', 'be', 'being', 'been', 'marked', 'considered', 'treated', 'labelled', 'labeled', 'flagged', 'known', 'non', 'not', 'blocking', 'non-blocking', 'issue', 'issues', 'bug', 'problem',
  'flake', 'flakes', 'flakiness', 'network', 'infra', 'infrastructure', 'upstream', 'runner', 'runners', 'timeout', 'timeouts', 'outage', 'registry', 'environment', 'env', 'external', 'transient', 'intermittent', 'intermittently',
  'als', 'bekannt', 'bekannter', 'comme', 'connu', 'como', 'conocido', 'come', 'noto',
];
/**
 * Words that name what caused a failure, not a member that failed (`Checkout failed (network), passed on retry`,
 * `(infra timeout)`, `(runner lost)`, `(OOM)`; helper fa, session 48): in a bracket right after the failure they are a
 * remark on it, never a label of the clause after.
 */
export const FAILURE_CAUSE_WORDS: readonly string[] = [
  'network', 'networking', 'dns', 'connection', 'connectivity', 'infra', 'infrastructure', 'runner', 'runners', 'timeout', 'timeouts', 'timed', 'out', 'outage', 'upstream',
  'registry', 'environment', 'transient', 'intermittent', 'flake', 'flaky', 'flakiness', 'oom', 'quota', 'throttled', 'throttling', 'rate', 'limit', 'limited', 'lost',
  'unreachable', 'unavailable', 'reset', 'refused', 'hiccup', 'glitch', 'netzwerk', 'réseau',
];
/**
 * Words after a pass on retry that tell the code or the run was changed for it (`passed on retry with my patch`, `after
 * a fix`; helper sa, session 47): what passed is not what failed.
 */
export const CHANGED_CODE_WORDS: readonly string[] = [
  'patch', 'patched', 'patches', 'fix', 'fixed', 'fixes', 'hotfix', 'workaround', 'change', 'changes', 'changed', 'modified', 'modification', 'modifications', 'tweak', 'tweaked', 'reverted', 'revert',
  'patchen', 'gepatcht', 'korrektur', 'änderung', 'änderungen', 'geändert', 'correctif', 'modifié', 'modifications', 'parche', 'cambios', 'modificado', 'correzione', 'modificato',
];
/**
 * What a none in a remark after a told failure may deny to take it back (helper sa, session 47): the failure's weight
 * (`none required`, `none blocking`, `no impact`, `no action needed`, `keine Auswirkung`, `aucun impact`). A none of
 * anything else (`no cache`, `no rollback`, `keine Logs`, `sin reintentos`) takes nothing back.
 */
export const NONE_TAKING_BACK_WORDS: readonly string[] = [
  'required', 'requirement', 'blocking', 'blocker', 'blockers', 'block', 'impact', 'impacted', 'effect', 'action', 'actions', 'needed', 'necessary', 'problem', 'problems', 'issue', 'issues',
  'concern', 'concerns', 'harm', 'regression', 'regressions', 'real', 'new', 'relevant', 'critical', 'fatal', 'serious', 'them', 'these', 'those', 'of', 'it', 'worry', 'worries',
  'erforderlich', 'nötig', 'notwendig', 'blockierend', 'auswirkung', 'auswirkungen', 'requis', 'requise', 'bloquant', 'bloquante', 'impacto', 'requerido', 'requerida', 'bloqueante', 'richiesto', 'bloccante',
];
export const PERMITTED_SELF_NOUNS: readonly string[] = ['job', 'step', 'stage', 'check', 'task'];
export const TOLERANCE_HEDGE_WORDS: readonly string[] = [
  'probably', 'maybe', 'possibly', 'perhaps', 'likely', 'unlikely', 'might', 'may', 'could', 'seems', 'seem', 'seemingly', 'looks', 'look', 'suspected', 'suspect', 'presumably', 'potentially', 'apparently', 'guess', 'think', 'assume', 'assumed', 'hopefully',
  'wahrscheinlich', 'vielleicht', 'möglicherweise', 'eventuell', 'vermutlich', 'vermutet', 'anscheinend', 'evtl', 'scheinbar', 'wohl',
  'probablement', 'peut-être', 'peut-etre', 'possiblement', 'apparemment', 'semble',
  'probablemente', 'quizás', 'quizas', 'quizá', 'quiza', 'posiblemente', 'parece', 'acaso',
  'probabilmente', 'forse', 'possibilmente', 'sembra',
  'provavelmente', 'talvez', 'possivelmente',
  'misschien', 'waarschijnlijk', 'mogelijk', 'wellicht',
  'возможно', 'вероятно', 'может', 'наверное', 'можливо', 'мабуть', 'prawdopodobnie', 'może', 'możliwe', 'pravděpodobně', 'možná', 'muhtemelen', 'belki',
  // A tolerance only reported, presumed or held as an opinion, or one whose truth is asked (`unclear whether`; helper sc, session 47).
  'allegedly', 'supposedly', 'reportedly', 'purportedly', 'ostensibly', 'presumed', 'believe', 'believed', 'imo', 'imho', 'afaik', 'afaict', 'iirc',
  'unconfirmed', 'unverified', 'unproven', 'tbc', 'tbd', 'tbv', 'whether',
  // Shortened or told as still open (`prob. flaky`, `poss. flaky`, `flaky, unclear`, `flaky, untriaged`; helper fc, session 48).
  'prob', 'poss', 'unclear', 'uncertain', 'undetermined', 'unsure', 'untriaged',
  'angeblich', 'vermeintlich', 'mutmaßlich', 'mutmasslich', 'ob', 'prétendument', 'soi-disant', 'présumé', 'présumée', 'supposément',
  'supuestamente', 'presuntamente', 'aparentemente', 'presunto', 'supostamente', 'presumivelmente', 'presumibilmente', 'apparentemente',
  'vermoedelijk', 'zogenaamd', 'blijkbaar', 'якобы', 'предположительно', 'видимо', 'кажется', 'rzekomo', 'podobno', 'chyba', 'údajně', 'sözde', 'galiba',
];
/**
 * Words of a confirmation that a remark denies or defers (`not confirmed`, `to be confirmed`, `nicht bestätigt`, `non
 * confirmé`; helper sc, session 47): after a word of {@link CONFIRMATION_DENIALS} they leave the tolerance beside them a guess.
 * A check still owed is one too (`needs confirmation`, `pending triage`, `without verification`; helper fc, session 48).
 */
export const CONFIRMATION_WORDS: readonly string[] = ['confirmed', 'verified', 'proven', 'sure', 'certain', 'confirmation', 'verification', 'triage', 'triaged', 'bestätigt', 'sicher', 'confirmé', 'confirmée', 'sûr', 'confirmado', 'confirmada', 'seguro', 'confermato', 'sicuro', 'bevestigd', 'zeker', 'подтверждено', 'подтверждён', 'potwierdzone', 'pewne'];
export const CONFIRMATION_DENIALS: readonly string[] = ['not', 'nicht', 'noch', 'pas', 'no', 'non', 'niet', 'не', 'nie', 'yet', 'be', 'being', 'pending', 'awaiting', 'needs', 'need', 'requires', 'awaits', 'without'];
/**
 * A question asked without its mark (`is it flaky`, `could this be flaky`, `ist es instabil`; helper sc, session 47): a
 * remark's clause that opens with one of these auxiliaries then one of {@link QUESTION_SUBJECTS}.
 */
export const QUESTION_AUXILIARIES: readonly string[] = ['is', 'was', 'are', 'were', 'could', 'might', 'may', 'can', 'would', 'should', 'does', 'did', 'do', 'has', 'have', 'ist', 'war', 'sind', 'könnte', 'kann', 'est-ce', 'zou', 'kan'];
export const QUESTION_SUBJECTS: readonly string[] = ['it', 'this', 'that', 'they', 'these', 'those', 'es', 'das', 'dies', 'het', 'dit', 'dat', 'que', 'qu'];
/**
 * Modals a guess is told with in other languages (`pode ser instável`, `puede ser inestable`, `kann instabil sein`),
 * which also permit ({@link PERMISSION_MODALS}): a guess unless they permit the failure (`pode falhar`).
 */
export const GUESSING_MODALS: readonly string[] = ['kann', 'peut', 'puede', 'può', 'pode', 'mag', 'kan'];
/**
 * A clause that compares a told failure with other runs (`Build failed as it usually does`, `Tests failed like they
 * sometimes do`; helper sc, session 47): one of {@link COMPARISON_OPENERS}, a pronoun of {@link COMPARISON_SUBJECTS},
 * then a word of how often ({@link NO_RUNS_FAILURE_AFTER_WORDS} or {@link FREQUENCY_WORDS}) and a verb of {@link
 * COMPARISON_VERBS}. It tells the failure of this run as one more, never of no run.
 */
export const COMPARISON_OPENERS: readonly string[] = ['as', 'like', 'wie', 'comme', 'como', 'come', 'zoals', 'как', 'jak'];
export const COMPARISON_SUBJECTS: readonly string[] = ['it', 'they', 'this', 'that', 'he', 'she', 'we', 'es', 'sie', 'er', 'il', 'elle', 'ils', 'elles', 'het', 'ze', 'он', 'она', 'оно', 'они'];
export const COMPARISON_VERBS: readonly string[] = ['does', 'do', 'did', 'has', 'have', 'had', 'happens', 'happened', 'tut', 'tat', 'macht', 'fait', 'faisait', 'hace', 'hacía', 'faz', 'fazia', 'fa', 'faceva', 'doet', 'deed', 'бывает', 'делает', 'robi'];
export const FREQUENCY_WORDS: readonly string[] = ['always', 'normally', 'typically', 'regularly', 'constantly', 'oft', 'manchmal', 'häufig', 'meistens', 'immer', 'souvent', 'parfois', 'toujours', 'siempre', 'spesso', 'sempre', 'vaak', 'soms', 'altijd', 'часто', 'иногда', 'всегда', 'często', 'czasem', 'zawsze'];
/** Answers that affirm a question alone (`as designed? yes`). */
export const AFFIRMATION_WORDS: readonly string[] = ['yes', 'yep', 'yeah', 'correct', 'indeed', 'ja', 'oui', 'sí', 'si', 'sim', 'да', 'так', 'tak', 'ano', 'evet', 'jazeker'];
/** Words that make a hedge word after them a pointer (`look at`, `look into`): no guess. */
export const POINTING_AFTER_A_HEDGE: readonly string[] = ['at', 'into', 'up'];

/**
 * Statuses that say a run (or a part of one) did not happen as a run that proves its outcome, beyond the not-run and
 * unfinished words the status reader knows (`NOT_RUN_STATUSES`): it was blocked or held, only planned or rehearsed (a
 * dry run, a plan), or its outcome is unknown, undetermined or out of date (red team rh, session 46: a readiness beside
 * `status: "dry-run"`, `sweep_plan.status: "blocked"` or every dimension `skipped` passed). Compared run together, as
 * the status reader reads a status (`Dry-Run`, `PLAN_ONLY` → `dryrun`, `planonly`).
 */
export const RUN_DID_NOT_HAPPEN_STATUSES: ReadonlySet<string> = wordSet('RUN_DID_NOT_HAPPEN_STATUSES', () => [
  'blocked', 'blocking', 'onhold', 'held', 'dryrun', 'dry', 'rehearsal', 'planonly', 'planned', 'planning', 'plan', 'notperformed', 'neverexecuted',
  'unexecuted', 'notexecuted', 'notmeasured', 'unmeasured', 'unknown', 'undetermined', 'indeterminate', 'unverified', 'stale', 'outdated', 'obsolete',
  'draft', 'deferred', 'notapplicable', 'na',
]);
/** Modes of a run that ran nothing it could measure (`mode: "plan_only"`, `run_mode: "dry-run"`), run together. */
export const NO_RUN_MODES: ReadonlySet<string> = wordSet('NO_RUN_MODES', () => ['dryrun', 'dry', 'planonly', 'plan', 'planned', 'planning', 'rehearsal', 'preview', 'noop', 'whatif', 'validateonly', 'checkonly', 'listonly']);
/** Flags a run's object sets to say it did not run (`dry_run: true`, `plan_only: true`), run together. */
export const NO_RUN_WHEN_TRUE: ReadonlySet<string> = wordSet('NO_RUN_WHEN_TRUE', () => ['dryrun', 'planonly', 'plannedonly', 'notexecuted', 'notrun', 'skipped', 'blocked', 'noop', 'whatif', 'rehearsal']);
/** Flags a run's object clears to say it did not run (`executed: false`, `ran: false`), run together. */
export const NO_RUN_WHEN_FALSE: ReadonlySet<string> = wordSet('NO_RUN_WHEN_FALSE', () => ['executed', 'ran', 'run', 'performed', 'measured', 'wasrun', 'didrun', 'hasrun', 'wasexecuted', 'isexecuted']);
/** Names of a status a run's object holds (`status`, `run_state`, `weighted_bottleneck_status`), by their last word. */
export const RUN_STATUS_NAME_ENDINGS: ReadonlySet<string> = wordSet('RUN_STATUS_NAME_ENDINGS', () => ['status', 'state', 'outcome', 'result', 'conclusion', 'verdict']);
/**
 * Lists of a sweep's measured points (`points`, `results`, `measurements`), at its top, in its plan or in a dimension:
 * each entry a knob setting and what was measured there (red team rh, session 46).
 */
export const SWEEP_POINT_LIST_NAMES: ReadonlySet<string> = wordSet('SWEEP_POINT_LIST_NAMES', () => ['points', 'datapoints', 'results', 'measurements', 'samples', 'observations', 'trials', 'runs', 'evaluations', 'grid', 'cells']);
/** Members of a sweep's point that say where it was measured, not what was (`value: 250`, `seed: 7`): no measurement. */
export const SWEEP_POINT_SETTING_NAMES: ReadonlySet<string> = wordSet('SWEEP_POINT_SETTING_NAMES', () => [
  'knob', 'name', 'dimension', 'parameter', 'param', 'value', 'candidate', 'candidatevalue', 'setting', 'settings', 'params', 'parameters', 'config', 'configuration',
  'knobs', 'id', 'index', 'idx', 'label', 'seed', 'iteration', 'iterations', 'repeat', 'repeats', 'repetitions', 'replicate', 'rep', 'order', 'step', 'runid', 'pointid',
  // How many times it was measured, not what: `samples: 30` beside `p99_ms: null` measured nothing.
  'samples', 'samplecount', 'count', 'n',
]);
