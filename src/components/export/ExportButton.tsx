// The « Exporter » button: the only export code in the start-up bundle. The dialog and the
// writers are fetched on first click; if they do not arrive, the shared load-failure alert
// offers « Réessayer » (LazyPart).
import { useRef, useState } from "react";
import { CARD_METRICS, layoutTree } from "../../layout/layoutTree.ts";
import { LazyPart } from "../LazyBoundary.tsx";
import { ExportDialog } from "../lazyParts.ts";
import type { ExportDialogProps } from "./types.ts";

const ENGINE = { layoutTree, metrics: CARD_METRICS };

export function ExportButton(props: Omit<ExportDialogProps, "onClose" | "engine">) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The dialog leaves the DOM before it could hand focus back itself.
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-haspopup="dialog" disabled={props.dataset.detailsPending} onClick={() => setOpen(true)}>
        Exporter
      </button>
      {open && <LazyPart part={ExportDialog} what="le module d'export" props={{ ...props, engine: ENGINE, onClose: close }} />}
    </>
  );
}
