// Start-up steps timed as performance measures (« bench:<name> »), only in bench mode (where
// window.__bench exists), so `npm run bench` can report where the first render's time goes.

/** Runs `work`; in bench mode, records its duration as the measure `bench:<name>`. */
export function timed<T>(name: string, work: () => T): T {
  if (typeof window === "undefined" || window.__bench === undefined) return work();
  const start = performance.now();
  const result = work();
  performance.measure(`bench:${name}`, { start, end: performance.now() });
  return result;
}

/** In bench mode, marks `bench:<name>` now and records the measure from `start`. */
export function markSince(name: string, start: number): void {
  if (typeof window === "undefined" || window.__bench === undefined) return;
  performance.mark(`bench:${name}-end`);
  performance.measure(`bench:${name}`, { start, end: performance.now() });
}
