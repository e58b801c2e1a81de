// Shared helpers for the real-browser tests: one Chromium per test file, a fresh context
// per page (no state leaks between tests), screenshots, axe, and page errors collected.
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result as AxeResult, RunOptions as AxeRunOptions } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { launchBrowser } from "./chromium.ts";

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "screenshots");

export interface OpenPageOptions {
  /** Emulates prefers-reduced-motion: reduce. */
  reducedMotion?: boolean;
  colorScheme?: "light" | "dark";
  viewport?: { width: number; height: number };
  /** A touch screen (d3-zoom registers its touch listeners only where touch exists). */
  hasTouch?: boolean;
  /** Script run in every document of the page before its own scripts. */
  initScript?: string;
  /** Playwright's goto waitUntil; default "load". */
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
  /** Run on the new page before it navigates (e.g. page.route to block a file). */
  beforeGoto?: (page: Page) => Promise<unknown>;
}

let browser: Browser | undefined;
let launching: Promise<Browser> | undefined;
const contexts = new Set<BrowserContext>();
const errors = new WeakMap<Page, string[]>();

export async function getBrowser(): Promise<Browser> {
  if (browser?.isConnected()) return browser;
  launching ??= launchBrowser().then((b) => {
    browser = b;
    launching = undefined;
    return b;
  });
  return launching;
}

/**
 * Call once at the top of a test file: launches the browser before the tests, closes the
 * pages each test opened after it, and the browser after the file.
 */
export function setupBrowser(): void {
  beforeAll(async () => {
    await getBrowser();
  });
  afterEach(async () => {
    await closePages();
  });
  afterAll(async () => {
    await closePages();
    await browser?.close();
    browser = undefined;
  });
}

export async function closePages(): Promise<void> {
  const open = [...contexts];
  contexts.clear();
  await Promise.all(open.map((c) => c.close().catch(() => undefined)));
}

export function baseURL(): string {
  return inject("baseURL");
}

/** Opens baseURL + path (e.g. "/", "/?v=2016&u=dgos") in a new 1280×800 context. */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<Page> {
  const b = await getBrowser();
  const context = await b.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ? "reduce" : "no-preference",
    colorScheme: options.colorScheme ?? "light",
    locale: "fr-FR",
    hasTouch: options.hasTouch ?? false,
  });
  contexts.add(context);
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const log: string[] = [];
  errors.set(page, log);
  page.on("pageerror", (error) => log.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") log.push(`console.error: ${message.text()}`);
  });
  await options.beforeGoto?.(page);
  // Relative to the base so the app's `base: "./"` and query strings work alike.
  await page.goto(new URL(path.replace(/^\//, ""), `${baseURL()}/`).href, { waitUntil: options.waitUntil ?? "load" });
  return page;
}

/** Uncaught exceptions and console errors seen by a page opened with openPage. */
export function pageErrors(page: Page): string[] {
  return [...(errors.get(page) ?? [])];
}

/** Writes tests/browser/screenshots/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, "_")}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

let axeSource: string | undefined;

/** Runs axe-core in the page (WCAG 2.x A/AA by default) and returns its violations. */
export async function runAxe(page: Page, options: AxeRunOptions = {}): Promise<AxeResult[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const loaded = await page.evaluate(() => "axe" in window);
  // Evaluated through the DevTools protocol, not as an inline <script>: the page's CSP would block that.
  if (!loaded) await page.evaluate(axeSource);
  const runOptions: AxeRunOptions = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, ...options };
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, opts)).violations;
  }, runOptions as Record<string, unknown>) as Promise<AxeResult[]>;
}

/** One line per violation and node, for readable assertion failures. */
export function formatViolations(violations: AxeResult[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`).join("\n");
}
