// Pure viewport maths shared by the chart, the zoom module and the tests.
// Convention (same as d3-zoom's transform): screen = tree * k + (x, y).

export type Viewport = { x: number; y: number; k: number };
export type Point = { x: number; y: number };
export type Size = { width: number; height: number };
export type Rect = { x: number; y: number; width: number; height: number };

export interface FitOptions {
  /** Screen pixels kept free on every side. */
  padding?: number;
  minK?: number;
  maxK?: number;
}

export const IDENTITY: Viewport = Object.freeze({ x: 0, y: 0, k: 1 });

export function clampK(k: number, minK = 0, maxK = Number.POSITIVE_INFINITY): number {
  if (Number.isNaN(k)) return Math.max(minK, Math.min(maxK, 1));
  return Math.max(minK, Math.min(maxK, k));
}

/** The viewport that shows all of `bounds`, centred, as large as `maxK` allows. */
export function fitBounds(bounds: Rect, size: Size, options: FitOptions = {}): Viewport {
  const { padding = 0, minK = 0, maxK = Number.POSITIVE_INFINITY } = options;
  const availW = Math.max(1, size.width - 2 * padding);
  const availH = Math.max(1, size.height - 2 * padding);
  // A zero-sized bounds (single point) would ask for infinite zoom: maxK caps it, or 1 if uncapped.
  const kw = bounds.width > 0 ? availW / bounds.width : Number.POSITIVE_INFINITY;
  const kh = bounds.height > 0 ? availH / bounds.height : Number.POSITIVE_INFINITY;
  let k = Math.min(kw, kh);
  if (!Number.isFinite(k)) k = Number.isFinite(maxK) ? maxK : 1;
  k = clampK(k, minK, maxK);
  return centerOn({ x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 }, size, k);
}

/** The viewport at scale `k` that puts the tree-space `point` in the middle of the screen. */
export function centerOn(point: Point, size: Size, k: number): Viewport {
  return { x: size.width / 2 - point.x * k, y: size.height / 2 - point.y * k, k };
}

export function screenToTree(p: Point, v: Viewport): Point {
  return { x: (p.x - v.x) / v.k, y: (p.y - v.y) / v.k };
}

export function treeToScreen(p: Point, v: Viewport): Point {
  return { x: p.x * v.k + v.x, y: p.y * v.k + v.y };
}

/** The tree-space rectangle visible through a screen of `size`. */
export function viewRect(v: Viewport, size: Size): Rect {
  return { x: -v.x / v.k, y: -v.y / v.k, width: size.width / v.k, height: size.height / v.k };
}

/** Scales by `factor` keeping the screen point `anchor` over the same tree point (zoom buttons, wheel). */
export function zoomAround(v: Viewport, factor: number, anchor: Point, minK = 0, maxK = Number.POSITIVE_INFINITY): Viewport {
  const k = clampK(v.k * factor, minK, maxK);
  const ratio = k / v.k;
  return { x: anchor.x - (anchor.x - v.x) * ratio, y: anchor.y - (anchor.y - v.y) * ratio, k };
}

export function sameViewport(a: Viewport, b: Viewport, epsilon = 1e-6): boolean {
  return Math.abs(a.x - b.x) <= epsilon && Math.abs(a.y - b.y) <= epsilon && Math.abs(a.k - b.k) <= epsilon;
}
