// Browser tests run against the production bundle, as users get it: build once into dist/,
// serve it with `vite preview` on a free loopback port, hand the URL to the test files
// through vitest's provide/inject, and close the server at the end.
// E2E_NO_BUILD=1 reuses an existing dist/ (quick local reruns).
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
  }
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CONFIG = join(ROOT, "vite.config.ts");
const DIST = join(ROOT, "dist");

async function buildApp(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root: ROOT, configFile: CONFIG, mode: "production", logLevel: "warn", build: { outDir: DIST, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.E2E_NO_BUILD === "1" && existsSync(join(DIST, "index.html"));
  if (!reuse) await buildApp();
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: CONFIG,
    logLevel: "warn",
    build: { outDir: DIST },
    // Port 0: the OS picks a free one, so parallel runs (tests, bench) never collide.
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === "string") throw new Error("vite preview did not report a TCP address");
  project.provide("baseURL", `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
  };
}
