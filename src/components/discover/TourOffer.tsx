import { useState } from "react";
import { dismissTour, tourDismissed } from "../tour/tourStorage.ts";

/** Offers the guided tour until it is taken or declined; afterwards only a small button to replay it. */
export function TourOffer({ onStart }: { onStart: () => void }) {
  const [dismissed, setDismissed] = useState(tourDismissed);
  if (dismissed) {
    return (
      <p>
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={onStart}>
          Revoir la visite guidée de l'explorateur
        </button>
      </p>
    );
  }
  return (
    <div className="tour-offer" role="region" aria-label="Visite guidée">
      <p>Première visite ? Une visite guidée de l'explorateur en 5 étapes : recherche, panneau, versions, comparaison, partage.</p>
      <button
        type="button"
        className="fr-btn fr-btn--sm"
        onClick={() => {
          dismissTour();
          onStart();
        }}
      >
        Commencer la visite
      </button>
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--sm"
        onClick={() => {
          dismissTour();
          setDismissed(true);
        }}
      >
        Ne plus proposer
      </button>
    </div>
  );
}
