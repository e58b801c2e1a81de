import { describe, expect, it } from "vitest";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { createSearchIndex } from "../../../src/domain/searchIndex.ts";
import { buildSearchGroups, closestTerms, PER_VERSION } from "../../../src/state/searchResults.ts";
import { dataset, described, link, unit, version } from "../domain/diffFixtures.ts";

// 2010 says « ONDAM », 2024 spells it out, 2016 never mentions it; R1 continues from 2010 to 2016.
const ds = dataset(
  [
    version("2010", [
      unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
      unit("r1", "dgos", {
        code: "R1",
        name: "Bureau synthèse organisationnelle et financière",
        missions: described("Synthétise les paramètres nécessaires à la construction de l’ONDAM", "Suit le financement des établissements"),
      }),
      unit("rh2", "dgos", { code: "RH2", name: "Bureau de l'exercice et de la déontologie" }),
    ]),
    version("2016", [
      unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
      unit("r1", "dgos", { code: "R1", name: "Bureau synthèse organisationnelle et financière" }),
    ]),
    version("2024", [
      unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
      unit("fp", "dgos", {
        kind: "sous-direction",
        name: "Sous-direction du financement et de la performance",
        missions: described("Détermine l’objectif national de dépenses d’assurance maladie"),
      }),
      // Many bureaux, to overflow one version's list.
      ...Array.from({ length: PER_VERSION + 5 }, (_, i) => unit(`b${i}`, "fp", { name: `Bureau du territoire numéro ${i}` })),
    ]),
  ],
  [link("2010:dgos", "2016:dgos", "continues"), link("2016:dgos", "2024:dgos", "continues"), link("2010:r1", "2016:r1", "continues")],
  [["ONDAM", "objectif national de dépenses d'assurance maladie"]],
);
const indexes = indexVersions(ds);
const searchIndex = createSearchIndex(ds);
const groups = (query: string, version: string, allVersions = false) => buildSearchGroups(ds, indexes, searchIndex, query, { version, allVersions });
const keys = (query: string, version: string, allVersions = false) => groups(query, version, allVersions).flatMap((g) => g.items.map((i) => i.key));

describe("buildSearchGroups", () => {
  it("lists the current version's hits, with the matching mission as excerpt and the path", () => {
    const [group, ...rest] = groups("ondam", "2010");
    expect(rest).toEqual([]);
    expect(group?.version).toBe("2010");
    expect(group?.items.map((i) => i.unitId)).toEqual(["r1"]);
    expect(group?.items[0]).toMatchObject({ title: "R1 – Bureau synthèse organisationnelle et financière", path: "DGOS" });
    expect(group?.items[0]?.viaLineage).toBeUndefined();
    expect(group?.items[0]?.excerpt?.text).toMatch(/ONDAM/);
  });

  it("with all versions, gives one group per version that has results, in version order", () => {
    const all = groups("ondam", "2010", true);
    expect(all.map((g) => g.version)).toEqual(["2010", "2016", "2024"]);
    expect(all.map((g) => g.items.map((i) => i.key))).toEqual([["2010:r1"], ["2016:r1:via"], ["2024:fp"]]);
  });

  it("offers a version without direct hit the counterparts of other versions' hits, « par filiation »", () => {
    const [group] = groups("ondam", "2016");
    expect(group?.items.map((i) => i.key)).toEqual(["2016:r1:via"]);
    expect(group?.items[0]?.titleRanges).toEqual([]);
    expect(group?.items[0]?.viaLineage).toMatch(/R1 – Bureau synthèse.*\(2010\), qui mentionne « ondam » ; le texte de 2016 ne le mentionne pas\./);
  });

  // Changed for issue 14 (« say so plainly »): the empty group now carries a notice, and with all
  // versions an empty group for the current version is kept to carry it.
  it("keeps an empty group for the current version when nothing matches anywhere, with a notice", () => {
    const notice = { missing: "zzzz", closest: [] };
    expect(groups("zzzz", "2010")).toEqual([{ version: "2010", items: [], notice }]);
    expect(groups("zzzz", "2010", true)).toEqual([{ version: "2010", items: [], notice }]);
    expect(groups("de la", "2010")).toEqual([]);
  });

  it("offers the words of the sources closest in spelling when nothing matches", () => {
    const [group] = groups("deontolojjie", "2010");
    expect(group?.items).toEqual([]);
    expect(group?.notice?.closest).toContain("déontologie");
  });

  it("leaves the close words to be found apart when asked for them later, with the same words", () => {
    const [group] = buildSearchGroups(ds, indexes, searchIndex, "deontolojjie", { version: "2010", allVersions: false, closest: "later" });
    expect(group?.items).toEqual([]);
    expect(group?.notice).toMatchObject({ missing: "deontolojjie", closest: [], closestLater: true });
    expect(closestTerms(searchIndex, "deontolojjie")).toEqual(groups("deontolojjie", "2010")[0]?.notice?.closest);
  });

  it("offers no close words for a word of one letter", () => {
    expect(groups("x", "2010")[0]?.notice?.closest).toEqual([]);
    expect(closestTerms(searchIndex, "x")).toEqual([]);
    expect(closestTerms(searchIndex, "x ondm")).toContain("ondam");
  });

  it("shows at most PER_VERSION results per version, the best first", () => {
    const [group] = groups("bureau territoire", "2024");
    expect(group?.items).toHaveLength(PER_VERSION);
    expect(group?.items.every((i) => i.unitId.startsWith("b"))).toBe(true);
  });

  it("lists the units matching every word when some do, else those matching any", () => {
    expect(keys("bureau financement", "2010")).toEqual(["2010:r1"]);
    expect(keys("deontologie ondam", "2010").sort()).toEqual(["2010:r1", "2010:rh2"]);
  });

  it("highlights the query words in titles and leaves out an excerpt that only repeats the name", () => {
    const [item] = groups("deontologie", "2010")[0]?.items ?? [];
    expect(item?.unitId).toBe("rh2");
    const ranges = item?.titleRanges.map(([s, e]) => item.title.slice(s, e));
    expect(ranges).toEqual(["déontologie"]);
    expect(item?.excerpt).toBeUndefined();
  });
});
