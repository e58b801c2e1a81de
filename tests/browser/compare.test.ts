// The comparison view in Chromium: pick a pair, follow a unit to its counterpart, read the
// change list, swap sides, reload the link, and check accessibility.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const pane = (page: Page, side: "gauche" | "droite") => page.getByRole("region", { name: new RegExp(`\\(${side}\\)`) });
const card = (page: Page, side: "gauche" | "droite", id: string) => pane(page, side).locator(`[data-node="${id}"]`);

async function ready(page: Page) {
  await expect.poll(() => page.locator('svg.chart__svg[data-fitted="true"]').count(), { timeout: 15_000 }).toBe(2);
}

async function offCentre(page: Page, side: "gauche" | "droite", id: string) {
  const svg = await pane(page, side).locator("svg.chart__svg").boundingBox();
  const box = await card(page, side, id).locator(".card__box").boundingBox();
  if (!svg || !box) return Infinity;
  return Math.hypot(box.x + box.width / 2 - (svg.x + svg.width / 2), box.y + box.height / 2 - (svg.y + svg.height / 2));
}

describe("comparison (Chromium)", () => {
  it("chooses a pair from the explorer and shows every change class with a legend", async () => {
    const page = await openPage("/", { reducedMotion: true });
    // The button is in the prerendered page: wait for the app to be live before clicking it.
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Comparer deux versions" }).click();
    await ready(page);
    await page.getByLabel("Version de gauche").selectOption("2010");
    await ready(page);
    expect(page.url()).toContain("de=2010&a=2024");
    await page.getByLabel("Version de gauche").selectOption("2016");
    await ready(page);
    expect(await page.getByRole("heading", { name: "Ce qui a changé entre 2016 et 2024" }).count()).toBe(1);
    const legend = await page.getByRole("list", { name: "Légende des changements" }).textContent();
    for (const word of ["inchangé", "renommé", "déplacé", "fusionné", "scindé", "créé", "supprimé", "sans correspondant documenté"]) expect(legend).toContain(word);
    // No source states that R5 was removed: its card says so.
    expect(await card(page, "gauche", "r5").getAttribute("class")).toContain("card--change-undocumented");
    expect(await card(page, "droite", "pole-recherche").getAttribute("class")).toContain("card--change-created");
    expect(await card(page, "droite", "financement-performance").getAttribute("class")).toContain("card--change-merged");
    await screenshot(page, "compare-2016-2024");
    expect(pageErrors(page)).toEqual([]);
  });

  it("selecting PF5 on the left selects and centres its 2024 successor on the right, with the reason", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true });
    await ready(page);
    await pane(page, "gauche").getByRole("button", { name: "Ajuster" }).click(); // the first view shows the upper levels only
    await card(page, "gauche", "pf5").click();
    await expect.poll(() => card(page, "droite", "dep-numerique").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => offCentre(page, "droite", "dep-numerique")).toBeLessThan(3);
    expect(page.url()).toContain("u=pf5");
    const current = page.locator('.changes__list [aria-current="true"]').first();
    expect(await current.textContent()).toContain("PF5");
    expect(await page.locator(".change--selected").first().textContent()).toContain("transformation numérique");
    await screenshot(page, "compare-pf5");
  });

  it("clicking a change in the list focuses both panes on it", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true });
    await ready(page);
    await page.getByRole("searchbox", { name: "Filtrer les changements" }).fill("SR6");
    await page.locator(".changes__list button").first().click();
    await expect.poll(() => card(page, "gauche", "sr6").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => card(page, "droite", "dep-donnees").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => offCentre(page, "gauche", "sr6")).toBeLessThan(3);
    await expect.poll(() => offCentre(page, "droite", "dep-donnees")).toBeLessThan(3);
  });

  it("swaps sides keeping the selection, and a reload of the link restores it", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024&u=pf5", { reducedMotion: true });
    await ready(page);
    await expect.poll(() => card(page, "gauche", "pf5").getAttribute("aria-selected")).toBe("true");
    await page.getByRole("button", { name: /Inverser/ }).click();
    await ready(page);
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe("vue=comparer&de=2024&a=2016&cote=a&u=pf5");
    await expect.poll(() => card(page, "droite", "pf5").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => card(page, "gauche", "dep-numerique").getAttribute("aria-selected")).toBe("true");
    await page.reload();
    await ready(page);
    await expect.poll(() => card(page, "droite", "pf5").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => card(page, "gauche", "dep-numerique").getAttribute("aria-selected")).toBe("true");
  });

  it("traces a 2010 bureau to 2024 from its panel", async () => {
    const page = await openPage("/?v=2010&u=r1", { reducedMotion: true });
    const lineage = page.getByRole("region", { name: "Dans les autres versions" });
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await lineage.getByRole("button", { name: "Sous-direction du financement et de la performance" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("?u=financement-performance");
    expect(await page.locator('[data-node="financement-performance"]').getAttribute("aria-selected")).toBe("true");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe reports no violation on the comparison view (${colorScheme})`, async () => {
      const page = await openPage("/?vue=comparer&de=2016&a=2024&u=pf5", { reducedMotion: true, colorScheme });
      await ready(page);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  }
});
