// What a layout needs that does not depend on which branches are folded: the tree as index
// arrays (children in source order), each card's wrapped name and size, depths. Built once per
// units array and metrics, then reused by every fold and unfold: at 100,000 units, wrapping the
// names alone is most of a layout, and one object per unit per layout is what the garbage
// collector spent seconds on.
import type { TreeArrays } from "../domain/treeIndex.ts";
import { LayoutError, type LayoutUnit } from "./treeInput.ts";
import { wrapText } from "./wrapText.ts";

export interface CardMetrics {
  cardWidth: number;
  maxCardWidth: number;
  fontSize: number;
  lineHeight: number;
  maxLines: number;
  paddingX: number;
  headerHeight: number;
  paddingBottom: number;
}

/** The tree over `units` (the same shape as a version's, domain/treeIndex.ts), then each card's text and size. */
export interface Prepared extends TreeArrays {
  units: ReadonlyArray<LayoutUnit>;
  lines: string[][];
  width: Float64Array;
  height: Float64Array;
}

function measureCard(name: string, m: CardMetrics): { lines: string[]; width: number; height: number } {
  let width = m.cardWidth;
  let lines = wrapText(name, width - 2 * m.paddingX, m.fontSize);
  while (lines.length > m.maxLines && width < m.maxCardWidth) {
    width = Math.min(m.maxCardWidth, width + 20);
    lines = wrapText(name, width - 2 * m.paddingX, m.fontSize);
  }
  return { lines, width, height: m.headerHeight + lines.length * m.lineHeight + m.paddingBottom };
}

/**
 * The tree of `units` as index arrays. Throws a LayoutError, with d3-stratify's wording, on
 * input that is not one tree: a duplicate id, a missing parent, several roots, none, a cycle.
 */
export function indexTree(units: ReadonlyArray<LayoutUnit>): TreeArrays {
  const n = units.length;
  const at = new Map<string, number>();
  units.forEach((u, i) => {
    if (at.has(u.id)) throw new LayoutError(`duplicate: ${u.id}`);
    at.set(u.id, i);
  });
  const parentOf = new Int32Array(n);
  const count = new Int32Array(n + 1);
  let root = -1;
  units.forEach((u, i) => {
    if (u.parent === null) {
      if (root >= 0) throw new LayoutError("multiple roots");
      root = i;
      parentOf[i] = -1;
      return;
    }
    const p = at.get(u.parent);
    if (p === undefined) throw new LayoutError(`missing: ${u.parent}`);
    parentOf[i] = p;
    count[p + 1] = (count[p + 1] as number) + 1;
  });
  if (root < 0) throw new LayoutError("no root");
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = (childStart[i] as number) + (count[i + 1] as number);
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(Math.max(0, n - 1));
  for (let i = 0; i < n; i++) {
    const p = parentOf[i] as number;
    if (p >= 0) childList[(fill[p] as number)++] = i;
  }
  // With one root and every parent present, a unit the root cannot reach sits on a cycle.
  const depth = new Int32Array(n);
  const preorder = new Int32Array(n);
  const stack = [root];
  let reached = 0;
  while (stack.length > 0) {
    const i = stack.pop() as number;
    preorder[reached++] = i;
    for (let c = (childStart[i + 1] as number) - 1; c >= (childStart[i] as number); c--) {
      const k = childList[c] as number;
      depth[k] = (depth[i] as number) + 1;
      stack.push(k);
    }
  }
  if (reached !== n) throw new LayoutError("cycle");
  return { at, root, childStart, childList, depth, preorder };
}

const adopted = new WeakMap<ReadonlyArray<LayoutUnit>, TreeArrays>();

/**
 * Gives `units` the tree {@link indexTree} would compute for them, already built by the caller
 * (the chart has its version's, domain/treeIndex.ts): at 100,000 units, the id → index Map and
 * the parent lookups are a good part of a layout. The caller vouches that `tree` is that of `units`.
 */
export function adoptTree(units: ReadonlyArray<LayoutUnit>, tree: TreeArrays): void {
  adopted.set(units, tree);
}

const cache = new WeakMap<ReadonlyArray<LayoutUnit>, Map<string, Prepared>>();

/** {@link Prepared} for `units` and `m`, cached while the array lives (the app keeps it per version). */
export function prepare(units: ReadonlyArray<LayoutUnit>, m: CardMetrics): Prepared {
  const key = `${m.cardWidth} ${m.maxCardWidth} ${m.fontSize} ${m.lineHeight} ${m.maxLines} ${m.paddingX} ${m.headerHeight} ${m.paddingBottom}`;
  let byMetrics = cache.get(units);
  const hit = byMetrics?.get(key);
  if (hit) return hit;
  const tree = adopted.get(units) ?? indexTree(units);
  const n = units.length;
  const lines: string[][] = new Array<string[]>(n);
  const width = new Float64Array(n);
  const height = new Float64Array(n);
  // Many units share a name (« Bureau des affaires générales »): measure each name once.
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const name = (units[i] as LayoutUnit).name;
    const same = seen.get(name);
    if (same !== undefined) {
      lines[i] = lines[same] as string[];
      width[i] = width[same] as number;
      height[i] = height[same] as number;
      continue;
    }
    const card = measureCard(name, m);
    lines[i] = card.lines;
    width[i] = card.width;
    height[i] = card.height;
    seen.set(name, i);
  }
  const prepared: Prepared = { units, ...tree, lines, width, height };
  if (!byMetrics) cache.set(units, (byMetrics = new Map()));
  byMetrics.set(key, prepared);
  return prepared;
}
