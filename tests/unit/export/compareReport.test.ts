// The comparison report writer on the real data: one row per change, classes read from the diff.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGE_CLASS_LABELS, diff } from "../../../src/domain/diff.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { COMPARE_CSV_COLUMNS, reportRows, writeCompareCsv } from "../../../src/domain/export/compareReport.ts";
import { CSV_BOM } from "../../../src/domain/export/csv.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";
import { parseCsv } from "./csvParse.ts";

const checked = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!checked.ok) throw new Error("data/ is invalid");
const dataset: Dataset = checked.dataset;
const pairs = [
  ["2010", "2016"],
  ["2016", "2024"],
  ["2010", "2024"],
] as const;
const about = "Comparaison 2016 → 2024 — exporté le 28 novembre 2026";

describe("writeCompareCsv", () => {
  it.each(pairs)("writes one row per change of the diff %s → %s, each with the diff's own class", (from, to) => {
    const result = diff(dataset, from, to);
    const rows = parseCsv(writeCompareCsv({ dataset, result, about }).slice(CSV_BOM.length));
    expect(rows[0]).toEqual([...COMPARE_CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(result.changes.length);
    body.forEach((row, i) => {
      const change = result.changes[i]!;
      expect(row[0]).toBe(change.id);
      expect(row[1]).toBe(CHANGE_CLASS_LABELS[change.class]);
      expect(row).toHaveLength(COMPARE_CSV_COLUMNS.length);
      expect(row.at(-1)).toBe(about);
    });
  });

  it("never writes a change without a documented counterpart as « supprimé »", () => {
    for (const [from, to] of pairs) {
      const result = diff(dataset, from, to);
      const rows = parseCsv(writeCompareCsv({ dataset, result, about }).slice(CSV_BOM.length)).slice(1);
      result.changes.forEach((c, i) => {
        if (c.class === "undocumented") expect(rows[i]![1]).toBe("sans correspondant documenté");
        if (rows[i]![1] === "supprimé") expect(c.class).toBe("removed");
      });
    }
  });

  it("states the attachment, the missions added and removed, the reasons and the source files of a change", () => {
    const result = diff(dataset, "2016", "2024");
    const rows = reportRows(dataset, result);
    const moved = result.changes.findIndex((c) => c.parentChange);
    if (moved >= 0) expect(rows[moved]!.attachmentAfter).not.toBe("");
    const withMissions = result.changes.findIndex((c) => (c.missions?.added.length ?? 0) > 0);
    expect(withMissions).toBeGreaterThanOrEqual(0);
    expect(rows[withMissions]!.missionsAdded).toEqual(result.changes[withMissions]!.missions!.added);
    const withSources = result.changes.findIndex((c) => c.sources.length > 0);
    expect(rows[withSources]!.sources.length).toBeGreaterThan(0);
    expect(rows[withSources]!.reasons).toEqual(result.changes[withSources]!.reasons);
  });

  it("leaves unchanged units out when asked, and only them", () => {
    const result = diff(dataset, "2016", "2024");
    const rows = reportRows(dataset, result, { includeUnchanged: false });
    expect(rows).toHaveLength(result.changes.filter((c) => c.class !== "unchanged").length);
    expect(rows.some((r) => r.classLabel === CHANGE_CLASS_LABELS.unchanged)).toBe(false);
  });
});
