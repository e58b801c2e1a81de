// Touch pinch and drag, animated vs reduced-motion centring, and the comparison's linked zoom.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, setupBrowser } from "./helpers.ts";

setupBrowser();

const scale = async (page: Page, nth = 0) => {
  const t = (await page.locator(".chart__viewport").nth(nth).getAttribute("transform")) ?? "";
  return Number(/scale\(([\d.e-]+)\)/.exec(t)?.[1] ?? NaN);
};

type Touch = (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) => Promise<void>;

async function touchscreen(page: Page): Promise<Touch> {
  const cdp = await page.context().newCDPSession(page);
  return async (type, points) => {
    await cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
  };
}

describe("gestures (Chromium)", () => {
  it("a two-finger pinch zooms in and a one-finger drag pans, at 360 px wide", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true, viewport: { width: 360, height: 740 }, hasTouch: true });
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await page.locator("svg.chart__svg").evaluate((svg) => svg.scrollIntoView({ block: "end" }));
    const box = await page.locator("svg.chart__svg").boundingBox();
    if (!box) throw new Error("no chart");
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height * 0.6;
    const before = await scale(page);
    const touch = await touchscreen(page);
    await touch("touchStart", [{ x: cx - 20, y: cy }, { x: cx + 20, y: cy }]);
    for (let d = 30; d <= 120; d += 15) await touch("touchMove", [{ x: cx - d, y: cy }, { x: cx + d, y: cy }]);
    await touch("touchEnd", []);
    await expect.poll(() => scale(page)).toBeGreaterThan(before * 2);
    const t0 = await page.locator(".chart__viewport").getAttribute("transform");
    const k0 = await scale(page);
    await touch("touchStart", [{ x: cx, y: cy }]);
    for (let d = 10; d <= 80; d += 10) await touch("touchMove", [{ x: cx - d, y: cy - d / 2 }]);
    await touch("touchEnd", []);
    await expect.poll(() => page.locator(".chart__viewport").getAttribute("transform")).not.toBe(t0);
    expect(await scale(page)).toBeCloseTo(k0, 5); // a one-finger drag pans without zooming
  });

  it("centring on a selection animates, and is instant when the user prefers reduced motion", async () => {
    const frames = async (reducedMotion: boolean) => {
      const page = await openPage("/?v=2010", { reducedMotion });
      await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
      await page.getByRole("button", { name: "Ajuster" }).click(); // the first view shows the upper levels only
      await page.waitForTimeout(500);
      await page.locator('[data-node="rh4"]').click();
      // Distinct transforms seen over the next 40 frames: 1 jump, or many intermediate steps.
      return page.evaluate(async () => {
        const seen = new Set<string>();
        for (let i = 0; i < 40; i++) {
          seen.add(document.querySelector(".chart__viewport")?.getAttribute("transform") ?? "");
          await new Promise(requestAnimationFrame);
        }
        return seen.size;
      });
    };
    expect(await frames(false)).toBeGreaterThan(4);
    expect(await frames(true)).toBeLessThanOrEqual(2);
  });

  it("« Zoom lié » mirrors a wheel zoom from one comparison pane to the other", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true });
    await expect.poll(() => page.locator('svg.chart__svg[data-fitted="true"]').count()).toBe(2);
    await page.getByText("Zoom lié").click();
    const left = await page.locator("svg.chart__svg").first().boundingBox();
    if (!left) throw new Error("no pane");
    await page.mouse.move(left.x + left.width - 20, left.y + 80);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => Math.abs((await scale(page, 0)) - (await scale(page, 1)))).toBeLessThan(1e-6);
    const k = await scale(page, 0);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => scale(page, 1)).toBeGreaterThan(k);
  });
});
