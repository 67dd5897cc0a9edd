/**
 * What an exemption's tracking reference opens (src/core/waivers.ts `fillerReason`): a tracker key that is a stand-in a
 * template left (`TBD-42`), or a link that opens no one issue or run (a slot, a mask, a form, a list, a number no tracker
 * gives). Both read the reference as a reader's browser or tracker would: invisible characters are none of its letters,
 * full-width digits no number a tracker gives, percent-encoding decoded.
 */
import { foldString } from '../text/fold.js';
import { placeholderReason, removeInvisible } from '../util/text-classes.js';

/** The waiver field naming the tracking issue: its name, behind `your-`, is a slot too. */
export const ISSUE_FIELD = 'bead' as const;

/** A text as a reader takes it: folded as release texts are (look-alike letters, width, case), letters and digits only. */
const asRead = (value: string): string => foldString(value).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A tracking issue whose own number is real but whose tracker key is a stand-in (red team va): `TBD-42`, `TODO-7`,
 * `XXX-123`, `PLACEHOLDER-1`, `FIXME#12`, `ТBD-42` drawn with a Cyrillic Т. The id reader judges the part after the key
 * (`bd-TODO`), never the key itself, so the template's number passed for an issue. Keys that are real project names
 * elsewhere (`PROJ`, `ABC`, `NA`, `NONE`, `TEST`) stay ids.
 *
 * Red team xf: the key is read wherever the field writes one as a word of its own — behind invisible characters
 * (`T\u200BBD-42`, `TBD-42\u00AD`), before a remark (`TBD-42 (tracking)`), beside another (`TBD-42 TBD-43`), after a hash
 * (`#TBD-42`), with a letter after its number (`TBD-42a`). A link is the link reader's to judge (a repository named
 * `sample-2` is no key).
 */
export function standInIssueKey(value: string): string | undefined {
  const written = removeInvisible(value).normalize('NFKC').trim();
  if (LINK_ANYWHERE.test(written)) return undefined;
  issueKeyStandIns ??= new Set(ISSUE_KEY_STAND_INS.map(asRead));
  for (const match of written.matchAll(ISSUE_KEY_IN_TEXT)) {
    const key = match[1] as string;
    // Lower-cased before the fold, which reads a capital as the digit it looks like; the words are read through it too.
    const read = asRead(key.toLowerCase());
    if (issueKeyStandIns.has(read) || /^(?:x{3,}|n{3,})$/u.test(read)) return key;
  }
  return undefined;
}
const LINK_ANYWHERE = /[a-z][a-z0-9+.-]*:\/\//iu;

/**
 * Red team xw: the issue part of a repository's reference (`acme/engine#TBD`, GitLab's `group/project!N`): a repository
 * numbers its issues and merge requests, so the part after the hash is judged as `#TBD` alone is, and a part with no
 * digit (`#XXX`, `#N`, `#issue`) names none. Undefined for a field that is no such reference, or whose part is a number.
 */
