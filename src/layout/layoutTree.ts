// Pure top-down tree layout for the chart: card sizes from a text-width heuristic (no DOM),
// x from d3-hierarchy's tidy tree (Reingold–Tilford, variable widths via `separation`), y by
// rows, each row as tall as its tallest card so cards of different heights never overlap.
//
// Compact mode: a unit with more than `compactThreshold` children that are all leaves gets
// them stacked in one column under it (a spine on the left, an elbow into each card), instead
// of one very wide row. The stack reserves its column in d3's layout through a chain of
// virtual nodes, one per row the stack crosses, so no neighbour is ever placed under it.
//
// Outline mode (`outline`, see outlinePlan.ts): below a depth, subtrees are indented outlines
// in columns under their ancestor; d3 then only places the upper levels and one box per column.
import { hierarchy, tree } from "d3-hierarchy";
import type { LayoutLink, NodeLookup } from "./links.ts";
import type { OutlinePlan } from "./outlinePlan.ts";
import { finishEagerly, type ColumnArrays, type ColumnBox, type Finish } from "./placeAll.ts";
import { prepare, type Prepared } from "./prepared.ts";
import type { LayoutUnit } from "./treeInput.ts";
import type { SpatialIndex } from "./spatialIndex.ts";
import type { Rect } from "./viewport.ts";
import type { Levels } from "./initialViewport.ts";

export interface LayoutOptions {
  /** Units whose descendants are hidden. */
  collapsed?: ReadonlySet<string>;
  cardWidth?: number;
  /** Cards widen (by 20 px steps) up to this width to keep names within `maxLines`. */
  maxCardWidth?: number;
  fontSize?: number;
  lineHeight?: number;
  maxLines?: number;
  paddingX?: number;
  /** From the card's top to the top of the first name line (room for the kind/code header). */
  headerHeight?: number;
  paddingBottom?: number;
  /** Vertical space between two rows. */
  levelGap?: number;
  siblingGap?: number;
  /** Horizontal space between cousins, a bit more than siblings so branches read as groups. */
  subtreeGap?: number;
  /** Stack leaf children when there are more than this many; Infinity turns stacking off. */
  compactThreshold?: number;
  stackIndent?: number;
  stackGap?: number;
  /** A stack taller than this many cards is split into side-by-side columns. */
  stackMaxRows?: number;
  /**
   * Deep levels as indented outlines (see outlinePlan.ts: the chart asks it for a plan, loaded
   * on demand for large trees; exports keep the tidy tree).
   */
  outline?: OutlinePlan | null;
  /** The last step; the chart passes laidOut.ts's, which makes cards and links on demand. */
  finish?: Finish;
}

/** Defaults; they match the card drawing in src/components/TreeNode.tsx (14 px name, 17 px lines). */
export const CARD_METRICS = {
  cardWidth: 220,
  maxCardWidth: 360,
  fontSize: 14,
  lineHeight: 17,
  maxLines: 5,
  paddingX: 12,
  headerHeight: 25,
  paddingBottom: 12,
  levelGap: 56,
  siblingGap: 20,
  subtreeGap: 40,
  compactThreshold: 3,
  stackIndent: 28,
  stackGap: 12,
  stackMaxRows: 6,
} as const satisfies Required<Omit<LayoutOptions, "collapsed" | "outline" | "finish">>;

export interface LayoutNode {
  id: string;
  parentId: string | null;
  depth: number;
  /** Top-left corner of the card, tree space. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The full name, wrapped; joining the lines with spaces gives the name back. */
  lines: string[];
  hasChildren: boolean;
  collapsed: boolean;
  /** Direct children in the data, shown or not. */
  childCount: number;
  /** Drawn in a compact stack under its parent. */
  stacked: boolean;
}

export interface TreeLayout {
  nodes: LayoutNode[];
  byId: NodeLookup<LayoutNode>;
  links: LayoutLink[];
  bounds: Rect;
  /** Its own spatial index, when it has one (laidOut.ts). */
  index?: (cellSize: number) => SpatialIndex;
  /** Its cards' bounds by level without making its nodes, when it can (laidOut.ts). */
  levels?: () => Levels;
}


export type { LayoutLink };

interface Datum {
  width: number;
  children: Datum[];
  cx: number;
}

type Metrics = Required<Omit<LayoutOptions, "collapsed" | "outline" | "finish">>;

/** A column under a compact parent: a leaf stack, or outlines. */
interface Column extends ColumnBox {
  head: Datum;
}

/** The units shown, in pre-order, as parallel arrays indexed by item. */
interface Items {
  count: number;
  unit: Int32Array;
  parent: Int32Array;
  depth: Int32Array;
  collapsed: Uint8Array;
  /** Children of item i, shown: kid[kidStart[i] .. kidStart[i + 1]). */
  kidStart: Int32Array;
  kid: Int32Array;
}

