// The located report of a file: what was read, then every problem with its place.
import type { ImportSummary } from "../../domain/import/session.ts";
import { formatLocation, type Problem } from "../../domain/import/types.ts";

const FORMAT_LABELS = { csv: "tableur CSV", xlsx: "classeur Excel", referentiel: "export du Référentiel de l'organisation administrative de l'État", app: "fichier de l'application" };
const SEVERITY_LABELS: Record<Problem["severity"], string> = { fatal: "Bloquant", error: "Erreur", warning: "Avertissement" };

// The summary holds the first SHOWN_PROBLEMS problems (session.ts) and the counts of all.
export function ImportReport({ fileName, summary }: { fileName: string; summary: ImportSummary }) {
  const { problems, problemCount, fatal, errorCount: errors } = summary;
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
          « {fileName} » lu comme {FORMAT_LABELS[summary.format]} : {summary.unitCount} unité(s) valide(s)
          {problemCount > 0 ? `, ${problemCount} problème(s) signalé(s)${errors > 0 ? ` dont ${errors} unité(s) ou ligne(s) laissée(s) de côté` : ""}.` : ", aucun problème."}
        </p>
      )}
      {problemCount > 0 && (
        <details className="import-report__details" open={fatal || problemCount <= 20}>
          <summary>Problèmes ({problemCount})</summary>
          <ul className="import-report__list">
            {problems.map((p, i) => (
              <li key={i} className={`import-report__item import-report__item--${p.severity}`}>
                <strong>{SEVERITY_LABELS[p.severity]}</strong> · <span className="import-report__where">{formatLocation(p.at)}</span> : {p.message}
              </li>
            ))}
          </ul>
          {problemCount > problems.length && <p className="fr-text--sm">… et {problemCount - problems.length} autres problèmes du même fichier.</p>}
        </details>
      )}
    </section>
  );
}
