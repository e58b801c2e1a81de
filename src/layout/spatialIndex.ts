// Bucket-grid index over a layout, built once per layout, so the chart renders only the
// cards (and links) near the screen: a query costs the cells it covers, not the 10,000 units.
import type { LayoutNode, TreeLayout } from "./layoutTree.ts";
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
export class Grid {
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
  // A layout made on demand (laidOut.ts) brings its own index, which makes only what it finds.
  if (layout.index) return layout.index(cellSize);
  const { bounds } = layout;
  const origin = { x: bounds.x, y: bounds.y };
  const nodeBox = new Float64Array(4 * layout.nodes.length);
  layout.nodes.forEach((n, i) => {
    nodeBox[4 * i] = n.x;
    nodeBox[4 * i + 1] = n.y;
    nodeBox[4 * i + 2] = n.width;
    nodeBox[4 * i + 3] = n.height;
  });
  const linkBox = new Float64Array(4 * layout.links.length);
  layout.links.forEach((l, i) => {
    const r = l instanceof ElbowLink ? l.extent() : boxOf(l.bounds);
    linkBox[4 * i] = r[0];
    linkBox[4 * i + 1] = r[1];
    linkBox[4 * i + 2] = r[2] - r[0];
    linkBox[4 * i + 3] = r[3] - r[1];
  });
  const nodeGrid = new Grid(nodeBox, origin, cellSize, bounds);
  const linkGrid = new Grid(linkBox, origin, cellSize, bounds);
  return {
    layout,
    nodes: (rect, margin = 0) => nodeGrid.search(grow(rect, margin)).map((i) => layout.nodes[i] as LayoutNode),
    links: (rect, margin = 0) => linkGrid.search(grow(rect, margin)).map((i) => layout.links[i] as LayoutLink),
  };
}

const boxOf = (r: Rect): [number, number, number, number] => [r.x, r.y, r.x + r.width, r.y + r.height];

export const grow = (r: Rect, m: number): Rect => ({ x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m });

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
