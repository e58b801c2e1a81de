// Vite plugin (build only): the application code and the data are requested after the first
// paint, not in parallel with the stylesheet.
//
// Why: the default view is prerendered into index.html (prerenderPlugin), so HTML + CSS are
// enough to show it. On a slow mobile link the 100 KB of code shares the bandwidth with the
// stylesheet and delays that first paint; fetched just after it, the code arrives at about the
// same time as before (the link was busy anyway), but the page is readable ~1 s earlier.
// Starts at once where waiting buys nothing: a deep link (any query string; index.html's other
// script has then replaced the prerendered view with a loading message), and a hidden tab
// (opened in the background), which gets no animation frame.
import type { Plugin } from "vite";
import { escapeRegExp } from "../src/domain/glossaryText.ts";
import { DATA_FILE } from "./dataCheckPlugin.ts";

// ES5, inline: runs before any module. Reads its two URLs from its own data attributes.
const LOADER = `(function (me) {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var data = document.createElement("link");
    data.rel = "preload";
    data.as = "fetch";
    data.crossOrigin = "anonymous";
    data.href = me.getAttribute("data-data");
    document.head.appendChild(data);
    var app = document.createElement("script");
    app.type = "module";
    app.crossOrigin = "anonymous";
    app.src = me.getAttribute("data-entry");
    document.head.appendChild(app);
  }
  if (location.search || document.visibilityState === "hidden") start();
  else requestAnimationFrame(function () { setTimeout(start, 0); });
})(document.currentScript);`;

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const DATA_PRELOAD = new RegExp(`<link rel="preload" href="([^"]*${escapeRegExp(DATA_FILE)})" as="fetch" crossorigin="anonymous" />\\s*`);

/** Replaces the built entry script and the data preload with the deferred loader; throws if either is missing. */
export function deferEntry(html: string): string {
  const entry = ENTRY.exec(html)?.[1];
  const data = DATA_PRELOAD.exec(html)?.[1];
  if (!entry) throw new Error("deferred entry: no <script type=\"module\" crossorigin src> in index.html");
  if (!data) throw new Error(`deferred entry: no preload of ${DATA_FILE} in index.html`);
  const loader = `<script data-entry="${entry}" data-data="${data}">${LOADER}</script>`;
  return html.replace(ENTRY, "").replace(DATA_PRELOAD, "").replace("</body>", `${loader}\n  </body>`);
}

export function deferredEntryPlugin(): Plugin {
  return {
    name: "dgos-deferred-entry",
    apply: "build",
    transformIndexHtml: { order: "post", handler: (html) => deferEntry(html) },
  };
}
