// What the comparison prints: the report as a table (one row per change, same words as the
// CSV) or both charts side by side on one landscape page with the legend of classes. Rendered
// hidden on screen (print.css) while the dialog offers printing.
import { createPortal } from "react-dom";
import { CHANGE_CLASSES, CHANGE_CLASS_LABELS } from "../../domain/diff.ts";
import type { ReportRow } from "../../domain/export/compareReport.ts";
import { buildSvgChart } from "../../domain/export/svg.ts";
import { layoutInput, scopeUnits } from "../../domain/export/scope.ts";
import { CHANGE_SYMBOLS, classLabel } from "../changeStyles.ts";
import { kindLabel } from "./exportJob.ts";
import type { CompareExportProps } from "./types.ts";
import { svgToReact } from "./svgReact.tsx";
import "./print.css";
import "./compare-print.css";

export interface CompareHeading {
  title: string;
  meta: string;
}

export function ReportPrint({ heading, rows, paper }: { heading: CompareHeading; rows: readonly ReportRow[]; paper: "A4" | "A3" }) {
  const list = (xs: readonly string[]) => (xs.length ? xs.join(" ; ") : "—");
  return createPortal(
    <div className={`print-root print-root--${paper.toLowerCase()}-landscape print-report`} data-rows={rows.length}>
      <section>
        <p className="print-page__title">{heading.title}</p>
        <p className="print-page__meta">{heading.meta}</p>
        <table className="print-report__table">
          <thead>
            <tr>
              <th scope="col">Classe</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
              <th scope="col">Rattachement</th>
              <th scope="col">Missions ajoutées / retirées</th>
              <th scope="col">Raisons et réserves</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.classLabel}</td>
                <td>{list(r.before)}</td>
                <td>{list(r.after)}</td>
                <td>{r.attachmentBefore ? `${r.attachmentBefore} → ${r.attachmentAfter}` : "—"}</td>
                <td>
                  {r.missionsAdded.map((m, i) => (
                    <p key={`a${i}`}>+ {m}</p>
                  ))}
                  {r.missionsRemoved.map((m, i) => (
                    <p key={`r${i}`}>− {m}</p>
                  ))}
                  {r.missionsAdded.length + r.missionsRemoved.length === 0 ? "—" : null}
                </td>
                <td>
                  {[...r.reasons, ...r.caveats].map((t, i) => (
                    <p key={i}>{t}</p>
                  ))}
                  <p>Lien : {r.confidence}</p>
                </td>
                <td>{list(r.sources)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>,
    document.body,
  );
}

/** Both charts on one landscape page, each card marked with its class symbol, and the legend. */
export function SideBySidePrint({ heading, props, paper }: { heading: CompareHeading; props: CompareExportProps; paper: "A4" | "A3" }) {
  const { result, panes, engine } = props;
  const present = CHANGE_CLASSES.filter((c) => result.counts[c] > 0);
  const charts = panes.map((pane) => {
    const scoped = scopeUnits(pane.index, pane.collapsed, { rootId: null, expansion: "as-shown" });
    const layout = engine.layoutTree(layoutInput(scoped), { collapsed: scoped.collapsed });
    const marks = new Map([...result.classOf[pane.side]].map(([id, cls]) => [id, CHANGE_SYMBOLS[cls]]));
    const block = { title: "", scope: "", sources: [], exportedOn: "", address: "" };
    const chart = buildSvgChart({ layout, metrics: engine.metrics, units: pane.index.byId, kindLabel, block, withTitleBlock: false, marks });
    const inner = chart.root.children.filter((c) => typeof c !== "string" && c.tag !== "title" && c.tag !== "desc").slice(1);
    return { id: pane.index.version.id, label: pane.index.version.label, chart, inner };
  });
  return createPortal(
    <div className={`print-root print-root--${paper.toLowerCase()}-landscape`} data-pages={1}>
      <section className="print-page print-sbs">
        <header className="print-page__head">
          <p className="print-page__title">{heading.title}</p>
          <p className="print-page__meta">{heading.meta}</p>
        </header>
        <div className="print-sbs__charts">
          {charts.map((c) => (
            <figure key={c.id} className="print-sbs__pane">
              <figcaption>{c.label}</figcaption>
              <svg viewBox={`0 0 ${c.chart.width} ${c.chart.height}`} preserveAspectRatio="xMidYMin meet" fontFamily="Marianne, Arial, sans-serif" role="img" aria-label={c.label}>
                {c.inner.map((node, k) => svgToReact(node, k))}
              </svg>
            </figure>
          ))}
        </div>
        <p className="print-sbs__legend">
          Légende :{" "}
          {present.map((cls) => `${CHANGE_SYMBOLS[cls]} ${CHANGE_CLASS_LABELS[cls]} (${result.counts[cls]})`).join(" · ")}
          {result.counts.created > 0 ? ` · sur l'organigramme ${result.from}, ${CHANGE_SYMBOLS.created} = ${classLabel("created", "from")}` : ""}
          {" · « sans correspondant documenté » : les sources ne disent pas ce que l'unité devient, ce qui ne prouve pas une suppression."}
        </p>
      </section>
    </div>,
    document.body,
  );
}
