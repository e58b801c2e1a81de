// Search latency in Node: the app's own index (createSearchIndex, built once) over the
// 10,000-unit organisation, 100 varied queries: words, prefixes, codes, phrases, typos, misses.
import { performance } from "node:perf_hooks";
import type { Dataset } from "../src/domain/schema.ts";
import { createSearchIndex, searchUnits } from "../src/domain/searchIndex.ts";
import { mulberry32 } from "./generateOrg.ts";
import { percentile } from "./stats.ts";

export interface NodeSearchResult {
  queries: number;
  buildMs: number;
  /** As the app calls it: every hit, with excerpts. */
  allHits: { p50: number; p95: number; max: number; meanHits: number };
  /** With limit 25 (what the list shows per version), as an optimisation hint. */
  limit25: { p50: number; p95: number; max: number };
}

export function benchQueries(dataset: Dataset, count = 100, seed = 7): string[] {
  const rng = mulberry32(seed);
  const units = dataset.versions[0]?.units ?? [];
  const any = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)] as T;
  const words = [...new Set(units.flatMap((u) => u.name.split(/[\s']+/)).filter((w) => w.length >= 5))];
  const typo = (w: string) => {
    const i = 1 + Math.floor(rng() * (w.length - 2));
    return w.slice(0, i) + w.slice(i + 1);
  };
  const queries: string[] = [];
  while (queries.length < count) {
    const kind = queries.length % 6;
    const unit = any(units);
    if (kind === 0) queries.push(any(words).toLowerCase());
    else if (kind === 1) queries.push(any(words).slice(0, 4));
    else if (kind === 2) queries.push(unit.code ?? unit.id);
    else if (kind === 3) queries.push(unit.name.split(" ").slice(1, 4).join(" "));
    else if (kind === 4) queries.push(typo(any(words)));
    else queries.push(`zq${Math.floor(rng() * 1e6).toString(36)}`);
  }
  return queries;
}

export function benchNodeSearch(dataset: Dataset): NodeSearchResult {
  const t0 = performance.now();
  const index = createSearchIndex(dataset);
  const buildMs = performance.now() - t0;
  const queries = benchQueries(dataset);
  for (const q of queries.slice(0, 10)) searchUnits(index, q); // warm-up (JIT)
  const time = (limit?: number) => {
    const times: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const start = performance.now();
      hits += searchUnits(index, q, limit === undefined ? {} : { limit }).length;
      times.push(performance.now() - start);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), meanHits: hits / queries.length };
  };
  const allHits = time();
  const { p50, p95, max } = time(25);
  return { queries: queries.length, buildMs, allHits, limit25: { p50, p95, max } };
}
