// French typography for text the app shows: a no-break space inside « » and before : ; ! ?
// (so no line ever starts with » or :), and guillemets nested inside guillemets turned into
// “ ” (« Unité « Système… » » reads as « Unité “Système…” »). Pure and idempotent.

const NBSP = "\u00a0";

/** `text` with French no-break spaces and nested quotation marks; applying it twice changes nothing. */
export function frenchTypography(text: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "«") {
      depth++;
      out += depth > 1 ? "“" : "«";
      // Nested: “ hugs its word; outer: one no-break space, whatever spacing the source had.
      let j = i + 1;
      while (j < text.length && /[ \t\u00a0\u202f]/.test(text.charAt(j))) j++;
      out += depth > 1 ? "" : NBSP;
      i = j - 1;
      continue;
    }
    if (ch === "»" && depth > 0) {
      out = out.replace(/[ \t\u00a0\u202f]+$/, "");
      out += depth > 1 ? "”" : `${NBSP}»`;
      depth--;
      continue;
    }
    if (ch === ":" || ch === ";" || ch === "!" || ch === "?") {
      // Only where the source put a space (or none after a word for ; ! ?): never inside
      // « https:// » or « ?vue= ».
      const spaced = /[ \t\u00a0\u202f]$/.test(out);
      if (spaced) out = `${out.replace(/[ \t\u00a0\u202f]+$/, "")}${NBSP}`;
      out += ch;
      continue;
    }
    out += ch;
  }
  return out;
}
