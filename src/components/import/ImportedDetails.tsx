// The part of the unit panel that only imported units have: people in charge, contacts,
// secondary links, reference texts and provenance (file and record), in place of the sources.
// Every value is rendered as text: a web address is shown, never made a link.
import type { ImportInfo } from "../../domain/import/types.ts";
import { formatLocation } from "../../domain/import/types.ts";

export default function ImportedDetails({ info, onSelect }: { info: ImportInfo; onSelect: (unitId: string) => void }) {
  return (
    <>
      {info.people.length > 0 && (
        <section aria-labelledby="panel-people">
          <h3 id="panel-people" className="fr-h6">
            Responsables
          </h3>
          <ul className="panel__list">
            {info.people.map((p, i) => (
              <li key={i}>
                {p.role} : {p.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {info.contacts.length > 0 && (
        <section aria-labelledby="panel-contacts">
          <h3 id="panel-contacts" className="fr-h6">
            Contacts
          </h3>
          <ul className="panel__list">
            {info.contacts.map((c, i) => (
              <li key={i}>
                {c.kind} : {c.value}
              </li>
            ))}
          </ul>
        </section>
      )}
      {info.secondary.length > 0 && (
        <section aria-labelledby="panel-secondary">
          <h3 id="panel-secondary" className="fr-h6">
            Autres liens hiérarchiques
          </h3>
          <p className="fr-text--xs">Liens « Autre hiérarchie » du fichier : ce ne sont pas des rattachements principaux.</p>
          <ul className="panel__list">
            {info.secondary.map((link, i) => (
              <li key={i}>
                {link.direction === "declared" ? "Lien vers " : "Lien depuis "}
                {link.unitId ? (
                  <button type="button" className="link-button" onClick={() => onSelect(link.unitId as string)}>
                    {link.name}
                  </button>
                ) : (
                  <span>{link.name} (hors de l'organigramme importé)</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {info.references.length > 0 && (
        <section aria-labelledby="panel-references">
          <h3 id="panel-references" className="fr-h6">
            Textes de référence
          </h3>
          <ul className="panel__list">
            {info.references.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="panel-provenance">
        <h3 id="panel-provenance" className="fr-h6">
          Provenance
        </h3>
        <p className="fr-text--sm">
          Fichier importé « {info.fileName} », {formatLocation(info.at)}. Cette unité ne provient pas des sources de la DGOS.
        </p>
        {info.source && <p className="fr-text--sm">Source indiquée par le fichier : {info.source}</p>}
      </section>
    </>
  );
}
