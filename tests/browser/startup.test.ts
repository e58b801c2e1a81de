// Start-up in Chromium: the prerendered default view, what is requested before and after the
// first paint, and the fonts a first visit draws with.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseURL, openPage, pageErrors, setupBrowser } from "./helpers.ts";

setupBrowser();

/** When the page started to fetch a resource whose URL matches `pattern` (resource timing); NaN if it has not. */
const requestedAt = (page: Page, pattern: RegExp) =>
  page.evaluate(
    ({ source, flags }) => {
      const re = new RegExp(source, flags);
      return (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((r) => re.test(r.name))?.startTime ?? Number.NaN;
    },
    { source: pattern.source, flags: pattern.flags },
  );
const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

describe("prerendered first paint (Chromium)", () => {
  it("paints the default view from the HTML alone, then hydrates it and draws the chart without errors", async () => {
    const html = await (await fetch(`${baseURL()}/`)).text();
    expect(html).toContain("Organisation de 2024 (arrêté du 26 mars 2024)");
    expect(html).toContain("Aucune unité sélectionnée");
    const page = await openPage("/", { reducedMotion: true });
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await page.getByRole("button", { name: "Ajuster" }).click(); // the first view shows the upper levels only
    await page.locator('[data-node="rh"]').click();
    await expect.poll(() => page.locator('[data-node="rh"]').getAttribute("aria-selected")).toBe("true");
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows the chart's cards from the HTML alone, where the application's first view then keeps them", async () => {
    // Each card's box on screen, and whether it can be seen.
    const cards = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll("[data-node]")].map((el) => {
          const r = el.getBoundingClientRect();
          return { id: el.getAttribute("data-node"), seen: el.checkVisibility({ visibilityProperty: true }), box: [r.x, r.y, r.width, r.height].map(Math.round) };
        }),
      );
    for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      // No application code at all: only the HTML, the stylesheet and the page's inline scripts.
      const html = await openPage("/", { viewport: size, beforeGoto: (page) => page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort()) });
      // The cards are placed in the first frame's animation callbacks: wait for two frames (the
      // load event may come before the first).
      await html.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const before = await cards(html);
      expect(before.length).toBe(11); // the 2024 organisation
      expect(before.every((c) => c.seen)).toBe(true);
      expect(await html.locator("svg.chart__svg").getAttribute("data-prefit")).toBeNull();
      const app = await openPage("/", { viewport: size, reducedMotion: true });
      await app.locator('svg.chart__svg[data-fitted="true"]').waitFor();
      expect(await cards(app)).toEqual(before);
      expect(pageErrors(app)).toEqual([]);
    }
  });

  it("requests the code and the data only after the first frame, and declares only Marianne regular and bold", async () => {
    // Registered before any page script: fires in the first frame, before the loader's own rAF.
    const initScript = "requestAnimationFrame(function () { window.__firstFrame = performance.now(); });";
    const page = await openPage("/", { reducedMotion: true, initScript });
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    const seen = await page.evaluate(() => {
      const marianne = [...document.fonts].filter((f) => f.family.includes("Marianne")).map((f) => `${f.weight} ${f.style}`);
      return { firstFrame: (window as unknown as { __firstFrame: number }).__firstFrame, marianne: [...new Set(marianne)].sort() };
    });
    const code = await requestedAt(page, ENTRY_SCRIPT);
    const data = await requestedAt(page, /dgos-data\.json$/);
    expect(seen.firstFrame).toBeGreaterThan(0);
    expect(code).toBeGreaterThan(seen.firstFrame);
    expect(data).toBeGreaterThan(seen.firstFrame);
    expect(seen.marianne).toEqual(["400 normal", "700 normal"]);
  });

  it("draws a first visit's text in Marianne, regular and bold, with no font swap later", async () => {
    const page = await openPage("/", { reducedMotion: true }); // a fresh context: nothing cached
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    // The font the renderer actually used for a node's text (CSS alone only says what was asked for).
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument");
    await cdp.send("CSS.enable");
    const usedFonts = async (selector: string) => {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      return fonts.map((f) => f.familyName);
    };
    expect(await usedFonts(".version-summary__line")).toContain("Marianne");
    expect(await usedFonts(".fr-header__service-title")).toEqual(["Marianne"]);
  });

  it("never shows the prerendered default view for a deep link, and requests its code at once", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true, waitUntil: "domcontentloaded" });
    expect(await page.getByText("Organisation de 2024 (arrêté du 26 mars 2024)").count()).toBe(0);
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    expect(await page.locator('[data-node="r1"]').count()).toBe(1);
    // Nothing worth painting first here: the code is requested before the loading message paints.
    const firstPaint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN);
    expect(await requestedAt(page, ENTRY_SCRIPT)).toBeLessThan(firstPaint);
  });

  it("requests a deep link's code and data in parallel with the stylesheet, not once it has arrived", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true });
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    const timing = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd })),
    );
    const css = timing.find((r) => /\/assets\/index-[\w-]+\.css$/.test(r.name));
    const code = timing.filter((r) => ENTRY_SCRIPT.test(r.name));
    const data = timing.filter((r) => /dgos-data\.json$/.test(r.name));
    expect(css).toBeDefined();
    // Each fetched once (the module and the app's fetch reuse the preloads), before the stylesheet is in.
    expect(code).toHaveLength(1);
    expect(data).toHaveLength(1);
    expect(code[0]?.start).toBeLessThan(css?.end ?? 0);
    expect(data[0]?.start).toBeLessThan(css?.end ?? 0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("requests the code at once in a tab opened in the background, where no frame is ever drawn", async () => {
    // A background tab: hidden, and animation frames never come.
    const initScript = `Object.defineProperty(Document.prototype, "visibilityState", { get: () => "hidden" });
      window.requestAnimationFrame = () => 0;`;
    const page = await openPage("/", { initScript, waitUntil: "domcontentloaded" });
    await expect.poll(async () => Number.isNaN(await requestedAt(page, ENTRY_SCRIPT)), { timeout: 5000 }).toBe(false);
  });
});
