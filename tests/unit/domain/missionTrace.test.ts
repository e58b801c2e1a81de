import { describe, expect, it } from "vitest";
import { keyTerms, traceMission } from "../../../src/domain/missionTrace.ts";
import { createSearchIndex } from "../../../src/domain/searchIndex.ts";
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

describe("keyTerms", () => {
  it("keeps the longest distinctive words and drops stopwords", () => {
    expect(keyTerms("coordonne le PLFSS et les campagnes budgétaires")).toEqual(["budgetair", "coordonn", "campagn", "plfss"]);
  });
});
