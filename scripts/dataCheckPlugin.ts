// Vite plugin: validates data/ at dev start and build start, so a broken data file fails
// `vite build` naming the file and JSON path. In dev it re-validates when a data/*.json
// changes and logs the errors (and shows them in the browser overlay).
// Skipped under vitest: tests/unit/domain/realData.test.ts checks the real files there.
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
    configureServer(server) {
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
