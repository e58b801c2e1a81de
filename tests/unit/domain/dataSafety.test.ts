// The rules that refuse misleading data: lineage coverage, bidirectional control characters,
// addresses other than https:/http:.
import { describe, expect, it } from "vitest";
import { findBidiControl } from "../../../src/domain/textSafety.ts";
import { errorLines, makeDataset, makeSourceRef, toFiles, unitOf, versionOf } from "./fixtures.ts";

describe("validateDataset lineage coverage", () => {
  it("validateDataset reports a unit without a link to the next version, and one without a link from the previous", () => {
    const dataset = makeDataset();
    dataset.lineage.links = dataset.lineage.links.filter((l) => !(l.from?.unit === "r1" && l.from.version === "2016"));
    expect(errorLines(toFiles(dataset))).toEqual([
      'data/lineage.json: links: unit "r1" of version 2016 has no link to version 2024: add one, or a "no-successor" link',
      'data/lineage.json: links: unit "pf" of version 2024 has no link from version 2016: add one, or a "created" link',
    ]);
  });

  it("validateDataset accepts a no-successor link and a created link as the coverage of a unit", () => {
    const dataset = makeDataset();
    dataset.lineage.links = dataset.lineage.links.filter((l) => !(l.from?.unit === "r1" && l.from.version === "2016"));
    const reason = "La source ne dit rien";
    dataset.lineage.links.push(
      { from: { version: "2016", unit: "r1" }, to: null, type: "no-successor", confidence: "judgement", reason, sources: [makeSourceRef()] },
      { from: null, to: { version: "2024", unit: "pf" }, type: "created", confidence: "judgement", reason, sources: [makeSourceRef()] },
    );
    expect(errorLines(toFiles(dataset))).toEqual([]);
  });

  it("validateDataset reports a link that skips a version", () => {
    const dataset = makeDataset();
    const link = dataset.lineage.links[0];
    if (link?.to) link.to = { version: "2024", unit: "dgos" };
    expect(errorLines(toFiles(dataset))).toContain("data/lineage.json: links[0].to.version: skips version 2016: a link joins a version to the next one");
  });

  it("validateDataset does not check coverage while other errors remain", () => {
    const dataset = makeDataset();
    dataset.lineage.links = [];
    unitOf(dataset, "2010", "r1").parent = "nope";
    expect(errorLines(toFiles(dataset))).toEqual(['data/2010.json: units[2].parent: "nope" is not a unit of version 2010']);
  });
});

describe("validateDataset bidirectional control characters", () => {
  it.each([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])("validateDataset refuses U+%s in a text, at its JSON path", (code) => {
    const dataset = makeDataset();
    unitOf(dataset, "2016", "r1").name = `Bureau ${String.fromCharCode(code)}R1`;
    const lines = errorLines(toFiles(dataset));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^data/2016\\.json: units\\[2\\]\\.name: contains the bidirectional control character U\\+${code.toString(16).toUpperCase()} \\(`));
  });

  it("validateDataset refuses them in any field, keys included, even ones the schema does not know", () => {
    const dataset = makeDataset();
    versionOf(dataset, "2010").gaps = ["ok", "abc\u2067def"];
    (dataset.glossary as unknown as Record<string, unknown>)["x\u202e"] = 1;
    const lines = errorLines(toFiles(dataset));
    expect(lines).toContain("data/2010.json: gaps[1]: contains the bidirectional control character U+2067 (RIGHT-TO-LEFT ISOLATE) at character 4: remove it (it changes the order text is displayed in)");
    expect(lines).toContain('data/glossary.json: (root): the key "x\u202e" contains the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 2');
  });

  it("findBidiControl lets ordinary French text, marks and other invisible characters through", () => {
    expect(findBidiControl("Sous-direction « R1 » – l’offre\u00a0de soins\u200e")).toBeNull();
  });
});

describe("validateDataset source addresses", () => {
  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/a", "file:///etc/passwd"])(
    "validateDataset refuses the address %s",
    (url) => {
      const dataset = makeDataset();
      const doc = dataset.sources.documents[1];
      if (doc) doc.url = url;
      expect(errorLines(toFiles(dataset))).toEqual([`data/sources.json: documents[1].url: ${JSON.stringify(url)} is not a valid https: or http: URL`]);
    },
  );

  it("validateDataset accepts https: and http: addresses", () => {
    for (const url of ["https://sante.gouv.fr/a?b=c#d", "http://example.org"]) {
      const dataset = makeDataset();
      const doc = dataset.sources.documents[1];
      if (doc) doc.url = url;
      expect(errorLines(toFiles(dataset))).toEqual([]);
    }
  });
});
