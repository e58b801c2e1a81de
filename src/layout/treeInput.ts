// Input side of the layout: units as the domain gives them, checked only for what would
// make a tree impossible. The data is validated upstream; this is the last line of defence.

export interface LayoutUnit {
  id: string;
  parent: string | null;
  name: string;
  code?: string;
  kind: string;
}

/** Inconsistent input; the message follows d3-stratify's ("missing: id", "multiple roots"...). */
export class LayoutError extends Error {
  override name = "LayoutError";
}

export function indexUnits(units: ReadonlyArray<LayoutUnit>): { root: LayoutUnit; kids: Map<string, LayoutUnit[]> } {
  const ids = new Set<string>();
  for (const u of units) {
    if (ids.has(u.id)) throw new LayoutError(`duplicate: ${u.id}`);
    ids.add(u.id);
  }
  let root: LayoutUnit | undefined;
  const kids = new Map<string, LayoutUnit[]>();
  for (const u of units) {
    if (u.parent === null) {
      if (root) throw new LayoutError("multiple roots");
      root = u;
    } else if (!ids.has(u.parent)) {
      throw new LayoutError(`missing: ${u.parent}`);
    } else {
      const list = kids.get(u.parent);
      if (list) list.push(u);
      else kids.set(u.parent, [u]);
    }
  }
  if (!root) throw new LayoutError("no root");
  // With one root and every parent present, a unit the root cannot reach sits on a cycle.
  let reached = 0;
  const todo: string[] = [root.id];
  while (todo.length > 0) {
    reached++;
    for (const k of kids.get(todo.pop() as string) ?? []) todo.push(k.id);
  }
  if (reached !== units.length) throw new LayoutError("cycle");
  return { root, kids };
}

