import { CHANGE_CLASS_LABELS, type ChangeClass } from "../domain/diff.ts";
import type { NodeDecoration } from "./TreeNode.tsx";

/** Each class has a symbol and a word on the card, plus a border pattern: colour is never the only cue. */
export const CHANGE_SYMBOLS: Record<ChangeClass, string> = {
  unchanged: "=",
  renamed: "✎",
  moved: "↪",
  "renamed-moved": "✎↪",
  merged: "⊕",
  split: "⋔",
  created: "✚",
  removed: "✖",
  undocumented: "?",
};

/**
 * The card decoration of a unit in the comparison. A unit of the earlier version whose missions
 * go to a unit created later belongs to that creation's change: its card says so, not « créé ».
 */
export function decorationFor(cls: ChangeClass, side: "from" | "to" = "to"): NodeDecoration {
  const label = side === "from" && cls === "created" ? "missions reprises par une unité créée" : CHANGE_CLASS_LABELS[cls];
  return { className: `change-${cls}`, symbol: CHANGE_SYMBOLS[cls], description: `changement : ${label}` };
}
