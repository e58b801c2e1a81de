// Using an imported organisation, in Chromium, as a user would: the Référentiel export (the
// documented shape, tests/unit/domain/import/fixtures.ts) and a spreadsheet CSV are opened,
// browsed, searched with « Qui fait quoi ? », printed and exported (never as the DGOS's data),
// kept across a reload and removed, the built-in versions untouched. Also: axe on the import
// dialog with a report showing, light, dark and 390 px; and the comparison with an import.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { referentielArrays } from "../unit/domain/import/fixtures.ts";
import { formatViolations, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";
import { chooseFile, dropFile, importDialog, openApp, openDialog, textFile } from "./importSteps.ts";
import { pdfPagesText } from "./pdfText.ts";

setupBrowser();

const REFERENTIEL = textFile("referentiel.json", JSON.stringify(referentielArrays));
const DGOS = "Direction générale de l'offre de soins";
const BUREAUX = ["Bureau de la qualité et de la sécurité des soins", "Bureau des ressources humaines"];

// A spreadsheet as saved by a French office suite: BOM, comma, English headers, quoted cells.
const SPREADSHEET = textFile(
  "tableur.csv",
  "\uFEFF" +
    [
      "ID,Parent,Name,Type,Missions,Source",
      "DIR,,Direction des essais,direction,Piloter les essais,Organigramme interne 2025",
      'SD,DIR,"Sous-direction des mesures, des tests",sous-direction,"Mesurer\nTester",',
      "BT,SD,Bureau des tableurs,bureau,Lire les tableurs | Écrire les rapports,",
    ].join("\r\n"),
);

const panel = (page: Page) => page.getByRole("complementary");
const picker = (page: Page) => page.getByRole("group", { name: "Version de l'organigramme" });
const summary = (page: Page) => page.getByRole("region", { name: /Organigramme importé/ });
const flat = (s: string) => s.replace(/\s+/g, "");

async function importReferentiel(page: Page): Promise<string> {
  await openDialog(page);
  await chooseFile(page, REFERENTIEL);
  await importDialog(page).getByLabel(/Chercher l'unité de départ/).fill("DGOS");
  await importDialog(page).getByRole("radio", { name: new RegExp(`^${DGOS} \\(DGOS\\)`) }).check();
  await expect.poll(() => importDialog(page).textContent()).toContain("4 unité(s) seront importées.");
  await importDialog(page).getByRole("button", { name: "Importer", exact: true }).click();
  await expect.poll(() => summary(page).count()).toBe(1);
  return new URL(page.url()).searchParams.get("v") as string;
}

async function openExport(page: Page) {
  await page.getByRole("button", { name: "Exporter" }).click();
  const dialog = page.getByRole("dialog", { name: /Exporter l'organigramme/ });
  await dialog.waitFor();
  return dialog;
}

const pick = (page: Page, name: RegExp | string) => page.getByRole("dialog").getByRole("radio", { name }).check({ force: true });

async function downloadSvg(page: Page): Promise<{ name: string; title: string; text: string }> {
  await pick(page, /^SVG/);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("dialog").getByRole("button", { name: "Télécharger" }).click()]);
  const svg = await readFile(await file.path(), "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return { title: doc.querySelector("title")?.textContent ?? "", text: doc.documentElement.textContent ?? "" };
  }, svg);
  return { name: file.suggestedFilename(), ...parsed };
}

async function expectBuiltinsOnly(page: Page) {
  const versions = await picker(page).locator("input").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(versions).toEqual(expect.arrayContaining(["2010", "2016", "2024"]));
  expect(versions.some((v) => v.startsWith("import-"))).toBe(false);
}

/** Text in the dialog's report and root choice whose colour is under 4.5:1 on the dialog's own (opaque) background. */
function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const dialog = document.querySelector(".import-dialog") as HTMLElement;
    const bg = lum(getComputedStyle(dialog).backgroundColor);
    const texts = [...dialog.querySelectorAll(".import-report *, .import-roots *")].filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== ""),
    );
    return texts.flatMap((e) => {
      const fg = lum(getComputedStyle(e).color);
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      return ratio < 4.5 ? [`${e.tagName.toLowerCase()}.${e.className} « ${(e.textContent ?? "").slice(0, 40)} » ${ratio.toFixed(2)}:1`] : [];
    });
  });
}

