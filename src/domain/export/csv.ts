// CSV for French spreadsheets: UTF-8 with BOM, « ; » between fields, CRLF between records
// (RFC 4180 quoting). One row per unit of the scope: a preamble above the header would break
// parsers and « one row per unit », so the title block is a last column, the same on every row.
import { pathTo, type VersionIndex } from "../hierarchy.ts";
import type { Unit } from "../schema.ts";
import type { TitleBlock } from "./titleBlock.ts";

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";

export const UNIT_CSV_COLUMNS = [
  "identifiant",
  "code",
  "type",
  "nom",
  "identifiant du parent",
  "code du parent",
  "chemin depuis la direction",
  "missions",
  "lacunes des sources",
  "fichiers sources",
  "organigramme",
] as const;

/** One field, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(CSV_SEPARATOR);
}

export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return CSV_BOM + [header, ...rows].map(csvRecord).join("\r\n") + "\r\n";
}

const label = (u: Unit) => u.code ?? u.shortName ?? u.name;

/** What the sources leave open about this unit, in the data's own words. */
export function unitGaps(unit: Unit): string[] {
  const gaps: string[] = [];
  if (unit.missions.status === "not-described") gaps.push(`Missions non décrites : ${unit.missions.reason}`);
  if (unit.attachment && unit.attachment.basis !== "stated") gaps.push(`Rattachement : ${unit.attachment.note}`);
  return gaps;
}

export function writeUnitsCsv(input: { index: VersionIndex; units: readonly Unit[]; kindLabel: (kind: Unit["kind"]) => string; block: TitleBlock }): string {
  const { index, block } = input;
  const about = `${block.title} — ${block.scope} — exporté le ${block.exportedOn} — ${block.address}`;
  const rows = input.units.map((u) => {
    const parent = u.parent === null ? undefined : index.byId.get(u.parent);
    return [
      u.id,
      u.code ?? "",
      input.kindLabel(u.kind),
      u.name,
      parent?.id ?? "",
      parent?.code ?? "",
      pathTo(index, u.id).map(label).join(" > "),
      u.missions.status === "described" ? u.missions.items.join(" | ") : "",
      unitGaps(u).join(" | "),
      [...new Set(u.sources.map((s) => s.file))].join(", "),
      about,
    ];
  });
  return csvDocument(UNIT_CSV_COLUMNS, rows);
}
