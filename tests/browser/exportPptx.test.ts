// PowerPoint as a user gets it: downloaded from the « Exporter » dialog, a valid zip whose
// chart slide holds every unit name of the scope as text (editable boxes, not an image).
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, pageErrors, setupBrowser } from "./helpers.ts";

setupBrowser();

const pick = (page: Page, name: string | RegExp) => page.getByRole("dialog").getByRole("radio", { name }).check({ force: true });
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe("PowerPoint export (Chromium)", () => {
  it("downloads a .pptx whose chart slide holds every unit of 2024, plus mission slides when asked", async () => {
    const data = JSON.parse(await readFile(new URL("../../data/2024.json", import.meta.url), "utf8")) as { units: { name: string; missions: { status: string } }[] };
    const page = await openPage("/", { reducedMotion: true });
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await page.getByRole("button", { name: "Exporter" }).click();
    await page.getByRole("dialog", { name: /Exporter l'organigramme/ }).waitFor();
    await pick(page, /^PowerPoint/);
    await pick(page, "Toutes dépliées");
    await page.getByRole("checkbox", { name: /diapositive des missions/ }).check({ force: true });
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("dialog").getByRole("button", { name: "Télécharger" }).click()]);
    expect(file.suggestedFilename()).toBe("organigramme-dgos-2024.pptx");
    const files = unzipSync(new Uint8Array(await readFile(await file.path())));
    expect(Object.keys(files)).toContain("ppt/presentation.xml");
    const slide = strFromU8(files["ppt/slides/slide1.xml"] as Uint8Array);
    const texts = [...slide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1] as string));
    for (const u of data.units) expect(texts).toContain(u.name);
    expect(slide).toContain("<p:cxnSp>");
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(1 + data.units.filter((u) => u.missions.status === "described").length);
    await expect.poll(() => page.getByText(/Fichier téléchargé : organigramme-dgos-2024\.pptx/).count()).toBe(1);
    // Written off the main thread, in the bundled export worker.
    expect(workers.some((u) => /exportWorker/.test(u))).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});
