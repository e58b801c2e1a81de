// Lookups in data/sources.json.
import type { SourceDoc } from "./schema.ts";

/** The title of the source document `file`, or the file name itself when it is not listed. */
export function titleOfSource(documents: readonly SourceDoc[], file: string): string {
  return documents.find((d) => d.file === file)?.title ?? file;
}
