// A layout as flat arrays, with its node and link objects made when asked for. At 100,000 units
// nearly every card sits in a column (a leaf stack or outlines, see layoutTree.ts), and making
// 100,000 nodes and links on every fold (each coordinate a boxed number) was most of a fold's
// time and garbage, for a screen that shows a few hundred. Cards above the columns are placed by
// layoutTree; a column's cards are placed the first time one of them, or its part of the spatial
// index, is asked for. Exports still read `nodes` and `links` whole.
import type { LayoutNode, TreeLayout } from "./layoutTree.ts";
import { ElbowLink, NodesById, round1 as f, type LayoutLink, type NodeLookup } from "./links.ts";
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
  /** Top-left corner of item i's card; for cards in columns, filled when the column is placed. */
  x: Float64Array;
  y: Float64Array;
  bounds: Rect;
}

/** Columns under compact parents: box, and their cards, items from[k] .. to[k] - 1. */
export interface ColumnArrays {
  left: Float64Array;
  top: Float64Array;
  width: Float64Array;
  height: Float64Array;
  from: Int32Array;
  to: Int32Array;
  /** Column of each item, -1 above the columns. */
  of: Int32Array;
}

export interface Geometry {
  stackIndent: number;
  stackGap: number;
  levelGap: number;
  outlineDepth: number;
}

export class LaidOut implements TreeLayout {
  readonly byId: NodeLookup<LayoutNode>;
  readonly bounds: Rect;
  readonly count: number;
  private readonly placed: Uint8Array;
  private readonly made: Array<LayoutNode | undefined>;
  private readonly madeLinks: Array<ElbowLink | undefined>;
  private allNodes: LayoutNode[] | null = null;
  private allLinks: LayoutLink[] | null = null;

  constructor(
    private readonly p: Prepared,
    private readonly a: LaidOutArrays,
    readonly columns: ColumnArrays,
    private readonly g: Geometry,
  ) {
    this.count = a.count;
    this.bounds = a.bounds;
    this.placed = new Uint8Array(columns.from.length);
    this.made = new Array<LayoutNode | undefined>(a.count);
    this.madeLinks = new Array<ElbowLink | undefined>(Math.max(0, a.count - 1));
    const itemOf = new Int32Array(p.units.length).fill(-1);
    for (let i = 0; i < a.count; i++) itemOf[a.unit[i] as number] = i;
    this.byId = new NodesById(p.at, itemOf, a.count, (i) => this.node(i));
  }

  private W(i: number): number {
    return this.p.width[this.a.unit[i] as number] as number;
  }

  private H(i: number): number {
    return this.p.height[this.a.unit[i] as number] as number;
  }

  /** Places column k's cards: indented by depth in outlines, one indent in leaf stacks. */
  placeColumn(k: number): void {
    if (this.placed[k]) return;
    this.placed[k] = 1;
    const { a, g, columns } = this;
    const left = columns.left[k] as number;
    let y = columns.top[k] as number;
    for (let c = columns.from[k] as number; c < (columns.to[k] as number); c++) {
      const d = a.depth[c] as number;
      a.x[c] = left + (d >= g.outlineDepth ? g.stackIndent * (d - g.outlineDepth + 1) : g.stackIndent);
      a.y[c] = y;
      y += this.H(c) + g.stackGap;
    }
  }

  private ensure(i: number): void {
    const k = this.columns.of[i] as number;
    if (k >= 0) this.placeColumn(k);
  }

