// DSFR footer markup (fr-footer), written out rather than taken from react-dsfr's <Footer>: that
// component and the runtime it needs cost ~20 KB gzip of the 150 KB start-up budget.
import type { PageView } from "../../state/pages.ts";

const LINKS: { page: PageView; label: string }[] = [
  { page: "accessibilite", label: "Accessibilité : partiellement conforme" },
  { page: "mentions-legales", label: "Mentions légales" },
  { page: "donnees-personnelles", label: "Données personnelles" },
];

/** `onOpen` shows a page in place; the links' addresses also work when opened in a new tab. */
export function SiteFooter({ onOpen }: { onOpen?: (page: PageView) => void }) {
  return (
    <footer className="fr-footer" role="contentinfo">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <a href="./" title="Accueil — Organigramme de la DGOS">
              <p className="fr-logo">
                Ministère
                <br />
                chargé de la santé
              </p>
            </a>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">
              Organigramme de la direction générale de l'offre de soins (DGOS) établi à partir de documents publics du ministère chargé de la
              santé. Chaque unité et chaque mission cite sa source ; là où les sources se taisent, l'application le dit.
            </p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            {LINKS.map(({ page, label }) => (
              <li key={page} className="fr-footer__bottom-item">
                <a
                  className="fr-footer__bottom-link"
                  href={`?vue=${page}`}
                  onClick={(event) => {
                    if (!onOpen || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    onOpen(page);
                    window.scrollTo(0, 0);
                    document.getElementById("contenu")?.focus({ preventScroll: true });
                  }}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>Sauf mention contraire, les contenus de ce site sont issus de documents publics cités dans chaque fiche.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
