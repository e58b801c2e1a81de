// In place of the version summary for an imported organisation: where it comes from, and that
// it is not from the DGOS sources. Loaded on demand.
import type { ImportedOrg } from "../../domain/import/types.ts";
import { formatIsoDate } from "../labels.ts";
import "./import.css";

const FORMATS = { csv: "tableur CSV", xlsx: "classeur Excel", referentiel: "Référentiel de l'organisation administrative de l'État (DILA)", app: "fichier de l'application" };

export default function ImportedSummary({ org, onRemove }: { org: ImportedOrg; onRemove: (id: string) => void }) {
  return (
    <section className="version-summary" aria-label={`Organigramme importé ${org.version.label}`}>
      <p className="version-summary__line">
        <span className="tag imported-mark">importé</span> <strong>{org.version.label}</strong>
        {" · "}Fichier : {org.fileName} ({FORMATS[org.format]})
        {" · "}Données du : {org.dataDate ? formatIsoDate(org.dataDate) : "non indiqué par le fichier"}
        {" · "}Importé le : {formatIsoDate(org.importedAt.slice(0, 10))}
        {" · "}
        {org.version.units.length} unités{" "}
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => onRemove(org.id)}>
          Retirer cet organigramme
        </button>
      </p>
      <p className="fr-text--xs">
        Organigramme importé depuis un fichier ouvert dans ce navigateur : il ne provient pas des sources de la DGOS et l'application n'en vérifie pas le contenu. Il
        reste dans ce navigateur et n'est envoyé nulle part.
      </p>
    </section>
  );
}
