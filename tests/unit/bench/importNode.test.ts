import { describe, expect, it } from "vitest";
import { traceGcPeak } from "../../../bench/importNode.ts";

describe("traceGcPeak", () => {
  it("reads the largest heap used before a collection in V8's --trace-gc lines", () => {
    const out = [
      "[123:0x5]      210 ms: Scavenge 12.3 (20.1) -> 9.8 (21.0) MB, 1.2 / 0.0 ms  (average mu = 1.000) allocation failure;",
      "@@result {}",
      "[123:0x5]     1880 ms: Mark-Compact (reduce) 251.6 (290.0) -> 180.2 (200.4) MB, 80.1 / 0.0 ms  (average mu = 0.9) finalize incremental marking",
      "[123:0x5]     2880 ms: Mark-Compact 240.0 (280.0) -> 120.0 (150.0) MB, 60.0 / 0.0 ms  (average mu = 0.9) heap limit",
    ].join("\n");
    expect(traceGcPeak(out)).toBe(251.6);
    expect(traceGcPeak("no trace")).toBe(0);
  });
});
