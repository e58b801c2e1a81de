// The facts the « Découvrir » page and the glossary show are the sources' own words.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const result = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
const dataset = (): Dataset => {
  if (!result.ok) throw new Error("data/ is invalid");
  return result.dataset;
};
const SOURCES = join(import.meta.dirname, "../../../../shared/sources");
// The source documents live beside the repository (../shared/sources), not in it: a clone without
// them (a CI runner elsewhere) skips these checks and says so.
const HAVE_SOURCES = existsSync(SOURCES);
if (!HAVE_SOURCES) console.warn(`discoverData: ${SOURCES} absent, source-text checks skipped`);
/** Conversion artefacts out: curly apostrophes, bold markers, words cut at line ends, spacing. */
const clean = (s: string) =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/\*\*/g, "")
    .replace(/-\s*\n\s*/g, "")
    .replace(/\s+/g, " ")
    .trim();
/** Letters only, lower case, no accents: « Médecine, chirurgie » and « MÉDECINE CHIRURGIE » compare equal. */
const letters = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
const sourceText = (file: string) => clean(readFileSync(join(SOURCES, file), "utf8"));

describe.skipIf(!HAVE_SOURCES)("statements and values of the real data", () => {
  it("every statement's text is written as such in its source file", () => {
    const statements = dataset().versions.flatMap((v) => v.statements ?? []);
    expect(statements.length).toBeGreaterThanOrEqual(7);
    for (const s of statements) expect(sourceText(s.source.file), s.text).toContain(clean(s.text));
  });

  it("the 2024 values are dialogue, engagement and anticipation, each described in 003's words", () => {
    const v2024 = dataset().versions.find((v) => v.id === "2024")!;
    expect(v2024.values?.map((v) => v.name)).toEqual(["Dialogue", "Engagement", "Anticipation"]);
    for (const value of v2024.values ?? []) expect(sourceText(value.source.file)).toContain(clean(value.description));
  });

  it("the 2024 operators carry their full name and the unit in charge of their tutelle", () => {
    const v2024 = dataset().versions.find((v) => v.id === "2024")!;
    const operators = v2024.bodies.filter((b) => b.category === "operateur");
    expect(operators.map((b) => b.acronym)).toEqual(["ANAP", "ATIH", "CNG", "ANDPC"]);
    for (const b of operators) {
      expect(b.name).not.toBe(b.acronym);
      expect(b.nameSource).toBeDefined();
      expect(b.attachedTo?.map((a) => a.unit)).toEqual(["appui-pilotages"]);
    }
    expect(v2024.bodies.map((b) => b.acronym)).toEqual(expect.arrayContaining(["ARS", "CNAM", "DREES", "DSS", "DGCS"]));
  });

  it("a glossary expansion not written next to its acronym in a source file is marked inferred or cites a named public text", () => {
    const files = new Set(dataset().versions.flatMap((v) => v.sources));
    for (const e of dataset().glossary.entries) {
      if (!files.has(e.source.file)) continue; // a named public text
      // Stated = the source writes the acronym in brackets and, once those brackets are out, the expansion's words.
      const text = sourceText(e.source.file);
      const bracket = new RegExp(`\\(${e.acronym}\\b[^)]*\\)`, "g");
      const stated = bracket.test(text) && letters(text.replace(bracket, "")).includes(letters(e.expansion));
      if (!stated) expect(e.basis?.kind, e.acronym).toBe("inferred");
    }
  });
});
