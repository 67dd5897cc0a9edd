/**
 * No fatal out-of-memory. V8 kills the process when its heap is full (exit 134, no verdict): a fail-closed engine
 * must never end that way. Every read a gate makes first asks this guard; once the JS heap in use passes the bound,
 * the read throws, the gate is aborted, and the runner fails it with reason `resource_limit` — while the rest of the
 * run goes on and the verdict is written. The bound is GATE_ENGINE_MAX_HEAP_MB (megabytes) when set, else
 * DEFAULT_HEAP_FRACTION of V8's old-space limit (`--max-old-space-size`, or Node's default for the machine).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/** Share of V8's heap limit a run may fill before the gate reading is stopped. */
export const DEFAULT_HEAP_FRACTION = 0.85;

const MB = 1024 * 1024;

/** The heap bound in bytes for a run's environment. */
export function heapBound(env: Readonly<Record<string, string | undefined>> = {}): number {
  const raw = env.GATE_ENGINE_MAX_HEAP_MB?.trim();
  if (raw !== undefined && /^[1-9][0-9]{0,6}$/.test(raw)) return Number(raw) * MB;
  return Math.floor(oldSpaceLimit() * DEFAULT_HEAP_FRACTION);
}

/**
 * V8's old-space limit (what `--max-old-space-size` sets): the heap limit less the young generation, which V8
 * reserves on top (three semi-spaces of up to 16 MB on 64-bit Node). V8 dies when the old space is full.
 */
export function oldSpaceLimit(): number {
  const limit = getHeapStatistics().heap_size_limit;
  return limit - Math.min(YOUNG_GENERATION_BYTES, Math.floor(limit / 2));
}

const YOUNG_GENERATION_BYTES = 48 * 1024 * 1024;

/** Thrown by a read once the bound is passed: not an ArtifactError, so no gate mistakes it for evidence. */
export class ResourceLimitError extends Error {
  override readonly name = 'ResourceLimitError';
}

export interface HeapTrip {
  usedBytes: number;
  boundBytes: number;
  /** What the gate was about to read. */
  at: string;
}

export class HeapGuard {
  tripped: HeapTrip | undefined;
  constructor(
    private readonly bound: number,
    private readonly onTrip: (trip: HeapTrip) => void,
  ) {}

  /** Throws ResourceLimitError when the heap in use is past the bound (and from then on). */
  check(at: string): void {
    if (this.tripped === undefined) {
      const used = getHeapStatistics().used_heap_size;
      if (growthCap !== undefined && used > GROWTH_CAP_FROM_BYTES) capGrowth();
      if (used <= this.bound) return;
      this.tripped = { usedBytes: used, boundBytes: this.bound, at };
      this.onTrip(this.tripped);
    }
    throw new ResourceLimitError(`the JS heap holds ${mb(this.tripped.usedBytes)}, past the bound of ${mb(this.tripped.boundBytes)}`);
  }
}

export function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(0)} MB`;
}

/**
 * Heap growth past the memory a run holds. After each full collection V8 lets the heap grow to up to 4× what survived
 * it before collecting again; kernel_boundary's scan of a large tree allocates fast (each file's text, its tokens) and
 * holds what the module tree needs until the end, so at 100× the reference project (924 MB of Rust) its peak RSS was
 * 475 MB with ~90 MB live. Capped at 1.5× (V8's own `--heap-growing-percent`), the same run peaks at ~290 MB. The cap
 * costs CPU (more full collections: +10% for a whole verify at 10× measured always on), so it is armed by the CLI and
 * set only once a gate's read finds the heap past {@link GROWTH_CAP_FROM_BYTES}. Armed past 128 MB, the 100× run
 * still peaked at 301–352 MB (three runs: the growth before it armed); past 64 MB at 278–295 MB, and 10× costs no
 * more CPU within noise (4 interleaved pairs). Set after the engine is
 * loaded (a flag set before would make V8 reject the engine's code cache); never in a library caller's process, nor
 * when the node command line sets the growth (Node refuses V8 flags in NODE_OPTIONS). Only on V8 versions known to have
 * the flag: an unknown one makes V8 print an error.
 */
export function boundHeapGrowth(execArgv: readonly string[]): void {
  growthCap = heapGrowthFlag(execArgv, process.versions.v8);
}

/** The flag {@link boundHeapGrowth} arms, or undefined when it must leave V8 as it is. */
export function heapGrowthFlag(execArgv: readonly string[], v8Version: string): string | undefined {
  const major = Number(v8Version.split('.')[0]);
  if (!(major >= 10 && major <= 14)) return undefined;
  if (execArgv.some((a) => /heap[-_]growing[-_]percent/u.test(a))) return undefined;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

const HEAP_GROWING_PERCENT = 50;
const GROWTH_CAP_FROM_BYTES = 64 * MB;
let growthCap: string | undefined;

function capGrowth(): void {
  if (growthCap === undefined) return;
  setFlagsFromString(growthCap);
  growthCap = undefined;
}
