// Pan and zoom in a real browser: d3-zoom's gestures reach React's <g transform>, and a
// press on a card selects it instead of starting a pan.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, pageErrors, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const transform = (page: Page) => page.locator("svg g[transform]").first().getAttribute("transform");

async function chart(page: Page) {
  const svg = page.locator("svg:has([data-node])").first();
  await svg.waitFor();
  const box = await svg.boundingBox();
  if (!box) throw new Error("chart svg has no box");
  return { svg, box };
}

describe("pan and zoom (Chromium)", () => {
  it("wheel zooms and a background drag pans", async () => {
    const page = await openPage("/", { reducedMotion: true });
    const { box } = await chart(page);
    const before = await transform(page);
    // A corner of the chart, away from the cards.
    const x = box.x + box.width - 30;
    const y = box.y + box.height - 30;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => transform(page)).not.toBe(before);
    const zoomed = await transform(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 120, y - 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => transform(page)).not.toBe(zoomed);
    await screenshot(page, "pan-zoom");
    expect(pageErrors(page)).toEqual([]);
  });

  it("a press on a card does not pan, and the click reaches the card", async () => {
    const page = await openPage("/", { reducedMotion: true });
    await chart(page);
    await page.getByRole("button", { name: "Ajuster" }).click(); // every card on screen
    const card = page.locator("[data-node]").nth(1);
    const before = await transform(page);
    const cardBox = await card.boundingBox();
    if (!cardBox) throw new Error("card has no box");
    await page.mouse.move(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(cardBox.x + cardBox.width / 2 + 60, cardBox.y + cardBox.height / 2 + 40, { steps: 4 });
    await page.mouse.up();
    expect(await transform(page)).toBe(before);
    const target = page.locator("[data-node]").nth(1);
    const id = await target.getAttribute("data-node");
    await target.click();
    await expect.poll(() => page.locator(`[data-node="${id}"]`).getAttribute("aria-selected")).toBe("true");
  });
  it("zooms about the centre of the chart as it is now, after the window was resized", async () => {
    const page = await openPage("/", { reducedMotion: true });
    await chart(page);
    await page.setViewportSize({ width: 1000, height: 700 });
    // The tree point under the chart's centre before and after « Zoomer »: the same point if the
    // zoom knows the new size (it reads it from a ResizeObserver, not on each event).
    const centre = () =>
      page.evaluate(() => {
        const svg = document.querySelector("svg.chart__svg") as SVGSVGElement;
        const g = svg.querySelector("g[transform]") as SVGGElement;
        const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/.exec(g.getAttribute("transform") ?? "");
        if (!m) throw new Error(`unexpected transform ${g.getAttribute("transform")}`);
        const [x, y, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
        return { x: (svg.clientWidth / 2 - x) / k, y: (svg.clientHeight / 2 - y) / k, k };
      });
    await expect.poll(async () => (await page.locator("svg.chart__svg").boundingBox())?.width ?? 0).toBeLessThan(900);
    const before = await centre();
    await page.getByRole("button", { name: "Zoomer", exact: true }).first().click();
    await expect.poll(async () => (await centre()).k).toBeGreaterThan(before.k * 1.2);
    const after = await centre();
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    expect(Math.abs(after.y - before.y)).toBeLessThan(1);
    expect(pageErrors(page)).toEqual([]);
  });
});
