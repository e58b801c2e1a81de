// Lineage navigation: which units of another version correspond to a unit, and through which
// links. Links only join consecutive versions, so 2010 → 2024 is answered by walking through
// 2016; walking backward follows the same links reversed. Facts about the units themselves
// (names, parents, missions) are never read here, only the link graph.
import type { Dataset, LineageLink, Unit, UnitRef } from "./schema.ts";

/** A unit of the target version reached from the start unit, with the links that lead there. */
export interface Counterpart {
  unit: UnitRef;
  /** Links from the earlier unit to the later one, in chronological order (also when walking backward). */
  chain: LineageLink[];
}

/** A unit of an intermediate version (or the start unit) from which the lineage goes no further toward the target. */
export interface DeadEnd {
  unit: UnitRef;
  /** Chronological links from the start unit to `unit` (empty when `unit` is the start unit). */
  chain: LineageLink[];
  /** The `no-successor` (forward) or `created` (backward) link stating the end; null when the lineage is silent. */
  ending: LineageLink | null;
}

export interface TimelineEntry {
  version: string;
  /** The unit itself (with an empty chain) in its own version. */
  counterparts: Counterpart[];
}

interface LineageIndex {
  from: Map<string, LineageLink[]>;
  to: Map<string, LineageLink[]>;
}

const key = (version: string, unit: string) => `${version}\u0000${unit}`;

// Built once per lineage object; the dataset is immutable once loaded.
const indexes = new WeakMap<object, LineageIndex>();

function lineageIndex(dataset: Dataset): LineageIndex {
  let index = indexes.get(dataset.lineage);
  if (index) return index;
  index = { from: new Map(), to: new Map() };
  for (const link of dataset.lineage.links) {
    if (link.from) push(index.from, key(link.from.version, link.from.unit), link);
    if (link.to) push(index.to, key(link.to.version, link.to.unit), link);
  }
  indexes.set(dataset.lineage, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Links whose `from` is this unit (successors, including a `no-successor` link). */
export function linksFrom(dataset: Dataset, versionId: string, unitId: string): LineageLink[] {
  return lineageIndex(dataset).from.get(key(versionId, unitId)) ?? [];
}

/** Links whose `to` is this unit (predecessors, including a `created` link). */
export function linksTo(dataset: Dataset, versionId: string, unitId: string): LineageLink[] {
  return lineageIndex(dataset).to.get(key(versionId, unitId)) ?? [];
}

/** Position of a version in the dataset's chronological order; throws on an unknown id. */
export function versionRank(dataset: Dataset, versionId: string): number {
  const rank = dataset.versions.findIndex((v) => v.id === versionId);
  if (rank < 0) throw new RangeError(`Unknown version « ${versionId} »`);
  return rank;
}

const unitMaps = new WeakMap<object, Map<string, Unit>>();

/** The unit a reference points to, or undefined when the version or unit does not exist. */
export function findUnit(dataset: Dataset, ref: UnitRef): Unit | undefined {
  const version = dataset.versions.find((v) => v.id === ref.version);
  if (!version) return undefined;
  let byId = unitMaps.get(version);
  if (!byId) {
    byId = new Map(version.units.map((u) => [u.id, u]));
    unitMaps.set(version, byId);
  }
  return byId.get(ref.unit);
}

/**
 * Walks the lineage from `from` to `targetVersionId` (forward or backward), breadth first so the
 * chain kept for each target is a shortest one. Returns the deduplicated target units and the
 * places where the walk stopped before reaching the target version.
 */
export function traceLineage(
  dataset: Dataset,
  from: UnitRef,
  targetVersionId: string,
): { counterparts: Counterpart[]; deadEnds: DeadEnd[] } {
  const start = versionRank(dataset, from.version);
  const target = versionRank(dataset, targetVersionId);
  if (start === target) return { counterparts: [{ unit: from, chain: [] }], deadEnds: [] };
  const forward = target > start;
  const index = lineageIndex(dataset);
  const rankOf = new Map(dataset.versions.map((v, i) => [v.id, i]));
  // A step must move toward the target without overshooting it.
  const onTheWay = (rank: number | undefined) =>
    rank !== undefined && (forward ? rank > start && rank <= target : rank < start && rank >= target);

  const counterparts: Counterpart[] = [];
  const deadEnds: DeadEnd[] = [];
  const seen = new Set<string>([key(from.version, from.unit)]);
  const queue: Array<{ unit: UnitRef; chain: LineageLink[] }> = [{ unit: from, chain: [] }];
  for (let head = 0; head < queue.length; head++) {
    const { unit, chain } = queue[head] as { unit: UnitRef; chain: LineageLink[] };
    const links = (forward ? index.from : index.to).get(key(unit.version, unit.unit)) ?? [];
    let moved = false;
    for (const link of links) {
      const next = forward ? link.to : link.from;
      if (!next || !onTheWay(rankOf.get(next.version))) continue;
      moved = true;
      const k = key(next.version, next.unit);
      if (seen.has(k)) continue;
      seen.add(k);
      const nextChain = forward ? [...chain, link] : [link, ...chain];
      if (next.version === targetVersionId) counterparts.push({ unit: next, chain: nextChain });
      else queue.push({ unit: next, chain: nextChain });
    }
    if (!moved) {
      const ending = links.find((l) => (forward ? l.to === null : l.from === null)) ?? null;
      deadEnds.push({ unit, chain, ending });
    }
  }
  return { counterparts, deadEnds };
}

/**
 * Units of `targetVersionId` that descend from (target later) or gave rise to (target earlier)
 * the given unit, across any number of versions, each once, with one shortest chain of links as
 * evidence. In its own version a unit is its own only counterpart.
 */
export function counterparts(dataset: Dataset, from: UnitRef, targetVersionId: string): Counterpart[] {
  return traceLineage(dataset, from, targetVersionId).counterparts;
}

/** For every version of the dataset, in order, the counterparts of the unit there (empty when none). */
export function timeline(dataset: Dataset, versionId: string, unitId: string): TimelineEntry[] {
  const from = { version: versionId, unit: unitId };
  return dataset.versions.map((v) => ({ version: v.id, counterparts: counterparts(dataset, from, v.id) }));
}
