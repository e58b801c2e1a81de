// Text folding shared by search and highlighting. Users type without accents, with
// straight or curly apostrophes and in any case; the sources are typeset French. Both
// sides go through the same folding so « déontologie », « DEONTOLOGIE » and « deontologie »
// are one word, and highlighting maps matches back onto the original, accented text.

/** Lower-case, accents stripped, apostrophes folded to ', ligatures (œ, æ) expanded, spaces collapsed. */
export function normalizeText(s: string): string {
  return (
    s
      // NFKD (not NFD) also folds compatibility forms users never type: ﬁ, superscript «ᵉʳ», nbsp.
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’‘ʼ`´]/g, "'")
      .replace(/œ/g, "oe")
      .replace(/æ/g, "ae")
      .replace(/\s+/g, " ")
      .trim()
  );
}

// A word is a run of letters, digits and combining marks: apostrophes, hyphens and all
// punctuation split words, so « d'information » yields « d » and « information ».
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// Function words that would make every unit match a query such as « financement de la
// performance » (MiniSearch combines terms with OR). Elided forms (c', d', j', l', m', n',
// qu', s', t') are listed because apostrophes split words; other lone letters stay, since
// a sous-direction may be coded « R ».
const STOPWORDS = new Set(
  (
    "a au aux avec c ce ces d dans de des du elle en et il j l la le les leur leurs m n ou " +
    "par pour qu que qui s sa se ses son sur t un une y"
  ).split(" "),
);

/** Words of `s` as written (original case and accents), for MiniSearch's `tokenize`. */
export function tokenize(s: string): string[] {
  return s.match(WORD) ?? [];
}

// Per-word memos. Indexing 10,000 units folds ~300,000 words drawn from a vocabulary of a few
// thousand, and the Unicode normalisation is the costly part: each distinct word is folded once.
// The caches are bounded (cleared when full) so a long session cannot grow them without limit.
const MEMO_LIMIT = 50_000;
function memoised<R>(compute: (word: string) => R): (word: string) => R {
  const cache = new Map<string, R>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined && !cache.has(word)) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      value = compute(word);
      cache.set(word, value);
    }
    return value as R;
  };
}

/** {@link normalizeText} for one word (a {@link tokenize} token), memoised. */
export const foldWord: (word: string) => string = memoised(normalizeText);

/** The search form of one word, or null for a stopword (including elided d', l'...). Memoised. */
export const processTerm: (word: string) => string | null = memoised((word) => {
  const term = foldWord(word);
  return term.length === 0 || STOPWORDS.has(term) ? null : stem(term);
});

/**
 * A deliberately light French stemmer: plural -s/-x, then -ique(s)/-ie(s) → -i and a final -e.
 * Prefix search alone cannot join « déontologie » and « déontologiques » (the 2024 source's
 * wording), nor « politique » and « politiques »; full stemmers (Snowball) over-merge short
 * administrative words, so only these endings are folded, and only on words of 5+ letters.
 */
export function stem(term: string): string {
  if (term.length < 5 || /\d/.test(term)) return term;
  let t = term;
  // Masculine plural in -aux of adjectives in -al (« médicaux » → « médical »), before the plural -x.
  if (t.endsWith("aux") && t.length > 5) return `${t.slice(0, -3)}al`;
  if (/[^s][sx]$/.test(t)) t = t.slice(0, -1);
  if (t.endsWith("ique")) return t.slice(0, -3);
  if (t.endsWith("ie")) return t.slice(0, -1);
  if (t.endsWith("e") && t.length > 5) return t.slice(0, -1);
  return t;
}

// Derivational suffixes of a stem, longest first, as Snowball's French stemmer lists them (step 1:
// « ication », « ation », « ement », « ier », « ant »), plus « air » (-aire, which Snowball keeps).
// Joining « tarification », « tarifaires » and « tarifs », or « régulation » and « régule ».
const DERIVATIONS = ["ication", "ation", "ement", "air", "ier", "ant"];
// A root shorter than five letters is too often another word (« form-ation » / « forme »).
const MIN_ROOT = 5;

/**
 * The word family of a search term (a {@link stem}): the stem without one derivational suffix,
 * when at least five letters remain. Search joins the indexed words of one family: the query
 * « tarification » finds « tarifaires » and « tarifs ». Never applied to codes (digits).
 */
export function familyKey(term: string): string {
  if (/\d/.test(term)) return term;
  for (const suffix of DERIVATIONS) {
    if (term.endsWith(suffix) && term.length - suffix.length >= MIN_ROOT) return term.slice(0, -suffix.length);
  }
  return term;
}

/** The search terms of a text: tokenised, normalised, stopwords removed (order kept, duplicates kept). */
export function searchTerms(s: string): string[] {
  const out: string[] = [];
  for (const word of tokenize(s)) {
    const term = processTerm(word);
    if (term !== null) out.push(term);
  }
  return out;
}

/**
 * Ranges [start, end) of `text` (UTF-16 offsets into the original string) covering every word
 * that starts with one of the query terms, compared accent- and case-insensitively. Only the
 * matched prefix is covered: « financ » highlights « Financ » in « Financement ». Query terms
 * are themselves tokenised and stopwords are ignored (highlighting every « de » helps nobody).
 * With `prefix: false` only whole words match (for terms that are already whole indexed
 * words: the acronym « SI » must not light up « site »). With `family: true` a term may also be
 * the word's family ({@link familyKey}: « tarif » lights up « tarifaires »).
 */
export function highlightRanges(
  text: string,
  queryTerms: readonly string[],
  options: { prefix?: boolean; family?: boolean } = {},
): [number, number][] {
  return highlighter(queryTerms, options)(text);
}

// A word's folded form, its stem and its family key, computed once per distinct word.
const wordForms = memoised((word: string) => {
  const folded = foldWord(word);
  const stemmed = stem(folded);
  return { folded, stemmed, key: familyKey(stemmed) };
});

/**
 * {@link highlightRanges} with the query terms prepared once, for highlighting several texts
 * with the same terms (a hit's mission items, name and short name).
 */
export function highlighter(queryTerms: readonly string[], options: { prefix?: boolean; family?: boolean } = {}): (text: string) => [number, number][] {
  const prefix = options.prefix ?? true;
  const family = options.family ?? false;
  const terms = [...new Set(queryTerms.flatMap(searchTerms))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return () => [];
  return (text) => {
    const ranges: [number, number][] = [];
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const { folded, stemmed, key: familyOf } = wordForms(word);
      // Longest first, so « information » wins over « info » when both are query terms.
      const key = family ? familyOf : stemmed;
      const term = terms.find((t) => (prefix ? folded.startsWith(t) : folded === t || stemmed === t || key === t));
      if (term === undefined) continue;
      const start = match.index;
      // A term that is the word's stem covers the whole word (« déontologie » for « deontologie »).
      const whole = stemmed === term || folded === term || key === term;
      ranges.push([start, whole ? start + word.length : start + originalLength(word, term.length)]);
    }
    return ranges;
  };
}

// How many UTF-16 units of `word` fold to its first `foldedLength` characters: folding can
// shrink (é → e, a + combining accent → a) or grow (œ → oe) a character.
function originalLength(word: string, foldedLength: number): number {
  let folded = 0;
  let offset = 0;
  for (const ch of word) {
    if (folded >= foldedLength) break;
    folded += foldWord(ch).length;
    offset += ch.length;
  }
  // Swallow combining marks that belong to the last highlighted letter.
  while (offset < word.length && /\p{M}/u.test(word[offset] ?? "")) offset++;
  return offset;
}
