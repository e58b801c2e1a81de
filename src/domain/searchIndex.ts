// Full-text search over every unit of every version, built once with MiniSearch. Each unit is
// one document; the glossary bridges acronyms and their expansions both ways, because the
// sources use either (2010 says « ONDAM », 2024 spells out « objectif national de dépenses
// d'assurance maladie »).
import MiniSearch, { type SearchResult } from "minisearch";
import { counterparts } from "./lineage.ts";
import { highlightRanges, normalizeText, processTerm, searchTerms, tokenize } from "./normalize.ts";
import type { Dataset, GlossaryEntry, LineageLink, Unit } from "./schema.ts";

export interface SearchHit {
  version: string;
  unitId: string;
  score: number;
  /** Indexed fields that matched: code, name, shortName, missions, glossary. */
  matchedFields: string[];
  /** The mission item (or the name) that best shows why the unit matched, with ranges to highlight. */
  excerpt?: { text: string; ranges: [number, number][] };
}

export interface LineageSuggestion {
  version: string;
  unitId: string;
  /** The hit that contributes most to this suggestion, and the links from it. */
  via: { fromVersion: string; fromUnit: string; chain: LineageLink[] };
  /** Sum over the hits leading here of hit score ÷ number of counterparts of that hit in `version`. */
  score: number;
}

interface IndexedDoc {
  id: string;
  version: string;
  unitId: string;
  code?: string;
  name: string;
  shortName?: string;
  missions: string;
  glossary: string;
}

interface DocInfo {
  unit: Unit;
  /** Glossary entries whose acronym or expansion occurs in the unit's text. */
  entries: GlossaryEntry[];
}

export interface SearchIndex {
  readonly mini: MiniSearch<IndexedDoc>;
  readonly docs: ReadonlyMap<string, DocInfo>;
}

// Identity first: a code or a name match outranks a word buried in a mission. Glossary
// expansions are weakest, being text the source does not itself contain.
const BOOST = { code: 4, shortName: 3, name: 3, missions: 1, glossary: 0.6 };

const docId = (version: string, unitId: string) => `${version}:${unitId}`;

function missionItems(unit: Unit): string[] {
  return unit.missions.status === "described" ? unit.missions.items : [];
}

