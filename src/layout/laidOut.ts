// A large tree's layout with its node and link objects made when asked for. At 100,000 units
// nearly every card sits in a column (a leaf stack or outlines, see layoutTree.ts), and making
// 100,000 nodes and links on every fold (each coordinate a boxed number) was most of a fold's
// time and garbage, for a screen that shows a few hundred. layoutTree places the cards above the
// columns and the columns' boxes; a column's cards are placed the first time one of them, or its
// part of the spatial index (columnIndex.ts), is asked for. Loaded with the outline planner.
import { columnIndex } from "./columnIndex.ts";
import type { LayoutNode, TreeLayout } from "./layoutTree.ts";
import { nodesById, type ElbowLink, type LayoutLink, type NodeLookup } from "./links.ts";
import { itemsOf, linkInto, makeNode, placeColumn, type ColumnArrays, type ColumnBox, type Finish, type Geometry, type LaidOutArrays } from "./placeAll.ts";
import { levelsOfArrays, type Levels } from "./initialViewport.ts";
import type { Prepared } from "./prepared.ts";
import type { SpatialIndex } from "./spatialIndex.ts";
import type { Rect } from "./viewport.ts";

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
    this.placed = new Uint8Array(columns.list.length);
    this.made = new Array<LayoutNode | undefined>(a.count);
    this.madeLinks = new Array<ElbowLink | undefined>(Math.max(0, a.count - 1));
    this.byId = nodesById(p.at, itemsOf(p, a), a.count, (i) => this.node(i));
  }

  index(cellSize: number): SpatialIndex {
    return columnIndex(this, cellSize);
  }

  /** Places column k's cards, the first time only. */
  private placeOnce(k: number): void {
    if (this.placed[k]) return;
    this.placed[k] = 1;
    placeColumn(this.p, this.a, this.columns, this.g, k);
  }

  private ensure(i: number): void {
    const k = this.columns.of[i] as number;
    if (k >= 0) this.placeOnce(k);
  }

  /** Item i's node, made once per layout (the same object on every call). */
  node(i: number): LayoutNode {
    this.ensure(i);
    return (this.made[i] ??= makeNode(this.p, this.a, i));
  }

  /** Link k, into item k + 1 (links are in node order; parents precede their children). */
  link(k: number): ElbowLink {
    this.ensure(k + 1);
    this.ensure(this.a.parent[k + 1] as number);
    return (this.madeLinks[k] ??= linkInto(this.p, this.a, this.columns, this.g, k + 1));
  }

  get nodes(): LayoutNode[] {
    return (this.allNodes ??= Array.from({ length: this.count }, (_, i) => this.node(i)));
  }

  get links(): LayoutLink[] {
    return (this.allLinks ??= Array.from({ length: Math.max(0, this.count - 1) }, (_, k) => this.link(k)));
  }

  /**
   * The cards' bounds level by level, for the first view (initialViewport.ts), from the arrays:
   * every column placed, but no node object made (reading `nodes` would make 100,000).
   */
  levels(): Levels {
    const { p, a, columns } = this;
    for (let k = 0; k < columns.list.length; k++) this.placeOnce(k);
    return levelsOfArrays(this.count, a.depth, a.x, a.y, p.width, p.height, a.unit);
  }

  /** x, y, width, height of each of `items`' cards (or of the links into them) at 4j. */
  boxes(items: ArrayLike<number>, links: boolean): Float64Array {
    const box = new Float64Array(4 * items.length);
    for (let j = 0; j < items.length; j++) {
      const i = items[j] as number;
      if (links) {
        const [left, top, right, bottom] = this.link(i - 1).extent();
        box.set([left, top, right - left, bottom - top], 4 * j);
      } else {
        const n = this.node(i);
        box.set([n.x, n.y, n.width, n.height], 4 * j);
      }
    }
    return box;
  }

  /** Items above the columns, the root first. */
  upper(): Int32Array {
    const items: number[] = [];
    for (let i = 0; i < this.count; i++) if ((this.columns.of[i] as number) < 0) items.push(i);
    return Int32Array.from(items);
  }

  /** A box around column k's links (x, y, width, height): from its parent card's bottom to its last card. */
  columnLinkBox(k: number): [number, number, number, number] {
    const column = this.columns.list[k] as ColumnBox;
    const head = this.node(this.a.parent[column.from as number] as number);
    const cx = head.x + head.width / 2;
    const left = column.left as number;
    const right = left + column.width;
    const top = Math.min(head.y + head.height, column.top - this.g.levelGap / 2) - 1;
    const x = Math.min(cx, left) - 1;
    return [x, top, Math.max(cx, right) + 1 - x, column.top + column.height + 1 - top];
  }
}

export const finishLazily: Finish = (p, a, columns, g) => new LaidOut(p, a, columns, g);
