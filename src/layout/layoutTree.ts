// Pure top-down tree layout for the chart: card sizes from a text-width heuristic (no DOM),
// x from d3-hierarchy's tidy tree (Reingold–Tilford, variable widths via `separation`), y by
// rows, each row as tall as its tallest card so cards of different heights never overlap.
//
// Compact mode: a unit with more than `compactThreshold` children that are all leaves gets
// them stacked in one column under it (a spine on the left, an elbow into each card), instead
// of one very wide row. The stack reserves its column in d3's layout through a chain of
// virtual nodes, one per row the stack crosses, so no neighbour is ever placed under it.
import { hierarchy, tree } from "d3-hierarchy";
import type { LayoutUnit } from "./treeInput.ts";
import type { Rect } from "./viewport.ts";
import { indexUnits } from "./treeInput.ts";
import { wrapText } from "./wrapText.ts";

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
} as const satisfies Required<Omit<LayoutOptions, "collapsed">>;

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

export interface LayoutLink {
  id: string;
  source: string;
  target: string;
  /** Orthogonal elbow, parent's bottom centre to child's top centre (or left edge when stacked). */
  path: string;
  /** Bounding box of the path, for culling. */
  bounds: Rect;
}

export interface TreeLayout {
  nodes: LayoutNode[];
  byId: Map<string, LayoutNode>;
  links: LayoutLink[];
  bounds: Rect;
}

interface Item {
  unit: LayoutUnit;
  parent: number;
  depth: number;
  children: number[];
  childCount: number;
  collapsed: boolean;
  lines: string[];
  width: number;
  height: number;
  stacked: boolean;
  compact: boolean;
}

interface Datum {
  width: number;
  children: Datum[];
  cx: number;
}

type Metrics = Required<Omit<LayoutOptions, "collapsed">>;

interface Column {
  head: Datum;
  top: number;
  width: number;
  members: number[];
}

function measure(name: string, m: Metrics): { lines: string[]; width: number; height: number } {
  let width = m.cardWidth;
  let lines = wrapText(name, width - 2 * m.paddingX, m.fontSize);
  while (lines.length > m.maxLines && width < m.maxCardWidth) {
    width = Math.min(m.maxCardWidth, width + 20);
    lines = wrapText(name, width - 2 * m.paddingX, m.fontSize);
  }
  return { lines, width, height: m.headerHeight + lines.length * m.lineHeight + m.paddingBottom };
}

/** Visible units in pre-order (document order), measured, with compact stacks decided. */
function collectItems(root: LayoutUnit, kids: Map<string, LayoutUnit[]>, collapsedSet: ReadonlySet<string> | undefined, m: Metrics): Item[] {
  const items: Item[] = [];
  // Parallel stacks rather than tuples: 10,000 fewer short-lived arrays per layout.
  const todo: LayoutUnit[] = [root];
  const todoParent: number[] = [-1];
  const todoDepth: number[] = [0];
  while (todo.length > 0) {
    const unit = todo.pop() as LayoutUnit;
    const parent = todoParent.pop() as number;
    const depth = todoDepth.pop() as number;
    const own = kids.get(unit.id);
    const childCount = own ? own.length : 0;
    const collapsed = childCount > 0 && (collapsedSet?.has(unit.id) ?? false);
    const index = items.length;
    const { lines, width, height } = measure(unit.name, m);
    items.push({ unit, parent, depth, children: [], childCount, collapsed, lines, width, height, stacked: false, compact: false });
    if (parent >= 0) (items[parent] as Item).children.push(index);
    if (!own || collapsed) continue;
    for (let i = own.length - 1; i >= 0; i--) {
      todo.push(own[i] as LayoutUnit);
      todoParent.push(index);
      todoDepth.push(depth + 1);
    }
  }
  for (const item of items) {
    if (item.children.length <= m.compactThreshold) continue;
    if (!item.children.every((c) => (items[c] as Item).childCount === 0)) continue;
    item.compact = true;
    for (const c of item.children) (items[c] as Item).stacked = true;
  }
  return items;
}

const f = (n: number) => Math.round(n * 10) / 10;

