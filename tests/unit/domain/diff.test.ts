import { describe, expect, it } from "vitest";
import { CHANGE_CLASS_LABELS, CHANGE_CLASSES, diff, nameKey, sameName, type DiffResult } from "../../../src/domain/diff.ts";
import { continuesAll, dataset, described, link, unit, version } from "./diffFixtures.ts";

const chartLayout = { basis: "chart-layout" as const, note: "placé sous SD B sur l'organigramme" };

// 2010 → 2016 exercises every class; 2016 → 2024 extends merges, splits and removals to a third version.
const v2010 = version("2010", [
  unit("dg", null, { name: "Direction générale" }),
  unit("sda", "dg", { kind: "sous-direction", name: "Sous-direction A" }),
  unit("sdb", "dg", { kind: "sous-direction", name: "Sous-direction B" }),
  unit("same", "sda", { name: "Bureau stable", missions: described("Piloter l’offre", "Suivre les ARS") }),
  unit("ren", "sda", { name: "Bureau ancien nom" }),
  unit("mov", "sda", { name: "Bureau mobile" }),
  unit("both", "sda", { name: "Bureau avant" }),
  unit("vague", "sda", { name: "Bureau incertain" }),
  unit("m1", "sdb", { name: "Bureau fusion un" }),
  unit("m2", "sdb", { name: "Bureau fusion deux" }),
  unit("s", "sdb", { name: "Bureau à scinder" }),
  unit("gone", "sdb", { name: "Bureau disparu" }),
]);
const v2016 = version("2016", [
  unit("dg", null, { name: "Direction générale" }),
  unit("sda", "dg", { kind: "sous-direction", name: "Sous-direction A" }),
  unit("sdb", "dg", { kind: "sous-direction", name: "Sous-direction B" }),
  unit("same", "sda", { name: "BUREAU STABLE", missions: described("Piloter l'offre", "Financer les hôpitaux") }),
  unit("ren", "sda", { name: "Bureau nouveau nom" }),
  unit("mov", "sdb", { name: "Bureau mobile" }),
  unit("both", "sdb", { name: "Bureau après" }),
  unit("vague", "sdb", { name: "Bureau incertain", attachment: chartLayout }),
  unit("m", "sdb", { name: "Bureau fusionné" }),
  unit("s1", "sdb", { name: "Bureau moitié un" }),
  unit("s2", "sdb", { name: "Bureau moitié deux" }),
  unit("new", "sdb", { name: "Bureau créé" }),
]);
const v2024 = version("2024", [
  unit("dg", null, { name: "Direction générale" }),
  unit("sdb", "dg", { kind: "sous-direction", name: "Sous-direction B" }),
  unit("m", "sdb", { name: "Bureau fusionné" }),
  unit("s1", "sdb", { name: "Bureau moitié un" }),
  unit("s2", "sdb", { name: "Bureau moitié deux" }),
]);
const ds = dataset(
  [v2010, v2016, v2024],
  [
    ...continuesAll(v2010, v2016, ["s"]),
    link("2010:m1", "2016:m", "merged-into", "m1 rejoint m"),
    link("2010:m2", "2016:m", "merged-into", "m2 rejoint m"),
    link("2010:s", "2016:s1", "split-into"),
    link("2010:s", "2016:s2", "split-into"),
    link("2010:gone", null, "no-successor", "plus cité en 2016"),
    link(null, "2016:new", "created", "apparaît en 2016"),
    ...continuesAll(v2016, v2024),
    ...["sda", "same", "ren", "mov", "both", "vague", "new"].map((id) => link(`2016:${id}`, null, "no-successor")),
  ],
);

const d1016 = diff(ds, "2010", "2016");
const change = (result: DiffResult, side: "from" | "to", id: string) => {
  const changes = result.changesByUnit[side].get(id) ?? [];
  expect(changes).toHaveLength(1);
  return changes[0]!;
};

