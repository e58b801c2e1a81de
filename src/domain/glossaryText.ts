// Splits text into plain runs and glossary acronyms, so views can explain each acronym in place.
export interface TextSegment {
  text: string;
  acronym?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function createAcronymMatcher(acronyms: readonly string[]): RegExp | null {
  if (acronyms.length === 0) return null;
  // Longest first so "DGOS" wins over "DG"; lookarounds instead of \b because \b is ASCII-only.
  const alternatives = [...acronyms].sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, "gu");
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
