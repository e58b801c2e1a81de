// « Ce qui a changé entre A et B »: the diff as a report (a table before → after), filterable by
// class and text. Every class and confidence shown here is read from the one diff result.
import { useMemo, useState, type ReactNode } from "react";
import { CHANGE_CLASSES, CHANGE_CLASS_LABELS, type Change, type ChangeClass, type DiffResult } from "../domain/diff.ts";
import type { VersionIndex } from "../domain/hierarchy.ts";
import { findUnit } from "../domain/lineage.ts";
import type { Dataset, UnitRef } from "../domain/schema.ts";
import { frenchTypography } from "../domain/frenchTypography.ts";
import { titleOfSource } from "../domain/sources.ts";
import { filterChanges } from "../state/compareSelection.ts";
import { unitLabel } from "../state/paneState.ts";
import { CHANGE_SYMBOLS } from "./changeStyles.ts";
import { CONFIDENCE_LABELS } from "./labels.ts";
import { MissionItem } from "./MissionItem.tsx";

interface Props {
  dataset: Dataset;
  /** Needed for « Où est passée cette mission ? » on missions not found word for word. */
  indexes?: ReadonlyMap<string, VersionIndex>;
  result: DiffResult;
  fromVersion: string;
  toVersion: string;
  selectedChanges: readonly Change[];
  onPick: (change: Change) => void;
  onSelectIn?: (version: string, unitId: string) => void;
}

