// The block every exported file carries: which version, which sources, when, and the address
// of the same view in the app. Pure: the caller gives the date and the address.
import { isImportedVersionId } from "../import/ids.ts";
import type { SourceDoc, Version } from "../schema.ts";

export interface TitleBlock {
  /** « Organigramme de la DGOS — 2024 (arrêté du 26 mars 2024) » */
  title: string;
  /** What part of the version is shown, e.g. « Toute l'organisation » or a unit's name. */
  scope: string;
  /** Source titles, as data/sources.json names them. */
  sources: string[];
  /** « 28 novembre 2026 » */
  exportedOn: string;
  address: string;
}

/** The label's closing parenthesis (« Organisation de 2024 (arrêté du 26 mars 2024) ») says what the version rests on. */
export function versionHeading(version: Version): string {
  // An import's id is internal (import-…): it is named by its label.
  if (isImportedVersionId(version.id)) return `${version.label} (importé)`;
  const qualifier = /\(([^()]+)\)\s*$/.exec(version.label)?.[1];
  return qualifier ? `${version.id} (${qualifier})` : version.id;
}

export function formatExportDate(date: Date): string {
  return new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** `documents` name the sources (data/sources.json); a file it does not list is named by its file name. */
// An imported organisation is never presented as the DGOS's, nor its file as a DGOS source.
export function buildTitleBlock(input: { version: Version; documents: readonly SourceDoc[]; scope: string; date: Date; address: string }): TitleBlock {
  const imported = isImportedVersionId(input.version.id);
  return {
    title: imported ? `Organigramme importé — ${versionHeading(input.version)}` : `Organigramme de la DGOS — ${versionHeading(input.version)}`,
    scope: input.scope,
    sources: imported
      ? input.version.sources.map((file) => `fichier importé « ${file} », hors des sources de la DGOS`)
      : input.version.sources.map((file) => input.documents.find((d) => d.file === file)?.title ?? file),
    exportedOn: formatExportDate(input.date),
    address: input.address,
  };
}

/** The block as plain lines, for formats without layout (CSV preamble, slide notes, <desc>). */
export function titleLines(block: TitleBlock): string[] {
  return [block.title, `Périmètre : ${block.scope}`, `Sources : ${block.sources.join(" ; ")}`, `Exporté le ${block.exportedOn}`, `Adresse : ${block.address}`];
}
