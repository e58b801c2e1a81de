// Dense zoom: many cards mounted at once. Our chart draws one outline path past 600 visible
// cards; one wheel notch towards the centre of the fitted tree that brings it under that
// threshold mounts every card in view (progressively, 100 per frame). Timed from the wheel event
// to the painted frame where the last card is mounted and the outline is gone. Compared with
// each library's full render of an organisation of the same number of units (from its data
// parsed to its first painted frame: layout, DOM, style, paint; page load excluded).
//
//   npx tsx bench/denseZoom.ts                      1,000 and 10,000 units, 5 repetitions
//   npx tsx bench/denseZoom.ts --sizes 1000 --reps 3 --throttle 4
//   npx tsx bench/denseZoom.ts --build              build the app and the competitor pages first
//   npx tsx bench/denseZoom.ts --trace              also: main-thread time by trace event of one measured notch
//   npx tsx bench/denseZoom.ts --dist /tmp/old/dist --ours-only
//                                                   another build (e.g. main's), our notch only (A/B runs)
//
// Prints a Markdown table; writes bench/results/dense-zoom-<timestamp>.json.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { servePrecompressed } from "./precompressed.ts";
import { launchBrowser } from "../tests/browser/chromium.ts";
import { BENCH_SEED, generateDataset } from "./generateOrg.ts";
import { writeBenchDataset } from "./benchData.ts";
import { close, openAndWait } from "./measure.ts";
import { spread, type Spread } from "./stats.ts";
import { selfByName, type TraceEvent } from "./traceSelf.ts";
import { arg, argv } from "./cliArgs.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SIZES = arg("sizes", "1000,10000").split(",").map(Number);
const REPS = Number(arg("reps", "5"));
const THROTTLE = Number(arg("throttle", "1"));
const CHART = { width: Number(arg("w", "830")), height: Number(arg("h", "424")) };
const LIBRARIES = ["d3-org-chart", "react-d3-tree"] as const;
const TRACE = argv.includes("--trace");
const OURS_ONLY = argv.includes("--ours-only");

interface Notch {
  /** Wheel event → end of the painted frame that showed the last change (cards mounted, outline gone). */
  ms: number;
  cards: number;
  outline: boolean;
}

/**
 * In the page: dispatches one wheel notch (`delta`) at the centre of the chart (below its
 * control bar) and resolves once the card count has not changed for 3 frames. Cards mount 100 per
 * frame and the outline stands in for those not mounted yet, so « settled » is the count, not
 * the outline.
 */
