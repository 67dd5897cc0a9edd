/**
 * What an exemption's reason and removal condition say, read by the roles of their words rather than as exact phrases
 * (red team rh, session 46): `NO_CONDITION` (src/core/waivers.ts) holds phrases, and every rewording (`when the gate
 * passes`, `when CI is green`, `когда починят`) or date (`2026-03-20`, `by Friday`) slipped past it.
 *
 * A text is judged here only when EVERY word of it has a role in one of these small vocabularies; one word outside them
 * — a project's name, an issue, a version, a place (`tokio`, `#123`, `1.40`, `ARM`) — makes the text say something, and
 * it is left to the other rules. So a sound waiver is refused only if it is made of nothing but the gate, its failure
 * and connecting words.
 *
 * Vocabularies are built on first use (start-up time is measured; a run without waivers never reads them).
 */
import { foldString } from '../text/fold.js';
import { lazy } from '../util/lazy.js';

/** A word as a reader takes it: folded as release texts are (look-alike letters, width, marks, case), letters and digits only. */
const asRead = (value: string): string => foldString(value).replace(/[^\p{L}\p{N}]/gu, '');

/** Longer texts are sentences with content: none of these classes is written at length, and the reader stays cheap. */
const MAX_JUDGED = 160;
/** A word of a text: letters, marks and digits, joined by an apostrophe, a dot, a dash, a slash or a colon (`it's`, `2.5.0`, `2026-03-20`, `10:30`). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-/:][\p{L}\p{M}\p{N}]+)*/gu;
/** Scripts written without spaces, or gluing particles to words (Japanese, Chinese, Korean): their runs are split by the vocabulary. */
const GLUED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words as read, each with its roles (a word may join one kind of text and be the core of another: `at`, `no`). */
type Vocabulary = ReadonlyMap<string, ReadonlySet<string>>;
type Roles = ReadonlySet<string>;
const vocabularyOf = (groups: Record<string, string>): Vocabulary => {
  const map = new Map<string, Set<string>>();
  for (const [role, words] of Object.entries(groups)) {
    for (const word of words.split(/\s+/u)) {
      const read = asRead(word);
      if (read !== '') map.set(read, (map.get(read) ?? new Set()).add(role));
    }
  }
  return map;
};
/** Whether every word has one of the roles `allowed` and some word has `needed`. */
const madeOf = (words: readonly Roles[], allowed: readonly string[], needed: string): boolean =>
  words.some((roles) => roles.has(needed)) && words.every((roles) => allowed.some((role) => roles.has(role)));
const any = (words: readonly Roles[], role: string): boolean => words.some((roles) => roles.has(role));

/**
 * The roles of a text's words, or undefined when a word has none (the text names something: it is left alone). A word
 * holding a digit is never looked up (the fold reads `1` and `0` as letters): `dated` gives it a role, or none. A run of a
 * glued script is split into vocabulary words (`CIが通ったら`: `ci` `が` `通っ` `たら`).
 */
function rolesOf(value: string, vocabulary: Vocabulary, dated?: (word: string) => string | undefined): Roles[] | undefined {
  if (value.length > MAX_JUDGED) return undefined;
  const roles: Roles[] = [];
  for (const [raw] of value.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    if (/\p{N}/u.test(raw)) {
      const role = dated?.(raw);
      if (role === undefined) return undefined;
      roles.push(new Set([role]));
      continue;
    }
    const read = vocabulary.get(asRead(raw));
    const parts = /['’]/u.test(raw) ? raw.split(/['’]/u).map((part) => vocabulary.get(asRead(part))) : [];
    if (read !== undefined) roles.push(read);
    else if (parts.length > 0 && parts.every((part) => part !== undefined)) roles.push(...(parts as Roles[]));
    else if (GLUED_SCRIPT.test(raw)) {
      const split = gluedRoles(asRead(raw), vocabulary);
      if (split === undefined) return undefined;
      roles.push(...split);
    } else return undefined;
  }
  return roles;
}

