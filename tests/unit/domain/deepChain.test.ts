// A valid but 10,000-level deep organisation (one unit under the other): every tree walk is
// iterative, so nothing throws « Maximum call stack size exceeded ».
import { describe, expect, it } from "vitest";
import { diff } from "../../../src/domain/diff.ts";
import { ancestorIds, depthOf, descendantIds, indexVersion, indexVersions, visibleOrder } from "../../../src/domain/hierarchy.ts";
import { createSearchIndex, searchUnits } from "../../../src/domain/searchIndex.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { layoutTree } from "../../../src/layout/layoutTree.ts";
import { buildSearchGroups } from "../../../src/state/searchResults.ts";
import { switchVersion, initialPane } from "../../../src/state/paneState.ts";
import { DEPTH, deepChainDataset } from "./deepChain.ts";
import { toFiles } from "./fixtures.ts";

describe("a 10,000-level chain", () => {
  const dataset = deepChainDataset();
  const last = `c${DEPTH - 1}`;

  it("is indexed, walked and measured without recursion", () => {
    const index = indexVersion(dataset.versions.find((v) => v.id === "2024")!);
    expect(index.ordered).toHaveLength(DEPTH);
    expect(ancestorIds(index, last)).toHaveLength(DEPTH - 1);
    expect(depthOf(index, last)).toBe(DEPTH - 1);
    expect(descendantIds(index, "dgos")).toHaveLength(DEPTH);
    expect(visibleOrder(index, new Set())).toHaveLength(DEPTH);
  });

  it("is laid out, one row per level", () => {
    const layout = layoutTree(dataset.versions.find((v) => v.id === "2024")!.units);
    expect(layout.nodes).toHaveLength(DEPTH);
  });

  it("is indexed for search and found at the bottom", () => {
    const index = createSearchIndex(dataset);
    const hits = searchUnits(index, `Niveau ${DEPTH - 1}`, { version: "2024" });
    expect(hits.some((h) => h.unitId === last)).toBe(true);
    const indexes = indexVersions(dataset);
    const groups = buildSearchGroups(dataset, indexes, index, `Niveau ${DEPTH - 1}`, { version: "2024", allVersions: false });
    expect(groups[0]?.items.some((i) => i.unitId === last)).toBe(true);
  });

  it("is compared with another version", () => {
    const result = diff(dataset, "2016", "2024");
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it("is switched to from another version", () => {
    expect(switchVersion(dataset, initialPane("2016", "r1"), "2024").state.version).toBe("2024");
  });

  it("passes validation (it is valid data)", () => {
    expect(() => validateDataset(toFiles(dataset))).not.toThrow();
  });
});
