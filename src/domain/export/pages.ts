// Print pagination (pure geometry): the chart cut into page-sized windows along lines that
// cross no card, so no card is ever cut in half (a card wider than a page is the only
// exception, and then it gets a page of its own width).
import type { Rect } from "../../layout/viewport.ts";

export const PAPER_MM = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } } as const;
export type Paper = keyof typeof PAPER_MM;
export type Orientation = "portrait" | "landscape";
export const MARGIN_MM = 10;
/** Height kept on every page for the repeated title lines. */
export const HEADER_MM = 24;

export function printableArea(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const p = PAPER_MM[paper];
  const [w, h] = orientation === "portrait" ? [p.width, p.height] : [p.height, p.width];
  return { width: w - 2 * MARGIN_MM, height: h - 2 * MARGIN_MM - HEADER_MM };
}

/** Cut positions along one axis: each span at most `max` long, cuts only where no box spans them. */
export function cuts(start: number, end: number, max: number, boxes: ReadonlyArray<{ from: number; to: number }>): number[] {
  const out = [start];
  let at = start;
  const inside = (x: number) => boxes.some((b) => b.from < x && b.to > x);
  while (end - at > max) {
    // The furthest line within a page that crosses no box: the page end itself, or just
    // before a box starts, or just after one ends.
    const limit = at + max;
    const candidates = [limit];
    for (const b of boxes) {
      if (b.from - 1 > at && b.from - 1 < limit) candidates.push(b.from - 1);
      if (b.to + 1 > at && b.to + 1 < limit) candidates.push(b.to + 1);
    }
    candidates.sort((x, y) => y - x);
    // A box longer than a page leaves no clean cut: cut at the page end then.
    const cut = candidates.find((c) => !inside(c)) ?? limit;
    out.push(cut);
    at = cut;
  }
  out.push(end);
  return out;
}

/** Page windows over the chart, column by column (top to bottom, then left to right), empty ones left out. */
export function paginate(bounds: Rect, cards: readonly Rect[], page: { width: number; height: number }): Rect[] {
  const pad = 8;
  const xs = cuts(bounds.x - pad, bounds.x + bounds.width + pad, page.width, cards.map((c) => ({ from: c.x, to: c.x + c.width })));
  const pages: Rect[] = [];
  // Rows are cut per column of pages: across the whole width, stacks at different heights
  // usually leave no line free of cards.
  for (let i = 0; i + 1 < xs.length; i++) {
    const left = xs[i] as number;
    const right = xs[i + 1] as number;
    const column = cards.filter((c) => c.x < right && c.x + c.width > left);
    if (column.length === 0) continue;
    const ys = cuts(bounds.y - pad, bounds.y + bounds.height + pad, page.height, column.map((c) => ({ from: c.y, to: c.y + c.height })));
    for (let j = 0; j + 1 < ys.length; j++) {
      const r = { x: left, y: ys[j] as number, width: right - left, height: (ys[j + 1] as number) - (ys[j] as number) };
      if (column.some((c) => c.y < r.y + r.height && c.y + c.height > r.y)) pages.push(r);
    }
  }
  return pages;
}
