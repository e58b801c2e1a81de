import { frenchTypography } from "../domain/frenchTypography.ts";
import type { Notice } from "../state/useExplorer.ts";

/**
 * Messages about what the app did or ignored (bad link, version switch): polite live region,
 * dismissible. What a link got wrong is one alert, a few lines at most, however bad the link:
 * the first problem, then « détails » for the others.
 */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  const warnings = notices.filter((n) => n.kind === "warning");
  const infos = notices.filter((n) => n.kind !== "warning");
  const [first, ...more] = warnings;
  const close = (ids: number[]) => (
    <button
      type="button"
      className="fr-btn--close fr-btn"
      title="Masquer ce message"
      aria-label="Masquer ce message"
      onClick={() => ids.forEach(onDismiss)}
    >
      Masquer
    </button>
  );
  return (
    <div className="notices" aria-live="polite">
      {first && (
        <div className="fr-alert fr-alert--sm fr-alert--warning">
          <p>
            {more.length > 0 && <strong>Adresse en partie ignorée ({warnings.length} points). </strong>}
            {frenchTypography(first.text)}
          </p>
          {more.length > 0 && (
            <details className="notices__details">
              <summary>détails ({more.length} de plus)</summary>
              <ul>
                {more.map((n) => (
                  <li key={n.id}>{frenchTypography(n.text)}</li>
                ))}
              </ul>
            </details>
          )}
          {close(warnings.map((n) => n.id))}
        </div>
      )}
      {infos.map((n) => (
        <div key={n.id} className="fr-alert fr-alert--sm fr-alert--info">
          <p>{frenchTypography(n.text)}</p>
          {close([n.id])}
        </div>
      ))}
    </div>
  );
}
