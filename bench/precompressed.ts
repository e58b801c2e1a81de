// The bench serves its copy of dist/ as a static host serves a build: every compressible file is
// gzipped once, beside it (level 9), and sent as is. vite preview alone compresses each response
// on the fly, on the same two cores as the browser being measured: ~200 ms of server work for the
// 9 MB structure of the 100,000-unit dataset, and ~30 ms for our main script, during the loads the
// bench times. The three renderers are served the same way.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { constants, gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { preview, type Plugin, type PreviewServer } from "vite";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".jsonl": "application/jsonl",
  ".svg": "image/svg+xml",
};
const MIN_BYTES = 1024; // as vite preview's own compression threshold

/** Writes `<file>.gz` beside every compressible file of `dir` (recursively). */
export function gzipTree(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) gzipTree(path);
    else if (TYPES[extname(name)] && stat.size >= MIN_BYTES) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
  }
}

/** A preview-server plugin that answers with `<file>.gz` when the browser accepts gzip and it exists. */
export function precompressed(dir: string): Plugin {
  const root = resolve(dir);
  return {
    name: "bench-precompressed",
    configurePreviewServer(server) {
      // Registered here, not in a returned hook: before vite's own compression and static files.
      server.middlewares.use((req, res, next) => {
        if (req.method !== "GET" || !/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? "/", "http://bench").pathname);
        } catch {
          return next();
        }
        const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
        const type = TYPES[extname(file)];
        if (!type || !file.startsWith(root + sep) || !existsSync(`${file}.gz`)) return next();
        const body = readFileSync(`${file}.gz`);
        res.writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip", "Content-Length": body.length, Vary: "Accept-Encoding", "Cache-Control": "no-cache" });
        res.end(body);
      });
    },
  };
}

/** Gzips `dir` beside its files and serves it on 127.0.0.1 (a free port): the server and its base URL. */
export async function servePrecompressed(root: string, dir: string, logLevel: "warn" | "error" = "error"): Promise<{ server: PreviewServer; base: string }> {
  gzipTree(dir);
  const server = await preview({ root, configFile: false, logLevel, plugins: [precompressed(dir)], build: { outDir: dir }, preview: { host: "127.0.0.1", port: 0 } });
  return { server, base: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}` };
}
