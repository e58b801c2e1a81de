import { describe, expect, it } from "vitest";
import { parseJsonText } from "../../../src/domain/parseJsonStrict.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { errorLines, makeDataset, makeFiles, toFiles, unitOf, versionOf } from "./fixtures.ts";

/** Sets `key` of a unit of the fixture (bypassing types, to write invalid data). */
function setUnitKey(versionId: string, unitId: string, key: string, value: unknown) {
  const dataset = makeDataset();
  (unitOf(dataset, versionId, unitId) as unknown as Record<string, unknown>)[key] = value;
  return toFiles(dataset);
}

describe("validateDataset schema checks", () => {
  it("validateDataset accepts a minimal valid dataset and returns its versions in date order", () => {
    const dataset = makeDataset();
    const files = toFiles({ ...dataset, versions: [...dataset.versions].reverse() });
    const result = validateDataset(files);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.versions.map((v) => v.id)).toEqual(["2010", "2016", "2024"]);
    expect(result.dataset.lineage.links).toHaveLength(7);
    expect(result.dataset.glossary.entries.map((e) => e.acronym)).toEqual(["DGOS", "ARS"]);
  });

  it("validateDataset orders versions with the same effective date by id", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2016").effectiveDate.value = "2010";
    const result = validateDataset(toFiles(dataset));
    expect(result.ok && result.dataset.versions.map((v) => v.id)).toEqual(["2010", "2016", "2024"]);
  });

  it("validateDataset accepts a $schema key in every data file", () => {
    const dataset = makeDataset();
    dataset.sources.$schema = "./schema/sources.schema.json";
    dataset.glossary.$schema = "./schema/glossary.schema.json";
    dataset.lineage.$schema = "./schema/lineage.schema.json";
    versionOf(dataset, "2010").$schema = "./schema/version.schema.json";
    expect(errorLines(toFiles(dataset))).toEqual([]);
  });

  it("validateDataset reports an unknown key with its file and the path of its object", () => {
    expect(errorLines(setUnitKey("2016", "r1", "nmae", "x"))).toEqual(['data/2016.json: units[2]: unknown key "nmae"']);
  });

  it("validateDataset reports a wrong enum value with the allowed values", () => {
    expect(errorLines(setUnitKey("2010", "sdr", "kind", "sous-directon"))).toEqual([
      'data/2010.json: units[1].kind: "sous-directon" is not one of: direction, service, cabinet, conseil, departement, sous-direction, pole, mission, cellule, unite, bureau',
    ]);
  });

  it("validateDataset reports a wrong missions status with the allowed statuses", () => {
    expect(errorLines(setUnitKey("2010", "r1", "missions", { status: "unknown" }))).toEqual([
      'data/2010.json: units[2].missions.status: "unknown" is not one of: described, not-described',
    ]);
  });

  it("validateDataset reports a missing field with its path and expected type", () => {
    const dataset = makeDataset();
    delete (unitOf(dataset, "2016", "r1").sources[0] as Partial<{ passage: string }>).passage;
    expect(errorLines(toFiles(dataset))).toEqual(["data/2016.json: units[2].sources[0].passage: is missing (expected a string)"]);
  });

  it("validateDataset reports a value of the wrong type with the value it got", () => {
    expect(errorLines(setUnitKey("2010", "r1", "parent", 3))).toEqual(["data/2010.json: units[2].parent: expected a string, got 3"]);
  });

  it("validateDataset reports an empty string, an empty list and a malformed id in plain words", () => {
    const dataset = makeDataset();
    const unit = unitOf(dataset, "2010", "r1");
    unit.name = "";
    unit.sources = [];
    unit.id = "R1";
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/2010.json: units[2].id: "R1" must be lower-case letters, digits and dashes (e.g. r1, pf-msios)',
      "data/2010.json: units[2].name: must not be empty",
      "data/2010.json: units[2].sources: must have at least 1 item",
    ]);
  });

  it("validateDataset reports a non-positive or fractional headcount", () => {
    const dataset = makeDataset();
    const source = { file: "000_a.txt", passage: "p" };
    versionOf(dataset, "2010").headcounts = [
      { value: 0, approximate: false, date: null, source },
      { value: 2.5, approximate: true, date: "2010", source },
    ];
    expect(errorLines(toFiles(dataset))).toEqual([
      "data/2010.json: headcounts[0].value: must be greater than 0 (got 0)",
      "data/2010.json: headcounts[1].value: expected an integer, got 2.5",
    ]);
  });

  it("validateDataset reports a malformed date and URL", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2016").effectiveDate.value = "mars 2016";
    const doc = dataset.sources.documents[1];
    if (doc) doc.url = "example.org";
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/2016.json: effectiveDate.value: "mars 2016" must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
      'data/sources.json: documents[1].url: "example.org" is not a valid https: or http: URL',
    ]);
  });

  it("validateDataset reports a file that is not an object at its root", () => {
    expect(errorLines({ ...makeFiles(), "data/glossary.json": [] })).toEqual(["data/glossary.json: (root): expected an object, got an array"]);
  });

  it("validateDataset reports invalid JSON syntax with the file name", () => {
    const files = { ...makeFiles(), "data/2016.json": parseJsonText('{\n  "id": "2016",\n}', "data/2016.json") };
    expect(errorLines(files)).toEqual(['data/2016.json:3:1: id: trailing comma before "}": remove the last ","']);
  });

  it("validateDataset reports all the schema errors of a file at once", () => {
    const dataset = makeDataset();
    (unitOf(dataset, "2016", "dgos") as unknown as Record<string, unknown>).colour = "red";
    (unitOf(dataset, "2016", "r1") as unknown as Record<string, unknown>).kind = "office";
    const lines = errorLines(toFiles(dataset));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('data/2016.json: units[0]: unknown key "colour"');
    expect(lines[1]).toMatch(/^data\/2016\.json: units\[2\]\.kind: "office" is not one of: /);
  });

  it("validateDataset reports errors of several files, grouped by file", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2016", "r1").name = "";
    unitOf(dataset, "2010", "r1").name = "";
    expect(errorLines(toFiles(dataset))).toEqual([
      "data/2010.json: units[2].name: must not be empty",
      "data/2016.json: units[2].name: must not be empty",
    ]);
  });

  it("validateDataset reports a missing sources, glossary or lineage file", () => {
    const files = makeFiles();
    delete files["data/glossary.json"];
    delete files["data/lineage.json"];
    expect(errorLines(files)).toEqual(["data/glossary.json: (root): file is missing", "data/lineage.json: (root): file is missing"]);
  });

  it("validateDataset reports a data/ folder without any version file", () => {
    const files = makeFiles();
    for (const key of ["data/2010.json", "data/2016.json", "data/2024.json"]) delete files[key];
    expect(errorLines(files)).toContain("data/: (root): no version file (data/<version id>.json)");
  });

  it("validateDataset ignores files outside the top level of data/", () => {
    const files = { ...makeFiles(), "data/schema/version.schema.json": { type: "object" }, "package.json": {} };
    expect(errorLines(files)).toEqual([]);
  });

  it("validateDataset never throws, whatever the input", () => {
    for (const value of [null, 3, "x", [], { units: null }, { units: [null] }]) {
      expect(() => validateDataset({ ...makeFiles(), "data/2010.json": value, "data/lineage.json": value })).not.toThrow();
      expect(validateDataset({ ...makeFiles(), "data/2010.json": value }).ok).toBe(false);
    }
  });
});

