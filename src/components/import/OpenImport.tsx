// The « Ouvrir un organigramme » button (in the start-up bundle: keep it tiny). The dialog, with
// its drop zone, is loaded on first use; if its code does not arrive, the shared load-failure
// alert offers « Réessayer » (LazyPart).
import { useState } from "react";
import type { ImportedOrg } from "../../domain/import/types.ts";
import { LazyPart } from "../LazyBoundary.tsx";
import { ImportDialog } from "../lazyParts.ts";

interface Props {
  imports: readonly ImportedOrg[];
  onImported: (org: ImportedOrg) => void;
  onRemove: (id: string) => void;
}

export function OpenImport({ imports, onImported, onRemove }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm open-import" onClick={() => setOpen(true)}>
        Ouvrir un organigramme
      </button>
      {open && (
        <LazyPart
          part={ImportDialog}
          what="la fenêtre d'import"
          props={{
            initialFile: null,
            imports,
            onImported: (org: ImportedOrg) => {
              setOpen(false);
              onImported(org);
            },
            onRemove,
            onClose: () => setOpen(false),
          }}
        />
      )}
    </>
  );
}
