// Full-text search over every unit of every version, built once with MiniSearch. Each unit is
// one document; the glossary bridges acronyms and their expansions both ways, because the
// sources use either (2010 says « ONDAM », 2024 spells out « objectif national de dépenses
// d'assurance maladie »).
import MiniSearch, { type SearchResult } from "minisearch";
import { escapeRegExp, wholeWord } from "./glossaryText.ts";
import { counterparts } from "./lineage.ts";
import { foldWord, highlightRanges, processTerm, searchTerms, tokenize } from "./normalize.ts";
import type { Dataset, GlossaryEntry, LineageLink, Unit } from "./schema.ts";

export interface SearchHit {
  version: string;
  unitId: string;
  score: number;
  /** Indexed fields that matched: code, name, shortName, missions, glossary. */
  matchedFields: string[];
  /**
   * The mission item (or the name) that best shows why the unit matched, with ranges to highlight.
   * {@link searchUnits} computes it (and `matchedFields`) when first read, through a getter: a
   * spread copy of a hit does not carry them.
   */
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

/** One indexed unit: the document given to MiniSearch, which reads its fields through {@link fieldOf}. */
interface DocInfo {
  /** Position in {@link SearchIndex.docs}, MiniSearch's document id. */
  id: number;
  version: string;
  unit: Unit;
  /** Glossary entries whose acronym or expansion occurs in the unit's text. */
  entries: GlossaryEntry[];
}

export interface SearchIndex {
  readonly mini: MiniSearch<DocInfo>;
  readonly docs: readonly DocInfo[];
  /** Ids of the versions that have units in the index. */
  readonly versions: readonly string[];
}

// Identity first: a code or a name match outranks a word buried in a mission. Glossary
// expansions are weakest, being text the source does not itself contain.
const BOOST = { code: 4, shortName: 3, name: 3, missions: 1, glossary: 0.6 };

function missionItems(unit: Unit): string[] {
  return unit.missions.status === "described" ? unit.missions.items : [];
}

/** Space-padded folded words, so that containment is tested on whole words. */
const wordString = (s: string) => ` ${tokenize(s).map(foldWord).join(" ")} `;

// Acronyms are matched case-sensitively as whole words (« ARS », not « ars » inside a sentence),
// expansions accent- and case-insensitively as a sequence of whole words. Acronyms made of
// letters and digits (all of them in practice) share one regular expression, so a unit's text is
// scanned once whatever the size of the glossary: two whole-word matches of such acronyms never
// overlap. Entries come back in glossary order. Null for an empty glossary: nothing to match.
function glossaryMatcher(entries: readonly GlossaryEntry[]): ((text: string) => GlossaryEntry[]) | null {
  if (entries.length === 0) return null;
  const acronyms = [...new Set(entries.map((e) => e.acronym))];
  const alnum = acronyms.filter((a) => /^[\p{L}\p{N}]+$/u.test(a));
  const anyAlnum = alnum.length === 0 ? null : wholeWord(alnum.map(escapeRegExp).join("|"), "gu");
  const others = acronyms.filter((a) => a !== "" && !alnum.includes(a)).map((a) => ({ acronym: a, re: wholeWord(escapeRegExp(a), "u") }));
  const expansions = entries.map((entry) => {
    const words = wordString(entry.expansion);
    return { entry, words: words.trim() === "" ? null : words };
  });
  return (text) => {
    const found = new Set<string>();
    if (anyAlnum) for (const m of text.matchAll(anyAlnum)) found.add(m[0]);
    for (const { acronym, re } of others) if (re.test(text)) found.add(acronym);
    let words: string | undefined;
    return expansions
      .filter(({ entry, words: expansion }) => {
        if (found.has(entry.acronym)) return true;
        if (expansion === null) return false;
        words ??= wordString(text);
        return words.includes(expansion);
      })
      .map((c) => c.entry);
  };
}

const NO_ENTRIES: GlossaryEntry[] = [];

const FIELDS = ["code", "name", "shortName", "missions", "glossary"];

// Fields are read from the unit when indexed, rather than copied into a row per unit first.
function fieldOf(doc: DocInfo, field: string): string | number | undefined {
  switch (field) {
    case "id":
      return doc.id;
    case "code":
      return doc.unit.code;
    case "name":
      return doc.unit.name;
    case "shortName":
      return doc.unit.shortName;
    case "missions":
      return missionItems(doc.unit).join("\n");
    case "glossary":
      // Both forms, so a unit reached through either is found by both.
      return doc.entries.length === 0 ? undefined : doc.entries.map((e) => `${e.acronym} ${e.expansion}`).join("\n");
    default:
      return undefined;
  }
}

// How a query term is matched. Measured on a synthetic 10,000-unit organisation (bench/searchNode.ts),
// these keep a query under a few milliseconds without losing what users rely on:
// - prefix search from two letters on: a one-letter prefix matches nearly every word, and a lone
//   letter is a code (« R ») or nothing;
// - one typo (edit distance 1) in words of five letters or more, none in codes (« R1 », « SD12 »:
//   a typo there names another unit) nor in short words, whose neighbours at distance 1 are mostly
//   other words (« soin », « loin »); a larger distance multiplies the terms visited for little gain.
const prefix = (term: string) => term.length >= 2;
const fuzzy = (term: string) => (term.length >= 5 && !/\d/.test(term) ? 1 : false);

/** Builds the index once for the whole dataset; search it with {@link searchUnits}. */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const matchGlossary = glossaryMatcher(dataset.glossary.entries);
  const docs: DocInfo[] = [];
  for (const version of dataset.versions) {
    for (const unit of version.units) {
      const entries = matchGlossary
        ? matchGlossary([unit.code, unit.name, unit.shortName, ...missionItems(unit)].filter(Boolean).join("\n"))
        : NO_ENTRIES;
      docs.push({ id: docs.length, version: version.id, unit, entries });
    }
  }
  // No stored fields: a hit's version and unit come from `docs`, so MiniSearch does not copy
  // them onto each of possibly thousands of results.
  const mini = new MiniSearch<DocInfo>({
    fields: FIELDS,
    extractField: fieldOf,
    tokenize,
    processTerm,
    searchOptions: { boost: BOOST, prefix, fuzzy, combineWith: "OR" },
  });
  mini.addAll(docs);
  return { mini, docs, versions: dataset.versions.filter((v) => v.units.length > 0).map((v) => v.id) };
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
    const words = new Set(ranges.map(([s, e]) => foldWord(text.slice(s, e))));
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

export interface SearchUnitsOptions {
  /** Only this version (all versions when undefined). */
  version?: string;
  /** At most this many hits, the best ones. */
  limit?: number;
  /**
   * "any" (default): a unit matching any query word is a hit, ranked by how much it matches.
   * "all-else-any": only units matching every word, unless none does, then as "any". What a
   * search box wants (« financement performance » lists the units with both words, not the
   * thousands that mention either), and faster on common words.
   */
  match?: "any" | "all-else-any";
}

// A query can match thousands of units and only the few shown need an excerpt, nor does every
// caller look at the matched fields: both are getters, computed on first read then kept, from
// the MiniSearch result held in private fields. A class rather than an object literal with
// getters: per-object accessors made building thousands of hits cost more than the search.
class Hit implements SearchHit {
  readonly version: string;
  readonly unitId: string;
  readonly score: number;
  readonly #result: SearchResult;
  readonly #info: DocInfo;
  #fields: string[] | undefined;
  #excerpt: SearchHit["excerpt"] | null = null;

