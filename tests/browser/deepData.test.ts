// Valid but absurdly deep data (a 10,000-level chain) in the real app: « Vue texte » shows it
// all, no « Maximum call stack size exceeded », no blank page.
import { describe, expect, it } from "vitest";
import { datasetFiles } from "../../src/domain/assembleDataset.ts";
import { DEPTH, deepChainDataset } from "../unit/domain/deepChain.ts";
import { openPage, pageErrors, setupBrowser } from "./helpers.ts";

setupBrowser();

const body = JSON.stringify(datasetFiles(deepChainDataset()));

describe("deep data (Chromium)", () => {
  it("shows a 10,000-level chain in « Vue texte »", async () => {
    const page = await openPage("/?vue=texte", {
      beforeGoto: (p) => p.route(/\/dgos-data\.json$/, (route) => route.fulfill({ contentType: "application/json", body })),
    });
    // CSS selectors: role queries over 20,000 buttons are slow.
    await expect.poll(() => page.locator(".textview li").count(), { timeout: 30_000 }).toBe(DEPTH);
    const last = page.locator(".textview__unit").last();
    expect(await last.textContent()).toBe(`Niveau ${DEPTH - 1}`);
    await last.click();
    await expect.poll(() => page.url()).toContain(`u=c${DEPTH - 1}`);
    expect(pageErrors(page)).toEqual([]);
  });
});
