import { describe, expect, it } from "vitest";
import { bodyAttachments, filterGlossary, termUsages } from "../../../src/domain/termUsage.ts";
import { firstMission, statementsOf, topTwoLevels } from "../../../src/domain/discover.ts";
import { makeDataset, makeSourceRef, unitOf, versionOf } from "./fixtures.ts";

describe("termUsages", () => {
  it("termUsages lists, per acronym, the units whose name or missions use it, with those missions", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2010", "r1").missions = { status: "described", items: ["Appui aux ARS", "Budget", "Contrats avec les ARS"] };
    const uses = termUsages(dataset).get("ARS") ?? [];
    const r1 = uses.find((u) => u.version === "2010" && u.unitId === "r1");
    expect(r1).toEqual({ version: "2010", unitId: "r1", inName: false, missions: ["Appui aux ARS", "Contrats avec les ARS"] });
  });

  it("termUsages marks a unit whose name or short name holds the acronym", () => {
    const uses = termUsages(makeDataset()).get("DGOS") ?? [];
    expect(uses.filter((u) => u.unitId === "dgos").map((u) => [u.version, u.inName])).toEqual([
      ["2010", true],
      ["2016", true],
      ["2024", true],
    ]);
  });

  it("termUsages has no entry for an acronym no unit uses", () => {
    expect(termUsages(makeDataset()).get("CNAM")).toBeUndefined();
  });
});

describe("bodyAttachments", () => {
  it("bodyAttachments lists, per acronym, the units a source ties the body to, with the tying passage", () => {
    const dataset = makeDataset();
    const tie = makeSourceRef(undefined, "tutelle des opérateurs");
    versionOf(dataset, "2010").bodies.push({ name: "Agence nationale d'appui à la performance", acronym: "ANAP", category: "operateur", source: makeSourceRef(), attachedTo: [{ unit: "r1", source: tie }] });
    expect(bodyAttachments(dataset).get("ANAP")).toEqual([{ version: "2010", unitId: "r1", source: tie }]);
  });

  it("bodyAttachments leaves out a body no source ties to a unit", () => {
    expect(bodyAttachments(makeDataset()).get("ARS")).toBeUndefined();
  });
});

describe("filterGlossary", () => {
  const entries = [
    { acronym: "ARS", expansion: "agences régionales de santé", source: makeSourceRef() },
    { acronym: "DREES", expansion: "direction de la recherche, de l'évaluation, des études et des statistiques", source: makeSourceRef() },
    { acronym: "CNG", expansion: "centre national de gestion", source: makeSourceRef(), definition: { text: "suivi de carrière des praticiens hospitaliers", source: makeSourceRef() } },
  ];

  it("filterGlossary matches the acronym, the expansion or the definition, ignoring accents and case", () => {
    expect(filterGlossary(entries, "REGIONALES").map((e) => e.acronym)).toEqual(["ARS"]);
    expect(filterGlossary(entries, "evaluation").map((e) => e.acronym)).toEqual(["DREES"]);
    expect(filterGlossary(entries, "carrière").map((e) => e.acronym)).toEqual(["CNG"]);
    expect(filterGlossary(entries, "drees").map((e) => e.acronym)).toEqual(["DREES"]);
  });

  it("filterGlossary needs every word and keeps everything for an empty query", () => {
    expect(filterGlossary(entries, "centre santé")).toEqual([]);
    expect(filterGlossary(entries, "  ")).toHaveLength(3);
  });
});

describe("discover helpers", () => {
  it("topTwoLevels returns the root and its direct children only", () => {
    const top = topTwoLevels(versionOf(makeDataset(), "2010"));
    expect(top?.root.id).toBe("dgos");
    expect(top?.children.map((u) => u.id)).toEqual(["sdr"]);
  });

  it("firstMission returns the first mission, or null when the sources describe none", () => {
    const dataset = makeDataset();
    const unit = unitOf(dataset, "2010", "r1");
    unit.missions = { status: "described", items: ["un", "deux"] };
    expect(firstMission(unit)).toBe("un");
    unit.missions = { status: "not-described", reason: "silence" };
    expect(firstMission(unit)).toBeNull();
  });

  it("statementsOf keeps the statements of one topic in data order, and none for a version without any", () => {
    const v = versionOf(makeDataset(), "2024");
    expect(statementsOf(v, "role")).toEqual([]);
    v.statements = [
      { topic: "role", text: "a", source: makeSourceRef() },
      { topic: "purpose", text: "b", source: makeSourceRef() },
      { topic: "role", text: "c", source: makeSourceRef() },
    ];
    expect(statementsOf(v, "role").map((s) => s.text)).toEqual(["a", "c"]);
  });
});
