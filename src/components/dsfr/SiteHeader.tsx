import { ThemeSwitch } from "./ThemeSwitch.tsx";

// DSFR header markup (fr-header), written out rather than taken from react-dsfr's <Header>:
// that component and the runtime it needs cost ~20 KB gzip of the 150 KB start-up budget,
// for a header with no navigation menu to drive.
export function SiteHeader() {
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <p className="fr-logo">
                    Ministère
                    <br />
                    chargé de la santé
                  </p>
                </div>
              </div>
              <div className="fr-header__service">
                <a href="./" title="Accueil — Organigramme de la DGOS">
                  <p className="fr-header__service-title">Organigramme de la DGOS</p>
                </a>
                <p className="fr-header__service-tagline">Direction générale de l'offre de soins : qui fait quoi, et ce qui a changé</p>
              </div>
            </div>
            <div className="fr-header__tools site-header__tools">
              <ThemeSwitch />
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
