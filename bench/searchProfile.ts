// Search engine latency per query class, at a given size: where the p95 goes.
// `npx tsx bench/searchProfile.ts [units] [rounds]` prints, per class (short prefix, word, two
// words, code, typo, miss), the p50 / p95 of the search box's own search (buildSearchGroups,
// the page's `engine.groups`), wall time and this process's CPU time (less sensitive to a shared
// machine: time spent waiting for a core is not counted), plus the index build time.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { indexVersions } from "../src/domain/hierarchy.ts";
import type { Dataset } from "../src/domain/schema.ts";
import { createSearchIndex } from "../src/domain/searchIndex.ts";
import { buildSearchGroups } from "../src/state/searchResults.ts";
import { BENCH_SEED, generateDataset, mulberry32 } from "./generateOrg.ts";
import { percentile } from "./stats.ts";

export const CLASSES = ["prefix", "word", "two words", "code", "typo", "miss"] as const;
export type QueryClass = (typeof CLASSES)[number];

/** `perClass` queries of each class, drawn from the dataset's own words (seeded). */
export function classQueries(dataset: Dataset, perClass = 15, seed = 11): Record<QueryClass, string[]> {
  const rng = mulberry32(seed);
  const units = dataset.versions[0]?.units ?? [];
  const any = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)] as T;
  const words = [...new Set(units.flatMap((u) => u.name.split(/[\s']+/)).filter((w) => w.length >= 5))].sort();
  const out = Object.fromEntries(CLASSES.map((c) => [c, [] as string[]])) as Record<QueryClass, string[]>;
  for (let i = 0; i < perClass; i++) {
    const w = any(words).toLowerCase();
    out.prefix.push(w.slice(0, 2 + (i % 3)));
    out.word.push(w);
    out["two words"].push(`${any(words).toLowerCase()} ${any(words).toLowerCase()}`);
    out.code.push(any(units).code ?? "DG");
    const at = 1 + Math.floor(rng() * (w.length - 2));
    out.typo.push(w.slice(0, at) + w.slice(at + 1));
    out.miss.push(`zq${Math.floor(rng() * 1e6).toString(36)}`);
  }
  return out;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Median over `rounds` interleaved rounds of each query's wall and CPU time (after one warm-up round). */
export function timeQueries(queries: readonly string[], run: (q: string) => void, rounds: number): Timing[] {
  for (const q of queries) run(q);
  const wall = queries.map(() => [] as number[]);
  const cpu = queries.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      run(q);
      const t1 = performance.now();
      const c = process.cpuUsage(c0);
      wall[i]?.push(t1 - t0);
      cpu[i]?.push((c.user + c.system) / 1000);
    });
  }
  return queries.map((_, i) => ({ wall: percentile(wall[i] ?? [], 50), cpu: percentile(cpu[i] ?? [], 50) }));
}

function main(): void {
  const units = Number(process.argv[2] ?? 10_000);
  const rounds = Number(process.argv[3] ?? 5);
  const dataset = generateDataset({ units, seed: BENCH_SEED });
  const indexes = indexVersions(dataset);
  const t0 = performance.now();
  const index = createSearchIndex(dataset);
  console.log(`${units} units: index built in ${(performance.now() - t0).toFixed(0)} ms`);
  const version = dataset.versions[0]?.id ?? "";
  const run = (q: string) => void buildSearchGroups(dataset, indexes, index, q, { version, allVersions: false });
  const all: Timing[] = [];
  const f = (x: number) => x.toFixed(2).padStart(6);
  for (const [cls, qs] of Object.entries(classQueries(dataset))) {
    const t = timeQueries(qs, run, rounds);
    all.push(...t);
    const w = t.map((x) => x.wall);
    const c = t.map((x) => x.cpu);
    console.log(`${cls.padEnd(10)} wall p50 ${f(percentile(w, 50))} p95 ${f(percentile(w, 95))}   cpu p50 ${f(percentile(c, 50))} p95 ${f(percentile(c, 95))}   e.g. « ${qs[0]} »`);
  }
  const w = all.map((x) => x.wall);
  const c = all.map((x) => x.cpu);
  console.log(`${"all".padEnd(10)} wall p50 ${f(percentile(w, 50))} p95 ${f(percentile(w, 95))}   cpu p50 ${f(percentile(c, 50))} p95 ${f(percentile(c, 95))}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
