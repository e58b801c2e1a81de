// Random small datasets (2–3 versions, random trees, random lineage of every type, including
// contradictory ones): whatever the links say, diff must classify every unit exactly once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANGE_CLASSES, diff, type Change } from "../../../src/domain/diff.ts";
import { counterparts } from "../../../src/domain/lineage.ts";
import type { LineageLink, LinkType, Unit, UnitKind, Version } from "../../../src/domain/schema.ts";
import { dataset, described, link, unit, version } from "./diffFixtures.ts";

const NAMES = ["Bureau alpha", "Bureau Alpha", "Alpha", "Bureau bêta", "Mission gamma", "Sous-direction delta"];
const ITEMS = ["Piloter l'offre", "Piloter l’offre", "Financer", "Former", "Évaluer"];
const KINDS: UnitKind[] = ["bureau", "mission", "sous-direction"];
const BASES = [undefined, "stated", "chart-layout", "not-stated"] as const;
const PAIR_TYPES: LinkType[] = ["continues", "renamed", "moved", "merged-into", "split-into", "absorbed-by"];

const unitArb = (i: number) =>
  fc.record({
    parent: i === 0 ? fc.constant(-1) : fc.integer({ min: 0, max: i - 1 }),
    name: fc.constantFrom(...NAMES),
    kind: fc.constantFrom(...KINDS),
    basis: fc.constantFrom(...BASES),
    missions: fc.option(fc.subarray(ITEMS, { minLength: 1 }), { nil: undefined }),
  });

const versionArb = (id: string) =>
  fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => unitArb(i))).map((specs): Version =>
      version(
        id,
        specs.map((s, i): Unit =>
          unit(`u${i}`, s.parent < 0 ? null : `u${s.parent}`, {
            name: s.name,
            kind: i === 0 ? "direction" : s.kind,
            ...(s.basis && { attachment: { basis: s.basis, note: "note" } }),
            ...(s.missions && { missions: described(...s.missions) }),
          }),
        ),
      ),
    ),
  );

const linksArb = (from: Version, to: Version) =>
  fc
    .record({
      pairs: fc.array(
        fc.record({ a: fc.nat(from.units.length - 1), b: fc.nat(to.units.length - 1), type: fc.constantFrom(...PAIR_TYPES) }),
        { maxLength: 10 },
      ),
      ended: fc.subarray(from.units.map((u) => u.id)),
      created: fc.subarray(to.units.map((u) => u.id)),
    })
    .map(({ pairs, ended, created }): LineageLink[] => [
      ...pairs.map(({ a, b, type }) => link(`${from.id}:u${a}`, `${to.id}:u${b}`, type)),
      ...ended.map((id) => link(`${from.id}:${id}`, null, "no-successor")),
      ...created.map((id) => link(null, `${to.id}:${id}`, "created")),
    ]);

const datasetArb = fc
  .integer({ min: 2, max: 3 })
  .chain((k) => fc.tuple(...["2010", "2016", "2024"].slice(0, k).map(versionArb)))
  .chain((versions) =>
    fc
      .tuple(...versions.slice(1).map((to, i) => linksArb(versions[i] as Version, to)))
      .map((links) => dataset(versions, links.flat())),
  );

const PAIR_CLASSES = new Set(["unchanged", "renamed", "moved", "renamed-moved"]);

function checkShape(change: Change): void {
  const [f, t] = [change.from.length, change.to.length];
  if (change.class === "removed") expect([f, t]).toEqual([1, 0]);
  else if (change.class === "undocumented") expect([f, t].sort()).toEqual([0, 1]);
  else if (change.class === "created") expect(t).toBe(1);
  else if (PAIR_CLASSES.has(change.class)) expect([f, t]).toEqual([1, 1]);
  else if (change.class === "split") expect(f).toBe(1);
  else expect(t).toBe(1);
}

describe("diff on random datasets", () => {
  it("classifies every unit of both sides exactly once, in exactly one change", () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        for (const fromV of ds.versions) {
          for (const toV of ds.versions) {
            const result = diff(ds, fromV.id, toV.id);
            for (const [side, v] of [["from", fromV], ["to", toV]] as const) {
              expect([...result.classOf[side].keys()].sort()).toEqual(v.units.map((u) => u.id).sort());
              for (const u of v.units) {
                const owning = result.changes.filter((c) => c[side].some((r) => r.unit === u.id));
                expect(owning).toHaveLength(1);
                expect(result.changesByUnit[side].get(u.id)).toEqual(owning);
                expect(result.classOf[side].get(u.id)).toBe(owning[0]?.class);
              }
            }
            result.changes.forEach(checkShape);
            expect(new Set(result.changes.map((c) => c.id)).size).toBe(result.changes.length);
            expect(CHANGE_CLASSES.reduce((n, c) => n + result.counts[c], 0)).toBe(result.changes.length);
          }
        }
      }),
      { numRuns: 300 },
    );
    // 300 random datasets × every pair of versions: seconds on a loaded machine, not a timing test.
  }, 60_000);

  it("agrees with counterparts: removed and undocumented units have none, split units have several", () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const [first, , last] = ds.versions;
        const to = (last ?? ds.versions[1]) as Version;
        const result = diff(ds, (first as Version).id, to.id);
        for (const [id, cls] of result.classOf.from) {
          const n = counterparts(ds, { version: (first as Version).id, unit: id }, to.id).length;
          if (cls === "removed" || cls === "undocumented") expect(n).toBe(0);
          else if (cls === "split") expect(n).toBeGreaterThanOrEqual(2);
          else expect(n).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("classes every unit unchanged when a version is compared with itself", () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const v = ds.versions[0] as Version;
        expect(diff(ds, v.id, v.id).counts.unchanged).toBe(v.units.length);
      }),
      { numRuns: 50 },
    );
  });
});
