// @vitest-environment node
import { join } from "node:path";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { dsfrClassesIn, dsfrPurge, selectorCanMatch, sourceDsfrClasses } from "../../../scripts/dsfrPurge.ts";

const used = dsfrClassesIn(['<button class="fr-btn fr-btn--sm">', "className={`fr-fieldset__element${inline}`}", 'className={`fr-alert--${kind}`}']);

describe("selectorCanMatch", () => {
  it("keeps selectors whose DSFR classes are all written by the app, and element or theme selectors", () => {
    for (const s of [".fr-btn", ".fr-btn.fr-btn--sm:hover", "a[href]", ":root[data-fr-theme=dark]", "[target=_blank]:after", ".fr-fieldset__element", ".chart__svg"]) expect(selectorCanMatch(s, used), s).toBe(true);
  });

  it("drops selectors that need a DSFR class no source writes", () => {
    for (const s of [".fr-card", ".fr-btn--lg", ".fr-btns-group .fr-btn", ".fr-btn.fr-btn--icon-left:before"]) expect(selectorCanMatch(s, used), s).toBe(false);
  });

  it("drops the icon selectors on the class attribute when no icon class is written, quoted or minified", () => {
    for (const s of ['[class^="fr-icon-"]:before', '[class*=" fr-icon-"]:before', "[class*=\\ fr-fi-]:after", ".fr-btn[class*=fr-btn--icon-]"]) expect(selectorCanMatch(s, used), s).toBe(false);
    expect(selectorCanMatch('[class*=" fr-btn"]', used)).toBe(true);
  });

  it("keeps classes built from a template prefix (fr-alert--${kind})", () => {
    expect(selectorCanMatch(".fr-alert--error", used)).toBe(true);
  });

  it("leaves classes inside :not() alone: an absent class makes :not() match", () => {
    expect(selectorCanMatch(".fr-btn:not(.fr-btn--icon-left)", used)).toBe(true);
    expect(selectorCanMatch(":is(.fr-card, .fr-tile) a", used)).toBe(true);
  });
});

describe("dsfrPurge", () => {
  const run = (css: string, file: string) => postcss([dsfrPurge(used)]).process(css, { from: file }).css;

  it("removes the DSFR rules no element can match and trims selector lists, keeping declarations and keyframes", () => {
    const css = ".fr-card{color:red}.fr-btn,.fr-tile{color:blue}@media (min-width:48em){.fr-tile{margin:0}}@keyframes spin{from{opacity:0}to{opacity:1}}";
    const out = run(css, "/x/node_modules/@codegouvfr/react-dsfr/dsfr/dsfr.css");
    expect(out).toBe(".fr-btn{color:blue}@media (min-width:48em){}@keyframes spin{from{opacity:0}to{opacity:1}}");
  });

  it("does not touch the app's own stylesheets", () => {
    const css = ".fr-card{color:red}";
    expect(run(css, "/x/src/styles.css")).toBe(css);
  });
});

describe("sourceDsfrClasses", () => {
  it("finds the classes of the sources, and the dialogs' classes assembled in lazyClasses.ts", () => {
    const classes = sourceDsfrClasses(join(import.meta.dirname, "../../.."));
    for (const c of ["fr-btn", "fr-header", "fr-segmented", "fr-radio-group", "fr-upload", "fr-select"]) expect(classes.has(c), c).toBe(true);
    expect(classes.has("fr-icon-")).toBe(false);
  });
});
