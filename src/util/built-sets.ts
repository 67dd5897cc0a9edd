/**
 * The word sets of {@link wordSet} as the build computed them, as JSON; undefined here. The build's bundle of the CLI
 * replaces this module with one reading them from word-sets.json beside it (scripts/bundle-cli.mjs), so a CLI process
 * reads the status readers' ~15,000 words in one JSON.parse instead of folding the vocabulary's ~2,600 words through
 * look-alikes and transliterations on its first status read (~35–130 ms a process). The library's modules build them.
 */
export function builtSetsJson(): string | undefined {
  return undefined;
}
