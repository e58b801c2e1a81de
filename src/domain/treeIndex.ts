// indexVersion's path for a version that is one tree (hierarchy.ts): one Map from id to position,
// children and depth-first order as index arrays, and the two maps the app reads (byId, children)
// as views over them. At 100,000 units, building Maps keyed by ids was most of the first render's
// index and layout time: byId, children (one array per parent) and the layout's own id → index
// map (layout/prepared.ts), which now reuses `tree` instead of making a third one. Loaded with the
// reader of two-part datasets (unitColumns.ts imports it), which only large datasets use.
import { registerOneTreeIndex } from "./hierarchy.ts";
import type { Unit } from "./schema.ts";

/** Id → index, the part of a Map that lookups use. */
export interface IdLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/**
 * A tree over an array of units as index arrays: here over `ordered` (depth-first order); the
 * layout's own (layout/prepared.ts, indexTree) is over the units it is given.
 */
export interface TreeArrays {
  /** Index in the array of each id. */
  at: IdLookup;
  /** Index of the root. */
  root: number;
  /** Children of unit i are childList[childStart[i] .. childStart[i + 1]), in source order. */
  childStart: Int32Array;
  childList: Int32Array;
  /** Depth of each unit in the whole tree (root = 0). */
  depth: Int32Array;
  /** Units in pre-order (parents first, siblings in source order). */
  preorder: Int32Array;
}

export interface TreeIndex {
  byId: ReadonlyMap<string, Unit>;
  children: ReadonlyMap<string, readonly Unit[]>;
  root: Unit;
  ordered: readonly Unit[];
  tree: TreeArrays;
}

// Parent indices a reader already has (a two-part dataset's structure stores them: unitColumns.ts),
// so the tree is built without looking 100,000 parent ids up.
const knownParents = new WeakMap<readonly Unit[], ArrayLike<number>>();

/** Records that units[i].parent is the id of units[parent[i]] (-1 for the root). */
export function rememberParents(units: readonly Unit[], parent: ArrayLike<number>): void {
  knownParents.set(units, parent);
}

