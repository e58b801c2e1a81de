// Vite plugin: the DSFR's Marianne, trimmed to what the first screen needs.
//
// - font-display: optional instead of swap, for every face of the DSFR stylesheet. Swap re-flows
//   the whole page when the font arrives (a layout shift of the screen); optional keeps the
//   fallback for the visit if the font is not there in time, and uses Marianne from the cache
//   afterwards.
// - Only the regular (400) and bold (700) upright faces are declared. The six others (~43 KB
//   each) are dropped: the app has no light text; DSFR's medium (500: buttons, segmented
//   labels) falls back to Marianne regular, and the few italics (source quotes, « par
//   filiation ») are synthetic obliques of the regular face. Each face the first screen uses
//   is a request on the critical path of a mobile first visit: with four faces Lighthouse
//   performance was 0.92–0.99 from run to run; with two, preloaded, 1.00 (README, Performance).
// - Both kept faces are preloaded (build only). Chrome uses an optional font on a first visit
//   only if it was preloaded (it then waits up to ~100 ms for it); otherwise the whole first
//   visit is in the fallback font. Preloaded, they are also off Lighthouse's first-paint path.
import type { HtmlTagDescriptor, Plugin, Rollup } from "vite";

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const MARIANNE = /font-family:\s*["']?Marianne\b/i;

const baseName = (path: string) => path.split("/").pop() ?? path;

/** True for the Marianne faces the app does without: anything but upright 400 and 700. */
function isDroppedFace(rule: string): boolean {
  if (!MARIANNE.test(rule)) return false;
  return /font-style:\s*italic/i.test(rule) || !/font-weight:\s*(400|700)\b/.test(rule);
}

/** Applies both changes to a stylesheet's text (optional display for every face it keeps, Spectral included). */
export function trimFontFaces(css: string): string {
  if (!css.includes("Marianne")) return css;
  return css.replace(FONT_FACE, (rule) => (isDroppedFace(rule) ? "" : rule.replaceAll(/font-display:\s*swap/g, "font-display: optional")));
}

/**
 * The bundle files (among `fileNames`) that are the woff2 of a Marianne face `css` declares:
 * what trimFontFaces kept is what gets preloaded, with no second list to keep in step.
 */
export function fontsToPreload(css: string, fileNames: readonly string[]): string[] {
  const declared = new Set<string>();
  for (const rule of css.match(FONT_FACE) ?? []) {
    if (!MARIANNE.test(rule)) continue;
    for (const url of rule.matchAll(/url\(\s*["']?([^"')?#]+\.woff2)/g)) declared.add(baseName(url[1] as string));
  }
  return fileNames.filter((name) => declared.has(baseName(name))).sort();
}

/** The text of every stylesheet in the bundle. */
function bundledCss(bundle: Rollup.OutputBundle): string {
  return Object.values(bundle)
    .flatMap((file) => (file.type === "asset" && file.fileName.endsWith(".css") ? [String(file.source)] : []))
    .join("\n");
}

export function dsfrFontsPlugin(): Plugin {
  let base = "/";
  return {
    name: "dgos-dsfr-fonts",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle) return []; // dev: fonts come from node_modules, no preload
        return fontsToPreload(bundledCss(ctx.bundle), Object.keys(ctx.bundle)).map((fileName) => ({
          tag: "link",
          attrs: { rel: "preload", href: `${base}${fileName}`, as: "font", type: "font/woff2", crossorigin: "anonymous" },
          injectTo: "head",
        }));
      },
    },
    transform(code, id) {
      // Runs on the compiled stylesheet (the DSFR file is inlined through main.css's @import).
      if (!/\.css($|\?)/.test(id) || !code.includes("Marianne")) return null;
      return { code: trimFontFaces(code), map: null };
    },
    // The dropped faces' files were already emitted when the stylesheet's url()s were resolved:
    // remove the font files no stylesheet refers to any more, so they are not published.
    generateBundle(_options, bundle) {
      const css = bundledCss(bundle);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === "asset" && /\.woff2?$/.test(name) && !css.includes(baseName(name))) delete bundle[name];
      }
    },
  };
}
