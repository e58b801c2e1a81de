// « Vue texte »: the same version as a plain nested list, sharing the pane's selection and folding.
// Built without recursion (a valid organisation may be thousands of levels deep), and nested only
// MAX_NESTING levels deep: beyond that, deeper units continue as one flat list, each saying its
// level, so neither React nor the browser's layout walks a 10,000-deep DOM.
import type { ReactNode } from "react";
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { Unit } from "../domain/schema.ts";
import type { PaneAction, PaneState } from "../state/paneState.ts";
import { unitLabel } from "../state/paneState.ts";
import { KIND_LABELS } from "./labels.ts";

/** Nested lists beyond this depth stop indenting; their units say « niveau N ». */
export const MAX_NESTING = 24;

interface Props {
  index: VersionIndex;
  pane: PaneState;
  dispatch: (action: PaneAction) => void;
  matches?: ReadonlySet<string>;
}

interface Open {
  unit: Unit;
  depth: number;
  items: ReactNode[];
}

export function TextView({ index, pane, dispatch, matches }: Props) {
  const renderUnit = ({ unit, depth, items }: Open) => {
    const hasKids = (index.children.get(unit.id)?.length ?? 0) > 0;
    const folded = pane.collapsed.has(unit.id);
    const selected = pane.selected === unit.id;
    return (
      <li key={unit.id} className={matches?.has(unit.id) ? "textview__item textview__item--match" : "textview__item"}>
        {hasKids && (
          <button
            type="button"
            className="textview__fold"
            aria-expanded={!folded}
            aria-label={`${folded ? "Déplier" : "Replier"} ${unit.code ?? unit.name}`}
            onClick={() => dispatch({ type: "toggle", unitId: unit.id })}
          >
            {folded ? "▸" : "▾"}
          </button>
        )}
        {depth >= MAX_NESTING && <span className="textview__kind">niveau {depth + 1} · </span>}
        <button
          type="button"
          className="link-button textview__unit"
          aria-current={selected ? "true" : undefined}
          onClick={() => dispatch({ type: "select", unitId: unit.id })}
        >
          {unitLabel(unit)}
        </button>{" "}
        <span className="textview__kind">({KIND_LABELS[unit.kind].toLowerCase()})</span>
        {matches?.has(unit.id) && <span className="textview__match"> ★ trouvé</span>}
        {items.length > 0 && <ul>{items}</ul>}
      </li>
    );
  };

  // Depth-first over the unfolded units; a unit's <li> is made once all of its list is known.
  const top: ReactNode[] = [];
  const open: Open[] = [];
  const close = () => {
    const done = open.pop() as Open;
    (open.at(-1)?.items ?? top).push(renderUnit(done));
  };
  const stack: { unit: Unit; depth: number }[] = [{ unit: index.root, depth: 0 }];
  while (stack.length > 0) {
    const { unit, depth } = stack.pop() as { unit: Unit; depth: number };
    while (open.length > Math.min(depth, MAX_NESTING)) close();
    open.push({ unit, depth, items: [] });
    if (pane.collapsed.has(unit.id)) continue;
    const kids = index.children.get(unit.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ unit: kids[i] as Unit, depth: depth + 1 });
  }
  while (open.length > 0) close();

  return (
    <div className="textview">
      <h2 className="fr-h5">Vue texte — organisation {index.version.id}</h2>
      <ul className="textview__root">{top}</ul>
    </div>
  );
}

// Loaded on demand (lazyParts.ts).
export default TextView;
