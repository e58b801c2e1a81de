// A tiny valid dataset (3 versions, a few units each) for tests. Every call returns fresh
// objects: mutate them freely, then pass toFiles(dataset) to validateDataset.
import { datasetFiles } from "../../../src/domain/assembleDataset.ts";
import { formatDataError } from "../../../src/domain/dataErrors.ts";
import type { Dataset, SourceRef, Unit, Version } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";

export const SOURCE_A = "000_a.txt";
export const SOURCE_B = "001_b.txt";

export function makeSourceRef(file = SOURCE_A, passage = "passage cité"): SourceRef {
  return { file, passage };
}

export function makeUnit(overrides: Partial<Unit> & Pick<Unit, "id">): Unit {
  return {
    kind: "bureau",
    name: `Unité ${overrides.id}`,
    parent: null,
    missions: { status: "not-described", reason: "La source ne décrit pas ses missions" },
    sources: [makeSourceRef()],
    ...overrides,
  };
}

export function makeVersion(id: string, overrides: Partial<Version> = {}): Version {
  return {
    id,
    label: `Organisation ${id}`,
    effectiveDate: { value: id, note: `Année ${id}`, source: makeSourceRef() },
    legalBasis: null,
    sources: [SOURCE_A],
    headcounts: [],
    bodies: [],
    themes: [],
    gaps: [],
    units: [
      makeUnit({ id: "dgos", kind: "direction", name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
      makeUnit({ id: "sdr", kind: "sous-direction", name: "Sous-direction de la régulation", parent: "dgos" }),
      makeUnit({ id: "r1", code: "R1", name: "Bureau R1", parent: "sdr" }),
    ],
    ...overrides,
  };
}

/** Versions 2010, 2016, 2024 (2024 replaces r1 by a pole and creates a cellule). */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  const v2024 = makeVersion("2024", {
    effectiveDate: { value: "2024-03", note: "Mars 2024", source: makeSourceRef(SOURCE_B) },
    sources: [SOURCE_A, SOURCE_B],
    bodies: [{ name: "Agences régionales de santé", acronym: "ARS", category: "operateur", role: "Tutelle des ARS", source: makeSourceRef() }],
    themes: [{ title: "PILOTAGE DE L'OFFRE DE SOINS", items: ["Appui aux ARS"], source: makeSourceRef() }],
  });
  v2024.units = [
    makeUnit({ id: "dgos", kind: "direction", name: "Direction générale de l'offre de soins", shortName: "DGOS" }),
    makeUnit({
      id: "pf",
      kind: "pole",
      name: "Pôle performance",
      parent: "dgos",
      missions: { status: "described", items: ["Accompagner les ARS"] },
    }),
    makeUnit({ id: "cel", kind: "cellule", name: "Cellule nouvelle", parent: "pf", sources: [makeSourceRef(SOURCE_B)] }),
  ];
  const ref = (version: string, unit: string) => ({ version, unit });
  const link = (from: [string, string] | null, to: [string, string] | null, type: Dataset["lineage"]["links"][number]["type"]) => ({
    from: from && ref(...from),
    to: to && ref(...to),
    type,
    confidence: "stated" as const,
    reason: "Même intitulé",
    sources: [makeSourceRef()],
  });
  return {
    sources: {
      documents: [
        { file: SOURCE_A, title: "Organigramme", kind: "brochure", describes: "DGOS" },
        { file: SOURCE_B, title: "Page web", kind: "web page", describes: "DGOS", url: "https://example.org/dgos" },
      ],
    },
    glossary: {
      entries: [
        { acronym: "DGOS", expansion: "Direction générale de l'offre de soins", source: makeSourceRef() },
        { acronym: "ARS", expansion: "Agence régionale de santé", source: makeSourceRef() },
      ],
    },
    versions: [makeVersion("2010"), makeVersion("2016"), v2024],
    lineage: {
      links: [
        link(["2010", "dgos"], ["2016", "dgos"], "continues"),
        link(["2010", "sdr"], ["2016", "sdr"], "continues"),
        link(["2010", "r1"], ["2016", "r1"], "continues"),
        link(["2016", "dgos"], ["2024", "dgos"], "continues"),
        link(["2016", "sdr"], null, "no-successor"),
        link(["2016", "r1"], ["2024", "pf"], "renamed"),
        link(null, ["2024", "cel"], "created"),
      ],
    },
    ...overrides,
  };
}

/** The dataset as validateDataset's input: repo-relative path → parsed JSON. */
export const toFiles = datasetFiles;

export function makeFiles(overrides: Partial<Dataset> = {}): Record<string, unknown> {
  return toFiles(makeDataset(overrides));
}

export function versionOf(dataset: Dataset, id: string): Version {
  const version = dataset.versions.find((v) => v.id === id);
  if (!version) throw new Error(`fixture has no version ${id}`);
  return version;
}

export function unitOf(dataset: Dataset, versionId: string, unitId: string): Unit {
  const unit = versionOf(dataset, versionId).units.find((u) => u.id === unitId);
  if (!unit) throw new Error(`fixture version ${versionId} has no unit ${unitId}`);
  return unit;
}

/** The formatted errors of validateDataset(files), [] when it passes. */
export function errorLines(files: Record<string, unknown>): string[] {
  const result = validateDataset(files);
  return result.ok ? [] : result.errors.map(formatDataError);
}
