// A link's geometry as a few numbers; its SVG path and bounding box are made when asked for.
// At 100,000 units the chart only ever draws the links near the screen, so storing 100,000
// path strings and bound objects up front was memory and start-up time spent for nothing.
import type { Rect } from "./viewport.ts";

export interface LayoutLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Orthogonal elbow, parent's bottom centre to child's top centre (or left edge when stacked). */
  readonly path: string;
  /** Bounding box of the path, for culling. */
  readonly bounds: Rect;
}

/** Rounded to 0.1 px: shorter paths, and the same numbers in the path and in its bounds. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * `tree`: M x0,y0 V y1 H x2 V y3 (parent's bottom centre, down to mid-gap, across, down to the child).
 * `stack`: M x0,y0 V y1 H x2 V y3 H x4 (down to mid-gap, across to the column's spine, down, into the card).
 * `outline`: M x0,y0 V y1 H x2 (down the parent's spine, into the card).
 */
export type LinkKind = "tree" | "stack" | "outline";

export class ElbowLink implements LayoutLink {
  constructor(
    readonly source: string,
    readonly target: string,
    readonly kind: LinkKind,
    readonly x0: number,
    readonly y0: number,
    readonly y1: number,
    readonly x2: number,
    readonly y3 = 0,
    readonly x4 = 0,
  ) {}

  get id(): string {
    return `${this.source}->${this.target}`;
  }

  get path(): string {
    const start = `M${this.x0},${this.y0}V${this.y1}H${this.x2}`;
    if (this.kind === "outline") return start;
    return this.kind === "tree" ? `${start}V${this.y3}` : `${start}V${this.y3}H${this.x4}`;
  }

  /** Left, top, right, bottom of the path's corners. */
  extent(): [number, number, number, number] {
    const { x0, y0, y1, x2, y3, x4 } = this;
    if (this.kind === "outline") return [Math.min(x0, x2), Math.min(y0, y1), Math.max(x0, x2), Math.max(y0, y1)];
    const last = this.kind === "tree" ? x2 : x4;
    return [Math.min(x0, x2, last), Math.min(y0, y1, y3), Math.max(x0, x2, last), Math.max(y0, y1, y3)];
  }

  get bounds(): Rect {
    const [x, y, right, bottom] = this.extent();
    return { x, y, width: right - x, height: bottom - y };
  }
}

/** Lookup of a layout's nodes by id (what the chart and the exports use of a Map). */
export interface NodeLookup<T> {
  readonly size: number;
  get(id: string): T | undefined;
  has(id: string): boolean;
}

/**
 * A layout's nodes by id, read through the prepared id index (`at`: id → unit, `itemOf`: unit →
 * item) rather than a Map filled with every node on each fold; `node` makes the item's node.
 */
export function nodesById<T>(at: { get(id: string): number | undefined }, itemOf: Int32Array, size: number, node: (item: number) => T): NodeLookup<T> {
  const item = (id: string) => itemOf[at.get(id) ?? -1] ?? -1;
  return {
    size,
    get: (id) => (item(id) >= 0 ? node(item(id)) : undefined),
    has: (id) => item(id) >= 0,
  };
}
