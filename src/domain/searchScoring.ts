// The search index and its scoring: MiniSearch 7.2's model (BM25 per field, prefix and fuzzy
// expansions through the same radix tree, its public `minisearch/SearchableMap`), rebuilt so that
// a search with a limit does not build a result object for each of the thousands of documents a
// common word matches. Ranking is done first on plain arrays (scores and the set of query terms
// each document matched, as bits), then only the best documents are scored again as MiniSearch
// does, to give them the same `terms` and `match`. Every float is computed by the same operations
// in the same order as MiniSearch's, so scores are bit-for-bit the same, and so is the order of
// ties (its result maps keep insertion order, its sort is stable): the searchScoring tests
// compare both on hundreds of queries.
import type { Query, SearchResult } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";

/** The documents holding a term in one field, ascending, with the term's occurrences in each. */
export interface FieldPostings {
  docs: number[];
  tfs: number[];
}
/** Where one indexed term occurs, by field id (MiniSearch keeps the same as nested maps). */
export type Postings = (FieldPostings | undefined)[];

export interface TermIndex {
  readonly terms: SearchableMap<Postings>;
  readonly fields: readonly string[];
  /** Per field, per document: the number of distinct tokens of the field (undefined when absent). */
  readonly fieldLength: readonly (number | undefined)[][];
  readonly avgFieldLength: readonly number[];
  readonly documentCount: number;
  readonly boost: Readonly<Record<string, number>>;
}

export interface TermIndexOptions {
  fields: readonly string[];
  boost: Readonly<Record<string, number>>;
  tokenize: (text: string) => string[];
  /** The indexed term of a token, or null to skip it. */
  processTerm: (token: string, doc: number) => string | null;
  /** A field's text, or undefined when the document has none. */
  field: (doc: number, field: string) => string | undefined;
}

/**
 * Builds the index of documents 0…count-1 as MiniSearch's `addAll` would: the same field lengths
 * (distinct tokens, stopwords included), running averages, term frequencies, and terms inserted
 * in the radix tree in the same order (first occurrence), so that prefix and fuzzy lookups list
 * them in the same order. `from`/`to` let a caller build it in slices ({@link TermIndexBuilder}).
 */
export class TermIndexBuilder {
  readonly #options: TermIndexOptions;
  readonly #byTerm = new Map<string, Postings>();
  readonly #fieldLength: (number | undefined)[][];
  readonly #avg: number[];
  #count = 0;

  constructor(options: TermIndexOptions) {
    this.#options = options;
    this.#fieldLength = options.fields.map(() => []);
    this.#avg = options.fields.map(() => 0);
  }

