// A layout as flat arrays (positions, link corners), with its node and link objects made when
// asked for. At 100,000 units, making 100,000 nodes and 100,000 links on every fold (each
// coordinate a boxed number) was most of a fold's time and most of its garbage; the chart only
// ever looks at the few hundred near the screen. Exports still read `nodes` and `links` whole.
import type { LayoutNode, TreeLayout } from "./layoutTree.ts";
import { ElbowLink, NodesById, type LayoutLink, type LinkKind, type NodeLookup } from "./links.ts";
import type { Prepared } from "./prepared.ts";
import type { LayoutUnit } from "./treeInput.ts";
import type { Rect } from "./viewport.ts";

export const LINK_KINDS: readonly LinkKind[] = ["tree", "stack", "outline"];

/** What layoutTree computed, per shown item in pre-order (item 0 is the root). */
export interface LaidOutArrays {
  count: number;
  unit: Int32Array;
  parent: Int32Array;
  depth: Int32Array;
  collapsed: Uint8Array;
  stacked: Uint8Array;
  /** Top-left corner of item i's card. */
  x: Float64Array;
  y: Float64Array;
  /** Link into item i (i ≥ 1): its kind (index in LINK_KINDS) and x0, y0, y1, x2, y3, x4 at 6i. */
  linkKind: Uint8Array;
  linkData: Float64Array;
  bounds: Rect;
}

export class LaidOut implements TreeLayout {
  readonly byId: NodeLookup<LayoutNode>;
  readonly bounds: Rect;
  readonly count: number;
  private readonly made: Array<LayoutNode | undefined>;
  private readonly madeLinks: Array<LayoutLink | undefined>;
  private allNodes: LayoutNode[] | null = null;
  private allLinks: LayoutLink[] | null = null;

  constructor(
    private readonly p: Prepared,
    private readonly a: LaidOutArrays,
  ) {
    this.count = a.count;
    this.bounds = a.bounds;
    this.made = new Array<LayoutNode | undefined>(a.count);
    this.madeLinks = new Array<LayoutLink | undefined>(Math.max(0, a.count - 1));
    const itemOf = new Int32Array(p.units.length).fill(-1);
    for (let i = 0; i < a.count; i++) itemOf[a.unit[i] as number] = i;
    this.byId = new NodesById(p.at, itemOf, a.count, (i) => this.node(i));
  }

  /** Item i's node, made once per layout (the same object on every call). */
  node(i: number): LayoutNode {
    const known = this.made[i];
    if (known) return known;
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
  link(k: number): LayoutLink {
    const known = this.madeLinks[k];
    if (known) return known;
    const { p, a } = this;
    const i = k + 1;
    const d = a.linkData;
    const b = 6 * i;
    const source = (p.units[a.unit[a.parent[i] as number] as number] as LayoutUnit).id;
    const target = (p.units[a.unit[i] as number] as LayoutUnit).id;
    const link = new ElbowLink(source, target, LINK_KINDS[a.linkKind[i] as number] as LinkKind, d[b] as number, d[b + 1] as number, d[b + 2] as number, d[b + 3] as number, d[b + 4] as number, d[b + 5] as number);
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

  /** x, y, width, height of node i at 4i, for the spatial index. */
  nodeBoxes(): Float64Array {
    const { p, a } = this;
    const box = new Float64Array(4 * a.count);
    for (let i = 0; i < a.count; i++) {
      const u = a.unit[i] as number;
      box[4 * i] = a.x[i] as number;
      box[4 * i + 1] = a.y[i] as number;
      box[4 * i + 2] = p.width[u] as number;
      box[4 * i + 3] = p.height[u] as number;
    }
    return box;
  }

  /** Bounding box of link k at 4k, as ElbowLink.extent would give it. */
  linkBoxes(): Float64Array {
    const { a } = this;
    const d = a.linkData;
    const box = new Float64Array(4 * Math.max(0, a.count - 1));
    for (let i = 1; i < a.count; i++) {
      const b = 6 * i;
      const x0 = d[b] as number;
      const y0 = d[b + 1] as number;
      const y1 = d[b + 2] as number;
      const x2 = d[b + 3] as number;
      let left: number, top: number, right: number, bottom: number;
      if (a.linkKind[i] === 2) {
        left = Math.min(x0, x2);
        right = Math.max(x0, x2);
        top = Math.min(y0, y1);
        bottom = Math.max(y0, y1);
      } else {
        const y3 = d[b + 4] as number;
        const last = a.linkKind[i] === 0 ? x2 : (d[b + 5] as number);
        left = Math.min(x0, x2, last);
        right = Math.max(x0, x2, last);
        top = Math.min(y0, y1, y3);
        bottom = Math.max(y0, y1, y3);
      }
      const o = 4 * (i - 1);
      box[o] = left;
      box[o + 1] = top;
      box[o + 2] = right - left;
      box[o + 3] = bottom - top;
    }
    return box;
  }
}
