// JSON in the app's own data format (the Version schema of src/domain/schema.ts, like data/*.json).
import type { Version } from "../schema.ts";
import type { ScopedUnits } from "./scope.ts";

export function writeVersionJson(version: Version, scoped: ScopedUnits): string {
  const whole = scoped.root.parent === null && scoped.units.length === version.units.length;
  const units = scoped.units.map((u) => (u.id === scoped.root.id ? { ...u, parent: null } : u));
  const gaps = whole
    ? version.gaps
    : [
        ...version.gaps,
        scoped.root.parent === null
          ? `Extrait : unités repliées à l'écran non incluses (${scoped.units.length} unités sur ${version.units.length}).`
          : `Extrait : « ${scoped.root.name} » et ses unités rattachées (${scoped.units.length} unités sur ${version.units.length}) ; dans l'organisation complète, elle est rattachée à l'unité « ${scoped.root.parent} ».`,
      ];
  const out: Version = { ...version, gaps, units };
  // The data files' $schema is a path relative to data/: meaningless once downloaded.
  delete out.$schema;
  return `${JSON.stringify(out, null, 2)}\n`;
}
