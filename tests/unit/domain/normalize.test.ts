import { describe, expect, it } from "vitest";
import { familyKey, foldWord, highlightRanges, normalizeText, processTerm, searchTerms, stem } from "../../../src/domain/normalize.ts";

const slices = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe("normalizeText", () => {
  it("lower-cases and strips accents", () => {
    expect(normalizeText("Déontologie ÉTUDES Hôpital")).toBe("deontologie etudes hopital");
  });
  it("folds curly and straight apostrophes to one form", () => {
    expect(normalizeText("d’information")).toBe(normalizeText("d'information"));
  });
  it("collapses and trims whitespace, including non-breaking spaces", () => {
    expect(normalizeText("  offre \u00a0 de\n soins ")).toBe("offre de soins");
  });
  it("expands the œ ligature and strips decomposed accents", () => {
    expect(normalizeText("Mise en Œuvre")).toBe("mise en oeuvre");
    expect(normalizeText("de\u0301ontologie")).toBe("deontologie");
  });
});

describe("search terms", () => {
  it("folds plural and common endings so déontologie and déontologiques meet", () => {
    expect(stem("deontologie")).toBe(stem("deontologiques"));
    expect(stem("politique")).toBe(stem("politiques"));
    expect(stem("usid")).toBe("usid");
  });
  it("split on apostrophes and drop elided articles and stopwords", () => {
    expect(searchTerms("Système d’information de l'offre")).toEqual(["system", "information", "offre"]);
  });
  it("keep codes and single-letter codes", () => {
    expect(processTerm("R1")).toBe("r1");
    expect(processTerm("R")).toBe("r");
    expect(processTerm("d")).toBeNull();
  });
  it("give the same answer when asked again (memoised), stopwords included", () => {
    for (const word of ["Déontologiques", "de", "Œuvre", "R1"]) {
      const first = processTerm(word);
      expect(processTerm(word)).toBe(first);
      expect(foldWord(word)).toBe(normalizeText(word));
    }
    expect(processTerm("Déontologiques")).toBe("deontologi");
    expect(processTerm("de")).toBeNull();
  });
  it("stay correct past the memo's capacity", () => {
    for (let i = 0; i < 60_000; i++) processTerm(`Mot${i}`);
    expect(processTerm("Mot7")).toBe("mot7");
    expect(processTerm("Écoles")).toBe(stem(normalizeText("Écoles")));
  });
});

describe("highlightRanges", () => {
  it("marks accent-insensitive matches on the original accented text", () => {
    const text = "Bureau de l'exercice, de la déontologie";
    expect(slices(text, highlightRanges(text, ["deontologie"]))).toEqual(["déontologie"]);
  });
  it("marks only the matched prefix of a word", () => {
    const text = "Financement des établissements";
    expect(slices(text, highlightRanges(text, ["financ", "etab"]))).toEqual(["Financ", "étab"]);
  });
  it("returns ranges in text order for every occurrence", () => {
    const text = "ONDAM et sous-ONDAM";
    expect(highlightRanges(text, ["ondam"])).toEqual([
      [0, 5],
      [14, 19],
    ]);
  });
  it("splits query phrases into words and ignores stopwords", () => {
    const text = "Unité « Système d’information décisionnel » de la DGOS";
    expect(slices(text, highlightRanges(text, ["systeme d'information decisionnel", "de"]))).toEqual([
      "Système",
      "information",
      "décisionnel",
    ]);
  });
  it("maps back across ligatures and decomposed accents", () => {
    const text = "mise en œuvre, de\u0301ontologie";
    expect(slices(text, highlightRanges(text, ["oeuvre", "deon"]))).toEqual(["œuvre", "de\u0301on"]);
  });
  it("matches whole words only when prefix is off", () => {
    const text = "SI et site";
    expect(slices(text, highlightRanges(text, ["si"], { prefix: false }))).toEqual(["SI"]);
    expect(slices(text, highlightRanges(text, ["si"]))).toEqual(["SI", "si"]);
  });
  it("does not match inside a word", () => {
    expect(highlightRanges("performance", ["form"])).toEqual([]);
  });
  it("returns nothing for an empty query", () => {
    expect(highlightRanges("texte", [])).toEqual([]);
    expect(highlightRanges("texte", ["  "])).toEqual([]);
  });
});

describe("word families", () => {
  it("join a noun, its adjective and its derived nouns: tarif, tarifaires, tarification", () => {
    const key = (w: string) => familyKey(stem(w));
    expect(key("tarification")).toBe("tarif");
    expect(key("tarifaires")).toBe("tarif");
    expect(key("tarifs")).toBe("tarif");
    expect(key("regulation")).toBe(key("regule"));
    expect(key("paramedicaux")).toBe(key("paramedicales"));
  });
  it("keep apart words whose root would be shorter than five letters, and codes", () => {
    expect(familyKey(stem("formation"))).not.toBe(familyKey(stem("formes")));
    expect(familyKey(stem("internes"))).not.toBe(familyKey(stem("internationales")));
    expect(familyKey("sr2")).toBe("sr2");
  });
});
