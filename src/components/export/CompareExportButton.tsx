// « Exporter » in the comparison: the report (CSV or printable page) and the side-by-side view
// printed on one landscape page. Part of the lazy CompareView chunk; the dialog and its writers
// are fetched on first click (LazyPart: alert with « Réessayer » if they do not arrive).
import { useRef, useState } from "react";
import { CARD_METRICS, layoutTree } from "../../layout/layoutTree.ts";
import { LazyPart } from "../LazyBoundary.tsx";
import { CompareExportDialog } from "../lazyParts.ts";
import type { CompareExportProps } from "./types.ts";

const ENGINE = { layoutTree, metrics: CARD_METRICS };

export function CompareExportButton(props: Omit<CompareExportProps, "onClose" | "engine">) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Exporter
      </button>
      {open && <LazyPart part={CompareExportDialog} what="le module d'export" props={{ ...props, engine: ENGINE, onClose: close }} />}
    </>
  );
}