/** Read-only map over id → position, with the rarely used iteration delegated to a real Map made on first use. */
abstract class MapView<V> implements ReadonlyMap<string, V> {
  private full: Map<string, V> | null = null;
  abstract get(id: string): V | undefined;
  abstract has(id: string): boolean;
  protected abstract entryList(): [string, V][];
  private real(): Map<string, V> {
    return (this.full ??= new Map(this.entryList()));
  }
  get size(): number {
    return this.real().size;
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    this.real().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries() {
    return this.real().entries();
  }
  keys() {
    return this.real().keys();
  }
  values() {
    return this.real().values();
  }
  [Symbol.iterator]() {
    return this.real()[Symbol.iterator]();
  }
}

class UnitsById extends MapView<Unit> {
  constructor(
    private readonly pos: ReadonlyMap<string, number>,
    private readonly units: readonly Unit[],
  ) {
    super();
  }
  get(id: string): Unit | undefined {
    const i = this.pos.get(id);
    return i === undefined ? undefined : this.units[i];
  }
  has(id: string): boolean {
    return this.pos.has(id);
  }
  protected entryList(): [string, Unit][] {
    return this.units.map((u) => [u.id, u]);
  }
}

/** Children by parent id, as the Map built by adding each unit to its parent's list: same arrays on every get. */
class ChildrenById extends MapView<readonly Unit[]> {
  private readonly made = new Map<number, Unit[]>();
  constructor(
    private readonly pos: ReadonlyMap<string, number>,
    private readonly units: readonly Unit[],
    private readonly parent: Int32Array,
    private readonly start: Int32Array,
    private readonly list: Int32Array,
  ) {
    super();
  }
  private at(p: number): Unit[] {
    let kids = this.made.get(p);
    if (!kids) {
      kids = [];
      for (let c = this.start[p] as number; c < (this.start[p + 1] as number); c++) kids.push(this.units[this.list[c] as number] as Unit);
      this.made.set(p, kids);
    }
    return kids;
  }
  get(id: string): readonly Unit[] | undefined {
    const p = this.pos.get(id);
    return p === undefined || this.start[p] === this.start[p + 1] ? undefined : this.at(p);
  }
  has(id: string): boolean {
    const p = this.pos.get(id);
    return p !== undefined && this.start[p] !== this.start[p + 1];
  }
  protected entryList(): [string, Unit[]][] {
    // A Map's order: parents by their first child in source order.
    const out: [string, Unit[]][] = [];
    const seen = new Uint8Array(this.units.length);
    for (let i = 0; i < this.units.length; i++) {
      const p = this.parent[i] as number;
      if (p < 0 || seen[p]) continue;
      seen[p] = 1;
      out.push([(this.units[p] as Unit).id, this.at(p)]);
    }
    return out;
  }
}

/**
 * The index of `units` when they form one tree (unique ids, one root, every parent present, no
 * cycle); null otherwise, for hierarchy.ts's general path, which keeps its behaviour on such data.
 */
export function indexOneTree(units: readonly Unit[]): TreeIndex | null {
  const n = units.length;
  const pos = new Map<string, number>();
  for (let i = 0; i < n; i++) pos.set((units[i] as Unit).id, i);
  if (n === 0 || pos.size !== n) return null;
  const known = knownParents.get(units);
  const parent = new Int32Array(n);
  const start = new Int32Array(n + 1);
  let root = -1;
  for (let i = 0; i < n; i++) {
    const of = (units[i] as Unit).parent;
    if (of === null) {
      if (root >= 0) return null;
      root = i;
      parent[i] = -1;
      continue;
    }
    const p = known ? (known[i] as number) : (pos.get(of) ?? -1);
    if (p < 0) return null;
    parent[i] = p;
    start[p + 1] = (start[p + 1] as number) + 1;
  }
  if (root < 0) return null;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const list = new Int32Array(n - 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) list[(fill[p] as number)++] = i;
  }
  // Depth-first, children in source order: the order hierarchy.ts's general path gives.
  const order = new Int32Array(n);
  const rank = new Int32Array(n);
  const depth = new Int32Array(n);
  const stack = new Int32Array(n);
  const stackDepth = new Int32Array(n);
  stack[0] = root;
  let top = 1;
  let reached = 0;
  while (top > 0) {
    top--;
    const i = stack[top] as number;
    const d = stackDepth[top] as number;
    rank[i] = reached;
    depth[reached] = d;
    order[reached++] = i;
    for (let c = (start[i + 1] as number) - 1; c >= (start[i] as number); c--) {
      stack[top] = list[c] as number;
      stackDepth[top++] = d + 1;
    }
  }
  if (reached !== n) return null; // a cycle, unreachable from the root
  const ordered = new Array<Unit>(n);
  const childStart = new Int32Array(n + 1);
  const childList = new Int32Array(n - 1);
  const preorder = new Int32Array(n);
  for (let o = 0; o < n; o++) {
    const i = order[o] as number;
    ordered[o] = units[i] as Unit;
    preorder[o] = o;
    let at = childStart[o] as number;
    for (let c = start[i] as number; c < (start[i + 1] as number); c++) childList[at++] = rank[list[c] as number] as number;
    childStart[o + 1] = at;
  }
  const at: IdLookup = {
    get: (id) => {
      const i = pos.get(id);
      return i === undefined ? undefined : rank[i];
    },
    has: (id) => pos.has(id),
  };
  return {
    byId: new UnitsById(pos, units),
    children: new ChildrenById(pos, units, parent, start, list),
    root: units[root] as Unit,
    ordered,
    tree: { at, root: 0, childStart, childList, depth, preorder },
  };
}

registerOneTreeIndex(indexOneTree);
