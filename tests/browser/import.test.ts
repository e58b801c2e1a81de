// « Ouvrir un organigramme » in Chromium: a CSV through the real file input, a Référentiel export
// by drag and drop, the located report of a bad file, reload (IndexedDB), deep links, removal, axe.
import { zipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const CSV = [
  "code;parent;nom;type;missions",
  "DIR;;Direction exemple importée;direction;Piloter l'ensemble",
  'SD1;DIR;Sous-direction des essais;sous-direction;"Essayer\nMesurer"',
  "B1;SD1;Bureau des fichiers ouverts;bureau;Ouvrir les fichiers | Lire les tableurs",
].join("\n");

const REFERENTIEL = JSON.stringify({
  service: [
    { id: "m1", nom: "Ministère exemple", hierarchie: [{ type_hierarchie: "Service Fils", service: "d1" }] },
    {
      id: "d1",
      nom: "Direction générale de l'offre de soins",
      sigle: "DGOS",
      mission: "Élaborer la politique de l'offre de soins.",
      hierarchie: JSON.stringify([
        { type_hierarchie: "Service Fils", service: "b1" },
        { type_hierarchie: "Autre hiérarchie", service: "m1" },
      ]),
      affectation_personne: [{ fonction: "Directrice générale", personne: { prenom: "Anne", nom: "Exemple" } }],
      telephone: [{ valeur: "01 00 00 00 00" }],
      date_modification: "15/06/2025 09:30:00",
    },
    { id: "b1", nom: "Bureau <b>des essais</b>", mission: "Tester l'import." },
  ],
});

// The button is in the prerendered page: wait for the app to be live before clicking it.
async function open(path: string) {
  const page = await openPage(path, { reducedMotion: true });
  await page.locator('svg.chart__svg[data-fitted="true"]').waitFor({ timeout: 60_000 });
  return page;
}

const dialog = (page: Page) => page.getByRole("dialog", { name: "Ouvrir un organigramme" });

async function openCsv(page: Page, name = "essai.csv", text = CSV) {
  await page.getByRole("button", { name: "Ouvrir un organigramme" }).click();
  await dialog(page).getByLabel(/Fichier à ouvrir/).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
}

async function drop(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t as string], n as string, { type: "application/json" }));
      return dt;
    },
    [name, text],
  );
  await page.locator(".import-drop").dispatchEvent("drop", { dataTransfer: transfer });
}

