// Stand-in for d3-transition, aliased in vite.config.ts. d3-zoom imports it only to interrupt
// running d3 transitions (interrupt(node), and selection.interrupt(), which d3-transition adds to
// d3-selection's prototype). This app animates with requestAnimationFrame (createPanZoom.ts) and
// never starts a d3 transition, so there is nothing to interrupt, and d3-transition (with
// d3-color and d3-timer, ~4 KB gzip) stays out of the start-up bundle.
import { selection } from "d3-selection";

export function interrupt(): void {}

const proto = selection.prototype as unknown as { interrupt?: () => unknown };
proto.interrupt ??= function (this: unknown) {
  return this;
};
