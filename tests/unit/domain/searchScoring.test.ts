import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Query, SearchResult } from "minisearch";
import { describe, expect, it } from "vitest";
import { BENCH_SEED, generateDataset } from "../../../bench/generateOrg.ts";
import { benchQueries } from "../../../bench/searchNode.ts";
import { classQueries } from "../../../bench/searchProfile.ts";
import { assembleDataset } from "../../../src/domain/assembleDataset.ts";
import { tokenize } from "../../../src/domain/normalize.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { createSearchIndex, suggestTerms } from "../../../src/domain/searchIndex.ts";
import { indexTerms, querySlots } from "../../../src/domain/searchQuery.ts";

const DATA = join(import.meta.dirname, "../../../data");
const FILES = ["2010.json", "2016.json", "2024.json", "lineage.json", "glossary.json", "sources.json"];
const real = assembleDataset(Object.fromEntries(FILES.map((f) => [`data/${f}`, JSON.parse(readFileSync(join(DATA, f), "utf8"))])));
const synthetic = generateDataset({ units: 800, seed: BENCH_SEED });

const shape = (rs: SearchResult[]) => rs.map((r) => ({ id: r.id as number, score: r.score, terms: r.terms, queryTerms: r.queryTerms, match: r.match }));

function compare(dataset: Dataset, queries: readonly string[]) {
  const index = createSearchIndex(dataset);
  const second = dataset.versions[1]?.id ?? dataset.versions[0]?.id;
  // No filter; units only; one version (what searchDocuments passes as boostDocument).
  const filters: [string, ((id: number) => number) | undefined][] = [
    ["all", undefined],
    ["units", (id) => (index.docs[id]?.kind === "unit" ? 1 : 0)],
    ["version", (id) => (index.docs[id]?.version === second ? 1 : 0)],
  ];
  let compared = 0;
  for (const q of queries) {
    const slots = querySlots(q, index.documentFrequency);
    if (slots.length === 0) continue;
    for (const combineWith of ["OR", "AND"] as const) {
      const query: Query = { combineWith, queries: slots.map((s) => s.query) };
      for (const [name, boostDocument] of filters) {
        const boosts = boostDocument ? Float64Array.from(index.docs, (_, i) => boostDocument(i)) : null;
        const full = index.mini.search(query, boostDocument ? { boostDocument: (id) => boostDocument(id as number) } : {});
        expect(shape(index.ranker.all(query, boosts, tokenize)), `${q} ${combineWith} ${name} all`).toEqual(shape(full));
        for (const limit of [1, 7, 30]) {
          expect(shape(index.ranker.best(query, boosts, limit, tokenize)), `${q} ${combineWith} ${name} ${limit}`).toEqual(shape(full.slice(0, limit)));
          compared++;
        }
      }
    }
  }
  return compared;
}

describe("Ranker", () => {
  it("gives the same best results as MiniSearch (ids, bit-identical scores, terms, fields, order of ties) on a synthetic organisation", () => {
    const queries = [...benchQueries(synthetic, 30), ...Object.values(classQueries(synthetic, 4)).flat(), "des soins de", "santé", "fina", "bu", "zzqx"];
    expect(compare(synthetic, queries)).toBeGreaterThan(500);
  }, 60_000);
  it("gives the same results as MiniSearch on the real data: glossary, themes, bodies, synonyms, several versions", () => {
    const queries = ["ONDAM", "objectif national", "tarification à l'activité", "T2A", "GHT", "infirmière", "télémédcine", "pilotage des opérateurs", "soins", "fi", "deonto", "R1", "premier recours", "1er recours", "internes"];
    expect(compare(real, queries)).toBeGreaterThan(100);
  });
  it("suggests the same terms as MiniSearch's autoSuggest", () => {
    for (const dataset of [real, synthetic]) {
      const index = createSearchIndex(dataset);
      for (const q of ["zzqx", "telemedcine", "finacement", "ondma", "opératuers", "xylophone", "p", "r", "d3 b", "sd", "pilotge rh", "ab cd ef"]) {
        const terms = indexTerms(q);
        const expected = index.mini.autoSuggest(terms.join(" "), { fuzzy: 2, prefix: true, combineWith: "OR", processTerm: (t) => t, tokenize: (s) => s.split(/\s+/) });
        expect([...suggestTerms(index, terms)], q).toEqual(expected.map((s) => s.terms));
      }
    }
  });
});