/** The roles of a glued run split into vocabulary words, longest first, or undefined when no split covers it. */
function gluedRoles(run: string, vocabulary: Vocabulary): Roles[] | undefined {
  if (run.length > 40) return undefined;
  const best: (Roles[] | undefined)[] = [[]];
  for (let end = 1; end <= run.length; end++) {
    for (let start = Math.max(0, end - 12); start < end && best[end] === undefined; start++) {
      const before = best[start];
      const role = before === undefined ? undefined : vocabulary.get(run.slice(start, end));
      if (before !== undefined && role !== undefined) best[end] = [...before, role];
    }
  }
  return best[run.length];
}

let goesAwayWords: Vocabulary | undefined;
/**
 * A removal condition's words by role: the gate itself (`gate`, `test`, `CI`, `bug`, `waiver`), its going away (`passes`,
 * `green`, `fixed`, `gone`), a negation (`no longer`), its failing or being needed, and connecting words — in the
 * languages teams write waivers in.
 */
const goesAway = (): Vocabulary =>
  (goesAwayWords ??= vocabularyOf({
    filler: [
      // English
      'when whenever once until till til after afterwards if as soon by the time it its it\'s is are be been being get gets got gotten has have had was were will would should can could',
      'all every each again a an this that these those our my their your we they someone somebody anyone anybody one do does did then finally eventually completely fully properly really actually now on in of for to up there and or both any whole entire back just only also become becomes turns turn goes go went finally me us them he she him her s t',
      // Spanish, Portuguese, Italian
      'cuando una vez hasta que después despues de del se el la los las lo esté este estén esten sea sean es está esta están estan todo todos todas ya y o en haya hayan sido quede queden vuelva vuelvan a otra al alguien',
      'depois até ate o os as estiver estiverem for forem é da do alguém alguem',
      'quando volta finché finche dopo il i gli le l è e sarà sara sono saranno tutti tutto di che si qualcuno',
      // French
      'quand lorsque lorsqu une fois jusqu jusqu\'à à ce c qu ça ca cela il elle ils on le les sera seront est sont soit soient aura auront été du des en après apres et ou nouveau enfin quelqu un',
      // German, Dutch
      'wenn sobald bis nachdem falls es er sie der die das den dem ist sind wird werden wurde alle alles wieder dann und oder jemand man nach erst hat haben sein mal endlich',
      'als wanneer zodra tot totdat na het zijn wordt weer en of iemand er',
      // Russian, Polish
      'когда после как только пока до тех пор это он она оно они всё все будет будут станет станут снова опять его их кто нибудь кто-нибудь то и или уже наконец',
      'gdy kiedy po jak już juz będzie bedzie wszystkie',
      // Japanese, Chinese, Korean: particles and endings glued to the words
      'が は を の に も で と これ それ 全て すべて 全部 再び また 次第 後 あと ら たら ば れば とき 時 場合 まで され し した する なっ になっ になったら た',
      '在 当 當 等 等到 待 直到 之后 以后 之後 以後 后 了 的 被 都 再 所有 它 这个 這個 这 這 时 時 就 再次 完成 好',
      '후 되면 하면 가 이 은 는 을 를 모든 다시',
    ].join(' '),
    subject: [
      'gate gates test tests testing testcase testcases spec specs case cases ci build builds pipeline pipelines check checks suite suites job jobs run runs workflow workflows step steps',
      'bug bugs problem problems failure failures error errors crash crashes flake flakes flakiness regression regressions waiver waivers exemption defect defects status result results everything code thing things',
      'prueba pruebas compilación compilacion errores fallo fallos problema problemas excepción excepcion teste testes erro erros errore errori problemi',
      'problème probleme erreur erreurs échec echec échecs echecs dérogation derogation défaut defaut anomalie',
      'fehler probleme prüfung pruefung ausnahme lauf fout fouten probleem',
      'тест тесты тестов сборка сборки баг баги ошибка ошибки ошибок проблема проблемы гейт пайплайн исключение testy błąd blad',
      'テスト ゲート ビルド バグ 問題 不具合 エラー 障害 免除 测试 測試 构建 構建 门禁 門禁 缺陷 问题 错误 錯誤 故障 테스트 버그 문제 빌드 오류',
    ].join(' '),
    away: [
      'pass passes passing passed green fixed fix fixes fixing gone away disappears disappear disappeared vanishes resolved resolves solved sorted addressed repaired corrected cured',
      'works work working worked stable fine ok okay clean succeeds succeed succeeded successful healthy good restored recovered unblocked',
      'pase pasen pasa pasan pasar funcione funcionen funciona funcionar arreglado arreglada arreglados arregle arreglen arreglo arreglar corregido corregida corrija corrijan corrección correccion corregir',
      'resuelto resuelta resuelva resuelvan solucionado solucionada solucione solucionen verde verdes desaparezca desaparezcan estable bien',
      'resolvido resolvida consertado passe passarem funcionar corrigido correção correcao arrumado',
      'risolto risolta corretto corretta sistemato sistemata passa passano passi funziona funzionano verdi aggiustato',
      'passe passent passera passeront marche marchera marchent fonctionne fonctionnera corrigé corrigée corrigés corriger correction réglé réglée résolu résolue vert verte verts disparaît disparait disparu réparé réparée',
      'grün gruen behoben gefixt gelöst geloest erledigt läuft laeuft funktioniert repariert besteht bestanden durchläuft weg korrigiert stabil klappt behebt',
      'opgelost groen werkt slaagt geslaagd gerepareerd hersteld',
      'починят починим починится починено починена починки починка исправят исправим исправится исправлено исправлена исправлен исправления исправление исправлений пройдёт пройдет пройдут проходит проходят',
      'заработает заработают работает зелёный зеленый зелёным зеленым зелёные позеленеет решат решится решено решения фикса фикс пофиксят пофиксим устранят устранения исчезнет уйдёт уйдет',
      'naprawie naprawione naprawiony naprawią naprawia przejdzie przejdą zielony',
      '直っ 直る 直り 直れ 直し 治っ 治る 治れ 修正 解決 通っ 通る 通れ 通過 パス 成功 緑 グリーン 消え 修復 修理',
      '修复 修復 修好 解决 解決 通过 通過 变绿 變綠 绿 綠 消失 正常 稳定 穩定 搞定 改好',
      '수정되면 고쳐지면 해결되면 통과하면 수정 해결 통과',
    ].join(' '),
    no: 'no not longer more anymore stops stop stopped ceases never isn\'t aren\'t doesn\'t don\'t won\'t ya más mas deje dejen ne n plus pas nicht kein keine mehr nie niet geen meer non più piu não nao mais не больше перестанет перестанут なく ない しなく 不再 不 没有 沒有',
    failing: [
      'fail fails failing failed broken breaks break red flaky flaking crashing erroring happens happen occurs occur reproduces reproduce',
      'falle fallen falla fallar fallando roto rota rompa falhar falha falhe quebrado fallisce falliscono rotto échoue echoue échouent echouent cassé casse rouge',
      'fehlschlägt schlägt fehl rot kaputt faalt falen kapot rood падает падать падают упадёт упадет 失敗 落ち 失败 报错',
    ].join(' '),
    need: 'needed need needs required necessary relevant applicable useful necesario necesaria necesite necessário necessario serve nécessaire necessaire nötig noetig notwendig gebraucht benötigt erforderlich nodig нужен нужно нужна понадобится потребуется 必要 需要 不要 いらなく',
  }));

