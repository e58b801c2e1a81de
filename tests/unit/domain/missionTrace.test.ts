import { describe, expect, it } from "vitest";
import { keyTerms, traceMission } from "../../../src/domain/missionTrace.ts";
import { createSearchIndex } from "../../../src/domain/searchIndex.ts";
import { dataset, described, unit, version } from "./diffFixtures.ts";
import { makeDataset, unitOf } from "./fixtures.ts";

describe("traceMission", () => {
  const dataset = makeDataset();
  unitOf(dataset, "2010", "r1").missions = { status: "described", items: ["Accompagner les établissements dans leur performance"] };
  unitOf(dataset, "2024", "cel").missions = { status: "described", items: ["Accompagner les établissements"] };
  const index = createSearchIndex(dataset);

  it("lists the unit's lineage counterparts first, labelled as lineage", () => {
    const trace = traceMission(dataset, index, "2010", "r1", "Accompagner les établissements dans leur performance");
    expect(trace.filter((t) => t.via === "lineage").map((t) => `${t.version}:${t.unitId}`)).toEqual(["2016:r1", "2024:pf"]);
    expect(trace.findIndex((t) => t.via === "text")).toBeGreaterThan(trace.findLastIndex((t) => t.via === "lineage" && t.version === "2016"));
  });

  it("adds units whose missions share the key terms, labelled as text matches", () => {
    const trace = traceMission(dataset, index, "2010", "r1", "Accompagner les établissements dans leur performance");
    expect(trace).toContainEqual(expect.objectContaining({ version: "2024", unitId: "cel", via: "text" }));
  });

  it("never lists a unit twice for a version when lineage already found it", () => {
    const trace = traceMission(dataset, index, "2010", "r1", "Accompagner les ARS");
    const keys = trace.map((t) => `${t.version}:${t.unitId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

// Changed for issue 14 (« rare words weigh more »): keyTerms now ranks words by rarity in the
// index (it takes the index), instead of by length.
describe("keyTerms", () => {
  const ds = dataset(
    [
      version("2010", [
        unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS", missions: described("Pilote l'offre de soins") }),
        ...Array.from({ length: 8 }, (_, i) => unit(`b${i}`, "dgos", { name: `Bureau ${i} de l'offre de soins`, missions: described(`Suit l'offre de soins de la DGOS, volet ${i}`) })),
        unit("rares", "dgos", { name: "Bureau des maladies rares", missions: described("Pilote la politique des maladies rares et de l'offre de soins") }),
      ]),
      version("2024", [
        unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS", missions: described("Pilote l'offre de soins") }),
        ...Array.from({ length: 8 }, (_, i) => unit(`c${i}`, "dgos", { name: `Bureau ${i} de l'offre de soins`, missions: described(`Organise l'offre de soins de la DGOS, axe ${i}`) })),
        unit("pole", "dgos", { name: "Pôle recherche", missions: described("Pilote la prise en charge des patients atteints de maladies rares") }),
      ]),
    ],
    [],
  );
  const index = createSearchIndex(ds);

  it("ranks rare words first and leaves out words every unit shares (« offre de soins », « DGOS »)", () => {
    const terms = keyTerms(index, "Pilote la politique des maladies rares et de l'offre de soins pour la DGOS").map((k) => k.word);
    expect(terms).toEqual(expect.arrayContaining(["maladies", "rares"]));
    expect(terms).not.toContain("offre");
    expect(terms).not.toContain("soins");
    expect(terms).not.toContain("DGOS");
  });

  it("suggests the unit sharing the rare words, not every unit sharing the common ones", () => {
    const trace = traceMission(ds, index, "2010", "rares", "Pilote la politique des maladies rares et de l'offre de soins");
    expect(trace.filter((t) => t.version === "2024").map((t) => t.unitId)).toEqual(["pole"]);
  });

  it("suggests nothing when a mission shares only common words", () => {
    const trace = traceMission(ds, index, "2010", "b1", "Suit l'offre de soins de la DGOS");
    expect(trace.filter((t) => t.via === "text")).toEqual([]);
  });
});
