/** The kernel_boundary gate's run (imported only when a config has the gate: see index.ts). */
import type { GateContext, JsonArtifact } from '../../src/sdk/index.js';
import { checkBannedEdges, checkCoverage, checkExternalPackages, checkManifestContent, checkDomainsDefined, checkDuplicates, checkModulesExist, checkReintegration, checkRequiredChecksKnown, recordUndeclaredEdges } from './checks.js';
import { indexManifest, type KernelBoundaryOptions, MANIFEST_SCHEMA, Tally } from './manifest.js';
import { buildReport, checkCommittedReport, writeReport } from './report.js';
import { fileExists, hardLinkGroups, scanSources } from './sources.js';
import { PackageNames } from './packages.js';

export async function evaluate(ctx: GateContext, options: KernelBoundaryOptions): Promise<void> {
  let doc: JsonArtifact;
  try {
    doc = await ctx.read.json(options.manifest, { schemaId: options.schema_id, schema: MANIFEST_SCHEMA });
  } catch (e) {
    ctx.failFromError('manifest', e);
    return;
  }
  const t = new Tally(ctx);
  const model = indexManifest(doc);
  const cache = new Map<string, Promise<boolean>>();
  const scope: { files: ReadonlySet<string> } = { files: new Set() };
  const exists = (p: string) => fileExists(ctx, scope.files, cache, p);
  const packages = new PackageNames(ctx, exists);
  const sources = await scanSources(ctx, options, scope, exists, (p) => model.domainOf.get(p), packages, model.domainOf.keys());
  if (ctx.signal.aborted) return;
  sources.hardLinked = await hardLinkGroups(ctx.root, [...new Set([...sources.files, ...model.owners.keys()])]);

  checkManifestContent(t, model);
  checkCoverage(t, model, sources, options);
  checkDuplicates(t, model, sources);
  checkDomainsDefined(t, model);
  await checkModulesExist(t, model, exists);
  checkReintegration(t, model);
  checkBannedEdges(t, ctx, model, sources);
  recordUndeclaredEdges(t, model, sources);
  checkRequiredChecksKnown(t, model);
  await checkExternalPackages(t, model, options, packages);

  const report = buildReport(t, ctx, model);
  if (options.write_report !== undefined) await writeReport(t, ctx, options.write_report, report);
  if (options.committed_report !== undefined) await checkCommittedReport(t, ctx, options, report);
}
