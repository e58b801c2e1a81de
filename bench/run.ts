// `npm run bench`: builds the app and the competitor pages, serves dist/ on 127.0.0.1, and
// measures this app, d3-org-chart and react-d3-tree on the same synthetic organisations in
// headless Chromium (served from a private copy of dist/, so a concurrent rebuild cannot pull
// it away), plus search in Node and Lighthouse on the real data. Prints a Markdown
// table, writes bench/results/<timestamp>.json, and stops by itself (< 5 minutes).
import { spawnSync } from "node:child_process";
import { formatDataError } from "../src/domain/dataErrors.ts";
import { validateDataset } from "../src/domain/validateDataset.ts";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { measureDist } from "../scripts/check-size.ts";
import { launchBrowser, resolveChromium } from "../tests/browser/chromium.ts";
import { BENCH_SEED, BENCH_SIZES, datasetFiles, generateDataset, treeStats } from "./generateOrg.ts";
import { runLighthouse, type LighthouseResult } from "./lighthouse.ts";
import { close, frameScript, openAndWait, timeButton, timeSearch, timeToggle } from "./measure.ts";
import { markdown, TARGETS, type BenchResults, type Interactions, type SizeResult, type Target } from "./report.ts";
import { benchNodeSearch, benchQueries } from "./searchNode.ts";
import { benchImportNode } from "./importNode.ts";
import { benchExport, exportMarkdown } from "./exportNode.ts";
import { latencySummary, percentile, spread } from "./stats.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const DIST = join(ROOT, "dist");
const HARD_LIMIT_MS = 290_000; // kill everything past this
const BUDGET_MS = 270_000; // phases are skipped (and said so) past this
const LOAD_TIMEOUT_MS = 60_000;
const REPS = 3;
const SLOW_MS = 15_000; // a first sample slower than this is not repeated
const FRAME_SIZES = new Set([1000, 10000]);
const SELECTOR: Record<Target, string> = { ours: "svg.chart__svg", "d3-org-chart": "svg.svg-chart-container", "react-d3-tree": "svg.rd3t-svg" };

const started = Date.now();
const left = () => BUDGET_MS - (Date.now() - started);
const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

let browser: Browser | undefined;
let server: PreviewServer | undefined;
let servedDir: string | undefined;

async function cleanup(): Promise<void> {
  const b = browser;
  const s = server;
  browser = undefined;
  server = undefined;
  await Promise.race([Promise.all([b?.close().catch(() => undefined), s?.close().catch(() => undefined)]), new Promise((r) => setTimeout(r, 10_000))]);
  if (servedDir) rmSync(servedDir, { recursive: true, force: true });
  servedDir = undefined;
}

async function buildAll(): Promise<void> {
  log("trimming the DSFR and building the app (as npm run build)…");
  const trim = spawnSync("npm", ["run", "--silent", "dsfr:trim"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (trim.status !== 0) throw new Error("npm run dsfr:trim failed");
  await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), mode: "production", logLevel: "warn", build: { outDir: DIST, emptyOutDir: true } });
  log("building the competitor pages (bench/vite.bench.config.ts)…");
  await build({ configFile: join(ROOT, "bench/vite.bench.config.ts"), mode: "production", logLevel: "warn" });
}

interface Samples {
  first: number[];
  heap: number[];
  p50: number[];
  p95: number[];
  workP50: number[];
  workP95: number[];
  dropped: number[];
  marks: Record<string, number[]>;
}

const emptySamples = (): Samples => ({ first: [], heap: [], p50: [], p95: [], workP50: [], workP95: [], dropped: [], marks: {} });

function summarise(s: Samples, status: SizeResult["status"], note?: string): SizeResult {
  const marks = Object.fromEntries(Object.entries(s.marks).map(([k, v]) => [k, spread(v)]));
  return {
    status,
    ...(note ? { note } : {}),
    firstRenderMs: spread(s.first),
    samples: s.first.map((v) => Math.round(v)),
    heapMB: spread(s.heap),
    frameP50: spread(s.p50),
    frameP95: spread(s.p95),
    workP50: spread(s.workP50),
    workP95: spread(s.workP95),
    dropped: spread(s.dropped),
    ...(Object.keys(marks).length ? { marks } : {}),
  };
}

