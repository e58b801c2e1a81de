import type { Version } from "../domain/schema.ts";
import type { ComparePair } from "../state/urlState.ts";
import { CHANGE_CLASSES, CHANGE_CLASS_LABELS } from "../domain/diff.ts";
import { CHANGE_SYMBOLS } from "./changeStyles.ts";
import { isImportedVersionId } from "../domain/import/ids.ts";

interface Props {
  versions: readonly Version[];
  pair: ComparePair;
  onChange: (pair: ComparePair) => void;
  hideUnchanged: boolean;
  onHideUnchanged: (hide: boolean) => void;
  linkedZoom: boolean;
  onLinkedZoom: (linked: boolean) => void;
}

/** Pair choice, swap, display options and the legend of change classes. */
export function ComparePicker({ versions, pair, onChange, hideUnchanged, onHideUnchanged, linkedZoom, onLinkedZoom }: Props) {
  const select = (side: keyof ComparePair, label: string) => (
    <div className="compare__select">
      <label className="fr-label" htmlFor={`compare-${side}`}>
        {label}
      </label>
      <select
        id={`compare-${side}`}
        className="fr-input compare__select-input"
        value={pair[side]}
        onChange={(e) => {
          const value = e.target.value;
          const other = side === "from" ? pair.to : pair.from;
          // Choosing the version already on the other side swaps them rather than comparing a version with itself.
          if (value === other) onChange({ from: pair.to, to: pair.from });
          else onChange({ ...pair, [side]: value });
        }}
      >
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {isImportedVersionId(v.id) ? `${v.label} (importé)` : v.id}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="compare__controls">
      {select("from", "Version de gauche")}
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary compare__swap" onClick={() => onChange({ from: pair.to, to: pair.from })}>
        ⇄ Inverser
      </button>
      {select("to", "Version de droite")}
      <div className="fr-checkbox-group fr-checkbox-group--sm">
        <input type="checkbox" id="compare-hide" checked={hideUnchanged} onChange={(e) => onHideUnchanged(e.target.checked)} />
        <label className="fr-label" htmlFor="compare-hide">
          Masquer les inchangés
        </label>
      </div>
      <div className="fr-checkbox-group fr-checkbox-group--sm">
        <input type="checkbox" id="compare-zoom" checked={linkedZoom} onChange={(e) => onLinkedZoom(e.target.checked)} />
        <label className="fr-label" htmlFor="compare-zoom">
          Zoom lié
        </label>
      </div>
      <ul className="compare__legend" aria-label="Légende des changements">
        {CHANGE_CLASSES.map((cls) => (
          <li key={cls} className={`legend legend--${cls}`}>
            <svg width="26" height="16" aria-hidden="true">
              <rect x="1" y="1" width="24" height="14" rx="3" className="legend__box" />
            </svg>
            {CHANGE_SYMBOLS[cls]} {CHANGE_CLASS_LABELS[cls]}
          </li>
        ))}
      </ul>
    </div>
  );
}
