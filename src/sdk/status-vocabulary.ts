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
}

export const STATUS_VOCABULARY: Readonly<Record<string, LanguageWords>> = {
  en: {
    pass: ['pass', 'passed', 'passing', 'ok', 'okay', 'success', 'succeeded', 'successful', 'green', 'ready'],
    failed: ['fail', 'fails', 'failed', 'failing', 'failure', 'failures', 'unexpected', 'broken', 'crashed', 'crashes', 'unsuccessful'],
    errors: ['error', 'errors', 'errored'],
    tolerated: ['expected', 'known', 'allowed', 'allowable', 'acceptable', 'permitted', 'tolerated', 'ignored', 'waived', 'quarantined', 'flaky', 'retried', 'retry', 'retries', 'recovered', 'rerun', 'xfail', 'xfailed', 'xpass', 'fixed', 'resolved', 'allow'],
    other: [
      'max', 'maximum', 'min', 'minimum', 'limit', 'budget', 'threshold', 'under', 'over', 'above', 'below', 'previous', 'previously', 'prior', 'baseline', 'last', 'historical', 'history', 'trend', 'trends',
      'attempt', 'attempts', 'rate', 'ratio', 'pct', 'percent', 'percentage', 'ms', 'sec', 'secs', 'seconds', 'duration', 'time', 'at', 'since', 'until',
      'message', 'messages', 'reason', 'if', 'on', 'fast', 'when', 'mode', 'policy',
    ],
    count: ['count', 'total', 'n', 'num', 'number'],
    summary: ['summary', 'result', 'results', 'stats', 'statistics', 'totals', 'counts', 'overall', 'aggregate', 'verdict', 'outcome', 'status'],
    outcome: ['status', 'result', 'outcome', 'verdict', 'conclusion', 'state'],
    negation: ['not', 'non'],
    without: ['without'],
    free: ['free'],
    of: ['of'],
    some: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'many', 'several', 'some', 'all', 'hundred', 'hundreds', 'thousand', 'thousands'],
    none: ['none', 'nothing'],
  },
  de: {
    pass: ['bestanden', 'erfolgreich', 'erfolg'],
    failed: ['nichtbestanden', 'fehlgeschlagen', 'fehlgeschlagene', 'fehlgeschlagenen', 'fehlschlag', 'fehlschläge', 'gescheitert', 'gescheiterte', 'durchgefallen', 'durchgefallene'],
    errors: ['fehler'],
    tolerated: ['erwartet', 'erwartete', 'erwarteten', 'bekannt', 'bekannte', 'bekannten', 'erlaubt', 'erlaubte', 'erlaubten', 'zulässig', 'zulässige', 'zulässigen', 'toleriert', 'tolerierte', 'tolerierten', 'ignoriert', 'ignorierte', 'ignorierten'],
    other: ['maximal', 'höchstens', 'grenze', 'schwelle', 'vorherige', 'vorherigen', 'letzte', 'letzten', 'quote', 'anteil', 'prozent', 'dauer', 'zeit'],
    count: ['anzahl', 'zahl'],
    summary: ['zusammenfassung', 'ergebnis', 'ergebnisse', 'statistik', 'gesamt'],
    outcome: ['status', 'ergebnis', 'resultat', 'urteil', 'zustand'],
    negation: ['nicht'],
    without: ['ohne'],
    free: ['frei'],
    of: ['von'],
    some: ['eins', 'ein', 'eine', 'einer', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'viele', 'mehrere', 'einige', 'alle'],
    none: ['keine', 'kein', 'keiner', 'nichts'],
  },
  fr: {
    pass: ['réussi', 'réussie', 'réussis', 'réussies', 'succès', 'validé', 'validée'],
    failed: ['échec', 'échecs', 'échoué', 'échouée', 'échoués', 'échouées', 'ratés', 'ratées'],
    errors: ['erreur', 'erreurs'],
    tolerated: ['attendu', 'attendue', 'attendus', 'attendues', 'connu', 'connue', 'connus', 'connues', 'autorisé', 'autorisée', 'autorisés', 'autorisées', 'permis', 'toléré', 'tolérée', 'tolérés', 'tolérées', 'acceptables', 'acceptés', 'ignoré', 'ignorée', 'ignorés', 'ignorées'],
    other: ['maximum', 'seuil', 'précédent', 'précédents', 'précédente', 'précédentes', 'dernier', 'derniers', 'taux', 'pourcentage', 'durée', 'temps'],
    count: ['nombre', 'compte'],
    summary: ['résumé', 'résultat', 'résultats', 'statistiques', 'bilan'],
    outcome: ['statut', 'résultat', 'état', 'verdict'],
    negation: ['non', 'pas'],
    without: ['sans'],
    free: [],
    of: ['sur'],
    some: ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'plusieurs', 'beaucoup', 'quelques', 'tous', 'toutes'],
    none: ['aucun', 'aucune', 'néant', 'rien'],
  },
  es: {
    pass: ['aprobado', 'aprobada', 'aprobados', 'exitoso', 'exitosa', 'éxito', 'superado', 'superada', 'correcto'],
    failed: ['fallido', 'fallida', 'fallidos', 'fallidas', 'fallo', 'fallos', 'fallaron', 'fracasos', 'fracasados'],
    errors: ['error', 'errores'],
    tolerated: ['esperado', 'esperada', 'esperados', 'esperadas', 'conocido', 'conocida', 'conocidos', 'conocidas', 'permitido', 'permitida', 'permitidos', 'permitidas', 'tolerado', 'tolerados', 'toleradas', 'aceptables', 'aceptados', 'ignorado', 'ignorados', 'ignoradas'],
    other: ['máximo', 'máxima', 'límite', 'umbral', 'anterior', 'anteriores', 'previos', 'último', 'últimos', 'tasa', 'porcentaje', 'duración', 'tiempo'],
    count: ['número', 'cantidad', 'conteo'],
    summary: ['resumen', 'resultado', 'resultados', 'estadísticas'],
    outcome: ['estado', 'resultado', 'veredicto'],
    negation: ['no'],
    without: ['sin'],
    free: [],
    of: ['de'],
    some: ['uno', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'varios', 'varias', 'muchos', 'muchas', 'algunos', 'algunas', 'todos', 'todas'],
    none: ['ninguno', 'ninguna', 'nada'],
  },
  pt: {
    pass: ['aprovado', 'aprovada', 'aprovados', 'sucesso', 'passou', 'passaram'],
    failed: ['falha', 'falhas', 'falhado', 'falhados', 'falhadas', 'falhou', 'falharam', 'reprovado', 'reprovados'],
    errors: ['erro', 'erros'],
    tolerated: ['esperado', 'esperados', 'esperadas', 'conhecido', 'conhecidos', 'conhecidas', 'permitido', 'permitidos', 'permitidas', 'tolerado', 'tolerados', 'toleradas', 'aceitáveis', 'aceitos', 'ignorado', 'ignorados', 'ignoradas'],
    other: ['máximo', 'limite', 'anterior', 'anteriores', 'último', 'últimos', 'taxa', 'percentual', 'porcentagem', 'duração', 'tempo'],
    count: ['número', 'quantidade', 'contagem'],
    summary: ['resumo', 'resultado', 'resultados', 'estatísticas'],
    outcome: ['estado', 'situação', 'resultado', 'veredito'],
    negation: ['não'],
    without: ['sem'],
    free: [],
    of: ['de'],
    some: ['um', 'uma', 'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'vários', 'várias', 'muitos', 'muitas', 'alguns', 'algumas', 'todos', 'todas'],
    none: ['nenhum', 'nenhuma', 'nada'],
  },
  it: {
    pass: ['superato', 'superata', 'superati', 'riuscito', 'riuscita', 'successo'],
    failed: ['fallito', 'fallita', 'falliti', 'fallite', 'fallimento', 'fallimenti', 'falliscono'],
    errors: ['errore', 'errori'],
    tolerated: ['atteso', 'attesi', 'attese', 'previsto', 'previsti', 'previste', 'noti', 'conosciuti', 'consentito', 'consentiti', 'consentite', 'ammessi', 'ammesse', 'permessi', 'tollerati', 'tollerate', 'ignorati', 'ignorate'],
    other: ['massimo', 'limite', 'soglia', 'precedente', 'precedenti', 'passati', 'ultimo', 'ultimi', 'tasso', 'percentuale', 'durata', 'tempo'],
    count: ['numero', 'conteggio'],
    summary: ['riepilogo', 'sommario', 'risultato', 'risultati', 'statistiche'],
    outcome: ['stato', 'esito', 'risultato', 'verdetto'],
    negation: ['non'],
    without: ['senza'],
    free: [],
    of: ['su'],
    some: ['uno', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'molti', 'molte', 'alcuni', 'alcune', 'tutti', 'tutte'],
    none: ['nessuno', 'nessuna', 'niente'],
  },
  nl: {
    pass: ['geslaagd', 'gelukt', 'succesvol', 'goedgekeurd'],
    failed: ['mislukt', 'mislukte', 'mislukking', 'mislukkingen', 'gefaald', 'gefaalde', 'gezakt'],
    errors: ['fout', 'fouten'],
    tolerated: ['verwacht', 'verwachte', 'bekend', 'bekende', 'toegestaan', 'toegestane', 'getolereerd', 'getolereerde', 'genegeerd', 'genegeerde'],
    other: ['maximaal', 'maximum', 'limiet', 'drempel', 'vorige', 'eerdere', 'laatste', 'percentage', 'duur', 'tijd'],
    count: ['aantal'],
    summary: ['samenvatting', 'resultaat', 'resultaten', 'statistieken', 'totaal'],
    outcome: ['status', 'resultaat', 'uitslag', 'oordeel'],
    negation: ['niet'],
    without: ['zonder'],
    free: ['vrij'],
    of: ['van'],
    some: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'veel', 'meerdere', 'enkele', 'alle'],
    none: ['geen', 'niets'],
  },
  pl: {
    pass: ['zaliczony', 'zaliczone', 'zaliczono', 'sukces', 'pomyślny', 'pomyślnie', 'udany', 'udane'],
    failed: ['nieudane', 'nieudanych', 'nieudany', 'niepowodzenia', 'niepowodzeń', 'niepowodzenie', 'niezaliczone', 'oblane'],
    errors: ['błąd', 'błędy', 'błędów'],
    tolerated: ['oczekiwane', 'oczekiwanych', 'spodziewane', 'znane', 'znanych', 'dozwolone', 'dozwolonych', 'tolerowane', 'tolerowanych', 'ignorowane', 'ignorowanych'],
    other: ['maksymalnie', 'maks', 'limit', 'próg', 'poprzednie', 'poprzednich', 'ostatnie', 'wskaźnik', 'odsetek', 'procent', 'czas'],
    count: ['liczba', 'ilość'],
    summary: ['podsumowanie', 'wynik', 'wyniki', 'statystyki'],
    outcome: ['status', 'stan', 'wynik', 'werdykt'],
    negation: ['nie'],
    without: ['bez'],
    free: [],
    of: ['z', 'na'],
    some: ['jeden', 'jedna', 'jedno', 'dwa', 'dwie', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć', 'kilka', 'wiele', 'wszystkie'],
    none: ['brak', 'żaden', 'żadne', 'nic'],
  },
  sv: {
    pass: ['godkänd', 'godkänt', 'godkända', 'lyckades', 'lyckad', 'lyckat', 'lyckade'],
    failed: ['misslyckade', 'misslyckades', 'misslyckad', 'misslyckat', 'misslyckanden', 'underkänd', 'underkända'],
    errors: ['fel'],
    tolerated: ['förväntade', 'förväntad', 'förväntat', 'kända', 'känd', 'tillåtna', 'tillåtet', 'tillåten', 'tolererade', 'ignorerade'],
    other: ['högst', 'gräns', 'tröskel', 'tidigare', 'föregående', 'senaste', 'andel', 'procent', 'tid'],
    count: ['antal'],
    summary: ['sammanfattning', 'resultat', 'statistik', 'totalt'],
    outcome: ['status', 'resultat', 'utfall', 'tillstånd'],
    negation: ['inte', 'ej'],
    without: ['utan'],
    free: ['fri', 'fritt', 'fria'],
    of: ['av'],
    some: ['en', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'många', 'flera', 'några', 'alla'],
    none: ['inga', 'ingen', 'inget'],
  },
  ru: {
    pass: ['пройдено', 'пройден', 'пройдены', 'успешно', 'успех', 'успешный', 'uspeshno', 'proydeno'],
    failed: ['непройдено', 'непройдены', 'провалено', 'провален', 'провалены', 'проваленные', 'проваленных', 'провалов', 'неудачно', 'неудачные', 'неудачных', 'неудачи', 'неудач', 'упавшие', 'упало', 'provaleno', 'neudachi'],
    errors: ['ошибка', 'ошибки', 'ошибок', 'oshibki', 'oshibok'],
    tolerated: ['ожидаемые', 'ожидаемых', 'известные', 'известных', 'допустимые', 'допустимых', 'разрешённые', 'разрешённых', 'игнорируемые', 'игнорируемых', 'проигнорированные'],
    other: ['максимум', 'макс', 'лимит', 'порог', 'предыдущие', 'предыдущих', 'прошлые', 'доля', 'процент', 'время', 'длительность'],
    count: ['количество', 'число'],
    summary: ['сводка', 'итог', 'итоги', 'результат', 'результаты', 'статистика'],
    outcome: ['статус', 'результат', 'состояние', 'вердикт'],
    negation: ['не'],
    without: ['без'],
    free: [],
    of: ['из'],
    some: ['один', 'одна', 'одно', 'два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'много', 'несколько', 'все'],
    none: ['нет', 'ничего'],
  },
  tr: {
    pass: ['başarılı', 'geçti', 'geçildi'],
    failed: ['başarısız', 'başarısızlar', 'başarısızlık', 'başarısızlıklar'],
    errors: ['hata', 'hatalar', 'hatalı'],
    tolerated: ['beklenen', 'bilinen', 'izin', 'izinli', 'tolere', 'yoksayılan', 'kabul'],
    other: ['azami', 'maksimum', 'sınır', 'eşik', 'önceki', 'oran', 'oranı', 'yüzde', 'süre', 'zaman'],
    count: ['sayı', 'sayısı', 'adet'],
    summary: ['özet', 'sonuç', 'sonuçlar', 'istatistikler'],
    outcome: ['durum', 'sonuç', 'karar'],
    negation: [],
    without: [],
    free: ['yok'],
    of: [],
    some: ['bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'birkaç', 'çok', 'bazı', 'hepsi'],
    none: ['yok', 'hiç'],
  },
  ja: {
    pass: ['成功', '合格', '通過'],
    failed: ['失敗', '不合格', 'shippai'],
    errors: ['エラー'],
    tolerated: ['予期された', '予期', '想定', '既知', '許容', '許可', '無視'],
    other: ['最大', '上限', '閾値', '前回', '率', '割合', '時間'],
    count: ['数', '件数', '個数'],
    summary: ['概要', '集計', '結果', '統計'],
    outcome: ['状態', 'ステータス', '結果', '判定'],
    negation: ['未'],
    without: [],
    free: ['なし', '無し'],
    of: [],
    some: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '複数', '多数', '全部'],
    none: ['なし', '無し'],
  },
  'zh-Hans': {
    pass: ['通过', '成功', '合格'],
    failed: ['失败', '未通过', '不通过', 'shibai'],
    errors: ['错误'],
    tolerated: ['预期', '已知', '允许', '容许', '可接受', '忽略'],
    other: ['最大', '上限', '阈值', '上次', '之前', '率', '比例', '时间'],
    count: ['数', '数量', '个数'],
    summary: ['摘要', '汇总', '结果', '统计'],
    outcome: ['状态', '结果', '结论'],
    negation: ['未', '不'],
    without: ['无', '没有'],
    free: [],
    of: [],
    some: ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '多个', '若干', '全部'],
    none: ['无', '没有'],
  },
  'zh-Hant': {
    pass: ['通過', '成功', '合格'],
    failed: ['失敗', '未通過', '不通過'],
    errors: ['錯誤'],
    tolerated: ['預期', '已知', '允許', '容許', '可接受', '忽略'],
    other: ['最大', '上限', '閾值', '上次', '之前', '率', '比例', '時間'],
    count: ['數', '數量', '個數'],
    summary: ['摘要', '彙總', '結果', '統計'],
    outcome: ['狀態', '結果', '結論'],
    negation: ['未', '不'],
    without: ['無', '沒有'],
    free: [],
    of: [],
    some: ['一', '二', '兩', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '萬', '多個', '若干', '全部'],
    none: ['無', '沒有'],
  },
  ko: {
    pass: ['성공', '통과', '합격'],
    failed: ['실패', '불합격', 'silpae'],
    errors: ['오류', '에러'],
    tolerated: ['예상', '예상된', '알려진', '허용', '허용된', '무시', '무시된'],
    other: ['최대', '한도', '임계값', '이전', '율', '률', '비율', '시간'],
    count: ['수', '개수', '건수'],
    summary: ['요약', '결과', '통계'],
    outcome: ['상태', '결과', '판정'],
    negation: ['미', '불'],
    without: [],
    free: ['없음', '없는', '없이'],
    of: [],
    some: ['하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉', '열', '여러', '몇', '모두', '전부'],
    none: ['없음'],
  },
  uk: {
    pass: ['успішно', 'успіх', 'пройдено', 'пройдені'],
    failed: ['невдало', 'невдалі', 'невдалих', 'невдач', 'провалено', 'провалені', 'провалених', 'непройдені'],
    errors: ['помилка', 'помилки', 'помилок'],
    tolerated: ['очікувані', 'очікуваних', 'відомі', 'відомих', 'дозволені', 'дозволених', 'допустимі', 'допустимих', 'ігноровані', 'ігнорованих'],
    other: ['максимум', 'макс', 'ліміт', 'поріг', 'попередні', 'попередніх', 'частка', 'відсоток', 'час', 'тривалість'],
    count: ['кількість', 'число'],
    summary: ['підсумок', 'підсумки', 'результат', 'результати', 'статистика'],
    outcome: ['статус', 'результат', 'стан'],
    negation: ['не'],
    without: ['без'],
    free: [],
    of: ['з', 'із'],
    some: ['один', 'одна', 'два', 'дві', 'три', 'чотири', 'пʼять', 'багато', 'кілька', 'всі'],
    none: ['немає', 'нічого'],
  },
  cs: {
    pass: ['úspěch', 'úspěšně', 'úspěšné', 'prošlo', 'prošly'],
    failed: ['selhalo', 'selhaly', 'selhání', 'neúspěšné', 'neúspěšných', 'neprošlo', 'neprošly'],
    errors: ['chyba', 'chyby', 'chyb'],
    tolerated: ['očekávané', 'očekávaných', 'známé', 'známých', 'povolené', 'povolených', 'tolerované', 'ignorované', 'ignorovaných'],
    other: ['maximum', 'limit', 'práh', 'předchozí', 'předchozích', 'poslední', 'podíl', 'procento', 'čas', 'doba'],
    count: ['počet'],
    summary: ['souhrn', 'výsledek', 'výsledky', 'statistika'],
    outcome: ['stav', 'výsledek'],
    negation: ['ne'],
    without: ['bez'],
    free: [],
    of: ['z', 'ze'],
    some: ['jeden', 'jedna', 'dva', 'dvě', 'tři', 'čtyři', 'pět', 'několik', 'mnoho', 'všechny'],
    none: ['žádné', 'žádná', 'nic'],
  },
  el: {
    pass: ['επιτυχία', 'επιτυχής', 'επιτυχώς', 'πέρασε', 'πέρασαν'],
    failed: ['αποτυχία', 'αποτυχίες', 'αποτυχημένα', 'αποτυχημένες', 'απέτυχε', 'απέτυχαν'],
    errors: ['σφάλμα', 'σφάλματα'],
    tolerated: ['αναμενόμενα', 'αναμενόμενες', 'γνωστά', 'γνωστές', 'επιτρεπόμενα', 'επιτρεπόμενες', 'αγνοημένα', 'αγνοημένες'],
    other: ['μέγιστο', 'όριο', 'κατώφλι', 'προηγούμενα', 'προηγούμενες', 'ποσοστό', 'χρόνος', 'διάρκεια'],
    count: ['αριθμός', 'πλήθος'],
    summary: ['σύνοψη', 'περίληψη', 'αποτέλεσμα', 'αποτελέσματα', 'στατιστικά'],
    outcome: ['κατάσταση', 'αποτέλεσμα'],
    negation: ['μη', 'δεν'],
    without: ['χωρίς'],
    free: [],
    of: ['από'],
    some: ['ένα', 'δύο', 'τρία', 'τέσσερα', 'πέντε', 'πολλά', 'μερικά', 'όλα'],
    none: ['κανένα', 'καμία', 'τίποτα'],
  },
  id: {
    pass: ['berhasil', 'lulus', 'sukses'],
    failed: ['gagal', 'kegagalan'],
    errors: ['kesalahan', 'galat'],
    tolerated: ['diharapkan', 'diketahui', 'diizinkan', 'ditoleransi', 'diabaikan'],
    other: ['maksimum', 'maks', 'batas', 'ambang', 'sebelumnya', 'terakhir', 'rasio', 'persen', 'persentase', 'durasi', 'waktu'],
    count: ['jumlah', 'banyaknya'],
    summary: ['ringkasan', 'hasil', 'statistik'],
    outcome: ['hasil', 'keadaan'],
    negation: ['tidak'],
    without: ['tanpa'],
    free: [],
    of: ['dari'],
    some: ['satu', 'dua', 'tiga', 'empat', 'lima', 'beberapa', 'banyak', 'semua'],
    none: ['nihil', 'tidak ada'],
  },
  hi: {
    pass: ['सफल', 'उत्तीर्ण'],
    failed: ['विफल', 'असफल', 'अनुत्तीर्ण'],
    errors: ['त्रुटि', 'त्रुटियाँ', 'त्रुटियां'],
    tolerated: ['अपेक्षित', 'ज्ञात', 'अनुमत', 'अनदेखा'],
    other: ['अधिकतम', 'सीमा', 'पिछला', 'पिछले', 'दर', 'प्रतिशत', 'अवधि', 'समय'],
    count: ['संख्या', 'गिनती'],
    summary: ['सारांश', 'परिणाम', 'आँकड़े'],
    outcome: ['स्थिति', 'परिणाम'],
    negation: [],
    without: ['बिना'],
    free: [],
    of: [],
    some: ['एक', 'दो', 'तीन', 'चार', 'पांच', 'कई', 'सभी'],
    none: ['कोई नहीं', 'नहीं'],
  },
  sr: {
    pass: ['успешно', 'uspešno', 'прошло', 'prošlo'],
    failed: ['неуспешно', 'неуспешни', 'неуспешних', 'neuspešno', 'neuspešni', 'neuspešnih'],
    errors: ['грешка', 'грешке', 'грешака', 'greška', 'greške', 'grešaka'],
    tolerated: ['очекиване', 'очекиваних', 'познате', 'дозвољене', 'игнорисане', 'očekivane', 'očekivanih', 'poznate', 'dozvoljene', 'ignorisane'],
    other: ['максимум', 'граница', 'праг', 'претходне', 'удео', 'проценат', 'време', 'трајање', 'maksimum', 'granica', 'prag', 'prethodne', 'udeo', 'procenat', 'vreme', 'trajanje'],
    count: ['број', 'broj'],
    summary: ['резиме', 'резултат', 'резултати', 'rezime', 'rezultat', 'rezultati'],
    outcome: ['статус', 'стање', 'status', 'stanje'],
    negation: ['не', 'ne'],
    without: ['без', 'bez'],
    free: [],
    of: ['од', 'od'],
    some: ['један', 'два', 'три', 'неколико', 'много', 'jedan', 'dva', 'tri', 'nekoliko', 'mnogo'],
    none: ['нема', 'ništa', 'ничега'],
  },
};

/** Spellings of a word without its accents or special letters, as ASCII keys write them: `échecs` → `echecs`, `fehlschläge` → `fehlschlaege`, `başarısız` → `basarisiz`. */
export function transliterations(word: string): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  const special = lower.replace(/ß/gu, 'ss').replace(/ł/gu, 'l').replace(/ı/gu, 'i').replace(/ø/gu, 'o').replace(/æ/gu, 'ae');
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

/** Languages other than English, whose words are never run together with an English role word in a compound. */
export const OTHER_LANGUAGES: readonly string[] = Object.keys(STATUS_VOCABULARY).filter((l) => l !== 'en');
