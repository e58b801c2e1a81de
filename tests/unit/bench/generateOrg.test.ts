import { describe, expect, it } from "vitest";
import { BENCH_SEED, datasetFiles, generateDataset, treeStats } from "../../../bench/generateOrg.ts";
import { formatDataError } from "../../../src/domain/dataErrors.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";

const SIZES = [100, 1000, 10000] as const;

describe("bench/generateOrg", () => {
  it("generateDataset is deterministic for a seed", () => {
    const a = generateDataset({ units: 1000, seed: 42 });
    const b = generateDataset({ units: 1000, seed: 42 });
    const c = generateDataset({ units: 1000, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("generated organisations pass validateDataset", () => {
    for (const units of SIZES) {
      const dataset = generateDataset({ units, seed: BENCH_SEED });
      const result = validateDataset(datasetFiles(dataset));
      expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
      expect(dataset.versions).toHaveLength(1);
      expect(dataset.versions[0]?.id).toBe("synthetic");
      expect(dataset.versions[0]?.units).toHaveLength(units);
    }
  }, 30_000);

  it("depth is between 4 and 6 and names are 30–60 characters", () => {
    for (const units of SIZES) {
      for (const seed of [BENCH_SEED, 1, 2, 3]) {
        const version = generateDataset({ units, seed }).versions[0];
        if (!version) throw new Error("no version");
        const { depth } = treeStats(version);
        const maxDepth = Math.max(...depth.values());
        expect(maxDepth).toBeGreaterThanOrEqual(4);
        expect(maxDepth).toBeLessThanOrEqual(6);
        const children = new Map<string, number>();
        for (const u of version.units) if (u.parent) children.set(u.parent, (children.get(u.parent) ?? 0) + 1);
        for (const count of children.values()) {
          expect(count).toBeGreaterThanOrEqual(3);
          expect(count).toBeLessThanOrEqual(12);
        }
        for (const u of version.units) {
          expect(u.name.length).toBeGreaterThanOrEqual(30);
          expect(u.name.length).toBeLessThanOrEqual(60);
          expect(u.missions.status === "described" ? u.missions.items.length : 0).toBe(3);
        }
      }
    }
    // Four seeds at every size: heavy work, not a timing check; the default 5 s failed under load.
  }, 60_000);
});
