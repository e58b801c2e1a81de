// Imported versions live beside the built-in ones under ids that cannot collide with them
// (built-in ids are years): this prefix is the one mark the URL and default-version logic need.
export const IMPORTED_PREFIX = "import-";

export function isImportedVersionId(id: string): boolean {
  return id.startsWith(IMPORTED_PREFIX);
}

/** How a version is named in titles and lists: built-in versions by their year, imports by their label. */
export function versionName(version: { id: string; label: string }): string {
  return isImportedVersionId(version.id) ? `${version.label} (importé)` : version.id;
}
