// Exports as a user gets them: the « Exporter » dialog in Chromium, each file downloaded and
// its content checked (not just its existence), and axe on the dialog.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Version } from "../../src/domain/schema.ts";
import { parseCsv } from "../unit/export/csvParse.ts";
import { pdfPagesText } from "./pdfText.ts";
import { SCREENSHOT_DIR, formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const NAMES_2024 = async () => {
  const data = JSON.parse(await readFile(new URL("../../data/2024.json", import.meta.url), "utf8")) as { units: { id: string; name: string }[] };
  return data.units;
};

/** DSFR draws its own radio over the input: check it the way a click on the label would. */
const pick = (page: Page, name: string | RegExp) => page.getByRole("dialog").getByRole("radio", { name }).check({ force: true });

async function openDialog(page: Page) {
  await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
  await page.getByRole("button", { name: "Exporter" }).click();
  await page.getByRole("dialog", { name: /Exporter l'organigramme/ }).waitFor();
}

async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole("dialog");
  await pick(page, new RegExp(`^${format}`));
  const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Télécharger" }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe("export (Chromium)", () => {
  it("opens from the keyboard, passes axe and closes with Escape, focus back on the button", async () => {
    const page = await openPage("/", { reducedMotion: true });
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    const button = page.getByRole("button", { name: "Exporter" });
    await button.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: /Exporter l'organigramme 2024/ });
    await dialog.waitFor();
    expect(formatViolations(await runAxe(page))).toBe("");
    await screenshot(page, "export-dialog");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("passes axe in dark mode with the PowerPoint and print options shown, and fits a 390 px phone", async () => {
    const page = await openPage("/", { reducedMotion: true, colorScheme: "dark" });
    await openDialog(page);
    await pick(page, /^PowerPoint/);
    expect(formatViolations(await runAxe(page))).toBe("");
    await screenshot(page, "export-dialog-dark-pptx");
    await pick(page, /^Imprimer/);
    expect(formatViolations(await runAxe(page))).toBe("");
    const phone = await openPage("/", { reducedMotion: true, viewport: { width: 390, height: 844 } });
    await openDialog(phone);
    expect((await phone.getByRole("dialog").boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(formatViolations(await runAxe(phone))).toBe("");
    await screenshot(phone, "export-dialog-390");
    expect(pageErrors(page)).toEqual([]);
  });

  it("downloads an SVG of the selected unit's branch named after it, with the title block as text", async () => {
    const page = await openPage("/?u=financement-performance", { reducedMotion: true });
    await openDialog(page);
    await pick(page, /et ses unités rattachées/);
    const file = await download(page, "SVG");
    expect(file.name).toBe("organigramme-dgos-2024-sd-financement-performance.svg");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return { error: doc.querySelector("parsererror") !== null, title: doc.querySelector("title")?.textContent, text: doc.documentElement.textContent };
    }, file.bytes.toString("utf8"));
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe("Organigramme de la DGOS — 2024 (arrêté du 26 mars 2024)");
    expect(parsed.text).toContain("Sous-direction du financement");
    expect(parsed.text).toMatch(/\?u=financement-performance/);
    expect(parsed.text).not.toContain("Sous-direction des ressources humaines");
  });

  it("downloads the whole version as SVG, CSV and JSON holding every unit", async () => {
    const units = await NAMES_2024();
    const page = await openPage("/", { reducedMotion: true });
    await openDialog(page);
    const svg = (await download(page, "SVG")).bytes.toString("utf8");
    const text = await page.evaluate((s) => new DOMParser().parseFromString(s, "image/svg+xml").documentElement.textContent ?? "", svg);
    for (const u of units) expect(text.replace(/\s+/g, " ")).toContain(u.name);

    const csv = await download(page, "CSV");
    expect(csv.name).toBe("organigramme-dgos-2024.csv");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString("utf8").slice(1));
    expect(rows).toHaveLength(units.length + 1);
    expect(rows.slice(1).map((r) => r[3]).sort()).toEqual(units.map((u) => u.name).sort());

    const json = await download(page, "JSON");
    expect(Version.safeParse(JSON.parse(json.bytes.toString("utf8"))).success).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("downloads a 2× PNG of the expected pixel size that is not blank, light or dark", async () => {
    const page = await openPage("/", { reducedMotion: true });
    await openDialog(page);
    await pick(page, /^PNG/);
    await pick(page, "Sombre");
    const png = await download(page, "PNG");
    expect(png.name).toBe("organigramme-dgos-2024-2x-sombre.png");
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(join(SCREENSHOT_DIR, "export-2x-sombre.png"), png.bytes);
    expect(png.bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    const svg = (await download(page, "SVG")).bytes.toString("utf8");
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(width).toBe(Number(w) * 2);
    expect(height).toBe(Number(h) * 2);
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d") as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] as number) * 65536 + (data[i + 1] as number) * 256 + (data[i + 2] as number));
      return { distinct: seen.size, corner: [data[0], data[1], data[2]] };
    }, png.bytes.toString("base64"));
    expect(colours.distinct).toBeGreaterThan(10);
    expect(colours.corner).toEqual([0x16, 0x16, 0x16]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("prints a PDF whose chart page holds every unit name of 2024 as text (Chromium page.pdf)", async () => {
    const units = await NAMES_2024();
    const page = await openPage("/", { reducedMotion: true });
    await openDialog(page);
    await pick(page, /^Imprimer/);
    await pick(page, "Toutes dépliées");
    await pick(page, "Ajuster à une page");
    await page.getByRole("checkbox", { name: /Annexe/ }).uncheck({ force: true });
    const pages = pdfPagesText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pages).toHaveLength(1);
    // Skia writes one glyph run at a time: compare without spaces.
    const flat = (s: string) => s.replace(/\s+/g, "");
    const text = flat(pages[0] as string);
    expect(text).toContain(flat("Organigramme de la DGOS — 2024 (arrêté du 26 mars 2024)"));
    for (const u of units) expect(text).toContain(flat(u.name));
    // A 2016 unit absent from 2024: the reader does not find just any text.
    expect(text).not.toContain(flat("Conseillers médicaux"));
    expect(pageErrors(page)).toEqual([]);
  });

  it("prints the chart only, split over more A4 than A3 pages, with every unit name and the appendix", async () => {
    // 2016 has many bureaux: its chart needs several A4 pages at print scale, fewer on A3.
    const wide = await openPage("/?v=2016", { reducedMotion: true });
    await openDialog(wide);
    await pick(wide, /^Imprimer/);
    await pick(wide, "Paysage");
    await pick(wide, /^Sur plusieurs pages/);
    await wide.getByRole("checkbox", { name: /Annexe/ }).uncheck({ force: true });
    const pdfPages = async (p: Page) => (await p.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    await pick(wide, "A4");
    const a4 = await pdfPages(wide);
    await pick(wide, "A3");
    const a3 = await pdfPages(wide);
    expect(a4).toBeGreaterThan(a3);
    expect(a3).toBe(Number(await wide.locator(".print-root").getAttribute("data-pages")));

    const units = await NAMES_2024();
    const page = await openPage("/", { reducedMotion: true });
    await openDialog(page);
    await pick(page, /^Imprimer/);
    await pick(page, "Portrait");
    await pick(page, "A4");
    await page.getByRole("checkbox", { name: /Annexe/ }).uncheck({ force: true });
    expect(await pdfPages(page)).toBe(1);
    await page.getByRole("checkbox", { name: /Annexe/ }).check({ force: true });
    await pick(page, "Ajuster à une page");
    await pick(page, "Paysage");
    await pick(page, "A4");
    expect(await pdfPages(page)).toBeGreaterThan(1);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain("Organigramme de la DGOS — 2024 (arrêté du 26 mars 2024)");
    expect(printed).toContain("Annexe — qui fait quoi");
    expect(printed).not.toContain("Qui fait quoi ?");
    const chartText = (await page.locator(".print-page svg").first().textContent()) ?? "";
    for (const u of units) expect(chartText.replace(/\s+/g, " ")).toContain(u.name);
    await page.setViewportSize({ width: 1123, height: 794 });
    await screenshot(page, "export-print-a4-landscape");
    expect(pageErrors(page)).toEqual([]);
  });
});
