// The comparison's export dialog (lazy chunk): the report as CSV or a printable page, or the
// side-by-side view on one landscape page. Classes come from the one diff result the view shows.
import { useEffect, useMemo, useRef, useState } from "react";
import { downloadFile } from "../../adapters/download.ts";
import { reportRows, writeCompareCsv } from "../../domain/export/compareReport.ts";
import { slugify } from "../../domain/export/fileName.ts";
import { formatExportDate } from "../../domain/export/titleBlock.ts";
import { isImportedVersionId, versionName } from "../../domain/import/ids.ts";
import { titleOfSource } from "../../domain/sources.ts";
import { ReportPrint, SideBySidePrint, type CompareHeading } from "./ComparePrint.tsx";
import { Radios } from "./Radios.tsx";
import type { CompareExportProps } from "./types.ts";
import "./export.css";

const CHOICES = [
  { id: "csv", label: "Rapport (CSV)", hint: "Un changement par ligne : classe, avant, après, rattachement, missions, raisons, sources" },
  { id: "report", label: "Rapport imprimable", hint: "Le même rapport en tableau, prêt pour l'impression ou « Enregistrer au format PDF »" },
  { id: "side", label: "Vue côte à côte", hint: "Les deux organigrammes sur une page paysage, avec la légende" },
] as const;
type Choice = (typeof CHOICES)[number]["id"];

export default function CompareExportDialog(props: CompareExportProps) {
  const { dataset, result, onClose } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<Choice>("csv");
  const [paper, setPaper] = useState<"A4" | "A3">("A4");
  const [unchanged, setUnchanged] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    return () => dialog.close?.();
  }, []);
  const dismiss = () => {
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === "function") dialog.close();
    else onClose();
  };

  // Versions as the app names them: built-in ones by year, an import by its label.
  const names = useMemo(() => [result.from, result.to].map((id) => versionName(dataset.versions.find((v) => v.id === id) ?? { id, label: id })), [dataset, result]);
  const heading: CompareHeading = useMemo(() => {
    const versions = [result.from, result.to].map((id) => dataset.versions.find((v) => v.id === id));
    // An import's file is named as such, never as a DGOS source; an import by its label, not its id.
    const files = [...new Set(versions.flatMap((v) => (v && !isImportedVersionId(v.id) ? v.sources : [])))];
    const imported = versions.flatMap((v) => (v && isImportedVersionId(v.id) ? v.sources.map((f) => `fichier importé « ${f} », hors des sources de la DGOS`) : []));
    const sources = [...files.map((f) => titleOfSource(dataset.sources.documents, f)), ...imported].join(" ; ");
    return {
      title: `Comparaison des organigrammes${imported.length > 0 ? "" : " de la DGOS"} — ${names[0]} → ${names[1]}`,
      meta: `Sources : ${sources || "non indiquées"} · Exporté le ${formatExportDate(new Date())} · ${location.href}`,
    };
  }, [dataset, result, names]);
  const rows = useMemo(() => reportRows(dataset, result, { includeUnchanged: unchanged }), [dataset, result, unchanged]);
  const withImport = isImportedVersionId(result.from) || isImportedVersionId(result.to);
  const fileName = `organigramme-${withImport ? "" : "dgos-"}comparaison-${slugify(result.from)}-${slugify(result.to)}.csv`;

  const run = () => {
    if (choice === "csv") {
      const about = `${heading.title} — ${heading.meta}`;
      downloadFile(writeCompareCsv({ dataset, result, about, includeUnchanged: unchanged }), fileName, "text/csv;charset=utf-8");
      setDone(`Fichier téléchargé : ${fileName}`);
    } else {
      setDone("Impression lancée : choisissez l'imprimante ou « Enregistrer au format PDF ».");
      window.print();
    }
  };

  const headingId = "compare-export-title";
  return (
    <dialog ref={ref} className="export" aria-labelledby={headingId} onClose={onClose}>
      <div className="export__body">
        <div className="export__head">
          <h2 id={headingId} className="fr-h5 fr-mb-0">
            Exporter la comparaison {names[0]} → {names[1]}
          </h2>
          <button type="button" className="fr-btn--close fr-btn" title="Fermer la fenêtre d'export" onClick={dismiss}>
            Fermer
          </button>
        </div>
        <Radios legend="Exporter le rapport ou la vue" value={choice} options={CHOICES} onChange={(c) => (setChoice(c), setDone(null))} />
        {choice !== "side" && (
          <div className="fr-checkbox-group fr-mb-2w">
            <input type="checkbox" id="compare-export-unchanged" checked={unchanged} onChange={(e) => setUnchanged(e.target.checked)} />
            <label className="fr-label" htmlFor="compare-export-unchanged">
              Inclure les unités inchangées
            </label>
          </div>
        )}
        {choice !== "csv" && (
          <Radios legend="Papier (paysage)" inline value={paper} options={[{ id: "A4", label: "A4" }, { id: "A3", label: "A3" }]} onChange={setPaper} />
        )}
        <p className="fr-text--sm fr-mb-1w">
          {choice === "side" ? "Les deux organigrammes tels qu'affichés, sur une page" : `${rows.length} ${rows.length > 1 ? "changements" : "changement"}`}
          {choice === "csv" ? <> · fichier <code>{fileName}</code></> : " · « Enregistrer au format PDF » dans la fenêtre d'impression"}
        </p>
        <div aria-live="polite">
          {done && (
            <div className="fr-alert fr-alert--success fr-alert--sm">
              <p>{done}</p>
            </div>
          )}
        </div>
        {choice === "report" && <ReportPrint heading={heading} rows={rows} paper={paper} />}
        {choice === "side" && <SideBySidePrint heading={heading} props={props} paper={paper} />}
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--right fr-mt-2w">
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={dismiss}>
              Annuler
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn" onClick={run}>
              {choice === "csv" ? "Télécharger" : "Imprimer"}
            </button>
          </li>
        </ul>
      </div>
    </dialog>
  );
}