  /** Indexes the next document (ids are consecutive from 0). */
  add(): void {
    const doc = this.#count++;
    const { fields, tokenize, processTerm, field } = this.#options;
    for (let fieldId = 0; fieldId < fields.length; fieldId++) {
      const value = field(doc, fields[fieldId] as string);
      if (value == null) continue;
      const tokens = tokenize(value);
      const length = new Set(tokens).size;
      (this.#fieldLength[fieldId] as (number | undefined)[])[doc] = length;
      // MiniSearch's running mean, computed the same way (same float result).
      const average = this.#avg[fieldId] || 0;
      this.#avg[fieldId] = (average * doc + length) / (doc + 1);
      for (const token of tokens) {
        const term = processTerm(token, doc);
        if (!term) continue;
        let postings = this.#byTerm.get(term);
        if (postings === undefined) this.#byTerm.set(term, (postings = []));
        let freqs = postings[fieldId];
        if (freqs === undefined) postings[fieldId] = freqs = { docs: [], tfs: [] };
        // Documents come in order: the current one, if present, is the last.
        const last = freqs.docs.length - 1;
        if (freqs.docs[last] === doc) freqs.tfs[last] = (freqs.tfs[last] as number) + 1;
        else {
          freqs.docs.push(doc);
          freqs.tfs.push(1);
        }
      }
    }
  }

  get count(): number {
    return this.#count;
  }

  finish(): TermIndex {
    const terms = new SearchableMap<Postings>();
    for (const [term, postings] of this.#byTerm) terms.set(term, postings);
    return { terms, fields: this.#options.fields, fieldLength: this.#fieldLength, avgFieldLength: this.#avg, documentCount: this.#count, boost: this.#options.boost };
  }
}

// MiniSearch 7.2's defaults, which the index does not override.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;

const bm25 = (termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number) => {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
};

/** Options of a query node, inherited by its sub-queries as in MiniSearch. */
interface NodeOptions {
  combineWith?: string;
  prefix?: boolean | unknown;
  fuzzy?: boolean | number | unknown;
  tokenize?: (text: string) => string[];
}

interface Leaf {
  source: string;
  derived: { term: string; weight: number; postings: Postings }[];
}

// The derived terms of one query term, with their weights, in MiniSearch's order: the term
// itself, then prefix expansions (radix-tree order), then fuzzy ones not already prefixes.
function expand(index: TermIndex, term: string, options: NodeOptions): Leaf {
  const derived: Leaf["derived"] = [];
  const exact = index.terms.get(term);
  if (exact) derived.push({ term, weight: 1, postings: exact });
  const prefix = options.prefix === true;
  const fuzzyOption = options.fuzzy || false;
  let fuzzyMatches: Map<string, [Postings, number]> | undefined;
  if (fuzzyOption) {
    const fuzzy = fuzzyOption === true ? 0.2 : (fuzzyOption as number);
    const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
    if (maxDistance) fuzzyMatches = index.terms.fuzzyGet(term, maxDistance);
  }
  if (prefix) {
    for (const [t, postings] of index.terms.atPrefix(term)) {
      const distance = t.length - term.length;
      if (!distance) continue;
      fuzzyMatches?.delete(t);
      derived.push({ term: t, weight: (WEIGHTS.prefix * t.length) / (t.length + 0.3 * distance), postings });
    }
  }
  if (fuzzyMatches) {
    for (const [t, [postings, distance]] of fuzzyMatches) {
      if (!distance) continue;
      derived.push({ term: t, weight: (WEIGHTS.fuzzy * t.length) / (t.length + distance), postings });
    }
  }
  return { source: term, derived };
}

type Node<L> = { leaves: L[]; combineWith: string } | { nodes: Node<L>[]; combineWith: string };

// The query tree with MiniSearch's option inheritance resolved: each string becomes the leaves
// of its tokens (identity term processing, as the index is configured).
function plan(index: TermIndex, query: Query, options: NodeOptions, tokenize: (s: string) => string[]): Node<Leaf> {
  if (typeof query !== "string") {
    if (typeof query === "symbol") throw new Error("wildcard queries are not supported");
    const { queries, ...rest } = query as { queries: Query[] } & NodeOptions;
    const merged = { ...options, ...rest };
    return { nodes: queries.map((q) => plan(index, q, merged, tokenize)), combineWith: merged.combineWith ?? "OR" };
  }
  const terms = (options.tokenize ?? tokenize)(query).filter((t) => !!t);
  return { leaves: terms.map((t) => expand(index, t, options)), combineWith: options.combineWith ?? "OR" };
}

// ---- Ranking pass: plain arrays ----

interface Ranked {
  docs: number[];
  scores: number[];
  /** Bit i: the document matched the i-th distinct query term. */
  masks: number[];
  /** Two hashes of the (leaf, derived term) pairs the document matched: see {@link Ranker.suggest}. */
  h1?: number[];
  h2?: number[];
}

const NONE: Ranked = { docs: [], scores: [], masks: [] };

/** Scratch space: per document, its position in the result being combined (-1 when absent). */
class Scratch {
  readonly #free: Int32Array[] = [];
  constructor(readonly size: number) {}
  take(): Int32Array {
    return this.#free.pop() ?? new Int32Array(this.size).fill(-1);
  }
  give(pos: Int32Array, docs: readonly number[]): void {
    for (const d of docs) pos[d] = -1;
    this.#free.push(pos);
  }
}

interface RawPostings {
  docs: readonly number[];
  raw: Float64Array;
}

export class Ranker {
  readonly #index: TermIndex;
  readonly #scratch: Scratch;
  readonly #raw = new WeakMap<FieldPostings, RawPostings>();
  /** While {@link Ranker.suggest} runs: each leaf's number, for hashing what a document matched. */
  #hashing: Map<Leaf, number> | null = null;

  constructor(index: TermIndex) {
    this.#index = index;
    this.#scratch = new Scratch(index.documentCount);
  }

  // A field's postings as arrays, with each document's BM25 score, computed once.
  #rawOf(freqs: FieldPostings, fieldId: number): RawPostings {
    let r = this.#raw.get(freqs);
    if (!r) {
      const { documentCount, fieldLength, avgFieldLength } = this.#index;
      const { docs, tfs } = freqs;
      const raw = new Float64Array(docs.length);
      const lengths = fieldLength[fieldId] as (number | undefined)[];
      const avg = avgFieldLength[fieldId] as number;
      for (let i = 0; i < docs.length; i++) raw[i] = bm25(tfs[i] as number, docs.length, documentCount, lengths[docs[i] as number] as number, avg);
      r = { docs, raw };
      this.#raw.set(freqs, r);
    }
    return r;
  }

  #leaf(leaf: Leaf, bit: number, docBoost: Float64Array | null): Ranked {
    const { fields, boost } = this.#index;
    const pos = this.#scratch.take();
    const docs: number[] = [];
    const scores: number[] = [];
    const termBoost = 1;
    const leafNo = this.#hashing?.get(leaf);
    const h1: number[] = [];
    const h2: number[] = [];
    const last: number[] = [];
    for (let j = 0; j < leaf.derived.length; j++) {
      const { weight, postings } = leaf.derived[j] as Leaf["derived"][number];
      const [c1, c2] = leafNo === undefined ? [0, 0] : pairCodes(leafNo, j);
      for (let fieldId = 0; fieldId < fields.length; fieldId++) {
        const freqs = postings[fieldId];
        if (freqs == null) continue;
        const fieldBoost = boost[fields[fieldId] as string] || 1;
        const { docs: pd, raw } = this.#rawOf(freqs, fieldId);
        for (let i = 0; i < pd.length; i++) {
          const d = pd[i] as number;
          const docBoostValue = docBoost ? (docBoost[d] as number) : 1;
          if (!docBoostValue) continue;
          const weighted = weight * termBoost * fieldBoost * docBoostValue * (raw[i] as number);
          const p = pos[d] as number;
          if (p < 0) {
            pos[d] = docs.length;
            docs.push(d);
            scores.push(weighted);
            if (leafNo !== undefined) {
              h1.push(c1);
              h2.push(c2);
              last.push(j);
            }
          } else {
            scores[p] = (scores[p] as number) + weighted;
            if (leafNo !== undefined && last[p] !== j) {
              h1[p] = (h1[p] as number) + c1;
              h2[p] = (h2[p] as number) + c2;
              last[p] = j;
            }
          }
        }
      }
    }
    this.#scratch.give(pos, docs);
    return leafNo === undefined ? { docs, scores, masks: docs.map(() => bit) } : { docs, scores, masks: docs.map(() => bit), h1, h2 };
  }

  #combine(a: Ranked, b: Ranked, how: string): Ranked {
    const pos = this.#scratch.take();
    a.docs.forEach((d, i) => (pos[d] = i));
    let out: Ranked;
    if (how.toLowerCase() === "and") {
      out = { docs: [], scores: [], masks: [] };
      for (let j = 0; j < b.docs.length; j++) {
        const d = b.docs[j] as number;
        const p = pos[d] as number;
        if (p < 0) continue;
        out.docs.push(d);
        out.scores.push((a.scores[p] as number) + (b.scores[j] as number));
        out.masks.push((a.masks[p] as number) | (b.masks[j] as number));
      }
    } else {
      out = a;
      for (let j = 0; j < b.docs.length; j++) {
        const d = b.docs[j] as number;
        const p = pos[d] as number;
        if (p < 0) {
          out.docs.push(d);
          out.scores.push(b.scores[j] as number);
          out.masks.push(b.masks[j] as number);
          if (out.h1 && b.h1 && out.h2 && b.h2) {
            out.h1.push(b.h1[j] as number);
            out.h2.push(b.h2[j] as number);
          }
        } else {
          out.scores[p] = (out.scores[p] as number) + (b.scores[j] as number);
          out.masks[p] = (out.masks[p] as number) | (b.masks[j] as number);
          if (out.h1 && b.h1 && out.h2 && b.h2) {
            out.h1[p] = (out.h1[p] as number) + (b.h1[j] as number);
            out.h2[p] = (out.h2[p] as number) + (b.h2[j] as number);
          }
        }
      }
    }
    this.#scratch.give(pos, a.docs);
    return out;
  }

