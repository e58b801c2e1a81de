// What the diff may claim: « supprimé » and « créé » only where a source states it, otherwise
// « sans correspondant documenté »; every change carries the confidence of its links.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleDataset } from "../../../src/domain/assembleDataset.ts";
import { diff, type DiffResult } from "../../../src/domain/diff.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { dataset, described, link, unit, version } from "./diffFixtures.ts";

const one = (result: DiffResult, side: "from" | "to", id: string) => {
  const changes = result.changesByUnit[side].get(id) ?? [];
  expect(changes).toHaveLength(1);
  return changes[0]!;
};

const a = version("a", [
  unit("dg", null),
  unit("stated-gone", "dg"),
  unit("judged-gone", "dg"),
  unit("silent", "dg"),
  unit("feeds", "dg", { missions: described("Financer la recherche") }),
  unit("shared", "dg"),
]);
const b = version("b", [
  unit("dg", null),
  unit("stated-new", "dg"),
  unit("judged-new", "dg"),
  unit("silent-new", "dg"),
  unit("pole", "dg", { missions: described("Financer la recherche", "Piloter l'innovation") }),
  unit("other", "dg"),
]);
const ds = dataset(
  [a, b],
  [
    link("a:dg", "b:dg", "continues", "même intitulé", "identical"),
    link("a:stated-gone", null, "no-successor", "la source écrit que le bureau est supprimé", "stated"),
    link("a:judged-gone", null, "no-successor", "plus cité", "judgement"),
    link(null, "b:stated-new", "created", "la source écrit que le bureau est créé", "stated"),
    link(null, "b:judged-new", "created", "absent de la brochure précédente", "judgement"),
    link(null, "b:pole", "created", "créé en avril (source)", "stated"),
    link("a:feeds", "b:pole", "absorbed-by", "même objet : la recherche", "judgement"),
    link("a:shared", "b:pole", "split-into", "une partie : l'innovation", "judgement"),
    link("a:shared", "b:other", "split-into", "une autre partie", "judgement"),
  ],
);
const result = diff(ds, "a", "b");

