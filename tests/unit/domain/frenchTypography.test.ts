import { describe, expect, it } from "vitest";
import { frenchTypography } from "../../../src/domain/frenchTypography.ts";

const NBSP = "\u00a0";

describe("frenchTypography", () => {
  it("puts a no-break space inside guillemets, so » never starts a line", () => {
    expect(frenchTypography("Mission « Usagers de l'offre de soins »")).toBe(`Mission «${NBSP}Usagers de l'offre de soins${NBSP}»`);
  });

  it("adds the space when the source wrote guillemets without one", () => {
    expect(frenchTypography("le «Ségur»")).toBe(`le «${NBSP}Ségur${NBSP}»`);
  });

  it("keeps an opening parenthesis and its guillemet together", () => {
    expect(frenchTypography("(« Ma santé 2022 »)")).toBe(`(«${NBSP}Ma santé 2022${NBSP}»)`);
  });

  it("turns guillemets nested in guillemets into “ ”", () => {
    expect(frenchTypography("Unité « Système « d'information » décisionnel »")).toBe(`Unité «${NBSP}Système “d'information” décisionnel${NBSP}»`);
  });

  it("replaces the ordinary space before : ; ! ? with a no-break space", () => {
    expect(frenchTypography("Effectifs : 272 ; voir ! Qui ?")).toBe(`Effectifs${NBSP}: 272${NBSP}; voir${NBSP}! Qui${NBSP}?`);
  });

  it("leaves addresses and unspaced punctuation alone", () => {
    expect(frenchTypography("https://sante.gouv.fr/?vue=arbre 10:30")).toBe("https://sante.gouv.fr/?vue=arbre 10:30");
  });

  it("is idempotent and leaves a lone » alone", () => {
    const once = frenchTypography("« A » : « B « C » »");
    expect(frenchTypography(once)).toBe(once);
    expect(frenchTypography("a » b")).toBe("a » b");
  });
});
