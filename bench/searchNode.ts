// Search latency in Node: the app's own index (createSearchIndex, built once) over the
// 10,000-unit organisation, 100 varied queries: words, prefixes, codes, phrases, typos, misses.
// Runs alone too: `npx tsx bench/searchNode.ts [units]` prints the figures.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { indexVersions } from "../src/domain/hierarchy.ts";
import type { Dataset } from "../src/domain/schema.ts";
import { createSearchIndex, searchUnits, type SearchIndex } from "../src/domain/searchIndex.ts";
import { buildSearchGroups, PER_VERSION } from "../src/state/searchResults.ts";
import { BENCH_SEED, generateDataset, mulberry32 } from "./generateOrg.ts";
import { latencySummary, percentile } from "./stats.ts";

interface Latency {
  p50: number;
  p95: number;
  max: number;
}

export interface NodeSearchResult {
  queries: number;
  buildMs: number;
  /** Every hit (no limit), default matching (any word); excerpts are computed on read, none read here. */
  allHits: Latency & { meanHits: number };
  /** What the search box asks for per version: the best 25, all words else any, excerpts read. */
  limit25: Latency;
  /** The search box end to end: buildSearchGroups, all versions (hits, excerpts, titles, paths). */
  searchBox: Latency;
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

// Each query is timed on its own (the figure a user feels), after a warm-up round for the JIT,
// in ROUNDS interleaved rounds; a query's latency is the median of its rounds, so that a pause of
// another process on a shared machine does not land in the percentiles. GC pauses caused by the
// search itself still count: they recur every round.
const ROUNDS = 5;

function latency(queries: readonly string[], run: (q: string) => number): Latency & { meanHits: number } {
  for (const q of queries) run(q);
  const samples = queries.map(() => [] as number[]);
  let hits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    queries.forEach((q, i) => {
      const start = performance.now();
      hits += run(q);
      samples[i]?.push(performance.now() - start);
    });
  }
  const times = samples.map((s) => percentile(s, 50));
  return { ...latencySummary(times), meanHits: hits / ROUNDS / queries.length };
}

function searchBoxRun(dataset: Dataset, index: SearchIndex): (q: string) => number {
  const indexes = indexVersions(dataset);
  const version = dataset.versions[0]?.id ?? "";
  return (q) => buildSearchGroups(dataset, indexes, index, q, { version, allVersions: true }).reduce((n, g) => n + g.items.length, 0);
}

export function benchNodeSearch(dataset: Dataset): NodeSearchResult {
  const t0 = performance.now();
  const index = createSearchIndex(dataset);
  const buildMs = performance.now() - t0;
  const queries = benchQueries(dataset);
  const allHits = latency(queries, (q) => searchUnits(index, q).length);
  const shown = (q: string) => {
    const hits = searchUnits(index, q, { limit: PER_VERSION, match: "all-else-any" });
    for (const hit of hits) void hit.excerpt;
    return hits.length;
  };
  const { p50, p95, max } = latency(queries, shown);
  const box = latency(queries, searchBoxRun(dataset, index));
  return { queries: queries.length, buildMs, allHits, limit25: { p50, p95, max }, searchBox: { p50: box.p50, p95: box.p95, max: box.max } };
}

function main(): void {
  const units = Number(process.argv[2] ?? 10_000);
  const dataset = generateDataset({ units, seed: BENCH_SEED });
  const r = benchNodeSearch(dataset);
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  const row = (label: string, l: Latency) => console.log(`${label.padEnd(34)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  max ${ms(l.max)}`);
  console.log(`${units} units, ${r.queries} queries; index built in ${r.buildMs.toFixed(0)} ms`);
  row("every hit (no limit)", r.allHits);
  row(`best ${PER_VERSION}, excerpts read`, r.limit25);
  row("search box (buildSearchGroups)", r.searchBox);
  console.log(`mean hits without limit: ${r.allHits.meanHits.toFixed(0)}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
