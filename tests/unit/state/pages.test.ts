import { describe, expect, it } from "vitest";
import { documentTitle, isPageView } from "../../../src/state/pages.ts";

describe("documentTitle", () => {
  it("names the selected unit, then the chart and its version", () => {
    expect(documentTitle({ view: "arbre", version: "2010", unitLabel: "R1" })).toBe("R1 — Organigramme de la DGOS 2010");
    expect(documentTitle({ view: "arbre", version: "2024", unitLabel: null })).toBe("Organigramme de la DGOS 2024");
    expect(documentTitle({ view: "texte", version: "2016", unitLabel: null })).toBe("Vue texte — Organigramme de la DGOS 2016");
  });

  it("names the compared pair and the footer's pages", () => {
    expect(documentTitle({ view: "comparer", version: "2024", unitLabel: "PF", compare: { from: "2016", to: "2024" } })).toBe("PF — Comparaison 2016 → 2024 — Organigramme de la DGOS");
    expect(documentTitle({ view: "accessibilite", version: "2024", unitLabel: "R1" })).toBe("Accessibilité — Organigramme de la DGOS");
    expect(isPageView("donnees-personnelles")).toBe(true);
    expect(isPageView("arbre")).toBe(false);
  });
});
