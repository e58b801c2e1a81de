// Import in Chromium: the synthetic Référentiel export of 100,000 services (generateImport.ts)
// opened through the dialog's file input on the DGOS page, the root « BIG » (~10,000 units)
// chosen, then « Importer » clicked. Timed, per repetition in a fresh context: the file read,
// parsed and checked in the worker (input set → report shown), and the first render of the
// imported subtree (click on « Importer » → the frame where the fitted chart shows the import's
// root card inside the chart). Page JS heap: CDP Performance.getMetrics (JSHeapUsedSize) every
// 100 ms from the click to the end, and right after (no forced GC); the worker's own heap is
// not in it (see importNode.ts for that side). Standalone: `npx tsx bench/importBrowser.ts <base URL>`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, CDPSession } from "playwright-core";
import { generateReferentiel } from "./generateImport.ts";
import { spread, type Spread } from "./stats.ts";

export interface ImportBrowserResult {
  file: string;
  units: number;
  subtreeUnits: number;
  runs: number;
  /** Input set → « N unité(s) valide(s) » shown (read, parse, check, index in the worker). */
  parseMs: Spread | null;
  /** Click on « Importer » → the fitted chart of the import painted. */
  firstRenderMs: Spread | null;
  /** Largest page JS heap seen from the click to the painted chart (MiB). */
  peakHeapMB: Spread | null;
  notes: string[];
}

const ROOT_ID = "g-big";
const ROOT_NAME = /Direction générale de l'offre synthétique/;

async function heapMB(cdp: CDPSession): Promise<number | null> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
  return used === undefined ? null : used / 1024 / 1024;
}

async function oneRun(browser: Browser, base: string, path: string, units: number, subtreeUnits: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  await context.addInitScript({ content: "globalThis.__name ??= (f) => f;" });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Ouvrir un organigramme" }).click();
    const dialog = page.getByRole("dialog", { name: "Ouvrir un organigramme" });
    let t = Date.now();
    await dialog.getByLabel(/Fichier à ouvrir/).setInputFiles(path);
    await dialog.getByText(`${units} unité(s) valide(s)`, { exact: false }).waitFor({ timeout: 120_000 });
    const parseMs = Date.now() - t;
    await dialog.getByLabel(/Chercher l'unité de départ/).fill("BIG");
    await dialog.getByLabel(ROOT_NAME).check();
    await dialog.getByText(`${subtreeUnits} unité(s) seront importées.`).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    let peak = (await heapMB(cdp)) ?? 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, (await heapMB(cdp).catch(() => null)) ?? 0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // IMPORT_PROFILE=<file>: a CPU profile of the page from the click to the chart (to read where the time goes).
    const profile = process.env.IMPORT_PROFILE;
    if (profile) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
      await cdp.send("Profiler.start");
    }
    // Click and watch the frames in the page: the time is the frame's where the import shows.
    t = Date.now();
    const rendered = await page.evaluate(
      ({ id }) =>
        new Promise<number>((done, fail) => {
          const button = [...document.querySelectorAll<HTMLButtonElement>(".import-dialog button")].find((b) => b.textContent?.trim() === "Importer");
          if (!button) return fail(new Error("no « Importer » button"));
          const start = performance.now();
          const check = (now: number) => {
            const svg = document.querySelector('svg.chart__svg[data-fitted="true"]');
            const name = document.querySelector(`[data-node="${CSS.escape(id)}"] text.card__name`);
            if (svg && name?.textContent && new URLSearchParams(location.search).get("v")?.startsWith("import-")) {
              const r = name.getBoundingClientRect();
              const c = svg.getBoundingClientRect();
              const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
              if (x > c.left && x < c.right && y > c.top && y < c.bottom) return done(now - start);
            }
            if (performance.now() - start > 60_000) return fail(new Error("import not shown within 60 s"));
            requestAnimationFrame(check);
          };
          button.click();
          requestAnimationFrame(check);
        }),
      { id: ROOT_ID },
    );
    const wallMs = Date.now() - t;
    if (profile) writeFileSync(profile, JSON.stringify((await cdp.send("Profiler.stop")).profile));
    sampling = false;
    await sampler;
    peak = Math.max(peak, (await heapMB(cdp)) ?? 0);
    await cdp.detach();
    return { parseMs, firstRenderMs: rendered, wallMs, peakHeapMB: peak };
  } finally {
    await context.close().catch(() => undefined);
  }
}

export async function benchImportBrowser(browser: Browser, base: string, reps = 3, log: (m: string) => void = console.error): Promise<ImportBrowserResult> {
  const dir = mkdtempSync(join(os.tmpdir(), "organigramme-import-browser-"));
  const file = "referentiel-100000.json";
  const path = join(dir, file);
  const notes: string[] = [];
  const runs: Awaited<ReturnType<typeof oneRun>>[] = [];
  try {
    writeFileSync(path, JSON.stringify(generateReferentiel(100_000)));
    for (let i = 0; i < Math.max(3, reps); i++) {
      try {
        const r = await oneRun(browser, base, path, 100_000, 10_000);
        log(`import in Chromium: parse ${r.parseMs} ms, first render ${r.firstRenderMs.toFixed(0)} ms (wall ${r.wallMs} ms), peak page heap ${r.peakHeapMB.toFixed(0)} MB`);
        runs.push(r);
      } catch (error) {
        notes.push(error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error));
        break;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    file,
    units: 100_000,
    subtreeUnits: 10_000,
    runs: runs.length,
    parseMs: spread(runs.map((r) => r.parseMs)),
    firstRenderMs: spread(runs.map((r) => r.firstRenderMs)),
    peakHeapMB: spread(runs.map((r) => r.peakHeapMB)),
    notes,
  };
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  const base = process.argv[2] ?? "http://127.0.0.1:4173";
  const reps = Number(process.argv.find((a) => a.startsWith("--reps="))?.slice(7) ?? 3);
  const { launchBrowser } = await import("../tests/browser/chromium.ts");
  const browser = await launchBrowser();
  try {
    console.log(JSON.stringify(await benchImportBrowser(browser, base, reps), null, 2));
  } finally {
    await browser.close();
  }
}
