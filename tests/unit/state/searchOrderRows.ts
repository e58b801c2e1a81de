// What the search box lists for a fixed set of queries, one compact line per result (key, title
// highlights, excerpt hash and highlights; notices), on a synthetic organisation and on the real
// data: the golden file searchOrder.golden.json holds these lines as the code gave them before
// search was made faster, so that « same results, same order » is checked, not assumed.
// Regenerate (only when a change of ranking is intended): `npx tsx tests/unit/state/searchOrderRows.ts`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_SEED, generateDataset } from "../../../bench/generateOrg.ts";
import { benchQueries } from "../../../bench/searchNode.ts";
import { classQueries } from "../../../bench/searchProfile.ts";
import { assembleDataset } from "../../../src/domain/assembleDataset.ts";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { createSearchIndex } from "../../../src/domain/searchIndex.ts";
import { buildSearchGroups, type SearchGroup } from "../../../src/state/searchResults.ts";

export const GOLDEN_FILE = join(import.meta.dirname, "searchOrder.golden.json");

const REAL_QUERIES = [
  "tarification", "tarifs", "T2A", "GHT", "télémédecine", "télémédcine", "urgences", "paramédicaux", "infirmier", "ANAP",
  "internes", "relations internationales", "l'ONDAM", "objectif national de dépenses d'assurance maladie", "déontologie",
  "opérateurs", "pilotage des opérateurs", "permanence des soins", "numérique", "systèmes d'information", "communication",
  "santé", "soins", "offre de soins", "bureau", "fin", "fi", "pil", "R1", "sd", "financment", "zzqx", "hôpital", "effectif",
];

const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
};
const r = (ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => `${s}-${e}`).join(",");

function lines(groups: SearchGroup[]): string[] {
  const out: string[] = [];
  for (const g of groups) {
    if (g.notice) out.push(`notice ${g.notice.missing} | ${g.notice.insteadOf?.term ?? ""} | ${g.notice.closest.join(",")} | ${g.notice.mentionedIn?.title ?? ""}`);
    for (const i of g.items) out.push(`${i.key} t:${r(i.titleRanges)} e:${i.excerpt ? `${fnv(i.excerpt.text)}:${r(i.excerpt.ranges)}` : ""}${i.viaLineage ? " via" : ""}`);
    for (const e of g.entries ?? []) out.push(`${e.key} t:${r(e.titleRanges)} e:${e.excerpt ? `${fnv(e.excerpt.text)}:${r(e.excerpt.ranges)}` : ""}`);
  }
  return out;
}

function rowsOf(dataset: Dataset, queries: readonly string[], scopes: { version: string; allVersions: boolean }[]): Record<string, string[]> {
  const index = createSearchIndex(dataset);
  const indexes = indexVersions(dataset);
  const rows: Record<string, string[]> = {};
  for (const scope of scopes) {
    for (const q of queries) rows[`${scope.allVersions ? "all" : scope.version} « ${q} »`] = lines(buildSearchGroups(dataset, indexes, index, q, scope));
  }
  return rows;
}

export function syntheticRows(): Record<string, string[]> {
  const dataset = generateDataset({ units: 3000, seed: BENCH_SEED });
  const queries = [...new Set([...Object.values(classQueries(dataset, 8)).flat(), ...benchQueries(dataset, 30), "bu", "soins", "des soins de", "pilotage financier"])];
  return rowsOf(dataset, queries, [{ version: "synthetic", allVersions: false }]);
}

export function realRows(): Record<string, string[]> {
  const DATA = join(import.meta.dirname, "../../../data");
  const FILES = ["2010.json", "2016.json", "2024.json", "lineage.json", "glossary.json", "sources.json"];
  const real = assembleDataset(Object.fromEntries(FILES.map((f) => [`data/${f}`, JSON.parse(readFileSync(join(DATA, f), "utf8"))])));
  return rowsOf(real, REAL_QUERIES, [
    { version: "2024", allVersions: true },
    { version: "2016", allVersions: false },
  ]);
}

if (process.argv[1]?.endsWith("searchOrderRows.ts")) {
  writeFileSync(GOLDEN_FILE, `${JSON.stringify({ synthetic: syntheticRows(), real: realRows() }, null, 1)}\n`);
  console.log(`written ${GOLDEN_FILE}`);
}
