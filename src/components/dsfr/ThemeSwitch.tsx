import { useEffect, useId, useState } from "react";
import { applyScheme, readScheme, type Scheme } from "../../state/theme.ts";

const CHOICES: { value: Scheme; label: string }[] = [
  { value: "system", label: "Système" },
  { value: "light", label: "Clair" },
  { value: "dark", label: "Sombre" },
];

/** « Thème » : follows the system by default; the choice is remembered on this device. */
export function ThemeSwitch() {
  const [scheme, setScheme] = useState<Scheme>(readScheme);
  const name = useId();
  useEffect(() => {
    applyScheme(scheme);
    if (scheme !== "system" || typeof matchMedia !== "function") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => applyScheme("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [scheme]);
  return (
    <fieldset className="fr-segmented fr-segmented--sm theme-switch">
      <legend className="fr-segmented__legend fr-segmented__legend--inline">Thème</legend>
      <div className="fr-segmented__elements">
        {CHOICES.map((c) => (
          <div key={c.value} className="fr-segmented__element">
            <input type="radio" id={`${name}-${c.value}`} name={name} value={c.value} checked={scheme === c.value} onChange={() => setScheme(c.value)} />
            <label className="fr-label" htmlFor={`${name}-${c.value}`}>
              {c.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
