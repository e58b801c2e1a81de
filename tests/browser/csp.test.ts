// The app under its Content-Security-Policy (served by vite preview as by deploy/): every view,
// zero securitypolicyviolation events and zero console errors. Add a view: one entry in VIEWS.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseURL, openPage, pageErrors, setupBrowser } from "./helpers.ts";

setupBrowser();

// Registered before any script of the page: collects every violation.
const WATCH = `window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")));`;

const fitted = (page: Page) => page.locator('svg.chart__svg[data-fitted="true"]').first().waitFor();

/** Each view: the address to open, then what to do there. */
const VIEWS: { name: string; path: string; visit: (page: Page) => Promise<void> }[] = [
  { name: "tree", path: "/", visit: fitted },
  {
    name: "panel",
    path: "/?v=2016&u=dgos",
    visit: async (page) => {
      await page.getByRole("complementary").waitFor();
      await page.getByRole("button", { name: "Où est passée cette mission ?" }).first().click().catch(() => undefined);
    },
  },
  {
    name: "search",
    path: "/",
    visit: async (page) => {
      await fitted(page);
      await page.getByRole("combobox", { name: /Qui fait quoi/ }).fill("financement");
      await page.getByRole("option").first().waitFor();
    },
  },
  { name: "text view", path: "/?vue=texte", visit: (page) => page.locator(".textview").waitFor() },
  { name: "comparison", path: "/?vue=comparer&de=2010&a=2024", visit: async (page) => void (await expect.poll(() => page.locator('svg.chart__svg[data-fitted="true"]').count()).toBe(2)) },
  {
    name: "theme",
    path: "/",
    visit: async (page) => {
      await page.getByRole("radio", { name: "Sombre" }).check({ force: true });
      await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute("data-fr-theme"))).toBe("dark");
    },
  },
  { name: "discover", path: "/?vue=decouvrir", visit: (page) => page.getByRole("heading", { name: "Découvrir la DGOS", level: 2 }).waitFor() },
  {
    name: "guided tour",
    path: "/?vue=decouvrir",
    visit: async (page) => {
      await page.getByRole("button", { name: "Commencer la visite" }).click();
      await page.getByRole("dialog").waitFor();
    },
  },
  { name: "glossary", path: "/?vue=glossaire", visit: (page) => page.getByRole("heading", { level: 2 }).first().waitFor() },
  { name: "accessibility page", path: "/?vue=accessibilite", visit: (page) => page.getByRole("heading", { name: "Accessibilité", level: 1 }).waitFor() },
  { name: "legal notice", path: "/?vue=mentions-legales", visit: (page) => page.getByRole("heading", { name: "Mentions légales", level: 1 }).waitFor() },
  { name: "personal data", path: "/?vue=donnees-personnelles", visit: (page) => page.getByRole("heading", { name: "Données personnelles", level: 1 }).waitFor() },
  {
    name: "export dialog and SVG",
    path: "/?v=2016",
    visit: async (page) => {
      await fitted(page);
      await page.getByRole("button", { name: "Exporter" }).click();
      await page.getByRole("dialog").waitFor();
    },
  },
  {
    name: "import dialog",
    path: "/",
    visit: async (page) => {
      await fitted(page);
      await page.getByRole("button", { name: "Ouvrir un organigramme" }).click();
      await page.getByRole("dialog").waitFor();
    },
  },
  { name: "bad link", path: "/?x=1&y=2&v=1999&dataset=synthetic-100", visit: (page) => page.locator(".notices .fr-alert").waitFor() },
];

describe("Content-Security-Policy (Chromium)", () => {
  it("is served as a header with frame-ancestors and the security headers", async () => {
    const response = await fetch(`${baseURL()}/`);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain("<style");
  });

  for (const view of VIEWS) {
    it(`${view.name}: no violation, no console error`, async () => {
      const page = await openPage(view.path, { reducedMotion: true, initScript: WATCH });
      await view.visit(page);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      // The bench's data file is absent from a normal build: its 404 is the one expected console line.
      expect(pageErrors(page).filter((e) => !(view.name === "bad link" && e.includes("404")))).toEqual([]);
    });
  }
});
