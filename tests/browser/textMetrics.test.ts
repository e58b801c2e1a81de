// The layout wraps names without the DOM (src/layout/wrapText.ts); this checks, in Chromium
// with the real Marianne font, that every wrapped line of every unit name fits its card.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CARD_METRICS } from "../../src/layout/layoutTree.ts";
import { estimateTextWidth, wrapText } from "../../src/layout/wrapText.ts";
import { getBrowser, setupBrowser } from "./helpers.ts";

setupBrowser();

const ROOT = join(import.meta.dirname, "../..");

function unitNames(): string[] {
  const names = new Set<string>([
    "Mission d'appui à l'investissement hospitalier et à la transformation numérique des établissements de santé et médico-sociaux (MAIH)",
    "SOUS-DIRECTION DES RESSOURCES HUMAINES DU SYSTÈME DE SANTÉ",
    "Bureau « Wwmm » : 1234567890 — Œuvre",
  ]);
  for (const file of readdirSync(join(ROOT, "data")).filter((f) => /^\d{4}\.json$/.test(f))) {
    const data = JSON.parse(readFileSync(join(ROOT, "data", file), "utf8")) as { units?: Array<{ name?: unknown }> };
    for (const u of data.units ?? []) if (typeof u.name === "string") names.add(u.name);
  }
  return [...names];
}

async function marianne(): Promise<Page> {
  const font = readFileSync(join(ROOT, "node_modules/@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Regular.woff2")).toString("base64");
  const page = await (await getBrowser()).newPage();
  await page.setContent(
    `<style>@font-face{font-family:M;src:url(data:font/woff2;base64,${font}) format("woff2")}</style>` +
      `<svg><text id="t" style="font-family:M;font-size:${CARD_METRICS.fontSize}px">x</text></svg>`,
  );
  await page.evaluate(async (size) => void (await document.fonts.load(`${size}px M`)), CARD_METRICS.fontSize);
  return page;
}

describe("text width heuristic (Marianne, Chromium)", () => {
  it("never underestimates a wrapped line, so names never overflow their card", async () => {
    const page = await marianne();
    const inner = CARD_METRICS.cardWidth - 2 * CARD_METRICS.paddingX;
    const lines = unitNames().flatMap((name) => wrapText(name, inner, CARD_METRICS.fontSize));
    const widths = await page.evaluate((all) => {
      const t = document.getElementById("t") as unknown as SVGTextElement;
      return all.map((s) => ((t.textContent = s), t.getComputedTextLength()));
    }, lines);
    const over = lines.filter((line, i) => (widths[i] as number) > inner || (widths[i] as number) > estimateTextWidth(line, CARD_METRICS.fontSize));
    expect(over).toEqual([]);
    await page.close();
  });
});
