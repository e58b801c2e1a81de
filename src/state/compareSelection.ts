// Which units answer a selection in the comparison view: the counterparts on the other side
// (selected and centred there) and the units sharing the change on both sides (highlighted).
import type { Change, ChangeClass, DiffResult } from "../domain/diff.ts";
import { normalizeText } from "../domain/normalize.ts";

export type Side = "from" | "to";

export interface Correspondence {
  changes: Change[];
  /** Units of the other side, first one is selected there. */
  other: string[];
  /** Units of both sides taking part in the same changes (merge partners, split pieces). */
  linked: { from: Set<string>; to: Set<string> };
}

export function correspondence(result: DiffResult, side: Side, unitId: string): Correspondence {
  const changes = result.changesByUnit[side].get(unitId) ?? [];
  const otherSide: Side = side === "from" ? "to" : "from";
  const linked = { from: new Set<string>(), to: new Set<string>() };
  for (const change of changes) {
    for (const r of [...change.from, ...change.related]) if (r.version === result.from) linked.from.add(r.unit);
    for (const r of [...change.to, ...change.related]) if (r.version === result.to) linked.to.add(r.unit);
  }
  const other = [...linked[otherSide]];
  return { changes, other, linked };
}

/** The first unit a change concerns, and its side: what clicking the change selects. */
export function changeAnchor(change: Change): { side: Side; unit: string } | null {
  const from = change.from[0];
  if (from) return { side: "from", unit: from.unit };
  const to = change.to[0];
  return to ? { side: "to", unit: to.unit } : null;
}

export function filterChanges(changes: readonly Change[], classes: ReadonlySet<ChangeClass>, text: string, describe: (c: Change) => string): Change[] {
  const needle = normalizeText(text);
  return changes.filter((c) => {
    if (!classes.has(c.class)) return false;
    if (needle === "") return true;
    return normalizeText(describe(c)).includes(needle);
  });
}
