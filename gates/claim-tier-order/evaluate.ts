/** The claim_tier_order gate's run (imported only when a config has the gate: see index.ts). */
import { promises as fs } from 'node:fs';
import { posix, resolve } from 'node:path';
import {
  classifyText,
  describeType,
  type DocumentArtifact,
  failMissingField,
  type GateContext,
  getAtPointer,
  isArtifactError,
  jsonSafe,
  listGlobWithRejected,
  locateNearest,
  plural,
  readDocumentChecked,
  loadRenderer,
  textKindOf,
  valueDetail,
  whereOf,
} from '../../src/sdk/index.js';
import { checkClaim, checkConflicts, checkLanguage, checkTierOrder, checkVersion, tierLanguages } from './contract.js';
import { phrasesFor, type LanguagePhrase } from './language.js';
import { foldPhrase, foldRelease, isMatchable, lineStarts, positionAt, scanText, unverifiableParts, phraseSpellings } from './scan.js';
import { isFieldManifest, namedReadmes, shownManifest, wrongTypes } from './manifests.js';
import { checkCertified, checkStrictEvidence } from './strict.js';
import type { ClaimTierOrderOptions } from './index.js';

const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

/**
 * The file inside the root that `src` (an image's or frame's source in release text `from`) names, when it is one the
 * gate reads as a page: an SVG drawing or an HTML page. Undefined for a URL, a `data:` URI or another kind of file.
 */
function linkedFile(from: string, src: string): string | undefined {
  const raw = src.trim();
  if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') || raw.startsWith('#')) return undefined;
  let clean = raw.replace(/[?#].*$/s, '');
  try {
    clean = decodeURIComponent(clean);
  } catch {
    // kept as written
  }
  if (!/\.(?:svg|html?|xhtml)$/i.test(clean)) return undefined;
  const joined = posix.normalize(clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(from), clean));
  return joined.startsWith('../') || joined === '..' || posix.isAbsolute(joined) ? undefined : joined;
}

/** The contract's forbidden_claim_patterns that can be matched; reports the ones that cannot. */
function patternsOf(ctx: GateContext, contract: DocumentArtifact, id: string): { phrases: LanguagePhrase[]; problems: number } {
  const pointer = '/forbidden_claim_patterns';
  const lookup = getAtPointer(contract.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, id, contract, pointer, 'a non-empty array of forbidden phrases', 'list the phrases no release text may use, e.g. "strict drop-in replacement for Node/Bun"');
    return { phrases: [], problems: 1 };
  }
  const where = whereOf(contract.path, contract.locate(pointer));
  if (!Array.isArray(lookup.value) || lookup.value.length === 0) {
    const isArray = Array.isArray(lookup.value);
    ctx.fail(id, isArray ? 'missing_field' : 'wrong_type', `${where}: forbidden_claim_patterns ${isArray ? 'is empty' : `must be an array, found ${describeType(lookup.value)}`}`, {
      ...valueDetail(contract, pointer),
      expected: 'a non-empty array of forbidden phrases',
      actual: jsonSafe(lookup.value),
      fix: 'list the phrases no release text may use, e.g. "strict drop-in replacement for Node/Bun"',
    });
    return { phrases: [], problems: 1 };
  }
  let problems = 0;
  const phrases: LanguagePhrase[] = [];
  (lookup.value as unknown[]).forEach((item, i) => {
    const at = `${pointer}/${i}`;
    const detail = { path: contract.path, pointer: at, ...locateNearest(contract, at) };
    if (typeof item !== 'string' || classifyText(item) === 'blank') {
      problems++;
      ctx.fail(id, 'wrong_type', `${whereOf(contract.path, contract.locate(at))}: forbidden_claim_patterns[${i}] must be a non-blank phrase, found ${typeof item === 'string' ? 'a blank string' : describeType(item)}`, {
        ...detail,
        expected: 'a non-blank string',
        actual: jsonSafe(item),
        fix: 'write each forbidden phrase as a non-blank string, or remove the entry',
      });
      return;
    }
    const folded = foldPhrase(item);
    if (!isMatchable(folded)) {
      problems++;
      ctx.fail(id, 'tier_incomplete', `${whereOf(contract.path, contract.locate(at))}: forbidden_claim_patterns[${i}] ${JSON.stringify(item)} folds to ${folded === '' ? 'nothing' : JSON.stringify(folded)}: without markup, invisible characters, dashes and spaces it has no letter or digit to match`, {
        ...detail,
        expected: 'a phrase with words in it',
        actual: item,
        fix: 'write the phrase as the words a reader would see',
      });
      return;
    }
    phrases.push({ index: i, phrase: item, folded });
  });
  return { phrases, problems };
}

