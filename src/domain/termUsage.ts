// Where each glossary term is used: the units whose name or missions contain the acronym, and
// the glossary filter. Pure: no React, no DOM.
import { findAcronyms } from "./acronyms.ts";
import { normalizeText } from "./normalize.ts";
import type { Dataset, GlossaryEntry, SourceRef } from "./schema.ts";

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

export interface BodyAttachment {
  version: string;
  unitId: string;
  /** The passage that ties the body to the unit. */
  source: SourceRef;
}

/**
 * acronym → the units a source ties the body of that acronym to (tutelle, pilotage, animation),
 * versions in dataset order. An operator like the ANAP appears in no unit's name or missions but
 * is followed by a unit: the glossary links it there, on the sources' word only.
 */
export function bodyAttachments(dataset: Dataset): Map<string, BodyAttachment[]> {
  const out = new Map<string, BodyAttachment[]>();
  for (const version of dataset.versions) {
    for (const body of version.bodies) {
      if (!body.acronym || !body.attachedTo) continue;
      const list = out.get(body.acronym) ?? [];
      for (const a of body.attachedTo) list.push({ version: version.id, unitId: a.unit, source: a.source });
      out.set(body.acronym, list);
    }
  }
  return out;
}
