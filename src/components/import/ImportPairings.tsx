// Beside the comparison of an imported organisation: there is no lineage to an import, so the
// change classes only say « no documented counterpart ». Suggested pairings (same code or same
// normalised name) are listed as « rapprochement suggéré », to confirm or reject; the choice is
// kept with the import and never counted in the change classes. Loaded on demand.
import { useMemo } from "react";
import { pairKey, suggestPairs } from "../../domain/import/suggestPairs.ts";
import type { ImportedOrg } from "../../domain/import/types.ts";
import type { Version } from "../../domain/schema.ts";
import "./import.css";

interface Props {
  from: Version;
  to: Version;
  /** The imported side(s), whose records keep the decisions. */
  orgs: readonly ImportedOrg[];
  onSave: (org: ImportedOrg) => void;
}

const DECISIONS = { confirmed: "confirmé par vous", rejected: "rejeté par vous" };

export default function ImportPairings({ from, to, orgs, onSave }: Props) {
  const pairs = useMemo(() => suggestPairs(from, to), [from, to]);
  const owner = orgs[0];
  if (!owner) return null;
  const decide = (key: string, decision: "confirmed" | "rejected" | null) => {
    const pairings = { ...owner.pairings };
    if (decision === null) delete pairings[key];
    else pairings[key] = decision;
    onSave({ ...owner, pairings });
  };
  const name = (v: Version, id: string) => v.units.find((u) => u.id === id)?.name ?? id;
  return (
    <section className="import-pairings fr-p-2w" aria-labelledby="import-pairings-title">
      <h2 id="import-pairings-title" className="fr-h6">
        Rapprochements suggérés
      </h2>
      <p className="fr-text--sm">
        Aucune filiation n'est documentée entre un organigramme importé et une autre version : dans cette comparaison, « sans correspondant documenté » veut
        seulement dire que rien ne relie les deux fichiers. Les rapprochements ci-dessous sont des suggestions (même code ou même nom une fois normalisé) : ils ne
        comptent dans aucune classe de changement, même confirmés.
      </p>
      {pairs.length === 0 ? (
        <p className="fr-text--sm">Aucun rapprochement à suggérer.</p>
      ) : (
        <ul className="import-pairings__list">
          {pairs.map((p) => {
            const key = pairKey(from.id, to.id, p);
            const decision = owner.pairings?.[key];
            return (
              <li key={key}>
                <span className="tag">rapprochement suggéré</span> {name(from, p.from)} ↔ {name(to, p.to)} <span className="import-roots__meta">(même {p.basis})</span>
                {decision ? (
                  <>
                    {" "}
                    — {DECISIONS[decision]}{" "}
                    <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" onClick={() => decide(key, null)}>
                      Annuler
                    </button>
                  </>
                ) : (
                  <>
                    {" "}
                    <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => decide(key, "confirmed")}>
                      Confirmer
                    </button>{" "}
                    <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => decide(key, "rejected")}>
                      Rejeter
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
