// The spatial index of a layout made on demand (laidOut.ts).
import type { LaidOut } from "./laidOut.ts";
import { Grid, grow, type SpatialIndex } from "./spatialIndex.ts";
import type { ColumnBox } from "./placeAll.ts";
import type { Rect } from "./viewport.ts";

/**
 * Two levels: one grid over the cards above the columns and over each column's box, and, in a
 * column the query reaches, a grid over its own cards, made (and the column placed) then. A fold
 * thus costs the few hundred cards above the columns and the columns' boxes, not every card.
 */
export function columnIndex(layout: LaidOut, cellSize: number): SpatialIndex {
  const { bounds, columns } = layout;
  const origin = { x: bounds.x, y: bounds.y };
  const nodes = layout.upper();
  const upper = { nodes, links: nodes.subarray(1) };
  const nc = columns.list.length;
  const U = upper.nodes.length;
  const L = upper.links.length;
  // Top-level entries: the upper cards (links), then one per column.
  const nodeTop = new Float64Array(4 * (U + nc));
  nodeTop.set(layout.boxes(upper.nodes, false));
  const linkTop = new Float64Array(4 * (L + nc));
  linkTop.set(layout.boxes(upper.links, true));
  for (let k = 0; k < nc; k++) {
    // One pixel of margin: a column's cards end within rounding of left + width.
    nodeTop.set([(columns.list[k] as ColumnBox).left - 1, (columns.list[k] as ColumnBox).top - 1, (columns.list[k] as ColumnBox).width + 2, (columns.list[k] as ColumnBox).height + 2], 4 * (U + k));
    linkTop.set(layout.columnLinkBox(k), 4 * (L + k));
  }
  const nodeGrid = new Grid(nodeTop, origin, cellSize, bounds);
  const linkGrid = new Grid(linkTop, origin, cellSize, bounds);
  const nodeGrids = new Map<number, Grid>();
  const linkGrids = new Map<number, Grid>();
  const columnGrid = (k: number, links: boolean): Grid => {
    const grids = links ? linkGrids : nodeGrids;
    let grid = grids.get(k);
    if (!grid) {
      const from = (columns.list[k] as ColumnBox).from as number;
      const items = new Int32Array((columns.list[k] as ColumnBox).to - from);
      for (let j = 0; j < items.length; j++) items[j] = from + j;
      const top = links ? linkTop : nodeTop;
      const b = 4 * ((links ? L : U) + k);
      const box = { x: top[b] as number, y: top[b + 1] as number, width: top[b + 2] as number, height: top[b + 3] as number };
      grid = new Grid(layout.boxes(items, links), box, cellSize, box);
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
      const from = (columns.list[k] as ColumnBox).from as number;
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
