import { describe, expect, it } from "vitest";
import { frameStats, latencySummary, percentile, spread } from "../../../bench/stats.ts";

describe("bench statistics", () => {
  it("percentile takes the nearest rank, so a p95 of twenty values is the nineteenth", () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });

  it("latencySummary gives the p50, p95 and max of a list of latencies", () => {
    expect(latencySummary(Array.from({ length: 20 }, (_, i) => i + 1))).toEqual({ p50: 10, p95: 19, max: 20 });
  });

  it("spread gives the median of an even list as the mean of its two middle values", () => {
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(spread([])).toBeNull();
  });

  it("frameStats counts a 50 ms interval as two dropped frames, 33.4 ms as one and 16.8 ms as none", () => {
    expect(frameStats([16.7, 16.8, 50, 33.4, 16.6]).dropped).toBe(3);
  });

  it("frameStats reports the work per frame apart from the interval between frames", () => {
    const stats = frameStats([16.7, 16.7, 16.8], [2, 3, 9]);
    expect(stats.p95).toBe(16.8);
    expect(stats.workP95).toBe(9);
    expect(stats.workP50).toBe(3);
  });
});
