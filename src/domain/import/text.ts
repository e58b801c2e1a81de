// Shared text rules for every import format: decoding, size limits, unit kinds from names.
import { normalizeText } from "../normalize.ts";
import type { UnitKind } from "../schema.ts";
import type { Location, Problem } from "./types.ts";

export const MAX_NAME = 500;
export const MAX_TEXT = 20_000;
/** Beyond this the file is refused before parsing (the national export is ~100 MB unzipped). */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

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

/**
 * The unit kind from the file's type column if it names one, else from the first words of
 * the name (« Bureau de… » is a bureau), else « unité », the neutral kind.
 */
const PLAIN = /^[ -~]*$/;

export function inferKind(type: string | undefined, name: string): UnitKind {
  const fromType = type ? typeKind(type) : null;
  if (fromType?.exact) return fromType.exact;
  // Only the first words matter: fold a short prefix, not the whole name.
  const prefix = name.slice(0, 40).toLowerCase();
  // The Unicode decomposition is slow: only for a prefix with accents (or other non-ASCII).
  const n = PLAIN.test(prefix) ? prefix : prefix.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  for (const [word, kind] of KIND_WORDS) if (n.startsWith(word)) return kind;
  return fromType?.loose ?? "unite";
}

/** « 07/10/2026 10:00:00 », « 2026-10-07T10:00 », « 2026-10-07 » → « 2026-10-07 »; else undefined. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(v);
  if (fr) return `${fr[3]}-${fr[2]}-${fr[1]}`;
  const iso = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(v);
  if (iso) return `${iso[1]}${iso[2] ?? ""}${iso[3] ?? ""}`;
  return undefined;
}
