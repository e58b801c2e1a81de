// Size budget: the JS and CSS that dist/index.html loads before the app can start (entry
// script, modulepreload'ed static chunks, stylesheets) must stay ≤ 150 KB gzip. Lazy chunks
// (comparison view, bench mode...) are listed but not counted. Sizes are deterministic, so
// this can gate CI; timings never do.
//
//   npx tsx scripts/check-size.ts             trims the DSFR like `npm run build`, builds, then checks
//   npx tsx scripts/check-size.ts --no-build  checks the existing dist/
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const DIST = join(ROOT, "dist");
export const BUDGET_BYTES = 150 * 1024;

export interface SizeReport {
  initial: { file: string; bytes: number; gzip: number }[];
  lazy: { file: string; bytes: number; gzip: number }[];
  initialGzip: number;
  budget: number;
}

const gzipSize = (buffer: Buffer) => gzipSync(buffer).length; // zlib default level (6), as most servers

/** Local URLs of the scripts (deferred entry included), modulepreloads and stylesheets index.html loads. */
export function initialAssets(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      // data-entry: the entry loaded after first paint by scripts/deferredEntryPlugin.ts.
      const src = attr("src") ?? attr("data-entry");
      if (src) urls.add(src);
    } else {
      const rel = (attr("rel") ?? "").toLowerCase().split(/\s+/);
      const href = attr("href");
      if (href && (rel.includes("stylesheet") || rel.includes("modulepreload"))) urls.add(href);
    }
  }
  return [...urls].filter((u) => !/^([a-z]+:)?\/\//i.test(u) && !u.startsWith("data:"));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function measureDist(dist = DIST): SizeReport {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entry = (file: string) => {
    const buffer = readFileSync(file);
    return { file: relative(dist, file), bytes: buffer.length, gzip: gzipSize(buffer) };
  };
  const initialFiles = initialAssets(html).map((u) => resolve(dist, u.replace(/^\.?\//, "").split(/[?#]/)[0] as string));
  for (const f of initialFiles) if (!existsSync(f)) throw new Error(`index.html loads ${relative(dist, f)}, which is not in dist/`);
  // A budget over nothing would pass: an index.html whose entry this parser misses is an error.
  if (!initialFiles.some((f) => f.endsWith(".js"))) throw new Error("index.html loads no script this check can see");
  const initialSet = new Set(initialFiles);
  const initial = initialFiles.map(entry);
  const lazy = walk(dist)
    .filter((f) => /\.(m?js|css)$/.test(f) && !initialSet.has(f) && !relative(dist, f).startsWith("competitors"))
    .map(entry)
    .sort((a, b) => b.gzip - a.gzip);
  return { initial, lazy, initialGzip: initial.reduce((s, e) => s + e.gzip, 0), budget: BUDGET_BYTES };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function printReport(report: SizeReport): void {
  console.log("Initial JS + CSS (loaded by index.html), gzip:");
  for (const e of report.initial) console.log(`  ${e.file.padEnd(48)} ${kb(e.bytes).padStart(10)} → ${kb(e.gzip).padStart(9)}`);
  console.log(`  ${"total".padEnd(48)} ${"".padStart(10)}   ${kb(report.initialGzip).padStart(9)}  (budget ${kb(report.budget)})`);
  if (report.lazy.length > 0) {
    console.log("Lazy chunks (not counted):");
    for (const e of report.lazy) console.log(`  ${e.file.padEnd(48)} ${kb(e.bytes).padStart(10)} → ${kb(e.gzip).padStart(9)}`);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build")) {
    const trim = spawnSync("npm", ["run", "--silent", "dsfr:trim"], { cwd: ROOT, stdio: "inherit" });
    if (trim.status !== 0) throw new Error("npm run dsfr:trim failed");
    const { build } = await import("vite");
    await build({ root: ROOT, logLevel: "warn" });
  }
  const report = measureDist();
  printReport(report);
  if (report.initialGzip > report.budget) {
    console.error(`✗ initial JS + CSS is ${kb(report.initialGzip)} gzip, over the ${kb(report.budget)} budget`);
    process.exit(1);
  }
  console.log(`✓ initial JS + CSS ${kb(report.initialGzip)} gzip ≤ ${kb(report.budget)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
