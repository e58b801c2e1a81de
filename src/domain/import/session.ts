// One opened file, from the parse to the chosen root: the checked records and the root index
// stay where the file was parsed (the Web Worker, see src/adapters/parseWorker.ts); the page
// gets a summary, root candidates as the user types, and the version of the chosen subtree.
// The national export's 100,000 records thus never cross to the main thread.
import { buildImportedOrg, checkOrg, childCount, subtree, type BuildOptions, type CheckedOrg } from "./build.ts";
import type { ParseOutcome } from "./parseFile.ts";
import { indexRoots, rootCandidates, type RootCandidate, type RootIndex } from "./roots.ts";
import type { ImportedOrg, ImportFormat, Problem } from "./types.ts";

/** Problems sent with the summary: the report shows this many (the count says the rest). */
export const SHOWN_PROBLEMS = 500;

/** What the dialog shows of a parsed file before a root is chosen. */
export interface ImportSummary {
  fileName: string;
  format: ImportFormat;
  /** Valid records. */
  unitCount: number;
  /** Records without a parent. */
  rootCount: number;
  /** The only top-level unit, when there is exactly one. */
  singleRoot: RootCandidate | null;
  /** The first SHOWN_PROBLEMS problems, in report order. */
  problems: Problem[];
  problemCount: number;
  errorCount: number;
  fatal: boolean;
  /** App files with several versions: the choices. */
  versions: ParseOutcome["versions"];
}

export interface ImportSession {
  summary: ImportSummary;
  /** Root candidates for what the user typed (top-level units for an empty query). */
  roots(query: string, limit: number): RootCandidate[];
  /** Units under `rootKey`, itself included (0 if unknown). */
  count(rootKey: string): number;
  build(rootKey: string, options: BuildOptions): ImportedOrg | null;
}

export function summarize(checked: CheckedOrg, versions: ParseOutcome["versions"]): ImportSummary {
  const { problems } = checked;
  let errorCount = 0;
  let fatal = false;
  for (const p of problems) {
    if (p.severity === "error") errorCount++;
    else if (p.severity === "fatal") fatal = true;
  }
  const only = checked.roots.length === 1 ? checked.roots[0] : undefined;
  return {
    fileName: checked.raw.fileName,
    format: checked.raw.format,
    unitCount: checked.byKey.size,
    rootCount: checked.roots.length,
    singleRoot: only
      ? { key: only.key, name: only.name, ...(only.shortName !== undefined ? { shortName: only.shortName } : {}), childCount: childCount(checked, only.key), unitCount: subtree(checked, only.key).length }
      : null,
    problems: problems.slice(0, SHOWN_PROBLEMS),
    problemCount: problems.length,
    errorCount,
    fatal,
    versions,
  };
}

/** The checks and the root index of a parsed file, ready for the dialog's questions. */
export function openSession(outcome: ParseOutcome, onStep?: (step: "check" | "index") => void): ImportSession {
  onStep?.("check");
  const checked = checkOrg(outcome.org);
  const summary = summarize(checked, outcome.versions);
  let index: RootIndex | null = null;
  if (!summary.fatal) {
    onStep?.("index");
    index = indexRoots(checked);
  }
  return {
    summary,
    roots: (query, limit) => (index ? rootCandidates(index, query, limit) : []),
    count: (rootKey) => subtree(checked, rootKey).length,
    build: (rootKey, options) => buildImportedOrg(checked, rootKey, options),
  };
}
