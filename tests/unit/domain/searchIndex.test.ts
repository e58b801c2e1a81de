import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assembleDataset } from "../../../src/domain/assembleDataset.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { createSearchIndex, lineageSuggestions, searchIndexFor, searchUnits, type SearchHit, type SearchIndex } from "../../../src/domain/searchIndex.ts";
import { dataset, described, link, unit, version } from "./diffFixtures.ts";

const ds = dataset(
  [
    version("2010", [
      unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
      unit("r", "dgos", { code: "R", kind: "sous-direction", name: "Sous-direction de la régulation de l'offre de soins" }),
      unit("r1", "r", {
        code: "R1",
        name: "Bureau synthèse organisationnelle et financière",
        missions: described("Synthétise les paramètres nécessaires à la construction de l’ONDAM", "Suit le financement des établissements"),
      }),
      unit("usid", "dgos", { code: "USID", kind: "unite", name: "Unité « Système d’information décisionnel »", shortName: "USID" }),
      unit("rh2", "dgos", { code: "RH2", name: "Bureau de l'exercice, de la déontologie et du développement professionnel continu" }),
      unit("msios", "dgos", { kind: "mission", name: "Mission des systèmes d'information des acteurs de l'offre de soins" }),
    ]),
    version("2016", [
      unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
      unit("r1", "dgos", { code: "R1", name: "Bureau synthèse organisationnelle et financière" }),
      unit("pf", "dgos", { code: "PF", kind: "sous-direction", name: "Sous-direction du pilotage de la performance" }),
    ]),
    version("2024", [
      unit("dgos", null, { name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
      unit("financement-performance", "dgos", {
        kind: "sous-direction",
        name: "Sous-direction du financement et de la performance",
        missions: described("Détermine l’objectif national de dépenses d’assurance maladie (ONDAM hospitalier)"),
      }),
    ]),
  ],
  [
    link("2010:dgos", "2016:dgos", "continues"),
    link("2016:dgos", "2024:dgos", "continues"),
    link("2010:r1", "2016:r1", "continues"),
    link("2016:r1", "2024:financement-performance", "absorbed-by"),
    link("2016:pf", "2024:financement-performance", "merged-into"),
  ],
  [
    ["ONDAM", "objectif national de dépenses d'assurance maladie"],
    ["USID", "unité système d'information décisionnel"],
  ],
);
const index = createSearchIndex(ds);
const ids = (hits: SearchHit[]) => hits.map((h) => `${h.version}:${h.unitId}`);
const highlighted = (hit: SearchHit | undefined) => hit?.excerpt?.ranges.map(([s, e]) => hit.excerpt?.text.slice(s, e));

describe("searchUnits on a small dataset", () => {
  it("finds an acronym written in a mission and shows that mission as the excerpt", () => {
    const hits = searchUnits(index, "ondam");
    expect(ids(hits)).toEqual(expect.arrayContaining(["2010:r1", "2024:financement-performance"]));
    const r1 = hits.find((h) => h.unitId === "r1");
    expect(r1?.matchedFields).toContain("missions");
    expect(r1?.excerpt?.text).toMatch(/ONDAM/);
    expect(highlighted(r1)).toEqual(["ONDAM"]);
  });
  it("finds a unit through the glossary expansion of an acronym it uses", () => {
    const hits = searchUnits(index, "objectif national de dépenses", { version: "2010" });
    expect(ids(hits)).toEqual(["2010:r1"]);
    expect(hits[0]?.matchedFields).toEqual(["glossary"]);
    expect(highlighted(hits[0])).toEqual(["ONDAM"]);
  });
  it("finds a unit spelling out an expansion when searching the acronym", () => {
    expect(ids(searchUnits(index, "ONDAM", { version: "2024" }))).toEqual(["2024:financement-performance"]);
  });
  it("ranks the unit whose name matches every word first, ignoring accents and apostrophes", () => {
    expect(ids(searchUnits(index, "systeme d'information decisionnel", { version: "2010" }))[0]).toBe("2010:usid");
    expect(ids(searchUnits(index, "USID", { version: "2010" }))[0]).toBe("2010:usid");
  });
  it("ranks a unit code match first", () => {
    expect(ids(searchUnits(index, "R1"))).toEqual(["2010:r1", "2016:r1"]);
    expect(ids(searchUnits(index, "r", { version: "2010" }))[0]).toBe("2010:r");
  });
  it("tolerates a typo in a word of five letters or more", () => {
    expect(ids(searchUnits(index, "financment", { version: "2024" }))).toEqual(["2024:financement-performance"]);
  });
  it("tolerates no typo in codes and short words, where it would name another unit", () => {
    expect(searchUnits(index, "R2")).toEqual([]);
    expect(searchUnits(index, "USIB")).toEqual([]);
  });
  it("does not expand a one-letter prefix: a lone letter is a code", () => {
    // « r » would otherwise match régulation, RH2, réseau...
    expect(ids(searchUnits(index, "r"))).toEqual(["2010:r"]);
    expect(ids(searchUnits(index, "rh", { version: "2010" }))).toEqual(["2010:rh2"]);
  });
  it("matches word prefixes and highlights the matched words in the excerpt", () => {
    const [hit] = searchUnits(index, "deonto");
    expect(hit?.unitId).toBe("rh2");
    expect(highlighted(hit)).toEqual(["déontologie"]);
  });
  it("restricts to a version and honours the limit", () => {
    expect(searchUnits(index, "offre", { version: "2016" }).every((h) => h.version === "2016")).toBe(true);
    expect(searchUnits(index, "offre", { limit: 2 })).toHaveLength(2);
  });
  it("with match all-else-any, keeps the units matching every word, else any word", () => {
    expect(ids(searchUnits(index, "bureau financement", { version: "2010" }))).toEqual(["2010:r1", "2010:rh2"]);
    expect(ids(searchUnits(index, "bureau financement", { version: "2010", match: "all-else-any" }))).toEqual(["2010:r1"]);
    // No unit has both words: any will do, best first.
    const either = ids(searchUnits(index, "deontologie decisionnel", { match: "all-else-any" }));
    expect(either.sort()).toEqual(["2010:rh2", "2010:usid"]);
  });
  it("computes an excerpt once, when read", () => {
    const [hit] = searchUnits(index, "ondam", { version: "2010" });
    expect(hit?.excerpt).toBeDefined();
    expect(hit?.excerpt).toBe(hit?.excerpt);
    expect(hit?.excerpt?.text).toMatch(/ONDAM/);
  });
  it("returns nothing for an empty or stopword-only query", () => {
    expect(searchUnits(index, "")).toEqual([]);
    expect(searchUnits(index, "de la")).toEqual([]);
  });
  it("builds the index once per dataset", () => {
    expect(searchIndexFor(ds)).toBe(searchIndexFor(ds));
  });
});

describe("glossary bridging", () => {
  const glossaryDs = dataset(
    [
      version("2024", [
        unit("dg", null, { name: "Direction générale", missions: described("Pilote les ARS et leur SI-SAMU") }),
        unit("pars", "dg", { name: "Bureau des parcours", missions: described("Suit les ars, les parcours et les arsenaux") }),
        unit("agence", "dg", { name: "Bureau de l'agence régionale de santé" }),
      ]),
    ],
    [],
    [
      ["ARS", "agence régionale de santé"],
      ["SI-SAMU", "système d'information des SAMU"],
      ["PLFSS", "projet de loi de financement de la sécurité sociale"],
    ],
  );
  const glossaryIndex = createSearchIndex(glossaryDs);
  it("reaches a unit through an acronym written as a whole word, in its case, and through an expansion", () => {
    // « ARS » in dg's mission, not « ars » nor « arsenaux » in pars's.
    const byExpansion = searchUnits(glossaryIndex, "agence regionale de sante");
    expect(ids(byExpansion)).toEqual(["2024:agence", "2024:dg"]);
    expect(byExpansion[1]?.matchedFields).toEqual(["glossary"]);
    // The expansion spelt out in agence's name.
    expect(searchUnits(glossaryIndex, "ARS").find((h) => h.unitId === "agence")?.matchedFields).toEqual(["glossary"]);
  });
  it("matches acronyms that contain punctuation", () => {
    expect(ids(searchUnits(glossaryIndex, "systeme d'information des samu"))).toEqual(["2024:dg"]);
  });
  it("indexes a dataset without glossary", () => {
    const bare = createSearchIndex({ ...glossaryDs, glossary: { entries: [] } });
    expect(ids(searchUnits(bare, "agence regionale de sante"))).toEqual(["2024:agence"]);
    expect(searchUnits(bare, "ARS")[0]?.matchedFields).toEqual(["missions"]);
  });
});

describe("lineageSuggestions", () => {
  it("offers the counterparts of hits from other versions, with the chain as evidence", () => {
    const hits = searchUnits(index, "ondam");
    expect(hits.some((h) => h.version === "2016")).toBe(false);
    const suggestions = lineageSuggestions(ds, hits, "2016");
    expect(suggestions.map((s) => s.unitId)).toEqual(["r1", "pf"]);
    expect(suggestions[0]).toMatchObject({ version: "2016", via: { fromVersion: "2010", fromUnit: "r1" } });
    expect(suggestions[0]?.via.chain.map((l) => l.type)).toEqual(["continues"]);
  });
  it("ranks first the unit reached from several hits, sharing each hit's score among its counterparts", () => {
    const hits = searchUnits(index, "ondam");
    const [r1, pf] = lineageSuggestions(ds, hits, "2016");
    const score = (id: string) => hits.find((h) => h.unitId === id)?.score ?? NaN;
    expect(r1?.score).toBeCloseTo(score("r1") + score("financement-performance") / 2);
    expect(pf?.score).toBeCloseTo(score("financement-performance") / 2);
  });
  it("does not suggest units that are already direct hits", () => {
    const hits = searchUnits(index, "ondam");
    expect(lineageSuggestions(ds, hits, "2024")).toEqual([]);
  });
});

// The real data is written separately; these checks run once data/*.json exist.
const DATA = join(import.meta.dirname, "../../../data");
const FILES = ["2010.json", "2016.json", "2024.json", "lineage.json", "glossary.json"];
const haveData = FILES.every((f) => existsSync(join(DATA, f)));
if (!haveData) console.warn(`searchIndex real-data checks skipped: missing data/{${FILES.join(",")}}`);

describe.runIf(haveData)("searchUnits on the real data", () => {
  // describe bodies run even when skipped: nothing may touch the files before the tests run.
  let real: Dataset;
  let realIndex: SearchIndex;
  beforeAll(() => {
    real = assembleDataset(Object.fromEntries(FILES.map((f) => [`data/${f}`, JSON.parse(readFileSync(join(DATA, f), "utf8"))])));
    realIndex = createSearchIndex(real);
  });
  const find = (q: string, version: string) => searchUnits(realIndex, q, { version });
  const unitName = (v: string, id: string) => real.versions.find((x) => x.id === v)?.units.find((u) => u.id === id)?.name ?? "";
  const directOrLineage = (q: string, version: string) => {
    const all = searchUnits(realIndex, q);
    return [...find(q, version).map((h) => h.unitId), ...lineageSuggestions(real, all, version).map((s) => s.unitId)];
  };
  const codeOf = (v: string, id: string) => real.versions.find((x) => x.id === v)?.units.find((u) => u.id === id)?.code;

  it("« ondam » finds R1 in 2010 and the financing sous-direction in 2024", () => {
    expect(find("ondam", "2010").map((h) => codeOf("2010", h.unitId))).toContain("R1");
    expect(find("ondam", "2024").map((h) => unitName("2024", h.unitId))).toContainEqual(expect.stringMatching(/financement et de la performance/i));
  });
  it("« ondam » offers R1 2016 by lineage", () => {
    expect(directOrLineage("ondam", "2016").map((id) => codeOf("2016", id))).toContain("R1");
  });
  it("« deontologie » finds RH2 in 2010 and 2016 and the RH sous-direction in 2024", () => {
    expect(find("deontologie", "2010").map((h) => codeOf("2010", h.unitId))).toContain("RH2");
    expect(find("deontologie", "2016").map((h) => codeOf("2016", h.unitId))).toContain("RH2");
    expect(find("deontologie", "2024").map((h) => unitName("2024", h.unitId))).toContainEqual(expect.stringMatching(/ressources humaines/i));
  });
  it("« USID » and « systeme d'information decisionnel » find the 2010 USID unit first", () => {
    for (const q of ["USID", "systeme d'information decisionnel"]) {
      const [first] = find(q, "2010");
      const u = real.versions[0]?.units.find((x) => x.id === first?.unitId);
      expect(`${u?.code} ${u?.shortName} ${u?.name}`).toMatch(/USID|décisionnel/);
    }
  });
  it("« R1 » finds R1 first", () => {
    expect(codeOf("2010", find("R1", "2010")[0]?.unitId ?? "")).toBe("R1");
  });
  it("« financment » still finds financement", () => {
    const hits = searchUnits(realIndex, "financment");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => /financement/i.test(h.excerpt?.text ?? ""))).toBe(true);
  });
});
