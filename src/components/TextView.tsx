// « Vue texte »: the same version as a plain nested list, sharing the pane's selection and folding.
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { Unit } from "../domain/schema.ts";
import type { PaneAction, PaneState } from "../state/paneState.ts";
import { unitLabel } from "../state/paneState.ts";
import { KIND_LABELS } from "./labels.ts";

interface Props {
  index: VersionIndex;
  pane: PaneState;
  dispatch: (action: PaneAction) => void;
  matches?: ReadonlySet<string>;
}

export function TextView({ index, pane, dispatch, matches }: Props) {
  const renderUnit = (unit: Unit) => {
    const kids = index.children.get(unit.id) ?? [];
    const folded = pane.collapsed.has(unit.id);
    const selected = pane.selected === unit.id;
    return (
      <li key={unit.id} className={matches?.has(unit.id) ? "textview__item textview__item--match" : "textview__item"}>
        {kids.length > 0 && (
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
        {kids.length > 0 && !folded && <ul>{kids.map(renderUnit)}</ul>}
      </li>
    );
  };
  return (
    <div className="textview">
      <h2 className="fr-h5">Vue texte — organisation {index.version.id}</h2>
      <ul className="textview__root">{renderUnit(index.root)}</ul>
    </div>
  );
}
