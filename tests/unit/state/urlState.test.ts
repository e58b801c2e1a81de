import { describe, expect, it } from "vitest";
import { formatUrlState, isTrackingParam, MAX_QUERY, parseUrlState } from "../../../src/state/urlState.ts";
import { makeDataset } from "../domain/fixtures.ts";

const dataset = makeDataset();

describe("parseUrlState", () => {
  it("defaults to the latest version with nothing selected", () => {
    expect(parseUrlState("", dataset)).toEqual({
      state: { view: "arbre", version: "2024", unit: null, query: "", allVersions: false, compare: null, side: "from" },
      warnings: [],
    });
  });

  it("restores version, unit, query, view and scope from a shared link", () => {
    const { state, warnings } = parseUrlState("?v=2010&u=r1&q=ondam&vue=texte&toutes=1", dataset);
    expect(warnings).toEqual([]);
    expect(state).toMatchObject({ version: "2010", unit: "r1", query: "ondam", view: "texte", allVersions: true });
  });

  it("falls back to the default version and says so for an unknown version", () => {
    const { state, warnings } = parseUrlState("?v=1999", dataset);
    expect(state.version).toBe("2024");
    expect(warnings).toEqual(["Version « 1999 » inconnue : version 2024 affichée."]);
  });

  it("drops a unit that is not in the version and names it", () => {
    const { state, warnings } = parseUrlState("?v=2016&u=zz9", dataset);
    expect(state.unit).toBeNull();
    expect(warnings).toEqual(["Unité « zz9 » introuvable dans la version 2016 : aucune sélection."]);
  });

  it("ignores unknown parameters and malformed values, listing each", () => {
    const { state, warnings } = parseUrlState("?foo=1&vue=carte&toutes=oui", dataset);
    expect(state.view).toBe("arbre");
    expect(state.allVersions).toBe(false);
    expect(warnings).toEqual([
      "Paramètre inconnu « foo » ignoré.",
      "Vue « carte » inconnue : vue « arbre » affichée.",
      "Valeur « oui » de « toutes » inconnue : recherche dans la version affichée.",
    ]);
  });

  it("refuses to compare a version with itself", () => {
    const { state, warnings } = parseUrlState("?vue=comparer&de=2016&a=2016", dataset);
    expect(state.compare).toEqual({ from: "2016", to: "2024" });
    expect(warnings[0]).toContain("elle-même");
  });

  it("reads the compared pair and the side of the selected unit", () => {
    const { state } = parseUrlState("?vue=comparer&de=2010&a=2024&u=pf&cote=a", dataset);
    expect(state).toMatchObject({ compare: { from: "2010", to: "2024" }, side: "to", unit: "pf" });
  });
});

describe("formatUrlState", () => {
  it("round-trips through parseUrlState", () => {
    const { state } = parseUrlState("?v=2010&u=r1&q=ondam&toutes=1", dataset);
    const text = formatUrlState(state, dataset);
    expect(text).toBe("?v=2010&u=r1&q=ondam&toutes=1");
    expect(parseUrlState(text, dataset).state).toEqual(state);
  });

  it("omits default values so the default view has a bare address", () => {
    expect(formatUrlState(parseUrlState("", dataset).state, dataset)).toBe("");
  });
});

describe("parseUrlState on bad links: what was ignored, briefly", () => {
  it("groups unknown parameters in one line, however many", () => {
    const search = `?${Array.from({ length: 1000 }, (_, i) => `k${i}`).join("&")}`;
    const { warnings } = parseUrlState(search, dataset);
    expect(warnings).toEqual(["1000 paramètres inconnus ignorés : « k0 », « k1 », « k2 » et 997 autres."]);
  });

  it("ignores common tracking parameters silently", () => {
    const { warnings } = parseUrlState("?utm_source=x&utm_medium=y&utm_campaign=z&fbclid=1&gclid=2&mc_cid=3&v=2016", dataset);
    expect(warnings).toEqual([]);
    expect(isTrackingParam("utm_content")).toBe(true);
    expect(isTrackingParam("u")).toBe(false);
  });

  it("says a repeated parameter is read once", () => {
    const { state, warnings } = parseUrlState("?v=2010&v=2016", dataset);
    expect(state.version).toBe("2010");
    expect(warnings).toEqual(["Paramètre répété « v » : seule la première valeur est lue."]);
  });

  it("says de/a are ignored outside the comparison, and shows what it really shows", () => {
    const { state, warnings } = parseUrlState("?de=2010&a=2010", dataset);
    expect(state).toMatchObject({ view: "arbre", compare: null });
    expect(warnings).toEqual(["« de » et « a » ignorés : ils ne servent qu'avec vue=comparer (vue « arbre » affichée)."]);
  });

  it("says cote is ignored without a unit", () => {
    expect(parseUrlState("?vue=comparer&cote=a", dataset).warnings).toEqual([
      "« cote » ignoré : il ne sert qu'avec une unité (u) dans la vue « comparer ».",
    ]);
  });

  it("ignores dataset= (bench only) with a line of its own", () => {
    expect(parseUrlState("?dataset=synthetic-100", dataset).warnings).toEqual([
      "Paramètre « dataset » ignoré : il ne sert qu'aux mesures de performance (npm run bench).",
    ]);
  });

  it("keeps the first MAX_QUERY characters of a long search, as the search box does", () => {
    const { state, warnings } = parseUrlState(`?q=${"a".repeat(MAX_QUERY + 50)}`, dataset);
    expect(state.query).toHaveLength(MAX_QUERY);
    expect(warnings[0]).toContain(`${MAX_QUERY} premiers caractères`);
    expect(parseUrlState(formatUrlState(state, dataset), dataset)).toEqual({ state, warnings: [] });
  });
});
