// Where the time goes: a CPU profile of the app in bench mode, on an unminified build, with
// self time grouped by source module and the hottest call chains. For optimising, not a gate.
//
//   npx tsx bench/profile.ts            navigation → first fitted frame, 10,000 units
//   npx tsx bench/profile.ts --frames   the pan/zoom frame script after load
//   npx tsx bench/profile.ts --units 1000
//   npx tsx bench/profile.ts --units 100000 --toggle s5   fold then unfold s5 (opened on ?u=s5)
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { launchBrowser } from "../tests/browser/chromium.ts";
import { printProfile } from "./cpuProfile.ts";
import { BENCH_SEED, generateDataset } from "./generateOrg.ts";
import { writeBenchDataset } from "./benchData.ts";
import { frameScript, timeToggle, VIEWPORT } from "./measure.ts";
import { waitForBench } from "./pageWait.ts";
import { arg, argv } from "./cliArgs.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const units = Number(arg("units", "10000")) || 10000;
const frames = argv.includes("--frames");
const toggle = arg("toggle", "") || null;
// --deep <id>: navigation → first fitted frame on the deep link ?u=<id> (the readable view's start).
const deep = arg("deep", "") || null;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), "organigramme-profile-"));
  const browser = await launchBrowser();
  try {
    await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), mode: "production", logLevel: "error", build: { outDir: dir, emptyOutDir: true, minify: false } });
    writeBenchDataset(dir, units, generateDataset({ units, seed: BENCH_SEED }));
    const server = await preview({ root: ROOT, configFile: false, logLevel: "error", build: { outDir: dir }, preview: { host: "127.0.0.1", port: 0 } });
    const port = (server.httpServer.address() as AddressInfo).port;
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ content: "globalThis.__name ??= (f) => f;" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    if (!frames && !toggle) await cdp.send("Profiler.start");
    await page.goto(`http://127.0.0.1:${port}/?dataset=synthetic-${units}${toggle || deep ? `&u=${encodeURIComponent((toggle ?? deep) as string)}` : ""}`);
    await waitForBench(page, 60_000);
    console.log(`first render ${(await page.evaluate(() => (window as unknown as { __bench: { firstRenderMs: number } }).__bench.firstRenderMs)).toFixed(0)} ms (profiler on: slower than the bench)`);
    if (deep) await page.waitForTimeout(3000); // the selected unit's panel and card, after the first frame
    if (toggle) {
      await page.waitForTimeout(500);
      await cdp.send("Profiler.start");
      console.log(`fold ${await timeToggle(page, toggle)} ms, unfold ${await timeToggle(page, toggle)} ms`);
    }
    if (frames) {
      await cdp.send("Profiler.start");
      console.log(`frames ${JSON.stringify(await frameScript(page, "svg.chart__svg"))}`);
    }
    const { profile } = await cdp.send("Profiler.stop");
    await server.close();

    printProfile(profile, dir, { modules: 20, chains: 15 });
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
