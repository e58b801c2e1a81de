import { describe, expect, it } from "vitest";
import { centerOn, clampK, fitBounds, screenToTree, treeToScreen, viewRect, zoomAround, type Viewport } from "../../../src/layout/viewport.ts";

const size = { width: 800, height: 600 };

describe("viewport", () => {
  it("fitBounds centres the bounds and scales them to fit the size", () => {
    const bounds = { x: -1000, y: 0, width: 2000, height: 500 };
    const v = fitBounds(bounds, size, { padding: 20 });
    expect(v.k).toBeCloseTo(760 / 2000);
    // The bounds' centre lands on the screen's centre, and the width fills the padded screen.
    const centre = treeToScreen({ x: 0, y: 250 }, v);
    expect(centre.x).toBeCloseTo(400);
    expect(centre.y).toBeCloseTo(300);
    expect(treeToScreen({ x: -1000, y: 0 }, v).x).toBeCloseTo(20);
    expect(treeToScreen({ x: 1000, y: 0 }, v).x).toBeCloseTo(780);
  });

  it("fitBounds respects minK and maxK, and survives empty bounds", () => {
    expect(fitBounds({ x: 0, y: 0, width: 10, height: 10 }, size, { maxK: 1.5 }).k).toBe(1.5);
    expect(fitBounds({ x: 0, y: 0, width: 1e7, height: 10 }, size, { minK: 0.05 }).k).toBe(0.05);
    const point = fitBounds({ x: 5, y: 5, width: 0, height: 0 }, size, { maxK: 2 });
    expect(point).toEqual({ x: 400 - 10, y: 300 - 10, k: 2 });
    expect(Number.isFinite(fitBounds({ x: 0, y: 0, width: 0, height: 0 }, size).k)).toBe(true);
  });

  it("centerOn puts the point in the middle of the screen", () => {
    const v = centerOn({ x: 120, y: -40 }, size, 0.5);
    expect(treeToScreen({ x: 120, y: -40 }, v)).toEqual({ x: 400, y: 300 });
  });

  it("screenToTree inverts treeToScreen", () => {
    const v: Viewport = { x: 37, y: -12, k: 0.37 };
    const p = { x: 123.4, y: -567.8 };
    const back = screenToTree(treeToScreen(p, v), v);
    expect(back.x).toBeCloseTo(p.x);
    expect(back.y).toBeCloseTo(p.y);
  });

  it("viewRect is the tree-space rectangle between the screen corners", () => {
    const v: Viewport = { x: 100, y: 50, k: 2 };
    const r = viewRect(v, size);
    expect({ x: r.x, y: r.y }).toEqual(screenToTree({ x: 0, y: 0 }, v));
    expect({ x: r.x + r.width, y: r.y + r.height }).toEqual(screenToTree({ x: 800, y: 600 }, v));
  });

  it("zoomAround keeps the anchor over the same tree point, within the limits", () => {
    const v: Viewport = { x: 10, y: 20, k: 1 };
    const anchor = { x: 300, y: 200 };
    const z = zoomAround(v, 2, anchor);
    expect(z.k).toBe(2);
    expect(screenToTree(anchor, z)).toEqual(screenToTree(anchor, v));
    expect(zoomAround(v, 100, anchor, 0.1, 3).k).toBe(3);
  });

  it("clampK bounds the scale", () => {
    expect(clampK(5, 0.1, 2)).toBe(2);
    expect(clampK(0.01, 0.1, 2)).toBe(0.1);
    expect(clampK(1, 0.1, 2)).toBe(1);
  });
});
