import { describe, expect, it } from "vitest";
import { createAcronymMatcher, segmentByGlossary, sourceNumberExpansions } from "../../../src/domain/glossaryText.ts";

const terms = (text: string, acronyms: string[]) => segmentByGlossary(text, createAcronymMatcher(acronyms)).flatMap((s) => (s.acronym ? [s.acronym] : []));

describe("glossary text", () => {
  it("segmentByGlossary prefers the longest acronym and ignores acronyms inside words", () => {
    expect(terms("La DGOS et le DG ; DGOSX n'en est pas un", ["DG", "DGOS"])).toEqual(["DGOS", "DG"]);
  });

  it("segmentByGlossary finds a source number in a note, bare or in brackets", () => {
    expect(terms("L'organigramme de 002 liste les sous-directions (000, 003).", ["000", "002", "003"])).toEqual(["002", "000", "003"]);
  });

  it("segmentByGlossary does not take the thousands group of a figure for a source number", () => {
    expect(terms("environ 10 000 agents, 2 000 lits, 10\u202f000 euros", ["000"])).toEqual([]);
    expect(terms("20001 et 0001", ["000"])).toEqual([]);
  });

  it("segmentByGlossary keeps an acronym right after a figure", () => {
    expect(terms("12 ARS et 3 000 agents", ["ARS", "000"])).toEqual(["ARS"]);
  });

  it("segmentByGlossary keeps every character of the text", () => {
    const text = "Selon 001 et 003, la DGOS compte 272 agents.";
    expect(segmentByGlossary(text, createAcronymMatcher(["001", "003", "DGOS"])).map((s) => s.text).join("")).toBe(text);
  });

  it("sourceNumberExpansions names each numbered source by its title and kind, and skips the others", () => {
    const expansions = sourceNumberExpansions([
      { file: "002_71003b86cced0e5a.txt", title: "L'offre de soins, une synergie de tous les acteurs", kind: "brochure", describes: "2016" },
      { file: "code-sante-publique-L4021-6", title: "Code de la santé publique, article L.4021-6", kind: "texte public", describes: "ANDPC" },
    ]);
    expect([...expansions]).toEqual([["002", "Source 002 : « L'offre de soins, une synergie de tous les acteurs » (brochure)"]]);
  });
});
