import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexAnyVersion, indexVersion, siblingPositions, type VersionIndex } from "../../../src/domain/hierarchy.ts";
import "../../../src/domain/treeIndex.ts"; // registers the one-tree index, as the two-part reader does
import type { Unit, Version } from "../../../src/domain/schema.ts";
import { packUnits, unpackUnits } from "../../../src/domain/unitColumns.ts";
import { adoptTree, indexTree, prepare } from "../../../src/layout/prepared.ts";
import { CARD_METRICS, layoutTree } from "../../../src/layout/layoutTree.ts";

const unit = (id: string, parent: string | null) => ({ id, parent, name: `Unité ${id}`, kind: "bureau", missions: [], sources: [] }) as unknown as Unit;
const version = (units: Unit[]) => ({ id: "v", units }) as unknown as Version;

/** A random tree: unit i > 0 hangs under an earlier or (shuffled) later unit, ids in source order. */
const trees = fc
  .array(fc.nat(), { minLength: 0, maxLength: 60 })
  .chain((parents) => fc.tuple(fc.constant(parents), fc.shuffledSubarray([...Array(parents.length + 1).keys()], { minLength: parents.length + 1 })))
  .map(([parents, order]) => {
    const built = [unit("u0", null), ...parents.map((p, i) => unit(`u${i + 1}`, `u${p % (i + 1)}`))];
    return order.map((k) => built[k] as Unit);
  });

function same(fast: VersionIndex, slow: VersionIndex, units: readonly Unit[]) {
  expect(fast.root).toBe(slow.root);
  expect(fast.ordered).toEqual(slow.ordered);
  expect([...fast.byId]).toEqual([...slow.byId]);
  expect([...fast.children]).toEqual([...slow.children]);
  expect(fast.children.size).toBe(slow.children.size);
  for (const u of [...units, unit("absent", null)]) {
    expect(fast.byId.get(u.id)).toBe(slow.byId.get(u.id));
    expect(fast.byId.has(u.id)).toBe(slow.byId.has(u.id));
    expect(fast.children.get(u.id)).toEqual(slow.children.get(u.id));
    expect(fast.children.has(u.id)).toBe(slow.children.has(u.id));
  }
}

describe("indexVersion of a version that is one tree", () => {
  it("gives the same root, order, units by id and children as the general index, and the same array on every get", () => {
    fc.assert(
      fc.property(trees, (units) => {
        const fast = indexVersion(version(units));
        expect(fast.tree).toBeDefined();
        same(fast, indexAnyVersion(version(units)), units);
        for (const u of units) expect(fast.children.get(u.id)).toBe(fast.children.get(u.id));
      }),
    );
  });

  it("gives the layout the tree it would index itself over the depth-first order", () => {
    fc.assert(
      fc.property(trees, (units) => {
        const { tree, ordered } = indexVersion(version(units));
        const own = indexTree(ordered);
        expect(tree?.root).toBe(own.root);
        expect(tree?.childStart).toEqual(own.childStart);
        expect(tree?.childList).toEqual(own.childList);
        expect(tree?.depth).toEqual(own.depth);
        expect(tree?.preorder).toEqual(own.preorder);
        for (const u of [...units, unit("absent", null)]) expect(tree?.at.get(u.id)).toBe(own.at.get(u.id));
      }),
    );
  });

  it("reads the parents' indices of unpacked units and gives the same index", () => {
    fc.assert(
      fc.property(trees, (units) => {
        const unpacked = unpackUnits(packUnits(units), { missions: { status: "not-described", reason: "" }, sources: [] });
        same(indexVersion(version(unpacked)), indexAnyVersion(version(unpacked)), unpacked);
      }),
    );
  });

  it("leaves duplicate ids, several roots, missing parents and cycles to the general index", () => {
    const cases = [
      [unit("r", null), unit("a", "r"), unit("a", "r")],
      [unit("r", null), unit("s", null), unit("a", "r")],
      [unit("r", null), unit("a", "nowhere")],
      [unit("r", null), unit("a", "b"), unit("b", "a")],
    ];
    for (const units of cases) {
      const index = indexVersion(version(units));
      expect(index.tree).toBeUndefined();
      expect(index).toEqual(indexAnyVersion(version(units)));
    }
  });

  it("keeps sibling positions", () => {
    const units = [unit("r", null), unit("a", "r"), unit("b", "r")];
    for (let i = 0; i < 40; i++) units.push(unit(`a${i}`, "a"));
    const position = siblingPositions(indexVersion(version(units)));
    expect(position(units[2] as Unit)).toEqual({ setSize: 2, posInSet: 2 });
    expect(position(units[42] as Unit)).toEqual({ setSize: 40, posInSet: 40 });
  });
});

describe("adoptTree", () => {
  it("lays out units with an adopted tree exactly as with their own", () => {
    fc.assert(
      fc.property(trees, (units) => {
        const { tree, ordered } = indexVersion(version(units));
        const mine = ordered.slice();
        adoptTree(mine, tree as NonNullable<typeof tree>);
        expect(prepare(mine, CARD_METRICS).at).toBe(tree?.at);
        const collapsed = new Set(units.filter((_, i) => i % 5 === 1).map((u) => u.id));
        const adopted = layoutTree(mine, { collapsed });
        const own = layoutTree(ordered.slice(), { collapsed });
        expect(adopted.nodes).toEqual(own.nodes);
        expect(adopted.links).toEqual(own.links);
        expect(adopted.bounds).toEqual(own.bounds);
        for (const u of [...units, unit("absent", null)]) expect(adopted.byId.get(u.id)).toEqual(own.byId.get(u.id));
      }),
    );
  });
});
