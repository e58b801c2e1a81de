// Finding acronyms in French administrative text, shared by the data check (every acronym
// must be in the glossary) and the app (explain acronyms on hover).
//
// The rule:
// 1. A word is a run of letters/digits (accents included); apostrophes, hyphens, slashes,
//    spaces and punctuation separate words ("SI-RH" is "SI" and "RH").
// 2. An acronym is a word of 2+ characters that starts with a capital letter and has only
//    capitals and digits after it: DGOS, ARS, T2A, R1. "CHUs", "Bureau", "2e" are not.
// 3. Roman numerals up to XXXIX (II, IV, XIV...) are not acronyms.
// 4. Text written in capitals is not acronyms: a run of consecutive capitalised words
//    that contains a French function word in capitals (DE, LA, LES, DU, DES, L', D', ET,
//    EN, AU, AUX, À, POUR, PAR, SUR, DANS, AVEC...) is a shouted title such as
//    "PILOTAGE DE L'OFFRE DE SOINS", and none of its words count. A run is broken by a
//    word holding a lower-case letter, or by one of ( ) [ ] : ; . ! ? « » " — so in
//    "OFFRE DE SOINS (DGOS)" only DGOS is an acronym.
// Unit codes (R1, PF5...) match rule 2; the data check skips them, not this module.

export interface AcronymMatch {
  acronym: string;
  /** Offset of the first character in the text (UTF-16 units, as String.prototype.slice). */
  index: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}[\p{Lu}\p{M}\p{N}]*$/u;
const ACRONYM = /^\p{Lu}\p{M}*[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}]*$/u;
const HAS_LETTER = /\p{L}/u;
const ROMAN = /^X{0,3}(IX|IV|V?I{0,3})$/;
const RUN_BREAK = /[()[\]{}:;.!?«»"“”]/;
const FUNCTION_WORDS = new Set(
  "À A AU AUX AVEC D DANS DE DES DU EN ET L LA LE LES OU PAR POUR SANS SUR UN UNE".split(" "),
);

interface Word {
  text: string;
  index: number;
}

/** Every acronym occurrence, in text order (a repeated acronym appears each time). */
export function findAcronymMatches(text: string): AcronymMatch[] {
  const matches: AcronymMatch[] = [];
  let run: Word[] = [];
  let shouted = false;
  const flush = () => {
    if (!shouted) {
      for (const w of run) {
        if (ACRONYM.test(w.text) && !ROMAN.test(w.text)) matches.push({ acronym: w.text, index: w.index });
      }
    }
    run = [];
    shouted = false;
  };
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const word = { text: m[0], index: m.index };
    if (RUN_BREAK.test(text.slice(end, word.index))) flush();
    end = word.index + word.text.length;
    if (!HAS_LETTER.test(word.text)) continue; // a number neither breaks nor joins a run
    if (!CAPITALISED.test(word.text)) {
      flush();
      continue;
    }
    run.push(word);
    if (FUNCTION_WORDS.has(word.text)) shouted = true;
  }
  flush();
  return matches;
}

/** The distinct acronyms of a text, in order of first appearance. */
export function findAcronyms(text: string): string[] {
  return [...new Set(findAcronymMatches(text).map((m) => m.acronym))];
}
