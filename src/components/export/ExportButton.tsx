// The « Exporter » button: the only export code in the start-up bundle. The dialog and the
// writers are fetched on first click. A failed fetch (offline, new deployment) gives an alert
// with « Réessayer » instead of an uncaught error.
// TODO(lead): once src/components/LazyBoundary.tsx lands, the local catch below can give way to it.
import { useRef, useState, type ComponentType } from "react";
import { CARD_METRICS, layoutTree } from "../../layout/layoutTree.ts";
import type { ExportDialogProps } from "./types.ts";

type Dialog = ComponentType<ExportDialogProps>;
const ENGINE = { layoutTree, metrics: CARD_METRICS };

export function ExportButton(props: Omit<ExportDialogProps, "onClose" | "engine">) {
  const [Dialog, setDialog] = useState<Dialog | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The dialog leaves the DOM before it could hand focus back itself.
    button.current?.focus();
  };
  const load = () => {
    setFailed(false);
    import("./ExportDialog.tsx").then(
      (m) => {
        setDialog(() => m.default);
        setOpen(true);
      },
      () => setFailed(true),
    );
  };
  return (
    <>
      <button ref={button} type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-haspopup="dialog" onClick={() => (Dialog ? setOpen(true) : load())}>
        Exporter
      </button>
      {failed && (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>Le module d'export n'a pas pu être chargé.</p>
          <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={load}>
            Réessayer
          </button>
        </div>
      )}
      {Dialog && open && <Dialog {...props} engine={ENGINE} onClose={close} />}
    </>
  );
}
