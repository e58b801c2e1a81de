// The comparison's « Exporter »: the report downloaded as CSV (one row per change, classes from
// the diff), printed as a table, and the side-by-side view on one landscape page with the legend.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHANGE_CLASS_LABELS, diff } from "../../src/domain/diff.ts";
import { validateDataset } from "../../src/domain/validateDataset.ts";
import { readDataFiles } from "../../scripts/readDataFiles.ts";
import { parseCsv } from "../unit/export/csvParse.ts";
import { formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const checked = validateDataset(readDataFiles(join(import.meta.dirname, "../../data")));
if (!checked.ok) throw new Error("data/ is invalid");
const dataset = checked.dataset;
const pick = (page: Page, name: string | RegExp) => page.getByRole("dialog").getByRole("radio", { name }).check({ force: true });
const pdfPages = async (p: Page) => (await p.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

async function openDialog(page: Page) {
  await page.locator('svg.chart__svg[data-fitted="true"]').first().waitFor();
  await page.getByRole("button", { name: "Exporter" }).click();
  await page.getByRole("dialog", { name: /Exporter la comparaison 2016 → 2024/ }).waitFor();
}

describe("comparison export (Chromium)", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`opens from the compare toolbar and passes axe (${colorScheme})`, async () => {
      const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true, colorScheme });
      await openDialog(page);
      expect(formatViolations(await runAxe(page))).toBe("");
      await screenshot(page, `export-compare-dialog-${colorScheme}`);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
    });
  }

  it("downloads the report as CSV, one row per change with the diff's own class", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true });
    await openDialog(page);
    await pick(page, /^Rapport \(CSV\)/);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("dialog").getByRole("button", { name: "Télécharger" }).click()]);
    expect(file.suggestedFilename()).toBe("organigramme-dgos-comparaison-2016-2024.csv");
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString("utf8").slice(1)).slice(1);
    const changes = diff(dataset, "2016", "2024").changes.filter((c) => c.class !== "unchanged");
    expect(rows.map((r) => [r[0], r[1]])).toEqual(changes.map((c) => [c.id, CHANGE_CLASS_LABELS[c.class]]));
    expect(rows.some((r) => r[1] === "sans correspondant documenté")).toBe(true);
    expect(rows.some((r) => r[1] === "supprimé")).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  it("prints the report as a table and the side-by-side view on one landscape page with the legend", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true });
    await openDialog(page);
    await pick(page, /^Rapport imprimable/);
    await page.emulateMedia({ media: "print" });
    const report = await page.evaluate(() => document.body.innerText);
    expect(report).toContain("Comparaison des organigrammes de la DGOS — 2016 → 2024");
    expect(report).toContain("sans correspondant documenté");
    expect(report).not.toContain("Ce qui a changé entre");
    const changes = diff(dataset, "2016", "2024").changes.filter((c) => c.class !== "unchanged");
    expect(await page.locator(".print-report tbody tr").count()).toBe(changes.length);
    await page.setViewportSize({ width: 1123, height: 794 });
    await screenshot(page, "export-compare-report-print");
    await page.emulateMedia({ media: null });

    await pick(page, /^Vue côte à côte/);
    await page.locator(".print-sbs").waitFor({ state: "attached" });
    await expect.poll(() => page.locator(".print-report").count()).toBe(0);
    expect(await pdfPages(page)).toBe(1);
    await page.emulateMedia({ media: "print" });
    const sbs = await page.evaluate(() => document.body.innerText);
    expect(sbs).toContain("Légende");
    expect(sbs).toContain("fusionné");
    const charts = page.locator(".print-sbs svg");
    expect(await charts.count()).toBe(2);
    for (const v of ["2016", "2024"] as const) {
      const version = dataset.versions.find((x) => x.id === v)!;
      const root = version.units.find((u) => u.parent === null)!;
      expect(await charts.nth(v === "2016" ? 0 : 1).textContent()).toContain(root.name.split(" ")[0]);
    }
    await screenshot(page, "export-compare-side-by-side-print");
    expect(pageErrors(page)).toEqual([]);
  });

  it("fits the dialog on a 390 px phone", async () => {
    const page = await openPage("/?vue=comparer&de=2016&a=2024", { reducedMotion: true, viewport: { width: 390, height: 844 } });
    await page.locator('svg.chart__svg[data-fitted="true"]').first().waitFor();
    await page.getByRole("button", { name: "Exporter" }).click();
    const dialog = page.getByRole("dialog", { name: /Exporter la comparaison/ });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await screenshot(page, "export-compare-dialog-390");
    expect(pageErrors(page)).toEqual([]);
  });
});
