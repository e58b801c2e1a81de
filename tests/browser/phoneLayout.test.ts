// Phone layout (390 × 844) in Chromium, both themes: no view scrolls sideways, and the header's
// links and theme switch keep the header's side padding instead of touching the screen's edge.
import { describe, expect, it } from "vitest";
import { openPage, pageErrors, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const PHONE = { width: 390, height: 844 };
const VIEWS = [
  ["/", "arbre"],
  ["/?vue=texte", "texte"],
  ["/?vue=comparer", "comparer"],
  ["/?vue=decouvrir", "decouvrir"],
  ["/?vue=glossaire", "glossaire"],
  ["/?vue=accessibilite", "accessibilite"],
  ["/?vue=mentions-legales", "mentions-legales"],
  ["/?vue=donnees-personnelles", "donnees-personnelles"],
] as const;

describe("phone layout (Chromium, 390 × 844)", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`no view scrolls sideways, and the header keeps its side padding (${scheme})`, async () => {
      for (const [path, name] of VIEWS) {
        const page = await openPage(path, { reducedMotion: true, colorScheme: scheme, viewport: PHONE });
        await page.locator("#contenu").waitFor();
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(300);
        const m = await page.evaluate(() => {
          const left = (s: string) => document.querySelector(s)?.getBoundingClientRect().left ?? -1;
          return {
            scrollWidth: document.documentElement.scrollWidth,
            brand: left(".fr-header__service-title"),
            link: left(".site-header__link"),
            theme: left("#theme-switch fieldset"),
          };
        });
        expect(m.scrollWidth, name).toBeLessThanOrEqual(PHONE.width);
        expect(m.link, name).toBeGreaterThanOrEqual(m.brand);
        expect(m.theme, name).toBeGreaterThanOrEqual(m.brand);
        if (scheme === "dark" || name === "arbre") await screenshot(page, `phone-${name}-${scheme}`);
        expect(pageErrors(page), name).toEqual([]);
      }
    });
  }
});
