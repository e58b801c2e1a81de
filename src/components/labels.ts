// French labels shared by views.
import type { LinkConfidence, LinkType, UnitKind } from "../domain/schema.ts";

export const KIND_LABELS: Record<UnitKind, string> = {
  direction: "Direction",
  service: "Service",
  cabinet: "Cabinet",
  conseil: "Conseil",
  departement: "Département",
  "sous-direction": "Sous-direction",
  pole: "Pôle",
  mission: "Mission",
  cellule: "Cellule",
  unite: "Unité",
  bureau: "Bureau",
};

export const LINK_LABELS: Record<LinkType, string> = {
  continues: "continue",
  renamed: "renommée",
  moved: "déplacée",
  "merged-into": "fusionnée dans",
  "split-into": "scindée vers",
  "absorbed-by": "absorbée par",
  "no-successor": "aucun successeur identifié",
  created: "créée",
  "renamed-moved": "renommée et déplacée",
};

/** How sure a lineage link is, in words a reader can weigh. */
export const CONFIDENCE_LABELS: Record<LinkConfidence, string> = {
  stated: "écrit par une source",
  identical: "même code ou même intitulé",
  judgement: "jugement",
};

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2010-03-15" → "15 mars 2010", "2024-04" → "avril 2024", "2016" → "2016". */
export function formatIsoDate(value: string): string {
  const [year, month, day] = value.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day) === 1 ? "1er" : Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? value;
}
