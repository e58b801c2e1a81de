// Steps shared by the import browser tests: open the app, open the import dialog, hand it a file
// through the real file input or by a drop, read the report, and check the view is as it was.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { openPage, type OpenPageOptions } from "./helpers.ts";

/** Opens `path` and waits for the live app (the button is in the prerendered page too). */
export async function openApp(path: string, options: OpenPageOptions = {}): Promise<Page> {
  const page = await openPage(path, { reducedMotion: true, ...options });
  await page.locator('svg.chart__svg[data-fitted="true"]').first().waitFor({ timeout: 60_000 });
  return page;
}

export const importDialog = (page: Page) => page.getByRole("dialog", { name: "Ouvrir un organigramme" });

export async function openDialog(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Ouvrir un organigramme" }).click();
  await importDialog(page).getByLabel(/Fichier à ouvrir/).waitFor();
}

export interface TestFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const textFile = (name: string, text: string, mimeType = name.endsWith(".csv") ? "text/csv" : "application/json"): TestFile => ({
  name,
  mimeType,
  bytes: new TextEncoder().encode(text),
});

/** Through the dialog's real <input type="file">. */
export async function chooseFile(page: Page, file: TestFile): Promise<void> {
  await importDialog(page)
    .getByLabel(/Fichier à ouvrir/)
    .setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) });
}

/** Dropped on the dialog's drop zone, as a DataTransfer holding the file. */
export async function dropFile(page: Page, file: TestFile): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return dt;
    },
    { name: file.name, mimeType: file.mimeType, bytes: Array.from(file.bytes) },
  );
  await page.locator(".import-drop").dispatchEvent("drop", { dataTransfer: transfer });
}

/** The built-in versions and what is selected, as the user sees them. */
export async function viewState(page: Page) {
  const picker = page.getByRole("group", { name: "Version de l'organigramme" });
  return {
    url: page.url(),
    versions: await picker.locator("input").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    checked: await picker.locator("input:checked").getAttribute("value"),
    pickerText: (await picker.textContent()) ?? "",
    selected: await page.locator('[data-node][aria-selected="true"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-node"))),
  };
}

/** The view after the dialog is closed is the view before it opened: nothing was imported. */
export async function expectViewUntouched(page: Page, before: Awaited<ReturnType<typeof viewState>>): Promise<void> {
  const after = await viewState(page);
  expect(after).toEqual(before);
  for (const builtin of ["2010", "2016", "2024"]) expect(after.versions).toContain(builtin);
  expect(after.pickerText).not.toContain("importé");
}

/** Each problem line of the report: severity, place, message. */
export async function reportItems(page: Page): Promise<{ where: string; text: string }[]> {
  return importDialog(page)
    .locator(".import-report__item")
    .evaluateAll((items) => items.map((li) => ({ where: li.querySelector(".import-report__where")?.textContent ?? "", text: li.textContent ?? "" })));
}
