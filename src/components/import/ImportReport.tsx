// The located report of a file: what was read, then every problem with its place.
import type { CheckedOrg } from "../../domain/import/build.ts";
import { formatLocation, type Problem } from "../../domain/import/types.ts";

const FORMAT_LABELS = { csv: "tableur CSV", referentiel: "export du Référentiel de l'organisation administrative de l'État", app: "fichier de l'application" };
const SEVERITY_LABELS: Record<Problem["severity"], string> = { fatal: "Bloquant", error: "Erreur", warning: "Avertissement" };
const SHOWN = 500;

export function ImportReport({ fileName, checked }: { fileName: string; checked: CheckedOrg }) {
  const { problems } = checked;
  const fatal = problems.some((p) => p.severity === "fatal");
  const errors = problems.filter((p) => p.severity === "error").length;
  return (
    <section className="import-report" aria-label="Rapport de lecture">
      {fatal ? (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>
            « {fileName} » ne peut pas être importé. Rien n'a été importé et l'organigramme affiché n'a pas changé.
          </p>
        </div>
      ) : (
        <p className="fr-text--sm" role="status">
          « {fileName} » lu comme {FORMAT_LABELS[checked.raw.format]} : {checked.byKey.size} unité(s) valide(s)
          {problems.length > 0 ? `, ${problems.length} problème(s) signalé(s)${errors > 0 ? ` dont ${errors} unité(s) ou ligne(s) laissée(s) de côté` : ""}.` : ", aucun problème."}
        </p>
      )}
      {problems.length > 0 && (
        <details className="import-report__details" open={fatal || problems.length <= 20}>
          <summary>Problèmes ({problems.length})</summary>
          <ul className="import-report__list">
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={i} className={`import-report__item import-report__item--${p.severity}`}>
                <strong>{SEVERITY_LABELS[p.severity]}</strong> · <span className="import-report__where">{formatLocation(p.at)}</span> : {p.message}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN && <p className="fr-text--sm">… et {problems.length - SHOWN} autres problèmes du même fichier.</p>}
        </details>
      )}
    </section>
  );
}
