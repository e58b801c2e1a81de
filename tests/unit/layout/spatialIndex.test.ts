import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSpatialIndex, layoutTree, visibleLinks, visibleNodes, type LayoutUnit } from "../../../src/layout/layoutTree.ts";
import { intersects } from "../../../src/layout/spatialIndex.ts";
import type { Rect } from "../../../src/layout/viewport.ts";

function randomTree(n: number, seed: number): LayoutUnit[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const units: LayoutUnit[] = [{ id: "u0", parent: null, name: "Racine", kind: "direction" }];
  for (let i = 1; i < n; i++) units.push({ id: `u${i}`, parent: `u${Math.floor(rand() * Math.min(i, 40))}`, name: `Unité ${i} ${"de la mission ".repeat(i % 6)}`, kind: "bureau" });
  return units;
}

const grow = (r: Rect, m: number): Rect => ({ x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m });

describe("spatial index", () => {
  it("spatial index returns exactly the nodes intersecting a rect vs brute force", () => {
    const layout = layoutTree(randomTree(600, 7));
    const index = createSpatialIndex(layout, 256);
    const { bounds } = layout;
    const rectArb = fc.record({
      x: fc.double({ min: bounds.x - 500, max: bounds.x + bounds.width, noNaN: true }),
      y: fc.double({ min: bounds.y - 500, max: bounds.y + bounds.height, noNaN: true }),
      width: fc.double({ min: 0, max: bounds.width, noNaN: true }),
      height: fc.double({ min: 0, max: bounds.height, noNaN: true }),
    });
    fc.assert(
      fc.property(rectArb, fc.constantFrom(0, 10, 300), (rect, margin) => {
        const area = grow(rect, margin);
        const expectedNodes = layout.nodes.filter((n) => intersects(n, area)).map((n) => n.id);
        const expectedLinks = layout.links.filter((l) => intersects(l.bounds, area)).map((l) => l.id);
        expect(visibleNodes(index, rect, margin).map((n) => n.id)).toEqual(expectedNodes);
        expect(visibleLinks(index, rect, margin).map((l) => l.id)).toEqual(expectedLinks);
        // Passing the layout uses a cached index with the default cell size: same answer.
        expect(visibleNodes(layout, rect, margin).map((n) => n.id)).toEqual(expectedNodes);
      }),
      { numRuns: 200 },
    );
  });

  it("answers a huge or far-away rectangle without scanning forever", () => {
    const layout = layoutTree(randomTree(200, 3));
    expect(visibleNodes(layout, { x: -1e12, y: -1e12, width: 2e12, height: 2e12 })).toHaveLength(layout.nodes.length);
    expect(visibleNodes(layout, { x: 1e9, y: 1e9, width: 10, height: 10 })).toEqual([]);
    expect(visibleNodes(layoutTree([]), { x: 0, y: 0, width: 100, height: 100 })).toEqual([]);
  });

  it("link bounds contain their whole path", () => {
    const layout = layoutTree(randomTree(300, 11));
    for (const link of layout.links) {
      for (const [, cmd, arg] of link.path.matchAll(/([MHV])([^MHV]+)/g)) {
        const nums = (arg as string).split(",").map(Number);
        const xs = cmd === "V" ? [] : [nums[0] as number];
        const ys = cmd === "H" ? [] : cmd === "M" ? [nums[1] as number] : [nums[0] as number];
        for (const x of xs) expect(x >= link.bounds.x - 1e-9 && x <= link.bounds.x + link.bounds.width + 1e-9).toBe(true);
        for (const y of ys) expect(y >= link.bounds.y - 1e-9 && y <= link.bounds.y + link.bounds.height + 1e-9).toBe(true);
      }
    }
  });
});
