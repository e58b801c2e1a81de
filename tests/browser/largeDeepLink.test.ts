// A link to a unit of a large organisation (1,000+ units: the chart first loads its outline
// planner) opens centred on that unit, its name readable, like a link into the DGOS charts.
import { describe, expect, it } from "vitest";
import { datasetFiles, generateDataset } from "../../bench/generateOrg.ts";
import { splitDataset } from "../../src/domain/datasetParts.ts";
import { openPage, pageErrors, setupBrowser } from "./helpers.ts";

setupBrowser();

const body = JSON.stringify(datasetFiles(generateDataset({ units: 1000, seed: 7 })));

describe("deep link into a large organisation (Chromium)", () => {
  it("centres the linked unit once the layout is ready", async () => {
    const dataset = generateDataset({ units: 1000, seed: 7 });
    const version = dataset.versions[0];
    if (!version) throw new Error("no version");
    // A unit deep enough to be far from the initial view.
    const unit = version.units[version.units.length - 1];
    if (!unit) throw new Error("no unit");
    const page = await openPage(`/?v=${version.id}&u=${unit.id}`, {
      reducedMotion: true,
      beforeGoto: (p) => p.route(/\/dgos-data\.json$/, (route) => route.fulfill({ contentType: "application/json", body })),
    });
    const centred = () =>
      page.evaluate((id) => {
        const text = document.querySelector(`[data-node="${CSS.escape(id)}"] text.card__name`);
        const svg = document.querySelector("svg.chart__svg");
        if (!text || !svg) return "not drawn";
        const r = text.getBoundingClientRect();
        const c = svg.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        return x > c.left && x < c.right && y > c.top && y < c.bottom ? "centred" : `outside (${Math.round(x)}, ${Math.round(y)})`;
      }, unit.id);
    await expect.poll(centred, { timeout: 30_000 }).toBe("centred");
    expect(pageErrors(page)).toEqual([]);
  });

  it("with the data in two parts, draws the chart from the structure, then shows the unit's missions once the details arrive", async () => {
    const dataset = generateDataset({ units: 1000, seed: 7 });
    const version = dataset.versions[0];
    const unit = version?.units[version.units.length - 1];
    if (!version || !unit || unit.missions.status !== "described") throw new Error("no described unit");
    const { structure, details } = splitDataset(dataset, "dgos-details.jsonl");
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await openPage(`/?v=${version.id}&u=${unit.id}`, {
      reducedMotion: true,
      beforeGoto: async (p) => {
        await p.route(/\/dgos-data\.json$/, (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(structure) }));
        // Held back until the test has seen the chart and the panel waiting for them.
        await p.route(/\/dgos-details\.jsonl$/, async (route) => {
          await held;
          await route.fulfill({ contentType: "application/jsonl", body: details });
        });
      },
    });
    const panel = page.getByRole("complementary", { name: unit.name });
    const missions = panel.getByRole("region", { name: "Missions" });
    await missions.getByText("Chargement des missions et des sources…").waitFor({ timeout: 30_000 });
    expect(await page.locator(`[data-node="${unit.id}"] text.card__name`).count()).toBe(1);
    release();
    await missions.getByText(unit.missions.items[0] ?? "").waitFor({ timeout: 30_000 });
    expect(pageErrors(page)).toEqual([]);
  });
});
