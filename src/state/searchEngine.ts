// Everything search needs (the index, ranking, result grouping, mission tracing), in one
// module loaded on demand: the first paint does not pay for it, the first search does.
import type { VersionIndex } from "../domain/hierarchy.ts";
import { traceMission } from "../domain/missionTrace.ts";
import type { Dataset } from "../domain/schema.ts";
import { searchIndexFor, searchIndexStepsFor, type SearchIndex } from "../domain/searchIndex.ts";
import { buildSearchGroups, closestTerms } from "./searchResults.ts";
import type { SearchGroup } from "../components/SearchBox.tsx";

export interface SearchEngine {
  groups: (query: string, options: { version: string; allVersions: boolean; closest?: "now" | "later" }) => SearchGroup[];
  /** The notice's close words for a query, when `groups` was asked for them "later". */
  closest: (query: string) => string[];
  traceMission: (version: string, unitId: string, mission: string) => ReturnType<typeof traceMission>;
}

function engineOf(dataset: Dataset, indexes: ReadonlyMap<string, VersionIndex>, index: SearchIndex): SearchEngine {
  return {
    groups: (query, options) => buildSearchGroups(dataset, indexes, index, query, options),
    closest: (query) => closestTerms(index, query),
    traceMission: (version, unitId, mission) => traceMission(dataset, index, version, unitId, mission),
  };
}

/** The engine, its index built now (at once). */
export function createSearchEngine(dataset: Dataset, indexes: ReadonlyMap<string, VersionIndex>): SearchEngine {
  return engineOf(dataset, indexes, searchIndexFor(dataset));
}

/** Work done between two pauses of a build in slices: well within a frame. */
const SLICE_MS = 8;

// The next task, after the browser has had a chance to paint and handle input: a message
// (setTimeout is clamped to 4 ms once nested), else a timer.
const nextTask = () =>
  new Promise<void>((resolve) => {
    if (typeof MessageChannel === "undefined") {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * The engine, its index built in slices of about {@link SLICE_MS} with a pause between them, so
 * that building the index of a large organisation (≈ 1 s of work at 100,000 units) never
 * freezes the page: the search box says « Préparation de la recherche… » meanwhile.
 * `onProgress` gets the time spent working so far (ms) when done.
 */
export async function createSearchEngineInSlices(
  dataset: Dataset,
  indexes: ReadonlyMap<string, VersionIndex>,
  onDone?: (timing: { workMs: number; slices: number; longestMs: number }) => void,
): Promise<SearchEngine> {
  const steps = searchIndexStepsFor(dataset);
  let workMs = 0;
  let slices = 0;
  let longestMs = 0;
  const end = (start: number) => {
    const ms = performance.now() - start;
    workMs += ms;
    longestMs = Math.max(longestMs, ms);
  };
  for (;;) {
    const start = performance.now();
    slices++;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        end(start);
        onDone?.({ workMs, slices, longestMs });
        return engineOf(dataset, indexes, step.value);
      }
      if (performance.now() - start >= SLICE_MS) break;
    }
    end(start);
    await nextTask();
  }
}
