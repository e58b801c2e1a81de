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

/**
 * What the first view needs of a layout: the bounds of its cards level by level (index = depth;
 * undefined for a level without cards) and the root's card. A large layout computes them from its
 * arrays (laidOut.ts) instead of making 100,000 node objects for them.
 */
export interface Levels {
  byDepth: (Rect | undefined)[];
  root: InitialNode | null;
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

/**
 * The levels of `n` cards given as arrays: card i at depth[i], x[i], y[i], its size at
 * width[s], height[s] with s = sizeAt ? sizeAt[i] : i (a large layout keeps sizes per unit). The
 * root is the first card of the smallest depth, as a tree's cards come root first. Plain loops:
 * at 100,000 cards this runs cold before the first frame, where a call per card was most of it.
 */
export function levelsOfArrays(
  n: number,
  depth: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  width: ArrayLike<number>,
  height: ArrayLike<number>,
  sizeAt?: ArrayLike<number>,
): Levels {
  let deepest = -1;
  for (let i = 0; i < n; i++) if ((depth[i] as number) > deepest) deepest = depth[i] as number;
  const minX = new Float64Array(deepest + 1).fill(Infinity);
  const minY = new Float64Array(deepest + 1).fill(Infinity);
  const maxX = new Float64Array(deepest + 1).fill(-Infinity);
  const maxY = new Float64Array(deepest + 1).fill(-Infinity);
  let root = -1;
  for (let i = 0; i < n; i++) {
    const d = depth[i] as number;
    const s = sizeAt ? (sizeAt[i] as number) : i;
    const left = x[i] as number;
    const top = y[i] as number;
    minX[d] = Math.min(minX[d] as number, left);
    minY[d] = Math.min(minY[d] as number, top);
    maxX[d] = Math.max(maxX[d] as number, left + (width[s] as number));
    maxY[d] = Math.max(maxY[d] as number, top + (height[s] as number));
    if (root < 0 || d < (depth[root] as number)) root = i;
  }
  const byDepth = Array.from(minX, (left, d) =>
    left === Infinity ? undefined : { x: left, y: minY[d] as number, width: (maxX[d] as number) - left, height: (maxY[d] as number) - (minY[d] as number) },
  );
  if (root < 0) return { byDepth, root: null };
  const s = sizeAt ? (sizeAt[root] as number) : root;
  return { byDepth, root: { x: x[root] as number, y: y[root] as number, width: width[s] as number, height: height[s] as number, depth: depth[root] as number } };
}

/** The levels of a list of cards (small layouts, which have their node objects anyway). */
export function levelsOf(nodes: readonly InitialNode[]): Levels {
  const column = (pick: (n: InitialNode) => number) => Float64Array.from(nodes, pick);
  return levelsOfArrays(nodes.length, column((n) => n.depth), column((n) => n.x), column((n) => n.y), column((n) => n.width), column((n) => n.height));
}

/** The bounds of the cards down to `depth`, or null when there are none. */
function upTo(levels: Levels, depth: number): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let d = 0; d <= depth && d < levels.byDepth.length; d++) {
    const r = levels.byDepth[d];
    if (!r) continue;
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The whole tree when it fits at a readable scale; otherwise the readable scale that shows the
 * full width of as many upper levels as possible, the root's row at the top, centred on those
 * levels (on the root and its children, cut, when even they are too wide at that scale).
 */
export function initialViewport(cards: Levels | readonly InitialNode[], size: Size, options: InitialViewportOptions): Viewport {
  const levels = "byDepth" in cards ? cards : levelsOf(cards);
  const { fontSize, minTextPx = 12, padding = 20, maxK = 1.2 } = options;
  const deepest = levels.byDepth.length - 1;
  const all = upTo(levels, deepest);
  if (!all || !levels.root) return { x: 0, y: 0, k: 1 };
  const readableK = Math.min(maxK, minTextPx / fontSize);
  const whole = fitBounds(all, size, { padding, maxK });
  if (whole.k >= readableK) return whole;

  const availW = Math.max(1, size.width - 2 * padding);
  for (let depth = deepest; depth >= 1; depth--) {
    const upper = upTo(levels, depth) as Rect;
    const k = Math.min(maxK, availW / Math.max(1, upper.width));
    if (k >= readableK) return { x: size.width / 2 - (upper.x + upper.width / 2) * k, y: padding - all.y * k, k };
  }
  // Even the root and its children are wider than the screen: centre on them at the readable
  // scale, shifted if need be so the root's card is whole on screen.
  const k = readableK;
  const top = upTo(levels, 1) as Rect;
  const root = levels.root;
  let x = size.width / 2 - (top.x + top.width / 2) * k;
  x = Math.max(x, padding - root.x * k);
  x = Math.min(x, size.width - padding - (root.x + root.width) * k);
  return { x, y: padding - all.y * k, k };
}

/** Height of the control bar drawn over the top of the chart: views are fitted below it. */
export const CHART_CONTROLS_HEIGHT = 48;
/** The first view never enlarges cards past this scale. */
export const FIRST_VIEW_MAX_K = 1.2;

/**
 * The first view of a chart pane of `size` (the whole svg, control bar included). One function
 * for the app and for the script that places the build's prerendered cards before any other code
 * runs (src/adapters/prefit.ts), so the hydrated chart takes over without moving a card.
 */
export function firstView(levels: Levels, size: Size, fontSize: number): Viewport {
  const v = initialViewport(levels, { width: size.width, height: size.height - CHART_CONTROLS_HEIGHT }, { fontSize, maxK: FIRST_VIEW_MAX_K });
  return { ...v, y: v.y + CHART_CONTROLS_HEIGHT };
}
