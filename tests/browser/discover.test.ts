// « Découvrir la DGOS », the glossary and the guided tour in a real browser: deep links, keyboard
// flow of the tour, axe in light and dark, the 390 px layout.
import { describe, expect, it } from "vitest";
import { formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

describe("Découvrir la DGOS, glossary and guided tour", () => {
  it("renders the page from a deep link, and a unit link opens it in the tree", async () => {
    const page = await openPage("/?vue=decouvrir");
    await page.getByRole("heading", { name: "Découvrir la DGOS", level: 2 }).waitFor();
    expect(await page.getByRole("button", { name: "Découvrir la DGOS", pressed: true }).count()).toBe(1);
    await page.getByRole("region", { name: /L'organisation en 2024/ }).getByRole("button", { name: "Cabinet de la direction générale" }).click();
    await page.getByRole("complementary", { name: "Cabinet de la direction générale" }).waitFor();
    expect(new URL(page.url()).search).toBe("?u=cabinet");
    expect(pageErrors(page)).toEqual([]);
  });

  it("renders the glossary from a deep link; filtering and a unit link work", async () => {
    const page = await openPage("/?vue=glossaire");
    const filter = page.getByRole("searchbox", { name: /Filtrer le glossaire/ });
    await filter.fill("fonction publique");
    await page.getByRole("status").filter({ hasText: "1 termes sur" }).waitFor();
    const fph = page.getByRole("region", { name: /^FPH — / });
    expect(await fph.textContent()).toContain("Développement déduit");
    await fph.getByRole("button", { name: /\(2010\)$/ }).click();
    await page.getByRole("complementary").getByText("Version 2010").waitFor();
    expect(new URL(page.url()).searchParams.get("v")).toBe("2010");
    expect(pageErrors(page)).toEqual([]);
  });

  it("runs the tour with the keyboard: focus in the dialog, Enter for Suivant, Escape to leave, never offered again", async () => {
    const page = await openPage("/?vue=decouvrir");
    await page.getByRole("button", { name: "Commencer la visite" }).click();
    const dialog = page.getByRole("dialog", { name: "Qui fait quoi ?" });
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator(".toolbar [role='search']").evaluate((el) => el.classList.contains("tour-target"))).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // « Suivant »
    const second = page.getByRole("dialog", { name: "Le panneau d'une entité" });
    await second.waitFor();
    // Announced: focus moves to the dialog (its name and text are read) and a polite live region gives the step.
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await second.locator("[aria-live='polite']").textContent()).toBe("Visite guidée — étape 2 sur 5");
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenu");
    await page.goto(`${page.url().split("?")[0]}?vue=decouvrir`);
    await page.getByRole("heading", { name: "Découvrir la DGOS", level: 2 }).waitFor();
    expect(await page.getByRole("region", { name: "Visite guidée" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Revoir la visite guidée de l'explorateur" }).count()).toBe(1);
  });

  it("still offers and runs the tour when the page cannot use localStorage", async () => {
    const page = await openPage("/?vue=decouvrir", {
      initScript: "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });",
    });
    await page.getByRole("button", { name: "Commencer la visite" }).click();
    await page.getByRole("dialog", { name: "Qui fait quoi ?" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    // The choice is kept for the page's life: back on Découvrir, the tour is no longer offered.
    await page.getByRole("button", { name: "Organigramme", exact: true }).click();
    await page.getByRole("button", { name: "Découvrir la DGOS" }).first().click();
    await page.getByRole("heading", { name: "Découvrir la DGOS", level: 2 }).waitFor();
    expect(await page.getByRole("region", { name: "Visite guidée" }).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations on the page, the glossary and the tour (${colorScheme})`, async () => {
      for (const path of ["/?vue=decouvrir", "/?vue=glossaire"]) {
        const page = await openPage(path, { colorScheme });
        await page.getByRole("heading", { level: 2 }).first().waitFor();
        const violations = await runAxe(page);
        expect(violations, `${path}\n${formatViolations(violations)}`).toEqual([]);
      }
      const page = await openPage("/?vue=decouvrir", { colorScheme });
      await page.getByRole("button", { name: "Commencer la visite" }).click();
      await page.getByRole("dialog").waitFor();
      const violations = await runAxe(page);
      expect(violations, `tour\n${formatViolations(violations)}`).toEqual([]);
    });
  }

  it("puts the footer below the whole page, not over the text, on a desktop screen", async () => {
    for (const path of ["/?vue=decouvrir", "/?vue=glossaire"]) {
      const page = await openPage(path, { viewport: { width: 1280, height: 800 } });
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      const [articleBottom, footerTop] = await page.evaluate(() => [
        document.querySelector("article")!.getBoundingClientRect().bottom,
        document.querySelector("footer")!.getBoundingClientRect().top,
      ]);
      expect(footerTop, path).toBeGreaterThanOrEqual(articleBottom);
    }
  });

  it("fits a 390 px screen without horizontal scrolling", async () => {
    for (const [path, name] of [
      ["/?vue=decouvrir", "discover-390"],
      ["/?vue=glossaire", "glossary-390"],
    ] as const) {
      const page = await openPage(path, { viewport: { width: 390, height: 844 } });
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, name);
    }
  });
});
