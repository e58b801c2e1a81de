// Import bench in Node: a synthetic Référentiel export of 100,000 services, a 10,000-row CSV and
// the same rows as an Excel workbook
// (bench/generateImport.ts, deterministic) through the app's own import steps. Each run is one
// import in a fresh Node process (bench/importChild.ts, --expose-gc), so that runs do not share
// a heap or a warmed JIT: median of `reps` runs (≥ 3) with min–max per step, and per-import
// peak JS heap (gc() before, --trace-gc during the run, heapUsed after each step: see the child).
// Runs alone too: `npx tsx bench/importNode.ts [--reps=5]` prints the figures.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCsv, generateReferentiel, generateWorkbook } from "./generateImport.ts";
import type { ChildResult } from "./importChild.ts";
import { spread, type Spread } from "./stats.ts";

export interface ImportBenchRow {
  file: string;
  bytes: number;
  units: number;
  subtreeUnits: number;
  runs: number;
  parseAndCheckMs: Spread | null;
  rootIndexMs?: Spread | null;
  /** Process CPU time (all threads) over parse, check and root index. */
  parsedAndIndexedCpuMs?: Spread | null;
  rootQueryMs?: Spread | null;
  /** Older results: the first root search, index build included. */
  rootSearchMs?: Spread | null;
  buildAndIndexMs: Spread | null;
  transferToMainMs?: Spread | null;
  /** Median of the runs' peaks (MiB); min–max beside. */
  peakHeapMB: number;
  peakHeap?: Spread | null;
  baselineHeapMB?: number;
  /** Heap kept once parsed, checked and indexed (after gc()), median (MiB). */
  retainedHeapMB?: number;
  method?: string;
}

export const HEAP_METHOD =
  "one import per fresh Node process (--expose-gc): gc() then --trace-gc during the run; peak = max of heap used before each GC and heapUsed after each step (baseline of the idle process included)";

/** Largest « used before GC » figure of V8's --trace-gc lines (MB as V8 prints them). */
export function traceGcPeak(output: string): number {
  let peak = 0;
  for (const m of output.matchAll(/: [A-Za-z][A-Za-z() -]*? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/g)) peak = Math.max(peak, Number(m[1]));
  return peak;
}

function oneRun(file: string, query: string): ChildResult {
  const child = fileURLToPath(new URL("./importChild.ts", import.meta.url));
  const out = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", child, file, query], { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const line = out.stdout.split("\n").find((l) => l.startsWith("@@result "));
  if (out.status !== 0 || !line) throw new Error(`import bench child failed (${out.status}): ${out.stderr.slice(-2000)}`);
  const result = JSON.parse(line.slice(9)) as ChildResult;
  return { ...result, peakHeapMB: Math.max(result.peakHeapMB, traceGcPeak(out.stdout)) };
}

function row(dir: string, file: string, content: string | Uint8Array, query: string, reps: number): ImportBenchRow {
  const path = join(dir, file);
  writeFileSync(path, content);
  const runs = Array.from({ length: reps }, () => oneRun(path, query));
  const pick = (k: keyof ChildResult) => spread(runs.map((r) => r[k]));
  const first = runs[0] as ChildResult;
  const peak = pick("peakHeapMB");
  return {
    file,
    bytes: statSync(path).size,
    units: first.units,
    subtreeUnits: first.subtreeUnits,
    runs: reps,
    parseAndCheckMs: pick("parseAndCheckMs"),
    rootIndexMs: pick("rootIndexMs"),
    parsedAndIndexedCpuMs: pick("parsedAndIndexedCpuMs"),
    rootQueryMs: pick("rootQueryMs"),
    buildAndIndexMs: pick("buildAndTransferMs"),
    transferToMainMs: pick("transferToMainMs"),
    peakHeapMB: peak?.median ?? 0,
    peakHeap: peak,
    baselineHeapMB: spread(runs.map((r) => r.baselineHeapMB))?.median ?? 0,
    retainedHeapMB: spread(runs.map((r) => r.retainedHeapMB))?.median ?? 0,
    method: HEAP_METHOD,
  };
}

export function benchImportNode(reps = 3): ImportBenchRow[] {
  const dir = mkdtempSync(join(os.tmpdir(), "organigramme-import-bench-"));
  try {
    const n = Math.max(3, reps);
    return [
      row(dir, "referentiel-100000.json", JSON.stringify(generateReferentiel(100_000)), "BIG", n),
      row(dir, "tableur-10000.csv", generateCsv(10_000), "U0", n),
      row(dir, "classeur-10000.xlsx", generateWorkbook(10_000), "U0", n),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatImportRow(r: ImportBenchRow): string {
  const f = (s: Spread | null | undefined, d = 0) => (s ? `${s.median.toFixed(d)} ms (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : "—");
  const h = r.peakHeap ? `${r.peakHeap.median.toFixed(0)} MB (${r.peakHeap.min.toFixed(0)}–${r.peakHeap.max.toFixed(0)})` : `${r.peakHeapMB.toFixed(0)} MB`;
  return (
    `${r.file}: ${(r.bytes / 1e6).toFixed(1)} MB, ${r.units} units, subtree ${r.subtreeUnits}, ${r.runs} runs; parse+check ${f(r.parseAndCheckMs)}; ` +
    `root index ${f(r.rootIndexMs)} (parse+check+index CPU ${f(r.parsedAndIndexedCpuMs)}); root query ${f(r.rootQueryMs, 1)}; to main before the root ${f(r.transferToMainMs)}; build+transfer+index ${f(r.buildAndIndexMs)}; ` +
    `peak heap ${h}, kept after parse+index ${(r.retainedHeapMB ?? 0).toFixed(0)} MB, idle baseline ${(r.baselineHeapMB ?? 0).toFixed(0)} MB`
  );
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  const reps = Number(process.argv.find((a) => a.startsWith("--reps="))?.slice(7) ?? 3);
  for (const r of benchImportNode(reps)) console.log(formatImportRow(r));
}
