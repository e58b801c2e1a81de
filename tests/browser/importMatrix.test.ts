// The bad-file matrix of « Ouvrir un organigramme », in Chromium through the real file input (and
// by drop): each bad file gets a report listing every problem with its place (line and column
// for a CSV, JSON path or record id for a JSON), « Importer les unités valides » only when what
// is left is sound, and the view behind the dialog as it was: same address, same version and
// selection, the built-in versions still there, nothing imported, no page error.
import { zipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageErrors, setupBrowser } from "./helpers.ts";
import { chooseFile, dropFile, expectViewUntouched, importDialog, openApp, openDialog, reportItems, textFile, type TestFile, viewState } from "./importSteps.ts";

setupBrowser();

// A 2016 unit selected, so that « untouched » covers the version and the selection.
const START = "/?v=2016&u=pf5";
const CSV_PLACE = /^ligne \d+/;
const JSON_PLACE = /\$|enregistrement « /;

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

// A real PNG header (signature, IHDR of a 1×1 image) and a few bytes of pixel data.
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89], [0, 0, 0, 0]);

// Deterministic noise (a linear congruential generator), not starting like JSON, CSV text or a zip.
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  out[0] = 0x07;
  return out;
}

const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, new TextEncoder().encode(t)])));
const GOOD_JSON = JSON.stringify({ service: [{ id: "d1", nom: "Direction exemple" }] });
const goodZip = zip({ "referentiel.json": GOOD_JSON + " ".repeat(2000) });

const csv = (...lines: string[]) => lines.join("\n");
const LONG_NAME = "N".repeat(600);
const LONG_MISSION = "Mission très longue. ".repeat(1500).trim();

type Button = "none" | "Importer" | "Importer les unités valides" | "choose root first";

interface Case {
  name: string;
  file: TestFile;
  by?: "input" | "drop";
  /** Every one of these must be a problem line of the report. */
  problems: RegExp[];
  /** Every problem line's place must match. */
  place: RegExp;
  button: Button;
  /** For a Référentiel: the root to search and pick before the button is checked. */
  root?: string;
  /** Steps in the dialog before it is closed (e.g. the choice of root). */
  extra?: (page: Page) => Promise<void>;
}

const UNCLOSED = textFile("guillemet.csv", csv("code;parent;nom;missions", "R;;Racine;Piloter", 'A;R;"Bureau A;Tester', "B;R;Bureau B;Mesurer"));

