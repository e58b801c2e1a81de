// Light/dark theme, DSFR style: the scheme the user chose ("system", "light", "dark") is kept in
// localStorage and turned into the data-fr-theme attribute the DSFR stylesheet reads. index.html
// runs the same logic inline before the first paint, so the page never flashes the wrong theme.
export type Scheme = "system" | "light" | "dark";
export const SCHEME_KEY = "scheme";

export function readScheme(storage?: Pick<Storage, "getItem">): Scheme {
  try {
    // Reading globalThis.localStorage itself throws where storage is blocked: keep it inside the try.
    const value = (storage ?? globalThis.localStorage)?.getItem(SCHEME_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

export function resolveTheme(scheme: Scheme, prefersDark: boolean): "light" | "dark" {
  return scheme === "system" ? (prefersDark ? "dark" : "light") : scheme;
}

export function applyScheme(scheme: Scheme): void {
  const prefersDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const root = document.documentElement;
  root.setAttribute("data-fr-scheme", scheme);
  root.setAttribute("data-fr-theme", resolveTheme(scheme, prefersDark));
  try {
    localStorage.setItem(SCHEME_KEY, scheme);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
