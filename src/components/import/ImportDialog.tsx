// « Ouvrir un organigramme »: choose or drop a file, read the located report, pick the root,
// import. Nothing changes in the app until « Importer » is pressed; a failed file leaves the
// current view as it was. Loaded on demand.
import { useEffect, useId, useRef, useState } from "react";
import { CancelledError, parseImportFile, type OpenedImport } from "../../adapters/parseImportFile.ts";
import { newImportId } from "../../domain/import/build.ts";
import type { RootCandidate } from "../../domain/import/roots.ts";
import type { ImportedOrg } from "../../domain/import/types.ts";
import { ImportReport } from "./ImportReport.tsx";
import "./import.css";
import { lazyDsfr as DSFR } from "../dsfr/lazyClasses.ts";
import "../dsfr/lazy-upload-select.css";

interface Props {
  /** A file dropped on the page before the dialog opened. */
  initialFile?: File | null;
  imports: readonly ImportedOrg[];
  onImported: (org: ImportedOrg) => void;
  onRemove: (id: string) => void;
  onClose: () => void;
}

type Phase =
  | { kind: "idle" }
  | { kind: "reading"; fileName: string; phase: string; ratio: number | null }
  | { kind: "ready"; parsed: OpenedImport & { fileName: string }; file: File }
  | { kind: "failed"; message: string };