describe("diff claims no more than the sources state", () => {
  it("classes a unit as removed only when a source states the removal", () => {
    expect(one(result, "from", "stated-gone").class).toBe("removed");
  });
  it("classes a unit whose end is a judgement as undocumented, not removed", () => {
    const c = one(result, "from", "judged-gone");
    expect(c.class).toBe("undocumented");
    expect(c.reasons).toEqual(["plus cité"]);
    expect(c.confidence).toBe("judgement");
  });
  it("classes a unit the lineage is silent about as undocumented, with a caveat that does not deduce a removal", () => {
    const c = one(result, "from", "silent");
    expect(c.class).toBe("undocumented");
    expect(c.confidence).toBeNull();
    expect(c.caveats.join(" ")).toMatch(/les sources ne disent pas ce que l'unité devient/);
    expect(c.caveats.join(" ")).not.toMatch(/suppression/);
  });
  it("classes a unit as created only when a source states the creation", () => {
    expect(one(result, "to", "stated-new").class).toBe("created");
    expect(one(result, "to", "judged-new").class).toBe("undocumented");
    expect(one(result, "to", "silent-new").class).toBe("undocumented");
  });
  it("classes a unit whose creation is stated as created even when it takes up earlier missions, listing them", () => {
    const c = one(result, "to", "pole");
    expect(c.class).toBe("created");
    expect(c.takesMissionsFrom?.map((r) => r.unit)).toEqual(["feeds", "shared"]);
    // The earlier unit that goes nowhere else belongs to the creation; the split one stays split.
    expect(c.from.map((r) => r.unit)).toEqual(["feeds"]);
    expect(c.related.map((r) => r.unit)).toEqual(["shared"]);
    expect(result.classOf.from.get("shared")).toBe("split");
    expect(c.reasons).toContain("créé en avril (source)");
  });
  it("says in the split's caveat that a piece went to a created unit", () => {
    expect(one(result, "from", "shared").caveats.join(" ")).toMatch(/créée.*« créé »/);
  });
  it("counts the undocumented class apart from removals and creations", () => {
    expect(result.counts).toMatchObject({ removed: 1, created: 2, undocumented: 4 });
  });
});

describe("diff carries the confidence of each link", () => {
  it("gives each reason with its link's confidence", () => {
    expect(one(result, "to", "pole").evidence).toEqual(
      expect.arrayContaining([
        { reason: "même objet : la recherche", confidence: "judgement" },
        { reason: "créé en avril (source)", confidence: "stated" },
      ]),
    );
  });
  it("rates a change by its weakest link", () => {
    expect(one(result, "from", "dg").confidence).toBe("identical");
    expect(one(result, "to", "pole").confidence).toBe("judgement");
    expect(one(result, "from", "stated-gone").confidence).toBe("stated");
  });
});

// The DGOS data itself: the sources describe no 2024 bureau and state no removal.
const DATA = join(import.meta.dirname, "../../../data");
const real: Dataset = assembleDataset(
  Object.fromEntries(
    ["sources.json", "2010.json", "2016.json", "2024.json", "lineage.json", "glossary.json"].map((f) => [
      `data/${f}`,
      JSON.parse(readFileSync(join(DATA, f), "utf8")) as unknown,
    ]),
  ),
);

describe("diff on the DGOS data", () => {
  const d1624 = diff(real, "2016", "2024");
  const d1024 = diff(real, "2010", "2024");
  it("shows no removal between 2016 and 2024: the six bureaux without a documented successor are undocumented", () => {
    expect(d1624.counts.removed).toBe(0);
    const undocumented = d1624.changes.filter((c) => c.class === "undocumented").flatMap((c) => c.from.map((r) => r.unit));
    expect(undocumented.sort()).toEqual(["conseillers-medicaux", "pf3", "r5", "rh3", "rh5", "sr3"]);
  });
  it("shows no removal between 2010 and 2024", () => {
    expect(d1024.counts.removed).toBe(0);
    expect(d1024.changes.filter((c) => c.class === "undocumented" && c.from.length > 0)).toHaveLength(7);
  });
  it("shows the pôle and the two départements created in April 2024, with the earlier units they take missions from", () => {
    const from = (id: string) => one(d1624, "to", id).takesMissionsFrom?.map((r) => r.unit);
    expect(one(d1624, "to", "pole-recherche").class).toBe("created");
    expect(from("pole-recherche")).toEqual(["pf", "pf4"]);
    expect(one(d1624, "to", "dep-numerique").class).toBe("created");
    expect(from("dep-numerique")).toEqual(["pf", "pf5"]);
    expect(one(d1624, "to", "dep-donnees").class).toBe("created");
    expect(from("dep-donnees")).toEqual(["sr6"]);
    expect(one(d1024, "to", "pole-recherche").takesMissionsFrom?.map((r) => r.unit)).toEqual(["pf", "pf4"]);
  });
  it("does not call the 2016 chef de cabinet created: no source states it", () => {
    expect(diff(real, "2010", "2016").classOf.to.get("chef-cabinet")).toBe("undocumented");
  });
  it("keeps the editorial's reasons for creating the two départements as context, not missions", () => {
    const v2024 = real.versions.find((v) => v.id === "2024")!;
    for (const id of ["dep-numerique", "dep-donnees"]) {
      const u = v2024.units.find((x) => x.id === id)!;
      expect(u.missions.status === "described" && u.missions.items.some((m) => /notre|comprendre/.test(m)), id).toBe(false);
      expect(u.context?.[0]?.source.file, id).toMatch(/^003_/);
    }
  });
  it("records 003's « Créée en 1960 » against the 2010 creation decree as a gap, and the 2016 date as inferred", () => {
    expect(real.versions.find((v) => v.id === "2024")!.gaps.some((g) => g.includes("Créée en 1960") && g.includes("15 mars 2010"))).toBe(true);
    expect(real.versions.find((v) => v.id === "2016")!.effectiveDate.basis).toBe("inferred");
  });
});
