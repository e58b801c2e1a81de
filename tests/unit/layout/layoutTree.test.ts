import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CARD_METRICS, LayoutError, layoutTree, type LayoutNode, type LayoutUnit, type TreeLayout } from "../../../src/layout/layoutTree.ts";

const unit = (id: string, parent: string | null, name = `Unité ${id}`): LayoutUnit => ({ id, parent, name, kind: "bureau" });

const LONG_NAME =
  "Mission d'appui à l'investissement hospitalier et à la transformation numérique des établissements de santé et médico-sociaux (MAIH)";

/** DGOS-like: a direction, six sub-directions with 2 to 6 bureaux, one with a deeper level. */
function dgos(): LayoutUnit[] {
  const units = [unit("dg", null, "Direction générale de l'offre de soins")];
  for (let s = 0; s < 6; s++) {
    units.push(unit(`sd${s}`, "dg", `Sous-direction numéro ${s} ${s === 2 ? LONG_NAME : "de la régulation"}`));
    for (let b = 0; b < 2 + s; b++) units.push(unit(`sd${s}b${b}`, `sd${s}`, b === 1 ? LONG_NAME : `Bureau ${b} de la sous-direction ${s}`));
  }
  units.push(unit("cell", "sd1b0", "Cellule rattachée"));
  return units;
}

const overlaps = (a: LayoutNode, b: LayoutNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlappingPairs(layout: TreeLayout): string[] {
  const out: string[] = [];
  const { nodes } = layout;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) if (overlaps(nodes[i] as LayoutNode, nodes[j] as LayoutNode)) out.push(`${nodes[i]?.id}/${nodes[j]?.id}`);
  return out;
}

/** Corner points of an M/H/V path. */
function points(path: string): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, arg] of path.matchAll(/([MHV])([^MHV]+)/g)) {
    const n = (arg as string).split(",").map(Number);
    if (cmd === "M") [x, y] = [n[0] as number, n[1] as number];
    else if (cmd === "H") x = n[0] as number;
    else y = n[0] as number;
    pts.push([x, y]);
  }
  return pts;
}

/** Links whose segments cross the inside of a card other than their two ends. */
function linksThroughCards(layout: TreeLayout): string[] {
  const out: string[] = [];
  for (const link of layout.links) {
    const pts = points(link.path);
    for (let s = 1; s < pts.length; s++) {
      const [x1, y1] = pts[s - 1] as [number, number];
      const [x2, y2] = pts[s] as [number, number];
      for (const n of layout.nodes) {
        if (n.id === link.source || n.id === link.target) continue;
        const inside = Math.max(x1, x2) > n.x && Math.min(x1, x2) < n.x + n.width && Math.max(y1, y2) > n.y && Math.min(y1, y2) < n.y + n.height;
        if (inside) out.push(`${link.id} through ${n.id}`);
      }
    }
  }
  return out;
}

const words = fc.constantFrom("Bureau", "de", "la", "qualité", "sous-direction", "hospitalière", "DGOS", "établissements", "et", "Wmw", "parcours");
interface Shape {
  name: string[];
  kids: readonly Shape[];
}
const nameArb = fc.array(words, { minLength: 1, maxLength: 22 });
// Org-chart shapes: a unit has no children, a few sub-units, or a row of leaves (a stack),
// so tall stacks end up next to deep branches, where a stack must reserve its column.
const { shape } = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.record({
    name: nameArb,
    kids: fc.oneof(
      { depthSize: "medium", maxDepth: 5 },
      { arbitrary: fc.constant([]), weight: 1 },
      { arbitrary: fc.array(fc.record({ name: nameArb, kids: fc.constant([]) }), { minLength: 3, maxLength: 9 }), weight: 2 },
      { arbitrary: fc.array(tie("shape"), { minLength: 1, maxLength: 4 }), weight: 4 },
    ),
  }),
}));
const treeArb = fc.tuple(shape, fc.array(fc.nat(), { maxLength: 6 })).map(([root, folds]) => {
  const units: LayoutUnit[] = [];
  const visit = (s: Shape, parent: string | null) => {
    const id = `u${units.length}`;
    units.push(unit(id, parent, s.name.join(" ")));
    for (const k of s.kids) visit(k, id);
  };
  visit(root, null);
  const collapsed = new Set(folds.map((n) => `u${n % units.length}`));
  return { units, collapsed };
});