describe("diff between consecutive versions", () => {
  it("marks a unit whose name and parent counterparts are the same as unchanged", () => {
    expect(d1016.classOf.from.get("same")).toBe("unchanged");
    expect(d1016.classOf.from.get("dg")).toBe("unchanged");
  });
  it("ignores case and accent differences in names", () => {
    expect(change(d1016, "from", "same").nameChange).toBeUndefined();
  });
  it("marks a unit whose name changed as renamed, with before and after", () => {
    const c = change(d1016, "from", "ren");
    expect(c.class).toBe("renamed");
    expect(c.nameChange).toEqual({ before: "Bureau ancien nom", after: "Bureau nouveau nom" });
  });
  it("marks a unit whose parent changed as moved", () => {
    const c = change(d1016, "from", "mov");
    expect(c.class).toBe("moved");
    expect(c.parentChange).toEqual({ before: { version: "2010", unit: "sda" }, after: { version: "2016", unit: "sdb" } });
    expect(c.caveats).toEqual([]);
  });
  it("marks a unit renamed and re-attached as renamed-moved", () => {
    expect(d1016.classOf.from.get("both")).toBe("renamed-moved");
  });
  it("does not claim a move when the new attachment is not stated by the sources", () => {
    const c = change(d1016, "from", "vague");
    expect(c.class).toBe("unchanged");
    expect(c.parentChange?.after).toEqual({ version: "2016", unit: "sdb" });
    expect(c.caveats).toHaveLength(1);
    expect(c.caveats[0]).toMatch(/^rattachement non établi par les sources/);
    expect(c.caveats[0]).toContain("placé sous SD B");
  });
  it("classes every source and the target of a merge as merged, in one change", () => {
    const c = change(d1016, "to", "m");
    expect(c.class).toBe("merged");
    expect(c.from.map((r) => r.unit)).toEqual(["m1", "m2"]);
    expect(c.reasons).toEqual(["m1 rejoint m", "m2 rejoint m"]);
    expect(change(d1016, "from", "m1")).toBe(c);
    expect(c.id).toBe("2010:m1+2010:m2->2016:m");
  });
  it("classes a split unit and its pieces as split, in one change", () => {
    const c = change(d1016, "from", "s");
    expect(c.class).toBe("split");
    expect(c.to.map((r) => r.unit)).toEqual(["s1", "s2"]);
    expect(d1016.classOf.to.get("s2")).toBe("split");
  });
  it("marks a unit without successor as removed, citing the no-successor link", () => {
    const c = change(d1016, "from", "gone");
    expect(c.class).toBe("removed");
    expect(c.to).toEqual([]);
    expect(c.reasons).toEqual(["plus cité en 2016"]);
    expect(c.sources).toHaveLength(1);
  });
  it("marks a unit without predecessor as created, citing the created link", () => {
    const c = change(d1016, "to", "new");
    expect(c.class).toBe("created");
    expect(c.reasons).toEqual(["apparaît en 2016"]);
    expect(c.id).toBe("->2016:new");
  });
  it("lists mission items added and removed, comparing normalised text", () => {
    expect(change(d1016, "from", "same").missions).toEqual({ added: ["Financer les hôpitaux"], removed: ["Suivre les ARS"] });
  });
  it("gives no mission diff when one side does not describe its missions", () => {
    expect(change(d1016, "from", "ren").missions).toBeUndefined();
  });
  it("counts changes, not units: a merge of two units counts once", () => {
    expect(d1016.counts).toEqual({ unchanged: 5, renamed: 1, moved: 1, "renamed-moved": 1, merged: 1, split: 1, created: 1, removed: 1, undocumented: 0 });
    expect(d1016.changes).toHaveLength(12);
  });
  it("gives ids that name the units of both sides", () => {
    expect(change(d1016, "from", "ren").id).toBe("2010:ren->2016:ren");
    expect(new Set(d1016.changes.map((c) => c.id)).size).toBe(d1016.changes.length);
  });
});

describe("diff across three versions", () => {
  const d1024 = diff(ds, "2010", "2024");
  it("follows a merge through the intermediate version", () => {
    const c = change(d1024, "to", "m");
    expect(c.class).toBe("merged");
    expect(c.from.map((r) => r.unit)).toEqual(["m1", "m2"]);
    expect(c.reasons).toContain("continues 2016:m -> 2024:m");
  });
  it("follows a split through the intermediate version", () => {
    expect(change(d1024, "from", "s").to.map((r) => r.unit)).toEqual(["s1", "s2"]);
    expect(d1024.classOf.from.get("s")).toBe("split");
  });
  it("marks a unit that ends in the intermediate version as removed, citing both links", () => {
    const c = change(d1024, "from", "same");
    expect(c.class).toBe("removed");
    expect(c.reasons).toEqual(["continues 2010:same -> 2016:same", "no-successor 2016:same -> ∅"]);
  });
  it("compares parents through their counterparts", () => {
    expect(d1024.classOf.from.get("sdb")).toBe("unchanged");
    expect(d1024.classOf.from.get("sda")).toBe("removed");
  });
});

