// Checks of the real data/ files: they validate, and a few facts the sources state hold.
// Counts are computed from the data, never copied from it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError } from "../../../src/domain/dataErrors.ts";
import type { Dataset, Version } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const result = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));

function dataset(): Dataset {
  if (!result.ok) throw new Error(`data/ is invalid:\n${result.errors.map(formatDataError).join("\n")}`);
  return result.dataset;
}

function version(id: string): Version {
  const found = dataset().versions.find((v) => v.id === id);
  if (!found) throw new Error(`data/ has no version ${id}`);
  return found;
}

const codesMatching = (v: Version, pattern: RegExp) =>
  v.units.flatMap((u) => (u.kind === "bureau" && u.code && pattern.test(u.code) ? [u.code] : [])).sort();

describe("the real data files", () => {
  it("the data/ files pass validateDataset", () => {
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
  });

  it("the versions are 2010, 2016 and 2024, in that order", () => {
    expect(dataset().versions.map((v) => v.id)).toEqual(["2010", "2016", "2024"]);
  });

  it("2016 has 21 bureaux under 4 sous-directions", () => {
    const v = version("2016");
    const kindOf = new Map(v.units.map((u) => [u.id, u.kind]));
    const bureaux = v.units.filter((u) => u.kind === "bureau");
    const parents = new Set(bureaux.map((u) => u.parent));
    expect(bureaux).toHaveLength(21);
    expect([...parents].map((p) => (p === null ? null : kindOf.get(p)))).toEqual(Array(parents.size).fill("sous-direction"));
    expect(parents.size).toBe(4);
  });

  it("every 2016 bureau says its missions are not described", () => {
    const described = version("2016").units.filter((u) => u.kind === "bureau" && u.missions.status !== "not-described");
    expect(described.map((u) => u.id)).toEqual([]);
  });

  it("2024 has no bureau", () => {
    expect(version("2024").units.filter((u) => u.kind === "bureau").map((u) => u.id)).toEqual([]);
  });

  it("2010 lists R1–R5, PF1–PF4, RH1–RH4 bureaux", () => {
    const v = version("2010");
    expect(codesMatching(v, /^R\d+$/)).toEqual(["R1", "R2", "R3", "R4", "R5"]);
    expect(codesMatching(v, /^PF\d+$/)).toEqual(["PF1", "PF2", "PF3", "PF4"]);
    expect(codesMatching(v, /^RH\d+$/)).toEqual(["RH1", "RH2", "RH3", "RH4"]);
  });

  it("every 2010 and 2016 unit has an outgoing lineage link", () => {
    const outgoing = new Set(dataset().lineage.links.flatMap((l) => (l.from ? [`${l.from.version}/${l.from.unit}`] : [])));
    const orphans = ["2010", "2016"].flatMap((id) => version(id).units.map((u) => `${id}/${u.id}`)).filter((key) => !outgoing.has(key));
    expect(orphans).toEqual([]);
  });

  it("every unit cites at least one existing source file", () => {
    const documents = new Set(dataset().sources.documents.map((d) => d.file));
    const bad = dataset().versions.flatMap((v) =>
      v.units.filter((u) => u.sources.length === 0 || u.sources.some((s) => !documents.has(s.file))).map((u) => `${v.id}/${u.id}`),
    );
    expect(bad).toEqual([]);
  });
});
