// Spreadsheet import: an RFC 4180 reader that keeps the line and column of every field (so
// each problem can be located), then a mapping of French or English column names to records.
// A hand-written reader rather than a library: it is ~80 lines, and none of the maintained ones
// report the column of a bad field.
import { normalizeText } from "../normalize.ts";
import { clip, inferKind, MAX_NAME, MAX_TEXT } from "./text.ts";
import type { Location, Problem, RawOrg, RawRecord } from "./types.ts";

export interface Cell {
  value: string;
  line: number;
  column: number;
  /** A quote opened here was never closed: the cell swallowed the rest of the file. */
  unclosed?: true;
  /** Spreadsheet cells: the sheet and cell reference (« Feuil1!B3 »), shown with line and column. */
  ref?: string;
}

const place = (cell: Cell): Location => (cell.ref === undefined ? { line: cell.line, column: cell.column } : { line: cell.line, column: cell.column, path: cell.ref });

/** `;` or `,`, whichever occurs more often outside quotes on the first line. */
export function detectDelimiter(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : commas > 0 ? "," : ";";
}

/** Rows of cells. Quoted fields may hold delimiters, quotes ("") and line breaks. */
export function readCsv(text: string, delimiter: string, problems: Problem[]): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const startLine = line;
    const startColumn = column;
    let value = "";
    let unclosed = false;
    if (text[i] === '"') {
      i++;
      column++;
      let closed = false;
      while (i < n) {
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            column += 2;
            continue;
          }
          i++;
          column++;
          closed = true;
          break;
        }
        if (ch === "\n") {
          line++;
          column = 1;
        } else column++;
        value += ch;
        i++;
      }
      if (!closed) {
        unclosed = true;
        problems.push({ severity: "error", message: "Guillemet ouvert jamais refermé : le fichier semble tronqué ; la ligne est ignorée.", at: { line: startLine, column: startColumn } });
      }
      // Anything between the closing quote and the delimiter is kept, with a warning.
      let extra = "";
      while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
        extra += text[i];
        i++;
        column++;
      }
      if (extra.trim() !== "") {
        problems.push({ severity: "warning", message: "Texte après un guillemet fermant : gardé tel quel.", at: { line: startLine, column: startColumn } });
        value += extra;
      }
    } else {
      // Unquoted: scan to the next delimiter or line end, then slice once (no per-character concat).
      const from = i;
      const d = delimiter.charCodeAt(0);
      let c = text.charCodeAt(i);
      while (i < n && c !== d && c !== 10 && c !== 13) c = text.charCodeAt(++i);
      value = text.slice(from, i);
      column += i - from;
    }
    row.push(unclosed ? { value, line: startLine, column: startColumn, unclosed: true } : { value, line: startLine, column: startColumn });
    if (i < n && text[i] === delimiter) {
      i++;
      column++;
      continue;
    }
    // End of line (\r\n, \n or \r) or of text.
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    column = 1;
    if (!(row.length === 1 && row[0]?.value === "")) rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

type Field = "code" | "parent" | "name" | "type" | "missions" | "source" | "shortName";

const HEADERS: Record<string, Field> = {
  code: "code",
  id: "code",
  identifiant: "code",
  parent: "parent",
  codeparent: "parent",
  parentcode: "parent",
  parentid: "parent",
  rattachement: "parent",
  nom: "name",
  name: "name",
  libelle: "name",
  intitule: "name",
  type: "type",
  kind: "type",
  nature: "type",
  missions: "missions",
  mission: "missions",
  source: "source",
  sources: "source",
  sigle: "shortName",
  acronyme: "shortName",
  acronym: "shortName",
  shortname: "shortName",
};

function headerField(raw: string): Field | undefined {
  return HEADERS[normalizeText(raw).replace(/[^a-z0-9]/g, "")];
}

/** A CSV text (already decoded) to records, with every problem at its line and column. */
export function parseCsv(text: string, fileName: string, problems: Problem[] = []): RawOrg {
  const org: RawOrg = { format: "csv", fileName, records: [], problems, dataDate: null };
  return readTable(readCsv(text, detectDelimiter(text), problems), org);
}

