/**
 * What a quarantine's evidence opens (red team ta, session 47): the evidence of a flake is one run, or one job of it,
 * that a reviewer can open. A blank page, an address reserved for documentation, a list of runs, a home page or words
 * that name no place open none. Read only for the `evidence` field; a link's slots and masks are read before this
 * (`standInLinkReason`, src/core/waiver-links.ts).
 */

import { lazy } from '../util/lazy.js';

/** A page no server gives: a browser's blank page, a script, inline data. */
const NO_PAGE_SCHEME = /^(?:about|javascript|data|blob|view-source):/iu;
/** A link's host, lower-cased, a user and `www.` dropped; an IPv6 literal in its brackets. */
const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?(\[[^\]\s]*\]|[^\s/:?#]+)/iu;
/** RFC 5737's documentation networks (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and RFC 3849's 2001:db8::/32. */
const DOCUMENTATION_ADDRESS = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$|^\[2001:0?db8(?::[\da-f]*)*\]$/iu;
/** Forges whose pages of one run sit under `…/actions/runs/<n>` (GitHub) or a numbered pipeline or job. */
const FORGES = lazy((): ReadonlySet<string> => new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'app.circleci.com', 'circleci.com', 'buildkite.com', 'dev.azure.com', 'travis-ci.com', 'app.travis-ci.com']));
/** Words an evidence may be made of that name no place: `CI logs`, `attached`, `see the build output`. */
const NO_PLACE_WORDS = lazy((): ReadonlySet<string> => new Set(['ci', 'log', 'logs', 'attached', 'attachment', 'see', 'in', 'the', 'build', 'builds', 'output', 'run', 'runs', 'job', 'jobs', 'pipeline', 'pipelines', 'console', 'screenshot', 'screenshots', 'above', 'below', 'here', 'there', 'it', 'available', 'on', 'request', 'locally', 'local', 'reproduced', 'jenkins', 'github', 'actions', 'gitlab', 'circleci', 'buildkite', 'slack', 'thread', 'email', 'ticket', 'issue', 'our', 'a', 'an', 'recent', 'latest', 'last', 'nightly', 'failing', 'failed', 'failures', 'flaky', 'history', 'dashboard', 'and', 'or', 'of', 'from', 'at', 'check', 'checks']));

/**
 * Why an evidence opens no run, or undefined: a page no server gives (`about:blank`, `javascript:void(0)`), a host in a
 * documentation network (`198.51.100.7`, `[2001:db8::1]`), a forge's home, an account's or a repository's (`github.com`,
 * `…/acme/pi-agent`), a list of runs (GitHub's `…/actions`, a workflow's `…/actions/workflows/ci.yml`, a search
 * `…/actions?query=…`, CircleCI's `…/pipelines/github/acme/pi-agent`), or words alone that name no place (`CI logs`,
 * `attached`). A link with a run's, job's or pipeline's number (`…/actions/runs/137…/job/384…`, `…/pipelines/…/1234`)
 * names one.
 */
export function evidenceOpensNoRun(value: string): string | undefined {
  const text = value.normalize('NFKC').trim().replace(/^<(.*)>$/u, '$1').replace(/^\[[^\]]*\]\((\S+)\)$/u, '$1');
  if (text.length > 400) return undefined;
  if (NO_PAGE_SCHEME.test(text)) return 'a page no server gives (a browser\'s blank page or a script): link the run that shows the flake';
  const host = HOST.exec(text)?.[1]?.toLowerCase().replace(/^www\./u, '');
  if (host === undefined) return wordsNameNoPlace(text) ? 'words that name no place a reviewer could open: link the run that shows the flake' : undefined;
  if (DOCUMENTATION_ADDRESS.test(host)) return `an address reserved for documentation (${host}), which no run is served from`;
  if (!FORGES().has(host)) return undefined;
  const rest = text.slice(text.indexOf(host) + host.length);
  const segments = rest.replace(/^:\d+/u, '').replace(/[?#].*$/su, '').split('/').filter((s) => s !== '');
  if (segments.length <= 2 && !/\d/u.test(segments.join('/'))) return `${segments.length === 0 ? 'the home page of' : segments.length === 1 ? 'an account\'s home page on' : 'a repository\'s home page on'} ${host}, not one run`;
  // A forge's page of runs names one run only by its number; without one it lists them (`…/actions`, `…/workflows/ci.yml`).
  const actions = segments.findIndex((s) => s.toLowerCase() === 'actions');
  if (host === 'github.com' && actions >= 0 && !segments.slice(actions).some((s) => /^\d+$/u.test(s))) return `a list of runs on ${host} (${JSON.stringify(segments.slice(actions).join('/') || 'actions')}), not one run`;
  if (host.endsWith('circleci.com') && segments[0] === 'pipelines' && !segments.some((s) => /^\d+$/u.test(s))) return `a list of pipelines on ${host}, not one run`;
  return undefined;
}

/** Whether every word of a text without a link or a digit is one that names no place. */
function wordsNameNoPlace(text: string): boolean {
  if (/\d/u.test(text) || text.length > 80) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every((word) => NO_PLACE_WORDS().has(word));
}
