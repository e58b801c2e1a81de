import { describe, expect, it } from "vitest";
import { findAcronymMatches, findAcronyms } from "../../../src/domain/acronyms.ts";

describe("findAcronyms", () => {
  it("findAcronyms finds words of 2+ capitals and digits, in order, once each", () => {
    expect(findAcronyms("La DGOS pilote les ARS ; la DGOS finance la T2A.")).toEqual(["DGOS", "ARS", "T2A"]);
  });

  it("findAcronyms handles accented capitals and splits hyphenated or slashed words", () => {
    expect(findAcronyms("Appui ÉHESP, SI-RH et DREES/ATIH")).toEqual(["ÉHESP", "SI", "RH", "DREES", "ATIH"]);
  });

  it("findAcronyms ignores single capitals, capitalised words, mixed case and words glued to lower case", () => {
    expect(findAcronyms("A Bureau Santé MiPSR CHUs 2e XXIe")).toEqual([]);
  });

  it("findAcronyms ignores roman numerals up to XXXIX", () => {
    expect(findAcronyms("Titre II, chapitre IV, article XIV, annexe XXXIX")).toEqual([]);
  });

  it("findAcronyms ignores a title written in capitals but keeps an acronym in brackets after it", () => {
    expect(findAcronyms("PILOTAGE DE L'OFFRE DE SOINS (DGOS)")).toEqual(["DGOS"]);
    expect(findAcronyms("ÉCOLE DES HAUTES ÉTUDES EN SANTÉ PUBLIQUE")).toEqual([]);
  });

  it("findAcronyms keeps a list of acronyms that contains no capitalised function word", () => {
    expect(findAcronyms("ARS, DGOS, DSS")).toEqual(["ARS", "DGOS", "DSS"]);
  });

  it("findAcronymMatches gives every occurrence with its offset, for highlighting", () => {
    const text = "ARS et ARS";
    expect(findAcronymMatches(text)).toEqual([
      { acronym: "ARS", index: 0 },
      { acronym: "ARS", index: 7 },
    ]);
  });
});
