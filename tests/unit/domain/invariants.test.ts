import { describe, expect, it } from "vitest";
import { errorLines, makeDataset, makeSourceRef, makeUnit, toFiles, unitOf, versionOf } from "./fixtures.ts";

describe("validateDataset unit tree invariants", () => {
  it("validateDataset reports a unit id used twice in a version, naming the other occurrence", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2010").units.push(makeUnit({ id: "r1", parent: "sdr" }));
    expect(errorLines(toFiles(dataset))).toEqual(['data/2010.json: units[3].id: "r1" is used twice in version 2010 (also units[2])']);
  });

  it("validateDataset reports a unit id used three times once, naming every other occurrence", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2010").units.push(makeUnit({ id: "sdr", parent: "dgos" }), makeUnit({ id: "sdr", parent: "dgos" }));
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/2010.json: units[3].id: "sdr" is used 3 times in version 2010 (also units[1], units[4])',
    ]);
  });

  it("validateDataset reports a version without a root unit", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2016", "dgos").parent = "r1";
    expect(errorLines(toFiles(dataset))).toEqual([
      "data/2016.json: units: version 2016 has no root unit (a unit whose parent is null)",
      "data/2016.json: units[0].parent: the parent chain loops: dgos → r1 → sdr → dgos",
    ]);
  });

  it("validateDataset reports a version with several roots, naming them", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2016", "sdr").parent = null;
    expect(errorLines(toFiles(dataset))).toEqual([
      "data/2016.json: units: version 2016 has 2 root units, exactly one is allowed: dgos (units[0]), sdr (units[1])",
    ]);
  });

  it("validateDataset reports a parent that is not a unit of the version with file and JSON path", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2016", "r1").parent = "pf9";
    expect(errorLines(toFiles(dataset))).toEqual(['data/2016.json: units[2].parent: "pf9" is not a unit of version 2016']);
  });

  it("validateDataset reports a parent cycle beside the root, naming the cycle", () => {
    const dataset = makeDataset();
    const units = versionOf(dataset, "2010").units;
    units.push(makeUnit({ id: "x1", parent: "x2" }), makeUnit({ id: "x2", parent: "x1" }), makeUnit({ id: "x3", parent: "x2" }));
    expect(errorLines(toFiles(dataset))).toEqual(["data/2010.json: units[3].parent: the parent chain loops: x1 → x2 → x1"]);
  });

  it("validateDataset reports a unit that is its own parent", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2010", "r1").parent = "r1";
    expect(errorLines(toFiles(dataset))).toEqual(["data/2010.json: units[2].parent: the parent chain loops: r1 → r1"]);
  });

  it("validateDataset reports all the invariant errors of a file at once", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2024", "pf").parent = "nowhere";
    unitOf(dataset, "2024", "cel").parent = null;
    expect(errorLines(toFiles(dataset))).toEqual([
      "data/2024.json: units: version 2024 has 2 root units, exactly one is allowed: dgos (units[0]), cel (units[2])",
      'data/2024.json: units[1].parent: "nowhere" is not a unit of version 2024',
    ]);
  });
});

describe("validateDataset version id invariants", () => {
  it("validateDataset reports a version whose id does not match its file name", () => {
    const files = toFiles(makeDataset());
    files["data/2015.json"] = files["data/2016.json"];
    delete files["data/2016.json"];
    expect(errorLines(files)).toContain('data/2015.json: id: "2016" does not match the file name (expected "2015")');
  });

  it("validateDataset reports a version id used by two files", () => {
    const files = toFiles(makeDataset());
    files["data/2016-bis.json"] = structuredClone(files["data/2016.json"]);
    expect(errorLines(files)).toEqual([
      'data/2016-bis.json: id: "2016" does not match the file name (expected "2016-bis")',
      'data/2016.json: id: "2016" is also the id of data/2016-bis.json',
    ]);
  });
});

