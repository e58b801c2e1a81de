// Imported versions live beside the built-in ones under ids that cannot collide with them
// (built-in ids are years): this prefix is the one mark the URL and default-version logic need.
export const IMPORTED_PREFIX = "import-";

export function isImportedVersionId(id: string): boolean {
  return id.startsWith(IMPORTED_PREFIX);
}
