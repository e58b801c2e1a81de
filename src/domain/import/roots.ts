// The search for the root of an import: names and short names folded once, in flat arrays, so
// that each keystroke is one scan of 100,000 strings and a top-N pick (no sort of all matches).
import { normalizeText } from "../normalize.ts";
import { subtree, type CheckedOrg } from "./build.ts";
import type { RawRecord } from "./types.ts";

/** A record offered as the root: what the dialog shows of it. */
export interface RootCandidate {
  key: string;
  name: string;
  shortName?: string;
  /** Units directly under it. */
  childCount: number;
  /** Units imported if it is chosen: itself and every unit under it. */
  unitCount: number;
}

export interface RootIndex {
  records: RawRecord[];
  /** Folded short name (or code), folded name, direct children: by position in `records`. */
  shorts: string[];
  names: string[];
  childCounts: Int32Array;
  /** Subtree sizes (0: not worked out, for the rare record in or under a loop). */
  unitCounts: Int32Array;
  roots: RawRecord[];
  checked: CheckedOrg;
}

const NON_ASCII = /[^ -~\t\n\r]/;
/** Lower case without accents: cheaper than normalizeText, enough to match names as typed. */
export function foldName(s: string): string {
  const lower = s.toLowerCase();
  // Many names are plain printable ASCII: only the others need the (slow) Unicode decomposition.
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : lower;
}

/** The index the root search needs, built once per checked file. */
export function indexRoots(checked: CheckedOrg): RootIndex {
  const records = [...checked.byKey.values()];
  const n = records.length;
  const shorts = new Array<string>(n);
  const names = new Array<string>(n);
  const childCounts = new Int32Array(n);
  const positions = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = records[i] as RawRecord;
    shorts[i] = foldName(r.shortName ?? r.code ?? "");
    names[i] = foldName(r.name);
    childCounts[i] = checked.children.get(r.key)?.length ?? 0;
    positions.set(r.key, i);
  }
  return { records, shorts, names, childCounts, unitCounts: subtreeSizes(checked, records, positions), roots: checked.roots, checked };
}

/**
 * Every subtree's size in one pass: breadth-first from the records without a (valid) parent,
 * then children added to their parents bottom-up. Records in or under a loop are not reached
 * (left at 0, counted on demand).
 */
function subtreeSizes(checked: CheckedOrg, records: RawRecord[], positions: Map<string, number>): Int32Array {
  const n = records.length;
  const sizes = new Int32Array(n);
  const up = new Int32Array(n).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i] as RawRecord;
    if (r.parentKey === null || r.parentKey === r.key || !positions.has(r.parentKey)) order.push(i);
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const kids = checked.children.get((records[i] as RawRecord).key);
    if (!kids) continue;
    for (const kid of kids) {
      const j = positions.get(kid.key) as number;
      up[j] = i;
      order.push(j);
    }
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    sizes[i] = (sizes[i] as number) + 1;
    const p = up[i] as number;
    if (p >= 0) sizes[p] = (sizes[p] as number) + (sizes[i] as number);
  }
  return sizes;
}

/** What the dialog shows of a record. */
export function candidate(index: RootIndex, i: number): RootCandidate {
  const record = index.records[i] as RawRecord;
  const unitCount = (index.unitCounts[i] as number) || subtree(index.checked, record.key).length;
  const c: RootCandidate = { key: record.key, name: record.name, childCount: index.childCounts[i] as number, unitCount };
  if (record.shortName !== undefined) c.shortName = record.shortName;
  return c;
}

/**
 * Positions in the index of the records whose name, short name or code matches `query`
 * (accent- and case-insensitive), best first: exact short name, exact name, short name
 * starting with it, name starting with it, name containing it; among equals, the units with
 * more direct children first (the DGOS before a homonymous bureau), then file order.
 */
export function searchRoots(index: RootIndex, query: string, limit = 20): number[] {
  const q = foldName(normalizeText(query));
  const { shorts, names, childCounts } = index;
  if (q === "") return [];
  // Kept sorted by rank: a short list (≤ limit), so insertion is cheaper than sorting all matches.
  const top: number[] = [];
  const ranks: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const short = shorts[i] as string;
    const name = names[i] as string;
    const score = short === q ? 0 : name === q ? 1 : short.startsWith(q) ? 2 : name.startsWith(q) ? 3 : name.includes(q) ? 4 : -1;
    if (score < 0) continue;
    // Lower is better; equal ranks keep file order (strict comparison below).
    const rank = score * 1e7 + 1e6 - Math.min(1e6 - 1, childCounts[i] as number);
    if (top.length === limit && rank >= (ranks[limit - 1] as number)) continue;
    let at = top.length;
    while (at > 0 && (ranks[at - 1] as number) > rank) at--;
    top.splice(at, 0, i);
    ranks.splice(at, 0, rank);
    if (top.length > limit) {
      top.pop();
      ranks.pop();
    }
  }
  return top;
}

/** Root candidates for a query; an empty query lists the file's top-level units. */
export function rootCandidates(index: RootIndex, query: string, limit = 20): RootCandidate[] {
  if (normalizeText(query) === "") {
    // Roots are in file order, as `records`: one scan finds their positions.
    const out: RootCandidate[] = [];
    const wanted = new Set(index.roots.slice(0, limit));
    for (let i = 0; i < index.records.length && out.length < wanted.size; i++) if (wanted.has(index.records[i] as RawRecord)) out.push(candidate(index, i));
    return out;
  }
  return searchRoots(index, query, limit).map((i) => candidate(index, i));
}