const CASES: Case[] = [
  {
    name: "a PNG image renamed .csv",
    file: { name: "organigramme.csv", mimeType: "text/csv", bytes: PNG },
    problems: [/Bloquant · ligne 1 : Fichier binaire : ni CSV, ni JSON, ni archive \.zip\./],
    place: CSV_PLACE,
    button: "none",
  },
  {
    name: "random binary named .json",
    file: { name: "donnees.json", mimeType: "application/json", bytes: noise(4096) },
    problems: [/Bloquant · ligne 1 : Fichier binaire/],
    place: CSV_PLACE,
    button: "none",
  },
  {
    name: "an empty file",
    file: textFile("vide.csv", ""),
    problems: [/Bloquant · ligne 1 : Fichier vide\./],
    place: CSV_PLACE,
    button: "none",
  },
  {
    name: "a corrupt .zip (cut in the middle)",
    file: { name: "export.zip", mimeType: "application/zip", bytes: goodZip.slice(0, Math.floor(goodZip.length / 2)) },
    problems: [/Bloquant · export\.zip : Archive \.zip illisible \(tronquée ou abîmée\)/],
    place: /^export\.zip$/,
    button: "none",
  },
  {
    name: "a .zip holding two readable files",
    file: { name: "deux.zip", mimeType: "application/zip", bytes: zip({ "a.json": GOOD_JSON, "b.csv": "code;parent;nom\nA;;A" }) },
    problems: [/Bloquant · deux\.zip : L'archive \.zip contient 2 fichiers lisibles \(a\.json, b\.csv\)/],
    place: /^deux\.zip$/,
    button: "none",
  },
  {
    name: "a .zip holding no JSON or CSV",
    file: { name: "vide.zip", mimeType: "application/zip", bytes: zip({ "lisez-moi.txt": "rien" }) },
    problems: [/Bloquant · vide\.zip : L'archive \.zip ne contient aucun fichier \.json ou \.csv\./],
    place: /^vide\.zip$/,
    button: "none",
  },
  {
    name: "a truncated Référentiel JSON, dropped",
    by: "drop",
    file: textFile("tronque.json", JSON.stringify({ service: [{ id: "d1", nom: "Direction", hierarchie: [{ type_hierarchie: "Service Fils", service: "b1" }] }] }).slice(0, 60)),
    problems: [/Bloquant · ligne 1, colonne \d+ \(\$\) : JSON illisible \(fichier tronqué ou abîmé\)/],
    place: /^ligne 1, colonne \d+ \(\$\)$/,
    button: "none",
  },
  {
    name: "a CSV with an unclosed quote",
    file: UNCLOSED,
    problems: [/Erreur · ligne 3, colonne 5 : Guillemet ouvert jamais refermé : le fichier semble tronqué ; la ligne est ignorée\./],
    place: CSV_PLACE,
    button: "Importer les unités valides",
  },
  {
    name: "a CSV with a cycle (A → B → A) beside a sound root",
    file: textFile("boucle.csv", csv("code;parent;nom", "R;;Racine", "A;B;Bureau A", "B;A;Bureau B")),
    problems: [/Erreur · ligne 3, colonne 3 enregistrement « A » : Rattachements en boucle \(« A » → « B »\) : ces unités sont laissées de côté\./],
    place: CSV_PLACE,
    button: "Importer les unités valides",
  },
  {
    name: "a CSV with two roots: the user is asked to choose",
    file: textFile("deux-racines.csv", csv("code;parent;nom", "R1;;Racine un", "R2;;Racine deux", "B;R1;Bureau sous un")),
    problems: [],
    place: CSV_PLACE,
    button: "choose root first",
    extra: async (page) => {
      const roots = importDialog(page).getByRole("group", { name: "Racine de l'organigramme" });
      await expect.poll(() => roots.getByRole("radio").count()).toBe(2);
      await roots.getByLabel(/Racine un/).check();
      await expect.poll(() => importDialog(page).textContent()).toContain("2 unité(s) seront importées.");
      expect(await importDialog(page).getByRole("button", { name: "Importer", exact: true }).isEnabled()).toBe(true);
    },
  },
  {
    name: "a CSV with dangling parents",
    by: "drop",
    file: textFile("orphelins.csv", csv("code;parent;nom", "R;;Racine", "B;ZZ;Orphelin", "C;B;Sous l'orphelin")),
    problems: [/Erreur · ligne 3, colonne 3 enregistrement « B » : Parent « ZZ » introuvable : unité laissée de côté, avec ses sous-unités\./],
    place: CSV_PLACE,
    button: "Importer les unités valides",
  },
  {
    name: "a CSV with duplicate codes",
    file: textFile("doublons.csv", csv("code;parent;nom", "R;;Racine", "A;R;Bureau A", "A;R;Bureau A bis")),
    problems: [/Erreur · ligne 4, colonne 1 enregistrement « A » : Code « A » en double : seul le premier est gardé\./],
    place: CSV_PLACE,
    button: "Importer les unités valides",
  },
  {
    name: "a CSV with an empty name",
    file: textFile("sans-nom.csv", csv("code;parent;nom", "R;;Racine", "A;R;  ")),
    problems: [/Erreur · ligne 3, colonne 5 : Nom vide pour le code « A » : ligne ignorée\./],
    place: CSV_PLACE,
    button: "Importer les unités valides",
  },
  {
    name: "a Référentiel service with an empty name",
    file: textFile("sans-nom.json", JSON.stringify({ service: [{ id: "d1", nom: "Direction exemple" }, { id: "b1", nom: "" }] })),
    problems: [/Erreur · enregistrement « b1 » \(\$\.service\[1\]\.nom\) : Service sans « nom » : ignoré\./],
    place: JSON_PLACE,
    root: "Direction exemple",
    button: "Importer les unités valides",
  },
  {
    name: "a CSV with a 600-character name",
    file: textFile("nom-long.csv", csv("code;parent;nom", "R;;Racine", `A;R;${LONG_NAME}`)),
    problems: [/Erreur · ligne 3, colonne 5 : Nom de 600 caractères \(plus de 500\) : ligne ignorée\./],
    place: CSV_PLACE,
    button: "Importer les unités valides",
  },
  {
    name: "a Référentiel service with a 30,000-character mission (clipped, warned)",
    file: textFile("mission-longue.json", JSON.stringify({ service: [{ id: "d1", nom: "Direction exemple", mission: LONG_MISSION }] })),
    problems: [new RegExp(`Avertissement · enregistrement « d1 » \\(\\$\\.service\\[0\\]\\.mission\\) : Mission trop long \\(${LONG_MISSION.length} caractères\\) : coupé à 20000\\.`)],
    place: JSON_PLACE,
    root: "Direction exemple",
    button: "Importer",
  },
  {
    name: "a CSV with a 30,000-character missions cell (clipped, warned)",
    file: textFile("missions-longues.csv", csv("code;parent;nom;missions", `R;;Racine;${LONG_MISSION}`)),
    problems: [/Avertissement · ligne 2, colonne 11 : Missions trop long \(\d+ caractères\) : coupé à 20000\./],
    place: CSV_PLACE,
    button: "Importer",
  },
  {
    name: "a JSON with no « service » list",
    file: textFile("autre.json", JSON.stringify({ services: [{ id: "d1", nom: "Direction" }] })),
    problems: [/Bloquant · \$ : Pas de liste « service » : ce n'est pas un export du Référentiel\./],
    place: /^\$$/,
    button: "none",
  },
  {
    name: "an app JSON with broken units",
    by: "drop",
    file: textFile(
      "version.json",
      JSON.stringify({ id: "essai", label: "Essai", units: [{ id: "r", name: "Racine" }, 42, { id: "b", parent: "r", name: "" }, { name: "Sans id" }, { id: "c", parent: "r", name: "Bureau C" }] }),
    ),
    problems: [
      /Erreur · \$\.units\[1\] : Unité qui n'est pas un objet : ignorée\./,
      /Erreur · enregistrement « b » \(\$\.units\[2\]\.name\) : Unité sans « name » : ignorée\./,
      /Erreur · \$\.units\[3\]\.id : Unité sans « id » : ignorée\./,
    ],
    place: JSON_PLACE,
    button: "Importer les unités valides",
  },
];

async function expectButton(page: Page, button: Button): Promise<void> {
  const dialog = importDialog(page);
  const any = dialog.getByRole("button", { name: /^Importer/ });
  if (button === "none") {
    expect(await any.count()).toBe(0);
    return;
  }
  expect(await any.count()).toBe(1);
  if (button === "choose root first") {
    expect(await any.isDisabled()).toBe(true);
    expect(await dialog.textContent()).toContain("Choisissez la racine pour importer.");
  } else {
    expect(await any.textContent()).toBe(button);
    expect(await any.isEnabled()).toBe(true);
  }
}

describe("bad files (Chromium)", () => {
  for (const c of CASES) {
    it(`${c.name}: a located report, ${c.button === "none" ? "nothing to import" : `« ${c.button} »`}, the view untouched`, async () => {
      const page = await openApp(START);
      const before = await viewState(page);
      expect(before.checked).toBe("2016");
      expect(before.selected).toEqual(["pf5"]);
      await openDialog(page);
      await (c.by === "drop" ? dropFile : chooseFile)(page, c.file);
      const dialog = importDialog(page);
      await dialog.locator(".import-report").waitFor({ timeout: 30_000 });

      const items = await reportItems(page);
      for (const expected of c.problems) expect(items.map((i) => i.text), `${expected}`).toContainEqual(expect.stringMatching(expected));
      for (const item of items) {
        expect(item.where, item.text).toMatch(c.place);
        expect(item.where).not.toBe("fichier entier");
      }
      const fatal = c.button === "none";
      expect(await dialog.getByRole("alert").filter({ hasText: "ne peut pas être importé" }).count()).toBe(fatal ? 1 : 0);
      if (c.root) {
        await expectButton(page, "choose root first");
        await dialog.getByLabel(/Chercher l'unité de départ/).fill(c.root);
        await dialog.getByRole("radio", { name: new RegExp(c.root) }).check();
      }
      await expectButton(page, c.button);
      await c.extra?.(page);

      await dialog.getByRole("button", { name: "Fermer" }).click();
      await expect.poll(() => importDialog(page).count()).toBe(0);
      await expectViewUntouched(page, before);
      expect(pageErrors(page)).toEqual([]);
    });
  }

  it("imports only the sound part of a file with a cycle, and the import can be removed", async () => {
    const page = await openApp("/");
    await openDialog(page);
    await chooseFile(page, CASES.find((c) => c.name.includes("cycle"))?.file as TestFile);
    await importDialog(page).getByRole("button", { name: "Importer les unités valides" }).click();
    const summary = page.getByRole("region", { name: /Organigramme importé/ });
    await expect.poll(() => summary.textContent()).toContain("1 unités");
    expect(await page.locator("[data-node]").count()).toBe(1);
    await summary.getByRole("button", { name: "Retirer cet organigramme" }).click();
    await expect.poll(() => page.getByRole("group", { name: "Version de l'organigramme" }).textContent()).not.toContain("importé");
    expect(pageErrors(page)).toEqual([]);
  });

  it("clips a 30,000-character mission to 20,000 characters and shows the clipped text as imported", async () => {
    const page = await openApp("/");
    await openDialog(page);
    await chooseFile(page, CASES.find((c) => c.name.startsWith("a Référentiel service with a 30,000"))?.file as TestFile);
    await importDialog(page).getByLabel(/Chercher l'unité de départ/).fill("Direction exemple");
    await importDialog(page).getByRole("radio", { name: /Direction exemple/ }).check();
    await importDialog(page).getByRole("button", { name: "Importer", exact: true }).click();
    await page.locator('[data-node="d1"]').click();
    const mission = page.getByRole("complementary").getByRole("listitem").filter({ hasText: "Mission très longue" });
    await expect.poll(() => mission.count()).toBe(1);
    const text = (await mission.textContent()) ?? "";
    expect(text.startsWith(LONG_MISSION.slice(0, 19_990))).toBe(true);
    expect(text).toContain("…");
    expect(text.length).toBeLessThan(20_100);
    expect(pageErrors(page)).toEqual([]);
  });

  // The row holding the unclosed quote swallows the rest of the file. « Importer les unités
  // valides » must then import only the rows before it, never that row with the other rows'
  // text inside (it did once: a unit named « Bureau A;Tester\nB;R;Bureau B;Mesurer »).
  it("imports nothing of the row holding an unclosed quote", async () => {
    const page = await openApp("/");
    await openDialog(page);
    await chooseFile(page, UNCLOSED);
    await importDialog(page).getByRole("button", { name: "Importer les unités valides" }).click();
    const summary = page.getByRole("region", { name: /Organigramme importé/ });
    await expect.poll(() => summary.textContent(), { timeout: 5_000 }).toContain("1 unités");
  });
});
