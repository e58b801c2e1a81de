// « Où est passée cette mission ? »: where a mission item lives in the other versions.
// Lineage comes first (a fact recorded in the data); text matches come second and are only
// suggestions, so every result says which of the two it is.
import { counterparts } from "./lineage.ts";
import { searchTerms } from "./normalize.ts";
import type { Dataset, LineageLink } from "./schema.ts";
import { searchUnits, type SearchIndex } from "./searchIndex.ts";

export interface MissionTrace {
  version: string;
  unitId: string;
  via: "lineage" | "text";
  chain?: LineageLink[];
  /** The matching mission item (or name) of the found unit, with ranges to highlight. */
  excerpt?: { text: string; ranges: [number, number][] };
}

const KEY_TERMS = 5;
const TEXT_RESULTS = 3;

/** The most distinctive words of a mission item: the longest non-stopwords, at most five. */
export function keyTerms(mission: string): string[] {
  const unique = [...new Set(searchTerms(mission))].filter((t) => t.length >= 4);
  return unique.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, KEY_TERMS);
}

export function traceMission(dataset: Dataset, index: SearchIndex, version: string, unitId: string, mission: string): MissionTrace[] {
  const out: MissionTrace[] = [];
  const terms = keyTerms(mission);
  for (const v of dataset.versions) {
    if (v.id === version) continue;
    const lineage = counterparts(dataset, { version, unit: unitId }, v.id);
    const taken = new Set<string>();
    for (const c of lineage) {
      taken.add(c.unit.unit);
      out.push({ version: v.id, unitId: c.unit.unit, via: "lineage", chain: c.chain });
    }
    if (terms.length === 0) continue;
    const hits = searchUnits(index, terms.join(" "), { version: v.id }).filter((h) => !taken.has(h.unitId) && h.matchedFields.includes("missions"));
    const best = hits[0]?.score ?? 0;
    // Keep only strong matches: a fraction of the best score, so one shared common word is not enough.
    for (const hit of hits.filter((h) => h.score >= best * 0.5).slice(0, TEXT_RESULTS)) {
      out.push({ version: v.id, unitId: hit.unitId, via: "text", excerpt: hit.excerpt });
    }
  }
  return out;
}
