import { useEffect, useId, useState } from "react";
import { applyScheme, readScheme, type Scheme } from "../../state/theme.ts";
import { Segmented } from "./Segmented.tsx";

const CHOICES: { value: Scheme; label: string }[] = [
  { value: "system", label: "Système" },
  { value: "light", label: "Clair" },
  { value: "dark", label: "Sombre" },
];

/** « Thème » : follows the system by default; the choice is remembered on this device. */
export function ThemeSwitch() {
  const [scheme, setScheme] = useState<Scheme>(() => readScheme());
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
    <Segmented
      legend="Thème"
      inlineLegend
      className="theme-switch"
      name={name}
      value={scheme}
      options={CHOICES}
      onChange={(value) => setScheme(value as Scheme)}
    />
  );
}
