// `npm run bench`: builds the app and the competitor pages, serves dist/ on 127.0.0.1, and
// measures this app, d3-org-chart and react-d3-tree on the same synthetic organisations in
// headless Chromium (served from a private copy of dist/, so a concurrent rebuild cannot pull
// it away), plus search in Node and Lighthouse on the real data. Prints a Markdown
// table, writes bench/results/<timestamp>.json, and stops by itself (< 5 minutes).
import { spawnSync } from "node:child_process";
import { formatDataError } from "../src/domain/dataErrors.ts";
import { validateDataset } from "../src/domain/validateDataset.ts";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build, type PreviewServer } from "vite";
import { measureDist } from "../scripts/check-size.ts";
import { servePrecompressed } from "./precompressed.ts";
import { launchBrowser, resolveChromium } from "../tests/browser/chromium.ts";
import { BENCH_SEED, datasetFiles, generateDataset, treeStats } from "./generateOrg.ts";
import { writeBenchDataset } from "./benchData.ts";
import { runLighthouse, type LighthouseResult } from "./lighthouse.ts";
import { parseArgs, type Scenario } from "./options.ts";
import { firstVisitBytes } from "./firstVisit.ts";
import { markdown, TARGETS, type BenchResults, type Interactions } from "./report.ts";
import { measureInteractions } from "./interactions.ts";
import { LOAD_TIMEOUT_MS, measureInterleaved, ourChartArea, type RunContext } from "./renderers.ts";
import { benchNodeSearch, benchQueries } from "./searchNode.ts";
import { measureSearchRow, type SearchRow } from "./searchRows.ts";
import { benchImportNode } from "./importNode.ts";
import { benchImportBrowser } from "./importBrowser.ts";
import { benchExport, exportMarkdown } from "./exportNode.ts";
import { largeToggleMarkdown, measureLargeToggle, subtreeNear } from "./largeToggle.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const DIST = join(ROOT, "dist");
const OPTIONS = parseArgs(process.argv.slice(2));
const HARD_LIMIT_MS = OPTIONS.budgetMs + 30_000; // kill everything past this
const BUDGET_MS = OPTIONS.budgetMs; // phases are skipped (and said so) past this
const REPS = OPTIONS.reps;
const THROTTLE_SIZES = new Set([1000, 10000]);

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

