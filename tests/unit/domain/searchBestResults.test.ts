import { describe, expect, it } from "vitest";
import { BENCH_SEED, generateDataset } from "../../../bench/generateOrg.ts";
import { benchQueries } from "../../../bench/searchNode.ts";
import { bestResults, createSearchIndex } from "../../../src/domain/searchIndex.ts";
import { querySlots } from "../../../src/domain/searchQuery.ts";

describe("bestResults", () => {
  const dataset = generateDataset({ units: 2000, seed: BENCH_SEED });
  const index = createSearchIndex(dataset);
  const queries = [...benchQueries(dataset, 60), "des soins de", "santé", "fina", "zzqx"];

  it("returns the same first results, in the same order, as a full MiniSearch search", () => {
    for (const q of queries) {
      const slots = querySlots(q, index.documentFrequency);
      if (slots.length === 0) continue;
      for (const combineWith of ["OR", "AND"] as const) {
        const query = { combineWith, queries: slots.map((s) => s.query) };
        for (const limit of [1, 5, 30]) {
          const full = index.mini.search(query).slice(0, limit);
          const best = bestResults(index.mini, query, {}, limit);
          expect(best.map((r) => [r.id, r.score, r.terms, r.queryTerms]), `${q} ${combineWith} ${limit}`).toEqual(full.map((r) => [r.id, r.score, r.terms, r.queryTerms]));
        }
      }
    }
  });
});
