import { describe, expect, it } from "vitest";
import { CARD_METRICS, layoutTree, type LayoutNode, type LayoutUnit } from "../../../src/layout/layoutTree.ts";
import { autoOutline, planOutline } from "../../../src/layout/outlinePlan.ts";
import { indexTree, prepare } from "../../../src/layout/prepared.ts";

const unit = (id: string, parent: string | null, name = `Unité ${id}`): LayoutUnit => ({ id, parent, name, kind: "bureau" });

/** A regular tree: `fanout` children per unit down to `depth` (root = 0). */
function regular(fanout: number, depth: number): LayoutUnit[] {
  const units = [unit("r", null, "Direction générale de l'organisation")];
  let level = ["r"];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const p of level) for (let c = 0; c < fanout; c++) {
      const id = `${p}.${c}`;
      units.push(unit(id, p, `Bureau ${id} de la coordination des services`));
      next.push(id);
    }
    level = next;
  }
  return units;
}

function dgos(): LayoutUnit[] {
  const units = [unit("dg", null, "Direction générale de l'offre de soins")];
  for (let s = 0; s < 6; s++) {
    units.push(unit(`sd${s}`, "dg", `Sous-direction ${s}`));
    for (let b = 0; b < 2 + s; b++) units.push(unit(`sd${s}b${b}`, `sd${s}`, `Bureau ${b} de la sous-direction ${s}`));
  }
  return units;
}

const aspect = (units: LayoutUnit[], auto = false) => {
  const { bounds } = layoutTree(units, { outline: auto ? autoOutline(units) : null });
  return bounds.width / bounds.height;
};

describe("outline layout of very wide trees", () => {
  it("a tree far wider than tall is laid out as a shape close to 2:1 in auto mode", () => {
    const units = regular(7, 4); // 2,801 units: a tidy tree ~100 times wider than tall
    expect(aspect(units)).toBeGreaterThan(50);
    const shaped = aspect(units, true);
    expect(shaped).toBeGreaterThan(0.5);
    expect(shaped).toBeLessThan(4);
  });

  it("auto mode leaves a DGOS-sized chart exactly as the tidy tree", () => {
    expect(planOutline(prepare(dgos(), CARD_METRICS), CARD_METRICS, { above: 8, aspect: 2 })).toBeNull();
    expect(autoOutline(dgos())).toBeNull();
  });

  it("draws units below the outline depth indented under their parent, in reading order", () => {
    const layout = layoutTree(regular(3, 3), { outline: { depth: 2, columnHeight: 400 } });
    const byId = (id: string) => layout.byId.get(id) as LayoutNode;
    for (const n of layout.nodes) {
      if (n.depth < 2) {
        expect(n.stacked).toBe(false);
        continue;
      }
      expect(n.stacked).toBe(true);
      const parent = byId(n.parentId as string);
      if (n.depth > 2) {
        expect(n.x).toBe(parent.x + CARD_METRICS.stackIndent);
        expect(n.y).toBeGreaterThan(parent.y);
      }
    }
    // r.0.0's outline: the unit, then its three children, one under the other.
    const outline = ["r.0.0", "r.0.0.0", "r.0.0.1", "r.0.0.2"].map(byId);
    for (let i = 1; i < outline.length; i++) expect(outline[i]?.y).toBe((outline[i - 1]?.y ?? 0) + (outline[i - 1]?.height ?? 0) + CARD_METRICS.stackGap);
    // Three outlines of four cards do not fit a 400-unit column: r.0 gets several columns.
    expect(new Set(layout.nodes.filter((n) => n.parentId === "r.0").map((n) => n.x)).size).toBeGreaterThan(1);
  });

  it("folding a branch keeps the plan decided on the whole tree", () => {
    const units = regular(7, 4);
    const open = layoutTree(units, { outline: autoOutline(units) });
    const folded = layoutTree(units, { outline: autoOutline(units), collapsed: new Set(["r.3"]) });
    const stackedDepths = (nodes: LayoutNode[]) => new Set(nodes.filter((n) => n.stacked).map((n) => n.depth));
    expect(stackedDepths(folded.nodes)).toEqual(stackedDepths(open.nodes));
    expect(folded.byId.has("r.3.0")).toBe(false);
    expect(folded.byId.get("r.3")).toMatchObject({ collapsed: true, childCount: 7 });
  });
});

describe("prepared tree", () => {
  it("indexes children in source order, depths and pre-order", () => {
    const units = [unit("r", null), unit("b", "r"), unit("a", "r"), unit("b1", "b")];
    const t = indexTree(units);
    expect(t.root).toBe(0);
    expect(Array.from(t.childList.subarray(t.childStart[0], t.childStart[1]))).toEqual([1, 2]);
    expect(Array.from(t.depth)).toEqual([0, 1, 1, 2]);
    expect(Array.from(t.preorder)).toEqual([0, 1, 3, 2]);
  });

  it("is computed once per units array and metrics", () => {
    const units = dgos();
    expect(prepare(units, CARD_METRICS)).toBe(prepare(units, CARD_METRICS));
    expect(prepare(units, { ...CARD_METRICS, cardWidth: 200 })).not.toBe(prepare(units, CARD_METRICS));
    expect(prepare([...units], CARD_METRICS)).not.toBe(prepare(units, CARD_METRICS));
  });
});