async function main(): Promise<number> {
  const notes: string[] = [];
  await buildAll();
  const phases = OPTIONS.phases;
  const needs10k = phases.has("interactions") || phases.has("node");
  const sizes = [...new Set([...OPTIONS.sizes, ...(needs10k ? [10000] : [])])].sort((x, y) => x - y);
  log(`sizes ${OPTIONS.sizes.join(", ")}; phases ${[...phases].join(", ")}; ${REPS} repetition(s); budget ${BUDGET_MS / 60_000} min`);
  const datasets = new Map(sizes.map((n) => [n, generateDataset({ units: n, seed: BENCH_SEED })]));
  mkdirSync(join(DIST, "bench-data"), { recursive: true });
  for (const [n, ds] of datasets) {
    // Validated here, as the build validates data/: the app then trusts the file and skips zod.
    const files = datasetFiles(ds);
    const checked = validateDataset(files);
    if (!checked.ok) throw new Error(`synthetic-${n} is invalid:\n${checked.errors.map(formatDataError).join("\n")}`);
    writeBenchDataset(DIST, n, ds);
  }
  const sizeReport = measureDist(DIST);
  // Serve a private copy: the browser tests rebuild dist/ (emptyOutDir) and must not pull it away mid-run.
  servedDir = mkdtempSync(join(os.tmpdir(), "organigramme-bench-"));
  cpSync(DIST, servedDir, { recursive: true });
  const big = datasets.get(10000);

  let searchNode = null;
  let importNode: ReturnType<typeof benchImportNode> | undefined;
  let exportNode: ReturnType<typeof benchExport> | null = null;
  if (phases.has("node") && big) {
    log("search latency in Node (10,000 units, 100 queries)…");
    searchNode = benchNodeSearch(big);
    log("import parsers in Node (Référentiel export of 100,000 services, CSV of 10,000 rows)…");
    importNode = benchImportNode(REPS);
    log("export writers in Node (10,000 units) and print layout of 2024…");
    exportNode = benchExport();
  }

  const served = await servePrecompressed(ROOT, servedDir, "warn");
  server = served.server;
  const base = served.base;
  const chromium = await resolveChromium();
  const launched = await launchBrowser();
  browser = launched;
  log(`serving a copy of dist/ at ${base}; Chromium ${launched.version()}`);
  const run: RunContext = { browser: launched, base, reps: REPS, targets: OPTIONS.targets, left, log };

  const firstVisit = phases.has("bytes") ? await firstVisitBytes(launched, `${base}/`) : null;
  if (firstVisit) log(`first visit: ${(firstVisit.totalBytes / 1024).toFixed(0)} KB raw, ${(firstVisit.totalGzip / 1024).toFixed(0)} KB gzip -9`);

  // The libraries draw in the same area as our chart pane (header and unit panel aside).
  const chart = await ourChartArea(run, sizes[0] ?? 1000);
  log(`chart area (ours, given to the libraries): ${chart.width} × ${chart.height}`);

  const empty = () => Object.fromEntries(TARGETS.map((t) => [t, {}])) as BenchResults["results"];
  const results = empty();
  const readable = empty();
  const throttled = empty();
  const focusBySize: Record<string, { id: string; name: string; descendants: number }> = {};
  const scenarios: [Scenario, BenchResults["results"], (n: number) => boolean][] = [
    [{ name: "overview", kind: "overview", throttle: 1, frames: true }, results, () => phases.has("overview")],
    [{ name: "readable", kind: "readable", throttle: 1, frames: true }, readable, (n) => phases.has("readable") && n >= 1000],
    [{ name: "readable 4× CPU", kind: "readable", throttle: 4, frames: true }, throttled, (n) => phases.has("throttled") && THROTTLE_SIZES.has(n)],
  ];
  for (const size of OPTIONS.sizes) {
    const ds = datasets.get(size);
    const version = ds?.versions[0];
    if (!version) continue;
    // The unit the readable view centres: a mid-level unit (≈ 1 % of the tree below it).
    const { descendants: below } = treeStats(version);
    const [id, count] = [...below].sort((x, y) => Math.abs(x[1] - size / 100) - Math.abs(y[1] - size / 100) || x[0].localeCompare(y[0]))[0] ?? ["dg", 0];
    const focus = { id, name: version.units.find((u) => u.id === id)?.name ?? id };
    focusBySize[size] = { ...focus, descendants: count };
    for (const [scenario, into, applies] of scenarios) {
      if (!applies(size)) continue;
      const r = await measureInterleaved(run, size, scenario, chart, focus);
      for (const t of OPTIONS.targets) into[t][size] = r[t];
    }
  }

  let interactions: Interactions | null = null;
  if (phases.has("interactions") && big?.versions[0]) {
    const { descendants } = treeStats(big.versions[0]);
    const [subtreeId, subtreeSize] = [...descendants].sort((a, b) => Math.abs(a[1] - 1000) - Math.abs(b[1] - 1000))[0] ?? ["dg", 0];
    const queries = benchQueries(big);
    const pageQueries = queries.filter((_, i) => i % 3 === 0).slice(0, 5); // words and phrases: always hit
    interactions = await measureInteractions(run, { unitId: subtreeId, descendants: subtreeSize }, pageQueries, queries);
  }

  // Import of a 100,000-service file in the page, first render of its 10,000-unit subtree.
  const importBrowser = phases.has("import") && left() > 60_000 ? await benchImportBrowser(launched, base, REPS, log) : null;

  const searchRows: SearchRow[] = [];
  for (const n of phases.has("search") ? OPTIONS.sizes.filter((x) => x >= 1000) : []) {
    const ds = datasets.get(n);
    if (ds) searchRows.push(await measureSearchRow(launched, base, n, benchQueries(ds), benchQueries(ds, 12).filter((_, i) => i % 6 !== 5), LOAD_TIMEOUT_MS));
    log(`search ${n}: ${JSON.stringify(searchRows[searchRows.length - 1])}`);
  }
  // Collapse / expand of a ~10,000-unit subtree at 100,000 units (bench/largeToggle.ts).
  const huge = datasets.get(100000)?.versions[0];
  const largeToggle = phases.has("interactions") && huge && browser && left() > 60_000 ? await measureLargeToggle(browser, base, 100000, subtreeNear(treeStats(huge).descendants, 10_000), REPS, Math.min(LOAD_TIMEOUT_MS, left() - 10_000)) : null;
  if (largeToggle) log(`ours 100000 collapse/expand ${largeToggle.unitId}: ${largeToggle.collapse?.median.toFixed(0)} / ${largeToggle.expand?.median.toFixed(0)} ms`);

  let lighthouse: BenchResults["lighthouse"] = null;
  if (phases.has("lighthouse")) {
    log("Lighthouse (mobile preset) on the DGOS data…");
    const lhRuns: LighthouseResult[] = [];
    for (let i = 0; i < 3 && left() > 90_000; i++) {
      const run = await runLighthouse(`${base}/`, chromium.executablePath, chromium.args, Math.min(90_000, left() - 60_000));
      lhRuns.push(run);
      if (run.error) break;
    }
    const lhOk = lhRuns.filter((r) => !r.error).sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
    const lhMedian = lhOk[Math.floor(lhOk.length / 2)];
    lighthouse = lhMedian ? { ...lhMedian, runs: lhOk.map((r) => r.performance) } : (lhRuns[0] ?? null);
    if (!lighthouse) notes.push("Lighthouse skipped: time budget exhausted.");
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
    chartArea: chart,
    results,
    readable,
    throttled,
    focus: focusBySize,
    firstVisit,
    interactions,
    largeToggle,
    searchNode,
    searchRows,
    ...(importNode ? { importNode } : {}),
    ...(importBrowser ? { importBrowser } : {}),
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
  if (largeToggle) console.log(largeToggleMarkdown(largeToggle));
  if (exportNode) console.log(`\n${exportMarkdown(exportNode)}`);
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
