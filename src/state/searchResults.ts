// Turns search hits into the grouped, labelled result list the search box shows: units, then
// what else a version holds (themes, bodies, gaps) labelled as such, and a plain notice when
// the sources do not hold the words asked for.
import { pathTo, type VersionIndex } from "../domain/hierarchy.ts";
import { highlightRanges } from "../domain/normalize.ts";
import type { Dataset } from "../domain/schema.ts";
import { BODY_CATEGORY_LABEL, lineageSuggestions, searchDocuments, suggestTerms, type SearchHit, type SearchIndex } from "../domain/searchIndex.ts";
import { indexTerms, synonymsOf } from "../domain/searchQuery.ts";
import { titleOfSource } from "../domain/sources.ts";
import { versionName } from "../domain/import/ids.ts";
import { unitLabel } from "./paneState.ts";

type Ranges = readonly (readonly [number, number])[];

/** A unit found by the search (or offered through lineage). */
export interface SearchResultItem {
  key: string;
  version: string;
  /** The version as shown to the user (imports by their label, not their id). */
  versionName?: string;
  unitId: string;
  title: string;
  titleRanges: Ranges;
  path: string;
  excerpt?: { text: string; ranges: Ranges };
  /** Set when the unit is offered through lineage, not because its own text matched. */
  viaLineage?: string;
}

/** A theme, body or gap of a version found by the search: shown as what it is, never as a unit. */
export interface EntryResultItem {
  key: string;
  version: string;
  kind: "theme" | "body" | "gap";
  /** What it is, e.g. « thème de la version 2016 », « opérateur · 2024 ». */
  label: string;
  title: string;
  titleRanges: Ranges;
  excerpt?: { text: string; ranges: Ranges };
  /** Where picking it leads: the « Découvrir la DGOS » page of that version. */
  href: string;
}

/** Said when the sources do not hold what was asked for. */
export interface SearchNotice {
  /** The words the sources do not mention (as typed). */
  missing: string;
  /** The source documents that mention it in text the app does not reproduce. */
  mentionedIn?: { title: string; passage: string };
  /** The results shown are for this broader term, with where the link comes from. */
  insteadOf?: { term: string; because: string };
  /** Words of the sources close to the query (spelling), to search instead. */
  closest: string[];
  /**
   * Set (and `closest` left empty) when asked for with `closest: "later"`: the words are still to
   * be found (SearchEngine.closest), after the results are painted.
   */
  closestLater?: true;
}

export interface SearchGroup {
  version: string;
  versionName?: string;
  items: SearchResultItem[];
  /** Themes, bodies and gaps of the version, after the units. */
  entries?: EntryResultItem[];
  /** On the first group only. */
  notice?: SearchNotice;
}

/** Results listed per version. */
export const PER_VERSION = 25;
/** Themes, bodies and gaps listed per version. */
const ENTRIES_PER_VERSION = 5;
/** Lineage suggestions listed for a version without direct hit. */
const SUGGESTIONS = 5;
// Hits from all versions that lineage suggestions are drawn from: the best ones carry nearly all
// of the score, and each costs a lineage walk.
const SUGGESTION_SOURCES = 100;
const CLOSEST = 5;

interface Options {
  version: string;
  allVersions: boolean;
  /**
   * "later": leave the notice's close words to be found apart (closestTerms), so that a keystroke
   * paints its results without them: on a one- or two-letter word they cost more than the search.
   */
  closest?: "now" | "later";
}

