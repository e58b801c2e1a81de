// One version's units in the structure of a two-part dataset (datasetParts.ts), in columns packed
// so that the file is smaller (at 100,000 units, 9.4 MB instead of 11.3, 640 KB gzip instead of
// 880): kinds are indices into a short table, an absent short name or code is an empty string, and
// a code that starts like its parent's is written as the length of that common start plus the rest
// (front coding: « D2-B4-C5 » under « D2-B4 » is 5 and « -C5 »). Text columns stay arrays of
// strings: one string per column, split on load, made the same strings at twice the cost (the
// garbage collector copies them), and a front-coded id would be made of two strings that every
// Map keyed by ids joins again.
import type { Unit, UnitKind } from "./schema.ts";
import { rememberParents } from "./treeIndex.ts";

export interface PackedUnits {
  count: number;
  /** Index of each unit's parent; -1 for the root. */
  parent: number[];
  kinds: UnitKind[];
  /** Index of each unit's kind in `kinds`. */
  kind: number[];
  id: string[];
  name: string[];
  /** Empty for a unit without a short name. */
  shortName: string[];
  /** Front-coded against the parent's code (see `codeShared`); empty for a unit without a code. */
  code: string[];
  /** How many characters each code shares with its parent's code (0 when the parent comes later). */
  codeShared: number[];
}

/** Thrown by {@link unpackUnits}: the caller adds the file and the path to the version. */
export class PackedUnitsError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

function sharedStart(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function frontCoded(values: readonly string[], parent: readonly number[]): { text: string[]; shared: number[] } {
  const text: string[] = [];
  const shared: number[] = [];
  values.forEach((value, i) => {
    const p = parent[i] as number;
    // Only against an earlier parent, so a reader decodes in one pass; never the whole value, so no value is written empty.
    const n = p >= 0 && p < i ? Math.min(sharedStart(value, values[p] as string), value.length - 1) : 0;
    shared.push(Math.max(0, n));
    text.push(value.slice(Math.max(0, n)));
  });
  return { text, shared };
}

/** Packs a version's units, in their order (a parent may come after its children). */
export function packUnits(units: readonly Unit[]): PackedUnits {
  const position = new Map(units.map((u, i) => [u.id, i]));
  const parent = units.map((u) => (u.parent === null ? -1 : (position.get(u.parent) ?? -1)));
  const kinds = [...new Set(units.map((u) => u.kind))];
  const ids = units.map((u) => u.id);
  const names = units.map((u) => u.name);
  const shortNames = units.map((u) => u.shortName ?? "");
  const codes = units.map((u) => u.code ?? "");
  // A code is front-coded only where the unit has one and so has its parent; else it is written whole.
  const code = frontCoded(codes, parent.map((p) => (p >= 0 && codes[p] !== "" ? p : -1)));
  return {
    count: units.length,
    parent,
    kinds,
    kind: units.map((u) => kinds.indexOf(u.kind)),
    id: ids,
    name: names,
    shortName: shortNames,
    code: code.text,
    codeShared: code.shared,
  };
}

function numbers(packed: PackedUnits, column: "parent" | "kind" | "codeShared", count: number): number[] {
  const values: unknown = packed[column];
  if (!Array.isArray(values) || values.length !== count) throw new PackedUnitsError(column, `${Array.isArray(values) ? values.length : "no"} values for ${count} units`);
  return values as number[];
}

function texts(packed: PackedUnits, column: "id" | "name" | "shortName" | "code", count: number): string[] {
  const values: unknown = packed[column];
  if (!Array.isArray(values) || values.length !== count) throw new PackedUnitsError(column, `${Array.isArray(values) ? values.length : "no"} values for ${count} units`);
  return values as string[];
}

/** Front-decodes `values` in place; `shared[i]` must fit the parent's value. */
function decode(values: string[], shared: number[], parent: number[], column: string): void {
  for (let i = 0; i < values.length; i++) {
    const n = shared[i] as number;
    if (n === 0) continue;
    const p = parent[i] as number;
    if (!(Number.isInteger(n) && n > 0 && p >= 0 && p < i && n <= (values[p] as string).length)) {
      throw new PackedUnitsError(`${column}Shared[${i}]`, `${JSON.stringify(n)} is not a length of the parent's value`);
    }
    values[i] = (values[p] as string).slice(0, n) + (values[i] as string);
  }
}

/**
 * The units of a packed version, with `details` as their missions and sources until the details
 * arrive. Throws a {@link PackedUnitsError} naming the column (and index) that does not fit.
 */
export function unpackUnits(packed: PackedUnits, details: Pick<Unit, "missions" | "sources">): Unit[] {
  const count = packed.count;
  if (!Number.isInteger(count) || count < 0) throw new PackedUnitsError("count", `${JSON.stringify(count)} is not a number of units`);
  const parent = numbers(packed, "parent", count);
  const kind = numbers(packed, "kind", count);
  const ids = texts(packed, "id", count);
  const names = texts(packed, "name", count);
  const shortNames = texts(packed, "shortName", count);
  // A copy: decoding must not write into the file's arrays.
  const codes = texts(packed, "code", count).slice();
  decode(codes, numbers(packed, "codeShared", count), parent, "code");
  const kinds: unknown = packed.kinds;
  if (!Array.isArray(kinds)) throw new PackedUnitsError("kinds", "expected the list of kinds");
  const units = new Array<Unit>(count);
  for (let i = 0; i < count; i++) {
    const p = parent[i] as number;
    if (!(p === -1 || (Number.isInteger(p) && p >= 0 && p < count && p !== i))) {
      throw new PackedUnitsError(`parent[${i}]`, `${JSON.stringify(p)} is not the index of another unit`);
    }
    const k = kinds[kind[i] as number] as UnitKind | undefined;
    if (k === undefined) throw new PackedUnitsError(`kind[${i}]`, `${JSON.stringify(kind[i])} is not an index in kinds`);
    if (typeof ids[i] !== "string" || ids[i] === "" || typeof names[i] !== "string" || names[i] === "") {
      throw new PackedUnitsError(`${typeof ids[i] !== "string" || ids[i] === "" ? "id" : "name"}[${i}]`, "expected a non-empty string");
    }
    const unit: Unit = { id: ids[i] as string, kind: k, name: names[i] as string, parent: p === -1 ? null : (ids[p] as string), missions: details.missions, sources: details.sources };
    if (shortNames[i] !== "") unit.shortName = shortNames[i];
    if (codes[i] !== "") unit.code = codes[i];
    units[i] = unit;
  }
  // The index of the version then builds its tree from these indices, not from 100,000 id lookups.
  rememberParents(units, parent);
  return units;
}