export default function ImportDialog({ initialFile = null, imports, onImported, onRemove, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>(() =>
    initialFile ? { kind: "reading", fileName: initialFile.name, phase: "Lecture du fichier", ratio: 0 } : { kind: "idle" },
  );
  const [query, setQuery] = useState("");
  const [rootKey, setRootKey] = useState<string | null>(null);
  // Answers of the worker that holds the file (see importProtocol.ts), kept until the next one.
  const [candidates, setCandidates] = useState<RootCandidate[] | null>(null);
  // Units under the chosen root: known with the candidate (or the single root), no round trip.
  const [chosenCount, setChosenCount] = useState<number | null>(null);
  const [building, setBuilding] = useState(false);
  const [dragging, setDragging] = useState(false);
  const ids = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    return () => abortRef.current?.abort();
  }, []);

  // Starts the parse; state changes only in its callbacks.
  const start = (file: File, versionPath?: string) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    parseImportFile(file, {
      signal: controller.signal,
      ...(versionPath ? { versionPath } : {}),
      onProgress: (p, ratio) => !controller.signal.aborted && setPhase({ kind: "reading", fileName: file.name, phase: p, ratio }),
    }).then(
      (parsed) => {
        if (controller.signal.aborted) return;
        const { summary } = parsed;
        // One obvious root (a spreadsheet, the app's format): chosen for the user.
        if (summary.format !== "referentiel" && summary.singleRoot) {
          setRootKey(summary.singleRoot.key);
          setChosenCount(summary.singleRoot.unitCount);
        }
        setPhase({ kind: "ready", parsed, file });
      },
      (error: unknown) => {
        if (error instanceof CancelledError) setPhase({ kind: "idle" });
        else setPhase({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  const open = (file: File, versionPath?: string) => {
    setPhase({ kind: "reading", fileName: file.name, phase: "Lecture du fichier", ratio: 0 });
    setRootKey(null);
    setQuery("");
    setCandidates(null);
    setChosenCount(null);
    start(file, versionPath);
  };

  // The file dropped on the page before the dialog opened (its phase is set by useState above).
  const initialRef = useRef(initialFile);
  useEffect(() => {
    if (initialRef.current) start(initialRef.current);
  }, []);

  const ready = phase.kind === "ready" ? phase.parsed : null;
  const summary = ready?.summary ?? null;
  const fatal = summary?.fatal ?? false;
  const hasErrors = (summary?.errorCount ?? 0) > 0;
  const askRoot = summary !== null && !fatal && (summary.format === "referentiel" || summary.rootCount !== 1);
  const failed = (error: unknown) => !(error instanceof CancelledError) && setPhase({ kind: "failed", message: error instanceof Error ? error.message : String(error) });

  // Each keystroke asks the worker; an answer that arrives after a newer question is dropped.
  useEffect(() => {
    if (!ready || fatal) return;
    let live = true;
    ready.roots(query, 30).then((list) => live && setCandidates(list), failed);
    return () => {
      live = false;
    };
  }, [ready, fatal, query]);

  const doImport = () => {
    if (!ready || !rootKey || building) return;
    const now = new Date();
    setBuilding(true);
    ready
      .build(rootKey, { id: newImportId(now), importedAt: now.toISOString() })
      .then((org) => org && onImported(org), failed)
      .finally(() => setBuilding(false));
  };

  const close = () => {
    abortRef.current?.abort();
    dialogRef.current?.close?.();
    onClose();
  };

  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby={`${ids}-title`} onCancel={(e) => (e.preventDefault(), close())}>
      <div className="import-dialog__head">
        <h2 id={`${ids}-title`} className="fr-h4">
          Ouvrir un organigramme
        </h2>
        <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" onClick={close}>
          Fermer
        </button>
      </div>
      <p className="fr-text--sm">
        Export JSON du Référentiel de l'organisation administrative de l'État (ou son archive .zip), tableur CSV ou classeur Excel (.xlsx), ou fichier JSON de cette application. Le
        fichier est lu dans votre navigateur : rien n'est envoyé. Un organigramme importé ne provient pas des sources de la DGOS.
      </p>
      <div
        className={dragging ? "import-drop import-drop--over" : "import-drop"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) open(file);
        }}
      >
        <label className="fr-label" htmlFor={`${ids}-file`}>
          Fichier à ouvrir
          <span className="fr-hint-text">CSV, Excel (.xlsx), JSON ou .zip — ou déposez le fichier dans ce cadre</span>
        </label>
        <input
          id={`${ids}-file`}
          className={DSFR.upload}
          type="file"
          accept=".csv,.xlsx,.json,.zip,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json,application/zip"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) open(file);
          }}
        />
      </div>

      {phase.kind === "reading" && (
        <div className="import-progress" role="status">
          <p className="fr-text--sm">
            {phase.fileName} : {phase.phase}…
          </p>
          <progress max={1} value={phase.ratio ?? undefined} aria-label={phase.phase} />
          <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => abortRef.current?.abort()}>
            Annuler la lecture
          </button>
        </div>
      )}
      {phase.kind === "failed" && (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>Le fichier n'a pas pu être lu : {phase.message}. Rien n'a été importé.</p>
        </div>
      )}

      {ready && summary && (
        <>
          {summary.versions.length > 1 && (
            <div className={DSFR.selectGroup}>
              <label className="fr-label" htmlFor={`${ids}-version`}>
                Version du fichier à importer
              </label>
              <select
                id={`${ids}-version`}
                className={DSFR.select}
                onChange={(e) => phase.kind === "ready" && open(phase.file, e.target.value)}
                defaultValue={summary.versions[0]?.path}
              >
                {summary.versions.map((v) => (
                  <option key={v.path} value={v.path}>
                    {v.label || v.id || v.path}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ImportReport fileName={ready.fileName} summary={summary} />
          {askRoot && (
            <fieldset className="fr-fieldset import-roots">
              <legend className="fr-fieldset__legend fr-text--md">Racine de l'organigramme</legend>
              <div className="fr-input-group import-roots__search">
                <label className="fr-label" htmlFor={`${ids}-root`}>
                  Chercher l'unité de départ par nom ou sigle (par exemple « DGOS »)
                </label>
                <input id={`${ids}-root`} className="fr-input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
              </div>
              <ul className="import-roots__list">
                {candidates?.map((r) => (
                  <li key={r.key}>
                    <input type="radio" id={`${ids}-r-${r.key}`} name={`${ids}-root-choice`} checked={rootKey === r.key} onChange={() => (setRootKey(r.key), setChosenCount(r.unitCount))} />
                    <label htmlFor={`${ids}-r-${r.key}`}>
                      {r.name}
                      {r.shortName ? ` (${r.shortName})` : ""}
                      <span className="import-roots__meta"> — {r.childCount} unité(s) directement rattachée(s), id {r.key}</span>
                    </label>
                  </li>
                ))}
                {candidates?.length === 0 && <li>Aucune unité ne correspond.</li>}
              </ul>
            </fieldset>
          )}
          {!fatal && (
            <div className="import-actions">
              <p className="fr-text--sm" aria-live="polite">
                {rootKey ? `${chosenCount ?? 0} unité(s) seront importées.` : "Choisissez la racine pour importer."}
              </p>
              <button type="button" className="fr-btn" disabled={!rootKey || building} onClick={doImport}>
                {hasErrors ? "Importer les unités valides" : "Importer"}
              </button>
            </div>
          )}
        </>
      )}

      {imports.length > 0 && (
        <section className="import-list" aria-labelledby={`${ids}-list`}>
          <h3 id={`${ids}-list`} className="fr-h6">
            Organigrammes importés dans ce navigateur
          </h3>
          <ul>
            {imports.map((o) => (
              <li key={o.id}>
                <span>
                  {o.version.label} — {o.fileName}, importé le {o.importedAt.slice(0, 10)}
                </span>{" "}
                <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => onRemove(o.id)}>
                  Retirer <span className="fr-sr-only">{o.version.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </dialog>
  );
}
