// Where a readable pan's frame time goes: CPU profile (unminified build) of our deep link
// (`?u=`, the unit the bench's readable rows centre) during the bench's ~3 s pan script,
// optionally under CPU throttling; self time by module and function, plus the frame stats.
// For optimising, not a gate.
//
//   npx tsx bench/profilePan.ts --units 10000 --throttle 4
//   npx tsx bench/profilePan.ts --trace     main-thread time by trace event (style, layout, paint…) instead
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { launchBrowser } from "../tests/browser/chromium.ts";
import { printProfile, top } from "./cpuProfile.ts";
import { BENCH_SEED, generateDataset, treeStats } from "./generateOrg.ts";
import { writeBenchDataset } from "./benchData.ts";
import { frameScript, VIEWPORT } from "./measure.ts";
import { waitForBench } from "./pageWait.ts";
import { selfByName, type TraceEvent } from "./traceSelf.ts";
import { arg, argv } from "./cliArgs.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const UNITS = Number(arg("units", "10000"));
const THROTTLE = Number(arg("throttle", "4"));
const TRACE = argv.includes("--trace");

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), "organigramme-pan-"));
  const browser = await launchBrowser();
  try {
    await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), mode: "production", logLevel: "error", build: { outDir: dir, emptyOutDir: true, minify: false } });
    const ds = generateDataset({ units: UNITS, seed: BENCH_SEED });
    writeBenchDataset(dir, UNITS, ds);
    const version = ds.versions[0];
    if (!version) throw new Error("no version");
    const below = treeStats(version).descendants;
    const [focus] = [...below].sort((x, y) => Math.abs(x[1] - UNITS / 100) - Math.abs(y[1] - UNITS / 100) || x[0].localeCompare(y[0]))[0] ?? ["dg"];
    const server = await preview({ root: ROOT, configFile: false, logLevel: "error", build: { outDir: dir }, preview: { host: "127.0.0.1", port: 0 } });
    const port = (server.httpServer.address() as AddressInfo).port;
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: "reduce" });
    await context.addInitScript({ content: "globalThis.__name ??= (f) => f;" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (THROTTLE > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    await page.goto(`http://127.0.0.1:${port}/?dataset=synthetic-${UNITS}&u=${encodeURIComponent(focus)}`);
    await waitForBench(page, 60_000);
    await page.locator(`[data-node="${focus}"]`).waitFor();
    await page.waitForTimeout(500);
    if (TRACE) {
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
      console.log(`frames ${JSON.stringify(await frameScript(page, "svg.chart__svg", "pan"))}`);
      const events = (JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
      console.log(`\nMain-thread self time by trace event over the pan script\n${top(selfByName(events), 25)}`);
      await server.close();
      return;
    }
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    console.log(`frames ${JSON.stringify(await frameScript(page, "svg.chart__svg", "pan"))}`);
    console.log(`cards in the DOM after the pan: ${await page.locator("[data-node]").count()}`);
    const { profile } = await cdp.send("Profiler.stop");
    await server.close();

    printProfile(profile, dir, { modules: 15, chains: 0 });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
