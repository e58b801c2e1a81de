import { describe, expect, it } from "vitest";
import type { DataError } from "../../../src/domain/dataErrors.ts";
import { dataErrorSummary, dataReportLines } from "../../../src/domain/dataReport.ts";

const errors = (file: string, n: number): DataError[] =>
  Array.from({ length: n }, (_, i) => ({ file, path: `units[${i}].kind`, message: "bad" }));

/** Intl writes French thousands with a narrow no-break space: compare with plain spaces. */
const plain = (s: string | undefined) => s?.replace(/\s/g, " ");

describe("dataReport", () => {
  it("dataErrorSummary says how many errors in how many files, in French, singular and plural", () => {
    expect(dataErrorSummary(1, 1)).toBe("1 erreur dans 1 fichier");
    expect(dataErrorSummary(2, 2)).toBe("2 erreurs dans 2 fichiers");
    expect(plain(dataErrorSummary(5000, 1))).toBe("5 000 erreurs dans 1 fichier");
  });

  it("dataReportLines gives one line per error, then the summary", () => {
    expect(dataReportLines([...errors("data/2010.json", 2), ...errors("data/2016.json", 1)])).toEqual([
      "data/2010.json: units[0].kind: bad",
      "data/2010.json: units[1].kind: bad",
      "data/2016.json: units[0].kind: bad",
      "data/ invalide : 3 erreurs dans 2 fichiers.",
    ]);
  });

  it("dataReportLines prints at most 200 errors per file and counts the rest", () => {
    const lines = dataReportLines([...errors("data/2016.json", 5000), ...errors("data/2024.json", 201)]);
    expect(lines).toHaveLength(200 + 1 + 200 + 1 + 1);
    expect(lines[199]).toBe("data/2016.json: units[199].kind: bad");
    expect(plain(lines[200])).toBe("data/2016.json: … et 4 800 autres erreurs non affichées");
    expect(lines[401]).toBe("data/2024.json: … et 1 autre erreur non affichée");
    expect(plain(lines[402])).toBe("data/ invalide : 5 201 erreurs dans 2 fichiers.");
  });

  it("dataReportLines is empty when there is no error", () => {
    expect(dataReportLines([])).toEqual([]);
  });
});
