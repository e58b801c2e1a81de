// The report a data editor reads (npm run check:data, and the build and dev server, which
// print exactly the same lines): every error on its own line, at most MAX_ERRORS_PER_FILE per
// file so a systematic mistake does not bury the others, and a French summary line.
import { formatDataError, type DataError } from "./dataErrors.ts";

export const MAX_ERRORS_PER_FILE = 200;

const count = new Intl.NumberFormat("fr-FR");

/** « 1 erreur », « 5 000 erreurs »: French digit grouping and a plural from 2 on. */
function frenchCount(n: number, singular: string, plural: string): string {
  return `${count.format(n)} ${n >= 2 ? plural : singular}`;
}

/** « 5 000 erreurs dans 1 fichier » */
export function dataErrorSummary(errors: number, files: number): string {
  return `${frenchCount(errors, "erreur", "erreurs")} dans ${frenchCount(files, "fichier", "fichiers")}`;
}

/**
 * One line per error (grouped by file, in the order given), the first `max` of each file and
 * then how many more there are, and the summary line last. [] when there is no error.
 */
export function dataReportLines(errors: readonly DataError[], max = MAX_ERRORS_PER_FILE): string[] {
  if (errors.length === 0) return [];
  const byFile = new Map<string, DataError[]>();
  for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const lines: string[] = [];
  for (const [file, fileErrors] of byFile) {
    lines.push(...fileErrors.slice(0, max).map(formatDataError));
    const rest = fileErrors.length - max;
    if (rest > 0) lines.push(`${file}: … et ${frenchCount(rest, "autre erreur non affichée", "autres erreurs non affichées")}`);
  }
  lines.push(`data/ invalide : ${dataErrorSummary(errors.length, byFile.size)}.`);
  return lines;
}