  /** Item i's node, made once per layout (the same object on every call). */
  node(i: number): LayoutNode {
    const known = this.made[i];
    if (known) return known;
    this.ensure(i);
    const { p, a } = this;
    const u = a.unit[i] as number;
    const unit = p.units[u] as LayoutUnit;
    const childCount = (p.childStart[u + 1] as number) - (p.childStart[u] as number);
    const node: LayoutNode = {
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
    this.made[i] = node;
    return node;
  }

  /** Link k, into item k + 1 (links are in node order; parents precede their children). */
  link(k: number): ElbowLink {
    const known = this.madeLinks[k];
    if (known) return known;
    const { p, a, g, columns } = this;
    const i = k + 1;
    const q = a.parent[i] as number;
    this.ensure(i);
    this.ensure(q);
    const X = a.x;
    const Y = a.y;
    const source = (p.units[a.unit[q] as number] as LayoutUnit).id;
    const target = (p.units[a.unit[i] as number] as LayoutUnit).id;
    const pb = f((Y[q] as number) + this.H(q));
    const cy = f((Y[i] as number) + this.H(i) / 2);
    const column = columns.of[i] as number;
    let link: ElbowLink;
    if ((a.depth[i] as number) > g.outlineDepth) {
      // Inside an outline: down the parent's spine, then into the card.
      link = new ElbowLink(source, target, "outline", f((X[q] as number) + g.stackIndent / 2), pb, cy, f(X[i] as number));
    } else if (column >= 0) {
      const spine = f((columns.left[column] as number) + g.stackIndent / 2);
      link = new ElbowLink(source, target, "stack", f((X[q] as number) + this.W(q) / 2), pb, f((columns.top[column] as number) - g.levelGap / 2), spine, cy, f(X[i] as number));
    } else {
      link = new ElbowLink(source, target, "tree", f((X[q] as number) + this.W(q) / 2), pb, f((Y[i] as number) - g.levelGap / 2), f((X[i] as number) + this.W(i) / 2), f(Y[i] as number));
    }
    this.madeLinks[k] = link;
    return link;
  }

  get nodes(): LayoutNode[] {
    if (!this.allNodes) {
      const all = new Array<LayoutNode>(this.count);
      for (let i = 0; i < this.count; i++) all[i] = this.node(i);
      this.allNodes = all;
    }
    return this.allNodes;
  }

  get links(): LayoutLink[] {
    if (!this.allLinks) {
      const all = new Array<LayoutLink>(Math.max(0, this.count - 1));
      for (let k = 0; k < all.length; k++) all[k] = this.link(k);
      this.allLinks = all;
    }
    return this.allLinks;
  }

  /** x, y, width, height of each of `items`' cards at 4j. */
  nodeBoxes(items: ArrayLike<number>): Float64Array {
    const box = new Float64Array(4 * items.length);
    for (let j = 0; j < items.length; j++) {
      const i = items[j] as number;
      this.ensure(i);
      box[4 * j] = this.a.x[i] as number;
      box[4 * j + 1] = this.a.y[i] as number;
      box[4 * j + 2] = this.W(i);
      box[4 * j + 3] = this.H(i);
    }
    return box;
  }

  /** Bounding box of the link into each of `items` at 4j (ElbowLink.extent). */
  linkBoxes(items: ArrayLike<number>): Float64Array {
    const box = new Float64Array(4 * items.length);
    for (let j = 0; j < items.length; j++) {
      const [left, top, right, bottom] = this.link((items[j] as number) - 1).extent();
      box[4 * j] = left;
      box[4 * j + 1] = top;
      box[4 * j + 2] = right - left;
      box[4 * j + 3] = bottom - top;
    }
    return box;
  }

  /** Items above the columns (the root first), and those below the root there: links into them. */
  upper(): { nodes: Int32Array; links: Int32Array } {
    const { a, columns } = this;
    let n = 0;
    for (let i = 0; i < a.count; i++) if ((columns.of[i] as number) < 0) n++;
    const nodes = new Int32Array(n);
    n = 0;
    for (let i = 0; i < a.count; i++) if ((columns.of[i] as number) < 0) nodes[n++] = i;
    return { nodes, links: nodes.subarray(1) };
  }

  /** Rough box (a superset) of column k's links: from its parent card's bottom to its last card. */
  columnLinkBox(k: number): [number, number, number, number] {
    const { a, columns } = this;
    const head = a.parent[columns.from[k] as number] as number;
    const cx = (a.x[head] as number) + this.W(head) / 2;
    const left = columns.left[k] as number;
    const right = left + (columns.width[k] as number);
    const top = Math.min((a.y[head] as number) + this.H(head), (columns.top[k] as number) - this.g.levelGap / 2);
    return [Math.min(cx, left) - 1, top - 1, Math.max(cx, right) + 1, (columns.top[k] as number) + (columns.height[k] as number) + 1];
  }
}