export function repositoryIssuePart(value: string): string | undefined {
  const part = REPOSITORY_REFERENCE.exec(removeInvisible(value).normalize('NFKC').trim())?.[1];
  return part === undefined || /^\d+$/u.test(part) ? undefined : part;
}
const REPOSITORY_REFERENCE = /^[\w.-]+(?:\/[\w.-]+)+[#!]([^\s,;()[\]]+)/u;
/**
 * A key (spelled with dots, dashes or underscores too: `T.B.D.`, `ISSUE_KEY`, `TO-DO`), a separator (any dash, a dot, a
 * tilde, a `#` after either) or none, and a number with dotted children and a letter after it (`TBD-42`, `TODO_7.2`,
 * `FIXME #12`, `TBD/42`, `TBD‑42`, `TBD.42`, `TBD-#42`, `TODO42`, `TBD-42a`), as a word of its own: after the start, a
 * space, an opening bracket or quote, a hash, or an `=` or `:` (Jira's `jql=key=TBD-12`); before the end or anything but a letter or digit. Only a key that is a
 * stand-in word is refused, so any spelling of a real key passes.
 */
const ISSUE_KEY_IN_TEXT = /(?<=^|[\s([{"'#<=:])([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}._-]*?)\s?(?:[-_#:/.~\s\u2010-\u2015\u2212]\s?#?)?\s?\p{Nd}+(?:\.\p{Nd}+)*[\p{L}\p{N}]*(?![\p{L}\p{M}\p{N}])/gu;
/** Tracker keys no tracker is named. */
let issueKeyStandIns: ReadonlySet<string> | undefined;
const ISSUE_KEY_STAND_INS: readonly string[] = ['todo', 'tbd', 'tbc', 'tba', 'fixme', 'placeholder', 'changeme', 'dummy', 'null', 'undefined', 'nil', 'fake', 'example', 'sample', 'foo', 'xyz', 'issuekey', 'projectkey', 'key', 'prefix', 'tktk', 'yourproject', 'myproject', 'yourkey', 'projkey'];

/**
 * A link left as its template wrote it (red team te): a path segment that names the slot instead of filling it, as
 * documentation writes them — `https://github.com/OWNER/REPO/…`, `…/actions/runs/RUN_ID`, `your-org/your-repo`, a route
 * parameter `:run_id`, a mask `XXXX`, `NNN` or `###` — or run, job, issue or pull number 0. Such evidence points at no
 * run a reviewer could open. Slot names count only in capitals or after `your`/`my` (a real `acme/owner` repo is a name).
 */
export function standInLinkReason(value: string, field?: string): string | undefined {
  // `<https://…>` and `[CI run](https://…)`: the link as Markdown writes it, its target what a reader opens.
  const target = value.trim().replace(/^<(.*)>$/u, '$1').replace(/^\[[^\]]*\]\((\S+)\)$/u, '$1');
  // An invisible character before or inside it (`\u200Bhttps://…`) does not make it prose: it is judged as a link, and refused below.
  const visible = removeInvisible(target).normalize('NFKC');
  // Red team rh: a scheme and nothing after it (`https://`, `https:///`): cut short before any address.
  if (BARE_SCHEME.test(visible)) return 'a scheme with no address after it';
  const read = LINK.exec(visible);
  if (read === null) return undefined;
  // Red team xw: `…/issues/4812/../new` opens the form, `…/browse/PROJ-1/%2e%2e/TBD-42` the stand-in: a browser resolves
  // dot segments (written or percent-encoded) before it asks for the page, so they are judged resolved.
  const link = [read[0], withDotSegmentsResolved(read[1] as string)] as const;
  const segments = (link[1] as string).split(/[/?#&=]/u).filter((s) => s !== '');
  for (const [i, segment] of segments.entries()) {
    if (SLOT_IN_CAPITALS.test(segment) || YOUR_SLOT.test(segment)) return `the segment ${JSON.stringify(segment)} names a slot`;
    if (ROUTE_PARAMETER.test(segment)) return `the route parameter ${JSON.stringify(segment)} was never filled`;
    if (MASK.test(segment)) return `the segment ${JSON.stringify(segment)} is a mask`;
    if (/^0+$/u.test(segment) && NUMBERED.test(segments[i - 1] ?? '')) return `${segments[i - 1]} number ${segment}`;
  }
  // Red team rh: after the slots a template names in capitals, which say more about the link.
  const host = linkHost(visible);
  const local = host === undefined ? undefined : localOnlyDomain(host, true);
  if (local !== undefined) return `a host no one outside one machine or test network opens (${local})`;
  const repository = host !== undefined && CODE_HOSTS.has(host) ? placeholderRepository((read[1] as string).replace(/^\//u, '')) : undefined;
  if (repository !== undefined) return repository;
  // Red team xf: an address holds no invisible character, as written or percent-encoded (`…/issues/%E2%80%8B4812`): one
  // there is drawn as nothing, so the address a reader sees is not the one the browser opens.
  const invisible = invisibleIn(target);
  if (invisible !== undefined) return `an invisible character (U+${invisible}) inside the address, which opens no page a reader can see named`;
  // The address as written, before NFKC read full-width digits as ASCII ones (`…/issues/１２` opens no issue 12).
  const raw = LINK.exec(target);
  const written = raw === null ? undefined : withDotSegmentsResolved(raw[1] as string).replace(/[?#].*$/su, '').split('/').filter((s) => s !== '').map(decodedAsWritten);
  const twice = encodedTwice(link[1] as string);
  if (twice !== undefined) return `${JSON.stringify(twice)} percent-encoded twice: a server decodes it once, to ${JSON.stringify(decodedAsWritten(twice))}, and opens no page a reader can see named`;
  if (field !== ISSUE_FIELD) return pathReason(link[1] as string, written) ?? queryReason(link[1] as string);
  const shown = removeInvisible(target).normalize('NFKC');
  return pathReason(link[1] as string, written) ?? queryReason(link[1] as string) ?? homePageReason(shown, link[1] as string) ?? noNumberedItemReason(shown, link[1] as string);
}

/**
 * Red team xd: a tracking link that cannot name one issue, on any tracker: a link shortener's (`bit.ly/3abc`, whose page the
 * shortener chooses and may change), one whose address holds no number at all (`…/projects/engine`, Linear's
 * `…/team/ENG/active`, Jira's `…/jira/your-work`, Launchpad's `…/ubuntu/+bugs`, ServiceNow's `incident_list.do`: trackers
 * number their issues, and a key holds a number too), one ending in number 0 after any route (`crbug.com/0`, Launchpad's
 * `+bug/0`, Gerrit's `…/+/0`, Trello's `/c/0`), or a view of many by its last segment (`…/list`, `…/board`, `…/summary`,
 * `…/agiles/123-4/current`) or a container with its id and nothing after (`…/projects/1`, `…/dashboards/10000`,
 * `…/filters/123`, `…/report/1`). A Bugzilla alias (`show_bug.cgi?id=parser-crash`), a Trello card or a ClickUp task by
 * its short link (`/c/AbCdEfGh`, `/t/86b0abcd`) and an old Gerrit's route in the fragment (`/#/c/812345/`) still name one.
 */
function noNumberedItemReason(target: string, address: string): string | undefined {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?([^\s/:?#]+)/iu.exec(target)?.[1]?.toLowerCase().replace(/^www\./u, '');
  if (host === undefined) return undefined;
  linkShorteners ??= new Set(LINK_SHORTENERS);
  if (linkShorteners.has(host)) return `a shortened link (${host}), which opens whatever page the shortener chooses, not an issue's own address`;
  // An old single-page tracker routes in the fragment (`/#/c/812345/`): read as its path.
  const route = /#!?(\/.*)$/su.exec(address)?.[1];
  const path = (route ?? address.replace(/#.*$/su, '')).replace(/\?.*$/su, '').split('/').filter((s) => s !== '').map(decodedSegment);
  const query = route === undefined ? queryParameters(address) : [];
  if (query.some(([name, value]) => ITEM_PARAMETER.test(name) && /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(value))) return undefined;
  const last = path[path.length - 1] ?? '';
  if (/^0+$/u.test(last) && path.length >= 1) return `number ${last}${path.length > 1 ? ` after ${path[path.length - 2]}` : ''}, which no tracker gives`;
  if (path.length === 2 && /^[ct]$/u.test(path[0] as string) && /^[a-z\d]{6,}$/iu.test(last)) return undefined;
  const named = [...path, ...query.flat()].join('/');
  if (!/\d/u.test(named)) return 'an address with no number in it, so no numbered issue of any tracker';
  if (namesOneItem(address) || path.some((s, i) => itemAt(path, i))) return undefined;
  if (VIEW_OF_MANY.test(last)) return `a view of many (${last}), not one issue`;
  // A container, its id, and at most a slug after it (`…/projects/1`, Trello's board `/b/abc123/engine`; WebKit's `/b/123456` is a bug).
  const container = path.findLastIndex((s, i) => CONTAINER.test(s) || (s === 'b' && !/^\d+$/u.test(path[i + 1] ?? '')));
  const after = container < 0 ? [] : path.slice(container + 1);
  if (after.length >= 1 && after.length <= 2 && /\d/u.test(after[0] as string) && !/\d/u.test(after[1] ?? '')) return `the page of ${path[container]} ${after[0]}, which holds many issues, not one`;
  return undefined;
}
/** Whether the path names one item at `i`: an item's route and its number (`issues/12`, `pulses/456`, `cards/123`) or a key (`PROJ-12`, `T123`). */
function itemAt(path: readonly string[], i: number): boolean {
  const segment = path[i] as string;
  if (/^\p{L}[\p{L}\p{N}_]*-\d+$/u.test(segment) && !/^\d+-\d+$/u.test(segment)) return true;
  return (NUMBERED.test(path[i - 1] ?? '') || ITEM_ROUTE.test(path[i - 1] ?? '')) && /\d/u.test(segment);
}
/** Hosts whose links redirect wherever their owner sets (a tracker's own short host, `crbug.com/123`, keeps its number). */
let linkShorteners: ReadonlySet<string> | undefined;
const LINK_SHORTENERS: readonly string[] = ['bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'rb.gy', 'tiny.cc', 's.id', 'lnkd.in', 'db.tt', 'git.io', 'aka.ms', 'shorturl.com', 'bl.ink', 'short.io', 'tr.im', 'x.co', 'soo.gd', 'clck.ru', 'u.to', 'qr.ae', 'y2u.be', 'lnk.to', 'surl.li', 'tiny.one', 'dub.sh', 't.ly', 'go.gl'];
/** Last segments of a tracker's view of many issues. */
const VIEW_OF_MANY = /^(?:list|board|boards|timeline|calendar|overview|summary|home|dashboards?|backlog|active|all|current|inbox|roadmap|reports?|search|filters?|views?|kanban|gantt|sprints?|triage|assigned|created|subscribed|recent|recentlyupdated|rapidboard\.jspa|dashboard\.jspa)$/iu;
/** Segments before the id of something that holds many issues. */
const CONTAINER = /^(?:projects?|dashboards?|filters?|reports?|views?|spaces?|agiles|sprints?|folders?|li|lists?|boards?|teams?|rapidview|milestones?|components?|versions?|releases?|cycles?|initiatives?)$/iu;
/** Segments before an item's number on trackers the numbered routes do not name. */
const ITEM_ROUTE = /^(?:pulses|cards|tasks?|items?|show|bugs?|\+bug|\+|c|t|d|work_packages|us|epics?|incidents?|changes?|requests?|tickets|posts?|discussions|advisories)$/iu;

/**
 * Red team xw: a path or query part that still holds a percent escape once decoded (`…/issues/%2530` is `%30` to the
 * server, no number): what the page opens depends on whether a server decodes once or twice, so it names no one issue.
 */
function encodedTwice(address: string): string | undefined {
  const beforeFragment = address.replace(/#.*$/su, '');
  if (!/%25[0-9a-f]{2}/iu.test(beforeFragment)) return undefined;
  return beforeFragment.split(/[/?&=]/u).find((part) => /%[0-9a-f]{2}/iu.test(decodedAsWritten(part)));
}

/**
 * Red team xw: a tracking link to a tracker's or a code host's home page opens no one issue: a host's root
 * (`https://trac.acme.dev/`), an account or a repository on a code host (`https://github.com/acme/engine`, GitLab's
 * `…/group/subgroup/project`, which numbers nothing without its `/-/`). Judged for the tracking issue only: an owner's
 * profile (`https://github.com/alice`) names someone.
 */
function homePageReason(target: string, path: string): string | undefined {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?([^\s/:?#]+)/iu.exec(target)?.[1]?.toLowerCase().replace(/^www\./u, '');
  if (host === undefined) return undefined;
  const segments = path.replace(/[?#].*$/su, '').split('/').filter((s) => s !== '');
  if (segments.length === 0 && !/[?#]./su.test(path)) return `the home page of ${host}, not one issue`;
  if (!CODE_HOSTS.has(host)) return undefined;
  // Red team xd: GitHub's advisory database (`github.com/advisories/GHSA-…`) names one advisory, under no account.
  if (host === 'github.com' && segments[0]?.toLowerCase() === 'advisories' && segments.length === 2) return undefined;
  if (segments.length <= 2) return `${segments.length <= 1 ? 'an account' : 'a repository'}'s home page on ${host}, not one issue`;
  // GitLab's projects nest in groups: a page of one project's issue sits behind `/-/` (or a legacy `/issues/12`).
  if (host === 'gitlab.com' && !segments.some((s) => s === '-' || NUMBERED.test(s))) return `a group's or a project's home page on ${host}, not one issue`;
  return undefined;
}
/** A link's host, lower-cased, `www.` and a port or user dropped; an IPv6 literal in its brackets. */
function linkHost(link: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?(\[[^\]\s]*\]|[^\s/:?#]+)/iu.exec(link)?.[1]?.toLowerCase().replace(/^www\./u, '');
}
const BARE_SCHEME = /^[a-z][a-z0-9+.-]*:\/\/[/.?#\s]*$/iu;

/**
 * Red team rh: why a domain reaches no one outside one machine, a test network or a home, or is a form's made-up one, or
 * undefined: one label (`alice@test`, `alice@example`: RFC 5321 asks a mail domain to be fully qualified), a name RFC
 * 2606, 6761, 6762 and 8375 or ICANN reserve (`.test`, `.invalid`, `.example`, `.localhost`, `.local`, `home.arpa`,
 * `.internal`), loopback in any spelling a resolver takes (`127.0.0.1`, `127.1`, `[::1]`, `0x7f000001`), or the stand-in
 * top-level name of a form (`domain.tld`, `company.ext`) or its stand-in domain (`company.com`, `domain.com`,
 * `yourcompany.com`). Dots as IDNA reads them (`。`, full width) part labels too. For a link (`asHost`) a name of one
 * label may be a short intranet name a search domain completes (`http://jira/browse/ENG-1`): only `localhost` is refused.
 */
export function localOnlyDomain(domain: string, asHost = false): string | undefined {
  const name = removeInvisible(domain).normalize('NFKC').toLowerCase().replace(/[\u3002\uff61]/gu, '.').replace(/\.+$/u, '');
  if (name === '') return undefined;
  if (LOOPBACK.test(name)) return `${name}, this machine's own address`;
  const labels = name.split('.');
  const last = labels[labels.length - 1] as string;
  if (labels.length >= 2 && labels.slice(-2).join('.') === 'home.arpa') return `${name}, a home network's name (RFC 8375)`;
  // Red team rl: ICANN reserved `.internal` (2024) for private networks' own names: a company's host under its own name
  // (`jira.acme.internal`) and a mail domain under it (`alice@acme.internal`) are reached by everyone on that network. A
  // bare `internal`, or a host with no network's name before it (`tracker.internal`), names no one's network.
  if (last === 'internal' && labels.length >= (asHost ? 3 : 2) && labels.every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u.test(label)) && !standInNetwork(labels[labels.length - 2] as string)) return undefined;
  if (RESERVED_TOP_LEVEL.has(last)) return `${name}, under the reserved name .${last}`;
  if (STAND_IN_TOP_LEVEL.has(last)) return `${name}, a form's made-up top-level name .${last}`;
  if (labels.length >= 2 && /^(?:com|org|net)$/u.test(last) && STAND_IN_DOMAIN.test(labels[labels.length - 2] as string)) return `${name}, a form's stand-in domain`;
  if (!asHost && labels.length === 1 && !/^\[/u.test(name)) return `${name}, a name of one label, which no mail leaves one network for`;
  return undefined;
}
/** A network's name that is a form's slot or a reserved word (`your-company.internal`, `example.internal`). */
const standInNetwork = (name: string): boolean => STAND_IN_DOMAIN.test(name) || RESERVED_TOP_LEVEL.has(name) || STAND_IN_TOP_LEVEL.has(name);
const LOOPBACK = /^(?:localhost|(?:[\w-]+\.)*localhost|127(?:\.\d+){0,3}|0x7f[\da-f]{6}|2130706433|0\.0\.0\.0|\[(?:0*:)*:?0*1\]|\[::\])$/u;
const RESERVED_TOP_LEVEL: ReadonlySet<string> = new Set(['test', 'invalid', 'example', 'localhost', 'local', 'localdomain', 'internal']);
const STAND_IN_TOP_LEVEL: ReadonlySet<string> = new Set(['tld', 'ext', 'domain']);
const STAND_IN_DOMAIN = /^(?:your-?)?(?:company|domain)$|^your-?(?:org|email|site|website|corp)$|^(?:my|the)-?(?:company|domain|org)$|^(?:company|domain)-?name$/u;

/**
 * Red team rh: a repository named by a template's pair of slots in small letters too (`owner/repo`, `org/repo`,
 * `user/project`, `username/repository`, `octocat/hello-world`): the account and the repository both name their slot, so
 * the link opens the documentation's example, no project's issue. A real repository named like one slot
 * (`acme/project`, `user/engine`) names its other part.
 */
export function placeholderRepository(path: string): string | undefined {
  const [account = '', repository = ''] = removeInvisible(path).normalize('NFKC').toLowerCase().split(/[/#!]/u);
  return ACCOUNT_SLOT.test(account) && REPOSITORY_SLOT.test(repository) ? `the repository ${account}/${repository}, a template's slots, not a project` : undefined;
}
const ACCOUNT_SLOT = /^(?:(?:your|my|the|some)[-_.]?)?(?:owner|org|orga|organi[sz]ation|user|username|user-name|account|namespace|group|company|team|name|foo|example|sample|octocat|octo-org|me|someone)$/u;
const REPOSITORY_SLOT = /^(?:(?:your|my|the|some)[-_.]?)?(?:repo|repository|repo-name|reponame|repo_name|project|project-name|project_name|projectname|name|foo|bar|example|sample|app|hello-world|octo-repo|example-repo|sample-repo)$/u;

/** Hosts whose first two path segments are an account and its repository. */
const CODE_HOSTS: ReadonlySet<string> = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitea.com', 'git.sr.ht']);

/**
 * Red team va, xv: judged on the path, each segment as a browser decodes it (`%54BD-42` is `TBD-42`); a query or a fragment
 * (`?focusedCommentId=1`, `#comment`) and a slug after the key (Linear's `…/issue/TBD-42/fix-parser`) still open the page
 * of the key before them.
 */
function pathReason(address: string, written: readonly string[] | undefined): string | undefined {
  const path = address.replace(/[?#].*$/su, '').split('/').filter((s) => s !== '').map(decodedSegment);
  for (const [i, segment] of path.entries()) {
    const before = path[i - 1] ?? '';
    // Azure DevOps numbers a work item under `_workitems/edit/`, and opens its form under `_workitems/create/`.
    const numbered = NUMBERED.test(before) || (before.toLowerCase() === 'edit' && path[i - 2]?.toLowerCase() === '_workitems');
    // `…/issues/TBD`, `…/actions/runs/TODO`, `…/story/0`: the number a tracker or CI gives, left as a placeholder word or zero.
    if (numbered && !/^\d+$/u.test(segment) && placeholderReason(segment) !== undefined) return `${before} number ${JSON.stringify(segment)}, a placeholder`;
    // Red team xw: …and with a format after it (`…/pull/0.diff`, `…/pull/0.patch`), still number 0.
    if (numbered && /^0+(?:\.[a-z]+)?$/iu.test(segment)) return `${before} number ${segment}`;
    // Red team xf: a number no tracker gives (`…/issues/-1`, `…/issues/0x1`, full-width `…/issues/１２`): trackers number
    // in ASCII digits from one; a key (`…/issue/ENG-42`) or a word (`…/runs/123/attempts`) is judged as one.
    const shape = numbered ? numberNoTrackerGives(written?.[i] ?? segment) : undefined;
    if (shape !== undefined) return `${before} number ${JSON.stringify(written?.[i] ?? segment)}, ${shape}`;
    // …or the form that would open one (`…/issues/new`, GitHub's `…/issues/new/choose`, `…/issues/new?template=…`, its
    // `…/pull/new/<branch>` and `<owner>/<repo>/compare/<branches>` (GitLab's `…/-/compare/…`), Azure's `_workitems/create/Bug`), or the list of them (`…/issues`,
    // `…/issues?q=is%3Aopen`, `…/issues#TBD`): no one of them.
    const last = i === path.length - 1 || (i === path.length - 2 && path[i + 1]?.toLowerCase() === 'choose');
    if (numbered && segment.toLowerCase() === 'new' && (last || i >= 3)) return `the form for a new one of ${before}, not one`;
    if (segment.toLowerCase() === 'compare' && (i === 2 || (i >= 3 && before === '-'))) return 'the form comparing branches for a new pull request, not one';
    if (before.toLowerCase() === '_workitems' && segment.toLowerCase() === 'create') return 'the form for a new work item, not one';
    // Red team xw: at any depth (Redmine's and YouTrack's top-level `…/issues`): a repository named `issues` is judged by
    // its home page, which names no issue either.
    if (NUMBERED.test(segment) && i === path.length - 1 && !namesOneItem(address)) return `the list of ${segment}, not one of them`;
    const other = otherTrackersPageReason(path, i, address);
    if (other !== undefined) return other;
    // An issue's page by its key (Jira's `/browse/TBD-42`, YouTrack's `/issue/TODO-7`, Linear's `/issue/TBD-42/slug`), and
    // (red team xw) a key in capitals wherever the path writes one (a Jira Service Management queue's `…/queues/custom/1/TBD-42`).
    const keyed = /^(?:browse|issues?|tickets?)$/iu.test(before) || numbered || CAPITAL_KEY.test(segment);
    // Red team xw: Jira, YouTrack and Linear number a project's issues from one (`…/browse/PROJ-0` opens none).
    if (keyed && /^\p{L}[\p{L}\p{N}_]*-0+$/u.test(segment)) return `the issue ${JSON.stringify(segment)}, number 0 of its project, which no tracker gives`;
    const key = keyed ? standInIssueKey(segment) : undefined;
    if (key !== undefined) return `the issue ${JSON.stringify(segment)}, whose tracker key ${JSON.stringify(key)} is a stand-in`;
  }
  return undefined;
}

/** An issue key written as trackers write one, in capitals (`SD-42`, `ТBD-42` with a Cyrillic Т). */
const CAPITAL_KEY = /^\p{Lu}[\p{Lu}\p{N}_]*-\d+$/u;

/**
 * Red team xw: the pages of other trackers that open no one issue — a form for a new one (Jira's `CreateIssue.jspa`,
 * YouTrack's `newIssue`, Bugzilla's `enter_bug.cgi`, MantisBT's `bug_report_page.php`, Trac's `newticket`, Azure
 * DevOps' `pullrequestcreate`, Linear's `…/team/ENG/new`, Jira Service Management's `…/portal/1/create/2`), a list of
 * many (Bugzilla's `buglist.cgi`, Trac's `query`, Jira's `IssueNavigator.jspa`, a board, a queue, a milestone, a label),
 * a project's page (Jira's `…/browse/PROJ`), a word where the number goes (`…/issues/KT`, `…/issues/assigned`), or
 * Phabricator's `T0`. A page of many opens one item when a later segment or its query names one (`…/queues/custom/1/SD-42`,
 * `…/boards/1?selectedIssue=PROJ-42`); a repository named `query` or `labels` is followed by the item it holds.
 */
function otherTrackersPageReason(path: readonly string[], i: number, address: string): string | undefined {
  const segment = path[i] as string;
  const lower = segment.toLowerCase();
  const last = i === path.length - 1;
  const before = path[i - 1] ?? '';
  // Red team xd: …or an item under its own route (monday.com's `…/boards/123/pulses/456`, a board's `…/cards/123`).
  const itemAfter = path.slice(i + 1).some((s, j) => NUMBERED.test(s) || /^\p{L}[\p{L}\p{N}_]*-\d+$/u.test(s) || (j > 0 && itemAt(path, i + 1 + j)));
  if (FORM_PAGE.test(segment) && !itemAfter) return `the form for a new issue (${segment}), not one`;
  if (last && i >= 1 && /^(?:new|create)$/u.test(lower) && !/\d/u.test(before)) return `the form for a new one (${before}/${segment}), not one`;
  if (lower === 'create' && /^\d+$/u.test(before) && path[i - 2]?.toLowerCase() === 'portal') return 'the form for a new request, not one';
  if (MANY_PAGE.test(segment) && !itemAfter && !namesOneItem(address)) return `a page of many (${segment}), not one issue`;
  if (last && i <= 2 && before.toLowerCase() === 'browse' && /^\p{L}[\p{L}\p{N}_]*$/u.test(segment)) return `the page of the project ${JSON.stringify(segment)}, not one of its issues`;
  // Issues only: a CI job's page (Jenkins' `…/job/app`) is judged as evidence of a run elsewhere.
  if (last && ISSUE_LIST.test(before) && !/\d/u.test(segment) && !namesOneItem(address)) return `${before}/${segment}, which names no one of them`;
  if (last && i === 0 && /^(?:[a-z]|issue|bug|ticket|task)0+$/iu.test(segment)) return `${segment}, number 0, which no tracker gives`;
  return undefined;
}
/** The segments before an issue's or a pull request's number. */
const ISSUE_LIST = /^(?:issues?|tickets?|pulls?|merge_requests|pull-requests|pullrequests?|story|stories|work_items|workitems)$/iu;
/** Pages of trackers that are the form for a new issue or request. */
const FORM_PAGE = /^(?:createissue(?:details)?(?:!\w+)?\.jspa|newissue|enter_bug\.cgi|bug_report_page\.php|bug_report_advanced_page\.php|newticket|pullrequestcreate)$/iu;
/** Pages of trackers that list many issues. */
const MANY_PAGE = /^(?:buglist\.cgi|query(?:\.cgi)?|issuenavigator\.jspa|view_all_bug_page\.php|my_view_page\.php|milestones?|labels?|boards?|queues?|backlogs?|_backlogs|_boards|_queries|maniphest)$/iu;

/**
 * Why the segment after `issues/`, `pull/`, `runs/`… is a number no tracker gives, or undefined: one with a sign, a
 * radix prefix or an exponent (`-1`, `+7`, `0x1`, `1e3`), or digits that are not ASCII (`１２`, `٤٢`). A segment with no
 * digit (`new`, `attempts`), ASCII digits (`4812`, GitHub's `12.diff`), or a key (`ENG-42`, `PROJ-12`) is left to the
 * other rules.
 */
function numberNoTrackerGives(segment: string): string | undefined {
  // …nor in circled, superscript or Roman numerals (`⑫`, `¹²`, `Ⅻ`), which NFKC would read as ASCII ones or letters.
  if (/[^\x00-\x7f]/u.test(segment) && /\p{N}/u.test(segment)) return 'written in digits no tracker numbers with';
  if (/^[-+]\d/u.test(segment)) return 'a signed number, and trackers number from one';
  if (/^0[xob][\da-f]+$/iu.test(segment) || /^\d+(?:\.\d+)?e[-+]?\d+$/iu.test(segment)) return 'written in a notation no tracker numbers with';
  return undefined;
}

/**
 * Whether a link's query names one item of a list page (`…/issues?id=12`, Jira's `…/issues/?jql=key%3DPROJ-12`): a
 * search (`?q=is%3Aopen`), a filter or a fragment (`#TBD`) still opens the list.
 */
function namesOneItem(address: string): boolean {
  for (const [name, value] of queryParameters(address)) {
    if (ITEM_PARAMETER.test(name) && /^\d+$|^[a-z][a-z\d_]*-\d+[a-z]*$/iu.test(value) && !/^0+$/u.test(value)) return true;
    if (name.toLowerCase() === 'jql' && /^(?:issue)?key\s*=\s*"?[a-z][a-z\d_]*-\d+"?$/iu.test(value.trim())) return true;
  }
  return false;
}

/**
 * Red team xf: a query that names the item the page opens (Jira's board `…/boards/1?selectedIssue=TBD-42`, Bugzilla's
 * `show_bug.cgi?id=`, MantisBT's `view.php?id=0`, YouTrack's `?issue=TODO-7`) names it as a path would: a stand-in key,
 * a placeholder, zero, or a number no tracker gives opens no issue. Bugzilla's and MantisBT's page with no id opens none.
 */
function queryReason(address: string): string | undefined {
  const parameters = queryParameters(address);
  for (const [name, value] of parameters) {
    const key = standInIssueKey(value);
    if (key !== undefined) return `the issue ${JSON.stringify(value)} named in its query (${name}), whose tracker key ${JSON.stringify(key)} is a stand-in`;
    if (!ITEM_PARAMETER.test(name)) continue;
    if (value.trim() === '' || /^0+$/u.test(value)) return `the ${name} of the item its query opens is ${value.trim() === '' ? 'empty' : value}`;
    const shape = numberNoTrackerGives(value);
    if (shape !== undefined) return `the ${name} ${JSON.stringify(value)} of the item its query opens, ${shape}`;
    if (!/^\d+$/u.test(value) && placeholderReason(value) !== undefined) return `the ${name} ${JSON.stringify(value)} of the item its query opens, a placeholder`;
  }
  const page = /\/(show_bug\.cgi|view\.php)(?:[?#]|$)/iu.exec(address)?.[1];
  if (page !== undefined && !parameters.some(([name]) => name.toLowerCase() === 'id')) return `${page} with no id, which opens no one item`;
  return undefined;
}
/** Query parameters that name the one item a page opens. */
const ITEM_PARAMETER = /^(?:id|sys_?id|issue|issue_?id|selected_?issue|ticket|ticket_?id|bug|bug_?id|bug_?number|item|item_?id|work_?item|workitem_?id|number)$/iu;
/** A link's query, each name and value as a browser decodes them (a fragment is no query). */
function queryParameters(address: string): Array<[string, string]> {
  const query = /\?([^#]*)/su.exec(address)?.[1];
  if (query === undefined || query === '') return [];
  return query.split('&').filter((pair) => pair !== '').map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? [decodedSegment(pair), ''] : [decodedSegment(pair.slice(0, at)), decodedSegment(pair.slice(at + 1).replace(/\+/gu, ' '))];
  });
}
/** The code point, in hex, of the first invisible character in an address as written or as it decodes, or undefined. */
function invisibleIn(address: string): string | undefined {
  for (const reading of [address, decodedAsWritten(address)]) {
    const stripped = removeInvisible(reading);
    if (stripped === reading) continue;
    const at = [...reading].find((ch, i) => ch !== [...stripped][i]) ?? '';
    return (at.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  }
  return undefined;
}
/**
 * A link's path with its dot segments resolved as a browser resolves them (RFC 3986 §5.2.4, `%2e` read as a dot): `.` is
 * the segment it stands in, `..` drops the one before it. The query and fragment are left as written.
 */
function withDotSegmentsResolved(address: string): string {
  const at = address.search(/[?#]/u);
  const path = at < 0 ? address : address.slice(0, at);
  if (!/(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/iu.test(path)) return address;
  const kept: string[] = [];
  const segments = path.split('/');
  for (const [i, segment] of segments.entries()) {
    const dots = segment.replace(/%2e/giu, '.');
    const last = i === segments.length - 1;
    if (dots === '.' || dots === '..') {
      if (dots === '..' && kept.length > 1) kept.pop();
      if (last) kept.push('');
      continue;
    }
    kept.push(segment);
  }
  return kept.join('/') + (at < 0 ? '' : address.slice(at));
}
/** A path segment as a browser decodes it; one that does not decode is judged as written. */
function decodedSegment(segment: string): string {
  return decodedAsWritten(segment).normalize('NFKC');
}
/** Percent-encoding decoded, nothing else: the characters the address holds. */
function decodedAsWritten(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
/** A link with its path (host and user skipped: `git@…` is no slot). Only a link of one token: prose around it is judged as prose. */
const LINK = /^[a-z][a-z0-9+.-]*:\/\/[^\s/]+(\/\S*)$/iu;
// The issue field's own name is a slot too (`your-<field>`).
const SLOT_NAMES = `owner|repo|repository|org|organi[sz]ation|user|username|project|group|namespace|team|workspace|run|run_?id|job|job_?id|build|build_?id|pipeline|pipeline_?id|issue|issue_?id|issue_?number|pr|pr_?number|pull_?number|number|num|id|sha|commit|branch|ticket|${ISSUE_FIELD}|link|url`;
const SLOT_IN_CAPITALS = new RegExp(`^(?:${SLOT_NAMES.toUpperCase()})$`, 'u');
const YOUR_SLOT = new RegExp(`^(?:your|my)[-_.]?(?:${SLOT_NAMES})(?:[-_.]?(?:name|here))?$`, 'iu');
const ROUTE_PARAMETER = /^:[a-z_][a-z0-9_]*$/iu;
const MASK = /^(?:[xX]{3,}|N{3,}|#{2,}|\*{3,}|_{3,}|\.{3,}|…)$/u;
const NUMBERED = /^(?:runs?|jobs?|builds?|pipelines?|issues?|pulls?|merge_requests|tickets?|pull-requests|pullrequests?|story|stories|work_items|workitems)$/iu;
