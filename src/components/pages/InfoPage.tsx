// The footer's pages (accessibility, legal notices, personal data), loaded on demand. They say
// only what is true of this application: no audit claimed, no publisher invented.
import type { SourceDoc } from "../../domain/schema.ts";
import { PAGE_TITLES, type PageView } from "../../state/pages.ts";
import { SourceCitation } from "./SourceCitation.tsx";
import "./pages.css";

interface Props {
  page: PageView;
  sources: readonly SourceDoc[];
  onBack: () => void;
}

export default function InfoPage({ page, sources, onBack }: Props) {
  return (
    <article className="info-page fr-container--fluid">
      <p>
        <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={onBack}>
          ← Retour à l'organigramme
        </button>
      </p>
      <h1 className="fr-h2">{PAGE_TITLES[page]}</h1>
      {page === "accessibilite" && <Accessibility />}
      {page === "mentions-legales" && <Legal sources={sources} />}
      {page === "donnees-personnelles" && <PersonalData />}
    </article>
  );
}

function Accessibility() {
  return (
    <>
      <h2 className="fr-h4">État de conformité</h2>
      <p>
        Cette application est <strong>partiellement conforme</strong> au référentiel général d'amélioration de l'accessibilité (RGAA 4.1). Aucun audit
        de conformité n'a été réalisé : ce niveau n'est pas le résultat d'un audit, mais de ce qui est vérifié à chaque modification.
      </p>
      <h2 className="fr-h4">Ce qui est vérifié</h2>
      <ul>
        <li>Tests automatiques axe-core (règles WCAG 2.2 niveaux A et AA) dans Chromium, en thème clair et en thème sombre, sur l'organigramme, la vue texte, la comparaison et ces pages.</li>
        <li>L'organigramme se parcourt au clavier seul (flèches, Début, Fin, Entrée), comme une arborescence (motif « treeview » de WAI-ARIA) ; chaque unité a un nom accessible.</li>
        <li>Une vue texte présente le même contenu sous forme de liste imbriquée.</li>
        <li>Liens d'évitement vers le contenu, la recherche et l'organigramme ; titre de page propre à chaque vue et à l'unité choisie.</li>
        <li>Le sens ne repose jamais sur la couleur seule : type d'unité et classe de changement sont aussi donnés par un motif de bordure, un symbole et un texte.</li>
      </ul>
      <h2 className="fr-h4">Limites connues</h2>
      <ul>
        <li>Le dessin de l'organigramme (SVG zoomable) n'a pas été testé avec des lecteurs d'écran réels ; la vue texte est l'alternative recommandée.</li>
        <li>Sur téléphone, la fiche d'une unité s'ouvre par-dessus le bas de l'organigramme.</li>
        <li>Le contraste des couleurs est vérifié automatiquement (axe-core), pas par une personne.</li>
      </ul>
      <h2 className="fr-h4">Voies de recours</h2>
      <p>
        Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu, vous pouvez saisir le Défenseur des droits
        (défenseurdesdroits.fr, ou par courrier : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).
      </p>
    </>
  );
}

function Legal({ sources }: { sources: readonly SourceDoc[] }) {
  return (
    <>
      <h2 className="fr-h4">Contenus</h2>
      <p>
        L'organigramme est établi à partir des documents publics suivants ; chaque unité et chaque mission cite le sien. Là où ils se taisent,
        l'application le dit. Les organisations que vous importez ne proviennent pas de ces sources et ne sont jamais présentées comme telles.
      </p>
      <ul>
        {sources.map((doc) => (
          <li key={doc.file}>
            <SourceCitation doc={doc} />
          </li>
        ))}
      </ul>
      <h2 className="fr-h4">Fonctionnement</h2>
      <p>
        Application web statique : toutes les données sont dans les fichiers de l'application, aucune requête ne part vers un autre site et aucun
        cookie n'est déposé. Cette page ne désigne ni éditeur ni hébergeur : ils dépendent de l'endroit où l'application est déployée.
      </p>
    </>
  );
}

function PersonalData() {
  return (
    <>
      <p>L'application ne collecte aucune donnée personnelle et n'envoie rien : ni mesure d'audience, ni cookie, ni requête vers un autre site.</p>
      <p>Elle garde seulement, dans le stockage local de votre navigateur, sur cet appareil :</p>
      <ul>
        <li>le thème choisi (système, clair ou sombre) ;</li>
        <li>le fait d'avoir fermé la visite guidée, pour ne pas la remontrer ;</li>
        <li>les organisations que vous importez, pour les retrouver à la visite suivante.</li>
      </ul>
      <p>Vous pouvez les effacer à tout moment en supprimant les données du site dans les réglages de votre navigateur.</p>
    </>
  );
}
