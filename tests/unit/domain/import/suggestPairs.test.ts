import { describe, expect, it } from "vitest";
import { nameKey, pairKey, suggestPairs } from "../../../../src/domain/import/suggestPairs.ts";
import type { Unit, Version } from "../../../../src/domain/schema.ts";

const unit = (id: string, name: string, code?: string): Unit => ({
  id,
  name,
  kind: "bureau",
  parent: null,
  missions: { status: "not-described", reason: "x" },
  sources: [{ file: "f", passage: "p" }],
  ...(code ? { code } : {}),
});
const version = (id: string, units: Unit[]) => ({ id, units }) as unknown as Version;

describe("suggestPairs", () => {
  it("drops the « Bureau de… » prefix, articles, accents and case from names", () => {
    expect(nameKey("Bureau de la qualité et de la sécurité des soins")).toBe(nameKey("Qualité et sécurité des soins"));
    expect(nameKey("Sous-direction de la régulation de l'offre de soins")).toBe("regulation offre soins");
  });

  it("suggests pairs by code first, then by normalised name, one to one only", () => {
    const from = version("2024", [unit("r1", "Sous-direction de la régulation", "R"), unit("b1", "Bureau de la qualité des soins"), unit("b2", "Bureau des affaires"), unit("b3", "Affaires")]);
    const to = version("import-x", [unit("x1", "Régulation de l'offre", "r"), unit("x2", "Qualité des soins"), unit("x3", "Affaires")]);
    expect(suggestPairs(from, to)).toEqual([
      { from: "r1", to: "x1", basis: "code" },
      { from: "b1", to: "x2", basis: "nom" },
    ]);
  });

  it("keys decisions by both versions and units", () => {
    expect(pairKey("2024", "import-x", { from: "b1", to: "x2" })).toBe("2024:b1->import-x:x2");
  });
});