  #rank(node: Node<Leaf>, bits: Map<string, number>, docBoost: Float64Array | null): Ranked {
    const parts =
      "leaves" in node
        ? node.leaves.map((leaf) => this.#leaf(leaf, 1 << (bits.get(leaf.source) as number), docBoost))
        : node.nodes.map((n) => this.#rank(n, bits, docBoost));
    if (parts.length === 0) return { docs: [], scores: [], masks: [] };
    return parts.reduce((a, b) => this.#combine(a, b, node.combineWith));
  }

  /**
   * The best `limit` results of MiniSearch's `search(query, options)`, the same ones in the same
   * order with the same fields. `docBoost[d]` is what its `boostDocument` would return for d.
   */
  best(query: Query, docBoost: Float64Array | null, limit: number, tokenize: (s: string) => string[]): SearchResult[] {
    const tree = plan(this.#index, query, {}, tokenize);
    const bits = new Map<string, number>();
    const collect = (n: Node<Leaf>): void => {
      if ("leaves" in n) {
        for (const l of n.leaves) if (!bits.has(l.source)) bits.set(l.source, bits.size);
      } else for (const c of n.nodes) collect(c);
    };
    collect(tree);
    // More distinct words than bits: rare (a very long query); score everything as MiniSearch does.
    if (bits.size > 30) return sortResults(evaluate(this.#index, tree, docBoost, null)).slice(0, limit);
    const ranked = bits.size === 0 ? NONE : this.#rank(tree, bits, docBoost);
    // Kept sorted best first; an entry enters only when strictly better than the last kept (stable ties).
    const scores: number[] = [];
    const kept: number[] = [];
    for (let i = 0; i < ranked.docs.length; i++) {
      const score = (ranked.scores[i] as number) * (popcount(ranked.masks[i] as number) || 1);
      if (kept.length === limit && score <= (scores[limit - 1] as number)) continue;
      let at = kept.length;
      while (at > 0 && (scores[at - 1] as number) < score) at--;
      scores.splice(at, 0, score);
      kept.splice(at, 0, ranked.docs[i] as number);
      if (kept.length > limit) {
        scores.pop();
        kept.pop();
      }
    }
    const detail = evaluate(this.#index, tree, docBoost, kept);
    return kept.map((doc, k) => {
      const r = detail.get(doc) as ObjectResult;
      return { id: doc, score: scores[k] as number, terms: Object.keys(r.match), queryTerms: r.terms, match: r.match };
    });
  }

  /**
   * MiniSearch's `autoSuggest(text, { combineWith: "OR", prefix: true, fuzzy: 2 })` (words split on
   * spaces, identity processing): each suggestion's terms, best first, the same list in the same
   * order, without a result object per matching document — a one-letter word matches nearly all
   * of them. Documents that matched the same terms are grouped by two sums of random codes of
   * (word, derived term) pairs; each group's scores are added in MiniSearch's order (best first),
   * so averages and their order are the same to the last bit. Suggestions are listed lazily: only
   * those read get a result object (one document each), to read the terms in MiniSearch's order.
   */
  suggest(text: string, tokenize: (s: string) => string[]): Iterable<string[]> {
    const tree = plan(this.#index, text, { combineWith: "OR", prefix: true, fuzzy: 2, tokenize: (s) => s.split(/\s+/) }, tokenize);
    const bits = new Map<string, number>();
    const numbers = new Map<Leaf, number>();
    const collect = (n: Node<Leaf>): void => {
      if ("leaves" in n) {
        for (const l of n.leaves) {
          if (!bits.has(l.source)) bits.set(l.source, bits.size);
          numbers.set(l, numbers.size);
        }
      } else for (const c of n.nodes) collect(c);
    };
    collect(tree);
    if (bits.size === 0) return [];
    // Documents that matched the same (word, derived term) pairs have the same terms; the converse
    // needs each derived term to come from one word only. Else, or past 30 words: as MiniSearch does.
    const derived = [...numbers.keys()].flatMap((l) => l.derived.map((d) => d.term));
    if (bits.size > 30 || new Set(derived).size < derived.length) return suggestionsOf(sortResults(evaluate(this.#index, tree, null, null)));
    this.#hashing = numbers;
    let ranked: Ranked;
    try {
      ranked = this.#rank(tree, bits, null);
    } finally {
      this.#hashing = null;
    }
    interface Group {
      rep: number;
      best: number;
      first: number;
      scores: number[];
    }
    const groups = new Map<number, Map<number, Group>>();
    const all: Group[] = [];
    for (let i = 0; i < ranked.docs.length; i++) {
      const score = (ranked.scores[i] as number) * (popcount(ranked.masks[i] as number) || 1);
      const k1 = ranked.h1?.[i] as number;
      const k2 = ranked.h2?.[i] as number;
      let inner = groups.get(k1);
      if (!inner) groups.set(k1, (inner = new Map()));
      const g = inner.get(k2);
      if (!g) {
        const created = { rep: ranked.docs[i] as number, best: score, first: i, scores: [score] };
        inner.set(k2, created);
        all.push(created);
      } else {
        g.scores.push(score);
        if (score > g.best) Object.assign(g, { best: score, first: i });
      }
    }
    // Each group's average score, its scores added best first as MiniSearch adds them (equal
    // scores are interchangeable); groups in the order MiniSearch first meets them, then by average.
    const ranked2 = all
      .sort((a, b) => b.best - a.best || a.first - b.first)
      .map((g) => {
        if (g.scores.length === 1) return { rep: g.rep, score: g.scores[0] as number };
        const sorted = Float64Array.from(g.scores).sort();
        let sum = sorted[sorted.length - 1] as number;
        for (let k = sorted.length - 2; k >= 0; k--) sum += sorted[k] as number;
        return { rep: g.rep, score: sum / sorted.length };
      })
      .sort((a, b) => b.score - a.score);
    // The terms of a group, read from MiniSearch's result object of one of its documents, only
    // for the groups a caller reads (a few): there may be as many as documents.
    const index = this.#index;
    return (function* () {
      for (let at = 0; at < ranked2.length; at += 16) {
        const batch = ranked2.slice(at, at + 16).map((g) => g.rep);
        const detail = evaluate(index, tree, null, batch);
        for (const rep of batch) yield Object.keys((detail.get(rep) as ObjectResult).match);
      }
    })();
  }

  /** Every result of MiniSearch's `search(query, options)`, best first. */
  all(query: Query, docBoost: Float64Array | null, tokenize: (s: string) => string[], options: NodeOptions = {}): SearchResult[] {
    return sortResults(evaluate(this.#index, plan(this.#index, query, options, tokenize), docBoost, null));
  }
}

/** Two random codes below 2^32 for a (leaf, derived term) pair: sums of a few thousand stay exact. */
function pairCodes(leaf: number, derived: number): [number, number] {
  const mix = (x: number) => {
    let h = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const n = leaf * 65_537 + derived + 1;
  return [mix(n), mix(n ^ 0x5bd1e995)];
}

/** MiniSearch's autoSuggest grouping of its sorted search results. */
function suggestionsOf(results: SearchResult[]): string[][] {
  const suggestions = new Map<string, { score: number; terms: string[]; count: number }>();
  for (const { score, terms } of results) {
    const phrase = terms.join(" ");
    const s = suggestions.get(phrase);
    if (s) {
      s.score += score;
      s.count += 1;
    } else suggestions.set(phrase, { score, terms, count: 1 });
  }
  return [...suggestions.values()]
    .map((s) => ({ terms: s.terms, score: s.score / s.count }))
    .sort((a, b) => b.score - a.score)
    .map((s) => s.terms);
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

// ---- Detail pass: MiniSearch's own result objects ----

interface ObjectResult {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const addUnique = (target: string[], terms: readonly string[]) => {
  for (const t of terms) if (!target.includes(t)) target.push(t);
};

/**
 * MiniSearch's executeQuery on a planned tree: result objects built and combined exactly as it
 * does. With `only`, just those documents are scored (their results do not depend on others).
 */
function evaluate(index: TermIndex, node: Node<Leaf>, docBoost: Float64Array | null, only: readonly number[] | null): Map<number, ObjectResult> {
  const parts = "leaves" in node ? node.leaves.map((l) => leafObjects(index, l, docBoost, only)) : node.nodes.map((n) => evaluate(index, n, docBoost, only));
  if (parts.length === 0) return new Map();
  const and = node.combineWith.toLowerCase() === "and";
  return parts.reduce((a, b) => {
    if (and) {
      const combined = new Map<number, ObjectResult>();
      for (const [doc, r] of b) {
        const existing = a.get(doc);
        if (existing == null) continue;
        addUnique(existing.terms, r.terms);
        combined.set(doc, { score: existing.score + r.score, terms: existing.terms, match: Object.assign(existing.match, r.match) });
      }
      return combined;
    }
    for (const [doc, r] of b) {
      const existing = a.get(doc);
      if (existing == null) a.set(doc, r);
      else {
        existing.score = existing.score + r.score;
        existing.match = Object.assign(existing.match, r.match);
        addUnique(existing.terms, r.terms);
      }
    }
    return a;
  });
}

function leafObjects(index: TermIndex, leaf: Leaf, docBoost: Float64Array | null, only: readonly number[] | null): Map<number, ObjectResult> {
  const { fields, boost, documentCount, fieldLength, avgFieldLength } = index;
  const results = new Map<number, ObjectResult>();
  const termBoost = 1;
  for (const { term, weight, postings } of leaf.derived) {
    for (let fieldId = 0; fieldId < fields.length; fieldId++) {
      const field = fields[fieldId] as string;
      const freqs = postings[fieldId];
      if (freqs == null) continue;
      const fieldBoost = boost[field] || 1;
      const { docs, tfs } = freqs;
      const lengths = fieldLength[fieldId] as (number | undefined)[];
      const avg = avgFieldLength[fieldId] as number;
      const visit = (doc: number, tf: number) => {
        const docBoostValue = docBoost ? (docBoost[doc] as number) : 1;
        if (!docBoostValue) return;
        const weighted = weight * termBoost * fieldBoost * docBoostValue * bm25(tf, docs.length, documentCount, lengths[doc] as number, avg);
        const result = results.get(doc);
        if (result) {
          result.score += weighted;
          addUnique(result.terms, [leaf.source]);
          const match = own(result.match, term) ? result.match[term] : undefined;
          if (match) match.push(field);
          else result.match[term] = [field];
        } else results.set(doc, { score: weighted, terms: [leaf.source], match: { [term]: [field] } });
      };
      if (only) {
        for (const doc of only) {
          const at = indexOf(docs, doc);
          if (at >= 0) visit(doc, tfs[at] as number);
        }
      } else for (let i = 0; i < docs.length; i++) visit(docs[i] as number, tfs[i] as number);
    }
  }
  return results;
}

/** Position of `doc` in ascending `docs`, or -1. */
function indexOf(docs: readonly number[], doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid] as number;
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function sortResults(raw: Map<number, ObjectResult>): SearchResult[] {
  const results: SearchResult[] = [];
  for (const [doc, { score, terms, match }] of raw) {
    results.push({ id: doc, score: score * (terms.length || 1), terms: Object.keys(match), queryTerms: terms, match });
  }
  return results.sort((a, b) => b.score - a.score);
}
