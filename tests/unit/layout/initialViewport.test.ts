import { describe, expect, it } from "vitest";
import { CHART_CONTROLS_HEIGHT, firstView, initialViewport, levelsOf, type InitialNode } from "../../../src/layout/initialViewport.ts";
import { distinctiveName, cardLabel } from "../../../src/layout/cardLabel.ts";
import { fitBounds } from "../../../src/layout/viewport.ts";

const card = (x: number, depth: number, y = depth * 100): InitialNode => ({ x, y, width: 200, height: 60, depth });
// A root, two children far apart, and a wide row of grandchildren.
const wide: InitialNode[] = [card(900, 0), card(300, 1), card(1500, 1), ...Array.from({ length: 12 }, (_, i) => card(i * 220, 2))];

describe("initialViewport", () => {
  it("shows the whole tree when it fits at a readable scale", () => {
    const small = [card(0, 0), card(-120, 1), card(120, 1)];
    const size = { width: 1000, height: 600 };
    expect(initialViewport(small, size, { fontSize: 14 })).toEqual(fitBounds({ x: -120, y: 0, width: 440, height: 160 }, size, { padding: 20, maxK: 1.2 }));
  });

  it("otherwise keeps names at least 12 px and shows the full width of the upper levels, top-aligned", () => {
    const size = { width: 1500, height: 600 };
    const v = initialViewport(wide, size, { fontSize: 14 });
    expect(14 * v.k).toBeGreaterThanOrEqual(12);
    // Depths 0-1 span x 300..1700 (1400 wide): they fit in 1460 px.
    expect(300 * v.k + v.x).toBeGreaterThanOrEqual(19.9);
    expect(1700 * v.k + v.x).toBeLessThanOrEqual(1480.1);
    expect(v.y).toBe(20);
    expect(fitBounds({ x: 0, y: 0, width: 2620, height: 260 }, size, { padding: 20 }).k * 14).toBeLessThan(12);
  });

  it("on a phone-sized screen, stays readable and keeps the root's card on screen", () => {
    const size = { width: 390, height: 500 };
    const v = initialViewport(wide, size, { fontSize: 14 });
    expect(v.k * 14).toBeCloseTo(12);
    expect(900 * v.k + v.x).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(1100 * v.k + v.x).toBeLessThanOrEqual(370 + 1e-9);
    expect(1000 * v.k + v.x).toBeCloseTo(195);
  });

  it("shifts the view so the root's card stays whole when the upper levels are off-centre", () => {
    const lopsided: InitialNode[] = [card(0, 0), card(0, 1), ...Array.from({ length: 8 }, (_, i) => card(i * 220, 1))];
    const v = initialViewport(lopsided, { width: 390, height: 500 }, { fontSize: 14 });
    expect(0 * v.k + v.x).toBeCloseTo(20);
  });
});

describe("firstView", () => {
  it("is the initial view of the pane below its control bar, the same from cards or from their levels", () => {
    const size = { width: 390, height: 600 };
    const below = initialViewport(wide, { width: 390, height: 600 - CHART_CONTROLS_HEIGHT }, { fontSize: 14 });
    expect(firstView(levelsOf(wide), size, 14)).toEqual({ ...below, y: below.y + CHART_CONTROLS_HEIGHT });
    // What the prefit script reads back from the page: levels through JSON, where a depth
    // without cards (collapsed, or skipped) comes back as null instead of undefined.
    const gap = [card(0, 0), ...Array.from({ length: 6 }, (_, i) => card(i * 220 - 500, 2))];
    const read = JSON.parse(JSON.stringify(levelsOf(gap))) as ReturnType<typeof levelsOf>;
    expect(read.byDepth[1]).toBeNull();
    expect(firstView(read, size, 14)).toEqual(firstView(levelsOf(gap), size, 14));
  });
});

describe("cardLabel", () => {
  it("names a card by its quoted title or by its name without the kind word, never by the kind alone", () => {
    expect(distinctiveName("Mission « Usagers de l'offre de soins »")).toBe("Usagers de l'offre de soins");
    expect(distinctiveName("Mission des affaires réservées et de la communication")).toBe("Affaires réservées et de la communication");
    expect(distinctiveName("Cellule « Contrôle de gestion de la DGOS »")).toBe("Contrôle de gestion de la DGOS");
    expect(distinctiveName("Conseillers médicaux")).toBe("Conseillers médicaux");
    expect(distinctiveName("Cabinet de la direction générale")).toBe("Cabinet de la direction générale");
  });

  it("uses the code when there is one, else wraps whole words into the largest size that fits the card", () => {
    expect(cardLabel("Bureau de la synthèse", "R1", 220, 80).lines).toEqual(["R1"]);
    const label = cardLabel("Mission « Usagers de l'offre de soins »", undefined, 220, 80);
    expect(label.lines.join(" ")).toBe("Usagers de l'offre de soins");
    expect(label.lines.length * label.fontSize * 1.15).toBeLessThanOrEqual(68);
    expect(label.fontSize).toBeGreaterThan(14);
  });
});
