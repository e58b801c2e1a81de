// What « Imprimer » prints: the chart only (the rest of the page is hidden by print.css), on
// the chosen paper, fitted to one page or split over pages (titles repeated, no card cut),
// then optionally an appendix saying who does what, with sources. Rendered hidden on screen
// while the dialog offers printing, so the browser's own print command gives the same result.
import { createPortal } from "react-dom";
import { pathTo } from "../../domain/hierarchy.ts";
import { isImportedVersionId } from "../../domain/import/ids.ts";
import { paginate, printableArea } from "../../domain/export/pages.ts";
import { unitGaps } from "../../domain/export/csv.ts";
import { buildSvgChart } from "../../domain/export/svg.ts";
import { layoutInput } from "../../domain/export/scope.ts";
import type { ExportContext, Prepared } from "./exportJob.ts";
import { kindLabel } from "./exportJob.ts";
import type { ExportOptions } from "./options.ts";
import { svgToReact } from "./svgReact.tsx";
import "./print.css";

/** Tree pixels per millimetre of paper when split over pages: a card is about 55 mm wide. */
const PX_PER_MM = 4;

export function PrintView({ ctx, prepared, options }: { ctx: ExportContext; prepared: Prepared; options: ExportOptions }) {
  const { block, scoped } = prepared;
  const layout = ctx.engine.layoutTree(layoutInput(scoped), { collapsed: scoped.collapsed });
  const chart = buildSvgChart({ layout, metrics: ctx.engine.metrics, units: ctx.index.byId, kindLabel, block, withTitleBlock: false });
  const full = { x: 0, y: 0, width: chart.width, height: chart.height };
  const area = printableArea(options.paper, options.orientation);
  const windows =
    options.fit === "page"
      ? [full]
      : paginate(
          full,
          layout.nodes.map((n) => ({ x: n.x + chart.offset.x, y: n.y + chart.offset.y, width: n.width, height: n.height })),
          { width: area.width * PX_PER_MM, height: area.height * PX_PER_MM },
        );
  const [, ...inner] = chart.root.children.filter((c) => typeof c !== "string" && c.tag !== "title" && c.tag !== "desc");
  const paperClass = `print-root print-root--${options.paper.toLowerCase()}-${options.orientation}`;
  const imported = isImportedVersionId(ctx.index.version.id);
  const meta = `${block.scope} · Sources : ${block.sources.join(" ; ")} · Exporté le ${block.exportedOn} · ${block.address}`;

  return createPortal(
    <div className={paperClass} data-pages={windows.length}>
      {windows.map((w, i) => (
        <section key={i} className="print-page">
          <header className="print-page__head">
            <p className="print-page__title">
              {block.title}
              {windows.length > 1 ? ` — page ${i + 1} / ${windows.length}` : ""}
            </p>
            <p className="print-page__meta">{meta}</p>
          </header>
          <svg className="print-page__chart" viewBox={`${w.x} ${w.y} ${w.width} ${w.height}`} preserveAspectRatio="xMidYMin meet" fontFamily="Marianne, Arial, sans-serif" role="img" aria-label={block.title}>
            {inner.map((node, k) => svgToReact(node, k))}
          </svg>
        </section>
      ))}
      {options.appendix && (
        <section className="print-appendix">
          <h2>Annexe — qui fait quoi ({scoped.units.length} unités)</h2>
          {scoped.units.map((u) => (
            <article key={u.id} className="print-unit">
              <h3>
                {u.code ? `${u.code} – ` : ""}
                {u.name} <span>({kindLabel(u.kind)})</span>
              </h3>
              <p>Rattachement : {pathTo(ctx.index, u.id).map((p) => p.code ?? p.shortName ?? p.name).join(" › ")}</p>
              {u.missions.status === "described" ? (
                <ul>
                  {u.missions.items.map((m, k) => (
                    <li key={k}>{m}</li>
                  ))}
                </ul>
              ) : null}
              {unitGaps(u).map((g, k) => (
                <p key={k}>{g}</p>
              ))}
              {imported ? (
                <p>Provenance : fichier importé {u.sources.map((s) => `« ${s.file} », ${s.passage ?? ""}`).join(" ; ")} — ne provient pas des sources de la DGOS</p>
              ) : (
                <p>Source : {[...new Set(u.sources.map((s) => s.file))].map((f) => ctx.dataset.sources.documents.find((d) => d.file === f)?.title ?? f).join(" ; ")}</p>
              )}
            </article>
          ))}
        </section>
      )}
    </div>,
    document.body,
  );
}