/** Loads one target at one size REPS times (fewer when slow), with pan/zoom frames at 1,000 and 10,000. */
async function measureTarget(base: string, target: Target, size: number): Promise<SizeResult> {
  const url = target === "ours" ? `${base}/?dataset=synthetic-${size}` : `${base}/competitors/${target}.html?units=${size}`;
  const s = emptySamples();
  for (let rep = 0; rep < REPS; rep++) {
    const timeout = Math.min(LOAD_TIMEOUT_MS, left() - 5_000);
    if (timeout < 10_000) return summarise(s, "skipped", `time budget exhausted after ${s.first.length} sample(s)`);
    if (!browser) throw new Error("no browser");
    const out = await openAndWait(browser, url, timeout);
    if (!out.ok) return summarise(s, out.reason, out.reason === "timeout" ? `no first render within ${(timeout / 1000).toFixed(0)} s` : out.message);
    const { loaded } = out;
    try {
      s.first.push(loaded.firstRenderMs);
      if (loaded.heapMB !== null) s.heap.push(loaded.heapMB);
      for (const [k, v] of Object.entries(loaded.marks)) (s.marks[k] ??= []).push(v);
      if (FRAME_SIZES.has(size) && left() > 20_000) {
        const frames = await frameScript(loaded.page, SELECTOR[target]);
        if (frames) {
          s.p50.push(frames.p50);
          s.p95.push(frames.p95);
          s.workP50.push(frames.workP50);
          s.workP95.push(frames.workP95);
          s.dropped.push(frames.dropped);
        }
      }
    } finally {
      await close(loaded);
    }
    log(`${target} ${size}: first render ${loaded.firstRenderMs.toFixed(0)} ms${s.p95.length > rep ? `, frame work p95 ${s.workP95[rep]?.toFixed(1)} ms, interval p95 ${s.p95[rep]?.toFixed(1)} ms` : ""}`);
    if (loaded.firstRenderMs > SLOW_MS) return summarise(s, "ok", `first sample took ${(loaded.firstRenderMs / 1000).toFixed(1)} s: not repeated`);
  }
  return summarise(s, "ok");
}

/**
 * Interactions at 10,000 units, in pages opened on a deep link to the ~1,000-unit subtree's
 * root (`&u=<id>`, reduced motion) so its card is on screen whatever the zoom level: collapse
 * and expand it, « Tout replier / déplier », and typing in the search box.
 */
async function measureInteractions(base: string, subtree: Interactions["subtree"], queries: string[], searchQueries: string[]): Promise<Interactions> {
  const raw: Record<string, number[]> = {};
  let searchInChromium: Interactions["searchInChromium"] = null;
  const push = (key: string, v: number | null) => {
    if (v !== null && Number.isFinite(v)) (raw[key] ??= []).push(v);
  };
  const notes: string[] = [];
  for (let rep = 0; rep < REPS && left() > 30_000 && browser; rep++) {
    const out = await openAndWait(browser, `${base}/?dataset=synthetic-10000&u=${subtree.unitId}`, Math.min(LOAD_TIMEOUT_MS, left() - 10_000), { reducedMotion: "reduce" });
    if (!out.ok) {
      notes.push(out.message);
      break;
    }
    const { page } = out.loaded;
    try {
      await page.waitForTimeout(300);
      // First, in a fresh page, so the index build is timed too (the page builds it once, on first search).
      if (rep === 0) {
        const timed = await page.evaluate((qs) => window.__bench?.searchLatency?.(qs) ?? null, searchQueries).catch(() => null);
        if (timed?.latencies.length) {
          searchInChromium = { queries: timed.latencies.length, buildMs: timed.buildMs, ...latencySummary(timed.latencies) };
        } else notes.push("search latency in Chromium: window.__bench.searchLatency missing or failed");
      }
      push("collapseSubtree", await timeToggle(page, subtree.unitId));
      push("expandSubtree", await timeToggle(page, subtree.unitId));
      push("collapseAll", await timeButton(page, "Tout replier"));
      push("expandAll", await timeButton(page, "Tout déplier"));
      for (const q of queries) push("search", await timeSearch(page, q).catch(() => null));
    } finally {
      await close(out.loaded);
    }
  }
  const search = raw.search ?? [];
  log(`ours 10000 interactions: ${Object.entries(raw).map(([k, v]) => `${k} ${spread(v)?.median.toFixed(0)} ms`).join(", ")}`);
  return {
    subtree,
    collapseSubtree: spread(raw.collapseSubtree ?? []),
    expandSubtree: spread(raw.expandSubtree ?? []),
    collapseAll: spread(raw.collapseAll ?? []),
    expandAll: spread(raw.expandAll ?? []),
    searchInChromium,
    searchInPage: search.length ? { p50: percentile(search, 50), p95: percentile(search, 95), samples: search.map((v) => Math.round(v * 10) / 10), queries } : null,
    ...(notes.length ? { notes } : {}),
  };
}