export function buildSearchGroups(
  dataset: Dataset,
  indexes: ReadonlyMap<string, VersionIndex>,
  searchIndex: SearchIndex,
  query: string,
  options: Options,
): SearchGroup[] {
  const found = groupsFor(dataset, indexes, searchIndex, query, options);
  if (found === null) return [];
  const { groups, slots } = found;
  if (groups.some((g) => g.items.some((i) => !i.viaLineage) || (g.entries?.length ?? 0) > 0)) return groups;
  // Nothing in the sources: say so, with a broader term the data uses when a curated synonym
  // gives one, else the words of the sources closest in spelling.
  const synonym = synonymsOf(slots).find((s) => s.related && s.related.length > 0);
  const mention = synonymsOf(slots).find((s) => s.mentionedIn)?.mentionedIn;
  const notice: SearchNotice = {
    missing: query.trim(),
    mentionedIn: mention && { title: titleOfSource(dataset.sources.documents, mention.file), passage: mention.passage },
    closest: [],
  };
  const related = synonym?.related?.[0];
  if (synonym && related !== undefined) {
    const broader = groupsFor(dataset, indexes, searchIndex, related, options);
    if (broader && broader.groups.some((g) => g.items.length > 0 || (g.entries?.length ?? 0) > 0)) {
      notice.insteadOf = { term: related, because: `${synonym.forms.join(" / ")} : ${synonym.source.file}` };
      return withNotice(broader.groups, notice, options.version);
    }
  }
  if (options.closest === "later") notice.closestLater = true;
  else notice.closest = closestTerms(searchIndex, query);
  return withNotice(groups, notice, options.version);
}

function withNotice(groups: SearchGroup[], notice: SearchNotice, version: string): SearchGroup[] {
  const [first, ...rest] = groups.length > 0 ? groups : [{ version, items: [] }];
  return [{ ...(first as SearchGroup), notice }, ...rest];
}

function groupsFor(dataset: Dataset, indexes: ReadonlyMap<string, VersionIndex>, searchIndex: SearchIndex, query: string, options: Options) {
  const versions = options.allVersions ? dataset.versions.map((v) => v.id) : [options.version];
  // Only the hits shown are asked for (and only their excerpts computed): one search per version
  // listed, each capped. Documents matching every word come first; any word will do when none does.
  const search = { match: "all-else-any", limit: PER_VERSION + ENTRIES_PER_VERSION } as const;
  let everywhere: SearchHit[] | undefined;
  const groups: SearchGroup[] = [];
  let slots: ReturnType<typeof searchDocuments>["slots"] = [];
  const nameOf = (id: string) => {
    const v = dataset.versions.find((x) => x.id === id);
    return v ? versionName(v) : id;
  };
  for (const version of versions) {
    const index = indexes.get(version);
    if (!index) continue;
    const name = nameOf(version);
    // Only imports are named apart from their id (their id is internal).
    const named = name !== version ? { versionName: name } : {};
    const outcome = searchDocuments(searchIndex, query, { ...search, version });
    slots = outcome.slots;
    if (slots.length === 0) return null;
    const items: SearchResultItem[] = [];
    const entries: EntryResultItem[] = [];
    for (const hit of outcome.hits) {
      if (hit.kind !== "unit") {
        if (entries.length < ENTRIES_PER_VERSION) entries.push(entryItem(dataset, hit));
        continue;
      }
      const unit = index.byId.get(hit.unitId);
      if (!unit || items.length >= PER_VERSION) continue;
      const title = unitLabel(unit);
      let titleRanges: Ranges | undefined;
      let path: string | undefined;
      items.push({
        key: `${version}:${unit.id}`,
        version,
        ...named,
        unitId: unit.id,
        title,
        // Computed when first read: a keystroke's frame mounts only the options in view, the
        // others a frame later (SearchBox.tsx), and the chart reads only the ids.
        get titleRanges() {
          return (titleRanges ??= highlightRanges(title, hit.matchedTerms, { prefix: false, family: true }));
        },
        get path() {
          return (path ??= pathLabel(index, unit.id));
        },
        // Computed when read: the list reads it only for the options in view (SearchBox.tsx).
        get excerpt() {
          const excerpt = hit.excerpt;
          return excerpt && excerpt.text !== unit.name ? excerpt : undefined;
        },
      });
    }
    // A version whose own text never matches may still hold the successor of a unit that does:
    // offer it, labelled as reached through lineage, never as a text match.
    if (items.length === 0 && dataset.versions.length > 1) {
      everywhere ??= searchDocuments(searchIndex, query, { ...search, limit: SUGGESTION_SOURCES, unitsOnly: true }).hits;
      for (const s of lineageSuggestions(dataset, everywhere, version).slice(0, SUGGESTIONS)) {
        const unit = index.byId.get(s.unitId);
        const from = indexes.get(s.via.fromVersion)?.byId.get(s.via.fromUnit);
        if (!unit || !from) continue;
        items.push({
          key: `${version}:${unit.id}:via`,
          version,
          ...named,
          unitId: unit.id,
          title: unitLabel(unit),
          titleRanges: [],
          path: pathLabel(index, unit.id),
          viaLineage: `correspond à ${unitLabel(from)} (${nameOf(s.via.fromVersion)}), qui mentionne « ${query.trim()} » ; le texte de ${name} ne le mentionne pas.`,
        });
      }
    }
    const group: SearchGroup = entries.length > 0 ? { version, ...named, items, entries } : { version, ...named, items };
    if (items.length > 0 || entries.length > 0 || !options.allVersions) groups.push(group);
  }
  return { groups, slots };
}

