// Build step (PostCSS, through Vite's css.postcss): the DSFR stylesheet without the rules of the
// classes the app never writes.
//
// Why: `react-dsfr only-include-used-components` keeps whole component files, and the core of
// the DSFR (icons, grid, spacing utilities, every button variant…) stays: 337 KB before this step.
// The app writes DSFR markup by hand (no DSFR JavaScript adds classes at run time), so the
// classes it can ever carry are the `fr-…` words of its sources. Fewer rules means less CSS to
// fetch and parse at start-up, and fewer selectors tested on every element — above all the icon
// rules (`[class^=fr-icon-]`, `[class*=" fr-icon-"]`…), which no class index can skip and which
// were tested against every SVG element of every card.
//
// Only selectors are dropped, never declarations: a selector is dropped when it needs a `fr-`
// class that no source file mentions (outside :not(), :is(), :where(), :has(), whose insides are
// left alone), or a class-attribute pattern (`[class^=…]`, `[class*=…]`) that no such class
// matches. A rule whose selectors are all dropped goes. Element, attribute and theme selectors
// (`a[href]`, `:root[data-fr-theme=dark]`) are untouched.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { lazyDsfr } from "../src/components/dsfr/lazyClasses.ts";

const DSFR_CLASS = /fr-[A-Za-z0-9_-]+/g;

/** Every `fr-…` word in `texts`; a word cut by a template (`fr-btn--${size}`) ends in `-`. */
export function dsfrClassesIn(texts: Iterable<string>): Set<string> {
  const used = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(DSFR_CLASS)) used.add(m[0]);
  return used;
}

/** The `fr-…` words of the app's sources (src/, index.html, the build scripts that write HTML) and the assembled ones of lazyClasses.ts. */
export function sourceDsfrClasses(root: string): Set<string> {
  const texts: string[] = [readFileSync(join(root, "index.html"), "utf8")];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      // This file's comments name the classes it drops.
      else if (/\.(tsx?|css|html)$/.test(name) && name !== "dsfrPurge.ts") texts.push(readFileSync(path, "utf8"));
    }
  };
  walk(join(root, "src"));
  walk(join(root, "scripts"));
  // The dialogs' classes are assembled at run time so the trim step does not keep them at start-up.
  texts.push(Object.values(lazyDsfr).join(" "));
  return dsfrClassesIn(texts);
}

/** Whether a class the stylesheet names can be on an element: used as is, or built from a used prefix. */
function classUsed(name: string, used: ReadonlySet<string>): boolean {
  if (used.has(name)) return true;
  for (const u of used) if (u.endsWith("-") && name.startsWith(u)) return true;
  return false;
}

/** Removes the insides of functional pseudo-classes (kept: a class there may be required absent). */
function withoutPseudoArguments(selector: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === "(") depth++;
    if (depth === 0) out += c;
    if (c === ")") depth--;
  }
  return out;
}

const ATTRIBUTE = /\[\s*([\w-]+)\s*([\^*$~|]?=)?\s*(?:"([^"]*)"|'([^']*)'|((?:\\.|[^\]\s])*))?\s*[is]?\s*\]/g;

/** True when `selector` can match an element of the app (see the header). */
export function selectorCanMatch(selector: string, used: ReadonlySet<string>): boolean {
  const outer = withoutPseudoArguments(selector);
  for (const m of outer.matchAll(ATTRIBUTE)) {
    if (m[1] !== "class" || !m[2]) continue;
    const value = (m[3] ?? m[4] ?? m[5] ?? "").replaceAll("\\", "").trim();
    if (!value.startsWith("fr-")) continue;
    const usedClasses = [...used];
    const ok = m[2] === "^=" || m[2] === "*=" ? usedClasses.some((u) => u.startsWith(value) || value.startsWith(u) && u.endsWith("-")) : m[2] === "~=" || m[2] === "=" ? classUsed(value, used) : true;
    if (!ok) return false;
  }
  const classes = outer.replace(ATTRIBUTE, "").match(/\.(?:\\.|[\w-])+/g) ?? [];
  for (const token of classes) {
    const name = token.slice(1);
    if (name.includes("\\")) continue; // escaped names: kept rather than guessed
    if (name.startsWith("fr-") && !classUsed(name, used)) return false;
  }
  return true;
}

/** The part of a PostCSS rule this plugin touches (typed here so postcss needs no import). */
interface CssRule {
  selectors: string[];
  source?: { input?: { file?: string } };
  parent?: { type: string; name?: string } | undefined;
  remove(): void;
}

/** PostCSS plugin: drops the DSFR selectors no element of the app can match (DSFR files only). */
export function dsfrPurge(used: ReadonlySet<string>) {
  return {
    postcssPlugin: "dgos-dsfr-purge",
    Rule(rule: CssRule) {
      if (!rule.source?.input?.file?.includes("@codegouvfr/react-dsfr")) return;
      // Keyframe steps (from, to, 50%) are rules too: not selectors of elements.
      if (rule.parent?.type === "atrule" && /keyframes$/i.test(rule.parent.name ?? "")) return;
      const kept = rule.selectors.filter((s) => selectorCanMatch(s, used));
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    },
  };
}