function collectItems(p: Prepared, collapsedSet: ReadonlySet<string> | undefined): Items {
  const n = p.units.length;
  // Folded units as flags (reading every unit's id to look it up in the set cost more).
  const folded = new Uint8Array(n);
  for (const id of collapsedSet ?? []) {
    const u = p.at.get(id);
    if (u !== undefined) folded[u] = 1;
  }
  const unit = new Int32Array(n);
  const parent = new Int32Array(n);
  const depth = new Int32Array(n);
  const collapsed = new Uint8Array(n);
  const todo = new Int32Array(n);
  const todoParent = new Int32Array(n);
  todo[0] = p.root;
  todoParent[0] = -1;
  let top = 1;
  let count = 0;
  while (top > 0) {
    top--;
    const u = todo[top] as number;
    const from = todoParent[top] as number;
    const i = count++;
    unit[i] = u;
    parent[i] = from;
    depth[i] = p.depth[u] as number;
    const first = p.childStart[u] as number;
    const end = p.childStart[u + 1] as number;
    if (end > first && folded[u] === 1) {
      collapsed[i] = 1;
      continue;
    }
    for (let c = end - 1; c >= first; c--) {
      todo[top] = p.childList[c] as number;
      todoParent[top] = i;
      top++;
    }
  }
  const kidStart = new Int32Array(count + 1);
  for (let i = 1; i < count; i++) {
    const at = (parent[i] as number) + 1;
    kidStart[at] = (kidStart[at] as number) + 1;
  }
  for (let i = 0; i < count; i++) kidStart[i + 1] = (kidStart[i + 1] as number) + (kidStart[i] as number);
  const fill = kidStart.slice(0, count);
  const kid = new Int32Array(Math.max(0, count - 1));
  for (let i = 1; i < count; i++) kid[(fill[parent[i] as number] as number)++] = i;
  return { count, unit, parent, depth, collapsed, kidStart, kid };
}

