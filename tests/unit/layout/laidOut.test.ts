import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { levelsOf } from "../../../src/layout/initialViewport.ts";
import { finishLazily } from "../../../src/layout/laidOut.ts";
import { CARD_METRICS, createSpatialIndex, layoutTree, type LayoutUnit } from "../../../src/layout/layoutTree.ts";
import { planOutline } from "../../../src/layout/outlinePlan.ts";
import { prepare } from "../../../src/layout/prepared.ts";
import { intersects } from "../../../src/layout/spatialIndex.ts";

/** A random tree whose parents are among the last `spread` units: small spreads make deep trees. */
function randomTree(n: number, spread: number, seed: number): LayoutUnit[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const units: LayoutUnit[] = [{ id: "u0", parent: null, name: "Racine", kind: "direction" }];
  for (let i = 1; i < n; i++) {
    const parent = Math.max(0, i - 1 - Math.floor(rand() * Math.min(i, spread)));
    units.push({ id: `u${i}`, parent: `u${parent}`, name: `Unité ${i} ${"de la mission ".repeat(Math.floor(rand() * 7))}`, kind: "bureau" });
  }
  return units;
}

const caseArb = fc.record({
  n: fc.integer({ min: 2, max: 250 }),
  spread: fc.integer({ min: 1, max: 40 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  outlined: fc.boolean(),
  folds: fc.array(fc.nat(), { maxLength: 6 }),
});

type Case = { n: number; spread: number; seed: number; outlined: boolean; folds: number[] };

/** The case's units and, when outlined, an outline plan whose low threshold puts most random trees in outline mode (columns, outline and stack links). */
function caseTree({ n, spread, seed, outlined }: Case) {
  const units = randomTree(n, spread, seed);
  return { units, outline: outlined ? planOutline(prepare(units, CARD_METRICS), CARD_METRICS, { above: 0.5, aspect: 2 }) : null };
}

/** The folded units after each of the case's folds (each one toggles a unit). */
function* foldStates({ n, folds }: Case): Generator<ReadonlySet<string>> {
  const collapsed = new Set<string>();
  for (const f of folds) {
    const id = `u${f % n}`;
    if (collapsed.has(id)) collapsed.delete(id);
    else collapsed.add(id);
    yield collapsed;
  }
}

describe("layouts made on demand", () => {
  it("after any sequence of folds, a layout made on demand has the same cards, links and bounds as one made all at once", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { units, outline } = caseTree(c);
        for (const collapsed of foldStates(c)) {
          const full = layoutTree(units, { collapsed, outline });
          // Read on their own: what the nodes need is not placed by reading the links first.
          const lazy = () => layoutTree(units, { collapsed, outline, finish: finishLazily });
          expect(lazy().nodes).toEqual(full.nodes);
          expect(lazy().links.map((l) => [l.id, l.path])).toEqual(full.links.map((l) => [l.id, l.path]));
          expect(lazy().bounds).toEqual(full.bounds);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("after any sequence of folds, a layout made on demand gives the first view the same level bounds as its cards, without making them", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { units, outline } = caseTree(c);
        for (const collapsed of foldStates(c)) {
          const full = layoutTree(units, { collapsed, outline });
          const lazy = layoutTree(units, { collapsed, outline, finish: finishLazily });
          expect(lazy.levels?.()).toEqual(levelsOf(full.nodes));
          expect((lazy as unknown as { made: unknown[] }).made.filter(Boolean)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("after any sequence of folds, the spatial index finds exactly the cards and links a brute-force scan finds, in layout order", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { units, outline } = caseTree(c);
        for (const collapsed of foldStates(c)) {
          // Brute force over the layout made all at once; the index of one made on demand.
          const layout = layoutTree(units, { collapsed, outline });
          const index = createSpatialIndex(layoutTree(units, { collapsed, outline, finish: finishLazily }), 300);
          const { bounds } = layout;
          // The whole tree, then thin strips across it: some only cross the links between a
          // parent and its columns, or a column's spine.
          const rects = [{ x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }];
          for (let fy = 0; fy < 1; fy += 0.08)
            for (let fx = 0; fx < 1; fx += 0.25) rects.push({ x: bounds.x + fx * bounds.width, y: bounds.y + fy * bounds.height, width: 0.15 * bounds.width, height: 0.02 * bounds.height });
          for (const rect of rects) {
            expect(index.nodes(rect).map((x) => x.id)).toEqual(layout.nodes.filter((x) => intersects(x, rect)).map((x) => x.id));
            expect(index.links(rect).map((l) => l.id)).toEqual(layout.links.filter((l) => intersects(l.bounds, rect)).map((l) => l.id));
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it("a unit's node is the same object by id and in the node list, and folded-away units have none", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { units, outline } = caseTree(c);
        const collapsed = new Set(c.folds.map((f) => `u${f % c.n}`));
        const layout = layoutTree(units, { collapsed, outline, finish: finishLazily });
        // Asked by id first, then as a list: both give the same objects.
        const byIdFirst = units.map((u) => layout.byId.get(u.id));
        const shown = new Set(layout.nodes.map((x) => x.id));
        expect(layout.byId.size).toBe(layout.nodes.length);
        units.forEach((u, i) => {
          expect(layout.byId.has(u.id)).toBe(shown.has(u.id));
          expect(byIdFirst[i]).toBe(shown.has(u.id) ? layout.nodes.find((x) => x.id === u.id) : undefined);
        });
        expect(layout.links.map((l) => l.target)).toEqual(layout.nodes.slice(1).map((x) => x.id));
      }),
      { numRuns: 60 },
    );
  });
});