/**
 * Whether a removal condition only says that the failure goes away (red team rh): every word is the gate itself, its
 * going away (or its failing or being needed, negated) and connecting words — `when the gate passes`, `when CI is green`,
 * `till fixed`, `when the waiver is no longer needed`, `когда починят`, `直ったら`, `wenn es grün ist`. Nothing names
 * what must happen first, so nobody could check it; `when tokio 1.40 is released`, `when PR #123 merges` name it.
 */
export function onlySaysTheFailureGoesAway(value: string): boolean {
  const words = rolesOf(value, goesAway());
  if (words === undefined) return false;
  const allowed = ['filler', 'subject', 'away', 'no', 'failing', 'need'];
  return madeOf(words, allowed, 'away') || (any(words, 'no') && (madeOf(words, allowed, 'failing') || madeOf(words, allowed, 'need')));
}

let timeWords: Vocabulary | undefined;
/**
 * A removal condition's words of time: days, weeks, months and their names, weekdays, an unnamed next version and the
 * words that join them — and of doubt (`not sure`, `no idea`, `unknown`).
 */
const timeAndDoubt = (): Vocabulary =>
  (timeWords ??= vocabularyOf({
    filler: [
      'after before by on in within until till at around about approximately approx circa ca from now or so later more the a an of end start beginning mid middle early late this',
      'one two three four five six seven eight nine ten eleven twelve few couple several some time than latest earliest sometime roughly maybe probably hopefully target targeted planned expected eta due',
      'nach vor bis am im ende anfang mitte zum zur der die das in ein eine einer zwei drei paar wenigen etwa ungefähr spätestens',
      'après apres avant le la les fin début debut mi d ici dans un une deux trois quelques au plus tard vers environ',
      'después despues antes del el la los fin finales principios mediados en para de un una dos tres unos unas pocos pocas a más mas tardar hacia',
      'через после до к в конце начале середине неделю недели недель месяц месяца дня дней',
    ].join(' '),
    unit: [
      'day days week weeks month months year years quarter quarters sprint sprints hour hours fortnight fortnights weekend morning afternoon evening night tonight today tomorrow eod eow eom eoq eoy cob',
      'tag tage tagen woche wochen monat monate monaten jahr jahre jahres quartal quartals morgen heute wochenende',
      'jour jours semaine semaines mois an ans année annee trimestre demain aujourd hui',
      'día dia días dias semana semanas mes meses año ano años trimestre mañana manana hoy',
      'неделя месяц год квартал завтра сегодня 来週 今週 来月 今月 来年 明日 月末 週末 下周 下週 下个月 下個月 明年 明天 月底 周末 다음주 다음달 내일',
      'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
      'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat',
      'januar februar märz maerz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag',
      'janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche',
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles miercoles jueves viernes sábado sabado domingo',
    ].join(' '),
    next: 'next upcoming following coming future subsequent another nächste nächsten nächstes nächster kommende kommenden prochaine prochain suivante suivant próxima próximo proxima proximo siguiente prossima prossimo volgende следующий следующем следующей следующая следующего',
    version: 'major minor patch point release releases version versions update build cut rc beta alpha milestone train deploy deployment iteration cycle drop ga lts hauptversion nebenversion versión versione versie релиз релизе версия версии',
    doubt: [
      'sure unsure idea unknown unclear uncertain know knows dunno idk clue undecided undetermined determined decided certain clear',
      'ahnung unklar unbekannt weiß weiss idée idee sais inconnu inconnue incertain sé desconocido desconocida claro знаю неизвестно непонятно неясно',
    ].join(' '),
    doubtFiller: 'not no yet still i we don\'t dont do does who currently at this point moment the is it cause reason root why really entirely quite honestly far as of now hard to say can\'t cannot tell any keine nicht noch ich je ne pas aucune aucun lo todavía todavia aún aun ni не ещё еще пока я',
  }));

