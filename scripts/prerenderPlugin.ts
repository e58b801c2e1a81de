// Vite plugin (build only): renders the default view with src/prerender.tsx and writes it into
// the built index.html, marked data-prerendered, for src/main.tsx to hydrate. The first paint
// then shows the chart itself, not a loading message (largest contentful paint, no shift).
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createServer, type Plugin, type ResolvedConfig } from "vite";
import { dataDirOf } from "./checkDataDir.ts";
import { readDataFiles } from "./readDataFiles.ts";

export const PRERENDER_MARK = '<div id="root"><main class="app-loading"><p>Chargement de l\'organigramme…</p></main></div>';

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: "dgos-prerender",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    buildEnd(error) {
      failed = error !== undefined;
    },
    async closeBundle() {
      if (failed) return; // a failed build (broken data…) has no index.html: its own error is the one to show
      const file = resolve(config.root, config.build.outDir, "index.html");
      const html = readFileSync(file, "utf8");
      if (!html.includes(PRERENDER_MARK)) this.error(`prerender: the root placeholder is missing from ${file}`);
      // d3 packages are bundled by Vite for this render (their Node entry points are not usable as is).
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: "error",
        appType: "custom",
        server: { middlewareMode: true, hmr: false, watch: null },
        resolve: config.resolve,
        ssr: { noExternal: [/^d3-/] },
      });
      try {
        const { prerender } = (await server.ssrLoadModule("/src/prerender.tsx")) as { prerender: (files: Record<string, unknown>) => string };
        const body = prerender(readDataFiles(dataDirOf(config.root)));
        writeFileSync(file, html.replace(PRERENDER_MARK, `<div id="root" data-prerendered="">${body}</div>`));
      } finally {
        await server.close();
      }
    },
  };
}