/**
 * Rows of cells (a CSV's, or a spreadsheet sheet's: see xlsx.ts), the first one the header, to
 * records in `org`, every problem at its cell.
 */
export function readTable(rows: Cell[][], org: RawOrg): RawOrg {
  const { problems } = org;
  const header = rows[0];
  if (!header) {
    problems.push({ severity: "fatal", message: "Fichier vide : aucune ligne d'en-tête.", at: { line: 1 } });
    return org;
  }
  const columns = new Map<Field, number>();
  header.forEach((cell, index) => {
    const field = headerField(cell.value);
    if (field === undefined) {
      problems.push({ severity: "warning", message: `Colonne « ${cell.value.slice(0, 40)} » inconnue : ignorée.`, at: place(cell) });
    } else if (columns.has(field)) {
      problems.push({ severity: "warning", message: `Colonne « ${cell.value.slice(0, 40)} » en double : seule la première est lue.`, at: place(cell) });
    } else columns.set(field, index);
  });
  for (const [field, label] of [["code", "code (ou id)"], ["parent", "parent"], ["name", "nom (ou name)"]] as const) {
    if (!columns.has(field)) problems.push({ severity: "fatal", message: `Colonne « ${label} » absente de l'en-tête.`, at: { line: header[0]?.line ?? 1 } });
  }
  if (problems.some((p) => p.severity === "fatal")) return org;

  for (const row of rows.slice(1)) {
    const line = row[0]?.line ?? 0;
    const rowAt: Location = row[0] ? place(row[0]) : { line };
    // Already reported by readCsv: importing it would bring other rows' text in as this row's.
    if (row.some((c) => c.unclosed)) continue;
    if (row.length !== header.length) {
      problems.push({
        severity: "warning",
        message: `${row.length} champs au lieu de ${header.length} : ${row.length < header.length ? "les champs manquants sont vides" : "les champs en trop sont ignorés"}.`,
        at: rowAt,
      });
    }
    const cell = (field: Field): Cell | undefined => {
      const index = columns.get(field);
      return index === undefined ? undefined : row[index];
    };
    const get = (field: Field) => cell(field)?.value.trim() ?? "";
    const at = (field: Field): Location => {
      const found = cell(field);
      return found ? place(found) : rowAt;
    };
    const code = get("code");
    const name = get("name");
    if (code === "") {
      problems.push({ severity: "error", message: "Code vide : ligne ignorée.", at: at("code") });
      continue;
    }
    if (name === "") {
      problems.push({ severity: "error", message: `Nom vide pour le code « ${code.slice(0, 40)} » : ligne ignorée.`, at: at("name") });
      continue;
    }
    if (name.length > MAX_NAME) {
      problems.push({ severity: "error", message: `Nom de ${name.length} caractères (plus de ${MAX_NAME}) : ligne ignorée.`, at: at("name") });
      continue;
    }
    const missionsText = clip(get("missions"), MAX_TEXT, at("missions"), "Missions", problems);
    const record: RawRecord = {
      key: code.slice(0, 200),
      parentKey: get("parent") === "" ? null : get("parent").slice(0, 200),
      name,
      code: code.slice(0, 200),
      kind: inferKind(get("type") || undefined, name),
      missions: missionsText
        .split(/\r?\n|\|/)
        .map((m) => m.trim())
        .filter((m) => m !== ""),
      people: [],
      contacts: [],
      secondary: [],
      references: [],
      at: { line, ...(rowAt.path === undefined ? {} : { path: rowAt.path }), record: code.slice(0, 200) },
      codeAt: { ...at("code"), record: code.slice(0, 200) },
      parentAt: { ...at("parent"), record: code.slice(0, 200) },
    };
    const shortName = get("shortName");
    if (shortName !== "") record.shortName = clip(shortName, MAX_NAME, at("shortName"), "Sigle", problems);
    const source = get("source");
    if (source !== "") record.source = clip(source, MAX_TEXT, at("source"), "Source", problems);
    org.records.push(record);
  }
  if (rows.length < 2) problems.push({ severity: "fatal", message: "Aucune ligne de données après l'en-tête.", at: { line: 2 } });
  return org;
}
