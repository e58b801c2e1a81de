// Vite plugin (build only): the application code and the data are requested after the first
// paint, not in parallel with the stylesheet.
//
// Why: the default view is prerendered into index.html (prerenderPlugin), so HTML + CSS are
// enough to show it. On a slow mobile link the 100 KB of code shares the bandwidth with the
// stylesheet and delays that first paint; fetched just after it, the code arrives at about the
// same time as before (the link was busy anyway), but the page is readable ~1 s earlier.
// Starts at once where waiting buys nothing: a deep link (any query string; index.html's other
// script has then replaced the prerendered view with a loading message), and a hidden tab
// (opened in the background), which gets no animation frame. There, a second small script in the
// head requests the code and the data in parallel with the stylesheet (EARLY below).
import type { Plugin } from "vite";
import { escapeRegExp } from "../src/domain/glossaryText.ts";
import { DATA_FILE } from "./dataCheckPlugin.ts";

// ES5, inline, at the end of the body: runs before any module. Reads its two URLs from its own
// data attributes. Preloads the data itself only when EARLY (in the head) did not.
const LOADER = `(function (me) {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var entry = me.getAttribute("data-entry");
    if (!document.querySelector('link[rel="modulepreload"][href="' + entry + '"]')) {
      var data = document.createElement("link");
      data.rel = "preload";
      data.as = "fetch";
      data.crossOrigin = "anonymous";
      data.href = me.getAttribute("data-data");
      document.head.appendChild(data);
    }
    var app = document.createElement("script");
    app.type = "module";
    app.crossOrigin = "anonymous";
    app.src = entry;
    document.head.appendChild(app);
  }
  if (location.search || document.visibilityState === "hidden") start();
  else requestAnimationFrame(function () { setTimeout(start, 0); });
})(document.currentScript);`;

// ES5, inline, in the head before the stylesheet (so the stylesheet does not hold it back, as it
// holds back every script after it). Where the code starts at once (a deep link, a hidden tab), the
// entry and the data are requested here, in parallel with the stylesheet, instead of once the
// stylesheet has arrived and the end of the body is parsed; the module itself still runs from the
// body's loader, after #root exists. Bench mode (\`?dataset=synthetic-N\`, the same names as
// src/bench/benchMode.ts) preloads its chunk and its data instead of the real data, so the bench
// measures the path a deep link takes rather than three requests one after the other.
const EARLY = `(function (me) {
  if (!location.search && document.visibilityState !== "hidden") return;
  function link(rel, href, as) {
    var l = document.createElement("link");
    l.rel = rel;
    if (as) l.as = as;
    l.crossOrigin = "anonymous";
    l.href = href;
    document.head.appendChild(l);
  }
  link("modulepreload", me.getAttribute("data-entry"));
  var bench = [];
  try { bench = new URLSearchParams(location.search).getAll("dataset"); } catch (e) {}
  if (bench.length === 1 && /^synthetic-(100|1000|10000|100000)$/.test(bench[0]) && me.getAttribute("data-bench")) {
    link("modulepreload", me.getAttribute("data-bench"));
    link("preload", "./bench-data/" + bench[0] + ".json", "fetch");
  } else link("preload", me.getAttribute("data-data"), "fetch");
})(document.currentScript);`;

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const DATA_PRELOAD = new RegExp(`<link rel="preload" href="([^"]*${escapeRegExp(DATA_FILE)})" as="fetch" crossorigin="anonymous" />\\s*`);

/**
 * Replaces the built entry script and the data preload with the deferred loader (end of the body)
 * and the early preloader (head, after <title>); `benchChunk` is bench mode's lazy chunk, if known.
 * Throws if the entry, the data preload or the title is missing.
 */
export function deferEntry(html: string, benchChunk?: string): string {
  const entry = ENTRY.exec(html)?.[1];
  const data = DATA_PRELOAD.exec(html)?.[1];
  if (!entry) throw new Error("deferred entry: no <script type=\"module\" crossorigin src> in index.html");
  if (!data) throw new Error(`deferred entry: no preload of ${DATA_FILE} in index.html`);
  if (!html.includes("</title>")) throw new Error("deferred entry: no <title> in index.html");
  const loader = `<script data-entry="${entry}" data-data="${data}">${LOADER}</script>`;
  const early = `<script data-entry="${entry}" data-data="${data}"${benchChunk ? ` data-bench="${benchChunk}"` : ""}>${EARLY}</script>`;
  return html
    .replace(ENTRY, "")
    .replace(DATA_PRELOAD, "")
    .replace("</title>", `</title>\n    ${early}`)
    .replace("</body>", `${loader}\n  </body>`);
}

export function deferredEntryPlugin(): Plugin {
  let base = "./";
  return {
    name: "dgos-deferred-entry",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bench = Object.values(ctx.bundle ?? {}).find((c) => c.type === "chunk" && c.facadeModuleId?.endsWith("/src/bench/benchMode.ts"));
        return deferEntry(html, bench ? `${base}${bench.fileName}` : undefined);
      },
    },
  };
}
