import type { View } from "../state/urlState.ts";

const VIEWS: { id: View; label: string }[] = [
  { id: "arbre", label: "Organigramme" },
  { id: "texte", label: "Vue texte" },
  { id: "comparer", label: "Comparer deux versions" },
  { id: "decouvrir", label: "Découvrir la DGOS" },
  { id: "glossaire", label: "Glossaire" },
];

/** Top-level view choice; each view is a state in the URL, so it is a set of toggle buttons. */
export function ViewSwitch({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="Affichage">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          className={`fr-btn fr-btn--sm ${v.id === value ? "" : "fr-btn--secondary"}`}
          aria-pressed={v.id === value}
          onClick={() => onChange(v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
