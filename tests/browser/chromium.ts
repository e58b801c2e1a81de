// Finds a Chromium to drive with playwright-core, which ships no browser of its own (and
// nothing may be downloaded here). Order: $CHROME_PATH, a system Chromium, then the binary
// packed inside the @sparticuz/chromium npm package (inflated to the OS temp dir on first use).
// Shared by the browser tests and the bench.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export interface ResolvedChromium {
  executablePath: string;
  args: string[];
  /** Where the binary came from, for logs and reports. */
  source: "env" | "system" | "sparticuz";
}

/** Flags for every launch: headless, quiet (no network beyond the page), deterministic. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

// Taken from @sparticuz/chromium's own `args`, which target AWS Lambda: kept are the ones that
// matter for its headless-shell build outside Lambda. Left out on purpose: --single-process
// (Playwright contexts and page crashes get flaky), --disable-web-security and
// --allow-running-insecure-content (tests must see the real same-origin and CSP behaviour),
// its SwiftShader/WebGL flags (the app draws SVG; --disable-gpu is enough), and its
// --disable-features list (a second one would override Playwright's own: last flag wins).
const SPARTICUZ_EXTRA = ["--no-zygote", "--disable-dev-shm-usage", "--font-render-hinting=none"];

let cached: Promise<ResolvedChromium> | undefined;

export function resolveChromium(): Promise<ResolvedChromium> {
  cached ??= resolve();
  return cached;
}

async function resolve(): Promise<ResolvedChromium> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, args: [...CHROMIUM_ARGS], source: "env" };
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: [...CHROMIUM_ARGS], source: "system" };
  try {
    const { default: Sparticuz } = await import("@sparticuz/chromium");
    const executablePath = await Sparticuz.executablePath();
    return { executablePath, args: [...CHROMIUM_ARGS, ...SPARTICUZ_EXTRA], source: "sparticuz" };
  } catch (error) {
    throw new Error(
      `No Chromium found: set CHROME_PATH, install one at ${SYSTEM_PATHS.join(" or ")}, or run npm ci so @sparticuz/chromium is present (${String(error)})`,
      { cause: error },
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveChromium();
  return chromium.launch({ executablePath, args, headless: true, timeout: 60_000 });
}
