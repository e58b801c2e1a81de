import { describe, expect, it } from "vitest";
import { counterparts, linksFrom, linksTo, timeline, traceLineage } from "../../../src/domain/lineage.ts";
import { dataset, link, unit, version } from "./diffFixtures.ts";

// 2010 a → 2016 a → 2024 a2 (renamed id); 2010 s splits into 2016 s1, s2 which merge back into 2024 m;
// 2010 x has no successor; 2024 n is created.
const ds = dataset(
  [
    version("2010", [unit("dg", null), unit("a", "dg"), unit("s", "dg"), unit("x", "dg")]),
    version("2016", [unit("dg", null), unit("a", "dg"), unit("s1", "dg"), unit("s2", "dg")]),
    version("2024", [unit("dg", null), unit("a2", "dg"), unit("m", "dg"), unit("n", "dg")]),
  ],
  [
    link("2010:dg", "2016:dg", "continues"),
    link("2016:dg", "2024:dg", "continues"),
    link("2010:a", "2016:a", "continues"),
    link("2016:a", "2024:a2", "renamed"),
    link("2010:s", "2016:s1", "split-into"),
    link("2010:s", "2016:s2", "split-into"),
    link("2016:s1", "2024:m", "merged-into"),
    link("2016:s2", "2024:m", "merged-into"),
    link("2010:x", null, "no-successor"),
    link(null, "2024:n", "created"),
  ],
);
const units = (cps: ReturnType<typeof counterparts>) => cps.map((c) => `${c.unit.version}:${c.unit.unit}`);
const reasons = (chain: { reason: string }[]) => chain.map((l) => l.reason);

describe("linksFrom and linksTo", () => {
  it("linksFrom lists a unit's outgoing links, including no-successor", () => {
    expect(linksFrom(ds, "2010", "s").map((l) => l.to?.unit)).toEqual(["s1", "s2"]);
    expect(linksFrom(ds, "2010", "x").map((l) => l.type)).toEqual(["no-successor"]);
  });
  it("linksTo lists a unit's incoming links, including created", () => {
    expect(linksTo(ds, "2024", "m").map((l) => l.from?.unit)).toEqual(["s1", "s2"]);
    expect(linksTo(ds, "2024", "n").map((l) => l.type)).toEqual(["created"]);
    expect(linksTo(ds, "2010", "a")).toEqual([]);
  });
});

describe("counterparts", () => {
  it("follows links forward through an intermediate version, keeping the chain in order", () => {
    const [cp, ...rest] = counterparts(ds, { version: "2010", unit: "a" }, "2024");
    expect(rest).toEqual([]);
    expect(cp?.unit).toEqual({ version: "2024", unit: "a2" });
    expect(reasons(cp?.chain ?? [])).toEqual(["continues 2010:a -> 2016:a", "renamed 2016:a -> 2024:a2"]);
  });
  it("follows links backward with the chain still in chronological order", () => {
    const [cp] = counterparts(ds, { version: "2024", unit: "a2" }, "2010");
    expect(cp?.unit).toEqual({ version: "2010", unit: "a" });
    expect(reasons(cp?.chain ?? [])).toEqual(["continues 2010:a -> 2016:a", "renamed 2016:a -> 2024:a2"]);
  });
  it("lists a target reached by several paths once", () => {
    expect(units(counterparts(ds, { version: "2010", unit: "s" }, "2024"))).toEqual(["2024:m"]);
    expect(units(counterparts(ds, { version: "2024", unit: "m" }, "2010"))).toEqual(["2010:s"]);
  });
  it("returns every piece of a split", () => {
    expect(units(counterparts(ds, { version: "2010", unit: "s" }, "2016"))).toEqual(["2016:s1", "2016:s2"]);
  });
  it("returns nothing for a unit without successor or predecessor", () => {
    expect(counterparts(ds, { version: "2010", unit: "x" }, "2024")).toEqual([]);
    expect(counterparts(ds, { version: "2024", unit: "n" }, "2010")).toEqual([]);
  });
  it("returns the unit itself, with an empty chain, in its own version", () => {
    expect(counterparts(ds, { version: "2016", unit: "a" }, "2016")).toEqual([{ unit: { version: "2016", unit: "a" }, chain: [] }]);
  });
  it("throws on an unknown version", () => {
    expect(() => counterparts(ds, { version: "2010", unit: "a" }, "1999")).toThrow(/1999/);
  });
});

describe("traceLineage", () => {
  it("reports where the lineage stops and the link that says so", () => {
    const { deadEnds } = traceLineage(ds, { version: "2010", unit: "x" }, "2024");
    expect(deadEnds).toHaveLength(1);
    expect(deadEnds[0]?.ending?.type).toBe("no-successor");
  });
  it("reports a silent dead end with a null ending", () => {
    const silent = dataset(ds.versions, []);
    expect(traceLineage(silent, { version: "2010", unit: "a" }, "2024").deadEnds[0]?.ending).toBeNull();
  });
});

describe("timeline", () => {
  it("gives the counterparts in every version, including the unit's own", () => {
    const entries = timeline(ds, "2016", "a");
    expect(entries.map((e) => e.version)).toEqual(["2010", "2016", "2024"]);
    expect(entries.map((e) => units(e.counterparts))).toEqual([["2010:a"], ["2016:a"], ["2024:a2"]]);
  });
  it("gives empty entries where the unit has no counterpart", () => {
    expect(timeline(ds, "2024", "n").map((e) => e.counterparts.length)).toEqual([0, 0, 1]);
  });
});
