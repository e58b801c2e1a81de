// On-demand code that does not arrive: an alert says what failed, « Réessayer » really imports
// again once the file is reachable, and the rest of the app (and Back) keeps working.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

/** Blocks the chunk whose file name starts with `name` until the returned function is called. */
async function block(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/assets/${name}-[\\w-]+\\.js`);
  await page.route(pattern, (route) => route.abort("internetdisconnected"));
  return () => page.unroute(pattern);
}

describe("lazily loaded parts that fail (Chromium)", () => {
  it("comparison view: alert with « Réessayer », the app still works, Back restores the tree, retry loads it", async () => {
    let unblock: () => Promise<void> = async () => undefined;
    const page = await openPage("/", { reducedMotion: true, beforeGoto: async (p) => {
        unblock = await block(p, "CompareView");
      }, });
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await page.getByRole("button", { name: "Comparer deux versions" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Impossible de charger la vue de comparaison" });
    await alert.waitFor();
    await screenshot(page, "lazy-failure-compare");
    // The toolbar still works and Back brings the tree back.
    await page.goBack();
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    expect(await alert.count()).toBe(0);
    await page.goForward();
    await alert.waitFor();
    await unblock();
    await alert.getByRole("button", { name: "Réessayer" }).click();
    await expect.poll(() => page.locator('svg.chart__svg[data-fitted="true"]').count()).toBe(2);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("search engine: no endless « Préparation de la recherche… », no unhandled rejection, retry works", async () => {
    let unblock: () => Promise<void> = async () => undefined;
    const page = await openPage("/", { reducedMotion: true, beforeGoto: async (p) => {
        unblock = await block(p, "searchEngine");
      }, });
    const rejections: string[] = [];
    page.on("pageerror", (e) => rejections.push(e.message));
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await page.getByRole("combobox", { name: /Qui fait quoi/ }).fill("ONDAM");
    const alert = page.getByRole("alert").filter({ hasText: "Impossible de charger le moteur de recherche" });
    await alert.waitFor();
    expect(await page.getByText("Préparation de la recherche…").count()).toBe(0);
    await unblock();
    await alert.getByRole("button", { name: "Réessayer" }).click();
    await alert.waitFor({ state: "detached" });
    await page.getByRole("combobox", { name: /Qui fait quoi/ }).focus();
    await page.getByRole("option").first().waitFor();
    expect(await alert.count()).toBe(0);
    expect(rejections).toEqual([]);
  });

  it("unit details (phone, dark): the sheet says what failed, retry shows the unit", async () => {
    let unblock: () => Promise<void> = async () => undefined;
    const page = await openPage("/?v=2016&u=r1", {
      reducedMotion: true,
      colorScheme: "dark",
      viewport: { width: 390, height: 844 },
      beforeGoto: async (p) => {
        unblock = await block(p, "UnitDetails");
      },
    });
    const alert = page.getByRole("alert").filter({ hasText: "Impossible de charger le détail de l'unité" });
    await alert.waitFor();
    await screenshot(page, "lazy-failure-panel-390-dark");
    // The chart beside it still answers.
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await unblock();
    await alert.getByRole("button", { name: "Réessayer" }).click();
    await page.locator("aside.panel").getByRole("heading", { level: 2 }).waitFor();
    expect(await alert.count()).toBe(0);
  });
});
