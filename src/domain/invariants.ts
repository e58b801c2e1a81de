// Rules zod cannot express: they span several objects or several files. Each check
// returns every error it finds; none stops at the first.
import type { DataError } from "./dataErrors.ts";
import { findAcronymMatches } from "./acronyms.ts";
import { formatPath } from "./dataErrors.ts";
import type { Lineage, UnitRef, Version } from "./schema.ts";

export interface VersionFile {
  file: string;
  version: Version;
}

/** Unit ids unique, exactly one root, parents exist, no parent cycle. */
export function checkUnitTree(file: string, version: Version): DataError[] {
  const errors: DataError[] = [];
  const err = (path: string, message: string) => errors.push({ file, path, message });
  const { units } = version;

  const indexes = new Map<string, number[]>();
  units.forEach((u, i) => indexes.set(u.id, [...(indexes.get(u.id) ?? []), i]));
  for (const [id, at] of indexes) {
    if (at.length < 2) continue;
    const times = at.length === 2 ? "twice" : `${at.length} times`;
    const others = at.filter((_, k) => k !== 1).map((i) => `units[${i}]`);
    err(`units[${at[1]}].id`, `"${id}" is used ${times} in version ${version.id} (also ${others.join(", ")})`);
  }

  const roots = units.flatMap((u, i) => (u.parent === null ? [`${u.id} (units[${i}])`] : []));
  if (roots.length === 0) err("units", `version ${version.id} has no root unit (a unit whose parent is null)`);
  if (roots.length > 1) err("units", `version ${version.id} has ${roots.length} root units, exactly one is allowed: ${roots.join(", ")}`);

  units.forEach((u, i) => {
    if (u.parent !== null && !indexes.has(u.parent)) {
      err(`units[${i}].parent`, `"${u.parent}" is not a unit of version ${version.id}`);
    }
  });

  // Follow parent links from every unit; meeting a unit of the current walk again is a cycle.
  const parentOf = new Map<string, string | null>();
  for (const u of units) if (!parentOf.has(u.id)) parentOf.set(u.id, u.parent);
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const walk: string[] = [];
    let id: string | null | undefined = start;
    while (id != null && parentOf.has(id) && !done.has(id) && !walk.includes(id)) {
      walk.push(id);
      id = parentOf.get(id);
    }
    if (id != null && walk.includes(id)) {
      const cycle = walk.slice(walk.indexOf(id));
      const first = cycle.reduce((a, b) => ((indexes.get(a)?.[0] ?? 0) <= (indexes.get(b)?.[0] ?? 0) ? a : b));
      const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
      err(`units[${indexes.get(first)?.[0]}].parent`, `the parent chain loops: ${rotated.join(" → ")}`);
    }
    walk.forEach((w) => done.add(w));
  }
  return errors;
}

/** A version's id is its file name (data/2016.json has id "2016"), so ids are also unique. */
export function checkVersionIds(files: VersionFile[]): DataError[] {
  const errors: DataError[] = [];
  const firstFile = new Map<string, string>();
  for (const { file, version } of files) {
    const expected = file.replace(/^.*\//, "").replace(/\.json$/, "");
    if (version.id !== expected) {
      errors.push({ file, path: "id", message: `"${version.id}" does not match the file name (expected "${expected}")` });
    }
    const other = firstFile.get(version.id);
    if (other !== undefined) {
      errors.push({ file, path: "id", message: `"${version.id}" is also the id of ${other}` });
    } else firstFile.set(version.id, file);
  }
  return errors;
}

/**
 * Lineage links join existing units, in time order. `unchecked` holds version ids whose file
 * exists but is invalid: links into them are not reported twice.
 */
export function checkLineage(file: string, lineage: Lineage, versions: Version[], unchecked: Set<string>): DataError[] {
  const errors: DataError[] = [];
  const order = new Map(versions.map((v, i) => [v.id, i]));
  const units = new Map(versions.map((v) => [v.id, new Set(v.units.map((u) => u.id))]));
  const endpointOk = (ref: UnitRef, path: string): boolean => {
    if (unchecked.has(ref.version)) return false;
    const ids = units.get(ref.version);
    if (!ids) {
      errors.push({ file, path: `${path}.version`, message: `"${ref.version}" is not a version (known: ${[...order.keys()].join(", ")})` });
      return false;
    }
    if (!ids.has(ref.unit)) {
      errors.push({ file, path: `${path}.unit`, message: `"${ref.unit}" is not a unit of version ${ref.version}` });
      return false;
    }
    return true;
  };
  lineage.links.forEach((link, i) => {
    const at = `links[${i}]`;
    if (link.from === null && link.type !== "created") {
      errors.push({ file, path: `${at}.from`, message: `is null, which only a "created" link may be (type is "${link.type}")` });
    }
    if (link.from !== null && link.type === "created") {
      errors.push({ file, path: `${at}.from`, message: `must be null for a "created" link (a created unit has no earlier unit)` });
    }
    if (link.to === null && link.type !== "no-successor") {
      errors.push({ file, path: `${at}.to`, message: `is null, which only a "no-successor" link may be (type is "${link.type}")` });
    }
    if (link.to !== null && link.type === "no-successor") {
      errors.push({ file, path: `${at}.to`, message: `must be null for a "no-successor" link` });
    }
    const fromOk = link.from !== null && endpointOk(link.from, `${at}.from`);
    const toOk = link.to !== null && endpointOk(link.to, `${at}.to`);
    if (fromOk && toOk && link.from && link.to && (order.get(link.from.version) ?? 0) >= (order.get(link.to.version) ?? 0)) {
      errors.push({ file, path: `${at}.to.version`, message: `version ${link.to.version} is not later than the from version ${link.from.version}` });
    }
  });
  return errors;
}

/**
 * The coverage data/README.md promises: every unit of a version but the last has a link to the
 * next version or a "no-successor" link; every unit of a version but the first has a link from
 * the previous version or a "created" link; a link joins two consecutive versions. Skipped when
 * a version file is invalid (`unchecked` not empty): « next » and « previous » would be wrong.
 */
export function checkLineageCoverage(file: string, lineage: Lineage, versions: Version[], unchecked: Set<string>): DataError[] {
  if (unchecked.size > 0) return [];
  const errors: DataError[] = [];
  const order = new Map(versions.map((v, i) => [v.id, i]));
  const key = (ref: UnitRef) => `${ref.version}\u0000${ref.unit}`;
  const forward = new Set<string>();
  const backward = new Set<string>();
  lineage.links.forEach((link, i) => {
    const from = link.from && order.get(link.from.version);
    const to = link.to && order.get(link.to.version);
    if (link.from && link.to && from != null && to != null && to > from + 1) {
      const between = versions.slice(from + 1, to).map((v) => v.id).join(", ");
      errors.push({ file, path: `links[${i}].to.version`, message: `skips version ${between}: a link joins a version to the next one` });
    }
    if (link.from && (link.type === "no-successor" || (from != null && to === from + 1))) forward.add(key(link.from));
    if (link.to && (link.type === "created" || (to != null && from === to - 1))) backward.add(key(link.to));
  });
  versions.forEach((version, i) => {
    const next = versions[i + 1];
    const previous = versions[i - 1];
    for (const unit of version.units) {
      const ref = { version: version.id, unit: unit.id };
      if (next && !forward.has(key(ref))) {
        errors.push({ file, path: "links", message: `unit "${unit.id}" of version ${version.id} has no link to version ${next.id}: add one, or a "no-successor" link` });
      }
      if (previous && !backward.has(key(ref))) {
        errors.push({ file, path: "links", message: `unit "${unit.id}" of version ${version.id} has no link from version ${previous.id}: add one, or a "created" link` });
      }
    }
  });
  return errors;
}

/** Every SourceRef ({file, passage}) anywhere in `value` names a document of data/sources.json. */
export function checkSourceRefs(file: string, value: unknown, documents: Set<string>): DataError[] {
  const errors: DataError[] = [];
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...path, i]));
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.file === "string" && typeof record.passage === "string" && !documents.has(record.file)) {
      errors.push({ file, path: formatPath([...path, "file"]), message: `"${record.file}" is not a document of data/sources.json` });
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(value, []);
  return errors;
}