function entryItem(dataset: Dataset, hit: SearchHit): EntryResultItem {
  const version = dataset.versions.find((v) => v.id === hit.version);
  const key = `${hit.version}:${hit.kind}:${hit.ref}`;
  const href = `?v=${encodeURIComponent(hit.version)}&vue=decouvrir`;
  const ranges = (title: string) => highlightRanges(title, hit.matchedTerms, { prefix: false, family: true });
  const excerpt = (title: string) => (hit.excerpt && hit.excerpt.text !== title ? hit.excerpt : undefined);
  if (hit.kind === "theme") {
    const title = version?.themes[hit.ref]?.title ?? "";
    return { key, version: hit.version, kind: "theme", label: `thème de la version ${hit.version}`, title, titleRanges: ranges(title), excerpt: excerpt(title), href };
  }
  if (hit.kind === "body") {
    const body = version?.bodies[hit.ref];
    const title = body ? (body.acronym && body.acronym !== body.name ? `${body.name} (${body.acronym})` : body.name) : "";
    const label = `${body ? BODY_CATEGORY_LABEL[body.category] : "acteur"} · ${hit.version}`;
    const shown = excerpt(title);
    return { key, version: hit.version, kind: "body", label, title, titleRanges: ranges(title), excerpt: shown?.text === label ? undefined : shown, href };
  }
  const text = version?.gaps[hit.ref] ?? "";
  return {
    key,
    version: hit.version,
    kind: "gap",
    label: `limite des sources · ${hit.version}`,
    title: "Ce que les sources ne couvrent pas",
    titleRanges: [],
    excerpt: { text, ranges: highlightRanges(text, hit.matchedTerms, { prefix: false, family: true }) },
    href,
  };
}

/**
 * Words of the sources within two edits (or extending the query) of each query word, most
 * frequent first, as the sources write them: the notice's « mots proches ».
 */
export function closestTerms(index: SearchIndex, query: string): string[] {
  // Not for a word of one letter: every short word is within two edits of it (so the words
  // offered say nothing), and finding them is the slowest search there is (over 1 s at 100,000
  // units); the search itself matches a word as a prefix only from two letters too.
  const terms = indexTerms(query).filter((t) => t.length > 1);
  if (terms.length === 0) return [];
  const out: string[] = [];
  for (const matched of suggestTerms(index, terms)) {
    for (const term of matched) {
      const word = index.display.get(term);
      if (word && !out.includes(word)) out.push(word);
    }
    if (out.length >= CLOSEST) break;
  }
  return out.slice(0, CLOSEST);
}

function pathLabel(index: VersionIndex, unitId: string): string {
  return pathTo(index, unitId)
    .slice(0, -1)
    .map((u) => u.code ?? u.shortName ?? u.name)
    .join(" › ");
}
