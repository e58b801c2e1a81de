// Full-text search over every unit of every version, built once with MiniSearch. Each unit is
// one document; the glossary bridges acronyms and their expansions both ways, because the
// sources use either (2010 says « ONDAM », 2024 spells out « objectif national de dépenses
// d'assurance maladie »).
import MiniSearch, { type Query, type SearchResult } from "minisearch";
import { escapeRegExp, wholeWord } from "./glossaryText.ts";
import { counterparts } from "./lineage.ts";
import { foldWord, highlighter, tokenize } from "./normalize.ts";
import type { Body, Dataset, GlossaryEntry, LineageLink, Theme, Unit } from "./schema.ts";
import { indexTerm, indexTerms, querySlots, type QuerySlot } from "./searchQuery.ts";
import { Ranker, TermIndexBuilder, type TermIndex } from "./searchScoring.ts";

/**
 * What a document of the index is: a unit, or what else a version holds that users ask about —
 * a policy theme or strategic axis, a body (operator, partner, committee…), a gap of the sources.
 */
export type DocKind = "unit" | "theme" | "body" | "gap";

export interface SearchHit {
  version: string;
  kind: DocKind;
  /** The unit's id; "" for other kinds. */
  unitId: string;
  /** For themes, bodies and gaps: the position in the version's list; -1 for units. */
  ref: number;
  /** The indexed terms of the document that matched (for highlighting). */
  matchedTerms: string[];
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

/** One indexed document, given to MiniSearch, which reads its fields through {@link fieldOf}. */
interface DocInfo {
  /** Position in {@link SearchIndex.docs}, MiniSearch's document id. */
  id: number;
  version: string;
  kind: DocKind;
  ref: number;
  code?: string;
  name?: string;
  shortName?: string;
  /** Mission items, theme items, a body's role and category, a gap's sentence. */
  items: readonly string[];
  /** The unit, for units. */
  unit?: Unit;
  /** Glossary entries whose acronym or expansion occurs in the document's text. */
  entries: GlossaryEntry[];
}

export interface SearchIndex {
  /**
   * The same index as a MiniSearch instance, built on first read: the reference that the tests
   * compare {@link SearchIndex.ranker} with. Searching does not use it.
   */
  readonly mini: MiniSearch<DocInfo>;
  readonly terms: TermIndex;
  /** Scores queries over {@link SearchIndex.terms} exactly as MiniSearch would. */
  readonly ranker: Ranker;
  readonly docs: readonly DocInfo[];
  /** Ids of the versions that have units in the index. */
  readonly versions: readonly string[];
  /** Every indexed term, with how many documents hold it. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** A word as the sources write it (lower case) for each indexed term, to suggest terms. */
  readonly display: ReadonlyMap<string, string>;
}

// Identity first: a code or a name match outranks a word buried in a mission. Glossary
// expansions are weakest, being text the source does not itself contain.
const BOOST = { code: 4, shortName: 3, name: 3, missions: 1, glossary: 0.6 };

function missionItems(unit: Unit): string[] {
  return unit.missions.status === "described" ? unit.missions.items : [];
}

/** How a body's category reads (indexed, so « opérateurs » finds the operators). */
export const BODY_CATEGORY_LABEL: Record<Body["category"], string> = {
  operateur: "opérateur",
  partenaire: "partenaire",
  comite: "comité",
  ministere: "ministère et administrations",
  interlocuteur: "interlocuteur",
};

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
      return doc.code;
    case "name":
      return doc.name;
    case "shortName":
      return doc.shortName;
    case "missions":
      return doc.items.join("\n");
    case "glossary":
      // Both forms, so a unit reached through either is found by both.
      return doc.entries.length === 0 ? undefined : doc.entries.map((e) => `${e.acronym} ${e.expansion}`).join("\n");
    default:
      return undefined;
  }
}

