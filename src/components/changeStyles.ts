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
  const taken = side === "from" && cls === "created";
  return { className: `change-${cls}`, symbol: taken ? "→✚" : CHANGE_SYMBOLS[cls], description: `changement : ${classLabel(cls, side)}` };
}

/** The class in words for a unit of one side: on the earlier side, a creation's change is « missions reprises par une unité créée ». */
export function classLabel(cls: ChangeClass, side: "from" | "to"): string {
  return side === "from" && cls === "created" ? "missions reprises par une unité créée" : CHANGE_CLASS_LABELS[cls];
}
