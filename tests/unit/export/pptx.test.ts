// The PowerPoint writer: a valid zip of well-formed Office Open XML whose chart slide holds
// every unit of the scope as an editable box, joined by connectors glued to the boxes.
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { indexVersion } from "../../../src/domain/hierarchy.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { pathPoints, writePptx } from "../../../src/domain/export/pptx.ts";
import { layoutInput, scopeUnits } from "../../../src/domain/export/scope.ts";
import { buildTitleBlock } from "../../../src/domain/export/titleBlock.ts";
import { CARD_METRICS, layoutTree } from "../../../src/layout/layoutTree.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const checked = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!checked.ok) throw new Error("data/ is invalid");
const dataset: Dataset = checked.dataset;

function deck(versionId: string, rootId: string | null, missions: boolean) {
  const version = dataset.versions.find((v) => v.id === versionId)!;
  const index = indexVersion(version);
  const scoped = scopeUnits(index, new Set(), { rootId, expansion: "expanded" });
  const layout = layoutTree(layoutInput(scoped), { collapsed: scoped.collapsed });
  const block = buildTitleBlock({ version, documents: dataset.sources.documents, scope: "Toute l'organisation", date: new Date("2026-11-28T12:00:00Z"), address: "https://example.test/?v=2024&a=1" });
  const bytes = writePptx({ layout, units: index.byId, kindLabel: (k) => k, block, fontSize: CARD_METRICS.fontSize, missionUnits: missions ? scoped.units.filter((u) => u.missions.status === "described") : [], now: new Date("2026-11-28T12:00:00Z") });
  return { bytes, scoped, files: unzipSync(bytes) };
}
const xml = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name] as Uint8Array);
const parse = (text: string) => new DOMParser().parseFromString(text, "application/xml");

describe("writePptx", () => {
  it("writes a zip of well-formed XML parts, content types first, one slide listed per slide file", () => {
    const { bytes, files } = deck("2024", null, true);
    expect(strFromU8(bytes.subarray(30, 30 + "[Content_Types].xml".length))).toBe("[Content_Types].xml");
    for (const [name, data] of Object.entries(files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      expect(parse(strFromU8(data)).querySelector("parsererror"), name).toBeNull();
    }
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const presentation = parse(xml(files, "ppt/presentation.xml"));
    expect(presentation.getElementsByTagName("p:sldId")).toHaveLength(slides.length);
    const types = xml(files, "[Content_Types].xml");
    for (const s of slides) expect(types).toContain(`PartName="/${s}"`);
  });

  it.each([
    ["2024", null],
    ["2016", null],
    ["2024", "financement-performance"],
  ] as const)("puts every unit of the scope %s / %s on the chart slide as a box with its name", (version, root) => {
    const { scoped, files } = deck(version, root, false);
    const slide = parse(xml(files, "ppt/slides/slide1.xml"));
    const texts = [...slide.getElementsByTagName("a:t")].map((t) => t.textContent);
    for (const u of scoped.units) expect(texts).toContain(u.name);
    expect(slide.getElementsByTagName("p:sp").length).toBe(scoped.units.length + 2);
    // One connector per link, glued at both ends to boxes of the slide.
    const ids = new Set([...slide.getElementsByTagName("p:cNvPr")].map((c) => c.getAttribute("id")));
    const links = [...slide.getElementsByTagName("p:cxnSp")];
    expect(links).toHaveLength(scoped.units.length - 1);
    for (const l of links) {
      expect(ids.has(l.getElementsByTagName("a:stCxn")[0]!.getAttribute("id"))).toBe(true);
      expect(ids.has(l.getElementsByTagName("a:endCxn")[0]!.getAttribute("id"))).toBe(true);
    }
    expect(Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(1);
  });

  it("adds one slide per unit with described missions when asked, listing them", () => {
    const { scoped, files } = deck("2024", null, true);
    const described = scoped.units.filter((u) => u.missions.status === "described");
    expect(described.length).toBeGreaterThan(0);
    const first = described[0]!;
    const slide = xml(files, "ppt/slides/slide2.xml");
    if (first.missions.status === "described") expect(parse(slide).documentElement.textContent).toContain(first.missions.items[0]);
    expect(files[`ppt/slides/slide${described.length + 1}.xml`]).toBeDefined();
    expect(files[`ppt/slides/slide${described.length + 2}.xml`]).toBeUndefined();
  });

  it("says which version and sources the deck shows, in the title and the document properties", () => {
    const { files } = deck("2024", null, false);
    const slide = parse(xml(files, "ppt/slides/slide1.xml")).documentElement.textContent ?? "";
    expect(slide).toContain("Organigramme de la DGOS — 2024 (arrêté du 26 mars 2024)");
    expect(slide).toContain("Sources :");
    expect(xml(files, "docProps/core.xml")).toContain("Organigramme de la DGOS — 2024");
  });
});

describe("pathPoints", () => {
  it("reads the layout's orthogonal path commands as points", () => {
    expect(pathPoints("M10,20V30H40V50H60")).toEqual([
      [10, 20],
      [10, 30],
      [40, 30],
      [40, 50],
      [60, 50],
    ]);
  });
});
