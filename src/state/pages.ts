// The information pages reached from the footer (RGAA, legal notices, personal data). Their
// content is lazy-loaded (src/components/pages/InfoPage.tsx); only ids and titles live here.
import type { View } from "./urlState.ts";

export const PAGE_TITLES = {
  accessibilite: "Accessibilité",
  "mentions-legales": "Mentions légales",
  "donnees-personnelles": "Données personnelles",
} as const;

export type PageView = keyof typeof PAGE_TITLES;

export function isPageView(view: View | string): view is PageView {
  return Object.prototype.hasOwnProperty.call(PAGE_TITLES, view);
}

/** The document title: what is shown first, then the app's name (« R1 — Organigramme de la DGOS 2010 »). */
export function documentTitle(state: { view: string; version: string; unitLabel: string | null; compare?: { from: string; to: string } | null }): string {
  const app = "Organigramme de la DGOS";
  if (isPageView(state.view)) return `${PAGE_TITLES[state.view]} — ${app}`;
  if (state.view === "comparer" && state.compare) {
    const pair = `${state.compare.from} → ${state.compare.to}`;
    return state.unitLabel ? `${state.unitLabel} — Comparaison ${pair} — ${app}` : `Comparaison ${pair} — ${app}`;
  }
  const where = state.view === "texte" ? `Vue texte — ${app} ${state.version}` : `${app} ${state.version}`;
  return state.unitLabel ? `${state.unitLabel} — ${where}` : where;
}