describe("validateDataset body attachments and new optional fields", () => {
  it("validateDataset reports a body attached to a unit that is not in its version", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2024").bodies[0]!.attachedTo = [{ unit: "nulle-part", source: { file: "a.txt", passage: "p" } }];
    const lines = errorLines(toFiles(dataset));
    expect(lines.some((l) => l.includes('data/2024.json: bodies[0].attachedTo[0].unit: unit "nulle-part" is not in version 2024'))).toBe(true);
  });

  it("validateDataset accepts values, statements and a body attached to a unit of its version", () => {
    const dataset = makeDataset();
    const v = versionOf(dataset, "2024");
    const source = v.bodies[0]!.source;
    v.bodies[0]!.attachedTo = [{ unit: "dgos", source }];
    v.values = [{ name: "Dialogue", description: "L'attention aux autres", source }];
    v.statements = [{ topic: "role", text: "La DGOS pilote", source }];
    expect(errorLines(toFiles(dataset))).toEqual([]);
  });

  it("validateDataset checks the acronyms of values and statements against the glossary", () => {
    const dataset = makeDataset();
    const v = versionOf(dataset, "2024");
    v.statements = [{ topic: "purpose", text: "Avec la CNAM", source: v.bodies[0]!.source }];
    expect(errorLines(toFiles(dataset)).some((l) => l.includes('acronym "CNAM" is not in data/glossary.json'))).toBe(true);
  });
});
