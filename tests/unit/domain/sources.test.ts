import { describe, expect, it } from "vitest";
import { citeSource, titleOfSource } from "../../../src/domain/sources.ts";
import { makeDataset, SOURCE_A } from "./fixtures.ts";

describe("titleOfSource", () => {
  it("gives a listed file's title, and an unlisted file's own name", () => {
    const { documents } = makeDataset().sources;
    expect(titleOfSource(documents, SOURCE_A)).toBe("Organigramme");
    expect(titleOfSource(documents, "999_missing.txt")).toBe("999_missing.txt");
  });
});

describe("citeSource", () => {
  it("cites a source by title, publisher and date, never by its file name", () => {
    const documents = [{ file: "000_x.txt", title: "Brochure", kind: "brochure", describes: "2010", publisher: "DGOS", date: "2010" }];
    expect(citeSource(documents, "000_x.txt")).toBe("Brochure — DGOS, 2010");
    expect(citeSource([{ ...documents[0]!, publisher: undefined, date: undefined }], "000_x.txt")).toBe("Brochure");
  });
});
