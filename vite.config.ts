import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { dataCheckPlugin } from "./scripts/dataCheckPlugin.ts";
import { prerenderPlugin } from "./scripts/prerenderPlugin.ts";

// Marianne without the late swap: the DSFR declares font-display: swap, which re-flows the page
// when the font arrives (a layout shift of the whole screen). "optional" keeps the fallback for
// the visit if the font is not there within ~100 ms, and uses Marianne from the cache afterwards.
function fontDisplayOptional(): Plugin {
  return {
    name: "dgos-font-display-optional",
    transform(code, id) {
      // Runs on the compiled stylesheet (the DSFR file is inlined through main.css's @import).
      if (!/\.css($|\?)/.test(id) || !code.includes("Marianne")) return null;
      return { code: code.replaceAll(/font-display:\s*swap/g, "font-display: optional"), map: null };
    },
  };
}

// The data files are validated here, at dev start and build time, so a broken file fails
// the build with its path; the app then trusts the bundled data and skips zod at start-up.
export default defineConfig({
  base: "./",
  plugins: [react(), dataCheckPlugin(), prerenderPlugin(), fontDisplayOptional()],
  resolve: { alias: { "d3-transition": fileURLToPath(new URL("./src/zoom/noTransition.ts", import.meta.url)) } },
  build: { target: "es2022", sourcemap: false },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
