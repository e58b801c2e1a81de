// The chart as a self-contained SVG built from src/layout's tree layout (no second layout):
// a title block, the links, then one group per card with its kind/code and wrapped name as
// real text. Black-and-white safe: cards differ by outline, not only by colour.
import type { CARD_METRICS, TreeLayout } from "../../layout/layoutTree.ts";
import { wrapText } from "../../layout/wrapText.ts";
import type { Unit } from "../schema.ts";
import { el, serializeSvg, type SvgNode } from "./svgTree.ts";
import { titleLines, type TitleBlock } from "./titleBlock.ts";

export type ExportTheme = "light" | "dark";

const PALETTES = {
  light: { page: "#ffffff", card: "#ffffff", stroke: "#3a3a3a", link: "#929292", kind: "#3a3a3a", name: "#161616", title: "#000091", meta: "#3a3a3a" },
  dark: { page: "#161616", card: "#1e1e1e", stroke: "#cecece", link: "#777777", kind: "#cecece", name: "#f6f6f6", title: "#8585f6", meta: "#cecece" },
} as const;

export const FONT_FAMILY = "Marianne, Arial, Helvetica, sans-serif";
const PAD = 24;
const MIN_WIDTH = 720;

export interface SvgChartInput {
  layout: TreeLayout;
  /** The card metrics the layout used (src/layout's CARD_METRICS). */
  metrics: Pick<typeof CARD_METRICS, "paddingX" | "fontSize" | "lineHeight">;
  units: ReadonlyMap<string, Unit>;
  kindLabel: (kind: Unit["kind"]) => string;
  block: TitleBlock;
  theme?: ExportTheme;
  /** Print draws the title in HTML on every page: the chart alone is wanted then. */
  withTitleBlock?: boolean;
  /** A word per unit added to its card's header (the comparison's class, e.g. « ✎ renommé »). */
  marks?: ReadonlyMap<string, string>;
}

export interface SvgChart {
  root: SvgNode;
  width: number;
  height: number;
  /** Where the layout's origin lands in the SVG (layout coordinates + offset = SVG coordinates). */
  offset: { x: number; y: number };
}

function titleBlockNodes(block: TitleBlock, width: number, p: (typeof PALETTES)[ExportTheme]): { nodes: SvgNode[]; height: number } {
  const nodes: SvgNode[] = [];
  let y = PAD;
  const add = (text: string, size: number, fill: string, bold = false) => {
    for (const line of wrapText(text, width - 2 * PAD, size)) {
      y += Math.round(size * 1.3);
      nodes.push(el("text", { x: PAD, y, "font-size": size, "font-weight": bold ? 700 : undefined, fill }, [line]));
    }
  };
  add(block.title, 22, p.title, true);
  add(block.scope, 15, p.name, true);
  add(`Sources : ${block.sources.join(" ; ")}`, 12, p.meta);
  add(`Exporté le ${block.exportedOn} — même vue dans l'application : ${block.address}`, 12, p.meta);
  return { nodes: [el("g", { id: "bloc-titre" }, nodes)], height: y + PAD };
}

function cardNode(node: TreeLayout["nodes"][number], unit: Unit | undefined, input: SvgChartInput, p: (typeof PALETTES)[ExportTheme]): SvgNode {
  const kind = unit ? input.kindLabel(unit.kind).toUpperCase() : "";
  const mark = input.marks?.get(node.id);
  const header = [kind, unit?.code, mark].filter(Boolean).join(" · ");
  const m = input.metrics;
  const children: SvgNode[] = [
    el("rect", { width: node.width, height: node.height, rx: unit?.kind === "bureau" ? 4 : 10, fill: p.card, stroke: p.stroke, "stroke-width": 1.5 }),
    el("text", { x: m.paddingX, y: 18, "font-size": 11, "font-weight": 700, "letter-spacing": 0.4, fill: p.kind }, [header]),
    el(
      "text",
      { x: m.paddingX, y: 38, "font-size": m.fontSize, fill: p.name },
      node.lines.map((line, i) => el("tspan", { x: m.paddingX, dy: i === 0 ? 0 : m.lineHeight }, [i < node.lines.length - 1 ? `${line} ` : line])),
    ),
  ];
  if (node.collapsed) {
    // Folded on screen: say how many units are left out rather than hide that they exist.
    children.push(
      el("g", { transform: `translate(${node.width / 2},${node.height})` }, [
        el("rect", { x: -22, y: -9, width: 44, height: 18, rx: 9, fill: p.card, stroke: p.stroke }),
        el("text", { y: 4, "font-size": 11, "text-anchor": "middle", fill: p.name }, [`+${node.childCount}`]),
      ]),
    );
  }
  return el("g", { id: `unite-${node.id}`, transform: `translate(${node.x},${node.y})` }, children);
}

export function buildSvgChart(input: SvgChartInput): SvgChart {
  const p = PALETTES[input.theme ?? "light"];
  const { bounds } = input.layout;
  const width = Math.ceil(Math.max(MIN_WIDTH, bounds.width + 2 * PAD));
  const head = input.withTitleBlock === false ? { nodes: [], height: PAD } : titleBlockNodes(input.block, width, p);
  const height = Math.ceil(head.height + bounds.height + PAD + 12);
  const dx = (width - bounds.width) / 2 - bounds.x;
  const dy = head.height - bounds.y;
  const links = input.layout.links.map((l) => el("path", { d: l.path }));
  const cards = input.layout.nodes.map((n) => cardNode(n, input.units.get(n.id), input, p));
  const [title = "", ...rest] = titleLines(input.block);
  const root = el(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", version: "1.1", width, height, viewBox: `0 0 ${width} ${height}`, "font-family": FONT_FAMILY },
    [
      el("title", {}, [title]),
      el("desc", {}, [rest.join("\n")]),
      el("rect", { width, height, fill: p.page }),
      ...head.nodes,
      el("g", { id: "organigramme", transform: `translate(${dx},${dy})` }, [
        el("g", { id: "liens", fill: "none", stroke: p.link, "stroke-width": 1.5 }, links),
        el("g", { id: "unites" }, cards),
      ]),
    ],
  );
  return { root, width, height, offset: { x: dx, y: dy } };
}

export function writeSvg(input: SvgChartInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(buildSvgChart(input).root)}\n`;
}
