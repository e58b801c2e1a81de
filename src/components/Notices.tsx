import { frenchTypography } from "../domain/frenchTypography.ts";
import type { Notice } from "../state/useExplorer.ts";

/** Messages about what the app did or ignored (bad link, version switch): polite live region, dismissible. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`fr-alert fr-alert--sm ${n.kind === "warning" ? "fr-alert--warning" : "fr-alert--info"}`}>
          <p>{frenchTypography(n.text)}</p>
          <button type="button" className="fr-btn--close fr-btn" title="Masquer ce message" aria-label="Masquer ce message" onClick={() => onDismiss(n.id)}>
            Masquer
          </button>
        </div>
      ))}
    </div>
  );
}