/** Space-padded folded words, so that containment is tested on whole words. */
const wordString = (s: string) => ` ${tokenize(s).map(normalizeText).join(" ")} `;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Acronyms are matched case-sensitively as whole words (« ARS », not « ars » inside a sentence),
// expansions accent- and case-insensitively as a sequence of whole words.
function glossaryMatcher(entries: readonly GlossaryEntry[]): (text: string) => GlossaryEntry[] {
  const compiled = entries.map((entry) => ({
    entry,
    acronym: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.acronym)}(?![\\p{L}\\p{N}])`, "u"),
    expansion: wordString(entry.expansion),
  }));
  return (text) => {
    const words = wordString(text);
    return compiled
      .filter((c) => c.acronym.test(text) || (c.expansion.trim() !== "" && words.includes(c.expansion)))
      .map((c) => c.entry);
  };
}

/** Builds the index once for the whole dataset; search it with {@link searchUnits}. */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const matchGlossary = glossaryMatcher(dataset.glossary.entries);
  const docs = new Map<string, DocInfo>();
  const rows: IndexedDoc[] = [];
  for (const version of dataset.versions) {
    for (const unit of version.units) {
      const items = missionItems(unit);
      const text = [unit.code, unit.name, unit.shortName, ...items].filter(Boolean).join("\n");
      const entries = matchGlossary(text);
      const id = docId(version.id, unit.id);
      docs.set(id, { unit, entries });
      rows.push({
        id,
        version: version.id,
        unitId: unit.id,
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName,
        missions: items.join("\n"),
        // Both forms, so a unit reached through either is found by both.
        glossary: entries.map((e) => `${e.acronym} ${e.expansion}`).join("\n"),
      });
    }
  }
  const mini = new MiniSearch<IndexedDoc>({
    fields: ["code", "name", "shortName", "missions", "glossary"],
    storeFields: ["version", "unitId"],
    tokenize,
    processTerm,
    searchOptions: {
      boost: BOOST,
      prefix: true,
      // Short terms (R1, PF, RH) are codes: a typo there means another unit, not the same one.
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      combineWith: "OR",
    },
  });
  mini.addAll(rows);
  return { mini, docs };
}

// Doc terms to highlight: the matched terms plus, when a match came through the glossary, the
// other form of that entry (the query « objectif national » highlights « ONDAM » in a mission).
function highlightTerms(result: SearchResult, info: DocInfo): string[] {
  const terms = new Set(result.terms);
  for (const entry of info.entries) {
    const forms = [...searchTerms(entry.acronym), ...searchTerms(entry.expansion)];
    if (forms.some((f) => terms.has(f))) for (const f of forms) terms.add(f);
  }
  return [...terms];
}

function excerptFor(info: DocInfo, terms: string[]): SearchHit["excerpt"] {
  const distinct = (text: string) => {
    const ranges = highlightRanges(text, terms, { prefix: false });
    const words = new Set(ranges.map(([s, e]) => normalizeText(text.slice(s, e))));
    return { text, ranges, score: words.size };
  };
  // A mission item says more than the name, which the UI already shows as the hit's title:
  // prefer it unless the name matches strictly more query words.
  let best: ReturnType<typeof distinct> | undefined;
  for (const item of missionItems(info.unit)) {
    const candidate = distinct(item);
    if (candidate.score > (best?.score ?? 0)) best = candidate;
  }
  for (const text of [info.unit.name, info.unit.shortName]) {
    if (text === undefined) continue;
    const candidate = distinct(text);
    if (candidate.score > (best?.score ?? 0)) best = candidate;
  }
  return best && { text: best.text, ranges: best.ranges };
}

/**
 * Units matching `query`, best first. `version` restricts to one version (all versions when
 * undefined). Matching is prefix-based, accent- and case-insensitive, typo-tolerant for words
 * of 4 letters or more, and reaches units through glossary acronyms and expansions.
 */
export function searchUnits(
  index: SearchIndex,
  query: string,
  options: { version?: string; limit?: number } = {},
): SearchHit[] {
  if (searchTerms(query).length === 0) return [];
  const { version, limit } = options;
  const results = index.mini.search(query, version === undefined ? {} : { filter: (r) => r.version === version });
  const hits: SearchHit[] = [];
  for (const result of limit === undefined ? results : results.slice(0, limit)) {
    const info = index.docs.get(String(result.id));
    if (!info) continue;
    const matchedFields = [...new Set(Object.values(result.match).flat())];
    hits.push({
      version: result.version as string,
      unitId: result.unitId as string,
      score: result.score,
      matchedFields,
      excerpt: excerptFor(info, highlightTerms(result, info)),
    });
  }
  return hits;
}

/**
 * Units of `version` that are not direct hits but are lineage counterparts of hits in other
 * versions, best first, each unit once. The source of 2016 never says « ONDAM », yet searching
 * it should offer the 2016 successor of the 2010 bureau that did: the UI labels these « par
 * filiation ». Typically shown when `version` has no direct hit at all.
 * A hit's score is shared among its counterparts, so the single successor of a 2010 bureau
 * outranks the four predecessors of a 2024 sous-direction, and a unit reached from several
 * hits (forward and backward) adds their shares.
 */
export function lineageSuggestions(dataset: Dataset, hits: readonly SearchHit[], version: string): LineageSuggestion[] {
  const direct = new Set(hits.filter((h) => h.version === version).map((h) => h.unitId));
  const byUnit = new Map<string, LineageSuggestion & { best: number }>();
  for (const hit of hits) {
    if (hit.version === version) continue;
    const cps = counterparts(dataset, { version: hit.version, unit: hit.unitId }, version);
    for (const cp of cps) {
      if (direct.has(cp.unit.unit)) continue;
      const share = hit.score / cps.length;
      const via = { fromVersion: hit.version, fromUnit: hit.unitId, chain: cp.chain };
      const current = byUnit.get(cp.unit.unit);
      if (!current) byUnit.set(cp.unit.unit, { version, unitId: cp.unit.unit, via, score: share, best: share });
      else {
        current.score += share;
        if (share > current.best) Object.assign(current, { via, best: share });
      }
    }
  }
  return [...byUnit.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ version: v, unitId, via, score }) => ({ version: v, unitId, via, score }));
}

const cache = new WeakMap<Dataset, SearchIndex>();

/** The index of a dataset, built on first use and then reused. */
export function searchIndexFor(dataset: Dataset): SearchIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = createSearchIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}
