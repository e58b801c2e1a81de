// The « Ouvrir un organigramme » button (in the start-up bundle: keep it tiny). The dialog, with
// its drop zone, is loaded on first use.
import { lazy, Suspense, useState, type ReactNode } from "react";
import type { ImportedOrg } from "../../domain/import/types.ts";

interface DialogProps {
  initialFile: File | null;
  imports: readonly ImportedOrg[];
  onImported: (org: ImportedOrg) => void;
  onRemove: (id: string) => void;
  onClose: () => void;
  onRetry: () => void;
}

// A failed download of the dialog's code shows a local alert with « Réessayer » (a new lazy
// component per attempt, since React keeps a rejected one). TODO(lead): the shared error
// boundary for lazy parts can replace this.
function LoadFailed({ onRetry }: DialogProps) {
  return (
    <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
      <p>Chargement impossible.</p>
      <button type="button" className="fr-btn fr-btn--sm" onClick={onRetry}>
        Réessayer
      </button>
    </div>
  );
}
const loadDialog = () => import("./ImportDialog.tsx").catch(() => ({ default: LoadFailed }));
let Dialog = lazy<(props: DialogProps) => ReactNode>(loadDialog);

interface Props {
  imports: readonly ImportedOrg[];
  onImported: (org: ImportedOrg) => void;
  onRemove: (id: string) => void;
}

export function OpenImport({ imports, onImported, onRemove }: Props) {
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);

  return (
    <>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm open-import" onClick={() => setOpen(true)}>
        Ouvrir un organigramme
      </button>
      {open && (
        <Suspense fallback={null}>
          <Dialog
            key={attempt}
            onRetry={() => {
              Dialog = lazy(loadDialog);
              setAttempt((n) => n + 1);
            }}
            initialFile={null}
            imports={imports}
            onImported={(org) => {
              setOpen(false);
              onImported(org);
            }}
            onRemove={onRemove}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
