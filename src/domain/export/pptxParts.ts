// The fixed parts of a PowerPoint (Office Open XML, ECMA-376) package: content types,
// relationships, presentation, one blank master and layout, a theme. Hand-written rather than
// a library: the deck needs shapes, connectors and text only, and this stays a few KB.
import { escapeXml } from "./svgTree.ts";

export const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 16:9 slide, in EMU (914,400 per inch). */
export const SLIDE = { width: 12_192_000, height: 6_858_000 } as const;

export function xmlText(text: string): string {
  // Control characters other than tab and line breaks are not allowed in XML 1.0.
  // eslint-disable-next-line no-control-regex
  return escapeXml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ""));
}

function rels(items: ReadonlyArray<[id: string, type: string, target: string]>): string {
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;
}

const EMPTY_TREE = '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree>';

const THEME = `${HEAD}<a:theme xmlns:a="${NS_A}" name="Organigramme DGOS"><a:themeElements><a:clrScheme name="DGOS"><a:dk1><a:srgbClr val="161616"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="000091"/></a:dk2><a:lt2><a:srgbClr val="EEEEEE"/></a:lt2><a:accent1><a:srgbClr val="000091"/></a:accent1><a:accent2><a:srgbClr val="E1000F"/></a:accent2><a:accent3><a:srgbClr val="3A3A3A"/></a:accent3><a:accent4><a:srgbClr val="929292"/></a:accent4><a:accent5><a:srgbClr val="6A6AF4"/></a:accent5><a:accent6><a:srgbClr val="18753C"/></a:accent6><a:hlink><a:srgbClr val="000091"/></a:hlink><a:folHlink><a:srgbClr val="6A6AF4"/></a:folHlink></a:clrScheme><a:fontScheme name="DGOS"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="DGOS"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="28575"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

/** Every file of the package but the slides' own XML, for `slideCount` slides. */
export function packageParts(input: { slideCount: number; title: string; created: Date }): Record<string, string> {
  const n = input.slideCount;
  const slideIds = Array.from({ length: n }, (_, i) => i + 1);
  const files: Record<string, string> = {};
  files["[Content_Types].xml"] =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/ppt/presentation.xml" ContentType="${CT}.presentationml.presentation.main+xml"/>` +
    `<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${CT}.presentationml.slideMaster+xml"/>` +
    `<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="${CT}.presentationml.slideLayout+xml"/>` +
    `<Override PartName="/ppt/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
    slideIds.map((i) => `<Override PartName="/ppt/slides/slide${i}.xml" ContentType="${CT}.presentationml.slide+xml"/>`).join("") +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  files["_rels/.rels"] = rels([
    ["rId1", `${REL}/officeDocument`, "ppt/presentation.xml"],
    ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
  ]);
  files["docProps/core.xml"] =
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(input.title)}</dc:title><dc:creator>Organigramme DGOS</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${input.created.toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created></cp:coreProperties>`;
  files["ppt/presentation.xml"] =
    `${HEAD}<p:presentation xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:p="${NS_P}">` +
    `<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
    `<p:sldIdLst>${slideIds.map((i) => `<p:sldId id="${255 + i}" r:id="rId${i + 2}"/>`).join("")}</p:sldIdLst>` +
    `<p:sldSz cx="${SLIDE.width}" cy="${SLIDE.height}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`;
  files["ppt/_rels/presentation.xml.rels"] = rels([
    ["rId1", `${REL}/slideMaster`, "slideMasters/slideMaster1.xml"],
    ["rId2", `${REL}/theme`, "theme/theme1.xml"],
    ...slideIds.map((i): [string, string, string] => [`rId${i + 2}`, `${REL}/slide`, `slides/slide${i}.xml`]),
  ]);
  files["ppt/slideMasters/slideMaster1.xml"] =
    `${HEAD}<p:sldMaster xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:p="${NS_P}"><p:cSld>${EMPTY_TREE}</p:cSld>` +
    `<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>` +
    `<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`;
  files["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = rels([
    ["rId1", `${REL}/slideLayout`, "../slideLayouts/slideLayout1.xml"],
    ["rId2", `${REL}/theme`, "../theme/theme1.xml"],
  ]);
  files["ppt/slideLayouts/slideLayout1.xml"] =
    `${HEAD}<p:sldLayout xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:p="${NS_P}" type="blank" preserve="1"><p:cSld name="Vide">${EMPTY_TREE}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`;
  files["ppt/slideLayouts/_rels/slideLayout1.xml.rels"] = rels([["rId1", `${REL}/slideMaster`, "../slideMasters/slideMaster1.xml"]]);
  files["ppt/theme/theme1.xml"] = THEME;
  for (const i of slideIds) files[`ppt/slides/_rels/slide${i}.xml.rels`] = rels([["rId1", `${REL}/slideLayout`, "../slideLayouts/slideLayout1.xml"]]);
  return files;
}

export function slideXml(shapes: readonly string[]): string {
  return (
    `${HEAD}<p:sld xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:p="${NS_P}"><p:cSld><p:spTree>` +
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>' +
    `${shapes.join("")}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`
  );
}
