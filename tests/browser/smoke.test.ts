// Smoke test of the real-browser setup: the built app is served and loads in Chromium.
import { describe, expect, it } from "vitest";
import { openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

describe("smoke", () => {
  it("serves the built app with its title or heading", async () => {
    const page = await openPage("/");
    await page.waitForFunction(() => document.querySelector("h1") !== null || document.title.length > 0);
    const title = await page.title();
    const h1 = await page.locator("h1").count();
    expect(h1 > 0 || title === "Organigramme de la DGOS").toBe(true);
    await screenshot(page, "smoke-home");
    // Reported, not asserted: feature tests own the app's behaviour.
    const errors = pageErrors(page);
    if (errors.length > 0) console.warn(`page errors on /:\n${errors.join("\n")}`);
  });

  it("emulates reduced motion and dark mode, and runs axe", async () => {
    const page = await openPage("/", { reducedMotion: true, colorScheme: "dark" });
    expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([1280, 800]);
    const violations = await runAxe(page);
    expect(Array.isArray(violations)).toBe(true);
  });
});