describe("import (Chromium)", () => {
  it("opens a CSV through the file input, shows it as an imported version, searches it, keeps it across a reload and removes it", async () => {
    const page = await open("/");
    await openCsv(page);
    await expect.poll(() => dialog(page).getByRole("status").first().textContent()).toContain("3 unité(s) valide(s)");
    await dialog(page).getByRole("button", { name: "Importer", exact: true }).click();
    await expect.poll(() => page.getByRole("region", { name: /Organigramme importé/ }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("v")).toMatch(/^import-/);
    expect(await page.getByRole("group", { name: "Version de l'organigramme" }).textContent()).toContain("importé");
    await screenshot(page, "import-csv");

    // Search « Qui fait quoi ? » finds a mission of the import.
    const search = page.getByRole("combobox").first();
    // Across all versions, the import's results are grouped under its label, not its id.
    await search.fill("tableurs");
    await page.getByLabel("Toutes les versions").check({ force: true });
    await expect.poll(() => page.locator('.search__results [aria-label="Version Direction exemple importée (importé)"]').count()).toBe(1);
    expect(await page.locator(".search__results").textContent()).not.toContain("import-");
    await page.getByLabel("Toutes les versions").uncheck({ force: true });
    await search.fill("tableurs");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("complementary").getByRole("heading", { level: 2 }).textContent()).toContain("Bureau des fichiers ouverts");
    const panel = page.getByRole("complementary");
    await expect.poll(() => panel.textContent()).toContain("Fichier importé « essai.csv », ligne 5 enregistrement « B1 »");
    expect(await panel.textContent()).not.toContain("Sources");

    // Reload: the deep link to the import still works (IndexedDB).
    const link = page.url();
    await page.reload();
    await expect.poll(() => page.getByRole("complementary").getByRole("heading", { level: 2 }).textContent()).toContain("Bureau des fichiers ouverts");
    expect(page.url()).toBe(link);

    await page.getByRole("button", { name: "Retirer cet organigramme" }).click();
    await expect.poll(() => page.getByRole("group", { name: "Version de l'organigramme" }).textContent()).not.toContain("importé");
    expect(new URL(page.url()).searchParams.get("v")).toBeNull();
    await page.reload();
    await page.getByRole("button", { name: "Ouvrir un organigramme" }).waitFor();
    expect(await page.getByRole("group", { name: "Version de l'organigramme" }).textContent()).not.toContain("importé");
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens a Référentiel export dropped on the dialog, picks the DGOS as root and shows people, contacts and secondary links as text", async () => {
    const page = await open("/");
    await page.getByRole("button", { name: "Ouvrir un organigramme" }).click();
    await drop(page, "referentiel.json", REFERENTIEL);
    await expect.poll(() => dialog(page).textContent()).toContain("3 unité(s) valide(s)");
    await dialog(page).getByLabel(/Chercher l'unité de départ/).fill("DGOS");
    await dialog(page).getByLabel(/Direction générale de l'offre de soins/).check();
    expect(await dialog(page).textContent()).toContain("2 unité(s) seront importées.");
    const violations = await runAxe(page, { include: [".import-dialog"] } as never);
    expect(violations, formatViolations(violations)).toEqual([]);
    await screenshot(page, "import-dialog");
    await dialog(page).getByRole("button", { name: "Importer", exact: true }).click();
    await expect.poll(() => page.getByRole("region", { name: /Organigramme importé/ }).textContent()).toContain("15 juin 2025");
    await page.locator('[data-node="d1"]').click();
    const panel = page.getByRole("complementary");
    await expect.poll(() => panel.textContent()).toContain("Directrice générale : Anne Exemple");
    expect(await panel.textContent()).toContain("Téléphone : 01 00 00 00 00");
    expect(await panel.textContent()).toContain("Ministère exemple (hors de l'organigramme importé)");
    // Markup in a file is text.
    expect(await page.locator("b", { hasText: "des essais" }).count()).toBe(0);
    expect(await page.getByText("Bureau <b>des essais</b>").count()).toBeGreaterThan(0);
    await screenshot(page, "import-referentiel-panel");
    expect(pageErrors(page)).toEqual([]);
  });

  it("reports a truncated file with its place, imports nothing and leaves the view as it was", async () => {
    const page = await open("/?v=2016");
    await page.getByRole("button", { name: "Ouvrir un organigramme" }).click();
    await drop(page, "tronque.json", REFERENTIEL.slice(0, 120));
    await expect.poll(() => dialog(page).getByRole("alert").first().textContent()).toContain("Rien n'a été importé");
    expect(await dialog(page).textContent()).toMatch(/Bloquant · ligne 1, colonne \d+ \(\$\) : JSON illisible/);
    expect(await dialog(page).getByRole("button", { name: /^Importer/ }).count()).toBe(0);
    await dialog(page).getByRole("button", { name: "Fermer" }).click();
    expect(new URL(page.url()).searchParams.get("v")).toBe("2016");
    expect(pageErrors(page)).toEqual([]);
  });

  it("offers the valid units of a CSV with bad rows, each problem at its line and column", async () => {
    const page = await open("/");
    await openCsv(page, "abime.csv", "code;parent;nom\nR;;Racine\nA;R;\nB;ZZ;Orphelin\nR;;Double\n");
    const text = () => dialog(page).textContent();
    await expect.poll(text).toContain("Erreur · ligne 3, colonne 5 : Nom vide");
    expect(await text()).toContain("Erreur · ligne 4, colonne 3 enregistrement « B » : Parent « ZZ » introuvable");
    expect(await text()).toContain("Erreur · ligne 5, colonne 1 enregistrement « R » : Code « R » en double");
    await dialog(page).getByRole("button", { name: "Importer les unités valides" }).click();
    await expect.poll(() => page.getByRole("region", { name: /Organigramme importé/ }).textContent()).toContain("1 unités");
  });

  it("opens the Référentiel export inside a .zip and compares the import with 2024, suggested pairings kept apart and confirmed", async () => {
    const page = await open("/");
    await page.getByRole("button", { name: "Ouvrir un organigramme" }).click();
    const zip = Buffer.from(zipSync({ "referentiel.json": new TextEncoder().encode(REFERENTIEL) }));
    await dialog(page).getByLabel(/Fichier à ouvrir/).setInputFiles({ name: "export.zip", mimeType: "application/zip", buffer: zip });
    await expect.poll(() => dialog(page).textContent()).toContain("« export.zip › referentiel.json » lu comme export du Référentiel");
    await dialog(page).getByLabel(/Chercher l'unité de départ/).fill("dgos");
    await dialog(page).getByLabel(/Direction générale de l'offre de soins/).check();
    await dialog(page).getByRole("button", { name: "Importer", exact: true }).click();
    await expect.poll(() => page.getByRole("region", { name: /Organigramme importé/ }).count()).toBe(1);
    const id = new URL(page.url()).searchParams.get("v") as string;
    await page.getByRole("button", { name: "Comparer deux versions" }).click();
    await page.getByLabel("Version de gauche").selectOption(id);
    await expect.poll(() => page.url()).toContain(`de=${id}&a=2024`);
    await expect.poll(() => page.locator('svg.chart__svg[data-fitted="true"]').count()).toBe(2);
    // The import is named by its label in titles, never by its internal id.
    const titles = await page.locator(".compare__title").allTextContents();
    expect(titles[0]).toContain("Direction générale de l'offre de soins (DGOS) (importé)");
    expect(titles[0]).toContain("organigramme importé, hors des sources");
    expect(await page.getByRole("heading", { name: /Ce qui a changé entre/ }).textContent()).toContain("(importé)");
    const report = await page.locator(".compare__report").textContent();
    expect(`${titles.join(" ")} ${report}`).not.toContain(id);
    // The import is on the left: with an import the report runs left → right, so it is the « before » side.
    expect(report).toContain("aucun lien de filiation après DGOS (importé) : un organigramme importé n'a pas de filiation documentée");
    const pairings = page.getByRole("region", { name: "Rapprochements suggérés" });
    await expect.poll(() => pairings.textContent()).toContain("rapprochement suggéré");
    expect(await pairings.textContent()).toContain("ne comptent dans aucune classe de changement");
    await pairings.getByRole("button", { name: "Confirmer" }).first().click();
    await expect.poll(() => pairings.textContent()).toContain("confirmé par vous");
    await screenshot(page, "import-compare");
    await page.reload();
    await expect.poll(() => page.getByRole("region", { name: "Rapprochements suggérés" }).textContent()).toContain("confirmé par vous");
    expect(pageErrors(page)).toEqual([]);
  });

  it("lays the dialog out in dark mode and on a 390 px screen, the report readable", async () => {
    for (const [name, options] of [
      ["import-dialog-dark", { colorScheme: "dark" as const }],
      ["import-dialog-390", { viewport: { width: 390, height: 800 } }],
    ] as const) {
      const page = await openPage("/", { reducedMotion: true, ...options });
      await page.locator('svg.chart__svg[data-fitted="true"]').waitFor({ timeout: 60_000 });
      await openCsv(page, "abime.csv", "code;parent;nom\nR;;Racine\nA;R;\n");
      await expect.poll(() => dialog(page).textContent()).toContain("Nom vide");
      const box = await dialog(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= (options.viewport?.width ?? 1280)).toBe(true);
      await screenshot(page, name);
    }
  });

  it("says plainly that a link to an import made in another browser is not available here", async () => {
    const page = await openPage("/?v=import-abc123", { reducedMotion: true });
    await expect.poll(() => page.getByText(/organigramme importé qui n'est pas disponible dans ce navigateur/).count()).toBe(1);
    expect(await page.getByRole("group", { name: "Version de l'organigramme" }).locator("input:checked").getAttribute("value")).toBe("2024");
  });
});
