import { describe, expect, it } from "vitest";
import { placeTip } from "../../../src/layout/placeTip.ts";

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const panel = box(800, 0, 1200, 800);

describe("placeTip", () => {
  it("leaves a tooltip that fits where it is", () => {
    expect(placeTip(box(900, 300, 1100, 340), box(900, 340, 930, 360), panel)).toEqual({ dx: 0, below: false });
  });

  it("shifts a tooltip that would cross the right edge back inside, with a margin", () => {
    expect(placeTip(box(1100, 300, 1388, 340), box(1100, 340, 1130, 360), panel).dx).toBe(1200 - 4 - 1388);
  });

  it("keeps the left edge inside when the tooltip is wider than the box", () => {
    expect(placeTip(box(850, 300, 1300, 340), box(850, 340, 880, 360), panel).dx).toBe(800 + 4 - 850);
  });

  it("puts the tooltip below its term when there is no room above and more below", () => {
    expect(placeTip(box(900, -30, 1100, 10), box(900, 10, 930, 30), panel).below).toBe(true);
    expect(placeTip(box(900, 700, 1100, 790), box(900, 790, 930, 800), panel).below).toBe(false);
  });
});
