// Print pagination: windows cover every card, and no cut line crosses a card.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutTree } from "../../../src/layout/layoutTree.ts";
import { cuts, paginate, printableArea } from "../../../src/domain/export/pages.ts";
import type { Unit } from "../../../src/domain/schema.ts";

const units = (v: string) => (JSON.parse(readFileSync(join(import.meta.dirname, `../../../data/${v}.json`), "utf8")) as { units: Unit[] }).units;

describe("print pagination", () => {
  it("cuts only between boxes, each span at most a page long", () => {
    const boxes = [{ from: 0, to: 80 }, { from: 90, to: 180 }, { from: 190, to: 260 }];
    const c = cuts(0, 260, 100, boxes);
    expect(c[0]).toBe(0);
    expect(c.at(-1)).toBe(260);
    for (let i = 1; i < c.length; i++) expect((c[i] as number) - (c[i - 1] as number)).toBeLessThanOrEqual(100);
    for (const at of c.slice(1, -1)) for (const b of boxes) expect(b.from < at && b.to > at).toBe(false);
  });

  it.each(["2010", "2016"])("puts every card of %s wholly inside one A4 page, and needs fewer A3 pages", (v) => {
    const layout = layoutTree(units(v));
    const size = (paper: "A4" | "A3") => {
      const a = printableArea(paper, "landscape");
      return { width: a.width * 4, height: a.height * 4 };
    };
    const a4 = paginate(layout.bounds, layout.nodes, size("A4"));
    const a3 = paginate(layout.bounds, layout.nodes, size("A3"));
    expect(a4.length).toBeGreaterThan(a3.length);
    for (const n of layout.nodes) {
      const home = a4.filter((p) => n.x >= p.x && n.y >= p.y && n.x + n.width <= p.x + p.width && n.y + n.height <= p.y + p.height);
      expect(home.length, n.id).toBe(1);
    }
  });
});