describe("using an import (Chromium)", () => {
  it("axe finds no violation in the import dialog showing a report and a choice of root, light, dark and 390 px", async () => {
    // Errors, a warning and two roots: every part of the report and the root choice are shown.
    const file = textFile("abime.csv", ["code;parent;nom;remarque", "R1;;Racine un;x", "R2;;Racine deux;y", "A;R1;;z", "B;ZZ;Orphelin;w"].join("\n"));
    for (const [name, options] of [
      ["import-report-light", {}],
      ["import-report-dark", { colorScheme: "dark" as const }],
      ["import-report-390", { viewport: { width: 390, height: 844 } }],
    ] as const) {
      const page = await openApp("/", options);
      await openDialog(page);
      await chooseFile(page, file);
      await expect.poll(() => importDialog(page).locator(".import-report__item").count()).toBe(3);
      await importDialog(page).getByRole("group", { name: "Racine de l'organigramme" }).waitFor();
      const violations = await runAxe(page, { include: [".import-dialog"] } as never);
      expect(violations, `${name}\n${formatViolations(violations)}`).toEqual([]);
      // axe leaves colour contrast « incomplete » inside a modal <dialog> (top layer: « overlapped by
      // another element », dequelabs/axe-core#3463), so the report's colours are checked here.
      const low = await lowContrast(page);
      expect(low, `${name}: text under 4.5:1 on the dialog`).toEqual([]);
      const box = await importDialog(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= ("viewport" in options ? options.viewport.width : 1280)).toBe(true);
      await screenshot(page, name);
      expect(pageErrors(page)).toEqual([]);
    }
  });

  it("browses the Référentiel's DGOS: bureaux, missions, people and contacts with their provenance, search, print, export, reload, removal", async () => {
    const page = await openApp("/");
    const id = await importReferentiel(page);
    expect(await summary(page).textContent()).toContain("Référentiel de l'organisation administrative de l'État (DILA)");
    expect(await picker(page).locator("input:checked").getAttribute("value")).toBe(id);

    // The bureaux are in the chart.
    for (const name of BUREAUX) await expect.poll(() => page.locator("[data-node]", { hasText: name }).count()).toBe(1);

    // The DGOS: people in charge, contacts, secondary link, reference text, provenance; no DGOS source.
    await page.locator('[data-node="d1"]').click();
    await expect.poll(() => panel(page).getByRole("heading", { level: 2 }).textContent()).toContain(DGOS);
    const text = () => panel(page).textContent();
    await expect.poll(text).toContain("Directrice générale : Mme Anne Exemple");
    for (const line of [
      "Elle élabore la politique de l'offre de soins.",
      "Courriel : dgos@example.invalid",
      "Téléphone : 01 00 00 00 00",
      "Site internet : https://example.invalid",
      "Adresse : 14 avenue Duquesne 75007 Paris",
      "Arrêté du 26 mars 2024",
      "Agence nationale d'appui à la performance (hors de l'organigramme importé)",
      "Fichier importé « referentiel.json », enregistrement « d1 » ($.service[1]). Cette unité ne provient pas des sources de la DGOS.",
    ])
      expect(await text()).toContain(line);
    for (const heading of ["Responsables", "Contacts", "Autres liens hiérarchiques", "Textes de référence", "Provenance"])
      expect(await panel(page).getByRole("heading", { name: heading }).count()).toBe(1);
    expect(await panel(page).getByRole("heading", { name: /^Sources/ }).count()).toBe(0);
    expect(await panel(page).locator(".panel__source-title").count()).toBe(0);
    // A web address from a file is text, not a link.
    expect(await panel(page).locator('a[href*="example.invalid"]').count()).toBe(0);
    // The README's picture (docs/screenshots/import-referentiel.png): tall enough for the whole panel.
    await page.setViewportSize({ width: 1280, height: 1480 });
    await page.getByRole("button", { name: "Ajuster" }).click();
    await screenshot(page, "import-referentiel");
    await page.setViewportSize({ width: 1280, height: 800 });

    // A bureau: its mission and its record.
    // Below the fold of the chart: selected as a keyboard or click would, without scrolling the page.
    await page.locator("[data-node]", { hasText: BUREAUX[0] }).dispatchEvent("click");
    await expect.poll(text).toContain("Qualité des soins.");
    expect(await text()).toContain("Fichier importé « referentiel.json », enregistrement « b1 » ($.service[3])");

    // « Qui fait quoi ? » finds the other bureau by its name.
    const search = page.getByRole("combobox").first();
    await search.fill("ressources humaines");
    await page.keyboard.press("Enter");
    await expect.poll(() => panel(page).getByRole("heading", { level: 2 }).textContent()).toContain(BUREAUX[1]);
    expect(await text()).toContain("enregistrement « b2 »");
    await page.getByRole("button", { name: "Fermer" }).first().click();

    // Export: an SVG of the whole import, named and titled as an import, never as the DGOS's data.
    await openExport(page);
    const svg = await downloadSvg(page);
    expect(svg.name).toBe(`organigramme-${id}.svg`);
    expect(svg.title).toBe(`Organigramme importé — ${DGOS} (DGOS) (importé)`);
    expect(svg.text).toContain("fichier importé « referentiel.json », hors des sources de la DGOS");
    expect(svg.text).not.toContain("Organigramme de la DGOS");
    for (const name of [...BUREAUX, "Sous-direction de la régulation de l'offre de soins"]) expect(flat(svg.text)).toContain(flat(name));
    // Print / PDF: the chart page and the appendix say it is imported, with each unit's record.
    await pick(page, /^Imprimer/);
    await pick(page, "Toutes dépliées");
    const pdf = pdfPagesText(await page.pdf({ preferCSSPageSize: true, printBackground: true })).join(" ");
    expect(flat(pdf)).toContain(flat(`Organigramme importé — ${DGOS} (DGOS) (importé)`));
    for (const name of BUREAUX) expect(flat(pdf)).toContain(flat(name));
    expect(flat(pdf)).not.toContain(flat("Organigramme de la DGOS"));
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain("Provenance : fichier importé « referentiel.json », enregistrement b1 — ne provient pas des sources de la DGOS");
    expect(printed).not.toMatch(/^Source : /m);
    await page.emulateMedia({ media: "screen" });
    await page.keyboard.press("Escape");

    // Reload: IndexedDB keeps it, the address still names it.
    const link = page.url();
    await page.reload();
    await expect.poll(() => summary(page).count()).toBe(1);
    expect(page.url()).toBe(link);
    await expect.poll(() => page.locator("[data-node]", { hasText: BUREAUX[1] }).count()).toBe(1);

    // Removal: the built-in versions stay, 2024 is shown again, and a reload does not bring it back.
    await summary(page).getByRole("button", { name: "Retirer cet organigramme" }).click();
    await expect.poll(() => summary(page).count()).toBe(0);
    await expectBuiltinsOnly(page);
    expect(await picker(page).locator("input:checked").getAttribute("value")).toBe("2024");
    await page.reload();
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await expectBuiltinsOnly(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it("does the same with a spreadsheet CSV dropped on the dialog (BOM, commas, English headers)", async () => {
    const page = await openApp("/?v=2016");
    await openDialog(page);
    await dropFile(page, SPREADSHEET);
    await expect.poll(() => importDialog(page).getByRole("status").first().textContent()).toContain("« tableur.csv » lu comme tableur CSV : 3 unité(s) valide(s), aucun problème.");
    await importDialog(page).getByRole("button", { name: "Importer", exact: true }).click();
    await expect.poll(() => summary(page).textContent()).toContain("tableur.csv (tableur CSV)");
    const id = new URL(page.url()).searchParams.get("v") as string;

    await page.locator('[data-node="sd"]').click();
    await expect.poll(() => panel(page).getByRole("heading", { level: 2 }).textContent()).toContain("Sous-direction des mesures, des tests");
    expect(await panel(page).getByRole("listitem").filter({ hasText: /^Mesurer/ }).count()).toBe(1);
    expect(await panel(page).getByRole("listitem").filter({ hasText: /^Tester/ }).count()).toBe(1);
    await expect.poll(() => panel(page).textContent()).toContain("Fichier importé « tableur.csv », ligne 3 enregistrement « SD »");

    const search = page.getByRole("combobox").first();
    await search.fill("rapports");
    await page.keyboard.press("Enter");
    await expect.poll(() => panel(page).getByRole("heading", { level: 2 }).textContent()).toContain("Bureau des tableurs");
    await page.locator('[data-node="dir"]').dispatchEvent("click");
    await expect.poll(() => panel(page).textContent()).toContain("Source indiquée par le fichier : Organigramme interne 2025");
    expect(await panel(page).getByRole("heading", { name: /^Sources/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Fermer" }).first().click();

    await openExport(page);
    const svg = await downloadSvg(page);
    expect(svg.title).toBe("Organigramme importé — Direction des essais (importé)");
    for (const name of ["Direction des essais", "Bureau des tableurs"]) expect(flat(svg.text)).toContain(flat(name));
    expect(svg.text).toContain("fichier importé « tableur.csv », hors des sources de la DGOS");
    await page.keyboard.press("Escape");

    await page.reload();
    await expect.poll(() => summary(page).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("v")).toBe(id);
    await summary(page).getByRole("button", { name: "Retirer cet organigramme" }).click();
    await expect.poll(() => summary(page).count()).toBe(0);
    await expectBuiltinsOnly(page);
    expect(pageErrors(page)).toEqual([]);
  });

  for (const [name, options] of [
    ["light", {}],
    ["dark", { colorScheme: "dark" as const }],
    ["390", { viewport: { width: 390, height: 844 } }],
  ] as const) {
    it(`compares an import with 2024 either way round (${name}): the report follows the sides, and each pane shows its chart from the top`, { timeout: 120_000 }, async () => {
      const page = await openApp("/", options);
      const id = await importReferentiel(page);
      const label = `${DGOS} (DGOS) (importé)`;
      for (const [left, right, tag] of [
        [id, "2024", "import-2024"],
        ["2024", id, "2024-import"],
      ] as const) {
        await page.goto(new URL(`?vue=comparer&de=${left}&a=${right}`, page.url()).href);
        const names = left === id ? [label, "2024"] : ["2024", label];
        // On a phone the report is a tab of its own.
        if (name === "390") await page.locator('label[for="compare-tab-changes"]').click();
        await expect.poll(() => page.getByRole("heading", { name: /^Ce qui a changé entre/ }).textContent()).toBe(`Ce qui a changé entre ${names[0]} et ${names[1]}`);
        // With an import nothing is « créé » or « supprimé »: the pairings' note says what the class means.
        expect(await page.getByRole("region", { name: "Rapprochements suggérés" }).textContent()).toContain("« sans correspondant documenté » veut seulement dire que rien ne relie les deux fichiers");
        const head = await page.locator(".changes__table thead").textContent();
        expect(head).toContain(`Avant (${names[0]})`);
        expect(head).toContain(`Après (${names[1]})`);
        // The comparison's printable report names the import by its label, outside the DGOS sources.
        if (name === "light") {
          await page.locator(".compare__export").getByRole("button", { name: "Exporter" }).click();
          await pick(page, /^Rapport imprimable/);
          await page.emulateMedia({ media: "print" });
          const report = await page.evaluate(() => document.body.innerText);
          expect(report).toContain(`Comparaison des organigrammes — ${names[0]} → ${names[1]}`);
          expect(report).toContain("fichier importé « referentiel.json », hors des sources de la DGOS");
          // The address (which holds the id) is printed too: only the names must not be ids.
          expect(report).not.toMatch(new RegExp(`${id} →|→ ${id}`));
          await page.emulateMedia({ media: "screen" });
          await page.keyboard.press("Escape");
          await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
        }
        // On a phone one pane is shown at a time: look at each through its tab.
        for (const side of ["left", "right"] as const) {
          if (name === "390") await page.locator(`label[for="compare-tab-${side}"]`).click();
          const pane = page.locator(`.compare__pane--${side}`);
          await pane.locator('svg.chart__svg[data-fitted="true"]').waitFor();
          // No blank band: the tree starts at the top of its chart (below the controls), and the
          // small import is drawn whole inside it.
          const geometry = await pane.evaluate((el) => {
            const svg = (el.querySelector("svg.chart__svg") as SVGSVGElement).getBoundingClientRect();
            const cards = [...el.querySelectorAll("[data-node]")].map((n) => n.getBoundingClientRect());
            return { svgTop: svg.top, svgBottom: svg.bottom, svgHeight: svg.height, top: Math.min(...cards.map((c) => c.top)), bottom: Math.max(...cards.map((c) => c.bottom)) };
          });
          expect(geometry.svgHeight, `${name} ${tag} ${side}`).toBeGreaterThan(200);
          expect(geometry.top - geometry.svgTop, `${name} ${tag} ${side}: space above the tree`).toBeGreaterThanOrEqual(0);
          expect(geometry.top - geometry.svgTop, `${name} ${tag} ${side}: space above the tree`).toBeLessThan(160);
          if ((side === "left") === (left === id)) expect(geometry.bottom, `${name} ${tag} ${side}: import drawn whole`).toBeLessThanOrEqual(geometry.svgBottom + 1);
          if (name === "390") await screenshot(page, `import-compare-${tag}-390-${side}`);
        }
        if (name !== "390") await screenshot(page, `import-compare-${tag}-${name}`, true);
      }
      expect(pageErrors(page)).toEqual([]);
    });
  }
});
