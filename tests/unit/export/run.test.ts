// One export job, as the worker runs it: every format holds the scope's units, phases reported.
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runExport, type ExportJob } from "../../../src/domain/export/run.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { KIND_LABELS } from "../../../src/components/labels.ts";
import { CARD_METRICS, layoutTree } from "../../../src/layout/layoutTree.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const checked = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!checked.ok) throw new Error("data/ is invalid");
const dataset: Dataset = checked.dataset;
const version = dataset.versions.find((v) => v.id === "2016")!;
const block = { title: "Organigramme de la DGOS — 2016", scope: "Toute l'organisation", sources: ["x"], exportedOn: "28 novembre 2026", address: "https://example.test/" };
const job = (format: ExportJob["format"]): ExportJob => ({ format, version, collapsed: [], scope: { rootId: null, expansion: "expanded" }, block, kindLabels: KIND_LABELS, now: 0 });
const engine = { layoutTree, metrics: CARD_METRICS };
const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"');

describe("runExport", () => {
  it.each(["svg", "csv", "json", "pptx", "png-svg"] as const)("writes a %s file holding every unit of the version, reporting its phases", (format) => {
    const phases: string[] = [];
    const result = runExport(job(format), engine, (p) => phases.push(p));
    const text = typeof result.content === "string" ? result.content : strFromU8(unzipSync(result.content)["ppt/slides/slide1.xml"] as Uint8Array);
    for (const u of version.units) expect(decode(text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "))).toContain(format === "json" ? u.id : u.name.split(" ")[0]);
    expect(phases.length).toBeGreaterThan(0);
    if (format === "png-svg") expect(result.width).toBeGreaterThan(0);
  });
});
