import type { View } from "../state/urlState.ts";

// The reading pages (page: true) are also linked from the header; phones show them there only,
// so that the three chart views fit one line.
const VIEWS: { id: View; label: string; page?: true }[] = [
  { id: "arbre", label: "Organigramme" },
  { id: "texte", label: "Vue texte" },
  { id: "comparer", label: "Comparer deux versions" },
  { id: "decouvrir", label: "Découvrir la DGOS", page: true },
  { id: "glossaire", label: "Glossaire", page: true },
];

/** Top-level view choice; each view is a state in the URL, so it is a set of toggle buttons. */
export function ViewSwitch({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="Affichage">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          className={`fr-btn fr-btn--sm ${v.id === value ? "" : "fr-btn--secondary"}${v.page ? " view-switch__page" : ""}`}
          aria-pressed={v.id === value}
          onClick={() => onChange(v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
