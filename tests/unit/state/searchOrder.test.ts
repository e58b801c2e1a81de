import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GOLDEN_FILE, realRows, syntheticRows } from "./searchOrderRows.ts";

// The golden lines were written by the search code before it was made faster (MiniSearch scoring
// every document); see searchOrderRows.ts.
const golden = JSON.parse(readFileSync(GOLDEN_FILE, "utf8")) as { synthetic: Record<string, string[]>; real: Record<string, string[]> };

describe("search box results, pinned", () => {
  it("lists the same results in the same order, with the same highlights, on a 3,000-unit synthetic organisation", () => {
    const rows = syntheticRows();
    expect(Object.keys(rows)).toEqual(Object.keys(golden.synthetic));
    for (const [query, lines] of Object.entries(golden.synthetic)) expect(rows[query], query).toEqual(lines);
  });
  it("lists the same results in the same order on the real data, all versions and one version", () => {
    const rows = realRows();
    expect(Object.keys(rows)).toEqual(Object.keys(golden.real));
    for (const [query, lines] of Object.entries(golden.real)) expect(rows[query], query).toEqual(lines);
  });
});
