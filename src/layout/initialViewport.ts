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

/** Accumulates card boxes into per-depth bounds. */
export class LevelBounds {
  private readonly minX: number[] = [];
  private readonly minY: number[] = [];
  private readonly maxX: number[] = [];
  private readonly maxY: number[] = [];
  root: InitialNode | null = null;

  add(depth: number, x: number, y: number, width: number, height: number): void {
    if (!(depth < this.minX.length)) {
      for (let d = this.minX.length; d <= depth; d++) {
        this.minX.push(Infinity);
        this.minY.push(Infinity);
        this.maxX.push(-Infinity);
        this.maxY.push(-Infinity);
      }
    }
    this.minX[depth] = Math.min(this.minX[depth] as number, x);
    this.minY[depth] = Math.min(this.minY[depth] as number, y);
    this.maxX[depth] = Math.max(this.maxX[depth] as number, x + width);
    this.maxY[depth] = Math.max(this.maxY[depth] as number, y + height);
    // The first card of the smallest depth, as the tree's nodes come root first.
    if (this.root === null || depth < this.root.depth) this.root = { x, y, width, height, depth };
  }

  levels(): Levels {
    const byDepth = this.minX.map((minX, d) =>
      minX === Infinity ? undefined : { x: minX, y: this.minY[d] as number, width: (this.maxX[d] as number) - minX, height: (this.maxY[d] as number) - (this.minY[d] as number) },
    );
    return { byDepth, root: this.root };
  }
}

/** The levels of a list of cards (small layouts, which have their node objects anyway). */
export function levelsOf(nodes: readonly InitialNode[]): Levels {
  const bounds = new LevelBounds();
  for (const n of nodes) bounds.add(n.depth, n.x, n.y, n.width, n.height);
  return bounds.levels();
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
