// « Où est passée cette mission ? »: where a mission item lives in the other versions.
// Lineage comes first (a fact recorded in the data); text matches come second and are only
// suggestions, so every result says which of the two it is.
import { counterparts } from "./lineage.ts";
import { tokenize } from "./normalize.ts";
import type { Dataset, LineageLink } from "./schema.ts";
import { isCommonTerm, searchDocuments, type SearchIndex } from "./searchIndex.ts";
import { indexTerm } from "./searchQuery.ts";

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
/**
 * A text suggestion must share rare words carrying at least this share of the mission's key-word
 * weight: one distinctive word out of five is not enough, two usually are.
 */
export const MIN_SHARED_WEIGHT = 0.34;

/** How distinctive a term is: log(N / df), 0 for a term every document holds. */
function weightOf(index: SearchIndex, term: string): number {
  const df = index.documentFrequency.get(term) ?? 0;
  return df === 0 ? 0 : Math.log(index.docs.length / df);
}

/**
 * The most distinctive words of a mission item, rarest first (inverse document frequency over the
 * whole index), at most five: phrases every unit shares (« offre de soins », « DGOS ») are left
 * out, as are common words ({@link isCommonTerm}). Each comes back as
 * written, with its indexed term and weight.
 */
export function keyTerms(index: SearchIndex, mission: string): { word: string; term: string; weight: number }[] {
  const seen = new Map<string, { word: string; term: string; weight: number }>();
  for (const word of tokenize(mission)) {
    const term = indexTerm(word);
    if (term === null || term.length < 3 || seen.has(term)) continue;
    if (!index.documentFrequency.has(term) || isCommonTerm(index, term)) continue;
    seen.set(term, { word, term, weight: weightOf(index, term) });
  }
  return [...seen.values()].sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)).slice(0, KEY_TERMS);
}

export function traceMission(dataset: Dataset, index: SearchIndex, version: string, unitId: string, mission: string): MissionTrace[] {
  const out: MissionTrace[] = [];
  const keys = keyTerms(index, mission);
  const total = keys.reduce((s, k) => s + k.weight, 0);
  const weights = new Map(keys.map((k) => [k.term, k.weight]));
  for (const v of dataset.versions) {
    if (v.id === version) continue;
    const lineage = counterparts(dataset, { version, unit: unitId }, v.id);
    const taken = new Set<string>();
    for (const c of lineage) {
      taken.add(c.unit.unit);
      out.push({ version: v.id, unitId: c.unit.unit, via: "lineage", chain: c.chain });
    }
    if (keys.length === 0) continue;
    const { hits } = searchDocuments(index, keys.map((k) => k.word).join(" "), { version: v.id, unitsOnly: true });
    // Keep only units sharing enough of the rare words, in the missions: the weight of the
    // shared words (not the search score, which a long common word can inflate) decides.
    const scored = hits
      .filter((h) => !taken.has(h.unitId) && h.matchedFields.includes("missions"))
      .map((hit) => ({ hit, shared: hit.matchedTerms.reduce((s, t) => s + (weights.get(t) ?? 0), 0) }))
      .filter((s) => s.shared >= MIN_SHARED_WEIGHT * total)
      .sort((a, b) => b.shared - a.shared || b.hit.score - a.hit.score);
    for (const { hit } of scored.slice(0, TEXT_RESULTS)) {
      out.push({ version: v.id, unitId: hit.unitId, via: "text", excerpt: hit.excerpt });
    }
  }
  return out;
}