/**
 * A word holding a digit as a time gives it (red team rh): a date (`2026-03-20`, `03/20/2026`, `20.03.2026`), a year, a
 * month of a year (`2026-03`), a quarter or half (`Q2`, `H1`, `FY26`), a day's ordinal (`20th`) or hour (`10:30`) are
 * times; a small number (`20`, `two` in `2 weeks`) counts them. A version (`1.40`, `2.5.0`), an issue (`123` beyond a
 * month's days) or an id is none of these: the text names something.
 */
function timeRoleOf(word: string): string | undefined {
  // Years, ISO dates and months (`2026`, `2026-03-20`, `2026-03`), and dates written with slashes or dots; a dotted
  // year-first number of fewer parts (`2024.1`) is a calendar version.
  if (/^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u.test(word)) return 'unit';
  if (/^(?:19|20)\d\d(?:\/(?:0?[1-9]|1[0-2])\/|\.(?:0[1-9]|1[0-2])\.)(?:0?[1-9]|[12]\d|3[01])$/u.test(word)) return 'unit';
  if (/^(?:0?[1-9]|[12]\d|3[01])(?:\/(?:0?[1-9]|[12]\d|3[01])(?:\/(?:19|20)?\d\d)?|\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d)$/u.test(word)) return 'unit';
  if (/^(?:q[1-4]|h[12]|fy\d\d(?:\d\d)?|(?:c|k)?w(?:0?[1-9]|[1-4]\d|5[0-3]))$/u.test(word)) return 'unit';
  if (/^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|º|°)?$/u.test(word) || /^(?:[01]?\d|2[0-3]):[0-5]\d$/u.test(word)) return 'count';
  return undefined;
}

