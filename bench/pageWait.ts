// Waiting for a bench page, polled inside one page.evaluate rather than with page.waitForFunction:
// the latter first injects Playwright's selector engine into the page, ~20–60 ms of compiling on
// the page's main thread in the middle of the load being measured, for every renderer alike.
import type { Page } from "playwright-core";

export interface BenchState {
  ready: boolean;
  firstRenderMs: number;
  error?: string;
}

/** The page's window.__bench once it is ready or has failed (every 50 ms). */
export function waitForBench(page: Page, timeoutMs: number): Promise<BenchState> {
  return withDeadline(timeoutMs, page.evaluate(
    (limit) =>
      new Promise<BenchState>((resolve, reject) => {
        const until = performance.now() + limit;
        const poll = () => {
          const b = (window as unknown as { __bench?: BenchState }).__bench;
          if (b && (b.ready || b.error)) resolve({ ready: b.ready, firstRenderMs: b.firstRenderMs, ...(b.error ? { error: b.error } : {}) });
          else if (performance.now() > until) reject(new Error(`timeout: not ready after ${limit} ms`));
          else setTimeout(poll, 50);
        };
        poll();
      }),
    timeoutMs,
  ));
}

/** The time of the first animation frame where this unit's name is painted inside the chart. */
export function waitForCentredNode(page: Page, id: string, timeoutMs: number): Promise<number> {
  return withDeadline(timeoutMs, page.evaluate(
    ([node, limit]) =>
      new Promise<number>((resolve, reject) => {
        const until = performance.now() + limit;
        const poll = () => {
          // Its name painted, its card's centre inside the chart: centred, not merely mounted.
          const text = document.querySelector(`[data-node="${CSS.escape(node)}"] text.card__name`);
          const svg = document.querySelector("svg.chart__svg");
          if (text?.textContent && svg) {
            const r = text.getBoundingClientRect();
            const c = svg.getBoundingClientRect();
            const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
            if (x > c.left && x < c.right && y > c.top && y < c.bottom) return resolve(performance.now());
          }
          if (performance.now() > until) reject(new Error(`timeout: ${node} not centred after ${limit} ms`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    [id, timeoutMs] as const,
  ));
}

/** The in-page timers cannot fire while a renderer blocks its main thread: a deadline on this side too. */
function withDeadline<T>(timeoutMs: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs + 1000)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
