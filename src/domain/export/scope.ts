// What an export holds: the whole version or one unit and everything under it, either as
// folded on screen or fully unfolded.
import { visibleOrder, type VersionIndex } from "../hierarchy.ts";
import type { Unit } from "../schema.ts";

export interface ExportScope {
  /** null: the whole version; otherwise the id of the unit at the top of the export. */
  rootId: string | null;
  /** « tel qu'affiché » keeps the folds; « entièrement déplié » drops them. */
  expansion: "as-shown" | "expanded";
}

export interface ScopedUnits {
  root: Unit;
  /** Depth-first (reading order), root first. */
  units: Unit[];
  /** Folded units within the scope (empty when fully expanded). */
  collapsed: ReadonlySet<string>;
}

export function scopeUnits(index: VersionIndex, collapsed: ReadonlySet<string>, scope: ExportScope): ScopedUnits {
  const root = (scope.rootId !== null ? index.byId.get(scope.rootId) : undefined) ?? index.root;
  const folds = scope.expansion === "expanded" ? new Set<string>() : collapsed;
  const units = visibleOrder({ ...index, root }, folds);
  const inScope = new Set(units.map((u) => u.id));
  return { root, units, collapsed: new Set([...folds].filter((id) => inScope.has(id))) };
}

/** Units as the layout wants them: the scope's root has no parent. */
export function layoutInput(scoped: ScopedUnits): Unit[] {
  return scoped.units.map((u) => (u.id === scoped.root.id ? { ...u, parent: null } : u));
}
