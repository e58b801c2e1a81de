// Which cards to draw this frame when many appear at once (zooming in past the overview, or
// unfolding a large branch): the ones already drawn, plus at most `chunk` new ones. Mounting
// ~600 SVG cards in one commit costs ~100 ms of style and layout (six dropped frames); a
// hundred per frame keeps each frame within budget, while the overview path shows the boxes
// not drawn yet.
import type { LayoutNode } from "./layoutTree.ts";

export interface CardsToDraw {
  cards: LayoutNode[];
  /** False while some shown cards wait for a later frame. */
  complete: boolean;
}

/**
 * `shown` in its order, restricted to what `drawn` already had plus the first `chunk` others;
 * ids in `first` (focus, selection) never wait. Cards no longer shown are dropped at once.
 */
export function nextCardsToDraw(drawn: readonly LayoutNode[], shown: readonly LayoutNode[], chunk: number, first: ReadonlySet<string> = new Set()): CardsToDraw {
  const had = new Set(drawn.map((n) => n.id));
  let budget = chunk;
  const fresh = shown.filter((n) => !had.has(n.id) && !first.has(n.id)).length;
  if (fresh <= chunk) return { cards: [...shown], complete: true };
  const cards = shown.filter((n) => {
    if (had.has(n.id) || first.has(n.id)) return true;
    if (budget <= 0) return false;
    budget--;
    return true;
  });
  return { cards, complete: false };
}
