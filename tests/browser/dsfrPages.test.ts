// DSFR and RGAA details in Chromium: skip links reached by Tab that move focus, document
// titles that follow the view and the selected unit, and the footer's pages (axe, both themes).
import { describe, expect, it } from "vitest";
import { formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

describe("skip links, titles and footer pages (Chromium)", () => {
  it("Tab from the top reaches the skip links, and each moves focus to its target", async () => {
    for (const [name, target] of [["Contenu", "contenu"], ["Recherche", "recherche"], ["Organigramme", "organigramme"]] as const) {
      const page = await openPage("/", { reducedMotion: true });
      await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
      await page.keyboard.press("Tab");
      for (let i = 0; i < ["Contenu", "Recherche", "Organigramme"].indexOf(name); i++) await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement?.getBoundingClientRect().top ?? -1 }));
      expect(focused.text).toBe(name);
      expect(focused.top).toBeGreaterThanOrEqual(0);
      if (name === "Contenu") await screenshot(page, "skip-links");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    }
  });

  it("the document title follows the view and the selected unit", async () => {
    const page = await openPage("/?v=2010&u=r1", { reducedMotion: true });
    await expect.poll(() => page.title()).toBe("R1 — Organigramme de la DGOS 2010");
    await page.getByRole("button", { name: "Vue texte" }).click();
    await expect.poll(() => page.title()).toBe("R1 — Vue texte — Organigramme de la DGOS 2010");
    await page.getByRole("contentinfo").getByRole("link", { name: "Mentions légales" }).click();
    await expect.poll(() => page.title()).toBe("Mentions légales — Organigramme de la DGOS");
    const fresh = await openPage("/", { reducedMotion: true });
    await expect.poll(() => fresh.title()).toBe("Organigramme de la DGOS 2024");
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`the footer's pages open from their links and pass axe (${scheme})`, async () => {
      const page = await openPage("/", { reducedMotion: true, colorScheme: scheme });
      await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
      for (const [link, slug] of [["Accessibilité : partiellement conforme", "accessibilite"], ["Mentions légales", "mentions-legales"], ["Données personnelles", "donnees-personnelles"]] as const) {
        await page.getByRole("contentinfo").getByRole("link", { name: link }).click();
        await page.getByRole("heading", { level: 1, name: link.split(" :")[0] }).waitFor();
        expect(page.url()).toContain(`vue=${slug}`);
        if (slug === "mentions-legales") {
          const text = await page.getByRole("main").innerText();
          expect(text).toContain("L'offre de soins, une synergie de tous les acteurs — Direction générale de l'offre de soins, non daté");
          expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
        }
        const violations = await runAxe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        await screenshot(page, `page-${slug}-${scheme}`);
      }
      await page.getByRole("button", { name: "← Retour à l'organigramme" }).click();
      await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
      expect(pageErrors(page)).toEqual([]);
    });
  }

  it("a footer page's address works on its own", async () => {
    const page = await openPage("/?vue=donnees-personnelles", { reducedMotion: true, viewport: { width: 390, height: 844 } });
    await page.getByRole("heading", { level: 1, name: "Données personnelles" }).waitFor();
    expect(await page.getByRole("main").innerText()).toContain("le thème choisi");
    await screenshot(page, "page-donnees-personnelles-390");
  });
});
