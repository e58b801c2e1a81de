// The address changes while the code is still loading (history navigation before start-up):
// the app starts from the current address, with no hydration error (React #418).
import { describe, expect, it } from "vitest";
import { openPage, pageErrors, setupBrowser } from "./helpers.ts";

setupBrowser();

describe("start-up after an early address change (Chromium)", () => {
  it("shows the version of the current address, not the prerendered default, without errors", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const page = await openPage("/", {
      waitUntil: "domcontentloaded",
      beforeGoto: (p) =>
        p.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
          await gate;
          await route.continue();
        }),
    });
    // The prerendered default view is on screen; the user steps to another entry before the code runs.
    await page.locator("#root[data-prerendered]").waitFor({ state: "attached" });
    await page.evaluate(() => history.pushState(null, "", "?v=2016&u=dgos"));
    release();
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await expect.poll(() => page.getByRole("radio", { name: /^2016/ }).isChecked()).toBe(true);
    expect(await page.getByRole("complementary").count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });
});
