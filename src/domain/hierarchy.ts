// Parent/child indexes over one version's flat unit list. Built once per version.
import type { Dataset, Unit, Version } from "./schema.ts";
import type { TreeArrays, TreeIndex } from "./treeIndex.ts";

export interface VersionIndex {
  version: Version;
  byId: ReadonlyMap<string, Unit>;
  children: ReadonlyMap<string, readonly Unit[]>;
  root: Unit;
  /** Units in depth-first order (parents before children, source order among siblings). */
  ordered: readonly Unit[];
  /** The tree over `ordered` as index arrays, when the version is one tree (the layout reuses it). */
  tree?: TreeArrays;
}

// The one-tree index (treeIndex.ts) comes with the reader of large two-part datasets, which
// registers it, so the start-up bundle does not carry it: small charts keep the general path.
let oneTree: ((units: readonly Unit[]) => TreeIndex | null) | null = null;

/** Makes indexVersion try `index` first (treeIndex.ts registers its indexOneTree when loaded). */
export function registerOneTreeIndex(index: (units: readonly Unit[]) => TreeIndex | null): void {
  oneTree = index;
}

export function indexVersion(version: Version): VersionIndex {
  const one = oneTree?.(version.units);
  return one ? { version, ...one } : indexAnyVersion(version);
}

/** The general path: any list of units (duplicates, several roots, missing parents, cycles). */
export function indexAnyVersion(version: Version): VersionIndex {
  const byId = new Map<string, Unit>();
  const children = new Map<string, Unit[]>();
  let root: Unit | undefined;
  for (const unit of version.units) {
    byId.set(unit.id, unit);
    if (unit.parent === null) root = unit;
    else {
      const list = children.get(unit.parent);
      if (list) list.push(unit);
      else children.set(unit.parent, [unit]);
    }
  }
  if (!root) throw new Error(`Version ${version.id} has no root unit`);
  const ordered: Unit[] = [];
  const stack: Unit[] = [root];
  while (stack.length > 0) {
    const unit = stack.pop() as Unit;
    ordered.push(unit);
    const kids = children.get(unit.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Unit);
  }
  return { version, byId, children, root, ordered };
}

/** {@link indexVersion} for every version of `dataset`, by version id; `built` keeps the indexes already made, by version object. */
export function indexVersions(dataset: Dataset, built?: WeakMap<Version, VersionIndex>): Map<string, VersionIndex> {
  return new Map(
    dataset.versions.map((v) => {
      let index = built?.get(v);
      if (!index) {
        index = indexVersion(v);
        built?.set(v, index);
      }
      return [v.id, index];
    }),
  );
}

/** The chain of units from the root down to `id` (inclusive); empty when `id` is unknown. */
export function pathTo(index: VersionIndex, id: string): Unit[] {
  const path: Unit[] = [];
  let current = index.byId.get(id);
  while (current) {
    path.unshift(current);
    current = current.parent === null ? undefined : index.byId.get(current.parent);
  }
  return path;
}

/** Ids of the units above `id`, from the root down (empty for the root or an unknown id). */
export function ancestorIds(index: VersionIndex, id: string): string[] {
  return pathTo(index, id)
    .slice(0, -1)
    .map((u) => u.id);
}

/** Ids of `id` and all its descendants. */
export function descendantIds(index: VersionIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    out.push(current);
    for (const child of index.children.get(current) ?? []) stack.push(child.id);
  }
  return out;
}

export function depthOf(index: VersionIndex, id: string): number {
  return pathTo(index, id).length - 1;
}

/** Units shown when the `collapsed` subtrees are folded, in depth-first order (the tree's reading order). */
export function visibleOrder(index: VersionIndex, collapsed: ReadonlySet<string>): Unit[] {
  const out: Unit[] = [];
  const stack: Unit[] = [index.root];
  while (stack.length > 0) {
    const unit = stack.pop() as Unit;
    out.push(unit);
    if (collapsed.has(unit.id)) continue;
    const kids = index.children.get(unit.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Unit);
  }
  return out;
}

/**
 * A unit's position among its siblings (1-based) and their number, for aria-posinset and
 * aria-setsize; the root is alone in its set. Positions in long sibling lists are indexed once.
 */
export function siblingPositions(index: VersionIndex): (unit: Unit) => { setSize: number; posInSet: number } {
  const long = new Map<string, Map<Unit, number>>();
  return (unit) => {
    if (unit.parent === null) return { setSize: 1, posInSet: 1 };
    const siblings = index.children.get(unit.parent) ?? [];
    if (siblings.length <= 32) return { setSize: siblings.length, posInSet: siblings.indexOf(unit) + 1 };
    let at = long.get(unit.parent);
    if (!at) long.set(unit.parent, (at = new Map(siblings.map((s, i) => [s, i]))));
    return { setSize: siblings.length, posInSet: (at.get(unit) ?? -1) + 1 };
  };
}
