// Turns the dialog's choices into a file: scope → layout (src/layout) → a pure writer
// (src/domain/export). Lazy-loaded with the dialog.
import type { VersionIndex } from "../../domain/hierarchy.ts";
import type { Dataset, Unit } from "../../domain/schema.ts";
import { writeUnitsCsv } from "../../domain/export/csv.ts";
import { exportFileName } from "../../domain/export/fileName.ts";
import { writeVersionJson } from "../../domain/export/json.ts";
import { layoutInput, scopeUnits, type ExportScope, type ScopedUnits } from "../../domain/export/scope.ts";
import { buildSvgChart, writeSvg, type ExportTheme, type SvgChart } from "../../domain/export/svg.ts";
import { buildTitleBlock, type TitleBlock } from "../../domain/export/titleBlock.ts";
import { formatUrlState, defaultUrlState } from "../../state/urlState.ts";
import { KIND_LABELS } from "../labels.ts";
import type { LayoutEngine } from "./types.ts";

export const kindLabel = (kind: Unit["kind"]) => KIND_LABELS[kind];

export interface ExportContext {
  dataset: Dataset;
  index: VersionIndex;
  collapsed: ReadonlySet<string>;
  /** Page address without the query (origin + path). */
  base: string;
  now: Date;
  engine: LayoutEngine;
}

export interface Prepared {
  scoped: ScopedUnits;
  block: TitleBlock;
}

export function prepare(ctx: ExportContext, scope: ExportScope): Prepared {
  const scoped = scopeUnits(ctx.index, ctx.collapsed, scope);
  const version = ctx.index.version;
  const whole = scoped.root.parent === null;
  const state = { ...defaultUrlState(ctx.dataset), version: version.id, unit: whole ? null : scoped.root.id };
  const folded = scoped.collapsed.size > 0 ? " (branches repliées comme à l'écran)" : "";
  const block = buildTitleBlock({
    version,
    documents: ctx.dataset.sources.documents,
    scope: (whole ? "Toute l'organisation" : `${scoped.root.name} et ses unités rattachées`) + folded,
    date: ctx.now,
    address: ctx.base + formatUrlState(state, ctx.dataset),
  });
  return { scoped, block };
}

export function chartOf(ctx: ExportContext, p: Prepared, theme: ExportTheme = "light"): SvgChart {
  const layout = ctx.engine.layoutTree(layoutInput(p.scoped), { collapsed: p.scoped.collapsed });
  return buildSvgChart({ layout, metrics: ctx.engine.metrics, units: ctx.index.byId, kindLabel, block: p.block, theme });
}

export type TextFormat = "svg" | "csv" | "json";

export function textFile(ctx: ExportContext, p: Prepared, format: TextFormat): { name: string; content: string; type: string } {
  const name = exportFileName({ version: ctx.index.version.id, root: p.scoped.root, extension: format });
  if (format === "csv") return { name, content: writeUnitsCsv({ index: ctx.index, units: p.scoped.units, kindLabel, block: p.block }), type: "text/csv;charset=utf-8" };
  if (format === "json") return { name, content: writeVersionJson(ctx.index.version, p.scoped), type: "application/json" };
  const layout = ctx.engine.layoutTree(layoutInput(p.scoped), { collapsed: p.scoped.collapsed });
  return { name, content: writeSvg({ layout, metrics: ctx.engine.metrics, units: ctx.index.byId, kindLabel, block: p.block }), type: "image/svg+xml" };
}
