// Everything search needs (MiniSearch, the index, result grouping, mission tracing), in one
// module loaded on demand: the first paint does not pay for it, the first search does.
import type { VersionIndex } from "../domain/hierarchy.ts";
import { traceMission } from "../domain/missionTrace.ts";
import type { Dataset } from "../domain/schema.ts";
import { searchIndexFor } from "../domain/searchIndex.ts";
import { buildSearchGroups } from "./searchResults.ts";
import type { SearchGroup } from "../components/SearchBox.tsx";

export interface SearchEngine {
  groups: (query: string, options: { version: string; allVersions: boolean }) => SearchGroup[];
  traceMission: (version: string, unitId: string, mission: string) => ReturnType<typeof traceMission>;
}

export function createSearchEngine(dataset: Dataset, indexes: ReadonlyMap<string, VersionIndex>): SearchEngine {
  const index = searchIndexFor(dataset);
  return {
    groups: (query, options) => buildSearchGroups(dataset, indexes, index, query, options),
    traceMission: (version, unitId, mission) => traceMission(dataset, index, version, unitId, mission),
  };
}
