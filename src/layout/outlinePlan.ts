// When a tree is far wider than tall (a 10,000-unit organisation laid out as a tidy tree is a
// 460,000 × 1,200 px strip: fitted, a line three pixels high), its deep levels are drawn as
// indented outlines, like a file tree, in columns under their ancestor at `depth - 1`, so that
// the whole reads as a shape close to the screen's proportions. Decided once per tree, on the
// whole tree (not on what is folded), so folding a branch never reshuffles the others.
import { finishLazily } from "./laidOut.ts";
import { CARD_METRICS } from "./layoutTree.ts";
import { prepare, type Prepared } from "./prepared.ts";
import type { LayoutUnit } from "./treeInput.ts";

export interface OutlineMetrics {
  compactThreshold: number;
  stackIndent: number;
  stackGap: number;
  stackMaxRows: number;
  levelGap: number;
  siblingGap: number;
}

export interface OutlinePlan {
  /** Units at this depth and below are drawn as outlines (units at depth - 1 head the columns). */
  depth: number;
  /** A column of outlines is closed once this tall (tree units), unless it holds one outline only. */
  columnHeight: number;
}

export interface PlanOptions {
  /** Outlines are used only when the tidy tree would be wider than this many times its height. */
  above: number;
  /** Width / height aimed at (a laptop's chart pane is about 2). */
  aspect: number;
}

/**
 * Width / height estimates, from the bottom of the tidy tree (every leaf or leaf stack needs its
 * own width) and the rows' heights; then, from the deepest level up, the first outline depth whose
 * narrowest form (one column per heading unit) is within twice `aspect`, with the column height
 * that brings the width down to `aspect` times the height. Null when the tidy tree is fine.
 */
