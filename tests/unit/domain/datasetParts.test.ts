import { describe, expect, it } from "vitest";
import { datasetFiles } from "../../../src/domain/assembleDataset.ts";
import { applyDetails, assembleStructure, isStructureFile, PENDING_MISSIONS, readDetails, splitDataset } from "../../../src/domain/datasetParts.ts";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { makeDataset, makeSourceRef, unitOf } from "./fixtures.ts";

// The parts as they travel: written to JSON and read back.
const roundTrip = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function parts() {
  const dataset = makeDataset();
  unitOf(dataset, "2010", "r1").missions = { status: "described", items: ["Coordonne la régulation régionale"] };
  unitOf(dataset, "2010", "r1").note = "Une note";
  unitOf(dataset, "2016", "r1").attachment = { basis: "chart-layout", note: "Placé sous la sous-direction" };
  unitOf(dataset, "2016", "r1").context = [{ text: "Créé en 2015", source: makeSourceRef() }];
  const { structure, details } = splitDataset(dataset, "big.details.jsonl");
  return { dataset, structure: roundTrip(structure), details };
}

describe("a dataset published in two parts", () => {
  it("is recognised by its structure file's format, and a one-file dataset is not", () => {
    const { dataset, structure } = parts();
    expect(isStructureFile(structure)).toBe(true);
    expect(isStructureFile(datasetFiles(dataset))).toBe(false);
    expect(isStructureFile(null)).toBe(false);
  });

  it("keeps in the structure only what the chart draws: ids, names, kinds, parents, codes and short names, in columns", () => {
    const { dataset, structure } = parts();
    const units = structure.versions[0]!.units;
    const source = dataset.versions[0]!.units;
    expect(units.id).toEqual(source.map((u) => u.id));
    expect(units.parent.map((p) => (p === -1 ? null : units.id[p]))).toEqual(source.map((u) => u.parent));
    expect(units.name).toEqual(source.map((u) => u.name));
    expect(JSON.stringify(structure)).not.toContain("Coordonne la régulation régionale");
    expect(structure.details).toBe("big.details.jsonl");
  });

  it("draws from the structure alone: every unit is there, its missions pending and the dataset marked so", () => {
    const { dataset, structure } = parts();
    const drawn = assembleStructure(structure, "big.json");
    expect(drawn.detailsPending).toBe(true);
    expect(drawn.versions.map((v) => v.id)).toEqual(dataset.versions.map((v) => v.id));
    const r1 = drawn.versions[0]!.units.find((u) => u.id === "r1")!;
    expect(r1).toMatchObject({ id: "r1", code: "R1", name: "Bureau R1", parent: "sdr", kind: "bureau", missions: PENDING_MISSIONS, sources: [] });
    expect(drawn.versions[0]!.label).toBe(dataset.versions[0]!.label);
  });

  it("gives back, once the details are applied, the very dataset that was split, and it still validates", () => {
    const { dataset, structure, details } = parts();
    const complete = applyDetails(assembleStructure(structure, "big.json"), details, structure.key, "big.details.jsonl");
    expect(complete.detailsPending).toBeUndefined();
    expect(complete).toEqual(dataset);
    const checked = validateDataset(datasetFiles(complete));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });

  it("fills in the details on the same unit objects, so indexes built on the structure stay valid", () => {
    const { structure, details } = parts();
    const drawn = assembleStructure(structure, "big.json");
    const index = indexVersions(drawn).get("2010")!;
    applyDetails(drawn, details, structure.key, "big.details.jsonl");
    expect(index.byId.get("r1")?.missions).toEqual({ status: "described", items: ["Coordonne la régulation régionale"] });
  });

  it("reads the details a line at a time, a header then lines of units, each line parsed on its own", () => {
    const { dataset, structure, details } = parts();
    const lines = details.split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "organigramme-details/1", key: structure.key });
    const drawn = assembleStructure(structure, "big.json");
    const reader = readDetails(drawn, structure.key, "big.details.jsonl");
    for (const line of lines) reader.line(line);
    expect(reader.finish()).toEqual(dataset);
    // Two units a line: every version spans several lines, read in order.
    const small = splitDataset(dataset, "d", 2).details;
    expect(small.split("\n").length).toBeGreaterThan(dataset.versions.length + 1);
    expect(applyDetails(assembleStructure(structure, "big.json"), small, structure.key, "d")).toEqual(dataset);
  });

  it("refuses details written for another structure, naming the details file and line", () => {
    const { structure } = parts();
    const other = makeDataset();
    other.versions[0]!.units.pop();
    const { details } = splitDataset(other, "big.details.jsonl");
    expect(() => applyDetails(assembleStructure(structure, "big.json"), details, structure.key, "big.details.jsonl")).toThrow(/^big\.details\.jsonl:1:1: key: /);
    const wrongFormat = details.replace('"format":"organigramme-details/1"', '"format":"x"');
    expect(() => applyDetails(assembleStructure(structure, "big.json"), wrongFormat, structure.key, "big.details.jsonl")).toThrow(/^big\.details\.jsonl:1:1: format: /);
  });

  it("refuses details that stop short of a version's units, or a line that is not JSON, with the file, line and path", () => {
    const { structure, details } = parts();
    const lines = details.split("\n");
    expect(() => applyDetails(assembleStructure(structure, "big.json"), lines.slice(0, -1).join("\n"), structure.key, "big.details.jsonl")).toThrow(
      /^big\.details\.jsonl: units\["2024"\]: details of 0 units, the structure has \d+$/,
    );
    lines[2] = lines[2]!.slice(0, -1);
    expect(() => applyDetails(assembleStructure(structure, "big.json"), lines.join("\n"), structure.key, "big.details.jsonl")).toThrow(/^big\.details\.jsonl:3:1: \(root\): /);
  });

  it("refuses a structure whose columns disagree or whose parent is not a unit, with the file and JSON path", () => {
    const short = parts().structure;
    short.versions[1]!.units.name.pop();
    expect(() => assembleStructure(short, "big.json")).toThrow(/^big\.json: versions\[1\]\.units\.name: \d+ values for \d+ units$/);
    const stray = parts().structure;
    stray.versions[0]!.units.parent[2] = 99;
    expect(() => assembleStructure(stray, "big.json")).toThrow(/^big\.json: versions\[0\]\.units\.parent\[2\]: 99 is not the index of another unit$/);
  });
});