export function layoutTree(units: ReadonlyArray<LayoutUnit>, options: LayoutOptions = {}): TreeLayout {
  const { collapsed: collapsedSet, outline, finish, ...rest } = options;
  const m: Metrics = { ...CARD_METRICS, ...rest };
  if (units.length === 0) return { nodes: [], byId: new Map(), links: [], bounds: { x: 0, y: 0, width: 0, height: 0 } };
  const p = prepare(units, m);
  const plan = outline ?? null;
  const outlineDepth = plan ? plan.depth : Infinity;
  const items = collectItems(p, collapsedSet);
  const { count, unit, parent, depth, kidStart, kid } = items;
  const W = (i: number) => p.width[unit[i] as number] as number;
  const H = (i: number) => p.height[unit[i] as number] as number;
  const dataKids = (i: number) => (p.childStart[(unit[i] as number) + 1] as number) - (p.childStart[unit[i] as number] as number);

  // Leaf stacks (above the outlines) and outlined units are left out of the rows.
  const stacked = new Uint8Array(count);
  const compact = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const d = depth[i] as number;
    const from = kidStart[i] as number;
    const to = kidStart[i + 1] as number;
    if (d >= outlineDepth) stacked[i] = 1;
    if (to === from) continue;
    if (d === outlineDepth - 1) {
      compact[i] = 1;
      continue;
    }
    if (d >= outlineDepth || to - from <= m.compactThreshold) continue;
    let leaves = true;
    for (let c = from; c < to && leaves; c++) leaves = dataKids(kid[c] as number) === 0;
    if (!leaves) continue;
    compact[i] = 1;
    for (let c = from; c < to; c++) stacked[kid[c] as number] = 1;
  }

  const rowH: number[] = [];
  for (let i = 0; i < count; i++) if (!stacked[i]) rowH[depth[i] as number] = Math.max(rowH[depth[i] as number] ?? 0, H(i));
  const minH = m.headerHeight + m.lineHeight + m.paddingBottom;
  const rowTop: number[] = [0];
  const topOf = (d: number): number => {
    while (rowTop.length <= d) {
      const q = rowTop.length - 1;
      rowTop.push((rowTop[q] as number) + (rowH[q] ?? minH) + m.levelGap);
    }
    return rowTop[d] as number;
  };
  const bottomOf = (d: number) => topOf(d) + (rowH[d] ?? minH);

  // Outlined units: each shown child of an outline head with its shown descendants, pre-order.
  const outlineEnd = new Int32Array(count);
  for (let i = count - 1; i >= 0; i--) {
    let end = i + 1;
    for (let c = kidStart[i] as number; c < (kidStart[i + 1] as number); c++) end = Math.max(end, outlineEnd[kid[c] as number] as number);
    outlineEnd[i] = end;
  }
  const indentOf = (i: number) => m.stackIndent * ((depth[i] as number) - outlineDepth + 1);

  const data: Array<Datum | undefined> = new Array<Datum | undefined>(count);
  for (let i = 0; i < count; i++) if (!stacked[i]) data[i] = { width: W(i), children: [], cx: 0 };
  const stacks = new Map<number, Column[]>();
  const allColumns: Column[] = [];
  const columnOf = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const datum = data[i];
    if (datum && (parent[i] as number) >= 0) (data[parent[i] as number] as Datum).children.push(datum);
    if (!compact[i]) continue;
    const top = topOf((depth[i] as number) + 1);
    const k0 = kidStart[i] as number;
    const k1 = kidStart[i + 1] as number;
    const outlined = (depth[i] as number) === outlineDepth - 1;
    // A column's members are consecutive items (leaf children, or whole outlines in pre-order),
    // kept as ranges: at 100,000 units, arrays of members were 100,000 pushes per fold.
    const ranges: number[] = [];
    if (!outlined) {
      const columns = Math.ceil((k1 - k0) / m.stackMaxRows);
      const perColumn = Math.ceil((k1 - k0) / columns);
      for (let s = k0; s < k1; s += perColumn) ranges.push(kid[s] as number, (kid[Math.min(s + perColumn, k1) - 1] as number) + 1);
    } else {
      const talls = new Float64Array(k1 - k0);
      let total = 0;
      for (let k = k0; k < k1; k++) {
        const h = kid[k] as number;
        let t = 0;
        for (let j = h; j < (outlineEnd[h] as number); j++) t += H(j) + m.stackGap;
        talls[k - k0] = t;
        total += t;
      }
      const target = total / Math.max(1, Math.ceil(total / (plan as OutlinePlan).columnHeight));
      let from = kid[k0] as number;
      let filled = 0;
      for (let k = k0; k < k1; k++) {
        const h = kid[k] as number;
        if (h > from && filled >= target) {
          ranges.push(from, h);
          from = h;
          filled = 0;
        }
        filled += talls[k - k0] as number;
      }
      ranges.push(from, outlineEnd[kid[k1 - 1] as number] as number);
    }
    const columns: Column[] = [];
    for (let r = 0; r < ranges.length; r += 2) {
      const from = ranges[r] as number;
      const to = ranges[r + 1] as number;
      let height = -m.stackGap;
      let width = 0;
      for (let c = from; c < to; c++) {
        height += H(c) + m.stackGap;
        width = Math.max(width, (outlined ? indentOf(c) : m.stackIndent) + W(c));
      }
      const head: Datum = { width, children: [], cx: 0 };
      let link = head;
      // Nothing is laid out below an outline: its column needs no chain to reserve its place.
      for (let d = (depth[i] as number) + 1; !outlined && bottomOf(d) < top + height; d++) {
        const next: Datum = { width, children: [], cx: 0 };
        link.children.push(next);
        link = next;
      }
      (datum as Datum).children.push(head);
      const column = { head, left: 0, top, width, height, from, to };
      columns.push(column);
      columnOf.fill(allColumns.length, from, to);
      allColumns.push(column);
    }
    stacks.set(i, columns);
  }

  const rootNode = hierarchy(data[0] as Datum, (d) => (d.children.length > 0 ? d.children : null));
  tree<Datum>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.width + b.data.width) / 2 + (a.parent === b.parent ? m.siblingGap : m.subtreeGap))(rootNode)
    .each((node) => {
      node.data.cx = node.x;
    });

  // Cards above the columns are placed here, the columns' cards and the links by `finish`
  // (placeAll.ts: all at once; laidOut.ts: when asked for).
  const X = new Float64Array(count);
  const Y = new Float64Array(count);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    if (stacked[i]) continue;
    X[i] = (data[i] as Datum).cx - W(i) / 2;
    Y[i] = topOf(depth[i] as number);
    minX = Math.min(minX, X[i] as number);
    minY = Math.min(minY, Y[i] as number);
    maxX = Math.max(maxX, (X[i] as number) + W(i));
    maxY = Math.max(maxY, (Y[i] as number) + H(i));
  }
  for (const c of allColumns) {
    c.left = c.head.cx - c.width / 2;
    // Every column starts with a card at the first indent; its widest card ends at its width.
    minX = Math.min(minX, c.left + m.stackIndent);
    minY = Math.min(minY, c.top);
    maxX = Math.max(maxX, c.left + c.width);
    maxY = Math.max(maxY, c.top + c.height);
  }
  const columns: ColumnArrays = { list: allColumns, of: columnOf };
  const bounds = { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  const geometry = { ...m, outlineDepth };
  return (finish ?? finishEagerly)(p, { count, unit, parent, depth, collapsed: items.collapsed, stacked, x: X, y: Y, bounds }, columns, geometry);
}

export { LayoutError, type LayoutUnit } from "./treeInput.ts";
export type { OutlinePlan } from "./outlinePlan.ts";
export { createSpatialIndex, visibleLinks, visibleNodes, type SpatialIndex } from "./spatialIndex.ts";
