// The explorer in Chromium, the way a user reaches it: fitted tree, unit panel, keyboard,
// search examples from the issue, version switch, deep links and accessibility.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatViolations, openPage, pageErrors, runAxe, screenshot, setupBrowser } from "./helpers.ts";

setupBrowser();

const panel = (page: Page) => page.locator("aside.panel");
const card = (page: Page, id: string) => page.locator(`[data-node="${id}"]`);
const search = (page: Page) => page.getByRole("combobox", { name: /Qui fait quoi/ });

async function ready(page: Page) {
  await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
}

async function searchFor(page: Page, text: string) {
  await search(page).fill(text);
  await page.getByRole("option").first().waitFor();
}

describe("explorer (Chromium)", () => {
  it("shows the 2024 DGOS on load, all of it after « Ajuster »", async () => {
    const page = await openPage("/", { reducedMotion: true });
    await ready(page);
    await page.getByRole("button", { name: "Ajuster" }).click();
    const svg = await page.locator("svg.chart__svg").boundingBox();
    const cards = await page.locator("[data-node]").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(cards).toHaveLength(11);
    for (const c of cards) {
      expect(c.left).toBeGreaterThanOrEqual((svg?.x ?? 0) - 1);
      expect(c.right).toBeLessThanOrEqual((svg?.x ?? 0) + (svg?.width ?? 0) + 1);
      expect(c.bottom).toBeLessThanOrEqual((svg?.y ?? 0) + (svg?.height ?? 0) + 1);
    }
    await expect.poll(() => page.getByRole("radio", { name: "2024" }).isChecked()).toBe(true);
    await screenshot(page, "explorer-2024");
    expect(pageErrors(page)).toEqual([]);
  });

  it("clicking a unit opens the panel with its missions and source", async () => {
    const page = await openPage("/", { reducedMotion: true });
    await ready(page);
    await page.getByRole("button", { name: "Ajuster" }).click(); // the first view shows the upper levels only
    await card(page, "financement-performance").click();
    const aside = panel(page);
    await expect.poll(() => aside.getByRole("heading", { level: 2 }).textContent()).toBe("Sous-direction du financement et de la performance");
    expect(await aside.getByRole("region", { name: "Missions" }).innerText()).toContain("ONDAM hospitalier");
    expect(await aside.getByRole("region", { name: "Sources" }).textContent()).toContain("Organisation de la direction générale de l'offre de soins (DGOS) — Ministère chargé de la santé, site internet, non daté");
    expect(page.url()).toContain("u=financement-performance");
    await screenshot(page, "explorer-panel");
  });

  it("navigates the tree with the keyboard alone (WAI-ARIA treeview keys)", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true });
    await ready(page);
    await card(page, "dgos").focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-node"));
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("dsr");
    await page.keyboard.press("ArrowLeft"); // dsr is expanded: fold it
    expect(await card(page, "dsr").getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("cs");
    await page.keyboard.press("ArrowRight"); // expanded: go to first child
    expect(await focused()).toBe("cellule-controle-gestion");
    await page.keyboard.press("End");
    expect(await focused()).toBe("rh-etudes-impact");
    await page.keyboard.press("Home");
    expect(await focused()).toBe("dgos");
    expect(await page.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => panel(page).getByRole("heading", { level: 2 }).textContent()).toContain("Stratégie ressources");
    await screenshot(page, "explorer-keyboard-focus");
  });

  it("« ondam » finds R1 in 2010, the financing sous-direction in 2024, and R1 2016 only by lineage", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true });
    await ready(page);
    await searchFor(page, "ondam");
    expect(await page.getByRole("option").first().textContent()).toContain("R1 – Bureau de la synthèse organisationnelle et financière");
    expect(await page.locator("mark").first().textContent()).toMatch(/ONDAM/i);
    expect(await card(page, "r1").getAttribute("class")).toContain("card--match");
    await page.getByText("Toutes les versions").click();
    expect(await page.getByRole("checkbox", { name: "Toutes les versions" }).isChecked()).toBe(true);
    await search(page).focus();
    const groups = page.getByRole("listbox").getByRole("group");
    await expect.poll(() => groups.count()).toBe(3);
    expect(await groups.nth(0).textContent()).toContain("R1 – Bureau de la synthèse");
    expect(await groups.nth(1).textContent()).toMatch(/R1 – Synthèse organisationnelle et financière.*Par filiation/);
    expect(await groups.nth(2).textContent()).toContain("Sous-direction du financement et de la performance");
    await screenshot(page, "search-ondam-all-versions");
  });

  it("« deontologie » finds RH2 in 2010 and 2016 and the RH sous-direction in 2024", async () => {
    const page = await openPage("/?toutes=1", { reducedMotion: true });
    await ready(page);
    await searchFor(page, "deontologie");
    const groups = page.getByRole("listbox").getByRole("group");
    expect(await groups.nth(0).getByRole("option").first().textContent()).toContain("RH2");
    expect(await groups.nth(1).getByRole("option").first().textContent()).toContain("RH2");
    expect(await groups.nth(2).textContent()).toContain("Sous-direction des ressources humaines du système de santé");
  });

  it("« USID » and « systeme d'information decisionnel » find the same unit, and Enter selects and centres it", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true });
    await ready(page);
    for (const q of ["USID", "systeme d'information decisionnel"]) {
      await searchFor(page, q);
      expect(await page.getByRole("option").first().textContent()).toContain("Unité « Système d'information décisionnel »");
    }
    await search(page).press("Enter");
    await expect.poll(() => card(page, "usid").getAttribute("aria-selected")).toBe("true");
    const offCentre = async () => {
      const svg = await page.locator("svg.chart__svg").boundingBox();
      const box = await card(page, "usid").locator(".card__box").boundingBox();
      return Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - ((svg?.x ?? 0) + (svg?.width ?? 0) / 2));
    };
    await expect.poll(offCentre).toBeLessThan(3);
  });

  it("switching version keeps the selection through lineage and says which unit", async () => {
    const page = await openPage("/?v=2010&u=r1", { reducedMotion: true });
    await ready(page);
    await page.locator(".fr-segmented label").filter({ hasText: /^2016/ }).click();
    await expect.poll(() => card(page, "r1").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator(".notices").textContent()).toContain("correspond à R1 – Synthèse organisationnelle et financière en 2016");
    expect(page.url()).toContain("v=2016");
    await page.locator(".fr-segmented label").filter({ hasText: /^2024/ }).click();
    await expect.poll(() => card(page, "financement-performance").getAttribute("aria-selected")).toBe("true");
    await screenshot(page, "version-switch");
  });

  it("a deep link restores version, unit and query, and back/forward step through selections", async () => {
    const page = await openPage("/?v=2016&u=pf5&q=syst", { reducedMotion: true });
    await ready(page);
    expect(await card(page, "pf5").getAttribute("aria-selected")).toBe("true");
    expect(await panel(page).getByRole("heading", { level: 2 }).textContent()).toContain("Systèmes d'information des acteurs de l'offre de soins");
    expect(await search(page).inputValue()).toBe("syst");
    await card(page, "pf4").click();
    await expect.poll(() => page.url()).toContain("u=pf4");
    await page.goBack();
    await expect.poll(() => card(page, "pf5").getAttribute("aria-selected")).toBe("true");
    await page.goForward();
    await expect.poll(() => card(page, "pf4").getAttribute("aria-selected")).toBe("true");
  });

  it("a malformed link falls back to the default view and says what it ignored", async () => {
    const page = await openPage("/?v=1999&u=zz%3C&foo=1&vue=%E2%9C%97", { reducedMotion: true });
    await ready(page);
    // Notices use French no-break spaces (« foo », « : »); compare with plain ones.
    const notices = (await page.locator(".notices").textContent())?.replace(/\u00a0/g, " ");
    expect(notices).toContain("Paramètre inconnu « foo » ignoré.");
    expect(notices).toContain("Version « 1999 » inconnue : version 2024 affichée.");
    expect(notices).toContain("Unité « zz< » introuvable dans la version 2024");
    expect(await page.locator("[data-node]").count()).toBe(11);
    expect(pageErrors(page)).toEqual([]);
  });

  it("the text view lists the same version and shares the selection", async () => {
    const page = await openPage("/?v=2016&u=rh2", { reducedMotion: true });
    await page.getByRole("button", { name: "Vue texte" }).click();
    const current = page.locator('.textview [aria-current="true"]');
    expect(await current.textContent()).toContain("RH2");
    await page.getByRole("button", { name: /RH3/ }).click();
    expect(await panel(page).getByRole("heading", { level: 2 }).textContent()).toContain("Organisation des relations sociales");
    expect(page.url()).toContain("vue=texte");
    await screenshot(page, "text-view");
  });

  it("works at 360 px wide: the panel becomes a bottom sheet", async () => {
    const page = await openPage("/?v=2010&u=r1", { reducedMotion: true, viewport: { width: 360, height: 740 } });
    await ready(page);
    await panel(page).getByRole("heading", { level: 2 }).waitFor();
    const sheet = await panel(page).boundingBox();
    expect(sheet?.width).toBeLessThanOrEqual(360);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeGreaterThan(700);
    await screenshot(page, "mobile-360");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe reports no violation on the main views (${colorScheme})`, async () => {
      for (const path of ["/", "/?v=2010&u=r1&q=ondam", "/?v=2016&u=pf5", "/?vue=texte&v=2010"]) {
        const page = await openPage(path, { reducedMotion: true, colorScheme });
        await page.locator("main").waitFor();
        if (!path.includes("texte")) await ready(page);
        if (path.includes("q=")) await search(page).focus();
        const violations = await runAxe(page);
        expect(violations, `${path}\n${formatViolations(violations)}`).toEqual([]);
        if (path === "/?v=2016&u=pf5") await screenshot(page, `axe-${colorScheme}`);
      }
    });
  }
});

describe("glossary tooltips (Chromium)", () => {
  it("keeps a tooltip inside the panel when its term is near the panel's right edge", async () => {
    const page = await openPage("/?v=2016&u=pf");
    await ready(page);
    const term = panel(page).locator(".panel__caveat abbr", { hasText: "002" });
    await term.focus();
    const tip = panel(page).getByRole("tooltip").filter({ hasText: "Source 002" });
    await expect.poll(() => tip.isVisible()).toBe(true);
    const [tipBox, panelBox] = await Promise.all([tip.boundingBox(), panel(page).boundingBox()]);
    expect(tipBox && panelBox).toBeTruthy();
    expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(panelBox!.x + panelBox!.width);
    expect(tipBox!.x).toBeGreaterThanOrEqual(panelBox!.x);
    await screenshot(page, "tooltip-source-number");
  });
});

describe("sharing and privacy (Chromium)", () => {
  it("copies a link to the selected unit that restores the same screen", async () => {
    const page = await openPage("/?v=2010", { reducedMotion: true });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator('svg.chart__svg[data-fitted="true"]').waitFor();
    await page.getByRole("button", { name: "Ajuster" }).click();
    await page.locator('[data-node="r1"]').click();
    await page.getByRole("button", { name: /Copier le lien vers cette unité/ }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Lien copié" }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe("?v=2010&u=r1");
    const again = await openPage(new URL(copied).search, { reducedMotion: true });
    await expect.poll(() => again.locator('[data-node="r1"]').getAttribute("aria-selected")).toBe("true");
  });

  it("sends no request outside its own origin, and folds everything with « Tout replier »", async () => {
    const page = await openPage("/", { reducedMotion: true, waitUntil: "networkidle" });
    const origin = new URL(page.url()).origin;
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Comparer deux versions" }).click();
    await page.getByRole("button", { name: "Organigramme", exact: true }).click();
    await page.getByRole("button", { name: "Tout replier" }).click();
    expect(await page.locator("[data-node]").count()).toBe(11); // 2024: the direction and its direct units only
    await page.goto(`${origin}/?v=2010`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Tout replier" }).click();
    await expect.poll(() => page.locator("[data-node]").count()).toBe(3);
    await page.getByRole("button", { name: "Tout déplier" }).click();
    await expect.poll(() => page.locator("[data-node]").count()).toBe(28);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
  });
});

describe("theme (Chromium)", () => {
  it("follows the system, and a choice in the header switch is applied and remembered", async () => {
    const page = await openPage("/", { reducedMotion: true, colorScheme: "dark" });
    const theme = () => page.evaluate(() => document.documentElement.getAttribute("data-fr-theme"));
    expect(await theme()).toBe("dark");
    await page.locator("#theme-switch label").filter({ hasText: "Clair" }).click();
    expect(await theme()).toBe("light");
    await page.reload();
    expect(await theme()).toBe("light");
    expect(await page.getByRole("radio", { name: "Clair" }).isChecked()).toBe(true);
  });
});

describe("offline (Chromium)", () => {
  it("keeps working when the network drops after the page has loaded: comparison and search", async () => {
    const page = await openPage("/", { reducedMotion: true, waitUntil: "networkidle" });
    // The on-demand modules are fetched when the page is idle.
    await page.waitForTimeout(3500);
    await page.context().setOffline(true);
    await page.getByRole("combobox", { name: /Qui fait quoi/ }).fill("ondam");
    await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Comparer deux versions" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Ce qui a changé entre 2016 et 2024" }).count()).toBe(1);
  });
});
