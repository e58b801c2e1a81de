// The unit panel. With no unit selected it is a short invitation (in the start-up bundle); the
// details of a unit load on demand (UnitDetails.tsx, fetched at idle time by main.tsx).
import type { ReactNode } from "react";
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { Dataset } from "../domain/schema.ts";
import { LazyPart } from "./LazyBoundary.tsx";
import { UnitDetails } from "./lazyParts.ts";

export interface UnitPanelProps {
  dataset: Dataset;
  indexes: ReadonlyMap<string, VersionIndex>;
  index: VersionIndex;
  unitId: string | null;
  onSelect: (unitId: string) => void;
  onSelectIn: (version: string, unitId: string) => void;
  onClose?: () => void;
  headingLevel?: 2 | 3;
  /** In the comparison: the unit's change, read from the diff result (CompareView). */
  comparison?: ReactNode;
}

export function UnitPanel(props: UnitPanelProps) {
  const unit = props.unitId ? props.index.byId.get(props.unitId) : undefined;
  if (!unit) {
    return (
      <aside className="panel panel--empty" aria-labelledby="panel-title">
        <h2 id="panel-title" className="fr-h5">
          Aucune unité sélectionnée
        </h2>
        <p>Choisissez une unité dans l'organigramme, la vue texte ou la recherche « Qui fait quoi ? » pour lire ses missions et sa source.</p>
      </aside>
    );
  }
  return (
    <LazyPart
      part={UnitDetails}
      what="le détail de l'unité"
      fallback={
        <aside className="panel" aria-busy="true" aria-label="Unité sélectionnée">
          <p className="fr-p-2w">Chargement du détail de l'unité…</p>
        </aside>
      }
      props={{ ...props, unit }}
    />
  );
}
