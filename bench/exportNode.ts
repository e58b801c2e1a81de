// Export writers timed in Node on the 10,000-unit synthetic organisation (SVG string, CSV,
// PowerPoint as the export worker runs it) and the print pagination of the real 2024
// organisation, with the PNG 2× canvas check.
// The writers are pure functions, so Node measures their own cost; rasterising a PNG needs a
// browser and is not timed here. Medians and spread of REPS runs, indicative on a shared machine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { indexVersion } from "../src/domain/hierarchy.ts";
import type { Dataset, Version } from "../src/domain/schema.ts";
import { checkCanvas } from "../src/domain/export/limits.ts";
import { paginate, printableArea } from "../src/domain/export/pages.ts";
import { prepare, textFile, chartOf, type ExportContext } from "../src/components/export/exportJob.ts";
import { runExport } from "../src/domain/export/run.ts";
import { KIND_LABELS } from "../src/components/labels.ts";
import { CARD_METRICS, layoutTree } from "../src/layout/layoutTree.ts";
import { BENCH_SEED, generateDataset } from "./generateOrg.ts";
import { spread, type Spread } from "./stats.ts";

const REPS = 5;

export interface ExportBench {
  units: number;
  svg: Spread | null;
  svgBytes: number;
  csv: Spread | null;
  csvBytes: number;
  /** PowerPoint: the chart slide only, and with one mission slide per unit. */
  pptx: Spread | null;
  pptxBytes: number;
  pptxMissions: Spread | null;
  pptxMissionsBytes: number;
  png2x: string;
  printLayout2024: Spread | null;
  printPages2024: number;
}

function time(fn: () => void): Spread | null {
  const samples: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return spread(samples);
}

function context(dataset: Dataset, version: Version): ExportContext {
  return { dataset, index: indexVersion(version), collapsed: new Set(), base: "http://127.0.0.1/", now: new Date(), engine: { layoutTree, metrics: CARD_METRICS } };
}

export function benchExport(units = 10_000): ExportBench {
  const dataset = generateDataset({ units, seed: BENCH_SEED });
  const ctx = context(dataset, dataset.versions[0] as Version);
  const whole = { rootId: null, expansion: "expanded" as const };
  let svgBytes = 0;
  let csvBytes = 0;
  // Each run includes scope, layout and writing: what a click on « Télécharger » costs.
  const svg = time(() => (svgBytes = textFile(ctx, prepare(ctx, whole), "svg").content.length));
  const csv = time(() => (csvBytes = textFile(ctx, prepare(ctx, whole), "csv").content.length));
  // The job exactly as the export worker runs it (layout, slide XML, zip).
  const job = (pptxMissions: boolean) => ({ format: "pptx" as const, version: ctx.index.version, collapsed: [], scope: whole, block: prepare(ctx, whole).block, kindLabels: KIND_LABELS, pptxMissions, now: Date.now() });
  let pptxBytes = 0;
  let pptxMissionsBytes = 0;
  const pptx = time(() => (pptxBytes = (runExport(job(false), ctx.engine).content as Uint8Array).length));
  const pptxMissions = time(() => (pptxMissionsBytes = (runExport(job(true), ctx.engine).content as Uint8Array).length));
  const chart = chartOf(ctx, prepare(ctx, whole));
  const check = checkCanvas(chart.width, chart.height, 2);
  const png2x = check.ok ? `${chart.width * 2} × ${chart.height * 2} px (fits)` : `refused before drawing: ${check.message}`;

  const root = fileURLToPath(new URL("..", import.meta.url));
  const real = JSON.parse(readFileSync(join(root, "data/2024.json"), "utf8")) as Version;
  const realCtx = context({ ...dataset, versions: [real] }, real);
  let printPages2024 = 0;
  const printLayout2024 = time(() => {
    const c = chartOf(realCtx, prepare(realCtx, whole));
    const layout = layoutTree(realCtx.index.ordered);
    const a = printableArea("A4", "landscape");
    printPages2024 = paginate({ x: 0, y: 0, width: c.width, height: c.height }, layout.nodes.map((n) => ({ x: n.x + c.offset.x, y: n.y + c.offset.y, width: n.width, height: n.height })), { width: a.width * 4, height: a.height * 4 }).length;
  });
  return { units, svg, svgBytes, csv, csvBytes, pptx, pptxBytes, pptxMissions, pptxMissionsBytes, png2x, printLayout2024, printPages2024 };
}

const ms = (s: Spread | null) => (s ? `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)}, n=${s.n})` : "—");

export function exportMarkdown(r: ExportBench): string {
  return [
    `| Export (Node, ${r.units.toLocaleString("fr-FR")} unités synthétiques) | médiane (min–max) |`,
    "|---|---|",
    `| SVG (périmètre, mise en page, écriture) — ${(r.svgBytes / 1e6).toFixed(1)} Mo | ${ms(r.svg)} |`,
    `| CSV — ${(r.csvBytes / 1e6).toFixed(1)} Mo | ${ms(r.csv)} |`,
    `| PowerPoint, une diapositive (mise en page, XML, zip) — ${(r.pptxBytes / 1e6).toFixed(1)} Mo | ${ms(r.pptx)} |`,
    `| PowerPoint avec une diapositive de missions par unité — ${(r.pptxMissionsBytes / 1e6).toFixed(1)} Mo | ${ms(r.pptxMissions)} |`,
    `| PNG 2× | ${r.png2x} |`,
    `| Mise en page d'impression, 2024 réel (A4 paysage, ${r.printPages2024} page(s)) | ${ms(r.printLayout2024)} |`,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(exportMarkdown(benchExport()));
