// @vitest-environment node
import { describe, expect, it } from "vitest";
import { initialAssets } from "../../../scripts/check-size.ts";
import { deferEntry } from "../../../scripts/deferredEntryPlugin.ts";
import { fontsToPreload, trimFontFaces } from "../../../scripts/dsfrFontsPlugin.ts";

const face = (file: string, weight: number, style: string, family = "Marianne") =>
  `@font-face{font-family:${family};src:url(./${file}.woff2)format("woff2");font-weight:${weight};font-style:${style};font-display:swap}`;

describe("trimFontFaces", () => {
  const css = [
    face("Marianne-Light", 300, "normal"),
    face("Marianne-Regular", 400, "normal"),
    face("Marianne-Regular_Italic", 400, "italic"),
    face("Marianne-Medium", 500, "normal"),
    face("Marianne-Bold", 700, "normal"),
    face("Marianne-Bold_Italic", 700, "italic"),
    face("Spectral-Regular", 400, "italic", "Spectral"),
    ".fr-btn{font-weight:500}",
  ].join("");
  const trimmed = trimFontFaces(css);

  it("keeps the upright regular and bold Marianne faces and drops light, medium and italic ones", () => {
    for (const kept of ["Marianne-Regular.", "Marianne-Bold."]) expect(trimmed).toContain(kept);
    for (const dropped of ["Marianne-Light", "Marianne-Medium", "Regular_Italic", "Bold_Italic"]) expect(trimmed).not.toContain(dropped);
  });

  it("turns font-display swap into optional for every face it keeps", () => {
    expect(trimmed.match(/font-display:\s*optional/g)).toHaveLength(3);
    expect(trimmed).not.toContain("swap");
  });

  it("keeps the faces of other families, italic ones included, and ordinary rules", () => {
    expect(trimmed).toContain("Spectral-Regular.woff2");
    expect(trimmed).toContain(".fr-btn{font-weight:500}");
  });
});

describe("fontsToPreload", () => {
  it("picks the woff2 files of the Marianne faces trimFontFaces keeps (regular and bold), not the woff fallbacks or other faces", () => {
    const css = trimFontFaces(
      [
        face("Marianne-Bold-a1", 700, "normal"),
        face("Marianne-Regular-c_3", 400, "normal"),
        face("Marianne-Regular_Italic-d4", 400, "italic"),
        face("Marianne-Medium-g7", 500, "normal"),
        face("Spectral-Regular-e5", 400, "normal", "Spectral"),
      ].join(""),
    );
    const files = ["assets/Marianne-Bold-a1.woff2", "assets/Marianne-Bold-b2.woff", "assets/Marianne-Regular-c_3.woff2", "assets/Marianne-Regular_Italic-d4.woff2", "assets/Marianne-Medium-g7.woff2", "assets/Spectral-Regular-e5.woff2", "assets/index-f6.js"];
    expect(fontsToPreload(css, files)).toEqual(["assets/Marianne-Bold-a1.woff2", "assets/Marianne-Regular-c_3.woff2"]);
  });
});

describe("deferEntry", () => {
  const built = [
    "<html><head><title>T</title>",
    '<link rel="preload" href="./dgos-data.json" as="fetch" crossorigin="anonymous" />',
    '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
    '<link rel="stylesheet" crossorigin href="./assets/index-def.css">',
    "</head><body><div id=\"root\"></div></body></html>",
  ].join("\n");
  const html = deferEntry(built, "./assets/benchMode-xyz.js");

  it("replaces the entry script and the data preload with one loader that names both", () => {
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('rel="preload"');
    expect(html).toMatch(/<script data-entry="\.\/assets\/index-abc\.js" data-data="\.\/dgos-data\.json">/);
  });

  it("adds an early preloader before the stylesheet, naming the entry, the data and bench mode's chunk", () => {
    const early = html.indexOf('data-bench="./assets/benchMode-xyz.js"');
    expect(early).toBeGreaterThan(html.indexOf("</title>"));
    expect(early).toBeLessThan(html.indexOf("index-def.css"));
    expect(html.slice(early)).toMatch(/^data-bench="[^"]*">\(function \(me\) \{\n {2}if \(!location\.search/);
  });

  it("keeps the stylesheet render-blocking in the head and puts the loader at the end of the body", () => {
    expect(html.indexOf("index-def.css")).toBeLessThan(html.indexOf("</head>"));
    expect(html.lastIndexOf("data-entry")).toBeGreaterThan(html.indexOf('<div id="root">'));
    expect(html.lastIndexOf("<script")).toBeGreaterThan(html.indexOf('<div id="root">'));
  });

  it("fails the build when the title, before which the early preloader goes, is missing", () => {
    expect(() => deferEntry(built.replace("<title>T</title>", ""))).toThrow(/no <title>/);
  });

  it("fails the build when the entry script is missing", () => {
    expect(() => deferEntry(built.replace(/<script type="module"[^\n]*/, ""))).toThrow(/no <script type="module"/);
  });

  it("is counted by the size budget through its data-entry attribute", () => {
    expect([...initialAssets(html)].sort()).toEqual(["./assets/index-abc.js", "./assets/index-def.css"]);
  });
});
