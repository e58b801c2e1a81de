// Bucket-grid index over a layout, built once per layout, so the chart renders only the
// cards (and links) near the screen: a query costs the cells it covers, not the 10,000 units.
import type { LayoutLink, LayoutNode, TreeLayout } from "./layoutTree.ts";
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

class Grid {
  private readonly cells = new Map<number, number[]>();
  private readonly stamp: Uint32Array;
  private query = 0;
  private readonly cols: number;
  private readonly rows: number;

  constructor(
    private readonly rects: Rect[],
    private readonly origin: { x: number; y: number },
    private readonly cell: number,
    size: { width: number; height: number },
  ) {
    this.stamp = new Uint32Array(rects.length);
    // Clamping queries to the grid keeps a huge (or infinite) rectangle cheap.
    this.cols = Math.max(1, Math.ceil(size.width / cell) + 1);
    this.rows = Math.max(1, Math.ceil(size.height / cell) + 1);
    rects.forEach((r, i) => this.eachCell(r, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    }));
  }

  private eachCell(r: Rect, visit: (key: number) => void) {
    const c0 = Math.max(0, Math.floor((r.x - this.origin.x) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((r.x + r.width - this.origin.x) / this.cell));
    const r0 = Math.max(0, Math.floor((r.y - this.origin.y) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((r.y + r.height - this.origin.y) / this.cell));
    for (let row = r0; row <= r1; row++) for (let col = c0; col <= c1; col++) visit(row * this.cols + col);
  }

  search(rect: Rect): number[] {
    // A stamp per query dedupes items that sit in several cells without allocating a Set.
    this.query = (this.query + 1) >>> 0 || 1;
    if (this.query === 1) this.stamp.fill(0);
    const out: number[] = [];
    this.eachCell(rect, (key) => {
      for (const i of this.cells.get(key) ?? []) {
        if (this.stamp[i] === this.query) continue;
        this.stamp[i] = this.query;
        if (intersects(this.rects[i] as Rect, rect)) out.push(i);
      }
    });
    return out.sort((a, b) => a - b);
  }
}

export function createSpatialIndex(layout: TreeLayout, cellSize = 512): SpatialIndex {
  const { bounds } = layout;
  const origin = { x: bounds.x, y: bounds.y };
  const nodeRects: Rect[] = layout.nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height }));
  const linkRects = layout.links.map((l) => l.bounds);
  const nodeGrid = new Grid(nodeRects, origin, cellSize, bounds);
  const linkGrid = new Grid(linkRects, origin, cellSize, bounds);
  const grow = (r: Rect, m: number): Rect => ({ x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m });
  return {
    layout,
    nodes: (rect, margin = 0) => nodeGrid.search(grow(rect, margin)).map((i) => layout.nodes[i] as LayoutNode),
    links: (rect, margin = 0) => linkGrid.search(grow(rect, margin)).map((i) => layout.links[i] as LayoutLink),
  };
}

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
