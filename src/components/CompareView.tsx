// Two versions side by side, every unit classed by the diff, with the change list as a report
// below them. Every view (cards, legend, report, panel) reads its class from the one diff result.
// Each pane owns its own store (paneReducer); the selection lives in the URL via the explorer.
// On a phone, one pane at a time with a switch, the report as its own tab (compare.css).
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import { CHANGE_CLASS_LABELS, diff } from "../domain/diff.ts";
import { ancestorIds } from "../domain/hierarchy.ts";
import { compareVersions } from "../domain/assembleDataset.ts";
import { isImportedVersionId, versionName } from "../domain/import/ids.ts";
import { initialPane, paneReducer, type PaneAction } from "../state/paneState.ts";
import { changeAnchor, correspondence, type Side } from "../state/compareSelection.ts";
import type { Explorer } from "../state/useExplorer.ts";
import type { Viewport } from "../layout/viewport.ts";
import { ChangeList } from "./ChangeList.tsx";
import { ChartPane } from "./ChartPane.tsx";
import { CHANGE_SYMBOLS, classLabel, decorationFor } from "./changeStyles.ts";
import { ComparePicker } from "./ComparePicker.tsx";
import { CompareExportButton } from "./export/CompareExportButton.tsx";
import { CONFIDENCE_LABELS, formatIsoDate } from "./labels.ts";
import "./compare.css";
import type { NodeDecoration } from "./TreeNode.tsx";
import { UnitPanel } from "./UnitPanel.tsx";