/**
 * Why a removal condition names a time, a version nobody named or a doubt rather than an event, or undefined (red team
 * rh): `2026-03-20`, `after 2026-03-20`, `March 20`, `by Friday`, `in two weeks time`, `Q2 2026`, `next major`, `the
 * upcoming minor release`, `not sure`, `no idea`. The expiry already bounds time; the condition must say what happens.
 * A named version or event beside the time makes it one (`after the v2 migration lands (ENG-12)`, `2.0.0 released`).
 */
export function timeOrDoubtInsteadOfACondition(value: string): string | undefined {
  const words = rolesOf(value, timeAndDoubt(), timeRoleOf);
  if (words === undefined) return undefined;
  if (madeOf(words, ['filler', 'unit', 'count', 'next'], 'unit')) return 'a date or a span of time, which the expiry already bounds: name the event, e.g. "QuickJS 2.1 released"';
  // A release word is a version nobody named only after `next` (`next major`); `release 2.5.0` names one.
  if (any(words, 'next') && madeOf(words, ['filler', 'unit', 'count', 'next', 'version'], 'version')) return 'a version nobody named: name it, e.g. "2.0.0 released"';
  if (madeOf(words, ['doubt', 'doubtFiller'], 'doubt')) return 'a doubt, not a condition';
  return undefined;
}

const WISH_WORDS = 'waive waived waiving unblock unblocks unblocking unblocked blocker blocking blocks release releases releasing ship ships shipping merge merging deploy deploying deployment launch launching publish publishing deadline urgent asap ignore ignored skip skipped';
const TALK_WORDS = 'discussed discussion discussions agreed agreement talked spoke spoken offline meeting meetings standup stand-up call chat slack conversation sync approved approval verbally verbal decided decision privately internally huddle zoom email mail dm';
/** The gate's own nouns a talk or wish word may name a part of (`the sync job`, `shipping tests`, `release builds`). */
const COMPONENT_NOUNS = 'test tests build builds check checks suite suites job jobs pipeline pipelines run runs step steps spec specs case cases';
const alternation = (words: string): string => words.split(' ').join('|');
/**
 * Red team rl: a talk or wish word before one of the gate's nouns names the part that fails (`the sync job times out`,
 * `shipping tests fail`, `release builds crash on launch`, `the email check is flaky`), as `checkout tests fail` does;
 * after `to`, `for` or another talk or wish word it is still the wish or the talk (`to unblock release builds`,
 * `needed for the release build`, `discussed in the sync call`).
 */
const namedComponent = lazy(() => new RegExp(
  String.raw`(?<!(?:^|[^\p{L}\p{N}])(?:to|for|${alternation(WISH_WORDS)}|${alternation(TALK_WORDS)})[^\p{L}\p{N}]+(?:(?:the|a|an|our|its|these|those)[^\p{L}\p{N}]+)?)` +
    String.raw`(?<![\p{L}\p{N}-])(?:${alternation(WISH_WORDS)}|${alternation(TALK_WORDS)})[\s-]+(?:${alternation(COMPONENT_NOUNS)})(?![\p{L}\p{N}])`, 'u'));
/**
 * Red team rl: the test, not the product, at fault (`not a bug: the test is broken, not the build`, `bug in the test, not
 * in the build`): it says why the failure may be waived — a false alarm — which `the test is broken` alone does not.
 */
