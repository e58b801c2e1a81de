// One export as a plain job: what a Web Worker receives (structured-clonable data only) and the
// file it gives back. Pure: the layout engine is handed in, so the domain imports no layout code
// and the same function runs in the worker or, where workers are missing, on the main thread.
import { indexVersion } from "../hierarchy.ts";
import type { Unit, UnitKind, Version } from "../schema.ts";
import { writeUnitsCsv } from "./csv.ts";
import { writeVersionJson } from "./json.ts";
import { writePptx } from "./pptx.ts";
import { layoutInput, scopeUnits, type ExportScope } from "./scope.ts";
import { buildSvgChart, writeSvg, type ExportTheme, type SvgChartInput } from "./svg.ts";
import { serializeSvg } from "./svgTree.ts";
import type { TitleBlock } from "./titleBlock.ts";
import type { CARD_METRICS, layoutTree } from "../../layout/layoutTree.ts";

export type JobFormat = "svg" | "csv" | "json" | "pptx" | "png-svg";

export interface ExportJob {
  format: JobFormat;
  version: Version;
  collapsed: string[];
  scope: ExportScope;
  block: TitleBlock;
  kindLabels: Record<UnitKind, string>;
  theme?: ExportTheme;
  pptxMissions?: boolean;
  now: number;
}

export interface JobEngine {
  layoutTree: typeof layoutTree;
  metrics: typeof CARD_METRICS;
}

/** The file's content; for « png-svg », the SVG to rasterise and its size in CSS pixels. */
export type JobResult = { content: string | Uint8Array; width?: number; height?: number };

export function runExport(job: ExportJob, engine: JobEngine, progress: (phase: string) => void = () => {}): JobResult {
  progress("Préparation des unités");
  const index = indexVersion(job.version);
  const scoped = scopeUnits(index, new Set(job.collapsed), job.scope);
  const kindLabel = (k: Unit["kind"]) => job.kindLabels[k];
  if (job.format === "csv") {
    progress("Écriture du CSV");
    return { content: writeUnitsCsv({ index, units: scoped.units, kindLabel, block: job.block }) };
  }
  if (job.format === "json") {
    progress("Écriture du JSON");
    return { content: writeVersionJson(job.version, scoped) };
  }
  progress("Mise en page de l'organigramme");
  const layout = engine.layoutTree(layoutInput(scoped), { collapsed: scoped.collapsed });
  if (job.format === "pptx") {
    progress("Écriture de la présentation");
    const missionUnits = job.pptxMissions ? scoped.units.filter((u) => u.missions.status === "described") : [];
    return { content: writePptx({ layout, units: index.byId, kindLabel, block: job.block, fontSize: engine.metrics.fontSize, missionUnits, now: new Date(job.now) }) };
  }
  const input: SvgChartInput = { layout, metrics: engine.metrics, units: index.byId, kindLabel, block: job.block, theme: job.theme };
  progress("Écriture du dessin");
  if (job.format === "svg") return { content: writeSvg(input) };
  const chart = buildSvgChart(input);
  return { content: serializeSvg(chart.root), width: chart.width, height: chart.height };
}
