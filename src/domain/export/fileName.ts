// File names that say what they hold: organigramme-dgos-2024-sd-financement-performance.svg.
import { isImportedVersionId } from "../import/ids.ts";
import type { Unit } from "../schema.ts";

const KIND_PREFIX: Partial<Record<Unit["kind"], string>> = { "sous-direction": "sd", departement: "dep", bureau: "bureau", pole: "pole", mission: "mission", cellule: "cellule" };

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function exportFileName(input: { version: string; root: Unit | null; suffix?: string; extension: string }): string {
  // An import is not the DGOS's organisation: its files are not named as such.
  const parts = [isImportedVersionId(input.version) ? "organigramme" : "organigramme-dgos", slugify(input.version)];
  const root = input.root;
  if (root && root.parent !== null) {
    const slug = slugify(root.code ?? root.id);
    const prefix = KIND_PREFIX[root.kind];
    parts.push(prefix && !slug.startsWith(prefix) ? `${prefix}-${slug}` : slug);
  }
  if (input.suffix) parts.push(slugify(input.suffix));
  return `${parts.join("-")}.${input.extension}`;
}