async function main(): Promise<number> {
  const notes: string[] = [];
  await buildAll();
  const datasets = new Map(BENCH_SIZES.map((n) => [n, generateDataset({ units: n, seed: BENCH_SEED })]));
  mkdirSync(join(DIST, "bench-data"), { recursive: true });
  for (const [n, ds] of datasets) {
    // Validated here, as the build validates data/: the app then trusts the file and skips zod.
    const files = datasetFiles(ds);
    const checked = validateDataset(files);
    if (!checked.ok) throw new Error(`synthetic-${n} is invalid:\n${checked.errors.map(formatDataError).join("\n")}`);
    writeFileSync(join(DIST, "bench-data", `synthetic-${n}.json`), JSON.stringify(files));
  }
  const sizeReport = measureDist(DIST);
  // Serve a private copy: the browser tests rebuild dist/ (emptyOutDir) and must not pull it away mid-run.
  servedDir = mkdtempSync(join(os.tmpdir(), "organigramme-bench-"));
  cpSync(DIST, servedDir, { recursive: true });
  const big = datasets.get(10000);
  if (!big) throw new Error("no 10,000-unit dataset");

  log("search latency in Node (10,000 units, 100 queries)…");
  const searchNode = benchNodeSearch(big);
  log("import parsers in Node (Référentiel export of 100,000 services, CSV of 10,000 rows)…");
  const importNode = benchImportNode();
  log("export writers in Node (10,000 units) and print layout of 2024…");
  const exportNode = benchExport();

  server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: "warn",
    build: { outDir: servedDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${address.port}`;
  const chromium = await resolveChromium();
  const launched = await launchBrowser();
  browser = launched;
  log(`serving a copy of dist/ at ${base}; Chromium ${launched.version()}`);

  const results = Object.fromEntries(TARGETS.map((t) => [t, {}])) as BenchResults["results"];
  const bigVersion = big.versions[0];
  if (!bigVersion) throw new Error("no version");
  const { descendants } = treeStats(bigVersion);
  const [subtreeId, subtreeSize] = [...descendants].sort((a, b) => Math.abs(a[1] - 1000) - Math.abs(b[1] - 1000))[0] ?? ["dg", 0];
  const queries = benchQueries(big);
  const pageQueries = queries.filter((_, i) => i % 3 === 0).slice(0, 5); // words and phrases: always hit

  for (const size of BENCH_SIZES) results.ours[size] = await measureTarget(base, "ours", size);
  const interactions = await measureInteractions(base, { unitId: subtreeId, descendants: subtreeSize }, pageQueries, queries);

  log("Lighthouse (mobile preset) on the DGOS data…");
  const lhRuns: LighthouseResult[] = [];
  for (let i = 0; i < 3 && left() > 90_000; i++) {
    const run = await runLighthouse(`${base}/`, chromium.executablePath, chromium.args, Math.min(90_000, left() - 60_000));
    lhRuns.push(run);
    if (run.error) break;
  }
  const lhOk = lhRuns.filter((r) => !r.error).sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  const lhMedian = lhOk[Math.floor(lhOk.length / 2)];
  const lighthouse = lhMedian ? { ...lhMedian, runs: lhOk.map((r) => r.performance) } : (lhRuns[0] ?? null);
  if (!lighthouse) notes.push("Lighthouse skipped: time budget exhausted.");

  for (const target of ["d3-org-chart", "react-d3-tree"] as const) {
    let failedAt: number | null = null;
    for (const size of BENCH_SIZES) {
      if (failedAt !== null) {
        results[target][size] = { ...summarise(emptySamples(), "skipped", `not tried: ${failedAt} units already failed`) };
        continue;
      }
      const r = await measureTarget(base, target, size);
      results[target][size] = r;
      if (r.status !== "ok") failedAt = size;
    }
  }

  const cpus = os.cpus();
  const bench: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? "unknown",
      cores: cpus.length,
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      chromium: `${launched.version()} (${chromium.source})`,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
    },
    timeoutMs: LOAD_TIMEOUT_MS,
    results,
    interactions,
    searchNode,
    importNode,
    size: {
      initialGzipKB: sizeReport.initialGzip / 1024,
      budgetKB: sizeReport.budget / 1024,
      files: sizeReport.initial.map((f) => ({ file: f.file, gzipKB: f.gzip / 1024 })),
      lazy: sizeReport.lazy.map((f) => ({ file: f.file, gzipKB: f.gzip / 1024 })),
    },
    lighthouse,
    durationMs: Date.now() - started,
    notes,
  };
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  const file = join(ROOT, "bench/results", `${bench.date.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(bench, null, 2)}\n`);
  console.log(markdown(bench));
  console.log(`\n${exportMarkdown(exportNode)}`);
  log(`results written to ${file}`);
  return 0;
}

const hardStop = setTimeout(() => {
  console.error(`bench: hard time limit (${HARD_LIMIT_MS / 1000} s) reached, stopping`);
  void cleanup().finally(() => process.exit(2));
}, HARD_LIMIT_MS);
hardStop.unref();

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
