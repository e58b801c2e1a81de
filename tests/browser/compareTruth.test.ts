// The comparison in Chromium: contrast of every change class in both themes (read from computed
// colours, which axe does not check on SVG text), linked zoom for every zoom input, the phone layout.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const pane = (page: Page, side: "gauche" | "droite") => page.getByRole("region", { name: new RegExp(`\\(${side}\\)`) });

async function ready(page: Page, panes = 2) {
  await expect.poll(() => page.locator('svg.chart__svg[data-fitted="true"]').count(), { timeout: 15_000 }).toBe(panes);
}

/** For every change class on the cards: the lowest WCAG contrast between a card's text and its fill. */
async function classContrasts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const worst: Record<string, number> = {};
    for (const card of document.querySelectorAll<SVGGElement>('[class*="card--change-"]')) {
      const cls = [...card.classList].find((c) => c.startsWith("card--change-"))!.replace("card--change-", "");
      if (card.classList.contains("card--selected") || card.classList.contains("card--linked")) continue;
      const box = card.querySelector(".card__box");
      if (!box) continue;
      const fill = getComputedStyle(box).fill;
      for (const text of card.querySelectorAll(".card__name, .card__kind, .card__code")) {
        const r = ratio(getComputedStyle(text).fill, fill);
        worst[cls] = Math.min(worst[cls] ?? Infinity, r);
      }
    }
    return worst;
  });
}

describe("comparison: one story everywhere (Chromium)", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`every change class's card text contrasts at least 4.5:1 with its fill (${colorScheme})`, async () => {
      const seen = new Set<string>();
      for (const pair of ["de=2016&a=2024", "de=2010&a=2016", "de=2010&a=2024"]) {
        const page = await openPage(`/?vue=comparer&${pair}`, { reducedMotion: true, colorScheme });
        await ready(page);
        const worst = await classContrasts(page);
        for (const [cls, r] of Object.entries(worst)) {
          seen.add(cls);
          expect(r, `${cls} in ${pair} (${colorScheme})`).toBeGreaterThanOrEqual(4.5);
        }
        if (pair === "de=2016&a=2024") await screenshot(page, `compare-contrast-${colorScheme}`);
      }
      for (const cls of ["unchanged", "renamed", "merged", "split", "created", "undocumented"]) expect([...seen]).toContain(cls);
    });
  }

  it("the unit panel states the same class as the change list (SR, 2016 → 2024)", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024&u=sr", { reducedMotion: true });
    await ready(page);
    const panel = page.locator(".compare__side");
    await expect.poll(() => panel.locator(".compare__change-class").textContent()).toContain("fusionné");
    expect(await panel.textContent()).not.toMatch(/renommée/);
    const row = page.locator(".changes__list tr.change--selected").first();
    expect(await row.textContent()).toContain("fusionné");
  });

  it("a 2016 bureau whose missions go to a unit created in 2024 is not called « créé » (PF5)", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024&u=pf5", { reducedMotion: true });
    await ready(page);
    const said = await page.locator(".compare__side .compare__change-class").textContent();
    expect(said).toContain("missions reprises par une unité créée");
    expect(said).not.toMatch(/✚ créé/);
    expect(await pane(page, "gauche").locator('[data-node="pf5"] .card__badge').textContent()).toBe("→✚");
  });

  it("« Zoom lié » makes the other pane follow the zoom buttons, the keys and « Ajuster »", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true });
    await ready(page);
    await page.locator('label[for="compare-zoom"]').click();
    expect(await page.getByLabel("Zoom lié").isChecked()).toBe(true);
    const zoomOf = (side: "gauche" | "droite") => pane(page, side).locator("svg.chart__svg").getAttribute("data-zoom");
    const left = pane(page, "gauche");
    const before = await zoomOf("droite");
    await left.getByRole("button", { name: "Zoomer", exact: true }).click();
    await expect.poll(() => zoomOf("droite")).not.toBe(before);
    await expect.poll(async () => (await zoomOf("droite")) === (await zoomOf("gauche"))).toBe(true);
    // Keyboard « - » in the left chart.
    await left.locator("svg.chart__svg [data-node]").first().focus();
    const afterButton = await zoomOf("droite");
    await page.keyboard.press("-");
    await expect.poll(() => zoomOf("droite")).not.toBe(afterButton);
    await expect.poll(async () => (await zoomOf("droite")) === (await zoomOf("gauche"))).toBe(true);
    // « Ajuster » on the right pane moves the left one.
    const leftBefore = await zoomOf("gauche");
    await pane(page, "droite").getByRole("button", { name: /Ajuster/ }).first().click();
    await expect.poll(() => zoomOf("gauche")).not.toBe(leftBefore);
    await expect.poll(async () => (await zoomOf("droite")) === (await zoomOf("gauche"))).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("« Zoom lié » makes the other pane follow a two-finger pinch", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true, hasTouch: true });
    await ready(page);
    await page.locator('label[for="compare-zoom"]').click();
    const zoomOf = (side: "gauche" | "droite") => pane(page, side).locator("svg.chart__svg").getAttribute("data-zoom");
    const box = (await pane(page, "gauche").locator("svg.chart__svg").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const before = await zoomOf("droite");
    // Two touch points moving apart, as fingers do (CDP: real touch events, not a wheel).
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", d: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
      });
    await touch("touchStart", 20);
    for (let d = 30; d <= 120; d += 10) await touch("touchMove", d);
    await touch("touchEnd", 0);
    await expect.poll(() => zoomOf("gauche")).not.toBe(before);
    await expect.poll(async () => (await zoomOf("droite")) === (await zoomOf("gauche"))).toBe(true);
    expect(Number(await zoomOf("droite"))).toBeGreaterThan(Number(before));
    expect(pageErrors(page)).toEqual([]);
  });

  it("on a phone shows one pane at a time with a switch, and the changes as their own tab", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true, viewport: { width: 390, height: 844 } });
    await ready(page, 2);
    const visible = (loc: ReturnType<Page["locator"]>) => loc.isVisible();
    expect(await visible(pane(page, "gauche"))).toBe(true);
    expect(await visible(pane(page, "droite"))).toBe(false);
    expect(await visible(page.getByRole("region", { name: /Ce qui a changé/ }))).toBe(false);
    await screenshot(page, "compare-phone-left");
    await page.getByRole("radio", { name: "2024" }).check();
    expect(await visible(pane(page, "gauche"))).toBe(false);
    expect(await visible(pane(page, "droite"))).toBe(true);
    await page.getByRole("radio", { name: "Changements" }).check();
    expect(await visible(page.getByRole("region", { name: /Ce qui a changé/ }))).toBe(true);
    expect(await visible(pane(page, "droite"))).toBe(false);
    await screenshot(page, "compare-phone-changes");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // One pane (or the report) at a time: far from the 12,360 px of both panes, the list and the panel stacked.
    await page.getByRole("radio", { name: "2016" }).check();
    const paneHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(paneHeight).toBeLessThan(2200);
    expect(height).toBeGreaterThan(0);
    for (const colorScheme of ["light", "dark"] as const) {
      const p = colorScheme === "light" ? page : await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true, colorScheme, viewport: { width: 390, height: 844 } });
      await ready(p, 2);
      const violations = await runAxe(p);
      expect(violations, formatViolations(violations)).toEqual([]);
    }
  });

  it("axe reports no violation with the report open and a unit selected (dark)", async () => {
    const page = await openPage("/?vue=comparer&de=2010&a=2024&u=r1", { reducedMotion: true, colorScheme: "dark" });
    await ready(page);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await screenshot(page, "compare-2010-2024-dark", true);
  });
});
