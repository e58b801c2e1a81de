// Where each glossary term is used: the units whose name or missions contain the acronym, and
// the glossary filter. Pure: no React, no DOM.
import { findAcronyms } from "./acronyms.ts";
import { normalizeText } from "./normalize.ts";
import type { Dataset, GlossaryEntry } from "./schema.ts";

export interface TermUse {
  version: string;
  unitId: string;
  /** The unit's name uses the term. */
  inName: boolean;
  /** The unit's missions that use the term, in data order. */
  missions: string[];
}

/** acronym → the units that use it, versions in dataset order, units in data order. One pass over the data. */
export function termUsages(dataset: Dataset): Map<string, TermUse[]> {
  const uses = new Map<string, TermUse[]>();
  for (const version of dataset.versions) {
    for (const unit of version.units) {
      const perTerm = new Map<string, TermUse>();
      const entry = (acronym: string) => {
        let use = perTerm.get(acronym);
        if (!use) {
          use = { version: version.id, unitId: unit.id, inName: false, missions: [] };
          perTerm.set(acronym, use);
        }
        return use;
      };
      for (const a of findAcronyms(`${unit.name} ${unit.shortName ?? ""}`)) entry(a).inName = true;
      if (unit.missions.status === "described") {
        for (const mission of unit.missions.items) for (const a of findAcronyms(mission)) entry(a).missions.push(mission);
      }
      for (const [acronym, use] of perTerm) {
        const list = uses.get(acronym) ?? [];
        list.push(use);
        uses.set(acronym, list);
      }
    }
  }
  return uses;
}

/** Entries whose acronym, expansion or definition contains every word of `query`, ignoring case and accents. */
export function filterGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = normalizeText(query).split(" ").filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const haystack = normalizeText(`${e.acronym} ${e.expansion} ${e.definition?.text ?? ""}`);
    return words.every((w) => haystack.includes(w));
  });
}