export default function CompareView({ explorer }: { explorer: Explorer }) {
  const { dataset, indexes, compare } = explorer;
  const leftIndex = indexes.get(compare.from);
  const rightIndex = indexes.get(compare.to);
  // The diff runs from the earlier to the later version; swapping sides only swaps the panes.
  // An import has no place in the sources' chronology (its date may be the day of the import):
  // with one, the diff and its report follow the sides, left → right.
  const chrono = useMemo(() => {
    const a = leftIndex?.version;
    const b = rightIndex?.version;
    return !a || !b || isImportedVersionId(a.id) || isImportedVersionId(b.id) || compareVersions(a, b) <= 0;
  }, [leftIndex, rightIndex]);
  const result = useMemo(
    () => (chrono ? diff(dataset, compare.from, compare.to) : diff(dataset, compare.to, compare.from)),
    [dataset, compare.from, compare.to, chrono],
  );
  const leftSide: Side = chrono ? "from" : "to";
  const rightSide: Side = chrono ? "to" : "from";

  const [left, dispatchLeft] = useReducer(paneReducer, compare.from, initialPane);
  const [right, dispatchRight] = useReducer(paneReducer, compare.to, initialPane);
  const [hideUnchanged, setHideUnchanged] = useState(false);
  const [linkedZoom, setLinkedZoom] = useState(false);
  const [centerToken, setCenterToken] = useState(0);
  const [mirror, setMirror] = useState<{ target: "left" | "right"; v: Viewport } | null>(null);
  const [tab, setTab] = useState<"left" | "right" | "changes">("left");

  useEffect(() => {
    dispatchLeft({ type: "replace", state: initialPane(compare.from) });
    dispatchRight({ type: "replace", state: initialPane(compare.to) });
  }, [compare.from, compare.to]);

  // Selection (from the URL) → both panes: the unit on its side, its first counterpart on the other.
  const selection = explorer.compareSelection;
  const selSide: Side | null = selection ? (selection.side === "from" ? leftSide : rightSide) : null;
  const match = useMemo(() => (selection && selSide ? correspondence(result, selSide, selection.unit) : null), [result, selection, selSide]);
  useEffect(() => {
    const onLeft = selection?.side === "from";
    const leftSel = selection ? (onLeft ? selection.unit : (match?.other[0] ?? null)) : null;
    const rightSel = selection ? (onLeft ? (match?.other[0] ?? null) : selection.unit) : null;
    dispatchLeft({ type: "select", unitId: leftSel });
    dispatchRight({ type: "select", unitId: rightSel });
    if (leftSel && leftIndex) dispatchLeft({ type: "expand", unitIds: ancestorIds(leftIndex, leftSel) });
    if (rightSel && rightIndex) dispatchRight({ type: "expand", unitIds: ancestorIds(rightIndex, rightSel) });
  }, [selection, match, leftIndex, rightIndex]);

  const paneDispatch = useCallback(
    (pane: "from" | "to", dispatch: (a: PaneAction) => void) => (action: PaneAction) => {
      if (action.type === "select") explorer.setCompareSelection(action.unitId ? { side: pane, unit: action.unitId } : null);
      else dispatch(action);
    },
    [explorer],
  );
  const leftDispatch = useMemo(() => paneDispatch("from", dispatchLeft), [paneDispatch]);
  const rightDispatch = useMemo(() => paneDispatch("to", dispatchRight), [paneDispatch]);

  const decorations = useMemo(() => {
    const build = (side: Side) => {
      const map = new Map<string, NodeDecoration>();
      for (const [unit, cls] of result.classOf[side]) if (!(hideUnchanged && cls === "unchanged")) map.set(unit, decorationFor(cls, side));
      return map;
    };
    return { from: build("from"), to: build("to") };
  }, [result, hideUnchanged]);

  const linkedLeft = match ? match.linked[leftSide] : undefined;
  const linkedRight = match ? match.linked[rightSide] : undefined;

  if (!leftIndex || !rightIndex) return <p>Versions inconnues.</p>;
  const nameOfId = (id: string) => versionName(indexes.get(id)?.version ?? { id, label: id });
  const paneTitle = (side: "left" | "right") => {
    const v = (side === "left" ? leftIndex : rightIndex).version;
    const imported = isImportedVersionId(v.id);
    const basis = v.legalBasis ? v.legalBasis.title : imported ? "organigramme importé, hors des sources" : "base juridique non indiquée par les sources";
    const date =
      v.effectiveDate.basis === "inferred"
        ? `${formatIsoDate(v.effectiveDate.value)}, date déduite du contenu de la source`
        : v.effectiveDate.value === v.id
          ? "date précise non indiquée par les sources"
          : formatIsoDate(v.effectiveDate.value);
    return (
      <h2 className="compare__title fr-h6" title={`${v.label} — ${date} — ${basis}`}>
        {versionName(v)} <span className="compare__basis">· {date} · {basis}</span>
      </h2>
    );
  };
  const selectedIndex = selection?.side === "to" ? rightIndex : leftIndex;
  const onSelectIn = (version: string, unit: string) => {
    if (version === compare.from) explorer.setCompareSelection({ side: "from", unit });
    else if (version === compare.to) explorer.setCompareSelection({ side: "to", unit });
    else {
      explorer.setView("arbre");
      explorer.selectIn(version, unit);
    }
  };
  // The selected unit's change, as the report states it (same class, same confidence).
  const selectedChange = match?.changes[0];
  const comparison = selectedChange ? (
    <p className="compare__change-class">
      Dans cette comparaison ({nameOfId(result.from)} → {nameOfId(result.to)}) :{" "}
      <strong>
        {CHANGE_SYMBOLS[selectedChange.class]} {selSide ? classLabel(selectedChange.class, selSide) : CHANGE_CLASS_LABELS[selectedChange.class]}
      </strong>
      {selectedChange.confidence && <> · lien : {CONFIDENCE_LABELS[selectedChange.confidence]}</>}
      <span className="fr-sr-only"> (détails dans « Ce qui a changé »)</span>
    </p>
  ) : null;
  const tabs = [
    { id: "left" as const, label: versionName(leftIndex.version) },
    { id: "right" as const, label: versionName(rightIndex.version) },
    { id: "changes" as const, label: "Changements" },
  ];

  return (
    <div className="compare" data-tab={tab}>
      <ComparePicker
        versions={dataset.versions}
        pair={compare}
        onChange={explorer.setCompare}
        hideUnchanged={hideUnchanged}
        onHideUnchanged={setHideUnchanged}
        linkedZoom={linkedZoom}
        onLinkedZoom={setLinkedZoom}
      />
      <div className="compare__export">
        <CompareExportButton
          dataset={dataset}
          result={result}
          panes={[
            { index: leftIndex, collapsed: left.collapsed, side: leftSide },
            { index: rightIndex, collapsed: right.collapsed, side: rightSide },
          ]}
        />
      </div>
      <fieldset className="compare__tabs">
        <legend>Afficher</legend>
        {tabs.map((t) => (
          <div key={t.id} className="compare__tab">
            <input type="radio" name="compare-tab" id={`compare-tab-${t.id}`} checked={tab === t.id} onChange={() => setTab(t.id)} />
            <label htmlFor={`compare-tab-${t.id}`}>{t.label}</label>
          </div>
        ))}
      </fieldset>
      <div className={selection ? "compare__body compare__body--panel" : "compare__body"}>
        <div className="compare__panes">
          {(["left", "right"] as const).map((side) => {
            const isLeft = side === "left";
            const index = isLeft ? leftIndex : rightIndex;
            return (
              <section key={side} className={`compare__pane compare__pane--${side}`} aria-label={`Organigramme ${versionName(index.version)} (${isLeft ? "gauche" : "droite"})`}>
                {paneTitle(side)}
                <div className="compare__chart">
                  <ChartPane
                    index={index}
                    pane={isLeft ? left : right}
                    dispatch={isLeft ? leftDispatch : rightDispatch}
                    label={`Organigramme ${versionName(index.version)}`}
                    decorations={decorations[isLeft ? leftSide : rightSide]}
                    fadeUnchanged={hideUnchanged}
                    linked={isLeft ? linkedLeft : linkedRight}
                    centerToken={centerToken}
                    onUserViewportChange={linkedZoom ? (v) => setMirror({ target: isLeft ? "right" : "left", v }) : undefined}
                    externalViewport={mirror?.target === side ? mirror.v : null}
                  />
                </div>
              </section>
            );
          })}
        </div>
        {selection && (
          <div className="compare__side">
            <UnitPanel
              dataset={dataset}
              indexes={indexes}
              index={selectedIndex}
              unitId={selection.unit}
              onSelect={(unit) => explorer.setCompareSelection({ side: selection.side, unit })}
              onSelectIn={onSelectIn}
              onClose={() => explorer.setCompareSelection(null)}
              comparison={comparison}
            />
          </div>
        )}
      </div>
      <div className="compare__report">
        <ChangeList
          dataset={dataset}
          indexes={indexes}
          result={result}
          fromVersion={nameOfId(result.from)}
          toVersion={nameOfId(result.to)}
          selectedChanges={match?.changes ?? []}
          onSelectIn={onSelectIn}
          onPick={(change) => {
            const anchor = changeAnchor(change);
            if (!anchor) return;
            const side = anchor.side === leftSide ? "from" : "to";
            explorer.setCompareSelection({ side, unit: anchor.unit });
            setCenterToken((t) => t + 1);
            // On a phone the report is a tab of its own: show the pane of the picked unit.
            setTab(side === "from" ? "left" : "right");
          }}
        />
      </div>
    </div>
  );
}
