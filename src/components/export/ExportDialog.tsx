// The export dialog (lazy chunk): format, scope, folding and format options, then one action.
// A native modal <dialog>: focus is trapped and restored and Escape closes it, by the browser.
import { useEffect, useMemo, useRef, useState } from "react";
import { downloadFile } from "../../adapters/download.ts";
import { ExportCancelled, exportFile } from "../../adapters/exportFile.ts";
import { svgToPng } from "../../adapters/rasterize.ts";
import type { ExportJob, JobFormat } from "../../domain/export/run.ts";
import { KIND_LABELS } from "../labels.ts";
import { exportFileName } from "../../domain/export/fileName.ts";
import { checkCanvas } from "../../domain/export/limits.ts";
import { prepare, type ExportContext } from "./exportJob.ts";
import { FORMATS, loadOptions, saveOptions, type ExportOptions } from "./options.ts";
import { PrintView } from "./PrintView.tsx";
import { Radios } from "./Radios.tsx";
import type { ExportDialogProps } from "./types.ts";
import "./export.css";
import { versionName } from "../../domain/import/ids.ts";

const TYPES = {
  svg: "image/svg+xml",
  csv: "text/csv;charset=utf-8",
  json: "application/json",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
} as const;

type Status = { kind: "idle" } | { kind: "busy"; text: string } | { kind: "done"; text: string } | { kind: "error"; text: string; smaller?: () => void; smallerLabel?: string };

