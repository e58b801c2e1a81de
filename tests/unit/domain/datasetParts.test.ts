import { describe, expect, it } from "vitest";
import { datasetFiles } from "../../../src/domain/assembleDataset.ts";
import { applyDetails, assembleStructure, isStructureFile, PENDING_MISSIONS, readDetails, splitDataset } from "../../../src/domain/datasetParts.ts";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import type { Unit } from "../../../src/domain/schema.ts";
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
    const drawn = assembleStructure(structure, "big.json");
    for (const [v, version] of dataset.versions.entries()) {
      const fields = (u: Unit) => ({ id: u.id, parent: u.parent, kind: u.kind, name: u.name, shortName: u.shortName, code: u.code });
      expect(drawn.versions[v]!.units.map(fields)).toEqual(version.units.map(fields));
      const units = structure.versions[v]!.units;
      expect(units.parent.map((p) => (p === -1 ? null : version.units[p]!.id))).toEqual(version.units.map((u) => u.parent));
      expect(units.name).toEqual(version.units.map((u) => u.name));
    }
    expect(JSON.stringify(structure)).not.toContain("Coordonne la régulation régionale");
    expect(structure.details).toBe("big.details.jsonl");
  });

  it("writes a code that starts like its parent's as the length of that start and the rest, whatever the units' order", () => {
    const dataset = makeDataset();
    const units = dataset.versions[0]!.units;
    const root = units.find((u) => u.parent === null)!;
    const [first, ...rest] = units.filter((u) => u !== root);
    // Children before the parent, a child whose id extends its parent's, codes with and without a common start.
    units.splice(0, units.length, ...rest, { ...first!, id: `${root.id}-sub`, code: "R1bis", parent: root.id }, { ...first!, id: `${root.id}-sub-x`, parent: `${root.id}-sub`, code: "R1bis-x" }, root);
    for (const u of units) if (u.parent === first!.id) u.parent = `${root.id}-sub`;
    const structure = roundTrip(splitDataset(dataset, "d").structure);
    const packed = structure.versions[0]!.units;
    expect(packed.id).toContain(`${root.id}-sub-x`);
    expect(packed.code).toContain("-x");
    const fields = (u: Unit) => ({ id: u.id, parent: u.parent, kind: u.kind, name: u.name, shortName: u.shortName, code: u.code });
    expect(assembleStructure(structure, "d").versions[0]!.units.map(fields)).toEqual(units.map(fields));
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
    const kind = parts().structure;
    kind.versions[0]!.units.kind[1] = 40;
    expect(() => assembleStructure(kind, "big.json")).toThrow(/^big\.json: versions\[0\]\.units\.kind\[1\]: 40 is not an index in kinds$/);
    const shared = parts().structure;
    shared.versions[0]!.units.codeShared[0] = 3;
    expect(() => assembleStructure(shared, "big.json")).toThrow(/^big\.json: versions\[0\]\.units\.codeShared\[0\]: 3 is not a length of the parent's value$/);
  });
});
