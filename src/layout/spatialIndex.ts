// Bucket-grid index over a layout, built once per layout, so the chart renders only the
// cards (and links) near the screen: a query costs the cells it covers, not the 10,000 units.
import type { LayoutNode, TreeLayout } from "./layoutTree.ts";
import { LaidOut } from "./laidOut.ts";
import { ElbowLink, type LayoutLink } from "./links.ts";
import type { Rect } from "./viewport.ts";

export interface SpatialIndex {
  layout: TreeLayout;
  /** Nodes whose card intersects `rect` grown by `margin` on every side, in layout order. */
  nodes(rect: Rect, margin?: number): LayoutNode[];
  /** Links whose bounding box intersects `rect` grown by `margin`, in layout order. */
  links(rect: Rect, margin?: number): LayoutLink[];
}

/** Closed-interval overlap: touching edges count, so a card on the border is kept. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/**
 * Items bucketed by the grid cells their box touches, as flat arrays (cell c holds
 * items[start[c] .. start[c + 1])): two passes over the boxes, no per-cell arrays.
 */
class Grid {
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  private readonly stamp: Uint32Array;
  private query = 0;
  private readonly cols: number;
  private readonly rows: number;

  /** `box` holds x, y, width, height of item i at 4i .. 4i + 3. */
  constructor(
    private readonly box: Float64Array,
    private readonly origin: { x: number; y: number },
    private readonly cell: number,
    size: { width: number; height: number },
  ) {
    const n = box.length / 4;
    this.stamp = new Uint32Array(n);
    // Clamping queries to the grid keeps a huge (or infinite) rectangle cheap.
    this.cols = Math.max(1, Math.ceil(size.width / cell) + 1);
    this.rows = Math.max(1, Math.ceil(size.height / cell) + 1);
    // Counting sort by cell: count, prefix sums, fill (plain loops, no callback per cell).
    const count = new Int32Array(this.cols * this.rows + 1);
    const range = new Int32Array(4);
    for (let i = 0; i < n; i++) {
      this.cellRange(i, range);
      for (let row = range[2] as number; row <= (range[3] as number); row++)
        for (let col = range[0] as number; col <= (range[1] as number); col++) {
          const key = row * this.cols + col + 1;
          count[key] = (count[key] as number) + 1;
        }
    }
    for (let c = 1; c < count.length; c++) count[c] = (count[c] as number) + (count[c - 1] as number);
    this.start = count;
    const fill = count.slice(0, count.length - 1);
    this.items = new Int32Array(count[count.length - 1] as number);
    for (let i = 0; i < n; i++) {
      this.cellRange(i, range);
      for (let row = range[2] as number; row <= (range[3] as number); row++)
        for (let col = range[0] as number; col <= (range[1] as number); col++) this.items[(fill[row * this.cols + col] as number)++] = i;
    }
  }

  /** First and last column, first and last row of item i's box, into `out`. */
  private cellRange(i: number, out: Int32Array) {
    const { box, origin, cell } = this;
    const x = box[4 * i] as number;
    const y = box[4 * i + 1] as number;
    out[0] = Math.max(0, Math.floor((x - origin.x) / cell));
    out[1] = Math.min(this.cols - 1, Math.floor((x + (box[4 * i + 2] as number) - origin.x) / cell));
    out[2] = Math.max(0, Math.floor((y - origin.y) / cell));
    out[3] = Math.min(this.rows - 1, Math.floor((y + (box[4 * i + 3] as number) - origin.y) / cell));
  }

