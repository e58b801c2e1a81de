import { useState } from "react";

/** Copies the current address (which holds the whole view) to the clipboard, and says so. */
export function ShareLink({ label = "Copier le lien de cette vue" }: { label?: string }) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus("Lien copié dans le presse-papiers.");
    } catch {
      // No clipboard (permissions, insecure context): show the address so it can be copied by hand.
      setStatus(`Copie impossible ici ; adresse à copier : ${href}`);
    }
  };
  return (
    <span className="share">
      <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline share__button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="share__status fr-text--xs" role="status">
        {status}
      </span>
    </span>
  );
}
