import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../bench/options.ts";

describe("bench options", () => {
  it("runs every size, phase and renderer three times when given no flag", () => {
    const o = parseArgs([]);
    expect(o.sizes).toEqual([100, 1000, 10000, 100000]);
    expect([...o.phases]).toContain("readable");
    expect(o.targets).toEqual(["ours", "d3-org-chart", "react-d3-tree"]);
    expect(o.reps).toBe(3);
  });

  it("runs a subset for development", () => {
    const o = parseArgs(["--sizes=1000", "--only=readable,throttled", "--targets=ours", "--reps=1"]);
    expect(o.sizes).toEqual([1000]);
    expect([...o.phases]).toEqual(["readable", "throttled"]);
    expect(o.targets).toEqual(["ours"]);
    expect(o.reps).toBe(1);
    expect(o.budgetMs).toBe(15 * 60_000);
  });

  it("refuses unknown sizes, phases and renderers rather than running something else", () => {
    expect(() => parseArgs(["--sizes=500"])).toThrow(/500/);
    expect(() => parseArgs(["--only=everything"])).toThrow(/everything/);
    expect(() => parseArgs(["--targets=vis.js"])).toThrow(/vis\.js/);
    expect(() => parseArgs(["--reps=0"])).toThrow(/reps/);
  });
});
