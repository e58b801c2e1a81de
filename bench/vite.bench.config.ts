// Bench-only build of the competitor pages (d3-org-chart, react-d3-tree) into
// dist/competitors/. Separate from vite.config.ts so they never ship in the app build.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./competitors"),
  base: "./",
  logLevel: "warn",
  plugins: [react()],
  build: {
    outDir: here("../dist/competitors"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    rolldownOptions: {
      input: { "d3-org-chart": here("./competitors/d3-org-chart.html"), "react-d3-tree": here("./competitors/react-d3-tree.html") },
    },
  },
});