export function layoutTree(units: ReadonlyArray<LayoutUnit>, options: LayoutOptions = {}): TreeLayout {
  const { collapsed: collapsedSet, ...rest } = options;
  const m: Metrics = { ...CARD_METRICS, ...rest };
  if (units.length === 0) return { nodes: [], byId: new Map(), links: [], bounds: { x: 0, y: 0, width: 0, height: 0 } };
  const { root, kids } = indexUnits(units);
  const items = collectItems(root, kids, collapsedSet, m);

  // Rows: stacked cards are left out, their stack spans rows instead of stretching one.
  const rowH: number[] = [];
  for (const it of items) if (!it.stacked) rowH[it.depth] = Math.max(rowH[it.depth] ?? 0, it.height);
  const minH = m.headerHeight + m.lineHeight + m.paddingBottom;
  const rowTop: number[] = [0];
  const topOf = (d: number): number => {
    while (rowTop.length <= d) {
      const p = rowTop.length - 1;
      rowTop.push((rowTop[p] as number) + (rowH[p] ?? minH) + m.levelGap);
    }
    return rowTop[d] as number;
  };
  const bottomOf = (d: number) => topOf(d) + (rowH[d] ?? minH);

  const data: Array<Datum | undefined> = items.map((it) => (it.stacked ? undefined : { width: it.width, children: [], cx: 0 }));
  // A compact parent's leaves are stacked in columns of at most `stackMaxRows` cards, each column
  // reserving its place in d3's layout through a chain of virtual nodes, one per row it crosses.
  const stacks = new Map<number, Column[]>();
  const columnOf = new Map<number, Column>();
  items.forEach((it, i) => {
    const datum = data[i];
    if (datum && it.parent >= 0) (data[it.parent] as Datum).children.push(datum);
    if (!it.compact) return;
    const top = topOf(it.depth + 1);
    const count = Math.ceil(it.children.length / m.stackMaxRows);
    const perColumn = Math.ceil(it.children.length / count);
    const columns: Column[] = [];
    for (let start = 0; start < it.children.length; start += perColumn) {
      const members = it.children.slice(start, start + perColumn);
      let height = -m.stackGap;
      let widest = 0;
      for (const c of members) {
        height += (items[c] as Item).height + m.stackGap;
        widest = Math.max(widest, (items[c] as Item).width);
      }
      const width = m.stackIndent + widest;
      const head: Datum = { width, children: [], cx: 0 };
      let link = head;
      for (let d = it.depth + 1; bottomOf(d) < top + height; d++) {
        const next: Datum = { width, children: [], cx: 0 };
        link.children.push(next);
        link = next;
      }
      (datum as Datum).children.push(head);
      const column = { head, top, width, members };
      columns.push(column);
      for (const c of members) columnOf.set(c, column);
    }
    stacks.set(i, columns);
  });

  const rootNode = hierarchy(data[0] as Datum, (d) => (d.children.length > 0 ? d.children : null));
  tree<Datum>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.width + b.data.width) / 2 + (a.parent === b.parent ? m.siblingGap : m.subtreeGap))(rootNode)
    .each((n) => {
      n.data.cx = n.x;
    });

  const nodes: LayoutNode[] = new Array(items.length);
  const byId = new Map<string, LayoutNode>();
  const links: LayoutLink[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const place = (i: number, x: number, y: number) => {
    const it = items[i] as Item;
    const node: LayoutNode = {
      id: it.unit.id,
      parentId: it.unit.parent,
      depth: it.depth,
      x,
      y,
      width: it.width,
      height: it.height,
      lines: it.lines,
      hasChildren: it.childCount > 0,
      collapsed: it.collapsed,
      childCount: it.childCount,
      stacked: it.stacked,
    };
    nodes[i] = node;
    byId.set(node.id, node);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + it.width);
    maxY = Math.max(maxY, y + it.height);
  };
  items.forEach((it, i) => {
    if (!it.stacked) place(i, (data[i] as Datum).cx - it.width / 2, topOf(it.depth));
    for (const stack of stacks.get(i) ?? []) {
      const left = stack.head.cx - stack.width / 2;
      let y = stack.top;
      for (const c of stack.members) {
        place(c, left + m.stackIndent, y);
        y += (items[c] as Item).height + m.stackGap;
      }
    }
  });

  // Links after placement, in node order; parents always precede their children.
  for (let i = 1; i < items.length; i++) {
    const it = items[i] as Item;
    const parent = nodes[it.parent] as LayoutNode;
    const child = nodes[i] as LayoutNode;
    const px = f(parent.x + parent.width / 2);
    const pb = f(parent.y + parent.height);
    let path: string;
    let bounds: Rect;
    if (child.stacked) {
      const stack = columnOf.get(i) as Column;
      const spine = f(stack.head.cx - stack.width / 2 + m.stackIndent / 2);
      const cy = f(child.y + child.height / 2);
      path = `M${px},${pb}V${f(stack.top - m.levelGap / 2)}H${spine}V${cy}H${f(child.x)}`;
      const right = Math.max(px, f(child.x));
      bounds = { x: Math.min(px, spine), y: pb, width: right - Math.min(px, spine), height: cy - pb };
    } else {
      const cx = f(child.x + child.width / 2);
      const ct = f(child.y);
      path = `M${px},${pb}V${f(child.y - m.levelGap / 2)}H${cx}V${ct}`;
      bounds = { x: Math.min(px, cx), y: pb, width: Math.abs(px - cx), height: ct - pb };
    }
    links.push({ id: `${parent.id}->${child.id}`, source: parent.id, target: child.id, path, bounds });
  }

  return { nodes, byId, links, bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY } };
}

export { LayoutError, type LayoutUnit } from "./treeInput.ts";
export { createSpatialIndex, visibleLinks, visibleNodes, type SpatialIndex } from "./spatialIndex.ts";