/**
 * The release texts to scan: literal paths as given, globs expanded; each file once. A name a glob
 * matches but cannot list (a dangling link, a link out of the root, a special file, a directory where the pattern
 * spells a file's name: `package.json` of the manifests' brace) is kept, so reading it reports why: a release text is
 * never silently dropped.
 */
async function releaseTexts(ctx: GateContext, patterns: readonly string[], id: string, top = true): Promise<{ files: string[]; problems: number }> {
  const files: string[] = [];
  const seen = new Set<string>();
  let problems = 0;
  for (const pattern of patterns) {
    let matched: string[];
    if (isGlob(pattern)) {
      try {
        const listed = await listGlobWithRejected(ctx.root, pattern, { literalDirectories: true });
        matched = [...listed.files, ...listed.rejected].sort();
      } catch (e) {
        ctx.failFromError(id, e);
        problems++;
        continue;
      }
    } else {
      matched = [pattern];
    }
    for (const file of matched) {
      const key = posix.normalize(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  const addAll = async (more: readonly string[]) => {
    if (more.length === 0) return;
    const listed = await releaseTexts(ctx, more, id, false);
    problems += listed.problems;
    for (const file of listed.files) {
      const key = posix.normalize(file);
      if (seen.has(key) || key.split('/').includes('node_modules')) continue;
      seen.add(key);
      files.push(file);
    }
  };
  if (!top) return { files, problems };
  // A root manifest that declares a workspace publishes its members: their manifests are what the registries show.
  const workspace = seen.has('package.json') || seen.has('Cargo.toml') ? await workspaceManifests(ctx, seen, id) : { members: [], problems: 0 };
  const members = workspace.members;
  problems += workspace.problems;
  const before = new Set(seen);
  await addAll(members);
  // A member's registry page shows the README beside its manifest (cargo and npm take it by default).
  await addAll(files.filter((f) => !before.has(posix.normalize(f)) && isFieldManifest(f)).map((f) => `${posix.dirname(f)}/{README,README.md,README.txt,README.markdown,readme.md,Readme.md}`));
  // The readme a manifest names (`readme = "docs/INTRO.md"`) is the package's page on the registry.
  const readmes: string[] = [];
  for (const file of files.filter(isFieldManifest)) readmes.push(...(await manifestReadmes(ctx, file)));
  await addAll([...new Set(readmes)].map(optionalPath));
  return { files, problems };
}

/** The readme files `file` (a package manifest) names, relative to the root; none when it cannot be read. */
async function manifestReadmes(ctx: GateContext, file: string): Promise<string[]> {
  try {
    const text = (await ctx.read.text(file)).text;
    const value = posix.basename(file) === 'setup.cfg' ? undefined : (await ctx.read.document(file, { ageMatters: false })).value;
    return namedReadmes(file, value, text);
  } catch {
    return [];
  }
}

/**
 * A literal path as a glob of one name, so a path a manifest names but that is not there is not a missing release text.
 * `{p,p}`, not `{p}`: a brace of one alternative is no alternation to the glob matcher, and matched nothing (a
 * workspace member listed by its literal path was never read).
 */
const optionalPath = (p: string): string => `{${p},${p}}`;

/** Plain member entries of a workspace list (globs allowed; exclusions and paths out of the root left out). */
function memberEntries(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter((m): m is string => typeof m === 'string' && m.trim() !== '' && !m.startsWith('!') && !m.split(/[\\/]/).includes('..') && !posix.isAbsolute(m)).map((m) => m.replace(/\/+$/, ''));
}

/**
 * The manifests of the workspace members that the root package.json (`workspaces`, or `workspaces.packages`), its
 * pnpm-workspace.yaml (`packages`) and the root Cargo.toml (`[workspace] members`) declare, as release-text patterns.
 * A manifest that cannot be read declares nothing here: as a release text it reports why itself. A pnpm-workspace.yaml
 * is no release text: one that is there but cannot be read (malformed, a duplicate key) fails here, as the members it
 * lists are not known.
 */
async function workspaceManifests(ctx: GateContext, listed: ReadonlySet<string>, id: string): Promise<{ members: string[]; problems: number }> {
  let problems = 0;
  const valueOf = async (path: string, reported = false): Promise<Record<string, unknown> | undefined> => {
    try {
      const doc = await ctx.read.document(path, { ageMatters: false });
      return doc.value !== null && typeof doc.value === 'object' && !Array.isArray(doc.value) ? (doc.value as Record<string, unknown>) : undefined;
    } catch (e) {
      // Absent is no workspace; a link to nothing in its place names one that cannot be read.
      const absent = isArtifactError(e) && e.code === 'missing' && !(await fs.lstat(resolve(ctx.root, path)).then(() => true, () => false));
      if (reported && !absent) {
        ctx.failFromError(id, e);
        problems++;
      }
      return undefined;
    }
  };
  // A member list that is there but is no list of names (`"workspaces": "packages/*"`, `packages: null`, a number
  // among the members) declares members the gate cannot name: they were left unscanned, so it is wrong_type.
  const listOf = (path: string, pointer: string, list: unknown): unknown => {
    if (list === undefined || (Array.isArray(list) && list.every((m) => typeof m === 'string'))) return list;
    const found = list === null ? 'null' : Array.isArray(list) ? 'an array with a non-string entry' : typeof list;
    ctx.fail(id, 'wrong_type', `${path}: ${pointer.slice(1).replaceAll('/', '.')} is ${found}, not an array of strings: the workspace members it declares are not known, so their manifests were not scanned`, {
      path,
      pointer,
      expected: 'array of strings',
      actual: found,
      fix: `write ${pointer.slice(1).replaceAll('/', '.')} as a list of member paths`,
    });
    problems++;
    return undefined;
  };
  const out: string[] = [];
  if (listed.has('package.json')) {
    const pkg = await valueOf('package.json');
    const workspaces = pkg?.workspaces;
    const npm = workspaces !== null && typeof workspaces === 'object' && !Array.isArray(workspaces) ? listOf('package.json', '/workspaces/packages', (workspaces as Record<string, unknown>).packages ?? null) : listOf('package.json', '/workspaces', workspaces);
    const pnpmDoc = await valueOf('pnpm-workspace.yaml', true);
    const pnpm = pnpmDoc === undefined ? undefined : listOf('pnpm-workspace.yaml', '/packages', pnpmDoc.packages);
    for (const m of [...memberEntries(npm), ...memberEntries(pnpm)]) out.push(`${m}/package.json`);
  }
  if (listed.has('Cargo.toml')) {
    const workspace = (await valueOf('Cargo.toml'))?.workspace;
    const members = workspace !== null && typeof workspace === 'object' ? listOf('Cargo.toml', '/workspace/members', (workspace as Record<string, unknown>).members) : undefined;
    for (const m of memberEntries(members)) out.push(`${m}/Cargo.toml`);
  }
  return { members: [...new Set(out)].map((p) => (isGlob(p) ? p : optionalPath(p))), problems };
}

/** Shown manifest fields of a type the registry does not show as text: `wrong_type`, one finding each. */
async function checkManifestTypes(ctx: GateContext, id: string, path: string, text: string): Promise<{ findings: number; parsed: boolean }> {
  if (posix.basename(path) === 'setup.cfg') return { findings: 0, parsed: true };
  let doc: DocumentArtifact;
  try {
    doc = await ctx.read.document(path, { ageMatters: false });
  } catch (e) {
    // A manifest no strict reader parses (a lone surrogate in a key, a duplicate key, a syntax error) has no fields a
    // registry would show: which of its keys is `name` or `description` is the reader's guess. It fails with the
    // reader's reason, and its text is scanned whole.
    ctx.failFromError(id, e);
    return { findings: 1, parsed: false };
  }
  const wrong = wrongTypes(path, doc.value);
  const starts = lineStarts(text);
  for (const { pointer, expected, found } of wrong) {
    const key = pointer.split('/').at(-1) as string;
    const keyAt = new RegExp(`(?:^|[{,\\s])["']?${key}["']?\\s*[:=]`, 'm').exec(text);
    const where = doc.locate(pointer) ?? (keyAt === null ? { line: 1, column: 1 } : positionAt(starts, keyAt.index + (/^[{,\s]/.test(keyAt[0]) ? 1 : 0)));
    ctx.fail(id, 'wrong_type', `${path}:${where.line}:${where.column}: ${pointer.slice(1).replaceAll('/', '.')} is ${found}, not ${expected}: a registry shows this field on the package's page, and what it shows of ${found} is not text the gate can read`, {
      path,
      pointer,
      line: where.line,
      column: where.column,
      expected,
      actual: found,
      fix: `write ${pointer.slice(1).replaceAll('/', '.')} as ${expected}`,
    });
  }
  return { findings: wrong.length, parsed: true };
}

async function checkForbiddenClaims(ctx: GateContext, contract: DocumentArtifact, options: ClaimTierOrderOptions, tierIndex: number, heldTo: string, claimNote: string, languages: ReturnType<typeof tierLanguages>): Promise<void> {
  const id = 'no_forbidden_claims';
  const patterns = patternsOf(ctx, contract, id);
  let problems = patterns.problems;
  // Every phrase also as its joiners spelt otherwise and with its names' `.js` endings left out: allowed and forbidden alike.
  const spelt = (list: readonly LanguagePhrase[]) => list.flatMap(phraseSpellings);
  const phrases = phrasesFor(languages.map((t) => ({ ...t, allowed: spelt(t.allowed), forbidden: spelt(t.forbidden) })), tierIndex, spelt(patterns.phrases));

  const listed = await releaseTexts(ctx, options.release_texts, id);
  problems += listed.problems;
  const scanned: string[] = [];
  const realFiles = new Set<string>();
  /** Drawings and pages shown inside a release text, each read once. */
  const drawn = new Set<string>();
  let findings = 0;
  for (const file of listed.files) {
    let text: string;
    let path: string;
    try {
      const artifact = await ctx.read.text(file);
      text = artifact.text;
      path = artifact.path;
      // One file reached by two names (a link, `./`) is one text.
      const key = await fs.realpath(resolve(ctx.root, path)).catch(() => path);
      if (realFiles.has(key)) continue;
      realFiles.add(key);
    } catch (e) {
      ctx.failFromError(id, e);
      problems++;
      continue;
    }
    scanned.push(path);
    const kind = textKindOf(path, text);
    if (isFieldManifest(path)) {
      // A registry shows a manifest's name, description, keywords and links, never its scripts or dependencies.
      const manifest = await checkManifestTypes(ctx, id, path, text);
      findings += manifest.findings;
      if (manifest.parsed) text = (shownManifest(path, text) as { text: string }).text;
    }
    let hits;
    let unverifiable;
    let views: ReturnType<typeof foldRelease>;
    try {
      views = foldRelease(text, kind);
      hits = scanText(text, kind, phrases, views);
      unverifiable = unverifiableParts(text, views);
    } catch (e) {
      problems++;
      ctx.fail(id, 'unreadable', `${path} could not be rendered as ${kind}: ${e instanceof Error ? e.message : String(e)}`, { path, fix: 'fix the markup of the release text' });
      continue;
    }
    for (const part of unverifiable) {
      findings++;
      const more = part.count > 1 ? ` (and ${plural(part.count - 1, 'more place')} like it)` : '';
      ctx.fail(id, 'unverifiable_text', `${path}:${part.line}:${part.column} ${part.why}${more}; the gate reads text in source order, not layout or images, and cannot verify what a reader of the page sees`, {
        path,
        line: part.line,
        column: part.column,
        expected: 'a release text whose reading order is its source order',
        actual: part.why,
        fix: part.fix ?? 'remove the styling that reorders, moves or generates text (a release text needs none), or publish the text without it',
      });
    }
    for (const hit of hits) {
      findings++;
      ctx.fail(id, 'forbidden_claim', `${path}:${hit.line}:${hit.column} ${JSON.stringify(hit.phrase.phrase)} is a forbidden claim (${hit.phrase.source} of ${contract.path}: ${hit.phrase.why})`, {
        path,
        line: hit.line,
        column: hit.column,
        expected: `no language ${heldTo} may not use`,
        actual: hit.written,
        fix: `reword or remove it (${claimNote}); a tier that allows this language may be claimed only once its evidence proves it`,
      });
    }
    // A drawing or page the text shows inside itself (an SVG banner, an <iframe> of another note) shows its words too.
    const starts = lineStarts(text);
    for (const { src, offset } of views.flatMap((v) => v.linked ?? [])) {
      const target = linkedFile(path, src);
      if (target === undefined || drawn.has(target)) continue;
      drawn.add(target);
      let shown: string;
      try {
        shown = (await ctx.read.text(target)).text;
      } catch {
        continue; // an image that is not there shows its alt text, which is read already
      }
      const where = positionAt(starts, offset);
      let shownViews;
      try {
        shownViews = foldRelease(shown, 'html');
      } catch {
        continue;
      }
      // Text in a drawing is placed by coordinates: read as a set of words too, as a diagram's labels are.
      const first = shownViews[0];
      if (first !== undefined) shownViews[0] = { ...first, wordSets: [{ start: 0, end: shown.length }] };
      for (const hit of scanText(shown, 'html', phrases, shownViews)) {
        findings++;
        ctx.fail(id, 'forbidden_claim', `${target}:${hit.line}:${hit.column} ${JSON.stringify(hit.phrase.phrase)} is a forbidden claim, drawn on the page by ${path}:${where.line}:${where.column} (${hit.phrase.source} of ${contract.path}: ${hit.phrase.why})`, {
          path: target,
          line: hit.line,
          column: hit.column,
          expected: `no language ${heldTo} may not use`,
          actual: hit.written,
          fix: `reword the drawing or page, or stop showing it in ${path} (${claimNote})`,
        });
      }
    }
  }
  if (scanned.length === 0) {
    problems++;
    ctx.fail(id, 'vacuous', `no release text was scanned (release_texts: ${options.release_texts.length === 0 ? 'none' : options.release_texts.join(', ')}); zero texts cannot prove the release makes no forbidden claim`, {
      expected: 'at least one release text',
      actual: 'none',
      fix: 'point release_texts at the README, CHANGELOG and release notes the release publishes',
    });
  }
  if (phrases.length === 0) {
    problems++;
    ctx.fail(id, 'vacuous', `no forbidden phrase to look for: the contract has no usable forbidden_claim_patterns and no tier has forbidden or higher-tier language`, {
      path: contract.path,
      expected: 'at least one forbidden phrase',
      actual: 'none',
      fix: 'restore forbidden_claim_patterns and the tiers\' forbidden_claim_language in the contract',
    });
  }
  if (problems === 0 && findings === 0) {
    ctx.pass(id, `no forbidden claim in ${plural(scanned.length, 'release text')} (${scanned.join(', ')}): ${plural(phrases.length, 'phrase')} ${heldTo} may not use checked (${plural(patterns.phrases.length, 'forbidden_claim_pattern')}, every tier's forbidden language, language only a higher tier allows)`, {
      actual: scanned,
    });
  }
}

export async function evaluate(ctx: GateContext, options: ClaimTierOrderOptions): Promise<void> {
  await loadRenderer();
  const contract = await readDocumentChecked(ctx, { path: options.contract, schema_id: options.schema_id }, 'contract');
  if (contract === undefined) return;
  ctx.pass('contract', `${contract.path} read (schema ${options.schema_id})`, { path: contract.path });

  checkVersion(ctx, contract, options.version_range);
  const entries = checkTierOrder(ctx, contract, options.tiers);
  checkLanguage(ctx, contract, entries);
  checkConflicts(ctx, contract, entries);

  const strictTier = options.strict_tier?.trim() ?? (options.tiers.at(-1) as string);
  const { claim, known } = checkClaim(ctx, options, strictTier);
  let tierIndex = claim !== undefined && known ? options.tiers.indexOf(claim.tier) : 0;
  let heldTo = options.tiers[tierIndex] as string;
  let claimNote =
    claim === undefined
      ? `no tier is claimed, so the release speaks for ${heldTo}`
      : known
        ? `the release claims ${heldTo}`
        : `the claimed tier ${JSON.stringify(claim.tier)} is unknown, so the release is held to ${heldTo}`;
  if (claim !== undefined && known && claim.tier === strictTier) {
    const certified = await checkCertified(ctx, options.certification, strictTier, { contract, pointer: options.required_hard_gates_pointer });
    const evidenced = await checkStrictEvidence(ctx, contract, options.required_artifacts_pointer, options.certification, strictTier);
    if (!certified || !evidenced) {
      // Raising the claim never removes a rule without that tier's evidence: held to the tier below.
      tierIndex -= 1;
      heldTo = tierIndex >= 0 ? (options.tiers[tierIndex] as string) : 'no proven tier';
      claimNote = `the release claims ${strictTier}, but its evidence does not hold, so it is held to ${heldTo}`;
    }
  }
  await checkForbiddenClaims(ctx, contract, options, tierIndex, heldTo, claimNote, tierLanguages(entries, options.tiers));
}