  constructor(result: SearchResult, info: DocInfo) {
    this.version = info.version;
    this.unitId = info.unit.id;
    this.score = result.score;
    this.#result = result;
    this.#info = info;
  }

  get matchedFields(): string[] {
    if (this.#fields === undefined) {
      const fields: string[] = [];
      for (const term in this.#result.match) {
        for (const field of this.#result.match[term] ?? []) if (!fields.includes(field)) fields.push(field);
      }
      this.#fields = fields;
    }
    return this.#fields;
  }

  get excerpt(): SearchHit["excerpt"] {
    if (this.#excerpt === null) this.#excerpt = excerptFor(this.#info, highlightTerms(this.#result, this.#info));
    return this.#excerpt;
  }
}

/**
 * Units matching `query`, best first. Matching is accent- and case-insensitive, on word
 * prefixes (from two letters), tolerates one typo in words of five letters or more, and reaches
 * units through glossary acronyms and expansions. Each hit's excerpt is computed when read, so
 * ask for all hits freely, but pass `limit` when only the best are shown.
 */
export function searchUnits(index: SearchIndex, query: string, options: SearchUnitsOptions = {}): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const { version, limit, match = "any" } = options;
  // Scoring skips other versions' units, rather than scoring then filtering them out; no test
  // at all when the version is the only one.
  const { docs, versions } = index;
  const everyVersion = version === undefined || (versions.length === 1 && versions[0] === version);
  const scope = everyVersion ? {} : { boostDocument: (id: number) => (docs[id]?.version === version ? 1 : 0) };
  let results: SearchResult[] = [];
  if (match === "all-else-any" && new Set(terms).size > 1) results = index.mini.search(query, { ...scope, combineWith: "AND" });
  if (results.length === 0) results = index.mini.search(query, scope);
  const hits: SearchHit[] = [];
  for (const result of limit === undefined ? results : results.slice(0, limit)) {
    const info = docs[result.id as number];
    if (info) hits.push(new Hit(result, info));
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
