// The pure export writers on the real data: scope, title block, file names, CSV, JSON, SVG.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexVersion } from "../../../src/domain/hierarchy.ts";
import { Version, type Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { CSV_BOM, UNIT_CSV_COLUMNS, csvDocument } from "../../../src/domain/export/csv.ts";
import { exportFileName } from "../../../src/domain/export/fileName.ts";
import { CARD_METRICS, layoutTree } from "../../../src/layout/layoutTree.ts";
import { checkCanvas } from "../../../src/domain/export/limits.ts";
import { scopeUnits } from "../../../src/domain/export/scope.ts";
import { versionHeading } from "../../../src/domain/export/titleBlock.ts";
import { prepare, textFile, type ExportContext } from "../../../src/components/export/exportJob.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";
import { parseCsv } from "./csvParse.ts";

const result = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!result.ok) throw new Error("data/ is invalid");
const dataset: Dataset = result.dataset;
const v2024 = dataset.versions.find((v) => v.id === "2024") as Dataset["versions"][number];
const index = indexVersion(v2024);
const ctx = (collapsed: string[] = [], version = v2024): ExportContext => ({
  dataset,
  index: version === v2024 ? index : indexVersion(version),
  collapsed: new Set(collapsed),
  base: "https://example.test/organigramme/",
  now: new Date("2026-11-28T12:00:00Z"),
  engine: { layoutTree, metrics: CARD_METRICS },
});
const whole = { rootId: null, expansion: "as-shown" as const };

describe("export scope", () => {
  it("keeps the folds when exporting as shown and drops them when fully expanded", () => {
    const v2016 = dataset.versions.find((v) => v.id === "2016") as Dataset["versions"][number];
    const i2016 = indexVersion(v2016);
    const shown = scopeUnits(i2016, new Set(["r"]), { rootId: null, expansion: "as-shown" });
    const all = scopeUnits(i2016, new Set(["r"]), { rootId: null, expansion: "expanded" });
    expect(all.units).toHaveLength(v2016.units.length);
    expect(shown.units.some((u) => u.id === "r1")).toBe(false);
    expect(shown.units.some((u) => u.id === "r")).toBe(true);
    expect([...shown.collapsed]).toEqual(["r"]);
  });

  it("a unit scope holds the unit and everything under it, nothing else", () => {
    const v2016 = dataset.versions.find((v) => v.id === "2016") as Dataset["versions"][number];
    const scoped = scopeUnits(indexVersion(v2016), new Set(), { rootId: "r", expansion: "expanded" });
    expect(scoped.root.id).toBe("r");
    expect(scoped.units.map((u) => u.id)).toEqual(["r", ...v2016.units.filter((u) => u.parent === "r").map((u) => u.id)]);
  });
});

describe("title block and file names", () => {
  it("names the version with what it rests on, as its label says", () => {
    expect(versionHeading(v2024)).toBe("2024 (arrêté du 26 mars 2024)");
    const p = prepare(ctx(), whole);
    expect(p.block.title).toBe("Organigramme de la DGOS — 2024 (arrêté du 26 mars 2024)");
    expect(p.block.exportedOn).toBe("28 novembre 2026");
    expect(p.block.sources).toContain("Organisation de la direction générale de l'offre de soins (DGOS)");
  });

  it("gives the address of the same view, the unit selected for a unit scope", () => {
    expect(prepare(ctx(), whole).block.address).toBe("https://example.test/organigramme/");
    expect(prepare(ctx(), { rootId: "financement-performance", expansion: "expanded" }).block.address).toBe(
      "https://example.test/organigramme/?u=financement-performance",
    );
  });

  it("says in the file name which version and which unit it holds", () => {
    const unit = index.byId.get("financement-performance") ?? null;
    expect(exportFileName({ version: "2024", root: unit, extension: "svg" })).toBe("organigramme-dgos-2024-sd-financement-performance.svg");
    expect(exportFileName({ version: "2024", root: index.root, extension: "csv" })).toBe("organigramme-dgos-2024.csv");
    expect(exportFileName({ version: "2024", root: null, suffix: "2x", extension: "png" })).toBe("organigramme-dgos-2024-2x.png");
  });
});

describe("CSV", () => {
  it("has a BOM, « ; » separators and one row per unit that survive a round trip", () => {
    const file = textFile(ctx(), prepare(ctx(), whole), "csv");
    expect(file.content.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(file.content.slice(1));
    expect(rows[0]).toEqual([...UNIT_CSV_COLUMNS]);
    expect(rows).toHaveLength(v2024.units.length + 1);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    for (const u of v2024.units) {
      const row = byId.get(u.id);
      expect(row?.[3]).toBe(u.name);
      if (u.missions.status === "described") expect(row?.[7]).toBe(u.missions.items.join(" | "));
    }
    expect(byId.get("financement-performance")?.[6]).toMatch(/^DGOS > /);
    expect(rows[1]?.[10]).toContain("Organigramme de la DGOS — 2024");
  });

  it("quotes separators, quotes and line breaks", () => {
    const text = csvDocument(["a", "b"], [['x;y "z"', "l1\r\nl2"]]);
    expect(parseCsv(text.slice(1))).toEqual([["a", "b"], ['x;y "z"', "l1\r\nl2"]]);
  });
});

describe("JSON", () => {
  it("validates with the app's own Version schema, whole or as an extract", () => {
    const all = JSON.parse(textFile(ctx(), prepare(ctx(), whole), "json").content) as unknown;
    expect(Version.safeParse(all).success).toBe(true);
    expect((all as { units: unknown[] }).units).toHaveLength(v2024.units.length);
    const part = Version.parse(JSON.parse(textFile(ctx(), prepare(ctx(), { rootId: "rh", expansion: "expanded" }), "json").content));
    expect(part.units.filter((u) => u.parent === null).map((u) => u.id)).toEqual(["rh"]);
    expect(part.gaps.at(-1)).toMatch(/^Extrait/);
  });
});

describe("SVG", () => {
  it("is well-formed XML with a title, a title block and every unit name as text", () => {
    const svg = textFile(ctx(), prepare(ctx(), whole), "svg").content;
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("svg > title")?.textContent).toBe("Organigramme de la DGOS — 2024 (arrêté du 26 mars 2024)");
    expect(doc.querySelector("svg > desc")?.textContent).toMatch(/Sources : .*Exporté le 28 novembre 2026/s);
    expect(doc.querySelector("foreignObject, style, image, use, [style], [href]")).toBeNull();
    const texts = [...doc.querySelectorAll("g[id^='unite-'] text:nth-of-type(2)")].map((t) => t.textContent);
    for (const u of v2024.units) expect(texts).toContain(u.name);
  });
});

describe("canvas limits", () => {
  it("refuses an image past the browsers' limits and offers the largest scale that fits", () => {
    expect(checkCanvas(3000, 2000, 4)).toEqual({ ok: true });
    const check = checkCanvas(6000, 2000, 4);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.largestScale).toBe(2);
    const huge = checkCanvas(100_000, 2000, 1);
    if (!huge.ok) expect(huge.largestScale).toBeNull();
  });
});