export default function ExportDialog(props: ExportDialogProps) {
  const { dataset, index, collapsed, selected, onClose, engine } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<ExportOptions>(loadOptions);
  const selectedUnit = selected ? index.byId.get(selected) : undefined;
  const [unitScope, setUnitScope] = useState(selectedUnit !== undefined && selectedUnit.parent !== null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const set = (patch: Partial<ExportOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    saveOptions(next);
    setStatus({ kind: "idle" });
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    return () => dialog.close?.();
  }, []);

  // Closing goes through the element so its « close » event (also fired by Escape) reports it
  // once the page is interactive again, and focus can go back to the « Exporter » button.
  const dismiss = () => {
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === "function") dialog.close();
    else onClose();
  };

  const ctx: ExportContext = useMemo(
    () => ({ dataset, index, collapsed, base: `${location.origin}${location.pathname}`, now: new Date(), engine }),
    [dataset, index, collapsed, engine],
  );
  const scope = { rootId: unitScope && selectedUnit ? selectedUnit.id : null, expansion: options.expansion };
  const prepared = prepare(ctx, scope);
  const format = options.format;
  const extension = format === "print" ? "pdf" : format;
  const fileName = exportFileName({ version: index.version.id, root: prepared.scoped.root, extension });

  const abort = useRef<AbortController | null>(null);
  const [slow, setSlow] = useState(false);
  useEffect(() => () => abort.current?.abort(), []);

  /** Writes the file in a worker, with its phase shown and « Annuler » offered beyond a second. */
  const inWorker = async (jobFormat: JobFormat) => {
    const controller = new AbortController();
    abort.current = controller;
    setSlow(false);
    const timer = setTimeout(() => setSlow(true), 1000);
    setStatus({ kind: "busy", text: "Préparation de l'export…" });
    try {
      const job: ExportJob = {
        format: jobFormat,
        version: index.version,
        collapsed: [...collapsed],
        scope,
        block: prepared.block,
        kindLabels: KIND_LABELS,
        theme: options.pngTheme,
        pptxMissions: options.pptxMissions,
        now: ctx.now.getTime(),
      };
      return await exportFile(job, { engine, signal: controller.signal, onProgress: (phase) => setStatus({ kind: "busy", text: `${phase}…` }) });
    } finally {
      clearTimeout(timer);
      setSlow(false);
      abort.current = null;
    }
  };

  const run = async () => {
    try {
      if (format === "print") {
        setStatus({ kind: "done", text: "Impression lancée : choisissez l'imprimante ou « Enregistrer au format PDF »." });
        window.print();
      } else if (format !== "png") {
        const result = await inWorker(format);
        const type = TYPES[format];
        downloadFile(typeof result.content === "string" ? result.content : new Blob([result.content as BlobPart], { type }), fileName, type);
        setStatus({ kind: "done", text: `Fichier téléchargé : ${fileName}` });
      } else {
        const result = await inWorker("png-svg");
        const width = result.width ?? 0;
        const height = result.height ?? 0;
        const check = checkCanvas(width, height, options.pngScale);
        if (!check.ok) {
          const s = check.largestScale;
          setStatus({
            kind: "error",
            text: `${check.message} ${s ? `L'échelle ${s}× tient dans la limite.` : "Exportez une unité et ses unités rattachées, ou le SVG."}`,
            smaller: s ? () => set({ pngScale: s as 1 | 2 | 4 }) : undefined,
            smallerLabel: s ? `Passer à ${s}×` : undefined,
          });
          return;
        }
        setStatus({ kind: "busy", text: "Image en cours de création…" });
        const png = await svgToPng(result.content as string, width, height, options.pngScale);
        const name = exportFileName({ version: index.version.id, root: prepared.scoped.root, suffix: `${options.pngScale}x${options.pngTheme === "dark" ? "-sombre" : ""}`, extension: "png" });
        downloadFile(png, name);
        setStatus({ kind: "done", text: `Fichier téléchargé : ${name}` });
      }
    } catch (error) {
      if (error instanceof ExportCancelled) setStatus({ kind: "done", text: "Export annulé." });
      else setStatus({ kind: "error", text: `L'export a échoué : ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const count = prepared.scoped.units.length;
  const headingId = "export-dialog-title";
  return (
    <dialog ref={ref} className="export" aria-labelledby={headingId} onClose={onClose}>
      <div className="export__body">
        <div className="export__head">
          <h2 id={headingId} className="fr-h5 fr-mb-0">
            Exporter l'organigramme {versionName(index.version)}
          </h2>
          <button type="button" className="fr-btn--close fr-btn" title="Fermer la fenêtre d'export" onClick={dismiss}>
            Fermer
          </button>
        </div>
        <Radios legend="Format" value={format} options={FORMATS} onChange={(id) => set({ format: id })} />
        <Radios
          legend="Périmètre"
          value={unitScope ? "unit" : "all"}
          options={[
            { id: "all", label: "Toute l'organisation" },
            {
              id: "unit",
              label: selectedUnit ? `« ${selectedUnit.name} » et ses unités rattachées` : "L'unité sélectionnée et ses unités rattachées",
              hint: selectedUnit ? undefined : "Sélectionnez d'abord une unité dans l'organigramme.",
              disabled: !selectedUnit,
            },
          ]}
          onChange={(id) => {
            setUnitScope(id === "unit");
            setStatus({ kind: "idle" });
          }}
        />
        <Radios
          legend="Branches"
          value={options.expansion}
          inline
          options={[
            { id: "as-shown", label: "Telles qu'affichées" },
            { id: "expanded", label: "Toutes dépliées" },
          ]}
          onChange={(id) => set({ expansion: id })}
        />
        {format === "png" && (
          <>
            <Radios legend="Netteté" inline value={options.pngScale} options={[1, 2, 4].map((s) => ({ id: s as 1 | 2 | 4, label: `${s}×` }))} onChange={(s) => set({ pngScale: s })} />
            <Radios legend="Fond" inline value={options.pngTheme} options={[{ id: "light", label: "Clair" }, { id: "dark", label: "Sombre" }]} onChange={(t) => set({ pngTheme: t })} />
          </>
        )}
        {format === "pptx" && (
          <div className="fr-checkbox-group fr-mb-2w">
            <input type="checkbox" id="export-pptx-missions" checked={options.pptxMissions} onChange={(e) => set({ pptxMissions: e.target.checked })} />
            <label className="fr-label" htmlFor="export-pptx-missions">
              Ajouter une diapositive des missions par unité ({prepared.scoped.units.filter((u) => u.missions.status === "described").length} diapositives)
            </label>
          </div>
        )}
        {format === "print" && (
          <>
            <Radios legend="Papier" inline value={options.paper} options={[{ id: "A4", label: "A4" }, { id: "A3", label: "A3" }]} onChange={(paper) => set({ paper })} />
            <Radios legend="Orientation" inline value={options.orientation} options={[{ id: "landscape", label: "Paysage" }, { id: "portrait", label: "Portrait" }]} onChange={(orientation) => set({ orientation })} />
            <Radios
              legend="Mise en page"
              value={options.fit}
              options={[
                { id: "page", label: "Ajuster à une page" },
                { id: "pages", label: "Sur plusieurs pages", hint: "Titre répété sur chaque page, aucune unité coupée" },
              ]}
              onChange={(fit) => set({ fit })}
            />
            <div className="fr-checkbox-group fr-mb-2w">
              <input type="checkbox" id="export-appendix" checked={options.appendix} onChange={(e) => set({ appendix: e.target.checked })} />
              <label className="fr-label" htmlFor="export-appendix">
                Annexe : chaque unité avec ses missions et sa source
              </label>
            </div>
            <PrintView ctx={ctx} prepared={prepared} options={options} />
          </>
        )}
        <p className="fr-text--sm fr-mb-1w">
          {count} {count > 1 ? "unités" : "unité"}
          {format === "print" ? " · « Enregistrer au format PDF » dans la fenêtre d'impression" : <> · fichier <code>{fileName}</code></>}
        </p>
        <div aria-live="polite">
          {status.kind === "busy" && (
            <div className="export__progress">
              <p className="fr-text--sm fr-mb-1v">{status.text}</p>
              <progress aria-label="Export en cours" />
              {slow && (
                <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary fr-ml-2w" onClick={() => abort.current?.abort()}>
                  Annuler l'export
                </button>
              )}
            </div>
          )}
          {status.kind === "done" && (
            <div className="fr-alert fr-alert--success fr-alert--sm">
              <p>{status.text}</p>
            </div>
          )}
        </div>
        {status.kind === "error" && (
          <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
            <p>{status.text}</p>
            {status.smaller && (
              <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={status.smaller}>
                {status.smallerLabel}
              </button>
            )}
          </div>
        )}
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--right fr-mt-2w">
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={dismiss}>
              Annuler
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn" onClick={() => void run()} disabled={status.kind === "busy"}>
              {format === "print" ? "Imprimer" : "Télécharger"}
            </button>
          </li>
        </ul>
      </div>
    </dialog>
  );
}
