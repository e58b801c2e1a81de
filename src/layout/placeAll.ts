// The last step of a layout, from the flat arrays layoutTree computes: cards in columns placed,
// node and link objects made. Done here for every card at once (small trees, exports); for large
// trees the chart hands layoutTree laidOut.ts's `finishLazily` (loaded with the outline planner),
// which does the same per card, when asked for. Both use the functions below.
import type { LayoutNode, TreeLayout } from "./layoutTree.ts";
import { ElbowLink, nodesById, round1 as f, type LayoutLink } from "./links.ts";
import type { Prepared } from "./prepared.ts";
import type { LayoutUnit } from "./treeInput.ts";
import type { Rect } from "./viewport.ts";

/** Per shown item in pre-order (item 0 is the root). */
export interface LaidOutArrays {
  count: number;
  unit: Int32Array;
  parent: Int32Array;
  depth: Int32Array;
  collapsed: Uint8Array;
  stacked: Uint8Array;
  /** Top-left corner of item i's card; for cards in columns, filled by placeColumn. */
  x: Float64Array;
  y: Float64Array;
  bounds: Rect;
}

/** A column under a compact parent: its box, and its cards, items from .. to - 1. */
export interface ColumnBox {
  left: number;
  top: number;
  width: number;
  height: number;
  from: number;
  to: number;
}

export interface ColumnArrays {
  list: ColumnBox[];
  /** Column of each item, -1 above the columns. */
  of: Int32Array;
}

export interface Geometry {
  stackIndent: number;
  stackGap: number;
  levelGap: number;
  outlineDepth: number;
}

export type Finish = (p: Prepared, a: LaidOutArrays, columns: ColumnArrays, g: Geometry) => TreeLayout;

/** Places column k's cards: indented by depth in outlines, one indent in leaf stacks. */
export function placeColumn(p: Prepared, a: LaidOutArrays, columns: ColumnArrays, g: Geometry, k: number): void {
  const { left, top, from, to } = columns.list[k] as ColumnBox;
  let y = top;
  for (let c = from; c < to; c++) {
    const d = a.depth[c] as number;
    a.x[c] = left + (d >= g.outlineDepth ? g.stackIndent * (d - g.outlineDepth + 1) : g.stackIndent);
    a.y[c] = y;
    y += (p.height[a.unit[c] as number] as number) + g.stackGap;
  }
}

/** Item i's node (its column placed). */
export function makeNode(p: Prepared, a: LaidOutArrays, i: number): LayoutNode {
  const u = a.unit[i] as number;
  const unit = p.units[u] as LayoutUnit;
  const childCount = (p.childStart[u + 1] as number) - (p.childStart[u] as number);
  return {
    id: unit.id,
    parentId: unit.parent,
    depth: a.depth[i] as number,
    x: a.x[i] as number,
    y: a.y[i] as number,
    width: p.width[u] as number,
    height: p.height[u] as number,
    lines: p.lines[u] as string[],
    hasChildren: childCount > 0,
    collapsed: a.collapsed[i] === 1,
    childCount,
    stacked: a.stacked[i] === 1,
  };
}

/** The link into item i ≥ 1 (its column and its parent's placed). */
export function linkInto(p: Prepared, a: LaidOutArrays, columns: ColumnArrays, g: Geometry, i: number): ElbowLink {
  const q = a.parent[i] as number;
  const X = a.x;
  const Y = a.y;
  const W = (j: number) => p.width[a.unit[j] as number] as number;
  const H = (j: number) => p.height[a.unit[j] as number] as number;
  const source = (p.units[a.unit[q] as number] as LayoutUnit).id;
  const target = (p.units[a.unit[i] as number] as LayoutUnit).id;
  const pb = f((Y[q] as number) + H(q));
  const cy = f((Y[i] as number) + H(i) / 2);
  const column = columns.of[i] as number;
  const px = f((X[q] as number) + W(q) / 2);
  // Inside an outline: down the parent's spine, then into the card.
  if ((a.depth[i] as number) > g.outlineDepth) return new ElbowLink(source, target, "outline", f((X[q] as number) + g.stackIndent / 2), pb, cy, f(X[i] as number));
  if (column >= 0) {
    const spine = f((columns.list[column] as ColumnBox).left + g.stackIndent / 2);
    return new ElbowLink(source, target, "stack", px, pb, f((columns.list[column] as ColumnBox).top - g.levelGap / 2), spine, cy, f(X[i] as number));
  }
  return new ElbowLink(source, target, "tree", px, pb, f((Y[i] as number) - g.levelGap / 2), f((X[i] as number) + W(i) / 2), f(Y[i] as number));
}

/** Unit → item (-1 when folded away). */
export function itemsOf(p: Prepared, a: LaidOutArrays): Int32Array {
  const itemOf = new Int32Array(p.units.length).fill(-1);
  for (let i = 0; i < a.count; i++) itemOf[a.unit[i] as number] = i;
  return itemOf;
}

export const finishEagerly: Finish = (p, a, columns, g) => {
  for (let k = 0; k < columns.list.length; k++) placeColumn(p, a, columns, g, k);
  const nodes = Array.from({ length: a.count }, (_, i) => makeNode(p, a, i));
  const links: LayoutLink[] = Array.from({ length: Math.max(0, a.count - 1) }, (_, k) => linkInto(p, a, columns, g, k + 1));
  return { nodes, byId: nodesById(p.at, itemsOf(p, a), a.count, (i) => nodes[i] as LayoutNode), links, bounds: a.bounds };
};