const testNotProduct = lazy(() => new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:test|tests|spec|specs|check|checks)(?![\p{L}\p{N}])[^.;!?]*?(?:[,:]\s*|\s+(?:but|and)\s+)not\s+(?:in\s+|with\s+)?(?:the\s+|our\s+)?(?:build|builds|product|code|app)(?![\p{L}\p{N}])`, 'u'));

let reasonWords: Vocabulary | undefined;
/**
 * A reason's words that say nothing the failure does not: the gate itself and its failing, a wish to ship or to waive,
 * a form's prompt, a talk held elsewhere, a doubt — with the words that join them. Each role but the joining ones is a
 * `core` kind; a reason made of these words alone says neither what fails nor why that is acceptable.
 */
const emptyReasonWords = (): Vocabulary =>
  (reasonWords ??= vocabularyOf({
    filler: [
      'it it\'s its this that these those the a an all some one our my we i us they them is are was were be been being does do did has have had not doesn\'t don\'t isn\'t won\'t can\'t no',
      'currently still always sometimes now yet again keeps keep just really also here there because since as so due to of for and or but therefore hence with in on at by from please',
      'test tests gate gates ci build builds check checks suite suites job jobs pipeline pipelines run runs step steps spec specs case cases thing this',
      'out',
      'need needed needs required requires must want wants can could should will let lets allow allows allowing proceed continue move forward order get getting make making',
      'what why how text detail details short brief line sentence waiver waivers exempt exempted exemption',
      'team lead manager person over previously earlier already before above see thread channel',
    ].join(' '),
    failing: 'fails failing failed fail broken breaks break red errors erroring error crashes crash crashing flaky flakes flaking flake timeout timeouts times bug bugs failure failures',
    wish: WISH_WORDS,
    prompt: 'insert enter add write provide give fill put type specify state describe explain justify document description explanation summary justification rationale reason reasons',
    // The gate passing as the reason: the wish that it may (`to make CI pass`).
    passing: 'pass passes passing passed green work works working succeed succeeds',
    talk: TALK_WORDS,
    doubt: 'sure unsure idea unknown unclear uncertain know knows dunno idk clue undecided',
    causeOf: 'cause causes root',
    // Red team ta: the reason promised for later or still being looked for (`reason to follow`, `will explain later`,
    // `under investigation`): no reason yet, in whatever words it is promised.
    later: 'later tomorrow soon pending follow follows following investigate investigated investigating investigation investigations tbd tba tbc written writing wrote up more when once after under looking look into progress wip',
  }));

/**
 * Why a reason says nothing the failure itself does not, or undefined (red team rh): it restates that the gate fails
 * (`it fails`, `because the test fails`), asks to waive or to ship (`waive it`, `to unblock release`, `needed for
 * release`), is a form's prompt (`insert reason`, `describe why`, `Short description of why this is waived`), points to a
 * talk nobody can read (`discussed offline`, `as discussed`) or admits none is known (`no idea`, `unknown cause`). A
 * reason naming what fails or why (`flaky upstream test tracked in #123; fails 1 in 50 on ARM runners`) has words of its own.
 */
export function reasonSaysNoWhy(value: string): string | undefined {
  const words = rolesOf(value, emptyReasonWords());
  if (words === undefined) return undefined;
  const said = value.normalize('NFKC').toLowerCase();
  if (namedComponent().test(said) || testNotProduct().test(said)) return undefined;
  const has = (role: string): boolean => any(words, role);
  if (has('later')) return 'no reason: it promises one later or says it is still being looked for; write what fails and why';
  if (has('prompt')) return 'no reason: a form\'s prompt left in place, not what fails and why';
  if (has('talk')) return 'no reason: a talk held elsewhere, which nobody reading the audit can read';
  if (has('doubt')) return 'no reason: it says the cause is not known';
  if (has('wish') || has('passing')) return 'no reason: the wish to waive or to ship, which every waiver shares; say why the failure is acceptable';
  if (has('failing')) return 'no reason: it restates that the gate fails; say what fails and why that is acceptable';
  return undefined;
}
