import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { cspPlugin } from "./scripts/cspPlugin.ts";
import { dataCheckPlugin } from "./scripts/dataCheckPlugin.ts";
import { deferredEntryPlugin } from "./scripts/deferredEntryPlugin.ts";
import { dsfrFontsPlugin } from "./scripts/dsfrFontsPlugin.ts";
import { dsfrPurge, sourceDsfrClasses } from "./scripts/dsfrPurge.ts";
import { prerenderPlugin } from "./scripts/prerenderPlugin.ts";
import { prefitPlugin } from "./scripts/prefitPlugin.ts";

// The data files are validated here, at dev start and build time, so a broken file fails
// the build with its path; the app then trusts the bundled data and skips zod at start-up.
export default defineConfig({
  base: "./",
  plugins: [react(), dataCheckPlugin(), prerenderPlugin(), prefitPlugin(), deferredEntryPlugin(), cspPlugin(), dsfrFontsPlugin()],
  resolve: {
    alias: {
      "d3-transition": fileURLToPath(new URL("./src/zoom/noTransition.ts", import.meta.url)),
      "d3-color": fileURLToPath(new URL("./src/zoom/noColor.ts", import.meta.url)),
    },
  },
  // The DSFR stylesheet without the rules of classes the app never writes (scripts/dsfrPurge.ts).
  // The classes are read when this config loads: restart `npm run dev` after using a new DSFR class.
  css: { postcss: { plugins: [dsfrPurge(sourceDsfrClasses(fileURLToPath(new URL(".", import.meta.url))))] } },
  build: { target: "es2022", sourcemap: false },
  // Module workers (both are created with { type: "module" }) can load chunks on demand: the
  // Excel reader is fetched by the parse worker only when a workbook is opened.
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  // The policy and security headers of deploy/ (scripts/cspPlugin.ts adds them to vite preview).
  preview: { host: "127.0.0.1" },
});
