// From what the user typed to a MiniSearch query tree. The rules, each for a measured failure:
// - Words are indexed by family (normalize.ts: stem, then familyKey), so « tarification »,
//   « tarifaires » and « tarifs » are one indexed term and an exact lookup joins them.
// - A word that is a term of the sources is matched exactly: no prefix, no typo. « internes »
//   is a word of the sources (« procédures internes »), so it does not reach « internationales »,
//   and « soins » does not reach « soignants ». This is also what keeps common words fast.
// - A word that is not (still being typed, or misspelt) is matched as a prefix of the word as
//   typed (not of its stem: « internes » is no prefix of « internationales »), from two letters,
//   and with one typo from five letters, digits excepted (a typo in a code names another unit).
// - Curated synonyms (synonyms.ts) and their forms are alternatives of one slot.
import type { Query } from "minisearch";
import { familyKey, foldWord, processTerm, tokenize } from "./normalize.ts";
import { SYNONYMS, type SynonymEntry } from "./synonyms.ts";

/** The indexed form of one word (null for a stopword). */
export function indexTerm(word: string): string | null {
  const term = processTerm(word);
  return term === null ? null : familyKey(term);
}

/** The indexed forms of a text's words, stopwords removed, in order. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of tokenize(text)) {
    const term = indexTerm(word);
    if (term !== null) out.push(term);
  }
  return out;
}

/** What a query is made of: one slot per word, or per synonym phrase found in it. */
export interface QuerySlot {
  /** The indexed terms of the slot as typed. */
  terms: string[];
  /** The synonym entry this slot matched, if any. */
  synonym?: SynonymEntry;
  query: Query;
}

export interface Vocabulary {
  has(term: string): boolean;
}

// Endings that may follow an indexed term in a word being typed: « tarifi… » is on its way to
// « tarification », whose indexed term « tarif » is then matched; also with one typo in the
// ending (« financment »).
const ENDINGS = ["ication", "ation", "ement", "aire", "ier", "iere", "ant", "ante", "aux", "ique", "es", "e", "s", "x"];

/** Whether `a` and `b` differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordQuery(word: string, term: string, vocab: Vocabulary): Query {
  if (vocab.has(term)) return term;
  const raw = foldWord(word);
  const alternatives: Query[] = [];
  if (raw.length >= 2) alternatives.push({ queries: [raw], prefix: true, fuzzy: false });
  for (let i = raw.length - 1; i >= 5; i--) {
    const head = raw.slice(0, i);
    const rest = raw.slice(i);
    if (vocab.has(head) && ENDINGS.some((e) => e.startsWith(rest) || withinOneEdit(rest, e))) {
      alternatives.push(head);
      break;
    }
  }
  if (term.length >= 5 && !/\d/.test(term)) alternatives.push({ queries: [term], prefix: false, fuzzy: 1 });
  if (alternatives.length === 0) return term;
  return alternatives.length === 1 ? (alternatives[0] as Query) : { combineWith: "OR", queries: alternatives };
}

interface CompiledSynonym {
  entry: SynonymEntry;
  forms: string[][];
}
let compiled: CompiledSynonym[] | undefined;
function synonyms(): CompiledSynonym[] {
  compiled ??= SYNONYMS.map((entry) => ({ entry, forms: entry.forms.map(indexTerms).filter((f) => f.length > 0) }));
  return compiled;
}

const startsAt = (terms: readonly string[], form: readonly string[], at: number) => form.every((t, k) => terms[at + k] === t);

const phrase = (terms: readonly string[]): Query => (terms.length === 1 ? (terms[0] as string) : { combineWith: "AND", queries: [...terms] });

/** The query's slots: each word, or each run of words that is a form of a curated synonym. */
export function querySlots(query: string, vocab: Vocabulary): QuerySlot[] {
  const words: { word: string; term: string }[] = [];
  for (const word of tokenize(query)) {
    const term = indexTerm(word);
    if (term !== null) words.push({ word, term });
  }
  const terms = words.map((w) => w.term);
  const slots: QuerySlot[] = [];
  for (let i = 0; i < words.length; ) {
    let found: { entry: SynonymEntry; length: number; forms: string[][] } | undefined;
    for (const { entry, forms } of synonyms()) {
      for (const form of forms) {
        if (form.length > (found?.length ?? 0) && startsAt(terms, form, i)) found = { entry, length: form.length, forms };
      }
    }
    if (found) {
      slots.push({ terms: terms.slice(i, i + found.length), synonym: found.entry, query: { combineWith: "OR", queries: found.forms.map(phrase) } });
      i += found.length;
    } else {
      const { word, term } = words[i] as { word: string; term: string };
      slots.push({ terms: [term], query: wordQuery(word, term, vocab) });
      i++;
    }
  }
  return slots;
}

/** The slots' synonym entries, each once. */
export function synonymsOf(slots: readonly QuerySlot[]): SynonymEntry[] {
  return [...new Set(slots.flatMap((s) => (s.synonym ? [s.synonym] : [])))];
}