export function planOutline(p: Prepared, m: OutlineMetrics, options: PlanOptions): OutlinePlan | null {
  const { childStart, childList, depth, preorder, width, height } = p;
  const n = p.units.length;
  if (n < 2) return null;
  // Plain loops over the arrays, no closure per unit: this runs once, cold, before the first
  // frame of a 100,000-unit tree, mostly in V8's first tiers.
  let deepest = 0;
  for (let i = 0; i < n; i++) if ((depth[i] as number) > deepest) deepest = depth[i] as number;
  // Bottom blocks by the depth they hang from: a leaf's own width, a leaf stack's columns.
  const blockW = new Float64Array(deepest + 1);
  const rowH = new Float64Array(deepest + 1);
  // In outline form: a subtree's height (every card and its gap) and width (indents included).
  const tall = new Float64Array(n);
  const wide = new Float64Array(n);
  // Leaves stacked under a compact parent (more than compactThreshold children, all leaves).
  const stackedLeaf = new Uint8Array(n);
  for (let r = n - 1; r >= 0; r--) {
    const i = preorder[r] as number;
    const d = depth[i] as number;
    const first = childStart[i] as number;
    const end = childStart[i + 1] as number;
    let t = (height[i] as number) + m.stackGap;
    let w = width[i] as number;
    let leaves = true;
    let widest = 0;
    for (let c = first; c < end; c++) {
      const k = childList[c] as number;
      t += tall[k] as number;
      w = Math.max(w, m.stackIndent + (wide[k] as number));
      if ((childStart[k + 1] as number) > (childStart[k] as number)) leaves = false;
      widest = Math.max(widest, width[k] as number);
    }
    tall[i] = t;
    wide[i] = w;
    if (end - first > m.compactThreshold && leaves) {
      blockW[d] = (blockW[d] as number) + Math.ceil((end - first) / m.stackMaxRows) * (m.stackIndent + widest + m.siblingGap);
      for (let c = first; c < end; c++) stackedLeaf[childList[c] as number] = 1;
    }
  }
  // Units by depth, in index order (each outline depth below reads one level only).
  const byDepthStart = new Int32Array(deepest + 2);
  for (let i = 0; i < n; i++) {
    const d = depth[i] as number;
    byDepthStart[d + 1] = (byDepthStart[d + 1] as number) + 1;
    if (stackedLeaf[i]) continue;
    rowH[d] = Math.max(rowH[d] as number, height[i] as number);
    if (childStart[i + 1] === childStart[i]) blockW[d] = (blockW[d] as number) + (width[i] as number) + m.siblingGap;
  }
  for (let d = 0; d <= deepest; d++) byDepthStart[d + 1] = (byDepthStart[d + 1] as number) + (byDepthStart[d] as number);
  const byDepth = new Int32Array(n);
  const fill = byDepthStart.slice(0, deepest + 1);
  for (let i = 0; i < n; i++) byDepth[(fill[depth[i] as number] as number)++] = i;
  const rowsAbove = (d: number) => {
    let sum = 0;
    for (let k = 0; k < d; k++) sum += (rowH[k] as number) + m.levelGap;
    return sum;
  };
  let tidyW = 0;
  for (let d = 0; d <= deepest; d++) tidyW += blockW[d] as number;
  if (tidyW <= options.above * rowsAbove(deepest + 1)) return null;

  for (let d = deepest; d >= 1; d--) {
    // Leaves and leaf stacks hanging above the outlines keep their width.
    let fixedW = 0;
    for (let k = 0; k < d - 1; k++) fixedW += blockW[k] as number;
    const heads: { total: number; tallest: number; width: number }[] = [];
    for (let j = byDepthStart[d - 1] as number; j < (byDepthStart[d] as number); j++) {
      const i = byDepth[j] as number;
      if (childStart[i + 1] === childStart[i]) {
        if (!stackedLeaf[i]) fixedW += (width[i] as number) + m.siblingGap;
        continue;
      }
      let total = 0;
      let tallest = 0;
      let widest = 0;
      for (let c = childStart[i] as number; c < (childStart[i + 1] as number); c++) {
        const k = childList[c] as number;
        total += tall[k] as number;
        tallest = Math.max(tallest, tall[k] as number);
        widest = Math.max(widest, wide[k] as number);
      }
      heads.push({ total, tallest, width: m.stackIndent + widest + m.siblingGap });
    }
    const top = rowsAbove(d);
    const widthAt = (h: number) => heads.reduce((sum, x) => sum + Math.max(1, Math.ceil(x.total / h)) * x.width, fixedW);
    const lo0 = heads.reduce((t, x) => Math.max(t, x.tallest), 0);
    const hi0 = heads.reduce((t, x) => Math.max(t, x.total), lo0);
    if (widthAt(hi0) > 2 * options.aspect * (top + hi0) && d > 1) continue;
    if (widthAt(lo0) <= options.aspect * (top + lo0)) return { depth: d, columnHeight: lo0 };
    let lo = lo0;
    let hi = hi0;
    for (let step = 0; step < 40 && hi - lo > 1; step++) {
      const mid = (lo + hi) / 2;
      if (widthAt(mid) <= options.aspect * (top + mid)) hi = mid;
      else lo = mid;
    }
    return { depth: d, columnHeight: hi };
  }
  return null;
}

const plans = new WeakMap<ReadonlyArray<LayoutUnit>, OutlinePlan | null>();

/**
 * The chart's plan for `units` with the card metrics: outlines only when the tidy tree would be
 * more than 8 times wider than tall, aiming at a 2:1 shape. Cached per units array.
 */
export function autoOutline(units: ReadonlyArray<LayoutUnit>): OutlinePlan | null {
  if (!plans.has(units)) plans.set(units, units.length === 0 ? null : planOutline(prepare(units, CARD_METRICS), CARD_METRICS, { above: 8, aspect: 2 }));
  return plans.get(units) ?? null;
}

/** What the chart loads for large trees: the plan, and the layout's last step made on demand (laidOut.ts). */
export const planner = { plan: autoOutline, finish: finishLazily };
