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

export function decorationFor(cls: ChangeClass): NodeDecoration {
  const label = CHANGE_CLASS_LABELS[cls];
  return { className: `change-${cls}`, symbol: CHANGE_SYMBOLS[cls], description: `changement : ${label}` };
}
