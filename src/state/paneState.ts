// One chart pane's state as pure transitions. Each pane owns one of these (one store per
// pane), so the comparison view can hold two side by side.
import { counterparts } from "../domain/lineage.ts";
import type { Dataset } from "../domain/schema.ts";

export interface PaneState {
  version: string;
  selected: string | null;
  /** Ids of units whose subtree is folded. */
  collapsed: ReadonlySet<string>;
}

export type PaneAction =
  | { type: "select"; unitId: string | null }
  | { type: "toggle"; unitId: string }
  | { type: "expand"; unitIds: readonly string[] }
  | { type: "expandAll" }
  | { type: "collapseAll"; unitIds: readonly string[] }
  | { type: "replace"; state: PaneState };

export function initialPane(version: string, selected: string | null = null): PaneState {
  return { version, selected, collapsed: new Set() };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "select":
      return state.selected === action.unitId ? state : { ...state, selected: action.unitId };
    case "toggle": {
      const collapsed = new Set(state.collapsed);
      if (collapsed.has(action.unitId)) collapsed.delete(action.unitId);
      else collapsed.add(action.unitId);
      return { ...state, collapsed };
    }
    case "expand": {
      if (!action.unitIds.some((id) => state.collapsed.has(id))) return state;
      const collapsed = new Set(state.collapsed);
      for (const id of action.unitIds) collapsed.delete(id);
      return { ...state, collapsed };
    }
    case "expandAll":
      return state.collapsed.size === 0 ? state : { ...state, collapsed: new Set() };
    case "collapseAll":
      return { ...state, collapsed: new Set(action.unitIds) };
    case "replace":
      return action.state;
  }
}

export interface VersionSwitch {
  state: PaneState;
  /** Plain-French explanation of what happened to the selection, or null when nothing was selected. */
  notice: string | null;
}

/**
 * Moves a pane to another version, keeping the selected unit when lineage gives it a
 * counterpart there (and saying which), otherwise clearing the selection and saying why.
 */
export function switchVersion(dataset: Dataset, state: PaneState, target: string): VersionSwitch {
  if (target === state.version) return { state, notice: null };
  const base = initialPane(target);
  if (state.selected === null) return { state: base, notice: null };
  const fromVersion = dataset.versions.find((v) => v.id === state.version);
  const toVersion = dataset.versions.find((v) => v.id === target);
  const fromUnit = fromVersion?.units.find((u) => u.id === state.selected);
  if (!fromVersion || !toVersion || !fromUnit) return { state: base, notice: null };
  const label = unitLabel(fromUnit);
  const matches = counterparts(dataset, { version: state.version, unit: fromUnit.id }, target);
  const found = matches
    .map((m) => toVersion.units.find((u) => u.id === m.unit.unit))
    .filter((u): u is NonNullable<typeof u> => u !== undefined);
  const first = found[0];
  if (!first) {
    return {
      state: base,
      notice: `${label} (${state.version}) n'a pas d'équivalent identifié en ${target} d'après la filiation : sélection effacée.`,
    };
  }
  const others = found.slice(1).map(unitLabel);
  const notice =
    others.length === 0
      ? `${label} (${state.version}) correspond à ${unitLabel(first)} en ${target} (filiation).`
      : `${label} (${state.version}) correspond à plusieurs unités en ${target} : ${[unitLabel(first), ...others].join(", ")}. ${unitLabel(first)} est sélectionnée.`;
  return { state: { ...base, selected: first.id }, notice };
}

export function unitLabel(unit: { code?: string; name: string }): string {
  return unit.code && !unit.name.startsWith(unit.code) ? `${unit.code} – ${unit.name}` : unit.name;
}
