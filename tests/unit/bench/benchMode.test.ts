import { describe, expect, it } from "vitest";
import { benchDatasetName } from "../../../src/bench/benchMode.ts";

describe("bench mode", () => {
  it("accepts only the four synthetic datasets", () => {
    expect(benchDatasetName("?dataset=synthetic-100")).toBe("synthetic-100");
    expect(benchDatasetName("?v=synthetic&dataset=synthetic-1000")).toBe("synthetic-1000");
    expect(benchDatasetName("dataset=synthetic-10000")).toBe("synthetic-10000");
    expect(benchDatasetName("?dataset=synthetic-100000")).toBe("synthetic-100000");
    for (const search of [
      "",
      "?dataset=",
      "?dataset=synthetic-5",
      "?dataset=synthetic-1000000",
      "?dataset=../synthetic-100",
      "?dataset=https://example.org/x.json",
      "?dataset=synthetic-100%2F..%2Fx",
      "?dataset=synthetic-100&dataset=synthetic-1000",
      "?Dataset=synthetic-100",
    ]) {
      expect(benchDatasetName(search), search).toBeNull();
    }
  });
});
