// Shared text rules for every import format: decoding, size limits, unit kinds from names.
import { normalizeText } from "../normalize.ts";
import type { UnitKind } from "../schema.ts";
import type { Location, Problem } from "./types.ts";

export const MAX_NAME = 500;
export const MAX_TEXT = 20_000;
/** Beyond this the file is refused before parsing (the national export is ~100 MB unzipped). */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

/** Why a file of `byteLength` bytes is refused before parsing, or null when its size is fine. */
export function sizeProblem(byteLength: number): string | null {
  return byteLength > MAX_FILE_BYTES ? `Fichier de ${Math.round(byteLength / 1e6)} Mo : trop grand (limite ${MAX_FILE_BYTES / 1024 / 1024} Mo).` : null;
}

/**
 * Bytes to text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252
 * (the superset of Latin-1 spreadsheets save in), with a warning since accents may be wrong.
 */
export function decodeText(bytes: Uint8Array): { text: string; problems: Problem[] } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), problems: [] };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(body),
      problems: [
        {
          severity: "warning",
          message: "Le fichier n'est pas en UTF-8 : il a été lu comme du Latin-1 (Windows-1252). Vérifiez les accents.",
          at: { line: 1 },
        },
      ],
    };
  }
}

/** A trimmed string limited to `max` characters; a longer value is cut, with a warning. */
export function clip(value: string, max: number, at: Location, what: string, problems: Problem[]): string {
  const text = value.trim();
  if (text.length <= max) return text;
  problems.push({ severity: "warning", message: `${what} trop long (${text.length} caractères) : coupé à ${max}.`, at });
  return `${text.slice(0, max)}…`;
}

// Ordered: « sous-direction » before « direction », « département » before « service »...
const KIND_WORDS: readonly [string, UnitKind][] = [
  ["sous-direction", "sous-direction"],
  ["sous direction", "sous-direction"],
  ["bureau", "bureau"],
  ["departement", "departement"],
  ["direction", "direction"],
  ["delegation", "direction"],
  ["secretariat general", "direction"],
  ["cabinet", "cabinet"],
  ["conseil", "conseil"],
  ["pole", "pole"],
  ["cellule", "cellule"],
  ["mission", "mission"],
  ["service", "service"],
  ["unite", "unite"],
];

/**
 * The unit kind from the file's type column if it names one, else from the first words of
 * the name (« Bureau de… » is a bureau), else « unité », the neutral kind.
 */
// Files repeat a few type labels thousands of times: what a label says is worked out once.
const typeKinds = new Map<string, { exact: UnitKind | null; loose: UnitKind | null }>();
function typeKind(type: string) {
  let known = typeKinds.get(type);
  if (!known) {
    if (typeKinds.size > 1000) typeKinds.clear();
    const t = normalizeText(type);
    known = {
      exact: KIND_WORDS.find(([word]) => t === word || t.startsWith(`${word} `) || t === `${word}s`)?.[1] ?? null,
      loose: KIND_WORDS.find(([word]) => t.includes(word))?.[1] ?? null,
    };
    typeKinds.set(type, known);
  }
  return known;
}

const NON_ASCII = /[^ -~\t\n\r]/;
const COMBINING = /[\u0300-\u036f]/g;
// Once lower-cased, text below this code (Latin, Greek, Cyrillic, general punctuation such as
// the typographic apostrophe) folds character by character: NFD decomposes each one alone and
// only reorders combining marks, which are dropped. A character that leaves another mark
// (null in the table) sends the text to the full decomposition.
const TABLE_END = 0x2070;
const MARK = /\p{M}/u;
let foldTable: (number[] | null)[] | null = null;
function table(): (number[] | null)[] {
  foldTable ??= Array.from({ length: TABLE_END }, (_, c) => {
    const folded = String.fromCharCode(c).normalize("NFD").replace(COMBINING, "");
    return MARK.test(folded) ? null : Array.from(folded, (ch) => ch.charCodeAt(0));
  });
  return foldTable;
}

/**
 * Lower case without accents (`toLowerCase`, NFD, combining accents dropped): cheaper than
 * normalizeText, enough to match names as typed. A name of the table's characters is folded
 * through it into one flat string; the Unicode decomposition (slow, and its `replace` leaves a
 * chain of string pieces that the root index would keep) only for the others.
 */
export function foldName(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  if (lower.length <= 2000) {
    const t = table();
    const codes: number[] = [];
    let i = 0;
    for (; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const f = c < TABLE_END ? t[c] : null;
      if (!f) break;
      for (let k = 0; k < f.length; k++) codes.push(f[k] as number);
    }
    if (i === lower.length) return String.fromCharCode.apply(null, codes);
  }
  return lower.normalize("NFD").replace(COMBINING, "");
}

/**
 * The unit kind from the file's type column if it names one, else from the first words of
 * the name (« Bureau de… » is a bureau), else « unité », the neutral kind.
 */
export function inferKind(type: string | undefined, name: string): UnitKind {
  const fromType = type ? typeKind(type) : null;
  if (fromType?.exact) return fromType.exact;
  // Only the first words matter: fold a short prefix, not the whole name.
  const n = foldName(name.slice(0, 40));
  for (const [word, kind] of KIND_WORDS) if (n.startsWith(word)) return kind;
  return fromType?.loose ?? "unite";
}

/** « 07/10/2026 10:00:00 », « 2026-10-07T10:00 », « 2026-10-07 » → « 2026-10-07 »; else undefined. */
const isDigit = (v: string, i: number) => {
  const c = v.charCodeAt(i);
  return c >= 48 && c <= 57;
};

export function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  // The export's own form (« dd/mm/yyyy hh:mm:ss », 100,000 times): read without a regex.
  if (v.charCodeAt(2) === 47 && v.charCodeAt(5) === 47 && isDigit(v, 0) && isDigit(v, 1) && isDigit(v, 3) && isDigit(v, 4) && isDigit(v, 6) && isDigit(v, 7) && isDigit(v, 8) && isDigit(v, 9)) {
    return `${v.slice(6, 10)}-${v.slice(3, 5)}-${v.slice(0, 2)}`;
  }
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(v);
  if (fr) return `${fr[3]}-${fr[2]}-${fr[1]}`;
  const iso = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(v);
  if (iso) return `${iso[1]}${iso[2] ?? ""}${iso[3] ?? ""}`;
  return undefined;
}
