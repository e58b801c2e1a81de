// Splits text into plain runs and glossary acronyms, so views can explain each acronym in place.
// Source numbers ("000"…"004", how the data's notes cite ../shared/sources) are terms too.
import type { SourceDoc } from "./schema.ts";

export interface TextSegment {
  text: string;
  acronym?: string;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regular expression matching `alternatives` (a regex source) only as whole words: lookarounds
 * instead of \b, because \b is ASCII-only (it sees a word end before « é »).
 */
export function wholeWord(alternatives: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

export function createAcronymMatcher(acronyms: readonly string[]): RegExp | null {
  if (acronyms.length === 0) return null;
  // Longest first so "DGOS" wins over "DG".
  const alternation = (terms: string[]) => terms.sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const words = acronyms.filter((a) => !/^\d+$/.test(a));
  const numbers = acronyms.filter((a) => /^\d+$/.test(a));
  // A number term is not the thousands group of a figure ("10 000 agents").
  const parts = [
    ...(words.length ? [`(?:${alternation(words)})`] : []),
    ...(numbers.length ? [`(?<!\\p{N}[\\s\\u00a0\\u202f])(?:${alternation(numbers)})`] : []),
  ];
  return wholeWord(parts.join("|"), "gu");
}

/** "002" → what source 002 is, for the documents whose file name starts with a number. */
export function sourceNumberExpansions(documents: readonly SourceDoc[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of documents) {
    const number = /^(\d{3})_/.exec(doc.file)?.[1];
    if (number) out.set(number, `Source ${number} : « ${doc.title} » (${doc.kind})`);
  }
  return out;
}

export function segmentByGlossary(text: string, matcher: RegExp | null): TextSegment[] {
  if (!matcher) return [{ text }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: match[0], acronym: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
