// Excel workbooks (.xlsx): the sheets as read by read-excel-file (in the parse worker, see
// src/adapters/readXlsx.ts) go through the spreadsheet reader's own mapping (csv.ts readTable),
// so a workbook and its « Enregistrer sous → CSV » give the same organisation. Every problem is
// located at its row and column and by its Excel reference (« Feuil1!B3 »).
import { readTable, type Cell } from "./csv.ts";
import type { Problem, RawOrg } from "./types.ts";

/** What read-excel-file gives for a cell. */
export type SheetValue = string | number | boolean | Date | null;

export interface Sheet {
  sheet: string;
  data: SheetValue[][];
}

/** « A », « B », … « Z », « AA »: Excel's name of a 1-based column. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell's text: dates as ISO days (a spreadsheet's dates carry no time zone worth keeping). */
function text(value: SheetValue): string {
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}

/** Sheet names need quotes in a reference when they hold anything but letters, digits and « _ ». */
function sheetPrefix(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** The sheet's rows as located cells; rows with no text at all are skipped, as blank CSV lines are. */
export function sheetCells(sheet: Sheet): Cell[][] {
  const prefix = sheetPrefix(sheet.sheet);
  const rows: Cell[][] = [];
  sheet.data.forEach((values, r) => {
    const cells = values.map((value, c) => ({ value: text(value), line: r + 1, column: c + 1, ref: `${prefix}${columnName(c + 1)}${r + 1}` }));
    if (cells.some((cell) => cell.value.trim() !== "")) rows.push(cells);
  });
  return rows;
}

/**
 * A workbook's sheets to records: the first sheet that holds anything is read (a workbook's
 * other sheets are often notes or lists), and the report says which one and what was left.
 */
export function readWorkbook(sheets: readonly Sheet[], fileName: string, problems: Problem[] = []): RawOrg {
  const org: RawOrg = { format: "xlsx", fileName, records: [], problems, dataDate: null };
  const index = sheets.findIndex((s) => s.data.some((row) => row.some((v) => text(v).trim() !== "")));
  const chosen = sheets[index];
  if (chosen === undefined) {
    problems.push({ severity: "fatal", message: sheets.length === 0 ? "Classeur sans feuille." : "Classeur vide : aucune feuille ne contient de cellule remplie.", at: { line: 1 } });
    return org;
  }
  const others = sheets.filter((_, i) => i !== index).map((s) => `« ${s.sheet.slice(0, 40)} »`);
  if (others.length > 0) {
    problems.push({
      severity: "warning",
      message: `Seule la feuille « ${chosen.sheet.slice(0, 40)} » est lue ; ${others.length === 1 ? "l'autre feuille" : `les ${others.length} autres feuilles`} (${others.slice(0, 5).join(", ")}${others.length > 5 ? ", …" : ""}) ${others.length === 1 ? "est ignorée" : "sont ignorées"}.`,
      at: { line: 1, path: `${sheetPrefix(chosen.sheet)}A1` },
    });
  }
  return readTable(sheetCells(chosen), org);
}