describe("name comparison", () => {
  it("ignores the kind designator, stopwords, punctuation and plurals the sources add or drop", () => {
    const before = unit("r3", "r", { name: "Bureau des plateaux techniques et de la prise en charge hospitalière aiguë" });
    const after = unit("r3", "r", { name: "Plateaux techniques et prises en charge hospitalières aigües" });
    expect(nameKey(before)).toBe(nameKey(after));
    expect(sameName(before, after)).toBe(true);
    expect(sameName(unit("r2", "r", { name: "Bureau du 1er recours" }), unit("r2", "r", { name: "Premier recours" }))).toBe(true);
  });
  it("counts a new wording with a change of kind as a rename", () => {
    const mission = unit("m", "dg", { kind: "mission", name: "Mission « Administration générale »" });
    expect(sameName(mission, unit("sr4", "dg", { kind: "bureau", name: "Administration générale" }))).toBe(false);
  });
  it("counts different distinctive words as a rename", () => {
    expect(sameName(unit("a", null, { name: "Bureau alpha" }), unit("a", null, { name: "Bureau bêta" }))).toBe(false);
  });
});

describe("diff edge cases", () => {
  it("marks a unit whose former parent has no documented fate with a caveat instead of a move", () => {
    const silent = dataset(
      [version("a", [unit("dg", null), unit("p", "dg"), unit("u", "p")]), version("b", [unit("dg", null), unit("u", "dg")])],
      [link("a:dg", "b:dg", "continues"), link("a:u", "b:u", "continues")],
    );
    const result = diff(silent, "a", "b");
    expect(result.classOf.from.get("u")).toBe("unchanged");
    expect(result.changesByUnit.from.get("u")?.[0]?.caveats[0]).toMatch(/devenir de Unité p \(a\) n'est pas documenté/);
    expect(result.changesByUnit.from.get("p")?.[0]?.caveats[0]).toMatch(/aucun lien de filiation après/);
  });
  it("keeps each unit in one change when a split and a merge cross, listing the other side as related", () => {
    // a splits into x and y; b merges into y.
    const crossing = dataset(
      [version("a", [unit("dg", null), unit("a", "dg"), unit("b", "dg")]), version("b", [unit("dg", null), unit("x", "dg"), unit("y", "dg")])],
      [link("a:dg", "b:dg", "continues"), link("a:a", "b:x", "split-into"), link("a:a", "b:y", "split-into"), link("a:b", "b:y", "merged-into")],
    );
    const result = diff(crossing, "a", "b");
    const split = result.changesByUnit.from.get("a")?.[0];
    const merge = result.changesByUnit.to.get("y")?.[0];
    expect(split).toMatchObject({ class: "split", to: [{ unit: "x" }], related: [{ unit: "y" }] });
    expect(merge).toMatchObject({ class: "merged", from: [{ unit: "b" }], related: [{ unit: "a" }] });
    expect(merge?.caveats[0]).toBe("reçoit aussi une partie de Unité a (a), classée « scindé »");
    expect(split?.caveats[0]).toBe("une partie va aussi à Unité y (b), qui reçoit aussi d'autres unités (classée « fusionné »)");
  });
  it("classes everything unchanged when comparing a version with itself", () => {
    const result = diff(ds, "2016", "2016");
    expect(result.counts.unchanged).toBe(v2016.units.length);
  });
  it("throws on an unknown version", () => {
    expect(() => diff(ds, "2010", "2099")).toThrow(/2099/);
  });
  it("labels every class in French", () => {
    expect(CHANGE_CLASSES.map((c) => CHANGE_CLASS_LABELS[c])).toEqual([
      "inchangé",
      "renommé",
      "déplacé",
      "renommé et déplacé",
      "fusionné",
      "scindé",
      "créé",
      "supprimé",
      "sans correspondant documenté",
    ]);
  });
});
