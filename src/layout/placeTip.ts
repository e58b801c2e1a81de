// Where a tooltip goes so that it stays inside the box that would clip it (a scrolling panel,
// or the window): shifted sideways by dx, and below its term when there is no room above.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TipPlacement {
  dx: number;
  below: boolean;
}

/** `tip` is where the tooltip is drawn by default (above the term, left-aligned); `term` is the term. */
export function placeTip(tip: Box, term: Box, clip: Box, margin = 4): TipPlacement {
  const height = tip.bottom - tip.top;
  let dx = 0;
  if (tip.right + margin > clip.right) dx = clip.right - margin - tip.right;
  // Never past the left edge, even if the tip is wider than the box.
  if (tip.left + dx - margin < clip.left) dx = clip.left + margin - tip.left;
  const roomAbove = term.top - clip.top;
  const roomBelow = clip.bottom - term.bottom;
  const below = roomAbove < height + margin && roomBelow > roomAbove;
  return { dx, below };
}
