// Turns search hits into the grouped, labelled result list the search box shows.
import { pathTo, type VersionIndex } from "../domain/hierarchy.ts";
import { highlightRanges, searchTerms } from "../domain/normalize.ts";
import type { Dataset } from "../domain/schema.ts";
import { lineageSuggestions, searchUnits, type SearchHit, type SearchIndex } from "../domain/searchIndex.ts";
import type { SearchGroup, SearchResultItem } from "../components/SearchBox.tsx";
import { unitLabel } from "./paneState.ts";

/** Results listed per version. */
export const PER_VERSION = 25;
/** Lineage suggestions listed for a version without direct hit. */
const SUGGESTIONS = 5;
// Hits from all versions that lineage suggestions are drawn from: the best ones carry nearly all
// of the score, and each costs a lineage walk.
const SUGGESTION_SOURCES = 100;

export function buildSearchGroups(
  dataset: Dataset,
  indexes: ReadonlyMap<string, VersionIndex>,
  searchIndex: SearchIndex,
  query: string,
  options: { version: string; allVersions: boolean },
): SearchGroup[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const versions = options.allVersions ? dataset.versions.map((v) => v.id) : [options.version];
  // Only the hits shown are asked for (and only their excerpts computed): one search per version
  // listed, each capped. Units matching every word come first; any word will do when none does.
  const search = { match: "all-else-any", limit: PER_VERSION } as const;
  let everywhere: SearchHit[] | undefined;
  const groups: SearchGroup[] = [];
  for (const version of versions) {
    const index = indexes.get(version);
    if (!index) continue;
    const items: SearchResultItem[] = [];
    for (const hit of searchUnits(searchIndex, query, { ...search, version })) {
      const unit = index.byId.get(hit.unitId);
      if (!unit) continue;
      const title = unitLabel(unit);
      items.push({
        key: `${version}:${unit.id}`,
        version,
        unitId: unit.id,
        title,
        titleRanges: highlightRanges(title, terms),
        path: pathLabel(index, unit.id),
        excerpt: hit.excerpt && hit.excerpt.text !== unit.name ? hit.excerpt : undefined,
      });
    }
    // A version whose own text never matches may still hold the successor of a unit that does:
    // offer it, labelled as reached through lineage, never as a text match.
    if (items.length === 0 && dataset.versions.length > 1) {
      everywhere ??= searchUnits(searchIndex, query, { ...search, limit: SUGGESTION_SOURCES });
      for (const s of lineageSuggestions(dataset, everywhere, version).slice(0, SUGGESTIONS)) {
        const unit = index.byId.get(s.unitId);
        const from = indexes.get(s.via.fromVersion)?.byId.get(s.via.fromUnit);
        if (!unit || !from) continue;
        items.push({
          key: `${version}:${unit.id}:via`,
          version,
          unitId: unit.id,
          title: unitLabel(unit),
          titleRanges: [],
          path: pathLabel(index, unit.id),
          viaLineage: `correspond à ${unitLabel(from)} (${s.via.fromVersion}), qui mentionne « ${query.trim()} » ; le texte de ${version} ne le mentionne pas.`,
        });
      }
    }
    if (items.length > 0 || !options.allVersions) groups.push({ version, items });
  }
  return groups;
}

function pathLabel(index: VersionIndex, unitId: string): string {
  return pathTo(index, unitId)
    .slice(0, -1)
    .map((u) => u.code ?? u.shortName ?? u.name)
    .join(" › ");
}
