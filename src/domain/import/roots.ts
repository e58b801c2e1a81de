// The search for the root of an import: names and short names folded once, in flat arrays, so
// that each keystroke is one scan of 100,000 strings and a top-N pick (no sort of all matches).
import { normalizeText } from "../normalize.ts";
import { subtree, type CheckedOrg } from "./build.ts";
import { foldName } from "./text.ts";
import type { RawRecord } from "./types.ts";

export { foldName };

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

/** The index the root search needs, built once per checked file. */
export function indexRoots(checked: CheckedOrg): RootIndex {
  const { records } = checked;
  const n = records.length;
  const shorts = new Array<string>(n);
  const names = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = records[i] as RawRecord;
    shorts[i] = foldName(r.shortName ?? r.code ?? "");
    names[i] = foldName(r.name);
  }
  const { childCounts, unitCounts } = subtreeSizes(checked);
  return { records, shorts, names, childCounts, unitCounts, roots: checked.roots, checked };
}

/**
 * Direct children and subtree sizes of every record in one pass over typed arrays (the
 * check's child lists): breadth-first from the roots, then each size added to its parent's
 * from the deepest up. Every kept record reaches a root (checkOrg left loops aside).
 */
function subtreeSizes({ up, childStart, kids }: CheckedOrg): { childCounts: Int32Array; unitCounts: Int32Array } {
  const n = up.length;
  const childCounts = new Int32Array(n);
  for (let i = 0; i < n; i++) childCounts[i] = (childStart[i + 1] as number) - (childStart[i] as number);
  const order = new Int32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) if ((up[i] as number) < 0) order[length++] = i;
  for (let k = 0; k < length; k++) {
    const i = order[k] as number;
    for (let c = childStart[i] as number; c < (childStart[i + 1] as number); c++) order[length++] = kids[c] as number;
  }
  const unitCounts = new Int32Array(n);
  for (let k = length - 1; k >= 0; k--) {
    const i = order[k] as number;
    unitCounts[i] = (unitCounts[i] as number) + 1;
    const p = up[i] as number;
    if (p >= 0) unitCounts[p] = (unitCounts[p] as number) + (unitCounts[i] as number);
  }
  return { childCounts, unitCounts };
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
