// Vite plugin: validates data/ at dev start and build start, so a broken data file fails
// `vite build` naming the file and JSON path. In dev it re-validates when a data/*.json
// changes and logs the errors (and shows them in the browser overlay).
// Validation is skipped under vitest (tests/unit/domain/realData.test.ts checks the real files).
//
// It also publishes the data as one static file, DATA_FILE, that the app fetches at start-up
// (preloaded by index.html, in parallel with the code): data stays out of the JavaScript, so a
// new organisation does not invalidate the cached app, and the code stays within its budget.
import { join, relative, sep } from "node:path";
import type { Plugin } from "vite";
import { formatDataError } from "../src/domain/dataErrors.ts";
import { validateDataset } from "../src/domain/validateDataset.ts";
import { readDataFiles } from "./readDataFiles.ts";

function checkData(dataDir: string): string[] {
  const result = validateDataset(readDataFiles(dataDir));
  return result.ok ? [] : result.errors.map(formatDataError);
}

function report(errors: string[]): string {
  return `data/ is invalid (${errors.length} error${errors.length === 1 ? "" : "s"}):\n${errors.join("\n")}`;
}

export const DATA_FILE = "dgos-data.json";

export function dataCheckPlugin(): Plugin {
  let dataDir = "data";
  const enabled = !process.env.VITEST;
  return {
    name: "dgos-data-check",
    configResolved(config) {
      dataDir = join(config.root, "data");
    },
    buildStart() {
      if (!enabled) return;
      const errors = checkData(dataDir);
      if (errors.length > 0) this.error(report(errors));
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: DATA_FILE, source: JSON.stringify(readDataFiles(dataDir)) });
    },
    configureServer(server) {
      server.middlewares.use(`/${DATA_FILE}`, (_req, res) => {
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify(readDataFiles(dataDir)));
      });
      if (!enabled) return;
      server.watcher.add(dataDir);
      let failing = false;
      const onFileEvent = (file: string) => {
        const rel = relative(dataDir, file);
        if (rel.includes(sep) || rel.startsWith("..") || !rel.endsWith(".json")) return;
        const errors = checkData(dataDir);
        if (errors.length > 0) {
          server.config.logger.error(report(errors), { timestamp: true });
          server.ws.send({ type: "error", err: { message: report(errors), stack: "", plugin: "dgos-data-check" } });
        } else if (failing) {
          server.config.logger.info("data/ is valid again", { timestamp: true });
        }
        failing = errors.length > 0;
      };
      for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, onFileEvent);
    },
  };
}
