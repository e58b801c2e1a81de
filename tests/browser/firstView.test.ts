// The first view a user gets, measured in Chromium: names readable on the upper levels at
// 1440 × 900 and 390 × 844, « Ajuster » still showing the whole tree, the chart on a phone's
// first screen with the selected card above the unit sheet, and no overlap with the footer.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, pageErrors, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const ready = (page: Page) => page.locator('svg.chart__svg[data-fitted="true"]').waitFor();

/** On-screen size (px) of the card names of the top two levels drawn inside the chart. */
async function topLevelTextSizes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const svg = document.querySelector("svg.chart__svg") as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const k = Number(svg.dataset.zoom);
    return [...document.querySelectorAll<SVGGElement>('[role="treeitem"]')]
      .filter((g) => Number(g.getAttribute("aria-level")) <= 2)
      .map((g) => ({ r: g.getBoundingClientRect(), text: g.querySelector(".card__name") ?? g.querySelector(".card__code") }))
      .filter(({ r }) => r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom)
      .map(({ text }) => (text ? parseFloat(getComputedStyle(text).fontSize) * k : 0));
  });
}

describe("first view (Chromium)", () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    for (const version of ["2010", "2016", "2024"]) {
      it(`opens ${version} with top-level names of at least 12 px at ${viewport.width} × ${viewport.height}`, async () => {
        const page = await openPage(`/?v=${version}`, { reducedMotion: true, viewport });
        await ready(page);
        const sizes = await topLevelTextSizes(page);
        expect(sizes.length).toBeGreaterThanOrEqual(viewport.width > 500 ? 3 : 1);
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11.9);
        await screenshot(page, `first-view-${version}-${viewport.width}`);
        expect(pageErrors(page)).toEqual([]);
      });
    }
  }

  it("« Ajuster » still shows the whole tree", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true, viewport: { width: 1440, height: 900 } });
    await ready(page);
    await page.getByRole("button", { name: "Ajuster" }).click();
    const svg = (await page.locator("svg.chart__svg").boundingBox())!;
    await expect.poll(() => page.locator("[data-node]").count()).toBe(28);
    const cards = await page.locator("[data-node]").evaluateAll((els) => els.map((e) => e.querySelector(".card__box")!.getBoundingClientRect().toJSON() as DOMRect));
    for (const c of cards) {
      expect(c.left).toBeGreaterThanOrEqual(svg.x - 1);
      expect(c.right).toBeLessThanOrEqual(svg.x + svg.width + 1);
      expect(c.bottom).toBeLessThanOrEqual(svg.y + svg.height + 1);
    }
    // Zoomed out further, cards show codes or distinctive words, never just their kind.
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Dézoomer" }).click();
    await expect.poll(() => page.locator(".card__code").count()).toBe(28);
    const labels = await page.locator(".card__code").allTextContents();
    expect(labels).toContain("Usagers de l'offre de soins");
    for (const label of labels) expect(label).not.toMatch(/^(Mission|Cellule|Unité|Département|Service)$/);
    await screenshot(page, "zoomed-out-2010");
  });

  it("on a phone, the chart starts on the first screen and the selected card stays above the unit sheet", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true, viewport: { width: 390, height: 844 } });
    await ready(page);
    const svg = (await page.locator("svg.chart__svg").boundingBox())!;
    expect(svg.y).toBeLessThan(844 - 300);
    await screenshot(page, "phone-first-screen");
    await page.getByRole("combobox", { name: /Qui fait quoi/ }).fill("R4");
    await page.getByRole("option").first().click();
    const sheet = page.locator("aside.panel");
    await sheet.waitFor();
    await page.waitForTimeout(300);
    const card = (await page.locator('[data-node="r4"] .card__box').boundingBox())!;
    const sheetTop = (await sheet.boundingBox())!.y;
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y + card.height).toBeLessThanOrEqual(sheetTop);
    await screenshot(page, "phone-selected-above-sheet");
  });

  it("opening « Sources et limites » pushes the chart down instead of over the footer", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true, viewport: { width: 1440, height: 900 } });
    await ready(page);
    await page.getByText("Sources et limites de cette version").click();
    const workspace = (await page.locator(".workspace").boundingBox())!;
    const footer = (await page.locator("footer.fr-footer").boundingBox())!;
    expect(workspace.y + workspace.height).toBeLessThanOrEqual(footer.y + 1);
    expect(workspace.height).toBeGreaterThanOrEqual(350);
  });
});
