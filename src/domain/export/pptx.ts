// The chart as a PowerPoint deck: one slide with the scope's tree drawn as editable boxes
// (rounded rectangles holding real text) joined by connectors glued to them, then optional
// slides listing each unit's missions. Pure: a deck model → a map of XML files → a zip (fflate).
import { zipSync, strToU8 } from "fflate";
import type { TreeLayout } from "../../layout/layoutTree.ts";
import type { Unit } from "../schema.ts";
import { unitGaps } from "./csv.ts";
import { packageParts, slideXml, SLIDE, xmlText } from "./pptxParts.ts";
import type { TitleBlock } from "./titleBlock.ts";

const EMU_PER_PX = 9525;
const MARGIN = 360_000;
const TITLE_H = 620_000;
const FOOTER_H = 420_000;

interface Para {
  text: string;
  /** Hundredths of a point. */
  size: number;
  bold?: boolean;
  color?: string;
  bullet?: boolean;
}

function paragraphs(paras: readonly Para[]): string {
  return paras
    .map((p) => {
      const ppr = p.bullet ? '<a:pPr marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr>' : "<a:pPr><a:buNone/></a:pPr>";
      const rpr = `<a:rPr lang="fr-FR" sz="${Math.max(100, Math.round(p.size))}"${p.bold ? ' b="1"' : ""} dirty="0"><a:solidFill><a:srgbClr val="${p.color ?? "161616"}"/></a:solidFill><a:latin typeface="Arial"/></a:rPr>`;
      return `<a:p>${ppr}<a:r>${rpr}<a:t>${xmlText(p.text)}</a:t></a:r></a:p>`;
    })
    .join("");
}

interface Box {
  id: number;
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  paras: Para[];
  /** A card (outlined, rounded) or a plain text frame. */
  card?: { rounded: boolean };
  inset?: number;
}

function shape(b: Box): string {
  const geom = b.card ? (b.card.rounded ? "roundRect" : "rect") : "rect";
  const fill = b.card ? '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>' : "<a:noFill/>";
  const line = b.card ? '<a:ln w="12700"><a:solidFill><a:srgbClr val="3A3A3A"/></a:solidFill></a:ln>' : "<a:ln><a:noFill/></a:ln>";
  const ins = b.inset ?? 45_720;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${b.id}" name="${xmlText(b.name)}"/><p:cNvSpPr${b.card ? "" : ' txBox="1"'}/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${Math.round(b.x)}" y="${Math.round(b.y)}"/><a:ext cx="${Math.max(1, Math.round(b.w))}" cy="${Math.max(1, Math.round(b.h))}"/></a:xfrm>` +
    `<a:prstGeom prst="${geom}"><a:avLst/></a:prstGeom>${fill}${line}</p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="${ins}" tIns="${ins}" rIns="${ins}" bIns="${ins}" anchor="t"><a:normAutofit/></a:bodyPr><a:lstStyle/>${paragraphs(b.paras)}</p:txBody></p:sp>`
  );
}

/** An orthogonal link as a connector glued to both cards (site 2 = bottom; 0 = top, 1 = left). */
function connector(id: number, from: number, to: number, toSite: number, points: ReadonlyArray<[number, number]>): string {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(1, Math.max(...xs) - x0);
  const h = Math.max(1, Math.max(...ys) - y0);
  const path = points.map(([x, y], i) => `<a:${i === 0 ? "moveTo" : "lnTo"}><a:pt x="${Math.round(x - x0)}" y="${Math.round(y - y0)}"/></a:${i === 0 ? "moveTo" : "lnTo"}>`).join("");
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Lien ${id}"/><p:cNvCxnSpPr><a:stCxn id="${from}" idx="2"/><a:endCxn id="${to}" idx="${toSite}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${Math.round(x0)}" y="${Math.round(y0)}"/><a:ext cx="${Math.round(w)}" cy="${Math.round(h)}"/></a:xfrm>` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${Math.round(w)}" h="${Math.round(h)}">${path}</a:path></a:pathLst></a:custGeom>` +
    `<a:ln w="12700"><a:solidFill><a:srgbClr val="929292"/></a:solidFill></a:ln></p:spPr></p:cxnSp>`
  );
}

/** « M10,20V30H40V50 » → points. The layout draws only M, H and V commands. */
export function pathPoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MHV])([^MHV]+)/g)) {
    const nums = (args as string).split(",").map(Number);
    if (cmd === "M") [x, y] = [nums[0] as number, nums[1] as number];
    else if (cmd === "H") x = nums[0] as number;
    else y = nums[0] as number;
    points.push([x, y]);
  }
  return points;
}

function headerBoxes(block: TitleBlock, title: string, ids: { next: number }): Box[] {
  const width = SLIDE.width - 2 * MARGIN;
  return [
    { id: ids.next++, name: "Titre", x: MARGIN, y: MARGIN / 2, w: width, h: TITLE_H, paras: [{ text: title, size: 2000, bold: true, color: "000091" }, { text: block.scope, size: 1200, bold: true }] },
    {
      id: ids.next++,
      name: "Sources",
      x: MARGIN,
      y: SLIDE.height - FOOTER_H - MARGIN / 4,
      w: width,
      h: FOOTER_H,
      paras: [{ text: `Sources : ${block.sources.join(" ; ")} — exporté le ${block.exportedOn} — ${block.address}`, size: 800, color: "3A3A3A" }],
    },
  ];
}