async function notch(page: Page, delta: number): Promise<Notch> {
  return page.evaluate(async (dy) => {
    const svg = document.querySelector("svg.chart__svg") as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + 48 + (box.height - 48) / 2];
    const state = () => ({ cards: svg.querySelectorAll("[data-node]").length, outline: svg.querySelector(".chart__overview") !== null });
    const t0 = performance.now();
    svg.dispatchEvent(new WheelEvent("wheel", { deltaY: dy, deltaMode: 0, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    let last = state();
    let done = t0;
    let still = 0;
    return new Promise<{ ms: number; cards: number; outline: boolean }>((resolve) => {
      const check = () =>
        requestAnimationFrame(() => {
          const now = state();
          if (now.cards !== last.cards || now.outline !== last.outline) {
            still = 0;
            last = now;
            // This frame paints the change: its end is the message posted from its rAF.
            const c = new MessageChannel();
            c.port1.onmessage = () => (done = performance.now());
            c.port2.postMessage(null);
          } else still++;
          if (still >= 3 || performance.now() - t0 > 10_000) return resolve({ ms: done - t0, ...last });
          check();
        });
      check();
    });
  }, delta);
}

/** Ours: fit, zoom in at the centre notch by notch until the outline gives way to cards; then out and in again, REPS times. */
async function ours(browser: Browser, base: string, size: number): Promise<{ cards: number; samples: number[] } | null> {
  const out = await openAndWait(browser, `${base}/?dataset=synthetic-${size}`, 60_000, { reducedMotion: "reduce", ...(THROTTLE > 1 ? { cpuThrottle: THROTTLE } : {}) });
  if (!out.ok) throw new Error(out.message);
  const { page } = out.loaded;
  try {
    await page.getByRole("button", { name: "Ajuster" }).click();
    await page.waitForTimeout(300);
    const STEP = -120; // one notch of a mouse wheel, towards the screen
    let n = await notch(page, 0);
    if (!n.outline) throw new Error(`${size}: the fitted tree is not an outline`);
    for (let i = 0; i < 40 && n.outline; i++) n = await notch(page, STEP);
    if (n.outline) throw new Error(`${size}: still an outline after 40 notches`);
    // One notch out (the outline again), then the measured notch in: REPS times.
    const samples: number[] = [];
    let cards = 0;
    for (let rep = 0; rep < REPS; rep++) {
      const back = await notch(page, -STEP);
      if (!back.outline) throw new Error(`${size}: one notch out did not go back to the outline`);
      await page.waitForTimeout(300);
      if (TRACE && rep === 0) await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
      const inside = await notch(page, STEP);
      if (TRACE && rep === 0) {
        const events = (JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
        const top = [...selfByName(events)].sort((a, b) => b[1] - a[1]).slice(0, 12);
        console.error(`${size}: one notch in (${inside.ms.toFixed(0)} ms), main-thread self time: ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}`);
      }
      if (inside.outline) throw new Error(`${size}: one notch in did not mount the cards`);
      samples.push(inside.ms);
      cards = inside.cards;
      await page.waitForTimeout(300);
    }
    return { cards, samples };
  } finally {
    await close(out.loaded);
  }
}

/** A library's full render of `units` units: from its data parsed to its first painted frame. */
async function library(browser: Browser, base: string, target: string, units: number): Promise<number> {
  const out = await openAndWait(browser, `${base}/competitors/${target}.html?units=${units}&w=${CHART.width}&h=${CHART.height}`, 60_000, THROTTLE > 1 ? { cpuThrottle: THROTTLE } : {});
  if (!out.ok) throw new Error(out.message);
  try {
    const dataMs = await out.loaded.page.evaluate(() => (window as unknown as { __bench: { dataMs?: number } }).__bench.dataMs ?? Number.NaN);
    return out.loaded.firstRenderMs - dataMs;
  } finally {
    await close(out.loaded);
  }
}

async function main(): Promise<void> {
  const dist = resolve(ROOT, arg("dist", "dist"));
  if (argv.includes("--build")) {
    await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), mode: "production", logLevel: "error", build: { outDir: dist, emptyOutDir: true } });
    await build({ configFile: join(ROOT, "bench/vite.bench.config.ts"), mode: "production", logLevel: "error" });
  }
  const served = mkdtempSync(join(os.tmpdir(), "organigramme-dense-"));
  cpSync(dist, served, { recursive: true });
  const write = (units: number) => writeBenchDataset(served, units, generateDataset({ units, seed: BENCH_SEED }));
  for (const size of SIZES) write(size);
  const { server, base } = await servePrecompressed(ROOT, served);
  const browser = await launchBrowser();
  const rows: { size: number; cards: number; ours: Spread | null; libraries: Record<string, Spread | null> }[] = [];
  try {
    for (const size of SIZES) {
      const mine = await ours(browser, base, size);
      if (!mine) continue;
      console.error(`ours ${size}: ${mine.cards} cards mounted in ${mine.samples.map((v) => v.toFixed(0)).join(", ")} ms`);
      write(mine.cards);
      const libs: Record<string, number[]> = Object.fromEntries(LIBRARIES.map((t) => [t, []]));
      for (let rep = 0; rep < (OURS_ONLY ? 0 : REPS); rep++) {
        for (const t of LIBRARIES) libs[t]?.push(await library(browser, base, t, mine.cards));
      }
      console.error(`libraries, full render of ${mine.cards} units: ${LIBRARIES.map((t) => `${t} ${libs[t]?.map((v) => v.toFixed(0)).join(", ")}`).join("; ")}`);
      rows.push({ size, cards: mine.cards, ours: spread(mine.samples), libraries: Object.fromEntries(LIBRARIES.map((t) => [t, spread(libs[t] ?? [])])) });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
  const fmt = (s: Spread | null) => (s ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : "—");
  const ratio = (a: Spread | null, b: Spread | null) => (a && b ? `×${(b.median / a.median).toFixed(1)}` : "");
  console.log(`\n| Dense zoom${THROTTLE > 1 ? `, CPU ×${THROTTLE}` : ""} (median, min–max of ${REPS}; ms) | Cards mounted | This app: wheel notch → all cards painted | d3-org-chart: full render of as many units | ratio | react-d3-tree: idem | ratio |`);
  console.log("|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const [a, b] = [r.libraries["d3-org-chart"] ?? null, r.libraries["react-d3-tree"] ?? null];
    console.log(`| ${r.size.toLocaleString("en")} units, zoom into the centre | ${r.cards} | ${fmt(r.ours)} | ${fmt(a)} | ${ratio(r.ours, a)} | ${fmt(b)} | ${ratio(r.ours, b)} |`);
  }
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  const file = join(ROOT, "bench/results", `dense-zoom-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), throttle: THROTTLE, reps: REPS, chart: CHART, rows }, null, 2)}\n`);
  console.error(`written to ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