  private eachCell(x: number, y: number, width: number, height: number, visit: (key: number) => void) {
    const c0 = Math.max(0, Math.floor((x - this.origin.x) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((x + width - this.origin.x) / this.cell));
    const r0 = Math.max(0, Math.floor((y - this.origin.y) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((y + height - this.origin.y) / this.cell));
    for (let row = r0; row <= r1; row++) for (let col = c0; col <= c1; col++) visit(row * this.cols + col);
  }

  search(rect: Rect): number[] {
    // A stamp per query dedupes items that sit in several cells without allocating a Set.
    this.query = (this.query + 1) >>> 0 || 1;
    if (this.query === 1) this.stamp.fill(0);
    const out: number[] = [];
    const { box } = this;
    this.eachCell(rect.x, rect.y, rect.width, rect.height, (key) => {
      for (let k = this.start[key] as number; k < (this.start[key + 1] as number); k++) {
        const i = this.items[k] as number;
        if (this.stamp[i] === this.query) continue;
        this.stamp[i] = this.query;
        const b = 4 * i;
        if (intersects({ x: box[b] as number, y: box[b + 1] as number, width: box[b + 2] as number, height: box[b + 3] as number }, rect)) out.push(i);
      }
    });
    return out.sort((a, b) => a - b);
  }
}

export function createSpatialIndex(layout: TreeLayout, cellSize = 512): SpatialIndex {
  if (layout instanceof LaidOut) return columnIndex(layout, cellSize);
  const { bounds } = layout;
  const origin = { x: bounds.x, y: bounds.y };
  const nodeGrid = new Grid(nodeBoxes(layout.nodes), origin, cellSize, bounds);
  const linkGrid = new Grid(linkBoxes(layout.links), origin, cellSize, bounds);
  return {
    layout,
    nodes: (rect, margin = 0) => nodeGrid.search(grow(rect, margin)).map((i) => layout.nodes[i] as LayoutNode),
    links: (rect, margin = 0) => linkGrid.search(grow(rect, margin)).map((i) => layout.links[i] as LayoutLink),
  };
}

const grow = (r: Rect, m: number): Rect => ({ x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m });

/**
 * Two levels: one grid over the cards above the columns and over each column's box, and, in a
 * column the query reaches, a grid over its own cards, made (and the column placed) then. A fold
 * thus costs the few hundred cards above the columns and the columns' boxes, not every card.
 */
function columnIndex(layout: LaidOut, cellSize: number): SpatialIndex {
  const { bounds, columns } = layout;
  const origin = { x: bounds.x, y: bounds.y };
  const upper = layout.upper();
  const nc = columns.from.length;
  const U = upper.nodes.length;
  const L = upper.links.length;
  // Top-level entries: the upper cards (links), then one per column.
  const nodeTop = new Float64Array(4 * (U + nc));
  nodeTop.set(layout.nodeBoxes(upper.nodes));
  const linkTop = new Float64Array(4 * (L + nc));
  linkTop.set(layout.linkBoxes(upper.links));
  for (let k = 0; k < nc; k++) {
    // One pixel of margin: a column's cards end within rounding of left + width.
    const b = 4 * (U + k);
    nodeTop[b] = (columns.left[k] as number) - 1;
    nodeTop[b + 1] = (columns.top[k] as number) - 1;
    nodeTop[b + 2] = (columns.width[k] as number) + 2;
    nodeTop[b + 3] = (columns.height[k] as number) + 2;
    const [left, top, right, bottom] = layout.columnLinkBox(k);
    const l = 4 * (L + k);
    linkTop[l] = left;
    linkTop[l + 1] = top;
    linkTop[l + 2] = right - left;
    linkTop[l + 3] = bottom - top;
  }
  const nodeGrid = new Grid(nodeTop, origin, cellSize, bounds);
  const linkGrid = new Grid(linkTop, origin, cellSize, bounds);
  const nodeGrids = new Map<number, Grid>();
  const linkGrids = new Map<number, Grid>();
  const columnGrid = (k: number, links: boolean): Grid => {
    const grids = links ? linkGrids : nodeGrids;
    let grid = grids.get(k);
    if (!grid) {
      const from = columns.from[k] as number;
      const items = new Int32Array((columns.to[k] as number) - from);
      for (let j = 0; j < items.length; j++) items[j] = from + j;
      const top = links ? linkTop : nodeTop;
      const b = 4 * ((links ? L : U) + k);
      const box = { x: top[b] as number, y: top[b + 1] as number, width: top[b + 2] as number, height: top[b + 3] as number };
      grid = new Grid(links ? layout.linkBoxes(items) : layout.nodeBoxes(items), box, cellSize, box);
      grids.set(k, grid);
    }
    return grid;
  };
  const search = (grid: Grid, entries: Int32Array, rect: Rect, links: boolean): number[] => {
    const out: number[] = [];
    for (const e of grid.search(rect)) {
      if (e < entries.length) {
        out.push(entries[e] as number);
        continue;
      }
      const k = e - entries.length;
      const from = columns.from[k] as number;
      for (const j of columnGrid(k, links).search(rect)) out.push(from + j);
    }
    return out.sort((a, b) => a - b);
  };
  return {
    layout,
    nodes: (rect, margin = 0) => search(nodeGrid, upper.nodes, grow(rect, margin), false).map((i) => layout.node(i)),
    links: (rect, margin = 0) => search(linkGrid, upper.links, grow(rect, margin), true).map((i) => layout.link(i - 1)),
  };
}

function nodeBoxes(nodes: readonly LayoutNode[]): Float64Array {
  const box = new Float64Array(4 * nodes.length);
  nodes.forEach((n, i) => {
    box[4 * i] = n.x;
    box[4 * i + 1] = n.y;
    box[4 * i + 2] = n.width;
    box[4 * i + 3] = n.height;
  });
  return box;
}

function linkBoxes(links: readonly LayoutLink[]): Float64Array {
  const box = new Float64Array(4 * links.length);
  links.forEach((l, i) => {
    const r = l instanceof ElbowLink ? l.extent() : boxOf(l.bounds);
    box[4 * i] = r[0];
    box[4 * i + 1] = r[1];
    box[4 * i + 2] = r[2] - r[0];
    box[4 * i + 3] = r[3] - r[1];
  });
  return box;
}

const boxOf = (r: Rect): [number, number, number, number] => [r.x, r.y, r.x + r.width, r.y + r.height];

const cache = new WeakMap<TreeLayout, SpatialIndex>();

function indexOf(source: TreeLayout | SpatialIndex): SpatialIndex {
  if ("nodes" in source && typeof source.nodes === "function") return source as SpatialIndex;
  const layout = source as TreeLayout;
  let index = cache.get(layout);
  if (!index) {
    index = createSpatialIndex(layout);
    cache.set(layout, index);
  }
  return index;
}

/** Nodes intersecting a tree-space rectangle; pass the index (or the layout: its index is cached). */
export function visibleNodes(source: TreeLayout | SpatialIndex, rect: Rect, margin = 0): LayoutNode[] {
  return indexOf(source).nodes(rect, margin);
}

export function visibleLinks(source: TreeLayout | SpatialIndex, rect: Rect, margin = 0): LayoutLink[] {
  return indexOf(source).links(rect, margin);
}