export interface PptxInput {
  layout: TreeLayout;
  units: ReadonlyMap<string, Unit>;
  kindLabel: (kind: Unit["kind"]) => string;
  block: TitleBlock;
  /** Card font size of the layout, in px (src/layout's CARD_METRICS.fontSize). */
  fontSize: number;
  /** Units to list with their missions, one slide each; none when empty. */
  missionUnits?: readonly Unit[];
  now: Date;
}

/** Every file of the deck, by path in the zip. */
export function pptxFiles(input: PptxInput): Record<string, string> {
  const { layout, block } = input;
  const ids = { next: 2 };
  const shapes = headerBoxes(block, block.title, ids).map(shape);
  const area = { x: MARGIN, y: MARGIN / 2 + TITLE_H + 80_000, w: SLIDE.width - 2 * MARGIN, h: SLIDE.height - MARGIN / 2 - TITLE_H - FOOTER_H - MARGIN / 2 - 80_000 };
  const b = layout.bounds;
  const scale = Math.min(area.w / Math.max(1, b.width * EMU_PER_PX), area.h / Math.max(1, b.height * EMU_PER_PX));
  const ox = area.x + (area.w - b.width * EMU_PER_PX * scale) / 2;
  const at = (x: number, y: number): [number, number] => [ox + (x - b.x) * EMU_PER_PX * scale, area.y + (y - b.y) * EMU_PER_PX * scale];
  // Point size follows the drawing's scale (px → pt is × 0.75), so the text fits its card.
  const nameSize = input.fontSize * 0.75 * scale * 100;
  const shapeId = new Map<string, number>();
  for (const n of layout.nodes) {
    const unit = input.units.get(n.id);
    const [x, y] = at(n.x, n.y);
    const id = ids.next++;
    shapeId.set(n.id, id);
    const kind = unit ? input.kindLabel(unit.kind).toUpperCase() : "";
    const more = n.collapsed ? ` (+${n.childCount} non affichées)` : "";
    shapes.push(
      shape({
        id,
        name: unit?.code ?? n.id,
        x,
        y,
        w: n.width * EMU_PER_PX * scale,
        h: n.height * EMU_PER_PX * scale,
        card: { rounded: unit?.kind !== "bureau" },
        inset: Math.round(6 * EMU_PER_PX * scale),
        paras: [
          { text: unit?.code ? `${kind} · ${unit.code}` : kind, size: nameSize * 0.75, bold: true, color: "3A3A3A" },
          { text: (unit?.name ?? n.lines.join(" ")) + more, size: nameSize },
        ],
      }),
    );
  }
  for (const l of layout.links) {
    const from = shapeId.get(l.source);
    const to = shapeId.get(l.target);
    if (from === undefined || to === undefined) continue;
    const stacked = layout.byId.get(l.target)?.stacked ?? false;
    shapes.push(connector(ids.next++, from, to, stacked ? 1 : 0, pathPoints(l.path).map(([x, y]) => at(x, y))));
  }
  const slides = [slideXml(shapes)];

  for (const unit of input.missionUnits ?? []) {
    const ids2 = { next: 2 };
    const title = unit.code ? `${unit.code} – ${unit.name}` : unit.name;
    const [head, foot] = headerBoxes(block, title, ids2) as [Box, Box];
    head.paras[1] = { text: `${input.kindLabel(unit.kind)} — ${block.title}`, size: 1200, bold: true };
    const items: Para[] =
      unit.missions.status === "described" ? unit.missions.items.map((m) => ({ text: m, size: 1400, bullet: true })) : [];
    for (const gap of unitGaps(unit)) items.push({ text: gap, size: 1200, color: "3A3A3A" });
    items.push({ text: `Source : ${[...new Set(unit.sources.map((s) => s.file))].join(", ")}`, size: 1000, color: "3A3A3A" });
    const body: Box = { id: ids2.next++, name: "Missions", x: MARGIN, y: area.y, w: area.w, h: area.h, paras: items };
    slides.push(slideXml([head, foot, body].map(shape)));
  }

  const files = packageParts({ slideCount: slides.length, title: `${block.title} — ${block.scope}`, created: input.now });
  slides.forEach((xml, i) => (files[`ppt/slides/slide${i + 1}.xml`] = xml));
  return files;
}

/** The .pptx file: the parts zipped (deflate), [Content_Types].xml first as Office expects. */
export function writePptx(input: PptxInput): Uint8Array {
  const files = pptxFiles(input);
  const entries: Record<string, Uint8Array> = {};
  const order = ["[Content_Types].xml", ...Object.keys(files).filter((k) => k !== "[Content_Types].xml")];
  for (const name of order) entries[name] = strToU8(files[name] as string);
  return zipSync(entries, { level: 6 });
}
