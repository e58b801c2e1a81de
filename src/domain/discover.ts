// What the « Découvrir la DGOS » page reads from the dataset. Pure: no React, no DOM.
import type { Dataset, Statement, Unit, Version } from "./schema.ts";

/** The root unit of a version and its direct children, in data order. */
export function topTwoLevels(version: Version): { root: Unit; children: Unit[] } | null {
  const root = version.units.find((u) => u.parent === null);
  if (!root) return null;
  return { root, children: version.units.filter((u) => u.parent === root.id) };
}

/** The first mission a source gives for the unit, or null when the sources describe none. */
export function firstMission(unit: Unit): string | null {
  return unit.missions.status === "described" ? (unit.missions.items[0] ?? null) : null;
}

/** The statements of `topic` in a version, in data order. */
export function statementsOf(version: Version | undefined, topic: Statement["topic"]): Statement[] {
  return version?.statements?.filter((s) => s.topic === topic) ?? [];
}

/** The latest version, which the page presents as « today ». */
export function latestVersion(dataset: Dataset): Version | undefined {
  return dataset.versions[dataset.versions.length - 1];
}
