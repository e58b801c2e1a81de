// Lookups in data/sources.json.
import type { SourceDoc } from "./schema.ts";

/** The title of the source document `file`, or the file name itself when it is not listed. */
export function titleOfSource(documents: readonly SourceDoc[], file: string): string {
  return documents.find((d) => d.file === file)?.title ?? file;
}

/** How a source is cited to users: its public title, then publisher and date when known. */
export function citationOfSource(doc: SourceDoc): { title: string; details: string } {
  return { title: doc.title, details: [doc.publisher, doc.date].filter((x): x is string => Boolean(x)).join(", ") };
}

/** The citation of `file` as one line, or the file name when it is not listed. */
export function citeSource(documents: readonly SourceDoc[], file: string): string {
  const doc = documents.find((d) => d.file === file);
  if (!doc) return file;
  const { title, details } = citationOfSource(doc);
  return details ? `${title} — ${details}` : title;
}