/** A version's `sources` list names documents of data/sources.json. */
export function checkVersionSources(file: string, version: Version, documents: Set<string>): DataError[] {
  return version.sources.flatMap((name, i) =>
    documents.has(name) ? [] : [{ file, path: `sources[${i}]`, message: `"${name}" is not a document of data/sources.json` }],
  );
}

/** A body's `attachedTo` units exist in its version. */
export function checkBodyAttachments(file: string, version: Version): DataError[] {
  const ids = new Set(version.units.map((u) => u.id));
  return version.bodies.flatMap((b, i) =>
    (b.attachedTo ?? []).flatMap((a, k) =>
      ids.has(a.unit) ? [] : [{ file, path: `bodies[${i}].attachedTo[${k}].unit`, message: `unit "${a.unit}" is not in version ${version.id}` }],
    ),
  );
}

/** The texts of a version that may contain acronyms, with their JSON paths. */
function acronymTexts(version: Version): [string, string][] {
  const texts: [string, string][] = [];
  version.units.forEach((u, i) => {
    texts.push([`units[${i}].name`, u.name]);
    if (u.shortName) texts.push([`units[${i}].shortName`, u.shortName]);
    if (u.missions.status === "described") u.missions.items.forEach((m, k) => texts.push([`units[${i}].missions.items[${k}]`, m]));
  });
  version.bodies.forEach((b, i) => {
    texts.push([`bodies[${i}].name`, b.name]);
    if (b.role) texts.push([`bodies[${i}].role`, b.role]);
  });
  version.themes.forEach((t, i) => {
    texts.push([`themes[${i}].title`, t.title]);
    t.items.forEach((item, k) => texts.push([`themes[${i}].items[${k}]`, item]));
  });
  version.values?.forEach((v, i) => texts.push([`values[${i}].description`, v.description]));
  version.statements?.forEach((st, i) => texts.push([`statements[${i}].text`, st.text]));
  return texts;
}

/**
 * Every acronym of unit names/shortNames/missions, body names/roles and theme titles/items is
 * in the glossary; unit codes (R1, PF5...) are exempt. One error per missing acronym per file,
 * at its first use.
 */
export function checkAcronyms(file: string, version: Version, glossary: Set<string>, unitCodes: Set<string>): DataError[] {
  const missing = new Map<string, { path: string; count: number }>();
  for (const [path, text] of acronymTexts(version)) {
    for (const { acronym } of findAcronymMatches(text)) {
      if (glossary.has(acronym) || unitCodes.has(acronym)) continue;
      const seen = missing.get(acronym);
      if (seen) seen.count += 1;
      else missing.set(acronym, { path, count: 1 });
    }
  }
  return [...missing].map(([acronym, { path, count }]) => ({
    file,
    path,
    message: `acronym "${acronym}" is not in data/glossary.json${count > 1 ? ` (used ${count} times in this file)` : ""}`,
  }));
}
