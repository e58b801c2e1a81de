// The DGOS lineage says how sure each link is, and follows its one rule for partial matches.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Lineage, type LineageLink } from "../../../src/domain/schema.ts";

const lineage = Lineage.parse(JSON.parse(readFileSync(join(import.meta.dirname, "../../../data/lineage.json"), "utf8")));
const from = (ref: string) => lineage.links.filter((l) => l.from && `${l.from.version}:${l.from.unit}` === ref);
const to = (ref: string) => lineage.links.filter((l) => l.to && `${l.to.version}:${l.to.unit}` === ref);
const only = (links: LineageLink[]) => {
  expect(links).toHaveLength(1);
  return links[0]!;
};

describe("lineage confidence in the DGOS data", () => {
  it("rates every link stated, identical or judgement", () => {
    for (const link of lineage.links) expect(["stated", "identical", "judgement"]).toContain(link.confidence);
  });
  it("calls 2010 « Stratégie ressources » → 2016 SR a judgement, not a stated renaming", () => {
    const link = only(from("2010:dsr"));
    expect(link.confidence).toBe("judgement");
    expect(link.reason).toMatch(/jugement/);
    // Its reason says the type and the attachment change too: the link's type says so as well.
    expect(link.type).toBe("renamed-moved");
  });
  it("records that 2010 USID → 2016 SR6 changes code and attachment", () => {
    const link = only(from("2010:usid"));
    expect(link.type).toBe("renamed-moved");
    expect(link.reason).toMatch(/USID → SR6/);
  });
  it("gives partial matches no link: a no-successor judgement naming the partial match", () => {
    for (const ref of ["2010:cellule-controle-gestion", "2016:r5", "2016:rh3", "2016:rh5", "2016:sr3"]) {
      const link = only(from(ref));
      expect(link.type, ref).toBe("no-successor");
      expect(link.confidence, ref).toBe("judgement");
      expect(link.reason, ref).toMatch(/^Correspondance partielle seulement/);
    }
  });
  it("states the April 2024 creation of the pôle and the two départements, citing 003", () => {
    for (const ref of ["2024:pole-recherche", "2024:dep-numerique", "2024:dep-donnees"]) {
      const created = to(ref).find((l) => l.type === "created");
      expect(created?.confidence, ref).toBe("stated");
      expect(created?.sources.every((s) => s.file.startsWith("003_")), ref).toBe(true);
    }
  });
  it("rates a link on the same code and name as identical", () => {
    expect(only(from("2010:r1")).confidence).toBe("identical");
  });
});
