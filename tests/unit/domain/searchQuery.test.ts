import { describe, expect, it } from "vitest";
import { indexTerms, querySlots, withinOneEdit } from "../../../src/domain/searchQuery.ts";

const vocab = new Set(["intern", "international", "tarif", "financ", "ondam"]);

describe("querySlots", () => {
  it("matches a word of the sources exactly: no prefix, no typo", () => {
    expect(querySlots("internes", vocab).map((s) => s.query)).toEqual(["intern"]);
  });
  it("matches a word being typed as a prefix of the word as typed, not of its stem", () => {
    const [slot] = querySlots("internat", vocab);
    expect(slot?.query).toMatchObject({ combineWith: "OR" });
    expect(JSON.stringify(slot?.query)).toContain('"internat"');
  });
  it("reaches the family of a word being typed or with a typo in its ending", () => {
    expect(JSON.stringify(querySlots("tarifi", vocab)[0]?.query)).toContain('"tarif"');
    expect(JSON.stringify(querySlots("financment", vocab)[0]?.query)).toContain('"financ"');
  });
  it("drops elided articles and stopwords", () => {
    expect(querySlots("l'ONDAM", vocab).map((s) => s.query)).toEqual(["ondam"]);
  });
  it("reads a curated synonym phrase as one slot with its forms as alternatives", () => {
    const slots = querySlots("tarification à l'activité", vocab);
    expect(slots).toHaveLength(1);
    expect(slots[0]?.synonym?.forms).toContain("T2A");
    expect(JSON.stringify(slots[0]?.query)).toContain('"t2a"');
  });
});

describe("indexTerms and withinOneEdit", () => {
  it("index words by family", () => {
    expect(indexTerms("les campagnes tarifaires")).toEqual(["campagn", "tarif"]);
  });
  it("tells one edit from two", () => {
    expect(withinOneEdit("ment", "ement")).toBe(true);
    expect(withinOneEdit("icaton", "ication")).toBe(true);
    expect(withinOneEdit("abc", "abd")).toBe(true);
    expect(withinOneEdit("abc", "xyz")).toBe(false);
  });
});
