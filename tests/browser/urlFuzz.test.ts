// ~100 generated hostile addresses (the unit fuzz's generator, fixed seed) in the real page:
// the chart shows, no page error, no dialog, no element injected by a payload.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryString } from "../unit/state/queryStrings.ts";
import { openPage, setupBrowser } from "./helpers.ts";

setupBrowser();

const URLS = fc.sample(queryString, { numRuns: 100, seed: 20261128 });

describe("fuzzed addresses (Chromium)", () => {
  it("load 100 generated addresses without error, dialog or injected markup", { timeout: 600_000 }, async () => {
    const page = await openPage("/", { reducedMotion: true });
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const search of URLS) {
      // Raw, as typed in the address bar: the browser percent-encodes what it must.
      await page.goto(`${new URL(page.url()).origin}/${search}`, { waitUntil: "load" });
      await page.locator("main#contenu .workspace__main, main#contenu .compare, main#contenu .textview").first().waitFor({ timeout: 20_000 }).catch(async () => {
        throw new Error(`nothing shown for ${search}: ${(await page.locator("body").innerText()).slice(0, 300)}`);
      });
      // The payloads' elements (<img src=x onerror>, <svg onload>, <script>alert) never become markup.
      const injected = await page.evaluate(
        () => [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on")) || (el.tagName === "SCRIPT" && el.textContent?.includes("alert(1)"))).length,
      );
      expect(injected, search).toBe(0);
      expect(await page.locator("main#contenu").count(), search).toBe(1);
    }
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