// Theme, body and gap documents rank like units; a version holds few of them.
const themeDoc = (t: Theme): Pick<DocInfo, "name" | "items"> => ({ name: t.title, items: t.items });
const bodyDoc = (b: Body): Pick<DocInfo, "name" | "shortName" | "items"> => ({
  name: b.name,
  shortName: b.acronym,
  items: [b.role ?? "", BODY_CATEGORY_LABEL[b.category]].filter(Boolean),
});

// Documents collected, then indexed, between two pauses of a build in slices.
const SLICE = 100;

/**
 * The index of a dataset, built step by step: each `next()` does a slice of the work (a few
 * milliseconds at most), so that a caller can build a large index across frames
 * ({@link createSearchIndex} runs it to the end at once). Done with the index.
 */
export function* searchIndexSteps(dataset: Dataset): Generator<void, SearchIndex, void> {
  const matchGlossary = glossaryMatcher(dataset.glossary.entries);
  const docs: DocInfo[] = [];
  const add = (doc: Omit<DocInfo, "id" | "entries">) => {
    const text = [doc.code, doc.name, doc.shortName, ...doc.items].filter(Boolean).join("\n");
    docs.push({ ...doc, id: docs.length, entries: matchGlossary ? matchGlossary(text) : NO_ENTRIES });
  };
  for (const version of dataset.versions) {
    const v = version.id;
    for (const unit of version.units) {
      add({ version: v, kind: "unit", ref: -1, unit, code: unit.code, name: unit.name, shortName: unit.shortName, items: missionItems(unit) });
      if (docs.length % SLICE === 0) yield;
    }
    version.themes.forEach((t, ref) => add({ version: v, kind: "theme", ref, ...themeDoc(t) }));
    version.bodies.forEach((b, ref) => add({ version: v, kind: "body", ref, ...bodyDoc(b) }));
    version.gaps.forEach((g, ref) => add({ version: v, kind: "gap", ref, items: [g] }));
  }
  // Document frequencies and display words are gathered while the terms are indexed, each word
  // through processTerm, document by document.
  const documentFrequency = new Map<string, number>();
  const display = new Map<string, string>();
  const lastDoc = new Map<string, number>();
  // A token's indexed term, once per distinct token (indexTerm memoises only part of it).
  const termOf = new Map<string, string | null>();
  const record = (word: string, doc: number) => {
    let term = termOf.get(word);
    if (term === undefined) termOf.set(word, (term = indexTerm(word)));
    if (term === null) return null;
    if (lastDoc.get(term) !== doc) {
      lastDoc.set(term, doc);
      const n = documentFrequency.get(term);
      documentFrequency.set(term, (n ?? 0) + 1);
      if (n === undefined) display.set(term, word.toLowerCase());
    }
    return term;
  };
  const builder = new TermIndexBuilder({ fields: FIELDS, boost: BOOST, tokenize, processTerm: record, field: (doc, field) => fieldOf(docs[doc] as DocInfo, field) as string | undefined });
  while (builder.count < docs.length) {
    builder.add();
    if (builder.count % SLICE === 0) yield;
  }
  const terms = builder.finish();
  let mini: MiniSearch<DocInfo> | undefined;
  return {
    get mini() {
      mini ??= miniSearchOf(docs);
      return mini;
    },
    terms,
    ranker: new Ranker(terms),
    docs,
    versions: dataset.versions.filter((v) => v.units.length > 0).map((v) => v.id),
    documentFrequency,
    display,
  };
}

/** Builds the index once for the whole dataset; search it with {@link searchUnits}. */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const steps = searchIndexSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// The MiniSearch index of the same documents, with the same options as the index had when
// MiniSearch scored every search. Queries are built as trees of indexed terms (searchQuery.ts),
// so search-time processing is the identity.
function miniSearchOf(docs: readonly DocInfo[]): MiniSearch<DocInfo> {
  const mini = new MiniSearch<DocInfo>({
    fields: [...FIELDS],
    extractField: fieldOf,
    tokenize,
    processTerm: indexTerm,
    searchOptions: { boost: BOOST, prefix: false, fuzzy: false, combineWith: "OR", processTerm: (t) => t },
  });
  mini.addAll(docs);
  return mini;
}

