// An Excel workbook opened as a user would, in Chromium: through the real file input, read in
// the parse worker by the lazily loaded reader (under the app's Content-Security-Policy), the
// report locating a bad row by its cell, then the imported chart explored and searched.
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../../bench/workbook.ts";
import { pageErrors, setupBrowser } from "./helpers.ts";
import { chooseFile, importDialog, openApp, openDialog, reportItems } from "./importSteps.ts";

setupBrowser();

const WORKBOOK = {
  name: "organisation.xlsx",
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  bytes: writeWorkbook([
    {
      name: "Unités",
      rows: [
        ["Code", "Parent", "Nom", "Type", "Missions"],
        ["DIR", null, "Direction des classeurs", "direction", "Piloter les classeurs"],
        ["SD", "DIR", "Sous-direction des feuilles", "sous-direction", "Ranger les feuilles\nCompter les cellules"],
        ["BX", "SD", "Bureau des formules", "bureau", "Écrire les formules | Vérifier les totaux"],
        ["BY", "SD", null, "bureau", null],
      ],
    },
    { name: "Notes", rows: [["Feuille de notes"]] },
  ]),
};

describe("Excel workbook import (Chromium)", () => {
  it("opens a workbook through the file input, reports the bad row at its cell, then shows and searches the units", async () => {
    const page = await openApp("/?v=2024");
    await openDialog(page);
    await chooseFile(page, WORKBOOK);
    await expect.poll(() => importDialog(page).getByRole("status").first().textContent(), { timeout: 30_000 }).toContain("« organisation.xlsx » lu comme classeur Excel : 3 unité(s) valide(s)");
    const items = await reportItems(page);
    expect(items.map((i) => i.where)).toEqual(expect.arrayContaining(["ligne 1 (Unités!A1)", "ligne 5, colonne 3 (Unités!C5)"]));
    expect(items.find((i) => i.where.includes("C5"))?.text).toContain("Nom vide pour le code « BY »");
    expect(items.find((i) => i.where.includes("A1"))?.text).toContain("Seule la feuille « Unités » est lue");

    await importDialog(page).getByRole("button", { name: /^Importer/ }).click();
    const summary = page.getByRole("region", { name: /Organigramme importé/ });
    await expect.poll(() => summary.textContent()).toContain("organisation.xlsx (classeur Excel)");
    await page.locator('[data-node="sd"]').click();
    const panel = page.getByRole("complementary");
    await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toContain("Sous-direction des feuilles");
    expect(await panel.getByRole("listitem").filter({ hasText: /^Compter les cellules/ }).count()).toBe(1);
    await expect.poll(() => panel.textContent()).toContain("Fichier importé « organisation.xlsx », ligne 3 enregistrement « SD » (Unités!A3)");

    await page.getByRole("combobox").first().fill("totaux");
    await page.keyboard.press("Enter");
    await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toContain("Bureau des formules");
    await summary.getByRole("button", { name: "Retirer cet organigramme" }).click();
    await expect.poll(() => summary.count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
