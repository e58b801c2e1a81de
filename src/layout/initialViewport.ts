// The first view of a version: readable rather than complete. Fitting a whole 30-card chart
// into a laptop screen shrinks 14 px names to 7–8 px; this opens at a scale where the names
// of the upper levels are at least `minTextPx` on screen, showing as much of the tree as that
// allows, top-aligned. « Ajuster » (fitBounds) still shows the whole tree.
import { fitBounds, type Rect, type Size, type Viewport } from "./viewport.ts";

export interface InitialNode {
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

export interface InitialViewportOptions {
  /** Card name size in tree units (see CARD_METRICS.fontSize). */
  fontSize: number;
  /** Smallest acceptable on-screen size of that text, in px. */
  minTextPx?: number;
  /** Screen pixels kept free on every side. */
  padding?: number;
  maxK?: number;
}

function boundsOf(nodes: readonly InitialNode[]): Rect | null {
  if (nodes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    minY = Math.min(minY, n.y);
    maxX = Math.max(maxX, n.x + n.width);
    maxY = Math.max(maxY, n.y + n.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The whole tree when it fits at a readable scale; otherwise the readable scale that shows the
 * full width of as many upper levels as possible, the root's row at the top, centred on those
 * levels (on the root and its children, cut, when even they are too wide at that scale).
 */
export function initialViewport(nodes: readonly InitialNode[], size: Size, options: InitialViewportOptions): Viewport {
  const { fontSize, minTextPx = 12, padding = 20, maxK = 1.2 } = options;
  const all = boundsOf(nodes);
  if (!all) return { x: 0, y: 0, k: 1 };
  const readableK = Math.min(maxK, minTextPx / fontSize);
  const whole = fitBounds(all, size, { padding, maxK });
  if (whole.k >= readableK) return whole;

  const availW = Math.max(1, size.width - 2 * padding);
  const deepest = nodes.reduce((d, n) => Math.max(d, n.depth), 0);
  for (let depth = deepest; depth >= 1; depth--) {
    const upper = boundsOf(nodes.filter((n) => n.depth <= depth)) as Rect;
    const k = Math.min(maxK, availW / Math.max(1, upper.width));
    if (k >= readableK) return { x: size.width / 2 - (upper.x + upper.width / 2) * k, y: padding - all.y * k, k };
  }
  // Even the root and its children are wider than the screen: centre on them at the readable
  // scale, shifted if need be so the root's card is whole on screen.
  const k = readableK;
  const top = boundsOf(nodes.filter((n) => n.depth <= 1)) as Rect;
  const root = nodes.reduce((a, b) => (b.depth < a.depth ? b : a));
  let x = size.width / 2 - (top.x + top.width / 2) * k;
  x = Math.max(x, padding - root.x * k);
  x = Math.min(x, size.width - padding - (root.x + root.width) * k);
  return { x, y: padding - all.y * k, k };
}
