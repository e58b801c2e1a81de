// The comparison report as data: one row per change of the one diff result, in the report's
// own words. Classes are read from the diff (CHANGE_CLASS_LABELS), never recomputed, so
// « sans correspondant documenté » stays what it is and is never written as « supprimé ».
// The same rows feed the CSV file and the printable page.
import { CHANGE_CLASS_LABELS, type Change, type DiffResult } from "../diff.ts";
import { findUnit } from "../lineage.ts";
import type { Dataset, UnitRef } from "../schema.ts";
import { csvDocument } from "./csv.ts";

export const COMPARE_CSV_COLUMNS = [
  "changement",
  "classe",
  "avant",
  "après",
  "rattachement avant",
  "rattachement après",
  "missions ajoutées",
  "missions retirées",
  "raisons",
  "fiabilité du lien",
  "réserves",
  "unités liées",
  "fichiers sources",
  "comparaison",
] as const;

// The app's wording (components/labels.ts CONFIDENCE_LABELS), repeated: the domain imports no component.
const CONFIDENCE_WORDS = { stated: "écrit par une source", identical: "même code ou même intitulé", judgement: "jugement" } as const;

export interface ReportRow {
  id: string;
  /** The diff's class label, e.g. « fusionné », « sans correspondant documenté ». */
  classLabel: string;
  before: string[];
  after: string[];
  /** Only when the attachment differs (parentChange of the diff). */
  attachmentBefore: string;
  attachmentAfter: string;
  missionsAdded: string[];
  missionsRemoved: string[];
  reasons: string[];
  confidence: string;
  caveats: string[];
  related: string[];
  sources: string[];
}

function refLabel(dataset: Dataset, r: UnitRef | null): string {
  if (r === null) return "aucun (sommet)";
  const u = findUnit(dataset, r);
  const name = u ? (u.code && !u.name.startsWith(u.code) ? `${u.code} – ${u.name}` : u.name) : r.unit;
  return `${name} (${r.version})`;
}

export function reportRow(dataset: Dataset, c: Change): ReportRow {
  const label = (r: UnitRef) => refLabel(dataset, r);
  return {
    id: c.id,
    classLabel: CHANGE_CLASS_LABELS[c.class],
    before: c.from.map(label),
    after: c.to.map(label),
    attachmentBefore: c.parentChange ? refLabel(dataset, c.parentChange.before) : "",
    attachmentAfter: c.parentChange ? refLabel(dataset, c.parentChange.after) : "",
    missionsAdded: c.missions?.added ?? [],
    missionsRemoved: c.missions?.removed ?? [],
    reasons: c.reasons,
    confidence: c.confidence ? CONFIDENCE_WORDS[c.confidence] : "aucun lien documenté",
    caveats: c.caveats,
    related: c.related.map(label),
    sources: [...new Set(c.sources.map((s) => s.file))],
  };
}

/** The report's rows, in the diff's order; `includeUnchanged: false` leaves « inchangé » out. */
export function reportRows(dataset: Dataset, result: DiffResult, options: { includeUnchanged?: boolean } = {}): ReportRow[] {
  const keep = options.includeUnchanged === false ? result.changes.filter((c) => c.class !== "unchanged") : result.changes;
  return keep.map((c) => reportRow(dataset, c));
}

export function writeCompareCsv(input: { dataset: Dataset; result: DiffResult; about: string; includeUnchanged?: boolean }): string {
  const join = (xs: readonly string[]) => xs.join(" | ");
  const rows = reportRows(input.dataset, input.result, { includeUnchanged: input.includeUnchanged }).map((r) => [
    r.id,
    r.classLabel,
    join(r.before),
    join(r.after),
    r.attachmentBefore,
    r.attachmentAfter,
    join(r.missionsAdded),
    join(r.missionsRemoved),
    join(r.reasons),
    r.confidence,
    join(r.caveats),
    join(r.related),
    r.sources.join(", "),
    input.about,
  ]);
  return csvDocument(COMPARE_CSV_COLUMNS, rows);
}
