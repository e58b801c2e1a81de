// « Ce qui a changé entre A et B »: the diff as a report, filterable by class and text.
import { useMemo, useState } from "react";
import { CHANGE_CLASSES, CHANGE_CLASS_LABELS, type Change, type ChangeClass, type DiffResult } from "../domain/diff.ts";
import { findUnit } from "../domain/lineage.ts";
import type { Dataset, UnitRef } from "../domain/schema.ts";
import { titleOfSource } from "../domain/sources.ts";
import { filterChanges } from "../state/compareSelection.ts";
import { unitLabel } from "../state/paneState.ts";
import { CHANGE_SYMBOLS } from "./changeStyles.ts";

interface Props {
  dataset: Dataset;
  result: DiffResult;
  fromVersion: string;
  toVersion: string;
  selectedChanges: readonly Change[];
  onPick: (change: Change) => void;
}

export function ChangeList({ dataset, result, fromVersion, toVersion, selectedChanges, onPick }: Props) {
  const [classes, setClasses] = useState<ReadonlySet<ChangeClass>>(() => new Set(CHANGE_CLASSES.filter((c) => c !== "unchanged")));
  const [text, setText] = useState("");
  const name = (r: UnitRef) => {
    const unit = findUnit(dataset, r);
    return unit ? unitLabel(unit) : r.unit;
  };
  const describe = (c: Change) =>
    [...c.from.map(name), ...c.to.map(name), ...c.reasons, c.nameChange?.before ?? "", c.nameChange?.after ?? ""].join(" ");
  const shown = useMemo(() => filterChanges(result.changes, classes, text, describe), [result, classes, text]); // eslint-disable-line react-hooks/exhaustive-deps
  const selectedIds = new Set(selectedChanges.map((c) => c.id));
  const sourceTitle = (file: string) => titleOfSource(dataset.sources.documents, file);
  const total = result.changes.length;

  return (
    <section className="changes" aria-labelledby="changes-title">
      <h2 id="changes-title" className="fr-h5">
        Ce qui a changé entre {fromVersion} et {toVersion}
      </h2>
      <p className="fr-text--sm">
        {total} changements :{" "}
        {CHANGE_CLASSES.filter((c) => result.counts[c] > 0)
          .map((c) => `${result.counts[c]} ${CHANGE_CLASS_LABELS[c]}${result.counts[c] > 1 ? "s" : ""}`)
          .join(", ")}
        . Un changement regroupe les unités d'une fusion ou d'une scission ; chaque unité des deux versions figure dans
        exactement un changement.
      </p>
      <fieldset className="fr-fieldset changes__filters">
        <legend className="fr-fieldset__legend fr-text--sm">Types de changement affichés</legend>
        {CHANGE_CLASSES.map((cls) => (
          <div key={cls} className="fr-checkbox-group fr-checkbox-group--sm changes__filter">
            <input
              type="checkbox"
              id={`filter-${cls}`}
              checked={classes.has(cls)}
              onChange={(e) => {
                const next = new Set(classes);
                if (e.target.checked) next.add(cls);
                else next.delete(cls);
                setClasses(next);
              }}
            />
            <label className="fr-label" htmlFor={`filter-${cls}`}>
              {CHANGE_SYMBOLS[cls]} {CHANGE_CLASS_LABELS[cls]} ({result.counts[cls]})
            </label>
          </div>
        ))}
      </fieldset>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="changes-filter">
          Filtrer les changements
        </label>
        <input id="changes-filter" className="fr-input" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="ex. PF5, communication" />
      </div>
      <p className="fr-text--sm" aria-live="polite">
        {shown.length} changement{shown.length > 1 ? "s" : ""} affiché{shown.length > 1 ? "s" : ""} sur {total}
      </p>
      <ol className="changes__list">
        {shown.map((c) => (
          <li key={c.id} className={`change change--${c.class}${selectedIds.has(c.id) ? " change--selected" : ""}`}>
            <button type="button" className="change__head link-button" onClick={() => onPick(c)} aria-current={selectedIds.has(c.id) ? "true" : undefined}>
              <span className="change__badge">
                {CHANGE_SYMBOLS[c.class]} {CHANGE_CLASS_LABELS[c.class]}
              </span>{" "}
              {c.from.length > 0 ? c.from.map(name).join(" + ") : "—"} → {c.to.length > 0 ? c.to.map(name).join(" + ") : "—"}
            </button>
            {c.nameChange && (
              <p className="change__fact">
                Intitulé : « {c.nameChange.before} » → « {c.nameChange.after} »
              </p>
            )}
            {c.parentChange && (
              <p className="change__fact">
                Rattachement : {c.parentChange.before ? name(c.parentChange.before) : "aucun"} → {c.parentChange.after ? name(c.parentChange.after) : "aucun"}
              </p>
            )}
            {c.missions && (c.missions.added.length > 0 || c.missions.removed.length > 0) && (
              <div className="change__fact">
                Missions :
                <ul>
                  {c.missions.removed.map((m) => (
                    <li key={`-${m}`}>− retirée : {m}</li>
                  ))}
                  {c.missions.added.map((m) => (
                    <li key={`+${m}`}>+ ajoutée : {m}</li>
                  ))}
                </ul>
              </div>
            )}
            {c.reasons.length > 0 && (
              <ul className="change__reasons">
                {c.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
            {c.caveats.map((cv) => (
              <p key={cv} className="change__caveat">
                ⚠ {cv}
              </p>
            ))}
            {c.sources.length > 0 && (
              <p className="change__sources">Sources : {[...new Set(c.sources.map((s) => sourceTitle(s.file)))].join(" ; ")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