// Doc terms to highlight: the matched terms plus, when a match came through the glossary, the
// other form of that entry (the query « objectif national » highlights « ONDAM » in a mission).
function highlightTerms(result: SearchResult, info: DocInfo): string[] {
  const terms = new Set(result.terms);
  for (const entry of info.entries) {
    const forms = [...indexTerms(entry.acronym), ...indexTerms(entry.expansion)];
    if (forms.some((f) => terms.has(f))) for (const f of forms) terms.add(f);
  }
  return [...terms];
}

function excerptFor(info: DocInfo, terms: string[]): SearchHit["excerpt"] {
  const highlight = highlighter(terms, { prefix: false, family: true });
  const distinct = (text: string) => {
    const ranges = highlight(text);
    const words = new Set(ranges.map(([s, e]) => foldWord(text.slice(s, e))));
    return { text, ranges, score: words.size };
  };
  // A mission item says more than the name, which the UI already shows as the hit's title:
  // prefer it unless the name matches strictly more query words.
  let best: ReturnType<typeof distinct> | undefined;
  for (const item of info.items) {
    const candidate = distinct(item);
    if (candidate.score > (best?.score ?? 0)) best = candidate;
  }
  for (const text of [info.name, info.shortName]) {
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
   * "all-else-any": only units matching every word, unless none does, then those matching any
   * word that is not common (held by more than {@link COMMON_SHARE} of the documents): what a
   * search box wants (« financement performance » lists the units with both words, not the
   * thousands that mention either; « infirmier de santé » does not list every « santé »).
   */
  match?: "any" | "all-else-any";
}

/** A word held by more than this share of the documents is common: it never makes a hit alone in a fallback. */
export const COMMON_SHARE = 0.15;

// A query can match thousands of units and only the few shown need an excerpt, nor does every
// caller look at the matched fields: both are getters, computed on first read then kept, from
// the MiniSearch result held in private fields. A class rather than an object literal with
// getters: per-object accessors made building thousands of hits cost more than the search.
class Hit implements SearchHit {
  readonly version: string;
  readonly kind: DocKind;
  readonly unitId: string;
  readonly ref: number;
  readonly score: number;
  readonly #result: SearchResult;
  readonly #info: DocInfo;
  #fields: string[] | undefined;
  #excerpt: SearchHit["excerpt"] | null = null;

  constructor(result: SearchResult, info: DocInfo) {
    this.version = info.version;
    this.kind = info.kind;
    this.unitId = info.unit?.id ?? "";
    this.ref = info.ref;
    this.score = result.score;
    this.#result = result;
    this.#info = info;
  }

  get matchedTerms(): string[] {
    return this.#result.terms;
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

export interface SearchOutcome {
  hits: SearchHit[];
  /** How the query was read: one slot per word or synonym phrase. */
  slots: QuerySlot[];
  /** True when no document matched every slot and the hits match only some. */
  partial: boolean;
}

/**
 * MiniSearch's `autoSuggest(terms.join(" "), { fuzzy: 2, prefix: true, combineWith: "OR" })` on
 * indexed terms: the suggestions' matched terms, best first, listed as read (stop early: cheaper).
 */
export function suggestTerms(index: SearchIndex, terms: readonly string[]): Iterable<string[]> {
  return index.ranker.suggest(terms.join(" "), tokenize);
}

/** Whether more than {@link COMMON_SHARE} of the documents (and more than two) hold `term`. */
export function isCommonTerm(index: SearchIndex, term: string): boolean {
  return (index.documentFrequency.get(term) ?? 0) > Math.max(2, COMMON_SHARE * index.docs.length);
}

const isCommon = (index: SearchIndex, slot: QuerySlot) => slot.synonym === undefined && slot.terms.every((t) => isCommonTerm(index, t));

const filters = new WeakMap<SearchIndex, Map<string, Float64Array>>();

// What MiniSearch's boostDocument gave each document: 1 to score it, 0 to skip it. Kept per
// index and filter (a few: units only or not, per version).
function documentFilter(index: SearchIndex, unitsOnly: boolean, version: string | undefined): Float64Array {
  let byKey = filters.get(index);
  if (!byKey) filters.set(index, (byKey = new Map()));
  const key = `${unitsOnly}\u0000${version ?? ""}`;
  let filter = byKey.get(key);
  if (!filter) {
    filter = new Float64Array(index.docs.length);
    index.docs.forEach((d, i) => {
      (filter as Float64Array)[i] = (!unitsOnly || d.kind === "unit") && (version === undefined || d.version === version) ? 1 : 0;
    });
    byKey.set(key, filter);
  }
  return filter;
}

/**
 * Documents of every kind (units, themes, bodies, gaps) matching `query`, best first; see
 * searchQuery.ts for how words are matched. Each hit's excerpt is computed when read, so ask for
 * all hits freely, but pass `limit` when only the best are shown.
 */
export function searchDocuments(index: SearchIndex, query: string, options: SearchUnitsOptions & { unitsOnly?: boolean } = {}): SearchOutcome {
  const slots = querySlots(query, index.documentFrequency);
  if (slots.length === 0) return { hits: [], slots, partial: false };
  const { version, limit, match = "any", unitsOnly = false } = options;
  // Scoring skips other versions' documents, rather than scoring then filtering them out; no
  // test at all when the version is the only one and every kind is wanted.
  const { docs, versions } = index;
  const everyVersion = version === undefined || (versions.length === 1 && versions[0] === version);
  const docBoost = unitsOnly || !everyVersion ? documentFilter(index, unitsOnly, everyVersion ? undefined : version) : null;
  const run = (queries: Query[], combineWith: "AND" | "OR") =>
    queries.length === 0
      ? []
      : limit === undefined || limit < 1
        ? index.ranker.all({ combineWith, queries }, docBoost, tokenize)
        : index.ranker.best({ combineWith, queries }, docBoost, limit, tokenize);
  let results: SearchResult[];
  let partial = false;
  const all = slots.map((s) => s.query);
  if (match === "all-else-any" && slots.length > 1) {
    results = run(all, "AND");
    if (results.length === 0) {
      partial = true;
      const rare = slots.filter((s) => !isCommon(index, s));
      results = run((rare.length > 0 ? rare : slots).map((s) => s.query), "OR");
    }
  } else results = run(all, "OR");
  const hits: SearchHit[] = [];
  for (const result of limit === undefined ? results : results.slice(0, limit)) {
    const info = docs[result.id as number];
    if (info) hits.push(new Hit(result, info));
  }
  return { hits, slots, partial };
}

/** Units matching `query`, best first: {@link searchDocuments} without themes, bodies and gaps. */
export function searchUnits(index: SearchIndex, query: string, options: SearchUnitsOptions = {}): SearchHit[] {
  return searchDocuments(index, query, { ...options, unitsOnly: true }).hits;
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

/** {@link searchIndexSteps}, done at once when the index of `dataset` is already built, and kept when built. */
export function* searchIndexStepsFor(dataset: Dataset): Generator<void, SearchIndex, void> {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const index = yield* searchIndexSteps(dataset);
  // Another build of the same dataset may have finished first: keep one.
  const first = cache.get(dataset) ?? index;
  cache.set(dataset, first);
  return first;
}

/** The index of a dataset, built on first use and then reused. */
export function searchIndexFor(dataset: Dataset): SearchIndex {
  const steps = searchIndexStepsFor(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
