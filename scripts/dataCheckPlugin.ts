// Vite plugin: validates data/ at dev start and build start with the very check of
// npm run check:data (scripts/checkDataDir.ts), prints the same lines, and stops there: no
// later build step runs, so their own failures (no index.html to prerender…) cannot hide the
// data errors. In dev it re-validates when a data/*.json changes and logs the errors (and
// shows them in the browser overlay). Validation is skipped under vitest
// (tests/unit/domain/realData.test.ts checks the real files).
//
// It also publishes the data as one static file, DATA_FILE, that the app fetches at start-up
// (preloaded by index.html, in parallel with the code): data stays out of the JavaScript, so a
// new organisation does not invalidate the cached app, and the code stays within its budget.
import { relative, sep } from "node:path";
import type { Plugin } from "vite";
import { dataReportLines } from "../src/domain/dataReport.ts";
import { checkDataDir, dataDirOf } from "./checkDataDir.ts";
import { readDataFiles } from "./readDataFiles.ts";

export const DATA_FILE = "dgos-data.json";

/** The lines npm run check:data would print for `dataDir`; [] when the data is valid. */
function reportLines(dataDir: string): string[] {
  return dataReportLines(checkDataDir(dataDir).errors);
}

/** True when this process is the vite command (npm run dev / build), not a program calling Vite's API. */
const viteCli = /[\\/](?:\.bin[\\/]vite|vite[\\/]bin[\\/]vite\.js)$/.test(process.argv[1] ?? "");

/** Writes to stderr and resolves once the text is handed to the OS, so process.exit cannot cut it. */
function writeStderr(text: string): Promise<void> {
  return new Promise((done) => process.stderr.write(text, () => done()));
}

export function dataCheckPlugin(): Plugin {
  let dataDir = "data";
  const enabled = !process.env.VITEST;
  return {
    name: "dgos-data-check",
    configResolved(config) {
      dataDir = dataDirOf(config.root);
    },
    async buildStart() {
      if (!enabled) return;
      const lines = reportLines(dataDir);
      if (lines.length === 0) return;
      await writeStderr(`${lines.join("\n")}\n`);
      // The vite command would add its own error block and a stack trace under the report; the
      // report is the whole message, so end here, as npm run check:data does (exit code 1).
      if (viteCli) process.exit(1);
      throw new Error(`${lines[lines.length - 1] ?? ""} (voir les erreurs ci-dessus)`);
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
        const lines = reportLines(dataDir);
        if (lines.length > 0) {
          server.config.logger.error(lines.join("\n"), { timestamp: true });
          server.ws.send({ type: "error", err: { message: lines.join("\n"), stack: "", plugin: "dgos-data-check" } });
        } else if (failing) {
          server.config.logger.info("data/ is valid again", { timestamp: true });
        }
        failing = lines.length > 0;
      };
      for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, onFileEvent);
    },
  };
}