describe("validateDataset lineage invariants", () => {
  it("validateDataset reports a lineage endpoint in an unknown version or unit", () => {
    const dataset = makeDataset();
    const [first, second] = dataset.lineage.links;
    if (first?.to && second?.from) {
      first.to.version = "2030";
      second.from.unit = "sdx";
    }
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/lineage.json: links[0].to.version: "2030" is not a version (known: 2010, 2016, 2024)',
      'data/lineage.json: links[1].from.unit: "sdx" is not a unit of version 2010',
    ]);
  });

  it("validateDataset reports a null from or to on a link type that needs a unit", () => {
    const dataset = makeDataset();
    const [first, second] = dataset.lineage.links;
    if (first && second) {
      first.from = null;
      second.to = null;
    }
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/lineage.json: links[0].from: is null, which only a "created" link may be (type is "continues")',
      'data/lineage.json: links[1].to: is null, which only a "no-successor" link may be (type is "continues")',
    ]);
  });

  it("validateDataset reports a created link with an earlier unit and a no-successor link with a later one", () => {
    const dataset = makeDataset();
    const links = dataset.lineage.links;
    const created = links.find((l) => l.type === "created");
    const ended = links.find((l) => l.type === "no-successor");
    if (created && ended) {
      created.from = { version: "2016", unit: "r1" };
      ended.to = { version: "2024", unit: "pf" };
    }
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/lineage.json: links[4].to: must be null for a "no-successor" link',
      'data/lineage.json: links[6].from: must be null for a "created" link (a created unit has no earlier unit)',
    ]);
  });

  it("validateDataset reports a link that goes back in time or stays in one version", () => {
    const dataset = makeDataset();
    const [first, second] = dataset.lineage.links;
    if (first && second) {
      first.from = { version: "2016", unit: "dgos" };
      first.to = { version: "2010", unit: "dgos" };
      second.to = { version: "2010", unit: "r1" };
    }
    expect(errorLines(toFiles(dataset))).toEqual([
      "data/lineage.json: links[0].to.version: version 2010 is not later than the from version 2016",
      "data/lineage.json: links[1].to.version: version 2010 is not later than the from version 2010",
    ]);
  });

  it("validateDataset does not blame lineage links into a version file that is itself invalid", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2016").label = "";
    expect(errorLines(toFiles(dataset))).toEqual(["data/2016.json: label: must not be empty"]);
  });
});

describe("validateDataset source invariants", () => {
  it("validateDataset reports a version source that is not in data/sources.json", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2010").sources.push("999_missing.txt");
    expect(errorLines(toFiles(dataset))).toEqual(['data/2010.json: sources[1]: "999_missing.txt" is not a document of data/sources.json']);
  });

  it("validateDataset reports a cited source file that is not in data/sources.json, anywhere in any file", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2016", "sdr").sources.push(makeSourceRef("x.txt"));
    versionOf(dataset, "2016").effectiveDate.source.file = "y.txt";
    const link = dataset.lineage.links[2];
    if (link) link.sources = [makeSourceRef("z.txt")];
    const entry = dataset.glossary.entries[1];
    if (entry) entry.source.file = "w.txt";
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/2016.json: effectiveDate.source.file: "y.txt" is not a document of data/sources.json',
      'data/2016.json: units[1].sources[1].file: "x.txt" is not a document of data/sources.json',
      'data/glossary.json: entries[1].source.file: "w.txt" is not a document of data/sources.json',
      'data/lineage.json: links[2].sources[0].file: "z.txt" is not a document of data/sources.json',
    ]);
  });

  it("validateDataset reports a document listed twice in data/sources.json", () => {
    const dataset = makeDataset();
    const [doc] = dataset.sources.documents;
    if (doc) dataset.sources.documents.push({ ...doc });
    expect(errorLines(toFiles(dataset))).toEqual(['data/sources.json: documents[2].file: "000_a.txt" is listed twice']);
  });
});

describe("validateDataset acronym invariant", () => {
  it("validateDataset reports an acronym missing from the glossary at its first use, with the use count", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2024", "pf").name = "Pôle HAS";
    unitOf(dataset, "2024", "cel").shortName = "HAS";
    versionOf(dataset, "2024").themes.push({ title: "Qualité", items: ["Lien avec la HAS et l'ATIH"], source: makeSourceRef() });
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/2024.json: units[1].name: acronym "HAS" is not in data/glossary.json (used 3 times in this file)',
      'data/2024.json: themes[1].items[0]: acronym "ATIH" is not in data/glossary.json',
    ]);
  });

  it("validateDataset checks acronyms of unit missions, body names and roles, and theme titles", () => {
    const dataset = makeDataset();
    const v = versionOf(dataset, "2010");
    unitOf(dataset, "2010", "r1").missions = { status: "described", items: ["Tarifs T2A"] };
    v.bodies.push({ name: "Caisse CNAM", category: "partenaire", role: "Financeur (ONDAM)", source: makeSourceRef() });
    v.themes.push({ title: "Le PMSI", items: ["x"], source: makeSourceRef() });
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/2010.json: units[2].missions.items[0]: acronym "T2A" is not in data/glossary.json',
      'data/2010.json: bodies[0].name: acronym "CNAM" is not in data/glossary.json',
      'data/2010.json: bodies[0].role: acronym "ONDAM" is not in data/glossary.json',
      'data/2010.json: themes[0].title: acronym "PMSI" is not in data/glossary.json',
    ]);
  });

  it("validateDataset accepts unit codes of any version, roman numerals and titles in capitals without glossary entries", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2010", "r1").code = "RH2S";
    unitOf(dataset, "2024", "pf").name = "Pôle RH2S, héritier du titre IV";
    versionOf(dataset, "2016").themes.push({ title: "QUALITÉ ET SÉCURITÉ DES SOINS", items: ["Bureaux R1 et RH2S"], source: makeSourceRef() });
    expect(errorLines(toFiles(dataset))).toEqual([]);
  });
});