describe("layoutTree", () => {
  it("layoutTree never overlaps two cards", () => {
    expect(overlappingPairs(layoutTree(dgos()))).toEqual([]);
    // A tall stack under A, next to B whose grandchildren spread wide two rows down.
    const units = [unit("r", null), unit("a", "r"), unit("b", "r")];
    for (let i = 0; i < 8; i++) units.push(unit(`a${i}`, "a", LONG_NAME));
    for (let i = 0; i < 3; i++) {
      units.push(unit(`b${i}`, "b"), unit(`b${i}x`, `b${i}`));
      for (let j = 0; j < 8; j++) units.push(unit(`b${i}x${j}`, `b${i}x`), unit(`b${i}x${j}y`, `b${i}x${j}`));
    }
    const tricky = layoutTree(units);
    expect(overlappingPairs(tricky)).toEqual([]);
    expect(linksThroughCards(tricky)).toEqual([]);
    fc.assert(
      fc.property(treeArb, fc.constantFrom(0, 2, 3, Infinity), ({ units, collapsed }, compactThreshold) => {
        const layout = layoutTree(units, { collapsed, compactThreshold });
        expect(overlappingPairs(layout)).toEqual([]);
        expect(linksThroughCards(layout)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // Deep levels as outlines in columns: the same guarantees, whatever the depth and column height.
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 150, 600, 5000), ({ units, collapsed }, depth, columnHeight) => {
        const layout = layoutTree(units, { collapsed, outline: { depth, columnHeight } });
        expect(overlappingPairs(layout)).toEqual([]);
        expect(linksThroughCards(layout)).toEqual([]);
        expect(layout.links).toHaveLength(layout.nodes.length - 1);
      }),
      { numRuns: 150 },
    );
  });

  it("places a parent above its children, rows aligned, links from bottom centre to top centre", () => {
    const layout = layoutTree(dgos(), { compactThreshold: Infinity });
    for (const n of layout.nodes) {
      if (!n.parentId) continue;
      const p = layout.byId.get(n.parentId) as LayoutNode;
      expect(n.y).toBeGreaterThan(p.y + p.height);
      expect(n.depth).toBe(p.depth + 1);
    }
    const rowTops = new Map<number, Set<number>>();
    for (const n of layout.nodes) rowTops.set(n.depth, (rowTops.get(n.depth) ?? new Set()).add(n.y));
    for (const tops of rowTops.values()) expect(tops.size).toBe(1);
    expect(layout.links).toHaveLength(layout.nodes.length - 1);
    for (const link of layout.links) {
      const s = layout.byId.get(link.source) as LayoutNode;
      const t = layout.byId.get(link.target) as LayoutNode;
      const pts = points(link.path);
      expect(pts[0]?.[0]).toBeCloseTo(s.x + s.width / 2, 0);
      expect(pts[0]?.[1]).toBeCloseTo(s.y + s.height, 0);
      expect(pts.at(-1)?.[0]).toBeCloseTo(t.x + t.width / 2, 0);
      expect(pts.at(-1)?.[1]).toBeCloseTo(t.y, 0);
    }
  });

  it("stacks many leaf children in one column under their parent", () => {
    const layout = layoutTree(dgos(), { stackMaxRows: 10 });
    const sd5 = layout.byId.get("sd5") as LayoutNode;
    const bureaux = layout.nodes.filter((n) => n.parentId === "sd5");
    expect(bureaux).toHaveLength(7);
    expect(bureaux.every((b) => b.stacked)).toBe(true);
    expect(new Set(bureaux.map((b) => b.x)).size).toBe(1);
    for (let i = 1; i < bureaux.length; i++) expect(bureaux[i]?.y).toBeGreaterThan((bureaux[i - 1]?.y ?? 0) + (bureaux[i - 1]?.height ?? 0));
    // The column sits under its parent, so the level stays about as wide as the parents.
    expect(Math.abs((bureaux[0]?.x ?? 0) + CARD_METRICS.cardWidth / 2 - (sd5.x + sd5.width / 2))).toBeLessThan(CARD_METRICS.stackIndent);
    // sd1 has a bureau with a child: its bureaux are not all leaves, so they spread out.
    expect(layout.nodes.filter((n) => n.parentId === "sd1").some((b) => b.stacked)).toBe(false);
    const spread = layoutTree(dgos(), { compactThreshold: Infinity });
    expect(layout.bounds.width).toBeLessThan(spread.bounds.width / 2);
  });

  it("splits a stack taller than stackMaxRows into balanced side-by-side columns", () => {
    const layout = layoutTree(dgos(), { stackMaxRows: 4 });
    const bureaux = layout.nodes.filter((n) => n.parentId === "sd5");
    const columns = new Map<number, number>();
    for (const b of bureaux) columns.set(b.x, (columns.get(b.x) ?? 0) + 1);
    expect([...columns.values()].sort()).toEqual([3, 4]);
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    expect(layout.links.filter((l) => l.source === "sd5")).toHaveLength(7);
  });

  it("collapse hides descendants and reports what is hidden", () => {
    const all = layoutTree(dgos());
    const folded = layoutTree(dgos(), { collapsed: new Set(["sd1", "sd4"]) });
    const hidden = all.nodes.filter((n) => n.id.startsWith("sd1b") || n.id.startsWith("sd4b") || n.id === "cell").map((n) => n.id);
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) expect(folded.byId.has(id)).toBe(false);
    expect(folded.nodes).toHaveLength(all.nodes.length - hidden.length);
    expect(folded.links.some((l) => hidden.includes(l.target))).toBe(false);
    const sd1 = folded.byId.get("sd1") as LayoutNode;
    expect(sd1).toMatchObject({ collapsed: true, hasChildren: true, childCount: 3 });
    expect(folded.byId.get("sd2")).toMatchObject({ collapsed: false, hasChildren: true, childCount: 4 });
    // Folding a leaf changes nothing.
    expect(layoutTree(dgos(), { collapsed: new Set(["cell"]) }).byId.get("cell")).toMatchObject({ collapsed: false, hasChildren: false });
  });

  it("wrapping keeps full names, in at most 5 lines up to 140 characters", () => {
    const name = `${LONG_NAME} et outre-mer`.slice(0, 140);
    const units = [unit("a", null, name), unit("b", "a", "Bureau"), unit("c", "a", "Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement")];
    const layout = layoutTree(units);
    const a = layout.byId.get("a") as LayoutNode;
    expect(a.lines.join(" ")).toBe(name);
    expect(a.lines.length).toBeLessThanOrEqual(5);
    expect(a.height).toBe(CARD_METRICS.headerHeight + a.lines.length * CARD_METRICS.lineHeight + CARD_METRICS.paddingBottom);
    expect(layout.byId.get("b")?.lines).toEqual(["Bureau"]);
    // An overlong word is cut, never dropped.
    expect(layout.byId.get("c")?.lines.join("")).toBe(units[2]?.name);
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 25 }), (ws) => {
        const n = layoutTree([unit("x", null, ws.join(" "))]).byId.get("x") as LayoutNode;
        expect(n.lines.join(" ")).toBe(ws.join(" "));
      }),
    );
  });

  it("lays out 10,000 units, each once", () => {
    const units = [unit("u0", null)];
    for (let i = 1; i < 10_000; i++) units.push(unit(`u${i}`, `u${Math.floor((i - 1) / 6)}`, i % 7 === 0 ? LONG_NAME : `Unité numéro ${i}`));
    const layout = layoutTree(units);
    expect(layout.nodes).toHaveLength(10_000);
    expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(10_000);
    // Speed is measured by `npm run bench`, never by a timed test (it failed under load).
  }, 30_000);

  it("handles an empty list and a lone root", () => {
    expect(layoutTree([]).nodes).toEqual([]);
    const one = layoutTree([unit("r", null)]);
    expect(one.nodes).toHaveLength(1);
    expect(one.bounds).toMatchObject({ width: CARD_METRICS.cardWidth });
  });

  it("throws a LayoutError on inconsistent input", () => {
    expect(() => layoutTree([unit("a", null), unit("b", "zz")])).toThrow(/missing: zz/);
    expect(() => layoutTree([unit("a", null), unit("b", null)])).toThrow(LayoutError);
    expect(() => layoutTree([unit("a", "b"), unit("b", "a")])).toThrow(/no root/);
    expect(() => layoutTree([unit("r", null), unit("a", "b"), unit("b", "a")])).toThrow(/cycle/);
    expect(() => layoutTree([unit("r", null), unit("r", null)])).toThrow(/duplicate: r/);
  });
});
