import { describe, expect, it } from "vitest";
import { titleOfSource } from "../../../src/domain/sources.ts";
import { makeDataset, SOURCE_A } from "./fixtures.ts";

describe("titleOfSource", () => {
  it("gives a listed file's title, and an unlisted file's own name", () => {
    const { documents } = makeDataset().sources;
    expect(titleOfSource(documents, SOURCE_A)).toBe("Organigramme");
    expect(titleOfSource(documents, "999_missing.txt")).toBe("999_missing.txt");
  });
});
