// Suggested pairings between an imported organisation and another version. No lineage links
// an import to anything, so the comparison can only suggest: the same code, else the same name
// once normalised (accents, case, the « Bureau de… » kind prefix and articles dropped). Only
// one-to-one matches are suggested. A suggestion is never a fact: it is shown as « rapprochement
// suggéré », the user may confirm or reject it, and it never enters the change classes.
import { normalizeText } from "../normalize.ts";
import type { Unit, Version } from "../schema.ts";

export interface SuggestedPair {
  from: string;
  to: string;
  basis: "code" | "nom";
}

export type PairDecision = "confirmed" | "rejected";

const PREFIX = /^(bureau|sous-direction|sous direction|direction|departement|service|mission|pole|cellule|unite|cabinet|conseil)( generale?)?\s+(de la |de l'|des |du |de |d')?/;

/** « Bureau de la qualité des soins » and « Qualité des soins » share this key. */
const SMALL = new Set(["de", "la", "le", "les", "l", "des", "du", "d", "et", "a", "au", "aux", "en"]);

export function nameKey(name: string): string {
  return normalizeText(name)
    .replace(PREFIX, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !SMALL.has(w))
    .join(" ");
}

function uniqueIndex(units: readonly Unit[], key: (u: Unit) => string | undefined): Map<string, Unit | null> {
  const index = new Map<string, Unit | null>();
  for (const u of units) {
    const k = key(u);
    if (!k) continue;
    index.set(k, index.has(k) ? null : u);
  }
  return index;
}

export function suggestPairs(from: Version, to: Version): SuggestedPair[] {
  const code = (u: Unit) => (u.code ? normalizeText(u.code) : undefined);
  const name = (u: Unit) => nameKey(u.name) || undefined;
  const toByCode = uniqueIndex(to.units, code);
  const toByName = uniqueIndex(to.units, name);
  const fromByCode = uniqueIndex(from.units, code);
  const fromByName = uniqueIndex(from.units, name);
  const used = new Set<string>();
  const pairs: SuggestedPair[] = [];
  for (const [index, basis, self, key] of [
    [toByCode, "code", fromByCode, code],
    [toByName, "nom", fromByName, name],
  ] as const) {
    for (const u of from.units) {
      const k = key(u);
      if (!k || self.get(k) !== u || pairs.some((p) => p.from === u.id)) continue;
      const match = index.get(k);
      if (!match || used.has(match.id)) continue;
      used.add(match.id);
      pairs.push({ from: u.id, to: match.id, basis });
    }
  }
  return pairs;
}

/** The key under which a decision is kept with the import. */
export function pairKey(fromVersion: string, toVersion: string, pair: { from: string; to: string }): string {
  return `${fromVersion}:${pair.from}->${toVersion}:${pair.to}`;
}
