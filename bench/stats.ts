// Small statistics for the bench: medians with spread, percentiles, dropped frames.

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** p50, p95 and max of a non-empty list of latencies. */
export function latencySummary(values: readonly number[]): { p50: number; p95: number; max: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, n: sorted.length };
}

export const FRAME_MS = 1000 / 60;

export interface FrameStats {
  frames: number;
  durationMs: number;
  /** Interval between frames (rAF timestamps): the display cadence, 16.7 ms at best at 60 Hz. */
  p50: number;
  p95: number;
  /** Main-thread time to produce each frame: from its start (input, rAF, style, layout, paint) to the first task after it. */
  workP50: number;
  workP95: number;
  max: number;
  /** Missed 16.7 ms vsyncs: a 50 ms interval counts 2 (round(50 / 16.7) - 1), a 16.8 ms one none. */
  dropped: number;
}

export function frameStats(deltas: readonly number[], work: readonly number[] = []): FrameStats {
  const dropped = deltas.reduce((sum, d) => sum + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
  return {
    frames: deltas.length,
    durationMs: deltas.reduce((s, d) => s + d, 0),
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    workP50: percentile(work, 50),
    workP95: percentile(work, 95),
    max: deltas.length ? Math.max(...deltas) : Number.NaN,
    dropped,
  };
}