export function ChangeList({ dataset, indexes, result, fromVersion, toVersion, selectedChanges, onPick, onSelectIn }: Props) {
  const [classes, setClasses] = useState<ReadonlySet<ChangeClass>>(() => new Set(CHANGE_CLASSES.filter((c) => c !== "unchanged")));
  const [text, setText] = useState("");
  const name = (r: UnitRef) => {
    const unit = findUnit(dataset, r);
    return unit ? unitLabel(unit) : r.unit;
  };
  const describe = (c: Change) =>
    [...c.from.map(name), ...c.to.map(name), ...c.related.map(name), ...c.reasons, c.nameChange?.before ?? "", c.nameChange?.after ?? ""].join(" ");
  const shown = useMemo(() => filterChanges(result.changes, classes, text, describe), [result, classes, text]); // eslint-disable-line react-hooks/exhaustive-deps
  const selectedIds = new Set(selectedChanges.map((c) => c.id));
  const sourceTitle = (file: string) => titleOfSource(dataset.sources.documents, file);
  const total = result.changes.length;
  // The unit of a change's from side that holds a mission, to trace it.
  const holder = (c: Change, mission: string) =>
    c.from.find((r) => {
      const u = findUnit(dataset, r);
      return u?.missions.status === "described" && u.missions.items.includes(mission);
    });

  return (
    <section className="changes" aria-labelledby="changes-title">
      <h2 id="changes-title" className="fr-h5">
        Ce qui a changé entre {fromVersion} et {toVersion}
      </h2>
      <p className="fr-text--sm">
        {total} changements :{" "}
        {CHANGE_CLASSES.filter((c) => result.counts[c] > 0)
          .map((c) => `${result.counts[c]} ${CHANGE_CLASS_LABELS[c]}${result.counts[c] > 1 && c !== "undocumented" ? "s" : ""}`)
          .join(", ")}
        . Un changement regroupe les unités d'une fusion ou d'une scission ; chaque unité des deux versions figure dans
        exactement un changement. « Sans correspondant documenté » : les sources ne disent pas ce que l'unité devient (ou d'où
        elle vient), ce qui ne prouve ni une suppression ni une création.
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
      <div className="changes__scroll">
        <table className="changes__table">
          <caption className="fr-sr-only">
            Changements entre {fromVersion} et {toVersion}, de l'avant vers l'après
          </caption>
          <thead>
            <tr>
              <th scope="col">Changement</th>
              <th scope="col">Avant ({fromVersion})</th>
              <th scope="col">Après ({toVersion})</th>
              <th scope="col">Ce que disent les sources</th>
            </tr>
          </thead>
          <tbody className="changes__list">
            {shown.map((c) => {
              const selected = selectedIds.has(c.id);
              const before = side(c, "from", result.from, name);
              const after = side(c, "to", result.to, name);
              return (
                <tr key={c.id} className={`change change--${c.class}${selected ? " change--selected" : ""}`}>
                  <th scope="row" className="change__class">
                    <button type="button" className="change__head link-button" onClick={() => onPick(c)} aria-current={selected ? "true" : undefined}>
                      <span className="change__badge">
                        {CHANGE_SYMBOLS[c.class]} {CHANGE_CLASS_LABELS[c.class]}
                      </span>
                      <span className="fr-sr-only">{`\u00a0: ${before.text} → ${after.text}`}</span>
                    </button>
                    {c.confidence && <span className={`tag change__confidence change__confidence--${c.confidence}`}>{CONFIDENCE_LABELS[c.confidence]}</span>}
                  </th>
                  <td data-label={`Avant (${fromVersion})`}>{before.node}</td>
                  <td data-label={`Après (${toVersion})`}>{after.node}</td>
                  <td className="change__details">
                    {c.nameChange && (
                      <p className="change__fact">
                        {frenchTypography(`Intitulé : « ${c.nameChange.before} » → « ${c.nameChange.after} »`)}
                      </p>
                    )}
                    {c.parentChange && (
                      <p className="change__fact">
                        Rattachement : {c.parentChange.before ? name(c.parentChange.before) : "aucun"} → {c.parentChange.after ? name(c.parentChange.after) : "aucun"}
                      </p>
                    )}
                    {c.takesMissionsFrom && c.takesMissionsFrom.length > 0 && (
                      <p className="change__fact">Reprend des missions de : {c.takesMissionsFrom.map(name).join(", ")} (d'après la filiation)</p>
                    )}
                    {c.missions && (c.missions.added.length > 0 || c.missions.removed.length > 0) && (
                      <div className="change__fact">
                        Missions :
                        <ul>
                          {c.missions.removed.map((m) => {
                            const at = holder(c, m);
                            return at && indexes && onSelectIn ? (
                              <MissionItem
                                key={`-${m}`}
                                dataset={dataset}
                                indexes={indexes}
                                version={at.version}
                                unitId={at.unit}
                                text={m}
                                lead="− non retrouvée mot pour mot : "
                                onSelectIn={onSelectIn}
                              />
                            ) : (
                              <li key={`-${m}`}>− non retrouvée mot pour mot : {m}</li>
                            );
                          })}
                          {c.missions.added.map((m) => (
                            <li key={`+${m}`}>+ nouvelle formulation : {m}</li>
                          ))}
                        </ul>
                      </div>
                    )}
                    {c.evidence.length > 0 && (
                      <ul className="change__reasons">
                        {c.evidence.map((e) => (
                          <li key={e.reason}>
                            <span className="change__evidence-level">{CONFIDENCE_LABELS[e.confidence]} :</span> {e.reason}
                          </li>
                        ))}
                      </ul>
                    )}
                    {c.caveats.map((cv) => (
                      <p key={cv} className="change__caveat">
                        Réserve : {cv}
                      </p>
                    ))}
                    {c.sources.length > 0 && (
                      <p className="change__sources">Sources : {[...new Set(c.sources.map((s) => sourceTitle(s.file)))].join(" ; ")}</p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One side of a change in words: its own units, the units it shares with another change, or why it is empty. */
function side(c: Change, which: "from" | "to", version: string, name: (r: UnitRef) => string): { text: string; node: ReactNode } {
  const own = c[which].map(name);
  const shared = c.related.filter((r) => r.version === version).map(name);
  const parts = [...own, ...shared.map((n) => `${n} (en partie)`)];
  if (parts.length > 0) {
    const text = parts.join(" + ");
    return { text, node: text };
  }
  const empty = EMPTY_SIDE[c.class]?.[which] ?? "—";
  return { text: empty, node: <span className="change__empty">{empty}</span> };
}

const EMPTY_SIDE: Partial<Record<ChangeClass, { from: string; to: string }>> = {
  removed: { from: "—", to: "supprimée (écrit par une source)" },
  created: { from: "créée (écrit par une source)", to: "—" },
  undocumented: { from: "aucun prédécesseur documenté", to: "aucun successeur documenté" },
};
